/**
 * Round 12 of real-world pastes: verifier messages and statuses as they arrive wrapped by the tools that collect
 * logs, which the engine must see through: `docker compose logs` (`api-1  | `), `kubectl logs --prefix` and
 * `--timestamps`, stern, journald, pm2, Heroku's router and dynos, Fly.io, Netlify's and Vercel's function logs,
 * nginx's, Apache's and HAProxy's access and error logs (mod_auth_openidc), CloudFront's standard log, GitHub Actions
 * and Jenkins consoles, Terraform's provider errors. The inner message (jsonwebtoken, golang-jwt, Spring) keeps its
 * `via`; the status is the one the log records, and a timestamp, PID, connection number, port, byte count or
 * duration in the prefix or beside the status is never one (`api[401]:`, `[pid 401:tid …]`, `401#401: *403`,
 * `service=401ms`, `bytes=403`, CloudFront's `sc-bytes`). Each prefix and format is the tool's own, confirmed in the
 * public capture or source named beside its row; the messages inside are the libraries' (see the rows' matchers).
 * Reading choices: docs/findings.md, "A log line states its status where its format puts it". The last group puts the
 * same numbers and words where they state nothing, and must stay quiet.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, A403, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const OK200 = { status: 200, classification: 'undetermined' } as const;
const SIGNATURE = EXPIRED.split('.')[2] as string;

/** jsonwebtoken's class and message with its first frame, as Node prints an uncaught rejection. */
const JWT_EXPIRED = 'TokenExpiredError: jwt expired';
/** golang-jwt v5's wrapped sentinel inside a slog text line with its status field. */
const GO_EXPIRED =
  'time=2026-05-28T14:09:58Z level=WARN msg="request rejected" path=/v1/orders status=401 err="token has invalid claims: token is expired"';
/** Spring Security's resource server at DEBUG, JwtTimestampValidator's words. */
const SPRING_EXPIRED =
  '2026-05-28T14:09:58.123Z DEBUG 1 --- [nio-8080-exec-7] .s.r.w.a.BearerTokenAuthenticationEntryPoint : An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z';

const COLLECTORS: Row[] = [
  {
    // Compose v2 names a container `service-N` and pads it before ` | ` (docker/compose#11188).
    name: 'docker compose logs: jsonwebtoken’s error behind `orders-api-1  | `',
    input: [
      `orders-api-1  | ${JWT_EXPIRED}`,
      'orders-api-1  |     at /app/node_modules/jsonwebtoken/verify.js:190:21',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Compose v1's `service_1 | ` (docker/compose#3235: `foosvc_1 | Just the facts`).
    name: 'docker-compose (v1) logs: golang-jwt behind `orders_1  | `, the status field inside',
    input: `orders_1  | ${GO_EXPIRED}`,
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'docker compose logs: nginx’s access line in its container, the 401 after the request',
    input:
      'nginx-1  | 172.18.0.1 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 179 "-" "curl/8.4.0" "-"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // morgan's `dev` format, `:method :url :status :response-time ms - :res[content-length]` (expressjs/morgan; the
    // formats as @types/morgan documents them).
    name: 'docker compose logs: morgan’s dev line with a 401',
    input: 'orders-api-1  | GET /v1/orders 401 1.912 ms - 61',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // morgan's `short`: `:remote-addr :remote-user :method :url HTTP/:http-version :status :res[content-length] - …`.
    name: 'morgan’s short line: a 403 of 401 bytes',
    input: '203.0.113.7 - GET /v1/orders HTTP/1.1 403 401 - 2.110 ms',
    ...A403,
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    // kubectl logs --prefix: `[pod/<pod>/<container>] ` (geerlingguy/ansible-for-kubernetes#75, kubernetes/kubernetes#76471).
    name: 'kubectl logs --prefix: Spring’s expiry behind `[pod/…/orders]`',
    input: `[pod/orders-7d9f8c6b5-xk2lp/orders] ${SPRING_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'kubectl logs --prefix --timestamps: slog JSON with status 401 behind the pod and an RFC 3339 nano time',
    input:
      '[pod/orders-7d9f8c6b5-xk2lp/orders] 2026-05-28T14:09:58.401403401Z {"time":"2026-05-28T14:09:58Z","level":"WARN","msg":"unauthorized","error":"token has invalid claims: token is expired","status":401}',
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'kubectl logs --timestamps: nanoseconds that hold 401 and 403 are a time',
    input: `2026-05-28T14:09:58.401403401Z ${JWT_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // stern's default template: `{{color .PodColor .PodName}} {{color .ContainerColor .ContainerName}} {{.Message}}`
    // (stern/stern stern/config.go; the same line in wercker/stern's README).
    name: 'stern: the pod and container names before jsonwebtoken’s error',
    input: `orders-5c9d7b8f4-2x7kq orders ${JWT_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // A short message with no class name before it: the pod's generated suffix marks stern's prefix.
    name: 'stern: jsonwebtoken’s bare message after the pod and container names',
    input: 'orders-5c9d7b8f4-2x7kq orders jwt expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    // `--all-namespaces` puts the namespace first (stern cmd/cmd.go); a StatefulSet's pod ends in its ordinal.
    name: 'stern across namespaces: a StatefulSet pod’s bare message',
    input: 'payments ledger-0 ledger invalid signature',
    ...REFUSED,
    top: 'signature.invalid',
  },
  {
    name: 'stern’s shape in prose: no generated pod suffix, no message start',
    input: 'the orders jwt expired yesterday for some users, see deploy-abcde orders jwt expired',
    ...QUIET,
  },
  {
    name: 'stern: Spring’s expiry behind the pod and container names',
    input: `orders-5c9d7b8f4-2x7kq orders ${SPRING_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security',
  },
  {
    // journalctl's short format, syslog's `host tag[pid]: ` (as in fdintino/nginx-upload-module#74's lines).
    name: 'journalctl: a PID of 401 is not a status (`node[401]:`)',
    input: `May 28 14:09:58 ip-10-0-1-23 node[401]: ${JWT_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'journalctl: the status field is the line’s, the PID 403 is not',
    input: `May 28 14:09:58 ip-10-0-1-23 orders[403]: ${GO_EXPIRED}`,
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: ['status.mismatch', ...NOT_MISSING],
  },
  {
    // pm2's `pm_id|name` padded, then ` | ` (Unitech/pm2 lib/API/Log.js: `packet.process.pm_id + '|' + packet.process.name`).
    name: 'pm2 logs: jsonwebtoken’s error behind `0|api      | `',
    input: [`0|api      | ${JWT_EXPIRED}`, '0|api      |     at /app/node_modules/jsonwebtoken/verify.js:190:21'].join(
      '\n',
    ),
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'pm2 logs: a process id of 401 is not a status (`401|orders`)',
    input: '401|orders  | JsonWebTokenError: invalid signature',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // RFC 5424 §6.5's shape: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD MSG` (`<34>1 2003-10-11T22:14:15.003Z
    // mymachine.example.com su - ID47 - …`), as rsyslog forwards it and a SIEM shows it.
    name: 'syslog (RFC 5424): a PROCID of 401 is not a status',
    input: `<134>1 2026-05-28T14:09:58.123Z ip-10-0-1-23 orders 401 - - ${JWT_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Heroku's HTTPS log drains frame each RFC 5424 line with its octet count (`83 <40>1 2012-11-30T06:45:29+00:00 host
    // app web.3 - State changed from starting to up`, devcenter.heroku.com "Log Drains").
    name: 'Heroku log drain: the octet count and the syslog header before the dyno’s error',
    input: `103 <190>1 2026-05-28T14:09:58.123456+00:00 host app web.1 - ${JWT_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // `docker logs -t` / `kubectl logs --timestamps`: the RFC 3339 time with nanoseconds, a space, then the line as the
    // program wrote it; a message with no prefix of its own (jsonwebtoken's bare `err.message`) starts right after it.
    name: 'kubectl logs --timestamps: a bare `jwt expired` right after the RFC 3339 time',
    input: '2026-05-28T14:09:58.123456789Z jwt expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    // A logger's own `YYYY-MM-DD HH:MM:SS` before a bare message, behind compose's prefix.
    name: 'a logger’s date and time, then a bare `jwt expired`, behind `orders-api-1  | `',
    input: 'orders-api-1  | 2026-05-28 14:09:58 jwt expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
];

const PLATFORMS: Row[] = [
  {
    // Heroku's router line: `at=info method=… path=… host=… request_id=… fwd=… dyno=… connect=…ms service=…ms
    // status=… bytes=… protocol=…` (devcenter.heroku.com/articles/http-routing; captures such as `status=200 bytes=404`).
    name: 'Heroku router: status=401 beside bytes=403',
    input:
      '2026-05-28T14:09:58.123456+00:00 heroku[router]: at=info method=GET path="/v1/orders" host=orders.herokuapp.com request_id=76fe0891-38cd-4293-a082-ac075d744197 fwd="203.0.113.7" dyno=web.1 connect=0ms service=4ms status=401 bytes=403 protocol=https',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // logfmt: a bare `code` key is the status (Go services' `code=401`), a key that names another code is not.
    name: 'logfmt: code=401 is the status',
    input: 'level=warn msg="request denied" code=401 path=/v1/orders',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'logfmt: error_code=403 is an application code, not a status',
    input: 'level=warn msg="request denied" error_code=403 path=/v1/orders',
    status: null,
    classification: 'undetermined',
  },
  {
    name: 'Heroku: the dyno’s jsonwebtoken error (`app[web.1]:`), then the router’s 401',
    input: [
      `2026-05-28T14:09:58.120000+00:00 app[web.1]: ${JWT_EXPIRED}`,
      '2026-05-28T14:09:58.123456+00:00 heroku[router]: at=info method=GET path="/v1/orders" host=orders.herokuapp.com request_id=76fe0891-38cd-4293-a082-ac075d744197 fwd="203.0.113.7" dyno=web.1 connect=0ms service=4ms status=401 bytes=403 protocol=https',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['status.mismatch', ...NOT_MISSING],
  },
  {
    // fly logs: `<time> app[<machine>] <region> [info]` and the app's line, often with no space before JSON
    // (superfly docs' `app[8ebaa037] ams [info]{"message":…}`).
    name: 'Fly.io: a slog JSON line right after `[info]`',
    input:
      '2026-05-28T14:09:58Z app[148e5a73] ams [info]{"time":"2026-05-28T14:09:58Z","level":"WARN","msg":"unauthorized","error":"token has invalid claims: token is expired","status":401}',
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'Fly.io: Spring’s expiry after the machine and region',
    input: `2026-05-28T14:09:58Z app[148e5a73] ams [info] ${SPRING_EXPIRED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security',
  },
  {
    // netlify dev: "Request from ::1: GET /.netlify/functions/…" then "Response with status 401 in 715 ms."
    name: 'Netlify functions (netlify dev): the request, the function’s error and the response line',
    input: [
      'Request from ::1: GET /.netlify/functions/orders',
      JWT_EXPIRED,
      'Response with status 401 in 715 ms.',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: NOT_MISSING,
  },
  {
    // Vercel's JSON log drain: `statusCode` and `proxy.statusCode`, `proxy.responseByteSize`
    // (vercel.com/docs/drains/reference/logs).
    name: 'Vercel log drain: the function’s message with statusCode 401 (the response size 403 is bytes)',
    input:
      '{"id":"1573817187330377061717300000","message":"TokenExpiredError: jwt expired","timestamp":1779977398123,"type":"stderr","source":"lambda","projectId":"gdufoJxB6b9b1fEqr1jUtFkyavUU","deploymentId":"dpl_233NRGRjVZX1caZrXWtz5g1TAksD","host":"orders.vercel.app","path":"/api/orders","statusCode":401,"level":"error","proxy":{"timestamp":1779977398100,"method":"GET","host":"orders.vercel.app","path":"/api/orders","userAgent":["curl/8.4.0"],"region":"iad1","statusCode":401,"clientIp":"203.0.113.7","responseByteSize":403}}',
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: NOT_MISSING,
  },
];

const WEB_SERVERS: Row[] = [
  {
    name: 'nginx access log (combined): 401 with its size',
    input: '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 179 "-" "curl/8.4.0"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'nginx access log (combined): a 403 whose size is 401 bytes',
    input: '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 403 401 "-" "curl/8.4.0"',
    ...A403,
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    // ingress-nginx/kubectl --prefix capture of the combined format (geerlingguy/ansible-for-kubernetes#75).
    name: 'kubectl logs --prefix: an nginx 200 whose size is 401 bytes',
    input:
      '[pod/echo-req-7cfd7bf68f-nk5kr/hello] 172.17.0.1 - - [28/May/2026:14:09:58 +0000] "GET /test HTTP/1.1" 200 401 "-" "curl/8.4.0" "-"',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // nginx's error log: `<time> [error] PID#TID: *CONN …` (NodeBB/NodeBB#5295, fossar/selfoss#1427).
    name: 'nginx error log: PID#TID 401#401 and connection *403 are not statuses',
    input:
      '2026/05/28 14:09:58 [error] 401#401: *403 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: api.example.com, request: "GET /v1/orders HTTP/1.1", upstream: "http://10.0.0.5:8080/v1/orders", host: "api.example.com"',
    ...QUIET,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Apache access log (combined) behind a container prefix: 401',
    input: 'httpd-1  | 203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 381 "-" "curl/8.4.0"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // Apache's error log with mod_auth_openidc's words (OpenIDC/mod_auth_openidc src/proto/jwt.c; the line's shape as
    // in OpenIDC/mod_auth_openidc#73 and #320: `[auth_openidc:error] [pid N:tid N] [client ip:port] function: …`).
    name: 'mod_auth_openidc: "exp" validation failure in Apache’s error log, [pid 401:tid …] is no status',
    input:
      '[Thu May 28 14:09:58.123456 2026] [auth_openidc:error] [pid 401:tid 140692501841664] [client 203.0.113.7:52000] oidc_proto_validate_exp: "exp" validation failure (1779976920): JWT expired 480 seconds ago',
    ...REFUSED,
    top: 'time.expired',
    via: 'mod_auth_openidc',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'mod_auth_openidc: the error log line, then the access log’s 401',
    input: [
      '[Thu May 28 14:09:58.123456 2026] [auth_openidc:error] [pid 2211:tid 140692501841664] [client 203.0.113.7:52000] oidc_proto_validate_exp: "exp" validation failure (1779976920): JWT expired 480 seconds ago',
      '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 381 "-" "curl/8.4.0"',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'mod_auth_openidc',
    excludes: NOT_MISSING,
  },
  {
    name: 'mod_auth_openidc: "iat" validation failure, issued longer ago than the slack',
    input:
      '[Thu May 28 14:09:58.123456 2026] [auth_openidc:error] [pid 2211:tid 140692501841664] [client 203.0.113.7:52000] oidc_proto_validate_iat: "iat" validation failure (1779970000): JWT was issued more than 600 seconds ago',
    ...REFUSED,
    top: 'time.expired',
    via: 'mod_auth_openidc',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // HAProxy's HTTP log: timers Tq/Tw/Tc/Tr/Ta, the status, the bytes, …, the request last (HAProxy's configuration
    // manual's example: `… http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET …"`).
    name: 'HAProxy HTTP log: a 401 of 403 bytes, the request at the end',
    input:
      'May 28 14:09:58 lb-1 haproxy[14389]: 10.0.1.2:33317 [28/May/2026:14:09:58.655] http-in orders/srv1 10/0/30/69/109 401 403 - - ---- 1/1/1/1/0 0/0 {api.example.com} {} "GET /v1/orders HTTP/1.1"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // Rails' request log (ActionController's "Completed #{status} #{reason} in …ms (… | Allocations: N)"; captures
    // such as "Completed 401 Unauthorized in 11ms (ActiveRecord: 0.0ms | Allocations: 3282)").
    name: 'Rails: Completed 401 Unauthorized, whose allocations are 403',
    input: 'Completed 401 Unauthorized in 3ms (ActiveRecord: 0.0ms | Allocations: 403)',
    ...A401,
    top: 'token.missing',
    excludes: ['status.mismatch', ...MISREAD],
  },
  {
    // Gin's default logger: `[GIN] 2022/08/31 - 01:48:05 | 200 |     120.208µs |       127.0.0.1 | GET      "/ping"`.
    name: 'Gin: a 401 that took 403.112µs',
    input: '[GIN] 2026/05/28 - 14:09:58 | 401 |     403.112µs |     203.0.113.7 | GET      "/v1/orders"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // Istio's default access log (istio.io "Envoy Access Logs": `[2020-11-25T21:26:18.409Z] "GET /status/418 HTTP/1.1"
    // 418 - via_upstream - "-" 0 135 4 4 …`), through kubectl logs --prefix; Envoy's jwt_authn details in it.
    name: 'Istio sidecar access log behind kubectl’s prefix: 401 with jwt_authn’s Jwt_is_expired',
    input:
      '[pod/orders-7d9f8c6b5-xk2lp/istio-proxy] [2026-05-28T14:09:58.409Z] "GET /v1/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwt_is_expired} - "-" 0 14 0 - "-" "curl/8.4.0" "84961386-6d84-929d-98bd-c5aee93b5c88" "orders:8000" "-" inbound|8000|| - 10.44.1.27:80 10.44.1.23:37652 - default',
    ...A401,
    top: 'time.expired',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    // CloudFront's standard log: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status …
    // cs-bytes … sc-content-len (the AWS docs' example line, `2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET…`).
    name: 'CloudFront standard log: sc-status 403, with cs-bytes and sc-content-len of 401',
    input:
      '2026-05-28\t14:09:58\tAMS50-C1\t588\t203.0.113.7\tGET\td111111abcdef8.cloudfront.net\t/v1/orders\t403\t-\tcurl/8.4.0\t-\t-\tError\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\tapi.example.com\thttps\t401\t0.002\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tError\tHTTP/2.0\t-\t-\t52000\t0.002\tError\ttext/html\t401\t-\t-',
    ...A403,
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
];

const CI: Row[] = [
  {
    // GitHub Actions' raw log: `<time>Z ##[error]…` (ataylorme/eslint-annotate-action#6; "Process completed with exit
    // code 1." as in IgorKowalczyk/igorkowalczyk#28); axios's "Request failed with status code 401" (lib/core/settle.js).
    name: 'GitHub Actions: axios’s 401 behind `##[error]`, then the step’s exit code',
    input: [
      '2026-05-28T14:09:58.4010403Z ##[error]AxiosError: Request failed with status code 401',
      '2026-05-28T14:09:58.4030401Z ##[error]Process completed with exit code 1.',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'GitHub Actions: Octokit’s HttpError: Bad credentials (ataylorme/eslint-annotate-action#6)',
    input: [
      '2026-05-28T14:09:58.1234567Z ##[error]HttpError: Bad credentials',
      '2026-05-28T14:09:58.1334567Z ##[error]Error occurred getting changed files.',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'actions/github-script: Node’s inspect of RequestError [HttpError] with status 401 (emacs-tree-sitter/tree-sitter-langs#971)',
    input: [
      'RequestError [HttpError]: Bad credentials',
      '    at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:9537:21',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {',
      '  status: 401,',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: NOT_MISSING,
  },
  {
    // Jenkins' `sh` step prints each command after `+ ` (set -x) and masks bound credentials as `****` (a Jenkins
    // credentials tutorial's console output); curl -f's "(22) The requested URL returned error: 401".
    name: 'Jenkins console: `+ curl` with the masked token, curl’s (22) and the step’s exit code',
    input: [
      '[Pipeline] sh',
      "+ curl -fsS -H 'Authorization: Bearer ****' https://api.example.com/v1/orders",
      'curl: (22) The requested URL returned error: 401',
      '[Pipeline] }',
      'ERROR: script returned exit code 22',
      'Finished: FAILURE',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: NOT_MISSING,
  },
  {
    // Jenkins' Timestamper plugin puts `[<time>] ` before every console line.
    name: 'Jenkins console with Timestamper: `[…] + curl` with the masked token',
    input: [
      "[2026-05-28T14:09:58.123Z] + curl -fsS -H 'Authorization: Bearer ****' https://api.example.com/v1/orders",
      '[2026-05-28T14:09:58.456Z] curl: (22) The requested URL returned error: 401',
      '[2026-05-28T14:09:58.460Z] ERROR: script returned exit code 22',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: NOT_MISSING,
  },
  {
    // GitHub Actions' raw log: a run step's `##[group]Run …` header, the command echoed, secrets masked as `***`.
    name: 'GitHub Actions: `##[group]Run curl` with the masked secret, curl’s (22) and the exit code',
    input: [
      '2026-05-28T14:09:58.1000000Z ##[group]Run curl -fsS -H "Authorization: Bearer ***" https://api.example.com/v1/orders',
      '2026-05-28T14:09:58.1000400Z curl -fsS -H "Authorization: Bearer ***" https://api.example.com/v1/orders',
      '2026-05-28T14:09:58.1100000Z ##[endgroup]',
      '2026-05-28T14:09:58.4010403Z curl: (22) The requested URL returned error: 401',
      '2026-05-28T14:09:58.4030401Z ##[error]Process completed with exit code 22.',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: NOT_MISSING,
  },
  {
    name: 'Jenkins console: `+ curl` with an unmasked expired token (the signature must not be echoed)',
    input: [
      '[Pipeline] sh',
      `+ curl -fsS -H 'Authorization: Bearer ${EXPIRED}' https://api.example.com/v1/orders`,
      'curl: (22) The requested URL returned error: 401',
      'ERROR: script returned exit code 22',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    // anschoewe/terraform-provider-curl#10: golang-jwt v4's "token contains an invalid number of segments" in the body.
    name: 'Terraform: a provider’s error box with the API’s 401 body',
    input: ['╷', '│ Error: status: 401, body: token contains an invalid number of segments', '│', '│', '│', '╵'].join(
      '\n',
    ),
    ...A401,
    top: 'token.malformed',
    via: 'golang-jwt',
    excludes: NOT_MISSING,
  },
  {
    // go-github's ErrorResponse (`GET https://api.github.com/user: 401 Bad credentials []`), as the GitHub provider prints it.
    name: 'Terraform GitHub provider: go-github’s 401 Bad credentials',
    input: [
      '╷',
      '│ Error: GET https://api.github.com/user: 401 Bad credentials []',
      '│',
      '│   with provider["registry.terraform.io/integrations/github"],',
      '╵',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: NOT_MISSING,
  },
  {
    name: 'go-github: an expired token in the request URL is judged, and its signature not echoed',
    input: `GET https://api.github.com/user?access_token=${EXPIRED}: 401 Bad credentials []`,
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    // harness/terraform-provider-harness#198's wording for a 401.
    name: 'Terraform: a provider’s "Error: 401 Unauthorized" with its hint',
    input: [
      'Error: 401 Unauthorized',
      'Hint:',
      '1) Please check if token has expired or is wrong.',
      '2) Harness Provider is misconfigured.',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['time.expired', ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'Heroku router: a 200 that took 401ms and sent 403 bytes',
    input:
      '2026-05-28T14:09:58.123456+00:00 heroku[router]: at=info method=GET path="/v1/orders" host=orders.herokuapp.com request_id=76fe0891-38cd-4293-a082-ac075d744197 fwd="203.0.113.7" dyno=web.1 connect=0ms service=401ms status=200 bytes=403 protocol=https',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'logfmt: a 200 whose bytes and duration hold 401 and 403',
    input: 'level=info msg="handled request" method=GET path=/v1/orders status=200 bytes=401 duration=403ms',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'nginx access log (combined): a 200 of 401 bytes',
    input: '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 200 401 "-" "curl/8.4.0"',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'HAProxy HTTP log: a 200 of 401 bytes from a process whose PID is 403',
    input:
      'May 28 14:09:58 lb-1 haproxy[403]: 10.0.1.2:33317 [28/May/2026:14:09:58.655] http-in orders/srv1 10/0/30/69/109 200 401 - - ---- 1/1/1/1/0 0/0 "GET /v1/orders HTTP/1.1"',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'CloudFront standard log: a Hit of 403 bytes, cs-bytes 401',
    input:
      '2026-05-28\t14:09:58\tLAX1\t403\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0\t-\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t401\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Istio sidecar access log: a 200 that received 401 bytes and sent 403',
    input:
      '[pod/orders-7d9f8c6b5-xk2lp/istio-proxy] [2026-05-28T14:09:58.409Z] "GET /v1/orders HTTP/1.1" 200 - via_upstream - "-" 401 403 4 4 "-" "curl/8.4.0" "84961386-6d84-929d-98bd-c5aee93b5c88" "orders:8000" "10.44.1.27:80" outbound|8000||orders.default.svc.cluster.local 10.44.1.23:37652 10.0.45.184:8000 10.44.1.23:46520 - default',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Rails: a 200 that took 401ms, whose allocations are 403',
    input: 'Completed 200 OK in 401ms (Views: 0.2ms | ActiveRecord: 0.0ms | Allocations: 403)',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Gin: a 200 that took 401µs',
    input: '[GIN] 2026/05/28 - 14:09:58 | 200 |       401µs |     203.0.113.7 | GET      "/v1/orders"',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'syslog (RFC 5424): a 200 in the message of a process whose PROCID is 403',
    input: '<134>1 2026-05-28T14:09:58.123Z ip-10-0-1-23 orders 403 - - GET /v1/orders 200 3.071 ms - 17',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'prose: "Completed 200 requests" is not Rails’ line',
    input: 'Completed 200 requests in the load test without an error',
    status: null,
    classification: 'undetermined',
    excludes: ['token.missing'],
  },
  {
    name: 'morgan’s dev line: a 200 of 403 bytes, behind docker compose’s prefix',
    input: 'orders-api-1  | GET /v1/orders 200 3.071 ms - 403',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // morgan's `tiny`: `:method :url :status :res[content-length] - :response-time ms`.
    name: 'morgan’s tiny line: a 200 of 401 bytes',
    input: 'GET /v1/orders 200 401 - 3.071 ms',
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'prose with a request: both statuses are the person’s, the 401 is the question',
    input: 'GET /v1/orders returns 200 for admins but 401 for users',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'Netlify functions: a 200 that took 401 ms',
    input: ['Request from ::1: GET /.netlify/functions/orders', 'Response with status 200 in 401 ms.'].join('\n'),
    ...OK200,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'journalctl: an unrelated error from a process whose PID is 403',
    input: 'May 28 14:09:58 ip-10-0-1-23 orders[403]: error: connect ECONNREFUSED 10.0.0.5:5432',
    ...QUIET,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'GitHub Actions: only the step’s exit code',
    input: '2026-05-28T14:09:58.4030401Z ##[error]Process completed with exit code 1.',
    ...QUIET,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'prose: "Bad credentials" and HttpError in a sentence',
    input: 'we saw HttpError: Bad credentials yesterday but it works now',
    ...QUIET,
    excludes: ['challenge.invalid-token', 'token.missing'],
  },
  {
    name: 'prose: mod_auth_openidc’s words without its message',
    input: 'mod_auth_openidc logs a "exp" validation failure (see the wiki) when the clock is off',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'Slack bold still says the status: *401*',
    input: 'we get *401* from the API since the deploy',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'a markdown table cell still says the status: |401|Unauthorized|',
    input: '|401|Unauthorized|',
    ...A401,
    top: 'token.missing',
  },
];

describe('formats, round 12: log collectors’ prefixes', () => {
  it.each(COLLECTORS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 12: platforms’ logs', () => {
  it.each(PLATFORMS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 12: web servers’ and CDNs’ logs', () => {
  it.each(WEB_SERVERS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 12: CI consoles and Terraform', () => {
  it.each(CI)('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('formats, round 12: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
