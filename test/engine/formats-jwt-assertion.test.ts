/**
 * A client's signed JWT assertion refused at Google's token endpoint (the RFC 7523 jwt-bearer grant a service-account
 * key file uses): "Invalid JWT Signature.", "Invalid JWT: Token must be a short-lived token …", "Invalid grant: account
 * not found". No user token was revoked, so "sign in again" is no step: the key, the clock or the account is. Sources
 * beside the rows (parse/jwt-assertion.ts, parse/verifier-messages/token-endpoints.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function revoked(r: Report): Finding {
  const f = r.findings.find((x) => x.code === 'token.revoked');
  expect(f, r.findings.map((x) => x.code).join(', ')).toBeDefined();
  return f as Finding;
}

const steps = (r: Report): string => r.nextSteps.join('\n');

describe('a signed JWT assertion refused (jwt-bearer grant)', () => {
  it.each([
    [
      'gcloud (googleapis/java-firestore#2290)',
      'ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.',
      'signature',
      'google-oauth',
    ],
    [
      'google-auth RefreshError with its body (googleapis/google-cloud-python#10004)',
      'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid JWT Signature.\', \'{\\n "error": "invalid_grant",\\n "error_description": "Invalid JWT Signature."\\n}\')',
      'signature',
      'google-oauth',
    ],
    [
      'grpc-go printing golang.org/x/oauth2',
      'rpc error: code = Unauthenticated desc = transport: per-RPC creds failed due to error: oauth2: "invalid_grant" "Invalid JWT Signature."',
      'signature',
      'golang-oauth2',
    ],
    [
      'firebase_admin (Dart) (appsup-dart/firebase_admin#7)',
      'Credential implementation provided to initializeApp() via the "credential" property failed to fetch a valid Google OAuth2 access token with the following error: "OpenIdException(invalid_grant): Invalid JWT Signature.". There are two likely causes: (1) your server time is not properly synced or (2) your certificate key file has been revoked.',
      'signature',
      'google-oauth',
    ],
    [
      'a PHP client’s body (fastlane/fastlane#14972)',
      '{\n   "error": "invalid_grant",\n   "error_description": "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems."\n}',
      'time',
      undefined,
    ],
    [
      'google-auth, account not found (google/oculi#5)',
      'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid grant: account not found\', u\'{"error":"invalid_grant","error_description":"Invalid grant: account not found"}\'',
      'account',
      'google-oauth',
    ],
  ])('%s', async (_name, paste, problem, via) => {
    const r = await run(paste);
    const f = revoked(r);
    expect(f.args).toMatchObject({ jwtAssertion: problem });
    // A bare OAuth body names no one: its error code is what was said, not who (round "left-w").
    expect(f.args.via).toBe(via);
    expect(f.title).not.toContain('has been revoked');
    expect(steps(r)).not.toMatch(/sign in again/i);
    expect(steps(r)).toContain(problem === 'time' ? 'clock' : 'gcloud iam service-accounts');
  });

  it('a refused jwt-bearer request with no telling words is the assertion, not a revoked token', async () => {
    const r = await run(
      [
        "$ curl -s https://oauth2.googleapis.com/token -d 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=…'",
        '{"error":"invalid_grant","error_description":"Bad Request"}',
      ].join('\n'),
    );
    expect(revoked(r).args).toMatchObject({ jwtAssertion: 'grant' });
    expect(steps(r)).toContain('aud is the token endpoint’s URL');
  });

  it('says it in Japanese too', async () => {
    const r = await run('invalid_grant: Invalid JWT Signature.', { locale: 'ja' });
    expect(revoked(r).title).toContain('サービスアカウントの鍵');
    expect(steps(r)).toContain('gcloud iam service-accounts keys list');
  });
});

describe('not a signed JWT assertion', () => {
  it('an access-token verifier’s “Invalid JWT signature” (jjwt samples, OpenSearch) stays the token’s signature', async () => {
    const r = await run('[ERROR] BadCredentialsException: Invalid JWT signature');
    expect(r.findings.some((f) => f.args.jwtAssertion !== undefined)).toBe(false);
    const jjwt = await run('2024-02-01 ERROR c.e.security.JwtTokenProvider : Invalid JWT signature');
    expect(jjwt.findings.some((f) => f.args.jwtAssertion !== undefined)).toBe(false);
  });

  it('Google’s refresh-token refusal stays a refused refresh', async () => {
    const r = await run('oauth2: "invalid_grant" "Token has been expired or revoked."');
    const f = revoked(r);
    expect(f.args.jwtAssertion).toBeUndefined();
    expect(f.args.refreshToken).toBe(true);
  });

  it('a bare invalid_grant, and a password grant, keep their readings', async () => {
    const bare = await run('HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant"}');
    expect(revoked(bare).args.jwtAssertion).toBeUndefined();
    const password = await run(
      'POST /token grant_type=password&username=a\nHTTP/1.1 400\n\n{"error":"invalid_grant","error_description":"Invalid user credentials"}',
    );
    expect(revoked(password).args).toMatchObject({ passwordGrant: true });
    expect(revoked(password).args.jwtAssertion).toBeUndefined();
  });

  it('the words outside an invalid_grant (a description quoted in prose) are no refusal', async () => {
    const r = await run('Our docs say Invalid JWT Signature. means the key was rotated.');
    expect(r.findings.some((f) => f.args.jwtAssertion !== undefined)).toBe(false);
  });
});
