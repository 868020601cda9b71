import { isCjkPunctuation } from './cjk-punctuation.js';
import { looksRandom } from './far-rest.js';
import { decodesToText } from './key-material.js';
import { isAsciiLetter } from './parse/http/chars.js';
import type { HeaderField } from './parse/http.js';
import { reversedWrapRest } from './reversed-wrap-rest.js';
import { isEncodedJsonCredential, isStrayChar, strayGapRest, wrappedValueRest } from './secrets.js';
import { isBase64Either } from './token/chars.js';
import { randomPiece } from './wrap-neighbours.js';

/**
 * The credentials that follow an Authorization name anywhere in a paste, not only on a header line the HTTP reader
 * took for the request's: a header a log printed mid-line (`sending headers Authorization: Bearer …`), inside a JSON
 * or logfmt string whose line breaks are escapes (`{"msg":"Authorization: Bearer …\nHTTP/1.1 401"}`), a JSON member
 * (`\"Authorization\":\"Bearer …\"` escaped again). An opaque credential there was registered by no reader, and a
 * quote of its line showed it whole (round "fuzz7", gen7.mjs in harsh mode: 2 cases in 100 of every shape).
 */

/**
 * After the name (read from where it ends: whole, or joined across a hyphen's break), a separator (`:` or `=`, its quotes escaped up to thrice), a scheme, then a credential of RFC 6750's
 * b64token syntax (section 2.1), quoted or not (`Bearer “…”` from a phone's keyboard, made `"` by the normaliser: round
 * "fuzz10"; Japanese corner brackets `「…」`, read only here as a credential's ends: round "fuzz11"), of MIN_CREDENTIAL characters or more unless a wrap carried its rest on: a scheme's
 * parameter (`realm="api"`, `error=`) and a placeholder word are shorter or not of that syntax. A scheme a hyphen and a
 * break cut (`Bea-⏎rer`, as HYPHEN_CUT_NAMES's names are) is read past: round "fuzz20", shape "opq"; so is a query's or a
 * form's encoded blank after it (`?authorization=Bearer+<credential>`, shape "pct"). A language's dump of a header map
 * writes the pair its own way (round "fuzz21", gen.mjs shapes go-map … elixir: 350 leaks in 3,700): a hash's rocket
 * (Ruby, PHP's print_r `[Authorization] => …`), a comma (.NET's `[Authorization, …]`, Elixir's and h11's tuples), a
 * list's bracket (Go's `map[Authorization:[…]]`, `[]string{"…"}`, Java's `{Authorization=[…]}`), Python's bytes
 * (`b'…'`), PHP var_dump's `string(43) ` before the value, and Node ≤ 12's util.inspect breaking the string at its blank
 * (`'Bearer ' +⏎    '…'`, nodejs/node#28055), and Python's pprint, which splits a long string at its blanks into adjacent
 * literals aligned under its key (`'Authorization': 'Bearer '⏎                  '…'`). Literal name, bounded gaps, one class for the value: linear.
 */
const MIN_CREDENTIAL = 16;
export const CREDENTIAL_AFTER_NAME =
  /\\{0,3}["']?\]?[ \t]{0,3}(?:=>|[:=,])[ \t]{0,3}(?:(?:\r?\n|\\n)?[ \t]{0,8}string\(\d{1,6}\)[ \t])?(?:\[\]string\{|\[)?b?\\{0,3}["']?[ \t]{0,3}[A-Za-z][\w-]{0,20}(?:-(?:\r?\n|\\r\\n|\\n)[A-Za-z]{1,20})?(?:[ \t]{1,3}|\+|%20|[ \t]['"][ \t]{0,3}\+?[ \t]{0,3}(?:\r?\n|\\n)?[ \t]{0,48})\\{0,3}["'\u300c]?([A-Za-z0-9\-._~+/]+=*)/iy;

/**
 * The names a hyphen at a line's end may cut (`Authori-⏎zation: Bearer …`, a typesetter's or a mail client's hyphenation
 * of a long word, raw or in a JSON string whose breaks are escapes): the Authorization headers' own, whose value is a
 * credential. Only these are joined across a hyphen and a break: an ordinary hyphenated word (`re-⏎use`, `X-Request-⏎Id`)
 * joins to none of them, so prose stays as it is. Round "fuzz20", gen.mjs shape "opq" in harsh mode: a JSON log's message
 * was quoted whole and showed the credential (2 in 100).
 */
const HYPHEN_CUT_NAMES: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization']);
const LONGEST_CUT_NAME = 'proxy-authorization'.length;
const HYPHEN_BREAKS = ['-\n', '-\r\n', '-\\n', '-\\r\\n'];

/** The letter of a JSON or logfmt escape's break or tab: `n`, `r`, `t`. */
function isEscapeLetter(c: number): boolean {
  return c === 0x6e || c === 0x72 || c === 0x74;
}

/** A letter of a header's name, lower-cased, or its hyphen. */
function isNameLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x2d;
}

/**
 * Appends to `ends` where each HYPHEN_CUT_NAMES name a hyphen and a line break cut (real, or escaped once) ends: the word
 * before the hyphen and the one after the break, the hyphen dropped, joined into the name. One search per break's form;
 * each read is bounded by the longest name.
 */
function hyphenCutNameEnds(lower: string, ends: number[]): void {
  for (const brk of HYPHEN_BREAKS) {
    for (let q = lower.indexOf(brk); q > 0 && ends.length < MAX_CREDENTIALS; q = lower.indexOf(brk, q + brk.length)) {
      let h = q;
      while (h > 0 && q - h < LONGEST_CUT_NAME && isNameLetter(lower.charCodeAt(h - 1))) h--;
      const t = q + brk.length;
      let e = t;
      while (e < lower.length && e - t < LONGEST_CUT_NAME && isNameLetter(lower.charCodeAt(e))) e++;
      if (h === q || e === t) continue;
      const joined = lower.slice(h, q) + lower.slice(t, e);
      for (const name of HYPHEN_CUT_NAMES) {
        // The name starts its word, or follows an escaped break (`\nProxy-Authori-\nzation`): `X-Authori-⏎zation` is
        // another header, and Proxy-Authorization's `authorization` is read as its own name.
        const start = q - (name.length - (e - t));
        if (start < h || !joined.endsWith(name)) continue;
        const before = lower.charCodeAt(start - 1);
        if (start > 0 && isNameLetter(before) && !(isEscapeLetter(before) && lower.charCodeAt(start - 2) === 0x5c))
          continue;
        ends.push(e);
        break;
      }
    }
  }
}

/**
 * What may stand right after a credential: the text's end, a blank or a line break, a quote, an escape's backslash,
 * a separator, an XML or HTML tag's `<` (an error body's `…</Details>`), a quote marker or an escaper's `&gt;` that a
 * wrap or a cut left after it (`…ZShq> qviR…`, `…RRSfd&gt;FhOG`: round "fuzz12", gen10.mjs seed 3, where the head was
 * read as no credential and shown; wrappedValueRest reads the rest past it), CJK punctuation (a closing corner bracket `」`, a
 * full-width `（`: cjk-punctuation.ts; round fuzz28, gen28x.mjs framing fullwidth) or a dump's
 * `]`, `)`, `}` (round "fuzz21"), a stray character
 * (U+FFFD, a control byte: strayGapRest reads on past it). Anything else (`***`, `…`: a mask; `/1.1`, `"}`-less glue) is another reader's, which knows the shape.
 */
function endsCredential(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x5c ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x26 ||
    c === 0x3c ||
    c === 0x3e ||
    isCjkPunctuation(c) ||
    c === 0x5d ||
    c === 0x29 ||
    c === 0x7d ||
    isStrayChar(c)
  );
}

/**
 * A logger's own mark after a value it cut to a length, which says how much it dropped: `…(truncated 512 chars)`,
 * `...[+240 chars]`, Node's util.inspect with maxStringLength (`'…'... 9900 more characters`, nodejs/node
 * test-util-inspect.js: "'aaaa'... 999996 more characters"). A paster's mask says nothing of the kind.
 */
const LOGGER_CUT = /(?:…|\.{3})['"]?[ \t]?(?:[([](?:truncated\b|\+\d)|\d{1,9} more characters)/y;

/**
 * The head of a credential ending at `end` (its dots of an ellipsis included: the value's class reads `.`) that a
 * logger cut (LOGGER_CUT), or null: the head is the credential's first characters as sent, and a quote of its line
 * showed them (round "fuzz21", gen.mjs shapes trunc-*: 72 in 560, a UUID, a hex key or a Basic pair's base64 head,
 * which the mask readers take for the paster's mask).
 */
function loggerCutHead(text: string, end: number, value: string): string | null {
  let head = value;
  let at = end;
  while (head.endsWith('.') && at > end - 3) {
    head = head.slice(0, -1);
    at--;
  }
  for (const k of [at, at + 1]) {
    LOGGER_CUT.lastIndex = k;
    if (LOGGER_CUT.test(text)) return head;
  }
  return null;
}

/** The most credentials read in one paste: a log of a thousand requests repeats a few. */
const MAX_CREDENTIALS = 50;

/**
 * The credentials after each `authorization` of `lower` (the paste folded for matching, same offsets as `text`) that
 * end as a credential does and are no JWT, distinct, in order.
 */
export function credentialsAfterAuthorization(text: string, lower: string): string[] {
  const found: string[] = [];
  const encoded = new Map<string, boolean>();
  // One search for `auth` finds every Authorization name and every misspelling's start but two (MISNAMED_ANCHORS): a
  // search for each was a pass over the paste stopping at each `a`.
  const names: number[] = [];
  const misnamed: number[] = [];
  for (let at = lower.indexOf('auth'); at >= 0; at = lower.indexOf('auth', at + 4))
    (lower.startsWith('authorization', at) ? names : misnamed).push(at);
  const ends = names.map((at) => at + 13);
  hyphenCutNameEnds(lower, ends);
  for (const nameEnd of ends) {
    // `Authorization: Bearer eyJ…`, most pastes' header: a JWT, which the regex would read whole to let go.
    if (jwtAfterScheme(text, nameEnd, encoded)) continue;
    CREDENTIAL_AFTER_NAME.lastIndex = nameEnd;
    const m = CREDENTIAL_AFTER_NAME.exec(text);
    if (m === null) {
      const bare = bareCredentialAfter(text, nameEnd);
      if (bare !== null && !found.includes(bare)) found.push(bare);
      continue;
    }
    const value = m[1] as string;
    const end = CREDENTIAL_AFTER_NAME.lastIndex;
    // A JWT, whole or cut, is the token readers' (token/find.ts, reflowed-tokens.ts): they know where it ends. Stray
    // characters inside an opaque one (U+FFFD, control bytes) end its head, and its rest is after them (strayGapRest).
    // A dotless base64 JSON that is no JOSE header (QStash's token) is no JWT: no token reader takes it.
    if (value.includes('eyJ') && !encodedCredential(value, encoded)) continue;
    if (!endsCredential(text.charCodeAt(end))) {
      const head = loggerCutHead(text, end, value);
      if (head !== null && head.length >= MIN_CREDENTIAL && !found.includes(head)) found.push(head);
      continue;
    }
    const stray = isStrayChar(text.charCodeAt(end)) ? strayGapRest(text, end) : null;
    // Its tail on the next line when a wrap cut it (`Authorization: token ghp_…\n<tail>` in a JSON log's message),
    // wherever it cut it: a head shorter than MIN_CREDENTIAL is one only with such a rest (round "fuzz9").
    const rest = stray ?? wrappedValueRest(text, end);
    if (rest === null && value.length < MIN_CREDENTIAL) continue;
    const whole = rest === null ? value : value + rest;
    if (!found.includes(whole)) found.push(whole);
    // A log pasted newest first put the wrap's rest on the line above.
    const above = rest === null ? reversedWrapRest(text, end - value.length, end) : null;
    if (above !== null && !found.includes(above)) found.push(above);
    if (found.length >= MAX_CREDENTIALS) break;
  }
  CREDENTIAL_AFTER_NAME.lastIndex = 0;
  bearerCredentials(text, lower, found, encoded);
  for (const anchor of MISNAMED_ANCHORS) {
    const starts = anchor === 'auth' ? misnamed : null;
    for (
      let k = 0, at = starts === null ? lower.indexOf(anchor) : (starts[0] ?? -1);
      at >= 0 && found.length < MAX_CREDENTIALS;
      at = starts === null ? lower.indexOf(anchor, at + 4) : (starts[++k] ?? -1)
    ) {
      if (lower.startsWith('authorization', at)) continue;
      // The name is the run of letters from here, 12 to 14 of them and one of the misspellings: told without the regex
      // (most `auth`s are in a URL's host, `oauth`, `authenticate`), which then reads the value after it.
      let e = at;
      while (e < at + 15 && isAsciiLetter(lower.charCodeAt(e))) e++;
      if (e - at < 12 || e - at > 14 || !MISNAMED_AUTHORIZATION.has(lower.slice(at, e))) continue;
      CREDENTIAL_AFTER_MISNAMED.lastIndex = at;
      const m = CREDENTIAL_AFTER_MISNAMED.exec(text);
      const name = m?.[1]?.toLowerCase();
      if (m === null || name === undefined || !MISNAMED_AUTHORIZATION.has(name)) continue;
      const value = m[2] as string;
      if (!endsCredential(text.charCodeAt(CREDENTIAL_AFTER_MISNAMED.lastIndex)) || value.includes('eyJ')) continue;
      if (name === 'authentication' && SQL_AUTHENTICATION_MODE.test(value)) continue;
      const rest = wrappedValueRest(text, CREDENTIAL_AFTER_MISNAMED.lastIndex);
      const whole = rest === null ? value : value + rest;
      if (!found.includes(whole)) found.push(whole);
    }
  }
  CREDENTIAL_AFTER_MISNAMED.lastIndex = 0;
  return found;
}

/**
 * Whether the name that ends at `at` is followed by `: `, a scheme word and one blank, then `eyJ` (`Authorization:
 * Bearer eyJ…`). CREDENTIAL_AFTER_NAME can read that value only as the JWT, which it then lets go: no blank or quote
 * before the scheme or the JWT gives it another way to match. Case-sensitive, as the `eyJ` test after the regex is.
 */
export function jwtAfterScheme(text: string, at: number, encoded = new Map<string, boolean>()): boolean {
  if (text.charCodeAt(at) !== 0x3a || text.charCodeAt(at + 1) !== 0x20 || !isAsciiLetter(text.charCodeAt(at + 2)))
    return false;
  let e = at + 3;
  while (e < at + 23 && isSchemeChar(text.charCodeAt(e))) e++;
  return text.charCodeAt(e) === 0x20 && jwtAt(text, e + 1, encoded);
}

/**
 * A credential sent with no scheme (`Authorization: <token>`): etcd's gRPC gateway takes its simple token so
 * (etcd-io/etcd#9959: `curl -L http://host:port/v3alpha/kv/range -H "Authorization : tokenIJustGot"`; #11414: the token
 * `"sssvIpwfnLAcWAQH.9"`). CREDENTIAL_AFTER_NAME wants a scheme word and a blank before the credential, and a log line
 * holding the header mid-line, or a flattened copy, showed it (round fuzz30, gen30.mjs widen/http-file~pipe,
 * envoy-json~pipe: `Authorization: VSgmtiqrpSdQZbSW.89 | GET …`). Only a run that mixes cases and digits as key material
 * does (looksRandom, randomPiece): a scheme alone (`Bearer`, `AWS4-HMAC-SHA256`), a placeholder or a word does not.
 */
const BARE_CREDENTIAL_AFTER_NAME =
  /\\{0,3}["']?\]?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["']?([A-Za-z0-9\-._~+/]{16,1400}=*)/y;

function bareCredentialAfter(text: string, nameEnd: number): string | null {
  BARE_CREDENTIAL_AFTER_NAME.lastIndex = nameEnd;
  const m = BARE_CREDENTIAL_AFTER_NAME.exec(text);
  const end = BARE_CREDENTIAL_AFTER_NAME.lastIndex;
  BARE_CREDENTIAL_AFTER_NAME.lastIndex = 0;
  if (m === null) return null;
  const value = m[1] as string;
  if (!endsCredential(text.charCodeAt(end)) || value.startsWith('eyJ')) return null;
  return looksRandom(value, 0, value.length) && randomPiece(value, 0, value.length) ? value : null;
}

/** The longest run read to tell a dotless base64 JSON from a JWT's head: a QStash token is ~140 characters. */
const MAX_ENCODED_JSON = 1024;

/**
 * Whether a JWT starts at `at`: `eyJ`, and not a dotless base64 JSON that is no JOSE header (isEncodedJsonCredential,
 * QStash's token), which the token readers refuse and the regexes here then read (round fuzz30, gen30.mjs
 * pipe/qstash-token: `Bearer eyJVc2VySUQi…In0=` in a flattened curl).
 */
function jwtAt(text: string, at: number, encoded: Map<string, boolean>): boolean {
  if (!text.startsWith('eyJ', at)) return false;
  let e = at + 3;
  const limit = Math.min(text.length, at + MAX_ENCODED_JSON);
  while (e < limit && isBase64Either(text.charCodeAt(e))) e++;
  return text.charCodeAt(e) === 0x2e || !encodedCredential(text.slice(at, e), encoded);
}

/** isEncodedJsonCredential, each distinct run decoded once: a log repeats one credential. */
function encodedCredential(run: string, encoded: Map<string, boolean>): boolean {
  if (!run.startsWith('eyJ')) return false;
  let credential = encoded.get(run);
  if (credential === undefined) {
    credential = isEncodedJsonCredential(run);
    encoded.set(run, credential);
  }
  return credential;
}

/** Whether `Bearer eyJ…` is at `at`: CREDENTIAL_AFTER_BEARER can read only the JWT there, which is then let go. */
export function jwtAfterBearer(text: string, at: number, encoded = new Map<string, boolean>()): boolean {
  return text.charCodeAt(at + 6) === 0x20 && jwtAt(text, at + 7, encoded);
}

/** The regex's `[\w-]`. */
function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

/**
 * RFC 6750's scheme word then a credential, with no header name before it: a log's prose or an error body that quotes
 * what was sent (`… denied on resource. Bearer Dmazd79J…`, `using Bearer <token> for the call`). No header reader reads
 * it, and a quote of its line showed it whole (round "fuzz10", gen10.mjs: 8 in 300 of Cloud Storage's XML errors and
 * google-api-core's lines with one inside). Only a run of b64token characters of MIN_CREDENTIAL or more with upper and
 * lower case and a digit, ending as a credential does: a challenge's parameters (`Bearer realm="api"`, `error=`) end at
 * their `=`, and a placeholder (`Bearer YOUR_TOKEN`) or a word is not mixed so. One search for the word; bounded runs.
 * The scheme may be written twice, the second cut (`Bearer Bea <credential>`, `Bearer Bearer …`: a paste of a header
 * over a prefilled `Bearer ` field), where the credential follows the second: read past it (round "fuzz12", gen11.mjs
 * shape "bea", 4 to 7 cases in 200 inside a JSON log's message).
 */
export const CREDENTIAL_AFTER_BEARER =
  /bearer[ \t]{1,3}(?:be(?:a(?:r(?:er?)?)?)?[ \t]{1,3})?\\{0,3}["'\u300c]?([A-Za-z0-9\-._~+/]{16,1400}=*)/iy;

function bearerCredentials(text: string, lower: string, found: string[], encoded: Map<string, boolean>): void {
  for (
    let at = lower.indexOf('bearer');
    at >= 0 && found.length < MAX_CREDENTIALS;
    at = lower.indexOf('bearer', at + 6)
  ) {
    if (jwtAfterBearer(text, at, encoded)) continue;
    CREDENTIAL_AFTER_BEARER.lastIndex = at;
    const m = CREDENTIAL_AFTER_BEARER.exec(text);
    if (m === null) continue;
    const value = m[1] as string;
    // Text base64-encoded (a payload spliced after a challenge's `Bearer `, a cursor) is no secret: the report decodes it.
    const end = CREDENTIAL_AFTER_BEARER.lastIndex;
    if (!endsCredential(text.charCodeAt(end))) continue;
    // QStash's token is the base64 of `{"UserID":…,"Password":…}`: text, but a credential (isEncodedJsonCredential).
    if (
      !encodedCredential(value, encoded) &&
      (value.includes('eyJ') || !looksRandom(value, 0, value.length) || decodesToText(value))
    )
      continue;
    const stray = isStrayChar(text.charCodeAt(end)) ? strayGapRest(text, end) : null;
    const rest = stray ?? wrappedValueRest(text, end);
    const whole = rest === null ? value : value + rest;
    if (!found.includes(whole)) found.push(whole);
    const above = rest === null ? reversedWrapRest(text, end - value.length, end) : null;
    if (above !== null && !found.includes(above)) found.push(above);
  }
  CREDENTIAL_AFTER_BEARER.lastIndex = 0;
}

/**
 * The same after a misspelt Authorization name (MISNAMED_AUTHORIZATION), its scheme word optional: authz-header.missing
 * quotes the line, and a message whose line breaks are escapes (`{"msg":"…\nAuthorzation: <key>\n…"}`) is read by no
 * header reader (round "fuzz8", gen8.mjs). Every misspelling starts with one of the anchors. Name of letters only
 * (checked against the set after), bounded gaps, the optional scheme bounded: linear.
 */
const MISNAMED_ANCHORS = ['auth', 'autor', 'athor'];
const CREDENTIAL_AFTER_MISNAMED =
  /([A-Za-z]{12,14})\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["']?[ \t]{0,3}(?:[A-Za-z][\w-]{0,20}[ \t]{1,3})?([A-Za-z0-9\-._~+/]{16,}=*)/y;

/**
 * Names a client gives the header that should be Authorization: British spelling, a dropped or swapped letter, and
 * Authentication (the word for what the header does). A server reads the credential from Authorization only (RFC 9110
 * §11.6.2; RFC 6750 §2.1), so a token under any of these reaches no verifier.
 */
const MISNAMED_AUTHORIZATION = new Set([
  'authorisation',
  'authentication',
  'authorizaton',
  'authorizaion',
  'authroization',
  'autorization',
  'authorizartion',
  'athorization',
  'authoriztion',
  'authorzation',
  'authorizatoin',
]);
/**
 * A SQL Server connection string's `Authentication=` keyword names a mode, never a credential (learn.microsoft.com
 * sql/connect/jdbc/setting-the-connection-properties, "authentication": ActiveDirectoryPassword, …Integrated,
 * …Interactive, …ServicePrincipal, …ManagedIdentity / …MSI, …Default, SqlPassword, NotSpecified), which its drivers
 * print in their errors ("Failed to authenticate the user … (Authentication=ActiveDirectoryPassword)", microsoft/mssql-jdbc#1480).
 */
const SQL_AUTHENTICATION_MODE = /^(?:ActiveDirectory[A-Za-z]{3,30}|SqlPassword|NotSpecified)$/;

/** A value that carries a credential: a scheme word then more, or a token's worth of characters alone. */
const CREDENTIAL_VALUE = /^(?:bearer|token|jwt|basic)\s+\S{8,}|^\S{20,}$/i;

/**
 * Names that are another header's, not a misspelling, so only a parsed request header counts: `Authenticate: Bearer eyJ…`
 * borrows WWW-Authenticate's word for the request (quarkusio/quarkus#8074, `curl -H "Authenticate: Bearer …"`), and the
 * text scan above would read WWW-Authenticate's challenges under it.
 */
const MISNAMED_HEADER_ONLY = new Set(['authenticate']);

/** A request-side header whose name is a misspelt Authorization and whose value carries a credential, or null. */
export function misnamedAuthorization(headers: readonly HeaderField[]): HeaderField | null {
  for (const h of headers)
    if (
      h.side !== 'response' &&
      (MISNAMED_AUTHORIZATION.has(h.name) || MISNAMED_HEADER_ONLY.has(h.name)) &&
      CREDENTIAL_VALUE.test(h.value)
    )
      return h;
  return null;
}

/**
 * A misnamed field's credential: after a scheme word or alone, of RFC 6750's b64token syntax as CREDENTIAL_AFTER_NAME
 * reads it, so a value the HTTP reader ran on to its line's end (`Authorzation: …\n\nHTTP/1.1 401` inside a JSON
 * string, its breaks escapes) gives the credential, not the words after it. Anchored, one class per part: linear.
 */
const MISNAMED_VALUE = /^(?:[A-Za-z][\w-]{0,20}[ \t]{1,3})?([A-Za-z0-9\-._~+/]{16,}=*)/;

/**
 * The credentials under a misspelt Authorization name on the request's side: authz-header.missing quotes that field,
 * and no token reader registers an opaque value under a name it does not read (round "fuzz8", gen8.mjs: 8 in 40).
 */
export function misnamedCredentials(headers: readonly HeaderField[]): string[] {
  const found: string[] = [];
  for (const h of headers) {
    if (h.side === 'response' || !MISNAMED_AUTHORIZATION.has(h.name)) continue;
    const m = MISNAMED_VALUE.exec(h.value.trim().slice(0, 8192));
    if (m?.[1] !== undefined && !found.includes(m[1])) found.push(m[1]);
    if (found.length >= MAX_CREDENTIALS) break;
  }
  return found;
}
