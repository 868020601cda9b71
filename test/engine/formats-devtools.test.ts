/**
 * Round 13 of real-world pastes: what browser devtools and HTTP tools produce when an engineer copies a failing
 * request. Chrome/Edge "Copy as cURL" (bash and cmd), "Copy as PowerShell", "Copy as fetch" (browser and Node.js),
 * Firefox's "Copy as cURL" (POSIX and Windows), "Copy as Fetch" and raw "Copy Request/Response Headers", Safari Web
 * Inspector's "Copy as cURL" and "Copy HTTP Request/Response", HAR logs and fragments (with cookies and Chrome's
 * `_initiator`), Postman's code generator (cURL, Python requests, axios, HTTPie, Go, C# RestSharp, OkHttp), Insomnia
 * and Bruno exports, VS Code REST Client / JetBrains HTTP Client `.http` files and the JetBrains client's output, and
 * headers written as code (PowerShell hashtables, JavaScript objects) with the token in a variable. Formats are
 * confirmed in the generators' sources (Firefox: mozilla/gecko-dev devtools/client/shared/curl.js; Safari: WebKit
 * Source/WebInspectorUI/UserInterface/Models/Resource.js; Postman: postmanlabs/postman-code-generators codegens/*) or
 * in public captures of their output (find_string ids beside the rows). Reading choices: docs/findings.md, "Reading
 * the rules" (a tool's variable left unexpanded; headers written as code). The last group must stay quiet.
 */
import { describe, it } from 'vitest';
import { A401, A403, EXPIRED, EXPIRED_MASKED, FRESH_MASKED, MISREAD, NOT_MISSING } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
/** A token judged from its Authorization header, expired. */
const EXPIRED_SENT: Pick<Row, 'includes' | 'excludes' | 'token'> = {
  includes: ['time.expired'],
  excludes: [...NOT_MISSING, ...MISREAD],
  token: { foundIn: 'authorization-header' },
};

const COPIES: Row[] = [
  {
    // Chrome "Copy as cURL (bash)": `curl 'url' \` then `  -H 'name: value' \` lines, lower-case HTTP/2 names
    // (capture: find_string id 71014204263; devtools-frontend NetworkLogView generateCurlCommand).
    name: 'Chrome Copy as cURL (bash), then the console line',
    input: [
      "curl 'https://api.acme-corp.com/v1/orders?page=1' \\",
      "  -H 'accept: application/json, text/plain, */*' \\",
      "  -H 'accept-language: en-US,en;q=0.9' \\",
      `  -H 'authorization: Bearer ${EXPIRED}' \\`,
      "  -H 'origin: https://app.acme-corp.com' \\",
      "  -H 'priority: u=1, i' \\",
      '  -H \'sec-ch-ua: "Chromium";v="138", "Google Chrome";v="138", "Not)A;Brand";v="8"\' \\',
      "  -H 'sec-fetch-mode: cors' \\",
      "  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36'",
      '',
      'GET https://api.acme-corp.com/v1/orders?page=1 401 (Unauthorized)',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Chrome "Copy as cURL (cmd)": `^"…^"` quotes, ` ^` continuations, `^&` in the URL, `-b ^"…^"` cookies
    // (captures: find_string ids 56564572149, 62767852022).
    name: 'Chrome Copy as cURL (cmd), with ^& in the URL and a -b cookie',
    input: [
      'curl ^"https://api.acme-corp.com/v1/orders?page=0^&size=10^" ^',
      '  -H ^"accept: application/json, text/plain, */*^" ^',
      `  -H ^"authorization: Bearer ${EXPIRED}^" ^`,
      '  -b ^"_ga=GA1.1.123; theme=dark^" ^',
      '  -H ^"sec-ch-ua: ^\\^"Chromium^\\^";v=^\\^"138^\\^"^" ^',
      '  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36^"',
      '',
      'status 401',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Firefox "Copy as cURL (Windows)": `curl.exe ^"url^" ^`, `-X POST ^`, headers in their sent case
    // (capture: find_string id 53102735423, Firefox 146; escapeStringWin in gecko-dev devtools/client/shared/curl.js).
    name: 'Firefox Copy as cURL (Windows): curl.exe, -X POST, a JSON body with escaped quotes',
    input: [
      'curl.exe ^"https://api.acme-corp.com/v1/orders^" ^',
      '  -X POST ^',
      '  -H ^"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0^" ^',
      '  -H ^"Accept: application/json, text/plain, */*^" ^',
      `  -H ^"Authorization: Bearer ${EXPIRED}^" ^`,
      '  -H ^"Content-Type: application/json^" ^',
      '  -H ^"Origin: https://app.acme-corp.com^" ^',
      '  --data-raw ^"^{^\\^"sku^\\^":^\\^"A-1^\\^",^\\^"qty^\\^":2^}^"',
      '→ 401 Unauthorized',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Firefox "Copy as cURL (POSIX)": `curl 'url' \` and `  -H 'Name: value' \` (gecko-dev curl.js joinStr " \\\n  ").
    name: 'Firefox Copy as cURL (POSIX), masked signature, HTTP/2 response headers copied below',
    input: [
      "curl 'https://api.acme-corp.com/v1/orders' \\",
      "  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0' \\",
      "  -H 'Accept: application/json' \\",
      `  -H 'Authorization: Bearer ${EXPIRED_MASKED}' \\`,
      "  -H 'Connection: keep-alive'",
      '',
      'HTTP/2 401 ',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'content-type: application/json',
      'www-authenticate: Bearer error="invalid_token", error_description="The token expired"',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Safari Web Inspector "Copy as cURL": `-X 'GET'` quoted, `\` continuations with no indent; its "Copy HTTP
    // Response" of an HTTP/2 reply starts with `:status:` (WebKit Source/WebInspectorUI/UserInterface/Models/
    // Resource.js, generateCURLCommand and stringifyHTTPResponse).
    name: 'Safari Copy as cURL, then Copy HTTP Response (HTTP/2 :status)',
    input: [
      "curl 'https://api.acme-corp.com/v1/orders' \\",
      "-X 'GET' \\",
      "-H 'Accept: application/json' \\",
      `-H 'Authorization: Bearer ${EXPIRED}' \\`,
      "-H 'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15'",
      '',
      ':status: 401',
      'www-authenticate: Bearer error="invalid_token"',
      'content-length: 0',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    // Safari "Copy HTTP Request" of an HTTP/2 request: `:method:`, `:scheme:`, `:authority:`, `:path:`, then the
    // fields (Resource.js stringifyHTTPRequest); no Authorization among them.
    name: 'Safari Copy HTTP Request and Response (HTTP/2): no Authorization sent, a 403 insufficient_scope',
    input: [
      ':method: GET',
      ':scheme: https',
      ':authority: api.acme-corp.com',
      ':path: /v1/orders',
      'Accept: application/json',
      'Origin: https://app.acme-corp.com',
      '',
      ':status: 403',
      'content-type: application/json',
      'www-authenticate: Bearer error="insufficient_scope", scope="orders:write"',
    ].join('\n'),
    ...A403,
    includes: ['challenge.insufficient-scope', 'authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
  {
    // Chrome's bash copy with the token in a -b cookie and no Authorization: the request's headers are shown.
    name: 'Chrome Copy as cURL (bash) with the token in a cookie, no Authorization',
    input: [
      "curl 'https://api.acme-corp.com/v1/orders' \\",
      "  -H 'accept: application/json' \\",
      `  -b 'theme=dark; access_token=${EXPIRED}' \\`,
      "  -H 'user-agent: Mozilla/5.0'",
      '',
      'GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing', 'time.expired'],
    excludes: [...MISREAD, 'token.missing'],
  },
  {
    // Chrome "Copy as PowerShell": a $session WebRequestSession, `-Headers @{` with one `"name"="value"` a line,
    // HTTP/2 pseudo-headers without their colon, backtick-escaped quotes (capture: find_string id 63545970293).
    name: 'Chrome Copy as PowerShell, then PowerShell 5’s error',
    input: [
      '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession',
      '$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36"',
      'Invoke-WebRequest -UseBasicParsing -Uri "https://api.acme-corp.com/v1/orders" `',
      '-WebSession $session `',
      '-Headers @{',
      '"authority"="api.acme-corp.com"',
      '  "method"="GET"',
      '  "path"="/v1/orders"',
      '  "scheme"="https"',
      '  "accept"="application/json, text/plain, */*"',
      `  "authorization"="Bearer ${EXPIRED}"`,
      '  "origin"="https://app.acme-corp.com"',
      '  "sec-ch-ua"="`"Not)A;Brand`";v=`"8`", `"Chromium`";v=`"138`""',
      '  "sec-ch-ua-platform"="`"Windows`""',
      '}',
      'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Chrome "Copy as fetch": `"headers": {…}`, `"referrer"`, `"referrerPolicy"`, `"body": null`, `"method"`,
    // `"mode": "cors"`, `"credentials": "include"` (capture: find_string id 37193998230).
    name: 'Chrome Copy as fetch with referrer, mode and credentials; the console’s 401 below',
    input: [
      'fetch("https://api.acme-corp.com/v1/orders", {',
      '  "headers": {',
      '    "accept": "application/json",',
      `    "authorization": "Bearer ${EXPIRED}",`,
      '    "sec-ch-ua-mobile": "?0",',
      '    "sec-fetch-site": "same-site"',
      '  },',
      '  "referrer": "https://app.acme-corp.com/",',
      '  "referrerPolicy": "strict-origin-when-cross-origin",',
      '  "body": null,',
      '  "method": "GET",',
      '  "mode": "cors",',
      '  "credentials": "include"',
      '});',
      'GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    name: 'Chrome Copy as fetch (Node.js): no referrer, status from the script’s log',
    input: [
      'fetch("https://api.acme-corp.com/v1/orders", {',
      '  "headers": {',
      '    "accept": "application/json",',
      `    "authorization": "Bearer ${EXPIRED_MASKED}"`,
      '  },',
      '  "body": null,',
      '  "method": "GET"',
      '});',
      '',
      '> res.status',
      '401',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Firefox "Copy Request Headers" / "Copy Response Headers": the raw request line and fields, the raw status line.
    name: 'Firefox Copy Request Headers then Copy Response Headers (HTTP/2)',
    input: [
      'GET /v1/orders HTTP/2',
      'Host: api.acme-corp.com',
      'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0',
      'Accept: application/json',
      `Authorization: Bearer ${EXPIRED}`,
      'Origin: https://app.acme-corp.com',
      '',
      'HTTP/2 401 ',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'www-authenticate: Bearer realm="api", error="invalid_token"',
      'content-length: 0',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'Firefox Copy Request Headers with no Authorization, then the 401',
    input: [
      'GET /v1/orders HTTP/2',
      'Host: api.acme-corp.com',
      'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0',
      'Accept: application/json',
      'Cookie: theme=dark',
      '',
      'HTTP/2 401 ',
      'www-authenticate: Bearer realm="api"',
    ].join('\n'),
    // The request's headers are shown without Authorization; a bare challenge names no error: both are said.
    ...A401,
    includes: ['authz-header.missing', 'challenge.no-error'],
    excludes: MISREAD,
    token: null,
  },
  {
    // A one-line hashtable in the command, as people write it (Invoke-WebRequest's -Headers <IDictionary>,
    // MicrosoftDocs/PowerShell-Docs Invoke-WebRequest.md); the token without its scheme.
    name: 'Invoke-WebRequest -Headers @{Authorization="…"} with no Bearer scheme',
    input: [
      `PS C:> Invoke-WebRequest -Uri https://api.acme-corp.com/v1/orders -Headers @{Authorization="${EXPIRED}"; Accept="application/json"}`,
      'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.scheme', 'time.expired'],
    excludes: NOT_MISSING,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'Chrome Copy as PowerShell with no authorization entry: the headers are shown, Authorization is not',
    input: [
      '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession',
      'Invoke-WebRequest -UseBasicParsing -Uri "https://api.acme-corp.com/v1/orders" `',
      '-WebSession $session `',
      '-Headers @{',
      '"authority"="api.acme-corp.com"',
      '  "method"="GET"',
      '  "accept"="application/json"',
      '}',
      'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: MISREAD,
    token: null,
  },
];

const HAR: Row[] = [
  {
    // Chrome's HAR: `_initiator`, `_priority`, `_resourceType`, `cookies` arrays, `_transferSize`, `_error`
    // (devtools-frontend front_end/models/har/Log.ts).
    name: 'Chrome Copy all as HAR: the whole log, one entry',
    input: JSON.stringify(
      {
        log: {
          version: '1.2',
          creator: { name: 'WebInspector', version: '537.36' },
          pages: [],
          entries: [
            {
              _initiator: { type: 'script', stack: { callFrames: [] } },
              _priority: 'High',
              _resourceType: 'fetch',
              cache: {},
              connection: '443',
              request: {
                method: 'GET',
                url: 'https://api.acme-corp.com/v1/orders',
                httpVersion: 'http/2.0',
                headers: [
                  { name: ':authority', value: 'api.acme-corp.com' },
                  { name: ':method', value: 'GET' },
                  { name: ':path', value: '/v1/orders' },
                  { name: 'accept', value: 'application/json' },
                  { name: 'authorization', value: `Bearer ${EXPIRED}` },
                  { name: 'cookie', value: 'theme=dark' },
                ],
                queryString: [],
                cookies: [
                  {
                    name: 'theme',
                    value: 'dark',
                    path: '/',
                    domain: 'api.acme-corp.com',
                    expires: null,
                    httpOnly: false,
                    secure: false,
                  },
                ],
                headersSize: -1,
                bodySize: 0,
              },
              response: {
                status: 401,
                statusText: '',
                httpVersion: 'http/2.0',
                headers: [
                  { name: 'content-type', value: 'application/json' },
                  { name: 'www-authenticate', value: 'Bearer error="invalid_token", error_description="jwt expired"' },
                ],
                cookies: [],
                content: { size: 26, mimeType: 'application/json', text: '{"message":"Unauthorized"}' },
                redirectURL: '',
                headersSize: -1,
                bodySize: -1,
                _transferSize: 180,
                _error: null,
              },
              serverIPAddress: '203.0.113.10',
              startedDateTime: '2026-05-28T14:09:58.120Z',
              time: 48.2,
              timings: {
                blocked: 1,
                dns: -1,
                ssl: -1,
                connect: -1,
                send: 0.1,
                wait: 46,
                receive: 1.1,
                _blocked_queueing: 0.8,
              },
            },
          ],
        },
      },
      null,
      2,
    ),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    // Chrome's default HAR export is sanitized: it drops the request's `authorization` and `cookie` headers and empties
    // the cookies arrays (devtools-frontend front_end/models/har/Log.ts, `options.sanitize`). Its request headers do not
    // show whether a token was sent.
    name: 'Chrome "Copy all as HAR (sanitized)": no Authorization and no Cookie in the request, a 401',
    input: JSON.stringify(
      {
        log: {
          version: '1.2',
          creator: { name: 'WebInspector', version: '537.36' },
          pages: [],
          entries: [
            {
              _initiator: { type: 'script' },
              _priority: 'High',
              _resourceType: 'fetch',
              cache: {},
              request: {
                method: 'GET',
                url: 'https://api.acme-corp.com/v1/orders',
                httpVersion: 'http/2.0',
                headers: [
                  { name: ':authority', value: 'api.acme-corp.com' },
                  { name: ':method', value: 'GET' },
                  { name: 'accept', value: 'application/json' },
                  { name: 'origin', value: 'https://app.acme-corp.com' },
                ],
                queryString: [],
                cookies: [],
                headersSize: -1,
                bodySize: 0,
              },
              response: {
                status: 401,
                statusText: '',
                httpVersion: 'http/2.0',
                headers: [{ name: 'www-authenticate', value: 'Bearer error="invalid_token"' }],
                cookies: [],
                content: { size: 0, mimeType: 'x-unknown' },
                redirectURL: '',
                headersSize: -1,
                bodySize: -1,
                _transferSize: 120,
                _error: null,
              },
            },
          ],
        },
      },
      null,
      2,
    ),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    // A Chrome HAR with the Cookie header kept is not sanitized: its request shows that no Authorization was sent.
    name: 'Chrome HAR "with sensitive data": a Cookie but no Authorization in the request, a 401',
    input: JSON.stringify({
      _initiator: { type: 'script' },
      _resourceType: 'fetch',
      request: {
        method: 'GET',
        url: 'https://api.acme-corp.com/v1/orders',
        headers: [
          { name: 'accept', value: 'application/json' },
          { name: 'cookie', value: 'theme=dark' },
        ],
        cookies: [{ name: 'theme', value: 'dark' }],
      },
      response: { status: 401, statusText: '', headers: [{ name: 'www-authenticate', value: 'Bearer realm="api"' }] },
    }),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: MISREAD,
    token: null,
  },
  {
    name: 'a HAR fragment: only the request.headers array, and the status said in prose',
    input: [
      'the call 401s, here are the request headers from the HAR:',
      '"headers": [',
      '  { "name": ":authority", "value": "api.acme-corp.com" },',
      '  { "name": "accept", "value": "application/json" },',
      `  { "name": "authorization", "value": "Bearer ${EXPIRED_MASKED}" }`,
      '],',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a HAR fragment: the response object only (status, headers, cookies)',
    input: [
      '"response": {',
      '  "status": 403,',
      '  "statusText": "",',
      '  "httpVersion": "http/2.0",',
      '  "headers": [',
      '    { "name": "content-type", "value": "application/json" },',
      '    { "name": "www-authenticate", "value": "Bearer error=\\"insufficient_scope\\", scope=\\"orders:write\\"" }',
      '  ],',
      '  "cookies": [],',
      '  "_transferSize": 212,',
      '  "_error": null',
      '}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: MISREAD,
  },
];

const GENERATORS: Row[] = [
  {
    // Postman cURL: `curl --location 'url' \` then `--header 'Name: value'` unindented
    // (postmanlabs/postman-code-generators codegens/curl).
    name: 'Postman code: cURL with --location and --header',
    input: [
      "curl --location 'https://api.acme-corp.com/v1/orders' \\",
      "--header 'Accept: application/json' \\",
      `--header 'Authorization: Bearer ${EXPIRED}'`,
      '',
      '{"error":"invalid_token","error_description":"Token expired"}',
      '401',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman Python - Requests (codegens/python-requests): `payload = {}`, `headers = {…}`, `requests.request("GET",
    // url, headers=headers, data=payload)` (capture: find_string id 16152611674).
    name: 'Postman code: Python requests, then the 401 it printed',
    input: [
      'import requests',
      '',
      'url = "https://api.acme-corp.com/v1/orders"',
      '',
      'payload = {}',
      'headers = {',
      "  'Accept': 'application/json',",
      `  'Authorization': 'Bearer ${EXPIRED}'`,
      '}',
      '',
      'response = requests.request("GET", url, headers=headers, data=payload)',
      '',
      'print(response.text)',
      '',
      '>>> response.status_code',
      '401',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman NodeJs - Axios (codegens/js-axios): `let config = { method, maxBodyLength: Infinity, url, headers: {…} }`
    // (capture: find_string id 30209847880).
    name: 'Postman code: NodeJS axios, then AxiosError',
    input: [
      "const axios = require('axios');",
      '',
      'let config = {',
      "  method: 'get',",
      '  maxBodyLength: Infinity,',
      "  url: 'https://api.acme-corp.com/v1/orders',",
      '  headers: { ',
      `    'Authorization': 'Bearer ${EXPIRED}'`,
      '  }',
      '};',
      '',
      'AxiosError: Request failed with status code 401',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman HTTPie (codegens/shell-httpie): `http  GET url \` then `  Name:'value'`.
    name: 'Postman code: HTTPie',
    input: [
      "http  GET 'https://api.acme-corp.com/v1/orders' \\",
      ` Authorization:'Bearer ${EXPIRED}'`,
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman Go - Native (codegens/golang): `req.Header.Add("Name", "value")`.
    name: 'Postman code: Go native, then the status it printed',
    input: [
      '  req, err := http.NewRequest(method, url, nil)',
      '',
      '  if err != nil {',
      '    fmt.Println(err)',
      '    return',
      '  }',
      `  req.Header.Add("Authorization", "Bearer ${EXPIRED}")`,
      '',
      '  res, err := client.Do(req)',
      '',
      '401 Unauthorized',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman C# - RestSharp (codegens/csharp-restsharp/lib/parseRequest.js): `request.AddHeader("Name", "value");`.
    name: 'Postman code: C# RestSharp, then the raw 401',
    input: [
      'var options = new RestClientOptions("https://api.acme-corp.com");',
      'var client = new RestClient(options);',
      'var request = new RestRequest("/v1/orders", Method.Get);',
      `request.AddHeader("Authorization", "Bearer ${EXPIRED}");`,
      'RestResponse response = await client.ExecuteAsync(request);',
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    ...EXPIRED_SENT,
  },
  {
    // Postman Java - OkHttp (codegens/java-okhttp/lib/parseRequest.js): `  .addHeader("Name", "value")`; OkHttp's
    // Response.toString (`Response{protocol=h2, code=401, …}`, read since round 11).
    name: 'Postman code: Java OkHttp, then the Response it printed',
    input: [
      'Request request = new Request.Builder()',
      '  .url("https://api.acme-corp.com/v1/orders")',
      '  .method("GET", null)',
      `  .addHeader("Authorization", "Bearer ${EXPIRED_MASKED}")`,
      '  .build();',
      'Response response = client.newCall(request).execute();',
      'Response{protocol=h2, code=401, message=, url=https://api.acme-corp.com/v1/orders}',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    // Code that builds the value is not a value: no empty `Bearer ` is read from `"Bearer "+token`.
    name: 'Go code adding "Bearer "+token: no Authorization value is shown',
    input: [
      '  req.Header.Add("Authorization", "Bearer "+token)',
      '  res, err := client.Do(req)',
      '401 Unauthorized',
    ].join('\n'),
    ...A401,
    excludes: [...MISREAD, 'authz-header.missing', 'authz-header.scheme'],
    token: null,
  },
];

const FILES: Row[] = [
  {
    // VS Code REST Client / JetBrains HTTP Client: `GET url HTTP/1.1`, fields, `###` between requests, `{{token}}`.
    name: '.http file with {{token}} unexpanded, then the REST Client response',
    input: [
      '### orders',
      'GET https://api.acme-corp.com/v1/orders HTTP/1.1',
      'Accept: application/json',
      'Authorization: Bearer {{token}}',
      '',
      '###',
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token"',
      'Content-Length: 0',
    ].join('\n'),
    // `{{token}}` is the tool's variable, filled in when the request is sent: masked, as `$TOKEN` is.
    ...A401,
    includes: ['input.masked', 'challenge.invalid-token'],
    excludes: [...MISREAD, ...NOT_MISSING, 'token.opaque', 'time.expired'],
  },
  {
    // Insomnia v4 export: `"_type": "request"`, `"authentication": {"type": "bearer", "token": "{{ _.token }}"}`
    // (capture: find_string id 69506147784).
    name: 'Insomnia export: a bearer authentication with a Nunjucks variable',
    input: [
      '{"_type": "request", "_id": "req_1", "name": "List orders", "method": "GET",',
      ' "url": "{{ _.base_url }}/v1/orders", "headers": [{"name": "Accept", "value": "application/json"}],',
      ' "authentication": {"type": "bearer", "token": "{{ _.token }}"}}',
      'and it gets 401 Unauthorized',
    ].join('\n'),
    ...A401,
    excludes: MISREAD,
  },
  {
    // Bruno `.bru`: `get {\n  url: …\n  auth: bearer\n}` and `auth:bearer {\n  token: …\n}` (find_string "auth:bearer {").
    name: 'Bruno .bru with the token pasted in auth:bearer',
    input: [
      'meta {',
      '  name: List orders',
      '  type: http',
      '  seq: 1',
      '}',
      '',
      'get {',
      '  url: https://api.acme-corp.com/v1/orders',
      '  body: none',
      '  auth: bearer',
      '}',
      '',
      'auth:bearer {',
      `  token: ${EXPIRED}`,
      '}',
      '',
      'response: 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const JETBRAINS: Row[] = [
  {
    // The IntelliJ HTTP Client CLI's log: `= request =>`, `###`, `<= response =`, then `Response code: 401
    // (Unauthorized); Time: …` (capture: find_string id 2663323931).
    name: 'JetBrains HTTP Client CLI: request, response and the Response code line',
    input: [
      "Request 'orders' GET https://api.acme-corp.com/v1/orders",
      '= request =>',
      'GET https://api.acme-corp.com/v1/orders',
      `Authorization: Bearer ${EXPIRED}`,
      'User-Agent: IntelliJ HTTP Client/CLI 2024.2',
      'Accept-Encoding: br, deflate, gzip, x-gzip',
      'Accept: */*',
      '',
      '###',
      '',
      '<= response =',
      'HTTP/1.1 401 Unauthorized',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired"',
      'Content-Length: 0',
      '',
      'Response code: 401 (Unauthorized); Time: 11ms (11 ms); Content length: 0 bytes (0 B)',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: { foundIn: 'authorization-header' },
  },
  {
    // An empty variable: the IDE sent `Authorization: Bearer` and nothing after it (capture: find_string id 31903693881).
    name: 'JetBrains HTTP Client: Authorization: Bearer with nothing after it, the saved response',
    input: [
      'GET http://localhost:3030/api/protected/user_demo/',
      'Accept: application/json',
      'Authorization: Bearer',
      '',
      'HTTP/1.1 401 Unauthorized',
      'Date: Mon, 04 Nov 2024 11:19:35 GMT',
      'Content-Type: application/json',
      'Content-Length: 156',
      '',
      '',
      'Response file saved.',
      '> 2024-11-04T121935.401.json',
      '',
      'Response code: 401 (Unauthorized); Time: 19ms (19 ms); Content length: 156 bytes (156 B)',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
    token: null,
  },
  {
    // `{{$auth.token("auth-id")}}`: JetBrains' OAuth helper (capture: find_string id 20086710184); the IDE's
    // `<Response body is empty>` glued to the Response code line (capture: find_string id 20871606264).
    name: 'JetBrains .http with {{$auth.token("auth-id")}}: a variable, not a token with bad characters',
    input: [
      '### Get All Users',
      'GET https://api.acme-corp.com/v1/users',
      'Authorization: Bearer {{$auth.token("auth-id")}}',
      '',
      '<Response body is empty>Response code: 401 (Unauthorized); Time: 54ms (54 ms); Content length: 0 bytes (0 B)',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'token.opaque'],
  },
  {
    // The file's `{{jwt_token}}`, then the request the IDE sent and a 403 (capture: find_string id 40765424110).
    name: 'JetBrains .http with {{jwt_token}} and a 403: no opaque token is judged',
    input: [
      'GET {{url}}/protected/admin_demo/',
      'Accept: application/json',
      'Authorization: Bearer {{jwt_token}}',
      '',
      'GET http://localhost:7076/api/protected/admin_demo/',
      '',
      'HTTP/1.1 403 Forbidden',
      'Date: Thu, 21 Nov 2024 09:44:55 GMT',
      'Content-Length: 0',
      '',
      'Response code: 403 (Forbidden); Time: 41ms (41 ms); Content length: 0 bytes (0 B)',
    ].join('\n'),
    ...A403,
    includes: ['input.masked'],
    excludes: [...MISREAD, 'token.opaque', 'token.missing'],
  },
  {
    // Insomnia's Nunjucks `{{ _.token }}` in a header (capture: find_string id 2016057369 for the header form).
    name: 'Insomnia request with "Bearer {{ _.token }}" in its headers',
    input: [
      '{"_type": "request", "name": "List orders", "method": "GET", "url": "https://api.acme-corp.com/v1/orders",',
      ' "headers": [{"name": "Authorization", "value": "Bearer {{ _.token }}"}]}',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'token.opaque'],
  },
  {
    name: '.http with a variable for the whole value (Authorization: {{authHeader}}): no scheme problem is read',
    input: [
      'GET https://api.acme-corp.com/v1/orders HTTP/1.1',
      'Authorization: {{authHeader}}',
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'authz-header.scheme', 'token.opaque'],
  },
];

const VARIABLES: Row[] = [
  {
    // The whole value in a shell variable: curl sends what it expands to; no scheme problem is shown.
    name: 'curl -H "Authorization: $AUTH": a variable for the whole value',
    input: ['curl -H "Authorization: $AUTH" https://api.acme-corp.com/v1/orders', 'HTTP/1.1 401 Unauthorized'].join(
      '\n',
    ),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'authz-header.scheme'],
  },
  {
    // A hashtable entry whose value is a variable (`"Authorization" = $authHeader`, as scripts write it; capture of
    // the form: find_string id 45630205385).
    name: 'PowerShell $headers = @{ "Authorization" = $env:API_TOKEN }: the token is set, not shown',
    input: [
      '$headers = @{',
      '  "Authorization" = $env:API_TOKEN',
      '  "Accept" = "application/json"',
      '}',
      'Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers $headers',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'authz-header.scheme'],
  },
];

const CODE: Row[] = [
  {
    name: "fetch() in the app’s code: Authorization: 'Bearer ' + token, in the headers object",
    input: [
      'const res = await fetch(url, {',
      '  headers: {',
      "    'Content-Type': 'application/json',",
      "    Authorization: 'Bearer ' + token,",
      '  },',
      '});',
      'GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'authz-header.scheme', 'token.opaque'],
  },
  {
    name: 'axios config in code: Authorization: this.token, (a variable for the whole value)',
    input: [
      'const config = {',
      '  headers: {',
      '    Authorization: this.token,',
      "    Accept: 'application/json',",
      '  },',
      '};',
      'AxiosError: Request failed with status code 401',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: [...MISREAD, ...NOT_MISSING, 'authz-header.scheme', 'token.opaque'],
  },
  {
    name: 'headers object in code: Authorization: null, is the null the client sends',
    input: [
      'const headers = {',
      '  Authorization: null,',
      "  Accept: 'application/json',",
      '};',
      'GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ].join('\n'),
    // As a raw `Authorization: null` reads: no token, and no scheme either.
    ...A401,
    includes: ['token.missing'],
    excludes: ['input.masked', 'token.opaque'],
    token: null,
  },
  {
    // Bruno's `headers {` block holds raw fields: a bare value there is the credential, not a variable.
    name: 'Bruno headers { Authorization: <bare token> }: a raw field with no scheme',
    input: ['headers {', `  Authorization: ${EXPIRED}`, '}', '', 'response: 401 Unauthorized'].join('\n'),
    ...A401,
    includes: ['authz-header.scheme', 'time.expired'],
    excludes: [...NOT_MISSING, 'input.masked'],
    token: { foundIn: 'authorization-header' },
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'a .http request with {{token}} that got a 200',
    input: [
      'GET https://api.acme-corp.com/v1/orders HTTP/1.1',
      'Authorization: Bearer {{token}}',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: [...MISREAD, ...NOT_MISSING, 'token.opaque'],
  },
  {
    // Braces around something else than one variable are not taken for one: two variables glued, a JSON value.
    name: 'Bearer {{a}}{{b}} is not one template variable',
    input: ['Authorization: Bearer {{a}}{{b}}', '', 'HTTP/1.1 401 Unauthorized'].join('\n'),
    ...A401,
    excludes: ['input.masked'],
  },
  {
    // A hashtable that is not headers (an OAuth form body) is no request's headers.
    name: 'PowerShell: a $body = @{…} hashtable and a 401 from the token endpoint',
    input: [
      '$body = @{',
      '  grant_type = "client_credentials"',
      '  scope = "orders:read"',
      '}',
      'Invoke-RestMethod -Method Post -Uri https://login.acme-corp.com/oauth2/token -Body $body',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    excludes: [...MISREAD, 'authz-header.missing'],
  },
  {
    name: 'Chrome Copy as cURL (bash) of a call that worked',
    input: [
      "curl 'https://api.acme-corp.com/v1/orders' \\",
      `  -H 'authorization: Bearer ${FRESH_MASKED}' \\`,
      "  -H 'accept: application/json'",
      '',
      'GET https://api.acme-corp.com/v1/orders 200 (OK)',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: [...NOT_MISSING, ...MISREAD, 'time.expired'],
  },
];

const GROUPS: Array<[string, Row[]]> = [
  ['devtools copies', COPIES],
  ['HAR', HAR],
  ['code generators', GENERATORS],
  ['request files and exports', FILES],
  ['JetBrains HTTP Client and request files', JETBRAINS],
  ['variables in place of the token', VARIABLES],
  ['headers in code', CODE],
  ['must stay quiet', QUIET_ROWS],
];

for (const [title, rows] of GROUPS) {
  describe(`formats, round 13: ${title}`, () => {
    it.each(rows)('$name', async (row) => {
      await expectPasteRow(row, [SIGNATURE]);
    });
  });
}
