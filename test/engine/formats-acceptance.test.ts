/**
 * Round 22 of real-world pastes: an acceptance-style probe of the core formats issue 2 lists, written as an on-call
 * engineer pastes them at 3 a.m. and combined the ways earlier rounds did not: client error prints with the request
 * and a verifier's words together (Python's http.client debug trace, requests' HTTPError, axios' inspected error,
 * grpcurl's status), several exchanges in one `curl -v` (a redirect that drops the Authorization header), HTTP/2
 * lower-case names, HAR fragments; a JWT in every place (a cookie, a log field, JSON, wrapped, masked each way, a bare
 * payload, a JWE, an opaque token) beside look-alikes; verifier logs (jsonwebtoken, jose, PyJWT, golang-jwt, Spring
 * Security, ASP.NET Core, express-jwt, Envoy/Istio, Kong, AWS API Gateway/ALB, Cloudflare, nginx) under the prefixes
 * real log tools add (docker compose, kubectl --prefix, stern, journald, Lambda's CloudWatch lines, GitHub Actions);
 * and Slack's escapes, links, quotes and Japanese prose around all of it.
 *
 * Where strings come from: each row names its source beside it. Client prints: requests' `raise_for_status`
 * (`requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: …`, Mmodarre/pyfujitsu#13,
 * nhedlund/intrinio#13), CPython http/client.py's debug prints (`print("send:", repr(data))`, `print("reply:",
 * repr(line))`, `print("header:", hdr + ":", val)`), axios' AxiosError inspected by Node (`AxiosError: Request failed
 * with status code 401` … `code: 'ERR_BAD_REQUEST'`, mrabit/aliyundriveDailyCheck#21), grpcurl's PrintStatus
 * (`ERROR:\n  Code: %s\n  Message: %s`, fullstorydev/grpcurl format.go), PowerShell 5's `The remote server returned
 * an error: (401) Unauthorized.` (microsoft/SDN#287), uvicorn's access line (encode/uvicorn, `'%s - "%s %s HTTP/%s"
 * %d'`), gin's LogFormatter (gin-gonic/gin logger.go). Verifier messages are those the tables in
 * parse/verifier-messages/*.ts read, each confirmed there against its library's source. Reading choices:
 * docs/findings.md, "Reading the rules" and the project readings (round 22).
 *
 * What round 22 fixed is in the groups after "more combinations", each with its catches-not rows: Flask-JWT-Extended's
 * no-token and header messages; RFC 6750 members in an object a runtime printed (Node's inspect, Python's repr); IIS's
 * sub-statuses and hapi's scope failure; golang.org/x/oauth2's refused refresh and gcloud's PERMISSION_DENIED line;
 * GitHub's "Resource not accessible by …"; an Authorization value masked whole; which call an arrow's 401 names;
 * tymon/jwt-auth's "Token has expired" after its `jwt-auth` challenge. The
 * last group puts the same shapes in a success or in prose, and must stay quiet.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S200,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
/** Valid at NOW, signed: a live token (its signature must never reach the report). */
const FRESH = rs256(CLAIMS, { kid: 'k1' });
/** Valid at NOW but only `read:orders`. */
const READ_ONLY_MASKED = unsigned(HEADER, { ...CLAIMS, scope: 'read:orders' });
/** Not valid for another 10 minutes. */
const NBF_MASKED = unsigned(HEADER, { ...CLAIMS, nbf: NOW + 600 });
/** An ID token (nonce, at_hash) sent as an access token. */
const ID_TOKEN_MASKED = unsigned(HEADER, {
  ...CLAIMS,
  aud: 'k8Zq2xQ7m1',
  nonce: 'n-0S6_WzA2Mj',
  at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
});
const [EXP_H, EXP_P] = EXPIRED.split('.') as [string, string];
const EXPIRED_PAYLOAD_JSON = JSON.stringify({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, null, 2);
/** A base64 JSON pagination cursor / OAuth state: starts with eyJ, is no token. */
const CURSOR = b64url({ offset: 100, limit: 50 });
const STATE = b64url({ returnTo: '/dashboard', nonce: 'a1b2c3' });

// ---------------------------------------------------------------------------------------------------------------
// Client error prints: the status from the client's own words, with the request or the reply's body beside it.
const CLIENTS: Row[] = [
  {
    // requests' raise_for_status (psf/requests models.py; Mmodarre/pyfujitsu#13): the cursor in the URL is no token.
    name: 'requests HTTPError 401 with a base64 JSON cursor in the URL, in a traceback',
    input: [
      'Traceback (most recent call last):',
      '  File "/app/sync.py", line 41, in <module>',
      '    r.raise_for_status()',
      '  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders?cursor=${CURSOR}&limit=50`,
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'requests HTTPError 403 after the script printed its headers dict with a valid masked token',
    input: [
      `headers={'Authorization': 'Bearer ${FRESH_MASKED}', 'Accept': 'application/json'}`,
      'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.acme-corp.com/v1/admin/users',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    excludes: [...NOT_MISSING, ...MISREAD, 'time.expired'],
  },
  {
    // CPython http/client.py debuglevel=1: send: b'…' (the request bytes repr), reply: '…', header: Name: value.
    name: "Python http.client debug trace: the request's repr with an expired token, the reply's challenge",
    input: [
      `send: b'GET /v1/orders HTTP/1.1\\r\\nHost: api.acme-corp.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer ${EXPIRED_MASKED}\\r\\n\\r\\n'`,
      "reply: 'HTTP/1.1 401 Unauthorized\\r\\n'",
      'header: Date: Thu, 28 May 2026 14:10:00 GMT',
      'header: Content-Length: 0',
      'header: WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:00\'"',
    ].join('\n'),
    ...A401,
    // The `send: b'…'` repr is the request as sent (its Authorization the token's place) and the `header: ` lines the
    // reply's fields, so its challenge is read (both were round-22 leftovers).
    top: 'time.expired',
    includes: ['input.masked', 'challenge.invalid-token'],
    token: { foundIn: 'authorization-header' },
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Python http.client debug trace: no Authorization in the request, a bare Bearer challenge',
    input: [
      "send: b'GET /v1/orders HTTP/1.1\\r\\nHost: api.acme-corp.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'",
      "reply: 'HTTP/1.1 401 Unauthorized\\r\\n'",
      'header: WWW-Authenticate: Bearer realm="api"',
      'header: Content-Length: 0',
    ].join('\n'),
    ...A401,
    // The `send: b'…'` repr is the request as sent and the `header: ` lines the reply's fields (both round-22 leftovers):
    // as after a raw request and its 401, the server saw no credentials and the request carried none.
    top: 'challenge.no-error',
    includes: ['authz-header.missing'],
    excludes: MISREAD,
  },
  {
    // Read as the response's fields, they would show the response, and its missing challenge would be reported.
    name: 'quiet: `header: ` lines in prose, with no http.client reply line, are no response fields',
    input: ['got a 401, the docs say to check', 'header: Content-Type: text/html'].join('\n'),
    ...A401,
    excludes: ['challenge.missing'],
  },
  {
    // axios' AxiosError as Node's util.inspect prints it (mrabit/aliyundriveDailyCheck#21): the request's headers
    // in config, the reply's body in response.data (jsonwebtoken's 'jwt expired' as an Express app sends it).
    name: 'AxiosError inspected: config.headers carries an expired masked token, data says jwt expired',
    input: [
      'AxiosError: Request failed with status code 401',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)',
      '    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11) {',
      "  code: 'ERR_BAD_REQUEST',",
      '  config: {',
      '    headers: Object [AxiosHeaders] {',
      "      Accept: 'application/json, text/plain, */*',",
      `      Authorization: 'Bearer ${EXPIRED_MASKED}',`,
      "      'User-Agent': 'axios/1.7.2'",
      '    },',
      "    method: 'get',",
      "    url: 'https://api.acme-corp.com/v1/orders'",
      '  },',
      '  response: {',
      '    status: 401,',
      "    statusText: 'Unauthorized',",
      "    data: { message: 'jwt expired' }",
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // grpcurl's PrintStatus (fullstorydev/grpcurl format.go); Envoy jwt_authn's 'Jwt is expired' (gateways.ts)
    // as the message an Envoy in front of a gRPC service returns.
    name: "grpcurl's ERROR block: Code: Unauthenticated, Message: Jwt is expired",
    input: [
      `$ grpcurl -H 'authorization: Bearer ${EXPIRED_MASKED}' api.acme-corp.com:443 orders.v1.Orders/List`,
      'ERROR:',
      '  Code: Unauthenticated',
      '  Message: Jwt is expired',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "grpcurl's ERROR block: Code: PermissionDenied, Message: RBAC: access denied",
    input: ['ERROR:', '  Code: PermissionDenied', '  Message: RBAC: access denied'].join('\n'),
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    // Windows PowerShell 5 (microsoft/SDN#287), the token in the $headers line the engineer ran before.
    name: 'PowerShell 5: the $headers line with an expired token, then (401) Unauthorized and its CategoryInfo',
    input: [
      `PS C:\\> $h = @{ Authorization = "Bearer ${EXPIRED_MASKED}" }`,
      'PS C:\\> Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers $h',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
      'At line:1 char:1',
      '+ Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers $h',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException',
      '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // A round-22 leftover: the status written after the command on its own line.
    name: 'a one-line curl command and what it got after an arrow (`curl … → 401`)',
    input: `curl -sS https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${EXPIRED_MASKED}" → 401`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'httpie and `=> 403`',
    input: 'http GET https://api.acme-corp.com/v1/orders "Authorization:Bearer $TOKEN" => 403 Forbidden',
    ...A403,
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// curl and raw exchanges: several responses in one paste, HTTP/2 lower-case names, the request and response sides.
const EXCHANGES: Row[] = [
  {
    // curl -v -L: curl drops Authorization when a redirect leaves the host ("* Issue another request to this URL").
    name: 'curl -v -L: a 301 to another host, then the 401 to a request with no Authorization',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: acme-corp.com',
      '> User-Agent: curl/8.7.1',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '>',
      '< HTTP/1.1 301 Moved Permanently',
      '< Location: https://api.acme-corp.com/v1/orders',
      '< Content-Length: 0',
      '<',
      '* Connection #0 to host acme-corp.com left intact',
      "* Issue another request to this URL: 'https://api.acme-corp.com/v1/orders'",
      '*   Trying 203.0.113.10:443...',
      '* Connected to api.acme-corp.com (203.0.113.10) port 443',
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      '> User-Agent: curl/8.7.1',
      '> Accept: */*',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bearer realm="api"',
      '< Content-Length: 0',
      '<',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: ['time.expired', ...MISREAD],
  },
  {
    name: 'curl -v over HTTP/2: insufficient_scope on a 401 with a read-only token',
    input: [
      '* ALPN: server accepted h2',
      '* using HTTP/2',
      '> POST /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      '> user-agent: curl/8.7.1',
      `> authorization: Bearer ${READ_ONLY_MASKED}`,
      '> content-type: application/json',
      '>',
      '< HTTP/2 401',
      '< www-authenticate: Bearer error="insufficient_scope", scope="write:orders"',
      '< content-length: 0',
      '<',
    ].join('\n'),
    status: 401,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    includes: ['status.mismatch', 'scope.insufficient'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'curl -i through a proxy: 200 Connection established, then HTTP/2 403 from Envoy RBAC',
    input: [
      'HTTP/1.1 200 Connection established',
      '',
      'HTTP/2 403',
      'content-length: 19',
      'content-type: text/plain',
      'date: Thu, 28 May 2026 14:10:00 GMT',
      'server: envoy',
      '',
      'RBAC: access denied',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    name: 'curl -i POST: 100 Continue, then the 401 with invalid_token',
    input: [
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid"',
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    // "The signature is invalid" is JwtBearerHandler's description for a signature failure (dotnet.ts).
    top: 'signature.invalid',
    via: 'aspnetcore',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    // Istio's JWT filter answers 401 with a plain body from Envoy's jwt_authn (gateways.ts).
    name: 'Istio: curl -si, server: istio-envoy, body Jwt issuer is not configured',
    input: [
      `$ curl -si https://orders.acme-corp.com/v1/orders -H "Authorization: Bearer ${FRESH_MASKED}"`,
      'HTTP/2 401',
      'www-authenticate: Bearer realm="https://orders.acme-corp.com/v1/orders", error="invalid_token"',
      'content-length: 28',
      'content-type: text/plain',
      'server: istio-envoy',
      '',
      'Jwt issuer is not configured',
    ].join('\n'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'envoy',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Kong's jwt plugin (kong/plugins/jwt/handler.lua: unauthorized("Invalid signature")).
    name: 'Kong jwt plugin: 401 Invalid signature, Server: kong',
    input: [
      S401,
      'Content-Type: application/json; charset=utf-8',
      'Server: kong/3.6.1',
      'X-Kong-Response-Latency: 1',
      '',
      '{"message":"Invalid signature"}',
    ].join('\n'),
    ...A401,
    top: 'signature.invalid',
    via: 'kong',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Kong's jwt plugin, the claim errors keyed by claim (jwt_parser.lua: errors.exp = "token expired").
    name: 'Kong jwt plugin: {"exp":"token expired"} with an expired masked token in the request',
    input: [
      `> Authorization: Bearer ${EXPIRED_MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< Server: kong/3.6.1',
      '<',
      '{"exp":"token expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // API Gateway HTTP API's JWT authorizer challenge (formats-logs rows; AWS docs "the token has expired").
    name: 'API Gateway HTTP API JWT authorizer: the lower-case challenge with the token has expired',
    input: [
      'HTTP/2 401',
      'date: Thu, 28 May 2026 14:10:00 GMT',
      'content-type: application/json',
      'content-length: 26',
      'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token has expired"',
      'apigw-requestid: Yx2kQhvPoAMEb8A=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    // Without commas between its parameters the header is not RFC 9110's syntax: challenge.malformed is right, and
    // its error is still read.
    includes: ['challenge.invalid-token', 'challenge.malformed'],
    excludes: ['challenge.no-error', 'token.malformed', 'token.missing'],
  },
  {
    name: 'ALB: HTTP/2 401 from awselb/2.0 with its HTML body, no challenge',
    input: [
      'HTTP/2 401',
      'server: awselb/2.0',
      'date: Thu, 28 May 2026 14:10:00 GMT',
      'content-type: text/html',
      'content-length: 134',
      '',
      '<html>',
      '<head><title>401 Authorization Required</title></head>',
      '<body>',
      '<center><h1>401 Authorization Required</h1></center>',
      '</body>',
      '</html>',
    ].join('\n'),
    ...A401,
    includes: ['proxy.gateway-response'],
    excludes: MISREAD,
  },
  {
    name: 'Cloudflare: HTTP/2 403 with error code: 1020 and a valid masked token sent',
    input: [
      `> authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/2 403',
      '< server: cloudflare',
      '< cf-ray: 8f3c1a2e9b7d4c21-NRT',
      '< content-type: text/plain; charset=UTF-8',
      '<',
      'error code: 1020',
    ].join('\n'),
    ...A403,
    top: 'proxy.waf-block',
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
  {
    name: 'nginx: its own 401 page with the version in the footer',
    input: [
      S401,
      'Server: nginx/1.25.3',
      'Content-Type: text/html',
      '',
      '<html>',
      '<head><title>401 Authorization Required</title></head>',
      '<body>',
      '<center><h1>401 Authorization Required</h1></center>',
      '<hr><center>nginx/1.25.3</center>',
      '</body>',
      '</html>',
    ].join('\n'),
    ...A401,
    includes: ['proxy.gateway-response', 'challenge.missing'],
    excludes: MISREAD,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The token anywhere: cookies, logs, JSON, wrapped, masked, a bare payload, JWE, opaque, and look-alikes.
const TOKENS: Row[] = [
  {
    // A HAR that kept its cookies shows the request's headers, without Authorization; but the server's "jwt expired"
    // judged the cookie's token, so the token reached it and no missing header is the cause (docs/findings.md, "Absent
    // is not missing"; round fix-a). The cookie's token is judged.
    name: 'HAR fragment: the token in a cookie, the response 401 with jwt expired',
    input: [
      '"request": {',
      '  "method": "GET",',
      '  "url": "https://app.acme-corp.com/api/me",',
      '  "httpVersion": "HTTP/2",',
      `  "cookies": [{ "name": "access_token", "value": "${EXPIRED_MASKED}" }],`,
      `  "headers": [{ "name": "cookie", "value": "access_token=${EXPIRED_MASKED}" }]`,
      '},',
      '"response": {',
      '  "status": 401,',
      '  "statusText": "",',
      '  "httpVersion": "HTTP/2",',
      '  "content": { "mimeType": "application/json", "text": "{\\"message\\":\\"jwt expired\\"}" }',
      '}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['authz-header.missing', 'token.missing', ...MISREAD],
  },
  {
    name: 'a token wrapped by the terminal in a curl command with a backslash continuation',
    input: [
      'curl https://api.acme-corp.com/v1/orders \\',
      `  -H "Authorization: Bearer ${EXPIRED.slice(0, 70)}`,
      `${EXPIRED.slice(70, 160)}`,
      `${EXPIRED.slice(160)}"`,
      '→ 401',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'masked with xxxx: header.payload.xxxx in a log field',
    input: `level=warn msg="auth rejected" status=401 token=${EXP_H}.${EXP_P}.xxxx`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'masked with a Unicode ellipsis after the payload',
    input: ['401 on /v1/orders', `Authorization: Bearer ${EXP_H}.${EXP_P}.…`].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'masked with [REDACTED] in a kubectl --prefix JSON log line',
    input: `[pod/orders-6d4f9c7b8-x2x7q/orders] {"level":"warn","status":401,"authorization":"Bearer ${EXP_H}.${EXP_P}.[REDACTED]","error":"jwt expired"}`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "only the payload, as jwt.io's decoded pane shows it, under a 401",
    input: ['getting 401 with this token (decoded):', EXPIRED_PAYLOAD_JSON].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a JWE in the Authorization header, 401 with invalid_token',
    input: [
      `Authorization: Bearer ${b64url({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-1' })}.${'Qx7'.repeat(40)}.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...A401,
    includes: ['token.jwe'],
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    name: 'an opaque token (Google ya29.) in a request, 401 with invalid_token',
    input: [
      '> Authorization: Bearer ya29.a0AfB_byC3kT9xQpL2mN8vR4wZ7yH1jF6sD0gE5uI3oP9aS2dK7lX4cV8bN1mQ6wE3rT0yU5iO2pA',
      '< HTTP/2 401',
      '< www-authenticate: Bearer realm="https://accounts.google.com/", error="invalid_token"',
    ].join('\n'),
    ...A401,
    includes: ['token.opaque', 'challenge.invalid-token'],
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    name: 'an OAuth state parameter that starts with eyJ in a redirect URL beside a bare 401',
    input: [
      `GET https://app.acme-corp.com/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=${STATE} → 302`,
      'GET https://api.acme-corp.com/v1/me → 401',
    ].join('\n'),
    ...A401,
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'an ID token sent as the access token, 401 with an audience message',
    input: [
      `Authorization: Bearer ${ID_TOKEN_MASKED}`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'k8Zq2xQ7m1\' is invalid"',
    ].join('\n'),
    ...A401,
    includes: ['token.id-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a not-yet-valid token in a JSON body the client logged, 401',
    input: [`{"event":"api_call","status":401,"path":"/v1/orders","access_token":"${NBF_MASKED}"}`].join('\n'),
    ...A401,
    top: 'time.not-yet-valid',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a live signed token pasted under a 403: flagged, and its signature not echoed',
    input: [`curl -H "Authorization: Bearer ${FRESH}" https://api.acme-corp.com/v1/admin`, S403].join('\n'),
    ...A403,
    includes: ['input.live-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Verifier logs in the framing log tools add.
const LOGS: Row[] = [
  {
    // jsonwebtoken's TokenExpiredError with expiredAt (auth0/node-jsonwebtoken verify.js), docker compose v2 prefix.
    name: 'docker compose: TokenExpiredError: jwt expired with its stack and expiredAt',
    input: [
      'api-1  | TokenExpiredError: jwt expired',
      'api-1  |     at /app/node_modules/jsonwebtoken/verify.js:190:21',
      'api-1  |     at getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14)',
      'api-1  |   expiredAt: 2026-05-28T14:02:00.000Z',
      'api-1  | }',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: NOT_MISSING,
  },
  {
    // jose's JWTExpired (panva/jose errors.ts) as pino serializes an err, under stern's pod/container prefix.
    name: 'stern: pino JSON with jose JWTExpired / ERR_JWT_EXPIRED',
    input:
      'orders-6d4f9c7b8-x2x7q orders {"level":50,"time":1779977400000,"err":{"type":"JWTExpired","message":"\\"exp\\" claim timestamp check failed","code":"ERR_JWT_EXPIRED","claim":"exp","reason":"check_failed"},"msg":"token verification failed"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'jose',
    excludes: NOT_MISSING,
  },
  {
    // PyJWT InvalidAudienceError (jpadilla/pyjwt jwt/api_jwt.py) in a gunicorn traceback.
    name: "gunicorn traceback: jwt.exceptions.InvalidAudienceError: Audience doesn't match",
    input: [
      '[2026-05-28 14:10:00 +0000] [7] [ERROR] Error handling request /v1/orders',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 375, in _validate_aud',
      '    raise InvalidAudienceError("Audience doesn\'t match")',
      "jwt.exceptions.InvalidAudienceError: Audience doesn't match",
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'pyjwt',
    excludes: NOT_MISSING,
  },
  {
    // golang-jwt v5's joined errors (errors_go1_20.go): "token has invalid claims: token is expired", zap JSON.
    name: 'zap JSON: golang-jwt token has invalid claims: token is expired',
    input:
      '{"level":"error","ts":1779977400.123,"caller":"middleware/auth.go:42","msg":"parse token","error":"token has invalid claims: token is expired"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'logrus text: golang-jwt token signature is invalid: crypto/rsa: verification error',
    input:
      'time="2026-05-28T14:10:00Z" level=warning msg="jwt parse failed" error="token signature is invalid: crypto/rsa: verification error" path=/v1/orders status=401',
    ...A401,
    top: 'signature.invalid',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    // Spring Security's BearerTokenAuthenticationFilter debug line and InvalidBearerTokenException (formats-logs).
    name: 'Spring Boot console: Failed to process authentication request, then Jwt expired at',
    input: [
      '2026-05-28T14:10:00.123Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.w.a.BearerTokenAuthenticationFilter : Failed to process authentication request',
      '',
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z',
      '\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:103)',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security',
    excludes: NOT_MISSING,
  },
  {
    // ASP.NET Core's JSON console formatter with JwtBearerHandler's "Failed to validate the token." and IDX10223.
    name: 'ASP.NET Core JSON console log: IDX10223 inside the Exception field',
    input:
      '{"EventId":1,"LogLevel":"Information","Category":"Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler","Message":"Failed to validate the token.","Exception":"Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): \'5/28/2026 2:02:00 PM\', Current time (UTC): \'5/28/2026 2:10:00 PM\'.\\n   at Microsoft.IdentityModel.Tokens.Validators.ValidateLifetime(Nullable`1 notBefore, Nullable`1 expires, SecurityToken securityToken, TokenValidationParameters validationParameters)"}',
    ...REFUSED,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    name: 'journald: dotnet fail line with IDX10214 audience',
    input: [
      'May 28 14:10:00 api-01 orders[2211]: info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      'May 28 14:10:00 api-01 orders[2211]:       Failed to validate the token.',
      "May 28 14:10:00 api-01 orders[2211]:       Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'https://api.staging.acme-corp.com'. Did not match: validationParameters.ValidAudience: 'https://api.acme-corp.com' or validationParameters.ValidAudiences: 'null'.",
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    excludes: NOT_MISSING,
  },
  {
    name: 'IDX10501 with the kid, under a 401 from the app',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature key was not found"',
      '',
      "fail: IDX10501: Signature validation failed. Unable to match key: kid: 'k2-2026'.",
    ].join('\n'),
    ...A401,
    top: 'key.kid-unknown',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // express-jwt's UnauthorizedError (auth0/express-jwt errors/UnauthorizedError.ts) with code credentials_required.
    name: 'express-jwt: UnauthorizedError: No authorization token was found, code credentials_required',
    input: [
      'UnauthorizedError: No authorization token was found',
      '    at /app/node_modules/express-jwt/dist/index.js:104:31',
      "  code: 'credentials_required',",
      '  status: 401,',
      "  inner: { message: 'No authorization token was found' }",
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'express-jwt',
  },
  {
    name: 'express-jwt wrapping jsonwebtoken: jwt audience invalid. expected: …',
    input: [
      'UnauthorizedError: jwt audience invalid. expected: https://api.acme-corp.com',
      "  code: 'invalid_token',",
      '  status: 401,',
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    excludes: NOT_MISSING,
  },
  {
    // Envoy's access log default format with response_code_details (formats-logs rows).
    name: 'Envoy default access log line: 401 with jwt_authn_access_denied{Jwt_verification_fails}',
    input:
      '[2026-05-28T14:10:00.123Z] "GET /v1/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwt_verification_fails} - "-" 0 22 0 - "-" "okhttp/4.12.0" "8f3c1a2e" "api.acme-corp.com" "-"',
    ...A401,
    top: 'signature.invalid',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    // Lambda's Node runtime error line in CloudWatch: timestamp, request id, ERROR, Invoke Error, the JSON.
    name: 'CloudWatch: a Lambda authorizer logging jsonwebtoken TokenExpiredError as Invoke Error',
    input:
      '2026-05-28T14:10:00.123Z\tc0ffee12-3456-7890-abcd-ef0123456789\tERROR\tInvoke Error \t{"errorType":"TokenExpiredError","errorMessage":"jwt expired","name":"TokenExpiredError","expiredAt":"2026-05-28T14:02:00.000Z","stack":["TokenExpiredError: jwt expired","    at /var/task/node_modules/jsonwebtoken/verify.js:190:21"]}',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: NOT_MISSING,
  },
  {
    name: 'GitHub Actions: a deploy step whose smoke test got 403 with insufficient_scope in the body',
    input: [
      '2026-05-28T14:10:00.1234567Z HTTP/1.1 403 Forbidden',
      '2026-05-28T14:10:00.1234890Z Content-Type: application/json',
      '2026-05-28T14:10:00.1235012Z ',
      '2026-05-28T14:10:00.1235234Z {"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token."}',
      '2026-05-28T14:10:00.1240000Z ##[error]Process completed with exit code 22.',
    ].join('\n'),
    ...A403,
    excludes: [...NOT_MISSING, 'time.expired'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Slack's text: escapes, links, smart quotes, code fences, Japanese around it.
const SLACK: Row[] = [
  {
    name: 'Slack-escaped curl -v lines (&lt; / &gt;) with an expired masked token',
    input: [
      `&gt; Authorization: Bearer ${EXPIRED_MASKED}`,
      '&gt;',
      '&lt; HTTP/1.1 401 Unauthorized',
      '&lt; WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Slack links a bare URL: the command had its `&` unquoted, so the shell ran `curl …?page=2` in the background
    // and the -H went to another command: the request had no Authorization (the evidence names the URL cut there).
    name: 'Slack link around an unquoted URL with &amp; and smart quotes around the header: the shell split it',
    input: [
      `curl <https://api.acme-corp.com/v1/orders?page=2&amp;limit=50|https://api.acme-corp.com/v1/orders?page=2&amp;limit=50> -H “Authorization: Bearer ${EXPIRED_MASKED}”`,
      '→ 401',
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Slack link around a quoted URL and smart quotes around the header',
    input: [
      `curl "<https://api.acme-corp.com/v1/orders?page=2&amp;limit=50|https://api.acme-corp.com/v1/orders?page=2&amp;limit=50>" -H “Authorization: Bearer ${EXPIRED_MASKED}”`,
      '→ 401',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Japanese prose with the token in a code fence',
    input: [
      '本番で 401 が返ってきます。トークンはこれです（署名は伏せてます）',
      '```',
      EXPIRED_MASKED,
      '```',
      'リフレッシュは走ってるはずなんですが…',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Japanese prose: 403 with RBAC: access denied quoted inline',
    input: 'istio 入れてから `RBAC: access denied` で 403 になる。トークンは有効です',
    ...A403,
    top: 'policy.deny',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    name: 'a Slack quote (> ) of a status and a Spring challenge',
    input: [
      '&gt; HTTP/1.1 401',
      '&gt; WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
      'what does this mean?',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
  {
    // A round-22 leftover: the challenge quoted in a sentence, its prose after it not part of it.
    name: 'a challenge quoted in a sentence: "the WWW-Authenticate says Bearer error=…"',
    input:
      'we get 401 on /v1/orders and the WWW-Authenticate says Bearer error="invalid_token", error_description="The access token expired" every time',
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed', ...MISREAD],
  },
  {
    name: 'a challenge quoted in Japanese prose: 「WWW-Authenticate は Bearer error="insufficient_scope", scope="orders:write" です」',
    input: '403 で、WWW-Authenticate は Bearer error="insufficient_scope", scope="orders:write" です',
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: ['challenge.malformed', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'quiet: the field named in prose with no challenge after it, or inside a string of code',
    input: [
      'got 401 and the WWW-Authenticate header is missing',
      `res.set('WWW-Authenticate', 'Bearer error="invalid_token"')`,
    ].join('\n'),
    ...A401,
    excludes: ['challenge.invalid-token', 'challenge.no-error'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Batch 2: more combinations of the same formats.
const MORE: Row[] = [
  {
    // API Gateway REST's unknown route: the words say "Missing Authentication Token", the token was there.
    name: 'API Gateway REST: 403 Missing Authentication Token to a request that carried a valid token',
    input: [
      `> POST /prod/v1/order HTTP/1.1`,
      '> Host: abc123.execute-api.us-east-1.amazonaws.com',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/1.1 403 Forbidden',
      '< x-amzn-ErrorType: MissingAuthenticationTokenException',
      '< x-amzn-RequestId: 3f7c1a2e-9b7d-4c21-8e5f-0a1b2c3d4e5f',
      '<',
      '{"message":"Missing Authentication Token"}',
    ].join('\n'),
    ...A403,
    top: 'proxy.route-not-found',
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
  {
    name: 'API Gateway: explicit deny from a Lambda authorizer, lower-case HTTP/2 names',
    input: [
      'HTTP/2 403',
      'content-type: application/json',
      'x-amzn-errortype: AccessDeniedException',
      'x-amz-apigw-id: Yx2kQhvPoAMEb8A=',
      '',
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    ].join('\n'),
    ...A403,
    top: 'proxy.authorizer-deny',
    excludes: NOT_MISSING,
  },
  {
    name: 'API Gateway: Lambda authorizer 401 Unauthorized with an expired token in the request',
    input: [
      `> authorization: Bearer ${EXPIRED_MASKED}`,
      '< HTTP/2 401',
      '< content-type: application/json',
      '< x-amzn-errortype: UnauthorizedException',
      '<',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['proxy.gateway-response'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // uvicorn's access line ('%s - "%s %s HTTP/%s" %d', encode/uvicorn) after PyJWT's ExpiredSignatureError.
    name: "FastAPI: PyJWT's ExpiredSignatureError, then uvicorn's access line with 401 Unauthorized",
    input: [
      'jwt.exceptions.ExpiredSignatureError: Signature has expired',
      'INFO:     10.0.0.5:52344 - "GET /v1/orders HTTP/1.1" 401 Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'pyjwt',
    excludes: NOT_MISSING,
  },
  {
    // PyJWT api_jwt.py _validate_iat: ImmatureSignatureError("The token is not yet valid (iat)").
    name: 'PyJWT: ImmatureSignatureError: The token is not yet valid (iat)',
    input: 'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)',
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'pyjwt',
    excludes: NOT_MISSING,
  },
  {
    // gin's default LogFormatter ("[GIN] %v |%s %3d %s| %13v | %15s |%s %-7s %s %#v\n%s", gin-gonic/gin logger.go)
    // with the context's errors after it ("Error #01: …"), golang-jwt v4's capitalised "Token is expired".
    name: "gin's access line with 401 and golang-jwt v4's Error #01: Token is expired",
    input: [
      '[GIN] 2026/05/28 - 14:10:00 | 401 |      52.1µs |       10.0.0.5 | GET      "/v1/orders"',
      'Error #01: Token is expired',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    // Spring Security's JwtIssuerValidator words ("The iss claim is not valid") in its challenge (java.ts).
    name: 'Spring: the iss claim is not valid, in the challenge of a 401',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: The iss claim is not valid", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    ].join('\n'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'spring-security',
    excludes: MISREAD,
  },
  {
    // Spring Security's BearerTokenAccessDeniedHandler challenge (its description and error_uri, formats-logs).
    name: 'Spring: a 403 insufficient_scope with a read-only token',
    input: [
      `Authorization: Bearer ${READ_ONLY_MASKED}`,
      '',
      S403,
      'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: [...NOT_MISSING, 'status.mismatch'],
  },
  {
    // JwtBearerHandler's descriptions (dotnet.ts): "The audience '…' is invalid".
    name: "ASP.NET: The audience 'api://orders-staging' is invalid, on HTTP/2",
    input: [
      'HTTP/2 401',
      `www-authenticate: Bearer error="invalid_token", error_description="The audience 'api://orders-staging' is invalid"`,
      'content-length: 0',
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'aspnetcore',
    excludes: MISREAD,
  },
  {
    name: 'ASP.NET: a bare Bearer challenge to a request that carried a valid token (IncludeErrorDetails = false)',
    input: [
      'GET /api/orders HTTP/1.1',
      'Host: orders.acme-corp.com',
      `Authorization: Bearer ${FRESH_MASKED}`,
      '',
      S401,
      'WWW-Authenticate: Bearer',
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'express-jwt over jsonwebtoken: UnauthorizedError: invalid signature as Node inspects it',
    input: [
      'UnauthorizedError: invalid signature',
      '    at /app/node_modules/express-jwt/dist/index.js:133:31 {',
      "  code: 'invalid_token',",
      '  status: 401,',
      '  inner: JsonWebTokenError: invalid signature',
      '}',
    ].join('\n'),
    ...A401,
    top: 'signature.invalid',
    excludes: NOT_MISSING,
  },
  {
    // jose's JWTClaimValidationFailed (errors.ts) for aud: 'unexpected "aud" claim value'.
    name: 'jose: JWTClaimValidationFailed: unexpected "aud" claim value, code ERR_JWT_CLAIM_VALIDATION_FAILED',
    input: [
      'JWTClaimValidationFailed: unexpected "aud" claim value',
      '    at validateClaimsSet (file:///app/node_modules/jose/dist/webapi/lib/jwt_claims_set.js:143:19)',
      "  code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',",
      "  claim: 'aud',",
      "  reason: 'check_failed',",
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'jose',
    excludes: NOT_MISSING,
  },
  {
    name: 'jose: JWKSNoMatchingKey after a key rotation, in a docker compose v1 prefix',
    input: 'api_1  | JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'jose',
    excludes: NOT_MISSING,
  },
  {
    name: "Envoy: Jwks doesn't have key to match kid or alg from Jwt, as the 401's body",
    input: [
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer realm="http://api.acme-corp.com/v1/orders", error="invalid_token"',
      'content-type: text/plain',
      'server: envoy',
      '',
      "Jwks doesn't have key to match kid or alg from Jwt",
    ].join('\n'),
    ...A401,
    top: 'key.kid-unknown',
    via: 'envoy',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a lower-case bearer scheme on an HTTP/2 request, the token expired',
    input: [`authorization: bearer ${EXPIRED_MASKED}`, 'HTTP/2 401'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, 'token.malformed'],
  },
  {
    // Chrome's devtools name-line / value-line copy of the request headers.
    name: "devtools' name-line/value-line layout: Bearer Bearer …",
    input: [
      'Status Code',
      '401 Unauthorized',
      'accept',
      'application/json',
      'authorization',
      `Bearer Bearer ${FRESH_MASKED}`,
    ].join('\n'),
    ...A401,
    top: 'authz-header.double-prefix',
    excludes: ['token.missing', 'token.malformed'],
  },
  {
    name: 'the token in double quotes inside the Authorization header',
    input: [`Authorization: Bearer "${FRESH_MASKED}"`, S401].join('\n'),
    ...A401,
    top: 'authz-header.format',
    excludes: ['token.missing', 'token.malformed'],
  },
  {
    name: 'a token endpoint reply with an expired token, then the 401 from the API',
    input: [
      `{"access_token":"${EXPIRED_MASKED}","token_type":"Bearer","expires_in":3600}`,
      'then GET /v1/orders with it → 401',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'alg none: an unsigned token ending in a dot, 401',
    input: [`Authorization: Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(CLAIMS)}.`, S401].join('\n'),
    ...A401,
    top: 'alg.none',
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    name: 'exp in milliseconds in a token the mobile app minted, 401',
    input: [
      `Authorization: Bearer ${unsigned(HEADER, { ...CLAIMS, iat: CLAIMS.iat * 1000, exp: CLAIMS.exp * 1000 })}`,
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.milliseconds',
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    name: "a jwt.io link with the token in Slack's <url|label> form",
    input: `401 again, token: <https://jwt.io/#debugger-io?token=${EXPIRED_MASKED}|jwt.io>`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "Japanese quotes around jsonwebtoken's words: 「jwt expired」って返ってくる",
    input: 'ステージングだけ「jwt expired」って返ってくる。時計ずれ？',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: NOT_MISSING,
  },
  {
    name: 'an inline code span with jsonwebtoken malformed body under a 401',
    input: 'we get `401` with `{"message":"jwt malformed"}` from orders-api',
    ...A401,
    top: 'token.malformed',
    via: 'jsonwebtoken',
    excludes: ['token.missing'],
  },
  {
    name: 'a full-width colon after Authorization (a Japanese IME), token expired',
    input: ['401 になります', `Authorization：Bearer ${EXPIRED_MASKED}`].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'smart quotes inside the JSON body of a 401',
    input: [S401, JSON_CT, '', '{“error”:“invalid_token”,“error_description”:“jwt expired”}'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
  {
    name: 'a Basic challenge to a Bearer request: nginx auth_basic in front of the API',
    input: [
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< Server: nginx',
      '< WWW-Authenticate: Basic realm="Restricted"',
    ].join('\n'),
    ...A401,
    top: 'challenge.scheme-mismatch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'HTTP/1.0 401 from wget -S with its indented lines and an invalid_token challenge',
    input: [
      '--2026-05-28 14:10:00--  https://api.acme-corp.com/v1/orders',
      'HTTP request sent, awaiting response... ',
      '  HTTP/1.0 401 Unauthorized',
      '  WWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"',
      '  Content-Length: 0',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: "'Status Code: 403 Forbidden' with the request's token valid and a policy body",
    input: [
      'Request URL: https://api.acme-corp.com/v1/tenants/42/orders',
      'Request Method: GET',
      'Status Code: 403 Forbidden',
      `authorization: Bearer ${FRESH_MASKED}`,
      '',
      '{"error":"forbidden","message":"tenant mismatch"}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    excludes: [...NOT_MISSING, 'time.expired'],
  },
  {
    name: 'a journald line from nginx with an access-log 401 and a token in the query string',
    input: `May 28 14:10:00 edge-01 nginx[811]: 10.0.0.5 - - [28/May/2026:14:10:00 +0000] "GET /v1/orders?access_token=${EXPIRED_MASKED} HTTP/1.1" 401 0 "-" "curl/8.7.1"`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Bearer undefined (a JavaScript client that lost its token), 401',
    input: ['Authorization: Bearer undefined', S401, JSON_CT, '', '{"message":"jwt malformed"}'].join('\n'),
    ...A401,
    // `Bearer undefined` is no credential (parse/authorization.ts): token.missing, beside jsonwebtoken's words.
    includes: ['token.missing', 'token.malformed'],
    excludes: ['time.expired', 'authz-header.missing'],
  },
  {
    name: 'the whole trace in a Slack code fence, HTTP/2 401 with a Japanese note after',
    input: [
      '```',
      '< HTTP/2 401 ',
      '< www-authenticate: Bearer error="invalid_token", error_description="jwt expired"',
      '< content-length: 0',
      '```',
      '↑ 朝から全部これです',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Flask-JWT-Extended's replies when it found no token, or a header in another shape (vimalloc/flask-jwt-extended
// flask_jwt_extended/view_decorators.py: _decode_jwt_from_headers, _decode_jwt_from_request; its default callbacks
// answer `{"msg": …}` with 401, and 422 for InvalidHeaderError). Read by parse/verifier-messages/frameworks.ts.
const FLASK: Row[] = [
  {
    name: 'Flask-JWT-Extended: Missing Authorization Header, no token pasted',
    input: [S401.replace('Unauthorized', 'UNAUTHORIZED'), JSON_CT, '', '{"msg":"Missing Authorization Header"}'].join(
      '\n',
    ),
    ...A401,
    top: 'token.missing',
    via: 'flask-jwt-extended',
  },
  {
    // The request visibly carried one: a proxy or mod_wsgi (WSGIPassAuthorization Off) dropped it on the way.
    name: 'Flask-JWT-Extended: Missing Authorization Header to a request that carried a token (stripped on the way)',
    input: [
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/1.1 401 UNAUTHORIZED',
      '< Server: Apache/2.4.62 (Debian)',
      '<',
      '{"msg":"Missing Authorization Header"}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'flask-jwt-extended',
    excludes: ['time.expired', ...MISREAD],
  },
  {
    name: 'Flask-JWT-Extended: NoAuthorizationError in a traceback',
    input: [
      '  File "/usr/local/lib/python3.12/site-packages/flask_jwt_extended/view_decorators.py", line 133, in _decode_jwt_from_headers',
      '    raise NoAuthorizationError(f"Missing {header_name} Header")',
      'flask_jwt_extended.exceptions.NoAuthorizationError: Missing Authorization Header',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'flask-jwt-extended',
  },
  {
    name: 'Flask-JWT-Extended: Missing JWT in headers or cookies, pretty-printed',
    input: [
      S401,
      '',
      '{',
      '  "msg": "Missing JWT in headers or cookies (Missing Authorization Header; Missing cookie \\"access_token_cookie\\")"',
      '}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'flask-jwt-extended',
  },
  {
    name: "Flask-JWT-Extended: Missing 'Bearer' type, the request sent JWT …",
    input: [
      `Authorization: JWT ${FRESH_MASKED}`,
      '',
      S401,
      '',
      `{"msg":"Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>'"}`,
    ].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
    excludes: ['token.missing', 'token.malformed'],
  },
  {
    name: 'Flask-JWT-Extended: 422 Bad Authorization header for a value with a third part',
    input: [
      `Authorization: Bearer ${FRESH_MASKED} ${FRESH_MASKED}`,
      '',
      'HTTP/1.1 422 UNPROCESSABLE ENTITY',
      '',
      `{"msg":"Bad Authorization header. Expected 'Authorization: Bearer <JWT>'"}`,
    ].join('\n'),
    status: 422,
    classification: 'authentication',
    top: 'authz-header.format',
    includes: ['status.not-auth'],
    excludes: ['token.missing'],
  },
  {
    name: 'prose: Missing Authorization Header as a question',
    input: 'Missing Authorization Header in axios? how do I set it',
    ...QUIET,
  },
  { name: 'prose: Missing JWT in a sentence', input: 'nginx: Missing JWT in the request after the upgrade', ...QUIET },
];

// ---------------------------------------------------------------------------------------------------------------
// RFC 6750 members in an object a runtime printed, not JSON (parse/error-bodies.ts readPrintedErrors): Node's
// util.inspect of an axios error's response.data (unquoted keys, single quotes: mrabit/aliyundriveDailyCheck#21's
// print shape) and Python's repr of `r.json()`. Before round 22 these read as token.missing.
const PRINTED: Row[] = [
  {
    name: "axios' inspected error: data: { error: 'invalid_token', error_description: 'Token expired' } on a 401",
    input: [
      'AxiosError: Request failed with status code 401',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12) {',
      "  code: 'ERR_BAD_REQUEST',",
      '  config: {',
      `    headers: Object [AxiosHeaders] { Authorization: 'Bearer ${FRESH}' },`,
      '  },',
      '  response: {',
      '    status: 401,',
      "    statusText: 'Unauthorized',",
      "    data: { error: 'invalid_token', error_description: 'Token expired' }",
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    // The description states the expiry, read as a JSON body's would be (parse/stated-expiry.ts).
    top: 'time.expired',
    includes: ['challenge.invalid-token', 'input.live-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "axios' inspected error with no token pasted: the body judged one, so no token.missing",
    input: [
      'AxiosError: Request failed with status code 401',
      '  response: {',
      '    status: 401,',
      "    data: { error: 'invalid_token', error_description: 'Token expired' }",
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: "axios' inspected 403: insufficient_scope and its scope over several lines",
    input: [
      'AxiosError: Request failed with status code 403',
      '  response: {',
      '    status: 403,',
      '    data: {',
      "      error: 'insufficient_scope',",
      "      error_description: 'Insufficient scope for this resource',",
      "      scope: 'write:orders'",
      '    }',
      '  }',
      '}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
  },
  {
    name: "Python's repr of r.json() on a 401: {'error': 'invalid_token', …}",
    input: [
      '>>> r = requests.get(url, headers=headers)',
      '>>> r.status_code',
      '401',
      '>>> r.json()',
      "{'error': 'invalid_token', 'error_description': 'Token expired'}",
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: "Python's repr on a 403 after <Response [403]>: insufficient_scope with its scope",
    input: ['<Response [403]>', '>>> r.json()', "{'error': 'insufficient_scope', 'scope': 'write:orders'}"].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
  },
  {
    name: 'catches not: the object literal the server code passes to res.json() is code, not a reply',
    input: "res.status(401).json({ error: 'invalid_token', error_description: 'Token expired' })",
    ...A401,
    excludes: ['challenge.invalid-token', 'time.expired'],
  },
  {
    name: "catches not: a comparison with 'invalid_token' in client code",
    input: "if (err.response.data.error === 'invalid_token') await refresh()",
    ...QUIET,
  },
  {
    name: 'catches not: an error key whose value is no OAuth error (a status text)',
    input: ['401', "data: { error: 'Unauthorized', statusCode: 401 }"].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['challenge.invalid-token'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// IIS's detailed error pages name a sub-status after the code (`HTTP Error 401.2 - Unauthorized`, `HTTP Error
// 403.14 - Forbidden`: Microsoft KB 942043 as quoted in public repositories, and IIS Express's own page as
// GitHub READMEs paste it), read by parse/http/prose.ts. hapi's scope failure (hapijs/hapi lib/auth.js:
// `Boom.forbidden('Insufficient scope')`, Boom's payload) read by parse/error-bodies.ts.
const IIS_HAPI: Row[] = [
  {
    name: 'IIS: HTTP Error 401.2 - Unauthorized and its explanation',
    input: [
      'HTTP Error 401.2 - Unauthorized',
      'You are not authorized to view this page due to invalid authentication headers.',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'IIS: HTTP Error 401.2 with the request that carried an expired token',
    input: [`Authorization: Bearer ${EXPIRED_MASKED}`, '', 'HTTP Error 401.2 - Unauthorized'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'IIS: HTTP Error 403.14 - Forbidden',
    input: 'HTTP Error 403.14 - Forbidden\nThe Web server is configured to not list the contents of this directory.',
    ...A403,
    excludes: NOT_MISSING,
  },
  {
    name: 'catches not: a decimal after 401 (a duration)',
    input: 'p99 went to 401.25 ms - Unauthorized callers only',
    ...QUIET,
  },
  {
    name: 'catches not: a sub-status whose phrase is not its own',
    input: 'HTTP Error 401.2 - Forbidden',
    ...QUIET,
  },
  {
    name: "hapi: 403 Insufficient scope in Boom's payload, the token read-only",
    input: [
      `authorization: Bearer ${READ_ONLY_MASKED}`,
      '',
      S403,
      'content-type: application/json; charset=utf-8',
      '',
      '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope"}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'hapi',
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
  {
    name: "catches not: Boom's 403 with another message is no scope statement",
    input: [S403, '', '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope for this tenant"}'].join(
      '\n',
    ),
    ...A403,
    excludes: ['challenge.insufficient-scope', 'scope.insufficient'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Google's tools: golang.org/x/oauth2's RetrieveError for a refused refresh (`oauth2: "invalid_grant" "Token has been
// expired or revoked."`, as terraform, Go services and grpc-go's per-RPC credentials print it; read by
// parse/verifier-messages/token-endpoints.ts), and gcloud's `ERROR: (gcloud.<command>) PERMISSION_DENIED: …` line
// (public deployment notes and CI logs; read by parse/client-errors.ts).
const GOOGLE_TOOLS: Row[] = [
  {
    name: 'grpc-go per-RPC credentials: oauth2: "invalid_grant" "Token has been expired or revoked."',
    input:
      'rpc error: code = Unauthenticated desc = transport: per-RPC creds failed due to error: oauth2: "invalid_grant" "Token has been expired or revoked."',
    ...REFUSED,
    top: 'token.revoked',
    via: 'golang-oauth2',
    excludes: ['token.missing'],
  },
  {
    name: 'terraform google provider: the refresh refused inside a Get error',
    input: [
      '│ Error: Get "https://storage.googleapis.com/storage/v1/b/acme-tfstate?alt=json": oauth2: "invalid_grant" "Token has been expired or revoked."',
      '│',
      '│   with data.google_storage_bucket.state,',
    ].join('\n'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'golang-oauth2',
  },
  {
    // A federation's reason in the description names the cause (federation.ts), not the bare invalid_grant.
    name: "golang-oauth2 invalid_grant whose description is Google STS's stale ID token",
    input: 'oauth2: "invalid_grant" "ID Token issued at 1779970000 is stale to sign-in."',
    ...REFUSED,
    excludes: ['token.revoked', 'token.missing'],
  },
  {
    name: 'gcloud: ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission … denied',
    input:
      "ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme/services/orders' (or resource may not exist).",
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'gcloud',
    excludes: NOT_MISSING,
  },
  {
    name: 'gcloud: UNAUTHENTICATED with Google\'s "Request had invalid authentication credentials"',
    input:
      'ERROR: (gcloud.projects.list) UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: NOT_MISSING,
  },
  {
    name: "catches not: gcloud's command and PERMISSION_DENIED named in a sentence",
    input: 'the runbook says (gcloud.run.deploy) PERMISSION_DENIED happens when the SA lacks actAs',
    ...QUIET,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// GitHub's 403 for a token whose permissions fall short: `Resource not accessible by integration` (an installation
// token, GITHUB_TOKEN) or `… by personal access token` (a fine-grained PAT), in its JSON and as go-github
// ("…: 403 Resource not accessible by integration []", actions/actions-runner-controller), the gh CLI ("HTTP 403: …")
// and Octokit ("HttpError: …") print it (parse/client-errors.ts, parse/error-bodies.ts). Before round 22: nothing.
const GITHUB_PERMISSIONS: Row[] = [
  {
    name: 'go-github in reviewdog: 403 Resource not accessible by integration []',
    input:
      'reviewdog: POST https://api.github.com/repos/acme/orders/pulls/42/reviews: 403 Resource not accessible by integration []',
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'github',
    excludes: NOT_MISSING,
  },
  {
    name: 'gh CLI: HTTP 403: Resource not accessible by personal access token (url)',
    input: [
      '$ gh ssh-key add ~/.ssh/id_ed25519.pub',
      'HTTP 403: Resource not accessible by personal access token (https://api.github.com/user/keys)',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'github',
  },
  {
    name: 'GitHub Actions log: ##[error]HttpError: Resource not accessible by integration',
    input: [
      '2026-05-28T14:10:00.1234567Z ##[error]HttpError: Resource not accessible by integration',
      '2026-05-28T14:10:00.1240000Z ##[error]Process completed with exit code 1.',
    ].join('\n'),
    status: null,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'github',
  },
  {
    name: "GitHub's JSON 403 body with its documentation_url",
    input: [
      'HTTP/2 403',
      'content-type: application/json; charset=utf-8',
      'x-accepted-github-permissions: issues=write; pull_requests=write',
      '',
      '{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/issues/comments#create-an-issue-comment","status":"403"}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'github',
  },
  {
    name: 'catches not: the words in a question',
    input: 'why does GitHub say Resource not accessible by integration on forks?',
    ...QUIET,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// An Authorization value masked whole hides its scheme with the rest (checks/authz-header.ts): pino's redaction
// (`redact: ['req.headers.authorization']`, its default censor `[Redacted]`) in pino-http's request log, a hand mask.
// Before round 22 each was authz-header.scheme ("no scheme").
const MASKED_WHOLE: Row[] = [
  {
    name: "pino-http's request log with the Authorization header redacted to [Redacted]",
    input:
      '{"level":30,"time":1779977400000,"pid":1,"req":{"id":7,"method":"GET","url":"/v1/orders","headers":{"host":"api.acme-corp.com","authorization":"[Redacted]"}},"res":{"statusCode":401},"responseTime":3,"msg":"request completed"}',
    ...A401,
    includes: ['input.masked'],
    excludes: ['authz-header.scheme', 'authz-header.missing', 'token.missing'],
  },
  {
    name: 'a hand mask for the whole header value: Authorization: ***',
    input: ['GET /v1/orders HTTP/1.1', 'Host: api.acme-corp.com', 'Authorization: ***', '', S401].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: ['authz-header.scheme', 'token.missing', 'token.malformed'],
  },
  {
    name: 'catches not: a token cut short with no scheme before it still lacks its scheme',
    input: ['Authorization: eyJhbGciOiJSUzI1NiIs...', S401].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
    includes: ['input.masked'],
  },
  {
    name: 'catches not: an opaque value with no scheme',
    input: ['Authorization: 3f9a1c2e7b5d4c21a0b9e8f7d6c5b4a3', S401].join('\n'),
    ...A401,
    includes: ['authz-header.scheme'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Which exchange the paste is about (parse/http/status.ts chooseStatus): the refused call written as an arrow after
// a status line of another code (a refresh's 400, a working call's 200).
const WHICH_CALL: Row[] = [
  {
    name: "the token endpoint's 400 invalid_grant, then the API's 401 as an arrow",
    input: [
      'POST /oauth/token HTTP/1.1',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'HTTP/1.1 400 Bad Request',
      JSON_CT,
      '',
      '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}',
      '',
      'so the app keeps the old token, and GET /v1/orders → 401',
    ].join('\n'),
    ...A401,
    top: 'token.revoked',
    excludes: ['status.not-auth', 'token.missing'],
  },
  {
    name: 'a working call shown as its status line, the failing one as an arrow',
    input: [S200, '', `GET /v1/orders with ${EXPIRED_MASKED} → 401`].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['status.not-auth'],
  },
  {
    name: 'catches not: a status line 401 stays the status beside an arrow to a 200',
    input: [S401, 'WWW-Authenticate: Bearer error="invalid_token"', '', 'after the refresh: GET /v1/orders → 200'].join(
      '\n',
    ),
    ...A401,
    top: 'challenge.invalid-token',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// tymon/jwt-auth's middleware answers with its own challenge and the exception's message
// (src/Http/Middleware/BaseMiddleware.php: `new UnauthorizedHttpException('jwt-auth', $e->getMessage(), …)`;
// src/Claims/Expiration.php: `new TokenExpiredException('Token has expired')`); read by verifier-messages/php.ts.
// Before round 22: token.missing without a token, challenge.scheme-mismatch with one.
const TYMON: Row[] = [
  {
    name: 'Laravel + tymon/jwt-auth: WWW-Authenticate: jwt-auth and {"message":"Token has expired"}, no token pasted',
    input: [
      S401,
      'WWW-Authenticate: jwt-auth',
      'Content-Type: application/json',
      '',
      '{"message":"Token has expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'tymon-jwt-auth',
    excludes: ['token.missing', 'challenge.scheme-mismatch'],
  },
  {
    name: 'tymon/jwt-auth: the same reply to a request that carried the expired token',
    input: [
      `> Authorization: Bearer ${EXPIRED_MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: jwt-auth',
      '< Content-Type: application/json',
      '<',
      '{"message":"Token has expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.missing', 'challenge.scheme-mismatch', ...MISREAD],
  },
  {
    name: "catches not: the same words with no jwt-auth challenge are anyone's",
    input: ['{"message":"Token has expired"}', '401'].join('\n'),
    ...A401,
    excludes: ['time.expired'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The same shapes in a success or in prose: nothing to report.
const QUIET_ROWS: Row[] = [
  {
    name: 'a 200 with a base64 JSON cursor in the next link',
    input: [
      'HTTP/2 200',
      'content-type: application/json',
      '',
      `{"data":[],"next":"https://api.acme-corp.com/v1/orders?cursor=${CURSOR}"}`,
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'grpcurl OK',
    input: [
      `$ grpcurl -H 'authorization: Bearer ${FRESH_MASKED}' api.acme-corp.com:443 orders.v1.Orders/List`,
      '{',
      '  "orders": []',
      '}',
    ].join('\n'),
    ...QUIET,
    excludes: MISREAD,
  },
];

describe('Round 22: acceptance-style pastes of the core formats', () => {
  const secrets = [EXPIRED.split('.')[2] as string, FRESH.split('.')[2] as string];
  for (const [group, rows] of [
    ['client error prints', CLIENTS],
    ['exchanges', EXCHANGES],
    ['the token anywhere', TOKENS],
    ['verifier logs', LOGS],
    ['Slack text', SLACK],
    ['more combinations', MORE],
    ['Flask-JWT-Extended', FLASK],
    ['printed error objects', PRINTED],
    ['IIS sub-statuses and hapi', IIS_HAPI],
    ['Google tools', GOOGLE_TOOLS],
    ['GitHub permissions', GITHUB_PERMISSIONS],
    ['a value masked whole', MASKED_WHOLE],
    ['which call', WHICH_CALL],
    ['tymon/jwt-auth', TYMON],
    ['stays quiet', QUIET_ROWS],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
        await expectPasteRow(row, secrets);
      });
    });
  }
});
