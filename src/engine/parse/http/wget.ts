/**
 * wget commands: `wget [options] URL` with `--header='Name: value'` (or `--header 'Name: value'`), `--method=`,
 * `--post-data`/`--body-data`, `--user`/`--password` (wget's own Basic credentials, sent only once challenged unless
 * `--auth-no-challenge`). Header options are request fields written on the command line, like curl's -H (GNU Wget's
 * manual, "HTTP Options").
 */
import { scanToken, skipBlanks } from './chars.js';
import { addField, type Collector, type FieldInit, markShown, noteMethod, noteUrl } from './collect.js';
import type { CommandStart } from './command.js';
import { readCommandWords, type Word } from './shell-words.js';

/** Short options that take an argument (GNU Wget 1.21). */
const SHORT_WITH_ARG = new Set('OoaeitTwPUlARDIXBQ'.split(''));
/** Long options whose argument may follow as the next word; the others take theirs after `=` or none. */
// biome-ignore format: a word list reads best packed
const LONG_WITH_ARG = new Set([
  'header', 'method', 'body-data', 'body-file', 'post-data', 'post-file', 'user', 'password', 'http-user',
  'http-password', 'output-document', 'output-file', 'user-agent', 'referer', 'load-cookies', 'save-cookies', 'tries',
  'timeout', 'wait', 'directory-prefix', 'append-output', 'execute', 'input-file', 'ca-certificate', 'certificate',
  'private-key', 'proxy-user', 'proxy-password',
]);

/** Reads the wget command at `command`; returns the index of its last line. */
export function readWget(c: Collector, command: CommandStart, line: number): number {
  const { words, lastLine } = readCommandWords(c, command, line);
  const fields: FieldInit[] = [];
  let url: Word | null = null;
  let method: string | null = null;
  let hidden = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const v = w.value;
    let name: string | null = null;
    let arg: Word | null = null;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      name = eq > 0 ? v.slice(2, eq) : v.slice(2);
      arg = eq > 0 ? { ...w, value: v.slice(eq + 1) } : LONG_WITH_ARG.has(name) ? (words[++k] ?? null) : null;
    } else if (v.length > 1 && v.startsWith('-')) {
      const letter = v[1] as string;
      if (SHORT_WITH_ARG.has(letter)) {
        if (v.length <= 2) k++;
      }
      continue;
    } else if (url === null) {
      url = w;
      continue;
    } else continue;
    if (arg === null) continue;
    if (name === 'header') header(fields, arg);
    else if (name === 'method') method = arg.value.toUpperCase();
    else if (name === 'post-data' || name === 'post-file' || name === 'body-data' || name === 'body-file')
      method ??= 'POST';
    else if (name === 'user' || name === 'password' || name === 'http-user' || name === 'http-password') hidden = true;
  }
  fields.sort((a, b) => a.start - b.start);
  // Credentials wget computes itself (its --user/--password) are not shown: a missing Authorization says nothing then.
  const hides = hidden && !fields.some((f) => f.name === 'authorization');
  for (const f of fields) addField(c, f, !hides);
  if (!hides) markShown(c, 'request', command.start);
  noteMethod(c, method ?? 'GET', command.start);
  if (url) noteUrl(c, url.value, url.start);
  return lastLine;
}

/** `--header='Name: value'`: a request field (an empty value removes the header in wget, so it is none). */
function header(fields: FieldInit[], w: Word): void {
  const v = w.value;
  const nameEnd = scanToken(v, 0, v.length);
  if (nameEnd === 0 || v.charCodeAt(nameEnd) !== 0x3a) return;
  const value = v.slice(skipBlanks(v, nameEnd + 1, v.length));
  if (value.trim() === '') return;
  fields.push({
    name: v.slice(0, nameEnd).toLowerCase(),
    value: w.quoted ? value : value.trim(),
    side: 'request',
    quoted: w.quoted,
    form: 'curl-arg',
    start: w.start,
    end: w.end,
  });
}
