/**
 * Finds JWT-shaped strings anywhere in a paste: in a log line, inside JSON, quoted. (Line breaks a chat
 * client put inside a token are joined earlier, by normalize.ts.) One left-to-right pass from each `eyJ`
 * (the base64url of `{"`), never revisiting a character, so a megabyte of `eyJeyJeyJ…` stays linear.
 */
import { hexDigitValue } from '../parse/http/chars.js';
import { indexOfEyJ, isBase64url } from './chars.js';
import { decodeJsonSegment, WRAPPED_JWT_START, wrapsJwt } from './decode.js';

export interface TokenOccurrence {
  /**
   * The token as pasted, plus any trailing mask marker. Secret. A token pasted percent-encoded (in a URL:
   * `access_token=eyJ…%2EeyJ…%2E…`) is given decoded, and `start`/`end` span its encoded text.
   */
  raw: string;
  /** Offsets in the text, including the mask marker. */
  start: number;
  end: number;
  /**
   * Base64 JSON data, not a credential: its first part decodes to a JSON object with no JOSE header
   * parameter and no registered claim (a pagination cursor `?cursor=eyJpZCI6ODgxMn0.djI`, a state
   * blob). Still reported, so the redactor masks it like any token, but never diagnosed as one.
   */
  lookalike?: true;
  /**
   * Mapbox's public token (`pk.`; docs.mapbox.com/help/dive-deeper/access-tokens: "All public access tokens start with pk
   * while all secret access tokens start with sk", "they can be safely exposed in web browsers, mobile apps, and other
   * client environments"): evidence of which token a map sent, so the redactor leaves it (`sk.` and `tk.` it hides).
   */
  public?: true;
}

const MAX_SEGMENTS = 6;
/** The shortest JOSE header segment a token is taken to start with. */
const MIN_HEADER = 10;

/** Markers people put where they removed a signature or a part, matched right after the last dot. */
const TRAILING_MASKS = [
  '***',
  '…',
  '...',
  '<redacted>',
  '[redacted]',
  '(redacted)',
  '<signature>',
  '[signature]',
  '<sig>',
  '[removed]',
  '<removed>',
  '[hidden]',
  '<hidden>',
  '[masked]',
  '<masked>',
  'redacted',
];

function trailingMask(text: string, at: number, afterDot: boolean): string | null {
  // Reads stay inside the text here and below: one read past its end deoptimises the caller for good, and a
  // long-running process meets such a text sooner or later (round 28).
  if (at >= text.length) return null;
  const c = text.charCodeAt(at);
  if (c === 0x2022 || c === 0x25cf) {
    // `••••••`, `●●●●`: a phone's or a password field's dots.
    let k = at;
    while (k < text.length && text.charCodeAt(k) === c) k++;
    return k - at >= 3 ? text.slice(at, k) : null;
  }
  // Cheap first-character gate before the case-insensitive comparisons.
  if (c !== 0x2a && c !== 0x2026 && c !== 0x2e && c !== 0x3c && c !== 0x5b && c !== 0x28 && c !== 0x72 && c !== 0x52)
    return afterDot ? bracketedMask(text, at) : null;
  const window = text.slice(at, at + 12).toLowerCase();
  for (const m of TRAILING_MASKS) if (window.startsWith(m)) return text.slice(at, at + m.length);
  return afterDot ? bracketedMask(text, at) : null;
}

/** The longest bracketed phrase taken for a mask. */
const MAX_BRACKETED_MASK = 32;

/**
 * A short bracketed phrase standing where a whole part was (`[...]`, `<SIGNATURE REMOVED>`,
 * `{sig}`): words, spaces and dots only. Only right after a dot, so markup after a whole token
 * (`<jwt><br>`) is never taken into it.
 */
function bracketedMask(text: string, at: number): string | null {
  const open = text.charCodeAt(at);
  const close = open === 0x3c ? 0x3e : open === 0x5b ? 0x5d : open === 0x28 ? 0x29 : open === 0x7b ? 0x7d : -1;
  if (close < 0) return null;
  const limit = Math.min(text.length, at + MAX_BRACKETED_MASK);
  for (let k = at + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === close) return k > at + 1 ? text.slice(at, k + 1) : null;
    const word = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (!word && c !== 0x20 && c !== 0x2e && c !== 0x5f && c !== 0x2d && c !== 0x2026) return null;
  }
  return null;
}

/**
 * A run of base64url characters from `lastIndex` (sticky, possibly empty). Matching it moves `lastIndex`
 * to the run's end: a native scan, about three times faster than a JavaScript character loop.
 */
const B64_RUN = /[A-Za-z0-9_-]*/y;

/** The end of the run of base64url characters that starts at `from`. */
export function b64RunEnd(text: string, from: number): number {
  B64_RUN.lastIndex = from;
  B64_RUN.test(text);
  return B64_RUN.lastIndex;
}

/**
 * `cutHeaders`: a token whose header lost its first characters starts at what is left of it (cutHeaderStart), for the
 * diagnosis. The redactor's own search leaves it off: the pieces of a token it knows (a wrapped one's lines) keep that
 * token's label rather than each taking one of its own, and a cut token is masked from its payload on either way.
 */
export function findTokensInText(text: string, cutHeaders = false): TokenOccurrence[] {
  const found: TokenOccurrence[] = [];
  /** The end of the last run of base64url characters judged for a glued token start (see below). */
  let judgedRunEnd = -1;
  /** The end of the last run of standard base64 judged for a part in standard base64 (see below). */
  let judgedStandardEnd = -1;
  let i = indexOfEyJ(text);
  while (i >= 0) {
    if (cutHeaders && i > 0 && text.charCodeAt(i - 1) === 0x2e) {
      const cut = cutHeaderStart(text, i - 1);
      if (cut >= 0) i = cut;
    }
    // Inside a word (`abceyJ…`) is no token start, unless a payload follows the run (`.eyJ`): then a token
    // was glued to the text before it (`…invalid signatureeyJhbG….eyJ….sig`, `<signature><token>`), and its
    // first `eyJ` starts it. Each run is judged once, so `eyJeyJeyJ…` stays linear. After a dot it may be a
    // token start too: a token whose header lost its first characters (`yJhbGci….eyJ….sig`) starts at what is
    // left of its header (cutHeaderStart), or else is found from its payload on, so its signature is still known
    // and masked; a whole token's own payload is never reached here, because the scan resumes after each token
    // found.
    if (i > 0 && isBase64url(text.charCodeAt(i - 1)) && !afterEscape(text, i)) {
      if (i < judgedRunEnd) {
        i = indexOfEyJ(text, judgedRunEnd);
        continue;
      }
      judgedRunEnd = b64RunEnd(text, i);
      if (
        judgedRunEnd >= text.length ||
        text.charCodeAt(judgedRunEnd) !== 0x2e ||
        !text.startsWith('eyJ', judgedRunEnd + 1)
      ) {
        i = indexOfEyJ(text, judgedRunEnd);
        continue;
      }
    }
    let j = b64RunEnd(text, i);
    // A `%` where the header's run ends may be a percent-encoded dot (`eyJ…%2EeyJ…`, a URL's query).
    if (j < text.length && text.charCodeAt(j) === 0x25 && escapedJwtChar(text, j) !== 0) {
      const t = percentEncodedToken(text, i);
      if (t !== null) {
        found.push(t);
        i = indexOfEyJ(text, t.end);
        continue;
      }
    }
    // A header under 10 characters starts no token (`eyJ.<token>`, a stray `eyJ` before one), and the next
    // `eyJ` may start one: the scan goes on from there, having read only this short header.
    if (j - i < MIN_HEADER) {
      i = indexOfEyJ(text, i + 3);
      continue;
    }
    let segments = 1;
    let partStart = i;
    /** A part so far was written in base64, not base64url (padded, or with `+` or `/`). */
    let base64 = false;
    for (;;) {
      if (segments > 1) j = b64RunEnd(text, j);
      // At the text's end nothing below applies (and no read goes past it).
      if (j >= text.length) break;
      // A part in standard base64 (`+`, `/`: an encoder that used the wrong alphabet, WSO2's backend JWT) goes on
      // over them where a dot follows it (the header, the payload), or, for the last part, where the parts before
      // it were base64 too; a `/` after a token in a URL (`…sig/orders`) is the URL's.
      // Each run of standard base64 is judged once (a later start inside it is not extended), so `eyJa+eyJa+…` stays
      // linear.
      const c = text.charCodeAt(j);
      if ((c === 0x2b || c === 0x2f) && j >= judgedStandardEnd && (segments < 3 || base64)) {
        const end = standardRunEnd(text, j);
        judgedStandardEnd = end;
        if (standardPart(text, partStart, end, segments >= 3)) {
          j = end;
          base64 = true;
        }
      }
      // Base64 padding after a part (`…fQ==.eyJ…In0=.…gg==`): the AWS ALB's `x-amzn-oidc-data` and WSO2's
      // backend JWT are written so. It is the token's (malformed: a JWS omits it), not the text after it.
      if (j < text.length && text.charCodeAt(j) === 0x3d) {
        const k = paddingEnd(text, partStart, j);
        if (k > j) base64 = true;
        j = k;
      }
      // "..." is an ellipsis mask, not empty segments: it is picked up as a trailing marker below.
      if (
        j < text.length &&
        text.charCodeAt(j) === 0x2e &&
        segments < MAX_SEGMENTS &&
        (j + 1 === text.length || text.charCodeAt(j + 1) !== 0x2e)
      ) {
        segments++;
        j++;
        partStart = j;
        continue;
      }
      break;
    }
    let raw = text.slice(i, j);
    // A sentence's full stop after a complete token is not a fourth segment.
    if (segments === 4 && raw.endsWith('.')) {
      raw = raw.slice(0, -1);
      segments = 3;
      j--;
    } else if (segments >= 4) {
      // Nor is the next sentence glued to that full stop (`…sig.Then it fails`): a JWS has three parts and
      // a word of letters after them is prose. A JWE (its header has `enc`) keeps all its parts.
      const third = nthDot(raw, 3);
      if (isWord(raw, third + 1, nthDot(raw, 4)) && joseHeaderKind(raw.slice(0, raw.indexOf('.'))) === 'jws') {
        j = i + third;
        raw = raw.slice(0, third);
        segments = 3;
      }
    }
    const marker = trailingMask(text, j, raw.endsWith('.'));
    let end = j;
    if (marker !== null && (raw.endsWith('.') || segments >= 2)) {
      raw += marker;
      end = j + marker.length;
    }
    if (segments >= 2) {
      // A token found from its payload on (its header lost, after a dot) is never a look-alike: its
      // first part is claims.
      const mapbox = mapboxToken(text, i);
      const lookalike =
        mapbox || ((i === 0 || text.charCodeAt(i - 1) !== 0x2e) && isDataHeader(raw.slice(0, raw.indexOf('.'))));
      if (mapbox && text.charCodeAt(i - 3) === 0x70 /* p */ && marker === null)
        found.push({ raw, start: i, end, lookalike: true, public: true });
      else found.push(lookalike ? { raw, start: i, end, lookalike } : { raw, start: i, end });
    }
    i = indexOfEyJ(text, Math.max(end, i + 3));
  }
  // A JWT base64-encoded again (`ZXlK…`, a Kubernetes Secret's `.data.token`): one native search, then each run read.
  if (text.includes(WRAPPED_JWT_START)) wrappedTokens(text, found);
  return found;
}

/**
 * A Mapbox access token from its payload on: `pk.`, `sk.` or `tk.` (public, secret, temporary) as a word of its own before
 * a payload that opens `{"u":"` (docs.mapbox.com/api/accounts/tokens, "Token format": the first part is that literal,
 * the second a base64url JSON object with the account's `u`; `pk.eyJ1Ijoi…` in mapbox/mapbox-gl-native#5733,
 * apache/superset#20035's `sk.eyJ1Ijoi…`). Mapbox looks it up itself: masked like any token, never judged as a JWT
 * (a missing `alg` would call it malformed).
 */
function mapboxToken(text: string, i: number): boolean {
  if (i < 3 || text.charCodeAt(i - 1) !== 0x2e || !text.startsWith('eyJ1Ijoi', i)) return false;
  const kind = text.charCodeAt(i - 3);
  if ((kind !== 0x70 && kind !== 0x73 && kind !== 0x74) || text.charCodeAt(i - 2) !== 0x6b) return false;
  // A word of its own: after a non-token character, or after a percent-encoded one (`access_token=%3Cpk.eyJ…`).
  return (
    i === 3 || !isBase64url(text.charCodeAt(i - 4)) || (i >= 6 && /^%[0-9A-Fa-f]{2}$/.test(text.slice(i - 6, i - 3)))
  );
}

/** Whether `value` is a Mapbox public token whole (`pk.` and its `{"u":"` payload, mapboxToken's shape): no secret. */
export function isMapboxPublicToken(value: string): boolean {
  return value.startsWith('pk.eyJ1Ijoi') && /^pk\.[\w-]+\.[\w-]+$/.test(value);
}

/** The longest remnant of a header looked back over (a JOSE header is a few hundred characters at most). */
const MAX_CUT_HEADER = 1024;

/**
 * Where the rest of a header whose first characters a copy lost (`yJhbGciOi…J9` before `.eyJ…`, a phone's selection
 * that missed the `e`) starts, given the dot before the payload's `eyJ`; -1 when the run before the dot is no such
 * remnant. It is one when it is a word of its own (nothing glued before it, not a part after another dot), at least
 * MIN_HEADER long, does not start a header itself (`eyJ`, found before) nor come before one, and ends as a JSON
 * object's base64url does:
 * `}` leaves `9`, `0` or `Q` last, by where it falls in its group of three bytes. The token then starts there, and the
 * decoder says its start is cut off and reads its payload as the payload rather than as a header. The look back stops
 * at MAX_CUT_HEADER, and each dot's run is looked at once, so the scan stays linear.
 */
function cutHeaderStart(text: string, dot: number): number {
  const last = text.charCodeAt(dot - 1);
  if (last !== 0x39 && last !== 0x30 && last !== 0x51) return -1;
  const limit = Math.max(0, dot - MAX_CUT_HEADER);
  let k = dot - 1;
  while (k > limit && isBase64url(text.charCodeAt(k - 1))) k--;
  if (k > 0 && (isBase64url(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2e)) return -1;
  if (dot - k < MIN_HEADER || text.startsWith('eyJ', k)) return -1;
  // A header after the dot (`1779977400.eyJhbGci…`): a whole token follows a word, not a payload a header's rest.
  for (const m of JOSE_FIRST_MEMBERS) if (text.startsWith(m, dot + 1)) return -1;
  return k;
}

/**
 * JWTs base64-encoded once more (decode.ts, wrapsJwt): each `ZXlK` that starts a word begins a run of standard base64
 * (with its padding) that decodes to a JWS. Added in document order; the redactor masks them as it masks any token.
 */
function wrappedTokens(text: string, found: TokenOccurrence[]): void {
  let added = false;
  for (let i = text.indexOf(WRAPPED_JWT_START); i >= 0; i = text.indexOf(WRAPPED_JWT_START, i + 4)) {
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (isBase64url(before) || before === 0x2b || before === 0x2f) continue;
    }
    let end = standardRunEnd(text, i);
    for (let pad = 0; pad < 2 && end < text.length && text.charCodeAt(end) === 0x3d; pad++) end++;
    const raw = text.slice(i, end);
    if (wrapsJwt(raw)) {
      found.push({ raw, start: i, end });
      added = true;
    }
    i = end - 4;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

/**
 * The end of one or two `=` at `at` when they pad the part that starts at `from` to a multiple of four characters
 * and end it (`…gg==`, `…fQ==.eyJ`, `…In0=;`); `at` itself otherwise (`…xxor="invalid_token"`, `…abc=value`, `===`).
 */
function paddingEnd(text: string, from: number, at: number): number {
  const n = at + 1 < text.length && text.charCodeAt(at + 1) === 0x3d ? 2 : 1;
  if (at + n < text.length) {
    const next = text.charCodeAt(at + n);
    if (next === 0x3d || isBase64url(next)) return at;
  }
  return (at + n - from) % 4 !== 0 ? at : at + n;
}

/** A run of standard base64 characters from `lastIndex` (sticky, possibly empty). */
const STANDARD_RUN = /[A-Za-z0-9+/]*/y;

/** The end of the run of standard base64 characters that starts at `at`. */
function standardRunEnd(text: string, at: number): number {
  STANDARD_RUN.lastIndex = at;
  STANDARD_RUN.test(text);
  return STANDARD_RUN.lastIndex;
}

/**
 * Whether the part that starts at `from` and goes on in standard base64 to `end` (over a `+` or `/`) is one. A header
 * or a payload (`signature` false) is, when a dot follows the run (its padding allowed) and the whole part decodes to a
 * JSON object (`…HTTP/1.1` glued to a token is no part); a signature after base64 parts (`signature` true), when the
 * run ends the word.
 */
function standardPart(text: string, from: number, end: number, signature: boolean): boolean {
  const padded = end < text.length && text.charCodeAt(end) === 0x3d ? paddingEnd(text, from, end) : end;
  if (padded >= text.length) return signature;
  if (signature) return !isBase64url(text.charCodeAt(padded));
  if (text.charCodeAt(padded) !== 0x2e || (padded + 1 < text.length && text.charCodeAt(padded + 1) === 0x2e))
    return false;
  const part = text.slice(from, end).replaceAll('+', '-').replaceAll('/', '_');
  return part.length <= MAX_DECODED_PART && decodeJsonSegment(part).ok;
}

/** The longest header or payload in standard base64 decoded to judge it (a payload with many groups is a few KB). */
const MAX_DECODED_PART = 65_536;

/**
 * Whether a percent escape (`%3D`, `%22`, or escaped twice, `%253D`) ends right before `at`: a boundary, like the
 * `=` or quote it stands for.
 */
function afterEscape(text: string, at: number): boolean {
  if (at < 3 || hexDigitValue(text.charCodeAt(at - 2)) < 0 || hexDigitValue(text.charCodeAt(at - 1)) < 0) return false;
  return (
    text.charCodeAt(at - 3) === 0x25 || (at >= 5 && text.charCodeAt(at - 5) === 0x25 && doubleEscapeAt(text, at - 5))
  );
}

/** Whether a percent escape encoded twice starts at `at`: `%25` (the `%`) and two hex digits (`%252E`). */
function doubleEscapeAt(text: string, at: number): boolean {
  return (
    at + 4 < text.length &&
    text.charCodeAt(at + 1) === 0x32 &&
    text.charCodeAt(at + 2) === 0x35 &&
    hexDigitValue(text.charCodeAt(at + 3)) >= 0 &&
    hexDigitValue(text.charCodeAt(at + 4)) >= 0
  );
}

/**
 * The JWT character a percent escape at `at` stands for (`%2E` a dot, `%2D`, `%5F`), or 0; escaped twice too
 * (`%252E`, a URL encoded again by a redirect or a proxy), whose length is then 5 (`escapeLength`).
 */
function escapedJwtChar(text: string, at: number): number {
  if (at + 2 >= text.length || text.charCodeAt(at) !== 0x25) return 0;
  const k = doubleEscapeAt(text, at) ? at + 2 : at;
  const hi = hexDigitValue(text.charCodeAt(k + 1));
  const lo = hexDigitValue(text.charCodeAt(k + 2));
  if (hi < 0 || lo < 0) return 0;
  const c = hi * 16 + lo;
  return c === 0x2e || c === 0x2d || c === 0x5f ? c : 0;
}

/** The length of the escape at `at` that `escapedJwtChar` decoded: 3, or 5 when it is escaped twice. */
function escapeLength(text: string, at: number): number {
  return doubleEscapeAt(text, at) ? 5 : 3;
}

/**
 * A token pasted percent-encoded from `i`, as a URL carries one that an encoder escaped "aggressively" (WOPI's
 * `access_token=eyJ…%2EeyJ…%2E…`, `%2D` and `%5F` in the signature): decoded into `raw`, its offsets those of the
 * encoded text. Null when it is no token (a header under 10 characters, one part).
 */
function percentEncodedToken(text: string, i: number): TokenOccurrence | null {
  let raw = '';
  let from = i;
  let segments = 1;
  let j = i;
  let headerEnd = -1;
  let lastEscape = -1;
  for (;;) {
    j = b64RunEnd(text, j);
    const c = escapedJwtChar(text, j);
    if (c === 0) break;
    if (c === 0x2e) {
      if (segments >= MAX_SEGMENTS) break;
      segments++;
    }
    raw += text.slice(from, j) + String.fromCharCode(c);
    if (c === 0x2e && headerEnd < 0) headerEnd = raw.length - 1;
    lastEscape = j;
    j += escapeLength(text, j);
    from = j;
  }
  raw += text.slice(from, j);
  if (segments < 2 || headerEnd < MIN_HEADER) return null;
  // An escaped full stop after a whole token is no fourth part.
  if (segments === 4 && raw.endsWith('.')) {
    raw = raw.slice(0, -1);
    j = lastEscape;
  }
  const marker = trailingMask(text, j, raw.endsWith('.'));
  const end = marker === null ? j : j + marker.length;
  if (marker !== null) raw += marker;
  return isDataHeader(raw.slice(0, headerEnd)) ? { raw, start: i, end, lookalike: true } : { raw, start: i, end };
}

/** Offset of the n-th dot (1-based) in `s`, or its length when there are fewer. */
function nthDot(s: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = s.indexOf('.', at + 1);
    if (at < 0) return s.length;
  }
  return at;
}

/** [from, to) is a word of 1–40 ASCII letters. */
function isWord(s: string, from: number, to: number): boolean {
  if (to <= from || to - from > 40) return false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** JOSE header parameters (RFC 7515 §4.1, RFC 7516 §4.1) and registered claims (RFC 7519 §4.1). */
// biome-ignore format: a word list reads best packed
const JOSE_OR_CLAIM = new Set([
  'alg', 'enc', 'typ', 'cty', 'kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'crit', 'zip',
  'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti',
]);

/** Longest first part decoded to tell a token from base64 JSON data; a longer one is taken for a token. */
const MAX_DECODED_HEADER = 4096;

/**
 * What a token's first part decodes to: a JWS or JWE header, base64 JSON `data` with no JOSE parameter
 * and no registered claim, or `other` (does not decode to a JSON object, too long, or claims).
 */
export function joseHeaderKind(segment: string): 'jws' | 'jwe' | 'data' | 'other' {
  if (segment.length > MAX_DECODED_HEADER) return 'other';
  // A first part in base64 (`…fQ==`, `…+…`: the finder keeps them) is read as base64url: a padded cursor is data still.
  const decoded = decodeJsonSegment(
    /[+/=]/.test(segment) ? segment.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_') : segment,
  );
  if (!decoded.ok) return 'other';
  const o = decoded.value;
  if (typeof o.enc === 'string') return 'jwe';
  if (typeof o.alg === 'string') return 'jws';
  for (const key of Object.keys(o)) if (JOSE_OR_CLAIM.has(key)) return 'other';
  return 'data';
}

/**
 * base64url of `{"alg"`, `{"enc"`, `{"typ"`, `{"kid"`, how nearly every JOSE header starts. A first part
 * starting so decodes, if to JSON at all, to an object with that parameter: never base64 JSON `data`.
 */
const JOSE_FIRST_MEMBERS = ['eyJhbGci', 'eyJlbmMi', 'eyJ0eXAi', 'eyJraWQi'];

/** `joseHeaderKind(segment) === 'data'`, without decoding the usual JOSE header. */
export function isDataHeader(segment: string): boolean {
  for (let k = 0; k < JOSE_FIRST_MEMBERS.length; k++)
    if (segment.startsWith(JOSE_FIRST_MEMBERS[k] as string)) return false;
  return joseHeaderKind(segment) === 'data';
}

/**
 * Whether a value holds a JWT-shaped string (one `findTokensInText` finds). For the adapters, which
 * refuse a token typed where an expected issuer, audience or file name goes, and never quote it back.
 */
export function holdsToken(text: string): boolean {
  return indexOfEyJ(text) >= 0 && findTokensInText(text).length > 0;
}

/** The longest key name read before a token (`"access_token": "`, `id_token=`). */
const MAX_KEY = 24;

/**
 * The name a token is the value of, lower-cased: `"id_token": "eyJ…"` (JSON, a Python dict),
 * `access_token=eyJ…` (a form or a fragment), `refresh_token: eyJ…` (YAML, a log); null when none.
 * Reads back at most a key's length from the token's start.
 */
export function keyBefore(text: string, start: number): string | null {
  let i = start - 1;
  const floor = Math.max(0, start - MAX_KEY - 8);
  // No read before the text's start (see trailingMask): there the answer is null.
  if (i < 0) return null;
  const quote = text.charCodeAt(i);
  if (quote === 0x22 || quote === 0x27) i--;
  while (i >= floor && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return null;
  const sep = text.charCodeAt(i);
  if (sep !== 0x3a && sep !== 0x3d) return null;
  i--;
  if (i < 0) return null;
  while (i >= floor && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  const close = text.charCodeAt(i);
  if (close === 0x22 || close === 0x27) i--;
  const end = i + 1;
  while (i >= floor) {
    const c = text.charCodeAt(i);
    const word = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (!word && c !== 0x5f && c !== 0x2d) break;
    i--;
  }
  return end - (i + 1) > 0 && end - (i + 1) <= MAX_KEY ? text.slice(i + 1, end).toLowerCase() : null;
}

/** Keys whose token is not the one an API is called with (OAuth token responses, OIDC callbacks). */
const NOT_FOR_APIS = new Set(['id_token', 'idtoken', 'refresh_token', 'refreshtoken', 'logout_token']);
const FOR_APIS = new Set(['access_token', 'accesstoken']);

/**
 * The token a paste with no Authorization header is about: the first credential, except that an OAuth
 * token response names its tokens, and the access token is the one the API was called with; an ID or
 * refresh token beside it is not (diagnosing it as "an ID token sent to the API" would be wrong).
 * `opaqueAccessToken`: the paste's token response has an access token that is no JWT, so when only ID
 * or refresh tokens are JWTs, none of them is the one: undefined.
 */
export function pickTextToken(
  text: string,
  tokens: readonly TokenOccurrence[],
  opaqueAccessToken = false,
): TokenOccurrence | undefined {
  let first: TokenOccurrence | undefined;
  let firstForApis: TokenOccurrence | undefined;
  for (const t of tokens) {
    if (t.lookalike === true) continue;
    if (first === undefined) first = t;
    const key = keyBefore(text, t.start);
    if (key === null) {
      if (firstForApis === undefined) firstForApis = t;
      continue;
    }
    if (FOR_APIS.has(key)) return t;
    if (!NOT_FOR_APIS.has(key) && firstForApis === undefined) firstForApis = t;
  }
  return firstForApis ?? (opaqueAccessToken ? undefined : first);
}
