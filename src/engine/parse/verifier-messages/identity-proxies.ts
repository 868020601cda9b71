/**
 * Identity-aware proxies and hosted auth services in front of an API, in their own words: Ory Oathkeeper's herodot error
 * envelope (`{"error":{"code":401,"status":"Unauthorized","reason":"…","message":"Access credentials are invalid"}}`),
 * whose `message` is one of two fixed sentences and whose `reason` says which check refused the request, and Clerk's
 * backend SDK (@clerk/backend's TokenVerificationError, as its middleware logs it: the message, then `(reason=…,
 * token-carrier=…)`), and authentik's API (Django REST framework's `{"detail":"…"}` with its own words). Each row's text
 * is the product's own, from the public sources named beside it; ZITADEL's API errors by the id its messages end in
 * (`Errors.Token.Invalid (AUTH-7fs1e)`).
 */
import type { Fragment, Reading } from './matcher.js';
import { CODE, capture, compact, family, list, type Matcher } from './matcher.js';

const oathkeeper = family('oathkeeper');
const clerk = family('clerk');
/** Clerk's expiry message's two dates, each `Thu, 26 Nov 2026 21:40:00 GMT`. */
const CLERK_DATES =
  /^([A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT), Current date: ([A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT)/;
const authentik = family('authentik');
const zitadel = family('zitadel');
const fosite = family('fosite');
const stytch = family('stytch');

/** The herodot envelope's `"message":"` right before the match (its JSON escaped inside another string, too). */
const MESSAGE_KEY = /"message\\?":\\?"$/;

/** The `reason` herodot writes before the `message` (`"reason":"Access token is not active","message":"…`), or null. */
function herodotReason(f: Fragment): string | null {
  const before = f.before(600);
  if (!MESSAGE_KEY.test(before)) return null;
  return capture(before, /"reason\\?":\\?"((?:[^"\\]|\\[^"])*)\\?",\\?"message\\?":\\?"$/) ?? '';
}

/**
 * What a reason names, from Oathkeeper's authenticators (pipeline/authn/authenticator_oauth2_introspection.go: "Access
 * token is not active", "Access token expired", "Token audience is not intended for target audience %s", "Token issuer
 * does not match any trusted issuer", "Scope %s was not granted"; the older "Access token introspection says token is
 * not active", as its e2e tests assert) and its JWT verifier (credentials/verifier_default.go: "Token audience %v is not
 * intended for target audience %s.", `JSON Web Token is missing required scope "%s".`), or null when it names none of them.
 */
function reasonReading(reason: string): Reading | null {
  if (/^Access token (?:introspection says token )?is not active/.test(reason))
    return { code: 'challenge.invalid-token' };
  if (reason.startsWith('Access token expired')) return { code: 'time.expired' };
  const audience = capture(reason, /is not intended for target audience ([^\s"\\]{1,200}?)\.?(?:$|[\s"\\])/);
  if (audience !== undefined) return { code: 'claim.aud-mismatch', args: { expected: [audience] } };
  if (reason.startsWith('Token issuer does not match any trusted issuer')) return { code: 'claim.iss-mismatch' };
  const granted = capture(reason, /^Scope (\S{1,200}) was not granted/);
  const required = capture(reason, /is missing required scope \\?"([^"\\]{1,200})\\?"/);
  const scope = granted ?? required;
  if (scope !== undefined) return { code: 'scope.insufficient', args: { expected: [scope] } };
  return null;
}

/** A Clerk message stands as Clerk's: its `(reason=…` follows, or `Clerk` names it earlier on the line. */
function clerkSaid(f: Fragment): boolean {
  return /^[^\n]{0,400}\(reason=[a-z-]{1,40}, token-carrier=/.test(f.after(440)) || /Clerk/.test(f.before(300));
}

/**
 * Clerk's message header before the text, or its reason suffix after it on the line (errors.ts getFullMessage): the
 * words are Clerk's, whoever else writes the same ones (Envoy's "Jwt is expired").
 */
export function saidByClerk(f: Fragment): boolean {
  return (
    /x-clerk-auth-message:[ \t]?$/i.test(f.before(24)) ||
    /^[^\n]{0,400}\(reason=[a-z-]{1,40}, token-carrier=/.test(f.after(440))
  );
}

/** `"value". Expected "a,b".` after Clerk's azp or algorithm message: the token's value and what was expected. */
function clerkQuoted(f: Fragment): Reading {
  const m = /^"([^"\n]{1,200})"\. (?:Expected "([^"\n]{1,600})"|Supported: ([^\n.]{1,300}))/.exec(f.after(900));
  if (m === null) return {};
  const expected = m[2] ?? m[3];
  return { args: compact({ actual: m[1], expected: expected === undefined ? undefined : list(expected, ',') }) };
}

/**
 * A Clerk reason code as the value of its middleware's `x-clerk-auth-reason: <reason>` response header (what a `curl -I`
 * or devtools shows). In a log the reason follows its message (`… (reason=token-expired, token-carrier=header)`), which
 * the message's own row reads; the code in a sentence states nothing.
 */
function clerkReason(f: Fragment): Reading | null {
  return /x-clerk-auth-reason:[ \t]?$/i.test(f.before(24)) ? {} : null;
}

/** The whole `detail` of a Django REST framework reply: `{"detail":"<match>"}`. */
function wholeDetail(f: Fragment): Reading | null {
  return /"detail"\s?:\s?"$/.test(f.before(40)) && f.after(1) === '"' ? {} : null;
}

/** herodot's head right before a reason: `{"error":{"code":401,"status":"Unauthorized",` (its `request` id between). */
const ENVELOPE_HEAD =
  /\{\\?"error\\?":\{\\?"code\\?":40[13],\\?"status\\?":\\?"(?:Unauthorized|Forbidden)\\?",(?:\\?"request\\?":\\?"[\w-]{1,64}\\?",)?\\?"reason\\?":\\?"$/;

/**
 * A reason in herodot's envelope whose `message` the paste cut off: read as the whole envelope's reason is. With its
 * message there, the message's row reads the reason (above); this one stays silent.
 */
function cutEnvelopeReason(f: Fragment): Reading | null {
  if (!ENVELOPE_HEAD.test(f.before(160))) return null;
  const after = f.after(200);
  return after.includes('Access credentials are invalid') ||
    after.includes('Access credentials are not sufficient to access this resource')
    ? null
    : {};
}

export const IDENTITY_PROXIES: readonly Matcher[] = [
  // Oathkeeper's ErrUnauthorized (helper/errors.go, a herodot.DefaultError): its 401 when an authenticator refused the
  // credentials, and also when none was sent (its own e2e notes: `curl …/oauth-cred-example` without a header gets
  // `{"error":{"code":401,"status":"Unauthorized","message":"Access credentials are invalid"}}`). Alone it names no
  // cause and states nothing the status does not; its `reason` does.
  oathkeeper('unauthorized', 'challenge.invalid-token', 'Access credentials are invalid', {
    exactCase: true,
    read: (f) => {
      const reason = herodotReason(f);
      if (reason === null || reason === '') return null;
      return reasonReading(reason) ?? {};
    },
  }),
  // Its ErrForbidden: an authorizer's denial (`deny`, `remote_json`, Keto), or an authenticator's check that refused a
  // token it read (ory/oathkeeper e2e: `{"error":{"code":403,"status":"Forbidden","reason":"Access token introspection
  // says token is not active","message":"Access credentials are not sufficient to access this resource"}}`).
  oathkeeper('forbidden', 'policy.deny', 'Access credentials are not sufficient to access this resource', {
    exactCase: true,
    read: (f) => {
      const reason = herodotReason(f);
      if (reason === null) return null;
      return reason === '' ? {} : (reasonReading(reason) ?? {});
    },
  }),
  // The same envelope cut before its `message` ends (a log line or a chat message cut short: `{"error":{"code":401,"status":
  // "Unauthorized","reason":"Access token expired","messag`): its `reason` is Oathkeeper's still, and says the same.
  oathkeeper('cut-expired', 'time.expired', 'Access token expired', { exactCase: true, read: cutEnvelopeReason }),
  oathkeeper('cut-issuer', 'claim.iss-mismatch', 'Token issuer does not match any trusted issuer', {
    exactCase: true,
    read: cutEnvelopeReason,
  }),

  // Clerk's backend SDK (clerk/javascript packages/backend/src/jwt/assertions.ts, verifyJwt.ts, tokens/keys.ts; the
  // reasons in errors.ts). Its session tokens carry the app's origin in `azp` instead of an audience ("Clerk JWTs use
  // AZP claim instead of Audience"), so an `azp` outside `authorizedParties` is the audience refused.
  // Its two dates are JavaScript's toUTCString of the token's exp and of its own clock (assertions.ts
  // assertExpirationClaim: "JWT is expired. Expiry date: ${expiryDate.toUTCString()}, Current date: …").
  clerk('token-expired', 'time.expired', 'JWT is expired. Expiry date: ', {
    read: (f) => {
      const m = CLERK_DATES.exec(f.after(80));
      return m === null ? {} : { args: { at: m[1] as string, now: m[2] as string } };
    },
  }),
  // The same words cut short (`JWT is expired.`, `JWT is expired (reason=token-expired, …)`), Clerk's by its header or
  // its reason suffix: Envoy's row, whose words they also are, leaves them (gateways.ts).
  clerk('token-expired-short', 'time.expired', 'JWT is expired', {
    exactCase: true,
    read: (f) => (saidByClerk(f) ? {} : null),
  }),
  clerk('token-not-active-yet', 'time.not-yet-valid', 'JWT cannot be used prior to not before date claim (nbf)'),
  clerk('token-iat-in-the-future', 'time.issued-in-future', 'JWT issued at date claim (iat) is in the future'),
  clerk('token-invalid-signature', 'signature.invalid', 'JWT signature is invalid.', {
    exactCase: true,
    read: (f) => (clerkSaid(f) ? {} : null),
  }),
  clerk('token-invalid-authorized-parties', 'claim.aud-mismatch', 'Invalid JWT Authorized party claim (azp) ', {
    read: clerkQuoted,
  }),
  clerk('token-invalid-algorithm', 'alg.not-allowed', 'Invalid JWT algorithm ', {
    exactCase: true,
    read: (f) => {
      const alg = capture(f.after(80), /^"([A-Za-z0-9+-]{2,20})"\. Supported: /);
      return alg === undefined ? null : { args: { alg } };
    },
  }),
  // "Unable to find a signing key in JWKS that matches the kid='ins_…' of the provided session token." (its JWKS holds
  // another instance's key: the frontend and the backend use two Clerk instances).
  clerk('jwk-kid-mismatch', 'key.kid-unknown', 'Unable to find a signing key in JWKS that matches the kid', {
    read: (f) => {
      const kid = capture(f.after(240), /^='([^'\n]{1,200})' of the provided session token/);
      return kid === undefined || kid === 'undefined' ? {} : { args: { kid } };
    },
  }),
  clerk('token-form', 'token.malformed', 'Invalid JWT form. A JWT consists of three parts separated by dots.'),
  // Its key loading (tokens/keys.ts, tokens/verify.ts): no JWKS could be fetched ("Failed to load JWKS from Clerk
  // Backend or Frontend API.", "The JWKS endpoint did not contain any signing keys.", "Error loading Clerk JWKS from
  // <url> with code=<status>"), and no key to verify with at all, neither CLERK_JWT_KEY nor a secret key ("Failed to
  // resolve JWK during verification.", its action "Set the CLERK_JWT_KEY environment variable."; "Missing local JWK.";
  // "Missing Clerk Secret Key or API Key."): the server's own setup, not the token.
  clerk('jwk-remote-failed-to-load', 'key.jwks-unavailable', 'Failed to load JWKS from Clerk Backend', {
    exactCase: true,
  }),
  clerk('jwks-no-keys', 'key.jwks-unavailable', 'The JWKS endpoint did not contain any signing keys.', {
    exactCase: true,
  }),
  clerk('jwks-load-error', 'key.jwks-unavailable', 'Error loading Clerk JWKS from ', { exactCase: true }),
  clerk('jwk-failed-to-resolve', 'verifier.misconfigured', 'Failed to resolve JWK during verification.', {
    exactCase: true,
  }),
  clerk('secret-key-missing', 'verifier.misconfigured', 'Missing Clerk Secret Key or API Key.', { exactCase: true }),
  clerk('jwk-local-missing', 'verifier.misconfigured', 'Missing local JWK.', {
    exactCase: true,
    read: (f) => (clerkSaid(f) || /Set the CLERK_JWT_KEY/.test(f.after(80)) ? {} : null),
  }),
  // The reason codes themselves (errors.ts TokenVerificationErrorReason), which Clerk's middleware returns in
  // `x-clerk-auth-reason` beside `x-clerk-auth-status: signed-out` (public notes: "When a Clerk 401 makes no sense, read
  // x-clerk-auth-reason and x-clerk-auth-message"). Its session-state reasons (`session-token-and-uat-missing`,
  // `protect-rewrite`…) name no refused token and are not rows.
  ...(
    [
      ['token-expired', 'time.expired'],
      ['token-iat-in-the-future', 'time.issued-in-future'],
      ['token-invalid-signature', 'signature.invalid'],
      ['token-invalid-authorized-parties', 'claim.aud-mismatch'],
      ['token-invalid-algorithm', 'alg.not-allowed'],
      ['token-invalid', 'token.malformed'],
      ['token-verification-failed', 'challenge.invalid-token'],
      ['jwk-kid-mismatch', 'key.kid-unknown'],
      ['jwk-remote-missing', 'key.kid-unknown'],
      ['jwk-remote-failed-to-load', 'key.jwks-unavailable'],
      ['jwk-remote-invalid', 'key.jwks-unavailable'],
      ['jwk-failed-to-resolve', 'verifier.misconfigured'],
      ['jwk-local-missing', 'verifier.misconfigured'],
      ['secret-key-invalid', 'verifier.misconfigured'],
    ] as const
  ).map(([reason, code]) => clerk(`reason.${reason}`, code, reason, { exactCase: true, read: clerkReason })),
  // token-not-active-yet holds none of the scan's triggers (scan.ts): the header's name, written out, carries it; in a
  // log its message's own row reads it.
  clerk('reason.token-not-active-yet', 'time.not-yet-valid', 'x-clerk-auth-reason: token-not-active-yet', CODE),

  // authentik's API authentication (goauthentik/authentik authentik/api/authentication.py, DRF's AuthenticationFailed,
  // answered with 403 since it sends no challenge): "Token invalid/expired" for a bearer token it does not know (an API
  // token or an OAuth access token without the goauthentik.io/api scope), "Unsupported authentication type" for another
  // scheme, "Malformed header" for `Bearer ` with nothing after it. Only as the reply's whole `detail`.
  authentik('token-invalid', 'challenge.invalid-token', 'Token invalid/expired', {
    exactCase: true,
    read: wholeDetail,
  }),
  authentik('unsupported-type', 'authz-header.scheme', 'Unsupported authentication type', {
    exactCase: true,
    read: wholeDetail,
  }),
  authentik('malformed-header', 'authz-header.format', 'Malformed header', { exactCase: true, read: wholeDetail }),

  // ZITADEL's API (zitadel/zitadel internal/api/authz): Unauthenticated `Errors.Token.Invalid (AUTH-7fs1e)` for a bearer
  // token it does not accept (its integration tests expect the message; users quote it for a revoked PAT, or a user
  // token without the `urn:zitadel:iam:org:project:id:zitadel:aud` audience), `Token is invalid (AUTH-7fs1e)` when
  // translated; PermissionDenied `No matching permissions found (AUTH-5mWD2)` for a caller whose memberships do not
  // grant the method's permission.
  zitadel('AUTH-7fs1e', 'challenge.invalid-token', 'AUTH-7fs1e', { ...CODE, exactCase: true }),
  zitadel('AUTH-5mWD2', 'policy.deny', 'AUTH-5mWD2', { ...CODE, exactCase: true }),

  // Ory fosite, under Hydra's userinfo, introspection-backed middlewares and refresh grant (ory/fosite errors.go
  // ErrInactiveToken: `token_inactive`, "Token is inactive because it is malformed, expired or otherwise invalid." with
  // the hint "Token validation failed."; GovSSO's and SuperTokens' tests assert the reply as Hydra sends it): the token
  // was sent and judged, without saying which of those three.
  // Stytch's Sessions API (its API reference, "authenticate session": `{"status_code": 404, …, "error_type":
  // "session_not_found", "error_message": "Session could not be found.", …}`) for a session token or session JWT whose
  // session was revoked or has ended: the credential is no longer active (token.revoked), whatever the 404 says. Only
  // as the envelope's `error_type`.
  stytch('session-not-found', 'token.revoked', 'session_not_found', {
    ...CODE,
    exactCase: true,
    read: (f) => (/"error_type"\s?:\s?"$/.test(f.before(20)) ? {} : null),
  }),
  fosite(
    'token-inactive',
    'challenge.invalid-token',
    'Token is inactive because it is malformed, expired or otherwise invalid',
    {
      exactCase: true,
    },
  ),
];
