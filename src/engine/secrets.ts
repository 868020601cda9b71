import { findTokensInText } from './token/find.js';
import { fingerprintOf } from './token/decode.js';

/**
 * Keeps pasted credentials out of every string the engine returns.
 *
 * The first line of defence is that checks quote evidence through `redact`; the second is `scrub`, run
 * over the finished report, so a secret that slipped into a title or a decoded claim is still replaced.
 */
export class SecretRedactor {
  private readonly secrets = new Map<string, string>();

  /** Registers a secret and the label that replaces it (`‹token sha256:1a2b3c4d›`). Short strings are ignored: they cannot be told from ordinary words. */
  add(secret: string, label?: string): void {
    if (secret.length < 8 || this.secrets.has(secret)) return;
    this.secrets.set(secret, label ?? `‹secret ${fingerprintOf(secret)}›`);
  }

  get size(): number {
    return this.secrets.size;
  }

  /** Replaces every registered secret, and any JWT-shaped string, in a piece of evidence. */
  redact(text: string): string {
    let out = text;
    if (this.secrets.size > 0) {
      // Longest first, so a whole token is replaced before its signature alone.
      const ordered = [...this.secrets.entries()].sort((a, b) => b[0].length - a[0].length);
      for (const [secret, label] of ordered) if (out.includes(secret)) out = out.replaceAll(secret, label);
    }
    if (out.includes('eyJ')) {
      const found = findTokensInText(out);
      for (let k = found.length - 1; k >= 0; k--) {
        const t = found[k];
        if (t === undefined) continue;
        out = `${out.slice(0, t.start)}‹token ${fingerprintOf(t.raw)}›${out.slice(t.end)}`;
      }
    }
    return out;
  }

  /** Deep-replaces secrets in every string of a JSON-like value (the finished report). */
  scrub<T>(value: T): T {
    if (this.secrets.size === 0) return value;
    return this.scrubValue(value, 0) as T;
  }

  private scrubValue(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.containsSecret(value) ? this.redact(value) : value;
    if (value === null || typeof value !== 'object') return value;
    if (depth > 64) return '[…]';
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.containsSecret(k) ? this.redact(k) : k] = this.scrubValue(v, depth + 1);
    return out;
  }

  private containsSecret(text: string): boolean {
    for (const secret of this.secrets.keys()) if (text.includes(secret)) return true;
    return false;
  }
}
