import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const ISSUER = 'https://auth.acme-corp.com/';
const API = 'https://api.acme-corp.com';

/** The reference claims with `over` applied; `undefined` removes a claim. */
function claims(over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...CLAIMS, ...over };
  for (const [k, v] of Object.entries(over)) if (v === undefined) delete out[k];
  return out;
}

/** A 401 and the token (signature masked) on a line of its own. */
function paste(over: Record<string, unknown>, before = 'HTTP/1.1 401 Unauthorized'): string {
  return `${before}\n\ntoken: ${unsigned(HEADER, claims(over))}`;
}

/** A curl -i of a request to `url` carrying the token: the request's host is known. */
function curlTo(url: string, over: Record<string, unknown>): string {
  return [
    `$ curl -i ${url} -H "Authorization: Bearer ${unsigned(HEADER, claims(over))}"`,
    'HTTP/1.1 401 Unauthorized',
    'WWW-Authenticate: Bearer error="invalid_token"',
  ].join('\n');
}

const JSONWEBTOKEN_ISSUER = `JsonWebTokenError: jwt issuer invalid. expected: ${ISSUER}\n    at /srv/api/node_modules/jsonwebtoken/verify.js:215:21`;
const JSONWEBTOKEN_AUDIENCE = 'JsonWebTokenError: jwt audience invalid. expected: https://billing.acme-corp.com';
const IDX10205 = (iss: string, valid: string) =>
  `Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: '${iss}'. Did not match: validationParameters.ValidIssuer: '${valid}' or validationParameters.ValidIssuers: 'null' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'null'.`;
const IDX10214 = (aud: string, valid: string) =>
  `Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: '${aud}'. Did not match: validationParameters.ValidAudience: '${valid}' or validationParameters.ValidAudiences: 'null'.`;

describe('claim.iss-mismatch: iss differs from the expected issuer', () => {
  it('catches another issuer than --expect-iss', async () => {
    const f = await catches('claim.iss-mismatch', paste({ iss: 'https://login.other-idp.com/' }), {
      expectedIssuers: [ISSUER],
    });
    expect(f.args).toEqual({ iss: 'https://login.other-idp.com/', expected: [ISSUER] });
    expect(f.severity).toBe('error');
    expect(f.source).toBe('token');
    expect(f.evidence).toBe('iss: "https://login.other-idp.com/"');
  });

  it('catches an issuer that matches none of several expected ones', async () => {
    const f = await catches('claim.iss-mismatch', paste({ iss: 'https://login.other-idp.com/' }), {
      expectedIssuers: [ISSUER, 'https://sts.windows.net/tenant/'],
    });
    expect(f.args).toMatchObject({ expected: [ISSUER, 'https://sts.windows.net/tenant/'] });
  });

  it('catches an iss that is not a string', async () => {
    const f = await catches('claim.iss-mismatch', paste({ iss: 42 }), { expectedIssuers: [ISSUER] });
    expect(f.args).toMatchObject({ iss: '42' });
  });

  it('catches from a jsonwebtoken log line alone: `jwt issuer invalid. expected: X`', async () => {
    const f = await catches('claim.iss-mismatch', paste({ iss: 'https://login.other-idp.com/' }, JSONWEBTOKEN_ISSUER));
    expect(f.args).toMatchObject({ iss: 'https://login.other-idp.com/', expected: [ISSUER], via: 'jsonwebtoken' });
    expect(f.source).toBe('log');
  });

  it("catches from IdentityModel's IDX10205 alone, with the configured ValidIssuer", async () => {
    const f = await catches(
      'claim.iss-mismatch',
      paste({ iss: 'https://login.other-idp.com/' }, IDX10205('https://login.other-idp.com/', ISSUER)),
    );
    expect(f.args).toMatchObject({ expected: [ISSUER], via: 'identitymodel' });
  });

  it.each([
    ['the expected issuer', { expectedIssuers: [ISSUER] }],
    ['one of several expected issuers', { expectedIssuers: ['https://sts.windows.net/tenant/', ISSUER] }],
    ['no expectation at all', {}],
  ])('does not catch %s', async (_name, options) => {
    await catchesNot('claim.iss-mismatch', paste({}), options);
  });

  it('does not catch a difference of a trailing slash: the specific code replaces it', async () => {
    await catchesNot('claim.iss-mismatch', paste({ iss: 'https://auth.acme-corp.com' }), { expectedIssuers: [ISSUER] });
  });
});

describe('claim.iss-trailing-slash: iss differs only by a trailing slash, case or scheme', () => {
  it.each([
    ['a missing trailing slash', 'https://auth.acme-corp.com', 'trailing-slash'],
    ['case', 'https://Auth.Acme-Corp.com/', 'case'],
    ['scheme', 'http://auth.acme-corp.com/', 'scheme'],
  ])('catches %s', async (_name, iss, difference) => {
    const f = await catches('claim.iss-trailing-slash', paste({ iss }), { expectedIssuers: [ISSUER] });
    expect(f.args).toEqual({ iss, expected: ISSUER, difference });
    expect(f.severity).toBe('error');
  });

  it('catches an expected issuer written without the slash the token has', async () => {
    const f = await catches('claim.iss-trailing-slash', paste({}), { expectedIssuers: ['https://auth.acme-corp.com'] });
    expect(f.args).toMatchObject({ iss: ISSUER, expected: 'https://auth.acme-corp.com', difference: 'trailing-slash' });
  });

  it('catches from a jsonwebtoken log line alone, replacing the log’s iss-mismatch (case 06)', async () => {
    const report = await run(paste({ iss: 'https://auth.acme-corp.com' }, JSONWEBTOKEN_ISSUER));
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('claim.iss-trailing-slash');
    expect(codes).not.toContain('claim.iss-mismatch');
    const f = report.findings.find((x) => x.code === 'claim.iss-trailing-slash');
    expect(f).toMatchObject({ source: 'log', args: { via: 'jsonwebtoken', difference: 'trailing-slash' } });
  });

  it("catches from IdentityModel's IDX10205 alone", async () => {
    const f = await catches(
      'claim.iss-trailing-slash',
      paste({ iss: 'https://auth.acme-corp.com' }, IDX10205('https://auth.acme-corp.com', ISSUER)),
    );
    expect(f.args).toMatchObject({ expected: ISSUER, difference: 'trailing-slash', via: 'identitymodel' });
  });

  it.each([
    ['the same issuer', ISSUER],
    ['two trailing slashes (not a one-slash slip: an ordinary mismatch)', 'https://auth.acme-corp.com//'],
    ['another host', 'https://auth.acme-corp.net/'],
    ['another path', 'https://auth.acme-corp.com/tenant-2/'],
  ])('does not catch %s', async (_name, iss) => {
    await catchesNot('claim.iss-trailing-slash', paste({ iss }), { expectedIssuers: [ISSUER] });
  });
});

describe('claim.iss-missing: no iss', () => {
  it('catches a payload without iss', async () => {
    const f = await catches('claim.iss-missing', paste({ iss: undefined }));
    expect(f.severity).toBe('warning');
    expect(f.evidence).toBe('no iss claim');
  });

  it('does not catch a payload with iss', async () => {
    await catchesNot('claim.iss-missing', paste({}));
  });

  it('does not catch a masked payload: nothing to read', async () => {
    await catchesNot(
      'claim.iss-missing',
      'HTTP/1.1 401 Unauthorized\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.***.***',
    );
  });
});

describe('claim.aud-mismatch: the expected audience is not in aud', () => {
  it('catches a string aud', async () => {
    const f = await catches('claim.aud-mismatch', paste({}), { expectedAudiences: ['https://billing.acme-corp.com'] });
    expect(f.args).toEqual({ aud: [API], expected: ['https://billing.acme-corp.com'] });
    expect(f.evidence).toBe(`aud: "${API}"`);
  });

  it('catches an array aud without the expected audience', async () => {
    const aud = [API, 'https://acme-corp.eu.auth0.com/userinfo'];
    const f = await catches('claim.aud-mismatch', paste({ aud }), {
      expectedAudiences: ['https://billing.acme-corp.com'],
    });
    expect(f.args).toMatchObject({ aud });
  });

  it('catches from a jsonwebtoken log line alone: `jwt audience invalid. expected: X`', async () => {
    const f = await catches('claim.aud-mismatch', paste({}, JSONWEBTOKEN_AUDIENCE));
    expect(f.args).toMatchObject({ aud: [API], expected: ['https://billing.acme-corp.com'], via: 'jsonwebtoken' });
    expect(f.source).toBe('log');
  });

  it("catches from IdentityModel's IDX10214 alone", async () => {
    const f = await catches('claim.aud-mismatch', paste({}, IDX10214(API, 'https://billing.acme-corp.com')));
    expect(f.args).toMatchObject({ expected: ['https://billing.acme-corp.com'], via: 'identitymodel' });
  });

  it.each([
    ['a string aud equal to it', {}],
    ['an array aud that contains it', { aud: ['https://acme-corp.eu.auth0.com/userinfo', API] }],
  ])('does not catch %s', async (_name, over) => {
    await catchesNot('claim.aud-mismatch', paste(over), { expectedAudiences: [API] });
  });

  it('does not catch without any expectation', async () => {
    await catchesNot('claim.aud-mismatch', paste({ aud: 'https://billing.acme-corp.com' }));
  });
});

describe('claim.aud-missing: no aud', () => {
  it.each([
    ['no aud claim', undefined, 'no aud claim'],
    ['an empty array', [], 'aud: []'],
    ['a number', 42, 'no aud claim'],
  ])('catches %s', async (_name, aud, evidence) => {
    const f = await catches('claim.aud-missing', paste({ aud }));
    expect(f.severity).toBe('warning');
    expect(f.evidence).toBe(evidence);
  });

  it('catches an empty array even with an expected audience, instead of a mismatch', async () => {
    const report = await run(paste({ aud: [] }), { expectedAudiences: [API] });
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('claim.aud-missing');
    expect(codes).not.toContain('claim.aud-mismatch');
  });

  it.each([
    ['a string aud', {}],
    ['an array aud', { aud: [API] }],
  ])('does not catch %s', async (_name, over) => {
    await catchesNot('claim.aud-missing', paste(over));
  });
});

describe('claim.environment: iss or aud points at another environment', () => {
  it('catches a staging issuer against a production --expect-iss, alongside the mismatch', async () => {
    const report = await run(paste({ iss: 'https://auth.staging.acme-corp.com/' }), { expectedIssuers: [ISSUER] });
    const f = report.findings.find((x) => x.code === 'claim.environment');
    expect(f?.args).toEqual({
      claim: 'iss',
      value: 'https://auth.staging.acme-corp.com/',
      environment: 'staging',
      against: ISSUER,
    });
    // Codes about different things can both fire (findings.md, "Specific replaces general").
    expect(report.findings.map((x) => x.code)).toContain('claim.iss-mismatch');
  });

  it('catches a localhost audience against a production --expect-aud', async () => {
    const f = await catches('claim.environment', paste({ aud: 'http://localhost:3000' }), { expectedAudiences: [API] });
    expect(f.args).toMatchObject({ claim: 'aud', environment: 'localhost' });
  });

  it.each([
    ['staging', 'https://api.staging.acme-corp.com', 'staging'],
    ['stg', 'https://api-stg.acme-corp.com', 'staging'],
    ['dev', 'https://api.dev.acme-corp.com', 'dev'],
    ['test', 'https://test-api.acme-corp.com', 'test'],
    ['qa', 'https://qa.api.acme-corp.com', 'qa'],
    ['uat', 'https://uat.acme-corp.com', 'uat'],
    ['sandbox', 'https://sandbox.api.acme-corp.com', 'sandbox'],
    ['preprod', 'https://preprod.acme-corp.com', 'preprod'],
  ])("catches a %s audience against the request's production host", async (_name, aud, environment) => {
    const f = await catches('claim.environment', curlTo('https://api.acme-corp.com/v1/orders', { aud }));
    expect(f.args).toEqual({ claim: 'aud', value: aud, environment, against: 'api.acme-corp.com' });
    expect(f.severity).toBe('error');
  });

  it('catches a dev token sent to the staging host', async () => {
    const f = await catches(
      'claim.environment',
      curlTo('https://api.staging.acme-corp.com/v1/orders', {
        iss: 'https://auth.dev.acme-corp.com/',
        aud: 'https://api.dev.acme-corp.com',
      }),
    );
    expect(f.args).toMatchObject({ environment: 'dev', against: 'api.staging.acme-corp.com' });
  });

  it.each([
    ['localhost', 'http://localhost:8080/realms/acme'],
    ['127.0.0.1', 'http://127.0.0.1:8080/realms/acme'],
    ['[::1]', 'http://[::1]:8080/realms/acme'],
  ])('catches a token issued on %s and sent to a production host, whatever the domains', async (_name, iss) => {
    const f = await catches('claim.environment', curlTo('https://api.acme-corp.com/v1/orders', { iss }));
    expect(f.args).toMatchObject({ claim: 'iss', environment: 'localhost', against: 'api.acme-corp.com' });
  });

  it.each([
    ['a production token to the production host', 'https://api.acme-corp.com/v1/orders', {}],
    [
      'a staging token to the staging host',
      'https://api.staging.acme-corp.com/v1',
      { iss: 'https://auth.staging.acme-corp.com/', aud: 'https://api.staging.acme-corp.com' },
    ],
    // A dev API may well trust a shared IdP on another domain: the request host alone proves nothing there.
    [
      'an IdP on an unrelated domain whose name says dev',
      'https://api.acme-corp.com/v1',
      { iss: 'https://dev-12345.okta.com/oauth2/default' },
    ],
    [
      'an IdP on an unrelated domain whose name says staging',
      'https://api.acme-corp.com/v1',
      { iss: 'https://acme-staging.eu.auth0.com/' },
    ],
    [
      'a dev API trusting the production IdP',
      'https://api.dev.acme-corp.com/v1',
      { iss: 'https://login.acme-idp.com/', aud: 'https://api.dev.acme-corp.com' },
    ],
    [
      '"local" in a real domain, not a loopback host',
      'https://api.acme-corp.com/v1',
      { iss: 'https://auth.local-bank.com/' },
    ],
    [
      'environment words in the path, not the host',
      'https://api.acme-corp.com/v1',
      { iss: 'https://auth.acme-corp.com/test/' },
    ],
    [
      'words that only contain one ("devices", "latest")',
      'https://api.acme-corp.com/v1',
      { aud: 'https://devices.acme-corp.com', iss: 'https://latest.acme-corp.com/' },
    ],
  ])('does not catch %s', async (_name, url, over) => {
    await catchesNot('claim.environment', curlTo(url, over));
  });

  it('does not catch without an expectation or a request host', async () => {
    await catchesNot('claim.environment', paste({ iss: 'https://auth.staging.acme-corp.com/' }));
  });
});

describe('claim.sub-missing: no sub', () => {
  it('catches a payload without sub', async () => {
    const f = await catches('claim.sub-missing', paste({ sub: undefined }));
    expect(f.severity).toBe('info');
  });

  it('does not catch a payload with sub', async () => {
    await catchesNot('claim.sub-missing', paste({}));
  });
});

describe('claim.pii: personal data anyone holding the token can read', () => {
  it.each([
    ['email', { email: 'jane.doe@acme-corp.com' }, ['email']],
    ['phone_number', { phone_number: '+1 415 555 0100' }, ['phone_number']],
    ['name', { name: 'Jane Doe' }, ['name']],
    ['given_name and family_name', { given_name: 'Jane', family_name: 'Doe' }, ['given_name', 'family_name']],
    ['address', { address: { street_address: '1 Main St' } }, ['address']],
    ['birthdate', { birthdate: '1990-01-01' }, ['birthdate']],
    [
      'an email-shaped value in a custom claim',
      { 'https://acme-corp.com/user': 'jane.doe@acme-corp.com' },
      ['https://acme-corp.com/user'],
    ],
    ['an email as sub', { sub: 'jane.doe@acme-corp.com' }, ['sub']],
  ])('catches %s', async (_name, over, found) => {
    const f = await catches('claim.pii', paste(over));
    expect(f.args).toEqual({ claims: found });
    expect(f.severity).toBe('info');
  });

  it.each([
    ['the reference claims', {}],
    ['an @ that is not an email (auth0|…, svc@internal)', { sub: 'auth0|6650f1c2', azp: 'svc@internal' }],
  ])('does not catch %s', async (_name, over) => {
    await catchesNot('claim.pii', paste(over));
  });
});

describe('expectations the verifier states in its own log, with no option given', () => {
  it('takes the expected issuer from jsonwebtoken and does not flag a matching token', async () => {
    await catchesNot('claim.iss-trailing-slash', paste({}, JSONWEBTOKEN_ISSUER));
  });

  it('prefers the log’s evidence to the option’s when both expect the same issuer', async () => {
    const f = await catches('claim.iss-mismatch', paste({ iss: 'https://login.other-idp.com/' }, JSONWEBTOKEN_ISSUER), {
      expectedIssuers: [ISSUER],
    });
    expect(f.source).toBe('log');
    expect(f.evidence).toContain('jwt issuer invalid');
  });

  it('reads the expected audience from IDX10214 and checks the environment against it', async () => {
    const report = await run(
      paste({ aud: 'https://api.staging.acme-corp.com' }, IDX10214('https://api.staging.acme-corp.com', API)),
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['claim.aud-mismatch', 'claim.environment']));
  });

  it('keeps values IdentityModel hides as PII out of the expectations', async () => {
    const hidden = "[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]";
    const f = await catches('claim.iss-mismatch', paste({}, IDX10205(hidden, hidden)));
    expect(f.args).toMatchObject({ expected: [] });
  });

  it('does not reach into time: an issuer log does not make the token expired', async () => {
    await catchesNot('time.expired', paste({ exp: NOW + 3600 }, JSONWEBTOKEN_ISSUER));
  });
});

describe('claim.environment: the environment the writer says fails, against the one the token names', () => {
  const staging = unsigned(
    { alg: 'RS256', typ: 'JWT', kid: 'k1' },
    { ...CLAIMS, iss: 'https://auth.stg.example.jp/', aud: 'https://api.example.jp' },
  );

  it('catches 「本番でだけ 401」 beside a staging issuer, and the other side that works', async () => {
    const f = await catches(
      'claim.environment',
      `本番環境でだけ 401 になります。ステージングは通ります。\nAuthorization: Bearer ${staging}`,
    );
    expect(f.args).toMatchObject({ claim: 'iss', environment: 'staging', against: '本番' });
  });

  it('catches "prod is not working" (a negated works is a failure)', async () => {
    const f = await catches(
      'claim.environment',
      `prod is not working since the deploy\nAuthorization: Bearer ${staging}`,
    );
    expect(f.args).toMatchObject({ environment: 'staging', against: 'prod' });
  });

  it('catches "prod returns 401" in English', async () => {
    const f = await catches(
      'claim.environment',
      `prod returns 401 since this morning\nAuthorization: Bearer ${staging}`,
    );
    expect(f.args).toMatchObject({ environment: 'staging', against: 'prod' });
  });

  it('reads a sentence naming two environments by its clauses: the one that fails beside the one that works', async () => {
    for (const [sentence, against] of [
      ['prod returns 403, staging works', 'prod'],
      ['staging works fine but production returns 401', 'production'],
      ['ステージングでは動くのに本番だけ 401 になります。', '本番'],
      ['ステージングは通りますが、本番はエラーになります。', '本番'],
    ]) {
      const f = await catches('claim.environment', `${sentence}\nAuthorization: Bearer ${staging}`);
      expect(f.args).toMatchObject({ environment: 'staging', against });
    }
  });

  it('catches not two environments both failing, nor a clause that says neither, nor the token’s own failing', async () => {
    for (const sentence of [
      'prod and staging both return 401',
      'prod returns 401, staging too',
      'prod returns 401, staging returns 401 as well',
      'prod works, staging returns 401',
      '本番もステージングも 401 です。',
    ])
      await catchesNot('claim.environment', `${sentence}\nAuthorization: Bearer ${staging}`);
  });

  it('catches not the environment the token names failing, nor both failing, nor an issuer naming none', async () => {
    await catchesNot('claim.environment', `staging returns 401\nAuthorization: Bearer ${staging}`);
    await catchesNot('claim.environment', `prod returns 401. staging fails too.\nAuthorization: Bearer ${staging}`);
    const plain = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);
    await catchesNot('claim.environment', `staging returns 401\nAuthorization: Bearer ${plain}`);
  });

  it('catches not a host or a path that holds the word, nor a sentence that says it works', async () => {
    await catchesNot(
      'claim.environment',
      `the grafana.prod-tools dashboard shows 401s\nAuthorization: Bearer ${staging}`,
    );
    await catchesNot('claim.environment', `prod works fine, got 401 once\nAuthorization: Bearer ${staging}`);
  });
});
