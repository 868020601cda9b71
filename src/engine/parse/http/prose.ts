/**
 * Statuses in prose: "the API returns 401 Unauthorized", "got a 401", "401エラーになる", "403 が返る",
 * an access log's `"GET /x HTTP/1.1" 401`. A number counts only when it stands alone and the line
 * carries a cue; quantities, versions, paths, times and issue numbers do not.
 */

import { isJwtChar } from '../../token/chars.js';
import {
  indexOfByTail,
  isAsciiAlnum,
  isAsciiLetter,
  isBlankChar,
  isDigit,
  skipBlanks,
  startsWithCI,
  threeDigits,
} from './chars.js';
import { addStatus, type Collector } from './collect.js';
import { matchReason, reasonAt } from './status.js';
import {
  endsWithJaPrefix,
  indexByFirstChar,
  isKnownCode,
  isMethod,
  isNumberName,
  isStatusKey,
  isUnit,
  PROSE_CUES,
  startsWithJaCounter,
} from './vocabulary.js';

const CUES = indexByFirstChar(PROSE_CUES);

/**
 * The characters a cue starts with, one byte per UTF-16 unit: hasCue looks each character of a line up here before
 * the Map, which most characters (all but a few dozen) are not in. A Map lookup per character was a seventh of
 * reading a Japanese prose line.
 */
const CUE_STARTS = new Uint8Array(0x10000);
for (const first of CUES.keys()) CUE_STARTS[first] = 1;

/**
 * The first two characters (lower case) of the cues that start with two ASCII characters, as `first << 7 | second`:
 * hasCue tries the words starting with an ASCII letter only where the next character goes on like one of them. Prose
 * is mostly letters that start some cue (`r`, `s`, `e`, `g`…), and trying each of their words at every such letter was
 * about an eighth of reading a prose line with a status (`reporting service gets 401 Unauthorized from the API`: 2.19 →
 * 1.93 µs alone). A first character that starts a cue of one character, or one whose second character is past ASCII,
 * is not gated.
 */
const CUE_PAIRS = new Uint8Array(0x4000);
const UNGATED = new Uint8Array(0x80);
for (const cue of PROSE_CUES) {
  const first = cue.charCodeAt(0);
  if (first >= 0x80) continue;
  const second = cue.length > 1 ? cue.charCodeAt(1) : 0x80;
  if (second >= 0x80) UNGATED[first] = 1;
  else CUE_PAIRS[(first << 7) | second] = 1;
}

const MAX_PROSE_PER_LINE = 4;

/**
 * Records the statuses the prose line [p, end) mentions: standalone known codes, when the line also
 * carries a cue (a reason phrase, "status", "HTTP", "error", "returns", "got", "エラー", "返る", …). In JSON
 * lines a number that is itself a JSON value (`"status": 401`, `"401"`) is left to the JSON reader.
 */
export function readProse(
  c: Collector,
  hints: ProseHints,
  p: number,
  end: number,
  line: number,
  jsonLine: boolean,
): void {
  const text = c.text;
  // Every status below is three digits in a row: a line without them is done.
  if (!hints.digits.within(p, end)) return;
  // An access log's line states its status in one place, right after the request; the other numbers on it
  // (bytes, durations, ports, a prefix's PID) are not statuses, whatever they look like.
  if (readAccessLog(c, hints, p, end, line)) return;
  p = afterSyslogHeader(text, p, end);
  const state: ProseState = { cue: undefined, found: 0, query: null, tables: hints.tables };
  // Runs of exactly three digits, found by a regex (a native scan, about three times faster than testing
  // each character in JavaScript). A digit right outside the line would make the line's first or last
  // run look longer than the loop's: then the loop decides.
  if ((p > 0 && isDigit(text.charCodeAt(p - 1))) || (end < text.length && isDigit(text.charCodeAt(end)))) {
    readProseByLoop(c, p, end, line, jsonLine, state);
    return;
  }
  // The regex runs over the line alone (a slice is a view, not a copy): from `p` over the whole text it
  // would search past the line's end, and every line would scan the rest of the paste.
  const lineText = text.slice(p, end);
  const re = THREE_DIGITS;
  re.lastIndex = 0;
  while (re.test(lineText)) {
    const j = p + re.lastIndex;
    if (!statusAt(c, p, j - 3, j, end, line, jsonLine, state)) break;
  }
  re.lastIndex = 0;
}

/**
 * Where an RFC 5424 syslog line's message starts: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD`, optionally
 * after an octet count (Heroku's log drains, `83 <40>1 … web.1 - …`). Its PROCID is a process id (`orders 401 - -`),
 * never a status. `p` itself when the line is not one.
 */
function afterSyslogHeader(text: string, p: number, end: number): number {
  let i = p;
  while (i < end && i - p < 6 && isDigit(text.charCodeAt(i))) i++;
  if (i > p) {
    if (text.charCodeAt(i) !== 0x20) return p;
    i++;
  }
  if (text.charCodeAt(i) !== 0x3c) return p;
  const pri = i + 1;
  i = pri;
  while (i < end && i - pri < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === pri || text.charCodeAt(i) !== 0x3e || text.charCodeAt(i + 1) !== 0x31 || text.charCodeAt(i + 2) !== 0x20) {
    return p;
  }
  // Past the five fields after the version, then the structured data when it is `-`.
  i += 3;
  for (let field = 0; field < 5; field++) {
    const space = text.indexOf(' ', i);
    if (space < 0 || space >= end) return p;
    i = space + 1;
  }
  return text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20 ? i + 2 : i;
}

/** A run of exactly three digits (no digit either side). */
const THREE_DIGITS = /(?<![0-9])[0-9]{3}(?![0-9])/g;

interface ProseState {
  /** Whether the line carries a cue: looked for once, at the first known code. */
  cue: boolean | undefined;
  /** The paste's markdown tables looked up so far (tableColumn). */
  tables: TableHeaders;
  found: number;
  /** The last query lookup on this line (see inUrlQuery), or null. */
  query: QueryLookup | null;
}

/** readProse's reference form: every run of digits in [p, end), by a character loop. */
function readProseByLoop(
  c: Collector,
  p: number,
  end: number,
  line: number,
  jsonLine: boolean,
  state: ProseState,
): void {
  const text = c.text;
  let i = p;
  while (i < end) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    if (j - i === 3 && !statusAt(c, p, i, j, end, line, jsonLine, state)) return;
    i = j;
  }
}

/** Records the status the three digits [i, j) stand for, if they do; false once the line is done. */
function statusAt(
  c: Collector,
  p: number,
  i: number,
  j: number,
  end: number,
  line: number,
  jsonLine: boolean,
  state: ProseState,
): boolean {
  const text = c.text;
  // The known codes first: most runs of three digits (bytes, times, ids) are none, and the test is a table
  // lookup, where standsAlone looks around the number in several ways. Both only skip the number.
  const code = threeDigits(text, i, end);
  if (!isKnownCode(code)) return true;
  if (!standsAlone(text, p, i, j, end, state) || (jsonLine && isJsonValue(text, p, i, j, end))) return true;
  // "401 instead of 403", "403じゃなくて401": the other number is named to be set aside.
  if (isContrasted(text, p, i, j, end)) return true;
  // A markdown table's cell is what its column's header names (`| Status |` over `| 401 |`; `| errors |` a count).
  const column = text.charCodeAt(p) === 0x7c ? tableColumn(c, state, p, i, j, end, line) : 'none';
  if (column === 'other') return true;
  state.cue ??= column === 'status' || isBracketedLead(text, p, i, j, end) || hasCue(text, p, end);
  if (!state.cue && !((code === 401 || code === 403) && isChatLine(text, p, i, end)) && !isRepeated(text, j, end)) {
    return false;
  }
  if (isKeyFetchStatus(text, p, i)) return true;
  // Here and below, reads stay inside the text: one past its end deoptimises the reader for good (round 28).
  const sub = j < text.length && text.charCodeAt(j) === 0x2e ? iisSubStatusEnd(text, j, end) : -1;
  const r = sub > 0 ? reasonAt(text, sub + 3, end) : reasonAt(text, j, end);
  addStatus(c, code, r.reason, 'prose', i, Math.max(r.end, j), line);
  return ++state.found < MAX_PROSE_PER_LINE;
}

/** What Envoy's JWKS fetcher writes before the status its key set's URL answered with. */
const KEY_FETCH = 'fetch pubkey [uri = ';

/**
 * Envoy's jwt_authn fetching its provider's remote JWKS logs the answer it got, `onSuccess: fetch pubkey [uri =
 * https://…/jwks.json]: response status code 503` (istio/istio#45138; envoyproxy/envoy jwks_fetcher.cc): the key set
 * URL's status, never the request's, which Envoy then refuses with its own 401 ("Jwks remote fetch is failed").
 */
function isKeyFetchStatus(text: string, p: number, i: number): boolean {
  return i - p > KEY_FETCH.length && text.slice(p, i).includes(KEY_FETCH);
}

/**
 * IIS's sub-status after the status (`HTTP Error 401.2 - Unauthorized`, `HTTP Error 403.14 - Forbidden`, its detailed
 * error page's title, KB 942043's list): a dot, one or two digits, ` - ` and the status's reason phrase, for the two
 * statuses this tool is about. Where the sub-status ends, or -1 when [j, …) is no such thing (a decimal, a version).
 */
function iisSubStatusEnd(text: string, j: number, end: number): number {
  let k = j + 1;
  while (k < end && k - j <= 2 && isDigit(text.charCodeAt(k))) k++;
  if (k === j + 1 || k - j > 3 || (k < end && isDigit(text.charCodeAt(k)))) return -1;
  if (text.charCodeAt(k) !== 0x20 || text.charCodeAt(k + 1) !== 0x2d || text.charCodeAt(k + 2) !== 0x20) return -1;
  // The status's own phrase: IIS writes `401.2 - Unauthorized`, `403.14 - Forbidden`.
  const code = text.charCodeAt(j - 1) === 0x31 ? 'unauthorized' : text.charCodeAt(j - 1) === 0x33 ? 'forbidden' : '';
  return code !== '' && text.startsWith('40', j - 3) && startsWithCI(text, k + 3, end, code) ? k : -1;
}

/** How many rows back a markdown table's header is looked for. */
const MAX_TABLE_ROWS = 500;

/**
 * Where each markdown table's header row is, looked up from its rows: the table's first line, when a delimiter row
 * (`|---|:--:|`) follows it. The last row looked up is remembered with its header, so a table's rows are walked
 * back over once in all however many of them hold a number.
 */
export class TableHeaders {
  private lastRow = -1;
  private lastHeader = -1;

  /** The line of the header of the table whose row is `line`, or -1 (no header, or `line` is the header). */
  headerOf(c: Collector, line: number): number {
    let k = line;
    while (k > 0 && k - 1 !== this.lastRow && line - k < MAX_TABLE_ROWS && isTableRow(c, k - 1)) k--;
    const header = k > 0 && k - 1 === this.lastRow ? this.lastHeader : k < line && isDelimiterRow(c, k + 1) ? k : -1;
    this.lastRow = line;
    this.lastHeader = header;
    return header;
  }
}

function isTableRow(c: Collector, li: number): boolean {
  const rec = c.lines[li];
  return rec !== undefined && c.text.charCodeAt(skipBlanks(c.text, rec.start, rec.end)) === 0x7c;
}

/** `|---|:--:|`, `| --- | --- |`: pipes, dashes, colons and blanks, a dash among them. */
function isDelimiterRow(c: Collector, li: number): boolean {
  const rec = c.lines[li];
  if (rec === undefined) return false;
  let dash = false;
  for (let k = rec.start; k < rec.end; k++) {
    const ch = c.text.charCodeAt(k);
    if (ch === 0x2d) dash = true;
    else if (ch !== 0x7c && ch !== 0x3a && !isBlankChar(ch)) return false;
  }
  return dash;
}

/** Markup around a cell's value: `**401**`, `` `401` ``, `_401_`, `~~401~~`. */
function isCellMarkup(ch: number): boolean {
  return ch === 0x2a || ch === 0x60 || ch === 0x5f || ch === 0x7e;
}

/**
 * What the markdown table cell holding the three digits [i, j) holds, by its column's header: `status` under a header
 * naming a status (`Status`, `HTTP`, `Code`, `Result`, `ステータス`), `other` under one naming a count (`errors`,
 * `count`, `#`, or a status itself: `| 401 | 403 |` over counts), `none` when the number is not a whole cell (a reason
 * phrase may follow it), the table has no header row, or the header says neither.
 */
function tableColumn(
  c: Collector,
  state: ProseState,
  p: number,
  i: number,
  j: number,
  end: number,
  line: number,
): 'status' | 'other' | 'none' {
  const text = c.text;
  let k = i;
  while (k > p && (isBlankChar(text.charCodeAt(k - 1)) || isCellMarkup(text.charCodeAt(k - 1)))) k--;
  if (text.charCodeAt(k - 1) !== 0x7c) return 'none';
  let after = reasonAt(text, j, end).end;
  while (after < end && (isBlankChar(text.charCodeAt(after)) || isCellMarkup(text.charCodeAt(after)))) after++;
  if (after < end && text.charCodeAt(after) !== 0x7c) return 'none';
  let column = 0;
  for (let m = p + 1; m < k; m++) if (text.charCodeAt(m) === 0x7c) column++;
  const name = tableHeaderName(c, state.tables, line, column);
  return name === null ? 'none' : headerKind(name);
}

/**
 * The header of the markdown table column `column` (0 for the cell after the row's first pipe) of the table whose row
 * is `line`, ASCII lower-cased, without markup and trimmed; null when the table has no header row or no such column.
 */
export function tableHeaderName(c: Collector, tables: TableHeaders, line: number, column: number): string | null {
  const text = c.text;
  const header = tables.headerOf(c, line);
  if (header < 0) return null;
  const rec = c.lines[header] as { start: number; end: number };
  let from = text.indexOf('|', rec.start) + 1;
  for (let n = 0; n < column && from > 0 && from < rec.end; n++) from = text.indexOf('|', from) + 1;
  if (from <= 0 || from >= rec.end) return null;
  let to = text.indexOf('|', from);
  if (to < 0 || to > rec.end) to = rec.end;
  let name = '';
  for (let m = from; m < to; m++) {
    const ch = text.charCodeAt(m);
    if (!isCellMarkup(ch)) name += String.fromCharCode(ch >= 0x41 && ch <= 0x5a ? ch | 0x20 : ch);
  }
  return name.trim();
}

/** Table headers whose column holds a status (lower case); a header with `status` or `ステータス` in it does too. */
// biome-ignore format: a word list reads best packed
const STATUS_HEADERS = new Set([
  'http', 'code', 'http code', 'response', 'response code', 'result', 'error', 'レスポンス', '結果', 'エラー',
]);
/** Table headers whose column holds a count or an identifier (lower case). */
// biome-ignore format: a word list reads best packed
const COUNT_HEADERS = new Set([
  '#', 'n', 'no', 'no.', 'count', 'total', 'errors', 'requests', 'calls', 'hits', 'failures', 'events', 'id', 'pr',
  'issue', 'line', 'port', 'pid', 'bytes', 'size', 'ms', '件数', '回数', '数',
]);

function headerKind(name: string): 'status' | 'other' | 'none' {
  if (name.includes('status') || name.includes('ステータス') || STATUS_HEADERS.has(name)) return 'status';
  if (COUNT_HEADERS.has(name)) return 'other';
  // A header that is a status itself (`401`, `4xx`): its column counts those answers.
  if (name.length === 3 && isDigit(name.charCodeAt(0)) && (isDigit(name.charCodeAt(2)) || name.endsWith('xx')))
    return 'other';
  return 'none';
}

/**
 * `[401] [CB_AU01] Please login.`, `[403] {"error":…}`: a status in brackets that starts the line, then a bracketed
 * error code or a JSON body, as clients print the answer they got (kintone's @kintone/rest-api-client and cli-kintone:
 * `[${status}] [${code}] ${message}`; the Elasticsearch clients' `[403] {…}`). The number leads the error it states.
 */
function isBracketedLead(text: string, p: number, i: number, j: number, end: number): boolean {
  if (i !== p + 1 || text.charCodeAt(p) !== 0x5b || text.charCodeAt(j) !== 0x5d || text.charCodeAt(j + 1) !== 0x20)
    return false;
  const next = j + 2 < end ? text.charCodeAt(j + 2) : 0;
  if (next === 0x7b) return true;
  if (next !== 0x5b) return false;
  // An error code (`CB_AU01`, `GAIA_IA02`: capitals, an underscore, digits), not a level (`[INFO]`) or a name.
  let underscore = false;
  let digit = false;
  for (let k = j + 3; k < end && k < j + 3 + MAX_CODE; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x5d) return underscore && digit;
    if (ch === 0x5f) underscore = true;
    else if (isDigit(ch)) digit = true;
    else if (ch < 0x41 || ch > 0x5a) return false;
  }
  return false;
}

/** The longest bracketed error code after a bracketed status. */
const MAX_CODE = 24;

/** The longest line read as a person's words about the failure ("Still 401.", "401 after rotating keys"). */
const CHAT_LINE_MAX = 48;

/**
 * A short line with no other number: someone in the channel saying what they see ("Still 401.", "401!!",
 * "401 again after refresh", "*401* on /v1/orders": a path segment's digits are no number). For the two codes this tool is about, that says the status without a cue;
 * a longer line, or one with other numbers (a log, a table, "401 of 500 calls"), still needs one. A property
 * whose key names the number as a count or a position (PowerShell's `ScriptLineNumber : 403`, `HistoryId = 401`)
 * holds that, not a status; other keys (`resultCode: 401`, `code: 403`) still say one.
 */
function isChatLine(text: string, p: number, i: number, end: number): boolean {
  // A token pasted on the line ("401 again, token eyJ…") is what the words are about, not more of them.
  const token = end - p > CHAT_LINE_MAX ? tokenOnLine(text, p, end) : null;
  if (end - p - (token === null ? 0 : token.end - token.start) > CHAT_LINE_MAX) return false;
  let digits = 0;
  for (let k = p; k < end; k++) {
    if (token !== null && k === token.start) {
      k = token.end - 1;
      continue;
    }
    if (!isDigit(text.charCodeAt(k))) continue;
    // Digits glued to a path segment's letters name it (`/v1/orders`, `/api/v2`): they are no other number.
    if (inPathSegment(text, p, k)) {
      while (k + 1 < end && isDigit(text.charCodeAt(k + 1))) k++;
      continue;
    }
    // A time of day says when, not what ("since 14:03 everything is 401"): its digits are not another number.
    const time = clockTimeEnd(text, k, end);
    if (time > k) {
      k = time - 1;
      continue;
    }
    // Nor is a code named to be set aside ("not a 403, it's a 401").
    const run = k === p || !isDigit(text.charCodeAt(k - 1)) ? threeDigitRunEnd(text, k, end) : -1;
    if (run > 0 && isContrasted(text, p, k, run, end)) k = run - 1;
    else digits++;
  }
  return digits === 3 && !isNumberProperty(text, p, i);
}

/** The longest line a token is looked for on by isChatLine. */
const TOKEN_LINE_MAX = 8192;

/**
 * The first JWT on the line [p, end) (`eyJ…` at a word's start, its parts and dots) with the mask after it (`***`,
 * `…`, `<redacted>`: the characters up to the next blank), or null.
 */
function tokenOnLine(text: string, p: number, end: number): { start: number; end: number } | null {
  if (end - p > TOKEN_LINE_MAX) return null;
  const at = text.slice(p, end).indexOf('eyJ');
  if (at < 0) return null;
  const start = p + at;
  if (start > p && isAsciiAlnum(text.charCodeAt(start - 1))) return null;
  let k = start;
  while (k < end && isJwtChar(text.charCodeAt(k))) k++;
  if (text.lastIndexOf('.', k - 1) < start) return null;
  while (k < end && !isBlankChar(text.charCodeAt(k))) k++;
  return { start, end: k };
}

/** The digit at `k` ends a run of letters that a `/` starts (`/v1`, `/api2`): a path segment's name. */
function inPathSegment(text: string, p: number, k: number): boolean {
  let w = k;
  while (w > p && w > k - 16 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  return w < k && w > p && text.charCodeAt(w - 1) === 0x2f;
}

/** `k + 3` when exactly three digits start at `k`, or -1. */
function threeDigitRunEnd(text: string, k: number, end: number): number {
  return threeDigits(text, k, end) >= 0 && (k + 3 >= text.length || !isDigit(text.charCodeAt(k + 3))) ? k + 3 : -1;
}

/**
 * Words right before a number that set it aside as the code not received: "returns 401 instead of 403", "401 rather
 * than 403", "not a 403", "expected 403 but got 401", Jest's `Expected: 403` over its `Received: 401`. Lower case; a
 * word is matched whole ("unexpected 401" is a 401).
 */
const CONTRAST_BEFORE = ['instead of', 'rather than', 'not', "isn't", 'expected', 'expecting'];

/** Japanese after the number: "403じゃなくて401", "403ではなく401" (not 403 but 401). */
const CONTRAST_AFTER = ['じゃなくて', 'じゃなく', 'ではなくて', 'ではなく', 'でなく'];

/**
 * The three digits [i, j) name the code the speaker did not get (CONTRAST_BEFORE, CONTRAST_AFTER): a status the
 * paste is not about, whichever order the two numbers come in.
 */
function isContrasted(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  let k = j;
  if (k < end && text.charCodeAt(k) === 0x20) k++;
  if (k < end && text.charCodeAt(k) >= 0x3000) for (const w of CONTRAST_AFTER) if (text.startsWith(w, k)) return true;
  // Back over blanks, a quote, a colon and an article: `not a 403`, `expected: 403`, `instead of "403"`. Plain loops:
  // with a closure per skip and per word, isContrasted was 7% of reading the paste `returns 401`.
  k = i;
  while (k > lineStart && isQuoteMark(text.charCodeAt(k - 1))) k--;
  k = blanksBefore(text, lineStart, k);
  if (k > lineStart && text.charCodeAt(k - 1) === 0x3a) k--;
  k = blanksBefore(text, lineStart, k);
  for (const article of ARTICLES) {
    if (k - article.length - 1 > lineStart && wordEndsAt(text, lineStart, k, article)) {
      k = blanksBefore(text, lineStart, k - article.length - 1);
      break;
    }
  }
  for (const w of CONTRAST_BEFORE) if (wordEndsAt(text, lineStart, k, w)) return true;
  return false;
}

/** The articles isContrasted steps back over, each after a blank (`not a 403`, `expected an 401`). */
const ARTICLES = ['a', 'an'];

function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60;
}

/** Where the blanks right before k (not before lineStart) begin. */
function blanksBefore(text: string, lineStart: number, k: number): number {
  while (k > lineStart && isBlankChar(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The word `lower` (lower case) ends at `at`, whole: no letter right before it. */
function wordEndsAt(text: string, lineStart: number, at: number, lower: string): boolean {
  const from = at - lower.length;
  if (from < lineStart || (from > lineStart && isAsciiLetter(text.charCodeAt(from - 1)))) return false;
  return startsWithCI(text, from, at, lower);
}

/**
 * A count of times right after the number: "401が3回", "401 x3", "401 ×3", "401 3 times" (a code seen three times, as
 * people tally retries). That says the number is something the calls got, as a cue would.
 */
function isRepeated(text: string, j: number, end: number): boolean {
  let k = j;
  while (k < end && isBlankChar(text.charCodeAt(k))) k++;
  const ja = k < text.length && text.charCodeAt(k) === 0x304c; /* が */
  if (ja) k++;
  const mark = k < text.length ? text.charCodeAt(k) : -1;
  if (!ja && (mark === 0x78 || mark === 0xd7) && k + 1 < text.length && isDigit(text.charCodeAt(k + 1))) {
    k += 2;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    return k >= end || !isAsciiAlnum(text.charCodeAt(k));
  }
  const digits = k;
  while (k < end && k - digits < 4 && isDigit(text.charCodeAt(k))) k++;
  if (k === digits) return false;
  if (ja) return k < text.length && text.charCodeAt(k) === 0x56de; /* 回 */
  return startsWithCI(text, k, end, ' times') && (k + 6 >= end || !isAsciiAlnum(text.charCodeAt(k + 6)));
}

/** The end of `H:MM` or `HH:MM` (then optionally `:SS`) starting at `k`, or -1: a clock time in a chat line. */
function clockTimeEnd(text: string, k: number, end: number): number {
  if (k > 0 && isDigit(text.charCodeAt(k - 1))) return -1;
  let h = k;
  while (h < end && h - k < 2 && isDigit(text.charCodeAt(h))) h++;
  let t = h;
  for (let part = 0; part < 2; part++) {
    if (t + 2 >= text.length) break;
    if (text.charCodeAt(t) !== 0x3a || !isDigit(text.charCodeAt(t + 1)) || !isDigit(text.charCodeAt(t + 2))) break;
    t += 3;
  }
  return t === h || (t < end && isDigit(text.charCodeAt(t))) ? -1 : t;
}

/** What a key ending in these words holds is a count, a position or an identifier (lower case). */
// biome-ignore format: a word list reads best packed
const NUMBER_KEY_ENDS = [
  'line', 'number', 'id', 'count', 'offset', 'length', 'size', 'port', 'pid', 'index', 'column', 'attempt', 'attempts',
  'retries',
];

/** [p, i) is `Key :` or `Key =`, one identifier whose name ends in NUMBER_KEY_ENDS. */
function isNumberProperty(text: string, p: number, i: number): boolean {
  let k = i;
  while (k > p && isBlankChar(text.charCodeAt(k - 1))) k--;
  if (k === p) return false;
  const sep = text.charCodeAt(k - 1);
  if (sep !== 0x3a && sep !== 0x3d) return false;
  k--;
  while (k > p && isBlankChar(text.charCodeAt(k - 1))) k--;
  const keyEnd = k;
  while (k > p && (isAsciiAlnum(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x5f)) k--;
  if (k === keyEnd || keyEnd - k > 40) return false;
  const key = text.slice(k, keyEnd).toLowerCase();
  return NUMBER_KEY_ENDS.some((w) => key.endsWith(w));
}

/** Whether [p, end) holds a cue (PROSE_CUES, ASCII case ignored); exported for test/engine/fast-paths.test.ts. */
export function hasCue(text: string, p: number, end: number): boolean {
  for (let i = p; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (CUE_STARTS[c] === 0) continue;
    if (c < 0x80 && UNGATED[c] === 0) {
      let next = i + 1 < end ? text.charCodeAt(i + 1) : 0x80;
      if (next >= 0x41 && next <= 0x5a) next |= 0x20;
      if (next >= 0x80 || CUE_PAIRS[(c << 7) | next] === 0) continue;
    }
    const cues = CUES.get(c);
    if (cues === undefined) continue;
    for (const cue of cues) if (startsWithCI(text, i, end, cue)) return true;
  }
  return false;
}

/**
 * Not part of a longer number, identifier, version, path, time or quantity: rejects `401ms`, `0.401`,
 * `#4010`, `#401`, `/users/401`, `v401`, `12:401`, `1,401`, `401 ms`, and Japanese quantities and
 * ordinals (`401件`, `403回`, `第401`, `約401`); a URL's query value (`?customer=403`), a number a word
 * names as something else (`line 403` in a stack frame, `port 401`), and either end of a range
 * (`401～403`, `401〜403`, `401~403`, `401–403`, as `401-403` already is). `401s` and `403s` are the statuses' plural.
 */
function standsAlone(
  text: string,
  lineStart: number,
  i: number,
  j: number,
  end: number,
  state: ProseState | null = null,
): boolean {
  if (isSlackItalic(text, lineStart, i, j, end)) return true;
  if (isRangeEnd(text, lineStart, i, j, end) || isGutter(text, i, j, end)) return false;
  if (i > lineStart) {
    const prev = text.charCodeAt(i - 1);
    if (isAsciiAlnum(prev)) return false;
    if (prev === 0x3d && inUrlQuery(text, lineStart, i - 1, state)) return false;
    if (prev === 0x20 && afterNumberName(text, lineStart, i - 1)) return false;
    // _ . # / \ - + $ , @ % :
    if (prev === 0x5f || prev === 0x2e || prev === 0x23 || prev === 0x2f || prev === 0x5c || prev === 0x2d)
      return false;
    if (prev === 0x2b || prev === 0x24 || prev === 0x2c || prev === 0x40 || prev === 0x25) return false;
    // `StatusCode:401`, `Status:401 Unauthorized`: Go's `%+v` of an *http.Response (fmt prints a struct's fields as
    // `Name:value` with no space); after any other key (`line:401`, `port:401`) a colon's number is not a status.
    if (
      prev === 0x3a &&
      !(i - 2 >= lineStart && isAsciiLetter(text.charCodeAt(i - 2)) && keyBeforeIsStatus(text, lineStart, i - 1))
    )
      return false;
    if (endsWithJaPrefix(text, lineStart, i)) return false;
    if (prev === 0x3d && !keyBeforeIsStatus(text, lineStart, i - 1)) return false;
    if (prev === 0x5b && isSubscript(text, lineStart, i, j, end)) return false;
    if (prev === 0x2a && isNginxConnection(text, lineStart, i, j, end)) return false;
  }
  if (j >= end) return true;
  const next = text.charCodeAt(j);
  if ((next === 0x73 || next === 0x69) && isAuthWordForm(text, i, j, end)) return true;
  if (isAsciiAlnum(next) || next === 0x5f || next === 0x2f || next === 0x25 || next === 0x2d || next === 0x40) {
    return false;
  }
  // `401#401:` (nginx's error log: PID#TID), `401|api` (pm2's id|name prefix), `401µs` (Go's durations, Gin's log).
  if (next === 0x23 || next === 0xb5 || next === 0x3bc) return false;
  if (
    next === 0x7c &&
    j + 1 < end &&
    isAsciiLetter(text.charCodeAt(j + 1)) &&
    (i === 0 || text.charCodeAt(i - 1) !== 0x7c)
  ) {
    return false;
  }
  if ((next === 0x2e || next === 0x2c || next === 0x3a) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) {
    return next === 0x2e && iisSubStatusEnd(text, j, end) > 0;
  }
  if (next === 0x20)
    return !followedByUnit(text, j + 1, end) && !(j + 1 < end && startsWithJaCounter(text, j + 1, end));
  return !startsWithJaCounter(text, j, end);
}

/**
 * `401s`, `403s`, `401ing`: the plural and the verb people make of the two statuses this tool is about ("we're seeing
 * 401s from the gateway", "orders-api is 401ing since the deploy"; `403'd` reads already). A 401- or 403-second
 * duration written that way is rare beside them; other codes keep `s` as a unit.
 */
function isAuthWordForm(text: string, i: number, j: number, end: number): boolean {
  if (text.charCodeAt(i) !== 0x34 || text.charCodeAt(i + 1) !== 0x30) return false;
  const last = text.charCodeAt(i + 2);
  if (last !== 0x31 && last !== 0x33) return false;
  const suffix = text.charCodeAt(j) === 0x73 ? 1 : text.startsWith('ing', j) ? 3 : 0;
  if (suffix === 0) return false;
  const after = j + suffix < end ? text.charCodeAt(j + suffix) : 0x20;
  return !isAsciiAlnum(after) && after !== 0x5f;
}

/** How far back a URL's `?` is looked for from a query value. */
const URL_QUERY_MAX = 2048;

/**
 * A query lookup's answer and where it was decided: the `?` or the stop character found (-1 when the search ran
 * out), for the `=` at `eq`.
 */
export interface QueryLookup {
  eq: number;
  inQuery: boolean;
  at: number;
}

/**
 * The `=` at `eq` is inside a URL's query (`https://x/y?customer=403`, `?page=401&limit=100`), not `status=401`.
 * The lookups of one line come left to right: the walk back stops at the previous lookup's `=` and reuses its answer
 * when the character that decided it is within this lookup's reach, so a line of many query values (`a=401&a=401…`)
 * is walked once rather than up to URL_QUERY_MAX characters per value. The answers are the plain walk's.
 */
export function inUrlQuery(
  text: string,
  lineStart: number,
  eq: number,
  state: { query: QueryLookup | null } | null = null,
): boolean {
  const stop = Math.max(lineStart, eq - URL_QUERY_MAX);
  const last = state?.query ?? null;
  const floor = last !== null && last.eq < eq && last.eq >= stop ? last.eq : stop - 1;
  let answer: QueryLookup | null = null;
  for (let k = eq - 1; k > floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3f) {
      answer = { eq, inQuery: true, at: k };
      break;
    }
    if (isBlankChar(c) || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x28 || c === 0x5b || c === 0x60) {
      answer = { eq, inQuery: false, at: k };
      break;
    }
  }
  if (answer === null) {
    // Walked down to the previous `=` (not itself decisive): its answer holds if what decided it is within reach.
    answer =
      last !== null && floor === last.eq && last.at >= stop
        ? { eq, inQuery: last.inQuery, at: last.at }
        : { eq, inQuery: false, at: -1 };
  }
  if (state !== null) state.query = answer;
  return answer.inQuery;
}

/** The word before the blank at `blank` names the number as something else (`line 403`: NUMBER_NAMES). */
function afterNumberName(text: string, lineStart: number, blank: number): boolean {
  let k = blank;
  while (k > lineStart && k > blank - 8 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k === blank || (k > lineStart && isAsciiLetter(text.charCodeAt(k - 1)))) return false;
  return isNumberName(text.slice(k, blank).toLowerCase()) && !endsUrl(text, lineStart, k);
}

/**
 * The word ending at `wordStart`'s run is the tail of a URL (`POST https://x/rest/v1/tasks?on_conflict=user_id 401
 * (Unauthorized)`, the browser console's line for a failed call): a query value or a path's last segment, which names
 * nothing after the blank. Walks back to the run's start only: runs are disjoint, so a line is walked once in all.
 */
function endsUrl(text: string, lineStart: number, wordStart: number): boolean {
  let k = wordStart;
  while (k > lineStart && !isBlankChar(text.charCodeAt(k - 1))) k--;
  for (let c = k + 1; c + 2 < wordStart; c++)
    if (text.charCodeAt(c) === 0x3a && text.charCodeAt(c + 1) === 0x2f && text.charCodeAt(c + 2) === 0x2f) return true;
  return false;
}

/** The marks of a range between two numbers: `~`, `〜` (wave dash), `～` (full-width tilde), `–` (en dash). */
function isRangeMark(c: number): boolean {
  return c === 0x7e || c === 0x301c || c === 0xff5e || c === 0x2013;
}

/** [i, j) is an end of a range of numbers (`401～403`, `401 〜 403`): neither end is a status the paste got. */
function isRangeEnd(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  let k = i - 1;
  if (k >= lineStart && text.charCodeAt(k) === 0x20) k--;
  if (k >= lineStart && isRangeMark(text.charCodeAt(k))) {
    k--;
    if (k >= lineStart && text.charCodeAt(k) === 0x20) k--;
    if (k >= lineStart && isDigit(text.charCodeAt(k))) return true;
  }
  k = j;
  if (k < end && text.charCodeAt(k) === 0x20) k++;
  if (k < end && isRangeMark(text.charCodeAt(k))) {
    k++;
    if (k < end && text.charCodeAt(k) === 0x20) k++;
    if (k < end && isDigit(text.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * ` 403 |  $r = Invoke-RestMethod …`: PowerShell 7's error view numbers the script line it quotes in a gutter (indented,
 * then ` |`; PowerShell/PowerShell#24350, insomniacc/PSSnow#33). The number is the script's line, not a status.
 */
function isGutter(text: string, i: number, j: number, end: number): boolean {
  if (i === 0 || text.charCodeAt(i - 1) !== 0x20 || j + 1 >= end) return false;
  if (text.charCodeAt(j) !== 0x20 || text.charCodeAt(j + 1) !== 0x7c) return false;
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  if (k >= 0 && text.charCodeAt(k) !== 0x0a) return false;
  // A table row (` 401 | Unauthorized`) is not a gutter.
  return matchReason(text, skipBlanks(text, j + 2, end), end) < 0;
}

/** `_401_`: Slack's italics around the number alone (a paste artefact), not an identifier like `E_401`. */
function isSlackItalic(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  if (i <= lineStart || text.charCodeAt(i - 1) !== 0x5f || j >= end || text.charCodeAt(j) !== 0x5f) return false;
  const before = i - 2 < lineStart ? 0x20 : text.charCodeAt(i - 2);
  const after = j + 1 >= end ? 0x20 : text.charCodeAt(j + 1);
  return !isAsciiAlnum(before) && before !== 0x5f && !isAsciiAlnum(after) && after !== 0x5f;
}

function followedByUnit(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && k - i < 12 && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 0xb5)) k++;
  if (k === i || k - i >= 12) return false;
  if (k < end && isAsciiAlnum(text.charCodeAt(k))) return false;
  // `status=401 bytes=403`: the word is the next logfmt key, not the number's unit.
  if (k < end && text.charCodeAt(k) === 0x3d) return false;
  return isUnit(text.slice(i, k).toLowerCase());
}

/** `"status": 401` or `"value": "401"`: the number is a JSON value of its own. */
function isJsonValue(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  let k = i - 1;
  while (k >= lineStart && isBlankChar(text.charCodeAt(k))) k--;
  if (k < lineStart) return false;
  const prev = text.charCodeAt(k);
  if (prev === 0x3a || prev === 0x5b) return true;
  return prev === 0x22 && j < end && text.charCodeAt(j) === 0x22;
}

/**
 * `key=401`: a logfmt value is a status only under a status key (`status=401`, `status_code=401`,
 * `upstream_status=401`, `code=401`); Heroku's router writes `service=401ms status=200 bytes=401`. A bare `=401` (no key
 * before it) is left to the cue, as before.
 */
function keyBeforeIsStatus(text: string, lineStart: number, eq: number): boolean {
  let k = eq;
  while (k > lineStart && eq - k < 32) {
    const ch = text.charCodeAt(k - 1);
    if (isAsciiAlnum(ch) || ch === 0x5f || ch === 0x2d || ch === 0x2e) k--;
    else break;
  }
  if (k === eq) return true;
  let squashed = '';
  for (let m = k; m < eq; m++) {
    const ch = text.charCodeAt(m);
    if (ch === 0x5f || ch === 0x2d || ch === 0x2e) continue;
    squashed += String.fromCharCode(ch >= 0x41 && ch <= 0x5a ? ch | 0x20 : ch);
  }
  // A bare `code` too: OkHttp's `Response{protocol=h2, code=401, message=, url=…}`, Go services' `code=401`.
  return isStatusKey(squashed) || squashed === 'code' || squashed.endsWith('status') || squashed.endsWith('statuscode');
}

/** `api[401]:`, `app[401]`: a subscript after a name (syslog's and journald's PID, a machine id), not `[401]`. */
function isSubscript(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  if (j >= end || text.charCodeAt(j) !== 0x5d || i - 2 < lineStart) return false;
  const before = text.charCodeAt(i - 2);
  return isAsciiAlnum(before) || before === 0x5f || before === 0x2d || before === 0x2e;
}

/** nginx's error log numbers the connection after the PID#TID: `31#31: *401 upstream …`, not Slack's `*401*`. */
function isNginxConnection(text: string, lineStart: number, i: number, j: number, end: number): boolean {
  if (j < end && text.charCodeAt(j) === 0x2a) return false;
  return (
    i - 4 >= lineStart &&
    text.charCodeAt(i - 2) === 0x20 &&
    text.charCodeAt(i - 3) === 0x3a &&
    isDigit(text.charCodeAt(i - 4))
  );
}

/**
 * The status of an access log's line, read where the format puts it: right after the request in the combined
 * and common log formats (nginx, Apache, werkzeug: `"GET /x HTTP/1.1" 401 179`), after the timers in HAProxy's
 * HTTP log (the request last: `10/0/30/69/109 401 2750 … "GET /x HTTP/1.1"`), after the request in morgan's `dev`,
 * `tiny` and `short` formats (`GET /x 401 3.071 ms - 61`), and CloudFront's
 * tab-separated standard log (`…\tGET\thost\t/path\t403\t…`: the method, host and path, then sc-status;
 * its sc-bytes come before the method, its cs-bytes later). Records it and returns true; false when the
 * line is not such a line.
 */
function readAccessLog(c: Collector, hints: ProseHints, p: number, end: number, line: number): boolean {
  const text = c.text;
  // Each format is only looked for on a line holding its anchor, which the paste-wide searches tell without a
  // search of the line's own: most lines hold none, and then cost no slice and no search.
  const http = hints.http.within(p, end);
  const completed = hints.completed.within(p, end);
  const ms = hints.ms.within(p, end);
  const tab = hints.tab.within(p, end);
  if (!http && !completed && !ms && !tab) return false;
  // Searched in the line alone (a slice is a view): from `p` over the whole text, every line would scan the rest.
  const lineText = text.slice(p, end);
  let quotedLast = false;
  for (let at = http ? lineText.indexOf('HTTP/') : -1; at >= 0; at = lineText.indexOf('HTTP/', at + 5)) {
    let k = p + at + 5;
    while (k < end && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
    if (k === p + at + 5 || k >= text.length || text.charCodeAt(k) !== 0x22) continue;
    if (k + 1 === end) quotedLast = true;
    if (k + 1 >= end || text.charCodeAt(k + 1) !== 0x20) continue;
    const v = k + 2;
    const code = threeDigits(text, v, end);
    if (code < 100 || code > 599 || (v + 3 < end && !isBlankChar(text.charCodeAt(v + 3)))) continue;
    addStatus(c, code, null, 'prose', v, v + 3, line);
    return true;
  }
  if (quotedLast) {
    // HAProxy's HTTP log puts the request last and the status after its timers: `10/0/30/69/109 401 2750 - - ----`.
    const m = HAPROXY_TIMERS.exec(lineText);
    const code = m?.[1] === undefined ? -1 : Number(m[1]);
    if (m !== null && code >= 100 && code <= 599) {
      const v = p + m.index + m[0].length - 4;
      addStatus(c, code, null, 'prose', v, v + 3, line);
      return true;
    }
  }
  // Rails' request log: `Completed 401 Unauthorized in 3ms (ActiveRecord: 0.0ms | Allocations: 822)`.
  const done = completed ? lineText.indexOf('Completed ') : -1;
  if (done >= 0) {
    const v = p + done + 10;
    const code = threeDigits(text, v, end);
    const reason = code >= 100 && code <= 599 ? reasonAt(text, v + 3, end) : null;
    // The reason phrase and " in " (the duration) make it Rails' line, not "Completed 200 requests".
    if (reason?.reason != null && text.startsWith(' in ', reason.end)) {
      addStatus(c, code, reason.reason, 'prose', v, v + 3, line);
      return true;
    }
  }
  if (ms) {
    // morgan's dev, tiny and short formats: the request, the status, then the size and the response time.
    const m = MORGAN.exec(lineText);
    if (m?.[1] !== undefined) {
      const v = p + m.index + m[0].indexOf(` ${m[1]} `, m[0].lastIndexOf('/')) + 1;
      addStatus(c, Number(m[1]), null, 'prose', v, v + 3, line);
      return true;
    }
  }
  return tab && readTabbedLog(c, p, lineText, line);
}

/**
 * Where a needle occurs next in a paste, found by one search that serves every line up to it: the lines come in
 * order, so a paste costs about one pass per needle instead of one search per line. A line before the last one
 * asked about (the bullets read again after the pass) searches afresh.
 */
class Ahead {
  private at = -2;
  private from = 0;
  private readonly text: string;
  private readonly needle: string;
  /** The needle starts with a common character: search for the rest of it first (`indexOfByTail`). */
  private readonly byTail: boolean;

  constructor(text: string, needle: string, byTail = false) {
    this.text = text;
    this.needle = needle;
    this.byTail = byTail;
  }

  /** Whether the needle occurs whole in [p, end). */
  within(p: number, end: number): boolean {
    if (p < this.from || (this.at !== -1 && this.at < p)) {
      this.at = this.byTail ? indexOfByTail(this.text, this.needle, p) : this.text.indexOf(this.needle, p);
    }
    this.from = p;
    return this.at >= 0 && this.at + this.needle.length <= end;
  }
}

/** Three digits in a row, found from `lastIndex` on. */
const DIGIT_RUN = /[0-9]{3}/g;

/** `Ahead` for three digits in a row (in a run of three or more), which no single `indexOf` finds. */
class AheadDigits {
  private at = -2;
  private from = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether three digits in a row occur in [p, end). */
  within(p: number, end: number): boolean {
    if (p < this.from || (this.at !== -1 && this.at < p)) {
      DIGIT_RUN.lastIndex = p;
      this.at = DIGIT_RUN.test(this.text) ? DIGIT_RUN.lastIndex - 3 : -1;
      DIGIT_RUN.lastIndex = 0;
    }
    this.from = p;
    return this.at >= 0 && this.at + 3 <= end;
  }
}

/**
 * Per paste (made by the scan state, never kept past one scan): where the access-log formats' anchors occur, so
 * that readAccessLog looks for a format only on a line holding its anchor, and where three digits in a row do, which
 * every status is: a line without them skips every status reader (the scanner asks too).
 */
export class ProseHints {
  readonly http: Ahead;
  readonly completed: Ahead;
  readonly ms: Ahead;
  readonly tab: Ahead;
  readonly digits: AheadDigits;
  readonly tables = new TableHeaders();

  constructor(text: string) {
    this.http = new Ahead(text, 'HTTP/');
    this.completed = new Ahead(text, 'Completed ');
    this.ms = new Ahead(text, ' ms', true);
    this.tab = new Ahead(text, '\t');
    this.digits = new AheadDigits(text);
  }
}

/**
 * morgan's predefined formats (expressjs/morgan): `dev` `:method :url :status :response-time ms - :res[content-length]`,
 * `tiny` `:method :url :status :res[content-length] - :response-time ms`, `short` the same after the address, with
 * `HTTP/:http-version` after the URL.
 */
const MORGAN =
  /(?:^|[\s|])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S* (?:HTTP\/\d(?:\.\d)? )?([1-5]\d\d) (?:(?:\d+|-) - \d+(?:\.\d+)? ms|\d+(?:\.\d+)? ms - (?:\d+|-))/;

/** HAProxy's five timers (`Tq/Tw/Tc/Tr/Ta`, -1 when not reached, `+` before an aborted total), then the status. */
const HAPROXY_TIMERS = /(?:^|\s)-?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/\+?\d{1,9} (\d{3}) /;

/** CloudFront's standard log: a tab-separated method field, two fields (host, path), then the status. */
function readTabbedLog(c: Collector, p: number, lineText: string, line: number): boolean {
  const text = c.text;
  for (let tab = lineText.indexOf('\t'); tab >= 0; ) {
    const next = lineText.indexOf('\t', tab + 1);
    if (next < 0) return false;
    if (next - tab >= 4 && next - tab <= 8 && isMethod(lineText.slice(tab + 1, next))) {
      const host = lineText.indexOf('\t', next + 1);
      const path = host < 0 ? -1 : lineText.indexOf('\t', host + 1);
      if (path < 0) return false;
      const v = p + path + 1;
      const end = p + lineText.length;
      const code = threeDigits(text, v, end);
      if (code < 100 || code > 599 || (v + 3 < end && text.charCodeAt(v + 3) !== 0x09)) return false;
      addStatus(c, code, null, 'prose', v, v + 3, line);
      return true;
    }
    tab = next;
  }
  return false;
}

/**
 * A status a client names by its reason phrase instead of its number. A .NET client's `HttpStatusCode` member formatted
 * into the message: RestSharp's "Request failed with status code Unauthorized" (its FromHttpResponseMessage's
 * HttpRequestException) and the many clients written the same way, GraphQL.Client's "The HTTP request failed with
 * status code Unauthorized". SignalR's JavaScript client, whose HttpError carries the response's statusText: "Error:
 * Failed to complete negotiation with the server: Error: Unauthorized" (aspnet/SignalR#2553, dotnet/aspnetcore#13325;
 * later versions add ": Status code '401'", which the prose reader reads as a number, so the name is left to it).
 * The Vercel AI SDK's APICallError, whose message is the response's statusText when its body held no error it could
 * parse (vercel/ai's statusCodeErrorResponseHandler, packages/ai302/src/utils/api-handlers.ts: `message:
 * response.statusText`), as Node prints it, "APICallError [AI_APICallError]: Unauthorized" (stackblitz-labs/bolt.diy#341,
 * a Mistral key refused), or by its name, "AI_APICallError: Unauthorized".
 * Found by one `indexOf` of each client's own words, so a paste without them costs one native search each.
 */
const AI_SDK_ERROR = 'AI_APICallError';
const NAMED_STATUS_LEADS: readonly string[] = [
  'failed with status code ',
  'Failed to complete negotiation with the server: Error: ',
  AI_SDK_ERROR,
];
const NAMED_CODES: readonly { name: string; code: number }[] = [
  { name: 'Unauthorized', code: 401 },
  { name: 'Forbidden', code: 403 },
];
const NUMBERED_AFTER = ": Status code '";

export function readNamedStatuses(c: Collector): void {
  const text = c.text;
  for (const lead of NAMED_STATUS_LEADS) {
    let seen = 0;
    for (let i = text.indexOf(lead); i >= 0 && seen < 200; i = text.indexOf(lead, i + 1)) {
      seen++;
      let at = i + lead.length;
      // One search for both of the AI SDK's forms: `[AI_APICallError]: ` and `AI_APICallError: `.
      if (lead === AI_SDK_ERROR) {
        if (text.charCodeAt(at) === 0x5d) at++;
        if (!text.startsWith(': ', at)) continue;
        at += 2;
      }
      for (const { name, code } of NAMED_CODES) {
        if (!text.startsWith(name, at)) continue;
        const after = at + name.length;
        if (after < text.length && isAsciiAlnum(text.charCodeAt(after))) continue;
        if (text.startsWith(NUMBERED_AFTER, after)) continue;
        addStatus(c, code, name, 'prose', at, after);
      }
    }
  }
}
