import type { KeyFetchFailure } from './args.js';

/**
 * Evidence as checks produce it: a quote or a note.
 *
 * A quote (a plain string) is what the paste says, shown as it is in every language: a redacted fragment
 * of it (`WWW-Authenticate: Bearer error="invalid_token"`), or a claim name and its value as decoded
 * (`exp: 1779976931`). A note is what the engine says about the paste (`‹token sha256:1a2b3c4d› signature
 * masked`): it has words, so it is data here, a key and typed args like a finding's, and report.ts words
 * it from the catalogue in the report's language. A string is never worded by a check: anything that is
 * not the paste's own text is a note, or a Japanese report shows English evidence.
 */
export type EvidenceData = string | Note;

/** The notes: the catalogue's `evidence` section is a `Record` over these, so a note without words is a compile error. */
export const NOTE_KEYS = [
  'payload-masked',
  'signature-masked',
  'signature-present',
  'signature-unchecked',
  'issuer-not-trusted',
  'key-fetch-failed',
  'kid-not-in-set',
  'kid-rotated-in',
  'kid-missing',
  'key-types',
  'signature-verified',
  'signature-not-verified',
  'pem-cannot-verify',
  'key-unusable',
  'no-token',
  'no-authorization-header',
  'token-header',
  'header-alg',
  'claims-present',
  'claim-absent',
  'scope-stated-vs-granted',
  'no-grant-claims',
] as const;
export type NoteKey = (typeof NOTE_KEYS)[number];

/**
 * The typed values each note carries. `token` is the token's label (`‹token sha256:1a2b3c4d›`), a name
 * that reads the same in every language; the other strings are quotes (values as they are), never words.
 */
export interface NoteArgs {
  /** input.masked: the payload part is masked. */
  'payload-masked': { token: string };
  /** input.masked: the signature was replaced by `marker` as pasted, or removed (`header.payload.`). */
  'signature-masked': { token: string; marker: string | null };
  /** input.live-token: a whole token, signed with `alg`. */
  'signature-present': { token: string; alg: string };
  /** signature.unchecked with no key: the signature is there (and no key was given), masked, or absent. */
  'signature-unchecked': { token: string; signature: 'present' | 'masked' | 'absent' };
  /** signature.unchecked: the token's iss (null when it has none) is not trusted, so no key was fetched. */
  'issuer-not-trusted': { token: string; iss: string | null };
  /** signature.unchecked: the edge could not fetch the issuer's keys. */
  'key-fetch-failed': {
    issuer: string | null;
    url: string | null;
    failure: KeyFetchFailure;
    httpStatus: number | null;
  };
  /** key.kid-unknown: the kids the key set has; `jwksUri` when it is the issuer's published set. */
  'kid-not-in-set': { kid: string; available: string[]; jwksUri: string | null; refetched: boolean };
  /** key.kid-unknown (rotated in): missing from the cached copy (which had `before`), present when fetched again. */
  'kid-rotated-in': { kid: string; jwksUri: string; before: string[] };
  /** key.kid-missing: the header has no kid and `keyCount` keys were given. */
  'kid-missing': { token: string; keyCount: number };
  /** alg.not-allowed (key type): the keys' `kty/alg/use`, none of which can verify `alg`. */
  'key-types': { alg: string; keys: string[] };
  /** signature.valid: the key that verified it, by kid (null: the one key given, which has none). */
  'signature-verified': { token: string; kid: string | null };
  /** signature.invalid: with how many keys it was tried. */
  'signature-not-verified': { token: string; keyCount: number };
  /** alg.not-allowed: jose would not use the PEM key for `alg`. */
  'pem-cannot-verify': { alg: string };
  /** signature.unchecked (unsupported): jose would not use the JWK for `alg`. */
  'key-unusable': { token: string; alg: string };
  /** token.missing with no status line to quote. */
  'no-token': Record<string, never>;
  /** authz-header.missing: the request's headers are shown (no request line to quote), and none is Authorization. */
  'no-authorization-header': Record<string, never>;
  /** token.jwe: the JOSE header, as JSON. */
  'token-header': { token: string; header: string };
  /** alg.none, alg.not-allowed: the header's alg, as JSON (it may be no string at all). */
  'header-alg': { token: string; alg: string };
  /** token.id-token, claim.pii: the claims that show it, by name (`token_use: id` with its value). */
  'claims-present': { claims: string[] };
  /** The payload has no such claim. */
  'claim-absent': { claim: 'iss' | 'aud' | 'sub' | 'exp' };
  /** scope.insufficient: what the server asks for (quoted) against what the token grants (quotes; none: no grant claim). */
  'scope-stated-vs-granted': { stated: string; grants: string[] };
  /** scope.insufficient against a required scope given as an option, and no grant claim at all. */
  'no-grant-claims': Record<string, never>;
}

/** One note: its key and its args, paired (a key with another key's args does not type-check). */
export type Note = { [K in NoteKey]: { note: K; args: NoteArgs[K] } }[NoteKey];

/** Builds a note with typed args. */
export function note<K extends NoteKey>(key: K, args: NoteArgs[K]): Note {
  return { note: key, args } as Note;
}

/** Whether two pieces of evidence say the same thing: quotes by their text, notes by key and args. */
export function sameEvidence(a: EvidenceData, b: EvidenceData): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  // Rare (the same code found twice, both with notes) and the args are small: their JSON is the comparison.
  return a.note === b.note && JSON.stringify(a.args) === JSON.stringify(b.args);
}

/** Compile-time check that every note key has an args entry and nothing else does. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const argsCoverAllNotes: Exact<keyof NoteArgs, NoteKey> = true;
