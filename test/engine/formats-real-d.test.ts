/**
 * Round "real-d": pastes rebuilt from Q&A threads (Stack Overflow, vendor community forums) where someone asked why a
 * request was refused (hosts and tokens replaced, the software's own words kept). Each group cites its thread; what the
 * accepted answer found the cause to be is what the row expects. Each group ends with near-misses that must read as
 * before.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, MISREAD, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, hs256, unsigned } from '../helpers/tokens.js';

const SIGNED = hs256({ ...CLAIMS });
const SIGNATURE = SIGNED.split('.')[2] as string;

// An opaque token sent to a JWT verifier, which calls it malformed: the token is not a JWT, and the fix is to request
// one (Auth0: pass the API's audience), not to copy the same token again.
const OPAQUE_REFUSED: Row[] = [
  {
    // https://community.auth0.com/t/access-token-too-short-jwt-malformed/9169 (accepted: no audience was requested,
    // so Auth0 issued an opaque token for /userinfo only).
    name: 'express-jwt says "jwt malformed" to a 32-character Auth0 access token',
    input: [
      'React app gets an access_token but it is too short:',
      '',
      'Authorization: Bearer O0PDdG2DjHQLLxOQYiPBT5qCbKtItgW3',
      '',
      'UnauthorizedError: jwt malformed',
      '    at new UnauthorizedError (/srv/api/node_modules/express-jwt/lib/errors/UnauthorizedError.js:22:15)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    // A Stack Overflow question retold at https://openillumi.com/en/en-flask-jwt-not-enough-segments-error-fix (the
    // answer: the bearer value was not a JWT at all, not three dot-separated parts).
    name: 'Flask-JWT-Extended’s "Not enough segments" to a bearer value with no dots',
    input: [
      '$ curl http://0.0.0.0:8080/ -H "Authorization: Bearer TGazPL9rf3aIftplCYDTGDc8cbTd"',
      '{',
      '  "msg": "Not enough segments"',
      '}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    name: 'the same refusal after a status line and the request',
    input: [
      'GET /api/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'Authorization: Bearer 9f3c2a7e1b6d4f08a5c3e2d1b0a9f8e7',
      '',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{"message":"jwt malformed"}',
    ].join('\n'),
    ...A401,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    name: 'near-miss: a JWT cut short is still malformed',
    input: ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIx', '', 'JsonWebTokenError: jwt malformed'].join(
      '\n',
    ),
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'near-miss: a JWT that lost its first characters (no JOSE header, but dots) stays malformed',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      `Authorization: Bearer ${SIGNED.slice(2)}`,
      '',
      'JsonWebTokenError: jwt malformed',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'near-miss: a JWT cut across both dots (base64url JSON, no dots) stays malformed',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      `Authorization: Bearer ${SIGNED.slice(2, 40)}${SIGNATURE}`,
      '',
      'JsonWebTokenError: invalid token',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'near-miss: "jwt malformed" with no token pasted stays malformed',
    input: 'UnauthorizedError: jwt malformed\n    at /app/node_modules/express-jwt/lib/index.js:102:22',
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'near-miss: an opaque token no verifier refused is only a warning',
    input: ['HTTP/1.1 401 Unauthorized', 'Authorization: Bearer O0PDdG2DjHQLLxOQYiPBT5qCbKtItgW3'].join('\n'),
    ...A401,
    excludes: ['token.malformed', ...MISREAD],
  },
  {
    name: 'near-miss: a signed JWT beside "jwt malformed" is not called opaque',
    input: `Authorization: Bearer ${SIGNED}\n\nJsonWebTokenError: jwt malformed`,
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
];

describe('formats, round real-d: pastes from Q&A threads', () => {
  it.each([...OPAQUE_REFUSED])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE, SIGNATURE.slice(0, 16), SIGNATURE.slice(-16)]);
  });
});

describe('formats, round real-d: values read from the paste', () => {
  it('the verifier’s words stay as evidence beside the opaque token', async () => {
    const report = await run(OPAQUE_REFUSED[0]?.input as string);
    const opaque = report.findings.find((f) => f.code === 'token.opaque');
    expect(opaque?.severity).toBe('error');
    expect(opaque?.corroboration.map((c) => c.evidence).join('\n')).toContain('jwt malformed');
  });

  it('an opaque token no verifier refused keeps its warning', async () => {
    const row = OPAQUE_REFUSED.find((r) => r.name.includes('no verifier refused'));
    const report = await run(row?.input as string);
    expect(report.findings.find((f) => f.code === 'token.opaque')?.severity).toBe('warning');
  });
});

// https://stackoverflow.com/questions/46101980 (accepted: the token was requested for Azure AD Graph,
// resource https://graph.windows.net, and sent to Microsoft Graph, which validates only tokens issued for it).
describe('a token for another API sent to Microsoft Graph', () => {
  const aadGraph = (aud: string) =>
    unsigned(
      { typ: 'JWT', alg: 'RS256', kid: 'k1' },
      { ...CLAIMS, aud, iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/', ver: '1.0' },
    );
  const toGraph = (token: string, host = 'graph.microsoft.com') =>
    [
      `GET https://${host}/v1.0/users`,
      `Authorization: Bearer ${token}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure.","innerError":{}}}',
    ].join('\n');

  it('an Azure AD Graph token: another audience, Graph’s own named', async () => {
    const report = await run(toGraph(aadGraph('00000002-0000-0000-c000-000000000000')));
    const f = report.findings[0];
    expect(f?.code).toBe('claim.aud-mismatch');
    expect(f?.args).toMatchObject({
      receiver: 'microsoft-graph',
      expected: ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'],
    });
    expect(f?.detail).toContain('Azure AD Graph');
    expect(report.nextSteps[0]).toContain('https://graph.microsoft.com/.default');
  });

  it('a token for one’s own API, to the US Government cloud’s Graph', async () => {
    const report = await run(toGraph(aadGraph('api://orders'), 'graph.microsoft.us'));
    expect(report.findings[0]?.args).toMatchObject({ expected: ['https://graph.microsoft.us', expect.any(String)] });
  });

  it('Graph’s own lifetime refusal leads; the audience is said after it', async () => {
    const input = toGraph(aadGraph('api://orders')).replace(
      'Access token validation failure.',
      'Access token has expired or is not yet valid.',
    );
    const report = await run(input);
    const aud = report.findings.find((f) => f.code === 'claim.aud-mismatch');
    expect(aud?.severity).toBe('warning');
    expect(report.findings[0]?.code).not.toBe('claim.aud-mismatch');
  });

  it.each([
    ['a Graph token sent to Graph', toGraph(aadGraph('https://graph.microsoft.com'))],
    ['Graph’s application id', toGraph(aadGraph('00000003-0000-0000-c000-000000000000'))],
    ['a 200 from Graph', toGraph(aadGraph('api://orders')).replace('401 Unauthorized', '200 OK')],
    ['a token for one’s own API sent to it', toGraph(aadGraph('api://orders'), 'orders.example.com')],
  ])('%s: no audience inferred from Graph', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.some((f) => f.code === 'claim.aud-mismatch')).toBe(false);
  });
});

// AWS re:Post knowledge center "api-gateway-access-denied" and "Create and attach an API Gateway resource policy to an
// API" (a changed policy applies only to a new deployment): the resource policy, not an authorizer, said no.
describe('API Gateway’s resource policy denying the caller', () => {
  const denied = (user: string) =>
    [
      'HTTP/1.1 403 Forbidden',
      'x-amzn-ErrorType: AccessDeniedException',
      '',
      `{"Message":"User: ${user} is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders with an explicit deny"}`,
    ].join('\n');

  it('an anonymous caller: no IAM signature, and the redeploy step', async () => {
    const report = await run(denied('anonymous'));
    const f = report.findings[0];
    expect(f?.code).toBe('proxy.authorizer-deny');
    expect(f?.args).toMatchObject({ policy: 'resource-policy', principal: 'anonymous' });
    expect(f?.title).toBe('The API’s resource policy denied the caller');
    expect(f?.detail).toContain('SigV4');
    expect(report.nextSteps.some((s) => s.includes('deploy the API again'))).toBe(true);
  });

  it('a named role', async () => {
    const f = (await run(denied('arn:aws:sts::123456789012:assumed-role/app/i-0abc'))).findings[0];
    expect(f?.args).toMatchObject({
      policy: 'resource-policy',
      principal: 'arn:aws:sts::123456789012:assumed-role/app/i-0abc',
    });
    expect(f?.detail).not.toContain('SigV4');
  });

  it('a Lambda authorizer’s deny keeps the authorizer’s words', async () => {
    const report = await run(
      'HTTP/1.1 403 Forbidden\n\n{"Message":"User is not authorized to access this resource with an explicit deny"}',
    );
    const f = report.findings.find((x) => x.code === 'proxy.authorizer-deny');
    expect(f?.args.policy).toBeUndefined();
    expect(f?.title).toBe('The gateway’s authorizer denied the request');
  });
});

// grafana/grafana pkg/services/authn/clients/jwt.go: errJWTInvalidRole (403, "Invalid Role in claim") when
// role_attribute_strict finds no valid role in the token's claims.
describe('Grafana’s JWT auth refusing a token whose claims map to no role', () => {
  it.each([
    [
      'its reply',
      'HTTP/1.1 403 Forbidden\n{"message":"Invalid Role in claim","messageId":"jwt.invalid_role","statusCode":403,"traceID":""}',
    ],
    [
      'its log',
      'logger=authn.service level=warn msg="Failed to authenticate request" client=auth.client.jwt error="[jwt.invalid_role] could not evaluate any valid roles using IdP provided data"',
    ],
  ])('%s: a stated policy.deny via grafana', async (_name, input) => {
    const f = (await run(input)).findings[0];
    expect(f?.code).toBe('policy.deny');
    expect(f?.args).toMatchObject({ via: 'grafana', stated: true });
  });

  it('another app’s log key of the same name states nothing', async () => {
    const report = await run('log.warning("jwt.invalid_role", role=role)');
    expect(report.findings.map((f) => f.code)).not.toContain('policy.deny');
  });
});
