/**
 * The header multidicts aiohttp prints (multidict's repr: `<CIMultiDictProxy('Name': 'value', …)>`), each entry a pair
 * of Python string literals:
 * - in a ClientResponseError's repr (aio-libs/aiohttp aiohttp/client_exceptions.py, `__repr__`: `ClientResponseError(
 *   RequestInfo(url=URL('…'), method='GET', headers=<CIMultiDictProxy(…)>, real_url=URL('…')), (), status=401,
 *   message='Unauthorized', headers=<CIMultiDictProxy(…)>)`): the RequestInfo's are the request's as it was sent, the
 *   ones after `status=` the response's;
 * - alone on a debug line (vdirsyncer's `-vdebug`, pimutils/vdirsyncer#1014: `debug: 401` then `debug:
 *   <CIMultiDictProxy('Server': 'nginx/1.14.1', …, 'WWW-Authenticate': 'Basic realm="DavMail Gateway"')>`): each entry
 *   on the side its name tells.
 * Gated by one search for the opening (state.ts, multiDictWithin); each entry is read in one pass, left to right.
 */
import { setKind } from './collect.js';
import { knownHeaderSide } from './names.js';
import type { ScanState } from './state.js';

/** How a printed multidict opens. */
export const MULTIDICT = '<CIMultiDictProxy(';
/** Entries of one multidict read, at most: a message has a few dozen fields. */
const MAX_ENTRIES = 100;
/** The longest name or value read: a field's value is a few kilobytes at most. */
const MAX_STRING = 16_384;
/** How far back the repr's `RequestInfo(` and `status=` are looked for: the request's URL can be long. */
const CONTEXT_BACK = 4000;

/**
 * The multidicts on the line [p, end), the first opening at `at`: their entries recorded as fields. Returns the line
 * when one was taken, else -1; the line stays text for the other readers either way (its `status=401` is prose's).
 */
export function readMultiDicts(s: ScanState, li: number, p: number, at: number, end: number): number {
  const text = s.text;
  let taken = 0;
  for (let k = at; k >= 0 && k < end; k = text.indexOf(MULTIDICT, k + 1)) {
    const side = sideBefore(text, p, k);
    s.openBlock(side, side !== null, false);
    let i = k + MULTIDICT.length;
    for (let n = 0; n < MAX_ENTRIES && i < end; n++) {
      const name = readPyString(text, i, end);
      if (name === null || text.charCodeAt(name.end) !== 0x3a || text.charCodeAt(name.end + 1) !== 0x20) break;
      const value = readPyString(text, name.end + 2, end);
      if (value === null) break;
      const lower = name.value.toLowerCase();
      if (lower.length > 0) {
        s.pushField({
          li,
          name: lower,
          known: knownHeaderSide(lower),
          form: 'fetch-json',
          start: i,
          end: value.end,
          valueStart: value.start + 1,
          valueEnd: value.end - 1,
          value: value.value,
          quoted: true,
        });
        taken++;
      }
      i = value.end;
      if (text.charCodeAt(i) !== 0x2c || text.charCodeAt(i + 1) !== 0x20) break;
      i += 2;
    }
  }
  s.reset(false);
  if (taken === 0) return -1;
  setKind(s.c, li, 'text');
  return li;
}

/**
 * Whose fields the multidict at `at` holds, by what the repr printed before it: after `headers=`, the request's inside
 * `RequestInfo(`, the response's once `status=` came after that; else null (each name tells its own side).
 */
function sideBefore(text: string, p: number, at: number): 'request' | 'response' | null {
  if (!text.endsWith('headers=', at)) return null;
  // Searched in the window alone: a search back from `at` over the whole text would make a paste of many lines of
  // multidicts quadratic.
  const window = text.slice(Math.max(p, at - CONTEXT_BACK), at);
  const info = window.lastIndexOf('RequestInfo(');
  const status = window.lastIndexOf(', status=');
  if (status >= 0 && status > info) return 'response';
  return info >= 0 ? 'request' : null;
}

interface PyString {
  /** The opening quote. */
  start: number;
  /** Just past the closing quote. */
  end: number;
  value: string;
}

/** A Python string literal as repr prints it, `'…'` or `"…"`, at `i`; its escapes undone (`\'`, `\\`, `\"`). */
function readPyString(text: string, i: number, end: number): PyString | null {
  const quote = text.charCodeAt(i);
  if (quote !== 0x27 && quote !== 0x22) return null;
  let k = i + 1;
  let escaped = false;
  // A string that does not close within a header's length is none: many unclosed ones on a line stay linear.
  const stop = Math.min(end, i + MAX_STRING);
  while (k < stop) {
    const c = text.charCodeAt(k);
    if (c === quote) break;
    if (c === 0x5c) {
      escaped = true;
      k += 2;
    } else k++;
  }
  if (k >= stop) return null;
  const raw = text.slice(i + 1, k);
  return { start: i, end: k + 1, value: escaped ? raw.replace(/\\(['"\\])/g, '$1') : raw };
}
