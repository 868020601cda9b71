/**
 * The shape of a row in the verifier-message tables, and the small readers rows use to pull values
 * (an expected audience, a kid, a timestamp) out of the text that follows or precedes a match.
 *
 * Rows are data: `family('pyjwt')('ExpiredSignatureError', 'time.expired', 'ExpiredSignatureError', CLASS)`.
 * Readers only ever see a bounded window around the match (one line, a few hundred characters), so
 * their regexes cost nothing on a large paste.
 */

import type { VerifierArgs } from '../verifier-messages.js';
import type { RowCode } from './row-codes.js';

/**
 * How stable the matched text is, which decides who names a fragment that several rows match:
 * `code` an error code (`IDX10223`, `ERR_JWT_EXPIRED`), `class` an exception class or a Go sentinel,
 * `msg` message prose, which libraries reword between versions.
 */
export type MatcherKind = 'code' | 'class' | 'msg';

/** The text around one match, original case. */
export interface Fragment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The text after the match, to the end of its line (or across lines), at most `max` characters. */
  after(max?: number, multiline?: boolean): string;
  /** The text before the match, back to the start of its line, at most `max` characters. */
  before(max?: number): string;
}

/** What a reader found: a refined code, values, or how far the message runs past the match. */
export interface Reading {
  code?: RowCode;
  args?: VerifierArgs;
  /** Characters after the match that belong to the same message (its values). */
  extend?: number;
}

export interface Matcher {
  /** `<library>.<name>`, stable: tests and callers key on it. */
  readonly id: string;
  readonly library: string;
  readonly code: RowCode;
  /** The text as the software writes it; found case-insensitively. */
  readonly text: string;
  readonly kind: MatcherKind;
  /** Values the row always carries (a reason for an ambiguous message). */
  readonly args?: VerifierArgs;
  /**
   * A generic head whose code an adjacent, more specific message replaces: PyJWT's
   * `ImmatureSignatureError` is nbf until its message says `(iat)`.
   */
  readonly refinable?: boolean;
  /**
   * A product's own words around its library's (Stream's "JWTAuth error: " before golang-jwt's "token is expired"): the
   * product said the whole message, so the hit is named for it, while the library's words still decide the code.
   */
  readonly owns?: boolean;
  /**
   * Only where the text stands as a message of its own, not inside prose: for short, common phrases.
   * `'start'` checks only where it begins, for sentinels that details follow (`token is expired by 5m`).
   */
  readonly standalone?: true | 'start';
  /** Only with exactly this case: tells apart libraries that use the same words (`Invalid signature`). */
  readonly exactCase?: boolean;
  /** Reads values; returning null rejects the match (the words were there, the message was not). */
  readonly read?: (fragment: Fragment) => Reading | null;
}

export type MatcherOptions = Partial<
  Pick<Matcher, 'kind' | 'args' | 'refinable' | 'owns' | 'standalone' | 'exactCase' | 'read'>
>;

export const CLASS = { kind: 'class' } as const satisfies MatcherOptions;
export const CODE = { kind: 'code' } as const satisfies MatcherOptions;
export const ALONE = { standalone: true } as const satisfies MatcherOptions;
export const LEADING = { standalone: 'start' } as const satisfies MatcherOptions;

/**
 * The raw text up to `back` characters before the match, across lines (Fragment.before stops at the line's start):
 * where a product's class name, host or code stands a line or more above its message.
 */
export function textBefore(f: Fragment, back: number): string {
  return f.text.slice(Math.max(0, f.start - back), f.start);
}

/** The raw text from `back` characters before the match to `ahead` after its end, across lines. */
export function textAround(f: Fragment, back: number, ahead: number): string {
  return f.text.slice(Math.max(0, f.start - back), f.end + ahead);
}

// A reader can run at every one of thousands of matches in a long paste (the bench's 1 MB paste holds ~700 "The access
// token expired"): what it asks of the whole paste is answered once a paste. The memo holds the paste only during its
// scan: matchVerifierMessages ends it (forgetPaste), so no paste, a live credential among them, stays referenced here.
let memoText: string | null = null;
const memo = new Map<string, boolean>();

/** Whether the paste holds `pattern` anywhere, asked once a paste for each `key`. */
export function pasteHolds(f: Fragment, key: string, pattern: RegExp | (() => RegExp)): boolean {
  if (f.text !== memoText) {
    memoText = f.text;
    memo.clear();
  }
  let held = memo.get(key);
  if (held === undefined) {
    held = (typeof pattern === 'function' ? pattern() : pattern).test(f.text);
    memo.set(key, held);
  }
  return held;
}

/** Ends the per-paste memo (verifier-messages.ts, at the end of each paste's scan). */
export function forgetPaste(): void {
  memoText = null;
  memo.clear();
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** Whether `name` (lower case) is written anywhere in the paste, in any case. */
export function pasteNames(f: Fragment, name: string): boolean {
  return pasteHolds(f, name, () => new RegExp(name.replace(ESCAPE, '\\$&'), 'i'));
}

/**
 * A reader for words any server could say, read only with one of `names` (lower case) written within `back`
 * characters before the match or `ahead` after it: the product named near its words. Most pastes name none of them,
 * so the paste is asked first, once (pasteNames), and the window lower-cased only where one is named.
 */
export function namedNear(back: number, ahead: number, ...names: string[]): (f: Fragment) => Reading | null {
  return (f) => {
    if (!names.some((n) => pasteNames(f, n))) return null;
    const around = textAround(f, back, ahead).toLowerCase();
    return names.some((n) => around.includes(n)) ? {} : null;
  };
}

/** A row builder for one library: ids become `<library>.<name>`. */
export function family(library: string) {
  return (name: string, code: RowCode, text: string, options: MatcherOptions = {}): Matcher => ({
    id: `${library}.${name}`,
    library,
    code,
    text,
    kind: 'msg',
    ...options,
  });
}

// ---------------------------------------------------------------------------------------------
// Readers' helpers

type LooseArgs = { [K in keyof VerifierArgs]?: VerifierArgs[K] | undefined };

/** Args without the keys whose value is missing or empty (`exactOptionalPropertyTypes`). */
export function compact(loose: LooseArgs): VerifierArgs {
  const out: VerifierArgs = {};
  if (loose.expected !== undefined && loose.expected.length > 0) out.expected = loose.expected;
  if (loose.actual) out.actual = loose.actual;
  if (loose.claim) out.claim = loose.claim;
  if (loose.kid) out.kid = loose.kid;
  if (loose.alg) out.alg = loose.alg;
  if (loose.reason) out.reason = loose.reason;
  if (loose.at) out.at = loose.at;
  if (loose.now) out.now = loose.now;
  if (loose.validFrom) out.validFrom = loose.validFrom;
  if (loose.lifetime) out.lifetime = loose.lifetime;
  if (loose.keysTried !== undefined && loose.keysTried.length > 0) out.keysTried = loose.keysTried;
  return out;
}

/** The first capture group of `re` in `s`. */
export function capture(s: string, re: RegExp): string | undefined {
  return re.exec(s)?.[1];
}

/**
 * A value a library printed, or undefined when it printed a placeholder: IdentityModel's `null`,
 * `empty` and `[PII of type '…' is hidden …]`, ASP.NET's `(null)`.
 */
export function clean(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v.startsWith('[PII')) return undefined;
  const lower = v.toLowerCase();
  return lower === 'null' || lower === '(null)' || lower === 'empty' ? undefined : v;
}

/** A printed list split on `separator`, placeholders dropped. */
export function list(value: string | undefined, separator: string | RegExp): string[] {
  if (value === undefined) return [];
  return value
    .split(separator)
    .map(clean)
    .filter((v): v is string => v !== undefined);
}

/**
 * The rest of the message: up to the end of a JSON string (an unescaped `"`), a JSON-escaped line
 * break, or the end of the line. Log lines put messages in JSON strings; prose after them is not
 * part of the message.
 */
export function messageRest(after: string): string {
  const end = after.search(/(?<!\\)"|\\[n"]/);
  return end === -1 ? after : after.slice(0, end);
}

/** A timestamp or date as printed right after the match (`… expired at 2024-05-01T10:00:00Z.`). */
export function leadingValue(after: string): string | undefined {
  const v = capture(messageRest(after), /^\s*'?([^'\s,;]+(?: \d\d:\d\d:\d\d(?: [AP]M)?)?)/);
  return v?.replace(/\.$/, '');
}

/** A row's reading of the time it printed after its words, as `at` (checks/stated-time.ts reads it). */
export function printedAt(f: Fragment): Reading {
  return { args: compact({ at: leadingValue(f.after(80)) }) };
}

const IDX_VALUE = new Map<string, RegExp>();

/**
 * A quoted value in IdentityModel's `Name: 'value'` form; PII placeholders are bracketed and may hold quotes. `Issuer`
 * is not the tail of `ValidIssuer`, which the 4.x IDX10205 prints first ("Unable to validate
 * issuer, validationParameters.ValidIssuer: '{0}' or … did not match Issuer: '{2}'", Microsoft.IdentityModel.Extensions
 * ErrorMessages.cs, the OWIN-era System.IdentityModel.Tokens.Jwt 4.x).
 */
export function idxValue(s: string, name: string): string | undefined {
  let re = IDX_VALUE.get(name);
  if (!re) {
    re = new RegExp(`(?<!Valid)${name}: '(\\[PII[^\\]]*\\]|[^']*)'`);
    IDX_VALUE.set(name, re);
  }
  const value = clean(capture(s, re));
  return value === undefined || NET_TYPE_NAME.test(value) ? undefined : value;
}

/**
 * IdentityModel 5.x and 6.x with PII hidden printed each value's type name instead of the value (`Audiences:
 * 'System.String'`, `ValidTo: 'System.DateTime'`: AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet
 * #1658, DuendeArchive/IdentityServer4#5143), a placeholder like the later `[PII of type '…' is hidden]`.
 */
const NET_TYPE_NAME = /^System(?:\.[A-Z][A-Za-z]{1,40}){1,6}$/;

/**
 * Go `%q` values at the start of `s`: one quoted string, or a slice printed as `["a" "b"]`. Callers
 * undo JSON escaping (`\"`) first, since Go errors are often logged inside JSON.
 */
export function goQuoted(s: string): { values: string[]; length: number } | undefined {
  const m = /^(?:\[((?:"(?:[^"\\]|\\.)*"\s*)*)\]|"((?:[^"\\]|\\.)*)")/.exec(s);
  if (!m) return undefined;
  const values =
    m[2] !== undefined ? [m[2]] : [...(m[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => q[1] ?? '');
  return { values, length: m[0].length };
}

const MISSING: Record<string, RowCode> = {
  exp: 'time.no-exp',
  aud: 'claim.aud-missing',
  iss: 'claim.iss-missing',
  sub: 'claim.sub-missing',
};

const VIOLATED: Record<string, RowCode> = {
  exp: 'time.expired',
  nbf: 'time.not-yet-valid',
  iat: 'time.issued-in-future',
  aud: 'claim.aud-mismatch',
  iss: 'claim.iss-mismatch',
};

/** A required claim is absent: exp/aud/iss/sub have codes of their own, the rest share one. */
/**
 * `reading` with the characters its message runs on after the match (Reading.extend), set on the reading itself, which
 * is a fresh object (claimMissing's, claimViolated's). Not `{ ...reading, extend }`: on Node 20 a spread copy that then
 * gains a property takes V8's slow path (~0.9 µs, against ~0.01 µs), as merge.ts and decode.ts found.
 */
export function extending(reading: Reading, extend: number): Reading {
  reading.extend = extend;
  return reading;
}

export function claimMissing(claim: string, reason?: string): Reading {
  const name = claim.trim();
  return { code: MISSING[name] ?? 'claim.required-missing', args: compact({ claim: name, reason }) };
}

/**
 * A claim's value was rejected. For sub, jti, nonce and custom claims there is no mismatch code;
 * `claim.required-missing` with reason `mismatch` is the nearest ("the value the verifier requires
 * is not in the token").
 */
export function claimViolated(claim: string): Reading {
  const name = claim.trim();
  const code = VIOLATED[name];
  return code
    ? { code, args: { claim: name } }
    : { code: 'claim.required-missing', args: { claim: name, reason: 'mismatch' } };
}
