/**
 * The scanner: finds every place where a row's text occurs, with its boundaries checked and its
 * values read. Deciding which of those make one message is merge.ts's job.
 *
 * The text is lower-cased once, then searched for a dozen trigger strings with `indexOf` (native, at
 * memchr speed for a rare first letter); only where a trigger occurs are the rows that contain it
 * compared, with `startsWith` at the offset the trigger has in each row. No regex runs over the whole
 * text; readers only see a bounded window around a match.
 */

import { NextIndex } from '../http/chars.js';
import { ALB_PAGE, BODY_SIGNALS, BODY_UNSCANNED, UAEX } from '../proxy-texts.js';
import type { VerifierArgs } from '../verifier-messages.js';
import { MATCHERS } from './index.js';
import type { Fragment, Matcher } from './matcher.js';
import type { RowCode } from './row-codes.js';

/**
 * Trigger strings. Every trigger costs one `indexOf` pass over the paste, so there are few, and they lead with letters
 * that are rare in prose, headers and base64 (x, q, j, v), where `indexOf` runs at memchr speed. The single letters l, b
 * and u catch the rows with no rarer handle; their many occurrences are mostly rejected by one table lookup (see
 * `Group`). `認証` ("authentication") is in the Japanese rows of localized.ts that hold no identifier: V8 gives up on a
 * two-byte pattern in a one-byte string at once, so only a paste with Japanese in it pays for its pass; so do `トークン` and
 * `ログイン` ("token", "login"), for Japanese products' own words that hold neither (japanese.ts: kabu STATION's
 * トークン取得失敗, Money Forward's ログインしてください).
 *
 * A pass for a string stops at every occurrence of its first letter all the same (memchr, then a comparison), so a
 * rare string led by a common letter costs as much as that letter: `csrf` (Laravel's "CSRF token mismatch.") stopped
 * at every c, `yptographic` (go-jose's "error in cryptographic primitive") at every y, `gn` and `fi` at every g and f,
 * four passes for four rows and two handles (~2.3 of ~11 µs a paste on the examples, ~4 of ~30 on the corpus sample).
 * The single letters f and g serve them all in two (HANDLES).
 */
const TRIGGERS = [
  'x',
  'q',
  'jw',
  'valid',
  '[',
  'vok',
  'g',
  'f',
  'key',
  'l',
  'b',
  'u',
  '認証',
  'トークン',
  'ログイン',
] as const;

/**
 * What a row is filed at when it holds none of its anchors (ROW_ANCHORS, BODY_ANCHORS): the first of these it holds, so
 * the order is a preference. Each is a trigger, or a piece with one: `gn` and `fi` are filed as they were when they were
 * triggers (by the pair after their g and f), `tog` (go-jose's `cryptographic`) and `srf` (Laravel's `csrf`) by the
 * pair before their g and f (see anchorOf).
 */
const HANDLES: readonly string[] = [
  'x',
  'q',
  'jw',
  'valid',
  '[',
  'vok',
  'gn',
  'fi',
  'key',
  'l',
  'b',
  'u',
  'tog',
  'srf',
  '認証',
  'トークン',
  'ログイン',
];

const KIND_RANK = { code: 3, class: 2, msg: 1 } as const;

interface RowShape {
  /** The row's text, lower-cased. */
  lower: string;
  /** Where the trigger sits in `lower`. */
  offset: number;
  /** The first and last character codes of `lower` (see visit). */
  first: number;
  last: number;
  rank: number;
  /** Whether the text begins / ends with a word character, so a word boundary is required there. */
  wordStart: boolean;
  wordEnd: boolean;
  /** The row's trigger group, whose margins (Group.left/right) say where in a span of token characters it can be. */
  group: Group;
}

/** A verifier message's row: a match is accepted (accept) and becomes a Candidate. */
export interface MessageRow extends RowShape {
  matcher: Matcher;
  body: false;
}

/** An intermediary's body text (BODY_TEXTS), not a verifier message: found anywhere, only noted (Scan.body). */
interface BodyRow extends RowShape {
  matcher: typeof BODY_MATCHER;
  body: true;
}

export type Row = MessageRow | BodyRow;

/**
 * The rows filed under one trigger, bucketed by the two characters that follow the trigger in the row
 * (or, when the trigger ends the row, the two before it). An occurrence of the trigger in the text
 * only compares the rows whose neighbourhood matches: `invalid_token` in a header does not visit the
 * rows for "invalid signature". `AFTER`/`BEFORE` hold one bit per group for each ASCII pair, so most
 * occurrences are dismissed without a Map lookup.
 */
interface Group {
  trigger: string;
  bit: number;
  after: Map<number, Bucket>;
  before: Map<number, Bucket>;
  always: Row[];
  /**
   * How far from the start and from the end of a span of token characters an occurrence of the trigger must be for
   * none of the group's rows, but those made of token characters (RUN_ROWS), to hold it (see fileForRuns, BLANK_LEFT).
   */
  left: number;
  right: number;
}

/**
 * The rows of one neighbourhood. A large bucket (the `idx10…` codes after `x`, the `jwt …` messages
 * after `jw`) is split by the pair at another place near the trigger, and its parts again while that helps, so an
 * occurrence compares a handful of rows rather than twenty. The place is the one that leaves the fewest rows to compare
 * at worst: the next two characters out serve `jwt …`, but every `signature …` row holds `signature` (the pair after
 * its `ur` is what tells them apart) and every `… request` row has `request` (the pair before it does): the
 * examples compared 106 rows a paste for 5 that matched (round perf-e).
 */
interface Bucket {
  rows: Row[];
  /** Where the pair a split bucket is keyed by starts, from the trigger's position. */
  at: number;
  /** Rows too short to reach that pair (compared wherever the bucket is). */
  short: Row[];
  /** The parts, by that pair; null when the bucket is not split. */
  next: Map<number, Bucket> | null;
}

/** Buckets with more rows than this are split (see Bucket). */
const SPLIT_ABOVE = 4;

const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/*
 * No read here goes past either end of the text. V8 answers an out-of-bounds `charCodeAt` with NaN, but its
 * optimised code deoptimises on the first one and from then on calls the builtin at that site for every read:
 * one trigger near the end of one paste made every pair lookup after it a call. Bounded reads made findCandidates
 * ~11% faster on the format tests' verifier-message pastes (600-character chunks), and left it even on the shipped
 * examples.
 */

/** Two characters as one number (-1 past either end, which no bucket holds). */
const pair = (s: string, i: number) =>
  i >= 0 && i + 1 < s.length ? s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1) : -1;
/** Two characters folded to 14 bits, for the bit tables (0 past the end: a harmless false positive). */
const pairIndex = (s: string, i: number) =>
  i + 1 < s.length ? ((s.charCodeAt(i) & 0x7f) << 7) | (s.charCodeAt(i + 1) & 0x7f) : 0;

const AFTER = new Uint32Array(1 << 14);
const BEFORE = new Uint32Array(1 << 14);

/** Every row, in table order (for findCandidatesByRow). */
const ROWS: MessageRow[] = [];

/** A token character, lower-cased: base64url (what a JWT's parts are made of) and the dot between them. */
const isRunChar = (c: number) => isWord(c) || c === 0x2d || c === 0x2e;

/**
 * The rows made of token characters only (`tokenexpirederror`, `idx10223`, `invalid_token`), by the pair of
 * characters they start with, in table order: the only rows that can match wholly inside a run of them.
 */
const RUN_ROWS = new Map<number, MessageRow[]>();

/** 1 at the folded pair (pairIndex) each row of RUN_ROWS starts with: most word starts in a token are no such pair. */
const RUN_STARTS = new Uint8Array(1 << 14);

/** How far into a row of RUN_ROWS its trigger ends, at most (fileForRuns). */
let RUN_ROW_REACH = 0;

/**
 * The proxy check's body texts (parse/proxy-texts.ts: BODY_SIGNALS, the ALB page), lower-case, but BODY_UNSCANNED (which
 * proxy.ts looks for itself: they hold no trigger). They are rows like the verifier messages', found by the same
 * trigger passes, but only noted (Scan.body), with no word boundary: proxy.ts's own search for them (nine `indexOf`
 * passes and an alternation) was ~3% of a diagnosis; their share of the scan and unscannedBodyText cost 0.35× of it
 * on the shipped examples. Their groups' margins (fileForRuns) widen no blank (BLANK_LEFT/RIGHT are as without them).
 */
const BODY_TEXTS: readonly string[] = [
  ...[...BODY_SIGNALS.map((b) => b.text), ALB_PAGE].filter((text) => !BODY_UNSCANNED.includes(text)),
  // Envoy's response flag in its access log, which proxy.ts reads (envoyExtAuthzFlag) only where the scan saw it.
  UAEX.toLowerCase(),
];

/**
 * Where a body text is filed when the neighbourhood of its first trigger is common in pastes (`request`'s `que`,
 * `policy`'s `lic`, `cloudflare`'s `lou`): at the first of these it holds (see anchorOf). Each was the rarest of the
 * text's trigger neighbourhoods in the shipped examples and the test suite's sources.
 */
const BODY_ANCHORS: readonly string[] = ['udf', 'u h', 'fied', 'blo', 'l w', 'by ', 'by_', 'llo', 'us_', 'key'];

/**
 * The same for verifier messages whose first trigger's neighbourhood is common in pastes, where each of its occurrences
 * looked the rows up: Anthropic's `invalid x-api-key` at every `x-amz-…` and `x-api-key` header (`x-a`), Flask-JWT's
 * `missing 'bearer' type` at every Bearer (`bea`: 82 a paste on the golden corpus, /tmp/s18/corpus.jsonl), the
 * `authorization`/`authentication` rows at every such header (`uth`, a bucket of 17 rows), fastify's `… was found in
 * request.…` at every `request` (`que`), the CSRF refusals at `exception` and `request` (`srf`, by the pair before its f).
 * ` 'b`, `fou` (`found`) and `srf` are far rarer there: on the corpus the scan looks buckets up 30 times a paste instead
 * of 111 (round perf-e). Svix's `Message timestamp too new` holds no handle (its only trigger is message's g): filed at
 * `ge ` (message followed by a space), not `sag`, which every `"message":` of a JSON body holds. Teleport's two refusals
 * hold no handle either (access-proxies.ts): ` connecting to ` is filed by the pair before its g (`ing to `), `access
 * denied to perform action` by the pair before perform's f (`erform action`).
 */
const ROW_ANCHORS: readonly string[] = [
  'valid x',
  " 'b",
  'n was found',
  'n found',
  'srf',
  'ge timestamp too new',
  'ing to ',
  'erform action',
  'gprovidertoken',
];

/**
 * The group and the offset a row is filed at by the first of `anchors` it holds (undefined when none): the trigger the
 * anchor starts with, or else the last it holds. A row is bucketed by the pair after an anchor's trigger that starts
 * it (as by a trigger of its own), by the pair before any other (`before`), which the anchor holds.
 */
function anchorOf(
  lower: string,
  anchors: readonly string[],
  groups: readonly Group[],
): { group: Group; offset: number; before: boolean } | undefined {
  const anchor = anchors.find((a) => lower.includes(a));
  if (anchor === undefined) return undefined;
  const head = groups.find((g) => anchor.startsWith(g.trigger));
  const group = head ?? lastTriggerIn(anchor, groups);
  if (group === undefined) throw new Error(`anchor ${anchor} holds no trigger`);
  const at = head ? 0 : anchor.lastIndexOf(group.trigger);
  const before = at > 0;
  if (before && at < 2) throw new Error(`anchor ${anchor} holds no pair before its trigger`);
  return { group, offset: lower.indexOf(anchor) + at, before };
}

function lastTriggerIn(anchor: string, groups: readonly Group[]): Group | undefined {
  let last: Group | undefined;
  for (const g of groups) if (anchor.lastIndexOf(g.trigger) > (last ? anchor.lastIndexOf(last.trigger) : -1)) last = g;
  return last;
}

/** What a body row carries as its matcher: a name for load-time errors, no code (it never reaches accept or merge.ts). */
const BODY_MATCHER = { id: 'proxy.body' } as const;

/** Whether `lower` is made of token characters only (can lie wholly inside a token's span). */
const isRunText = (lower: string) => [...lower].every((ch) => isRunChar(ch.charCodeAt(0)));

/**
 * The body texts made of token characters only (`authinvalidcookie`, `mod_security`), by a piece each holds: found
 * anywhere, not at word starts, so the blanks of tokens' spans are searched for them on their own (bodyInBlanks).
 */
const RUN_BODY_PIECES = ['auth', 'securit', 'keymanagement', 'identity_aware'] as const;
const RUN_BODY = new Map<string, { lower: string; offset: number }[]>(RUN_BODY_PIECES.map((p) => [p, []]));
/** The longest of them. */
let RUN_BODY_LENGTH = 0;

function fileRunBody(row: Row): void {
  const { lower } = row;
  const piece = RUN_BODY_PIECES.find((p) => lower.includes(p));
  if (piece === undefined) throw new Error(`proxy body text ${lower}: no piece to look for it inside a token`);
  const offset = lower.indexOf(piece);
  RUN_BODY.get(piece)?.push({ lower, offset });
  RUN_BODY_LENGTH = Math.max(RUN_BODY_LENGTH, lower.length);
}

/**
 * Case-exact rows that hold no trigger (Envoy's RBAC debug line, WordPress's and WooCommerce's `rest_cannot_…` codes,
 * Sanity's `SIO-401-ANF`, …), found by `indexOf` passes of their own over the paste (findUntriggered): far cheaper than a
 * trigger of their own, which every row's neighbourhood would pay for.
 */
const UNTRIGGERED: Array<{ row: MessageRow; piece: number; at: number }> = [];

/**
 * What an untriggered row is looked for by: the first of these it holds, else its whole text. A pass of each row's own
 * text cost more than all the triggers' together (~1.4 µs against ~0.9 an example paste, round perf-k): fourteen
 * passes, eight of them led by an `e` or an `r`, where `indexOf` stops at nearly every word (and V8 builds a skip table
 * for each long pattern that stops often). The eight `…_cannot_…` codes share one pass, led by a `_`, which prose and
 * headers seldom hold; Anthropic's two `permission_error` rows one; the two `… denied` rows one, led by a `d`;
 * Grafana's `error="No password provided"` is looked for from its capital (~0.27 µs for all of them). The Telegram Bot
 * API's `error_code` from its `_code`: a pass of its own stopped at every `e`. This stop's rows likewise (round perf-n:
 * six passes of their own, ~0.3 µs an example paste): 100ms's two `action=INIT` shapes share `INIT`, Firebase's
 * `AppCheck token…` and Google Maps' `ApiNotActivatedMapError` share `Ap`, Mapbox's `…(sk.*)` is looked for from its
 * `(sk.`, PubNub's `"Access Manager"` from its `Manager`, and WorkOS's `no_session_cookie_provided` from its
 * `_session_`: passes led by a capital or a `(`, `_`, not by an `a`, an `n` or a `"`.
 */
const UNTRIGGERED_PIECES: readonly string[] = [
  '_cannot_',
  '_error',
  'denied',
  'No password',
  '_code',
  '_session_',
  'INIT',
  '(sk.',
  'Ap',
  'Manager',
];

/** The strings the untriggered rows are looked for by (UNTRIGGERED's `piece` indexes it). */
const UNTRIGGERED_SEARCHED: string[] = [];

function fileUntriggered(row: MessageRow): void {
  const words = row.matcher.text;
  const piece = UNTRIGGERED_PIECES.find((p) => words.includes(p)) ?? words;
  let k = UNTRIGGERED_SEARCHED.indexOf(piece);
  if (k < 0) k = UNTRIGGERED_SEARCHED.push(piece) - 1;
  UNTRIGGERED.push({ row, piece: k, at: words.indexOf(piece) });
}

/** The group of the rows in no group (UNTRIGGERED): only their own pass looks for them. */
const NO_GROUP: Group = { trigger: '', bit: 0, after: new Map(), before: new Map(), always: [], left: 0, right: 0 };

function untriggeredRow(matcher: Matcher, lower: string): MessageRow {
  return {
    matcher,
    lower,
    offset: 0,
    first: lower.charCodeAt(0),
    last: lower.charCodeAt(lower.length - 1),
    rank: KIND_RANK[matcher.kind],
    wordStart: isWord(lower.charCodeAt(0)),
    wordEnd: isWord(lower.charCodeAt(lower.length - 1)),
    group: NO_GROUP,
    body: false,
  };
}

function buildGroups(matchers: readonly Matcher[]): Group[] {
  const groups = TRIGGERS.map(
    (trigger, i): Group => ({
      trigger,
      bit: 1 << i,
      after: new Map(),
      before: new Map(),
      always: [],
      left: 0,
      right: 0,
    }),
  );
  for (const matcher of matchers) {
    const lower = matcher.text.toLowerCase();
    const filed = anchorOf(lower, ROW_ANCHORS, groups) ?? anchorOf(lower, HANDLES, groups);
    // A case-exact row without a trigger is looked for by passes of its own (UNTRIGGERED): kept for the few
    // products whose words hold none ("Access denied", Cilium's). Any other would never be looked at: fail at load.
    if (filed === undefined && matcher.exactCase) {
      const row = untriggeredRow(matcher, lower);
      fileUntriggered(row);
      ROWS.push(row);
      continue;
    }
    if (filed === undefined) throw new Error(`verifier message ${matcher.id} contains no trigger`);
    const { group, offset } = filed;
    const row: MessageRow = {
      matcher,
      lower,
      offset,
      first: lower.charCodeAt(0),
      last: lower.charCodeAt(lower.length - 1),
      rank: KIND_RANK[matcher.kind],
      wordStart: isWord(lower.charCodeAt(0)),
      wordEnd: isWord(lower.charCodeAt(lower.length - 1)),
      group,
      body: false,
    };
    ROWS.push(row);
    fileForRuns(row);
    fileInGroup(row, filed.before);
  }
  for (const lower of BODY_TEXTS) {
    const filed = anchorOf(lower, BODY_ANCHORS, groups) ?? anchorOf(lower, HANDLES, groups);
    if (filed === undefined) throw new Error(`proxy body text ${lower} contains no trigger: list it in BODY_UNSCANNED`);
    const { group, offset } = filed;
    const row: Row = {
      matcher: BODY_MATCHER,
      lower,
      offset,
      first: lower.charCodeAt(0),
      last: lower.charCodeAt(lower.length - 1),
      rank: 0,
      wordStart: false,
      wordEnd: false,
      group,
      body: true,
    };
    if (isRunText(lower)) fileRunBody(row);
    else fileForRuns(row);
    fileInGroup(row, filed.before);
  }
  for (const group of groups) {
    const length = group.trigger.length;
    // First after the pair that follows the trigger, or before the pair that precedes it (a tie keeps them).
    for (const bucket of group.after.values()) split(bucket, [length + 2, -2, length + 4, -4, length + 6, -6]);
    for (const bucket of group.before.values()) split(bucket, [-4, length, length + 2, -6, length + 4, -8]);
  }
  return groups.filter((g) => g.after.size + g.before.size + g.always.length > 0);
}

/** Files a row in its group's buckets, by the pair after its trigger (or before it: when none follows, or `before`). */
function fileInGroup(row: Row, before: boolean): void {
  const { lower, offset, group } = row;
  const tail = offset + group.trigger.length;
  if (tail + 2 <= lower.length && !before) {
    push(group.after, pair(lower, tail), row);
    mark(AFTER, pairIndex(lower, tail), group.bit);
  } else if (offset >= 2) {
    push(group.before, pair(lower, offset - 2), row);
    mark(BEFORE, pairIndex(lower, offset - 2), group.bit);
  } else {
    group.always.push(row);
  }
}

/**
 * Widens the row's group's margins (Group.left/right) so the row is still looked for where it can match with its
 * trigger inside a span of token characters; a row made of those characters only goes to RUN_ROWS instead.
 *
 * A row's characters that are not token characters (the space of `jwt expired`, the `:` of `IDX10223:`) must fall
 * outside the span: the last one before its trigger before the span's start, the first one from its trigger on at or
 * after the span's end. So its trigger lies within `offset - a` characters of the span's start (a: the index of that
 * last one) or within `b - offset` of its end (b: of that first one).
 */
function fileForRuns(row: Row): void {
  const { lower, offset, group } = row;
  let a = offset - 1;
  while (a >= 0 && isRunChar(lower.charCodeAt(a))) a--;
  let b = offset;
  while (b < lower.length && isRunChar(lower.charCodeAt(b))) b++;
  if (a >= 0) group.left = Math.max(group.left, offset - a);
  if (b < lower.length) group.right = Math.max(group.right, b - offset);
  if (a >= 0 || b < lower.length) return;
  // A row of one character would need another key, one starting with a `-` or `.` other places to be looked for
  // (visitSpanWords): none is so.
  if (row.body || lower.length < 2 || !isWord(lower.charCodeAt(0)))
    throw new Error(`verifier message ${row.matcher.id}: no place to look for it inside a token`);
  RUN_ROW_REACH = Math.max(RUN_ROW_REACH, offset + group.trigger.length - 1);
  const key = pair(lower, 0);
  const rows = RUN_ROWS.get(key);
  if (rows) rows.push(row);
  else RUN_ROWS.set(key, [row]);
  RUN_STARTS[pairIndex(lower, 0)] = 1;
}

/**
 * Splits a large bucket by the pair of its rows' text at the first of `places` (from the trigger) that leaves the fewest
 * rows to compare at worst (the rows too short to reach it and its largest part), then its parts by the places left.
 */
function split(bucket: Bucket, places: readonly number[]): void {
  if (bucket.rows.length <= SPLIT_ABOVE) return;
  let best: { at: number; short: Row[]; next: Map<number, Bucket>; worst: number } | undefined;
  for (const at of places) {
    const short: Row[] = [];
    const next = new Map<number, Bucket>();
    for (const row of bucket.rows) {
      const i = row.offset + at;
      if (i < 0 || i + 2 > row.lower.length) short.push(row);
      else push(next, pair(row.lower, i), row);
    }
    let worst = 0;
    for (const part of next.values()) worst = Math.max(worst, part.rows.length);
    worst += short.length;
    if (worst < (best?.worst ?? bucket.rows.length)) best = { at, short, next, worst };
  }
  if (best === undefined) return;
  bucket.at = best.at;
  bucket.short = best.short;
  bucket.next = best.next;
  const left = places.filter((at) => at !== best.at);
  for (const part of best.next.values()) split(part, left);
}

function mark(table: Uint32Array, index: number, bit: number): void {
  table[index] = (table[index] ?? 0) | bit;
}

function push(map: Map<number, Bucket>, key: number, row: Row): void {
  const bucket = map.get(key);
  if (bucket) bucket.rows.push(row);
  else map.set(key, { rows: [row], at: 0, short: [], next: null });
}

const GROUPS = buildGroups(MATCHERS);

/** One row seen at one place, values read. */
export interface Candidate {
  row: MessageRow;
  /** The row's text in the input. */
  start: number;
  end: number;
  /** Where the message ends, values included. */
  spanEnd: number;
  code: RowCode;
  args: VerifierArgs;
  /** Identifiers beat prose; of equal kinds, the case-exact row, then the longer text. */
  score: number;
}

/** A span of the text made of token characters only (base64url and the dot), [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

/**
 * Every row occurrence in `text` that passes its checks, with the lower-cased text they were found in (and whether a
 * body text of the proxy check occurs, Scan.body).
 * `lower` is `foldForMatching(text)` when the caller already has it (the diagnosis folds once for every scanner).
 *
 * `tokens`: spans the caller knows to hold token characters only, in order and disjoint (the parts of a JWT it
 * decoded). Their inside is blanked in the copy of `lower` the triggers are looked for in: there a trigger hits every
 * few characters (l, b, u, x: ~30 times in an RS256 token's header and payload) and no row can match but one made of
 * token characters itself, which is looked for at the span's word starts instead (visitSpanWords). Rows are still
 * compared with `lower`, so what is found is the same with or without `tokens`: test/engine/fast-paths.test.ts holds
 * it to findCandidatesByRow.
 */
export function findCandidates(
  text: string,
  lower: string = foldForMatching(text),
  tokens: readonly TokenSpan[] = [],
): Scan {
  const out: Scan = { lower, found: [], body: false };
  const blanks = tokens.length === 0 ? NO_BLANKS : blanksOf(tokens, lower.length);
  const scan = blanks.length === 0 ? lower : blankOut(lower, blanks);
  for (const group of GROUPS) {
    const { trigger, bit } = group;
    const length = trigger.length;
    for (let p = scan.indexOf(trigger); p !== -1; p = scan.indexOf(trigger, p + 1)) {
      if ((AFTER[pairIndex(lower, p + length)] ?? 0) & bit) {
        const bucket = group.after.get(pair(lower, p + length));
        if (bucket) visitBucket(bucket, p, text, out);
      }
      if (p >= 2 && (BEFORE[pairIndex(lower, p - 2)] ?? 0) & bit) {
        const bucket = group.before.get(pair(lower, p - 2));
        if (bucket) visitBucket(bucket, p, text, out);
      }
      if (group.always.length > 0) visit(group.always, p, text, out);
    }
  }
  findUntriggered(text, lower, out.found);
  if (blanks.length > 0) {
    visitSpanWords(blanks, text, lower, out.found);
    if (!out.body) out.body = bodyInBlanks(blanks, lower);
  }
  return out;
}

/**
 * The untriggered rows' matches, row by row in table order, each row's left to right and not overlapping one another
 * (as a pass of its own text, from the end of each match, finds them): one pass for each string they are looked for by
 * (UNTRIGGERED_SEARCHED), then each row compared where its string occurs.
 */
function findUntriggered(text: string, lower: string, found: Candidate[]): void {
  let hits: Array<number[] | undefined> | null = null;
  for (let k = 0; k < UNTRIGGERED_SEARCHED.length; k++) {
    const piece = UNTRIGGERED_SEARCHED[k] as string;
    for (let q = text.indexOf(piece); q !== -1; q = text.indexOf(piece, q + 1)) {
      hits ??= [];
      const at = hits[k];
      if (at === undefined) hits[k] = [q];
      else at.push(q);
    }
  }
  if (hits === null) return;
  for (const { row, piece, at } of UNTRIGGERED) {
    const places = hits[piece];
    if (places === undefined) continue;
    const words = row.matcher.text;
    // Where the row's last match ends: a start before it (or before the text) is none.
    let next = 0;
    for (const q of places) {
      const start = q - at;
      if (start < next || !text.startsWith(words, start)) continue;
      next = start + words.length;
      const candidate = accept(row, text, lower, start);
      if (candidate) found.push(candidate);
    }
  }
}

/** What findCandidates found. */
export interface Scan {
  /** The lower-cased text they were found in. */
  lower: string;
  found: Candidate[];
  /**
   * Whether one of the proxy check's texts that BODY_TEXTS holds occurs (Context.proxyBodyText); the rest,
   * BODY_UNSCANNED, proxy.ts looks for itself.
   */
  body: boolean;
}

/**
 * Whether a body text made of token characters (RUN_BODY) occurs around the blank of a token's span, where the scan
 * did not look: its piece is searched for in a view of the text around the blank, as far out as such a text reaches
 * when its trigger overlaps the blank (its length). Other body texts hold a character that is not a token character,
 * and their groups' margins (fileForRuns) keep the blanks where they cannot be.
 */
function bodyInBlanks(blanks: readonly number[], lower: string): boolean {
  for (let k = 0; k < blanks.length; k += 3) {
    const from = Math.max(0, (blanks[k + 1] as number) - RUN_BODY_LENGTH);
    const window = lower.slice(from, (blanks[k + 2] as number) + RUN_BODY_LENGTH);
    for (const [piece, texts] of RUN_BODY)
      for (let i = window.indexOf(piece); i !== -1; i = window.indexOf(piece, i + 1))
        for (const { lower: t, offset } of texts) if (i >= offset && window.startsWith(t, i - offset)) return true;
  }
  return false;
}

const NO_BLANKS: readonly number[] = [];

/**
 * How far inside a span of token characters its blank starts, and how far before the span's end it stops. A trigger
 * occurrence that overlaps the blank then has token characters for as far around it as any row not made of them
 * reaches with a character that is not one (Group.left/right), so none of those can match there; and a row made of
 * them whose trigger is there starts in the span (RUN_ROW_REACH).
 */
const BLANK_LEFT = Math.max(RUN_ROW_REACH, ...GROUPS.map((g) => g.left + g.trigger.length - 1));
const BLANK_RIGHT = Math.max(...GROUPS.map((g) => g.right));

/** [span start, blank start, blank end, …] for the spans whose blank is not empty, in order; spans out of order are left out. */
function blanksOf(spans: readonly TokenSpan[], length: number): number[] {
  const out: number[] = [];
  let done = 0;
  for (const span of spans) {
    const from = span.start + BLANK_LEFT;
    const to = Math.min(span.end, length) - BLANK_RIGHT;
    if (to <= from || span.start < done) continue;
    out.push(span.start, from, to);
    done = span.end;
  }
  return out;
}

/** `lower` with each blank (blanksOf) turned into spaces, which no trigger holds. */
function blankOut(lower: string, blanks: readonly number[]): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < blanks.length; k += 3) {
    const start = blanks[k + 1] as number;
    const end = blanks[k + 2] as number;
    out += lower.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + lower.slice(from);
}

/**
 * The matches of the rows made of token characters (RUN_ROWS) whose trigger occurrence overlaps a span's blank (the
 * scan did not see it), for each of `blanks` (blanksOf). Such a row starts in the span (RUN_ROW_REACH) with a word
 * character, so at the span's start or right after a `-` or `.` in it (fileForRuns fails at load for a row that would
 * start otherwise): those places are looked at. The separators are found natively and forward only, across the spans
 * (a search that runs past one span serves the next), so a paste of many tokens without a `-` stays linear.
 */
function visitSpanWords(blanks: readonly number[], text: string, lower: string, found: Candidate[]): void {
  const separators = [new NextIndex(lower, '-'), new NextIndex(lower, '.')];
  for (let k = 0; k < blanks.length; k += 3) {
    const start = blanks[k] as number;
    const from = blanks[k + 1] as number;
    const to = blanks[k + 2] as number;
    visitRunWord(start, from, to, text, lower, found);
    for (const next of separators) {
      for (let q = next.from(start); q !== -1 && q < to; q = next.from(q + 1))
        visitRunWord(q + 1, from, to, text, lower, found);
    }
  }
}

function visitRunWord(s: number, from: number, to: number, text: string, lower: string, found: Candidate[]): void {
  if (RUN_STARTS[pairIndex(lower, s)] !== 1) return;
  const rows = RUN_ROWS.get(pair(lower, s));
  if (rows === undefined) return;
  for (const row of rows) {
    const p = s + row.offset;
    // Only an occurrence the blank [from, to) hid: one outside it was visited by the scan.
    if (p + row.group.trigger.length <= from || p >= to) continue;
    const last = s + row.lower.length - 1;
    if (last >= lower.length || lower.charCodeAt(last) !== row.last) continue;
    if (lower.startsWith(row.lower, s)) {
      const candidate = accept(row, text, lower, s);
      if (candidate) found.push(candidate);
    }
  }
}

/**
 * What findCandidates finds, the plain way: every row searched for on its own, with the same checks.
 * For test/engine/fast-paths.test.ts, which holds the triggers and the (split) buckets to it.
 */
export function findCandidatesByRow(text: string, lower: string = foldForMatching(text)): Candidate[] {
  const found: Candidate[] = [];
  for (const row of ROWS) {
    for (let start = lower.indexOf(row.lower); start !== -1; start = lower.indexOf(row.lower, start + 1)) {
      const candidate = accept(row, text, lower, start);
      if (candidate) found.push(candidate);
    }
  }
  return found;
}

/** Visits the rows of a bucket, down its split to the part the text's pair at each place keys (see Bucket). */
function visitBucket(bucket: Bucket, p: number, text: string, out: Scan): void {
  let part: Bucket | undefined = bucket;
  while (part.next !== null) {
    if (part.short.length > 0) visit(part.short, p, text, out);
    // A pair before the start or past the end of the text is -1, which no part holds (no row could match there).
    part = part.next.get(pair(out.lower, p + part.at));
    if (part === undefined) return;
  }
  visit(part.rows, p, text, out);
}

function visit(rows: Row[], p: number, text: string, out: Scan): void {
  const { lower } = out;
  for (const row of rows) {
    const start = p - row.offset;
    if (start < 0) continue;
    // The rows of a bucket share the trigger and the characters next to it, rarely their ends: one
    // character at each end (two reads) rejects most of them before the builtin call, which costs more.
    const last = start + row.lower.length - 1;
    if (last >= lower.length) continue;
    if (lower.charCodeAt(start) !== row.first || lower.charCodeAt(last) !== row.last) continue;
    if (lower.startsWith(row.lower, start)) {
      if (row.body) {
        out.body = true;
        continue;
      }
      const candidate = accept(row, text, lower, start);
      if (candidate) out.found.push(candidate);
    }
  }
}

/** Lower-cased text with the same offsets as the input. */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  // A few characters lower-case to two code units (İ); blank every non-ASCII character instead, which keeps the ASCII
  // rows' offsets (localized.ts's Japanese rows are then not seen, in a paste that mixes İ and Japanese).
  return lower.length === text.length ? lower : text.replace(/[\u0080-\uffff]/g, ' ').toLowerCase();
}

function accept(row: MessageRow, text: string, lower: string, start: number): Candidate | null {
  const end = start + row.lower.length;
  const { matcher } = row;
  if (row.wordStart && start > 0 && isWord(lower.charCodeAt(start - 1))) return null;
  if (row.wordEnd && end < lower.length && isWord(lower.charCodeAt(end))) return null;
  if (matcher.exactCase && !text.startsWith(matcher.text, start)) return null;
  if (matcher.standalone && !startsMessage(lower, start)) return null;
  if (matcher.standalone === true && !endsMessage(lower, end)) return null;
  if (matcher.kind === 'class' && namedAsCode(lower, start)) return null;
  if (wondersInJapanese(lower, start, end)) return null;
  if (asksInEnglish(lower, start, end)) return null;
  let code = matcher.code;
  let args: VerifierArgs = matcher.args ?? {};
  let spanEnd = end;
  if (matcher.read) {
    const reading = matcher.read(fragmentAt(text, start, end));
    if (reading === null) return null;
    if (reading.code) code = reading.code;
    // A fresh object (the row's own args are shared), filled by assignment: see merge.ts on spreads.
    if (reading.args) args = unwrapArgs(Object.assign({}, args, reading.args));
    if (reading.extend) spanEnd = Math.min(text.length, end + reading.extend);
  }
  const score = row.rank * 10_000 + (matcher.exactCase ? 5_000 : 0) + row.lower.length;
  return { row, start, end, spanEnd, code, args, score };
}

/**
 * A value read across a hard wrap (a terminal's or a chat's at a fixed width: `kid: 'acm⏎e-2026-05-20'`) holds the
 * wrap's line break, which is none of the value's: dropped, with the indent around it (a space kept where the wrap fell
 * between words). Values are short; most hold no break and are returned as they are.
 */
function unwrapArgs(args: VerifierArgs): VerifierArgs {
  const record = args as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'string' && v.includes('\n')) record[k] = unwrapped(v);
    else if (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.includes('\n')))
      record[k] = v.map((x) => (typeof x === 'string' ? unwrapped(x) : x));
  }
  return args;
}

function unwrapped(value: string): string {
  return value.replace(/([ \t]?)[ \t]*\r?\n[ \t]*/g, (_, space: string) => (space === '' ? '' : ' '));
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/**
 * Words after which a sentence names an exception class as code to write, not as what was thrown: "should I catch
 * ExpiredJwtException?", "how do I handle TokenExpiredError", "the difference between … and …", "a class that extends
 * …". A class named after any other word ("I get SignatureVerificationException", "getting ExpiredJwtException after
 * deploy") or standing as a log's or a stack's (`io.jsonwebtoken.ExpiredJwtException: …`) is the failure's.
 */
const CODE_VERBS: ReadonlySet<string> = new Set([
  'catch',
  'catching',
  'handle',
  'handling',
  'between',
  'extend',
  'extends',
  'subclass',
  'instanceof',
]);

/**
 * Japanese that wonders about a message instead of reporting it, in the clause right after it: a condition ("jwt expired
 * なら", "が出たら", "であれば", "の場合", "としたら"), a guess ("かもしれない"), or what one should write ("をキャッチすべき").
 * The Japanese counterpart of CODE_VERBS: "jwt expired になります", "と出ています" report it and stay read.
 */
const JA_WONDERING = ['なら', 'たら', 'であれば', 'かも', 'べき', 'の場合', 'をキャッチ', 'をcatch', 'を catch'];
/**
 * Where a clause turns from the message to something else: "と出るのですがどうすれば", "と出てどうしたらいいか", "が出るので".
 * What follows asks about the reported message; its たら or れば is not about the message.
 */
const JA_TURNS = ['どう', 'ですが', 'ますが', 'けど', 'のに', 'ので', 'なぜ'];
/** Where the clause after a message ends: its sentence's or its clause's mark. */
const JA_CLAUSE_ENDS = new Set(['。', '、', '？', '?', '！', '!', '，', '\n', '\r']);
/** How far the clause after a message, and the sentence before it (for もし), are read. */
const JA_CLAUSE_REACH = 40;

/**
 * Whether the message at [start, end) sits in Japanese prose that wonders about it (JA_WONDERING after it, or もし before
 * it in its sentence). Only when Japanese follows the message, a quote or spaces between: a log line never does.
 */
function wondersInJapanese(lower: string, start: number, end: number): boolean {
  let i = end;
  while (i < lower.length && i - end < 4 && QUOTES_AFTER.has(lower[i] as string)) i++;
  if (i >= lower.length || !isJapanese(lower.charCodeAt(i))) return false;
  const stop = Math.min(lower.length, i + JA_CLAUSE_REACH);
  let k = i;
  while (k < stop && !JA_CLAUSE_ENDS.has(lower[k] as string)) k++;
  let clause = lower.slice(i, k);
  for (const t of JA_TURNS) {
    const at = clause.indexOf(t);
    if (at >= 0) clause = clause.slice(0, at);
  }
  for (const w of JA_WONDERING) if (clause.includes(w)) return true;
  const before = lineBefore(lower, start, JA_CLAUSE_REACH);
  const moshi = before.lastIndexOf('もし');
  return moshi >= 0 && moshi > before.lastIndexOf('。');
}
/**
 * English that asks about a message instead of reporting it, opening the message's sentence: "what does `invalid
 * signature` mean?", "if I get `jwt expired`, what should I do?", "should we retry on TokenExpiredError?", "how do I
 * handle IDX10223?". The English counterpart of JA_WONDERING; "I get `jwt expired` on every call, why?" opens with the
 * report and stays read. Anchored at the sentence's start (a greeting or a conjunction before it), made of bounded
 * alternations with no nested quantifier, and run on at most EN_REACH characters.
 */
const EN_ASKING = new RegExp(
  `^(?:(?:so|and|but|also|ok|okay|hi|hey|quick question)[,:]? )?` +
    `(?:what (?:does|do|is|causes|triggers)|what's|` +
    `should (?:i|we) (?:retry|refresh|re-?authenticate|log (?:the user )?out|redirect|catch|handle)(?: on| for| when| after)?|` +
    `how (?:do|should|can) (?:i|we) (?:handle|catch|deal with|treat)|how to (?:handle|catch|deal with|treat)|` +
    `(?:what )?if (?:i|we|you|it|the (?:api|server|client|backend|app|user)) (?:gets?|sees?|receives?|hits?|returns?|throws?|encounters?))` +
    String.raw`(?: an?| the)?(?: error| exception| message)? ?[\`"']?$`,
);
/** How far back the sentence before a message, and forward its question mark, are read. */
const EN_REACH = 80;

/**
 * Whether the message at [start, end) is asked about (EN_ASKING opens its sentence) in a question (a `?` closes the
 * sentence on the same line). Only prose reaches here: a log line holds no such opening right before its message.
 */
function asksInEnglish(lower: string, start: number, end: number): boolean {
  const before = lineBefore(lower, start, EN_REACH);
  // The gate: the words before a message in a log line end in `: `, `=` or a bracket, not in one of these letters.
  if (before.length < 6) return false;
  const last = before.charCodeAt(before.length - 1);
  if (!(last === 0x20 || last === 0x60 || last === 0x22 || last === 0x27)) return false;
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === '.' || c === '?' || c === '!') {
      from = i + 1;
      break;
    }
  }
  const sentence = before.slice(from).trimStart();
  if (!EN_ASKING.test(sentence)) return false;
  const stop = Math.min(lower.length, end + EN_REACH);
  for (let k = end; k < stop; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x3f) return true;
    if (c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21) return false;
  }
  return false;
}

const QUOTES_AFTER = new Set([' ', '"', "'", '`', '」', '』', '”']);

/** Words that join classes named in one breath: "catch ExpiredJwtException or SignatureException". */
const LIST_WORDS: ReadonlySet<string> = new Set(['or', 'and', 'nor', 'vs', 'versus']);

/**
 * Whether the class named at `start` follows one of CODE_VERBS in a sentence (an article, a quote, a backtick and the
 * class's package between them), directly or after other classes in a list ("catch ExpiredJwtException or
 * SignatureException", "handle A, B, and C"): the list's later names are code to write like its first. Reads at most
 * 160 characters back on the line, and at most six names.
 */
function namedAsCode(lower: string, start: number): boolean {
  const floor = Math.max(0, start - 160);
  let i = skipName(lower, start - 1, floor);
  for (let words = 0, names = 0; words < 3 && names < 6; words++) {
    const spaced = i >= floor && lower[i] === ' ';
    i = skipSpaces(lower, i, floor);
    const comma = i >= floor && (lower[i] === ',' || lower[i] === '/');
    if (comma) i = skipSpaces(lower, i - 1, floor);
    else if (!spaced) return false;
    if (comma) {
      if (!endsClassName(lower, i, floor)) return false;
    } else {
      const e = i;
      while (i >= floor && lower.charCodeAt(i) >= 0x61 && lower.charCodeAt(i) <= 0x7a) i--;
      const word = lower.slice(i + 1, e + 1);
      if (CODE_VERBS.has(word)) return true;
      if (ARTICLES.has(word)) continue;
      if (!LIST_WORDS.has(word)) return false;
      // "A, B, and C": the comma before the list word belongs to the list.
      i = skipSpaces(lower, i, floor);
      if (i >= floor && lower[i] === ',') i = skipSpaces(lower, i - 1, floor);
      if (!endsClassName(lower, i, floor)) return false;
    }
    // The class before the comma or list word is named in the same breath: read on before it.
    i = skipName(lower, i, floor);
    names++;
    words = -1;
  }
  return false;
}

function skipSpaces(lower: string, i: number, floor: number): number {
  while (i >= floor && lower[i] === ' ') i--;
  return i;
}

/** Back over a class name at `i` (its package and the quotes or backticks around it): the index before it. */
function skipName(lower: string, i: number, floor: number): number {
  while (i >= floor && (lower[i] === '`' || lower[i] === '"' || lower[i] === "'")) i--;
  while (i >= floor && (isWord(lower.charCodeAt(i)) || lower.charCodeAt(i) === 0x2e)) i--;
  while (i >= floor && (lower[i] === '`' || lower[i] === '"' || lower[i] === "'")) i--;
  return i;
}

/** Whether the text ending at `i` (quotes aside) is an exception's or an error's class name. */
function endsClassName(lower: string, i: number, floor: number): boolean {
  while (i >= floor && (lower[i] === '`' || lower[i] === '"' || lower[i] === "'")) i--;
  const from = Math.max(floor, i - 8);
  const tail = lower.slice(from, i + 1);
  return tail.endsWith('exception') || tail.endsWith('error');
}

/**
 * The text before `start`, back to the start of its line, at most `max` characters (Fragment.before). A walk
 * back to the first line break: `lastIndexOf('\r')` on the window went through all of it in every paste without
 * a CR (Keycloak's row reads 600 characters before each `error="invalid_token"`: a seventh of findCandidates on
 * the ASP.NET example). test/engine/fast-paths.test.ts holds it to the slice-and-search it replaced.
 */
export function lineBefore(text: string, start: number, max: number): string {
  const from = Math.max(0, start - max);
  let i = start;
  while (i > from && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return text.slice(i, start);
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
      return lineBefore(text, start, max);
    },
  };
}

const LOG_LEVELS = new Set(['error', 'err', 'warn', 'warning', 'info', 'debug', 'trace', 'fatal', 'severe', 'fail']);
/**
 * Verbs that report what software said when it did: in "it said jwt expired", "I keep getting invalid signature", "the
 * API returned jwt malformed" the words after them are its message ("getting an invalid signature error" too). The
 * present tense describes what software does in general ("if the consumer is not in the group Kong says you cannot
 * consume this service"), and other prose ("my jwt expired and I had to log in again") is not a message.
 */
const REPORTING = new Set([
  'said',
  'saying',
  'showed',
  'showing',
  'get',
  'got',
  'getting',
  'returned',
  'returning',
  'threw',
  'throwing',
  'logged',
  'gave',
  'giving',
]);
/** Articles between a reporting verb and the message ("I get a jwt expired error"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/**
 * Words that may follow a message a sentence reports: a noun naming it ("a jwt expired error") or a conjunction that
 * ends the quote ("it said jwt expired but the token is fresh"). A noun the words describe ("an invalid signature
 * screen") or a preposition that carries the sentence on ("no token found in vault") is not among them.
 */
const FOLLOWERS = new Set([
  'error',
  'errors',
  'exception',
  'message',
  'but',
  'and',
  'when',
  'whenever',
  'while',
  'from',
  'after',
  'even',
  'though',
  'although',
  'since',
  'because',
]);
// Japanese punctuation too (：「『（【、。 and their closers): `エラー内容：jwt expired`, `「jwt expired」`.
const OPENERS = new Set([...':"\'`{[(<,;=|>-*#.!?])', ...'：「『（【、。']);
const CLOSERS = new Set([...'"\'`}])>,;:|\\(<', ...'」』）】、。：']);

/**
 * Whether a short message starts a message here: at a line start, after punctuation that ends a key or
 * a previous message (`msg=`, `: `, `"`), or after a log level (`WARN jwt expired`). Prose ("my jwt
 * expired") does not.
 */
function startsMessage(lower: string, start: number): boolean {
  // A tab right before it separates a field (Istio's and zap's console logs are tab-separated).
  if (lower[start - 1] === '\t') return true;
  let i = start - 1;
  while (i >= 0 && (lower[i] === ' ' || lower[i] === '\t')) i--;
  if (i < 0) return true;
  const c = lower[i] ?? '';
  if (c === '\n' || c === '\r' || OPENERS.has(c) || isJapanese(lower.charCodeAt(i))) return true;
  if (c === 'n' && lower[i - 1] === '\\') return true; // a JSON-escaped line break
  let j = i;
  while (j >= 0 && lower.charCodeAt(j) >= 0x61 && lower.charCodeAt(j) <= 0x7a) j--;
  return (
    (i - j <= 7 && LOG_LEVELS.has(lower.slice(j + 1, i + 1))) ||
    reportedAfter(lower, j, i) ||
    afterTimestamp(lower, i) ||
    afterPodAndContainer(lower, i)
  );
}

/**
 * Whether the word at (j, i] is a reporting verb, or an article right after one: the message is what a sentence says
 * software said (REPORTING).
 */
function reportedAfter(lower: string, j: number, i: number): boolean {
  if (i - j > 9 || i === j) return false;
  const word = lower.slice(j + 1, i + 1);
  if (REPORTING.has(word)) return true;
  if (!ARTICLES.has(word) || lower[j] !== ' ') return false;
  let e = j;
  while (e >= 0 && lower[e] === ' ') e--;
  let b = e;
  while (b >= 0 && e - b < 10 && lower.charCodeAt(b) >= 0x61 && lower.charCodeAt(b) <= 0x7a) b--;
  return REPORTING.has(lower.slice(b + 1, e + 1));
}

/** `14:10:00`, `14:10:00.123456789z`, `2026-05-28t14:10:00+09:00` (lower-cased): a log line's time, alone. */
const TIMESTAMP = /^(?:\d{4}-\d{2}-\d{2}t)?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:z|[+-]\d{2}:?\d{2})?$/;

/**
 * Whether the word ending at `i` is a timestamp: `docker logs -t`, `kubectl logs --timestamps` and many loggers put one
 * straight before the message (`2026-05-28T14:10:00.123456789Z jwt expired`, `2026-05-28 14:10:00 jwt expired`).
 */
function afterTimestamp(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  if (!((c >= 0x30 && c <= 0x39) || c === 0x7a)) return false;
  let k = i;
  // A timestamp's characters, at most 35 of them (nanoseconds and an offset).
  while (k >= 0 && i - k < 36 && /[0-9:.,+\-tz]/.test(lower[k] ?? '')) k--;
  return i - k >= 8 && TIMESTAMP.test(lower.slice(k + 1, i + 1));
}

/** A character of a Kubernetes object name (DNS-1123, as a log shows it lower-cased). */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

/** The start of the name that ends at `end` (inclusive), or -1 when none or longer than a pod name may be. */
function nameStart(lower: string, end: number): number {
  let k = end;
  while (k >= 0 && end - k < 253 && isNameChar(lower.charCodeAt(k))) k--;
  return k === end || end - k >= 253 ? -1 : k + 1;
}

/**
 * Kubernetes' generated pod-name suffixes: a Deployment's or DaemonSet's five characters from its alphabet of
 * consonants and digits (apimachinery util/rand: `bcdfghjklmnpqrstvwxz2456789`), or a StatefulSet's ordinal.
 */
function hasPodSuffix(name: string): boolean {
  const dash = name.lastIndexOf('-');
  if (dash <= 0) return false;
  const suffix = name.slice(dash + 1);
  if (/^\d{1,4}$/.test(suffix)) return true;
  return suffix.length === 5 && /^[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(suffix);
}

/**
 * stern's default line, `{{.PodName}} {{.ContainerName}} {{.Message}}` (with `{{.Namespace}} ` first across
 * namespaces; stern/stern cmd/cmd.go): a message starts after the pod's and the container's names at a line's start.
 * `i` is the last character before the message. The pod's generated suffix tells the prefix from prose.
 */
function afterPodAndContainer(lower: string, i: number): boolean {
  const container = nameStart(lower, i);
  if (container <= 1 || lower.charCodeAt(container - 1) !== 0x20) return false;
  const pod = nameStart(lower, container - 2);
  if (pod < 0 || !hasPodSuffix(lower.slice(pod, container - 1))) return false;
  if (pod === 0 || lower.charCodeAt(pod - 1) === 0x0a) return true;
  // The namespace before the pod.
  if (lower.charCodeAt(pod - 1) !== 0x20 || pod < 2) return false;
  const namespace = nameStart(lower, pod - 2);
  return namespace === 0 || (namespace > 0 && lower.charCodeAt(namespace - 1) === 0x0a);
}

/**
 * Whether a short message ends here: a full stop, a tab (the next field of a tab-separated log), the
 * end of the line, or punctuation that closes a string or a field.
 */
function endsMessage(lower: string, end: number): boolean {
  if (lower[end] === '.' || lower[end] === '!' || lower[end] === '\t') return true;
  let i = end;
  while (i < lower.length && (lower[i] === ' ' || lower[i] === '\t')) i++;
  if (i >= lower.length) return true;
  const c = lower[i] ?? '';
  if (c === '\n' || c === '\r' || CLOSERS.has(c) || isJapanese(lower.charCodeAt(i))) return true;
  if (startsLogfmtKey(lower, i)) return true;
  let k = i;
  while (k < lower.length && k - i < 10 && lower.charCodeAt(k) >= 0x61 && lower.charCodeAt(k) <= 0x7a) k++;
  return k > i && FOLLOWERS.has(lower.slice(i, k)) && !(lower.charCodeAt(k) >= 0x30 && lower.charCodeAt(k) <= 0x39);
}

/**
 * Whether a logfmt field (`token=…`, `user_id=42`, `req.id=…`) starts at i: a log that prints the message bare and its
 * values as fields after it (`JsonWebTokenError: invalid signature token=eyJ…`) has ended the message there; prose
 * does not write `word=`. The key is bounded (32 characters), so the scan stays short.
 */
function startsLogfmtKey(lower: string, i: number): boolean {
  const first = lower.charCodeAt(i);
  if (!((first >= 0x61 && first <= 0x7a) || first === 0x5f)) return false;
  const stop = Math.min(lower.length, i + 32);
  for (let k = i + 1; k < stop; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x3d) return true;
    const keyChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e;
    if (!keyChar) return false;
  }
  return false;
}

/**
 * Kana, kanji and full-width forms. A library's English words inside a Japanese sentence are quoted from its message,
 * not prose (`ログに jwt expired と出ています`, `jwt expired ってエラーが出ました`): Japanese prose does not say them.
 */
function isJapanese(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}
