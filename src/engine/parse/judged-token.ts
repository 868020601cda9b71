/**
 * Whether an application's own message for an unauthenticated call says a token came and was refused, or that none
 * came: GraphQL's UNAUTHENTICATED, tRPC's UNAUTHORIZED, and the RPC frameworks' `unauthenticated` code (Twirp, Connect)
 * carry whatever words the app wrote, so only the words tell the two apart.
 */

/** Words that judge a token, and words that say none came (see judgesToken). */
const JUDGED = /\b(?:invalid|expired|bad|unknown|malformed|revoked)\b/;
const NAMES_TOKEN = /\b(?:token|jwt)\b/;
const NONE_CAME = /\b(?:missing|no|not provided|required)\b/;

/**
 * Whether a GraphQL UNAUTHENTICATED message says a token came and was refused (`invalid token`, `Invalid or expired
 * token`, `bad token`, `Unknown access token`, `token expired`: gqlgen and Apollo servers' own words, in public
 * sources), rather than that none came (`User is not authenticated`, `missing bearer token`): the first is a stated
 * invalid_token, whose description may name the expiry (parse/stated-expiry.ts); the second leaves token.missing to
 * token.ts. App code writes these messages, so they are short: a long one is not read.
 */
export function judgesToken(message: string | null): boolean {
  if (message === null || message.length > 200) return false;
  const m = message.toLowerCase();
  return NAMES_TOKEN.test(m) && JUDGED.test(m) && !NONE_CAME.test(m);
}

/**
 * Whether the message says no token came (`no bearer token provided`, `missing bearer token`, `required authorization
 * token not found`) without judging one (`missing or invalid token` says either).
 */
export function saysNoTokenCame(message: string | null): boolean {
  if (message === null || message.length > 200) return false;
  const m = message.toLowerCase();
  return NAMES_TOKEN.test(m) && NONE_CAME.test(m) && !JUDGED.test(m);
}
