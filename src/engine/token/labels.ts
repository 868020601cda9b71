/**
 * What the paste says of each token it holds: "this one works", "the new one gets 401". On-call engineers compare a
 * token that works with one that fails ("old token (works): eyJ…", "new token (401): eyJ…", "動くトークン / ダメなトークン"),
 * and the difference between the two is the likeliest cause. Only the writer's words beside a token are read: the text
 * before it on its line (or, for a token alone on its line, the line above) and the rest of its line after it.
 */

import { FAILED, WORKED } from '../parse/outcome-words.js';

export type TokenVerdict = 'failing' | 'working';

/** How much text around a token is read for a verdict: a label, not a paragraph. */
const BEFORE = 80;
const AFTER = 60;

/** A run of base64url characters as long as a token's parts (a header is 20 or more): not read for words. */
const BASE64_RUN = /[A-Za-z0-9_-]{16,}/g;

/**
 * The verdict the paste gives a token occupying [start, end), or null when its neighbourhood says neither.
 * Bounded slices: linear in the number of tokens whatever the paste.
 */
export function tokenVerdict(text: string, start: number, end: number): TokenVerdict | null {
  // Each search for a line's ends stops within the window it serves: a paste of thousands of tokens on one line
  // would otherwise scan to the line's start and end for each (quadratic: 3 s for a megabyte of them).
  const lineStart = newlineBefore(text, start, BEFORE + 1);
  let before = text.slice(Math.max(lineStart, start - BEFORE, 0), start);
  const lineEnd = newlineAfter(text, end, AFTER);
  const after = text.slice(end, Math.min(lineEnd, end + AFTER));
  // A token alone on its line (after its label's line, or after `Authorization: Bearer`): the line above labels it.
  // A line start beyond the window puts more than a label's worth of text before the token: it is not alone.
  if (lineStart > 0 && !/[\p{L}\p{N}]/u.test(before.replace(/\b(?:authorization|bearer|token)\b|[:=>"'`]/gi, ''))) {
    const above = newlineBefore(text, lineStart - 1, BEFORE + 1);
    before = `${text.slice(Math.max(above, lineStart - 1 - BEFORE, 0), lineStart - 1)} ${before}`;
  }
  // Another token's characters beside this one are no words: random base64 holds `-ok-`, `fail` or `-NG` by chance.
  const near = `${before} ${after}`.replace(BASE64_RUN, ' ');
  if (FAILED.test(near)) return 'failing';
  if (WORKED.test(near)) return 'working';
  return null;
}

/**
 * Where the line holding `at - 1` starts, searched back at most `limit` characters: the index after the newline, 0 at
 * the text's start, or -1 when the line starts further back.
 */
function newlineBefore(text: string, at: number, limit: number): number {
  const stop = Math.max(0, at - limit);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop === 0 ? 0 : -1;
}

/** The next newline at or after `from` within `limit` characters, or `from + limit` (capped at the text's end). */
function newlineAfter(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let i = from; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}
