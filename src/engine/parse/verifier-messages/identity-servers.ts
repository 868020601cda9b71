/**
 * Round audit-al: open-source identity servers and hosted sign-in products refusing a session or a caller in their own
 * words: Ory Kratos' herodot reasons for a request that brought no session it accepts, Ory fosite's (Hydra's)
 * `request_unauthorized`, Supabase Auth's session ended behind a still-valid JWT, the Kinde SDK's "no authentication
 * credential found", and Casdoor's authorization filter. Each row's text is the product's own, from the public source
 * named beside it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, compact, family, list, textAround } from './matcher.js';

const kratos = family('kratos');
const fosite = family('fosite');
const supabaseAuth = family('supabase-auth');
const kinde = family('kinde');
const casdoor = family('casdoor');
const betterAuth = family('better-auth');
const workos = family('workos');
const stytch = family('stytch');
const authentik = family('authentik');

/** `request_unauthorized` as the value fosite writes: `"error":"request_unauthorized"`, or logrus' `error=request_unauthorized`. */
function fositeCode(f: Fragment): boolean {
  const before = f.before(12);
  return /"error\\?"\s?:\s?\\?"$/.test(before) || /\berror=$/.test(before);
}

/**
 * fosite's request_unauthorized is the caller of an endpoint not authenticated to it. At Hydra's introspection endpoint
 * that caller is the resource server or gateway asking about a token (kong-oidc's introspection log, ory/hydra#1252), so
 * its own client credentials are what to fix, whatever token it asks about; elsewhere (userinfo) the bearer token sent.
 */
function requestUnauthorized(f: Fragment): Reading | null {
  if (!fositeCode(f)) return null;
  return /introspect/i.test(textAround(f, 300, 300)) ? { code: 'verifier.misconfigured' } : {};
}

/** A WorkOS failure reason as its object prints it: `reason: '<match>'` (Node's inspect) or `"reason":"<match>"`. */
function workosReason(f: Fragment): Reading | null {
  const before = f.before(12);
  return /\breason: '$/.test(before) || /"reason"\s?:\s?"$/.test(before) ? {} : null;
}

/**
 * The Kinde TypeScript SDK below the words in the stack (`@kinde-oss/kinde-typescript-sdk/…`): jose's "Compact JWS must
 * be a string or Uint8Array" is then Kinde's session without an access token, and jose's own row (node.ts) leaves it.
 */
export function underKindeSdk(f: Fragment): boolean {
  return /@kinde-oss\//.test(textAround(f, 0, 600));
}

/** Casdoor's reply envelope, `{"status":"error","msg":"<match>"`, or Casdoor named near its words. */
function casdoorSaid(f: Fragment): Reading | null {
  if (/"msg"\s?:\s?"$/.test(f.before(10)) && /"status"\s?:\s?"error"/.test(textAround(f, 60, 80))) return {};
  return /casdoor/i.test(textAround(f, 300, 200)) ? {} : null;
}

export const IDENTITY_SERVERS: readonly Matcher[] = [
  // Ory Kratos (ory/kratos session/manager.go ErrNoActiveSessionFound: herodot's ErrUnauthorized with "request does
  // not have a valid authentication session" and the reason "No active session was found in this request."; since
  // v0.11 ErrNoSessionFound's reason "No valid session credentials found in the request.", which its own test asserts
  // for an unknown X-Session-Token too). /sessions/whoami and the self-service flows answer it when neither the
  // ory_kratos_session cookie nor a session token reached Kratos, or the one that did names no active session
  // (ory/kratos#572, #4129; timalanfarrow/kratos-selfservice-ui-vue3-typescript#10).
  kratos('no-active-session', 'token.missing', 'No active session was found in this request.', { exactCase: true }),
  kratos('no-session-credentials', 'token.missing', 'No valid session credentials found in the request.', {
    exactCase: true,
  }),
  // Its go-swagger client (ory/kratos-client-go before v0.5) names the 401 of its whoami operation
  // `[GET /sessions/whoami][401] whoamiUnauthorized` (ory/kratos-client-go#5): the same answer, printed by the caller.
  kratos('whoami-unauthorized', 'token.missing', 'whoamiUnauthorized', { ...CODE, exactCase: true }),

  // fosite (ory/fosite errors.go ErrRequestUnauthorized: `request_unauthorized`, "The request could not be authorized.",
  // hint "Check that you provided valid credentials in the right format."), as Hydra answers its introspection caller
  // (nokia/kong-oidc#63: `"error_debug":"HTTP Authorization header missing"`; ory/hydra#457, #1252). Only as the error
  // code's value: the sentence alone is also herodot's, which Kratos and Oathkeeper send for other reasons.
  fosite('request-unauthorized', 'challenge.invalid-token', 'request_unauthorized', {
    ...CODE,
    exactCase: true,
    read: requestUnauthorized,
  }),

  // Supabase Auth (supabase/auth internal/api/auth.go maybeLoadUserOrSession: `session_not_found`, 403, "Session from
  // session_id claim in JWT does not exist"): the JWT is sound, its session was ended (a sign-out, a refresh-token
  // reuse revoking the family, a session timeout), as supabase/auth-js#905 reads it ("the user has been signed out or
  // the session has been destroyed"); supabase/auth-js#914 and supabase/supabase#25350 quote it, the latter as
  // supabase-js' AuthApiError.
  supabaseAuth('session-not-found', 'token.revoked', 'Session from session_id claim in JWT does not exist', {
    exactCase: true,
  }),

  // The Kinde TypeScript SDK under every JavaScript SDK (kinde-oss/kinde-typescript-sdk sdk/clients/server
  // authorization-code.ts getUser / getUserProfile): the session manager holds no access token (the user never signed
  // in on this server, or its kinde cookies did not reach it). kinde-oss/kinde-auth-nextjs#150 quotes the first.
  kinde('no-credential', 'token.missing', 'Cannot get user details, no authentication credential found', {
    exactCase: true,
  }),
  // jose's "Compact JWS must be a string or Uint8Array" (node.ts) under the Kinde SDK's token utilities: the session
  // manager handed jose no access token (nuxt-modules/kinde#123, its stack through @kinde-oss/kinde-typescript-sdk).
  kinde('no-token-for-jose', 'token.missing', 'Compact JWS must be a string or Uint8Array', {
    exactCase: true,
    read: (f) => (underKindeSdk(f) ? {} : null),
  }),
  kinde('no-credential-profile', 'token.missing', 'Cannot fetch user profile, no authentication credential found', {
    exactCase: true,
  }),

  // Better Auth's server API (better-auth/better-auth packages/better-auth/src/api/routes/session.ts sessionMiddleware:
  // `throw new APIError("UNAUTHORIZED")` when getSession finds none), as better-call prints it: "[APIError
  // [BetterCallAPIError]: API Error: UNAUTHORIZED ] { status: 'UNAUTHORIZED', … body: { code: 'UNAUTHORIZED' } }"
  // (better-auth/better-auth#1422, #1733, where its maintainer answers "Make sure to provide `headers` in your
  // `auth.api` call"): a server-side auth.api call that got no request headers has no session cookie to read.
  betterAuth('unauthorized', 'token.missing', 'BetterCallAPIError]: API Error: UNAUTHORIZED', { exactCase: true }),

  // WorkOS AuthKit's sealed-session check (workos/workos-node src/user-management/interfaces/
  // authenticate-with-session-cookie.interface.ts AuthenticateWithSessionCookieFailureReason: no_session_cookie_provided,
  // invalid_session_cookie, invalid_jwt; workos/workos-node#1204 asks what each means): `{ authenticated: false, reason:
  // 'no_session_cookie_provided' }` is no session cookie on the request; invalid_jwt the access token inside it refused
  // (expired, until the session is refreshed).
  workos('no-session-cookie', 'token.missing', 'no_session_cookie_provided', {
    ...CODE,
    exactCase: true,
    read: workosReason,
  }),
  workos('invalid-jwt', 'challenge.invalid-token', 'invalid_jwt', { ...CODE, exactCase: true, read: workosReason }),

  // Stytch's API refusing the backend's project credentials (HTTP Basic with the project ID and secret):
  // `invalid_authorization_header`, "The authorization header sent is not valid." (stytchauth/stytch-react-example#85,
  // as its SDK prints it: `[400] invalid_authorization_header The authorization header sent is not valid. …`). Only as
  // its error_type, before its sentence or as a JSON value.
  stytch('invalid-authorization-header', 'challenge.invalid-token', 'invalid_authorization_header', {
    ...CODE,
    exactCase: true,
    read: (f) =>
      f.after(48).startsWith(' The authorization header sent is not valid') ||
      /"error_type"\s?:\s?"$/.test(f.before(20))
        ? {}
        : null,
  }),

  // The Kinde browser SDKs' token check (isTokenValid, as kinde-oss/kinde-auth-react#56 quotes it): `(aud) claim
  // mismatch. Expected: "<audience…>", Received: "<aud, …>"`. Kinde puts an API's audience in the access token only
  // when the app asks for it (kinde-oss/documentation#497; nuxt-modules/kinde#102: tokens whose aud is []).
  kinde('aud-mismatch', 'claim.aud-mismatch', '(aud) claim mismatch. Expected: "', {
    exactCase: true,
    read: (f) => {
      const m = /^([^"\n]{0,400})", Received: "([^"\n]{0,400})"/.exec(f.after(900));
      if (m === null) return null;
      return { args: compact({ expected: list(m[1], ' '), actual: m[2] }), extend: m[0].length };
    },
  }),

  // An authentik outpost fetching its configuration with the token authentik generated for it (AUTHENTIK_TOKEN):
  // goauthentik/authentik internal/outpost/ak/api.go logs "Failed to fetch outpost configuration, retrying in 3
  // seconds" with the API's answer, `error="403 Forbidden"` (goauthentik/authentik#11454) or, in its first releases,
  // "Failed to fetch configuration" with `(status 401)` (goauthentik/authentik#755). Only with 401 or 403 on the line.
  authentik('outpost-token-refused', 'challenge.invalid-token', 'Failed to fetch outpost configuration', {
    exactCase: true,
    read: (f) => (/\b40[13]\b/.test(f.after(200)) ? {} : null),
  }),
  authentik('outpost-token-refused-v1', 'challenge.invalid-token', 'Failed to fetch configuration', {
    exactCase: true,
    read: (f) =>
      /\(status 40[13]\)/.test(f.after(300)) && /authentik\.outpost/.test(textAround(f, 100, 400)) ? {} : null,
  }),

  // Casdoor (casdoor/casdoor routers/authz_filter.go: DenyRequest answers "auth:Unauthorized operation", translated
  // "Unauthorized operation", when its Casbin API policy does not allow the caller the path, an anonymous caller
  // included; its controllers answer the same to a user who is not an organization's admin). casdoor/casdoor#4405,
  // #4460 show it in the web UI, "Failed to load: Unauthorized operation".
  casdoor('unauthorized-operation', 'policy.deny', 'Unauthorized operation', { exactCase: true, read: casdoorSaid }),
];
