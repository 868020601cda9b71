import { isWordChar } from '../parse/http/chars.js';

/**
 * The token endpoint's error code as the paste said it (round left-ii). The oauth.* codes are this product's names for
 * RFC 6749 §5.2's refusals, read from many shapes: a bare body's `"error":"invalid_client"`, a client library's exact
 * print of it (golang-oauth2's `oauth2: "invalid_client" "…"`, oauthlib's `(invalid_client)`, openid-client's `OPError:
 * invalid_client`), but also a product's own code (Salesforce's `invalid_client_id`, GitHub's
 * `incorrect_client_credentials`, Keycloak's `unauthorized_client` for a wrong secret, Auth0's `access_denied`) or words
 * with no code at all (Supabase's "Unrecognized client_id", GitHub's "Integration not found"). A title gives the code
 * only when it was said (messages/refusal-title.ts), so the code is looked for where the reading was made, not taken
 * from the finding: `via` cannot tell a library that printed the code from a product that never sent it.
 */

/**
 * Codes an OAuth token or authorization endpoint answers with: RFC 6749 §4.1.2.1 and §5.2's, and the products' own
 * that stand in their place, each read with its source in parse/verifier-messages/token-endpoints.ts (Salesforce's
 * `invalid_client_id`, restforce/restforce#46; GitHub's `incorrect_client_credentials`, GitHub's "Troubleshooting OAuth
 * app access token request errors") and parse/error-bodies.ts (Auth0's `access_denied` "Unauthorized",
 * auth0/auth0-spa-js#454). A longer code goes first only for readability: each is matched as a whole word.
 */
const ENDPOINT_CODES: readonly string[] = [
  'invalid_client_id',
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'unsupported_grant_type',
  'invalid_grant',
  'invalid_request',
  'access_denied',
  'incorrect_client_credentials',
];

/** Characters looked at either side of a reading made on one line (a verifier row's words, a log line's code). */
const LINE_REACH = 300;
/** Characters of a body's statement looked at, at most (the `error` member opens the object). */
const SPAN_REACH = 4000;

/** Where `code` stands as a whole word in `text` (not `invalid_client` inside `invalid_client_id`), or -1. */
function wordAt(text: string, code: string): number {
  for (let i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + 1)) {
    const end = i + code.length;
    if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end))))
      return i;
  }
  return -1;
}

/**
 * The code said in `window`: `rfc` (the finding's own RFC code) when it is there, else the first other endpoint code
 * there, else none. Each code is one indexOf pass over a bounded window: linear.
 */
function codeIn(window: string, rfc: string): string | undefined {
  if (wordAt(window, rfc) >= 0) return rfc;
  let first = -1;
  let said: string | undefined;
  for (const code of ENDPOINT_CODES) {
    const at = wordAt(window, code);
    if (at >= 0 && (first < 0 || at < first)) {
      first = at;
      said = code;
    }
  }
  return said;
}

/** Characters before a statement's span looked at for its `error` member, on the same line. */
const MEMBER_REACH = 120;

/**
 * The code said within a statement's own span (a body, a form-encoded answer, a log line's `error="…"`), or just
 * before it on its line: a body serialized into a larger object (a HAR's content.text) is quoted from its description,
 * whose `error` member stands right before it.
 */
export function saidInSpan(text: string, start: number, end: number, rfc: string): string | undefined {
  const said = codeIn(text.slice(start, Math.min(end, start + SPAN_REACH)), rfc);
  if (said !== undefined) return said;
  const before = text.slice(Math.max(0, start - MEMBER_REACH), start);
  return codeIn(before.slice(before.lastIndexOf('\n') + 1), rfc);
}

/**
 * The code said on the line of a verifier row's words, within LINE_REACH of them: a client library prints the code
 * beside the server's words (`oauth2: "unauthorized_client" "Invalid client or Invalid client credentials"`); another
 * line's code may belong to another answer.
 */
export function saidOnLine(text: string, start: number, end: number, rfc: string): string | undefined {
  // The window first, then its line breaks: a line of megabytes is not searched for its ends.
  const from = Math.max(0, start - LINE_REACH);
  const window = text.slice(from, Math.min(text.length, end + LINE_REACH));
  const lineStart = window.lastIndexOf('\n', start - from - 1) + 1;
  const lineEnd = window.indexOf('\n', end - from);
  const said = codeIn(window.slice(lineStart, lineEnd < 0 ? window.length : lineEnd), rfc);
  if (said !== undefined || lineStart === 0) return said;
  // A pretty-printed body gives its `"error": "unauthorized_client",` the line above the description a row read
  // (Google's, through Signet): that line, when it is the error member.
  const above = window.slice(window.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return /^\s*["']?error["']?\s?[:=]/.test(above) ? codeIn(above, rfc) : undefined;
}

/** `{ error }` when a code was said, else nothing: an arg is left out rather than set to undefined. */
export function saidArg(error: string | undefined): { error?: string } {
  return error === undefined ? {} : { error };
}

/**
 * Libraries whose rows are a client's words about the endpoint's answer, not the endpoint's own (Spring Security's
 * "[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response", the
 * MCP TypeScript SDK's "Token exchange failed: HTTP 401"): a title quoting them would put them in the server's mouth.
 * The other clients' rows (golang-oauth2, oauthlib, openid-client, league/oauth2-client) are codes or class names.
 */
const CLIENT_WORDS: ReadonlySet<string> = new Set(['spring-security', 'mcp-sdk']);

/** Whether the character after an apostrophe closes a printed value: `}`, `]`, `)`, `,`, a line's end or none. */
function closesValue(c: number): boolean {
  return Number.isNaN(c) || c === 0x7d || c === 0x5d || c === 0x29 || c === 0x2c || c === 0x0a || c === 0x0d;
}

/** Characters a row's sentence is read on for, past its words, at most. */
const WORDS_REACH = 240;

/**
 * The endpoint's own words a verifier row read (Supabase's "Unrecognized client_id", GitHub's "Integration not
 * found", Keycloak's "Invalid client or Invalid client credentials" under its `unauthorized_client`), as a body's
 * `error_description` would be: the row's words to the end of their sentence, within the quote or parenthesis they
 * opened in; null for a code's or a class name's row, and for a client's words about the answer (CLIENT_WORDS).
 */
export function endpointWords(
  text: string,
  hit: { start: number; end: number; library: string },
  kind: string | undefined,
): string | null {
  if (kind !== 'msg' || CLIENT_WORDS.has(hit.library)) return null;
  const open = text.charCodeAt(hit.start - 1);
  // A quote or parenthesis opened before the words closes them; an apostrophe inside them does not otherwise.
  const close = open === 0x27 ? 0x27 : open === 0x28 ? 0x29 : -1;
  const limit = Math.min(text.length, hit.end + WORDS_REACH);
  let stop = hit.end;
  for (; stop < limit; stop++) {
    const c = text.charCodeAt(stop);
    // A line's end, a JSON string's quote or escape, an object's brace: the words end there.
    if (c === 0x0a || c === 0x0d || c === 0x22 || c === 0x5c || c === 0x7b || c === 0x7d || c === close) break;
    // A closing apostrophe of a printed dict's value (`'Invalid client secret'}`), not one inside the words (Entra
    // ID's "unsupported grant type 'client_credential'.").
    if (c === 0x27 && closesValue(text.charCodeAt(stop + 1))) break;
    // A full stop ends the sentence; a dot inside a URL, a version or a host name is followed by a letter or digit.
    if (c === 0x2e && !isWordChar(text.charCodeAt(stop + 1))) {
      stop++;
      break;
    }
  }
  const words = text.slice(sentenceStart(text, hit.start), stop).trim();
  return words === '' ? null : words;
}

/** Whether a character ends a printed value or a log line's field before a sentence: quotes, brackets, a bar, a tab. */
function opensSentence(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x5c ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x7c
  );
}

/**
 * Where the sentence a row's words stand in starts. A row that reads a sentence's second clause (IdentityServer's
 * "Client not authorized for client credentials flow, check the AllowedGrantTypes setting": its row is the fixed
 * clause, the flow before it varies) is quoted whole, from the field or the sentence it opens: a quote of "check the
 * AllowedGrantTypes setting" alone hid what was refused (round review-31b). Only after ", "; a clause reached back to
 * with a digit in it is a log line's prefix (a time, a level), not words, and is left out.
 */
function sentenceStart(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return start;
  const floor = Math.max(0, start - WORDS_REACH);
  let i = start - 2;
  for (; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (opensSentence(c)) break;
    // ": " and ". " end what came before (a class name's "Error: ", a previous sentence).
    if (c === 0x20 && (text.charCodeAt(i - 2) === 0x3a || text.charCodeAt(i - 2) === 0x2e)) break;
    if (c >= 0x30 && c <= 0x39) return start;
  }
  if (i === floor && floor > 0) return start;
  while (text.charCodeAt(i) === 0x20) i++;
  // A clause opens with a letter; anything else (a separator, a number) is not the sentence's start.
  const first = text.charCodeAt(i);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) ? i : start;
}
