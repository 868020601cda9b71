import type { JsonObject } from './decode.js';

/**
 * The claims a cut payload still shows. A log line truncated at a fixed length, a paste that ended, a chat client's
 * limit leave `{"iss":"https://…","sub":"…","aud":"api","exp":17799` — no JSON, but every member before the cut is
 * whole and is what the token says. Only members whose value ended before the cut are read (a number needs the `,`
 * after it: `17799` may be the start of `1779981300`); what follows the cut is unknown, so no claim is ever absent here.
 */

/** Past this many members the rest is not read: a payload holds a few dozen claims. */
const MAX_MEMBERS = 200;

/**
 * The whole members of a JSON object's text that ends before its closing `}`; null when the text is no object's prefix
 * (a syntax error before the end: damaged, not cut), when it is a whole object (not cut), or when no member ended
 * before the cut. One pass over the text plus one JSON.parse of each member's value: linear, and never throws.
 */
export function readCutObject(text: string): JsonObject | null {
  const n = text.length;
  let i = skipBlanks(text, 0);
  if (text.charCodeAt(i) !== 0x7b /* { */) return null;
  i = skipBlanks(text, i + 1);
  const out: JsonObject = {};
  let members = 0;
  while (i < n && members < MAX_MEMBERS) {
    if (text.charCodeAt(i) !== 0x22 /* " */) return null;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) break;
    const key = parsed(text.slice(i, keyEnd));
    if (typeof key !== 'string') return null;
    i = skipBlanks(text, keyEnd);
    if (i >= n) break;
    if (text.charCodeAt(i) !== 0x3a /* : */) return null;
    i = skipBlanks(text, i + 1);
    if (i >= n) break;
    const valueEnd = valueEndAt(text, i);
    if (valueEnd === BROKEN) return null;
    if (valueEnd === CUT) break;
    const value = parsed(text.slice(i, valueEnd));
    if (value === BROKEN) return null;
    i = skipBlanks(text, valueEnd);
    const c = text.charCodeAt(i);
    // A string, object or array that closed just before the cut is whole (a scalar there was counted as cut).
    if (i >= n) {
      setMember(out, key, value);
      break;
    }
    if (c === 0x7d /* } */) return null;
    if (c !== 0x2c /* , */) return null;
    setMember(out, key, value);
    members++;
    i = skipBlanks(text, i + 1);
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** As JSON.parse sets it: an own `__proto__` key stays a key, not the object's prototype. */
function setMember(out: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

const BROKEN = Symbol('broken');
const CUT = -1;

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return BROKEN;
  }
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** The index after the string opening at `start`, or CUT when the text ends inside it. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22) return i + 1;
  }
  return CUT;
}

/**
 * The index after the value starting at `start`: CUT when the text ends inside it, BROKEN when a bracket closes one
 * of the other kind. A scalar ends at the first character that cannot continue it; JSON.parse then judges its text.
 */
function valueEndAt(text: string, start: number): number | typeof BROKEN {
  const c = text.charCodeAt(start);
  if (c === 0x22) return stringEnd(text, start);
  if (c !== 0x7b && c !== 0x5b) {
    let i = start;
    while (i < text.length && isScalarChar(text.charCodeAt(i))) i++;
    // Reaching the end, a number or literal may be cut (`17799` of `1779981300`, `tru`).
    return i === text.length ? CUT : i === start ? BROKEN : i;
  }
  // Brackets are counted in one pass (strings skipped): the stack holds what each open one needs to close.
  const stack: number[] = [];
  for (let i = start; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x22) {
      const end = stringEnd(text, i);
      if (end === CUT) return CUT;
      i = end - 1;
    } else if (d === 0x7b) stack.push(0x7d);
    else if (d === 0x5b) stack.push(0x5d);
    else if (d === 0x7d || d === 0x5d) {
      if (stack.pop() !== d) return BROKEN;
      if (stack.length === 0) return i + 1;
    }
  }
  return CUT;
}

/** Characters of a JSON number or literal (`-1.5e+3`, `true`, `null`). */
function isScalarChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x45;
}
