import { docsPath, FINDING_CODES } from './codes.js';
import { SPELLED_PREFIXES } from './token/spelled-prefixes.js';
import type {
  Challenge,
  Classification,
  Finding,
  Lifetime,
  Report,
  Severity,
  Source,
  TimeClaim,
  TimeClaims,
  TimeVerdict,
  TokenSummary,
} from './types.js';

type Words<T extends string> = Record<T, true>;

/** RFC 9110 §11's authentication fields, as the report's words spell them. */
const AUTH_HEADER_NAMES = ['WWW-Authenticate', 'Proxy-Authenticate', 'Authorization', 'Proxy-Authorization'];

/**
 * The words a report is built of whatever was pasted: its keys, and the values of its closed unions.
 * Each list is a Record over its union, so the compiler keeps it complete.
 */
const PARTS = [
  { authentication: true, authorization: true, undetermined: true } satisfies Words<Classification>,
  { error: true, warning: true, info: true } satisfies Words<Severity>,
  {
    status: true,
    'request-header': true,
    'response-header': true,
    token: true,
    log: true,
    key: true,
    options: true,
  } satisfies Words<Source>,
  {
    ok: true,
    expired: true,
    borderline: true,
    'not-yet-valid': true,
    'in-future': true,
    invalid: true,
  } satisfies Words<TimeVerdict>,
  { jws: true, jwe: true, malformed: true, 'payload-only': true } satisfies Words<TokenSummary['kind']>,
  { present: true, masked: true, absent: true, 'n/a': true } satisfies Words<TokenSummary['signature']>,
  {
    'authorization-header': true,
    text: true,
    json: true,
    'payload-json': true,
  } satisfies Words<TokenSummary['foundIn']>,
  { options: true, 'date-header': true, 'log-time': true, none: true } satisfies Words<
    Report['reference']['nowSource']
  >,
  {
    status: true,
    classification: true,
    findings: true,
    timeClaims: true,
    challenges: true,
    token: true,
    lifetime: true,
    nextSteps: true,
    reference: true,
    locale: true,
  } satisfies Words<keyof Report>,
  {
    code: true,
    severity: true,
    title: true,
    detail: true,
    evidence: true,
    source: true,
    corroboration: true,
    args: true,
    docs: true,
  } satisfies Words<keyof Finding>,
  { exp: true, nbf: true, iat: true } satisfies Words<keyof TimeClaims>,
  { value: true, iso: true, verdict: true, relative: true } satisfies Words<keyof TimeClaim>,
  { scheme: true, params: true, token68: true } satisfies Words<keyof Challenge>,
  {
    kind: true,
    header: true,
    payload: true,
    fingerprint: true,
    signature: true,
    foundIn: true,
    cutPayload: true,
  } satisfies Words<keyof TokenSummary>,
  {
    ttlSeconds: true,
    remainingSeconds: true,
    clockSkewEstimateSeconds: true,
  } satisfies Words<keyof Lifetime>,
  { now: true, nowSource: true, skewSeconds: true } satisfies Words<keyof Report['reference']>,
];

/**
 * The report's own vocabulary, one word a line, finding codes and their docs paths included.
 *
 * A credential that is part of this vocabulary (`Authorization: authorization`, a header name pasted as
 * its value) cannot be hidden, since the report spells it anyway, and redacting it would rewrite the
 * report itself: its classification, its keys. Found by test/fuzz/any-string.test.ts, where the
 * classification came out as `‹token sha256:…›`.
 */
const WORDS = [
  ...PARTS.flatMap((p) => Object.keys(p)),
  // The header names the report's words spell ("Paste … its status line, WWW-Authenticate header and body"): a token
  // glued to the next header after its last dot (`….WWW-Authenticate: Bearer …`) has one for its signature, and hiding
  // it rewrote the report's own steps (`its status line, ‹signature› header and body`).
  ...AUTH_HEADER_NAMES,
  ...FINDING_CODES,
  ...FINDING_CODES.flatMap((c) => [docsPath(c, 'en'), docsPath(c, 'ja')]),
  // A key's public prefix the steps spell ("sb_publishable_…"): a pasted key that starts with it hid the step's word.
  ...SPELLED_PREFIXES,
];
export const REPORT_VOCABULARY: string = WORDS.join('\n');
const LONGEST = Math.max(...WORDS.map((w) => w.length));

/** The report's words themselves (for isReportWord). */
const WORD_SET: ReadonlySet<string> = new Set(WORDS);

/**
 * Whether `s` is one of the report's own words, whole (a key of the report: `clockSkewEstimateSeconds`).
 * Such a string holds neither a secret (one that is part of the vocabulary is refused: SecretRedactor.add)
 * nor a piece of a token (every window of the vocabulary is excluded: pieces.ts), so the scrub need not
 * search it; for a key, whose hash V8 keeps, the lookup costs next to nothing.
 */
export function isReportWord(s: string): boolean {
  return WORD_SET.has(s);
}

/** Whether `s` is part of the report's own vocabulary (a token is longer than any of its words: not read). */
export function inReportVocabulary(s: string): boolean {
  return s.length <= LONGEST && REPORT_VOCABULARY.includes(s);
}
