import type { CodeArgs, JwtAssertionProblem } from '../args.js';
import type { Context } from '../context.js';
import { DECIDING_SERVICES } from '../parse/authz-decisions.js';
import { jwtAssertionStated, jwtBearerRequested } from '../parse/jwt-assertion.js';
import { expiryStatedIn } from '../parse/stated-expiry.js';
import { type MsalLibrary, msalShown, suberrorReason } from '../parse/verifier-messages/interaction.js';
import type { FindingData } from '../types.js';
import { awsDenial } from './aws-denial.js';
import { replyCredential } from './credential-kind.js';
import { defineCheck, finding } from './define.js';
import { deniedPermission } from './gcp-permission.js';
import { githubPermissionArgs } from './github-permissions.js';
import { sentArgs } from './header-drop.js';
import { assertionKeyReason, platformInWords } from './platform-limits.js';
import { refusedRefreshArgs } from './refresh-provider.js';
import { saidArg, saidInSpan } from './said-oauth-error.js';
import { descriptionSaysNoToken } from './stated-no-token.js';
import { statedExpiryArgs } from './stated-time.js';
import { tokenSeenArgs } from './token-judged.js';
import { unlikeVaultToken } from './vault-token-shape.js';

/** Who reports a Google API's own denial: its JSON error, gcloud, a gRPC status, a Cloud Audit Logs entry. */
const GOOGLE_VIAS: ReadonlySet<string> = new Set(['google-api', 'gcloud', 'grpc', 'google-cloud-audit']);

const CODES = [
  'challenge.invalid-token',
  'challenge.invalid-request',
  'challenge.insufficient-scope',
  'token.revoked',
  'oauth.invalid-client',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'policy.deny',
  'time.expired',
  'token.missing',
  'challenge.step-up',
  'challenge.dpop-proof',
  'oauth.interaction-required',
] as const;
type Code = (typeof CODES)[number];

/**
 * A description, or the writer's line around the code, that names the grant it refused as a refresh token, or the
 * writer's words that the refresh itself got it ("the token refresh fails with 400 invalid_grant", "refreshing the
 * access token returns invalid_grant", 「トークンのリフレッシュで invalid_grant」).
 */
const REFRESH_WORDS =
  /refresh[ _-]?token|token refresh|refreshing (?:the |an? |my |our )?(?:access |oauth )?tokens?\b|リフレッシュ/i;

/**
 * Whether an invalid_grant refused a refresh token (RFC 6749 §5.2 names it among the grants the error covers): its
 * description says so (Auth0's "Unknown or invalid refresh token.", Intuit's "Refresh token not found: …"
 * (intuit/oauth-jsclient#77), Keycloak's "Invalid refresh token"), or the paste shows the request's
 * grant_type=refresh_token. Then the client's refresh failed, and "use the refresh token" is no step: a new sign-in is.
 */
function refreshRefused(ctx: Context, description: string | null, at = -1): boolean {
  if (description !== null && REFRESH_WORDS.test(description.slice(0, 400))) return true;
  if (ctx.text.includes('grant_type=refresh_token')) return true;
  return at >= 0 && REFRESH_WORDS.test(lineAround(ctx.text, at));
}

/**
 * The line holding offset `at`, at most 300 characters either side: the writer's words around a code they report
 * ("Refresh OAuth 2 Access token with Refresh Token failed. Body: …invalid_grant…", spinen/laravel-quickbooks-client#27;
 * "refresh token seems to fail with invalid_grant") say which grant was refused.
 */
function lineAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 300);
  const nl = text.indexOf('\n', at);
  return text.slice(from, Math.min(nl < 0 ? text.length : nl, at + 300));
}

/**
 * Google STS's refusal of a token exchange whose `audience` is no provider's resource name (an empty or unexpanded
 * workload_identity_provider: google-github-actions/auth#211; the field is "the full resource name of the identity
 * provider", cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token): the client's provider setting is wrong.
 */
const STS_AUDIENCE =
  'Invalid value for "audience". This value should be the full resource name of the Identity Provider';

/**
 * Descriptions that say the user's own username or password was wrong, each as its server words it: Duende/IdentityServer
 * samples' `GrantValidationResult(TokenRequestErrors.InvalidGrant, "invalid_username_or_password")`, Keycloak's
 * ResourceOwnerPasswordCredentialsGrantType ("Invalid user credentials", keycloak/keycloak services), Auth0's "Wrong
 * email or password." (its /oauth/token password-realm grant: `{"error":"invalid_grant","error_description":"Wrong email
 * or password."}`, auth0/react-native-auth0#224), ASP.NET's OAuthAuthorizationServerProvider template
 * (`context.SetError("invalid_grant", "The user name or password is incorrect.")`) and Entra ID's AADSTS50126
 * ("Error validating credentials due to invalid username or password."). Bounded alternatives, no nesting: linear.
 */
const PASSWORD_WORDS =
  /invalid_username_or_password|invalid user credentials|wrong (?:email|username) or password|user ?name or password is incorrect|invalid username or password|AADSTS50126/i;

/** The request named the password grant (RFC 6749 §4.3.2 `grant_type=password`), not a longer grant name. */
function passwordGrantRequested(text: string): boolean {
  const i = text.indexOf('grant_type=password');
  if (i < 0) return false;
  const next = text.charCodeAt(i + 'grant_type=password'.length);
  return !((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95);
}

/**
 * Whether an invalid_grant refused the user's own credentials in a password grant rather than a token: its
 * description says the username or password was wrong, or (when it names no refresh token) the paste shows the
 * request's grant_type=password. Then "sign in again or refresh" is no step: the credentials, the account or the
 * client's permission to use the grant are.
 */
function passwordRefused(ctx: Context, description: string | null): boolean {
  if (description !== null && PASSWORD_WORDS.test(description.slice(0, 400))) return true;
  return passwordGrantRequested(ctx.text) && !refreshRefused(ctx, description);
}

/** Verifiers whose invalid_request carries a token check's reason, which their rows read (the envelope says no more). */
const INVALID_REQUEST_REASONS: ReadonlySet<string> = new Set(['line-login']);

/**
 * Whether the verifier rows already read what an OAuth error envelope only names: FusionAuth's code not found
 * (oauth.invalid-code), Entra ID's consent not given (oauth.interaction-required), a verifier whose invalid_request
 * carries its token check's reason (INVALID_REQUEST_REASONS). Then the envelope's own finding would say less, or
 * something else ("revoked", "malformed request"), about the same refusal.
 */
function rowsReadTheReason(ctx: Context): boolean {
  return ctx.hits.some(
    (h) =>
      h.hit.code === 'oauth.invalid-code' ||
      h.hit.code === 'oauth.interaction-required' ||
      INVALID_REQUEST_REASONS.has(h.hit.library),
  );
}

/** Platforms whose token endpoint authenticates the client by a JWT it signs (an invalid_client refuses that JWT). */
const CLIENT_JWT_PLATFORMS: ReadonlySet<string> = new Set(['sign-in-with-apple', 'okta']);

/** Which refusal of a signed JWT assertion an invalid_grant is: its words, or the request's jwt-bearer grant type. */
function assertionRefused(ctx: Context, description: string | null): JwtAssertionProblem | null {
  const stated = description === null ? null : jwtAssertionStated(description);
  return stated ?? (jwtBearerRequested(ctx.text) ? 'grant' : null);
}

/**
 * What an error body states about the credentials (parse/error-bodies.ts). An RFC 6750 error code means
 * the same in the body as in WWW-Authenticate, so it is the same finding; `source` (`log`: a response
 * body, as for every verifier message read from one) and `via` say where the server said it. When the
 * shown WWW-Authenticate already states the same error, the header's finding says it and the body adds
 * nothing. See docs/findings.md, "Reading the rules".
 */
/** Directus's InvalidCredentialsError message (packages/errors/src/errors/invalid-credentials.ts). */
const DIRECTUS_BAD_LOGIN = 'Invalid user credentials.';

/**
 * Whether the paste shows a call that carries a token to Directus, not its login: an Authorization or token shown, or
 * one of its data endpoints (/users/me, /items/…: docs.directus.io, API reference), and no /auth/login.
 */
function directusTokenCall(ctx: Context): boolean {
  if (ctx.lower.includes('/auth/login')) return false;
  if (ctx.authorization !== null || ctx.token !== null) return true;
  return ctx.lower.includes('/users/me') || ctx.lower.includes('/items/');
}

/**
 * Google's ErrorInfo reason ACCESS_TOKEN_TYPE_UNSUPPORTED beside its UNAUTHENTICATED (gcloud's YAML print of the details,
 * GoogleCloudPlatform/cloud-code-vscode#864; the JSON error's `details`): "The request is denied because the type of the
 * provided access token is not supported by the API being called" (googleapis google/api/error_reason.proto). The
 * credential was read and is of the wrong kind, not expired: its own step.
 */
function googleReasonArgs(ctx: Context, via: string | undefined): { googleReason?: 'access-token-type-unsupported' } {
  if (via !== 'google-api' && via !== 'gcloud') return {};
  return ctx.text.includes('ACCESS_TOKEN_TYPE_UNSUPPORTED') ? { googleReason: 'access-token-type-unsupported' } : {};
}

/**
 * Google's generic "The caller does not have permission" where a Gemini model's API answered (the word Gemini, its
 * generativelanguage.googleapis.com host, Gemini CLI's cloudcode-pa backend): a model the key or account may not use.
 * A preview model refused while others answer (iBUHub/AIStudioToAPI#109: gemini-3.1-pro-preview 403 "The caller does not
 * have permission" while flash works; google-gemini/gemini-cli#23826 and #15315, preview models not open to the account;
 * #14519, Cline's [GEMINI] wrapper of the same reply). One search of the lower-cased paste, after the words matched.
 */
function geminiNamed(ctx: Context, description: string | null): boolean {
  if (description !== 'The caller does not have permission') return false;
  return (
    ctx.lower.includes('gemini') ||
    ctx.lower.includes('generativelanguage.googleapis.com') ||
    ctx.lower.includes('cloudcode-pa.googleapis.com')
  );
}

const STATED_INTERACTION: Readonly<Record<string, CodeArgs['oauth.interaction-required']['reason']>> = {
  login_required: 'login',
  consent_required: 'consent',
  account_selection_required: 'account-selection',
  interaction_required: 'interaction',
};
/** Entra ID's MFA codes in a description the paste encoded (a redirect's query), where the verifier rows cannot see them. */
const ENTRA_MFA = /AADSTS5007[69]\b/;

/** An OIDC interaction error stated in a body or a redirect: its reason, and Entra ID when its description is an AADSTS one. */
function statedInteraction(
  kind: string,
  via: string | undefined,
  description: string | null,
  suberror: string | undefined,
  msal: MsalLibrary | null,
): CodeArgs['oauth.interaction-required'] {
  const entra = description?.startsWith('AADSTS') === true;
  const reason =
    entra && ENTRA_MFA.test(description ?? '')
      ? 'mfa'
      : ((suberror as CodeArgs['oauth.interaction-required']['reason'] | undefined) ??
        STATED_INTERACTION[kind] ??
        'interaction');
  const args: CodeArgs['oauth.interaction-required'] = {
    reason,
    // MSAL speaks only for Microsoft's identity platform.
    provider: entra || msal !== null ? 'entra-id' : null,
    msal,
  };
  if (via !== undefined) args.via = via;
  return args;
}

/**
 * DocuSign's JWT grant answering consent_required: the user the assertion's sub names has not granted the integration
 * key consent, which is given once through its consent URL, not by a silent request falling back to an interactive
 * one (docusign/docusign-esign-csharp-client#341, #366; docusign/docusign-esign-java-client#111).
 */
function docusignConsent(
  ctx: Context,
  args: CodeArgs['oauth.interaction-required'],
): CodeArgs['oauth.interaction-required'] {
  return args.reason === 'consent' && args.provider === null && ctx.lower.includes('docusign')
    ? { ...args, provider: 'docusign' }
    : args;
}

export const bodyCheck = defineCheck({
  id: 'body',
  codes: CODES,
  run(ctx: Context) {
    const out: FindingData<Code>[] = [];
    // Most pastes state no error in a body: then the header's errors need not be gathered either.
    if (ctx.stated.length === 0) return out;
    const inHeader = new Set<string>();
    for (const { result } of ctx.challenges)
      for (const ch of result.challenges) if (ch.params.error !== undefined) inHeader.add(ch.params.error);
    const seen = new Set<string>();
    for (const s of ctx.stated) {
      if (seen.has(s.kind) || inHeader.has(s.kind)) continue;
      seen.add(s.kind);
      const evidence = ctx.evidenceAt(s.start, s.end);
      const { via, description } = s;
      // A code a log line or the writer states has no product to name (parse/logged-errors.ts).
      const by = via === undefined ? {} : { via };
      switch (s.kind) {
        case 'invalid_token':
          if (descriptionSaysNoToken(ctx, description)) {
            // As in the header (checks/challenge.ts): the words say no token came, whatever the error code.
            out.push(
              finding('token.missing', via === undefined ? { stated: true } : { ...by, stated: true }, evidence, 'log'),
            );
            break;
          }
          // Directus's INVALID_CREDENTIALS to its password login is the password's, not a token's (parse/error-bodies.ts):
          // a token's only where the paste shows one sent, or a call to its API's data rather than its login.
          if (via === 'directus' && description === DIRECTUS_BAD_LOGIN && !directusTokenCall(ctx)) break;
          {
            // A product refusing its own API key: the key's words and steps, as for its SDKs' lines (verifier-log.ts).
            // A paste that shows a JWT's claims sent one (a GitHub App's JWT): "not a JWT" would contradict it.
            // Okta's Bearer challenge beside its E0000011 says an OAuth 2.0 access token was refused (its own words in
            // error_description), not an SSWS API token: the token's findings say the rest.
            // The writer quoting "Bad credentials" with no product named, or a 401's plain-text body of those words alone
            // (parse/client-errors.ts): a refused credential of Spring Security's or GitHub's kind, not the protocol's
            // invalid_token no one stated.
            const credential =
              (s.prose === true || s.plainBody === true) && via === undefined && ctx.claims === null
                ? s.plainBody === true
                  ? ('bad-credentials-body' as const)
                  : ('bad-credentials' as const)
                : via === undefined || ctx.claims !== null || (via === 'okta' && ctx.challenges.length > 0)
                  ? null
                  : s.ghCli === true
                    ? ('gh-cli-token' as const)
                    : replyCredential(via, description);
            out.push(
              finding(
                'challenge.invalid-token',
                credential === null
                  ? { ...by, description, ...tokenSeenArgs(ctx), ...googleReasonArgs(ctx, via) }
                  : { ...by, description, tokenShown: false, credential },
                evidence,
                'log',
                // The writer's prose quoting the words: the body's reading, at a lower weight (docs/findings.md).
                s.prose === true ? 'warning' : undefined,
              ),
            );
          }
          // "The access token expired" states the cause, as it does in WWW-Authenticate (checks/challenge.ts).
          if (expiryStatedIn(description, s, ctx.hits)) {
            out.push(finding('time.expired', statedExpiryArgs(ctx, via, false), evidence, 'log'));
          }
          break;
        case 'invalid_request':
          // FusionAuth answers a code it does not hold with invalid_request and error_reason auth_code_not_found (the
          // verifier rows read it as oauth.invalid-code): the request was well formed, its code was refused.
          // Entra ID's AADSTS65001 under an on-behalf-of request's invalid_grant is consent not given
          // (oauth.interaction-required, from the verifier rows): nothing was revoked either.
          // LINE Login's verify endpoint puts its ID token check's reason in an invalid_request ("IdToken expired.",
          // "Invalid IdToken Audience.", verifier-messages/japanese.ts): the request was well formed, its token refused.
          if (rowsReadTheReason(ctx)) break;
          out.push(
            finding(
              'challenge.invalid-request',
              description?.startsWith(STS_AUDIENCE) === true
                ? { ...by, description, stsAudience: true }
                : { ...by, description },
              evidence,
              'log',
            ),
          );
          // Some servers answer an expired token with invalid_request (LINE's token check: "access token expired"):
          // the description names the cause, as an invalid_token's does.
          if (expiryStatedIn(description, s, ctx.hits)) {
            out.push(finding('time.expired', statedExpiryArgs(ctx, via, false), evidence, 'log'));
          }
          break;
        case 'insufficient_scope': {
          const github = via === 'github' ? githubPermissionArgs(ctx, description) : null;
          out.push(
            finding('challenge.insufficient-scope', { ...by, scope: s.scope, description, ...github }, evidence, 'log'),
          );
          break;
        }
        case 'invalid_grant':
          // RFC 6749 §5.2: the refresh token or code is invalid, expired or revoked: a new sign-in is needed. `via` is
          // who said it, the product when one said it in its own shape (Firebase Auth's TOKEN_EXPIRED), and none for a
          // bare OAuth body: the error code is what was said, which the evidence quotes (round "left-w", audit-tt). A
          // description that names the authorization code (Keycloak's "Code not valid") is oauth.invalid-code, from
          // the verifier rows: no token was revoked.
          // Entra ID's AADSTS65001 under an on-behalf-of request's invalid_grant is consent not given
          // (oauth.interaction-required, from the verifier rows): nothing was revoked either.
          if (rowsReadTheReason(ctx)) break;
          {
            const v = via === 'response body' ? undefined : via;
            const said = v === undefined ? {} : { via: v };
            const assertion = assertionRefused(ctx, description);
            out.push(
              finding(
                'token.revoked',
                assertion !== null
                  ? { ...said, jwtAssertion: assertion }
                  : passwordRefused(ctx, description)
                    ? { ...said, passwordGrant: true }
                    : refreshRefused(ctx, description, s.start)
                      ? refusedRefreshArgs(ctx, v)
                      : said,
                evidence,
                'log',
              ),
            );
          }
          break;
        case 'invalid_client':
          // RFC 6749 §5.2: the client's id, secret or assertion was refused at the token endpoint (Entra ID says when
          // the secret has expired: AADSTS7000222).
          {
            const said = saidArg(saidInSpan(ctx.text, s.start, s.end, 'invalid_client'));
            const args: CodeArgs['oauth.invalid-client'] =
              description?.includes('AADSTS7000222') === true
                ? { ...by, description: firstLine(description), ...said, secretExpired: true }
                : { ...by, description: firstLine(description), ...said };
            // A client that signs its own JWT as its secret or assertion (Apple's client_secret, Okta's assertion).
            const platform = ctx.selfSigned ?? platformInWords(ctx.lower);
            if (platform !== null && CLIENT_JWT_PLATFORMS.has(platform.id)) args.platform = platform.id;
            const at = description?.indexOf('AADSTS700027') ?? -1;
            if (description !== null && at >= 0) args.assertionKey = assertionKeyReason(description.slice(at));
            out.push(finding('oauth.invalid-client', args, evidence, 'log'));
          }
          break;
        case 'unauthorized_client':
          // RFC 6749 §5.2: the client was authenticated but may not use this grant (a description naming another
          // cause was left to the verifier rows: parse/error-bodies.ts).
          out.push(
            finding(
              'oauth.unauthorized-client',
              {
                ...by,
                description: firstLine(description),
                ...saidArg(saidInSpan(ctx.text, s.start, s.end, 'unauthorized_client')),
              },
              evidence,
              'log',
            ),
          );
          break;
        case 'invalid_scope':
          // RFC 6749 §5.2: the scope asked for is invalid, unknown, malformed, or more than the client is granted.
          // In a redirect's query or fragment it is the authorization endpoint's (RFC 6749 §4.1.2.1), not the token
          // endpoint's.
          out.push(
            finding(
              'oauth.invalid-scope',
              {
                ...by,
                description: firstLine(description),
                ...saidArg(saidInSpan(ctx.text, s.start, s.end, 'invalid_scope')),
                ...(s.redirect === true ? { redirect: true as const } : {}),
              },
              evidence,
              'log',
            ),
          );
          break;
        case 'unsupported_grant_type':
          // RFC 6749 §5.2: the token endpoint does not offer the grant type the request named.
          out.push(
            finding(
              'oauth.unsupported-grant',
              {
                ...by,
                description: firstLine(description),
                ...saidArg(saidInSpan(ctx.text, s.start, s.end, 'unsupported_grant_type')),
              },
              evidence,
              'log',
            ),
          );
          break;
        case 'insufficient_user_authentication': {
          // RFC 9470 §3 said in the body alone: the same reading as the challenge's (checks/challenge.ts), with what
          // the body gives; whether a `claims` request came is unknown without the header. A success refused nothing.
          const status = ctx.http.status?.code;
          if (status !== undefined && status >= 200 && status < 300) break;
          const acr = ctx.claims?.acr;
          const authTime = ctx.claims?.auth_time;
          out.push(
            finding(
              'challenge.step-up',
              {
                ...by,
                error: 'insufficient_user_authentication',
                description,
                acrValues: null,
                maxAge: null,
                claims: null,
                tokenAcr: typeof acr === 'string' ? acr : null,
                authAgeSeconds:
                  typeof authTime === 'number' && ctx.now !== null ? Math.max(0, ctx.now - authTime) : null,
              },
              evidence,
              'log',
            ),
          );
          break;
        }
        case 'interaction_required':
        case 'login_required':
        case 'consent_required':
        case 'account_selection_required':
          // OIDC Core §3.1.2.6: the provider will not issue a token without the user. Words the verifier rows read (an
          // Entra ID code, MSAL's error) say which provider and why, and are that finding already.
          if (ctx.hits.some((h) => h.hit.code === 'oauth.interaction-required')) break;
          out.push(
            finding(
              'oauth.interaction-required',
              docusignConsent(
                ctx,
                statedInteraction(s.kind, via, description, suberrorReason(ctx.text, s.start), msalShown(ctx.text)),
              ),
              evidence,
              'log',
            ),
          );
          break;
        case 'invalid_dpop_proof':
        case 'use_dpop_nonce':
          // RFC 9449 §7.1 and §9 in the body alone: the proof in the `DPoP` header is at fault, not the access token;
          // a nonce request is the protocol's normal first round trip (a warning), as in the challenge.
          out.push(
            finding(
              'challenge.dpop-proof',
              { ...by, error: s.kind, description, algs: null },
              evidence,
              'log',
              s.kind === 'use_dpop_nonce' ? 'warning' : undefined,
            ),
          );
          break;
        case 'forbidden':
          // API Gateway's resource-policy denial read from the same line (proxy.authorizer-deny) names the policy that
          // refused and its steps: a second, general policy.deny would say the same thing less precisely.
          if (
            ctx.hits.some((h) => h.hit.code === 'proxy.authorizer-deny' && h.hit.start < s.end && s.start < h.hit.end)
          )
            break;
          // AWS signs requests (SigV4) rather than sending a bearer token: its denial's words say so, unless it names an
          // unsigned caller ("User: anonymous is not authorized to perform: execute-api:Invoke").
          {
            const args: CodeArgs['policy.deny'] =
              (via === 'aws' || via === 'aws-s3') && !(description ?? '').includes('User: anonymous')
                ? { ...by, stated: true, signedRequest: 'aws-sigv4' }
                : { ...by, stated: true };
            // Google's denial names the IAM permission it checked (and the resource) in its message or ErrorInfo.
            const denied = via !== undefined && GOOGLE_VIAS.has(via) ? deniedPermission(ctx.text, s.start) : null;
            if (denied !== null) Object.assign(args, denied);
            else if (via === 'google-api' && geminiNamed(ctx, description)) args.geminiModel = true;
            // AWS's denial names the action, the principal and the kind of policy that refused it.
            // An unsigned caller (`User: anonymous`) has no IAM identity whose policies could be changed.
            const aws = args.signedRequest !== undefined ? awsDenial(ctx.text, s.start) : null;
            if (aws !== null) Object.assign(args, aws);
            // An authorization service's answer names what it denied (its policy, rule or relation): the words say so.
            if (via !== undefined && DECIDING_SERVICES.has(via) && description !== null) args.decision = description;
            // Vault says "permission denied" of a token it does not know too: a shown token of no Vault form comes first.
            if (via === 'vault') {
              const shown = unlikeVaultToken(ctx.text);
              if (shown !== null) args.unlikeVaultToken = shown;
            }
            out.push(finding('policy.deny', args, evidence, 'log', 'error'));
          }
          break;
        case 'no_token':
          // "No token provided" beside a request that visibly sent one in Authorization: it did not reach the code that
          // looks for it (bezkoder's middleware reads `x-access-token`; a proxy may drop the header), as a verifier's
          // own "no token" says (checks/verifier-log.ts). With no token in the paste it is still the server's own word
          // that none came (bezkoder's middleware answers it with 403), as FastAPI's 403 `Not authenticated` is: stated,
          // so a 403 carrying it reads as the authentication failure it says it is (classify.ts), not as a denial.
          if (ctx.token?.foundIn === 'authorization-header')
            out.push(finding('token.missing', sentArgs(ctx, via), evidence, 'log'));
          else if (ctx.token === null && ctx.presentClaims === null)
            out.push(finding('token.missing', via === undefined ? {} : { via }, evidence, 'log'));
          break;
        case 'unauthenticated':
          // A Firebase callable's own UNAUTHENTICATED to a request that carried Authorization: its SDK refused the ID
          // token (or the App Check token) before the function ran (parse/error-bodies.ts).
          // Strapi's "Missing or invalid credentials" with Authorization shown: the credential came, and no strategy
          // accepted it.
          if ((via === 'firebase-callable' || via === 'strapi') && ctx.authorization !== null)
            out.push(
              finding('challenge.invalid-token', { ...by, description, ...tokenSeenArgs(ctx) }, evidence, 'log'),
            );
          // GraphQL UNAUTHENTICATED says no credentials were accepted, not which: token.ts reads it.
          break;
        default:
          break;
      }
    }
    return out;
  },
});

/** The first line of a description (Entra ID's go on with `Trace ID: …`, `Correlation ID: …`), at most 240 characters. */
function firstLine(description: string | null): string | null {
  if (description === null) return null;
  const end = description.search(/[\r\n]/);
  const line = (end < 0 ? description : description.slice(0, end)).trim();
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}
