/**
 * Parser for WWW-Authenticate / Proxy-Authenticate field values (RFC 9110 §11.6.1, §11.2, §5.6).
 *
 *   WWW-Authenticate = #challenge
 *   challenge        = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param       = token BWS "=" BWS ( token / quoted-string )
 *   token68          = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 *
 * Both the challenges and their auth-params are comma-separated, so a comma alone does not say whether
 * a new challenge starts. After a comma the next element is an auth-param when its token is followed
 * (after optional whitespace) by "=", and a new challenge otherwise: an auth-scheme is followed by
 * whitespace, a comma or the end, never by "=". Likewise, right after the scheme, a token68 is a run
 * of token68 characters that ends the element, and anything else must be an auth-param.
 *
 * A hand-written scanner over char codes: every character is looked at a bounded number of times, so
 * hostile input (a megabyte of quotes or commas) costs linear time. No regex, no recursion, no throw.
 */
import type { Challenge } from '../types.js';

/** Where parsing stopped and why. */
export interface ChallengeParseError {
  /** UTF-16 offset into the field value (its length when the input ended too early). */
  offset: number;
  /** Short English for developers, e.g. 'expected "=" after auth-param name'. */
  reason: string;
  /**
   * The reading went on past the error to the end of the value (a missing comma, an unquoted URL, a repeated
   * parameter), so no challenge was cut short by it. Absent when parsing stopped there.
   */
  recovered?: true;
}

/** The challenges read, and the error that stopped parsing, if any. */
export interface ChallengeParseResult {
  /**
   * Every challenge read. After an error, the last one may be cut short: it holds the auth-params read
   * completely before the error. A missing comma between two auth-params does not stop the reading, so
   * `Bearer error="invalid_token" error_description="…"` yields both (and the error).
   */
  challenges: Challenge[];
  error: ChallengeParseError | null;
}

const TCHAR = 1;
const TOKEN68 = 2;
const WS = 4;

/** Character classes of the ASCII range; everything at or above 0x80 is in none of them. */
const CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = TCHAR | TOKEN68;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = TCHAR | TOKEN68;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = TCHAR | TOKEN68;
for (const ch of "!#$%&'*^`|") CLASS[ch.charCodeAt(0)] = TCHAR;
for (const ch of '-._~+') CLASS[ch.charCodeAt(0)] = TCHAR | TOKEN68;
CLASS[0x2f /* / */] = TOKEN68;
// SP and HTAB are OWS. CR and LF are here too: a pasted header may still carry an obs-fold
// (CRLF followed by SP), which RFC 9112 §5.2 says to read as whitespace.
for (const ch of ' \t\r\n') CLASS[ch.charCodeAt(0)] = WS;

const COMMA = 0x2c;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A quoted-pair (RFC 9110 §5.6.4): the backslash goes, the character it escapes stays. */
const QUOTED_PAIR = /\\([\s\S])/g;

function is(c: number, cls: number): boolean {
  return c < 128 && ((CLASS[c] ?? 0) & cls) !== 0;
}

/** A visible ASCII character that may run on an unquoted value past its token: not a quote, comma, "=" or backslash. */
function isUnquotedValueChar(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== DQUOTE && c !== COMMA && c !== EQUALS && c !== BACKSLASH;
}

/** HTAB, CR and LF are tolerated inside a quoted-string for the same obs-fold reason as above. */
function isQuotedTextChar(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c !== 0x7f);
}

class Parser {
  readonly text: string;
  pos = 0;
  error: ChallengeParseError | null = null;
  /** Whether the reading reached the end of the value. */
  complete = false;

  constructor(text: string) {
    this.text = text;
  }

  /** Char code at `i`, or -1 past the end (so comparisons need no bounds check). */
  at(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  skip(from: number, cls: number): number {
    let i = from;
    while (is(this.at(i), cls)) i++;
    return i;
  }

  fail(offset: number, expected: string): false {
    const c = this.at(offset);
    let reason = expected;
    // Name the real culprit when it is a character that can never appear there.
    if (c >= 0x80) reason = 'non-ASCII character outside a quoted-string';
    else if (c >= 0 && (c < 0x20 || c === 0x7f) && !is(c, WS)) reason = 'control character outside a quoted-string';
    // A missing comma read past earlier (see authParam) stays the error reported: it came first.
    this.error ??= { offset, reason };
    return false;
  }

  parse(): Challenge[] {
    const challenges: Challenge[] = [];
    // The challenge that a following `, name=value` element belongs to: one whose scheme was followed
    // by whitespace and that holds auth-params (or an empty auth-param list). null after a token68 or a
    // bare scheme, where a further auth-param would have no scheme to belong to.
    let open: Challenge | null = null;

    for (;;) {
      // #rule: empty elements and surrounding OWS are allowed (RFC 9110 §5.6.1.2).
      while (is(this.at(this.pos), WS) || this.at(this.pos) === COMMA) this.pos++;
      if (this.pos >= this.text.length) {
        this.complete = true;
        return challenges;
      }

      const start = this.pos;
      const nameEnd = this.skip(start, TCHAR);
      if (nameEnd === start) {
        this.fail(start, open ? 'expected auth-scheme or auth-param' : 'expected auth-scheme');
        return challenges;
      }

      if (this.at(this.skip(nameEnd, WS)) === EQUALS) {
        if (!open) {
          this.fail(start, orphanParamReason(challenges.at(-1)));
          return challenges;
        }
        if (!this.authParam(open)) return challenges;
        continue;
      }

      // A new challenge. Its scheme must end at whitespace, a comma or the end: `Bearér` is no `Bear`.
      const next = this.at(nameEnd);
      if (next !== -1 && next !== COMMA && !is(next, WS)) {
        this.fail(nameEnd, 'expected whitespace or "," after auth-scheme');
        return challenges;
      }
      const challenge: Challenge = { scheme: this.text.slice(start, nameEnd), params: emptyParams(), token68: null };
      // Pushed before its parameters are read, so an error in them still reports the scheme.
      challenges.push(challenge);
      open = null;
      this.pos = this.skip(nameEnd, WS);
      const first = this.at(this.pos);
      // A bare scheme (`Negotiate`, `Newauth, Basic …`) ends its challenge.
      if (this.pos === nameEnd || first === -1) continue;
      if (first === COMMA) {
        // `Basic , realm="foo"`: the scheme and its space are there, the auth-param list starts empty.
        open = challenge;
      } else if (!this.token68(challenge)) {
        if (!this.authParam(challenge)) return challenges;
        open = challenge;
      }
    }
  }

  /**
   * Reads a token68 at `pos` when one is there: a run of token68 characters and "="s that ends the
   * element. `abc=` at the end is a token68; `abc=def` or `abc =` are the start of an auth-param.
   */
  token68(challenge: Challenge): boolean {
    const start = this.pos;
    let end = this.skip(start, TOKEN68);
    if (end === start) return false;
    while (this.at(end) === EQUALS) end++;
    const after = this.skip(end, WS);
    const c = this.at(after);
    if (c !== -1 && c !== COMMA) return false;
    challenge.token68 = this.text.slice(start, end);
    this.pos = after;
    return true;
  }

  /** Reads the list element `name BWS "=" BWS value` at `pos` into the challenge. */
  authParam(challenge: Challenge): boolean {
    const start = this.pos;
    const nameEnd = this.skip(start, TCHAR);
    if (nameEnd === start) return this.fail(start, 'expected token68 or auth-param after auth-scheme');
    let i = this.skip(nameEnd, WS);
    if (this.at(i) !== EQUALS) return this.fail(i, 'expected "=" after auth-param name');
    i = this.skip(i + 1, WS);

    let value: string | null;
    if (this.at(i) === DQUOTE) {
      value = this.quotedString(i);
      if (value === null) return false;
    } else {
      this.pos = this.skip(i, TCHAR);
      if (this.pos === i) return this.fail(i, 'expected token or quoted-string after "="');
      // An unquoted URL is no token (`:` and `/` are not tchar), yet Azure Storage sends one: `Bearer
      // authorization_uri=https://login.microsoftonline.com/<tenant>/oauth2/authorize
      // resource_id=https://storage.azure.com`. The error is recorded, and the value read on to the next whitespace
      // or comma, so the parameters after it (an `error`) are not lost.
      if (isUnquotedValueChar(this.at(this.pos))) {
        this.error ??= { offset: this.pos, reason: 'unquoted value is not a token' };
        while (isUnquotedValueChar(this.at(this.pos))) this.pos++;
      }
      value = this.text.slice(i, this.pos);
    }

    // Token characters are ASCII, so toLowerCase is the case-insensitive fold RFC 9110 §11.2 asks for.
    const name = knownName(this.text.slice(start, nameEnd).toLowerCase());
    // A repeated parameter is ambiguous (RFC 9110 §11.2: each name MUST occur once per challenge): keep the first,
    // the one most clients act on, and record the error (`error="invalid_token", error="foo"` loses the second
    // silently otherwise); the reading goes on, as after a missing comma.
    if (challenge.params[name] === undefined) challenge.params[name] = value;
    else this.error ??= { offset: start, reason: `auth-param "${name}" repeated in one challenge` };

    // The element must end here: `a="x" b="y"` (no comma) is not a list of two auth-params. AWS API
    // Gateway's JWT authorizer writes exactly that (`Bearer scope="" error="invalid_token" …`): the
    // error is recorded, and the auth-params after it are read on, so its `error` is not lost.
    const end = this.pos;
    this.pos = this.skip(end, WS);
    const after = this.at(this.pos);
    if (after !== -1 && after !== COMMA) {
      if (this.pos > end && this.startsAuthParam(this.pos)) {
        this.error ??= { offset: this.pos, reason: 'expected "," after auth-param' };
        return true;
      }
      return this.fail(this.pos, 'expected "," after auth-param');
    }
    return true;
  }

  /** Whether an auth-param (`token BWS "="`) starts at `i`. */
  startsAuthParam(i: number): boolean {
    const nameEnd = this.skip(i, TCHAR);
    return nameEnd > i && this.at(this.skip(nameEnd, WS)) === EQUALS;
  }

  /**
   * Reads the quoted-string whose opening quote is at `open`, undoing quoted-pairs; leaves `pos` after it. The pairs
   * are undone once, by one native replace over the value: appending the text between them piece by piece built a
   * string of a million one-character parts for a pasted `\"\"\"…`, and the garbage collector took most of a
   * diagnosis past 1 MB.
   */
  quotedString(open: number): string | null {
    const text = this.text;
    let pairs = false;
    for (let i = open + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === DQUOTE) {
        this.pos = i + 1;
        const value = text.slice(open + 1, i);
        return pairs ? value.replace(QUOTED_PAIR, '$1') : value;
      }
      if (c === BACKSLASH) {
        if (i + 1 >= text.length) break;
        pairs = true;
        i++;
        // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ): the escaped character is kept as is.
        if (isQuotedTextChar(text.charCodeAt(i))) continue;
      } else if (isQuotedTextChar(c)) {
        continue;
      }
      this.error ??= { offset: i, reason: 'control character in quoted-string' };
      return null;
    }
    this.error ??= { offset: open, reason: 'unterminated quoted-string' };
    return null;
  }
}

/** Why an auth-param cannot belong to the challenge before it. */
function orphanParamReason(previous: Challenge | undefined): string {
  if (!previous) return 'auth-param without an auth-scheme before it';
  if (previous.token68 !== null) return 'auth-param after a token68';
  // `Basic, realm="foo"`: without whitespace after it, the scheme ends its challenge (1*SP is required).
  return 'auth-param after an auth-scheme that has no space before ","';
}

/**
 * The parameter names nearly every challenge has, as the literals V8 keeps interned: a name sliced from the field value
 * is a new string, and reading and setting a property by it made V8 look it up in its string table first (the line
 * `params[name]` was a sixth of parsing the examples' challenges; this took parseChallenges from ~0.86 to ~0.78 µs a
 * value). Any other name is used as it is.
 */
function knownName(name: string): string {
  switch (name) {
    case 'error':
      return 'error';
    case 'error_description':
      return 'error_description';
    case 'realm':
      return 'realm';
    case 'scope':
      return 'scope';
    case 'error_uri':
      return 'error_uri';
    default:
      return name;
  }
}

/**
 * The prototype of every challenge's params: an empty object with no prototype of its own, frozen, so a params record
 * inherits nothing (no `constructor`, no `__proto__` accessor) and no one can give it anything to inherit.
 */
const NOTHING_INHERITED: object = Object.freeze(Object.create(null));

/** A record that inherits nothing, so a parameter named `__proto__` or `constructor` is just a parameter. */
function emptyParams(): Record<string, string> {
  // Not `Object.create(null)`, which V8 makes a dictionary: every store, read and copy of one then went
  // through hashing. `Object.create` of an object keeps fast properties, from a map V8 caches on that prototype;
  // `Object.setPrototypeOf({}, null)`, as before, did too, but each call changed an object's prototype on V8's slow
  // path (~2x the time; it was ~0.4% of a diagnosis on the examples).
  return Object.create(NOTHING_INHERITED) as Record<string, string>;
}

/** The one misspelling of WWW-Authenticate's name whose value is read as the challenge (build-context.ts). */
export const MISNAMED_CHALLENGE = 'www-authentication';

/**
 * Parses one WWW-Authenticate (or Proxy-Authenticate) field value into its challenges
 * (RFC 9110 §11.6.1, §11.2, §5.6).
 *
 * Schemes are kept as written; auth-param names are lower-cased, quoted-string values unescaped, and of
 * a repeated parameter the first is kept (and the repetition is the error). Parsing stops at the first syntax error
 * (but reads on past a missing comma between auth-params, an unquoted value that is no token and a repeated
 * parameter, and then marks the error `recovered`): `error` then says where, and `challenges` holds what was read.
 * Never throws; linear in the input's length.
 */
export function parseChallenges(fieldValue: string): ChallengeParseResult {
  const parser = new Parser(fieldValue);
  const challenges = parser.parse();
  if (parser.error !== null && parser.complete) parser.error.recovered = true;
  return { challenges, error: parser.error };
}
