import type { CodeArgs } from '../engine/args.js';

/** token.differs-from-working's steps, in a locale's words. */
export interface WorkingStepWords {
  issuer: string;
  key: string;
  grants: string;
}

const ISSUER_FIELDS: ReadonlySet<string> = new Set(['iss', 'tid', 'aud', 'azp']);
const KEY_FIELDS: ReadonlySet<string> = new Set(['kid', 'alg']);

/**
 * One step per kind of difference, the cause that fits the status first: a 403 is a token the API accepted and then
 * refused what it asked (RFC 9110 §15.5.4; RFC 6750 §3.1's insufficient_scope), so a grant it lacks leads; otherwise
 * the token was not accepted at all, and its issuer, then its key, come before grants. A difference of no kind (typ)
 * keeps the grants step, as before.
 */
export function workingSteps(a: CodeArgs['token.differs-from-working'], words: WorkingStepWords): string[] {
  const issuer = a.differences.some((d) => ISSUER_FIELDS.has(d.field));
  const key = a.differences.some((d) => KEY_FIELDS.has(d.field));
  const grants = a.differences.some((d) => 'lacks' in d) || (!issuer && !key);
  const steps: string[] = [];
  if (a.forbidden === true && grants) steps.push(words.grants);
  if (issuer) steps.push(words.issuer);
  if (key) steps.push(words.key);
  if (a.forbidden !== true && grants) steps.push(words.grants);
  return steps;
}
