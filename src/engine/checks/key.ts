import { compactVerify, importJWK, importSPKI, importX509 } from 'jose';
import type { Context, KeyMaterial, TokenInfo } from '../context.js';
import type { KeyFetchInfo } from '../options.js';
import type { JsonObject } from '../token/decode.js';
import type { FindingData, Source } from '../types.js';
import { defineCheck, finding } from './define.js';

type Out = FindingData<'key.kid-missing' | 'key.kid-unknown' | 'alg.not-allowed' | 'signature.valid' | 'signature.invalid' | 'signature.unchecked'>;

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
  evidence: string;
}

function candidates(keys: KeyMaterial[]): Candidate[] {
  const out: Candidate[] = [];
  for (const k of keys) {
    if (k.kind === 'pem') out.push({ pem: k.pem, kid: null, source: k.source, evidence: k.evidence });
    else for (const jwk of k.keys) out.push({ jwk, kid: typeof jwk.kid === 'string' ? jwk.kid : null, source: k.source, evidence: k.evidence });
  }
  return out;
}

async function importCandidate(c: Candidate, alg: string): Promise<Parameters<typeof compactVerify>[1]> {
  if (c.jwk !== undefined) return importJWK(c.jwk as Parameters<typeof importJWK>[0], alg);
  const pem = c.pem ?? '';
  return pem.includes('BEGIN CERTIFICATE') ? importX509(pem, alg) : importSPKI(pem, alg);
}

type Fetched = Extract<KeyFetchInfo, { status: 'fetched' }>;

/**
 * No key to check with: say why. What the edge did about the issuer's keys comes first (it explains
 * why even the kid went unchecked); a masked signature is reported by input.masked as well.
 */
function unchecked(fetch: KeyFetchInfo | null, token: TokenInfo, signature: 'present' | 'masked' | 'absent'): Out {
  if (fetch?.status === 'skipped') {
    const iss = fetch.iss === null ? 'no iss' : `iss ${JSON.stringify(fetch.iss)}`;
    return finding('signature.unchecked', { reason: 'issuer-not-trusted', iss: fetch.iss }, `${token.label} ${iss}: not a trusted issuer, no key requested`, 'options');
  }
  if (fetch?.status === 'failed') {
    const what = `${fetch.failure}${fetch.httpStatus === null ? '' : ` ${fetch.httpStatus}`}`;
    return finding(
      'signature.unchecked',
      { reason: 'key-fetch-failed', failure: fetch.failure, url: fetch.url, httpStatus: fetch.httpStatus },
      `keys of ${fetch.issuer ?? fetch.url ?? 'the issuer'}: ${what}${fetch.url === null || fetch.issuer === null ? '' : ` (${fetch.url})`}`,
      'key',
    );
  }
  const reason = signature === 'present' ? 'no-key' : signature;
  return finding('signature.unchecked', { reason }, `${token.label} signature ${signature === 'present' ? 'present, no key given' : signature}`, 'token');
}

/** The issuer's set gained the kid between the cached copy and the refetch: it has just been rotated in. */
function rotatedIn(remote: Fetched | null, kid: string): remote is Fetched {
  return remote !== null && remote.refetch === 'refetched' && !remote.kidsBefore.includes(kid) && remote.jwks.keys.some((k) => k.kid === kid);
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
  codes: ['key.kid-missing', 'key.kid-unknown', 'alg.not-allowed', 'signature.valid', 'signature.invalid', 'signature.unchecked'],
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
      out.push(unchecked(ctx.keyFetch, token, shape.signature));
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
        const published = remote === null ? '' : ` (JWKS published at ${remote.jwksUri}${remote.refetch === 'refetched' ? ', fetched again' : ''})`;
        const args = remote === null ? { kid, available } : { kid, available, jwksUri: remote.jwksUri, refetch: remote.refetch };
        out.push(finding('key.kid-unknown', args, `kid: ${JSON.stringify(kid)}; key set kids: ${available.map((a) => JSON.stringify(a)).join(', ')}${published}`, first.source));
        return out;
      }
      // Found, but only in the refetched copy: the token may well verify, and still be rejected by a verifier
      // holding the older copy. Reported beside the signature verdict, as a warning: that the API's verifier
      // holds an older copy is inferred, not seen.
      if (rotatedIn(remote, kid)) {
        const before = remote.kidsBefore.map((a) => JSON.stringify(a)).join(', ');
        out.push(
          finding(
            'key.kid-unknown',
            { kid, available: remote.kidsBefore, jwksUri: remote.jwksUri, refetch: 'refetched', rotatedIn: true },
            `kid: ${JSON.stringify(kid)}; not in the cached copy of ${remote.jwksUri} (kids: ${before}), present when fetched again`,
            'key',
            'warning',
          ),
        );
      }
    } else if (kid === null && all.length > 1) {
      out.push(finding('key.kid-missing', { keyCount: all.length }, `${token.label} header has no kid; ${all.length} keys given`, 'token'));
    }

    // The key's type must be able to verify the token's alg: HS256 against an RSA key set is the classic confusion.
    const needed = keyTypeFor(alg);
    const typed = pool.filter((c) => c.jwk === undefined || needed === null || c.jwk.kty === needed);
    const usable = typed.filter((c) => c.jwk === undefined || ((c.jwk.alg === undefined || c.jwk.alg === alg) && (c.jwk.use === undefined || c.jwk.use === 'sig')));
    if (usable.length === 0) {
      const kinds = [...new Set(pool.map((c) => `${String(c.jwk?.kty ?? 'PEM')}${c.jwk?.alg === undefined ? '' : `/${String(c.jwk.alg)}`}${c.jwk?.use === undefined ? '' : `/use=${String(c.jwk.use)}`}`))];
      out.push(finding('alg.not-allowed', { alg, allowed: kinds, reason: 'key-type' }, `alg: ${alg}; keys: ${kinds.join(', ')}`, 'key'));
      return out;
    }

    if (shape.signature !== 'present') {
      out.push(finding('signature.unchecked', { reason: shape.signature === 'absent' ? 'absent' : 'masked' }, `${token.label} signature ${shape.signature}`, 'token'));
      return out;
    }

    return verify(out, token, usable, pool, alg, kid);
  },
});

/** Tries each usable key on the token's signature: `signature.valid` at the first that verifies it. */
async function verify(out: Out[], token: TokenInfo, usable: Candidate[], pool: Candidate[], alg: string, kid: string | null): Promise<Out[]> {
  let sawInvalid = false;
  let sawTypeError = false;
  for (const c of usable) {
    try {
      const key = await importCandidate(c, alg);
      await compactVerify(token.decoded.raw, key);
      out.push(finding('signature.valid', { kid: c.kid, alg }, `${token.label} verified with ${c.kid === null ? 'the key given' : `kid ${JSON.stringify(c.kid)}`}`, 'key'));
      return out;
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') sawInvalid = true;
      else sawTypeError = true;
    }
  }
  if (sawInvalid) {
    out.push(finding('signature.invalid', { kid }, `${token.label} does not verify with ${usable.length === 1 ? 'the key given' : `${usable.length} keys`}`, 'key'));
  } else if (sawTypeError) {
    if (pool.some((c) => c.pem !== undefined)) {
      out.push(finding('alg.not-allowed', { alg, allowed: ['PEM key of another type'], reason: 'key-type' }, `alg: ${alg}; the PEM key cannot verify it`, 'key'));
    } else {
      out.push(finding('signature.unchecked', { reason: 'unsupported' }, `${token.label} alg ${alg}: the key could not be used`, 'key'));
    }
  }
  return out;
}
