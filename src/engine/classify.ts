import { finding } from './checks/define.js';
import type { FindingCode } from './codes.js';
import { replacedCodes } from './rank.js';
import type { Classification, FindingData, Source } from './types.js';

/** Server-stated evidence that the caller was identified but not allowed. */
const AUTHORIZATION_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'challenge.insufficient-scope',
  'scope.insufficient',
  'policy.deny',
  'proxy.authorizer-deny',
  'proxy.waf-block',
  // A token endpoint that authenticated the client but does not allow it the grant or the scope it asked for, and a
  // federation trust that does not admit the token's identity: the caller was identified, not allowed.
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'federation.no-match',
  // The provider accepted the credentials and refused the service, not enabled for their project or account.
  'policy.service-not-enabled',
  // CSRF protection refused the request, whoever sent it: not the credentials' failure (the token was not judged).
  'request.csrf-rejected',
]);

/** Evidence that the credentials were missing or not accepted. */
const AUTHENTICATION_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'challenge.invalid-token',
  'challenge.invalid-request',
  'challenge.dpop-proof',
  'challenge.step-up',
  'challenge.no-error',
  'token.sender-constrained',
  'token.missing',
  'token.malformed',
  'token.revoked',
  'token.type-mismatch',
  // Only from a verifier's words (Keycloak's "Token type is incorrect … but was 'ID'"): the token's own claims are
  // not a stated failure.
  'token.id-token',
  'token.jwe-undecryptable',
  'time.expired',
  'time.not-yet-valid',
  'time.issued-in-future',
  // Only as a server states it (a verifier's or platform's refusal of an exp too far ahead: GitHub's App JWT); the
  // decoded token's lifetime is inference and classifies nothing.
  'time.long-lifetime',
  'signature.invalid',
  'key.kid-unknown',
  'key.jwks-unavailable',
  'alg.none',
  'alg.not-allowed',
  'claim.iss-mismatch',
  'claim.iss-trailing-slash',
  'claim.aud-mismatch',
  'authz-header.missing',
  // A verifier rejecting the token for a claim it lacks, or refusing every token because of its own setup,
  // did not accept the credentials: only ever counted when a log or the response says so (see stated()).
  'claim.required-missing',
  'claim.aud-missing',
  'claim.iss-missing',
  'claim.sub-missing',
  'time.no-exp',
  'time.invalid',
  'time.inconsistent',
  'key.kid-missing',
  'token.jwe',
  'authz-header.format',
  'authz-header.scheme',
  'verifier.misconfigured',
  'oauth.invalid-client',
  // The sign-in's authorization code was refused at the token endpoint: the grant was not accepted.
  'oauth.invalid-code',
  // The provider would not issue a token without the user (a sign-in, consent, MFA): no token was ever issued.
  'oauth.interaction-required',
  // The client could not find where, or how, to get a token (its metadata, its registration): none was ever issued.
  'oauth.discovery-failed',
]);

const STATED: ReadonlySet<Source> = new Set<Source>(['response-header', 'log', 'status']);

function signInRedirect(f: FindingData): boolean {
  return f.code === 'proxy.authorizer-deny' && (f.args as { signIn?: true }).signIn === true;
}

/**
 * A product that answers an accepted caller's missing permission with 401 by design stated that denial; so does a
 * provider that answers a service not enabled for the account with 401 (EC2's OptInRequired, Appliscale/
 * cloud-security-audit#24: "status code: 401"): the credentials were accepted.
 */
export function deniedByDesignAt401(findings: readonly FindingData[]): boolean {
  return findings.some(
    (f) =>
      (f.code === 'policy.deny' && stated(f) && UNAUTHORIZED_BY_DESIGN.has(String((f.args as { via?: string }).via))) ||
      (f.code === 'policy.service-not-enabled' && stated(f)),
  );
}

function stated(f: FindingData): boolean {
  return STATED.has(f.source) && (f.severity ?? 'error') !== 'info';
}

/**
 * Authentication evidence a server gave that a 403 cannot have meant as "not allowed": the token rejected,
 * or the server saying no credentials came (FastAPI's 403 `Not authenticated`). Not `token.missing` inferred
 * from the status alone, nor an error-less challenge, which name no reason.
 */
function statedAgainst403(f: FindingData): boolean {
  if (f.code === 'challenge.no-error' || (f.code === 'token.missing' && f.source === 'status')) return false;
  // Envoy's ext_authz failing closed answers its status_on_error, 403 by default (envoyproxy/envoy#43257): its
  // authorization service failed, no credential was judged, and the 403 is Envoy's configured answer to that.
  if (f.code === 'verifier.misconfigured' && (f.args as { setup?: string }).setup === 'envoy-ext-authz-error')
    return false;
  return stated(f);
}

/** A reason that names a credential: the server's own words say the request's credential was judged. */
const CREDENTIAL_WORDS = /token|auth|credential|jwt|expired|forbidden|permission|login|sign/i;

/**
 * graphql-ws's 4400 (Bad request), which the protocol sends for a message it could not accept (enisdenjo/graphql-ws
 * PROTOCOL.md; a subscriptions-transport-ws client speaking the older protocol meets it first): a protocol mismatch, not
 * a credential refused, unless the reason (an error thrown in onConnect) names one. It classifies nothing.
 */
function protocolRefusal(f: FindingData): boolean {
  if (f.code !== 'challenge.invalid-request') return false;
  const { closeCode, description } = f.args as { closeCode?: number; description?: string | null };
  return closeCode === 4400 && !CREDENTIAL_WORDS.test(description ?? '');
}

export interface Classified {
  classification: Classification;
  mismatch: FindingData<'status.mismatch'> | null;
}

/**
 * Follows the status unless the evidence says otherwise (findings.md, Classification). The spec's
 * contradictions are `insufficient_scope` on a 401 and `invalid_token` or an expired token on a 403; a 403
 * whose server states another rejection of the token is read as the latter (docs/findings.md).
 * `unauthenticatedStated`: a reply or log stated an authentication failure that has no finding of its own (gRPC's and
 * GraphQL's `UNAUTHENTICATED`).
 */
/**
 * The `via`s of products whose HTTP API answers an unknown, expired or revoked credential with 403, by design: HashiCorp
 * Vault ("403 - Forbidden, your authentication details are either incorrect, you don't have access to this feature…",
 * developer.hashicorp.com/vault/api-docs, HTTP status codes) and Consul (an unknown ACL token is "403 (ACL not found)",
 * as hashicorp/consul's own tests and consul-k8s's IsACLNotFoundError expect it), AWS for an access key it has no
 * record of (STS's InvalidClientTokenId, "The security token included in the request is invalid. (Service: Sts, Status
 * Code: 403, …)" as aws-sdk-java v2 prints it; iann0036/iamlive#58's "StatusCode: 403, … UnrecognizedClientException"),
 * PyPI for an upload's credentials ("403 Invalid or non-existent authentication information", pypa/twine#1057), Azure
 * Storage's AuthenticationFailed ("BlobStorageException: Status code 403, … <Code>AuthenticationFailed</Code>",
 * Azure/azure-sdk-for-java#8667) and Cloudflare's code 10000 ("Cloudflare API 403 … code 10000: Authentication error",
 * hieunc229/mailflare#1), and Datadog's refused API or application key ("HTTP-Code: 403 Message: {"errors":["Forbidden"]…",
 * dbader/node-datadog-metrics#115; GoogleCloudPlatform/terraformer#597); round audit-xx: Splunk's HTTP Event Collector
 * (403 "Invalid token" code 4 and "Token disabled" code 1, docs.splunk.com Data/TroubleshootHTTPEventCollector) and
 * Datadog's intake as its Agent reads it (every 403 is "API Key invalid", datadog-agent's forwarder transaction.go);
 * round review-28: Databricks' workspace API ("Error 403 Invalid access token.", its X-Databricks-Reason-Phrase on an
 * HTTP/2.0 403, databricks/databricks-sdk-go#873 and #917; "Error 403 Token is expiring within 30 seconds. (token
 * expired)", databricks/databricks-vscode#583). The failure is still authentication.
 */
const FORBIDDEN_BY_DESIGN = new Set([
  // NocoDB answers an API token it does not know with 403 {"msg":"Unauthorized"} (nocodb/nocodb#7272).
  'nocodb',
  'vault',
  'consul',
  'aws',
  'pypi',
  'azure-storage',
  'cloudflare',
  'datadog',
  'splunk-hec',
  'datadog-agent',
  'databricks',
  // APNs answers every provider-token refusal with 403 (InvalidProviderToken, ExpiredProviderToken: Apple's "Handling
  // notification responses from APNs"), named by the platform rule that judged the token (checks/platform-limits.ts).
  'apns',
  // Red Hat 3scale's APIcast answers "Authentication failed" with 403 unless the product's error_status_auth_failed
  // says otherwise (3scale/APIcast gateway/src/apicast/configuration.lua; 3scale/APIcast#811, "HTTP code 403:
  // Authentication failed").
  'apicast',
  // The JWT Authentication for WP REST API plugin answers every refusal of its validate_token with 403, a missing or
  // malformed header, no secret, an undecodable token alike ("jwt_auth_bad_auth_header", … `'status' => 403`,
  // Tmeister/wp-api-jwt-auth public/class-jwt-auth-public.php; its #62: {"code":"jwt_auth_bad_auth_header",…,
  // "data":{"status":403}}).
  'wp-jwt-auth',
  // Figma's REST API answers a personal access token or OAuth token it does not accept with 403 {"status":403,"err":
  // "Invalid token"} (parse/saas-bodies.ts; risa-labs-inc/MagicPencil#2, HaikuTeam/animator#1061).
  'figma',
  // Contentful's Content Management API (api.contentful.com) answers a token it does not hold, a Delivery or Preview
  // token given as the management token among them, AccessTokenInvalid with 403, where its Delivery API answers 401 (the
  // table at contentful.com/developers/docs/references/errors): contentful/contentful-export#98 ("Status: 403 - Forbidden
  // - Message: The access token you sent could not be found or is invalid.", the maintainer: "Are you sure you used a
  // management token, not a delivery token?"), EmaSuriano/gatsby-starter-mate#6 (the CMA's URL, "status": 403,
  // AccessTokenInvalid), lotas/contentful-graph#43. Its own answer for a refused token: no contradiction to report.
  'contentful',
  // Qdrant Cloud answers an API key it has no record of with 403 {"error":"key doesn't exist"} (qdrant/qdrant-client#127,
  // "Unexpected Response: 403 (Forbidden)").
  'qdrant',
  // Meilisearch answers every refusal of a key or tenant token with 403 invalid_api_key, an expired tenant token among
  // them (meilisearch/meilisearch crates/meilisearch/src/extractors/authentication/mod.rs, AuthError's error_code;
  // meilisearch/meilisearch#2638, "httpStatus: 403"); only a missing header is 401. Algolia answers an application ID
  // and key it does not accept with 403 {"message":"Invalid Application-ID or API key","status":403}
  // (algolia/docsearch#1261, algolia/algoliasearch-client-javascript#1157).
  'meilisearch',
  'algolia',
  // Jenkins answers an anonymous caller with 403 and its login page (X-You-Are-Authenticated-As: anonymous,
  // ccmenu/ccmenu#9), never a 401 challenge.
  'jenkins',
  // Supabase Auth (GoTrue) answers a refused JWT with 403 and its own error_code: bad_jwt, and session_not_found for a
  // JWT whose session was ended ({"code":403,"error_code":"session_not_found",…}, supabase/auth-js#914).
  'supabase-auth',
  // authentik's API answers a token it does not accept with 403, Django REST framework's answer to an authentication
  // failure when no challenge is sent (goauthentik/authentik authentik/api/authentication.py; its outpost's
  // `error="403 Forbidden"`, goauthentik/authentik#11454).
  'authentik',
  // Round audit-aq (verifier-messages/media-sdks.ts): Twilio's signaling answers an Access Token it refuses with a SIP 403
  // carrying X-Twilio-Error (eddiezane/react-twilio-video-post#3: "SIP/2.0 403 Forbidden … X-Twilio-Error: 20101 Invalid
  // Access Token"; twilio/video-quickstart-ios#67, "SIP error 403" for an expired one), and Vonage Video's REST API a JWT
  // it refuses with 403 (opentok/opentok-node#232, "An authentication error occurred: (403) … Invalid issuer format").
  'twilio',
  'vonage-video',
  // Mux answers a signed playback URL whose token it refuses with 403 (muxinc/elements errors/403-expired-token.md,
  // 403-playback-id-mismatch.md: Mux Player's words for that 403).
  'mux',
]);

/**
 * The `via`s of products whose HTTP API answers an identified caller's missing role with 401, by design: Azure AI
 * services' data plane (Azure OpenAI, Foundry) says "(PermissionDenied) The principal … lacks the required data action …"
 * with "Status: 401 (PermissionDenied)" (davrous/AzureAgentToM365#3, microsoft/foundry-samples#155; the VS Code
 * extension's "401: The principal … lacks the required data action", microsoft/microsoft-foundry-for-vscode#303). The
 * principal was authenticated: the failure is authorization, and the status no contradiction.
 */
const UNAUTHORIZED_BY_DESIGN = new Set([
  'azure-ai-services',
  // ClickUp answers a token whose user did not authorize the Workspace addressed ("Team not authorized", OAUTH_023…045)
  // with 401 (n8n-io/n8n#28584: `{ "err": "Team(s) not authorized", "ECODE": "OAUTH_023" }` on a 401; its common errors
  // page): the token was accepted, the Workspace is not one it may act in.
  'clickup',
]);

/**
 * A signed URL judged past its own expiry, from its query (checks/presigned-expiry.ts) or by the service's own words
 * (checks/signed-url-times.ts): S3 answers it 403 AccessDenied "Request has expired" (aws/aws-sdk-php#1333,
 * aws/aws-sdk-js#2306; MinIO and Alibaba Cloud OSS in the same words) and CloudFront 403 AccessDenied, by design: the
 * status is theirs, no contradiction. An RDS IAM token is no HTTP request's.
 */
function signedUrlPastExpiry(args: { presigned?: string; signedUrl?: unknown }): boolean {
  return (args.presigned !== undefined && args.presigned !== 'rds-iam') || args.signedUrl !== undefined;
}

/**
 * Credentials whose refusal a product answers with 403 where its other refusals are 401s. Jira and Confluence refuse a
 * login Seraph would not check (its CAPTCHA lock, X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE) with 403
 * (pycontribs/jira#733, palashkulsh/jira-cmd#38), but a personal access token or API token they do not accept with 401
 * and X-Seraph-LoginReason: AUTHENTICATED_FAILED (GothenburgBitFactory/bugwarrior#689, pycontribs/jira#1627): a 403 there
 * is still the contradiction to report, so the products as a whole are not in FORBIDDEN_BY_DESIGN.
 */
const FORBIDDEN_BY_DESIGN_CREDENTIALS = new Set(['atlassian-captcha']);

function forbiddenByDesign(args: {
  via?: string;
  platform?: string;
  credential?: string;
  mintedFor?: string;
}): boolean {
  return (
    FORBIDDEN_BY_DESIGN.has(String(args.via)) ||
    // A token judged expired by its own exp, for a service that answers that with 403 (checks/time.ts, mintedFor).
    FORBIDDEN_BY_DESIGN.has(String(args.mintedFor)) ||
    FORBIDDEN_BY_DESIGN.has(String(args.platform)) ||
    FORBIDDEN_BY_DESIGN_CREDENTIALS.has(String(args.credential))
  );
}

export function classify(
  status: number | null,
  statusEvidence: () => string,
  allFindings: readonly FindingData[],
  unauthenticatedStated = false,
): Classified {
  // The findings vote as the report shows them: a general code that ranking folds into a specific one of a class (the
  // same answer read less precisely) votes as that code, with its own source; folded into one of no class (a token
  // for another API, an opaque token) it keeps its own vote; dropped, it does not vote.
  const replaced = replacedCodes(allFindings);
  const findings = replaced === null ? allFindings : asReported(allFindings, replaced);
  // The status line is quoted (and redacted) for a mismatch only, and each branch looks for the findings it reads:
  // the stated authorization and authentication evidence is read only where it decides.
  if (status === 401) {
    // "A 401 carrying insufficient_scope": the challenge's error code, or the verifier saying the same in its
    // log (express-oauth2-jwt-bearer's InsufficientScopeError). A scope inferred from the token alone is not the server's word.
    const scope = findings.find(
      (f) => f.code === 'challenge.insufficient-scope' || (f.code === 'scope.insufficient' && f.source === 'log'),
    );
    if (scope !== undefined) {
      return { classification: 'authorization', mismatch: mismatch(401, statusEvidence, 'authorization', scope.code) };
    }
    return { classification: deniedByDesignAt401(findings) ? 'authorization' : 'authentication', mismatch: null };
  }
  if (status === 403) {
    if (findings.some((f) => f.code === 'proxy.waf-block')) return { classification: 'authorization', mismatch: null };
    // AWS answers a SigV4 signature that does not match with 403 by design (S3's error code list: SignatureDoesNotMatch,
    // 403 Forbidden): an authentication failure, and its status no contradiction.
    if (findings.some((f) => f.code === 'signature.invalid' && 'signedRequest' in f.args))
      return { classification: 'authentication', mismatch: null };
    // The line that carries the 403 states its own denial (a product's log line, "… not enabled (err=Unauthorized)
    // (code=403)", Portainer's): that line's request was refused by policy, whatever another line of the paste says of
    // another request (the same log's earlier "Invalid JWT token … (code=401)").
    const denials = findings.filter((f) => AUTHORIZATION_CODES.has(f.code) && stated(f));
    if (denials.length > 0) {
      const line = statusEvidence();
      if (denials.some((f) => f.evidence === line)) return { classification: 'authorization', mismatch: null };
    }
    // The spec names invalid_token and an expired token; any other rejection of the credentials that the
    // server states (Envoy's 403 for `Audiences in Jwt are not allowed`, an old Kong's 403 `Invalid signature`)
    // says the same, unless the server also states an authorization reason.
    // An expiry judged from the token at `now` (which may be well after the request) does not overrule the server's
    // `insufficient_scope`: by RFC 6750 that server had accepted the token. Other stated denials (an authorizer's
    // explicit deny, RBAC) may themselves come from an expired token, so the expiry still says otherwise there.
    // A stated CSRF refusal says the same of the token: the request was refused before the token was read (Spring's
    // CsrfFilter runs ahead of its bearer token filter), so an expiry judged from the pasted token is no contradiction.
    // So does a front door that wants a credential of its own (a function URL's SigV4, checks/proxy.ts beforeToken): it
    // refused before any check of the bearer token.
    const otherReasonStated = findings.some(
      (f) =>
        f.code === 'challenge.insufficient-scope' ||
        ((f.code === 'scope.insufficient' || f.code === 'request.csrf-rejected') && stated(f)) ||
        (f.code === 'proxy.gateway-response' && (f.args as { beforeToken?: true }).beforeToken === true),
    );
    // A server that says insufficient_scope (in WWW-Authenticate or its body) had read and accepted the token (RFC 6750
    // §3.1), as the 403 says: a verifier's log line rejecting a token beside it (Spring's "Failed to authenticate since
    // the JWT was invalid", express-jwt's "jwt expired") is another request's failure or another service's, a second
    // failure in the paste that leaves the status standing. invalid_token in the response's own WWW-Authenticate is
    // still the spec's contradiction.
    const scopeStated = findings.some((f) => f.code === 'challenge.insufficient-scope');
    const contradiction =
      findings.find(
        (f) =>
          (f.code === 'challenge.invalid-token' && (!scopeStated || f.source === 'response-header')) ||
          (f.code === 'time.expired' &&
            (f.severity ?? 'error') === 'error' &&
            (!otherReasonStated || stated(f)) &&
            (!scopeStated || f.source === 'response-header')),
      ) ??
      (findings.some((f) => AUTHORIZATION_CODES.has(f.code) && stated(f))
        ? undefined
        : findings.find((f) => AUTHENTICATION_CODES.has(f.code) && statedAgainst403(f)));
    if (contradiction === undefined && !otherReasonStated && sentEmptyCredential(findings))
      return { classification: 'authentication', mismatch: null };
    if (contradiction !== undefined) {
      return {
        classification: 'authentication',
        // A product whose API answers a refused credential with 403 by design: the status is its documented answer,
        // and "the server should answer 401" would ask its users to change the product.
        mismatch:
          forbiddenByDesign(
            contradiction.args as { via?: string; platform?: string; credential?: string; mintedFor?: string },
          ) ||
          signedUrlPastExpiry(contradiction.args as { presigned?: string; signedUrl?: unknown }) ||
          (contradiction.args as { senderForbidden?: true }).senderForbidden === true
            ? null
            : mismatch(403, statusEvidence, 'authentication', contradiction.code),
      };
    }
    return { classification: 'authorization', mismatch: null };
  }
  // Another status, or none: only decisive, server-stated evidence classifies. An external authorizer's redirect to
  // sign in (checks/sign-in-redirect.ts) says the caller was not identified, not that it was refused.
  const authz = findings.find((f) => AUTHORIZATION_CODES.has(f.code) && stated(f) && !signInRedirect(f));
  if (authz === undefined && findings.some(signInRedirect)) return { classification: 'authentication', mismatch: null };
  const authn = findings.find((f) => AUTHENTICATION_CODES.has(f.code) && stated(f) && !protocolRefusal(f));
  if (authz !== undefined && authn === undefined) return { classification: 'authorization', mismatch: null };
  if (authn !== undefined && authz === undefined) return { classification: 'authentication', mismatch: null };
  // A gRPC `UNAUTHENTICATED` (grpc-go `rpc error: code = Unauthenticated desc = …`, grpc-java `UNAUTHENTICATED: …`) or
  // GraphQL's has no finding of its own: beside a pasted token (no token.missing then) it is still the server's word
  // that the credentials were not accepted.
  if (authn === undefined && authz === undefined && unauthenticatedStated)
    return { classification: 'authentication', mismatch: null };
  if (authn !== undefined && authz !== undefined) {
    return {
      classification: authz.code === 'challenge.insufficient-scope' ? 'authorization' : 'authentication',
      mismatch: null,
    };
  }
  return { classification: 'undetermined', mismatch: null };
}

/**
 * The paste shows the request sending an empty credential where the token belongs (an empty `?token=`, a placeholder:
 * token.missing read from the request), and nothing says an identified caller was refused: a 403 then refused no
 * identity. RFC 9110 §15.5.4 lets a server answer a request without credentials with 403 (Phoenix answers every
 * connect/3 `:error` so, phoenixframework/phoenix#2847): the cause is the credential not sent, as on a 401. Narrowly:
 * not `token.missing` inferred from the status alone; not a request merely shown without Authorization
 * (authz-header.missing: a CORS preflight's 403, a cookie or another credential a 403 may have judged); not beside an
 * authorization finding, stated or read from a token, which keeps the status standing.
 */
function sentEmptyCredential(findings: readonly FindingData[]): boolean {
  if (findings.some((f) => AUTHORIZATION_CODES.has(f.code))) return false;
  return findings.some((f) => f.code === 'token.missing' && f.source === 'request-header');
}

function asReported(
  findings: readonly FindingData[],
  replaced: ReadonlyMap<FindingCode, FindingCode | null>,
): FindingData[] {
  const out: FindingData[] = [];
  for (const f of findings) {
    const into = replaced.get(f.code);
    if (into === undefined) out.push(f);
    else if (into !== null)
      out.push(
        AUTHORIZATION_CODES.has(into) || AUTHENTICATION_CODES.has(into) ? ({ ...f, code: into } as FindingData) : f,
      );
  }
  return out;
}

function mismatch(
  status: number,
  evidence: () => string,
  evidenceSays: Classification,
  because: FindingCode,
): FindingData<'status.mismatch'> {
  return finding('status.mismatch', { status, evidenceSays, because }, evidence(), 'status');
}
