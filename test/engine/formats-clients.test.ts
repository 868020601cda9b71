/**
 * Round 11 of real-world pastes: what HTTP clients print when a call gets 401 or 403, pasted alone or with a little
 * prose: PowerShell (7's `Response status code does not indicate success`, Windows PowerShell 5's `The remote server
 * returned an error: (401) Unauthorized.`, the response body it prints instead, 7's error view with its gutter), .NET's
 * HttpRequestException, Python requests / urllib / httpx / aiohttp, axios, got, ky, Java's HttpURLConnection, Spring's
 * RestTemplate and WebClient, Retrofit and OkHttp's logging, Angular's HttpClient, Go SDKs (go-github, Google's
 * googleapi, Azure's azcore, the AWS SDK v2), curl `--fail`, wget, browser consoles (Chrome, Firefox) and Postman's
 * "Copy all logs". Product strings are confirmed in public captures or sources named beside each row; the readers are in
 * parse/http/prose.ts (statuses in prose) and parse/client-errors.ts (what a client states beyond the status). Reading
 * choices: docs/findings.md, "Reading the rules" ("What an HTTP client printed is the status the call got; the numbers
 * around it are not"). The numbers around a status (a URL's path and query, a stack frame's line, a gutter, a port, a
 * duration, a range) must not be taken for one; the last groups put the same words where they state nothing.
 */
import { describe, it } from 'vitest';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** A 401 with no token in the paste: the missing token leads, nothing is misread. */
const BARE_401: Omit<Row, 'name' | 'input'> = { ...A401, top: 'token.missing', excludes: MISREAD };
/** A 403 with nothing else: no finding of its own, and no missing token (the caller was identified). */
const BARE_403: Omit<Row, 'name' | 'input'> = { ...A403, excludes: ['token.missing', ...MISREAD] };

const SIGNATURE = EXPIRED.split('.')[2] as string;
/** Valid at NOW and unmasked: a live credential pasted into a channel. */
const LIVE = rs256(CLAIMS, { kid: 'k1' });
const LIVE_SIGNATURE = LIVE.split('.')[2] as string;
/** No report may quote a pasted signature. */
const SECRETS = [SIGNATURE, LIVE_SIGNATURE];

const POWERSHELL: Row[] = [
  {
    // PowerShell 7 (HttpClient): the CoreCLR wording in PowerShell/PowerShell#3089, the .NET message in
    // elsa-workflows/elsa-core#6954.
    name: 'PowerShell 7: Invoke-RestMethod: Response status code does not indicate success: 401 (Unauthorized).',
    input: 'Invoke-RestMethod: Response status code does not indicate success: 401 (Unauthorized).',
    ...BARE_401,
  },
  {
    name: 'PowerShell 7: Invoke-WebRequest with 403 (Forbidden)',
    input: 'Invoke-WebRequest: Response status code does not indicate success: 403 (Forbidden).',
    ...BARE_403,
  },
  {
    // Windows PowerShell 5's WebException record (rzander/ruckzuck#216, MethodsAndPractices/vsteam#425).
    name: 'Windows PowerShell 5: the whole error record, with "At line:1 char:1"',
    input: [
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
      'At line:1 char:1',
      '+ Invoke-RestMethod -Uri "https://api.acme-corp.com/v1/orders" -Headers $h',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException',
      '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    ].join('\n'),
    ...BARE_401,
  },
  {
    name: 'Windows PowerShell 5: (403) Forbidden, the script line in "At C:\\…:403 char:9"',
    input: [
      'Invoke-WebRequest : The remote server returned an error: (403) Forbidden.',
      'At C:\\scripts\\Get-Orders.ps1:403 char:9',
    ].join('\n'),
    ...BARE_403,
  },
  {
    // Windows PowerShell 5 on a Japanese Windows: .NET Framework's localized WebException ("リモート サーバーがエラーを
    // 返しました: (401) 許可されていません", a chk-url.ps1 capture) and "発生場所 行:1 文字:1" for "At line:1 char:1".
    name: 'ja: Windows PowerShell 5, リモート サーバーがエラーを返しました: (401) 許可されていません',
    input: [
      'Invoke-RestMethod : リモート サーバーがエラーを返しました: (401) 許可されていません',
      '発生場所 行:1 文字:1',
      '+ Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers $h',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod]、WebException',
      '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    ].join('\n'),
    ...BARE_401,
  },
  {
    // MSCommerce's page on Microsoft Learn (ja-jp) quotes "(403) 禁止されています。"
    name: 'ja: Windows PowerShell 5, (403) 禁止されています。',
    input:
      'ErrorMessage - リモート サーバーがエラーを返しました: (403) 禁止されています。ErrorDetails - C:\\Program Files\\WindowsPowerShell\\Modules\\MSCommerce\\1.2\\MSCommerce.psm1:216 char:5',
    ...BARE_403,
  },
  {
    // PowerShell 7 prints the body instead of the status when there is one (PowerShell/PowerShell#3288 for 5's
    // `Invoke-RestMethod : {…}`); Graph's answer to a call without a token (mattermost/mattermost-plugin-msoffice's
    // server/http tests). Misread before this round: challenge.invalid-token.
    name: 'PowerShell 7 printing Graph’s body: "Access token is empty." is a missing token',
    input: 'Invoke-RestMethod: {"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'Windows PowerShell 5 printing an RFC 6750 body (no status shown)',
    input: [
      'Invoke-RestMethod : {"error":"invalid_token","error_description":"The access token expired"}',
      'At line:1 char:1',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'response body',
    excludes: NOT_MISSING,
  },
  {
    // PowerShell 7's error view: the script line in a gutter (insomniacc/PSSnow#33, PowerShell/PowerShell#24350). The
    // script's line 401 was read as the status before this round.
    name: 'PowerShell 7 error view: the gutter’s line number is not a status',
    input: [
      'Invoke-RestMethod: ',
      'Line |',
      ' 401 |  $Response = Invoke-RestMethod -Uri $uri -Headers $headers',
      '     |              ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '     | {"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'PowerShell 7 error view with the status message: the message’s 403, not the gutter’s 401',
    input: [
      'Invoke-RestMethod: ',
      'Line |',
      ' 401 |  $Response = Invoke-RestMethod -Uri $uri -Headers $headers',
      '     |              ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '     | Response status code does not indicate success: 403 (Forbidden).',
    ].join('\n'),
    ...BARE_403,
  },
  {
    // PowerShell 7's Get-Error: the HttpResponseMessage it quotes, and InvocationInfo's ScriptLineNumber (403 was the
    // status before this round, a status.mismatch against the 401).
    name: 'PowerShell 7 Get-Error: the response it quotes, ScriptLineNumber : 403 is the script’s line',
    input: [
      'PS> Get-Error',
      '',
      'Exception             : ',
      '    Type       : Microsoft.PowerShell.Commands.HttpResponseException',
      "    Response   : StatusCode: 401, ReasonPhrase: 'Unauthorized', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:",
      '                 {',
      '                   Date: Thu, 28 May 2026 14:09:58 GMT',
      '                   Server: Kestrel',
      `                   WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
      '                   Content-Length: 0',
      '                 }',
      '    StatusCode : Unauthorized',
      '    Message    : Response status code does not indicate success: 401 (Unauthorized).',
      '    HResult    : -2146233088',
      'FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
      'InvocationInfo        : ',
      '    MyCommand        : Invoke-RestMethod',
      '    ScriptLineNumber : 403',
      '    OffsetInLine     : 1',
      '    HistoryId        : 12',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'aspnetcore',
    excludes: ['status.mismatch', ...NOT_MISSING],
  },
  {
    // A live token pasted with the error: the report warns and never quotes its signature.
    name: 'Windows PowerShell 5 with a live token in -Headers: input.live-token, the signature never echoed',
    input: [
      `PS C:\\> Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers @{Authorization="Bearer ${LIVE}"}`,
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
    ].join('\n'),
    ...A401,
    includes: ['input.live-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'PowerShell 7 with the expired token in the headers it built',
    input: [
      `PS> $h = @{ Authorization = "Bearer ${EXPIRED_MASKED}" }`,
      'PS> Invoke-RestMethod -Uri https://api.acme-corp.com/v1/orders -Headers $h',
      'Invoke-RestMethod: Response status code does not indicate success: 401 (Unauthorized).',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
];

const DOTNET_PYTHON: Row[] = [
  {
    // .NET's frames end in `in <file>:line <n>`; the frame's 403 was read as the status before this round.
    name: '.NET: HttpRequestException with a frame at ":line 403"',
    input: [
      'Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).',
      '   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
      '   at Acme.Orders.ErrorHandling.ThrowOnFailure(HttpResponseMessage response) in /src/Acme.Orders/ErrorHandling.cs:line 403',
    ].join('\n'),
    ...BARE_401,
  },
  {
    // requests' HTTPError (Mmodarre/pyfujitsu#13); the traceback's frames (mmcloughlin/finsky#5).
    name: 'requests: a traceback ending in 401 Client Error',
    input: [
      'Traceback (most recent call last):',
      '  File "/app/sync.py", line 403, in fetch_orders',
      '    resp.raise_for_status()',
      '  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders',
    ].join('\n'),
    ...BARE_401,
  },
  {
    // A query value in the URL it quotes (nhedlund/intrinio#13 quotes one); `?customer=403` was the status before.
    name: 'requests: 401 for a URL whose query holds 403',
    input:
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders?customer=403&page=2',
    ...BARE_401,
  },
  {
    name: 'requests: 403 for a URL whose query holds 401',
    input:
      'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.acme-corp.com/v1/orders?page=401&limit=100',
    ...BARE_403,
  },
  {
    name: 'requests: the token in the URL’s query is judged, its signature never echoed',
    input: `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders?access_token=${EXPIRED}`,
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    // urllib's HTTPError (insidesherpa/JPMC-tech-task-1-PY3#32).
    name: 'urllib: HTTP Error 401: Unauthorized',
    input: 'urllib.error.HTTPError: HTTP Error 401: Unauthorized',
    ...BARE_401,
  },
  {
    // httpx's raise_for_status message with its MDN pointer (httpx/_models.py; Datadog MCP and resend captures).
    name: 'httpx: Client error with the MDN link ending in /401',
    input: [
      "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.acme-corp.com/v1/orders'",
      'For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401',
    ].join('\n'),
    ...BARE_401,
  },
  {
    name: 'httpx: 403 Forbidden',
    input: [
      "httpx.HTTPStatusError: Client error '403 Forbidden' for url 'https://api.acme-corp.com/v1/orders'",
      'For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403',
    ].join('\n'),
    ...BARE_403,
  },
  {
    // aiohttp's ClientResponseError (`{status}, message={message!r}, url={url!r}`, dagshub and SurrealDB captures);
    // the query's 403 was the status before this round.
    name: 'aiohttp: ClientResponseError 401 for a URL whose query holds 403',
    input:
      "aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://api.acme-corp.com/v1/orders?id=403')",
    ...BARE_401,
  },
  {
    // urllib3's retry giving up on a status (`too many {status} error responses`).
    name: 'urllib3: MaxRetryError, too many 401 error responses',
    input:
      "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.acme-corp.com', port=443): Max retries exceeded with url: /v1/orders (Caused by ResponseError('too many 401 error responses'))",
    ...BARE_401,
  },
];

const NODE_JAVA: Row[] = [
  {
    // axios' settle (mrabit/aliyundriveDailyCheck#21, axios/axios#6813).
    name: 'axios: AxiosError in a Node stack',
    input: [
      'AxiosError: Request failed with status code 401',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)',
      '    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)',
    ].join('\n'),
    ...BARE_401,
  },
  {
    name: 'axios: 403',
    input: 'AxiosError: Request failed with status code 403',
    ...BARE_403,
  },
  {
    name: 'axios: the error’s toJSON()',
    input:
      '{"message":"Request failed with status code 401","name":"AxiosError","code":"ERR_BAD_REQUEST","status":401}',
    ...BARE_401,
  },
  {
    // Node's util.inspect of an AxiosError: the request's AxiosHeaders carry the token, the response's the challenge.
    name: 'axios: the whole AxiosError as Node prints it, token and challenge inside',
    input: [
      'AxiosError: Request failed with status code 401',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)',
      '    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11) {',
      "  code: 'ERR_BAD_REQUEST',",
      '  config: {',
      '    headers: Object [AxiosHeaders] {',
      "      Accept: 'application/json, text/plain, */*',",
      `      Authorization: 'Bearer ${EXPIRED_MASKED}',`,
      "      'User-Agent': 'axios/1.7.9'",
      '    },',
      "    method: 'get',",
      "    url: 'https://api.acme-corp.com/v1/orders'",
      '  },',
      '  response: {',
      '    status: 401,',
      "    statusText: 'Unauthorized',",
      '    headers: Object [AxiosHeaders] {',
      `      'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"',`,
      "      'content-length': '0'",
      '    },',
      "    data: ''",
      '  },',
      '  status: 401',
      '}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'axios: a 403 whose challenge asks for a scope',
    input: [
      'AxiosError: Request failed with status code 403',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12) {',
      "  code: 'ERR_BAD_REQUEST',",
      '  response: {',
      '    status: 403,',
      "    statusText: 'Forbidden',",
      '    headers: Object [AxiosHeaders] {',
      `      'www-authenticate': 'Bearer error="insufficient_scope", scope="orders:write"'`,
      '    },',
      "    data: { error: 'insufficient_scope' }",
      '  },',
      '  status: 403',
      '}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // A Lambda's Invoke Error in CloudWatch (the envelope of round 8) around axios's error.
    name: 'axios: a Lambda Invoke Error in CloudWatch',
    input:
      '2026-05-28T14:09:58.123Z\tc6af9ac6-7b61-11e6-9a41-93e8deadbeef\tERROR\tInvoke Error \t{"errorType":"AxiosError","errorMessage":"Request failed with status code 403","code":"ERR_BAD_REQUEST","name":"AxiosError","status":403,"stack":["AxiosError: Request failed with status code 403","    at settle (/var/task/node_modules/axios/dist/node/axios.cjs:2031:12)"]}',
    ...BARE_403,
  },
  {
    // got's HTTPError (sindresorhus/got source/core/errors.ts).
    name: 'got: HTTPError: Response code 401 (Unauthorized)',
    input: 'HTTPError: Response code 401 (Unauthorized)',
    ...BARE_401,
  },
  {
    name: 'got: 403 with its stack',
    input: [
      'HTTPError: Response code 403 (Forbidden)',
      '    at Request.<anonymous> (/app/node_modules/got/dist/source/as-promise/index.js:118:42)',
    ].join('\n'),
    ...BARE_403,
  },
  {
    // ky's HTTPError (sindresorhus/ky source/errors/HTTPError.ts: `Request failed with ${reason}: ${method} ${url}`).
    name: 'ky: HTTPError with the method and URL',
    input: 'HTTPError: Request failed with status code 401 Unauthorized: GET https://api.acme-corp.com/v1/orders',
    ...BARE_401,
  },
  {
    // Angular's HttpErrorResponse; over HTTP/2 the status text is "OK" (a capture quoting `404 OK`).
    name: 'Angular: Http failure response … 401 OK',
    input: 'ERROR HttpErrorResponse: Http failure response for https://api.acme-corp.com/v1/orders: 401 OK',
    ...BARE_401,
  },
  {
    // HttpURLConnection's IOException (OpenJDK sun/net/www/protocol/http/HttpURLConnection.java).
    name: 'Java: Server returned HTTP response code: 401 for URL',
    input: 'java.io.IOException: Server returned HTTP response code: 401 for URL: https://api.acme-corp.com/v1/orders',
    ...BARE_401,
  },
  {
    // RestTemplate's HttpClientErrorException (thingsboard/thingsboard#7057 for the class, "[no body]" in Spring 5/6).
    name: 'Spring RestTemplate: 401 Unauthorized: [no body]',
    input: 'org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]',
    ...BARE_401,
  },
  {
    name: 'Spring RestTemplate: 403 Forbidden: [no body]',
    input: 'org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: [no body]',
    ...BARE_403,
  },
  {
    // The body RestTemplate quotes is the resource server's (a Keycloak-backed capture).
    name: 'Spring RestTemplate: the RFC 6750 body it quotes',
    input:
      'org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [{"error":"invalid_token","error_description":"Token verification failed"}]',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'response body',
    excludes: NOT_MISSING,
  },
  {
    // WebClientResponseException with Reactor's checkpoint (fli-iam/shanoir-ng#2661).
    name: 'Spring WebClient: 401 Unauthorized from GET, with the checkpoint lines',
    input: [
      'org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from GET https://api.acme-corp.com/v1/orders',
      '\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:322)',
      '\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ',
      'Error has been observed at the following site(s):',
      '\t*__checkpoint ⇢ 401 UNAUTHORIZED from GET https://api.acme-corp.com/v1/orders [DefaultWebClient]',
    ].join('\n'),
    ...BARE_401,
  },
  {
    // Retrofit's HttpException over HTTP/2 (empty message: "HTTP 401 "; lysine-dev/retrofit#3794).
    name: 'Retrofit: HttpException: HTTP 401 with a trailing space',
    input: [
      'Fatal Exception: retrofit2.HttpException: HTTP 401 ',
      '       at retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)',
      '       at retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:161)',
    ].join('\n'),
    ...BARE_401,
  },
  {
    // OkHttp's HttpLoggingInterceptor in logcat (a 401 with its body, as in the captures quoting `<-- 401 https://…`).
    name: 'OkHttp logging in logcat: <-- 401 and the RFC 6750 body',
    input: [
      '2025-11-22 21:04:38.045  9556-9644  okhttp.OkHttpClient     com.acme.app  I  <-- 401 https://api.acme-corp.com/v1/me (564ms)',
      '2025-11-22 21:04:38.046  9556-9644  okhttp.OkHttpClient     com.acme.app  I  {"error":"invalid_token","error_description":"The access token expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'response body',
    excludes: NOT_MISSING,
  },
  {
    name: 'OkHttp logging: <-- 403 for a path ending in /401, in 401ms',
    input: '<-- 403 Forbidden https://api.acme-corp.com/v1/orders/401 (401ms)',
    ...BARE_403,
  },
];

const GO_SDKS: Row[] = [
  {
    // go-github's ErrorResponse (GoogleCloudPlatform/terraformer#1053): GitHub's "Bad credentials" is a token it did not
    // accept, as its JSON body is; `per_page=100` is the query's, not a status. Read as token.missing before.
    name: 'go-github: GET …?per_page=100: 401 Bad credentials []',
    input: '2021/09/16 09:39:38 GET https://api.github.com/orgs/acme/members?per_page=100: 401 Bad credentials []',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: NOT_MISSING,
  },
  {
    // A call that sent no token (integrations/terraform-provider-github#2008).
    name: 'go-github in Terraform: 401 Requires authentication []',
    input: [
      '│ Error: GET https://api.github.com/user: 401 Requires authentication []',
      '│ ',
      '│   with provider["registry.terraform.io/integrations/github"],',
    ].join('\n'),
    ...BARE_401,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    // The gh CLI's `%s (HTTP %d)`.
    name: 'gh: Bad credentials (HTTP 401)',
    input: 'gh: Bad credentials (HTTP 401)',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: NOT_MISSING,
  },
  {
    // Google's Go client: the message is Google's own, a token it read and refused. Read as token.missing before.
    name: 'googleapi: Error 401: Request had invalid authentication credentials',
    input:
      'googleapi: Error 401: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project., unauthorized',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: NOT_MISSING,
  },
  {
    name: 'googleapi: Error 403: Request had insufficient authentication scopes (Terraform)',
    input: 'Error: Error creating Dataset: googleapi: Error 403: Request had insufficient authentication scopes.',
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'google-api',
    excludes: ['token.missing'],
  },
  {
    // azcore's ResponseError (Azure/azure-sdk-for-go#16777 shows the layout) with ARM's body under it.
    name: 'Azure SDK for Go: RESPONSE 401 and ARM’s ExpiredAuthenticationToken body',
    input: [
      'GET https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/providers?api-version=2021-04-01',
      '--------------------------------------------------------------------------------',
      'RESPONSE 401: 401 Unauthorized',
      'ERROR CODE: ExpiredAuthenticationToken',
      '--------------------------------------------------------------------------------',
      '{',
      '  "error": {',
      '    "code": "ExpiredAuthenticationToken",',
      `    "message": "The access token expiry UTC time '5/28/2026 2:02:00 PM' is earlier than current UTC time '5/28/2026 2:09:58 PM'."`,
      '  }',
      '}',
      '--------------------------------------------------------------------------------',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'azure-resource-manager',
    excludes: NOT_MISSING,
  },
  {
    // aws-sdk-go-v2's ResponseError around smithy-go's `api error {Code}: {Message}`: the IAM denial the AWS CLI's
    // `An error occurred (AccessDenied)` states. Only the status was read before this round.
    name: 'AWS SDK for Go v2: https response error StatusCode: 403, api error AccessDenied',
    input:
      'operation error S3: GetObject, https response error StatusCode: 403, RequestID: 4E9A2C1B7F3D, HostID: Qo9x=, api error AccessDenied: Access Denied',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    excludes: ['token.missing'],
  },
  {
    // The SDK for Go v1 (awserr): the code on the line above "status code: 403, request id: …" (hashicorp/terraform#27022).
    name: 'AWS SDK for Go v1 in Terraform: AccessDenied: Access Denied / status code: 403, request id',
    input: [
      'Error refreshing state: AccessDenied: Access Denied',
      '\tstatus code: 403, request id: 32C5F7ACFD08498D, host id: w4Y6W9kQKM22x=',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    excludes: ['token.missing'],
  },
  {
    name: 'AWS SDK for Go v1: another code on the line above states nothing',
    input: ['NoSuchBucket: The specified bucket does not exist', '\tstatus code: 404, request id: ABC123'].join('\n'),
    status: 404,
    classification: 'undetermined',
    excludes: ['policy.deny'],
  },
];

/** Other languages' clients: Rust, PHP, Ruby, Dart, Swift, .NET wrappers, OkHttp's recipe. */
const OTHER_CLIENTS: Row[] = [
  {
    // reqwest's error_for_status (uv's download error, an InfluxDB client, mise's docs quote it).
    name: 'reqwest: HTTP status client error (401 Unauthorized) for url (…)',
    input: [
      'error: Failed to download: my-package==0.7.1',
      '  Caused by: HTTP status client error (401 Unauthorized) for url (https://pkg.acme-corp.com/files/my_package-0.7.1-py3-none-any.whl#sha256=05f52f5c)',
    ].join('\n'),
    ...BARE_401,
  },
  {
    name: 'reqwest: 403 for a URL whose query holds 401',
    input: 'Error: HTTP status client error (403 Forbidden) for url (https://api.acme-corp.com/v1/orders?page=401)',
    ...BARE_403,
  },
  {
    // Guzzle's RequestException ("Client error: `GET …` resulted in a `401 Unauthorized` response:" and the body).
    name: 'Guzzle: resulted in a `401 Unauthorized` response, with the RFC 6750 body',
    input: [
      'Client error: `GET https://api.acme-corp.com/v1/orders` resulted in a `401 Unauthorized` response:',
      '{"error":"invalid_token","error_description":"The access token expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'response body',
    excludes: NOT_MISSING,
  },
  {
    // Faraday's raise_error middleware (its spec: 'the server responded with status 401').
    name: 'Faraday: the server responded with status 401 (Faraday::UnauthorizedError)',
    input:
      "/usr/local/bundle/gems/faraday-2.13.1/lib/faraday/response/raise_error.rb:30:in 'Faraday::Response::RaiseError#on_complete': the server responded with status 401 (Faraday::UnauthorizedError)",
    ...BARE_401,
  },
  {
    // Dio's bad-response message, with its line naming the status again.
    name: 'Dio: DioException [bad response] … status code of 403',
    input: [
      'DioException [bad response]: This exception was thrown because the response has a status code of 403 and RequestOptions.validateStatus was configured to throw for this status code.',
      'The status code of 403 has the following meaning: "Client error - the request contains bad syntax or cannot be fulfilled"',
    ].join('\n'),
    ...BARE_403,
  },
  {
    // Alamofire's AFError description.
    name: 'Alamofire: Response status code was unacceptable: 401.',
    input: 'Response status code was unacceptable: 401.',
    ...BARE_401,
  },
  {
    // Flurl's FlurlHttpException.
    name: 'Flurl: Call failed with status code 401 (Unauthorized): GET …',
    input:
      'Flurl.Http.FlurlHttpException: Call failed with status code 401 (Unauthorized): GET https://api.acme-corp.com/v1/orders',
    ...BARE_401,
  },
  {
    // RestSharp names the HttpStatusCode member, no number. Read as nothing before this round.
    name: 'RestSharp: Request failed with status code Unauthorized',
    input: 'System.Net.Http.HttpRequestException: Request failed with status code Unauthorized',
    ...BARE_401,
  },
  {
    name: 'RestSharp: Request failed with status code Forbidden',
    input: 'System.Net.Http.HttpRequestException: Request failed with status code Forbidden',
    ...BARE_403,
  },
  {
    name: 'GraphQL.Client: The HTTP request failed with status code Unauthorized',
    input: 'GraphQL.Client.Http.GraphQLHttpRequestException: The HTTP request failed with status code Unauthorized',
    ...BARE_401,
  },
  {
    // OkHttp's recipe: IOException("Unexpected code " + response), Response.toString over HTTP/2 (empty message).
    name: 'OkHttp recipe: Unexpected code Response{protocol=h2, code=401, message=, url=…}',
    input:
      'java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://api.acme-corp.com/v1/orders}',
    ...BARE_401,
  },
];

const CLI_BROWSER: Row[] = [
  {
    // curl --fail (lib/http.c: "The requested URL returned error: %d"); the 22 is curl's exit code.
    name: 'curl --fail: curl: (22) The requested URL returned error: 401',
    input: 'curl: (22) The requested URL returned error: 401',
    ...BARE_401,
  },
  {
    name: 'curl --fail: 403',
    input: 'curl: (22) The requested URL returned error: 403',
    ...BARE_403,
  },
  {
    name: 'curl -f with the expired token it sent',
    input: [
      `$ curl -fsS -H "Authorization: Bearer ${EXPIRED_MASKED}" https://api.acme-corp.com/v1/orders`,
      'curl: (22) The requested URL returned error: 401',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    // wget's 401 after its Basic retry ("Username/Password Authentication Failed.", ESGF's wget FAQ) and its 403 line.
    name: 'wget: awaiting response... 401 Unauthorized, Authentication Failed',
    input: [
      '--2026-05-28 14:09:58--  https://api.acme-corp.com/v1/orders',
      'Connecting to api.acme-corp.com (api.acme-corp.com)|203.0.113.7|:443... connected.',
      'HTTP request sent, awaiting response... 401 Unauthorized',
      'Username/Password Authentication Failed.',
    ].join('\n'),
    ...BARE_401,
  },
  {
    name: 'wget: ERROR 403: Forbidden.',
    input: ['HTTP request sent, awaiting response... 403 Forbidden', '2026-05-28 14:09:58 ERROR 403: Forbidden.'].join(
      '\n',
    ),
    ...BARE_403,
  },
  {
    // Chrome's network line in the console (obiba/opal#2818).
    name: 'Chrome console: GET https://… 401 (Unauthorized), with xhr.js’s location',
    input: 'xhr.js:210  GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ...BARE_401,
  },
  {
    name: 'Chrome console: a path segment 403 before the 401',
    input: 'GET https://api.acme-corp.com/v1/users/403/orders 401 (Unauthorized)',
    ...BARE_401,
  },
  {
    // fetch()'s net::ERR_ABORTED line (a capture quoting `?page=1&pageSize=10 net::ERR_ABORTED 401 (Unauthorized)`).
    name: 'Chrome console: net::ERR_ABORTED 401 (Unauthorized)',
    input: 'GET https://api.acme-corp.com/v1/workflows/paged?page=1&pageSize=10 net::ERR_ABORTED 401 (Unauthorized)',
    ...BARE_401,
  },
  {
    // alchemyplatform/NFT-Marketplace-Tutorial#18: the status text is empty over HTTP/2.
    name: 'Chrome console: Failed to load resource … status of 401 ()',
    input: 'Failed to load resource: the server responded with a status of 401 ()',
    ...BARE_401,
  },
  {
    name: 'Chrome console: Failed to load resource … 403 (Forbidden), the source location ending in 401:1',
    input:
      'api.acme-corp.com/v1/orders/401:1  Failed to load resource: the server responded with a status of 403 (Forbidden)',
    ...BARE_403,
  },
  {
    // Firefox's network line (captures quoting `XHRGET http://…[HTTP/1.1 401 Unauthorized 1430ms]`).
    name: 'Firefox console: XHR GET … [HTTP/1.1 401 Unauthorized 403ms]',
    input: 'XHR GET https://api.acme-corp.com/v1/orders [HTTP/1.1 401 Unauthorized 403ms]',
    ...BARE_401,
  },
  {
    // Firefox's CORS message names the status of the answer it blocked (Spring Cloud Gateway and API Gateway captures).
    name: 'Firefox console: CORS blocked, Status code: 401.',
    input:
      'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.acme-corp.com/v1/orders. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 401.',
    ...BARE_401,
  },
  {
    // Postman's "Copy all logs to clipboard" has no status (postmanlabs/postman-app-support#11079); the headers say it.
    name: 'Postman console: Copy all logs, no status, the challenge names the expiry',
    input: [
      'GET https://api.acme-corp.com/v1/orders: {',
      '  "Network": {',
      '    "addresses": {},',
      '    "tls": {},',
      '    "protocol": "TLSv1.3"',
      '  },',
      '  "Request Headers": {',
      `    "authorization": "Bearer ${EXPIRED_MASKED}",`,
      '    "user-agent": "PostmanRuntime/7.29.0",',
      '    "accept": "*/*",',
      '    "host": "api.acme-corp.com",',
      '    "connection": "keep-alive"',
      '  },',
      '  "Response Headers": {',
      '    "date": "Thu, 28 May 2026 14:09:58 GMT",',
      '    "content-length": "0",',
      `    "www-authenticate": "Bearer error=\\"invalid_token\\", error_description=\\"The token expired at '05/28/2026 14:02:00'\\""`,
      '  }',
      '}',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
];

const PROSE: Row[] = [
  {
    // An earlier round's leftover: a count of retries is not another number; retrying is said after a failed call.
    name: 'ja: リトライ3回、全部401',
    input: 'リトライ3回、全部401',
    ...BARE_401,
  },
  {
    name: 'retried 3 times, all 401',
    input: 'retried 3 times, all 401',
    ...BARE_401,
  },
  {
    name: 'the plural: we’re seeing 401s from the gateway',
    input: "we're seeing 401s from the gateway since the deploy",
    ...BARE_401,
  },
  {
    name: 'the plural: after 3 retries axios still 401s',
    input: 'after 3 retries axios still 401s',
    ...BARE_401,
  },
  {
    name: 'the plural: lots of 403s on /admin after the role change',
    input: 'lots of 403s on /admin after the role change',
    ...BARE_403,
  },
  {
    name: 'ja: axios の一行と、5分前に取り直したトークン',
    input: 'axiosで叩くと Request failed with status code 401 になる。トークンは5分前に取り直した',
    ...BARE_401,
  },
  {
    // A client's name says what the number is of: works with curl, fails with axios. Read as nothing before.
    name: 'ja: curlだと200、axiosだと401',
    input: 'curlだと200、axiosだと401',
    ...BARE_401,
  },
  {
    // The 401 a refresh turned into a 200 is still the question (the arrow's 200 was the status before).
    name: '401 → 200 after refresh',
    input: '401 → 200 after refresh',
    ...BARE_401,
    excludes: ['status.not-auth', ...MISREAD],
  },
  {
    name: 'ja: 401→403 (it went from one to the other)',
    input: 'リフレッシュしたら401→403になった',
    ...BARE_403,
  },
  {
    // An earlier round's leftover (read as 403): a range says neither which status nor which failure.
    name: 'ja: a range, 401～403',
    input: '401～403',
    ...QUIET,
  },
  {
    name: 'ja: a range in a sentence, 401〜403が交互に出る',
    input: '本番だけ401〜403が交互に出る',
    ...QUIET,
  },
  {
    name: 'a range with an en dash, as 401-403 already was',
    input: 'getting 401–403 from the gateway',
    ...QUIET,
  },
];

/** The same words and numbers where they state no status, or a client statement in prose: nothing may be read. */
const QUIET_ROWS: Row[] = [
  {
    name: 'a URL whose query holds 403, with no status',
    input: 'GET https://api.acme-corp.com/v1/orders?customer=403',
    ...QUIET,
  },
  {
    name: 'a .NET frame at :line 403 alone',
    input:
      '   at Acme.Orders.ErrorHandling.ThrowOnFailure(HttpResponseMessage response) in /src/Acme.Orders/ErrorHandling.cs:line 403',
    ...QUIET,
  },
  {
    name: 'a Python frame at line 403 in raise_for_status alone',
    input: '  File "/app/api_errors.py", line 403, in raise_for_status',
    ...QUIET,
  },
  {
    name: 'a property holding a line number: ScriptLineNumber : 403',
    input: '    ScriptLineNumber : 403',
    ...QUIET,
  },
  {
    name: 'a property holding an id: HistoryId = 401',
    input: 'HistoryId = 401',
    ...QUIET,
  },
  {
    name: 'another key still says the status: code: 403',
    input: 'code: 403',
    ...BARE_403,
  },
  {
    // logfmt: the key names what the number is (user_id, retry_count, attempt); 403 was the status before.
    name: 'logfmt: status=401 then user_id=403',
    input: 'level=error msg="request failed" status=401 user_id=403 path=/v1/orders',
    ...BARE_401,
  },
  {
    name: 'logfmt: status=403 then attempt=401',
    input: 'level=warn msg="upstream returned error" status=403 attempt=401',
    ...BARE_403,
  },
  {
    name: 'a client line then retry_count=403',
    input: 'error: GET /v1/orders failed: 401, retry_count=403',
    ...BARE_401,
  },
  {
    name: 'prose: got 401, order id 403',
    input: 'got 401, order id 403',
    ...BARE_401,
  },
  {
    name: 'a duration beside the status: HTTP 401 (took 403 ms), 401 Unauthorized in 403ms',
    input: 'HTTP 401 (took 403 ms)\n401 Unauthorized in 403ms',
    ...BARE_401,
  },
  {
    name: 'PowerShell 7’s gutter alone',
    input: ' 403 |  $Response = Invoke-RestMethod -Uri $uri -Headers $headers',
    ...QUIET,
  },
  {
    name: 'curl’s connect failure to port 401',
    input: "curl: (7) Failed to connect to localhost port 401 after 0 ms: Couldn't connect to server",
    ...QUIET,
  },
  {
    name: 'a table row " 401 | Unauthorized" still states its status',
    input: ' 401 | Unauthorized',
    ...A401,
  },
  {
    name: 'smithy-go’s words in a sentence are not the SDK’s error',
    input: 'if the SDK says api error AccessDenied: Access Denied we should page the platform team',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    // Round left-n: the writer quoting Spring's words reads as its body does (a refused credential, as a warning).
    name: 'Spring Security’s "Bad credentials" is not GitHub’s',
    input: 'Spring Security said Bad credentials (HTTP 401) on /login',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'spring-security',
    excludes: MISREAD,
  },
  {
    name: 'googleapi’s prefix with a message Google did not write',
    input: 'googleapi: Error 403: Access denied., forbidden',
    ...BARE_403,
    excludes: ['challenge.invalid-token', 'policy.deny', 'token.missing'],
  },
  {
    name: 'Graph’s other message under the same code stays a rejected token',
    input:
      'Invoke-RestMethod: {"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'microsoft-graph',
    excludes: NOT_MISSING,
  },
  {
    name: 'another code’s s is still a unit: took 500s',
    input: 'the call took 500s and then failed',
    ...QUIET,
  },
  {
    name: 'an identifier ending in 401s is not a plural',
    input: 'user401s logged in after the failed call',
    ...QUIET,
  },
  {
    name: 'a path’s 403 before an arrow is not where the call went from',
    input: 'GET /v1/orders/403 -> 200',
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing'],
  },
  {
    // `curl --version`'s banner was read as a curl command without an Authorization header before this round.
    name: 'curl --version’s banner is not a command, and names no status',
    input: 'curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.13 zlib/1.3 nghttp2/1.59.0',
    ...QUIET,
    excludes: ['authz-header.missing'],
  },
  {
    name: 'another member’s name after the same words is not a status',
    input: 'System.Net.Http.HttpRequestException: Request failed with status code NotFound',
    ...QUIET,
  },
  {
    name: 'a longer word after the same words is not the member',
    input: 'the job failed with status code Unauthorizedish',
    ...QUIET,
  },
  {
    name: '401 of 500 calls is still a count',
    input: '401 of 500 calls',
    ...QUIET,
  },
];

describe('formats (round 11): what HTTP clients print for a 401/403', () => {
  describe('PowerShell', () => {
    for (const row of POWERSHELL) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('.NET and Python', () => {
    for (const row of DOTNET_PYTHON) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('Node, browsers’ HttpClient and Java', () => {
    for (const row of NODE_JAVA) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('Go SDKs', () => {
    for (const row of GO_SDKS) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('other languages’ clients', () => {
    for (const row of OTHER_CLIENTS) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('curl, wget, browser consoles and Postman', () => {
    for (const row of CLI_BROWSER) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('prose around them, in English and Japanese', () => {
    for (const row of PROSE) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
  describe('catches-not: numbers and words that state no status', () => {
    for (const row of QUIET_ROWS) it(row.name, async () => expectPasteRow(row, SECRETS));
  });
});
