/**
 * Identity-aware proxies in front of an API, in their own replies: Ory Oathkeeper's herodot error envelope
 * (`{"error":{"code":401,"status":"Unauthorized","reason":"…","message":"Access credentials are invalid"}}`), whose
 * `message` is one of two fixed sentences and whose `reason` says which check refused the request. Each row's text is
 * the product's own, from the public sources named beside it.
 */
import type { Fragment, Reading } from './matcher.js';
import { capture, family, type Matcher } from './matcher.js';

const oathkeeper = family('oathkeeper');

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
];
