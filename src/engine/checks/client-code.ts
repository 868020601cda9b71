import type { Context } from '../context.js';
import { literalAlternation } from '../literals.js';

/**
 * The failure as an HTTP client library or a program's runtime prints it, not as a browser shows it: the request was
 * sent by code (a backend, a script, a mobile app, a command-line tool), so "DevTools → Network" has nothing to show;
 * the client's own request logging, or the same call made with curl, does. Each text is what the library prints in its
 * own case (the audit-pp round's pastes, test/engine/formats-audit-pp.test.ts):
 * - Java: Feign's `feign.FeignException$Unauthorized` (OpenFeign FeignException), Apache HttpClient's
 *   `org.apache.http.client.HttpResponseException` (its `HttpResponseException: status code: 401`), Spring's
 *   `HttpClientErrorException` and `WebClientResponseException`, OkHttp's logging interceptor (`OkHttp`, `okhttp3.`),
 *   Retrofit (`retrofit2.`);
 * - Python: requests' `requests.exceptions.` and its `401 Client Error: `
 *   (requests.models.Response.raise_for_status), aiohttp's `ClientResponseError` and its text
 *   `401, message='Unauthorized', url=URL('…')` (pimutils/vdirsyncer#1014), `urllib.error`, `httpx.`;
 * - PHP, Ruby, .NET, Dart, Swift: `GuzzleHttp\`, `Symfony\Component\HttpClient` and its message
 *   `HTTP/2 401  returned for "…"` (the reason phrase empty under HTTP/2), `RestClient::`, `Faraday::`,
 *   `Net::HTTP`, `System.Net.Http`, `Refit.ApiException`, Dio's `DioError` / `DioException`, Flutter's `E/flutter`,
 *   `NSHTTPURLResponse`, AFNetworking's `com.alamofire`;
 * - Node.js: request-promise's `StatusCodeError`, got's `HTTPError: Response code 401 (Unauthorized)`; PowerShell's
 *   `Invoke-RestMethod` and `Invoke-WebRequest`;
 * - round audit-am, R, Scala and Julia: httr2's ``Error in `req_perform()`:`` / ``Caused by error in `resp_abort(…)` ``
 *   and its condition classes `httr2_http_401` (r-lib/httr2#484, JBGruber/askgpt#5), http4s' client
 *   `org.http4s.client.UnexpectedStatus` (scala-steward-org/scala-steward#684), HTTP.jl's `HTTP.Exceptions.StatusError`
 *   (JuliaWeb/HTTP.jl#846, graphprotocol/allocation-optimizer#35);
 * - gRPC clients: grpcio's `grpc._channel` rendezvous, Grpc.Net.Client's `Grpc.Core.RpcException`, grpc-java's
 *   `io.grpc.StatusRuntimeException` (a status made up from a proxy's HTTP answer is read by no gRPC reading: the call
 *   was still made by code).
 * Not a stack trace alone (a Python traceback, a frame in node_modules/): a server's verifier prints those too
 * (express-jwt's "No authorization token was found"), and its caller may well be a browser.
 */
const CLIENT_CODE = literalAlternation([
  'feign.FeignException',
  'org.apache.http.',
  'HttpResponseException',
  'HttpClientErrorException',
  'WebClientResponseException',
  'OkHttp',
  'okhttp3.',
  'retrofit2.',
  'requests.exceptions.',
  ' Client Error: ',
  'ClientResponseError',
  ", url=URL('",
  'urllib.error',
  'httpx.',
  'GuzzleHttp\\',
  'Symfony\\Component\\HttpClient',
  ' returned for "',
  '  returned for',
  'RestClient::',
  'Faraday::',
  'Net::HTTP',
  'System.Net.Http',
  'Refit.ApiException',
  'DioError',
  'DioException',
  'E/flutter',
  'NSHTTPURLResponse',
  'com.alamofire',
  'StatusCodeError',
  'HTTPError: Response code ',
  'Invoke-RestMethod',
  'Invoke-WebRequest',
  '`req_perform()`',
  '`resp_abort(',
  'httr2_http_',
  'org.http4s.client.UnexpectedStatus',
  'HTTP.Exceptions.StatusError',
  // gRPC clients' own prints of a failed call (parse/client-errors.ts reads their statuses): grpcio's rendezvous,
  // Grpc.Net.Client's RpcException, grpc-java's StatusRuntimeException.
  'grpc._channel',
  'Grpc.Core.RpcException',
  'io.grpc.StatusRuntimeException',
]);

/**
 * OkHttp's HttpLoggingInterceptor's response line, `<-- 401 Unauthorized https://… (559ms)` (square/okhttp,
 * HttpLoggingInterceptor.intercept), once logcat's prefix (its `okhttp.OkHttpClient` tag) is stripped in normalisation.
 */
const OKHTTP_RESPONSE = /^<-- \d{3}\b/m;

/**
 * A browser's own marks: its console (`Uncaught`, `XMLHttpRequest`, `(index):`), its request headers (`sec-fetch-`,
 * `sec-ch-ua`), its developer tools named. Beside them the page's code made the call, and DevTools shows it.
 */
const BROWSER = literalAlternation(['Uncaught', 'XMLHttpRequest', '(index):', 'sec-fetch-', 'sec-ch-ua', 'DevTools']);

/** How much of the paste is searched: a client's exception is printed near the top of what people paste. */
const SCAN_MAX = 64 * 1024;

/** Whether the paste is a client library's or a program's print of the failure, with no browser's mark in it. */
export function sentByClientCode(ctx: Context): boolean {
  const text = ctx.text.length <= SCAN_MAX ? ctx.text : ctx.text.slice(0, SCAN_MAX);
  const client = CLIENT_CODE.test(text) || (text.includes('<-- ') && OKHTTP_RESPONSE.test(text));
  return client && !BROWSER.test(text);
}
