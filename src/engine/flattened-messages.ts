/**
 * A `curl -i` output (or any raw HTTP message) whose line breaks were lost: a chat client or a log joined it with
 * spaces, `HTTP/1.1 401 Unauthorized Date: … Content-Type: application/json WWW-Authenticate: Bearer realm="api",
 * error="invalid_token" {"error":"invalid_token"}`. The readers read a message line by line, so the status may read and
 * the headers do not. Where a start line (a status line, or a request line `GET /path HTTP/1.1`) is followed on the
 * same line by a known header name and its colon, the line is cut back into the message's lines: before each known
 * header name (outside quoted strings: an error_description may hold spaces and colons) and before the body.
 *
 * Only known names (parse/http/names.ts) start a field: `Date: Thu, 28 May 2026 14:09:58 GMT` holds colons, and a
 * value's words are not names. Each line is scanned once, quoted strings included.
 */
import { knownHeaderSide } from './parse/http/names.js';

/** How many start lines one line is searched for: a flattened request and its response, or a redirect's two. */
const MAX_STARTS = 6;
/** Reason phrases are a few words (`Unauthorized`, `Network Authentication Required`). */
const MAX_REASON_WORDS = 5;
/** The longest known name is ~40 characters; a word longer than this before a colon is no header name. */
const MAX_NAME = 64;
/** A quoted value (an error_description) is searched this far for its end: an unclosed quote costs no more. */
const MAX_QUOTED = 1024;

/** A request line's method, right before its target. */
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Whether the text may hold such a line: one search for `HTTP/`, the rest per line that holds one. */
export function mayHoldFlattenedMessage(text: string): boolean {
  return text.indexOf('HTTP/') >= 0;
}

/** The text with each flattened message put back on its lines; the text itself when none is. */
export function splitFlattenedMessages(text: string): string {
  let out = '';
  let copied = 0;
  let changed = false;
  // The next `: ` at or after the cursor, searched again only once the cursor passes it: one scan in all.
  let colon = -1;
  for (let at = text.indexOf('HTTP/'); at >= 0; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    // A field after the start line has a `: ` on the same line: most status lines end at their reason phrase.
    if (colon < at) colon = text.indexOf(': ', at);
    if (colon < 0) break;
    const lineStart = colon > lineEnd ? -1 : text.lastIndexOf('\n', at) + 1;
    const split = lineStart < 0 ? null : splitLine(text.slice(lineStart, lineEnd));
    if (split !== null) {
      out += text.slice(copied, lineStart) + split;
      copied = lineEnd;
      changed = true;
    }
    if (nl < 0) break;
    at = text.indexOf('HTTP/', nl + 1);
  }
  return !changed ? text : out + text.slice(copied);
}

/** Where the start line at `at` ends and its first header name starts, or null when no known header follows. */
function startLine(line: string, at: number): { start: number; headers: number } | null {
  if (at > 0 && line.charCodeAt(at - 1) !== 0x20) return null;
  const version = versionEnd(line, at);
  if (version < 0 || line.charCodeAt(version) !== 0x20) return null;
  const code = version + 1;
  if (isStatusCode(line, code)) {
    // `HTTP/1.1 401`: the reason phrase's words, then the first known name.
    let i = code + 3;
    for (let words = 0; words <= MAX_REASON_WORDS; words++) {
      const w = skipBlanks(line, i);
      if (w >= line.length) return null;
      if (headerNameAt(line, w) > 0) return { start: at, headers: w };
      const e = wordEnd(line, w);
      if (!isReasonWord(line, w, e)) return null;
      i = e;
    }
    return null;
  }
  // `GET /v1/orders HTTP/1.1`: a header name right after the version, the target and the method before it.
  const w = skipBlanks(line, code);
  if (headerNameAt(line, w) <= 0) return null;
  const targetStart = line.lastIndexOf(' ', at - 2) + 1;
  if (targetStart < 2 || at - 1 <= targetStart) return null;
  const methodStart = line.lastIndexOf(' ', targetStart - 2) + 1;
  if (!METHODS.has(line.slice(methodStart, targetStart - 1))) return null;
  return { start: methodStart, headers: w };
}

/** Where `HTTP/1.1` or `HTTP/2` at `at` ends, or -1. */
function versionEnd(line: string, at: number): number {
  if (!line.startsWith('HTTP/', at)) return -1;
  let i = at + 5;
  if (!isDigit(line.charCodeAt(i))) return -1;
  i++;
  if (line.charCodeAt(i) === 0x2e) {
    if (!isDigit(line.charCodeAt(i + 1))) return -1;
    i += 2;
  }
  return i;
}

/** A status code (100–599) at `i`, followed by a blank or the line's end. */
function isStatusCode(line: string, i: number): boolean {
  const first = line.charCodeAt(i);
  if (first < 0x31 || first > 0x35 || !isDigit(line.charCodeAt(i + 1)) || !isDigit(line.charCodeAt(i + 2)))
    return false;
  return i + 3 >= line.length || line.charCodeAt(i + 3) === 0x20;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function splitLine(line: string): string | null {
  const out: string[] = [];
  let done = 0;
  let starts = 0;
  for (let at = line.indexOf('HTTP/'); at >= 0 && starts < MAX_STARTS; at = line.indexOf('HTTP/', at + 1)) {
    if (at < done) continue;
    const found = startLine(line, at);
    if (found === null) continue;
    starts++;
    const before = line.slice(done, found.start).trimEnd();
    if (before.trim() !== '') out.push(before);
    out.push(line.slice(found.start, found.headers).trimEnd());
    done = fields(line, found.headers, out);
  }
  if (starts === 0) return null;
  const rest = line.slice(done).trim();
  if (rest !== '') out.push(rest);
  return out.join('\n');
}

/**
 * Pushes the fields from `p` (a known name) each on its own line, then the body after a blank line; returns where the
 * message ends (the line's end, or the next start line's).
 *
 * A value ends at the next known name. Where none follows, the body starts: at a JSON object or markup, after a run of
 * blanks (a blank line joined with spaces leaves two), after a challenge's quoted value that no comma follows (RFC 9110
 * §11.6.1: auth-params are comma-separated), and after a Bearer credential (RFC 6750 §2.1: the scheme, one space, the
 * token).
 */
function fields(line: string, p: number, out: string[]): number {
  let fieldStart = p;
  let nameEnd = headerNameAt(line, p);
  let kind = fieldKind(line, p, nameEnd);
  let i = nameEnd + 1;
  // The value so far leaves no room for more of it (a challenge's quoted value, a Bearer credential).
  let closed = false;
  // Once a quote finds no end, the line's quotes are read as plain characters: each would search as far again.
  let quotes = true;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 0x22 && quotes) {
      const close = closingQuote(line, i + 1);
      if (close > 0) {
        i = close + 1;
        closed = kind === 'challenge';
        continue;
      }
      quotes = false;
    }
    if (c !== 0x20) {
      closed = false;
      i++;
      continue;
    }
    const w = skipBlanks(line, i);
    if (w >= line.length) break;
    const next = headerNameAt(line, w);
    if (next > 0) {
      out.push(line.slice(fieldStart, i).trimEnd());
      fieldStart = w;
      nameEnd = next;
      kind = fieldKind(line, w, next);
      i = next + 1;
      closed = false;
      continue;
    }
    if (line.startsWith('HTTP/', w) && startLine(line, w) !== null) {
      out.push(line.slice(fieldStart, i).trimEnd());
      return w;
    }
    const valueStart = skipBlanks(line, nameEnd + 1);
    if (w > valueStart) {
      const d = line.charCodeAt(w);
      if ((closed && d !== 0x2c) || w - i > 1 || d === 0x7b) break;
      if (d === 0x3c && /^<(?:!|html|\?xml)/i.test(line.slice(w, w + 6))) break;
      // `Authorization: Bearer <token>`: the word after the scheme is the whole credential.
      closed = kind === 'authorization' && isBearer(line, valueStart, i);
    }
    i = w;
  }
  out.push(line.slice(fieldStart, Math.min(i, line.length)).trimEnd());
  if (i >= line.length) return line.length;
  out.push('');
  out.push(line.slice(skipBlanks(line, i)).trimEnd());
  return line.length;
}

type FieldKind = 'challenge' | 'authorization' | 'other';

function fieldKind(line: string, p: number, nameEnd: number): FieldKind {
  const lower = line.slice(p, nameEnd).toLowerCase();
  if (lower === 'www-authenticate' || lower === 'proxy-authenticate') return 'challenge';
  return lower === 'authorization' || lower === 'proxy-authorization' ? 'authorization' : 'other';
}

/** Whether [from, to) is the Bearer or DPoP scheme alone: the next word is the credential. */
function isBearer(line: string, from: number, to: number): boolean {
  const scheme = line.slice(from, to).toLowerCase();
  return scheme === 'bearer' || scheme === 'dpop';
}

/** Where a known header name at `w` ends (at its colon, which a blank or the line's end follows), else -1. */
function headerNameAt(line: string, w: number): number {
  let k = w;
  const limit = Math.min(line.length, w + MAX_NAME);
  while (k < limit && isNameChar(line.charCodeAt(k))) k++;
  if (k === w || k >= line.length || line.charCodeAt(k) !== 0x3a) return -1;
  if (k + 1 < line.length && line.charCodeAt(k + 1) !== 0x20) return -1;
  return knownHeaderSide(line.slice(w, k).toLowerCase()) === undefined ? -1 : k;
}

/**
 * The closing quote of a quoted string whose content starts at `i` (backslash escapes skipped), or -1. A quote that a
 * word character follows opens or sits inside something else (a cut description runs into the body's `{"status"`).
 */
function closingQuote(line: string, i: number): number {
  const limit = Math.min(line.length, i + MAX_QUOTED);
  for (let k = i; k < limit; k++) {
    const c = line.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x22) {
      const after = k + 1 < line.length ? line.charCodeAt(k + 1) : 0x20;
      if (after === 0x20 || after === 0x2c || after === 0x3b) return k;
    }
  }
  return -1;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

function isReasonWord(line: string, w: number, e: number): boolean {
  if (e - w > 40) return false;
  for (let k = w; k < e; k++) {
    const c = line.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x27)) return false;
  }
  return true;
}

function skipBlanks(line: string, i: number): number {
  while (i < line.length && line.charCodeAt(i) === 0x20) i++;
  return i;
}

function wordEnd(line: string, i: number): number {
  while (i < line.length && line.charCodeAt(i) !== 0x20) i++;
  return i;
}
