/**
 * Whether an RFC 6750 `error_description` states that the token expired, and nothing else.
 *
 * "The access token expired" is RFC 6750 §3's own example, and servers send it as written (the Belgian
 * government's REST guidelines, belgif, use it verbatim); "Token expired" and "The token has expired" are
 * its variants. Such a description is the server stating its reason, as a verifier's log line does, so it
 * is `time.expired` even with no token pasted. RFC 6750 §3.1's definition of `invalid_token` ("The access
 * token provided is expired, revoked, malformed, or invalid for other reasons"), which servers also send as
 * the description, names every cause and so none; nor does a disjunction ("invalid or expired"), and a
 * session's or a certificate's expiry is not the token's.
 */
import type { LogHit } from '../context.js';

const EXPIRED = /\bexpired\b/;
const SUBJECT = /\b(?:token|jwt)\b/;
/**
 * Words that make the description a list of causes ("invalid or expired", "expired, revoked, malformed"),
 * deny the expiry, or give it to something else (the user's session: OpenIddict's "The token is no longer
 * valid because the user's session expired", which is the session ending, not `exp`).
 */
const NOT_ONLY_EXPIRY = [
  'revoked',
  'malformed',
  'other reasons',
  'not expired',
  "n't expired",
  'refresh token',
  'session',
];
/** The adjective before its noun: Yahoo! JAPAN's `error_description="expired token"` (developer.yahoo.co.jp/changelog/2023-12-28-yconnect31.html). */
const EXPIRED_SUBJECT = /^expired (?:access )?(?:token|jwt)\b/;
/** A disjunction names no single cause: SimpleJWT's "Token is invalid or expired", Graph's "…expired or is not yet valid". */
const OR = /\bor\b/;

export function statesExpiry(description: string): boolean {
  const d = description.toLowerCase();
  const at = d.search(EXPIRED);
  if (at < 0) return false;
  for (const words of NOT_ONLY_EXPIRY) if (d.includes(words)) return false;
  if (OR.test(d)) return false;
  return d.trim() === 'expired' || SUBJECT.test(d.slice(0, at)) || EXPIRED_SUBJECT.test(d.slice(at));
}

/**
 * `statesExpiry`, for the description of an error the server stated in [start, end) (a challenge, an error
 * body), unless a verifier-message matcher already read a time finding there: a library's own wording
 * ("Jwt expired at …") is that library's finding, with its details.
 */
export function expiryStatedIn(
  description: string | null,
  span: { start: number; end: number },
  hits: readonly LogHit[],
): boolean {
  if (description === null || !statesExpiry(description)) return false;
  return !hits.some(({ hit }) => hit.code.startsWith('time.') && span.start <= hit.start && hit.end <= span.end);
}
