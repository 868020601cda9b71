/**
 * curl commands: `curl … -H 'Name: value'`, `--header`, `-u`/`--user`, `--oauth2-bearer`, `-X`, the URL,
 * over `\`/`^` continuations and in Chrome's bash and cmd flavours. A curl command shows the request's
 * headers (so a missing Authorization is meaningful) unless some of them come from elsewhere: a config
 * file, a header file, netrc, a shell variable, or an auth method curl computes itself.
 */
import { scanToken, skipBlanks } from './chars.js';
import { addField, type Collector, type FieldInit, markShown, noteMethod, noteUrl } from './collect.js';
import type { CommandStart } from './command.js';
import { readCommandWords, type Word } from './shell-words.js';

/** Short options that take an argument (curl 8). */
const SHORT_WITH_ARG = new Set('ABbCcDdEeFHKmoPQrTtUuwXxYyz'.split(''));

// biome-ignore format: a word list reads best packed
const SHORT_TO_LONG: Record<string, string> = {
  H: 'header', u: 'user', X: 'request', A: 'user-agent', e: 'referer', b: 'cookie', d: 'data', F: 'form',
  T: 'upload-file', K: 'config', I: 'head', G: 'get', v: 'verbose', n: 'netrc',
};

/** `-x` for each printable ASCII character, made once: a short flag with no long name in SHORT_TO_LONG (`-i`, `-s`) is named so. */
const SHORT_NAMES: Record<string, string> = {};
for (let ch = 0x21; ch < 0x7f; ch++) SHORT_NAMES[String.fromCharCode(ch)] = `-${String.fromCharCode(ch)}`;

/** A short option's name when SHORT_TO_LONG has none: one made per command was a string built per option. */
function shortName(letter: string): string {
  return SHORT_NAMES[letter] ?? `-${letter}`;
}

/** Long options that take an argument; the others are flags. */
// biome-ignore format: a word list reads best packed
const LONG_WITH_ARG = new Set([
  'abstract-unix-socket', 'alt-svc', 'aws-sigv4', 'cacert', 'capath', 'cert', 'cert-type', 'ciphers', 'config',
  'connect-timeout', 'connect-to', 'continue-at', 'cookie', 'cookie-jar', 'create-file-mode', 'crlfile', 'curves',
  'data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'delegation', 'dns-interface',
  'dns-ipv4-addr', 'dns-ipv6-addr', 'dns-servers', 'doh-url', 'dump-header', 'ech', 'egd-file', 'engine',
  'etag-compare', 'etag-save', 'expect100-timeout', 'form', 'form-string', 'ftp-account', 'ftp-alternative-to-user',
  'ftp-method', 'ftp-port', 'ftp-ssl-ccc-mode', 'happy-eyeballs-timeout-ms', 'haproxy-clientip', 'header',
  'hostpubmd5', 'hostpubsha256', 'hsts', 'interface', 'ip-tos', 'ipfs-gateway', 'json', 'keepalive-cnt',
  'keepalive-time', 'key', 'key-type', 'krb', 'libcurl', 'limit-rate', 'local-port', 'login-options', 'mail-auth',
  'mail-from', 'mail-rcpt', 'max-filesize', 'max-redirs', 'max-time', 'netrc-file', 'noproxy', 'oauth2-bearer',
  'output', 'output-dir', 'pass', 'pinnedpubkey', 'preproxy', 'proto', 'proto-default', 'proto-redir', 'proxy',
  'proxy-cacert', 'proxy-capath', 'proxy-cert', 'proxy-cert-type', 'proxy-ciphers', 'proxy-crlfile',
  'proxy-header', 'proxy-key', 'proxy-key-type', 'proxy-pass', 'proxy-pinnedpubkey', 'proxy-service-name',
  'proxy-tls13-ciphers', 'proxy-tlsauthtype', 'proxy-tlspassword', 'proxy-tlsuser', 'proxy-user', 'proxy1.0',
  'pubkey', 'quote', 'random-file', 'range', 'rate', 'referer', 'request', 'request-target', 'resolve', 'retry',
  'retry-delay', 'retry-max-time', 'sasl-authzid', 'service-name', 'socks4', 'socks4a', 'socks5',
  'socks5-gssapi-service', 'socks5-hostname', 'speed-limit', 'speed-time', 'stderr', 'telnet-option',
  'tftp-blksize', 'time-cond', 'tls-max', 'tls13-ciphers', 'tlsauthtype', 'tlspassword', 'tlsuser', 'trace',
  'trace-ascii', 'trace-config', 'unix-socket', 'upload-file', 'url', 'url-query', 'user', 'user-agent',
  'variable', 'vlan-priority', 'write-out',
]);

/** Options with which curl computes or fetches credentials itself: the command does not show them. */
// biome-ignore format: a word list reads best packed
const HIDDEN_AUTH = new Set(['digest', 'ntlm', 'ntlm-wb', 'negotiate', 'anyauth', 'aws-sigv4', 'netrc', 'netrc-file', 'netrc-optional', 'config', 'kerberos', 'krb', 'delegation']);

// biome-ignore format: a word list reads best packed
const BODY_OPTIONS = new Set(['data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'form', 'form-string', 'json', 'upload-file']);

/** A header line given as a word of its own: `Authorization:` and a value. */
const BARE_AUTHORIZATION = /^authorization\s{0,4}:\s{0,4}\S/i;

interface CurlState {
  url: Word | null;
  method: string | null;
  head: boolean;
  get: boolean;
  body: boolean;
  hidden: boolean;
  user: Word | null;
  bearer: Word | null;
  agent: Word | null;
  referer: Word | null;
  cookie: Word | null;
  fields: FieldInit[];
  /**
   * A word after the URL that is a header, `"Authorization: Bearer …"` with no -H before it: curl takes it as a second
   * URL ("curl: (3) URL rejected: Malformed input to a URL function") and sends the request without the header
   * (Kong/docs.konghq.com#6233, a `curl -I -H "Host:…" $PROXY_IP/lemon "Authorization: Bearer $TOKEN"` answered 401).
   */
  bareAuthorization: Word | null;
}

/**
 * Reads the curl command found at `command` on line `line`, records what it shows, marks its lines as
 * commands and returns the index of its last line.
 */
export function readCurl(c: Collector, command: CommandStart, line: number): number {
  const { words, lastLine, cutAt, cutEnd } = readCommandWords(c, command, line);
  const state = interpret(c, words);
  record(c, state, command.start);
  if (cutAt >= 0 && c.authorizationCutAt < 0 && authorizationAfter(c.text, cutAt, cutEnd)) {
    c.authorizationCutAt = cutAt;
    c.authorizationCutBy = '&';
  } else if (state.bareAuthorization !== null && c.authorizationCutAt < 0 && !has(state.fields, 'authorization')) {
    c.authorizationCutAt = state.bareAuthorization.start;
    c.authorizationCutBy = 'argument';
  }
  return lastLine;
}

/** Whether what the cut command went on to say, [at, end) (at most MAX_CUT_TAIL characters), names `Authorization:`. */
function authorizationAfter(text: string, at: number, end: number): boolean {
  return /authorization\s*:/i.test(text.slice(at, Math.min(end, at + MAX_CUT_TAIL)));
}

/** How far past the cut the rest of a command line is read for its Authorization option. */
const MAX_CUT_TAIL = 4096;

function interpret(c: Collector, words: readonly Word[]): CurlState {
  const state: CurlState = {
    url: null,
    method: null,
    head: false,
    get: false,
    body: false,
    hidden: false,
    user: null,
    bearer: null,
    agent: null,
    referer: null,
    cookie: null,
    fields: [],
    bareAuthorization: null,
  };
  let endOfOptions = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const v = smartDashed(w.value);
    if (endOfOptions || v.length < 2 || v.charCodeAt(0) !== 0x2d) {
      if (state.url === null) state.url = w;
      else if (state.bareAuthorization === null && BARE_AUTHORIZATION.test(v)) state.bareAuthorization = w;
      continue;
    }
    if (v === '--') {
      endOfOptions = true;
    } else if (v.startsWith('--')) {
      let name = v.slice(2);
      let arg: Word | null = null;
      const eq = name.indexOf('=');
      if (eq > 0 && LONG_WITH_ARG.has(name.slice(0, eq))) {
        arg = wordPart(w, name.slice(eq + 1));
        name = name.slice(0, eq);
      } else {
        if (name.startsWith('expand-')) name = name.slice(7);
        if (LONG_WITH_ARG.has(name)) arg = words[++k] ?? null;
      }
      apply(c, state, name, arg);
    } else {
      for (let j = 1; j < v.length; j++) {
        const letter = v[j] as string;
        const long = SHORT_TO_LONG[letter] ?? shortName(letter);
        if (!SHORT_WITH_ARG.has(letter)) {
          apply(c, state, long, null);
          continue;
        }
        const rest = v.slice(j + 1);
        apply(c, state, long, rest !== '' ? wordPart(w, rest) : (words[++k] ?? null));
        break;
      }
    }
  }
  return state;
}

/**
 * A long option whose `--` a phone's or a Mac's smart punctuation, or a rendered page, made one dash (`—header`,
 * `–header`): curl reads it as a URL ("Could not resolve host: xn--v-5gn", awsdocs/amazon-ec2-user-guide#100; ngrok's
 * docs copied as `ngrok http —host-header=…`, ngrok/ngrok-docs#1814), but the paster meant the option and sent the
 * header: read as `--header`, else its argument was taken for a second URL and the header reported not sent. Only a
 * dash before a lower-case letter, as every long option's name starts.
 */
function smartDashed(v: string): string {
  const c = v.charCodeAt(0);
  if (c !== 0x2014 && c !== 0x2013) return v;
  const next = v.charCodeAt(1);
  return next >= 0x61 && next <= 0x7a ? `--${v.slice(1)}` : v;
}

/**
 * The word `w` with part of it as its value (`--header=…`, `-HAuthorization:…`), in a literal: a spread copy was
 * slower to make, for every attached option argument.
 */
function wordPart(w: Word, value: string): Word {
  return { value, start: w.start, end: w.end, quoted: w.quoted };
}

function apply(c: Collector, s: CurlState, name: string, arg: Word | null): void {
  if (HIDDEN_AUTH.has(name)) s.hidden = true;
  if (BODY_OPTIONS.has(name)) s.body = true;
  switch (name) {
    case 'header':
      if (arg) readHeaderArg(s, arg);
      break;
    case 'user':
      s.user = arg;
      break;
    case 'oauth2-bearer':
      s.bearer = arg;
      break;
    case 'request':
      if (arg) s.method = arg.value.trim();
      break;
    case 'url':
      if (arg) s.url = arg;
      break;
    case 'user-agent':
      s.agent = arg;
      break;
    case 'referer':
      s.referer = arg;
      break;
    case 'cookie':
      if (arg?.value.includes('=')) s.cookie = arg;
      else s.hidden ||= arg !== null; // a cookie file
      break;
    case 'head':
      s.head = true;
      break;
    case 'get':
      s.get = true;
      break;
    case 'verbose':
    case 'trace':
    case 'trace-ascii':
      c.curlVerbose = true;
      break;
  }
}

/** `-H 'Name: value'`; `Name;` sends an empty header, `Name:` removes one, `@file` reads them from a file. */
function readHeaderArg(s: CurlState, arg: Word): void {
  const v = arg.quoted ? unwrapHead(arg.value) : arg.value;
  if (v.startsWith('@')) {
    s.hidden = true;
    return;
  }
  const nameStart = skipBlanks(v, 0, v.length);
  const nameEnd = scanToken(v, nameStart, v.length);
  const sep = skipBlanks(v, nameEnd, v.length);
  const sepChar = sep < v.length ? v.charCodeAt(sep) : -1; // no read past the end (round 28)
  if (nameEnd === nameStart || (sepChar !== 0x3a && sepChar !== 0x3b)) {
    // `-H "$AUTH_HEADER"`: whatever it expands to is not shown.
    if (v.includes('$')) s.hidden = true;
    return;
  }
  let value = '';
  if (sepChar === 0x3a) {
    value = v.slice(skipBlanks(v, sep + 1, v.length));
    if (!arg.quoted) value = value.trimEnd();
    if (value.trim() === '') return;
  }
  s.fields.push({
    name: v.slice(nameStart, nameEnd).toLowerCase(),
    value,
    side: 'request',
    quoted: arg.quoted,
    form: 'curl-arg',
    start: arg.start,
    end: arg.end,
  });
}

/** How far into a -H argument its colon is looked for: header names are short. */
const HEAD_MAX = 200;

/**
 * A quoted -H argument that a terminal or a chat client wrapped inside its name or beside its colon
 * (`'Authoriz⏎ation: Bearer …'`, `'Authorization⏎: Bearer …'`, `'Authorization:⏎ Bearer …'`, CRLF alike): no field
 * name holds a line break, and curl would not send one there, so the break is the paste's and is undone. Line breaks
 * inside the value are left for the format check (authz-header.format), which judges them.
 */
function unwrapHead(v: string): string {
  const colon = v.indexOf(':');
  if (colon < 0 || colon > HEAD_MAX) return v;
  let valueAt = colon + 1;
  while (valueAt < v.length && isBlankOrBreak(v.charCodeAt(valueAt))) valueAt++;
  const head = v.slice(0, valueAt);
  if (head.indexOf('\n') < 0 && head.indexOf('\r') < 0) return v;
  return head.replace(/[\r\n]/g, '') + v.slice(valueAt);
}

function isBlankOrBreak(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A field curl sends because of an option rather than a -H. */
export function synthesized(name: string, value: string, from: Word): FieldInit {
  return { name, value, side: 'request', quoted: false, form: 'curl-arg', start: from.start, end: from.end };
}

function has(fields: readonly FieldInit[], name: string): boolean {
  for (let i = 0; i < fields.length; i++) if ((fields[i] as FieldInit).name === name) return true;
  return false;
}

/** A shell variable's expansion (`$NAME`, `${NAME}`) in an argument. */
const SHELL_VARIABLE = /\$\{?[A-Za-z_]/;

/** Adds what curl itself sends for -u, --oauth2-bearer, -A, -e, -b unless an explicit -H overrides it. */
function synthesize(s: CurlState): void {
  if (!has(s.fields, 'authorization')) {
    if (s.bearer) s.fields.push(synthesized('authorization', `Bearer ${s.bearer.value}`, s.bearer));
    else if (s.user && !s.hidden) {
      // `-u ${client_id}:${client_secret}`: the shell expands the variables before curl encodes them, so the header
      // curl sent is not the encoding of these words (curl -v's `> Authorization:` line, when pasted, shows it).
      if (SHELL_VARIABLE.test(s.user.value)) s.hidden = true;
      else if (s.user.value.includes(':'))
        s.fields.push(synthesized('authorization', `Basic ${base64Utf8(s.user.value)}`, s.user));
      else s.hidden = true; // curl prompts for the password
    }
  }
  if (s.agent && !has(s.fields, 'user-agent')) s.fields.push(synthesized('user-agent', s.agent.value, s.agent));
  if (s.referer && !has(s.fields, 'referer')) s.fields.push(synthesized('referer', s.referer.value, s.referer));
  if (s.cookie && !has(s.fields, 'cookie')) s.fields.push(synthesized('cookie', s.cookie.value, s.cookie));
}

function record(c: Collector, s: CurlState, curlStart: number): void {
  synthesize(s);
  s.fields.sort((a, b) => a.start - b.start);
  for (const f of s.fields) addField(c, f, !s.hidden);
  if (!s.hidden) markShown(c, 'request', curlStart);
  const method = s.method ?? (s.head ? 'HEAD' : s.body && !s.get ? 'POST' : 'GET');
  noteMethod(c, method, curlStart);
  if (s.url) noteUrl(c, s.url.value, s.url.start);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the UTF-8 bytes, as curl encodes `-u user:pass`. */
export function base64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const d = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | d;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}
