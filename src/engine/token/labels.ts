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
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(Math.max(lineStart, start - BEFORE), start);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const after = text.slice(end, Math.min(lineEnd, end + AFTER));
  // A token alone on its line (after its label's line, or after `Authorization: Bearer`): the line above labels it.
  if (!/[\p{L}\p{N}]/u.test(before.replace(/\b(?:authorization|bearer|token)\b|[:=>"'`]/gi, '')) && lineStart > 0) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    before = `${text.slice(Math.max(above, lineStart - 1 - BEFORE), lineStart - 1)} ${before}`;
  }
  // Another token's characters beside this one are no words: random base64 holds `-ok-`, `fail` or `-NG` by chance.
  const near = `${before} ${after}`.replace(BASE64_RUN, ' ');
  if (FAILED.test(near)) return 'failing';
  if (WORKED.test(near)) return 'working';
  return null;
}
