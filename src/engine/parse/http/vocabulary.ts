/**
 * The words of the exchange that are not header names: section labels that people and devtools put
 * above header lists, the "General" entries of a browser's network panel, reason phrases, methods,
 * status codes and the cue words that make a number in prose a status.
 */
import type { Side } from '../http.js';
import { startsWithCI } from './chars.js';

/** What a section label line introduces ('filler': devtools' toggles such as "Raw", which change nothing). */
export type SectionKind = Side | 'general' | 'headers' | 'body' | 'filler';

// biome-ignore format: a word list reads best packed
const SECTIONS: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  [
    'request',
    [
      'request headers', 'request header', 'request', 'req', 'req headers', 'request-headers', 'request_headers',
      'raw request headers', 'headers sent', 'sent headers', 'outgoing headers',
      'リクエスト ヘッダー', 'リクエストヘッダー', 'リクエスト ヘッダ', 'リクエストヘッダ', 'リクエスト', '要求ヘッダー', '要求',
    ],
  ],
  [
    'response',
    [
      'response headers', 'response header', 'response', 'res', 'resp', 'response-headers', 'response_headers',
      'raw response headers', 'received headers', 'incoming headers',
      'レスポンス ヘッダー', 'レスポンスヘッダー', 'レスポンス ヘッダ', 'レスポンスヘッダ', 'レスポンス', '応答ヘッダー', '応答',
    ],
  ],
  ['general', ['general', '全般', '一般']],
  ['headers', ['headers', 'header', 'http headers', 'ヘッダー', 'ヘッダ']],
  [
    'body',
    [
      'body', 'response body', 'request body', 'payload', 'request payload', 'response payload', 'form data',
      'query string parameters', 'preview', 'レスポンス本文', 'リクエスト本文', 'ボディ', 'ペイロード',
    ],
  ],
  ['filler', ['raw', 'view source', 'view parsed', 'learn more', 'ソースを表示', '未加工']],
];

const SECTION_BY_LABEL = new Map<string, SectionKind>();
for (const [kind, labels] of SECTIONS) for (const label of labels) SECTION_BY_LABEL.set(label, kind);

/** The entries of a browser's "General" block: labels of the exchange, never headers. */
export type GeneralKey = 'url' | 'method' | 'status' | 'address' | 'policy';

const GENERAL_BY_LABEL = new Map<string, GeneralKey>([
  ['request url', 'url'],
  ['request method', 'method'],
  ['status code', 'status'],
  ['remote address', 'address'],
  ['referrer policy', 'policy'],
  ['リクエスト url', 'url'],
  ['リクエスト メソッド', 'method'],
  ['ステータス コード', 'status'],
  ['リモート アドレス', 'address'],
  ['リファラー ポリシー', 'policy'],
  ['参照ポリシー', 'policy'],
]);

/** Every label of the two tables above (normalised), for test/engine/fast-paths.test.ts. */
export const KNOWN_LABELS: readonly string[] = [...SECTION_BY_LABEL.keys(), ...GENERAL_BY_LABEL.keys()];

/** The ASCII characters a known label starts with. */
const LABEL_STARTS = new Uint8Array(128);
for (const label of KNOWN_LABELS) if (label.charCodeAt(0) < 0x80) LABEL_STARTS[label.charCodeAt(0)] = 1;

/**
 * Whether [start, end) may normalise to a known label: after the leading markup, its first character is one a label
 * starts with (or past ASCII). Most lines a label is looked for in start otherwise (`2026-05-28 14:09:41 …`,
 * `at /srv/…`, `API server clock: …`), and then are not copied and lower-cased to be looked up.
 */
export function mayStartLabel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isMarkup(text.charCodeAt(i), true)) i++;
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c >= 0x80 || LABEL_STARTS[c >= 0x41 && c <= 0x5a ? c | 0x20 : c] === 1;
}

/**
 * Whether a line whose content starts with `first` may be a label line (readLabel): mayStartLabel at its start, told by
 * its first character alone unless that is markup (`**Request Headers**`, `# Response`), which leaves the question to
 * mayStartLabel.
 */
export function mayStartLabelWith(first: number): boolean {
  return (
    isMarkup(first, true) || first >= 0x80 || LABEL_STARTS[first >= 0x41 && first <= 0x5a ? first | 0x20 : first] === 1
  );
}

/** Longest label worth normalising; anything longer is text. */
export const MAX_LABEL_LENGTH = 48;

/**
 * A label as written, reduced to the key of the tables above: markdown emphasis and heading marks,
 * a trailing colon (ASCII or full-width), a trailing "(12)" / "(456 B)" count and Chrome's
 * "view source" toggle go; case and runs of spaces are folded. Null as soon as a character no label
 * has (a digit, most punctuation) turns up, so prose lines cost little.
 */
export function normaliseLabel(text: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && isMarkup(text.charCodeAt(i), true)) i++;
  let j = trimLabelEnd(text, i, end);
  for (const toggle of TOGGLES) {
    if (j - toggle.length > i && startsWithCI(text, j - toggle.length, j, toggle)) {
      j = trimLabelEnd(text, i, j - toggle.length);
      break;
    }
  }
  const last = text.charCodeAt(j - 1);
  if (last === 0x3a || last === 0xff1a) j = trimLabelEnd(text, i, j - 1);
  if (text.charCodeAt(j - 1) === 0x29) {
    let open = j - 2;
    while (open >= i && text.charCodeAt(open) !== 0x28) open--;
    if (open >= i) j = trimLabelEnd(text, i, open);
  }
  // Validate first (no allocation: most lines that get here are prose), then lower-case in one go.
  let collapse = false;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x09 || c === 0x3000) {
      if (c !== 0x20 || (k + 1 < j && text.charCodeAt(k + 1) <= 0x20)) collapse = true;
    } else if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c > 0x7f)) {
      return null;
    }
  }
  const out = text.slice(i, j).toLowerCase();
  return collapse ? out.split(/[ \t\u3000]+/).join(' ') : out;
}

/** Chrome's header-section toggles, which a copy picks up after the section's name (lower-case). */
const TOGGLES = [' view source', ' view parsed', ' raw'];

function isMarkup(c: number, leading: boolean): boolean {
  return c === 0x2a || c === 0x5f || c === 0x20 || c === 0x09 || (leading && (c === 0x23 || c === 0x3e));
}

function trimLabelEnd(text: string, start: number, end: number): number {
  while (end > start && isMarkup(text.charCodeAt(end - 1), false)) end--;
  return end;
}

export function sectionOf(normalised: string | null): SectionKind | undefined {
  return normalised === null ? undefined : SECTION_BY_LABEL.get(normalised);
}

export function generalKeyOf(normalised: string | null): GeneralKey | undefined {
  return normalised === null ? undefined : GENERAL_BY_LABEL.get(normalised);
}

/**
 * Keys that label a status (`Status Code: 403`, `statusCode: 401`, `"status": 401`, `HTTP status=401`),
 * compared after removing spaces, `_` and `-` and lower-casing.
 */
// biome-ignore format: a word list reads best packed
const STATUS_KEYS = new Set([
  'status', 'statuscode', 'httpstatus', 'httpstatuscode', 'responsecode', 'responsestatus', 'httpcode',
  'ステータス', 'ステータスコード', 'httpステータス', 'httpステータスコード',
]);

export function isStatusKey(squashed: string): boolean {
  return STATUS_KEYS.has(squashed);
}

/** Upper-case request methods (lower-case `get /x` is prose more often than a request line). */
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT']);

/** The shortest and longest method: a word of another length is none, and is not copied to be looked up. */
export const METHOD_LENGTHS = {
  min: Math.min(...[...METHODS].map((m) => m.length)),
  max: Math.max(...[...METHODS].map((m) => m.length)),
};

export function isMethod(word: string): boolean {
  return METHODS.has(word);
}

/** Status codes a paste plausibly means when a bare number or prose names one (registered + common CDN ones). */
// biome-ignore format: a word list reads best packed
const KNOWN_CODES = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421,
  422, 423, 424, 425, 426, 428, 429, 431, 440, 444, 449, 451, 460, 463, 494, 495, 496, 497, 498, 499,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 598, 599,
]);

export function isKnownCode(code: number): boolean {
  return KNOWN_CODES.has(code);
}

/**
 * Reason phrases, lower-case; a longer phrase comes before any phrase that starts it. Beside RFC 9110's, nginx's
 * (and Apache 1.3's) `401 Authorization Required`, the title of nginx's own 401 page.
 */
// biome-ignore format: a word list reads best packed
export const REASON_PHRASES: readonly string[] = [
  'network authentication required', 'proxy authentication required', 'authorization required',
  'http version not supported',
  'request header fields too large', 'unavailable for legal reasons', 'internal server error',
  'requested range not satisfiable', 'range not satisfiable', 'unsupported media type', 'unprocessable entity',
  'unprocessable content', 'precondition required', 'precondition failed', 'service unavailable',
  'method not allowed', 'temporary redirect', 'permanent redirect', 'moved permanently', 'too many requests',
  'payload too large', 'content too large', 'request timeout', 'gateway timeout', 'length required',
  'not implemented', 'misdirected request', 'expectation failed', 'partial content', 'not acceptable',
  'non-authoritative information', 'multiple choices', 'switching protocols', 'failed dependency',
  'payment required', 'unauthorized', 'unauthorised', 'not modified', 'bad request', 'bad gateway', 'no content',
  'reset content', 'forbidden', 'not found', 'see other', 'conflict', 'accepted', 'too early', 'created',
  'continue', 'locked', 'found', 'gone', 'ok',
];

/**
 * Words that make a standalone number in prose a status: the reason phrases' stems and the verbs
 * people use ("returns", "got", "gets"), retrying, which is done after a failed call ("retried 3
 * times, all 401", "リトライ3回、全部401"), the HTTP clients and the environments a number is said of ("curlだと200、axiosだと401",
 * "本番だけ403、ステージングは200", "staging: 401"), and Gin's request log prefix (`[GIN] 2026/05/28 - 14:09:58 | 401 | …`, gin's
 * defaultLogFormatter), in English and Japanese. Matched in the lower-cased line.
 */
// biome-ignore format: a word list reads best packed
export const PROSE_CUES: readonly string[] = [
  'status', 'http', 'error', 'return', 'got', 'gets', 'getting', 'get a', 'get an', 'get ', 'from', 'seeing',
  'hitting', 'post /', 'put /', 'patch /', 'delete /', 'respon', 'fail', 'reject', 'retry', 'retried', 'retries',
  '[gin]', 'curl', 'wget', 'axios', 'postman', 'insomnia', 'httpie', 'invoke-restmethod', 'invoke-webrequest', 'staging',
  'denied', 'receiv', 'throw', 'threw', 'unauthori', 'authorization required', 'forbidden', 'bad request', 'not found', 'server error',
  'bad gateway', 'unavailable', 'too many', 'not allowed', 'timeout', 'エラー', 'ステータス', '返', '応答',
  'レスポンス', '失敗', '拒否', 'になる', 'になります', 'になっ', '弾か', 'says', 'said', 'giving', 'gives', 'gave', 'on /', 'for /', 'on `/', 'for `/',
  '出て', '出る', '出た', '出ま', '出ちゃ', '発生', '多発', '起き', '起こ', '落ち', 'コケ', 'こけ', '食ら', 'リトライ', '再試行', '本番', 'ステージング',
];

/** Lists of lower-case words by their first character, so a line is scanned once. */
export function indexByFirstChar(words: readonly string[]): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const first = w.charCodeAt(0);
    const list = index.get(first);
    if (list) list.push(w);
    else index.set(first, [w]);
  }
  return index;
}

/** Units that make a number a quantity (`401 ms`), not a status. */
// biome-ignore format: a word list reads best packed
const UNITS = new Set([
  'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour',
  'hours', 'day', 'days', 'b', 'byte', 'bytes', 'kb', 'kib', 'mb', 'mib', 'gb', 'px', 'users', 'times',
  'requests', 'req', 'rps', 'items', 'lines', 'chars', 'characters', 'records', 'rows', 'calls', 'ns', 'us', 'µs', 'files', 'tokens',
]);

export function isUnit(lowerWord: string): boolean {
  return UNITS.has(lowerWord);
}

/**
 * Words that name the number after them as something other than a status: a stack frame's line (.NET's
 * `in /src/Orders.cs:line 403`, Python's `File "x.py", line 403, in raise_for_status`), a column, a port, a
 * process or thread id (Apache's `[pid 401:tid …]`), an id (`order id 403`), an attempt, and a record people number
 * (`got 401 for order 403`, `ticket 403`, `page 401`). Not the names of callers (`user`, `account`, `job`): "service account 403"
 * says what the account got.
 */
// biome-ignore format: a word list reads best packed
const NUMBER_NAMES = new Set([
  'line', 'col', 'column', 'char', 'port', 'pid', 'tid', 'id', 'attempt', 'order', 'ticket', 'invoice', 'item', 'row',
  'record', 'page',
]);

export function isNumberName(lowerWord: string): boolean {
  return NUMBER_NAMES.has(lowerWord);
}

/**
 * Japanese counters and units that make a number right before them a quantity, an ordinal or a duration
 * (`401件`, `403回`, `401人`, `300秒`, `401行目`, `401ミリ秒`), not a status. Written with no space, as Japanese
 * is, or after one.
 */
// biome-ignore format: a word list reads best packed
export const JA_COUNTERS: readonly string[] = [
  '件', '回', '個', '人', '名', '秒', '分', '時間', '日', '年', 'か月', 'ヶ月', 'ヵ月', 'ケ月', 'カ月', '週', '行',
  '文字', '台', '円', '倍', '割', '度', '番', '号', '枚', '桁', '歳', '点', '箇所', 'カ所', 'ヶ所', '％', '‰',
  'ミリ秒', 'マイクロ秒', 'バイト', 'ユーザ', 'リクエスト', 'コール', 'レコード', '社', '万', '千', '億',
  // round 19b: a page, a rank, a floor, a volume, points (`401ページ目`, `401位`, `4階`).
  'ページ', '頁', '位', '階', '冊', 'ポイント',
];

/** JA_COUNTERS by first character: a number in Japanese prose is followed by one of them or by nothing alike. */
const JA_COUNTERS_BY_FIRST = indexByFirstChar(JA_COUNTERS);

/** Whether the text at `i` starts with a Japanese counter (see JA_COUNTERS). */
export function startsWithJaCounter(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return false;
  // Only the counters starting with that character: trying all 44 was a seventh of reading a line such as
  // `本番で 403 になります`.
  const counters = JA_COUNTERS_BY_FIRST.get(c);
  if (counters === undefined) return false;
  for (const w of counters) if (text.startsWith(w, i) && i + w.length <= end) return true;
  return false;
}

/**
 * Words right before a number that make it an ordinal, an approximate quantity or an identifier
 * (`第401回`, `約401`, `番号401`, `No.401` is caught by its `.`), not a status.
 */
const JA_PREFIXES: readonly string[] = ['第', '約', '計', '全', '番号', '№'];

/** Whether the text just before `i` (not before `lineStart`) ends with one of JA_PREFIXES. */
export function endsWithJaPrefix(text: string, lineStart: number, i: number): boolean {
  if (i <= lineStart || text.charCodeAt(i - 1) < 0x80) return false;
  for (const w of JA_PREFIXES) if (i - w.length >= lineStart && text.startsWith(w, i - w.length)) return true;
  return false;
}
