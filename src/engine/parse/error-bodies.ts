/**
 * What an error body says about the request's credentials, read from the JSON objects of the paste:
 * an RFC 6750 §3.1 / RFC 6749 §5.2 `error` member (resource servers that mirror their WWW-Authenticate
 * into the body, token endpoints refusing a refresh), Microsoft Graph's `InvalidAuthenticationToken` and
 * `Authorization_RequestDenied`, API Management's `Invalid JWT.`,
 * Okta's `E0000011`, echo-jwt's `invalid or expired jwt`, Pomerium's authorize decisions, Apigee's `keymanagement.service.invalid_access_token` fault, Django REST framework
 * SimpleJWT's "Given token not valid for any token type", Slack's `{"ok":false,"error":…}`, Salesforce's
 * `INVALID_SESSION_ID`, Shopify's `[API] Invalid API key or access token`, Supabase Auth's `error_code`s, Atlassian's
 * "scope does not match", Firebase Auth's `TOKEN_EXPIRED`, and GraphQL's `extensions.code` `UNAUTHENTICATED` /
 * `FORBIDDEN`.
 *
 * Only a member's exact value counts, never words in a message: `{"message":"invalid_token means…"}`
 * or a status text like Spring's `"error":"Unauthorized"` says nothing here. Each object is looked at
 * once, to a fixed depth, so the work is linear in the objects found.
 */
import { readAuthzDecision } from './authz-decisions.js';
import { googleStatement } from './client-errors.js';
import type { JsonObjectSpan } from './json-spans.js';
import { judgesToken } from './judged-token.js';
import { GUZZLE_CUT, readLoggedErrors } from './logged-errors.js';
import { readRpcBody } from './rpc-bodies.js';
import { readSaasBody } from './saas-bodies.js';
import { DIRECTUS_FORBIDDEN } from './verifier-messages/backends.js';
import { INTERACTION_ERRORS } from './verifier-messages/interaction.js';
import { matchVerifierMessages } from './verifier-messages.js';

export type StatedKind =
  | 'invalid_token'
  | 'invalid_request'
  | 'insufficient_scope'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  /** RFC 9470 §3's step-up error and RFC 9449 §7.1's DPoP proof errors, stated in a body without the header. */
  | 'insufficient_user_authentication'
  | 'invalid_dpop_proof'
  | 'use_dpop_nonce'
  /** OIDC Core §3.1.2.6: a request made without the user cannot complete without them. */
  | 'interaction_required'
  | 'login_required'
  | 'consent_required'
  | 'account_selection_required'
  | 'unauthenticated'
  /** Words that say no token was found at all (not "none accepted"): bezkoder's "No token provided!". */
  | 'no_token'
  | 'forbidden';

export interface StatedError {
  kind: StatedKind;
  /** The body's own words for it (`error_description`, Graph's `message`, Okta's `errorSummary`). */
  description: string | null;
  /** `scope` beside `insufficient_scope`, when given. */
  scope: string | null;
  /**
   * Who says it: `response body` for a bare RFC 6750/6749 member, else the product; none for a code a log line or
   * the writer states (parse/logged-errors.ts), which the catalogue words as the protocol's `error="…"`.
   */
  via?: string;
  start: number;
  end: number;
  /** Stated in a challenge's value whose field name the paste cut or misspelt (parse/logged-errors.ts). */
  challengeValue?: true;
  /**
   * The writer's prose quotes the words (parse/client-errors.ts readProseBadCredentials): read as the body would be,
   * at a lower weight, since neither the body nor the server's line is in the paste.
   */
  prose?: true;
  /**
   * The words are a 401's whole plain-text body (parse/client-errors.ts readPlainBadCredentials): the server's reply,
   * read as its JSON `message` is, with no product to name the credential's kind.
   */
  plainBody?: true;
  /**
   * Form-encoded in a URL's query or fragment (`…?error=invalid_scope&…`, `#error=…`): an authorization endpoint's
   * redirect back to the client (RFC 6749 §4.1.2.1), not the token endpoint's answer (§5.2).
   */
  redirect?: true;
  /**
   * GitHub's refusal as the gh CLI prints it (parse/client-errors.ts readGitHub): its token is GH_TOKEN / GITHUB_TOKEN or
   * the one gh auth login stored, and the steps are gh's.
   */
  ghCli?: true;
}

/** Spring Boot's error attributes (DefaultErrorAttributes: timestamp, status, error, message, path), and no other member. */
const SPRING_ERROR_MEMBERS: ReadonlySet<string> = new Set(['timestamp', 'status', 'error', 'message', 'path']);

function springErrorBody(o: Record<string, unknown>): boolean {
  for (const k in o) if (!SPRING_ERROR_MEMBERS.has(k)) return false;
  return true;
}

const OAUTH: ReadonlySet<string> = new Set([
  'invalid_token',
  'invalid_request',
  'insufficient_scope',
  'invalid_grant',
  // RFC 6749 §5.2: the token endpoint refused the client's own authentication.
  'invalid_client',
  // RFC 6749 §5.2: the client may not use this grant, the scope asked for is refused, the grant type is not offered.
  'unauthorized_client',
  'invalid_scope',
  'unsupported_grant_type',
  // RFC 9470 §3: the token's authentication is not fresh or strong enough (a body that echoes the challenge:
  // `{"error":"insufficient_user_authentication","error_description":"Subject doesn't meet authentication
  // requirements"}`, draft-ietf-oauth-identity-chaining). RFC 9449 §7.1: the DPoP proof is invalid or needs the
  // server's nonce (`{"error":"invalid_dpop_proof","error_description":…}`, go-jwt-middleware's DPoP error bodies,
  // auth0/go-jwt-middleware examples/http-dpop-*).
  'insufficient_user_authentication',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  // OIDC Core 1.0 §3.1.2.6: a prompt=none (or other silent) request the provider cannot answer without the user
  // (`{"error":"consent_required",…}`; MSAL's InteractionRequiredServerErrorMessage, msal-common).
  ...INTERACTION_ERRORS.keys(),
]);
/**
 * The token endpoint's errors that a description can overrule: its words may name another cause (Keycloak's
 * `unauthorized_client` "Invalid client secret" is a refused client, Google STS's `unauthorized_client` "The given
 * credential is rejected by the attribute condition." a federation trust that does not match).
 */
const OVERRULED: ReadonlySet<string> = new Set(['unauthorized_client', 'invalid_scope', 'unsupported_grant_type']);
const MAX_GRAPHQL_ERRORS = 20;
/** The form-encoded errors read (parse/error-bodies.ts readFormErrors): the token endpoint's own, not invalid_token. */
const FORM_ERRORS: ReadonlySet<string> = new Set([
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'unsupported_grant_type',
  // The authorization endpoint's redirect to a prompt=none request (OIDC Core §3.1.2.6):
  // `#error=login_required&error_description=AADSTS50058%3a+A+silent+sign-in+request…` (service-fabric-explorer#148).
  ...INTERACTION_ERRORS.keys(),
]);
const MAX_FORM_ERRORS = 8;
/** The token endpoint's codes, as the error each states. */
const OAUTH_KINDS: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['oauth.invalid-client', 'invalid_client'],
  ['oauth.unauthorized-client', 'unauthorized_client'],
  ['oauth.invalid-scope', 'invalid_scope'],
  ['oauth.unsupported-grant', 'unsupported_grant_type'],
]);
const FORM_ERROR = /^error=([a-z_]{1,40})(?=[&\s"'#]|$)/;
const FORM_DESCRIPTION = /^&error_description=([^&\s"'#]{1,400})/;

/**
 * RFC 6749's errors form-encoded, as an authorization server's redirect carries them (`…?error=invalid_scope&
 * error_description=One+or+more+scopes+are+not+configured+for+the+authorization+server+resource.`, Okta's, in
 * Netflix/consoleme#9075; Keycloak's `error=invalid_scope&error_description=Invalid+scopes%3A+`,
 * devopskube/redmine_openid_connect#73) or a token endpoint answers in application/x-www-form-urlencoded
 * (`error=unauthorized_client&error_description=The+grant+type+is+unauthorized+for+this+client_id`, oauth2-server-php,
 * bshaffer/oauth2-server-php#344). Only the token endpoint's errors (FORM_ERRORS), as a parameter (at a line's start or
 * after `?`, `&`, `#` or a blank), with the description that follows it, decoded. A description the verifier rows
 * read as a token endpoint's words names the error and the product (Keycloak answers a wrong secret with
 * unauthorized_client); one that names a cause of the token's is not stated here.
 */
function readFormErrors(text: string): StatedError[] {
  const out: StatedError[] = [];
  let i = nextFormError(text, 0);
  while (i >= 0 && out.length < MAX_FORM_ERRORS) {
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    const m =
      before === '?' || before === '&' || before === '#' || /\s/.test(before)
        ? FORM_ERROR.exec(text.slice(i, i + 60))
        : null;
    const error = m?.[1];
    if (m !== null && error !== undefined && FORM_ERRORS.has(error)) {
      const d = FORM_DESCRIPTION.exec(text.slice(i + m[0].length, i + m[0].length + 440));
      const description = d?.[1] === undefined ? null : formDecoded(d[1]);
      const end = i + m[0].length + (d?.[0].length ?? 0);
      const hits = description === null ? [] : matchVerifierMessages(description);
      // The description's own words, when the verifier rows read them (they cannot in the encoded text): a token
      // endpoint's (Keycloak's "Invalid scopes: …", its wrong-secret words under unauthorized_client) name the error
      // and who said it; another cause of theirs (a federation's refusal) is not the token endpoint's to state.
      const own = hits.find((h) => OAUTH_KINDS.has(h.code));
      let stated: StatedError | null = null;
      if (own !== undefined) {
        const kind = OAUTH_KINDS.get(own.code) ?? (error as StatedKind);
        stated = { kind, description, scope: null, via: own.library, start: i, end };
      } else if (!hits.some((h) => TOKEN_VERDICTS.has(h.code.slice(0, h.code.indexOf('.'))))) {
        stated = { kind: error as StatedKind, description, scope: null, via: 'response body', start: i, end };
      }
      if (stated !== null) {
        if (inUrl(text, i, before)) stated.redirect = true;
        out.push(stated);
      }
    }
    i = nextFormError(text, i + 6);
  }
  return out;
}

/** How far back a parameter's URL is looked for (`?state=…&error=`): a redirect's query is short. */
const MAX_QUERY_BEFORE = 2000;

/**
 * Whether the parameter at `i` stands in a URL's query or fragment: right after `?` or `#`, or after `&` with a `?` or
 * `#` before it in the same unbroken run (no blank between). A form-encoded body opens its line with `error=`.
 */
function inUrl(text: string, i: number, before: string): boolean {
  if (before === '?' || before === '#') return true;
  if (before !== '&') return false;
  const stop = Math.max(0, i - MAX_QUERY_BEFORE);
  for (let k = i - 2; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3f /* ? */ || c === 0x23 /* # */) return true;
    if (c <= 0x20 || c === 0x22 /* " */ || c === 0x27 /* ' */) return false;
  }
  return false;
}

/*
 * `e` is the commonest letter of a paste, and `indexOf('error')` stops at each one: the three searches for `error` and
 * `error=` were two-thirds of readStatedErrors on the examples (~0.2 µs each a paste). The two below find the same
 * occurrences from a rarer character: the `=` (a native one-character scan), and `rror` (whose `r` is still rarer
 * than `e`).
 */

/** `text.indexOf('error=', from)`, found from each `=` (exported for the fast-path test). */
export function nextFormError(text: string, from: number): number {
  for (let eq = text.indexOf('=', from + 5); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    if (text.startsWith('error', eq - 5)) return eq - 5;
  }
  return -1;
}

/** `text.indexOf('error', from)`, found from each `rror` (exported for the fast-path test). */
export function nextError(text: string, from: number): number {
  for (let r = text.indexOf('rror', from + 1); r >= 0; r = text.indexOf('rror', r + 1)) {
    if (text.charCodeAt(r - 1) === 0x65 /* e */) return r - 1;
  }
  return -1;
}

/** A form value decoded (`+` a space, `%xx` its byte), or as it is when it does not decode. */
function formDecoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
/** How Auth0's Management API words a missing scope, before the scopes that would do. */
const AUTH0_SCOPE = 'Insufficient scope, expected any of: ';
/** Azure Resource Manager's `error.code`s for a token it rejected (see readOne). */
const ARM_TOKEN_CODES = new Set([
  'ExpiredAuthenticationToken',
  'InvalidAuthenticationTokenAudience',
  'InvalidAuthenticationTokenTenant',
]);

/** Slack Web API `error` codes that state what became of the token (see readOne). */
const SLACK_ERRORS: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['invalid_auth', 'invalid_token'],
  ['not_authed', 'unauthenticated'],
  ['missing_scope', 'insufficient_scope'],
]);
/** Supabase Auth (GoTrue) `error_code`s that state what became of the token (see readOne). */
const SUPABASE_AUTH_ERRORS: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['bad_jwt', 'invalid_token'],
  ['no_authorization', 'unauthenticated'],
  ['not_admin', 'forbidden'],
]);
/** How Stripe begins its reply to a key it does not know; the key, masked, follows. */
const POCKETBASE_UNAUTHENTICATED = 'The request requires valid record authorization token';
const STRIPE_INVALID_KEY = 'Invalid API Key provided: ';
/** Stripe's reply to a key past its expiry (error code api_key_expired, stripe.com/docs/error-codes/api-key-expired). */
const STRIPE_EXPIRED_KEY = 'Expired API Key provided: ';
/** Shopify's words for an access token it does not accept. */
const SHOPIFY_INVALID = '[API] Invalid API key or access token (unrecognized login or wrong password)';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A `message` that says more than the status line's reason phrase (`"Unauthorized"`, `"Forbidden"`), or null. */
function ownMessage(v: unknown): string | null {
  const m = str(v);
  return m === null || /^(?:unauthori[sz]ed|forbidden)\.?$/i.test(m.trim()) ? null : m;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Documentation that shows an error body inside a sentence ("returns {…} when the token expired") is
 * not a response: a connective right after the object means the line goes on as prose.
 */
const PROSE_AFTER =
  /^\s*[,;:]?\s*(?:when|if|whenever|because|which|means|meaning|for example|e\.g\.|and then|otherwise)\b/i;

/** Every statement of the objects in `spans`, at most one per object, in document order. */
export function readStatedErrors(text: string, spans: readonly JsonObjectSpan[]): StatedError[] {
  const out: StatedError[] = [];
  // Round 21a: the token endpoint's refusals form-encoded (a redirect's query, a form-encoded answer), read only where
  // `error=` occurs (nextFormError).
  const form = readFormErrors(text);
  if (form.length > 0) out.push(...form);
  // Round 22: the same members in an object a runtime printed, not JSON, read only where `error` occurs (nextError).
  const printed = readPrintedErrors(text, spans);
  if (printed.length > 0) out.push(...printed);
  // The same codes in a log line's field or the writer's words, where none of the readers above found them.
  const logged = readLoggedErrors(text, spans, OAUTH, FORM_ERRORS);
  if (out.length === 0 && logged.length === 0) return readJsonErrors(text, spans, out);
  for (const l of logged) {
    if (out.some((s) => s.start <= l.start && l.start < s.end)) continue;
    const s: StatedError = {
      kind: l.kind as StatedKind,
      description: l.description,
      scope: l.scope,
      start: l.start,
      end: l.end,
    };
    if (l.challengeValue) s.challengeValue = true;
    out.push(s);
  }
  return readJsonErrors(text, spans, out).sort((a, b) => a.start - b.start);
}

/** Occurrences of `error` looked at for a printed object, at most (a log of thousands of errors says it once). */
const MAX_PRINTED_LOOKS = 400;
const MAX_PRINTED_ERRORS = 8;
/** A member of a printed object: its key (bare, or in single quotes) and its quoted value. */
// Entra ID's descriptions run past 400 characters (an AADSTS message, then its Trace ID, Correlation ID and Timestamp):
// the bound is the longest description read whole.
const PRINTED_MEMBER = /^(['"]?)(error|error_description|scope)\1: ?(['"`])((?:(?!\3)[^\\\n]|\\.){0,1000})\3/;
/**
 * A description the paste cut before its closing quote (a log line or a chat message cut short: `"error_description":
 * "AADSTS70021: No matching federated identity record found for presented assertion. Assertion S`): what is there is
 * the description's start, read so that its stable words (an AADSTS code) are judged as a whole one's are.
 */
const CUT_DESCRIPTION = /^(['"]?)error_description\1: ?(['"`])((?:(?!\2)[^\\\n]|\\.){1,1000})\s*$/;

/**
 * RFC 6750's / RFC 6749's members in an object a runtime printed rather than serialized: Node's util.inspect, as an
 * axios error prints its `response.data` (`data: { error: 'invalid_token', error_description: 'Token expired' }`,
 * unquoted keys, single-quoted strings), and Python's repr of the dict `r.json()` returned (`{'error':
 * 'insufficient_scope', 'scope': 'write:orders'}`). The printed object is read as the JSON object would be (readOne):
 * an `error` key that opens the object or follows a comma, with an OAuth error as its value, and the description and
 * scope that follow it in the same object. An object literal in code passed to a call (`res.json({ error: '…' })`)
 * is the code's, not a reply: it is not read.
 */
function readPrintedErrors(text: string, spans: readonly JsonObjectSpan[]): StatedError[] {
  const out: StatedError[] = [];
  let looks = 0;
  let span = 0;
  for (let i = nextError(text, 0); i >= 0 && looks < MAX_PRINTED_LOOKS && out.length < MAX_PRINTED_ERRORS; ) {
    looks++;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    // `"error":` is JSON's: read here only where no object parsed, a body cut short (Guzzle's `… (truncated...)`).
    const json = before === 0x22;
    if (json) while (span < spans.length && (spans[span] as JsonObjectSpan).end <= i) span++;
    const parsed = json && span < spans.length && (spans[span] as JsonObjectSpan).start < i;
    const quoted = before === 0x27 || json;
    const keyStart = quoted ? i - 1 : i;
    // -1 past the text's end: a read there would deoptimise the reader for good (round 28).
    const next = i + 5 < text.length ? text.charCodeAt(i + 5) : -1;
    if (!parsed && (next === 0x3a || (quoted && next === before)) && opensMember(text, keyStart)) {
      const printed = readPrintedObject(text, keyStart);
      if (printed !== null) {
        const s = readOne(printed.members);
        if (s !== null) out.push({ ...s, start: keyStart, end: printed.end });
        i = nextError(text, printed.end);
        continue;
      }
    }
    i = nextError(text, i + 5);
  }
  return out;
}

/** Whether the key at `at` opens a printed object (`{ error:`, `{'error':`) or follows a member's comma in one. */
function opensMember(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && k > at - 80 && isPrintSpace(text.charCodeAt(k))) k--;
  // No read before the text's start (see readPrintedErrors): there it is no member.
  const c = k >= 0 ? text.charCodeAt(k) : -1;
  if (c === 0x2c /* , */) return true;
  if (c !== 0x7b /* { */) return false;
  // `json({ error: … })`: an object literal passed to a call is code.
  k--;
  while (k >= 0 && k > at - 80 && isPrintSpace(text.charCodeAt(k))) k--;
  return k < 0 || text.charCodeAt(k) !== 0x28 /* ( */;
}

function isPrintSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The members read from the printed object whose `error` key is at `at`, to its closing brace; null if none. */
function readPrintedObject(text: string, at: number): { members: Json; end: number } | null {
  const members: Json = {};
  let p = at;
  let end = at;
  for (let n = 0; n < 6; n++) {
    const m = PRINTED_MEMBER.exec(text.slice(p, p + 1060));
    if (m === null) {
      // Guzzle's mark ends the body its exception quoted, the exception's words going on after it (logged-errors.ts).
      // Looked for within the description's reach only: each printed object pays a bounded search.
      const guzzle = text.slice(p, p + 1060 + GUZZLE_CUT.length).indexOf(GUZZLE_CUT);
      const cutEnd = guzzle >= 0 ? p + guzzle : text.length;
      const cut = cutEnd - p <= 1060 ? CUT_DESCRIPTION.exec(text.slice(p, cutEnd)) : null;
      if (cut !== null) {
        // The ellipsis says where the paste stopped, so a quoted fragment ("The acce…") is not read as the whole.
        if (!('error_description' in members))
          members.error_description = `${unescapePrinted(cut[3] as string).trimEnd()}…`;
        end = cutEnd;
        break;
      }
      // Another member (`status: 401`, `'code': 7`) is passed over; the object's brace ends it.
      const stop = nextMemberOrEnd(text, p);
      if (stop < 0) break;
      p = stop;
      continue;
    }
    const key = m[2] as string;
    if (!(key in members)) members[key] = unescapePrinted(m[4] as string);
    end = p + m[0].length;
    const stop = nextMemberOrEnd(text, end);
    if (stop < 0) break;
    p = stop;
  }
  return typeof members.error === 'string' ? { members, end } : null;
}

/** Where the member after the one at `from` starts (past `, ` and line breaks), or -1 at the object's end. */
function nextMemberOrEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 200);
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7d /* } */ || c === 0x7b /* { */) return -1;
    if (c === 0x2c /* , */) {
      let q = k + 1;
      while (q < limit && isPrintSpace(text.charCodeAt(q))) q++;
      return q;
    }
  }
  return -1;
}

/** A printed string's escapes undone (`\'`, `\"`, `\\`). */
function unescapePrinted(value: string): string {
  return value.includes('\\') ? value.replace(/\\(.)/g, '$1') : value;
}

function readJsonErrors(text: string, spans: readonly JsonObjectSpan[], out: StatedError[]): StatedError[] {
  for (const span of spans) {
    const own = readOne(span.value);
    const s = own ?? readQuotedBody(span.value);
    if (s === null || PROSE_AFTER.test(text.slice(span.end, span.end + 40))) continue;
    // A body serialized into a string of a larger object (a HAR's content.text, a log's field) is where the statement
    // is: the object around it opens with the request (round sample-31: a one-line HAR quoted from its start).
    const at = own === null && span.end - span.start > QUOTE_WHOLE ? innerAt(text, span, s) : null;
    // Written out, not `{ ...s, start, end }`: a spread gaining properties takes V8's slow path on
    // Node 20 (microseconds), which made this loop a diagnosis's costliest few lines.
    out.push({
      kind: s.kind,
      description: s.description,
      scope: s.scope,
      // An object's statement always names who made it (readOne); the default only satisfies the optional type.
      via: s.via ?? 'response body',
      start: at === null ? span.start : at.start,
      end: at === null ? span.end : at.end,
    });
  }
  return out;
}

/** An object no longer than this is quoted whole: a statement inside it is seen in its quote. */
const QUOTE_WHOLE = 200;

/**
 * Where, inside the larger object, the serialized body states its error: its description, else its error code, as the
 * text holds them (escaped or not, a description with no quote or backslash reads the same). Null when neither is found.
 */
function innerAt(
  text: string,
  span: JsonObjectSpan,
  s: { kind: string; description: string | null },
): { start: number; end: number } | null {
  const inner = text.slice(span.start, span.end);
  for (const words of [s.description, s.kind]) {
    if (words === null || words.length < 3) continue;
    const i = inner.indexOf(words);
    if (i >= 0) return { start: span.start + i, end: span.start + i + words.length };
  }
  return null;
}

/** The members of a log object looked at for a body serialized into a string, at most; and the longest such body. */
const MAX_QUOTED_MEMBERS = 32;
const MAX_QUOTED_BODY = 65536;

/**
 * A JSON log line that carries the response body serialized into one of its strings (`{"msg":"upstream refused",
 * "body":"{\"error\":\"insufficient_scope\"}"}`: a logger given the body as text, pino's and zap's structured fields,
 * a gateway's log of what it got): a top-level string member that is itself a JSON object is read as the body would be;
 * and a HAR's response body, which HAR keeps as text (readHarBodies). Only strings that start with `{` are parsed.
 */
function readQuotedBody(o: Json): Omit<StatedError, 'start' | 'end'> | null {
  let looked = 0;
  for (const key in o) {
    if (++looked > MAX_QUOTED_MEMBERS) break;
    const s = readSerialized(o[key]);
    if (s !== null) return s;
  }
  return readHarBodies(o);
}

/** HAR entries looked at for a body, at most. */
const MAX_HAR_ENTRIES = 50;

/**
 * A HAR's response bodies, which it keeps as text (`response.content.text`, HAR 1.2): a whole log's entries, one entry,
 * or the `response` fragment pasted alone (`{"status": 403, …, "content": {"text": "{\"error\":…}"}}`).
 */
function readHarBodies(o: Json): Omit<StatedError, 'start' | 'end'> | null {
  const log = o.log;
  if (isObject(log) && Array.isArray(log.entries)) {
    for (const entry of log.entries.slice(0, MAX_HAR_ENTRIES)) {
      const s = isObject(entry) ? readHarBodies(entry) : null;
      if (s !== null) return s;
    }
    return null;
  }
  const response = isObject(o.response) ? o.response : o;
  const content = response.content;
  return isObject(content) ? readSerialized(content.text) : null;
}

/** A string holding a serialized JSON object, read as the body it is; null for anything else. */
function readSerialized(v: unknown): Omit<StatedError, 'start' | 'end'> | null {
  if (typeof v !== 'string' || v.length === 0 || v.charCodeAt(0) !== 0x7b || v.length > MAX_QUOTED_BODY) return null;
  try {
    const inner: unknown = JSON.parse(v);
    return isObject(inner) ? readOne(inner) : null;
  } catch {
    // A string that only starts like an object.
    return null;
  }
}

/** The `reason` of the first google.rpc.ErrorInfo in a Google error's `details`. */
function googleReason(details: unknown): string | null {
  if (!Array.isArray(details)) return null;
  for (const d of details.slice(0, 8)) {
    if (isObject(d) && d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo') return str(d.reason);
  }
  return null;
}

/** A list of reason strings (Pomerium's `allow-why-false`) as one description, or null. */
function reasons(v: unknown): string | null {
  if (!Array.isArray(v)) return null;
  const words = v.slice(0, 8).filter((r): r is string => typeof r === 'string' && r !== '');
  return words.length === 0 ? null : words.join(', ');
}

const AUDIT_LOG = 'type.googleapis.com/google.cloud.audit.AuditLog';

/** The AuditLog of a Cloud Audit Logs entry, or the object itself when it is one. */
function auditLog(o: Json): Json | null {
  if (o['@type'] === AUDIT_LOG) return o;
  const proto = o.protoPayload;
  return isObject(proto) && proto['@type'] === AUDIT_LOG ? proto : null;
}

/** The families of verifier codes that judge the presented token itself, not how the request carried it. */
const TOKEN_VERDICTS = new Set(['alg', 'claim', 'key', 'policy', 'signature', 'time', 'verifier', 'federation']);

/**
 * Whether an invalid_grant's, invalid_request's or invalid_client's description is a verifier's reason for refusing
 * the JWT presented as the grant or the client assertion. A token endpoint that takes a JWT (RFC 7523's jwt-bearer grant and client
 * assertions, RFC 8693's token exchange: Google's STS for Workload Identity Federation, Entra ID's federated
 * credentials) answers `invalid_grant` (Entra ID's AADSTS70021: `invalid_request`) with why the JWT failed ("The
 * audience in ID Token […] does not match the expected audience."). That reason is read as the verifier message it is
 * (parse/verifier-messages/), and the error code states nothing beside it: not a grant revoked (`token.revoked`), nor a
 * malformed request. A reason about the request itself (Spring's "Found multiple bearer tokens in the request") keeps
 * the error. A client assertion that is the client's credential (Entra ID's federated credentials answer
 * `invalid_client` with AADSTS70021 and its kin) is read the same way: the reason is the finding, not
 * oauth.invalid-client. A federation's refusal (federation.no-match: AADSTS70021's federated credentials, Google STS's
 * attribute condition) is such a reason too. Only the token endpoint's errors' descriptions are scanned, with the rows
 * every paste is scanned with.
 */
function refusedAssertion(description: string | null, oauth = false): boolean {
  if (description === null) return false;
  return matchVerifierMessages(description).some((h) => {
    const family = h.code.slice(0, h.code.indexOf('.'));
    return TOKEN_VERDICTS.has(family) || (oauth && family === 'oauth');
  });
}

/** node-oauth2-server's serialised OAuthError: `name` an OAuth error, with `code` and `status` or `statusCode` equal. */
function oauthErrorName(o: Json): StatedKind | null {
  const name = o.name;
  if (typeof name !== 'string' || typeof o.code !== 'number' || typeof o.message !== 'string') return null;
  if (o.status !== o.code && o.statusCode !== o.code) return null;
  if (name === 'unauthorized_request') return 'unauthenticated';
  return OAUTH.has(name) ? (name as StatedKind) : null;
}

/**
 * Epic's account service puts the OAuth error beside its own namespaced code: `{"errorCode":"errors.com.epicgames.common.
 * oauth.unauthorized_client",…,"numericErrorCode":1015,"originatingService":"com.epicgames.account.public",…,"error":
 * "unauthorized_client"}` (MixV2/EpicResearch#77): that code names the token endpoint as Epic's.
 */
function epicEnvelope(o: Json): boolean {
  const code = o.errorCode;
  return typeof code === 'string' && code.startsWith('errors.com.epicgames.');
}

function readOne(o: Json): Omit<StatedError, 'start' | 'end'> | null {
  const error = o.error;
  if (typeof error === 'string' && OAUTH.has(error)) {
    // Many APIs put the OAuth error code beside their usual `message` rather than an `error_description`
    // (`{"error":"invalid_token","message":"Token has expired"}`, the example 401 on devsnap.dev/ja/http-status/401):
    // that message is the body's own words for it, unless it only repeats the status's reason phrase.
    const description = str(o.error_description) ?? ownMessage(o.message);
    if (
      (error === 'invalid_grant' || error === 'invalid_request' || error === 'invalid_client') &&
      refusedAssertion(description)
    )
      return null;
    // unauthorized_client, invalid_scope and unsupported_grant_type: a description the verifier rows read (a token
    // endpoint's words for a refused client, Entra ID's AADSTS code, a federation's refusal) names the cause instead.
    if (OVERRULED.has(error) && refusedAssertion(description, true)) return null;
    return {
      kind: error as StatedKind,
      description,
      scope: str(o.scope),
      via: epicEnvelope(o) ? 'epic-games' : 'response body',
    };
  }
  // node-oauth2-server's OAuthError (and its forks, @node-oauth/oauth2-server, oauth2-server's TypeScript ports) as a
  // handler serialises the thrown error: `{"statusCode":403,"status":403,"code":403,"message":"Insufficient scope:
  // authorized scope is insufficient","name":"insufficient_scope"}` (lib/errors/oauth-error.js sets code, status and
  // statusCode to the same number and `name` to the RFC 6749/6750 error; manjeshpv/node-oauth2-server-implementation#34).
  // `name` is the error, `message` its description; UnauthorizedRequestError's `unauthorized_request` ("Unauthorized
  // request: no authentication given") is its word for a request with no token.
  const named = oauthErrorName(o);
  if (named !== null) return { kind: named, description: str(o.message), scope: null, via: 'node-oauth2-server' };
  // Round 19a. Auth0's token endpoint refuses a client's authentication (a wrong or missing secret, or an
  // authentication method the application is not set to) with `{"error":"access_denied","error_description":
  // "Unauthorized"}` and a "Failed Exchange" (`feacft`) tenant log: auth0/node-auth0#682 (an M2M client's
  // credentials), auth0-samples/auth0-python-web-app#62 (a Native app whose Token Endpoint Authentication Method is
  // None), auth0/auth0-spa-js#454. The pair only: `access_denied` alone is also the authorization endpoint's answer to
  // a user who declined consent (RFC 6749 §4.1.2.1), which states nothing about the client.
  if (error === 'access_denied' && o.error_description === 'Unauthorized') {
    return { kind: 'invalid_client', description: 'Unauthorized', scope: null, via: 'auth0' };
  }
  // Microsoft Graph: {"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}
  // The same code with "Access token is empty." is Graph's answer to a call that carried no token (Graph's 401 to an
  // unsigned GET, mattermost/mattermost-plugin-msoffice365's tests, PowerShell 7 printing it as
  // `Invoke-RestMethod: {"error":{…}}`): an authentication failure that judged no token, read as GraphQL's
  // UNAUTHENTICATED is, so the missing token is the finding.
  if (isObject(error) && error.code === 'InvalidAuthenticationToken') {
    const message = str(error.message);
    const kind = message?.startsWith('Access token is empty') ? 'unauthenticated' : 'invalid_token';
    return { kind, description: message, scope: null, via: 'microsoft-graph' };
  }
  // Graph's 403 for a caller whose token lacks the permission (an API permission not granted, or no admin consent):
  // {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}
  // (Graph API troubleshooting notes in public repositories name the missing User.Read.All / admin consent): the
  // token's scopes or roles fall short, as an insufficient_scope says.
  if (isObject(error) && error.code === 'Authorization_RequestDenied') {
    return { kind: 'insufficient_scope', description: str(error.message), scope: null, via: 'microsoft-graph' };
  }
  // hapi's Boom 401 with the scheme's attributes (hapi-auth-jwt2, and services built on hapi such as Auth0's Management
  // API: `{"statusCode":401,"error":"Unauthorized","message":"Invalid token","attributes":{"error":"Invalid token"}}`, as
  // Auth0.Core's ErrorApiException and WooCommerce Connect's log quote it): the attributes name why a token was refused.
  if (
    o.statusCode === 401 &&
    o.error === 'Unauthorized' &&
    isObject(o.attributes) &&
    str(o.attributes.error) !== null
  ) {
    return { kind: 'invalid_token', description: str(o.attributes.error), scope: null, via: 'hapi' };
  }
  // Strapi's users-permissions plugin (v3's Boom payload through koa-boom): its JWT service rejects any jsonwebtoken
  // failure (expired, another JWT_SECRET, malformed, `Bearer undefined`) with "Invalid token." (strapi/strapi
  // packages/plugins/users-permissions/server/services/jwt.js, verify), answered 401 `{"statusCode":401,"error":
  // "Unauthorized","message":"Invalid token."}` (strapi/strapi#7579, on /auth/local, where the header is still read).
  if (
    o.statusCode === 401 &&
    o.error === 'Unauthorized' &&
    o.message === 'Invalid token.' &&
    Object.keys(o).length === 3
  ) {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'strapi' };
  }
  // Strapi v4/v5's content API when no auth strategy (users-permissions' JWT, an API token) authenticated the request:
  // `ctx.unauthorized('Missing or invalid credentials')` (strapi/strapi packages/core/core/src/services/auth/index.ts),
  // in its error envelope `{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":…}}`: no token, or
  // one neither strategy accepted; the words do not say which.
  if (
    o.data === null &&
    isObject(error) &&
    error.name === 'UnauthorizedError' &&
    error.message === 'Missing or invalid credentials'
  ) {
    return { kind: 'unauthenticated', description: error.message, scope: null, via: 'strapi' };
  }
  // Its 403 in the same envelope, `{"data":null,"error":{"status":403,"name":"ForbiddenError","message":"Forbidden",
  // "details":{}}}`: the users-permissions plugin found no permission for the action in the caller's role (Public for a
  // request without a JWT), or an API token's type does not allow it (public Strapi walkthroughs quoting it from
  // /api/restaurants and /api/articles before the Public role's find is ticked; a read-only token's POST). A stated
  // denial, whose step is the role's or token's permissions.
  if (
    isObject(error) &&
    error.name === 'ForbiddenError' &&
    error.status === 403 &&
    (o.data === null || isObject(error.details))
  ) {
    return { kind: 'forbidden', description: ownMessage(error.message), scope: null, via: 'strapi' };
  }
  // The same error printed out of its envelope, @strapi/utils' ApplicationError as JSON, exactly `{"status":403,"name":
  // "ForbiddenError","message":"Forbidden","details":{}}` (manishkatyan/strapi-stripe#106, a plugin's admin route
  // without its API token).
  if (
    o.status === 403 &&
    o.name === 'ForbiddenError' &&
    isObject(o.details) &&
    typeof o.message === 'string' &&
    Object.keys(o).length === 4
  ) {
    return { kind: 'forbidden', description: ownMessage(o.message), scope: null, via: 'strapi' };
  }
  // Round 22. hapi's own 403 when the credentials' scope misses the route's (hapijs/hapi lib/auth.js:
  // `Boom.forbidden('Insufficient scope')`, Boom's payload `{"statusCode":403,"error":"Forbidden","message":
  // "Insufficient scope"}`): the token's scopes fall short, as an insufficient_scope says. The whole payload only.
  if (o.statusCode === 403 && o.error === 'Forbidden' && o.message === 'Insufficient scope') {
    return { kind: 'insufficient_scope', description: 'Insufficient scope', scope: null, via: 'hapi' };
  }
  // Round 22. GitHub's 403 for a token whose permissions fall short (`{"message":"Resource not accessible by
  // integration","documentation_url":…}` for an installation token or GITHUB_TOKEN, `… by personal access token` for a
  // fine-grained one; API clients' test fixtures and public troubleshooting notes): as an insufficient_scope says.
  if (
    o.message === 'Resource not accessible by integration' ||
    o.message === 'Resource not accessible by personal access token'
  ) {
    return { kind: 'insufficient_scope', description: o.message, scope: null, via: 'github' };
  }
  // Auth0's Management API refusing a token without the scope (its SDKs' tests: `{"statusCode":403,"error":"Forbidden",
  // "message":"Insufficient scope, expected any of: read:users","errorCode":"insufficient_scope"}`). Any one of the
  // listed scopes would do, so a single one is the scope asked for; a list stays in the description.
  const auth0Scope =
    typeof o.message === 'string' && o.message.startsWith(AUTH0_SCOPE) ? o.message.slice(AUTH0_SCOPE.length) : null;
  if (auth0Scope !== null && typeof o.statusCode === 'number') {
    const scope = auth0Scope.includes(',') || auth0Scope.trim() === '' ? null : auth0Scope.trim();
    return { kind: 'insufficient_scope', description: o.message as string, scope, via: 'auth0' };
  }
  // Azure API Management's validate-jwt policy refusing the token, in the gateway's own two-member error shape
  // (`{"statusCode": 401, "message": "Invalid JWT."}`, an azure-api.net walkthrough's sample; the same shape carries its
  // "Access denied due to invalid subscription key", checks/proxy.ts): a stated invalid_token, not a missing one.
  if (o.message === 'Invalid JWT.' && typeof o.statusCode === 'number' && Object.keys(o).length === 2) {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'azure-api-management' };
  }
  // Azure Resource Manager's replies name the rejection in `error.code`: the token expired
  // (ExpiredAuthenticationToken, microsoft/foundry-dev-tools#461), was issued for another audience
  // (InvalidAuthenticationTokenAudience, Azure-Samples/active-directory-dotnetcore-daemon-v2#145) or by another tenant
  // (InvalidAuthenticationTokenTenant, Azure/azure-sdk-for-net#49391): a stated invalid_token, whose `message` the
  // identity.ts rows read for the cause. AuthorizationFailed ("The client '…' with object id '…' does not have
  // authorization to perform action '…' over scope '…'", microsoft/vscode-azurestorage#944,
  // microsoft/foundry-dev-tools#474) is Azure RBAC's denial of an identified caller: a stated policy.deny.
  if (isObject(error) && typeof error.code === 'string' && ARM_TOKEN_CODES.has(error.code)) {
    return { kind: 'invalid_token', description: str(error.message), scope: null, via: 'azure-resource-manager' };
  }
  if (isObject(error) && error.code === 'AuthorizationFailed' && str(error.message)?.startsWith('The client ')) {
    return { kind: 'forbidden', description: str(error.message), scope: null, via: 'azure-resource-manager' };
  }
  // A Cloud Audit Logs entry (a LogEntry whose protoPayload is a google.cloud.audit.AuditLog, or the AuditLog alone):
  // `status` is the call's google.rpc.Status (cloud.google.com/logging/docs/reference/audit/auditlog/rest/Shared.Types/
  // AuditLog), whose code 7 is PERMISSION_DENIED and 16 UNAUTHENTICATED (google/rpc/code.proto): read as the same codes
  // in a gRPC status or a Google API's JSON error are.
  const audit = auditLog(o);
  if (audit !== null && isObject(audit.status)) {
    const code = audit.status.code;
    if (code === 7 || code === 16) {
      const kind = code === 7 ? 'forbidden' : 'unauthenticated';
      return { kind, description: str(audit.status.message), scope: null, via: 'google-cloud-audit' };
    }
  }
  // Google APIs' JSON errors (google.rpc.Status over HTTP; vivet/GoogleApi#397, googleanalytics/ga-dev-tools#839,
  // google-gemini/gemini-cli#25607): `status` is the gRPC code's name, `message` Google's words. PERMISSION_DENIED is
  // the server's denial, UNAUTHENTICATED a failed authentication, as in a gRPC status (parse/client-errors.ts); Google's
  // own "Request had invalid authentication credentials" / "… insufficient authentication scopes" name the cause.
  // A disabled API (ErrorInfo reason SERVICE_DISABLED) or a missing API key (GoogleCloudPlatform/php-docs-samples#867)
  // is the project's set-up, not the token's or a policy's: no denial is stated here (verifier-messages/
  // service-enablement.ts reads the disabled API by its reason).
  // A Firebase callable function's error (firebase/firebase-functions src/common/providers/https.ts: HttpsError.toJSON
  // is `{status, message, details?}`, with no numeric `code`, which Google APIs' errors carry). Its SDK answers
  // `{"error":{"message":"Unauthenticated","status":"UNAUTHENTICATED"}}` before the function runs when the Authorization
  // header is not `Bearer <token>` or verifyIdToken refuses the token, and when App Check is enforced and its token is
  // missing or refused (firebase/firebase-functions#769); a function's own code throws the same for a call with no user.
  if (isObject(error) && error.status === 'UNAUTHENTICATED' && error.code === undefined && o.error !== undefined) {
    const message = str(error.message);
    if (message === 'Unauthenticated')
      return { kind: 'unauthenticated', description: message, scope: null, via: 'firebase-callable' };
  }
  // The same google.rpc.Status with no `error` envelope, as gRPC-JSON transcoding and the grpc-gateway answer it
  // (grpc-ecosystem/grpc-gateway runtime/errors.go marshals the status itself: `{"code":16,"message":"…","details":[]}`),
  // its code the number (16 UNAUTHENTICATED, 7 PERMISSION_DENIED: google/rpc/code.proto). Only Google's own words for
  // the credential say what was refused (grpc/grpc-node#172 quotes them from a Google API over gRPC): a bare code 16
  // from any other server's gateway states nothing here.
  if (error === undefined && (o.code === 16 || o.code === 7)) {
    const message = str(o.message);
    const kind = googleStatement(message);
    if (kind !== null) return { kind, description: message, scope: null, via: 'google-api' };
  }
  if (isObject(error) && (error.status === 'PERMISSION_DENIED' || error.status === 'UNAUTHENTICATED')) {
    const message = str(error.message);
    const reason = googleReason(error.details);
    if (reason === 'SERVICE_DISABLED' || message?.startsWith('The request is missing a valid API key')) return null;
    // An API key's restrictions refusing it (API_KEY_HTTP_REFERRER_BLOCKED, …_SERVICE_BLOCKED): the key's settings, which
    // verifier-messages/browser-keys.ts reads by its reason, not an IAM denial.
    if (reason?.startsWith('API_KEY_') === true && reason.endsWith('_BLOCKED')) return null;
    const kind =
      (reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' ? 'insufficient_scope' : null) ??
      googleStatement(message) ??
      (error.status === 'PERMISSION_DENIED' ? 'forbidden' : 'unauthenticated');
    return { kind, description: message, scope: null, via: 'google-api' };
  }
  // Google's JSON error as a client re-shapes it, its status name dropped (googleworkspace/cli#282, #668: `{"error":
  // {"code": 403, "message": "Request had insufficient authentication scopes.", "reason": "insufficientPermissions"}}`):
  // only Google's own words say what was refused.
  if (isObject(error) && (error.code === 401 || error.code === 403) && error.status === undefined) {
    const message = str(error.message);
    const kind = googleStatement(message);
    if (kind !== null) return { kind, description: message, scope: null, via: 'google-api' };
  }
  // tRPC's error shape (trpc/trpc packages/server/src/unstable-core-do-not-import/rpc/codes.ts: UNAUTHORIZED is
  // -32001, its HTTP status 401; the default formatter puts the key and httpStatus in `data`): `{"error":{"message":
  // "Malformed JWT","code":-32001,"data":{"code":"UNAUTHORIZED","httpStatus":401,…}}}` (HKUST-CRS/crs#54, a procedure's
  // context refusing the token it decoded). The message is the app's own: a short one that judges a token says one came
  // and was refused, as GraphQL's UNAUTHENTICATED below; any other (tRPC's default "UNAUTHORIZED") states nothing.
  if (isObject(error) && error.code === -32001 && isObject(error.data) && error.data.code === 'UNAUTHORIZED') {
    const message = str(error.message);
    return judgesToken(message) ? { kind: 'invalid_token', description: message, scope: null, via: 'trpc' } : null;
  }
  // Pomerium's authorize service logs each decision as {"service":"authorize",…,"allow":false,"allow-why-false":[…],
  // "deny":…,"message":"authorize check"} (pomerium/pomerium authorize/log.go; the reasons as its authorization-logs
  // documentation shows them: "claim-unauthorized", "domain-unauthorized", and "user-unauthenticated" for a request
  // with no session). A request with no session is an authentication failure; one whose user the policy did not
  // allow, or an explicit deny, is the proxy's stated policy.deny.
  if (o.message === 'authorize check' && o.service === 'authorize') {
    const why = o['allow-why-false'];
    if (o.deny === true)
      return { kind: 'forbidden', description: reasons(o['deny-why-true']), scope: null, via: 'pomerium' };
    if (o.allow === false && Array.isArray(why)) {
      const kind = why.includes('user-unauthenticated') ? 'unauthenticated' : 'forbidden';
      return { kind, description: reasons(why), scope: null, via: 'pomerium' };
    }
  }
  // GitHub's REST and GraphQL APIs for a token they do not accept (revoked, expired, mistyped): {"message":"Bad
  // credentials","documentation_url":"https://docs.github.com/rest"} (hisxo/gitGraber#32, pomber/stargazer#1).
  if (
    o.message === 'Bad credentials' &&
    typeof o.documentation_url === 'string' &&
    o.documentation_url.includes('github.com')
  ) {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'github' };
  }
  // The same words without GitHub's documentation link: Spring Security's BadCredentialsException, whose message is
  // AbstractUserDetailsAuthenticationProvider.badCredentials, "Bad credentials" (spring-projects/spring-security
  // core/src/main/resources/org/springframework/security/messages.properties), as Spring Boot's error body carries it
  // ({"status":401,"error":"Unauthorized","message":"Bad credentials","path":"/login"}): credentials came and were
  // refused (a user name and password, or a token an AuthenticationProvider rejected), not none sent. Only that body's
  // members: another API's object with its own (a `code`) is no Spring reply.
  if (o.message === 'Bad credentials' && springErrorBody(o)) {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'spring-security' };
  }
  // And for a call that carried no credentials: {"message":"Requires authentication","documentation_url":
  // "https://docs.github.com/rest/…"} (the 401 of /user or a gist without a token; go-github prints it as "… 401 Requires
  // authentication []", integrations/terraform-provider-github#2008). Other products say the same words (Looker), so
  // only with GitHub's documentation link.
  if (
    o.message === 'Requires authentication' &&
    typeof o.documentation_url === 'string' &&
    o.documentation_url.includes('github.com')
  ) {
    return { kind: 'unauthenticated', description: o.message, scope: null, via: 'github' };
  }
  // Slack's Web API answers 200 with {"ok":false,"error":"invalid_auth"} (BlakeWilliams/Elixir-Slack#261,
  // outsideris/slack-invite-automation#1): invalid_auth a token it does not accept, not_authed no token sent, and
  // missing_scope with the scope `needed` and those `provided` (Inumedia/SlackAPI#241, mjpearson/passport-slack#14).
  // token_expired / token_revoked are the token's own state, read by the slack rows in verifier-messages/identity.ts.
  if (o.ok === false && typeof o.error === 'string') {
    const slack = SLACK_ERRORS.get(o.error);
    if (slack !== undefined) {
      const needed = slack === 'insufficient_scope' ? str(o.needed) : null;
      const scope = needed !== null && !needed.includes(',') ? needed : null;
      return { kind: slack, description: null, scope, via: 'slack' };
    }
  }
  // Salesforce's REST API for a session id (its OAuth access token) it does not accept, a 401 whose body is a list:
  // [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}] (jsforce's print in
  // sorenkrabbe/Chrome-Salesforce-inspector#235; "This session is not valid for use with the REST API" in NangoHQ/nango#4344).
  if (o.errorCode === 'INVALID_SESSION_ID') {
    return { kind: 'invalid_token', description: str(o.message), scope: null, via: 'salesforce' };
  }
  // Shopify's Admin API for an access token it does not accept: {"errors":"[API] Invalid API key or access token
  // (unrecognized login or wrong password)"} (Shopify app developers' notes and mocks quoting the 401).
  if (o.errors === SHOPIFY_INVALID) {
    return { kind: 'invalid_token', description: SHOPIFY_INVALID, scope: null, via: 'shopify' };
  }
  // Supabase Auth (GoTrue): {"code":403,"error_code":"bad_jwt","msg":…} for a token it refused (its msg wraps
  // golang-jwt's reason), {"code":401,"error_code":"no_authorization","msg":"This endpoint requires a valid Bearer
  // token"} for none (public curl transcripts against /auth/v1/admin/users), and {"code":403,"error_code":"not_admin",
  // "msg":"User not allowed"} for a user's token on an admin endpoint (an identified caller refused: a stated policy.deny).
  if (typeof o.code === 'number' && typeof o.error_code === 'string') {
    const kind = SUPABASE_AUTH_ERRORS.get(o.error_code);
    if (kind !== undefined) return { kind, description: str(o.msg), scope: null, via: 'supabase-auth' };
  }
  // Atlassian's API gateway (api.atlassian.com) refusing a scoped API token or an OAuth 2.0 (3LO) token whose scopes do
  // not cover the endpoint: {"code":401,"message":"Unauthorized; scope does not match"} (raycast/extensions#11212,
  // PipedreamHQ/pipedream#20210). A 401, but the token was identified and its scopes fall short.
  if (o.code === 401 && o.message === 'Unauthorized; scope does not match') {
    return { kind: 'insufficient_scope', description: o.message, scope: null, via: 'atlassian' };
  }
  // Firebase Auth's token endpoint (securetoken.googleapis.com) refusing a refresh token: {"error":{"code":400,
  // "message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}} (awinogrodzki/next-firebase-auth-edge#21), which Firebase's
  // SDKs name ERROR_USER_TOKEN_EXPIRED, "the user's token has been revoked in the backend" (FirebaseAuthInvalidUserException's
  // reference): the refresh token no longer grants, as RFC 6749's invalid_grant says.
  if (isObject(error) && error.message === 'TOKEN_EXPIRED' && error.status === 'INVALID_ARGUMENT') {
    return { kind: 'invalid_grant', description: error.message, scope: null, via: 'firebase-auth' };
  }
  // Stripe refusing a secret key: {"error":{"message":"Invalid API Key provided: sk_test_********************1234",
  // "type":"invalid_request_error"}} (Stripe's API reference as mirrored in public docs and mocks). The message holds
  // part of the key, so it is not kept as the description. A key past its expiry is answered alike, with code
  // api_key_expired and "Expired API Key provided: rk_test_***123" (a Go client's test of Stripe's reply, with its
  // doc_url): the key's steps name expiry.
  const stripeMessage = isObject(error) && typeof error.type === 'string' ? str(error.message) : null;
  if (
    stripeMessage?.startsWith(STRIPE_INVALID_KEY) === true ||
    stripeMessage?.startsWith(STRIPE_EXPIRED_KEY) === true
  ) {
    return { kind: 'invalid_token', description: null, scope: null, via: 'stripe' };
  }
  // Okta's management API: {"errorCode":"E0000011","errorSummary":"Invalid token provided",…}
  if (o.errorCode === 'E0000011') {
    return { kind: 'invalid_token', description: str(o.errorSummary), scope: null, via: 'okta' };
  }
  // Okta's API refusing an identified caller: {"errorCode":"E0000006","errorSummary":"You do not have permission to
  // perform the requested action",…} (DefGuard/defguard#3556, a 403 from /api/v1/groups): a stated policy.deny.
  if (o.errorCode === 'E0000006') {
    return { kind: 'forbidden', description: str(o.errorSummary), scope: null, via: 'okta' };
  }
  // Apigee's OAuthV2 fault for a token it does not know (NHSDigital/identity-service-api's API tests):
  // {"fault":{"faultstring":"Invalid Access Token","detail":{"errorcode":"keymanagement.service.invalid_access_token"}}}
  const fault = o.fault;
  if (
    isObject(fault) &&
    isObject(fault.detail) &&
    fault.detail.errorcode === 'keymanagement.service.invalid_access_token'
  ) {
    return { kind: 'invalid_token', description: str(fault.faultstring), scope: null, via: 'apigee' };
  }
  // SimpleJWT (jazzband/djangorestframework-simplejwt rest_framework_simplejwt/authentication.py): no token class
  // accepted the token; each class's reason is in `messages`.
  if (o.detail === 'Given token not valid for any token type') {
    const messages = o.messages;
    const first = Array.isArray(messages) && isObject(messages[0]) ? str(messages[0].message) : null;
    return { kind: 'invalid_token', description: first, scope: null, via: 'simplejwt' };
  }
  // round 19b: Django REST framework's Japanese catalogue (encode/django-rest-framework
  // rest_framework/locale/ja/LC_MESSAGES/django.po), the `detail` of its replies under LANGUAGE_CODE = 'ja':
  // NotAuthenticated ("Authentication credentials were not provided."), AuthenticationFailed ("Incorrect
  // authentication credentials."), TokenAuthentication's "Invalid token." and PermissionDenied ("You do not have
  // permission to perform this action."). Only the whole detail counts, never the words inside a longer one.
  if (typeof o.detail === 'string') {
    let kind: StatedKind | null = null;
    switch (o.detail) {
      case '認証情報が含まれていません。':
        kind = 'unauthenticated';
        break;
      case '認証情報が正しくありません。':
      case '不正なトークンです。':
        kind = 'invalid_token';
        break;
      case 'このアクションを実行する権限がありません。':
        kind = 'forbidden';
        break;
    }
    if (kind !== null) return { kind, description: o.detail, scope: null, via: 'django-rest-framework' };
    // SimpleJWT's ja catalogue (rest_framework_simplejwt/locale/ja/LC_MESSAGES/django.po): "Given token not valid for
    // any token type", each token class's reason in `messages` as in English.
    if (o.detail === '指定されたトークンは、どのトークン・タイプでも有効ではない。') {
      const messages = o.messages;
      const first = Array.isArray(messages) && isObject(messages[0]) ? str(messages[0].message) : null;
      return { kind: 'invalid_token', description: first, scope: null, via: 'simplejwt' };
    }
  }
  // labstack/echo-jwt jwt.go (ErrJWTInvalid): Echo's {"message":…} for a token it extracted and then rejected; the
  // disjunction names no cause (docs/findings.md). "missing or malformed jwt" (ErrJWTMissing) judged no token.
  if (o.message === 'invalid or expired jwt') {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'echo-jwt' };
  }
  // bezkoder's Node.js Express JWT tutorials, whose verifyToken middleware many apps copy (find_string shows dozens):
  // `res.status(403).send({ message: "No token provided!" })` when it finds none (it reads `x-access-token`, so a token
  // sent in Authorization is not seen) and `res.status(401).send({ message: "Unauthorized!" })` when jwt.verify throws.
  // The exclamation marks are theirs: a plain "Unauthorized" states nothing.
  if (o.message === 'No token provided!') {
    return { kind: 'no_token', description: o.message, scope: null, via: 'bezkoder-tutorial' };
  }
  if (o.message === 'Unauthorized!') {
    return { kind: 'invalid_token', description: null, scope: null, via: 'bezkoder-tutorial' };
  }
  // Laravel's answer to an AuthenticationException on a JSON request (laravel/framework, Illuminate/Auth/
  // AuthenticationException.php: `$message = 'Unauthenticated.'`; Illuminate/Foundation/Exceptions/Handler.php
  // unauthenticated(): `response()->json(['message' => $exception->getMessage()], 401)`): the guard (Sanctum, Passport,
  // jwt-auth) found no user, with no token or with one it refused alike. The body is that one member, full stop included.
  if (o.message === 'Unauthenticated.' && Object.keys(o).length === 1) {
    return { kind: 'unauthenticated', description: null, scope: null, via: 'laravel' };
  }
  // Guardian's ErrorHandler as Phoenix apps write it after its guide (`send_resp(conn, 401, Jason.encode!(%{message:
  // to_string(type)}))`): the whole body is the failure's type, invalid_token for a token its plug refused (the
  // reason, :token_expired and the like, goes to the log), unauthenticated for none.
  if ((o.message === 'invalid_token' || o.message === 'unauthenticated') && Object.keys(o).length === 1) {
    return { kind: o.message, description: null, scope: null, via: 'guardian' };
  }
  // SuperTokens' session recipe (supertokens/supertokens-node lib/ts/recipe/session/utils.ts, sendNon200Response's
  // `{ message }`): "try refresh token" (401) when the access token failed verification, expired or not
  // (accessToken.ts throws TRY_REFRESH_TOKEN "Failed to verify access token" for either); "token theft detected" (401)
  // when a refresh token was reused, after it revoked the session; "invalid claim" (403, with claimValidationErrors)
  // when a session claim validator (a role, a permission, email verified) refused the session. Their words hold none of
  // the verifier scan's triggers, so they are read here, as the whole message only.
  if (o.message === 'try refresh token') {
    return { kind: 'invalid_token', description: o.message, scope: null, via: 'supertokens' };
  }
  if (o.message === 'token theft detected') {
    return { kind: 'invalid_grant', description: o.message, scope: null, via: 'supertokens' };
  }
  if (o.message === 'invalid claim') {
    return { kind: 'forbidden', description: o.message, scope: null, via: 'supertokens' };
  }
  // And "unauthorised" (its sessionExpiredStatusCode, 401) when no session exists: none sent, or one whose refresh token
  // expired or which was revoked (supertokens/docs' UnauthorizedError page). supertokens/supertokens-node#132's log
  // shows its 26 bytes, `GET /sessioninfo 401 0.905 ms - 26`, for a frontend whose apiDomain was not the API's origin.
  // No session is what it says, as "No token provided" says no token: its own step names both readings.
  if (o.message === 'unauthorised' && Object.keys(o).length === 1) {
    return { kind: 'no_token', description: o.message, scope: null, via: 'supertokens' };
  }
  // PocketBase's RequireRecordAuth / RequireAuth middlewares (pocketbase/pocketbase apis/middlewares.go; its API
  // docs' 401 examples): "The request requires valid record authorization token to be set." (0.22; "… token." since
  // 0.23). PocketBase drops a token it cannot verify without a word (a DEBUG "loadAuthToken failure" at most) and
  // answers as for none (pocketbase/pocketbase#3125), so the reply says only that no accepted token came.
  const pocketbase = typeof o.message === 'string' ? o.message : o.errorMessage;
  if (typeof pocketbase === 'string' && pocketbase.startsWith(POCKETBASE_UNAUTHENTICATED)) {
    return { kind: 'unauthenticated', description: pocketbase, scope: null, via: 'pocketbase' };
  }
  // Round audit-qq: SaaS APIs' own refusal bodies, each by its vendor's shape (parse/saas-bodies.ts).
  const saas = readSaasBody(o);
  if (saas !== null) return saas;
  // Round audit-ag: RPC frameworks' own error envelopes, and authorization services' denials (their modules).
  const rpc = readRpcBody(o);
  if (rpc !== null) return rpc;
  const decision = readAuthzDecision(o);
  if (decision !== null) return decision;
  // Apollo Client's ApolloError, printed as JSON, carries the reply's errors as `graphQLErrors`
  // (strapi/community-content#20: `Error: {"graphQLErrors":[…],"networkError":null,"message":"GraphQL error: …"}`).
  const errors = o.errors ?? (Array.isArray(o.graphQLErrors) ? o.graphQLErrors : undefined);
  // Intercom's error envelope {"type":"error.list","request_id":…,"errors":[{"code":…,"message":…}]}
  // (ChangeFinance/intercom_flutter#12 and intercom/intercom-node#27: `token_not_found` with "Unauthorized"), whose
  // `token_not_found` is "The token or API Key does not exist" (Intercom's REST API reference, Errors, Error Codes): a
  // token it does not know, as Apigee's invalid_access_token. Its other codes are left until a reply shows them.
  if (o.type === 'error.list' && Array.isArray(errors) && isObject(errors[0]) && errors[0].code === 'token_not_found') {
    return { kind: 'invalid_token', description: str(errors[0].message), scope: null, via: 'intercom' };
  }
  if (Array.isArray(errors)) {
    const n = Math.min(errors.length, MAX_GRAPHQL_ERRORS);
    for (let i = 0; i < n; i++) {
      const e = errors[i];
      if (!isObject(e)) continue;
      // The Docker / OCI registry's UNAUTHORIZED (distribution registry/api/errcode/register.go), the body the docker
      // CLI prints as "unauthorized: authentication required": {"errors":[{"code":"UNAUTHORIZED","message":
      // "authentication required","detail":…}]} (docker/for-mac#7584, decentralized-identity/universal-registrar#61).
      if (e.code === 'UNAUTHORIZED' && e.message === 'authentication required') {
        return { kind: 'unauthenticated', description: e.message, scope: null, via: 'docker-registry' };
      }
      // GitHub's GraphQL API names the error in the error's own `type`, not under extensions, and answers 200:
      // INSUFFICIENT_SCOPES "Your token has not been granted the required scopes to execute this query. The 'x' field
      // requires one of the following scopes: […]" (antfu-collective/sponsorkit#6, mntnr/name-your-contributors#67), and
      // FORBIDDEN "Resource not accessible by integration" (github-community-projects/contributors#492), its REST 403's
      // words above: the token's scopes or permissions fall short.
      if (
        e.type === 'INSUFFICIENT_SCOPES' ||
        (e.type === 'FORBIDDEN' &&
          (e.message === 'Resource not accessible by integration' ||
            e.message === 'Resource not accessible by personal access token'))
      ) {
        return { kind: 'insufficient_scope', description: str(e.message), scope: null, via: 'github' };
      }
      if (!isObject(e.extensions)) continue;
      const code = e.extensions.code;
      // Directus (directus/directus packages/errors/src/errors/token-expired.ts and invalid-token.ts; api/src/utils/
      // jwt.ts maps jsonwebtoken's TokenExpiredError and JsonWebTokenError to them): {"errors":[{"message":"Token
      // expired.","extensions":{"code":"TOKEN_EXPIRED"}}]} (401) and INVALID_TOKEN "Invalid token." (403)
      // (LaWebcapsule/d9#111, directus/directus#12275). Its INVALID_CREDENTIALS "Invalid user credentials." (401) is a
      // failed password login, or a token that is neither a Directus JWT nor an active user's static token
      // (api/src/utils/get-accountability-for-token.ts; directus/directus#11383 on /users/me): checks/body.ts drops
      // it where the paste shows the login request.
      if (code === 'TOKEN_EXPIRED' || code === 'INVALID_TOKEN' || code === 'INVALID_CREDENTIALS') {
        return { kind: 'invalid_token', description: str(e.message), scope: null, via: 'directus' };
      }
      // Shopify's Admin and Storefront GraphQL APIs deny a field the app's access scopes or the staff member's
      // permissions do not cover with ACCESS_DENIED, naming the scope since 2022-01 (shopify.dev changelog
      // "Authorization errors in mutations are refined"): "Access denied for shopifyqlQuery field. Required access:
      // `read_reports` access scope." (Shopify/shopify-api-ruby#1415; kirillplatonov/shopify_graphql#35). A named scope is
      // the token's shortfall; without one (an empty message, vercel/commerce#1220) it is a denial like FORBIDDEN.
      if (code === 'ACCESS_DENIED') {
        const description = str(e.message);
        const scope = description === null ? null : (SHOPIFY_REQUIRED_SCOPE.exec(description)?.[1] ?? null);
        return scope === null
          ? { kind: 'forbidden', description, scope: null, via: 'graphql' }
          : { kind: 'insufficient_scope', description, scope, via: 'graphql' };
      }
      // Strapi v3's GraphQL plugin wraps the users-permissions policy's Boom 403 ("Forbidden", from
      // strapi-plugin-users-permissions/config/policies/permissions.js handleErrors) as an INTERNAL_SERVER_ERROR whose
      // exception keeps Boom's output (strapi/community-content#20): the role's permissions, as the REST 403 says.
      if (code === 'INTERNAL_SERVER_ERROR' && strapiV3Forbidden(e.extensions.exception)) {
        return { kind: 'forbidden', description: null, scope: null, via: 'strapi' };
      }
      // Directus's ForbiddenError (directus/directus packages/errors/src/errors/forbidden.ts), "You don't have permission to
      // access this." under FORBIDDEN, 403: its permissions refused the caller's role, the Public role when no token came
      // (directus/directus#15698, #25056), and it says the same of an item or collection that does not exist (#14312).
      if (code === 'FORBIDDEN' && e.message === DIRECTUS_FORBIDDEN) {
        return { kind: 'forbidden', description: e.message, scope: null, via: 'directus' };
      }
      if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
        const description = str(e.message);
        return {
          kind: code === 'FORBIDDEN' ? 'forbidden' : judgesToken(description) ? 'invalid_token' : 'unauthenticated',
          description,
          scope: null,
          via: 'graphql',
        };
      }
    }
  }
  return null;
}

/** A Boom 403 whose stack is Strapi v3's users-permissions policy (see its reader in readOne). */
function strapiV3Forbidden(exception: unknown): boolean {
  if (!isObject(exception) || exception.isBoom !== true || !isObject(exception.output)) return false;
  if (exception.output.statusCode !== 403 || !Array.isArray(exception.stacktrace)) return false;
  const n = Math.min(exception.stacktrace.length, 8);
  for (let i = 0; i < n; i++) {
    const line = exception.stacktrace[i];
    if (typeof line === 'string' && line.includes('users-permissions')) return true;
  }
  return false;
}

/** Shopify's scope in its ACCESS_DENIED message, quoted in backticks or double quotes. */
const SHOPIFY_REQUIRED_SCOPE = /Required access: [`"]([a-z_]{1,60})[`"] access scope/;
