import { compactVerify, importJWK, importSPKI, importX509 } from 'jose';
import type { Context, KeyMaterial } from '../context.js';
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
  async run(ctx: Context) {
    const out: Out[] = [];
    const token = ctx.token;
    if (token === null || token.decoded.shape.kind !== 'jws') return out;
    const shape = token.decoded.shape;
    const alg = typeof shape.header.alg === 'string' ? shape.header.alg : null;
    if (alg === null || alg.toLowerCase() === 'none') return out;
    const kid = typeof shape.header.kid === 'string' ? shape.header.kid : null;
    const all = candidates(ctx.keys);

    if (all.length === 0) {
      const reason = shape.signature === 'present' ? 'no-key' : shape.signature === 'absent' ? 'absent' : 'masked';
      out.push(finding('signature.unchecked', { reason }, `${token.label} signature ${shape.signature === 'present' ? 'present, no key given' : shape.signature}`, 'token'));
      return out;
    }

    const keysWithKid = all.filter((c) => c.kid !== null);
    let pool = all;
    if (kid !== null && keysWithKid.length > 0) {
      pool = all.filter((c) => c.kid === kid);
      if (pool.length === 0) {
        const available = keysWithKid.map((c) => c.kid as string);
        const first = all[0] as Candidate;
        out.push(finding('key.kid-unknown', { kid, available }, `kid: ${JSON.stringify(kid)}; key set kids: ${available.map((a) => JSON.stringify(a)).join(', ')}`, first.source));
        return out;
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
  },
});
