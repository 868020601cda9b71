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

/** A bad command-line option or argument (exit status 2). */
export class UsageError extends JwtDiagnoseError {
  static override readonly code = 'ERR_USAGE';
  override readonly code = UsageError.code;
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
