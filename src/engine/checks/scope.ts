import type { Context, Expectation } from '../context.js';
import { note } from '../evidence.js';
import { jsonText } from '../json-text.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';

/** The grant claims whose format is checked (scope.format), in grantSources' order. */
const FORMAT_CLAIMS = ['scope', 'scp'] as const;

/** Claims that carry grants, in the shapes IdPs use (RFC 9068 `scope`, Okta/Entra `scp`, roles, Keycloak realm roles). */
export function grantSources(claims: Record<string, unknown>): Array<{ claim: string; value: unknown }> {
  const out: Array<{ claim: string; value: unknown }> = [];
  for (const claim of ['scope', 'scp', 'roles', 'permissions', 'groups', 'cognito:groups', 'role']) {
    if (claim in claims) out.push({ claim, value: claims[claim] });
  }
  const realm = claims.realm_access;
  if (realm !== null && typeof realm === 'object' && 'roles' in realm) {
    out.push({ claim: 'realm_access.roles', value: (realm as Record<string, unknown>).roles });
  }
  const resource = claims.resource_access;
  if (resource !== null && typeof resource === 'object') {
    for (const [client, access] of Object.entries(resource as Record<string, unknown>)) {
      if (access !== null && typeof access === 'object' && 'roles' in access) {
        out.push({ claim: `resource_access.${client}.roles`, value: (access as Record<string, unknown>).roles });
      }
    }
  }
  return out;
}

/**
 * JavaScript's `\s` (WhiteSpace and LineTerminator, ECMA-262 §22.2.2.9): the blanks that split grants.
 * test/engine/fast-paths.test.ts checks it against `/\s/` for every UTF-16 code unit.
 */
export function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The non-empty pieces of `s` between blanks (and commas, when `commas`): what
 * `s.split(/\s+/)` (or `/[\s,]+/`) gives without its empty strings, appended to `out`. A character scan:
 * a split by regex goes through RegExp's generic @@split, about a microsecond a call.
 */
export function splitGrants(s: string, commas: boolean, out: string[] = []): string[] {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isBlank(c) || (commas && c === 0x2c)) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** The grants of one claim's value, appended to `out`. */
function split(value: unknown, commas: boolean, out: string[]): void {
  if (typeof value === 'string') splitGrants(value, commas, out);
  else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') splitGrants(v, commas, out);
}

/** What the token grants, read the strict way (space-separated) and the lenient way (commas too). */
export function grantedScopes(claims: Record<string, unknown>): { strict: string[]; lenient: string[] } {
  return grantsOf(grantSources(claims));
}

/** grantedScopes, given the grant claims already read. */
function grantsOf(sources: Array<{ claim: string; value: unknown }>): { strict: string[]; lenient: string[] } {
  // Appended in place rather than `flatMap`: no array per claim, and no flatMap (a slow builtin on Node 20).
  const strict: string[] = [];
  const lenient: string[] = [];
  for (const s of sources) split(s.value, false, strict);
  for (const s of sources) split(s.value, true, lenient);
  return { strict, lenient };
}

/** Required scopes or roles against those the token grants, and grant shapes an API may not read. */
/**
 * A token IdentityServer (Duende, IdentityServer4) issued: its `client_id` and `idp` claims together, or its
 * `<issuer>/resources` audience. IdentityServer writes `scope` as a JSON array unless EmitScopesAsSpaceDelimitedStringInJwt
 * is set (IdentityServer4 TokenExtensions.CreateJwtPayloadDictionary: `payload.Add(JwtClaimTypes.Scope, scopeValues)`
 * in the else branch; its JwtPayloadCreationTests "Should_create_scopes_as_array"), and ASP.NET Core's JwtBearer reads
 * the array as one scope claim per value: the array is its normal shape, not a format problem.
 */
function issuedByIdentityServer(claims: Readonly<Record<string, unknown>>): boolean {
  if (typeof claims.client_id === 'string' && typeof claims.idp === 'string') return true;
  const iss = claims.iss;
  if (typeof iss !== 'string' || iss.length > 300) return false;
  const resources = `${iss.replace(/\/$/, '')}/resources`;
  const aud = claims.aud;
  return aud === resources || (Array.isArray(aud) && aud.includes(resources));
}

export const scopeCheck = defineCheck({
  id: 'scope',
  codes: ['scope.insufficient', 'scope.format'],
  run(ctx: Context) {
    const claims = ctx.claims;
    if (claims === null) return [];
    const out: FindingData<'scope.insufficient' | 'scope.format'>[] = [];
    const src = ctx.claimsSource;
    let commaSeparated = false;

    // The format findings are about `scope` and `scp` alone (the first two grant claims): the others, roles and
    // Keycloak's nested ones, are read only when scopes are required (the check 0.73× on the shipped examples).
    for (const claim of FORMAT_CLAIMS) {
      if (!(claim in claims)) continue;
      const s = { claim, value: claims[claim] };
      if (claim === 'scope' && Array.isArray(s.value)) {
        if (issuedByIdentityServer(claims)) continue;
        out.push(finding('scope.format', { claim, problem: 'array-scope' }, grantEvidenceOf(s), src));
      } else if (hasComma(s.value) && commaSeparates(s.value)) {
        commaSeparated = true;
        out.push(finding('scope.format', { claim, problem: 'comma-separated' }, grantEvidenceOf(s), src));
      }
    }

    const required = requiredScopes(ctx.expected.scopes);
    if (required.length === 0) return out;
    // Read once: for the grants and their evidence.
    const sources = grantSources(claims);
    const granted = grantsOf(sources);
    const missing = unmet(required, granted.strict);
    // A scope only present comma-separated is a format problem (reported above), not a missing grant. A stray comma
    // separates nothing: `"j,"` grants the scope "j," to a verifier that splits on spaces, not "j".
    const reallyMissing = commaSeparated ? unmet(missing, granted.lenient) : missing;
    if (reallyMissing.length > 0) {
      // What a server stated (a challenge's scope) or the verifier's pasted setting requires is quoted against the grants.
      const stated = reallyMissing.find(
        (r): r is Exclude<Expectation, { source: 'options' | 'platform' }> =>
          r.source !== 'options' && r.source !== 'platform',
      );
      const grants = sources.map(grantEvidenceOf);
      out.push(
        finding(
          'scope.insufficient',
          {
            required: required.map((r) => r.value),
            missing: reallyMissing.map((r) => r.value),
            granted: granted.strict,
            ...(stated?.via === undefined ? {} : { via: stated.via }),
            ...(reallyMissing.some((r) => anyOfList(r) !== undefined) ? { anyOf: true as const } : {}),
            ...caseOnlyArgs(
              reallyMissing.map((r) => r.value),
              granted.strict,
            ),
          },
          stated !== undefined
            ? note('scope-stated-vs-granted', { stated: stated.evidence, grants })
            : grants.length > 0
              ? grants.join('; ')
              : note('no-grant-claims', {}),
          stated === undefined ? src : stated.source === 'config' ? 'options' : stated.source,
        ),
      );
    }
    return out;
  },
});

/**
 * The missing scopes the token grants in another letter case. RFC 6749 §3.3: the scope is "a list of space-delimited,
 * case-sensitive strings", so verifiers compare them exactly, as they do aud and iss (claim.iss-trailing-slash).
 */
export function caseOnlyArgs(
  missing: readonly string[],
  granted: readonly string[],
): { caseOnly?: { granted: string; required: string }[] } {
  if (missing.length === 0 || granted.length === 0) return {};
  const pairs: { granted: string; required: string }[] = [];
  for (const required of missing) {
    const lower = required.toLowerCase();
    const match = granted.find((g) => g !== required && g.toLowerCase() === lower);
    if (match !== undefined) pairs.push({ granted: match, required });
  }
  return pairs.length === 0 ? {} : { caseOnly: pairs };
}

/** The list a required scope was named in when any one of it will do (ConfiguredValue.anyOf), else undefined. */
function anyOfList(e: Expectation): readonly string[] | undefined {
  return e.source === 'config' ? e.anyOf : undefined;
}

/**
 * The required scopes `granted` does not meet: each one it lacks, except that a scope of an any-of list is met when
 * the token has any scope of that list (`[RequiredScope("a", "b")]` lets in a token with `b` alone).
 */
export function unmet(required: readonly Expectation[], granted: readonly string[]): Expectation[] {
  return required.filter((r) => {
    if (granted.includes(r.value)) return false;
    const list = anyOfList(r);
    return list === undefined || !list.some((v) => granted.includes(v));
  });
}

/** Space-separated lists ("read write") count as several required scopes. */
export function requiredScopes(expectations: Expectation[]): Expectation[] {
  const seen = new Set<string>();
  const out: Expectation[] = [];
  for (const e of expectations) {
    for (const value of splitGrants(e.value, false)) {
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ ...e, value });
    }
  }
  return out;
}

/** `scope: "read write"`: a grant claim as evidence. */
function grantEvidenceOf(s: { claim: string; value: unknown }): string {
  return `${s.claim}: ${truncate(jsonText(s.value) ?? '')}`;
}

/**
 * Whether a comma is in the grants: what `split(value, /\s+/).some((v) => v.includes(','))` says (a
 * comma is no blank, so it stays inside some piece), without splitting.
 */
export function hasComma(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(',');
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.includes(','));
}

/**
 * Whether a comma stands between two scope names (`read,write`, `read, write`): a trailing or leading one (`"j,"`, one
 * scope and a stray comma) separates nothing, so the grants are not comma-separated.
 */
export function commaSeparates(value: unknown): boolean {
  if (typeof value === 'string') return separatesIn(value);
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && separatesIn(v));
}

function separatesIn(s: string): boolean {
  let name = false;
  let comma = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c) comma = name;
    else if (isBlank(c)) continue;
    else if (comma) return true;
    else name = true;
  }
  return false;
}

function truncate(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
