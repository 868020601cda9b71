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

describe('the step follows what the refusing software means', () => {
  // jpadilla/pyjwt#622 and #120: "Invalid audience" with a token that has aud and a decode() given no audience;
  // PyJWT's _validate_aud ("Application did not specify an audience, but the token has the 'aud' claim").
  const traceback =
    '  File "F:\\\\INSTALL\\\\Python38\\\\lib\\\\site-packages\\\\jwt\\\\api_jwt.py", line 185, in _validate_aud\n    raise InvalidAudienceError("Invalid audience")\njwt.exceptions.InvalidAudienceError: Invalid audience\n';

  it('catches: PyJWT’s "Invalid audience" asks first for audience= in jwt.decode()', async () => {
    const f = await catches('claim.aud-mismatch', traceback);
    expect(f.args).toMatchObject({ via: 'pyjwt', noAudiencePassed: true });
    const report = await run(traceback);
    expect(report.nextSteps[0]).toContain('audience="<the API’s audience>"');
    const ja = await run(traceback, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('audience="<API の audience>"');
  });

  it('catches not: PyJWT 2.x’s "Audience doesn’t match" is a mismatch, with the usual step', async () => {
    const f = await catches('claim.aud-mismatch', "jwt.exceptions.InvalidAudienceError: Audience doesn't match");
    expect(f.args).not.toHaveProperty('noAudiencePassed');
  });

  it('catches: Graph’s own refusal asks for a token for Graph, with no token pasted', async () => {
    const report = await run(
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}',
    );
    expect(report.nextSteps[0]).toContain('https://graph.microsoft.com/.default');
  });
});

describe('"Invalid audience" that goes on is another verifier’s mismatch', () => {
  for (const input of [
    'HTTP/1.1 401 Unauthorized\n\n{"errors":["Invalid audience. Expected https://api.acme-corp.com, received https://admin.acme-corp.com"]}',
    'vaultResponse: {"errors":["error validating token: invalid audience (aud) claim: audience claim does not match any expected audience"]}',
  ])
    it(`catches not: no decode() step for ${input.slice(0, 40)}…`, async () => {
      const f = await catches('claim.aud-mismatch', input);
      expect(f.args).not.toHaveProperty('noAudiencePassed');
    });
});

describe('the API server’s x509 refusal in Go’s older words (kubernetes/minikube#8945)', () => {
  const line =
    'E0809 16:13:15.327109       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid';

  it('catches: the client certificate, not a bearer token', async () => {
    const f = await catches('time.expired', `${line}\n${line.replace('15.327109', '15.824658')}\n`);
    expect(f.args).toMatchObject({ clientCertificate: { product: 'kubernetes' } });
  });

  it('catches not: kubectl refusing the server’s certificate is no authentication failure', async () => {
    await catchesNot(
      'time.expired',
      'Unable to connect to the server: x509: certificate has expired or is not yet valid',
    );
  });
});
