import { isAsciiLetter } from './parse/http/chars.js';
import { gapEnd } from './reflowed-tokens.js';

const NAME = 'authorization';
const SCHEME = 'bearer';
/** The longest gap a wrap leaves inside a word: reflowed-tokens.ts's (blanks, one line break at most). */
const MAX_GAP = 8;

/**
 * `Author⏎ization: Bearer …` and `Authorization: Bear⏎er …` (`Beare  r`): a terminal's or a chat client's wrap cut the
 * field name or the scheme, so the request read as having no Authorization header, or a scheme `Bear` with a token
 * `er`. The cut is removed where the two halves make `authorization` or `bearer` exactly (ignoring case), each half a
 * whole run of letters: a real `Bear` scheme, `Bearer  eyJ…` (whole already) or another header is left as it is.
 *
 * Both cuts end the name before a colon with its last letter, `n` or `N`: one pass over the colons finds them, each
 * looked at a few characters around itself only. Four `indexOf` passes (`earer`, `EARER`, `uthorization:`,
 * `UTHORIZATION:`) stopped at every `e` of the paste, 3× the colons of the shipped examples (round "perf30").
 */
export function joinCutAuthWords(text: string): string {
  const cuts: Array<[number, number]> = [];
  for (let colon = text.indexOf(':', 1); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if ((text.charCodeAt(colon - 1) | 0x20) !== 0x6e /* n */) continue;
    // A scheme cut after a whole name (`Authorization: Bear⏎er`), the name as it is spelt in either case.
    if (colon >= 12 && (text.startsWith('uthorization', colon - 12) || text.startsWith('UTHORIZATION', colon - 12))) {
      const cut = cutSchemeAfter(text, colon + 1);
      if (cut) cuts.push(cut);
    }
    // A name cut before a whole `Bearer` (`Author⏎ization: Bearer`), up to three blanks after the colon.
    let b = colon + 1;
    while (b - colon < 4 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09)) b++;
    if ((text.charCodeAt(b) | 0x20) !== 0x62 /* b */) continue;
    // Or before a cut one (`Authori⏎zation: Bea⏎rer`): both cuts go (round "fuzz3": read as no header).
    const scheme = text.startsWith('earer', b + 1) || text.startsWith('EARER', b + 1) ? null : cutSchemeAfter(text, b);
    if (scheme === null && !text.startsWith('earer', b + 1) && !text.startsWith('EARER', b + 1)) continue;
    const cut = cutNameBefore(text, b);
    if (cut) cuts.push(cut);
    if (cut && scheme) cuts.push(scheme);
  }
  return withoutCuts(text, cuts);
}

/**
 * joinCutAuthWords the plain way, by its words' searches (`earer`, `EARER`, `uthorization:`, `UTHORIZATION:`, and `n:`
 * for a header cut in both its words), which
 * test/engine/formats-perf30.test.ts holds the colon pass to.
 */
export function joinCutAuthWordsByNeedles(text: string): string {
  const cuts: Array<[number, number]> = [];
  for (const needle of ['earer', 'EARER']) {
    for (let at = text.indexOf(needle, 1); at >= 0; at = text.indexOf(needle, at + 5)) {
      const cut = cutNameBefore(text, at - 1);
      if (cut) cuts.push(cut);
    }
  }
  for (const needle of ['uthorization:', 'UTHORIZATION:']) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const cut = cutSchemeAfter(text, at + needle.length);
      if (cut) cuts.push(cut);
    }
  }
  // Both cut (`Authori⏎zation: Bea⏎rer`): the name's last letter and its colon, then a cut scheme.
  for (const needle of ['n:', 'N:']) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let b = at + 2;
      while (b - at - 1 < 4 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09)) b++;
      const scheme = cutSchemeAfter(text, b);
      const name = scheme && cutNameBefore(text, b);
      if (scheme && name) cuts.push(name, scheme);
    }
  }
  return withoutCuts(text, cuts);
}

/** `text` without the gaps `cuts` name (one of two that overlap). */
function withoutCuts(text: string, cuts: Array<[number, number]>): string {
  if (cuts.length === 0) return text;
  cuts.sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The gap [start, end) inside a cut field name before `Bearer` at `b` (`Author⏎ization: Bearer`), or null. */
function cutNameBefore(text: string, b: number): [number, number] | null {
  if ((text.charCodeAt(b) | 0x20) !== 0x62 /* b */) return null;
  let colon = b - 1;
  while (colon > 0 && b - colon < 4 && (text.charCodeAt(colon) === 0x20 || text.charCodeAt(colon) === 0x09)) colon--;
  if (colon < 1 || text.charCodeAt(colon) !== 0x3a) return null;
  const tailStart = letterRunStart(text, colon, NAME.length);
  const tail = colon - tailStart;
  // The whole name is no cut one; a part of it is, when the run before it is the rest.
  if (tail === 0 || tail >= NAME.length || !endsWithCI(text, tailStart, colon, NAME)) return null;
  const gapStart = gapStartBefore(text, tailStart);
  if (gapStart === tailStart) return null;
  const headStart = letterRunStart(text, gapStart, NAME.length);
  if (gapStart - headStart !== NAME.length - tail || !startsWithLowerCI(text, headStart, NAME, NAME.length - tail))
    return null;
  return [gapStart, tailStart];
}

/** The gap [start, end) inside a cut scheme after a field name's colon at `from` (`Authorization: Bear⏎er …`), or null. */
function cutSchemeAfter(text: string, from: number): [number, number] | null {
  let k = from;
  while (k < text.length && k - from < 4 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  const headEnd = letterRunEnd(text, k, SCHEME.length);
  const head = headEnd - k;
  if (head === 0 || head >= SCHEME.length || !startsWithLowerCI(text, k, SCHEME, head)) return null;
  const g = quotedGapEnd(text, headEnd);
  if (g === headEnd) return null;
  const tailEnd = letterRunEnd(text, g, SCHEME.length);
  if (tailEnd - g !== SCHEME.length - head || !startsWithLowerCI(text, g, SCHEME.slice(head), SCHEME.length - head))
    return null;
  // A scheme is followed by a blank and its credentials: `Bear er` at the end of a line is no cut `Bearer`.
  const after = text.charCodeAt(tailEnd);
  if (after !== 0x20 && after !== 0x09) return null;
  return [headEnd, g];
}

/** Where the letter run that ends at `end` starts, `max + 1` letters back at most. */
function letterRunStart(text: string, end: number, max: number): number {
  let k = end;
  while (k > 0 && end - k <= max && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Where the letter run from `start` ends, `max + 1` letters on at most. */
function letterRunEnd(text: string, start: number, max: number): number {
  let k = start;
  while (k < text.length && k - start <= max && isAsciiLetter(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Where a gap (blanks, one line break at most, MAX_GAP characters) that ends at `end` starts; `end` when none. A quote's
 * marker (`>`) after the line break is the gap's too: a paste quoted in Slack has it on each line (`> Author⏎> ization:`,
 * round "fuzz3": read as no header).
 */
function gapStartBefore(text: string, end: number): number {
  let k = end;
  let breaks = 0;
  let marker = false;
  while (k > 0 && end - k < MAX_GAP) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x0a) {
      if (++breaks > 1) break;
    } else if (c === 0x3e && breaks === 0 && !marker) marker = true;
    else if (c !== 0x20 && c !== 0x09) break;
    k--;
  }
  return marker && breaks === 0 ? end : k;
}

/** Where a gap that starts at `at` ends, as gapEnd reads one, and past a quote's marker after its line break. */
function quotedGapEnd(text: string, at: number): number {
  const k = gapEnd(text, at);
  if (text.charCodeAt(k) !== 0x3e || !holdsBreak(text, at, k)) return k;
  const after = gapEnd(text, k + 1);
  // Blanks only after the marker: a second line break is a paragraph's.
  return holdsBreak(text, k + 1, after) ? k : after;
}

/** Whether text[from, to) (a gap, MAX_GAP long at most) holds a line break. */
function holdsBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Whether text[start, end) is the end of `lower`, ignoring ASCII case. */
function endsWithCI(text: string, start: number, end: number, lower: string): boolean {
  return startsWithLowerCI(text, start, lower.slice(lower.length - (end - start)), end - start);
}

/** Whether text at `at` starts with the first `n` characters of `lower`, ignoring ASCII case. */
function startsWithLowerCI(text: string, at: number, lower: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    if ((text.charCodeAt(at + i) | 0x20) !== lower.charCodeAt(i)) return false;
  }
  return true;
}
