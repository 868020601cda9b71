/**
 * The "Share in channel" button's value: enough of a report to render it again, in at most 2000
 * characters (Slack's limit for a button value).
 *
 * Why carry the report in the button: the click arrives as a `block_actions` payload, and for an
 * ephemeral message Slack sends no copy of the message; the app keeps no state (it may run on Lambda or
 * on several replicas), so the report must travel with the button.
 *
 * What is carried: findings as data (code, severity, typed args, where the evidence came from) plus the
 * evidence excerpts the report itself shows (≤300 characters each, already masked by the engine), the
 * time verdicts, the reference time, the token's fingerprint and kind, and the thread to share into.
 * Not carried: the paste, any token or signature (a report never holds one, and a last check below
 * refuses JWT-shaped strings anyway), the decoded claims (`token.payload`: names, emails) and all words:
 * titles, details and next steps are rebuilt from the catalogue by code and args, exactly as the engine
 * wrote them. JSON → deflate-raw → base64url, versioned (`1.`) so an old button fails cleanly.
 *
 * When the report does not fit, less is carried, in this order: the corroborating evidence, then long
 * evidence, then all evidence, then the last findings one by one. The shared copy then says what was
 * left out. If even the primary finding alone does not fit, there is no button.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { docsPath, FINDING_CODES } from '../engine/codes.js';
import { localize, NextSteps, PASTED_CREDENTIAL } from '../engine/report.js';
import type { Finding, FindingData, Report, TimeClaim } from '../engine/types.js';
import { visibleText } from '../engine/visible-text.js';
import type { PastedParts } from '../messages/catalogue.js';
import { catalogueFor } from '../messages/index.js';
import { SLACK_LIMITS } from '../render/block-limits.js';

const VERSION = '1';
/** The renderer shows at most 300 characters of evidence and 200 of corroboration: more would be dead weight. */
const EVIDENCE_MAX = 300;
const CORROBORATION_MAX = 200;
const SHORT_EVIDENCE_MAX = 80;
/** The renderer lists the primary finding and 12 more; evidence beyond those is never shown. */
const SHOWN_FINDINGS = 14;
/** An inflated value larger than this is not a report we wrote. */
const MAX_INFLATED_BYTES = 64 * 1024;
/** A signed JWT: three base64url parts and a real signature. Masked tokens (`…`, `***`) do not match. */
const JWS_SHAPED = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/;

const Severity = z.enum(['error', 'warning', 'info']);
const SourceSchema = z.enum(['status', 'request-header', 'response-header', 'token', 'log', 'key', 'options']);
const Verdict = z.enum(['ok', 'expired', 'borderline', 'not-yet-valid', 'in-future', 'invalid']);

/** [code, severity, args, evidence, source, corroboration as [evidence, source] pairs] */
const PackedFinding = z.tuple([
  z.enum(FINDING_CODES),
  Severity,
  z.record(z.string(), z.unknown()),
  z.string(),
  SourceSchema,
  z.array(z.tuple([z.string(), SourceSchema])),
]);
/** [value, iso, verdict, relative] */
const PackedTime = z.tuple([z.unknown(), z.string().nullable(), Verdict, z.string().nullable()]).nullable();

const PackedSchema = z.object({
  s: z.number().int().nullable(),
  c: z.enum(['authentication', 'authorization', 'undetermined']),
  l: z.enum(['en', 'ja']),
  f: z.array(PackedFinding).max(100),
  t: z.tuple([PackedTime, PackedTime, PackedTime]),
  r: z.tuple([z.string().nullable(), z.enum(['options', 'date-header', 'log-time', 'none']), z.number().int()]),
  /** [fingerprint, kind, decoded claims were read] */
  k: z.tuple([z.string().nullable(), z.enum(['jws', 'jwe', 'malformed', 'payload-only']), z.boolean()]).nullable(),
  /** [ttl, remaining, issuer clock ahead] */
  lt: z.tuple([z.number().nullable(), z.number().nullable(), z.number().nullable()]).nullable(),
  th: z.string().max(32).optional(),
  /** Findings left out to fit. */
  o: z.number().int().min(0).optional(),
  /** Evidence shortened or left out to fit. */
  e: z.literal(1).optional(),
  /**
   * With no finding: [body, challenge], the parts of the response the paste showed, which the steps do not ask
   * for again. Absent (and in buttons written before it): neither. A third `true`: a browser's WebSocket handshake; a
   * fourth `true`: the request's URL was signed (its credential step is the signature's).
   */
  n: z
    .union([
      z.tuple([z.boolean(), z.boolean()]),
      z.tuple([z.boolean(), z.boolean(), z.literal(true)]),
      z.tuple([z.boolean(), z.boolean(), z.boolean(), z.literal(true)]),
    ])
    .optional(),
});
type Packed = z.infer<typeof PackedSchema>;

/** A report read back from a button. */
export interface SharedReport {
  report: Report;
  threadTs: string | null;
  /** Findings the button could not carry. */
  omittedFindings: number;
  /** True when anything (findings or evidence) was left out. */
  abridged: boolean;
}

/** Encodes a report for the share button, or returns null when not even its primary finding fits. */
export function encodeShare(
  report: Report,
  threadTs: string | null,
  limit: number = SLACK_LIMITS.buttonValue,
): string | null {
  const full = pack(report, threadTs);
  const attempts: Array<(p: Packed) => Packed> = [
    (p) => p,
    (p) => ({ ...p, f: p.f.map(([c, s, a, ev, src]) => [c, s, a, ev, src, []]), e: 1 }),
    (p) => ({ ...p, f: p.f.map(([c, s, a, ev, src]) => [c, s, a, clip(ev, SHORT_EVIDENCE_MAX), src, []]), e: 1 }),
    (p) => ({ ...p, f: p.f.map(([c, s, a, , src]) => [c, s, a, '', src, []]), e: 1 }),
  ];
  let smallest: Packed = full;
  for (const shrink of attempts) {
    smallest = shrink(full);
    const value = serialise(smallest);
    if (value !== null && value.length <= limit) return value;
  }
  // Drop findings from the end, keeping the first (the live-token warning or the primary cause) and the second.
  for (let keep = smallest.f.length - 1; keep >= 1; keep--) {
    const fewer: Packed = { ...smallest, f: smallest.f.slice(0, keep), o: full.f.length - keep };
    const value = serialise(fewer);
    if (value !== null && value.length <= limit) return value;
  }
  return null;
}

/** Reads a button value back into a renderable report; null for anything this version did not write. */
export function decodeShare(value: string): SharedReport | null {
  if (!value.startsWith(`${VERSION}.`)) return null;
  let json: unknown;
  try {
    const bytes = inflateRawSync(Buffer.from(value.slice(2), 'base64url'), { maxOutputLength: MAX_INFLATED_BYTES });
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = PackedSchema.safeParse(json);
  if (!parsed.success) return null;
  try {
    return unpack(parsed.data);
  } catch {
    // Args that do not fit their code's messages (a value from a different version): not renderable.
    return null;
  }
}

/**
 * Level 9 as every value so far. A value is at most 2000 characters, so at most 1500 bytes: a 2 KB output
 * chunk instead of zlib's 16 KB spares an allocation per reply (the bytes are the same; a larger output
 * only takes more chunks).
 */
const DEFLATE = { level: 9, chunkSize: 2048 };

function serialise(p: Packed): string | null {
  // The last check over the rest (args, claim values) runs on the packed JSON rather than walking and
  // copying them: a JWT's characters are never escaped in JSON and `"` is not one of them, so each match
  // lies inside one string, as when the strings were checked one by one.
  const json = safeText(JSON.stringify(p));
  // What decodeShare would refuse to inflate does not fit, however small it deflates (args that repeat: a cut payload's
  // claim names, cutClaims).
  if (json.length > MAX_INFLATED_BYTES || Buffer.byteLength(json) > MAX_INFLATED_BYTES) return null;
  return `${VERSION}.${deflateRawSync(json, DEFLATE).toString('base64url')}`;
}

function pack(report: Report, threadTs: string | null): Packed {
  const f = report.findings.map((x, i): z.infer<typeof PackedFinding> => {
    const shown = i < SHOWN_FINDINGS;
    return [
      x.code,
      x.severity,
      x.args,
      shown ? safeText(clip(x.evidence, EVIDENCE_MAX)) : '',
      x.source,
      shown
        ? x.corroboration.map((c): [string, typeof c.source] => [
            safeText(clip(c.evidence, CORROBORATION_MAX)),
            c.source,
          ])
        : [],
    ];
  });
  const t = report.timeClaims;
  const k = report.token;
  const l = report.lifetime;
  const packed: Packed = {
    s: report.status,
    c: report.classification,
    l: report.locale,
    f,
    t: [time(t.exp), time(t.nbf), time(t.iat)],
    r: [report.reference.now, report.reference.nowSource, report.reference.skewSeconds],
    k: k === null ? null : [k.fingerprint, k.kind, k.payload !== null],
    lt: l === null ? null : [l.ttlSeconds, l.remainingSeconds, l.clockSkewEstimateSeconds],
  };
  if (threadTs !== null) packed.th = threadTs;
  // Carried whenever the report's steps hold the no-cause ask (no finding, or a 401 whose findings do not say why).
  const shown = shownParts(report);
  if (shown !== null) {
    const websocket = shown.websocket === true;
    packed.n =
      shown.signedUrl === true
        ? [shown.body, shown.challenge, websocket, true]
        : websocket
          ? [shown.body, shown.challenge, true]
          : [shown.body, shown.challenge];
  }
  return packed;
}

/**
 * The report does not say which parts of the response its paste showed (cli.md has no field for it), but its
 * no-cause steps do: the one of the four wordings whose first step it gives (they differ there; whether a token was
 * pasted, the report's token says).
 */
function shownParts(report: Report): PastedParts | null {
  const cat = catalogueFor(report.locale);
  const token = report.token !== null || report.findings.some((x) => PASTED_CREDENTIAL.includes(x.code));
  const signedStep = cat.ui.noCauseSteps(report.status, { body: false, challenge: false, signedUrl: true }).at(-1);
  const signedUrl = signedStep !== undefined && report.nextSteps.includes(signedStep);
  for (const body of [true, false]) {
    for (const challenge of [true, false]) {
      // A browser's refused WebSocket handshake leads with a step of its own (messages' withHandshake), carried as a
      // third value.
      const handshake = cat.ui.noCauseSteps(report.status, { body, challenge, token, websocket: true })[0] as string;
      const steps = cat.ui.noCauseSteps(report.status, { body, challenge, token });
      const websocket = handshake !== steps[0] && report.nextSteps.includes(handshake);
      // With no finding, the steps without `shown` are already these: nothing to carry (values stay as they were).
      if (!body && !challenge && report.findings.length === 0 && !websocket && !signedUrl) return null;
      if (report.nextSteps.includes(steps[0] as string)) {
        const shown: PastedParts = websocket ? { body, challenge, websocket } : { body, challenge };
        return signedUrl ? { ...shown, signedUrl } : shown;
      }
    }
  }
  return null;
}

/** What shownParts carried, for the steps: none when the report's steps hold no no-cause ask (and it has findings). */
function shownAgain(p: Packed): PastedParts | undefined {
  if (p.n === undefined && p.f.length > 0) return undefined;
  const token = p.k !== null || p.f.some((x) => PASTED_CREDENTIAL.includes(x[0]));
  const shown = { body: p.n?.[0] ?? false, challenge: p.n?.[1] ?? false, token };
  const again: PastedParts = p.n?.[2] === true ? { ...shown, websocket: true } : shown;
  return p.n?.[3] === true ? { ...again, signedUrl: true } : again;
}

function time(c: TimeClaim | null): z.infer<typeof PackedTime> {
  if (c === null) return null;
  // An invalid claim may be any JSON; a big one is carried as its first 100 characters of JSON.
  const json = JSON.stringify(c.value) ?? '';
  const value = typeof c.value === 'string' ? clip(c.value, 100) : json.length > 200 ? clip(json, 100) : c.value;
  return [value, c.iso, c.verdict, c.relative];
}

function unpack(p: Packed): SharedReport {
  const cat = catalogueFor(p.l);
  const findings: Finding[] = [];
  const steps = new NextSteps(cat);
  for (const [code, severity, args, evidence, source, corroboration] of p.f) {
    const data = { code, args, evidence, source } as FindingData;
    const words = localize(data, cat);
    findings.push({
      code,
      severity,
      title: words.title,
      detail: words.detail,
      // A button's value comes back from Slack: its quotes are shown as the engine shows them, whatever it holds.
      evidence: visibleText(evidence),
      source,
      corroboration: corroboration.map(([e, s]) => ({ evidence: visibleText(e), source: s })),
      args,
      docs: docsPath(code, p.l),
    });
    // The engine's steps, gathered the engine's way.
    steps.add(code, severity, words.steps, source, args);
  }
  const claim = (c: z.infer<typeof PackedTime>): TimeClaim | null =>
    c === null ? null : { value: c[0], iso: c[1], verdict: c[2], relative: c[3] };
  const report: Report = {
    status: p.s,
    classification: p.c,
    findings,
    timeClaims: { exp: claim(p.t[0]), nbf: claim(p.t[1]), iat: claim(p.t[2]) },
    challenges: [],
    // The decoded claims are not carried; the renderer only asks whether they were read.
    token:
      p.k === null
        ? null
        : {
            kind: p.k[1],
            // Not carried either; an empty header, not null: null would name the token "header unreadable"
            // (render/token-kind.ts), and the blocks name a malformed token's kind for none.
            header: {},
            payload: p.k[2] ? {} : null,
            fingerprint: p.k[0],
            signature: 'n/a',
            foundIn: 'text',
          },
    lifetime:
      p.lt === null ? null : { ttlSeconds: p.lt[0], remainingSeconds: p.lt[1], clockSkewEstimateSeconds: p.lt[2] },
    nextSteps: steps.list(p.s, cat, shownAgain(p), p.k?.[2] === true),
    reference: { now: p.r[0], nowSource: p.r[1], skewSeconds: p.r[2] },
    locale: p.l,
  };
  const omitted = p.o ?? 0;
  return { report, threadTs: p.th ?? null, omittedFindings: omitted, abridged: omitted > 0 || p.e === 1 };
}

/** Cuts by code point, so a surrogate pair is never split. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return Array.from(s).slice(0, max).join('');
}

/**
 * The last check: a string that looks like a signed JWT is never put in a button. Evidence is checked
 * as it is packed, since encodeShare may shorten it afterwards and a cut token no longer looks like one.
 */
function safeText(s: string): string {
  return JWS_SHAPED.test(s) ? s.replace(new RegExp(JWS_SHAPED.source, 'g'), '‹token›') : s;
}
