import type { NoteArgs, NoteKey } from '../../src/engine/evidence.js';

const TOKEN = '‹token sha256:1a2b3c4d›';
const JWKS = 'https://auth.example.com/.well-known/jwks.json';

/**
 * Args for every evidence note, each branch of its words once. A mapped type over the note keys: a new
 * note is a compile error here until it has samples, so the catalogue tests cover it without a list.
 */
export const NOTE_SAMPLES: { [K in NoteKey]: [NoteArgs[K], ...NoteArgs[K][]] } = {
  'payload-masked': [{ token: TOKEN }],
  'signature-masked': [
    { token: TOKEN, marker: '***' },
    { token: TOKEN, marker: null },
  ],
  'signature-present': [{ token: TOKEN, alg: 'RS256' }],
  'signature-unchecked': [
    { token: TOKEN, signature: 'present' },
    { token: TOKEN, signature: 'masked' },
    { token: TOKEN, signature: 'absent' },
  ],
  'issuer-not-trusted': [
    { token: TOKEN, iss: 'https://evil.example.net/' },
    { token: TOKEN, iss: null },
  ],
  'key-fetch-failed': [
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'http-status', httpStatus: 503 },
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'not-json', httpStatus: 200 },
    { issuer: null, url: JWKS, failure: 'timeout', httpStatus: null },
    { issuer: null, url: null, failure: 'network', httpStatus: null },
    { issuer: 'https://auth.example.com/', url: null, failure: 'no-jwks-uri', httpStatus: null },
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'too-large', httpStatus: null },
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'redirect-blocked', httpStatus: 302 },
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'not-https', httpStatus: null },
    { issuer: 'https://auth.example.com/', url: null, failure: 'issuer-mismatch', httpStatus: null },
    { issuer: 'https://auth.example.com/', url: JWKS, failure: 'invalid-jwks', httpStatus: null },
  ],
  'kid-not-in-set': [
    { kid: 'k-2026-03', available: ['k-2026-05', 'k-2026-04'], jwksUri: null, refetched: false },
    { kid: 'k-2026-03', available: ['k-2026-05'], jwksUri: JWKS, refetched: true },
    { kid: 'k-2026-03', available: ['k-2026-05'], jwksUri: JWKS, refetched: false },
  ],
  'kid-rotated-in': [{ kid: 'k-2026-05', jwksUri: JWKS, before: ['k-2026-03', 'k-2026-04'] }],
  'kid-missing': [{ token: TOKEN, keyCount: 3 }],
  'key-types': [{ alg: 'HS256', keys: ['RSA/RS256', 'EC/ES256/use=enc'] }],
  'signature-verified': [
    { token: TOKEN, kid: 'k-2026-05' },
    { token: TOKEN, kid: null },
  ],
  'signature-not-verified': [
    { token: TOKEN, keyCount: 1 },
    { token: TOKEN, keyCount: 3 },
  ],
  'pem-cannot-verify': [{ alg: 'ES256' }],
  'key-unusable': [{ token: TOKEN, alg: 'PS512' }],
  'no-token': [{}],
  'no-authorization-header': [{}],
  'token-header': [{ token: TOKEN, header: '{"alg":"RSA-OAEP","enc":"A256GCM"}' }],
  'header-alg': [
    { token: TOKEN, alg: '"none"' },
    { token: TOKEN, alg: 'undefined' },
  ],
  'claims-present': [{ claims: ['nonce', 'at_hash', 'token_use: id'] }],
  'claim-absent': [{ claim: 'iss' }, { claim: 'aud' }, { claim: 'sub' }, { claim: 'exp' }],
  'scope-stated-vs-granted': [
    {
      stated: 'WWW-Authenticate: Bearer error="insufficient_scope", scope="admin"',
      grants: ['scope: "read"', 'roles: ["user"]'],
    },
    { stated: 'WWW-Authenticate: Bearer error="insufficient_scope", scope="admin"', grants: [] },
  ],
  'no-grant-claims': [{}],
};

/** The string values of a note's args: quotes and names, which any language shows as they are. */
export function quotedArgs(args: object): string[] {
  return Object.values(args).flatMap((v) =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [],
  );
}
