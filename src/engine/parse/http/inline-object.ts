/**
 * Headers printed as a mapping on one line, the way programs print them when asked:
 * Python's `r.headers` / `r.request.headers` (`{'Date': '…', 'WWW-Authenticate': 'Bearer error="…"'}`),
 * Node's util.inspect of a small object (`{ authorization: 'Bearer …', accept: '*\/*' }`), a log line
 * ending in one (`Response headers: {'Content-Length': '0', …}`), PowerShell's hashtable literal in a command
 * (`Invoke-WebRequest … -Headers @{Authorization="Bearer …"; Accept="*\/*"}`). JSON on one line is the JSON
 * reader's; what is read here is what JSON.parse refuses: single quotes, bare names, `=`.
 */
import { isTchar, scanToken, skipBlanks } from './chars.js';
import { setKind } from './collect.js';
import { knownHeaderSide } from './names.js';
import type { ScanState } from './state.js';

interface Entry {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** Entries a line may hold before it is taken for something else than a headers mapping. */
const MAX_ENTRIES = 200;

/**
 * Reads the mapping that ends line `li` ([p, end), trimmed): every entry a `name: 'string'` pair, one
 * name at least a known header name. Returns the line, or -1 (then nothing was recorded).
 */
export function readInlineObject(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  if (text.charCodeAt(end - 1) !== 0x7d /* } */) return -1;
  // The first brace of the line (a bounded scan: indexOf would run on past the line's end).
  let open = p;
  while (open < end && text.charCodeAt(open) !== 0x7b) open++;
  // JSON is the JSON reader's (it also reads the object behind a log line's words).
  if (open >= end - 1 || s.inJsonAhead(open)) return -1;
  // `@{`: a PowerShell hashtable, `name = "value"` entries split by `;`.
  const hashtable = open > p && text.charCodeAt(open - 1) === 0x40;
  const entries = readEntries(text, open + 1, end - 1, hashtable);
  if (entries === null) return -1;
  if (!entries.some((e) => knownHeaderSide(text.slice(e.nameStart, e.nameEnd).toLowerCase()) !== undefined)) return -1;
  // One mapping is one message's headers: a block of its own, its side told by the names in it.
  s.openBlock(null, false, false);
  for (const e of entries) {
    const name = text.slice(e.nameStart, e.nameEnd).toLowerCase();
    s.pushField({
      li,
      name,
      known: knownHeaderSide(name),
      form: 'fetch-json',
      start: e.nameStart,
      end: e.valueEnd + 1,
      valueStart: e.valueStart,
      valueEnd: e.valueEnd,
      quoted: true,
    });
  }
  s.reset(false);
  // A log line's words before the mapping are still text (a verifier's message may be among them).
  if (skipBlanks(text, p, open) < open) setKind(s.c, li, 'text');
  return li;
}

/**
 * The `name: 'value'` entries of [i, end) (inside the braces), or null when one is anything else. A hashtable's
 * are `name = 'value'` split by `;`, and a backtick escapes in its values where a backslash does elsewhere.
 */
function readEntries(text: string, from: number, end: number, hashtable: boolean): Entry[] | null {
  // `=` or `:` between name and value, `;` or `,` between entries, a backtick or a backslash escaping.
  const separator = hashtable ? 0x3d : 0x3a;
  const delimiter = hashtable ? 0x3b : 0x2c;
  const escaper = hashtable ? 0x60 : 0x5c;
  const entries: Entry[] = [];
  let i = skipBlanks(text, from, end);
  while (i < end) {
    if (entries.length >= MAX_ENTRIES) return null;
    let nameStart: number;
    let nameEnd: number;
    const q = text.charCodeAt(i);
    if (q === 0x27 || q === 0x22) {
      nameStart = i + 1;
      // A token may hold `'`: the name ends at its quote.
      nameEnd = nameStart;
      while (nameEnd < end && text.charCodeAt(nameEnd) !== q && isTchar(text.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === nameStart || text.charCodeAt(nameEnd) !== q) return null;
      i = nameEnd + 1;
    } else {
      nameStart = i;
      nameEnd = scanToken(text, i, end);
      if (nameEnd === nameStart) return null;
      i = nameEnd;
    }
    i = skipBlanks(text, i, end);
    if (text.charCodeAt(i) !== separator) return null;
    i = skipBlanks(text, i + 1, end);
    const vq = text.charCodeAt(i);
    if (vq !== 0x27 && vq !== 0x22) return null;
    const valueStart = i + 1;
    let k = valueStart;
    while (k < end && text.charCodeAt(k) !== vq) k += text.charCodeAt(k) === escaper ? 2 : 1;
    if (k >= end) return null;
    entries.push({ nameStart, nameEnd, valueStart, valueEnd: k });
    i = skipBlanks(text, k + 1, end);
    if (i < end) {
      if (text.charCodeAt(i) !== delimiter) return null;
      i = skipBlanks(text, i + 1, end);
    }
  }
  return entries.length > 0 ? entries : null;
}
