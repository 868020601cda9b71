/**
 * A payload pasted as JSON and cut by the paste: `{"iss":"https://idp/","aud":"api","exp":1779976931,"sco` (a chat
 * client's length limit, a log line truncated, a copy that stopped short). No JSON parser reads it, so the claims were
 * not read at all; token/cut-payload.ts's readCutObject reads the members whose values ended before the cut, as it does
 * for a token's cut payload. Only the paste's last text (the object runs to its end), and only an object that looks like
 * claims (two of the registered claim names): a cut log record or config is not a token's payload.
 */
import { readCutObject } from './token/cut-payload.js';
import type { JsonObject } from './token/decode.js';

/** How far back from the end an object's opening brace is looked for: a payload is a few kilobytes at most. */
const MAX_BACK = 16_000;
/** How many lines opening with `{` are tried, nearest first (a pretty-printed payload nests a few objects). */
const MAX_TRIES = 8;

/** Claims whose presence makes an object a payload: two of them (looksLikeClaims). */
const CLAIMS = ['exp', 'iat', 'nbf', 'iss', 'sub', 'aud', 'scope', 'scp', 'azp', 'client_id', 'jti'];

export interface CutClaims {
  claims: JsonObject;
  /** Where the object starts in the text. */
  start: number;
}

/**
 * The claims read from a cut object at the end of the text, or null. Gated cheaply: the paste's last character is not
 * a closing brace, and a `{` opens a line within reach.
 */
export function cutBareClaims(text: string): CutClaims | null {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0 || text.charCodeAt(end - 1) === 0x7d) return null;
  const floor = Math.max(0, end - MAX_BACK);
  // One forward search of the reach: most pastes hold no brace there at all.
  if (text.indexOf('{', floor) < 0) return null;
  let tries = 0;
  for (let at = text.lastIndexOf('{', end - 1); at >= floor && tries < MAX_TRIES; at = text.lastIndexOf('{', at - 1)) {
    if (!opensLine(text, at)) continue;
    tries++;
    const claims = readCutObject(text.slice(at, end));
    if (claims !== null && looksLikeClaims(claims)) return { claims, start: at };
    if (at === 0) break;
  }
  return null;
}

/** How far back a brace's line start is looked for: a label (`payload:`) is short. */
const MAX_LABEL = 40;

/** Whether only blanks, or a short label (`payload:`, `claims =`), precede the brace on its line. */
function opensLine(text: string, at: number): boolean {
  const floor = Math.max(0, at - MAX_LABEL);
  let i = at - 1;
  while (i >= floor && isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a) return true;
  const c = text.charCodeAt(i);
  if (c !== 0x3a && c !== 0x3d) return false;
  // A label, not a JSON member (`"act": {`): no quote between the line's start and the brace.
  for (let k = i - 1; k >= floor; k--) {
    const d = text.charCodeAt(k);
    if (d === 0x0a) return true;
    if (d === 0x22 || d === 0x7b || d === 0x2c) return false;
  }
  return floor === 0;
}

/** Whether a JSON object shows two of the registered claims (CLAIMS): a token's payload, pasted whole or cut. */
export function looksLikeClaims(claims: JsonObject): boolean {
  let n = 0;
  for (const k of CLAIMS) if (k in claims && ++n >= 2) return true;
  return false;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
