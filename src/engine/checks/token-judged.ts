import type { Context } from '../context.js';

/**
 * Verifier findings about a token's content: the verifier had a token to judge. A verifier's own "invalid token"
 * (Spring's InvalidBearerTokenException, FastAPI's tutorial "Could not validate credentials") says so too.
 */
export const TOKEN_JUDGED =
  /^(time|signature|claim|alg|scope)\.|^key\.kid-|^token\.(malformed|revoked|id-token|jwe)$|^challenge\.invalid-token$/;

/**
 * Whether a verifier's or gateway's own message in the paste judges a token's content (expired, bad signature, an
 * unknown kid): a token reached it, in whatever the paste shows of the request.
 */
export function verifierJudgedToken(ctx: Context): boolean {
  for (const h of ctx.hits) if (TOKEN_JUDGED.test(h.hit.code)) return true;
  return false;
}

/**
 * Whether the diagnosed token was found on a line that names it the Authorization header's value (`"authorization":
 * "Bearer eyJ…` of a fetch() or HAR copy, `Authorization: Bearer eyJ…`) that the header readers did not take as a field:
 * the paste cut the line (an unterminated string), so the request did carry the header.
 */
export function tokenOnAuthorizationLine(ctx: Context): boolean {
  const token = ctx.token;
  if (token === null) return false;
  return AUTHORIZATION_LINE.test(token.evidence.slice(0, 80));
}

/** The line starts with the field name, quoted or not, and its `:` or `=`, then the value (a bounded prefix). */
const AUTHORIZATION_LINE = /^\s{0,40}["']?authorization["']?\s{0,4}[:=]/i;
