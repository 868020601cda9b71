/**
 * Round audit-ax: identity providers' refusals as an API or the provider's SDK in it reports them (Cognito through
 * aws-jwt-verify, Clerk, Firebase's Go Admin SDK, Entra ID's token endpoint). Each paste is rebuilt from the public
 * thread or source named beside it (tokens made up); the list, with each paste's verdict before and after, is the
 * round's sources.md.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
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
    const paste = [
      `Authorization: Bearer ${token}`,
      'Clerk: Invalid JWT Authorized party claim (azp) "https://preview-123.vercel.app". Expected "https://example.com". (reason=token-invalid-authorized-parties, token-carrier=header)',
    ].join('\n');
    const f = await catches('claim.aud-mismatch', paste);
    expect(JSON.stringify((await run(paste)).nextSteps)).toContain('authorizedParties');
    expect(f.args).toMatchObject({ via: 'clerk', expected: ['https://example.com'] });
    // Its words and step are Clerk's azp and authorizedParties, and the line is the log's, not a header's.
    expect(f.detail).toContain('azp');
    expect(f.evidence).toContain('Invalid JWT Authorized party claim');
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

describe('Microsoft Graph’s, Keycloak adapters’ and Clerk’s refusals', () => {
  const GRAPH_TOKEN = rs256(
    {
      aud: '00000003-0000-0000-c000-000000000000',
      iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
      tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      scp: 'User.Read',
      iat: NOW - 60,
      exp: NOW + 3540,
    },
    { kid: 'kWbkaa6q', nonce: 'abc' },
  );
  const GRAPH_BODY = [
    '{',
    '  "error": {',
    '    "code": "InvalidAuthenticationToken",',
    '    "message": "CompactToken parsing failed with error code: 80049217"',
    '  }',
    '}',
  ];
  it('catches Graph’s CompactToken refusal as the Java SDK prints it, with no token in the paste (microsoftgraph/msgraph-sdk-java-auth#61)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      [
        'com.microsoft.graph.http.GraphServiceException: Error code: InvalidAuthenticationToken',
        'Error message: CompactToken parsing failed with error code: 80049217',
        '',
        'GET https://graph.microsoft.com/v1.0/users/email-addr@domain.com',
        'Authorization : [PII_REDACTED]',
        '',
        '401 : Unauthorized',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'microsoft-graph' });
  });
  it('catches not: a Graph token Graph itself refused is not "for another API" (OfficeDev/outlook-dev-docs#508)', async () => {
    const report = await catchesNot(
      'token.for-other-api',
      [`Authorization: Bearer Bearer ${GRAPH_TOKEN}`, ...GRAPH_BODY].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('authz-header.double-prefix');
  });
  it('catches: a Graph token sent to one’s own API is still for another API', async () => {
    await catches(
      'token.for-other-api',
      [
        'GET https://api.acme-corp.com/v1/orders',
        `Authorization: Bearer ${GRAPH_TOKEN}`,
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches the Keycloak adapter’s missing key for the kid (Activiti/activiti-cloud-examples#108)', async () => {
    const f = await catches(
      'key.kid-unknown',
      [
        '2026-05-28 14:09:54.268 ERROR 1 --- [nio-8080-exec-7] o.k.a.BearerTokenRequestAuthenticator    : Failed to verify token',
        '',
        "org.keycloak.common.VerificationException: Didn't find publicKey for specified kid",
        '\tat org.keycloak.adapters.rotation.AdapterTokenVerifier.getPublicKey(AdapterTokenVerifier.java:124)',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'keycloak' });
  });
  it('catches not: a Clerk session token’s missing aud (its azp stands there; adrianhajdin/threads#124)', async () => {
    const token = rs256(
      {
        azp: 'http://localhost:3000',
        iss: 'https://clean-cat-12.clerk.accounts.dev',
        sid: 'sess_2abc',
        sub: 'user_2abc',
        nbf: NOW - 700,
        iat: NOW - 660,
        exp: NOW - 600,
      },
      { kid: 'ins_2abc' },
    );
    const report = await catchesNot(
      'claim.aud-missing',
      [
        `__session=${token}`,
        'JWT is expired. Expiry date: Thu, 28 May 2026 14:00:00 GMT, Current date: Thu, 28 May 2026 14:10:00 GMT. (reason=token-expired, token-carrier=cookie)',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('time.expired');
    // Its minute-long lifetime is Clerk's design, renewed by its frontend: no short-lifetime warning either.
    expect(report.findings.map((f) => f.code)).not.toContain('time.short-lifetime');
  });
  it('catches: a minute-long token of another issuer still gets the short-lifetime warning', async () => {
    const token = rs256(
      { iss: 'https://auth.acme-corp.com', aud: 'api', sub: 'u1', iat: NOW - 30, exp: NOW + 30 },
      { kid: 'k1' },
    );
    await catches('time.short-lifetime', `Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized`);
  });
  it('catches: a token with a `sess_` sid from another issuer still lacks its aud', async () => {
    const token = rs256(
      { iss: 'https://auth.acme-corp.com', sid: 'sess_1', sub: 'u1', iat: NOW - 60, exp: NOW + 3540 },
      { kid: 'k1' },
    );
    await catches('claim.aud-missing', `Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized`);
  });
});

describe('Auth0’s server SDKs refusing to hand over the session’s access token (nextjs-auth0 v4 AccessTokenError)', () => {
  it('catches MISSING_REFRESH_TOKEN as the expired token with no refresh token (auth0/nextjs-auth0#1865)', async () => {
    const f = await catches(
      'time.expired',
      'Error: The access token has expired and a refresh token was not provided. The user needs to re-authenticate.\n    at async middleware (src/middleware.ts:12:19)',
    );
    expect(f.args).toMatchObject({ via: 'auth0', noRefreshToken: true });
  });
  it('catches FAILED_TO_REFRESH_TOKEN as the refresh refused (auth0/nextjs-auth0#1841)', async () => {
    const f = await catches(
      'token.revoked',
      '{"type":"AccessTokenError","message":"The access token has expired and there was an error while trying to refresh it. Check the server logs for more information.","code":"failed_to_refresh_token"}',
    );
    expect(f.args).toMatchObject({ via: 'auth0', refreshToken: true });
  });
  it('catches not: "The access token has expired" alone is no Auth0 SDK’s refusal of a refresh', async () => {
    await catchesNot('token.revoked', 'The access token has expired, please try again later');
  });
});
