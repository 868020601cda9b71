import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { type EvidenceData, note } from '../evidence.js';
import { jsonText } from '../json-text.js';
import { isPlaceholderCredential, isSanctumToken } from '../parse/authorization.js';
import { DEV_TOOL_VIAS } from '../parse/verifier-messages/dev-tools.js';
import { statusQuote } from '../status-quote.js';
import type { JsonObject } from '../token/decode.js';
import { productKeyOf } from '../token/product-key.js';
import type { FindingData } from '../types.js';
import { aiApiClient } from './ai-api-client.js';
import { KEYED_SERVICES, SAAS_APIS } from './answering-product.js';
import { appSyncTakesBareTokens, QUERY_TOKEN } from './authz-header.js';
import { basicArgs, basicChallengeOnly } from './basic-only.js';
import { browserTransport } from './browser-transport.js';
import { errorCutByPasteEnd } from './challenge.js';
import { sentByClientCode } from './client-code.js';
import { codeSendsBasic, codeSetsAuthorization } from './code-sets-header.js';
import { credentialElsewhere, shownElsewhere } from './credential-elsewhere.js';
import { defineCheck, finding } from './define.js';
import { gitlabApi } from './gitlab.js';
import { grpcReason } from './grpc-reason.js';
import { mcpClientPaste } from './mcp-client.js';
import { nestGuardRefusal } from './nest-guard.js';
import { opaqueIssuerNamed } from './opaque-issuer.js';
import { ownKeyRefused } from './own-key-refused.js';
import { platformInWords } from './platform-limits.js';
import { isPreflight } from './preflight.js';
import { productKeySent } from './product-key-sent.js';
import { GATEWAY_LIBRARIES, refusedNoToken } from './proxy.js';
import { queryPlaceholder } from './query-placeholder.js';
import { refusedRefreshArgs } from './refresh-provider.js';
import { registryArgs, registryRefused } from './registry-token.js';
import { schemeWordNotToken } from './scheme-cut.js';
import { statesMissingOrInvalid, webexStatesEither } from './stated-either.js';
import { writerSaysAfterAWhile, writerSaysClockOff } from './stated-elapsed.js';
import { statedNoToken } from './stated-no-token.js';
import { writerSaysRefreshRefused } from './stated-refresh.js';
import { writerSaysTokenSent } from './stated-token-sent.js';
import { telemetrySender } from './telemetry-sender.js';
import { looksLikeIdToken } from './time.js';
import { isAlbUserClaims, isFirebaseCustomToken, notAnAccessToken } from './token-type.js';

/** Rows whose words say a relying party was verifying the ID token it received at login (lua-resty-openidc's log). */
const RELYING_PARTY_ID_TOKEN: ReadonlySet<string> = new Set(['lua-resty-openidc.id-token-signature']);

/**
 * The token's shape (JWT Decoder): missing, malformed, encrypted, opaque, an ID token in an access token's place, or a
 * JWT of a kind that is never an access token.
 */
const CODES = [
  'token.missing',
  'token.malformed',
  'token.jwe',
  'token.opaque',
  'token.id-token',
  'token.type-mismatch',
  'token.crit',
  'token.revoked',
] as const;
type Code = (typeof CODES)[number];

/**
 * An Auth0 tenant's encrypted token with direct encryption (`alg: dir`, the tenant's `iss` in the header): what Auth0
 * answers a request that named no `audience`, a token for its /userinfo endpoint only, which Auth0's docs call opaque
 * ("If the token audience is just the OIDC /userinfo endpoint, then Auth0 will issue an opaque Access Token":
 * auth0.com/docs, Access Token Formats). An API's own JWE setting encrypts to the API's RSA key instead (RSA-OAEP-256,
 * auth0.com/docs, JSON Web Encryption). Custom domains hide the tenant and are not read.
 */
/**
 * token.opaque for the request's token: a Google access token (`ya29.`) sent to a Google API is where it belongs and
 * gets none; sent elsewhere its severity says whether a Google service refused it (googleSeverity).
 */
function opaqueFinding(
  ctx: Context,
  token: NonNullable<Context['token']>,
  prior: readonly FindingData[],
): FindingData<'token.opaque'> | null {
  if (schemeWordNotToken(ctx, token.decoded.raw)) return null;
  // A SaaS API that refused the token in its own words (LinkedIn's serviceErrorCode 65600, Dropbox's
  // invalid_access_token) issues and checks its own tokens, opaque by design (SAAS_APIS): "request a JWT, or
  // introspect it" would send the reader to an identity provider that has no part in it.
  if (refusedBySaasApi(prior)) return null;
  const google = isGoogleAccessToken(token.decoded.raw);
  if (google && sentToGoogleApi(ctx)) return null;
  // GitLab's access, OAuth and job tokens are opaque by design (docs.gitlab.com/api/rest/authentication): sent to its
  // API, an opaque token is the kind it takes.
  if (gitlabApi(ctx)) return null;
  // Splunk's HTTP Event Collector takes its token (a GUID) as `Authorization: Splunk <token>` (docs.splunk.com,
  // Data/FormateventsforHTTPEventCollector): that scheme names it. Refused by HEC in its own words, its finding names
  // the token already; otherwise it is named here, never called an opaque token for a JWT verifier to introspect.
  const hec = hecToken(ctx, token.decoded.raw);
  if (hec && prior.some((f) => (f.args as { via?: string }).via === 'splunk-hec')) return null;
  const args: FindingData<'token.opaque'>['args'] = hec
    ? { length: token.decoded.raw.length, form: 'api-key', key: 'splunk-hec-token' }
    : opaqueArgs(token.decoded.raw);
  // A gateway that stated its own policy's denial (Tyk's "Access to this API has been disallowed", verifier-messages/
  // gateways.ts) had identified the caller by the credential it got, an opaque key of its own as often as not; a product
  // that named the credential it refused as its own key (checks/credential-kind.ts: Groq's gsk_…) said what it is. A
  // reference token "for the API to introspect" is no cause beside either; a key of a known form is still named.
  if (args.form === undefined && prior.some((f) => gatewayDenied(f) || ownCredentialRefused(f))) return null;
  if (args.key !== undefined && ownKeyRefused(prior, args.key)) return null;
  // Supabase's platform check named the bearer as one of its new API keys (checks/supabase.ts, edgeVerifyJwtCause): the
  // key was sent where a JWT goes, and "request a JWT, or introspect it" would send the reader to an identity provider.
  if (prior.some((f) => f.code === 'proxy.gateway-response' && f.args.supabaseVerifyJwt === 'api-key')) return null;
  // Claims shown beside it say the IdP issued a JWT: its opaque-token setting is not the cause.
  if (args.form === undefined && ctx.claims === null) {
    const issuer = opaqueIssuerNamed(ctx);
    if (issuer !== null) args.issuer = issuer;
  }
  return finding('token.opaque', args, token.evidence, token.source, google ? googleSeverity(ctx) : undefined);
}

/** The token is the credential of an `Authorization: Splunk …` header: a Splunk HEC token. */
function hecToken(ctx: Context, raw: string): boolean {
  const parsed = ctx.authorization?.parsed;
  return parsed?.scheme?.toLowerCase() === 'splunk' && parsed.credential === raw;
}

function auth0NoAudience(header: Readonly<Record<string, unknown>>): boolean {
  if (header.alg !== 'dir' || typeof header.iss !== 'string') return false;
  const m = /^https:\/\/([a-z0-9.-]{1,253})\/$/i.exec(header.iss);
  return m !== null && (m[1] as string).toLowerCase().endsWith('.auth0.com');
}

/**
 * A known opaque form, when the token is one: Laravel Sanctum's `{id}|{secret}`, or a Google OAuth 2.0 access token
 * (`ya29.`), which only Google's APIs accept: Cloud Run, Cloud Functions and IAP authenticate callers with a
 * Google-signed ID token whose `aud` is the service's URL or IAP's client id (cloud.google.com/docs/authentication
 * /token-types, "Access tokens" and "ID tokens"; Cloud Run's "Authenticating service-to-service"), and refuse the access
 * token with their own 401/403 page (google/adk-python#3814: "Your client does not have permission to the requested URL").
 */
function opaqueArgs(raw: string): FindingData<'token.opaque'>['args'] {
  if (isSanctumToken(raw)) return { length: raw.length, form: 'sanctum' };
  if (isGoogleAccessToken(raw)) return { length: raw.length, form: 'google-access-token' };
  // A product's own key (token/product-key.ts): named, so the steps are about that key, not introspection.
  const key = productKeyOf(raw);
  if (key !== null) return { length: raw.length, form: 'api-key', key };
  return { length: raw.length };
}

function isGoogleAccessToken(raw: string): boolean {
  return raw.startsWith('ya29.');
}

/** Sent to a Google API (`*.googleapis.com`), a Google access token is where it belongs: nothing to say about its form. */
function sentToGoogleApi(ctx: Context): boolean {
  return ctx.requestHost?.toLowerCase().endsWith('.googleapis.com') === true;
}

/**
 * Sent to a Cloud Run or Cloud Functions URL and refused, a Google access token is the failure itself: those front
 * doors accept only ID tokens (Cloud Run, "Authenticating service-to-service").
 */
function googleSeverity(ctx: Context): 'error' | undefined {
  const host = ctx.requestHost?.toLowerCase() ?? '';
  const code = ctx.http.status?.code;
  const serverless = host.endsWith('.run.app') || host.endsWith('.cloudfunctions.net');
  return serverless && (code === 401 || code === 403) ? 'error' : undefined;
}

/**
 * Schemes whose credentials are not tokens at all (a user:password pair, a SPNEGO blob): calling them
 * "opaque tokens" would send the reader to introspection; `authz-header.scheme` names the real problem.
 */
const NON_TOKEN_SCHEMES = new Set(['basic', 'digest', 'negotiate', 'ntlm']);

export const tokenCheck = defineCheck({
  id: 'token',
  codes: CODES,
  run(ctx: Context, prior) {
    const out: FindingData<Code>[] = [];
    const token = ctx.token;
    const authz = ctx.authorization;
    if (authz !== null && isPlaceholderCredential(authz.parsed.credential)) {
      // `Authorization: Bearer undefined` (or an empty header): the request visibly carried no token, whatever
      // else the paste holds. The server's invalid_token is about this placeholder, so it does not silence it.
      // The placeholder is quoted: it is what explains the failure (a client's unset variable), and never a secret.
      const placeholder = authz.parsed.credential.trim();
      out.push(
        finding('token.missing', { placeholder }, ctx.evidenceAt(authz.field.start, authz.field.end), 'request-header'),
      );
    } else if (token === null) {
      // A product's key sent in its own header or query parameter (x-api-key: sk-ant-…, ?key=AIza…): the request
      // carried that key, and the report names it instead of reading a missing token.
      const sent =
        authz === null && (ctx.http.requestShown || ctx.http.request.url !== null) ? productKeySent(ctx) : null;
      // A URL's token parameter that carries nothing (`?token=&vsn=…`, `?access_token=undefined`): the connection went
      // out with no token, in the place a WebSocket or EventSource sends it (checks/query-placeholder.ts). A request shown
      // with its headers is the authz-header check's to judge (authz-header.missing).
      const status = ctx.http.status?.code;
      const emptyInQuery =
        sent === null && authz === null && !ctx.http.requestShown && (status === 401 || status === 403)
          ? queryPlaceholder(ctx)
          : null;
      if (sent !== null) {
        if (!ownKeyRefused(prior, sent.key))
          out.push(
            finding(
              'token.opaque',
              { length: sent.end - sent.start, form: 'api-key', key: sent.key },
              ctx.evidenceAt(sent.start, sent.end),
              'request-header',
            ),
          );
      } else if (emptyInQuery !== null) {
        out.push(
          finding(
            'token.missing',
            { placeholder: emptyInQuery.value, inQuery: emptyInQuery.name },
            ctx.evidenceAt(emptyInQuery.start, emptyInQuery.end),
            'request-header',
          ),
        );
      } else if (
        ctx.presentClaims === null &&
        authz === null &&
        isAuthenticationFailure(ctx) &&
        !prior.some((f) => f.code === 'authz-header.missing' || refusedNoToken(f) || registryFirstStep(f)) &&
        // The request shown carried its credential where its product reads it (a header of its own, a signed URL, its
        // session cookie): "no token was sent" would contradict the paste. GitLab's 401 says the same for a token it did
        // not find and one it refused (checks/gitlab.ts): its own words stay.
        !(ctx.http.requestShown && !gitlabApi(ctx) && shownElsewhere(credentialElsewhere(ctx, prior)))
      ) {
        // kubectl's line, or the API server's own 401 body: the credentials a kubeconfig or a pod gives, not a header.
        const kubectl = ctx.stated.find((s) => s.via === 'kubectl' || s.via === 'kubernetes');
        // A gRPC library's UNAUTHENTICATED (parse/client-errors.ts) whose details no verifier row read: the call's
        // credentials travel in its metadata, not in a header a request capture would show.
        // A status the writer or the print states in words ("401 from the api") does not make the call a request a capture
        // would show: the metadata is still where to look. An HTTP status line does: an HTTP layer answered (round left-n).
        // A telemetry sender's own line (an exporter quoting its backend's HTTP 401 in gRPC's words) has its own reading.
        const grpc =
          kubectl === undefined &&
          (ctx.http.status === null ||
            (ctx.http.status.form === 'prose' && !ctx.http.requestShown && telemetrySender(ctx) === null))
            ? ctx.stated.find(
                (s) =>
                  s.via === 'grpc' &&
                  s.kind === 'unauthenticated' &&
                  // A row that read the details (Dapr's "missing api token in request metadata") says who and why.
                  !ctx.hits.some(
                    (h) => h.hit.code === 'token.missing' && h.hit.start >= s.start && h.hit.start < s.end,
                  ),
              )
            : undefined;
        // The server's own words that no token came ("Missing Authorization header"): the evidence, and a stated fact
        // rather than a likely reading. A verifier message or an error body saying so is the verifier-log or body check's,
        // with who said it.
        const said =
          kubectl === undefined &&
          !isPreflight(ctx) &&
          !ctx.hits.some((h) => h.hit.code === 'token.missing') &&
          !ctx.stated.some((s) => s.kind === 'no_token')
            ? (statedNoToken(ctx) ?? serverSaysUnauthenticated(ctx))
            : null;
        // The writer's words that the token refresh itself got the 401: the token endpoint refused the refresh, not an
        // API an access token. Only where the paste shows no request, whose own headers would say what was sent.
        const refresh =
          said === null && kubectl === undefined && grpc === undefined && !ctx.http.requestShown
            ? writerSaysRefreshRefused(ctx)
            : null;
        if (said !== null) {
          out.push(finding('token.missing', { stated: true }, ctx.evidenceAt(said.start, said.end), said.source));
        } else if (refresh !== null) {
          const args = { ...refusedRefreshArgs(ctx, undefined), writerSaid: true as const };
          out.push(finding('token.revoked', args, ctx.evidenceAt(refresh.start, refresh.end), 'log'));
        } else {
          const statusEvidence =
            ctx.http.status !== null
              ? statusQuote(ctx, ctx.http.status)
              : kubectl !== undefined
                ? ctx.evidenceAt(kubectl.start, kubectl.end)
                : grpc !== undefined
                  ? ctx.evidenceAt(grpc.start, grpc.end)
                  : statedUnauthenticated(ctx);
          // With the request not in the paste (a bare status, a client's error line), that none was sent is the likely
          // reading, not a seen fact: the words say so.
          // GitLab's 401 says the same for a token it did not find and one it refused, and it reads more than
          // Authorization (checks/gitlab.ts): its own steps.
          // An exporter's or agent's own log of its backend's 401: its configuration sends the credential.
          const sender = telemetrySender(ctx);
          // An AI API's client sends the key its configuration gives (checks/ai-api-client.ts).
          const aiApi = sender === null ? aiApiClient(ctx) : null;
          const args = isPreflight(ctx)
            ? { preflight: true as const }
            : kubectl !== undefined
              ? kubectl.via === 'kubectl'
                ? eksExecPlugin(ctx.text)
                  ? { client: 'kubectl' as const, eks: true as const }
                  : { client: 'kubectl' as const }
                : { client: 'kubernetes' as const }
              : grpc !== undefined
                ? grpcArgs(grpc.description)
                : gitlabApi(ctx)
                  ? { client: 'gitlab' as const }
                  : registryRefused(ctx)
                    ? registryArgs(ctx)
                    : basicChallengeOnly(ctx)
                      ? basicArgs(ctx)
                      : ctx.http.requestShown
                        ? {}
                        : sender !== null
                          ? sender === 'otel-collector' && ctx.http.status?.code === 403
                            ? { requestUnseen: true as const, sender, senderForbidden: true as const }
                            : { requestUnseen: true as const, sender }
                          : aiApi !== null
                            ? { requestUnseen: true as const, aiApi }
                            : writerSaysTokenSent(ctx)
                              ? { requestUnseen: true as const, saidSent: true as const }
                              : codeSetsAuthorization(ctx) !== null
                                ? { requestUnseen: true as const, codeSetsHeader: true as const }
                                : codeSendsBasic(ctx)
                                  ? {
                                      requestUnseen: true as const,
                                      codeSetsHeader: true as const,
                                      codeScheme: 'basic' as const,
                                    }
                                  : mcpClientPaste(ctx)
                                    ? { client: 'mcp' as const }
                                    : { requestUnseen: true as const };
          const aged: { afterAWhile?: true; clockNamed?: true } =
            'requestUnseen' in args
              ? {
                  ...(writerSaysAfterAWhile(ctx) ? { afterAWhile: true as const } : {}),
                  ...(writerSaysClockOff(ctx) ? { clockNamed: true as const } : {}),
                }
              : {};
          const transport = 'requestUnseen' in args ? browserTransport(ctx) : null;
          // NestJS's bare 401 (checks/nest-guard.ts): its guard dropped the reason, so the steps ask for it, unless the
          // paste's own log line gives it (passport-jwt's "No auth token", a verifier row's hit).
          const nest =
            'requestUnseen' in args && !('saidSent' in args) && !('codeSetsHeader' in args) && ctx.hits.length === 0
              ? nestGuardRefusal(ctx)
              : null;
          const framed: CodeArgs['token.missing'] =
            'requestUnseen' in args && appSyncTakesBareTokens(ctx)
              ? { ...args, bareHeader: true }
              : transport !== null
                ? { ...args, transport }
                : nest !== null
                  ? nest.handler === true
                    ? { ...args, framework: 'nestjs' as const, exceptionsHandler: true as const }
                    : { ...args, framework: nest.framework }
                  : 'requestUnseen' in args && Object.keys(args).length === 1 && sentByClientCode(ctx)
                    ? { ...args, clientCode: true as const }
                    : args;
          // A framework's own refusal and the client code's variable have their own steps; the writer's "after an hour"
          // adds the token's age to the others.
          const shown: CodeArgs['token.missing'] =
            nest === null && !('codeSetsHeader' in args) ? { ...framed, ...aged } : framed;
          // "Access token is missing or invalid" (APIM's validate-jwt sample) says either: no reading that none was sent.
          if (nest === null && 'requestUnseen' in args && Object.keys(args).length === 1) {
            if (statesMissingOrInvalid(ctx)) shown.eitherStated = true;
            else if (webexStatesEither(ctx)) {
              shown.eitherStated = true;
              shown.eitherProduct = 'webex';
            }
          }
          // The platform's own credential is a JWT its caller signs (App Store Connect): say how to mint one.
          if ('requestUnseen' in shown) {
            const platform = platformInWords(ctx.lower);
            if (platform !== null) shown.platform = platform.id;
          }
          // The exporter's own line says the backend refused its credential (its 403 under gRPC's code): stated, and the
          // line it says it in is the evidence.
          const exporter =
            shown.senderForbidden === true
              ? ctx.stated.find((s) => s.via === 'grpc' && s.kind === 'unauthenticated')
              : undefined;
          out.push(
            finding(
              'token.missing',
              shown,
              exporter !== undefined
                ? ctx.evidenceAt(exporter.start, exporter.end)
                : nest !== null && ctx.http.status === null
                  ? ctx.evidenceAt(nest.start, nest.end)
                  : statusEvidence,
              ctx.http.status === null || exporter !== undefined ? 'log' : 'status',
            ),
          );
        }
      }
    }
    if (token !== null) {
      const shape = token.decoded.shape;
      switch (shape.kind) {
        case 'malformed':
          // A service account's Google access token has dots of its own (`ya29.c.…`) and splits like a JWT: it is
          // opaque, not a broken JWT.
          // A SendGrid API key has two dots too (SG.<id>.<secret>, sendgrid/sendgrid-php#239): an API key, not a JWT.
          // So do a GitLab token's newer form and any other product's key (token/product-key.ts).
          if (isGoogleAccessToken(token.decoded.raw) || productKeyOf(token.decoded.raw) !== null) {
            const opaque = opaqueFinding(ctx, token, prior);
            // A JWT verifier that called it malformed (jose4j's "Expecting either 3 or 5 parts … but was 2" under
            // Endpoints' EspAuthenticator, java-docs-samples#590) refused it for being no JWT: the kind is the failure.
            if (opaque !== null && opaque.severity === undefined && refusedAsMalformed(prior))
              opaque.severity = 'error';
            if (opaque !== null) out.push(opaque);
            break;
          }
          {
            const endsPaste = cutByPasteEnd(ctx.text, token.decoded.raw, shape);
            out.push(
              finding(
                'token.malformed',
                {
                  reason: shape.reason,
                  parts: token.decoded.raw.split('.').length,
                  ...(endsPaste ? { endsPaste: true as const } : {}),
                  ...firstPartArgs(shape, token.decoded.raw),
                  ...(shape.cut === undefined ? {} : { cutClaims: Object.keys(shape.cut) }),
                  ...(shape.reason === 'padding' && isAlbUserClaims(shape.header)
                    ? { issuedBy: 'aws-alb' as const }
                    : {}),
                  // RFC 7519 §6.1: an unsecured JWT's signature is the empty string, nothing to mask.
                  ...(isAlgNone(shape.header) ? { unsigned: true as const } : {}),
                },
                token.evidence,
                token.source,
                // Cut where the paste ends, the token shown is the paste's fault more likely than the request's: a
                // warning, so what its claims say (an expiry, another issuer) and what the server said rank first.
                endsPaste ? 'warning' : undefined,
              ),
            );
          }
          break;
        case 'jwe': {
          // A verifier that says the token is no JWS (jose's "Invalid Compact JWS", under express-oauth2-jwt-bearer)
          // refused it for being encrypted: the JWE is the failure, not a suspicion (rank.ts absorbs the words).
          const refused = refusedAsMalformed(prior);
          const auth0 = auth0NoAudience(shape.header);
          out.push(
            finding(
              'token.jwe',
              {
                alg: str(shape.header.alg),
                enc: str(shape.header.enc),
                ...(auth0 ? { issuer: 'auth0' as const } : {}),
              },
              note('token-header', { token: token.label, header: jsonText(shape.header) ?? '{}' }),
              token.source,
              refused ? 'error' : undefined,
            ),
          );
          break;
        }
        case 'jws': {
          if (Object.hasOwn(shape.header, 'crit')) {
            const crit = critFinding(shape.header);
            out.push(
              finding(
                'token.crit',
                crit.args,
                note('token-header', { token: token.label, header: jsonText(shape.header) ?? '{}' }),
                token.source,
                crit.error ? 'error' : undefined,
              ),
            );
          }
          const proof = token.foundIn === 'authorization-header' ? notAnAccessToken(shape.header.typ) : null;
          if (proof !== null)
            out.push(
              finding(
                'token.type-mismatch',
                { typ: shape.header.typ as string, expected: [], proof },
                note('token-header', { token: token.label, header: jsonText(shape.header) ?? '{}' }),
                token.source,
              ),
            );
          // A Firebase custom token sent as the bearer token (or pasted beside the Admin SDK's refusal): it is only
          // ever exchanged for an ID token, so no verifier accepts it in one's place.
          else if (
            (token.foundIn === 'authorization-header' || ctx.hits.some((h) => h.hit.library === 'firebase-admin')) &&
            isFirebaseCustomToken(shape.header, shape.payload)
          )
            out.push(
              finding(
                'token.type-mismatch',
                {
                  typ: typeof shape.header.typ === 'string' ? shape.header.typ : null,
                  expected: [],
                  proof: 'firebase-custom-token',
                },
                note('token-header', { token: token.label, header: jsonText(shape.header) ?? '{}' }),
                token.source,
              ),
            );
          break;
        }
        case 'opaque': {
          const opaque = sentUnderNonTokenScheme(ctx) ? null : opaqueFinding(ctx, token, prior);
          // A JWT verifier that calls it malformed (jsonwebtoken's "jwt malformed", PyJWT's "Not enough segments")
          // refused it for not being a JWT at all: the opaque token is the failure, not a suspicion (rank.ts absorbs
          // the words). Auth0 Community "Access_token too short ~ jwt malformed" (t/9169): a token requested without
          // an audience, for /userinfo only.
          // A value with dots, or with base64url JSON in it (`":"` encodes as `OiJ`/`iOi`), is more likely a JWT that
          // lost characters (`hbGciOi…`): malformed, as the verifier says.
          const raw = token.decoded.raw;
          // A Google access token's own dot (`ya29.`) is no sign of a JWT.
          const damagedJwt =
            !isGoogleAccessToken(raw) &&
            productKeyOf(raw) === null &&
            (raw.includes('.') || raw.includes('OiJ') || raw.includes('iOi'));
          if (opaque !== null && opaque.severity === undefined && !damagedJwt && refusedAsMalformed(prior))
            opaque.severity = 'error';
          if (opaque !== null) out.push(opaque);
          break;
        }
        case 'masked': {
          // `ya29.a0AfB_xxxx…`, `ya29.****`: the prefix survives the masking, and it alone says Google access token,
          // which is what Cloud Run's 403 was about (agentbeck.bot/report/91042, the access token from
          // `credentials.token` sent to another Cloud Run service). Other masked credentials show no form.
          if (isGoogleAccessToken(token.decoded.raw)) {
            const opaque = opaqueFinding(ctx, token, prior);
            if (opaque !== null) out.push(opaque);
          }
          break;
        }
        default:
          break;
      }
    }
    // Claims come from the token or from a bare payload JSON pasted on its own: both can show an ID token. A relying
    // party's own log of the ID token it checked at login is that check failing, not an ID token sent to an API.
    const claims = ctx.claims;
    if (claims !== null && looksLikeIdToken(claims) && !ctx.hits.some((h) => RELYING_PARTY_ID_TOKEN.has(h.hit.id))) {
      const indicators = ['nonce', 'at_hash', 'c_hash'].filter((c) => c in claims);
      if (claims.token_use === 'id') indicators.push('token_use: id');
      out.push(
        finding('token.id-token', { indicators }, note('claims-present', { claims: indicators }), ctx.claimsSource),
      );
    }
    // A pasted token beside the writer's words that its refresh got the 401: the token's own findings (an expiry) say
    // why a refresh was needed, and the refusal of that refresh is what to fix, unless the endpoint's own words say it.
    if (token !== null && !ctx.http.requestShown && !prior.some(refusedAtTokenEndpoint)) {
      const refresh = writerSaysRefreshRefused(ctx);
      if (refresh !== null) {
        const args = { ...refusedRefreshArgs(ctx, undefined), writerSaid: true as const };
        out.push(finding('token.revoked', args, ctx.evidenceAt(refresh.start, refresh.end), 'log'));
      }
    }
    return out;
  },
});

/**
 * Header parameters RFC 7515 §4.1 and RFC 7518 define for a JWS, which `crit` must not name (RFC 7515 §4.1.11: "Producers
 * MUST NOT include Header Parameter names defined by this specification or [JWA] for use with JWS").
 */
const JWS_REGISTERED = new Set(['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit']);
const MAX_CRIT_NAMES = 8;

/**
 * A header's `crit` against RFC 7515 §4.1.11, as jose checks it (panva/jose src/lib/validate_crit.ts): not an array of
 * non-empty strings, or empty ("MUST be an array of non-empty strings when present"), a name the header lacks ("Extension
 * Header Parameter … is missing"), a registered name (not in its recognised list: "… is not recognized"), and a JWT
 * with RFC 7797's `b64: false` (jose src/jwt/verify.ts: "JWTs MUST NOT use unencoded payload") are refused whatever the
 * verifier implements: an error. Otherwise `crit` names extensions that a verifier not implementing them must refuse
 * (most JWT libraries implement none; jose knows `b64`): a warning.
 */
function critFinding(header: Readonly<Record<string, unknown>>): {
  args: FindingData<'token.crit'>['args'];
  error: boolean;
} {
  const crit = header.crit;
  if (!Array.isArray(crit) || crit.some((n) => typeof n !== 'string' || n.length === 0))
    return { args: { names: [], problem: 'not-array' }, error: true };
  // Judged by the whole names, shortened only to be shown: a long name the header carries was once called absent.
  const names = (crit as string[]).slice(0, MAX_CRIT_NAMES);
  if (names.length === 0) return { args: { names, problem: 'empty' }, error: true };
  const registered = names.filter((n) => JWS_REGISTERED.has(n));
  if (registered.length > 0) return { args: { names: registered, problem: 'registered' }, error: true };
  const absent = names.filter((n) => !Object.hasOwn(header, n));
  if (absent.length > 0) return { args: { names: absent.map(shownName), problem: 'absent' }, error: true };
  if (names.includes('b64') && header.b64 === false) return { args: { names, problem: 'unencoded' }, error: true };
  return { args: { names: names.map(shownName) }, error: false };
}

const MAX_CRIT_NAME = 64;

/** A crit name as the finding shows it: its first 64 UTF-16 units, without the half of a pair the cut would leave. */
function shownName(name: string): string {
  if (name.length <= MAX_CRIT_NAME) return name;
  const cut = name.slice(0, MAX_CRIT_NAME);
  const last = cut.charCodeAt(MAX_CRIT_NAME - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A verifier (a log, a reply), not the token's own shape, said the token is malformed. */
function refusedBySaasApi(prior: readonly FindingData[]): boolean {
  return prior.some((f) => {
    const via = (f.args as { via?: string }).via ?? '';
    return SAAS_APIS.has(via) || KEYED_SERVICES.has(via) || DEV_TOOL_VIAS.has(via);
  });
}

/** A gateway's own stated denial by its policy (a GATEWAY_LIBRARIES row's: Tyk's, Kong's ACL, Envoy's RBAC). */
function gatewayDenied(f: FindingData): boolean {
  if (f.code !== 'policy.deny') return false;
  const { gateway, via } = f.args as { gateway?: string; via?: string };
  return gateway !== undefined || (via !== undefined && GATEWAY_LIBRARIES[via] !== undefined);
}

/** A product's refusal of a credential of its own (checks/credential-kind.ts, `credential`). */
function ownCredentialRefused(f: FindingData): boolean {
  return (f.args as { credential?: string }).credential !== undefined;
}

function refusedAsMalformed(prior: readonly FindingData[]): boolean {
  return prior.some((f) => f.code === 'token.malformed' && f.source !== 'token');
}

/** A registry's token-auth challenge to a first request: its finding says how the client is to get a token. */
function registryFirstStep(f: FindingData): boolean {
  return f.code === 'challenge.no-error' && f.args.registry === true;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function sentUnderNonTokenScheme(ctx: Context): boolean {
  const scheme = ctx.authorization?.parsed.scheme ?? null;
  return (
    ctx.token?.foundIn === 'authorization-header' && scheme !== null && NON_TOKEN_SCHEMES.has(scheme.toLowerCase())
  );
}

/**
 * The paste shows EKS's exec plugin: `aws eks get-token` (aws-cli awscli/customizations/eks/get_token.py, whose token is
 * `k8s-aws-v1.` and a presigned STS GetCallerIdentity URL) or aws-iam-authenticator, which kubeconfigs name as
 * `command: aws` with `args: [eks, get-token, …]` or `command: aws-iam-authenticator`. Only beside kubectl's 401.
 */
const EKS_PLUGIN = /\beks get-token\b|\baws-iam-authenticator\b|\bk8s-aws-v1\.|-\s{1,4}eks\s{1,40}-\s{1,4}get-token\b/;
function eksExecPlugin(text: string): boolean {
  return (
    (text.includes('get-token') || text.includes('aws-iam-authenticator') || text.includes('k8s-aws-v1.')) &&
    EKS_PLUGIN.test(text)
  );
}

/**
 * GitHub's "Requires authentication" (its body, or go-github's error line): its words for a call that carried no
 * credentials, where a token it refused is "Bad credentials" (parse/client-errors.ts, parse/error-bodies.ts). Django
 * REST framework's NotAuthenticated in its Japanese catalogue ({"detail": "認証情報が含まれていません。"},
 * parse/error-bodies.ts; audit-bb 19), where a refused token is AuthenticationFailed. The server's statement, quoted as
 * the evidence, rather than the likely reading of a bare 401.
 */
function serverSaysUnauthenticated(ctx: Context): { start: number; end: number; source: 'log' } | null {
  for (const s of ctx.stated)
    if (s.kind === 'unauthenticated' && (s.via === 'github' || s.via === 'django-rest-framework'))
      return { start: s.start, end: s.end, source: 'log' };
  return null;
}

/**
 * "An authentication failure" consistent with no credentials: a 401 or an error-less Bearer challenge.
 * When the server names a problem with the token (`invalid_token`, a verifier log line), a token was
 * sent and merely not pasted, so its absence from the paste says nothing. A token sent in the query
 * (`?access_token=`, STS's `?WebIdentityToken=`) is a token too.
 */
/** A token endpoint's own refusal read (its error body or message): it says more than the writer's words. */
function refusedAtTokenEndpoint(f: FindingData): boolean {
  return f.code === 'token.revoked' || f.code.startsWith('oauth.');
}

function isAuthenticationFailure(ctx: Context): boolean {
  let bearer = false;
  for (const { result } of ctx.challenges) {
    for (const ch of result.challenges) {
      if (ch.params.error !== undefined) return false;
      if (!bearer && ch.scheme.toLowerCase() === 'bearer') bearer = true;
    }
  }
  if (ctx.challenges.length > 0 && errorCutByPasteEnd(ctx)) return false;
  for (const h of ctx.hits) if (h.hit.code !== 'token.missing') return false;
  // A body that says a credential was judged (invalid_token, insufficient_scope, a refused grant) says
  // one was sent: the report leads with what the body says, not with its absence from the paste.
  let unauthenticated = false;
  for (const s of ctx.stated) {
    if (s.kind !== 'unauthenticated' && s.kind !== 'no_token') return false;
    unauthenticated = true;
  }
  const url = ctx.http.request.url;
  if (url !== null && QUERY_TOKEN.test(url)) return false;
  if (ctx.http.status?.code === 401 || unauthenticated) return true;
  return bearer;
}

/**
 * A token whose payload does not decode and that is the paste's last text (`…Authorization: Bearer eyJhbG….eyJpc3Mi` and
 * nothing after): a paste cut by the chat client's length limit or a partial copy ends that way, so the request's token
 * may be whole. The words then say so. Only the payload's reasons: a header that does not decode was cut at its start.
 * Only a payload that is the token's last part: one a signature follows (`….eyJpc3…fQ.xxxx`, `….fQ.`) was damaged
 * inside, and the paste's end cut nothing of it.
 */
/** A header that does not decode: cut (its alg read), or begun as one (`eyJ`) and so damaged inside, not cut at its start. */
function firstPartArgs(shape: { reason: string; headerCut?: true }, raw: string): { firstPart?: 'cut' | 'damaged' } {
  if (shape.reason !== 'header-json') return {};
  if (shape.headerCut === true) return { firstPart: 'cut' };
  return raw.startsWith('eyJ') ? { firstPart: 'damaged' } : {};
}

function cutByPasteEnd(text: string, raw: string, shape: { reason: string; headerCut?: true }): boolean {
  // A header cut (no dot after it) or a payload cut (the token's last part, one dot before it).
  if (shape.headerCut !== true) {
    if (shape.reason !== 'payload-json' && shape.reason !== 'payload-base64' && shape.reason !== 'payload-tail')
      return false;
    if (raw.indexOf('.') !== raw.lastIndexOf('.')) return false;
  }
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  return end >= raw.length && text.startsWith(raw, end - raw.length);
}

/** Whether a token header read (whole or up to a cut) names alg none, in any case. */
function isAlgNone(header: JsonObject | null): boolean {
  const alg = header?.alg;
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

function grpcArgs(details: string | null): CodeArgs['token.missing'] {
  const reason = grpcReason(details);
  return reason === undefined ? { client: 'grpc' } : { client: 'grpc', grpcReason: reason };
}

/**
 * With no status and no request in the paste, the words that made the failure an authentication one (a product's
 * `x-amzn-ErrorType: UnauthorizedException`, a body's UNAUTHENTICATED) are what the paste says; with none, a note that
 * no token was in it (round sample-31: API Gateway's headers alone quoted as "no token in the input").
 */
function statedUnauthenticated(ctx: Context): EvidenceData {
  const said = ctx.stated.find((s) => s.kind === 'unauthenticated');
  return said === undefined ? note('no-token', {}) : ctx.evidenceAt(said.start, said.end);
}
