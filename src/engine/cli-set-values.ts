import { looksRandom } from './far-rest.js';
import { findMaskMarkers } from './token/decode.js';

/**
 * Credentials a command line sets under a name of the writer's own making, which the named-value readers (secrets.ts)
 * cannot know: the name is a path whose last part says what the value is.
 *
 * - Helm's `--set`, `--set-string` and `--set-literal` (`helm install --set name=prod`, `--set-string long_int=1234567890`:
 *   helm.sh/docs/helm/helm_install; several pairs one flag apart by commas, `--set secrets.database=…,secrets.password=…`:
 *   helm/helm#3351, a `\,` inside a value: helm.sh/docs/intro/using_helm "The Format and Limitations of --set"). A chart's
 *   key is its author's (`api.bearer`, `auth.token`): a value under one ending in `bearer` was quoted with the release's
 *   log line (round "fuzz23", fuzz21's gen.mjs shape helm-bearer: 54 in 198). `--set-file` takes a path, `--set-json` JSON.
 * - A CLI's `config set <name> <value>` (`atlas config set <propertyName> <value>`, whose properties include
 *   `private_api_key`, `access_token` and `refresh_token`: mongodb.com/docs/atlas/cli/stable/command/atlas-config-set)
 *   and the AWS CLI's `aws configure set <varname> <value>` (`aws_secret_access_key`, `aws_session_token`: the AWS CLI's
 *   `aws configure set help`): a blank, not `=`, parts name and value, and `private_api_key` holds `api_key` glued after
 *   `_`, so no reader read it; a log that joined the lines quoted it with the 401 (round "fuzz23", fuzz22's gen.mjs shape
 *   bare-atlas: 3 in 30).
 * (Long options and zed's context token: cli-option-values.ts.)
 *
 * A value is one only under such a name and when it looks random (a key's letters and digits, or both cases and a
 * digit): `--set auth.existingSecret=orders-auth` names a Kubernetes Secret, `--set image.tag=1.4.2` a version. Gated
 * by one search for each command's fixed string; each value read to its end, MAX_VALUE at most: linear.
 */
/** The ends of a setting's last part that name a credential, lower-case. */
const CREDENTIAL_ENDS = [
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'bearer',
  'key',
  // A list of keys any one of which the server takes (OpenFGA's `--authn-preshared-keys k1,k2`, openfga/openfga's
  // TestGRPCWithPresharedKey; round "fuzz24", gen24.mjs shape openfga-flag).
  'keys',
  'credential',
  'credentials',
  'auth',
] as const;
/** The longest value read: longer than any key or token a command line carries. */
export const MAX_VALUE = 2048;
/** The longest setting's name read. */
export const MAX_NAME = 128;
/** The values read: a deploy script repeats a few. */
export const MAX_VALUES = 16;
/** The shortest value read: shorter ones are words. */
export const MIN_VALUE = 8;
/** A value that is a file's path: home- or dot-relative, or absolute under a lower-case directory. */
const FILE_PATH = /^(?:~\/|\.{1,2}\/|\/[a-z]+\/)/;
/** The shortest value read by its letters and digits alone (a lower-case hex key, a GUID): a token's. */
const MIN_KEY = 16;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** A character of a value on a command line: not a blank, a line break, a quote or a backslash. */
function isValueChar(c: number): boolean {
  return c > 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x60 && c !== 0x5c;
}

/** Whether a setting's name (a dotted, bracketed or slashed path) ends in a credential's word. */
export function namesCredential(name: string): boolean {
  let end = name.length;
  // A list's index (`auth.tokens[0]`) names its items.
  if (name.charCodeAt(end - 1) === 0x5d) end = name.lastIndexOf('[');
  const last = name.slice(0, end).toLowerCase();
  return CREDENTIAL_ENDS.some((word) => last.endsWith(word)) || isPassPart(last);
}

/**
 * Whether the name's last part is `pass` whole (`--pass`, `--webdav-pass`, `db.pass`): rclone's `rclone serve webdav
 * --user "$USER" --pass "$PASS"` (rclone.org/commands/rclone_serve_webdav) and each backend's `--<backend>-pass`. Not as
 * an end alone: `bypass` and `compass` are none.
 */
function isPassPart(name: string): boolean {
  if (!name.endsWith('pass')) return false;
  const c = name.charCodeAt(name.length - 5);
  return name.length === 4 || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x2f;
}

/** Whether `value` looks like a credential rather than a word, a version or a variable: see the module's comment. */
export function looksLikeCredential(value: string): boolean {
  if (value.length < MIN_VALUE || value.charCodeAt(0) === 0x24 /* $ */ || findMaskMarkers(value).length > 0)
    return false;
  // A file's path (`--ssh-key ~/.ssh/id_ed25519`, `--tls-key /etc/ssl/key.pem`) names where a key is kept.
  if (FILE_PATH.test(value)) return false;
  if (looksRandom(value, 0, value.length)) return true;
  if (value.length < MIN_KEY) return false;
  return /[A-Za-z]/.test(value) && /\d/.test(value);
}

/** Past blanks, and a quote, from `k`. */
function pastBlanksAndQuote(text: string, k: number): number {
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c === 0x22 || c === 0x27 ? k + 1 : k;
}

/** The `name=value` pairs of one `--set` flag's argument at `k`, its credentials pushed to `out`: where it stopped reading. */
function readSetPairs(text: string, k: number, out: string[]): number {
  const limit = Math.min(text.length, k + MAX_VALUE);
  while (k < limit && out.length < MAX_VALUES) {
    let eq = k;
    while (eq < limit && eq - k < MAX_NAME && text.charCodeAt(eq) !== 0x3d && isValueChar(text.charCodeAt(eq))) eq++;
    if (text.charCodeAt(eq) !== 0x3d || eq === k) return eq;
    let e = eq + 1;
    // A comma parts the pairs unless a backslash escapes it (`--set name=value1\,value2`).
    while (e < limit) {
      const c = text.charCodeAt(e);
      if (c === 0x5c && text.charCodeAt(e + 1) === 0x2c) e += 2;
      else if (c === 0x2c || !isValueChar(c)) break;
      else e++;
    }
    const value = text.slice(eq + 1, e);
    if (namesCredential(text.slice(k, eq)) && looksLikeCredential(value)) out.push(value);
    if (text.charCodeAt(e) !== 0x2c) return e;
    k = e + 1;
  }
  return k;
}

/** Helm's `--set` flags' credentials. */
function helmSetValuesIn(text: string, out: string[]): void {
  // A flag inside an argument already read is part of it (`--set a=--set=--set=…`): skipped, so each character is read once.
  let readTo = 0;
  for (let at = text.indexOf('--set'); at >= 0 && out.length < MAX_VALUES; at = text.indexOf('--set', at + 5)) {
    if (at < readTo) continue;
    let k = at + 5;
    if (text.startsWith('-string', k)) k += 7;
    else if (text.startsWith('-literal', k)) k += 8;
    const c = text.charCodeAt(k);
    if (c === 0x3d) k++;
    else if (isBlank(c)) k = pastBlanksAndQuote(text, k);
    else continue;
    if (text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x27) k++;
    readTo = readSetPairs(text, k, out);
  }
}

/** A CLI's `config set <name> <value>` and `configure set <name> <value>` credentials. */
function configSetValuesIn(text: string, out: string[]): void {
  for (let at = text.indexOf('config'); at >= 0 && out.length < MAX_VALUES; at = text.indexOf('config', at + 6)) {
    let k = at + 6;
    if (text.startsWith('ure', k)) k += 3;
    if (!isBlank(text.charCodeAt(k))) continue;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (!text.startsWith('set', k) || !isBlank(text.charCodeAt(k + 3))) continue;
    const nameStart = pastBlanksAndQuote(text, k + 3);
    let nameEnd = nameStart;
    while (nameEnd < text.length && nameEnd - nameStart < MAX_NAME && isValueChar(text.charCodeAt(nameEnd))) nameEnd++;
    if (!isBlank(text.charCodeAt(nameEnd))) continue;
    if (!namesCredential(text.slice(nameStart, nameEnd))) continue;
    const valueStart = pastBlanksAndQuote(text, nameEnd);
    let e = valueStart;
    while (e < text.length && e - valueStart < MAX_VALUE && isValueChar(text.charCodeAt(e))) e++;
    const value = text.slice(valueStart, e);
    if (looksLikeCredential(value)) out.push(value);
  }
}

/** The credentials a command line sets under a credential's name (see the module's comment). */
export function cliSetValuesIn(text: string): string[] {
  const out: string[] = [];
  helmSetValuesIn(text, out);
  configSetValuesIn(text, out);
  return out;
}
