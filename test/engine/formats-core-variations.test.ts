/**
 * Round 18 of real-world pastes: no new products, the core formats the tool promises, written the many ways engineers
 * paste them at 3 a.m. Status lines (`HTTP/2 403`, `< HTTP/1.1 401`, a bare `401`, devtools' `Status Code:` in English
 * and Japanese Chrome, a status in chat prose), headers from `curl -v` (with TLS lines and the progress meter's
 * `{ [5 bytes data]` lines), devtools' General / Response Headers / Request Headers copies (one line and name-then-value
 * layouts, HTTP/2 pseudo-headers), HAR fragments and HTTPie; a JWT wrapped at a terminal's width (with a hanging indent
 * too), in a URL, a cookie, a JSON log line, inline code; masked every way people mask (`<snip>`, `[REDACTED]`,
 * `eyJhbGciOi...`, `header.payload...`, the header alone); a bare payload, a JWE, an opaque token; and look-alikes that
 * are no token (base64 JSON pagination cursors, a Kubernetes `continue` token, a base64 JSON state in a log). Slack's
 * escapes, links, code fences and smart quotes wrap several of them.
 *
 * Where strings come from: curl's `-v` lines (`* ALPN: curl offers h2,http/1.1`, `* TLSv1.3 (IN), TLS handshake,
 * Finished (20):`, `{ [52 bytes data]`, `* Connection #0 to host … left intact`) as public captures print them (curl -v
 * transcripts in many repositories' docs); Chrome DevTools' General section (`Request URL`, `Request Method`, `Status
 * Code`, `Remote Address`, `Referrer Policy`: https://dev.mo4tech.com/the-header-in-chrome-devtools-network-is-explained.html)
 * and its Japanese UI (`リクエスト URL:`, `リクエスト メソッド:`, `ステータス コード: 302 Found`, `リモート アドレス:`, as
 * copied into a public repository's comment); `HTTPie/3.2.2` as HTTPie's User-Agent; jsonwebtoken's `jwt expired`.
 * Header names are RFC 9110's and RFC 6750's. Reading choices: docs/findings.md, "Reading the rules" and the round 18
 * project readings. The last group puts look-alikes and the same shapes in a success, and must stay quiet.
 */
import { describe, it } from 'vitest';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  MISREAD,
  NOT_MISSING,
  QUIET,
  S401,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url } from '../helpers/tokens.js';

const EXPIRED_EXP = 1779976920;
const FRESH_EXP = 1779979200;
const [HEADER, PAYLOAD, SIGNATURE] = EXPIRED.split('.') as [string, string, string];
/** Cut into lines of `width` characters, as a terminal or a chat client shows a long line. */
const wrap = (s: string, width: number, indent = ''): string =>
  (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(`\n${indent}`);
/** What Slack's API hands a bot for text a person typed: `&`, `<` and `>` escaped. */
const slackEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const EXPIRED_JWT = { kind: 'jws', signature: 'masked' } as const;

const CURL_V = [
  '* Connected to api.acme-corp.com (203.0.113.7) port 443',
  '* ALPN: curl offers h2,http/1.1',
  '} [5 bytes data]',
  '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
  '} [512 bytes data]',
  '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
  '{ [122 bytes data]',
  '* TLSv1.3 (IN), TLS handshake, Finished (20):',
  '{ [52 bytes data]',
  '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey',
  '* ALPN: server accepted h2',
  '} [5 bytes data]',
  '> GET /v1/orders HTTP/2',
  '> Host: api.acme-corp.com',
  '> User-Agent: curl/8.4.0',
  '> Accept: */*',
  `> Authorization: Bearer ${EXPIRED_MASKED}`,
  '>',
  '{ [5 bytes data]',
  '< HTTP/2 401',
  '< content-type: application/json',
  '< www-authenticate: Bearer error="invalid_token", error_description="jwt expired"',
  '< content-length: 0',
  '<',
  '* Connection #0 to host api.acme-corp.com left intact',
].join('\n');

const STATUSES: Row[] = [
  { name: 'a bare 401', input: '401', ...A401, top: 'token.missing', excludes: MISREAD },
  { name: '401 Unauthorized alone', input: '401 Unauthorized', ...A401, top: 'token.missing', excludes: MISREAD },
  { name: 'HTTP/2 403 alone: a denial, no token to blame', input: 'HTTP/2 403', ...A403, excludes: NOT_MISSING },
  { name: "curl -v's < HTTP/1.1 401 with no reason phrase", input: '< HTTP/1.1 401', ...A401, top: 'token.missing' },
  {
    name: 'chat prose: "giving us 401s" with a masked token after it',
    input: `prod is giving us 401s on /v1/orders since the 14:00 deploy. token: ${EXPIRED_MASKED}`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'chat prose: "the gateway gives 403"',
    input: 'the gateway gives 403 for DELETE /v1/admin/users since this morning',
    ...A403,
    excludes: NOT_MISSING,
  },
  {
    name: 'chat prose: "getting 401 on …" and a Japanese "401エラーになります"',
    input: 'getting 401 on /v1/orders since the deploy\nAPIを叩くと401エラーになります',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'chat prose in Slack bold: "*401* on /v1/orders since the deploy" (a path’s v1 is no other number)',
    input: '*401* on /v1/orders since the deploy',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'chat prose: "still 401 on /api/v2/orders"',
    input: 'still 401 on /api/v2/orders',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'chat prose: "401 on `/v1/orders`, token is `…`" (a path after "on" says where the status came from)',
    input: `401 on \`/v1/orders\`, token is \`${EXPIRED_MASKED}\``,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'chat prose: "we see 403 for /admin/users when the token has admin scope"',
    input: 'we see 403 for /admin/users when the token has admin scope',
    ...A403,
    excludes: NOT_MISSING,
  },
  {
    name: 'Chrome DevTools, Japanese UI: General copied one line each, then the two headers',
    input: [
      'リクエスト URL: https://api.acme-corp.com/v1/orders',
      'リクエスト メソッド: GET',
      'ステータス コード: 401 Unauthorized',
      'リモート アドレス: 203.0.113.7:443',
      'www-authenticate: Bearer error="invalid_token"',
      `authorization: Bearer ${EXPIRED_MASKED}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'Chrome DevTools, Japanese UI: the name-then-value layout, a 403',
    input: [
      'リクエスト URL:',
      'https://api.acme-corp.com/v1/admin',
      'リクエスト メソッド:',
      'GET',
      'ステータス コード:',
      '403 Forbidden',
      'リモート アドレス:',
      '203.0.113.7:443',
    ].join('\n'),
    ...A403,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "curl's progress meter counts 401 bytes of a 403: the status line decides",
    input: [
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
      '                                 Dload  Upload   Total   Spent    Left  Speed',
      '< HTTP/2 403',
      '< content-type: application/json',
      '< content-length: 401',
      '<',
      '{ [401 bytes data]',
      '100   401  100   401    0     0   2231      0 --:--:-- --:--:-- --:--:--  2240',
      '* Connection #0 to host api.acme-corp.com left intact',
    ].join('\n'),
    ...A403,
    excludes: [...NOT_MISSING, 'status.mismatch'],
  },
];

const HEADERS: Row[] = [
  {
    name: 'curl -v with TLS lines and the progress meter’s { [n bytes data] lines',
    input: CURL_V,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token', 'input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD, 'challenge.missing'],
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'the same curl -v as Slack hands it to a bot (&gt; and &lt; escaped)',
    input: slackEscape(CURL_V),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'curl -v over HTTP/2, lower-case request headers and no authorization',
    input: [
      '> GET /v1/orders HTTP/2',
      '> host: api.acme-corp.com',
      '> user-agent: curl/8.4.0',
      '> accept: */*',
      '>',
      '< HTTP/2 401',
      '< www-authenticate: Bearer realm="api"',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error', 'authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'Chrome DevTools: General, Response Headers and Request Headers in the name-then-value layout',
    input: [
      'General',
      'Request URL:',
      'https://api.acme-corp.com/v1/orders',
      'Request Method:',
      'GET',
      'Status Code:',
      '401 Unauthorized',
      'Remote Address:',
      '203.0.113.7:443',
      'Referrer Policy:',
      'strict-origin-when-cross-origin',
      'Response Headers',
      'content-length:',
      '0',
      'www-authenticate:',
      'Bearer error="invalid_token"',
      'Request Headers',
      ':authority:',
      'api.acme-corp.com',
      ':method:',
      'GET',
      ':path:',
      '/v1/orders',
      ':scheme:',
      'https',
      'authorization:',
      `Bearer ${EXPIRED_MASKED}`,
      'origin:',
      'https://app.acme-corp.com',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'Chrome DevTools: the older one-line layout with HTTP/2 pseudo-headers, a 403 with a valid token',
    input: [
      'Request URL: https://api.acme-corp.com/v1/admin/users',
      'Request Method: DELETE',
      'Status Code: 403 Forbidden',
      'Remote Address: 203.0.113.7:443',
      'Referrer Policy: strict-origin-when-cross-origin',
      'content-type: application/json',
      ':authority: api.acme-corp.com',
      ':method: DELETE',
      ':path: /v1/admin/users',
      ':scheme: https',
      `authorization: Bearer ${FRESH_MASKED}`,
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'a HAR fragment: the response object, then the request’s headers array',
    input: [
      '"response": {',
      '  "status": 401,',
      '  "statusText": "Unauthorized",',
      '  "httpVersion": "h2",',
      '  "headers": [',
      '    { "name": "www-authenticate", "value": "Bearer error=\\"invalid_token\\", error_description=\\"jwt expired\\"" }',
      '  ]',
      '}',
      `"request": { "method": "GET", "url": "https://api.acme-corp.com/v1/orders", "headers": [ { "name": "authorization", "value": "Bearer ${EXPIRED_MASKED}" } ] }`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'Chrome DevTools without section titles: "Provisional headers are shown" parts the response’s from the request’s',
    input: [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: GET',
      'Status Code: 401 Unauthorized',
      'Content-Length: 0',
      'WWW-Authenticate: Bearer realm="api"',
      'X-Request-Id: 7f3a',
      'Provisional headers are shown',
      'Accept: application/json, text/plain, */*',
      'Origin: http://localhost:4200',
      'Referer: http://localhost:4200/dashboard',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error', 'authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'devtools’ response headers alone: access-control-allow-headers naming authorization is no request header',
    input: [
      'Status Code: 401 Unauthorized',
      'Response Headers',
      'access-control-allow-headers: authorization, content-type',
      'access-control-allow-origin: *',
      'content-length: 0',
      'www-authenticate: Bearer realm="api"',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error', 'token.missing'],
    excludes: ['authz-header.missing', 'authz-header.scheme', ...MISREAD],
  },
  {
    name: 'a WWW-Authenticate line a pager broke at 60 columns inside a quoted string is one challenge',
    input: `${S401}\n${wrap('WWW-Authenticate: Bearer realm="orders-api", error="invalid_token", error_description="The access token expired"', 60)}\nContent-Length: 0`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed', 'challenge.no-error', 'token.missing'],
  },
  {
    name: 'the break between two parameters (…error_descri⏎ption="…") is one challenge too',
    input: `${S401}\n${wrap('WWW-Authenticate: Bearer realm="orders-api", error="invalid_token", error_description="The access token expired"', 80)}\nContent-Length: 0`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed', 'challenge.no-error', 'token.missing'],
  },
  {
    name: 'the same break in curl -v’s < lines',
    input: `< HTTP/1.1 401 Unauthorized\n< ${wrap('www-authenticate: Bearer realm="orders-api", error="invalid_token", error_description="jwt expired"', 62)}\n< content-length: 0`,
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['challenge.malformed', 'challenge.no-error'],
  },
  {
    name: 'HTTPie -v: the request, then the 401',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Accept: */*',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      'Host: api.acme-corp.com',
      'User-Agent: HTTPie/3.2.2',
      '',
      '',
      S401,
      'Content-Length: 0',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
];

const WRAPPED: Row[] = [
  {
    name: 'the Authorization line wrapped at 80 columns, signed token (its signature never reaches the report)',
    input: `${S401}\n${wrap(`Authorization: Bearer ${EXPIRED}`, 80)}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present', foundIn: 'authorization-header' },
  },
  {
    name: 'wrapped at 120 columns with CRLF line ends',
    input: `${S401}\r\n${wrap(`Authorization: Bearer ${EXPIRED_MASKED}`, 120).replaceAll('\n', '\r\n')}\r\n`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a hanging indent: the pieces under the header line indented by four spaces',
    input: `${S401}\nAuthorization: Bearer ${wrap(EXPIRED_MASKED, 60, '    ')}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a hanging indent under a log line, the signed token wrapped at 78 with two spaces',
    input: `${S401}\n${wrap(`Authorization: Bearer ${EXPIRED}`, 78, '  ')}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present' },
  },
  {
    name: 'a wrap that leaves only the dot before the mask on the last line (`0.***`), curl -v’s > repeated',
    input: `> GET /v1/orders HTTP/2\n> ${wrap(`authorization: Bearer ${HEADER}.${PAYLOAD}.***`, PAYLOAD.length + 71, '> ')}\n>\n< HTTP/2 401`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'a tab before the piece on the next line',
    input: `${S401}\nAuthorization: Bearer ${EXPIRED_MASKED.slice(0, 70)}\n\t${EXPIRED_MASKED.slice(70)}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'the whole block indented (a code block in a ticket), wrapped at 80',
    input: `    ${S401}\n    ${wrap(`Authorization: Bearer ${EXPIRED_MASKED}`, 76, '    ')}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
  {
    name: 'broken right after each dot',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.\n${PAYLOAD}.\n${SIGNATURE}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present' },
  },
  {
    name: 'a signature piece that starts like a header name (`x-…`) is still the token’s',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.${PAYLOAD}.${'Qk3v'.repeat(25)}\nx-${'Zp9w'.repeat(60)}\nWWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present', foundIn: 'authorization-header' },
  },
  {
    name: 'a token printed alone at 64 columns under a prose line',
    input: `401 again. token:\n${wrap(EXPIRED_MASKED, 64)}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a JSON log line’s token string wrapped by the terminal',
    input: `{"error":"unauthorized","status":401,"token":"${EXPIRED_MASKED.slice(0, 70)}\n${EXPIRED_MASKED.slice(70)}"}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'json' },
  },
];

const MASKED: Row[] = [
  {
    name: 'Bearer <snip>',
    input: `${S401}\nAuthorization: Bearer <snip>`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
  },
  {
    name: 'Bearer &lt;snip&gt; (Slack escaped it)',
    input: `${S401}\nAuthorization: Bearer &lt;snip&gt;`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
  },
  {
    name: 'Bearer [snip]',
    input: `${S401}\nAuthorization: Bearer [snip]`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
  },
  {
    name: 'Bearer [REDACTED] under an invalid_token challenge',
    input: `${S401}\nAuthorization: Bearer [REDACTED]\nWWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    top: 'challenge.invalid-token',
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
  },
  {
    name: 'only the header’s start kept: Bearer eyJhbGciOiJSUzI1NiIs...',
    input: `${S401}\nAuthorization: Bearer eyJhbGciOiJSUzI1NiIs...`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
  },
  {
    name: 'the header kept, the rest an ellipsis: header.…',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.…`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.missing', ...MISREAD],
    tokenExp: null,
  },
  {
    name: 'half the payload cut: header.payload-start...',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.${PAYLOAD.slice(0, 30)}...`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'header.payload... (the ellipsis typed where the signature was): the whole payload is read',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.${PAYLOAD}...`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'masked' },
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'header.payload… with the one-character ellipsis, in prose',
    input: `still getting 401, token ${HEADER}.${PAYLOAD}…`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'Japanese: header.payload... on a 403 says the expired token was refused (status.mismatch)',
    input: `403が返ります。トークン（署名は伏せています）：${HEADER}.${PAYLOAD}...`,
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['status.mismatch'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'Japanese quotes 「…」 around the token',
    input: `本番で401になります。トークンは「${EXPIRED_MASKED}」です。`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'header.payload.<snip>',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.${PAYLOAD}.<snip>`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'header.payload.xxxxxxxx',
    input: `${S401}\nAuthorization: Bearer ${HEADER}.${PAYLOAD}.xxxxxxxx`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'masked' },
  },
  {
    name: 'a pretty-printed payload, decoded by hand, under a prose status',
    input: [
      '401 from orders api, decoded token:',
      '{',
      '  "iss": "https://auth.acme-corp.com/",',
      '  "sub": "auth0|6650f1c2a9d3e4b5c6d7e8f9",',
      '  "aud": "https://api.acme-corp.com",',
      '  "iat": 1779973800,',
      '  "exp": 1779976920',
      '}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.missing', ...MISREAD],
    token: { kind: 'payload-only' },
  },
  {
    name: 'a JWE in Authorization (five parts)',
    input: `${S401}\nAuthorization: Bearer ${b64url({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'k1' })}.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ`,
    ...A401,
    top: 'token.jwe',
    excludes: MISREAD,
    token: { kind: 'jwe' },
  },
  {
    name: 'a JWE cut short with an ellipsis is still a JWE: no signature to leave unchecked',
    input: `${S401}\nAuthorization: Bearer ${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.OKOawDo13gRp2ojaHV7...`,
    ...A401,
    top: 'token.jwe',
    excludes: ['signature.unchecked', ...MISREAD],
    token: { kind: 'jwe' },
  },
  {
    name: 'a JWE with its parts masked',
    input: `${S401}\nAuthorization: Bearer ${b64url({ alg: 'dir', enc: 'A256GCM' })}..***.***.***`,
    ...A401,
    top: 'token.jwe',
    excludes: ['signature.unchecked', ...MISREAD],
    token: { kind: 'jwe' },
  },
  {
    name: '.NET’s HttpResponseMessage printed whole: StatusCode, ReasonPhrase and the Headers block',
    input: [
      "StatusCode: 401, ReasonPhrase: 'Unauthorized', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:",
      '{',
      '  Date: Thu, 28 May 2026 14:09:58 GMT',
      '  Connection: keep-alive',
      '  WWW-Authenticate: Bearer error="invalid_token"',
      '  Content-Length: 0',
      '}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: "Java's HttpURLConnection: Server returned HTTP response code: 401 for URL",
    input:
      'Caused by: java.io.IOException: Server returned HTTP response code: 401 for URL: https://10.43.0.1:443/api/v1/namespaces/tomcat/pods',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'an opaque token in Authorization',
    input: `${S401}\nAuthorization: Bearer 8f2a9c4e1b7d4f0aa3c6e5d2b1f09876`,
    ...A401,
    top: 'token.opaque',
    excludes: MISREAD,
  },
];

const PLACES: Row[] = [
  {
    name: 'in a URL’s access_token, Slack’s &amp; after it',
    input: `GET https://api.acme-corp.com/v1/stream?access_token=${EXPIRED_MASKED}&amp;since=0 -> 401`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'text' },
  },
  {
    name: 'in a Slack link’s URL (<https://…?access_token=…|label>), signed: the signature never reaches the report',
    input: `hitting <https://api.acme-corp.com/v1/stream?access_token=${EXPIRED}&amp;since=0|api.acme-corp.com/v1/stream> gives 401`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present' },
  },
  {
    name: 'in an implicit-flow fragment beside an id_token: the access token is the one judged',
    input: `https://app.acme-corp.com/cb#id_token=${b64url({ alg: 'RS256', kid: 'k1' })}.${b64url({ iss: 'https://auth.acme-corp.com/', aud: 'client', nonce: 'n', exp: FRESH_EXP })}.***&access_token=${EXPIRED_MASKED}&token_type=Bearer -> api 401`,
    ...A401,
    top: 'time.expired',
    excludes: ['token.id-token', ...MISREAD],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'in a JSON log line',
    input: `{"level":"warn","ts":"2026-05-28T14:09:58Z","msg":"unauthorized","status":401,"token":"${EXPIRED_MASKED}"}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'json' },
  },
  {
    name: 'in a cookie, curl -v shows the request with no Authorization',
    input: `> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Cookie: session=${EXPIRED_MASKED}\n>\n< HTTP/1.1 401 Unauthorized\n< Content-Length: 0`,
    ...A401,
    includes: ['time.expired', 'authz-header.missing'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'inline code in a Slack message, under a code-fenced curl -i',
    input: `<@U04ABCDEF> seeing this on prod:\n\`\`\`\n${S401}\nwww-authenticate: Bearer error="invalid_token"\n\`\`\`\nand the token \`\`\`${EXPIRED_MASKED}\`\`\``,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: 'a curl command with smart quotes from a phone, in a code fence with a language',
    input: `\`\`\`http\ncurl -H \u201cAuthorization: Bearer ${EXPIRED_MASKED}\u201d https://api.acme-corp.com/v1/orders\n\`\`\`\n\u2192 401`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'Japanese prose around a masked token',
    input: `本番で401が返ってきます。トークンはこれです：\n${EXPIRED_MASKED}\nよろしくお願いします`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
];

const VARIABLES: Row[] = [
  {
    name: 'export TOKEN=… then curl -H "Authorization: Bearer $TOKEN": the token sent is the variable’s value',
    input: `$ export TOKEN=${EXPIRED_MASKED}\n$ curl -i -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}\nWWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'TOKEN="…" (signed) then the braced variable: read, and its signature never reaches the report',
    input: `TOKEN="${EXPIRED}"\ncurl -i -H "Authorization: Bearer \${TOKEN}" https://api.acme-corp.com/v1/orders\n${S401}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { kind: 'jws', signature: 'present', foundIn: 'authorization-header' },
  },
  {
    name: '$ echo $TOKEN after the failing call, the value on the next line',
    input: `$ curl -si -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\n$ echo $TOKEN\n${EXPIRED_MASKED}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'PowerShell: $TOKEN = "…" then curl.exe -H "Authorization: Bearer $TOKEN"',
    input: `PS> $TOKEN = "${EXPIRED_MASKED}"\n$TOKEN = "${EXPIRED_MASKED}"\ncurl.exe -i -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
    token: { ...EXPIRED_JWT, foundIn: 'authorization-header' },
  },
  {
    name: 'TOKEN=$(…) is a command’s output, not shown: the variable stays unexpanded',
    input: `TOKEN=$(curl -s https://auth.acme-corp.com/oauth/token -d @creds.json | jq -r .access_token)\ncurl -i -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', 'token.missing', ...MISREAD],
    token: null,
  },
  {
    name: 'a variable assigned another variable stays unexpanded',
    input: `export TOKEN=$ACCESS_TOKEN\ncurl -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.opaque', ...MISREAD],
    token: null,
  },
  {
    name: 'another variable’s value is not $TOKEN’s',
    input: `export ID_TOKEN=${EXPIRED_MASKED}\ncurl -i -H "Authorization: Bearer $TOKEN" https://api.acme-corp.com/v1/orders\n${S401}`,
    ...A401,
    includes: ['input.masked'],
    excludes: ['time.expired', 'token.opaque', ...MISREAD],
    token: null,
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'a base64 JSON pagination cursor in the request line is no token',
    input: `GET /v1/orders?limit=50&cursor=${b64url({ after: 'ord_123', dir: 'next' })} HTTP/1.1\nHost: api.acme-corp.com\n\n${S401}\nWWW-Authenticate: Bearer`,
    ...A401,
    includes: ['challenge.no-error'],
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'a cursor of two dot-joined base64 JSON parts is no token either',
    input: `GET /v1/events?page_token=${b64url({ after: 'evt_9', n: 50 })}.${b64url({ sig: 'x' })} -> 401`,
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'a Kubernetes continue token beside a Forbidden Status',
    input: `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \\"system:serviceaccount:default:builder\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"prod\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}\nGET /api/v1/namespaces/prod/pods?continue=${Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: 4891232, start: 'web-7d9f/' })).toString('base64')}&limit=500`,
    ...A403,
    top: 'policy.deny',
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'a base64 JSON state in a log line',
    input: `2026-05-28T14:09:58Z ERROR orders status=401 state=${b64url({ returnTo: '/orders', nonce: 'abc', ts: 1779977398 })}`,
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'a challenge whose quote never closes, followed by other fields, stays malformed',
    input: `${S401}\nWWW-Authenticate: Bearer realm="orders-api", error="invalid_token", error_description="The access\nContent-Length: 0`,
    ...A401,
    includes: ['challenge.malformed'],
  },
  {
    name: 'a long challenge line followed by a field line is not joined to it',
    input: `${S401}\nWWW-Authenticate: Bearer realm="orders-api", error="invalid_token", scope="read:orders"\nContent-Type: application/json`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['challenge.malformed', 'challenge.insufficient-scope'],
  },
  {
    name: 'a 200 whose content-length is 401',
    input: 'HTTP/2 200\ncontent-type: application/json\ncontent-length: 401\n\n{"orders":[]}',
    status: 200,
    classification: 'undetermined',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a numbered thing beside a version in a short line is no status ("PR 401 merged into v2")',
    input: 'PR 401 merged into v2',
    ...QUIET,
  },
  {
    name: 'nor beside a bucket’s name ("build 401 of s3-sync")',
    input: 'build 401 of s3-sync is out',
    ...QUIET,
  },
  {
    name: 'a path after "on" does not make a count a status ("running on /dev/sda1, 401 files copied")',
    input: 'rsync running on /dev/sda1, 401 files copied',
    ...QUIET,
  },
  {
    name: 'nor a page number ("page 401 for /docs/guide is broken")',
    input: 'page 401 for /docs/guide is broken',
    ...QUIET,
  },
  {
    name: 'a count of 401 requests is no status',
    input: 'we got 401 requests in the last hour',
    ...QUIET,
  },
  {
    // A round-21b leftover: a count of tokens is a count.
    name: 'a count of 401 tokens is no status',
    input: 'we issued 401 tokens today and one user got rejected',
    ...QUIET,
  },
  {
    name: 'code indented under a line that ends in a short signature is no piece of the token',
    input: `const t = '${HEADER}.${PAYLOAD}.abcDEF123_-'\n    const f = await catches(\n    fc.integer({ min: -2 })`,
    ...QUIET,
    excludes: ['input.live-token'],
    token: { kind: 'jws', signature: 'masked' },
  },
];

describe('formats, round 18: status lines', () => {
  it.each(STATUSES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 18: headers from curl, devtools, HAR and HTTPie', () => {
  it.each(HEADERS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 18: a token wrapped across lines', () => {
  it.each(WRAPPED)('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, round 18: masked, partial and other credentials', () => {
  it.each(MASKED)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 18: a token in a URL, a cookie, a log, Slack', () => {
  it.each(PLACES)('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, round 18: a shell variable the paste defines', () => {
  it.each(VARIABLES)('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, round 18: look-alikes and successes stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
