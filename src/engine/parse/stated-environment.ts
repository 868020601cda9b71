/**
 * The environment the writer says the request fails in: "本番でだけ 401 になります", "prod returns 403, staging works".
 * A token from another environment's identity provider is then claim.environment, as it is against the request's host.
 * Only the writer's own words count: a line of prose (no URL's host, no header) that names one environment and says
 * it fails; a line that says its environment works names the other side, and two failing environments name none.
 * A sentence naming two ("prod returns 403, staging works", "ステージングでは動くのに本番だけ 401") is read by its
 * clauses: one that fails beside one that works names the failing one.
 */

import { FAILED, WORKED } from './outcome-words.js';

/** Environment words in prose, to the names claims.ts gives a host's environment. Japanese first: no word boundary. */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['本番', 'production'],
  ['ステージング', 'staging'],
  ['検証環境', 'staging'],
  ['開発環境', 'dev'],
  ['production', 'production'],
  ['prod', 'production'],
  ['staging', 'staging'],
  ['stg', 'staging'],
  ['sandbox', 'sandbox'],
];

/** Beyond parse/outcome-words.ts's failures: an environment singled out ("only in prod", "本番だけ") or an error there. */
const SINGLED_OUT = /\berror|\bonly\b|だけ|のみ/i;
/** A negated "works", which WORKED would read as success. */
const NOT_WORKING = /\bnot\s+work\w*|n['’]t\s+work\w*/gi;

/** Lines longer than this are logs or data, not a sentence about where it fails. */
const MAX_LINE = 300;

export interface StatedEnvironment {
  /** claims.ts's name for it: production, staging, dev, sandbox. */
  env: string;
  /** The word as written (`本番`, `prod`). */
  word: string;
  /** Its place, for the evidence. */
  start: number;
  end: number;
}

/** How many mentions of environment words are looked at: a sentence about where it fails is short and early. */
const MAX_MENTIONS = 40;

function isSentenceEnd(lower: string, i: number, lineEnd: number): boolean {
  const c = lower.charCodeAt(i);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  return (
    (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) && (i + 1 === lineEnd || lower.charCodeAt(i + 1) === 0x20)
  );
}

/** A word at `i` stands alone: not part of a longer ASCII word, a host, a path or an identifier. */
function standsAlone(lower: string, i: number, length: number): boolean {
  // -1 outside the text: a read there would deoptimise this for good (round 28).
  const before = i > 0 ? lower.charCodeAt(i - 1) : -1;
  const after = i + length < lower.length ? lower.charCodeAt(i + length) : -1;
  const joined = (c: number) =>
    (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2f || c === 0x2d || c === 0x5f;
  return !joined(before) && !joined(after);
}

/** The sentence around `at`, within its line: [start, end), or null when the line is too long to be prose. */
function sentenceAround(lower: string, at: number): [number, number] | null {
  const lineStart = lower.lastIndexOf('\n', at) + 1;
  let lineEnd = lower.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = lower.length;
  if (lineEnd - lineStart > MAX_LINE || lower.startsWith('http', lineStart)) return null;
  let start = at;
  while (start > lineStart && !isSentenceEnd(lower, start - 1, lineEnd)) start--;
  let end = at;
  while (end < lineEnd && !isSentenceEnd(lower, end, lineEnd)) end++;
  return [start, end];
}

/** The environments a sentence names, each once. */
function namedIn(lower: string, from: number, to: number): StatedEnvironment[] {
  const out: StatedEnvironment[] = [];
  const sentence = lower.slice(from, to);
  for (const [word, env] of WORDS) {
    for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + word.length)) {
      if (word.charCodeAt(0) < 0x80 && !standsAlone(lower, from + i, word.length)) continue;
      if (!out.some((o) => o.env === env)) out.push({ env, word, start: from + i, end: from + i + word.length });
      break;
    }
  }
  return out;
}

/** Where a sentence's clauses meet: "prod returns 403, staging works", "…動くのに本番だけ…". */
const CLAUSE_MARKS = [',', '、', '，', ';', '；', ' but ', ' while ', ' whereas ', 'のに', 'けど', 'けれど'];

/** The clauses of the sentence [from, to), as [start, end) pairs (the sentence is at most MAX_LINE characters). */
function clausesOf(lower: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const mark = CLAUSE_MARKS.find((m) => lower.startsWith(m, i) && i + m.length <= to);
    if (mark === undefined) continue;
    out.push([start, i]);
    start = i + mark.length;
    i = start - 1;
  }
  out.push([start, to]);
  return out;
}

type Outcome = 'failed' | 'worked' | null;

/** What the words of [from, to) say of the request: it failed, it worked, or neither. */
function outcomeOf(lower: string, from: number, to: number): Outcome {
  const words = lower.slice(from, to);
  // A sentence that also says something works ("prod works fine, got 401 once") says no failure; "not working" does.
  if (WORKED.test(words.replace(NOT_WORKING, ' '))) return 'worked';
  return FAILED.test(words) || SINGLED_OUT.test(words) ? 'failed' : null;
}

/**
 * The environment a sentence naming two says fails: one clause naming one environment fails and another, naming
 * another, works. "prod and staging both return 401", or a clause saying neither ("staging too"), names none.
 */
function failingOfTwo(lower: string, from: number, to: number): StatedEnvironment | null {
  let failing: StatedEnvironment | null = null;
  let worked: StatedEnvironment | null = null;
  for (const [a, b] of clausesOf(lower, from, to)) {
    const named = namedIn(lower, a, b);
    if (named.length === 0) continue;
    const outcome = named.length === 1 ? outcomeOf(lower, a, b) : null;
    if (outcome === null) return null;
    const only = named[0] as StatedEnvironment;
    if (outcome === 'failed') {
      if (failing !== null && failing.env !== only.env) return null;
      failing = only;
    } else worked = only;
  }
  return failing !== null && worked !== null && worked.env !== failing.env ? failing : null;
}

/**
 * The one environment the paste's prose says fails, or null. `lower` is the folded text (same offsets as the text).
 * Linear: each environment word is searched for once over the paste, and only the sentences around its first
 * MAX_MENTIONS mentions (each within one line of at most MAX_LINE characters) are read.
 */
export function statedFailingEnvironment(lower: string): StatedEnvironment | null {
  const mentions: number[] = [];
  for (const [word] of WORDS) {
    for (
      let i = lower.indexOf(word);
      i >= 0 && mentions.length < MAX_MENTIONS;
      i = lower.indexOf(word, i + word.length)
    )
      mentions.push(i);
  }
  if (mentions.length === 0) return null;
  mentions.sort((a, b) => a - b);
  let failing: StatedEnvironment | null = null;
  let done = -1;
  for (const at of mentions) {
    if (at < done) continue;
    const around = sentenceAround(lower, at);
    if (around === null) continue;
    const [from, to] = around;
    done = to;
    const named = namedIn(lower, from, to);
    let only: StatedEnvironment | null = null;
    // "ステージングは通ります": the environment that works is not the one asked about.
    if (named.length === 1 && outcomeOf(lower, from, to) === 'failed') only = named[0] as StatedEnvironment;
    else if (named.length === 2) only = failingOfTwo(lower, from, to);
    if (only === null) continue;
    if (failing !== null && failing.env !== only.env) return null;
    failing = only;
  }
  return failing;
}
