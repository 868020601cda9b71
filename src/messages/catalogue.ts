import type { CodeArgs } from '../engine/args.js';
import type { FindingCode } from '../engine/codes.js';
import type { NoteArgs, NoteKey } from '../engine/evidence.js';
import type { Classification, Locale, Severity, Source, TimeVerdict } from '../engine/types.js';
import type { UsageProblem } from '../errors.js';

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

/**
 * The words of each evidence note (what the engine says about the paste, as opposed to a quote of it):
 * one short phrase, as an evidence line shows it. Quotes in the args stay as they are.
 */
export type EvidenceMessages = { [K in NoteKey]: (args: NoteArgs[K], f: Format) => string };

/** The options and form fields that take an expected value: a token typed there is refused. */
export type ExpectationOption = 'aud' | 'iss' | 'scope';

/** Every word a report shows a person, in one language. Renderers lay these out; they compose no diagnosis text. */
/**
 * Which parts of the exchange a paste whose findings name no cause showed (report.ts, pastedParts), so its steps ask
 * for the rest.
 */
/** A generic step and how to tell a specific wording of the same advice (Catalogue.refinedBy). */
export interface RefinedStep {
  generic: string;
  isSpecific: (step: string) => boolean;
}

export interface PastedParts {
  /** The response's body, or headers that say it had none (`Content-Length: 0`). */
  body: boolean;
  /** The response's header fields: its WWW-Authenticate, or that it had none. */
  challenge: boolean;
  /** A token (or its claims) was pasted: the steps do not ask for it. */
  token?: boolean;
  /** The body was pasted on its own, the status read inside it (`"statusCode":403`) or right above it. */
  bodyOnly?: boolean;
  /** The refused exchange is a browser's WebSocket handshake, as its console reports it (report.ts pastedParts). */
  websocket?: boolean;
  /** The request's URL carries its signature (a presigned URL, a SAS): that signature is its credential, no token. */
  signedUrl?: boolean;
}

export interface Catalogue {
  locale: Locale;
  format: Format;
  findings: FindingMessages;
  /**
   * Groups of steps that give one advice in other words (different findings' wordings of it): a report's next steps
   * say each group once (report.ts, NextSteps).
   */
  sameAdvice: readonly (readonly string[])[];
  /**
   * Generic steps a specific wording of the same advice replaces when both are given ("Request a token with the
   * required scope" beside "Request a token with "orders:write""): the specific one takes the generic one's place.
   */
  refinedBy: readonly RefinedStep[];
  evidence: EvidenceMessages;
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
    /** Stands in for a long evidence line a finding above already quoted (Block Kit: one phone screen each). */
    sameEvidence: string;
    /** A label and where its words came from: "evidence (log)", 「根拠（ログ）」. */
    sourced: (label: string, source: string) => string;
    more: string;
    reference: (now: string | null, source: 'options' | 'date-header' | 'log-time' | 'none', skew: number) => string;
    fingerprint: string;
    moreFindings: (n: number) => string;
    moreSteps: (n: number) => string;
    /**
     * The next steps of a report whose status classified it but in which nothing named a cause (a lone
     * `HTTP/1.1 403 Forbidden`, an access-log line): what to paste so the next diagnosis can say why. What the
     * paste already shows (the response's body, its headers with or without a challenge) is not asked for again.
     */
    noCauseSteps: (status: number | null, shown?: PastedParts) => string[];
    /**
     * The step of a paste with no status whose token's claims were read and whose findings only describe it (a live
     * token, a long lifetime): no response is shown, and the token alone does not say why it was refused.
     */
    noResponseStep: string;
    liveTokenBanner: string;
    docsLink: string;
    /**
     * The lifetime summary, from seconds: the TTL, the time left until exp (negative once past) and how far
     * the issuer's clock is ahead; a null part is left out, and all null is "".
     */
    lifetime: (ttlSeconds: number | null, remainingSeconds: number | null, skewSeconds: number | null) => string;
    tokenKind: Record<'jws' | 'unsigned' | 'jwe' | 'payload-only' | 'header-unreadable', string>;
  };
  /**
   * The Slack app's own words: the modal (titles, submit and close at most 24 characters, Slack's limit),
   * the share button, and the short replies that are not reports. Renderers never compose these.
   */
  slack: {
    modalTitle: string;
    modalSubmit: string;
    modalClose: string;
    /** mrkdwn: what to paste, that masked is fine, and the inline-options form of the command. */
    modalIntro: string;
    pasteLabel: string;
    pastePlaceholder: string;
    tokenLabel: string;
    tokenPlaceholder: string;
    issuerLabel: string;
    audienceLabel: string;
    scopesLabel: string;
    scopesHint: string;
    skewLabel: string;
    skewHint: string;
    /** The modal's inline error when both paste fields are empty. */
    nothingToDiagnose: string;
    /** Button label: Slack may cut labels beyond ~30 characters on a phone. */
    shareButton: string;
    /** Context line on a shared report; `mention` is already mrkdwn (`<@U123>`). */
    sharedBy: (mention: string) => string;
    /** Replaces the share button on the user's own copy once the report is in the channel. */
    sharedNote: string;
    /** The shared copy had to leave things out to fit the button's 2000 characters. */
    shareAbridged: (omittedFindings: number) => string;
    /** Under the report when it was too large to carry in a share button at all. */
    shareTooLarge: string;
    /** The button's data could not be read (an older version, or damaged). */
    shareUnavailable: string;
    /** One line for an inline option that does not validate, e.g. `skew=abc`; `option` is as typed. */
    badOption: (option: string, expected: string) => string;
    /** What each inline option takes, for `badOption`. */
    optionHints: Record<'aud' | 'iss' | 'scope' | 'skew' | 'alg' | 'lang', string>;
    /**
     * One line for an expected value typed as a token (`iss=eyJ…`): refused, since the report would quote
     * it back, and never quoted here either. Says where the token goes instead.
     */
    tokenOption: (option: ExpectationOption) => string;
    /** The form's inline error under an issuer, audience or scopes field that holds a token. */
    tokenField: (field: ExpectationOption) => string;
    /** The form could not be opened (its trigger expired); say how to diagnose without it. */
    modalFailed: string;
    /** Something unexpected failed; nothing about the paste is said. */
    failed: string;
  };
  /** Usage and error lines of the command. */
  cli: {
    usage: string;
    /** One line saying what is wrong with the command line. */
    problem: (p: UsageProblem) => string;
  };
}
