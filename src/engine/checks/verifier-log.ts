import type {
  AuthzFormatProblem,
  ClientCredentials,
  CodeArgs,
  JwtAssertionProblem,
  SignedRequest,
  Workload,
} from '../args.js';
import type { Context, LogHit } from '../context.js';
import { SIGV4_SCHEME } from '../parse/authorization.js';
import { assertionNamed } from '../parse/verifier-messages/federation.js';
import { MATCHERS } from '../parse/verifier-messages/index.js';
import { type MsalLibrary, msalOf } from '../parse/verifier-messages/interaction.js';
import { TWILIO_REASON_WORDS } from '../parse/verifier-messages/media-sdks.js';
import { NO_AUDIENCE, NOT_STRING } from '../parse/verifier-messages/python.js';
import { ROW_CODES } from '../parse/verifier-messages/row-codes.js';
import { UNATTRIBUTED } from '../parse/verifier-messages/unattributed.js';
import type { VerifierArgs } from '../parse/verifier-messages.js';
import { proxyAssertion } from '../proxy-assertion.js';
import type { FindingData } from '../types.js';
import { entraVersionSwap } from './claims.js';
import { clientCertificateEarly, clientCertificateExpired } from './client-certificate.js';
import { nonJwtCredential } from './credential-kind.js';
import { defineCheck, finding } from './define.js';
import { deniedPermission } from './gcp-permission.js';
import { sentArgs } from './header-drop.js';
import { isKeyRefusal, KEYED_BY_RESTRICTION } from './key-refusal.js';
import { envoyDenialArgs } from './mesh-denial.js';
import { opaqueIssuerNamed } from './opaque-issuer.js';
import { assertionKeyReason, platformNamed } from './platform-limits.js';
import { GATEWAY_LIBRARIES } from './proxy.js';
import { refusedRefreshArgs } from './refresh-provider.js';
import { csrfRejected } from './request.js';
import { endpointWords, saidArg, saidOnLine } from './said-oauth-error.js';
import { caseOnlyArgs, grantedScopes, requiredScopes } from './scope.js';
import { serviceNotEnabledArgs } from './service-enablement.js';
import {
  isSignedUrlReason,
  signedUrlEarly,
  signedUrlExpired,
  signedUrlTooLong,
  storageSasOf,
} from './signed-url-times.js';
import { statedExpiryArgs, statedIssuedAtArgs, statedNotBeforeArgs } from './stated-time.js';
import { otherSupabaseProject, supabaseProjectKey } from './supabase.js';
import { senderOfVia } from './telemetry-sender.js';
import { tokenSeenArgs } from './token-judged.js';

/**
 * Turns what a verifier or gateway said (a log line, a response body, an `error_description`) into the
 * finding of the cause it names. Server-stated evidence outranks inference (findings.md), so these rank
 * first; where the token says the same thing, the two are merged into one finding later.
 */
// What the rows can name (parse/verifier-messages/row-codes.ts) is what this check reports: toFinding's switch is
// exhaustive over it, so no row names a code that is dropped here.

/** Products whose session credential is a JWT: a decoded one in the paste is checked as such, not described. */
const JWT_SESSION_LIBRARIES: ReadonlySet<string> = new Set(['home-assistant', 'epic-games']);
const CODES = ROW_CODES;
type Code = (typeof CODES)[number];

export const verifierLogCheck = defineCheck({
  id: 'verifier-log',
  codes: CODES,
  run(ctx: Context) {
    const out: FindingData[] = [];
    // A signed request's receiver names its scheme (webhooks.ts); a bare "Invalid signature" beside it (a traceback's
    // quoted source line, line/line-bot-sdk-python#30) is the same refusal, not a token's: the scheme's words stand.
    const signedNamed = ctx.hits.some((h) => h.hit.code === 'signature.invalid' && h.hit.args.signedBy !== undefined);
    // istiod pushed its placeholder key set (gateways.ts): that is why the sidecar found no key for the token's kid, so
    // its "Jwks doesn't have key to match kid" is the key set's failure, said once.
    const istiodKeys = ctx.hits.some((h) => h.hit.code === 'key.jwks-unavailable' && h.hit.args.reason === 'istiod');
    for (const h of ctx.hits) {
      if (
        signedNamed &&
        h.hit.code === 'signature.invalid' &&
        h.hit.args.signedBy === undefined &&
        h.hit.args.reason === undefined
      )
        continue;
      if (istiodKeys && h.hit.id === ENVOY_KID_MISMATCH) continue;
      const f = toFinding(ctx, h);
      if (f !== null) out.push(f);
    }
    if (ctx.json.some((j) => isInactiveIntrospection(j.value))) {
      // RFC 7662 introspection answer for a revoked, expired or unknown token.
      out.push(finding('token.revoked', { via: 'introspection' }, '"active": false', 'log'));
    }
    return out as FindingData<Code>[];
  },
});

/** Envoy's "Jwks doesn't have key to match kid or alg from Jwt" (verifier-messages/gateways.ts). */
const ENVOY_KID_MISMATCH = 'envoy.JwksKidAlgMismatch';

/** The pasted token's nbf is still ahead of the reference time, beyond the skew. */
function notYetValid(ctx: Context): boolean {
  const nbf = ctx.claims?.nbf;
  return typeof nbf === 'number' && ctx.now !== null && nbf - ctx.skewSeconds > ctx.now;
}

/** Each row's kind by its id (a message, a class name, a code), built on first use: what a hit's words are. */
let kinds: Map<string, string> | null = null;
function rowKind(id: string): string | undefined {
  if (kinds === null) kinds = new Map(MATCHERS.map((m) => [m.id, m.kind]));
  return kinds.get(id);
}

/** A token endpoint's own words a row read, secrets replaced (said-oauth-error.ts's endpointWords). */
function wordsOf(ctx: Context, hit: LogHit['hit']): string | null {
  const words = endpointWords(ctx.text, hit, rowKind(hit.id));
  return words === null ? null : ctx.redactor.redact(words);
}

/*
 * Each args object is written out whole, `via` first: spreading a shared `{ via }` and adding to it was
 * the costliest line of this check (on Node 20 a spread copy that gains properties takes V8's slow path).
 */
function toFinding(ctx: Context, { hit, source, evidence }: LogHit): FindingData | null {
  // Words no library can be told by (parse/verifier-messages/unattributed.ts): the finding names none.
  if (hit.library === UNATTRIBUTED && hit.code === 'time.expired')
    return finding(hit.code, statedExpiryArgs(ctx, undefined, false), evidence, source);
  // Its words for a refused token are its description, as a reply's error_description would be.
  if (hit.library === UNATTRIBUTED && hit.code === 'challenge.invalid-token')
    return finding(
      hit.code,
      { description: ctx.text.slice(hit.start, hit.end), ownWords: true, ...tokenSeenArgs(ctx) },
      evidence,
      source,
    );
  if (hit.library === UNATTRIBUTED && hit.code === 'signature.invalid')
    return finding(
      hit.code,
      oauth1Signed(ctx) ? { kid: null, signedRequest: 'oauth1' } : { kid: null },
      evidence,
      source,
    );
  const via = hit.library;
  const a = hit.args;
  switch (hit.code) {
    case 'time.expired':
      // Keycloak's "not active" is exp or nbf (TokenVerifier.IS_ACTIVE): a pasted token not valid yet says which.
      if (a.reason === 'not-active' && notYetValid(ctx))
        return finding('time.not-yet-valid', statedNotBeforeArgs(ctx, via), evidence, source);
      if (a.reason === 'no-refresh-token')
        return finding(hit.code, { ...statedExpiryArgs(ctx, via, false), noRefreshToken: true }, evidence, source);
      if (a.reason === 'client-certificate') return clientCertificateExpired(ctx, via, a.at, a.now, evidence, source);
      if (isSignedUrlReason(a.reason)) return signedUrlExpired(ctx, via, a, evidence, source);
      {
        // AWS's session credentials, Elasticsearch's API key and Snowflake's session have expirations of their own and
        // no exp a pasted JWT could give: the words name the credential instead.
        const credential =
          a.reason === 'aws-session'
            ? { awsSession: true as const }
            : hit.id === 'elasticsearch.api-key-expired'
              ? { esApiKey: true as const }
              : hit.id === 'snowflake.session-expired' || hit.id === 'snowflake.session-gone'
                ? { snowflakeSession: true as const }
                : null;
        if (credential !== null)
          return finding(
            hit.code,
            { via, exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge: false, ...credential },
            evidence,
            source,
          );
      }
      {
        // The platform's own refusal of the JWT its caller signs (APNs counts from iat, an hour): its minting step.
        const platform = platformNamed(a.reason);
        if (platform !== null) {
          const args: CodeArgs['time.expired'] = {
            ...statedExpiryArgs(ctx, via, platform.maxAgeSeconds !== undefined),
            platform: platform.id,
          };
          if (platform.maxAgeSeconds !== undefined) args.limitSeconds = platform.maxAgeSeconds;
          return finding(hit.code, args, evidence, source);
        }
      }
      return finding(hit.code, statedExpiryArgs(ctx, via, a.reason === 'max-age', a.at, a.now), evidence, source);
    case 'time.not-yet-valid':
      if (a.reason === 'client-certificate') return clientCertificateEarly(ctx, via, a.at, a.now, evidence, source);
      if (isSignedUrlReason(a.reason)) return signedUrlEarly(ctx, via, a, evidence, source);
      return finding(hit.code, statedNotBeforeArgs(ctx, via, a.at), evidence, source);
    case 'time.issued-in-future':
      return finding(hit.code, statedIssuedAtArgs(ctx, via, a.at), evidence, source);
    case 'time.invalid':
      return finding(hit.code, { via, claim: a.claim ?? null, value: null }, evidence, source);
    case 'time.inconsistent':
      return finding(hit.code, { via, claim: a.claim ?? null, value: null, exp: null }, evidence, source);
    case 'claim.sub-missing': {
      // Supabase Auth refusing its project's anon or service_role key for the user it does not name.
      const supabaseKey = supabaseProjectKey(ctx.claims);
      const args = supabaseKey === null ? { via } : { via, supabaseKey };
      return finding(hit.code, args, evidence, source, 'error');
    }
    case 'time.no-exp':
    case 'claim.aud-missing':
    case 'claim.iss-missing':
      // A verifier that rejects for a missing claim makes it the cause, whatever the catalogue's default severity.
      return finding(hit.code, { via }, evidence, source, 'error');
    case 'claim.required-missing':
      // A verifier that names the claim's value as wrong (kube-apiserver's "oidc: email not verified", a required
      // claim whose value differs) says the claim is there: "missing" would send the reader to add it.
      return finding(
        hit.code,
        a.reason === NOT_STRING
          ? { via, claim: a.claim ?? null, mismatch: true, notString: true }
          : a.reason === 'mismatch'
            ? { via, claim: a.claim ?? null, mismatch: true }
            : { via, claim: a.claim ?? null },
        evidence,
        source,
      );
    // What the verifier says it got describes the token it rejected; a pasted token may be another one
    // (an older copy, a colleague's), so the log's value wins and the decoded claim fills in when it is silent.
    case 'claim.aud-mismatch': {
      // API Gateway's HTTP API JWT authorizer compares client_id with its audience list when the token has no aud, as a
      // Cognito access token has none (docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-
      // jwt.html: "the JWT's aud or client_id claim must match one of the audience entries that's configured for the
      // authorizer. API Gateway validates client_id only if aud is not present").
      const clientId = hit.library === 'aws-apigateway' && a.actual === undefined ? audlessClientId(ctx.claims) : null;
      if (clientId !== null)
        return finding(
          hit.code,
          { via, aud: [clientId], expected: a.expected ?? [], compared: 'client_id' },
          evidence,
          source,
        );
      // A cut payload's claims were each read whole: its aud is the token's (ctx.presentClaims).
      const aud =
        a.actual !== undefined ? a.actual.split(/,\s*/) : ctx.presentClaims === null ? [] : audOf(ctx.presentClaims);
      const expected = a.expected ?? [];
      return finding(
        hit.code,
        a.reason === 'federation'
          ? { via, aud, expected, federation: true }
          : // python-jose raises PyJWT 1.x's words for both causes (jose/jwt.py _validate_aud): the step says so.
            a.reason === NO_AUDIENCE && (hit.library === 'pyjwt' || hit.library === 'python-jose')
            ? { via, aud, expected, noAudiencePassed: true }
            : {
                via,
                aud,
                expected,
                ...proxyAssertion(ctx, aud, expected),
                ...(aud.length === 0 && expected.length === 0 && piiHidden(ctx, hit)
                  ? { piiHidden: true as const }
                  : {}),
              },
        evidence,
        source,
      );
    }
    case 'claim.iss-mismatch': {
      const iss = a.actual ?? (typeof ctx.presentClaims?.iss === 'string' ? ctx.presentClaims.iss : null);
      const expected = a.expected ?? [];
      // IDX10205 naming a v1.0 issuer against a v2.0 one of the same tenant (or the reverse): the API's app
      // registration decides the version, as for a decoded token (claims.ts).
      const version = iss === null ? null : entraVersionSwap(iss, expected);
      return finding(
        hit.code,
        {
          via,
          iss,
          expected,
          ...(version === null ? {} : { entraTokenVersion: version }),
          ...(a.reason === 'federation' ? { federation: true as const } : {}),
          ...(a.reason === 'b2c-tfp' ? { b2cTfp: true as const } : {}),
          ...(iss === null && expected.length === 0 && a.reason !== 'b2c-tfp' && piiHidden(ctx, hit)
            ? { piiHidden: true as const }
            : {}),
        },
        evidence,
        source,
      );
    }
    case 'time.long-lifetime': {
      if (isSignedUrlReason(a.reason)) return signedUrlTooLong(ctx, via, evidence, source);
      const exp = typeof ctx.presentClaims?.exp === 'number' ? ctx.presentClaims.exp : null;
      const iat = typeof ctx.presentClaims?.iat === 'number' ? ctx.presentClaims.iat : null;
      const args: CodeArgs['time.long-lifetime'] = { via, ttlSeconds: exp !== null && iat !== null ? exp - iat : null };
      if (a.reason === 'client-assertion-no-iat') args.assertionNoIat = true;
      const platform = platformNamed(a.reason);
      if (platform?.maxLifetimeSeconds !== undefined) {
        args.platform = platform.id;
        args.limitSeconds = platform.maxLifetimeSeconds;
      }
      return finding(hit.code, args, evidence, source, 'error');
    }
    case 'token.id-token':
      return finding(hit.code, { via, indicators: a.reason === undefined ? [] : [a.reason] }, evidence, source);
    case 'token.jwe':
    case 'token.jwe-undecryptable':
      return finding(hit.code, jweArgs(via, ctx.header), evidence, source);
    case 'token.type-mismatch':
      // A DPoP proof's `typ` is checked with the same words (jose's `unexpected "typ" JWT header value` under
      // `invalid_dpop_proof`): there the proof is at fault, which challenge.dpop-proof says, not the access token.
      if (ctx.lower.includes('invalid_dpop_proof')) return null;
      if (a.reason === 'missing')
        return finding(hit.code, { via, typ: null, missing: true, expected: [] }, evidence, source);
      // Slack's not_allowed_token_type names its own token types (bot, user, app-level), not a JWT's typ.
      if (a.reason === 'slack-token-type')
        return finding(hit.code, { via, typ: null, expected: [], api: 'slack' }, evidence, source);
      // X's "Unsupported Authentication" names its authentication types (app-only, user context), not a JWT's typ.
      if (a.reason === 'x-auth-type')
        return finding(hit.code, { via, typ: null, expected: [], api: 'x' }, evidence, source);
      // Keycloak's and Flask-JWT-Extended's checks read a claim of the payload (`typ`, `type`), not the JOSE header:
      // the words follow what was refused, and the header's typ is not the value refused.
      if (a.claim !== undefined || hit.library === 'flask-jwt-extended')
        return finding(
          hit.code,
          { via, typ: a.actual ?? null, expected: a.expected ?? [], where: 'claim', claim: a.claim ?? 'type' },
          evidence,
          source,
        );
      if (a.reason === 'firebase-custom-token') {
        const typ = typeof ctx.header?.typ === 'string' ? ctx.header.typ : null;
        return finding(hit.code, { via, typ, expected: [], proof: 'firebase-custom-token' }, evidence, source);
      }
      return finding(
        hit.code,
        {
          via,
          typ: a.actual ?? (typeof ctx.header?.typ === 'string' ? ctx.header.typ : null),
          expected: a.expected ?? [],
        },
        evidence,
        source,
      );
    case 'token.sender-constrained':
      // A verifier that says the binding failed makes it the cause; which binding, its words or the token's cnf say.
      return finding(hit.code, boundArgs(ctx, via, a.reason), evidence, source, 'error');
    case 'oauth.invalid-client': {
      const said = saidArg(saidOnLine(ctx.text, hit.start, hit.end, 'invalid_client'));
      const description = wordsOf(ctx, hit);
      const args: CodeArgs['oauth.invalid-client'] =
        a.reason === 'expired'
          ? { via, description, ...said, secretExpired: true }
          : a.reason === 'dynamic-client'
            ? { via, description, ...said, dynamicClient: true }
            : { via, description, ...said };
      // A platform that knows no client by the iss of the JWT its caller signed (GitHub's "Integration not found").
      const platform = platformNamed(a.reason);
      if (platform !== null) args.platform = platform.id;
      if (a.reason?.startsWith('assertion-key:') === true)
        args.assertionKey = assertionKeyReason(a.reason.slice('assertion-key:'.length).replaceAll('-', ' '));
      return finding(hit.code, args, evidence, source);
    }
    case 'oauth.unauthorized-client':
      // Google's domain-wide delegation refusal (token-endpoints.ts): its words, the sentence the row read whole, are the
      // description the step is chosen by (messages' googleDelegation), as a body's error_description would be.
      return finding(
        hit.code,
        {
          via,
          description: a.reason === 'google-delegation' ? ctx.text.slice(hit.start, hit.end) : wordsOf(ctx, hit),
          ...saidArg(saidOnLine(ctx.text, hit.start, hit.end, 'unauthorized_client')),
        },
        evidence,
        source,
      );
    case 'oauth.invalid-scope':
    case 'oauth.unsupported-grant': {
      const rfc = hit.code === 'oauth.invalid-scope' ? 'invalid_scope' : 'unsupported_grant_type';
      return finding(
        hit.code,
        { via, description: wordsOf(ctx, hit), ...saidArg(saidOnLine(ctx.text, hit.start, hit.end, rfc)) },
        evidence,
        source,
      );
    }
    case 'oauth.invalid-code':
      return finding(
        hit.code,
        a.reason === 'saved-state'
          ? { via, expired: false, savedState: true }
          : { via, expired: a.reason === 'expired' },
        evidence,
        source,
      );
    case 'oauth.discovery-failed': {
      // The rows read which document failed into `reason` and the status its request got into `actual`.
      const document = a.reason === 'registration' || a.reason === 'server-metadata' ? a.reason : 'resource-metadata';
      const status = a.actual === undefined ? null : Number(a.actual);
      return finding(hit.code, { via, document, httpStatus: status }, evidence, source);
    }
    case 'oauth.interaction-required':
      return finding(hit.code, interactionArgs(via, a.reason, msalOf(a.msal, ctx.text)), evidence, source);
    case 'policy.service-not-enabled': {
      const provider = a.reason === 'aws' || a.reason === 'azure' ? a.reason : 'google';
      return finding(hit.code, serviceNotEnabledArgs(ctx.text, hit.start, hit.end, via, provider), evidence, source);
    }
    case 'federation.no-match':
      return finding(hit.code, federationArgs(ctx, via, a, hit.id === 'entra-id.fic' ? hit.end : -1), evidence, source);
    case 'key.kid-missing':
      return finding(hit.code, { via, keyCount: null }, evidence, source, 'error');
    case 'signature.invalid':
      // go-jose's ErrCryptoFailure is its answer for a JWE that does not decrypt as for a signature that does not
      // verify: the pasted token's shape says which.
      if (via === 'go-jose' && ctx.token?.decoded.shape.kind === 'jwe')
        return finding('token.jwe-undecryptable', jweArgs(via, ctx.token.decoded.shape.header), evidence, source);
      // AWS's SignatureDoesNotMatch: the request's SigV4 signature, not a token's, unless the paste shows another
      // cloud that answers with AWS's code and words (Alibaba Cloud's message merges into AWS's code beside it).
      if (a.reason === 'aws-sigv4') {
        const cloud = awsLookalike(ctx.lower);
        if (cloud !== null)
          return finding(hit.code, { via: cloud.via, kid: null, signedRequest: cloud.scheme }, evidence, source);
        const signedFor = sigv4Service(ctx, hit.id);
        const args: CodeArgs['signature.invalid'] = { via, kid: null, signedRequest: 'aws-sigv4' };
        if (signedFor !== null) args.signedFor = signedFor;
        return finding(hit.code, args, evidence, source);
      }
      // A webhook's or another cloud's signed request (parse/verifier-messages/webhooks.ts): not a token's signature.
      if (a.signedBy !== undefined) return finding(hit.code, signedRequestArgs(via, a), evidence, source);
      // An OAuth 1-signed request (parse/authorization.ts): the signature refused is the request's, made with the
      // consumer and token secrets (guzzle/guzzle#1066's "Invalid signature" from an OAuth 1 API).
      if (oauth1Signed(ctx)) return finding(hit.code, { via, kid: null, signedRequest: 'oauth1' }, evidence, source);
      if (a.reason === 'client-certificate')
        return finding(hit.code, { via, kid: null, clientCertificate: { product: 'kubernetes' } }, evidence, source);
      {
        const supabaseProject = otherSupabaseProject(ctx.claims, ctx.requestHost);
        const args: CodeArgs['signature.invalid'] =
          supabaseProject === null ? { via, kid: a.kid ?? null } : { via, kid: a.kid ?? null, supabaseProject };
        if (a.keysTried !== undefined) args.keysTried = a.keysTried;
        if (via === 'firebase-admin' && authEmulatorShown(ctx)) args.authEmulator = true;
        const platform = platformNamed(a.reason);
        if (platform !== null) args.platform = platform.id;
        return finding(hit.code, args, evidence, source);
      }
    case 'key.kid-unknown': {
      const kid = unmasked(a.kid ?? (typeof ctx.header?.kid === 'string' ? ctx.header.kid : null));
      const nimbusAlg = nimbusDefaultAlgRefused(hit.id, ctx);
      if (nimbusAlg !== null)
        return finding(
          'alg.not-allowed',
          { via, alg: nimbusAlg, allowed: [], reason: 'log', nimbusDefault: true },
          evidence,
          source,
        );
      // Kong names the claim its credentials are keyed by (key_claim_name, iss by default), not a kid: no JWKS is involved.
      if (a.claim !== undefined && hit.library === 'kong') {
        const value = ctx.claims?.[a.claim];
        const args: CodeArgs['key.kid-unknown'] = { via, kid, available: [], credentialClaim: a.claim };
        if (typeof value === 'string') args.credentialKey = value.slice(0, 200);
        return finding(hit.code, args, evidence, source);
      }
      if (a.keysTried === undefined) return finding(hit.code, { via, kid, available: [] }, evidence, source);
      // IdentityModel's older IDX10503 ("Token does not have a kid. Keys tried: …") is thrown also when the token's kid
      // found its key and the signature failed with it: a tried key with the token's kid says the key was there.
      if (kid !== null && a.keysTried.includes(kid))
        return finding('signature.invalid', { via, kid, keysTried: a.keysTried }, evidence, source);
      return finding(hit.code, { via, kid, available: [], keysTried: a.keysTried }, evidence, source);
    }
    case 'alg.not-allowed':
      return finding(
        hit.code,
        {
          via,
          alg: a.alg ?? (typeof ctx.header?.alg === 'string' ? ctx.header.alg : null),
          // What the verifier says it accepts (Payara's "Only RS256 or ES256", Liberty's CWWKS6028E, Helidon's key's alg).
          allowed: a.expected ?? [],
          reason: 'log',
        },
        evidence,
        source,
      );
    case 'token.malformed':
      // golang-jwt's "token is malformed: tokenstring should not contain 'bearer '": its reason is the doubled prefix
      // (the bearer-prefix row's finding), not a damaged token.
      if (hit.id === 'golang-jwt.ErrTokenMalformed' && ctx.text.startsWith(': tokenstring should not', hit.end))
        return null;
      // AppSync's "Unable to parse JWT token." to a SigV4-signed request: the signature sat where its user-pool or OIDC
      // mode reads a JWT (jonsaw/amazon-cognito-identity-dart#25: an AwsSigV4Client with serviceName
      // 'AMAZON_COGNITO_USER_POOLS').
      if (hit.id === 'aws-appsync.unparsable' && sigv4Signed(ctx))
        return finding(hit.code, { via, reason: 'log', parts: null, signedRequest: 'aws-sigv4' }, evidence, source);
      {
        // No token in the paste to tell a damaged JWT from an opaque one, and the IdP it names issues opaque ones.
        const issuer = ctx.token === null && ctx.presentClaims === null ? opaqueIssuerNamed(ctx) : null;
        const args = { via, reason: 'log', parts: null };
        return finding(hit.code, issuer === null ? args : { ...args, opaqueIssuer: issuer }, evidence, source);
      }
    case 'authz-header.format': {
      // One reply for two causes (@fastify/jwt's FST_JWT_BAD_REQUEST: a scheme other than Bearer, or not two
      // parts): the request's own header, when shown, says which.
      const auth = ctx.authorization?.parsed;
      if (a.reason === 'scheme-or-format' && auth !== undefined && auth.credential !== '') {
        if (auth.scheme === null || auth.scheme.toLowerCase() !== 'bearer')
          return finding('authz-header.scheme', { via, scheme: auth.scheme }, evidence, source);
      }
      // DRF's TokenAuthentication names which split of the header failed (frameworks.ts).
      const problem = DRF_FORMAT_PROBLEMS[a.reason ?? ''];
      return finding(
        hit.code,
        { via, problems: problem === undefined ? [] : [problem], characters: [] },
        evidence,
        source,
      );
    }
    case 'authz-header.double-prefix':
      // The verifier saw "Bearer " still at the start of what it took for the token: the request's header, when shown
      // doubled, is the authz-header check's finding (its form), which this would only repeat.
      if (ctx.authorization?.parsed.issues.some((i) => i.kind === 'double-prefix')) return null;
      return finding(hit.code, { via, form: 'log' }, evidence, source);
    case 'authz-header.scheme': {
      const scheme = ctx.authorization?.parsed.scheme ?? null;
      // HEC's code 3: its own scheme is Splunk, not Bearer (parse/verifier-messages/telemetry.ts).
      if (hit.library === 'splunk-hec')
        return finding(
          hit.code,
          ctx.authorization === null
            ? { via, scheme, api: 'splunk-hec', headerUnseen: true }
            : { via, scheme, api: 'splunk-hec' },
          evidence,
          source,
        );
      // A verifier that says the first word is not Bearer (Tyk's "Bearer token malformed") saw a scheme, whatever it was.
      if (scheme === null && a.reason === 'not-bearer')
        return finding(hit.code, { via, scheme, notBearer: true }, evidence, source);
      return finding(hit.code, { via, scheme }, evidence, source);
    }
    case 'scope.insufficient': {
      // A message that names the scopes it needed (Slack's `needed`) says what the token lacks, and may name what it
      // has (Slack's `provided`, comma-separated).
      // One that names none takes what the paste says is required (the challenge's or the body's scope).
      const needed =
        hit.args.expected ??
        (ctx.expected.scopes.length > 0 ? requiredScopes(ctx.expected.scopes).map((e) => e.value) : []);
      // Appended in a loop, not by flatMap (a slow builtin on Node 20, as scope.ts found): ~0.3% of a diagnosis on the
      // examples, where most such messages name none.
      const granted: string[] = [];
      for (const s of (hit.args.actual ?? '').split(',')) {
        const name = s.trim();
        if (name !== '') granted.push(name);
      }
      // A message that names no grants: the pasted token says what it has; with none pasted, that is not known.
      if (granted.length === 0 && needed.length > 0 && ctx.claims !== null)
        granted.push(...grantedScopes(ctx.claims).strict);
      const missing = granted.length === 0 ? needed : needed.filter((n) => !granted.includes(n));
      const args: CodeArgs['scope.insufficient'] = {
        via,
        required: needed,
        missing,
        granted,
        ...caseOnlyArgs(granted.length === 0 ? [] : missing, granted),
      };
      if (needed.length > 0 && granted.length === 0 && ctx.claims === null) {
        args.grantsUnknown = true;
        // A token is in the paste but its claims do not decode (token.malformed says why): not "no token pasted".
        if (ctx.token !== null) args.tokenUnreadable = true;
      }
      if (hit.library === 'docker-registry')
        args.registryAction = a.reason === 'push' || a.reason === 'pull' ? a.reason : 'unknown';
      if (hit.library === 'spring-security') {
        const nested = nestedRoleClaims(ctx.claims);
        if (nested.length > 0) args.nestedRoles = nested;
      }
      // Words that name no scope, beside the insufficient_scope challenge they are often the description of (Spring's
      // "The request requires higher privileges…"): challenge.insufficient-scope says all they say, so they add nothing.
      // So do the scopes the challenge itself named, set against no grants (the pasted token's claims do not decode):
      // "requires delete:orders, grants unknown" repeats the challenge.
      if (
        granted.length === 0 &&
        args.nestedRoles === undefined &&
        args.registryAction === undefined &&
        (needed.length === 0 ||
          (hit.args.expected === undefined &&
            ctx.claims === null &&
            ctx.expected.scopes.every((e) => e.source !== 'options' && e.source !== 'config'))) &&
        challengedForScope(ctx)
      )
        return null;
      return finding(hit.code, args, evidence, source);
    }
    case 'policy.deny': {
      // AppSync's AWS_IAM mode refusing the signer: the IAM action every AppSync call needs (platforms.ts).
      if (hit.id === 'aws-appsync.permission-denied')
        return finding(
          hit.code,
          { via, stated: true, signedRequest: 'aws-sigv4', permission: 'appsync:GraphQL' },
          evidence,
          source,
          'error',
        );
      // Harbor saw an anonymous caller when the docker client had no credentials to send (its credential helper
      // failed): that failure is the cause, and Harbor's refusal follows from it.
      if (hit.library === 'harbor')
        return finding(
          hit.code,
          { via, stated: true },
          evidence,
          source,
          ctx.hits.some((h) => h.hit.library === 'docker' && h.hit.code === 'token.missing') ? 'warning' : 'error',
        );
      // BigQuery's denial, and Google's IAM denial in a client's wrapper, name the IAM permission checked and where
      // (parse/verifier-messages/data-platforms.ts, ai-apis.ts).
      if (hit.library === 'bigquery' || hit.id === 'google-api.permission-denied-on-resource') {
        // The IAM denial's row matches after its permission: read from the `Permission` that opens it.
        const from =
          hit.library === 'bigquery' ? hit.start : Math.max(0, ctx.text.lastIndexOf('Permission ', hit.start));
        const denied = deniedPermission(ctx.text, from);
        return finding(hit.code, { via, stated: true, ...denied }, evidence, source, 'error');
      }
      // Google or Mapbox refusing a key by its restrictions (parse/verifier-messages/browser-keys.ts): the row's reason
      // names which, and its steps the console page where it is set.
      if (KEYED_BY_RESTRICTION.has(hit.library) && isKeyRefusal(a.reason))
        return finding(hit.code, { via, stated: true, keyRefusal: a.reason }, evidence, source, 'error');
      // OpenAI's refusal of the caller's location (parse/verifier-messages/ai-apis.ts): no credential or role decides it.
      if (hit.id === 'openai.unsupported-country')
        return finding(hit.code, { via, stated: true, regionBlocked: true }, evidence, source, 'error');
      // Dataverse names the privilege the caller's security roles lack, and the table it guards
      // (parse/verifier-messages/business-platforms.ts); Magento the ACL resource (content-platforms.ts).
      if ((hit.library === 'dataverse' || hit.library === 'magento') && a.actual !== undefined)
        return finding(
          hit.code,
          a.claim === undefined
            ? { via, stated: true, permission: a.actual }
            : { via, stated: true, permission: a.actual, resource: a.claim },
          evidence,
          source,
          'error',
        );
      // Temporal's "Request unauthorized." is its claim mapper's refusal of the token as much as its authorizer's deny
      // (common/authorization/interceptor.go, errUnauthorized, services.ts): only Temporal Cloud's
      // PermissionDeniedFailure reason says which, and then it is the caller's permissions (temporalio/sdk-typescript#1765).
      // Without it the words say either.
      if (hit.library === 'temporal') {
        const reason = temporalDenialReason(ctx.text);
        const args: CodeArgs['policy.deny'] =
          reason === null ? { via, stated: true, eitherCause: true } : { via, stated: true, decision: reason };
        return finding(hit.code, args, evidence, source, 'error');
      }
      // A gateway's own denial names the gateway; Envoy and Kong have steps of their own (the catalogue's).
      const gateway = hit.library === 'envoy' || hit.library === 'kong' ? undefined : GATEWAY_LIBRARIES[hit.library];
      const args: CodeArgs['policy.deny'] =
        gateway === undefined ? { via, stated: true } : { via, stated: true, gateway };
      if (hit.library === 'envoy') Object.assign(args, envoyDenialArgs(ctx));
      // A SAS limits what the request may do by its own fields; the caller's roles are not what refused it.
      if (hit.library === 'azure-storage') {
        const sas =
          storageSasOf(ctx.lower) ??
          (hit.id === 'azure-storage.resource-type-mismatch'
            ? { permissions: null, resourceTypes: null, delegation: false }
            : null);
        if (sas !== null) args.sas = sas;
      }
      return finding(hit.code, args, evidence, source, 'error');
    }
    case 'request.csrf-rejected':
      return csrfRejected(ctx, via, evidence, source);
    case 'proxy.authorizer-deny':
      // The resource policy, not an authorizer: its words and step differ (the principal it named, a redeploy).
      if (a.reason === 'resource-policy') {
        const args: CodeArgs['proxy.authorizer-deny'] = {
          via,
          product: productName(hit.library),
          policy: 'resource-policy',
        };
        if (a.actual !== undefined) args.principal = a.actual;
        return finding(hit.code, args, evidence, source);
      }
      return finding(hit.code, { via, product: productName(hit.library) }, evidence, source);
    case 'proxy.route-not-found':
      return finding(hit.code, { via, product: productName(hit.library) }, evidence, source);
    // A platform's log that a bearer token was rejected, with no cause of its own (the API server's "invalid bearer
    // token", oauth2-proxy's "unable to verify bearer token"): the invalid_token its reply would state.
    case 'challenge.invalid-token': {
      // X's code 32 for an OAuth 1-signed request: the request's signature was refused, not a bearer token.
      if (hit.id === 'x-api.32' && oauth1Signed(ctx))
        return finding('signature.invalid', { via, kid: null, signedRequest: 'oauth1' }, evidence, source);
      // jose's crit refusal (a header extension the verifier does not know) names its reason, as a reply's description
      // would: its own words are quoted.
      // oauth2-proxy's session loaders' own words after its "unable to verify bearer token" are its description.
      const description =
        a.reason === 'crit' && a.claim !== undefined
          ? `Extension Header Parameter "${a.claim}" is not recognized`
          : hit.id === 'aws-sts.InvalidIdentityToken'
            ? stsMessage(ctx.text, hit.end)
            : hit.id === 'oauth2-proxy.unable-to-verify'
              ? (a.actual ?? null)
              : // Ably's code and its meaning (verifier-messages/realtime.ts): which of its refusals it was.
                hit.library === 'ably'
                ? (a.reason ?? null)
                : // SharePoint's error_description is its reason, and its steps turn on it (business-platforms.ts).
                  hit.library === 'sharepoint'
                  ? ctx.text.slice(hit.start, hit.end)
                  : // Twilio's code names which check refused (media-sdks.ts): its words for it are the reason.
                    hit.library === 'twilio' && a.reason !== undefined
                    ? (TWILIO_REASON_WORDS[a.reason] ?? null)
                    : // Vonage Video's REST answer to its server SDK's JWT states its reason (media-sdks.ts).
                      hit.id === 'vonage-video.rest-authentication'
                      ? (a.actual ?? null)
                      : null;
      // Okta's Bearer challenge beside its E0000011 says an OAuth 2.0 access token was refused, not an SSWS API token.
      // Elasticsearch's realms take a JWT too (its JWT realm, its token service): a decoded token in the paste is that one.
      // Home Assistant's and Epic's access tokens are JWTs as well (verifier-messages/devices.ts, game-backends.ts).
      const credential =
        (hit.id === 'okta.E0000011' && ctx.challenges.length > 0) ||
        ((hit.library === 'elasticsearch' || JWT_SESSION_LIBRARIES.has(hit.library)) && ctx.claims !== null)
          ? null
          : nonJwtCredential(hit.id);
      if (credential !== null)
        return finding(hit.code, { via, description, tokenShown: false, credential }, evidence, source);
      // graphql-ws's 4401: the protocol's bare "Unauthorized" names no cause (a subscribe before connection_ack); a
      // server's own reason is its description.
      if (hit.library === 'graphql-ws' && a.reason !== undefined)
        return finding(
          hit.code,
          { via, description: a.actual ?? null, closeCode: 4401, ...tokenSeenArgs(ctx) },
          evidence,
          source,
        );
      // Its message is a reason, if one that names no cause: the words say so rather than "no description".
      return finding(
        hit.code,
        description === null
          ? { via, description, genericReason: true, ...tokenSeenArgs(ctx) }
          : { via, description, ...tokenSeenArgs(ctx) },
        evidence,
        source,
      );
    }
    // graphql-ws's 4400: the server's reason, when it is its own, is the description.
    case 'challenge.invalid-request':
      return finding(hit.code, { via, description: a.actual ?? null, closeCode: 4400 }, evidence, source);
    case 'challenge.step-up':
      // Graph's words for Entra ID's claims challenge (Continuous Access Evaluation): the message is the description.
      return finding(
        hit.code,
        {
          via,
          error: 'insufficient_claims',
          description: a.reason ?? null,
          acrValues: null,
          maxAge: null,
          claims: null,
          tokenAcr: null,
          authAgeSeconds: null,
        },
        evidence,
        source,
      );
    case 'token.missing':
      if (a.reason === 'missing-or-malformed') {
        // GoFiber's and echo-jwt's one message for no token and for a header not starting "Bearer ": the request's own
        // Authorization header, when shown, says which (a shown request without one: the authz-header check's finding).
        const auth = ctx.authorization?.parsed;
        if (auth !== undefined && auth.credential !== '' && auth.scheme?.toLowerCase() !== 'bearer')
          return finding('authz-header.scheme', { via, scheme: auth.scheme }, evidence, source);
        if (ctx.authorization === null && !ctx.http.requestShown && ctx.token === null)
          return finding(hit.code, { via, orMalformed: true }, evidence, source);
      }
      if (a.reason === 'unobtained') {
        const credentials = clientCredentials(a.actual);
        // mssql-jdbc's line wraps Entra ID's refusal, printed after it as the cause: read by its own row (AADSTS7000215's
        // oauth.invalid-client), that refusal is the reason and leads.
        const causeBelow =
          credentials === 'mssql-entra' &&
          ctx.hits.some((h) => h.hit.start >= hit.end && h.hit.library !== hit.library);
        return finding(
          hit.code,
          credentials === undefined ? { via, unobtained: true } : { via, unobtained: true, credentials },
          evidence,
          source,
          causeBelow ? 'warning' : undefined,
        );
      }
      {
        // A telemetry backend's own "no token" (HEC's code 2, APM Server's missing header): the sender's settings.
        const sender = senderOfVia(via);
        return finding(
          hit.code,
          Object.assign(
            ctx.token?.foundIn === 'authorization-header' ? sentArgs(ctx, via) : { via },
            a.reason === 'configured-header' ? { configuredHeader: true as const } : {},
            sender === null || ctx.authorization !== null ? {} : { sender },
            hit.library === 'hasura' && namesSubscriptionSocket(ctx) ? { transport: 'websocket' as const } : {},
            a.reason === 'admin-secret' ? { adminSecret: true as const } : {},
            hit.library === 'aspnetcore' && windowsAuthChallenged(ctx) ? { windowsAuth: true as const } : {},
          ),
          evidence,
          source,
        );
      }
    case 'token.revoked': {
      const assertion = a.reason?.startsWith('jwt-assertion:') === true ? jwtAssertionNamed(a.reason.slice(14)) : null;
      if (assertion !== null) return finding(hit.code, { via, jwtAssertion: assertion }, evidence, source);
      return finding(hit.code, a.reason === 'refresh-token' ? refusedRefreshArgs(ctx, via) : { via }, evidence, source);
    }
    case 'alg.none':
      return finding(hit.code, { via }, evidence, source);
    case 'key.jwks-unavailable':
      return finding(hit.code, a.reason === 'istiod' ? { via, fetcher: 'istiod' } : { via }, evidence, source);
    case 'verifier.misconfigured':
      // STS names the issuer it found no IAM OIDC provider for (federation.ts stsProvider): the step is to create it.
      if (hit.id === 'aws-sts.no-provider')
        return finding(hit.code, { via, oidcProvider: a.actual ?? null }, evidence, source);
      // The role the login named is not on the mount it went to: the login's role or path, not the API's JWT settings.
      // Each mount keeps its own roles, listed at auth/<mount>/role (vault-plugin-auth-jwt path_role.go, pathRoleList).
      if (hit.id === 'vault.role-not-found' && a.actual !== undefined)
        return finding(hit.code, { via, vaultRole: a.actual }, evidence, source);
      // The audience names a pool or provider Google's STS does not have active: the client's provider name (or the
      // pool's state), not any JWT setting of an API. The name must be the provider's full resource name with the
      // project number (google-github-actions/auth#60, #269); a pool or provider is DELETED (soft, ~30 days,
      // undeletable) or `disabled` (cloud.google.com/iam/docs/reference/rest/v1beta/projects.locations.
      // workloadIdentityPools, WorkloadIdentityPoolProvider.State).
      // Argo CD takes an SSO session token only when argocd-cm configures SSO (util/settings IsSSOConfigured: `url` with
      // a non-empty `dex.config`, or `oidc.config`); STS checks an issuer's TLS certificate against the IAM OIDC
      // provider's thumbprints (aws-actions/configure-aws-credentials#357; one for the JWKS host too when it serves another
      // certificate, aws/aws-cli#10254; GitHub's own issuer checked against trusted root CAs since July 2023, GitHub's
      // changelog 2023-06-27 "update on OIDC integration with AWS"): each product's own setting, not an API's.
      // API Gateway could not use its authorizer (gateways.ts, aws-apigateway.authorizer-configuration): the function's
      // permission, its output or its Cognito pool, not any JWT setting.
      if (hit.id === 'aws-apigateway.authorizer-configuration')
        return finding(hit.code, { via, setup: 'aws-api-gateway-authorizer' }, evidence, source);
      // The gateway's introspection call was refused as a client (gateways.ts, lua-resty-openidc): its client settings.
      if (hit.id === 'lua-resty-openidc.introspection-client-refused')
        return finding(hit.code, { via, setup: 'oidc-introspection-client' }, evidence, source);
      // WSO2's gateway could not validate with its key manager (gateways.ts, wso2.900900): its own set-up, not the token.
      if (hit.id === 'wso2.900900') return finding(hit.code, { via, setup: 'wso2-key-manager' }, evidence, source);
      if (hit.id === 'grafana.basic-no-password')
        return finding(hit.code, { via, setup: 'grafana-proxy-basic' }, evidence, source);
      if (hit.id === 'envoy.WrongRequirementName')
        return finding(hit.code, { via, setup: 'envoy-requirement-name' }, evidence, source);
      if (hit.id === 'envoy.ext-authz-error' || hit.id === 'envoy.ext-authz-error-trace')
        return finding(hit.code, { via, setup: 'envoy-ext-authz-error' }, evidence, source);
      if (hit.id === 'traefik.forward-auth-error')
        return finding(hit.code, { via, setup: 'traefik-forward-auth-error' }, evidence, source);
      if (hit.id === 'argocd.sso-not-configured')
        return finding(hit.code, { via, setup: 'argocd-sso' }, evidence, source);
      if (hit.id === 'aws-sts.thumbprint')
        return finding(hit.code, { via, setup: 'aws-oidc-thumbprint' }, evidence, source);
      // Vault's Kubernetes auth calls TokenReview at its kubernetes_host with kubernetes_ca_cert (developer.hashicorp.com
      // vault/api-docs/auth/kubernetes, "Configure method"): a call that never got an answer is that setting or the
      // network to it.
      if (hit.id === 'vault.tokenreview-unreachable')
        return finding(hit.code, { via, setup: 'vault-kubernetes-host' }, evidence, source);
      // Auth.js's JWTSessionError (parse/verifier-messages/node.ts cites its sources): its session secret, or the app's
      // jwt / session callback when the cause line shows that one threw.
      if (hit.id === 'authjs.jwt-session-error')
        return finding(
          hit.code,
          { via, setup: a.reason === 'callback' ? 'authjs-session-callback' : 'authjs-session' },
          evidence,
          source,
        );
      if (hit.id === 'gcp-sts.invalid-target')
        return finding(hit.code, { via, wifProvider: wifProviderBefore(ctx.text, hit.start) }, evidence, source);
      return finding(
        hit.code,
        a.reason === 'auth-request' && a.actual !== undefined ? { via, subrequestStatus: Number(a.actual) } : { via },
        evidence,
        source,
      );
    default:
      return unreported(hit.code);
  }
}

/** Never called: a row code without a case above is a compile error here (`never`), not a finding dropped at run time. */
function unreported(_code: never): null {
  return null;
}

/**
 * The provider resource google-github-actions/auth names before STS's answer ("failed to generate Google Cloud federated
 * token for //iam.googleapis.com/projects/…/providers/…: {…}"), on the match's line, bounded.
 */
function wifProviderBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 600);
  const line = text.slice(Math.max(from, text.lastIndexOf('\n', start) + 1), start);
  return (
    /\/\/iam\.googleapis\.com\/(projects\/[^\s:"'/]{1,40}\/locations\/[^\s:"'/]{1,40}\/workloadIdentityPools\/[^\s:"'/]{1,64}(?:\/providers\/[^\s:"'/]{1,64})?)/.exec(
      line,
    )?.[1] ?? null
  );
}

/** The client_id of a token with no aud (a Cognito access token's), which an HTTP API JWT authorizer compares instead. */
/**
 * The message STS printed after its InvalidIdentityToken code, when no row read it as a cause: botocore's "(Invalid
 * IdentityToken) when calling the AssumeRoleWithWebIdentity operation: <message>" (awslabs/amazon-eks-irsa-cfn#18),
 * aws-sdk-go's "InvalidIdentityToken: <message>" (aws-samples/aws-secret-sidecar-injector#30) and STS's XML
 * `<Code>InvalidIdentityToken</Code><Message>…</Message>`. It is the server's description: the report quotes it
 * rather than saying there is none. Read on the code's line only, bounded.
 */
function stsMessage(text: string, end: number): string | null {
  const m = /^(?:\) when calling the \w{1,60} operation: |: |<\/Code>\s{0,20}<Message>)([^\n<]{1,300})/.exec(
    text.slice(end, end + 400),
  );
  const message = m?.[1]?.trim();
  return message === undefined || message.length === 0 ? null : message;
}

function audlessClientId(claims: Record<string, unknown> | null): string | null {
  if (claims === null || claims.aud !== undefined) return null;
  const clientId = claims.client_id;
  return typeof clientId === 'string' && clientId.length > 0 && clientId.length <= 200 ? clientId : null;
}

/** A JWE's algorithms, from its protected header when the paste shows the token. */
function jweArgs(
  via: string,
  header: Record<string, unknown> | null,
): { via: string; alg: string | null; enc: string | null } {
  return {
    via,
    alg: typeof header?.alg === 'string' ? header.alg : null,
    enc: typeof header?.enc === 'string' ? header.enc : null,
  };
}

/** RFC 7662 §2.2 response members, plus `error` fields some servers add. */
/** The problem a verifier's words name in the header (frameworks.ts, DRF's TokenAuthentication), by its row's reason. */
const DRF_FORMAT_PROBLEMS: Readonly<Record<string, AuthzFormatProblem>> = {
  'no-credentials': 'no-credentials',
  'extra-space': 'extra-space',
  'bad-characters': 'bad-characters',
};

const INTROSPECTION_KEYS = new Set([
  'active',
  'scope',
  'client_id',
  'username',
  'token_type',
  'exp',
  'iat',
  'nbf',
  'sub',
  'aud',
  'iss',
  'jti',
  'error',
  'error_description',
]);

/**
 * `{"active": false}` is an introspection answer only when nothing else in the object says otherwise:
 * a user or feature-flag record (`{"id": 42, "email": …, "active": false}`) is not about a token.
 */
function isInactiveIntrospection(value: Record<string, unknown>): boolean {
  return value.active === false && Object.keys(value).every((k) => INTROSPECTION_KEYS.has(k));
}

/**
 * What a federation's refusal names of the presented token, and the pasted token's own iss/sub/aud. A row names one
 * claim (`claim`, and its value in `actual`: AADSTS700213's subject, Vault's bound claim); Entra ID's AADSTS70021 names
 * issuer, subject and audience after the match (`after`, its end), read there.
 */
function federationArgs(
  ctx: Context,
  via: string,
  a: LogHit['hit']['args'],
  after: number,
): CodeArgs['federation.no-match'] {
  const named = after < 0 ? {} : assertionNamed(ctx.text.slice(after, after + 700));
  const one = (claim: string) => (a.claim === claim ? (a.actual ?? null) : null);
  const claims = ctx.claims;
  const issuer = named.issuer ?? one('iss');
  const subject = named.subject ?? one('sub');
  const tokenIss = typeof claims?.iss === 'string' ? claims.iss : null;
  const tokenSub = typeof claims?.sub === 'string' ? claims.sub : null;
  return {
    via,
    issuer,
    subject,
    audience: named.audience ?? one('aud'),
    claim: a.claim ?? null,
    tokenIss,
    tokenSub,
    tokenAud: claims === null ? [] : audOf(claims),
    workload: workloadOf(subject ?? tokenSub, issuer ?? tokenIss) ?? workloadNamedBy(ctx.lower),
  };
}

/**
 * The platform the paste names when neither a token nor the refusal does (the steps must follow it, not assume GitHub):
 * its tool's own words. GitHub Actions: aws-actions/configure-aws-credentials' "Could not assume role with OIDC: …",
 * google-github-actions/auth. GitLab CI: its job-token variables (CI_JOB_JWT, a GITLAB_… OIDC token variable).
 * Kubernetes: the Go SDK's WebIdentityErr (aws-sdk-go stscreds.ErrCodeWebIdentity, the provider that reads
 * AWS_WEB_IDENTITY_TOKEN_FILE, which EKS sets for a pod's IAM role: docs.aws.amazon.com/eks/latest/userguide/
 * iam-roles-for-service-accounts.html), EKS's projected token path, Vault's kubernetes auth login.
 */
function workloadNamedBy(lower: string): Workload {
  if (
    lower.includes('could not assume role with oidc') ||
    lower.includes('configure-aws-credentials') ||
    lower.includes('google-github-actions/auth') ||
    lower.includes('github actions')
  )
    return 'github-actions';
  if (lower.includes('ci_job_jwt') || lower.includes('gitlab_oidc_token') || lower.includes('gitlab ci'))
    return 'gitlab-ci';
  if (
    lower.includes('webidentityerr') ||
    lower.includes('aws_web_identity_token_file') ||
    lower.includes('eks.amazonaws.com/serviceaccount') ||
    lower.includes('/auth/kubernetes/login') ||
    lower.includes('system:serviceaccount:')
  )
    return 'kubernetes';
  return null;
}

/**
 * The platform that minted a federated token, by the form of its subject, else by its issuer. Sources: GitHub's OIDC
 * reference ("repo:OWNER/REPO:…", https://token.actions.githubusercontent.com); GitLab's ID token docs
 * (docs.gitlab.com/ci/secrets/id_token_authentication: "project_path:{group}/{project}:ref_type:{type}:ref:{branch}",
 * iss the instance); Kubernetes service account tokens ("system:serviceaccount:NAMESPACE:NAME", EKS's issuer
 * https://oidc.eks.REGION.amazonaws.com/id/…, GKE's https://container.googleapis.com/…).
 */
function workloadOf(subject: string | null, issuer: string | null): Workload {
  if (subject !== null) {
    if (subject.startsWith('repo:')) return 'github-actions';
    if (subject.startsWith('project_path:')) return 'gitlab-ci';
    if (subject.startsWith('system:serviceaccount:')) return 'kubernetes';
  }
  if (issuer !== null) {
    if (issuer.startsWith('https://token.actions.githubusercontent.com')) return 'github-actions';
    if (issuer === 'https://gitlab.com' || issuer === 'https://gitlab.com/') return 'gitlab-ci';
    if (issuer.startsWith('https://oidc.eks.') || issuer.startsWith('https://container.googleapis.com/'))
      return 'kubernetes';
  }
  return subject === null && issuer === null ? null : 'other';
}

function audOf(claims: Record<string, unknown>): string[] {
  if (typeof claims.aud === 'string') return [claims.aud];
  return Array.isArray(claims.aud) ? claims.aud.filter((x): x is string => typeof x === 'string') : [];
}

function productName(library: string): string {
  return library === 'aws-apigateway' ? 'AWS API Gateway' : library === 'aws-appsync' ? 'AWS AppSync' : library;
}

/** What a verifier's words about a sender-constrained token leave out, from the request and the token's `cnf`. */
function boundArgs(ctx: Context, via: string, reason: string | undefined): CodeArgs['token.sender-constrained'] {
  const cnf = ctx.claims?.cnf as Record<string, unknown> | undefined;
  const binding =
    reason === 'dpop' || reason === 'mtls'
      ? reason
      : typeof cnf?.jkt === 'string'
        ? 'dpop'
        : typeof cnf?.['x5t#S256'] === 'string'
          ? 'mtls'
          : null;
  const proofSent = ctx.http.requestShown
    ? ctx.http.headers.some((h) => h.name === 'dpop' && h.side !== 'response')
    : null;
  return {
    via,
    binding,
    scheme: ctx.authorization?.parsed.scheme ?? null,
    proofSent: binding === 'dpop' ? proofSent : null,
    forwardedHeader: null,
  };
}

/**
 * The claims of Keycloak's that hold roles and hold one at least (`realm_access.roles`, `resource_access.<client>.roles`):
 * Spring Security's default JwtGrantedAuthoritiesConverter reads `scope` and `scp` alone (its
 * WELL_KNOWN_AUTHORITIES_CLAIM_NAMES, prefix `SCOPE_`; spring-projects/spring-security oauth2-resource-server
 * JwtGrantedAuthoritiesConverter.java), so roles there never become the `ROLE_…` authorities hasRole checks.
 */
function nestedRoleClaims(claims: Record<string, unknown> | null): string[] {
  const out: string[] = [];
  if (claims === null) return out;
  const hasRoles = (o: unknown): boolean => {
    if (o === null || typeof o !== 'object') return false;
    const roles = (o as Record<string, unknown>).roles;
    return Array.isArray(roles) && roles.length > 0;
  };
  if (hasRoles(claims.realm_access)) out.push('realm_access.roles');
  const resource = claims.resource_access;
  if (resource !== null && typeof resource === 'object')
    for (const [client, access] of Object.entries(resource as Record<string, unknown>))
      if (hasRoles(access) && out.length < 4) out.push(`resource_access.${client}.roles`);
  return out;
}

const JWT_ASSERTION_PROBLEMS: ReadonlySet<string> = new Set<JwtAssertionProblem>([
  'signature',
  'time',
  'account',
  'grant',
  'lifetime',
  'consent',
  'format',
]);

/** The refused part of a signed JWT assertion a token-endpoint row names (`jwt-assertion:<part>` in its reason). */
function jwtAssertionNamed(name: string): JwtAssertionProblem | null {
  return JWT_ASSERTION_PROBLEMS.has(name) ? (name as JwtAssertionProblem) : null;
}

const CLIENT_CREDENTIALS: ReadonlySet<string> = new Set<ClientCredentials>([
  'google-adc',
  'azure-identity',
  'azure-cli',
  'kube-exec',
  'session',
  'refresh-token',
  'private-key',
  'docker-config',
  'credential-helper',
  'gcloud-account',
  'aws-sso',
  'aws-credentials',
  'git-credentials',
  'mssql-entra',
]);

/** The credentials a client-SDK row names (parse/verifier-messages/client-sdks.ts), carried in the hit's `actual`. */
function clientCredentials(actual: string | undefined): ClientCredentials | undefined {
  return actual !== undefined && CLIENT_CREDENTIALS.has(actual) ? (actual as ClientCredentials) : undefined;
}

/** Whether a response's Bearer challenge says insufficient_scope (challenge.insufficient-scope reports it). */
function challengedForScope(ctx: Context): boolean {
  for (const { field, result } of ctx.challenges) {
    if (field.name === 'proxy-authenticate') continue;
    for (const ch of result.challenges) if (ch.params.error === 'insufficient_scope') return true;
  }
  return false;
}

/** The paste's request is signed with OAuth 1 (its Authorization, parse/authorization.ts): no token's key is involved. */
function oauth1Signed(ctx: Context): boolean {
  return ctx.authorization?.parsed.signed === 'oauth1';
}

/**
 * The paste shows a request signed with SigV4: its Authorization's scheme (parse/authorization.ts), or the words a
 * signer prints or is named by (`X-Amz-Date`, a credential scope's `aws4_request`, a `SigV4` client class).
 */
function sigv4Signed(ctx: Context): boolean {
  if (ctx.authorization?.parsed.scheme === SIGV4_SCHEME) return true;
  const lower = ctx.lower;
  return lower.includes('aws4-hmac-sha256') || lower.includes('aws4_request') || lower.includes('sigv4');
}

/**
 * Who computed the signature that did not match, as the paste names it: API Gateway when the credential scope or the host
 * is execute-api's (its InvalidSignatureException body, "The Canonical String for this request should have been …",
 * mhart/aws4#33), S3 when its SignatureDoesNotMatch code is what was read and no execute-api is named.
 */
/** A signed-request row's args as the finding's (webhooks.ts): its scheme, and what else the receiver refused. */
function signedRequestArgs(via: string, a: VerifierArgs): CodeArgs['signature.invalid'] {
  const args: CodeArgs['signature.invalid'] = { via, kid: null, signedRequest: a.signedBy as SignedRequest };
  if (a.signedFault === 'stale') args.stale = true;
  if (a.signedFault === 'header') args.headerUnread = true;
  return args;
}

/**
 * Clouds whose storage answers a signed URL or request with S3's SignatureDoesNotMatch body: Google Cloud Storage's
 * XML API ("Check your Google secret key and signing method.", googleapis/nodejs-storage#1283; its GoogleAccessId and
 * X-Goog-Signature parameters), and Alibaba Cloud (its OSS body's OSSAccessKeyId, its RPC APIs' "Specified signature is
 * not matched with our calculation", an aliyuncs.com host: lucky1213/aliyun_oss#16, NewFuture/DDNS#57).
 */
function awsLookalike(lower: string): { via: string; scheme: SignedRequest } | null {
  if (lower.includes('google secret key') || lower.includes('googleaccessid') || lower.includes('x-goog-signature'))
    return { via: 'google-cloud-storage', scheme: 'gcs-signed-url' };
  if (
    lower.includes('ossaccesskeyid') ||
    lower.includes('aliyuncs.com') ||
    lower.includes('specified signature is not matched with our calculation')
  )
    return { via: 'aliyun', scheme: 'aliyun' };
  return null;
}

function sigv4Service(ctx: Context, rowId: string): 's3' | 'api-gateway' | null {
  if (ctx.lower.includes('execute-api')) return 'api-gateway';
  return rowId === 'aws.SignatureDoesNotMatch' && ctx.lower.includes('stringtosign') ? 's3' : null;
}

/**
 * The paste shows the Firebase Auth Emulator: its default host (localhost:9099, 127.0.0.1:9099), the variable that
 * points the Admin SDK at it, or an emulator's unsigned token (`alg: none`, no kid). The Admin SDK verifies against the
 * emulator only when FIREBASE_AUTH_EMULATOR_HOST is set (firebase/firebase-admin-node src/auth/auth-api-request.ts,
 * useEmulator; src/auth/token-verifier.ts skips the signature in emulator mode): otherwise the emulator's token fails
 * Google's keys (audit-y 30).
 */
function authEmulatorShown(ctx: Context): boolean {
  const lower = ctx.lower;
  if (lower.includes(':9099') || lower.includes('firebase_auth_emulator_host') || lower.includes('auth emulator'))
    return true;
  return ctx.header?.alg === 'none' && ctx.header.kid === undefined;
}

/** The command-line tools whose own words ask for a new sign-in (parse/verifier-messages/interaction.ts). */
const CLI_BY_VIA: Readonly<Record<string, 'azure-cli' | 'azd'>> = { 'azure-cli': 'azure-cli', azd: 'azd' };
/** Who says Google wants the user again: gcloud, Google's token endpoint (its RAPT errors), google-auth's reauth. */
const GOOGLE_VIAS: ReadonlySet<string> = new Set(['gcloud', 'google-oauth', 'google-auth']);
/** The reasons parse/verifier-messages/interaction.ts's rows give, as the finding's. */
const INTERACTION_REASONS = new Set(['login', 'consent', 'account-selection', 'interaction', 'mfa']);

/** What a row's reason and library say of the interaction the provider asked for; MSAL speaks for Entra ID. */
function interactionArgs(
  via: string,
  reason: string | undefined,
  msal: MsalLibrary | null,
): CodeArgs['oauth.interaction-required'] {
  const r = (
    reason !== undefined && INTERACTION_REASONS.has(reason) ? reason : 'interaction'
  ) as CodeArgs['oauth.interaction-required']['reason'];
  const cli = Object.hasOwn(CLI_BY_VIA, via) ? CLI_BY_VIA[via] : undefined;
  if (cli !== undefined) return { via, reason: r, provider: 'entra-id', msal, cli };
  const provider =
    via === 'entra-id' || via === 'msal'
      ? 'entra-id'
      : via === 'auth0'
        ? 'auth0'
        : GOOGLE_VIAS.has(via)
          ? 'google'
          : null;
  return { via, reason: r, provider, msal };
}

/**
 * Hasura's "Missing 'Authorization' or 'Cookie' header" for a subscription: over a WebSocket it reads the token from
 * connection_init's payload.headers (hasura/graphql-engine#9689: "the JWT passed in the Authorization header" of
 * connection_init; #9818, the same words to an Apollo client on its wss endpoint), which the steps then name.
 */
function namesSubscriptionSocket(ctx: Context): boolean {
  const lower = ctx.lower;
  return (
    lower.includes('wss') ||
    lower.includes('websocket') ||
    lower.includes('subscription') ||
    lower.includes('connection_init') ||
    // graphql-ws's close reason for a connection_init the server's onConnect refused, as Hasura sends it: "4400:
    // Connection initialization failed: x-hasura-admin-secret/x-hasura-access-key required, but not found"
    // (hasura/graphql-engine#7696).
    lower.includes('connection initialization failed')
  );
}

/**
 * ASP.NET Core's Negotiate handler logging its challenge beside the DenyAnonymousAuthorizationRequirement refusal:
 * "AuthenticationScheme: Negotiate was challenged." and, at debug, "Challenged 401 Negotiate." (dotnet/aspnetcore#36652,
 * a WPF client's SignalR hub under Windows authentication): the endpoint wanted Windows credentials, not a bearer token.
 */
function windowsAuthChallenged(ctx: Context): boolean {
  return (
    ctx.text.includes('AuthenticationScheme: Negotiate was challenged') || ctx.text.includes('Challenged 401 Negotiate')
  );
}

/** Temporal Cloud's PermissionDeniedFailure reason (temporalio/sdk-typescript#1765), the namespace it names included. */
const TEMPORAL_REASON = 'caller has insufficient permissions for namespace';
const TEMPORAL_NAMESPACE = /^ ?'[^'\n]{1,100}'/;

/** The reason Temporal's details give for "Request unauthorized.", or null when the paste holds none. */
function temporalDenialReason(text: string): string | null {
  const at = text.indexOf(TEMPORAL_REASON);
  if (at < 0) return null;
  const end = at + TEMPORAL_REASON.length;
  const namespace = TEMPORAL_NAMESPACE.exec(text.slice(end, end + 104));
  return text.slice(at, end) + (namespace === null ? '' : namespace[0]);
}

/**
 * Nimbus's "Another algorithm expected, or no matching key(s) found" for a pasted token not signed with RS256: Spring
 * Security's NimbusJwtDecoder trusts RS256 only unless told otherwise ("By default, NimbusJwtDecoder, and hence
 * Resource Server, will only trust and verify tokens using RS256", docs.spring.io/spring-security/reference/servlet/
 * oauth2/resource-server/jwt.html, Configuring Trusted Algorithms), so an ES256/ES384 token fails this way against a
 * key set that holds its key (logto-io/logto#4910, ES384; camunda/camunda#23727, ES256). An RS256 token keeps the kid
 * reading.
 */
function nimbusDefaultAlgRefused(id: string, ctx: Context): string | null {
  if (id !== 'nimbus.key-or-alg') return null;
  const alg = ctx.header?.alg;
  return typeof alg === 'string' && alg !== 'RS256' && alg !== 'none' ? alg : null;
}

/** IdentityModel's placeholders for a hidden value: `[PII of type '…' is hidden …]`, or 5.x/6.x's bare type name. */
const PII_PLACEHOLDER = /\[PII of type '|\[PII is hidden\]|: '(?:System\.String|System\.Object)'/;

/**
 * IdentityModel printed its IDX message with the values hidden (its default: aka.ms/IdentityModel/PII), so neither the
 * token's value nor the API's expected ones can be read from it (Sustainsys/Saml2#1162,
 * AzureAD/microsoft-identity-web#2689).
 */
function piiHidden(ctx: Context, hit: LogHit['hit']): boolean {
  if (hit.library !== 'identitymodel') return false;
  return PII_PLACEHOLDER.test(ctx.text.slice(hit.start, hit.end + 700));
}

/** A kid the writer masked (`"kid":"*** "`, pac4j/pac4j#1688's pasted header) names no key: it is not quoted as one. */
function unmasked(kid: string | null): string | null {
  return kid !== null && /^(?:[\s*•…]+|[xX]{3,})$/.test(kid) ? null : kid;
}
