/**
 * Round 10 of real-world pastes: identity-aware proxies (Cloudflare Access, Pomerium, oauth2-proxy, an ALB's
 * authenticate action, Google IAP), WAF log records (Azure Application Gateway and Front Door, Cloudflare 1010),
 * platforms' token services (the Kubernetes API server's authenticator and audit log, the Docker / OCI registry's token
 * auth, Keycloak's event log) and JVM verifiers not covered before (jose4j under Quarkus' SmallRye JWT and Dropwizard,
 * Spring WebFlux's resource server over Nimbus). Product strings are confirmed in the public sources named beside each
 * row or in the matcher / shape that reads them (parse/verifier-messages/java.ts, frameworks.ts, identity.ts,
 * parse/error-bodies.ts, checks/proxy.ts, checks/authz-header.ts). Reading choices: docs/findings.md, "Reading the
 * rules". The last group puts the same words in prose or in a success, and must stay quiet.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
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

/** The signature of EXPIRED, which no report may quote. */
const EXPIRED_SIG = EXPIRED.split('.')[2] as string;

/** A claims set as jose4j prints it in its wrapper, valid for an hour from NOW. */
const LIVE_CLAIMS = `{"iss":"https://idp.example.com/realms/main","sub":"5d15d9ff-0288-4487-8103-94ae1d056ea1","aud":"orders","iat":${NOW - 60},"exp":${NOW + 3600}}`;

const JVM: Row[] = [
  {
    // quarkusio/quarkus#31140 (Quarkus OIDC / SmallRye JWT over jose4j), its claims and details as printed there.
    name: 'Quarkus: jose4j’s InvalidJwtException for an expired token, with the claims it rejected',
    input: [
      '2026-05-28 14:09:58,123 DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (vert.x-eventloop-thread-1) Authentication failed: io.smallrye.jwt.auth.principal.ParseException: SRJWT07000: Failed to verify a token',
      'Caused by: org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims->{"exp":1676357992,"iat":1676357932,"jti":"d7a44369-15fb-4653-9981-c9d0d42970ab","iss":"http://localhost:18080/realms/master","sub":"5d15d9ff-0288-4487-8103-94ae1d056ea1","typ":"Bearer","azp":"admin-cli","scope":"email profile","preferred_username":"admin"}) rejected due to invalid claims or other invalid content. Additional details: [[1] The JWT is no longer valid - the evaluation time NumericDate{1676359301 -> Feb 14, 2023, 3:21:41 PM CST} is on or after the Expiration Time (exp=NumericDate{1676357992 -> Feb 14, 2023, 2:59:52 PM CST}) claim value.]',
      '        at org.jose4j.jwt.consumer.JwtConsumer.validate(JwtConsumer.java:459)',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jose4j',
    excludes: ['token.missing', ...MISREAD],
    tokenExp: 1676357992,
  },
  {
    // quarkusio/quarkus#6462: a token with no exp under quarkus-smallrye-jwt.
    name: 'Quarkus: "[[2] No Expiration Time (exp) claim present."',
    input:
      'Token is invalid: JWT (....) rejected due to invalid claims or other invalid content. Additional details: [[2] No Expiration Time (exp) claim present.]',
    ...REFUSED,
    top: 'time.no-exp',
    via: 'jose4j',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Quarkus: a bare 401 with its DEBUG log naming the audience jose4j expected',
    input: [
      S401,
      'www-authenticate: Bearer',
      'content-length: 0',
      '',
      '2026-05-28 14:09:58,123 DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (vert.x-eventloop-thread-1) Authentication failed: io.smallrye.jwt.auth.principal.ParseException: SRJWT07000: Failed to verify a token',
      `Caused by: org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims->${LIVE_CLAIMS}) rejected due to invalid claims or other invalid content. Additional details: [[8] Audience (aud) claim [orders] doesn't contain an acceptable identifier. Expected payments as an aud value.]`,
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'jose4j',
    excludes: [...NOT_MISSING, 'time.expired', ...MISREAD],
  },
  {
    // The issuer detail as jose4j words it (navikt's OIDC token validator tests assert this text).
    name: 'jose4j: "Issuer (iss) claim value (…) doesn’t match expected value of …"',
    input:
      "rejected due to invalid claims or other invalid content. Additional details: [[12] Issuer (iss) claim value (https://tull.nav.no) doesn't match expected value of https://foo.bar.adeo.no/openam/oauth2]",
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'jose4j',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Dropwizard's JwtAuthFilter over jose4j (a user's log in a public issue quotes the line; the token here is ours).
    name: 'Dropwizard: "JWT rejected due to invalid signature" with the JWS printed after it',
    input: [
      `WARN  [2026-05-28 14:09:58,667] com.github.toastshaman.dropwizard.auth.jwt.JwtAuthFilter: Error decoding credentials: JWT rejected due to invalid signature. Additional details: [[9] Invalid JWS Signature: JsonWebSignature{"alg":"RS256","typ":"JWT","kid":"k1"}->${EXPIRED}]`,
      '! org.jose4j.jwt.consumer.InvalidJwtSignatureException: JWT rejected due to invalid signature.',
    ].join('\n'),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jose4j',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'jose4j: no key in the JWKS for the token’s kid',
    input:
      'org.jose4j.lang.UnresolvableKeyException: Unable to find a suitable verification key for JWS w/ header {"alg":"RS256","typ":"JWT","kid":"2026-05-rot"} from JWKs [org.jose4j.jwk.RsaJsonWebKey{kty=RSA, kid=2026-04-rot}] obtained from https://idp.example.com/realms/main/protocol/openid-connect/certs',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'jose4j',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // quarkusio/quarkus#7502's DEBUG line (today's wording carries the SRJWT07000 code: PrincipalMessages.java).
    name: 'Quarkus: SRJWT07000 alone, no jose4j detail pasted',
    input:
      '2026-05-28 14:09:58,123 DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (vert.x-eventloop-thread-6) Authentication failed: io.smallrye.jwt.auth.principal.ParseException: SRJWT07000: Failed to verify a token',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'smallrye-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // smallrye/smallrye-jwt PrincipalMessages.java (SRJWT07010).
    name: 'SmallRye JWT: SRJWT07010, a required claim is absent',
    input:
      '2026-05-28 14:09:58,123 DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (executor-thread-1) Verification failed: org.jose4j.jwt.consumer.InvalidJwtException: SRJWT07010: Required claims are not present in the JWT',
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'smallrye-jwt',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Spring Security's BearerTokenServerAuthenticationEntryPoint writes the servlet stack's challenge.
    name: 'Spring WebFlux resource server: its 401 challenge for an expired Jwt',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
      'Cache-Control: no-cache, no-store, max-age=0, must-revalidate',
      'content-length: 0',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'spring-security',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Spring WebFlux resource server: Nimbus found no key for the token’s kid or alg',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
      'content-length: 0',
    ].join('\n'),
    ...A401,
    top: 'key.kid-unknown',
    via: 'nimbus',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // eclipse-hawkbit/hawkbit#1087.
    name: 'Spring: Nimbus’ "Invalid JWT serialization: Missing dot delimiter(s)"',
    input:
      '2026-05-28 14:09:58.529 DEBUG 1 --- [tp1950800085-22] .s.o.c.w.OAuth2LoginAuthenticationFilter : Authentication request failed: org.springframework.security.oauth2.core.OAuth2AuthenticationException: An error occurred while attempting to decode the Jwt: Invalid JWT serialization: Missing dot delimiter(s)',
    ...REFUSED,
    top: 'token.malformed',
    via: 'nimbus',
    excludes: ['token.missing'],
  },
  {
    // spring-projects/spring-security#17794.
    name: 'Spring: the JWK set cache could not be refreshed in time',
    input:
      'o.s.s.w.s.a.AuthenticationWebFilter : Authentication failed: An error occurred while attempting to decode the Jwt: Timeout while waiting for cache refresh',
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'nimbus',
    excludes: ['token.missing', ...MISREAD],
  },
];

const PLATFORMS: Row[] = [
  {
    // kubernetes pkg/serviceaccount/claims.go (validateSATimes); the apiserver line as public runbooks quote it.
    name: 'kube-apiserver: a service-account token that has expired',
    input:
      'E0528 14:09:58.123456       1 authentication.go:73] "Unable to authenticate the request" err="[invalid bearer token, service account token has expired]"',
    ...REFUSED,
    top: 'time.expired',
    via: 'kubernetes',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'kube-apiserver: a service-account token not valid yet (a node’s clock behind)',
    input:
      '# kube-apiserver log\n"Unable to authenticate the request" err="[invalid bearer token, service account token is not valid yet]"',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'kubernetes',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // kubernetes pkg/serviceaccount/legacy.go: the token's Secret is gone.
    name: 'kube-apiserver: "Token has been invalidated"',
    input:
      'E0928 03:03:43.261346       1 authentication.go:75] "Unable to authenticate the request" err="[invalid bearer token, Token has been invalidated]"',
    ...REFUSED,
    top: 'token.revoked',
    via: 'kubernetes',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // A public write-up's apiserver log (Keycloak in front of the OIDC authenticator).
    name: 'kube-apiserver: its OIDC authenticator (go-oidc) names the audience it expected',
    input:
      '2026-05-28T14:09:58.35346176+01:00 stderr F E0528 14:09:58.353124       1 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, oidc: verify token: oidc: expected audience \\"kubernetes\\" got [\\"account\\"]]"',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'go-oidc',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'kube-apiserver: its OIDC authenticator refuses the IdP’s signing algorithm',
    input:
      'E0528 14:09:58.300538       1 authentication.go:74] "Unable to authenticate the request" err="[invalid bearer token, oidc: verify token: oidc: id token signed with unsupported algorithm, expected [\\"RS256\\"] got \\"ES256\\"]"',
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'go-oidc',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // A public issue's apiserver log: the bare wrapper, no cause.
    name: 'kube-apiserver: a bare "invalid bearer token" is a rejected token, not a missing one',
    input:
      'Jan 30 01:38:41 master-1 kube-apiserver[4817]: E0130 01:38:41.469791    4817 authentication.go:63] "Unable to authenticate the request" err="invalid bearer token"',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'kubectl’s Unauthorized beside the apiserver’s "invalid bearer token": a token was sent',
    input: [
      '$ kubectl get pods',
      'error: You must be logged in to the server (Unauthorized)',
      '',
      '# kube-apiserver log',
      'E0528 14:09:58.469791       1 authentication.go:73] "Unable to authenticate the request" err="invalid bearer token"',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'kube-apiserver: its OIDC authenticator could not initialise (discovery and keys not fetched)',
    input:
      '2022-05-26T11:46:11.269134597Z stderr F E0526 11:46:11.267368       1 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, oidc: authenticator not initialized]"',
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // The audit event's shape and its empty user as a public capture shows them (stage ResponseStarted, "user":{}).
    name: 'Kubernetes audit log: an unauthenticated request’s event, responseStatus 401',
    input:
      '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"c771f01d-5995-40e4-9259-879773112159","stage":"ResponseStarted","requestURI":"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews","verb":"create","user":{},"sourceIPs":["10.0.152.130"],"objectRef":{"resource":"selfsubjectaccessreviews","apiGroup":"authorization.k8s.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401},"requestReceivedTimestamp":"2026-05-28T14:09:58.826058Z","stageTimestamp":"2026-05-28T14:09:58.837875Z"}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Kubernetes audit log: RBAC’s denial in responseStatus (403)',
    input:
      '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"0b5c1a7e-3f1d-4d2e-8a9b-1c2d3e4f5a6b","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/prod/pods?limit=500","verb":"list","user":{"username":"system:serviceaccount:ci:deployer","groups":["system:serviceaccounts","system:serviceaccounts:ci","system:authenticated"]},"sourceIPs":["10.0.0.7"],"objectRef":{"resource":"pods","namespace":"prod","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","message":"pods is forbidden: User \\"system:serviceaccount:ci:deployer\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"prod\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403},"annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}',
    ...A403,
    top: 'policy.deny',
    via: 'kubernetes',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // The docker CLI's line for errcode DENIED (distribution registry/api/errcode/register.go; docker/for-mac#1271).
    name: 'docker push: "denied: requested access to the resource is denied"',
    input: [
      '$ docker push registry.example.com/team/app:1.4.2',
      'The push refers to repository [registry.example.com/team/app]',
      '5f70bf18a086: Preparing',
      'denied: requested access to the resource is denied',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'docker-registry',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'OCI registry: a 403 whose errors[] code is DENIED',
    input: [
      S403,
      JSON_CT,
      'Docker-Distribution-Api-Version: registry/2.0',
      '',
      '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'docker-registry',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // distribution registry/auth/token/accesscontroller.go (challengeParams: realm, service, scope, error).
    name: 'OCI registry: the token challenge with no error (no token sent)',
    input: [
      '$ curl -i https://registry.example.com/v2/team/app/manifests/latest',
      S401,
      JSON_CT,
      'Docker-Distribution-Api-Version: registry/2.0',
      'Www-Authenticate: Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull"',
      '',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"team/app","Action":"pull"}]}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    excludes: MISREAD,
  },
  {
    name: 'OCI registry: insufficient_scope for a push, on the registry’s 401',
    input: [
      S401,
      JSON_CT,
      'Docker-Distribution-Api-Version: registry/2.0',
      'Www-Authenticate: Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull,push",error="insufficient_scope"',
      '',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"team/app","Action":"push"}]}]}',
    ].join('\n'),
    status: 401,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    includes: ['status.mismatch'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // distribution registry/auth/token/token.go (Verify's log lines).
    name: 'OCI registry: invalid_token on the wire, the registry’s log says the issuer is not trusted',
    input: [
      S401,
      'Www-Authenticate: Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull",error="invalid_token"',
      '',
      'registry-1  | time="2026-05-28T14:09:58.123Z" level=info msg="token from untrusted issuer: \\"https://auth.staging.example.com\\""',
      'registry-1  | time="2026-05-28T14:09:58.124Z" level=warning msg="error authorizing context: invalid token" go.version=go1.20.8 http.request.host=registry.example.com http.request.method=GET',
    ].join('\n'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'docker-registry',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'OCI registry: its log for an expired token',
    input:
      'time="2026-05-28T14:09:58Z" level=info msg="token not to be used after 2026-05-28 14:03:00 +0000 UTC - currently 2026-05-28 14:09:58.1 +0000 UTC"',
    ...REFUSED,
    top: 'time.expired',
    via: 'docker-registry',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // marcospereirampj/python-keycloak#520.
    name: 'Keycloak event log: USER_INFO_REQUEST_ERROR with error="invalid_token" and no reason',
    input:
      '2024-02-10 14:44:13,811 WARN  [org.keycloak.events] (executor-thread-44) type="USER_INFO_REQUEST_ERROR", realmId="64376e3a-8e9e-44a1-9adb-6fbe5e0c23fb", clientId="null" , userId="null", ipAddress="172.23.0.4", error="invalid_token", auth_method="validate_access_token"',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'keycloak',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // Keycloak 26's introspection audience check, as deployment notes quote its event log.
    name: 'Keycloak event log: INTROSPECT_TOKEN_ERROR, the introspecting client is not in the token’s audience',
    input:
      '2026-05-28 14:09:58,753 WARN  [org.keycloak.events] (executor-thread-433) type="INTROSPECT_TOKEN_ERROR", realmId="4fd3172e-3a12-43e3-982b-0a0018f1e7f3", realmName="main", clientId="orders-api", userId="null", ipAddress="10.192.26.13", error="invalid_token", reason="Client \'orders-api\' is not in the token audience", client_auth_method="client-secret"',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'keycloak',
    excludes: ['token.missing', ...MISREAD],
  },
];

const PROXIES: Row[] = [
  {
    // AWS ELB docs, "Access logs for your Application Load Balancer": the field order and the error reason codes.
    name: 'ALB access log: the authenticate action answered 401 itself, error_reason AuthInvalidCookie',
    input:
      'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 203.0.113.7:2817 - 0.000 0.000 0.000 401 - 512 290 "GET https://app.example.com:443/dashboard HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "app.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2026-05-28T14:09:58.150000Z "authenticate" "-" "AuthInvalidCookie" "-" "-" "-" "-"',
    ...A401,
    top: 'proxy.gateway-response',
    product: 'AWS ALB',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'ALB access log: the IdP’s ID token was not valid (AuthInvalidIdToken) on the callback',
    input:
      'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 203.0.113.7:2817 - 0.000 0.000 0.000 401 - 512 290 "GET https://app.example.com:443/oauth2/idpresponse?code=4f1e&state=9a2b HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "app.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2026-05-28T14:09:58.150000Z "authenticate" "-" "AuthInvalidIdToken" "-" "-" "-" "-"',
    ...A401,
    top: 'proxy.gateway-response',
    product: 'AWS ALB',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // An authenticate action with OnUnauthenticatedRequest deny: the ALB's own 401 (awselb names it).
    name: 'ALB: its own 401 for a request with no session (Server: awselb/2.0, no challenge)',
    input: [
      S401,
      'Server: awselb/2.0',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'Content-Type: text/html',
      'Content-Length: 0',
      'Connection: keep-alive',
      '',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    product: 'AWS ALB',
    includes: ['proxy.gateway-response', 'challenge.missing'],
    excludes: MISREAD,
  },
  {
    // The ALB's user-claims header (AWS "Authenticate users using an Application Load Balancer").
    name: 'App behind an ALB: the request’s x-amzn-oidc-data is expired, no Authorization header',
    input: [
      'GET /api/profile HTTP/1.1',
      'Host: app.example.com',
      `x-amzn-oidc-data: ${EXPIRED_MASKED}`,
      'x-amzn-oidc-identity: 5d15d9ff-0288-4487-8103-94ae1d056ea1',
      '',
      S401,
      '',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    // developers.cloudflare.com, "Validate JWTs": the application token arrives as Cf-Access-Jwt-Assertion.
    name: 'Behind Cloudflare Access: the origin refused an expired Cf-Access-Jwt-Assertion with a 403',
    input: [
      'GET /admin HTTP/1.1',
      'Host: app.example.com',
      `Cf-Access-Jwt-Assertion: ${EXPIRED_MASKED}`,
      '',
      S403,
      'Content-Type: text/plain',
      '',
      'invalid token',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['status.mismatch'],
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    name: 'Behind Cloudflare Access: curl -v with a valid assertion, the origin says invalid_token',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.example.com',
      `> Cf-Access-Jwt-Assertion: ${FRESH_MASKED}`,
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< Content-Type: application/json',
      '<',
      '{"error":"invalid_token"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: [...NOT_MISSING, 'time.expired', ...MISREAD],
  },
  {
    // Pomerium's own header for the application (its "getting users' identity" docs, quoted in deployment notes).
    name: 'Behind Pomerium: an expired X-Pomerium-Jwt-Assertion',
    input: [
      'GET /api HTTP/1.1',
      'Host: app.example.com',
      `X-Pomerium-Jwt-Assertion: ${EXPIRED_MASKED}`,
      '',
      S401,
      '',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    name: 'Behind Google IAP: an expired x-goog-iap-jwt-assertion',
    input: [
      'GET /api HTTP/1.1',
      'Host: app.example.com',
      `x-goog-iap-jwt-assertion: ${EXPIRED_MASKED}`,
      '',
      S401,
      '',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['authz-header.missing', ...MISREAD],
  },
  {
    // pomerium/pomerium authorize/log.go; the fields and reasons as Pomerium's authorization-logs page shows them.
    name: 'Pomerium authorize log: allow false, claim-unauthorized and domain-unauthorized',
    input:
      '{"level":"info","server-name":"all","service":"authorize","request-id":"1c3c1571-cb35-4e23-966d-cb0c5e6e83c0","check-request-id":"1c3c1571-cb35-4e23-966d-cb0c5e6e83c0","method":"GET","path":"/admin","host":"grafana.example.com","ip":"172.18.0.1","session-id":"97c7c7b8-0dd5-554d-e534-b076b0ed86e1","user":"313b6570-1320-4c4f-b3f6-5f914fd11dda","email":"viewer@partner.example","allow":false,"allow-why-false":["claim-unauthorized","domain-unauthorized"],"deny":false,"deny-why-false":[],"time":"2026-05-28T14:09:58Z","message":"authorize check"}',
    ...DENIED,
    top: 'policy.deny',
    via: 'pomerium',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Pomerium authorize log: user-unauthenticated (no session yet)',
    input:
      '{"level":"info","service":"authorize","request-id":"5d2c","method":"GET","path":"/","host":"verify.example.com","ip":"172.18.0.1","email":"","allow":false,"allow-why-false":["user-unauthenticated"],"deny":false,"deny-why-false":[],"time":"2026-05-28T14:09:58Z","message":"authorize check"}',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    // oauth2-proxy pkg/middleware/jwt_session.go (the aggregate "[unable to verify bearer token, <cause>]") and its
    // request log line (oauth2-proxy/oauth2-proxy#1280 shows the format).
    name: 'oauth2-proxy: skip-jwt-bearer-tokens, go-oidc says the bearer token expired',
    input: [
      '[2026/05/28 14:09:58] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, oidc: token is expired (Token Expiry: 2026-05-28 14:02:00 +0000 UTC)]',
      '10.0.0.7:51234 - 7d1f2c9a4b5e6f70 - - [2026/05/28 14:09:58] api.example.com GET - "/v1/orders" HTTP/1.1 "curl/8.4.0" 401 13 0.001',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'go-oidc',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // oauth2-proxy/oauth2-proxy#2319: the provider could not turn the bearer token into a session.
    name: 'oauth2-proxy: "[unable to verify bearer token, not implemented]"',
    input:
      '[2023/11/12 10:28:00] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'oauth2-proxy',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // jwt_session.go: with deny_invalid_bearer_tokens oauth2-proxy answers http.StatusText(403) itself.
    name: 'oauth2-proxy: its own 403 "Forbidden" for a bearer token it could not verify',
    input: [
      S403,
      'Content-Type: text/plain; charset=utf-8',
      'X-Content-Type-Options: nosniff',
      '',
      'Forbidden',
      '',
      'oauth2-proxy-7d9c6b: [2026/05/28 14:09:58] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'oauth2-proxy',
    product: 'oauth2-proxy',
    includes: ['status.mismatch'],
    excludes: [...NOT_MISSING, 'policy.deny', ...MISREAD],
  },
  {
    // Cloudflare's 1010 (martymcenroe/AssemblyZero#1663: scripted user agents get "error code: 1010").
    name: 'Cloudflare: a scripted client refused by its browser-signature rule, error code: 1010',
    input: [
      S403,
      'Server: cloudflare',
      'CF-RAY: 8a1b2c3d4e5f6789-AMS',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'error code: 1010',
    ].join('\n'),
    ...A403,
    top: 'proxy.waf-block',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // learn.microsoft.com, Azure Monitor reference, AGWFirewallLogs (the columns and the action values).
    name: 'Azure Application Gateway WAF log: a record with action Blocked',
    input:
      '{"timeStamp":"2026-05-28T14:09:58+00:00","resourceId":"/SUBSCRIPTIONS/0000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/APPGW","operationName":"ApplicationGatewayFirewall","category":"ApplicationGatewayFirewallLog","properties":{"instanceId":"appgw_1","clientIp":"203.0.113.7","clientPort":"","requestUri":"/v1/orders?id=1%27%20or%201=1","ruleSetType":"OWASP","ruleSetVersion":"3.2","ruleId":"942100","message":"SQL Injection Attack Detected via libinjection","action":"Blocked","site":"Global","details":{"message":"Warning. detected SQLi using libinjection.","data":"Matched Data: s&1 found within ARGS:id","file":"rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf","line":"83"},"hostname":"api.example.com","transactionId":"ac9e6a6b6c6f4e7c8d9a0b1c2d3e4f50","policyId":"default","policyScope":"Global","policyScopeName":"Global"}}',
    ...DENIED,
    top: 'proxy.waf-block',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // The Front Door WAF log's category and fields as shared Log Analytics queries use them (action_s == "Block").
    name: 'Azure Front Door WAF log: a record with action Block',
    input:
      '{"time":"2026-05-28T14:09:58.1234567Z","resourceId":"/SUBSCRIPTIONS/0000/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD","category":"FrontDoorWebApplicationFirewallLog","operationName":"Microsoft.Cdn/Profiles/Write","properties":{"clientIP":"203.0.113.7","clientPort":"51234","socketIP":"203.0.113.7","requestUri":"https://api.example.com:443/v1/orders","ruleName":"Microsoft_DefaultRuleSet-2.1-SQLI-942100","policy":"apiwafpolicy","action":"Block","host":"api.example.com","trackingReference":"0xyzABCdefGHIjkl","policyMode":"prevention"}}',
    ...DENIED,
    top: 'proxy.waf-block',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'Azure Front Door WAF log: the blocked request carried a token in its query (quoted without its signature)',
    input: `{"time":"2026-05-28T14:09:58.1234567Z","category":"FrontDoorWebApplicationFirewallLog","properties":{"clientIP":"203.0.113.7","requestUri":"https://api.example.com:443/v1/orders?access_token=${EXPIRED}","ruleName":"Microsoft_DefaultRuleSet-2.1-SQLI-942100","policy":"apiwafpolicy","action":"Block","host":"api.example.com","trackingReference":"0xyzABCdefGHIjkn","policyMode":"prevention"}}`,
    ...DENIED,
    top: 'proxy.waf-block',
    excludes: ['token.missing', ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'the registry’s DENIED words inside a sentence state nothing',
    input: 'we keep hitting requested access to the resource is denied on every push since monday, any idea?',
    ...QUIET,
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    // Other Go services' own errors.New("token has been invalidated"): not the API server's.
    name: '"token has been invalidated" outside the API server’s wrapper is not kubernetes',
    input: 'level=error msg="token has been invalidated" handler=/api/v1/me',
    ...QUIET,
    excludes: ['token.revoked', ...MISREAD],
  },
  {
    name: 'an ALB access log of an authenticated, forwarded 200, with AuthInvalidCookie only in the question',
    input: [
      'We saw AuthInvalidCookie in the ALB docs list of error reasons, but this request passed:',
      'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 203.0.113.7:2817 10.0.0.1:80 0.000 0.048 0.000 200 200 34 366 "GET https://app.example.com:443/ HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "app.example.com" "-" 1 2026-05-28T14:09:58.150000Z "authenticate,forward" "-" "-" "10.0.0.1:80" "200" "-" "-"',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['proxy.gateway-response', 'token.missing', ...MISREAD],
  },
  {
    // X-Amzn-Trace-Id is the ALB's tracing header, not a credential: the request still shows no Authorization.
    name: 'a request with only an x-amzn- tracing header is still missing its Authorization header',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.example.com',
      'X-Amzn-Trace-Id: Root=1-67891233-abcdef012345678912345678',
      '',
      S401,
      '',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: MISREAD,
  },
  {
    // Access sends an unauthenticated browser to its login page (…cloudflareaccess.com/cdn-cgi/access/login/<host>). Not
    // an auth failure of the API; since round real-k Cloudflare Access is named as who answered (formats-real-k).
    name: 'Cloudflare Access: the 302 to its login page is not an auth failure of the API',
    input: [
      '$ curl -sI https://grafana.example.com/',
      'HTTP/2 302',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'location: https://acme.cloudflareaccess.com/cdn-cgi/access/login/grafana.example.com?redirect_url=%2F',
      'server: cloudflare',
      'cf-ray: 8a1b2c3d4e5f6789-AMS',
      '',
    ].join('\n'),
    status: 302,
    classification: 'undetermined',
    includes: ['status.not-auth', 'proxy.gateway-response'],
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // The words outside the API server's err= field and outside any error value: a question, not a refusal. As another
    // service's JSON error they are a refused token, not the API server's (formats-audit-u.test.ts).
    name: '"invalid bearer token" in prose is not the API server',
    input: 'why does the orders service log invalid bearer token for requests from the batch job?',
    ...QUIET,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    // A WWW-Authenticate header's error="invalid_token" is the challenge's, not a Keycloak event.
    name: 'error="invalid_token" in a challenge is not Keycloak’s event log',
    input: [S401, 'WWW-Authenticate: Bearer realm="main", error="invalid_token"'].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Pomerium authorize log: an allowed request',
    input:
      '{"level":"info","service":"authorize","request-id":"5d2c","method":"GET","path":"/","host":"verify.example.com","email":"someone@example.com","allow":true,"allow-why-true":["email-ok"],"deny":false,"deny-why-false":[],"time":"2026-05-28T14:09:58Z","message":"authorize check"}',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing', ...MISREAD],
  },
  {
    name: 'Azure Application Gateway WAF log: a Matched record (a rule matched; only the anomaly score blocks)',
    input:
      '{"timeStamp":"2026-05-28T14:09:58+00:00","operationName":"ApplicationGatewayFirewall","category":"ApplicationGatewayFirewallLog","properties":{"instanceId":"appgw_1","clientIp":"203.0.113.7","requestUri":"/v1/orders","ruleSetType":"OWASP","ruleSetVersion":"3.2","ruleId":"920350","message":"Host header is a numeric IP address","action":"Matched","site":"Global","hostname":"api.example.com","transactionId":"bd0e6a6b6c6f4e7c8d9a0b1c2d3e4f51"}}',
    ...QUIET,
    excludes: ['proxy.waf-block', ...MISREAD],
  },
  {
    name: 'Azure Front Door WAF log: a record with action Log',
    input:
      '{"time":"2026-05-28T14:09:58.1234567Z","category":"FrontDoorWebApplicationFirewallLog","properties":{"clientIP":"203.0.113.7","requestUri":"https://api.example.com:443/v1/orders","ruleName":"Microsoft_DefaultRuleSet-2.1-SQLI-942100","policy":"apiwafpolicy","action":"Log","host":"api.example.com","trackingReference":"0xyzABCdefGHIjkm","policyMode":"detection"}}',
    ...QUIET,
    excludes: ['proxy.waf-block', ...MISREAD],
  },
  {
    // oauth2-proxy logs this on a first visit (oauth2-proxy/oauth2-proxy#1034): the redirect to sign-in, not a 401.
    name: 'oauth2-proxy: "cookie not present" before its sign-in redirect',
    input: [
      '[2026/05/28 14:09:58] [stored_session.go:76] Error loading cookied session: cookie "_oauth2_proxy" not present, removing session',
      '10.233.125.16:39774 - - [2026/05/28 14:09:58] echo.example.com GET - "/" HTTP/1.1 "Mozilla/5.0" 302 291 0.000',
    ].join('\n'),
    status: 302,
    classification: 'undetermined',
    excludes: ['token.missing', ...MISREAD],
  },
];

describe('formats, round 10: JVM verifiers (jose4j, SmallRye JWT, Spring WebFlux)', () => {
  it.each(JVM)('$name', async (row) => {
    await expectPasteRow(row, [EXPIRED_SIG]);
  });
});

describe('formats, round 10: platforms’ token services', () => {
  it.each(PLATFORMS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 10: identity-aware proxies and WAF logs', () => {
  it.each(PROXIES)('$name', async (row) => {
    await expectPasteRow(row, [EXPIRED_SIG]);
  });
});

describe('formats, round 10: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
