/**
 * "Never echoes a token": what that means in a test, shared by the fuzz tests (test/fuzz/) and the leak
 * tests (test/leak/).
 *
 * A token leaks if anything it is shown to contains its whole signing input (`header.payload`, from which
 * anyone can read and replay the claims once the signature is known), its signature, or any piece of the
 * signature 16 characters or longer. The last rule catches a cut through a token (a truncated paste, a
 * line wrapped mid-token) that leaves a tail no redaction recognises: 16 base64url characters are 96 bits,
 * never a coincidence.
 */
import { expect } from 'vitest';

/** The shortest piece of a signature that counts as a leak. */
export const LEAK_WINDOW = 16;

/** What must never leave for one token. */
export interface TokenSecret {
  token: string;
  signingInput: string;
  signature: string;
  /** Every LEAK_WINDOW-character substring of the signature. */
  windows: ReadonlySet<string>;
}

export function secretOf(token: string): TokenSecret {
  const parts = token.split('.');
  const signature = parts[2] ?? '';
  const windows = new Set<string>();
  for (let i = 0; i + LEAK_WINDOW <= signature.length; i++) windows.add(signature.slice(i, i + LEAK_WINDOW));
  return { token, signingInput: `${parts[0]}.${parts[1]}`, signature, windows };
}

/** Signed JWTs (three base64url parts, a real signature) found in a text: the secrets a paste holds. */
export function secretsIn(text: string): TokenSecret[] {
  const found = text.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{16,}/g) ?? [];
  return [...new Set(found)].map(secretOf);
}

/**
 * The secrets a (possibly mangled) paste still holds: tokens whose header, payload and first
 * LEAK_WINDOW characters of signature are still there in order, apart from the whitespace, line breaks
 * and invisible characters the engine's normaliser removes. A token cut before that, or with random bytes
 * inside it, is no longer a token anyone could recognise, and its leftovers are ordinary text.
 */
export function activeSecrets(input: string, secrets: readonly TokenSecret[]): TokenSecret[] {
  const squashed = input.replace(/(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/g, '');
  return secrets.filter((s) => squashed.includes(`${s.signingInput}.${s.signature.slice(0, LEAK_WINDOW)}`));
}

/**
 * Describes the first leak of any of `secrets` in `text`, or returns null. Signatures are base64url, so
 * a leaked piece lies inside a run of base64url characters at least LEAK_WINDOW long; only those runs
 * are looked at, which keeps this fast on large outputs.
 */
export function findLeak(text: string, secrets: readonly TokenSecret[]): string | null {
  for (const [n, s] of secrets.entries()) {
    if (text.includes(s.signingInput)) return `token #${n}: its header.payload appears`;
  }
  for (const run of text.matchAll(/[A-Za-z0-9_-]{16,}/g)) {
    const r = run[0];
    for (let i = 0; i + LEAK_WINDOW <= r.length; i++) {
      const piece = r.slice(i, i + LEAK_WINDOW);
      for (const [n, s] of secrets.entries()) {
        if (s.windows.has(piece)) {
          return `token #${n}: ${LEAK_WINDOW} characters of its signature appear at offset ${(run.index ?? 0) + i} (…${text.slice(Math.max(0, (run.index ?? 0) + i - 40), (run.index ?? 0) + i)}⟦${piece}⟧)`;
        }
      }
    }
  }
  return null;
}

/** Fails with where and what leaked. */
export function expectNoLeak(where: string, text: string, secrets: readonly TokenSecret[]): void {
  const leak = findLeak(text, secrets);
  expect(leak, `${where}: ${leak}`).toBeNull();
}
