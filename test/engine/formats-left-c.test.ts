/**
 * Round left-c: what the stop's audits found and left. A federation's refusal of the issuer or audience is fixed in
 * the federated credential; a refused refresh names the provider the paste shows; a 403 against a working token leads
 * with the grant it lacks; Argo CD's and STS's own set-up get their own steps; a header cut inside "Bearer" and a
 * payload's tail are cuts, not opaque tokens; a scope differing only in case says so; a bare 4xx asks for its body.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (header: object, claims: object) => `${b64(header)}.${b64(claims)}.***`;
const CLAIMS = {
  iss: 'https://auth.acme-corp.com/',
  sub: 'auth0|6650f1c2a9d3e4b5c6d7e8f9',
  aud: 'https://api.acme-corp.com',
  iat: 1779975600,
  exp: 1779979200,
};

describe('a federation’s refusal of the issuer or audience (item 1)', () => {
  const ISSUER = 'https://eastus2.oic.prod-aks.azure.com/7b3f0e2a-1111-4c3e-9a0b-2f4a6c8d0e11/c9e7a1b2/';

  it('catches AADSTS700211 as the federated credential’s issuer, with that step', async () => {
    const input = `{"error":"invalid_client","error_description":"AADSTS700211: No matching federated identity record found for presented assertion issuer '${ISSUER}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion."}`;
    const f = await catches('claim.iss-mismatch', input);
    expect(f.args).toMatchObject({ via: 'entra-id', iss: ISSUER, federation: true });
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('Add a federated credential for this issuer');
    expect(report.nextSteps[0]).toContain(`"${ISSUER}"`);
    expect(report.nextSteps.join(' ')).not.toContain('which one the API trusts');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('フェデレーション資格情報');
  });

  it('catches AADSTS700212 as the federated credential’s audience', async () => {
    const input =
      "ERROR: AADSTS700212: No matching federated identity record found for presented assertion audience 'https://gitlab.com'";
    const f = await catches('claim.aud-mismatch', input);
    expect(f.args).toMatchObject({ aud: ['https://gitlab.com'], federation: true });
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('federated credential’s audience');
  });

  it('does not read an API’s own issuer check (IDX10205) as a federation’s', async () => {
    const input =
      "IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/aaaa/'. Did not match: validationParameters.ValidIssuer: 'https://login.microsoftonline.com/bbbb/v2.0'";
    const f = await catches('claim.iss-mismatch', input);
    expect(f.args).not.toHaveProperty('federation');
    const report = await run(input);
    expect(report.nextSteps.join(' ')).not.toContain('federated credential');
  });
});

describe('a refused refresh names the provider the paste shows (item 2)', () => {
  const provider = async (input: string) => (await catches('token.revoked', input)).args.provider;

  it('names Auth0, Okta, Google and Cognito by their own words', async () => {
    expect(await provider('{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}')).toBe(
      'auth0',
    );
    expect(
      await provider('{"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}'),
    ).toBe('okta');
    expect(await provider('oauth2: "invalid_grant" "Token has been expired or revoked."')).toBe('google');
    expect(
      await provider(
        'POST https://acme.auth.eu-west-1.amazoncognito.com/oauth2/token grant_type=refresh_token\n{"error":"invalid_grant"}',
      ),
    ).toBe('cognito');
  });

  it('names Keycloak by its realm URL, and gives its sessions’ step', async () => {
    const input = [
      'POST https://sso.acme-corp.com/realms/acme/protocol/openid-connect/token',
      '{"error":"invalid_grant","error_description":"Invalid refresh token"}',
    ].join('\n');
    expect(await provider(input)).toBe('keycloak');
    const report = await run(input);
    expect(report.nextSteps[0]).toBe('Sign in again (the application’s own login) to get a new refresh token.');
    expect(report.nextSteps[1]).toContain('SSO Session Idle');
    expect(report.nextSteps.join(' ')).not.toContain('az login');
  });

  it('keeps az login for Entra ID alone', async () => {
    const report = await run(
      '{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-02-20T14:09:58Z"}',
    );
    expect(report.nextSteps[0]).toContain('az login');
  });

  it('names none, and stays generic, when the paste shows no provider or several', async () => {
    const spring =
      'OAuth2AuthorizationException: [invalid_token_response] 401 Unauthorized: [{"error":"invalid_grant","error_description":"Invalid refresh token"}]';
    expect(await provider(spring)).toBeUndefined();
    const report = await run(spring);
    expect(report.nextSteps[1]).toContain('the identity provider’s refresh token lifetimes');
    expect(report.nextSteps.join(' ')).not.toMatch(/Supabase|Firebase|Entra/);
    const two = [
      'POST https://acme.us.auth0.com/oauth/token grant_type=refresh_token',
      'fallback https://acme.okta.com/oauth2/default/v1/token',
      '{"error":"invalid_grant"}',
    ].join('\n');
    expect(await provider(two)).toBeUndefined();
  });
});

describe('a 403 with several differences from the working token (item 3)', () => {
  const failing = jwt({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, { ...CLAIMS, scope: 'read:orders' });
  const working = jwt(
    { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' },
    { ...CLAIMS, scope: 'read:orders write:orders' },
  );
  const paste = (status: string) =>
    `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${failing}"\n${status}\n\nthis one works from Postman: ${working}`;

  it('leads a 403 with the grant the failing token lacks, then the key', async () => {
    const f = await catches('token.differs-from-working', paste('HTTP/1.1 403 Forbidden'));
    expect(f.args).toMatchObject({ forbidden: true });
    const report = await run(paste('HTTP/1.1 403 Forbidden'));
    expect(report.nextSteps[0]).toContain('Request the grants the working token carries');
    expect(report.nextSteps[1]).toContain('signed with different keys or algorithms');
  });

  it('leads a 401 with the key, the grant last', async () => {
    const f = await catches('token.differs-from-working', paste('HTTP/1.1 401 Unauthorized'));
    expect(f.args).not.toHaveProperty('forbidden');
    const steps = (await run(paste('HTTP/1.1 401 Unauthorized'))).nextSteps;
    const key = steps.findIndex((s) => s.includes('signed with different keys'));
    const grants = steps.findIndex((s) => s.includes('Request the grants the working token carries'));
    expect(key).toBeGreaterThanOrEqual(0);
    expect(grants).toBeGreaterThan(key);
  });
});

describe('verifier.misconfigured for a product’s own set-up (item 4)', () => {
  it('gives Argo CD’s SSO settings for "SSO is not configured"', async () => {
    const input =
      'error="rpc error: code = Unauthenticated desc = invalid session: SSO is not configured" grpc.code=Unauthenticated';
    const f = await catches('verifier.misconfigured', input);
    expect(f.args).toMatchObject({ via: 'argocd', setup: 'argocd-sso' });
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('argocd-cm');
    expect(report.nextSteps.join(' ')).not.toContain('Fix the API’s JWT configuration');
  });

  it('gives the IAM OIDC provider’s thumbprints for STS’s thumbprint refusal', async () => {
    const input =
      "failed to retrieve credentials caused by: InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint";
    const f = await catches('verifier.misconfigured', input);
    expect(f.args).toMatchObject({ via: 'aws-sts', setup: 'aws-oidc-thumbprint' });
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('update-open-id-connect-provider-thumbprint');
  });

  it('does not give them to STS’s missing provider, which keeps its own steps', async () => {
    const f = await catches(
      'verifier.misconfigured',
      'InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
    );
    expect(f.args).not.toHaveProperty('setup');
    expect(f.args).toHaveProperty('oidcProvider');
  });
});

describe('token-shaped oddities that are cuts (item 5)', () => {
  it('reads a header cut inside "Bearer" at the paste’s end as a cut, not a bare opaque token', async () => {
    const report = await catchesNot('token.opaque', 'Authorization: Beare');
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('authz-header.scheme');
    const empty = await catches('input.empty', 'Authorization: Beare');
    expect(empty.args).toEqual({ read: 'authorization' });
    const ja = await run('Authorization: Bea', { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('Authorization ヘッダーの途中');
  });

  it('reads "Bearer Bearer … Bea" as the double prefix alone', async () => {
    const input = `authorization: ${'Bearer '.repeat(40)}Bea`;
    await catches('authz-header.double-prefix', input);
    await catchesNot('token.opaque', input);
    await catchesNot('token.opaque', `Authorization: ${'Bearer '.repeat(40)}`);
  });

  it('reads the end of a payload and its dot as a malformed, cut token', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\n\nAuthorization: Bearer eTc3OTk4MDk0MH0.\n';
    const f = await catches('token.malformed', input);
    expect(f.args).toMatchObject({ reason: 'payload-tail', endsPaste: true });
    await catchesNot('token.opaque', input);
  });

  it('keeps opaque tokens opaque: a word and a dot, a short token, a cut word mid-paste', async () => {
    expect((await catches('token.opaque', 'Authorization: Bearer hello-world.')).args).toMatchObject({ length: 12 });
    await catches('token.opaque', 'Authorization: Bearer Bea7xQ9\nHTTP/1.1 401 Unauthorized');
    // Not at the paste's end, a lone "Beare" is what the request sent: its missing scheme is still said.
    const mid = await run('Authorization: Beare\nHTTP/1.1 401 Unauthorized');
    expect(mid.findings.map((f) => f.code)).toContain('authz-header.scheme');
  });
});

describe('a scope that differs only in letter case (item 6)', () => {
  const token = jwt({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, { ...CLAIMS, scope: 'Read:Orders write:orders' });
  const input = `HTTP/1.1 403 Forbidden\nAuthorization: Bearer ${token}`;

  it('says the grant differs only in case, and to align the spelling', async () => {
    const f = await catches('scope.insufficient', input, { requiredScopes: ['read:orders'] });
    expect(f.args).toMatchObject({ caseOnly: [{ granted: 'Read:Orders', required: 'read:orders' }] });
    expect(f.title).toContain('only in letter case');
    const report = await run(input, { requiredScopes: ['read:orders'] });
    expect(report.nextSteps[0]).toContain('"Read:Orders"');
    expect(report.nextSteps.join(' ')).not.toContain('Request a token with');
  });

  it('does not say so of a scope the token lacks in every case', async () => {
    const f = await catches('scope.insufficient', input, { requiredScopes: ['admin:orders'] });
    expect(f.args).not.toHaveProperty('caseOnly');
    expect(f.title).toBe('The token lacks admin:orders');
  });
});

describe('a bare 4xx or 2xx status (item 7)', () => {
  it('asks for a 400’s body when none is pasted', async () => {
    const f = await catches('status.not-auth', 'HTTP/1.1 400 ');
    expect(f.args).toEqual({ status: 400, noBody: true });
    const report = await run('HTTP/1.1 400 Bad Request\nDate: Thu, 28 May 2026 14:09:58 GMT');
    expect(report.nextSteps[0]).toContain('Paste the response body too');
  });

  it('does not ask for it when a body is there', async () => {
    const f = await catches('status.not-auth', 'HTTP/1.1 400 Bad Request\n\nmissing parameter: order_id');
    expect(f.args).not.toHaveProperty('noBody');
  });

  it('calls a 2xx a success, not a request to check', async () => {
    const report = await run('HTTP/1.1 202 Accepted');
    expect(report.nextSteps[0]).toContain('A 2xx is a success');
    expect(report.nextSteps.join(' ')).not.toContain('Check the request itself');
  });
});
