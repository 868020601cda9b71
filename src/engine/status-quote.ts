import type { Context } from './context.js';
import type { StatusObservation } from './parse/http.js';

/**
 * The status as evidence. A status line, label or arrow is quoted as its line; a status read from a long line of prose
 * (「…呼び出そうとしたところ、「401 Unauthorized」エラーが発生。API Gatewayのテスト機能を使っても…」) is quoted as the
 * sentence around it, not the paragraph it sits in (audit-y 37). Sentences end at `.` `!` `?` before a blank (not an
 * ellipsis's dots) and at 。！？; none of these is inside a token, so the cut cannot leave a piece of one, and the quote
 * is redacted too. A short line is read whole, and commas are not cut at.
 */
export function statusQuote(ctx: Context, status: StatusObservation): string {
  if (status.form !== 'prose') return ctx.evidenceAt(status.start, status.end);
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', Math.max(0, status.start - 1)) + 1;
  let lineEnd = text.indexOf('\n', status.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart <= LONG_LINE || MACHINE_TEXT.test(text.slice(lineStart, lineEnd)))
    return ctx.evidenceAt(status.start, status.end);
  let from = status.start;
  while (from > lineStart && status.start - from < MAX_CLAUSE && !endsClause(text, from - 1)) from--;
  let to = status.end;
  while (to < lineEnd && to - status.end < MAX_CLAUSE && !endsClause(text, to)) to++;
  const cutBefore = from > lineStart;
  const cutAfter = to < lineEnd;
  if ((cutBefore && !endsClause(text, from - 1)) || (cutAfter && !endsClause(text, to)))
    return ctx.evidenceAt(status.start, status.end);
  if (cutAfter) to++;
  const clause = text.slice(from, to).trim();
  if (clause.length < MIN_CLAUSE) return ctx.evidenceAt(status.start, status.end);
  return ctx.redactor.redact(`${cutBefore ? '…' : ''}${clause}${cutAfter && to < lineEnd ? '…' : ''}`);
}

/** The longest reach either side of the status: further, the line's own quote (cut by quoteLine) is used. */
const MAX_CLAUSE = 160;
/** A sentence shorter than this says less than its line. */
const MIN_CLAUSE = 12;
/**
 * A log line, an exception's message or a printed object (`{…}`, `key=value`, `(…)`, `<…>`, `[…]`) is no writer's
 * sentences: its dots end fields and URLs as often as sentences, so it is quoted by its line.
 */
const MACHINE_TEXT = /[{}[\]=<>()]/;
/** A line this long or shorter is quoted whole. */
const LONG_LINE = 120;

function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  if (c === 0x2e && text.charCodeAt(i - 1) === 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}
