/**
 * HTTPie / xh commands: `http [METHOD] URL Name:value name==query field=data`, with `-a user:pass`
 * and `-A bearer -a TOKEN`. Header items are request fields written on the command line, like curl's -H.
 */
import { scanToken, skipBlanks } from './chars.js';
import { addField, type Collector, type FieldInit, markShown, noteMethod, noteUrl } from './collect.js';
import type { CommandStart } from './command.js';
import { base64Utf8, synthesized } from './curl.js';
import { readCommandWords, type Word } from './shell-words.js';
import { isMethod } from './vocabulary.js';

const SHORT_WITH_ARG = new Set(['a', 'A', 'p', 's', 'o', 'P']);
// biome-ignore format: a word list reads best packed
const LONG_WITH_ARG = new Set([
  'auth', 'auth-type', 'print', 'style', 'output', 'session', 'session-read-only', 'verify', 'cert', 'cert-key',
  'cert-key-pass', 'timeout', 'proxy', 'max-redirects', 'pretty', 'format-options', 'response-charset',
  'response-mime', 'ssl', 'ciphers', 'default-scheme', 'boundary', 'history-print', 'bearer',
]);

interface HttpieState {
  method: string | null;
  url: Word | null;
  auth: Word | null;
  authType: string;
  bearer: Word | null;
  data: boolean;
  hidden: boolean;
  fields: FieldInit[];
}

/** Reads the HTTPie command at `command`; returns the index of its last line. */
export function readHttpie(c: Collector, command: CommandStart, line: number): number {
  const { words, lastLine } = readCommandWords(c, command, line);
  const s: HttpieState = {
    method: null,
    url: null,
    auth: null,
    authType: 'basic',
    bearer: null,
    data: false,
    hidden: false,
    fields: [],
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const v = w.value;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq > 0 ? v.slice(2, eq) : v.slice(2);
      const arg = eq > 0 ? { ...w, value: v.slice(eq + 1) } : LONG_WITH_ARG.has(name) ? (words[++k] ?? null) : null;
      option(s, name, arg);
    } else if (v.length > 1 && v.startsWith('-') && !v.includes(':')) {
      const letter = v[1] as string;
      const arg = SHORT_WITH_ARG.has(letter)
        ? v.length > 2
          ? { ...w, value: v.slice(2) }
          : (words[++k] ?? null)
        : null;
      option(s, letter === 'a' ? 'auth' : letter === 'A' ? 'auth-type' : letter, arg);
    } else if (s.url === null && s.method === null && isMethod(v)) s.method = v;
    else if (s.url === null) s.url = w;
    else item(s, w);
  }
  record(c, s, command.start);
  return lastLine;
}

function option(s: HttpieState, name: string, arg: Word | null): void {
  if (name === 'auth') s.auth = arg;
  else if (name === 'auth-type' && arg) s.authType = arg.value.toLowerCase();
  else if (name === 'bearer') s.bearer = arg;
  else if (name === 'session' || name === 'session-read-only') s.hidden = true;
}

/** `Name:value` is a header, `Name;` an empty one; `name==v` a query, `name=v` / `name:=v` data. */
function item(s: HttpieState, w: Word): void {
  const v = w.value;
  const nameEnd = scanToken(v, 0, v.length);
  const sep = nameEnd < v.length ? v.charCodeAt(nameEnd) : -1; // no read past the end (round 28)
  if (nameEnd === 0 || (sep !== 0x3a && sep !== 0x3b)) {
    if (v.includes('=')) s.data ||= !v.includes('==');
    return;
  }
  const next = v.charCodeAt(nameEnd + 1);
  if (sep === 0x3a && (next === 0x3d || next === 0x40)) {
    s.data = true;
    return;
  }
  // `"Authorization: Bearer …"`: the blanks after the colon are the separator's, as with curl -H.
  const value = sep === 0x3b ? '' : v.slice(skipBlanks(v, nameEnd + 1, v.length));
  if (sep === 0x3a && value === '') return;
  s.fields.push({
    name: v.slice(0, nameEnd).toLowerCase(),
    value: w.quoted ? value : value.trim(),
    side: 'request',
    quoted: w.quoted,
    form: 'curl-arg',
    start: w.start,
    end: w.end,
  });
}

function record(c: Collector, s: HttpieState, at: number): void {
  if (!s.fields.some((f) => f.name === 'authorization')) {
    const token = s.bearer ?? (s.authType === 'bearer' ? s.auth : null);
    if (token) s.fields.push(synthesized('authorization', `Bearer ${token.value}`, token));
    else if (s.auth && s.authType === 'basic' && s.auth.value.includes(':')) {
      s.fields.push(synthesized('authorization', `Basic ${base64Utf8(s.auth.value)}`, s.auth));
    } else if (s.auth) s.hidden = true;
  }
  s.fields.sort((a, b) => a.start - b.start);
  for (const f of s.fields) addField(c, f, !s.hidden);
  if (!s.hidden) markShown(c, 'request', at);
  noteMethod(c, s.method ?? (s.data ? 'POST' : 'GET'), at);
  if (s.url) noteUrl(c, s.url.value, s.url.start);
}
