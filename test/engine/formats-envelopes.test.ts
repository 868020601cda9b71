/**
 * Round 8 of real-world pastes: statuses and verifier messages inside observability envelopes (GCP Cloud Logging
 * entries, CloudWatch lines from an ALB, API Gateway and Lambda, Azure Front Door / Application Gateway / Application
 * Insights records, Elastic ECS and Datadog JSON, logfmt and Loki lines, Splunk events), identity providers' own replies
 * as a resource server relays them (Azure Resource Manager, Microsoft Graph, Entra ID, Auth0, Keycloak, Cognito), and
 * meshes' denials (Linkerd, Envoy RBAC behind Consul intentions and Istio). Product strings are confirmed in public
 * captures named beside each row or in the matcher/shape that reads them (parse/verifier-messages/identity.ts,
 * parse/error-bodies.ts); the envelopes' field names are the products' documented ones. Reading choices:
 * docs/findings.md, "Reading the rules". The last group puts the same words in prose or in a success, and must stay quiet.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import {
  A401,
  A403,
  DENIED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const ENVELOPES: Row[] = [
  {
    name: 'GCP Cloud Logging: a request log entry whose httpRequest.status is 401 (Cloud Run)',
    input:
      '{"httpRequest":{"requestMethod":"GET","requestUrl":"https://api.example.com/v1/orders","status":401,"responseSize":"61","userAgent":"curl/8.4.0","remoteIp":"203.0.113.7","latency":"0.004s","protocol":"HTTP/1.1"},"insertId":"abc123","resource":{"type":"cloud_run_revision","labels":{"service_name":"orders"}},"severity":"WARNING","timestamp":"2026-05-28T14:09:58.123Z","logName":"projects/p/logs/run.googleapis.com%2Frequests"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'GCP Cloud Logging: jsonPayload carrying golang-jwt’s sentinel',
    input:
      '{"insertId":"x1","jsonPayload":{"level":"error","msg":"auth failed","err":"token has invalid claims: token is expired"},"resource":{"type":"k8s_container"},"severity":"ERROR","timestamp":"2026-05-28T14:09:58Z"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'GCP Cloud Logging: textPayload with jsonwebtoken’s TokenExpiredError',
    input:
      '{"insertId":"x1","textPayload":"TokenExpiredError: jwt expired","resource":{"type":"cloud_run_revision"},"severity":"ERROR","timestamp":"2026-05-28T14:09:58Z"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'GCP Cloud Audit Logs: protoPayload.status code 7 (PERMISSION_DENIED) with authorizationInfo granted false',
    input:
      '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{"code":7,"message":"PERMISSION_DENIED"},"authenticationInfo":{"principalEmail":"svc@p.iam.gserviceaccount.com"},"requestMetadata":{"callerIp":"10.0.0.1"},"serviceName":"storage.googleapis.com","methodName":"storage.objects.get","authorizationInfo":[{"resource":"projects/_/buckets/b/objects/o","permission":"storage.objects.get","granted":false}]},"severity":"ERROR","logName":"projects/p/logs/cloudaudit.googleapis.com%2Fdata_access"}',
    ...DENIED,
    top: 'policy.deny',
    via: 'google-cloud-audit',
    excludes: ['token.missing', 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'GCP Cloud Audit Logs: status code 16 (UNAUTHENTICATED), no token pasted',
    input:
      '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{"code":16,"message":"UNAUTHENTICATED"},"serviceName":"storage.googleapis.com","methodName":"storage.objects.get"},"severity":"ERROR"}',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'AWS ALB access log: elb_status_code and target_status_code both 401 (the target answered)',
    input:
      'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.048 0.000 401 401 34 366 "GET https://api.example.com:443/v1/orders HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "api.example.com" "-" 0 2026-05-28T14:09:58.138000Z "forward" "-" "-" "10.0.0.1:80" "401" "-" "-"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'AWS API Gateway HTTP API: a JSON access log line with "status":401',
    input:
      '{"requestTime":"28/May/2026:14:09:58 +0000","requestId":"c6af9ac6-7b61-11e6-9a41-93e8deadbeef","httpMethod":"GET","path":"/orders","resourcePath":"/orders","status":401,"responseLatency":3,"ip":"203.0.113.7","userAgent":"curl/8.4.0"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'AWS API Gateway REST: an access log line with $context.error.message of an explicit deny',
    input:
      '{"requestId":"abc","ip":"203.0.113.7","requestTime":"28/May/2026:14:09:58 +0000","httpMethod":"GET","resourcePath":"/orders","status":"403","protocol":"HTTP/1.1","responseLength":"82","error.message":"User is not authorized to access this resource with an explicit deny"}',
    ...A403,
    top: 'proxy.authorizer-deny',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'AWS Lambda authorizer in CloudWatch: Invoke Error with jsonwebtoken’s TokenExpiredError',
    input:
      '2026-05-28T14:09:58.123Z\tc6af9ac6-7b61-11e6-9a41-93e8deadbeef\tERROR\tInvoke Error \t{"errorType":"TokenExpiredError","errorMessage":"jwt expired","name":"TokenExpiredError","message":"jwt expired","expiredAt":"2026-05-28T14:02:00.000Z"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['token.missing'],
  },
  {
    name: 'Azure Front Door access log: properties.httpStatusCode "401"',
    input:
      '{"time":"2026-05-28T14:09:58Z","category":"FrontDoorAccessLog","properties":{"httpMethod":"GET","httpVersion":"1.1.0.0","requestUri":"https://api.example.com:443/v1/orders","requestBytes":"715","responseBytes":"380","userAgent":"curl/8.4.0","clientIp":"203.0.113.7","timeTaken":"0.004","routingRuleName":"default","httpStatusCode":"401","httpStatusDetails":"401","pop":"AMS","cacheStatus":"CONFIG_NOCACHE","errorInfo":"NoError"}}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Azure Application Gateway access log: properties.httpStatus 401',
    input:
      '{"timeStamp":"2026-05-28T14:09:58+00:00","operationName":"ApplicationGatewayAccess","category":"ApplicationGatewayAccessLog","properties":{"instanceId":"appgw_1","clientIP":"203.0.113.7","httpMethod":"GET","requestUri":"/v1/orders","userAgent":"curl/8.4.0","httpStatus":401,"httpVersion":"HTTP/1.1","receivedBytes":100,"sentBytes":200,"timeTaken":0.004,"host":"api.example.com","serverStatus":"401","serverRouted":"10.0.1.4:443"}}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Azure Application Insights: a request’s details with resultCode 401',
    input:
      'timestamp [UTC]: 2026-05-28T14:09:58Z\nname: GET /api/orders\nurl: https://app.azurewebsites.net/api/orders\nsuccess: False\nresultCode: 401\nduration: 3.1',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Elastic ECS: nested http.response.status_code 401',
    input:
      '{"@timestamp":"2026-05-28T14:09:58.000Z","ecs":{"version":"8.11.0"},"http":{"request":{"method":"GET"},"response":{"status_code":401}},"url":{"path":"/v1/orders"},"event":{"outcome":"failure"},"message":"GET /v1/orders 401"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Elastic ECS: flat http.response.status_code 403 with nothing else',
    input:
      '{"@timestamp":"2026-05-28T14:09:58.000Z","http.request.method":"GET","http.response.status_code":403,"url.path":"/v1/orders","log.level":"warn","message":"access denied"}',
    ...A403,
    excludes: ['token.missing', 'policy.deny', ...MISREAD],
  },
  {
    name: 'Elastic ECS: the request’s Authorization header (masked) and a 401',
    input: `{"@timestamp":"2026-05-28T14:09:58.000Z","http":{"request":{"method":"GET","headers":{"authorization":"Bearer ${EXPIRED_MASKED}"}},"response":{"status_code":401}},"message":"GET /v1/orders 401"}`,
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    name: 'Datadog: http.status_code 401 in a JSON log',
    input:
      '{"date":"2026-05-28T14:09:58Z","service":"orders","status":"warn","http":{"method":"GET","url":"/v1/orders","status_code":401},"message":"request rejected"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'logfmt (go-kit): status=401 beside golang-jwt’s sentinel',
    input:
      'level=warn ts=2026-05-28T14:09:58Z caller=auth.go:88 msg="request rejected" method=GET path=/v1/orders status=401 err="token has invalid claims: token is expired"',
    ...A401,
    top: 'time.expired',
    via: 'golang-jwt',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Loki: a stream’s labels and a logfmt line with status=403',
    input:
      '2026-05-28T14:09:58Z {app="gateway", namespace="prod"} level=info msg="handled request" method=GET path=/v1/orders status=403 duration=2ms',
    ...A403,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'logfmt: Envoy jwt_authn’s issuer error with status=401',
    input:
      'level=error ts=2026-05-28T14:09:58Z msg="token verification failed" status=401 error="Jwt issuer is not configured"',
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    name: 'Traefik JSON access log: DownstreamStatus 401 from the server (OriginStatus 401)',
    input:
      '{"ClientAddr":"203.0.113.7:52000","ClientHost":"203.0.113.7","DownstreamContentSize":17,"DownstreamStatus":401,"Duration":1811000,"OriginContentSize":17,"OriginDuration":1711000,"OriginStatus":401,"RequestAddr":"api.example.com","RequestMethod":"GET","RequestPath":"/v1/orders","RequestProtocol":"HTTP/1.1","RouterName":"orders@docker","ServiceName":"orders@docker","level":"info","msg":"","time":"2026-05-28T14:09:58Z"}',
    ...A401,
    top: 'token.missing',
    product: null,
    excludes: MISREAD,
  },
  {
    name: 'Traefik JSON access log: DownstreamStatus 401 with OriginStatus 0 (a forwardAuth middleware answered)',
    input:
      '{"ClientAddr":"203.0.113.7:52000","ClientHost":"203.0.113.7","ClientPort":"52000","ClientUsername":"-","DownstreamContentSize":17,"DownstreamStatus":401,"Duration":1811000,"OriginContentSize":0,"OriginDuration":0,"OriginStatus":0,"Overhead":1811000,"RequestAddr":"api.example.com","RequestMethod":"GET","RequestPath":"/v1/orders","RequestProtocol":"HTTP/1.1","RouterName":"orders@docker","entryPointName":"websecure","level":"info","msg":"","time":"2026-05-28T14:09:58Z"}',
    ...A401,
    product: 'Traefik',
    includes: ['proxy.gateway-response'],
    excludes: MISREAD,
  },
  {
    name: 'Splunk: an access_combined event with its metadata',
    input:
      'May 28 14:09:58 api-1 host=api-1 source=/var/log/nginx/access.log sourcetype=access_combined 203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 61 "-" "curl/8.4.0"',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
];

const PROVIDERS: Row[] = [
  {
    name: 'Azure Resource Manager: ExpiredAuthenticationToken (microsoft/foundry-dev-tools#461)',
    input: [
      S401,
      JSON_CT,
      '',
      `{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '6/15/2026 8:22:51 AM' is earlier than current UTC time '6/15/2026 9:27:25 AM'."}}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'azure-resource-manager',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Azure Resource Manager: InvalidAuthenticationTokenAudience in the body and the challenge (JetBrains/azure-tools-for-intellij#16)',
    input: [
      S401,
      `WWW-Authenticate: Bearer authorization_uri="https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47", error="invalid_token", error_description="The access token has been obtained for wrong audience or resource 'https://datalake.azure.net/'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."`,
      '',
      `{"error":{"code":"InvalidAuthenticationTokenAudience","message":"The access token has been obtained for wrong audience or resource 'https://datalake.azure.net/'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."}}`,
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'azure-resource-manager',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Azure Resource Manager: InvalidAuthenticationTokenTenant (Azure/LogicAppsUX#9068)',
    input: [
      S401,
      '',
      `{\n  "error": {\n    "code": "InvalidAuthenticationTokenTenant",\n    "message": "The access token is from the wrong issuer 'https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/'. It must match the tenant 'https://sts.windows.net/a602cbf4-21c3-4761-b54e-acf397842b82/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/a602cbf4-21c3-4761-b54e-acf397842b82' to get the token."\n  }\n}`,
    ].join('\n'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'azure-resource-manager',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Azure SDK for Python: ClientAuthenticationError carrying InvalidAuthenticationTokenTenant (Azure/azure-sdk-for-python#38382)',
    input:
      "azure.core.exceptions.ClientAuthenticationError: (InvalidAuthenticationTokenTenant) The access token is from the wrong issuer 'https://sts.windows.net/975f013f-7f24-47e8-a7d3-abc4752bf346/'. It must match the tenant 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/' associated with this subscription.",
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'azure-resource-manager',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Azure Resource Manager: AuthorizationFailed is Azure RBAC’s denial (microsoft/foundry-dev-tools#474)',
    input: [
      S403,
      '',
      `{"error":{"code":"AuthorizationFailed","message":"The client 'live.com#someone@outlook.com' with object id '5ebbaaba-816c-4bfc-89ed-21118dd400d2' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write' over scope '/subscriptions/8eaf8250-6182-4d7b-9c43-0b6927cd867d/resourcegroups/BYOK-AI' or the scope is invalid. If access was recently granted, please refresh your credentials."}}`,
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'azure-resource-manager',
    excludes: ['token.missing', 'challenge.invalid-token', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'Microsoft Graph: InvalidAuthenticationToken beside the expired token the client sent',
    input: [
      `curl -H "Authorization: Bearer ${EXPIRED_MASKED}" https://graph.microsoft.com/v1.0/me`,
      S401,
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2026-05-28T14:09:58"}}}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    name: 'Microsoft Graph: InvalidAuthenticationToken with IdentityModel’s lifetime words',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired.","innerError":{"date":"2026-05-28T14:09:58","request-id":"a1b2","client-request-id":"a1b2"}}}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Entra ID token endpoint: invalid_grant AADSTS700082 (a refresh token expired)',
    input: [
      'HTTP/1.1 400 Bad Request',
      JSON_CT,
      '',
      '{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-02-20T14:09:58Z and was inactive for 90.00:00:00."}',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    // Round clients2: Entra ID's code names who refused and that it was the refresh (token.revoked's refreshToken).
    via: 'entra-id',
    excludes: ['time.expired', ...NOT_MISSING],
  },
  {
    name: 'Auth0 Management API: the expired-token reply (auth0/laravel-auth0#455)',
    input: [
      S401,
      JSON_CT,
      '',
      '{"statusCode":401,"error":"Unauthorized","message":"Expired token received for JSON Web Token validation"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'auth0',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Keycloak: the server’s debug log for a token from another hostname (keycloak/keycloak#24596)',
    input:
      "2023-11-07 15:00:52,787 DEBUG [org.keycloak.services.managers.AuthenticationManager] (executor-thread-7) Failed to verify identity token: Invalid token issuer. Expected 'http://localhost:8180/realms/myrealm', but was 'http://mykeycloak-service.keycloak:8180/realms/myrealm'\n2023-11-07 15:00:52,787 DEBUG [org.keycloak.services.resources.admin.AdminRoot] (executor-thread-7) Token not valid\n2023-11-07 15:00:52,788 DEBUG [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-7) Error response 401: jakarta.ws.rs.NotAuthorizedException: HTTP 401 Unauthorized",
    status: 401,
    classification: 'authentication',
    top: 'claim.iss-mismatch',
    via: 'keycloak',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Keycloak token endpoint: invalid_grant "Token is not active" for a refresh',
    input: [
      'HTTP/1.1 400 Bad Request',
      JSON_CT,
      '',
      '{"error":"invalid_grant","error_description":"Token is not active"}',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    excludes: NOT_MISSING,
  },
  {
    name: 'Okta API: E0000006 in a client’s error line is Okta refusing an identified caller (DefGuard/defguard#3556)',
    input:
      'Failed to make GET request to https://integrator-1377539.okta.com/api/v1/groups. Status code: 403 Forbidden. Details: {"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oae0A0KX4bnQFm2RRBPT-jRxg","errorCauses":[]}',
    ...A403,
    top: 'policy.deny',
    via: 'okta',
    excludes: ['token.missing', 'challenge.invalid-token', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'Cognito: NotAuthorizedException for a revoked access token (aws-amplify/amplify-js#2205)',
    input: '{"__type":"NotAuthorizedException","message":"Access Token has been revoked"}',
    ...REFUSED,
    top: 'token.revoked',
    via: 'cognito',
    excludes: ['token.missing'],
  },
];

const MESHES: Row[] = [
  {
    name: 'Linkerd: wget’s 403 and the proxy’s log for a route’s policy (linkerd/linkerd2#13013)',
    input: [
      'wget: server returned error: HTTP/1.1 403 Forbidden',
      '[  1289.245238s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}: linkerd_app_inbound::policy::http: Request denied server.group=policy.linkerd.io server.kind=server server.name=ops-rapid-testing-onboarding-linkerd route.group= route.kind=default route.name=default client.tls=None(NoClientHello) client.ip=10.0.3.252',
      '[  1289.245771s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}:rescue{client.addr=10.0.3.252:52222}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error=unauthorized request on route',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'linkerd',
    product: 'Linkerd',
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'Linkerd: a Server’s authorization denying a connection (linkerd/linkerd2#8613)',
    input:
      '[ 522.431827s] INFO ThreadId(01) inbound:server{port=8085}:rescue{client.addr=192.168.1.253:37900}: linkerd_app_core::errors::respond: Request failed error=unauthorized connection on server metrics-api',
    ...DENIED,
    top: 'policy.deny',
    via: 'linkerd',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Envoy's response flag UAEX is "The request was denied by the external authorization service" (Envoy's access-log
    // docs): that service's denial (proxy.authorizer-deny), ranked above Envoy answering (proxy.gateway-response).
    name: 'OPA / Envoy ext_authz: the access log’s UAEX ext_authz_denied on a 403 (Envoy answered)',
    input:
      '[2026-05-28T14:09:58.132Z] "GET /v1/orders HTTP/1.1" 403 UAEX ext_authz_denied - "-" 0 0 1 - "-" "curl/8.4.0" "6f1b2c3d-0000-4000-8000-000000000000" "api.example.com" "-"',
    ...A403,
    top: 'proxy.authorizer-deny',
    product: 'Envoy',
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'Istio ext_authz: ext_authz_denied on a 401, no token pasted',
    input:
      '[2026-05-28T14:09:58.132Z] "GET /v1/orders HTTP/1.1" 401 UAEX ext_authz_denied - "-" 0 0 1 - "-" "curl/8.4.0" "6f1b2c3d-0000-4000-8000-000000000000" "api.example.com" "-"',
    ...A401,
    top: 'proxy.authorizer-deny',
    product: 'Envoy',
    excludes: ['policy.deny', 'status.mismatch', ...MISREAD],
  },
  {
    // Envoy's default access-log format has no details field: the response flag alone (UAEX) after the status, as
    // Ambassador logs it (`ACCESS [2022-03-08T17:26:14.593Z] "POST … HTTP/1.1" 403 UAEX 72 0 0 - …`, find_string).
    name: 'Envoy’s default access log: 403 UAEX with no details field (Envoy answered)',
    input:
      'ACCESS [2026-05-28T14:09:58.132Z] "POST /v1/predictions HTTP/1.1" 403 UAEX 72 0 0 - "192.168.63.233" "curl/7.74.0" "9241129b-aa14-4922-9025-c780bc2096af" "10.100.225.193" "-"',
    ...A403,
    top: 'proxy.authorizer-deny',
    product: 'Envoy',
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'Envoy’s default access log: 401 UAEX, no token pasted',
    input:
      '[2026-05-28T14:09:58.132Z] "GET /v1/invoices HTTP/1.1" 401 UAEX 0 0 1 - "-" "Go-http-client/1.1" "f00" "api.example.com" "-"',
    ...A401,
    top: 'proxy.authorizer-deny',
    product: 'Envoy',
    excludes: ['policy.deny', 'status.mismatch', ...MISREAD],
  },
  {
    name: 'quiet: UAEX beside a 200, or not after a status, names no gateway',
    input: [
      '[2026-05-28T14:09:58.132Z] "GET /v1/orders HTTP/1.1" 200 - 0 19 3 2 "-" "curl/8.4.0"',
      'HTTP/1.1 403 Forbidden',
      'note: the UAEX flag means ext authz; see runbook',
    ].join('\n'),
    ...A403,
    excludes: ['proxy.gateway-response'],
  },
  {
    name: 'Consul intentions / Istio: Envoy’s RBAC filter answers 403',
    input: [S403, 'content-length: 19', 'content-type: text/plain', 'server: envoy', '', 'RBAC: access denied'].join(
      '\n',
    ),
    ...A403,
    top: 'policy.deny',
    via: 'envoy',
    product: 'Envoy',
    excludes: ['token.missing', 'status.mismatch'],
  },
  {
    name: 'Istio: RBAC denial with a valid token in the request',
    input: [`authorization: Bearer ${FRESH_MASKED}`, S403, 'server: istio-envoy', '', 'RBAC: access denied'].join('\n'),
    ...A403,
    top: 'policy.deny',
    excludes: ['time.expired', 'token.missing', 'status.mismatch'],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'prose naming ARM’s wrong-issuer words, with no values quoted',
    input:
      'The docs say ARM returns InvalidAuthenticationTokenTenant when the access token is from the wrong issuer; we should check the tenant.',
    ...QUIET,
    excludes: ['claim.iss-mismatch', 'challenge.invalid-token', 'token.missing'],
  },
  {
    name: 'prose naming ARM’s expiry words, with no times quoted',
    input: 'If the access token expiry UTC time is in the past, ARM says so; refresh first.',
    ...QUIET,
    excludes: ['time.expired', 'token.missing'],
  },
  {
    name: 'prose naming Keycloak’s issuer check, with no issuer quoted',
    input: 'Keycloak logs "Invalid token issuer. Expected" followed by the realm URL when the hostname differs.',
    ...QUIET,
    excludes: ['claim.iss-mismatch'],
  },
  {
    name: 'an ARM AuthorizationFailed code with no message of its own shape',
    input: '{"error":{"code":"AuthorizationFailed","message":"see the runbook"}}',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'GCP Cloud Audit Logs: a granted call (empty status)',
    input:
      '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{},"serviceName":"storage.googleapis.com","methodName":"storage.objects.get","authorizationInfo":[{"permission":"storage.objects.get","granted":true}]},"severity":"INFO"}',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'a google.rpc.Status with code 7 outside an audit log (a batch write’s status) is not read as one',
    input: '{"writeResults":[{}],"status":[{"code":7,"message":"PERMISSION_DENIED"}]}',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'Traefik JSON access log: a proxied 200',
    input:
      '{"ClientAddr":"203.0.113.7:52000","ClientHost":"203.0.113.7","DownstreamContentSize":287,"DownstreamStatus":200,"Duration":8184335,"OriginContentSize":287,"OriginDuration":7349966,"OriginStatus":200,"RequestMethod":"GET","RequestPath":"/v1/orders","RouterName":"orders@docker","level":"info","msg":"","time":"2026-05-28T14:09:58Z"}',
    status: 200,
    classification: 'undetermined',
    product: null,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'GCP Cloud Logging: a successful request',
    input:
      '{"httpRequest":{"requestMethod":"GET","requestUrl":"https://api.example.com/v1/orders","status":200,"responseSize":"512"},"severity":"INFO","timestamp":"2026-05-28T14:09:58Z"}',
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'AWS ALB access log: a forwarded 200',
    input:
      'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.048 0.000 200 200 34 366 "GET https://api.example.com:443/v1/orders HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "api.example.com" "-" 0 2026-05-28T14:09:58.138000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"',
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', ...MISREAD],
  },
];

describe('formats, round 8: observability envelopes', () => {
  it.each(ENVELOPES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 8: identity providers', () => {
  it.each(PROVIDERS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 8: meshes and policy engines', () => {
  it.each(MESHES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 8: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
