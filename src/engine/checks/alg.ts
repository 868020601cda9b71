import type { Context } from '../context.js';
import { type EvidenceData, note } from '../evidence.js';
import { jsonText } from '../json-text.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';
import type { SelfSignedPlatform } from './platform-limits.js';

/** `alg: none`, and an `alg` outside the caller's allow-list. Key-type confusion is judged by the key check. */
export const algCheck = defineCheck({
  id: 'alg',
  codes: ['alg.none', 'alg.not-allowed'],
  run(ctx: Context) {
    const out: FindingData<'alg.none' | 'alg.not-allowed'>[] = [];
    const token = ctx.token;
    const header = ctx.header;
    if (header === null) return out;
    // A header pasted as JSON beside a bare payload is quoted where it states alg; a token's is named by its label.
    const quote = ctx.headerQuote;
    const label = token !== null && token.decoded.shape.kind !== 'jwe' ? token.label : null;
    if (quote === null && label === null) return out;
    // Written only for a finding, which most tokens' alg gives none of (the check 0.33× on the examples).
    // String(): an absent alg has no JSON, and reads as `undefined`.
    const evidence = (): EvidenceData =>
      quote ?? note('header-alg', { token: label as string, alg: String(jsonText(header.alg)) });
    const alg = header.alg;
    if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
      out.push(finding('alg.none', {}, evidence(), 'token'));
      return out;
    }
    const allowed = ctx.expected.algorithms;
    if (allowed.length > 0 && (typeof alg !== 'string' || !allowed.includes(alg))) {
      out.push(
        finding(
          'alg.not-allowed',
          withCaseOf({
            alg: typeof alg === 'string' ? alg : null,
            allowed,
            reason: 'expected-list' as const,
            ...platformRule(ctx, allowed),
          }),
          evidence(),
          'token',
        ),
      );
    }
    return out;
  },
});

/** The allow-list is the platform's own rule for the JWT its caller signs (build-context.ts's platformExpectations). */
function platformRule(ctx: Context, allowed: readonly string[]): { platform?: SelfSignedPlatform } {
  const p = ctx.selfSigned;
  return p !== null && allowed.length === 1 && allowed[0] === p.alg ? { platform: p.id } : {};
}

/** `--expect-alg rs256` against RS256: the allowed name that differs only in case, said in the finding's words. */
function withCaseOf<T extends { alg: string | null; allowed: string[] }>(args: T): T & { caseOf?: string } {
  const alg = args.alg;
  if (alg === null) return args;
  const lower = alg.toLowerCase();
  const same = args.allowed.find((a) => a !== alg && a.toLowerCase() === lower);
  // Object.assign, not a spread copy gaining `caseOf`: on Node 20 that takes V8's slow path (~0.9 µs).
  return same === undefined ? args : Object.assign({}, args, { caseOf: same });
}
