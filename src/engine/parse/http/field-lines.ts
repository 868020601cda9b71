/**
 * Field lines in the plain forms: `Name: value`, `Name<TAB>value`, `Name →value`, Chrome's name line then value line,
 * an entry of a printed headers object, and curl -v's `> `/`< ` fields. Whether a field-shaped line is a
 * field depends on where it is (see `accepts`).
 */
import type { HeaderForm, Side } from '../http.js';
import { isDigit, skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { addStatus, setKind } from './collect.js';
import {
  bareNameEnd,
  type FieldSyntax,
  parseArrowField,
  parseColonField,
  parseObjectEntry,
  parseTabField,
} from './fields.js';
import { knownHeaderSide, looksLikeLogName, mayBeKnownName } from './names.js';
import type { ScanState } from './state.js';
import { codeAtValueStart } from './status.js';

/**
 * Whether a field-shaped line with this name is a field here: in a header block any name but a log
 * word; in a body only a name that tells its side (the request's Authorization pasted under the
 * response); elsewhere a known header name.
 */
function accepts(s: ScanState, name: string, lower: string, known: Side | null | undefined): boolean {
  if (s.block) return known !== undefined || !looksLikeLogName(name, lower);
  if (s.body) return known === 'request' || known === 'response';
  return known !== undefined;
}

/**
 * `Known-Name: value`: the fast path for most lines of most pastes, taken before anything else is
 * tried, since such a line is a field whatever else it could be. `ne`: the end of the name at p
 * (`nameEnd`). Returns the line, or -1.
 */
export function readKnownField(s: ScanState, li: number, p: number, end: number, indent: number, ne: number): number {
  if (!parseColonField(s.text, p, end, s.syntax, ne) || s.syntax.valueStart >= end) return -1;
  return lineField(s, li, p, end, indent, 'raw', true);
}

/** A field line in any of the plain forms (`ne`: the end of the name at p); returns the last line consumed, or -1. */
export function readField(s: ScanState, li: number, p: number, end: number, indent: number, ne: number): number {
  const text = s.text;
  const syntax = s.syntax;
  if (parseColonField(text, p, end, syntax, ne)) {
    // `Authorization:` with the value on the next line (devtools, or a chat client wrapped it), or empty.
    if (syntax.valueStart >= end) {
      const twoLine = readTwoLine(s, li, p, syntax.nameEnd);
      if (twoLine >= 0) return twoLine;
    }
    return lineField(s, li, p, end, indent, 'raw', false);
  }
  if (parseTabField(text, p, end, syntax, ne)) return lineField(s, li, p, end, indent, 'tab-separated', false);
  if (parseArrowField(text, p, end, syntax, ne)) return lineField(s, li, p, end, indent, 'raw', false);
  const nameEnd = bareNameEnd(text, p, end, ne);
  return nameEnd === end ? readTwoLine(s, li, p, nameEnd) : -1;
}

function lineField(
  s: ScanState,
  li: number,
  p: number,
  end: number,
  indent: number,
  form: HeaderForm,
  knownOnly: boolean,
): number {
  const { name, lower, known } = s.fieldName(p, s.syntax.nameEnd);
  if (knownOnly && known === undefined) return -1;
  // The same for an inspected entry read as a plain field line (its object opened by a stack line, `… {`).
  if (known === null && inspectQuoted(s.text, s.syntax.valueStart, end) && !printedHeaders(s, li)) return -1;
  if (!accepts(s, name, lower, known)) return -1;
  if (lower === 'host' && afterRemoteHost(s, li)) return -1;
  if (indent > 0 && underInputsKey(s, li, indent)) return -1;
  if (lower === 'warning' && !startsWithWarnCode(s.text, s.syntax.valueStart, end)) return -1;
  const field = s.pushField({ li, name: lower, known, form, start: p, end });
  if (lower === ':status') readPseudoStatus(s, li, s.syntax.valueStart, end);
  s.foldable(field, li, indent);
  return li;
}

/**
 * MinIO's console log prints a failed call as `API:`, `Time:`, `DeploymentID:`, `RequestID:`, `RemoteHost:`, `Host:`,
 * `UserAgent:` then `Error:` lines (minio/minio cmd/logger/target/console/console.go, Target.Send; pasted in
 * molgenis/molgenis-service-armadillo#146): its `Host:` names the server the call reached, not a request's header, and
 * taking it for one made "the request carries no Authorization header" of a web-identity token sent as a parameter.
 * Only the line right after `RemoteHost: ` is asked, so other lines pay nothing.
 */
function afterRemoteHost(s: ScanState, li: number): boolean {
  const prev = li > 0 ? s.c.lines[li - 1] : undefined;
  return prev !== undefined && startsWithCI(s.text, prev.start, prev.end, 'remotehost: ');
}

/** The most lines looked back for the key an indented line sits under: a step's inputs are a handful. */
const INPUTS_LOOKBACK = 24;

/**
 * Whether an indented `name: value` line sits under a YAML `with:` or `env:` key: a GitHub Actions step's inputs and
 * environment, as its log prints them under `Run <owner>/<action>@<ref>` (tailscale/gitops-acl-action#21: `with:` /
 * `api-key: ***` / `tailnet: ***`), or a workflow file's. Those are the action's inputs and variables, not a request's
 * header fields (an input named api-key made "request headers shown, none is Authorization").
 */
function underInputsKey(s: ScanState, li: number, indent: number): boolean {
  const lines = s.c.lines;
  for (let i = li - 1, n = 0; i >= 0 && n < INPUTS_LOOKBACK; i--, n++) {
    const line = lines[i];
    if (line === undefined) return false;
    const start = skipBlanks(s.text, line.start, line.end);
    if (start >= line.end) continue;
    if (start - line.start >= indent) continue;
    const key = s.text.slice(start, trimBlanksEnd(s.text, start, line.end));
    return key === 'with:' || key === 'env:';
  }
  return false;
}

/**
 * The Warning field's value opens with its three-digit warn-code (RFC 7234 §5.5: `Warning: 199 - "…"`, as the
 * Kubernetes API still sends `299 - "…"`). A tool's `warning: Failed to discover collections …` line (vdirsyncer's,
 * printed above the aiohttp error it failed on: `401, message='Unauthorized', url=URL('…')`) is no response header, and
 * taking it for one made "the response has no WWW-Authenticate" of a paste that shows no response headers.
 */
function startsWithWarnCode(text: string, vs: number, end: number): boolean {
  return (
    vs + 3 < end &&
    isDigit(text.charCodeAt(vs)) &&
    isDigit(text.charCodeAt(vs + 1)) &&
    isDigit(text.charCodeAt(vs + 2)) &&
    text.charCodeAt(vs + 3) === 0x20
  );
}

/** curl -v's `> Name: value` / `< Name: value` (already parsed into `s.syntax`). */
export function readTraceField(s: ScanState, li: number, p: number, end: number, side: Side): number {
  const lower = s.text.slice(p, s.syntax.nameEnd).toLowerCase();
  if (!s.block) s.openBlock(side, true, true);
  const field = s.pushField({ li, name: lower, known: side, form: 'curl-verbose', start: p, end });
  if (lower === ':status') readPseudoStatus(s, li, s.syntax.valueStart, end);
  s.foldable(field, li, 0);
  return li;
}

/** Chrome's two-line copy: `authorization` on one line, `Bearer …` on the next. */
function readTwoLine(s: ScanState, li: number, p: number, nameEnd: number): number {
  const text = s.text;
  const next = s.c.lines[li + 1];
  if (next === undefined) return -1;
  if (!mayBeKnownName(text, p, nameEnd) && text.charCodeAt(p) !== 0x3a) return -1;
  const lower = text.slice(p, nameEnd).toLowerCase();
  const known = knownHeaderSide(lower);
  if (known === undefined && lower.charCodeAt(0) !== 0x3a) return -1;
  if (!s.block && s.body && known !== 'request' && known !== 'response') return -1;
  const vs = skipBlanks(text, next.start, next.end);
  const ve = trimBlanksEnd(text, vs, next.end);
  if (vs === ve || !isValueLine(s, vs, ve)) return -1;
  s.pushField({ li, name: lower, known, form: 'devtools-two-line', start: p, end: ve, valueStart: vs });
  setKind(s.c, li + 1, 'header');
  if (lower === ':status') readPseudoStatus(s, li + 1, vs, ve);
  s.forgetFold();
  return li + 1;
}

/** The line after a lone name is its value unless it is a line of its own: a known field, a name, a status line. */
function isValueLine(s: ScanState, vs: number, ve: number): boolean {
  const text = s.text;
  if (s.inJsonAhead(vs) || startsWithCI(text, vs, ve, 'http/')) return false;
  const probe: FieldSyntax = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  if (
    parseColonField(text, vs, ve, probe) &&
    knownHeaderSide(text.slice(vs, probe.nameEnd).toLowerCase()) !== undefined
  ) {
    return false;
  }
  const nameEnd = bareNameEnd(text, vs, ve);
  return !(nameEnd === ve && knownHeaderSide(text.slice(vs, nameEnd).toLowerCase()) !== undefined);
}

/** `:status: 401`: HTTP/2's status line. */
function readPseudoStatus(s: ScanState, li: number, v: number, end: number): void {
  const code = codeAtValueStart(s.text, v, end);
  if (code < 0) return;
  addStatus(s.c, code, null, 'status-line', v, v + 3, li);
  setKind(s.c, li, 'status');
}

/**
 * An entry of a printed object literal (`authorization: 'Bearer …',`), or of a PowerShell hashtable of
 * headers (`"authorization"="Bearer …"`, as Chrome's Copy as PowerShell writes one a line): a field when the
 * object is a headers object or the name is a known header. Returns the line, or -1.
 */
export function readObjectEntry(s: ScanState, li: number, p: number, end: number, ne: number): number {
  const syntax = s.syntax;
  const hashtable = s.objectLiteral === 'hashtable';
  if (!parseObjectEntry(s.text, p, end, syntax, hashtable, ne)) return readBuiltAuthorization(s, li, p, end, hashtable);
  const name = s.text.slice(syntax.nameStart, syntax.nameEnd).toLowerCase();
  const known = knownHeaderSide(name);
  if (known === undefined && s.objectLiteral !== 'headers' && !hashtable) return -1;
  // A name either message may carry (link, date, via…) makes no headers of a printed object that is not introduced as
  // headers: Meilisearch's error object, as its JS client's MeiliSearchApiError prints it, has a `link` to its docs
  // beside `httpStatus: 401` (meilisearch/meilisearch#2638, karakeep-app/karakeep#44), which read as a response's
  // header made a challenge.missing of it. Such an entry is a field only in an object that also names a header one
  // message alone carries (`www-authenticate`, `authorization`), or another header name (`date` beside
  // `content-type`): a printed headers object.
  if (known === null && s.objectLiteral === 'other' && !printedHeaders(s, li)) return -1;
  const { valueStart, valueEnd } = syntax;
  s.pushField({ li, name, known, form: 'fetch-json', start: p, end, valueStart, valueEnd, quoted: true });
  return li;
}

/** Lines looked through for a printed object's opening, and then for its names: a headers object is shorter. */
const MAX_OBJECT_LINES = 100;

/**
 * Whether line `li`, an entry of an object util.inspect printed (or one opened by a line ending in `{`), belongs to a
 * headers object: one that names a header only one message carries, or two header names. An object of another kind
 * (an SDK's error: Meilisearch's `{ code, type, link, httpStatus }`) has at most one, an entry either message may carry
 * (`link`, `date`). True when no opening is found: then the line is read as before. Asked once per object
 * (ScanState.objectSided), so its lines are looked at a bounded number of times.
 */
function printedHeaders(s: ScanState, li: number): boolean {
  const text = s.text;
  const lines = s.c.lines;
  let open = -1;
  for (let k = li - 1; k >= 0 && li - k <= MAX_OBJECT_LINES; k--) {
    const record = lines[k] as (typeof lines)[number];
    const end = trimBlanksEnd(text, record.start, record.end);
    if (end > record.start && text.charCodeAt(end - 1) === 0x7b) {
      open = k;
      break;
    }
    const p = skipBlanks(text, record.start, end);
    if (p < end && text.charCodeAt(p) === 0x7d) return true;
  }
  if (open < 0) return true;
  if (s.objectSided?.open === open) return s.objectSided.headers;
  const probe: FieldSyntax = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  let headers = false;
  let known = 0;
  for (let k = open + 1; k < lines.length && k - open <= MAX_OBJECT_LINES && !headers; k++) {
    const record = lines[k] as (typeof lines)[number];
    const p = skipBlanks(text, record.start, record.end);
    const end = trimBlanksEnd(text, p, record.end);
    if (p >= end) continue;
    if (text.charCodeAt(p) === 0x7d || text.charCodeAt(end - 1) === 0x7b) break;
    if (!parseObjectEntry(text, p, end, probe)) continue;
    const side = knownHeaderSide(text.slice(probe.nameStart, probe.nameEnd).toLowerCase());
    if (side !== undefined) known++;
    headers = side === 'request' || side === 'response' || known >= 2;
  }
  s.objectSided = { open, headers };
  return headers;
}

/** A value as util.inspect prints a string entry: in single quotes, then the entry's comma or nothing. */
function inspectQuoted(text: string, v: number, end: number): boolean {
  if (text.charCodeAt(v) !== 0x27) return false;
  const last = text.charCodeAt(end - 1) === 0x2c ? end - 2 : end - 1;
  return last > v && text.charCodeAt(last) === 0x27;
}

/**
 * `Authorization: 'Bearer ' + token,`, `Authorization: token,`, `"Authorization" = "Bearer " + $token`: an entry of
 * a headers object in code whose value the code builds from a variable. The request carried that variable's value,
 * which the paste does not show: the field's value is the variable, as `Bearer ${token}` (a template literal, which
 * is read as written, says the same). A bare name needs the entry's `,` (a JavaScript object's); without it the line
 * may be a raw field (Bruno's `headers {` block: `Authorization: abc123`). Returns the line, or -1.
 */
function readBuiltAuthorization(s: ScanState, li: number, p: number, end: number, hashtable: boolean): number {
  const text = s.text;
  let i = p;
  const q = text.charCodeAt(i);
  if (q === 0x22 || q === 0x27) i++;
  if (!startsWithCI(text, i, end, 'authorization')) return -1;
  i += 13;
  if (q === 0x22 || q === 0x27) {
    if (i >= text.length || text.charCodeAt(i) !== q) return -1;
    i++;
  }
  i = skipBlanks(text, i, end);
  if (i >= text.length || text.charCodeAt(i) !== (hashtable ? 0x3d : 0x3a)) return -1;
  const v = skipBlanks(text, i + 1, end);
  let e = end;
  const comma = text.charCodeAt(e - 1) === 0x2c || text.charCodeAt(e - 1) === 0x3b;
  if (comma) e = trimBlanksEnd(text, v, e - 1);
  if (e - v > 200) return -1;
  const built = BUILT_VALUE.exec(text.slice(v, e));
  if (built === null || (built[2] === undefined && !comma)) return -1;
  const variable = (built[3] as string).split('.').pop() as string;
  // `Authorization: null,`, `undefined`: the literal the client sends when it has no token.
  const literal = built[2] === undefined && (variable === 'null' || variable === 'undefined');
  const value = literal ? variable : `${built[2] ?? ''}\${${variable.startsWith('$') ? variable.slice(1) : variable}}`;
  s.pushField({ li, name: 'authorization', known: 'request', form: 'fetch-json', start: p, end, value, quoted: true });
  return li;
}

/** `'literal' + name.path` or `name.path` (a PowerShell `$name` too): the literal and the name. */
const BUILT_VALUE = /^(?:(["'])([^"'\n]{0,40})\1\s{0,4}\+\s{0,4})?(\$?[A-Za-z_][\w.]{0,100})$/;
