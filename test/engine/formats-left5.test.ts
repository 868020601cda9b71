import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { decodeShare, encodeShare } from '../../src/slack/share-codec.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

const FORBIDDEN = 'HTTP/1.1 403 Forbidden';

describe('no-cause steps ask only for what the paste does not show', () => {
  const rows: Array<[string, string, { body: boolean; challenge: boolean }]> = [
    ['a lone status line', FORBIDDEN, { body: false, challenge: false }],
    [
      'prose naming the status',
      'we keep getting 403 Forbidden from the orders API since this morning',
      { body: false, challenge: false },
    ],
    ['a body, no headers', `${FORBIDDEN}\n\n<html><body>Access denied</body></html>`, { body: true, challenge: false }],
    [
      'headers without a challenge, no body',
      `${FORBIDDEN}\nContent-Type: application/json\nDate: Thu, 28 May 2026 14:09:00 GMT`,
      { body: false, challenge: true },
    ],
    ['a Basic challenge, no body', `${FORBIDDEN}\nWWW-Authenticate: Basic realm="x"`, { body: false, challenge: true }],
    [
      'headers and a body',
      `${FORBIDDEN}\nContent-Type: application/json\n\n{"message":"Forbidden"}`,
      { body: true, challenge: true },
    ],
    [
      'headers saying the body is empty',
      `HTTP/2 403\ncontent-type: application/json\ncontent-length: 0`,
      { body: true, challenge: true },
    ],
  ];
  it.each(rows)('%s', async (_, paste, shown) => {
    const report = await run(paste);
    expect(report.findings).toEqual([]);
    expect(report.nextSteps).toEqual(en.ui.noCauseSteps(403, shown));
    const ask = report.nextSteps[0] as string;
    expect(ask.startsWith("Paste the response's body"), 'asks for the body').toBe(!shown.body);
    expect(ask.includes('WWW-Authenticate'), 'asks for the challenge').toBe(!shown.challenge);
    const inJapanese = await run(paste, { locale: 'ja' });
    expect(inJapanese.nextSteps).toEqual(ja.ui.noCauseSteps(403, shown));
  });

  it('words each combination differently, in both languages', () => {
    for (const cat of [en, ja]) {
      const firsts = new Set(
        [false, true].flatMap((body) =>
          [false, true].map((challenge) => cat.ui.noCauseSteps(403, { body, challenge })[0]),
        ),
      );
      expect(firsts.size).toBe(4);
      expect(cat.ui.noCauseSteps(403)).toEqual(cat.ui.noCauseSteps(403, { body: false, challenge: false }));
    }
  });

  it('a decoded payload under the status line is the token, not a body', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\npayload: {"iss":"https://auth.acme-corp.com/","sub":"u1","aud":"https://api.acme-corp.com","iat":1779975600,"exp":1779979200,"scope":"read:orders"}',
    );
    expect(report.findings).toEqual([]);
    // The payload was pasted: the steps do not ask for the token again.
    expect(report.nextSteps).toEqual(en.ui.noCauseSteps(401, { body: false, challenge: false, token: true }));
  });

  it('a request-side Content-Length: 0 is not the response body', async () => {
    const report = await run(`${FORBIDDEN}\n\n> POST /v1/orders HTTP/1.1\n> Content-Length: 0`);
    expect(report.nextSteps[0]).not.toMatch(/^Neither/);
  });

  it.each(rows)('the shared copy asks for the same: %s', async (_, paste) => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(paste, { locale });
      const back = decodeShare(encodeShare(report, null) ?? '');
      expect(back?.report.nextSteps).toEqual(report.nextSteps);
      expect(renderBlocks(back?.report as Report)).toEqual(renderBlocks(report));
    }
  });
});

describe('a decoded header’s crit (RFC 7515 §4.1.11)', () => {
  const claims = {
    iss: 'https://auth.acme-corp.com/',
    aud: 'https://api.acme-corp.com',
    sub: 'u1',
    iat: NOW - 60,
    exp: NOW + 3000,
  };
  const paste = (header: Record<string, unknown>) =>
    `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${unsigned(header, claims)}`;
  const rows: Array<[string, Record<string, unknown>, object, 'error' | 'warning']> = [
    ['b64, carried', { alg: 'RS256', crit: ['b64'], b64: true }, { names: ['b64'] }, 'warning'],
    [
      'a vendor extension, carried',
      { alg: 'ES256', crit: ['urn:example:tenant'], 'urn:example:tenant': 't1' },
      { names: ['urn:example:tenant'] },
      'warning',
    ],
    ['an empty list', { alg: 'RS256', crit: [] }, { names: [], problem: 'empty' }, 'error'],
    ['a string, not a list', { alg: 'RS256', crit: 'b64', b64: true }, { names: [], problem: 'not-array' }, 'error'],
    ['an empty name', { alg: 'RS256', crit: [''] }, { names: [], problem: 'not-array' }, 'error'],
    [
      'a registered name',
      { alg: 'RS256', kid: 'k1', crit: ['kid'] },
      { names: ['kid'], problem: 'registered' },
      'error',
    ],
    ['a name the header lacks', { alg: 'RS256', crit: ['exp'] }, { names: ['exp'], problem: 'absent' }, 'error'],
    [
      'a prototype name the header lacks',
      { alg: 'RS256', crit: ['toString'] },
      { names: ['toString'], problem: 'absent' },
      'error',
    ],
    // Round "fuzz2": names were shortened to 64 characters before the header was asked for them, so a longer name the
    // header carries was called absent; the shortening also cut a surrogate pair in two.
    [
      'a long name, carried (shown shortened, whole characters)',
      { alg: 'ES256', crit: [`urn:example:${'é'.repeat(51)}🙂x`], [`urn:example:${'é'.repeat(51)}🙂x`]: 1 },
      { names: [`urn:example:${'é'.repeat(51)}`] },
      'warning',
    ],
    [
      'a long name the header lacks',
      { alg: 'ES256', crit: [`urn:example:${'a'.repeat(80)}`], [`urn:example:${'a'.repeat(79)}`]: 1 },
      { names: [`urn:example:${'a'.repeat(52)}`], problem: 'absent' },
      'error',
    ],
    [
      'b64: false in a JWT',
      { alg: 'RS256', crit: ['b64'], b64: false },
      { names: ['b64'], problem: 'unencoded' },
      'error',
    ],
  ];
  it.each(rows)('catches %s', async (_, header, args, severity) => {
    const f = await catches('token.crit', paste(header));
    expect(f.args).toEqual(args);
    expect(f.severity).toBe(severity);
    const ja = await run(paste(header), { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'token.crit')?.title).toMatch(/crit|b64/);
  });

  it('catches not a header without crit, b64 not marked critical, or a JWE', async () => {
    await catchesNot('token.crit', paste({ alg: 'RS256', typ: 'JWT', kid: 'k1' }));
    await catchesNot('token.crit', paste({ alg: 'RS256', b64: false }));
    await catchesNot('token.crit', paste({ alg: 'RS256', typ: 'JWT', critical: ['x'] }));
    const jwe = `${Buffer.from('{"alg":"RSA-OAEP-256","enc":"A256GCM","crit":["exp"]}').toString('base64url')}.a.b.c.d`;
    await catchesNot('token.crit', `Authorization: Bearer ${jwe}`);
  });

  it('quotes the header, never the token', async () => {
    const token = unsigned({ alg: 'RS256', crit: ['exp'] }, claims, 'x'.repeat(43));
    const f = await catches(
      'token.crit',
      paste({ alg: 'RS256', crit: ['exp'] }).replace(/Bearer .*/, `Bearer ${token}`),
    );
    expect(f.evidence).toContain('"crit":["exp"]');
    expect(JSON.stringify(f)).not.toContain('x'.repeat(16));
  });
});

describe('words no library can be told by name none', () => {
  const unattributed = [
    'JWT expired',
    'Expired JWT',
    'error: JWT expired',
    '2026-05-28 14:00:01 ERROR AuthFilter - JWT expired',
    'HTTP/1.1 401 Unauthorized\n\n{"message":"JWT expired"}',
  ];
  it.each(unattributed)('%s: time.expired with no via', async (paste) => {
    const f = await catches('time.expired', paste);
    expect(f.args).not.toHaveProperty('via');
    expect(f.detail).not.toMatch(/jjwt|nimbus/);
  });

  const attributed: Array<[string, string]> = [
    [
      'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-05-28T13:00:00Z. Current time: 2026-05-28T14:00:00Z, a difference of 3600000 milliseconds.',
      'jjwt',
    ],
    [
      'JWT expired at 2026-05-28T13:00:00Z. Current time: 2026-05-28T14:00:00Z, a difference of 3600000 milliseconds.',
      'jjwt',
    ],
    ['JWT expired 1573 milliseconds ago at 2026-05-28T14:09:58Z. Current time: 2026-05-28T14:10:00Z.', 'jjwt'],
    ['ExpiredJwtException: JWT expired', 'jjwt'],
    ['com.nimbusds.jwt.proc.BadJWTException: Expired JWT', 'nimbus'],
    ['{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}', 'postgrest'],
    ['Expired JWT token.', 'vertx-auth'],
  ];
  it.each(attributed)('%s: still credited to its library', async (paste, via) => {
    const f = await catches('time.expired', paste);
    expect(f.args).toHaveProperty('via', via);
  });

  it('is not read in other words', async () => {
    await catchesNot('time.expired', 'the JWT expiry is set to one hour');
    await catchesNot('time.expired', 'Expired JWTs are refreshed by the client');
  });
});

describe('S3 and the AWS APIs: a SigV4-signed request, no token', () => {
  const S3_HEAD =
    'HTTP/1.1 403 Forbidden\nx-amz-request-id: 4442587FB7D0A2F9\nContent-Type: application/xml\nServer: AmazonS3\n\n<?xml version="1.0" encoding="UTF-8"?>\n';
  const DENIED =
    '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>';
  const MISMATCH =
    '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><RequestId>4442587FB7D0A2F9</RequestId></Error>';

  it.each([
    ['an S3 response', `${S3_HEAD}${DENIED}`, 'aws-s3'],
    [
      'the XML alone, pretty-printed',
      '<Error>\n  <Code>AccessDenied</Code>\n  <Message>Access Denied</Message>\n</Error>',
      'aws-s3',
    ],
    ['the AWS CLI', 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', 'aws'],
  ])('AccessDenied in %s is a policy’s refusal of a signed request', async (_, paste, via) => {
    const report = await run(paste);
    const f = report.findings.find((x) => x.code === 'policy.deny');
    expect(f?.args).toEqual({ via, stated: true, signedRequest: 'aws-sigv4' });
    expect(f?.severity).toBe('error');
    expect(f?.title).not.toMatch(/token/i);
    expect(report.classification).toBe('authorization');
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'policy.deny')?.title).toContain('AWS');
  });

  it.each([
    ['an S3 response', `${S3_HEAD}${MISMATCH}`],
    ['the XML alone', MISMATCH],
    [
      'the AWS CLI',
      'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    ],
  ])('SignatureDoesNotMatch in %s is the request’s signature, an authentication failure', async (_, paste) => {
    const report = await run(paste);
    const f = report.findings.find((x) => x.code === 'signature.invalid');
    expect(f?.args).toEqual({ via: 'aws', kid: null, signedRequest: 'aws-sigv4' });
    expect(f?.title).toContain('SigV4');
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((x) => x.code)).not.toContain('status.mismatch');
  });

  it('reads S3’s other AccessDenied messages as before, not as a policy', async () => {
    const expired = await run(
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires></Error>',
    );
    expect(expired.findings.map((x) => x.code)).toContain('time.expired');
    expect(expired.findings.map((x) => x.code)).not.toContain('policy.deny');
    await catchesNot(
      'policy.deny',
      '<Error><Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message></Error>',
    );
    await catchesNot('policy.deny', 'we get AccessDenied</Code> sometimes');
  });

  it('an unsigned caller AWS names (User: anonymous) is not called signed', async () => {
    const report = await run(
      'An error occurred (AccessDeniedException) when calling the Invoke operation: User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders',
    );
    // The resource-policy reading (proxy.authorizer-deny) says it; no second, general policy.deny (round audit-e).
    expect(report.findings.map((x) => x.code)).toContain('proxy.authorizer-deny');
    expect(report.findings.map((x) => x.code)).not.toContain('policy.deny');
  });

  it('a token’s refusal elsewhere keeps its words', async () => {
    const f = await catches('policy.deny', 'HTTP/1.1 403 Forbidden\n\nRBAC: access denied');
    expect(f.args).not.toHaveProperty('signedRequest');
    await catchesNot('signature.invalid', 'the SignatureDoesNotMatchError class in our code');
  });
});

describe('a CORS preflight refused with 403', () => {
  const PREFLIGHT =
    'OPTIONS /v1/orders HTTP/1.1\nHost: api.example.com\nOrigin: https://app.example.com\nAccess-Control-Request-Method: POST\nAccess-Control-Request-Headers: authorization,content-type\n\n';

  it('with no Access-Control-Allow-Origin: the CORS check, not the token', async () => {
    const report = await run(
      `${PREFLIGHT}HTTP/1.1 403 Forbidden\nContent-Type: text/plain\nVary: Origin\nContent-Length: 0\n`,
    );
    const f = report.findings[0];
    expect(f?.code).toBe('request.cors-rejected');
    expect(f?.args).toEqual({ preflight: true, stated: false, origin: 'https://app.example.com', method: 'POST' });
    expect(report.findings.map((x) => x.code)).not.toContain('authz-header.missing');
    expect(report.findings.map((x) => x.code)).not.toContain('token.missing');
  });

  it('with Spring’s "Invalid CORS request"', async () => {
    const f = await catches(
      'request.cors-rejected',
      `${PREFLIGHT}HTTP/1.1 403 Forbidden\nVary: Origin\n\nInvalid CORS request`,
    );
    expect(f.args).toEqual({
      preflight: true,
      stated: true,
      origin: 'https://app.example.com',
      method: 'POST',
      via: 'spring-framework',
    });
    expect(f.evidence).toBe('Invalid CORS request');
  });

  it('Spring refusing the real request’s Origin', async () => {
    const f = await catches(
      'request.cors-rejected',
      'POST /v1/orders HTTP/1.1\nHost: api.example.com\nOrigin: https://evil.example.net\nAuthorization: Bearer abc.def.***\n\nHTTP/1.1 403 Forbidden\n\nInvalid CORS request',
    );
    expect(f.args).toMatchObject({ preflight: false, stated: true, origin: 'https://evil.example.net', method: null });
  });

  it('in Japanese', async () => {
    const ja = await run(`${PREFLIGHT}HTTP/1.1 403 Forbidden\nVary: Origin\n\nInvalid CORS request`, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('CORS');
  });

  it('catches not a preflight answered with Access-Control-Allow-Origin, a 401 preflight, or a plain 403', async () => {
    await catchesNot(
      'request.cors-rejected',
      `${PREFLIGHT}HTTP/1.1 403 Forbidden\nAccess-Control-Allow-Origin: https://app.example.com\nContent-Length: 0\n`,
    );
    const unauthorized = await catchesNot(
      'request.cors-rejected',
      `${PREFLIGHT}HTTP/1.1 401 Unauthorized\nContent-Length: 0\n`,
    );
    expect(unauthorized.findings.map((x) => x.code)).toContain('authz-header.missing');
    await catchesNot(
      'request.cors-rejected',
      'GET /v1/orders HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n',
    );
    // The preflight's status line alone does not show the response's headers.
    await catchesNot('request.cors-rejected', `${PREFLIGHT}HTTP/1.1 403 Forbidden`);
    await catchesNot('request.cors-rejected', 'we fixed the Invalid CORS request error yesterday, now it is 200');
  });
});

describe('Envoy’s ext_authz denial', () => {
  const LOG =
    '[2026-05-28T14:09:58.123Z] "GET /v1/orders HTTP/1.1" 403 UAEX ext_authz_denied 0 0 4 - "10.0.0.7" "curl/8.5.0" "5f1c7a2e" "api.example.com" "-"';
  const DEFAULT_FORMAT =
    '[2026-05-28T14:09:58.123Z] "GET /v1/orders HTTP/1.1" 403 UAEX 0 0 4 - "10.0.0.7" "curl/8.5.0" "5f1c7a2e" "api.example.com" "-"';
  const JSON_LOG =
    'HTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 0\n\n{"response_code":403,"response_code_details":"ext_authz_denied","response_flags":"UAEX"}';
  const TOKEN =
    'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJhdWQiOiJodHRwczovL2FwaS5hY21lLWNvcnAuY29tIiwic3ViIjoidTEiLCJpYXQiOjE3Nzk5NzYwMDAsImV4cCI6MTc3OTk3OTYwMCwic2NvcGUiOiJvcmRlcnM6cmVhZCJ9.***';

  it.each([
    ['its access log with the details', LOG],
    ['its default access log (UAEX only)', DEFAULT_FORMAT],
    ['a JSON access log beside the response', JSON_LOG],
    [
      'a valid-looking token sent',
      `curl -i https://api.example.com/v1/orders -H "Authorization: Bearer ${TOKEN}"\nHTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 0\n\n${LOG}`,
    ],
  ])('in %s: the external authorizer denied it, not a guessed policy', async (_, paste) => {
    const report = await run(paste);
    expect(report.findings[0]?.code).toBe('proxy.authorizer-deny');
    expect(report.findings[0]?.args).toEqual({ product: 'Envoy', authorizer: 'ext-authz' });
    expect(report.findings.map((x) => x.code)).not.toContain('policy.deny');
    expect(report.nextSteps[0]).toContain('external authorization service’s own log');
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('外部認可サービス');
  });

  it('catches not ext_authz_error (the service failed), RBAC’s own denial, or a UAEX outside an access log', async () => {
    const failed = await run('HTTP/1.1 403 Forbidden\nserver: envoy\n\n{"response_code_details":"ext_authz_error"}');
    expect(failed.findings.map((x) => x.code)).not.toContain('proxy.authorizer-deny');
    await catchesNot(
      'proxy.authorizer-deny',
      '[2026-05-28T14:09:58.132Z] "GET /v1/orders HTTP/1.1" 403 UAEX ext_authz_error - "-" 0 0 200 - "-" "curl/8.4.0" "6f1b2c3d" "api.example.com" "-"',
    );
    const rbac = await run('HTTP/1.1 403 Forbidden\nserver: envoy\n\nRBAC: access denied');
    expect(rbac.findings.map((x) => x.code)).toContain('policy.deny');
    expect(rbac.findings.map((x) => x.code)).not.toContain('proxy.authorizer-deny');
    await catchesNot('proxy.authorizer-deny', 'HTTP/1.1 403 Forbidden\n\nthe UAEX flag docs say it is ext authz');
  });
});
