/**
 * Where a pasted shell command starts: the command name at the start of the line, or behind a shell
 * prompt (`$ curl`, `user@host:~/x$ http`, `PS C:\> curl.exe`, `➜ api curl`) or what a CI console prints in its
 * place (`+ curl`, `##[group]Run curl`). Prose that mentions curl ("I ran `curl` and…") is not a command.
 */
import { isBlankChar, NextIndex } from './chars.js';

export type CommandName = 'curl' | 'httpie' | 'wget';

export interface CommandStart {
  name: CommandName;
  /** Offset of the command name. */
  start: number;
  /** Offset right after it. */
  nameEnd: number;
}

const NAMES: ReadonlyArray<readonly [string, CommandName]> = [
  ['curl.exe', 'curl'],
  ['curl', 'curl'],
  ['https', 'httpie'],
  ['http', 'httpie'],
  ['xhs', 'httpie'],
  ['xh', 'httpie'],
  ['wget', 'wget'],
];

/** The command whose name is the word at i, with the offset after the name. */
function commandAt(text: string, i: number, end: number): CommandStart | null {
  // Indexed, without destructuring: every curl command line comes here, and a for-of over the pairs cost an iterator
  // and a result object per name.
  for (let n = 0; n < NAMES.length; n++) {
    const entry = NAMES[n] as readonly [string, CommandName];
    const word = entry[0];
    const name = entry[1];
    if (!text.startsWith(word, i)) continue;
    const after = i + word.length;
    if (after < end && !isBlankChar(text.charCodeAt(after))) continue;
    // `curl : The remote server returned an error: (401) Unauthorized.`: Windows PowerShell's error record names the
    // command (`curl` and `wget` are its aliases of Invoke-WebRequest) before ` : ` and its message; no command.
    if (text.startsWith(' : ', after)) return null;
    // httpie's name is also a word of prose ("http is down"): its next word must be a method, URL or option.
    if (name === 'httpie' && !looksLikeHttpieArgs(text, after, end)) return null;
    // So is wget's ("wget fails with 401"): its next word must be an option or a URL. Windows PowerShell's `wget` is
    // an alias of Invoke-WebRequest (`wget -Uri … -Headers @{…}`): a line with its parameters is no GNU wget's.
    if (name === 'wget' && (!looksLikeWgetArgs(text, after, end) || POWERSHELL_PARAMETER.test(text.slice(after, end))))
      return null;
    // And curl's ("curl returns 401 for me", "curl で叩くと 401"): a sentence about it is no command without a request.
    if (name === 'curl' && !looksLikeCurlArgs(text, after, end)) return null;
    // `curl --version` prints "curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 …": a banner, not a command. The banner's
    // version follows one space: a command (`curl -i …`) is not copied out to be tested.
    if (
      name === 'curl' &&
      isVersionAhead(text, after) &&
      CURL_BANNER.test(text.slice(after, Math.min(end, after + 40)))
    )
      return null;
    return { name, start: i, nameEnd: after };
  }
  return null;
}

/** A space then a digit at `after`: how CURL_BANNER starts. */
function isVersionAhead(text: string, after: number): boolean {
  if (after + 1 >= text.length) return false; // no read past the end: it would deoptimise the caller (round 28)
  const digit = text.charCodeAt(after + 1);
  return text.charCodeAt(after) === 0x20 && digit >= 0x30 && digit <= 0x39;
}

const CURL_BANNER = /^ \d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?:-\w{1,12})? \(/;

function looksLikeHttpieArgs(text: string, i: number, end: number): boolean {
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x3a) return true; // -v, :8080/path
  let j = i;
  while (j < end && !isBlankChar(text.charCodeAt(j))) j++;
  const word = text.slice(i, j);
  return (
    /^[A-Z]+$/.test(word) ||
    word.includes('://') ||
    /^[\w.-]+\.[a-z]{2,}(?::\d+)?(?:\/|$)/i.test(word) ||
    word.startsWith('localhost')
  );
}

/** A PowerShell cmdlet's parameter (`-Uri`, `-Headers`, `-UseBasicParsing`): GNU wget's short options are one letter. */
const POWERSHELL_PARAMETER = /(?:^|\s)-[A-Z][a-z]/;

function looksLikeWgetArgs(text: string, i: number, end: number): boolean {
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x2d) return true;
  let j = i;
  while (j < end && !isBlankChar(text.charCodeAt(j))) j++;
  const word = text.slice(i, j);
  return word.includes('://') || /^[\w.-]+\.[a-z]{2,}(?::\d+)?(?:\/|$)/i.test(word) || word.startsWith('localhost');
}

/**
 * What may follow `curl` in a command: an option, the URL (with a scheme, a host name, `localhost`, an IPv4 address or
 * a `host:port`), a shell variable or template (`$API/…`, `{{base}}/…`, `<url>`), a quoted word, or a continuation
 * (`\`, cmd's `^`) or nothing (the options on the next lines). A word of prose ("returns", "で叩くと") is none.
 */
function looksLikeCurlArgs(text: string, i: number, end: number): boolean {
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  // - $ { < ' " ` \ ^
  if (c === 0x2d || c === 0x24 || c === 0x7b || c === 0x3c || c === 0x27 || c === 0x22 || c === 0x60) return true;
  if (c === 0x5c || c === 0x5e) return true;
  // The first word, at most 300 characters: a URL's head says what it is, and the host patterns below backtrack over
  // the word (a 1 MB run after `curl` stays linear).
  let j = i;
  while (j < end && j - i < 300 && !isBlankChar(text.charCodeAt(j))) j++;
  const word = text.slice(i, j);
  return (
    (word.includes('://') ||
      /^[\w.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(word) ||
      /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:[/?#]|$)/.test(word) ||
      /^[\w.-]+:\d{1,5}(?:[/?#]|$)/.test(word) ||
      word.startsWith('localhost')) &&
    !japaneseSentenceNext(text, j, end)
  );
}

/**
 * A Japanese sentence going on after the URL: 「curl https://api.github.com/gists/public は問題なく成功するのに、Postmanで…」
 * (audit-bb 09, openillumi.com/github-api-postman-bad-credentials-fix) names a curl that worked, in prose; a command's
 * next word is an option, a quoted argument or nothing. Only the one character after the blanks is looked at.
 */
function japaneseSentenceNext(text: string, j: number, end: number): boolean {
  while (j < end && isBlankChar(text.charCodeAt(j))) j++;
  if (j >= end) return false;
  const c = text.charCodeAt(j);
  // Kana and CJK punctuation (U+3000–U+30FF), CJK ideographs (U+4E00–U+9FFF), full-width forms (U+FF00–U+FFEF).
  return (c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

/** Characters a shell prompt ends with: `$`, `%`, `#`, `>`, `❯`, `»`, `λ`. */
function isPromptChar(c: number): boolean {
  return c === 0x24 || c === 0x25 || c === 0x23 || c === 0x3e || c === 0x276f || c === 0xbb || c === 0x3bb;
}

/**
 * What CI consoles and log collectors print before a command they ran, in place of a prompt; [p, k] is the line up to
 * the blanks before the name:
 * - a shell's xtrace marks (`set -x`, as Jenkins' `sh` steps print each command): `+ curl …`, `++ curl …` in a
 *   subshell, at the start of the line or after a collector's prefix (Jenkins' Timestamper `[…] + curl`, `api-1  | + curl`);
 * - GitHub Actions' header of a `run` step, `##[group]Run curl …`;
 * - an ISO 8601 timestamp alone (GitHub Actions' raw log and its echo of the command, `kubectl logs --timestamps`).
 */
function isLogPrefix(text: string, p: number, k: number): boolean {
  let q = k;
  while (q >= p && k - q < 3 && text.charCodeAt(q) === 0x2b) q--;
  if (q < k) {
    if (q < p) return true;
    if (!isBlankChar(text.charCodeAt(q))) return false;
    while (q > p && isBlankChar(text.charCodeAt(q))) q--;
    const c = text.charCodeAt(q);
    return c === 0x5d || c === 0x7c;
  }
  if (k - p >= 11 && text.startsWith('##[group]Run', k - 11)) return true;
  if (text.charCodeAt(k) !== 0x5a) return false;
  let t = k - 1;
  while (t >= p && isTimestampChar(text.charCodeAt(t))) t--;
  return k - t >= 20 && (t < p || isBlankChar(text.charCodeAt(t))) && text.charCodeAt(t + 5) === 0x2d;
}

/** Digits and `-`, `:`, `.`, `T`: the characters of an ISO 8601 timestamp before its `Z`. */
function isTimestampChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x2e || c === 0x54;
}

/**
 * cmd.exe's default prompt, `$P$G` (the drive and path, then `>`: learn.microsoft.com windows-server/administration/
 * windows-commands/prompt), which the command follows with no blank: `C:\Users\me>curl …`, `X:\>curl …`
 * (aws-amplify/amplify-android#935). [p, k] is the line up to the `>`.
 */
function isCmdPrompt(text: string, p: number, k: number): boolean {
  if (text.charCodeAt(k) !== 0x3e || k - p < 3) return false;
  const drive = text.charCodeAt(p) | 0x20;
  if (drive < 0x61 || drive > 0x7a || text.charCodeAt(p + 1) !== 0x3a || text.charCodeAt(p + 2) !== 0x5c) return false;
  for (let q = p + 3; q < k; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x3e || c === 0x22 || c === 0x0a) return false;
  }
  return true;
}

/** How far into a line a command name is looked for behind a prompt or a log prefix. */
const PROMPT_REACH = 80;

/**
 * Finds commands line by line. Occurrences of the command names ahead are tracked with forward-only
 * searches, so a line that holds none costs nothing and the whole pass stays linear.
 */
export class CommandFinder {
  private readonly text: string;
  private readonly names: NextIndex[];
  /** The nearest occurrence of a name at or after where mayFind last looked (-1: none ahead; -2: not looked yet). */
  private nearest = -2;

  constructor(text: string) {
    this.text = text;
    this.names = ['curl', 'http', 'xh', 'wget'].map((name) => new NextIndex(text, name));
  }

  /**
   * Whether the line [p, end) may hold a command: it starts with a name's first letter, or a name occurs after its
   * start within the reach of a prompt (find's own two ways in). One comparison for most lines: the nearest name ahead
   * is kept until the lines pass it. `p` must not decrease between calls.
   */
  mayFind(p: number, end: number): boolean {
    const first = this.text.charCodeAt(p);
    if (first === 0x63 || first === 0x68 || first === 0x78 || first === 0x77) return true;
    if (this.nearest !== -1 && this.nearest < p + 1) {
      this.nearest = -1;
      for (const name of this.names) {
        const at = name.from(p + 1);
        if (at >= 0 && (this.nearest === -1 || at < this.nearest)) this.nearest = at;
      }
    }
    return this.nearest !== -1 && this.nearest < Math.min(end, p + PROMPT_REACH);
  }

  /** The command on the line [p, end), or null; `p` must not decrease between calls. */
  find(p: number, end: number): CommandStart | null {
    const text = this.text;
    const first = text.charCodeAt(p);
    if (first === 0x63 || first === 0x68 || first === 0x78 || first === 0x77) {
      const at = commandAt(text, p, end);
      if (at) return at;
    }
    // Behind a prompt: the name follows blanks that follow a prompt character (`$ curl`, `PS C:\> curl.exe`);
    // oh-my-zsh's `➜  dir git:(main) ✗ curl` puts more words in between.
    const limit = Math.min(end, p + PROMPT_REACH);
    const loose = first === 0x279c;
    for (const name of this.names) {
      for (let at = name.from(p + 1); at >= 0 && at < limit; at = name.from(at + 1)) {
        let k = at - 1;
        if (isCmdPrompt(text, p, k)) {
          const command = commandAt(text, at, end);
          if (command) return command;
          continue;
        }
        if (!isBlankChar(text.charCodeAt(k))) continue;
        while (k > p && isBlankChar(text.charCodeAt(k))) k--;
        if (!loose && !isPromptChar(text.charCodeAt(k)) && !isLogPrefix(text, p, k)) continue;
        const command = commandAt(text, at, end);
        if (command) return command;
      }
    }
    return null;
  }
}
