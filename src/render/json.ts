import type { Report } from '../engine/types.js';

/**
 * The JSON report of ../shared/spec/cli.md: the same object `diagnose` returns, one JSON document.
 *
 * @example
 * ```ts
 * const json = renderJson(await diagnose(paste, { now: Date.now() / 1000 }));
 * ```
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
