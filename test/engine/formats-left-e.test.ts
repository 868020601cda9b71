/**
 * Round "left-e": things earlier audits left undone. Federation refusals beyond Entra ID name where their own trust
 * keeps the value the token's aud or iss was compared with (AWS STS: the IAM OIDC provider's audiences; Google STS: the
 * pool provider's allowed audiences; Vault's JWT auth: the role's bound_audiences, the mount's bound_issuer). Product
 * strings are cited beside the rows that read them (parse/verifier-messages/federation.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { renderText } from '../../src/render/text.js';
import { NOW, run } from '../helpers/catches.js';
import { rs256 } from '../helpers/tokens.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}

describe('left-e 1: a federation’s aud / iss refusal names the trust’s own setting', () => {
  it('AWS STS Incorrect token audience: the IAM OIDC provider’s audiences', async () => {
    const r = await run(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    );
    expect(findingOf(r, 'claim.aud-mismatch').args.federation).toBe(true);
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('add-client-id-to-open-id-connect-provider');
    expect(steps).not.toContain('Request the token for this API’s audience');
  });

  it('configure-aws-credentials’ line: the same', async () => {
    const r = await run('Error: Could not assume role with OIDC: Incorrect token audience');
    expect(findingOf(r, 'claim.aud-mismatch').args.federation).toBe(true);
    expect(r.nextSteps.join('\n')).toContain('IAM OIDC provider');
  });

  it('Google STS: the pool provider’s allowed audiences, the token’s aud named', async () => {
    const r = await run(
      'Error: google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/gh/providers/gh: {"error":"invalid_grant","error_description":"The audience in ID Token [https://github.com/acme] does not match the expected audience."}',
    );
    const f = findingOf(r, 'claim.aud-mismatch');
    expect(f.args).toMatchObject({ via: 'gcp-sts', aud: ['https://github.com/acme'], federation: true });
    expect(r.nextSteps.join('\n')).toContain('allowed audiences');
  });

  it('Vault, cap’s words: the role’s bound_audiences', async () => {
    const r = await run(
      'Code: 400. Errors:\n\n* error validating token: invalid audience (aud) claim: audience claim does not match any expected audience',
    );
    expect(findingOf(r, 'claim.aud-mismatch').args.federation).toBe(true);
    expect(r.nextSteps.join('\n')).toContain('bound_audiences');
  });

  it('Vault, older words through vault-action: the role’s bound_audiences', async () => {
    const r = await run(
      'vaultResponse: {"errors":["error validating claims: aud claim does not match any bound audience"]}',
    );
    expect(r.nextSteps.join('\n')).toContain('bound_audiences');
  });

  it('Vault iss: the mount’s bound_issuer and discovery URL', async () => {
    const r = await run('Code: 400. Errors:\n\n* error validating token: invalid issuer (iss) claim');
    expect(findingOf(r, 'claim.iss-mismatch').args.federation).toBe(true);
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('bound_issuer');
    expect(steps).toContain('oidc_discovery_url');
  });

  it('Japanese: the same steps in ja', async () => {
    const r = await run('Error: Could not assume role with OIDC: Incorrect token audience', { locale: 'ja' });
    expect(r.nextSteps.join('\n')).toContain('IAM OIDC プロバイダーの対象者');
  });

  it('not: Firebase Auth’s audience words are an app’s sign-in, not a federation trust', async () => {
    const r = await run(
      'FirebaseError: The audience in ID Token [host.exp.Exponent] does not match the expected audience com.acme.app',
    );
    const f = r.findings.find((x) => x.code === 'claim.aud-mismatch');
    expect(f?.args.federation).toBeUndefined();
  });

  it('not: an API’s own audience refusal keeps the API’s step', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\nJsonWebTokenError: jwt audience invalid. expected: api://orders');
    expect(findingOf(r, 'claim.aud-mismatch').args.federation).toBeUndefined();
    expect(r.nextSteps.join('\n')).not.toContain('IAM OIDC provider');
  });

  it('not: Entra’s AADSTS700212 keeps the federated credential’s step', async () => {
    const r = await run(
      "AADSTS700212: No matching federated identity record found for presented assertion audience 'https://gitlab.com'.",
    );
    expect(r.nextSteps.join('\n')).toContain('api://AzureADTokenExchange');
  });
});

describe('left-e 2: Django REST framework’s token header messages name the problem', () => {
  it('“No credentials provided.”: the scheme word alone, an empty variable', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token\nContent-Type: application/json\n\n{"detail":"Invalid token header. No credentials provided."}',
    );
    const f = findingOf(r, 'authz-header.format');
    expect(f.args.problems).toEqual(['no-credentials']);
    expect(r.nextSteps.join('\n')).toContain('Send exactly "Authorization: Bearer <token>"');
    expect(r.findings.map((x) => x.code)).not.toContain('token.missing');
  });

  it('“Token string should not contain spaces.”: extra whitespace', async () => {
    const r = await run('{"detail":"Invalid token header. Token string should not contain spaces."}');
    expect(findingOf(r, 'authz-header.format').args.problems).toEqual(['extra-space']);
  });

  it('“… should not contain invalid characters.”: characters outside b64token', async () => {
    const r = await run('{"detail":"Invalid token header. Token string should not contain invalid characters."}');
    expect(findingOf(r, 'authz-header.format').args.problems).toEqual(['bad-characters']);
  });

  it('SimpleJWT’s “two space-delimited values” names no one problem (one word or three)', async () => {
    const r = await run(
      '{"detail":"Authorization header must contain two space-delimited values","code":"bad_authorization_header"}',
    );
    expect(findingOf(r, 'authz-header.format').args.problems).toEqual([]);
  });

  it('Japanese words for the empty credential', async () => {
    const r = await run('{"detail":"Invalid token header. No credentials provided."}', { locale: 'ja' });
    expect(r.findings[0]?.detail).toContain('スキームの語');
  });

  it('not: DRF’s “Authentication credentials were not provided.” is no header at all', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"detail":"Authentication credentials were not provided."}');
    expect(r.findings.map((x) => x.code)).not.toContain('authz-header.format');
  });

  it('not: prose about spaces in a token string', async () => {
    const r = await run('our token string should not contain spaces, right?');
    expect(r.findings.map((x) => x.code)).not.toContain('authz-header.format');
  });
});

describe('left-e 4: Salesforce’s refused client names the connected app’s consumer key', () => {
  it('Guzzle’s print of invalid_client_id “client identifier invalid”', async () => {
    const r = await run(
      'Client error: `POST https://login.salesforce.com/services/oauth2/token` resulted in a `400 Bad Request` response: {"error":"invalid_client_id","error_description":"client identifier invalid"}',
    );
    expect(findingOf(r, 'oauth.invalid-client').args.via).toBe('salesforce');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('Consumer Key');
    expect(steps).toContain('10 minutes');
  });

  it('the form-encoded answer after a redirect', async () => {
    const r = await run('error=invalid_client_id&error_description=client%20identifier%20invalid');
    expect(r.nextSteps.join('\n')).toContain('Consumer Key');
  });

  it('Restforce’s invalid_client: invalid client credentials', async () => {
    const r = await run('Restforce::AuthenticationError: invalid_client: invalid client credentials');
    expect(r.nextSteps.join('\n')).toContain('Consumer Secret');
  });

  it('Japanese: the consumer key step', async () => {
    const r = await run('error=invalid_client_id&error_description=client%20identifier%20invalid', { locale: 'ja' });
    expect(r.nextSteps.join('\n')).toContain('コンシューマー鍵');
  });

  it('not: another provider’s invalid_client keeps the generic step', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}',
    );
    findingOf(r, 'oauth.invalid-client');
    expect(r.nextSteps.join('\n')).not.toContain('Consumer Key');
  });

  it('not: prose about invalid_client_id is nothing to read', async () => {
    const r = await run(
      'the jsforce login keeps failing with invalid_client_id until the connected app propagates, give it 10 minutes',
    );
    expect(r.findings.map((x) => x.code)).not.toContain('oauth.invalid-client');
  });
});

describe('left-e 3: a curl to a token endpoint with no answer asks for the answer', () => {
  const readOf = async (input: string) => (await run(input)).findings.find((f) => f.code === 'input.empty')?.args.read;

  it('curl -X POST …/oauth/token -d grant_type=…, nothing else', async () => {
    const r = await run(
      'curl -X POST https://auth.example.com/oauth/token -d grant_type=client_credentials -d client_id=abc -d client_secret=s3cr3t-value',
    );
    expect(findingOf(r, 'input.empty').args.read).toBe('token-request');
    expect(r.nextSteps.join('\n')).toContain('curl -i');
    expect(JSON.stringify(r)).not.toContain('s3cr3t-value');
  });

  it('Auth0’s multi-line curl (--data grant_type), with a prompt', async () => {
    expect(
      await readOf(
        "$ curl --request POST \\\n  --url https://acme.us.auth0.com/oauth/token \\\n  --header 'content-type: application/x-www-form-urlencoded' \\\n  --data grant_type=client_credentials \\\n  --data client_id=abc",
      ),
    ).toBe('token-request');
  });

  it('a curl cut before grant_type, to Entra ID’s v2.0 token endpoint', async () => {
    expect(
      await readOf('curl -X POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token -d cli'),
    ).toBe('token-request');
  });

  it('Japanese words', async () => {
    const r = await run('curl -X POST https://auth.example.com/oauth/token -d grant_type=client_credentials', {
      locale: 'ja',
    });
    expect(r.findings[0]?.title).toContain('トークンのリクエスト');
  });

  it('not: a curl to an API (/v1/tokens, no grant_type)', async () => {
    expect(await readOf('curl -s https://api.example.com/v1/tokens -H "Accept: application/json"')).toBeUndefined();
  });

  it('not: a curl to a token introspection path', async () => {
    expect(await readOf('curl -s https://idp.example.com/oauth2/token/introspect -d foo=bar')).toBeUndefined();
  });

  it('not: prose naming grant_type, with no curl', async () => {
    expect(await readOf('we call the /oauth/token endpoint with grant_type=client_credentials')).toBeUndefined();
  });

  it('not: a token request with its answer is diagnosed from the answer', async () => {
    const r = await run(
      'curl -i -X POST https://auth.example.com/oauth/token -d grant_type=client_credentials\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_client"}',
    );
    expect(r.findings.map((f) => f.code)).toContain('oauth.invalid-client');
    expect(r.findings.map((f) => f.code)).not.toContain('input.empty');
  });
});

describe('left-e 5: only a log-shaped line is the application’s own verifier log', () => {
  const BODY = 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}\n';
  const appVerifierOf = async (line: string) =>
    (await run(BODY + line)).findings.find((f) => f.code === 'challenge.missing')?.args.appVerifier;

  it('an exception class line', async () => {
    expect(await appVerifierOf('TokenExpiredError: jwt expired')).toBe('jsonwebtoken');
  });

  it('a timestamped line', async () => {
    expect(await appVerifierOf('2026-05-28 14:09:58 ERROR jwt expired')).toBe('jsonwebtoken');
  });

  it('a container prefix before an upper-case level', async () => {
    expect(await appVerifierOf('api-1  | ERROR auth failed: jwt expired')).toBe('jsonwebtoken');
  });

  it('a message followed by a stack frame', async () => {
    expect(await appVerifierOf('jwt expired\n    at /srv/api/node_modules/jsonwebtoken/verify.js:190:21')).toBe(
      'jsonwebtoken',
    );
  });

  it('not: “the log says: jwt expired” (prose)', async () => {
    expect(await appVerifierOf('the log says: jwt expired')).toBeUndefined();
  });

  it('not: “trace log says: …” (prose)', async () => {
    expect(await appVerifierOf('and the trace log says: jwt expired')).toBeUndefined();
  });

  it('not: prose still reads the words (time.expired), only not as the app’s log line', async () => {
    const r = await run(`${BODY}the log says: jwt expired`);
    expect(r.findings.map((f) => f.code)).toContain('time.expired');
  });
});

describe('left-e 6: the Token line does not call a token with an unreadable header signed', () => {
  const CUT_HEADER =
    'Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6.eyJzdWIiOiIxMjMiLCJleHAiOjE3Nzk5NzAwMDB9.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';

  it('a header that does not decode: “JWT, header unreadable”', async () => {
    const r = await run(CUT_HEADER);
    expect(r.token?.header).toBeNull();
    const text = renderText(r);
    expect(text).toContain('JWT, header unreadable');
    expect(text).not.toContain('signed JWT');
  });

  it('Japanese', async () => {
    const r = await run(CUT_HEADER, { locale: 'ja' });
    expect(renderText(r)).toContain('JWT（ヘッダーを読み取れません）');
  });

  it('not: a readable RS256 header is still a signed JWT', async () => {
    const token = rs256({ sub: '1', exp: NOW + 600 }, { kid: 'k1' });
    const r = await run(`Authorization: Bearer ${token.split('.').slice(0, 2).join('.')}.***`);
    expect(renderText(r)).toContain('signed JWT');
  });

  it('not: alg none is still unsigned', async () => {
    const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from('{"sub":"1"}').toString('base64url');
    expect(renderText(await run(`Authorization: Bearer ${header}.${payload}.`))).toContain('unsigned JWT');
  });
});
