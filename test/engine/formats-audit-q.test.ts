/**
 * Round audit-q: causes that are not the token, read as the on-call engineer reads them. A paste that shows the call
 * that works (its 200) beside the token that fails is about the failing one; a gateway with no such route is not sent
 * to its JWT settings.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const WORKS = unsigned(HEADER, CLAIMS);
const FAILS = unsigned(HEADER, { ...CLAIMS, iss: 'https://auth.staging.acme-corp.com/' });

describe('the call that works shown beside the token that fails', () => {
  const input = [
    'this works:',
    `Authorization: Bearer ${WORKS}`,
    'HTTP/1.1 200 OK',
    '',
    `this one 401s though: ${FAILS}`,
  ].join('\n');

  it('catches the difference: the failing token is diagnosed against the header’s, and the status is its 401', async () => {
    const f = await catches('token.differs-from-working', input);
    expect(f.args.differences).toEqual([
      { field: 'iss', failing: 'https://auth.staging.acme-corp.com/', working: 'https://auth.acme-corp.com/' },
    ]);
    const report = await run(input);
    expect(report.status).toBe(401);
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((x) => x.code)).not.toContain('status.not-auth');
  });

  it('reads the same with a 403 said in words and the 200 as a devtools status line', async () => {
    const devtools = [
      'works fine from Postman:',
      `Authorization: Bearer ${WORKS}`,
      'Status Code: 200 OK',
      '',
      `but this one gets 403: ${FAILS}`,
    ].join('\n');
    await catches('token.differs-from-working', devtools);
    expect((await run(devtools)).status).toBe(403);
  });

  it('does not move off a 200 the paste states alone (no refused call named)', async () => {
    const report = await catchesNot(
      'token.differs-from-working',
      [`Authorization: Bearer ${WORKS}`, 'HTTP/1.1 200 OK'].join('\n'),
    );
    expect(report.status).toBe(200);
  });

  it('does not move off a status line’s 401 for a 403 said in words', async () => {
    const report = await run(['HTTP/1.1 401 Unauthorized', '', 'it used to return 403 yesterday'].join('\n'));
    expect(report.status).toBe(401);
  });

  it('keeps the header’s token when no other token is said to fail', async () => {
    const input2 = [
      'this works:',
      `Authorization: Bearer ${WORKS}`,
      'HTTP/1.1 401 Unauthorized',
      '',
      `other: ${FAILS}`,
    ].join('\n');
    const report = await catchesNot('token.differs-from-working', input2);
    expect(report.status).toBe(401);
    expect(report.token?.foundIn).toBe('authorization-header');
    expect(report.token?.payload?.iss).toBe('https://auth.acme-corp.com/');
  });
});

describe('API Gateway with no such route', () => {
  const input = [
    `$ curl -i -X POST https://k3x9p2m7q1.execute-api.us-east-1.amazonaws.com/prod/order -H "Authorization: Bearer ${WORKS}"`,
    'HTTP/1.1 403 Forbidden',
    'x-amzn-ErrorType: MissingAuthenticationTokenException',
    'x-amz-apigw-id: Xk3p9FQmIAMEb7w=',
    '',
    '{"message":"Missing Authentication Token"}',
  ].join('\n');

  it('catches the route and sends the gateway step to the stage’s deployment, not its JWT settings', async () => {
    await catches('proxy.route-not-found', input);
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).toMatchObject({ product: 'AWS API Gateway', unknownRoute: true });
    const report = await run(input);
    expect(report.nextSteps.join('\n')).not.toContain('JWKS');
    expect(report.nextSteps.some((s) => s.includes('latest deployment'))).toBe(true);
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps.some((s) => s.includes('最新のデプロイ'))).toBe(true);
  });

  it('does not mark a gateway whose own words fault the token (an authorizer’s expired token) as an unknown route', async () => {
    const expired = [
      'HTTP/1.1 401 Unauthorized',
      'x-amzn-ErrorType: UnauthorizedException',
      '',
      '{"message":"The incoming token has expired"}',
    ].join('\n');
    const f = await catches('proxy.gateway-response', expired);
    expect(f.args).not.toHaveProperty('unknownRoute');
    expect((await run(expired)).nextSteps.join('\n')).not.toContain('latest deployment');
  });
});
