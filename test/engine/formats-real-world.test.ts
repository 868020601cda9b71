/**
 * More real-world pastes, end to end: the shapes people paste from tools other than curl and devtools
 * (wget, httpie, Postman, Insomnia, Python, Go, PowerShell, Spring and ASP.NET logs, Envoy/Istio and
 * ingress access logs, CloudWatch), and the new ways they mask tokens. Each row asserts the status,
 * the classification, the codes that must come and those a misreading would add.
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, jwksFor, rs256 } from '../helpers/tokens.js';

/** Signed, and expired 8 minutes before NOW. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
/** Signed and valid at NOW: pasting it leaks it. */
const LIVE = rs256(CLAIMS, { kid: 'k1' });
const [HEAD, BODY, SIGNATURE] = EXPIRED.split('.') as [string, string, string];
const masked = (mask: string) => `${HEAD}.${BODY}.${mask}`;

const A401 = { status: 401, classification: 'authentication' } as const;
const CHALLENGE = 'WWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"';
/** What a misread paste adds: none of these is true of any row that does not list it. */
const MISREAD: FindingCode[] = ['token.malformed', 'authz-header.format', 'challenge.malformed', 'token.missing'];

const TOOLS: Row[] = [
  {
    name: 'wget -S (two-space indented response headers)',
    input: [
      `$ wget -S --header="Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      '--2026-05-28 14:09:58--  https://api.acme-corp.com/v1/orders',
      'Connecting to api.acme-corp.com (api.acme-corp.com)|203.0.113.10|:443... connected.',
      'HTTP request sent, awaiting response... ',
      '  HTTP/1.1 401 Unauthorized',
      '  Date: Thu, 28 May 2026 14:09:58 GMT',
      `  ${CHALLENGE}`,
      '  Content-Length: 0',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'challenge.missing'],
  },
  {
    name: 'curl -sS -D - with CRLF line ends',
    input: [
      `$ curl -sS -D - -o /dev/null -H 'Authorization: Bearer ${EXPIRED}' https://api.acme-corp.com/v1/orders`,
      'HTTP/2 401 ',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      CHALLENGE.toLowerCase(),
      '',
      '',
    ].join('\r\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    // The header item is quoted with a space after its colon, as everyone writes it: that space is the
    // separator's (HTTPie strips it), not an extra space in the credential.
    name: 'httpie --print=Hh with a quoted "Authorization: Bearer …" item',
    input: [
      `$ http --print=Hh GET https://api.acme-corp.com/v1/orders "Authorization: Bearer ${EXPIRED}"`,
      'GET /v1/orders HTTP/1.1',
      `Authorization: Bearer ${EXPIRED}`,
      'Host: api.acme-corp.com',
      'User-Agent: HTTPie/3.2.2',
      '',
      'HTTP/1.1 401 Unauthorized',
      'Content-Length: 0',
      CHALLENGE,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    name: 'the Postman console, status and timing on their own lines',
    input: [
      'GET https://api.acme-corp.com/v1/orders',
      '401',
      '123 ms',
      'Request Headers',
      `Authorization: Bearer ${EXPIRED}`,
      'User-Agent: PostmanRuntime/7.39.0',
      'Postman-Token: 5b0e1c2a-9d3e-4b5c-6d7e-8f9a0b1c2d3e',
      'Response Headers',
      CHALLENGE,
      'Response Body',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    name: "Insomnia's timeline",
    input: [
      '* Preparing request to https://api.acme-corp.com/v1/orders',
      '* Current time is 2026-05-28T14:09:58.123Z',
      '',
      '> GET /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      `> authorization: Bearer ${EXPIRED}`,
      '',
      '< HTTP/2 401 ',
      `< ${CHALLENGE.toLowerCase()}`,
      '',
      '* Connection #0 to host api.acme-corp.com left intact',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    name: 'Python requests: r.headers and r.request.headers (dict repr, single quotes)',
    input: [
      '>>> r.status_code',
      '401',
      '>>> r.headers',
      `{'Date': 'Thu, 28 May 2026 14:09:58 GMT', 'Content-Length': '0', 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"'}`,
      '>>> r.request.headers',
      `{'User-Agent': 'python-requests/2.32.3', 'Accept': '*/*', 'Authorization': 'Bearer ${EXPIRED}'}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'challenge.missing'],
  },
  {
    name: 'Python requests: r.request.headers with no Authorization',
    input: [
      '>>> r.request.headers',
      "{'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive'}",
      '>>> r.status_code',
      '401',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'a log line ending in a headers mapping',
    input: `WARNING:orders.client: upstream returned 401 Unauthorized, response headers: {'WWW-Authenticate': 'Bearer error="invalid_token"', 'Content-Length': '0'}`,
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.missing', 'challenge.malformed'],
  },
  {
    name: 'Go httputil.DumpRequestOut and DumpResponse (CRLF, canonical Www-Authenticate)',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'User-Agent: Go-http-client/1.1',
      `Authorization: Bearer ${EXPIRED}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      'Content-Length: 0',
      'Www-Authenticate: Bearer error="invalid_token", error_description="token has invalid claims: token is expired"',
      '',
      '',
    ].join('\r\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    name: "PowerShell's headers table (Key/Value, PowerShell 7 braces)",
    input: [
      'PS> $_.Exception.Response.StatusCode.value__',
      '401',
      'PS> $_.Exception.Response.Headers',
      '',
      'Key              Value',
      '---              -----',
      'Date             {Thu, 28 May 2026 14:09:58 GMT}',
      'WWW-Authenticate {Bearer error="invalid_token", error_description="jwt expired"}',
      '',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    excludes: ['challenge.missing', 'challenge.malformed'],
  },
  {
    name: 'PowerShell 5 Invoke-WebRequest error with a masked token',
    input: [
      'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
      'At line:1 char:1',
      `+ Invoke-WebRequest -Uri https://api.acme-corp.com/v1/orders -Headers @{Authorization="Bearer ${masked('***')}"}`,
      '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
    ].join('\r\n'),
    ...A401,
    includes: ['time.expired', 'input.masked'],
    excludes: MISREAD,
  },
];

const LOGS: Row[] = [
  {
    name: 'Istio/Envoy access log with %RESPONSE_CODE_DETAILS%',
    input:
      '[2026-05-28T14:09:58.123Z] "GET /v1/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwt_is_expired} - "-" 0 14 0 - "-" "curl/8.7.1" "8f3c1a2e" "api.acme-corp.com" "-" inbound|8080|| -',
    ...A401,
    includes: ['time.expired'],
    excludes: ['challenge.missing', 'authz-header.missing', 'token.missing'],
  },
  {
    name: "Envoy's JSON access log (response_code)",
    input:
      '{"start_time":"2026-05-28T14:09:58.123Z","method":"GET","path":"/v1/orders","response_code":401,"response_code_details":"jwt_authn_access_denied{Jwt_verification_fails}","authority":"api.acme-corp.com"}',
    ...A401,
    includes: ['signature.invalid'],
    excludes: ['token.missing'],
  },
  {
    name: 'an OpenTelemetry-style flat http.status_code attribute',
    input:
      '{"severity":"WARN","body":"jwt rejected: jwt expired","attributes":{"http.status_code":401,"http.route":"/v1/orders"}}',
    ...A401,
    includes: ['time.expired'],
  },
  {
    name: 'ingress-nginx access log (the status is a bare field)',
    input:
      '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/2.0" 401 52 "-" "curl/8.7.1" 312 0.004 [default-orders-8080] [] 10.0.3.17:8080 52 0.004 401 6650f1c2a9d3e4b5',
    ...A401,
    includes: [],
    excludes: ['challenge.missing', 'authz-header.missing', 'challenge.malformed'],
  },
  {
    name: 'Spring Boot 3 log lines with MDC and a stack trace',
    input: [
      '2026-05-28T14:09:58.123Z DEBUG 1 --- [orders-api] [nio-8080-exec-3] [6650f1c2a9d3e4b5-a9d3e4b5c6d7e8f9] o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z',
      '\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:103)',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: 'a CloudWatch event: the message JSON-escaped, a jsonwebtoken stack inside',
    input: JSON.stringify({
      timestamp: 1779977398123,
      message:
        '2026-05-28T14:09:58.123Z\t6650f1c2\tERROR\tTokenExpiredError: jwt expired\n    at /var/task/node_modules/jsonwebtoken/verify.js:190:21\n',
      logGroup: '/aws/lambda/orders-authorizer',
    }),
    status: null,
    classification: 'authentication',
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    // AWS's JWT authorizer leaves the commas out: its error="invalid_token" is still read, so the report
    // does not say "no credentials were seen" (challenge.no-error).
    name: 'AWS HTTP API JWT authorizer challenge without commas',
    input: [
      'HTTP/2 401',
      'content-type: application/json',
      'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token has expired"',
      'apigw-requestid: Yk3jHgW1IAMEbVw=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.no-error', 'token.malformed'],
  },
];

const TOKENS: Row[] = [
  {
    name: 'a live token at the end of a sentence, the next sentence glued to its full stop',
    input: `I'm sending ${LIVE}.Then the API says 401 Unauthorized.`,
    ...A401,
    includes: ['input.live-token'],
    excludes: MISREAD,
  },
  {
    name: 'an expired token glued to the next sentence',
    input: `HTTP/1.1 401 Unauthorized\nThe token was ${EXPIRED}.Thanks for looking`,
    ...A401,
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: 'the same token quoted twice',
    input: `Authorization: Bearer ${EXPIRED}\n\nHTTP/1.1 401 Unauthorized\n\nI decoded ${EXPIRED} on jwt.io and exp looks old`,
    ...A401,
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: 'a Slack code fence glued to its first line, Japanese prose around it',
    input: `お疲れ様です。本番で401になります。\n\`\`\`HTTP/1.1 401 Unauthorized\n${CHALLENGE}\nauthorization: Bearer ${EXPIRED}\`\`\`\nよろしくお願いします🙏`,
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: 'a token followed by a Japanese full stop',
    input: `トークン：${EXPIRED}。これで401が返ります。`,
    ...A401,
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: 'a base64 JSON cursor with a dot in a Link header, which is not a token',
    input: `HTTP/1.1 403 Forbidden\nLink: <https://api.acme-corp.com/v1/orders?cursor=${b64url({ id: 8812, ts: 1779977398 })}.${b64url('v2')}>; rel="next"\nWWW-Authenticate: Bearer error="insufficient_scope"`,
    status: 403,
    classification: 'authorization',
    includes: ['challenge.insufficient-scope'],
    excludes: ['token.malformed', 'token.opaque', 'input.masked'],
  },
];

/** Masks in the styles people use, as the signature part or over the whole token. */
const MASKS: Array<[string, string]> = [
  ['a signature of bullets', masked('••••••••')],
  ['a signature replaced by <SIGNATURE REMOVED>', masked('<SIGNATURE REMOVED>')],
  ['a signature replaced by [...]', masked('[...]')],
  ['a signature cut short with three dots', masked(`${SIGNATURE.slice(0, 10)}...`)],
  ['a signature replaced by <snip>', masked('<snip>')],
];
const WHOLE_MASKS: Array<[string, string]> = [
  ['the first characters and three dots', 'eyJhbGciOi...'],
  ['eyJ and asterisks', 'eyJ***'],
  ['an elision in the middle', `${HEAD.slice(0, 12)}…${SIGNATURE.slice(-6)}`],
];

describe('real-world pastes, end to end', () => {
  it.each([...TOOLS, ...LOGS, ...TOKENS])('reads $name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('masked is not malformed: new mask styles', () => {
  it.each(MASKS)('reads %s in an Authorization header', async (_name, token) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['time.expired', 'input.masked', 'signature.unchecked']));
    for (const code of ['token.malformed', 'authz-header.format', 'signature.invalid', 'input.live-token'] as const)
      expect(codes).not.toContain(code);
  });

  it.each(MASKS)('reads %s in prose', async (_name, token) => {
    const report = await run(`401 Unauthorized with this token: ${token}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['time.expired', 'input.masked']));
    expect(codes).not.toContain('token.malformed');
  });

  it.each(WHOLE_MASKS)('reads a whole token masked as %s: masked, no token to judge', async (_name, token) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('input.masked');
    for (const code of ['token.malformed', 'token.opaque', 'authz-header.format'] as const)
      expect(codes).not.toContain(code);
  });

  it('still reads a header whose first characters were lost as malformed (case 12)', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${EXPIRED.slice(3)}`);
    expect(report.findings.map((f) => f.code)).toContain('token.malformed');
  });

  it('still reports a space outside any brackets as a format problem', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${HEAD}.${BODY} .<redacted>`);
    expect(report.findings.map((f) => f.code)).toContain('authz-header.format');
  });

  it('does not take markup after a whole token for a mask: the signature still verifies', async () => {
    const report = await run(`401 Unauthorized<br>token: ${LIVE}<br>`, { keys: [jwksFor('k1')] });
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('signature.valid');
    expect(codes).not.toContain('input.masked');
  });
});

describe('a word glued to a token by a full stop', () => {
  it('keeps a JWE whole: its fourth part is no word of prose', async () => {
    const jwe = `${b64url({ alg: 'dir', enc: 'A256GCM' })}..${'a'.repeat(16)}.Ciphertext.${'b'.repeat(22)}`;
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${jwe}`);
    expect(report.findings.map((f) => f.code)).toContain('token.jwe');
  });

  it('still calls four base64url parts in an Authorization header malformed', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${EXPIRED}.Then`);
    expect(report.findings.map((f) => f.code)).toContain('token.malformed');
  });

  it('never quotes the signature of a token glued to a sentence', async () => {
    const report = await run(`I'm sending ${LIVE}.Then the API says 401 Unauthorized.`);
    const json = JSON.stringify(report);
    expect(json).not.toContain(LIVE.split('.')[2]);
  });
});
