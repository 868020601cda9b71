/**
 * RFC 6750 §3.1 and RFC 6749 §5.2 error codes written outside a body or a challenge:
 * - a log line's field: logfmt as Go's and Ruby's structured loggers write it (`level=warn msg="auth failed"
 *   error=invalid_token error_description="Token expired"`), `error: insufficient_scope` as YAML-ish logs and printed
 *   exceptions do (`OAuth error: invalid_grant`);
 * - the writer's own report of the answer, beside its status on the same line (`API says 403 insufficient_scope`,
 *   `HTTP 401: invalid_token`), after a verb that reports it (`refresh token seems to fail with invalid_grant`, `Will
 *   get invalid_grant here.`), or a line that is the code alone.
 *
 * The codes are the protocol's registered values (lower case, with an underscore), which prose does not use for
 * anything else; a code inside a JSON object, a printed object or a form-encoded answer is theirs to read
 * (parse/error-bodies.ts), and one in a WWW-Authenticate field the challenge parser's.
 * The server's words for it, when the line gives them (`error_description=…`, `scope=…`), come with it. No `via`: no
 * product said it in its own shape, and the catalogue words it as the protocol's `error="…"`.
 */
import type { JsonObjectSpan } from './json-spans.js';

/** What a code's line states, as parse/error-bodies.ts's StatedError has it (the kind is one of its OAuth codes). */
export interface LoggedError {
  kind: string;
  description: string | null;
  scope: string | null;
  start: number;
  end: number;
  /** The line is a challenge's value (`Bearer realm="api", error="…"`) under a field name cut or misspelt. */
  challengeValue: boolean;
}

/** What each code begins with; each holds a `_`, which codeStarts looks for. */
const PREFIXES = ['invalid_', 'insufficient_', 'unauthorized_client', 'unsupported_grant_type', 'use_dpop_nonce'];
/** Occurrences looked at, at most (a log of thousands of refusals says the same thing each time). */
const MAX_LOOKS = 200;
const MAX_ERRORS = 8;
/** How far back on its line a key or a status is looked for, and forward a description or scope. */
const BACK = 200;
const AHEAD = 1200;

/** The keys a log writes an error code under (`error=`, `err:`, `error_code=`, `oauth_error=`). */
const KEYS: ReadonlySet<string> = new Set(['error', 'err', 'error_code', 'errorcode', 'oauth_error', 'error_type']);
/**
 * A status the writer states standing alone (`403`, `(401)`, `HTTP 401:`), never inside a number or a time, and the
 * code close after it with no sentence between (`403 insufficient_scope`, `401 Unauthorized - invalid_token`, `403
 * with insufficient_scope`): "401 and I think the API wants insufficient_user_authentication" is a guess.
 */
const STATUS_THEN = /(?:^|[\s(（[=/"'、])40[13](?=$|[\s)）\],.、。:!;"'-])[^.?!;。？]{0,24}$/;
/**
 * The same with a 400, before invalid_grant only: a token endpoint answers it with 400 (RFC 6749 §5.2, "The
 * authorization server responds with an HTTP 400 (Bad Request) status code … invalid_grant"), so "the token refresh
 * fails with 400 invalid_grant" reports the endpoint's answer. A 400 beside an API's codes (invalid_token,
 * insufficient_scope: RFC 6750 gives them 401 and 403) is no such pair.
 */
const STATUS_400_THEN = /(?:^|[\s(（[=/"'、])400(?=$|[\s)）\],.、。:!;"'-])[^.?!;。？]{0,24}$/;
/**
 * A challenge field on the line (`WWW-Authenticate: …`, `Proxy-Authenticate`): the challenge parser's to read. A
 * challenge's value copied without its name (`Bearer realm="api", error="invalid_token"`, as devtools' value column
 * gives it) is read here, as its `error=` field.
 */
const CHALLENGE = /authenticate/i;
/** A challenge's scheme and parameters before the code (`Bearer realm="api", error=`). */
const CHALLENGE_VALUE = /\b(?:bearer|dpop)\s+[a-z_]{1,30}=/i;
const DESCRIPTION =
  /\berror_description\s?[=:]\s?(?:"((?:[^"\\\n]|\\.){0,1000})"|'([^'\n]{0,1000})'|([^\s,;&"']{1,400}))/;
/**
 * A description the line ends inside, its closing quote lost (a log line or a message cut short: okta/okta-oidc-android#78,
 * `error_description="An error occurred while attempting to decode the Jwt: … no matching key(s) found` and no more),
 * matched against the line's end with its trailing blanks gone: read as its start, as parse/error-bodies.ts reads a
 * body's (CUT_DESCRIPTION).
 */
const CUT_DESCRIPTION = /\berror_description\s?[=:]\s?"((?:[^"\\\n]|\\.){1,1000})$/;
/**
 * Where Guzzle cut the response body its exception quotes (guzzle/psr7 Message::bodySummary: the first 120 bytes, then
 * ` (truncated...)`), the exception's own words going on after it on the same line: `… resulted in a `401 Unauthorized`
 * response: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the
 * secret being se (truncated...) in /…/RequestException.php:113 Stack trace: #0 …` (krizalys/onedrive-php-sdk#113). The
 * description is read up to the mark, as a cut one.
 */
export const GUZZLE_CUT = ' (truncated...)';
const SCOPE =
  /(?:^|[\s,;&(])(?:required_)?scopes?\s?[=:]\s?(?:"([^"\n]{1,400})"|'([^'\n]{1,400})'|([^\s,;&)"']{1,200}))/;

/** Every code stated this way, in document order; `codes` are the error codes read (parse/error-bodies.ts OAUTH). */
export function readLoggedErrors(
  text: string,
  spans: readonly JsonObjectSpan[],
  codes: ReadonlySet<string>,
  formCodes: ReadonlySet<string>,
): LoggedError[] {
  const at = codeStarts(text);
  if (at.length === 0) return [];
  const out: LoggedError[] = [];
  let span = 0;
  for (const p of at) {
    if (out.length >= MAX_ERRORS) break;
    if (p > 0 && isJoined(text.charCodeAt(p - 1))) continue;
    let end = p;
    while (end < text.length && end - p < 40 && isCodeChar(text.charCodeAt(end))) end++;
    if (end < text.length && isAlnum(text.charCodeAt(end))) continue;
    const code = text.slice(p, end);
    if (!codes.has(code)) continue;
    // A code inside a parsed object is the object's (its `error` member, or words in its message, which say nothing).
    while (span < spans.length && (spans[span] as JsonObjectSpan).end <= p) span++;
    if (span < spans.length && (spans[span] as JsonObjectSpan).start <= p) continue;
    // The line around the code, looked at only within BACK and AHEAD: a megabyte-long line costs no more.
    const from = Math.max(0, p - BACK);
    let before = text.slice(from, p);
    const nlBefore = before.lastIndexOf('\n');
    if (nlBefore >= 0) before = before.slice(nlBefore + 1);
    let after = text.slice(end, end + AHEAD);
    const nlAfter = after.indexOf('\n');
    if (nlAfter >= 0) after = after.slice(0, nlAfter);
    const wholeLine = (nlBefore >= 0 || from === 0) && (nlAfter >= 0 || end + AHEAD >= text.length);
    if (CHALLENGE.test(before)) continue;
    const key = keyBefore(before);
    let start: number;
    if (key !== null && key.sign === ':' && key.quoted && before.includes('{')) {
      // `{ error: 'invalid_token', … }`: a printed object (parse/error-bodies.ts reads it) or an object literal in
      // code (`res.status(401).json({ error: … })`), which states nothing.
      continue;
    } else if (key !== null) {
      // `error=invalid_client` after a blank or `&` is a form-encoded answer's, which parse/error-bodies.ts reads
      // with the verifier rows' judgement of its description.
      if (key.sign === '=' && formCodes.has(code)) continue;
      start = p - before.length + key.at;
    } else if (
      statusJustBefore(before, after, code) ||
      reportedJustBefore(before, after) ||
      (wholeLine && aloneOnLine(before, after))
    ) {
      start = p;
    } else {
      continue;
    }
    const d = DESCRIPTION.exec(after);
    const s = code === 'insufficient_scope' ? SCOPE.exec(after) : null;
    // The line's end is only known when the slice reached it: a longer line was cut by AHEAD, not by the paste. Guzzle's
    // mark ends the body it quoted wherever it stands on the line.
    const guzzle = d === null ? after.indexOf(GUZZLE_CUT) : -1;
    let cut =
      guzzle >= 0
        ? CUT_DESCRIPTION.exec(after.slice(0, guzzle).trimEnd())
        : d === null && (nlAfter >= 0 || end + AHEAD >= text.length)
          ? CUT_DESCRIPTION.exec(after.trimEnd())
          : null;
    // A token after the open quote is a paste run together, not the server's words.
    if (cut?.[1]?.includes('eyJ') === true) cut = null;
    const description =
      d !== null
        ? (d[1]?.replace(/\\(.)/g, '$1') ?? d[2] ?? d[3] ?? null)
        : cut !== null
          ? // The ellipsis says where the paste stopped, so the start is not read as the whole.
            `${(cut[1] as string).replace(/\\(.)/g, '$1').trimEnd()}…`
          : null;
    const scope = s === null ? null : (s[1] ?? s[2] ?? s[3] ?? null);
    const described = d ?? cut;
    const last = Math.max(
      described === null ? 0 : described.index + described[0].length,
      s === null ? 0 : s.index + s[0].length,
    );
    out.push({ kind: code, description, scope, start, end: end + last, challengeValue: CHALLENGE_VALUE.test(before) });
  }
  return out;
}

/**
 * Where a code may begin (a PREFIXES entry), the first MAX_LOOKS in document order. One native search for `_`, which a
 * paste holds a few of, and a look back from each: five searches of the paste, one per prefix, cost ~2 µs of a
 * diagnosis on the shipped examples, this ~0.2 µs.
 */
export function codeStarts(text: string): number[] {
  const at: number[] = [];
  for (let u = text.indexOf('_'); u >= 0 && at.length < MAX_LOOKS; u = text.indexOf('_', u + 1)) {
    const p = prefixEndingAt(text, u);
    if (p >= 0) at.push(p);
  }
  return at;
}

/** Where the PREFIXES entry whose first `_` is at `u` begins, or -1. */
function prefixEndingAt(text: string, u: number): number {
  switch (text.charCodeAt(u - 1)) {
    case 0x64 /* d */:
      if (u >= 7 && text.startsWith('invalid', u - 7)) return u - 7;
      if (u >= 12 && text.startsWith('unauthorized_client', u - 12)) return u - 12;
      if (u >= 11 && text.startsWith('unsupported_grant_type', u - 11)) return u - 11;
      return -1;
    case 0x74 /* t */:
      return u >= 12 && text.startsWith('insufficient', u - 12) ? u - 12 : -1;
    case 0x65 /* e */:
      return u >= 3 && text.startsWith('use_dpop_nonce', u - 3) ? u - 3 : -1;
    default:
      return -1;
  }
}

/** codeStarts as a search for each prefix: the plain formulation, which the fast path is tested against. */
export function codeStartsByScan(text: string): number[] {
  const at: number[] = [];
  for (const prefix of PREFIXES) for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) at.push(i);
  return at.sort((a, b) => a - b).slice(0, MAX_LOOKS);
}

/** The writer reports the status and this code together, and does not ask (a question's code is a guess). */
function statusJustBefore(before: string, after: string, code: string): boolean {
  const status = STATUS_THEN.test(before) || (code === 'invalid_grant' && STATUS_400_THEN.test(before));
  return status && !after.includes('?') && !after.includes('？');
}

/**
 * A verb that reports the answer right before the code, as a chat message or an issue's first lines do: `refresh token
 * seems to fail with invalid_grant`, `I always get invalid_grant when doing a refresh_token` and `Will get invalid_grant
 * here.` (DuendeArchive/IdentityServer4#1784), `the API returns invalid_token`, `getting an insufficient_scope error`.
 * Receiving and failing are the writer's own report whatever follows; `returns` and its kind are a documentation's
 * words too (`returns invalid_grant when the refresh token has expired`), so a condition after the code turns them
 * into a description of the protocol. A question, a guess or a negation before it in the sentence is no report
 * (GUESSED).
 */
const REPORTED =
  /\b(?:(fail(?:s|ed|ing)? with|gets?|got|getting|receiv(?:e|es|ed|ing)|seeing|(?:return|throw|respond|answer)(?:s|ed|ing)?(?: with)?)(?: (?:an?|the))?) ?["'`“]?$/i;
/** What a documentation's sentence goes on with after the code it describes. */
const CONDITION_AFTER = /^["'`”]?\s?(?:error\s)?(?:when|if|whenever|for|on|unless)\b/i;
/** Words earlier in the sentence that make the code a guess, a question, an expectation or a denial. */
const GUESSED =
  /\b(?:if|whether|should|would|could|might|may|maybe|perhaps|expect(?:s|ed|ing)?|supposed|instead|rather|not|never|no longer|how|why|what|does|do)\b|n't/i;

/** The Japanese report puts the verb after the code: 「invalid_grant が返ってきます」「invalid_grantエラーになる」. */
const REPORTED_JA = /^["'`」』]?\s?(?:エラー|が(?:返|出|発生)|に(?:なり|なる|なっ)|と(?:返|表示|言われ))/;

function reportedJustBefore(before: string, after: string): boolean {
  if (after.includes('?') || after.includes('？')) return false;
  if (REPORTED_JA.test(after)) return true;
  const m = REPORTED.exec(before);
  if (m === null) return false;
  const verb = (m[1] as string).toLowerCase();
  if (/^(?:return|throw|respond|answer)/.test(verb) && CONDITION_AFTER.test(after)) return false;
  // The sentence the verb stands in: from the last full stop, semicolon or line start before it.
  const head = before.slice(0, m.index);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('。'));
  return !GUESSED.test(head.slice(stop + 1));
}

/**
 * The key the code is the value of, when the text before it ends with one (`error=`, `error: "`, `err='`): where it
 * starts in `before` and its separator. Null when the code follows anything else.
 */
function keyBefore(before: string): { at: number; sign: string; quoted: boolean } | null {
  let k = before.length;
  const quote = before.charCodeAt(k - 1);
  const quoted = quote === 0x22 || quote === 0x27;
  if (quoted) k--;
  while (k > 0 && before.charCodeAt(k - 1) === 0x20) k--;
  const sign = before[k - 1];
  if (sign !== '=' && sign !== ':') return null;
  k--;
  while (k > 0 && before.charCodeAt(k - 1) === 0x20 && sign === ':') k--;
  const keyEnd = k;
  while (k > 0 && (isAlnum(before.charCodeAt(k - 1)) || before.charCodeAt(k - 1) === 0x5f)) k--;
  // `"error":` outside a parsed object: a body cut short, read by parse/error-bodies.ts's printed-object reader.
  const open = k > 0 ? before.charCodeAt(k - 1) : -1;
  if (open === 0x22 || open === 0x27) return null;
  if (k > 0 && isJoined(open)) return null;
  return KEYS.has(before.slice(k, keyEnd).toLowerCase()) ? { at: k, sign, quoted } : null;
}

function isCodeChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** The line holds the code and nothing but quotes, backticks, a full stop and blanks around it. */
function aloneOnLine(before: string, after: string): boolean {
  return before.length + after.length < 20 && `${before}${after}`.replace(/[`"'.\s]/g, '') === '';
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A character that joins the code to a longer name before it (`service.invalid_token`, `/invalid_grant`). */
function isJoined(c: number): boolean {
  return isAlnum(c) || c === 0x5f || c === 0x2e || c === 0x2d || c === 0x2f;
}
