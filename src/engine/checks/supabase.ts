import type { Context } from '../context.js';

/**
 * Supabase's project API keys. The legacy `anon` and `service_role` keys are long-lived JWTs that name a Postgres role
 * and no user (supabase.com/docs/guides/api/api-keys: "The keys are both long-lived JWTs … they contain the "role"";
 * the hosted ones also carry `iss: "supabase"` and the project's `ref`). A user's session token is another JWT, issued by
 * the project's Auth (`iss` `https://<ref>.supabase.co/auth/v1`, `role` `authenticated`, the user's id as `sub`:
 * supabase.com/docs/guides/auth/jwt-fields). Sent where a user's token goes, a key is refused for the `sub` it lacks
 * (Auth's /auth/v1/user answers `bad_jwt` "invalid claim: missing sub claim": supabase/supabase-js#702).
 */
export type SupabaseKey = 'anon' | 'service_role';

/** Which project key the claims are, or null: a key's role with no `sub`, and Supabase's issuer or a project `ref`. */
export function supabaseProjectKey(claims: Readonly<Record<string, unknown>> | null): SupabaseKey | null {
  if (claims === null || 'sub' in claims) return null;
  const role = claims.role;
  if (role !== 'anon' && role !== 'service_role') return null;
  const iss = claims.iss;
  const supabaseIssuer = typeof iss === 'string' && iss.length < 200 && iss.toLowerCase().includes('supabase');
  return supabaseIssuer || typeof claims.ref === 'string' ? role : null;
}

/** A hosted project's API host, `<ref>.supabase.co`: its ref (20 lowercase letters and digits). */
const PROJECT_HOST = /^([a-z0-9]{20})\.supabase\.(?:co|in)$/;
/** A project's Auth issuer, `https://<ref>.supabase.co/auth/v1` (supabase.com/docs/guides/auth/jwt-fields). */
const PROJECT_ISSUER = /^https:\/\/([a-z0-9]{20})\.supabase\.(?:co|in)\/auth\/v1$/;

/**
 * The project a Supabase token belongs to and the one the request went to, when they differ: a key's `ref`, or a user
 * token's Auth issuer, against the request's `<ref>.supabase.co`. Each project signs with its own secret, so the other
 * project's token fails the signature check (PostgREST's "JWSError JWSInvalidSignature", Auth's "signature is
 * invalid"), which says nothing of the cause. Null when they match or either is not shown.
 */
export function otherSupabaseProject(
  claims: Readonly<Record<string, unknown>> | null,
  requestHost: string | null,
): { token: string; host: string } | null {
  if (claims === null || requestHost === null) return null;
  const host = PROJECT_HOST.exec(requestHost.toLowerCase())?.[1];
  if (host === undefined) return null;
  const iss = typeof claims.iss === 'string' ? PROJECT_ISSUER.exec(claims.iss)?.[1] : undefined;
  const token = iss ?? (typeof claims.ref === 'string' && /^[a-z0-9]{20}$/.test(claims.ref) ? claims.ref : undefined);
  return token === undefined || token === host ? null : { token, host };
}

/**
 * Why the platform check in front of an Edge Function (`verify_jwt`) refused what the request carried, as far as the
 * paste shows: it verifies only JWTs signed with the project's legacy JWT secret (HS256), so a user token signed with
 * the project's newer asymmetric keys fails it (`asymmetric`), and a new API key (`sb_publishable_…`, `sb_secret_…`)
 * sent as a bearer token is no JWT at all (`api-key`) (supabase.com/docs/guides/functions/auth-headers: "The new API
 * keys are not JWTs. The platform check can't validate them"; supabase.com/docs/guides/troubleshooting/
 * edge-function-401-error-response: the check fails when "the request uses the newer asymmetric keys instead of a
 * legacy key"). `check` when the paste shows neither: the check itself is what to look at.
 */
export function edgeVerifyJwtCause(ctx: Context): 'asymmetric' | 'api-key' | 'check' {
  const credential = ctx.authorization?.parsed.credential ?? '';
  if (credential.startsWith('sb_publishable_') || credential.startsWith('sb_secret_')) return 'api-key';
  const alg = ctx.header?.alg;
  if (typeof alg === 'string' && alg !== 'HS256' && alg !== 'none') return 'asymmetric';
  // Its own code says so when no token is pasted (verifier-messages/gateways-more.ts).
  return ctx.hits.some((h) => h.hit.id === 'supabase-edge.unsupported-token-algorithm') ? 'asymmetric' : 'check';
}
