import { expect } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import type { Classification, Report } from '../../src/engine/types.js';
import { run } from './catches.js';

/**
 * One real-world paste and what its report must say: the row type of the test/engine/formats*.test.ts
 * tables. Only `status` and `classification` are always checked; every other field is checked when given.
 */
export interface PasteRow {
  name: string;
  input: string;
  status: number | null;
  classification: Classification;
  /** The first finding's code. */
  top?: FindingCode;
  /** The first finding's `via` (who said it), when a log or a reply stated it. */
  via?: string;
  /** Codes the report must hold, in any order. */
  includes?: FindingCode[];
  /** Codes a misreading would add. */
  excludes?: FindingCode[];
  /**
   * The intermediary proxy.gateway-response must name (or proxy.waf-block, which names its product alone: round left-dd),
   * or null when none may be named.
   */
  product?: string | null;
  /** The token the report is about (fields to match), or null when no token may be judged. */
  token?: Partial<NonNullable<Report['token']>> | null;
  /** The `exp` of the token judged, or null when no JWT is judged. */
  tokenExp?: number | null;
}

/**
 * Diagnoses the row's paste and checks the report against the row. `secrets` are token parts (signatures)
 * that must not appear anywhere in the report. Returns the report for further assertions.
 */
export async function expectPasteRow(
  row: PasteRow,
  secrets: readonly string[] = [],
  options: DiagnoseOptions = {},
): Promise<Report> {
  const report = await run(row.input, options);
  const codes = report.findings.map((f) => f.code);
  // Every message names the findings with their `via`, so a failing row reads as what the report said.
  const seen = report.findings.map((f) => `${f.code}${f.args.via ? `(${String(f.args.via)})` : ''}`).join(', ');
  expect({ status: report.status, classification: report.classification }, seen).toEqual({
    status: row.status,
    classification: row.classification,
  });
  if (row.top !== undefined) expect(codes[0], seen).toBe(row.top);
  if (row.via !== undefined) expect(report.findings[0]?.args.via, seen).toBe(row.via);
  for (const code of row.includes ?? []) expect(codes, `${code} missing from ${seen}`).toContain(code);
  for (const code of row.excludes ?? []) expect(codes, `${code} in ${seen}`).not.toContain(code);
  if (row.product !== undefined) {
    const proxy =
      report.findings.find((f) => f.code === 'proxy.gateway-response') ??
      report.findings.find((f) => f.code === 'proxy.waf-block');
    expect(proxy?.args.product ?? null, seen).toBe(row.product);
  }
  if (row.token === null) expect(report.token, 'no token may be judged').toBeNull();
  else if (row.token !== undefined) expect(report.token).toMatchObject(row.token);
  if (row.tokenExp !== undefined) expect(report.token?.payload?.exp ?? null, 'the token judged').toBe(row.tokenExp);
  const json = JSON.stringify(report);
  for (const secret of secrets) expect(json.includes(secret), 'a token part reached the report').toBe(false);
  return report;
}
