/**
 * Splits a pasted command line into words the way the shell it was written for would: POSIX sh (bash,
 * zsh; also what Chrome's "Copy as cURL (bash)" writes, `$'…'` included) or Windows cmd.exe (Chrome's
 * "Copy as cURL (cmd)", with `^` escapes and `^"` quotes, then the MS C runtime's quoting rules).
 *
 * A command continues over `\`, `^` or `` ` `` at the end of a line (even with trailing spaces, which
 * the shell would reject but people clearly mean) and inside a quote that spans lines. A quote is only
 * allowed to span into a line that could be part of a command: a stray `'` must not swallow the
 * response pasted below it.
 */
import { skipBlanks } from './chars.js';
import { CmdSplitter } from './cmd-words.js';
import { type Collector, lineAt, setKind } from './collect.js';
import type { CommandStart } from './command.js';
import { ShSplitter } from './sh-words.js';
import type { SplitResult, Word } from './splitter.js';

export type { Word } from './splitter.js';

export type Dialect = 'sh' | 'cmd';

/** Splits from `start` (just after the command name) to the end of the command. */
export function splitCommand(text: string, start: number, dialect: Dialect): SplitResult {
  return dialect === 'cmd' ? new CmdSplitter(text).run(start) : new ShSplitter(text).run(start);
}

/** Chrome's cmd flavour quotes with `^"`; hand-written cmd commands continue lines with ` ^`. */
export function detectDialect(text: string, start: number, lineEnd: number): Dialect {
  const line = text.slice(start, lineEnd);
  if (line.includes('^"')) return 'cmd';
  const trimmed = line.trimEnd();
  return trimmed.endsWith(' ^') ? 'cmd' : 'sh';
}

/**
 * The words of the command starting at `command` on line `line`, its lines marked as 'command'.
 * Options pasted on their own lines without the trailing `\` still belong to the command.
 */
export function readCommandWords(
  c: Collector,
  command: CommandStart,
  line: number,
): { words: Word[]; lastLine: number; cutAt: number; cutEnd: number } {
  const text = c.text;
  const dialect = detectDialect(text, command.start, c.lines[line]?.end ?? text.length);
  let split = splitCommand(text, command.nameEnd, dialect);
  const words = split.words;
  // A cut (SplitResult.cutAt) and where the command it cut ended, continued lines included.
  const cutAt = split.cutAt;
  const cutEnd = split.end;
  while (split.end < text.length && startsWithOption(text, split.end + 1)) {
    split = splitCommand(text, split.end + 1, dialect);
    for (const w of split.words) words.push(w);
  }
  const lastLine = lineAt(c, Math.max(command.start, split.end - 1));
  for (let l = line; l <= lastLine; l++) setKind(c, l, 'command');
  return { words, lastLine, cutAt, cutEnd };
}

function startsWithOption(text: string, i: number): boolean {
  const p = skipBlanks(text, i, text.length);
  // No read past the text's end: it would deoptimise the reader for good (round 28).
  if (p >= text.length || text.charCodeAt(p) !== 0x2d) return false;
  const next = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
  return next === 0x2d || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
}
