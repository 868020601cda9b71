/**
 * Whether an RFC 6750 `error_description` states that the token expired, and nothing else.
 *
 * "The access token expired" is RFC 6750 §3's own example, and servers send it as written (the Belgian
 * government's REST guidelines, belgif, use it verbatim); "Token expired" and "The token has expired" are
 * its variants. Such a description is the server stating its reason, as a verifier's log line does, so it
 * is `time.expired` even with no token pasted. RFC 6750 §3.1's definition of `invalid_token` ("The access
 * token provided is expired, revoked, malformed, or invalid for other reasons"), which servers also send as
 * the description, names every cause and so none; nor is a session's or a certificate's expiry a token's.
 */
const EXPIRED = /\bexpired\b/;
const SUBJECT = /\b(?:token|jwt)\b/;
/** Words that make the description a list of causes, or deny the expiry. */
const NOT_ONLY_EXPIRY = ['revoked', 'malformed', 'other reasons', 'not expired', "n't expired", 'refresh token'];

export function statesExpiry(description: string): boolean {
  const d = description.toLowerCase();
  const at = d.search(EXPIRED);
  if (at < 0) return false;
  for (const words of NOT_ONLY_EXPIRY) if (d.includes(words)) return false;
  return d.trim() === 'expired' || SUBJECT.test(d.slice(0, at));
}
