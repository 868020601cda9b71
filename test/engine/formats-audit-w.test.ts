/**
 * Round audit-w: pastes from public issue threads (sources beside each row), read as the on-call engineer reads them.
 * WSO2's OAuth2-scheme challenge states Bearer's errors; Microsoft Graph's and Google IAP's audience refusals name their
 * own product, not PyJWT's words; onelogin-oidc's issuer check, kreait's unknown kid and go-oidc's discovery check are
 * read.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('an OAuth2-scheme challenge with an RFC 6750 error (WSO2 API Manager)', () => {
  // wso2/product-apim#9110 quotes the header as its gateway sends it.
  const wso2 =
    'WWW-Authenticate: OAuth2 realm="WSO2 API Manager", error="invalid_token", error_description="The access token expired"';

  it('catches: the challenge alone says the token expired', async () => {
    const f = await catches('time.expired', `\`${wso2}\``);
    expect(f.source).toBe('response-header');
    await catches('challenge.invalid-token', `HTTP/1.1 401 Unauthorized\n${wso2}\n`);
  });

  it('catches not: a Bearer token answered by it is no scheme mismatch', async () => {
    const input = `GET /pizzashack/1.0.0/menu HTTP/1.1\nAuthorization: Bearer 2f6a1c0e-3b7d-4c4e-9f51-0a8f3b2d1c44\n\nHTTP/1.1 401 Unauthorized\n${wso2}\n`;
    const report = await catchesNot('challenge.scheme-mismatch', input);
    expect(report.findings[0]?.code).toBe('time.expired');
  });

  it('catches not: a bare OAuth2 challenge, or another scheme with an error, states nothing', async () => {
    const bare = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: OAuth2 realm="WSO2 API Manager"\n');
    expect(bare.findings.map((f) => f.code)).not.toContain('challenge.invalid-token');
    const basic = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x", error="invalid_token"\n');
    expect(basic.findings.map((f) => f.code)).not.toContain('challenge.invalid-token');
  });
});

describe('audience refusals name the product that refused', () => {
  it('catches: Microsoft Graph’s body (microsoftgraph/microsoft-graph-docs#16208) is Graph’s, not PyJWT’s', async () => {
    const input =
      '{\n    "error": {\n        "code": "InvalidAuthenticationToken",\n        "message": "Access token validation failure. Invalid audience.",\n        "innerError": {\n            "date": "2022-03-17T16:05:41"\n        }\n    }\n}';
    const f = await catches('claim.aud-mismatch', input);
    expect(f.args).toMatchObject({ via: 'microsoft-graph' });
  });

  it('catches: Google IAP’s reply (GoogleCloudPlatform/professional-services#603) with both audiences', async () => {
    const input =
      "Invalid IAP credentials: JWT audience doesn't match this application ('aud' claim (YYYYYY.apps.googleusercontent.com) doesn't match expected value (XXXXXXX.apps.googleusercontent.com))\"";
    const f = await catches('claim.aud-mismatch', input);
    expect(f.args).toMatchObject({ via: 'google-iap' });
    expect(f.detail).toContain('XXXXXXX.apps.googleusercontent.com');
  });

  it('catches not: PyJWT’s own traceback still names PyJWT', async () => {
    const f = await catches('claim.aud-mismatch', 'jwt.exceptions.InvalidAudienceError: Invalid audience');
    expect(f.args).toMatchObject({ via: 'pyjwt' });
  });
});

describe('issuer and key refusals of other libraries', () => {
  it('catches: onelogin-oidc’s issuer check (onelogin/onelogin-oidc-node#12) with both issuers', async () => {
    const input =
      'I get this error:\n\n**id token not issued by correct OpenID provider - expected: https://myapp.onelogin.com/oidc | from: https://openid-connect-eu.onelogin.com/oid**\n';
    const f = await catches('claim.iss-mismatch', input);
    expect(f.detail).toContain('"https://openid-connect-eu.onelogin.com/oid"');
    expect(f.detail).toContain('"https://myapp.onelogin.com/oidc"');
  });

  it('catches: kreait’s UnknownKey (beste/firebase-tokens-php#15) names the kid', async () => {
    const input =
      '`A key with ID "3494b1e786cdad092e423766bbe37f54ed87b22d" could not be found. {"exception":"[object] (Firebase\\\\Auth\\\\Token\\\\Exception\\\\UnknownKey(code: 0)`';
    const f = await catches('key.kid-unknown', input);
    expect(f.title).toContain('3494b1e786cdad092e423766bbe37f54ed87b22d');
  });

  it('catches not: "a key with ID" in prose, without the library’s closing words', async () => {
    await catchesNot('key.kid-unknown', 'We rotated to a key with ID "abc" yesterday and it works.');
  });

  it('catches: go-oidc’s discovery check (coreos/go-oidc#245) is the verifier’s set-up, not the token', async () => {
    const input =
      'oidc: issuer did not match the issuer returned by provider, expected \\"https://login.microsoftonline.com/organizations/v2.0\\" got \\"https://login.microsoftonline.com/{tenantid}/v2.0\\';
    const report = await catchesNot('claim.iss-mismatch', input);
    expect(report.findings[0]?.code).toBe('verifier.misconfigured');
  });
});
