/**
 * Headers printed as a mapping on one line, the way programs print them when asked:
 * Python's `r.headers` / `r.request.headers` (`{'Date': '…', 'WWW-Authenticate': 'Bearer error="…"'}`),
 * Node's util.inspect of a small object (`{ authorization: 'Bearer …', accept: '*\/*' }`), a log line
 * ending in one (`Response headers: {'Content-Length': '0', …}`), PowerShell's hashtable literal in a command
 * (`Invoke-WebRequest … -Headers @{Authorization="Bearer …"; Accept="*\/*"}`). JSON on one line is the JSON
 * reader's; what is read here is what JSON.parse refuses: single quotes, bare names, `=`.
 */
import { isTchar, scanToken, skipBlanks, trimBlanksEnd } from './chars.js';
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
  pushEntries(s, li, entries);
  s.reset(false);
  // A log line's words before the mapping are still text (a verifier's message may be among them).
  if (skipBlanks(text, p, open) < open) setKind(s.c, li, 'text');
  return li;
}

/** Lines a wrapped mapping may run over, and the longest log prefix its lines may share. */
const MAX_WRAPPED_LINES = 64;
const MAX_PREFIX = 80;

/**
 * A mapping Node's util.inspect wrapped over lines (an object wider than its break length, in Node before 12): the
 * first entry on the `{` line, one entry a line after it, the last closing ` }`, every line behind the same log
 * prefix or none. npm's verbose log prints a registry's response headers so, each line behind its `NN verbose headers `
 * (npm/npm#20695: `36 verbose headers { server: 'nginx/1.10.3',` … `36 verbose headers   'www-authenticate': 'BASIC
 * realm="Sonatype Nexus Repository Manager"' }`). Line `li` ([p, end), trimmed) ends in `,`. Returns the mapping's
 * last line, or -1 (then nothing was recorded).
 */
export function readWrappedObject(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  let open = p;
  while (open < end && open - p <= MAX_PREFIX && text.charCodeAt(open) !== 0x7b) open++;
  if (open >= end || text.charCodeAt(open) !== 0x7b || s.inJsonAhead(open)) return -1;
  const first = readEntries(text, open + 1, end, false);
  if (first === null) return -1;
  const prefix = text.slice(p, open);
  const lines: { li: number; entries: Entry[] }[] = [{ li, entries: first }];
  const records = s.c.lines;
  for (let k = li + 1; k < records.length && k - li <= MAX_WRAPPED_LINES; k++) {
    const record = records[k] as (typeof records)[number];
    const from = skipBlanks(text, record.start, record.end);
    if (!text.startsWith(prefix, from)) return -1;
    let last = trimBlanksEnd(text, from, record.end);
    let closes = text.charCodeAt(last - 1) === 0x7d;
    if (!closes && text.charCodeAt(last - 1) !== 0x2c) return -1;
    // A mapping that is a member of an inspected object closes with ` },` (IncomingMessage's `headers:` as box-node-sdk
    // printed a 401 with its WWW-Authenticate, box/box-node-sdk#157).
    if (!closes) {
      const beforeComma = trimBlanksEnd(text, from, last - 1);
      if (text.charCodeAt(beforeComma - 1) === 0x7d) {
        closes = true;
        last = beforeComma;
      }
    }
    const entries = readEntries(text, from + prefix.length, closes ? last - 1 : last, false);
    if (entries === null) return -1;
    lines.push({ li: k, entries });
    if (closes) return recordWrapped(s, lines, p, open);
  }
  return -1;
}

function recordWrapped(s: ScanState, lines: { li: number; entries: Entry[] }[], p: number, open: number): number {
  const text = s.text;
  const known = lines.some((l) =>
    l.entries.some((e) => knownHeaderSide(text.slice(e.nameStart, e.nameEnd).toLowerCase()) !== undefined),
  );
  if (!known) return -1;
  s.openBlock(null, false, false);
  for (const line of lines) pushEntries(s, line.li, line.entries);
  s.reset(false);
  const first = lines[0] as { li: number };
  if (skipBlanks(text, p, open) < open) setKind(s.c, first.li, 'text');
  return (lines[lines.length - 1] as { li: number }).li;
}

/**
 * A header map as Go and Java print it, ending line `li` ([p, end), trimmed): Go's `%v` of an http.Header
 * (`map[Authorization:[Bearer …] Content-Type:[application/json]]`, fmt's map verb: `map[` then `key:value` pairs split
 * by a space) and Java's `Map<String, List<String>>` toString (`{Authorization=[Bearer …], Accept=[*\/*]}`,
 * AbstractMap.toString: `key=value` split by `, `; OkHttp's and Spring's HttpHeaders print so too). Each value is the
 * list's text between its brackets. Read only where the line ends as such a map does (`]]`, `]}`): a line is scanned
 * once, so a paste of many is linear. Returns the line, or -1 (then nothing was recorded).
 */
export function readBracketedMap(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  if (text.charCodeAt(end - 2) !== 0x5d /* ] */) return -1;
  const go = text.charCodeAt(end - 1) === 0x5d;
  if (!go && text.charCodeAt(end - 1) !== 0x7d) return -1;
  // The map's opening: Go's `map[`, Java's `{` (after a class name or none: `Headers{`, `{`). A log line may hold a `{`
  // before the map that is no header dump (logback's MDC `{traceId=…}`, an SLF4J placeholder `{}` left unfilled): a `{`
  // opens the map only where a `name=[` entry starts right after it, and at most a few such are read in full, so a line
  // is still read a bounded number of times.
  let open = -1;
  let entries: Entry[] | null = null;
  let tries = 0;
  for (let i = p; i < end - 2 && entries === null && tries < MAX_MAP_TRIES; i++) {
    const c = text.charCodeAt(i);
    if (
      go ? c === 0x5b && i >= p + 3 && text.startsWith('map', i - 3) : c === 0x7b && opensListEntry(text, i + 1, end)
    ) {
      open = i;
      tries++;
      entries = readListEntries(text, open + 1, end - 1, go ? 0x3a : 0x3d, go);
      if (go) break;
    }
  }
  if (entries === null) return -1;
  if (!entries.some((e) => knownHeaderSide(text.slice(e.nameStart, e.nameEnd).toLowerCase()) !== undefined)) return -1;
  s.openBlock(null, false, false);
  pushEntries(s, li, entries);
  s.reset(false);
  if (skipBlanks(text, p, open) < open - (go ? 3 : 0)) setKind(s.c, li, 'text');
  return li;
}

/** The `{`s of one line a Java map is looked for at, in full. */
const MAX_MAP_TRIES = 4;

/** Whether a Java map's first entry, `name=[`, starts at `i`. */
function opensListEntry(text: string, i: number, end: number): boolean {
  const nameEnd = scanToken(text, i, end);
  return nameEnd > i && text.charCodeAt(nameEnd) === 0x3d && text.charCodeAt(nameEnd + 1) === 0x5b;
}

/** `name<sep>[value]` entries of [from, end), split by a space (Go) or `, ` (Java); null when one is anything else. */
function readListEntries(text: string, from: number, end: number, separator: number, go: boolean): Entry[] | null {
  const entries: Entry[] = [];
  let i = from;
  while (i < end) {
    if (entries.length >= MAX_ENTRIES) return null;
    const nameStart = i;
    const nameEnd = scanToken(text, i, end);
    if (nameEnd === nameStart || text.charCodeAt(nameEnd) !== separator || text.charCodeAt(nameEnd + 1) !== 0x5b)
      return null;
    const valueStart = nameEnd + 2;
    let k = valueStart;
    while (k < end && text.charCodeAt(k) !== 0x5d) k++;
    if (k >= end) return null;
    entries.push({ nameStart, nameEnd, valueStart, valueEnd: k });
    i = k + 1;
    if (i < end) {
      if (go ? text.charCodeAt(i) !== 0x20 : text.charCodeAt(i) !== 0x2c || text.charCodeAt(i + 1) !== 0x20)
        return null;
      i += go ? 1 : 2;
    }
  }
  return entries.length > 0 ? entries : null;
}

/** Records a mapping's entries on line `li` as fields of the open block. */
function pushEntries(s: ScanState, li: number, entries: readonly Entry[]): void {
  for (const e of entries) {
    const name = s.text.slice(e.nameStart, e.nameEnd).toLowerCase();
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
