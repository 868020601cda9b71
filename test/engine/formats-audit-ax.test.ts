/**
 * Round audit-ax: identity providers' refusals as an API or the provider's SDK in it reports them (Cognito through
 * aws-jwt-verify, Clerk, Firebase's Go Admin SDK, Entra ID's token endpoint). Each paste is rebuilt from the public
 * thread or source named beside it (tokens made up); the list, with each paste's verdict before and after, is the
 * round's sources.md.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW } from '../helpers/catches.js';
import { rs256 } from '../helpers/tokens.js';

const POOL = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_cDd9TR9a5';
const COGNITO_ID = rs256(
  { sub: '7f1e', aud: '1irae6vkl1v4f8so6o09h787ev', iss: POOL, token_use: 'id', iat: NOW - 60, exp: NOW + 3540 },
  { kid: 'c1' },
);
const COGNITO_ACCESS = rs256(
  {
    sub: '7f1e',
    client_id: '2bbbbbbbbbbbbbbbbbbbbbbbbb',
    iss: POOL,
    token_use: 'access',
    iat: NOW - 60,
    exp: NOW + 3540,
  },
  { kid: 'c1' },
);
const SIGNATURE = COGNITO_ID.split('.')[2] as string;

describe('aws-jwt-verify: its errors as a Lambda logs them (src/assert.ts, src/cognito-verifier.ts)', () => {
  it('catches the ID token sent where the access token is verified, under the request’s header (awslabs/aws-jwt-verify#98)', async () => {
    const f = await catches(
      'token.id-token',
      [
        `Authorization: Bearer ${COGNITO_ID}`,
        'CognitoJwtInvalidTokenUseError: Token use not allowed: id. Expected: access',
        '    at assertStringEquals (/var/task/node_modules/aws-jwt-verify/dist/cjs/assert.js:20:15)',
        'Token not valid!',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'aws-jwt-verify' });
    expect(JSON.stringify(f)).not.toContain(SIGNATURE);
  });
  it('catches the app client refused, compared on client_id', async () => {
    const f = await catches(
      'claim.aud-mismatch',
      [
        `Authorization: Bearer ${COGNITO_ACCESS}`,
        'CognitoJwtInvalidClientIdError: Client ID not allowed: 2bbbbbbbbbbbbbbbbbbbbbbbbb. Expected: 1irae6vkl1v4f8so6o09h787ev',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'aws-jwt-verify', expected: ['1irae6vkl1v4f8so6o09h787ev'] });
  });
  it('catches the scope it requires, named after "Missing Scope."', async () => {
    const f = await catches(
      'scope.insufficient',
      [`Authorization: Bearer ${COGNITO_ACCESS}`, 'JwtInvalidScopeError: Missing Scope. Expected: read'].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'aws-jwt-verify', missing: ['read'] });
  });
  it('catches the expiry with its ISO instant (src/jwt.ts validateJwtFields)', async () => {
    const f = await catches('time.expired', 'JwtExpiredError: Token expired at 2026-05-28T14:00:00.000Z');
    expect(f.args).toMatchObject({ via: 'aws-jwt-verify' });
  });
  it('catches not: "Token expired at" followed by a Date’s text, not an ISO instant, is not aws-jwt-verify’s', async () => {
    const report = await catchesNot('time.expired', 'Token expired at Thu May 28 2026 then the job retried');
    expect(report.findings.some((f) => f.args && 'via' in f.args && f.args.via === 'aws-jwt-verify')).toBe(false);
  });
  it('catches not: "… not allowed: …" with no aws-jwt-verify expectation after it', async () => {
    await catchesNot('claim.iss-mismatch', 'Issuer not allowed: the tenant admin disabled sign-ups');
  });
});

describe('a log line under a request’s headers is the verifier’s, not one more request header (build-context.ts)', () => {
  it('catches Clerk’s azp refusal printed as `Clerk: …` below the Authorization header', async () => {
    const token = rs256(
      { azp: 'https://preview-123.vercel.app', sid: 'sess_2abc', sub: 'user_2abc', iat: NOW - 20, exp: NOW + 40 },
      { kid: 'ins_2abc' },
    );
    const f = await catches(
      'claim.aud-mismatch',
      [
        `Authorization: Bearer ${token}`,
        'Clerk: Invalid JWT Authorized party claim (azp) "https://preview-123.vercel.app". Expected "https://example.com". (reason=token-invalid-authorized-parties, token-carrier=header)',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'clerk', expected: ['https://example.com'] });
  });
  it('catches not: the words as a real request header’s value (`X-Debug: …`) stay the request’s', async () => {
    await catchesNot(
      'claim.iss-mismatch',
      [
        'GET /v1/orders HTTP/1.1',
        `Authorization: Bearer ${COGNITO_ACCESS}`,
        'X-Debug-Note: Issuer not allowed: https://a.example. Expected: https://b.example',
      ].join('\n'),
    );
  });
});

describe('Firebase Admin’s Go SDK and Entra ID’s token endpoint', () => {
  it('catches the Go SDK’s aud check (firebase/firebase-admin-go#723), with no environment claimed for a Google client id', async () => {
    const token = rs256(
      {
        iss: 'https://accounts.google.com',
        aud: '1084-web.apps.googleusercontent.com',
        sub: '1109',
        iat: NOW - 60,
        exp: NOW + 3540,
      },
      { kid: 'g1' },
    );
    const f = await catches(
      'claim.aud-mismatch',
      [
        `token: ${token}`,
        `ID token has invalid 'aud' (audience) claim; expected "sign-in-test-4a1b" but got "1084-web.apps.googleusercontent.com"; make sure the ID token comes from the same Firebase project as the credential used to authenticate this SDK`,
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'firebase-admin', expected: ['sign-in-test-4a1b'] });
    await catchesNot(
      'claim.environment',
      `token: ${token}\nID token has invalid 'aud' (audience) claim; expected "sign-in-test-4a1b" but got "1084-web.apps.googleusercontent.com"`,
    );
  });
  it('catches AADSTS500011, the resource asked for not in the tenant (rootinc/laravel-azure-middleware#51)', async () => {
    const f = await catches(
      'oauth.invalid-scope',
      '{"error": "invalid_resource", "error_description": "AADSTS500011: The resource principal named api://8e82b4f2 was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.", "error_codes": [500011]}',
    );
    expect(f.args).toMatchObject({ via: 'entra-id' });
  });
});
