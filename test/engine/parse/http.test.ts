import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHttp, type HttpObservations, type LineKind } from '../../../src/engine/parse/http.js';
import { findJsonObjects } from '../../../src/engine/parse/json-spans.js';

function extract(text: string): HttpObservations {
  return extractHttp(text, findJsonObjects(text));
}

/** `side form name: value` per field, the shape the tables below are written in. */
function fieldsOf(http: HttpObservations): string[] {
  return http.headers.map((h) => `${h.side ?? 'null'} ${h.form} ${h.name}: ${h.value}`);
}

function kindsOf(http: HttpObservations): LineKind[] {
  return http.lines.map((l) => l.kind);
}

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';

interface Row {
  name: string;
  paste: string;
  fields: string[];
  requestShown: boolean;
  responseShown: boolean;
  kinds: LineKind[];
}

describe('extractHttp: header fields in raw messages', () => {
  const rows: Row[] = [
    {
      name: 'a response pasted from curl -i, with a gateway body',
      paste: [
        'HTTP/1.1 401 Unauthorized',
        'Date: Thu, 28 May 2026 14:09:48 GMT',
        'Content-Type: application/json',
        'x-amzn-RequestId: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93',
        'x-amzn-ErrorType: UnauthorizedException',
        '',
        '{"message":"Unauthorized"}',
      ].join('\n'),
      fields: [
        'response raw date: Thu, 28 May 2026 14:09:48 GMT',
        'response raw content-type: application/json',
        'response raw x-amzn-requestid: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93',
        'response raw x-amzn-errortype: UnauthorizedException',
      ],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'header', 'header', 'blank', 'text'],
    },
    {
      name: 'a request with its request line, then the response',
      paste: [
        'GET /v1/profile HTTP/1.1',
        'Host: api.example.com',
        'Accept: application/json',
        'Cookie: _ga=GA1.2.1440299823.1779970000',
        '',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer realm="api.example.com"',
        'Content-Length: 0',
      ].join('\n'),
      fields: [
        'request raw host: api.example.com',
        'request raw accept: application/json',
        'request raw cookie: _ga=GA1.2.1440299823.1779970000',
        'response raw www-authenticate: Bearer realm="api.example.com"',
        'response raw content-length: 0',
      ],
      requestShown: true,
      responseShown: true,
      kinds: ['request-line', 'header', 'header', 'header', 'blank', 'status', 'header', 'header'],
    },
    {
      name: 'HTTP/2 headers in lower case, pseudo-headers included',
      paste: [
        ':method: GET',
        ':authority: api.example.com',
        ':path: /v1/orders',
        `authorization: Bearer ${TOKEN}`,
        'x-tenant: acme',
      ].join('\n'),
      fields: [
        'request raw :method: GET',
        'request raw :authority: api.example.com',
        'request raw :path: /v1/orders',
        `request raw authorization: Bearer ${TOKEN}`,
        'request raw x-tenant: acme',
      ],
      requestShown: true,
      responseShown: false,
      kinds: ['header', 'header', 'header', 'header', 'header'],
    },
    {
      name: 'labelled sections ("Request headers:", "Response:")',
      paste: [
        'Request headers:',
        `Authorization: Bearer Bearer ${TOKEN}`,
        'Accept: application/json',
        '',
        'Response:',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token", error_description="Malformed token"',
      ].join('\n'),
      fields: [
        `request raw authorization: Bearer Bearer ${TOKEN}`,
        'request raw accept: application/json',
        'response raw www-authenticate: Bearer error="invalid_token", error_description="Malformed token"',
      ],
      requestShown: true,
      responseShown: true,
      kinds: ['label', 'header', 'header', 'blank', 'label', 'status', 'header'],
    },
    {
      name: 'a label that sets the side of fields any message could carry, in Japanese',
      paste: [
        'レスポンス ヘッダー',
        'content-type: application/json',
        '',
        'リクエストヘッダー：',
        'content-type: application/json',
      ].join('\n'),
      fields: ['response raw content-type: application/json', 'request raw content-type: application/json'],
      requestShown: true,
      responseShown: true,
      kinds: ['label', 'header', 'blank', 'label', 'header'],
    },
    {
      name: 'the request Authorization pasted under the response (a body line that names its side)',
      paste: [
        'HTTP/1.1 401 Unauthorized',
        'Content-Type: application/json',
        'WWW-Authenticate: Bearer error="invalid_token"',
        '',
        `Authorization: Bearer ${TOKEN}`,
      ].join('\n'),
      fields: [
        'response raw content-type: application/json',
        'response raw www-authenticate: Bearer error="invalid_token"',
        `request raw authorization: Bearer ${TOKEN}`,
      ],
      requestShown: true,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'blank', 'header'],
    },
    {
      name: 'a body whose field-like lines say nothing about a side',
      paste: [
        'HTTP/1.1 500 Internal Server Error',
        'Content-Type: text/plain',
        '',
        'Date: yesterday',
        'Error: upstream timed out',
      ].join('\n'),
      fields: ['response raw content-type: text/plain'],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'blank', 'text', 'text'],
    },
    {
      name: 'a status line with only prose under it (no response headers shown)',
      paste: ['HTTP/1.1 401 Unauthorized', 'API server clock: 2026-05-28T14:10:00Z', '', `token: ${TOKEN}`].join('\n'),
      fields: [],
      requestShown: false,
      responseShown: false,
      kinds: ['status', 'text', 'blank', 'text'],
    },
    {
      name: 'a lone Authorization line (the request is shown)',
      paste: `it fails with this header\nAuthorization: Bearer ${TOKEN}`,
      fields: [`request raw authorization: Bearer ${TOKEN}`],
      requestShown: true,
      responseShown: false,
      kinds: ['text', 'header'],
    },
    {
      name: 'a lone WWW-Authenticate line (the response is shown)',
      paste: 'the gateway sends back\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nand nothing else',
      fields: ['response raw www-authenticate: Bearer realm="api", error="invalid_token"'],
      requestShown: false,
      responseShown: true,
      kinds: ['text', 'header', 'text'],
    },
    {
      name: 'log and prose lines that only look like fields',
      paste: [
        'Error: jwt expired',
        `token: ${TOKEN}`,
        '    at Object.verify (/srv/api/node_modules/jsonwebtoken/verify.js:152:21)',
        'API server clock: 2026-05-28T14:10:00Z',
        'WARN 2026-05-28 14:10:00 auth: rejected',
        '14:10:00 auth rejected',
        '{"level":"warn","msg":"jwt expired"}',
        'https://api.example.com/v1/orders',
        'Caused by: SecurityTokenExpiredException',
      ].join('\n'),
      fields: [],
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    },
    {
      name: 'exception lines right under a status line, which a header block does not take for fields',
      paste: ['HTTP/1.1 401 Unauthorized', 'JsonWebTokenError: invalid signature', 'error: invalid_token'].join('\n'),
      fields: [],
      requestShown: false,
      responseShown: false,
      kinds: ['status', 'text', 'text'],
    },
    {
      name: 'vendor fields in a block, whatever their names',
      paste: ['HTTP/1.1 403 Forbidden', 'X-Kong-Response-Latency: 1', 'Acme-Trace: 81f2', '', 'Acme-Trace: 81f3'].join(
        '\n',
      ),
      fields: ['response raw x-kong-response-latency: 1', 'response raw acme-trace: 81f2'],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'blank', 'text'],
    },
    {
      name: 'an X- field on its own',
      paste: 'the proxy adds\nX-Debug-Reason: scope-missing',
      fields: ['null raw x-debug-reason: scope-missing'],
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'header'],
    },
    {
      name: 'obsolete line folding',
      paste: [
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer realm="api",',
        '  error="invalid_token",',
        '\terror_description="The access token expired"',
        'Content-Length: 0',
      ].join('\n'),
      fields: [
        'response raw www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        'response raw content-length: 0',
      ],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'header', 'header'],
    },
    {
      name: 'a uniformly indented paste (a Slack code block), with a fold more indented still',
      paste: [
        '    HTTP/1.1 401 Unauthorized',
        '    WWW-Authenticate: Bearer realm="api",',
        '        error="invalid_token"',
        '    Content-Type: application/json',
        '',
        '    {"error":"invalid_token"}',
      ].join('\n'),
      fields: [
        'response raw www-authenticate: Bearer realm="api", error="invalid_token"',
        'response raw content-type: application/json',
      ],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'header', 'blank', 'text'],
    },
    {
      name: 'a Postman/Insomnia table copied as tab-separated columns',
      paste: [
        'Headers (3)',
        `Authorization\tBearer ${TOKEN}`,
        'Content-Type\tapplication/json',
        'X-Tenant\tacme',
        '',
        '401 Unauthorized',
      ].join('\n'),
      fields: [
        `request tab-separated authorization: Bearer ${TOKEN}`,
        'request tab-separated content-type: application/json',
        'request tab-separated x-tenant: acme',
      ],
      requestShown: true,
      responseShown: false,
      kinds: ['label', 'header', 'header', 'header', 'blank', 'status'],
    },
    {
      name: 'a Slack quote (`> ` markers) around a response',
      paste: [
        '> HTTP/1.1 401 Unauthorized',
        '> WWW-Authenticate: Bearer error="invalid_token"',
        '>',
        `> Authorization: Bearer ${TOKEN}`,
      ].join('\n'),
      fields: [
        'response raw www-authenticate: Bearer error="invalid_token"',
        `request raw authorization: Bearer ${TOKEN}`,
      ],
      requestShown: true,
      responseShown: true,
      kinds: ['status', 'header', 'blank', 'header'],
    },
    {
      name: 'fields with empty values',
      paste: ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate:', 'Content-Length: 0'].join('\n'),
      fields: ['response raw www-authenticate: ', 'response raw content-length: 0'],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header'],
    },
    {
      name: 'markdown-dressed labels with counts and toggles',
      paste: [
        '**Response Headers (2)** view source',
        'server: envoy',
        'x-envoy-upstream-service-time: 3',
        '',
        '### Request headers:',
        'x-request-id: 7f1c',
      ].join('\n'),
      fields: [
        'response raw server: envoy',
        'response raw x-envoy-upstream-service-time: 3',
        'request raw x-request-id: 7f1c',
      ],
      requestShown: true,
      responseShown: true,
      kinds: ['label', 'header', 'header', 'blank', 'label', 'header'],
    },
    {
      name: "a headers object as Node's console.log prints it",
      paste: [
        'req.headers =',
        '{',
        "  host: 'api.example.com',",
        `  authorization: 'Bearer ${TOKEN}',`,
        "  'user-agent': 'okhttp/4.12.0',",
        "  'x-tenant': 'acme'",
        '}',
      ].join('\n'),
      fields: [
        'request fetch-json host: api.example.com',
        `request fetch-json authorization: Bearer ${TOKEN}`,
        'request fetch-json user-agent: okhttp/4.12.0',
        'request fetch-json x-tenant: acme',
      ],
      requestShown: true,
      responseShown: false,
      kinds: ['text', 'text', 'header', 'header', 'header', 'header', 'text'],
    },
    {
      name: 'a body straight under the fields, with no blank line',
      paste: [
        'HTTP/1.1 403 Forbidden',
        'Content-Type: text/html',
        '<html><body>Access denied</body></html>',
        'Server: nginx',
      ].join('\n'),
      fields: ['response raw content-type: text/html', 'response raw server: nginx'],
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'text', 'header'],
    },
  ];

  it.each(rows)('reads $name', (row) => {
    const http = extract(row.paste);
    expect(fieldsOf(http)).toEqual(row.fields);
    expect({ requestShown: http.requestShown, responseShown: http.responseShown }).toEqual({
      requestShown: row.requestShown,
      responseShown: row.responseShown,
    });
    expect(kindsOf(http)).toEqual(row.kinds);
  });
});

describe('extractHttp: where each field is', () => {
  it('gives the line and offsets of each field, quoted or not', () => {
    const paste = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer  \n';
    const [field] = extract(paste).headers;
    expect(field).toEqual({
      name: 'www-authenticate',
      value: 'Bearer',
      side: 'response',
      quoted: false,
      form: 'raw',
      line: 1,
      start: 26,
      end: 50,
    });
    expect(paste.slice(field?.start, field?.end)).toBe('WWW-Authenticate: Bearer');
  });

  it('describes every line, blank and trailing ones included', () => {
    const http = extract('a\n\nHTTP/1.1 401\n');
    expect(http.lines).toEqual([
      { start: 0, end: 1, kind: 'text' },
      { start: 2, end: 2, kind: 'blank' },
      { start: 3, end: 15, kind: 'status' },
      { start: 16, end: 16, kind: 'blank' },
    ]);
  });
});

describe('extractHttp: the request', () => {
  it.each([
    {
      name: 'a request line and its Host header',
      paste: 'POST /oauth/token HTTP/1.1\nHost: Auth.Example.com:8443\n',
      request: { method: 'POST', url: '/oauth/token', host: 'auth.example.com' },
    },
    {
      name: 'an absolute-form request line without a version',
      paste: 'GET https://api.example.com/v1/me?x=1\nAccept: */*',
      request: { method: 'GET', url: 'https://api.example.com/v1/me?x=1', host: 'api.example.com' },
    },
    {
      name: 'an arrow line',
      paste: 'DELETE https://user:pw@api.example.com:443/v1/orders/8812 -> 403 Forbidden',
      request: { method: 'DELETE', url: 'https://user:pw@api.example.com:443/v1/orders/8812', host: 'api.example.com' },
    },
    {
      name: 'an HTTP/2 :authority pseudo-header',
      paste: ':method: PUT\n:authority: api.example.com\n:path: /v1/x',
      request: { method: null, url: null, host: 'api.example.com' },
    },
    {
      name: 'nothing about the request',
      paste: 'HTTP/1.1 401 Unauthorized',
      request: { method: null, url: null, host: null },
    },
  ])('takes method, URL and host from $name', ({ paste, request }) => {
    expect(extract(paste).request).toEqual(request);
  });
});

describe('extractHttp: the example cases', () => {
  const cases = new URL('../../../../shared/cases/', import.meta.url);
  const input = (name: string): string => readFileSync(new URL(`${name}/input.txt`, cases), 'utf8');

  it.each([
    {
      name: '01-expired-invalid-token',
      status: 401,
      requestShown: true,
      responseShown: true,
      authorization: 'request',
    },
    { name: '03-missing-authorization', status: 401, requestShown: true, responseShown: true, authorization: null },
    { name: '05-aud-mismatch', status: 401, requestShown: false, responseShown: true, authorization: null },
    { name: '06-iss-trailing-slash', status: 401, requestShown: false, responseShown: false, authorization: null },
    { name: '07-alg-none', status: 401, requestShown: true, responseShown: true, authorization: 'request' },
    { name: '09-iat-in-future', status: 401, requestShown: false, responseShown: false, authorization: null },
    {
      name: '10-gateway-401-no-challenge',
      status: 401,
      requestShown: true,
      responseShown: true,
      authorization: 'request',
    },
    { name: '12-malformed-token', status: 401, requestShown: true, responseShown: false, authorization: 'request' },
  ])('reads $name', (row) => {
    const http = extract(input(row.name));
    expect(http.status?.code).toBe(row.status);
    expect(http.requestShown).toBe(row.requestShown);
    expect(http.responseShown).toBe(row.responseShown);
    expect(http.headers.find((h) => h.name === 'authorization')?.side ?? null).toBe(row.authorization);
  });

  it('leaves the log of case 12 as text for the verifier-message stage', () => {
    const http = extract(input('12-malformed-token'));
    const text = http.lines
      .filter((l) => l.kind === 'text')
      .map((l) => input('12-malformed-token').slice(l.start, l.end).trim());
    expect(text).toEqual([
      'JsonWebTokenError: invalid token',
      'at module.exports [as verify] (/srv/api/node_modules/jsonwebtoken/verify.js:82:17)',
      'at authenticate (/srv/api/src/auth.js:31:9)',
    ]);
  });
});
