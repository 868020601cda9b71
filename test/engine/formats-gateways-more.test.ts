/**
 * Round 16 of real-world pastes: what gateways, API managers, WAFs and load balancers answer or log when they refuse
 * a request themselves. WSO2 API Manager's 9009xx faults and its gateway's APIAuthenticationHandler log, Kong's ACL
 * and key-auth plugins, Tyk's JWT middleware, Caddy's caddy-security, Traefik's forwardAuth, Gravitee, F5 BIG-IP APM, Envoy's ext_authz failing closed, Google Cloud Armor's load balancer log, Apigee's VerifyJWT /
 * DecodeJWT faults and KrakenD's JWT validator. Every product string is confirmed in a public source named beside its
 * row (or in the matcher/body signal that reads it: parse/verifier-messages/gateways.ts, checks/proxy.ts). Reading
 * choices: docs/findings.md, "Reading the rules" and the project readings. The last group puts the same words in prose
 * or in a success, and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import {
  A401,
  A403,
  DENIED,
  EXPIRED,
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

const WSO2 = 'WSO2 API Manager';

const GATEWAYS: Row[] = [
  // wso2/product-apim#12620 (the curl reply, verbatim shape), wso2/api-manager#2099 (the same words inside an Open
  // Banking envelope): 900901 is every refused credential, expired, revoked or unknown (wso2/docs-apim#17).
  {
    name: 'WSO2 API Manager: 900901 Invalid Credentials for a token that is still valid',
    input: [
      `$ curl -i https://gw.example.com:8243/orders/1.0.0/items -H 'Authorization: Bearer ${FRESH_MASKED}'`,
      S401,
      JSON_CT,
      '',
      '{"code":"900901","message":"Invalid Credentials","description":"Access failure for API: /orders/1.0.0, version: 1.0.0 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'wso2',
    product: WSO2,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'WSO2 API Manager: 900901 with an expired token in the request (the token says why)',
    input: [
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      S401,
      JSON_CT,
      '',
      '{"code":"900901","message":"Invalid Credentials","description":"Access failure for API: /orders/1.0.0, version: 1.0.0 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    product: WSO2,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // WSO2 Microgateway's fault (wso2/product-microgateway docs, "Missing Credentials. Make sure your API invocation
  // call has a header: \"Authorization\""); the same sentence in wso2/product-apim#8891.
  {
    name: 'WSO2 Microgateway: 900902 Missing Credentials, no token sent',
    input: [
      S401,
      JSON_CT,
      '',
      '{"fault":{"code":900902, "message":"Missing Credentials", "description":"Missing Credentials. Make sure your API invocation call has a header: \\"Authorization\\""}}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'wso2',
    product: WSO2,
    excludes: MISREAD,
  },
  // 900910 with "Scope validation failed." (WSO2's access-control sample, and API clients quoting it).
  {
    name: 'WSO2 API Manager: 900910, the token lacks the resource’s scope',
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      S403,
      JSON_CT,
      '',
      '{"code":"900910","message":"The access token does not allow you to access the requested resource","description":"User is NOT authorized to access the Resource: /schedules. Scope validation failed."}',
    ].join('\n'),
    ...A403,
    top: 'scope.insufficient',
    via: 'wso2',
    product: WSO2,
    excludes: [...NOT_MISSING, 'challenge.invalid-token', 'status.mismatch', ...MISREAD],
  },
  // The gateway's own log (wso2/product-apim#10251, wso2/api-manager#2099).
  {
    name: 'WSO2 gateway log: APIAuthenticationHandler, Invalid Credentials',
    input:
      'TID: [] [] [2026-05-28 14:09:58,123]  WARN {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler} - API authentication failure due to Invalid Credentials for requestURI=/orders/1.0.0/items',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'wso2',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'WSO2 gateway log: APIAuthenticationHandler, Missing Credentials',
    input:
      'WARN {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler} -  API authentication failure due to Missing Credentials {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler}',
    ...REFUSED,
    top: 'token.missing',
    via: 'wso2',
    excludes: MISREAD,
  },
  // Kong's ACL plugin (kong/plugins/acl/handler.lua: `kong.response.exit(403, { message = "You cannot consume this
  // service" })`): the consumer authenticated, its group is not allowed.
  {
    name: 'Kong ACL: 403 You cannot consume this service, with a valid token',
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      S403,
      'Content-Type: application/json; charset=utf-8',
      'Server: kong/3.4.2',
      '',
      '{"message":"You cannot consume this service"}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'kong',
    product: 'Kong',
    excludes: [...NOT_MISSING, 'status.mismatch', ...MISREAD],
  },
  // Kong's key-auth plugin with no key (`{"message":"No API key found in request"}`, Kong's getting-started guides
  // and the gateways built on it, Supabase's among them): an API key, not a token.
  {
    name: 'Kong key-auth: 401 No API key found in request',
    input: [
      S401,
      'Content-Type: application/json; charset=utf-8',
      'Server: kong/3.4.2',
      '',
      '{"message":"No API key found in request"}',
    ].join('\n'),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Kong',
    excludes: ['token.missing', 'challenge.invalid-token', ...MISREAD],
  },
  // Tyk's JWT middleware (TykTechnologies/tyk gateway tests' BodyMatch "Key not authorized: token has expired"; the
  // older "Key not authorized: Token is expired" as API clients match it; MsgKeyNotAuthorizedUnexpectedSigningMethod
  // and Tyk's Keycloak guide's `{"error": "Key not authorized: Unexpected signing method."}`).
  {
    name: 'Tyk JWT: Key not authorized: token has expired (no token pasted)',
    input: [S401, JSON_CT, 'X-Generator: tyk.io', '', '{"error":"Key not authorized: token has expired"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'tyk',
    product: 'Tyk',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Tyk JWT (older gateway): Key not authorized: Token is expired names Tyk, not golang-jwt',
    input: [S401, JSON_CT, '', '{"error":"Key not authorized: Token is expired"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'tyk',
    product: 'Tyk',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Tyk JWT: Key not authorized: Unexpected signing method.',
    input: [S401, JSON_CT, '', '{', '  "error": "Key not authorized: Unexpected signing method."', '}'].join('\n'),
    ...A401,
    top: 'alg.not-allowed',
    via: 'tyk',
    product: 'Tyk',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Tyk's JWT docs ("Missing Policies": "fail safe and reject the request returning the HTTP 403 Forbidden response
    // with `Key not authorized: no matching policy`") and gateway/mw_jwt.go.
    name: 'Tyk JWT: 403 Key not authorized: no matching policy is the gateway’s own policy denial',
    input: [S403, JSON_CT, 'X-Generator: tyk.io', '', '{"error": "Key not authorized: no matching policy"}'].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'tyk',
    product: 'Tyk',
    excludes: [...NOT_MISSING, 'status.mismatch'],
  },
  // Traefik's forwardAuth relaying the authentication server's refusal (authelia/authelia#1963's debug line, with the
  // auth server's 401 in place of that 431).
  {
    name: 'Traefik forwardAuth: Remote error … StatusCode: 401, middlewareType=ForwardedAuthType',
    input:
      'time="2026-05-28T14:09:58Z" level=debug msg="Remote error http://authelia.dev:9091/api/verify?rd=https://auth.example.com. StatusCode: 401" middlewareName=dev-authelia@kubernetescrd middlewareType=ForwardedAuthType',
    ...A401,
    top: 'token.missing',
    includes: ['proxy.gateway-response'],
    product: 'Traefik',
    excludes: MISREAD,
  },
  // oauth2-proxy behind Traefik without the errors middleware: its bare 401 reaches the client (oauth2-proxy#3375).
  {
    name: 'oauth2-proxy’s bare 401 through Traefik: text/plain Unauthorized, no challenge',
    input: [
      S401,
      'Content-Length: 13',
      'Content-Type: text/plain; charset=utf-8',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'X-Content-Type-Options: nosniff',
      '',
      'Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    includes: ['challenge.missing'],
    excludes: MISREAD,
  },
  // Gravitee: no plan resolved for the request (a Norwegian university's Gravitee set-up guide expects exactly this for a
  // call without its key; Gravitee's MCP-proxy docs show it for a missing access token).
  {
    name: 'Gravitee: 401 {"message":"Unauthorized","http_status_code":401}, no token sent',
    input: [S401, JSON_CT, '', '{"message":"Unauthorized","http_status_code":401}'].join('\n'),
    ...A401,
    top: 'token.missing',
    includes: ['proxy.gateway-response'],
    product: 'Gravitee',
    excludes: MISREAD,
  },
  // An edge-optimized API Gateway endpoint behind CloudFront refusing Basic credentials
  // (svdgraaf/serverless-basic-authentication#14, verbatim headers): API Gateway wrote the reply, CloudFront passed it.
  {
    name: 'API Gateway behind CloudFront: x-amzn-ErrorType UnauthorizedException with X-Cache: Error from cloudfront',
    input: [
      S401,
      'Connection: keep-alive',
      'Content-Length: 26',
      'Content-Type: application/json',
      'Date: Mon, 24 Jun 2019 15:26:04 GMT',
      'Via: 1.1 5f3006c64f23c42b9bf4b3b63c77aedc.cloudfront.net (CloudFront)',
      'WWW-Authenticate: Basic',
      'X-Amz-Cf-Id: pdkyegI5p9uwYUsNcx7hcByQzz3tIybsEf4cjpAnny7X4f3y2X_A9g==',
      'X-Amz-Cf-Pop: MUC50-C1',
      'X-Cache: Error from cloudfront',
      'x-amz-apigw-id: bym-AHkIjoEFv6A=',
      'x-amzn-ErrorType: UnauthorizedException',
      'x-amzn-RequestId: 6196325d-9694-11e9-9f9e-4bcc800f8014',
      '',
      '{',
      '    "message": "Unauthorized"',
      '}',
    ].join('\n'),
    ...A401,
    product: 'AWS API Gateway',
    excludes: MISREAD,
  },
  {
    name: 'CloudFront’s own 403 page with X-Cache: Error from cloudfront and nothing behind it: CloudFront answered',
    input: [
      'HTTP/2 403',
      'content-type: text/html',
      'server: CloudFront',
      'x-cache: Error from cloudfront',
      '',
      '<H1>403 ERROR</H1>',
      '<H2>The request could not be satisfied.</H2>',
    ].join('\n'),
    ...A403,
    top: 'proxy.gateway-response',
    product: 'CloudFront',
    excludes: ['token.missing', 'proxy.waf-block', ...MISREAD],
  },
  // F5 BIG-IP APM's deny page (its sentence as VPN/portal scrapers match it), answered on a 401 here.
  {
    name: 'F5 BIG-IP APM: Access was denied by the access policy (APM’s own policy, not the token)',
    input: [
      S401,
      'Content-Type: text/html; charset=utf-8',
      '',
      'Access was denied by the access policy. This may be due to a failure to meet access policy requirements.',
    ].join('\n'),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'F5 BIG-IP APM',
    excludes: ['token.missing', ...MISREAD],
  },
  // Envoy's ext_authz filter when its authorization service failed (timed out, unreachable) and it fails closed:
  // response code details `ext_authz_error` (envoyproxy/envoy source/extensions/filters/http/ext_authz/ext_authz.cc,
  // RcDetailsValues::AuthzError), 403 unless status_on_error says otherwise.
  {
    name: 'Envoy ext_authz: 403 UAEX ext_authz_error (the authorization service failed, not the token)',
    input:
      '[2026-05-28T14:09:58.132Z] "GET /v1/orders HTTP/1.1" 403 UAEX ext_authz_error - "-" 0 0 200 - "-" "curl/8.4.0" "6f1b2c3d-0000-4000-8000-000000000000" "api.example.com" "-"',
    ...A403,
    // Round audit-av: ext_authz_error names its cause, the authorization service unreachable (setup envoy-ext-authz-error).
    top: 'verifier.misconfigured',
    product: 'Envoy',
    excludes: ['token.missing', 'policy.deny', 'status.mismatch', ...MISREAD],
  },
];

// Apigee's VerifyJWT / DecodeJWT runtime faults (cloud.google.com/apigee/docs, "JWS and JWT policies' error codes"
// table, and "Troubleshoot Decode JWT runtime errors" for the body `{"fault":{"faultstring":"Failed to Decode Token:
// policy({0})","detail":{"errorcode":"steps.jwt.FailedToDecode"}}}`); the faultstring "The Token has expired:
// policy(…)" as clients match it (a public troubleshooting table keyed on it). Where no public capture gives a code's
// faultstring, the row pastes the fault's errorcode alone (Apigee's advice: trap the errorcode, not the faultstring).
function apigee(faultstring: string | null, errorcode: string): string {
  const fault =
    faultstring === null
      ? `{"fault":{"detail":{"errorcode":"${errorcode}"}}}`
      : `{"fault":{"faultstring":"${faultstring}","detail":{"errorcode":"${errorcode}"}}}`;
  return [S401, JSON_CT, '', fault].join('\n');
}

const APIGEE: Row[] = [
  {
    name: 'Apigee VerifyJWT: steps.jwt.TokenExpired',
    input: apigee('The Token has expired: policy(JWT-Verify-RS256)', 'steps.jwt.TokenExpired'),
    ...A401,
    top: 'time.expired',
    via: 'apigee',
    product: 'Apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.TokenNotYetValid',
    input: apigee(null, 'steps.jwt.TokenNotYetValid'),
    ...A401,
    top: 'time.not-yet-valid',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.NoMatchingPublicKey (the kid is not in the JWKS)',
    input: apigee(null, 'steps.jwt.NoMatchingPublicKey'),
    ...A401,
    top: 'key.kid-unknown',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.JwtAudienceMismatch',
    input: apigee(null, 'steps.jwt.JwtAudienceMismatch'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.JwtIssuerMismatch',
    input: apigee(null, 'steps.jwt.JwtIssuerMismatch'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.InvalidToken (the signature did not verify)',
    input: apigee(null, 'steps.jwt.InvalidToken'),
    ...A401,
    top: 'signature.invalid',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.AlgorithmMismatch',
    input: apigee(null, 'steps.jwt.AlgorithmMismatch'),
    ...A401,
    top: 'alg.not-allowed',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.KeyIdMissing (no kid, the policy reads a JWKS)',
    input: apigee(null, 'steps.jwt.KeyIdMissing'),
    ...A401,
    top: 'key.kid-missing',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee DecodeJWT: steps.jwt.FailedToDecode',
    input: apigee('Failed to Decode Token: policy(JWT-Decode-HS256)', 'steps.jwt.FailedToDecode'),
    ...A401,
    top: 'token.malformed',
    via: 'apigee',
    excludes: NOT_MISSING,
  },
];

const KRAKEND: Row[] = [
  // krakend/krakend-ce#984: `[JWTValidator] Unable to validate the token: no Keys have been found`, krakend-jose's
  // ErrNoKeyFound (jwk_client.go) for a kid its JWKS does not hold, behind KrakenD's log prefix (luraproject/lura#420).
  {
    name: 'KrakenD: [JWTValidator] Unable to validate the token: no Keys have been found',
    input:
      '[KRAKEND] 2026/05/28 - 14:09:58.123 ▶ ERROR [JWTValidator] Unable to validate the token: no Keys have been found',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'krakend',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // luraproject/lura#420, krakend/krakend-jose#27: go-jose's error as KrakenD's Gin logger prints it under the access
  // line (the line is left out here: see the round's leftovers).
  {
    name: 'KrakenD: Error #01: square/go-jose/jwt: validation failed, token is expired (exp)',
    input: 'Error #01: square/go-jose/jwt: validation failed, token is expired (exp)',
    ...REFUSED,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

// Caddy's caddy-security plugin (greenpau/go-authcrunch's errors): its authorize step's log lines, as
// greenpau/caddy-security#10 (console encoder) and greenpau/caddy-authorize#53 (JSON) show them.
const CADDY: Row[] = [
  {
    name: 'caddy-security: user role is valid, but not allowed by access list (console log)',
    input:
      '2026/05/28 14:09:58.986 ERROR   http.handlers.authentication    auth provider returned error {"provider": "authorizer", "error": "user authorization failed: src_ip=10.0.2.2, src_conn_ip=10.0.2.2, reason: user role is valid, but not allowed by access list"}',
    ...DENIED,
    top: 'policy.deny',
    via: 'caddy-security',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'caddy-security: keystore: failed to parse token (JSON log; a token no configured key verifies)',
    input:
      '{"level":"error","ts":1779977398.8840573,"logger":"http.handlers.authentication","msg":"auth provider returned error","provider":"jwt","error":"token validator: invalid token: keystore: failed to parse token"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'caddy-security',
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
  {
    name: 'caddy-security: reason: no token found',
    input:
      '2026/05/28 14:09:58.986 ERROR   http.handlers.authentication    auth provider returned error {"provider": "authorizer", "error": "user authorization failed: src_ip=10.0.2.2, src_conn_ip=10.0.2.2, reason: no token found"}',
    ...REFUSED,
    top: 'token.missing',
    via: 'caddy-security',
    excludes: ['policy.deny', ...MISREAD],
  },
];

const WAF: Array<Row & { waf: string }> = [
  // Google Cloud Armor's per-request log, part of the external Application Load Balancer's (cloud.google.com/armor/
  // docs/request-logging: statusDetails `denied_by_security_policy`, enforcedSecurityPolicy {name, priority,
  // configuredAction, outcome}).
  {
    name: 'Google Cloud Armor: the load balancer log of a request its security policy denied',
    input:
      '{"httpRequest":{"requestMethod":"GET","requestUrl":"https://api.example.com/v1/orders","status":403,"userAgent":"curl/8.4.0","remoteIp":"203.0.113.7"},"jsonPayload":{"enforcedSecurityPolicy":{"name":"api-edge-policy","priority":1000,"configuredAction":"DENY","outcome":"DENY"},"statusDetails":"denied_by_security_policy"},"severity":"WARNING","timestamp":"2026-05-28T14:09:58.123Z"}',
    ...A403,
    top: 'proxy.waf-block',
    waf: 'Google Cloud Armor',
    excludes: ['token.missing', 'policy.deny', 'status.mismatch', ...MISREAD],
  },
  // Akamai's Access Denied page with its escaped reference, as public captures show it (a curl -v against an Akamai
  // edge with `X-Akamai-Request-ID`; scrapers' fixtures of the same page).
  {
    name: 'Akamai: 403 Access Denied with its Reference&#32;&#35; (an edge rule refused the request)',
    input: [
      S403,
      'Server: AkamaiGHost',
      'Content-Type: text/html',
      '',
      '<HTML><HEAD>',
      '<TITLE>Access Denied</TITLE>',
      '</HEAD><BODY>',
      '<H1>Access Denied</H1>',
      ' ',
      'You don\'t have permission to access "http&#58;&#47;&#47;api&#46;example&#46;com&#47;v1&#47;orders" on this server.<P>',
      'Reference&#32;&#35;18&#46;e834768&#46;1779977398&#46;2c1382d',
      '</BODY>',
      '</HTML>',
    ].join('\n'),
    ...A403,
    top: 'proxy.waf-block',
    waf: 'Akamai',
    excludes: ['token.missing', 'policy.deny', 'status.mismatch', ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'prose: what Kong’s ACL plugin answers, said in a sentence',
    input:
      'If the consumer is not in an allowed group Kong says you cannot consume this service, so add the group first.',
    ...QUIET,
    excludes: ['policy.deny', 'proxy.gateway-response'],
  },
  {
    name: 'prose: Envoy’s ext_authz_error in a runbook',
    input: 'When OPA is down Envoy logs ext_authz_error with the UAEX flag; page the platform team.',
    ...QUIET,
    excludes: ['proxy.gateway-response', 'proxy.waf-block', 'token.missing'],
  },
  {
    name: 'Cloud Armor: a request the policy allowed (outcome ACCEPT, a 200)',
    input:
      '{"httpRequest":{"requestMethod":"GET","requestUrl":"https://api.example.com/v1/orders","status":200,"userAgent":"curl/8.4.0"},"jsonPayload":{"enforcedSecurityPolicy":{"name":"api-edge-policy","priority":2147483647,"configuredAction":"ALLOW","outcome":"ACCEPT"},"statusDetails":"response_sent_by_backend"},"severity":"INFO"}',
    status: 200,
    classification: 'undetermined',
    excludes: ['proxy.waf-block', 'token.missing', ...MISREAD],
  },
  {
    // Its Access Denied page is a block with or without the status (formats-audit-u.test.ts).
    name: 'Akamai’s reference with no status: Akamai named nowhere as a block (its 5xx pages carry it too)',
    input:
      '<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY><H1>Error</H1> An error occurred while processing your request. Reference&#32;&#35;18&#46;27f62917&#46;1779623119&#46;a59b1f4c</BODY></HTML>',
    ...QUIET,
    excludes: ['proxy.waf-block', 'token.missing', ...MISREAD],
  },
  {
    name: 'Kong key-auth’s words in prose: no status, no gateway named',
    input: 'supabase says No API key found in request when the anon key is missing from the apikey header',
    ...QUIET,
    excludes: ['proxy.gateway-response', 'token.missing'],
  },
  {
    name: 'a login API’s bare {"error":"Invalid Credentials"} (not WSO2’s description): no WSO2, no stated invalid token',
    input: [S401, JSON_CT, '', '{"error":"Invalid Credentials"}'].join('\n'),
    ...A401,
    product: null,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'Tyk’s prefix with a reason no row reads: Tyk is not named as the verifier',
    input: 'the docs list "Key not authorized: " followed by the reason',
    ...QUIET,
    excludes: ['time.expired', 'alg.not-allowed'],
  },
  {
    name: 'prose: caddy-security’s words without its reason',
    input: 'the user role is valid, but the page still says forbidden after the caddy reload',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'Traefik forwardAuth failing to reach its server (no status): no gateway answer claimed',
    input:
      'ERR Error calling http://crowdsec_bouncer:8080/api/v1/forwardAuth error="Get \\"http://crowdsec_bouncer:8080/api/v1/forwardAuth\\": context canceled" middlewareName=crowdsec-bouncer@file middlewareType=ForwardAuth',
    ...QUIET,
    excludes: ['proxy.gateway-response', 'token.missing'],
  },
  {
    name: 'another API’s body with an http_status_code field (error_code first): not Gravitee',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error_code":"api_authentication_invalid_key","http_status_code":401,"error_msg":"Sorry, authentication failed. Invalid api key"}',
    ].join('\n'),
    ...A401,
    product: null,
    excludes: MISREAD,
  },
  {
    name: 'F5 APM’s sentence with no status (a runbook note): no gateway answer claimed',
    input:
      'VPN says: Access was denied by the access policy. This may be due to a failure to meet access policy requirements. Run Certificate Cleanup.',
    ...QUIET,
    excludes: ['proxy.gateway-response', 'token.missing'],
  },
  {
    name: 'prose: a question about WSO2’s missing-credentials fault',
    input: 'why does wso2 say Missing Credentials even though postman sends the header?',
    ...QUIET,
    excludes: ['token.missing'],
  },
];

describe('formats, round 16: gateways refusing a token themselves', () => {
  it.each(GATEWAYS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: Apigee JWT policies', () => {
  it.each(APIGEE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: KrakenD', () => {
  it.each(KRAKEND)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: Caddy', () => {
  it.each(CADDY)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: WAFs', () => {
  it.each(WAF)('$name', async (row) => {
    const report = await expectPasteRow(row);
    const waf = report.findings.find((f) => f.code === 'proxy.waf-block');
    expect(waf?.args.product).toBe(row.waf);
  });
});

describe('formats, round 16: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: a signed token in the paste is never echoed', () => {
  it('WSO2 900901 and a Tyk refusal with the full expired token in the request', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    for (const body of [
      '{"code":"900901","message":"Invalid Credentials","description":"Access failure for API: /orders/1.0.0, version: 1.0.0 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials"}',
      '{"error":"Key not authorized: token has expired"}',
    ])
      await expectPasteRow(
        {
          name: 'signed token',
          input: [`Authorization: Bearer ${EXPIRED}`, S401, JSON_CT, '', body].join('\n'),
          ...A401,
          top: 'time.expired',
          excludes: NOT_MISSING,
        },
        [signature],
      );
  });
});
