/**
 * Tokens sent where they do not belong. Entra ID (Azure AD): a Microsoft Graph access token sent to one's own API
 * (token.for-other-api: Microsoft's "Troubleshoot access token signature validation errors", step 2, lists Graph's
 * audiences and says only Graph can validate them), and a tenant's v1.0 token where its v2.0 issuer is expected, or the
 * reverse (claim.iss-mismatch with entraTokenVersion: the API's registration picks the version). The last groups hold
 * what must stay as it was: a Graph token sent to Graph, other audiences, other tenants. Okta: the org authorization
 * server's access token (developer.okta.com, "Validate access tokens": only Okta should consume or validate them).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, QUIET, REFUSED, S200, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { rs256 } from '../helpers/tokens.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const V1_ISS = `https://sts.windows.net/${TENANT}/`;
const V2_ISS = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const GRAPH_ID = '00000003-0000-0000-c000-000000000000';
const TIMES = { iat: 1779975600, nbf: 1779975600, exp: 1779979200 };

/** A Graph token as Entra ID issues it: v1.0 issuer, Graph's audience, a nonce in the header. */
const graphToken = (aud: string, header: Record<string, unknown> = { kid: 'k1', nonce: 'Qltr-BofYb5am7UJ' }) =>
  rs256({ aud, iss: V1_ISS, ...TIMES, scp: 'User.Read openid profile', tid: TENANT, ver: '1.0', oid: 'x' }, header);
const GRAPH = graphToken(GRAPH_ID);
const sig = (t: string) => t.split('.')[2] as string;
/** An access token for the tenant's own API, in the given version's format. */
const apiToken = (iss: string, ver: string) =>
  rs256({ aud: 'api://orders-api', iss, ...TIMES, scp: 'access_as_user', tid: TENANT, ver, sub: 's' }, { kid: 'k1' });

const GRAPH_ROWS: Row[] = [
  {
    name: 'a Graph token sent with curl to another API, refused for its signature',
    input: [
      `curl -H "Authorization: Bearer ${GRAPH}" https://api.contoso.com/orders`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid"',
    ].join('\n'),
    ...A401,
    top: 'token.for-other-api',
    excludes: ['signature.invalid', 'token.id-token'],
  },
  {
    name: 'ASP.NET Core IDX10511 beside the Graph token it refused: the signature failure is the audience, absorbed',
    input: [
      "IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.X509SecurityKey, KeyId: 'k1''. kid: 'k1'. Exceptions caught: ''.",
      `Authorization: Bearer ${GRAPH}`,
    ].join('\n'),
    ...REFUSED,
    top: 'token.for-other-api',
    excludes: ['signature.invalid'],
  },
  {
    name: 'jsonwebtoken "invalid signature" with the https://graph.microsoft.com audience (v1 aud)',
    input: [`token: ${graphToken('https://graph.microsoft.com')}`, 'JsonWebTokenError: invalid signature'].join('\n'),
    ...REFUSED,
    top: 'token.for-other-api',
    excludes: ['signature.invalid'],
  },
  {
    name: 'IDX10214 audience failure naming Graph: the audience mismatch is absorbed too',
    input: [
      `IDX10214: Audience validation failed. Audiences: '${GRAPH_ID}'. Did not match: validationParameters.ValidAudience: 'api://orders-api' or validationParameters.ValidAudiences: 'null'.`,
      `Authorization: Bearer ${GRAPH}`,
    ].join('\n'),
    ...REFUSED,
    top: 'token.for-other-api',
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: "the US Government cloud's Graph audience, a 401 from the API",
    input: [S401, `Authorization: Bearer ${graphToken('https://graph.microsoft.us/')}`].join('\n'),
    ...A401,
    top: 'token.for-other-api',
  },
];

describe('formats, Entra: a Microsoft Graph token sent to another API', () => {
  it.each(GRAPH_ROWS)('$name', async (row) => {
    await expectPasteRow(row, [sig(GRAPH), sig(graphToken('https://graph.microsoft.com'))]);
  });

  it('names the host it went to, the header nonce, and the step that fixes it (no version step)', async () => {
    const report = await run(
      `curl -H "Authorization: Bearer ${GRAPH}" https://api.contoso.com/orders\n${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid"`,
      { expectedIssuers: [V2_ISS] },
    );
    const f = report.findings[0];
    expect(f?.code).toBe('token.for-other-api');
    expect(f?.args).toEqual({ api: 'microsoft-graph', aud: GRAPH_ID, host: 'api.contoso.com', headerNonce: true });
    expect(f?.severity).toBe('error');
    // The server's words stay as corroboration of the cause they show.
    expect(JSON.stringify(f?.corroboration)).toContain('The signature is invalid');
    expect(report.nextSteps[0]).toContain('api://');
    // A Graph token is v1.0 by Graph's choice: the API's accessTokenAcceptedVersion is no fix.
    const iss = report.findings.find((x) => x.code === 'claim.iss-mismatch');
    expect(iss?.args.entraTokenVersion).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain('requestedAccessTokenVersion');
  });

  it('a Graph token pasted alone, sent nowhere the paste shows: a warning that asks where it went', async () => {
    const report = await run(`${GRAPH.split('.').slice(0, 2).join('.')}.***`);
    const f = report.findings.find((x) => x.code === 'token.for-other-api');
    expect(f?.severity).toBe('warning');
    expect(f?.args.host).toBeNull();
    expect(report.nextSteps.join('\n')).toContain('graph.microsoft.com');
  });

  it('speaks Japanese', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${GRAPH}`, { locale: 'ja' });
    expect(report.findings[0]?.title).toContain('Microsoft Graph');
    expect(report.nextSteps.join('\n')).toContain('api://');
  });
});

const GRAPH_QUIET: Row[] = [
  {
    name: 'a Graph token sent to Graph itself: there it belongs',
    input: [
      `curl -H "Authorization: Bearer ${GRAPH}" https://graph.microsoft.com/v1.0/me/messages`,
      S401,
      'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"',
    ].join('\n'),
    ...A401,
    excludes: ['token.for-other-api'],
  },
  {
    name: 'a Graph token on a 200',
    input: [S200, `Authorization: Bearer ${GRAPH}`].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['token.for-other-api'],
  },
  {
    name: "the tenant's own API token (its aud the API's)",
    input: [S401, `Authorization: Bearer ${apiToken(V2_ISS, '2.0')}`].join('\n'),
    ...A401,
    excludes: ['token.for-other-api'],
  },
  {
    name: "an aud that only contains Graph's host in a longer URL",
    input: [S401, `Authorization: Bearer ${graphToken('https://graph.microsoft.com.evil.example/')}`].join('\n'),
    ...A401,
    excludes: ['token.for-other-api'],
  },
  {
    name: 'prose naming Graph, no token',
    input: 'Calling https://graph.microsoft.com/v1.0/me with aud 00000003-0000-0000-c000-000000000000 works fine',
    ...QUIET,
    excludes: ['token.for-other-api'],
  },
];

describe('formats, Entra: Graph tokens where they belong, and other audiences', () => {
  it.each(GRAPH_QUIET)('$name', async (row) => {
    await expectPasteRow(row, [sig(GRAPH)]);
  });

  it('not when the caller expects Graph as the audience', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${GRAPH}`, { expectedAudiences: [GRAPH_ID] });
    expect(report.findings.map((f) => f.code)).not.toContain('token.for-other-api');
  });
});

describe('formats, Entra: v1.0 and v2.0 issuers of one tenant', () => {
  it('IDX10205 with a v1.0 token where v2.0 is expected: the API registration’s version is the step', async () => {
    const report = await run(
      [
        `IDX10205: Issuer validation failed. Issuer: '${V1_ISS}'. Did not match: validationParameters.ValidIssuer: '${V2_ISS}' or validationParameters.ValidIssuers: 'null'.`,
        `Authorization: Bearer ${apiToken(V1_ISS, '1.0')}`,
      ].join('\n'),
    );
    const f = report.findings[0];
    expect(f?.code).toBe('claim.iss-mismatch');
    expect(f?.args.entraTokenVersion).toBe('1.0');
    expect(f?.title).toContain('v1.0');
    expect(report.nextSteps[0]).toContain('requestedAccessTokenVersion');
  });

  it('a v2.0 token where the v1.0 issuer is expected (--expect-iss)', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${apiToken(V2_ISS, '2.0')}`, {
      expectedIssuers: [V1_ISS],
    });
    const f = report.findings.find((x) => x.code === 'claim.iss-mismatch');
    expect(f?.args.entraTokenVersion).toBe('2.0');
    expect(report.nextSteps.join('\n')).toContain('/v2.0');
  });

  it('tenant ids compare without regard to case', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${apiToken(V1_ISS.toUpperCase(), '1.0')}`, {
      expectedIssuers: [V2_ISS],
    });
    expect(report.findings.find((x) => x.code === 'claim.iss-mismatch')?.args.entraTokenVersion).toBe('1.0');
  });

  it('speaks Japanese', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${apiToken(V1_ISS, '1.0')}`, {
      expectedIssuers: [V2_ISS],
      locale: 'ja',
    });
    expect(report.findings.find((x) => x.code === 'claim.iss-mismatch')?.title).toContain('v1.0 形式');
    expect(report.nextSteps[0]).toContain('requestedAccessTokenVersion');
  });

  it.each([
    ['another tenant’s v2.0 issuer', `https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0`],
    ['a B2C issuer', `https://contoso.b2clogin.com/${TENANT}/v2.0/`],
    ['the same v1.0 issuer spelled with another host', `https://login.windows.net/${TENANT}/`],
    ['a non-Entra issuer', 'https://auth.acme-corp.com/'],
  ])('no version step against %s', async (_name, expected) => {
    const report = await run(`${S401}\nAuthorization: Bearer ${apiToken(V1_ISS, '1.0')}`, {
      expectedIssuers: [expected],
    });
    const f = report.findings.find((x) => x.code === 'claim.iss-mismatch');
    expect(f, 'the mismatch itself is still reported').toBeDefined();
    expect(f?.args.entraTokenVersion).toBeUndefined();
    expect(report.nextSteps.join('\n')).not.toContain('requestedAccessTokenVersion');
  });
});

/** An access token of Okta's org authorization server: iss and aud the org's origin, Okta's cid/uid, a jti `AT.…`. */
const oktaOrg = (origin: string) =>
  rs256(
    {
      ver: 1,
      jti: 'AT.u7Rj3kQ2aZ',
      iss: origin,
      aud: origin,
      ...TIMES,
      cid: '0oa1b2c3d4',
      uid: '00u9x8y7',
      scp: ['openid'],
      sub: 'a@b.example',
    },
    { kid: 'k1' },
  );
const OKTA = oktaOrg('https://dev-123456.okta.com');

describe("formats, Okta: the org authorization server's access token sent to one's own API", () => {
  it.each<Row>([
    {
      name: 'okta-jwt-verifier refusing it (the kid is not in the custom server’s keys)',
      input: [`Authorization: Bearer ${OKTA}`, S401, 'WWW-Authenticate: Bearer error="invalid_token"'].join('\n'),
      ...A401,
      top: 'token.for-other-api',
    },
    {
      name: 'a custom domain, recognised by Okta’s claims',
      input: [S401, `Authorization: Bearer ${oktaOrg('https://login.acme-corp.com')}`].join('\n'),
      ...A401,
      top: 'token.for-other-api',
    },
  ])('$name', async (row) => {
    const report = await expectPasteRow(row, [sig(OKTA)]);
    expect(report.findings[0]?.args.api).toBe('okta-org');
    expect(report.nextSteps[0]).toContain('/oauth2/default');
  });

  it.each<Row>([
    {
      name: 'a custom authorization server’s token (its issuer has a path)',
      input: [
        S401,
        `Authorization: Bearer ${rs256({ iss: 'https://dev-123456.okta.com/oauth2/default', aud: 'api://default', ...TIMES, cid: 'c', jti: 'AT.x', sub: 's' })}`,
      ].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'the org token sent to the Okta org’s own API',
      input: [`curl -H "Authorization: Bearer ${OKTA}" https://dev-123456.okta.com/api/v1/users/me`, S401].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'a non-Okta issuer whose aud is its own origin, without Okta’s claims',
      input: [
        S401,
        `Authorization: Bearer ${rs256({ iss: 'https://auth.acme-corp.com', aud: 'https://auth.acme-corp.com', ...TIMES, sub: 's' })}`,
      ].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
  ])('not: $name', async (row) => {
    await expectPasteRow(row, [sig(OKTA)]);
  });

  it('speaks Japanese', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${OKTA}`, { locale: 'ja' });
    expect(report.findings[0]?.title).toContain('Okta');
  });
});

/** A JWE as Auth0 issues it to a request with no audience: direct encryption, the tenant in the header. */
const jwe = (header: Record<string, unknown>) =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}..Mx7Gd2T0NjnHsuKj.WKj3tqK1oHs0pVgmYv2kx0YQ9ts8mbsdZ8h4Ky8Vh2VFOWfYTYcwg2ZMpQl8jq6G8LbXH0zYw.eZ3wZ1fZ5c7Hn6E1p6QD4A`;
const AUTH0_JWE = jwe({ alg: 'dir', enc: 'A256GCM', iss: 'https://dev-abc123.us.auth0.com/' });
/** express-oauth2-jwt-bearer (jose under it) handed a JWE. */
const COMPACT_JWS = `${S401}\nWWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="Invalid Compact JWS"`;

describe('formats, encrypted tokens refused by a JWS verifier', () => {
  it('an Auth0 token requested without an audience, refused as "Invalid Compact JWS": the JWE leads, with the audience step', async () => {
    const report = await run(`${COMPACT_JWS}\n\nAuthorization: Bearer ${AUTH0_JWE}`);
    const f = report.findings[0];
    expect(f?.code).toBe('token.jwe');
    expect(f?.severity).toBe('error');
    expect(f?.args).toMatchObject({ alg: 'dir', enc: 'A256GCM', issuer: 'auth0' });
    expect(report.findings.map((x) => x.code)).not.toContain('token.malformed');
    expect(JSON.stringify(f?.corroboration)).toContain('Invalid Compact JWS');
    expect(report.nextSteps[0]).toContain('audience=');
  });

  it('another issuer’s JWE refused the same way leads too, without the Auth0 step', async () => {
    const report = await run(
      `${COMPACT_JWS}\n\nAuthorization: Bearer ${jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'e1' })}`,
    );
    expect(report.findings[0]?.code).toBe('token.jwe');
    expect(report.findings[0]?.args.issuer).toBeUndefined();
    expect(report.nextSteps.join('\n')).not.toContain('audience=<');
  });

  it.each([
    [
      'an API’s own JWE setting (RSA-OAEP-256 with the tenant in the header)',
      { alg: 'RSA-OAEP-256', enc: 'A256GCM', iss: 'https://dev-abc123.us.auth0.com/' },
    ],
    ['a dir JWE from another host', { alg: 'dir', enc: 'A256GCM', iss: 'https://auth0.com.evil.example/' }],
    ['a dir JWE with no iss', { alg: 'dir', enc: 'A256GCM' }],
  ])('no Auth0 reading for %s', async (_name, header) => {
    const report = await run(`Authorization: Bearer ${jwe(header)}`);
    const f = report.findings.find((x) => x.code === 'token.jwe');
    expect(f?.args.issuer).toBeUndefined();
    // Not refused in the paste: a warning, as before.
    expect(f?.severity).toBe('warning');
  });

  it('a JWE pasted with no refusal stays a warning (the Auth0 words still say what it is)', async () => {
    const report = await run(`Authorization: Bearer ${AUTH0_JWE}`);
    const f = report.findings.find((x) => x.code === 'token.jwe');
    expect(f?.severity).toBe('warning');
    expect(f?.args.issuer).toBe('auth0');
  });

  it('speaks Japanese', async () => {
    const report = await run(`${COMPACT_JWS}\n\nAuthorization: Bearer ${AUTH0_JWE}`, { locale: 'ja' });
    expect(report.findings[0]?.detail).toContain('Auth0');
    expect(report.nextSteps[0]).toContain('audience=');
  });
});

describe('formats, Entra: a Graph token beside prose that names Graph as the target', () => {
  it('is not read as sent to another API when the paste says it calls graph.microsoft.com', async () => {
    const report = await run(
      `Calling https://graph.microsoft.com/v1.0/me/messages returns 401 with this token:\n${GRAPH.split('.').slice(0, 2).join('.')}.***`,
    );
    expect(report.findings.map((f) => f.code)).not.toContain('token.for-other-api');
  });
});
