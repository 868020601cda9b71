import type { Context, Expectation } from '../context.js';
import { note } from '../evidence.js';
import { jsonText } from '../json-text.js';
import { literalAlternation } from '../literals.js';
import { statedFailingEnvironment } from '../parse/stated-environment.js';
import { proxyAssertion } from '../proxy-assertion.js';
import type { FindingData } from '../types.js';
import { cloudRunAudience } from './cloud-run.js';
import { COGNITO_ISSUER } from './cognito-authorizer.js';
import { defineCheck, finding } from './define.js';
import { graphAudience, graphReceiverAudiences } from './other-api.js';
import type { SelfSignedPlatform } from './platform-limits.js';
import { supabaseProjectKey } from './supabase.js';
import { isAwsUserClaims, isNonAccessToken } from './token-type.js';
import { uncheckedClaims } from './unchecked-claims.js';

export function audienceList(claims: Record<string, unknown>): string[] | null {
  const aud = claims.aud;
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string');
  return null;
}

/** How two issuer strings differ when they differ only cosmetically: what verifiers compare byte for byte. */
export function cosmeticDifference(a: string, b: string): 'trailing-slash' | 'case' | 'scheme' | null {
  if (a === b) return null;
  const strip = (s: string) => (s.endsWith('/') ? s.slice(0, -1) : s);
  if (strip(a) === strip(b)) return 'trailing-slash';
  if (strip(a).toLowerCase() === strip(b).toLowerCase()) return 'case';
  const noScheme = (s: string) =>
    strip(s)
      .replace(/^https?:\/\//i, '')
      .toLowerCase();
  if (/^https?:\/\//i.test(a) && /^https?:\/\//i.test(b) && noScheme(a) === noScheme(b)) return 'scheme';
  return null;
}

const ENVIRONMENT_WORDS = new Map<string, string>([
  ['staging', 'staging'],
  ['stage', 'staging'],
  ['stg', 'staging'],
  ['dev', 'dev'],
  ['develop', 'dev'],
  ['development', 'dev'],
  ['test', 'test'],
  ['testing', 'test'],
  ['qa', 'qa'],
  ['uat', 'uat'],
  ['sandbox', 'sandbox'],
  ['preprod', 'preprod'],
  ['nonprod', 'nonprod'],
  ['localhost', 'localhost'],
  ['local', 'localhost'],
  ['127', 'localhost'],
]);

/** The shortest and longest ENVIRONMENT_WORDS, and the characters they start with (see environmentWord). */
const WORD_LENGTHS = { min: 2, max: 11 };
/** By character code (ASCII): a table read rather than a Set lookup (the claims check 0.92-0.96× on the examples). */
const WORD_STARTS = new Uint8Array(128);
for (const w of ENVIRONMENT_WORDS.keys()) WORD_STARTS[w.charCodeAt(0)] = 1;
const startsWord = (c: number) => c < 128 && WORD_STARTS[c] === 1;
for (const w of ENVIRONMENT_WORDS.keys())
  if (w.length < WORD_LENGTHS.min || w.length > WORD_LENGTHS.max)
    throw new Error(`environment word ${w}: see WORD_LENGTHS`);

/** The environment a URL, host or audience string names, or 'production' when it names none. */
export function environmentOf(value: string): string {
  return environmentOfHost(value, hostOf(value));
}

/** environmentOf, given `hostOf(value)` already computed. */
function environmentOfHost(value: string, host: string | null): string {
  if (isLoopbackHost(value, host)) return 'localhost';
  return environmentWord(host === null ? value.toLowerCase() : withoutClusterDomain(host)) ?? 'production';
}

/** Kubernetes' default cluster domain, the end of every Service's in-cluster name. */
const CLUSTER_DOMAIN = '.cluster.local';

/**
 * A Service's in-cluster name, `<service>.<namespace>.svc.cluster.local` (kubernetes.io, "DNS for Services and Pods"),
 * names the cluster's DNS, not a developer's machine: its `local` is no environment, and only the service and namespace
 * words before it may name one (`keycloak.staging.svc.cluster.local`). An Istio rule's issuer by that name beside a token
 * whose iss is the same Keycloak's public host (keycloak/keycloak#17299) is one issuer reached two ways.
 */
function withoutClusterDomain(host: string): string {
  return host.endsWith(CLUSTER_DOMAIN) ? host.slice(0, -CLUSTER_DOMAIN.length) : host;
}

/** `.`, `-`, `_`, `:`, `/`: what separates the words of a host or URL. */
function isWordSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2f;
}

/**
 * The environment named by the first word of `lower` (words split on isWordSeparator) that names one.
 * A scan rather than `split(/[.\-_:/]+/)`: this runs for every iss/aud and reference compared.
 */
function environmentWord(lower: string): string | undefined {
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isWordSeparator(lower.charCodeAt(i))) continue;
    // Only a word of a listed length and first letter is looked up: most (`https`, `auth`, `com`) are not
    // sliced and hashed at all.
    const length = i - start;
    if (length >= WORD_LENGTHS.min && length <= WORD_LENGTHS.max && startsWord(lower.charCodeAt(start))) {
      const env = ENVIRONMENT_WORDS.get(lower.slice(start, i));
      if (env !== undefined) return env;
    }
    start = i + 1;
  }
  return undefined;
}

/** ASCII letters (what `[a-z]` matches under the `i` flag). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The host of a URL (`scheme://host…`) or of a bare domain (`api.example.com`), lower-cased, or null:
 * what `hostOfByRegex` below reads, with a character scan. It runs for every iss, aud and reference
 * compared; fast-paths.test.ts holds it to the regexes.
 */
export function hostOf(value: string): string | null {
  const n = value.length;
  if (n > 0 && isLetter(value.charCodeAt(0))) {
    // `[a-z][a-z0-9+.-]*://`: no scheme character is a colon, so the scheme ends at the first other one.
    // The loops never read past the end: V8's optimised code deoptimises on an out-of-bounds `charCodeAt`
    // and then calls the builtin for every read at that site (a bare domain ran into it: hostOf took 1.5×).
    let i = 1;
    while (i < n && isSchemeChar(value.charCodeAt(i))) i++;
    if (value.startsWith('://', i)) {
      // `([^/?#:]+)`: the host runs to the first of those.
      let end = i + 3;
      while (end < n && !endsHost(value.charCodeAt(end))) end++;
      if (end > i + 3) return value.slice(i + 3, end).toLowerCase();
    }
  }
  return isDomain(value) ? value.toLowerCase() : null;
}

/** `[a-z0-9+.-]` under the `i` flag. */
function isSchemeChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d;
}

/** `/`, `?`, `#`, `:`. */
function endsHost(c: number): boolean {
  return c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3a;
}

/** `^[a-z0-9-]+(\.[a-z0-9-]+)+$` under the `i` flag: labels of letters, digits and hyphens, two or more, one dot apart. */
function isDomain(value: string): boolean {
  let labels = 0;
  let length = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      if (length === 0) return false;
      labels++;
      length = 0;
    } else if (isLetter(c) || isDigit(c) || c === 0x2d) length++;
    else return false;
  }
  return labels >= 2;
}

/** What hostOf replaced, kept as the reference for its test. */
export function hostOfByRegex(value: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(value);
  if (m?.[1] !== undefined) return m[1].toLowerCase();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) return value.toLowerCase();
  return null;
}

/**
 * localhost, *.localhost, 127.0.0.0/8, [::1]: the word "local" in a real domain (local-bank.com) is not
 * one. `hostOfValue` is `hostOf(value)`, which the callers already have.
 */
function isLoopbackHost(value: string, hostOfValue: string | null): boolean {
  if (value.includes('[::1]') && /^[a-z][a-z0-9+.-]*:\/\/\[::1\]/i.test(value)) return true;
  // The regexes run only where their first characters are (`l`/`L`, `127`).
  const bareLocalhost = (value.charCodeAt(0) | 0x20) === 0x6c && /^localhost(?::\d+)?$/i.test(value);
  const host = hostOfValue ?? (bareLocalhost ? 'localhost' : null);
  return (
    host !== null &&
    (host === 'localhost' ||
      host.endsWith('.localhost') ||
      (host.startsWith('127') && /^127(?:\.\d{1,3}){3}$/.test(host)))
  );
}

/**
 * An access token with no aud whose client_id names its app client: one that says so (token_use "access"), or one a
 * Cognito user pool issued, whose ID tokens always carry aud and whose access tokens never do
 * (docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html).
 */
function cognitoAccessToken(claims: Record<string, unknown>, iss: string | null): boolean {
  if (claims.aud !== undefined || typeof claims.client_id !== 'string') return false;
  if (claims.token_use === 'access') return true;
  return claims.token_use === undefined && iss !== null && COGNITO_ISSUER.test(iss);
}

function baseDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

const PII_CLAIMS = [
  'email',
  'phone_number',
  'phone',
  'address',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'birthdate',
  'upn',
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function quote(name: string, value: unknown): string {
  const s = jsonText(value) ?? String(value);
  return `${name}: ${s.length > 120 ? `${s.slice(0, 117)}...` : s}`;
}

/** iss, aud, environment, sub and personal data (JWT Claim Audit). */
const CODES = [
  'claim.iss-trailing-slash',
  'claim.iss-mismatch',
  'claim.iss-missing',
  'claim.aud-mismatch',
  'claim.aud-missing',
  'claim.environment',
  'claim.sub-missing',
  'claim.pii',
] as const;
type Code = (typeof CODES)[number];

export const claimsCheck = defineCheck({
  id: 'claims',
  codes: CODES,
  run(ctx: Context, prior) {
    const claims = ctx.claims;
    if (claims === null) return ctx.cutClaims === null ? [] : cutClaimFindings(ctx, ctx.cutClaims);
    const out: FindingData<Code>[] = [];
    const src = ctx.claimsSource;
    // A DPoP proof or another JWT that is never an access token: the access token's claims it lacks are beside the point.
    const absentIsExpected = isNonAccessToken(prior, ctx);

    const iss = typeof claims.iss === 'string' ? claims.iss : null;
    const alb = isAwsUserClaims(ctx.header);
    // An ALB's (or Verified Access's) user-claims token states its issuer in the JWS header, not among the claims.
    if (
      !('iss' in claims) &&
      !absentIsExpected &&
      !(alb && typeof ctx.header?.iss === 'string') &&
      !uncheckedClaims(ctx, claims).iss
    )
      out.push(finding('claim.iss-missing', {}, note('claim-absent', { claim: 'iss' }), src));
    // An iss that is not a string (a number, an object) matches no expected issuer: compare its JSON.
    const issText = iss ?? ('iss' in claims ? (jsonText(claims.iss) ?? String(claims.iss)) : null);
    if (issText !== null && ctx.expected.issuers.length > 0 && !ctx.expected.issuers.some((e) => e.value === issText)) {
      const near = iss === null ? null : nearest(ctx.expected.issuers, iss);
      if (near !== null && iss !== null) {
        out.push(trailingSlashFinding(near, iss, src));
      } else {
        const first = ctx.expected.issuers[0] as Expectation;
        const version =
          iss === null || graphAudience(claims.aud) !== null
            ? null
            : entraVersionSwap(
                iss,
                ctx.expected.issuers.map((e) => e.value),
              );
        out.push(
          finding(
            'claim.iss-mismatch',
            {
              iss: issText,
              expected: ctx.expected.issuers.map((e) => e.value),
              ...via(first),
              ...fromWriter(first),
              ...(version === null ? {} : { entraTokenVersion: version }),
            },
            evidenceFor(first, quote('iss', claims.iss)),
            sourceFor(first, src),
          ),
        );
      }
    }

    // A Cognito access token has no aud: its client_id holds the app client id an ID token's aud holds, and is what
    // Cognito's verifiers compare (docs.aws.amazon.com/verifiedpermissions/latest/userguide/cognito-validation.html;
    // awslabs/aws-jwt-verify src/cognito-verifier.ts validateCognitoJwtFields: `clientId` is checked against aud only
    // when token_use is "id", else against client_id).
    const cognitoClient = cognitoAccessToken(claims, iss);
    const aud = cognitoClient ? [claims.client_id as string] : audienceList(claims);
    const audClaim = cognitoClient ? 'client_id' : 'aud';
    // `"aud": []` names no audience at all: a verifier that checks audience rejects it like a missing one.
    if (aud === null || aud.length === 0) {
      // A receiver that checks no audience unless configured to (Supabase, Snowflake, APNs, Centrifugo…).
      if (!absentIsExpected && !alb && !uncheckedClaims(ctx, claims).aud)
        out.push(
          finding(
            'claim.aud-missing',
            {},
            aud === null ? note('claim-absent', { claim: 'aud' }) : quote('aud', claims.aud),
            src,
          ),
        );
    } else if (ctx.expected.audiences.length > 0 && !ctx.expected.audiences.some((e) => aud.includes(e.value))) {
      const first = ctx.expected.audiences[0] as Expectation;
      // A client id is not a URL that a slash or a scheme could tell apart: only an aud is compared so.
      const near = cognitoClient ? null : nearAudience(aud, ctx.expected.audiences);
      out.push(
        finding(
          'claim.aud-mismatch',
          {
            aud,
            expected: ctx.expected.audiences.map((e) => e.value),
            ...via(first),
            ...fromWriter(first),
            ...(cognitoClient ? { compared: 'cognito-client_id' as const } : {}),
            ...(near === null ? {} : { near }),
            ...proxyAssertion(
              ctx,
              aud,
              ctx.expected.audiences.map((e) => e.value),
            ),
          },
          evidenceFor(first, quote(audClaim, claims[audClaim])),
          sourceFor(first, src),
        ),
      );
    } else if (ctx.expected.audiences.length === 0 && !succeeded(ctx)) {
      // No expectation given, but a Cloud Run URL as the request's host names the one its front door checks.
      const receiver = cloudRunAudience(ctx, claims);
      // Microsoft Graph validates only tokens issued for it: one for another API (Azure AD Graph's `00000002-…` among
      // them: Graph answers "Access token validation failure.") is refused by its audience.
      const graph =
        receiver === null && graphAudience(claims.aud) === null ? graphReceiverAudiences(ctx.requestHost) : null;
      if (receiver !== null)
        out.push(
          finding(
            'claim.aud-mismatch',
            { aud, expected: [receiver], receiver: 'cloud-run' },
            quote('aud', claims.aud),
            src,
          ),
        );
      else if (graph !== null) {
        // Graph naming a cause of its own ("Access token has expired or is not yet valid.") is the lead; the audience
        // is still wrong for Graph, said after it.
        const stated =
          ctx.hits.some(({ hit }) => hit.code !== 'challenge.invalid-token' && hit.code !== 'token.missing') ||
          ctx.stated.some((e) => e.description !== null && GRAPH_TIME_WORDS.test(e.description));
        out.push(
          finding(
            'claim.aud-mismatch',
            { aud, expected: graph, receiver: 'microsoft-graph' },
            quote('aud', claims.aud),
            src,
            stated ? 'warning' : undefined,
          ),
        );
      }
    }

    const env = environmentFinding(ctx, iss, aud);
    if (env !== null) out.push(env);

    if (!('sub' in claims) && !absentIsExpected && !uncheckedClaims(ctx, claims).sub) {
      // A Supabase project key (anon, service_role) names a role, never a user: saying so is the step.
      const supabaseKey = supabaseProjectKey(claims);
      out.push(
        finding(
          'claim.sub-missing',
          supabaseKey === null ? {} : { supabaseKey },
          note('claim-absent', { claim: 'sub' }),
          src,
        ),
      );
    }
    // Keys and values side by side rather than entries (no pair arrays; values, not `claims[k]`, so an own
    // `__proto__` claim reads as itself), and the regex only where an `@` makes it possible.
    const names = Object.keys(claims);
    const values = Object.values(claims);
    // `c in claims` is an own key here: decoded claims are plain objects, and no PII name is one of
    // Object.prototype's. Searching the few names beats a lookup per PII name on every shape of claims.
    const pii = PII_CLAIMS.filter((c) => names.includes(c));
    for (let i = 0; i < names.length; i++) {
      const k = names[i] as string;
      const v = values[i];
      if (typeof v === 'string' && v.length < 256 && v.includes('@') && !pii.includes(k) && EMAIL.test(v)) pii.push(k);
    }
    if (pii.length > 0) out.push(finding('claim.pii', { claims: pii }, note('claims-present', { claims: pii }), src));
    return out;
  },
});

/** Entra ID's v1.0 and v2.0 access-token issuers (learn.microsoft.com, "Access tokens in the Microsoft identity platform": iss). */
const ENTRA_V1 = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/$/i;
const ENTRA_V2 = /^https:\/\/login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0$/i;

/**
 * The token's Entra ID access-token version when `iss` is one version's issuer and an expected issuer the other
 * version's, for the same tenant: the API's app registration decides which version its tokens are
 * (`accessTokenAcceptedVersion`, `api.requestedAccessTokenVersion`; MicrosoftDocs entra-docs,
 * includes/scenarios/accepted-token-versions.md: "The web API specifies which token version it accepts"), so the fix is
 * there or in the API's valid issuers, not in the client. Null otherwise (another tenant is another issuer).
 */
export function entraVersionSwap(iss: string, expected: readonly string[]): '1.0' | '2.0' | null {
  const v1 = ENTRA_V1.exec(iss);
  const v2 = v1 === null ? ENTRA_V2.exec(iss) : null;
  const tenant = (v1 ?? v2)?.[1]?.toLowerCase();
  if (tenant === undefined) return null;
  const other = v1 !== null ? ENTRA_V2 : ENTRA_V1;
  for (const e of expected) if (other.exec(e)?.[1]?.toLowerCase() === tenant) return v1 !== null ? '1.0' : '2.0';
  return null;
}

/** Graph's lifetime refusal, "Access token has expired or is not yet valid.": a cause of its own, not the audience. */
const GRAPH_TIME_WORDS = /\bexpired\b|not yet valid/i;

function via(e: Expectation): { via?: string } {
  return e.source === 'options' || e.source === 'platform' || e.via === undefined ? {} : { via: e.via };
}

/**
 * An expectation the writer's words state (parse/stated-expectation.ts), or the platform's own rule for the JWT its
 * caller signs (checks/platform-limits.ts): the finding says where it came from.
 */
function fromWriter(e: Expectation): { expectedFrom?: 'writer' | 'platform'; platform?: SelfSignedPlatform } {
  if (e.source === 'platform') return { expectedFrom: 'platform', platform: e.platform };
  return e.source === 'config' && e.writer === true ? { expectedFrom: 'writer' } : {};
}

function evidenceFor(e: Expectation, claimEvidence: string): string {
  return e.source === 'options' || e.source === 'platform' ? claimEvidence : e.evidence;
}

function sourceFor(e: Expectation, claimSource: FindingData['source']): FindingData['source'] {
  // A pasted setting is the caller's expectation in another form: inference against the token, as an option is.
  return e.source === 'options' || e.source === 'platform' ? claimSource : e.source === 'config' ? 'options' : e.source;
}

function nearest(expected: Expectation[], iss: string) {
  for (const e of expected) {
    const difference = cosmeticDifference(iss, e.value);
    if (difference !== null) return { expectation: e, difference };
  }
  return null;
}

/**
 * The first of the token's audiences that differs from an expected one only cosmetically, with that one. RFC 7519
 * §4.1.3 and §2 (StringOrURI): audiences are compared as case-sensitive strings with no canonicalisation, as
 * jsonwebtoken's verify.js does (`targetAudience === aud`): a slash, a letter's case or the scheme is enough to refuse.
 */
function nearAudience(aud: readonly string[], expected: readonly Expectation[]) {
  for (const a of aud) {
    for (const e of expected) {
      const difference = cosmeticDifference(a, e.value);
      if (difference !== null) return { aud: a, expected: e.value, difference };
    }
  }
  return null;
}

/** A string compared for its environment: the environment it names (environmentOf) and, once read, its host. */
interface Named {
  value: string;
  env: string;
  /** hostOf(value); undefined until asked for (most comparisons need only the environments). */
  host: string | null | undefined;
}

/**
 * What every string naming an environment other than production holds, ASCII case aside: an ENVIRONMENT_WORDS word
 * (those holding another dropped) or what isLoopbackHost reads (`localhost`, `127`, `[::1]`). Lower-casing maps no
 * other character onto these letters (only U+212A, the Kelvin sign, and U+0130's `i` before a combining dot lower to
 * ASCII letters), so the host's words are in the string itself.
 */
const MAY_NAME_ENVIRONMENT = literalAlternation(
  [...ENVIRONMENT_WORDS.keys(), '[::1]'].filter((w, _, all) => !all.some((other) => other !== w && w.includes(other))),
  'i',
);

/** Whether `value` may name an environment other than production (MAY_NAME_ENVIRONMENT; fast-paths.test.ts). */
export function mayNameEnvironment(value: string): boolean {
  return MAY_NAME_ENVIRONMENT.test(value);
}

/**
 * Each string's environment, and its host, read once per diagnosis: the same few strings (iss, each aud, the
 * references) are compared pairwise, and the writer's words are then held against iss and aud again. A string that
 * cannot name an environment (MAY_NAME_ENVIRONMENT) is production without reading its host: hostOf and the word scan
 * were most of the claims check, which this made 0.4x on the shipped examples. A list, not a Map: a handful of strings
 * are compared faster than a fresh string (a claim's value) is hashed.
 */
class Environments {
  private readonly seen: Named[] = [];

  of(value: string): Named {
    for (const a of this.seen) if (a.value === value) return a;
    let a: Named;
    if (mayNameEnvironment(value)) {
      const host = hostOf(value);
      a = { value, env: environmentOfHost(value, host), host };
    } else a = { value, env: 'production', host: undefined };
    this.seen.push(a);
    return a;
  }

  hostOf(a: Named): string | null {
    if (a.host === undefined) a.host = hostOf(a.value);
    return a.host;
  }
}

/**
 * iss or aud pointing at another environment than what the caller expects or the request's host.
 * The request host alone counts only when it shares the token host's base domain: a dev API may well
 * trust a shared production identity provider on another domain.
 */
function environmentFinding(
  ctx: Context,
  iss: string | null,
  aud: string[] | null,
): FindingData<'claim.environment'> | null {
  const environments = new Environments();
  // iss against the expected issuers, then aud against the expected audiences, then both against the request's host
  // (the order the findings are looked for in).
  for (const e of ctx.expected.issuers) {
    const f = iss === null ? null : environmentAgainst(ctx, environments, 'iss', iss, e.value, false);
    if (f !== null) return f;
  }
  for (const e of ctx.expected.audiences)
    for (const value of aud ?? []) {
      const f = environmentAgainst(ctx, environments, 'aud', value, e.value, false);
      if (f !== null) return f;
    }
  const host = ctx.requestHost;
  if (host !== null) {
    const f = iss === null ? null : environmentAgainst(ctx, environments, 'iss', iss, host, true);
    if (f !== null) return f;
    for (const value of aud ?? []) {
      const f = environmentAgainst(ctx, environments, 'aud', value, host, true);
      if (f !== null) return f;
    }
  }
  return statedEnvironmentFinding(ctx, environments, iss, aud);
}

/** One claim's value against one reference (an expected value, or the request's host with `sameDomainOnly`). */
function environmentAgainst(
  ctx: Context,
  environments: Environments,
  claim: 'iss' | 'aud',
  value: string,
  against: string,
  sameDomainOnly: boolean,
): FindingData<'claim.environment'> | null {
  const v = environments.of(value);
  const r = environments.of(against);
  if (v.env === r.env) return null;
  // A bare name (a client id as aud: "mcp-client", "account") is production only by default: it names no host and no
  // environment, so it says nothing against a local or staging expectation (the aud mismatch says what there is).
  // So is a Google OAuth client id (`<number>-<id>.apps.googleusercontent.com`, the aud of a Google ID token refused by
  // a Firebase project, flutter/flutter#81536): a client, under Google's domain, not a host of the reader's.
  if (v.env === 'production' && (environments.hostOf(v) === null || value.endsWith('.apps.googleusercontent.com')))
    return null;
  // A token minted on a developer's machine is never meant for another host, whatever the domains.
  if (sameDomainOnly && !isLoopbackHost(value, environments.hostOf(v))) {
    const vh = environments.hostOf(v);
    const rh = environments.hostOf(r);
    if (vh === null || rh === null || baseDomain(vh) !== baseDomain(rh)) return null;
  }
  return finding(
    'claim.environment',
    { claim, value, environment: v.env, against },
    quote(claim, value),
    ctx.claimsSource,
  );
}

/**
 * "本番でだけ 401" beside a token whose iss is a staging issuer's: the environment the writer says fails
 * (parse/stated-environment.ts) against the one the token's iss or aud names. Only a named environment on the token's
 * side counts (an iss that names none is production by default, which a prose "prod" would not contradict).
 */
function statedEnvironmentFinding(
  ctx: Context,
  environments: Environments,
  iss: string | null,
  aud: string[] | null,
): FindingData<'claim.environment'> | null {
  // An iss that names no environment is production only by default: it contradicts no one's words. So the paste's
  // prose is read only for a token that names one (most name none, and then no text is searched at all).
  const named: Array<['iss' | 'aud', string, string]> = [];
  if (iss !== null) {
    const env = environments.of(iss).env;
    if (env !== 'production') named.push(['iss', iss, env]);
  }
  for (const a of aud ?? []) {
    const env = environments.of(a).env;
    if (env !== 'production') named.push(['aud', a, env]);
  }
  if (named.length === 0) return null;
  const stated = statedFailingEnvironment(ctx.lower);
  if (stated === null) return null;
  for (const [claim, value, env] of named) {
    if (env === stated.env) continue;
    return finding(
      'claim.environment',
      { claim, value, environment: env, against: ctx.text.slice(stated.start, stated.end) },
      quote(claim, value),
      ctx.claimsSource,
    );
  }
  return null;
}

/** claim.iss-trailing-slash for an iss that differs from an expected issuer only as `nearest` found. */
function trailingSlashFinding(
  near: NonNullable<ReturnType<typeof nearest>>,
  iss: string,
  src: Context['claimsSource'],
): FindingData<Code> {
  return finding(
    'claim.iss-trailing-slash',
    { iss, expected: near.expectation.value, difference: near.difference, ...via(near.expectation) },
    evidenceFor(near.expectation, quote('iss', iss)),
    sourceFor(near.expectation, src),
  );
}

/**
 * A cut payload's iss and aud, each read whole, against what is expected: a value that differs is a fact. Nothing is
 * said of a claim the cut payload lacks (it may follow the cut), nor what reading it needs another claim that may
 * (the Entra version hint weighs aud; Cognito's client_id stands in only for a token without aud).
 */
function cutClaimFindings(ctx: Context, claims: Readonly<Record<string, unknown>>): FindingData<Code>[] {
  const out: FindingData<Code>[] = [];
  const src = ctx.claimsSource;
  const iss = typeof claims.iss === 'string' ? claims.iss : null;
  if (iss !== null && ctx.expected.issuers.length > 0 && !ctx.expected.issuers.some((e) => e.value === iss)) {
    const near = nearest(ctx.expected.issuers, iss);
    const first = ctx.expected.issuers[0] as Expectation;
    out.push(
      near !== null
        ? trailingSlashFinding(near, iss, src)
        : finding(
            'claim.iss-mismatch',
            { iss, expected: ctx.expected.issuers.map((e) => e.value), ...via(first) },
            evidenceFor(first, quote('iss', iss)),
            sourceFor(first, src),
          ),
    );
  }
  const listed = 'aud' in claims ? audienceList(claims) : null;
  const aud = listed === null || listed.length === 0 ? null : listed;
  if (aud !== null && ctx.expected.audiences.length > 0 && !ctx.expected.audiences.some((e) => aud.includes(e.value))) {
    const first = ctx.expected.audiences[0] as Expectation;
    const near = nearAudience(aud, ctx.expected.audiences);
    out.push(
      finding(
        'claim.aud-mismatch',
        {
          aud,
          expected: ctx.expected.audiences.map((e) => e.value),
          ...via(first),
          ...(near === null ? {} : { near }),
        },
        evidenceFor(first, quote('aud', claims.aud)),
        sourceFor(first, src),
      ),
    );
  }
  const env = environmentFinding(ctx, iss, aud);
  if (env !== null) out.push(env);
  return out;
}

/** The paste shows the request succeeded (a 2xx): nothing was refused. */
function succeeded(ctx: Context): boolean {
  const code = ctx.http.status?.code;
  return code !== undefined && code >= 200 && code < 300;
}
