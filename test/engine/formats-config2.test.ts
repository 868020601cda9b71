/**
 * Round config2: more verifiers' settings pasted beside the token read as what they expect (parse/verifier-config.ts):
 * Microsoft.Identity.Web's AzureAd section, Java (jjwt, Spring, java-jwt, MicroProfile), Go (golang-jwt, jwx,
 * go-jwt-middleware), Python (SimpleJWT, a decode's ALGORITHM constant), PHP (php-jwt, jwt-auth), and gateways (AWS
 * HTTP API JWT authorizers, Kubernetes AuthenticationConfiguration, Vault, Kong openid-connect, Azure APIM).
 */
import { describe, expect, it } from 'vitest';
import { readVerifierConfig } from '../../src/engine/parse/verifier-config.js';
import { catches, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);
const HS_TOKEN = unsigned({ alg: 'HS256', typ: 'JWT' }, CLAIMS);
const withToken = (config: string, token = TOKEN) =>
  `${config}\nAuthorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized`;
const ISS = 'https://auth.acme-corp.com';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '11111111-2222-3333-4444-555555555555';
const azureAd = (extra = '') =>
  `{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "${TID}",\n    "ClientId": "${APP}"${extra}\n  }\n}`;

describe('Microsoft.Identity.Web: the AzureAd section AddMicrosoftIdentityWebApi reads', () => {
  it('a token for another app: ClientId or api://ClientId was expected', async () => {
    const f = await catches('claim.aud-mismatch', withToken(azureAd()));
    expect(f.args).toMatchObject({ expected: [APP, `api://${APP}`], via: 'microsoft-identity-web' });
    expect(f.evidence).toContain(`"ClientId": "${APP}"`);
  });

  it('a token from another tenant: its v1 or v2 issuer was expected', async () => {
    const entra = unsigned(
      { alg: 'RS256', kid: 'k1' },
      { ...CLAIMS, iss: 'https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/v2.0', aud: APP },
    );
    const f = await catches('claim.iss-mismatch', withToken(azureAd(), entra));
    expect(f.args.expected).toEqual([
      `https://sts.windows.net/${TID}/`,
      `https://login.microsoftonline.com/${TID}/v2.0`,
    ]);
  });

  it('the app’s own v1 token (api://ClientId, sts.windows.net) passes', async () => {
    const v1 = unsigned(
      { alg: 'RS256', kid: 'k1' },
      { ...CLAIMS, iss: `https://sts.windows.net/${TID}/`, aud: `api://${APP}`, ver: '1.0' },
    );
    const codes = (await run(withToken(azureAd(), v1))).findings.map((f) => f.code);
    expect(codes).not.toContain('claim.aud-mismatch');
    expect(codes).not.toContain('claim.iss-mismatch');
  });

  it.each([
    ['an explicit Audience (read as itself)', azureAd(',\n    "Audience": "api://orders"'), ['api://orders']],
    ['a multi-tenant app (common): no issuer', azureAd().replace(TID, 'common'), [APP, `api://${APP}`]],
  ])('%s', (_name, config, auds) => {
    const read = readVerifierConfig(config);
    expect(read.filter((c) => c.claim === 'aud').map((c) => c.value)).toEqual(auds);
    if (config.includes('common')) expect(read.filter((c) => c.claim === 'iss')).toEqual([]);
  });

  it.each([
    ['a web app’s section (CallbackPath)', azureAd(',\n    "CallbackPath": "/signin-oidc"')],
    ['a client’s section with its secret', azureAd(',\n    "ClientSecret": "***"')],
    ['a B2C section', azureAd(',\n    "SignUpSignInPolicyId": "B2C_1_susi"')],
    ['code reading the section', 'builder.Configuration.GetSection("AzureAd")'],
    ['another cloud’s instance: no issuer', azureAd().replace('login.microsoftonline.com', 'login.microsoftonline.us')],
  ])('%s: no app audience or issuer guessed', (name, config) => {
    const read = readVerifierConfig(config);
    if (name.startsWith('another cloud')) expect(read.filter((c) => c.claim === 'iss')).toEqual([]);
    else expect(read).toEqual([]);
  });
});

describe('verifiers’ code and configuration naming what they expect', () => {
  it.each([
    ['jjwt', 'Jwts.parser().requireIssuer("https://auth.acme-corp.com").verifyWith(key).build()', 'jjwt'],
    ['Spring JwtValidators', 'JwtValidators.createDefaultWithIssuer("https://auth.acme-corp.com")', 'spring-security'],
    ['Spring JwtDecoders', 'return JwtDecoders.fromIssuerLocation("https://auth.acme-corp.com");', 'spring-security'],
    ['golang-jwt / jwx', 'jwt.Parse(s, keyFunc, jwt.WithIssuer("https://auth.acme-corp.com"))', undefined],
    [
      'java-jwt',
      'JWTVerifier v = JWT.require(Algorithm.RSA256(pub, null))\n    .withIssuer("https://auth.acme-corp.com")\n    .build();',
      'java-jwt',
    ],
    [
      'go-jwt-middleware',
      'v, err := validator.New(\n  provider.KeyFunc,\n  validator.RS256,\n  "https://auth.acme-corp.com",\n  []string{"https://api.acme-corp.com"},\n)',
      'go-jwt-middleware',
    ],
    ['MicroProfile JWT', 'mp.jwt.verify.issuer=https://auth.acme-corp.com', undefined],
    [
      'Vault’s JWT auth config',
      `vault write auth/jwt/config bound_issuer="${ISS}" oidc_discovery_url="${ISS}"`,
      undefined,
    ],
    ['Serverless httpApi authorizer', `    myJwt:\n      issuerUrl: ${ISS}\n      audience:\n        - x`, undefined],
    [
      'Kubernetes AuthenticationConfiguration',
      `kind: AuthenticationConfiguration\njwt:\n- issuer:\n    url: ${ISS}\n    audiences:\n    - https://api.acme-corp.com`,
      undefined,
    ],
    [
      'Kubernetes AuthenticationConfiguration as JSON',
      `{"jwt": [{"issuer": {"url": "${ISS}", "audiences": ["https://api.acme-corp.com"]}}]}`,
      undefined,
    ],
    [
      'Azure APIM validate-jwt',
      `<validate-jwt header-name="Authorization">\n  <issuers>\n    <issuer>${ISS}</issuer>\n  </issuers>\n</validate-jwt>`,
      'azure-apim',
    ],
    [
      'AWS CloudFormation JwtConfiguration',
      `      JwtConfiguration:\n        Audience:\n          - https://api.acme-corp.com\n        Issuer: ${ISS}`,
      undefined,
    ],
    ['SimpleJWT', `SIMPLE_JWT = {\n    "ALGORITHM": "RS256",\n    "ISSUER": "${ISS}",\n}`, undefined],
  ])('%s: an issuer without the token’s trailing slash', async (_name, config, via) => {
    const f = await catches('claim.iss-trailing-slash', withToken(config));
    expect(f.args).toMatchObject({ iss: `${ISS}/`, expected: ISS });
    expect(f.args.via).toBe(via);
    expect(f.source).toBe('options');
  });

  it.each([
    ['jjwt', 'Jwts.parser().requireAudience("api://orders").build()', ['api://orders']],
    ['golang-jwt', 'jwt.WithAudience("api://orders")', ['api://orders']],
    [
      'java-jwt',
      'JWT.require(alg).withAudience("api://orders", "api://billing").build()',
      ['api://orders', 'api://billing'],
    ],
    [
      'MicroProfile JWT, a comma list',
      'mp.jwt.verify.audiences=api://orders,api://billing',
      ['api://orders', 'api://billing'],
    ],
    [
      'Vault role (CLI)',
      'vault write auth/jwt/role/ci role_type=jwt bound_audiences="api://orders,api://billing"',
      ['api://orders', 'api://billing'],
    ],
    [
      'Vault role (bare word)',
      'vault write auth/jwt/role/ci role_type=jwt bound_audiences=vault user_claim=sub',
      ['vault'],
    ],
    [
      'Vault role (JSON)',
      '{"role_type": "jwt", "bound_audiences": ["api://orders"], "user_claim": "sub"}',
      ['api://orders'],
    ],
    [
      'aws apigatewayv2 get-authorizer',
      '{\n  "AuthorizerType": "JWT",\n  "JwtConfiguration": {\n    "Audience": ["api://orders"],\n    "Issuer": "https://auth.acme-corp.com/"\n  }\n}',
      ['api://orders'],
    ],
    [
      'Kong openid-connect',
      'plugins:\n- name: openid-connect\n  config:\n    audience_required:\n    - api://orders',
      ['api://orders'],
    ],
    [
      'Azure APIM validate-jwt',
      '<validate-jwt header-name="Authorization">\n  <audiences>\n    <audience>api://orders</audience>\n  </audiences>\n</validate-jwt>',
      ['api://orders'],
    ],
  ])('%s: the token is for another audience', async (_name, config, expected) => {
    const f = await catches('claim.aud-mismatch', withToken(config));
    expect(f.args).toMatchObject({ aud: ['https://api.acme-corp.com'], expected });
    expect(f.evidence).not.toContain('Bearer');
  });

  it.each([
    ['java-jwt’s Algorithm', 'JWT.require(Algorithm.RSA256(publicKey, null)).build()', ['RS256'], HS_TOKEN],
    [
      'Spring’s NimbusJwtDecoder',
      'NimbusJwtDecoder.withJwkSetUri(uri).jwsAlgorithm(SignatureAlgorithm.RS512).build();',
      ['RS512'],
      TOKEN,
    ],
    ['golang-jwt’s WithValidMethods', 'jwt.Parse(s, kf, jwt.WithValidMethods([]string{"ES256"}))', ['ES256'], TOKEN],
    [
      'go-jwt-middleware',
      'validator.New(kf, validator.ES256, "https://auth.acme-corp.com/", []string{"x"})',
      ['ES256'],
      TOKEN,
    ],
    ['MicroProfile’s publickey.algorithm', 'mp.jwt.verify.publickey.algorithm=ES256', ['ES256'], TOKEN],
    ['SimpleJWT', 'SIMPLE_JWT = {\n    "ALGORITHM": "RS256",\n}', ['RS256'], HS_TOKEN],
    [
      'FastAPI’s constant passed to decode',
      'ALGORITHM = "RS256"\npayload = jwt.decode(token, KEY, algorithms=[ALGORITHM])',
      ['RS256'],
      HS_TOKEN,
    ],
    ['an .env JWT_ALGORITHM', 'JWT_ALGORITHM=RS256', ['RS256'], HS_TOKEN],
    ['php-jwt’s Key', "$decoded = JWT::decode($jwt, new Key($publicKey, 'ES256'));", ['ES256'], TOKEN],
    ['jwt-auth’s config/jwt.php', "    'algo' => 'RS256',", ['RS256'], HS_TOKEN],
    ['jwt-auth’s .env', 'JWT_ALGO=RS256', ['RS256'], HS_TOKEN],
  ])('%s: the token’s alg is not the one allowed', async (_name, config, allowed, token) => {
    const f = await catches('alg.not-allowed', withToken(config, token));
    expect(f.args).toMatchObject({ allowed, reason: 'expected-list' });
  });

  it('quotes the algorithm, not a literal key beside it', async () => {
    const report = await run(withToken("JWT::decode($jwt, new Key('hunter2-hunter2-hunter2', 'ES256'));"));
    expect(JSON.stringify(report)).not.toContain('hunter2');
    expect(report.findings.map((f) => f.code)).toContain('alg.not-allowed');
  });
});

describe('what still is not the verifier’s setting', () => {
  it.each([
    [
      'java-jwt signing a token',
      'String t = JWT.create().withIssuer("https://other.example").withAudience("api://x").sign(Algorithm.HMAC256(s));',
    ],
    [
      'java-jwt with a variable',
      'JWT.require(Algorithm.HMAC256(secret)).withIssuer(issuer).withAudience("api://x", audience).build()',
    ],
    ['golang-jwt with a variable', 'jwt.WithIssuer(cfg.Issuer), jwt.WithAudience(aud)'],
    ['go-jwt-middleware with variables', 'validator.New(kf, validator.HS256, issuerURL.String(), []string{audience})'],
    ['FastAPI’s constant only signing', 'ALGORITHM = "ES512"\nencoded = jwt.encode(data, KEY, algorithm=ALGORITHM)'],
    [
      'a Kong issuer (its discovery)',
      'plugins:\n- name: openid-connect\n  config:\n    issuer: https://other.example/.well-known/openid-configuration\n    audience:\n    - api://x',
    ],
    ['Kong-looking keys outside Kong', 'issuers_allowed:\n- https://other.example/'],
    ['a discovery URL as issuer', 'issuer: https://other.example/.well-known/openid-configuration'],
    [
      'XML audience outside an APIM policy',
      '<saml:AudienceRestriction><audience>api://x</audience></saml:AudienceRestriction>',
    ],
    ['CloudFormation-like words outside JwtConfiguration', 'Issuer: https://other.example\nAudience: api://x'],
    ['jjwt’s signing builder', 'Jwts.builder().issuer("https://other.example").audience().add("api://x").and()'],
    ['Spring signing with SignatureAlgorithm', 'Jwts.builder().signWith(SignatureAlgorithm.HS512, key)'],
  ])('%s', async (_name, config) => {
    const codes = (await run(withToken(config, HS_TOKEN))).findings.map((f) => f.code);
    expect(codes).not.toContain('claim.aud-mismatch');
    expect(codes).not.toContain('claim.iss-mismatch');
    expect(codes).not.toContain('alg.not-allowed');
  });

  it('stays bounded on a long paste of calls', () => {
    const line = 'jwt.WithIssuer("a") validator.New(x, y, "z", []string{"w"}) new Key($k, \'HS256\')\n';
    expect(readVerifierConfig(line.repeat(20_000)).length).toBeLessThanOrEqual(30);
  });
});
