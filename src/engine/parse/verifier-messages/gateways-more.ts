/**
 * More gateways' and platforms' own refusals (rounds gw2, gw3): Gravitee's JWT and OAuth2 policies, the platform check
 * Supabase runs in front of an Edge Function (`verify_jwt`), KrakenD's JWT validator and Ocelot's authorisation
 * errors. Their readings are in docs/findings.md.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CODE, capture, compact, family, list, pasteNames } from './matcher.js';

const gravitee = family('gravitee');
const supabaseEdge = family('supabase-edge');
const krakend = family('krakend');
const ocelot = family('ocelot');
const apicast = family('apicast');
const traefik = family('traefik');

/** Traefik's forwardAuth middleware named on the line, as its v2 logfmt and v3 JSON logs write its type. */
const FORWARD_AUTH_TYPE = /middlewareType(?:=|":")Forward(?:ed)?Auth(?:Type)?\b/;

/** "Error calling <address>. Cause: <error>" on a forwardAuth middleware's line (its address may be empty). */
function forwardAuthCallFailed(f: Fragment): Reading | null {
  if (!/^\S{0,300}\. Cause/.test(f.after(320))) return null;
  return FORWARD_AUTH_TYPE.test(f.after(1200)) || FORWARD_AUTH_TYPE.test(f.before(600)) ? {} : null;
}

/** The service id APIcast's log line ends with (a number, or `default`): "authorization failed for service account …" is not. */
function apicastServiceId(f: Fragment): Reading | null {
  const id = /^(?:\d{1,20}|default)\b/.exec(f.after(24));
  return id === null ? null : { extend: id[0].length };
}

/**
 * APIcast's default error body alone on its line, in a paste that names APIcast or 3scale, or that carries the
 * `text/plain; charset=us-ascii` its older configurations answered with: "Authentication failed" alone is many an
 * application's words.
 */
function apicastBody(f: Fragment): Reading | null {
  if (f.before(4).trim() !== '' || f.after(4).trim() !== '') return null;
  return pasteNames(f, 'apicast') || pasteNames(f, '3scale') || pasteNames(f, 'charset=us-ascii') ? {} : null;
}

/** Gravitee's error keys as its response templates and logs name them: a key alone in its field, never in prose. */
const KEY = { ...CODE, ...ALONE } as const;

/**
 * The whole body of the Edge Functions platform's 401, `{"code":401,"message":"…"}` (the order the troubleshooting
 * page prints), or the same two members the other way round as clients log it: the message alone is many an
 * application's own words.
 */
const EDGE_BEFORE_CODE_FIRST = /\{\s*"code"\s*:\s*401\s*,\s*"message"\s*:\s*"$/;
const EDGE_AFTER_CODE_FIRST = /^"\s*\}/;
const EDGE_BEFORE_MESSAGE_FIRST = /\{\s*"message"\s*:\s*"$/;
const EDGE_AFTER_MESSAGE_FIRST = /^"\s*,\s*"code"\s*:\s*401\s*\}/;

function edgeBody(f: Fragment): Reading | null {
  const before = f.before(40);
  const after = f.after(20);
  if (EDGE_BEFORE_CODE_FIRST.test(before) && EDGE_AFTER_CODE_FIRST.test(after)) return {};
  if (EDGE_BEFORE_MESSAGE_FIRST.test(before) && EDGE_AFTER_MESSAGE_FIRST.test(after)) return {};
  return null;
}

/**
 * Ocelot's error codes only as its responder logs them, `Error Code: <code> Message: <message>` (ThreeMammals/Ocelot
 * Infrastructure/Extensions/ErrorListExtensions.cs ToErrorString): `UnauthorizedError` alone is other libraries'
 * class too (express-jwt's is a 401).
 */
function ocelotCode(f: Fragment): Reading | null {
  return f.before(12).endsWith('Error Code: ') ? {} : null;
}

/** ScopesAuthorizer's message: `User scopes: 'a,b' do not have all allowed scopes: 'c,d'` (comma-joined lists). */
const OCELOT_SCOPES = /^ Message: User scopes: '([^'\n]{0,300})' do not have all allowed scopes: '([^'\n]{0,300})'/;

function ocelotScopeCode(f: Fragment): Reading | null {
  if (ocelotCode(f) === null) return null;
  const m = OCELOT_SCOPES.exec(f.after(700));
  if (m === null) return {};
  return { args: compact({ expected: list(m[2], ','), actual: m[1] }), extend: m[0].length };
}

/** The same message without its code (a body or a log that printed the message alone). */
function ocelotScopeMessage(f: Fragment): Reading | null {
  const granted = capture(f.before(340), /User scopes: '([^'\n]{0,300})' $/);
  if (granted === undefined) return null;
  const m = /^([^'\n]{0,300})'/.exec(f.after(320));
  if (m === null) return null;
  return { args: compact({ expected: list(m[1], ','), actual: granted }), extend: m[0].length };
}

export const GATEWAYS_MORE: readonly Matcher[] = [
  // Traefik's forwardAuth middleware could not call its authentication server: "Error calling %s. Cause: %s"
  // (traefik/traefik pkg/middlewares/auth/forward.go), which it answers with a 500 of its own before any token is judged;
  // traefik/traefik#6124 logs `Error calling . Cause: Get : unsupported protocol scheme ""`, an empty address. Only on
  // the middleware's own line: the words alone are any client's.
  traefik('forward-auth-error', 'verifier.misconfigured', 'Error calling ', {
    exactCase: true,
    read: forwardAuthCallFailed,
  }),
  // KrakenD's JWT validator (krakend-jose v2 gin/jose.go TokenSignatureValidator, as devopsfaith/krakend-jose/v2 and
  // its forks print it; logged under `[ENDPOINT: /foo][JWTValidator]` when operation_debug is on, KrakenD's "JWT
  // Validation" page). The token verified, then the endpoint's `roles` (its roles_key claim) or `scopes` (scopes_key)
  // found none of what it requires: a 403, the token's grants (scope.insufficient). The rejecter chain refusing a token
  // that verified is the revocation check (krakend-jose rejecter.go; KrakenD's revoke server feeds it): a 401.
  // "Unable to validate the token: " and "Token sent by client is invalid: " go on with the library's own error, which
  // its rows read (go-jose's, go-auth0's).
  krakend('roles', 'scope.insufficient', 'Token sent by client does not have sufficient roles'),
  krakend('scopes', 'scope.insufficient', 'Token sent by client does not have the required scopes'),
  krakend('rejected', 'token.revoked', 'Token sent by client rejected'),
  // Its JWK client's own errors behind the same prefix (krakend-jose jwk_client.go, from auth0-community/go-auth0):
  // ErrInvalidContentType, the jwk_url answering without a JSON content type (krakend/krakend-jose#96: a Keycloak certs
  // URL behind an ALB), and ErrNoKeyFound as releases before "have" spell it (krakend/krakend-ce#615, the token's kid
  // not in the set fetched).
  krakend(
    'jwks-content-type',
    'key.jwks-unavailable',
    'Unable to validate the token: should have a JSON content type for JWKS endpoint',
  ),
  krakend('no-key-has', 'key.kid-unknown', 'Unable to validate the token: no Keys has been found'),

  // Ocelot's authorisation errors, each a 403 (Responder/ErrorsToHttpStatusCodeMapper.cs), named `…Authorised…` before
  // the 2023 rename and `…Authorized…` after (Errors/OcelotErrorCode.cs). ScopesAuthorizer's refusal lists the token's
  // `scope` values and the route's AllowedScopes (scope.insufficient); ClaimsAuthorizer's are the route's
  // RouteClaimsRequirement, a rule on a claim's value (ClaimValueNotAuthorisedError: `claim value: user is not the same
  // as required value: admin for type: role`) or its presence (UserDoesNotHaveClaimError: `user does not have claim
  // role`): the route's access rule, policy.deny, as AuthorizationMiddleware's UnauthorizedError (`alice is not
  // authorized to access /api/x`) is. Its UnauthenticatedError (a 401) is parse/client-errors.ts's: it states a failed
  // authentication, not why.
  ocelot('ScopeNotAuthorisedError', 'scope.insufficient', 'ScopeNotAuthorisedError', {
    ...CODE,
    read: ocelotScopeCode,
  }),
  ocelot('ScopeNotAuthorizedError', 'scope.insufficient', 'ScopeNotAuthorizedError', {
    ...CODE,
    read: ocelotScopeCode,
  }),
  ocelot('scopes', 'scope.insufficient', "do not have all allowed scopes: '", { read: ocelotScopeMessage }),
  ocelot('ClaimValueNotAuthorisedError', 'policy.deny', 'ClaimValueNotAuthorisedError', { ...CODE, read: ocelotCode }),
  ocelot('ClaimValueNotAuthorizedError', 'policy.deny', 'ClaimValueNotAuthorizedError', { ...CODE, read: ocelotCode }),
  ocelot('UserDoesNotHaveClaimError', 'policy.deny', 'UserDoesNotHaveClaimError', { ...CODE, read: ocelotCode }),
  ocelot('UnauthorizedError', 'policy.deny', 'UnauthorizedError', { ...CODE, exactCase: true, read: ocelotCode }),
  // AuthorizationMiddleware's own warning for the same refusal: `alice is not authorized to access /api/x. Setting
  // pipeline error`.
  ocelot('not-authorized', 'policy.deny', ' is not authorized to access ', {
    read: (f) => (/^\S{1,200}\. Setting pipeline error/.test(f.after(240)) ? {} : null),
  }),

  // Red Hat 3scale's gateway, APIcast: its service's error bodies by default (3scale/APIcast gateway/src/apicast/
  // configuration.lua: error_auth_failed 'Authentication failed', a 403 unless error_status_auth_failed says otherwise;
  // error_auth_missing 'Authentication parameters missing', a 401; older per-service configs answered both as 403 with
  // `text/plain; charset=us-ascii`), and its log lines for them (proxy.lua error_no_credentials / error_authorization_
  // failed: "no credentials provided for service <id>", "authorization failed for service <id>"; 3scale/APIcast#811,
  // "Test request failed with HTTP code 403: Authentication failed" and its `[lua] errors.lua:4: rewrite(): no
  // credentials provided for …`). The credential is the service's (a user_key, an app_id/app_key pair, an OIDC access
  // token), where its Authentication settings say it is sent; 3scale's backend (or the OIDC check) refused it.
  apicast('auth-failed', 'challenge.invalid-token', 'Authentication failed', { exactCase: true, read: apicastBody }),
  apicast('auth-missing', 'token.missing', 'Authentication parameters missing', {
    exactCase: true,
    read: apicastBody,
  }),
  apicast('log-no-credentials', 'token.missing', 'no credentials provided for service ', { read: apicastServiceId }),
  apicast('log-authorization-failed', 'challenge.invalid-token', 'authorization failed for service ', {
    read: apicastServiceId,
  }),

  // Gravitee's JWT policy interrupts with a key and the message "Unauthorized" (gravitee-io/gravitee-policy-jwt
  // JWTPolicy.java / JWTPolicyV3.java: JWT_MISSING_TOKEN when no token was found, JWT_INVALID_TOKEN for an empty one or
  // any failed validation, its cause unsaid; JWT_REVOKED from the revocation check; .docgen/errors.yaml lists them). The
  // default body (`{"message":"Unauthorized","http_status_code":401}`) names no key; a response template or the API's
  // log does, and the key is the stable part.
  gravitee('JWT_MISSING_TOKEN', 'token.missing', 'JWT_MISSING_TOKEN', KEY),
  gravitee('JWT_INVALID_TOKEN', 'challenge.invalid-token', 'JWT_INVALID_TOKEN', KEY),
  gravitee('JWT_REVOKED', 'token.revoked', 'JWT_REVOKED', KEY),
  // Its OAuth2 policy (gravitee-io/gravitee-policy-oauth2 Oauth2Policy.java): no Authorization header
  // (OAUTH2_MISSING_HEADER) or an empty token (OAUTH2_MISSING_ACCESS_TOKEN), both "No OAuth authorization header was
  // supplied" with `error="invalid_request"`; the introspection said the token is not active (OAUTH2_INVALID_ACCESS_TOKEN);
  // the token's scopes miss the policy's (OAUTH2_INSUFFICIENT_SCOPE, a 401 with `error="insufficient_scope"`); no
  // authorization server resource is configured (OAUTH2_MISSING_SERVER, "No OAuth authorization server has been
  // configured"). GATEWAY_OAUTH2_ACCESS_DENIED is the gateway's answer when the token's client has no subscription to
  // the plan (onInvalidSubscription, `access_denied`): the gateway's own access rule, as Apigee's no-product fault is.
  gravitee('OAUTH2_MISSING_HEADER', 'token.missing', 'OAUTH2_MISSING_HEADER', KEY),
  gravitee('OAUTH2_MISSING_ACCESS_TOKEN', 'token.missing', 'OAUTH2_MISSING_ACCESS_TOKEN', KEY),
  gravitee('OAUTH2_INVALID_ACCESS_TOKEN', 'challenge.invalid-token', 'OAUTH2_INVALID_ACCESS_TOKEN', KEY),
  gravitee('OAUTH2_INSUFFICIENT_SCOPE', 'scope.insufficient', 'OAUTH2_INSUFFICIENT_SCOPE', KEY),
  gravitee('OAUTH2_MISSING_SERVER', 'verifier.misconfigured', 'OAUTH2_MISSING_SERVER', KEY),
  gravitee('GATEWAY_OAUTH2_ACCESS_DENIED', 'policy.deny', 'GATEWAY_OAUTH2_ACCESS_DENIED', KEY),
  gravitee('oauth2-no-header', 'token.missing', 'No OAuth authorization header was supplied', ALONE),
  gravitee('oauth2-no-server', 'verifier.misconfigured', 'No OAuth authorization server has been configured', ALONE),

  // The platform check Supabase runs before an Edge Function's code when `verify_jwt` is on (the default): "Invalid
  // JWT" (and, since 2026, "Invalid Token or Protected Header formatting") for a token it cannot verify with the
  // project's legacy JWT secret, "Missing authorization header" for none (supabase.com/docs/guides/troubleshooting/
  // edge-function-401-error-response, "Both of these messages come from the legacy auth verification check";
  // supabase/supabase#44490 for the newer wording). checks/proxy.ts says why it refused (supabaseVerifyJwt).
  supabaseEdge('invalid-jwt', 'challenge.invalid-token', 'Invalid JWT', { exactCase: true, read: edgeBody }),
  supabaseEdge('invalid-token-format', 'challenge.invalid-token', 'Invalid Token or Protected Header formatting', {
    read: edgeBody,
  }),
  supabaseEdge('missing-header', 'token.missing', 'Missing authorization header', { read: edgeBody }),
  // …and its codes since 2026, in the body's `code` and the `sb-error-code` header (round audit-at): a bearer that is
  // no JWT at all, `{"code":"UNAUTHORIZED_INVALID_JWT_FORMAT","message":"Invalid JWT"}` (supabase/supabase#45993, a
  // publishable key sent as the bearer token), and a user token signed with the project's new asymmetric keys,
  // `{ "code": "UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM", "message": "Unsupported JWT algorithm: ES256" }`
  // (chuan-101/Hamster-Nest#348). The codes are the platform's own identifiers, not words an application writes.
  supabaseEdge('invalid-jwt-format', 'challenge.invalid-token', 'UNAUTHORIZED_INVALID_JWT_FORMAT', {
    ...KEY,
    exactCase: true,
  }),
  supabaseEdge('unsupported-token-algorithm', 'alg.not-allowed', 'UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM', {
    ...KEY,
    exactCase: true,
    // The platform's check takes HS256 only; its message names the token's algorithm.
    read: (f) => ({
      args: compact({
        alg: capture(f.after(120, true), /Unsupported JWT algorithm: ([A-Za-z0-9]{2,12})/),
        expected: ['HS256'],
      }),
    }),
  }),
];
