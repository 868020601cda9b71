import type { CodeArgs } from '../args.js';
import { deniedByDesignAt401 } from '../classify.js';
import type { Context } from '../context.js';
import { isPlaceholderCredential } from '../parse/authorization.js';
import { MISNAMED_CHALLENGE } from '../parse/challenge.js';
import { expiryStatedIn } from '../parse/stated-expiry.js';
import { statusQuote } from '../status-quote.js';
import type { FindingData } from '../types.js';
import { answeringProduct } from './answering-product.js';
import { applicationVerifierLogged } from './app-verifier.js';
import { defineCheck, finding } from './define.js';
import { drfTokenChallenge } from './header-drop.js';
import { registryClient, registryTokenChallenge } from './registry-token.js';
import { descriptionSaysNoToken } from './stated-no-token.js';
import { statedExpiryArgs } from './stated-time.js';
import { TOKEN_JUDGED, tokenSeenArgs } from './token-judged.js';

type Out = FindingData<
  | 'challenge.missing'
  | 'challenge.no-error'
  | 'challenge.invalid-request'
  | 'challenge.invalid-token'
  | 'challenge.dpop-proof'
  | 'challenge.step-up'
  | 'challenge.insufficient-scope'
  | 'challenge.scheme-mismatch'
  | 'challenge.malformed'
  | 'time.expired'
  | 'token.missing'
  | 'oauth.invalid-client'
>;

/** Schemes whose challenges carry RFC 6750 error codes. */
const OAUTH_SCHEMES = new Set(['bearer', 'dpop']);

/**
 * Whether this challenge states an RFC 6750 error: Bearer's and DPoP's, and WSO2 API Manager's, which names its scheme
 * OAuth2 but states Bearer's errors (wso2/product-apim#9110: `WWW-Authenticate: OAuth2 realm="WSO2 API Manager",
 * error="invalid_token", error_description="The access token expired"`). Only with an error: a bare OAuth2 challenge
 * says nothing the reader knows.
 */
function statesOAuthError(ch: { scheme: string; params: { error?: string } }): boolean {
  const scheme = ch.scheme.toLowerCase();
  // A token endpoint's invalid_client comes in the scheme the client authenticated with (RFC 6749 §5.2), Basic too.
  if (ch.params.error === 'invalid_client') return true;
  return OAUTH_SCHEMES.has(scheme) || (scheme === 'oauth2' && ch.params.error !== undefined);
}

/**
 * WWW-Authenticate Inspect and the OAuth Bearer diagnostic: RFC 9110 challenges, RFC 6750, RFC 9449 and RFC 9470 error
 * codes, and Entra ID's claims challenge.
 */
/**
 * API Gateway's HTTP API JWT authorizer writes its challenge with blanks, not commas, between the parameters, `scope`
 * first and empty: `Bearer scope="" error="invalid_token" error_description="the token has expired"` (AWS's
 * troubleshooting page for JWT authorizers; /work/shared/reference/verifier-messages.md). RFC 9110 wants commas, so it
 * is malformed, but it is AWS's fixed form: the reader cannot fix it, what it says was read, and it is worth only a
 * note. Bounded, anchored, one class per run: linear.
 */
export const AWS_HTTP_API_CHALLENGE =
  /^Bearer scope="[^"]{0,1000}" error="[a-z_]{1,40}"(?: error_description="[^"]{0,1000}")?\s*$/;

/**
 * Azure Storage's challenge, unquoted URLs and no comma: `Bearer authorization_uri=https://login.microsoftonline.com/
 * <tenant>/oauth2/authorize resource_id=https://storage.azure.com` (learn.microsoft.com, "Authorize access to blobs
 * using Microsoft Entra ID", and Azure Storage's bearer challenge). Its fixed form, as API Gateway's above.
 */
const AZURE_STORAGE_CHALLENGE =
  /^Bearer authorization_uri=https:\/\/login\.(?:microsoftonline\.com|windows\.net)\/[^\s,]{1,200} resource_id=https:\/\/storage\.azure\.com\/?\s*$/;

/**
 * Dataverse's (Dynamics 365's) challenge to a request without a token: the tenant's authority unquoted, alone or with
 * the environment's URL, `Bearer authorization_uri=https://login.microsoftonline.com/<tenant>/oauth2/authorize,
 * resource_id=https://<org>.crm.dynamics.com/` (learn.microsoft.com power-apps/developer/data-platform/authenticate-oauth,
 * "Discover the authority at run time": clients read the authority from this 401). Its fixed form, as Azure Storage's.
 */
const DATAVERSE_CHALLENGE =
  /^Bearer authorization_uri=https:\/\/login\.(?:microsoftonline\.com|windows\.net)\/[\w.-]{1,100}\/oauth2\/authorize(?:,? resource_id=https:\/\/[a-z0-9-]{1,100}\.(?:api\.)?crm\d{0,2}\.dynamics\.com\/?)?\s*$/;

/**
 * The tenant and the environment a Dataverse challenge names: the GUID (or domain) in authorization_uri's path, and
 * resource_id's URL or else the first `<org>.crm*.dynamics.com` URL the paste shows, the resource a token is requested for
 * (learn.microsoft.com power-apps/developer/data-platform/authenticate-oauth: scope `<environment URL>/.default`).
 */
function dataverseTarget(ctx: Context, value: string): { tenant: string; resource: string | null } | null {
  const tenant = /authorization_uri=https:\/\/login\.[a-z.]{1,40}\/([\w.-]{1,100})\/oauth2\/authorize/.exec(value)?.[1];
  if (tenant === undefined) return null;
  const named = /resource_id=(https:\/\/[a-z0-9-]{1,100}\.(?:api\.)?crm\d{0,2}\.dynamics\.com)\/?/.exec(value)?.[1];
  if (named !== undefined) return { tenant, resource: named };
  // The environment's URL where the paste shows one (the request line, a client's error): one search, gated.
  const at = ctx.lower.indexOf('.dynamics.com');
  const url =
    at < 0
      ? null
      : /https:\/\/[a-z0-9-]{1,100}\.(?:api\.)?crm\d{0,2}\.dynamics\.com(?![\w.-])/.exec(
          ctx.lower.slice(Math.max(0, at - 130), at + 14),
        );
  return { tenant, resource: url === null ? null : url[0] };
}

/**
 * gin-jwt's challenge, `JWT realm=` and the realm unquoted (appleboy/gin-jwt, auth_jwt.go, `unauthorized`:
 * `c.Header("WWW-Authenticate", "JWT realm="+mw.Realm)`, its default realm "gin jwt"): a realm with a blank does not
 * parse. Only read after the parser failed on it; one class per run, bounded: linear.
 */
const GIN_JWT_CHALLENGE = /^JWT realm=[^",=\r\n]{1,200}$/;

/** A known product's fixed non-conforming challenge, or null. */
function knownNonConforming(value: string): 'aws-http-api' | 'azure-storage' | 'gin-jwt' | 'dataverse' | null {
  if (value.length > 2200) return null;
  if (AWS_HTTP_API_CHALLENGE.test(value)) return 'aws-http-api';
  if (GIN_JWT_CHALLENGE.test(value)) return 'gin-jwt';
  if (DATAVERSE_CHALLENGE.test(value)) return 'dataverse';
  return AZURE_STORAGE_CHALLENGE.test(value) ? 'azure-storage' : null;
}

/**
 * Whether an Azure Storage challenge sits beside an x-ms-error-code that says credentials came and were refused: any
 * code but NoAuthenticationInformation (Azure Storage's common REST error codes: NoAuthenticationInformation is "no
 * authentication information", InvalidAuthenticationInfo and AuthenticationFailed judge what was sent).
 */
function azureStorageRefusedCredentials(ctx: Context, value: string): boolean {
  if (value.length > 2200 || !AZURE_STORAGE_CHALLENGE.test(value)) return false;
  const code = ctx.http.headers.find((h) => h.name === 'x-ms-error-code' && h.side !== 'request');
  return code !== undefined && code.value.trim() !== 'NoAuthenticationInformation';
}

export const challengeCheck = defineCheck({
  id: 'challenge',
  codes: [
    'challenge.missing',
    'challenge.no-error',
    'challenge.invalid-request',
    'challenge.invalid-token',
    'challenge.dpop-proof',
    'challenge.step-up',
    'challenge.insufficient-scope',
    'challenge.scheme-mismatch',
    'challenge.malformed',
    'time.expired',
    'token.missing',
    'oauth.invalid-client',
  ],
  run(ctx: Context, found: readonly FindingData[]) {
    const out: Out[] = [];
    const status = ctx.http.status;
    // Proxy-Authenticate is a forward proxy's challenge (a 407's), answered with Proxy-Authorization, not with the
    // Authorization header the API reads (RFC 9110 §11.7.1): it is not the response's challenge for a 401.
    let first: Context['challenges'][number] | undefined;
    for (let i = 0; i < ctx.challenges.length && first === undefined; i++)
      if (ctx.challenges[i]?.field.name !== 'proxy-authenticate') first = ctx.challenges[i];
    if (first === undefined) {
      // "Absent is not missing": only a paste that shows response headers can lack WWW-Authenticate. A challenge's
      // value under a cut or misspelt field name (`WWW-Autheticate: Bearer error="invalid_token"`) was sent.
      // A 401 that a product answers by design for a caller it accepted and then denied (ClickUp's "Team not
      // authorized", classify.ts UNAUTHORIZED_BY_DESIGN) asks for no credentials: a challenge would name what the caller
      // already gave, and its absence is no cause to find (audit-ao #25).
      if (
        status?.code === 401 &&
        ctx.http.responseShown &&
        !ctx.stated.some((s) => s.challengeValue === true) &&
        !deniedByDesignAt401(found)
      ) {
        // The application's own verifier refused the token in the pasted log: the application answered, without the
        // challenge RFC 9110 §11.6.1 requires; no intermediary is to be found. Unless a gateway's signs are there (API
        // Gateway's x-amzn-ErrorType beside its Lambda authorizer's jsonwebtoken log): the gateway wrote the 401.
        const appVerifier = found.some((f) => f.code === 'proxy.gateway-response')
          ? null
          : applicationVerifierLogged(ctx);
        // A product's own words refused the request (GitHub's "Bad credentials", Stripe's invalid_request_error): that
        // product answered, and "find out which component answered" would ask what its finding says.
        const answeredBy = appVerifier === null ? answeringProduct(found) : null;
        out.push(
          finding(
            'challenge.missing',
            appVerifier !== null ? { appVerifier } : answeredBy !== null ? { answeredBy } : {},
            statusQuote(ctx, status),
            // A writer's sentence giving the status is no header: the finding rests on the status it quotes.
            status.form === 'prose' ? 'status' : 'response-header',
          ),
        );
      }
      return out;
    }
    // `Bearer undefined` is a header, not a credential: the server saw none, as its error-less challenge says.
    // A verifier's log line judging the token's content (expired, bad signature, unknown kid) shows one arrived too.
    const reasonLogged = ctx.hits.some((h) => h.source === 'log' && TOKEN_JUDGED.test(h.hit.code));
    const tokenJudged =
      reasonLogged ||
      ctx.stated.some((s) => s.kind === 'invalid_token' || s.kind === 'insufficient_scope' || s.kind === 'forbidden');
    const credentialSent =
      (ctx.authorization !== null && !isPlaceholderCredential(ctx.authorization.parsed.credential)) || tokenJudged;
    const schemes: string[] = [];
    const succeeded = status !== null && status.code >= 200 && status.code < 300;
    // A server that takes Bearer and DPoP offers both, and puts its error on one (`Bearer error="invalid_token",
    // DPoP algs="ES256"`, RFC 9449 §7.2): the other, error-less, is an offer, not word that no credentials came. Only
    // within one response (the fields under one status line): another response's error says nothing of this one.
    const stated = responsesStatingAnError(ctx);
    const bodyStated = responsesWhoseBodyStatesAnError(ctx);
    // RFC 9449 §7.1 (Figure 14): a resource server that takes only DPoP answers a request without credentials with an
    // error-less `DPoP algs="…"` challenge; the client is to attach a DPoP token and proof, not a Bearer one.
    const bearerOffered = ctx.challenges.some(
      (c) =>
        c.field.name !== 'proxy-authenticate' && c.result.challenges.some((ch) => ch.scheme.toLowerCase() === 'bearer'),
    );
    for (const { field, result } of ctx.challenges) {
      if (field.name === 'proxy-authenticate') continue;
      const evidence = ctx.evidenceAt(field.start, field.end);
      // Clients look for the challenge under its name (RFC 9110 §11.6.1) and pass over this one.
      if (field.name === MISNAMED_CHALLENGE)
        out.push(
          finding(
            'challenge.malformed',
            { reason: 'misnamed', offset: 0, misnamed: MISNAMED_CHALLENGE },
            evidence,
            'response-header',
          ),
        );
      // A header that is the paste's last text and stops inside a value was cut by the paste more likely than sent so:
      // a paste artefact (findings.md, "Reading the rules"), said as such, not a server to fix.
      const cut = fieldEndsPaste(ctx.text, field)
        ? cutAt(field.value, result, ctx.authorization?.parsed.scheme ?? null)
        : null;
      if (cut !== null) {
        out.push(
          finding(
            'challenge.malformed',
            { reason: cut.reason, offset: cut.offset, endsPaste: true },
            evidence,
            'response-header',
            'info',
          ),
        );
      } else if (result.error !== null) {
        const product = knownNonConforming(field.value);
        out.push(
          finding(
            'challenge.malformed',
            product !== null
              ? { reason: result.error.reason, offset: result.error.offset, product }
              : { reason: result.error.reason, offset: result.error.offset },
            evidence,
            'response-header',
            product !== null ? 'info' : undefined,
          ),
        );
      } else if (result.challenges.length === 0) {
        // RFC 9110 §11.6.1: WWW-Authenticate = 1#challenge. An empty or comma-only value names no scheme at all.
        out.push(
          finding(
            'challenge.malformed',
            { reason: 'no challenge in the header', offset: 0 },
            evidence,
            'response-header',
          ),
        );
      }
      for (const ch of result.challenges) {
        // `WWW-Authenticate: Bear` as the paste's last text is Bearer cut short, no other layer's scheme.
        if (cut?.reason === CUT_AUTH_SCHEME && ch === result.challenges.at(-1)) continue;
        schemes.push(ch.scheme);
        if (!statesOAuthError(ch)) continue;
        const error = ch.params.error;
        const description =
          ch.params.error_description ??
          (ch === result.challenges.at(-1) ? cutDescription(field.value, result.error) : null);
        if (error === undefined) {
          if (stated?.includes(responseOf(ctx, field.line))) continue;
          // The same response's body states the server's error (`{"error":"invalid_dpop_proof",…}` beside
          // `DPoP algs="ES256"`): the challenge is the scheme's offer, and the body says why, so it is neither "no
          // credentials came" nor a reason withheld.
          if (bodyStated?.includes(responseAtOffset(ctx, field.start))) continue;
          // Azure Storage sends its error-less challenge with every 401; its x-ms-error-code says whether credentials
          // came (InvalidAuthenticationInfo: they did and were refused) or not (NoAuthenticationInformation).
          if (azureStorageRefusedCredentials(ctx, field.value)) continue;
          // The challenge a syntax error cut short may have lost its error with the rest: challenge.malformed says
          // so; "no credentials" would not.
          if (result.error !== null && result.error.recovered !== true && ch === result.challenges.at(-1)) continue;
          if (cut !== null && ch === result.challenges.at(-1)) continue;
          // RFC 6750 §3.1: no error code means the server saw no credentials. When the paste shows one was
          // sent, the server is withholding its reason (ASP.NET IncludeErrorDetails = false): point at its logs.
          // RFC 9728 §5.1: `resource_metadata` says where the client learns which authorization server issues tokens
          // for this resource (MCP servers' 401s carry it); the steps name it.
          // The verifier's own log line in the paste already gives the reason the response withholds: the steps do
          // not send the reader to the logs for it.
          const resourceMetadata = ch.params.resource_metadata;
          const args: CodeArgs['challenge.no-error'] = { scheme: ch.scheme, credentialSent };
          if (resourceMetadata !== undefined) {
            args.resourceMetadata = resourceMetadata;
            if (/\/\.well-known\/(?:oauth-authorization-server|openid-configuration)/i.test(resourceMetadata))
              args.resourceMetadataIsServer = true;
          }
          if (!bearerOffered && ch.scheme.toLowerCase() === 'dpop') args.dpopOnly = true;
          if (credentialSent && reasonLogged) args.reasonLogged = true;
          const dataverse = knownNonConforming(field.value) === 'dataverse' ? dataverseTarget(ctx, field.value) : null;
          if (dataverse !== null) args.dataverse = dataverse;
          // A registry's token-auth challenge to a request without a token is its protocol's first step
          // (checks/registry-token.ts): what failed is in the exchanges that follow.
          const registry = !credentialSent && ch.params.service !== undefined && registryTokenChallenge(ctx);
          if (registry) {
            args.registry = true;
            const client = registryClient(ctx);
            if (client !== null) args.registryClient = client;
          }
          out.push(
            finding(
              'challenge.no-error',
              args,
              evidence,
              'response-header',
              credentialSent ? 'info' : registry ? 'warning' : undefined,
            ),
          );
        } else if (error === 'invalid_request') {
          out.push(finding('challenge.invalid-request', { description }, evidence, 'response-header'));
          // A server that answers an expired token with invalid_request names the cause in its description, as the
          // same error in a body does (checks/body.ts: LINE's "access token expired").
          if (expiryStatedIn(description, field, ctx.hits)) {
            out.push(finding('time.expired', statedExpiryArgs(ctx, undefined, false), evidence, 'response-header'));
          }
        } else if (error === 'invalid_token' && descriptionSaysNoToken(ctx, description)) {
          // The server's words say no token came: the error code is its library's choice, not a judgement of a token.
          out.push(finding('token.missing', { stated: true }, evidence, 'response-header'));
        } else if (error === 'invalid_token' && scopeRefusalMislabelled(ctx, ch.params.scope, description)) {
          out.push(
            finding(
              'challenge.insufficient-scope',
              { scope: ch.params.scope ?? null, description, mislabelled: 'invalid_token' },
              evidence,
              'response-header',
            ),
          );
        } else if (error === 'invalid_token') {
          const resourceMetadata = ch.params.resource_metadata;
          out.push(
            finding(
              'challenge.invalid-token',
              resourceMetadata === undefined
                ? { description, ...tokenSeenArgs(ctx) }
                : { description, ...tokenSeenArgs(ctx), resourceMetadata },
              evidence,
              'response-header',
            ),
          );
          // "The access token expired": the server's stated reason (stated-expiry.ts). A library's own wording
          // in the description ("Jwt expired at …") is already a verifier-message hit, with its details.
          if (expiryStatedIn(description, field, ctx.hits)) {
            out.push(finding('time.expired', statedExpiryArgs(ctx, undefined, false), evidence, 'response-header'));
          }
        } else if (error === 'invalid_dpop_proof' || error === 'use_dpop_nonce') {
          // RFC 9449 §7.1 and §9: about the proof in the `DPoP` request header, not the access token. A nonce
          // request is the protocol's normal first round trip (retry once with DPoP-Nonce), so it is a warning.
          out.push(
            finding(
              'challenge.dpop-proof',
              { error, description, algs: ch.params.algs ?? null },
              evidence,
              'response-header',
              error === 'use_dpop_nonce' ? 'warning' : undefined,
            ),
          );
        } else if (error === 'insufficient_user_authentication' || error === 'insufficient_claims') {
          // RFC 9470 §3 (acr_values, max_age) and Entra ID's claims challenge (learn.microsoft.com, "Claims
          // challenges, claims requests and client capabilities": error="insufficient_claims" with a base64 `claims`
          // request): the server wants a new token from a fresh or stronger sign-in, not a fixed one. A success
          // refused nothing.
          if (!succeeded) {
            const args = {
              error,
              description,
              acrValues: ch.params.acr_values ?? null,
              maxAge: ch.params.max_age ?? null,
              claims: ch.params.claims !== undefined,
              ...signInOf(ctx),
            } as const;
            out.push(finding('challenge.step-up', args, evidence, 'response-header'));
          }
        } else if (error === 'insufficient_scope') {
          out.push(
            finding(
              'challenge.insufficient-scope',
              { scope: ch.params.scope ?? null, description },
              evidence,
              'response-header',
            ),
          );
        } else if (error === 'invalid_client') {
          // RFC 6749 §5.2: a token endpoint may answer a refused client with 401 and a challenge in the client's own
          // scheme (Authlib's `Basic error="invalid_client"`, authlib/example-oauth2-server#50; Doorkeeper's Bearer
          // realm, 18F/C2#1581). The body's invalid_client then defers to this one (checks/body.ts).
          out.push(
            finding(
              'oauth.invalid-client',
              { description: description === '' ? null : (description ?? null), error: 'invalid_client' },
              evidence,
              'response-header',
            ),
          );
        }
      }
    }
    // Only a token sent under a token scheme can have "hit a different auth layer". A `Basic`/`Token`/`JWT`
    // header answered by a Bearer challenge is the client's wrong scheme: `authz-header.scheme` says that.
    // A verifier that states a verdict on the token's content (expired, bad signature) read the token: the
    // scheme it challenges with is its own label (tymon/jwt-auth's `jwt-auth`, gin-jwt's `JWT realm=…`), not
    // another layer's (docs/findings.md, "Reading the rules").
    const sent = ctx.authorization?.parsed.scheme ?? null;
    const wrongSchemeSent =
      sent !== null &&
      !OAUTH_SCHEMES.has(sent.toLowerCase()) &&
      schemes.some((s) => OAUTH_SCHEMES.has(s.toLowerCase()));
    // A Bearer token answered by a DPoP challenge that states an OAuth error (go-jwt-middleware's `DPoP
    // error="invalid_request", error_description="Bearer tokens are not allowed (DPoP required)"`) met the resource
    // server itself, not another layer: the stated error says what it wants.
    const sameServerJudged = sent !== null && stated !== null && OAUTH_SCHEMES.has(sent.toLowerCase());
    if (
      sent !== null &&
      !wrongSchemeSent &&
      !sameServerJudged &&
      !tokenJudged &&
      schemes.length > 0 &&
      !schemes.some((s) => s.toLowerCase() === sent.toLowerCase())
    ) {
      const challenged = [...new Set(schemes)];
      const args: CodeArgs['challenge.scheme-mismatch'] = { sent, challenged };
      // A Bearer-only API that meets `Authorization: DPoP` (or a DPoP-only one that meets Bearer) challenges with the
      // scheme it takes: the same resource server, not a Basic or Kerberos layer in front of it (RFC 9449 §7.2).
      if (OAUTH_SCHEMES.has(sent.toLowerCase()) && challenged.every((s) => OAUTH_SCHEMES.has(s.toLowerCase())))
        args.tokenSchemes = true;
      else if (drfTokenChallenge(ctx)) args.drfToken = true;
      out.push(
        finding(
          'challenge.scheme-mismatch',
          args,
          ctx.evidenceAt(first.field.start, first.field.end),
          'response-header',
        ),
      );
    }
    return out;
  },
});

/** The responses (responseOf) with an OAuth challenge, not a proxy's, that names an error; null when none has. */
function responsesStatingAnError(ctx: Context): number[] | null {
  let out: number[] | null = null;
  for (const { field, result } of ctx.challenges) {
    if (field.name === 'proxy-authenticate') continue;
    for (const ch of result.challenges)
      if (ch.params.error !== undefined && statesOAuthError(ch)) {
        out ??= [];
        out.push(responseOf(ctx, field.line));
        break;
      }
  }
  return out;
}

/**
 * The responses (responseAtOffset) whose body states a resource server's error about credentials that came (RFC 6750
 * §3.1 invalid_token and insufficient_scope, RFC 9470 §3's step-up, RFC 9449 §7.1's proof errors); null when none does.
 * invalid_request is left out: a server may give it to a request with no token at all, as words saying none came are.
 */
function responsesWhoseBodyStatesAnError(ctx: Context): number[] | null {
  let out: number[] | null = null;
  for (const s of ctx.stated) {
    if (!BODY_STATED.has(s.kind)) continue;
    if (s.kind === 'invalid_token' && descriptionSaysNoToken(ctx, s.description)) continue;
    out ??= [];
    out.push(responseAtOffset(ctx, s.start));
  }
  return out;
}

const BODY_STATED: ReadonlySet<string> = new Set([
  'invalid_token',
  'insufficient_scope',
  'insufficient_user_authentication',
  'invalid_dpop_proof',
  'use_dpop_nonce',
]);

/** Which response a text offset belongs to: the number of statuses (other than prose's) that start before it. */
function responseAtOffset(ctx: Context, offset: number): number {
  let n = 0;
  for (const s of ctx.http.statuses) if (s.form !== 'prose' && s.start < offset) n++;
  return n;
}

/** Which response a header line belongs to: the number of statuses above it, other than prose's (a handful). */
function responseOf(ctx: Context, line: number): number {
  let n = 0;
  for (const s of ctx.http.statuses) if (s.form !== 'prose' && s.line < line) n++;
  return n;
}

/** What the pasted token says of its sign-in (RFC 9470 §6.1: `acr`, `auth_time`), for the step-up finding. */
function signInOf(ctx: Context): { tokenAcr: string | null; authAgeSeconds: number | null } {
  const acr = ctx.claims?.acr;
  const authTime = ctx.claims?.auth_time;
  return {
    tokenAcr: typeof acr === 'string' ? acr : null,
    authAgeSeconds: typeof authTime === 'number' && ctx.now !== null ? Math.max(0, ctx.now - authTime) : null,
  };
}

/** `error=` (its value opened or not) just before where a cut value stopped; the window bounds the work. */
const ERROR_PARAM_BEFORE_CUT = /(?:^|[\s,])error\s{0,4}=\s{0,4}$/i;

/**
 * A challenge the paste's end cut inside its `error` value (`Bearer error="invalid_tok`, `Bearer realm="api", error="`):
 * the server stated an error, whichever. RFC 6750 §3.1: a request that lacks any authentication information gets a
 * challenge with no error code, so one with an error came with credentials, even when the paste cut its value.
 */
export function errorCutByPasteEnd(ctx: Context): boolean {
  for (const { field, result } of ctx.challenges) {
    if (field.name === 'proxy-authenticate' || !fieldEndsPaste(ctx.text, field)) continue;
    const cut = cutAt(field.value, result, null);
    if (cut === null || cut.reason === CUT_AUTH_SCHEME) continue;
    // `Bearer error=` with nothing after reads as a token68 (it may end in `=`): the name is whole, its value cut.
    if (cut.reason === CUT_AUTH_PARAM) {
      if (/^error=$/i.test(field.value.slice(cut.offset).trimEnd())) return true;
    } else if (ERROR_PARAM_BEFORE_CUT.test(field.value.slice(Math.max(0, cut.offset - 24), cut.offset))) return true;
  }
  return false;
}

/** The field runs to the paste's end (blanks after it aside): nothing after it shows where its value stopped. */
function fieldEndsPaste(text: string, field: { end: number; quoted: boolean }): boolean {
  if (field.quoted) return false;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  return field.end >= end;
}

/** `error_description=` and the blanks RFC 9110 allows around its `=`, ending where a quoted-string opened. */
const DESCRIPTION_OPENED = /error_description[ \t]*=[ \t]*$/i;

/**
 * An error_description the paste cut before its closing quote (`error_description="An error occurred while attempting
 * to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found` and the line ends:
 * okta/okta-oidc-android#78): what is there is its start, given with an ellipsis to say so, as a body's cut description
 * is (parse/error-bodies.ts, CUT_DESCRIPTION). Null unless the parse stopped at that parameter's open quote.
 */
function cutDescription(value: string, error: Context['challenges'][number]['result']['error']): string | null {
  if (error === null || error.reason !== 'unterminated quoted-string') return null;
  if (!DESCRIPTION_OPENED.test(value.slice(Math.max(0, error.offset - 40), error.offset))) return null;
  const rest = value.slice(error.offset + 1, error.offset + 1001).trimEnd();
  // A token after the open quote is a paste run together, not the server's words.
  return rest.length === 0 || rest.includes('eyJ') ? null : `${rest}…`;
}

/**
 * A Bearer (or DPoP) challenge whose last element reads as a token68 (`Bearer erro`, `Bearer realm`, `Bearer scope=`):
 * RFC 6750 §3 gives it auth-params only, so it is one cut short. Its words are in the catalogues (ja: CHALLENGE_REASONS).
 */
export const CUT_AUTH_PARAM = 'auth-param cut short';
/**
 * A challenge that is only the start of a token scheme's name (`Bear`, `DP`) where the paste ends: the scheme cut
 * short, not a scheme of its own. Its words are in the catalogues (ja: CHALLENGE_REASONS).
 */
export const CUT_AUTH_SCHEME = 'auth-scheme cut short';
/**
 * A 403 whose challenge says invalid_token while its scope names what is required and its own description speaks of
 * permissions (wso2/api-platform#2751: `scope="booking:write", error="invalid_token", error_description="Forbidden:
 * insufficient permissions to access this MCP resource"`): the token was accepted and lacks a scope, RFC 6750 §3.1's
 * insufficient_scope. The description is a parameter's value, bounded by the header.
 */
function scopeRefusalMislabelled(ctx: Context, scope: string | undefined, description: string | null): boolean {
  if (ctx.http.status?.code !== 403 || scope === undefined || scope.trim() === '' || description === null) return false;
  return /\binsufficient (?:permissions?|privileges?|scopes?)\b|\bmissing (?:required )?(?:permissions?|scopes?)\b/i.test(
    description,
  );
}

/** The start of a parameter's name (realm, error, error_description, scope, resource_metadata), `=` at most after it. */
const CUT_NAME = /^[A-Za-z_]{1,40}=?$/;

/**
 * Where a value stops inside one of its parts: a quoted-string left open, a `name=` with no value, or a Bearer
 * challenge's parameter name with no `=` (read as a token68). Null when the value ends whole.
 */
function cutAt(
  value: string,
  result: Context['challenges'][number]['result'],
  sent: string | null,
): { reason: string; offset: number } | null {
  const error = result.error;
  if (error !== null) {
    if (error.reason === 'unterminated quoted-string') return { reason: error.reason, offset: error.offset };
    if (error.reason === 'expected token or quoted-string after "="' && error.offset >= value.trimEnd().length)
      return { reason: error.reason, offset: error.offset };
    return null;
  }
  const last = result.challenges.at(-1);
  if (last !== undefined && schemeCutShort(value, last, sent))
    return { reason: CUT_AUTH_SCHEME, offset: value.trimEnd().length - last.scheme.length };
  if (last === undefined || last.token68 === null || !OAUTH_SCHEMES.has(last.scheme.toLowerCase())) return null;
  if (!CUT_NAME.test(last.token68) || !value.endsWith(last.token68)) return null;
  return { reason: CUT_AUTH_PARAM, offset: value.length - last.token68.length };
}

/** A bare last challenge whose scheme is a proper prefix of Bearer, DPoP or the request's own scheme, ending the value. */
function schemeCutShort(
  value: string,
  last: Context['challenges'][number]['result']['challenges'][number],
  sent: string | null,
): boolean {
  if (last.token68 !== null || Object.keys(last.params).length > 0 || !value.trimEnd().endsWith(last.scheme))
    return false;
  const scheme = last.scheme.toLowerCase();
  for (const whole of sent === null ? OAUTH_SCHEMES : [...OAUTH_SCHEMES, sent.toLowerCase()])
    if (scheme.length < whole.length && whole.startsWith(scheme)) return true;
  return false;
}
