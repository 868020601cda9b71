import { hash } from 'node:crypto';
import { escapeRegExp } from '../literals.js';
import { readCutObject } from './cut-payload.js';

/**
 * Reads a credential string (what follows `Bearer `, or a JWT found in text) into a typed shape.
 *
 * The rules are findings.md's "Masked is not malformed": a first part that decodes to a JOSE header
 * with `alg` makes it a JWT whatever happened to the signature; `token.opaque` is a credential with no
 * decodable JOSE header at all; JWT-shaped strings whose parts do not decode are malformed.
 */
export type CredentialShape =
  /** `sample`: the credential is a documentation's or a test's stand-in for a JWT (`abc.def.ghi`), see isSampleJwt. */
  | { kind: 'masked'; marker: string; sample?: true }
  | { kind: 'opaque' }
  | {
      kind: 'malformed';
      reason: MalformedReason;
      header: JsonObject | null;
      payload: JsonObject | null;
      /**
       * A payload that ends early (the token's last part, decoding to the start of a JSON object): the members whole
       * before the cut. Claims after the cut are unknown, so none is ever missing from it (cut-payload.ts).
       */
      cut?: JsonObject;
      /**
       * The token ends inside its first part (`eyJhbGciOiJQUzI1NiIsInR5cCI6IkpX`): `header` holds the members whole
       * before the cut, `alg` among them; any after it are unknown.
       */
      headerCut?: true;
    }
  | { kind: 'jwe'; header: JsonObject }
  | {
      kind: 'jws';
      header: JsonObject;
      /** null when the payload is masked or does not decode (see payloadState). */
      payload: JsonObject | null;
      payloadState: 'ok' | 'masked' | 'not-json';
      signature: 'present' | 'masked' | 'absent';
    };

export type MalformedReason =
  | 'segments'
  | 'header-base64'
  | 'header-json'
  | 'header-no-alg'
  | 'payload-base64'
  | 'payload-json'
  | 'standard-base64'
  /** Base64url with `=` padding on a part, and no other defect: JWTs leave padding out (RFC 7515 §2). */
  | 'padding'
  /** The whole JWT base64-encoded once more (a Kubernetes Secret's `.data.token`): decoding it once gives the JWT. */
  | 'base64-wrapped'
  /**
   * The end of a payload and its dot, and nothing after (`eTc3OTk4MDk0MH0.`): the token's start (its header and the
   * payload's beginning) and its signature were cut off, so no part of it can be read.
   */
  | 'payload-tail';

export type JsonObject = Record<string, unknown>;

export interface DecodedCredential {
  /** The credential as pasted, paste artefacts undone. Secret: never output. */
  raw: string;
  shape: CredentialShape;
  /** `sha256:` + 8 hex digits. */
  fingerprint: string;
  /** Mask markers seen in it (`***`, `<redacted>`, `…`). */
  maskMarkers: string[];
  /** The signature part when present and unmasked. Secret: never output. */
  signature: string | null;
  /**
   * How many characters of `raw`, from its start, decoding found to be base64url parts and the dots between them
   * (the header and the payload it decoded, and the signature it took for one), 0 when it did not get that far: a
   * scanner told so need not look for words there (verifier-messages/scan.ts, findCandidates).
   */
  tokenChars: number;
}

/** The markers people use for masked values (lower-case). Exported for the fast-path test's reference. */
export const MASK_PATTERNS = [
  '***',
  '…',
  '...',
  '[redacted]',
  '<redacted>',
  '(redacted)',
  '{redacted}',
  'redacted',
  '[hidden]',
  '<hidden>',
  '[masked]',
  '<masked>',
  '[removed]',
  '<removed>',
  '<snip>',
  '[snip]',
  '<signature>',
  '[signature]',
  '<sig>',
  '<token>',
  '[token]',
  '<jwt>',
  '<access_token>',
  '<access-token>',
  'your_token',
  'your-token',
  'your_access_token',
  'xxxx',
  '****',
];

/**
 * Whole credentials that are a person's stand-in for the token, not a token: the word itself, or x's too few for the
 * `xxxx` marker. Compared whole and case-blind, so a token merely containing one is untouched.
 */
const STAND_IN_WORDS: ReadonlySet<string> = new Set([
  'token',
  'jwt',
  'x',
  'xx',
  'xxx',
  'access_token',
  'accesstoken',
  'access-token',
  'id_token',
  'jwt_token',
  'jwttoken',
  'mytoken',
  'my_token',
  'my-token',
  'yourtoken',
  'token_here',
  'tokenhere',
]);

/** Words in square or angle brackets, as a person writes them in place of a token (`[token returned by …]`). */
const BRACKETED_STAND_IN = /^(?:\[[A-Za-z_-]{1,60}\]|<[A-Za-z_-]{1,60}>)$/;
/** What such words stand for: a token (`<your token>`, `[access token here]`), a JWT. */
const STAND_IN_NOUN = /token|jwt/i;

const startsWithLetter = (m: string): boolean => /^[a-z]/.test(m);

/**
 * Whether any of the patterns that start with a letter (`redacted`, `your_token`, `xxxx`…) occurs, in any
 * case: one pass over the value as it is, since lower-casing a whole token cost three times the search.
 * It must find what a search of `value.toLowerCase()` finds: the one character outside ASCII that
 * lower-cases to a letter of these patterns is the Kelvin sign (U+212A → k), which a non-unicode `i`
 * regex does not fold, so it is listed beside `k` (İ → i̇ is the other, and no pattern has an i).
 */
const WORD_MASKS = new RegExp(
  MASK_PATTERNS.filter(startsWithLetter)
    .map((m) => escapeRegExp(m).replaceAll('k', '[k\u212a]'))
    .join('|'),
  'i',
);

/** The first characters of the other patterns (`*`, `…`, `.`, brackets). */
const MASK_FIRST_CHARACTERS = [...new Set(MASK_PATTERNS.filter((m) => !startsWithLetter(m)).map((m) => m.charAt(0)))];

/** The bit standing for "WORD_MASKS matched"; bit i stands for MASK_FIRST_CHARACTERS[i] occurring. */
const WORD_BIT = 1 << MASK_FIRST_CHARACTERS.length;

/**
 * Each pattern with the bit that must be set for it to be searched for, worked out once, and whether it
 * holds a letter: one without (`***`, `…`, `...`) is found in the value as it is, lower-cased or not.
 */
const MASK_SEARCH: ReadonlyArray<{ pattern: string; bit: number; cased: boolean }> = MASK_PATTERNS.map((pattern) => ({
  pattern,
  bit: startsWithLetter(pattern) ? WORD_BIT : 1 << MASK_FIRST_CHARACTERS.indexOf(pattern.charAt(0)),
  cased: /[a-z]/.test(pattern),
}));

/** The mask markers inside a string, lower-cased. */
export function findMaskMarkers(value: string): string[] {
  const found: string[] = [];
  // A pattern is searched for only when it can occur: when its first character does (most start with a
  // bracket, which a token does not contain), or for those that start with a letter (which every token
  // does), when the one regex over all of them matches. A one-character search or that regex is a fast
  // native scan; searching for each longer pattern in turn was several times slower. The first characters
  // are no letters, so the value as it is holds them where its lower-cased copy does; that copy is made
  // only when a pattern with letters is to be searched for (a `h.p.***` token needs none).
  let present = WORD_MASKS.test(value) ? WORD_BIT : 0;
  for (let i = 0; i < MASK_FIRST_CHARACTERS.length; i++)
    if (value.includes(MASK_FIRST_CHARACTERS[i] as string)) present |= 1 << i;
  if (present !== 0) {
    let lower: string | null = null;
    for (let i = 0; i < MASK_SEARCH.length; i++) {
      const { pattern, bit, cased } = MASK_SEARCH[i] as { pattern: string; bit: number; cased: boolean };
      if ((present & bit) === 0) continue;
      if (cased) lower ??= value.toLowerCase();
      if ((cased ? (lower as string) : value).includes(pattern)) found.push(pattern);
    }
  }
  return markVariable(value, markBracketedWords(value, markWholeMask(value, dropMixedCaseX(value, found))));
}

/**
 * A value that is one mask character and nothing else: .NET's HttpClient logging writes a redacted header's value as
 * `*` (dotnet/runtime, Microsoft.Extensions.Http HttpHeadersLogValue: `secureHeader1: *`), OkHttp's
 * HttpLoggingInterceptor as `██` (square/okhttp, HttpLoggingInterceptor.logHeader after redactHeader). Too short for
 * the patterns above (a lone `*` inside a token is no mask), they are a mask only when they are the whole value.
 */
function markWholeMask(value: string, found: string[]): string[] {
  if (found.length > 0 || value.length === 0 || value.length > 8) return found;
  const c = value.charCodeAt(0);
  if (c !== 0x2a && c !== 0x2588) return found;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== c) return found;
  found.push(value);
  return found;
}

/**
 * `xxxx` masks in one case (`xxxx`, `XXXX`); a random token or signature holds `xXxX` now and then (about one
 * signature in three thousand), which no one types as a mask: found case-insensitively, it is kept only in one case.
 */
function dropMixedCaseX(value: string, found: string[]): string[] {
  const at = found.indexOf('xxxx');
  if (at < 0 || value.includes('xxxx') || value.includes('XXXX')) return found;
  found.splice(at, 1);
  return found;
}

/**
 * A bracketed phrase standing for the whole token: `[token returned by onSuccess]` (react-native-linkedin#80's curl),
 * `<your access token>`, `{id token}`. Words, not a credential: letters, blanks, `_` and `-` only, no digit (a token
 * of this length has some), inside one pair of brackets that opens and closes the value.
 */
const BRACKETED_WORDS =
  /^(?:\[[A-Za-z][A-Za-z _-]{2,80}\]|<[A-Za-z][A-Za-z _-]{2,80}>|\{[A-Za-z][A-Za-z _-]{2,80}\}|\([A-Za-z][A-Za-z _-]{2,80}\))$/;

function markBracketedWords(value: string, found: string[]): string[] {
  if (found.length > 0 || value.length > 84 || !BRACKETED_WORDS.test(value)) return found;
  found.push(`${value.charAt(0)}…${value.charAt(value.length - 1)}`);
  return found;
}

/**
 * A variable left unexpanded as the whole credential: `$TOKEN`, `${TOKEN}` (a shell's, a template literal's), `{$token}`
 * or `{$this->token}` (PHP's, which a single-quoted string keeps as written: guzzle/guzzle#1333's `'Bearer {$myToken}'`),
 * `#{token}` (Ruby's, kept the same way by single quotes), `%TOKEN%` (cmd.exe's, which PowerShell and POSIX shells send
 * as written).
 */
export const UNEXPANDED_VARIABLE =
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\$[A-Za-z_][\w>-]{0,63}\}|#\{@?[A-Za-z_][\w.]{0,63}\}|%[A-Za-z_][A-Za-z0-9_]{0,63}%)$/;

function markVariable(value: string, found: string[]): string[] {
  if (UNEXPANDED_VARIABLE.test(value)) found.push('$variable');
  return found;
}

function isBase64UrlChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/** A character outside the base64url alphabet. */
const NOT_BASE64URL = /[^A-Za-z0-9_-]/;

/** Non-empty, a possible base64url length, and only base64url characters (a regex scan: a JavaScript character loop is about three times slower). */
export function isBase64Url(s: string): boolean {
  if (s.length === 0 || s.length % 4 === 1) return false;
  return !NOT_BASE64URL.test(s);
}

/** A segment made only of mask characters (`xxxxxxxx`, `XXXX`, `****`), which base64url would accept. */
function isMaskSegment(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x78 && c !== 0x58 && c !== 0x2a && c !== 0x2e) return false;
  }
  return true;
}

/** Decodes one base64url segment to a JSON object; null when it is not one. */
export function decodeJsonSegment(
  segment: string,
): { ok: true; value: JsonObject } | { ok: false; why: 'base64' | 'json' } {
  if (!isBase64Url(segment)) return { ok: false, why: 'base64' };
  const text = Buffer.from(segment, 'base64url').toString('utf8');
  if (text.charCodeAt(0) !== 0x7b /* { */) return { ok: false, why: 'json' };
  // An object ends with `}` (blanks after it allowed): checked before JSON.parse, whose throw costs ~10 µs.
  let last = text.length - 1;
  while (last > 0 && (text.charCodeAt(last) <= 0x20 || text.charCodeAt(last) === 0xa0)) last--;
  if (text.charCodeAt(last) !== 0x7d /* } */) return { ok: false, why: 'json' };
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return { ok: true, value: value as JsonObject };
  } catch {
    // falls through
  }
  return { ok: false, why: 'json' };
}

/** Standard base64 (RFC 4648 §4), padding allowed: linear, one character class then at most two `=`. */
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** base64url with its padding kept (RFC 4648 §5, which a JWS omits: RFC 7515 §2). */
const PADDED_BASE64URL = /^[A-Za-z0-9_-]+={1,2}$/;

/**
 * A part an encoder wrote in base64 rather than a JWS's base64url: the standard alphabet (`+`, `/`), or base64url
 * padded to a multiple of four (`…fQ==`). Both alphabets mixed (`…_x/y`) is no encoder's output.
 */
function isBase64Part(segment: string): boolean {
  return STANDARD_BASE64.test(segment) || (segment.length % 4 === 0 && PADDED_BASE64URL.test(segment));
}

/**
 * A part that `decodeJsonSegment` refused for its alphabet, read as base64 anyway (padded, or `+` and `/`): a
 * malformed token's header and claims are still its own, and judged (the AWS ALB's padded `x-amzn-oidc-data`).
 */
function decodeBase64Segment(segment: string): JsonObject | null {
  if (!isBase64Part(segment) || segment.replace(/=+$/, '').length % 4 === 1) return null;
  const text = Buffer.from(segment, 'base64').toString('utf8');
  if (text.charCodeAt(0) !== 0x7b /* { */) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

/** Whether a part holds what base64 has and base64url lacks: padding, `+` or `/`. */
function hasBase64Only(segment: string): boolean {
  return segment.includes('=') || segment.includes('+') || segment.includes('/');
}

/**
 * The claims of the JWT nested in a payload when the header's `cty` says there is one (`JWT`, any case, `application/`
 * optional: RFC 7519 §5.2): the payload decodes to a JWS whose own payload is a JSON object. Null otherwise.
 */
function nestedClaims(cty: string, payloadPart: string): JsonObject | null {
  const lower = cty.toLowerCase();
  if (lower !== 'jwt' && lower !== 'application/jwt') return null;
  const inner = Buffer.from(payloadPart, 'base64url').toString('latin1');
  if (!DECODED_JWS.test(inner)) return null;
  const dot = inner.indexOf('.');
  const innerHeader = decodeJsonSegment(inner.slice(0, dot));
  if (!innerHeader.ok || !isJoseHeader(innerHeader.value)) return null;
  const claims = decodeJsonSegment(inner.slice(dot + 1, inner.indexOf('.', dot + 1)));
  return claims.ok ? claims.value : null;
}

/** What `eyJ` (every JWT's start) becomes when the JWT is base64-encoded again. */
export const WRAPPED_JWT_START = 'ZXlK';
/** A JWS after one base64 decoding: a JOSE header and a payload, a signature or not. */
const DECODED_JWS = /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\s*$/;

/**
 * Whether an opaque value is a JWT base64-encoded once more (`kubectl get secret … -o jsonpath='{.data.token}'` prints
 * the Secret's data in base64: onedr0p/cluster-template#585): it starts with `ZXlK` and decodes to a JWS whose header
 * is a JOSE header. Only the verdict leaves: the decoded token is never kept.
 */
export function wrapsJwt(raw: string): boolean {
  if (!raw.startsWith(WRAPPED_JWT_START) || raw.length < 40 || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) return false;
  const inner = Buffer.from(raw, 'base64').toString('latin1');
  if (!DECODED_JWS.test(inner)) return false;
  const header = decodeJsonSegment(inner.slice(0, inner.indexOf('.')));
  return header.ok && isJoseHeader(header.value);
}

/**
 * Whether the parts' only departure from base64url is `=` padding at their ends (`eyJ…fQ==.eyJ…fQ.sig`): no `+` or
 * `/`, and `=` only trailing. Such a token was encoded with padding (or through a padding base64 encoder), not cut.
 */
function paddedOnly(parts: readonly string[]): boolean {
  let padded = false;
  for (const part of parts) {
    const body = part.replace(/=+$/, '');
    if (body.length !== part.length) padded = true;
    if (body.includes('=') || body.includes('+') || body.includes('/')) return false;
  }
  return padded;
}

/**
 * `sha256:` + the first 8 hex digits of the token's SHA-256 (UTF-8). The one-shot `hash` skips the
 * Hash object `createHash` builds; callers that name one token several times in a diagnosis go
 * through `SecretRedactor.fingerprint`, which computes it once.
 */
export function fingerprintOf(raw: string): string {
  return `sha256:${hash('sha256', raw, 'hex').slice(0, 8)}`;
}

/** A plausible signature is long base64url; `xxxx`, `sig` and other short stand-ins are masks. */
const MIN_SIGNATURE_LENGTH = 16;

function isJoseHeader(h: JsonObject): boolean {
  return typeof h.alg === 'string' || typeof h.enc === 'string';
}

/** `fingerprint` may be passed when the caller already has it (see `SecretRedactor.fingerprint`). */
export function decodeCredential(raw: string, fingerprint: string = fingerprintOf(raw)): DecodedCredential {
  const maskMarkers = findMaskMarkers(raw);
  // Every result is written out whole by `made`: a `{ ...base, shape }` spread gaining properties takes
  // V8's slow path on Node 20 (about 2 µs a property), which made it this function's costliest line.
  const made = (shape: CredentialShape, signature: string | null, tokenChars = 0): DecodedCredential => ({
    raw,
    fingerprint,
    maskMarkers,
    shape,
    signature,
    tokenChars,
  });
  // An ellipsis typed as dots (`…sig...`, `[...]`) is a mask, not empty parts.
  const ellipsis = raw.includes('...');
  const parts = splitAtDots(ellipsis ? raw.replace(/\.{3,}/g, '…') : raw);
  const first = parts[0] ?? '';
  const firstDecoded = decodeJsonSegment(first);
  const header = firstDecoded.ok && isJoseHeader(firstDecoded.value) ? firstDecoded.value : null;

  if (header === null) {
    // A header in base64, not base64url (padded, or `+` and `/`): malformed, but its header and claims are read.
    const base64Header = !firstDecoded.ok && firstDecoded.why === 'base64' && hasBase64Only(first);
    const lenient = base64Header && parts.length === 3 ? decodeBase64Segment(first) : null;
    if (lenient !== null && isJoseHeader(lenient)) {
      const payloadPart = parts[1] ?? '';
      const payloadDecoded = decodeJsonSegment(payloadPart);
      return made(
        {
          kind: 'malformed',
          reason: /[+/]/.test(raw) ? 'standard-base64' : paddedOnly(parts) ? 'padding' : 'header-base64',
          header: lenient,
          payload: payloadDecoded.ok ? payloadDecoded.value : decodeBase64Segment(payloadPart),
        },
        null,
      );
    }
    // A mask over the whole token (`eyJhbGciOi…`, `eyJ***`, `eyJhbG…Xq3k`) leaves no part to decode.
    // A payload after it (`…J9.eyJ….***`) is no whole-token mask: the header lost its start, and the claims are read.
    if (maskMarkers.length > 0 && (!first.startsWith('eyJ') || parts.length === 1) && !payloadFollows(parts)) {
      return made({ kind: 'masked', marker: maskMarkers[0] ?? '***' }, null);
    }
    // A JWT as documentation and tests write one (`abc.def.ghi`): a stand-in, as `<token>` is, never a token cut.
    if (isSampleJwt(raw)) {
      const marker = raw.toLowerCase();
      return {
        raw,
        fingerprint,
        maskMarkers: [marker],
        shape: { kind: 'masked', marker, sample: true },
        signature: null,
        tokenChars: 0,
      };
    }
    // Not a JOSE header. JWT-shaped strings (2-5 dot-separated base64-ish parts, or starting eyJ, or a second part
    // starting eyJ: a payload after a header that lost its start) are malformed JWTs; anything else is an opaque
    // reference token.
    const jwtShaped =
      first.startsWith('eyJ') ||
      (parts.length >= 3 && parts.length <= 5 && parts.every(looksLikeSegment)) ||
      (payloadFollows(parts) && looksLikeSegment(first));
    if (!jwtShaped) {
      if (wrapsJwt(raw))
        return made({ kind: 'malformed', reason: 'base64-wrapped', header: null, payload: null }, null);
      if (parts.length === 2 && parts[1] === '' && endsLikePayload(first))
        return made({ kind: 'malformed', reason: 'payload-tail', header: null, payload: null }, null);
      // A word typed where the token goes (`Bearer token`, `Bearer xxx`) stands in for it, as `<token>` does.
      if (raw.length <= 16 && STAND_IN_WORDS.has(raw.toLowerCase())) {
        const word = raw.toLowerCase();
        return {
          raw,
          fingerprint,
          maskMarkers: [word],
          shape: { kind: 'masked', marker: word },
          signature: null,
          tokenChars: 0,
        };
      }
      // A writer's bracketed words where the token goes (`Bearer [token returned by onSuccess]`,
      // xcarpentier/react-native-linkedin#80; `Bearer <your token>`), rejoined without their blanks: a token holds
      // no brackets, and the words name what they stand for.
      if (BRACKETED_STAND_IN.test(raw) && STAND_IN_NOUN.test(raw)) {
        const marker = `${raw.charAt(0)}…${raw.charAt(raw.length - 1)}`;
        return {
          raw,
          fingerprint,
          maskMarkers: [marker],
          shape: { kind: 'masked', marker },
          signature: null,
          tokenChars: 0,
        };
      }
      return made({ kind: 'opaque' }, null);
    }
    let reason: MalformedReason = firstDecoded.ok
      ? 'header-no-alg'
      : firstDecoded.why === 'base64'
        ? 'header-base64'
        : 'header-json';
    if (/[+/]/.test(raw)) reason = 'standard-base64';
    if (first.startsWith('eyJ') && parts.length === 1 && firstDecoded.ok) {
      // A base64 JSON object with no alg and no dots: a cursor or opaque token, not a JWT.
      return made({ kind: 'opaque' }, null);
    }
    if (first.startsWith('eyJ') && parts.length === 1 && reason !== 'standard-base64') {
      // Cut inside its header (a paste's or a log line's end): the start of a JOSE header whose alg came whole is a
      // JWT's, and what it read is the token's own (a cut cursor has no alg, and stays below).
      const cutHeader = cutPayload(first);
      if (cutHeader !== null && typeof cutHeader.alg === 'string' && onlyHeaderNames(cutHeader))
        return made(
          { kind: 'malformed', reason: 'header-json', header: cutHeader, payload: null, headerCut: true },
          null,
        );
    }
    const payloadDecoded = parts[1] !== undefined ? decodeJsonSegment(parts[1]) : null;
    return made(
      { kind: 'malformed', reason, header: null, payload: payloadDecoded?.ok ? payloadDecoded.value : null },
      null,
    );
  }

  // A JWE cut or masked (`header.OKOaw…`, `header..***.***.***`) is still encrypted: nothing in it is a signature.
  if (typeof header.enc === 'string' && (parts.length === 5 || maskMarkers.length > 0)) {
    return made({ kind: 'jwe', header }, null);
  }
  if (parts.length === 1 || parts.length > 3) {
    if (parts.length === 1 && maskMarkers.length > 0) {
      return made({ kind: 'jws', header, payload: null, payloadState: 'masked', signature: 'masked' }, null);
    }
    return made({ kind: 'malformed', reason: 'segments', header, payload: null }, null);
  }

  const payloadPart = parts[1] ?? '';
  const sigPart = parts[2];
  let payload: JsonObject | null = null;
  let payloadState: 'ok' | 'masked' | 'not-json' = 'ok';
  let payloadDecoded = decodeJsonSegment(payloadPart);
  const payloadAsIs = payloadDecoded.ok;
  // `header.payload…` (`...` typed): the ellipsis stands for the signature when the payload before it is whole.
  if (!payloadDecoded.ok && sigPart === undefined && payloadPart.endsWith('…')) {
    const whole = decodeJsonSegment(payloadPart.slice(0, -1));
    if (whole.ok) payloadDecoded = whole;
  }
  if (!payloadDecoded.ok && payloadDecoded.why === 'json' && typeof header.cty === 'string') {
    // A nested JWT (RFC 7519 §5.2, `cty: "JWT"`): the payload is another JWT, whose claims are the ones a verifier
    // reads once it has checked the outer signature. Read them; a nested token that does not decode stays malformed.
    const inner = nestedClaims(header.cty, payloadPart);
    if (inner !== null) payloadDecoded = { ok: true, value: inner };
  }
  if (payloadDecoded.ok) payload = payloadDecoded.value;
  else if (findMaskMarkers(payloadPart).length > 0 || isMaskSegment(payloadPart) || payloadPart === '')
    payloadState = 'masked';
  else {
    // A payload in base64, not base64url (padded, or `+` and `/`): its claims are still read.
    const lenient =
      payloadDecoded.why === 'base64' && hasBase64Only(payloadPart) ? decodeBase64Segment(payloadPart) : null;
    const reason: MalformedReason = /[+/]/.test(payloadPart)
      ? 'standard-base64'
      : payloadDecoded.why === 'base64'
        ? lenient !== null && paddedOnly(parts)
          ? 'padding'
          : 'payload-base64'
        : 'payload-json';
    // Only a payload that is the token's last part can have been cut: one a signature follows was damaged inside.
    const cut = sigPart === undefined && reason !== 'standard-base64' ? cutPayload(payloadPart) : null;
    return made(
      cut === null
        ? { kind: 'malformed', reason, header, payload: lenient }
        : { kind: 'malformed', reason, header, payload: lenient, cut },
      null,
    );
  }

  // findings.md: token.malformed is "bad base64url". A signature-length run of base64 characters with `+`, `/`
  // or padding is a signature in base64 (an encoder's mistake, the ALB's `…gg==`), not a mask: no mask uses
  // those characters. The `+`/`/`/`=` searches come first: a signature has none, and the full-match regex read
  // all of it (an RS256 signature's 342 characters: 2% of a lone signed token's context).
  if (
    sigPart !== undefined &&
    sigPart.length >= MIN_SIGNATURE_LENGTH &&
    hasBase64Only(sigPart) &&
    isBase64Part(sigPart) &&
    findMaskMarkers(sigPart).length === 0
  ) {
    return made(
      { kind: 'malformed', reason: paddedOnly(parts) ? 'padding' : 'standard-base64', header, payload },
      null,
    );
  }
  let signature: 'present' | 'masked' | 'absent';
  let signatureValue: string | null = null;
  if (sigPart === undefined || sigPart === '') signature = 'absent';
  else if (isBase64Url(sigPart) && sigPart.length >= MIN_SIGNATURE_LENGTH && !isMaskSegment(sigPart)) {
    signature = 'present';
    signatureValue = sigPart;
  } else signature = 'masked';
  // Two parts with no trailing dot, or `header.payload.` on a signed alg: the signature was removed.
  // `None`/`NONE` are unsigned too (the classic bypass tries every casing), so compare case-insensitively.
  if (signature === 'absent' && !isAlgNone(header.alg)) signature = 'masked';

  // What was decoded or checked as base64url (isBase64Url) is the header, the payload unless only its cut form
  // decoded, then the signature; they are `raw`'s own parts unless a `...` was turned into `…`.
  const tokenChars = ellipsis
    ? 0
    : !payloadAsIs
      ? first.length
      : signature === 'present'
        ? raw.length
        : first.length + 1 + payloadPart.length;
  return made({ kind: 'jws', header, payload, payloadState, signature }, signatureValue, tokenChars);
}

/**
 * The JWS and JWE header parameters RFC 7515 §4.1 and RFC 7516 §4.1 register. build-context.ts reads a bare JSON object
 * made of them only as a pasted header (`{"alg":"none"}`).
 */
export const JOSE_HEADER_PARAMETERS: ReadonlySet<string> = new Set([
  'alg',
  'enc',
  'zip',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'b64',
]);

/**
 * JOSE header parameters (IANA's registry: JOSE_HEADER_PARAMETERS, RFC 7518 §4.6-4.8, RFC 7797, RFC 8225, RFC 8555
 * §6.2) and the AWS ALB's own (signer, client, iss, exp: see token-type.ts, isAlbUserClaims). A claim name in a "header"
 * cut where its part ends (sub, aud) is a payload's: the token lost its middle, not its end, and what was read is not the
 * header.
 */
const HEADER_NAMES: ReadonlySet<string> = new Set([
  ...JOSE_HEADER_PARAMETERS,
  'ppt',
  'url',
  'nonce',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
  'signer',
  'client',
  'iss',
  'exp',
]);

function onlyHeaderNames(h: JsonObject): boolean {
  for (const k in h) if (!HEADER_NAMES.has(k)) return false;
  return true;
}

/**
 * The members a cut payload (or header) part still holds (readCutObject). A cut may leave one character of a base64 quantum
 * (`length % 4 === 1`), which encodes no byte: it is dropped. Bits of a half-decoded byte are dropped by the decoder.
 */
function cutPayload(part: string): JsonObject | null {
  const whole = part.length % 4 === 1 ? part.slice(0, -1) : part;
  if (!isBase64Url(whole) || !whole.startsWith('eyJ')) return null;
  return readCutObject(Buffer.from(whole, 'base64url').toString('utf8'));
}

/**
 * `s.split('.')`, by a native search for each dot: `split` cost ~0.2 µs on a signed token, about three times this
 * (9% of decodeCredential on the examples' tokens). Exported for the fast-path test.
 */
export function splitAtDots(s: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', from)) {
    parts.push(s.slice(from, dot));
    from = dot + 1;
  }
  parts.push(s.slice(from));
  return parts;
}

/** `alg: none` in any casing: verifiers that lower-case the header before comparing are the reason attackers try them all. */
export function isAlgNone(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

/** A second part that starts as a JSON object's base64url does (`eyJ`): a payload, whatever the first part is. */
function payloadFollows(parts: readonly string[]): boolean {
  return parts.length >= 2 && parts.length <= 3 && (parts[1] ?? '').startsWith('eyJ');
}

/** What a JSON object's last member ends with before its `}`: a string, a number, true/false, null, an array, an object. */
const JSON_VALUE_END = /["\d\]}el]\s*\}\s*$/;

/**
 * Whether a base64url run decodes to the end of a JSON object, read at each of the four offsets a cut may have left its
 * start at: a payload's tail whose beginning was cut off. Runs of fewer than eight characters (a word, an id) are
 * not read; the length is bounded, so the decode is too.
 */
function endsLikePayload(part: string): boolean {
  if (part.length < 8 || part.length > 8192 || !isBase64Url(part)) return false;
  for (let skip = 0; skip < 4; skip++) {
    const tail = part.slice(skip);
    if (tail.length % 4 === 1) continue;
    // The last two whole groups and the partial one: aligned with the tail's start, as the decoder groups it.
    const from = Math.max(0, tail.length - (tail.length % 4) - 8);
    const end = Buffer.from(tail.slice(from), 'base64url').toString('latin1');
    if (JSON_VALUE_END.test(end)) return true;
  }
  return false;
}

/** The longest part of a sample JWT: `header.payload.signature`'s. */
const SAMPLE_PART_MAX = 9;

/**
 * A JWT's stand-in as documentation and tests write it (sample-31, `Authorization: Bearer abc.def.ghi` then "Invalid
 * signature"): three parts of two to SAMPLE_PART_MAX letters, each one letter repeated (`xxx.yyy.zzz`, `aaa.bbb.ccc`)
 * or a run of the alphabet (`abc.def.ghi`), or the parts' names (`header.payload.signature`). No issuer's token looks
 * so: a JWT's first part is its JOSE header in base64url, `eyJ` and a dozen characters at least. `a.b.c`, `foo.bar.baz`
 * and a host name (`api.example.com`) are none.
 */
function isSampleJwt(raw: string): boolean {
  if (raw.length > 3 * SAMPLE_PART_MAX + 2) return false;
  const lower = raw.toLowerCase();
  if (lower === 'header.payload.signature') return true;
  const parts = lower.split('.');
  return parts.length === 3 && parts.every(isSamplePart);
}

function isSamplePart(part: string): boolean {
  if (part.length < 2 || part.length > SAMPLE_PART_MAX) return false;
  const first = part.charCodeAt(0);
  if (first < 0x61 || first > 0x7a) return false;
  let repeated = true;
  let run = true;
  for (let i = 1; i < part.length; i++) {
    const c = part.charCodeAt(i);
    repeated &&= c === first;
    run &&= c === part.charCodeAt(i - 1) + 1 && c <= 0x7a;
  }
  return repeated || run;
}

function looksLikeSegment(s: string): boolean {
  if (s.length === 0) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isBase64UrlChar(c) && c !== 0x2b && c !== 0x2f && c !== 0x3d) return false;
  }
  return true;
}
