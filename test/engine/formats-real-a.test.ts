/**
 * Round "real-a": pastes rebuilt from GitHub issue threads where someone asked why a request was refused (hosts and
 * tokens replaced, the software's own words kept). Each group cites its thread; what the maintainers found the cause
 * to be is what the row expects. Sources for the words are beside the rows in parse/verifier-messages/*.ts,
 * parse/error-bodies.ts and build-context.ts. Each group ends with near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, A403, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SIGNATURE = SIGNED.split('.')[2] as string;

// DuendeArchive/IdentityServer4#4727: IdentityServer 4 issued the access token with no aud (no ApiResource), and
// IdentityModel printed the token's empty audience list as 'empty'.
const IDENTITYMODEL: Row[] = [
  {
    name: "IDX10214 with Audiences: 'empty': the token has no aud",
    input:
      "IDX10214: Audience validation failed. Audiences: 'empty'. Did not match: validationParameters.ValidAudience: 'MindCard_API' or validationParameters.ValidAudiences: 'null'.",
    ...REFUSED,
    top: 'claim.aud-missing',
    via: 'identitymodel',
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: 'the same after the exception class, as JwtBearerHandler logs it',
    input: [
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      '      Failed to validate the token.',
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'empty'. Did not match: validationParameters.ValidAudience: 'api1' or validationParameters.ValidAudiences: 'null'.",
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-missing',
  },
  {
    name: 'near-miss: the token has an audience (aruss/IdentityBase#37) stays another audience',
    input:
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'http://localhost:5000/resources'. Did not match: validationParameters.ValidAudience: 'api1' or validationParameters.ValidAudiences: 'null'.",
    ...REFUSED,
    top: 'claim.aud-mismatch',
    excludes: ['claim.aud-missing'],
  },
  {
    name: "near-miss: 'empty' on the API's side (ValidAudiences) is not the token's",
    input:
      "IDX10214: Audience validation failed. Audiences: 'https://api.acme-corp.com'. Did not match: validationParameters.ValidAudience: 'null' or validationParameters.ValidAudiences: 'empty'.",
    ...REFUSED,
    top: 'claim.aud-mismatch',
    excludes: ['claim.aud-missing'],
  },
];

// opsnull/follow-me-install-kubernetes-cluster#467 (the reporter's kubelet token was wrong) and rancher/k3os#790: the
// API server's log before structured logging, "Unable to authenticate the request due to an error: …".
const KUBERNETES: Row[] = [
  {
    name: 'kube-apiserver, klog text format: a bare "invalid bearer token"',
    input:
      'kube-apiserver[109181]: E0530 15:47:26.595341  109181 authentication.go:65] Unable to authenticate the request due to an error: invalid bearer token',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kubernetes',
  },
  {
    name: 'kube-apiserver, klog text format: the wrapper with its cause',
    input:
      'E1009 09:42:45.361887    6910 authentication.go:53] Unable to authenticate the request due to an error: [invalid bearer token, Token has been invalidated]',
    ...REFUSED,
    top: 'token.revoked',
    via: 'kubernetes',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'near-miss: the words in a question',
    input: 'why does my kubelet say invalid bearer token after I rotated the certificates?',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    // Not a bearer token: the client certificate's issuer is unknown to the API server (round left-b reads it).
    name: 'near-miss: the same sentence about a client certificate, not a bearer token',
    input:
      'E1119 09:47:18.072393       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate signed by unknown authority',
    status: null,
    classification: 'authentication',
    top: 'signature.invalid',
    excludes: ['challenge.invalid-token'],
  },
];

// manjeshpv/node-oauth2-server-implementation#34: node-oauth2-server's InsufficientScopeError, serialised whole.
const NODE_OAUTH2_SERVER: Row[] = [
  {
    name: 'node-oauth2-server: the InsufficientScopeError a 403 carried',
    input:
      '{\n    "statusCode": 403,\n    "status": 403,\n    "code": 403,\n    "message": "Insufficient scope: authorized scope is insufficient",\n    "name": "insufficient_scope"\n}',
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'node-oauth2-server',
  },
  {
    name: 'node-oauth2-server: its InvalidTokenError for an expired token, behind a 401',
    input: [
      S401,
      '',
      '{"statusCode":401,"status":401,"code":401,"message":"Invalid token: access token has expired","name":"invalid_token"}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'node-oauth2-server: UnauthorizedRequestError, no token sent',
    input:
      '{"statusCode":401,"status":401,"code":401,"message":"Unauthorized request: no authentication given","name":"unauthorized_request"}',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'near-miss: a name that is an OAuth error in a test table, no status code',
    input: '{"name":"insufficient_scope","description":"Request with insufficient scope is refused"}',
    ...QUIET,
    excludes: ['challenge.insufficient-scope'],
  },
  {
    name: 'near-miss: code and status that disagree are another shape',
    input: '{"code":-32001,"status":403,"message":"nope","name":"insufficient_scope"}',
    ...A403,
    excludes: ['challenge.insufficient-scope'],
  },
];

// gbbirkisson/kong-plugin-jwt-keycloak#13: the route's allowed_iss did not hold the Keycloak realm's issuer.
const KONG_KEYCLOAK: Row[] = [
  {
    name: 'kong-plugin-jwt-keycloak: {"message": "Token issuer not allowed"}',
    input: '{\n    "message": "Token issuer not allowed"\n}',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'kong-jwt-keycloak',
  },
  {
    name: 'kong-plugin-jwt-keycloak: the scope/role check, behind a 403',
    input: ['HTTP/1.1 403 Forbidden', '', '{"message":"Access token does not have the required scope/role"}'].join(
      '\n',
    ),
    ...A403,
    top: 'scope.insufficient',
  },
  {
    name: 'kong-plugin-jwt-keycloak: the issuer’s keys could not be fetched',
    input: ['HTTP/1.1 403 Forbidden', '', '{"message":"Unable to get public key for issuer"}'].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
  },
  {
    name: 'kong-plugin-jwt-keycloak: its Lua-table rendering of an expired exp',
    input: '{"message":"Token claims invalid: [\\"exp\\"]=\\"token expired\\""}',
    ...REFUSED,
    top: 'time.expired',
    via: 'kong',
  },
  {
    name: 'Kong’s jwt plugin body as Node’s util.inspect prints it (pantsel/konga#422)',
    input: "error: KongProxyController request error { message: 'No credentials found for given \\'iss\\'' }",
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'kong',
  },
  {
    name: 'near-miss: the words inside a longer sentence',
    input: 'The docs say Token issuer not allowed errors come from allowed_iss, is that right?',
    ...QUIET,
    excludes: ['claim.iss-mismatch'],
  },
];

// spring-projects/spring-security#8372: the legacy resource server (spring-security-oauth2) refusing a token its token
// store could not read, logged by OAuth2AuthenticationProcessingFilter with the token in the description.
const SPRING_OAUTH2: Row[] = [
  {
    name: 'OAuth2AuthenticationProcessingFilter: "Invalid access token: <jwt>"',
    input: `2020-04-10 18:25:41.201 DEBUG 17944 --- [nio-8080-exec-9] p.a.OAuth2AuthenticationProcessingFilter : Authentication request failed: error="invalid_token", error_description="Invalid access token: ${SIGNED}"`,
    ...REFUSED,
    includes: ['challenge.invalid-token'],
    excludes: ['input.empty'],
  },
  {
    name: 'the same with an opaque (UUID) token',
    input:
      'p.a.OAuth2AuthenticationProcessingFilter : Authentication request failed: error="invalid_token", error_description="Invalid access token: 9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9"',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'spring-security-oauth2',
  },
  {
    name: 'DefaultTokenServices: "Access token expired: <token>"',
    input:
      'Authentication request failed: error="invalid_token", error_description="Access token expired: 9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9"',
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security-oauth2',
  },
  {
    name: 'near-miss: the words with no token after them',
    input: 'Invalid access token: see the logs',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

// szerhusenBC/jwt-spring-security-demo#69 and FraunhoferISST/DataspaceConnector#740: older jjwt prints its own clock.
const JJWT_CLOCK: Row[] = [
  {
    name: 'jjwt: "JWT expired at … Current time: …" is measured from the printed time',
    input:
      'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2017-09-19T00:31:16Z. Current time: 2017-12-09T21:26:44Z, a difference of 7073728267 milliseconds.  Allowed clock skew: 0 milliseconds.',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'jjwt: seven seconds late by its own clock is no longer "expired 5 years ago"',
    input:
      'ERROR de.fraunhofer.ids.messaging.core.daps.DapsValidator - JWT expired at 2021-11-09T15:40:12Z. Current time: 2021-11-09T15:40:19Z, a difference of 7343 milliseconds.  Allowed clock skew: 0 milliseconds.',
    ...REFUSED,
    top: 'time.expired',
  },
];

// supabase/supabase-flutter#452: a Dart client's response dump wraps every header value in quotes.
const WRAPPED_CHALLENGE: Row[] = [
  {
    name: 'www-authenticate: "Bearer error="invalid_token", …" as a Dart client prints it',
    input: [
      'Response',
      '  Headers:',
      '   via: "kong/2.8.1"',
      '   date: "Thu, 11 May 2023 21:51:43 GMT"',
      '   www-authenticate: "Bearer error="invalid_token", error_description="JWT expired""',
      '  Body:',
      '   code: "PGRST301"',
      '   message: "JWT expired"',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'near-miss: a wrapped value mangled inside as well is read as it stands',
    input: [S401, 'WWW-Authenticate: "Bearer error="invalid_t"oken"," error_description="Th"e key was not found"'].join(
      '\n',
    ),
    ...A401,
    includes: ['challenge.malformed'],
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'near-miss: a quoted value that is no challenge stays malformed',
    input: [S401, 'WWW-Authenticate: "nonsense"'].join('\n'),
    ...A401,
    includes: ['challenge.malformed'],
  },
];

// gladly-team/next-firebase-auth#319: a Go backend verifying a Firebase ID token with firebase-admin-go.
const FIREBASE_GO: Row[] = [
  {
    name: 'firebase-admin-go: "ID token has expired at: <seconds>"',
    input: 'I get the following error on my backend when verifying the ID token: `ID token has expired at: 1634752738`',
    ...REFUSED,
    top: 'time.expired',
    via: 'firebase-admin',
  },
  {
    name: 'firebase-admin-go: "ID token issued at future timestamp: <seconds>"',
    input: 'verify failed: ID token issued at future timestamp: 1779977999',
    ...REFUSED,
    top: 'time.issued-in-future',
  },
  {
    name: 'near-miss: the words without Go’s number after them',
    input: 'How do I know when the ID token has expired at: the client or the server?',
    ...QUIET,
    excludes: ['time.expired', ...NOT_MISSING],
  },
];

describe('formats, round real-a: pastes from issue threads', () => {
  it.each([
    ...IDENTITYMODEL,
    ...KUBERNETES,
    ...NODE_OAUTH2_SERVER,
    ...KONG_KEYCLOAK,
    ...SPRING_OAUTH2,
    ...JJWT_CLOCK,
    ...WRAPPED_CHALLENGE,
    ...FIREBASE_GO,
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE, SIGNATURE.slice(0, 16), SIGNATURE.slice(-16)]);
  });
});

describe('formats, round real-a: values read from the paste', () => {
  it('jjwt’s printed clock is the reference for how long ago the token expired', async () => {
    const report = await run(JJWT_CLOCK[0]?.input as string);
    const expired = report.findings.find((f) => f.code === 'time.expired');
    // 2017-12-09T21:26:44Z − 2017-09-19T00:31:16Z, not NOW − exp.
    expect(expired?.args.agoSeconds).toBe(7073728);
  });

  it('within the skew by jjwt’s own clock, no "ago" is claimed', async () => {
    const report = await run(JJWT_CLOCK[1]?.input as string);
    expect(report.findings.find((f) => f.code === 'time.expired')?.args.agoSeconds).toBeNull();
  });

  it('without a printed clock the reference time is used, as before', async () => {
    const report = await run('io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-05-28T13:10:00Z.');
    expect(report.findings.find((f) => f.code === 'time.expired')?.args.agoSeconds).toBe(3600);
  });

  it('an opaque token the legacy Spring line carries is masked as well', async () => {
    for (const row of SPRING_OAUTH2.slice(1, 3)) {
      const json = JSON.stringify(await run(row.input));
      expect(json.includes('9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9'), 'the opaque token reached the report').toBe(false);
      expect(json.includes('bb33ef11c6c9'), 'a piece of the opaque token reached the report').toBe(false);
    }
  });

  it('the legacy Spring line never echoes the token it carries', async () => {
    const report = await run(SPRING_OAUTH2[0]?.input as string);
    const json = JSON.stringify(report);
    for (const part of [SIGNED, SIGNATURE, SIGNATURE.slice(0, 16), SIGNATURE.slice(-16)])
      expect(json.includes(part), 'a token part reached the report').toBe(false);
  });
});
