/**
 * Round audit-ab: JWTs the caller signs itself, refused by the platform that holds them to its own rules (APNs provider
 * tokens, App Store Connect API tokens, Sign in with Apple's client_secret, GitHub App JWTs, client assertions). Where
 * the paste names the platform and shows the JWT, the decoded claims are held against the platform's rule
 * (src/engine/checks/platform-limits.ts, each limit's doc beside it). The replies are the threads' own words (sources
 * beside each case); the JWTs are rebuilt with the claims each thread describes, signed with no real key.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

const SIG = 'c2lnbmF0dXJlLW5vdC1mcm9tLWEtcmVhbC1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3';
const jwt = (header: Record<string, unknown>, payload: Record<string, unknown>) => unsigned(header, payload, SIG);

const ASC_401 =
  '{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"Authentication credentials are missing or invalid.","detail":"Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens"}]}';
const GITHUB_EXP = `{"message":"'Expiration time' claim ('exp') is too far in the future","documentation_url":"https://docs.github.com/rest"}`;

describe('APNs provider tokens (ES256, iat within the last hour)', () => {
  // node-apn/node-apn#450: "403 ExpiredProviderToken", fixed by setting the system time.
  const stale = jwt({ alg: 'ES256', kid: 'T0K3NK3Y1D' }, { iss: 'T34M1D', iat: NOW - 7300 });

  it('catches: an iat over an hour old, as the platform counts it (no exp on a provider token)', async () => {
    const paste = `authorization: bearer ${stale}\n{"device":"750A3D35","status":"403","response":{"reason":"ExpiredProviderToken"}}`;
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ platform: 'apns', limitSeconds: 3600, maxAge: true, iat: NOW - 7300 });
    expect(f.detail).toContain('more than an hour old');
    const r = await run(paste);
    expect(r.nextSteps[0]).toContain('at least every 60 minutes');
    // A provider token has neither aud nor exp by design, and APNs answers a token refusal with 403.
    expect(r.findings.map((x) => x.code)).not.toEqual(
      expect.arrayContaining(['claim.aud-missing', 'time.no-exp', 'status.mismatch']),
    );
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('1時間より古い');
  });

  it('catches: an RS256 provider token (node-apn/node-apn#477 quotes Apple: ES256 only)', async () => {
    const token = jwt({ alg: 'RS256', kid: 'ABC123DEFG' }, { iss: 'DEF123GHIJ', iat: NOW - 60 });
    const f = await catches(
      'alg.not-allowed',
      `:status: 403\n\n{"reason":"InvalidProviderToken"}\n\nauthorization: bearer ${token}`,
    );
    expect(f.args).toMatchObject({ allowed: ['ES256'], platform: 'apns' });
    expect(f.detail).toContain('APNs accepts only ES256');
  });

  it('catchesNot: a fresh ES256 provider token, or an old token where no APNs is named', async () => {
    const fresh = jwt({ alg: 'ES256', kid: 'T0K3NK3Y1D' }, { iss: 'T34M1D', iat: NOW - 600 });
    const r = await catchesNot('time.expired', `{"reason":"InvalidProviderToken"}\nauthorization: bearer ${fresh}`);
    expect(r.findings.map((x) => x.code)).not.toContain('alg.not-allowed');
    await catchesNot('time.expired', `authorization: bearer ${stale}`);
  });
});

describe('App Store Connect API tokens (exp at most 20 minutes ahead, aud appstoreconnect-v1)', () => {
  // blacktop/ipsw#301: `ipsw appstore token --lifetime 10d`, a long-lived token the API refuses.
  it('catches: a 10-day token against the 20 minutes allowed', async () => {
    const token = jwt(
      { alg: 'ES256', kid: '2X9R4HXF34', typ: 'JWT' },
      { iss: '57246542-96fe-1a63-e053-0824d011072a', iat: NOW - 3600, exp: NOW + 860400, aud: 'appstoreconnect-v1' },
    );
    const paste = `$ curl -i -H "Authorization: Bearer ${token}" https://api.appstoreconnect.apple.com/v1/apps\nHTTP/2 401\n\n${ASC_401}`;
    const f = await catches('time.long-lifetime', paste);
    expect(f).toMatchObject({ severity: 'error', args: { platform: 'app-store-connect', limitSeconds: 1200 } });
    expect(f.detail).toContain('more than 20 minutes ahead');
    expect((await run(paste)).nextSteps[0]).toContain('issuer ID');
  });

  it('catches: a wrong aud against the platform’s own', async () => {
    const token = jwt(
      { alg: 'ES256', kid: '2X9R4HXF34' },
      { iss: '57246542', iat: NOW - 60, exp: NOW + 600, aud: 'appstoreconnect' },
    );
    const f = await catches('claim.aud-mismatch', `Authorization: Bearer ${token}\nHTTP/1.1 401\n${ASC_401}`);
    expect(f.args).toMatchObject({ expected: ['appstoreconnect-v1'], expectedFrom: 'platform' });
    expect(f.detail).toContain('the App Store Connect API requires it');
  });

  it('catchesNot: a scoped token may live longer; a 20-minute token is within the limit', async () => {
    const scoped = jwt(
      { alg: 'ES256', kid: 'K' },
      { iss: 'I', iat: NOW, exp: NOW + 3600, aud: 'appstoreconnect-v1', scope: ['GET /v1/apps'] },
    );
    await catchesNot('time.long-lifetime', `Authorization: Bearer ${scoped}\n${ASC_401}`);
    // AvdLee/appstoreconnect-swift-sdk#132: expireDuration 60 * 20.
    const twenty = jwt(
      { alg: 'ES256', kid: 'K' },
      { iss: 'I', iat: NOW - 5, exp: NOW + 1195, aud: 'appstoreconnect-v1' },
    );
    await catchesNot('time.long-lifetime', `Authorization: Bearer ${twenty}\n${ASC_401}`);
  });
});

describe('Sign in with Apple’s client_secret (exp at most 6 months, aud https://appleid.apple.com)', () => {
  // mikebronner/laravel-sign-in-with-apple#9: "The problem was that I installed an expiration for more than six months."
  it('catches: a year-long client_secret refused with invalid_client', async () => {
    const secret = jwt(
      { alg: 'ES256', kid: 'ABC123DEFG' },
      {
        iss: 'DEF123GHIJ',
        iat: NOW - 86400,
        exp: NOW - 86400 + 31536000,
        aud: 'https://appleid.apple.com',
        sub: 'com.example.web',
      },
    );
    const paste = `client_secret: ${secret}\nClient error: \`POST https://appleid.apple.com/auth/token\` resulted in a \`400 Bad Request\` response:\n{"error":"invalid_client"}`;
    const f = await catches('time.long-lifetime', paste);
    expect(f.args).toMatchObject({ platform: 'sign-in-with-apple', limitSeconds: 15777000 });
    expect((await run(paste)).nextSteps.join('\n')).toContain('Services ID');
  });

  it('catchesNot: Apple’s own ID token (iss https://appleid.apple.com) is not held to the client_secret’s rules', async () => {
    const idToken = jwt(
      { alg: 'RS256', kid: 'W6WcOKB' },
      {
        iss: 'https://appleid.apple.com',
        aud: 'com.example.app',
        sub: '001234.abc',
        iat: NOW - 60,
        exp: NOW + 86400 * 200,
      },
    );
    const r = await run(`Bearer ${idToken}\nHTTP/1.1 401`);
    expect(r.findings.some((f) => f.args.platform !== undefined)).toBe(false);
    expect(r.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
  });
});

describe('GitHub App JWTs (exp at most 10 minutes ahead of GitHub’s clock)', () => {
  it('catches: exp one hour ahead', async () => {
    const token = jwt({ alg: 'RS256', typ: 'JWT' }, { iat: NOW - 60, exp: NOW + 3540, iss: 'Iv23liABCDEF' });
    const f = await catches(
      'time.long-lifetime',
      `curl -i -H "Authorization: Bearer ${token}" https://api.github.com/app\nHTTP/2 401\n\n${GITHUB_EXP}`,
    );
    expect(f.args).toMatchObject({ platform: 'github-app', limitSeconds: 600, ttlSeconds: 3600 });
  });

  // probot/probot#942: exp = now + 10 minutes from a clock a few seconds ahead of GitHub's (its Date header).
  it('catches: exp within 10 minutes of iat but not of GitHub’s clock', async () => {
    const token = jwt({ alg: 'RS256', typ: 'JWT' }, { iat: NOW + 3, exp: NOW + 603, iss: 31337 });
    const paste = `GET /app/installations HTTP/1.1\nAuthorization: Bearer ${token}\n\nHTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:10:00 GMT\n\n${GITHUB_EXP}`;
    const f = await catches('time.long-lifetime', paste, { preferPastedDate: true });
    expect(f.args).toMatchObject({ fromNowSeconds: 603, ttlSeconds: 600 });
    expect(f.title).toBe('exp is 603 s ahead: more than GitHub (a GitHub App’s JWT) allows');
    expect(f.detail).toContain('clock runs ahead');
    const r = await run(paste, { preferPastedDate: true });
    expect(r.findings.map((x) => x.code)).not.toContain('claim.aud-missing');
    expect(r.nextSteps[0]).toContain('iat 60 seconds in the past');
  });

  it('catchesNot: an App JWT within the window, or an hour-long token where GitHub is not named', async () => {
    const ok = jwt({ alg: 'RS256' }, { iat: NOW - 60, exp: NOW + 540, iss: '31337' });
    await catchesNot(
      'time.long-lifetime',
      `POST https://api.github.com/app/installations/1/access_tokens\nAuthorization: Bearer ${ok}`,
    );
    const other = jwt({ alg: 'RS256' }, { iat: NOW - 60, exp: NOW + 3540, iss: 'Iv23liABCDEF' });
    await catchesNot('time.long-lifetime', `Authorization: Bearer ${other}\nHTTP/1.1 401`);
  });
});

describe('client assertions (RFC 7523) under the provider’s own limit', () => {
  // okta/okta-sdk-golang#573: exp exactly one hour ahead, the client's clock a second or two fast.
  it('catches: an Okta client assertion an hour and two seconds ahead', async () => {
    const assertion = jwt(
      { alg: 'RS256', kid: 'okta-key-1' },
      {
        iss: '0oa1abcdEFGH',
        sub: '0oa1abcdEFGH',
        aud: 'https://dev-123.okta.com/oauth2/v1/token',
        iat: NOW + 2,
        exp: NOW + 3602,
        jti: 'a1',
      },
    );
    const paste = `POST https://dev-123.okta.com/oauth2/v1/token\nclient_assertion=${assertion}\n\nHTTP/1.1 401 Unauthorized\n{"error":"invalid_client","error_description":"The client_assertion token has an expiration too far into the future."}`;
    const f = await catches('time.long-lifetime', paste);
    expect(f.args).toMatchObject({ platform: 'okta', limitSeconds: 3600, fromNowSeconds: 3602 });
  });

  // fastlane/fastlane#14972's refusal, with an assertion whose exp is two hours after its iat.
  it('catches: a Google service account’s assertion living two hours', async () => {
    const assertion = jwt(
      { alg: 'RS256', typ: 'JWT' },
      {
        iss: 'svc@proj.iam.gserviceaccount.com',
        aud: 'https://oauth2.googleapis.com/token',
        iat: NOW - 10,
        exp: NOW + 7190,
      },
    );
    const f = await catches(
      'time.long-lifetime',
      `assertion=${assertion}\n{"error":"invalid_grant","error_description":"Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe."}`,
    );
    expect(f.args).toMatchObject({ platform: 'google-oauth', limitSeconds: 3600, ttlSeconds: 7200 });
  });

  it('catchesNot: an access token Okta issued (iss ≠ sub) is no client assertion', async () => {
    const access = jwt(
      { alg: 'RS256', kid: 'k' },
      {
        iss: 'https://dev-123.okta.com/oauth2/default',
        sub: 'user@example.com',
        aud: 'api://default',
        iat: NOW - 60,
        exp: NOW + 7140,
      },
    );
    const r = await run(
      `GET https://dev-123.okta.com/oauth2/v1/userinfo\nAuthorization: Bearer ${access}\nHTTP/1.1 401`,
    );
    expect(r.findings.some((f) => f.args.platform !== undefined)).toBe(false);
  });
});

describe('the platform’s own words for the JWT its caller signs (parse/verifier-messages/self-signed.ts)', () => {
  it.each([
    // node-apn/node-apn#144
    [
      'InvalidProviderToken',
      '{"failed":[{"device":"...","status":403,"response":{"reason":"InvalidProviderToken"}}]}',
      'signature.invalid',
      'apns',
    ],
    // vapor/apns#47: the key ID and team ID swapped
    [
      'APNSwift’s invalidProviderToken',
      '{"error": true, "reason": "badRequest(APNSwift.APNSError.ResponseErrorMessage.invalidProviderToken)"}',
      'signature.invalid',
      'apns',
    ],
    // node-apn/node-apn#496
    [
      'ExpiredProviderToken',
      '{"failed":[{"device":"f242e5ad","status":"403","response":{"reason":"ExpiredProviderToken"}}]}',
      'time.expired',
      'apns',
    ],
    // actions/create-github-app-token#178
    [
      'exp too far ahead',
      "Failed to create token for \"ORG\" (attempt 1): 'Expiration time' claim ('exp') is too far in the future - https://docs.github.com/enterprise-server@3.10/rest",
      'time.long-lifetime',
      'github-app',
    ],
    // sigmavirus24/github3.py#1050
    [
      'exp already past',
      "github3.exceptions.AuthenticationFailed: 401 'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
      'time.expired',
      'github-app',
    ],
    // backstage/backstage#12887
    [
      'a JWT GitHub could not decode',
      'POST https://api.github.com/app/installations/27776345/access_tokens: 401 - A JSON web token could not be decoded // See: https://docs.github.com/rest (Octokit::Unauthorized)',
      'signature.invalid',
      'github-app',
    ],
  ] as const)('catches: %s', async (_name, paste, code, platform) => {
    const f = await catches(code, paste);
    expect(f.args).toMatchObject({ platform });
    const r = await run(paste);
    expect(r.nextSteps.join('\n')).toContain(platform === 'apns' ? 'provider token' : 'the App’s');
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain(platform === 'apns' ? 'プロバイダートークン' : 'App');
  });

  it('says the APNs rule when its words name a stale token', async () => {
    const f = await catches(
      'time.expired',
      'ExpiredProviderToken : The provider token is stale and a new token should be generated.',
    );
    expect(f.title).toBe('The token is older than the platform accepts');
  });

  it('catchesNot: the words in other shapes', async () => {
    // A device token APNs does not know is not the provider token (BadDeviceToken).
    const device = await run('{"reason":"BadDeviceToken"}');
    expect(device.findings.some((f) => f.args.platform !== undefined)).toBe(false);
    // Another library's "exp is too far in the future" is not GitHub's sentence (its quotes and case).
    const other = await run('Error: JWT exp claim is too far in the future');
    expect(other.findings.some((f) => f.args.platform !== undefined)).toBe(false);
    const lower = await run("'expiration time' claim ('exp') is too far in the future");
    expect(lower.findings.some((f) => f.args.platform !== undefined)).toBe(false);
  });
});

describe('a signed JWT assertion refused by Box’s and Salesforce’s token endpoints (parse/jwt-assertion.ts)', () => {
  it.each([
    // box/box-java-sdk#404
    ['Box, exp checked', '{"error":"invalid_grant","error_description":"Please check the \'exp\' claim."}', 'lifetime'],
    // cburnette/boxr#69
    [
      'Box, exp over 60 seconds',
      '400: {\n  "error": "invalid_grant",\n  "error_description": "Please check the \'exp\' claim. The \'exp\' value exceeds the maximum value of 60 seconds beyond the issue time."\n} (Boxr::BoxrError)',
      'lifetime',
    ],
    // box/box-windows-sdk-v2#265, its slash escaped as the body wrote it
    [
      'Box, exp already past',
      '{"error":"invalid_grant","error_description":"Current date\\/time MUST be before the expiration date\\/time listed in the \'exp\' claim"}',
      'lifetime',
    ],
    // omniphx/forrest#278
    [
      'Salesforce, the user not pre-authorized',
      'Client error: `POST https://login.salesforce.com/services/oauth2/token` resulted in a `400 Bad Request` response: {"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}',
      'consent',
    ],
    // frankkessler/salesforce-laravel-oauth2-rest#68
    [
      'Salesforce, the assertion refused',
      'resulted in a `400 Bad Request` response:\n{"error":"invalid_grant","error_description":"invalid assertion"}',
      'grant',
    ],
  ] as const)('catches: %s', async (_name, paste, problem) => {
    const f = await catches('token.revoked', paste);
    expect(f.args).toMatchObject({ jwtAssertion: problem });
    expect(f.title).not.toContain('has been revoked');
    const steps = (await run(paste)).nextSteps.join('\n');
    expect(steps).not.toMatch(/sign in again/i);
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.findings[0]?.title).not.toBe('');
  });

  it('catchesNot: a refresh token refused, or the words outside a description', async () => {
    const refresh = await catches(
      'token.revoked',
      '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
    );
    expect(refresh.args.jwtAssertion).toBeUndefined();
    const prose = await run("Our runbook: if Box says please check the 'exp' claim, sync the clock.");
    expect(prose.findings.some((f) => f.args.jwtAssertion !== undefined)).toBe(false);
  });
});

describe('a refusal naming the platform with no JWT pasted: the steps say how its JWT is minted', () => {
  it('catches: App Store Connect’s NOT_AUTHORIZED (egodigital/node-appstore-connect#3, blacktop/ipsw#301)', async () => {
    const f = await catches(
      'token.missing',
      `Error: Unexpected Response: [401] '${ASC_401}'\nat Client.downloadSalesReportSummary (.../node_modules/@egodigital/appstore-connect/lib/index.js:137:19)`,
    );
    expect(f.args).toMatchObject({ platform: 'app-store-connect', eitherStated: true });
    const r = await run(
      `⨯ 401 Unauthorized: NOT_AUTHORIZED: Authentication credentials are missing or invalid. (${JSON.parse(ASC_401).errors[0].detail})`,
    );
    expect(r.nextSteps[0]).toContain('appstoreconnect-v1');
    const ja = await run(ASC_401, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('appstoreconnect-v1');
  });

  it('catches: Apple’s and Okta’s invalid_client, the client’s own JWT refused', async () => {
    // mikebronner/laravel-sign-in-with-apple#53
    const apple = await catches(
      'oauth.invalid-client',
      'Client error: `POST https://appleid.apple.com/auth/token` resulted in a `400 Bad Request` response: {"error":"invalid_client","email_verified":false}',
    );
    expect(apple.args).toMatchObject({ platform: 'sign-in-with-apple' });
    // okta/okta-sdk-python#382
    const okta = await catches(
      'oauth.invalid-client',
      `okta-sdk-python - http_client - ERROR - {'message': "HTTP 401 {'error': 'invalid_client', 'error_description': 'The client_assertion token has an expiration too far into the future.'}"}`,
    );
    expect(okta.args).toMatchObject({ platform: 'okta' });
    expect(
      (
        await run(
          '{"error":"invalid_client","error_description":"The client_assertion token has an expiration too far into the future."}',
        )
      ).nextSteps[0],
    ).toContain('exp under an hour');
  });

  it('catchesNot: an invalid_client from a provider that takes a client secret keeps its own steps', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'POST https://auth.example.com/oauth/token\n{"error":"invalid_client"}',
    );
    expect(f.args.platform).toBeUndefined();
    const t = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\n{"message":"Authentication credentials are missing or invalid."}',
    );
    expect(t.args.platform).toBeUndefined();
  });
});

describe('Keycloak refusing a client assertion with no iat (parse/verifier-messages/self-signed.ts)', () => {
  // HeliosSoftware/hfs#1437: a SMART Backend Services assertion with exp = now + 300 and no iat.
  const paste = [
    'KC-SERVICES0025: Error when validating client assertion: java.lang.RuntimeException:',
    '  Token expiration is too far in the future and iat claim not present in token',
    'type="CLIENT_LOGIN_ERROR", clientId="hfs-import", error="invalid_client_credentials", grant_type="client_credentials"',
  ].join('\n');

  it('catches: the exp refused for want of iat, as the cause, with the step to add iat', async () => {
    const f = await catches('time.long-lifetime', paste);
    expect(f).toMatchObject({ severity: 'error', args: { via: 'keycloak', assertionNoIat: true } });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps[0]).toContain('Add iat to the client assertion');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('iat');
  });

  it('catchesNot: Keycloak’s other words about a token keep their readings', async () => {
    const r = await run('{"error":"invalid_grant","error_description":"Token is not active"}');
    expect(r.findings.some((f) => f.args.assertionNoIat !== undefined)).toBe(false);
  });
});

describe('GitHub’s stated refusal classifies the failure', () => {
  it('an exp too far ahead is an authentication failure (rocq-prover/bot#204)', async () => {
    const r = await run(GITHUB_EXP);
    expect(r.classification).toBe('authentication');
  });
});

describe('GitHub knowing no App by the JWT’s iss', () => {
  it('catches: "Integration not found" (actions/create-github-app-token#76)', async () => {
    const paste =
      'Failed to create token for "rivile-org" (attempt 1): Integration not found\nRequestError [HttpError]: Integration not found';
    const f = await catches('oauth.invalid-client', paste);
    expect(f.args).toMatchObject({ via: 'github', platform: 'github-app' });
    expect((await run(paste)).nextSteps.join('\n')).toContain('belong to the same GitHub App');
  });

  it('catchesNot: the words inside a sentence', async () => {
    await catchesNot('oauth.invalid-client', 'The GitHub Integration not found in our catalog is a Slack one.');
  });
});

describe('Salesforce’s refusal of the user a JWT bearer assertion names, printed outside a body', () => {
  it.each([
    // restforce/restforce#674
    ["invalid_grant: user hasn't approved this consumer (400)"],
    // forcedotcom/cli#1028
    [
      "ERROR running force:user:create: Error authenticating with JWT config due to: user hasn't approved this consumer",
    ],
  ])('catches: %s', async (paste) => {
    const f = await catches('token.revoked', paste);
    expect(f.args).toMatchObject({ via: 'salesforce', jwtAssertion: 'consent' });
  });

  it('catchesNot: the body’s own description is read once, by the body', async () => {
    const r = await run('{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}');
    expect(r.findings.filter((f) => f.code === 'token.revoked')).toHaveLength(1);
  });
});

describe('Entra ID refusing a client assertion’s signature (AADSTS700027)', () => {
  it('catches: the key not found, in a token endpoint’s body (AzureAD/passport-azure-ad#453)', async () => {
    const f = await catches(
      'oauth.invalid-client',
      '{"error":"invalid_client","error_description":"AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id \'911f001c-650d-4b8e-97ac-e3a88ec20df9\'."}',
    );
    expect(f.args).toMatchObject({ assertionKey: 'not-found' });
    expect(f.title).toBe('The identity provider could not verify the client assertion’s signature');
  });

  it('catches: an expired certificate, as MSAL prints it', async () => {
    const paste =
      "MsalServiceException: AADSTS700027: Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: 'D9A7EBC6', Found key 'Start=01/22/2018 09:13:33, End=01/23/2021 09:13:33']";
    const f = await catches('oauth.invalid-client', paste);
    expect(f.args).toMatchObject({ via: 'entra-id', assertionKey: 'expired' });
    expect((await run(paste)).nextSteps[0]).toContain('renew the certificate');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('証明書');
  });

  it('catchesNot: a client secret refused keeps its steps', async () => {
    const f = await catches(
      'oauth.invalid-client',
      '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}',
    );
    expect(f.args.assertionKey).toBeUndefined();
  });
});

describe('DocuSign’s JWT grant answering consent_required', () => {
  it('catches: the one-time consent, not a silent request’s fallback (docusign/docusign-esign-csharp-client#341)', async () => {
    const paste =
      'DocuSign.eSign.Client.ApiException: "Error while requesting server, received a non successful HTTP code with response Body: {"error":"consent_required"}"';
    const f = await catches('oauth.interaction-required', paste);
    expect(f.args).toMatchObject({ reason: 'consent', provider: 'docusign' });
    expect((await run(paste)).nextSteps[0]).toContain('signature%20impersonation');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('インテグレーションキー');
  });

  it('catchesNot: another provider’s consent_required keeps its steps', async () => {
    const f = await catches(
      'oauth.interaction-required',
      '{"error":"consent_required","error_description":"Consent required"}',
    );
    expect(f.args.provider).toBeNull();
  });
});

describe('an API’s own token beside a platform’s name is not held to the platform’s rules', () => {
  it('catchesNot: a backend’s session JWT in a paste about Sign in with Apple or App Store Connect', async () => {
    const own = jwt(
      { alg: 'RS256', kid: 'k1' },
      {
        iss: 'https://api.example.com',
        sub: 'user-42',
        aud: 'https://api.example.com',
        iat: NOW - 60,
        exp: NOW + 3600,
      },
    );
    for (const words of [
      'We sign users in with appleid.apple.com, then',
      'Our worker calls api.appstoreconnect.apple.com, and',
    ]) {
      const r = await run(`${words} our own API answers 401:\nAuthorization: Bearer ${own}\nHTTP/1.1 401 Unauthorized`);
      expect(r.findings.some((f) => f.args.platform !== undefined)).toBe(false);
      expect(r.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
    }
  });
});
