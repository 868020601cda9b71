import type { Catalogue } from '../messages/catalogue.js';
import { catalogueFor } from '../messages/index.js';
import { buildContext } from './build-context.js';
import { type Check, finding } from './checks/define.js';
import { checks } from './checks/index.js';
import { classify } from './classify.js';
import type { Context } from './context.js';
import { type DiagnoseOptions, resolveOptions } from './options.js';
import { rankFindings } from './rank.js';
import { buildReport } from './report.js';
import type { FindingData, Report } from './types.js';

/**
 * Diagnoses a pasted 401/403: status lines, headers, a token (masked or not), a payload, verifier logs.
 *
 * Pure: no I/O and no clock (pass `now`). Never throws for any input text; throws only for invalid
 * options (`InvalidOptionsError`, `KeyInputError`). The raw token and its signature appear nowhere in
 * the returned report.
 *
 * @example
 * ```ts
 * const report = await diagnose(pastedText, { now: '2026-05-28T14:10:00Z', expectedAudiences: ['https://api.example.com'] });
 * report.findings[0]?.code; // 'time.expired'
 * ```
 */
export async function diagnose(input: string, options?: DiagnoseOptions): Promise<Report> {
  const resolved = resolveOptions(options);
  const catalogue = catalogueFor(resolved.locale);
  const ctx = buildContext(typeof input === 'string' ? input : String(input), resolved);
  const found = await runChecks(ctx);
  return conclude(ctx, found, catalogue);
}

/**
 * The checks over a built context, in their order (diagnose's second stage; bench/engine.mjs times the stages apart).
 */
export async function runChecks(ctx: Context): Promise<FindingData[]> {
  const found: FindingData[] = [];
  // An indexed loop, not for-of: until V8 has optimised this function (the first thousand or so calls)
  // an array iterator costs an allocation and a call per check.
  for (let c = 0; c < checks.length; c++) {
    // Most checks are synchronous: awaiting their arrays would cost a microtask turn each.
    const result = (checks[c] as Check).run(ctx, found);
    const out = Array.isArray(result) ? result : await result;
    for (let i = 0; i < out.length; i++) found.push(out[i] as FindingData);
  }
  return found;
}

/** Classification, ranking, the report in the catalogue's words, and the final scrub (diagnose's last stage). */
export function conclude(ctx: Context, found: FindingData[], catalogue: Catalogue): Report {
  const status = ctx.http.status;
  const statusEvidence = status === null ? '' : ctx.evidenceAt(status.start, status.end);
  const { classification, mismatch } = classify(status?.code ?? null, statusEvidence, found);
  if (mismatch !== null) found.push(mismatch);
  // findings.md: input.empty is "nothing diagnosable was found". A diagnosis is its findings and its
  // classification: a paste that gives neither (prose, a lone `Content-Type: text/html`, a key set with no
  // token) has nothing to diagnose, whatever the parsers recognised in it. A bare 401 or 403 does classify.
  if (found.length === 0 && classification === 'undetermined') found.push(finding('input.empty', {}, '', 'log'));
  const report = buildReport(ctx, rankFindings(found), classification, catalogue);
  return ctx.redactor.scrub(report);
}
