/**
 * More gateways' and platforms' own refusals (round gw2): Gravitee's JWT and OAuth2 policies, and the platform check
 * Supabase runs in front of an Edge Function (`verify_jwt`). Their readings are in docs/findings.md.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CODE, family } from './matcher.js';

const gravitee = family('gravitee');
const supabaseEdge = family('supabase-edge');

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

export const GATEWAYS_MORE: readonly Matcher[] = [
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
];
