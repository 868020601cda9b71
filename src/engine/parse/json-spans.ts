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

export interface Span {
  start: number;
  end: number;
}

/**
 * The next occurrence of each character the pass below acts on (`"`, `{`, `}`, and in a string `\\` and a line
 * break) is kept and searched again only once the pass is past it: each is one native `indexOf`, and no position is
 * searched twice for the same character. A regex for the five stopped at every one of them, line breaks outside
 * strings included, and one `test` cost more than one `indexOf`: findJsonObjects over the examples took 0.54 µs a
 * paste against 0.69 (`balancedSpansByRegex`, the reference in test/engine/fast-paths-http.test.ts).
 */
export function balancedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  // Next `"`, `{`, `}`, `\`, line break at or after `pos`: -2 not looked for yet, -1 none ahead (pos only grows).
  let quote = -2;
  let lbrace = -2;
  let rbrace = -2;
  let backslash = -2;
  let newline = -2;
  let pos = 0;
  for (;;) {
    if (lbrace !== -1 && lbrace < pos) lbrace = text.indexOf('{', pos);
    // Outside every object only a `{` changes anything (a quote, a `}` or a line break there does nothing below,
    // and no string is open): go to the next one.
    if (open.length === 0) {
      if (lbrace < 0) break;
      open.push(lbrace);
      pos = lbrace + 1;
      continue;
    }
    if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
    if (rbrace !== -1 && rbrace < pos) rbrace = text.indexOf('}', pos);
    const i = first(first(quote, lbrace), rbrace);
    if (i < 0) break;
    pos = i + 1;
    if (i === lbrace) {
      open.push(i);
    } else if (i === rbrace) {
      spans.push({ start: open.pop() as number, end: i + 1 });
    } else {
      // A string: it ends at its closing quote or at a line break; an escape skips the next character, whatever it is.
      for (;;) {
        if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
        if (backslash !== -1 && backslash < pos) backslash = text.indexOf('\\', pos);
        if (newline !== -1 && newline < pos) newline = text.indexOf('\n', pos);
        const j = first(first(quote, backslash), newline);
        if (j < 0) return spans;
        if (j === backslash) {
          pos = j + 2;
          continue;
        }
        pos = j + 1;
        break;
      }
    }
  }
  return spans;
}

/** The smaller of two offsets, -1 meaning none. */
function first(a: number, b: number): number {
  return a < 0 ? b : b < 0 || a < b ? a : b;
}

/** balancedSpans the plain way, a regex stopping at each character it acts on: for test/engine/fast-paths-http.test.ts. */
export function balancedSpansByRegex(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  let inString = false;
  const re = /["{}\\\n]/g;
  for (;;) {
    if (!re.test(text)) break;
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (inString) {
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
  return spans;
}

/**
 * Every outermost embedded JSON object that parses. When an outer span does not parse (a log line
 * `{user: {"sub": …}}`), the spans inside it are tried instead.
 */
/** Whether, from `k` (past a `{`), JSON's blanks then a `"` or a `}` come before `end`: else no object starts there. */
export function opensObject(text: string, k: number, end: number): boolean {
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === 0x22 || c === 0x7d) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    k++;
  }
  return false;
}

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
    // JSON.parse throws on what cannot open an object (`{{token}}`, `${VAR}`, `{ error: … }`), and a throw costs
    // several times a parse: an object's first character after blanks is a member name's quote or its end.
    if (!opensObject(text, span.start + 1, span.end)) continue;
    const value = parsedObject(text.slice(span.start, span.end));
    if (value !== null) {
      found.push({ start: span.start, end: span.end, value });
      coveredUntil = span.end;
    }
  }
  const all = text.indexOf(ESCAPED_OPEN) >= 0 ? withEscaped(text, found) : found;
  return withWrapped(all);
}

/** The most wrapped errors read from one paste. */
const MAX_WRAPPED = 20;

/**
 * A service's JSON error that a client or gateway between passed on as the text of its own error's message: Cline's
 * `{"error":{"message":"{\n  \"error\": {\n    \"code\": 403, … \"status\": \"PERMISSION_DENIED\"\n  }\n}\n","code":403,
 * "status":"Forbidden"}}` around Google's reply (google-gemini/gemini-cli#14519). The message is parsed as the object it
 * holds, which joins the others at its wrapper's span, right after it: the wrapper's words are its own, the service's
 * are the cause.
 */
function withWrapped(found: JsonObjectSpan[]): JsonObjectSpan[] {
  let out: JsonObjectSpan[] | null = null;
  let wrapped = 0;
  for (let i = 0; i < found.length; i++) {
    const span = found[i] as JsonObjectSpan;
    const inner = wrapped < MAX_WRAPPED ? wrappedError(span.value) : null;
    if (inner !== null) {
      out ??= found.slice(0, i);
      out.push(span, { start: span.start, end: span.end, value: inner });
      wrapped++;
    } else if (out !== null) out.push(span);
  }
  return out ?? found;
}

/** The error reply an error's message holds as JSON text (`error.message`, else `message`), or null. */
function wrappedError(value: Record<string, unknown>): Record<string, unknown> | null {
  const error = value.error;
  const message =
    error !== null && typeof error === 'object' && !Array.isArray(error)
      ? (error as Record<string, unknown>).message
      : value.message;
  if (typeof message !== 'string' || message.length < 2 || message.length > MAX_ESCAPED_LENGTH) return null;
  if (!message.trimStart().startsWith('{')) return null;
  // Only another error reply: a message that carries some other object (Gravitee's introspection answer,
  // `"message":"{\"active\":false}"`) is the wrapper's detail, read as its own words are.
  const inner = parsedObject(message);
  return inner !== null && inner.error !== undefined ? inner : null;
}

/** The object a span holds, or null: not JSON (a JS object literal, a log template), whose inner spans get their turn. */
function parsedObject(slice: string): Record<string, unknown> | null {
  try {
    return objectOrNull(JSON.parse(slice));
  } catch {
    // A body printed inside a Python string's repr keeps that string's `\'` escapes, which JSON has no use for (gcloud's
    // "Unable to acquire impersonated credentials" before Google's 403 body, `"message": "Permission
    // \'iam.serviceAccounts.getAccessToken\' denied on resource …"`, google-github-actions/auth#340;
    // mscribellito/terraform-google-workload-identity-federation#4): read with them as the quotes they stand for.
    if (!slice.includes("\\'")) return null;
    try {
      return objectOrNull(JSON.parse(slice.replaceAll("\\'", "'")));
    } catch {
      return null;
    }
  }
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** How an object written inside a string literal starts: `{\"`. */
const ESCAPED_OPEN = '{\\"';
/** The most escaped objects read from one paste, and the longest. */
const MAX_ESCAPED = 50;
const MAX_ESCAPED_LENGTH = 65536;

/**
 * A JSON object printed inside a string literal, its quotes escaped: a response body as a client's debug output or a
 * logger quotes it (Ruby Net::HTTP's `-> "{\"error\":\"invalid_token\"}"`, a JSON log's `"body":"{\"error\":…}"`,
 * Go's `%q`). The balanced pass cannot see it (its `\"` are no string delimiters there): each `{\"` not inside an
 * object already found is followed to its matching brace on its line, counting braces outside the `\"`-quoted
 * strings, and what is between is unescaped as a JSON string's content and parsed. Found objects join the others in
 * order of start.
 */
function withEscaped(text: string, found: JsonObjectSpan[]): JsonObjectSpan[] {
  const extra: JsonObjectSpan[] = [];
  let k = 0;
  // Each try walks at most to its line's end: tries are counted, and so are the characters walked, so a line of
  // thousands of `{\"` that never close costs a bounded multiple of the paste.
  let tries = 0;
  let budget = MAX_PARSE_FACTOR * text.length + 1024;
  for (
    let at = text.indexOf(ESCAPED_OPEN);
    at >= 0 && extra.length < MAX_ESCAPED && tries < MAX_PARSE_ATTEMPTS && budget > 0;
    at = text.indexOf(ESCAPED_OPEN, at + 1)
  ) {
    while (k < found.length && (found[k] as JsonObjectSpan).end <= at) k++;
    const inside = found[k];
    if (inside !== undefined && inside.start <= at) continue;
    tries++;
    const reach = Math.min(MAX_ESCAPED_LENGTH, budget);
    const end = escapedEnd(text, at, reach);
    budget -= (end < 0 ? -end - 2 : end) - at;
    if (end < 0) continue;
    try {
      const inner: unknown = JSON.parse(`"${text.slice(at, end)}"`);
      const value: unknown = typeof inner === 'string' ? JSON.parse(inner) : null;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        extra.push({ start: at, end, value: value as Record<string, unknown> });
        at = end - 1;
      }
    } catch {
      // Not an escaped object after all (a quoted brace in prose).
    }
  }
  if (extra.length === 0) return found;
  const all = found.concat(extra);
  all.sort((a, b) => a.start - b.start);
  return all;
}

/**
 * Where the escaped object opening at `at` ends (after its `}`); when it does not close on its line within `reach`,
 * `-stop - 2` for the offset `stop` the walk ended at (what it cost).
 */
function escapedEnd(text: string, at: number, reach: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, at + reach);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return -i - 2;
    if (c === 0x5c /* \ */) {
      // `\"` opens or closes a string; `\\` is an escaped backslash (a string's content), skipped whole.
      const next = text.charCodeAt(i + 1);
      if (next === 0x22) inString = !inString;
      i++;
      continue;
    }
    if (inString) continue;
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return -limit - 2;
}
