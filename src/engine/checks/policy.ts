import type { WorkingDifference } from '../args.js';
import type { FindingCode } from '../codes.js';
import type { Context } from '../context.js';
import { statusQuote } from '../status-quote.js';
import { defineCheck, finding } from './define.js';
import { grantedScopes, requiredScopes } from './scope.js';

/** Findings that explain a 403 by themselves; with none of them, the denial is resource policy. */
const EXPLAINS_DENIAL: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'challenge.insufficient-scope',
  'challenge.invalid-token',
  'challenge.invalid-request',
  'scope.insufficient',
  'token.malformed',
  'token.opaque',
  'token.jwe',
  'token.id-token',
  'token.revoked',
  'token.type-mismatch',
  'token.jwe-undecryptable',
  'alg.none',
  'alg.not-allowed',
  'key.kid-unknown',
  'signature.invalid',
  'time.expired',
  'time.not-yet-valid',
  'time.issued-in-future',
  'claim.aud-mismatch',
  'claim.iss-mismatch',
  'claim.iss-trailing-slash',
  'claim.environment',
  'proxy.waf-block',
  'proxy.authorizer-deny',
  'proxy.route-not-found',
  'policy.deny',
  'authz-header.missing',
  'authz-header.scheme',
  'authz-header.double-prefix',
  'authz-header.format',
  'authz-header.url-encoded',
  // What a verifier states about its own side explains the 403 as well: it saw no token (Spring's
  // Http403ForbiddenEntryPoint, FastAPI's `Not authenticated`), or it could not judge any (no keys, its setup).
  'token.missing',
  'key.jwks-unavailable',
  'verifier.misconfigured',
  'oauth.invalid-client',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'oauth.invalid-code',
  'oauth.interaction-required',
  'oauth.discovery-failed',
  'federation.no-match',
  'policy.service-not-enabled',
  'challenge.dpop-proof',
  'challenge.step-up',
  'token.sender-constrained',
  // CSRF protection refused the request before the token or any policy was read; so did a CORS check.
  'request.csrf-rejected',
  'request.cors-rejected',
]);

/**
 * A 403 whose token looks valid and carries what is required: the denial comes from resource-level
 * policy (RBAC, tenant, ownership). A server that says so (RBAC: access denied) is reported by the
 * verifier-log check with severity error.
 */
export const policyCheck = defineCheck({
  id: 'policy',
  codes: ['policy.deny'],
  run(ctx: Context, prior) {
    const status = ctx.http.status;
    if (status?.code !== 403 || ctx.claims === null) return [];
    if (prior.some((f) => EXPLAINS_DENIAL.has(f.code) && (f.severity ?? 'error') !== 'info')) return [];
    if (scopeShapeExplains(ctx, prior) || differsFromWorking(prior)) return [];
    // The body's own words for the refusal (`{"error":"forbidden","message":"tenant mismatch"}`) say more than the status
    // line they follow: they are the evidence when the paste shows them (round sample-31).
    const body = bodyReason(ctx, status.end);
    if (body !== null) return [finding('policy.deny', { stated: false }, ctx.evidenceAt(body.start, body.end), 'log')];
    return [finding('policy.deny', { stated: false }, statusQuote(ctx, status), 'status')];
  },
});

/** A body's words that only restate the 403 (`{"message":"Forbidden"}`), folded: the status line says as much. */
const RESTATES_STATUS: ReadonlySet<string> = new Set([
  'forbidden',
  'accessdenied',
  'permissiondenied',
  'notallowed',
  'unauthorized',
  'unauthorised',
  'notauthorized',
  'notauthorised',
  'denied',
]);
const folded = (said: string) => said.toLowerCase().replace(/[^a-z]/g, '');

/** The members in which an error body gives its reason in words. */
const REASON_MEMBERS = ['message', 'error_description', 'detail', 'reason', 'error'] as const;

/**
 * The first JSON object after the status whose members give a reason in words: not the token's claims (`iss`, `exp`,
 * `sub`) nor a capture's document (a HAR's `log`) printed after it.
 */
function bodyReason(ctx: Context, after: number): { start: number; end: number } | null {
  for (const span of ctx.json) {
    if (span.start < after) continue;
    const v = span.value;
    if ('iss' in v || 'exp' in v || 'sub' in v || 'log' in v) continue;
    for (const key of REASON_MEMBERS) {
      const said = v[key];
      if (typeof said === 'string' && /[A-Za-z]{3}/.test(said) && !RESTATES_STATUS.has(folded(said))) return span;
    }
  }
  return null;
}

/**
 * A failing token that differs from the working one in the paste (token.differs-from-working): grants it lacks
 * (`scope`, `scp`, `roles`… with `lacks`), or its issuer, audience, client, type or algorithm. That difference explains
 * the 403 ("works in Postman, 403 in the app") better than a policy, and policy.deny's "the token is fine" would deny
 * it: many APIs answer 403 to a token they cannot verify (an HS256 token from a dev issuer where RS256 is taken).
 * A kid alone is not such a difference: a key rotation changes only it, both tokens verify, and the grants decide.
 */
function differsFromWorking(prior: readonly { code: FindingCode; args?: unknown }[]): boolean {
  const working = prior.find((f) => f.code === 'token.differs-from-working');
  const differences = (working?.args as { differences?: readonly WorkingDifference[] } | undefined)?.differences ?? [];
  return differences.some((d) => 'lacks' in d || d.field !== 'kid');
}

/**
 * A token whose scopes are in a shape an API that splits `scope` at blanks (RFC 6749 §3.3) cannot read (scope.format)
 * explains the 403 with no policy supposed: comma-separated (`scope: "read:orders,write:orders"`), one scope that
 * matches nothing it requires; a JSON array, no string to split at all. When the required scopes are known, only when
 * one of them is granted in that shape alone (every one granted in a proper shape leaves the denial to policy, and
 * policy.deny's "carries what is required" is then true).
 */
function scopeShapeExplains(ctx: Context, prior: readonly { code: FindingCode; args?: unknown }[]): boolean {
  const format = prior.find((f) => f.code === 'scope.format');
  const problem = (format?.args as { problem?: string } | undefined)?.problem;
  if (problem !== 'comma-separated' && problem !== 'array-scope') return false;
  const required = requiredScopes(ctx.expected.scopes);
  if (required.length === 0 || ctx.claims === null) return true;
  if (problem === 'comma-separated') {
    const granted = grantedScopes(ctx.claims);
    return required.some((r) => !granted.strict.includes(r.value) && granted.lenient.includes(r.value));
  }
  const all = grantedScopes(ctx.claims).strict;
  const besidesArray = grantedScopes({ ...ctx.claims, scope: undefined }).strict;
  return required.some((r) => all.includes(r.value) && !besidesArray.includes(r.value));
}
