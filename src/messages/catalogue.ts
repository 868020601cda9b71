import type { CodeArgs } from '../engine/args.js';
import type { FindingCode } from '../engine/codes.js';
import type { Classification, Locale, Severity, Source, TimeVerdict } from '../engine/types.js';

/** Formatting helpers a catalogue's messages use, bound to its language. */
export interface Format {
  /** Epoch seconds → `2026-05-28T14:02:11Z`. */
  iso(seconds: number): string;
  /** 510 → "8m 30s" / "8分30秒". */
  duration(seconds: number): string;
  /** Signed offset from now: −510 → "8m 30s ago", 300 → "in 5m". */
  relative(seconds: number): string;
  /** ["a","b","c"] → "a, b and c". */
  list(items: readonly string[]): string;
}

/** The words of one finding code. Functions of the finding's typed args: messages never parse strings. */
export interface FindingMessage<C extends FindingCode> {
  title(args: CodeArgs[C], f: Format): string;
  detail(args: CodeArgs[C], f: Format): string;
  /** What a person does next, most useful first. */
  steps(args: CodeArgs[C], f: Format): string[];
}

export type FindingMessages = { [C in FindingCode]: FindingMessage<C> };

/** Every word a report shows a person, in one language. Renderers lay these out; they compose no diagnosis text. */
export interface Catalogue {
  locale: Locale;
  format: Format;
  findings: FindingMessages;
  classification: Record<Classification, string>;
  severity: Record<Severity, string>;
  source: Record<Source, string>;
  verdict: Record<TimeVerdict, string>;
  ui: {
    reportTitle: string;
    statusLabel: string;
    noStatus: string;
    mostLikely: string;
    noFindings: string;
    findings: string;
    timeClaims: string;
    claimAbsent: string;
    challenges: string;
    token: string;
    nextSteps: string;
    evidence: string;
    alsoSeen: string;
    more: string;
    reference: (now: string | null, source: 'options' | 'date-header' | 'none', skew: number) => string;
    fingerprint: string;
    moreFindings: (n: number) => string;
    moreSteps: (n: number) => string;
    liveTokenBanner: string;
    docsLink: string;
    lifetime: (ttl: string | null, remaining: string | null, skew: string | null) => string;
    tokenKind: Record<'jws' | 'jwe' | 'payload-only', string>;
  };
  /** Usage and error lines of the command. */
  cli: {
    usage: string;
    unknownOption: (name: string) => string;
    badValue: (name: string, why: string) => string;
    unreadableFile: (path: string, why: string) => string;
  };
}
