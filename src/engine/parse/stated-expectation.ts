/**
 * The audience or issuer the writer says the API expects, in so many words: "our API expects aud `api://orders`", "aud
 * should be https://api.example.com", "the expected issuer is https://auth.example.com/", 「audは api://orders のはず」,
 * 「期待する aud は orders-api」. That is the caller's `--audience` (or `--issuer`) in prose, so build-context.ts adds
 * it beside the verifier's pasted settings (`config`, marked `writer`) and the token's claim is compared with it; the
 * finding then says the expectation is the paste's words. Strict: only an "expects / should be / must be / 期待 / はず" statement
 * naming a value, never a value merely mentioned ("the token's aud is api://orders"), asked ("should aud be …?"),
 * conditioned ("if aud must be …") or a description ("aud should be the API's identifier": no value).
 *
 * Only prose lines of at most MAX_LINE characters, each gated by one indexOf of the claim word; the patterns are
 * bounded (fixed words, one value token), so a long paste costs one pass.
 */

import type { HttpObservations } from './http.js';
import type { ConfiguredValue } from './verifier-config.js';

const MAX_LINE = 2000;
const MAX_ITEMS = 4;
const CLAIM_WORD = /aud|iss/i;

/** A claim word, then "should/must/needs to/has to/is supposed to be" (optionally "set to", "equal to", "exactly"). */
const CLAIM_SHOULD =
  /\b(aud|audience|iss|issuer)(?: claim| value)? (?:should|must|needs to|has to|is supposed to|ought to) be (?:set to |equal to |exactly )?/g;
/** "expects/requires (an/the) aud(ience) (of/to be/as/=/:)", "expected aud(ience) is/=/:". */
const EXPECTS_CLAIM =
  /\b(?:expects?|requires?|wants?|accepts only) (?:an? |the )?(aud|audience|iss|issuer)(?: claim| value)?(?: of| to be| as| =|:)? /g;
const EXPECTS_WORD = /expect|require|want|accepts only/;
const EXPECTED_IS = /\bexpected (aud|audience|iss|issuer)(?: claim| value)? (?:is|=|:) ?/g;
/** Words before the statement that make it a question, a condition, a doubt or a denial. */
const NOT_SAID = /\b(?:if|whether|not|never|how|why|maybe|perhaps|unless|when)\b|\?/;
const LOOKBACK = 40;

/** ja: 「aud は X のはず」「aud は X であるべき」「aud は X でなければ」「aud は X を期待」, and 「期待する aud は X」. */
const JA_CLAIM_IS = /\b(aud|audience|iss|issuer)(?:\s?クレーム)?\s?(?:は|が)\s?/g;
const JA_SAID_AFTER = /^\s?(?:のはず|であるべき|でなければ|でないと|を期待|が期待|が正しい|になるはず)/;
const JA_EXPECTED =
  /(?:期待(?:する|される|している)|正しい)\s?(aud|audience|iss|issuer)(?:\s?クレーム)?\s?(?:は|が)\s?/g;
const JA_STATED_WORD = /はず|べき|でなければ|でないと/;
const JA_WORD = /はず|べき|でなければ|でないと|期待|正しい/;
const JA_NOT_SAID = /(?:かどうか|なら|ですか|でしょうか|？|\?)/;

/**
 * A value as written: quoted (`…`, '…', "…", “…”, 「…」) anything without a blank, else a bare run that looks like an
 * identifier of an API or issuer (a URL, `api://…`, `urn:…`, a name with a dot, colon, slash, hyphen, underscore or
 * digit): a bare plain word ("present", "the", "correct") is a description, not a value.
 */
const QUOTED = /^(?:`([^`\s]{1,200})`|'([^'\s]{1,200})'|"([^"\s]{1,200})"|“([^”\s]{1,200})”|「([^」\s]{1,200})」)/;
const BARE = /^[a-z][a-z0-9+.-]{0,30}:\/{0,2}[^\s'"`,;()<>]{1,200}|^[a-z0-9][\w.:/-]{0,200}/i;
const BARE_LOOKS_LIKE_ID = /[.:/_\-\d]/;
const PLACEHOLDER = /[<>{}$]|^(?:process\.env|env\.|os\.environ)/i;

export interface StatedExpectation extends ConfiguredValue {
  claim: 'aud' | 'iss';
  writer: true;
}

/**
 * The writer's statements of the expected aud or iss in the paste's prose lines. `lower` is the diagnosis's folded text
 * (foldForMatching): lower-cased with the offsets of the text as written, so a match's offsets are read on one and used
 * on the other.
 */
export function readStatedExpectations(text: string, lower: string, http: HttpObservations): StatedExpectation[] {
  if (!CLAIM_WORD.test(text)) return [];
  if (!lower.includes(' be ') && !EXPECTS_WORD.test(lower) && !JA_WORD.test(text)) return [];
  const out: StatedExpectation[] = [];
  for (const line of http.lines) {
    if (line.kind !== 'text' || line.end - line.start > MAX_LINE) continue;
    const l = lower.slice(line.start, line.end);
    if (l.indexOf('aud') < 0 && l.indexOf('iss') < 0) continue;
    const raw = text.slice(line.start, line.end);
    // Each pattern only where its fixed words stand: most lines naming aud or iss (a payload's) state nothing.
    if (l.includes(' be ')) readEn(CLAIM_SHOULD, l, raw, line.start, out);
    if (l.includes('expected ')) readEn(EXPECTED_IS, l, raw, line.start, out);
    if (EXPECTS_WORD.test(l)) readEn(EXPECTS_CLAIM, l, raw, line.start, out);
    const expectedJa = raw.includes('期待') || raw.includes('正しい');
    if (expectedJa || JA_STATED_WORD.test(raw)) readJa(JA_CLAIM_IS, l, raw, line.start, true, out);
    if (expectedJa) readJa(JA_EXPECTED, l, raw, line.start, false, out);
    if (out.length >= MAX_ITEMS) break;
  }
  return out.slice(0, MAX_ITEMS);
}

function readEn(re: RegExp, l: string, raw: string, base: number, out: StatedExpectation[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(l); m !== null; m = re.exec(l)) {
    const claim = claimOf(m[1]);
    const end = m.index + m[0].length;
    if (claim === null || NOT_SAID.test(l.slice(Math.max(0, m.index - LOOKBACK), m.index))) continue;
    const v = valueAt(raw, end);
    // "aud should be api://orders?" asks; the sentence's own end says so.
    if (v === null || raw.charAt(v.end) === '?') continue;
    push(out, claim, v.value, base + m.index, base + v.end);
  }
}

/** `after`: the value comes before the words that state it (「aud は X のはず」); else after them (「期待する aud は X」). */
function readJa(re: RegExp, l: string, raw: string, base: number, after: boolean, out: StatedExpectation[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(l); m !== null; m = re.exec(l)) {
    const claim = claimOf(m[1]);
    const v = claim === null ? null : valueAt(raw, m.index + m[0].length);
    if (claim === null || v === null) continue;
    const rest = raw.slice(v.end, v.end + 24);
    if (JA_NOT_SAID.test(rest)) continue;
    if (after) {
      const said = JA_SAID_AFTER.exec(rest);
      if (said === null) continue;
      push(out, claim, v.value, base + m.index, base + v.end + said[0].length);
    } else push(out, claim, v.value, base + m.index, base + v.end);
  }
}

function claimOf(word: string | undefined): 'aud' | 'iss' | null {
  return word === 'aud' || word === 'audience' ? 'aud' : word === 'iss' || word === 'issuer' ? 'iss' : null;
}

/** The value starting at `at` in the line as written, and where it ends; null for no value or a description. */
function valueAt(raw: string, at: number): { value: string; end: number } | null {
  const rest = raw.slice(at, at + 240);
  const q = QUOTED.exec(rest);
  if (q !== null) {
    const value = q[1] ?? q[2] ?? q[3] ?? q[4] ?? q[5] ?? '';
    return PLACEHOLDER.test(value) ? null : { value, end: at + q[0].length };
  }
  const b = BARE.exec(rest);
  if (b === null) return null;
  // A sentence's full stop, comma or closing bracket after a bare value is the sentence's, not the value's.
  const value = b[0].replace(/[.,;:!)\]]+$/, '');
  if (value === '' || !BARE_LOOKS_LIKE_ID.test(value) || PLACEHOLDER.test(value)) return null;
  return { value, end: at + value.length };
}

function push(out: StatedExpectation[], claim: 'aud' | 'iss', value: string, start: number, end: number): void {
  if (out.some((e) => e.claim === claim && e.value === value)) return;
  out.push({ claim, value, start, end, writer: true });
}
