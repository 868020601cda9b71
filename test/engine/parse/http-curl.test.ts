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
  request: { method: string | null; url: string | null; host: string | null };
  requestShown: boolean;
  kinds: LineKind[];
}

describe('extractHttp: curl commands', () => {
  const rows: Row[] = [
    {
      name: 'a one-line `curl -i` with -H "…", then its output',
      paste: [
        `$ curl -i https://api.example.com/v1/orders -H "Authorization: Bearer ${TOKEN}"`,
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token"',
      ].join('\n'),
      fields: [
        `request curl-arg authorization: Bearer ${TOKEN} (q)`,
        'response raw www-authenticate: Bearer error="invalid_token"',
      ],
      request: { method: 'GET', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command', 'status', 'header'],
    },
    {
      name: "Chrome's Copy as cURL (bash): `\\` continuations, '…', $'…', a body",
      paste: [
        "curl 'https://api.example.com/v1/orders' \\",
        "  -H 'accept: application/json' \\",
        "  -H $'cookie: theme=dark\\'s; sid=abc' \\",
        `  -H 'authorization: Bearer ${TOKEN} ' \\`,
        '  --data-raw \'{"sku":"A-1"}\' \\  ',
        '  --compressed',
      ].join('\n'),
      fields: [
        'request curl-arg accept: application/json (q)',
        "request curl-arg cookie: theme=dark's; sid=abc (q)",
        `request curl-arg authorization: Bearer ${TOKEN}  (q)`,
      ],
      request: { method: 'POST', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command', 'command', 'command', 'command', 'command', 'command'],
    },
    {
      name: 'Chrome\'s Copy as cURL (cmd): `^` continuations and `^"` quotes',
      paste: [
        'curl ^"https://api.example.com/v1/orders?page=1^&size=20^" ^',
        '  -H ^"accept: application/json, text/plain, */*^" ^',
        `  -H ^"authorization: Bearer ${TOKEN}^" ^`,
        '  -H ^"x-note: say \\^"hi\\^" 100^%^" ^',
        '  --compressed',
      ].join('\n'),
      fields: [
        'request curl-arg accept: application/json, text/plain, */* (q)',
        `request curl-arg authorization: Bearer ${TOKEN} (q)`,
        'request curl-arg x-note: say "hi" 100% (q)',
      ],
      request: { method: 'GET', url: 'https://api.example.com/v1/orders?page=1&size=20', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command', 'command', 'command', 'command', 'command'],
    },
    {
      name: '`-u user:pass` (curl sends Basic)',
      paste:
        "% curl -s -u 'client-id:s3cr:et' -X POST https://auth.example.com/oauth/token -d grant_type=client_credentials",
      fields: ['request curl-arg authorization: Basic Y2xpZW50LWlkOnMzY3I6ZXQ='],
      request: { method: 'POST', url: 'https://auth.example.com/oauth/token', host: 'auth.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: '`--oauth2-bearer TOKEN`, `--url`, `-A` and `-b`',
      paste: `curl --oauth2-bearer ${TOKEN} -A probe/1.0 -b 'sid=1' --url https://api.example.com/x`,
      fields: [
        `request curl-arg authorization: Bearer ${TOKEN}`,
        'request curl-arg user-agent: probe/1.0',
        'request curl-arg cookie: sid=1',
      ],
      request: { method: 'GET', url: 'https://api.example.com/x', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'an explicit Authorization header winning over -u, attached and long options',
      paste: `curl -uadmin:pw -HAuthorization:Bearer\\ ${TOKEN} --header "X-Tenant: acme" -XPATCH api.example.com/v1/x`,
      fields: [`request curl-arg authorization: Bearer ${TOKEN} (q)`, 'request curl-arg x-tenant: acme (q)'],
      request: { method: 'PATCH', url: 'api.example.com/v1/x', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'an empty header (`X-Empty;`) and a removed one (`Authorization:`)',
      paste: "curl -H 'X-Empty;' -H 'Authorization:' https://api.example.com/x",
      fields: ['request curl-arg x-empty:  (q)'],
      request: { method: 'GET', url: 'https://api.example.com/x', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'a command with no header at all (it shows that none was sent)',
      paste: 'user@bastion:~/tmp$ curl -sS https://api.example.com/v1/me | jq .',
      fields: [],
      request: { method: 'GET', url: 'https://api.example.com/v1/me', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'PowerShell calling curl.exe',
      paste: `PS C:\\Users\\me> curl.exe -H "Authorization: Bearer ${TOKEN}" https://api.example.com/x`,
      fields: [`request curl-arg authorization: Bearer ${TOKEN} (q)`],
      request: { method: 'GET', url: 'https://api.example.com/x', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'options on their own lines without the trailing `\\`',
      paste: ['curl https://api.example.com/x', `  -H "Authorization: Bearer ${TOKEN}"`, '  -X DELETE'].join('\n'),
      fields: [`request curl-arg authorization: Bearer ${TOKEN} (q)`],
      request: { method: 'DELETE', url: 'https://api.example.com/x', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command', 'command', 'command'],
    },
    {
      name: 'an unclosed quote, which does not swallow the response below',
      paste: [
        "curl -H 'Accept: */* https://api.example.com/x",
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer',
      ].join('\n'),
      fields: ['request curl-arg accept: */* https://api.example.com/x (q)', 'response raw www-authenticate: Bearer'],
      request: { method: 'GET', url: null, host: null },
      requestShown: true,
      kinds: ['command', 'status', 'header'],
    },
    {
      name: 'an HTTPie command',
      paste: `$ http -v POST https://api.example.com/v1/orders Authorization:"Bearer ${TOKEN}" X-Tenant:acme sku=A-1 page==2`,
      fields: [`request curl-arg authorization: Bearer ${TOKEN} (q)`, 'request curl-arg x-tenant: acme'],
      request: { method: 'POST', url: 'https://api.example.com/v1/orders', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
    {
      name: 'an HTTPie command with a bearer auth option',
      paste: `http -A bearer -a ${TOKEN} api.example.com/v1/me`,
      fields: [`request curl-arg authorization: Bearer ${TOKEN}`],
      request: { method: 'GET', url: 'api.example.com/v1/me', host: 'api.example.com' },
      requestShown: true,
      kinds: ['command'],
    },
  ];

  it.each(rows)('reads $name', (row) => {
    const http = extract(row.paste);
    expect(fieldsOf(http)).toEqual(row.fields);
    expect(http.request).toEqual(row.request);
    expect(http.requestShown).toBe(row.requestShown);
    expect(kindsOf(http)).toEqual(row.kinds);
  });

  it('points a -H field at its argument in the text', () => {
    const paste = `curl https://api.example.com/x \\\n  -H 'Authorization: Bearer ${TOKEN}'`;
    const [field] = extract(paste).headers;
    expect(field?.line).toBe(1);
    expect(paste.slice(field?.start, field?.end)).toBe(`'Authorization: Bearer ${TOKEN}'`);
  });
});

describe('extractHttp: curl commands whose headers come partly from elsewhere', () => {
  it.each([
    { name: 'a config file', paste: 'curl -K ~/.curlrc-prod https://api.example.com/x' },
    { name: 'a header file', paste: "curl -H @headers.txt -H 'Accept: */*' https://api.example.com/x" },
    { name: 'netrc', paste: 'curl -n https://api.example.com/x' },
    { name: 'a shell variable holding the whole header', paste: 'curl -H "$AUTH_HEADER" https://api.example.com/x' },
    { name: 'digest auth, which curl computes', paste: 'curl --digest -u admin:pw https://api.example.com/x' },
    { name: '-u without a password (curl prompts)', paste: 'curl -u admin https://api.example.com/x' },
  ])('does not count the request as shown with $name', ({ paste }) => {
    const http = extract(paste);
    expect(http.requestShown).toBe(false);
    expect(http.headers.some((h) => h.name === 'authorization')).toBe(false);
  });
});

describe('extractHttp: curl -v output', () => {
  const paste = [
    `$ curl -v -L https://api.example.com/v1/me -H "Authorization: Bearer ${TOKEN}"`,
    '*   Trying 203.0.113.7:443...',
    '* Connected to api.example.com (203.0.113.7) port 443',
    `* [HTTP/2] [1] [authorization: Bearer ${TOKEN}]`,
    '> GET /v1/me HTTP/2',
    '> Host: api.example.com',
    '> User-Agent: curl/8.5.0',
    `> Authorization: Bearer ${TOKEN}`,
    '>',
    '< HTTP/2 302',
    '< location: https://api.example.com/v2/me',
    '<',
    "* Issue another request to this URL: 'https://api.example.com/v2/me'",
    '> GET /v2/me HTTP/2',
    '> Host: api.example.com',
    '>',
    '< HTTP/2 401',
    '< www-authenticate: Bearer error="invalid_token",',
    '<  error_description="The access token expired"',
    '< content-length: 0',
    '<',
    '{ [0 bytes data]',
    '* Connection #0 to host api.example.com left intact',
  ].join('\n');

  it('reads the request and response fields with their sides, and the last status', () => {
    const http = extract(paste);
    expect(fieldsOf(http)).toEqual([
      `request curl-arg authorization: Bearer ${TOKEN} (q)`,
      'request curl-verbose host: api.example.com',
      'request curl-verbose user-agent: curl/8.5.0',
      `request curl-verbose authorization: Bearer ${TOKEN}`,
      'response curl-verbose location: https://api.example.com/v2/me',
      'request curl-verbose host: api.example.com',
      'response curl-verbose www-authenticate: Bearer error="invalid_token", error_description="The access token expired"',
      'response curl-verbose content-length: 0',
    ]);
    expect(http.status).toMatchObject({ code: 401, form: 'status-line', line: 16 });
    expect(http.statuses.map((s) => s.code)).toEqual([302, 401]);
    expect({ requestShown: http.requestShown, responseShown: http.responseShown }).toEqual({
      requestShown: true,
      responseShown: true,
    });
  });

  it('takes `*` lines for curl info, `>`/`<` lines for the exchange', () => {
    expect(kindsOf(extract(paste))).toEqual([
      'command',
      'curl-info',
      'curl-info',
      'curl-info',
      'request-line',
      'header',
      'header',
      'header',
      'blank',
      'status',
      'header',
      'blank',
      'curl-info',
      'request-line',
      'header',
      'blank',
      'status',
      'header',
      'header',
      'header',
      'blank',
      'curl-info',
      'curl-info',
    ]);
  });

  it('takes `* ` lines for bullets when the paste holds no curl -v output', () => {
    const http = extract('Tried:\n* refreshing the token\n* the API still returns 401 Unauthorized');
    expect(kindsOf(http)).toEqual(['text', 'text', 'text']);
    expect(http.status).toMatchObject({ code: 401, form: 'prose', line: 2 });
  });

  it("takes curl's progress meter for curl info", () => {
    const http = extract(
      [
        '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
        '                                 Dload  Upload   Total   Spent    Left  Speed',
        '100    26  100    26    0     0    123      0 --:--:-- --:--:-- --:--:--   123',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
    expect(kindsOf(http)).toEqual(['curl-info', 'curl-info', 'curl-info', 'status']);
  });
});

describe('extractHttp: mentions of curl that are not commands', () => {
  it.each([
    'I ran `curl https://api.example.com/x` and got a 401',
    'curl: (22) The requested URL returned error: 401',
    'http is down again?',
  ])('leaves %j as text', (paste) => {
    const http = extract(paste);
    expect(http.lines[0]?.kind).toBe('text');
    expect(http.requestShown).toBe(false);
  });
});
