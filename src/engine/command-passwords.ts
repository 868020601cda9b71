import { looksLikeCredential } from './cli-set-values.js';
import { isSpaceOrTab } from './parse/http/chars.js';

/**
 * Passwords and tokens a command line or a connection string passes where no credential's name stands before them, so
 * that no named reader (secrets.ts) reads them:
 * - `docker login` / `podman login`'s `-p <password>` (docker-login(1): "-p, --password="" Password or Personal Access
 *   Token (PAT)", manpages.ubuntu.com/manpages/noble/man1/docker-login.1.html; the long `--password` is
 *   cli-option-values.ts'),
 * - the Jenkins CLI's `-auth <user>:<API token>` (jenkins.io/doc/book/managing/cli: `java -jar jenkins-cli.jar -s
 *   JENKINS_URL -auth my-user:1234567890abcdef my-command`, jenkinsci/jenkins#20029),
 * - a Go MySQL driver's DSN, `user:password@tcp(host:port)/dbname` (go-sql-driver/mysql's README,
 *   "[username[:password]@][protocol[(address)]]/dbname"; go-sql-driver/mysql#1736), whose password may hold `@`: the
 *   driver parts it from the address at the last one.
 * A writer's sentence quoting such a line beside the 401 (`本番で401になります：docker login … -p …`) showed them (round
 * fuzz28, gen28x.mjs framing fullwidth, shapes harbor-login, jenkins-cli, casdoor-dsn). Each gated by one search for its
 * fixed string; each read bounded and once: linear.
 */

/** The most values read of each kind: a log repeats one. */
const MAX_VALUES = 16;
/** How far a `-p` is read after its command's `login`, on the same line. */
const MAX_REACH = 256;
/** The longest value read. */
const MAX_VALUE = 256;

/**
 * `text.indexOf(' ' + word, from)`, searched for from the word: `indexOf` stops at each occurrence of its needle's first
 * character, and a space is at every word of a paste (the two searches of ` login ` and ` -auth ` were ~0.4 µs an
 * example paste, from their words ~0.1; round perf-n).
 */
function spacedIndexOf(text: string, word: string, from: number): number {
  for (let k = text.indexOf(word, from + 1); k !== -1; k = text.indexOf(word, k + 1))
    if (text.charCodeAt(k - 1) === 0x20) return k - 1;
  return -1;
}

/** A character of an unquoted argument: no blank, line break, quote or backslash. */
function isArgChar(c: number): boolean {
  return c > 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x60 && c !== 0x5c;
}

/** The argument at `k` (a quote around it passed over), or ''. */
function argumentAt(text: string, k: number): string {
  const q = text.charCodeAt(k);
  const quoted = q === 0x22 || q === 0x27;
  const start = quoted ? k + 1 : k;
  let e = start;
  while (
    e < text.length &&
    e - start < MAX_VALUE &&
    (quoted ? text.charCodeAt(e) !== q : isArgChar(text.charCodeAt(e)))
  )
    e++;
  return text.slice(start, e);
}

/** The `-p` values of `docker login` and `podman login` commands. */
function loginPasswordsIn(text: string, out: string[]): void {
  for (
    let at = spacedIndexOf(text, 'login ', 0);
    at >= 0 && out.length < MAX_VALUES;
    at = spacedIndexOf(text, 'login ', at + 7)
  ) {
    if (!text.endsWith('docker', at) && !text.endsWith('podman', at)) continue;
    const limit = Math.min(text.length, at + MAX_REACH);
    for (let k = at + 7; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x7c || c === 0x3b) break;
      if (c !== 0x2d || !isSpaceOrTab(text.charCodeAt(k - 1))) continue;
      if (text.charCodeAt(k + 1) !== 0x70 || !isSpaceOrTab(text.charCodeAt(k + 2))) continue;
      let v = k + 3;
      while (v < limit && isSpaceOrTab(text.charCodeAt(v))) v++;
      const value = argumentAt(text, v);
      if (looksLikeCredential(value)) out.push(value);
      break;
    }
  }
}

/** The API tokens (or passwords) of the Jenkins CLI's `-auth user:token`; `-auth @file` names a file. */
function jenkinsAuthTokensIn(text: string, out: string[]): void {
  for (
    let at = spacedIndexOf(text, '-auth ', 0);
    at >= 0 && out.length < MAX_VALUES;
    at = spacedIndexOf(text, '-auth ', at + 7)
  ) {
    let k = at + 7;
    while (k < text.length && isSpaceOrTab(text.charCodeAt(k))) k++;
    const value = argumentAt(text, k);
    const colon = value.indexOf(':');
    if (colon <= 0 || value.startsWith('@')) continue;
    const token = value.slice(colon + 1);
    if (looksLikeCredential(token)) out.push(token);
  }
}

/** The passwords of Go MySQL DSNs (`user:password@tcp(…)`, `@unix(…)`). */
function dsnPasswordsIn(text: string, out: string[]): void {
  for (const protocol of ['@tcp(', '@unix(']) {
    // Each character is walked back over once: not past the protocol before.
    let floor = 0;
    for (let at = text.indexOf(protocol); at > 0 && out.length < MAX_VALUES; at = text.indexOf(protocol, at + 5)) {
      // The DSN's start: back over the argument's characters to a blank, a quote, a `=` or the text's start.
      let s = at;
      while (s > floor && at - s < MAX_VALUE && isArgChar(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0x3d)
        s--;
      floor = at + protocol.length;
      // A URL's scheme (`mysql://user:pass@tcp(…)`) is the userinfo reader's.
      const dsn = text.slice(s, at);
      if (dsn.includes('//')) continue;
      const colon = dsn.indexOf(':');
      if (colon <= 0) continue;
      const password = dsn.slice(colon + 1);
      if (password.length > 0 && password.charCodeAt(0) !== 0x24 /* $ */) out.push(password);
    }
  }
}

/** The credentials above in `text` (the normalised paste). */
export function commandPasswordsIn(text: string): string[] {
  const out: string[] = [];
  loginPasswordsIn(text, out);
  jenkinsAuthTokensIn(text, out);
  dsnPasswordsIn(text, out);
  return out;
}
