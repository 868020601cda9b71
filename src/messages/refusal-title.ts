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
  for (let i = 0; i < text.length && i <= TITLE_QUOTE_MAX; i++) {
    const c = text.charCodeAt(i);
    // 「。」 ends a Japanese sentence; ". " an English one (a dot inside a URL or a version is followed by no space).
    if (c === 0x3002 || (c === 0x2e && text.charCodeAt(i + 1) === 0x20)) {
      end = i + 1;
      break;
    }
  }
  if (end <= TITLE_QUOTE_MAX) return text.slice(0, end);
  const space = text.lastIndexOf(' ', TITLE_QUOTE_MAX - 1);
  return `${text.slice(0, space > TITLE_QUOTE_MAX / 2 ? space : TITLE_QUOTE_MAX - 1).trimEnd()}…`;
}

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
