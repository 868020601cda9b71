import { expect } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { diagnose } from '../../src/engine/diagnose.js';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import type { Finding, Report } from '../../src/engine/types.js';

/** The reference time of every engine test: 2026-05-28T14:10:00Z. */
export const NOW = 1779977400;

export async function run(input: string, options: DiagnoseOptions = {}): Promise<Report> {
  return diagnose(input, { now: NOW, ...options });
}

/** Asserts the input yields `code` (hadolint's ruleCatches); returns the finding for further assertions. */
export async function catches(code: FindingCode, input: string, options: DiagnoseOptions = {}): Promise<Finding> {
  const report = await run(input, options);
  const found = report.findings.find((f) => f.code === code);
  expect(found, `expected ${code}; got ${report.findings.map((f) => f.code).join(', ') || '(none)'}`).toBeDefined();
  return found as Finding;
}

/** Asserts the input does not yield `code` (hadolint's ruleCatchesNot). */
export async function catchesNot(code: FindingCode, input: string, options: DiagnoseOptions = {}): Promise<Report> {
  const report = await run(input, options);
  expect(
    report.findings.map((f) => f.code),
    `did not expect ${code}`,
  ).not.toContain(code);
  return report;
}
