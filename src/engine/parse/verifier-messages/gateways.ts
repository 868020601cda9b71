/**
 * Gateways: Envoy jwt_authn / Istio RequestAuthentication (google/jwt_verify_lib src/status.cc, both the
 * 2018 and current wordings), Envoy RBAC, Kong's jwt plugin (handler.lua, jwt_parser.lua) and AWS API
 * Gateway (REST and HTTP API), Apigee's OAuthV2 and JWT policies' fault codes, WSO2 API Manager's 9009xx faults,
 * KrakenD's JWT validator, Caddy's caddy-security authorizer, and mod_auth_openidc's claim checks in Apache's error log.
 *
 * Kong's bare `{"message":"Unauthorized"}` (no token) and API Gateway's `{"message":"Unauthorized"}` /
 * `{"message":"Forbidden"}` are deliberately absent: every gateway and framework says that, and the
 * caller recognises gateways from their headers and body shape.
 */

import { saidByClerk } from './identity-proxies.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import {
  ALONE,
  CLASS,
  CODE,
  capture,
  claimMissing,
  compact,
  family,
  namedNear,
  pasteNames,
  textAround,
} from './matcher.js';

const envoy = family('envoy');
const cilium = family('cilium');

/**
 * The base64url of istiod's "Error-IstiodFailedToFetchJwksUri-" (33 bytes, so its encoding does not depend on the URI
 * after it): how every fake key set istiod pushes begins its `n`.
 */
const ISTIOD_FAKE_N = 'RXJyb3ItSXN0aW9kRmFpbGVkVG9GZXRjaEp3a3NVcmkt';

/**
 * What stands before `ext_authz_error` where Envoy wrote it: the access log's response flag (`403 UAEX
 * ext_authz_error`), the local reply's debug line (`Sending local reply with details ext_authz_error`), or a JSON or
 * logfmt access log's field. A runbook's "Envoy logs ext_authz_error" is about it, not it.
 */
const EXT_AUTHZ_DETAILS_BEFORE =
  /(?:\bUAEX |with details |response_code_details\\?"\s{0,2}:\s{0,2}\\?"|response_code_details=)$/;

/** Cilium's L7 denial body: alone on its line, in a paste that shows an Envoy reply or names Cilium (gateways.ts). */
function ciliumL7Deny(f: Fragment): Reading | null {
  if (f.before(4).trim() !== '' || f.after(4).trim() !== '') return null;
  return pasteNames(f, 'server: envoy') || pasteNames(f, 'cilium') ? {} : null;
}

/** Kong named within a response's headers of the words (Server/Via `kong/x.y.z`, X-Kong-*, a `[kong]` log line). */
function kongNear(f: Fragment): Reading | null {
  return /kong/i.test(textAround(f, 1500, 400)) ? {} : null;
}
const kong = family('kong');
const kongKeycloak = family('kong-jwt-keycloak');
const aws = family('aws-apigateway');
const apigee = family('apigee');
const iap = family('google-iap');
const cloudRun = family('cloud-run');
const tyk = family('tyk');
const apisix = family('apisix');
const openidc = family('mod_auth_openidc');
const restyOpenidc = family('lua-resty-openidc');
const wso2 = family('wso2');
const krakend = family('krakend');
const caddySecurity = family('caddy-security');

/** A paste that names WSO2 API Manager: its fault code 900900, its name, or its gateway's package (`org.wso2.carbon.apimgt`). */
function wso2Named(f: Fragment): Reading | null {
  return pasteNames(f, '900900') || pasteNames(f, 'wso2') ? {} : null;
}

/** mod_auth_openidc's `"exp" validation failure (1779976920): JWT expired 480 seconds ago`: the rest of its message. */
const OPENIDC_EXP_REST = /^\d+\): JWT expired \d+ seconds ago/;
/** `"iat" validation failure (…): JWT was issued more than 600 seconds ago` (or `… in the future`). */
const OPENIDC_IAT_REST = /^\d+\): JWT was issued more than \d+ seconds (ago|in the future)/;

/** Kong claim errors are a JSON object keyed by claim: `{"exp":"token expired"}`, possibly a list. */
function kongClaim(claims: RegExp) {
  return (f: Fragment): Reading | null => {
    const claim = capture(f.before(24), claims);
    return claim === undefined ? null : { args: { claim } };
  };
}
/** Before an Apigee fault's code: its `errorcode` member (JSON, possibly escaped) or element (XML). */
const APIGEE_ERRORCODE = /errorcode(?:\\?"\s*:\s*\\?"|>)$/i;
/** VerifyJWT / GenerateJWT faults about the policy's own key or configuration (the JWT policies' error table). */
const APIGEE_JWT_CONFIG = new Set([
  'InsufficientKeyLength',
  'InvalidConfiguration',
  'InvalidCurve',
  'InvalidPasswordKey',
  'InvalidPrivateKey',
  'InvalidPublicKey',
  'InvalidSecretKey',
  'KeyParsingFailed',
]);
/** GenerateJWT's failures to make a token, and a fault that says nothing (UnknownException). */
const APIGEE_JWT_NOT_REFUSAL = new Set(['EncryptionFailed', 'GenerationFailed', 'SigningFailed', 'UnknownException']);

function apigeeJwtFault(f: Fragment): Reading | null {
  if (!APIGEE_ERRORCODE.test(f.before(20))) return null;
  const name = capture(f.after(60), /^([A-Za-z]{2,50})\b/);
  if (name === undefined || APIGEE_JWT_NOT_REFUSAL.has(name)) return null;
  return APIGEE_JWT_CONFIG.has(name)
    ? { code: 'verifier.misconfigured', extend: name.length }
    : { extend: name.length };
}

/** What follows Tyk's `Key not authorized: ` (gateway/mw_jwt.go): the groups are the readings, in order. */
const TYK_JWT_REASON =
  /^(?:(token has expired|token is expired)|(Unexpected signing method)|(no matching policy)|(token is not valid yet)|(token used before issued))/i;
/** Tyk's error body (`"error": "…"`) or its logrus line (`msg="…"`), right before a message. */
const TYK_ERROR_FIELD = /(?:"error"\s*:\s*|msg=)"$/;

/**
 * The claim before Kong's verdict on it: the jwt plugin's JSON (`"exp":"token expired"`), or kong-plugin-jwt-keycloak's
 * Lua-table rendering of the same errors (`Token claims invalid: ["exp"]="token expired"`, its handler.lua
 * table_to_string).
 */
const KONG_EXP = /\\?"(exp)\\?"\]?\s*[:=]\s*\[?\s*\\?"$/;
const KONG_NBF = /\\?"(nbf)\\?"\]?\s*[:=]\s*\[?\s*\\?"$/;
const KONG_TIME = /\\?"(exp|nbf)\\?"\]?\s*[:=]\s*\[?\s*\\?"$/;

const ENVOY: readonly Matcher[] = [
  // Envoy's response body is the status text alone; its response-code details carry the same text
  // with spaces as underscores, jwt_authn_access_denied{Jwt_is_expired}: see `withUnderscores`.
  envoy('JwtMissed', 'token.missing', 'Jwt is missing', ALONE),
  // Clerk writes "JWT is expired" too (clerk/javascript packages/backend/src/jwt/assertions.ts), in its
  // `x-clerk-auth-message` header or with its `(reason=token-expired, token-carrier=…)` after (errors.ts
  // getFullMessage): those are Clerk's (identity-proxies.ts), and Envoy never answered.
  envoy('JwtExpired', 'time.expired', 'Jwt is expired', { ...ALONE, read: (f) => (saidByClerk(f) ? null : {}) }),
  envoy('JwtNotYetValid', 'time.not-yet-valid', 'Jwt not yet valid', ALONE),
  envoy('JwtAudienceNotAllowed', 'claim.aud-mismatch', 'Audiences in Jwt are not allowed'),
  // The token's iss names no configured provider.
  envoy('JwtUnknownIssuer', 'claim.iss-mismatch', 'Jwt issuer is not configured'),
  // The older Istio proxy's debug log for the same status (istio/istio#15122, 2019).
  envoy('unknown-issuer-legacy', 'claim.iss-mismatch', 'Jwt authentication completed with: Unknown issuer'),
  envoy('JwtVerificationFail', 'signature.invalid', 'Jwt verification fails', ALONE),
  envoy('JwksKidAlgMismatch', 'key.kid-unknown', "Jwks doesn't have key to match kid or alg from Jwt", {
    args: { reason: 'key-or-alg' },
  }),
  envoy('JwksFetchFail', 'key.jwks-unavailable', 'Jwks remote fetch is failed'),
  envoy('JwksParseError', 'key.jwks-unavailable', 'Jwks is an invalid JSON'),
  envoy('JwksNoValidKeys', 'key.jwks-unavailable', "Jwks doesn't have any valid public key"),
  envoy('JwksNoKeys', 'key.jwks-unavailable', 'Jwks does not have [keys] field'),
  envoy('JwksBadKeys', 'key.jwks-unavailable', '[keys] in Jwks is not an array'),
  envoy('JwtBadFormat', 'token.malformed', 'Jwt is not in the form of Header.Payload.Signature'),
  envoy('JwtHeaderParseError', 'token.malformed', 'Jwt header is an invalid'),
  envoy('JwtPayloadParseError', 'token.malformed', 'Jwt payload is an invalid'),
  envoy('JwtSignatureParseError', 'token.malformed', 'Jwt signature is an invalid'),
  envoy('JwtHeaderBadKid', 'token.malformed', 'Jwt header [kid] field is not a string'),
  // "[alg] field is required and must be a string" / "[alg] is not supported" (2018: "field value is invalid").
  envoy('JwtHeaderBadAlg', 'alg.not-allowed', 'Jwt header [alg]'),
  // "Jwt payload [exp] field is not an integer": a time claim of the wrong type; others are malformed.
  envoy('JwtPayloadClaimType', 'token.malformed', 'Jwt payload [', {
    read: (f) => {
      const claim = capture(f.after(40), /^([a-z]+)\][ _]field[ _]is[ _]not/);
      if (claim === undefined) return null;
      return claim === 'exp' || claim === 'nbf' || claim === 'iat'
        ? { code: 'time.invalid', args: { claim } }
        : { args: { claim } };
    },
  }),
  // Several tokens in the request (header and query, or two headers): a request-format problem.
  envoy('JwtMultipleTokens', 'authz-header.format', 'Found multiple Jwt tokens'),
  // An EdDSA signature part of the wrong size (current status.cc, JwtEd25519SignatureWrongLength).
  envoy('JwtEd25519SignatureWrongLength', 'token.malformed', 'Jwt ED25519 signature is wrong length'),
  // The key set fetched (remote_jwks) or configured (local_jwks) holds a key Envoy cannot read: the authenticator
  // answers the request with the key set's own status (jwt_authn authenticator.cc onJwksSuccess: doneWithStatus of
  // setRemoteJwks' status), so the body names the JWKS's fault, not the token's (status.cc, JwksRsaParseError …
  // JwksNotImplementedKty; the EC/OKP wordings end with a full stop in the source, left out here).
  envoy('JwksRsaParseError', 'key.jwks-unavailable', 'Jwks RSA [n] or [e] field is missing or has a parse error'),
  envoy('JwksEcCreateKeyFail', 'key.jwks-unavailable', 'Jwks EC create key fail'),
  envoy('JwksEcXorYBadBase64', 'key.jwks-unavailable', 'Jwks EC [x] or [y] field is an invalid Base64'),
  envoy('JwksEcParseError', 'key.jwks-unavailable', 'Jwks EC [x] and [y] fields have a parse error'),
  envoy('JwksOctBadBase64', 'key.jwks-unavailable', 'Jwks Oct key is an invalid Base64'),
  envoy('JwksOKPXBadBase64', 'key.jwks-unavailable', 'Jwks OKP [x] field is an invalid Base64'),
  envoy('JwksOKPXWrongLength', 'key.jwks-unavailable', 'Jwks OKP [x] field is wrong length'),
  envoy('JwksMissingKty', 'key.jwks-unavailable', '[kty] is missing in [keys]'),
  envoy('JwksBadKty', 'key.jwks-unavailable', '[kty] is bad in [keys]'),
  envoy('JwksNotImplementedKty', 'key.jwks-unavailable', '[kty] is not supported in [keys]'),
];

/** Each Envoy status a second time in its response-code-details spelling (same id). */
function withUnderscores(rows: readonly Matcher[]): Matcher[] {
  return rows.flatMap((row) =>
    row.text.includes(' ') ? [row, { ...row, text: row.text.replaceAll(' ', '_') }] : [row],
  );
}

export const GATEWAYS: readonly Matcher[] = [
  ...withUnderscores(ENVOY),
  envoy('rbac', 'policy.deny', 'RBAC: access denied'),
  // jwt_authn's per-route config naming a requirement its filter's requirement_map lacks: a 403 "Failed JWT
  // authentication: Wrong requirement_name: <name>. It should be one of [<names>]" to every request on the route, good
  // token or none (envoyproxy/envoy filter_config.cc, findPerRouteVerifier, and its PerRouteConfigWrongRequireName test;
  // envoyproxy/gateway#8313 for a route Envoy Gateway had not yet pushed into the listener's map).
  envoy('WrongRequirementName', 'verifier.misconfigured', 'Wrong requirement_name: '),
  // Istio's control plane fetches each RequestAuthentication's jwksUri itself and hands the sidecars the keys inline
  // (local_jwks), unless PILOT_JWT_ENABLE_REMOTE_JWKS says otherwise. When its fetch fails it logs "Failed to fetch jwt
  // public key from %q: …" (istio/istio pilot, the RequestAuthentication's JwksUri quoted; since 1.13 `from issuer %q,
  // jwks uri %q: …`, istio/istio#44315) and pushes a fake key set instead, CreateFakeJwks in pilot/pkg/model/
  // jwks_resolver.go: one RSA key, kid "abc", whose n is the base64url of "Error-IstiodFailedToFetchJwksUri-" and the URI
  // (istio/istio#53260, the sidecar's config dump). Every token then fails the sidecar's "Jwks doesn't have key to match
  // kid or alg from Jwt": the key set istiod could not get is the cause, not the token's kid. The words alone are many
  // applications' ("Failed to fetch JWT public key from URL '…'"): only istiod's lower-case jwt and its quote.
  envoy('istiod-fetch-failed', 'key.jwks-unavailable', 'Failed to fetch jwt public key from ', {
    exactCase: true,
    args: { reason: 'istiod' },
    read: (f) => (/^(?:"|issuer ")/.test(f.after(8)) ? {} : null),
  }),
  envoy('istiod-fake-jwks', 'key.jwks-unavailable', ISTIOD_FAKE_N, { exactCase: true, args: { reason: 'istiod' } }),
  envoy('istiod-fake-jwks-decoded', 'key.jwks-unavailable', 'Error-IstiodFailedToFetchJwksUri-', {
    exactCase: true,
    args: { reason: 'istiod' },
  }),
  envoy('rbac-details', 'policy.deny', 'rbac_access_denied_matched_policy'),
  // The ext_authz filter got no answer it could use from its authorization service (unreachable, timed out, a 5xx) and,
  // failing closed, answered status_on_error itself (403 by default, envoyproxy/envoy#43257 for an HTTP service's 5xx):
  // its response code details `ext_authz_error` ("The ext_authz filter encountered a failure, and was configured to
  // fail-closed", ext_authz.cc RcDetailsValues::AuthzError) in the access log or the local reply's debug line, and its
  // trace "ext_authz filter rejected the request with an error. Response status code: 500" (envoyproxy/envoy#32058).
  // Whatever the token, every request fails: the service's reach or health, not a denial.
  envoy('ext-authz-error', 'verifier.misconfigured', 'ext_authz_error', {
    ...CODE,
    exactCase: true,
    read: (f) => (EXT_AUTHZ_DETAILS_BEFORE.test(f.before(40)) ? {} : null),
  }),
  envoy('ext-authz-error-trace', 'verifier.misconfigured', 'ext_authz filter rejected the request with an error', {
    exactCase: true,
  }),
  // The RBAC filter's debug line for the same denial, which names the policy that decided it: "enforced denied,
  // matched policy none" (no ALLOW policy matched; envoyproxy/envoy#36346, rbac_filter.cc) or "… matched policy
  // ns[foo]-policy[bar]-rule[0]" (Istio's names; istio/istio#25618 for the older line without a name). Only on the
  // filter's own line (its `[rbac]` logger or source file before it): the words alone are anyone's.
  envoy('rbac-enforced', 'policy.deny', 'enforced denied', {
    exactCase: true,
    read: (f) => (f.before(200).toLowerCase().includes('rbac') ? {} : null),
  }),
  // Cilium's Envoy (its cilium.l7policy filter) refusing a request its CiliumNetworkPolicy's HTTP rules do not allow:
  // a 403 whose body is "Access denied\r\n" (cilium/proxy cilium/l7policy.cc, denied_403_body's default), from
  // `server: envoy` (cilium/cilium#13280). Only the body alone on its line, with Envoy or Cilium named in the paste:
  // "Access denied" in a sentence, or from any other server, is anyone's.
  cilium('l7-deny', 'policy.deny', 'Access denied', { exactCase: true, read: ciliumL7Deny }),

  // The token came twice (query, cookie, header): a request-format problem, as with Envoy and Spring.
  kong('multiple-tokens', 'authz-header.format', 'Multiple tokens provided', ALONE),
  kong('unrecognizable', 'authz-header.format', 'Unrecognizable token', ALONE),
  // "Bad token; " + the parser's error: invalid JSON / alg / claims / signature (the latter is a
  // base64 failure of the third part, not a failed verification).
  kong('bad-token', 'token.malformed', 'Bad token; ', {
    read: (f) => {
      const what = capture(f.after(40), /^invalid (JSON|alg|claims|signature)/i)?.toLowerCase();
      if (what === undefined) return null;
      return what === 'alg'
        ? { code: 'alg.not-allowed', extend: 11 }
        : { args: { reason: what }, extend: 8 + what.length };
    },
  }),
  // "No mandatory 'iss' in claims" / "Invalid 'iss' in claims" (empty): the key claim, iss by default.
  kong('key-claim', 'claim.iss-missing', "' in claims", {
    read: (f) => {
      const m = /(No mandatory|Invalid) '([^']+)$/i.exec(f.before(80));
      if (!m?.[2]) return null;
      return claimMissing(m[2], m[1]?.toLowerCase() === 'invalid' ? 'empty' : undefined);
    },
  }),
  // No consumer credential for that key claim value: the verifier has no key for this token.
  kong('no-credentials', 'key.kid-unknown', "No credentials found for given '", {
    read: (f) => {
      const claim = capture(f.after(40), /^([^']+)'/);
      return claim === undefined ? null : { args: { claim }, extend: claim.length + 1 };
    },
  }),
  // The same body as Node's util.inspect prints it, its quotes escaped (`{ message: 'No credentials found for given
  // \'iss\'' }`, Konga's proxy log in pantsel/konga#422).
  kong('no-credentials-inspected', 'key.kid-unknown', "No credentials found for given \\'", {
    read: (f) => {
      const claim = capture(f.after(40), /^([^'\\]+)\\'/);
      return claim === undefined ? null : { args: { claim }, extend: claim.length + 2 };
    },
  }),
  // "Invalid algorithm" and "Invalid signature" are any verifier's words too (Guzzle 5 printing an OAuth 1 server's
  // `401 [reason phrase] Unauthorized : Invalid signature`, guzzle/guzzle#1066): Kong's only with Kong named near them
  // (its Server or Via header, its X-Kong-* headers, its `[kong]` log prefix); unattributed.ts reads them otherwise.
  kong('invalid-algorithm', 'alg.not-allowed', 'Invalid algorithm', { ...ALONE, exactCase: true, read: kongNear }),
  kong('invalid-key', 'verifier.misconfigured', 'Invalid key/secret'),
  kong('invalid-signature', 'signature.invalid', 'Invalid signature', { ...ALONE, exactCase: true, read: kongNear }),
  kong('exp', 'time.expired', 'token expired', { read: kongClaim(KONG_EXP) }),
  kong('nbf', 'time.not-yet-valid', 'token not valid yet', { read: kongClaim(KONG_NBF) }),
  kong('not-a-number', 'time.invalid', 'must be a number', { read: kongClaim(KONG_TIME) }),
  // maximum_expiration: the token's exp lies further ahead than the plugin allows.
  kong('max-expiration', 'time.long-lifetime', 'exceeds maximum allowed expiration', {
    args: { claim: 'exp', reason: 'max-expiration' },
  }),
  // The ACL plugin (kong/plugins/acl/handler.lua, `kong.response.exit(403, { message = "You cannot consume this
  // service" })`): the consumer was identified, its groups are not allowed on the route.
  kong('acl', 'policy.deny', 'You cannot consume this service', ALONE),
  // kong-plugin-jwt-keycloak (gbbirkisson/kong-plugin-jwt-keycloak src/handler.lua), Kong's plugin for Keycloak's
  // tokens: the token's iss is not in the route's allowed_iss (401, gbbirkisson/kong-plugin-jwt-keycloak#13), the
  // issuer's keys could not be fetched (403), and none of the route's scope/roles is in the token (403).
  kongKeycloak('issuer', 'claim.iss-mismatch', 'Token issuer not allowed', ALONE),
  kongKeycloak('keys', 'key.jwks-unavailable', 'Unable to get public key for issuer', ALONE),
  kongKeycloak('scope', 'scope.insufficient', 'Access token does not have the required scope/role', ALONE),

  // A Lambda authorizer's Deny (or no Allow) for this resource; often a cached policy from another one.
  aws('not-authorized', 'proxy.authorizer-deny', 'User is not authorized to access this resource', {
    read: (f) => (/^ with an explicit deny/.test(f.after(30)) ? { args: { reason: 'explicit-deny' }, extend: 22 } : {}),
  }),
  // A resource policy denied the caller.
  aws('resource-policy', 'proxy.authorizer-deny', 'is not authorized to perform: execute-api:Invoke', {
    read: (f) => {
      const user = capture(f.before(80), /User: (\S+) $/);
      return { args: user === undefined ? { reason: 'resource-policy' } : { actual: user, reason: 'resource-policy' } };
    },
  }),
  // REST APIs answer an unknown path or method with these, whatever the token.
  // Elasticsearch's "missing authentication token for REST request [/_sql]" holds the same words (services.ts).
  aws('missing-auth-token', 'proxy.route-not-found', 'Missing Authentication Token', {
    read: (f) => (/^ for REST request/i.test(f.after(20)) ? null : {}),
  }),
  aws(
    'not-key-value',
    'proxy.route-not-found',
    'not a valid key=value pair (missing equal-sign) in Authorization header',
  ),
  aws('http-api-audience', 'claim.aud-mismatch', 'the token does not have a valid audience'),
  // A REST API's 500 when it could not use its Lambda or Cognito authorizer (AUTHORIZER_CONFIGURATION_ERROR, "failing to
  // connect to a custom or Amazon Cognito authorizer", docs.aws.amazon.com apigateway supported-gateway-response-types):
  // `x-amzn-ErrorType: AuthorizerConfigurationException`, and in the execution log after "Execution failed due to
  // configuration error: Could not parse policy" when the function returned no policy document (ExpanseLLC/
  // lambda_authorizer#1; serverless/examples#305 for a function answering an HTTP response instead). Whatever the token,
  // the authorizer's wiring or output is wrong.
  aws('authorizer-configuration', 'verifier.misconfigured', 'AuthorizerConfigurationException', CODE),
  // A Cognito user pool authorizer's 401 for an expired token, `{"message":"The incoming token has expired"}`, which
  // clients test for before refreshing (`statusCode === 401 && message === "The incoming token has expired"`).
  aws('cognito-authorizer-expired', 'time.expired', 'The incoming token has expired'),

  // Apigee's OAuthV2 VerifyAccessToken faults, `{"fault":{"faultstring":…,"detail":{"errorcode":…}}}`. The error
  // codes are the stable part (NHSDigital/identity-service-api's API tests expect them: "Access Token expired"
  // for an expired token, "Invalid access token" / oauth.v2.InvalidAccessToken for an empty or absent one).
  // keymanagement.service.invalid_access_token (a token Apigee does not know) is a stated invalid_token, read
  // by parse/error-bodies.ts; oauth.v2.InvalidApiKey is an API key, not a token (checks/proxy.ts).
  apigee('access_token_expired', 'time.expired', 'keymanagement.service.access_token_expired', CODE),
  // No `Bearer <token>` where VerifyAccessToken looks (the Authorization header, `<AccessTokenPrefix>` Bearer by
  // default): none sent, an empty one (NHSDigital's tests), or another scheme (`Authorization: OAuth …`,
  // stackoverflow.com/questions/20137427), which authz-header.scheme names when the request is pasted. Clients tell it
  // apart from a refused token (Keap's API client tests: "a missing credential" against invalid_access_token).
  apigee('InvalidAccessToken', 'token.missing', 'oauth.v2.InvalidAccessToken', CODE),
  // A revoked token: `{"fault":{"faultstring":"Access Token not approved","detail":{"errorcode":
  // "keymanagement.service.access_token_not_approved"}}}` (Tradier's Apigee gateway, as API clients quote it; Apigee's
  // OAuthV2 fault names, the `access_token_not_approved` case of public fault-handling scripts).
  apigee('access_token_not_approved', 'token.revoked', 'keymanagement.service.access_token_not_approved', CODE),
  // The token is valid, but no API product of its app holds this proxy and path ("Invalid API call as no apiproduct
  // match found"; OAuthV2's InvalidAPICallAsNoApiProductMatchFound: "The API proxy is not in the Product associated with
  // the access token"): the gateway's own access policy, a 401 though it is one.
  apigee('NoApiProductMatchFound', 'policy.deny', 'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound', CODE),
  // The VerifyJWT / DecodeJWT policies' runtime faults (cloud.google.com/apigee/docs, the JWS and JWT policies' error
  // code table; Apigee's advice is to trap the errorcode, not the faultstring): InvalidToken is "the JWT signature
  // verification fails", NoMatchingPublicKey a kid the JWKS does not list.
  apigee('jwt-TokenExpired', 'time.expired', 'steps.jwt.TokenExpired', CODE),
  apigee('jwt-TokenNotYetValid', 'time.not-yet-valid', 'steps.jwt.TokenNotYetValid', CODE),
  apigee('jwt-NoMatchingPublicKey', 'key.kid-unknown', 'steps.jwt.NoMatchingPublicKey', CODE),
  apigee('jwt-JwtAudienceMismatch', 'claim.aud-mismatch', 'steps.jwt.JwtAudienceMismatch', CODE),
  apigee('jwt-JwtIssuerMismatch', 'claim.iss-mismatch', 'steps.jwt.JwtIssuerMismatch', CODE),
  apigee('jwt-InvalidToken', 'signature.invalid', 'steps.jwt.InvalidToken', CODE),
  apigee('jwt-FailedToDecode', 'token.malformed', 'steps.jwt.FailedToDecode', CODE),
  apigee('jwt-InvalidJsonFormat', 'token.malformed', 'steps.jwt.InvalidJsonFormat', CODE),
  // The policy's algorithm list does not hold the token's alg (AlgorithmMismatch, AlgorithmInTokenNotPresentInConfiguration),
  // the token has no alg (NoAlgorithmFoundInHeader) or no kid while the policy reads a JWKS (KeyIdMissing), or the
  // policy's key is of another type than its algorithm (WrongKeyType: "an RSA key for an Elliptic Curve algorithm").
  apigee('jwt-AlgorithmMismatch', 'alg.not-allowed', 'steps.jwt.AlgorithmMismatch', CODE),
  apigee(
    'jwt-AlgorithmInTokenNotPresent',
    'alg.not-allowed',
    'steps.jwt.AlgorithmInTokenNotPresentInConfiguration',
    CODE,
  ),
  apigee('jwt-NoAlgorithmFoundInHeader', 'token.malformed', 'steps.jwt.NoAlgorithmFoundInHeader', CODE),
  apigee('jwt-KeyIdMissing', 'key.kid-missing', 'steps.jwt.KeyIdMissing', CODE),
  apigee('jwt-WrongKeyType', 'verifier.misconfigured', 'steps.jwt.WrongKeyType', CODE),
  // Any other `steps.jwt.*` fault code (the table's rows above are longer and win): the key configuration faults, and
  // the policy refusing the token for a reason no row names (InvalidClaim "a missing claim or claim mismatch, or a
  // missing header or header mismatch", JwtSubjectMismatch, UnhandledCriticalHeader, a code the table does not list).
  // Only as the fault's errorcode (JSON or XML); GenerateJWT's own failures are not a refusal.
  apigee('jwt-other', 'challenge.invalid-token', 'steps.jwt.', { ...CODE, read: apigeeJwtFault }),

  // WSO2 API Manager's gateway: 900901 "Invalid Credentials" for any refused token, expired, revoked or unknown
  // (wso2/product-apim#12620, wso2/docs-apim#17: "we return 900901 for all authentication errors resulted by invalid
  // credentials"), 900902 "Missing Credentials" (wso2/product-apim#8891), 900910 "Scope validation failed." (WSO2's
  // access-control sample), and its APIAuthenticationHandler's log for the first two (wso2/product-apim#10251).
  // The descriptions are the rows: "Invalid Credentials" alone is every login form's words.
  wso2(
    '900901',
    'challenge.invalid-token',
    'Invalid Credentials. Make sure you have provided the correct security credentials',
  ),
  wso2('900902', 'token.missing', 'Make sure your API invocation call has a header'),
  wso2('900910', 'scope.insufficient', 'The access token does not allow you to access the requested resource'),
  wso2('log-invalid', 'challenge.invalid-token', 'API authentication failure due to Invalid Credentials'),
  wso2('log-missing', 'token.missing', 'API authentication failure due to Missing Credentials'),
  // 900900 "Unclassified Authentication Failure", most often with "Error while accessing backend services for API key
  // validation" and a 500: the gateway could not get an answer from its key manager (an external one's connector or
  // introspection settings, the key manager node down), so no token was judged (wso2/product-apim#9286 with Keycloak,
  // #11544, #11616 with ForgeRock, wso2/api-manager#4227 "always returns error 900900", #4612 the wrong key manager
  // picked; product-apim#5076 "This message can be returned for multiple possible causes", fixed there by a restart).
  // Its words alone are WSO2's, but only with its code, its name or its handler's package in the paste.
  wso2('900900', 'verifier.misconfigured', 'Unclassified Authentication Failure', { exactCase: true, read: wso2Named }),

  // KrakenD's auth/validator (krakend-jose): "[JWTValidator] Unable to validate the token: no Keys have been found"
  // (krakend/krakend-ce#984), ErrNoKeyFound in jwk_client.go, when the JWKS holds no key for the token's kid.
  krakend('no-key', 'key.kid-unknown', 'Unable to validate the token: no Keys have been found'),

  // Caddy's caddy-security (greenpau/go-authcrunch errors): its authorize step logs "auth provider returned error" with
  // "user authorization failed: src_ip=…, reason: …" (greenpau/caddy-security#10). The access-list denials
  // (ErrAccessNotAllowed, ErrAccessNotAllowedByPathACL, ErrNoAccessList) come after the token was verified and its
  // roles read; ErrKeystoreParseTokenFailed is a token no configured key verifies or parses (a portal signing with
  // another key: greenpau/caddy-authorize#53 and deployment notes), its reason unsaid; "reason: no token found" none.
  caddySecurity('access-list', 'policy.deny', 'user role is valid, but ', {
    read: (f) => {
      const m = /^(?:not allowed by (?:path )?access list|denied by default deny on empty access list)/.exec(
        f.after(60),
      );
      return m === null ? null : { extend: m[0].length };
    },
  }),
  caddySecurity('keystore', 'challenge.invalid-token', 'keystore: failed to parse token'),
  caddySecurity('no-token', 'token.missing', 'reason: no token found'),

  // Google Cloud Identity-Aware Proxy's own replies (text/html, `x-goog-iap-generated-response: true`), as captured in
  // public deployment notes and client code: "Invalid IAP credentials: empty token" (302/401, no token sent),
  // "…: Unable to parse JWT", "…: JWT signature is invalid", "…: Invalid bearer token. Invalid JWT audience.".
  iap('empty-token', 'token.missing', 'Invalid IAP credentials: empty token'),
  iap('unparsable', 'token.malformed', 'Invalid IAP credentials: Unable to parse JWT'),
  iap('signature', 'signature.invalid', 'Invalid IAP credentials: JWT signature is invalid'),
  iap('audience', 'claim.aud-mismatch', 'Invalid IAP credentials: Invalid bearer token. Invalid JWT audience'),
  // Its reply to a Google-signed ID token without an email claim, a service account's minted without one (google-auth-
  // library-nodejs#792: "Invalid IAP credentials: JWT 'email' claim isn't a string"): IAP authorizes by that address.
  iap('email-claim', 'claim.required-missing', "Invalid IAP credentials: JWT 'email' claim isn't a string", {
    args: { claim: 'email' },
  }),
  // Its reply to a programmatic caller's OIDC token minted for another OAuth client (GoogleCloudPlatform/
  // professional-services#603): "Invalid IAP credentials: JWT audience doesn't match this application ('aud' claim
  // (<the token's>) doesn't match expected value (<the IAP client id>))".
  iap(
    'audience-application',
    'claim.aud-mismatch',
    "Invalid IAP credentials: JWT audience doesn't match this application",
    {
      read: (f) => {
        const m = /^ \('aud' claim \(([^()\s]{1,200})\) doesn't match expected value \(([^()\s]{1,200})\)\)/.exec(
          f.after(480),
        );
        return m === null ? {} : { args: compact({ actual: m[1], expected: [m[2] ?? ''] }), extend: m[0].length };
      },
    },
  ),

  // Cloud Run's IAM check in front of a service (its request log; Cloud Functions gen2 and Eventarc deliveries
  // log the same): "The request was not authenticated. Either allow unauthenticated invocations or set the proper
  // Authorization header." + " Empty Authorization header value." when none was sent; "The request was not
  // authorized to invoke this service." when the identity lacks run.invoker. The bare sentence names Cloud Run
  // (checks/proxy.ts) but not which credential failed.
  cloudRun('empty-header', 'token.missing', 'set the proper Authorization header. Empty Authorization header value'),
  cloudRun('not-authorized', 'policy.deny', 'The request was not authorized to invoke this service'),

  // Tyk's auth-token middleware (TykTechnologies/tyk gateway/mw_auth_key.go; the Tyk Operator docs' sample reply
  // `{"error": "Authorization field missing"}` with `X-Generator: tyk.io`). Its JWT and external OAuth middlewares
  // (mw_jwt.go, mw_external_oauth.go) say the same when the header its API definition names (auth_header_name,
  // Authorization unless changed; its query parameter or cookie when enabled) is empty, and take a bare token there;
  // its own OAuth 2.0 middleware (mw_oauth2_key_exists.go, ErrOAuthAuthorizationFieldMissing) when the value holds no
  // space, so a token without `Bearer ` is "missing" too. The finding says which header to look at (configuredHeader).
  tyk('no-key', 'token.missing', 'Authorization field missing', { args: { reason: 'configured-header' } }),
  // Its 403 for a key or token it does not know, in British spelling (Tyk's getting-started docs: `curl -H
  // "Authorization: null" …` answers `{"error": "Key not authorised"}`; its OpenID Connect docs: the same "if you take
  // the auth header out, or malform it"): the credential was refused, not the request's access.
  tyk('key-not-authorised', 'challenge.invalid-token', 'Key not authorised', { exactCase: true }),
  // Its log line for the same refusal, beside the reply (gateway/mw_auth_key.go, mw_jwt.go, mw_openid.go:
  // MsgInvalidKey "Attempted access with invalid key.", MsgNonExistentKey "Attempted access with non-existent key.";
  // TykTechnologies/tyk#1553, after "JWT Invalid: Validation error. …"). Only with Tyk named near (its container's,
  // its logger's name): other gateways log the same words.
  tyk('log-invalid-key', 'challenge.invalid-token', 'Attempted access with invalid key', {
    read: namedNear(1500, 400, 'tyk'),
  }),
  tyk('log-non-existent-key', 'challenge.invalid-token', 'Attempted access with non-existent key', {
    read: namedNear(1500, 400, 'tyk'),
  }),
  // The rest of its constants (gateway/handler_error.go): the key's access rights hold no entry for this API
  // (MsgApiAccessDisallowed, a 403), and an OAuth client whose access was revoked (MsgOauthClientRevoked).
  tyk('api-access-disallowed', 'policy.deny', 'Access to this API has been disallowed', ALONE),
  // The key's own expiry (its session's `expires`, set by the key or its policy) has passed: gateway/mw_key_expired_check.go
  // `errors.New("Key has expired, please renew")`, a 401 since TykTechnologies/tyk#781 (403 before, tyk#782), also for a
  // JWT whose session a policy gave an expiry (tyk#1243).
  tyk('key-expired', 'time.expired', 'Key has expired, please renew', { ...ALONE, exactCase: true }),
  tyk('oauth-client-revoked', 'token.revoked', 'Key not authorised. OAuth client access was revoked', {
    exactCase: true,
  }),
  // Its JWT middleware's refusals, "Key not authorized: " + the reason (gateway/mw_jwt.go; its tests' BodyMatch "Key
  // not authorized: token has expired", "Key not authorized: Token is expired" before golang-jwt v4, and
  // MsgKeyNotAuthorizedUnexpectedSigningMethod "Key not authorized: Unexpected signing method"). The reason names
  // the cause; the prefix is Tyk's constant (ranked as a class), and its reach covers golang-jwt's sentinel inside it,
  // so Tyk is the one named.
  // Its own time checks (mw_jwt.go timeValidateJWTClaims, with the API's skews) say "token is not valid yet" for nbf and
  // "token used before issued" for iat, behind the same prefix.
  tyk('jwt-refused', 'time.expired', 'Key not authorized: ', {
    ...CLASS,
    read: (f) => {
      const m = TYK_JWT_REASON.exec(f.after(40));
      if (m === null) return null;
      if (m[1] !== undefined) return { extend: m[0].length };
      // The token verified, then no policy it maps to grants this API (a 403 in mw_jwt.go; Tyk's JWT docs: "fail safe
      // and reject the request returning HTTP 403 Forbidden with `Key not authorized: no matching policy`"): the
      // gateway's own access policy said no.
      if (m[3] !== undefined) return { code: 'policy.deny', extend: m[0].length };
      if (m[4] !== undefined) return { code: 'time.not-yet-valid', args: { claim: 'nbf' }, extend: m[0].length };
      if (m[5] !== undefined) return { code: 'time.issued-in-future', args: { claim: 'iat' }, extend: m[0].length };
      return { code: 'alg.not-allowed', extend: m[0].length };
    },
  }),
  // The OAuth middleware's 400 for an Authorization header whose first word is not `Bearer` (gateway/
  // mw_oauth2_key_exists.go: `strings.ToLower(parts[0]) != "bearer"` → ErrOAuthAuthorizationFieldMalformed, "Bearer
  // token malformed"). Many tutorials' Flask apps answer the same words under `"message"`: only Tyk's error template
  // (`"error": …`, handler_error.go) or its log line (`msg="Bearer token malformed"`) is the row.
  tyk('bearer-malformed', 'authz-header.scheme', 'Bearer token malformed', {
    args: { reason: 'not-bearer' },
    read: (f) => (TYK_ERROR_FIELD.test(f.before(30)) && f.after(1) === '"' ? {} : null),
  }),
  // The JWT middleware with a central secret (processCentralisedJWT) finds no user id in the token: no `sub` and no
  // claim the API names as its identity base field (mw_jwt.go ErrNoSuitableUserIDClaimFound, ErrEmptyUserIDInSubClaim),
  // a 403 with the error's words.
  tyk('no-user-id-claim', 'claim.sub-missing', 'no suitable claims for user ID were found'),
  tyk('empty-sub', 'claim.sub-missing', 'found an empty user ID in sub claim'),
  // Apache APISIX's jwt-auth plugin for a request with no token (its documentation's `curl -i` sample, under
  // `Server: APISIX web server`). The words alone are many applications' log line: the gateway's body is the row.
  apisix('missing-token', 'token.missing', '{"message":"Missing JWT token in request"}'),
  // The same plugin's other refusals (apache/apisix apisix/plugins/jwt-auth.lua, `return 401, {message = …}`): a
  // token whose payload lacks the claim naming the consumer (`key`, or the route's key_claim_name), checked before
  // the signature (apache/apisix#7924). Only as the gateway's body, as above.
  apisix('missing-user-key', 'claim.required-missing', '{"message":"missing user key in JWT token"}', {
    args: { claim: 'key' },
  }),
  // Any failure of jwt:verify_jwt_obj(secret, jwt_obj, claim_specs), which checks the signature and the exp and nbf of
  // lua-resty-jwt's default validation options: the plugin logs its reason (`core.log.warn("failed to verify jwt: ",
  // jwt_obj.reason)`, the "'nbf' claim not valid until …" of verifier-messages' lua-resty-jwt rows) and answers
  // `{message = "failed to verify jwt"}` (apache/apisix#8909 under Server: APISIX/2.15.0). A generic refusal, then: an
  // expired token's own exp, or the log's reason, names the cause (round sample-31; it read as a bad signature).
  apisix('verify-failed', 'challenge.invalid-token', '{"message":"failed to verify jwt"}'),
  // lua-resty-openidc (under APISIX's openid-connect plugin and kong-oidc) reports any non-200 answer of the identity
  // provider as "response indicates failure, status=<n>, body=<body>" (openidc.lua, openidc_parse_json_response). After
  // an introspection call (APISIX's log "OIDC introspection failed: …", lua-resty-openidc's "Introspection error: …",
  // apache/apisix#3893 with Keycloak), 401 or 403 is the provider refusing the gateway's own client (its client_id and
  // secret, its token_endpoint_auth_method): an inactive token is a 200 with active=false. Whatever token arrives, the
  // same happens.
  restyOpenidc('introspection-client-refused', 'verifier.misconfigured', 'response indicates failure, status=', {
    read: (f) => (/introspection/i.test(f.before(200)) && /^40[13]\b/.test(f.after(4)) ? { extend: 3 } : null),
  }),
  // openidc.lua openidc_load_jwt_and_verify_crypto: log(ERROR, "id_token '" .. alg .. "' signature verification
  // failed") when lua-resty-jwt refuses the ID token's signature (zmartzone/lua-resty-openidc#135, its reason "too long";
  // the project's spec/id_token_validation_spec.lua). The words after the quote are jose's too: with openidc's own
  // head before them the line is the relying party's.
  restyOpenidc('id-token-signature', 'signature.invalid', "' signature verification failed", {
    read: (f) => (/id_token '[A-Za-z0-9]{2,10}$/.test(f.before(24)) ? {} : null),
  }),

  // mod_auth_openidc (Apache), as a relying party and as an OAuth resource server (OpenIDC/mod_auth_openidc
  // src/proto/jwt.c, oidc_proto_validate_exp / _iat; src/proto.c before 2.4.16). Its message holds jjwt's words
  // "JWT expired", which the row's reach covers, so the module that wrote it is the one named.
  openidc('exp', 'time.expired', '"exp" validation failure (', {
    read: (f) => {
      const rest = OPENIDC_EXP_REST.exec(f.after(80));
      return rest === null ? null : { extend: rest[0].length };
    },
  }),
  openidc('iat', 'time.expired', '"iat" validation failure (', {
    read: (f) => {
      const rest = OPENIDC_IAT_REST.exec(f.after(100));
      if (rest === null) return null;
      return rest[1] === 'ago'
        ? { args: { claim: 'iat', reason: 'iat-window' }, extend: rest[0].length }
        : { code: 'time.issued-in-future', args: { claim: 'iat' }, extend: rest[0].length };
    },
  }),
];
