/**
 * Recognises what JWT verifiers and gateways say when they reject a token — in log lines, stack traces,
 * JSON bodies and `error_description` values — and maps each message to the finding code of its cause.
 *
 * The messages are data (./verifier-messages/*.ts, one file per family). This file is the scanner.
 *
 * Speed matters: this runs on every paste, and a full diagnosis must cost under 5× a bare JWT decode.
 * So the text is lower-cased once, then searched for a short list of trigger words with `indexOf`
 * (native and fast); only where a trigger occurs are the rows that contain it compared, with
 * `startsWith` at the offset the trigger has in each row. A paste with no verifier text costs one
 * lower-casing and a couple of dozen `indexOf` scans. No regex runs over the whole text; readers only
 * see a bounded window around a match.
 */
import type { FindingCode } from '../codes.js';
import { MATCHERS } from './verifier-messages/index.js';
import type { Fragment, Matcher } from './verifier-messages/matcher.js';

/** Values a message names, when it names them. */
export interface VerifierArgs {
  expected?: string[];
  actual?: string;
  claim?: string;
  kid?: string;
  alg?: string;
  reason?: string;
  at?: string;
}

/** One recognised verifier or gateway message. */
export interface VerifierHit {
  code: FindingCode;
  /** Which software says this: 'jsonwebtoken', 'express-jwt', 'jose', 'pyjwt', 'golang-jwt', 'go-oidc', 'jwx', 'nimbus', 'spring-security', 'java-jwt', 'identitymodel', 'aspnetcore', 'envoy', 'kong', 'aws-apigateway', … */
  library: string;
  /** Stable id of the matcher, e.g. 'jsonwebtoken.expired', 'identitymodel.IDX10223'. */
  id: string;
  /** Offsets of the matched fragment inside the input string. */
  start: number;
  end: number;
  /** Values the message names, when it names them. */
  args: VerifierArgs;
}

/**
 * Trigger strings. Each row is filed under the first of these its text contains, so the order is a
 * preference: strings that lead with a rare letter (x, q, j, z, v, k) first, because `indexOf` runs at
 * memchr speed until that letter and few ordinary words contain it. Common words that are in every
 * paste anyway ('token' in `invalid_token`) come last, so only the rows with nothing rarer land there.
 */
const TRIGGERS = [
  'x',
  'q',
  'jw',
  'b',
  'f',
  'u',
  'wed',
  'claim',
  'valid',
  'ke',
] as const;

const KIND_RANK = { code: 3, class: 2, msg: 1 } as const;

interface Row {
  matcher: Matcher;
  /** The row's text, lower-cased. */
  lower: string;
  /** Where the trigger sits in `lower`. */
  offset: number;
  rank: number;
  /** Whether the text begins / ends with a word character, so a word boundary is required there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * The rows filed under one trigger, bucketed by the two characters that follow the trigger in the row
 * (or, when the trigger ends the row, the two before it). An occurrence of the trigger in the text
 * then only compares the rows whose neighbourhood matches: `invalid_token` in a header does not
 * visit the rows for "invalid signature" or "invalid audience".
 */
interface Group {
  trigger: string;
  after: Map<number, Row[]>;
  before: Map<number, Row[]>;
  always: Row[];
}

const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** Two characters as one number (NaN past either end, which no bucket holds). */
const pair = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

function buildGroups(matchers: readonly Matcher[]): Group[] {
  const groups = new Map<string, Group>();
  for (const matcher of matchers) {
    const lower = matcher.text.toLowerCase();
    const trigger = TRIGGERS.find((t) => lower.includes(t));
    // A row without a trigger would never be looked at: fail at load, and the tests with it.
    if (trigger === undefined) throw new Error(`verifier message ${matcher.id} contains no trigger`);
    let group = groups.get(trigger);
    if (!group) {
      group = { trigger, after: new Map(), before: new Map(), always: [] };
      groups.set(trigger, group);
    }
    const offset = lower.indexOf(trigger);
    const row: Row = {
      matcher,
      lower,
      offset,
      rank: KIND_RANK[matcher.kind],
      wordStart: isWord(lower.charCodeAt(0)),
      wordEnd: isWord(lower.charCodeAt(lower.length - 1)),
    };
    const tail = offset + trigger.length;
    if (tail + 2 <= lower.length) push(group.after, pair(lower, tail), row);
    else if (offset >= 2) push(group.before, pair(lower, offset - 2), row);
    else group.always.push(row);
  }
  // Scan in list order: the cheap, rare triggers first (the order does not change the result).
  return TRIGGERS.flatMap((t) => groups.get(t) ?? []);
}

function push(map: Map<number, Row[]>, key: number, row: Row): void {
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

const GROUPS = buildGroups(MATCHERS);

/** The number of rows, per library: for tests and the docs. */
export function countVerifierMatchers(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of MATCHERS) counts[m.library] = (counts[m.library] ?? 0) + 1;
  return counts;
}

/**
 * Every recognised verifier/gateway message in `text` (one line or a whole paste), in order of position.
 *
 * A fragment yields one hit even when several rows see it: `TokenExpiredError: jwt expired` is one
 * `time.expired`, named after the class (the stable part), with the values any of its rows read.
 *
 * @example
 * matchVerifierMessages('TokenExpiredError: jwt expired')
 * // → [{ code: 'time.expired', library: 'jsonwebtoken', id: 'jsonwebtoken.TokenExpiredError', start: 0, end: 30, args: {} }]
 */
export function matchVerifierMessages(text: string): VerifierHit[] {
  if (text.length === 0) return [];
  const lower = foldForMatching(text);
  const found: Candidate[] = [];
  for (const group of GROUPS) {
    const { trigger } = group;
    for (let p = lower.indexOf(trigger); p !== -1; p = lower.indexOf(trigger, p + 1)) {
      const after = group.after.get(pair(lower, p + trigger.length));
      if (after) visit(after, p, text, lower, found);
      const before = p >= 2 ? group.before.get(pair(lower, p - 2)) : undefined;
      if (before) visit(before, p, text, lower, found);
      if (group.always.length > 0) visit(group.always, p, text, lower, found);
    }
  }
  if (found.length === 0) return [];
  return clusters(dropOverlaps(found), lower).map(toHit);
}

// ---------------------------------------------------------------------------------------------
// Matching one row at one place

function visit(rows: Row[], p: number, text: string, lower: string, found: Candidate[]): void {
  for (const row of rows) {
    const start = p - row.offset;
    if (start >= 0 && lower.startsWith(row.lower, start)) {
      const candidate = accept(row, text, lower, start);
      if (candidate) found.push(candidate);
    }
  }
}

interface Candidate {
  row: Row;
  /** The row's text in the input. */
  start: number;
  end: number;
  /** Where the message ends, values included. */
  spanEnd: number;
  code: FindingCode;
  args: VerifierArgs;
  score: number;
}

/**
 * Lower-cased text with the same offsets as the input. Envoy writes its status into response-code
 * details with spaces as underscores (`jwt_authn_access_denied{Jwt_is_expired}`); those are restored
 * so the plain rows match.
 */
function foldForMatching(text: string): string {
  let lower = text.toLowerCase();
  // A few characters lower-case to two code units (İ); the rows are ASCII, so blank the rest instead.
  if (lower.length !== text.length) lower = text.replace(/[\u0080-\uffff]/g, ' ').toLowerCase();
  const marker = 'access_denied{';
  let at = lower.indexOf(marker);
  if (at === -1) return lower;
  const parts: string[] = [];
  let from = 0;
  while (at !== -1) {
    const open = at + marker.length;
    const close = lower.slice(open, open + 200).indexOf('}');
    if (close !== -1) {
      parts.push(lower.slice(from, open), lower.slice(open, open + close).replaceAll('_', ' '));
      from = open + close;
    }
    at = lower.indexOf(marker, open);
  }
  parts.push(lower.slice(from));
  return parts.join('');
}

function accept(row: Row, text: string, lower: string, start: number): Candidate | null {
  const end = start + row.lower.length;
  const { matcher } = row;
  if (row.wordStart && start > 0 && isWord(lower.charCodeAt(start - 1))) return null;
  if (row.wordEnd && end < lower.length && isWord(lower.charCodeAt(end))) return null;
  if (matcher.exactCase && !text.startsWith(matcher.text, start)) return null;
  if (matcher.standalone && !(startsMessage(lower, start) && endsMessage(lower, end))) return null;
  let code = matcher.code;
  let args: VerifierArgs = matcher.args ?? {};
  let spanEnd = end;
  if (matcher.read) {
    const reading = matcher.read(fragmentAt(text, start, end));
    if (reading === null) return null;
    if (reading.code) code = reading.code;
    if (reading.args) args = { ...args, ...reading.args };
    if (reading.extend) spanEnd = Math.min(text.length, end + reading.extend);
  }
  // Identifiers beat prose; of equal kinds, the case-exact row, then the longer text.
  const score = row.rank * 10_000 + (matcher.exactCase ? 5_000 : 0) + row.lower.length;
  return { row, start, end, spanEnd, code, args, score };
}

function fragmentAt(text: string, start: number, end: number): Fragment {
  return {
    text,
    start,
    end,
    after(max = 300, multiline = false) {
      const s = text.slice(end, Math.min(text.length, end + max));
      if (multiline) return s;
      const nl = s.search(/[\r\n]/);
      return nl === -1 ? s : s.slice(0, nl);
    },
    before(max = 120) {
      const s = text.slice(Math.max(0, start - max), start);
      const nl = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
      return nl === -1 ? s : s.slice(nl + 1);
    },
  };
}

const LOG_LEVELS = new Set(['error', 'err', 'warn', 'warning', 'info', 'debug', 'trace', 'fatal', 'severe', 'fail']);
const OPENERS = new Set([...':"\'`{[(<,;=|>-*#.!?']);
const CLOSERS = new Set([...'"\'`}])>,;:|\\(<']);

/**
 * Whether a short message starts a message here: at a line start, after punctuation that ends a key or
 * a previous message (`msg=`, `: `, `"`), or after a log level (`WARN jwt expired`). Prose ("my jwt
 * expired") does not.
 */
function startsMessage(lower: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (lower[i] === ' ' || lower[i] === '\t')) i--;
  if (i < 0) return true;
  const c = lower[i] ?? '';
  if (c === '\n' || c === '\r' || OPENERS.has(c)) return true;
  if (c === 'n' && lower[i - 1] === '\\') return true; // a JSON-escaped line break
  let j = i;
  while (j >= 0 && lower.charCodeAt(j) >= 0x61 && lower.charCodeAt(j) <= 0x7a) j--;
  return i - j <= 7 && LOG_LEVELS.has(lower.slice(j + 1, i + 1));
}

/** Whether a short message ends here: end of line, or punctuation that closes a string or a field. */
function endsMessage(lower: string, end: number): boolean {
  let i = end;
  while (i < lower.length && (lower[i] === '.' || lower[i] === '!')) i++;
  while (i < lower.length && (lower[i] === ' ' || lower[i] === '\t')) i++;
  if (i >= lower.length) return true;
  const c = lower[i] ?? '';
  return c === '\n' || c === '\r' || CLOSERS.has(c);
}

// ---------------------------------------------------------------------------------------------
// One hit per fragment

/**
 * Where two rows match overlapping text, one stays: the one whose text contains the other's
 * ("The token is expired" over golang-jwt's "token is expired", Kong's "Bad token; invalid signature"
 * over "invalid signature"), else the higher score.
 */
function dropOverlaps(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: Candidate[] = [];
  for (const cand of found) {
    let keep = true;
    for (let last = kept.at(-1); last !== undefined && cand.start < last.end; last = kept.at(-1)) {
      const same = cand.start === last.start && cand.end === last.end;
      if (same ? last.score >= cand.score : last.start <= cand.start && last.end >= cand.end) {
        keep = false;
        break;
      }
      if (same || (cand.start <= last.start && cand.end >= last.end) || cand.score > last.score) {
        kept.pop();
        continue;
      }
      keep = false;
      break;
    }
    if (keep) kept.push(cand);
  }
  return kept;
}

/** Characters between an identifier and its message (`TokenExpiredError: jwt expired`, a JSON log's keys). */
const MAX_GAP = 160;

type Cluster = { members: Candidate[]; end: number };

const leads = (c: Candidate) => c.row.rank > 1 || c.row.matcher.refinable === true;

/**
 * Groups an identifier with the message beside it: the class name and its message, an error code and
 * the message in the same JSON object. Two plain messages are two hits unless one is a refinable head
 * ("token signature is invalid: signing method HS256 is invalid" is one alg.not-allowed).
 */
function clusters(kept: Candidate[], lower: string): Cluster[] {
  const out: Cluster[] = [];
  for (const cand of kept) {
    const cur = out.at(-1);
    if (cur && joins(cur, cand, lower)) {
      cur.members.push(cand);
      cur.end = Math.max(cur.end, cand.spanEnd);
    } else {
      out.push({ members: [cand], end: cand.spanEnd });
    }
  }
  return out;
}

function joins(cur: Cluster, cand: Candidate, lower: string): boolean {
  if (cand.start > cur.end + MAX_GAP) return false;
  if (cand.start > cur.end && /[\r\n]/.test(lower.slice(cur.end, cand.start))) return false;
  const { members } = cur;
  if (!leads(cand) && !members.some(leads)) return false;
  if (members.some((m) => m.row === cand.row)) return false;
  const isMessage = (c: Candidate) => c.row.rank === 1 && c.row.matcher.refinable !== true;
  if (isMessage(cand) && members.some(isMessage)) return false;
  const compatible =
    cand.row.matcher.refinable === true ||
    members.some((m) => m.code === cand.code) ||
    members.every((m) => m.row.matcher.refinable === true);
  return compatible;
}

/** The hit takes its code, id and library from the most stable row that is not a refinable head. */
function toHit({ members }: Cluster): VerifierHit {
  const byScore = [...members].sort((a, b) => b.score - a.score);
  const decisive = byScore.find((m) => m.row.matcher.refinable !== true) ?? byScore[0];
  if (decisive === undefined) throw new Error('empty cluster');
  let args: VerifierArgs = {};
  for (const m of byScore.reverse()) if (m.code === decisive.code && m !== decisive) args = { ...args, ...m.args };
  args = { ...args, ...decisive.args };
  let start = decisive.start;
  let end = decisive.spanEnd;
  for (const m of members) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.spanEnd);
  }
  const { matcher } = decisive.row;
  return { code: decisive.code, library: matcher.library, id: matcher.id, start, end, args };
}
