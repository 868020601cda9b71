/**
 * Finds JSON objects embedded in free text (a HAR fragment, a response body, a payload, a JWKS) in one
 * linear pass, and parses the outermost ones that are valid JSON.
 *
 * Why not "try JSON.parse from every `{`": that is quadratic on a paste full of braces. Here a single
 * stack pass records every balanced `{…}` span; strings are tracked so braces inside them do not count,
 * but a string never crosses a line break (JSON forbids raw newlines in strings), so one stray quote in
 * prose cannot swallow the rest of the paste.
 */
export interface JsonObjectSpan {
  start: number;
  end: number; // exclusive
  value: Record<string, unknown>;
}

/** Parsing stops after this many attempts or this many characters parsed, whichever comes first. */
const MAX_PARSE_ATTEMPTS = 400;
const MAX_PARSE_FACTOR = 3;

interface Span {
  start: number;
  end: number;
}

/**
 * The only characters the pass below acts on. A regex jumps from one to the next natively, about three
 * times faster than testing every character in a JavaScript loop; between them nothing changes state.
 */
const STRUCTURAL = /["{}\\\n]/g;

function balancedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  let inString = false;
  const re = STRUCTURAL;
  re.lastIndex = 0;
  for (;;) {
    // Outside every object only a `{` changes anything (a quote, a `}` or a line break there does
    // nothing below, and no string is open): jump to the next one rather than stop at each of those.
    if (open.length === 0) {
      const next = text.indexOf('{', re.lastIndex);
      if (next < 0) break;
      re.lastIndex = next;
    }
    if (!re.test(text)) break;
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (inString) {
      // An escape skips the next character, whatever it is.
      if (c === 0x5c /* \ */) re.lastIndex = i + 2;
      else if (c === 0x22 /* " */ || c === 0x0a) inString = false;
      continue;
    }
    if (c === 0x22) {
      if (open.length > 0) inString = true;
    } else if (c === 0x7b /* { */) {
      open.push(i);
    } else if (c === 0x7d /* } */) {
      const start = open.pop();
      if (start !== undefined) spans.push({ start, end: i + 1 });
    }
  }
  re.lastIndex = 0;
  return spans;
}

/**
 * Every outermost embedded JSON object that parses. When an outer span does not parse (a log line
 * `{user: {"sub": …}}`), the spans inside it are tried instead.
 */
export function findJsonObjects(text: string): JsonObjectSpan[] {
  if (text.indexOf('{') < 0) return [];
  const spans = balancedSpans(text);
  // In order of start, an outer span comes before the spans inside it; a parsed span hides them.
  spans.sort((a, b) => a.start - b.start);
  const found: JsonObjectSpan[] = [];
  let attempts = 0;
  let budget = MAX_PARSE_FACTOR * text.length + 1024;
  let coveredUntil = 0;
  for (const span of spans) {
    if (attempts >= MAX_PARSE_ATTEMPTS || budget <= 0) break;
    if (span.start < coveredUntil) continue;
    const length = span.end - span.start;
    if (length < 2) continue;
    attempts++;
    budget -= length;
    try {
      const value: unknown = JSON.parse(text.slice(span.start, span.end));
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        found.push({ start: span.start, end: span.end, value: value as Record<string, unknown> });
        coveredUntil = span.end;
      }
    } catch {
      // Not JSON (a JS object literal, a log template); inner spans get their turn.
    }
  }
  return found;
}
