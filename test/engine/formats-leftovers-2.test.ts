/**
 * Round 21b of real-world pastes: misreadings earlier rounds found and left. A token pasted percent-encoded in a URL
 * (WOPI's `access_token=eyJ…%2EeyJ…%2E…`, an implicit-flow fragment, a redirect inside a query), a whole HTTP message
 * logged as one JSON string (Go's httputil.DumpResponse under a JSON logger), a markdown table whose column header says
 * what its cells hold, a chat line that carries the token it is about, kintone's bare `[401] [CB_AU01]` line (and its
 * `CB_NO02`), and Kafka's Selector line inside a CSV export or a JSON log. Product strings are confirmed in the public
 * sources named beside each row or in the reader that reads them (token/find.ts, parse/http/json.ts,
 * parse/http/prose.ts, parse/verifier-messages/japanese.ts and services.ts). Reading choices: docs/findings.md, "Reading
 * the rules" (round 21b). Each group ends with the same words out of the shape, which must stay quiet or read as before.
 */
import { describe, it } from 'vitest';
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
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url } from '../helpers/tokens.js';

/** What an encoder that escapes every character but letters and digits makes of a token (WOPI's "aggressive" escaping). */
const escaped = (token: string) => token.replaceAll('.', '%2E').replaceAll('-', '%2D').replaceAll('_', '%5F');
const EXPIRED_ESCAPED = escaped(EXPIRED);
const SIGNATURE = EXPIRED.split('.')[2] as string;
/** Every form of the signed token's secret part that must stay out of the report. */
const SECRETS = [SIGNATURE, escaped(SIGNATURE), EXPIRED_ESCAPED];
const EXPIRED_EXP = 1779977400 - 480;

// Percent-encoded tokens. Microsoft's WOPI passes its access token in the URL (`access_token=<token>` and
// `access_token_ttl`, [MS-WOPI] 3.1.5.1.1.2.3.3 and the "access token header and URL" FAQ), and Office Online
// escapes it aggressively (microsoft/wopi-validator-core#112: "the access_token in the URL must be aggressively
// escaped"): public WOPI captures show `access_token=eyJ0eXAiOiJKV1Qi…%2EeyJhdWQiOi…`, and a stream URL's
// `token=eyJ…%2EeyJ…%2E0P1Q…%2DmRhIR9…%5FEkStJQ` escapes `-` and `_` as well. The implicit flow returns the ID token in
// the redirect's fragment (OpenID Connect Core 1.0 §3.2.2.5, `#id_token=…&state=…`).
const PERCENT: Row[] = [
  {
    name: 'nginx access log: a WOPI GET with access_token=eyJ…%2EeyJ…%2E… answered 401',
    input: `10.0.4.12 - - [28/May/2026:14:08:11 +0000] "GET /wopi/files/8a1c2f?access_token=${EXPIRED_ESCAPED}&access_token_ttl=1779977880000 HTTP/1.1" 401 0 "-" "-"`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a URL with the dots escaped lower-case (%2e), then -> 401',
    input: `GET https://api.acme-corp.com/v1/orders?access_token=${EXPIRED.replaceAll('.', '%2e')} -> 401`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'an implicit-flow fragment: #id_token=<escaped>&state=…, then the API’s 401',
    input: [
      'after login it lands on',
      `https://app.acme-corp.com/callback#id_token=${EXPIRED_ESCAPED}&state=af0ifjsldkj`,
      'then GET /api/me is 401',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a masked token with its dots escaped: no token.missing',
    input: `GET /v1/orders?access_token=${escaped(FRESH_MASKED)} 401`,
    ...A401,
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a redirect inside a query: …%23id%5Ftoken%3D<escaped>%26state… (the escape before it is a boundary)',
    input: [
      'GET /v1/me -> 401, after the login page redirected to',
      `https://app.acme-corp.com/login?return=https%3A%2F%2Fapp.acme-corp.com%2Fcb%23id%5Ftoken%3D${EXPIRED_ESCAPED}%26state%3Dxyz`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'read as before: an escaped pagination cursor (base64 JSON data) is no token',
    input: `GET /v1/events?cursor=${b64url({ after: 'evt_9', n: 50 })}%2E${b64url({ page: 2 })} -> 401`,
    ...A401,
    top: 'token.missing',
    token: null,
  },
];

// A whole HTTP message logged as one JSON string. Go's net/http/httputil DumpResponse / DumpRequestOut give the
// message as bytes with CRLF line ends and canonical header names (`Www-Authenticate`), which a JSON logger escapes
// (zap's `level`/`ts`/`caller`/`msg` keys; the dump's own key is the app's). The challenges are Spring Security's
// resource server's (BearerTokenAuthenticationEntryPoint: `error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"`;
// "An error occurred while attempting to decode the Jwt: Jwt expired at …", publicdevop2019/mt-auth#135 for the shape)
// and RFC 6750 §3's own example ("The access token expired").
const dump = (lines: string[]) => lines.map((l) => `${l.replaceAll('"', '\\"')}\\r\\n`).join('');
const DUMPS: Row[] = [
  {
    name: 'zap: "dump":"HTTP/1.1 401 Unauthorized\\r\\n…Www-Authenticate: Bearer error=\\"invalid_token\\", … Jwt expired at …"',
    input: `{"level":"debug","ts":1779977291.51,"caller":"client/orders.go:88","msg":"orders api response","dump":"${dump(
      [
        'HTTP/1.1 401 Unauthorized',
        'Content-Length: 0',
        'Date: Thu, 28 May 2026 14:08:11 GMT',
        'Www-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
        '',
      ],
    )}"}`,
    ...A401,
    top: 'time.expired',
    via: 'spring-security',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'zap: a 403 dump whose challenge says insufficient_scope',
    input: `{"level":"debug","ts":1779977291.51,"caller":"client/orders.go:88","msg":"orders api response","dump":"${dump(
      [
        'HTTP/1.1 403 Forbidden',
        'Content-Length: 0',
        'Www-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
        '',
      ],
    )}"}`,
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
  },
  {
    name: 'slog: "response":"HTTP/1.1 401 Unauthorized\\nWWW-Authenticate: …" with bare \\n',
    input:
      '{"time":"2026-05-28T14:08:11Z","level":"WARN","msg":"upstream refused","response":"HTTP/1.1 401 Unauthorized\\nWWW-Authenticate: Bearer realm=\\"api\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\"\\n"}',
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'zap: the request dump (DumpRequestOut, with its token) on the line before the response dump',
    input: [
      `{"level":"debug","msg":"request","dump":"${dump(['GET /v1/orders HTTP/1.1', 'Host: api.acme-corp.com', `Authorization: Bearer ${EXPIRED}`, ''])}"}`,
      `{"level":"debug","msg":"response","dump":"${dump(['HTTP/1.1 401 Unauthorized', 'Content-Length: 0', 'Www-Authenticate: Bearer error="invalid_token"', ''])}"}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'quiet: a 200 dump states no failure',
    input: `{"level":"debug","msg":"orders api response","dump":"${dump(['HTTP/1.1 200 OK', 'Content-Type: application/json', ''])}"}`,
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', 'challenge.missing', ...MISREAD],
  },
  {
    name: 'read as before: a message that only mentions a status line is no dump',
    input: '{"level":"info","msg":"the mock answers HTTP/1.1 401 Unauthorized\\nfor every path","test":"TestOrders"}',
    ...A401,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
];

// Markdown tables, as pasted from an incident doc or a GitHub issue (GFM tables: a header row, then a delimiter row
// of dashes and colons). Cells hold the codes and reasons of RFC 9110.
const TABLES: Row[] = [
  {
    name: 'incident doc: | date | env | result | over | 2026-05-28 | prod | 401 |',
    input: ['| date | env | result |', '|---|---|---|', '| 2026-05-28 | prod | 401 |'].join('\n'),
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'a `Status` column with a time and a latency on the row',
    input: [
      '| time (UTC) | request | status | latency |',
      '|:--|:--|:--:|--:|',
      '| 14:02:11 | GET /v1/orders | 403 | 12 ms |',
    ].join('\n'),
    ...A403,
  },
  {
    name: 'a `Status` cell in bold with its reason: | **401 Unauthorized** |',
    input: ['| Endpoint | Status |', '| --- | --- |', '| `GET /v1/orders` | **401 Unauthorized** |'].join('\n'),
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'a Japanese header: | ステータス | over | 2026-05-28 14:02 | 401 |',
    input: ['| 日時 | ステータス |', '|---|---|', '| 2026-05-28 14:02 | 401 |'].join('\n'),
    ...A401,
  },
  {
    name: 'quiet: an `errors` column holds a count',
    input: ['| service | errors |', '|---|---|', '| orders | 401 |'].join('\n'),
    ...QUIET,
  },
  {
    name: 'quiet: a dashboard table whose headers are the statuses counts them',
    input: ['| endpoint | 401 | 403 |', '|---|--:|--:|', '| /v1/orders | 12 | 0 |', '| /v1/users | 3 | 200 |'].join(
      '\n',
    ),
    status: null,
    classification: 'undetermined',
    excludes: ['status.not-auth'],
  },
  // Stop 15: a `WWW-Authenticate` column (the challenge each call answered with, laid out in an incident doc).
  {
    name: 'a `WWW-Authenticate` column: its cell is the response’s challenge',
    input: [
      '| endpoint | status | WWW-Authenticate |',
      '|---|---|---|',
      '| GET /v1/orders | 401 | Bearer error="invalid_token", error_description="The access token expired" |',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.missing', 'token.missing'],
  },
  {
    name: 'a `WWW-Authenticate` column in a DPoP challenge with an insufficient scope',
    input: [
      '| call | status | `WWW-Authenticate` |',
      '|:--|:--:|:--|',
      '| DELETE /v1/orders/42 | 403 | DPoP error="insufficient_scope", scope="orders:delete", algs="ES256" |',
    ].join('\n'),
    ...A403,
    includes: ['challenge.insufficient-scope'],
  },
  {
    // Not a challenge the paste shows (no challenge.missing or no-error reading of it), but the writer's report of
    // the error the logs state (parse/logged-errors.ts), as a log line's `error=invalid_token` is.
    name: 'the same words under a `notes` column are the writer’s report of the error, not a challenge',
    input: [
      '| endpoint | status | notes |',
      '|---|---|---|',
      '| GET /v1/orders | 401 | Bearer error="invalid_token" in the logs, WWW-Authenticate not captured |',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.missing', 'challenge.no-error', 'token.missing'],
  },
];

// One line of chat with the token it is about: the token is what the words are about, not more words.
const CHAT: Row[] = [
  {
    name: '401 again, token eyJ…',
    input: `401 again, token ${EXPIRED_MASKED}`,
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    name: 'still 401 with eyJ… (a token that is valid)',
    input: `still 401 with ${FRESH_MASKED}`,
    ...A401,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: '403 for this token: eyJ…',
    input: `403 for this token: ${FRESH_MASKED}`,
    ...A403,
    excludes: NOT_MISSING,
  },
  {
    name: '401 with Bearer eyJ… (signed: its signature never reaches the report)',
    input: `401 with Bearer ${EXPIRED}`,
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    name: 'read as before: another number on the line (3 of 401 requests) names no status',
    input: `3 of 401 requests with ${FRESH_MASKED}`,
    ...QUIET,
  },
];

// kintone's REST API codes as @kintone/rest-api-client formats them (`[${status}] [${code}] ${message}`,
// kintone/js-sdk KintoneRestAPIError.ts), printed without the class name; CB_NO02 as cli-kintone's features assert it
// ("ERROR: [403] [CB_NO02] No privilege to proceed.") and kintone-customize-uploader users quote it for a
// non-administrator's upload. The Elasticsearch clients print `[403] {…}` with the reply's body.
const KINTONE: Row[] = [
  {
    name: 'kintone: a bare [401] [CB_AU01] Please login. line',
    input: '[401] [CB_AU01] Please login.',
    ...A401,
    top: 'token.missing',
    via: 'kintone',
    excludes: MISREAD,
  },
  {
    name: 'kintone: the same with its request id',
    input: '[401] [CB_AU01] Please login. (1505999166-897850006)',
    ...A401,
    top: 'token.missing',
    via: 'kintone',
  },
  {
    name: 'kintone: KintoneRestAPIError [403] [CB_NO02] No privilege to proceed.',
    input: 'KintoneRestAPIError: [403] [CB_NO02] No privilege to proceed. (YvIvLH6UrE8kqnRjT7Va)',
    ...A403,
    top: 'policy.deny',
    via: 'kintone',
    excludes: NOT_MISSING,
  },
  {
    name: 'kintone: cli-kintone’s ERROR: [403] [CB_NO02] line',
    input: 'ERROR: [403] [CB_NO02] No privilege to proceed.',
    ...A403,
    top: 'policy.deny',
    via: 'kintone',
  },
  {
    name: 'kintone: a bare [400] [GAIA_IA02] line is the 400 it says',
    input: '[400] [GAIA_IA02] The specified API token does not match the API token generated via an app.',
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'kintone',
    // kintone's own refusal says what its 400 is: no status note beside it (round left-v).
    excludes: ['status.not-auth'],
  },
  {
    name: 'quiet: a bracketed number before a log level is no status ([401] [INFO] …)',
    input: '[401] [INFO] Booting worker with pid: 401',
    ...QUIET,
  },
];

// Kafka's Selector line (strimzi/strimzi-kafka-operator#2662, strimzi/strimzi-kafka-oauth#41) as a log search exports
// it: a CSV field doubles the quotes inside it (RFC 4180 §2.7; Splunk's `_time`/`host`/`_raw` fields), a JSON log
// escapes them.
const KAFKA: Row[] = [
  {
    name: 'Kafka broker in a CSV export: ({""status"":""invalid_token""})',
    input: [
      '"_time","host","_raw"',
      '"2026-05-28T14:03:29.068+0000","kafka-0","2026-05-28 14:03:29,068 INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({""status"":""invalid_token""}) (org.apache.kafka.common.network.Selector) [data-plane-kafka-network-thread-0-ListenerName(PLAIN-9092)-SASL_PLAINTEXT-4]"',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Kafka producer in a CSV export: the broker’s host named',
    input:
      '"2026-05-28 14:07:07.560","INFO 11 --- [ad | producer-1] o.apache.kafka.common.network.Selector   : [Producer clientId=producer-1] Failed authentication with kafka-cluster-kafka-8.kafka-cluster-kafka-brokers.orders.svc.cluster.local/100.80.53.16 ({""status"":""invalid_token""})"',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
  },
  {
    name: 'Kafka broker in a JSON log: ({\\"status\\":\\"invalid_token\\"})',
    input:
      '{"@timestamp":"2026-05-28T14:03:29.068Z","message":"Failed authentication with /10.1.8.1 ({\\"status\\":\\"invalid_token\\"}) (org.apache.kafka.common.network.Selector)"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
  },
  {
    name: 'quiet: the same line in a CSV export for a TLS handshake names no token',
    input:
      '"2026-05-28 14:07:07.560","[SocketServer brokerId=0] Failed authentication with /10.1.8.1 (SSL handshake failed) (org.apache.kafka.common.network.Selector)"',
    ...QUIET,
  },
];

// Part 2: identity-aware proxies. Ory Oathkeeper answers with herodot's envelope: ErrUnauthorized ("Access credentials
// are invalid", 401) and ErrForbidden ("Access credentials are not sufficient to access this resource", 403), helper/
// errors.go, with the check that refused in `reason` (pipeline/authn/authenticator_oauth2_introspection.go; its e2e
// tests assert the 403 "Access token introspection says token is not active"; an example's notes show the bare 401 for
// a request with no header). Google API Gateway (ESPv2) answers a call with no API key "UNAUTHENTICATED:Method doesn't
// allow unregistered callers …" (a public API Gateway walkthrough's curl). App Service Authentication (Easy Auth)
// answers a token it did not accept with IIS's "You do not have permission to view this directory or page."
// (AzureAD/microsoft-authentication-library-for-dotnet#2425: a Graph-scoped token sent to the app).
const PROXIES: Row[] = [
  {
    name: 'Oathkeeper: 401 with reason "Access token is not active" (introspection said active: false)',
    input: [
      `curl -i -H "Authorization: Bearer ${FRESH_MASKED}" http://oathkeeper-proxy:4455/api/orders`,
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{"error":{"code":401,"status":"Unauthorized","request":"9c2f6a0e-7d1c-4a9e-b6a4-2f1f0f3c8d11","reason":"Access token is not active","message":"Access credentials are invalid"}}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'oathkeeper',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Oathkeeper: 401 with reason "Access token expired"',
    input:
      '{"error":{"code":401,"status":"Unauthorized","reason":"Access token expired","message":"Access credentials are invalid"}}',
    ...A401,
    top: 'time.expired',
    via: 'oathkeeper',
    excludes: NOT_MISSING,
  },
  {
    name: 'Oathkeeper: the older 403 "Access token introspection says token is not active" is a refused token',
    input: [
      'HTTP/1.1 403 Forbidden',
      '',
      '{"error":{"code":403,"status":"Forbidden","reason":"Access token introspection says token is not active","message":"Access credentials are not sufficient to access this resource"}}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'oathkeeper',
    includes: ['status.mismatch'],
  },
  {
    name: 'Oathkeeper: 403 "Token audience is not intended for target audience …"',
    input:
      '{"error":{"code":403,"status":"Forbidden","reason":"Token audience is not intended for target audience https://api.acme-corp.com/orders","message":"Access credentials are not sufficient to access this resource"}}',
    status: 403,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'oathkeeper',
  },
  {
    name: 'Oathkeeper: 403 "Scope orders:write was not granted"',
    input:
      '{"error":{"code":403,"status":"Forbidden","reason":"Scope orders:write was not granted","message":"Access credentials are not sufficient to access this resource"}}',
    ...A403,
    top: 'scope.insufficient',
    via: 'oathkeeper',
  },
  {
    name: 'Oathkeeper: a bare 403 is its authorizer’s denial',
    input: [
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json',
      '',
      '{"error":{"code":403,"status":"Forbidden","message":"Access credentials are not sufficient to access this resource"}}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'oathkeeper',
    excludes: NOT_MISSING,
  },
  {
    name: 'read as before: Oathkeeper’s bare 401 names no cause (it says the same when no header came)',
    input: '{"error":{"code":401,"status":"Unauthorized","message":"Access credentials are invalid"}}',
    ...A401,
    top: 'token.missing',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'quiet: the same sentence in prose is no Oathkeeper reply',
    input: 'Your BrowserStack access credentials are invalid. Check the username.',
    ...QUIET,
  },
  {
    name: 'Google API Gateway: UNAUTHENTICATED:Method doesn’t allow unregistered callers (no key, no token)',
    input: [
      'curl https://hello-gateway-secure-8xsgpja5.uc.gateway.dev/hello',
      '{"message":"UNAUTHENTICATED:Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","code":401}',
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: MISREAD,
  },
  {
    // Azure/azure-mobile-apps-net-server#111: App Service's authentication module logs the token it refused decoded, as
    // `header.payload` JSON with a dot between (its RawData masked), after IdentityModel's IDX10503.
    name: "App Service authentication log: JWT validation failed: IDX10503 …, token: '{header}.{payload}'",
    input: [
      "PID[25160] Warning     JWT validation failed: IDX10503: Signature validation failed. Keys tried: 'System.IdentityModel.Tokens.InMemorySymmetricSecurityKey",
      "'.",
      'Exceptions caught:',
      " ''.",
      `token: '{"typ":"JWT","alg":"HS256"}.{"ver":"3","uid":"sid:D226A3B5F2824C40B9793DF0AB934242","iss":"urn:microsoft:windows-azure:zumo","aud":"urn:microsoft:windows-azure:zumo","exp":1779979200,"nbf":1779970000}`,
    ].join('\n'),
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'identitymodel',
    excludes: NOT_MISSING,
    tokenExp: 1779979200,
  },
  {
    name: 'Easy Auth: a Graph-scoped token refused with IIS’s 401 page text',
    input: [
      `curl -i -H "Authorization: Bearer ${FRESH_MASKED}" https://orders-api.azurewebsites.net/api/orders`,
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: text/html',
      '',
      'You do not have permission to view this directory or page.',
    ].join('\n'),
    ...A401,
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
];

// Clerk's backend SDK (clerk/javascript packages/backend: jwt/assertions.ts, jwt/verifyJwt.ts, tokens/keys.ts), as its
// middleware logs a TokenVerificationError (errors.ts getFullMessage: the message, then `(reason=…, token-carrier=…)`);
// the kid mismatch as a Vercel runtime log quotes it ("Error: Clerk: Handshake token verification failed: Unable to find
// a signing key in JWKS that matches the kid …", with "The following kid is available: …" after it).
const CLERK: Row[] = [
  {
    name: 'Clerk on Vercel: Handshake token verification failed: no signing key matches the kid',
    input:
      "Error: Clerk: Handshake token verification failed: Unable to find a signing key in JWKS that matches the kid='ins_37NXdcjzmM39rHaJi6sBtBrKXTd' of the provided session token. Please make sure that the __session cookie or the HTTP authorization header contain a Clerk-generated session JWT. The following kid is available: ins_37U9gWZHnha4pjCeOwkqTpVXUgC",
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'clerk',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Clerk: a 401 from the API route, the middleware’s JWT is expired line',
    input: [
      'GET /api/orders 401 in 38ms',
      'Clerk: JWT is expired. Expiry date: Thu, 28 May 2026 14:02:00 GMT, Current date: Thu, 28 May 2026 14:09:58 GMT. (reason=token-expired, token-carrier=header)',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'clerk',
    excludes: NOT_MISSING,
  },
  {
    name: 'Clerk: azp outside authorizedParties is the audience refused',
    input:
      'Invalid JWT Authorized party claim (azp) "https://staging.acme-corp.com". Expected "https://app.acme-corp.com,http://localhost:3000". (reason=token-invalid-authorized-parties, token-carrier=cookie)',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'clerk',
  },
  {
    name: 'Clerk: an HS256 token is no Clerk session token',
    input:
      'Invalid JWT algorithm "HS256". Supported: RS256,RS384,RS512,ES256,ES384,ES512. Make sure that this is a valid Clerk generate JWT. (reason=token-invalid-algorithm, token-carrier=header)',
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'clerk',
  },
  {
    name: 'Clerk: the signature, with its reason after it',
    input: 'JWT signature is invalid. (reason=token-invalid-signature, token-carrier=header)',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'clerk',
  },
  {
    name: 'quiet: the same sentence in a code comment is no Clerk log',
    input: 'if the JWT signature is invalid. the verify() call throws before the handler runs',
    ...QUIET,
  },
];

// authentik's API authentication (goauthentik/authentik authentik/api/authentication.py: DRF's AuthenticationFailed, a
// 403 since its TokenAuthentication sends no challenge).
const AUTHENTIK: Row[] = [
  {
    name: 'authentik: 403 {"detail":"Token invalid/expired"} is a refused token, not a denial',
    input: ['HTTP/1.1 403 Forbidden', JSON_CT, '', '{"detail":"Token invalid/expired"}'].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'authentik',
    // Its 403 is authentik's answer by design (classify.ts FORBIDDEN_BY_DESIGN, round audit-al): no status.mismatch.
    excludes: [...NOT_MISSING, 'policy.deny', 'status.mismatch'],
  },
  {
    name: 'authentik: the same, pretty-printed under the curl that sent a token',
    input: [
      `curl -s -H "Authorization: Bearer ${FRESH_MASKED}" https://authentik.acme-corp.com/api/v3/core/users/me/`,
      '{',
      '    "detail": "Token invalid/expired"',
      '}',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'authentik',
    excludes: NOT_MISSING,
  },
  {
    name: 'authentik: {"detail":"Unsupported authentication type"} (not Bearer)',
    input: ['HTTP/1.1 403 Forbidden', JSON_CT, '', '{"detail":"Unsupported authentication type"}'].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'authz-header.scheme',
    via: 'authentik',
  },
  {
    name: 'quiet: the same words in a code comment',
    input: '// Token invalid/expired -> fall back to the login form',
    ...QUIET,
  },
];

// ZITADEL's API (zitadel/zitadel internal/api/authz; its integration tests expect "Errors.Token.Invalid (AUTH-7fs1e)"
// with codes.Unauthenticated and "No matching permissions found (AUTH-5mWD2)" with codes.PermissionDenied). The JSON
// reply with its ErrorDetail as a public setup guide quotes it for a user token without ZITADEL's audience.
const ZITADEL: Row[] = [
  {
    name: 'ZITADEL: 401 {"code":16,"message":"Token is invalid (AUTH-7fs1e)",…}',
    input: [
      'HTTP/1.1 401 Unauthorized',
      JSON_CT,
      '',
      '{"code":16,"message":"Token is invalid (AUTH-7fs1e)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"AUTH-7fs1e","message":"Token is invalid"}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'zitadel',
    excludes: NOT_MISSING,
  },
  {
    name: 'ZITADEL through grpc-go: Unauthenticated desc = Errors.Token.Invalid (AUTH-7fs1e)',
    input: 'rpc error: code = Unauthenticated desc = Errors.Token.Invalid (AUTH-7fs1e)',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'zitadel',
    excludes: NOT_MISSING,
  },
  {
    name: 'ZITADEL through grpc-go: PermissionDenied desc = No matching permissions found (AUTH-5mWD2)',
    input: 'rpc error: code = PermissionDenied desc = No matching permissions found (AUTH-5mWD2)',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'zitadel',
  },
];

/**
 * Stop 15: tymon's JWTException('Token not provided') (its PSR-7 BaseMiddleware::checkForToken, and the apps that throw
 * its class with those words), as PHP prints an uncaught exception and as Laravel's log line does: no token reached it.
 */
const TYMON: Row[] = [
  {
    name: 'PHP’s uncaught JWTException: Token not provided',
    input:
      'PHP Fatal error:  Uncaught Tymon\\JWTAuth\\Exceptions\\JWTException: Token not provided in /var/www/app/Http/Middleware/JwtMiddleware.php:24',
    status: null,
    classification: 'authentication',
    top: 'token.missing',
    via: 'tymon-jwt-auth',
  },
  {
    name: 'Laravel’s log line of the same exception, under a 401',
    input:
      'GET /api/orders 401\n[2026-05-28 14:09:58] production.ERROR: Token not provided {"exception":"[object] (Tymon\\\\JWTAuth\\\\Exceptions\\\\JWTException(code: 0): Token not provided at /var/www/app/Http/Controllers/AuthController.php:41)',
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    via: 'tymon-jwt-auth',
  },
];

for (const [title, rows] of [
  ['percent-encoded tokens', PERCENT],
  ['tymon/jwt-auth without a token', TYMON],
  ['an HTTP message in a JSON string', DUMPS],
  ['markdown tables', TABLES],
  ['a chat line with its token', CHAT],
  ['kintone’s bracketed status', KINTONE],
  ['Kafka in a CSV export', KAFKA],
  ['identity-aware proxies', PROXIES],
  ['Clerk', CLERK],
  ['authentik', AUTHENTIK],
  ['ZITADEL', ZITADEL],
] as const) {
  describe(`formats, round 21b: ${title}`, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      await expectPasteRow(row, SECRETS);
    });
  });
}
