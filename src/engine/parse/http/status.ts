/**
 * Status codes written the ways people paste them, one line at a time, and the rule that picks the
 * one the paste is about.
 *
 * The forms, strongest first: a status line (`HTTP/1.1 401 Unauthorized`, `:status: 401`), a HAR
 * response or a labelled value (`Status Code: 403`, `"statusCode": 401`), an arrow
 * (`GET /x -> 401`), a bare line (`401 Unauthorized`), prose (`the API returns 401`, in prose.ts).
 */
import type { StatusForm, StatusObservation } from '../http.js';
import { isAsciiAlnum, isAsciiLetter, isBlankChar, isDigit, skipBlanks, startsWithCI, threeDigits } from './chars.js';
import { addStatus, type Collector, noteMethod, noteUrl } from './collect.js';
import { indexByFirstChar, isKnownCode, isMethod, isStatusKey, REASON_PHRASES } from './vocabulary.js';

const REASONS = indexByFirstChar(REASON_PHRASES);

function isStatusRange(code: number): boolean {
  return code >= 100 && code <= 599;
}

/** End of the reason phrase starting at i, or -1 when none of the known phrases starts there. */
export function matchReason(text: string, i: number, end: number): number {
  if (i >= end || !isAsciiLetter(text.charCodeAt(i))) return -1;
  const phrases = REASONS.get(text.charCodeAt(i) | 0x20);
  if (phrases === undefined) return -1;
  for (const phrase of phrases) {
    if (!startsWithCI(text, i, end, phrase)) continue;
    const after = i + phrase.length;
    if (after === end || !isAsciiLetter(text.charCodeAt(after))) return after;
  }
  return -1;
}

/** The known reason phrase after blanks at i, and where it ends (i when there is none). */
export function reasonAt(text: string, i: number, end: number): { reason: string | null; end: number } {
  const at = skipBlanks(text, i, end);
  const reasonEnd = matchReason(text, at, end);
  return reasonEnd < 0 ? { reason: null, end: i } : { reason: text.slice(at, reasonEnd), end: reasonEnd };
}

/** `HTTP/1.1 401 Unauthorized`, `HTTP/2 403`: the whole of [p, end) is a status line. */
export function readStatusLine(c: Collector, p: number, end: number, line: number): boolean {
  const text = c.text;
  if (!startsWithCI(text, p, end, 'http/')) return false;
  let i = p + 5;
  const major = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i === major) return false;
  if (i < end && text.charCodeAt(i) === 0x2e) {
    i++;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
  }
  if (i >= end || !isBlankChar(text.charCodeAt(i))) return false;
  i = skipBlanks(text, i, end);
  const code = threeDigits(text, i, end);
  if (!isStatusRange(code)) return false;
  const after = i + 3;
  if (after < end && !isBlankChar(text.charCodeAt(after))) return false;
  const reasonStart = skipBlanks(text, after, end);
  const reason = reasonStart < end ? text.slice(reasonStart, end) : null;
  addStatus(c, code, reason, 'status-line', p, end, line);
  return true;
}

/** The code a field value starts with (`401`, `401 Unauthorized`), or -1. */
export function codeAtValueStart(text: string, i: number, end: number): number {
  const code = threeDigits(text, i, end);
  if (!isStatusRange(code)) return -1;
  const after = i + 3;
  if (after < end && (isAsciiAlnum(text.charCodeAt(after)) || text.charCodeAt(after) === 0x2e)) return -1;
  return code;
}

export interface StatusLabelMatch {
  code: number;
  /** The key is a bare RFC token (`status`, `Status`), so in a header block it is also a field. */
  keyIsToken: boolean;
  keyEnd: number;
  valueStart: number;
}

const MAX_STATUS_KEY = 28;

/**
 * A labelled status at the start of a line: `Status Code: 403 Forbidden`, `status: 401`,
 * `"statusCode": 401,` (a JSON body that did not parse), `HTTP status=401`, `ステータスコード：401`.
 */
export function readStatusLabel(c: Collector, p: number, end: number, line: number): StatusLabelMatch | null {
  const text = c.text;
  let i = p;
  const quote = text.charCodeAt(i);
  const quoted = quote === 0x22 || quote === 0x27;
  if (quoted) i++;
  const keyStart = i;
  // Pass 1: find the key's end and separator without allocating.
  while (i < end && i - keyStart <= MAX_STATUS_KEY) {
    const ch = text.charCodeAt(i);
    if (isAsciiLetter(ch) || ch === 0x20 || ch === 0x5f || ch === 0x2d || (ch > 0x7f && ch !== 0xff1a)) i++;
    else break;
  }
  const keyEnd = i;
  if (keyEnd === keyStart) return null;
  if (quoted) {
    if (text.charCodeAt(i) !== quote) return null;
    i++;
  }
  i = skipBlanks(text, quoted ? i : keyEnd, end);
  const sep = text.charCodeAt(i);
  if (sep !== 0x3a && sep !== 0x3d && sep !== 0xff1a) return null;
  let v = skipBlanks(text, i + 1, end);
  if (text.charCodeAt(v) === 0x22 || text.charCodeAt(v) === 0x27) v++;
  const code = codeAtValueStart(text, v, end);
  if (code < 0) return null;
  // Pass 2: the key, squashed ("Status Code" → "statuscode").
  let squashed = '';
  let keyIsToken = !quoted;
  for (let k = keyStart; k < keyEnd; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x20 || ch === 0x5f || ch === 0x2d) {
      if (ch === 0x20) keyIsToken = false;
      continue;
    }
    // `ステータス：401` is a label, never a header field (which would say response headers were shown).
    if (ch > 0x7f) keyIsToken = false;
    squashed += String.fromCharCode(ch >= 0x41 && ch <= 0x5a ? ch | 0x20 : ch);
  }
  if (!isStatusKey(squashed)) return null;
  const r = reasonAt(text, v + 3, end);
  addStatus(c, code, r.reason, 'labelled', p, Math.max(r.end, v + 3), line);
  return { code, keyIsToken, keyEnd, valueStart: v };
}

/** Position right after an arrow starting at i (`->`, `=>`, `→`, `⇒`, `⟶`), or -1. */
function arrowEnd(text: string, i: number, end: number): number {
  const ch = text.charCodeAt(i);
  if ((ch === 0x2d || ch === 0x3d) && i + 1 < end && text.charCodeAt(i + 1) === 0x3e) return i + 2;
  if (ch === 0x2192 || ch === 0x21d2 || ch === 0x27f6) return i + 1;
  return -1;
}

/** `GET https://x/y -> 401 Unauthorized`, `=> 403`, `→ 401`: the code right after an arrow. */
export function readArrow(c: Collector, p: number, end: number, line: number): boolean {
  const text = c.text;
  for (let i = p; i < end; i++) {
    const after = arrowEnd(text, i, end);
    if (after < 0) continue;
    let v = skipBlanks(text, after, end);
    if (startsWithCI(text, v, end, 'http ')) v = skipBlanks(text, v + 5, end);
    else if (startsWithCI(text, v, end, 'status ')) v = skipBlanks(text, v + 7, end);
    const code = codeAtValueStart(text, v, end);
    // A hash entry's arrow in a dump (PHP's `"code" => 124`, Zoom's error code) points at no status: a known one only.
    if (code < 0 || !isKnownCode(code)) continue;
    readArrowFrom(c, p, i, line);
    const r = reasonAt(text, v + 3, end);
    addStatus(c, code, r.reason, 'arrow', v, Math.max(r.end, v + 3), line);
    noteArrowRequest(c, p, i);
    return true;
  }
  return false;
}

/**
 * `401 → 200 after refresh`, `401→403`: a status on the arrow's left is where the call went from, recorded before the
 * one it went to, so the rule below weighs them as one form's (a 401 that a retry then turned into a 200 is still the
 * question). Only a known code standing alone at the line's start or after a blank, right before the arrow.
 */
function readArrowFrom(c: Collector, p: number, arrow: number, line: number): void {
  const text = c.text;
  let k = arrow;
  while (k > p && isBlankChar(text.charCodeAt(k - 1))) k--;
  const start = k - 3;
  if (start < p || (start > p && !isBlankChar(text.charCodeAt(start - 1)))) return;
  const code = threeDigits(text, start, k);
  if (code < 0 || !isKnownCode(code)) return;
  addStatus(c, code, null, 'arrow', start, k, line);
}

/** `GET https://host/path ->`: the method and URL in front of an arrow. */
function noteArrowRequest(c: Collector, p: number, arrow: number): void {
  const text = c.text;
  let i = p;
  while (i < arrow && text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a) i++;
  if (i === p || i >= arrow || !isBlankChar(text.charCodeAt(i))) return;
  const method = text.slice(p, i);
  if (!isMethod(method)) return;
  const urlStart = skipBlanks(text, i, arrow);
  let urlEnd = urlStart;
  while (urlEnd < arrow && !isBlankChar(text.charCodeAt(urlEnd))) urlEnd++;
  noteMethod(c, method, p);
  if (urlEnd > urlStart) noteUrl(c, text.slice(urlStart, urlEnd), urlStart);
}

/** A line that is only a status: `401`, `401 Unauthorized` (Postman shows the code alone). */
export function readBare(c: Collector, p: number, end: number, line: number): boolean {
  const text = c.text;
  const code = threeDigits(text, p, end);
  if (code < 0 || !isKnownCode(code)) return false;
  const after = p + 3;
  if (after === end) {
    addStatus(c, code, null, 'bare', p, end, line);
    return true;
  }
  if (!isBlankChar(text.charCodeAt(after))) return false;
  const reasonStart = skipBlanks(text, after, end);
  const reasonEnd = matchReason(text, reasonStart, end);
  if (reasonEnd < 0) return false;
  const tail = skipTrailingPunctuation(text, reasonEnd, end);
  if (tail !== end) return false;
  addStatus(c, code, text.slice(reasonStart, reasonEnd), 'bare', p, reasonEnd, line);
  return true;
}

function skipTrailingPunctuation(text: string, i: number, end: number): number {
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2e || ch === 0x21 || isBlankChar(ch)) i++;
    else break;
  }
  return i;
}

const RANK: Record<StatusForm, number> = { 'status-line': 0, har: 0, labelled: 0, arrow: 1, bare: 2, prose: 3 };

function isAuthCode(code: number): boolean {
  return code === 401 || code === 403;
}

/** Whether `s` repeats the status line or HAR status right before it (the same code, nothing in between). */
function restatesStatusLine(before: StatusObservation, s: StatusObservation): boolean {
  return (before.form === 'status-line' || before.form === 'har') && before.code === s.code;
}

/**
 * The status the paste is about: the strongest form present wins (status line/HAR/labelled, then arrow,
 * bare, prose); within it the last one (curl -v after a redirect shows 302 then 401), except that the
 * last 401/403 of that form beats a later other code (a retry that then succeeded is not the question).
 */
export function chooseStatus(statuses: readonly StatusObservation[]): StatusObservation | null {
  // One slot a rank from the start: a read past an empty array's end deoptimises this for good (round 28).
  const last: Array<StatusObservation | undefined> = [undefined, undefined, undefined, undefined];
  const lastAuth: Array<StatusObservation | undefined> = [undefined, undefined, undefined, undefined];
  let previous: StatusObservation | undefined;
  for (const s of statuses) {
    const rank = RANK[s.form];
    const restates = s.form === 'labelled' && previous !== undefined && restatesStatusLine(previous, s);
    previous = s;
    // A body's `"statusCode": 401` under the status line `HTTP/1.1 401` is the same status said again: the status
    // line stays the one quoted (a finding's "status" evidence, a header block's start), not the body.
    if (restates) continue;
    last[rank] = s;
    if (isAuthCode(s.code)) lastAuth[rank] = s;
  }
  // Round 22: an arrow's 401/403 (`GET /v1/orders → 401`) beats a status line's other code (the token endpoint's 400
  // before it): the call the paste is about is the refused one.
  if (last[0] !== undefined && lastAuth[0] === undefined && lastAuth[1] !== undefined) return lastAuth[1];
  for (let rank = 0; rank < 4; rank++) {
    const pick = lastAuth[rank] ?? last[rank];
    if (pick === undefined) continue;
    // A success beside a 401/403 the paste states in a weaker form ("this works: … HTTP/1.1 200 OK", then "this one
    // 401s though: eyJ…") is the call that worked, shown for comparison: the refused one is what the paste is about.
    if (pick.code >= 200 && pick.code < 300)
      for (let weaker = rank + 1; weaker < 4; weaker++) {
        const refused = lastAuth[weaker];
        if (refused !== undefined) return refused;
      }
    return pick;
  }
  return null;
}
