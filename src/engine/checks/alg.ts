import type { Context } from '../context.js';
import { note } from '../evidence.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';

/** `alg: none`, and an `alg` outside the caller's allow-list. Key-type confusion is judged by the key check. */
export const algCheck = defineCheck({
  id: 'alg',
  codes: ['alg.none', 'alg.not-allowed'],
  run(ctx: Context) {
    const out: FindingData<'alg.none' | 'alg.not-allowed'>[] = [];
    const token = ctx.token;
    const header = ctx.header;
    if (token === null || header === null || token.decoded.shape.kind === 'jwe') return out;
    const alg = header.alg;
    // String(): an absent alg has no JSON, and reads as `undefined`.
    const evidence = note('header-alg', { token: token.label, alg: String(JSON.stringify(alg)) });
    if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
      out.push(finding('alg.none', {}, evidence, 'token'));
      return out;
    }
    const allowed = ctx.expected.algorithms;
    if (allowed.length > 0 && (typeof alg !== 'string' || !allowed.includes(alg))) {
      out.push(
        finding(
          'alg.not-allowed',
          { alg: typeof alg === 'string' ? alg : null, allowed, reason: 'expected-list' },
          evidence,
          'token',
        ),
      );
    }
    return out;
  },
});
