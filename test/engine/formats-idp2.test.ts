/**
 * Round idp2: identity platforms' token mix-ups. Auth0: a token for the tenant's Management API, or for its /userinfo
 * endpoint only, sent to one's own API (token.for-other-api; auth0.com/docs "Get Access Tokens", "Control access token
 * audience", and "Management API Access Tokens": the audience is https://{yourDomain}/api/v2/). The `not:` rows hold
 * what must stay as it was: a custom API beside /userinfo, the tenant's own endpoints, other hosts that look alike.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, REFUSED, S200, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { rs256 } from '../helpers/tokens.js';

const TIMES = { iat: 1779975600, exp: 1779979200 };
const TENANT = 'https://acme.us.auth0.com';
const sig = (t: string) => t.split('.')[2] as string;
const auth0 = (aud: unknown, extra: Record<string, unknown> = {}) =>
  rs256({ iss: `${TENANT}/`, sub: 'auth0|6650f1c2', aud, ...TIMES, azp: 'Qm8Jx2LcR4vT9wYz1bN6', ...extra });
/** What the dashboard's API Explorer or a client-credentials grant for the Management API returns. */
const MGMT = auth0(`${TENANT}/api/v2/`, { sub: 'Qm8Jx2LcR4vT9wYz1bN6@clients', gty: 'client-credentials' });
const USERINFO = auth0(`${TENANT}/userinfo`, { scope: 'openid profile' });
const AUD_REFUSED =
  'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="jwt audience invalid. expected: https://api.acme-corp.com"';

describe("formats, Auth0: a token for the tenant's own APIs sent to one's own", () => {
  it.each<Row & { api: string }>([
    {
      name: 'a Management API token refused by express-jwt for its audience: the mismatch is absorbed',
      input: [`curl -H "Authorization: Bearer ${MGMT}" https://api.acme-corp.com/orders`, S401, AUD_REFUSED].join('\n'),
      ...A401,
      top: 'token.for-other-api',
      excludes: ['claim.aud-mismatch'],
      api: 'auth0-management',
    },
    {
      name: 'a Management API token with only a 401 beside it',
      input: [`Authorization: Bearer ${MGMT}`, S401].join('\n'),
      ...A401,
      top: 'token.for-other-api',
      api: 'auth0-management',
    },
    {
      name: 'a Management API token on the legacy domain, without the trailing slash, beside /userinfo',
      input: [
        S401,
        `Authorization: Bearer ${rs256({ iss: 'https://acme.auth0.com/', aud: ['https://acme.auth0.com/api/v2', 'https://acme.auth0.com/userinfo'], ...TIMES, sub: 's' })}`,
      ].join('\n'),
      ...A401,
      top: 'token.for-other-api',
      api: 'auth0-management',
    },
    {
      name: 'a token whose only audience is /userinfo, refused by jose for its aud',
      input: [
        `curl -H "Authorization: Bearer ${USERINFO}" https://api.acme-corp.com/orders`,
        S401,
        'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="unexpected \\"aud\\" claim value"',
      ].join('\n'),
      ...A401,
      top: 'token.for-other-api',
      api: 'auth0-userinfo',
    },
    {
      name: 'a /userinfo-only token in a verifier log line, no status',
      input: [
        `token: ${USERINFO}`,
        'JsonWebTokenError: jwt audience invalid. expected: https://api.acme-corp.com',
      ].join('\n'),
      ...REFUSED,
      top: 'token.for-other-api',
      api: 'auth0-userinfo',
    },
  ])('$name', async ({ api, ...row }) => {
    const report = await expectPasteRow(row, [sig(MGMT), sig(USERINFO)]);
    expect(report.findings[0]?.args.api).toBe(api);
    expect(report.nextSteps[0]).toContain('audience');
  });

  it.each<Row>([
    {
      name: 'a custom API beside /userinfo (the usual shape with openid)',
      input: [S401, `Authorization: Bearer ${auth0(['https://api.acme-corp.com', `${TENANT}/userinfo`])}`].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'the Management API token sent to the Management API',
      input: [`curl -H "Authorization: Bearer ${MGMT}" https://acme.us.auth0.com/api/v2/users`, S401].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'the /userinfo token sent to /userinfo',
      input: [`curl -H "Authorization: Bearer ${USERINFO}" https://acme.us.auth0.com/userinfo`, S401].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'an /api/v2/ audience on a host that is not Auth0’s',
      input: [S401, `Authorization: Bearer ${auth0('https://acme.auth0.com.evil.example/api/v2/')}`].join('\n'),
      ...A401,
      excludes: ['token.for-other-api'],
    },
    {
      name: 'a Management API token that worked',
      input: [`curl -H "Authorization: Bearer ${MGMT}" https://api.acme-corp.com/orders`, S200].join('\n'),
      status: 200,
      classification: 'undetermined',
      excludes: ['token.for-other-api'],
    },
  ])('not: $name', async (row) => {
    await expectPasteRow(row, [sig(MGMT), sig(USERINFO)]);
  });

  it('is not read when the caller expects the Management API audience', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${MGMT}`, { expectedAudiences: [`${TENANT}/api/v2/`] });
    expect(report.findings.map((f) => f.code)).not.toContain('token.for-other-api');
  });

  it('speaks Japanese', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${MGMT}`, { locale: 'ja' });
    expect(report.findings[0]?.title).toContain('Management API');
    const userinfo = await run(`${S401}\nAuthorization: Bearer ${USERINFO}`, { locale: 'ja' });
    expect(userinfo.findings[0]?.title).toContain('/userinfo');
  });
});

/**
 * Keycloak's TokenVerifier (keycloak/keycloak core/src/main/java/org/keycloak/TokenVerifier.java): IS_ACTIVE's
 * TokenNotActiveException is exp or nbf (JsonWebToken.isActive), so a pasted token's nbf decides which; TokenTypeCheck
 * names Keycloak's `typ` claim (ID: an ID token); AudienceCheck and SUBJECT_EXISTS_CHECK have fixed words.
 */
const KC = { iss: 'https://kc.example.com/realms/acme', aud: 'account', sub: 'u', azp: 'web', typ: 'Bearer' };
const NOT_ACTIVE =
  'WARN [org.keycloak.adapters.BearerTokenRequestAuthenticator] (default task-1) Failed to verify token: org.keycloak.exceptions.TokenNotActiveException: Token is not active';
const kcToken = (times: Record<string, number>) => rs256({ ...KC, ...times });

describe("formats, Keycloak: its TokenVerifier's refusals", () => {
  it.each<Row & { args?: Record<string, unknown> }>([
    {
      name: 'TokenNotActiveException alone: exp, the usual cause',
      input: NOT_ACTIVE,
      ...REFUSED,
      top: 'time.expired',
      via: 'keycloak',
    },
    {
      name: 'TokenNotActiveException beside a token that expired an hour ago',
      input: `${NOT_ACTIVE}\nAuthorization: Bearer ${kcToken({ iat: TIMES.iat - 7200, exp: TIMES.iat - 3600 })}`,
      ...REFUSED,
      top: 'time.expired',
      args: { exp: TIMES.iat - 3600 },
    },
    {
      name: 'TokenNotActiveException beside a token still valid: the verifier saw another token, or its clock is off',
      input: `${NOT_ACTIVE}\nAuthorization: Bearer ${kcToken(TIMES)}`,
      ...REFUSED,
      top: 'time.expired',
      args: { validForSeconds: 1800 },
    },
    {
      name: 'TokenNotActiveException beside a token whose nbf is ahead: not yet valid, not expired',
      input: `${NOT_ACTIVE}\nAuthorization: Bearer ${kcToken({ iat: TIMES.iat, nbf: TIMES.iat + 3400, exp: TIMES.exp + 3600 })}`,
      ...REFUSED,
      top: 'time.not-yet-valid',
      excludes: ['time.expired'],
    },
    {
      name: "TokenTypeCheck: \"Expected 'Bearer' but was 'ID'\" is an ID token",
      input:
        "Failed to verify token: org.keycloak.common.VerificationException: Token type is incorrect. Expected 'Bearer' but was 'ID'",
      ...REFUSED,
      top: 'token.id-token',
      args: { via: 'keycloak', indicators: ['typ: ID'] },
    },
    {
      name: 'TokenTypeCheck with a refresh token',
      input: "org.keycloak.common.VerificationException: Token type is incorrect. Expected 'Bearer' but was 'Refresh'",
      ...REFUSED,
      top: 'token.type-mismatch',
      args: { typ: 'Refresh', expected: ['Bearer'] },
    },
    {
      name: 'AudienceCheck',
      input:
        'Failed to verify token: org.keycloak.common.VerificationException: Expected audience not available in the token',
      ...REFUSED,
      top: 'claim.aud-mismatch',
      via: 'keycloak',
    },
    {
      name: 'AudienceCheck, no aud at all',
      input: 'org.keycloak.common.VerificationException: No audience in the token',
      ...REFUSED,
      top: 'claim.aud-missing',
    },
    {
      name: 'SUBJECT_EXISTS_CHECK',
      input: 'org.keycloak.common.VerificationException: Subject missing in token',
      ...REFUSED,
      top: 'claim.sub-missing',
    },
  ])('$name', async ({ args, ...row }) => {
    const report = await expectPasteRow(row);
    if (args !== undefined) expect(report.findings[0]?.args).toMatchObject(args);
  });

  it.each<Row>([
    {
      name: "another service's \"Token is not active\" (an introspection's active: false) is not Keycloak's exp",
      input: '{"error":"Token is not active"}',
      status: null,
      classification: 'undetermined',
      excludes: ['time.expired', 'time.not-yet-valid'],
    },
    {
      name: 'the words in lower case, in prose',
      input: 'why does it say token type is incorrect. expected a bearer token?',
      status: null,
      classification: 'undetermined',
      excludes: ['token.id-token', 'token.type-mismatch'],
    },
  ])('not: $name', async (row) => {
    await expectPasteRow(row);
  });
});

/**
 * Google: an OAuth 2.0 access token (`ya29.…`) sent to Cloud Run, Cloud Functions or IAP, which want an ID token whose
 * aud is the service URL (cloud.google.com/docs/authentication/token-types; Cloud Run "Authenticating
 * service-to-service"). Cloud Run's 401 page is google/adk-python#3814's. A service account's token has dots of its
 * own (`ya29.c.…`) and must not read as a malformed JWT.
 */
const YA29 = 'ya29.a0AfB_byC3xY9kLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const YA29_SA = 'ya29.c.b0AXv0zTPx8Yq3kLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH';
const RUN_URL = 'https://orders-abc123-uc.a.run.app';
const CLOUD_RUN_401 = [
  'HTTP/2 401',
  'content-type: text/html;charset=utf-8',
  '',
  '<html><head><title>401 Unauthorized</title></head><body text=#000000 bgcolor=#ffffff>',
  '<h1>Error: Unauthorized</h1>',
  '<h2>Your client does not have permission to the requested URL <code>/endpoint/x</code>.</h2>',
  '</body></html>',
].join('\n');

describe('formats, Google: an OAuth access token where an ID token belongs', () => {
  it.each<Row & { severity: string }>([
    {
      name: 'a user access token sent to a Cloud Run URL, its 401 page',
      input: [`curl -H "Authorization: Bearer ${YA29}" ${RUN_URL}/endpoint/x`, CLOUD_RUN_401].join('\n'),
      ...A401,
      top: 'token.opaque',
      excludes: ['token.malformed'],
      severity: 'error',
    },
    {
      name: 'a service account’s token (ya29.c.…, dots of its own) is no malformed JWT',
      input: [`curl -H "Authorization: Bearer ${YA29_SA}" ${RUN_URL}/endpoint/x`, CLOUD_RUN_401].join('\n'),
      ...A401,
      top: 'token.opaque',
      excludes: ['token.malformed', 'authz-header.format'],
      severity: 'error',
    },
    {
      name: 'a Cloud Functions URL answering 403',
      input: [
        `curl -H "Authorization: Bearer ${YA29}" https://us-central1-acme.cloudfunctions.net/orders`,
        'HTTP/2 403',
        '<h2>Your client does not have permission to get URL <code>/orders</code> from this server.</h2>',
      ].join('\n'),
      status: 403,
      classification: 'authorization',
      top: 'token.opaque',
      severity: 'error',
    },
    {
      name: 'a Google access token to some API, no host shown: still named, as a warning',
      input: [S401, `Authorization: Bearer ${YA29}`].join('\n'),
      ...A401,
      includes: ['token.opaque'],
      severity: 'warning',
    },
  ])('$name', async ({ severity, ...row }) => {
    const report = await expectPasteRow(row, [YA29.slice(20, 40), YA29_SA.slice(20, 40)]);
    const f = report.findings.find((x) => x.code === 'token.opaque');
    expect(f?.args.form).toBe('google-access-token');
    expect(f?.severity).toBe(severity);
    expect(report.nextSteps.join(' ')).toContain('ID token');
  });

  it.each<Row>([
    {
      name: 'the access token sent to a Google API (*.googleapis.com), where it belongs',
      input: [
        `curl -H "Authorization: Bearer ${YA29_SA}" https://www.googleapis.com/drive/v3/files`,
        'HTTP/2 401',
        '{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}}',
      ].join('\n'),
      ...A401,
      excludes: ['token.opaque', 'token.malformed'],
    },
  ])('not: $name', async (row) => {
    await expectPasteRow(row);
  });

  it('another opaque token keeps the general words', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer 8f14e45fceea167a5a36dedd4bea2543a1b2c3d4e5f6`);
    expect(report.findings.find((x) => x.code === 'token.opaque')?.args.form).toBeUndefined();
  });

  it('speaks Japanese', async () => {
    const report = await run(`curl -H "Authorization: Bearer ${YA29}" ${RUN_URL}/\n${CLOUD_RUN_401}`, { locale: 'ja' });
    expect(report.findings[0]?.title).toContain('Google');
  });
});
