import { explainsRefusal } from '../engine/codes.js';
import type { Report, Severity, TimeClaim } from '../engine/types.js';
import { type Catalogue, catalogueFor } from '../messages/index.js';
import { tokenKindKey } from './token-kind.js';

export interface TextOptions {
  /** ANSI colour (the CLI turns it on when standard output is a terminal and NO_COLOR is unset). */
  color?: boolean;
  /** Prefix for code documentation paths (default: the relative `docs/codes/...` path). */
  docsBaseUrl?: string;
}

type Paint = (s: string) => string;

function painter(on: boolean, code: string): Paint {
  return on ? (s) => `\u001b[${code}m${s}\u001b[0m` : (s) => s;
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: '·' };

/**
 * Renders a report for a terminal: the verdict and primary cause first, then findings, time claims,
 * challenges, token, next steps. Lays out the catalogue's words; composes none of its own.
 *
 * @example
 * ```ts
 * process.stdout.write(renderText(await diagnose(paste, { now: new Date() }), { color: process.stdout.isTTY }));
 * ```
 */
export function renderText(
  report: Report,
  options: TextOptions = {},
  catalogue: Catalogue = catalogueFor(report.locale),
): string {
  const c = options.color === true;
  const bold = painter(c, '1');
  const dim = painter(c, '2');
  const sev: Record<Severity, Paint> = {
    error: painter(c, '31;1'),
    warning: painter(c, '33;1'),
    info: painter(c, '36'),
  };
  const ui = catalogue.ui;
  const lines: string[] = [];

  // "no status" is said once, not after the "Status" label (「ステータス ステータスなし」).
  const status = report.status === null ? ui.noStatus : `${ui.statusLabel} ${report.status}`;
  lines.push(bold(`${status} — ${catalogue.classification[report.classification]}`));
  const primary = report.findings[0];
  // A finding that only describes the paste (a masked token, personal data) is listed below, not offered as the cause.
  if (primary !== undefined && explainsRefusal(primary.code, primary.severity))
    lines.push(`${ui.mostLikely}: ${sev[primary.severity](primary.title)} (${primary.code})`);
  else lines.push(ui.noFindings);

  if (report.findings.length > 0) {
    lines.push('', bold(ui.findings));
    for (const f of report.findings) {
      lines.push(
        `  ${sev[f.severity](`${MARK[f.severity]} ${padColumns(catalogue.severity[f.severity], 7)}`)} ${bold(f.code)}  ${f.title}`,
      );
      lines.push(`            ${f.detail}`);
      if (f.evidence !== '')
        lines.push(dim(`            ${ui.sourced(ui.evidence, catalogue.source[f.source])}: ${oneLine(f.evidence)}`));
      for (const e of f.corroboration)
        lines.push(dim(`            ${ui.sourced(ui.alsoSeen, catalogue.source[e.source])}: ${oneLine(e.evidence)}`));
      lines.push(dim(`            ${ui.more}: ${docsLink(options.docsBaseUrl, f.docs)}`));
    }
  }

  const t = report.timeClaims;
  if (t.exp !== null || t.nbf !== null || t.iat !== null) {
    lines.push(
      '',
      bold(ui.timeClaims),
      dim(`  ${ui.reference(report.reference.now, report.reference.nowSource, report.reference.skewSeconds)}`),
    );
    for (const name of ['exp', 'nbf', 'iat'] as const) lines.push(`  ${name}  ${timeLine(t[name], catalogue, sev)}`);
    const l = report.lifetime;
    if (l !== null) {
      const summary = ui.lifetime(l.ttlSeconds, l.remainingSeconds, l.clockSkewEstimateSeconds);
      if (summary !== '') lines.push(dim(`  ${summary}`));
    }
  }

  if (report.challenges.length > 0) {
    lines.push('', bold(ui.challenges));
    // A log of retries repeats one challenge hundreds of times: each distinct one is shown once, with its count.
    const counts = new Map<string, number>();
    for (const ch of report.challenges) {
      const params = Object.entries(ch.params).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
      const line = `${ch.scheme}${ch.token68 === null ? '' : ` ${ch.token68}`}${params.length > 0 ? ` ${params.join(', ')}` : ''}`;
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    for (const [line, n] of counts) lines.push(`  ${line}${n > 1 ? dim(` ×${n}`) : ''}`);
  }

  const tok = report.token;
  if (tok !== null) {
    lines.push('', bold(ui.token));
    const head = tok.header === null ? '' : ` ${JSON.stringify(tok.header)}`;
    lines.push(`  ${tok.fingerprint ?? ''} ${ui.tokenKind[tokenKindKey(tok)]}${head}`.replace(/^ {3}/, '  '));
  }

  if (report.nextSteps.length > 0) {
    lines.push('', bold(ui.nextSteps));
    report.nextSteps.forEach((s, i) => {
      lines.push(`  ${i + 1}. ${s}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

function timeLine(claim: TimeClaim | null, catalogue: Catalogue, sev: Record<Severity, Paint>): string {
  if (claim === null) return catalogue.ui.claimAbsent;
  const verdict = catalogue.verdict[claim.verdict];
  const painted =
    claim.verdict === 'ok' ? verdict : claim.verdict === 'borderline' ? sev.warning(verdict) : sev.error(verdict);
  const value = claim.iso ?? JSON.stringify(claim.value);
  return `${value}  ${painted}${claim.relative === null ? '' : `  ${claim.relative}`}`;
}

/** Pads to `columns` terminal columns: a CJK or full-width character takes two (「エラー」 is six). */
function padColumns(s: string, columns: number): string {
  let width = 0;
  for (const ch of s) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, columns - width));
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ⏎ ');
}

function docsLink(base: string | undefined, path: string): string {
  return base === undefined ? path : `${base.replace(/\/$/, '')}/${path}`;
}
