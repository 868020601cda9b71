/**
 * Round sample-31: 250 reports drawn at random (seed 3131) from the golden corpus, read as the on-call engineer reads
 * them. What read worse than it should, fixed by the shape that made it so.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

// A masked RS256 token (signature ***) and an opaque credential: neither is a live secret.
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJzdWIiOiJhdXRoMHw2NjUwZjFjMmE5ZDNlNGI1YzZkN2U4ZjkiLCJhdWQiOiJodHRwczovL2FwaS5hY21lLWNvcnAuY29tIiwiaWF0IjoxNzc5OTc1NjAwLCJleHAiOjE3Nzk5NzkyMDAsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6b3JkZXJzIn0.***';
const OPAQUE = 'abc123def456ghi789jkl';
const now = '2026-05-28T14:10:00Z';
const on401 = (value: string) => ['HTTP/1.1 401 Unauthorized', `Authorization: ${value}`].join('\n');

describe('the Authorization value is quoted as sent, its credential labelled', () => {
  it.each([
    ['a doubled prefix', `Bearer Bearer ${JWT}`, 'Authorization: Bearer Bearer ‹token'],
    ['a tripled prefix', `Bearer Bearer Bearer ${OPAQUE}`, 'Authorization: Bearer Bearer Bearer ‹token'],
    ['the header name in the value', `Authorization: Bearer ${JWT}`, 'Authorization: Authorization: Bearer ‹token'],
    ['a colon after the scheme', `Bearer: ${JWT}`, 'Authorization: Bearer: ‹token'],
  ])('authz-header.double-prefix quotes %s', async (_name, value, quoted) => {
    const found = await catches('authz-header.double-prefix', on401(value), { now });
    expect(found.evidence.startsWith(quoted)).toBe(true);
  });
  it('authz-header.format quotes the quotes around the token', async () => {
    const report = await run(on401(`Bearer "${OPAQUE}"`), { now });
    const found = report.findings.find((f) => f.code === 'authz-header.format');
    expect(found?.evidence).toMatch(/^Authorization: Bearer "‹token sha256:[0-9a-f]+›"$/);
  });
  it('authz-header.format quotes the second blank after the scheme', async () => {
    const report = await run(on401(`Bearer  ${OPAQUE}`), { now });
    const found = report.findings.find((f) => f.code === 'authz-header.format');
    expect(found?.evidence).toMatch(/^Authorization: Bearer {2}‹token sha256:[0-9a-f]+›$/);
  });
  it('a well-formed value reads as before, and never shows its credential', async () => {
    const report = await run(on401(`Bearer ${OPAQUE}`), { now });
    const text = JSON.stringify(report);
    expect(text).not.toContain(OPAQUE);
    expect(text).toContain('Authorization: Bearer ‹token sha256:');
    await catchesNot('authz-header.double-prefix', on401(`Bearer ${OPAQUE}`), { now });
  });
  it('words after the credential are not kept: the value is labelled as its scheme and credential', async () => {
    const report = await run(on401(`Bearer ${OPAQUE} ${OPAQUE.toUpperCase()}`), { now });
    expect(JSON.stringify(report)).not.toContain(OPAQUE.toUpperCase());
  });
});

describe('one advice is given once', () => {
  // google/adk-python#3814: Cloud Run's front door refusing a Google access token with its own 401/403 page.
  const cloudRun = [
    'curl -i -H "Authorization: Bearer ya29.a0AfB_byC3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://service-b-abc123-an.a.run.app/',
    'HTTP/2 403',
    'content-type: text/html; charset=UTF-8',
    'server: Google Frontend',
    '',
    '<h1>Error: Forbidden</h1>',
    '<h2>Your client does not have permission to get URL <code>/</code> from this server.</h2>',
  ].join('\n');
  it('a Google access token at Cloud Run: "send an ID token" once, and no ask for the head the paste shows', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(cloudRun, { now, locale });
      expect(report.nextSteps.filter((s) => s.includes('print-identity-token'))).toHaveLength(1);
      expect(report.nextSteps.join('\n')).not.toMatch(/first few characters|先頭の数文字/);
      await catches('token.opaque', cloudRun, { now });
      await catches('input.masked', cloudRun, { now });
    }
  });
  it('an opaque key masked but for a head that names no form keeps the ask for its head and length', async () => {
    const report = await run(on401('Bearer abc1xxxxxxxxxxxxxxxxxxxx'), { now });
    expect(report.nextSteps.join('\n')).toContain('first few characters');
  });
  it('a token masked whole beside invalid_token: "paste it with its signature masked" once', async () => {
    const input = [
      '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer xxxxxxxxxxxxxxxx"',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="orders", error="invalid_token"',
    ].join('\n');
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(input, { now, locale });
      expect(report.nextSteps).toHaveLength(1);
    }
    await catches('input.masked', input, { now });
  });
  it('a token masked whole with no refusal beside it keeps its own ask', async () => {
    const report = await run(on401('Bearer xxxxxxxxxxxxxxxx'), { now });
    expect(report.nextSteps.join('\n')).toContain('only its signature masked (header.payload.***)');
  });
});

// docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors-docker.html: the docker CLI's words for ECR's refusal of
// an expired login; GetAuthorizationToken's token is valid for 12 hours.
describe('Amazon ECR: an expired docker login is logged in again', () => {
  it.each([
    'docker pushを実行すると「denied: Your Authorization Token has expired」とエラーになる。',
    'denied: Your authorization token has expired. Reauthenticate and try again.',
  ])('time.expired via aws-ecr gets the login step: %s', async (input) => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(input, { now, locale });
      const found = report.findings.find((f) => f.code === 'time.expired');
      expect(found?.args).toMatchObject({ via: 'aws-ecr' });
      expect(report.nextSteps[0]).toContain('aws ecr get-login-password');
    }
  });
  it('another app’s own expiry in the same words keeps the generic step', async () => {
    await catchesNot('time.expired', 'Your authorization token has expired, please sign in to the portal again');
  });
});

// spring-framework's DefaultCorsProcessor answers a refused origin with 403 "Invalid CORS request".
describe('a refusal made before the token was read asks nothing about the token', () => {
  const cors = (token: string) =>
    [
      'POST /v1/orders HTTP/1.1',
      'Host: api.example.com',
      'Origin: https://evil.example.net',
      `Authorization: Bearer ${token}`,
      '',
      'HTTP/1.1 403 Forbidden',
      '',
      'Invalid CORS request',
    ].join('\n');
  it('a CORS refusal beside a token masked whole: no "paste it again"', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(cors('abc.def.***'), { now, locale });
      expect(report.nextSteps.join('\n')).not.toMatch(/header\.payload\.\*\*\*/);
    }
    await catches('request.cors-rejected', cors('abc.def.***'), { now });
    await catches('input.masked', cors('abc.def.***'), { now });
  });
  it('the same masked token beside a 403 that names no cause keeps the ask', async () => {
    const report = await run(['HTTP/1.1 403 Forbidden', 'Authorization: Bearer abc.def.***'].join('\n'), { now });
    expect(report.nextSteps.join('\n')).toMatch(/header\.payload\.\*\*\*/);
  });
});

describe('policy.deny quotes the 403 body’s own reason', () => {
  const devtools = (body: string) =>
    [
      'Request URL: https://api.acme-corp.com/v1/tenants/42/orders',
      'Request Method: GET',
      'Status Code: 403 Forbidden',
      `authorization: Bearer ${JWT}`,
      '',
      body,
    ].join('\n');
  it('a body that says why: its words are the evidence', async () => {
    const found = await catches('policy.deny', devtools('{"error":"forbidden","message":"tenant mismatch"}'), { now });
    expect(found.evidence).toBe('{"error":"forbidden","message":"tenant mismatch"}');
  });
  it.each(['{"message":"Forbidden"}', '{"error":"forbidden"}', '{"error":"access_denied"}'])(
    'a body that only restates the 403 (%s): the status line stays the evidence',
    async (body) => {
      const found = await catches('policy.deny', devtools(body), { now });
      expect(found.evidence).toBe('Status Code: 403 Forbidden');
    },
  );
  it('the token’s own claims printed after the status are no body', async () => {
    const input = [
      'HTTP/1.1 403 Forbidden',
      '{"iss":"https://auth.acme-corp.com/","sub":"u1","aud":"https://api.acme-corp.com","exp":1779979200,"message":"x y z"}',
    ].join('\n');
    const found = await catches('policy.deny', input, { now });
    expect(found.evidence).toBe('HTTP/1.1 403 Forbidden');
  });
});

describe('a body serialized into a capture’s string is quoted where it states its error', () => {
  const har = JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        {
          request: {
            method: 'GET',
            url: 'https://api.acme-corp.com/v1/orders',
            headers: [{ name: 'Authorization', value: `Bearer ${JWT}` }],
          },
          response: {
            status: 401,
            statusText: 'Unauthorized',
            headers: [{ name: 'Content-Type', value: 'application/json' }],
            content: {
              mimeType: 'application/json',
              text: '{"error":"invalid_token","error_description":"The access token expired"}',
            },
          },
        },
      ],
    },
  });
  it('a one-line HAR: challenge.invalid-token quotes the description, not the request at the line’s start', async () => {
    const found = await catches('challenge.invalid-token', har, { now });
    expect(found.evidence).toContain('The access token expired');
    expect(found.evidence).not.toContain('"log"');
  });
  it('a body object of its own is quoted whole, as before', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      '{"error":"invalid_token","error_description":"The access token expired"}',
    ];
    const found = await catches('challenge.invalid-token', input.join('\n'), { now });
    expect(found.evidence).toBe(input[1]);
  });
});

describe('token.missing with no status and no request quotes the words that made it an authentication failure', () => {
  it('API Gateway’s headers alone: x-amzn-ErrorType, not a note', async () => {
    const input = [
      'x-amzn-RequestId: 5b2c1f3e-8a7d-4c2e-9f1a-3d4e5f6a7b8c',
      'x-amzn-ErrorType: UnauthorizedException',
      'x-amz-apigw-id: Mc7UVioPPHcEKPA=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n');
    const found = await catches('token.missing', input, { now });
    expect(found.evidence).toBe('x-amzn-ErrorType: UnauthorizedException');
  });
  it('a bare status keeps its status line as the evidence', async () => {
    const found = await catches('token.missing', 'HTTP/1.1 401 Unauthorized', { now });
    expect(found.evidence).toBe('HTTP/1.1 401 Unauthorized');
  });
});

// apache/apisix apisix/plugins/jwt-auth.lua: `if not jwt_obj.verified then core.log.warn("failed to verify jwt: ",
// jwt_obj.reason) return 401, {message = "failed to verify jwt"}`, after verify_jwt_obj checked signature, exp and nbf.
describe('APISIX’s "failed to verify jwt" is its generic refusal', () => {
  const body = (token: string) => [
    'HTTP/1.1 401 Unauthorized',
    'Server: APISIX/3.9.1',
    `Authorization: ${token}`,
    '',
    '{"message":"failed to verify jwt"}',
  ];
  it('beside an expired token: the token’s exp leads, and no bad signature is asserted', async () => {
    const expired =
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJrZXkiOiJqd3Rfa2V5IiwiZXhwIjoxNjc3MTMwNjM2fQ.qYpq7_vx8jQhTQnQJKqV_09wn8Hj4P_Uj9SXBb4Cbr2';
    const report = await catchesNot('signature.invalid', body(expired).join('\n'), { now });
    expect(report.findings[0]?.code).toBe('time.expired');
    await catches('challenge.invalid-token', body(expired).join('\n'), { now });
  });
  it('its log line with the reason is still read as that reason', async () => {
    await catches(
      'time.not-yet-valid',
      "2026/05/28 14:09:58 [warn] 49#49: *1811 [lua] jwt-auth.lua:397: phase_func(): failed to verify jwt: 'nbf' claim not valid until Mon, 27 Aug 2040 09:17:54 GMT",
      { now },
    );
  });
});

// RFC 7662 §2.2: an introspection answer's `active` is REQUIRED; `aud`, `iss` and the rest are OPTIONAL.
describe('an active introspection answer pasted as JSON', () => {
  const answer = '{"active": true, "scope": "read:orders", "client_id": "orders-web", "exp": 1779979200}';
  it('is not asked for an aud or an iss it may leave out', async () => {
    await catchesNot('claim.aud-missing', answer, { now });
    await catchesNot('claim.iss-missing', answer, { now });
  });
  it('an expectation given is still checked against it', async () => {
    await catches('claim.aud-missing', answer, { now, expectedAudiences: ['https://api.acme-corp.com'] });
  });
  it('a payload with no `active` still lacks its aud and iss', async () => {
    await catches('claim.aud-missing', '{"scope": "read:orders", "client_id": "orders-web", "exp": 1779979200}', {
      now,
    });
  });
});

// RFC 7519 §4.1.4: exp is a NumericDate, seconds since 1970-01-01T00:00:00Z; 0 is that instant.
describe('a token minted with exp 0', () => {
  // {"alg":"RS256","typ":"JWT","kid":"k1"} . {"iss":"https://auth.acme-corp.com/","sub":"u1","exp":0} . ***
  const zero =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJzdWIiOiJ1MSIsImV4cCI6MH0.***';
  it('is named as minted expired, with the minting step, not a refresh', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(on401(`Bearer ${zero}`), { now, locale });
      const found = report.findings.find((f) => f.code === 'time.expired');
      expect(found?.args).toMatchObject({ exp: 0 });
      expect(found?.title).toMatch(/exp/);
      expect(report.nextSteps[0]).toMatch(/exp/);
      expect(report.nextSteps.join('\n')).not.toMatch(/refresh it\) and retry|リフレッシュ）して再試行/);
    }
  });
  it('a token that expired a minute ago keeps the refresh step', async () => {
    const report = await run(on401(`Bearer ${JWT}`), { now: '2026-05-28T14:42:00Z' });
    expect(report.nextSteps[0]).toContain('Get a new token (refresh it)');
  });
});
