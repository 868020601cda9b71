import { looksRandom } from './far-rest.js';

/**
 * Credentials a manifest keeps under a name given as a sibling's value, and lists of them, which the named-value
 * readers (secrets.ts) cannot see: no name stands right before the value.
 *
 * - A Kubernetes container's `env` entry, `- name: DEMO_GREETING` then `value: "Hello from the environment"` on the
 *   next line (kubernetes/website's examples/pods/inject/envars.yaml, for kubernetes.io's "Define Environment Variables
 *   for a Container"), the JSON of `kubectl get -o json` (`{"name":"DB_PASSWORD","value":"…"}`) and an ECS task
 *   definition's environment pairs (`Name`, "The name of the environment variable", and `Value`: AWS Security Hub's
 *   AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails). A Helm values file pasted with a 401 showed the value
 *   (round "fuzz24", gen24.mjs shape cerbos-values: 10 in 20). The name is a credential's (the caller's test); a
 *   `valueFrom: secretKeyRef` entry names a Secret and holds no value, a `"${admin_password}"` is a template's
 *   reference (fullstack-pw/infra's authentik values.yaml.tpl has both), and an entry's value is read only before the
 *   next entry's `name`.
 * - A YAML flow list under a credential's name (`keys: ["k1", "k2"]`: OpenFGA's chart has `authn: preshared: keys: []`,
 *   openfga/helm-charts charts/openfga/values.yaml; round "fuzz24", shape openfga-values: 10 in 20). Under a plain
 *   `keys` (a JWKS's own `"keys": [{…}]` holds objects, read as none) only an item that looks random is one.
 *
 * Quotes may be escaped once or more (a JSON log's message) or typographic (Slack), and lines joined or escaped
 * (`\n`): the readers skip those between the parts. Gated by one search for `name` and one for `[`; each read bounded
 * (MAX_GAP, MAX_VALUE, MAX_ITEMS): linear.
 */

/** The most characters between an entry's name and its `value` key (a line break, an indent, quotes, `- `). */
const MAX_GAP = 96;
/** The longest name or value read. */
const MAX_NAME = 64;
const MAX_VALUE = 512;
/** The most items read from one flow list, and the most values returned by one reader. */
const MAX_ITEMS = 16;
const MAX_FOUND = 50;

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e;
}

/** A quote as pasted: plain, single, a backslash escaping one, or Slack's typographic ones. */
function isQuoting(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x5c || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Past blanks and quoting from `k`, at most `reach` characters. */
function skipQuotesAndBlanks(text: string, k: number, reach: number): number {
  const limit = Math.min(text.length, k + reach);
  while (k < limit && (isBlank(text.charCodeAt(k)) || isQuoting(text.charCodeAt(k)))) k++;
  return k;
}

/** After the key ending at `end` (`name`, `value`): its quoting then `:`, or -1. */
function keyColonEnd(lower: string, end: number): number {
  const k = skipQuotesAndBlanks(lower, end, 8);
  return lower.charCodeAt(k) === 0x3a ? k + 1 : -1;
}

/** A key word starts at `q`: not the tail of another word (`username`, `hostname`, `defaultvalue`). */
function startsKey(lower: string, q: number): boolean {
  if (q === 0) return true;
  const c = lower.charCodeAt(q - 1);
  // `\nname:` in an escaped log: the `n` is the break's.
  if (c === 0x6e && q > 1 && lower.charCodeAt(q - 2) === 0x5c) return true;
  return !isNameChar(c);
}

/**
 * A value's end from `start`: its closing quote when quoted (a passphrase's blanks are its own: `value: "correct
 * horse battery staple"`), else a blank, quote, comma or bracket; a line's end either way.
 */
function valueEnd(text: string, start: number, quoted: boolean): number {
  const limit = Math.min(text.length, start + MAX_VALUE);
  let e = start;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c === 0x0a || c === 0x0d || isQuoting(c) || (c <= 0x20 && !(quoted && isBlank(c)))) break;
    if (!quoted && (c === 0x2c || c === 0x7d || c === 0x5d)) break;
    e++;
  }
  return e;
}

/** A reference or template, not a value (`${DB_PASSWORD}`, `$(SECRET)`, `{{ .Values.password }}`). */
function isReference(text: string, start: number): boolean {
  return text.startsWith('${', start) || text.startsWith('$(', start) || text.startsWith('{{', start);
}

/** Past a block scalar's header (`>-`, `|`) and the line break after it, real or escaped, and the indent. */
function pastBlockHeader(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c !== 0x3e && c !== 0x7c) return k;
  let e = k + 1;
  while (e < k + 3 && (text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x2b)) e++;
  const limit = Math.min(text.length, e + 24);
  while (e < limit) {
    const d = text.charCodeAt(e);
    if (d === 0x5c && (text.charCodeAt(e + 1) === 0x6e || text.charCodeAt(e + 1) === 0x72)) e += 2;
    else if (d <= 0x20 || d === 0x5c) e++;
    else break;
  }
  return e;
}

/** The values of env entries whose name `isCredential` takes, as pasted. */
export function envEntryValues(text: string, lower: string, isCredential: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (let q = lower.indexOf('name'); q >= 0 && out.length < MAX_FOUND; q = lower.indexOf('name', q + 4)) {
    if (!startsKey(lower, q)) continue;
    const colon = keyColonEnd(lower, q + 4);
    if (colon < 0) continue;
    const nameStart = skipQuotesAndBlanks(lower, colon, 8);
    let nameEnd = nameStart;
    while (nameEnd - nameStart < MAX_NAME && isNameChar(lower.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || !isCredential(lower.slice(nameStart, nameEnd))) continue;
    const value = entryValueAfter(text, lower, nameEnd) ?? entryValueBefore(text, lower, q);
    if (typeof value === 'string') out.push(value);
  }
  return out;
}

/**
 * The `value` of the entry whose name ends at `nameEnd`: a string, false when the entry has none (a `valueFrom`, the
 * next entry's name or the object's end first), or null when no `value` key is near.
 */
function entryValueAfter(text: string, lower: string, nameEnd: number): string | false | null {
  const window = lower.slice(nameEnd, nameEnd + MAX_GAP);
  let at = -1;
  for (let v = window.indexOf('value'); v >= 0; v = window.indexOf('value', v + 5)) {
    if (startsKey(window, v)) {
      at = v;
      break;
    }
  }
  if (at < 0) return null;
  // The next entry, or the object's end, before it: the value is another's.
  const next = window.indexOf('name', 1);
  const close = window.indexOf('}');
  if ((next >= 0 && next < at) || (close >= 0 && close < at)) return false;
  return valueAtKey(text, lower, nameEnd + at + 5) ?? false;
}

/**
 * The `value` right before the entry's `name` key at `q`, when none follows it: a log joined with its lines reversed
 * (the error first, as a reader of a JSON log's stack sees it) has the entry's value line before its name line. Only
 * a `value` with no other `name` key between: in the order written, a preceding value is another entry's, and that
 * entry's name stands between.
 */
function entryValueBefore(text: string, lower: string, q: number): string | null {
  const from = Math.max(0, q - MAX_GAP);
  const window = lower.slice(from, q);
  const at = window.lastIndexOf('value');
  if (at < 0 || !startsKey(window, at) || window.indexOf('name', at) >= 0) return null;
  // An entry with no value at all (a list's last, cut) has the previous entry's before it: only a random one is taken.
  const value = valueAtKey(text, lower, from + at + 5);
  return value !== null && looksRandom(value, 0, value.length) ? value : null;
}

/** The value after the `value` key ending at `keyEnd`, or null. */
function valueAtKey(text: string, lower: string, keyEnd: number): string | null {
  const colon = keyColonEnd(lower, keyEnd);
  if (colon < 0) return null;
  let start = colon;
  while (start < text.length && start - colon < 4 && isBlank(text.charCodeAt(start))) start++;
  start = pastBlockHeader(text, start);
  const quotedAt = start;
  start = skipQuotesAndBlanks(text, start, 8);
  // A token has its own reader, which keeps what it says readable.
  if (isReference(text, start) || text.startsWith('eyJ', start)) return null;
  const e = valueEnd(text, start, start > quotedAt);
  return e > start ? text.slice(start, e) : null;
}

/**
 * The items of YAML or JSON flow lists under a credential's name (`keys: ["k1", "k2"]`, `presharedKeys: [a, b]`), as
 * pasted: under a name `isCredential` takes (or its plural), every item; under one ending in `keys`, a random-looking one.
 */
export function flowListValues(text: string, lower: string, isCredential: (name: string) => boolean): string[] {
  const out: string[] = [];
  let from = 0;
  for (let b = lower.indexOf('['); b > 0 && out.length < MAX_FOUND; b = lower.indexOf('[', Math.max(b + 1, from))) {
    let k = b;
    while (k > 0 && b - k < 4 && isBlank(lower.charCodeAt(k - 1))) k--;
    if (lower.charCodeAt(k - 1) !== 0x3a) continue;
    k--;
    while (k > 0 && b - k < 12 && isQuoting(lower.charCodeAt(k - 1))) k--;
    let n = k;
    while (n > 0 && k - n < MAX_NAME && isNameChar(lower.charCodeAt(n - 1))) n--;
    const name = lower.slice(n, k);
    if (name.length === 0) continue;
    const plural = name.endsWith('s') ? name.slice(0, -1) : name;
    const any = isCredential(name) || isCredential(plural);
    if (!any && !name.endsWith('keys')) continue;
    from = readItems(text, b + 1, any, out);
  }
  return out;
}

/** flowListValues' items from `k`, into `out`; where the read stopped. */
function readItems(text: string, k: number, any: boolean, out: string[]): number {
  const limit = Math.min(text.length, k + MAX_VALUE * 2);
  for (let items = 0; k < limit && items < MAX_ITEMS; items++) {
    const before = k;
    k = skipQuotesAndBlanks(text, k, 16);
    const c = text.charCodeAt(k);
    // An object or a nested list (a JWKS's keys), or the list's end.
    if (c === 0x7b || c === 0x5b || c === 0x5d || isReference(text, k)) return k;
    const e = valueEnd(text, k, false);
    if (e === k) return k;
    const item = text.slice(k, e);
    if (any || looksRandom(item, 0, item.length)) out.push(item);
    k = skipQuotesAndBlanks(text, e, 16);
    if (text.charCodeAt(k) !== 0x2c) return k;
    k++;
    if (k === before) return k;
  }
  return k;
}
