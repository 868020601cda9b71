/**
 * What a refusal's title says about who answered and in what words (round words-hh, review-30b): a title that reads
 * "The server rejected the token (invalid_token)" over Microsoft Graph's `InvalidAuthenticationToken` "Access token has
 * expired or is not yet valid." names neither Graph nor its words, and gives an RFC 6750 code Graph never sent. Both
 * catalogues compose such titles from these: the product that answered when the finding names one, the error code only
 * when it was said, and the answer's own words, shortened for a phone's line. The words are a finding's
 * `description`, which the engine has already redacted (a token or secret in it is a fingerprint).
 */
import { isRpcEnvelope, refuserOf } from './product-names.js';

/** Characters of a server's words a title quotes: a phone shows about two lines of a title. */
const TITLE_QUOTE_MAX = 60;

/**
 * A server's words as a title quotes them: the first sentence (the rest is the detail's), at most TITLE_QUOTE_MAX
 * characters, cut at a space with "…" when longer. Read once, left to right: linear in the words' length.
 */
export function titleQuote(words: string): string {
  const text = words.trim();
  let end = text.length;
  // The whole first sentence, however long: a reason after its wrapper's colon is read up to its end.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 「。」 ends a Japanese sentence; ". " an English one (a dot inside a URL or a version is followed by no space).
    if (c === 0x3002 || (c === 0x2e && text.charCodeAt(i + 1) === 0x20)) {
      end = i + 1;
      break;
    }
  }
  if (end <= TITLE_QUOTE_MAX) return text.slice(0, end);
  const reason = reasonAfterWrapper(text, end);
  if (reason !== null) return reason;
  const space = text.lastIndexOf(' ', TITLE_QUOTE_MAX - 1);
  // A comma or a colon the cut leaves before "…" reads as the words' own ("malformed,…").
  const head = text.slice(0, space > TITLE_QUOTE_MAX / 2 ? space : TITLE_QUOTE_MAX - 1).trimEnd();
  return `${/[,;:]$/.test(head) ? head.slice(0, -1) : head}…`;
}

/**
 * Characters a title that quotes a server's words holds at most (review-31b): Slack shows a title on a phone's screen,
 * and a long lead (a product's name, an RFC code such as insufficient_user_authentication) before a quote of
 * TITLE_QUOTE_MAX made titles of up to 150 characters (three lines and more of a phone's). The quote gives way, never who answered or the code it said.
 */
const TITLE_MAX = 125;
/**
 * How far past TITLE_MAX a title may run and stay whole: a cut that saves a word or two ("…accessing this…” for
 * "…accessing this endpoint.”") loses the words' end for no line of a phone's screen.
 */
const TITLE_SLACK = 20;
/** The fewest characters of the words a title still quotes however long its lead: fewer would say nothing. */
const QUOTE_MIN = 36;

/**
 * A title that ends in a quote of a server's words (“…” or 「…」) cut to TITLE_MAX, the quote cut at a space with "…"
 * (at a character in words without spaces). A title without such a quote is as the catalogue wrote it. Linear.
 */
export function fitTitle(title: string): string {
  if (title.length <= TITLE_MAX + TITLE_SLACK) return title;
  const close = title.charAt(title.length - 1);
  if (close !== '”' && close !== '」') return title;
  const open = title.lastIndexOf(close === '”' ? '“' : '「', title.length - 2);
  if (open === -1) return title;
  // The quote may already be cut (titleQuote): its "…" is put back after the new cut.
  let words = title.slice(open + 1, -1);
  if (words.endsWith('…')) words = words.slice(0, -1);
  const room = Math.max(QUOTE_MIN, TITLE_MAX - open - 2);
  if (words.length < room) return title;
  // Words over by their full stop alone lose the stop, not a word.
  if (words.length === room && (words.endsWith('.') || words.endsWith('。')))
    return `${title.slice(0, open + 1)}${words.slice(0, -1)}${close}`;
  const space = words.lastIndexOf(' ', room - 1);
  const head = words
    .slice(0, space > room / 2 ? space : wordEnd(words, room, TITLE_MAX + TITLE_SLACK - open - 2))
    .trimEnd();
  return `${title.slice(0, open + 1)}${/[,;:]$/.test(head) ? head.slice(0, -1) : head}…${close}`;
}

/**
 * Where a quote with no space in its second half is cut: at the end of the long word the room ends in when the
 * title still fits its slack there, so an identifier is quoted whole ("Client ID 'c24c4da9-…-03c803ff1e4e'…", not
 * "…-8f02-0…": a half client id or kid sends the reader looking for one that does not exist), else at the room.
 */
function wordEnd(words: string, room: number, most: number): number {
  const space = words.indexOf(' ', room);
  return space !== -1 && space < most ? space : room - 1;
}

/** The fewest characters a reason after a wrapper's colon must have to stand alone in a title. */
const REASON_MIN = 12;

/**
 * A sentence too long for a title whose words wrap their reason after a colon (Spring Security's "An error occurred
 * while attempting to decode the Jwt: Jwt expired at …", Supabase Auth's "invalid JWT: unable to parse or verify
 * signature, token has invalid claims: token is expired", Meta's "Error validating access token: Session has expired
 * on …"): the first reason that fits, after "…", since the head cut at the line's end quotes the wrapper and loses the
 * reason ("…decode the Jwt: Jwt…"). Null when none fits. indexOf steps left to right: linear.
 */
function reasonAfterWrapper(text: string, end: number): string | null {
  for (let colon = text.indexOf(': '); colon !== -1 && colon < end; colon = text.indexOf(': ', colon + 2)) {
    const reason = text.slice(colon + 2, end).trim();
    if (reason.length < REASON_MIN) return null;
    if (reason.length < TITLE_QUOTE_MAX) return `…${reason}`;
  }
  return null;
}

/**
 * A title whose closing quote of a server's words holds a credential the final scrub fingerprinted ("bad token
 * ‹token sha256:…›", spring-security-oauth2's "Invalid access token: ‹secret …›"): the quote keeps the words before
 * it, the detail and the evidence show the fingerprint, and a quote of nothing but the credential is dropped. The
 * title was composed before the scrub, so a token cut at the quote's length shows as a fingerprint of its piece.
 */
export function quoteBeforeSecret(title: string): string {
  const mark = title.indexOf('‹');
  if (mark === -1) return title;
  const close = title.charAt(title.length - 1);
  if (close !== '”' && close !== '」') return title;
  const open = title.lastIndexOf(close === '”' ? '“' : '「', mark);
  if (open === -1 || title.indexOf(close, open) !== title.length - 1) return title;
  let kept = open + 1;
  // What the words say before the credential, without the colon or comma that led to it.
  for (let i = mark; i > open + 1; i--) {
    if (!TRAILING.has(title.charCodeAt(i - 1))) {
      kept = i;
      break;
    }
  }
  if (kept > open + 1) return `${title.slice(0, kept)}${close}`;
  const lead = title.slice(0, open);
  return lead.endsWith(': ') ? lead.slice(0, -2) : lead.endsWith('：') ? lead.slice(0, -1) : lead;
}
/** Space, colons, commas and an ellipsis: what leads from the words to the credential they name. */
const TRAILING: ReadonlySet<number> = new Set([0x20, 0x3a, 0xff1a, 0x2c, 0x3001, 0x2026, 0x22, 0x27]);

/**
 * Frameworks whose error envelope carried the service's answer (a gRPC status, a GraphQL or tRPC error), as the RPC
 * envelopes of product-names.ts are: how the service spoke, not who refused.
 */
const ENVELOPES: ReadonlySet<string> = new Set(['grpc', 'graphql', 'trpc']);

/**
 * The via a title names as having answered, or null for "the server": a challenge, a log line's or a bare RFC body's
 * error (`response body`) and an envelope name no product. A client's log reporting its backend names the backend.
 */
export function answeredBy(via: string | undefined): string | null {
  if (via === undefined || via === 'response body' || isEnvelope(via)) return null;
  return refuserOf(via);
}

/** Whether the via is an envelope the service answered in (an RPC framework's, gRPC's, GraphQL's, tRPC's). */
export function isEnvelope(via: string): boolean {
  return isRpcEnvelope(via) || ENVELOPES.has(via);
}

/**
 * Whether the RFC error code itself was said, so a title may give it: a challenge's or a log line's `error="…"`, or a
 * bare RFC 6749/6750 body member (`response body`). A product's own shape (Graph's `{"error":{"code":…}}`) was read
 * into the code, not said with it; `ownWords` marks words read with no code at all (a verifier row no library can be
 * told by).
 */
export function codeSaid(a: { via?: string; ownWords?: true }): boolean {
  return a.via === 'response body' || (a.via === undefined && a.ownWords !== true);
}

/**
 * Words of a refusal that name a cause of their own (round left-jj, review-31): Twilio's 20103 "Invalid Access Token
 * issuer or subject", Vonage's "Invalid issuer format", "The audience '…' is invalid", "jwt expired". After such words a
 * detail's list of the usual causes ("expired, revoked, malformed or badly signed") contradicts or repeats them, so the
 * list follows only words that name none ("Invalid token", "Bad credentials"). One pass of a flat alternation: linear.
 */
const NAMES_CAUSE =
  /expir|revok|malformed|signature|signed|issuer|audience|subject|claim|scope|lifetime|algorithm|dpop|not yet valid|valid before|no longer valid|\b(?:iss|aud|sub|kid|nbf|typ|alg|exp)\b|期限|失効|署名|発行者|オーディエンス/i;
export const wordsNameCause = (description: string | null): boolean =>
  description !== null && NAMES_CAUSE.test(description);
