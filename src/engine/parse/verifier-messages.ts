/**
 * Recognises what JWT verifiers and gateways say when they reject a token — in log lines, stack traces,
 * JSON bodies and `error_description` values — and maps each message to the finding code of its cause.
 *
 * The messages are data: ./verifier-messages/<family>.ts, one row per message, class or error code.
 * ./verifier-messages/scan.ts finds the rows in the text, ./verifier-messages/merge.ts makes one hit
 * of each fragment.
 *
 * Speed matters: this runs on every paste, and a full diagnosis must cost under 5× a bare JWT decode.
 * A paste with no verifier text costs one lower-casing and a dozen `indexOf` scans (see scan.ts).
 */
import { MATCHERS } from './verifier-messages/index.js';
import { forgetPaste } from './verifier-messages/matcher.js';
import { mergeCandidates } from './verifier-messages/merge.js';
import type { RowCode } from './verifier-messages/row-codes.js';
import { findCandidates } from './verifier-messages/scan.js';

export { foldForMatching } from './verifier-messages/scan.js';

/** Values a message names, when it names them. */
export interface VerifierArgs {
  expected?: string[];
  actual?: string;
  claim?: string;
  kid?: string;
  alg?: string;
  reason?: string;
  at?: string;
  /** The verifier's own clock when it judged the token, as it printed it (jjwt's `Current time: …`). */
  now?: string;
  /** The kids of the keys the verifier says it tried (IdentityModel's `Keys tried: '…'`). */
  keysTried?: string[];
  /** Which MSAL printed it (parse/verifier-messages/interaction.ts's MsalLibrary), when the class says so. */
  msal?: string;
  /**
   * A signed request's scheme (args.ts SignedRequest, webhooks.ts), apart from `reason` so that a class row and the
   * message beside it merge: the class names the scheme, the message what failed.
   */
  signedBy?: string;
  /** What a signed request's receiver refused besides the signature: its timestamp (`stale`), or its header (`header`). */
  signedFault?: 'stale' | 'header';
  /** A signed URL's or SAS's signed start and how long it was signed for, as its refusal printed them. */
  validFrom?: string;
  lifetime?: string;
}

/** One recognised verifier or gateway message. */
export interface VerifierHit {
  code: RowCode;
  /** Which software says this: 'jsonwebtoken', 'express-jwt', 'jose', 'pyjwt', 'golang-jwt', 'go-oidc', 'jwx', 'nimbus', 'spring-security', 'java-jwt', 'identitymodel', 'aspnetcore', 'envoy', 'kong', 'aws-apigateway', … */
  library: string;
  /** Stable id of the matcher, e.g. 'jsonwebtoken.expired', 'identitymodel.IDX10223'. */
  id: string;
  /** Offsets of the matched fragment inside the input string. */
  start: number;
  end: number;
  /** Values the message names, when it names them. */
  args: VerifierArgs;
}

/** The number of rows, per library: for tests and the docs. */
export function countVerifierMatchers(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of MATCHERS) counts[m.library] = (counts[m.library] ?? 0) + 1;
  return counts;
}

/**
 * Every recognised verifier/gateway message in `text` (one line or a whole paste), in order of position.
 *
 * A fragment yields one hit even when several rows see it: `TokenExpiredError: jwt expired` is one
 * `time.expired`, named after the class (the stable part), with the values any of its rows read.
 *
 * @example
 * matchVerifierMessages('TokenExpiredError: jwt expired')
 * // → [{ code: 'time.expired', library: 'jsonwebtoken', id: 'jsonwebtoken.TokenExpiredError', start: 0, end: 30, args: {} }]
 */
export function matchVerifierMessages(text: string, folded?: string): VerifierHit[] {
  if (text.length === 0) return [];
  try {
    const { lower, found } = findCandidates(text, folded);
    return found.length === 0 ? [] : mergeCandidates(found, lower);
  } finally {
    // The readers' per-paste memo must not keep a paste (a live credential) alive after its scan.
    forgetPaste();
  }
}
