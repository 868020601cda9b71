/**
 * Round 26 of real-world pastes ("captures"): how an HTTP exchange reaches Slack from the clients and tools that print
 * it, in the shapes earlier rounds (formats-devtools, -clients, -terminal, -rpc-cli, -real-world, -acceptance) left
 * out: HTTP clients' debug logs that print the exchange line by line behind markers of their own (Apache HttpClient's
 * `org.apache.http.headers`/`.wire` loggers, Ruby Net::HTTP's `set_debug_output`, Faraday's logger middleware, Ktor's
 * Logging plugin, .NET's IHttpClientFactory logging with its trace-level header lists, wget's `-d` and `-S` and its
 * `--header` option), what a program prints when it prints the response object (Go's `%+v` of an *http.Response,
 * undici's inspected `Response { … }`, Python's `print(r.headers)`), `gh api --include`'s `HTTP/2.0` status line, and a
 * JSON body quoted inside a string literal (its quotes escaped). Each with its Slack-mangled variant where the mangling
 * matters (a code fence, `&gt;&gt;`, smart quotes, `<url>` links).
 *
 * For each the report must get: the status, which side each header is on (the request's Authorization read as the
 * Authorization header: `token.foundIn`), the token found and masked, the WWW-Authenticate challenge parsed, and the
 * body's error. Where strings come from: each group names its source (a public capture's find_string id, or the
 * product's source). The readers are in src/engine/parse/http/wire-log.ts (the debug logs), http/wget.ts (wget's
 * command), http/prose.ts (Go's `Status:401`) and parse/json-spans.ts (the escaped body). Reading choices:
 * docs/findings.md, the project readings of round 26. The catches-not rows put the same markers where they state
 * nothing (a success, prose, other keys) and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  MISREAD,
  NOT_MISSING,
  QUIET,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow } from '../helpers/paste-rows.js';

/** A row, and the first challenge's auth-params the report must hold (the challenge parsed whole). */
type Row = PasteRow & { challenge?: Record<string, string> };

/** The token was read from the request's Authorization header, its signature masked. */
const FROM_HEADER = { foundIn: 'authorization-header', signature: 'masked' } as const;
/** The same, signed: a pasted signature is never echoed. */
const FROM_HEADER_SIGNED = { foundIn: 'authorization-header', signature: 'present' } as const;
const EXPIRED_EXP = Number(JSON.parse(Buffer.from(EXPIRED.split('.')[1] as string, 'base64url').toString()).exp);

// GNU Wget: `-d` prints `---request begin---` … `---request end---` and `---response begin---` … `---response end---`
// around the messages (capture: find_string id 56855009963); `-S`/`--server-response` indents the response two spaces
// (ids 11604562239, 23212495584); a refused login ends in `Username/Password Authentication Failed.` (id 1234355935);
// `--header='Name: value'` is the option that sends a header (GNU Wget manual, "HTTP Options").
const WGET: Row[] = [
  {
    name: 'wget -d: the request and the response between their begin/end markers',
    input: [
      `$ wget -d --header="Authorization: Bearer ${EXPIRED_MASKED}" https://api.acme-corp.com/v1/orders`,
      'DEBUG output created by Wget 1.21.2 on linux-gnu.',
      '',
      '---request begin---',
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'User-Agent: Wget/1.21.2',
      'Accept: */*',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      '---request end---',
      'HTTP request sent, awaiting response... ',
      '---response begin---',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
      '',
      '---response end---',
      '401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { realm: 'api', error: 'invalid_token' },
  },
  {
    name: "wget --header='Authorization: …' with its one-line status: the command's header is the request's",
    input: [
      `$ wget --header='Authorization: Bearer ${EXPIRED_MASKED}' https://api.acme-corp.com/v1/orders`,
      '--2026-05-28 14:09:12--  https://api.acme-corp.com/v1/orders',
      'Connecting to api.acme-corp.com (api.acme-corp.com)|203.0.113.10|:443... connected.',
      'HTTP request sent, awaiting response... 401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'wget --header with a signed token, Slack-mangled (smart quotes, the URL as a link): never echoed',
    input: [
      `wget --header=“Authorization: Bearer ${EXPIRED}” <https://api.acme-corp.com/v1/orders>`,
      'HTTP request sent, awaiting response... 401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    token: FROM_HEADER_SIGNED,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'wget -S, 403 with the scope challenge, the token in --header',
    input: [
      `$ wget -S --header "Authorization: Bearer ${FRESH_MASKED}" https://api.acme-corp.com/v1/admin`,
      'HTTP request sent, awaiting response... ',
      '  HTTP/1.1 403 Forbidden',
      '  Content-Type: application/json',
      '  WWW-Authenticate: Bearer error="insufficient_scope", scope="admin:write"',
      '2026-05-28 14:09:12 ERROR 403: Forbidden.',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'insufficient_scope', scope: 'admin:write' },
  },
  {
    name: 'wget with no --header: the command shows the request, and it carried no Authorization',
    input: [
      '$ wget https://api.acme-corp.com/v1/orders',
      'HTTP request sent, awaiting response... 401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    token: null,
  },
  // Windows PowerShell 5 aliases `curl` and `wget` to Invoke-WebRequest, and its error record names the alias:
  // `curl : The remote server returned an error: (401) Unauthorized.` (capture: find_string id 57754201635).
  {
    name: 'Windows PowerShell 5 curl alias: its error record `curl : … (401) Unauthorized.` is the status, no command',
    input: [
      `PS C:\\> curl -Uri https://api.acme-corp.com/v1/orders -Headers @{Authorization="Bearer ${EXPIRED_MASKED}"}`,
      'curl : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "Windows PowerShell 5 wget alias with Invoke-WebRequest's parameters: no GNU wget command, no header read missing",
    input: [
      'PS C:\\> wget -UseBasicParsing https://api.acme-corp.com/v1/orders',
      'wget : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    name: "wget --user/--password: wget computes the credentials itself, so no header's absence is read",
    input: [
      '$ wget --user=svc-orders --password=*** https://api.acme-corp.com/v1/orders',
      'HTTP request sent, awaiting response... 401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    excludes: ['authz-header.missing', ...MISREAD],
  },
];

// Apache HttpClient 4.x: `org.apache.http.headers` logs `http-outgoing-0 >> Name: value` / `<< …`, and
// `org.apache.http.wire` the bytes, quoted, with `[\r][\n]` (captures: find_string ids 13473161623, 35529632078 (a
// 401 with its `WWW-Authenticate` in the wire log under Spring Boot's console layout), 42387190568 and 47313418584
// (the headers logger under logback's default layout)); 5.x logs under `org.apache.hc.client5.http.headers` the same
// way. `Jwt expired at …` is Spring Security's description (the verifier-message tables read it).
const APACHE: Row[] = [
  {
    name: 'Apache HttpClient headers logger: >> the request, << the response',
    input: [
      `15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> GET /v1/orders HTTP/1.1`,
      `15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: Bearer ${EXPIRED_MASKED}`,
      '15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> Host: api.acme-corp.com',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 401 Unauthorized',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << WWW-Authenticate: Bearer error="invalid_token"',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
  {
    name: 'Apache HttpClient wire logger under Spring Boot: quoted lines ending in [\\r][\\n], the challenge whole',
    input: [
      '2026-05-28 14:09:12.541 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 >> "GET /v1/orders HTTP/1.1[\\r][\\n]"',
      `2026-05-28 14:09:12.541 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 >> "Authorization: Bearer ${EXPIRED_MASKED}[\\r][\\n]"`,
      '2026-05-28 14:09:12.541 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 >> "[\\r][\\n]"',
      '2026-05-28 14:09:12.551 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 << "HTTP/1.1 401 [\\r][\\n]"',
      '2026-05-28 14:09:12.551 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 << "WWW-Authenticate: Bearer error="invalid_token", error_description="Jwt expired at 2026-05-28T14:02:00Z"[\\r][\\n]"',
      '2026-05-28 14:09:12.551 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 << "Content-Length: 0[\\r][\\n]"',
      '2026-05-28 14:09:12.551 DEBUG 20843 --- [           main] org.apache.http.wire                     : http-outgoing-0 << "[\\r][\\n]"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token', error_description: 'Jwt expired at 2026-05-28T14:02:00Z' },
  },
  {
    name: "Apache HttpClient wire then headers loggers, the body's error in the wire log",
    input: [
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "GET /v1/orders HTTP/1.1[\\r][\\n]"',
      `15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "Authorization: Bearer ${FRESH_MASKED}[\\r][\\n]"`,
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "[\\r][\\n]"',
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "HTTP/1.1 403 Forbidden[\\r][\\n]"',
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "Content-Type: application/json[\\r][\\n]"',
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "[\\r][\\n]"',
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "{"error":"insufficient_scope","error_description":"orders:write required"}"',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 403 Forbidden',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << Content-Type: application/json',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'Apache HttpClient 5 (org.apache.hc.client5.http.headers): 403 with the scope challenge',
    input: [
      '2026-05-28 14:09:12.551 DEBUG 1 --- [main] org.apache.hc.client5.http.headers : http-outgoing-0 >> GET /v1/orders HTTP/1.1',
      `2026-05-28 14:09:12.551 DEBUG 1 --- [main] org.apache.hc.client5.http.headers : http-outgoing-0 >> Authorization: Bearer ${FRESH_MASKED}`,
      '2026-05-28 14:09:12.551 DEBUG 1 --- [main] org.apache.hc.client5.http.headers : http-outgoing-0 << HTTP/1.1 403 Forbidden',
      '2026-05-28 14:09:12.551 DEBUG 1 --- [main] org.apache.hc.client5.http.headers : http-outgoing-0 << WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="orders:write"',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'insufficient_scope', scope: 'orders:write' },
  },
  {
    name: 'Apache HttpClient headers logger, Slack-mangled: fenced, >> as &gt;&gt;, smart quotes',
    input: [
      '```',
      'DEBUG org.apache.http.headers - http-outgoing-0 &gt;&gt; GET /v1/orders HTTP/1.1',
      `DEBUG org.apache.http.headers - http-outgoing-0 &gt;&gt; Authorization: Bearer ${EXPIRED}`,
      'DEBUG org.apache.http.headers - http-outgoing-0 &lt;&lt; HTTP/1.1 401 Unauthorized',
      'DEBUG org.apache.http.headers - http-outgoing-0 &lt;&lt; WWW-Authenticate: Bearer error=“invalid_token”',
      '```',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER_SIGNED,
    tokenExp: EXPIRED_EXP,
    challenge: { error: 'invalid_token' },
  },
  {
    name: 'Apache HttpClient request without Authorization: the logged request shows none was sent',
    input: [
      '15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> GET /v1/orders HTTP/1.1',
      '15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> Host: api.acme-corp.com',
      '15:39:44.901 [main] DEBUG org.apache.http.headers - http-outgoing-0 >> User-Agent: Apache-HttpClient/4.5.13 (Java/17.0.9)',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 401 Unauthorized',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << WWW-Authenticate: Bearer realm="api"',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
];

// Ruby Net::HTTP's set_debug_output: the request as one `<- "…\r\n…"` string, each response line `-> "…\r\n"`, both
// String#inspect (capture of a 401 with its escaped challenge: find_string id 2597453019; another: id 26890907509).
const RUBY: Row[] = [
  {
    name: 'Ruby Net::HTTP debug output: the escaped challenge parsed whole, the request header on its side',
    input: [
      'opening connection to api.acme-corp.com:443...',
      'opened',
      'starting SSL for api.acme-corp.com:443...',
      'SSL established',
      `<- "GET /v1/orders HTTP/1.1\\r\\nAuthorization: Bearer ${EXPIRED_MASKED}\\r\\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\\r\\nAccept: */*\\r\\nUser-Agent: Ruby\\r\\nHost: api.acme-corp.com\\r\\n\\r\\n"`,
      '-> "HTTP/1.1 401 Unauthorized\\r\\n"',
      '-> "Content-Type: application/json\\r\\n"',
      '-> "WWW-Authenticate: Bearer realm=\\"api\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\"\\r\\n"',
      '-> "Content-Length: 57\\r\\n"',
      '-> "\\r\\n"',
      'reading 57 bytes...',
      '-> "{\\"error\\":\\"invalid_token\\",\\"error_description\\":\\"expired\\"}"',
      'read 57 bytes',
      'Conn close',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: "Ruby Net::HTTP debug output: a 403 whose only reason is the escaped JSON body's",
    input: [
      `<- "POST /v1/orders HTTP/1.1\\r\\nContent-Type: application/json\\r\\nAuthorization: Bearer ${FRESH_MASKED}\\r\\nHost: api.acme-corp.com\\r\\nContent-Length: 2\\r\\n\\r\\n"`,
      '<- "{}"',
      '-> "HTTP/1.1 403 Forbidden\\r\\n"',
      '-> "Content-Type: application/json\\r\\n"',
      '-> "\\r\\n"',
      'reading 66 bytes...',
      '-> "{\\"error\\":\\"insufficient_scope\\",\\"message\\":\\"orders:write required\\"}"',
      'read 66 bytes',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'Ruby Net::HTTP debug output: the request sent without Authorization',
    input: [
      '<- "GET /v1/orders HTTP/1.1\\r\\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\\r\\nAccept: */*\\r\\nUser-Agent: Ruby\\r\\nHost: api.acme-corp.com\\r\\n\\r\\n"',
      '-> "HTTP/1.1 401 Unauthorized\\r\\n"',
      '-> "WWW-Authenticate: Bearer realm=\\"api\\"\\r\\n"',
      '-> "Content-Length: 0\\r\\n"',
      '-> "\\r\\n"',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: MISREAD,
    token: null,
    challenge: { realm: 'api' },
  },
];

// Faraday's logger middleware (Faraday::Logging::Formatter): `INFO -- request: GET url`, the request's fields as
// `Name: "value"` (inspected) with the ones after the first on lines of their own, `INFO -- response: Status 401`,
// then the response's (capture: find_string id 15130718240).
const FARADAY: Row[] = [
  {
    name: 'Faraday logger: inspected values, the challenge unquoted and parsed',
    input: [
      'I, [2026-05-28T14:09:12.123456 #1234]  INFO -- request: GET https://api.acme-corp.com/v1/orders',
      `I, [2026-05-28T14:09:12.123456 #1234]  INFO -- request: Authorization: "Bearer ${EXPIRED_MASKED}"`,
      'User-Agent: "Faraday v2.12.0"',
      'I, [2026-05-28T14:09:12.223456 #1234]  INFO -- response: Status 401',
      'I, [2026-05-28T14:09:12.223456 #1234]  INFO -- response: www-authenticate: "Bearer error=\\"invalid_token\\""',
      'content-type: "application/json"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
  {
    name: 'Faraday logger, Slack-mangled (fenced, smart quotes): the Authorization on a line of its own',
    input: [
      '```',
      'I, [2026-05-28T14:09:12.445351 #9182]  INFO -- request: GET https://api.acme-corp.com/v1/orders',
      'I, [2026-05-28T14:09:12.445351 #9182]  INFO -- request: User-Agent: “Faraday v2.12.0”',
      `Authorization: “Bearer ${EXPIRED_MASKED}”`,
      'I, [2026-05-28T14:09:13.677549 #9182]  INFO -- response: Status 401',
      'I, [2026-05-28T14:09:13.677800 #9182]  INFO -- response: date: “Thu, 28 May 2026 14:09:13 GMT”',
      '```',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
];

// Ktor's client Logging plugin (ktorio/ktor LoggingTest: `REQUEST: …`, `METHOD: HttpMethod(value=GET)`,
// `COMMON HEADERS`, `-> Accept: */*`, `RESPONSE: 200 OK`, `FROM: …`; its sample's output behind SLF4J's prefix,
// `INFO io.ktor.client.HttpClient - -> Accept: */*`: find_string ids 26265535724, 7992788320). `sanitizeHeader`
// prints a sanitized value as `***`.
const KTOR: Row[] = [
  {
    name: "Ktor Logging: the request's -> fields and the response's, each on its message's side",
    input: [
      'REQUEST: https://api.acme-corp.com/v1/orders',
      'METHOD: HttpMethod(value=GET)',
      'COMMON HEADERS',
      '-> Accept: application/json',
      '-> Accept-Charset: UTF-8',
      `-> Authorization: Bearer ${EXPIRED_MASKED}`,
      'CONTENT HEADERS',
      '-> Content-Length: 0',
      'RESPONSE: 401 Unauthorized',
      'METHOD: HttpMethod(value=GET)',
      'FROM: https://api.acme-corp.com/v1/orders',
      'COMMON HEADERS',
      '-> content-length: 0',
      '-> www-authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: "Ktor Logging behind SLF4J's prefix",
    input: [
      '14:09:12.123 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - REQUEST: https://api.acme-corp.com/v1/orders',
      '14:09:12.123 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - METHOD: HttpMethod(value=GET)',
      '14:09:12.123 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - COMMON HEADERS',
      `14:09:12.123 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - -> Authorization: Bearer ${EXPIRED_MASKED}`,
      '14:09:12.223 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - RESPONSE: 401 Unauthorized',
      '14:09:12.223 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - COMMON HEADERS',
      '14:09:12.223 [DefaultDispatcher-worker-1] INFO io.ktor.client.HttpClient - -> www-authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
  {
    name: 'Ktor Logging with sanitizeHeader: the Authorization shown as ***, masked, not missing',
    input: [
      'REQUEST: https://api.acme-corp.com/v1/orders',
      'METHOD: HttpMethod(value=GET)',
      'COMMON HEADERS',
      '-> Accept: application/json',
      '-> Authorization: ***',
      'RESPONSE: 401 Unauthorized',
      'METHOD: HttpMethod(value=GET)',
      'FROM: https://api.acme-corp.com/v1/orders',
      'COMMON HEADERS',
      '-> www-authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, 'authz-header.scheme', 'token.opaque', ...MISREAD],
  },
];

// Go's fmt `%+v` of an *http.Response (`&{Status:404 Not Found StatusCode:404 Proto:HTTP/1.1 … Header:map[…] …}`:
// find_string ids 49239437736, 35848529896, 46335236113; net/http canonicalizes `Www-Authenticate`).
const GO: Row[] = [
  {
    name: "Go %+v of an *http.Response: the status and the map's Www-Authenticate",
    input:
      '2026/05/28 14:09:12 unexpected response: &{Status:401 Unauthorized StatusCode:401 Proto:HTTP/2.0 ProtoMajor:2 ProtoMinor:0 Header:map[Content-Length:[0] Date:[Thu, 28 May 2026 14:09:12 GMT] Www-Authenticate:[Bearer realm="api", error="invalid_token", error_description="The access token expired"]] Body:0xc000194000 ContentLength:0 TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc0001b2000 TLS:0xc0000f6000}',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: 'Go %+v of an *http.Response with no challenge: the status alone',
    input:
      'resp: &{Status:401 Unauthorized StatusCode:401 Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:map[Content-Length:[0] Date:[Thu, 28 May 2026 14:09:12 GMT]] Body:{} ContentLength:0 TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc0001b2000 TLS:<nil>}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Go %+v of a 403 with the scope challenge',
    input:
      'Download status 403 Forbidden: resp: &{Status:403 Forbidden StatusCode:403 Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:map[Content-Type:[application/json] Www-Authenticate:[Bearer error="insufficient_scope", scope="orders:write"]] Body:0xc028e87d40 ContentLength:73 TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc000287200 TLS:<nil>}',
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
    challenge: { error: 'insufficient_scope', scope: 'orders:write' },
  },
];

// Response objects as programs print them. undici's `Response { status: 401, statusText: 'Unauthorized', headers:
// Headers { … }, body: ReadableStream { … }, … }` (Node's fetch, inspected: find_string ids 68449550767, 8143498907);
// Python requests' `print(r.headers)` (a CaseInsensitiveDict prints as a dict); `gh api --include`'s `HTTP/2.0 401
// Unauthorized` and gh's `gh: Bad credentials (HTTP 401)` (find_string id 71024188457); .NET's IHttpClientFactory
// logging (`Received HTTP response headers after 143.5212ms - 401`, and at Trace its `Request Headers:`/`Response
// Headers:` lists: find_string ids 53080196807, 9065744662, 2493716468).
const OBJECTS: Row[] = [
  {
    name: "undici's inspected Response: status, the Headers' www-authenticate",
    input: [
      'Response {',
      '  status: 401,',
      "  statusText: 'Unauthorized',",
      '  headers: Headers {',
      "    date: 'Thu, 28 May 2026 14:09:12 GMT',",
      "    'content-type': 'application/json',",
      "    'content-length': '57',",
      `    'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="The access token expired"'`,
      '  },',
      "  body: ReadableStream { locked: false, state: 'readable', supportsBYOB: true },",
      '  bodyUsed: false,',
      '  ok: false,',
      '  redirected: false,',
      "  type: 'basic',",
      "  url: 'https://api.acme-corp.com/v1/orders'",
      '}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: 'Python requests in a REPL: print(r.headers) and r.request.headers, each on its side',
    input: [
      '>>> r.request.headers',
      `{'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Bearer ${EXPIRED_MASKED}'}`,
      '>>> r.status_code',
      '401',
      '>>> print(r.headers)',
      `{'Date': 'Thu, 28 May 2026 14:09:12 GMT', 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer error="invalid_token"'}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
  {
    name: 'gh api --include: an HTTP/2.0 status line and GitHub\'s "Bad credentials"',
    input: [
      '$ gh api --include /user',
      'HTTP/2.0 401 Unauthorized',
      'Access-Control-Allow-Origin: *',
      'Content-Type: application/json; charset=utf-8',
      'Date: Thu, 28 May 2026 14:09:12 GMT',
      'Server: github.com',
      'X-Github-Media-Type: github.v3; format=json',
      '',
      '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}',
      'gh: Bad credentials (HTTP 401)',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: MISREAD,
  },
  {
    name: '.NET HttpClient logging at Trace: Request Headers and Response Headers under their handlers',
    input: [
      'info: System.Net.Http.HttpClient.OrdersApi.ClientHandler[100]',
      '      Sending HTTP request GET https://api.acme-corp.com/v1/orders',
      'trce: System.Net.Http.HttpClient.OrdersApi.ClientHandler[102]',
      '      Request Headers:',
      '      Accept: application/json',
      `      Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      'info: System.Net.Http.HttpClient.OrdersApi.ClientHandler[101]',
      '      Received HTTP response headers after 143.5212ms - 401',
      'trce: System.Net.Http.HttpClient.OrdersApi.ClientHandler[103]',
      '      Response Headers:',
      '      Date: Thu, 28 May 2026 14:09:12 GMT',
      '      Server: Kestrel',
      '      WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:00\'"',
      '      Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: '.NET HttpClient logging at Information: the status after the elapsed time',
    input: [
      'info: System.Net.Http.HttpClient.OrdersApi.LogicalHandler[100]',
      '      Start processing HTTP request GET https://api.acme-corp.com/v1/orders',
      'info: System.Net.Http.HttpClient.OrdersApi.ClientHandler[100]',
      '      Sending HTTP request GET https://api.acme-corp.com/v1/orders',
      'info: System.Net.Http.HttpClient.OrdersApi.ClientHandler[101]',
      '      Received HTTP response headers after 143.5212ms - 401',
      'info: System.Net.Http.HttpClient.OrdersApi.LogicalHandler[101]',
      '      End processing HTTP request after 150.8821ms - 401',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'a JSON log line whose body is an escaped JSON string: its error read',
    input: [
      'HTTP/1.1 403 Forbidden',
      '{"level":"warn","msg":"upstream refused","body":"{\\"error\\":\\"insufficient_scope\\",\\"error_description\\":\\"orders:write required\\"}"}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
  {
    name: 'a body quoted escaped in a plain log line',
    input: [
      'HTTP/1.1 403 Forbidden',
      'response body: "{\\"error\\":\\"insufficient_scope\\",\\"error_description\\":\\"orders:write required\\"}"',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
];

// HAR 1.2 keeps a response's body as text (`response.content.text`, W3C HAR spec "content"): a HAR entry, or its
// `"response": {…}` copied alone, states the body's error only there. A phone or a narrow Slack pane breaking a
// curl -v challenge after its commas (the continuation lines lose their `< `).
const HAR_AND_WRAPS: Row[] = [
  {
    name: 'HAR response fragment: the error only in content.text (the body HAR keeps as a string)',
    input: [
      '"response": {',
      '  "status": 403,',
      '  "statusText": "Forbidden",',
      '  "httpVersion": "HTTP/1.1",',
      '  "headers": [],',
      '  "content": {',
      '    "size": 76,',
      '    "mimeType": "application/json",',
      '    "text": "{\\"error\\":\\"insufficient_scope\\",\\"error_description\\":\\"orders:write required\\"}"',
      '  }',
      '}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
  {
    name: "HAR log: the 401 entry's Authorization on the request side, its body's error read",
    input: JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            request: {
              method: 'GET',
              url: 'https://api.acme-corp.com/v1/orders',
              httpVersion: 'HTTP/1.1',
              headers: [{ name: 'Authorization', value: `Bearer ${EXPIRED_MASKED}` }],
            },
            response: {
              status: 401,
              statusText: 'Unauthorized',
              httpVersion: 'HTTP/1.1',
              headers: [{ name: 'Content-Type', value: 'application/json' }],
              content: {
                size: 71,
                mimeType: 'application/json',
                text: '{"error":"invalid_token","error_description":"The access token expired"}',
              },
            },
          },
        ],
      },
    }),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header', signature: 'masked' },
  },
  {
    name: 'curl -v with the challenge broken after its commas (a phone, a narrow pane)',
    input: [
      '> GET /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      `> authorization: Bearer ${EXPIRED_MASKED}`,
      '>',
      '< HTTP/2 401',
      '< www-authenticate: Bearer realm="api",',
      'error="invalid_token",',
      'error_description="The access token expired"',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, 'challenge.no-error', ...MISREAD],
    token: FROM_HEADER,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: 'a challenge ending in a comma, a header field after it: the field is not joined',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api",',
      'Content-Type: application/json',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error'],
    excludes: MISREAD,
    challenge: { realm: 'api' },
  },
];

/**
 * curl --trace-ascii's dump of one record (curl's lib/curl_trace.c / tool_cb_dbg.c `dump()` with `nohex`): the record's
 * line, then 64 characters a line behind each line's hex offset, a line broken early after a CRLF (which is skipped).
 */
function traceAscii(kind: '=> Send header' | '<= Recv header' | '<= Recv data', data: string): string {
  const width = 64;
  const out = [`${kind}, ${data.length} bytes (0x${data.length.toString(16)})`];
  for (let i = 0; i < data.length; i += width) {
    let line = `${i.toString(16).padStart(4, '0')}: `;
    for (let c = 0; c < width && i + c < data.length; c++) {
      if (data.startsWith('\r\n', i + c)) {
        i += c + 2 - width;
        break;
      }
      line += data[i + c];
      if (data.startsWith('\r\n', i + c + 1) && i + c + 2 < data.length) {
        i += c + 3 - width;
        break;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

// curl --trace-ascii (captures: find_string ids 47390468140, 71105809598, 20683972319 (a header broken at 64
// characters: `0000: Cache-Control: … no` / `0040: -transform`), 57695964898 (Insomnia's timeline in the same format)),
// and Apple's NSHTTPURLResponse as `print` shows it (ids 6545013071 (a 401 with its Bearer challenge, Auth0's lab),
// 40669123552 (the parenthesised values), 43720548863 (the older `"Www-Authenticate" = "Bearer realm=\"Users\"";`)).
const TRACES: Row[] = [
  {
    name: 'curl --trace-ascii: the token and the challenge broken at 64 characters come back whole',
    input: [
      '== Info: Connected to api.acme-corp.com (203.0.113.10) port 443',
      traceAscii(
        '=> Send header',
        `GET /v1/orders HTTP/1.1\r\nHost: api.acme-corp.com\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\nAuthorization: Bearer ${EXPIRED}\r\n\r\n`,
      ),
      '== Info: Request completely sent off',
      traceAscii('<= Recv header', 'HTTP/1.1 401 Unauthorized\r\n'),
      traceAscii(
        '<= Recv header',
        'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"\r\n',
      ),
      traceAscii('<= Recv header', 'Content-Length: 0\r\n'),
      traceAscii('<= Recv header', '\r\n'),
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER_SIGNED,
    tokenExp: EXPIRED_EXP,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: 'curl --trace-ascii: a request sent without Authorization, the body in a data record',
    input: [
      traceAscii('=> Send header', 'GET /v1/orders HTTP/1.1\r\nHost: api.acme-corp.com\r\nAccept: */*\r\n\r\n'),
      traceAscii('<= Recv header', 'HTTP/1.1 401 Unauthorized\r\n'),
      traceAscii('<= Recv header', 'Content-Type: application/json\r\n'),
      traceAscii('<= Recv header', '\r\n'),
      traceAscii('<= Recv data', '{"error":"invalid_request","error_description":"No access token was provided"}'),
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'curl --trace-ascii with --trace-time and --trace-ids prefixes on its records',
    input: [
      '14:09:12.123456 [0-0] == Info: Connected to api.acme-corp.com (203.0.113.10) port 443',
      `14:09:12.123456 [0-0] ${traceAscii('=> Send header', 'GET /v1/orders HTTP/1.1\r\nHost: api.acme-corp.com\r\nAccept: */*\r\n\r\n')}`,
      `14:09:12.223456 [0-0] ${traceAscii('<= Recv header', 'HTTP/1.1 401 Unauthorized\r\n')}`,
      `14:09:12.223456 [0-0] ${traceAscii('<= Recv header', 'WWW-Authenticate: Bearer realm="api"\r\n')}`,
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing', 'challenge.no-error'],
    excludes: MISREAD,
    challenge: { realm: 'api' },
  },
  {
    name: 'NSHTTPURLResponse printed: the challenge in its parenthesised value, the status from `Status Code: 401`',
    input: [
      'Optional(<NSHTTPURLResponse: 0x600001f34460> { URL: https://api.acme-corp.com/v1/orders } { Status Code: 401, Headers {',
      '    Date =     (',
      '        "Thu, 28 May 2026 14:09:12 GMT"',
      '    );',
      '    "Www-Authenticate" =     (',
      '        "Bearer realm=\\"api\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\""',
      '    );',
      '} })',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
    challenge: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' },
  },
  {
    name: 'NSHTTPURLResponse printed the older way: `"Www-Authenticate" = "…";`',
    input: [
      '<NSHTTPURLResponse: 0x7f9239e4cd40> { URL: https://api.acme-corp.com/v1/orders } { status code: 401, headers {',
      ' Connection = "keep-alive";',
      ' Date = "Thu, 28 May 2026 14:09:12 GMT";',
      ' "Www-Authenticate" = "Bearer realm=\\"api\\", error=\\"invalid_token\\"";',
      ' } }',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: MISREAD,
    challenge: { realm: 'api', error: 'invalid_token' },
  },
];

// Exceptions and inspected responses of more clients. Spring Cloud OpenFeign's `FeignException$Unauthorized: [401
// Unauthorized] during [GET] to [url] [Client#method()]: [body]` (captures: find_string ids 26199055860, 67128348771
// (Keycloak's `invalid_token` body), 63142366953); ofetch's `FetchError: [GET] "url": 401 Unauthorized` (unjs/ofetch
// README: `FetchError: [GET] "https://google/404": 404 Not Found`); Ruby's `#<Net::HTTPUnauthorized 401 Unauthorized
// readbody=true>` and HTTParty's inspected response with its `@headers={"name"=>["value"]}` hash (ids 56685887983,
// 2695823352).
const MORE_CLIENTS: Row[] = [
  {
    name: "Feign's FeignException$Unauthorized with the body it got: the body's error read",
    input: [
      '2026-05-28 14:09:12.263 ERROR 1 --- [nio-8080-exec-1] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception',
      'feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [https://api.acme-corp.com/v1/orders] [OrdersClient#list()]: [{"error":"invalid_token","error_description":"Jwt expired at 2026-05-28T14:02:00Z"}]',
      '\tat feign.FeignException.clientErrorStatus(FeignException.java:215)',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: "Feign's [401] with no body: the status alone",
    input: 'feign.FeignException$Unauthorized: [401] during [POST] to [http://account-service/internal/v1/sessions]',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: "Feign's FeignException$Forbidden with the scope error",
    input:
      'feign.FeignException$Forbidden: [403 Forbidden] during [GET] to [https://api.acme-corp.com/v1/admin] [AdminClient#get()]: [{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token."}]',
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
  {
    name: 'ofetch\'s FetchError: [GET] "url": 401 Unauthorized',
    input: [
      'FetchError: [GET] "https://api.acme-corp.com/v1/orders": 401 Unauthorized',
      '    at async $fetchRaw2 (node_modules/ofetch/dist/shared/ofetch.03887fc3.mjs:270:14)',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: "Ruby's inspected Net::HTTPUnauthorized",
    input: '=> #<Net::HTTPUnauthorized 401 Unauthorized readbody=true>',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: "HTTParty's inspected response: the @headers hash's www-authenticate read as the response's challenge",
    input:
      '=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>, @headers={"server"=>["api.acme-corp.com"], "date"=>["Thu, 28 May 2026 14:09:12 GMT"], "content-type"=>["application/json; charset=utf-8"], "www-authenticate"=>["Bearer realm=\\"api\\", error=\\"invalid_token\\""]}>',
    ...A401,
    top: 'challenge.invalid-token',
    excludes: MISREAD,
    challenge: { realm: 'api', error: 'invalid_token' },
  },
  // Guzzle's RequestException: `Client error: \`GET url\` resulted in a \`403 Forbidden\` response:` then the body's first
  // 120 characters and ` (truncated...)` (Guzzle's Message::bodySummary; captures: find_string ids 32351819329,
  // 68653425484): the JSON is cut short, and its error is still the body's.
  {
    name: "Guzzle's ClientException with the body cut at 120 characters: the cut JSON's error read",
    input: [
      'GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.acme-corp.com/v1/admin` resulted in a `403 Forbidden` response:',
      `${'{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token."}'.slice(0, 120)} (truncated...)`,
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
  {
    name: 'an error member in prose, no object around it, is no body: we expected "error":"invalid_token" there',
    input: 'we expected "error":"invalid_token" there but the API answers 200',
    status: 200,
    classification: 'undetermined',
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'a Ruby hash of anything else is no headers: {"user"=>["alice"], "role"=>["admin"]}',
    input: 'params: {"user"=>["alice"], "role"=>["admin"]}',
    ...QUIET,
    excludes: MISREAD,
  },
];

// Load-test tools. k6's `--http-debug` on a terminal (`INFO[0001] Request:` then the message, then `group= iter=0
// … source=http-debug vu=1`: find_string ids 35053732730, 10868987145 (a request with its Bearer token)), and the same
// under a logfmt logger, each message escaped into one `msg="Request:\n…"` (id 66673852977); JMeter's View Results
// Tree as copied (`Response code:401`, `Response message:Unauthorized`, `Request Headers:`, `Response headers:`: ids
// 575730837, 70294825222).
const LOAD_TOOLS: Row[] = [
  {
    name: 'k6 --http-debug on a terminal: the dumps between its log lines',
    input: [
      'INFO[0001] Request:',
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'User-Agent: k6/0.51.0 (https://k6.io/)',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      'Accept-Encoding: gzip',
      '',
      '  group= iter=0 request_id=46d6dc65-51ea-43b2-565a-23afae2cb2ec scenario=default source=http-debug vu=1',
      'INFO[0001] Response:',
      'HTTP/1.1 401 Unauthorized',
      'Content-Length: 0',
      'Www-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
      '',
      '  group= iter=0 request_id=46d6dc65-51ea-43b2-565a-23afae2cb2ec scenario=default source=http-debug vu=1',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'k6 --http-debug under logfmt: each dump escaped into msg="…", written back and read',
    input: [
      `msg="Request:\\nGET /v1/orders HTTP/1.1\\nHost: api.acme-corp.com\\nUser-Agent: k6/0.55.0 (https://k6.io/)\\nAuthorization: Bearer ${EXPIRED_MASKED}\\nAccept-Encoding: gzip\\n\\n\\n" group= iter=0 request_id=04b5e428-5f42-4deb-465e-287bd899f0fe scenario=default source=http-debug vu=1`,
      'msg="Response:\\nHTTP/1.1 401 Unauthorized\\nContent-Length: 0\\nWww-Authenticate: Bearer error=\\"invalid_token\\"\\n\\n" group= iter=0 request_id=04b5e428-5f42-4deb-465e-287bd899f0fe scenario=default source=http-debug vu=1',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
  {
    name: "JMeter's View Results Tree: Response code, Request Headers and Response headers",
    input: [
      'Thread Name:Thread Group 1-1',
      'Sample Start:2026-05-28 14:09:12 UTC',
      'Load time:123',
      'Response code:401',
      'Response message:Unauthorized',
      '',
      'Request Headers:',
      'Connection: keep-alive',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      'Host: api.acme-corp.com',
      '',
      'Response headers:',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token"',
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'a k6 log line of another message is left as it is (source=http-debug, msg not a dump)',
    input:
      'time="2026-05-28T14:09:12Z" level=info msg="req#0 proto=HTTP/1.1 status=200 duration=30.742" source=http-debug',
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
  },
];

/** The same logs under Japanese prose, as a Japanese engineer pastes them (the prose is an input format too). */
const JAPANESE: Row[] = [
  {
    name: 'Apache HttpClient headers logger in a fence under Japanese prose',
    input: [
      '本番のバッチだけ401になる。HttpClientのログ↓',
      '```',
      'DEBUG org.apache.http.headers - http-outgoing-0 >> GET /v1/orders HTTP/1.1',
      `DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: Bearer ${EXPIRED_MASKED}`,
      'DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 401 Unauthorized',
      'DEBUG org.apache.http.headers - http-outgoing-0 << WWW-Authenticate: Bearer error="invalid_token"',
      '```',
      'ステージングは通ります',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
  },
  {
    name: 'Ruby Net::HTTP debug output under a Japanese line',
    input: [
      'Net::HTTPのデバッグ出力です',
      `<- "GET /v1/orders HTTP/1.1\\r\\nAuthorization: Bearer ${EXPIRED_MASKED}\\r\\nHost: api.acme-corp.com\\r\\n\\r\\n"`,
      '-> "HTTP/1.1 401 Unauthorized\\r\\n"',
      '-> "WWW-Authenticate: Bearer error=\\"invalid_token\\"\\r\\n"',
      '-> "\\r\\n"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: FROM_HEADER,
    challenge: { error: 'invalid_token' },
  },
];

/** The same markers where they state nothing: a success, prose, other keys. */
const QUIET_ROWS: Row[] = [
  {
    name: 'Go %+v of a 200: the status is read, and it is no failure',
    input:
      'resp: &{Status:200 OK StatusCode:200 Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:map[Content-Type:[application/json]] Body:0xc028e87d40 ContentLength:73 TransferEncoding:[] Close:false Uncompressed:false Trailer:map[] Request:0xc000287200 TLS:<nil>}',
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
  },
  {
    name: 'a number after another key and a colon is no status: retries:401, line:403',
    input: 'worker stats: retries:401 line:403 queue:429',
    ...QUIET,
    excludes: MISREAD,
  },
  {
    name: 'Apache HttpClient wire log of a 200',
    input: [
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "HTTP/1.1 200 OK[\\r][\\n]"',
      '15:39:44.905 [main] DEBUG org.apache.http.wire - http-outgoing-0 << "Content-Type: application/json[\\r][\\n]"',
      '15:39:44.908 [main] DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 200 OK',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
  },
  {
    name: '.NET HttpClient logging of a 200',
    input: [
      '[18:22:49 INF] Start processing HTTP request POST https://login.acme-corp.com/connect/token',
      '[18:22:49 INF] Received HTTP response headers after 46.4274ms - 200',
      '[18:22:49 INF] End processing HTTP request after 47.6867ms - 200',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
  },
  {
    name: '"wget" in prose is no command: wget fails with 401 Unauthorized',
    input: 'wget fails with 401 Unauthorized on the orders endpoint',
    ...A401,
    top: 'token.missing',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    name: 'a Ktor-looking arrow in prose without its log: -> Authorization header looks fine',
    input: ['checked the gateway', '-> Authorization: Bearer looks fine to me'].join('\n'),
    ...QUIET,
  },
  {
    name: 'an escaped brace in prose that is no object: the config has {\\"a\\" in it',
    input: 'the config has {\\"a\\" in it and nothing else',
    ...QUIET,
    excludes: MISREAD,
  },
  {
    name: 'NSHTTPURLResponse of a 200: its entries read, no failure',
    input: [
      '<NSHTTPURLResponse: 0x600001f34460> { URL: https://api.acme-corp.com/v1/orders } { Status Code: 200, Headers {',
      '    "Content-Type" =     (',
      '        "application/json"',
      '    );',
      '} }',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
  },
  {
    name: 'hex offsets outside a --trace-ascii record are left alone (an xxd dump)',
    input: ['00000000: 4854 5450 2f31 2e31 2034 3031  HTTP/1.1 401', '0000: nothing to see'].join('\n'),
    status: 401,
    classification: 'authentication',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    name: 'Faraday-like words in prose: the INFO -- request: line of another logger',
    input: 'I, [2026-05-28T14:09:12.123456 #1234]  INFO -- request: started sync job 401',
    ...QUIET,
    excludes: MISREAD,
  },
];

describe('Round 26: captures from HTTP clients and tools', () => {
  const secret = EXPIRED.split('.')[2] as string;
  for (const [group, rows] of [
    ['wget', WGET],
    ['Apache HttpClient logs', APACHE],
    ['Ruby Net::HTTP debug output', RUBY],
    ['Faraday logger', FARADAY],
    ['Ktor Logging', KTOR],
    ["Go's %+v", GO],
    ['printed response objects and client logs', OBJECTS],
    ['HAR bodies and wrapped challenges', HAR_AND_WRAPS],
    ['curl --trace-ascii and NSHTTPURLResponse', TRACES],
    ['more clients: Feign, ofetch, Net::HTTP, HTTParty', MORE_CLIENTS],
    ['load-test tools: k6, JMeter', LOAD_TOOLS],
    ['under Japanese prose', JAPANESE],
    ['stays quiet', QUIET_ROWS],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
        const report = await expectPasteRow(row, [secret]);
        if (row.challenge) expect(report.challenges[0]?.params).toMatchObject(row.challenge);
      });
    });
  }
});
