import { looksLikeCredential, MAX_NAME, MAX_VALUE, MAX_VALUES, MIN_VALUE, namesCredential } from './cli-set-values.js';
import { prefixPlaces, wordPlaces } from './shared-prefix-places.js';
import { findMaskMarkers } from './token/decode.js';

/**
 * Credentials a command line passes as an option's or a positional argument whose meaning its command fixes, which the
 * named-value readers (secrets.ts) cannot know: a long option named for a credential (`spicedb serve
 * --grpc-preshared-key "<key>"`: SpiceDB's flag, authzed/spicedb#1264, authzed/authzed-go#76; curl's `--oauth2-bearer`),
 * its value after `=`, a blank, or as the next item of a container's args (nextArgumentStart); and zed's `context set`
 * (zedContextValuesIn). A SpiceDB serve line or a zed context beside 'invalid preshared key' was quoted with the key
 * (round "fuzz23", gen23.mjs shapes spice-serve, spice-zed, k8s-args-spice: 18 in 80). An option's value is one only when
 * it looks random (cli-set-values.ts looksLikeCredential): a path, a variable, a mask or a word is none. Gated by one
 * search for each fixed string; each value read to its end, MAX_VALUE at most, each character once: linear.
 */
/** The most blanks a YAML sequence's item is indented by. */
const MAX_INDENT = 16;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** A character of a value on a command line: not a blank, a line break, a quote or a backslash. */
function isValueChar(c: number): boolean {
  return c > 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x60 && c !== 0x5c;
}

/** The most backslashes a log's escaping puts before a quote (`\\"`, escaped twice: `\\\\\\"`). */
const MAX_QUOTE_ESCAPES = 3;

/**
 * Past blanks, and a quote, from `k`: escaped too, as a JSON or logfmt log's message holds a command line
 * (`--masterkey \\"…\\"`: round fuzz26, gen26.mjs shape zitadel-masterkey, 4 in 24 showed the key).
 */
function pastBlanksAndQuote(text: string, k: number): number {
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  let q = k;
  while (q - k < MAX_QUOTE_ESCAPES && text.charCodeAt(q) === 0x5c) q++;
  const c = text.charCodeAt(q);
  return c === 0x22 || c === 0x27 ? q + 1 : k;
}

/** A character of a long option's name: a letter, a digit, `-` or `_`. */
function isFlagNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/**
 * Where the argument after an option's at `k` starts when each is an item of its own: an exec form's JSON array
 * (`args: ["serve", "--grpc-preshared-key", "…"]`, a Kubernetes container's or a Dockerfile's) or a YAML sequence's next
 * item (`- --grpc-preshared-key⏎- …`); -1 when neither follows.
 */
function nextArgumentStart(text: string, k: number): number {
  let p = k;
  // A JSON log's string escapes the array's quotes and the sequence's line breaks (`\"`, `\n`).
  const escaped = text.charCodeAt(p) === 0x5c;
  if (escaped) p++;
  if (text.charCodeAt(p) === 0x22) {
    p++;
    while (isBlank(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 0x2c) return -1;
    p++;
    while (isBlank(text.charCodeAt(p))) p++;
    if (escaped && text.charCodeAt(p) === 0x5c) p++;
    return text.charCodeAt(p) === 0x22 ? p + 1 : -1;
  }
  if (escaped) {
    if (text.startsWith('r\\', p)) p += 2;
    if (text.charCodeAt(p) !== 0x6e) return -1;
  } else {
    if (text.charCodeAt(p) === 0x0d) p++;
    if (text.charCodeAt(p) !== 0x0a) return -1;
  }
  p++;
  for (let n = 0; n < MAX_INDENT && isBlank(text.charCodeAt(p)); n++) p++;
  if (text.charCodeAt(p) !== 0x2d || !isBlank(text.charCodeAt(p + 1))) return -1;
  return pastBlanksAndQuote(text, p + 1);
}

/** A long option whose name ends in a credential's word (`--grpc-preshared-key "…"`, `--api-key=…`): its value's credential. */
function flagValuesIn(text: string, out: string[]): void {
  let readTo = 0;
  for (let at = text.indexOf('--'); at >= 0 && out.length < MAX_VALUES; at = text.indexOf('--', at + 2)) {
    if (at < readTo || (at > 0 && !isBlank(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x22)) continue;
    let nameEnd = at + 2;
    while (nameEnd < text.length && nameEnd - at < MAX_NAME && isFlagNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    readTo = nameEnd;
    if (nameEnd === at + 2 || !namesCredential(text.slice(at + 2, nameEnd))) continue;
    const c = text.charCodeAt(nameEnd);
    const valueStart =
      c === 0x3d
        ? pastBlanksAndQuote(text, nameEnd + 1)
        : isBlank(c)
          ? pastBlanksAndQuote(text, nameEnd)
          : nextArgumentStart(text, nameEnd);
    if (valueStart < 0) continue;
    // Another option after a flag that takes none (`--insecure-skip-tls-verify --debug`) is no value; a base64url key
    // may start with one `-`.
    if (text.startsWith('--', valueStart)) continue;
    let e = valueStart;
    while (e < text.length && e - valueStart < MAX_VALUE && isValueChar(text.charCodeAt(e))) e++;
    readTo = e;
    const value = text.slice(valueStart, e);
    if (looksLikeCredential(value)) out.push(value);
  }
}

/** Up to `n` words of a command line from `k`, each past blanks and a quote; fewer where the line ends. */
function commandWords(text: string, k: number, n: number): string[] {
  const words: string[] = [];
  while (words.length < n) {
    k = pastBlanksAndQuote(text, k);
    let e = k;
    while (e < text.length && e - k < MAX_VALUE && isValueChar(text.charCodeAt(e))) e++;
    if (e === k) break;
    words.push(text.slice(k, e));
    k = e + 1;
  }
  return words;
}

/** A word a command's grammar makes its credential, unless a variable, a mask or too short to be one. */
function isGrammarCredential(word: string | undefined): word is string {
  return (
    word !== undefined && word.length >= MIN_VALUE && word.charCodeAt(0) !== 0x24 && findMaskMarkers(word).length === 0
  );
}

/**
 * zed's `zed context set <name> <endpoint> <token>` ("a named pair of the endpoint and its accompanying credential":
 * `zed context set prod grpc.authzed.com:443 tc_zed_my_laptop_deadbeef…`, `zed context set dev localhost:80
 * testpresharedkey`, authzed/zed's README): the third word is the token by the command's grammar, whatever it looks like.
 */
function zedContextValuesIn(text: string, out: string[]): void {
  for (
    let at = text.indexOf('context set ');
    at >= 0 && out.length < MAX_VALUES;
    at = text.indexOf('context set ', at + 12)
  ) {
    const words = commandWords(text, at + 12, 3);
    const token = words[2];
    if (words[1]?.includes(':') && isGrammarCredential(token)) out.push(token);
  }
}

/**
 * mosquitto_passwd's batch mode, `mosquitto_passwd [-H hash] [-c | -D] -b passwordfile username password`
 * (mosquitto.org/man/mosquitto_passwd-1.html: "-b … allows the password to be provided at the command line"): the third
 * word after the options is the password by the command's grammar, whatever it looks like (round fuzz24, gen24.mjs shape
 * mosq-pwfile: 20 in 40 printed it). Without -b the command asks for the password, and its words are a file and a user.
 */
function mosquittoPasswdValuesIn(text: string, out: string[]): void {
  const NAME = 'mosquitto_passwd';
  for (let at = text.indexOf(NAME); at >= 0 && out.length < MAX_VALUES; at = text.indexOf(NAME, at + NAME.length)) {
    // At most four words of options (-H and its hash, -c or -D, -b), then the three positional ones.
    const words = commandWords(text, at + NAME.length, 7);
    let batch = false;
    let i = 0;
    for (; i < words.length; i++) {
      if (words[i] === '-b') batch = true;
      else if (words[i] === '-H') i++;
      else if (words[i] !== '-c' && words[i] !== '-D') break;
    }
    const password = words[i + 2];
    if (batch && isGrammarCredential(password)) out.push(password);
  }
}

/**
 * ThingsBoard's MQTT device API, where the client's user name is the device's access token ("The application needs to
 * send MQTT CONNECT message with username that contains $ACCESS_TOKEN", thingsboard.io/docs/reference/mqtt-api; its
 * examples `mosquitto_pub -d -q 1 -h "$THINGSBOARD_HOST_NAME" -t "v1/devices/me/telemetry" -u "$ACCESS_TOKEN" -m …`, and
 * the gateway's `-t "v1/gateway/telemetry" -u "$ACCESS_TOKEN"`, thingsboard.io/docs/paas/reference/gateway-api/telemetry).
 * A user name is no credential anywhere else, so `-u`'s value is read only within a command's reach of one of these
 * topics: a mosquitto line flattened into a log's message with its "not authorised" showed it (round fuzz26, gen26.mjs
 * shapes tb-mqtt, tb-mqtt-bare: 12 in 48). Gated by one search for each topic; each stretch of the paste read once.
 */
const THINGSBOARD_TOPICS = ['v1/devices/me/', 'v1/gateway/'];
/** How far a command's user-name option may sit from its topic, either side. */
const MQTT_COMMAND_REACH = 256;
const USER_NAME_OPTIONS = [' -u ', ' --username '];
/** The most backslashes a log's escaping puts before a quoted value (`-u \\"…\\"` escaped twice). */
const MAX_ESCAPES = 3;

/** The topics' shared prefix, looked for once (shared-prefix-places.ts). */
const TOPIC_START = 'v1/';

function thingsboardMqttTokensIn(text: string, out: string[]): void {
  const starts = prefixPlaces(text, TOPIC_START);
  if (starts.length === 0) return;
  let readTo = 0;
  for (const topic of THINGSBOARD_TOPICS) {
    // Each option's next place, searched again only once passed: a search from each topic for an option the paste
    // lacks read the rest of it from each (quadratic in a telemetry log of many topics).
    const next = USER_NAME_OPTIONS.map(() => -2);
    for (const at of wordPlaces(text, starts, topic)) {
      if (out.length >= MAX_VALUES) break;
      const from = Math.max(readTo, at - MQTT_COMMAND_REACH);
      const to = Math.min(text.length, at + MQTT_COMMAND_REACH);
      if (from >= to) continue;
      readTo = to;
      for (const [i, option] of USER_NAME_OPTIONS.entries()) {
        let f = next[i] as number;
        if (f === -1) continue;
        if (f < from) f = text.indexOf(option, from);
        for (; f >= 0 && f < to; f = text.indexOf(option, f + option.length)) {
          let k = f + option.length;
          while (k < text.length && isBlank(text.charCodeAt(k))) k++;
          for (let n = 0; n < MAX_ESCAPES && text.charCodeAt(k) === 0x5c; n++) k++;
          const [word] = commandWords(text, k, 1);
          if (isGrammarCredential(word)) out.push(word);
        }
        next[i] = f;
      }
    }
    readTo = 0;
  }
}

/** The credentials a command line passes by its grammar: a credential-named option's value, zed's context token, mosquitto_passwd's password, ThingsBoard's MQTT user name. */
export function cliOptionValuesIn(text: string): string[] {
  const out: string[] = [];
  flagValuesIn(text, out);
  zedContextValuesIn(text, out);
  mosquittoPasswdValuesIn(text, out);
  thingsboardMqttTokensIn(text, out);
  return out;
}
