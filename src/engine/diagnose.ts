import type { Catalogue } from '../messages/catalogue.js';
import { catalogueFor } from '../messages/index.js';
import { quoteBeforeSecret } from '../messages/refusal-title.js';
import { buildContext } from './build-context.js';
import { type Check, finding } from './checks/define.js';
import { checks } from './checks/index.js';
import { schemeCutAtPasteEnd } from './checks/scheme-cut.js';
import { classify } from './classify.js';
import type { Context } from './context.js';
import { hideKeyMaterial, KEY_RUN_TEST } from './key-material.js';
import { type DiagnoseOptions, resolveOptions } from './options.js';
import { rankFindings } from './rank.js';
import { buildReport } from './report.js';
import { statusQuote } from './status-quote.js';
import { tokenRequestOnly } from './token-request.js';
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
  const checked = runChecks(ctx);
  const found = Array.isArray(checked) ? checked : await checked;
  return conclude(ctx, found, catalogue);
}

/**
 * The checks over a built context, in their order (diagnose's second stage; bench/engine.mjs times the stages apart).
 * The findings themselves when every check answered synchronously (all but a signature to verify), else a promise of
 * them: an async function's promise, and diagnose's await of it, were about 3% of a diagnosis on the examples.
 */
export function runChecks(ctx: Context): FindingData[] | Promise<FindingData[]> {
  const found: FindingData[] = [];
  // An indexed loop, not for-of: until V8 has optimised this function (the first thousand or so calls)
  // an array iterator costs an allocation and a call per check.
  for (let c = 0; c < checks.length; c++) {
    const result = (checks[c] as Check).run(ctx, found);
    if (!Array.isArray(result)) return finishChecks(ctx, found, c, result);
    for (let i = 0; i < result.length; i++) found.push(result[i] as FindingData);
  }
  return found;
}

/** runChecks from check `c` on, whose findings are still to come (a signature being verified). */
async function finishChecks(
  ctx: Context,
  found: FindingData[],
  c: number,
  pending: Promise<FindingData[]>,
): Promise<FindingData[]> {
  let out = await pending;
  for (;;) {
    for (let i = 0; i < out.length; i++) found.push(out[i] as FindingData);
    if (++c >= checks.length) return found;
    const result = (checks[c] as Check).run(ctx, found);
    // Most checks are synchronous: awaiting their arrays would cost a microtask turn each.
    out = Array.isArray(result) ? result : await result;
  }
}

/** Classification, ranking, the report in the catalogue's words, and the final scrub (diagnose's last stage). */
export function conclude(ctx: Context, found: FindingData[], catalogue: Catalogue): Report {
  const status = ctx.http.status;
  // Quoted only for a status.mismatch, which few reports have.
  const statusEvidence = () => (status === null ? '' : statusQuote(ctx, status));
  const { classification, mismatch } = classify(
    status?.code ?? null,
    statusEvidence,
    found,
    ctx.stated.length > 0 && ctx.stated.some((s) => s.kind === 'unauthenticated'),
  );
  if (mismatch !== null) found.push(mismatch);
  // findings.md: input.empty is "nothing diagnosable was found". A diagnosis is its findings and its
  // classification: a paste that gives neither (prose, a lone `Content-Type: text/html`, a key set with no
  // token) has nothing to diagnose, whatever the parsers recognised in it. A bare 401 or 403 does classify.
  if (found.length === 0 && classification === 'undetermined') {
    // A header cut inside its scheme shows no token: its few letters are no token to have read.
    const read = schemeCutAtPasteEnd(ctx)
      ? 'authorization'
      : ctx.token !== null
        ? 'token'
        : ctx.claims !== null
          ? 'payload'
          : ctx.header !== null
            ? 'header'
            : tokenRequestOnly(ctx)
              ? 'token-request'
              : null;
    found.push(finding('input.empty', read === null ? {} : { read }, '', 'log'));
  }
  const report = buildReport(ctx, rankFindings(found), classification, catalogue);
  // The redactor hides what it registered; what a paste mangled past reading is hidden by its shape (key-material.ts).
  // One walk tells a report neither changes, nearly every one: each of the two walked all of it.
  if (ctx.redactor.leavesAlone(report, KEY_RUN_TEST)) return report;
  const scrubbed = hideKeyMaterial(ctx.redactor.scrub(report), (run) => `‹secret ${ctx.redactor.fingerprint(run)}›`);
  // A title quotes the words before a credential, not its fingerprint (refusal-title.ts); only a scrubbed one has one.
  for (const f of scrubbed.findings) f.title = quoteBeforeSecret(f.title);
  return scrubbed;
}
