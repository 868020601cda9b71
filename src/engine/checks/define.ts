import type { CodeArgs } from '../args.js';
import type { FindingCode } from '../codes.js';
import type { Context } from '../context.js';
import type { EvidenceData } from '../evidence.js';
import type { FindingData, Severity, Source } from '../types.js';

/**
 * A check: one concern, the codes it may emit, and a function from the context to findings.
 * `prior` holds what earlier checks (in registry order) found, for checks that depend on them
 * (policy.deny needs "the token otherwise looks valid").
 */
export interface Check<C extends FindingCode = FindingCode> {
  readonly id: string;
  readonly codes: readonly C[];
  run(ctx: Context, prior: readonly FindingData[]): FindingData<C>[] | Promise<FindingData<C>[]>;
}

export function defineCheck<const C extends FindingCode>(check: Check<C>): Check<C> {
  return check;
}

/** Builds one finding with typed args. */
export function finding<C extends FindingCode>(
  code: C,
  args: CodeArgs[C],
  evidence: EvidenceData,
  source: Source,
  severity?: Severity,
): FindingData<C> {
  const f = { code, args, evidence, source } as FindingData<C>;
  if (severity !== undefined) f.severity = severity;
  return f;
}
