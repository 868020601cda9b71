import { describe, expect, it } from 'vitest';
import { extractHttp, type HttpObservations, type LineKind, type StatusForm } from '../../../src/engine/parse/http.js';
import { findJsonObjects } from '../../../src/engine/parse/json-spans.js';

function extract(text: string): HttpObservations {
  return extractHttp(text, findJsonObjects(text));
}

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';

interface StatusRow {
  name: string;
  paste: string;
  code: number;
  form: StatusForm;
  reason: string | null;
  /** 0-based line of the chosen status. */
  line: number;
  requestShown: boolean;
  responseShown: boolean;
  kinds: LineKind[];
}

/** A one-line prose paste: the status it states, on line 0, nothing shown of the exchange. */
function prose(name: string, paste: string, code: number, reason: string | null = null): StatusRow {
  return {
    name,
    paste,
    code,
    form: 'prose',
    reason,
    line: 0,
    requestShown: false,
    responseShown: false,
    kinds: ['text'],
  };
}

describe('extractHttp: the status, in each form people paste it', () => {
  const rows: StatusRow[] = [
    {
      name: 'an HTTP/1.1 status line with its reason phrase',
      paste: 'HTTP/1.1 401 Unauthorized\nContent-Length: 0\n',
      code: 401,
      form: 'status-line',
      reason: 'Unauthorized',
      line: 0,
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'blank'],
    },
    {
      name: 'an HTTP/2 status line (no reason phrase in HTTP/2)',
      paste: 'HTTP/2 403 \ncontent-type: application/json\n\n{"message":"Forbidden"}',
      code: 403,
      form: 'status-line',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'blank', 'text'],
    },
    {
      name: 'an HTTP/1.0 status line from an old proxy',
      paste: 'HTTP/1.0 401\nServer: squid/3.5.27\nProxy-Authenticate: Basic realm="proxy"\n',
      code: 401,
      form: 'status-line',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'blank'],
    },
    {
      name: "curl -v's `< HTTP/2 401`",
      paste: '> GET /v1/me HTTP/2\n> Host: api.example.com\n>\n< HTTP/2 401\n< www-authenticate: Bearer\n<\n',
      code: 401,
      form: 'status-line',
      reason: null,
      line: 3,
      requestShown: true,
      responseShown: true,
      kinds: ['request-line', 'header', 'blank', 'status', 'header', 'blank', 'blank'],
    },
    {
      name: 'httpie output',
      paste:
        'HTTP/1.1 403 Forbidden\nConnection: keep-alive\nContent-Type: application/json\n\n{\n    "detail": "You do not have permission to perform this action."\n}\n',
      code: 403,
      form: 'status-line',
      reason: 'Forbidden',
      line: 0,
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'blank', 'text', 'text', 'text', 'blank'],
    },
    {
      name: "the browser's `Status Code: 403 Forbidden` (General)",
      paste:
        'Request URL: https://api.example.com/v1/orders\nRequest Method: GET\nStatus Code: 403 Forbidden\nRemote Address: 203.0.113.7:443\n',
      code: 403,
      form: 'labelled',
      reason: 'Forbidden',
      line: 2,
      requestShown: false,
      responseShown: false,
      kinds: ['label', 'label', 'status', 'label', 'blank'],
    },
    {
      name: 'an HTTP/2 `:status: 401` pseudo-header line',
      paste: ':status: 401\ncontent-type: application/json\nwww-authenticate: Bearer error="invalid_token"\n',
      code: 401,
      form: 'status-line',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: true,
      kinds: ['status', 'header', 'header', 'blank'],
    },
    {
      name: 'a `status: 401` line in a header block',
      paste: 'Response headers:\nstatus: 401\ncontent-length: 0\n',
      code: 401,
      form: 'labelled',
      reason: null,
      line: 1,
      requestShown: false,
      responseShown: true,
      kinds: ['label', 'status', 'header', 'blank'],
    },
    {
      name: 'a HAR response',
      paste:
        '{"request":{"method":"GET","url":"https://api.example.com/v1/me","headers":[]},' +
        '"response":{"status":401,"statusText":"Unauthorized","headers":[{"name":"content-length","value":"0"}]}}',
      code: 401,
      form: 'har',
      reason: 'Unauthorized',
      line: 0,
      requestShown: true,
      responseShown: true,
      kinds: ['text'],
    },
    {
      name: 'a JSON error body `{"status":403,…}`',
      paste:
        'the API answered:\n{"timestamp":"2026-05-28T14:10:00.123+00:00","status":403,"error":"Forbidden","path":"/v1/orders"}',
      code: 403,
      form: 'labelled',
      reason: null,
      line: 1,
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'text'],
    },
    {
      name: 'a Lambda proxy response `"statusCode": 401`',
      paste:
        '{\n  "statusCode": 401,\n  "headers": { "Content-Type": "application/json" },\n  "body": "{\\"message\\":\\"Unauthorized\\"}"\n}',
      code: 401,
      form: 'labelled',
      reason: null,
      line: 1,
      requestShown: false,
      responseShown: true,
      kinds: ['text', 'text', 'text', 'text', 'text'],
    },
    {
      name: 'Google\'s error body `{"error":{"code":401,…}}`',
      paste:
        '{\n  "error": {\n    "code": 401,\n    "message": "Request had invalid authentication credentials.",\n    "status": "UNAUTHENTICATED"\n  }\n}',
      code: 401,
      form: 'labelled',
      reason: null,
      line: 2,
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
    },
    {
      name: 'a JSON body cut short (no JSON object), `"status": 401,` on its own line',
      paste: '{\n  "status": 401,\n  "message": "Full authentication is required to access this resource",\n',
      code: 401,
      form: 'labelled',
      reason: null,
      line: 1,
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'status', 'text', 'blank'],
    },
    {
      name: 'an arrow `GET https://x/y -> 401 Unauthorized`',
      paste: `GET https://billing.example.com/v1/invoices -> 401 Unauthorized\ntoken: ${TOKEN}`,
      code: 401,
      form: 'arrow',
      reason: 'Unauthorized',
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['status', 'text'],
    },
    {
      name: 'an arrow `=> 403`',
      paste: 'POST /v1/orders => 403\n',
      code: 403,
      form: 'arrow',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['status', 'blank'],
    },
    {
      name: 'an arrow `→ 401`',
      paste: 'GET /v1/me → 401 (only from the mobile app)',
      code: 401,
      form: 'arrow',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['status'],
    },
    {
      name: "a bare `401` line (Postman's status)",
      paste: `401\nAuthorization: Bearer ${TOKEN}`,
      code: 401,
      form: 'bare',
      reason: null,
      line: 0,
      requestShown: true,
      responseShown: false,
      kinds: ['status', 'header'],
    },
    {
      name: 'a bare `401 Unauthorized` line',
      paste: '401 Unauthorized\n{"message":"jwt expired"}',
      code: 401,
      form: 'bare',
      reason: 'Unauthorized',
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['status', 'text'],
    },
    {
      name: 'prose: "the API returns 401 Unauthorized"',
      paste: 'since the deploy the API returns 401 Unauthorized for every call from the batch job',
      code: 401,
      form: 'prose',
      reason: 'Unauthorized',
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
    {
      name: 'prose: "gets 403 Forbidden"',
      paste: 'reporting service gets 403 Forbidden from /v1/reports, log below',
      code: 403,
      form: 'prose',
      reason: 'Forbidden',
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
    {
      name: 'prose: "got a 401"',
      paste: 'hey, got a 401 on staging again :(',
      code: 401,
      form: 'prose',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
    prose(
      'prose: "401 from orders-api", the status first',
      '401 from orders-api since 14:00, token payload below',
      401,
    ),
    prose('prose: "we get 403 on …"', 'we get 403 on /v1/orders with the new client', 403),
    prose('prose: "403 on POST /v1/orders", a method and a path', '403 on POST /v1/orders since the release', 403),
    prose(
      'prose: "seeing 401 Unauthorized …"',
      'seeing 401 Unauthorized on every call after the key rotation',
      401,
      'Unauthorized',
    ),
    prose('prose: Slack italics around the number, "_401_ from …"', '_401_ from api.example.com after the deploy', 401),
    ...[
      'Still 401.',
      '401!!',
      '401 again after refresh',
      'the gateway says 401',
      '急に401になった',
      '401で弾かれる',
    ].map((paste) => prose(`prose: a chat line, "${paste}"`, paste, 401)),
    // The code named to be set aside is not the status, whichever comes first.
    ...[
      'returns 401 instead of 403',
      '401 rather than 403 since the deploy',
      "it's not a 403, it's a 401",
      'expected 403 but got 401',
      '403じゃなくて401が返ってくる',
      '403ではなく401になる',
      'unexpected 401 from the gateway',
    ].map((paste) => prose(`prose: a contrast, "${paste}"`, paste, 401)),
    // A tally of times is a cue: the number is something the calls got. The later code is the one now.
    prose('prose: a tally, "401 x3"', '401 x3', 401),
    prose('prose: a tally, "401 3 times"', '401 3 times', 401),
    prose('prose: a Japanese tally, "401が3回、そのあと403が2回"', '401が3回、そのあと403が2回', 403),
    prose('prose: a numbered record, "got 401 for order 403"', 'got 401 for order 403', 401),
    // The environment a number is said of, as a client's name is: the failing one is the question.
    prose('prose: environments, "本番だけ403、ステージングは200"', '本番だけ403、ステージングは200', 403),
    prose('prose: environments, "staging: 401, prod: 200"', 'staging: 401, prod: 200', 401),
    // gin's defaultLogFormatter: the status between bars, whatever the method (a GET line once read by its `get` cue alone).
    prose(
      'prose: a Gin request log line for a POST',
      '[GIN] 2026/05/28 - 14:09:58 | 401 |     1.203ms |        10.0.0.1 | POST     "/refresh"',
      401,
    ),
    prose(
      'prose: the status as a verb, "orders-api is 401ing since the deploy"',
      'orders-api is 401ing since the deploy',
      401,
    ),
    {
      name: 'prose: Japanese "401エラーになる"',
      paste: '本番だけ401エラーになる',
      code: 401,
      form: 'prose',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
    {
      name: 'prose: Japanese "403 が返る"',
      paste: '管理画面のAPIで403 が返る。トークンは新しい',
      code: 403,
      form: 'prose',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
    {
      name: 'prose: an axios error',
      paste:
        'AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12)',
      code: 401,
      form: 'prose',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text', 'text'],
    },
    {
      name: 'prose: an nginx access log line',
      paste: '10.0.3.7 - - [28/May/2026:14:10:00 +0000] "GET /v1/orders HTTP/1.1" 401 0 "-" "okhttp/4.12.0"',
      code: 401,
      form: 'prose',
      reason: null,
      line: 0,
      requestShown: false,
      responseShown: false,
      kinds: ['text'],
    },
  ];

  it.each(rows)('reads $name', (row) => {
    const http = extract(row.paste);
    expect(http.status).toMatchObject({ code: row.code, form: row.form, reason: row.reason, line: row.line });
    expect({ requestShown: http.requestShown, responseShown: http.responseShown }).toEqual({
      requestShown: row.requestShown,
      responseShown: row.responseShown,
    });
    expect(http.lines.map((l) => l.kind)).toEqual(row.kinds);
  });
});

describe('extractHttp: numbers that are not a status', () => {
  it.each([
    { name: 'a header value (Content-Length: 401)', paste: 'Content-Length: 401\nDate: Thu, 28 May 2026 14:10:00 GMT' },
    { name: 'a time with milliseconds', paste: '2026-05-28 14:10:00.401 WARN request failed' },
    { name: 'a duration', paste: 'the request failed after 401ms, then 403 ms on retry' },
    { name: 'a decimal and an issue number', paste: 'error rate went from 0.401 to 0.403, see #4010 and #401' },
    { name: 'a path segment and an identifier', paste: 'GET /users/401 failed with error E401' },
    { name: 'a port and an address', paste: 'Remote error at 10.0.0.1:403' },
    { name: 'a number in prose without a cue', paste: 'we have 401 users on the new plan' },
    { name: 'a quantity after a cue', paste: 'we moved 401 users from the old plan' },
    {
      name: 'a long line with no cue (a chat line is short)',
      paste: 'the one I pasted above is what the mobile team sees as 401 today',
    },
    { name: 'a short line with other numbers', paste: 'ticket 4512 is 401' },
    { name: 'an identifier with underscores', paste: 'failed with ERR_401_AUTH and E_403' },
    { name: 'a short line with another code', paste: 'mostly 500 now' },
    // jose's JWKS error: the fetch did not get its 200.
    { name: 'the code a client expected', paste: 'JOSEError: Expected 200 OK from the JSON Web Key Set HTTP response' },
    { name: 'a code set aside, alone', paste: 'not a 403 this time' },
    { name: 'a count with no cue', paste: 'we have 401 users, 3 times more than last year' },
    { name: 'a numbered ticket', paste: 'error report: ticket 403 was closed' },
    { name: 'a stack frame', paste: 'at verify (/srv/api/node_modules/jsonwebtoken/verify.js:401:21)' },
    {
      name: 'a HAR header value',
      paste: '{"response":{"status":0,"headers":[{"name":"content-length","value":"403"}]}}',
    },
  ])('ignores $name', ({ paste }) => {
    expect(extract(paste).statuses).toEqual([]);
  });
});

describe('extractHttp: which status the paste is about', () => {
  it('prefers the last status line: curl -L shows the redirect, then the 401', () => {
    const paste =
      'HTTP/1.1 302 Found\nLocation: https://api.example.com/v2/me\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n';
    const http = extract(paste);
    expect(http.statuses.map((s) => s.code)).toEqual([302, 401]);
    expect(http.status).toMatchObject({ code: 401, line: 3 });
  });

  it('prefers the last 401/403 of the strongest form over a later other code (a retry that worked)', () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nafter refreshing:\nHTTP/1.1 200 OK\n';
    expect(extract(paste).status).toMatchObject({ code: 401, line: 0 });
  });

  it('prefers a status line over prose, whatever their order', () => {
    const paste = 'HTTP/1.1 400 Bad Request\n\nthe app says it got a 401 Unauthorized';
    const http = extract(paste);
    expect(http.statuses.map((s) => `${s.code}/${s.form}`)).toEqual(['400/status-line', '401/prose']);
    expect(http.status).toMatchObject({ code: 400, form: 'status-line' });
  });

  it('prefers an arrow over a bare line, and a bare line over prose', () => {
    expect(extract('got 500 errors earlier\n403\nGET /v1/a -> 429').status).toMatchObject({ code: 429, form: 'arrow' });
    expect(extract('got 500 error earlier\n403 Forbidden').status).toMatchObject({ code: 403, form: 'bare' });
  });

  it('takes the labelled JSON status when the body repeats the status line', () => {
    const paste = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"status":403,"error":"Forbidden"}';
    const http = extract(paste);
    expect(http.statuses.map((s) => s.form)).toEqual(['status-line', 'labelled']);
    expect(http.status?.code).toBe(403);
  });

  it('returns null when nothing in the paste is a status', () => {
    expect(extract(`token: ${TOKEN}\nJsonWebTokenError: invalid signature`).status).toBeNull();
  });

  it('gives each observation its line and offsets', () => {
    const paste = 'log:\nHTTP/1.1 401 Unauthorized\n';
    const [status] = extract(paste).statuses;
    expect(status).toEqual({ code: 401, reason: 'Unauthorized', form: 'status-line', line: 1, start: 5, end: 30 });
    expect(paste.slice(status?.start, status?.end)).toBe('HTTP/1.1 401 Unauthorized');
  });
});
