import type { Context } from '../context.js';
import { schemeWordNotToken } from './scheme-cut.js';

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
  // A product's one answer for no credential and a refused one (Mattermost's session_expired, Rocket.Chat's "You must
  // be logged in", reason `or-none`) says nothing of a token having come.
  for (const h of ctx.hits) if (TOKEN_JUDGED.test(h.hit.code) && h.hit.args.reason !== 'or-none') return true;
  return false;
}

/**
 * Whether curl -v showed the end of a request's header section (its lone `>` line): those headers are then the whole
 * request's, and one it lacks was not sent, whatever a log line pasted beside it judged (another request's token, or
 * one that came in a cookie).
 */
function curlRequestEnded(text: string): boolean {
  return CURL_HEADERS_END.test(text);
}

/** curl -v's line after a request's header fields: `>` alone, perhaps with a blank and a CR. */
const CURL_HEADERS_END = /\n> ?\r?\n/;

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

/**
 * Whether the paste shows that the request carried an Authorization header although its header section lacks one: the
 * diagnosed token sits on a line that names it the header's value (at the line's start, cut: tokenOnAuthorizationLine;
 * or inside a line another one ran into: `> User-Agent: curl/8. Authorization: Bearer eyJ…`), or a verifier judged a
 * token's content while the shown headers may be only part of the request (no curl -v end of headers: curlRequestEnded).
 */
export function authorizationSentAnyway(ctx: Context): boolean {
  const ended = curlRequestEnded(ctx.text);
  const token = ctx.token;
  if (token !== null && (tokenOnAuthorizationLine(ctx) || AUTHORIZATION_INSIDE.test(token.evidence.slice(0, 400)))) {
    // Past curl -v's end of headers, only a line of that request (`> …`) can add to them: a token elsewhere (another
    // capture pasted below it) was another request's. So was one outside the exchange the report is about.
    const at = token.decoded.raw === '' ? -1 : ctx.text.indexOf(token.decoded.raw);
    if ((!ended || onCurlRequestLine(ctx.text, at)) && inFocus(ctx, at)) return true;
  }
  return verifierJudgedToken(ctx) && !ended;
}

/**
 * Whether the token's first occurrence, at `at` (-1: not found as such), is in the exchange the report is about: curl
 * -v -L's first request carried the token, and the request after a redirect to another host did not (curl drops it), so
 * that one's lack stands.
 */
function inFocus(ctx: Context, at: number): boolean {
  const focus = ctx.http.focus;
  if (focus === null || at < 0) return true;
  const exchanges = ctx.http.exchanges;
  const from = exchanges[focus]?.start ?? 0;
  const to = exchanges[focus + 1]?.start ?? Number.MAX_SAFE_INTEGER;
  return at >= from && at < to;
}

/** Whether the token's first occurrence, at `at`, is on a line curl -v wrote for the request (`> …`). */
function onCurlRequestLine(text: string, at: number): boolean {
  if (at < 0) return false;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.charCodeAt(lineStart) === 0x3e;
}

/** The field's name and separator anywhere in a bounded prefix of the token's line. */
const AUTHORIZATION_INSIDE = /authorization["']?\s{0,4}[:=]\s{0,4}["']?bearer /i;

/** The line starts with the field name, quoted or not, and its `:` or `=`, then the value (a bounded prefix). */
const AUTHORIZATION_LINE = /^\s{0,40}["']?authorization["']?\s{0,4}[:=]/i;

/**
 * challenge.invalid-token's args about the paste's token: its claims are shown (the report checked them), or a token is
 * there whose claims cannot be read (cut, malformed, opaque, encrypted) — its own finding asks for it again or says
 * what it is, so the step does not ask to paste a token that was pasted.
 */
export function tokenSeenArgs(ctx: Context): { tokenShown: boolean; tokenUnreadable?: true } {
  if (ctx.claims !== null) return { tokenShown: true };
  // A header cut inside the word Bearer (`Authorization: Bea` where the paste ends) shows no token, and no finding asks
  // for one (token.ts does not call those letters opaque): the step asks for the token.
  if (ctx.token !== null && schemeWordNotToken(ctx, ctx.token.decoded.raw)) return { tokenShown: false };
  const kind = ctx.token?.decoded.shape.kind;
  return kind === 'malformed' || kind === 'opaque' || kind === 'jwe'
    ? { tokenShown: false, tokenUnreadable: true }
    : { tokenShown: false };
}
