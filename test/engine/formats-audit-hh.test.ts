/**
 * Round audit-hh: token refusals as log platforms and structured loggers show them (Cloud Logging entries, CloudWatch
 * lines, Application Insights rows, Envoy access logs, ECS/Datadog exports, logfmt and Loki lines, pino/zap/Serilog
 * JSON, journald and Docker Compose prefixes, Heroku's router). Most already read right and are kept here as rows; the
 * miss was Application Insights' request rows in a query's JSON export, whose status is `resultCode` (a string):
 * learn.microsoft.com/azure/azure-monitor/reference/tables/apprequests. Another API's `resultCode` (Adyen's
 * "Authorised", a 0) is no HTTP status and stays unread. A Google Cloud load balancer's request log entry whose
 * jsonPayload.statusDetails is `handled_by_identity_aware_proxy` (the load balancer's logging docs: IAP wrote the
 * response while verifying the client) names IAP as the answerer, as its `x-goog-iap-generated-response` header does.
 */
import { describe, it } from 'vitest';
import { MISREAD, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const A401 = { status: 401, classification: 'authentication' } as const;

const RESULT_CODE: Row[] = [
  {
    name: 'Application Insights `requests` row exported as JSON (resultCode "401", success false)',
    input:
      '{"timestamp":"2026-05-28T14:09:58.186Z","name":"GET /v1/orders","url":"https://orders.azurewebsites.net/v1/orders","success":false,"resultCode":"401","duration":3.2,"cloud_RoleName":"orders-api","operation_Id":"4bf92f3577b34da6a3ce929d0e0e4736"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Log Analytics AppRequests + AppExceptions rows (ResultCode, IdentityModel’s IDX10214 in OuterMessage)',
    input: [
      '[',
      '  {"TimeGenerated": "2026-05-28T14:09:58.186Z", "Name": "GET Orders/Get", "ResultCode": "401", "Success": false, "DurationMs": 3.2},',
      '  {"TimeGenerated": "2026-05-28T14:09:58.180Z", "ExceptionType": "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException",',
      "   \"OuterMessage\": \"IDX10214: Audience validation failed. Audiences: 'https://api.acme-corp.com'. Did not match: validationParameters.ValidAudience: 'api://orders' or validationParameters.ValidAudiences: 'null'.\"}",
      ']',
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'identitymodel',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'a numeric resultCode 403 with a 403 reading',
    input: '{"name":"POST /v1/orders","resultCode":403,"success":false}',
    status: 403,
    classification: 'authorization',
    excludes: MISREAD,
  },
];

const RESULT_CODE_QUIET: Row[] = [
  {
    name: 'a payment API’s resultCode word (Adyen)',
    input: '{"pspReference":"8535296650153317","resultCode":"Authorised","merchantReference":"order-42"}',
    ...QUIET,
  },
  {
    name: 'a resultCode of 0 (a success code, no HTTP status)',
    input: '{"resultCode":0,"resultMessage":"OK","name":"GET /v1/orders"}',
    ...QUIET,
  },
  {
    name: 'a resultCode that is no known HTTP status',
    input: '{"resultCode":"460001","name":"GET /v1/orders"}',
    ...QUIET,
  },
];

const IAP_LB = (status: number, details: string) =>
  `{"httpRequest":{"requestMethod":"GET","requestUrl":"https://app.acme-corp.com/v1/orders","status":${status},"userAgent":"curl/8.4.0","latency":"0.001s"},"jsonPayload":{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"${details}"},"resource":{"type":"http_load_balancer"},"severity":"WARNING","timestamp":"2026-05-28T14:09:58.186Z"}`;

const IAP: Row[] = [
  {
    name: 'load balancer log entry: 401 handled_by_identity_aware_proxy',
    input: IAP_LB(401, 'handled_by_identity_aware_proxy'),
    ...A401,
    includes: ['proxy.gateway-response'],
    product: 'Google IAP',
    excludes: MISREAD,
  },
  {
    name: 'load balancer log entry: 403 handled_by_identity_aware_proxy',
    input: IAP_LB(403, 'handled_by_identity_aware_proxy'),
    status: 403,
    classification: 'authorization',
    product: 'Google IAP',
  },
];

const IAP_QUIET: Row[] = [
  {
    name: 'the backend answered the 401 (response_sent_by_backend)',
    input: IAP_LB(401, 'response_sent_by_backend'),
    ...A401,
    product: null,
  },
  {
    name: 'IAP let a request through (200)',
    input: IAP_LB(200, 'handled_by_identity_aware_proxy'),
    status: 200,
    classification: 'undetermined',
    product: null,
  },
  {
    name: 'the value named in prose, no failure',
    input: 'We filtered the LB logs on handled_by_identity_aware_proxy yesterday and saw nothing odd',
    ...QUIET,
    product: null,
  },
];

// Shapes that already read right, kept so they stay so; each shape’s source is named beside its row.
const ENVELOPES: Row[] = [
  {
    // pino's err serializer (pinojs/pino-std-serializers Readme: type, message, stack) inside a Cloud Logging entry.
    name: 'Cloud Logging jsonPayload holding a pino line with err {type, message, stack}',
    input:
      '{"insertId":"64f1c2a9","jsonPayload":{"level":50,"time":1779977398186,"err":{"type":"TokenExpiredError","message":"jwt expired","stack":"TokenExpiredError: jwt expired\\n    at /app/node_modules/jsonwebtoken/verify.js:190:21"},"msg":"jwt expired"},"resource":{"type":"k8s_container"},"timestamp":"2026-05-28T14:09:58.186Z","severity":"ERROR"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Envoy's default access log format with %RESPONSE_CODE_DETAILS% (envoyproxy/envoy#13451).
    name: 'Envoy access log line: 401 jwt_authn_access_denied{Jwt_is_expired}',
    input:
      '[2026-05-28T14:09:58.186Z] "GET /api/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwt_is_expired} 0 14 0 - "203.0.113.7" "curl/8.4.0" "7b8c9d0e" "orders.example.com" "-"',
    ...A401,
    top: 'time.expired',
    via: 'envoy',
  },
  {
    // Serilog's compact format (serilog/serilog-formatting-compact: @t, @mt, @l, properties beside them).
    name: 'Serilog CLEF line: JwtBearerHandler’s FailureMessage property',
    input:
      '{"@t":"2026-05-28T14:09:58.1234567Z","@mt":"{AuthenticationScheme} was not authenticated. Failure message: {FailureMessage}","@l":"Information","AuthenticationScheme":"Bearer","FailureMessage":"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): \'5/28/2026 2:02:11 PM\', Current time (UTC): \'5/28/2026 2:09:58 PM\'.","SourceContext":"Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'identitymodel',
  },
  {
    name: 'zap JSON behind a journald prefix: golang-jwt v5’s signature refusal',
    input:
      'May 28 14:09:58 api-01 orders-api[1234]: {"level":"warn","ts":1779977398.186,"logger":"auth","msg":"jwt rejected","error":"token signature is invalid: crypto/rsa: verification error"}',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'golang-jwt',
  },
  {
    // Heroku's router line (heroku[router]: at=info method=… status=…), the app's own line beside it.
    name: 'Heroku router status=401 beside the app’s jsonwebtoken line',
    input: [
      '2026-05-28T14:09:58.186641+00:00 heroku[router]: at=info method=GET path="/api/orders" host=acme-orders.herokuapp.com request_id=1aef6131-3d4d-41e3-bfff-df74c3ef8583 fwd="203.0.113.7" dyno=web.1 connect=0ms service=4ms status=401 bytes=245 protocol=https',
      '2026-05-28T14:09:58.180000+00:00 app[web.1]: Error: invalid signature',
    ].join('\n'),
    ...A401,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
  },
  {
    name: 'Loki logcli line: logfmt with the refusal quoted inside msg',
    input:
      '2026-05-28T14:09:58.186Z {app="orders", namespace="prod"} level=warn msg="request rejected: \\"token has invalid claims: token is expired\\"" method=GET path=/v1/orders status=401',
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
  },
  {
    name: 'Docker Compose prefix on express-jwt’s error and morgan’s line',
    input: [
      'api-1  | 2026-05-28T14:09:58.186Z ERROR [auth] UnauthorizedError: jwt expired',
      'api-1  |     at /app/node_modules/express-jwt/dist/index.js:130:26',
      'api-1  | GET /api/orders 401 3.214 ms - 26',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
];

describe('Application Insights rows: resultCode is the status', () => {
  for (const row of RESULT_CODE) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of RESULT_CODE_QUIET) it(`catches not: ${row.name}`, async () => void (await expectPasteRow(row)));
});

describe('Google Cloud load balancer log entries: IAP answered', () => {
  for (const row of IAP) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of IAP_QUIET) it(`catches not: ${row.name}`, async () => void (await expectPasteRow(row)));
});

describe('refusals inside log envelopes', () => {
  for (const row of ENVELOPES) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
});
