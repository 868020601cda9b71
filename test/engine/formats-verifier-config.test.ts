/**
 * The verifier's settings pasted beside the token (parse/verifier-config.ts): its issuer, audiences and algorithms
 * are what the claims are compared with, as `--expect-iss` / `--expect-aud` / `--expect-alg` would be. A client's
 * token request, code that names a variable, and IdentityModel's words for the token's own values are not settings.
 */
import { describe, expect, it } from 'vitest';
import { readVerifierConfig } from '../../src/engine/parse/verifier-config.js';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);
const HS_TOKEN = unsigned({ alg: 'HS256', typ: 'JWT' }, CLAIMS);
const withToken = (config: string, token = TOKEN) =>
  `${config}\nAuthorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized`;

describe('settings that say what the verifier expects', () => {
  it.each([
    [
      'Spring Boot application.properties',
      'spring.security.oauth2.resourceserver.jwt.issuer-uri=https://auth.acme-corp.com',
      'spring-security',
    ],
    [
      'Spring Boot application.yml',
      'spring:\n  security:\n    oauth2:\n      resourceserver:\n        jwt:\n          issuer-uri: https://auth.acme-corp.com',
      'spring-security',
    ],
    ['Quarkus', 'quarkus.oidc.token.issuer=https://auth.acme-corp.com', undefined],
    ['an .env file', 'JWT_ISSUER=https://auth.acme-corp.com', undefined],
    // oauth2-proxy takes the same flags: they name no one verifier.
    [
      'kube-apiserver’s flag',
      'kube-apiserver --oidc-issuer-url=https://auth.acme-corp.com --oidc-client-id=x',
      undefined,
    ],
  ])('%s: an issuer without the token’s trailing slash', async (_name, config, via) => {
    const f = await catches('claim.iss-trailing-slash', withToken(config));
    expect(f.args).toMatchObject({ iss: 'https://auth.acme-corp.com/', expected: 'https://auth.acme-corp.com' });
    expect(f.args.via).toBe(via);
    expect(f.source).toBe('options');
    expect(f.evidence).not.toContain('Bearer');
  });

  it.each([
    [
      'ASP.NET Core TokenValidationParameters',
      'options.TokenValidationParameters = new TokenValidationParameters\n{\n    ValidateAudience = true,\n    ValidAudience = "api://orders",\n};',
      ['api://orders'],
      'ValidAudience = "api://orders"',
    ],
    [
      'ValidAudiences as a C# array',
      'ValidAudiences = new[] { "api://orders", "api://billing" },',
      ['api://orders', 'api://billing'],
      'ValidAudiences = new[] { "api://orders", "api://billing" }',
    ],
    [
      'appsettings.json',
      '{\n  "Jwt": {\n    "Issuer": "https://auth.acme-corp.com/",\n    "Audience": "api://orders"\n  }\n}',
      ['api://orders'],
      '"Audience": "api://orders"',
    ],
    [
      'express-jwt',
      "app.use(jwt({ secret: jwks, audience: 'api://orders', issuer: 'https://auth.acme-corp.com/', algorithms: ['RS256'] }));",
      ['api://orders'],
      "audience: 'api://orders'",
    ],
    [
      'PyJWT',
      'claims = jwt.decode(token, key, algorithms=["RS256"], audience="api://orders")',
      ['api://orders'],
      'audience="api://orders"',
    ],
    [
      'an Istio RequestAuthentication',
      'spec:\n  jwtRules:\n  - issuer: "https://auth.acme-corp.com/"\n    audiences:\n    - api://orders\n    - api://billing',
      ['api://orders', 'api://billing'],
      'audiences: - api://orders',
    ],
    [
      'a YAML flow list',
      'providers:\n  acme:\n    issuer: https://auth.acme-corp.com/\n    audiences: [api://orders]',
      ['api://orders'],
      'audiences: [api://orders]',
    ],
    ['an .env file', 'JWT_AUDIENCE=orders-api', ['orders-api'], 'JWT_AUDIENCE=orders-api'],
    [
      'kube-apiserver’s client id',
      'kube-apiserver --oidc-client-id=kubernetes',
      ['kubernetes'],
      '--oidc-client-id=kubernetes',
    ],
  ])('%s: the token is for another audience', async (_name, config, expected, evidence) => {
    const f = await catches('claim.aud-mismatch', withToken(config));
    expect(f.args).toMatchObject({ aud: ['https://api.acme-corp.com'], expected });
    expect(f.evidence).toBe(evidence);
  });

  it('an algorithm list the token’s alg is not on', async () => {
    const f = await catches(
      'alg.not-allowed',
      withToken("jwt.verify(token, key, { algorithms: ['RS256'] })", HS_TOKEN),
    );
    expect(f.args).toMatchObject({ alg: 'HS256', allowed: ['RS256'], reason: 'expected-list' });
  });

  it('Spring’s jws-algorithms', async () => {
    const f = await catches(
      'alg.not-allowed',
      withToken('spring.security.oauth2.resourceserver.jwt.jws-algorithms=RS512', TOKEN),
    );
    expect(f.args).toMatchObject({ alg: 'RS256', allowed: ['RS512'] });
  });

  it('an OpenID discovery document’s issuer', async () => {
    const doc = '{"issuer":"https://auth.acme-corp.com","jwks_uri":"https://auth.acme-corp.com/.well-known/jwks.json"}';
    await catches('claim.iss-trailing-slash', withToken(doc));
  });

  it('quotes the setting alone, not the secret beside it on its line', async () => {
    const report = await run(
      withToken(
        "app.use(jwt({ secret: 'hunter2-hunter2-hunter2', audience: 'api://orders', algorithms: ['RS256'] }));",
      ),
    );
    const text = JSON.stringify(report);
    expect(text).not.toContain('hunter2');
    expect(report.findings[0]?.code).toBe('claim.aud-mismatch');
  });

  it('a credential typed as a setting’s value is quoted as its fingerprint, not as pasted', async () => {
    const key = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
    const report = await run(`audience: '${key}'\nAuthorization: Bearer ${TOKEN}`);
    expect(report.findings.map((f) => f.code)).toContain('claim.aud-mismatch');
    expect(JSON.stringify(report)).not.toContain(key.slice(4, 20));
  });
});

describe('scopes the verifier’s code requires', () => {
  const SCOPED = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, scope: 'read:orders' });
  const on403 = (code: string) => `${code}\nAuthorization: Bearer ${SCOPED}\nHTTP/1.1 403 Forbidden`;

  it.each([
    [
      'Spring’s @PreAuthorize',
      `@PreAuthorize("hasAuthority('SCOPE_write:orders')")`,
      ['write:orders'],
      'spring-security',
    ],
    [
      'Spring’s request matcher',
      'http.authorizeHttpRequests(a -> a.requestMatchers("/orders/**").hasAuthority("SCOPE_write:orders"));',
      ['write:orders'],
      'spring-security',
    ],
    [
      'express-oauth2-jwt-bearer, one string',
      "app.post('/orders', checkJwt, requiredScopes('read:orders write:orders'), create);",
      ['read:orders', 'write:orders'],
      'express-oauth2-jwt-bearer',
    ],
    [
      'express-oauth2-jwt-bearer, an array',
      "router.delete('/orders/:id', requiredScopes(['delete:orders']), remove);",
      ['delete:orders'],
      'express-oauth2-jwt-bearer',
    ],
    ['Microsoft.Identity.Web', '[RequiredScope("access_as_user")]', ['access_as_user'], 'microsoft-identity-web'],
  ])('%s: the token lacks it', async (_name, code, required, via) => {
    const f = await catches('scope.insufficient', on403(code));
    expect(f.args).toMatchObject({ required, granted: ['read:orders'], via });
    expect(f.source).toBe('options');
    expect(f.evidence).toContain(' vs scope: "read:orders"');
    await catchesNot('policy.deny', on403(code));
  });

  it.each([
    // Any of several scopes is read as any-of since round left-ii (formats-left-ii.test.ts): a token with one of them.
    [
      'any of several authorities, one granted',
      'a.requestMatchers("/orders/**").hasAnyAuthority("SCOPE_admin", "SCOPE_read:orders")',
    ],
    ['any of several scopes, one granted', '[RequiredScope("access_as_user", "read:orders")]'],
    ['a role, not a scope', `@PreAuthorize("hasRole('ADMIN')")`],
    ['a client asking for scopes', 'result = app.acquire_token_for_client(scopes=["api://orders/.default"])'],
    ['a scope the token has', "requiredScopes('read:orders')"],
  ])('%s: no missing scope is inferred', async (_name, code) => {
    await catchesNot('scope.insufficient', on403(code));
  });
});

describe('what is not the verifier’s setting', () => {
  it.each([
    [
      'a client-credentials request (form body)',
      "curl https://auth.acme-corp.com/oauth/token -d 'grant_type=client_credentials&client_id=x&audience=api://orders'",
    ],
    [
      'a token request as JSON',
      '{"client_id":"x","client_secret":"***","audience":"api://orders","grant_type":"client_credentials"}',
    ],
    [
      'an /authorize URL',
      'https://auth.acme-corp.com/authorize?response_type=code&client_id=x&audience=api://orders&scope=openid',
    ],
    [
      'an SPA SDK’s sign-in options',
      "createAuth0Client({ domain: 'acme.auth0.com', authorizationParams: { audience: 'api://orders' } })",
    ],
    ['a variable in code', 'await jwtVerify(token, JWKS, { issuer: ISSUER, audience: AUDIENCE })'],
    ['a member in code', 'jwt({ audience: config.audience,\n  issuer: config.issuer })'],
    ['an environment placeholder', ['JWT_AUDIENCE=$', '{AUDIENCE}'].join('')],
    ['a template placeholder', 'audience: "{{ .Values.audience }}"'],
    ['Python reading the environment', 'jwt.decode(token, key, audience=os.environ["AUDIENCE"])'],
    ['a comparison', 'if (audience == "api://orders") {'],
    ['an Auth0 issuer base URL (discovery starts there)', 'AUTH0_ISSUER_BASE_URL=https://auth.acme-corp.com'],
    ['ASP.NET’s Authority (discovery starts there)', 'options.Authority = "https://auth.acme-corp.com";'],
    ['gcloud’s requested audience', 'gcloud auth print-identity-token --audiences=api://orders'],
  ])('%s', async (_name, config) => {
    const report = await run(withToken(config));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('claim.aud-mismatch');
    expect(codes).not.toContain('claim.iss-mismatch');
    expect(codes).not.toContain('claim.iss-trailing-slash');
  });

  it('IdentityModel’s Issuer and Audiences are the token’s own values, not settings', () => {
    const idx =
      "IDX10214: Audience validation failed. Audiences: 'api://other'. Did not match: validationParameters.ValidAudience: 'https://api.acme-corp.com' or validationParameters.ValidAudiences: 'null'.";
    expect(readVerifierConfig(idx).map((c) => c.value)).toEqual(['https://api.acme-corp.com']);
    expect(readVerifierConfig("IDX10205: Issuer validation failed. Issuer: 'https://a.example/'.")).toEqual([]);
  });

  it('a setting the token meets gives nothing', async () => {
    await catchesNot('claim.aud-mismatch', withToken("audience: 'https://api.acme-corp.com'"));
    await catchesNot('claim.iss-mismatch', withToken('issuer-uri: https://auth.acme-corp.com/'));
  });

  it('the caller’s own option wins over a pasted setting', async () => {
    await catchesNot('claim.aud-mismatch', withToken("audience: 'api://orders'"), {
      expectedAudiences: ['https://api.acme-corp.com'],
    });
  });

  it('is not read without a token or payload to compare', async () => {
    const report = await run("audience: 'api://orders'\nHTTP/1.1 401 Unauthorized");
    expect(report.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
  });

  it('reads a bounded number of keys from a long paste, in time linear in its size', () => {
    const line = 'issuer=x audience=y algorithms=z\n';
    const out = readVerifierConfig(line.repeat(20_000));
    expect(out.length).toBeLessThanOrEqual(30);
  });
});
