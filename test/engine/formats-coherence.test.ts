/**
 * Round coherence: reports whose classification disagreed with their top finding (findings.md, Classification). A 403
 * whose server says insufficient_scope keeps its status beside a log line rejecting a token (a second failure in the
 * paste); a server's own "no token came" on a 403 reads as the authentication failure it states, as FastAPI's does; a
 * general code the report folds into a specific one votes as that one. The `not:` rows hold what must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, EXPIRED, JSON_CT, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
const AUTHN_403 = { status: 403, classification: 'authentication' } as const;
// spring-security's JwtAuthenticationProvider debug line (its verifier row: src/engine/parse/verifier-messages/java.ts).
const SPRING_INVALID =
  '2026-05-28T14:09:58.120Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid';
// RFC 6750 §3.1's insufficient_scope, in WWW-Authenticate and as an OAuth error body.
const SCOPE_HEADER =
  'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="orders:write"';
const SCOPE_BODY =
  '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"orders:write"}';
const PAYLOAD =
  '{"iss":"https://auth.acme-corp.com/","sub":"auth0|6650f1c2a9d3e4b5c6d7e8f9","aud":"https://api.acme-corp.com","iat":1779975600,"exp":1779979200,"scope":"orders.read"}';
// bezkoder's Node.js Express JWT tutorials' verifyToken: `res.status(403).send({ message: "No token provided!" })`
// (src/engine/parse/error-bodies.ts).
const BEZKODER_NO_TOKEN = '{"message":"No token provided!"}';

describe('formats, classification and top finding agree', () => {
  it.each<Row>([
    {
      name: '403 insufficient_scope in WWW-Authenticate, a Spring log rejecting a JWT, a payload without the scope',
      input: [S403, SCOPE_HEADER, '', SPRING_INVALID, '', PAYLOAD].join('\n'),
      ...A403,
      top: 'challenge.insufficient-scope',
      includes: ['challenge.invalid-token'],
      excludes: ['status.mismatch'],
    },
    {
      name: '403 insufficient_scope in the body, the same Spring log line',
      input: [S403, JSON_CT, '', SCOPE_BODY, '', SPRING_INVALID, '', PAYLOAD].join('\n'),
      ...A403,
      top: 'challenge.insufficient-scope',
      includes: ['challenge.invalid-token'],
      excludes: ['status.mismatch'],
    },
    {
      name: '403 insufficient_scope beside jsonwebtoken’s "TokenExpiredError: jwt expired" from another request',
      input: [S403, SCOPE_HEADER, '', 'api-1  | TokenExpiredError: jwt expired'].join('\n'),
      ...A403,
      top: 'challenge.insufficient-scope',
      excludes: ['status.mismatch'],
    },
    {
      name: '403 {"message":"No token provided!"} with no request shown: the server says no token came',
      input: [S403, 'Content-Type: application/json; charset=utf-8', '', BEZKODER_NO_TOKEN].join('\n'),
      ...AUTHN_403,
      top: 'token.missing',
      via: 'bezkoder-tutorial',
      includes: ['status.mismatch'],
    },
    {
      name: 'fastapi-keycloak 403 unauthorized_client whose description (its opening quote lost) names a wrong secret',
      input:
        "fastapi_keycloak.exceptions.KeycloakError: HTTP 403: {'error': 'unauthorized_client', 'error_description': Invalid client secret'}",
      ...AUTHN_403,
      top: 'oauth.invalid-client',
      includes: ['status.mismatch'],
      excludes: ['oauth.unauthorized-client'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, classification and top finding agree: not', () => {
  it.each<Row>([
    {
      name: 'not: invalid_token in the 403’s own WWW-Authenticate beside an insufficient_scope body (the spec’s case)',
      input: [S403, 'WWW-Authenticate: Bearer error="invalid_token"', JSON_CT, '', SCOPE_BODY].join('\n'),
      ...AUTHN_403,
      includes: ['challenge.invalid-token', 'status.mismatch'],
    },
    {
      name: 'not: a 403 with the Spring log line alone still contradicts its status',
      input: [S403, '', SPRING_INVALID].join('\n'),
      ...AUTHN_403,
      top: 'challenge.invalid-token',
      includes: ['status.mismatch'],
    },
    {
      name: 'not: a 403 with an expired token and no stated reason still contradicts its status',
      input: [S403, '', `Authorization: Bearer ${EXPIRED}`].join('\n'),
      ...AUTHN_403,
      top: 'time.expired',
      includes: ['status.mismatch'],
    },
    {
      name: 'not: a 401 "No token provided!" is no mismatch',
      input: [S401, JSON_CT, '', BEZKODER_NO_TOKEN].join('\n'),
      ...A401,
      top: 'token.missing',
      excludes: ['status.mismatch'],
    },
    {
      name: 'not: "no token provided" in prose beside a 403 states nothing',
      input: [S403, 'the frontend shows no token provided when I log out, is that related?'].join('\n'),
      ...A403,
      excludes: ['status.mismatch'],
    },
    {
      name: 'not: Keycloak’s unauthorized_client for a grant the client may not use stays a denial on a 403',
      input: [
        S403,
        JSON_CT,
        '',
        '{"error":"unauthorized_client","error_description":"Client not enabled to retrieve service account"}',
      ].join('\n'),
      ...A403,
      top: 'oauth.unauthorized-client',
      excludes: ['status.mismatch', 'oauth.invalid-client'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });

  it('a mismatch names a code the report shows: FastAPI’s 403 `Not authenticated` beside a request without Authorization', async () => {
    // FastAPI's HTTPBearer answers no credentials with 403 {"detail":"Not authenticated"} (its verifier row:
    // src/engine/parse/verifier-messages/frameworks.ts); the report folds that token.missing into authz-header.missing.
    const report = await expectPasteRow({
      name: 'FastAPI 403 Not authenticated',
      input: [
        'GET /items/ HTTP/1.1',
        'host: localhost:8000',
        'accept: application/json',
        '',
        S403,
        'content-type: application/json',
        '',
        '{"detail":"Not authenticated"}',
      ].join('\n'),
      ...AUTHN_403,
      top: 'authz-header.missing',
      includes: ['status.mismatch'],
      excludes: ['token.missing'],
    });
    const because = report.findings.find((f) => f.code === 'status.mismatch')?.args.because;
    expect(report.findings.map((f) => f.code)).toContain(because);
  });

  it('the 403 insufficient_scope report quotes no token part', async () => {
    const report = await expectPasteRow(
      {
        name: 'signed token beside the scope answer and the log',
        input: [S403, SCOPE_HEADER, `Authorization: Bearer ${EXPIRED}`, '', SPRING_INVALID].join('\n'),
        ...A403,
        top: 'challenge.insufficient-scope',
        excludes: ['status.mismatch'],
      },
      [SIGNATURE, SIGNATURE.slice(10, 26)],
    );
    expect(report.findings.map((f) => f.code)).toContain('challenge.invalid-token');
  });
});
