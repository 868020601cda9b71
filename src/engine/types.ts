import type { CodeArgs } from './args.js';
import type { FindingCode, Severity } from './codes.js';
import type { EvidenceData } from './evidence.js';

export type { FindingCode, Severity } from './codes.js';

/** Where a piece of evidence came from. */
export type Source = 'status' | 'request-header' | 'response-header' | 'token' | 'log' | 'key' | 'options';

export type Classification = 'authentication' | 'authorization' | 'undetermined';

export type Locale = 'en' | 'ja';

/** One challenge of a WWW-Authenticate header, parsed by RFC 9110 §11.6.1. */
export interface Challenge {
  /** The auth-scheme as written (compare case-insensitively). */
  scheme: string;
  /** auth-params, names lower-cased, quoted-string values unescaped. */
  params: Record<string, string>;
  /** The token68 form (`Negotiate abc==`), or null when the challenge has auth-params or nothing. */
  token68: string | null;
}

export type TimeVerdict = 'ok' | 'expired' | 'borderline' | 'not-yet-valid' | 'in-future' | 'invalid';

export interface TimeClaim {
  /** The claim as it appears in the payload: a number, or whatever invalid value was there. */
  value: unknown;
  /** ISO-8601 UTC, or null when the value is not a usable NumericDate. */
  iso: string | null;
  verdict: TimeVerdict;
  /** Localised relative time ("8m ago", "in 52m"), or null. */
  relative: string | null;
}

export interface TimeClaims {
  exp: TimeClaim | null;
  nbf: TimeClaim | null;
  iat: TimeClaim | null;
}

export interface TokenSummary {
  /** `malformed`: JWT-shaped but not a valid JWS; `payload-only`: a bare claims JSON was pasted. */
  kind: 'jws' | 'jwe' | 'malformed' | 'payload-only';
  /** Decoded JOSE header, or null when it could not be read. */
  header: Record<string, unknown> | null;
  /** Decoded claims, or null when they could not be read (JWE, masked, malformed). */
  payload: Record<string, unknown> | null;
  /** `sha256:` and the first 8 hex digits of the SHA-256 of the token as pasted: a name, not a secret. */
  fingerprint: string | null;
  /** The signature part: present (never shown), masked, absent (`header.payload.`), or not applicable. */
  signature: 'present' | 'masked' | 'absent' | 'n/a';
  /** Where the token was found. */
  foundIn: 'authorization-header' | 'text' | 'json' | 'payload-json';
  /**
   * A malformed token whose payload ends early: the claims read whole before the cut (`payload` stays null, for the
   * claims are not all known: one not here may be after the cut). Absent otherwise.
   */
  cutPayload?: Record<string, unknown>;
}

/** Lifetime figures, in seconds, when the claims allow them. */
export interface Lifetime {
  /** exp − iat. */
  ttlSeconds: number | null;
  /** exp − now (negative once expired). */
  remainingSeconds: number | null;
  /**
   * How far the issuer's clock appears to run ahead of the reference clock (iat − now when iat is in the
   * future, or iat − the response's Date header), or null when nothing shows it.
   */
  clockSkewEstimateSeconds: number | null;
}

export interface Evidence {
  evidence: string;
  source: Source;
}

/** Corroborating evidence as ranking collects it: a quote, or a note still to be worded (see evidence.ts). */
export interface CorroborationData {
  evidence: EvidenceData;
  source: Source;
}

/** A finding as checks produce it: data, no words. */
export type FindingData<C extends FindingCode = FindingCode> = {
  [K in C]: {
    code: K;
    args: CodeArgs[K];
    /** What it rests on: the exact fragment, secrets already masked, or a note the report words (evidence.ts). */
    evidence: EvidenceData;
    source: Source;
    /** Only where docs/findings.md allows a different severity than the catalogue's. */
    severity?: Severity;
  };
}[C];

/** A finding as reported: data plus words from the message catalogue. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  title: string;
  detail: string;
  evidence: string;
  source: Source;
  /** Other evidence for the same cause (a log line and a decoded claim saying the same thing). */
  corroboration: Evidence[];
  args: Record<string, unknown>;
  /** Path of the code's documentation page. */
  docs: string;
}

export interface Report {
  status: number | null;
  classification: Classification;
  findings: Finding[];
  timeClaims: TimeClaims;
  challenges: Challenge[];
  token: TokenSummary | null;
  lifetime: Lifetime | null;
  nextSteps: string[];
  reference: {
    /** The reference time as ISO-8601 UTC, or null when neither the caller nor the paste gave one. */
    now: string | null;
    /**
     * `options`: the caller's time; `date-header`: the pasted response's Date header; `log-time`: the time of the log
     * entry that holds the refusal, with no Date header pasted (both only with DiagnoseOptions.preferPastedDate).
     */
    nowSource: 'options' | 'date-header' | 'log-time' | 'none';
    skewSeconds: number;
  };
  locale: Locale;
}
