import type { WorkingDifference } from '../args.js';
import type { Context, TokenInfo } from '../context.js';
import type { JsonObject } from '../token/decode.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';
import { grantSources, splitGrants } from './scope.js';

/** Header parameters and claims that tell which issuer, tenant, audience, client and key a token was made for. */
const HEADER_FIELDS = ['alg', 'kid', 'typ'] as const;
const CLAIM_FIELDS = ['iss', 'aud', 'azp', 'tid'] as const;

/** A value as the report shows it: a string as is, an array sorted and joined, anything else absent. */
function shown(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    return strings.length === 0 ? null : [...strings].sort().join(' ');
  }
  return null;
}

/**
 * A token's header and claims; `whole` false when the paste cut its payload (`…eyJpc3Mi…` ending the message): then
 * `claims` holds only the members read whole before the cut, and a claim absent from them is unknown, not absent.
 */
function parts(token: TokenInfo): { header: JsonObject; claims: JsonObject; whole: boolean } | null {
  const shape = token.decoded.shape;
  if (shape.kind !== 'jws' && shape.kind !== 'malformed') return null;
  if (shape.header === null) return null;
  if (shape.payload !== null) return { header: shape.header, claims: shape.payload, whole: true };
  if (shape.kind !== 'malformed' || shape.cut === undefined) return null;
  return { header: shape.header, claims: shape.cut, whole: false };
}

/** Every grant a token carries (scope, scp, roles…), each claim's values split as the scope check splits them. */
function grants(claims: JsonObject): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { claim, value } of grantSources(claims)) {
    const set = new Set<string>();
    if (typeof value === 'string') for (const g of splitGrants(value, false)) set.add(g);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') set.add(v);
    out.set(claim, set);
  }
  return out;
}

/**
 * The paste holds a token that works beside the one that fails ("old token (works): eyJ…", "new token (401): eyJ…"):
 * what differs between them, in the header parameters and claims that decide where a token is accepted, is the
 * likeliest cause. Times are the time check's (each token is judged on its own) and subjects are not compared: two
 * users' tokens differ there by design.
 */
export const workingTokenCheck = defineCheck({
  id: 'working-token',
  codes: ['token.differs-from-working'],
  run(ctx: Context) {
    const working = ctx.workingToken;
    const token = ctx.token;
    if (working === null || token === null) return [];
    const failing = parts(token);
    const reference = parts(working);
    if (failing === null || reference === null) return [];
    const differences: WorkingDifference[] = [];
    for (const field of HEADER_FIELDS) {
      const a = shown(failing.header[field]);
      const b = shown(reference.header[field]);
      if (a !== b) differences.push({ field, failing: a, working: b });
    }
    for (const field of CLAIM_FIELDS) {
      if (unknown(failing, field) || unknown(reference, field)) continue;
      const a = shown(failing.claims[field]);
      const b = shown(reference.claims[field]);
      if (a !== b) differences.push({ field, failing: a, working: b });
    }
    // A grant the working token has and the failing one lacks; extra grants on the failing token refuse nothing.
    const has = grants(failing.claims);
    for (const [claim, values] of grants(reference.claims)) {
      if (unknown(failing, claim)) continue;
      const own = has.get(claim);
      const missing = [...values].filter((v) => own === undefined || !own.has(v));
      if (missing.length > 0) differences.push({ field: claim, lacks: missing });
    }
    if (differences.length === 0) return [];
    const out: FindingData<'token.differs-from-working'>[] = [
      finding(
        'token.differs-from-working',
        ctx.http.status?.code === 403
          ? { working: working.label, differences, forbidden: true }
          : { working: working.label, differences },
        working.evidence,
        'token',
      ),
    ];
    return out;
  },
});

/** A claim the paste cut off: whether the token holds it is not known, so it is not compared. */
function unknown(token: { claims: JsonObject; whole: boolean }, claim: string): boolean {
  return !token.whole && !Object.hasOwn(token.claims, claim);
}
