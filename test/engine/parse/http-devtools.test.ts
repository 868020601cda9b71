import { describe, expect, it } from 'vitest';
import { extractHttp, type HttpObservations, type LineKind } from '../../../src/engine/parse/http.js';
import { findJsonObjects } from '../../../src/engine/parse/json-spans.js';

function extract(text: string): HttpObservations {
  return extractHttp(text, findJsonObjects(text));
}

/** `side form name: value` per field, with `(q)` for quoted values. */
function fieldsOf(http: HttpObservations): string[] {
  return http.headers.map((h) => `${h.side ?? 'null'} ${h.form} ${h.name}: ${h.value}${h.quoted ? ' (q)' : ''}`);
}

function kindsOf(http: HttpObservations): LineKind[] {
  return http.lines.map((l) => l.kind);
}

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';

interface Row {
  name: string;
  paste: string;
  fields: string[];
  status: { code: number; form: string } | null;
  request: { method: string | null; url: string | null; host: string | null };
  requestShown: boolean;
  responseShown: boolean;
  kinds?: LineKind[];
}

const HAR_ENTRY = {
  startedDateTime: '2026-05-28T14:09:58.120Z',
  request: {
    method: 'GET',
    url: 'https://api.example.com/v1/orders?page=1',
    httpVersion: 'http/2.0',
    headers: [
      { name: ':authority', value: 'api.example.com' },
      { name: 'authorization', value: `Bearer ${TOKEN}` },
      { name: 'accept', value: 'application/json' },
    ],
    queryString: [{ name: 'page', value: '1' }],
    cookies: [{ name: 'session', value: 'abc' }],
  },
  response: {
    status: 401,
    statusText: '',
    httpVersion: 'http/2.0',
    headers: [
      { name: 'content-length', value: '403' },
      { name: 'www-authenticate', value: 'Bearer error="invalid_token"' },
    ],
    content: { size: 25, mimeType: 'application/json', text: '{"error":"invalid_token"}' },
  },
};

const HAR_FIELDS = [
  'request har :authority: api.example.com (q)',
  `request har authorization: Bearer ${TOKEN} (q)`,
  'request har accept: application/json (q)',
  'response har content-length: 403 (q)',
  'response har www-authenticate: Bearer error="invalid_token" (q)',
];

const HAR_REQUEST = { method: 'GET', url: 'https://api.example.com/v1/orders?page=1', host: 'api.example.com' };

describe('extractHttp: browser devtools copies', () => {
  const rows: Row[] = [
    {
      name: "Chrome's Headers pane (General, Response Headers, Request Headers)",
      paste: [
        'General',
        'Request URL: https://api.example.com/v1/orders',
        'Request Method: GET',
        'Status Code: 401 Unauthorized',
        'Remote Address: 203.0.113.7:443',
        'Referrer Policy: strict-origin-when-cross-origin',
        '',
        'Response Headers',
        'content-length: 0',
        'www-authenticate: Bearer error="invalid_token"',
        '',
        'Request Headers',
        ':authority: api.example.com',
        ':method: GET',
        'accept: application/json',
        `authorization: Bearer ${TOKEN}`,
      ].join('\n'),
      fields: [
        'response raw content-length: 0',
        'response raw www-authenticate: Bearer error="invalid_token"',
        'request raw :authority: api.example.com',
        'request raw :method: GET',
        'request raw accept: application/json',
        `request raw authorization: Bearer ${TOKEN}`,
      ],
      status: { code: 401, form: 'labelled' },
      request: { method: 'GET', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
      kinds: [
        'label',
        'label',
        'label',
        'status',
        'label',
        'label',
        'blank',
        'label',
        'header',
        'header',
        'blank',
        'label',
        'header',
        'header',
        'header',
        'header',
      ],
    },
    {
      name: "Chrome's newer copy: each name on a line, its value on the next",
      paste: [
        'Request URL',
        'https://api.example.com/v1/orders',
        'Request Method',
        'GET',
        'Status Code',
        '401 Unauthorized',
        'Response Headers',
        'Raw',
        'content-length',
        '0',
        'www-authenticate',
        'Bearer error="invalid_token"',
        'Request Headers',
        ':authority',
        'api.example.com',
        'authorization',
        `Bearer ${TOKEN}`,
        'x-tenant',
        'acme',
      ].join('\n'),
      fields: [
        'response devtools-two-line content-length: 0',
        'response devtools-two-line www-authenticate: Bearer error="invalid_token"',
        'request devtools-two-line :authority: api.example.com',
        `request devtools-two-line authorization: Bearer ${TOKEN}`,
        'request devtools-two-line x-tenant: acme',
      ],
      status: { code: 401, form: 'labelled' },
      request: { method: 'GET', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
      kinds: [
        'label',
        'label',
        'label',
        'label',
        'label',
        'status',
        'label',
        'label',
        'header',
        'header',
        'header',
        'header',
        'label',
        'header',
        'header',
        'header',
        'header',
        'header',
        'header',
      ],
    },
    {
      name: 'the two-line copy without section labels (sides from the names)',
      paste: [
        'www-authenticate',
        'Bearer',
        'date',
        'Thu, 28 May 2026 14:10:00 GMT',
        'authorization',
        `Bearer ${TOKEN}`,
        'x-tenant',
        'acme',
      ].join('\n'),
      fields: [
        'response devtools-two-line www-authenticate: Bearer',
        'response devtools-two-line date: Thu, 28 May 2026 14:10:00 GMT',
        `request devtools-two-line authorization: Bearer ${TOKEN}`,
        'request devtools-two-line x-tenant: acme',
      ],
      status: null,
      request: { method: null, url: null, host: null },
      requestShown: true,
      responseShown: true,
    },
    {
      name: 'Chrome in Japanese',
      paste: [
        '全般',
        'リクエスト URL: https://api.example.com/v1/orders',
        'リクエスト メソッド: DELETE',
        'ステータス コード: 403 Forbidden',
        '',
        'レスポンス ヘッダー',
        'content-type: application/json',
        '',
        'リクエスト ヘッダー',
        `authorization: Bearer ${TOKEN}`,
      ].join('\n'),
      fields: ['response raw content-type: application/json', `request raw authorization: Bearer ${TOKEN}`],
      status: { code: 403, form: 'labelled' },
      request: { method: 'DELETE', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
      kinds: ['label', 'label', 'label', 'status', 'blank', 'label', 'header', 'blank', 'label', 'header'],
    },
    {
      name: "Firefox's Copy All (JSON)",
      paste: JSON.stringify(
        {
          'Response headers (254 B)': {
            headers: [{ name: 'www-authenticate', value: 'Bearer error="invalid_token"' }],
          },
          'Request headers (1.1 kB)': {
            headers: [
              { name: 'Host', value: 'api.example.com' },
              { name: 'Authorization', value: `Bearer ${TOKEN}` },
            ],
          },
        },
        null,
        2,
      ),
      fields: [
        'response har www-authenticate: Bearer error="invalid_token" (q)',
        'request har host: api.example.com (q)',
        `request har authorization: Bearer ${TOKEN} (q)`,
      ],
      status: null,
      request: { method: null, url: null, host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
    },
    {
      name: "Postman's console",
      paste: [
        'GET https://api.example.com/v1/me',
        '401',
        '245 ms',
        'Request Headers',
        `Authorization: Bearer ${TOKEN}`,
        'User-Agent: PostmanRuntime/7.39.0',
        'Accept: */*',
        'Response Headers',
        'WWW-Authenticate: Bearer error="invalid_token"',
        'Content-Length: 0',
        'Response Body',
      ].join('\n'),
      fields: [
        `request raw authorization: Bearer ${TOKEN}`,
        'request raw user-agent: PostmanRuntime/7.39.0',
        'request raw accept: */*',
        'response raw www-authenticate: Bearer error="invalid_token"',
        'response raw content-length: 0',
      ],
      status: { code: 401, form: 'bare' },
      request: { method: 'GET', url: 'https://api.example.com/v1/me', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
      kinds: [
        'request-line',
        'status',
        'text',
        'label',
        'header',
        'header',
        'header',
        'label',
        'header',
        'header',
        'label',
      ],
    },
    {
      name: "Insomnia's timeline",
      paste: [
        '* Preparing request to https://api.example.com/v1/me',
        '* Using libcurl/8.6.0 OpenSSL/3.0.13',
        '> GET /v1/me HTTP/2',
        '> Host: api.example.com',
        `> authorization: Bearer ${TOKEN}`,
        '',
        '< HTTP/2 401 ',
        '< www-authenticate: Bearer',
      ].join('\n'),
      fields: [
        'request curl-verbose host: api.example.com',
        `request curl-verbose authorization: Bearer ${TOKEN}`,
        'response curl-verbose www-authenticate: Bearer',
      ],
      status: { code: 401, form: 'status-line' },
      request: { method: 'GET', url: '/v1/me', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
      kinds: ['curl-info', 'curl-info', 'request-line', 'header', 'header', 'blank', 'status', 'header'],
    },
  ];

  it.each(rows)('reads $name', (row) => check(row));
});

describe('extractHttp: HAR and other JSON', () => {
  const rows: Row[] = [
    {
      name: 'a whole HAR log',
      paste: JSON.stringify(
        { log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: [HAR_ENTRY] } },
        null,
        2,
      ),
      fields: HAR_FIELDS,
      status: { code: 401, form: 'har' },
      request: HAR_REQUEST,
      requestShown: true,
      responseShown: true,
    },
    {
      name: 'a single HAR entry on one line',
      paste: `here is the entry: ${JSON.stringify(HAR_ENTRY)}`,
      fields: HAR_FIELDS,
      status: { code: 401, form: 'har' },
      request: HAR_REQUEST,
      requestShown: true,
      responseShown: true,
      kinds: ['text'],
    },
    {
      name: 'a lone HAR request',
      paste: JSON.stringify({ request: HAR_ENTRY.request }, null, 2),
      fields: HAR_FIELDS.slice(0, 3),
      status: null,
      request: HAR_REQUEST,
      requestShown: true,
      responseShown: false,
    },
    {
      name: 'a lone HAR response',
      paste: JSON.stringify({ response: HAR_ENTRY.response }, null, 2),
      fields: HAR_FIELDS.slice(3),
      status: { code: 401, form: 'har' },
      request: { method: null, url: null, host: null },
      requestShown: false,
      responseShown: true,
    },
    {
      name: 'a HAR cut short: its header objects, one by one',
      paste: [
        '"headers": [',
        '  {',
        '    "name": "Authorization",',
        `    "value": "Bearer ${TOKEN}"`,
        '  },',
        '  { "name": "page", "value": "2" },',
      ].join('\n'),
      fields: [`request har authorization: Bearer ${TOKEN} (q)`],
      status: null,
      request: { method: null, url: null, host: null },
      requestShown: true,
      responseShown: false,
    },
    {
      name: "Chrome's Copy as fetch",
      paste: [
        'fetch("https://api.example.com/v1/orders", {',
        '  "headers": {',
        '    "accept": "application/json",',
        `    "authorization": "Bearer ${TOKEN} ",`,
        '    "sec-fetch-mode": "cors"',
        '  },',
        '  "referrer": "https://app.example.com/",',
        '  "body": null,',
        '  "method": "GET",',
        '  "mode": "cors",',
        '  "credentials": "include"',
        '});',
      ].join('\n'),
      fields: [
        'request fetch-json accept: application/json (q)',
        `request fetch-json authorization: Bearer ${TOKEN}  (q)`,
        'request fetch-json sec-fetch-mode: cors (q)',
      ],
      status: null,
      request: { method: 'GET', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: false,
      kinds: ['command', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    },
    {
      name: "Firefox's Copy as Fetch",
      paste: [
        'await fetch("https://api.example.com/v1/orders", {',
        '    "credentials": "include",',
        '    "headers": {',
        '        "Accept": "application/json",',
        `        "Authorization": "Bearer ${TOKEN}"`,
        '    },',
        '    "method": "POST",',
        '    "mode": "cors"',
        '});',
      ].join('\n'),
      fields: [
        'request fetch-json accept: application/json (q)',
        `request fetch-json authorization: Bearer ${TOKEN} (q)`,
      ],
      status: null,
      request: { method: 'POST', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: false,
    },
    {
      name: 'fetch options that are not JSON (a trailing comma), read line by line',
      paste: [
        'await fetch("https://api.example.com/v1/orders", {',
        '    "headers": {',
        '        "Accept": "application/json",',
        `        "Authorization": "Bearer ${TOKEN}",`,
        '    },',
        '});',
      ].join('\n'),
      fields: [
        'request fetch-json accept: application/json (q)',
        `request fetch-json authorization: Bearer ${TOKEN} (q)`,
      ],
      status: null,
      request: { method: null, url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: false,
      kinds: ['command', 'text', 'header', 'header', 'text', 'text'],
    },
    {
      name: 'a pino-http log line with req and res',
      paste: JSON.stringify({
        level: 30,
        req: {
          method: 'GET',
          url: '/v1/orders',
          headers: { host: 'api.example.com', authorization: `Bearer ${TOKEN}` },
        },
        res: { statusCode: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
        msg: 'request completed',
      }),
      fields: [
        'request fetch-json host: api.example.com (q)',
        `request fetch-json authorization: Bearer ${TOKEN} (q)`,
        'response fetch-json www-authenticate: Bearer error="invalid_token" (q)',
      ],
      status: { code: 401, form: 'labelled' },
      request: { method: 'GET', url: '/v1/orders', host: 'api.example.com' },
      requestShown: true,
      responseShown: true,
    },
  ];

  it.each(rows)('reads $name', (row) => check(row));

  it('points HAR fields at their name and value in the text', () => {
    const paste = JSON.stringify({ request: HAR_ENTRY.request }, null, 2);
    const auth = extract(paste).headers.find((h) => h.name === 'authorization');
    expect(paste.slice(auth?.start, auth?.end)).toBe(`"authorization",\n        "value": "Bearer ${TOKEN}"`);
    expect(auth?.line).toBe(paste.slice(0, auth?.start).split('\n').length - 1);
  });

  it('does not read a status or fields out of a header value or a curl body', () => {
    const paste = [
      `curl -d '{"status":403,"headers":{"authorization":"x"}}' https://api.example.com/x`,
      'HTTP/1.1 401 Unauthorized',
      'X-Debug: {"status":500}',
    ].join('\n');
    const http = extract(paste);
    expect(http.statuses.map((s) => s.code)).toEqual([401]);
    expect(fieldsOf(http)).toEqual(['response raw x-debug: {"status":500}']);
  });
});

function check(row: Row): void {
  const http = extract(row.paste);
  expect(fieldsOf(http)).toEqual(row.fields);
  expect(http.status === null ? null : { code: http.status.code, form: http.status.form }).toEqual(row.status);
  expect(http.request).toEqual(row.request);
  expect({ requestShown: http.requestShown, responseShown: http.responseShown }).toEqual({
    requestShown: row.requestShown,
    responseShown: row.responseShown,
  });
  if (row.kinds) expect(kindsOf(http)).toEqual(row.kinds);
}
