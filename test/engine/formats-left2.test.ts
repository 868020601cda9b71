/**
 * Round "left2": readings earlier rounds noticed and left. English questions about a verifier's message, OkHttp's
 * request-only log behind logcat's prefix, Clerk's message header that Envoy's row took, Tyk's "Authorization field
 * missing" as what Tyk means, a curl -v trace joined onto one line, and Spring's 403 for a token whose roles Keycloak
 * nested. Each group ends with the same words or shape out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, EXPIRED_MASKED, FRESH_MASKED, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

// scan.ts's asksInEnglish, the English counterpart of the Japanese wondering: a question that opens with what it asks
// about a message. jsonwebtoken's `jwt expired` / `invalid signature` / TokenExpiredError (auth0/node-jsonwebtoken
// verify.js, lib/TokenExpiredError.js) and IdentityModel's IDX10223 are the rows.
const ENGLISH_QUESTIONS: Row[] = [
  {
    name: 'if I get `jwt expired`, what should I do?',
    input: 'if I get `jwt expired`, what should I do?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'what does `invalid signature` mean?',
    input: 'what does `invalid signature` mean?',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
  {
    name: 'should we retry on `TokenExpiredError`?',
    input: 'should we retry on `TokenExpiredError`?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  { name: 'how do I handle IDX10223?', input: 'how do I handle IDX10223?', ...QUIET, excludes: ['time.expired'] },
  {
    name: 'what if the API returns "jwt expired"?',
    input: 'Quick question: what if the API returns "jwt expired"?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'beside a 401, a question about another message states nothing',
    input: `${S401}\nwhat does "invalid signature" mean?`,
    ...A401,
    excludes: ['signature.invalid'],
  },
  {
    name: 'out of shape: "I get `jwt expired` on every call, why?" reports it',
    input: 'I get `jwt expired` on every call, why?',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: a question after the report leaves the report read',
    input: 'We get `jwt expired` from the API. What does it mean?',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: "if I call it with the old token I get jwt expired" is no hypothetical of the message',
    input: 'if I call it with the old token I get `jwt expired`, is that expected?',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: an "if" with no question mark states the message',
    input: 'if it returns `jwt expired` we log the user out',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: a log line asked about, quoted in full on its own line, is still the log’s',
    input: 'what does this mean?\nJsonWebTokenError: invalid signature',
    ...REFUSED,
    top: 'signature.invalid',
  },
];

// OkHttp's HttpLoggingInterceptor (square/okhttp okhttp-logging-interceptor HttpLoggingInterceptor.kt: `--> GET url`,
// each field, `--> END GET`) behind Android Studio's logcat prefix, with no response logged yet: mobile-log-prefixes.ts
// gated on `<-- ` alone, so the prefix stayed and the token was found in the text, not in the request's Authorization.
const LOGCAT_PREFIX = '2026-05-28 14:09:58.120 12345-12399/com.example.app D/OkHttp: ';
const OKHTTP_REQUEST_ONLY: Row[] = [
  {
    name: 'a request-only OkHttp log behind logcat’s prefix: the token is the request’s',
    input: [
      `${LOGCAT_PREFIX}--> GET https://api.example.com/v1/orders`,
      `${LOGCAT_PREFIX}Authorization: Bearer ${EXPIRED_MASKED}`,
      `${LOGCAT_PREFIX}--> END GET`,
    ].join('\n'),
    ...QUIET,
    top: 'time.expired',
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'out of shape: an arrow in prose (`a --> b`) with a token beside it stays text',
    input: `flow: client --> gateway --> api\ntoken ${FRESH_MASKED}`,
    ...QUIET,
    token: { foundIn: 'text' },
  },
];

// Clerk's TokenVerificationError (clerk/javascript packages/backend/src/jwt/assertions.ts "JWT is expired. Expiry
// date: …, Current date: ….", errors.ts getFullMessage `… (reason=…, token-carrier=…)`) in its `x-clerk-auth-message`
// header: Envoy's "Jwt is expired" row (google/jwt_verify_lib status.cc) read it, and proxy.ts said Envoy answered.
const CLERK_MESSAGE = 'x-clerk-auth-message: JWT is expired (reason=token-expired, token-carrier=header)';
const CLERK_HEADER: Row[] = [
  {
    name: 'Clerk’s message header with its reason suffix: Clerk, not Envoy',
    input: `${S401}\n${CLERK_MESSAGE}`,
    ...A401,
    top: 'time.expired',
    via: 'clerk',
    product: null,
  },
  {
    name: 'Clerk’s message header cut after its first sentence',
    input: `${S401}\nx-clerk-auth-message: JWT is expired.`,
    ...A401,
    top: 'time.expired',
    via: 'clerk',
    product: null,
  },
  {
    name: 'Clerk’s message shortened with an ellipsis',
    input: `${S401}\nx-clerk-auth-message: JWT is expired… (reason=token-expired, token-carrier=header)`,
    ...A401,
    top: 'time.expired',
    via: 'clerk',
    excludes: ['token.missing'],
  },
  {
    name: 'out of shape: Envoy’s own body "Jwt is expired" is still Envoy’s',
    input: `${S401}\nserver: envoy\ncontent-length: 14\n\nJwt is expired`,
    ...A401,
    top: 'time.expired',
    via: 'envoy',
    product: 'Envoy',
  },
  {
    name: 'out of shape: "JWT is expired" with no Clerk header or suffix reads as before (Envoy’s body)',
    input: `${S401}\n\nJWT is expired`,
    ...A401,
    top: 'time.expired',
    via: 'envoy',
  },
];

// Tyk's "Authorization field missing" (TykTechnologies/tyk gateway/mw_auth_key.go, mw_jwt.go: the header named by
// auth_header_name was empty; mw_oauth2_key_exists.go: a value with no space, so no "Bearer ").
const TYK_BODY =
  'HTTP/1.1 400 Bad Request\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Authorization field missing"\n}';

describe('formats, left2: English questions about a message', () => {
  it.each(ENGLISH_QUESTIONS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, left2: OkHttp request-only log behind logcat', () => {
  it.each(OKHTTP_REQUEST_ONLY)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, left2: Clerk’s message header is not Envoy’s', () => {
  it.each(CLERK_HEADER)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, left2: Tyk’s "Authorization field missing"', () => {
  it('the reply alone: token.missing says Tyk found nothing where its API definition looks', async () => {
    const report = await expectPasteRow({
      name: 'tyk alone',
      input: TYK_BODY,
      status: 400,
      classification: 'authentication',
      top: 'token.missing',
      via: 'tyk',
    });
    expect(report.findings[0]?.args).toMatchObject({ configuredHeader: true });
    expect(report.findings[0]?.detail).toContain('auth_header_name');
  });
  it('with the request’s bare token: the scheme and the configured header both said', async () => {
    const report = await expectPasteRow({
      name: 'tyk with request',
      input: `> GET /httpbin/get HTTP/1.1\n> Authorization: ${FRESH_MASKED}\n>\n${TYK_BODY.replace(/^/gm, '< ')}`,
      status: 400,
      classification: 'authentication',
      top: 'authz-header.scheme',
      includes: ['token.missing'],
    });
    const missing = report.findings.find((f) => f.code === 'token.missing');
    expect(missing?.args).toMatchObject({ configuredHeader: true, sent: true });
  });
  it('out of shape: another product’s "Authorization field missing" prose sets no Tyk header note', async () => {
    const report = await expectPasteRow({
      name: 'express',
      input: `${S401}\n\n{"message":"No authorization token was found"}`,
      ...A401,
      top: 'token.missing',
    });
    expect(report.findings[0]?.args).not.toHaveProperty('configuredHeader');
  });
});

// A curl -v trace (curl's `< ` / `> ` markers, lib/http.c and src/tool_cb_dbg.c) joined onto one line by a chat client:
// normalize.ts's splitFlattenedTraces puts each marker back at a line's start when two runs share the line.
const FLATTENED: Row[] = [
  {
    name: 'a response trace on one line: the challenge is read',
    input:
      '< HTTP/1.1 401 Unauthorized < date: Thu, 28 May 2026 14:09:58 GMT < content-type: application/json < www-authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired" < apigw-requestid: Abc123xyz=',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.no-error', 'token.missing'],
  },
  {
    name: 'request and response on one line after a chat’s words: the token is the request’s',
    input: `here is the trace: > GET /v1/orders HTTP/1.1 > Host: api.example.com > Authorization: Bearer ${EXPIRED_MASKED} > Accept: */* < HTTP/1.1 401 Unauthorized < www-authenticate: Bearer error="invalid_token"`,
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'out of shape: one `a < b: c` in prose is left alone',
    input: `${S401}\nwhen count < limit: we retry`,
    ...A401,
    excludes: ['challenge.malformed'],
  },
  {
    name: 'out of shape: shell redirections are no markers',
    input: `${S403}\ncat a > out.txt > log: done`,
    status: 403,
    classification: 'authorization',
  },
];

describe('formats, left2: curl -v trace flattened onto one line', () => {
  it.each(FLATTENED)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

// Spring Security's 403 for a scope or role rule (BearerTokenAccessDeniedHandler's insufficient_scope description)
// with a Keycloak token: its default JwtGrantedAuthoritiesConverter makes authorities of scope/scp alone
// (spring-projects/spring-security JwtGrantedAuthoritiesConverter.java, WELL_KNOWN_AUTHORITIES_CLAIM_NAMES).
const SPRING_403 =
  'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"';
const KEYCLOAK_CLAIMS = {
  ...CLAIMS,
  realm_access: { roles: ['ADMIN', 'offline_access'] },
  resource_access: { account: { roles: ['manage-account'] } },
};
const masked = (t: string) => `${t.split('.').slice(0, 2).join('.')}.***`;

describe('formats, left2: Spring 403 with Keycloak roles', () => {
  it('the roles in realm_access.roles and resource_access are named beside the refusal', async () => {
    const token = masked(rs256(KEYCLOAK_CLAIMS, { kid: 'k1' }));
    const report = await expectPasteRow({
      name: 'spring keycloak',
      input: `${S403}\n${SPRING_403}\n\n.requestMatchers("/admin/**").hasRole("ADMIN")\nAuthorization: Bearer ${token}`,
      ...A403,
      includes: ['scope.insufficient'],
    });
    const scope = report.findings.find((f) => f.code === 'scope.insufficient');
    expect(scope?.args).toMatchObject({
      via: 'spring-security',
      nestedRoles: ['realm_access.roles', 'resource_access.account.roles'],
    });
    expect(scope?.detail).toContain('scope and scp alone');
  });
  it('out of shape: a token with no Keycloak roles gets no note', async () => {
    const report = await expectPasteRow({
      name: 'spring plain',
      input: `${S403}\n${SPRING_403}\n\nAuthorization: Bearer ${FRESH_MASKED}`,
      ...A403,
      top: 'challenge.insufficient-scope',
      // With no note to add, Spring's description says no more than the challenge it is in (formats-audit-b).
      excludes: ['scope.insufficient'],
    });
    expect(report.findings.some((f) => 'nestedRoles' in f.args)).toBe(false);
  });
  it('out of shape: empty realm roles are no roles', async () => {
    const token = masked(rs256({ ...CLAIMS, realm_access: { roles: [] } }, { kid: 'k1' }));
    const report = await expectPasteRow({
      name: 'spring empty roles',
      input: `${S403}\n${SPRING_403}\n\nAuthorization: Bearer ${token}`,
      ...A403,
    });
    expect(report.findings.some((f) => 'nestedRoles' in f.args)).toBe(false);
  });
});
