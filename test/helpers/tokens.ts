import { createHmac, generateKeyPairSync, sign } from 'node:crypto';

/** Builds test JWTs. Signed ones use a throwaway key made per test run: no real credential is ever committed. */
export const b64url = (v: unknown): string =>
  Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

export function unsigned(header: Record<string, unknown>, payload: Record<string, unknown>, signature = '***'): string {
  return `${b64url(header)}.${b64url(payload)}.${signature}`;
}

export function hs256(
  payload: Record<string, unknown>,
  secret = 'test-secret-test-secret-test-secret',
  header: Record<string, unknown> = {},
): string {
  const input = `${b64url({ alg: 'HS256', typ: 'JWT', ...header })}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

export function rs256(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { kid: 'k1' },
  key = rsa.privateKey,
): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', ...header })}.${b64url(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

export function jwksFor(kid: string, key = rsa.publicKey): { keys: Record<string, unknown>[] } {
  return { keys: [{ ...key.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] };
}

/** Claims valid at NOW (2026-05-28T14:10:00Z). */
export const CLAIMS = {
  iss: 'https://auth.acme-corp.com/',
  sub: 'auth0|6650f1c2a9d3e4b5c6d7e8f9',
  aud: 'https://api.acme-corp.com',
  iat: 1779975600,
  exp: 1779979200,
  scope: 'read:orders write:orders',
};
