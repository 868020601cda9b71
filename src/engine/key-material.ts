import type { StringTest } from './secrets.js';
import { base64urlRunEnd, nextLongBase64urlRun } from './token/chars.js';
import type { Report } from './types.js';
import { neighbourAfter, neighbourBefore } from './wrap-neighbours.js';

/**
 * The last line of defence against a leaked credential: in the finished report, a run of base64url characters long
 * and random enough to be key material (a signature, or its rest) is hidden, whether or not the redactor registered
 * it. The redactor knows the credentials it read; a paste can mangle one past reading (a signature cut at a length
 * its algorithm also signs with, its rest after a backslash-continued realm; a token that lost its header; a name cut
 * twice before an opaque credential), and each such shape, read one at a time, left the next one open (rounds
 * "fuzz" to "fuzz5"). This closes the class for runs this long, at the cost of the few legitimate ones as long and as
 * random: a request id (CloudFront's x-edge-request-id), a Negotiate token (itself a credential).
 *
 * What stays: a run no longer than a SHA-256 digest in base64url (43 characters), which kids, x5t#S256, cnf.jkt and
 * DPoP's ath are, and which the report names on purpose (an unknown kid is the diagnosis); a run that decodes to text
 * (a piece of a token's JOSE header or payload, which are not secret: the report decodes them anyway); a string of the
 * token's decoded header or claims (a DPoP proof's public jwk); a hex digest or a UUID (no upper case).
 */

/** The shortest run hidden: one longer than a SHA-256 digest (43 characters), as HS256 signatures and kids are. */
export const MIN_KEY_RUN = 44;

/** The value of a base64url character (RFC 4648 §5), -1 for any other. */
const VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < 64; v++)
  VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charCodeAt(v)] = v;

/** A byte of printable ASCII (JSON, a URL, a log's words). */
function isPrintable(b: number): boolean {
  return b >= 0x20 && b < 0x7f;
}

/**
 * Whether the run reads as base64url of text: at the offsets where its groups of four characters align with the
 * encoded text's, each group decodes to three printable bytes, so at least a quarter of all offsets do; a cut or a
 * character lost inside it moves that alignment, not the share. Random bytes give three printable ones at 1 offset in
 * 20 ((95/256)^3): a run of key material has fewer than 1 in 5 such offsets but for 1 in 1,000.
 */
export function decodesToText(run: string): boolean {
  let good = 0;
  const offsets = run.length - 3;
  for (let i = 0; i < offsets; i++) {
    const a = VALUE[run.charCodeAt(i)] as number;
    const b = VALUE[run.charCodeAt(i + 1)] as number;
    const c = VALUE[run.charCodeAt(i + 2)] as number;
    const d = VALUE[run.charCodeAt(i + 3)] as number;
    if (isPrintable((a << 2) | (b >> 4)) && isPrintable(((b & 15) << 4) | (c >> 2)) && isPrintable(((c & 3) << 6) | d))
      good++;
  }
  return good * 5 >= offsets;
}

/**
 * decodesToText for a short run (a cut credential's half beside a mask: secrets.ts addMaskCutPiecesIn), where a quarter
 * of its dozen offsets decode to printable bytes by chance 1 time in 40 or so, and a live half read as text was shown
 * (round "fuzz12", gen12.mjs shape "mask": 2 cases in 200). Text encoded decodes so at every offset of one alignment:
 * each group of four from some offset among the first four, two groups at least (random bytes: ~1 in 1,500).
 */
export function decodesToTextAligned(run: string): boolean {
  for (let phase = 0; phase < 4; phase++) {
    let groups = 0;
    let i = phase;
    for (; i + 4 <= run.length; i += 4) {
      const a = VALUE[run.charCodeAt(i)] as number;
      const b = VALUE[run.charCodeAt(i + 1)] as number;
      const c = VALUE[run.charCodeAt(i + 2)] as number;
      const d = VALUE[run.charCodeAt(i + 3)] as number;
      if (
        !(
          isPrintable((a << 2) | (b >> 4)) &&
          isPrintable(((b & 15) << 4) | (c >> 2)) &&
          isPrintable(((c & 3) << 6) | d)
        )
      )
        break;
      groups++;
    }
    if (groups >= 2 && i + 4 > run.length) return true;
  }
  return false;
}

/**
 * Whether a run of base64url characters looks like key material: upper and lower case letters an eighth of it each
 * and two digits or more (random base64url has ~30% of each case and ~16% digits; an identifier such as
 * `data-plane-kafka-network-thread-0-ListenerName`, a hex digest or a UUID falls short), and not text encoded.
 */
export function isKeyMaterial(run: string): boolean {
  if (run.length < MIN_KEY_RUN) return false;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x30 && c <= 0x39) digits++;
  }
  const eighth = run.length / 8;
  return upper >= eighth && lower >= eighth && digits >= 2 && !decodesToText(run);
}

/** The strings (values and names) of the token's decoded header and claims: the report shows them on purpose. */
function shownOnPurpose(report: Report): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (v.length >= MIN_KEY_RUN) out.push(v);
    } else if (v !== null && typeof v === 'object' && depth < 8) {
      for (const k in v) {
        if (k.length >= MIN_KEY_RUN) out.push(k);
        walk((v as Record<string, unknown>)[k], depth + 1);
      }
    }
  };
  const token = report.token;
  if (token !== null) {
    walk(token.header, 0);
    walk(token.payload, 0);
    walk(token.cutPayload, 0);
  }
  return out;
}

/**
 * `text` with each run of key material not in `allowed` replaced by its label, or `text` itself; and the pieces beside
 * it of the same wrap (wrap-neighbours.ts).
 */
function hiddenIn(text: string, allowed: () => readonly string[], label: (run: string) => string): string {
  let out: string | null = null;
  let last = 0;
  const hide = (piece: [number, number] | null): void => {
    if (piece === null || allowed().some((s) => s.includes(text.slice(piece[0], piece[1])))) return;
    out = (out ?? '') + text.slice(last, piece[0]) + label(text.slice(piece[0], piece[1]));
    last = piece[1];
  };
  // Runs of MIN_KEY_RUN or more, read one character in MIN_KEY_RUN (chars.ts): a regex for them, tried at every
  // character of every string the report holds, was a tenth of a diagnosis (stop 22).
  for (let start = nextLongBase64urlRun(text, 0, MIN_KEY_RUN); start >= 0; ) {
    let end = base64urlRunEnd(text, start);
    const run = text.slice(start, end);
    if (isKeyMaterial(run) && !allowed().some((s) => s.includes(run))) {
      hide(neighbourBefore(text, start, last));
      hide([start, end]);
      const after = neighbourAfter(text, end);
      if (after !== null && after[1] - after[0] < MIN_KEY_RUN) {
        hide(after);
        end = after[1];
      }
    }
    start = nextLongBase64urlRun(text, end + 1, MIN_KEY_RUN);
  }
  return out === null ? text : out + text.slice(last);
}

/**
 * The runs of key material in `text`, at most `max`: a flattened log's lines glued back (build-context.ts) hold a
 * key's whole lines that its flattened copy cut into pieces shorter than MIN_KEY_RUN, which this pass over the report
 * never hides (round fuzz30, gen30.mjs pipe/pipe pem-json: a JSON key file's `\n`-escaped PEM wrapped at 72).
 */
export function keyMaterialRuns(text: string, max: number, longest: number): string[] {
  const runs: string[] = [];
  for (let start = nextLongBase64urlRun(text, 0, MIN_KEY_RUN); start >= 0 && runs.length < max; ) {
    const end = base64urlRunEnd(text, start);
    // Longer than any key's lines glued: the glue made one run of many lines' words, no key.
    const run = end - start <= longest ? text.slice(start, end) : '';
    if (run !== '' && isKeyMaterial(run)) runs.push(run);
    start = nextLongBase64urlRun(text, end + 1, MIN_KEY_RUN);
  }
  return runs;
}

/** Whether `text` holds a run of key material, allowed or not (hiddenIn's scan, without the copy). */
function holdsKeyRun(text: string): boolean {
  for (let start = nextLongBase64urlRun(text, 0, MIN_KEY_RUN); start >= 0; ) {
    const end = base64urlRunEnd(text, start);
    if (isKeyMaterial(text.slice(start, end))) return true;
    start = nextLongBase64urlRun(text, end + 1, MIN_KEY_RUN);
  }
  return false;
}

/** holdsKeyRun as the redactor's walk runs it (SecretRedactor.leavesAlone, diagnose.ts). */
export const KEY_RUN_TEST: StringTest = { from: MIN_KEY_RUN, holds: holdsKeyRun };

/**
 * Whether any string or key of `v` holds a run of key material: a walk that allocates nothing (for-in over plain
 * objects, as the redactor's `reaches`), so that a report holding none, nearly every one, is not copied or rebuilt.
 */
function holdsKeyMaterial(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return v.length >= MIN_KEY_RUN && holdsKeyRun(v);
  if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (holdsKeyMaterial(v[i], depth + 1)) return true;
    return false;
  }
  for (const k in v) {
    if (k.length >= MIN_KEY_RUN && holdsKeyRun(k)) return true;
    const value = k === '__proto__' ? Object.getOwnPropertyDescriptor(v, k)?.value : (v as Record<string, unknown>)[k];
    if (holdsKeyMaterial(value, depth + 1)) return true;
  }
  return false;
}

/** Past this depth a report holds nothing (the redactor's scrub cut it there). */
const MAX_DEPTH = 64;

/**
 * The report with every run of key material that is not shown on purpose hidden (see above); the report itself when
 * it holds none, which is nearly always: a first walk that allocates nothing says so (holdsKeyMaterial), reading only
 * strings 44 characters long or more.
 */
export function hideKeyMaterial(report: Report, label: (run: string) => string): Report {
  if (!holdsKeyMaterial(report, 0)) return report;
  let allowed: string[] | null = null;
  const allowedList = (): string[] => {
    allowed ??= shownOnPurpose(report);
    return allowed;
  };
  const visit = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') {
      if (v.length < MIN_KEY_RUN) return v;
      return hiddenIn(v, allowedList, label);
    }
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
    if (Array.isArray(v)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const w = visit(v[i], depth + 1);
        if (w !== v[i]) {
          copy ??= v.slice();
          copy[i] = w;
        }
      }
      return copy ?? v;
    }
    let copy: Record<string, unknown> | null = null;
    for (const k of Object.keys(v)) {
      const value =
        k === '__proto__' ? Object.getOwnPropertyDescriptor(v, k)?.value : (v as Record<string, unknown>)[k];
      const w = visit(value, depth + 1);
      const key = k.length < MIN_KEY_RUN ? k : hiddenIn(k, allowedList, label);
      if (w !== value || key !== k) {
        copy ??= copyOf(v as Record<string, unknown>);
        if (key !== k) delete copy[k];
        Object.defineProperty(copy, key, { value: w, enumerable: true, writable: true, configurable: true });
      }
    }
    return copy ?? v;
  };
  return visit(report, 0) as Report;
}

/** A plain copy of an object, an own `__proto__` key kept as a key. */
function copyOf(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const value = k === '__proto__' ? Object.getOwnPropertyDescriptor(v, k)?.value : v[k];
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
