import { createPublicKey } from 'node:crypto';
import type * as Jose from 'jose';
import type { CodeArgs } from '../args.js';
import type { Context, KeyMaterial, TokenInfo } from '../context.js';
import { note } from '../evidence.js';
import type { KeyFetchInfo } from '../options.js';
import type { JsonObject } from '../token/decode.js';
import type { FindingData, Source } from '../types.js';
import { defineCheck, finding } from './define.js';

type Out = FindingData<
  | 'key.kid-missing'
  | 'key.kid-unknown'
  | 'alg.not-allowed'
  | 'signature.valid'
  | 'signature.invalid'
  | 'signature.unchecked'
>;

/** The key type an algorithm needs (RFC 7518 §3.1, RFC 8037). */
export function keyTypeFor(alg: string): 'oct' | 'RSA' | 'EC' | 'OKP' | null {
  if (/^HS(256|384|512)$/.test(alg)) return 'oct';
  if (/^(RS|PS)(256|384|512)$/.test(alg)) return 'RSA';
  if (/^ES(256|384|512|256K)$/.test(alg)) return 'EC';
  if (alg === 'EdDSA' || alg === 'Ed25519' || alg === 'Ed448') return 'OKP';
  return null;
}

interface Candidate {
  jwk?: JsonObject;
  pem?: string;
  kid: string | null;
  source: Source;
}

function candidates(keys: KeyMaterial[]): Candidate[] {
  const out: Candidate[] = [];
  for (const k of keys) {
    if (k.kind === 'pem') out.push({ pem: k.pem, kid: null, source: k.source });
    else
      for (const jwk of k.keys) out.push({ jwk, kid: typeof jwk.kid === 'string' ? jwk.kid : null, source: k.source });
  }
  return out;
}

/**
 * jose, loaded the first time a signature is checked. Most pastes come with no key, and jose is 46
 * modules: loading it up front cost every CLI run a tenth of its start-up.
 */
let joseModule: Promise<typeof Jose> | null = null;
const jose = (): Promise<typeof Jose> => {
  joseModule ??= import('jose');
  return joseModule;
};

/**
 * The certificate a JWK carries in `x5c` (RFC 7517 §4.7: base64 DER, the key's own first) as PEM, when the JWK
 * gives its key only so (no `n`, `x` or `k`, which jose's importJWK needs): null otherwise.
 */
function x5cOnly(jwk: JsonObject): string | null {
  if (jwk.n !== undefined || jwk.x !== undefined || jwk.k !== undefined || !Array.isArray(jwk.x5c)) return null;
  const der = jwk.x5c[0];
  if (typeof der !== 'string' || der.length === 0) return null;
  const lines = der.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`;
}

async function importCandidate(c: Candidate, alg: string): Promise<Parameters<typeof Jose.compactVerify>[1]> {
  const { importJWK, importSPKI, importX509 } = await jose();
  const certificate = c.jwk === undefined ? null : x5cOnly(c.jwk);
  if (certificate !== null) return importX509(certificate, alg);
  if (c.jwk !== undefined) return importJWK(c.jwk as Parameters<typeof importJWK>[0], alg);
  const pem = c.pem ?? '';
  return pem.includes('BEGIN CERTIFICATE') ? importX509(pem, alg) : importSPKI(pem, alg);
}

/** JOSE names of the curves a PEM key may be on (RFC 7518 §6.2.1.1, RFC 8812). */
const CURVES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp256k1: 'secp256k1',
};

/**
 * A PEM key described as a JWK's type would be (`RSA/PEM`, `EC/P-256/PEM`, `OKP/Ed25519/PEM`), so
 * alg.not-allowed lists it beside JWKs as `RSA/RS256/use=sig`: what the key is, in JOSE's words.
 */
function pemKind(pem: string): string {
  try {
    const key = createPublicKey(pem);
    const type = key.asymmetricKeyType;
    if (type === 'rsa' || type === 'rsa-pss') return 'RSA/PEM';
    if (type === 'ec') return `EC/${CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? '?'}/PEM`;
    if (type === 'ed25519' || type === 'ed448') return `OKP/${type === 'ed25519' ? 'Ed25519' : 'Ed448'}/PEM`;
    return `${String(type)}/PEM`;
  } catch {
    return 'PEM';
  }
}

type Fetched = Extract<KeyFetchInfo, { status: 'fetched' }>;

/**
 * No key to check with: say why. What the edge did about the issuer's keys comes first (it explains
 * why even the kid went unchecked); a masked signature is reported by input.masked as well.
 */
function unchecked(
  fetch: KeyFetchInfo | null,
  token: TokenInfo,
  signature: 'present' | 'masked' | 'absent',
  alg: string,
  algRefused: boolean,
): Out {
  // An HMAC-signed token is checked with the secret its issuer and its API share, which no issuer publishes: the steps
  // must not ask for a JWKS or a public key (round left-hh, an HS256 Meilisearch tenant token in round audit-ar).
  const hmac = keyTypeFor(alg) === 'oct';
  if (fetch?.status === 'skipped') {
    return finding(
      'signature.unchecked',
      hmac
        ? { reason: 'issuer-not-trusted', iss: fetch.iss, hmacAlg: alg }
        : { reason: 'issuer-not-trusted', iss: fetch.iss },
      note('issuer-not-trusted', { token: token.label, iss: fetch.iss }),
      'options',
    );
  }
  if (fetch?.status === 'failed') {
    return finding(
      'signature.unchecked',
      { reason: 'key-fetch-failed', failure: fetch.failure, url: fetch.url, httpStatus: fetch.httpStatus },
      note('key-fetch-failed', {
        issuer: fetch.issuer,
        url: fetch.url,
        failure: fetch.failure,
        httpStatus: fetch.httpStatus,
      }),
      'key',
    );
  }
  const reason = signature === 'present' ? 'no-key' : signature;
  return finding(
    'signature.unchecked',
    hmac && reason === 'no-key'
      ? algRefused
        ? { reason, hmacAlg: alg, algRefused: true }
        : { reason, hmacAlg: alg }
      : { reason },
    note('signature-unchecked', { token: token.label, signature }),
    'token',
  );
}

/** The issuer's set gained the kid between the cached copy and the refetch: it has just been rotated in. */
function rotatedIn(remote: Fetched | null, kid: string): remote is Fetched {
  return (
    remote !== null &&
    remote.refetch === 'refetched' &&
    !remote.kidsBefore.includes(kid) &&
    remote.jwks.keys.some((k) => k.kid === kid)
  );
}

function errorCode(e: unknown): string {
  return e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : 'ERR_UNKNOWN';
}

/**
 * `kid` against the key set, the key type against `alg`, and the signature itself (JWT Verifier).
 * jose's failures map to codes by `err.code`, never by message text.
 */
export const keyCheck = defineCheck({
  id: 'key',
  codes: [
    'key.kid-missing',
    'key.kid-unknown',
    'alg.not-allowed',
    'signature.valid',
    'signature.invalid',
    'signature.unchecked',
  ],
  // Not `async`: only a signature to verify needs to wait, and every other path returns its findings
  // at once rather than through a promise that the diagnosis would wait a microtask turn for.
  run(ctx: Context): Out[] | Promise<Out[]> {
    const out: Out[] = [];
    const token = ctx.token;
    if (token === null || token.decoded.shape.kind !== 'jws') return out;
    const shape = token.decoded.shape;
    const alg = typeof shape.header.alg === 'string' ? shape.header.alg : null;
    if (alg === null || alg.toLowerCase() === 'none') return out;
    const kid = typeof shape.header.kid === 'string' ? shape.header.kid : null;
    const all = candidates(ctx.keys);

    if (all.length === 0) {
      // golang-jwt's "signing method HS256 is invalid": the API expects another algorithm and holds no secret to check
      // the HMAC signature with, so the secret's step would send the reader after a key the API does not use.
      const algRefused = ctx.hits.some((h) => h.hit.code === 'alg.not-allowed');
      out.push(unchecked(ctx.keyFetch, token, shape.signature, alg, algRefused));
      return out;
    }
    const remote = ctx.keyFetch?.status === 'fetched' ? ctx.keyFetch : null;

    const keysWithKid = all.filter((c) => c.kid !== null);
    let pool = all;
    if (kid !== null && keysWithKid.length > 0) {
      pool = all.filter((c) => c.kid === kid);
      if (pool.length === 0) {
        const available = keysWithKid.map((c) => c.kid as string);
        const first = all[0] as Candidate;
        // A kid that differs from one in the set only in case (`Key1` for `key1`) is still another kid: say so.
        const lowerKid = kid.toLowerCase();
        const caseOf = available.find((k) => k.toLowerCase() === lowerKid);
        const base: CodeArgs['key.kid-unknown'] =
          caseOf === undefined ? { kid, available } : { kid, available, caseOf };
        // An HMAC-signed token's kid names one of the secrets its issuer and its API share (round left-hh).
        if (keyTypeFor(alg) === 'oct') base.hmacAlg = alg;
        // Object.assign, not a spread copy gaining properties: on Node 20 that takes V8's slow path (~0.9 µs).
        const args =
          remote === null ? base : Object.assign({}, base, { jwksUri: remote.jwksUri, refetch: remote.refetch });
        const evidence = note('kid-not-in-set', {
          kid,
          available,
          jwksUri: remote?.jwksUri ?? null,
          refetched: remote?.refetch === 'refetched',
        });
        // The signature may still verify with a key the set names otherwise: then the key was not rotated, it was
        // renamed (the token's kid and the published one disagree), which is another fix. Tried only when it can be.
        const others = shape.signature === 'present' ? usableFor(keysWithKid, alg) : [];
        if (others.length === 0) {
          out.push(finding('key.kid-unknown', args, evidence, first.source));
          return out;
        }
        return verifyingKid(token, others, alg).then((verifiesWith) => {
          const found = verifiesWith === null ? args : Object.assign({}, args, { verifiesWith });
          out.push(finding('key.kid-unknown', found, evidence, first.source));
          return out;
        });
      }
      // Found, but only in the refetched copy: the token may well verify, and still be rejected by a verifier
      // holding the older copy. Reported beside the signature verdict, as a warning: that the API's verifier
      // holds an older copy is inferred, not seen.
      if (rotatedIn(remote, kid)) {
        out.push(
          finding(
            'key.kid-unknown',
            { kid, available: remote.kidsBefore, jwksUri: remote.jwksUri, refetch: 'refetched', rotatedIn: true },
            note('kid-rotated-in', { kid, jwksUri: remote.jwksUri, before: remote.kidsBefore }),
            'key',
            'warning',
          ),
        );
      }
    } else if (kid === null && all.length > 1) {
      out.push(
        finding(
          'key.kid-missing',
          { keyCount: all.length },
          note('kid-missing', { token: token.label, keyCount: all.length }),
          'token',
        ),
      );
    }

    // The key's type must be able to verify the token's alg: HS256 against an RSA key set is the classic confusion.
    const usable = usableFor(pool, alg);
    if (usable.length === 0) {
      const kinds = [
        ...new Set(
          pool.map(
            (c) =>
              `${String(c.jwk?.kty ?? 'PEM')}${c.jwk?.alg === undefined ? '' : `/${String(c.jwk.alg)}`}${c.jwk?.use === undefined ? '' : `/use=${String(c.jwk.use)}`}`,
          ),
        ),
      ];
      out.push(
        finding(
          'alg.not-allowed',
          { alg, allowed: kinds, reason: 'key-type' },
          note('key-types', { alg, keys: kinds }),
          'key',
        ),
      );
      return out;
    }

    if (shape.signature !== 'present') {
      const signature = shape.signature === 'absent' ? 'absent' : 'masked';
      out.push(
        finding(
          'signature.unchecked',
          { reason: signature },
          note('signature-unchecked', { token: token.label, signature }),
          'token',
        ),
      );
      return out;
    }

    return verify(out, token, usable, pool, alg, kid);
  },
});

/** The keys whose type, `alg` and `use` allow them to verify a token signed with `alg`. */
function usableFor(pool: Candidate[], alg: string): Candidate[] {
  const needed = keyTypeFor(alg);
  return pool.filter(
    (c) =>
      c.jwk === undefined ||
      ((needed === null || c.jwk.kty === needed) &&
        (c.jwk.alg === undefined || c.jwk.alg === alg) &&
        (c.jwk.use === undefined || c.jwk.use === 'sig')),
  );
}

/** The kid of the first key that verifies the token's signature, or null when none does (or none can be imported). */
async function verifyingKid(token: TokenInfo, keys: Candidate[], alg: string): Promise<string | null> {
  for (const c of keys) {
    try {
      await (await jose()).compactVerify(token.decoded.raw, await importCandidate(c, alg));
      return c.kid;
    } catch {
      // Not this key: the next one may be.
    }
  }
  return null;
}

/** Tries each usable key on the token's signature: `signature.valid` at the first that verifies it. */
async function verify(
  out: Out[],
  token: TokenInfo,
  usable: Candidate[],
  pool: Candidate[],
  alg: string,
  kid: string | null,
): Promise<Out[]> {
  let sawInvalid = false;
  let sawTypeError = false;
  for (const c of usable) {
    try {
      const key = await importCandidate(c, alg);
      await (await jose()).compactVerify(token.decoded.raw, key);
      out.push(
        finding(
          'signature.valid',
          { kid: c.kid, alg },
          note('signature-verified', { token: token.label, kid: c.kid }),
          'key',
        ),
      );
      return out;
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') sawInvalid = true;
      else sawTypeError = true;
    }
  }
  if (sawInvalid) {
    out.push(
      finding(
        'signature.invalid',
        { kid },
        note('signature-not-verified', { token: token.label, keyCount: usable.length }),
        'key',
      ),
    );
  } else if (sawTypeError) {
    if (pool.some((c) => c.pem !== undefined)) {
      out.push(
        finding(
          'alg.not-allowed',
          {
            alg,
            allowed: [...new Set(pool.flatMap((c) => (c.pem === undefined ? [] : [pemKind(c.pem)])))],
            reason: 'key-type',
          },
          note('pem-cannot-verify', { alg }),
          'key',
        ),
      );
    } else {
      out.push(
        finding(
          'signature.unchecked',
          { reason: 'unsupported' },
          note('key-unusable', { token: token.label, alg }),
          'key',
        ),
      );
    }
  }
  return out;
}
