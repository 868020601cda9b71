/**
 * Round words-hh (review-30b's leftovers): a refusal's title says who answered and what they said, and an RFC error
 * code only when it was said (src/messages/refusal-title.ts); a 400 that an RFC gives the stated error carries no
 * "not an authentication status" note (checks/status.ts). Catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('a refusal’s title names who answered and quotes its words', () => {
  // Microsoft Graph's InvalidAuthenticationToken as PowerShell prints it (review-30b; the same body in
  // microsofthackathons/tdi#24's GraphError): its code is its own, not RFC 6750's invalid_token.
  const graph =
    'Invoke-RestMethod: {"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}';

  it('catches: Microsoft Graph’s words in the title, without an invalid_token Graph never sent (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', graph);
    expect(f.title).toBe('Microsoft Graph rejected the token: “Access token has expired or is not yet valid.”');
    expect(f.detail).toContain('Microsoft Graph refused the token');
    expect(f.detail).not.toContain('invalid_token');
    const ja = await run(graph, { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'challenge.invalid-token')?.title).toBe(
      'Microsoft Graph がトークンを拒否しています：「Access token has expired or is not yet valid.」',
    );
  });

  it('catches: a challenge’s invalid_token and its description, both said', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Token revoked"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “Token revoked”');
  });

  it('catches not: a bare invalid_token challenge keeps the short title', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token)');
    const ja = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"', { locale: 'ja' });
    expect(ja.findings[0]?.title).toBe('サーバーがトークンを拒否しています（invalid_token）');
  });

  it('catches: words no library can be told by claim no invalid_token (ownWords)', async () => {
    const f = await catches('challenge.invalid-token', 'HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key"}');
    expect(f.args.ownWords).toBe(true);
    expect(f.title).toBe('The server rejected the token: “Invalid API key”');
    expect(f.detail).not.toContain('error="invalid_token"');
  });

  it('catches: a long answer is quoted up to its first sentence', async () => {
    // Google's UNAUTHENTICATED as request-promise prints it (makingglitches/GooglePhotoDownload#6; the same message in
    // googleapis/google-api-php-client#1391).
    const f = await catches(
      'challenge.invalid-token',
      'StatusCodeError: 401 - {"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","status":"UNAUTHENTICATED"}}',
    );
    expect(f.title).toBe('The Google API rejected the token: “Request had invalid authentication credentials.”');
  });

  it('catches: the permission a product says is missing, in its words', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      'Graph API Error: 403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
    );
    expect(f.title).toBe(
      'Microsoft Graph says the token lacks a required scope: “Insufficient privileges to complete the operation.”',
    );
  });

  it('catches not: a scope the challenge names is said once, not quoted again', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write", error_description="The request requires higher privileges than provided by the access token"',
    );
    expect(f.title).toBe('The token lacks the scope "orders:write"');
  });

  it('never puts the token a description quotes in a title', async () => {
    const token = `${b64({ alg: 'RS256', kid: 'k1' })}.${b64({ sub: 'u1', exp: 1_900_000_000 })}.c2lnbmF0dXJlLXZhbHVlLW5vdC1yZWFs`;
    const paste = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="bad token ${token}"`;
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(paste, { locale });
      const f = r.findings.find((x) => x.code === 'challenge.invalid-token');
      // Round review-31: the quote keeps the words before the token; its fingerprint is the detail's, not the title's.
      expect(f?.title).toMatch(/(“bad token”|「bad token」)$/);
      expect(f?.detail).toContain('‹token sha256:');
      expect(renderJson(r)).not.toContain(token.split('.')[2]);
    }
  });
});

describe('a 400 is the status RFC 6749 §5.2 and RFC 6750 §3.1 give the error stated', () => {
  it.each([
    // Entra ID's refresh refused for inactivity (AADSTS700082), its token endpoint's 400 (formats-bodies' row).
    [
      'invalid_grant',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."}',
    ],
    [
      'invalid_client',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_client","error_description":"Invalid client credentials"}',
    ],
    // Keycloak's token endpoint for a scope the client is not granted (formats-new-codes' row).
    [
      'invalid_scope',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_scope","error_description":"Invalid scopes: read"}',
    ],
    ['invalid_request', 'HTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer error="invalid_request"'],
  ])('catches not: status.not-auth beside %s', async (_, paste) => {
    await catchesNot('status.not-auth', paste);
  });

  it.each([
    // RFC 6750 §3.1: invalid_token is a 401, insufficient_scope a 403; a 400 with them is unusual, and said.
    ['invalid_token', 'HTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer error="invalid_token"'],
    [
      'insufficient_scope',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"insufficient_scope","error_description":"orders:write required"}',
    ],
    ['a verifier’s words', 'HTTP/1.1 400 Bad Request\n\nJsonWebTokenError: jwt malformed'],
  ])('catches: status.not-auth beside %s', async (_, paste) => {
    const f = await catches('status.not-auth', paste);
    expect(f.args.status).toBe(400);
  });
});
