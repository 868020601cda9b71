/**
 * Errors for misuse of the program (a bad option, a bad environment, an unreadable key file), never for
 * bad input text: that gets a report. Each carries a stable `code`, jose-style; messages are free to change.
 */
export class JwtDiagnoseError extends Error {
  static readonly code: string = 'ERR_JWT_DIAGNOSE';
  readonly code: string = JwtDiagnoseError.code;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = this.constructor.name;
  }
}

/**
 * What is wrong with a command line, as data: the CLI words it in the user's language
 * (messages/*: `cli.problem`), and tests assert the kind rather than the wording.
 */
export type UsageProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | {
      kind: 'bad-value';
      option: string;
      expected: 'format' | 'locale' | 'skew' | 'now' | 'non-empty' | 'url' | 'issuer' | 'host' | 'alg';
    }
  /** A token (JWT) given as an option's value or as FILE: refused, and never quoted back. */
  | { kind: 'token-as-value'; option: string }
  | { kind: 'too-many-files'; count: number }
  | { kind: 'unreadable-file'; path: string; reason: FileProblem }
  | { kind: 'unreadable-key'; path: string; reason: FileProblem }
  | { kind: 'bad-key'; reason: KeyProblem };

export type FileProblem = 'not-found' | 'directory' | 'permission' | 'other';
export type KeyProblem = 'private-key' | 'not-public-pem' | 'not-json-or-pem' | 'not-object' | 'no-keys' | 'not-jwk';

/** A bad command-line option or argument (exit status 2). */
export class UsageError extends JwtDiagnoseError {
  static override readonly code = 'ERR_USAGE';
  override readonly code = UsageError.code;
  readonly problem: UsageProblem | null;

  constructor(message: string, options?: { cause?: unknown; problem?: UsageProblem }) {
    super(message, options);
    this.problem = options?.problem ?? null;
  }
}

/** Options passed to `diagnose()` that do not validate. */
export class InvalidOptionsError extends JwtDiagnoseError {
  static override readonly code = 'ERR_OPTIONS_INVALID';
  override readonly code = InvalidOptionsError.code;
}

/** Configuration from the environment that does not validate. */
export class ConfigError extends JwtDiagnoseError {
  static override readonly code = 'ERR_CONFIG_INVALID';
  override readonly code = ConfigError.code;
}

/** A key (JWKS, JWK or PEM) the caller supplied that cannot be read. */
export class KeyInputError extends JwtDiagnoseError {
  static override readonly code = 'ERR_KEY_INVALID';
  override readonly code = KeyInputError.code;
  readonly problem: UsageProblem | null;

  constructor(message: string, options?: { cause?: unknown; problem?: UsageProblem }) {
    super(message, options);
    this.problem = options?.problem ?? null;
  }
}

/** Posting a report to Slack failed after retries. */
export class SlackPostError extends JwtDiagnoseError {
  static override readonly code = 'ERR_SLACK_POST_FAILED';
  override readonly code = SlackPostError.code;
}

/** Wraps anything thrown at an edge into a coded error, keeping the original as `cause`. */
export function asCodedError(e: unknown): JwtDiagnoseError {
  if (e instanceof JwtDiagnoseError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new JwtDiagnoseError(message, { cause: e });
}
