import { findTokensInText } from './token/find.js';
import { fingerprintOf } from './token/decode.js';

/** Past this depth the deep scrub stops copying; the reach check below hands such values to it. */
const MAX_SCRUB_DEPTH = 64;

/** Entries a StringTable holds before it indexes them in a Map. */
const SMALL_TABLE = 16;

/**
 * A string-keyed table, in insertion order, that compares keys with `===` while it is small. A Map
 * hashes each new key string in full, and here every key is a token or a part of one (hundreds of
 * characters), met again as a new slice each time: hashing those cost more than comparing against
 * the few keys a diagnosis has. A key of another length is rejected without reading it.
 */
class StringTable<V> {
  private readonly keyList: string[] = [];
  private readonly valueList: V[] = [];
  private index: Map<string, V> | null = null;

  get size(): number {
    return this.keyList.length;
  }

  get(key: string): V | undefined {
    if (this.index !== null) return this.index.get(key);
    for (let i = 0; i < this.keyList.length; i++) if (this.keyList[i] === key) return this.valueList[i];
    return undefined;
  }

  /** Adds a key that is not in the table yet. */
  add(key: string, value: V): void {
    this.keyList.push(key);
    this.valueList.push(value);
    if (this.index !== null) this.index.set(key, value);
    else if (this.keyList.length > SMALL_TABLE) this.index = new Map(this.keyList.map((k, i) => [k, this.valueList[i] as V]));
  }

  entries(): Array<[string, V]> {
    return this.keyList.map((k, i) => [k, this.valueList[i] as V]);
  }
}

/**
 * Keeps pasted credentials out of every string the engine returns.
 *
 * The first line of defence is that checks quote evidence through `redact`; the second is `scrub`, run
 * over the finished report, so a secret that slipped into a title or a decoded claim is still replaced.
 */
export class SecretRedactor {
  private readonly secrets = new StringTable<string>();
  /** The secrets longest first (so a whole token is replaced before its signature alone); rebuilt after an add. */
  private ordered: Array<[string, string]> | null = null;
  /** Length of the shortest secret: a shorter string cannot hold one. */
  private shortest = Number.POSITIVE_INFINITY;
  /** Fingerprints already computed in this diagnosis: one token is named in many places (its label, its decoding, its evidence). */
  private readonly fingerprints = new StringTable<string>();

  /** `fingerprintOf(raw)`, computed once per distinct string for the life of this redactor (one diagnosis). */
  fingerprint(raw: string): string {
    let fp = this.fingerprints.get(raw);
    if (fp === undefined) {
      fp = fingerprintOf(raw);
      this.fingerprints.add(raw, fp);
    }
    return fp;
  }

  /** Registers a secret and the label that replaces it (`‹token sha256:1a2b3c4d›`). Short strings are ignored: they cannot be told from ordinary words. */
  add(secret: string, label?: string): void {
    if (secret.length < 8 || this.secrets.get(secret) !== undefined) return;
    this.secrets.add(secret, label ?? `‹secret ${this.fingerprint(secret)}›`);
    this.ordered = null;
    if (secret.length < this.shortest) this.shortest = secret.length;
  }

  get size(): number {
    return this.secrets.size;
  }

  /** Replaces every registered secret, and any JWT-shaped string, in a piece of evidence. */
  redact(text: string): string {
    let out = text;
    if (this.secrets.size > 0 && out.length >= this.shortest) {
      for (const [secret, label] of this.longestFirst()) if (out.includes(secret)) out = out.replaceAll(secret, label);
    }
    if (out.includes('eyJ')) {
      const found = findTokensInText(out);
      for (let k = found.length - 1; k >= 0; k--) {
        const t = found[k];
        if (t === undefined) continue;
        out = `${out.slice(0, t.start)}‹token ${this.fingerprint(t.raw)}›${out.slice(t.end)}`;
      }
    }
    return out;
  }

  /**
   * Deep-replaces secrets in every string of a JSON-like value (the finished report).
   *
   * Evidence is already redacted where it is quoted, so the usual report holds no secret: a read-only
   * walk proves that without copying anything, and only a report that does hold one is rebuilt.
   */
  scrub<T>(value: T): T {
    if (this.secrets.size === 0 || !this.reaches(value, 0)) return value;
    return this.scrubValue(value, 0) as T;
  }

  private longestFirst(): Array<[string, string]> {
    if (this.ordered === null) this.ordered = this.secrets.entries().sort((a, b) => b[0].length - a[0].length);
    return this.ordered;
  }

  /**
   * Whether scrubValue would change anything: a string or key holding a secret, or nesting deep enough
   * for scrubValue to cut. Allocates nothing.
   */
  private reaches(value: unknown, depth: number): boolean {
    if (typeof value === 'string') return this.containsSecret(value);
    if (value === null || typeof value !== 'object') return false;
    if (depth > MAX_SCRUB_DEPTH) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (this.reaches(value[i], depth + 1)) return true;
      return false;
    }
    // Anything but a plain object (none is expected in a report) is left to scrubValue, which rebuilds it as one.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return true;
    // for-in walks a plain object's own keys without allocating them (Object.prototype has no enumerable
    // keys; were one added, it would only be checked too). An own `__proto__` key (from JSON.parse) is read
    // through its descriptor, since `value[k]` would give the prototype.
    for (const k in value) {
      if (this.containsSecret(k)) return true;
      const v = k === '__proto__' ? Object.getOwnPropertyDescriptor(value, k)?.value : (value as Record<string, unknown>)[k];
      if (this.reaches(v, depth + 1)) return true;
    }
    return false;
  }

  private scrubValue(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.containsSecret(value) ? this.redact(value) : value;
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_SCRUB_DEPTH) return '[…]';
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.containsSecret(k) ? this.redact(k) : k] = this.scrubValue(v, depth + 1);
    return out;
  }

  private containsSecret(text: string): boolean {
    if (text.length < this.shortest) return false;
    for (const [secret] of this.longestFirst()) if (text.includes(secret)) return true;
    return false;
  }
}
