import { codes, FINDING_CODES, type FindingCode, type Severity } from './codes.js';
import { type EvidenceData, sameEvidence } from './evidence.js';
import { sortSmall } from './sort.js';
import type { CorroborationData, FindingData, Source } from './types.js';

/** A finding after merging: one per code, with the other evidence for the same cause. */
export interface RankedFinding {
  data: FindingData;
  severity: Severity;
  corroboration: CorroborationData[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Evidence the server gave about itself outranks inference (findings.md). */
const SOURCE_RANK: Record<Source, number> = {
  'response-header': 0,
  log: 0,
  status: 0,
  'request-header': 1,
  token: 1,
  key: 1,
  options: 1,
};

/**
 * The diagnostic order that breaks ties: format, alg, kid, iss/aud, time, signature (findings.md);
 * the intermediaries and the exchange's own framing come first, since they decide whether the token
 * was even looked at.
 */
const GROUP_ORDER = [
  'proxy',
  'request',
  'authz-header',
  'challenge',
  'token',
  'oauth',
  'federation',
  'alg',
  'key',
  'claim',
  'time',
  'signature',
  'scope',
  'policy',
  'verifier',
  'status',
  'input',
];

/**
 * When the first code is present, the second is not reported: the specific replaces the general.
 * `absorb`: the general finding is the same cause seen less precisely (a log's "issuer invalid" beside
 * the trailing-slash diagnosis), so its evidence is kept as corroboration; otherwise it is dropped.
 */
const REPLACES: ReadonlyArray<{
  specific: FindingCode;
  general: FindingCode;
  absorb: boolean;
  /** Only when the check raised the specific finding to an error: its own warning explains nothing of the general. */
  ifError?: true;
}> = [
  { specific: 'claim.iss-trailing-slash', general: 'claim.iss-mismatch', absorb: true },
  { specific: 'signature.valid', general: 'signature.unchecked', absorb: false },
  { specific: 'signature.invalid', general: 'signature.unchecked', absorb: false },
  { specific: 'key.kid-unknown', general: 'signature.unchecked', absorb: false },
  { specific: 'authz-header.missing', general: 'token.missing', absorb: true },
  { specific: 'time.expired', general: 'time.borderline', absorb: true },
  // A token endpoint's own invalid_client answered the 401: no intermediary is suggested by its missing challenge.
  { specific: 'oauth.invalid-client', general: 'challenge.missing', absorb: false },
  { specific: 'oauth.unauthorized-client', general: 'challenge.missing', absorb: false },
  { specific: 'oauth.invalid-scope', general: 'challenge.missing', absorb: false },
  { specific: 'oauth.unsupported-grant', general: 'challenge.missing', absorb: false },
  { specific: 'oauth.invalid-code', general: 'challenge.missing', absorb: false },
  { specific: 'oauth.interaction-required', general: 'challenge.missing', absorb: false },
  // The status an MCP client printed beside its failed discovery is the metadata request's, not the MCP server's: no
  // intermediary is suggested by its missing challenge, and its 400 or 405 is not a request to check against an API.
  { specific: 'oauth.discovery-failed', general: 'challenge.missing', absorb: true },
  { specific: 'oauth.discovery-failed', general: 'status.not-auth', absorb: true },
  { specific: 'federation.no-match', general: 'challenge.missing', absorb: false },
  // Keycloak answers a wrong client secret with unauthorized_client (its words say so: "Invalid client or Invalid client
  // credentials"), Google STS a federation's attribute condition: the words name the cause, the error code is kept as
  // corroboration.
  { specific: 'oauth.invalid-client', general: 'oauth.unauthorized-client', absorb: true },
  // The MCP Python SDK's authorization endpoint answers a client id it has no registration for under invalid_request
  // ("Client ID '…' not found"): the words name the client, the error code is kept as corroboration.
  { specific: 'oauth.invalid-client', general: 'challenge.invalid-request', absorb: true },
  { specific: 'federation.no-match', general: 'oauth.unauthorized-client', absorb: true },
  // A federation's refusal is the specific form of the denial an SDK reports beside it (AWS's AccessDenied).
  { specific: 'federation.no-match', general: 'policy.deny', absorb: true },
  // A service not enabled for the project is what a client's generic PERMISSION_DENIED around Google's words refused
  // (gcloud's "PERMISSION_DENIED: Cloud Run Admin API has not been used in project …"): the same refusal, read closer.
  { specific: 'policy.service-not-enabled', general: 'policy.deny', absorb: true },
  // So is a CSRF refusal of the access denial the same framework reports for it (Spring's CsrfFilter hands its
  // exception to the AccessDeniedHandler): the request was refused before any policy read it.
  { specific: 'request.csrf-rejected', general: 'policy.deny', absorb: true },
  // A refused preflight never carried a token (browsers send none on one): its missing Authorization is no cause.
  { specific: 'request.cors-rejected', general: 'authz-header.missing', absorb: true },
  { specific: 'request.cors-rejected', general: 'token.missing', absorb: true },
  { specific: 'request.cors-rejected', general: 'policy.deny', absorb: true },
  // A claims or step-up challenge asks for a new token; the same server's generic invalid_token words beside it (Graph's
  // InvalidAuthenticationToken body under a CAE claims challenge) are the same answer, less precisely.
  { specific: 'challenge.step-up', general: 'challenge.invalid-token', absorb: true },
  // A Microsoft Graph token fails every verifier but Graph's on its signature (its header's nonce) and on its audience:
  // both are what sending it to another API looks like, and the verifier's words are kept as corroboration.
  { specific: 'token.for-other-api', general: 'signature.invalid', absorb: true },
  { specific: 'token.for-other-api', general: 'claim.aud-mismatch', absorb: true },
  // A JWS verifier handed a JWE says the token is malformed ("Invalid Compact JWS"): it is encrypted, which says why.
  { specific: 'token.jwe', general: 'token.malformed', absorb: true },
  // So does one handed an opaque token ("jwt malformed", "Not enough segments"): it is not a JWT, which says why. Only
  // when checks/token.ts found it refused so (an error): a JWT with its first characters cut off reads as opaque too,
  // and is malformed.
  { specific: 'token.opaque', general: 'token.malformed', absorb: true, ifError: true },
  // A sender-constrained token whose binding was not honoured explains the same server's refusal of the proof that was
  // missing or of another key (go-jwt-middleware's dpop_proof_missing under invalid_dpop_proof), its DPoP-only
  // challenge to the Bearer it got, and Keycloak's unauthorized_client for a refresh token without its certificate.
  { specific: 'token.sender-constrained', general: 'challenge.dpop-proof', absorb: true },
  { specific: 'token.sender-constrained', general: 'challenge.scheme-mismatch', absorb: true },
  { specific: 'token.sender-constrained', general: 'oauth.unauthorized-client', absorb: true },
];

/** REPLACES by general code: the specific codes that drop it. */
const SPECIFICS: ReadonlyMap<FindingCode, readonly FindingCode[]> = (() => {
  const out = new Map<FindingCode, FindingCode[]>();
  for (const { specific, general } of REPLACES) out.set(general, [...(out.get(general) ?? []), specific]);
  return out;
})();

/**
 * Whether any of REPLACES applies to `codes`: a general code beside one of its specific ones. Most diagnoses have
 * none (signature.unchecked, in 6 of the 8 examples, beside no signature or key verdict): they skip REPLACES' loop, a
 * search of the codes for each of its rows (ranking the examples' findings took a tenth less time).
 */
function anyReplaced(codes: readonly FindingCode[]): boolean {
  for (let i = 0; i < codes.length; i++) {
    const specifics = SPECIFICS.get(codes[i] as FindingCode);
    if (specifics !== undefined)
      for (let k = 0; k < specifics.length; k++) if (codes.includes(specifics[k] as FindingCode)) return true;
  }
  return false;
}

/**
 * The general codes of `findings` that a specific one beside them replaces (REPLACES, as rankFindings applies it), each
 * with the specific code that keeps its evidence, or null when it is dropped; null when none is replaced.
 * Classification reads the findings before ranking: a code the report shows only as another's corroboration
 * (Keycloak's unauthorized_client beside its "Invalid client secret") must vote as that code, as the report reads it.
 */
export function replacedCodes(findings: readonly FindingData[]): ReadonlyMap<FindingCode, FindingCode | null> | null {
  const present: FindingCode[] = [];
  for (let i = 0; i < findings.length; i++) {
    const code = (findings[i] as FindingData).code;
    if (!present.includes(code)) present.push(code);
  }
  if (!anyReplaced(present)) return null;
  let out: Map<FindingCode, FindingCode | null> | null = null;
  for (const { specific, general, absorb, ifError } of REPLACES) {
    if (!present.includes(general) || !present.includes(specific) || out?.has(general)) continue;
    if (ifError && !findings.some((f) => f.code === specific && f.severity === 'error')) continue;
    out ??= new Map();
    out.set(general, absorb ? specific : null);
  }
  return out;
}

function groupOf(code: FindingCode): number {
  const i = GROUP_ORDER.indexOf(code.slice(0, code.indexOf('.')));
  return i < 0 ? GROUP_ORDER.length : i;
}

/** What ranking reads of a code: its group, its place in FINDING_CODES, its default severity, whether it is an envelope. */
interface CodeOrder {
  group: number;
  index: number;
  severity: Severity;
  envelope: boolean;
}

function codeOrderOf(code: FindingCode, index: number): CodeOrder {
  return { group: groupOf(code), index, severity: codes[code].severity, envelope: 'envelope' in codes[code] };
}

/**
 * Each code's CodeOrder, worked out once per code: one lookup where a finding's severity, tier and sort key
 * each looked it up in the codes table: ranking the examples' findings took about a quarter less time.
 */
const CODE_ORDER: ReadonlyMap<FindingCode, CodeOrder> = new Map(
  FINDING_CODES.map((code, index) => [code, codeOrderOf(code, index)]),
);

function orderOf(code: FindingCode): CodeOrder {
  return CODE_ORDER.get(code) ?? codeOrderOf(code, -1);
}

function severityOf(f: FindingData): Severity {
  return f.severity ?? orderOf(f.code).severity;
}

/**
 * Merges findings of the same code (a log line `jwt expired` and a decoded `exp` in the past are one
 * cause seen twice), drops general codes a specific one explains, and orders most likely cause first:
 * severity, then server-stated before inferred, then specific causes before envelopes
 * (`challenge.invalid-token` says "invalid", `time.expired` says why), then the diagnostic order.
 */
export function rankFindings(findings: readonly FindingData[]): RankedFinding[] {
  // Grouped by code in parallel arrays, in order of first appearance: a diagnosis has a handful of
  // findings, and a Map (two of them, with the absorbed list) cost more to build than searching these.
  const codes: FindingCode[] = [];
  const lists: FindingData[][] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as FindingData;
    const at = codes.indexOf(f.code);
    if (at < 0) {
      codes.push(f.code);
      lists.push([f]);
    } else (lists[at] as FindingData[]).push(f);
  }
  // The general finding's evidence still supports the specific one: keep it as corroboration.
  let absorbed: Map<FindingCode, FindingData[]> | null = null;
  for (const { specific, general, absorb, ifError } of anyReplaced(codes) ? REPLACES : []) {
    const at = codes.indexOf(general);
    const specificAt = codes.indexOf(specific);
    if (at < 0 || specificAt < 0) continue;
    if (ifError && !(lists[specificAt] as FindingData[]).some((f) => f.severity === 'error')) continue;
    const dropped = lists[at] as FindingData[];
    codes.splice(at, 1);
    lists.splice(at, 1);
    if (absorb) {
      absorbed ??= new Map();
      absorbed.set(specific, [...(absorbed.get(specific) ?? []), ...dropped]);
    }
  }
  const merged: RankedFinding[] = [];
  for (let g = 0; g < lists.length; g++) {
    const list = lists[g] as FindingData[];
    // Most codes are seen once: no copy and no sort for those.
    const ordered = list.length === 1 ? list : byEvidenceRank(list);
    const primary = ordered[0] as FindingData;
    // The most severe reading wins: a server rejecting for a missing aud makes a warning an error.
    let severity = severityOf(primary);
    for (let i = 1; i < ordered.length; i++) {
      const s = severityOf(ordered[i] as FindingData);
      if (SEVERITY_RANK[s] < SEVERITY_RANK[severity]) severity = s;
    }
    const corroboration: CorroborationData[] = [];
    for (let i = 1; i < ordered.length; i++) corroborate(corroboration, primary, ordered[i] as FindingData);
    const extra = absorbed?.get(primary.code);
    if (extra !== undefined) for (const f of extra) corroborate(corroboration, primary, f);
    if (corroboration.length > 4) corroboration.length = 4;
    merged.push({ data: mergeArgs(primary, ordered), severity, corroboration });
  }
  if (codes.includes('token.missing')) demoteUnseenToken(merged);
  const ranked = codes.includes('authz-header.missing') ? dropQueryTransportBesideDefect(merged) : merged;
  return sortRanked(ranked);
}

/**
 * A verifier that says no token arrived, beside a request that visibly sent one which fails a check of its own (an
 * expired token, a `JWT` scheme the middleware does not read): the service's filter most likely passed over or
 * rejected that token and carried on anonymously (Spring's "Full authentication is required", Django REST framework's
 * "credentials were not provided"), so the token's own defect leads and the statement is a warning beside it.
 */
function demoteUnseenToken(merged: RankedFinding[]): void {
  const missing = merged.find((r) => r.data.code === 'token.missing');
  if (missing === undefined || missing.severity !== 'error' || (missing.data.args as { sent?: boolean }).sent !== true)
    return;
  // Only a framework that lets a refused token through as anonymous explains "no token" by the token's own defect. A
  // verifier that judges tokens itself names an expired or forged one in its own words (flask-jwt-extended's "Token
  // has expired", express-jwt's "jwt expired"), so its "no token" means the header did not reach it (Apache mod_wsgi
  // drops Authorization unless WSGIPassAuthorization is on): there only the request's header form explains it.
  const tokenExplains = ANONYMOUS_FALLBACK.has((missing.data.args as { via?: string }).via ?? '');
  const visible = merged.some(
    (r) =>
      r !== missing &&
      r.severity === 'error' &&
      (r.data.source === 'request-header' || (tokenExplains && r.data.source === 'token')),
  );
  if (visible) missing.severity = 'warning';
}

/**
 * Frameworks whose authentication filter passes a token it cannot use over and carries on anonymously, so that an
 * authorization step answers "no token": Spring Security's entry point behind a custom filter that swallows the
 * token's exception (bezkoder's tutorial filter), ASP.NET Core's DenyAnonymousAuthorizationRequirement after JwtBearer
 * failed, and a reply with no `via` (a bare body: who said it is not known).
 */
const ANONYMOUS_FALLBACK: ReadonlySet<string> = new Set(['spring-security', 'aspnetcore', '']);

/**
 * A token sent as `?access_token=` that fails a check of its own (expired, malformed): the server read it or not, the
 * 401 is explained either way, so the suspicion that the query went unread (authz-header.missing, otherCredentials
 * `query`) is left out rather than sent as a lead.
 */
function dropQueryTransportBesideDefect(merged: RankedFinding[]): RankedFinding[] {
  const at = merged.findIndex(
    (r) =>
      r.data.code === 'authz-header.missing' &&
      (r.data.args as { otherCredentials?: unknown }).otherCredentials === 'query',
  );
  if (at < 0) return merged;
  const defect = merged.some((r) => r.severity === 'error' && r.data.source === 'token');
  return defect ? merged.filter((_, i) => i !== at) : merged;
}

function compareEvidence(a: FindingData, b: FindingData): number {
  return SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || SEVERITY_RANK[severityOf(a)] - SEVERITY_RANK[severityOf(b)];
}

/** The findings of one code, server-stated first, then most severe: stably, in a new array (`list` is kept). */
function byEvidenceRank(list: readonly FindingData[]): FindingData[] {
  return sortSmall(list.slice(), compareEvidence, 8);
}

/** Adds `f`'s evidence to `corroboration` unless it is the primary's, repeats it, or is already there. */
function corroborate(corroboration: CorroborationData[], primary: FindingData, f: FindingData): void {
  for (let i = 0; i < corroboration.length; i++) {
    const kept = (corroboration[i] as CorroborationData).evidence;
    if (sameEvidence(kept, f.evidence) || sameQuote(kept, f.evidence)) return;
  }
  if (sameEvidence(f.evidence, primary.evidence) || repeatsEvidence(f.evidence, primary.evidence)) return;
  corroboration.push({ evidence: f.evidence, source: f.source });
}

/**
 * Whether `also` only repeats `main`, a quote: the same line with more of it (a log record and the record with its next
 * line), or a note quoting it (a scope note's `stated`, the challenge that is already the evidence). Short quotes (a
 * status line's `401`) are too common to say that. A quote cut to a window of its line is marked `…` where it was cut:
 * the words inside are compared, so a window inside the other quote repeats it.
 */
function repeatsEvidence(also: EvidenceData, main: EvidenceData): boolean {
  if (typeof main !== 'string' || main.length < 20) return false;
  if (typeof also === 'string') {
    const a = quoted(also);
    const m = quoted(main);
    return a.includes(m) || (a.length >= 20 && m.includes(a));
  }
  for (const v of Object.values(also.args)) if (typeof v === 'string' && v === main) return true;
  return false;
}

/** Two quotes with the same words once their cut marks and outer blanks are trimmed. */
function sameQuote(a: EvidenceData, b: EvidenceData): boolean {
  return typeof a === 'string' && typeof b === 'string' && quoted(a) === quoted(b);
}

/** A quote's words: without the `…` that marks where a window cut its line, and without outer blanks. */
function quoted(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === 0x2026 || s.charCodeAt(start) <= 0x20)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 0x2026 || s.charCodeAt(end - 1) <= 0x20)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * The order, as one number per finding computed once (not per comparison): severity, then tier (stated,
 * inferred, envelope), then the group's place in GROUP_ORDER, then the code's place in FINDING_CODES.
 * Each field is wide enough for its range, so comparing keys compares those fields in turn; codes are
 * unique after merging, so no two keys tie.
 */
const GROUP_SPAN = GROUP_ORDER.length + 1;
const INDEX_SPAN = FINDING_CODES.length + 1;

function sortKey(r: RankedFinding): number {
  const k = orderOf(r.data.code);
  return ((SEVERITY_RANK[r.severity] * 3 + tier(r, k)) * GROUP_SPAN + k.group) * INDEX_SPAN + (k.index + 1);
}

/**
 * Orders `merged` by sortKey, in place: an insertion sort, since a report has a handful of findings
 * and the keys are unique (a stable sort of unique keys has one result, whichever sort gives it).
 */
function sortRanked(merged: RankedFinding[]): RankedFinding[] {
  if (merged.length < 2) return merged;
  const keys = merged.map(sortKey);
  for (let i = 1; i < merged.length; i++) {
    const key = keys[i] as number;
    const item = merged[i] as RankedFinding;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as number) > key; j--) {
      keys[j + 1] = keys[j] as number;
      merged[j + 1] = merged[j] as RankedFinding;
    }
    keys[j + 1] = key;
    merged[j + 1] = item;
  }
  return merged;
}

/** A log line says "expired" without a date; the token says when. Keep the log as evidence, take the figures from the token. */
function mergeArgs(primary: FindingData, all: FindingData[]): FindingData {
  if (all.length < 2) return primary;
  // Object.assign onto a literal, not a spread: a spread copy that then gains properties (below) takes
  // V8's slow path on Node 20, about 2 µs a property.
  const args: Record<string, unknown> = Object.assign({}, primary.args as Record<string, unknown>);
  for (let i = 1; i < all.length; i++) {
    // Keys then values, as Object.entries gives them, without a pair array per member.
    const from = (all[i] as FindingData).args as Record<string, unknown>;
    const keys = Object.keys(from);
    const values = Object.values(from);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j] as string;
      const current = args[k];
      // alg.not-allowed's key-type list names keys (`RSA/RS256/use=sig`), not algorithms a verifier said it accepts.
      if (k === 'allowed' && from.reason === 'key-type' && args.reason !== 'key-type') continue;
      if (current === null || current === undefined || (Array.isArray(current) && current.length === 0))
        args[k] = values[j];
    }
  }
  return { ...primary, args } as FindingData;
}

function tier(r: RankedFinding, k: CodeOrder): number {
  if (k.envelope) return 2;
  if (SOURCE_RANK[r.data.source] === 0) return 0;
  for (let i = 0; i < r.corroboration.length; i++)
    if (SOURCE_RANK[(r.corroboration[i] as CorroborationData).source] === 0) return 0;
  return 1;
}
