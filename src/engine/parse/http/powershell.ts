/**
 * PowerShell's HTTP cmdlets (round audit-at, MicrosoftDocs/azure-docs#43912: `Invoke-WebRequest -Method Get -Uri
 * "https://…azurewebsites.net/api/HttpTrigger?code=…"` then its `(401) Unauthorized`): `Invoke-RestMethod` and
 * `Invoke-WebRequest`, and their aliases `irm` and `iwr`, name the request's URL in `-Uri` or as their first positional
 * argument and its method in `-Method` (learn.microsoft.com/powershell/module/microsoft.powershell.utility/
 * invoke-restmethod, "-Uri … Position: 0"). That URL is the request's, as a curl command's is; the headers a `-Headers
 * @{…}` hashtable gives are read as fields elsewhere (inline-object.ts). The request itself is not marked shown: a
 * `$headers` variable, `-Credential` or `-Authentication` carry credentials the line does not show.
 *
 * A command is read over its backtick continuations, at most MAX_COMMAND characters. A value in quotes must close on
 * its line: PowerShell's error record quotes the command cut at its window with ` ...`
 * (`+ Invoke-WebRequest -Method Get -Uri "https://api-funct.azurewebsites.n ...`), whose host is cut too.
 */
import { isBlankChar } from './chars.js';
import { type Collector, noteMethod, noteUrl } from './collect.js';

const CMDLETS = ['invoke-restmethod', 'invoke-webrequest'] as const;
/** The cmdlets take http and https URLs only. */
const HTTP_URL = /^https?:\/\//i;
/** How far a command is read: a hashtable of headers and a body fit; a 1 MB paste is not walked for one. */
const MAX_COMMAND = 4000;

/** What starts a command's name: the cmdlets' `nvoke-` (after their I) and the aliases, each followed by a blank. */
const MARKS = ['nvoke-', 'irm ', 'iwr '] as const;

/**
 * Reads each PowerShell HTTP cmdlet in the text, noting its URL and method. Left to right over the marks' next
 * occurrences, and a name inside a command already read (its words, a hashtable, a quote) is not read again: every
 * character is read by one command at most, so the pass stays linear however many names a paste repeats.
 */
export function readPowerShellRequests(c: Collector): void {
  const text = c.text;
  // Most pastes name no cmdlet: one native search each, before any word is read.
  const next = MARKS.map((mark) => text.indexOf(mark));
  let readTo = 0;
  for (;;) {
    let k = -1;
    for (let m = 0; m < next.length; m++) {
      const at = next[m] as number;
      if (at !== -1 && (k === -1 || at < (next[k] as number))) k = m;
    }
    if (k === -1) return;
    const at = next[k] as number;
    const nameEnd = at >= readTo ? commandNameEnd(text, at, k) : -1;
    if (nameEnd !== -1) readTo = readCommand(c, nameEnd);
    next[k] = text.indexOf(MARKS[k] as string, Math.max(at + 1, readTo));
  }
}

/** The end of the cmdlet's or alias's name whose mark `k` is at `at`, when it stands where a command starts; else -1. */
function commandNameEnd(text: string, at: number, k: number): number {
  if (k > 0) return commandPosition(text, at) ? at + 3 : -1;
  const start = at - 1;
  if (start < 0 || (text.charCodeAt(start) | 0x20) !== 0x69 /* i */ || !commandPosition(text, start)) return -1;
  for (const name of CMDLETS) {
    const end = start + name.length;
    if (text.slice(start, end).toLowerCase() === name && isBlankChar(text.charCodeAt(end))) return end;
  }
  return -1;
}

/**
 * Where a command starts: the line's start, after blanks, a prompt (`PS C:\> `, `> `), `=` of an assignment
 * (`$r = Invoke-RestMethod …`), `(`, `|` or `;`. Inside a word (`Microsoft.PowerShell.Commands.InvokeWebRequestCommand`,
 * `[Invoke-WebRequest]` in an error record's CategoryInfo) it is none.
 */
function commandPosition(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before === 0x0a || before === 0x28 || before === 0x7c || before === 0x3b) return true;
  if (!isBlankChar(before)) return false;
  let k = at - 1;
  while (k > 0 && isBlankChar(text.charCodeAt(k - 1))) k--;
  if (k === 0) return true;
  const prev = text.charCodeAt(k - 1);
  // \n ( | ; = > $ (a bash prompt: `pwsh$ irm …`) and + (an error record's echo of the command, whose values are
  // judged by their own ends below).
  return (
    prev === 0x0a ||
    prev === 0x28 ||
    prev === 0x7c ||
    prev === 0x3b ||
    prev === 0x3d ||
    prev === 0x3e ||
    prev === 0x24 ||
    prev === 0x2b
  );
}

interface Word {
  value: string;
  start: number;
  /** Closed where it should be: a quote on its line, a bare word before ` ...` that cuts the line is not. */
  whole: boolean;
}

/** Reads the words after the cmdlet's name at `from`; notes the URL and method it names. Returns where it stopped. */
function readCommand(c: Collector, from: number): number {
  const text = c.text;
  const limit = Math.min(text.length, from + MAX_COMMAND);
  let i = from;
  let url: Word | null = null;
  let method: string | null = null;
  for (;;) {
    const word = nextWord(text, i, limit);
    if (word === null) break;
    i = word.next;
    const lower = word.word.value.toLowerCase();
    if (lower === '-uri' || lower === '-method' || lower === '-proxy') {
      const arg = nextWord(text, i, limit);
      if (arg === null) break;
      i = arg.next;
      if (lower === '-uri') url = arg.word;
      else if (lower === '-method') method = arg.word.value.toUpperCase();
      // A word that is no parameter's is positional, the first of them the URL: the one that starts like one (a
      // switch such as -UseBasicParsing takes no value, and a hashtable or a body after its parameter is none).
    } else if (url === null && !lower.startsWith('-') && HTTP_URL.test(lower)) url = word.word;
  }
  if (url === null || !url.whole || !HTTP_URL.test(url.value) || url.value.includes('$')) return i;
  noteUrl(c, url.value, url.start);
  if (method !== null && /^[A-Z]{3,7}$/.test(method)) noteMethod(c, method, url.start);
  return i;
}

/**
 * The word at or after `i`, over a backtick that continues the command on the next line; null at the command's end
 * (a line break not continued, `|`, `;`, or the limit).
 */
function nextWord(text: string, i: number, limit: number): { word: Word; next: number } | null {
  for (;;) {
    while (i < limit && isBlankChar(text.charCodeAt(i))) i++;
    if (i >= limit) return null;
    const c = text.charCodeAt(i);
    // ` then the line's end: the command goes on.
    if (c === 0x60 && (i + 1 >= limit || text.charCodeAt(i + 1) === 0x0a || text.charCodeAt(i + 1) === 0x0d)) {
      i = text.indexOf('\n', i);
      if (i === -1 || i >= limit) return null;
      i++;
      continue;
    }
    if (c === 0x0a || c === 0x7c || c === 0x3b) return null;
    if (c === 0x22 || c === 0x27) {
      const close = closingQuote(text, i + 1, limit, c);
      if (close === -1) {
        // Unclosed on its line: the command ends there, and the next line may hold another.
        const lineEnd = text.indexOf('\n', i);
        return {
          word: { value: '', start: i + 1, whole: false },
          next: lineEnd === -1 || lineEnd > limit ? limit : lineEnd,
        };
      }
      return { word: { value: text.slice(i + 1, close), start: i + 1, whole: true }, next: close + 1 };
    }
    let end = i;
    while (end < limit && !isBlankChar(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
    // `@{…}` and `(…)` hold blanks of their own: skipped whole, as far as their line goes.
    if ((c === 0x40 || c === 0x28) && end > i + 1) end = groupEnd(text, i, limit);
    const whole = !text.startsWith(' ...', end) || !lineEndsAt(text, end + 4);
    return { word: { value: text.slice(i, end), start: i, whole }, next: end };
  }
}

/** The closing quote of a value opened before `i`, on its line; -1 when the line ends first. */
function closingQuote(text: string, i: number, limit: number, quote: number): number {
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    if (c === 0x0a) return -1;
  }
  return -1;
}

/** The end of a hashtable's or an expression's braces from `i`, within its line; the line's end when unclosed. */
function groupEnd(text: string, i: number, limit: number): number {
  let depth = 0;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i;
    if (c === 0x7b || c === 0x28) depth++;
    else if ((c === 0x7d || c === 0x29) && --depth <= 0) return i + 1;
  }
  return limit;
}

function lineEndsAt(text: string, i: number): boolean {
  return i >= text.length || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d;
}
