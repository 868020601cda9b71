import type { Catalogue, PastedParts } from '../messages/catalogue.js';
import { dropStopAfterQuotedEnd } from '../messages/quoted-stop.js';
import { fitTitle } from '../messages/refusal-title.js';
import { signedQuery } from './checks/credential-elsewhere.js';
import { expVerdict, iatVerdict, nbfVerdict, readTimeClaim, type TimeValue, usableSeconds } from './checks/time.js';
import { codes, docsPath, type FindingCode, type Severity } from './codes.js';
import type { Context } from './context.js';
import type { EvidenceData } from './evidence.js';
import type { HttpObservations } from './parse/http.js';
import type { RankedFinding } from './rank.js';
import type {
  Challenge,
  Classification,
  Evidence,
  Finding,
  FindingData,
  Lifetime,
  Report,
  Source,
  TimeClaim,
  TimeClaims,
  TimeVerdict,
  TokenSummary,
} from './types.js';
import { visibleText } from './visible-text.js';

const MAX_NEXT_STEPS = 8;

/** Warnings that describe the pasted token without naming why it was refused (NextSteps.described). */
const OBSERVATIONS: ReadonlySet<FindingCode> = new Set(['input.live-token', 'time.long-lifetime']);
/**
 * Findings that show a credential was pasted though the report has no token summary (a masked or opaque one): the
 * no-cause steps then do not ask for a token (input.masked's own step asks for it unmasked).
 */
export const PASTED_CREDENTIAL: readonly FindingCode[] = ['input.masked', 'token.opaque'];
/** Decoded claims are echoed in the report; nesting beyond this is cut so no renderer recurses without bound. */
const MAX_ECHO_DEPTH = 8;
const MAX_ECHO_STRING = 2000;

/** A catalogue's words as a report shows them. */
const worded = (text: string): string => visibleText(dropStopAfterQuotedEnd(text));

/** Words for one finding, from the catalogue keyed by its code. */
export function localize(f: FindingData, cat: Catalogue): { title: string; detail: string; steps: string[] } {
  // The union of per-code message functions cannot be called with a union of args; the pairing is
  // guaranteed by FindingData's mapped type (code and args travel together).
  const m = cat.findings[f.code] as unknown as {
    title(a: unknown, fmt: Catalogue['format']): string;
    detail(a: unknown, fmt: Catalogue['format']): string;
    steps(a: unknown, fmt: Catalogue['format']): string[];
  };
  // Words quote the paste's values (a scheme, a description): its control characters are shown, never sent, and a
  // quote that ends its sentence takes no second full stop (quoted-stop.ts); a title's quote fits a phone (fitTitle).
  return {
    title: fitTitle(worded(m.title(f.args, cat.format))),
    detail: worded(m.detail(f.args, cat.format)),
    steps: m.steps(f.args, cat.format).map(worded),
  };
}

/**
 * Evidence as the report shows it: a quote as it is, a note in the catalogue's words. Only the few
 * findings of one report are worded, once each: no table is built per call.
 */
export function evidenceText(e: EvidenceData, cat: Catalogue): string {
  if (typeof e === 'string') return visibleText(e);
  // As in localize: the note's key and args travel together (Note's mapped type), so the pairing holds.
  const words = cat.evidence[e.note] as (args: unknown, fmt: Catalogue['format']) => string;
  return visibleText(words(e.args, cat.format));
}

function corroborationText(list: RankedFinding['corroboration'], cat: Catalogue): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as RankedFinding['corroboration'][number];
    out.push({ evidence: evidenceText(c.evidence, cat), source: c.source });
  }
  return out;
}

export function buildReport(
  ctx: Context,
  ranked: readonly RankedFinding[],
  classification: Classification,
  cat: Catalogue,
): Report {
  const findings: Finding[] = [];
  const steps = new NextSteps(cat);
  for (const r of ranked) {
    const words = localize(r.data, cat);
    findings.push({
      code: r.data.code,
      severity: r.severity,
      title: words.title,
      detail: words.detail,
      evidence: evidenceText(r.data.evidence, cat),
      source: r.data.source,
      corroboration: corroborationText(r.corroboration, cat),
      args: r.data.args as Record<string, unknown>,
      docs: docsPath(r.data.code, cat.locale),
    });
    steps.add(r.data.code, r.severity, words.steps, r.data.source, r.data.args);
  }
  // The time claims as read once, for both the time claims and the lifetime.
  const times = readTimes(ctx);
  const status = ctx.http.status?.code ?? null;
  const token = tokenSummary(ctx);
  // What the paste showed matters when nothing names the cause: no finding, or a 401 whose findings are all
  // observations (a live token, a long lifetime) — its steps then ask for the server's reason.
  // Read only when the steps will ask (most reports name a cause, and a 401's reading walks its lines).
  const shown = steps.asksForParts(status)
    ? { ...pastedParts(ctx), token: token !== null || ranked.some((r) => PASTED_CREDENTIAL.includes(r.data.code)) }
    : undefined;
  return {
    status,
    classification,
    findings,
    timeClaims: timeClaims(ctx, cat, times),
    challenges: copyChallenges(ctx),
    token,
    lifetime: lifetime(ctx, times),
    nextSteps: steps.list(status, cat, shown, token !== null && token.payload !== null),
    reference: {
      now: ctx.now === null ? null : cat.format.iso(ctx.now),
      nowSource: ctx.nowSource,
      skewSeconds: ctx.skewSeconds,
    },
    locale: cat.locale,
  };
}

/** Per catalogue: each step of a same-advice group → the group's first step, the advice it gives. */
const adviceKeys = new WeakMap<Catalogue, Map<string, string>>();
function adviceOf(cat: Catalogue): Map<string, string> {
  let keys = adviceKeys.get(cat);
  if (keys === undefined) {
    keys = new Map();
    for (const group of cat.sameAdvice) for (const s of group) keys.set(s, group[0] as string);
    adviceKeys.set(cat, keys);
  }
  return keys;
}

/**
 * A report's next steps, gathered from its findings in rank order (the engine's, and the Slack share button's
 * rebuilt report, so both say the same): an advice given twice is given once, in the words of the finding ranked
 * first (the same step, or another finding's wording of it: the catalogue's sameAdvice); the steps of errors and
 * warnings come before those of info findings; at most MAX_NEXT_STEPS. A generic verdict (an envelope: "the server
 * rejected the token") whose cause an error ranked above it names adds no step of its own: its steps ask for what
 * that finding already gives.
 */
export class NextSteps {
  private readonly first: string[] = [];
  private readonly later: string[] = [];
  /** The advice given so far (adviceOf's key of each step). */
  private readonly said = new Set<string>();
  private readonly advice: Map<string, string>;
  private explained = false;
  private added = false;
  private answered = false;
  /** A finding other than an info or an observation of the token (OBSERVATIONS) was added: it says something. */
  private described = false;
  /** A proxy.gateway-response named the intermediary that wrote the reply itself (its `ownReply`). */
  private ownReply = false;
  /** An error finding that a product's own message stated about the credential (its `via`) was added. */
  private statedCause = false;
  /** A proxy.waf-block error was added: a WAF, CDN or forward proxy blocked the request before any check of it. */
  private blocked = false;
  /** Where token.missing's steps began, when the paste showed no request (`requestUnseen`): a generic "look at it". */
  private unseenAt = -1;
  /** A token.opaque named the credential's form (a Google access token, a product's key): what the paste shows of it. */
  private namedCredential = false;
  /** An error said the request was refused before its token was read (NOT_JUDGED). */
  private notJudged = false;

  constructor(cat: Catalogue) {
    this.advice = adviceOf(cat);
  }

  /**
   * `source`: where the finding's evidence came from; a finding resting on the server's answer says what it said.
   * `args`: the finding's, for the steps that depend on them.
   */
  add(code: FindingCode, severity: Severity, steps: readonly string[], source?: Source, args?: unknown): void {
    this.added = true;
    if (severity === 'error' || source === 'response-header' || source === 'log') this.answered = true;
    if (severity !== 'info' && !OBSERVATIONS.has(code)) this.described = true;
    const envelope = 'envelope' in codes[code];
    if (envelope && this.explained) return;
    // A status other than 401/403 below 500 (a token endpoint's 400, a redirect's 302) beside an error that names the
    // cause: its "check the request against the API's documentation" asks again what that finding answers. A 5xx keeps
    // its step (the server erred, whatever it made of the token), and a 407 is an error of its own.
    if (code === 'status.not-auth' && severity === 'info' && this.explained && statusOf(args) < 500) return;
    // A 5xx whose server (or its verifier) said in its own words what was wrong with the credential (Kubernetes
    // Dashboard's MSG_TOKEN_EXPIRED_ERROR in a 500, Snowflake's 390114 session expiry): that cause is the failure,
    // and "a 5xx is a server fault" would contradict it. Ranked after the errors (an info), it sees them all.
    if (code === 'status.not-auth' && severity === 'info' && this.statedCause) return;
    if (severity === 'error' && statedCredentialCause(code, args)) this.statedCause = true;
    // A 401 without a challenge whose writer a gateway finding ranked above it names (an intermediary's own reply ranks
    // first: its group leads): "find out which component answered" asks for what that finding says.
    if (code === 'proxy.gateway-response' && (args as { ownReply?: true } | undefined)?.ownReply === true)
      this.ownReply = true;
    else if (code === 'challenge.missing' && this.ownReply) return;
    // A block a WAF or forward proxy stated ranks above the gateway that served its page: the block's step says where
    // to look, and the gateway's ("its authorizer/JWT configuration") would contradict its "this is not a token problem".
    if (code === 'proxy.waf-block' && severity === 'error') this.blocked = true;
    else if (code === 'proxy.gateway-response' && this.blocked) return;
    // A credential masked but for its head, whose head token.opaque (ranked above: a warning or an error) read as a
    // known form (`ya29.a0…xxxx`, `sk_live_****`): input.masked's "give its first characters and its length" asks for
    // what the paste shows and the report has named (round sample-31).
    if (code === 'token.opaque' && (args as { form?: string } | undefined)?.form !== undefined)
      this.namedCredential = true;
    else if (code === 'input.masked' && this.namedCredential && (args as { opaque?: true } | undefined)?.opaque) return;
    // A refusal stated before any check read the token (a CORS or CSRF check, a WAF's block) says the token was not
    // judged: asking to paste it again, its signature alone masked, asks for what no cause here depends on.
    if (severity === 'error' && NOT_JUDGED.has(code)) this.notJudged = true;
    else if (code === 'input.masked' && this.notJudged) return;
    if (!envelope && severity === 'error') this.explained = true;
    const list = severity === 'info' ? this.later : this.first;
    if (code === 'token.missing' && (args as { requestUnseen?: true } | undefined)?.requestUnseen === true)
      this.unseenAt = list === this.first ? list.length : -1;
    // A gateway that wrote the refusal itself names what its own security checks want (API Connect's "Cannot pass the
    // security checks…", a client id in X-IBM-Client-Id): its steps lead, before token.missing's generic look at a
    // request the paste does not show for an Authorization: Bearer header the gateway may not even ask for.
    if (this.unseenAt >= 0 && list === this.first && code === 'proxy.gateway-response' && this.ownReply) {
      const own = steps.filter((s) => this.say(s));
      list.splice(this.unseenAt, 0, ...own);
      this.unseenAt = -1;
      return;
    }
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i] as string;
      if (this.say(s)) list.push(s);
    }
  }

  /** Whether `list` will ask for the parts of the exchange not pasted, and so needs to know which were (`shown`). */
  asksForParts(status: number | null): boolean {
    return !this.added || (status === 401 && !this.answered);
  }

  /** Whether `s` gives an advice not given yet (and from now on, it has been). */
  private say(s: string): boolean {
    const key = this.advice.get(s) ?? s;
    if (this.said.has(key)) return false;
    this.said.add(key);
    return true;
  }

  /**
   * The first MAX_NEXT_STEPS of the steps, then the later ones (appended in place: no spread copies). With no
   * finding at all, the status classified the failure and nothing in the paste named its cause (a lone
   * `HTTP/1.1 403 Forbidden`): the steps say what to paste so that a diagnosis can, and not what the paste
   * already showed (`shown`). A 401 whose findings neither are an error nor rest on the server's answer gets the
   * same ask after its findings' steps.
   */
  list(status: number | null, cat: Catalogue, shown?: PastedParts, claimsRead = false): string[] {
    if (!this.added) return cat.ui.noCauseSteps(status, shown);
    const steps = this.first;
    // No status, and the findings only describe a token whose claims were read (a live token, a long lifetime): the
    // paste shows no response, and the token alone says nothing of why it was refused. Asked for after their own
    // steps, before the info ones.
    if (status === null && claimsRead && !this.answered && !this.described && this.say(cat.ui.noResponseStep))
      steps.push(cat.ui.noResponseStep);
    // A 401 is the server refusing the credentials, and it had a reason. When no finding is an error and none rests
    // on what the server answered (its headers, body or log), the findings only describe the token (a live token, a
    // long lifetime, an absent aud), not that reason: ask for it after their own steps, before the info ones.
    if (status === 401 && !this.answered && shown !== undefined) {
      const ask = cat.ui.noCauseSteps(status, shown);
      for (let i = 0; i < ask.length; i++) {
        const s = ask[i] as string;
        if (this.say(s)) steps.push(s);
      }
    }
    refine(steps, cat);
    for (let i = 0; i < this.later.length && steps.length < MAX_NEXT_STEPS; i++) steps.push(this.later[i] as string);
    if (steps.length > MAX_NEXT_STEPS) steps.length = MAX_NEXT_STEPS;
    return steps;
  }
}

/** Refusals made before any check read the token: the CORS or CSRF check, a WAF's block. */
const NOT_JUDGED: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'request.cors-rejected',
  'request.csrf-rejected',
  'proxy.waf-block',
]);

/**
 * Whether a finding is a fault of the credential itself that a product's own words stated (its `via` names them): an
 * expired, revoked, malformed or refused token, a claim or scope the verifier names. A JWKS it could not fetch or a
 * verifier's own misconfiguration is a server fault, and a gateway's or status finding says nothing of the credential.
 */
function statedCredentialCause(code: FindingCode, args: unknown): boolean {
  if (typeof (args as { via?: unknown } | undefined)?.via !== 'string') return false;
  return (
    code.startsWith('time.') ||
    code.startsWith('token.') ||
    code.startsWith('claim.') ||
    code.startsWith('alg.') ||
    code.startsWith('scope.') ||
    code === 'signature.invalid' ||
    code === 'key.kid-unknown' ||
    code === 'key.kid-missing'
  );
}

/** status.not-auth's status (0 when its args carry none). */
function statusOf(args: unknown): number {
  const status = (args as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * A generic step beside a specific wording of its advice (Catalogue.refinedBy: a stated insufficient_scope naming no
 * scope, and scope.insufficient naming the required ones) says it once, in the specific words, where the generic one
 * stood (it ranked first). In place: a report has a handful of steps.
 */
function refine(steps: string[], cat: Catalogue): void {
  for (const rule of cat.refinedBy) {
    const at = steps.indexOf(rule.generic);
    if (at < 0) continue;
    const specific = steps.findIndex((s, i) => i !== at && rule.isSpecific(s));
    if (specific < 0) continue;
    steps[at] = steps[specific] as string;
    steps.splice(specific, 1);
  }
}

/**
 * What a paste with no finding showed of the response, so that its steps do not ask for it again. The body: a
 * text line right after the status line's header section (`HTTP/1.1 403` … blank … `{"message":"Forbidden"}`), or
 * a `Content-Length: 0` saying there was none. The challenge: a WWW-Authenticate, or response header fields
 * without one (then it had none). Prose that mentions a 403 shows neither, nor does a decoded payload below the status.
 */
export function pastedParts(ctx: Context): PastedParts {
  const parts = responseParts(ctx);
  const shown = browserHandshakeRefused(ctx.text) ? { ...parts, websocket: true } : parts;
  // A signed URL's credential is its signature: "if a token was sent" asks for one it never had (review-30).
  return signedQuery(ctx.http.request.url) ? { ...shown, signedUrl: true } : shown;
}

/**
 * A browser's console line for a WebSocket handshake the server refused: Chrome's "WebSocket connection to '…' failed:
 * Error during WebSocket handshake: Unexpected response code: 403" (bryceg/Owin.WebSocket#21, motyar/golangSocketChat#1),
 * older browsers' "WebSocket connection to '…' failed: Unexpected response code: 401" (max-mapper/websocket-stream#11).
 */
function browserHandshakeRefused(text: string): boolean {
  const at = text.indexOf('WebSocket connection to ');
  return at >= 0 && text.indexOf('Unexpected response code: ', at) >= 0;
}

function responseParts(ctx: Context): PastedParts {
  const http = ctx.http;
  const challenge = ctx.challengesInPaste.length > 0 || http.responseShown;
  let body = false;
  const status = http.status;
  // A decoded payload or header pasted under the status line (jwt.io's panes) is the token, not the response's body.
  const decodedPasted = ctx.token === null && (ctx.claims !== null || ctx.header !== null);
  if (status !== null && status.form === 'status-line' && !decodedPasted) {
    // HTTP puts an empty line between the header fields and the body: text right under the fields is the paster's own
    // (a "thanks", a question), as is a closing remark after the blank line. Text right under the status line, with no
    // field between, is a body pasted without its headers.
    let fields = false;
    let blank = false;
    for (let i = status.line + 1; i < http.lines.length; i++) {
      const line = http.lines[i] as HttpObservations['lines'][number];
      if (line.kind === 'header') fields = true;
      else if (line.kind === 'blank') blank = true;
      else {
        body =
          line.kind === 'text' &&
          (blank || !fields || opensBody(ctx.text, line)) &&
          !isClosingRemark(ctx.text, line, http.lines, i) &&
          !isTokenLine(ctx.text, line) &&
          !(!blank && isCutFieldName(ctx.text, line, http.lines, i));
        break;
      }
    }
  } else if (status !== null && !decodedPasted && bodyHoldsStatus(ctx.text, status, http.lines)) {
    // A status read from a JSON member (`"statusCode":403` in a GraphQL error's extensions, an SDK's printed error)
    // or with a document right under it: what was pasted is the body itself, without the response's header fields.
    return { body: true, challenge, bodyOnly: true };
  }
  if (!body && http.responseShown) {
    for (let i = 0; i < http.headers.length; i++) {
      const h = http.headers[i] as HttpObservations['headers'][number];
      if (h.name === 'content-length' && h.side !== 'request' && h.value === '0') body = true;
    }
  }
  return { body, challenge };
}

/** The longest line read for an error body holding the status. */
const MAX_BODY_LINE = 4000;
/** An error body's members (RFC 6749's error, GraphQL's errors, Apollo Client's graphQLErrors). */
const ERROR_MEMBER = /"(?:error|errors|graphQLErrors)"\s*:/;
/** A log record's members: a JSON log line (pino, ECS, an access log) holds a status without being the body. */
const LOG_MEMBER = /"(?:level|time|@timestamp|timestamp|requestId|httpRequest|errorType)"\s*:/;
/** A JSON object opening the line, maybe after a short label (`Error: {"graphQLErrors":…`). */
const OPENS_OBJECT = /^\s*(?:[A-Za-z][\w.]{0,40}:\s*)?\{"/;

/**
 * Whether a status not read from a status line stands in an error body pasted on its own: a member of the JSON error
 * object that opens its line (`{"status":403,"error":"Forbidden"}`, Apollo's `Error: {"graphQLErrors":[…`), or right
 * above an error document (`POST …/oauth/token 403` then `{"error":…`, or markup). A JSON log record holding the status
 * is not a body, nor is a decoded payload or a token response under it. Only the status's line and the next are read.
 */
function bodyHoldsStatus(text: string, status: { line: number; start: number }, lines: PastedLines): boolean {
  const own = lines[status.line];
  if (own === undefined) return false;
  const brace = text.lastIndexOf('{', status.start);
  if (brace >= own.start) return isErrorObject(text.slice(own.start, Math.min(own.end, own.start + MAX_BODY_LINE)));
  for (let i = status.line + 1; i < lines.length; i++) {
    const line = lines[i] as PastedLines[number];
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text' || !opensBody(text, line)) return false;
    return (
      text.charCodeAt(line.start) === 0x3c /* < */ ||
      isErrorObject(text.slice(line.start, Math.min(line.end, line.start + MAX_BODY_LINE)))
    );
  }
  return false;
}

/** A line that opens a JSON error object, not a log record. */
function isErrorObject(line: string): boolean {
  return OPENS_OBJECT.test(line) && ERROR_MEMBER.test(line) && !LOG_MEMBER.test(line);
}

/**
 * A line that opens a JSON or markup document (`{"message":"Forbidden"}`, `[{…`, `<html>`, `<?xml`): a body, even
 * right under the header fields with the blank line between lost (a terminal copy, a chat's code block); the paster's
 * own words never start so.
 */
function opensBody(text: string, line: { start: number; end: number }): boolean {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === 0x7b /* { */) return next === 0x22 /* " */ || next === 0x20 || i + 1 === line.end;
  if (c === 0x5b /* [ */) return next === 0x7b;
  // `<` then a letter, `!` or `?`: a tag, a doctype, an XML declaration (never curl -v's `< `, read as a header line).
  return c === 0x3c && i + 1 < line.end && /[A-Za-z!?]/.test(text[i + 1] as string);
}

/** The longest line read as a closing remark. */
const MAX_REMARK = 40;
/** A closing remark's words: thanks, or a question put to the reader (en, ja). */
const REMARK =
  /^(?:thanks|thank you|thx|ty|cheers|any ideas?|ideas|help|please help|anyone)\b|\?$|ありがと|よろしく|助けて|？$/i;

/** The paste's last line, short, thanking or asking (`thanks`, `any idea?`): no response body says that. */
function isClosingRemark(text: string, line: { start: number; end: number }, lines: PastedLines, i: number): boolean {
  if (line.end - line.start > MAX_REMARK || !isLastLine(lines, i)) return false;
  return REMARK.test(text.slice(line.start, line.end).trim());
}

/** Whether line `i` is the paste's last, blank lines aside. */
function isLastLine(lines: PastedLines, i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if ((lines[k] as PastedLines[number]).kind !== 'blank') return false;
  return true;
}
type PastedLines = HttpObservations['lines'];

/**
 * A line that is the paster's token, alone or after a short label (`token: eyJ…`, `jwt=eyJ…`, `Bearer eyJ…`,
 * masked or cut): what was sent, not what the server answered (audit-f, corpus 8329: `HTTP/1.1 401` ⏎⏎ `token: eyJ…`
 * made the step say the 401's body had been shown). A JSON or HTML body (`{"token":"eyJ…"}`) is not one.
 */
const TOKEN_LINE = /^(?:[^\s:={}<>"'][^:={}<>"']{0,29}[:=]\s*|bearer\s+)?["'「]?eyJ[\w-]*\.\S*$/i;
function isTokenLine(text: string, line: { start: number; end: number }): boolean {
  return TOKEN_LINE.test(text.slice(line.start, line.end).trim());
}

/** A header field's name cut by the paste's end: letters and dashes ending in a dash or a colon. */
const CUT_FIELD_NAME = /^[A-Za-z][A-Za-z0-9-]{0,60}[-:]$/;

/**
 * The paste's last line, a header field's name the paste cut (`HTTP/1.1 401` ⏎ `WWW-`): not a body pasted without
 * its headers (audit-f, corpus 11088). Read only without a blank line before it, where HTTP puts no body.
 */
function isCutFieldName(text: string, line: { start: number; end: number }, lines: PastedLines, i: number): boolean {
  return isLastLine(lines, i) && CUT_FIELD_NAME.test(text.slice(line.start, line.end).trim());
}

function copyChallenges(ctx: Context): Challenge[] {
  const out: Challenge[] = [];
  for (const { result } of ctx.challengesInPaste) for (const c of result.challenges) out.push(copyChallenge(c));
  return out;
}

function copyChallenge(c: Challenge): Challenge {
  return { scheme: c.scheme, params: copyParams(c.params), token68: c.token68 };
}

/**
 * A plain copy of a challenge's auth-params. The parser keeps them in a null-prototype object with fast
 * properties (parse/challenge.ts), which V8 spreads on its fast path; a spread defines, not assigns, so an
 * auth-param named `__proto__` stays an own property. (When the parser used a dictionary, a spread took
 * V8's slow path and this was a loop.)
 */
function copyParams(params: Record<string, string>): Record<string, string> {
  return { ...params };
}

/** The verdict on a time claim's seconds, by claim (a switch rather than a closure per claim and report). */
function verdictOf(claim: 'exp' | 'nbf' | 'iat', v: number, now: number, skew: number): TimeVerdict {
  if (claim === 'exp') return expVerdict(v, now, skew);
  return claim === 'nbf' ? nbfVerdict(v, now, skew) : iatVerdict(v, now, skew);
}

function timeClaim(t: TimeValue, claim: 'exp' | 'nbf' | 'iat', ctx: Context, cat: Catalogue): TimeClaim | null {
  if (t.kind === 'absent') return null;
  const seconds = usableSeconds(t);
  if (seconds === null)
    return { value: t.kind === 'invalid' ? echo(t.raw, 0) : null, iso: null, verdict: 'invalid', relative: null };
  const now = ctx.now;
  return {
    value: t.kind === 'milliseconds' ? t.value : seconds,
    iso: cat.format.iso(seconds),
    verdict:
      t.kind === 'milliseconds' ? 'invalid' : now === null ? 'ok' : verdictOf(claim, seconds, now, ctx.skewSeconds),
    relative: now === null ? null : cat.format.relative(seconds - now),
  };
}

interface Times {
  exp: TimeValue;
  nbf: TimeValue;
  iat: TimeValue;
}

function readTimes(ctx: Context): Times {
  const c = ctx.claims;
  return { exp: readTimeClaim(c, 'exp'), nbf: readTimeClaim(c, 'nbf'), iat: readTimeClaim(c, 'iat') };
}

function timeClaims(ctx: Context, cat: Catalogue, times: Times): TimeClaims {
  return {
    exp: timeClaim(times.exp, 'exp', ctx, cat),
    nbf: timeClaim(times.nbf, 'nbf', ctx, cat),
    iat: timeClaim(times.iat, 'iat', ctx, cat),
  };
}

function lifetime(ctx: Context, times: Times): Lifetime | null {
  if (ctx.claims === null) return null;
  const exp = usableSeconds(times.exp);
  const iat = usableSeconds(times.iat);
  if (exp === null && iat === null) return null;
  const now = ctx.now;
  let skew: number | null = null;
  if (iat !== null && now !== null && iat > now) skew = iat - now;
  else if (iat !== null && ctx.serverDate !== null && iat > ctx.serverDate) skew = iat - ctx.serverDate;
  return {
    ttlSeconds: exp !== null && iat !== null ? exp - iat : null,
    remainingSeconds: exp !== null && now !== null ? exp - now : null,
    clockSkewEstimateSeconds: skew,
  };
}

function tokenSummary(ctx: Context): TokenSummary | null {
  const t = ctx.token;
  if (t !== null) {
    const shape = t.decoded.shape;
    if (shape.kind === 'jws') {
      return {
        kind: 'jws',
        header: echoObject(shape.header),
        payload: shape.payload === null ? null : echoObject(shape.payload),
        fingerprint: t.decoded.fingerprint,
        signature: shape.signature,
        foundIn: t.foundIn,
      };
    }
    if (shape.kind === 'jwe') {
      return {
        kind: 'jwe',
        header: echoObject(shape.header),
        payload: null,
        fingerprint: t.decoded.fingerprint,
        signature: 'n/a',
        foundIn: t.foundIn,
      };
    }
    if (shape.kind === 'malformed') {
      return {
        kind: 'malformed',
        header: shape.header === null ? null : echoObject(shape.header),
        payload: shape.payload === null ? null : echoObject(shape.payload),
        fingerprint: t.decoded.fingerprint,
        signature: 'n/a',
        foundIn: t.foundIn,
        ...(shape.cut === undefined ? {} : { cutPayload: echoObject(shape.cut) }),
      };
    }
  }
  if (ctx.cutJsonAt !== null && ctx.cutClaims !== null) {
    return {
      kind: 'payload-only',
      header: ctx.header === null ? null : echoObject(ctx.header),
      payload: null,
      fingerprint: null,
      signature: 'n/a',
      foundIn: 'payload-json',
      cutPayload: echoObject(ctx.cutClaims),
    };
  }
  if (ctx.claims !== null && (t === null || t.decoded.shape.kind === 'masked')) {
    return {
      kind: 'payload-only',
      header: ctx.header === null ? null : echoObject(ctx.header),
      payload: echoObject(ctx.claims),
      fingerprint: null,
      signature: 'n/a',
      foundIn: 'payload-json',
    };
  }
  return null;
}

function echoObject(o: Record<string, unknown>): Record<string, unknown> {
  return echo(o, 0) as Record<string, unknown>;
}

/** A copy safe to serialise: bounded depth and string length. */
function echo(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return v.length > MAX_ECHO_STRING ? `${v.slice(0, MAX_ECHO_STRING)}…` : v;
  if (v === null || typeof v !== 'object') return v;
  if (depth >= MAX_ECHO_DEPTH) return '[…]';
  if (Array.isArray(v)) return v.slice(0, 100).map((x) => echo(x, depth + 1));
  const out: Record<string, unknown> = {};
  // for-in over the own keys rather than Object.keys and Object.values: no key or value array per object.
  // Echoed values are decoded JSON (plain objects, whose prototype has no enumerable key), so for-in
  // walks exactly Object.keys' keys, in the same order. An own `__proto__` key (JSON.parse makes one) is
  // read through its descriptor, as Object.values reads it; it is assigned as before.
  let n = 0;
  for (const k in v) {
    if (n++ >= 100) break;
    const value = k === '__proto__' ? Object.getOwnPropertyDescriptor(v, k)?.value : (v as Record<string, unknown>)[k];
    out[k] = echo(value, depth + 1);
  }
  return out;
}
