import type {
  CodeArgs,
  CorsFramework,
  JwtAssertionProblem,
  KeyFetchFailure,
  ProxyAssertion,
  RegistryClient,
  TelemetrySender,
  Workload,
} from '../../engine/args.js';
import type { NonJwtCredential } from '../../engine/checks/credential-kind.js';
import type { SelfSignedPlatform } from '../../engine/checks/platform-limits.js';
import type { FindingMessages, Format, RefinedStep } from '../catalogue.js';
import { CREDENTIAL_SEEKER, type CredentialSeeker } from '../credential-seekers.js';
import {
  hasProductName,
  isClientReporter,
  isRpcEnvelope,
  productName,
  productNameAtStart,
  refuserOf,
} from '../product-names.js';
import { answeredBy, codeSaid, isEnvelope, titleQuote, wordsNameCause } from '../refusal-title.js';
import { saasVendor } from '../saas-vendors.js';
import { shownSignals } from '../signals.js';
import { sentVariable, variableSyntax } from '../variable-syntax.js';
import { workingSteps } from '../working-steps.js';
import { AI_API_DETAIL, AI_API_STEPS, AI_API_TITLE } from './ai-apis.js';
import { CLIENT_CERT_EARLY, CLIENT_CERT_EXPIRED, CLIENT_CERT_UNTRUSTED } from './client-certificate.js';
import { AWS_SESSION, NO_CREDENTIALS, NO_CREDENTIALS_STEPS, REFRESH_REFUSED } from './client-sdks.js';
import {
  PLATFORM_AGE_TITLE,
  PLATFORM_ALG_DETAIL,
  PLATFORM_KEY_STEP,
  PLATFORM_LIFETIME_TITLE,
  PLATFORM_STEP,
  platformAgeDetail,
  platformExpects,
  platformLifetimeDetail,
} from './self-signed.js';
import { SIGNED_URL_EARLY, SIGNED_URL_EXPIRED, SIGNED_URL_TOO_LONG, sasDenialStep } from './signed-urls.js';
import {
  SENDER_DETAIL,
  SENDER_FORBIDDEN_DETAIL,
  SENDER_FORBIDDEN_TITLE,
  SENDER_STEPS,
  SENDER_TITLE,
} from './telemetry.js';

/**
 * token.missing's words for a client that sends the credential its configuration gives: a telemetry sender
 * (telemetry.ts) or an AI API's client (ai-apis.ts).
 */
function configuredSenderTitle(a: CodeArgs['token.missing']): string {
  if (a.aiApi !== undefined) return AI_API_TITLE[a.aiApi];
  return a.senderForbidden === true ? SENDER_FORBIDDEN_TITLE : SENDER_TITLE[a.sender as TelemetrySender];
}

function configuredSenderDetail(a: CodeArgs['token.missing']): string {
  if (a.aiApi !== undefined) return AI_API_DETAIL[a.aiApi];
  return a.senderForbidden === true ? SENDER_FORBIDDEN_DETAIL : SENDER_DETAIL[a.sender as TelemetrySender];
}

function configuredSenderSteps(a: CodeArgs['token.missing']): string[] {
  return [...(a.aiApi !== undefined ? AI_API_STEPS[a.aiApi] : SENDER_STEPS[a.sender as TelemetrySender])];
}

/** token.missing's subject when a client found no credentials (CREDENTIAL_SEEKER). */

/** The step for a product whose tokens are opaque keys (opaque-token-products.ts): no claims of a JWT to check. */
function opaqueKeyRefused(via: string | undefined): string | null {
  const key = opaqueKeyOf(via);
  if (key === null) return null;
  const { name, check } = PRODUCT_KEY[key];
  return `The credential is ${name}, not a JWT, so there is no exp, iss, aud or kid to check: ${check}`;
}

const SEEKER: Record<CredentialSeeker, string> = {
  cli: 'The command-line tool',
  sdk: 'The client’s SDK',
  aws: 'The AWS CLI or SDK',
};

import { opaqueKeyOf } from '../opaque-token-products.js';
import { SENT_OWN_CREDENTIAL } from '../sent-own-credential.js';
import { dataPlaneTokenExpired } from './data-planes.js';
import { lineLoginStep } from './line-login.js';
import {
  MEDIA_SDK_AUDIENCE,
  MEDIA_SDK_DENIED,
  MEDIA_SDK_LIFETIME,
  MEDIA_SDK_SIGNATURE,
  mintedTokenExpired,
} from './media-sdks.js';
import { PRODUCT_KEY } from './product-keys.js';
import { PUSHER_AUTH_ENDPOINT, realtimeTokenExpired, realtimeTokenRefused } from './realtime.js';
import { RESTRICTED_KEY_STEP, RESTRICTED_KEY_TITLE, restrictedKeyDetail } from './restricted-keys.js';
import { saasTokenExpired, saasTokenRefused } from './saas-vendors.js';
import { SERVICE_NOT_ENABLED } from './service-enablement.js';
import { otherSignedRequest, SIGNED_REQUEST } from './signed-requests.js';

/** challenge.missing's step, and the generic step a hedged intermediary's own replaces (sameAdvice). */
const FIND_ANSWERING_COMPONENT =
  'Find out which component answered: compare the response headers (Server, Via, x-amzn-*, cf-ray) with a direct request to the application.';
/**
 * A bare `Bad credentials` 401 body's step: it begins by finding which server answered, which is challenge.missing's
 * advice for the same 401 (sameAdvice), so a report gives it once, in these words (they also say what to check).
 */
const BAD_CREDENTIALS_BODY_STEP =
  'Find which server answered (its Server header, the URL’s host, its log line for this request). For a Spring application, check the user name and password against its user store (or which AuthenticationProvider reads the token); for GitHub’s API, that the token is not expired, revoked or mistyped.';
/** status.not-auth's step for a 4xx, after the body's when none was pasted. */
const CHECK_REQUEST = 'Check the request itself (URL, method, body) against the API’s documentation.';

/** Azure AD Graph's application id: the retired API whose tokens people still send to Microsoft Graph. */
const AAD_GRAPH = '00000002-0000-0000-c000-000000000000';
/**
 * A Gemini model refused with Google's bare "The caller does not have permission" (checks/body.ts geminiNamed, with its
 * sources): preview models are open to some keys and accounts only (google-gemini/gemini-cli#23826: "It seems like you
 * don't have access to gemini-3-flash-preview … enable the Preview Release Channel").
 */
const GEMINI_MODEL_ACCESS =
  'Check that the model is open to this key or account: try a generally available Gemini model with the same key; if that works, the model asked for (a -preview or -exp one) is not available to it: pick another, or get access (for a Google Workspace account, its admin enables the Preview Release Channel for Gemini Code Assist). If no model works, check the key’s project has the Gemini API (Generative Language API) enabled and the key is not restricted to other APIs.';
// cloud.google.com/sdk/gcloud/reference/policy-troubleshoot/iam ("whether a principal is granted a permission on a
// resource and how that access is determined"); docs.cloud.google.com/policy-intelligence/docs/troubleshoot-access
// (it examines the allow, deny and Principal Access Boundary policies).
// A Google API's PERMISSION_DENIED is not always IAM's (an API not enabled in the project says it too): the step
// applies to a message that names a permission.
const GCP_IAM_DENIAL =
  'Where the message names an IAM permission (Permission ‘…’ denied on resource, IAM_PERMISSION_DENIED), ask Policy Troubleshooter whether the principal has it on that resource (gcloud policy-troubleshoot iam <full resource name> --principal-email=<principal> --permission=<permission>): it lists the allow and deny policies that decide it.';
/**
 * The step for a Google Cloud denial that names its permission: the role to grant, where, and the tool that says which
 * allow or deny policy decides it (cloud.google.com/iam/docs/roles-permissions lists the roles holding a permission;
 * `gcloud policy-troubleshoot iam`, as GCP_IAM_DENIAL).
 */
function gcpPermissionStep(permission: string, resource: string | undefined): string {
  const where = resource === undefined ? 'on the resource the request names' : `on ${resource}`;
  return `Grant the caller (the user or service account whose credentials made the request) a role that includes ${permission} ${where}; the IAM roles and permissions index (cloud.google.com/iam/docs/roles-permissions) lists the roles that hold it. If it already has one, an IAM deny policy may refuse it: gcloud policy-troubleshoot iam <full resource name> --principal-email=<principal> --permission=${permission} lists the allow and deny policies that decide it.`;
}

/**
 * The step for an AWS IAM denial that names its action: which policy to change follows from the type AWS names
 * (docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html; reference_policies_evaluation-logic.html:
 * an explicit Deny anywhere wins, an SCP or a permissions boundary caps what identity policies grant, and a session
 * policy caps the session).
 */
function awsDenialStep(a: CodeArgs['policy.deny']): string {
  const action = a.permission ?? 'the action';
  const on = a.resource === undefined ? '' : ` on ${a.resource}`;
  const who = awsPrincipalName(a.principal);
  const simulate = `The IAM policy simulator (aws iam simulate-principal-policy --policy-source-arn <role or user ARN> --action-names ${action}) and CloudTrail's record of the call show the statement that decides it.`;
  switch (a.awsPolicy) {
    case 'identity':
      return a.explicitDeny
        ? `An identity-based policy of ${who} (or of its group) has a Deny for ${action}${on}: change that statement (often a condition: region, MFA, tags); an Allow elsewhere cannot override it. ${simulate}`
        : `Add an Allow for ${action}${on} to an identity-based policy of ${who} (a policy attached to the role or user, not to the tool that assumed it). ${simulate}`;
    case 'boundary':
      return `The permissions boundary of ${who} ${a.explicitDeny ? 'denies' : 'does not allow'} ${action}: the boundary caps what its identity policies grant, so add ${action} to the boundary policy (its ARN is PermissionsBoundary in aws iam get-role or get-user), or, where a tool creates roles and users, have it attach the boundary the account requires.`;
    case 'scp':
    case 'rcp':
      return `An AWS Organizations ${a.awsPolicy === 'scp' ? 'service control policy' : 'resource control policy'} ${a.explicitDeny ? 'denies' : 'does not allow'} ${action} in this account: no IAM policy in the account can override it. Ask the organisation’s administrators which policy refuses it (often a region or service restriction), or make the call where it is allowed.`;
    case 'session':
      return `The session policy passed when the session was created (the --policy or --policy-arns of AssumeRole, AssumeRoleWithWebIdentity or GetFederationToken, or the tool that assumed ${who}) ${a.explicitDeny ? 'denies' : 'does not allow'} ${action}: widen it or leave it out; the role’s own policies cannot add to it.`;
    case 'resource':
      return a.explicitDeny
        ? `The resource’s own policy${on === '' ? '' : ` (${a.resource})`} has a Deny for ${action} that matches ${who}: change that statement (a condition on aws:SourceVpce, aws:PrincipalArn or aws:SecureTransport is common).`
        : `The resource’s own policy${on === '' ? '' : ` (${a.resource})`} has no Allow for ${who}: add one for ${action} (cross-account access needs it besides the caller’s identity policy).`;
    case 'vpc-endpoint':
      return `The VPC endpoint policy the request went through ${a.explicitDeny ? 'denies' : 'does not allow'} ${action}${on}: change the endpoint’s policy, or call through another route.`;
    default:
      return a.explicitDeny
        ? `An explicit Deny in one of the policies that apply to ${who} refuses ${action}${on} (identity, resource, permissions boundary, session or organisation policy); no Allow can override it. ${simulate}`
        : `Allow ${action}${on} for ${who} in its IAM policies. ${simulate}`;
  }
}

/** The role or user an AWS principal ARN names (`assumed-role/NAME/session`, `role/NAME`, `user/NAME`). */
function awsPrincipalName(principal: string | undefined): string {
  if (principal === undefined) return 'the caller';
  const m = /:(assumed-role|role|user)\/(\S{1,300})/.exec(principal);
  if (m === null) return principal;
  // An assumed role's session follows its name (assumed-role/NAME/session); a user's or role's path comes before it
  // (user/people/NAME: a friendly name takes no slash, so it is the last part; aws/aws-toolkit-jetbrains#3297).
  const parts = (m[2] as string).split('/');
  const name = m[1] === 'assumed-role' ? parts[0] : parts[parts.length - 1];
  return `the ${m[1] === 'user' ? 'user' : 'role'} ${name}`;
}

/** policy.deny's detail: the kind of AWS policy the denial names. */
const AWS_POLICY_SAYS: Readonly<Record<string, string>> = {
  identity: 'no identity-based policy of the caller allows it',
  'identity-deny': 'an identity-based policy of the caller refuses it',
  boundary: 'the caller’s permissions boundary refuses it',
  scp: 'an organisation’s service control policy refuses it',
  rcp: 'an organisation’s resource control policy refuses it',
  session: 'the session policy refuses it',
  resource: 'the resource’s own policy refuses it',
  'vpc-endpoint': 'the VPC endpoint policy refuses it',
  none: 'an IAM policy refuses it',
};

/**
 * Microsoft Graph's Authorization_RequestDenied ("Insufficient privileges to complete the operation."): the app lacks the
 * Graph permission of the kind its token carries (a client-credentials token needs Application permissions with admin
 * consent, microsoftgraph/dotnetcore-console-sample#44), or, with delegated permissions, the signed-in user may not do it
 * (a directory role was what was missing in OfficeDev/microsoft-teams-apps-champion-management#28).
 */
/**
 * Slack's scopes are granted to the app, not requested per token: its reply names the scope the method needs
 * (`needed`) and the token's (`provided`), and every Web API response carries them as headers too: x-oauth-scopes
 * (the token's) and x-accepted-oauth-scopes (what the method accepts), which @slack/web-api reads into
 * response_metadata.scopes / acceptedScopes (slack-ruby-client#378; node-slack-sdk's WebAPICallResult). A new scope
 * reaches a token only when the app is reinstalled (slackapi/bolt-js#1748, bincooo/claude-api#2).
 */
function slackScopeStep(scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'the scope the method needs' : f.list(scopes.map(q));
  const find =
    scopes.length === 0
      ? 'Find the scope the method needs: Slack’s JSON reply names it in "needed" and the token’s scopes in "provided", and the response’s x-accepted-oauth-scopes and x-oauth-scopes headers say the same (the SDK’s error hides them; log the whole reply). Then add '
      : 'Add ';
  return `${find}${what} to the Slack app’s OAuth & Permissions (Bot Token Scopes for an xoxb- token, User Token Scopes for an xoxp- one) and reinstall the app to the workspace: the token gets the new scope only then.`;
}

/** policy.deny's step for an AWS denial that names no action: who signed, and which policy. */
const AWS_WHO_SIGNED_STEP =
  'Check who signed the request (aws sts get-caller-identity with the same credentials) and which policy denies it: its IAM policies, the bucket policy and ACLs, SCPs, and for SSE-KMS objects the key policy; CloudTrail records the denied call.';

/**
 * policy.deny's steps for a service's own denial that no policy of the caller's decides alone: a blocked region's,
 * Bedrock's model access before the signer's IAM policy (repost.aws bedrock-invokemodel-api-error), AppSync's IAM action.
 */
function ownDenialSteps(a: CodeArgs['policy.deny']): string[] {
  if (a.regionBlocked === true) return [REGION_BLOCKED_STEP];
  return a.via === 'aws-bedrock'
    ? [STATED_DENIAL_STEP['aws-bedrock'] as string, AWS_WHO_SIGNED_STEP]
    : [APPSYNC_IAM_STEP];
}

/** policy.deny's title for a stated denial with no words of its own above: a blocked region's, else the policy's. */
function statedDenialTitle(a: CodeArgs['policy.deny']): string {
  return a.keyRefusal !== undefined
    ? RESTRICTED_KEY_TITLE[a.keyRefusal]
    : a.regionBlocked === true
      ? 'OpenAI refuses requests from this country, region or territory'
      : a.eitherCause === true
        ? `${productName(a.via ?? '')} refused the call: its token or its permissions`
        : 'An authorization policy denies the request';
}

// nalgeon/pokitoki#42 ("your country is blocked in OpenAI"), songquanpeng/one-api#1692 (the server's IP),
// platform.openai.com/docs/supported-countries (openai/openai-python#229).
function statedDenialDetail(a: CodeArgs['policy.deny']): string {
  return a.keyRefusal !== undefined
    ? restrictedKeyDetail(a.keyRefusal, a.via)
    : a.regionBlocked === true
      ? 'OpenAI refused the request for where it came from (unsupported_country_region_territory): the address the call left from, a server’s, a cloud region’s, a proxy’s or VPN’s, is in a country, region or territory OpenAI does not serve. No key, organization or permission changes that.'
      : a.eitherCause === true
        ? `${productName(a.via ?? '')} says “Request unauthorized.” both when it refused the caller’s token (its claim mapper: expired, signed with a key the server does not load, another audience) and when its authorizer found no permission for the call, and the paste does not say which: not a policy’s denial for certain.`
        : a.via !== undefined && isRpcEnvelope(a.via)
          ? `The service’s authorization policy denied the request, answering in ${productName(a.via)}’s error envelope${a.decision === undefined ? '' : `: ${q(a.decision)}`}.`
          : `The server’s authorization policy denied the request${via(a)}${rbacNamed(a)}${a.decision === undefined ? '' : `: ${q(a.decision)}`}.`;
}

const REGION_BLOCKED_STEP =
  'Send the calls from a supported location (platform.openai.com/docs/supported-countries): a server or cloud region that is not blocked, or, on a serverless platform, functions pinned to such a region (Vercel’s preferred regions); check which address the calls leave from (a proxy, a VPN, an egress gateway). Another key or account is refused the same way.';

/**
 * AppSync's AWS_IAM mode refusing the signer (parse/verifier-messages/platforms.ts cites the cases): the action and
 * the resource form its IAM policies take (docs.aws.amazon.com/service-authorization/latest/reference/list_awsappsync.html,
 * as aws-amplify/amplify-category-api#2457's answer quotes it).
 */
const APPSYNC_IAM_STEP =
  'Allow appsync:GraphQL to the IAM principal that signed the request (aws sts get-caller-identity with the same credentials names it: an IAM user, a Lambda’s execution role, or the Cognito identity pool’s authenticated or unauthenticated role for an app’s users) on the operation’s field, arn:aws:appsync:<region>:<account>:apis/<api-id>/types/<Query|Mutation|Subscription>/fields/<field> (fields, not resolvers), or on apis/<api-id>/*; a subscription also needs it on its Subscription field. If the app should not sign with IAM at all, call with the authorization mode the field allows (a Cognito user pool or OIDC token, an API key).';

const GRAPH_PRIVILEGES_STEP =
  'In the app registration’s API permissions, add the Microsoft Graph permission the call’s reference page lists, of the kind the token carries (Application for a client-credentials token, read from its roles claim; Delegated for a user’s token, its scp claim), and grant admin consent. With delegated permissions the signed-in user must also be allowed the operation: an admin role in the directory for changes to other users or to the directory.';

/**
 * Google's token endpoint refusing a service account's JWT grant that impersonates a user (domain-wide delegation):
 * "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes
 * requested." (googleapis/google-auth-library-ruby#210, google-api-python-client#792), older "Unauthorized client or
 * scope in request." (google-api-php-client#950). The Workspace admin has not authorized the service account's client
 * ID for those scopes, or not yet: a new entry can take up to 24 hours (google-api-php-client#1379).
 */
function googleDelegation(description: string | null): boolean {
  return (
    description !== null &&
    (description.startsWith('Client is unauthorized to retrieve access tokens using this method') ||
      description.startsWith('Unauthorized client or scope in request'))
  );
}
const GOOGLE_DWD_STEP =
  'In the Google Workspace Admin console (Security › Access and data control › API controls › Domain-wide delegation), authorize the service account’s numeric client ID for every scope the credentials request, written exactly as requested (full URLs); a new or changed entry can take up to 24 hours to apply. The subject (sub) must be a user of that Workspace domain.';

/**
 * An identity-aware proxy's assertion reaching the backend expired: the proxy signs it per request (IAP: "The maximum
 * lifetime of a token is 10 minutes + 2 * skew", cloud.google.com/iap/docs/signed-headers-howto) or per session and
 * does not forward one past it (gravitational/teleport#4791: "Internal applications should never receive a request with
 * a expired token"), so the header was replayed or the backend's clock is off.
 */
const PROXY_ASSERTION_EXPIRED_STEP = (proxy: string) =>
  `The token is ${proxy}’s signed assertion for the backend, which the proxy issues itself (per request or per session) and does not forward once expired: either this header was replayed (saved from an earlier request, a test fixture, a cache in between) rather than sent by the proxy now, or the backend’s clock is ahead. Send the request through the proxy again, and compare the backend host’s clock with NTP.`;
const ASSERTION_PROXY: Readonly<Record<ProxyAssertion, string>> = {
  'aws-verified-access': 'AWS Verified Access',
  'google-iap': 'Identity-Aware Proxy',
  'cloudflare-access': 'Cloudflare Access',
  teleport: 'Teleport',
};

/**
 * The step of an audience an identity-aware proxy set on the assertion it signs for the backend (engine/proxy-assertion.ts):
 * the backend's expectation is what to fix. IAP: cloud.google.com/iap/docs/signed-headers-howto ("Get JWT audience code"
 * in the console's IAP page; backstage/backstage#16151 quotes it). Cloudflare Access: developers.cloudflare.com/
 * cloudflare-one/identity/authorization-cookie/validating-json/ (the application's AUD tag, the team domain's
 * /cdn-cgi/access/certs). Teleport: RFD 8 (gravitational/teleport#4635, aud "the URI of the proxied application"),
 * #12567 ({{internal.jwt}} in an app's header rewrite), #20289 (the proxy's /.well-known/jwks.json).
 */
const PROXY_ASSERTION_AUDIENCE_STEP: Readonly<Record<ProxyAssertion, string>> = {
  'aws-verified-access':
    'The token is AWS Verified Access’s signed user claims (the x-amzn-ava-user-context header), which Verified Access signs with ES384 for the application behind it and which carry no aud: verify it as AWS documents it (Verified Access user guide, “User claims passing and signature verification”): the signer in its header is your Verified Access instance’s ARN, its exp (in the header) lasts 120 seconds, and there is no audience to check. Nothing the client sends changes it.',
  'google-iap':
    'The token is Identity-Aware Proxy’s signed header (x-goog-iap-jwt-assertion), and IAP sets its aud to the resource it protects: /projects/<project number>/global/backendServices/<service id> behind a load balancer (Compute Engine, GKE, Cloud Run through a serverless NEG), /projects/<project number>/apps/<project id> on App Engine. Set the backend’s expected audience to the one of the resource this request came through: the console’s IAP page (⋮ → Get JWT audience code), or gcloud compute backend-services describe <name> --global --format="value(id)" and gcloud projects describe <project id> --format="value(projectNumber)". Nothing the client sends changes it; a request reaching the backend through another load balancer or App Engine carries that resource’s audience.',
  'cloudflare-access':
    'The token is Cloudflare Access’s application token (the Cf-Access-Jwt-Assertion header, or the CF_Authorization cookie), and Access sets its aud to the Access application’s Application Audience (AUD) Tag: each application has its own. Set the origin’s expected audience to the tag of the application this hostname is behind (Zero Trust → Access → Applications → the application’s AUD tag), its issuer to your team domain (https://<team>.cloudflareaccess.com) and its keys to https://<team>.cloudflareaccess.com/cdn-cgi/access/certs. Nothing the client sends changes it.',
  teleport:
    'The token is Teleport’s application-access JWT (the Teleport-Jwt-Assertion header, or {{internal.jwt}} where the application’s header rewrite puts it), and Teleport sets its aud to the application’s URI, the uri of the app in the app service’s configuration. Set the application’s expected audience to that URI (tctl apps ls lists the applications with their URIs), and verify with the keys at https://<proxy address>/.well-known/jwks.json. Nothing the client sends changes it.',
};

/**
 * Dataverse's privilege refusal (parse/verifier-messages/business-platforms.ts): a privilege is granted by a security
 * role at a depth (learn.microsoft.com/power-platform/admin/security-roles-privileges), and an application user (an app
 * registration's identity in the environment) needs its own roles (…/admin/manage-application-users; georged's answer in
 * AlexaCRM/dynamics-webapi-toolkit#50: the application user had no role).
 */
function dataversePrivilegeStep(privilege: string | undefined, table: string | undefined): string {
  // No privilege named: its 0x80072560, no user in the environment for the token's principal (learn.microsoft.com,
  // power-platform/admin/manage-application-users: an app registration needs an application user with a role).
  if (privilege === undefined)
    return 'Dataverse found no user in this environment for the token’s principal. For an app registration, add it as an application user (Power Platform admin center → the environment → Settings → Users + permissions → Application users → New app user, with its business unit and a security role); for a person, add them to the environment (its security group, and a license if it needs one). Request the token from the tenant the environment belongs to: the 401 challenge’s authorization_uri names it.';
  const what = privilege === undefined ? 'the privilege the message names' : q(privilege);
  const where = table === undefined ? '' : ` (the table ${table})`;
  return `In the Power Platform admin center, open the environment → Settings → Users + permissions → Users (Application users for an app registration), and give the user the message names a security role that grants ${what}${where} at the depth the call needs, or add that privilege to one of its roles (Security roles → the role → the table’s row); a System Administrator can. Roles given through a team count too; a new role applies to the next request.`;
}

/**
 * Where a product that states a denial itself decided it, and where that decision is logged: the step a stated
 * policy.deny gives instead of "the service's logs" (keyed by its via). Only what the product's docs say.
 */
/**
 * Round audit-al: identity servers' own refusals (verifier-messages/identity-servers.ts). Ory Kratos reads a browser's
 * session from its cookie and an API client's from X-Session-Token or Authorization: Bearer (ory.sh/docs, "Session
 * management": check session status); the cookie is set on Kratos' domain, so the app must share it and send cookies
 * cross-origin (ory/kratos#3296, #572). Kinde's Next.js SDK sets its session cookies at its callback on KINDE_SITE_URL
 * (docs.kinde.com, Next.js SDK: environment variables). Supabase Auth ends a session on sign-out, on refresh-token
 * reuse and at the project's time-box or inactivity timeout, and supabase-js then emits SIGNED_OUT
 * (supabase.com/docs/guides/auth/sessions; supabase/auth-js#905). Hydra's introspection endpoint is an admin endpoint,
 * taking no client credentials on its admin port (ory/hydra#1252, ory/docs#208). Casdoor's API takes an access token,
 * the application's client id and secret, or a session (casdoor.org/docs/basic/public-api, cited in casdoor/casdoor#2916).
 * Logto's Management API takes tokens for its own resource indicator (docs.logto.io, "Interact with Management API").
 */
const KRATOS_NO_SESSION =
  'Ory Kratos found no active session in this request. A browser sends its session as the ory_kratos_session cookie (ory_session_<project> on Ory Network), which reaches Kratos only when the app and Kratos share a domain and the call sends cookies (fetch credentials: "include", axios withCredentials: true); a native app or API client sends the session token as X-Session-Token: <token> or Authorization: Bearer <token> instead. A session that expired (session.lifespan) or was revoked answers the same: sign in again.';
const KINDE_NO_SESSION =
  'The Kinde SDK holds no access token for this request: sign in through the app’s Kinde login route first, and check that KINDE_SITE_URL and KINDE_POST_LOGIN_REDIRECT_URL name the host the app is served from, so that the session cookies its callback sets are sent back on this request; code that runs outside a request (at build time, a statically rendered page) has no session.';
const SUPABASE_SESSION_ENDED =
  'Supabase Auth no longer has the session this access token names (its session_id): it was signed out (signOut on this or another device, a global sign-out), revoked when a used refresh token was reused, or ended by the project’s session time-box or inactivity timeout (Authentication → Sessions). The JWT still verifies but is not accepted: sign in again, and let supabase-js clear the stored session (it emits SIGNED_OUT on session_not_found: handle it in onAuthStateChange) rather than retrying with the old tokens.';
const HYDRA_INTROSPECTION_CALLER =
  'Ory Hydra refused the introspection call itself (request_unauthorized), not the token it was asked about: send the call to Hydra’s admin API (port 4445), whose introspection endpoint takes no client credentials, or, where the endpoint requires them (Hydra before v1.0, Ory Network), authenticate the caller: the gateway’s or resource server’s own client id and secret, or an Ory API key. Configure them where the gateway introspects (kong-oidc’s and lua-resty-openidc’s introspection_endpoint, client_id, client_secret).';
const CASDOOR_DENIED =
  'Casdoor’s authorization filter refused this caller on this API path, and an anonymous caller is refused the same way: authenticate the call as Casdoor’s public API takes it (an access token as Authorization: Bearer, the application’s clientId and clientSecret, or a signed-in session), then call as a user the path allows (an organization’s admin for its users, the built-in admin for global settings).';
const LOGTO_MANAGEMENT_AUDIENCE =
  'Request the token for Logto’s Management API resource: resource=https://default.logto.app/api on self-hosted Logto (OSS), https://<tenant-id>.logto.app/api on Logto Cloud, with scope=all, from a machine-to-machine app that has a role with the Management API’s all permission.';

const BETTER_AUTH_NO_SESSION =
  'Better Auth found no session for this call: a server-side auth.api call (getSession, an organization or admin endpoint) reads the session from the request headers it is given, so pass them ({ headers: await headers() } in Next.js, req.headers or c.req.raw.headers elsewhere); then check that the request carries the better-auth.session_token cookie (__Secure- prefixed over HTTPS) or, with the bearer plugin, Authorization: Bearer <session token>.';
const WORKOS_NO_SESSION_COOKIE =
  'WorkOS AuthKit found no session cookie on this request (wos-session by default): sign in through AuthKit first, and check that the cookie reaches this route (the same domain, the same cookie name where it is set and read) and that WORKOS_COOKIE_PASSWORD is the same on every instance that unseals it.';
const SUPERTOKENS_NO_SESSION =
  'SuperTokens found no session in this request (unauthorised): initialise its frontend SDK (Session.init) on the page that calls the API with apiDomain exactly the API’s origin (http://localhost:3001 and http://127.0.0.1:3001 are different sites), so that it attaches the session’s tokens or cookies to the call; if it does, the session is gone (its refresh token expired, the user signed out, the session was revoked): sign in again.';
/**
 * challenge.invalid-token's step for identity servers' own tokens (round audit-al): ZITADEL's AUTH-7fs1e (the rows'
 * sources in verifier-messages/identity-proxies.ts: a revoked PAT, a user token without ZITADEL's API audience scope);
 * SuperTokens' "try refresh token", which its frontend SDK answers by refreshing for calls to its apiDomain
 * (supertokens/supertokens-website#12, supertokens/supertokens-node#790).
 */
/**
 * Clerk's verifier compares a session token's azp (the origin of the frontend that minted it) with authorizedParties
 * (clerk/javascript packages/backend assertions.ts, "Invalid JWT Authorized party claim (azp)"): the list is the API's.
 */
const CLERK_AUTHORIZED_PARTIES =
  'Add the frontend’s origin (the token’s azp: scheme, host and port, no path) to authorizedParties where the API verifies Clerk’s session token (clerkMiddleware({ authorizedParties }), authenticateRequest, verifyToken), or call the API from an origin the list already names: a preview or staging deployment has an origin of its own.';
const KINDE_AUDIENCE =
  'Ask Kinde for the API’s audience: register the API in Kinde (Settings → APIs) with this identifier, enable it for the application, and pass it as audience when the app signs in (KindeProvider’s audience, KINDE_AUDIENCE); without it the access token’s aud is [] and a verifier expecting the audience refuses it.';
/**
 * Envoy's jwt_authn reporting "Jwt is missing" for a request that carried one: it extracts tokens only where its providers
 * read them, and since envoyproxy/envoy#13839 a requirement that allows a missing token counts a token of an issuer no
 * provider names as missing (GoogleCloudPlatform/esp-v2#420's test, #472: ESPv2 answering `Jwt is missing` to a
 * service account's token its API does not list).
 */
const ENVOY_TOKEN_NOT_TAKEN =
  'Envoy’s jwt_authn takes a token only where its provider reads it (from_headers or from_params; Authorization: Bearer by default; ESPv2’s x-google-jwt-locations, Istio’s fromHeaders), and where a missing token is allowed (allow_missing, as ESPv2 and Istio’s RequestAuthentication configure it) it counts a token whose iss names none of its providers as missing: compare the token’s iss with each provider’s issuer, and its place with the provider’s.';

const IDENTITY_SERVER_TOKEN_REFUSED: Readonly<Record<string, string>> = {
  // oauth2-proxy's skip_jwt_bearer_tokens (verifier-messages/identity.ts; oauth2-proxy/oauth2-proxy#709, #809, #1350, and
  // its docs: "the token must have aud that matches this client id or one of the extras from extra-jwt-issuers").
  'oauth2-proxy':
    'oauth2-proxy takes a bearer token only with --skip-jwt-bearer-tokens, and only a JWT it can verify: one from its own OIDC issuer (--oidc-issuer-url) whose aud is its --client-id, or from an --extra-jwt-issuers issuer=audience pair. An opaque token (a GitHub personal access token), an access token whose aud is another (Okta’s, Keycloak’s account), or one from another issuer is refused: send an ID token of its client, or add the token’s issuer and aud to --extra-jwt-issuers.',
  // Ory Hydra's fosite (verifier-messages/identity-proxies.ts token_inactive, identity-servers.ts request_unauthorized):
  // its admin introspection endpoint says whether it holds the token (ory/hydra#1252, ory/docs#208).
  fosite:
    'Ask Hydra about the token on its admin API’s introspection endpoint (port 4445): "active": false means it expired, was revoked, or was issued by another Hydra (another system secret or database, another environment); get a new one from that Hydra’s token endpoint. If what was refused is the introspection call itself (request_unauthorized), send it to the admin port, which takes no client credentials.',
  authentik:
    'authentik did not accept the token: an API token (Directory → Tokens and App passwords, intent API) that expired or was deleted, or an OAuth access token without the goauthentik.io/api scope. An outpost authenticates with the token authentik made for it: copy AUTHENTIK_TOKEN (and AUTHENTIK_HOST) from the outpost’s View Deployment Info into the outpost’s environment, and recreate it if the outpost was deleted and made again.',
  zitadel:
    'ZITADEL did not accept the bearer token for its API (Errors.Token.Invalid): a personal access token that was revoked, expired or belongs to a deleted service user, a token of another instance, or a user’s access token requested without ZITADEL’s API audience: ask for the scope urn:zitadel:iam:org:project:id:zitadel:aud (with openid) when the user signs in, or use a service user’s PAT or client credentials token.',
  supertokens:
    'SuperTokens’ access token failed verification, most often because it expired: its frontend SDK answers this 401 by calling the refresh API (<apiBasePath>/session/refresh, /auth/session/refresh by default) and retrying, but only for calls to the apiDomain given to SuperTokens.init; a 401 reaching your code means the call went elsewhere (another origin, a server-side fetch without the SDK) or the refresh failed too (then sign in again).',
};

const STATED_DENIAL_STEP: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_DENIED,
  // kintone's CB_NO02 (verifier-messages/japanese.ts): the user or API token the call ran as lacks the app's permission
  // for it; JavaScript and CSS customizations can be uploaded only by a kintone administrator (forum.kintone.dev/t/766;
  // get.kintone.help/k/en/app/rights/app_rights_example.html; API tokens: App Settings → API Token's permissions).
  kintone:
    'kintone authenticated the caller and its permissions do not allow this call. For an API token, check the permissions ticked for it in the app’s App Settings → API Token (View, Add, Edit, Delete records, Manage app) and click "Update App"; for a user, check App Settings → App Permissions, and record and field permissions, for that user or their group. Uploading JavaScript or CSS customizations (customize-uploader, App Settings → JavaScript and CSS Customization) takes a kintone administrator.',
  // AppSync's field-level refusal (parse/verifier-messages/platforms.ts): its schema's auth directives
  // (docs.aws.amazon.com/appsync/latest/devguide/security-authz.html: @aws_cognito_user_pools, @aws_iam, @aws_oidc,
  // @aws_api_key, a field allowing only the modes it names) and Amplify's @auth rules per auth mode
  // (aws-amplify/amplify-category-api#2422; aws-amplify/amplify-js#12679: DataStore's subscription under userPool).
  'aws-appsync':
    'AppSync authenticated the caller and the schema’s authorization rules for this field do not let it through: the type’s or field’s directives (@aws_cognito_user_pools with its cognito_groups, @aws_iam, @aws_oidc, @aws_api_key; a field with any of them allows only the modes it names) or Amplify’s @auth rules (allow: owner, groups, private, public, each with its provider) must allow the auth mode the request used (Amplify’s authMode: userPool, iam, oidc, apiKey) and this user; a resolver’s $util.unauthorized() answers the same. For a subscription, the mutation it follows must select the fields the rules read (owner, groups).',
  // Hasura's roles (hasura.io/docs, "Roles & Session variables": x-hasura-role must be one of x-hasura-allowed-roles;
  // the metadata and schema APIs are admin only) and its permissions per role and table (parse/verifier-messages/
  // backends.ts cites the refusals).
  hasura:
    'Hasura decided by the role the request runs as. Its metadata, schema and migrate APIs are admin only: send the admin secret (x-hasura-admin-secret; for the CLI, admin_secret in config.yaml or HASURA_GRAPHQL_ADMIN_SECRET) from a trusted server. For a user’s request, the x-hasura-role header must name one of the token’s x-hasura-allowed-roles (its https://hasura.io/jwt/claims, or the auth webhook’s answer), else Hasura refuses the role; then check that role’s permissions on the table (Console → Data → the table → Permissions).',
  // Directus's permissions (docs.directus.io: Access Policies since v11, Roles & Permissions before; the Public role
  // for requests without a token: directus/directus#10203, the maintainer on /assets; the same 403 for an item that does
  // not exist, #14312).
  directus:
    'Directus’s permissions refused it: the policies of the token’s user’s role (or of the Public role, when no token came) grant no permission for this action on this collection (Settings → Access Policies in Directus 11, Roles & Permissions before: the collection’s read, create, update or delete, and its item rules and fields). Directus answers the same 403 for a collection or item that does not exist, so check the collection name and the id in the URL too; a file under /assets/<id> needs read on directus_files.',
  // Round audit-an, backends as a service (parse/verifier-messages/backends.ts cites each refusal). The Realtime
  // Database's and Cloud Storage's rules (firebase.google.com/docs/database/security, /docs/storage/security; the
  // console's Rules Playground; request.auth is null before sign-in) bind only the client SDKs, not the Admin SDK.
  'firebase-database':
    'The Realtime Database’s security rules refused this read or write: in the Firebase console (Realtime Database → Rules), find the .read or .write rule that covers this path and try it in the Rules Playground as this user or unauthenticated. auth is null until the client has signed in (await the sign-in, or read inside onAuthStateChanged), and the locked default rules refuse everything. Deploy changed rules from database.rules.json (firebase deploy --only database).',
  'firebase-storage':
    'Cloud Storage for Firebase’s security rules refused this upload or download: in the Firebase console (Storage → Rules), find the match block for this object’s path and its allow read or write condition. request.auth is null until the client has signed in, and a rule on request.auth.uid passes only for the user the path names. Deploy changed rules from storage.rules (firebase deploy --only storage); a server using the Admin SDK is not bound by these rules, only by IAM.',
  // PocketBase's API rules (pocketbase.io/docs/api-rules-and-filters: null, "locked", is superusers only and the
  // default; 403 for a locked rule); its superusers are the _superusers collection since 0.23 (pocketbase/pocketbase#6585).
  pocketbase:
    'The collection’s API rule for this action is locked (null: superusers only, the default for a new collection). Either set a rule in the dashboard (Collections → the collection → API Rules; @request.auth.id != "" lets any signed-in user), or make the call as a superuser and await the sign-in before it: await pb.collection("_superusers").authWithPassword(…) since PocketBase 0.23, pb.admins.authWithPassword before (an SDK older than the server signs in as an admin the server no longer has).',
  // parse-server src/middlewares.js (enforceMasterKeyAccess; masterKeyIps, by default only localhost since Parse Server 6:
  // parse-community/parse-server#8746, parse-dashboard#2349); Cloud Code's useMasterKey (docs.parseplatform.org/
  // cloudcode/guide).
  'parse-server':
    'Parse Server wants the master key for this route or operation: call it from your own server or Cloud Code with the master key (X-Parse-Master-Key, or useMasterKey: true on Cloud Code’s queries and saves), never from a client app. If the master key is sent and still refused, the caller’s IP is not in masterKeyIps (since Parse Server 6 only localhost by default): add the address of the server or dashboard that calls it.',
  casdoor: CASDOOR_DENIED,
  // HashiCorp Boundary's RBAC (verifier-messages/services.ts): roles in the target's scope grant actions to principals.
  boundary:
    'Boundary authenticated the user its auth token names and its roles do not grant this action: in the scope that holds the resource (the target’s project for authorize-session, boundary connect), a role must list the user, or a group or managed group it belongs to, as a principal, with a grant for the action (ids=<target id>;actions=authorize-session, or type=target;actions=list,read,authorize-session). boundary roles list -scope-id <scope> and boundary roles read -id <role> show them; boundary users read -id <user> shows who the token is.',
  // Elastic's APM Server authenticated the agent and its authorizer refused the action (verifier-messages/telemetry.ts):
  // an API key's APM application privileges (event:write, config_agent:read, sourcemap:write; apikey.go), or anonymous
  // access limited to listed agents and services.
  'elastic-apm-server':
    'APM Server accepted the agent’s credentials and refused the action. With an API key, the key lacks the APM privilege for it (event:write to send events, config_agent:read for central configuration, sourcemap:write to upload source maps): create a key that has it (Kibana’s APM agent keys, or POST /_security/api_key with an "apm" application privilege on resource "*") and give the agent that key. With anonymous access, the agent’s name and service name must be in apm-server.auth.anonymous.allow_agent and allow_service.',
  // AWS IoT Core's AUTHORIZATION_FAILURE (verifier-messages/devices.ts): IoT policies attached to the certificate or the
  // Cognito identity decide, by client, topic and topic-filter ARNs (aws/aws-iot-device-sdk-js-v2#101: iot:Connect on
  // arn:aws:iot:<region>:<account>:client/<client id>; aws/aws-iot-device-sdk-js#173: attachPolicy to the identity id).
  'aws-iot':
    'AWS IoT Core recognised the principal (the device’s certificate, or the Amazon Cognito identity) and none of the IoT policies attached to it allows this action: attach a policy that does (AWS IoT console → Security → Policies, then the certificate’s or identity’s Policies; aws iot attach-policy --policy-name <name> --target <certificate ARN or Cognito identity id>), allowing iot:Connect on arn:aws:iot:<region>:<account>:client/<client id>, iot:Publish and iot:Receive on topic/<topic>, iot:Subscribe on topicfilter/<filter>. A Cognito identity needs both its IAM role and the IoT policy attached to its identity id to allow it.',
  // EMQX's authorization (verifier-messages/devices.ts): its sources (the ACL file, HTTP, a database) are asked in
  // order, and with no rule matching, authorization.no_match decides (emqx/emqx#13772's acl.conf; emqx/emqx#2592).
  emqx: 'EMQX authenticated the client and its authorization refused this topic: in the Dashboard (Access Control → Authorization), check the sources in order (the ACL file’s rules, an HTTP or database source) for a rule that allows this client’s username or client id to publish or subscribe to the topic; when no rule matches, authorization.no_match decides, and a {deny, all} rule at the end refuses everything not allowed above it.',
  // ServiceNow's "Failed API level ACL Validation" (business-platforms.ts; support.servicenow.com KB2466644): an ACL on
  // the REST API or the table decides, and the user's roles do not meet it; System Security → Debug Security Rules shows
  // which rule refused (KB2971488).
  servicenow:
    'ServiceNow authenticated the integration user and an access control refused it: give the user a role the API’s and the table’s ACLs require (System Security → Access Control (ACL), filtered on the table or the REST API; System Security → Debug Security Rules, or the Access Analyzer, shows which rule refused), then retry as that user.',
  // Round audit-ak (verifier-messages/dev-tools.ts). Mattermost's roles and permissions (docs.mattermost.com, "Advanced
  // permissions"; its detailed_error's permission=…); Jenkins' authorization strategies (Manage Jenkins → Security,
  // Matrix-based security); SonarQube's token types (squ_, sqa_, sqp_: docs.sonarsource.com "Managing your tokens") and
  // its project and global permissions (okorach/sonar-tools#866: a user token needed).
  mattermost:
    'Mattermost authenticated the user or bot and its roles do not grant this permission (the reply’s detailed_error names it as permission=…): give the account a role that does (System Console → User Management → Users → Manage Roles; a bot’s role under Integrations → Bot Accounts; team and channel schemes under System Console → Permissions), or add it to the team or channel the call touches.',
  jenkins:
    'Jenkins authenticated the user and its authorization strategy does not grant the permission named (X-Required-Permission, or “is missing the …/… permission”): grant it to the user or one of its groups in Manage Jenkins → Security (matrix-based security, or the role-based strategy’s roles), on the job or folder when the matrix is per project.',
  // fly.io/docs/security/tokens (deploy tokens are scoped to one app; org tokens reach every app of the organization).
  fly: 'Fly.io authenticated the token and it does not reach this app: a deploy token (fly tokens create deploy -a <app>) is good for that one app only, so a job that deploys another app (a review app made per pull request, a renamed or new app) needs a token for it or an organization token (fly tokens create org), set as FLY_API_TOKEN; a user’s own token needs membership of the app’s organization.',
  sonarqube:
    'SonarQube authenticated the token’s user and it lacks the permission this call needs: Browse, Execute Analysis or Administer on the project (Project Settings → Permissions), or a global permission (Administration → Security → Global Permissions) for an administrative endpoint. An analysis token (sqa_, sqp_) is only for running an analysis: other web API calls need a user token (squ_) of a user who has the permission. On SonarQube Cloud, also set the organization (sonar.organization). A scanner whose token is empty or not accepted runs as anonymous and is refused the same way: check that SONAR_TOKEN reaches it.',
  // Portainer's OAuth provisioning (docs.portainer.io admin/settings/authentication/oauth: "Automatic user provisioning";
  // goauthentik/authentik#893).
  portainer:
    'The identity provider signed the user in and Portainer has no user for it: turn on automatic user provisioning (Settings → Authentication → OAuth), or create a Portainer user whose username is the value the OAuth user identifier setting reads from the provider (email, preferred_username…), then give it access to the environments.',
  // Artifactory's permission targets (jfrog.com/help "Permissions": Read, Annotate, Deploy/Cache, Delete/Overwrite,
  // Manage); odpi/egeria#2879 and jfrog/jenkins-artifactory-plugin#662 (overwriting needs Delete/Overwrite).
  artifactory:
    'Artifactory authenticated the user and no permission target gives it this action on the repository: in Administration → User Management → Permissions, give the user or one of its groups the action on the repository (Deploy/Cache to upload; Delete/Overwrite to deploy over an artifact that exists, a release deployed again), or deploy a new version instead of overwriting one.',
  // SharePoint's "Access denied. You do not have permission…" (business-platforms.ts): an app needs SharePoint's own
  // application permissions with admin consent, or Sites.Selected plus a grant on the site; a user needs a permission
  // level on the site (microsoftgraph/nodejs-apponlytoken-rest-sample#11; learn.microsoft.com/answers/questions/131535).
  sharepoint:
    'SharePoint authenticated the caller and it has no permission for this site, list or action: for an app-only token, give the app registration SharePoint’s application permissions (Sites.Read.All, Sites.ReadWrite.All, or Sites.Selected and then a grant on this site) with admin consent, and check the token’s roles; for a user, give the account a permission level on the site (Site settings → Site permissions).',
  // Adyen's 403 010 "Not allowed" (parse/verifier-messages/payment-apis.ts): an API credential's roles and its merchant
  // accounts decide which calls it may make (docs.adyen.com/development-resources/api-credentials, "Roles";
  // Adyen/adyen-java-api-library#98: the platform APIs need their own roles on the credential).
  adyen:
    'Adyen authenticated the API credential and does not let it make this call: in the Customer Area, Developers → API credentials → the credential, check its roles (the API the call belongs to needs its own, such as the Checkout webservice role or the Merchant PAL webservice role) and that it has access to the merchant account the request names; an admin user can add them.',
  // Braintree's 403 (Braintree\Exception\Authorization): the API user's role lacks the permission for the call, or the
  // merchant account id is not this merchant's (braintree/braintree_php#291: "Your API user probably doesn't have the
  // permissions set to create a transaction"; braintree/braintree_php_example#36).
  braintree:
    'Braintree accepted the API keys and refused the call to their API user: in the Control Panel, Settings → Team → the user the keys belong to, give its role the permission this call needs (creating transactions, vaulting, refunds…), and check that any merchantAccountId the request sends is one of this merchant’s, in this environment.',
  // Databricks' cluster ACL (parse/verifier-messages/data-platforms.ts): Can Attach To to run on a cluster, Can Restart
  // and Can Manage above it (docs.databricks.com/en/compute/clusters-manage.html, "Compute permissions"); the message
  // names the user or service principal it refused.
  databricks:
    'Give the user or service principal the message names Can Attach To on the cluster (Compute → the cluster → Permissions; Can Restart or Can Manage for what the call does beyond running on it), or ask a workspace admin to; a job or pipeline runs as its own identity (its Run as), which needs the permission, not the person who set it up.',
  // Meilisearch's index refusals (parse/verifier-messages/search-engines.ts): a tenant token reaches only the indexes both
  // its searchRules and the key that signed it cover (meilisearch.com/docs/learn/security/tenant_token_reference).
  meilisearch:
    'Meilisearch accepted the key or tenant token and it does not cover this index: a tenant token reaches only the indexes its searchRules name (an index name, or "*") and that the API key which signed it also covers; a key only the indexes it was created with. Mint a new tenant token whose searchRules include the index, from a key whose indexes include it (PATCH /keys cannot change indexes: create a new key), or query an index the token allows.',
  // Round audit-ag: authorization services a backend asks, each refusing by its own policy model (parse/authz-decisions.ts,
  // parse/rpc-bodies.ts). SpiceDB: authzed.com/docs, "zed permission check --explain" and relationships; consistency
  // (at_least_as_fresh with the write's ZedToken). Verified Permissions: docs.aws.amazon.com/verifiedpermissions
  // (default deny, forbid overrides permit; the policy store's test bench). Cerbos: docs.cerbos.dev policies/debugging
  // (includeMeta, the decision log, cerbos ctl decisions). OpenFGA's access control: openfga.dev/docs/getting-started/
  // setup-openfga/access-control. Temporal: common/authorization/interceptor.go answers "Request unauthorized." both to a
  // token its claim mapper refused and to the authorizer's deny; docs.temporal.io self-hosted security (the default JWT
  // claim mapper's permissions claim, <namespace>:read|write|worker|admin) and Temporal Cloud's namespace permissions.
  spicedb:
    'SpiceDB found no path from the subject to the permission: run the same check with zed permission check <resource type>:<id> <permission> <subject type>:<id> --explain to see the relations it walked, and zed relationship read <resource type>:<id> for what is written. Check that the backend names the subject and resource as they were written (type and id), and, for a relationship written just before, that the check asked for at least that write’s consistency (its ZedToken, or fully_consistent).',
  'aws-verified-permissions':
    'Verified Permissions denies what no permit policy allows: with no determining policies, none matched this principal, action and resource (check their entity types and ids against the policies’ scope, and the entities and context the request passed, which the conditions read); a forbid policy named there overrides every permit. Run the same request in the policy store’s test bench, and read errors for a policy that could not be evaluated.',
  cerbos:
    'Cerbos denies what no rule allows: check the resource policy for the kind and policyVersion the request sent (and its scope), the principal’s roles and the derived roles the rule needs, and the attributes its condition reads. Add "includeMeta": true to the request to see the matched policy, or find the call by its cerbosCallId in the decision log (cerbos ctl decisions).',
  // Ory Keto: its check is a relationship lookup through the namespaces' rewrites (ory.sh/docs/keto, "keto check
  // <subject> <relation> <namespace> <object>", the expand API for the tree it walked).
  // Open Policy Agent: its decision log's input and result replay the decision (openpolicyagent.org/docs/
  // management-decision-logs; `opa eval --data policy.rego --input input.json 'data.<path>'`, docs/cli).
  opa: 'Open Policy Agent’s policy at the decision’s path returned a denial: take the entry’s input (the decision log holds it, found by its decision_id) and replay it with opa eval --data <policy files> --input input.json "data.<path>" (or in the Rego Playground) to see which rule did not hold; then fix the input the service sends (the token’s claims, headers, path) or the rule.',
  'ory-keto':
    'Keto found no relationship that grants the subject the relation on the object: run the same check with keto check <subject> <relation> <namespace> <object>, and keto expand <relation> <namespace> <object> for who has it; check that the backend writes and asks with the same namespace, object and subject ids (a subject set such as Group:admins#members, not the user, when access comes through a group).',
  openfga:
    'OpenFGA’s access control refused the client that called it, not the end user: in the access-control store, grant the client’s principal (its OIDC client id) the relation the method needs on this store or on the system, or call with a client that has it.',
  temporal:
    'Temporal answers “Request unauthorized.” both when its claim mapper refused the caller’s token (expired, signed with a key the server does not load, another audience) and when its authorizer found no role for the call: the frontend’s log line “Authorization error” says which. With the default JWT claim mapper, the token’s permissions claim must grant the namespace (<namespace>:read, :write or :admin; temporal-system:admin for cluster calls); on Temporal Cloud, give the API key’s user or service account a role on the namespace (Namespaces → the namespace → Permissions).',
  // Cilium's cilium.l7policy filter: no HTTP rule of the policies selecting the destination allows the request
  // (docs.cilium.io, "Layer 7 Examples": method and path are regular expressions; cilium/cilium#13280, where `curl -I`
  // sent HEAD to a GET-only rule). Hubble records the denied flow.
  cilium:
    'A CiliumNetworkPolicy (or CiliumClusterwideNetworkPolicy) with HTTP rules selects the destination, and none of its rules allows this request: its toPorts.rules.http entries list the methods, paths (regular expressions matched against the whole path) and headers allowed. hubble observe --to-pod <namespace>/<pod> --protocol http --verdict DROPPED shows the denied request as Cilium saw it; compare its method and path with the rules (curl -I sends HEAD, not GET).',
  // Azure Storage's AuthorizationPermissionMismatch: the Entra ID principal authenticated and holds no data-plane role
  // for the operation; Owner or Contributor on the account are management-plane roles and do not allow data access
  // (learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access; microsoft/AzureStorageExplorer#3767).
  'azure-storage':
    'Assign the caller a Storage data role on the account or container (Storage Blob Data Reader to read, Storage Blob Data Contributor to write; Queue and Table have their own): Owner or Contributor on the account manage it and do not allow data access. A new role assignment can take several minutes to apply.',
  // Round audit-ad, AI and LLM APIs refusing an identified caller (parse/verifier-messages/ai-apis.ts cites each reply).
  // OpenAI: a project's model access (continuedev/continue#10120, "you must update model access in OpenAI's side";
  // Aider-AI/aider#1903).
  openai:
    'OpenAI accepted the key, and the key’s project may not use this model: allow the model for that project (platform.openai.com → the project’s settings → Limits, its model usage), or use a key of a project that has it. Check the model name as well: OpenAI answers the same for a model the organization cannot use at all.',
  // docs.anthropic.com/en/api/errors (403 permission_error: "Your API key does not have permission to use the specified
  // resource"); anthropics/claude-code#51610 (an OAuth login's token: "Please run /login").
  anthropic:
    'Anthropic accepted the credential and refused it access to this resource: check in the Claude Console the workspace the API key belongs to and what the organization allows it (Settings → Workspaces, API keys), and that the model or feature asked for is available to this organization. A token from a Claude sign-in (Claude Code’s /login) carries its own permissions: sign in again with an account that has them, or use an API key.',
  // davrous/AzureAgentToM365#3 (the Azure AI User role on the Foundry resource), microsoft/ai-agent-evals#43 (Contributor
  // does not grant it); learn.microsoft.com/azure/ai-services/openai/how-to/role-based-access-control (Cognitive
  // Services OpenAI User to call deployments); aka.ms/FoundryPermissions, the link the message gives.
  'azure-ai-services':
    'Assign the principal that called (the one the message names, else the identity whose Entra ID token the client sent: the signed-in user of az account show, the app’s managed identity) a role that grants the data action on the resource (Access control (IAM) on the Foundry or Azure OpenAI resource, or its project): Azure AI User for Foundry projects and agents, Cognitive Services OpenAI User to call Azure OpenAI deployments; Owner and Contributor manage the resource and grant no data actions. A new role assignment can take several minutes to apply (aka.ms/FoundryPermissions lists the roles).',
  // repost.aws/knowledge-center/bedrock-invokemodel-api-error (the model offered in the Region called, its access
  // Granted); docs.aws.amazon.com/bedrock/latest/userguide/model-access.html (AWS Marketplace permissions for a
  // third-party model's first use, Anthropic's one-time use-case form).
  'aws-bedrock':
    'Amazon Bedrock refused the model to this account in this Region: check that the model is offered in the Region the client calls (or call it through an inference profile), and that its access is granted (the Bedrock console’s model access; a third-party model’s first use subscribes through AWS Marketplace, which needs aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions, and Anthropic’s models a one-time use-case form). Where access is granted, check the caller’s IAM policy for bedrock:InvokeModel on that model.',
  // huggingface.co/docs/hub/models-gated (access is requested on the model's page, granted automatically or by its
  // authors); ariG23498/gemma3-object-detection#5 (HF_TOKEN set, access not yet asked for).
  'hugging-face':
    'Request access on the model’s page (the URL the message gives) while signed in as the account the token belongs to (huggingface-cli whoami names it): some models grant it at once, others when their authors approve it. Until then the Hub refuses every token of that account for this model; the one to send is a token of the account that was granted access.',
  // GitHub's git server refusing a push from an account it authenticated (parse/client-errors.ts, readGitPermission, the
  // only reader stating a denial for github): GITHUB_TOKEN's `permissions: contents: read|write|none`
  // (docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token),
  // a fine-grained token's "read and write access for Contents" to push from Actions (pymc-devs/pymc-elicito#4), a
  // deploy key's write access (gh repo deploy-key add --allow-write, the GitHub CLI manual), and a stale login the
  // credential helper keeps sending ("Permission to samrao2/manager-4.git denied to samrao1"; docs.github.com
  // get-started/getting-started-with-git/updating-credentials-from-the-macos-keychain: git credential-osxkeychain erase).
  github:
    'GitHub accepted the credential as the account named after “denied to”, and that account has no write access to the repository. For a workflow’s GITHUB_TOKEN (github-actions[bot]), set permissions: contents: write in the workflow or the job; for a fine-grained personal access token, give it this repository with Contents: Read and write; for a deploy key, add it with write access allowed. If the account named is not the one meant, the credential helper sent a saved login: erase it (git credential-osxkeychain erase for host=github.com, or the github.com entry in Windows Credential Manager) and push again with the right token.',
  // Cloud Run's "The request was not authorized to invoke this service": the caller's identity lacks run.routes.invoke
  // on the service (cloud.google.com/run/docs/securing/managing-access; a public service grants roles/run.invoker to
  // allUsers, cloud.google.com/run/docs/authenticating/public). ESPv2 in front of a private backend calls it with its
  // own service account (cloud.google.com/endpoints/docs/openapi/set-up-cloud-run-espv2, esp-v2#542: ESPv2 itself was
  // deployed with --no-allow-unauthenticated).
  'cloud-run':
    'Cloud Run’s IAM check refused the caller: grant the identity that calls this service roles/run.invoker on it (gcloud run services add-iam-policy-binding <service> --member=serviceAccount:<email> --role=roles/run.invoker), and send an ID token for it. If the service is meant to be public (an ESPv2 gateway that checks tokens itself), deploy it with --allow-unauthenticated; behind ESPv2, the backend service grants roles/run.invoker to ESPv2’s service account.',
  // PostgREST runs each request as the role its JWT's role claim names (anon without a token); PostgreSQL checks that
  // role's GRANTs before row-level security (postgrest docs "Authentication" and "Database Authorization"; postgresql.org
  // docs ddl-rowsecurity: rows a SELECT policy hides are left out, a row an INSERT/UPDATE check refuses raises "new row
  // violates row-level security policy"); Supabase's troubleshooting "database-api-42501-errors" (supabase/supabase#50450)
  // notes new tables are no longer granted to anon and authenticated by default.
  // Strapi's users-permissions plugin (docs.strapi.io, Users & Permissions: Roles; API tokens' types), as the
  // walkthroughs quoting its 403 fix it (parse/error-bodies.ts cites them).
  strapi:
    'In Strapi’s admin, Settings → Users & Permissions plugin → Roles, tick the action (find, findOne, create…) for the caller’s role: Public when the request carried no JWT (send the user’s JWT as Authorization: Bearer if the route is not meant to be public), Authenticated or the user’s own role when it did. An API token’s access is its type (read-only, full access, custom) under Settings → API Tokens.',
  // Harbor's v2auth 401 (parse/verifier-messages/frameworks.ts cites it); its project roles and robot accounts
  // (goharbor.io docs: "User Permissions By Role", "Create Project Robot Accounts"); goharbor/harbor#13988's fixes
  // (the project name in the path, the tag's host and port as logged in).
  harbor:
    'Harbor answers this 401 when the account it saw may not do that action in the project: first check the login reached it (docker login <harbor host> with the same host name, and port, as the image reference; a failing credential helper sends none, and Harbor then sees an anonymous caller); then, under the project’s Members or Robot Accounts, give the user a role that allows the action (push needs Developer or above) or the robot account (robot$…) that permission on this project’s repositories. The project must exist: the first part of the image path is its name.',
  postgrest:
    'PostgreSQL refused the role PostgREST ran the request as (the JWT’s role claim: anon when no token was sent, authenticated for a signed-in Supabase user, service_role) on the table, schema or function the message names: grant it (GRANT USAGE ON SCHEMA <schema> TO authenticated; GRANT SELECT, INSERT, UPDATE, DELETE ON <table> TO authenticated), and check that the request carried the user’s token rather than only the anon key. Row-level security comes after the grant: a SELECT policy hides rows without an error.',
  // kubernetes.io/docs/reference/access-authn-authz/rbac/ (permissions are purely additive: no deny rules);
  // kubernetes.io/docs/reference/kubectl/generated/kubectl_auth/kubectl_auth_can-i/ (`kubectl auth can-i list pods
  // --as=system:serviceaccount:dev:foo -n prod`); the audit event's authorization.k8s.io/decision and
  // authorization.k8s.io/reason annotations (cloud.google.com/distributed-cloud/hosted/docs/latest/gdch/
  // platform-application/pa-ao-operations/audit-opa shows both).
  kubernetes:
    'Kubernetes authorization (RBAC on most clusters) denied it: no Role or ClusterRole bound to this user or service account grants the verb on this resource (RBAC has no deny rules). Check with kubectl auth can-i <verb> <resource> -n <namespace> --as=<user> as the message names them, and read the API server audit log’s authorization.k8s.io/decision and authorization.k8s.io/reason for this request.',
  // elastic.co/docs/reference/elasticsearch/elasticsearch-audit-events (access_denied: "an authenticated user attempts
  // to execute an action they do not have the necessary privilege to perform", with user.roles, action, indices);
  // the get user privileges and get API key information APIs (elastic.co/docs/api/doc/elasticsearch).
  elasticsearch:
    'Elasticsearch security denied the action the message names: check the roles of the user it names (GET /_security/user/<name>, or GET /_security/user/_privileges as that user), or an API key’s own role descriptors (GET /_security/api_key?id=<id>), for that action on those indices; with audit logging on (xpack.security.audit.enabled), the refusal is logged as an access_denied event with the user’s roles, the action and the indices.',
  // developer.hashicorp.com/vault/docs/commands/token/capabilities ("deny": no permission on the path);
  // developer.hashicorp.com/vault/docs/audit (audit devices record every request and response, errors included).
  vault:
    'A Vault policy denied it: check what the token’s policies allow on the path (vault token capabilities <path>: "deny" means none grants it; vault token lookup lists the policies), and read Vault’s audit log, where an audit device is enabled, for this request and its permission-denied response.',
  // Round audit-ac, access layers refusing a signed-in engineer (parse/verifier-messages/access-proxies.ts). Teleport's
  // roles grant logins on nodes whose labels match (allow.logins, allow.node_labels) and actions on resources
  // (allow.rules): goteleport.com/docs/reference/access-controls/roles; `tsh status` lists the user's roles and logins,
  // `tsh ls` the nodes and labels, access requests lend a role for a while (goteleport.com/docs/admin-guides/
  // access-controls/access-requests); gravitational/teleport#16308: "Your user needs to have a role that grants access
  // to the SSH node".
  teleport:
    'Teleport’s roles decided, not the host: a login on a node needs a role whose allow.logins lists that login and whose allow.node_labels match the node’s labels; an action needs a role whose allow.rules grant that verb on that resource (and no deny rule). tsh status lists your roles and logins and tsh ls the nodes’ labels; an administrator compares them with the roles (tctl get roles), or you request a role that grants it (tsh request create --roles=<role>). Log in again (tsh login) after a role changes: the certificate carries the roles it was issued with.',
  // Tailscale SSH answers from the tailnet policy file's "ssh" section, not "acls" (tailscale.com/kb/1193/tailscale-ssh;
  // tailscale/tailscale#19531, bradfitz: "Make sure the rule is in the ssh block, not acls"); a rule matches the
  // source's user, group or tag, the destination and the local user ("users"); a tagged device acts as its tags, not as
  // the user who tagged it.
  tailscale:
    'Tailscale SSH refused it by the tailnet policy file: a rule in its "ssh" section (not "acls") must match the source (the user, group or tag the connection comes from), the destination (a tag, autogroup:self for the user’s own devices) and the local user in "users" (the login, autogroup:nonroot, root); “to SSH as user "x"” names a login no matching rule lists. Read the rules in the admin console’s Access controls, and check with tailscale status which identity and tags each machine has: a tagged device is its tags, no longer its user’s.',
  // developer.konghq.com/plugins/acl (allow/deny lists of ACL groups or, with
  // include_consumer_groups, consumer groups; answers {"message":"You cannot consume this service"}).
  // node-vault shows only Vault's first error, and Vault lists `permission denied` before `invalid token` for a token it
  // does not know (hashicorp/vault#26687, website/content/docs/concepts/tokens.mdx "Error Responses"): the token is
  // checked first (developer.hashicorp.com/vault/docs/commands/token/lookup), then the policy on the path.
  'node-vault':
    'node-vault shows only the first of Vault’s errors, and Vault answers an unknown token (revoked, past its TTL, mistyped, or not the one the client sends) with permission denied before invalid token: check the token first, vault token lookup with the token the client sends (an error there means Vault does not know it: log in again), then vault token capabilities <token> <path> ("deny": none of its policies grants the path).',
  kong: 'Kong’s ACL plugin refused the consumer: compare the ACL groups of the consumer the credential maps to (GET /consumers/<consumer>/acls on the Admin API) with the plugin’s allow and deny lists on this service or route; consumer-group membership counts only with include_consumer_groups: true.',
  // learn.microsoft.com/azure/role-based-access-control/troubleshooting (AuthorizationFailed: no role assignment grants
  // the action at the scope; role assignment changes are cached by Azure Resource Manager and can take minutes, a
  // new sign-in refreshes them).
  'azure-resource-manager':
    'Azure RBAC denied it: check the role assignments of the client the message names at that scope (az role assignment list --assignee <object id> --scope <scope> --include-inherited) for a role with the action it names. A role assigned minutes ago may not apply yet: Azure Resource Manager caches assignments, and signing in again refreshes the token.',
  // Argo CD's RBAC (argo-cd.readthedocs.io/en/stable/operator-manual/rbac/): policies in the argocd-rbac-cm ConfigMap's
  // policy.csv (`p, <subject>, applications, sync, <project>/<app>, allow`), checked offline with `argocd admin settings
  // rbac can ROLE/SUBJECT ACTION RESOURCE [SUB-RESOURCE]` (…/user-guide/commands/argocd_admin_settings_rbac_can/); a
  // project role's token has the subject proj:<project>:<role>, whose policies are the project's own (`argocd proj
  // role get <project> <role>`, `argocd proj role add-policy`: …/user-guide/commands/argocd_proj_role_add-policy/).
  argocd:
    'Argo CD RBAC denied the action on the object the message names (resource, action, project/application) for the subject it names: check with argocd admin settings rbac can <subject> <action> <resource> <project>/<application> against the argocd-rbac-cm ConfigMap’s policy.csv and policy.default; a subject proj:<project>:<role> is a project role, whose policies are the project’s own (argocd proj role get <project> <role>; argocd proj role add-policy to grant it).',
  // Firestore's "Missing or insufficient permissions." is its Security Rules' refusal for the mobile and web client
  // libraries, whose every request they evaluate (docs.cloud.google.com/firestore/docs/security/get-started); the Rules
  // Playground simulates a read or write on a path as a chosen user (firebase.google.com/docs/rules/simulator). The
  // server client libraries (Admin SDKs, Google Cloud client libraries; Node's google-gax prints "7 PERMISSION_DENIED")
  // are not evaluated against the rules but secured by IAM
  // (docs.cloud.google.com/firestore/native/docs/reference/libraries), whose read/write role is roles/datastore.user
  // (docs.cloud.google.com/firestore/docs/security/iam).
  firestore:
    'Firestore refused it. From a mobile or web client (FirebaseError, Android’s Status{code=PERMISSION_DENIED…}), its Security Rules decided: in the Firebase console (Firestore → Rules → Rules Playground), simulate this read or write on the document path as this user (their uid) or unauthenticated, and fix the rule that matches that path; before sign-in, request.auth is null. From a server library (the Admin SDK or a Google Cloud client library, "7 PERMISSION_DENIED" in Node), the rules do not apply and IAM decided: grant the service account it runs as a Firestore role (Cloud Datastore User, roles/datastore.user) on the project.',
  'google-api': GCP_IAM_DENIAL,
  gcloud: GCP_IAM_DENIAL,
  'google-cloud-audit': GCP_IAM_DENIAL,
  // Round audit-qq: SaaS APIs' denials of a token they accepted (parse/saas-bodies.ts, verifier-messages/saas-apis.ts).
  // Discord's 50001 Missing Access: the bot is not in that guild, or its roles cannot see that channel
  // (poshbotio/PoshBot#222, Kav-K/GPTDiscord#82).
  // Round audit-ao: the Telegram Bot API's 403 descriptions (TelegramBotAPI/errors cheatsheet: "Bot was kicked … Delete
  // chat_id on your side"; core.telegram.org/bots/faq: a bot cannot message a user who has not started it).
  telegram:
    'Telegram accepted the bot token and this chat refuses the bot: the user blocked it or never pressed Start, the bot was removed from the group or channel, or the account was deleted. Nothing in the token or the bot’s settings changes it: stop sending to this chat_id (mark it inactive on your side) until the user starts the bot again or the bot is added back to the chat.',
  // ClickUp's "Team not authorized" codes (developer.clickup.com/docs/common_errors): the user did not authorize the
  // Workspace addressed when granting the token.
  clickup:
    'ClickUp accepted the token and the Workspace (team) addressed is not one it was authorized for: run the OAuth flow again and have the user select this Workspace, or use a token of a user who belongs to it; check the team, space or list id in the URL too (ClickUp answers the same for an id of another Workspace).',
  discord:
    'Check that the bot is a member of that guild (invite it with an OAuth2 URL carrying the bot scope) and that its roles have View Channel (and Read Message History) on the channel: Discord answers 50001 Missing Access when the bot cannot see the resource.',
  // QuickBooks Online's 3100 AuthorizationFailed: a token for another company (realm) than the URL's, or without the
  // accounting scope (mcohen01/node-quickbooks#154, intuit/oauth-jsclient#2).
  quickbooks:
    'Check that the realmId in the URL is the company this token was authorized for, and that the app asked for the com.intuit.quickbooks.accounting scope; connect the app to that company again if not.',
  // Airtable's INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND / NOT_AUTHORIZED: the token's scopes or base access, or a base or
  // table id or name that is not one (uppinote20/obsidian-auto-note-importer#5, Airtable/airtable.js#422).
  airtable:
    'Give the personal access token the scopes the call needs (data.records:read or write, schema.bases:read) and access to this base, and check the base id and the table name or id in the URL: Airtable answers the same for a base or table that does not exist.',
  // Xero's AuthorizationUnsuccessful: the xero-tenant-id is not a connection of this token, or the token lacks the API's
  // scope (XeroAPI/xero-node#320, XeroAPI/xero-php-oauth2-starter#22 for the projects scope).
  xero: 'Send as xero-tenant-id a tenant this token is connected to (GET https://api.xero.com/connections lists them), and ask for the API’s scope (projects, payroll…) when the user connects.',
  // X's client-not-enrolled: keys and tokens of an app not attached to a Project, or an access level without this
  // endpoint (xdevplatform/samples#61, michimani/gotwi#311, xdevplatform/samples#160).
  'x-api':
    'Use the keys and tokens of an app attached to a Project in the X developer portal, on an access level (Free, Basic, Pro…) that includes this endpoint: a standalone app’s keys, or a level without the endpoint, get client-not-enrolled.',
  // Round audit-aj: WordPress's capabilities (rest_authorization_required_code: 403 for a logged-in user), WooCommerce's
  // key permissions, Magento's integration ACL and its 2.4.4 bearer setting (magento/magento2#36811; Adobe Commerce
  // developer docs, Token-based authentication: oauth/consumer/enable_integration_as_bearer).
  wordpress:
    'WordPress authenticated the user, and the user’s role lacks the capability this endpoint checks (edit_posts to create posts, list_users to list users, manage_options for settings): give the user a role that has it (Users → the user → Role), or call the endpoint as a user who has it.',
  woocommerce:
    'WooCommerce authenticated the key, and it may not do this: the key’s permissions (WooCommerce → Settings → Advanced → REST API → the key: Read, Write or Read/Write) and its user’s capabilities (an Administrator or Shop Manager) decide it. Give the key Read/Write or a user who has the capability, or make a new key for such a user.',
  magento:
    'Magento authenticated the caller, and its ACL does not grant the resource named: for an integration, System → Extensions → Integrations → the integration → API, grant it (or All) and activate the integration again; for an admin token (POST /V1/integration/admin/token), the admin user’s role (System → Permissions → User Roles → Role Resources). Since 2.4.4 an integration’s access token is taken as a bearer token only with Stores → Configuration → Services → OAuth → Consumer Settings → Allow OAuth Access Tokens to be used as standalone Bearer tokens set to Yes; otherwise sign the request with OAuth 1.0a.',
};

/**
 * Google's front end refusing the credential ("Request had invalid authentication credentials. Expected OAuth 2 access
 * token, …", UNAUTHENTICATED): Google APIs are called with an access token, short-lived ("expire after at most a few
 * hours"), while an ID token identifies a user to a client (docs.cloud.google.com/docs/authentication/token-types);
 * Application Default Credentials let the client libraries refresh the access token themselves
 * (docs.cloud.google.com/docs/authentication/provide-credentials-adc); the CLI's own sign-in is gcloud auth login
 * (docs.cloud.google.com/sdk/gcloud/reference/auth/login). Google's access tokens are opaque: pasting one
 * tells this report nothing.
 */
/**
 * The step for an opaque access token where a JWT is wanted, by the IdP the paste names (checks/opaque-issuer.ts):
 * ZITADEL's application setting (OIDCConfiguration.accessTokenType, Bearer or JWT); Auth0's audience parameter
 * (auth0.com/docs, Access Token Formats).
 */
const OPAQUE_ISSUER_STEP: Readonly<Record<'zitadel' | 'auth0' | 'other', string>> = {
  zitadel:
    'ZITADEL issues opaque (Bearer) access tokens unless told otherwise: in the ZITADEL console, open the application the client signs in with and set its Auth Token Type to JWT (accessTokenType in the API), then sign in again; or have the API introspect the token at ZITADEL’s introspection endpoint instead of verifying a JWT.',
  auth0:
    'Auth0 issues an opaque access token, good for /userinfo only, when the request names no API: pass the API’s identifier as the audience parameter of the authorize or token request, then sign in again.',
  other:
    'Request a JWT access token (with Auth0, pass the API’s audience; with Okta, use a custom authorization server), or configure the API for token introspection.',
};

/**
 * challenge.invalid-token's step for Strapi's and Directus's refusals: Strapi's users-permissions verifies its own JWT
 * with its jwtSecret and reads Authorization on every route (services/jwt.js); Directus takes its own JWT (iss
 * "directus", signed with SECRET) or a user's static token (api/src/utils/get-accountability-for-token.ts).
 */
const CMS_TOKEN_REFUSED: Readonly<Record<string, string>> = {
  // Convex's auth config (docs.convex.dev/auth/advanced/custom-jwt and custom-auth: a provider's domain is the token's
  // iss, its applicationID the aud; Clerk's JWT template named convex, get-convex/convex-backend#402; Convex Auth's
  // provider is CONVEX_SITE_URL with applicationID convex).
  convex:
    'Convex could not match or verify the JWT the client set (setAuth, ConvexProviderWithAuth): its iss must equal a provider’s domain and its aud that provider’s applicationID in convex/auth.config.ts, deployed (npx convex dev or npx convex deploy after a change), and it must verify against that issuer’s published keys and not be expired. With Clerk, the token must come from the JWT template named convex (getToken({ template: "convex" })), whose aud is convex; with Convex Auth, the provider is CONVEX_SITE_URL with applicationID convex.',
  strapi:
    'Strapi could not verify the JWT in Authorization: it takes only the jwt its users-permissions plugin issued (POST /api/auth/local, or /auth/local before v4), signed with its JWT_SECRET and not expired (the plugin’s jwt.expiresIn), or one of its API tokens. Check what the client sends: a placeholder (Bearer undefined, Bearer null) or a token from another Strapi instance is refused the same way, even on public routes such as /auth/local, where the request should carry no Authorization at all.',
  directus:
    'Directus refused its token: log in again (POST /auth/login) or refresh it (POST /auth/refresh), and check that the client sends the new access token; Directus’s access tokens last ACCESS_TOKEN_TTL (15 minutes by default).',
  'directus-credentials':
    'Directus did not recognise the token: it takes its own JWT (from /auth/login, signed with its SECRET, so a token from another instance or another issuer fails) or the static token set on an active user (User Directory → the user → Token). Check the value sent after Bearer is one of those, whole, and that the user is active.',
  // Round audit-aj (verifier-messages/content-platforms.ts): WooCommerce's consumer keys (woocommerce.github.io/
  // woocommerce-rest-api-docs, Authentication), Contentful's per-API tokens (contentful/contentful-export#98,
  // contentful/contentful.js#721), Sanity's project tokens, Ghost's Admin API token (ghost.org/docs/admin-api,
  // Token Authentication: kid, HS256 with the hex-decoded secret, aud /admin/, exp within 5 minutes).
  woocommerce:
    'WooCommerce did not accept the consumer key: send a key pair from this store (WooCommerce → Settings → Advanced → REST API; the ck_… consumer key with its cs_… secret, not the key’s description or user), as HTTP Basic over HTTPS, or as consumer_key and consumer_secret query parameters when the server drops the Authorization header; over plain http:// WooCommerce takes only OAuth 1.0a signatures. A key revoked or made on another site (staging, a restored copy) is not in this store’s table: make a new one.',
  contentful:
    'Contentful did not find the token for this API: each API takes only its own tokens. The Content Delivery API (cdn.contentful.com) takes a space’s API key’s Delivery token, the Preview API (preview.contentful.com) its Preview token, and the Content Management API (api.contentful.com: contentful-management.js, contentful-export and -import, the CLI) only a personal access token (CFPAT-…, Settings → CMA tokens) or an app’s token. Check the host the client calls (createClient’s host) against the token, and that the token still exists in the space’s Settings → API keys.',
  sanity:
    'Sanity has no session for the token: it was deleted, it belongs to another project (“Session does not match project host”), or a studio’s login cookie expired. Create an API token for this project (sanity.io/manage → the project → API → Tokens, with the role the client needs, Editor to write) and set it as the client’s token with this project’s projectId and dataset; a studio user signs in again.',
  ghost:
    'Ghost did not accept the Admin API JWT: the caller signs it itself with the custom integration’s Admin API key (Ghost Admin → Settings → Integrations), split at the colon: the id is the header’s kid, and the secret is hex, decoded to bytes before signing with HS256; aud is "/admin/" ("/v2/admin/" or "/v3/admin/" for those versions’ URLs), iat now and exp at most 5 minutes later. Send it as "Authorization: Ghost <token>" and make a new one for each request.',
};

/** challenge.invalid-token's step for Google's ACCESS_TOKEN_TYPE_UNSUPPORTED (google/api/error_reason.proto). */
const GOOGLE_TOKEN_TYPE_UNSUPPORTED =
  'Google read the credential and says this API does not take its kind (ACCESS_TOKEN_TYPE_UNSUPPORTED), so a fresh one of the same kind fails the same way: send a Google OAuth 2.0 access token (gcloud auth print-access-token, or Application Default Credentials through gcloud auth application-default login or the service account the code runs as), not an ID token (print-identity-token), an API key sent as a bearer token, or another issuer’s token (a Firebase ID token, an external IdP’s token not exchanged through Workload or Workforce Identity Federation). For gcloud itself, sign in again with gcloud auth login and check which account and credential it uses (gcloud auth list).';
const GOOGLE_CREDENTIAL_REFUSED =
  'Google refused the credential itself: its APIs take an OAuth 2.0 access token, which expires within hours (usually one). Get a fresh one: the gcloud CLI signs in again with gcloud auth login, a script takes gcloud auth print-access-token, and client libraries refresh it themselves through Application Default Credentials (gcloud auth application-default login, or the service account the code runs as) rather than keep a token stored once; an ID token (gcloud auth print-identity-token) or a revoked credential is refused the same way.';

/**
 * Vault's "invalid token" (with "permission denied", a 403): "When using a token that has been revoked, exceeded its
 * TTL, or is an otherwise invalid value" (hashicorp/vault#26687, website/content/docs/concepts/tokens.mdx "Error
 * Responses"). A Vault token is no JWT; `vault token lookup` reads the token Vault would use (VAULT_TOKEN or the token
 * helper's) from the server it would send it to (VAULT_ADDR) (developer.hashicorp.com/vault/docs/commands/token/lookup).
 */
/**
 * Salesforce's INVALID_SESSION_ID, "Session expired or invalid": its access token is a session id, no JWT, and the one
 * error covers a session past its timeout (default two hours, Setup → Security Controls: developer.salesforce.com/docs/
 * atlas.en-us.api_meta.meta/api_meta/meta_error_handling_session_exp.htm), a revoked one, a token sent to another
 * instance than the instance_url returned with it, and an IP-locked session (nango.dev/blog/fix-salesforce-invalid-
 * session-id-error). The header's form, and Postman dropping Authorization on a redirect unless "Follow Authorization
 * header" is on, are the usual mistakes (openillumi.com/salesforce-rest-api-invalid-session-id-fix,
 * openillumi.com/salesforce-invalid-session-id-postman-fix).
 */
/**
 * SharePoint Online refusing the bearer token, by the error_description it gave (parse/verifier-messages/
 * business-platforms.ts cites each): a token for another resource (sp-dev-docs#5889), an Entra ID app-only token made
 * with a client secret (SharePoint wants a certificate), or a kind of token it does not take at all.
 */
function sharepointTokenRefused(description: string | null): string {
  if (description === 'Invalid issuer or signature.')
    return 'Request the token for SharePoint itself, not for Microsoft Graph: resource https://<tenant>.sharepoint.com (v1 endpoint) or scope https://<tenant>.sharepoint.com/.default (v2), from the tenant that owns the site; a token’s aud must be that SharePoint host (or 00000003-0000-0ff1-ce00-000000000000), and a Graph token (aud https://graph.microsoft.com) is refused here.';
  if (description === 'Unsupported app only token')
    return 'SharePoint takes an Entra ID app-only token only when the app authenticated with a certificate: upload a certificate to the app registration (Certificates & secrets), request the token with a client assertion signed by it (PnP’s -CertificatePath, MSAL’s WithCertificate) instead of the client secret, and grant the app SharePoint’s application permissions (Sites.Read.All, Sites.Selected…) with admin consent.';
  return 'SharePoint does not take this kind of token: an add-in’s Azure ACS token (client id and secret from AppRegNew.aspx) is refused where the tenant has turned ACS app-only access off (DisableCustomAppAuthentication) or ACS is retired; use an Entra ID app registration with a certificate for app-only calls, or a delegated token for https://<tenant>.sharepoint.com.';
}

const SALESFORCE_SESSION_REFUSED =
  'Salesforce refused the session: its access token is a session id, not a JWT. Check that it is sent as "Authorization: Bearer <access_token>" to the instance_url returned with it (not login.salesforce.com), through no redirect that drops the header (Postman drops it unless "Follow Authorization header" is on); if it is, the session ended (its timeout, a logout or revoke, an IP restriction): get a new access token.';

// GitHub's "Bad credentials": its tokens are opaque strings (ghp_…, github_pat_…, gho_…, ghs_…), so a JWT's claims say
// nothing. Its REST troubleshooting asks for a token that is valid, unexpired and unrevoked
// (docs.github.com/rest/overview/troubleshooting); an OAuth app's redirect gives a code to exchange at
// /login/oauth/access_token, which sent as the token is refused the same way (audit-bb 08,
// openillumi.com/github-401-bad-credentials-token-exchange-fix).
/** graphql-ws's 4403 (verifier-messages/services.ts, with its sources): the server's onConnect refused the payload. */
const GRAPHQL_WS_FORBIDDEN =
  'The server refused connection_init (graphql-ws closes 4403 when its onConnect returns false): check that the client’s connectionParams put the token where that onConnect reads it (a top-level authorization or token key; under headers only if the server looks there), that they are sent at all (an async connectionParams that resolved, a token present when the socket opened), and that the token itself is valid.';

/**
 * A SigV4-presigned request's expiry (checks/presigned-expiry.ts): its X-Amz-Date plus X-Amz-Expires. An RDS IAM
 * authentication token lasts 15 minutes and is checked when a connection opens (docs.aws.amazon.com/AmazonRDS,
 * UsingWithRDS.IAMDBAuth.Connecting).
 */
type PresignedKind = 'rds-iam' | 'sigv4' | 'sigv2' | 'cloudfront';
/** A URL whose Expires is its expiry itself: no signing time or lifetime to give. */
const epochExpiry = (kind: PresignedKind) => kind === 'sigv2' || kind === 'cloudfront';
const PRESIGNED_NAME: Record<PresignedKind, string> = {
  'rds-iam': 'The RDS IAM authentication token',
  sigv4: 'The presigned URL',
  sigv2: 'The signed URL',
  cloudfront: 'The CloudFront signed URL',
};
const presignedDetail = (
  kind: PresignedKind,
  exp: number,
  expiresSeconds: number | undefined,
  skew: number,
  f: { iso(t: number): string },
) =>
  expiresSeconds === undefined
    ? `Its Expires parameter is ${exp}, ${f.iso(exp)}: the URL’s own expiry in epoch seconds, judged against the reference time with the ${skew} s skew allowance, as a JWT’s exp is. ${
        kind === 'cloudfront'
          ? 'It is a CloudFront signed URL (canned policy), not a JWT: CloudFront refuses it once that time has passed.'
          : 'It is a SigV2-signed URL (query string authentication), not a JWT: the service refuses it once that time has passed.'
      }`
    : `Signed at ${f.iso(exp - expiresSeconds)} (X-Amz-Date) for ${expiresSeconds} s (X-Amz-Expires), it was valid until ${f.iso(exp)}; judged against the reference time with the ${skew} s skew allowance, as a JWT’s exp is.${
        kind === 'rds-iam'
          ? ' It is a presigned request (aws rds generate-db-auth-token), not a JWT, and RDS checks it when the connection opens: a connection already open is not closed when it expires.'
          : ' It is a SigV4-presigned request, not a JWT: the service refuses it once that time has passed.'
      }`;
const PRESIGNED_STEP: Record<PresignedKind, string> = {
  'rds-iam':
    'Generate the token just before connecting (aws rds generate-db-auth-token, or the SDK’s RDS signer) for each new connection, rather than once at start-up: a pool that opens connections later needs a token source that signs a new one each time (its password callback or a driver plugin such as the AWS JDBC or Python wrapper’s IAM plugin).',
  sigv4:
    'Presign the URL again, just before it is used, with an X-Amz-Expires long enough for the use (at most 7 days, and no longer than the signing credentials last: a role session’s credentials end its URLs with them).',
  sigv2:
    'Sign the URL again, just before it is used, with an Expires far enough ahead for the use, from a clock that is right (Expires is an absolute time: a signer’s clock behind makes it end early).',
  cloudfront:
    'Sign the URL again (or set the signed cookies again) just before it is used, with an expiry far enough ahead for the use, from a clock that is right: Expires is an absolute time, and CloudFront refuses the URL after it.',
};

/**
 * graphql-ws's 4401 (verifier-messages/services.ts, with its sources): by its protocol a subscribe before connection_ack;
 * some servers close with it, and a reason of their own, for a connection_init they refuse.
 */
const GRAPHQL_WS_UNAUTHORIZED = (reason: string | null) =>
  reason === null
    ? 'graphql-ws closed the socket with 4401 "Unauthorized". In the GraphQL over WebSocket protocol that is the server’s answer to a subscribe sent before it acknowledged the connection (no connection_ack yet): the client did not wait for the acknowledgement, or the server never gave it. Some servers also close with 4401 when they refuse the token in connection_init, but this reason names no cause, so none is assumed here.'
    : `graphql-ws closed the socket with 4401 and the server’s own reason: ${q(reason)}. The protocol keeps 4401 "Unauthorized" for a subscribe sent before connection_ack; a server that puts its own reason there uses the code to refuse what connection_init carried.`;
const GRAPHQL_WS_UNAUTHORIZED_STEP =
  'Check that the client sends subscribe only after connection_ack (graphql-ws’s createClient waits; a hand-written client, or one speaking the older subscriptions-transport-ws protocol, may not), and that the server acknowledges connection_init (its onConnect returns, and does not hang). If the server uses 4401 to refuse a credential, check that connectionParams carry a valid token where its onConnect reads it, computed when the socket opens so a reconnect gets a fresh one.';
/** graphql-ws's 4400 (verifier-messages/services.ts): a message it could not accept, or an error its onConnect threw. */
const GRAPHQL_WS_BAD_REQUEST = (reason: string | null) =>
  `graphql-ws closed the socket with 4400${reason === null ? ' "Bad request"' : `: ${q(reason)}`}. In the GraphQL over WebSocket protocol that is a message the server could not accept (a type or format the protocol does not define), or an error thrown while it handled connection_init, whose message is the reason. No credential was judged unless the reason says so.`;
const GRAPHQL_WS_BAD_REQUEST_STEP =
  'Check that the client and the server speak the same subprotocol (graphql-transport-ws for graphql-ws; subscriptions-transport-ws’s older graphql-ws protocol sends messages the newer one refuses), and read the reason: an error the server’s onConnect threw is its own words about what connection_init carried.';

/**
 * Snowflake's refusals (verifier-messages/services.ts): key-pair authentication's "JWT token is invalid. [<uuid>]"
 * (390144), whose uuid SYSTEM$GET_LOGIN_FAILURE_DETAILS turns into the check that failed
 * (docs.snowflake.com/en/user-guide/key-pair-auth-troubleshooting); the JWT's iss and sub as the SQL API's guide builds
 * them (docs.snowflake.com/en/developer-guide/sql-api/authenticating); an OAuth token's 390303, which
 * SYSTEM$VERIFY_EXTERNAL_OAUTH_TOKEN explains (docs.snowflake.com/en/sql-reference/functions/system_verify_ext_oauth_token).
 */
const SNOWFLAKE_TOKEN_REFUSED =
  "For key-pair authentication (JWT token is invalid, 390144), a Snowflake administrator reads which check failed with SELECT SYSTEM$GET_LOGIN_FAILURE_DETAILS('<the uuid in brackets>'): the JWT’s iss must be ACCOUNT.USER.SHA256:<fingerprint of the public key set on the user> and its sub ACCOUNT.USER (the account identifier in upper case, without the region and with periods as hyphens), and it must not be expired. For an OAuth access token (390303), SELECT SYSTEM$VERIFY_EXTERNAL_OAUTH_TOKEN('<token>') names the problem: its issuer, audience or signing keys against the security integration, or its expiry.";

/**
 * Azure SQL's "Login failed for user '<token-identified principal>'" (verifier-messages/data-platforms.ts): Entra ID
 * issued the token and the database found no user for its principal. Microsoft's own troubleshooting
 * (techcommunity.microsoft.com/blog/azuredbsupport/aad-auth-error---login-failed-for-user-/1417535) and CREATE USER …
 * FROM EXTERNAL PROVIDER (learn.microsoft.com, authentication-aad-configure); the token's resource is
 * https://database.windows.net/.
 */
const AZURE_SQL_TOKEN_REFUSED =
  'Azure SQL found no user for the token’s principal in the database the connection names (Initial Catalog; master when none is named): connected there as the server’s Microsoft Entra admin, run CREATE USER [<user, group or app name>] FROM EXTERNAL PROVIDER and grant it a role (ALTER ROLE db_datareader ADD MEMBER …). Check that the server has a Microsoft Entra admin set and that the token was requested for https://database.windows.net/ (scope https://database.windows.net/.default), which its aud must be.';

/** Trino's 401 for a request with no user (verifier-messages/data-platforms.ts has its source). */
const TRINO_NO_USER =
  'Trino got neither a user nor credentials (“Basic authentication or X-Trino-User must be sent”): set the client’s user (the X-Trino-User header; the CLI’s --user, trino-python-client’s user=, a JDBC URL’s user), and on a cluster with authentication send its credentials too (a password authenticator’s Basic credentials, a JWT for JWT authentication, the OAuth 2 flow’s token).';

/**
 * An MCP server refused the token its client saved (FastMCP's words name no cause: expired, or unknown to a server whose
 * token store was reset): the client signs in again once its saved tokens are gone (mcp-remote's README,
 * "Troubleshooting"; Claude Code's /mcp menu).
 */
const MCP_TOKEN_REFUSED =
  'Clear the MCP client’s saved tokens so that it signs in again (mcp-remote: delete ~/.mcp-auth; Claude Code: /mcp → Clear authentication), then reconnect; if it happens after every restart of the MCP server, its token store is not persisted.';

/**
 * An MCP client that connected without a token: the MCP authorization spec has a server that uses OAuth answer 401
 * with WWW-Authenticate's resource_metadata (RFC 9728 §5.1), from which the client starts its sign-in; a server with a
 * fixed token or key takes it as a header from the client's config (mcp-remote's --header).
 */
const MCP_CLIENT_SIGN_IN =
  'Sign the MCP client in to this server, or give it the server’s token: a server that uses OAuth needs the client’s own sign-in for it (the client’s Authenticate or Connect action for the server, MCP Inspector’s authentication settings); a server that takes a fixed token or an API key needs it in the client’s entry for the server as a header ("headers": {"Authorization": "Bearer <token>"}; mcp-remote: --header).';
const MCP_SERVER_CHALLENGE =
  'See what the server answers without a token: curl -i -X POST <the MCP URL>. A server that uses OAuth answers 401 with WWW-Authenticate: Bearer resource_metadata="…" (RFC 9728), from which clients start signing in by themselves; a proxy in front of it must pass that header back and the client’s Authorization on.';

/**
 * An MCP server's invalid_token names its protected-resource metadata (RFC 9728 §5.1): the MCP authorization spec has
 * the client refresh or sign in again there, asking for a token whose audience is the document's resource (RFC 8707).
 */
function mcpMetadataRefusal(url: string): string {
  return `A client that follows resource_metadata (an MCP client) refreshes its token or signs in again at the authorization server that ${url} names, asking for a token for its resource (RFC 8707: a token minted for another resource is refused); one that keeps replaying the same saved token needs it cleared (mcp-remote: delete ~/.mcp-auth; Claude Code: /mcp → Clear authentication).`;
}

/** A server that names a missing scope invalid_token: clients (an MCP client's step-up) read the name, not the words. */
const MISLABELLED_SCOPE_REFUSAL =
  'On the server (or gateway): answer a missing scope with error="insufficient_scope" (RFC 6750 §3.1), not invalid_token: clients read the error code, and an MCP client asks for the scope named only on insufficient_scope, while on invalid_token it discards a token that was fine.';

const GITHUB_TOKEN_REFUSED =
  'GitHub does not recognise the credential: its tokens are opaque (ghp_…, github_pat_…, gho_…), not JWTs. Check that the whole token is sent as "Authorization: Bearer <token>" (or "token <token>"), that it has not expired or been revoked (Settings → Developer settings), and, in an OAuth app’s flow, that it is the access token exchanged at https://github.com/login/oauth/access_token, not the authorization code from the redirect.';

/**
 * Snowflake's session past its life (verifier-messages/services.ts, 390114 and 390111): the connector's session token,
 * four hours unless CLIENT_SESSION_KEEP_ALIVE renews it (snowflakedb/snowflake-sqlalchemy#550, and the parameter's
 * docs, docs.snowflake.com/en/sql-reference/parameters#client-session-keep-alive); a pool's pre-ping or recycle opens a
 * new one.
 */
const SNOWFLAKE_SESSION_EXPIRED = {
  title: 'Snowflake’s session has expired',
  detail:
    'Snowflake says the session the connector opened at login has expired or ended (390114 “Authentication token has expired”, 390111 “Session no longer exists”): the session token expired, not the key-pair JWT, OAuth token or password the login used. A session lasts four hours unless it is kept alive, so a connection held idle longer (a pool, a long-lived engine) meets this on its next query.',
  steps: [
    'Open a new connection, which logs in again (a key-pair JWT is signed anew; an OAuth token must still be valid), or let the pool check its connections (SQLAlchemy’s pool_pre_ping, a pool_recycle under four hours).',
    'For a connection kept open for hours, set client_session_keep_alive=True (the CLIENT_SESSION_KEEP_ALIVE parameter) so the connector renews the session before it expires.',
  ],
};

/**
 * Elasticsearch's API keys (elastic.co guide, security-api-create-api-key: "By default, API keys never expire. You can
 * specify expiration information when you create the API keys"; the reply's `encoded` value is sent as
 * "Authorization: ApiKey <encoded>"; security-api-get-api-key lists a key's expiration and invalidated).
 */
const ES_API_KEY_EXPIRED = {
  title: 'Elasticsearch’s API key has expired',
  detail:
    'Elasticsearch says the API key the request carried is past its expiration ("api key is expired"). An API key is a credential Elasticsearch looks up, not a JWT: it is not refreshed, a new key is created.',
  steps: [
    'Create a new API key (POST /_security/api_key, or Kibana’s Stack Management → API keys) and send its encoded value as "Authorization: ApiKey <encoded>".',
    'Check the expiration the key is created with (GET /_security/api_key?name=<name> shows it): a key created without one never expires, so a job that outlives it needs a longer one or a new key before then.',
  ],
};

const VAULT_TOKEN_UNKNOWN =
  'Vault does not know the token: it was revoked, outlived its TTL, or is not a token of this Vault (mistyped, or from another server: check VAULT_ADDR). Run vault token lookup with the same VAULT_ADDR and VAULT_TOKEN to confirm, then log in again (vault login, or the auth method the client uses) for a new token; a client that keeps a token renews it (vault token renew) before its TTL runs out.';

/**
 * Consul answers a request that carries no token with its anonymous token's permissions ("anonymous token lacks
 * permission '…'"): developer.hashicorp.com/consul/api-docs ("If no token is provided for an HTTP request then Consul
 * will use the default ACL token if it has been configured. If no default ACL token was configured then the anonymous
 * token will be used"; X-Consul-Token or the Bearer scheme), and the CLI's -token / CONSUL_HTTP_TOKEN
 * (developer.hashicorp.com/consul/commands). A Consul token is a SecretID, not a JWT: nothing here can check it.
 */
const CONSUL_NO_TOKEN =
  'Consul used its anonymous token because the request carried none: set CONSUL_HTTP_TOKEN (or the CLI’s -token flag) to the SecretID of an ACL token whose policies grant the permission the message names; an HTTP client sends it in the X-Consul-Token header (or as "Authorization: Bearer <SecretID>").';

/**
 * Dapr's sidecar with API token authentication on, called without the token (docs.dapr.io operations/security/api-token:
 * the dapr-api-token header or gRPC metadata; the SDKs send DAPR_API_TOKEN's value; dapr/dapr pkg/grpc
 * api_authentication.go, "missing api token in request metadata").
 */
const DAPR_NO_TOKEN =
  'The Dapr sidecar has API token authentication on (DAPR_API_TOKEN, or the dapr.io/api-token-secret annotation) and the call carried no dapr-api-token: set DAPR_API_TOKEN in the app’s environment to the same value (the SDKs read it and send it as the dapr-api-token header or gRPC metadata), or send that header yourself on direct HTTP or gRPC calls to the sidecar.';

/**
 * An HMAC-signed token's key is the secret its issuer and its API share, which nobody publishes: no JWKS or public key
 * checks it. The CLI takes it as an oct JWK (`--jwks`, a JWK file: RFC 7518 §6.4, `k` the secret base64url-encoded),
 * run where the secret already is; a secret pasted into a channel is leaked.
 */
const HMAC_UNCHECKED = (alg: string) =>
  `No key was given. The token is signed with HMAC (${alg}): only the shared secret its issuer signs with and the API verifies with checks it, never a JWKS or public key.`;
const HMAC_CHECK_STEP =
  'To check the signature, run the CLI where the secret already is (never paste a secret in a channel): write it as a JWK file, {"kty":"oct","k":"<the secret, base64url-encoded>"}, and pass --jwks secret.jwk.json. A signature that does not verify then means the issuer and the API hold different secrets (another environment’s, a rotated one, a trailing newline, base64 read as raw text).';

/** checks/challenge.ts’s reason for a WWW-Authenticate whose value names no scheme (empty, or only commas). */
const NO_CHALLENGE = 'no challenge in the header';

// Who said so, in parentheses: a library by its id (jsonwebtoken), a product that answered by its name (Dropbox, not
// dropbox), as the sentences that name it elsewhere in the report do.
// An RPC framework is the envelope the service answered in, not the service (isRpcEnvelope).
/**
 * A product's possessive. A name in the plural form (Azure Functions, Supabase Edge Functions, Cloudflare Workers)
 * takes the apostrophe alone, as "the United States’" does: "Supabase Edge Functions’s signature" read as a slip
 * (round review-31b). A singular name ending in s keeps ’s (Nimbus’s, Cloudflare Access’s).
 */
const owns = (name: string): string =>
  /(?:Functions|Workers|Pages|Services|services|Apps)$/.test(name) ? `${name}’` : `${name}’s`;

// A body or an introspection answer is where the words were read, not who said them: "(in its response body)", as
// "The verifier says the token is expired (response body)" read as if the body were the verifier.
const WHERE_READ: Readonly<Record<string, string>> = {
  'response body': ' (in its response body)',
  introspection: ' (in its introspection answer)',
};
const via = (a: { via?: string }) =>
  a.via === undefined
    ? ''
    : Object.hasOwn(WHERE_READ, a.via)
      ? (WHERE_READ[a.via] as string)
      : isRpcEnvelope(a.via)
        ? ` (the service answered in ${productName(a.via)}’s error envelope)`
        : ` (${productName(a.via)})`;
/** An expected aud or iss the writer stated ("aud should be …", parse/stated-expectation.ts): say the paste's words are its source. */
const writerSays = (a: { expectedFrom?: 'writer' | 'platform'; platform?: SelfSignedPlatform }) =>
  a.expectedFrom === 'writer'
    ? ' (so the paste’s words say; the verifier’s own setting is what it compares with)'
    : platformExpects(a.platform);

/** A server the response names that drops Authorization before the application (checks/header-drop.ts). */
/** Django REST framework's TokenAuthentication met another scheme (checks/header-drop.ts has the source). */
const DRF_TOKEN_STEP =
  'Send the DRF key as "Authorization: Token <key>"; or, for a JWT, add a Bearer authentication class to the view’s authentication_classes (SimpleJWT’s JWTAuthentication, or a TokenAuthentication subclass with keyword = \'Bearer\').';
const DROPPED_BY: Record<'mod_wsgi' | 'apache-php' | 'drf-token', string> = {
  mod_wsgi:
    'the response comes from Apache’s mod_wsgi, which does not pass Authorization to a WSGI application unless WSGIPassAuthorization is On (it works under the development server, not under Apache).',
  'apache-php':
    'the response comes from Apache in front of PHP, which through CGI or FastCGI (php-fpm) does not pass Authorization to PHP unless told to.',
  'drf-token':
    'the challenge (WWW-Authenticate: Token) is Django REST framework’s TokenAuthentication, which reads only "Authorization: Token <key>" and ignores a header with another first word: the token was never read, and the request went on as anonymous.',
};
const DROPPED_BY_STEPS: Record<'mod_wsgi' | 'apache-php' | 'drf-token', string[]> = {
  mod_wsgi: [
    'Add WSGIPassAuthorization On to the site’s Apache configuration (the virtual host, the directory or .htaccess) and reload Apache.',
    'Check that every proxy in front of Apache forwards the Authorization header.',
  ],
  'apache-php': [
    'Add CGIPassAuth On (Apache 2.4.13+) to the site’s directory or .htaccess, or the rule Laravel’s public/.htaccess carries: RewriteCond %{HTTP:Authorization} . and RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}].',
    'Check that every proxy in front of Apache forwards the Authorization header.',
  ],
  'drf-token': [DRF_TOKEN_STEP],
};

/** What an auth service's status says about nginx's auth_request wiring. */
/**
 * STS's "No OpenIDConnect provider found in your account for <issuer>": the account lacks the IAM OIDC identity provider
 * (IAM CreateOpenIDConnectProvider, whose URL "should correspond to the iss claim": docs.aws.amazon.com/IAM/latest/
 * APIReference/API_CreateOpenIDConnectProvider.html); an EKS cluster's own one is created by `eksctl utils
 * associate-iam-oidc-provider` (docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html).
 */
function stsProviderSteps(issuer: string | null): string[] {
  const url = issuer ?? '<the token’s iss>';
  return [
    `Create the IAM OIDC identity provider for ${url} in the account that owns the role (IAM → Identity providers → Add provider → OpenID Connect, or aws iam create-open-id-connect-provider --url ${url} --client-id-list <the token’s aud>), its URL exactly the token’s iss.`,
    'For an EKS cluster’s service accounts (IRSA), create the cluster’s provider: eksctl utils associate-iam-oidc-provider --cluster <name> --approve. For GitHub Actions, the provider is https://token.actions.githubusercontent.com with audience sts.amazonaws.com.',
    'Check that the role is assumed in the account the provider is in (the role ARN’s account id), and that the role’s trust policy names that provider as its Federated principal.',
  ];
}

const subrequestCause = (status: number) =>
  status >= 300 && status < 400
    ? 'A redirect means auth_request points at a sign-in page, not at a check endpoint.'
    : status === 404
      ? 'A 404 means the auth location’s URL or path is wrong.'
      : status >= 500
        ? 'A 5xx means the auth service itself failed.'
        : 'The auth service answered something auth_request does not understand.';

/** A verifier whose clock is behind the reference time (a stated nbf or iat failure beside a token valid by it). */
const CLOCK_BEHIND = [
  'Compare the verifier host’s clock with the server’s Date (NTP: timedatectl, chronyc tracking): it is behind.',
  'If its clock is right, check that the failing request carries the token pasted here, not an older or another one.',
];
const ISSUER_AHEAD = [
  'Compare the clocks of the issuer and the verifier (NTP); allow a small clock skew in the verifier.',
];
/**
 * An RFC 6750 error as the header states it, as a bare error body does (`via` "response body"), or as a product
 * says it in its reply or its log (`via` names the product).
 */
const stated = (a: { via?: string }, error: string) =>
  a.via === undefined
    ? `error="${error}"`
    : a.via === 'response body'
      ? `The response body reports ${error}`
      : isEnvelope(a.via)
        ? // The envelope leads: after "lacks", "in GraphQL’s error envelope" would read as where the permission is lacking.
          `In ${productName(a.via)}’s error envelope, the service ${SAAS_STATED[error] ?? `reports ${error}`}`
        : // A product's reply has its own words (Graph's InvalidAuthenticationToken, Dropbox's expired_access_token, Meta's
          // OAuthException 190): the RFC 6750 name is this catalogue's, not the product's, so the sentence says what the
          // product did (refusal-title.ts).
          `${productNameAtStart(a.via)} ${SAAS_STATED[error] ?? `reports ${error}`}`;
/**
 * Epic issues each application its auth client and sets what that client may do, its grant types among them
 * (MixV2/EpicResearch docs/auth/auth_clients.md: "issued an auth client … to set boundaries to what a certain application
 * can access"; Jaren8r/EpicClients lists each client's grant types): a grant the client lacks is not a setting to turn on.
 */
const EPIC_CLIENT_GRANTS =
  'Epic sets the grant types of each auth client it issues, and this client id does not have this one: send the token request with the client id and secret of an auth client that has the grant (its Authorization: Basic header), or use a grant this client has to get the token.';
/**
 * A product's own refusal with no reason of its words (a verifier row's message, genericReason): the product said it
 * refused the token, not "invalid_token", which is this catalogue's name (authentik's outpost "403 Forbidden", fosite's
 * request_unauthorized, ZITADEL's Errors.Token.Invalid), so the sentence says what the product did.
 */
function genericRefusal(
  a: CodeArgs['challenge.invalid-token'],
): a is CodeArgs['challenge.invalid-token'] & { via: string } {
  return (
    a.genericReason === true &&
    a.description === null &&
    a.via !== undefined &&
    a.via !== 'response body' &&
    !isRpcEnvelope(a.via)
  );
}
const SAAS_STATED: Readonly<Record<string, string>> = {
  invalid_token: 'refused the token',
  insufficient_scope: 'refused the call for a permission the token lacks',
  invalid_request: 'refused the request as malformed',
};
const q = (s: string) => `"${s}"`;

/**
 * A refusal's title (refusal-title.ts): who answered ("Microsoft Graph", else "The server"), what it did, the RFC code
 * only when it was said, and its words: "Microsoft Graph rejected the token: “Access token has expired or is not yet
 * valid.”".
 */
function refusalTitle(
  a: { via?: string; description: string | null; ownWords?: true },
  did: string,
  error: string,
  quoted = true,
): string {
  const by = answeredBy(a.via);
  return `${by === null ? 'The server' : productNameAtStart(by)} ${did}${codeSaid(a) ? ` (${error})` : ''}${saidWords(quoted ? a.description : null)}`;
}
/** A title's quote of the answer's own words, when there are any. */
const saidWords = (description: string | null) => (description === null ? '' : `: “${titleQuote(description)}”`);
/**
 * What a token endpoint's refusal title adds to its cause (refusal-title.ts's rule, round left-ii): the error code only
 * as the paste said it (Salesforce's `invalid_client_id`, never an `invalid_client` it did not send), then its words.
 */
const endpointSaid = (a: { error?: string; description: string | null }) =>
  `${a.error === undefined ? '' : ` (${a.error})`}${saidWords(a.description)}`;
/** A title that states a cause in the catalogue's words, said by the product that answered and in its own words. */
function saidBy(a: { via?: string }, title: string, description: string | null): string {
  const by = answeredBy(a.via);
  return `${by === null ? title : `${productNameAtStart(by)} says ${title.charAt(0).toLowerCase()}${title.slice(1)}`}${saidWords(description)}`;
}
/** Connections a handler or broker refused (Action Cable's and Socket.IO's connect handlers, an MQTT CONNACK). */
const REFUSED_CONNECTION: ReadonlySet<string> = new Set(['action-cable', 'socket-io', 'mqtt']);

/** A cut payload's claim names, as many as a line holds: the payload names them, so each is shortened. */
const claimNames = (names: readonly string[]) => {
  const shown = names.slice(0, MAX_CLAIM_NAMES).map((n) => (n.length > 40 ? `${n.slice(0, 40)}…` : n));
  const more = names.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
};
const MAX_CLAIM_NAMES = 12;
/** A 407's proxy as its challenge names it: ` (Basic realm "corp-proxy")`. */
const proxyNamed = (p: NonNullable<CodeArgs['status.not-auth']['proxy']>) =>
  p.scheme === null ? '' : ` (${p.scheme}${p.realm === null ? '' : ` realm ${q(p.realm)}`})`;
/** What claim.iss-mismatch adds when the two issuers are one Entra ID tenant's v1.0 and v2.0 issuers. */
const ENTRA_VERSION_DETAIL: Record<string, string> = {
  '': '',
  '1.0':
    ' Both are the same Entra ID tenant: the token is in the v1.0 format (sts.windows.net), which the API’s own app registration asks for unless its manifest says version 2.',
  '2.0':
    ' Both are the same Entra ID tenant: the token is in the v2.0 format, because the API’s app registration asks for version 2.',
};
/** What a JWT is, by its `typ`, when it is never an access token (token.type-mismatch). */
/** token.for-other-api's title, by the API the token is for. */
const OTHER_API_TITLES: Record<CodeArgs['token.for-other-api']['api'], string> = {
  'microsoft-graph': 'The token is a Microsoft Graph token, not one for this API',
  'okta-org': 'The token is from Okta’s org authorization server, meant for Okta’s own APIs',
  'auth0-management': 'The token is for Auth0’s Management API, not for this API',
  'auth0-userinfo': 'The token is for Auth0’s /userinfo endpoint only, not for this API',
};

const PROOF_NAMES = {
  'dpop-proof': 'DPoP proof',
  'logout-token': 'back-channel logout token',
  'security-event': 'security event token',
  'introspection-response': 'signed introspection response',
  'request-object': 'request object',
  'firebase-custom-token': 'Firebase custom token',
} as const;

/**
 * Steps two findings share word for word, so the report (which drops a repeated step) gives them once: the
 * server's insufficient_scope challenge and the grants the token lacks, the server seeing no credentials and
 * the request showing none, a wrong scheme and a malformed header.
 */
/** Spring's default authorities beside a token whose roles Keycloak nested (scope.insufficient's nestedRoles). */
function nestedRolesNote(claims: readonly string[] | undefined, f: Format): string {
  if (claims === undefined) return '';
  return ` The token’s roles are in ${f.list(claims)}, which Spring Security’s default converter does not read: it makes authorities of scope and scp alone (SCOPE_…), so a hasRole rule finds none.`;
}

/**
 * The scopes a new token must carry: all the required ones, not only those missing, since the new token replaces this
 * one (asking for the missing ones alone would lose the others it granted). It is also what the insufficient_scope
 * challenge's step names, so a report with both gives that step once.
 */
/** Every missing scope is granted in another letter case: nothing to add, a spelling to align. */
function allCaseOnly(a: { missing: readonly string[]; caseOnly?: readonly unknown[] }): boolean {
  return a.caseOnly !== undefined && a.missing.length > 0 && a.caseOnly.length === a.missing.length;
}

function scopesToRequest(a: { required: readonly string[]; missing: readonly string[] }): readonly string[] {
  return a.required.length > 0 ? a.required : a.missing;
}

/** X-Accepted-GitHub-Permissions' sets (checks/github-permissions.ts) as words: "issues: write, or pull_requests: write". */
function githubSets(sets: readonly (readonly string[])[], or: string): string {
  return sets.map((set) => set.map((p) => p.replace('=', ': ')).join(' and ')).join(`, ${or} `);
}
function githubWanted(sets: readonly (readonly string[])[] | undefined): string {
  return sets?.length
    ? `the permission ${githubSets(sets, 'or')}`
    : 'the permission this endpoint needs, which its documentation and the X-Accepted-GitHub-Permissions response header name';
}
function requestScopes(scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'the required scope' : f.list(scopes.map(q));
  const it = scopes.length > 1 ? 'them' : 'it';
  return `Request a token with ${what} (add ${it} to the client’s scope request, and grant ${it} to the client or user in the identity provider).`;
}
/** The step for a verifier that lets in a token with any one of the scopes (scope.insufficient's anyOf). */
function requestOneScope(scopes: readonly string[], f: Format): string {
  return `Request a token with one of ${or(scopes, f)} (add it to the client’s scope request, and grant it to the client or user in the identity provider).`;
}
/**
 * Bitbucket Cloud fixes an API token's or access token's scopes, and an app password's permissions, when it is made
 * (support.atlassian.com/bitbucket-cloud/docs/api-token-permissions); an OAuth consumer's permissions are granted at
 * authorization (backstage/backstage#22383: "required": ["account"]).
 */
function bitbucketScopeStep(scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'the scope the endpoint needs' : f.list(scopes.map(q));
  return `Make a new Bitbucket credential with ${what}: an API token’s or access token’s scopes, and an app password’s permissions, are chosen when it is created and cannot be edited. For an OAuth consumer, add the permission to the consumer and authorize it again.`;
}
/**
 * Gitea's and Forgejo's scoped tokens: the scopes are chosen when the token is generated and cannot be edited
 * (docs.gitea.com/development/oauth2-provider#scopes and api-usage; go-gitea/gitea#20908), and 1.20 turned the old
 * `repo` scope into write:repository (blog.gitea.com/release-of-1.20.0; fluxcd/notification-controller#580).
 */
function forgeScopeStep(product: string, scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'the scope the endpoint needs' : f.list(scopes.map(q));
  return `Generate a new ${product} token with ${what} (Settings → Applications → Generate New Token, its read:/write: scopes for repository, issue, organization, user…) and use it in place of this one: a token’s scopes are fixed when it is generated. A token made before Gitea 1.20 with the old repo scope now has write:repository only.`;
}
/**
 * commercetools fixes an API client's scopes when the client is created (docs.commercetools.com, API Clients; the
 * Merchant Center's Developer settings), and a token request asks for them as `<scope>:<project-key>`
 * (commercetools/commercetools-dotnet-core-sdk#67): a token with a missing scope comes only from a client that has it.
 */
/**
 * scope.insufficient's step for Appwrite's API key refused a scope, `(role: applications) missing scope (<scope>)`
 * (appwrite/appwrite#7881, #9383): a key has the scopes ticked on it (appwrite.io/docs/advanced/platform/api-keys);
 * the Account API acts for a signed-in user and takes no key (appwrite.io/docs/references/cloud/server-nodejs/account),
 * the Users API (users.create…) is the key's.
 */
function appwriteScopeStep(scopes: readonly string[], f: Format): string {
  return `Appwrite refused the API key (role: applications): it lacks ${scopes.length === 0 ? 'the scope the endpoint needs' : `the scope ${f.list(scopes)}`}. Tick the scope on the key (Appwrite Console → the project → Overview → Integrations → API keys → the key → Scopes) if it is one a key can have. The Account API (scopes account, public) acts for a user and takes no key: call it from a client without setKey (with setSession or setJWT for the user, or none to create a session), and on a server use the Users API (users.create, users.get) with the key instead.`;
}

function commercetoolsScopeStep(scopes: readonly string[], f: Format): string {
  return `Request a token with ${f.list(scopes.map(q))} from an API client that has ${scopes.length > 1 ? 'them' : 'it'}: commercetools fixes a client’s scopes when the client is created, so make a new API client with ${scopes.length > 1 ? 'them' : 'it'} (Merchant Center → Settings → Developer settings → Create new API client, or the API Clients endpoint) and ask for each as <scope>:<project-key> in the token request, or for no scope to get all the client’s.`;
}
/** requestScopes naming no scope, and the test for one that names them (Catalogue.refinedBy). */
export const refinedBy: readonly RefinedStep[] = [
  {
    generic:
      'Request a token with the required scope (add it to the client’s scope request, and grant it to the client or user in the identity provider).',
    isSpecific: (s) =>
      s.startsWith('Request a token with ') && !s.startsWith('Request a token with the required scope'),
  },
  {
    // An intermediary named from the headers it forwards: its own step says to find out whether it answered.
    generic: FIND_ANSWERING_COMPONENT,
    isSpecific: (s) => s.includes('to see whether it answered or passed on the application’s answer'),
  },
  {
    // A request that sent its token under a misspelt name: rename it, rather than check that one is attached.
    generic: 'Check that the client attaches "Authorization: Bearer <token>": the token variable may be empty.',
    isSpecific: (s) => s.startsWith('Rename the header to Authorization in the client'),
  },
];
const ATTACH_AUTHORIZATION = [
  'Check that the client attaches "Authorization: Bearer <token>": the token variable may be empty.',
  'If a proxy, CDN or redirect sits in between, check that it forwards Authorization (many strip it on cross-host redirects).',
];
/** RFC 9449 §7.1: a server that challenges with DPoP alone takes a DPoP-bound token with a proof, not a Bearer one. */
const ATTACH_DPOP = [
  'Check that the client attaches "Authorization: DPoP <token>" and a "DPoP: <proof>" header: the server offers only DPoP (RFC 9449), and the token variable may be empty.',
  ATTACH_AUTHORIZATION[1] as string,
];
/**
 * A token.missing beside a browser WebSocket or EventSource (checks/browser-transport.ts, whose comment cites the
 * sources): neither can carry an Authorization header, so the token travels in the URL or the first message.
 */
const TRANSPORT_STEP: Record<'websocket' | 'eventsource' | 'eventsource-polyfill' | 'signalr' | 'ws-client', string> = {
  websocket:
    'If the refused request is the WebSocket connection: a browser cannot set headers on one, so the token goes in the URL’s query string (SignalR’s JavaScript client sends access_token=…, which ASP.NET Core reads only where JwtBearerEvents.OnMessageReceived takes it for the hub’s path) or in the first message (graphql-ws: connection_init’s payload, read by the server’s onConnect). Check that the connection’s URL or first message carries the token, and that the server reads it from there.',
  eventsource:
    'If the refused request is the EventSource stream: the browser’s EventSource cannot send an Authorization header, so an API that reads only that header refuses it. Send the token another way the server accepts (a cookie, or a query parameter it reads), or open the stream with a client that sets headers (a fetch-based EventSource polyfill).',
  'eventsource-polyfill':
    'The refused request is the stream of the EventSource polyfill (event-source-polyfill, whose words these are), which, unlike the browser’s EventSource, can send headers: check that it is given the token as the server expects it, new EventSourcePolyfill(url, { headers: { Authorization: "Bearer <token>" } }), and that the token it sends is still current when the stream reconnects.',
  signalr:
    'The refused request is SignalR’s negotiate (POST …/negotiate): the client sends the token its accessTokenFactory (JavaScript) or AccessTokenProvider (.NET) returns, as "Authorization: Bearer" there and as the access_token query parameter on the WebSocket or Server-Sent Events that follow. Check that the option is set and returns the token (not an empty value or a promise resolved too late), and that the server’s JwtBearerEvents.OnMessageReceived takes access_token for the hub’s path. A hub behind Windows authentication (Negotiate) wants the user’s credentials instead (UseDefaultCredentials in .NET, withCredentials in JavaScript).',
  'ws-client':
    'The refused request is the WebSocket handshake of Node’s ws (or wscat), which, unlike a browser, can send headers: pass the token as the server expects it, new WebSocket(url, { headers: { Authorization: "Bearer <token>" } }) (wscat -H "Authorization: Bearer <token>"), or in the URL’s query string when the server reads it there, and check that the server’s upgrade handler (verifyClient, or its "upgrade" listener) reads it from that place.',
};

/**
 * A server that checks a WebSocket handshake's Origin refuses one it does not allow with 403: gorilla/websocket's
 * Upgrader ("websocket: request origin not allowed by Upgrader.CheckOrigin", http.StatusForbidden, server.go), whose
 * default allows the same host only.
 */
const WEBSOCKET_ORIGIN =
  'If the handshake got a 403, check the server’s origin check as well: a WebSocket server that checks the handshake’s Origin refuses an origin it does not allow with 403 (gorilla/websocket’s Upgrader.CheckOrigin allows only the same host by default), whatever token the URL carries.';

/**
 * A gRPC status saying the call carried no credential (parse/client-errors.ts, NO_CREDENTIAL_GIVEN: NetBird's management
 * server, netbirdio/netbird#4249; its `netbird up` and `--setup-key` as netbirdio/netbird#312 prints them): a client's call, seen by no browser's DevTools and answered with no WWW-Authenticate.
 */
const GRPC_NO_CREDENTIAL =
  'The gRPC server says the call carried no credential, and its words (the line quoted) may name the one it takes: give the client that credential (NetBird’s “use a setup key or interactive SSO login”: netbird up --setup-key <key>, with --management-url <url> for a self-hosted server, or netbird up to sign in with SSO), or, for a bearer token, set it in the call’s metadata under "authorization" as "Bearer <token>" on every call (a per-RPC credential or an interceptor).';

/** Hasura's token.missing for a subscription (checks/verifier-log.ts namesSubscriptionSocket, with its sources). */
const HASURA_SUBSCRIPTION =
  'Hasura reads a subscription’s token from the WebSocket’s connection_init payload, not from a header of the upgrade (which a browser cannot set): send it in the client’s connectionParams as { headers: { Authorization: "Bearer <token>" } } (Apollo’s GraphQLWsLink or WebSocketLink, graphql-ws’s createClient), computed when the socket opens so that a reconnect carries a fresh token.';
/**
 * Hasura's "x-hasura-admin-secret/x-hasura-access-key required, but not found" (verifier-messages/frameworks.ts, with
 * its sources): it runs with an admin secret and no JWT or webhook mode, so it reads nothing but that header.
 */
const HASURA_ADMIN_SECRET =
  'Hasura runs with an admin secret (HASURA_GRAPHQL_ADMIN_SECRET) and no JWT or webhook mode, so the only credential it reads is the x-hasura-admin-secret header: a bearer token is not looked at. For an app’s users, set HASURA_GRAPHQL_JWT_SECRET (or HASURA_GRAPHQL_AUTH_HOOK) on the server and send their JWT as Authorization: Bearer; send the admin secret from servers only.';
const HASURA_ADMIN_SECRET_SOCKET =
  'Over a WebSocket (subscriptions), Hasura reads the headers from connection_init’s payload, not from the upgrade: pass them in the client’s connectionParams as { headers: { … } } (Apollo’s GraphQLWsLink or WebSocketLink, graphql-ws’s createClient).';

/** token.missing under ASP.NET Core's Negotiate (Windows authentication) challenge (checks/verifier-log.ts windowsAuthChallenged). */
const WINDOWS_AUTH_STEPS = [
  'Send the user’s Windows credentials: a browser does so by itself only for a site it trusts for it (the Local intranet zone, or Chrome’s AuthServerAllowlist); a .NET client needs UseDefaultCredentials = true (SignalR’s HubConnectionBuilder: options.UseDefaultCredentials = true), and a cross-origin JavaScript call withCredentials.',
  'If this endpoint should take a bearer token instead, name that scheme on it ([Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)], or the hub’s RequireAuthorization policy) rather than the app’s default Negotiate scheme.',
];

/** Pusher's 4009 (verifier-messages/realtime.ts, with its sources): the connection did not authorize in time. */
const PUSHER_UNAUTHORIZED =
  'Check that the client signs in (pusher.signin(), through its userAuthentication endpoint) or subscribes to a private or presence channel right after connecting, and that the app’s auth endpoint answers 200 (its refusal shows as “Unable to retrieve auth string from … endpoint”); if anonymous connections are intended, turn Authorized Connections off in the app’s settings.';

/**
 * token.missing in a product's own terms, where the generic words would send the reader to an Authorization header:
 * Pusher's 4009 (verifier-messages/realtime.ts) and ASP.NET Core's Negotiate challenge (checks/verifier-log.ts
 * windowsAuthChallenged).
 */
function ownNoToken(a: {
  via?: string;
  windowsAuth?: true;
}): { title: string; detail: string; steps: string[] } | null {
  // Data planes that read their own header (verifier-messages/search-engines.ts and data-planes.ts have the sources):
  // Meilisearch's missing_authorization_header (v0.25 moved the key from X-Meili-API-Key to Authorization: Bearer,
  // meilisearch/meilisearch-python#371, meilisearch/strapi-plugin-meilisearch#340, laravel/scout#593), libSQL's
  // AuthError for no JWT (drizzle-team/drizzle-orm#902, tursodatabase/libsql#794), Pulsar's "Authentication required"
  // (streamnative/kop#140; pulsar.apache.org/docs, security-jwt: client.conf's authPlugin and authParams).
  if (a.via === 'meilisearch')
    return {
      title: 'Meilisearch got no API key or tenant token',
      detail:
        'Meilisearch says the request had no Authorization header (missing_authorization_header): an instance started with a master key takes every request’s key, or a tenant token, as Authorization: Bearer <key>. Clients older than Meilisearch v0.25 sent X-Meili-API-Key instead, which it no longer reads.',
      steps: [
        'Give the client the key (the SDK’s apiKey, the plugin’s MEILISEARCH_API_KEY or its equivalent) so that it sends Authorization: Bearer <key>: a search key or a tenant token for searches, an admin key for indexing and settings. Upgrade a client that still sends X-Meili-API-Key to the release that matches the engine’s version.',
      ],
    };
  // Amazon Cognito identity pools (verifier-messages/frameworks.ts; docs.aws.amazon.com/cognito, "Identity pools
  // authentication flow" and "Guest access": Logins keys cognito-idp.<region>.amazonaws.com/<user pool ID> with the
  // user pool's ID token; AllowUnauthenticatedIdentities).
  if (a.via === 'cognito')
    return {
      title: 'The Cognito identity pool got no sign-in token, and its guest access is off',
      detail:
        'Amazon Cognito’s identity pool says the call for an identity or its AWS credentials (GetId, GetCredentialsForIdentity) carried no provider token in its Logins map, so it was a request for guest (unauthenticated) credentials, which this pool does not allow. The signed-in user’s ID token was not passed on: credentials fetched before sign-in finished or after sign-out, an Amplify configuration that does not tie the user pool to the identity pool, or a Logins key that is not cognito-idp.<region>.amazonaws.com/<user pool ID>. Or guests were meant to get credentials, and the pool’s guest access was turned off.',
      steps: [
        'Pass the user pool’s ID token (not its access token) in Logins under the key cognito-idp.<region>.amazonaws.com/<user pool ID> (Amplify does this when its Auth configuration names both the user pool and the identity pool; in the AWS SDK, fromCognitoIdentityPool({ identityPoolId, logins })), and fetch credentials only after sign-in. If guests are meant to get credentials, turn guest access on in the identity pool’s User access settings (AllowUnauthenticatedIdentities), with a guest role that allows only what they need.',
      ],
    };
  if (a.via === 'libsql')
    return {
      title: 'The libSQL server got no auth token (Turso)',
      detail:
        'The database (Turso, or a sqld with JWT authentication) says the request carried no JWT: the client was given an empty authToken, or none (a TURSO_AUTH_TOKEN not loaded into the process, an authToken= left empty in the URL), so it sent no Authorization header.',
      steps: [
        'Give the client the database’s token as authToken (createClient({ url, authToken }), or ?authToken= in the libsql:// URL): check that the variable it reads (TURSO_AUTH_TOKEN or your own) is set in that process, in every environment it runs in. A new token comes from turso db tokens create <database>.',
      ],
    };
  if (a.via === 'pulsar')
    return {
      title: 'The Pulsar broker got no credentials with the request',
      detail:
        'The broker’s AuthenticationFilter says the HTTP (admin API) request carried no credentials while authentication is on: the client (pulsar-admin, a Pulsar client, or another broker or proxy calling it) was not configured with an authentication plugin and its parameters.',
      steps: [
        'Configure the caller with the token: pulsar-admin and the clients through client.conf (authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken, authParams=token:<jwt> or file:///path/to/token); a broker or proxy calling another through brokerClientAuthenticationPlugin and brokerClientAuthenticationParameters, with a role in superUserRoles.',
      ],
    };
  if (a.via === 'pusher')
    return {
      title: 'The Pusher connection was not authorized in time',
      detail:
        'Pusher closed the connection with its own 4009: with Authorized Connections on, a connection must sign in or subscribe to a private or presence channel within a timeout, and this one did not, so no credential signed by the app’s auth endpoint reached Pusher.',
      steps: [PUSHER_UNAUTHORIZED],
    };
  // 3scale's "Authentication parameters missing" (verifier-messages/gateways-more.ts): none of the credentials its
  // product's Authentication settings name reached APIcast where those settings say it looks (docs.redhat.com, 3scale API
  // Management "Authentication patterns"; Integration → Settings, "Credentials location").
  if (a.via === 'apicast')
    return {
      title: '3scale APIcast got none of the credentials its product takes',
      detail:
        'APIcast says the request carried no credential where its product’s Authentication settings look for one ("Authentication parameters missing"): an API key as user_key, an App ID and App Key pair (app_id and app_key), or an OpenID Connect access token in Authorization, each under the names and in the place (query parameters or headers) those settings give. A bearer token sent to a product set up for API keys, or a key under another name or in another place, is none to it.',
      steps: [
        'In the 3scale Admin Portal, open the product’s Integration → Settings to see which credential it takes and where (the user_key parameter’s name, app_id and app_key, or OpenID Connect and its issuer; query or headers), then send it so, for example ?user_key=<key> or the app_id and app_key of an application of this product. The APIcast the request reached (staging or production) runs its own copy of that configuration: promote a change before testing production.',
      ],
    };
  // PlayFab's 1074 (verifier-messages/game-backends.ts has the sources): it reads its own headers, not Authorization.
  if (a.via === 'playfab')
    return {
      title: 'PlayFab got none of the credentials this API method takes',
      detail:
        'PlayFab took the call as anonymous ("This API method does not allow anonymous callers.", NotAuthenticated, 1074): none of the credentials this method takes reached it as PlayFab reads them. PlayFab’s API takes them in its own headers, not in Authorization: a player’s session ticket goes in X-Authorization, an entity token in X-EntityToken, a title’s secret key in X-SecretKey, each for the methods that take it.',
      steps: [
        'Sign the player in first (a Login… call) and send what it returned in the header this method takes: the SessionTicket in X-Authorization for Client API methods, the EntityToken in X-EntityToken for entity APIs (or set the SDK’s authentication context); server and admin methods take the title’s secret key in X-SecretKey, from a server only. Send it under that header’s name, not as Authorization: Bearer.',
      ],
    };
  if (a.windowsAuth === true)
    return {
      title: 'The server asks for Windows authentication (Negotiate), and got no credentials it accepts',
      detail:
        'The server’s log says its Negotiate scheme (Windows authentication: Kerberos or NTLM) challenged, and its authorization found no authenticated user: the endpoint authenticates Windows users, not bearer tokens. The client sent no Windows credentials, or ones the server could not validate.',
      steps: [...WINDOWS_AUTH_STEPS],
    };
  return null;
}

const LOOK_AT_REQUEST =
  'Look at the request as it was sent (DevTools → Network → the request → Headers, or curl -v): check that it carries "Authorization: Bearer <token>".';
/** LOOK_AT_REQUEST when code sent it (checks/client-code.ts): no browser to open DevTools in. */
const LOOK_AT_CLIENT_REQUEST =
  'Look at the request as the client’s code sent it (turn on its HTTP client’s request logging, or make the same call with curl -v): check that it carries "Authorization: Bearer <token>" (or the credential the API takes), not an empty or unset variable.';
/** LOOK_AT_REQUEST for AWS AppSync, which takes the token bare (checks/authz-header.ts appSyncTakesBareTokens). */
const LOOK_AT_REQUEST_BARE =
  'Look at the request as it was sent (DevTools → Network → the request → Headers, or curl -v): check that it carries "Authorization: <token>", the token alone: AppSync’s Cognito user pool and OIDC modes take it without "Bearer".';
const LOOK_FOR_TOKEN =
  'Look at the request as it was sent (DevTools → Network → the request → Headers, or curl -v): check that it carries "Authorization: Bearer <token>" with the token in it.';
const PROXIES_FORWARD =
  'Check that every proxy, gateway and load balancer between the client and the service forwards the Authorization header.';
const PROXIES_FORWARD_IF =
  'If it does, check that every proxy, gateway and load balancer between the client and the server forwards the Authorization header.';
const PLACEHOLDER_SENT =
  'Check where the client gets the token it sends: the variable after "Bearer " was unset or empty, or the token request before it failed (look at that request’s response).';
/** PLACEHOLDER_SENT for a token sent in the URL's query (checks/query-placeholder.ts). */
const placeholderInQuery = (name: string) =>
  `Check where the client gets the token it puts in the URL’s ${name} parameter: the variable was unset or empty when the connection opened (a socket created before sign-in finished, a token read from storage before it was stored), or the token request before it failed. Create the connection once the token is there, and give the server a fresh one when it reconnects.`;
const ENVOY_RBAC_STEP =
  'Find the Envoy RBAC policy that denied it (Istio: an AuthorizationPolicy on the workload or its namespace), not the service’s: raise the proxy’s rbac log to debug (istioctl proxy-config log <pod> --level rbac:debug) and read "enforced denied, matched policy …", then compare its rules (principals, requestPrincipals, paths, methods) with this request.';
/**
 * Istio's deny-all in place of an AuthorizationPolicy with action CUSTOM whose provider it could not use: the RBAC
 * policy it installs is named so (istio/istio pilot/pkg/security/authz/builder/extauthz.go, rbacDefaultDenyAll;
 * istio/istio#40944 for the access log). An extensionProviders entry of the wrong kind (envoyExtAuthz for an HTTP
 * authorizer, ionfury/homelab#399) or a provider name the mesh config lacks both lead there.
 */
const ISTIO_BAD_CUSTOM = 'default-deny-all-due-to-bad-CUSTOM-action';
/** The mesh's own denial steps, named so that sameAdvice can fold the gateway's generic policy step into them. */
const MESH_DENIAL_STEPS = {
  badCustom: `Istio denies every request to this workload in place of an AuthorizationPolicy with action CUSTOM, because it could not use the policy’s provider (the policy ${q(ISTIO_BAD_CUSTOM)}): check that the policy’s provider.name is an entry of meshConfig.extensionProviders (the istio ConfigMap in istio-system) and that the entry is of the right kind (envoyExtAuthzHttp for an HTTP authorizer such as oauth2-proxy, envoyExtAuthzGrpc for gRPC) with its service and port, then read istiod’s log for the provider’s error. The authorizer itself was never asked.`,
  consul:
    'Find the Consul intention that decides this caller and destination: consul intention check <source> <destination> says whether it is allowed, and consul intention list (or the ServiceIntentions config entry) shows the rule; L7 intentions also deny by path, method or header. With the ACL default policy deny, a pair no intention allows is denied. The source is the service the caller’s sidecar is registered as, not a token it sends.',
  kuma: 'Find the MeshTrafficPermission that applies to the destination’s data plane (kumactl inspect dataplane <name> --type=policies, or the GUI’s policies tab) and allow the caller in it: its rules must match the caller’s kuma.io/service tag or SPIFFE ID, which mTLS must be on for the mesh to know. A mesh with restrictive defaults (the demo’s) allows nothing until a permission does.',
  noAllow:
    'No ALLOW policy matched this request, so the proxy denied it (“matched policy none”): the workload has ALLOW policies (Istio: AuthorizationPolicies with action ALLOW on it, its namespace or the root namespace) and none of their rules covers this caller, path and method. List them (kubectl get authorizationpolicy -A) and add or fix the rule that should allow it, comparing its principals (the caller’s mTLS identity), requestPrincipals (a JWT’s iss/sub), paths and methods with this request.',
} as const;
/** policy.deny's steps for Envoy's RBAC filter: the policy it named, or the mesh whose rules it enforced (checks/mesh-denial.ts). */
function envoyRbacSteps(a: CodeArgs['policy.deny']): string[] {
  if (a.rbacPolicy === ISTIO_BAD_CUSTOM) return [MESH_DENIAL_STEPS.badCustom];
  if (a.mesh === 'consul') return [MESH_DENIAL_STEPS.consul];
  if (a.mesh === 'kuma') return [MESH_DENIAL_STEPS.kuma];
  if (a.customPolicy === true)
    return [
      `The paste shows an AuthorizationPolicy with action CUSTOM: when Istio cannot use its provider, it answers “RBAC: access denied” to every request of the workload instead of asking the authorizer (the access log’s response code details then read rbac_access_denied_matched_policy[${ISTIO_BAD_CUSTOM}]). Check that the policy’s provider.name is an entry of meshConfig.extensionProviders of the right kind (envoyExtAuthzHttp for an HTTP authorizer such as oauth2-proxy), and read istiod’s log.`,
      ENVOY_RBAC_STEP,
    ];
  if (a.rbacPolicy === 'none') return [MESH_DENIAL_STEPS.noAllow];
  if (a.rbacPolicy !== undefined)
    return [
      `The proxy names the policy that denied it, ${q(a.rbacPolicy)} (Istio writes ns[<namespace>]-policy[<AuthorizationPolicy>]-rule[<index>]): read that rule (kubectl get authorizationpolicy <name> -n <namespace> -o yaml) and compare its principals, requestPrincipals, paths and methods with this request.`,
    ];
  return [ENVOY_RBAC_STEP];
}
/** policy.deny's detail after the denial: the policy Envoy named, or that none allowed it. */
const rbacNamed = (a: CodeArgs['policy.deny']) =>
  a.rbacPolicy === undefined
    ? ''
    : a.rbacPolicy === 'none'
      ? ': no ALLOW policy matched it'
      : `: the proxy names the policy ${q(a.rbacPolicy)}`;
/** proxy.gateway-response's step for a gateway whose own message was a policy denial. */
const gatewayPolicyStep = (product: string) =>
  `Look at ${product}’s own authorization rules for this route and caller (RBAC, ACL or access policies) and its access log, rather than the application’s: its message says one of them denied the request.`;
/** token.missing's ask, when the request is not in the paste, for it and the response's challenge and body. */
/** token.missing when the writer says a token was sent: the token itself tells why it was refused. */
/** An Auth Emulator's token verified by an Admin SDK not pointed at it (key.kid-missing, signature.invalid). */
const FIREBASE_EMULATOR_STEP =
  'If the client signed in against the Auth Emulator, start the server with FIREBASE_AUTH_EMULATOR_HOST set to the same emulator (e.g. localhost:9099); otherwise sign the client in against the real project.';
const PASTE_SENT_TOKEN =
  'Paste the token that was sent (signature masked) with the response’s WWW-Authenticate header and body: its exp, iss, aud and type (ID or access token) say why the verifier refused it.';
const PASTE_REQUEST_AND_CHALLENGE =
  'If the request carries a token, paste the request with the token’s signature masked, and the response’s WWW-Authenticate header and body.';
/** challenge.malformed's ask, for a challenge the paste cut, for the whole header and the body. */
const PASTE_WHOLE_CHALLENGE =
  'Paste the whole WWW-Authenticate header and the response’s body: the part the paste cut may hold the error and its description. If the header really ends there, fix the server or gateway that builds it.';
/** token.opaque's step for a Google access token: an ID token for the service's URL (Cloud Run, Cloud Functions, IAP). */
const SEND_GOOGLE_ID_TOKEN =
  'Send an ID token whose audience is the service’s URL instead: gcloud auth print-identity-token --audiences=<service URL> (not print-access-token, which gives this kind of token), google.oauth2.id_token.fetch_id_token(request, "<service URL>") in Python, idtoken.NewClient(ctx, "<service URL>") in Go, GoogleAuth().getIdTokenClient("<service URL>") in Node.';
/** proxy.gateway-response's first step for Google's front door refusing the caller: the same advice, for the front door. */
const FRONT_DOOR_ID_TOKEN =
  'Send an ID token, not an access token: gcloud auth print-identity-token --audiences=<the service’s URL> (in code, fetch_id_token(request, url) in Python, idtoken.NewClient(ctx, url) in Go, GoogleAuth().getIdTokenClient(url) in Node). gcloud auth print-access-token gives an access token, which this check refuses.';
/** challenge.invalid-token's step when no claims were read: the token, its signature masked. */
const PASTE_TOKEN_TO_CHECK =
  'Check the token’s exp, iss, aud and kid against what this API expects: paste the token (signature masked) and this report checks them.';
/** input.masked's step for a token masked whole: the same paste, with only its signature masked. */
const PASTE_SIGNATURE_MASKED =
  'Paste the token again with only its signature masked (header.payload.***): its header and claims are what the checks read, and without its signature it cannot be used.';
/**
 * Amazon ECR's refusal of the docker login it issued, once that login's authorization token has expired: its step is
 * a new login, not a refreshed bearer token. GetAuthorizationToken (docs.aws.amazon.com/AmazonECR/latest/APIReference/
 * API_GetAuthorizationToken.html): "The authorization token is valid for 12 hours", and the AWS CLI's get-login-password
 * gives it to docker login; awslabs/amazon-ecr-credential-helper fetches one for each docker command.
 */
const ECR_LOGIN_AGAIN =
  'Log in to the registry again: aws ecr get-login-password --region <region> | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com (Amazon ECR Public: aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws), as the user and on the host that pushes or pulls. The password docker login stores is an ECR authorization token, valid for 12 hours: a CI runner or a long-lived host must log in again before each job, or use the Amazon ECR credential helper (docker-credential-ecr-login), which gets a fresh token itself.';
/**
 * A token whose exp is 0, 1970-01-01: what minted it put 0 where it meant "no expiry" or never set the value (a default,
 * an unset variable), and every verifier reads 1970 as long past (RFC 7519 §4.1.4: NumericDate, seconds since the epoch).
 * A token from the same code comes out the same, so refreshing is no step (round sample-31).
 */
const EXP_ZERO = {
  title: 'The token’s exp is 0: it was minted already expired (1970)',
  detail:
    'exp is 0, 1970-01-01T00:00:00Z: what minted the token set exp to 0 (meaning "no expiry" to it, or a value it never filled in), and every verifier reads that as long expired. A new token from the same code or setting gets the same exp.',
  step: 'Fix the code or setting that mints the token: set exp to a time in the future (iat plus the token’s lifetime), or leave exp out where the API accepts tokens without one. Refreshing gets another token with exp 0.',
};
/**
 * Steps that give one advice in other words, each the words of another finding (a WWW-Authenticate without an error
 * and the verifier's "no token" both say: check that the request carries Authorization): a report says it once, in the
 * words of the finding ranked first (report.ts, NextSteps). A step in a group stands on its own, not on the one before.
 */
export const sameAdvice: readonly (readonly string[])[] = [
  [
    ATTACH_AUTHORIZATION[0] as string,
    ATTACH_DPOP[0] as string,
    LOOK_AT_REQUEST,
    LOOK_AT_CLIENT_REQUEST,
    LOOK_AT_REQUEST_BARE,
    LOOK_FOR_TOKEN,
    PLACEHOLDER_SENT,
  ],
  [ATTACH_AUTHORIZATION[1] as string, PROXIES_FORWARD, PROXIES_FORWARD_IF],
  // Both ask for the response's whole WWW-Authenticate header and its body: one paste gives both.
  [PASTE_REQUEST_AND_CHALLENGE, PASTE_WHOLE_CHALLENGE],
  // A bare `Bad credentials` body's step starts with challenge.missing's advice (find which server answered).
  [BAD_CREDENTIALS_BODY_STEP, FIND_ANSWERING_COMPONENT],
  // A denial Envoy (or a mesh on it), Cilium or Kong states is both policy.deny's (its product step) and the gateway's
  // (its policy step): one piece of advice, given in policy.deny's product words.
  [
    ENVOY_RBAC_STEP,
    gatewayPolicyStep('Envoy'),
    MESH_DENIAL_STEPS.badCustom,
    MESH_DENIAL_STEPS.consul,
    MESH_DENIAL_STEPS.kuma,
    MESH_DENIAL_STEPS.noAllow,
  ],
  [STATED_DENIAL_STEP.cilium as string, gatewayPolicyStep('Cilium')],
  [STATED_DENIAL_STEP.kong as string, gatewayPolicyStep('Kong')],
  [STATED_DENIAL_STEP['cloud-run'] as string, gatewayPolicyStep('Cloud Run')],
  // A Google access token sent to Cloud Run: token.opaque and the front door's refusal both say to send an ID token.
  [SEND_GOOGLE_ID_TOKEN, FRONT_DOOR_ID_TOKEN],
  // A token masked whole beside a refusal that names no cause: both ask for the token with its signature alone masked.
  [PASTE_TOKEN_TO_CHECK, PASTE_SIGNATURE_MASKED],
];
const LET_PREFLIGHT_THROUGH = [
  'Let OPTIONS requests through without authentication: answer the preflight before the auth check (in the app or the gateway), with Access-Control-Allow-Origin, Access-Control-Allow-Methods and Access-Control-Allow-Headers including Authorization.',
  'Then retry: the request after the preflight carries the token.',
];
/**
 * Where a refused CORS request's origin, method and headers are allowed, named for the framework or gateway the paste
 * shows (none shown: none named). Spring: spring-framework's CorsConfigurationSource and @CrossOrigin, and Spring
 * Security's http.cors() that puts its CorsFilter before authentication (docs.spring.io spring-security servlet
 * integrations/cors). ASP.NET Core: learn.microsoft.com aspnet/core/security/cors ("UseCors must be placed after
 * UseRouting and before UseAuthorization"; the middleware-order figure puts it before UseAuthentication). Express:
 * expressjs/cors README (origin, methods, allowedHeaders; app.options for preflight). API Gateway: docs.aws.amazon.com
 * apigateway how-to-cors-console (Enable CORS adds an OPTIONS method; redeploy) and http-api-cors (an HTTP API's CORS
 * configuration answers preflights itself).
 */
const CORS_WHERE: Record<CorsFramework | 'none', string> = {
  none: 'in the application, or the gateway in front of it',
  spring: 'Spring: a CorsConfigurationSource bean or @CrossOrigin',
  aspnetcore: 'ASP.NET Core: the policy AddCors defines, with WithOrigins, WithMethods and WithHeaders',
  express: 'Express: the cors middleware’s origin, methods and allowedHeaders options',
  'aws-apigateway':
    'API Gateway: Enable CORS on the REST API’s resource and deploy it again, or an HTTP API’s CORS configuration',
};
const corsFrameworkOf = (a: CodeArgs['request.cors-rejected']): CorsFramework | 'none' =>
  a.corsFramework ?? (a.via === 'spring-framework' ? 'spring' : 'none');
const CORS_BEFORE_AUTH: Record<CorsFramework | 'none', string> = {
  none: 'Let OPTIONS reach the CORS handler before any authentication, so the preflight is answered with Access-Control-Allow-Origin.',
  spring:
    'Let OPTIONS reach the CORS handler before any authentication (Spring Security: http.cors()), so the preflight is answered with Access-Control-Allow-Origin.',
  aspnetcore:
    'Call app.UseCors() after UseRouting and before UseAuthentication and UseAuthorization, so the preflight is answered with Access-Control-Allow-Origin before any authentication.',
  express:
    'Mount the cors middleware (app.use(cors({ … }))) before the authentication middleware, so the preflight is answered with Access-Control-Allow-Origin before any token is asked for.',
  'aws-apigateway':
    'Leave the OPTIONS method without an authorizer (Enable CORS adds one answered by a mock integration), so the preflight is answered with Access-Control-Allow-Origin.',
};
const PREFLIGHT_NOTE =
  'It is a CORS preflight (OPTIONS): browsers never send Authorization on one, so the server must not require it there.';
const SEND_EXACTLY = 'Send exactly "Authorization: Bearer <token>": one space, no quotes, no line breaks, one header.';
/** docs.splunk.com Data/FormateventsforHTTPEventCollector (the Authorization: Splunk header); the senders' token settings. */
const HEC_HEADER =
  'Send "Authorization: Splunk <token>" (the word Splunk, one space, the HEC token): give the sender the token in its HEC token setting (the Collector’s splunk_hec exporter token, Fluent Bit’s splunk_token, Vector’s default_token), which adds the scheme itself, rather than a raw Authorization header. curl -H "Authorization: Splunk <token>" https://<host>:8088/services/collector/event -d \'{"event":"test"}\' tests it.';

/**
 * Where GitLab's REST API reads a token (docs.gitlab.com/api/rest/authentication): access tokens in PRIVATE-TOKEN or as
 * Bearer, OAuth 2.0 tokens as Bearer, CI/CD job tokens in JOB-TOKEN.
 */
const GITLAB_HEADERS =
  'Send the token where GitLab reads it: a personal, project or group access token (glpat-…) in the PRIVATE-TOKEN header or as "Authorization: Bearer <token>", an OAuth 2.0 token as "Authorization: Bearer <token>", a CI/CD job token in JOB-TOKEN (curl --header "PRIVATE-TOKEN: <token>" "https://<host>/api/v4/…").';
/**
 * Where a package client keeps the user name and password it sends, scoped to the registry's URL: npm's auth settings
 * (docs.npmjs.com configuring-npm/npmrc, "Auth related configuration"), Maven's <server> entries (maven.apache.org
 * settings.html, "Servers": the id matches the repository's). Named only where the paste names the client.
 */
const BASIC_CLIENT_SETTINGS: Record<'npm' | 'maven', string> = {
  npm: 'npm: the registry’s _auth, or username and _password, in .npmrc under //host/path/:, which npm login --registry <url> writes',
  maven: 'Maven: the <server> in settings.xml whose id the repository names',
};
const basicCredentials = (clients: readonly ('npm' | 'maven')[] | undefined) =>
  `Check the user name and password the client is set to send to this host, and that they are scoped to the URL it calls${
    clients === undefined ? '' : ` (${clients.map((c) => BASIC_CLIENT_SETTINGS[c]).join('; ')})`
  }; then try them with curl -u <user> against the same URL.`;
/** firebase/firebase-functions src/common/providers/https.ts: checkTokens' log line names the token it refused. */
const FIREBASE_CALLABLE_REFUSED =
  'Send the signed-in user’s Firebase Auth ID token (user.getIdToken(), which refreshes it before its hour is up) as "Authorization: Bearer <ID token>", as the client SDK’s httpsCallable does; its aud must be this function’s Firebase project id. The function’s log says which token was refused: "Callable request verification failed: Auth token was rejected." or "… AppCheck token was rejected."';
/** distribution/distribution docs/spec/auth/token.md: the token request to the realm, then the retried request. */
const REGISTRY_TOKEN_EXCHANGE =
  'Look at what followed the 401: the client’s token request to the challenge’s realm (GET <realm>?service=<service>&scope=<scope>) and its answer, then the retried request with "Authorization: Bearer <token>". A 401 from the realm: the credentials the client sent it (docker login’s, in ~/.docker/config.json or its credential helper) are wrong; a token granted without the scope’s actions (push): the account lacks that access.';
const REGISTRY_LOGIN =
  'For the docker CLI, run docker login <registry host[:port]> again with the image’s exact host and retry; with curl, get the token yourself (curl -u <user> "<realm>?service=<service>&scope=<scope>") and send it as "Authorization: Bearer <token>".';
/**
 * REGISTRY_LOGIN for a registry client with a login of its own: crane auth login (go-containerregistry
 * cmd/crane/doc/crane_auth_login.md), cosign login (sigstore/cosign doc/cosign_login.md), trivy registry login or
 * TRIVY_USERNAME/TRIVY_PASSWORD (trivy.dev docs/advanced/private-registries).
 */
const REGISTRY_CLIENT_LOGIN: Record<RegistryClient, string> = {
  crane:
    'For crane, run crane auth login <registry host[:port]> -u <user> --password-stdin with the image’s exact host and retry (crane also reads the credentials docker login stored).',
  cosign:
    'For cosign, run cosign login <registry host[:port]> -u <user> --password-stdin with the image’s exact host and retry (cosign also reads the credentials docker login stored).',
  trivy:
    'For trivy, run trivy registry login --username <user> --password-stdin <registry host>, or set TRIVY_USERNAME and TRIVY_PASSWORD for the scan, and retry (trivy also reads the credentials docker login stored).',
  // helm.sh docs/helm/helm_registry_login (--registry-config, default ~/.config/helm/registry/config.json).
  helm: 'For helm, run helm registry login <registry host> -u <user> --password-stdin with the chart’s exact host (the one in oci://<host>/…) and retry; helm keeps that login in its registry config (--registry-config, HELM_REGISTRY_CONFIG), so run it as the user and in the environment that runs helm.',
};
const registryLogin = (client: RegistryClient | undefined): string =>
  client === undefined ? REGISTRY_LOGIN : REGISTRY_CLIENT_LOGIN[client];
/**
 * A registry's insufficient_scope after the token exchange (containerd's "push access denied, repository does not exist
 * or may require authorization: server message: insufficient_scope: authorization failed"): the token service granted a
 * token without the action (distribution docs/spec/auth/token.md: it grants what the account may do, dropping the rest).
 */
const registryScopeNote = (action: 'push' | 'pull' | 'unknown') =>
  `The registry refused the token its token service granted for this ${action === 'unknown' ? 'operation' : action}: the token does not carry ${action === 'unknown' ? 'the action' : `the ${action} action`} on the repository (scope repository:<name>:${action === 'unknown' ? '<actions>' : action}). The account lacks that permission on the repository, or the repository does not exist under that name (Docker Hub answers so for a missing one).`;
const registryScopeSteps = (action: 'push' | 'pull' | 'unknown') => [
  `Check the repository’s exact name (registry host, namespace, repository) and that the account the client logged in with (docker login, helm registry login; a robot account or access token) has ${action === 'unknown' ? 'the permission for this operation' : `${action} permission`} on it; on Docker Hub, that the namespace is that account’s or an organization it belongs to, and that an access token’s permissions include ${action === 'pull' ? 'read' : 'write'}.`,
  `Look at the token the token service granted: its request names scope=repository:<name>:${action === 'pull' ? 'pull' : 'push,pull'}, and the token’s access claim lists the actions actually granted; an action missing there is one the service would not give this account.`,
  'With a registry that takes its users from an identity provider (Harbor’s OIDC mode, Quay, Keycloak’s docker-v2 protocol): check that the provider maps the user or robot to the role, team or group that grants the action on this repository.',
];
const REGISTRY_TOKEN_SERVICE_ACCESS =
  'Check the scope the client asked for (scope=repository:<name>:<actions> in the token request’s URL) against what the account may do: on Docker Hub, that an access token’s permissions include write for a push and that the namespace is the account’s or its organization’s; elsewhere, the user’s or robot account’s permission on that repository.';
const REGISTRY_TOKEN_LIFETIME =
  'If it fails partway through a long push or pull, the token may have expired before the operation ended: raise the lifetime of the tokens the registry’s token service issues above the operation’s length.';
const GITLAB_CHECK_TOKEN =
  'Check the token against the same GitLab instance: curl --header "PRIVATE-TOKEN: <token>" "https://<host>/api/v4/personal_access_tokens/self" shows an access token’s expiry, scopes and whether it is revoked; a 401 there too means it is expired, revoked, mistyped or another instance’s: create a new one (User settings → Access tokens).';
const or = (items: readonly string[], f: Format) => f.list(items.map(q)).replace(/ and /g, ' or ');

/** "The token endpoint", naming who said it when a product did (a bare RFC 6749 body names none). */
const tokenEndpoint = (a: { via?: string }) =>
  a.via === undefined || a.via === 'response body'
    ? 'The token endpoint'
    : isClientReporter(a.via)
      ? `The token endpoint (as ${productName(a.via)} reports)`
      : `The token endpoint (${productName(a.via)})`;
const authorizationEndpoint = (a: { via?: string }) =>
  a.via === undefined || a.via === 'response body'
    ? 'The authorization endpoint'
    : `The authorization endpoint (${productName(a.via)})`;
/** The endpoint's own words, after a colon. */
const desc = (a: { description: string | null }) => (a.description === null ? '' : `: ${q(a.description)}`);

/**
 * Salesforce's token endpoint refusing the client (`invalid_client_id` "client identifier invalid", `invalid_client`
 * "invalid client credentials"): client_id is the connected app's Consumer Key, client_secret its Consumer Secret
 * (App Manager → View → Manage Consumer Details; docs.cloudera.com cfm nifi-salesforce, "the Consumer Key goes to the
 * Client ID property"), and a new app is not accepted at once (WSO2's Salesforce connector setup guide: "It may take
 * 2–10 minutes for the Connected App to become active after saving").
 */
/**
 * A password grant (RFC 6749 §4.3) refused with invalid_grant: the user's credentials, the account's state, or the
 * client's permission to use the grant (Keycloak's "Direct access grants", Auth0's Password grant type and default
 * directory, Entra ID's public client flows) decide, not a token.
 */
const PASSWORD_GRANT_STEPS = [
  'Check the username and password the client sends (the user’s login name or email as the identity provider expects it, the current password, no stray whitespace or encoding of special characters in the form body): sign in with the same ones in the provider’s own login page.',
  'Check the account: not locked after failed attempts, disabled, or asked to change its password or verify its email; a user who must complete MFA cannot use the password grant.',
  'Check that the identity provider allows the password grant for this client (Keycloak: Direct access grants; Auth0: the Password grant type and a default directory; Entra ID: public client flows, and not a federated account).',
];

/**
 * DocuSign's JWT grant (developers.docusign.com, "JWT Grant" and its errors): iss is the integration key, sub the user's
 * API user id (a GUID), aud account-d.docusign.com for the developer environment or account.docusign.com for production,
 * signed with an RSA keypair added to that integration key under Apps and Keys; issuer_not_found is an integration key
 * the environment does not have (a demo key sent to production: docusign/docusign-esign-php-client#187).
 */
const DOCUSIGN_ASSERTION_STEP =
  'DocuSign: check the assertion against Apps and Keys in the environment it is sent to: iss is the integration key, sub the user’s API user id (a GUID, not the email), aud account-d.docusign.com for the developer (demo) environment or account.docusign.com for production (a demo integration key is not found in production until it is promoted), and the RSA private key is one of the keypairs listed under that integration key. issuer_not_found is the integration key; no_valid_keys_or_signatures the keypair or the signing clock.';

/** A client's signed JWT assertion refused at the token endpoint (token.revoked's jwtAssertion), by which part failed. */
const JWT_ASSERTION: Record<JwtAssertionProblem, { title: string; detail: string; steps: string[] }> = {
  signature: {
    title: 'The token endpoint could not verify the JWT the client signed with its service-account key',
    detail:
      'the signature of the JWT the client signed to get an access token (the jwt-bearer grant, RFC 7523) does not verify against the service account’s active keys. No user token was revoked: the client’s key is the cause.',
    steps: [
      'Check that the key file’s key still exists and is enabled: gcloud iam service-accounts keys list --iam-account=<client_email> must list its private_key_id. A deleted, disabled or rotated key (or a secret store still holding an old key file) fails this way; if it is gone, create a new key and deploy the new file.',
      'Check that client_email and private_key come from the same key file: a new key with an old email, or another account’s email, fails the same way.',
      'Check the clock of the machine that signs the JWT (NTP): a clock hours off is refused with the same words.',
    ],
  },
  time: {
    title: 'The token endpoint refused the client’s signed JWT: its iat/exp are out of range (clock)',
    detail:
      'the JWT the client signed to get an access token (the jwt-bearer grant, RFC 7523) must be issued now, by the server’s clock, and live at most 60 minutes: its iat/exp are not. The signing machine’s clock is the usual cause. No user token was revoked.',
    steps: [
      'Sync the clock of the machine that signs the JWT (NTP, or the VM’s or container host’s time), then retry: iat must not be in the future and exp at most 60 minutes after iat, by Google’s clock.',
      'If the clock is right, check how the client sets iat and exp: seconds since the epoch (not milliseconds), exp − iat ≤ 3600.',
    ],
  },
  account: {
    title: 'The token endpoint does not know the service account that signed the JWT',
    detail:
      'the service account named in the JWT the client signed to get an access token (the key file’s client_email) does not exist or is disabled. No user token was revoked.',
    steps: [
      'Check that the service account exists and is enabled: gcloud iam service-accounts describe <client_email>. A deleted account can be undeleted for 30 days; after that, create a new account and key.',
      'Check that the client loads the key file you expect (GOOGLE_APPLICATION_CREDENTIALS, the mounted secret), not another project’s.',
    ],
  },
  lifetime: {
    title: 'The token endpoint refused the client’s signed JWT: its exp is outside the window it allows',
    detail:
      'the JWT the client signed to get an access token (the jwt-bearer grant, RFC 7523) has an exp the server does not accept by its own clock: already past, or further ahead than it allows (Box: 60 seconds). The signing machine’s clock, or the lifetime the client sets, is the cause. No user token was revoked.',
    steps: [
      'Sync the clock of the machine that signs the JWT (NTP, or the VM’s or container host’s time), then retry.',
      'Set exp as the provider requires, in seconds since the epoch from now: Box takes at most 60 seconds (its SDKs’ default is 30; a larger expirationTime is refused), with a new jti each time.',
    ],
  },
  format: {
    title: 'The token endpoint refused the client’s signed JWT: its exp is not a whole number of seconds',
    detail:
      'the JWT the client signed to get an access token (the jwt-bearer grant, RFC 7523) has an exp that is not an integer: a fraction (seconds computed as milliseconds / 1000 and not rounded) or a string. The client’s code is the cause, not its clock. No user token was revoked.',
    steps: [
      'Set exp (and iat) as whole seconds since the epoch, a JSON number without a fraction: Math.floor(Date.now() / 1000) + 30 in JavaScript, int(time.time()) + 30 in Python. Box takes exp at most 60 seconds ahead, with a new jti each time.',
    ],
  },
  consent: {
    title: 'The user the signed JWT names has not approved the client (or is not pre-authorized)',
    detail:
      'the JWT the client signed to get an access token for a user (the jwt-bearer grant, RFC 7523) names a user (its sub) who has not authorized this client, and no administrator pre-authorized it. No token was revoked: the client’s access for that user is missing.',
    steps: [
      'Salesforce: set the connected app’s Permitted Users to “Admin approved users are pre-authorized” and add the user’s profile or a permission set to the app (Setup → App Manager → the app → Manage), or have the user approve the app once through a web sign-in with the same consumer key.',
      'Check that sub is the user’s username in the org the request goes to (a sandbox user at test.salesforce.com, with aud https://test.salesforce.com), and iss the connected app’s consumer key.',
    ],
  },
  grant: {
    title: 'The token endpoint refused the client’s signed JWT assertion (jwt-bearer grant)',
    detail:
      'the JWT the client signed to get an access token (the jwt-bearer grant, RFC 7523) was not accepted: its signature, its iss, sub or aud, its iat/exp, or its jti. No user token was revoked.',
    steps: [
      'Check that the key signing the assertion is one the token endpoint holds for the client: not deleted, disabled or rotated away.',
      // box/box-node-sdk#138: Box's "Please check the 'jti' claim." for a jti used before, as a retry resends.
      'Check the assertion’s claims: iss and sub name the client (or the user it acts for), aud is the token endpoint’s URL, exp is within the lifetime the server allows after iat, jti is new for each assertion (a server that checks it, as Box does, refuses one used before, a retry’s too), and the signing machine’s clock is right.',
    ],
  },
};

/**
 * The workload identity provider's full resource name, as the token exchange's audience (Google STS): shared by its
 * invalid_target (no such provider) and invalid_request (no resource name at all) refusals.
 */
const WIF_PROVIDER_STEP =
  'Check the provider name the client sends (google-github-actions/auth’s workload_identity_provider, the credential configuration’s audience): the full “projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER”, with the project number, not its id, and the provider’s id, not the pool’s alone.';

/**
 * PayPal's token endpoint refusing a REST app's credentials (parse/verifier-messages/saas-apis.ts): each app has a
 * sandbox and a live client id and secret, accepted only by their own host (developer.paypal.com/api/rest,
 * "Get client ID and client secret"; paypal/PayPal-Ruby-SDK#296, paypal/PayPal-Java-SDK#373: a new secret fixed it).
 */
const PAYPAL_CLIENT =
  'Copy the client id and secret of the same REST app and mode (developer.paypal.com → Apps & Credentials, Sandbox or Live) and send them to that mode’s host: sandbox credentials to api-m.sandbox.paypal.com, live ones to api-m.paypal.com. If they match and are still refused, generate a new secret for the app and use it.';

const SALESFORCE_CLIENT =
  'Send the connected app’s (or external client app’s) Consumer Key as client_id and its Consumer Secret as client_secret, copied whole (Setup → App Manager → the app → View → Manage Consumer Details), to the login host of the org that holds the app. A newly created app takes up to 10 minutes to be accepted: wait, then retry before changing anything.';

/**
 * The Bot Framework SDK's "Invalid AppId passed on token" (parse/verifier-messages/business-platforms.ts): the Bot
 * Connector's token names in aud the app id it sent the activity for, and the SDK compares it with the bot's configured
 * MicrosoftAppId (botbuilder-js ChannelValidation.validateIdentity: credentials.isValidAppId(audClaim)); the names the
 * configuration keys take per SDK (MicrosoftAppId, BOT_ID, APP_ID) are the SDKs' own.
 */
const BOT_APP_ID_STEP =
  'Set the bot’s app id (MicrosoftAppId in appsettings.json or .env, APP_ID / BOT_ID in some templates) to the Microsoft App ID of the Azure Bot resource that sends it messages (Azure Bot → Configuration), with that app’s password and, for a single-tenant app, MicrosoftAppType SingleTenant and MicrosoftAppTenantId. An unset or misspelled setting leaves the SDK with no app id, which no token matches.';

/**
 * SAP's XSUAA validation (java-security's JwtAudienceValidator): the token's aud holds the client ids of the
 * applications whose scopes it carries (the xsappname prefixes) and its requester's; the validator accepts the client
 * ids of the xsuaa bindings it is configured with (SAP/cloud-security-services-integration-library#54, its
 * troubleshooting: "make sure, that the xs application name, your scopes are prefixed with, is provided").
 */
const XSUAA_AUDIENCE_STEP =
  'Request the token from the xsuaa service instance bound to this application (its clientid, from the binding’s credentials), or grant this application’s scopes to the caller’s xsuaa instance (“grant-as-authority-to-apps” or foreign-scope-references in xs-security.json) so that its client id is in the token’s aud; check that the application reads the binding it should (VCAP_SERVICES, or xsuaa.xsappname and xsuaa.clientid in local properties).';

/**
 * SAP BTP's application router refusing a route (parse/verifier-messages/business-platforms.ts): a route's scope in
 * xs-app.json is granted through a role collection assigned to the user, and the token carries it only from the next
 * login (SAP/cloud-security-services-integration-library#402: "the rolecollection that provides the scope has to be
 * assigned to the user that does the request. Furthermore you may have to clean the browser cache and provoke another
 * login").
 */
/**
 * Google APIs refusing a token without the method's scope ("Request had insufficient authentication scopes.",
 * ACCESS_TOKEN_SCOPE_INSUFFICIENT): each method's reference lists its Authorization scopes; a stored user token keeps the
 * scopes it was consented with until it is deleted and consented again (googleworkspace/php-samples#123, the quickstart's
 * token.json); a service account acting for users gets only the scopes its client ID is authorized for in the Admin
 * console's domain-wide delegation (support.google.com/a/answer/162106); Compute Engine's metadata credentials are
 * limited by the instance's access scopes (docs.cloud.google.com/compute/docs/access/service-accounts#accesscopesiam).
 */
const GOOGLE_SCOPE_STEP =
  'Find the scope this method needs in its API reference (the Authorization scopes it lists) and add it to the scopes the client requests. A stored token keeps the scopes it was granted: delete it (the quickstart’s token.json, a saved refresh token, gcloud auth application-default login --scopes=…) and consent again. A service account acting for a user (domain-wide delegation) needs the scope added to its client ID in the Admin console (Security › Access and data control › API controls › Domain-wide delegation); on Compute Engine, the VM’s access scopes limit its token too.';

/**
 * Figma's personal access tokens carry the scopes chosen when they are generated (developers.figma.com/docs/rest-api/
 * personal-access-tokens/: "Set the expiration and scopes for the token"); an OAuth app asks for them in its
 * authorization request (developers.figma.com/docs/rest-api/scopes).
 */
const FIGMA_SCOPE_STEP = (scopes: string) =>
  `Generate a new personal access token with ${scopes} selected (Figma → Settings → Security → Personal access tokens: a token’s scopes are fixed when it is generated) and send it instead; for an OAuth app, add the scope to the app and to its authorization request, and have the user authorize again.`;

const APPROUTER_SCOPE_STEP =
  'In the SAP BTP cockpit (the subaccount → Security → Users, or Role Collections), assign the user a role collection whose roles grant one of the scopes the route requires (xs-app.json’s route scope; $XSAPPNAME stands for the application’s xsappname), then log in again through the application router (end its session, or clear the browser’s cookies for it): the token carries the scopes it was issued with.';

/** Whose trust refused a federated token, by who said so (federation.no-match). */
type Trust = 'entra' | 'aws' | 'gcp' | 'vault' | 'other';
const trustOf = (via: string | undefined): Trust =>
  via === 'entra-id'
    ? 'entra'
    : via === 'aws-sts'
      ? 'aws'
      : via === 'gcp-sts'
        ? 'gcp'
        : via === 'vault'
          ? 'vault'
          : 'other';
const FEDERATION_TITLES: Record<Trust, string> = {
  entra: 'No federated identity credential of the app matches the token',
  aws: 'The role’s trust policy does not admit the token',
  gcp: 'The workload identity provider’s attribute condition rejects the token',
  vault: 'The Vault role’s bound claims do not match the token',
  other: 'The federation trust does not match the token',
};
/** How the platform that minted the token builds its sub (federation.no-match's `workload`). */
const SUBJECT_FORMS: Record<NonNullable<Workload>, string> = {
  'github-actions':
    'GitHub Actions’ sub is "repo:OWNER/REPO:ref:refs/heads/BRANCH", "repo:OWNER/REPO:environment:NAME" when the job names an environment, "repo:OWNER/REPO:pull_request" for a pull request: a renamed repository, a new environment or another branch changes it',
  'gitlab-ci':
    'GitLab CI’s sub is "project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH" (ref_type tag for a tag; a project may drop parts): a moved project, another branch or a tag changes it',
  kubernetes:
    'A Kubernetes service account token’s sub is "system:serviceaccount:NAMESPACE:NAME" and its iss the cluster’s own issuer: another namespace, service account or cluster changes them',
  other:
    'Compare the token’s sub, character for character, with the subject the trust names: the platform that minted it builds it from names (a repository and branch, a project, a service account), so a rename changes it',
};
/**
 * An EKS pod's IAM role (IRSA): the trust policy's aud condition names STS, not the cluster
 * (docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html: "<issuer>:aud": "sts.amazonaws.com").
 */
const IRSA_AUDIENCE =
  '; for an EKS pod’s IAM role (IRSA) the role’s trust policy must name the cluster’s OIDC provider as Principal, "<issuer>:sub" "system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT" of this pod’s service account and "<issuer>:aud" "sts.amazonaws.com"';
const FEDERATION_TRUSTS: Record<Trust, string> = {
  entra: 'The app’s federated identity credentials',
  aws: 'The IAM role’s trust policy',
  gcp: 'The workload identity provider’s attribute condition',
  vault: 'The Vault role’s bindings',
  other: 'The identity provider’s federation trust',
};
const FEDERATION_STEPS: Record<Trust, string> = {
  entra:
    'Compare the token’s iss, sub and aud with the app’s federated credentials (App registration or managed identity → Certificates & secrets → Federated credentials): issuer, subject identifier and audience (api://AzureADTokenExchange) must match exactly; add a credential for the new subject.',
  aws: 'Compare the token’s iss, sub and aud with the role’s trust policy: its Principal must be the IAM OIDC provider for the token’s issuer, and its Condition on <issuer>:sub and <issuer>:aud (StringEquals or StringLike) must hold for this token.',
  gcp: 'Compare the token’s claims with the provider’s attribute condition and attribute mapping (gcloud iam workload-identity-pools providers describe): the condition is a CEL expression on assertion.sub, assertion.repository and the like, and must be true for this token.',
  vault:
    'Compare the token’s sub and claims with the role’s bound_subject, bound_claims and bound_audiences (vault read auth/<mount>/role/<name>); for Kubernetes auth, the service account and namespace with bound_service_account_names and bound_service_account_namespaces.',
  other:
    'Compare the token’s iss, sub and aud with what the trust lists (the federated credential, the role’s trust conditions, the provider’s condition): each must match exactly.',
};

/**
 * Where each trust keeps the audiences it accepts: an IAM OIDC provider's client ID list (STS's "Incorrect token
 * audience", docs.aws.amazon.com/IAM/latest/APIReference/API_AddClientIDToOpenIDConnectProvider.html: "client ID (also
 * known as audience)"), a workload identity pool provider's allowed audiences (google.iam.v1 WorkloadIdentityPoolProvider
 * Oidc.allowed_audiences: empty means the provider's full resource name, with or without https:), a Vault role's
 * bound_audiences (vault-plugin-auth-jwt path_login.go: jwt.Expected{Audiences: role.BoundAudiences}).
 */
const FEDERATION_AUDIENCE_LISTS: Record<Trust, string> = {
  entra: 'no federated credential of the app names',
  aws: 'the IAM OIDC provider’s audiences (its client ID list) do not include',
  gcp: 'the workload identity pool provider’s allowed audiences do not include',
  vault: 'the Vault role’s bound_audiences do not include',
  other: 'the federation trust does not name',
};
/** Where the issuer is named: Vault compares iss with the mount's bound_issuer (path_login.go: config.BoundIssuer). */
const FEDERATION_ISSUER_LISTS: Record<Trust, string> = {
  entra: 'an issuer no federated credential of the app names',
  aws: 'an issuer the account has no IAM OIDC provider for',
  gcp: 'not the issuer URI of the workload identity pool provider',
  vault: 'not the bound_issuer of the Vault JWT auth mount',
  other: 'an issuer the federation trust does not name',
};

/**
 * A token exchange that found no federated credential for the token's issuer (AADSTS700211, "Please check your federated
 * identity credential Subject, Audience and Issuer against the presented assertion"): the app's credentials name the
 * issuers it trusts, so the step is there, not in an API's valid issuers. Vault's JWT auth compares iss with its
 * mount's bound_issuer (vault-plugin-auth-jwt path_login.go, jwt.Expected{Issuer: config.BoundIssuer}).
 */
function federationIssuerStep(v: string | undefined, iss: string | null): string {
  const issuer = iss === null ? 'the token’s iss' : q(iss);
  const trust = trustOf(v);
  return trust === 'entra'
    ? `Add a federated credential for this issuer to the app (App registration or managed identity → Certificates & secrets → Federated credentials) or fix the existing one: its issuer must be exactly ${issuer} (a cluster’s or CI platform’s OIDC issuer URL, trailing slash included), with the token’s subject and the audience api://AzureADTokenExchange. A token from another cluster or platform has another issuer and needs its own credential.`
    : trust === 'vault'
      ? `Compare ${issuer} with bound_issuer in the JWT auth mount’s config (vault read auth/<mount>/config): they must be the same string, trailing slash included. The mount’s oidc_discovery_url (or jwks_url) must be that issuer’s too, or its keys will not verify the token; a token from another cluster or CI platform needs its own mount.`
      : `Make the federation trust name the token’s issuer (${issuer}) exactly, or present a token from the issuer it names. ${FEDERATION_STEPS[trust]}`;
}

/**
 * The same for the audience (AADSTS700212): the credential names the one audience it accepts; an IAM OIDC provider,
 * a workload identity pool provider and a Vault role each keep a list (FEDERATION_AUDIENCE_LISTS).
 */
function federationAudienceStep(v: string | undefined, aud: string | null): string {
  const tokenAud = aud === null ? 'the token’s aud' : q(aud);
  switch (trustOf(v)) {
    case 'entra':
      return `Make the token’s aud${aud === null ? '' : ` (${q(aud)})`} and the federated credential’s audience the same string: request the workload’s token for the credential’s audience (api://AzureADTokenExchange unless the credential names another), or change the credential’s audience to the one the token carries.`;
    case 'aws':
      return `Compare ${tokenAud} with the audiences of the IAM OIDC provider for the token’s issuer (IAM → Identity providers, or aws iam get-open-id-connect-provider): add it (aws iam add-client-id-to-open-id-connect-provider --client-id …) or request the token for an audience the provider lists (GitHub Actions’ configure-aws-credentials asks for sts.amazonaws.com). The role’s trust policy condition on <issuer>:aud must name the same value.`;
    case 'gcp':
      return `Compare ${tokenAud} with the workload identity pool provider’s allowed audiences (gcloud iam workload-identity-pools providers describe): with none set, the token’s aud must be the provider’s full resource name, //iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER (with or without https: in front; the project number, not its id). Request the token for that audience, or add the token’s to --allowed-audiences.`;
    case 'vault':
      return `Compare ${tokenAud} with the role’s bound_audiences (vault read auth/<mount>/role/<name>): add it, or request the token for an audience the role lists (the CI job’s or service account token’s audience setting).`;
    default:
      return `Make the token’s aud${aud === null ? '' : ` (${q(aud)})`} and the audience the federation trust names the same. ${FEDERATION_STEPS.other}`;
  }
}

/** verifier.misconfigured for a product's own set-up (its `setup`): sources in checks/verifier-log.ts. */
type Setup = NonNullable<CodeArgs['verifier.misconfigured']['setup']>;
const SETUP_TITLES: Record<Setup, string> = {
  'aws-api-gateway-authorizer': 'API Gateway could not use its authorizer (AuthorizerConfigurationException)',
  'oidc-introspection-client': 'The identity provider refused the gateway’s own client at its introspection endpoint',
  'argocd-sso': 'Argo CD has no SSO configured, and the session token is an SSO one',
  'aws-oidc-thumbprint': 'The issuer’s TLS certificate matches none of the IAM OIDC provider’s thumbprints',
  'vault-kubernetes-host': 'Vault could not reach the Kubernetes API server to check the token',
  'authjs-session': 'Auth.js could not read the session cookie (JWTSessionError)',
  'authjs-session-callback': 'The app’s Auth.js jwt or session callback threw (JWTSessionError)',
  'envoy-requirement-name': 'Envoy’s JWT filter has no requirement by the name the route gives',
  'grafana-proxy-basic': 'Grafana refused the Basic credentials an authenticating proxy passed on, with no password',
  'wso2-key-manager': 'WSO2 API Manager’s gateway could not validate the token with its key manager (900900)',
  'envoy-ext-authz-error': 'Envoy’s ext_authz filter got no answer from its authorization service, and failed closed',
  'traefik-forward-auth-error': 'Traefik’s forwardAuth middleware could not call its authentication server',
};
const SETUP_DETAILS: Record<Setup, string> = {
  'aws-api-gateway-authorizer':
    'API Gateway answers 500 with x-amzn-ErrorType: AuthorizerConfigurationException when it cannot use the method’s authorizer: it could not invoke the Lambda function (no permission for API Gateway, or the authorizer’s credentials role), the function failed, or it returned something other than a principalId and a policyDocument (null, an HTTP response object, a malformed policy: "Could not parse policy"). The token was never judged, and every request through this authorizer fails the same way.',
  'oidc-introspection-client':
    'The gateway asks the identity provider’s introspection endpoint whether each token is active, authenticating as its own client, and the provider answered 401 or 403 (lua-resty-openidc: "response indicates failure, status=…"): it refused the gateway’s client_id and secret, or the way they are sent. A token it judges inactive comes back as 200 with active=false, so the token was never judged, and every request fails the same way.',
  'argocd-sso':
    'Argo CD’s API server refused a session token issued through SSO because its settings configure none (argocd-cm needs url with a dex.config, or an oidc.config): every SSO token fails the same way, whatever it holds.',
  'aws-oidc-thumbprint':
    'AWS STS fetched the issuer’s discovery document or keys over TLS, and the server certificate’s chain matches none of the thumbprints configured on the account’s IAM OIDC identity provider (the issuer rotated its certificate): every token from that issuer fails the same way.',
  'vault-kubernetes-host':
    'Vault’s Kubernetes auth method checks each login’s token with the cluster’s TokenReview API at its kubernetes_host, and that call got no answer (a timeout, a refused connection, a name that does not resolve, or a certificate its kubernetes_ca_cert does not trust): the token was never judged, and every login through this mount fails the same way.',
  'authjs-session':
    'Auth.js logs JWTSessionError when it cannot read a JWT session (session strategy "jwt"): decoding the session cookie failed, or the app’s jwt or session callback threw. It then deletes the cookie, so the user appears signed out. Most often the cookie was encrypted with another secret: AUTH_SECRET (NEXTAUTH_SECRET in next-auth v4) changed, differs between instances, or is not set. Its [auth][cause] line says which.',
  'authjs-session-callback':
    'Auth.js logs JWTSessionError for any error thrown while it reads a JWT session, and the [auth][cause] line here is not a decryption failure but an error of the app’s own code (a TypeError such as reading a property of undefined): the cookie was decrypted, and the app’s jwt or session callback failed on the token’s contents (a field set only at sign-in, or one that tokens issued before a change lack). Auth.js then deletes the session cookie, so the user appears signed out.',
  'envoy-requirement-name':
    'Envoy’s jwt_authn filter looks a route’s JWT requirement up by the name the route’s per-route config gives, and its requirement_map has none by that name: it answers 403 “Failed JWT authentication: Wrong requirement_name” to every request on the route before reading any token, so a valid token fails the same way.',
  'grafana-proxy-basic':
    'Grafana got an Authorization: Basic header whose password is empty and tried it as a login (“No password provided”): an authenticating proxy in front of it passes the signed-in user on as Basic credentials (oauth2-proxy’s pass_basic_auth, on by default), which is no Grafana password. Every request through the proxy fails the same way.',
  'wso2-key-manager':
    'WSO2 API Manager answers 900900 “Unclassified Authentication Failure”, usually on a 500 with “Error while accessing backend services for API key validation”, when its gateway could not validate the request with its key manager: the key manager (an external one’s connector or introspection settings, another key manager picked for the token, the key manager node down) failed or could not be reached. It names no fault of the token: a token it refused is 900901, a missing one 900902. Every request fails the same way until the key manager answers, though some external key managers’ errors on a bad token surface so too.',
  'envoy-ext-authz-error':
    'Envoy asks an external authorization service about every request (its ext_authz filter), and this time the call failed: the service was unreachable, timed out or answered 5xx. With failure_mode_allow off, Envoy answers the client itself, with status_on_error (403 by default), and logs ext_authz_error as the response code details. The service never judged the token, and every request fails the same way until it answers.',
  'traefik-forward-auth-error':
    'Traefik’s forwardAuth middleware sends each request to its authentication server’s address first, and that call failed (“Error calling <address>. Cause: …”: no address, a name that does not resolve, a refused connection, a TLS error). Traefik then answers 500 itself, before the application and before any token is judged: every request through the middleware fails the same way.',
};
const SETUP_STEPS: Record<Setup, string[]> = {
  // envoyproxy/envoy ext_authz.cc (RcDetailsValues::AuthzError), #32058 (its trace), #43257 (status_on_error).
  'envoy-ext-authz-error': [
    'Find the authorization service the ext_authz filter calls (its grpc_service or http_service cluster; Istio: the extensionProviders entry a CUSTOM AuthorizationPolicy names) and check it is up and reachable from the proxy: the cluster’s health and endpoints (istioctl proxy-config cluster / endpoint, or Envoy’s /clusters admin page), its timeout, and its own log for the same request.',
    'Until it answers, Envoy fails closed (status_on_error, 403 by default); failure_mode_allow: true would let requests through unchecked instead, so fix the service rather than the token.',
  ],
  // traefik/traefik pkg/middlewares/auth/forward.go; traefik/traefik#6124 (an empty address).
  'traefik-forward-auth-error': [
    'Check the middleware’s forwardAuth address (a full URL with http:// or https://, as Traefik itself resolves and reaches it) and call it from Traefik’s container (curl -i <address>); the “Cause:” in Traefik’s log says what failed: an empty or scheme-less address, DNS, a refused connection, TLS (tls.insecureSkipVerify or tls.ca for a private CA).',
  ],
  // wso2/product-apim#9286, #11544, #5076; wso2/api-manager#4227, #4612 (parse/verifier-messages/gateways.ts).
  'wso2-key-manager': [
    'Read the gateway’s log (wso2carbon.log, wso2-apigw-errors.log) for APIAuthenticationHandler’s “API authentication failure due to Unclassified Authentication Failure” and the exception under it: it names the key manager call that failed.',
    'In the Admin Portal’s Key Managers, check the key manager that issued the token: its introspection, token and JWKS endpoints and its client credentials (an external one: Keycloak, Okta, Auth0, ForgeRock), the token type or issuer that picks it when several are configured, and that the gateway reaches it; with the resident key manager, that its node is up.',
  ],
  // bitly/oauth2_proxy#205 and #339 (pass_user_headers), grafana/grafana#27251; Grafana's [auth.proxy] reads the user
  // from the header it names (header_name).
  'grafana-proxy-basic': [
    'Stop the proxy sending the user as Basic credentials (oauth2-proxy: --pass-basic-auth=false, with --pass-user-headers=true so that X-Forwarded-User and X-Forwarded-Email still go), or have it drop the Authorization header; then let Grafana’s [auth.proxy] (enabled = true, header_name = X-Forwarded-Email or X-Forwarded-User) take the user from that header.',
  ],
  // envoyproxy/envoy filter_config.cc (findPerRouteVerifier); envoyproxy/gateway#8313 (a new route's name not yet in the
  // listener's requirement_map, which a later push fixed).
  'envoy-requirement-name': [
    'The route’s JWT settings (its per-route requirement_name) name a requirement the listener’s jwt_authn filter does not hold in its requirement_map; the message lists those it holds. With Envoy Gateway or Istio, the proxy’s configuration is out of step with the route: check the SecurityPolicy’s (or RequestAuthentication’s) status and the controller’s log, and whether a retry a little later passes (a new route can reach the proxy before its filter config does). With your own Envoy configuration, add the name to requirement_map or fix the route’s requirement_name.',
  ],
  'oidc-introspection-client': [
    'Check the plugin’s client_id and client_secret against the client registered at the identity provider (Keycloak: a confidential client, its Credentials tab’s secret; the plugin’s realm and introspection_endpoint pointing at the same realm), and its token_endpoint_auth_method (client_secret_basic or client_secret_post) against what the client allows.',
    'Call the introspection endpoint yourself with those credentials (curl -u <client_id>:<secret> -d token=<a token> <introspection_endpoint>): a 401 there is the client, a 200 with "active": false the token.',
  ],
  'aws-api-gateway-authorizer': [
    'Run the authorizer from the API Gateway console (Authorizers → Test) with the same identity source: its execution log shows the function’s response ("Authorizer result body before parsing") and why API Gateway rejected it.',
    'Make the function return { principalId, policyDocument } (and context), or throw "Unauthorized" for a 401, never an HTTP response object; and check that API Gateway may invoke it (lambda:InvokeFunction for apigateway.amazonaws.com on the function, or the authorizer’s credentials role).',
  ],
  'argocd-sso': [
    'Configure SSO in the argocd-cm ConfigMap: url (Argo CD’s external URL) with dex.config (Dex’s connectors), or oidc.config (an existing OIDC provider’s issuer, clientID and clientSecret).',
    'If SSO was removed on purpose, sign in again with a local account (argocd login <server> --username <account>) instead of the old SSO session (argocd login --sso).',
  ],
  // nextauthjs/next-auth packages/core/src/lib/actions/session.ts and errors.ts (JWTSessionError), cited in
  // parse/verifier-messages/node.ts; AUTH_SECRET / NEXTAUTH_SECRET and the authjs.session-token cookie are Auth.js's names.
  'authjs-session': [
    'Check that AUTH_SECRET (NEXTAUTH_SECRET in next-auth v4) is set, the same on every instance and wherever sessions are read (the middleware too), and unchanged since the cookie was issued: a cookie encrypted with an old secret cannot be decrypted, and the user must sign in again.',
    'Read the [auth][cause] line Auth.js prints after it: JWEDecryptionFailed ("decryption operation failed") or JWEInvalid is the secret or a damaged cookie; another error (a TypeError) was thrown by the app’s jwt or session callback.',
  ],
  'authjs-session-callback': [
    'Fix the callback that the cause’s stack names (callbacks.jwt or callbacks.session in the Auth.js config): user, account and profile are passed to the jwt callback only at sign-in, and tokens issued before the callback changed lack the fields it now reads; guard them (token.user?.username).',
    'Then sign in again: Auth.js deleted the session cookie when the callback threw.',
  ],
  'aws-oidc-thumbprint': [
    'Update the IAM OIDC identity provider’s thumbprints to the issuer’s current certificate chain (IAM → Identity providers → the provider → Manage thumbprints, or aws iam update-open-id-connect-provider-thumbprint --open-id-connect-provider-arn <arn> --thumbprint-list <sha1> …; up to five), including the JWKS host’s when it serves another certificate.',
    'For GitHub Actions (token.actions.githubusercontent.com), AWS has verified GitHub’s certificate against its trusted root CAs since July 2023, not the thumbprints (GitHub’s changelog, 2023-06-27): check that the provider’s URL is exactly https://token.actions.githubusercontent.com.',
  ],
  'vault-kubernetes-host': [
    "Read the mount’s settings (vault read auth/<mount>/config): kubernetes_host must be the API server’s address as Vault reaches it. Vault inside the cluster can use https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT; Vault outside it needs the cluster’s external API endpoint (kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'), not kubernetes.default.svc.",
    'Open the network path from Vault to that address (firewall rules, a private cluster’s authorized networks, the port): a dial timeout or a refused connection is no token problem.',
    'For an x509 error, set kubernetes_ca_cert to the cluster’s CA certificate (PEM); unset, Vault uses the pod’s own CA only when it runs in that cluster (vault write auth/<mount>/config kubernetes_host=… kubernetes_ca_cert=@ca.crt).',
  ],
};

/** English words for every finding code. */
/** What to do when Supabase's verify_jwt check refused (proxy.gateway-response, and alg.not-allowed by its code). */
const SUPABASE_VERIFY_JWT_STEP =
  'Turn the platform check off for this function (verify_jwt = false under [functions.<name>] in supabase/config.toml, or supabase functions deploy <name> --no-verify-jwt) and verify the caller in the function’s own code (supabase.auth.getClaims(token), or the project’s JWKS); or, while the project still signs with its legacy JWT secret, send a user’s session token or the legacy anon key as the bearer token.';

/** Why Supabase's verify_jwt check refused (proxy.gateway-response's supabaseVerifyJwt). */
const EDGE_CHECK = {
  asymmetric:
    'Supabase’s platform check (verify_jwt) refused it before the function ran: it verifies only JWTs signed with the project’s legacy JWT secret (HS256), and this token is signed with an asymmetric key (the project’s new JWT signing keys).',
  'api-key':
    'Supabase’s platform check (verify_jwt) refused it before the function ran: the bearer token is one of the new API keys (sb_publishable_…, sb_secret_…), which are not JWTs, and the check verifies only JWTs signed with the project’s legacy JWT secret.',
  check:
    'Supabase’s platform check (verify_jwt) refused it before the function ran: it lets through only a JWT signed with the project’s legacy JWT secret (the legacy anon or service_role key, or a user’s session token while the project signs with that secret).',
} as const;

/**
 * request.csrf-rejected: how each framework's CSRF check is turned off for a stateless bearer-token API (its docs:
 * Spring Security's "CSRF" reference, DRF's "AJAX, CSRF & CORS", Laravel's "Preventing CSRF Requests", csurf's
 * README, Rails' ActionController::RequestForgeryProtection, ASP.NET Core's antiforgery article).
 */
const CSRF_API_STEP: Record<string, string> = {
  'spring-security':
    'For a stateless bearer-token API, turn CSRF off for it in the SecurityFilterChain: http.csrf(csrf -> csrf.disable()), or csrf.ignoringRequestMatchers("/api/**") when the same app also serves forms.',
  django:
    'For an API authenticated by a bearer token, exempt its views from Django’s CSRF check (csrf_exempt; Django REST framework views are exempt unless SessionAuthentication authenticates them).',
  'django-rest-framework':
    'Do not authenticate the API with SessionAuthentication: put your JWT authentication class first in DEFAULT_AUTHENTICATION_CLASSES (or alone on the API views); DRF checks CSRF only when a session cookie authenticated the request.',
  laravel:
    'Serve the API from routes/api.php (the api middleware group has no CSRF check), or list its URIs in the CSRF middleware’s $except (VerifyCsrfToken; validateCsrfTokens(except: …) in bootstrap/app.php since Laravel 11).',
  csurf: 'Mount csurf only on the routes that render and post forms, not on the router of the bearer-token API.',
  rails:
    'For the API controllers, use protect_from_forgery with: :null_session or skip_forgery_protection (ActionController::API has no forgery protection at all).',
  // Jenkins' CSRF protection (jenkins.io/doc/book/security/csrf-protection: API-token requests need no crumb since
  // 2.96; a crumb belongs to the web session that got it since 2.176.2).
  jenkins:
    'Authenticate the script with an API token (the user name and a token from the user’s Security page, as HTTP Basic): Jenkins asks no crumb of a request an API token authenticated.',
  // Atlassian's form token handling (developer.atlassian.com/server/jira/platform/form-token-handling; Confluence's
  // alike): X-Atlassian-Token: no-check.
  jira: 'Send X-Atlassian-Token: no-check with the request: Jira’s REST API skips its XSRF check for it, which a form or multipart POST (an attachment upload) otherwise fails.',
  confluence:
    'Send X-Atlassian-Token: no-check with the request: Confluence’s REST API skips its XSRF check for it, which a form or multipart POST (an attachment upload) otherwise fails.',
  // Nextcloud's OCS API (docs.nextcloud.com developer_manual client_apis/OCS: the OCS-APIRequest header).
  nextcloud:
    'Send OCS-APIRequest: true on every OCS API call (ocs/v1.php, ocs/v2.php), and send the script’s credentials as HTTP Basic without a browser session’s cookie: Nextcloud asks no CSRF token of such a request.',
  owncloud:
    'Send OCS-APIRequest: true on every OCS API call (ocs/v1.php, ocs/v2.php), and send the script’s credentials as HTTP Basic without a browser session’s cookie: ownCloud asks no CSRF token of such a request.',
  aspnetcore:
    'For an API endpoint authenticated by a bearer token, do not validate antiforgery: drop [ValidateAntiForgeryToken] / AutoValidateAntiforgeryToken for it, or mark it [IgnoreAntiforgeryToken] (minimal APIs: .DisableAntiforgery()).',
};

/** The next steps for an intermediary named by its product alone: where its own rule or setting is. */
const PRODUCT_STEPS: Readonly<Record<string, readonly string[]>> = {
  IIS: [
    'IIS’s own authentication refused the request before the application: for an API that reads bearer tokens, Anonymous Authentication must be enabled on the site (the app checks the token), and Windows or Basic Authentication on it answers a bearer token with this page and Negotiate/NTLM/Basic challenges. Check the site’s Authentication settings and the IIS log’s sub-status (401.1 bad credentials, 401.2 no method the server accepts).',
  ],
  'Apache httpd': [
    'Apache answered itself: its authentication (an AuthType with Require valid-user answers 401 and a Basic or other challenge) or its access rules (Require all denied, Require ip, file permissions: 403, AH01630 in error_log). Find the <Location>, <Directory> or .htaccess block for this path; a bearer-token API behind Apache needs the path left to the application (Require all granted), and PHP behind it needs CGIPassAuth On for the Authorization header to arrive.',
  ],
  'Cloudflare Access': [
    'Cloudflare Access refused the request before the origin: no policy of the application (its aud is in the page’s json_data) lets this caller in. A script needs a service token, sent as CF-Access-Client-Id and CF-Access-Client-Secret, that a Service Auth policy of the application includes; a browser needs a user the Allow policies include.',
    'Zero Trust → Logs → Access shows the decision for the ray id on the page.',
  ],
  'Vercel Deployment Protection': [
    'Vercel’s Deployment Protection answered with its sign-in page before the deployment ran: send the project’s Protection Bypass for Automation secret in the x-vercel-protection-bypass header (or query parameter), or call a domain the protection does not cover (Standard Protection leaves production custom domains public).',
  ],
  'AWS Lambda function URL': [
    'The function URL’s own authorization refused the request before the function ran. With auth type AWS_IAM it wants a SigV4-signed request (aws-sigv4 in curl, an AWS SDK signer, or CloudFront origin access control) from a principal the function’s resource policy allows: a bearer token is no IAM credential.',
    'Read the function’s resource policy (aws lambda get-policy --function-name <name>): since October 2025 a function URL needs both lambda:InvokeFunctionUrl and lambda:InvokeFunction there, even with auth type NONE (aws lambda get-function-url-config shows the auth type).',
  ],
  'AWS AppSync': [
    'AppSync’s authorization mode refused the request before any resolver ran: check which modes the API has (aws appsync get-graphql-api) and send what the mode wants: a Cognito user pool or OIDC JWT as the bare Authorization header value, an API key in x-api-key, a SigV4 signature for AWS_IAM, or the token your Lambda authorizer reads.',
  ],
  // Kong's jwt plugin matches the token to a Consumer's JWT credential by its iss (key_claim_name), verifies it with that
  // credential's algorithm and secret or rsa_public_key, and checks only claims_to_verify: it fetches no JWKS
  // (developer.konghq.com/plugins/jwt; Kong/kong kong/plugins/jwt/handler.lua).
  Kong: [
    'Look at Kong’s error log and the auth plugin on this route or service, not the application: Kong’s jwt plugin finds the Consumer’s JWT credential whose key equals the token’s iss claim (config.key_claim_name), verifies the signature with that credential’s algorithm and secret or rsa_public_key, and checks only the claims in config.claims_to_verify (exp, nbf); it fetches no JWKS. With the openid-connect plugin, compare its issuer and audience settings with the token’s.',
  ],
  // Authelia judges its own session cookie (a sign-in at its portal, at the level the matching access-control rule asks:
  // one_factor or two_factor), not the application's bearer token (authelia/authelia handler_authz_impl_*.go).
  Authelia: [
    'Authelia answered for the proxy in front: the request carried no Authelia session at the level the matching access_control rule asks (one_factor or two_factor). Sign in at Authelia’s portal (the redirect’s location) in the same browser, with the session cookie’s domain covering this host; a script or API client needs a rule with policy bypass for its path, or Authorization: Basic credentials where the authz endpoint allows them, not a bearer token.',
    'Authelia’s log line for the request names the rule it matched (at log level trace: "ACL HIT Position N … policy …") and the user it saw (<anonymous>: no session cookie arrived).',
  ],
  // IBM API Connect's "Cannot pass the security checks…" (parse/proxy-texts.ts): the operation's security requirements
  // (the API definition's `security` and securityDefinitions: a client ID in X-IBM-Client-Id, its secret, an OAuth
  // provider's token, basic auth), whichever failed, unsaid.
  'IBM API Connect': [
    'API Connect’s gateway refused the request for the operation’s security requirements, whichever failed: compare the request with the API definition’s security section (a client ID in X-IBM-Client-Id, and X-IBM-Client-Secret when it asks for one; an access token from the OAuth provider it names; basic auth), and check that the application is subscribed to a plan of the product that holds this API, in this catalog.',
    'The gateway says which requirement failed in the API’s analytics (API Manager → Analytics for the API call) or when called with its debug headers, as its message suggests.',
  ],
  // Application Gateway's own 403 page is the same for its WAF's block (Prevention mode) and for a request it refuses
  // itself (an h2c upgrade; Azure's Japanese support blog on HTTP/2 to a v2 listener): its logs tell them apart
  // (learn.microsoft.com web-application-firewall/ag/web-application-firewall-logs; dfe-analytical-services/
  // explore-education-statistics#5365, rule 913101 blocking a scripted User-Agent).
  'Azure Application Gateway': [
    'Read the gateway’s firewall log for this request (Log Analytics: AzureDiagnostics where Category == "ApplicationGatewayFirewallLog", or AGWFirewallLogs): a WAF rule in Prevention mode that matched a header, a cookie or the body (a scripted User-Agent, a token in the query or a JSON body tripping an injection rule) is fixed with an exclusion or a custom rule on the WAF policy, not in the token.',
    'With no firewall record, the access log (ApplicationGatewayAccessLog) shows whether a backend answered (serverStatus) or the gateway did; only then look at the application or an authorizer.',
  ],
  HAProxy: [
    'HAProxy answered itself: an http-request deny rule (403), an http-request auth or return rule, or no server to send the request to. Find the rule in haproxy.cfg for this frontend and backend (its ACLs on the path, source address, method or headers) and HAProxy’s log line for this request (termination state PR-- for a deny).',
  ],
};

/**
 * A gateway that checks a credential of its own kind (3scale APIcast: the application's user_key, app_id and app_key,
 * or its OpenID Connect token, as the product's Integration settings say): its reply's step is that credential's,
 * not an authorizer's JWT settings (a JWT may be no part of it).
 */
const GATEWAY_CREDENTIAL: Readonly<Record<string, NonJwtCredential>> = { '3scale APIcast': 'apicast-credentials' };

/** proxy.gateway-response's next steps: what the intermediary checked decides where to look. */
function gatewaySteps(a: CodeArgs['proxy.gateway-response']): string[] {
  if (a.notGrpc === true)
    return [
      'Check what sits in front of the gRPC server and read its log for this call: enable gRPC where it must be enabled (Cloudflare’s Network → gRPC setting), make sure it forwards HTTP/2 (h2, or h2c in plain text) to the backend with the call’s metadata, and that no WAF or access rule answers it.',
      'Call the gRPC server directly, past the proxy (grpcurl against the server’s own address), with the same token: if that works, the intermediary is what refused the call.',
    ];
  if (a.googleIam === true)
    return [
      FRONT_DOOR_ID_TOKEN,
      'Check that the caller’s identity holds roles/run.invoker on the service: gcloud run services get-iam-policy <service> --region <region> (Cloud Functions: gcloud functions get-iam-policy <function>). Or, if the service is meant to be public, allow unauthenticated invocations.',
      'The service’s request log says which: “The request was not authenticated” (no token, or one the check refused) or “The request was not authorized to invoke this service” (no invoker role).',
    ];
  // learn.microsoft.com, azure-functions/function-keys-how-to and functions-bindings-http-webhook-trigger (authLevel).
  if (a.functionKey === true)
    return [
      'Send the function’s key as the x-functions-key header or the code query parameter: its function key, or a host key (the master key for an Admin-level function). Get it from the portal (the function’s Function Keys, or Get function URL) or az functionapp function keys list -g <group> -n <app> --function-name <function>; a header named otherwise (x-api-key, Authorization) is not read.',
      'If the key was sent, check it is this app’s and still listed (keys are per function app and slot, and a regenerated key replaces the old one); or, if the function is protected otherwise (App Service authentication, API Management), set its authLevel to anonymous.',
    ];
  if (a.easyAuth === true)
    return [
      'App Service’s Authentication settings decide, not the app’s code: the identity provider’s Allowed token audiences must hold the token’s aud (the app registration’s client ID always counts; an Application ID URI such as api://… must be listed), and its Issuer URL must match the token’s iss (v1 https://sts.windows.net/<tenant>/ against v2 https://login.microsoftonline.com/<tenant>/v2.0).',
      'Compare those with the token’s aud and iss (paste it with its signature masked), and read App Service’s log stream with application logging on: the authentication module logs why it refused.',
    ];
  if (a.missingUserAgent === true)
    return [
      'Send a User-Agent header naming the client (GitHub asks for the app’s or the account’s name), then retry: only then does the token’s own answer show.',
    ];
  if (a.supabaseVerifyJwt !== undefined)
    return [
      SUPABASE_VERIFY_JWT_STEP,
      'Send new API keys (sb_publishable_…, sb_secret_…) in the apikey header, not in Authorization.',
    ];
  if (a.cognitoToken === 'access')
    return [
      'Either send the ID token, or give the method OAuth scopes (Method request → Authorization scopes; AuthorizationScopes in CloudFormation/SAM) and request the access token with one of them; redeploy the API after the change.',
    ];
  if (a.cognitoToken === 'id')
    return [
      'If the method has authorization scopes, send the access token, requested with one of them; if it has none, check that the authorizer names this token’s user pool and that the token is current.',
    ];
  if (a.apiKey)
    return [
      a.keyHeader === undefined
        ? `Send the API key ${a.product} expects, in the header or query parameter its key policy reads, and check that the key is active and subscribed to this API.`
        : `Send the subscription key in the ${a.keyHeader} header (${a.product}’s default name; the API’s settings may rename it), and check that the key belongs to an active subscription that covers this API.`,
      'Only then look at the token: it was not what the gateway refused.',
    ];
  // cloudflared access login saves an application token per hostname, valid for the application's session duration;
  // cloudflared access token -app=<URL> prints it (developers.cloudflare.com/cloudflare-one/tutorials/cli/,
  // cloudflare/cloudflared#1646's Cf-Access-Token).
  if (a.accessLogin === true && a.accessAppToken === true)
    return [
      'The request carried cloudflared’s application token (Cf-Access-Token, saved by cloudflared access login) and Cloudflare Access still sent it to its sign-in page: the token expired (it lasts the application’s session duration) or is another application’s. Run cloudflared access login <https://hostname> again for this hostname (cloudflared access token -app=<https://hostname> prints the token it holds), then retry.',
      'If a fresh login is redirected too, your identity is not allowed by the application’s policies: read Zero Trust → Logs → Access for the request.',
    ];
  if (a.accessLogin === true)
    return [
      'Cloudflare Access sent the request to its sign-in page before the origin: it carried no identity Access accepts. A script needs a service token, sent as CF-Access-Client-Id and CF-Access-Client-Secret (then the CF_Authorization cookie Access returns), that a Service Auth policy of the application includes: under an Allow policy a service token is sent to sign in as well.',
      'Check that the service token has not expired or been revoked (Zero Trust → Access → Service Auth → Service Tokens), and read Zero Trust → Logs → Access for the request.',
    ];
  // A copy: the report appends its later steps to the array it is given.
  if (a.policyDenial === true) return [gatewayPolicyStep(a.product)];
  if (a.unknownRoute === true)
    return [
      `Check that the stage’s latest deployment holds this resource and method (${a.product} serves what was last deployed: a change takes effect once the API is deployed again), and look at its execution log for the request, rather than its authorizer or JWT settings.`,
    ];
  if (a.externalAuth === true)
    return [
      'Read the log of the auth service the auth-url annotation names, for this request: it refused, and says why. Check that it got what it needs: ingress-nginx sends it the request’s headers (cookies, Authorization) but not its body, with the method auth-method sets.',
      'For browsers, set auth-signin so that a 401 becomes a redirect to sign in; to pass what the service learns to the application (a user header, an Authorization header it sets), list those headers in auth-response-headers.',
    ];
  // The ELBv2 API's onUnauthenticatedRequest ("deny - Return an HTTP 401 Unauthorized error") and ALB's JWT verification
  // (docs.aws.amazon.com, elasticloadbalancing listener-verify-jwt).
  if (a.albAuthAction === true)
    return [
      'Find the listener rule that matched the request (EC2 console → the load balancer → Listeners → rules): the ALB answered 401 itself, before any target saw the request.',
      'If the rule authenticates users (authenticate-oidc or authenticate-cognito) with On unauthenticated request set to deny, it answers 401 to every request without its own session cookie (AWSELBAuthSessionCookie by default): a bearer token counts for nothing there. Sign in through the ALB in a browser, or send API clients to a rule without that action (or set to allow) and verify their tokens in the application.',
      'If the rule verifies JWTs (its Verify token action), check the token against the rule: a signature from a key at its JWKS endpoint (RS256 only), its issuer as iss, an exp in the future, and any other claims it lists.',
    ];
  const own = GATEWAY_CREDENTIAL[a.product];
  const fixed = PRODUCT_STEPS[a.product] ?? (own === undefined ? undefined : [CREDENTIAL_STEP[own]]);
  if (fixed === undefined && a.ownSession === true)
    return [
      `${a.product} wanted its own sign-in, which the request did not carry or which failed (no session cookie, one it could not read, its exchange with the identity provider, its own checks at sign-in): sign in through ${a.product} again and read its log for the reason; check that its session cookie reaches this host (the cookie’s domain, SameSite, Secure over plain http) and, with several instances, that they share one cookie secret.`,
      `A script or API client cannot use ${a.product}’s browser sign-in: send a credential it accepts without one (a bearer token it is configured to verify, a route it lets through), or call the application directly.`,
    ];
  return fixed === undefined
    ? [
        a.basicOnly === true
          ? `Look at ${a.product}’s logs and the authorizer that checks the Basic user name and password (a Lambda authorizer, its user store) rather than the application’s: no token was sent for its JWT settings to judge.`
          : a.ownReply === true
            ? `Look at ${a.product}’s logs and authorizer/JWT configuration (issuer, audience, JWKS) rather than the application’s.`
            : // Named from headers it puts on every response it forwards: it may only have passed the answer on.
              `Look at ${a.product}’s log for this request, or compare the response with one from a direct request to the application, to see whether it answered or passed on the application’s answer; if it answered, check its authorizer/JWT configuration (issuer, audience, JWKS).`,
      ]
    : [...fixed];
}

const CSRF_BROWSER_STEP: Record<string, string> = {
  'spring-security':
    'For a browser app that signs in with cookies, send the token Spring expects: read the XSRF-TOKEN cookie (CookieCsrfTokenRepository) and send it back as the X-XSRF-TOKEN header, or the _csrf form field.',
  django:
    'For a browser app that signs in with cookies, send the csrftoken cookie’s value back as the X-CSRFToken header (or the csrfmiddlewaretoken form field), and list the page’s origin in CSRF_TRUSTED_ORIGINS.',
  'django-rest-framework':
    'For a browser app that signs in with a session, send the csrftoken cookie’s value back as the X-CSRFToken header on every POST, PUT, PATCH and DELETE.',
  laravel:
    'For a browser app (Sanctum’s SPA authentication), call /sanctum/csrf-cookie first and send the XSRF-TOKEN cookie back as the X-XSRF-TOKEN header (axios does it for you), or X-CSRF-TOKEN from the csrf-token meta tag.',
  csurf:
    'For the form routes, pass req.csrfToken() to the page and send it back as the _csrf field or the CSRF-Token / X-CSRF-Token header.',
  rails:
    'For a browser app, send the token from csrf_meta_tags back as the X-CSRF-Token header (Rails UJS and Turbo do it for you).',
  jenkins:
    'With a password or a browser session instead: GET /crumbIssuer/api/json with the same credentials, keep the session cookie its reply sets, and send its crumbRequestField header (Jenkins-Crumb: <crumb>) with the POST in that same session.',
  jira: 'A browser page’s own forms carry the atl_token Jira gave the page; a script has none, so it needs the header.',
  confluence:
    'A browser page’s own forms carry the atl_token Confluence gave the page; a script has none, so it needs the header.',
  nextcloud:
    'In a page of Nextcloud’s own, send the page’s request token (OC.requestToken) as the requesttoken header.',
  owncloud: 'In a page of ownCloud’s own, send the page’s request token (OC.requestToken) as the requesttoken header.',
  aspnetcore:
    'For a browser app, send the antiforgery request token with its cookie: the __RequestVerificationToken form field, or the RequestVerificationToken header for fetch.',
};

/** The title of a refused credential that is no JWT: the product's refusal of its own key, not a token's invalid_token. */
const CREDENTIAL_TITLE: Record<NonJwtCredential, string> = {
  'grafana-cloud-token': 'Grafana Cloud refused the access-policy token',
  'grafana-api-key': 'Grafana does not know the API key or service-account token',
  'consul-acl-token': 'Consul does not know the ACL token',
  'nomad-acl-token': 'Nomad does not know the ACL token',
  'nats-credentials': 'The NATS server refused the connection’s credentials',
  'mqtt-credentials': 'The MQTT broker refused the connection’s credentials (CONNACK)',
  'epic-access-token': 'Epic’s services refused the account’s access token (token_verification_failed)',
  'home-assistant-token': 'Home Assistant refused a client’s access token or login',
  'steam-session-ticket': 'The Steam Web API refused the player’s session ticket (Invalid ticket)',
  'azure-iot-hub-credentials': 'Azure IoT Hub refused the device’s or service’s credentials (IotHubUnauthorizedAccess)',
  'kintone-api-token': 'kintone refused the API token',
  'rakuten-rms-esa': 'Rakuten RMS refused the serviceSecret and licenseKey (ESA, ES01-01)',
  'kabu-station-api-password':
    'The kabu STATION API refused to issue a token (the app not logged in, or the API password)',
  'paypay-api-key': 'PayPay refused the request’s API key and secret (UNAUTHORIZED)',
  'kintone-password': 'kintone refused the login name and password',
  'freee-access-token': 'freee refused the access token',
  'backlog-api-key': 'Backlog refused the API key',
  'chatwork-api-token': 'Chatwork refused the API token',
  'tailscale-auth-key': 'Tailscale does not know the auth key',
  'openfga-preshared-key': 'OpenFGA refused the preshared key',
  'dapr-api-token': 'The Dapr sidecar refused the API token',
  'trivy-token': 'The Trivy server refused the client’s token',
  'teleport-login': 'Teleport refused the sign-in (user name, password or second factor)',
  'aws-access-key': 'AWS does not know the access key',
  'oci-api-key': 'OCI could not authenticate the request’s signing key (NotAuthenticated)',
  'npm-token': 'The registry refused npm’s token',
  'stripe-api-key': 'Stripe refused the API key',
  'openai-api-key': 'OpenAI refused the API key',
  'anthropic-api-key': 'Anthropic refused the API key',
  'openai-organization': 'OpenAI refused the organization the request names (OpenAI-Organization)',
  'azure-ai-services-key': 'Azure AI services refused the key, or it went to another resource’s endpoint',
  'azure-ai-services-token': 'Azure AI services refused the Microsoft Entra ID token',
  'cohere-api-key': 'Cohere refused the API key',
  'groq-api-key': 'Groq refused the API key',
  'openai-no-organization': 'OpenAI accepted no organization for the key’s account (no_organization)',
  'weaviate-credentials': 'Weaviate has no authentication set up for the credential the client sent',
  'pinecone-api-key': 'Pinecone refused the API key for this environment',
  'qdrant-api-key': 'Qdrant refused the API key',
  'meilisearch-key': 'Meilisearch refused the API key or tenant token',
  'typesense-api-key': 'Typesense refused the API key',
  'algolia-api-key': 'Algolia refused the application ID and API key',
  'libsql-auth-token': 'The libSQL server refused the database auth token (Turso)',
  'cockroachdb-jwt': 'CockroachDB refused the JWT for the SQL login',
  'etcd-auth-token': 'etcd refused the client’s auth token',
  'pulsar-token': 'The Pulsar broker refused the client’s authentication',
  'redis-password': 'Redis refused the AUTH user name and password',
  'upstash-redis-token': 'Upstash refused the Redis REST token',
  'heroku-api-key': 'Heroku refused the API key (its Platform API)',
  'railway-token': 'Railway refused the CLI’s token',
  'fly-api-token': 'Fly.io refused flyctl’s token',
  'twilio-credentials': 'Twilio refused the account credentials (20003)',
  'apicast-credentials': '3scale refused the application’s credentials (APIcast)',
  'pypi-token': 'The package index refused the upload credentials',
  'docker-hub-login': 'Docker Hub refused the login',
  'sendgrid-api-key': 'SendGrid refused the API key',
  'hugging-face-token': 'Hugging Face refused the access token',
  'cloudflare-api-token': 'Cloudflare refused the API token or key (10000)',
  'azure-storage-credentials': 'Azure Storage could not authenticate the request (AuthenticationFailed)',
  'google-api-key': 'Google refused the API key (API_KEY_INVALID)',
  'google-maps-api-key': 'Google Maps Platform refused the API key (not found, deleted or expired)',
  'mapbox-access-token': 'Mapbox refused the access token',
  'firebase-app-check-token': 'Firebase App Check refused the app’s attestation (its App Check token)',
  'firebase-app-verification': 'Firebase Authentication could not verify the app (Play Integrity, then reCAPTCHA)',
  'mapbox-secret-token': 'A secret Mapbox token (sk.) was given to Mapbox GL JS in the browser',
  'shopify-access-token': 'Shopify refused the access token or API key',
  'jira-api-token': 'Jira did not authenticate the request (email and API token)',
  'hubspot-access-token': 'HubSpot refused the credentials (INVALID_AUTHENTICATION)',
  'sentry-auth-token': 'Sentry refused the auth token',
  'datadog-keys': 'Datadog refused the API or application key (403 Forbidden)',
  'mailgun-api-key': 'Mailgun refused the API key (401 Forbidden)',
  'openweathermap-api-key': 'OpenWeatherMap refused the API key (appid)',
  'telegram-bot-token': 'The Telegram Bot API refused the bot token (401 Unauthorized)',
  'trello-credentials': 'Trello refused the API key or the token sent with it',
  'vonage-credentials': 'Vonage refused the credentials (its API key and secret, or the application’s JWT)',
  'github-token': 'GitHub does not recognise the token',
  'okta-api-token': 'Okta refused the token (E0000011)',
  'github-git-credentials': 'GitHub refused the credentials git sent',
  'gitlab-git-credentials': 'GitLab refused the credentials git sent (HTTP Basic: Access denied)',
  'git-https-credentials': 'The Git server refused the credentials git sent',
  'hasura-admin-secret': 'Hasura refused the admin secret (invalid x-hasura-admin-secret)',
  'parse-keys': 'Parse Server refused the application id or keys (unauthorized)',
  'nocodb-token': 'NocoDB did not accept the token (Unauthorized)',
  'parse-session-token': 'Parse Server refused the session token (209, invalid session token)',
  'vercel-token': 'Vercel refused the token',
  'boundary-auth-token': 'HashiCorp Boundary refused its auth token (Unauthenticated, or invalid token.)',
  'splunk-hec-token': 'Splunk’s HTTP Event Collector does not know the token (Invalid token, code 4)',
  'splunk-hec-token-disabled': 'Splunk’s HTTP Event Collector refused a disabled token (Token disabled, code 1)',
  'cloudfront-signed-url': 'CloudFront found no Key-Pair-Id in the signed URL or cookies',
  'datadog-agent-api-key': 'Datadog refused the Agent’s API key',
  'new-relic-license-key': 'New Relic refused the agent’s license key',
  'gh-cli-token': 'GitHub does not recognise the gh CLI’s token',
  'maven-repository-credentials': 'The Maven repository refused the build (401)',
  'nuget-feed-credentials': 'The NuGet feed refused the restore (401)',
  'databricks-token': 'Databricks refused the access token',
  'clickhouse-credentials': 'ClickHouse refused the user’s credentials (516 AUTHENTICATION_FAILED)',
  'rds-iam-token': 'PostgreSQL refused the password through PAM: on Amazon RDS, the IAM authentication token',
  'atlas-api-key': 'MongoDB Atlas refused the API key',
  'mongodb-credentials': 'MongoDB refused the connection’s credentials (AuthenticationFailed)',
  'dbt-cloud-token': 'dbt Cloud refused the API token',
  'airflow-api-credentials': 'Airflow’s REST API refused the credentials (401 Unauthenticated)',
  'snowflake-login': 'Snowflake refused the login (390100, incorrect username or password)',
  'elasticsearch-credentials': 'Elasticsearch refused the credentials (no realm accepted them)',
  'adyen-api-key': 'Adyen refused the API credential',
  'square-access-token': 'Square refused the access token',
  'braintree-api-keys': 'Braintree refused the API keys',
  'postmark-server-token': 'Postmark refused the Server API token',
  'plaid-api-keys': 'Plaid refused the client_id and secret',
  'bitbucket-credentials': 'Bitbucket refused the token or app password',
  'mattermost-token': 'Mattermost does not know the session or personal access token',
  'rocket-chat-token': 'Rocket.Chat found no login for the X-Auth-Token and X-User-Id it got',
  'nextcloud-credentials': 'Nextcloud or ownCloud refused the login name and password',
  'atlassian-credentials': 'Jira or Confluence refused the credentials it got (AUTHENTICATED_FAILED)',
  'portainer-token': 'Portainer could not verify the Bearer token as a JWT of its own',
  'sonarqube-token': 'SonarQube did not authenticate the scanner’s token',
  'atlassian-captcha': 'Jira or Confluence wants a CAPTCHA solved before it checks this login again',
  'artifactory-credentials': 'Artifactory refused the credentials (Bad credentials)',
  'metabase-credentials': 'Metabase found no session or API key it accepts',
  'stytch-project-credentials': 'Stytch refused the project ID and secret',
  'servicenow-credentials': 'ServiceNow refused the request’s credentials',
  'netsuite-credentials': 'NetSuite refused the login (Invalid login attempt)',
  'bot-app-credentials': 'The Bot Connector refused the bot’s own token',
  'spring-credentials': 'The server refused the credentials it got (Bad credentials)',
  'bad-credentials': 'The server refused the credentials it got (Bad credentials)',
  'bad-credentials-body': 'The server refused the credentials it got (Bad credentials)',
};
/** A refused credential that is no JWT (checks/credential-kind.ts): what it is, and what to check about it. */
const CREDENTIAL_DETAIL: Record<NonJwtCredential, string> = {
  'grafana-cloud-token':
    'The credential is a Grafana Cloud access-policy token with the stack’s instance ID, not a JWT: the pair is wrong, or the token was deleted or lacks the scope.',
  'grafana-api-key':
    'The credential is a Grafana API key or service-account token, not a JWT: Grafana does not know it.',
  'consul-acl-token':
    'The credential is a Consul ACL token’s SecretID, not a JWT: this datacenter has no token with it.',
  'nomad-acl-token': 'The credential is a Nomad ACL token’s SecretID, not a JWT: this region has no token with it.',
  'nats-credentials':
    'The NATS server accepted none of the connection’s credentials (a user JWT and nkey seed from a .creds file, an nkey, a token, or a user and password): they are not the ones it is configured for, or the user’s account is not trusted by its operator.',
  'epic-access-token':
    'Epic could not validate the access token the request carried (numericErrorCode 1031): it has expired, was ended when the account signed in elsewhere (launching the game signs in again), or was issued by another deployment or client than the service accepts.',
  'home-assistant-token':
    'Home Assistant logged a request whose credential it did not accept, from the address and client the line names: an access token the client got at sign-in and did not refresh (they last 30 minutes), a long-lived access token that was deleted or mistyped, or, when the requested URL is under /auth/login_flow, a wrong username or password at the login page. With ip_ban_enabled, repeated failures ban that address (login_attempts_threshold).',
  'steam-session-ticket':
    'The credential is a Steam session ticket, not a JWT: the bytes the game client got from Steam (GetAuthSessionTicket, or GetAuthTicketForWebApi) for this app, which a backend passes as hex to ISteamUserAuth/AuthenticateUserTicket. Steam did not accept it: it was not hex-encoded as is, was issued for another app id, was cancelled or already used, or was requested for another identity.',
  'azure-iot-hub-credentials':
    'Azure IoT Hub (or its Device Provisioning Service) could not authenticate what the client connected with: a SAS token signed with the device’s or a shared access policy’s key, an X.509 certificate, or a connection string’s key, none of them an OAuth token. The SAS token has expired, was signed with a key that is not the current one, names another hub or a device the hub does not have, or the certificate’s thumbprint is not the registered one; a hub whose public network access is disabled answers Unauthorized too.',
  'mqtt-credentials':
    'The MQTT broker refused the connection in its CONNACK: it accepted none of the CONNECT packet’s credentials (the username and password, where a JWT travels as the password when the broker authenticates with one, or the TLS client certificate), or its authorization refused the client.',
  'kintone-password':
    'The credential is a kintone login name and password (X-Cybozu-Authorization, the Base64 of login:password), not a JWT: kintone accepted neither. The login name or the password is wrong, the password was not sent, or the user has two-factor authentication on, which REST API password authentication does not allow.',
  'freee-access-token':
    'The credential is an access token freee issued (OAuth 2.0), looked up by freee, not a JWT it checks: it is expired (an access token lasts 6 hours), revoked, or not one of freee’s. freee answers expired_access_token for an invalid token as well as an expired one.',
  'backlog-api-key':
    'The credential is a Backlog API key (the apiKey parameter), not a JWT: the space did not accept it. The key is copied wrong, was deleted, or belongs to another space than the one in the URL.',
  // tailscale.com/kb/1085/auth-keys: auth keys expire (1 to 90 days), a one-off key registers one device, a revoked
  // key is gone; kb/1215/oauth-clients: an OAuth client's secret mints keys for automation instead.
  // openfga.dev/docs/getting-started/setup-openfga/configure-openfga#configuring-authentication: the server takes the
  // keys in OPENFGA_AUTHN_PRESHARED_KEYS (comma-separated) when OPENFGA_AUTHN_METHOD=preshared; the SDKs send one as
  // `Authorization: Bearer <key>` (credentials method api_token).
  'openfga-preshared-key':
    'The credential is an OpenFGA preshared key (an API token its SDKs send as Authorization: Bearer), not a JWT: the server compared it with the keys it was started with (OPENFGA_AUTHN_PRESHARED_KEYS, when OPENFGA_AUTHN_METHOD is preshared) and none matched. The client has another environment’s key, a rotated one, or a value with spaces or quotes around it.',
  // docs.dapr.io operations/security/api-token: DAPR_API_TOKEN (or the dapr.io/api-token-secret annotation) on the
  // sidecar; the SDKs read the same variable and send dapr-api-token.
  'dapr-api-token':
    'The credential is Dapr’s API token, a shared string the sidecar compares with its own (DAPR_API_TOKEN, or the secret named by the dapr.io/api-token-secret annotation), not a JWT: the app’s SDK sent a dapr-api-token that does not match it.',
  // aquasecurity/trivy pkg/rpc/server/listen.go (withToken): the server's --token against the Trivy-Token header.
  'trivy-token':
    'The credential is the Trivy server’s token, a shared string it compares with the Trivy-Token header each client sends (trivy server --token; trivy image --server … --token), not a JWT: the header was absent or did not match.',
  'tailscale-auth-key':
    'The credential is a Tailscale auth key (tskey-auth-…, given to tailscale up --auth-key, TS_AUTHKEY or tsnet’s AuthKey), not a JWT: the coordination server has no such key. It expired (auth keys last 1 to 90 days), was a one-off key a device already used, was revoked, belongs to another tailnet, or was copied wrong.',
  // Teleport answers one message for a wrong user name, password or second factor on purpose (lib/auth's
  // invalidUserPass2FError); SSO users sign in with tsh login --auth=<connector> (goteleport.com/docs, tsh reference).
  'teleport-login':
    'The credential is a Teleport local user’s sign-in (tsh login or the web UI: user name, password and second factor), not a token: the auth server refused it, and says the same whichever of the three was wrong. No certificate was issued.',
  'chatwork-api-token':
    'The credential is a Chatwork API token (the X-ChatWorkToken header), not a JWT: Chatwork did not accept it. It is copied wrong or cut, or was deleted or reissued.',
  'kintone-api-token':
    'The credential is a kintone API token (X-Cybozu-API-Token), not a JWT: it matches none the app has in effect. It was copied wrong or cut, deleted or regenerated, or generated without clicking "Update App" afterwards.',
  'rakuten-rms-esa':
    'The credential is the RMS WEB API’s ESA pair (Authorization: ESA base64(serviceSecret:licenseKey)), not a JWT: RMS did not accept it. The licenseKey is past its 90 days, was reissued (the old one stops working), the serviceSecret or licenseKey was copied wrong (a blank before or after counts), or the API the call uses is not set to 利用可能 for the app in RMS.',
  'kabu-station-api-password':
    'The credential is the API password set in the kabu STATION app, sent to its local token endpoint (POST /kabusapi/token), not a JWT. Code 4001007 (ログイン認証エラー) means the kabu STATION app is not logged in to the account, whatever the password: it logs out at its daily maintenance (about 6:00–6:30) and on a restart. Code 4001013 (トークン取得失敗) means the app is logged in but the API password is not the one set for this environment (production and verification have their own passwords and ports, 18080 and 18081).',
  'paypay-api-key':
    'The credential is PayPay’s API key and secret, which sign each request (an HMAC in the Authorization header, which the SDK builds), with the merchant id in X-ASSUME-MERCHANT: not a JWT. PayPay did not accept them: the key or secret is wrong or cut, the keys are the sandbox’s sent to production or the other way round, or the merchant id is not the one the keys belong to.',
  'oci-api-key':
    'The request is signed with an OCI API signing key (the SDK’s or CLI’s config profile: user and tenancy OCIDs, the key’s fingerprint, key_file), not a bearer token: OCI could not match it: the fingerprint is not one of that user’s API keys, key_file is not the private half of the key uploaded, the user or tenancy OCID is another’s (or another region’s or realm’s profile was read), or the request was not signed at all.',
  'aws-access-key':
    'The credential is an AWS access key that signs the request (SigV4), not a JWT: AWS has no record of the access key id, or the session token sent beside it does not belong to it.',
  'npm-token':
    'The credential is the registry token npm sent from .npmrc, not a JWT: the registry did not accept it (revoked, expired, meant for another registry, or an unexpanded variable).',
  'stripe-api-key':
    'The credential is a Stripe secret key, not a JWT: Stripe knows no such key (mistyped or cut, rolled or deleted, or from another account), or the key has expired (Stripe’s api_key_expired: a rolled key’s old value works only until the expiry chosen when it was rolled).',
  'openai-api-key':
    'The credential is an OpenAI API key, not a JWT: OpenAI does not accept it (cut or mistyped, revoked, or not the key the process was meant to read).',
  'anthropic-api-key':
    'The credential is an Anthropic API key sent in the x-api-key header, not a JWT: Anthropic does not accept it (cut or mistyped, disabled or deleted, or not the key the process was meant to read).',
  'openai-organization':
    'The API key was sent with an OpenAI-Organization header naming an organization the key does not belong to (mismatched_organization): the key itself may be sound; the organization id beside it is another’s, or the key is a project key of another organization.',
  'azure-ai-services-key':
    'The credential is the key of an Azure AI services resource (Azure OpenAI, Speech, Language, a Foundry resource), sent in the api-key or Ocp-Apim-Subscription-Key header, not a JWT: the resource the endpoint leads to does not accept it (another resource’s key, a regenerated key, an OpenAI platform key sent to Azure, or another resource’s or region’s endpoint).',
  'azure-ai-services-token':
    'The credential is a Microsoft Entra ID access token sent as Authorization: Bearer, and Azure AI services did not accept it: it expired, it was issued for another audience than the one the message names (https://cognitiveservices.azure.com for Azure OpenAI and Foundry), or a key was sent as a bearer token.',
  'cohere-api-key':
    'The credential is a Cohere API key, not a JWT: Cohere does not know it (cut or mistyped, deleted, or not the key the process was meant to read).',
  'groq-api-key':
    'The credential is a Groq API key (gsk_…), not a JWT: Groq does not know it (cut or mistyped, deleted, another provider’s key such as xAI’s, or not the key the process was meant to read).',
  'openai-no-organization':
    'The credential is an OpenAI API key, not a JWT, and OpenAI says the account it belongs to is a member of no organization: the account left or was removed from the organization the key was made in, or never joined one; every key of that account is refused the same way.',
  'weaviate-credentials':
    'The client sent a credential (an API key as Authorization: Bearer) to a Weaviate instance that has neither API-key authentication nor OIDC set up: Weaviate read it as an OIDC token it has no configuration for. This is no JWT of the paste’s; the instance’s authentication settings and the client’s disagree.',
  'pinecone-api-key':
    'The credential is a Pinecone API key, not a JWT: Pinecone says it is missing or not valid for the environment the client named (a key of another project or environment, a cut or placeholder key, or an environment setting that does not match the key’s project).',
  // qdrant/qdrant src/common/auth/mod.rs; qdrant.tech documentation/guides/security and cloud/authentication.
  'qdrant-api-key':
    'The credential is a Qdrant API key (sent in the api-key header or as a Bearer token), not a JWT of an identity provider’s: the instance compared it with its own keys (service.api_key, service.read_only_api_key) or, on Qdrant Cloud, with the cluster’s database API keys, and this one is none of them.',
  // meilisearch/meilisearch crates/meilisearch/src/extractors/authentication/mod.rs (ActionPolicy::authenticate);
  // meilisearch/meilisearch#2554 and #2638, meilisearch/meilisearch-js#1531, meilisearch/documentation#1542 and #3045.
  'meilisearch-key':
    'The credential is a Meilisearch API key, or a tenant token: a JWT the app signs with an API key, naming that key by its apiKeyUid. Meilisearch matched it to no key it holds that may do this: a key deleted or past its expiresAt, a key without the action or index asked for (a tenant token’s key needs search), a tenant token signed with something other than that key (its uid, another key, a key from before the master key changed), or a tenant token sent to a route other than search, which tenant tokens cannot use.',
  // typesense/typesense#80 and #476, typesense/typesense-js#70 (one message for a missing and a wrong key) and #341.
  'typesense-api-key':
    'The credential is a Typesense API key sent in x-typesense-api-key (or a scoped search key generated from one), not a JWT: Typesense says the same words for no key, a key it does not hold, a key whose actions or collections do not cover the request, and a scoped search key past its expires_at or generated from a parent key with other actions than documents:search.',
  // algolia/algoliasearch-client-javascript#594, #1157 and #1492; algolia/docsearch#1261.
  'algolia-api-key':
    'The credentials are an Algolia application ID and API key (or a secured API key generated from one), not a JWT: Algolia does not accept the two together. The key belongs to another application, was deleted or regenerated, does not cover this operation or index, or is a secured API key past its validUntil or generated from the Admin API key; a browser extension that rewrites x-algolia-application-id causes it too.',
  // tursodatabase/libsql libsql-server/src/auth/errors.rs; tursodatabase/turso-cli#632; docs.turso.tech/sdk/authorization
  // (tokens: invalidating rotates the signing keys; jwks: an auth provider's JWT with the claims template).
  'libsql-auth-token':
    'The credential is a libSQL auth token: a JWT the database’s (or its group’s) key signs, which the server checks with that key’s public half, or on Turso an auth provider’s JWT made with the organisation’s claims template and JWKS (turso org jwks). This one is not signed by a key the server accepts: a token of another database, group or organisation, one made before the database’s or group’s tokens were invalidated (turso db tokens invalidate, turso group tokens invalidate), a Turso Platform API token given in its place, or a token cut or mistyped.',
  // cockroachdb/cockroach pkg/ccl/jwtauthccl/authentication_jwt.go; cockroachlabs.com/docs, SSO for SQL.
  'cockroachdb-jwt':
    'The credential is a JWT sent as the SQL password with JWT authentication asked for (options=--crdb:jwt_auth_enabled=true): CockroachDB could not validate it against its cluster settings, server.jwt_authentication.jwks (or the issuer’s keys, fetched when jwks_auto_fetch is on), .issuers and .audience; its DETAIL, or the cluster’s client_authentication_failed event, names why.',
  // etcd-io/etcd api/v3rpc/rpctypes/error.go and server/auth; etcd-io/etcd#9629, #12088, #13134.
  'etcd-auth-token':
    'The credential is an etcd auth token, which the client got from its Authenticate call with a user name and password: a simple token (random, held in the member’s memory, gone after --auth-token-ttl, 300 s by default, or when the member restarts or is replaced) or a JWT token (signed with the key in --auth-token jwt,…, valid for its ttl). The member the request reached no longer holds or accepts it.',
  // apache/pulsar#14136, #6467 and #10816; pulsar.apache.org/docs, security-jwt.
  'pulsar-token':
    'The credential is the token a Pulsar client sends with AuthenticationToken (authParams token:…, or a file: or env: source), a JWT the broker’s AuthenticationProviderToken checks with tokenSecretKey or tokenPublicKey: it is missing, signed with another key, past its exp, or the broker has no authenticationProviders for it.',
  // redis/redis (AUTH: "WRONGPASS invalid username-password pair or user is disabled."); redis/node-redis#2857.
  'redis-password':
    'The credentials are the user name (default when none is given) and password the client sends with AUTH, not a JWT: the server knows no such pair, or the ACL user is disabled. On Upstash the password is the database’s token (the read-only token is the default_ro user’s).',
  // upstash/redis-js#711 and #335.
  'upstash-redis-token':
    'The credential is the token @upstash/redis sends to the database’s REST API, not a JWT: it is not this database’s REST token (UPSTASH_REDIS_REST_TOKEN), or it was cut (a trailing "=" is part of it), or it is another database’s.',
  // scala-vienna/scala-vienna-web#35, iterative/mlem#501; devcenter.heroku.com/articles/authentication.
  'heroku-api-key':
    'The credential is the Heroku API key or OAuth token the client sends to the Platform API (api.heroku.com), not a JWT: the HEROKU_API_KEY variable, or the token `heroku login` wrote to ~/.netrc. Heroku no longer accepts it: regenerated or revoked (a password change, an account moved), expired (a `heroku login` session lasts a limited time, and an authorization can be given an expiry), another account’s, or none at all where the tool expected one.',
  // railwayapp/cli#618, #699 and #768; docs.railway.com/guides/cli (tokens).
  'railway-token':
    'The credential is a Railway token, not a JWT the paste could judge: RAILWAY_TOKEN carries a project token (one project’s environment: deploys, logs, variables), RAILWAY_API_TOKEN an account or team token; a browser login (`railway login`) is used when neither is set. The API refused it: revoked or mistyped, expired (the CLI refreshes a login session), or of the wrong kind for the command (a project token for account commands, a team token for `railway whoami`, which reads the user).',
  // superfly/flyctl#4261; fly.io/docs/flyctl/integrating (authentication for automation).
  'fly-api-token':
    'The credential is the Fly.io token flyctl sends (FLY_API_TOKEN or FLY_ACCESS_TOKEN when set, else the one `fly auth login` saved), not a JWT the paste could judge: a macaroon token from `fly tokens create`, or a user’s login token. The API refused it: expired or revoked, a stale token in FLY_API_TOKEN or FLY_ACCESS_TOKEN, which wins over a fresh `fly auth login`, or a token scoped to one app or organization used for another (a deploy token cannot read the current user).',
  'twilio-credentials':
    'The credentials are a Twilio Account SID and Auth Token (or an API key SID and secret), sent as HTTP basic auth, not a JWT: Twilio does not accept the pair.',
  'apicast-credentials':
    'The credential is the one the 3scale product’s Authentication settings name (an API key sent as user_key, an App ID and App Key pair, or an OpenID Connect access token), where those settings say it goes (a query parameter, a header, Authorization): APIcast found no application of this product it belongs to (mistyped or cut, another environment’s, an application suspended or on a plan without this product), or the token failed its OpenID Connect check.',
  'pypi-token':
    'The credential is the username and password twine sent to the package index (for an API token, __token__ and the pypi-… token), not a JWT: the index did not accept them.',
  'docker-hub-login':
    'The credentials are the Docker ID and password (or personal access token) the client sent to Docker Hub, not a JWT: Docker Hub did not accept them.',
  'sendgrid-api-key':
    'The credential is a SendGrid API key (SG.…), not a JWT: SendGrid does not accept it (deleted, cut or mistyped, or the key’s ID sent in its place).',
  'hugging-face-token':
    'The credential is a Hugging Face access token (hf_…), not a JWT: the Hub does not know it (deleted, cut or mistyped, or an old token still saved on the machine).',
  'cloudflare-api-token':
    'The credential is a Cloudflare API token (or the Global API Key with its email), not a JWT: Cloudflare did not accept it for this call (invalid or rolled, or without the permission or zone the call needs).',
  'azure-storage-credentials':
    'Azure Storage did not accept the request’s credentials: most often a Shared Key signature made with the storage account’s key, or a SAS, that does not match the one it computed (a wrong or regenerated key, an expired SAS); its AuthenticationErrorDetail names the reason.',
  'shopify-access-token':
    'The credential is a Shopify Admin API access token (or a private app’s API key and password), not a JWT: the store did not accept it (another store’s, revoked, or the app’s API key or client secret sent where the token belongs).',
  'jira-api-token':
    'The credentials are a Jira Cloud account’s email and API token sent as basic auth, not a JWT: Jira did not accept them and answered as to an anonymous client (the account password where the API token belongs, another account’s email, a revoked token, or none sent).',
  'hubspot-access-token':
    'The credential is a HubSpot private app access token (pat-…), an OAuth access token or a developer API key, not a JWT: HubSpot found none it accepts for this API (cut or revoked, “Bearer” sent twice, or a kind of credential this API does not take).',
  'sentry-auth-token':
    'The credential is a Sentry auth token (an organization or user token), not a JWT: the Sentry server asked does not know it (cut or revoked, or a token of another Sentry: sentry.io against a self-hosted one, or the other way).',
  'mailgun-api-key':
    'The credential is a Mailgun API key sent as HTTP Basic (user name "api", the key as the password), not a JWT: the Mailgun API host that answered does not accept it. A key is its region’s: an EU-region account’s key is refused by api.mailgun.net, the US host, which clients use unless told otherwise.',
  'telegram-bot-token':
    'The credential is the bot’s token as @BotFather issued it (<bot id>:<secret>, in the URL https://api.telegram.org/bot<token>/<method>), not a JWT: the Telegram Bot API answers 401 Unauthorized only for a token it does not accept: mistyped or cut (a missing first digit, a stray space or quote), revoked with @BotFather’s /revoke, or sent to a local Bot API server that was not started with the same bot.',
  'vonage-credentials':
    'The credentials are Vonage’s own, checked by Vonage: the account’s API key and secret (Basic auth, or api_key and api_secret) on the SMS, Number Insight and Account APIs, and on the Voice and Messages APIs a JWT the client signs with the Vonage application’s private key (its application_id claim names the application). A key and secret of another account, a private key that is not the application’s, or an application without the Voice capability are refused alike.',
  'trello-credentials':
    'The credentials are Trello’s two query parameters, not a JWT: key, the API key of the app (its Power-Up’s API key page), and token, a user’s token authorizing that key. Trello’s plain-text 401 names the one it refused: “invalid key” (a key that is not one, or empty), “invalid token” (a token of another key, expired or revoked, or the app’s OAuth secret sent as the token).',
  'openweathermap-api-key':
    'The credential is an OpenWeatherMap API key sent as the appid query parameter, not a JWT: OpenWeatherMap answers 401 Invalid API key when appid is missing or empty, mistyped, not yet active (a new key can take a couple of hours), or without access to this API under the account’s plan.',
  'datadog-keys':
    'The credentials are a Datadog API key (DD-API-KEY) and, for most calls, an application key (DD-APPLICATION-KEY), not a JWT: Datadog refused them (a wrong or revoked key, a key of another site such as datadoghq.eu, or an application key without the scope this call needs).',
  'firebase-app-verification':
    'Before phone sign-in sends a code, Firebase Authentication checks that the request comes from your Android app: a Play Integrity token matched against the app’s SHA-256 fingerprint registered in the Firebase project, then a reCAPTCHA as the fallback. Both failed, so no code was sent and no token exists yet: the app’s registration, not a token, is what to fix.',
  'firebase-app-check-token':
    'The credential refused is the App Check token (X-Firebase-AppCheck), which proves the request comes from your genuine app (it is not the user’s ID token): the app sent none or a placeholder (its attestation provider failed: Play Integrity, App Attest, reCAPTCHA), sent a raw debug token (not exchanged, or not registered in the Firebase console), or a token of another Firebase project or app.',
  'mapbox-access-token':
    'The credential is a Mapbox access token (pk. public, sk. secret), not a JWT a verifier checks: Mapbox does not accept it (deleted, an old default public token after it was refreshed, cut or mistyped, or a placeholder still in the page).',
  'mapbox-secret-token':
    'Mapbox GL JS refused to use a secret token (sk.) and sent nothing: secret tokens are for servers only. The page (or its settings, such as Superset’s MAPBOX_API_KEY) holds the secret token, so anyone who loaded it may have it.',
  'google-maps-api-key':
    'The credential is a Google API key (AIza…), not a JWT: Google Maps Platform does not find it or it has expired (InvalidKeyMapError, ExpiredKeyMapError, “The provided API key is invalid.”): a key cut or mistyped, deleted, of another project, or a placeholder the page still carries.',
  'google-api-key':
    'The credential is a Google API key (AIza…), not a JWT: Google does not know it (cut or mistyped, deleted, or not the key the process was meant to read).',
  'github-token':
    'The credential is a GitHub token (a personal access token, an OAuth app’s or an app installation’s), not a JWT: GitHub does not accept it (cut or mistyped, expired or revoked, or an OAuth authorization code sent in its place).',
  'okta-api-token':
    'Okta’s API did not accept the token it was sent ("Invalid token provided"): most often an Okta API token, an opaque string Okta looks up (not a JWT), that is revoked, of another Okta org, or sent with another scheme than SSWS; or an OAuth 2.0 access token for Okta’s APIs that is expired or not for this org.',
  'github-git-credentials':
    'The credentials are the user name and password (or token) git sent over HTTPS from its credential helper or prompt, not a JWT: GitHub takes no account password for Git operations, only a personal access token, an OAuth or GitHub App token, or SSH, and refuses a token that is expired, revoked, mistyped or without access to the repository the same way.',
  'gitlab-git-credentials':
    'The credentials are the user name and password (or token) git sent over HTTPS from its credential helper or prompt, not a JWT: GitLab did not accept them (a wrong password or token, or an account with two-factor authentication or SSO, which must use an access token instead of its password).',
  'git-https-credentials':
    'The credentials are the user name and password (or token) git sent over HTTPS from its credential helper or prompt, not a JWT: the server did not accept them (wrong, expired or revoked, a password where the host requires a token, or a stale credential the helper keeps sending).',
  'hasura-admin-secret':
    'The credential is Hasura’s admin secret, sent in x-hasura-admin-secret, not a JWT: Hasura compares it with the HASURA_GRAPHQL_ADMIN_SECRET it runs with, and it differs (another environment’s secret, a value the shell, YAML or a .env file changed, or a client that sends a stale one).',
  'parse-keys':
    'The credentials are Parse Server’s application id and keys (X-Parse-Application-Id with X-Parse-REST-API-Key, X-Parse-JavaScript-Key or X-Parse-Client-Key, or X-Parse-Master-Key), not a JWT: Parse Server answers 403 {"error":"unauthorized"} when the application id is not one it runs, when a key differs from the one it is configured with, or when a master key comes from an IP outside masterKeyIps.',
  'nocodb-token':
    'The credential is NocoDB’s own: an API token in xc-token, or a sign-in’s auth token in xc-auth, not a bearer token in Authorization. NocoDB found no user it accepts for the request: no such header, an API token that was deleted or belongs to another instance, or an auth token past its lifetime (NC_JWT_EXPIRES_IN, 10 hours by default). It answers the same to a user the base is not shared with (nocodb/nocodb#7272).',
  'parse-session-token':
    'The credential is a Parse session token (r:…, sent in X-Parse-Session-Token or by the SDK for its current user), not a JWT: Parse Server looks it up in its _Session class and found no live session for it. The user logged out or was deleted, the session expired (sessionLength, a year by default) or was revoked, or the token comes from another Parse Server or app (a restored database, an app reinstalled with a cached user).',
  'vercel-token':
    'The credential is a Vercel access token (the CLI’s own login, or the --token / VERCEL_TOKEN it was given), not a JWT: Vercel does not accept it (expired, deleted, or made for another account or team).',
  'boundary-auth-token':
    'The credential is Boundary’s own auth token (at_…, from boundary authenticate), not a JWT: the controller has no session for it (expired past its time-to-live or idle time, logged out or deleted, or issued by another Boundary cluster than BOUNDARY_ADDR names).',
  'splunk-hec-token':
    'The credential is an HTTP Event Collector token (a GUID sent as "Authorization: Splunk <token>"), not a JWT: this Splunk instance has no such token (mistyped or cut, deleted, or created on another instance or Splunk Cloud stack, or, behind a load balancer, on an indexer that does not hold it).',
  'splunk-hec-token-disabled':
    'The credential is an HTTP Event Collector token (a GUID sent as "Authorization: Splunk <token>"), not a JWT: Splunk knows it, and it is disabled (the token’s own state, or HEC’s "All Tokens" turned off in its Global Settings).',
  'cloudfront-signed-url':
    'CloudFront serves this path only with a signed URL (its Expires or Policy, Signature and Key-Pair-Id query parameters) or signed cookies (CloudFront-Expires or CloudFront-Policy, CloudFront-Signature, CloudFront-Key-Pair-Id), and the request carried no Key-Pair-Id: the URL reached it without its query (a link or a player that requests further files by their bare URLs, a redirect), the cookies were not sent (set for another domain, or not sent cross-site), or the signer left the parameter out. The credential is the URL’s or cookie’s signature, not a bearer token.',
  'datadog-agent-api-key':
    'The credential is the Agent’s Datadog API key (api_key in datadog.yaml, DD_API_KEY), not a JWT: the Agent’s forwarder says so of every 403 its intake answers, and its status page and health check of a key its site’s validation refuses; most often a key Datadog does not know for the site the Agent sends to (a key of another site such as datadoghq.eu or ddog-gov.com, a revoked key, an application key in its place), and sometimes a proxy or pipeline in front of the intake that answered 403 itself.',
  'new-relic-license-key':
    'The credential is the agent’s New Relic license key (license_key, NEW_RELIC_LICENSE_KEY), an ingest key of one account, not a JWT: New Relic’s collector does not accept it (mistyped or cut, still the config’s placeholder, a key of another account, or a user key (NRAK-…) in its place).',
  'maven-repository-credentials':
    'The credentials are the <server> entry of Maven’s settings.xml whose <id> is the repository’s, not a JWT: the repository answered 401 because none was sent (no <server> with that exact id, so Maven sent nothing) or it refused them (a wrong password, an expired or revoked token, or an account password where the repository wants a token).',
  'nuget-feed-credentials':
    'The credentials are those NuGet sends to the package source (its packageSourceCredentials in nuget.config, or a credential provider’s), not a JWT: the feed answered 401 because none was sent (no credentials for this source, or a credential provider not installed or not allowed to prompt) or it refused them (an expired or revoked personal access token).',
  'databricks-token':
    'The credential is a Databricks personal access token (dapi…) or an OAuth or Microsoft Entra ID token for the workspace, which Databricks looks up; it answers 403, not 401, to one it does not accept: expired (a PAT’s lifetime, an Entra ID token’s hour), revoked, created in another workspace, or its user or service principal removed from the workspace.',
  'clickhouse-credentials':
    'The credential is a ClickHouse user and its password (clickhouse-client’s --user and --password, the HTTP interface’s X-ClickHouse-User and X-ClickHouse-Key or Basic credentials), not a JWT: the password is wrong, the user does not exist, or the user may not connect from this address (its HOST restriction answers the same).',
  'rds-iam-token':
    'On Amazon RDS and Aurora, PostgreSQL checks an IAM authentication token (from aws rds generate-db-auth-token: a presigned request, not a JWT) through PAM, and refuses one older than 15 minutes, one generated for another host name, port, region or user than the connection’s, one signed by credentials whose IAM policy lacks rds-db:connect on that database user, or any token when the user is not granted rds_iam. A server with PAM authentication of its own refuses a password in the same words.',
  'atlas-api-key':
    'The credential is a MongoDB Atlas API key (a public and private key pair sent with HTTP Digest) or a service account’s token, not a JWT: the pair is wrong or was deleted, the key has no role in this organization or project, or the request comes from an address the key’s API access list does not allow.',
  'mongodb-credentials':
    'The server refused the credentials of the connection’s authentication mechanism (code 18): SCRAM’s user name and password against the authSource database, an X.509 certificate’s subject, or, with MONGODB-OIDC, the access token the driver got from its callback or environment, which the server checks against its oidcIdentityProviders (issuer, audience, the claim that names the user).',
  'dbt-cloud-token':
    'The credential is a dbt Cloud service token or personal access token, which dbt Cloud looks up, not a JWT: it was deleted or is mistyped, or it was sent to another host than the account’s access URL (an account on a regional cell answers “Invalid token.” at cloud.getdbt.com).',
  'airflow-api-credentials':
    'The credentials are an Airflow user’s name and password sent with HTTP Basic, not a JWT: Airflow 2’s REST API reads them only when [api] auth_backends lists airflow.api.auth.backend.basic_auth (the default, session, takes only the web UI’s cookie, and an install may deny all), so a correct password is refused the same way as a wrong one.',
  'snowflake-login':
    'Snowflake refused the login’s user name and password, or the key-pair JWT sent in their place: the user is not that account’s (its LOGIN_NAME, in the account the identifier names), the password is wrong, or a client given a private key still logged in with a password because its authenticator is not SNOWFLAKE_JWT.',
  'elasticsearch-credentials':
    'The credentials are what the client sent Elasticsearch: an API key (“Authorization: ApiKey <encoded>”), a user and password (Basic), or a token of its own token service; no realm accepted them, and anonymous access is off. An API key may have been invalidated or have expired; its id sent in place of its encoded value, or a key from another cluster or deployment, is refused the same way.',
  'adyen-api-key':
    'The credential is an Adyen API credential’s API key (X-API-Key), or its web service user and password (Basic), not a JWT: Adyen did not accept it (cut or mistyped, a key that was regenerated, or a test key sent to a live endpoint or the other way round).',
  'square-access-token':
    'The credential is a Square access token sent as Bearer, not a JWT: Square did not accept it (a sandbox token sent to production or the other way round, the application id sent in its place, a revoked or expired OAuth token, or an empty header).',
  'braintree-api-keys':
    'The credentials are a Braintree merchant id with a public and private key pair, not a JWT: Braintree did not accept them (another environment’s keys, sandbox against production or the other way round, a key pair that was deleted, or a mistyped merchant id).',
  'postmark-server-token':
    'The credential is the Postmark token sent in X-Postmark-Server-Token, not a JWT: Postmark did not accept it as a Server API token (the Account API token sent in its place, another server’s token, or a token that was regenerated).',
  'stytch-project-credentials':
    'The credentials are the Stytch project ID and secret the backend SDK sends as HTTP Basic, not a session token or JWT: Stytch did not accept the Authorization header they make (a secret of another project or environment, test against live, a deleted secret, or a public token sent in the secret’s place).',
  'plaid-api-keys':
    'The credentials are Plaid’s client_id and secret, sent in the request body or the PLAID-CLIENT-ID and PLAID-SECRET headers, not a JWT: Plaid did not accept the pair (a secret of another environment, sandbox against production or the other way round, a rotated secret, or a client_id of another team).',
  'bitbucket-credentials':
    'The credential is a Bitbucket API token, app password or access token, not a JWT: Bitbucket did not accept it for this endpoint. An API token goes with the Atlassian account’s email as the Basic user, an app password with the Bitbucket username, and a repository, project or workspace access token as Bearer, for its own repository, project or workspace only; a token without the endpoint’s scope, expired or revoked is refused the same way.',
  'mattermost-token':
    'The credential is a Mattermost session token (from /api/v4/users/login, or the MMAUTHTOKEN cookie) or a personal access token, not a JWT: Mattermost holds no live session for it (the session expired or was revoked, the user logged out or was deactivated, the token was deleted, or personal access tokens are turned off on the server). It answers a request that carried no token the same way.',
  'rocket-chat-token':
    'Rocket.Chat takes a logged-in user’s auth token in X-Auth-Token with that user’s id in X-User-Id, not a JWT in Authorization: it found no login for what it got (a header missing, a token of another user or server, a login ended by a logout, or a personal access token deleted).',
  'nextcloud-credentials':
    'The server (Nextcloud or ownCloud) checked the login name and password it got as HTTP Basic and refused them: a wrong password, an email where the login name goes, or the account password where two-factor authentication or single sign-on allows only an app password.',
  'atlassian-credentials':
    'Seraph, the login layer of Jira and Confluence, tried the credentials it got and they failed (X-Seraph-LoginReason: AUTHENTICATED_FAILED). Data Center takes a personal access token as Bearer, or the username and password as Basic where basic authentication is allowed; Cloud takes the account’s email and an API token as Basic. A token revoked or expired, of another instance, or the username where Cloud wants the email all fail so.',
  'portainer-token':
    'Portainer reads a Bearer token as the JWT its own POST /api/auth issued (for 8 hours by default) and could not verify this one: an access token (ptr_…, made under My account → Access tokens) goes in the X-API-Key header, not in Authorization, and a JWT of another Portainer instance or one past its expiry is refused too.',
  'sonarqube-token':
    'The credential is a SonarQube token (a user token squ_…, or an analysis token sqa_… or sqp_…), not a JWT: the server answered 401, so it authenticated no user with what the scanner sent (no token reached it, or one it does not hold: revoked, expired, made on another server, or the SonarQube Cloud token sent to a self-hosted server).',
  'atlassian-captcha':
    'After several failed logins for this account, Seraph (the login layer of Jira and Confluence) turned on its CAPTCHA for it and now refuses every Basic login without checking the password (X-Seraph-LoginReason: AUTHENTICATION_DENIED, X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE): a REST client cannot answer a CAPTCHA, so even the right password fails until it is cleared.',
  'artifactory-credentials':
    'The credentials are Artifactory’s own, not a JWT of another issuer: a user name with its password, identity token or API key as HTTP Basic, or an access token (as Bearer, or as the password). It did not accept them: a wrong or changed password, an API key or identity token where the access token goes (or the other way round), a token revoked or expired, or an SSO user’s password, which works only in the browser.',
  'metabase-credentials':
    'Metabase authenticates a request by its session (the metabase.SESSION cookie, or the X-Metabase-Session header with the id POST /api/session returned) or by an API key in the x-api-key header (mb_…), not a JWT: it found neither valid (a key deleted or made on another instance, a session expired or logged out, or none sent).',
  'servicenow-credentials':
    'The credentials are what the client sent ServiceNow’s REST API: a user’s name and password (Basic) or an OAuth access token from the instance’s own OAuth endpoint, not a JWT of another issuer: the instance authenticated no user with them (wrong password, a locked or inactive user, a token from another instance or expired, or none sent).',
  'netsuite-credentials':
    'The credentials are NetSuite’s token-based authentication (an OAuth 1.0a signature made with the integration’s consumer key and secret and a token id and secret, for the account id as realm) or a login, not a JWT: NetSuite refused the login, and its Login Audit Trail records why (InvalidSignature, an unknown or revoked token, a role without the permission, another account’s id).',
  'bot-app-credentials':
    'The credential is the token the bot got from Microsoft Entra ID with its app id and password (or certificate) to call the Bot Connector (smba.trafficmanager.net for Teams): the Bot Connector did not accept it (another app’s id or password, a single-tenant app’s token requested from the wrong tenant, or an expired secret).',
  'gh-cli-token':
    'The credential is the token the gh CLI sent, not a JWT: GH_TOKEN or GITHUB_TOKEN when either is set in its environment (they take precedence over the stored login), otherwise the one gh auth login stored; GitHub does not accept it (expired, revoked or mistyped).',
  'spring-credentials':
    'The server says "Bad credentials": credentials came and were refused, not that none were sent. These are Spring Security’s words (BadCredentialsException, its AbstractUserDetailsAuthenticationProvider.badCredentials message): a user name and password that did not match the user store, or a token one of the application’s AuthenticationProviders rejected.',
  'bad-credentials':
    'The paste says the server answered "Bad credentials": credentials came and were refused, not that none were sent. Spring Security says so (BadCredentialsException) for a user name and password or a token it rejected, and GitHub’s API for a token it does not accept; the paste shows neither the reply nor which server it was.',
  'bad-credentials-body':
    'The 401’s body is only "Bad credentials": credentials came and were refused, not that none were sent. Spring Security says so (BadCredentialsException) for a user name and password or a token it rejected, and GitHub’s API for a token it does not accept; the reply does not say which server it was.',
};
const CREDENTIAL_STEP: Record<NonJwtCredential, string> = {
  'grafana-cloud-token':
    'Check the basic-auth pair the client sends: the user must be this stack’s instance (tenant) ID for the endpoint called (metrics, logs and traces each have their own), the password a current Cloud Access Policy token whose policy has the write scope (metrics:write for remote write) for this stack.',
  'grafana-api-key':
    'Check that the key or service-account token (glsa_…) was created in this Grafana instance and organisation and has not been deleted; a Grafana Cloud access-policy token (glc_…) is not one.',
  'consul-acl-token':
    'Check that CONSUL_HTTP_TOKEN (or the X-Consul-Token header) holds the SecretID of a token this datacenter knows: a deleted token, or a local token created in another datacenter, is not found.',
  'nomad-acl-token':
    'Check that NOMAD_TOKEN (or the X-Nomad-Token header) holds the SecretID of a token this region knows (nomad acl token self shows it), not a deleted token.',
  'nats-credentials':
    'Check the credentials the client connects with against the server’s configuration: for a .creds file, that its user was issued by an account the server’s resolver holds, under the operator the server trusts (nsc describe user; nsc describe account); otherwise the token, nkey or user and password in the server’s authorization block.',
  'epic-access-token':
    'Get a new access token from Epic’s account service (POST /account/api/oauth/token with grant_type=refresh_token, or sign in again) and retry the call with it; if a stored token fails soon after it was issued, look for another sign-in of the same account (the game’s launch, another tool) that ended it, and refresh after that sign-in instead of keeping the old token.',
  'home-assistant-token':
    'Find the client by the address, requested URL and user agent in the line (a companion app, a script, an integration, a browser) and give it a valid credential: sign the app in again, or create a long-lived access token (your profile → Security → Long-lived access tokens) and have the script send it as Authorization: Bearer <token>. If the address was banned, remove it from ip_bans.yaml and restart; a line from 127.0.0.1 or the proxy’s address means the real client is behind a reverse proxy that http: trusted_proxies and use_x_forwarded_for should name.',
  'steam-session-ticket':
    'Hex-encode the ticket’s bytes exactly as the client got them (no base64, no trailing bytes past the length Steam returned) and call AuthenticateUserTicket with the appid the ticket was issued for and a publisher Web API key of that app; a ticket from GetAuthTicketForWebApi(identity) needs the same identity parameter. Ask the client for a fresh ticket for each login: one the client cancelled (CancelAuthTicket) or from an earlier session is not accepted.',
  'azure-iot-hub-credentials':
    'Compare the connection string or SAS token with the identity in the hub: HostName must be this hub, DeviceId a device it has (az iot hub device-identity show --hub-name <hub> --device-id <device>), and SharedAccessKey its current primary or secondary key (az iot hub device-identity connection-string show), or, for a service, a shared access policy with the permission the call needs. Generate a fresh SAS token (az iot hub generate-sas-token --hub-name <hub> --device-id <device>) and check the device’s clock, since the token carries its expiry; for X.509, check that the certificate has not expired and that its thumbprint or CA is the one registered. With public network access disabled, connect through the hub’s private endpoint.',
  'mqtt-credentials':
    'Look at the broker’s log for the refused client id: it names the check that failed. Check that the client sends the username and password the broker’s authenticator expects (with JWT authentication, the token in the field it reads, usually the password, signed with the secret or a key from its JWKS whose kid the token names, and not expired), and that anonymous access is off only where credentials are sent.',
  'kintone-password':
    'Check the login name and password the client sends (cli-kintone: --username and --password) by signing in to kintone with them; X-Cybozu-Authorization holds the Base64 of login:password. For a user with two-factor authentication, use an API token or a separate integration user without it.',
  'freee-access-token':
    'Get a new access token with the refresh token (POST https://accounts.secure.freee.co.jp/public_api/token, grant_type=refresh_token) before the 6 hours are up, and store the new refresh token it returns: each refresh token works once (a retry that reuses it fails) and lasts 90 days. If the refresh fails too, authorize the app again.',
  'backlog-api-key':
    'Check that the apiKey is the one issued in this space (Personal Settings → API) and that the URL’s host is that space’s (xx.backlog.com, xx.backlog.jp); issue a new key if it was deleted.',
  'openfga-preshared-key':
    'Give the client one of the keys the server has (OPENFGA_AUTHN_PRESHARED_KEYS, or authn.preshared.keys in its config): the SDK’s credentials (method api_token, its token) or the CLI’s --api-token / FGA_API_TOKEN. A key added to the server needs a restart of every instance.',
  'dapr-api-token':
    'Set the same value on both sides: DAPR_API_TOKEN in the app’s environment (the SDKs read it and send dapr-api-token) and the sidecar’s token (DAPR_API_TOKEN for self-hosted daprd, the secret of the dapr.io/api-token-secret annotation on Kubernetes), then restart both; a rotated secret needs the pods restarted.',
  'trivy-token':
    'Give the client the same value the server was started with: trivy … --server <url> --token <token> (or TRIVY_TOKEN), and the same --token-header on both sides if either changed it from Trivy-Token; a proxy in between must pass that header on.',
  'tailscale-auth-key':
    'Generate a new auth key in the admin console (Settings → Keys → Generate auth key): reusable for containers and CI that register again, with an expiry that covers the deployment; put it where the node reads it (TS_AUTHKEY, --auth-key) and restart it. For automation that outlives any key, give it an OAuth client’s secret, which Tailscale accepts as an auth key (tskey-client-…, with tags).',
  'teleport-login':
    'Check the user name against the Teleport user (tsh login --user=<name>; not the host login such as root), the password, and the second factor (a current OTP code: the device’s clock matters, or the registered security key). A user who signs in through SSO has no local password: tsh login --auth=<connector name>. Repeated failures lock the user for a while; an administrator can reset the password and second factor (tctl users reset <name>).',
  'chatwork-api-token':
    'Copy the API token again from Chatwork (Service Integration → API Token) into the X-ChatWorkToken header; if it was reissued, update every client that still sends the old one. On a Business or Enterprise plan, check that the organization’s administrator approved API use.',
  'kintone-api-token':
    'Copy the API token again from the app’s settings (App Settings → API Token) into X-Cybozu-API-Token (cli-kintone: --api-token); after generating or changing a token, click "Update App": until then kintone does not accept it. A token works only in the app it was generated in, so check the app ID the call names too.',
  'rakuten-rms-esa':
    'In RMS, open 店舗様向け情報・サービス → WEB APIサービス → 利用設定 → WEB API: check the licenseKey’s 有効期限 (issue a new one with 新しいライセンスキーを発行 if it has passed, and put it in every tool that calls RMS), that the serviceSecret and licenseKey match what the client sends, and that the APIs the call uses (受注API, 在庫API, 商品API…) are 利用可能. A newly issued key can take a few minutes to be accepted.',
  'kabu-station-api-password':
    'Log in to the kabu STATION app again (it logs out at its morning maintenance, so a token request before re-login keeps failing), then check in its システム設定 → API tab which environment (本番用 / 検証用) is enabled and that the APIPassword sent to /kabusapi/token is that environment’s password, on its port (18080 production, 18081 verification).',
  'paypay-api-key':
    'In PayPay for Developers, copy the API key, API secret and merchant ID of the environment the client calls (sandbox or production) into the SDK’s configuration (clientId, clientSecret, merchantId) and set its productionMode to match: sandbox keys work only against the sandbox, production keys only in production.',
  // aws sts get-caller-identity and aws configure list are the AWS CLI's own ways to show the identity and where its
  // credentials came from (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html); STS checks the session
  // token against the temporary key it was issued with.
  // docs.oracle.com/iaas/Content/API/Concepts/apisigningkey.htm (How to Get the Key's Fingerprint: openssl rsa -pubout
  // -outform DER -in <key> | openssl md5 -c) and sdkconfig.htm (the config file's profile entries).
  'oci-api-key':
    'Check the profile the client reads (~/.oci/config, or OCI_CONFIG_FILE and its profile name): user and tenancy are the right OCIDs, fingerprint is one listed under the user’s API Keys in the Console, and key_file is that key’s private half (openssl rsa -pubout -outform DER -in <key_file> | openssl md5 -c prints the same fingerprint); oci iam region list tests the profile. A machine whose clock is off by more than 5 minutes is refused too.',
  'aws-access-key':
    'Find which access key the client used and where it came from (aws configure list; aws sts get-caller-identity with the same environment): check that the key id is active in IAM (not deleted or deactivated) and belongs to this partition, and that no AWS_SESSION_TOKEN from an earlier session is left beside a long-term key (or a new temporary key sent without its own session token).',
  // npm/cli#7598 and microsoft/genaiscript#1846: a stale or mistaken token in a user or project .npmrc.
  'npm-token':
    'Check the _authToken line for this registry in every .npmrc npm reads (the project’s, ~/.npmrc, and a CI’s NPM_TOKEN variable, which must be set): npm whoami --registry <url> shows whether the registry accepts it. Replace a revoked or expired token (npm login, or a new access token), and make sure it is the token for the registry the package comes from.',
  // Stripe's keys come in test and live pairs (sk_test_…, sk_live_…) from the Dashboard's API keys page; a rolled key
  // stops working (docs.stripe.com/keys).
  'stripe-api-key':
    'Copy the secret key again from the Stripe Dashboard (Developers → API keys) of the account and mode the call is meant for (sk_test_… in test mode, sk_live_… in live mode, or a restricted rk_… key), and check that this environment’s variable holds it whole, with no quotes or spaces; a rolled or deleted key is refused. Send it as Authorization: Bearer <secret key>.',
  // The OpenAI SDKs read OPENAI_API_KEY; keys are managed at platform.openai.com/api-keys (the URL its message gives).
  'openai-api-key':
    'Check the key the process actually reads (OPENAI_API_KEY in this environment, a .env file, the deployment’s secrets): it must be whole (a cut sk-proj-… key is refused) and still listed on platform.openai.com/api-keys; create a new one if it was revoked. Send it as Authorization: Bearer <key>.',
  // The Anthropic API authenticates with the x-api-key header; the SDKs read ANTHROPIC_API_KEY (docs.anthropic.com/en/api/overview).
  'anthropic-api-key':
    'Check the key the process actually reads (ANTHROPIC_API_KEY in this environment, a .env file, the tool’s own settings): it must be whole and still active in the Anthropic Console (Settings → API keys), and sent in the x-api-key header, not as Authorization: Bearer.',
  // platform.openai.com/docs/api-reference/authentication (the OpenAI-Organization header names the organization a
  // request is for); Aider-AI/aider#3717 and danny-avila/LibreChat#1570 (an organization id set beside the key).
  'openai-organization':
    'Find where the organization id comes from (OPENAI_ORG_ID or OPENAI_ORGANIZATION in this environment, the client’s organization option, a tool’s settings): remove it so the key’s own organization is used, or set it to the id (org-…) of the organization the key belongs to, shown on platform.openai.com under the organization’s settings. A project key (sk-proj-…) belongs to one project of one organization.',
  // learn.microsoft.com/azure/ai-services/openai/reference ("api-key" header, the resource's Keys and Endpoint);
  // SciSharp/BotSharp#386 (an OpenAI key sent to Azure), microsoft/PubSec-Info-Assistant#439 (another resource's key).
  'azure-ai-services-key':
    'Copy the key and the endpoint together from the same resource (the Azure portal → the resource → Keys and Endpoint, or az cognitiveservices account keys list -n <resource> -g <group>): the endpoint must be that resource’s own (https://<resource>.openai.azure.com, https://<resource>.cognitiveservices.azure.com), and the key goes in the api-key header for Azure OpenAI (Ocp-Apim-Subscription-Key for the other services). Azure does not take an OpenAI platform key (sk-…), and a regenerated key replaces the old one.',
  // Azure-Samples/azure-search-openai-demo#458 (refused hourly: a token read once), FlowiseAI/Flowise#710 (a key sent as
  // a bearer token), Azure/azure-sdk-for-net#12813 (Entra ID tokens only on a custom subdomain endpoint).
  'azure-ai-services-token':
    'Get the token for the audience the message names: az account get-access-token --resource https://cognitiveservices.azure.com, or with azure-identity the scope https://cognitiveservices.azure.com/.default (the OpenAI SDK’s azure_ad_token_provider renews it). Tokens last about an hour: use a credential that renews them, not a token read once at start-up. A key goes in the api-key header, not Authorization: Bearer; and Entra ID tokens work only on the resource’s custom subdomain endpoint, not a regional one.',
  // Cohere's SDKs read CO_API_KEY; keys are managed on its dashboard (dashboard.cohere.com/api-keys); wandb/edu#155,
  // cohere-ai/cohere-toolkit#857 (a key in .env the process did not read).
  'cohere-api-key':
    'Check the key the process actually reads (CO_API_KEY for Cohere’s SDKs, COHERE_API_KEY in many tools, the app’s settings): it must be whole and still listed on dashboard.cohere.com/api-keys; a trial key works too until it is deleted. Send it as Authorization: Bearer <key>.',
  // console.groq.com/docs/openai (base URL https://api.groq.com/openai/v1, jekalmin/extended_openai_conversation#403),
  // anomalyco/opencode#4948 (an xAI Grok key for Groq), HunorLaczko/ha-groq-cloud-api#19 (whitespace around the key).
  'groq-api-key':
    'Check the key the process actually reads (GROQ_API_KEY, or the api_key of an OpenAI-compatible client whose base URL is https://api.groq.com/openai/v1): a whole gsk_… key, no spaces or quotes around it, still listed on console.groq.com/keys; an xAI (Grok) key belongs to another provider.',
  // OpenHands/OpenHands#2562 and abi/screenshot-to-code#9 (every key of the account refused); platform.openai.com's
  // organization settings list its members.
  'openai-no-organization':
    'Sign in to platform.openai.com as the account that made the key and check that it belongs to an organization (the organization’s settings, Members): accept a pending invitation, or have the organization’s owner add it again, then use a key made in that organization (a new key if the old one was made before the account left). A new key of the same account is refused the same way until then.',
  // docs.weaviate.io/deploy/configuration/authentication (AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED,
  // AUTHENTICATION_APIKEY_ENABLED, AUTHENTICATION_APIKEY_ALLOWED_KEYS, AUTHENTICATION_APIKEY_USERS); weaviate/weaviate
  // #4139 (an instance with anonymous access only, the client sending a key).
  'weaviate-credentials':
    'Make the client and the instance agree: for an instance with anonymous access only, send no credential (leave the API key empty; connect_to_local without auth_credentials); to use API keys, set AUTHENTICATION_APIKEY_ENABLED: true with the key in AUTHENTICATION_APIKEY_ALLOWED_KEYS and its user in AUTHENTICATION_APIKEY_USERS on the instance, and restart it.',
  // Significant-Gravitas/AutoGPT#541 and pinecone-io/pinecone-ts-client#72 (a key and an environment that do not belong
  // together): the console's API Keys page shows each key with its project's environment.
  'pinecone-api-key':
    'Check the key and the environment the client is given together (PINECONE_API_KEY and PINECONE_ENVIRONMENT, or the client’s apiKey and environment): the environment must be the one the console’s API Keys page shows beside that key, and the key whole and still listed; a key of another project or a placeholder is refused the same way.',
  'qdrant-api-key':
    'Send the key of this instance or cluster: a self-hosted Qdrant’s QDRANT__SERVICE__API_KEY (or its read-only key, for reads only); on Qdrant Cloud a database API key created for this cluster (Cluster → API Keys), which works for that cluster only and may have expired. If a key that worked stops all at once, try once more before replacing it (qdrant/qdrant-client#127 was an outage).',
  // meilisearch.com/docs/learn/security/tenant_tokens and reference/api/keys (GET /keys/{uid_or_key}).
  'meilisearch-key':
    'With the master key, look the key up (GET /keys/<uid or key>): it must still exist, not be past its expiresAt, and have the action and index the request needs (search, for a tenant token’s key). Mint tenant tokens with that key itself, its uid as apiKeyUid (generateTenantToken(apiKeyUid, searchRules, { apiKey: <the key> })), and use them for search only; other routes take an API key. Tokens signed before the master key changed must be minted again.',
  // typesense.org/docs, API Keys (the search-only key's documents:search, generateScopedSearchKey, expires_at).
  'typesense-api-key':
    'Check the key the client sends in x-typesense-api-key: admin calls (collections, keys, imports) need the admin or bootstrap key, a search-only key works only for searches on its collections. For a scoped search key, generate it from a parent key whose only action is documents:search and that still exists (GET /keys), with an expires_at in the future.',
  // algolia.com/doc/api-reference/api-methods/generate-secured-api-key (never from the Admin API key; validUntil).
  'algolia-api-key':
    'Check the pair the client sends (x-algolia-application-id and x-algolia-api-key) against the dashboard’s API Keys page of that application. For a secured API key, generate it from a search-only key, never the Admin API key, and generate a new one before its validUntil. If it fails only in some browsers, try one without ad blockers.',
  'libsql-auth-token':
    'Create a new token for this database (turso db tokens create <database>, or turso group tokens create <group> for every database of the group) and give it to the client as authToken (TURSO_AUTH_TOKEN) beside this database’s own URL (turso db show --url <database>). A self-hosted sqld checks tokens against the public key in --auth-jwt-key-file: sign them with its private half.',
  'cockroachdb-jwt':
    'Read the DETAIL line (or the client_authentication_failed event’s Detail) for the reason, then compare the token with the cluster settings (SHOW CLUSTER SETTING server.jwt_authentication.issuers, .audience, .jwks): its iss must be one of the issuers, its aud the audience (by default the cluster’s ID), its kid in the JWKS, and its sub (or the claim in server.jwt_authentication.claim) must map to the SQL user logging in.',
  'etcd-auth-token':
    'Have the client authenticate again (clientv3 does on this error when it was given a user name and password; etcdctl with --user): a token is not to be kept across restarts. If it happens right after a member was added, replaced or restarted, or between members, run the cluster with --auth-token jwt (the same key on every member) so that any member accepts a token another member issued.',
  'pulsar-token':
    'Check the client’s AuthenticationToken (authParams token:<jwt>, or file:/env: where it reads it) carries a token signed by the key the broker has (bin/pulsar tokens validate with the broker’s tokenSecretKey or tokenPublicKey), not expired, and that the broker lists AuthenticationProviderToken in authenticationProviders; its sub is the role that namespace permissions and superUserRoles name.',
  'redis-password':
    'Check the user name and password the client sends (the URL’s redis://<user>:<password>@host, or its password option): for a password set with requirepass, the user is default; with ACL users, ACL LIST shows the user and whether it is on. On Upstash, use the database’s current token as the password (the console’s Connect section), reset if it was rotated.',
  'upstash-redis-token':
    'Give the client the database’s REST URL and token as the console shows them (REST API: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN), whole, trailing "=" included; Redis.fromEnv() reads those two variables. Use the read-only token only for reads.',
  'heroku-api-key':
    'Run `heroku auth:whoami` in the same environment: if it fails, unset or replace HEROKU_API_KEY (for CI and Terraform, a long-lived token from `heroku authorizations:create`), or run `heroku login` again for the token in ~/.netrc. A key regenerated in Account settings, or a password change, invalidates the old one everywhere it was copied.',
  'railway-token':
    'Check which variable the command runs with: a project token (the project’s Settings → Tokens, for one environment) goes in RAILWAY_TOKEN, an account or team token (railway.com/account/tokens) in RAILWAY_API_TOKEN; account commands such as `railway whoami` need an account token (made with no team chosen). Create a new token if it was revoked, or run `railway login` again with neither variable set.',
  'fly-api-token':
    'Run `fly auth whoami` (and `fly auth token`) in the same environment: a FLY_API_TOKEN or FLY_ACCESS_TOKEN set there wins over the saved login, so unset or replace it. For CI, create a token for the job’s scope (`fly tokens create deploy -a <app>` for one app, `fly tokens create org` for commands across apps) and set it as FLY_API_TOKEN; `fly auth login` renews a user’s own login.',
  // Twilio's error 20003 page (twilio.com/docs/api/errors/20003) and twilio/twilio-php#380: an API key (SK…) is used
  // with its secret and the account's SID, not as an Account SID.
  // docs.redhat.com, 3scale API Management "Administering the API Gateway" (Integration → Settings: the credentials'
  // location and names; staging and production APIcast each read their own configuration).
  'apicast-credentials':
    'In the 3scale Admin Portal, open the product’s Integration → Settings to see which credential it takes and where (the user_key parameter name, app_id and app_key, or OpenID Connect and its issuer); then, under Applications, check that the credential belongs to a live application of this product, and that the APIcast the request reached (staging or production) runs the configuration where it exists.',
  'twilio-credentials':
    'Check the pair the client authenticates with: the Account SID (AC…) with that account’s current Auth Token, or an API key SID (SK…) with its secret and the Account SID it belongs to. A subaccount’s SID with the main account’s token, test credentials against the live API, a rotated Auth Token or a deleted API key are refused.',
  // pypi.org/help/#invalid-auth (the URL twine's message gives): username __token__, the token as the password;
  // PyPI and TestPyPI are separate sites with separate accounts (pypa/packaging.python.org#779).
  'pypi-token':
    'Upload with username __token__ and the whole API token (pypi-…) as the password (TWINE_USERNAME and TWINE_PASSWORD, or the [pypi] section of ~/.pypirc); check that the token was made on the index you upload to (PyPI and TestPyPI have separate accounts and tokens), has not been deleted, and, if scoped to a project, is for this one.',
  // docker/for-mac#2640 (the Docker ID, not the email), firstbatchxyz/dkn-compute-launcher#1 (stale stored credentials
  // sent even to public images: docker logout fixes it); a personal access token replaces the password with 2FA
  // (docs.docker.com/security/for-developers/access-tokens).
  'docker-hub-login':
    'Log in again with docker login -u <Docker ID> (the username, not the email) and the password or a personal access token (required with two-factor authentication or SSO); stored credentials in ~/.docker/config.json or its credential helper are sent on every pull, so for a public image docker logout also clears a stale login.',
  // sendgrid/sendgrid-php#239 (the key's ID sent for the key; the key, SG.…, is shown once when created),
  // sendgrid/sendgrid-nodejs#1118 ("API key does not start with SG"); its SMTP relay takes the user "apikey" and the key
  // as the password (twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api).
  'sendgrid-api-key':
    'Check the key the process actually reads (SENDGRID_API_KEY or the app’s setting): the whole key, SG.… with its two dots, not the API Key ID the dashboard lists; the key is shown once, so a lost or deleted one is replaced by a new key with the Mail Send permission (Settings → API Keys). Over SMTP the user is the word apikey and the password the key.',
  // huggingface/sentence-transformers#3436 and jhc13/taggui#367 (a public model refused while a token was saved: the
  // saved token is sent with every request), huggingface/mcp-course#104 (the CLI's login, whoami and tokens page).
  'hugging-face-token':
    'Find the token the client sends (HF_TOKEN, or the one huggingface-cli login saved, which is sent even for public models): huggingface-cli whoami says whether the Hub accepts it. Replace a deleted or cut token with a new one from huggingface.co/settings/tokens, or log out (huggingface-cli logout) for a public model.',
  // Cloudflare's token check, GET /client/v4/user/tokens/verify with the token as Bearer ("This API Token is valid and
  // active", libdns/cloudflare#12, hieunc229/mailflare#1), and its two schemes (Bearer API token, or X-Auth-Email with
  // X-Auth-Key for the Global API Key: BeeHiveSafety/CloudflareToAbuseIPDB#5); bepass-org/tunl#19 (missing permissions),
  // cloudflare/workers-sdk#2863 (an account id where the zone id belongs).
  'cloudflare-api-token':
    'Check the token with curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer <token>": if it is not valid and active, create a new one (My Profile → API Tokens). If it is, give it the permission this call needs on this account or zone, and check the zone or account id in the URL. Send an API token as Authorization: Bearer, the Global API Key only as X-Auth-Key with X-Auth-Email.',
  // Azure/azure-storage-python#487 (the account name and key, or a SAS still valid), azure-storage-net-data-movement#176
  // (another access key than the account's), and the XML reply's AuthenticationErrorDetail, which says what did not match.
  'azure-storage-credentials':
    'Read the reply’s AuthenticationErrorDetail, which says what did not match. Then check the account name and key the client signs with (the connection string’s AccountName and AccountKey) against the account’s Access keys: a regenerated key, another account’s key or a cut key is refused. For a SAS, check that it has not expired and was signed with the account’s current key.',
  // Shopify/shopify-api-php#305 (the app's client ID and secret where the store's access token belongs),
  // gnikyt/laravel-shopify#1042 (the app authorized again through admin/oauth/authorize got a working token),
  // Shopify/shopify-cli#263 (shopify authenticate for the CLI).
  'shopify-access-token':
    'Check the token the client sends for this store: the Admin API access token the store issued to the app (shpat_… for a custom app), not the app’s API key or client secret. A token that stopped working is replaced by authorizing the app again through the store’s OAuth install URL (admin/oauth/authorize); for the Shopify CLI, run shopify authenticate.',
  // jira-node/node-jira-client#255 (an API token as the password, the account's email as the user; passwords no longer
  // work: confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-
  // apis-972355348.html).
  'jira-api-token':
    'Send basic auth as the Atlassian account’s email and an API token made at id.atlassian.com/manage-profile/security/api-tokens (not the account password, and not the username); check that the token has not been revoked and belongs to the account whose email is sent.',
  // HubSpot/hubspot-api-nodejs#432 (the pat-… token as "Bearer Bearer pat-…"; some APIs take only an OAuth token, a
  // private app's token or a developer API key), HubSpot/hubspot-api-python#132.
  'hubspot-access-token':
    'Send a private app’s access token (pat-…) or an OAuth access token as Authorization: Bearer <token>, once (an SDK adds “Bearer” itself); check that the app is not deleted and the token not rotated, and that this API takes that kind of credential (some take only an OAuth token or a developer API key).',
  // getsentry/sentry-cli#844 and getsentry/sentry-webpack-plugin#236 (a token of a self-hosted Sentry sent to sentry.io:
  // set the url), sentry-cli info (which server and token it uses).
  'sentry-auth-token':
    'Run sentry-cli info to see the server and the token it uses: a self-hosted Sentry’s token sent to sentry.io (or the reverse) is unknown there, so set the url (SENTRY_URL, defaults.url). Check SENTRY_AUTH_TOKEN is whole and not revoked; create a new one under Settings → Auth Tokens.',
  // GoogleCloudPlatform/terraformer#597 (the API key, the application key and the site's host all needed),
  // dbader/node-datadog-metrics#115; docs.datadoghq.com/account_management/api-app-keys.
  'mailgun-api-key':
    'Check the host against the account’s region: for an EU-region domain, send to https://api.eu.mailgun.net (the SDK’s url or host option), not https://api.mailgun.net. Then check the Basic credentials: user name "api" and the whole API key as the password, the key still active in the Mailgun account.',
  'telegram-bot-token':
    'Check the token the bot sends, whole and unquoted, against the one @BotFather shows for the bot (/mybots → the bot → API Token; /token, or /revoke for a new one): GET https://api.telegram.org/bot<token>/getMe must answer {"ok":true}. A token revoked or regenerated in @BotFather stops working at once; update every place that holds it (env var, secret store) and restart the bot.',
  'vonage-credentials':
    'Check which credentials this API takes in the Vonage API Dashboard: for Voice and Messages, that the application id and the private key are the same application’s (Applications → the application; generating a new key pair replaces the old key, so update private.key everywhere) and that the application has the capability enabled (Voice); for SMS and the account APIs, the API key and secret shown on the dashboard’s home page. An SDK client given both uses the application’s JWT where the API takes it.',
  'trello-credentials':
    'Check both query parameters against Trello: key is the API key of the app (trello.com/power-ups/admin → the Power-Up → API key), and token is a user’s token for that same key, got from https://trello.com/1/authorize?key=<key>&scope=read,write&expiration=never&response_type=token (not the OAuth secret shown beside the key). A body “invalid key” means the key; “invalid token” the token: authorize again to get a new one.',
  'openweathermap-api-key':
    'Check the request’s appid: present, not empty, and the whole key as the account’s API keys page shows it (the request URL in the paste may show appid with no value). A key created minutes ago may not be active yet; and check that the account’s plan includes the API called.',
  'datadog-keys':
    'Check both keys the client sends: DD-API-KEY (Organization Settings → API Keys) and, for reads and management calls, DD-APPLICATION-KEY with the scope the call needs; and the site: a key made on datadoghq.eu (or us3, us5, ap1) is refused by api.datadoghq.com, so set DD_SITE or the host to the organization’s site.',
  // The key's layout and where it is sent: google-api-core's and the Gemini SDKs' errors (…#481: ai.google.dev/
  // gemini-api/docs/api-key), ESPv2's key= / x-goog-api-key; keys are managed in the console's APIs & Services →
  // Credentials.
  'google-api-key':
    'Check the key the process actually reads (GOOGLE_API_KEY, GEMINI_API_KEY, the app’s settings): it must be whole (AIza…) and still listed under APIs & Services → Credentials of its project (or in Google AI Studio for a Gemini key). Send it as the key= parameter or the x-goog-api-key header; a deleted key is refused, so create a new one.',
  // firebase.google.com/docs/auth/android/phone-auth (enable app verification: SHA-256 in the Firebase console, the Play
  // Integrity API), firebase/flutterfire#10593's answer (package name, SHA-1, SHA-256 all registered).
  'firebase-app-verification':
    'In the Firebase console, Project settings → Your apps → the Android app: check the package name and add the SHA-1 and SHA-256 fingerprints of every key this build is signed with (debug, upload, and Play App Signing’s from Play Console → Test and release → App integrity); enable the Play Integrity API in the project’s Google Cloud console, and test Play Integrity with a build installed from Google Play. If the reCAPTCHA fallback fails as well, check that the API key the app uses is not restricted to exclude it.',
  // firebase.google.com/docs/app-check (Use App Check with the debug provider; Play Integrity provider: SHA-256 of the
  // app signing key, installs from Google Play; App Attest; reCAPTCHA Enterprise), firebase/firebase-tools#8111.
  'firebase-app-check-token':
    'In development, use the debug provider (web: self.FIREBASE_APPCHECK_DEBUG_TOKEN = true; Android and Flutter: the debug provider) and register the debug token it prints under Firebase console → App Check → Apps → Manage debug tokens; a hand-made call must send a token from the App Check exchangeDebugToken API, not the debug token itself. In production, check the app’s provider registration there: Play Integrity needs the SHA-256 of the Play app signing key and an install from Google Play, App Attest the Team ID, reCAPTCHA the site key and its domains. If the user’s sign-in was refused too (“Auth token was rejected.”), check that separately.',
  // docs.mapbox.com/help/troubleshooting/token-errors (401: a deleted token, or an old default public token after a
  // refresh); docs.mapbox.com/help/faq/what-is-the-difference-between-a-public-token-and-a-secret-token.
  'mapbox-access-token':
    'Check on Mapbox’s Access tokens page (console.mapbox.com/account/access-tokens) that the token the page or app sends is still listed: a deleted token, or the default public token from before it was refreshed, is refused. Copy it again whole (pk.… for a map in a browser or app), and rebuild where the token is baked in at build time.',
  'mapbox-secret-token':
    'Give Mapbox GL JS a public token (pk.…, with URL restrictions for your site) and keep the secret token on servers. Treat the secret token as exposed: delete it on Mapbox’s Access tokens page and create a new one for the server that needs it.',
  // developers.google.com/maps/documentation/javascript/error-messages (invalid-key-map-error, expired-key-map-error):
  // the key on the script URL's key= (or the loader's apiKey) must be one listed under the project's Credentials.
  'google-maps-api-key':
    'Check the key the page or app actually sends (the script URL’s key=, the loader’s apiKey, the web service’s key= parameter): it must be whole (AIza…) and listed under APIs & Services → Credentials of the project that has the Maps APIs enabled; a deleted key is refused, so create a new one there, and reload without the browser’s cached script.',
  'github-token': GITHUB_TOKEN_REFUSED,
  // developer.okta.com/docs/guides/create-an-api-token ("Authorization: SSWS <token>"; tokens expire after 30 days
  // unused, and are deactivated with the admin who created them); help.okta.com Security → API → Tokens.
  'okta-api-token':
    'Send an Okta API token as "Authorization: SSWS <token>" (not Bearer; an OAuth 2.0 access token for Okta’s APIs goes as "Authorization: Bearer <token>") to the Okta org that issued it. In the Admin Console, Security → API → Tokens lists the org’s API tokens: one unused for 30 days is revoked, and one whose creator was deactivated is refused; create a new one (ideally as a service account) if it is gone.',
  // docs.github.com, "Managing your personal access tokens" and "Caching your GitHub credentials in Git" (gh auth
  // setup-git, Git Credential Manager); a stale stored password is what the helper keeps sending.
  'github-git-credentials':
    'Sign git in with a token, not the account password: gh auth login then gh auth setup-git, Git Credential Manager, or a personal access token (classic with the repo scope, or fine-grained with Contents access to this repository) typed as the password; in CI, the job’s GITHUB_TOKEN or a token secret. Remove the stale stored credential first (git credential reject, or the github.com entry in the OS keychain or Windows Credential Manager).',
  // docs.gitlab.com, topics/git/troubleshooting_git ("Error on Git fetch: HTTP Basic: Access denied") and the CI job
  // token (gitlab-ci-token / $CI_JOB_TOKEN).
  'gitlab-git-credentials':
    'Use an access token as the password: a personal access token with read_repository (and write_repository to push), or a project, group or deploy token; in GitLab CI, user gitlab-ci-token with $CI_JOB_TOKEN. Remove the stale stored credential first (git credential reject, or the GitLab host’s entry in the OS keychain or Windows Credential Manager).',
  'git-https-credentials':
    'See what git sends for the host (GIT_TRACE=1 GIT_CURL_VERBOSE=1 git ls-remote <url>, with the secret masked), remove a stale stored credential (git credential reject, the OS keychain or Windows Credential Manager), and sign in again with what the host accepts: its own CLI or Git Credential Manager (gh auth login, glab auth login, Azure Repos through Git Credential Manager), or a personal access token as the password.',
  // maven.apache.org/settings.html ("Servers": the id matches the repository's or distributionManagement's),
  // maven.apache.org/guides/mini/guide-encryption.html; mvn -X logs whether credentials were sent.
  'maven-repository-credentials':
    'Check that settings.xml (~/.m2/settings.xml, or the one CI passes with -s) has a <server> whose <id> is exactly the repository id the error names (in "from/to <id> (<url>)"), with the repository’s user and a current token as the password (Artifactory: an identity or access token; Nexus: a user token; Sonatype Central: a user token, not the account password); mvn -X help:effective-settings shows what Maven reads, and an encrypted password needs its settings-security.xml.',
  // learn.microsoft.com/nuget/consume-packages/consuming-packages-authenticated-feeds; microsoft/artifacts-credprovider
  // (dotnet restore --interactive, VSS_NUGET_EXTERNAL_FEED_ENDPOINTS, the NuGetAuthenticate pipeline task).
  'nuget-feed-credentials':
    'For an Azure Artifacts feed, install the Azure Artifacts Credential Provider and run dotnet restore --interactive once (in a pipeline, the NuGetAuthenticate task, or VSS_NUGET_EXTERNAL_FEED_ENDPOINTS); for another feed, store the source’s credentials: dotnet nuget update source <name> --username <user> --password <token> (or packageSourceCredentials in nuget.config), with a personal access token that has not expired (Packaging: Read).',
  'databricks-token':
    'Check the token against the same host: databricks current-user me (CLI), or GET https://<workspace>/api/2.0/preview/scim/v2/Me with "Authorization: Bearer <token>". If it is refused, create a new personal access token (Settings → Developer → Access tokens) or get a new Entra ID token for the resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d (Azure Databricks), and check that DATABRICKS_HOST is the workspace it was made for and that its user or service principal is still in that workspace.',
  'clickhouse-credentials':
    "Connect with the same user and password from the client’s host (clickhouse-client --user <user> --password, or curl -u <user>:<password> 'https://<host>:8443/?query=SELECT%201'); if that fails, reset the password (ClickHouse Cloud: the service’s Settings → Reset password; self-managed: ALTER USER <user> IDENTIFIED BY …, or the user’s file in users.d) and check the user’s allowed hosts (HOST in SHOW CREATE USER <user>).",
  'rds-iam-token':
    'Generate the token just before connecting, for exactly the host name, port, region and user the connection uses (aws rds generate-db-auth-token --hostname <endpoint> --port 5432 --region <region> --username <user>), connect with SSL, and generate a new one for each new connection (it lasts 15 minutes: a pool must not reuse it); check that the user has GRANT rds_iam TO <user> and that the IAM policy allows rds-db:connect on arn:aws:rds-db:<region>:<account>:dbuser:<DbiResourceId>/<user>.',
  'atlas-api-key':
    'Check the key pair under the organization’s Access Manager → API Keys (the public key with its private key, sent with curl --digest -u "<public>:<private>"), that it has a role in the organization or project the URL names, and that the caller’s public IP address is in the key’s API access list.',
  'mongodb-credentials':
    'Check the connection string’s user, password, authSource and authMechanism against the user as created (db.getUser in its database); for MONGODB-OIDC, decode the access token the driver sends and compare its iss and aud with the server’s oidcIdentityProviders, and the claim it maps to a user (sub by default) with the user or role defined in $external.',
  'dbt-cloud-token':
    'Send the token as "Authorization: Token <token>" (or Bearer) to the account’s access URL (Account settings → Account information, such as https://<prefix>.us1.dbt.com), not cloud.getdbt.com; if it is still refused, create a new service token (Account settings → Service tokens) with the permission set the call needs.',
  'airflow-api-credentials':
    'Check [api] auth_backends on the webserver that answered (airflow config get-value api auth_backends, or AIRFLOW__API__AUTH_BACKENDS, which overrides airflow.cfg): it must list airflow.api.auth.backend.basic_auth (for example airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session), then restart the webserver; then check the user exists with that password (airflow users list) and has a role that can call the endpoint.',
  'snowflake-login':
    'Check the account identifier (orgname-accountname, as in <account>.snowflakecomputing.com) and the user’s LOGIN_NAME (DESC USER <name>); for key-pair authentication set the client’s authenticator to SNOWFLAKE_JWT with the private key (the Python connector’s authenticator=\'SNOWFLAKE_JWT\', the Terraform provider’s authenticator = "SNOWFLAKE_JWT") and check that the user’s RSA_PUBLIC_KEY_FP matches the key’s public half.',
  'elasticsearch-credentials':
    'Send the same header to GET /_security/_authenticate to see whether any realm takes it. For an API key, send its encoded value (base64 of id:api_key, the create call’s encoded field), not its id or name, and check it with GET /_security/api_key?id=<id> (invalidated, expiration) on the cluster the client calls (an Elastic Cloud deployment’s endpoint, not another’s); for a user, reset its password (elasticsearch-reset-password) or check the realm it belongs to.',
  // docs.adyen.com/development-resources/api-credentials (one credential per environment, its API key generated in the
  // Customer Area); adyen-examples/adyen-java-spring-online-payments#11 (test credentials, test endpoint).
  'adyen-api-key':
    'In the Customer Area of the environment the call goes to (test: ca-test.adyen.com, live: ca-live.adyen.com), open Developers → API credentials → the credential the client uses, generate a new API key if in doubt, save it, and send it whole as X-API-Key; check that the client’s environment (test or live, and a live endpoint’s prefix) matches the credential’s.',
  // developer.squareup.com/docs/build-basics/access-tokens (sandbox and production tokens in the Developer Console's
  // Credentials page; OAuth tokens expire after 30 days); square/square-nodejs-sdk#10 (the application id is no token).
  'square-access-token':
    'In the Square Developer Console, open the application → Credentials, pick Sandbox or Production as the client’s environment setting is, and copy that access token (not the application id) into the client; an OAuth access token expires after 30 days and is renewed with its refresh token. Send it as "Authorization: Bearer <token>".',
  // braintree/braintree_php_example#62 (sandbox credentials, 401); articles.braintreepayments.com (API keys under
  // Settings → API, per environment: the sandbox and production Control Panels are separate).
  'braintree-api-keys':
    'In the Braintree Control Panel of the environment the gateway is configured for (sandbox.braintreegateway.com or braintreegateway.com), open Settings → API, and copy the merchant id, public key and private key of one key pair together; check that the gateway’s environment setting (sandbox or production) is that Control Panel’s.',
  // postmarkapp.com/developer/api/overview#authentication (X-Postmark-Server-Token for server calls,
  // X-Postmark-Account-Token for account calls); PipedreamHQ/pipedream#10254 (the account token sent as the server's).
  'postmark-server-token':
    'Copy the Server API token from the server in Postmark (Servers → the server → API Tokens) and send it as X-Postmark-Server-Token; the Account API token (Account → API Tokens) goes only in X-Postmark-Account-Token, for account-level calls.',
  // plaid.com/docs/errors/invalid-input (#invalid_api_keys); plaid.com/docs/api ("Authentication": one secret per
  // environment, its host sandbox.plaid.com or production.plaid.com).
  // stytch.com/docs/api ("Authentication": Basic with project_id and secret; test projects on test.stytch.com, live
  // on api.stytch.com); stytchauth/stytch-react-example#85 for the reply.
  'stytch-project-credentials':
    'In the Stytch Dashboard’s Project settings, copy the project ID and a secret of the same environment and give them to the backend client (STYTCH_PROJECT_ID, STYTCH_SECRET): a project-test-… ID goes with a test secret and test.stytch.com, a project-live-… ID with a live secret and api.stytch.com; the public token is for the frontend SDK only, and a deleted secret stops working.',
  'plaid-api-keys':
    'In the Plaid Dashboard (Developers → Keys), copy the client_id and the secret of the environment the client calls, and check that the client’s host matches it (sandbox.plaid.com for the Sandbox secret, production.plaid.com for the Production one); a secret that was rotated stops working once the old one is deleted.',
  // support.atlassian.com/bitbucket-cloud/docs/using-api-tokens (the account's email as the user; scopes chosen when the
  // token is made), …/access-tokens (Bearer, one repository, project or workspace); AsyncFuncAI/deepwiki-open#444.
  'bitbucket-credentials':
    'Check which credential the client sends, and how: an API token with the Atlassian account’s email as the user (curl -u you@example.com:<token>), not the Bitbucket username; an access token as Authorization: Bearer <token>, on its own repository, project or workspace only; and that the token has the scopes the endpoint needs (read:repository:bitbucket, read:pullrequest:bitbucket…), which are chosen when it is created. App passwords are being retired: create an API token in place of one.',
  // developers.mattermost.com/integrate/reference/personal-access-token (System Console → Integrations → Integration
  // Management, the user's Manage Roles); api.mattermost.com "Authentication" (the Token header of /users/login).
  'mattermost-token':
    'Get a token Mattermost holds: log in again (POST /api/v4/users/login; its reply’s Token header), or create a personal access token (Profile → Security → Personal Access Tokens) for an account allowed to (System Console → Integrations → Integration Management → Enable Personal Access Tokens, and the account’s Manage Roles), and send it as Authorization: Bearer <token>.',
  // developer.rocket.chat REST API "Authentication" (X-Auth-Token and X-User-Id on every call, from /api/v1/login or a
  // personal access token); RocketChat/Rocket.Chat#8292 (a token sent in Authorization).
  'rocket-chat-token':
    'Send both headers on every call: X-Auth-Token with the authToken and X-User-Id with the userId that POST /api/v1/login returned, or a personal access token (Profile → Personal Access Tokens) with its own user’s id. Rocket.Chat does not read a token from Authorization, and a logout ends the login the token was.',
  // docs.nextcloud.com user_manual "Connecting to your files with WebDAV" and session management (app passwords);
  // nextcloud/server#31558.
  'nextcloud-credentials':
    'Send the login name with an app password: Personal settings → Security → Devices & sessions → Create new app password (an account with two-factor authentication or single sign-on can use only an app password for WebDAV and the OCS API). Check that the account is enabled, and that brute-force protection has not started throttling the client’s address after the failures.',
  // confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html (Bearer); pycontribs/jira#1627;
  // support.atlassian.com "Manage API tokens for your Atlassian account" (Cloud: email and token as Basic).
  'atlassian-credentials':
    'Send the credential this deployment takes: on Data Center, a personal access token (Profile → Personal Access Tokens) as Authorization: Bearer <token>, or the username and password as Basic where basic authentication is allowed; on Cloud, the account’s email and an API token (id.atlassian.com → Security → API tokens) as Basic. A token of another instance, or one past its expiry date, needs replacing.',
  // portainer/portainer#12810 and #6407 (X-API-Key for access tokens); docs.portainer.io/api/access (POST /api/auth).
  'portainer-token':
    'Send an access token as X-API-Key: <ptr_…> (curl -H "X-API-Key: ptr_…"); to use Authorization: Bearer, get a JWT from POST /api/auth with the username and password, and get a new one when it expires.',
  // docs.sonarsource.com "Managing your tokens" and the scanners' analysis parameters (sonar.token since SonarQube 10.0
  // and scanner 5.0, sonar.login before); SonarSource/sonar-scanning-examples#156.
  'sonarqube-token':
    'Generate a token on this server (My Account → Security → Generate Tokens: a user token, or a global or project analysis token for analysis only) and give it to the scanner as sonar.token or the SONAR_TOKEN variable (sonar.login for scanners and servers older than SonarQube 10.0); in CI, check that the secret reaches the scanner’s step and that sonar.host.url is the server that issued the token.',
  // gioboa/jira-plugin#26 (a browser login clears it), AtlassianPS/JiraPS#107, pycontribs/jira#733 (use tokens).
  'atlassian-captcha':
    'Log in once in a browser as this account and solve the CAPTCHA (or have an administrator reset the account’s failed login count in User management), then fix the password or token the client sends before it fails again; on Data Center a personal access token as Authorization: Bearer is not locked by the CAPTCHA.',
  // jfrog/jfrog-cli#947 and #416 (jf rt ping with the same credentials; an API key given as the access token);
  // jfrog.com/help "Identity Tokens" (for SSO users) and "Access Tokens".
  'artifactory-credentials':
    'Check the credentials against the same server: jf rt ping --url https://<host>/artifactory --user <user> --password <password or identity token> (or --access-token <token>) shows whether they work. Generate an identity token (Edit Profile → Generate an Identity Token) for an SSO user, put it in the client’s password field (Maven’s settings.xml, .npmrc, pip.conf) with the user name, and send an access token as Authorization: Bearer.',
  // metabase.com/docs/latest/people-and-groups/api-keys (Admin settings → Authentication → API keys; x-api-key);
  // metabase/metabase#45299.
  'metabase-credentials':
    'Create an API key in this Metabase (Admin settings → Authentication → API keys; it acts with the permissions of the group it is given) and send it as x-api-key: mb_…; or log in with POST /api/session and send the returned id as X-Metabase-Session. A proxy in front of Metabase must pass the x-api-key header on.',
  // panoramicdata/ServiceNow.Api#16 (basic auth, 401); docs.servicenow.com "REST API security" (basic auth or OAuth
  // from the instance's oauth_token.do) and a user's "Web service access only", "Locked out" and "Active" fields.
  'servicenow-credentials':
    'Check the user in ServiceNow (User Administration → Users → the integration user): Active, not Locked out, its password current (a Basic user), and for a web-service-only user “Web service access only”; send its credentials to this instance’s URL. With OAuth, get the token from this instance’s /oauth_token.do with its Application Registry client, and refresh it before it expires.',
  // The REST error's own words (Setup > Users/Roles > User Management > View Login Audit Trail); netsuitephp/netsuite-php
  // #121 (a sandbox's account id _SB1 upper case as realm, -sb1 in the host), fylein/netsuite-sdk-py#29 (tokens made
  // again); docs.oracle.com NetSuite "Token-based Authentication" (the role needs "Log in using Access Tokens").
  'netsuite-credentials':
    'Open the Login Audit Trail (Setup > Users/Roles > User Management > View Login Audit Trail), find the failed login and read its Detail (InvalidSignature, InvalidToken…). Then check that the consumer key and secret are the integration record’s, the token id and secret are a token of that integration for a user and role that may log in with access tokens (and, for REST, use REST web services), the realm is the account id as NetSuite writes it (a sandbox’s 1234567_SB1, upper case; 1234567-sb1 in the host name), and the signature is HMAC-SHA256.',
  // MicrosoftDocs/bot-docs#1548 (the Bot Connector's 401 to the bot's reply); learn.microsoft.com azure/bot-service
  // (the Azure Bot resource's Configuration: Microsoft App ID, app type, tenant; MicrosoftAppTenantId for single-tenant).
  'bot-app-credentials':
    'Check the bot’s MicrosoftAppId and MicrosoftAppPassword (or its certificate) against the Azure Bot resource (Configuration: Microsoft App ID, its app type and tenant): the password must be a current client secret of that same app registration, and a single-tenant bot needs MicrosoftAppType SingleTenant with MicrosoftAppTenantId set, so that its token comes from its own tenant.',
  // cli/cli#10032 (a stale GITHUB_TOKEN in the environment overriding the login; gh auth status names the token's
  // source), cli.github.com/manual/gh_help_environment (GH_TOKEN, GITHUB_TOKEN), gh auth refresh -s for scopes.
  'gh-cli-token':
    'Run gh auth status to see which token gh uses. If GH_TOKEN or GITHUB_TOKEN is set, fix or unset it: it overrides the stored login. Otherwise sign in again with gh auth login (gh auth refresh -h github.com -s <scope> adds a scope a command needs).',
  // hasura/graphql-engine#3740 (the CLI: admin_secret in config.yaml or HASURA_GRAPHQL_ADMIN_SECRET, where its
  // --admin-secret flag was not taken), #5563 (the console's login), nhost/nhost#1064 (Nhost's dashboard shows the secret).
  'hasura-admin-secret':
    'Send the exact value of HASURA_GRAPHQL_ADMIN_SECRET the server runs with (on Nhost or Hasura Cloud, the one its dashboard shows): read it from the running container’s environment, not a .env file that may differ, and quote it where $ or # would change it. For the Hasura CLI set admin_secret in config.yaml or HASURA_GRAPHQL_ADMIN_SECRET in its environment; keep the admin secret on servers, and give apps a JWT or webhook role instead.',
  // parse-community/parse-server#508 and parse-server-example#115 ("a typo in your master key or app ID"),
  // parse-server-example#16; masterKeyIps' default since Parse Server 6 (parse-community/parse-server#8746).
  'parse-keys':
    'Send the appId the server was started with in X-Parse-Application-Id (appId in its configuration or APP_ID), and, if the server is configured with a clientKey, javascriptKey or restAPIKey, that exact key in its header; an SDK takes them in Parse.initialize. If the master key is sent, check it against masterKey and that the caller’s IP is in masterKeyIps (only localhost by default since Parse Server 6). Call the mount path the server uses (serverURL, often …/parse).',
  // nocodb/nocodb#8685 (snippets with xc-auth where an API token goes in xc-token), #7084 (NC_JWT_EXPIRES_IN), #6837
  // (NocoDB Cloud: the workspace's own host from Details → API), #7272 (the same answer to a user without the base).
  'nocodb-token':
    'Send an API token (Account → Tokens, or Team & Settings → API Tokens in older releases) in the xc-token header, not in xc-auth or Authorization: xc-auth takes only the short-lived auth token of a sign-in. On NocoDB Cloud call the host the base’s Details → API tab shows (the workspace’s own). If the token is right, check that its user is a member of this base with a role that allows the action: NocoDB answers a user without access the same way.',
  // parse-community/parse-server#2626 (the 209 after logOut), #5949 (a cached user after reinstalling), Parse-SDK-JS#502
  // (sessions made revocable: clear the old ones and log in again).
  'parse-session-token':
    'Log the user in again (Parse.User.logIn, or POST /parse/login) and send the new sessionToken. When the SDK keeps a cached user whose session is gone, log it out first (Parse.User.logOut, or clear the stored user) so that it stops sending the old token. If fresh sessions fail too, check that the client calls the server and app id that issued them, and that the session’s row is in _Session (Parse Dashboard).',
  // vercel/vercel#3143 (vercel logout then vercel login), #10874 (an expired CI token: make a new one under Account
  // Settings → Tokens), #14992 (a VERCEL_TOKEN in the environment overrides the login).
  'vercel-token':
    'Run vercel login again (vercel logout first if it keeps failing). In CI, make a new token under Account Settings → Tokens, scoped to the project’s team and with an expiry far enough out, and update VERCEL_TOKEN; on a workstation, check that no stale VERCEL_TOKEN in the environment overrides the login.',
  // docs.splunk.com Data/UsetheHTTPEventCollector (Settings → Data inputs → HTTP Event Collector; Global Settings) and
  // Data/TroubleshootHTTPEventCollector; the sender's own setting: the OpenTelemetry Collector's splunk_hec exporter
  // `token`, Fluent Bit's splunk output `splunk_token`, Vector's `default_token`.
  'boundary-auth-token':
    'Authenticate again (boundary authenticate, with the auth method the cluster uses) against the controller BOUNDARY_ADDR names, and check that the command uses that token: BOUNDARY_TOKEN or -token overrides the one in the keyring.',
  'splunk-hec-token':
    'Compare the token the sender is configured with (the collector’s splunk_hec exporter token, Fluent Bit’s splunk_token, Vector’s default_token, or the environment variable they read) with Settings → Data inputs → HTTP Event Collector on the Splunk instance the URL reaches; send it as "Authorization: Splunk <token>". On Splunk Cloud use the stack’s http-inputs-<stack> host, and behind a load balancer make sure every indexer has the token.',
  'splunk-hec-token-disabled':
    'Enable the token under Settings → Data inputs → HTTP Event Collector on the Splunk instance the URL reaches, and check that Global Settings has All Tokens enabled; or give the sender a token that is enabled.',
  // DataDog/datadog-agent comp/forwarder/defaultforwarder/transaction/transaction.go (every 403 is "API Key invalid");
  // docs.datadoghq.com/getting_started/site (site parameter, DD_SITE); `datadog-agent status` prints each key's state.
  // jasonsims/aws-cloudfront-sign#74, #20 (a signed URL refused with the words), #35 (signed cookies refused with them
  // while a signed URL worked); tpyo/amazon-s3-php-class#9.
  'cloudfront-signed-url':
    'Check what the failing request itself carried (the browser’s network panel, or curl -v with the exact URL): a signed URL needs Expires (or Policy), Signature and Key-Pair-Id on that request, and a page or stream that loads many files needs signed cookies set for the distribution’s domain instead. Sign with the ID of a CloudFront public key in a key group the cache behavior trusts as Key-Pair-Id, and its private key.',
  'datadog-agent-api-key':
    'Run datadog-agent status (agent status in the container): its API Keys status names the key the Agent reads by its last characters. Check that it is an API key (Organization Settings → API Keys; not an application key) of the organization on the Agent’s site: site in datadog.yaml or DD_SITE (datadoghq.com, datadoghq.eu, us3/us5.datadoghq.com, ap1.datadoghq.com, ddog-gov.com) must be where the key was made. Where DD_API_KEY comes from a secret, check the value the process got; a proxy or pipeline in front of the intake may answer 403 itself.',
  // docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys (the license key, per account; a user key starts NRAK-)
  // and each agent's license_key / NEW_RELIC_LICENSE_KEY setting.
  'new-relic-license-key':
    'Copy the license key (an ingest key of type License) of the account the data should go to from the API keys page, and set it where the agent reads it: license_key in its config file or NEW_RELIC_LICENSE_KEY, which overrides the file. A user key (NRAK-…) is not one; an EU account’s key goes to the EU endpoints.',
  'spring-credentials':
    'Check the credentials the client sends to this server: for a login (a form, HTTP Basic, a /login endpoint), the user name and password against its user store (a stored password hash must match the PasswordEncoder, with its {id} prefix under the delegating encoder); for a token, which AuthenticationProvider reads it. The server’s log with logging.level.org.springframework.security=DEBUG names the provider that refused it.',
  'bad-credentials':
    'Paste the reply itself (status line and body) or the server’s log line: they name the server and what it refused. For a Spring application, check the user name and password against its user store (or which AuthenticationProvider reads the token); for GitHub’s API, that the token is not expired, revoked or mistyped.',
  'bad-credentials-body': BAD_CREDENTIALS_BODY_STEP,
};

/**
 * verifier.misconfigured's step for the JWT Authentication for WP REST API plugin's jwt_auth_bad_config: no
 * JWT_AUTH_SECRET_KEY when the plugin loaded (its README's wp-config.php line; Tmeister/wp-api-jwt-auth#59, #78: the
 * define must come before wp-settings.php is required).
 */
const WP_JWT_AUTH_SECRET_STEP =
  "Define the plugin’s secret in wp-config.php, above the line “That’s all, stop editing!” (a definition after wp-settings.php is loaded comes too late): define('JWT_AUTH_SECRET_KEY', '<a long random string>'); then get a new token from POST /wp-json/jwt-auth/v1/token, since tokens signed before the key changed no longer verify.";

/** Gitea's and Forgejo's no-token step: their token, its header, and the header a web server in front may drop. */
const forgeNoToken = (product: string) =>
  `${product} authenticated no one for this request: send an access token (Settings → Applications → Access Tokens) as "Authorization: token <token>" (or Bearer), or as the password of HTTP Basic with the user name. A header ${product} could not read, or one a reverse proxy in front did not pass on, leaves the request anonymous too.`;
/** Nextcloud's and ownCloud's no-credentials step: an app password, and Apache's dropped Authorization header. */
const cloudNoCredentials = (product: string) =>
  `${product} found no credentials it could read: send the login name and an app password as HTTP Basic (Personal settings → Security → Create new app password; with two-factor authentication or single sign-on only an app password works). If the client did send them, the web server dropped the Authorization header before PHP: with Apache and PHP-FPM or CGI pass it on (SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1, as ${product}’s own .htaccess does).`;

/**
 * Dataverse's (Dynamics 365's) challenge named its tenant and environment (checks/challenge.ts): the token comes from that
 * tenant, for the environment's URL as the resource (learn.microsoft.com power-apps/developer/data-platform/
 * authenticate-oauth, "Discover the authority at run time"; scope "<environment URL>/.default"), and an app signs in
 * as an application user of that environment (use-single-tenant-server-server-authentication).
 */
const dataverseNoError = (d: { tenant: string; resource: string | null }, sent: boolean) => {
  const resource = d.resource ?? 'https://<org>.crm.dynamics.com';
  return sent
    ? `Dataverse did not take the token it got: request it from tenant ${d.tenant} (the challenge’s authorization_uri) for ${resource} as the resource (scope ${resource}/.default, or user_impersonation for a signed-in user), not for Microsoft Graph or another environment; for an app, its application registration must be an application user of this environment (Power Platform admin center → the environment → Settings → Application users).`
    : `Dataverse received no token: request one from tenant ${d.tenant} (the challenge’s authorization_uri) for ${resource} as the resource (scope ${resource}/.default, or user_impersonation for a signed-in user), and send it as "Authorization: Bearer <token>".`;
};

/**
 * token.missing's step when the verifier that found no credential takes one of its own kind: Dapr's sidecar its API
 * token; 3scale APIcast the credential its product's Integration settings name (user_key, app_id and app_key, or an
 * OpenID Connect token), so "check that the client attaches Authorization: Bearer" would send the reader elsewhere.
 */
const OWN_CREDENTIAL_MISSING: Readonly<Record<string, string>> = {
  // Round audit-an (parse/verifier-messages/backends.ts, more-frameworks.ts). Parse's 209 "Session token required."
  // after logOut (parse-community/parse-server#2626). Appwrite's guests role: no session, JWT or API key accepted
  // (appwrite/appwrite#8808, the maintainers: "you need to create a valid session"); node-appwrite's setSession and
  // setJWT, and an API key acting as the application (appwrite/appwrite#9383: "(role: applications)").
  'parse-server':
    'Parse Server found no session token for a call that needs one (209, Session token required): log the user in (Parse.User.logIn) before the call and let the SDK send its session token (X-Parse-Session-Token). After Parse.User.logOut, a call that needs a user (Parse.Session.current(), a class whose permissions require a user) fails this way until the next login.',
  appwrite:
    'Appwrite identified no user (role: guests): no session, JWT or API key it accepts came with the request. In a browser, create a session first (account.createEmailPasswordSession, or OAuth) and only then call account.get(), and check that its session cookie reaches Appwrite (a browser blocking third-party cookies drops it: serve Appwrite from a custom domain under the app’s own). On a server (node-appwrite), give the client the user’s credential: setSession(<the session’s secret>) or setJWT(<a JWT from account.createJWT()>); an API key (setKey) acts as the application, not as a user, so account endpoints stay refused.',
  dapr: DAPR_NO_TOKEN,
  kratos: KRATOS_NO_SESSION,
  // Mapbox GL JS's "An API access token is required to use Mapbox GL." (verifier-messages/browser-keys.ts).
  mapbox:
    'Mapbox GL JS was given no access token: set mapboxgl.accessToken (or the map library’s mapboxAccessToken option) to a public token (pk.…) from Mapbox’s Access tokens page before creating the map; a token read from an environment variable missing at build time arrives empty.',
  // Maps Platform's MissingKeyMapError and "You must use an API key …" (verifier-messages/browser-keys.ts).
  'google-maps':
    'Google Maps Platform got no API key: add key=<your API key> to the Maps JavaScript API’s script URL (or the loader’s apiKey), or the key= parameter to the web service request, with a key from APIs & Services → Credentials of a project that has the API enabled and billing set up. A key read from an environment variable that is not set at build time arrives empty.',
  'better-auth': BETTER_AUTH_NO_SESSION,
  workos: WORKOS_NO_SESSION_COOKIE,
  supertokens: SUPERTOKENS_NO_SESSION,
  kinde: KINDE_NO_SESSION,
  apicast: CREDENTIAL_STEP['apicast-credentials'],
  // Round audit-aj: WordPress's application passwords and its Authorization header under CGI (WordPress/application-passwords
  // #105, #67), WooCommerce's key rules (woocommerce.github.io/woocommerce-rest-api-docs, Authentication), the JWT
  // plugin's .htaccess lines (Tmeister/wp-api-jwt-auth README, #62).
  wordpress:
    'WordPress authenticated no user for this request. Send a user’s application password (Users → Profile → Application Passwords) as HTTP Basic with the user’s login name, not the application’s name, over HTTPS. On Apache with PHP as CGI or FastCGI the Authorization header never reaches WordPress unless .htaccess passes it (SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1); a security plugin that limits the REST API to logged-in users answers the same.',
  woocommerce:
    'WooCommerce authenticated no user for this request: send the store’s consumer key and secret (WooCommerce → Settings → Advanced → REST API) as HTTP Basic over HTTPS, or as consumer_key and consumer_secret query parameters where the server drops the Authorization header (Apache with PHP as CGI or FastCGI); over plain http:// it takes only OAuth 1.0a signatures. If the key did authenticate, check that its permissions (Read, Write, Read/Write) and its user’s role allow the action.',
  'wp-jwt-auth':
    'The JWT Authentication for WP REST API plugin found no Authorization header: send "Authorization: Bearer <token>" with the token from POST /wp-json/jwt-auth/v1/token, and on Apache let the header through to PHP (in .htaccess: RewriteCond %{HTTP:Authorization} ^(.*) and RewriteRule ^(.*) - [E=HTTP_AUTHORIZATION:%1]).',
  // Round audit-ak (verifier-messages/dev-tools.ts). Gitea's and Forgejo's API usage docs (docs.gitea.com/development/
  // api-usage: "Authorization: token …", Basic with the token as password); Nextcloud's WebDAV docs and its .htaccess
  // (Authorization passed to PHP-FPM); Jenkins' "Authenticating scripted clients" (jenkins.io/doc/book/system-
  // administration/authenticating-scripted-clients: preemptive Basic with an API token); Portainer's API docs.
  gitea: forgeNoToken('Gitea'),
  forgejo: forgeNoToken('Forgejo'),
  nextcloud: cloudNoCredentials('Nextcloud'),
  owncloud: cloudNoCredentials('ownCloud'),
  // Grafana's service accounts (grafana.com/docs/grafana/latest/administration/service-accounts: a token sent as
  // Authorization: Bearer); a Cloud access-policy token (glc_) is not one (services.ts's api-key rows).
  grafana:
    'Grafana authenticated no one for this request: send a service account token (glsa_…, Administration → Users and access → Service accounts → Add service account token) as Authorization: Bearer <token>, or a user’s login as HTTP Basic where basic auth is enabled. A Grafana Cloud access-policy token (glc_…) is not one Grafana’s own API reads, and a proxy in front of Grafana must pass the Authorization header on.',
  jenkins:
    'Jenkins took the request as anonymous: send the user name and an API token (the user’s Security page → API Token → Add new Token) as HTTP Basic on every request, up front (curl -u user:token): Jenkins answers an anonymous request with 403 and its login page rather than a 401 challenge, so a client that waits for a challenge never sends them.',
  portainer:
    'Portainer found no credential it reads: send an access token (ptr_…, My account → Access tokens) in the X-API-Key header, or a JWT from POST /api/auth as Authorization: Bearer <jwt>.',
  // CI systems that gave the job no OIDC token (verifier-messages/ci-oidc-tokens.ts: CircleCI-Public/aws-cli-orb#161,
  // buildkite-plugins/aws-assume-role-with-web-identity-buildkite-plugin#43).
  circleci:
    'CircleCI gives a job its OIDC token ($CIRCLE_OIDC_TOKEN, $CIRCLE_OIDC_TOKEN_V2) only when the job uses a context: add one to the job in the workflow (jobs: - deploy: context: <context-name>), and on CircleCI server use 4.4 or later, which issues them.',
  // hashicorp/aws-sdk-go-base's credential chain; HCP Terraform's dynamic provider credentials (aws-configuration).
  'terraform-aws':
    'The AWS provider (or the S3 backend) found no credentials in its chain: environment variables (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE), the shared config and credentials files, an SSO session (aws sso login), a web identity token file, or the instance’s role. On HCP Terraform with dynamic provider credentials, set TFC_AWS_PROVIDER_AUTH=true and TFC_AWS_RUN_ROLE_ARN on the workspace or its variable set: only then does a run get its workload identity token and the role to assume with it.',
  buildkite:
    'Ask for a lifetime Buildkite allows: buildkite-agent oidc request-token --lifetime takes at most the maximum the message names (7200 seconds); request the token for the exchange only, and ask the cloud for a longer session (the AWS role’s duration-seconds, up to its maximum session duration) instead.',
};

/**
 * Each MSAL's interactive call after its silent one fails, so the step names the one the paste's library has: MSAL.js's
 * acquireTokenRedirect / acquireTokenPopup after InteractionRequiredAuthError (msal-browser); MSAL.NET's
 * AcquireTokenInteractive in the catch of MsalUiRequiredException (MicrosoftDocs/microsoft-authentication-library-dotnet
 * acquiring-tokens/desktop-mobile/acquiring-tokens-interactively.md); MSAL Python's acquire_token_silent returns None
 * (acquire_token_silent_with_error the error dict) and the app calls acquire_token_interactive, or a web app the auth code
 * flow (AzureAD/microsoft-authentication-library-for-python msal/application.py; learn.microsoft.com/entra/msal/python
 * getting-started/acquiring-tokens); MSAL Java's PublicClientApplication.acquireToken(InteractiveRequestParameters)
 * after MsalInteractionRequiredException (msal4j InteractiveRequestParameters.java); MSAL Android's
 * acquireToken(AcquireTokenParameters) after MsalUiRequiredException (microsoft-authentication-library-for-android
 * IPublicClientApplication.java); msal-node's PublicClientApplication.acquireTokenInteractive with its openBrowser callback
 * (or acquireTokenByDeviceCode), and ConfidentialClientApplication's getAuthCodeUrl / acquireTokenByCode (AzureAD/
 * microsoft-authentication-library-for-js samples/msal-node-samples: the interactive sample catches
 * InteractionRequiredAuthError from acquireTokenSilent; the device-code and auth-code samples).
 */
const MSAL_INTERACTIVE_EN: Readonly<Record<'js' | 'node' | 'net' | 'python' | 'java' | 'android', string>> = {
  node: 'Catch InteractionRequiredAuthError from msal-node’s acquireTokenSilent and fall back to the interactive call of your application’s kind, with the same scopes: a PublicClientApplication (a desktop app or CLI) calls acquireTokenInteractive with an openBrowser callback (acquireTokenByDeviceCode where no browser can open); a ConfidentialClientApplication (a web app) redirects the user to getAuthCodeUrl’s URL and redeems the code with acquireTokenByCode.',
  js: 'Catch MSAL.js’s InteractionRequiredAuthError from acquireTokenSilent and fall back to acquireTokenRedirect or acquireTokenPopup with the same scopes.',
  net: 'Catch MsalUiRequiredException from AcquireTokenSilent and fall back to AcquireTokenInteractive with the same scopes (a web app or web API sends the user to sign in, or answers 401 with a WWW-Authenticate challenge, instead).',
  python:
    'When acquire_token_silent returns None (or acquire_token_silent_with_error returns this error), fall back to acquire_token_interactive with the same scopes, or, in a web app, the auth code flow (initiate_auth_code_flow / acquire_token_by_auth_code_flow).',
  java: 'Catch MsalInteractionRequiredException from acquireTokenSilently and fall back to acquireToken(InteractiveRequestParameters) with the same scopes (a web app redirects the user to sign in instead).',
  android:
    'Catch MsalUiRequiredException from acquireTokenSilent and fall back to acquireToken(AcquireTokenParameters) with the same scopes and an Activity, so the user can sign in.',
};

const byCode: FindingMessages = {
  'input.empty': {
    title: (a) =>
      a.read === undefined
        ? 'Nothing to diagnose was found in the input'
        : a.read === 'authorization'
          ? 'The paste ends inside the Authorization header, before its token'
          : a.read === 'token-request'
            ? 'The paste is a token request, without the token endpoint’s answer'
            : a.read === 'header'
              ? 'Only a JWT header was found: no token and no payload'
              : `Nothing in the ${a.read} explains a failure`,
    detail: (a) =>
      a.read === undefined
        ? 'No HTTP status, header, token, payload or verifier message was recognised.'
        : a.read === 'authorization'
          ? 'The header’s value stops inside the word Bearer: what the request carried after it (a token, or none) is not shown, so there is nothing to diagnose.'
          : a.read === 'token-request'
            ? 'It is a request to a token endpoint (an OAuth grant_type), not an API call, and what the endpoint answered is not shown: its status and error body (invalid_client, invalid_grant, …) say why no token was issued.'
            : a.read === 'header'
              ? 'A JOSE header (alg, typ) was read and its alg is in order; the claims that most failures come from (exp, iss, aud, scope) are in the payload, which was not pasted.'
              : `The ${a.read} was read and its claims and times are in order (shown below); without the response, the request or the verifier’s words, nothing says why a request failed.`,
    steps: (a) => [
      a.read === 'authorization'
        ? 'Paste the whole Authorization header with the token’s signature masked (Authorization: Bearer header.payload.***), with the response’s status line and headers (curl -i) or the verifier’s log line.'
        : a.read === 'token-request'
          ? 'Run the request again with curl -i and paste the token endpoint’s status line, headers and response body (its error and error_description), with the client_secret and any token masked.'
          : a.read === 'header'
            ? 'Paste the whole token with its signature masked (header.payload.***), or the decoder’s payload beside the header, with the response or the verifier’s log line.'
            : 'Paste the response status line and headers (curl -i or curl -v), the request headers, the token (masked) or the verifier’s log line.',
    ],
  },
  'input.live-token': {
    title: () => 'A live token was pasted: treat it as leaked',
    detail: (a, f) =>
      `The token is complete, signed (${a.alg}) and ${a.expiresInSeconds === null ? 'has no expiry' : a.expiresInSeconds > 0 ? `valid for another ${f.duration(a.expiresInSeconds)}` : 'only just expired'}. Anyone who read the message can use it.`,
    steps: () => [
      'Delete the message that holds the token, and revoke the token or its session (or let it expire if it is short-lived).',
      'Next time, mask the signature (replace the part after the second dot with ***) before pasting.',
    ],
  },
  'input.cut-payload': {
    title: () => 'The pasted payload JSON is cut short',
    detail: (a) =>
      `The paste ends inside the JSON object, before its closing brace. The claims read whole before the cut are ${a.claims.join(', ')}, and they were checked; any after the cut are unknown, so none is reported missing.`,
    steps: () => [
      'Paste the whole payload (or the token with its signature masked) to check the claims after the cut.',
    ],
  },
  'input.masked': {
    title: (a) =>
      a.sample === true
        ? `The token is a sample (${a.markers[0] ?? ''}), as documentation and tests write a JWT`
        : a.what === 'token'
          ? 'The token is masked'
          : a.what === 'payload'
            ? 'The token’s payload is masked'
            : 'The token’s signature is masked',
    detail: (a) =>
      a.sample === true
        ? `${q(a.markers[0] ?? '')} is no issuer’s token (a JWT starts with its header, eyJ…): if the request sent it as shown, the client never put its real token in place of the sample, which any verifier refuses; if it was written in for this paste, the paste has no token to check.`
        : `${a.markers.length > 0 ? `Masking recognised (${a.markers.join(', ')}). ` : ''}${a.what === 'signature' ? 'Header and claims were checked; the signature was not.' : 'Checks that need the masked part were skipped.'}`,
    // Masked whole (or its claims), the token says nothing; with its signature alone masked it is all the checks need.
    steps: (a) =>
      a.sample === true
        ? [
            'If the request sent the sample: find where the client takes its token from (a default value, an example configuration, a test fixture, an environment variable still at its sample) and give it a real token.',
            PASTE_SIGNATURE_MASKED,
          ]
        : a.what === 'signature' || a.notJwt === true
          ? []
          : a.opaque === true
            ? [
                'This token is no JWT (no eyJ header, not three dotted parts): it has no header or claims to paste. Give its first few characters and its length instead, or the id the vendor’s dashboard shows for it, and check there that it is active and issued for this API and environment.',
              ]
            : [PASTE_SIGNATURE_MASKED],
  },
  'status.mismatch': {
    title: (a) => `The ${a.status} status contradicts the evidence`,
    detail: (a) =>
      a.evidenceSays === 'authorization'
        ? `The response is ${a.status}, but ${a.because} says the caller was identified and lacks permission: that is a 403 (authorization) failure.`
        : `The response is ${a.status}, but ${a.because} says the credentials were not accepted: that is a 401 (authentication) failure.`,
    steps: (a) => [
      a.evidenceSays === 'authorization'
        ? 'Treat it as a permission problem; the server (or a gateway in front of it) should answer 403 for insufficient_scope.'
        : 'Treat it as a token problem; the server (or a gateway in front of it) should answer 401 for an invalid or expired token.',
    ],
  },
  'status.not-auth': {
    title: (a) =>
      a.proxy !== undefined
        ? 'A forward proxy refused the request (407): it wants its own credentials'
        : `The status is ${a.status}, not 401 or 403`,
    detail: (a) =>
      a.proxy !== undefined
        ? `A proxy between the client and the API${proxyNamed(a.proxy)} answered 407 Proxy Authentication Required: the request never reached the API, so the bearer token was not judged. The proxy reads Proxy-Authorization, not Authorization.`
        : a.graphql === true
          ? `GraphQL servers answer authentication and authorization failures inside a ${a.status}, in the body’s errors array: the ${a.status} does not mean the request succeeded, and the errors were diagnosed.`
          : a.downstream !== undefined
            ? `The server answered ${a.status}, and its response quotes the ${a.downstream} that a call it made itself got (its HTTP client’s error): it got past this request’s authentication and failed on its own call to another service, refused for the credentials that call carries.`
            : `A ${a.status} is not an authentication or authorization rejection as such; the rest of the evidence was diagnosed anyway.`,
    // A GraphQL 200's errors are the failure, and their findings give the steps: "a 2xx is a success" would deny it.
    steps: (a) =>
      a.graphql === true
        ? []
        : [
            a.proxy !== undefined
              ? 'Give the client the proxy’s credentials (curl --proxy-user, or user:password in HTTPS_PROXY), or exempt the API’s host from the proxy (NO_PROXY); the token needs no change.'
              : a.downstream !== undefined
                ? `Look at the credentials the server sends on its own call (the token, API key or client secret its HTTP client is set up with, and whether it forwards this request’s token): that call got the ${a.downstream}. Its logs name the service it called.`
                : a.status >= 500
                  ? 'Look at the server or gateway error logs first: a 5xx is a server fault.'
                  : a.status >= 200 && a.status < 300
                    ? 'A 2xx is a success: this response is not the failure. Paste the response that failed (its status line, headers and body), or the client’s own error if it failed after this answer.'
                    : a.noBody === true
                      ? 'Paste the response body too (curl -i prints it after the headers; in the browser, the Network tab’s Response): a 4xx body usually names what was refused (an error code, a parameter, a header).'
                      : CHECK_REQUEST,
            ...(a.noBody === true ? [CHECK_REQUEST] : []),
          ],
  },
  'authz-header.missing': {
    title: (a) =>
      a.cutBy === 'argument'
        ? a.via !== undefined && hasProductName(a.via)
          ? `The request to ${productName(a.via)} has no Authorization header: curl took "Authorization: …", given without -H, as a URL`
          : 'The curl command gives "Authorization: …" without -H: curl took it as a URL and never sent it'
        : a.cutBy !== undefined
          ? 'The shell cut the curl command at an unquoted & before its Authorization header'
          : a.misnamed !== undefined
            ? `The token is sent in ${q(a.misnamed)}, not in Authorization`
            : a.otherCredentials === 'query'
              ? 'The token is in the URL, not in the Authorization header'
              : a.via !== undefined && hasProductName(a.via)
                ? `The request to ${productName(a.via)} has no Authorization header`
                : 'The request has no Authorization header',
    detail: (a) =>
      a.cutBy === 'argument'
        ? 'The header is a word of the command with no -H (--header) before it, so curl reads it as a second URL to fetch ("curl: (3) URL rejected: Malformed input to a URL function") and sends the request to the first URL without it: the server got no token.'
        : a.cutBy !== undefined
          ? 'The URL is not quoted, and its query holds a &: the shell ends the command there and runs curl in the background without the options after it, so the -H "Authorization: …" never reached curl and the request went out with no token.'
          : a.misnamed !== undefined
            ? `The request carries its credential in a header named ${q(a.misnamed)}. Servers read it from Authorization only (RFC 9110 §11.6.2, RFC 6750 §2.1), so the request reached the verifier with no token.`
            : a.preflight === true
              ? `The request’s headers are shown and none of them is Authorization. ${PREFLIGHT_NOTE}`
              : a.otherCredentials === 'query'
                ? 'The token is sent as the access_token query parameter and the 401 says nothing about it: most verifiers read only the Authorization header (RFC 6750 lets servers support the parameter and tells clients not to use it).'
                : a.api === 'gitlab'
                  ? 'The request went to GitLab’s REST API and its headers are shown: none of them is one GitLab reads a token from (Authorization, PRIVATE-TOKEN, JOB-TOKEN).'
                  : a.challenge === 'basic'
                    ? 'The request’s headers are shown and none of them is Authorization, and the server’s challenge (WWW-Authenticate: Basic) offers no other scheme: it wants a user name and password there (RFC 7617; some servers take a token they issue as the password), not a bearer token.'
                    : a.transport === 'websocket'
                      ? 'The request’s headers are shown and none of them is Authorization: it is a browser’s WebSocket handshake (Upgrade: websocket, with the Origin a browser adds), and the browser’s WebSocket API cannot add that header.'
                      : `The request’s headers are shown and none of them is Authorization${a.otherCredentials === 'cookie' ? ' (a Cookie is sent: check whether this API expects a Bearer token instead)' : ''}.`,
    steps: (a) =>
      a.transport === 'websocket'
        ? [TRANSPORT_STEP.websocket, WEBSOCKET_ORIGIN]
        : a.api === 'gitlab' && a.cutBy === undefined
          ? [GITLAB_HEADERS]
          : a.challenge === 'basic' && a.cutBy === undefined
            ? [basicCredentials(a.basicClients), ATTACH_AUTHORIZATION[1] as string]
            : a.misnamed !== undefined
              ? [
                  `Rename the header to Authorization in the client (Authorization: Bearer <token>), in place of ${q(a.misnamed)}.`,
                ]
              : a.cutBy === 'argument'
                ? ['Put -H before it: curl -H "Authorization: Bearer <token>" "https://…", then retry.']
                : a.cutBy !== undefined
                  ? [
                      'Quote the URL: curl "https://…?a=1&b=2" -H "Authorization: Bearer <token>" (single or double quotes), then retry.',
                    ]
                  : a.preflight === true
                    ? LET_PREFLIGHT_THROUGH
                    : a.via !== undefined && OWN_CREDENTIAL_MISSING[a.via] !== undefined
                      ? [OWN_CREDENTIAL_MISSING[a.via] as string, ATTACH_AUTHORIZATION[1] as string]
                      : a.otherCredentials === 'query'
                        ? [
                            'Send the token as "Authorization: Bearer <token>" instead of ?access_token=.',
                            'If the API must take it from the URL (a WebSocket, a download link), enable that in the verifier: Spring Security’s BearerTokenResolver allowUriQueryParameter, ASP.NET Core’s JwtBearerEvents.OnMessageReceived, express-jwt’s getToken.',
                          ]
                        : ATTACH_AUTHORIZATION,
  },
  'authz-header.scheme': {
    title: (a) =>
      a.api === 'splunk-hec'
        ? a.scheme === null || a.scheme.toLowerCase() === 'splunk'
          ? 'The Authorization header is not "Splunk <token>"'
          : `The Authorization scheme is ${q(a.scheme)}, not Splunk`
        : a.notBearer === true
          ? 'The Authorization scheme is not Bearer'
          : a.scheme === null
            ? 'The Authorization header has no scheme'
            : `The Authorization scheme is ${q(a.scheme)}, not Bearer`,
    detail: (a) =>
      a.api === 'splunk-hec'
        ? `Splunk’s HTTP Event Collector reads its token from "Authorization: Splunk <token>" and answers a header in another form with 401 "Invalid authorization" (code 3)${a.headerUnseen === true ? '; the paste does not show the header, and a bare token with no Splunk prefix is the usual one.' : a.scheme === null ? ': this one carries a bare token.' : a.scheme.toLowerCase() === 'splunk' ? '.' : `: ${q(a.scheme)} is another scheme, so HEC does not read the token.`}`
        : a.notBearer === true
          ? `The verifier${via(a)} found another first word than Bearer in the Authorization header (Token, Basic, JWT, a misspelt Bearer); RFC 6750 requires "Authorization: Bearer <token>".`
          : a.scheme === null
            ? 'The header carries a bare token; RFC 6750 requires "Authorization: Bearer <token>".'
            : a.api === 'gitlab'
              ? `GitLab’s REST API takes a token as "Authorization: Bearer <token>" or in its PRIVATE-TOKEN header; ${q(a.scheme)} is another scheme (GitHub’s API takes "token"), so GitLab does not read the token.`
              : `Bearer tokens are sent as "Authorization: Bearer <token>"; ${q(a.scheme)} is another scheme, so the verifier does not read it as a bearer token.`,
    steps: (a) => (a.api === 'gitlab' ? [GITLAB_HEADERS] : a.api === 'splunk-hec' ? [HEC_HEADER] : [SEND_EXACTLY]),
  },
  'authz-header.double-prefix': {
    title: (a) =>
      a.form === 'header-name'
        ? 'The header name is repeated in the value'
        : a.form === 'bearer-colon'
          ? 'The scheme is written "Bearer:"'
          : 'The token is prefixed with "Bearer" twice',
    detail: (a) =>
      a.form === 'header-name'
        ? 'The value starts with "Authorization:", so the server reads "Authorization:" as the scheme.'
        : a.form === 'bearer-colon'
          ? 'A colon after Bearer makes "Bearer:" the scheme, which no verifier accepts.'
          : a.form === 'log'
            ? `The verifier${via(a)} was given a token that starts with "Bearer ": the header said Bearer twice ("Bearer Bearer <token>", or a lower-case "bearer" a gateway did not strip), or the code that reads the header passed its whole value, scheme included, as the token.`
            : `"Bearer Bearer <token>": the client adds the prefix to a value that already has it${via(a)}, so the verifier tries to decode "Bearer <token>".`,
    steps: (a) => [
      'Find where the client builds the header and add "Bearer " only once (the stored value often already includes it).',
      ...(a.form === 'log'
        ? [
            'If the request’s header carries "Bearer " once, the server’s code hands the verifier the whole header value: strip the scheme (case-insensitively) before parsing the token.',
          ]
        : []),
    ],
  },
  'authz-header.format': {
    title: (a) =>
      a.problems.length === 1 && a.problems[0] === 'lowercase-scheme'
        ? 'The scheme is written in lower case'
        : a.problems.includes('unexpanded-variable')
          ? `The request sent ${sentVariable(a.variable)} instead of a token`
          : 'The Authorization header is malformed',
    detail: (a) => {
      const words: Record<string, string> = {
        quotes: 'the token is wrapped in quotes',
        'extra-space': 'there is extra whitespace around or inside the token',
        'no-space': 'there is no space between "Bearer" and the token, so verifiers read no Bearer scheme',
        'line-break': 'the value contains a line break',
        'bad-characters': `it contains characters outside RFC 6750’s b64token${a.characters.length > 0 ? ` (${a.characters.map(q).join(' ')})` : ''}`,
        'lowercase-scheme':
          '"bearer" is in lower case (legal: the scheme is case-insensitive, but a few verifiers compare it exactly)',
        duplicate: 'the request carries more than one Authorization header',
        'unexpanded-variable': {
          shell: `${a.variable} went out as literal text: nothing substituted the variable (single quotes around a shell argument keep it as written, and so do quotes around a JavaScript template literal instead of backticks)`,
          php: `${a.variable} went out as literal text: PHP substitutes {$…} only inside double quotes, and a single-quoted string keeps it as written`,
          ruby: `${a.variable} went out as literal text: Ruby interpolates #{…} only inside double quotes, and a single-quoted string keeps it as written`,
          cmd: `${a.variable} went out as literal text: only cmd.exe expands %NAME%, and PowerShell and POSIX shells pass it as written`,
          client: `{{${a.variable ?? 'variable'}}} went out as literal text: the variable has no value in the environment the client sent it from`,
        }[variableSyntax(a.variable)],
        'no-credentials':
          'it held the scheme word alone ("Bearer", or Django REST framework’s "Token") with no credential after it: the variable the client put the token in was empty',
      };
      const parts = a.problems.map((p) => words[p] ?? p);
      return parts.length === 0
        ? `The verifier rejected the header’s format${via(a)}.`
        : `In the header, ${parts.join('; ')}.`;
    },
    steps: (a) =>
      a.problems.length === 1 && a.problems[0] === 'lowercase-scheme'
        ? []
        : a.problems.includes('unexpanded-variable')
          ? variableSyntax(a.variable) !== 'client'
            ? [
                {
                  shell: `Substitute the variable: in a shell, put the header in double quotes (-H "Authorization: Bearer ${a.variable}") and check that it is set where the command runs; in JavaScript, write the header as a template literal in backticks.`,
                  php: `Substitute the variable: write the header in double quotes ("Bearer ${a.variable}") or concatenate it ('Bearer ' . $token), and check that the variable holds the token.`,
                  ruby: `Substitute the variable: write the header in double quotes ("Bearer ${a.variable}"), and check that the variable holds the token.`,
                  cmd: `Substitute the variable in the shell that runs the command: $env:${(a.variable ?? '%TOKEN%').slice(1, -1)} in PowerShell, "$${(a.variable ?? '%TOKEN%').slice(1, -1)}" in bash (%NAME% works only in cmd.exe), and check that it is set there.`,
                  client: '',
                }[variableSyntax(a.variable)],
                SEND_EXACTLY,
              ]
            : [
                `Select the environment that defines ${a.variable ?? 'the variable'} (or set its current value, or run the request that stores it), then send again: an undefined variable is sent as its name in braces.`,
                SEND_EXACTLY,
              ]
          : [SEND_EXACTLY],
  },
  'authz-header.url-encoded': {
    title: (a) => (a.double ? 'The token is percent-encoded twice' : 'The token is percent-encoded'),
    detail: (a) => `The header holds ${a.sequences.join(', ')}: a base64url token must be sent as is, not URL-encoded.`,
    steps: () => [
      'Remove the encodeURIComponent / URL-encoding step where the header is built (it often comes from copying the token out of a URL).',
    ],
  },
  'challenge.missing': {
    title: () => 'A 401 without WWW-Authenticate',
    detail: (a) =>
      a.appVerifier !== undefined
        ? `RFC 9110 requires a challenge with every 401. The application’s own verifier (${a.appVerifier}) refused the token in the pasted log, so the application answered, without a challenge.`
        : a.answeredBy !== undefined
          ? `RFC 9110 requires a challenge with every 401. The refusal is in ${productName(a.answeredBy)}’s own words, so ${productName(a.answeredBy)} answered, without a challenge.`
          : 'RFC 9110 requires a challenge with every 401, so an intermediary (CDN, gateway, proxy) probably answered, or the server is non-compliant.',
    steps: (a) =>
      a.answeredBy !== undefined
        ? []
        : [
            a.appVerifier !== undefined
              ? 'Make the application send WWW-Authenticate: Bearer error="invalid_token", error_description="…" with its 401s (RFC 6750 §3), so clients and the next reader learn why the token was refused.'
              : FIND_ANSWERING_COMPONENT,
          ],
  },
  'challenge.no-error': {
    title: (a) =>
      a.registry === true
        ? 'The registry asks the client to fetch a token (its token-auth challenge)'
        : a.credentialSent
          ? 'The server challenged without saying why'
          : 'The server saw no credentials',
    detail: (a) =>
      a.registry === true
        ? 'A container registry’s answer to a request without a token (Docker Registry v2 token authentication): the challenge’s realm is its token service, from which the client is to request a token for the service and scope named, then retry with "Authorization: Bearer <token>". This 401 is that protocol’s first step, not the failure.'
        : a.credentialSent
          ? `The ${a.scheme} challenge has no error code although the request carried a token: the server is withholding its reason (e.g. ASP.NET IncludeErrorDetails = false) or did not recognise the header.${a.reasonLogged === true ? ' The verifier’s own words in the paste give the reason.' : ''}`
          : `A ${a.scheme} challenge with no error code means the server received no credentials (${a.dpopOnly === true ? 'RFC 9449 §7.1' : 'RFC 6750 §3.1'}): the token was not sent, or was stripped on the way.`,
    steps: (a) => [
      ...(a.resourceMetadata === undefined
        ? []
        : a.resourceMetadataIsServer === true
          ? [
              `Point the challenge’s resource_metadata at the protected-resource metadata (RFC 9728 §3, <server origin>/.well-known/oauth-protected-resource<server path>, JSON with resource and authorization_servers), not at ${a.resourceMetadata}: that is an authorization server’s metadata, in which a client that follows it finds no authorization_servers, so it cannot sign in.`,
            ]
          : [
              `Fetch the protected-resource metadata the challenge names (RFC 9728), ${a.resourceMetadata}: its authorization_servers say where to get a token for this resource, and its resource is the audience to ask for (an MCP client follows resource_metadata on a 401 by itself).`,
            ]),
      ...(a.registry === true
        ? [REGISTRY_TOKEN_EXCHANGE, registryLogin(a.registryClient)]
        : a.dataverse !== undefined
          ? [dataverseNoError(a.dataverse, a.credentialSent)]
          : a.reasonLogged === true
            ? []
            : a.credentialSent
              ? ['Read the server’s logs for the rejection reason; the response hides it.']
              : a.dpopOnly === true
                ? ATTACH_DPOP
                : ATTACH_AUTHORIZATION),
    ],
  },
  'challenge.invalid-request': {
    title: (a) =>
      a.closeCode === 4400
        ? 'graphql-ws closed the socket: 4400 Bad request'
        : refusalTitle(a, 'says the request is malformed', 'invalid_request'),
    detail: (a) =>
      a.closeCode === 4400
        ? GRAPHQL_WS_BAD_REQUEST(a.description)
        : `${stated(a, 'invalid_request')}${a.description === null ? '' : `: ${q(a.description)}`}. Duplicate or malformed credentials, or a missing parameter.`,
    steps: (a) => [
      a.closeCode === 4400
        ? GRAPHQL_WS_BAD_REQUEST_STEP
        : a.stsAudience === true
          ? WIF_PROVIDER_STEP
          : 'Check that the token is sent exactly once (not in both the header and the query or body) and in the right format.',
    ],
  },
  'challenge.invalid-token': {
    title: (a) =>
      a.closeCode === 4401
        ? 'graphql-ws closed the socket: 4401 Unauthorized'
        : a.via === 'firebase-callable'
          ? 'The Firebase callable function refused the request’s token (UNAUTHENTICATED)'
          : a.credential !== undefined
            ? CREDENTIAL_TITLE[a.credential]
            : a.via === 'azure-sql'
              ? 'Azure SQL refused the login made with the Entra token (18456)'
              : a.via !== undefined && REFUSED_CONNECTION.has(a.via)
                ? refusalTitle(a, 'refused the connection', 'invalid_token')
                : refusalTitle(a, 'rejected the token', 'invalid_token'),
    detail: (a) =>
      a.closeCode === 4401
        ? GRAPHQL_WS_UNAUTHORIZED(a.description)
        : a.via === 'firebase-callable'
          ? 'The Firebase callable function answered UNAUTHENTICATED "Unauthenticated": its SDK refuses the call before the function runs when the Authorization header is not "Bearer <ID token>" or the Firebase Auth ID token fails verification (expired, from another project, an access or custom token rather than an ID token, nothing after "Bearer "), and, when App Check is enforced, when the X-Firebase-AppCheck token is missing or refused.'
          : a.via === 'convex'
            ? // get-convex/convex-backend#402, #218 (parse/verifier-messages/backends.ts).
              'Convex refused the JWT the client set: it matches a token to a provider of its auth config by iss (the provider’s domain) and aud (its applicationID), then verifies it with that issuer’s keys and its exp; “No auth provider found” is the match failing, “Could not verify OIDC token claim” the verification.'
            : a.credential === undefined
              ? `${
                  // Azure SQL's 18456 is a login failure with a known cause, not a token's generic refusal: no "names no cause".
                  a.via === 'azure-sql'
                    ? `${productNameAtStart(a.via)} refused the login (error 18456, “Login failed for user”)`
                    : genericRefusal(a)
                      ? `${productNameAtStart(a.via)} refused the token with only a generic reason (the line quoted), which names no cause`
                      : `${a.ownWords === true ? 'The server refused the token' : stated(a, 'invalid_token')}${a.description !== null ? `: ${q(a.description)}` : a.genericReason === true ? ' with only a generic reason (the line quoted), which names no cause' : ' with no description'}`
                }. ${
                  a.googleReason === 'access-token-type-unsupported'
                    ? 'Its reason, ACCESS_TOKEN_TYPE_UNSUPPORTED, says the type of the credential is not one the API being called supports: the wrong kind of token, not an expired one.'
                    : a.via === 'azure-sql'
                      ? 'Microsoft Entra ID issued the token; Azure SQL found no database user for its principal in the database the connection names, or, when it adds “The server is not currently configured to accept this token”, the server has no Microsoft Entra admin or the token is not for https://database.windows.net/.'
                      : a.via === 'action-cable' || a.via === 'socket-io'
                        ? // The app's own connect handler refused: it may have found no credential at all, not a bad token.
                          'The app’s own connection handler refused the connection: it found no credential it accepts where it reads one (none sent there, or one it could not verify).'
                        : a.via === 'ably'
                          ? // Ably's 401xx codes name the check that failed (40102: a clientId that is not the token's).
                            'Ably judged its own token or key, and its error code says which check failed.'
                          : a.via === 'sharepoint'
                            ? 'SharePoint judged the token’s kind and audience before its claims: its words say which it refused (a token for another resource, or a kind of token it does not take).'
                            : a.via === 'oauth2-proxy' && a.description === 'not implemented'
                              ? // jwt_session.go lists one error per session loader after "unable to verify bearer token":
                                // "not implemented" alone is its provider's, which verifies no bearer token (ProviderData's
                                // CreateSessionFromToken), and no --extra-jwt-issuers loader ran (oauth2-proxy/oauth2-proxy#2319, #773).
                                'Its only verifier was its provider’s, which verifies no bearer token, and no --extra-jwt-issuers pair was tried instead: no check judged the token itself.'
                              : wordsNameCause(a.description)
                                ? 'Those words name the cause.'
                                : 'The token is expired, revoked, malformed or badly signed.'
                }`.trimEnd()
              : // invalid_token is this catalogue's name for the refusal, not the product's word: it refused its own credential.
                // "Bad credentials" is Spring Security's words, but the paste need not show Spring: "the server" refused it.
                `Refused by ${a.credential === 'spring-credentials' ? 'the server' : a.via === undefined ? 'the server' : productName(refuserOf(a.via))}${a.description === null ? '' : `: ${q(a.description)}`}. ${CREDENTIAL_DETAIL[a.credential]}`,
    // A pasted token whose claims cannot be read has its own finding asking for it again (or saying what it is).
    steps: (a) =>
      // A SaaS API checks its own tokens: a new one from the vendor, whether or not the paste shows it (its claims, if any,
      // are the vendor's to judge, and an opaque one is its usual form).
      a.via === 'line-login'
        ? [lineLoginStep(a.via, 'invalid') as string]
        : saasTokenRefused(a.via) !== null && a.credential === undefined
          ? [saasTokenRefused(a.via) as string]
          : a.credential === undefined && a.tokenUnreadable && a.via !== 'oauth2-proxy'
            ? []
            : [
                a.credential !== undefined
                  ? CREDENTIAL_STEP[a.credential]
                  : a.via === 'firebase-callable'
                    ? FIREBASE_CALLABLE_REFUSED
                    : realtimeTokenRefused(a.via) !== null
                      ? (realtimeTokenRefused(a.via) as string)
                      : a.tokenShown
                        ? 'Compare the issuer, audience and signing keys the server is configured with to the token’s iss, aud and kid shown here.'
                        : a.googleReason === 'access-token-type-unsupported'
                          ? GOOGLE_TOKEN_TYPE_UNSUPPORTED
                          : a.via === 'google-api' || a.via === 'gcloud'
                            ? GOOGLE_CREDENTIAL_REFUSED
                            : a.via === 'vault'
                              ? VAULT_TOKEN_UNKNOWN
                              : a.via !== undefined && CMS_TOKEN_REFUSED[a.via] !== undefined
                                ? (CMS_TOKEN_REFUSED[
                                    a.via === 'directus' && a.description === 'Invalid user credentials.'
                                      ? 'directus-credentials'
                                      : a.via
                                  ] as string)
                                : a.via !== undefined && IDENTITY_SERVER_TOKEN_REFUSED[a.via] !== undefined
                                  ? (IDENTITY_SERVER_TOKEN_REFUSED[a.via] as string)
                                  : a.via === 'sharepoint'
                                    ? sharepointTokenRefused(a.description)
                                    : a.via === 'salesforce'
                                      ? SALESFORCE_SESSION_REFUSED
                                      : a.via === 'github'
                                        ? GITHUB_TOKEN_REFUSED
                                        : a.via === 'snowflake'
                                          ? SNOWFLAKE_TOKEN_REFUSED
                                          : a.via === 'fastmcp'
                                            ? MCP_TOKEN_REFUSED
                                            : a.via === 'graphql-ws'
                                              ? a.closeCode === 4401
                                                ? GRAPHQL_WS_UNAUTHORIZED_STEP
                                                : GRAPHQL_WS_FORBIDDEN
                                              : a.via === 'azure-sql'
                                                ? AZURE_SQL_TOKEN_REFUSED
                                                : (opaqueKeyRefused(a.via) ??
                                                  saasTokenRefused(a.via) ??
                                                  PASTE_TOKEN_TO_CHECK),
                ...(a.resourceMetadata === undefined || a.via === 'fastmcp'
                  ? []
                  : [mcpMetadataRefusal(a.resourceMetadata)]),
              ],
  },
  'challenge.dpop-proof': {
    title: (a) =>
      a.error === 'use_dpop_nonce'
        ? refusalTitle(a, 'wants a DPoP nonce', 'use_dpop_nonce', false)
        : refusalTitle(a, 'rejected the DPoP proof', 'invalid_dpop_proof'),
    detail: (a) =>
      `error="${a.error}"${a.description === null ? '' : `: ${q(a.description)}`}${a.algs === null ? '' : `; accepted proof algorithms: ${a.algs}`}. ${
        a.error === 'use_dpop_nonce'
          ? 'The server requires a nonce in the DPoP proof and has sent one in the DPoP-Nonce response header; a client retries once with it.'
          : 'The proof in the DPoP request header is missing, malformed, badly signed, or does not match this request or the token.'
      }`,
    steps: (a) =>
      a.error === 'use_dpop_nonce'
        ? [
            'Retry once with the DPoP-Nonce response header’s value as the proof’s nonce claim; if every retry gets a new nonce, check that the client reads the header from this response.',
          ]
        : [
            'Decode the DPoP header (not the access token) and check: typ dpop+jwt, an asymmetric alg, htm and htu equal to this request (htu without query or fragment), a fresh iat and jti, ath = SHA-256 of the access token, and that its jwk thumbprint is the token’s cnf.jkt.',
          ],
  },
  'challenge.step-up': {
    title: (a) =>
      a.error === 'insufficient_claims'
        ? refusalTitle(a, 'wants a new token carrying the claims it names', 'insufficient_claims')
        : // The code, when said, names the kind of sign-in (RFC 9470): the words beside it say only that one is due.
          refusalTitle(
            a,
            codeSaid(a) ? 'wants a new sign-in' : 'wants a stronger or more recent sign-in',
            'insufficient_user_authentication',
          ),
    detail: (a, f) =>
      `${stated(a, a.error)}${a.description === null ? '' : `: ${q(a.description)}`}${a.acrValues === null ? '' : `; it asks for acr_values=${q(a.acrValues)}`}${a.maxAge === null ? '' : `; it accepts a sign-in at most ${a.maxAge} seconds old (max_age)`}${a.tokenAcr === null ? '' : `; the token’s acr is ${q(a.tokenAcr)}`}${a.authAgeSeconds === null ? '' : `; its sign-in (auth_time) was ${f.duration(a.authAgeSeconds)} ago`}. ${
        a.error === 'insufficient_claims'
          ? 'This is Entra ID’s claims challenge (Conditional Access, Continuous Access Evaluation): the token no longer satisfies a policy, or its session was revoked, and the server asks for a new token carrying the claims in the challenge, not for this one to be fixed.'
          : 'The token is valid, but the sign-in behind it is not strong enough or not recent enough for this request (RFC 9470): a new sign-in is needed, and refreshing the token does not give one.'
      }`,
    steps: (a) =>
      a.error === 'insufficient_claims'
        ? [
            a.claims === true
              ? 'Base64-decode the challenge’s claims value and pass it to the token request (MSAL.NET WithClaims, the claims parameter of MSAL.js, claims_challenge in MSAL Python); MSAL then skips its cache.'
              : 'Take the claims value from the response’s WWW-Authenticate header (error="insufficient_claims"), base64-decode it and pass it to the token request (MSAL.NET WithClaims, the claims parameter of MSAL.js, claims_challenge in MSAL Python).',
            'If the silent request fails with interaction_required, sign the user in interactively with the same claims (MFA, a compliant device, a new session after revocation), then retry the call with the new token.',
          ]
        : [
            `Send the user through the authorization endpoint again${a.acrValues === null && a.maxAge === null ? ' with the challenge’s acr_values or max_age' : ` with${a.acrValues === null ? '' : ` acr_values=${a.acrValues}`}${a.maxAge === null ? '' : ` max_age=${a.maxAge}`}`} (RFC 9470 §4), then retry with the new token.`,
            'If the new token is refused the same way, decode it and check that its acr and auth_time claims meet the challenge: the authorization server may not support the acr asked for.',
          ],
  },
  'challenge.insufficient-scope': {
    title: (a) =>
      a.githubActor !== undefined
        ? `The ${a.githubActor === 'integration' ? 'GitHub App (or GITHUB_TOKEN)' : 'fine-grained token'} lacks ${a.githubPermissions?.length ? `the permission ${githubSets(a.githubPermissions, 'or')}` : 'a permission this call needs'}`
        : a.scope === null
          ? saidBy(a, 'The token lacks a required scope', a.description)
          : // The scope named says what the words would, in fewer.
            saidBy(a, `The token lacks the scope ${q(a.scope)}`, null),
    detail: (a) =>
      `${a.mislabelled === 'invalid_token' ? `error="invalid_token" on a 403, whose own words and scope say a permission is missing (RFC 6750 §3.1’s insufficient_scope)` : stated(a, 'insufficient_scope')}${a.scope === null ? '' : codeSaid(a) ? ` and scope=${q(a.scope)}` : ` (scope=${q(a.scope)})`}${a.description === null ? '' : `: ${q(a.description)}`}. The token itself was accepted; it does not grant what this operation needs.${
        a.githubActor === undefined
          ? ''
          : a.githubPermissions?.length
            ? ` X-Accepted-GitHub-Permissions names what the endpoint accepts: ${githubSets(a.githubPermissions, 'or')}${a.githubPermissions.length > 1 ? ' (any one of these)' : ''}.`
            : ' GitHub Apps and fine-grained tokens have permissions, not OAuth scopes.'
      }`,
    steps: (a, f) =>
      a.githubActor === 'integration'
        ? [
            `In the GitHub App’s settings (Permissions), give it ${githubWanted(a.githubPermissions)}, and have each installation accept the changed permissions; for a workflow’s GITHUB_TOKEN, grant it in the workflow’s or job’s permissions: block. An installation token’s permissions come from the App, not from OAuth scopes.`,
          ]
        : a.githubActor === 'personal-access-token'
          ? [
              `Edit the fine-grained personal access token: give it ${githubWanted(a.githubPermissions)} and access to this repository or organization (an organization may also have to approve it). OAuth scopes do not apply to it.`,
            ]
          : a.via === 'microsoft-graph'
            ? [GRAPH_PRIVILEGES_STEP]
            : a.via === 'google-api'
              ? [GOOGLE_SCOPE_STEP]
              : a.via === 'slack'
                ? [slackScopeStep(a.scope === null ? [] : a.scope.split(' ').filter((s) => s !== ''), f)]
                : [
                    requestScopes(a.scope === null ? [] : a.scope.split(' ').filter((s) => s !== ''), f),
                    ...(a.mislabelled === 'invalid_token' ? [MISLABELLED_SCOPE_REFUSAL] : []),
                  ],
  },
  'challenge.scheme-mismatch': {
    title: (a) => `The server asks for ${a.challenged.join(' / ')}, the request sent ${a.sent}`,
    detail: (a) =>
      a.tokenSchemes === true
        ? `The challenge names ${a.challenged.join(', ')} but the request used ${a.sent}: both are OAuth access-token schemes, so the API itself answered, and it takes ${a.challenged.join(', ')}, not ${a.sent} (RFC 9449 §7.2: an API that takes both offers both).`
        : a.drfToken === true
          ? `The challenge is Django REST framework’s TokenAuthentication (WWW-Authenticate: Token): the API itself answered, and it reads only "Authorization: Token <key>", ignoring a ${a.sent} header.`
          : `The challenge names ${a.challenged.join(', ')} but the request used ${a.sent}: the request reached a different authentication layer than intended.`,
    steps: (a) => [
      a.drfToken === true
        ? DRF_TOKEN_STEP
        : a.tokenSchemes !== true
          ? 'Find which component issued this challenge (a gateway with Basic auth, an IIS/Kerberos front end) and route the request past it, or authenticate to it.'
          : a.challenged.some((s) => s.toLowerCase() === 'dpop')
            ? 'Get a DPoP-bound token (send a DPoP proof with the token request) and send it as "Authorization: DPoP <token>" with a fresh "DPoP: <proof>" header on every request (RFC 9449), or let the API accept Bearer tokens on this route.'
            : 'Send the token as "Authorization: Bearer <token>", as the API asks; if the token is DPoP-bound (it carries cnf.jkt), enable DPoP on the API instead (RFC 9449 §7.2), or request a token without the binding.',
    ],
  },
  'challenge.malformed': {
    title: (a) =>
      a.misnamed !== undefined
        ? `The challenge came under the name ${a.misnamed}, not WWW-Authenticate`
        : a.product === 'aws-http-api'
          ? 'API Gateway’s HTTP API writes its challenge without commas'
          : a.product === 'azure-storage'
            ? 'Azure Storage writes its challenge with unquoted URLs and no commas'
            : a.product === 'gin-jwt'
              ? 'gin-jwt writes its challenge’s realm unquoted'
              : a.product === 'dataverse'
                ? 'Dataverse writes its challenge with an unquoted URL'
                : a.endsPaste === true
                  ? 'The WWW-Authenticate header stops where the paste ends'
                  : 'The WWW-Authenticate header does not parse',
    detail: (a) =>
      a.misnamed !== undefined
        ? `The response’s challenge is in a header named ${a.misnamed}: clients, and RFC 9110 §11.6.1, look for WWW-Authenticate and pass over it, so a client that acts on the challenge (refreshing on invalid_token) never sees it. Its value was read as the challenge, and what it says is reported here.`
        : a.product === 'aws-http-api'
          ? 'Its JWT authorizer separates the parameters with blanks (RFC 9110 wants commas): that is AWS’s fixed form, not the failure. Strict clients may not parse it; what it says was read and is reported above.'
          : a.product === 'azure-storage'
            ? 'Its bearer challenge (authorization_uri, resource_id) is Azure Storage’s fixed form, not the failure: it names where to get a token (the tenant’s authority, resource https://storage.azure.com), and was read as such.'
            : a.product === 'dataverse'
              ? 'Its bearer challenge (authorization_uri, and resource_id where it is there) is Dataverse’s fixed form, not the failure: it names the Entra ID tenant the environment trusts (the GUID in authorization_uri), from which the token must come, and the environment’s URL as the resource to request it for.'
              : a.product === 'gin-jwt'
                ? 'gin-jwt (appleboy/gin-jwt) sends JWT realm=<its Realm> with the realm unquoted, so a realm with a blank (its default, gin jwt) does not parse (RFC 9110 wants it quoted): that is its fixed form, not the failure. Its JWT scheme is its own label; it reads the token from "Authorization: Bearer <token>" unless TokenHeadName says otherwise.'
                : a.reason === NO_CHALLENGE
                  ? 'The header’s value holds no challenge (it is empty or only commas): a client cannot tell which scheme to use.'
                  : a.endsPaste === true
                    ? `At character ${a.offset}: ${a.reason}. The header ends where the paste ends: the paste may have cut it there, so what came after (an error, its description) is unknown; what could be read is shown.`
                    : `At character ${a.offset}: ${a.reason}. Clients may ignore the challenge; what could be read is shown.`,
    steps: (a) =>
      a.misnamed !== undefined
        ? [`Fix the server or gateway that names the header: WWW-Authenticate, not ${a.misnamed}.`]
        : a.product !== undefined
          ? []
          : a.endsPaste === true
            ? [PASTE_WHOLE_CHALLENGE]
            : a.reason === NO_CHALLENGE
              ? [
                  'Fix the server or gateway that sends a WWW-Authenticate with no challenge in it: the header names its scheme first (RFC 9110 §11.6.1), as in Bearer realm="api".',
                ]
              : [
                  'Fix the server or gateway that builds the header: parameters separated by commas, values in double quotes.',
                ],
  },
  'token.missing': {
    title: (a) =>
      a.configuredHeader === true
        ? 'The gateway found no token where it looks for one'
        : a.sent === true
          ? 'The token did not reach the verifier'
          : a.unobtained === true
            ? 'The client could not get its token'
            : a.preflight === true
              ? 'The CORS preflight was refused for carrying no token'
              : a.sender !== undefined || a.aiApi !== undefined
                ? configuredSenderTitle(a)
                : a.client === 'kubectl'
                  ? 'The API server refused the credentials kubectl sent'
                  : a.client === 'kubernetes'
                    ? 'The Kubernetes API server refused the credentials'
                    : a.client === 'grpc'
                      ? a.grpcReason === 'client-certificate'
                        ? 'The gRPC call was refused for its client certificate'
                        : a.grpcReason === 'component-credential'
                          ? 'A component’s own credential for its backend was refused'
                          : a.grpcReason === 'per-rpc-credentials'
                            ? 'The gRPC client could not get the credentials to send: the call never left it'
                            : 'The gRPC call was refused as unauthenticated'
                      : a.client === 'gitlab'
                        ? 'GitLab found no token it accepts in the request'
                        : a.client === 'mcp'
                          ? 'The MCP server refused the client: no token, or none it accepts'
                          : a.client === 'docker-registry'
                            ? a.tokenService === true
                              ? 'The registry’s token service refused the client’s credentials'
                              : 'The registry accepted no token from the client'
                            : a.challenge === 'basic'
                              ? 'The server asks for Basic credentials (a user name and password), and got none it accepts'
                              : a.orMalformed === true
                                ? 'No bearer token was found in the request'
                                : a.codeSetsHeader === true && a.codeScheme === 'basic'
                                  ? 'The client code sends Basic credentials, but the paste does not show what was sent'
                                  : a.codeSetsHeader === true
                                    ? 'The client code sets the token, but the paste does not show what was sent'
                                    : a.saidSent === true
                                      ? 'The paste says a token was sent, but does not show it'
                                      : a.framework === 'nestjs'
                                        ? 'NestJS refused the request without saying why'
                                        : a.framework === 'aspnet-webapi'
                                          ? 'ASP.NET Web API’s [Authorize] found no authenticated user'
                                          : a.eitherStated === true
                                            ? a.eitherProduct === 'webex'
                                              ? 'No token was sent, or Webex refused the one sent: its reply does not say which'
                                              : 'No token was sent, or the one sent was refused: the reply does not say which'
                                            : a.requestUnseen === true
                                              ? 'No token was sent, or it is not in the paste'
                                              : 'No token was sent',
    detail: (a) =>
      a.sender !== undefined || a.aiApi !== undefined
        ? configuredSenderDetail(a)
        : a.client === 'kubectl'
          ? 'kubectl reports the API server’s 401: the credentials its kubeconfig gives (a token, an exec plugin’s token, a client certificate) were missing, expired or not mapped to a user. None of them is in the paste.'
          : a.client === 'grpc'
            ? a.grpcReason === 'client-certificate'
              ? 'The gRPC status UNAUTHENTICATED says the connection’s client certificate (mutual TLS) was not presented or not accepted: the server wants the client to prove who it is in the TLS handshake, not with a token in the call’s metadata.'
              : a.grpcReason === 'per-rpc-credentials'
                ? 'grpc-go says the call’s per-RPC credentials (its token source: an OAuth 2.0 client, Google’s default credentials, a login call of the SDK’s own) failed to give it a token before it was sent: no request reached the server, which refused nothing. The error after “per-RPC creds failed due to error:” is the token source’s own: the identity provider’s answer to its token request, a network failure on the way to it, or a deadline.'
                : a.grpcReason === 'component-credential'
                  ? 'The gRPC status UNAUTHENTICATED carries a component’s own words that the credential it uses for the endpoint it connects to was refused (IBM’s block CSI driver says so of the storage system’s user name and password): the component’s own login to its backend failed, not a bearer token on the call.'
                  : `The gRPC library reports the status UNAUTHENTICATED ${a.grpcReason === 'generic' ? 'with a reason in the server’s own words (the line quoted), which no check here reads' : 'with no reason'}: the server (or a proxy in front of it) did not take the call’s credentials. A gRPC call carries them in its metadata, which no pasted request shows: none sent, a key other than authorization, a value without "Bearer ", or a token it refused.`
            : a.client === 'kubernetes'
              ? 'The Kubernetes API server answered 401 with its own Status body: it authenticated none of the credentials it got. Most often a pod’s ServiceAccount token that expired or whose account was deleted, a token for another audience, or an OIDC token from an issuer it is not set up for. No token is in the paste.'
              : a.challenge === 'basic'
                ? 'The server’s challenge (WWW-Authenticate: Basic) offers no other scheme: it wants a user name and password (RFC 7617; some servers take a token they issue as the password), not a bearer token. The client sent none, or ones it does not accept.'
                : a.client === 'docker-registry' && a.tokenService === true
                  ? 'The registry client’s token request to the registry’s token service (the realm of the registry’s challenge; auth.docker.io/token for Docker Hub) was answered 401, so no token reached the registry: the service refused the credentials the client sent for the scope it asked (docker login’s, helm registry login’s), or the client had none stored for this host. Docker Hub answers so too when an access token may not have an action asked for (push with a read-only token).'
                  : a.client === 'docker-registry'
                    ? 'The registry answered UNAUTHORIZED "authentication required". Registry clients (docker, crane, skopeo) fetch a token from the registry’s token service with the credentials docker login stored and retry with it, so the exchange gave no token the registry accepted: no stored credentials for this host, ones the token service refused, or a token that expired before the operation ended.'
                    : a.client === 'mcp'
                      ? 'An MCP client reports its server’s refusal: the server wants a token (an OAuth access token, or the fixed token or API key it is set up with) and got none it accepts. The paste shows neither the request nor a token; a client that connected without signing in to the server sends none.'
                      : a.client === 'gitlab'
                        ? 'GitLab’s REST API answered 401 Unauthorized, which it answers both when it finds no token where it reads one (PRIVATE-TOKEN, Authorization: Bearer, JOB-TOKEN, or private_token in the query) and when the token is not valid: expired, revoked, mistyped, or created on another GitLab instance. A deploy token is not accepted by its API.'
                        : a.placeholder !== undefined
                          ? a.inQuery !== undefined
                            ? `The URL’s ${a.inQuery} parameter carries ${a.placeholder === '' ? 'nothing' : q(a.placeholder)} where the token goes: the client opened the connection with no token (an unset variable, or a token not yet fetched or stored when it connected).`
                            : `The Authorization header carries ${a.placeholder === '' ? 'nothing' : q(a.placeholder)} where the token goes: the client sent no token (an unset variable or a failed token fetch).`
                          : a.preflight === true
                            ? `The failed request carries no token. ${PREFLIGHT_NOTE}`
                            : a.unobtained === true
                              ? a.credentials !== undefined
                                ? `${SEEKER[CREDENTIAL_SEEKER[a.credentials]]}${via(a)} could not get ${CREDENTIAL_SEEKER[a.credentials] === 'sdk' ? 'a token' : 'credentials'}: ${NO_CREDENTIALS[a.credentials]}. No request was sent.`
                                : `The client says it could not obtain the token it was to send${via(a)}, so none went out.`
                              : a.configuredHeader === true
                                ? `${a.sent === true ? 'The request carried a token in Authorization, but the' : 'The'} gateway${via(a)} found no token it could take in the header its API definition names (auth_header_name, Authorization unless changed; its query parameter or cookie when enabled): that header was empty or absent, or, under Tyk’s own OAuth 2.0, its value had no "Bearer " before the token. Its JWT and auth-token modes take a bare token.`
                                : a.stated === true
                                  ? 'The server says the request reached it without a token (the line quoted): the client sent no Authorization header, or an empty one (an unset variable, a failed token fetch), or something on the way dropped it.'
                                  : a.via === undefined
                                    ? a.codeSetsHeader === true && a.codeScheme === 'basic'
                                      ? 'This is an authentication failure, and the paste’s client code sends HTTP Basic credentials from its variables (httr2’s req_auth_basic, requests’ HTTPBasicAuth, SetBasicAuth), but not what they held: an empty or wrong user name or password is refused, and so is any Basic credential by an API that takes only a bearer token or an API key.'
                                      : a.codeSetsHeader === true
                                        ? 'This is an authentication failure, and the paste’s client code sets Authorization to "Bearer " and a variable, but not what the variable held when the request went out: an empty, null or undefined variable (a token not yet fetched or stored, a failed sign-in, state read before it was set) sends "Bearer " with nothing, or "Bearer null", and the server refuses it as it refuses no token.'
                                        : a.saidSent === true
                                          ? 'This is an authentication failure, and the paste says the request carried a token, but neither the token nor the request is in it: the verifier refused the token (expired, for another audience or issuer, an ID token where an access token is wanted or the reverse), or it did not reach the verifier in the header it reads.'
                                          : a.framework === 'aspnet-webapi'
                                            ? 'ASP.NET Web API’s AuthorizeAttribute answered "Authorization has been denied for this request.": the request reached the controller with no authenticated user. Either no token came, or the authentication middleware in front of it (OWIN’s bearer or Azure AD middleware) did not accept the one that came, which it does silently, leaving the request anonymous: a token for another audience (ida:Audience, ValidAudience), from another tenant or issuer, or expired. The same words answer a user outside the attribute’s Roles or Users.'
                                            : a.framework === 'nestjs'
                                              ? `NestJS’s UnauthorizedException with its default message ("Unauthorized", answered as {"statusCode":401,"message":"Unauthorized"}) says nothing of why. A guard threw it; @nestjs/passport’s AuthGuard throws it for every failure of its strategy, whether no token reached it or the token was refused (expired, a wrong signature), and drops the strategy’s reason. Neither the request nor a token is in the paste.${a.exceptionsHandler === true ? ' Nest’s ExceptionsHandler logged it as an unknown error, so the client got 500, not 401: the exception is no instance of the app’s HttpException, which happens when the guard’s package resolves another copy of @nestjs/common.' : ''}`
                                              : a.eitherStated === true && a.eitherProduct === 'webex'
                                                ? 'This is an authentication failure, and Webex answers “The request requires a valid access token set in the Authorization request header.” both to a request with no token and to one whose token it refused (expired, revoked, or not one of its own). The paste does not show the request, so which is not known: if a token was sent, check it is a current Webex access token sent as "Authorization: Bearer <token>".'
                                                : a.eitherStated === true
                                                  ? 'This is an authentication failure, and the reply says “missing or invalid”: words that cover both a request with no token and one whose token was refused. The paste does not show the request, so which is not known. If a token was sent, the verifier refused it: its issuer, audience, signing key or expiry against the verifier’s settings says why.'
                                                  : a.requestUnseen === true
                                                    ? 'This is an authentication failure, and the paste shows neither a token nor the request that carried one: a client that sent none is the usual cause, but whether it did is not shown.'
                                                    : 'This is an authentication failure and there is no token anywhere in the input.'
                                    : a.sent === true
                                      ? `The request carried a token in Authorization, but the verifier says it received none${via(a)}: ${a.droppedBy === undefined ? 'something on the way dropped the header, or the service’s auth filter did not read the token (another scheme, a defect it rejected) and carried on as anonymous.' : DROPPED_BY[a.droppedBy]}`
                                      : a.orMalformed === true
                                        ? `The JWT middleware${via(a)} found no token to check: the request had no Authorization header, or its value does not start with "Bearer " (a bare token, another scheme); where it is told to read a cookie or the query instead, nothing was there. The paste does not show the request’s headers, which would say which.`
                                        : `The verifier says it received no token${via(a)}.`,
    steps: (a) =>
      a.sender !== undefined || a.aiApi !== undefined
        ? configuredSenderSteps(a)
        : a.client === 'kubectl' && a.eks === true
          ? [
              // aws-cli awscli/customizations/eks/get_token.py: the token is 'k8s-aws-v1.' and a presigned STS GetCallerIdentity
              // URL carrying the cluster's name (x-k8s-aws-id); STS signs it for 15 minutes and get-token's expirationTimestamp is
              // 14 minutes on (TOKEN_EXPIRATION_MINS), after which kubectl runs the plugin again.
              'Run the exec plugin by hand with the kubeconfig’s own arguments and environment (kubectl config view --minify shows them: aws eks get-token --cluster-name <name> with its --region, --role-arn and AWS_PROFILE): its token is a presigned STS request valid for 15 minutes and bound to that cluster name, so one copied into a kubeconfig or script is refused once it is older, and one for another cluster name is refused always.',
              // docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html: access entries, or the aws-auth ConfigMap.
              'Check the IAM identity that signs it: aws sts get-caller-identity with the same profile (the role --role-arn names, if any). The cluster must map that ARN to a Kubernetes user: an access entry (aws eks list-access-entries --cluster-name <name>) or a mapRoles / mapUsers row of the aws-auth ConfigMap in kube-system.',
              'Run the command again with -v=8 to see the 401’s body.',
            ]
          : a.client === 'kubectl'
            ? [
                'See what kubectl sends: kubectl config view --minify (the user’s token, exec plugin or client certificate), and run the exec plugin by hand (aws eks get-token, gke-gcloud-auth-plugin, kubectl oidc-login get-token) to see whether it still gets a token.',
                'EKS: check that the IAM identity (aws sts get-caller-identity) is mapped to the cluster (an access entry or the aws-auth ConfigMap); OIDC: that the ID token is not expired; a ServiceAccount token: that it has not expired or been deleted.',
                'Run the command again with -v=8 to see the 401’s body, and paste the token (signature masked) to check it.',
              ]
            : a.client === 'grpc' && a.grpcReason === 'client-certificate'
              ? [
                  // grpc-js credentials.createSsl(rootCerts, privateKey, certChain) (grpc/grpc-node packages/grpc-js/src/
                  // channel-credentials.ts); grpcio grpc.ssl_channel_credentials(root_certificates, private_key,
                  // certificate_chain) (grpc/grpc src/python/grpcio/grpc/__init__.py); grpc-go credentials.NewTLS with
                  // tls.Config.Certificates. Built with root certificates only, the channel presents no client certificate.
                  'Check the client certificate the channel is built with: its private key and certificate chain, not only the root certificates (grpc-js credentials.createSsl(rootCerts, privateKey, certChain), grpcio grpc.ssl_channel_credentials(root_certificates, private_key, certificate_chain), grpc-go credentials.NewTLS with tls.Config.Certificates); a channel built with root certificates alone presents none.',
                  'Check that the server trusts the CA that signed the client certificate (its client CA bundle) and that the certificate has not expired; a proxy that ends TLS in front of the server must do the mutual TLS itself or pass the certificate on.',
                ]
              : a.client === 'grpc' && a.grpcReason === 'per-rpc-credentials'
                ? [
                    'Read the error after “per-RPC creds failed due to error:”, which is the token source’s, and make the same token request by hand from the same host: the identity provider’s token endpoint with the same client id and key file (a service user’s key, a client secret), or gcloud auth application-default print-access-token for Google’s credentials. Fix what it answers (a disabled or deleted service user or key, an identity provider error or outage, no route to it from this host, a clock that makes its assertion expired).',
                  ]
                : a.client === 'grpc' && a.grpcReason === 'component-credential'
                  ? [
                      // kubernetes-csi external-provisioner: the StorageClass names the Secret it passes to the driver
                      // (csi.storage.k8s.io/provisioner-secret-name / -namespace; kubernetes-csi.github.io/docs/secrets-and-credentials-storage-class.html).
                      'Check the credential the component itself uses for the endpoint the message names: for a Kubernetes CSI driver, the Secret its StorageClass names (csi.storage.k8s.io/provisioner-secret-name and -namespace) with the storage system’s address, user name and password; log in to that endpoint with them by hand.',
                      'If the password was changed or the user locked on the storage system, update the Secret; the driver reads it on its next call.',
                    ]
                  : a.client === 'grpc'
                    ? [
                        // grpc-go's metadata package lower-cases keys and HTTP/2 sends header names lower-case (RFC 9113 §8.2.1);
                        // a bearer token goes under "authorization" as "Bearer <token>" (Envoy's grpc_credential header_key
                        // default, gRPC's own OAuth2 call credentials).
                        'Check the call’s metadata: the token under the key "authorization" (lower-case) as "Bearer <token>", set on every call (a per-RPC credential or a client interceptor), not only on the channel’s first one.',
                        // grpc-go clientconn.go errTransportCredentialsMissing.
                        'A per-RPC credential that requires transport security is not sent over a plaintext channel: grpc-go refuses to dial with "grpc: the credentials require transport level security (use grpc.WithTransportCredentials() to set)"; use TLS, or a credential that allows an insecure channel where that is intended.',
                        'Read the server’s log (its auth interceptor’s reason), or paste the token with its signature masked to check it.',
                      ]
                    : a.client === 'kubernetes'
                      ? [
                          'Read the API server’s reason in its log, on the line "Unable to authenticate the request" for this request (err="[invalid bearer token, service account token has expired]", "Token has been invalidated", "oidc: verify token: …"); on a managed cluster, in its control-plane logs.',
                          // No fixed lifetime is claimed: a projected token's expirationSeconds defaults to an hour, but the API server
                          // extends the auto-mounted one (--service-account-extend-token-expiration); the kubelet rotates it at 80% of its
                          // TTL (ServiceAccountTokenProjection.expirationSeconds, k8s.io API reference).
                          'A pod’s ServiceAccount token (/var/run/secrets/kubernetes.io/serviceaccount/token) is short-lived, and the kubelet replaces the file before it expires: check that the client rereads the file rather than keeping the token it read at start (an old client library, a token cached by the application), and that the ServiceAccount still exists.',
                          'For a token of your own (kubectl create token, an OIDC ID token): check that it has not expired and that its audience is the API server’s, and paste it (signature masked) to check its claims.',
                        ]
                      : a.client === 'gitlab'
                        ? [GITLAB_HEADERS, GITLAB_CHECK_TOKEN]
                        : a.client === 'mcp'
                          ? [MCP_CLIENT_SIGN_IN, MCP_SERVER_CHALLENGE]
                          : a.client === 'docker-registry'
                            ? a.tokenService === true
                              ? [registryLogin(a.registryClient), REGISTRY_TOKEN_SERVICE_ACCESS]
                              : [registryLogin(a.registryClient), REGISTRY_TOKEN_EXCHANGE, REGISTRY_TOKEN_LIFETIME]
                            : a.via === 'trino'
                              ? [TRINO_NO_USER]
                              : a.challenge === 'basic'
                                ? [basicCredentials(a.basicClients)]
                                : a.preflight === true
                                  ? LET_PREFLIGHT_THROUGH
                                  : a.credentials !== undefined
                                    ? NO_CREDENTIALS_STEPS[a.credentials]
                                    : a.unobtained === true &&
                                        (a.via === 'circleci' || a.via === 'buildkite' || a.via === 'terraform-aws')
                                      ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                      : a.unobtained === true
                                        ? [
                                            'Check what the client needs to get its token: for a CI job, its permission to request an OIDC token (GitHub Actions: "permissions: id-token: write" on the job or workflow; none is given to a run from a fork); otherwise its own credentials for the identity provider.',
                                          ]
                                        : a.configuredHeader === true
                                          ? [
                                              'Look up where the API definition reads the token: auth_configs’ auth_header_name (and use_param, use_cookie), and send it there as "Bearer <token>".',
                                              'Check that every proxy between the client and the gateway forwards that header.',
                                            ]
                                          : a.droppedBy !== undefined
                                            ? DROPPED_BY_STEPS[a.droppedBy]
                                            : a.sent === true && a.via !== undefined && SENT_OWN_CREDENTIAL.has(a.via)
                                              ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                              : a.sent === true && a.via === 'envoy'
                                                ? [PROXIES_FORWARD, ENVOY_TOKEN_NOT_TAKEN]
                                                : a.sent === true
                                                  ? [
                                                      PROXIES_FORWARD,
                                                      'Check that the service reads the token from the Authorization header (not a cookie, a query parameter or another header) on this route.',
                                                    ]
                                                  : a.orMalformed === true
                                                    ? [
                                                        'Send the token as "Authorization: Bearer <token>": the word Bearer, one space, then the token (not a bare token, not another scheme); if the middleware’s TokenLookup names a cookie or a query parameter, send it there.',
                                                        'Look at the request as it was sent (DevTools → Network → the request → Headers, or curl -v), or paste it with the token’s signature masked: its Authorization header tells a missing token from a malformed header.',
                                                      ]
                                                    : a.stated === true
                                                      ? [LOOK_FOR_TOKEN, PROXIES_FORWARD_IF]
                                                      : a.codeSetsHeader === true && a.codeScheme === 'basic'
                                                        ? [
                                                            'Check what the code sends: the user name and password it passes (not empty, the account’s own, a password or app password where the API wants one), and that this API takes Basic at all; see the header it builds with httr2’s req_dry_run(), or make the same call with curl -v -u <user>.',
                                                          ]
                                                        : a.codeSetsHeader === true
                                                          ? [
                                                              'Log the Authorization header the request actually sends (or read it in DevTools → Network, or a proxy such as Charles or mitmproxy), right where the code builds it: check that the variable holds the token at that moment, not an empty string, null or undefined, and that the request is not sent before the token is fetched or stored.',
                                                            ]
                                                          : a.saidSent === true
                                                            ? [
                                                                PASTE_SENT_TOKEN,
                                                                a.transport !== undefined
                                                                  ? TRANSPORT_STEP[a.transport]
                                                                  : LOOK_AT_REQUEST,
                                                              ]
                                                            : a.framework === 'aspnet-webapi'
                                                              ? [
                                                                  // aspnet/AspNetWebStack AuthorizeAttribute.cs: IsAuthorized is false for an
                                                                  // unauthenticated principal, then for Users and Roles.
                                                                  'Check that the request carries "Authorization: Bearer <token>" (DevTools → Network, Fiddler, curl -v); if it does, the middleware refused the token: compare its aud and iss with the API’s configured audience and tenant (ida:Audience, ida:Tenant, TokenValidationParameters.ValidAudience) and check its exp.',
                                                                  'Paste the token with its signature masked to check those claims; if the [Authorize] names Roles or Users, check that the token’s user has them.',
                                                                ]
                                                              : a.framework === 'nestjs'
                                                                ? [
                                                                    // nestjs/nest#2170 (an auth module's guard answering 500), #5241 (peerDependencies), #10059.
                                                                    ...(a.exceptionsHandler === true
                                                                      ? [
                                                                          'Make the app resolve one @nestjs/common (npm ls @nestjs/common): align the versions, and in a shared library or auth module list @nestjs/common and @nestjs/core as peerDependencies, so the guard’s UnauthorizedException answers 401 again instead of 500.',
                                                                        ]
                                                                      : []),
                                                                    // @nestjs/passport auth.guard.js: handleRequest(err, user, info) throws `err || new UnauthorizedException()`;
                                                                    // passport-jwt's strategy.js fails with "No auth token", or with jsonwebtoken's error ("jwt expired", …).
                                                                    'Find the guard’s reason: with @nestjs/passport’s AuthGuard("jwt"), override handleRequest(err, user, info) in the guard and log info before throwing: passport-jwt puts its reason there ("No auth token" when its extractor found none, or jsonwebtoken’s "jwt expired", "invalid signature", "jwt malformed").',
                                                                    LOOK_AT_REQUEST,
                                                                  ]
                                                                : a.via !== undefined &&
                                                                    OWN_CREDENTIAL_MISSING[a.via] !== undefined
                                                                  ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                                                  : a.requestUnseen === true && a.via === 'grpc'
                                                                    ? [GRPC_NO_CREDENTIAL]
                                                                    : a.requestUnseen === true
                                                                      ? [
                                                                          a.transport !== undefined
                                                                            ? TRANSPORT_STEP[a.transport]
                                                                            : a.bareHeader === true
                                                                              ? LOOK_AT_REQUEST_BARE
                                                                              : a.clientCode === true
                                                                                ? LOOK_AT_CLIENT_REQUEST
                                                                                : LOOK_AT_REQUEST,
                                                                          PASTE_REQUEST_AND_CHALLENGE,
                                                                        ]
                                                                      : a.placeholder !== undefined
                                                                        ? [
                                                                            a.inQuery !== undefined
                                                                              ? placeholderInQuery(a.inQuery)
                                                                              : PLACEHOLDER_SENT,
                                                                          ]
                                                                        : a.via === 'consul'
                                                                          ? [CONSUL_NO_TOKEN]
                                                                          : a.adminSecret === true
                                                                            ? a.transport === 'websocket'
                                                                              ? [
                                                                                  HASURA_ADMIN_SECRET,
                                                                                  HASURA_ADMIN_SECRET_SOCKET,
                                                                                ]
                                                                              : [HASURA_ADMIN_SECRET]
                                                                            : a.via === 'hasura' &&
                                                                                a.transport === 'websocket'
                                                                              ? [HASURA_SUBSCRIPTION]
                                                                              : [
                                                                                  'Check that the client attaches the token; if it was sent but not pasted, paste it (signature masked) to check it.',
                                                                                ],
  },
  'token.malformed': {
    title: (a) =>
      a.signedRequest !== undefined
        ? 'AppSync wants a JWT, and the request was SigV4-signed'
        : 'The token is malformed',
    detail: (a) => {
      const why: Record<string, string> = {
        segments: `it has ${a.parts ?? 'the wrong number of'} parts instead of three`,
        'header-base64': 'the first part is not base64url (characters lost or added in copying?)',
        'header-json':
          a.firstPart === 'cut'
            ? 'it ends inside its first part, the JOSE header: what came whole before the cut (its alg) was read; the payload and the signature are not there'
            : a.firstPart === 'damaged'
              ? 'the first part begins as a JSON header does (eyJ) but does not decode to one: characters were lost or changed inside it'
              : 'the first part does not decode to a JSON header (the start of the token may be cut off)',
        'header-no-alg': 'the header has no "alg"',
        'payload-base64': 'the payload is not base64url',
        'payload-json': 'the payload does not decode to a JSON object',
        'standard-base64': 'it uses standard base64 (+ and /) instead of base64url',
        padding: 'it carries base64 padding (=) that base64url JWTs do not carry',
        'base64-wrapped': 'it is base64-encoded again (decode it once to get the JWT)',
        'payload-tail':
          'it begins inside its payload: what is there decodes to the end of a JSON object (…}) and nothing follows its dot, so its header, the start of its payload and its signature are not there',
        log: `the verifier could not parse it${via(a)}`,
      };
      const cut = a.endsPaste === true ? ' It ends where the paste ends: the paste may have cut it.' : '';
      const read =
        a.cutClaims === undefined
          ? ''
          : ` The payload is cut short: the claims read whole before the cut are ${claimNames(a.cutClaims)}; any after it are unknown.`;
      const alb =
        a.issuedBy === 'aws-alb'
          ? ' It is an AWS ALB’s user-claims token (x-amzn-oidc-data; its header’s signer is the load balancer): the ALB pads it with = and signs it padded, by design, so nothing was damaged in copying. AWS notes that standard JWT libraries are not compatible with that padding.'
          : '';
      if (a.signedRequest !== undefined)
        return 'AppSync could not parse the Authorization header as a JWT (“Unable to parse JWT token.”), and the request was signed with SigV4: the API’s authorization mode is a Cognito user pool or OIDC, which reads a JWT there, while a SigV4 signature is for its AWS_IAM mode (naming the Cognito service in a SigV4 signer still signs the request).';
      const issuer =
        a.opaqueIssuer === undefined
          ? ''
          : ` The paste names ${a.opaqueIssuer === 'zitadel' ? 'ZITADEL' : 'Auth0'}, whose access tokens are opaque (no dots, not a JWT) ${a.opaqueIssuer === 'zitadel' ? 'unless the application is set to issue JWTs' : 'when no audience was requested'}: a verifier that wants a JWT calls such a token malformed.`;
      return `Not a valid JWS: ${why[a.reason] ?? a.reason}.${cut}${read}${alb}${issuer}`;
    },
    steps: (a) =>
      a.signedRequest !== undefined
        ? [
            'Send the signed-in user’s Cognito user pool token (its ID or access token; OIDC: the provider’s JWT) as the bare Authorization header value, without SigV4 signing; or, to call it signed, add AWS_IAM to the API’s authorization modes (aws appsync get-graphql-api shows authenticationType and additionalAuthenticationProviders) and allow the signer’s IAM role appsync:GraphQL.',
          ]
        : a.issuedBy === 'aws-alb'
          ? [
              'Verify it as the ALB’s documentation describes: fetch the public key for its kid from https://public-keys.auth.elb.<region>.amazonaws.com/<kid>, check that signer is your load balancer’s ARN, and verify ES256 over the header and payload exactly as sent, padding included (removing the = breaks the signature). Use a verifier that allows the padding: aws-jwt-verify’s ALB verifier, or golang-jwt v5 with WithPaddingAllowed.',
            ]
          : a.endsPaste === true || a.reason === 'payload-tail'
            ? [
                a.unsigned === true
                  ? 'Paste the token again in full, so its claims can be checked: it is unsigned (alg none), so there is no signature to mask.'
                  : 'Paste the token again in full, with only its signature masked (header.payload.***), so its claims can be checked.',
                'If the request’s token itself ends there, find what truncates it (a header size limit, a log line’s length, a cookie split into chunks).',
              ]
            : a.reason === 'base64-wrapped'
              ? [
                  "Decode the value once (`base64 -d`; a Kubernetes Secret’s `.data` is base64: `kubectl get secret … -o jsonpath='{.data.token}' | base64 -d`) and send the JWT that comes out.",
                ]
              : a.opaqueIssuer !== undefined
                ? [
                    OPAQUE_ISSUER_STEP[a.opaqueIssuer],
                    'To tell, look at the token the client sends: a JWT has two dots and starts with eyJ; an opaque one has neither.',
                  ]
                : a.via === 'appwrite'
                  ? [
                      // appwrite/appwrite#1585 (an API key given to setJWT: "Try doing .setKey instead"), #1251.
                      'Appwrite read X-Appwrite-JWT (the SDK’s setJWT) and found no JWT in it: that header takes only a JWT from account.createJWT(). Give an API key to setKey (X-Appwrite-Key) and a session’s secret to setSession (X-Appwrite-Session) instead, and pass the JWT unchanged (no lower-casing, quotes or whitespace).',
                    ]
                  : [
                      'Copy the token again from its source in full; check that nothing truncates, wraps or re-encodes it (logging, templating, shell quoting).',
                    ],
  },
  'token.jwe': {
    title: () => 'The token is encrypted (JWE)',
    detail: (a) =>
      `Five parts (alg ${a.alg ?? '?'}, enc ${a.enc ?? '?'}): its claims cannot be read without the decryption key, and an API expecting a signed JWT rejects it.${a.issuer === 'auth0' ? ' It is an Auth0 tenant’s directly encrypted token: what Auth0 issues when the request names no audience, a token for its /userinfo endpoint only, not for an API.' : ''}`,
    steps: (a) =>
      a.issuer === 'auth0'
        ? [
            'Request the token with audience=<your API’s identifier> (the Auth0 API’s Identifier, in the /authorize or /oauth/token request, or the SDK’s authorizationParams.audience), then send that token: it is a signed JWT for the API.',
          ]
        : [
            'Check which token type the API expects; ask the identity provider for a signed (JWS) access token for this audience.',
          ],
  },
  'token.opaque': {
    title: (a) =>
      a.form === 'sanctum'
        ? 'The token is a Laravel Sanctum token, not a JWT'
        : a.form === 'google-access-token'
          ? 'The token is a Google OAuth access token, not an ID token'
          : a.form === 'api-key' && a.key !== undefined
            ? `The token is ${PRODUCT_KEY[a.key].name}, not a JWT`
            : 'The token is not a JWT (opaque token)',
    detail: (a) =>
      a.form === 'sanctum'
        ? 'A Laravel Sanctum personal access token ({id}|{secret}): Sanctum looks it up in its personal_access_tokens table, so only a Sanctum guard accepts it; a JWT verifier cannot read it.'
        : a.form === 'google-access-token'
          ? 'A Google OAuth 2.0 access token (ya29.…): only Google’s own APIs (*.googleapis.com) accept it. Cloud Run, Cloud Functions and Identity-Aware Proxy, and APIs that verify Google JWTs, want a Google-signed ID token whose aud is the service’s URL (for IAP, its OAuth client id); they answer an access token with 401 or 403 (“Your client does not have permission to the requested URL”).'
          : a.form === 'api-key' && a.key !== undefined
            ? `${PRODUCT_KEY[a.key].product} issued this key and looks it up as it is: it has no header or claims to read, and a JWT verifier cannot accept it.`
            : `A ${a.length}-character reference token with no JOSE header: a JWT verifier cannot read it; the API must introspect it.`,
    steps: (a) =>
      a.form === 'sanctum'
        ? [
            'If the API is Laravel: check that the route uses the Sanctum guard (auth:sanctum), and that the token’s row still exists and has not expired (expires_at, the sanctum.expiration setting); send the whole value, its id and "|" included.',
            'If the API expects a JWT, request one from its identity provider instead.',
          ]
        : a.form === 'google-access-token'
          ? [
              SEND_GOOGLE_ID_TOKEN,
              'Behind IAP, the ID token’s audience is IAP’s OAuth client id, not the URL. The caller also needs roles/run.invoker (Cloud Run) or IAP-secured Web App User (IAP).',
            ]
          : a.form === 'api-key' && a.key !== undefined
            ? [
                `If ${PRODUCT_KEY[a.key].product} refused it: ${PRODUCT_KEY[a.key].check}`,
                `If the API that refused it is not ${PRODUCT_KEY[a.key].product}'s and expects a JWT, the client sent the wrong credential: send the access token the API’s identity provider issued.`,
              ]
            : [OPAQUE_ISSUER_STEP[a.issuer ?? 'other']],
  },
  'token.id-token': {
    title: () => 'An ID token was sent instead of an access token',
    detail: (a) =>
      `The claims show ${a.indicators.join(', ')}: this is an OpenID Connect ID token, meant for the client, not for calling APIs.`,
    steps: () => ['Send the access_token from the token response, not the id_token.'],
  },
  'token.for-other-api': {
    title: (a) => OTHER_API_TITLES[a.api],
    detail: (a) => {
      const sent = a.host === null ? '' : `, but the request went to ${a.host}`;
      switch (a.api) {
        case 'microsoft-graph':
          return `aud is ${q(a.aud)} (Microsoft Graph)${sent}: the client asked Entra ID for a Graph scope (User.Read, https://graph.microsoft.com/.default) and sent that token on. Only Graph can validate its tokens${a.headerNonce ? ' (its header carries a nonce)' : ''}: any other API fails its signature or audience, whatever keys it has.`;
        case 'okta-org':
          return `iss and aud are ${q(a.aud)}, Okta’s org authorization server${sent}: its access tokens are for Okta’s own APIs, and Okta says no other application should validate them (their format and keys change without notice).`;
        case 'auth0-management':
          return `aud is ${q(a.aud)}, Auth0’s Management API${sent}: the token was issued for managing the tenant (the dashboard’s API Explorer token, or a client-credentials grant with the Management API as audience), not for your API, so your API’s audience check refuses it.`;
        case 'auth0-userinfo':
          return `aud is only ${q(a.aud)}, the tenant’s /userinfo endpoint${sent}: the client asked Auth0 for a token without your API’s audience, and such a token is good for /userinfo alone.`;
      }
    },
    steps: (a) => {
      switch (a.api) {
        case 'microsoft-graph':
          return [
            ...(a.host === null
              ? ['Check where this token was sent: it is valid only for calls to graph.microsoft.com.']
              : []),
            'In the client, request a token for your API’s own scope (api://<API app id>/.default, or a scope the API exposes under “Expose an API”), and send that one to the API.',
            'Do not set the API to accept Graph’s audience or skip the signature check: a Graph token cannot be validated outside Graph.',
          ];
        case 'okta-org':
          return [
            'Request the token from a custom authorization server (API Access Management; Okta’s built-in one is https://<org>/oauth2/default) whose audience is your API, not from https://<org>/oauth2/v1/.',
            'Configure the API with that server’s issuer (https://<org>/oauth2/<server id>) and audience (api://default for the built-in one).',
          ];
        case 'auth0-management':
        case 'auth0-userinfo':
          return [
            'In the client, request the token with audience set to your API’s Identifier (Dashboard > Applications > APIs), in the /authorize or /oauth/token request (or the SDK’s authorizationParams.audience).',
            ...(a.api === 'auth0-management'
              ? [
                  'Do not make the API accept the Management API’s audience: a Management API token grants administration of the tenant and should not travel to other services.',
                ]
              : []),
          ];
      }
    },
  },
  'token.crit': {
    title: (a) =>
      a.problem === undefined
        ? 'The token’s header requires extensions the verifier must implement (crit)'
        : a.problem === 'unencoded'
          ? 'The token uses an unencoded payload (b64: false), which no JWT may'
          : 'The token’s crit header is invalid',
    detail: (a, f) => {
      const names = f.list(a.names.map(q));
      switch (a.problem) {
        case 'not-array':
          return 'crit must be an array of non-empty strings (RFC 7515 §4.1.11): verifiers refuse the token.';
        case 'empty':
          return 'crit is an empty list, which RFC 7515 §4.1.11 forbids: verifiers refuse the token.';
        case 'registered':
          return `crit names ${names}, defined by JWS itself: RFC 7515 §4.1.11 lets crit list only extensions, and verifiers refuse the token.`;
        case 'absent':
          return `crit names ${names}, which the header does not carry: crit lists parameters present in the header, and verifiers refuse the token.`;
        case 'unencoded':
          return 'crit names b64 and b64 is false (RFC 7797): the payload is not base64url-encoded, which JWT verifiers refuse (jose: "JWTs MUST NOT use unencoded payload").';
        default:
          return `crit marks ${names} critical: a verifier that does not implement ${a.names.length === 1 ? 'it' : 'them'} must refuse the token (RFC 7515 §4.1.11), however good its signature. Most JWT libraries implement no extension.`;
      }
    },
    steps: (a) =>
      a.problem === undefined
        ? [
            'Check that the API’s JWT library implements the extensions named in crit (and is told to accept them, as jose’s crit option); otherwise have the issuer stop marking them critical.',
          ]
        : a.problem === 'unencoded'
          ? [
              'Have the issuer sign the JWT with its payload base64url-encoded: drop b64 (and its crit entry) from the header.',
            ]
          : [
              'Fix how the issuer builds the token’s header: crit, when present, lists only extension parameters that the header carries.',
            ],
  },
  'token.revoked': {
    title: (a) =>
      a.jwtAssertion !== undefined
        ? JWT_ASSERTION[a.jwtAssertion].title
        : a.passwordGrant === true
          ? 'The token endpoint refused the user’s username or password (password grant)'
          : a.refreshToken === true
            ? REFRESH_REFUSED.title
            : 'The token has been revoked',
    detail: (a) =>
      a.jwtAssertion !== undefined
        ? `The token endpoint${via(a)} says ${JWT_ASSERTION[a.jwtAssertion].detail}`
        : a.passwordGrant === true
          ? `The token endpoint refused the password grant${via(a)}: the username and password the client sent for the user were not accepted, so no token was issued (and none was revoked).`
          : a.refreshToken === true
            ? REFRESH_REFUSED.detail(via(a), a.writerSaid === true)
            : `The server says the token is revoked or no longer active${via(a)}.`,
    steps: (a) =>
      a.jwtAssertion !== undefined
        ? a.via === 'docusign'
          ? // DocuSign's step names its own iss, sub, aud and keypair: the generic claims step (aud the token
            // endpoint's URL) would contradict it.
            a.jwtAssertion === 'grant'
            ? [DOCUSIGN_ASSERTION_STEP]
            : [DOCUSIGN_ASSERTION_STEP, ...JWT_ASSERTION[a.jwtAssertion].steps]
          : JWT_ASSERTION[a.jwtAssertion].steps
        : a.passwordGrant === true
          ? PASSWORD_GRANT_STEPS
          : a.refreshToken === true
            ? REFRESH_REFUSED.steps(a.provider, a.via, a.writerSaid === true)
            : a.via === 'supabase-auth'
              ? [SUPABASE_SESSION_ENDED]
              : [
                  'Sign in again or use the refresh token to get a new token; if revocation was unexpected, check the session or grant in the identity provider.',
                ],
  },
  'token.type-mismatch': {
    title: (a) =>
      a.api === 'slack'
        ? 'Slack does not accept this kind of token for the method (not_allowed_token_type)'
        : a.api === 'x'
          ? 'X (Twitter) does not accept this kind of authentication for the endpoint (Unsupported Authentication)'
          : a.where === 'claim'
            ? `The verifier does not accept the token’s type (its ${a.claim ?? 'typ'} claim)`
            : a.proof === undefined
              ? 'The verifier does not accept the token’s type (typ)'
              : a.proof === 'firebase-custom-token'
                ? 'A Firebase custom token was sent where an ID token goes'
                : `A ${PROOF_NAMES[a.proof]} was sent as the access token`,
    detail: (a, f) => {
      if (a.api === 'slack')
        return 'Slack’s Web API answered not_allowed_token_type, "The token type used in this request is not allowed.": the method takes other kinds of token (bot xoxb-, user xoxp-, app-level xapp-) than the one sent.';
      if (a.api === 'x')
        return 'X’s API v2 answered Unsupported Authentication (403): the endpoint takes another kind of authentication than the one sent, of app-only (the app’s Bearer token), OAuth 1.0a user context (consumer keys with a user’s access token and secret) and OAuth 2.0 user context (a user’s token from the PKCE flow); its words name the kinds it supports.';
      if (a.proof === 'firebase-custom-token')
        return `The token${a.via === undefined ? '' : ` the verifier${via(a)} refused`} is a Firebase custom token (aud is Identity Toolkit’s), minted by the Admin SDK’s createCustomToken() for a client to sign in with. verifyIdToken() accepts only the ID token the client gets after signing in.`;
      if (a.proof !== undefined)
        return `The token’s header says typ "${a.typ ?? ''}": it is a ${PROOF_NAMES[a.proof]}, which no API accepts as an access token.`;
      const has =
        a.missing === true ? ' and the token has none' : a.typ === null ? '' : ` and the token says "${a.typ}"`;
      const accepts = a.expected.length === 0 ? '' : `; it accepts ${or(a.expected, f)}`;
      if (a.where === 'claim')
        return `The verifier${via(a)} checks the token’s ${a.claim ?? 'typ'} claim (in the payload, not the JOSE header)${has}${accepts}.`;
      return `The verifier${via(a)} checks the token’s typ header${has}${accepts}.`;
    },
    steps: (a) =>
      a.api === 'x'
        ? [
            'Send the kind the endpoint supports: a user-context token (OAuth 2.0 with PKCE, or OAuth 1.0a keys with the user’s access token and secret) for what acts as a user (posting, bookmarks, /2/users/me), the app-only Bearer token where only it is supported (full-archive search, stream rules).',
          ]
        : a.api === 'slack'
          ? [
              'Look up the method’s accepted token types in Slack’s method reference and send that kind: a user token (xoxp-) where the app acts as a user (add the scope under User Token Scopes in OAuth & Permissions and reinstall the app), a bot token (xoxb-) where it acts as the bot.',
              'Adding scopes does not change a token’s type: a bot token never works for a user-only method, whatever its scopes.',
            ]
          : a.proof === 'dpop-proof'
            ? [
                'Send the access token as "Authorization: DPoP <access token>" and the proof in its own "DPoP: <proof>" header: the two look swapped.',
              ]
            : a.proof === 'firebase-custom-token'
              ? [
                  'In the client, sign in with the custom token (signInWithCustomToken) and send the ID token it then gets (user.getIdToken()) to the server.',
                ]
              : a.proof !== undefined
                ? ['Send the access token the authorization server issued for this API, not this JWT.']
                : a.where === 'claim'
                  ? [
                      `Send the kind of token the verifier expects${a.expected.length === 0 ? '' : ` (${a.claim ?? 'typ'} ${a.expected.map(q).join(' or ')})`}: the token response holds several (access, refresh, ID), and this one is another kind. Take access_token for API calls, refresh_token only for the refresh call.`,
                      'The claim is set by the identity provider for each kind of token: it is not something the API should be configured to accept.',
                    ]
                  : [
                      'Compare the token’s typ header with what the API accepts: RFC 9068 access tokens carry "at+jwt", while many libraries accept only "JWT" or no typ by default.',
                      'Either make the API accept the issuer’s typ (Spring’s JwtTypeValidator, Nimbus’s JOSEObjectTypeVerifier, TokenValidationParameters.ValidTypes, jose’s typ option) or have the identity provider issue the type the API expects.',
                      'If the typ names another kind of token (an ID token, a logout token), send the access token instead.',
                    ],
  },
  'token.sender-constrained': {
    title: (a) =>
      a.binding === 'mtls'
        ? 'The token is bound to a client certificate the verifier did not get'
        : a.binding === null
          ? 'The verifier refused a sender-constrained token: its binding was not honoured'
          : a.scheme?.toLowerCase() === 'bearer'
            ? 'A DPoP-bound token was sent as a Bearer token'
            : a.proofSent === false
              ? 'A DPoP-bound token was sent without its DPoP proof'
              : 'The DPoP-bound token’s key binding was not honoured',
    detail: (a) => {
      const said = a.via === undefined ? '' : ` The verifier${via(a)} says so.`;
      if (a.binding === 'mtls') {
        const forwarded =
          a.forwardedHeader === null
            ? ''
            : ` The request shows ${a.forwardedHeader}: check that it carries the certificate the token was bound to.`;
        const sure =
          a.via === undefined
            ? ' The paste cannot show the TLS connection, so this is a likely cause, not a certain one.'
            : ` The verifier${via(a)} says the certificate was missing or did not match.`;
        return `The token’s cnf claim holds a certificate thumbprint (x5t#S256): it is bound to the client certificate it was issued to (RFC 8705), and is accepted only on a TLS connection where that certificate is presented, or, behind a proxy that terminates TLS, with the certificate forwarded to the API.${forwarded}${sure}`;
      }
      if (a.binding === null)
        return `The verifier${via(a)} refused the token because the request did not prove possession of the key or certificate the token is bound to (its cnf claim).`;
      const sent =
        a.scheme?.toLowerCase() === 'bearer'
          ? ' It was sent under Bearer, which a resource server must refuse for a DPoP-bound token.'
          : a.proofSent === false
            ? ' The request shows no DPoP header.'
            : '';
      return `The token’s cnf claim holds a key thumbprint (jkt): it is bound to the client’s DPoP key (RFC 9449) and is accepted only as "Authorization: DPoP <token>" with a DPoP proof signed by that key.${sent}${said}`;
    },
    steps: (a) =>
      a.binding === 'mtls'
        ? [
            'Present the client certificate the token was issued to on the TLS connection to the API (curl --cert and --key; the HTTP client’s key store): the same certificate the client used at the token endpoint.',
            'If a gateway or load balancer terminates TLS, have it request the client certificate and forward it to the API (Envoy’s x-forwarded-client-cert, nginx’s $ssl_client_escaped_cert in a header, an AWS ALB’s X-Amzn-Mtls-Clientcert in mTLS passthrough), and the API read it from there.',
            'If the certificate was renewed after the token was issued, get a new token: cnf x5t#S256 is the thumbprint of the old one.',
          ]
        : a.binding === null
          ? [
              'Decode the token’s cnf claim: jkt means DPoP (send "Authorization: DPoP <token>" with a DPoP proof signed by that key), x5t#S256 a client certificate (present it on the TLS connection, or have the proxy forward it).',
            ]
          : [
              'Send the token as "Authorization: DPoP <access token>", not Bearer, with a fresh proof in a "DPoP: <proof>" header on every request.',
              'Sign the proof with the key pair the token was issued for: its jwk thumbprint (RFC 7638) must equal the token’s cnf.jkt; a client that made a new key since (a restart, another instance) needs a new token.',
              'Give the proof this request’s htm and htu, a new jti, a current iat, and ath: the base64url SHA-256 of the access token.',
            ],
  },
  'token.jwe-undecryptable': {
    title: () => 'The verifier could not decrypt the token (JWE)',
    detail: (a) =>
      `The verifier${via(a)} could not decrypt the encrypted token${a.alg === null && a.enc === null ? '' : ` (alg ${a.alg ?? '?'}, enc ${a.enc ?? '?'})`}: it was encrypted to a key the verifier does not hold, or the verifier’s key or secret changed after it was issued.`,
    steps: () => [
      'Check which key the issuer encrypts to (the API’s public encryption key and its kid) and that the API holds the matching private key; a token encrypted before a key rotation cannot be opened with the new key.',
      'For a session cookie sealed with a shared secret (next-auth’s NEXTAUTH_SECRET or AUTH_SECRET), check that every instance uses the same secret; after it changes, clear the cookie and sign in again.',
    ],
  },
  'alg.none': {
    title: () => 'The token is unsigned (alg: none)',
    detail: () =>
      'An unsigned token must be rejected by every verifier; if any service accepts it, that is a security incident.',
    steps: () => [
      'Find what minted this token: nothing legitimate issues alg none. If a service accepted such tokens, treat it as an incident.',
    ],
  },
  'alg.not-allowed': {
    title: (a) => `The algorithm ${a.alg === null ? '' : `${a.alg} `}is not accepted`.replace('  ', ' '),
    detail: (a) =>
      a.platform !== undefined
        ? PLATFORM_ALG_DETAIL(a.platform, a.alg, a.allowed)
        : a.nimbusDefault === true
          ? `The verifier${via(a)} expected another algorithm or found no key for this one, and the token is signed with ${a.alg ?? '?'}: Spring Security’s NimbusJwtDecoder trusts RS256 only unless told otherwise (with jwk-set-uri or withJwkSetUri; with issuer-uri it trusts the algorithms of the key set’s keys).`
          : a.reason === 'key-type'
            ? `The token is signed with ${a.alg ?? '?'}, but the keys given (${a.allowed.join(', ')}) cannot verify that algorithm: the classic HS256-vs-RS256 confusion, or a key meant for another use.`
            : a.reason === 'log'
              ? `The verifier rejects the token’s algorithm${a.alg === null ? '' : ` ${a.alg}`}${via(a)}${a.allowed.length > 0 ? `: it accepts ${f_list(a.allowed)} only` : ''}.`
              : a.caseOf !== undefined
                ? `alg ${a.alg ?? '(none)'} is not in the allowed list (${a.allowed.join(', ')}): ${q(a.caseOf)} differs from it only in case, and algorithm names are case-sensitive (write ${a.alg ?? '?'}).`
                : `alg ${a.alg ?? '(none)'} is not in the allowed list (${a.allowed.join(', ')}).`,
    steps: (a) => [
      ...(a.platform === undefined ? [] : [PLATFORM_STEP[a.platform]]),
      // jsonwebtoken's verify() without an `algorithms` option derives them from the key: a PEM public key or certificate
      // allows the asymmetric ones, anything else (a secret, or a PEM that does not parse) the HS ones; a malformed
      // public key thus fails an RS256 token with "invalid algorithm" (auth0/node-jsonwebtoken#882, verify.js).
      ...(a.via === 'jsonwebtoken' && a.reason === 'log' && a.allowed.length === 0
        ? [
            "jsonwebtoken derives the algorithms it accepts from the key when verify() gets no algorithms option: a PEM public key or certificate allows RS/PS/ES, anything else only HS. An RS256 token refused this way usually means the key given is not a readable public key (escaped \\n from an environment variable, lost BEGIN/END lines, a JWKS URL passed instead of the key): check it parses with crypto.createPublicKey, and pass algorithms: ['RS256'] (the issuer’s) explicitly.",
          ]
        : []),
      // Supabase's platform check takes only HS256 and has no setting for others (gateways-more.ts).
      a.via === 'supabase-edge'
        ? SUPABASE_VERIFY_JWT_STEP
        : a.nimbusDefault === true
          ? `Tell the decoder the issuer’s algorithm: spring.security.oauth2.resourceserver.jwt.jws-algorithms: ${a.alg ?? 'ES256'}, or NimbusJwtDecoder.withJwkSetUri(uri).jwsAlgorithm(SignatureAlgorithm.${a.alg ?? 'ES256'}); if it is set already, check that the key set holds a key for ${a.alg ?? 'it'} with the token’s kid.`
          : 'Make the issuer sign with the algorithm the API expects (check the client’s signing settings in the identity provider), or fix the API’s allowed algorithms.',
    ],
  },
  // firebase-admin says "no kid" only of a token that is neither a custom token nor a legacy one (those it names), and
  // never in emulator mode (firebase/firebase-admin-node src/auth/token-verifier.ts, verifyContent): Firebase Auth did
  // not mint it. The Admin SDK verifies against the emulator when FIREBASE_AUTH_EMULATOR_HOST is set (the same file's
  // verifyIdToken callers pass useEmulator(), which reads it: src/auth/auth-api-request.ts).
  'key.kid-missing': {
    title: (a) =>
      a.via === 'firebase-admin'
        ? 'The token has no kid: it is not a Firebase ID token'
        : 'The token has no kid and the key set has several keys',
    detail: (a) =>
      a.via === 'firebase-admin'
        ? 'Every ID token Firebase Auth issues names its signing key (kid, RS256). firebase-admin names a custom token as such, and skips this check when it verifies against the Auth Emulator: this token came from elsewhere, an Auth Emulator sign-in verified by an Admin SDK that is not pointed at the emulator, or another issuer’s token (the app’s own session JWT, another identity provider’s).'
        : `Without a kid, a verifier must guess among ${a.keyCount === null ? 'several' : a.keyCount} keys; many pick none${via(a)}.`,
    steps: (a) =>
      a.via === 'firebase-admin'
        ? [
            FIREBASE_EMULATOR_STEP,
            'Send the ID token from the signed-in client (getIdToken() on the Firebase user), not a token of another issuer: decode its header and check for a kid and RS256.',
          ]
        : ['Have the issuer put a kid in the header, or give the verifier only the signing key.'],
  },
  'key.kid-unknown': {
    title: (a) =>
      a.rotatedIn === true
        ? `The key ${q(a.kid ?? '?')} was only just published by the issuer`
        : a.credentialClaim !== undefined
          ? `No credential matches the token’s ${a.credentialClaim}`
          : `The key ${a.kid === null ? '' : `${q(a.kid)} `}is not in the key set`.replace('  ', ' '),
    detail: (a) => {
      if (a.rotatedIn === true) {
        const before = a.available.length > 0 ? `held only ${f_list(a.available)}` : 'did not hold it';
        return `The copy of the issuer’s key set fetched earlier from ${a.jwksUri ?? 'its JWKS URL'} ${before}; fetched again, it holds ${q(a.kid ?? '?')}. The issuer has just rotated this key in, and a verifier that cached the key set before the rotation rejects the token until it fetches the set again${via(a)}.`;
      }
      if (a.credentialClaim !== undefined)
        return `The verifier${via(a)} looks up the Consumer JWT credential whose key equals the token’s ${a.credentialClaim} claim (Kong’s jwt plugin, config.key_claim_name), not a key by kid, and has none for ${a.credentialKey === undefined ? 'it' : q(a.credentialKey)}: no Consumer has a credential for this issuer or environment, or the credential’s key is spelled differently (a trailing slash, http for https).`;
      if (a.caseOf !== undefined)
        return `The token names kid ${q(a.kid ?? '?')}; the key set has ${q(a.caseOf)}, which differs only in case. A kid is compared exactly, case included: the issuer and the key set spell it differently.${a.verifiesWith === undefined ? '' : ` The signature verifies with ${q(a.verifiesWith)}: only the name differs.`}`;
      if (a.verifiesWith !== undefined)
        return `The token names kid ${q(a.kid ?? '?')}; the key set${a.jwksUri === undefined ? '' : ` the issuer publishes at ${a.jwksUri}`} has ${f_list(a.available)}. The signature does verify with ${q(a.verifiesWith)}: the key is the same, named differently in the token’s header than in the key set, so a verifier that looks keys up by kid finds none. Not a rotation: the issuer’s signing settings and the key set disagree on the kid.`;
      if (a.jwksUri !== undefined) {
        return `The token names kid ${q(a.kid ?? '?')}; the key set the issuer publishes at ${a.jwksUri} has ${a.available.length > 0 ? f_list(a.available) : 'no kids'}${REFETCH_NOTE[a.refetch ?? 'none']}. The token was signed with a key the issuer no longer publishes, or by another issuer or environment.`;
      }
      if (a.keysTried !== undefined && a.keysTried.length > 0)
        return a.kid === null
          ? `The verifier${via(a)} tried ${a.keysTried.length === 1 ? 'the key' : 'the keys'} ${f_list(a.keysTried)}, and none verified the token: the key was rotated, the verifier’s JWKS cache is stale, or the token comes from another environment.`
          : `The token’s kid ${q(a.kid)} was not among the keys the verifier tried${via(a)}: ${f_list(a.keysTried)}. The key was rotated, the verifier’s JWKS cache is stale, or the token comes from another environment.`;
      if (a.hmacAlg !== undefined)
        return `The token names kid ${q(a.kid ?? '?')}; the secrets given have ${a.available.length > 0 ? f_list(a.available) : 'no kids'}. The token is signed with HMAC (${a.hmacAlg}): its kid names the shared secret it was signed with, and none is held under that name: a secret rotated out, or another environment’s.`;
      return a.available.length > 0
        ? `The token names kid ${q(a.kid ?? '?')}; the key set has ${f_list(a.available)}. The key was rotated, the verifier’s JWKS cache is stale, or the token comes from another environment.`
        : `The verifier found no key for this token${via(a)}: key rotated, JWKS cache stale, or wrong environment.`;
    },
    steps: (a) =>
      a.credentialClaim !== undefined
        ? [
            `Compare the token’s ${a.credentialClaim}${a.credentialKey === undefined ? '' : ` (${q(a.credentialKey)})`} with the key of the Consumers’ JWT credentials (the Admin API’s GET /consumers/<consumer>/jwt, or jwt_secrets in a declarative config): add a credential with exactly that key (and its rsa_public_key for RS256), or send a token from an issuer a credential names.`,
          ]
        : a.rotatedIn === true
          ? [
              'Make the API’s verifier fetch the key set again (restart it or clear its key cache), then retry the request.',
              'So that the next rotation does not cause this: have the verifier refetch its JWKS when it meets an unknown kid (with a cooldown), and have the issuer publish new keys well before it signs with them.',
            ]
          : a.verifiesWith !== undefined
            ? [
                `Make the kid the issuer writes in the token’s header and the kid of its key in the key set the same (the issuer’s signing-key settings, or the JWKS it publishes): the token says ${q(a.kid ?? '?')}, the set ${q(a.verifiesWith)}.`,
                ...(a.jwksUri === undefined
                  ? [
                      'If the key set checked here is a copy (a file, a configuration value), compare it with the one at the issuer’s jwks_uri: the copy may name the key differently.',
                    ]
                  : []),
              ]
            : a.jwksUri !== undefined
              ? [
                  'Check which issuer (environment) minted the token: compare its iss with the issuer the API expects.',
                  'If the kid was published before, the token was signed with a retired key: get a new token.',
                ]
              : a.hmacAlg !== undefined
                ? [
                    'Check that the API holds the secret the issuer signs with under the same kid (its secrets or keys setting, the environment variable of this environment), and that the token comes from this environment’s issuer.',
                    'When the issuer rotates its secret, give the API the new one under its kid, and keep the old one until the tokens it signed have expired.',
                  ]
                : [
                    'Fetch the issuer’s current JWKS and look for the kid; if it is there, restart or refresh the verifier’s key cache.',
                    'If it is not there, check which issuer (environment) minted the token.',
                  ],
  },
  'key.jwks-unavailable': {
    title: (a) =>
      a.fetcher === 'istiod'
        ? 'Istio’s control plane (istiod) could not fetch the rule’s JWKS'
        : 'The verifier could not get its signing keys',
    detail: (a) =>
      a.fetcher === 'istiod'
        ? 'istiod fetches each RequestAuthentication’s jwksUri itself and pushes the keys to the sidecars; when its fetch fails it pushes a placeholder key set instead (one key, kid "abc"), so every token fails, most often as “Jwks doesn’t have key to match kid or alg from Jwt”. Not a token problem.'
        : `Fetching or parsing the JWKS or discovery document failed${via(a)}: every token is rejected until it succeeds. Not a token problem.`,
    steps: (a) =>
      a.fetcher === 'istiod'
        ? [
            'Read istiod’s log for “Failed to fetch jwt public key from …” and its cause, and fetch the rule’s jwksUri from istiod’s pod (DNS, egress, TLS, the answer): istiod, not the sidecar, must reach it.',
            'A jwksUri istiod cannot reach (a service inside the mesh under mTLS, an address only the workloads can resolve): set the keys inline with the rule’s jwks field, or let the proxies fetch it themselves (istiod’s PILOT_JWT_ENABLE_REMOTE_JWKS=envoy, with a ServiceEntry for the key server).',
          ]
        : [
            'From the verifier’s host, fetch the issuer’s /.well-known/openid-configuration and jwks_uri: check DNS, egress/proxy rules, TLS and the response body.',
          ],
  },
  'signature.invalid': {
    title: (a) =>
      otherSignedRequest(a)
        ? SIGNED_REQUEST.title(a)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_UNTRUSTED.title
          : a.signedRequest === 'oauth1'
            ? 'The request’s OAuth 1 signature does not match: not a token'
            : a.signedRequest !== undefined
              ? 'The request’s AWS signature (SigV4) does not match: not a token'
              : a.supabaseProject === undefined
                ? 'The signature does not verify'
                : 'The token is from another Supabase project, so its signature does not verify',
    detail: (a) =>
      otherSignedRequest(a)
        ? SIGNED_REQUEST.detail(a, via(a))
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_UNTRUSTED.detail
          : a.signedRequest === 'oauth1'
            ? `The API computed the request’s OAuth 1 signature (oauth_signature) with the consumer secret and token secret it holds for the consumer key and token, and got another${via(a)}: a secret is wrong (the consumer’s or the token’s, or a token from another consumer), or the signature base string the client signed differs from the API’s (the method, the URL as the API sees it, a query or form parameter, the encoding). No bearer token or JWT key is involved.`
            : a.signedRequest !== undefined
              ? `The service computed the request’s Signature Version 4 with the secret key it holds for the access key id and got another${via(a)}: the secret access key is wrong, or the request changed after it was signed (a header, the path’s encoding, the region or service in the scope). No bearer token is involved.`
              : a.supabaseProject === undefined
                ? a.kid !== null && a.keysTried?.includes(a.kid) === true
                  ? `The key the token names, ${q(a.kid)}, is among the keys the verifier tried${via(a)}: ${f_list(a.keysTried)}. The signature did not verify with it: the issuer signed with another key under the same kid (a secret or key pair replaced without a new kid), or the token was altered in transit.`
                  : `The signature does not match${a.kid === null ? '' : ` the key ${q(a.kid)}`}${via(a)}: wrong secret or key, a token altered in transit, or one from another issuer.`
                : `The signature does not match${via(a)}: the token belongs to project ${q(a.supabaseProject.token)}, but the request went to project ${q(a.supabaseProject.host)} (${a.supabaseProject.host}.supabase.co). Each project signs its keys and sessions with its own secret.`,
    steps: (a) =>
      a.platform !== undefined
        ? [PLATFORM_KEY_STEP[a.platform], PLATFORM_STEP[a.platform]]
        : otherSignedRequest(a)
          ? SIGNED_REQUEST.steps(a)
          : a.clientCertificate !== undefined
            ? CLIENT_CERT_UNTRUSTED.steps
            : a.signedRequest === 'oauth1'
              ? [
                  'Check that the client signs with the consumer secret paired with its consumer key and the token secret paired with its oauth_token (no stray whitespace, not another app’s or environment’s), and that a library computes the signature.',
                  'Compare the signature base string the client signed (its OAuth library’s debug log: method, base URL, sorted parameters) with the request actually sent: the scheme, host, port and path as the API sees them behind a proxy, query and body parameters, percent-encoding; and that oauth_timestamp is current.',
                ]
              : a.signedRequest !== undefined
                ? [
                    'Check that the secret access key is the one paired with the access key id (no stray whitespace, not another profile’s), and let the SDK sign the exact request that is sent.',
                    a.signedFor === 's3'
                      ? 'Compare the StringToSign and CanonicalRequest in S3’s error body with the client’s own (the SDK’s debug log): the first line that differs is what changed.'
                      : a.signedFor === 'api-gateway'
                        ? 'Compare the canonical string and string-to-sign API Gateway’s error body says it expected with the client’s own (the SDK’s debug log): the first line that differs is what changed (often the path, a header signed but not sent, or the body’s hash).'
                        : 'Compare the canonical request and string to sign the service computed (an S3 or API Gateway error body prints them) with the client’s own (the SDK’s debug log): the first line that differs is what changed.',
                  ]
                : a.authEmulator === true
                  ? [FIREBASE_EMULATOR_STEP]
                  : a.supabaseProject === undefined
                    ? [
                        (a.via !== undefined ? MEDIA_SDK_SIGNATURE[a.via] : undefined) ??
                          'Check that the verifier uses the issuer’s current key (or the same HMAC secret as the issuer), and that the token was not modified.',
                      ]
                    : [
                        'Use the URL and the key of the same project (SUPABASE_URL with its own anon key), and sign the user in against that project for a session token.',
                      ],
  },
  'signature.valid': {
    title: () => 'The signature verifies',
    detail: (a) => `${a.alg} signature verified with ${a.kid === null ? 'the key given' : `kid ${q(a.kid)}`}.`,
    steps: () => [],
  },
  'signature.unchecked': {
    title: () => 'The signature was not checked',
    // A switch, not an object of every reason's words indexed by the one: that formatted all seven (the fetch
    // failure's and the issuer's templates too) for each report showing this finding, 6 of the 8 examples.
    detail: (a) => {
      switch (a.reason) {
        case 'no-key':
          return a.hmacAlg === undefined
            ? 'No key was given: paste the issuer’s JWKS or public key with the token (with the CLI: --jwks) to check kid and signature.'
            : a.algRefused === true
              ? `No key was given, and none would decide it: the token is signed with HMAC (${a.hmacAlg}), an algorithm the verifier does not accept, so it refused the token before using any key.`
              : HMAC_UNCHECKED(a.hmacAlg);
        case 'masked':
          return 'The signature is masked.';
        case 'absent':
          return 'The signature part is missing.';
        case 'no-matching-key':
          return 'No key in the set matches the token.';
        case 'unsupported':
          return 'The key given could not be used with this algorithm.';
        case 'issuer-not-trusted':
          return a.iss === undefined || a.iss === null
            ? 'The token has no iss, so there was no issuer to fetch keys from: nothing was fetched.'
            : `The token’s issuer ${q(a.iss)} is not one of the issuers this tool is configured to fetch keys from, so nothing was fetched: a pasted token never decides which address is contacted.`;
        case 'key-fetch-failed':
          return `The issuer’s keys could not be fetched${a.url === undefined || a.url === null ? '' : ` from ${a.url}`}: ${FETCH_FAILURE[a.failure ?? 'network'](a.httpStatus ?? null)}. Neither kid nor signature was checked. This tool fetches from its own network, so the API’s verifier may or may not see the same.`;
      }
    },
    steps: (a) => {
      switch (a.reason) {
        case 'no-key':
          return a.hmacAlg === undefined
            ? [
                // Slack users cannot pass a flag; a JWKS pasted beside the token is read as the key (key-material.ts).
                'To check kid and signature, paste the issuer’s JWKS (its jwks_uri’s JSON) beside the token, or run the CLI with --jwks jwks.json.',
              ]
            : a.algRefused === true
              ? []
              : [HMAC_CHECK_STEP];
        case 'issuer-not-trusted':
          return a.hmacAlg !== undefined
            ? [HMAC_CHECK_STEP]
            : a.iss === undefined || a.iss === null
              ? []
              : [
                  'If this issuer should be checked, have the operator add it to JWT_DIAGNOSE_TRUSTED_ISSUERS (with the CLI: --issuer <iss>), or paste its JWKS with the report.',
                ];
        case 'key-fetch-failed':
          return [
            a.failure === 'not-https' || a.failure === 'redirect-blocked'
              ? 'Check the configured issuer or JWKS URL: it must be https on the issuer’s own host (http only for a host the operator allows).'
              : `From the API’s host, fetch the same URL (curl -sv ${a.url ?? '<jwks_uri>'}): if it fails there too, the verifier cannot get its keys either (key.jwks-unavailable).`,
          ];
        default:
          return [];
      }
    },
  },
  'time.expired': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.title(a.signedUrl, a.agoSeconds, f, a.via, a.validForSeconds)
        : a.presigned !== undefined && a.agoSeconds !== null
          ? `${PRESIGNED_NAME[a.presigned]} expired ${f.relative(-a.agoSeconds)}`
          : a.platform !== undefined && a.limitSeconds !== undefined
            ? PLATFORM_AGE_TITLE(a.agoSeconds, f)
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.title(a.clientCertificate, a.agoSeconds, f)
              : a.awsSession === true
                ? AWS_SESSION.title
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.title
                  : a.snowflakeSession === true
                    ? SNOWFLAKE_SESSION_EXPIRED.title
                    : a.validForSeconds !== undefined
                      ? `The verifier says expired, but this token is valid for another ${f.duration(a.validForSeconds)}`
                      : a.exp === 0 && a.statedExp === undefined
                        ? EXP_ZERO.title
                        : a.agoSeconds === null
                          ? a.maxAge
                            ? 'The token is older than the verifier allows'
                            : 'The token has expired'
                          : `The token expired ${f.relative(-a.agoSeconds)}`,
    detail: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.detail(a.signedUrl, a.exp, a.agoSeconds, f, a.via, a.validForSeconds)
        : a.presigned !== undefined && a.exp !== null && (a.expiresSeconds !== undefined || epochExpiry(a.presigned))
          ? presignedDetail(a.presigned, a.exp, a.expiresSeconds, a.skewSeconds, f)
          : a.platform !== undefined && a.limitSeconds !== undefined && a.iat !== undefined
            ? platformAgeDetail(a.platform, a.iat, a.limitSeconds, f)
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.detail(a.clientCertificate, a.exp, f, via(a))
              : a.awsSession === true
                ? AWS_SESSION.detail()
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.detail
                  : a.snowflakeSession === true
                    ? SNOWFLAKE_SESSION_EXPIRED.detail
                    : a.validForSeconds !== undefined
                      ? `The verifier says the token is expired${via(a)}, but the token pasted is valid for another ${f.duration(a.validForSeconds)} at the reference time: the request carried another token (an older or cached one), or the verifier’s clock is at least that far ahead.`
                      : a.noRefreshToken === true
                        ? `The client’s own OAuth library${via(a)} holds an expired access token and no refresh token to get another, so it sent no request.`
                        : a.exp === 0 && a.statedExp === undefined
                          ? EXP_ZERO.detail
                          : a.exp === null
                            ? saasVendor(a.via) !== null && !a.maxAge
                              ? `${productNameAtStart(a.via as string)} says the access token it issued has expired: it judges its own tokens’ expiry.`
                              : `The verifier says the token is ${a.maxAge ? 'too old, past its max age' : 'expired'}${via(a)}.`
                            : `exp is ${f.iso(a.exp)}; that is more than the ${a.skewSeconds} s skew allowance before the reference time.${a.statedExp === undefined ? '' : ` The verifier’s message gives ${f.iso(a.statedExp)} as the expiry of the token it refused, not this token’s: the request carried a different token (an older or cached one) from the one pasted.`}`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.steps(a.signedUrl)
        : a.presigned !== undefined
          ? [PRESIGNED_STEP[a.presigned]]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform]]
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.steps(a.clientCertificate)
              : a.awsSession === true
                ? AWS_SESSION.steps
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.steps
                  : a.assertion !== undefined && a.validForSeconds === undefined
                    ? [PROXY_ASSERTION_EXPIRED_STEP(ASSERTION_PROXY[a.assertion])]
                    : a.snowflakeSession === true
                      ? SNOWFLAKE_SESSION_EXPIRED.steps
                      : a.statedExp !== undefined
                        ? [
                            'Get a new token (refresh it) and retry.',
                            'Check where the client gets the token it sends: a client cache, a stale variable or another environment can send a different token from the one pasted (compare their iat or fingerprint).',
                          ]
                        : a.validForSeconds !== undefined
                          ? [
                              'Check that the failing request carries the token pasted here: a client cache, a stale variable or another environment can send an older one (compare their iat or fingerprint).',
                              'If it does, compare the verifier host’s clock with the reference time (NTP): it would be ahead by more than the token’s remaining lifetime.',
                            ]
                          : a.noRefreshToken === true
                            ? [
                                'Sign in again (or mint a new token) so the client has a live access token.',
                                'For a client that runs longer than one token, ask for a refresh token (Google: access_type=offline; OpenID Connect: the offline_access scope) and keep it with the token, or use a source that renews itself (a service account, client credentials).',
                              ]
                            : [
                                (a.exp === 0 ? EXP_ZERO.step : null) ??
                                  lineLoginStep(a.via, 'expired') ??
                                  (a.via === 'aws-ecr' ? ECR_LOGIN_AGAIN : null) ??
                                  realtimeTokenExpired(a.via) ??
                                  (a.mintedFor === undefined
                                    ? null
                                    : mintedTokenExpired(a.mintedFor, productName(a.mintedFor))) ??
                                  dataPlaneTokenExpired(a.via) ??
                                  saasTokenExpired(a.via) ??
                                  'Get a new token (refresh it) and retry; if fresh tokens also fail, compare the verifier’s clock with the issuer’s.',
                              ],
  },
  'time.borderline': {
    title: (a, f) =>
      a.presigned !== undefined
        ? `${PRESIGNED_NAME[a.presigned]} ${a.pastSeconds >= 0 ? `expired ${f.relative(-a.pastSeconds)}, inside the skew allowance` : `expires ${f.relative(-a.pastSeconds)}`}`
        : a.pastSeconds >= 0
          ? `The token expired ${f.relative(-a.pastSeconds)}, inside the skew allowance`
          : `The token expires ${f.relative(-a.pastSeconds)}`,
    detail: (a, f) =>
      a.presigned !== undefined && (a.expiresSeconds !== undefined || epochExpiry(a.presigned))
        ? presignedDetail(a.presigned, a.exp, a.expiresSeconds, a.skewSeconds, f)
        : a.pastSeconds >= 0
          ? `exp is ${f.iso(a.exp)}: accepted with ${a.skewSeconds} s of leeway, rejected by a verifier with less.`
          : `exp is ${f.iso(a.exp)}: within ${a.skewSeconds} s of expiry, so a request in flight can arrive after it (refresh race).`,
    steps: (a) => [
      a.presigned !== undefined
        ? PRESIGNED_STEP[a.presigned]
        : 'Refresh tokens some time before exp (e.g. when less than a minute remains), not after a 401.',
    ],
  },
  'time.not-yet-valid': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.title(a.signedUrl, a.inSeconds, f, a.via)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.title(a.inSeconds, f)
          : // "not valid until in 5m" read badly: the wait is a duration (nbf is beyond the skew, so it is positive).
            a.validSinceSeconds !== undefined
            ? `The verifier says not yet valid, but this token had been valid for ${f.duration(a.validSinceSeconds)}`
            : a.inSeconds === null
              ? 'The token is not valid yet'
              : `The token is not valid for another ${f.duration(a.inSeconds)}`,
    detail: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.detail(a.signedUrl, a.nbf, f, a.via)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.detail(a.clientCertificate, a.nbf, f)
          : a.validSinceSeconds !== undefined
            ? `The verifier says the token is not yet valid by its nbf${via(a)}, but the token pasted had been valid for ${f.duration(a.validSinceSeconds)} when the server answered (its Date header): the verifier’s clock is behind by at least that much, or the request carried another token.`
            : a.nbf === null
              ? `The verifier says the token is not yet valid by its nbf${via(a)}.`
              : a.afterIatSeconds !== undefined
                ? `nbf is ${f.iso(a.nbf)}, ${f.duration(a.afterIatSeconds)} after the token’s own iat: the issuer signed it then and dated its start later (a not-before delay in its settings or in the token request, or code that adds the lifetime to nbf instead of exp). Clocks are not the cause: iat is not ahead of the reference time.`
                : `nbf is ${f.iso(a.nbf)}, beyond the ${a.skewSeconds} s skew allowance: the issuer’s clock is probably ahead of the verifier’s.`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.steps(a.signedUrl)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.steps
          : a.validSinceSeconds !== undefined
            ? CLOCK_BEHIND
            : a.afterIatSeconds !== undefined
              ? [
                  'Find why the issuer sets nbf after iat (a not-before delay in its settings or in the token request, or code that adds the lifetime to nbf) and make nbf no later than iat; until it does, each token it issues is refused before its nbf.',
                ]
              : ISSUER_AHEAD,
  },
  'time.issued-in-future': {
    title: (a, f) =>
      a.issuedAgoSeconds !== undefined
        ? `The verifier says issued in the future, but this token was issued ${f.duration(a.issuedAgoSeconds)} ago`
        : a.aheadSeconds === null
          ? 'The token was issued in the future'
          : `The token was issued ${f.duration(a.aheadSeconds)} in the future`,
    detail: (a, f) =>
      a.issuedAgoSeconds !== undefined
        ? `The verifier says iat is in the future${via(a)}, but the token pasted was issued ${f.duration(a.issuedAgoSeconds)} before the server answered (its Date header): the verifier’s clock is behind by at least that much, or the request carried another token.`
        : a.iat === null
          ? `The verifier says iat is in the future${via(a)}.`
          : `iat is ${f.iso(a.iat)}, beyond the ${a.skewSeconds} s skew allowance: the issuer’s clock is ahead of the verifier’s.`,
    steps: (a) =>
      a.via === 'line-sdk'
        ? [lineLoginStep(a.via, 'sdkClock') as string]
        : a.issuedAgoSeconds !== undefined
          ? CLOCK_BEHIND
          : [
              'Check NTP on the issuer and the verifier hosts; allow a small clock skew in the verifier (PyJWT: leeway; jose: clockTolerance).',
            ],
  },
  'time.no-exp': {
    title: () => 'The token has no exp',
    detail: (a) =>
      a.via === undefined
        ? 'It never expires: a verifier that requires exp rejects it, and a leaked copy stays usable.'
        : a.via === 'mcp-sdk'
          ? 'The MCP SDK’s requireBearerAuth refused it: the AuthInfo its token verifier returned has no expiresAt, because the token has no exp or the verifier did not pass it on.'
          : `The verifier requires exp and the token has none${via(a)}.`,
    steps: (a) =>
      a.via === 'mcp-sdk'
        ? [
            'Have the server’s verifyAccessToken return expiresAt (the token’s exp, in seconds) in its AuthInfo; if the token itself has no exp, configure the issuer to set one.',
          ]
        : ['Configure the issuer to set an expiry on access tokens.'],
  },
  'time.milliseconds': {
    title: (a) => `${a.claim} is in milliseconds, not seconds`,
    detail: (a, f) =>
      `${a.claim} is ${a.value} (13 digits): NumericDate is seconds since the epoch; read as seconds it is ${f.iso(Math.floor(a.value / 1000))} × 1000.`,
    steps: () => ['Fix the code that mints the token: use Math.floor(Date.now() / 1000), not Date.now().'],
  },
  'time.invalid': {
    title: (a) => `${a.claim ?? 'A time claim'} is not a number`,
    detail: (a) =>
      a.value === null
        ? `The verifier rejects a time claim’s type${via(a)}.`
        : `${a.claim} is ${a.value}: NumericDate must be a non-negative number of seconds.`,
    steps: () => ['Fix the code that mints the token to write exp, nbf and iat as numbers of seconds.'],
  },
  'time.inconsistent': {
    title: (a) => `${a.claim ?? 'nbf'} is after exp`,
    detail: (a, f) =>
      a.value === null || a.exp === null
        ? `The verifier says the lifetime is inconsistent${via(a)}.`
        : `${a.claim} is ${f.iso(a.value)} but exp is ${f.iso(a.exp)}: the token is never valid.`,
    steps: () => ['Fix the issuer’s lifetime settings or the code that mints the token.'],
  },
  'time.short-lifetime': {
    title: (a, f) => `The token lives only ${f.duration(a.ttlSeconds)}`,
    detail: () => 'exp − iat is under 5 minutes: expect intermittent 401s whenever a refresh lags or clocks drift.',
    steps: () => ['Lengthen the access-token lifetime, or refresh well before expiry.'],
  },
  'time.long-lifetime': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_TOO_LONG.title(a.ttlSeconds, f, a.via)
        : a.platform !== undefined && (a.ttlSeconds === null || a.fromNowSeconds !== undefined)
          ? PLATFORM_LIFETIME_TITLE(a.platform, a.fromNowSeconds, f)
          : a.ttlSeconds === null
            ? 'The token lives longer than the verifier allows'
            : `The token lives ${f.duration(a.ttlSeconds)}`,
    detail: (a, f) =>
      a.signedUrl !== undefined && a.limitSeconds !== undefined
        ? SIGNED_URL_TOO_LONG.detail(a.ttlSeconds, a.limitSeconds, a.via)
        : a.platform !== undefined && a.limitSeconds !== undefined
          ? platformLifetimeDetail(a.platform, a.limitSeconds, a.ttlSeconds, a.fromNowSeconds, f)
          : a.via === undefined
            ? 'exp − iat is over 24 hours for an access token: a leaked copy stays usable for long.'
            : `The verifier caps how far in the future exp may be, and this token exceeds it${via(a)}.`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_TOO_LONG.steps
        : a.assertionNoIat === true
          ? [
              'Add iat to the client assertion (now, from a synced clock): without it Keycloak accepts an exp at most the client’s token endpoint signing max exp ahead (60 s by default, the client’s Advanced settings); or set exp at most that far ahead.',
            ]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform]]
            : a.via !== undefined && MEDIA_SDK_LIFETIME[a.via] !== undefined
              ? [MEDIA_SDK_LIFETIME[a.via] as string]
              : ['Shorten the access-token lifetime and rely on refresh tokens.'],
  },
  'claim.aud-mismatch': {
    title: (a) =>
      a.near === undefined
        ? 'The token is for another audience'
        : `aud differs from the expected audience only by ${a.near.difference === 'trailing-slash' ? 'a trailing slash' : a.near.difference === 'case' ? 'letter case' : 'its scheme'}`,
    // A verifier's message often names neither value: then say what is known, not a placeholder.
    detail: (a, f) =>
      a.compared === 'client_id'
        ? `The token has no aud (a Cognito access token carries none), so API Gateway’s JWT authorizer compared its client_id ${f.list(a.aud.map(q))} with the authorizer’s audience list${a.expected.length > 0 ? ` (${or(a.expected, f)})` : ''}, and did not find it there.`
        : a.compared === 'cognito-client_id'
          ? `The token has no aud (a Cognito access token carries none); its client_id ${f.list(a.aud.map(q))}, which Cognito’s verifiers check instead (aws-jwt-verify’s clientId), is not ${or(a.expected, f)}${via(a)}.`
          : a.via === 'clerk' && a.aud.length > 0
            ? `Its azp (authorized party, the origin of the frontend that got the token) is ${f.list(a.aud.map(q))}, which is not among the authorized parties Clerk’s verifier was given${a.expected.length > 0 ? ` (${or(a.expected, f)})` : ''}${via(a)}: Clerk’s session tokens carry azp where an audience would be.`
            : a.aud.length > 0
              ? a.receiver === 'cloud-run'
                ? `aud is ${f.list(a.aud.map(q))}, another Cloud Run service’s URL, but the request went to ${or(a.expected, f)}: Cloud Run lets in only ID tokens whose aud is the receiving service’s own URL.`
                : a.receiver === 'microsoft-graph'
                  ? `aud is ${f.list(a.aud.map(q))}, but the request went to Microsoft Graph, which validates only tokens issued for it (aud ${or(a.expected, f)}): this token was requested for another API${a.aud.includes(AAD_GRAPH) ? ' (Azure AD Graph, graph.windows.net, retired)' : ''}.`
                  : a.near !== undefined
                    ? `aud is ${f.list(a.aud.map(q))}; the API expects ${or(a.expected, f)}${via(a)}${writerSays(a)}. ${q(a.near.aud)} and ${q(a.near.expected)} name the same API two ways, and verifiers compare audiences exactly, character for character.`
                    : a.expected.length > 0
                      ? `aud is ${f.list(a.aud.map(q))}; the API expects ${or(a.expected, f)}${via(a)}${writerSays(a)}.`
                      : a.federation === true
                        ? `aud is ${f.list(a.aud.map(q))}, which ${FEDERATION_AUDIENCE_LISTS[trustOf(a.via)]}${via(a)}.`
                        : `aud is ${f.list(a.aud.map(q))}, which the API does not accept${via(a)}.`
              : a.expected.length > 0
                ? `The API expects aud ${or(a.expected, f)}; the token’s aud does not match${via(a)}${writerSays(a)}.`
                : a.federation === true
                  ? `The token’s aud was refused: ${FEDERATION_AUDIENCE_LISTS[trustOf(a.via)]} it${via(a)}.`
                  : `The token’s aud does not match what the API expects${via(a)}.`,
    steps: (a, f) =>
      a.platform !== undefined
        ? [PLATFORM_STEP[a.platform]]
        : a.compared === 'client_id'
          ? [
              `Add the app client id ${q(a.aud[0] ?? '')} to the JWT authorizer’s Audience list (aws apigatewayv2 update-authorizer … --jwt-configuration Audience=<app client id>,Issuer=<user pool issuer>), or request the token through an app client the list already names; the ID token’s aud holds the same app client id.`,
            ]
          : a.compared === 'cognito-client_id'
            ? [
                `Request the token through the app client the API expects (${or(a.expected, f)}), or add the app client id ${q(a.aud[0] ?? '')} to the client ids the API’s verifier accepts (aws-jwt-verify’s clientId).`,
              ]
            : a.via !== undefined && MEDIA_SDK_AUDIENCE[a.via] !== undefined
              ? [MEDIA_SDK_AUDIENCE[a.via] as string]
              : a.via === 'line-login'
                ? [lineLoginStep(a.via, 'audience') as string]
                : a.via === 'clerk'
                  ? [CLERK_AUTHORIZED_PARTIES]
                  : a.via === 'logto'
                    ? [LOGTO_MANAGEMENT_AUDIENCE]
                    : a.via === 'kinde'
                      ? [KINDE_AUDIENCE]
                      : a.via === 'botframework'
                        ? [BOT_APP_ID_STEP]
                        : a.via === 'sap-cloud-security'
                          ? [XSUAA_AUDIENCE_STEP]
                          : a.receiver === 'microsoft-graph' || a.via === 'microsoft-graph'
                            ? [
                                'Request the token for Microsoft Graph: the scope https://graph.microsoft.com/.default (client credentials) or Graph’s delegated scopes such as User.Read. A token for your own API, or for Azure AD Graph (https://graph.windows.net), is refused by Graph.',
                              ]
                            : a.receiver === 'cloud-run'
                              ? [
                                  `Fetch the ID token with the receiving service’s URL as its audience (${q(a.expected[0] ?? '')}): gcloud auth print-identity-token --audiences=<URL>, idtoken.NewClient(ctx, "<URL>") in Go, GoogleAuth().getIdTokenClient("<URL>") in Node. Cloud Run accepts only its own URL as aud, or a custom audience set on the service.`,
                                ]
                              : a.near !== undefined
                                ? [
                                    `Make the API’s expected audience and the audience the token is requested for the same string: the token has ${q(a.near.aud)}, the API expects ${q(a.near.expected)} (an Auth0 API Identifier or an Entra App ID URI is compared as it was typed).`,
                                  ]
                                : a.federation === true
                                  ? [federationAudienceStep(a.via, a.aud[0] ?? null)]
                                  : a.assertion !== undefined
                                    ? [PROXY_ASSERTION_AUDIENCE_STEP[a.assertion]]
                                    : a.noAudiencePassed === true
                                      ? [
                                          'Pass the API’s audience to PyJWT’s or python-jose’s jwt.decode(token, key, algorithms=[…], audience="<the API’s audience>"): “Invalid audience” there means decode() was given none and the token has aud (PyJWT 2.x says “Audience doesn’t match” for a mismatch; 1.x and python-jose say “Invalid audience” for both).',
                                          'Request the token for this API’s audience (the audience / resource parameter of the token request), or fix the API’s expected audience.',
                                        ]
                                      : [
                                          'Request the token for this API’s audience (the audience / resource parameter of the token request), or fix the API’s expected audience.',
                                          ...(a.piiHidden === true
                                            ? [
                                                'IdentityModel hid the values in its message ([PII … is hidden]): to read them, set IdentityModelEventSource.ShowPII = true (Microsoft.IdentityModel.Logging) at startup in a non-production environment, reproduce, and compare the two values it then prints.',
                                              ]
                                            : []),
                                        ],
  },
  'claim.aud-missing': {
    title: () => 'The token has no aud',
    detail: (a) =>
      a.via === undefined ? 'A verifier that checks the audience rejects it.' : `The verifier requires aud${via(a)}.`,
    steps: () => [
      'Request the token with an audience (Auth0: audience parameter; Entra ID: the API’s scope) so that aud is set.',
    ],
  },
  'claim.iss-mismatch': {
    title: (a) =>
      a.entraTokenVersion === undefined
        ? 'The token comes from another issuer'
        : `The token is an Entra ID v${a.entraTokenVersion} token; the API expects v${a.entraTokenVersion === '1.0' ? '2.0' : '1.0'}`,
    detail: (a, f) =>
      (a.iss !== null
        ? a.expected.length > 0
          ? `iss is ${q(a.iss)}; expected ${or(a.expected, f)}${via(a)}${writerSays(a)}.`
          : a.federation === true
            ? `iss is ${q(a.iss)}, ${FEDERATION_ISSUER_LISTS[trustOf(a.via)]}${via(a)}: the token exchange was refused.`
            : `iss is ${q(a.iss)}, not an issuer the API trusts${via(a)}.`
        : a.expected.length > 0
          ? `iss does not match the expected issuer ${or(a.expected, f)}${via(a)}${writerSays(a)}.`
          : a.federation === true
            ? `The token’s iss is ${FEDERATION_ISSUER_LISTS[trustOf(a.via)]}${via(a)}: the token exchange was refused.`
            : a.b2cTfp === true
              ? `The token’s iss is Azure AD B2C’s tfp form (https://<domain>/tfp/<tenant>/<userFlow>/v2.0/), which Microsoft.IdentityModel’s AAD issuer validator never accepts${via(a)}: it takes only https://<domain>/<tenant>/v2.0/.`
              : `iss does not match the issuer the API expects${via(a)}.`) +
      ENTRA_VERSION_DETAIL[a.entraTokenVersion ?? ''],
    steps: (a) =>
      a.via === 'line-login'
        ? [lineLoginStep(a.via, 'issuer') as string]
        : a.entraTokenVersion === '1.0'
          ? [
              'In the API’s app registration (the API’s, not the client’s), set the manifest’s requestedAccessTokenVersion (accessTokenAcceptedVersion in the older manifest) to 2, then get a new token; or have the API accept the tenant’s v1.0 issuer too.',
            ]
          : a.entraTokenVersion === '2.0'
            ? [
                'Add the tenant’s v2.0 issuer (https://login.microsoftonline.com/<tenant>/v2.0) to the API’s valid issuers; or set the API registration’s requestedAccessTokenVersion back to 1 and get a new token.',
              ]
            : a.federation === true
              ? [federationIssuerStep(a.via, a.iss)]
              : a.b2cTfp === true
                ? [
                    // microsoft-identity-web wiki, "Azure AD B2C issuer claim support" (aka.ms/ms-id-web/b2c-issuer).
                    'In the Azure AD B2C tenant, open the user flow (User flows → the flow → Settings → Properties) and under Token compatibility settings set Issuer (iss) claim to the https://<domain>/<tenant>/v2.0/ form, then get a new token.',
                  ]
                : [
                    'Check which identity provider (tenant, environment, region) issued the token and which one the API trusts.',
                    ...(a.piiHidden === true
                      ? [
                          'IdentityModel hid the values in its message ([PII … is hidden]): to read them, set IdentityModelEventSource.ShowPII = true (Microsoft.IdentityModel.Logging) at startup in a non-production environment, reproduce, and compare the two values it then prints.',
                        ]
                      : []),
                  ],
  },
  'claim.iss-trailing-slash': {
    title: (a) =>
      `iss differs from the expected issuer only by ${a.difference === 'trailing-slash' ? 'a trailing slash' : a.difference === 'case' ? 'letter case' : 'its scheme'}`,
    detail: (a) => `iss is ${q(a.iss)}, expected ${q(a.expected)}${via(a)}: verifiers compare issuers exactly.`,
    steps: (a) =>
      // An issuer behind a proxy that terminates TLS names itself by the scheme it is reached by unless told its public
      // URL (Keycloak's server guide, "Configuring the reverse proxy headers": --proxy-headers xforwarded, or --hostname
      // as a full URL, https://www.keycloak.org/server/reverseproxy): expecting http in the API would trust the wrong URL.
      a.difference === 'scheme' && /^http:/i.test(a.iss) && /^https:/i.test(a.expected)
        ? [
            `Make the issuer name itself by its public https URL (${q(a.expected)}): behind a proxy that terminates TLS, it builds its URLs from the http it is reached by unless told otherwise (Keycloak: --hostname with the full https URL, or --proxy-headers xforwarded with the proxy sending X-Forwarded-Proto: https). Do not make the API expect the http issuer.`,
          ]
        : [
            `Set the API’s expected issuer to exactly ${q(a.iss)} (copy it from the issuer’s discovery document), or fix the issuer’s configured URL.`,
          ],
  },
  'claim.iss-missing': {
    title: () => 'The token has no iss',
    detail: (a) =>
      a.via === undefined ? 'A verifier that checks the issuer rejects it.' : `The verifier requires iss${via(a)}.`,
    steps: () => ['Check that the token comes from the expected identity provider; most issue iss on every token.'],
  },
  'claim.environment': {
    title: (a) => `The token’s ${a.claim} points at ${a.environment}`,
    detail: (a) =>
      `${a.claim} is ${q(a.value)} (${a.environment}) but it is used against ${q(a.against)}: a token from one environment sent to another.`,
    steps: () => [
      'Get a token from the identity provider of the environment you are calling (check the client’s configuration: base URL, tenant, audience).',
    ],
  },
  'claim.sub-missing': {
    title: (a) =>
      a.supabaseKey === undefined
        ? 'The token has no sub'
        : `The token is the Supabase project’s ${a.supabaseKey} key, not a user’s session token`,
    detail: (a) =>
      a.supabaseKey === undefined
        ? 'No subject: usual for some client-credentials tokens, but an API that identifies users by sub cannot.'
        : `role is "${a.supabaseKey}" and there is no sub: this is the project’s ${a.supabaseKey} API key, a long-lived JWT that names a database role, not a user${a.via === undefined ? '' : `. The verifier${via(a)} wanted a user`}. Endpoints that act for a user (Auth’s /auth/v1/user and getUser(), RLS policies on auth.uid()) need a signed-in user’s access token.`,
    steps: (a) =>
      a.supabaseKey === undefined
        ? a.via === 'supabase-auth'
          ? [
              // Supabase Auth's bad_jwt "invalid claim: missing sub claim" (verifier-messages/identity.ts): a project key
              // (anon, service_role) sent where a user's access token goes, the token itself not pasted.
              'Send a signed-in user’s access token as "Authorization: Bearer <access_token>" (the session’s access_token after signIn…): Supabase Auth’s user endpoints (/auth/v1/user, getUser()) refuse the project’s anon or service_role key, a JWT without sub, this way; the key goes in the apikey header only.',
            ]
          : []
        : [
            'Sign the user in first and send the session’s access_token as "Authorization: Bearer <access_token>"; the project key goes in the apikey header only.',
            ...(a.supabaseKey === 'service_role'
              ? [
                  'Keep the service_role key on servers: it bypasses Row Level Security, so it must never reach a client.',
                ]
              : []),
          ],
  },
  'claim.required-missing': {
    title: (a) =>
      a.notString === true
        ? `The claim ${a.claim ?? ''} is not a string, as the verifier requires`
        : a.mismatch === true
          ? `${a.claim === null ? 'A claim' : `The claim ${a.claim}`} does not have the value the verifier requires`
          : a.claim === null
            ? 'A required claim is missing'
            : `The required claim ${a.claim} is missing`,
    detail: (a) =>
      a.notString === true
        ? `The token carries ${a.claim ?? 'the claim'} as a number or another non-string value, which RFC 7519 does not allow and the verifier refuses${via(a)}.`
        : a.mismatch === true
          ? `The token carries ${a.claim === null ? 'the claim' : a.claim}, but not with the value the verifier requires${via(a)}.`
          : `The verifier requires ${a.claim === null ? 'a claim' : a.claim} and the token does not carry it${via(a)}.`,
    steps: (a) => [
      a.notString === true
        ? // PyJWT 2.10 checks sub and jti are strings (jwt/api_jwt.py _validate_sub, _validate_jti); flask-jwt-extended
          // passes an identity through as sub, so an integer user id became a numeric sub.
          `Issue ${a.claim ?? 'the claim'} as a string at the issuer (str(user.id), not the integer); until every token in circulation has it, the verifier can skip the type check (PyJWT: options={"verify_${a.claim ?? 'sub'}": False}).`
        : a.mismatch === true && a.via === 'line-login' && (a.claim === 'nonce' || a.claim === 'sub')
          ? (lineLoginStep(a.via, a.claim === 'nonce' ? 'nonce' : 'subject') as string)
          : a.mismatch === true && a.via === 'oauth2-proxy' && a.claim === 'email_verified'
            ? // providers/oidc.go (AllowUnverifiedEmail) and the bearer session loader, which does not read it (#1152).
              'The identity provider says the user’s email is not verified (email_verified: false in the ID token): have the user verify it at the provider (or mark it verified there), then sign in again. For a login, oauth2-proxy can accept it with --insecure-oidc-allow-unverified-email; in some releases its bearer-token path (--skip-jwt-bearer-tokens) checks email_verified whatever that flag says (oauth2-proxy/oauth2-proxy#1152): there, only a verified email passes.'
            : a.mismatch === true
              ? 'Compare the claim’s value in the token with the one the API requires, then change it at the issuer (the user’s record, a claim mapping, rule or action) or change the API’s required value.'
              : a.via === 'google-iap' && a.claim === 'email'
                ? // IAP authorizes a service account by the email in its ID token, which Google adds only when asked
                  // (cloud.google.com/iap/docs/authentication-howto; IAM Credentials generateIdToken's includeEmail; the
                  // metadata server's identity endpoint with format=full; gcloud auth print-identity-token --include-email).
                  'Request the service account’s ID token with its email claim, which Google adds only when asked: gcloud auth print-identity-token --include-email, the IAM Credentials API’s generateIdToken with includeEmail: true, or the metadata server’s identity endpoint with format=full; the audience stays IAP’s OAuth client id.'
                : 'Add the claim at the issuer (a claim mapping, rule or action), or relax the API’s required claims.',
    ],
  },
  'claim.pii': {
    title: () => 'The token carries personal data',
    detail: (a) => `${a.claims.join(', ')}: anyone holding the token can read them (a JWT is encoded, not encrypted).`,
    steps: () => [],
  },
  'scope.insufficient': {
    title: (a) =>
      allCaseOnly(a)
        ? `The token’s ${a.caseOnly?.length === 1 ? 'scope differs' : 'scopes differ'} from the required ${a.caseOnly?.length === 1 ? 'one' : 'ones'} only in letter case`
        : a.via === 'sap-approuter'
          ? 'The user’s token has none of the scopes the route requires'
          : a.via === 'appwrite' && a.missing.length > 0
            ? `The Appwrite API key lacks the scope ${a.missing.join(', ')}`
            : a.missing.length === 0
              ? 'The token lacks a required scope'
              : a.anyOf === true
                ? `The token has none of ${a.missing.join(', ')}`
                : `The token lacks ${a.missing.join(', ')}`,
    detail: (a, f) =>
      // The application router lets a route's user in with any one of its scopes (@sap/approuter's README, "Routes": a route's
      // scope, one or an array, of which the user needs at least one; business-platforms.ts cites the message).
      (a.via === 'sap-approuter' && a.required.length > 0
        ? `The SAP Application Router requires one of ${or(a.required, f)} for this route; the user’s token grants ${a.granted.length === 0 ? 'none of its scopes' : f.list(a.granted)}.`
        : a.required.length === 0
          ? `The server says the token does not grant enough${via(a)}.${nestedRolesNote(a.nestedRoles, f)}`
          : a.grantsUnknown === true
            ? `Required: ${f.list(a.required)}${via(a)}. ${a.tokenUnreadable === true ? 'The pasted token’s claims cannot be read' : 'The token is not in the paste'}, so what it grants is not known.`
            : `Required: ${a.anyOf === true ? `any one of ${or(a.required, f)}` : f.list(a.required)}. Granted: ${a.granted.length === 0 ? 'nothing' : f.list(a.granted)}.${nestedRolesNote(a.nestedRoles, f)}`) +
      (a.registryAction === undefined ? '' : ` ${registryScopeNote(a.registryAction)}`) +
      (a.caseOnly === undefined
        ? ''
        : ` ${a.caseOnly.map((c) => `${q(c.granted)} differs from the required ${q(c.required)} only in letter case`).join('; ')}: scopes are compared exactly, case included.`),
    steps: (a, f) => [
      ...(a.caseOnly === undefined
        ? []
        : [
            `Spell the scope the same where the identity provider defines it (the API’s or client’s scopes) and where the API checks it: the token has ${f.list(a.caseOnly.map((c) => q(c.granted)))}, the API requires ${f.list(a.caseOnly.map((c) => q(c.required)))}.`,
          ]),
      ...(a.nestedRoles === undefined
        ? []
        : [
            'If the rule is hasRole or hasAuthority("ROLE_…"), give Spring a JwtAuthenticationConverter whose authorities converter reads the Keycloak roles (realm_access.roles, resource_access.<client>.roles) with the ROLE_ prefix.',
          ]),
      ...(a.registryAction !== undefined
        ? registryScopeSteps(a.registryAction)
        : allCaseOnly(a)
          ? []
          : a.via === 'slack'
            ? [slackScopeStep(a.missing, f)]
            : a.via === 'figma'
              ? [FIGMA_SCOPE_STEP(a.missing.length === 0 ? 'the scope the endpoint names' : f.list(a.missing.map(q)))]
              : a.via === 'google-api'
                ? [GOOGLE_SCOPE_STEP]
                : a.via === 'sap-approuter'
                  ? [APPROUTER_SCOPE_STEP]
                  : a.via === 'appwrite'
                    ? [appwriteScopeStep(scopesToRequest(a), f)]
                    : a.via === 'commercetools' && scopesToRequest(a).length > 0
                      ? [commercetoolsScopeStep(scopesToRequest(a), f)]
                      : a.via === 'gitea' || a.via === 'forgejo'
                        ? [forgeScopeStep(a.via === 'gitea' ? 'Gitea' : 'Forgejo', scopesToRequest(a), f)]
                        : a.via === 'bitbucket'
                          ? [bitbucketScopeStep(scopesToRequest(a), f)]
                          : a.anyOf === true
                            ? [requestOneScope(a.missing, f)]
                            : [requestScopes(scopesToRequest(a), f)]),
    ],
  },

  'scope.format': {
    title: (a) =>
      a.problem === 'array-scope' ? 'scope is an array, not a space-separated string' : `${a.claim} is comma-separated`,
    detail: (a) =>
      a.problem === 'array-scope'
        ? 'RFC 8693/9068 define scope as one space-separated string; a verifier that splits it on spaces finds nothing.'
        : `Scopes in ${a.claim} are separated by commas; verifiers split on spaces and see one long scope.`,
    steps: () => ['Make the issuer emit scopes space-separated, or make the API read this shape.'],
  },
  'proxy.gateway-response': {
    title: (a) =>
      a.notGrpc === true
        ? 'Something in front of the gRPC server answered: the response was not gRPC'
        : a.googleIam === true
          ? `${owns(a.product)} IAM check refused the request, not the service`
          : a.functionKey === true
            ? 'The Azure Functions host refused the function key, before the function ran'
            : a.easyAuth === true
              ? 'App Service’s authentication refused the request before the app ran'
              : a.missingUserAgent === true
                ? 'GitHub’s API refused a request without a User-Agent header'
                : a.apiKey
                  ? `${a.product} refused the API key, not the token`
                  : a.ownReply === true
                    ? `${a.product} answered, not the application`
                    : // Named by a header it puts on everything it forwards, for want of a challenge: not shown to be its reply.
                      `${a.product} may have answered, not the application`,
    detail: (a) =>
      a.notGrpc === true
        ? 'The gRPC client got a plain HTTP answer (the status quoted), not a gRPC response: a gRPC server answers every call with HTTP 200 and puts its own status in grpc-status. A proxy, load balancer, CDN or WAF in front of the server answered (Cloudflare with gRPC not enabled, an ingress that does not pass HTTP/2 to the backend, an access rule), and the server may never have seen the call or its token.'
        : a.googleIam === true
          ? `The page is Google’s front end’s (${shownSignals(a.signals, '; ')}): ${a.product} checks the caller before the service runs. It lets in a Google-signed ID token whose aud is the service’s URL (or a custom audience set on it), from an identity holding roles/run.invoker. No token, an OAuth access token (ya29.…), an ID token for another audience and a missing grant all get this page; the service’s code never saw the request.${a.gcloudAccessToken === true ? ' The request’s token comes from gcloud auth print-access-token: that is an access token.' : ''}`
          : a.functionKey === true
            ? `The Functions host answered 401 with no body and no challenge (${shownSignals(a.signals, '; ')}): the function’s authorization level (Function, or Admin) wants a function or host key in the x-functions-key header or the code query parameter, and none came, or the one sent is not this function’s or this app’s. The host checks the key before the function runs, and a bearer token is not what it reads.`
            : a.easyAuth === true
              ? `The page is App Service authentication’s (“Easy Auth”, ${shownSignals(a.signals, '; ')}): it validated the bearer token itself and refused it, so the app’s own log shows nothing.`
              : a.missingUserAgent === true
                ? 'GitHub’s API requires a User-Agent header on every request and answers 403 without one, before it looks at the token; some clients send none (a Cloudflare Worker’s fetch, bare HTTP libraries).'
                : a.apiKey
                  ? `The response carries ${owns(a.product)} signature (${shownSignals(a.signals, '; ')}): the gateway checked an API key (a subscription or app key) before any token check, and the application never saw the request.`
                  : `The response carries ${owns(a.product)} signature (${shownSignals(a.signals, '; ')}): the application may never have seen the request.${
                      a.cognitoToken === 'access'
                        ? ' The token is a Cognito access token: a REST API’s Cognito user-pool authorizer accepts the ID token unless the method has OAuth scopes configured, and only then an access token (carrying one of those scopes).'
                        : a.cognitoToken === 'id'
                          ? ' The token is a Cognito ID token: a REST API’s Cognito user-pool authorizer accepts it only on methods without OAuth scopes; a method with scopes wants an access token carrying one.'
                          : ''
                    }${a.supabaseVerifyJwt === undefined ? '' : ` ${EDGE_CHECK[a.supabaseVerifyJwt]}`}${
                      a.externalAuth === true
                        ? ' The paste sets its auth-url annotation: ingress-nginx asks that auth service about every request first and, on its 401 or 403, answers with its own error page rather than the service’s body.'
                        : ''
                    }`,
    steps: gatewaySteps,
  },
  'proxy.waf-block': {
    title: (a) => `${a.product} blocked the request`,
    detail: (a) =>
      a.product === 'Zscaler Internet Access'
        ? 'The organisation’s forward proxy, Zscaler Internet Access, blocked the request on its way out, by its URL filtering, cloud app or security policy (its block page): the API never saw it, and this is not a token problem.'
        : `A WAF or CDN rule denied it${a.rule === null ? '' : ` (error ${a.rule})`}: this is not a token problem.`,
    steps: (a) => [
      a.product === 'Zscaler Internet Access'
        ? 'Read the reason on the block page (the URL category or policy that blocked it) and ask the Zscaler admins to allow this host for you (a custom URL category, a cloud app or SSL inspection exception); a script or test can reach a local or internal host without the proxy (NO_PROXY / no_proxy).'
        : 'Look up the block in the WAF’s event log (ray ID / request ID) and adjust the rule or the request.',
    ],
  },
  'proxy.authorizer-deny': {
    title: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.title
        : a.emptyReply === true
          ? 'Envoy answered an empty 403 itself: its external authorization (ext_authz) refused the request'
          : a.signIn === true
            ? `${a.product}’s external authentication service sent the request to sign in`
            : a.authorizer === 'ext-authz'
              ? 'Envoy’s external authorization service denied the request'
              : a.authorizer === 'websocket-connect'
                ? 'API Gateway refused the WebSocket connection at $connect'
                : a.policy === 'resource-policy'
                  ? 'The API’s resource policy denied the caller'
                  : 'The gateway’s authorizer denied the request',
    detail: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.detail
        : a.emptyReply === true
          ? 'The 403 has no body and no x-envoy-upstream-service-time, which Envoy adds to every answer from the service behind it: Envoy answered, and the application never saw the request. An empty 403 is what its ext_authz filter sends when the external authorization service (OPA, oauth2-proxy, Authorino, an in-house service) denies the request, and also, by default (status_on_error 403), when that service could not be reached or failed.'
          : a.signIn === true
            ? `${a.authorizer === 'forward-auth' ? 'Traefik’s forwardAuth middleware relayed its authentication server’s redirect as its answer (“Remote error … StatusCode: 3xx”)' : 'Envoy’s ext_authz filter relayed its authorization service’s redirect as its answer (response code details ext_authz_denied on a 3xx)'}: the service (oauth2-proxy, oidc-authservice, Pomerium, an in-house one) found no sign-in session it accepts, and the application never saw the request. A browser follows the redirect to the sign-in page; a script or a fetch() call gets the 3xx itself, or a CORS error when the sign-in page is on another origin.`
            : a.authorizer === 'websocket-connect'
              ? 'The handshake to an API Gateway WebSocket API got a 403: API Gateway checks the $connect route’s authorization (a Lambda REQUEST authorizer, the only kind a WebSocket API allows, on $connect only; or IAM) before the connection opens, and refused it: the authorizer returned a Deny (or a policy that does not cover this $connect ARN), or the IAM caller is not allowed execute-api:Invoke on it. No route or backend behind it saw the connection.'
              : a.authorizer === 'ext-authz'
                ? 'Envoy’s ext_authz filter asked its external authorization service (OPA, oauth2-proxy, Authorino, an in-house service) and it denied the request (response flag UAEX, “denied by the external authorization service”): Envoy answered, and the application never saw the request. Why is in that service’s decision, not in Envoy’s or the application’s logs.'
                : a.policy === 'resource-policy'
                  ? a.principal === 'anonymous'
                    ? `${a.product}’s resource policy denied an anonymous caller: the request carried no IAM (SigV4) signature, and the policy allows no anonymous caller from this source (IP, VPC endpoint), or a Deny matches it. A bearer token is not an IAM credential: the policy, not the token, refused it.`
                    : `${a.product}’s resource policy denied ${a.principal === undefined ? 'the caller' : `the caller ${a.principal}`}: an explicit Deny (source IP, VPC endpoint, account) or no Allow for it. The token is not what was refused.`
                  : a.product === 'AWS AppSync'
                    ? 'AppSync’s Lambda authorizer returned isAuthorized: false: AppSync answers that with this fixed message, before any resolver runs. Why is in the authorizer function’s own log.'
                    : `${a.product} reports an explicit deny: often a policy cached from another resource or an authorizer policy that is too narrow.`,
    steps: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.steps
        : a.emptyReply === true
          ? [
              'Find the request in Envoy’s access log (or raise its ext_authz log level to debug): response flag UAEX with response code details ext_authz_denied is the service’s denial, ext_authz_error the service failing (its address, TLS or timeout; an OPA-Envoy plugin that is not listening gives the same empty 403).',
              'For a denial, read the service’s own log for this request (OPA’s decision log shows the input it got and the result): it says which rule denied it. Envoy forwards an HTTP authorization service only some request headers (ext_authz allowed_headers).',
            ]
          : a.signIn === true
            ? [
                'Sign in through the service’s page in a browser and retry; if it keeps redirecting, read the service’s own log for this request (why it found no session) and check that its session cookie reaches this host (the cookie’s domain, SameSite, Secure over plain http).',
                'For a script or API client, send a credential the service accepts without a browser (a bearer token it is configured to verify, a path it lets through), or have it answer 401 instead of redirecting: oauth2-proxy does so for requests that send Accept: application/json (oauth2-proxy/oauth2-proxy#1522).',
              ]
            : a.authorizer === 'websocket-connect'
              ? [
                  'Read the $connect authorizer’s CloudWatch log for this connection: what it received in its identity sources and why it denied. A browser cannot set headers on a WebSocket, so the token travels in the query string (wss://…/<stage>?token=…), which the authorizer’s identitySource must name (route.request.querystring.token); Node clients can send a header instead.',
                  'Check the policy the authorizer returns: its Resource must cover arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/$connect (a policy cached from another connection or stage with a narrower ARN denies this one). With IAM authorization, sign the handshake (SigV4) as a caller allowed execute-api:Invoke on that ARN.',
                ]
              : a.authorizer === 'ext-authz'
                ? [
                    'Read the external authorization service’s own log for this request (OPA’s decision log, oauth2-proxy’s, the service’s): it says which rule or check denied it.',
                    'If it should have allowed the request, compare what the service received with what its policy reads: Envoy forwards an HTTP authorization service only some request headers (ext_authz allowed_headers).',
                  ]
                : a.policy === 'resource-policy'
                  ? [
                      'Read the API’s resource policy (aws apigateway get-rest-api --rest-api-id <id> --query policy) for a Deny matching this caller (aws:SourceIp, aws:SourceVpce, the principal) or a missing Allow; the access log shows the source IP.',
                      'After changing the resource policy, deploy the API again: the change applies only to a new deployment.',
                    ]
                  : a.product === 'AWS AppSync'
                    ? [
                        'Read the Lambda authorizer’s CloudWatch log for this request: it received the Authorization header’s value as authorizationToken and decided. AppSync caches its answer for ttlOverride (or the API’s authorizer TTL) seconds.',
                      ]
                    : [
                        'Check the authorizer’s returned policy (resource ARN wildcards) and its result cache TTL; retry with caching disabled.',
                      ],
  },
  'proxy.route-not-found': {
    title: () => 'The gateway has no such route',
    detail: (a) =>
      `${a.product} answers an unknown path or method with an auth-looking error: check the URL, stage and method, not the token.`,
    steps: () => ['Check the URL path, stage name and HTTP method against the deployed API.'],
  },
  'policy.deny': {
    title: (a) =>
      a.signedRequest !== undefined
        ? 'An AWS policy denies the request'
        : // A server's stated denial says nothing of the token: the report may show it expired (Firestore's rules refuse
          // whatever token, or none, the SDK sent). Only the inferred denial, which needs a token with no fault, says so.
          a.stated
          ? a.via === 'harbor'
            ? 'Harbor refused this action on the repository to the account it saw'
            : a.unlikeVaultToken !== undefined
              ? 'Vault refused the request: first check the token, which has none of Vault’s forms'
              : a.via === 'node-vault'
                ? 'Vault refused the request: an unknown token or a policy'
                : statedDenialTitle(a)
          : 'The token is fine; a policy denies the request',
    detail: (a) =>
      a.signedRequest !== undefined && a.permission !== undefined
        ? `AWS refused ${a.principal ?? 'the caller'} the action ${q(a.permission)}${a.resource === undefined ? '' : ` on ${a.resource}`}: ${AWS_POLICY_SAYS[a.awsPolicy === 'identity' && a.explicitDeny ? 'identity-deny' : (a.awsPolicy ?? 'none')]}${a.explicitDeny ? ' with an explicit Deny' : ''}. No bearer token is involved.`
        : a.signedRequest !== undefined
          ? `AWS accepted the request’s signature and an access policy refused it${via(a)}: the caller’s IAM policy, the bucket or resource policy, an ACL, an organisation’s SCP, a VPC endpoint policy, or the KMS key policy of an encrypted object. No bearer token is involved.`
          : a.stated && a.via === 'harbor'
            ? 'Harbor answered its own 401, “unauthorized to access repository: <project>/<repository>, action: <action>”: the account it saw may not do that action in the project. That is an anonymous caller when no credentials came or none were accepted (a docker login to another host name or port, a credential helper that failed), else a user or robot account (robot$…) whose project role or permissions lack the action.'
            : a.stated && a.unlikeVaultToken !== undefined
              ? `Vault answered 403 permission denied, which it says of a token none of whose policies grants the path, and also of a token it does not know (older releases with those words alone). The ${a.unlikeVaultToken} the paste sets has none of the forms Vault gives its tokens (hvs., hvb., s. or b. and a random part; a UUID before Vault 1.0), so it may be no token of this Vault: a placeholder, a mistyped or truncated value, another variable’s, unless that ID was set by hand (a dev server’s -dev-root-token-id, vault token create -id).`
              : a.stated && a.via === 'node-vault'
                ? 'Vault answered 403 permission denied (node-vault): it says so of a token none of whose policies grants the path, and, before invalid token, of a token it does not know.'
                : a.stated
                  ? a.permission === undefined && a.via === 'dataverse'
                    ? 'Microsoft Dataverse accepted the token and found no user in this environment for its principal (0x80072560): an app registration that is not an application user of the environment, a person not added to it, or a token from another tenant.'
                    : a.permission !== undefined && a.via === 'dataverse'
                      ? `Microsoft Dataverse authenticated the caller and its security roles do not grant the privilege ${q(a.permission)}${a.resource === undefined ? '' : ` on the table ${a.resource}`}.`
                      : a.permission !== undefined && a.via === 'magento'
                        ? `Magento authenticated the caller, and its ACL does not grant the caller the resource ${q(a.permission)}.`
                        : a.permission !== undefined
                          ? `The server’s authorization policy denied the request${via(a)}: IAM did not let the caller use the permission ${q(a.permission)}${a.resource === undefined ? '' : ` on ${a.resource}`}.`
                          : statedDenialDetail(a)
                  : 'The token looks valid and carries what is required: the 403 comes from resource-level policy (RBAC, tenant, ownership).',
    steps: (a) =>
      a.via === 'aws-bedrock' || a.regionBlocked === true || (a.signedRequest !== undefined && a.via === 'aws-appsync')
        ? ownDenialSteps(a)
        : a.signedRequest !== undefined && a.permission !== undefined
          ? [awsDenialStep(a)]
          : a.signedRequest !== undefined
            ? [AWS_WHO_SIGNED_STEP]
            : a.stated && a.via === 'envoy'
              ? // The proxy's RBAC filter refused before the service saw the request. Istio's "Security Problems" page
                // (istio.io/latest/docs/ops/common-problems/security-issues/#authorization-is-too-restrictive-or-permissive)
                // turns on `istioctl proxy-config log deploy/httpbin --level "rbac:debug"`; the proxy then logs
                // `enforced denied, matched policy ns[default]-policy[test]-rule[0]` (help.aliyun.com/zh/asm/sidecar/
                // confirm-the-effective-authorization-policy-through-the-access-log).
                envoyRbacSteps(a)
              : a.stated && a.via === 'dataverse'
                ? [dataversePrivilegeStep(a.permission, a.resource)]
                : a.stated && a.keyRefusal !== undefined
                  ? [RESTRICTED_KEY_STEP[a.keyRefusal]]
                  : a.geminiModel === true
                    ? [GEMINI_MODEL_ACCESS]
                    : a.stated && a.permission !== undefined && a.via !== 'magento'
                      ? [gcpPermissionStep(a.permission, a.resource)]
                      : a.stated && a.unlikeVaultToken !== undefined
                        ? [
                            `Check the token first: vault token lookup with the same VAULT_ADDR and the ${a.unlikeVaultToken} value the request used (an error there means Vault does not know it: log in again, vault login or the client’s auth method, and use the token it returns).`,
                            STATED_DENIAL_STEP.vault as string,
                          ]
                        : a.sas !== undefined
                          ? [sasDenialStep(a.sas)]
                          : a.stated && a.via !== undefined && STATED_DENIAL_STEP[a.via] !== undefined
                            ? [STATED_DENIAL_STEP[a.via] as string]
                            : a.stated && a.gateway !== undefined
                              ? [gatewayPolicyStep(a.gateway)]
                              : a.stated
                                ? // The pasted words are the service's own refusal: its logs were pasted, its settings decide.
                                  [
                                    'Check what the service that refused it allows this caller on this resource (roles, tenant, ownership) in its authorization settings.',
                                  ]
                                : [
                                    'Check the authorization policy for this user and resource (roles, tenant, ownership) in the service’s logs.',
                                  ],
  },
  'verifier.misconfigured': {
    title: (a) =>
      a.setup !== undefined
        ? SETUP_TITLES[a.setup]
        : a.subrequestStatus !== undefined
          ? `nginx’s auth_request got ${a.subrequestStatus} from the auth service`
          : a.oidcProvider !== undefined
            ? 'The AWS account has no IAM OIDC identity provider for the token’s issuer'
            : a.vaultRole !== undefined
              ? `Vault has no role "${a.vaultRole}" on this auth mount`
              : a.wifProvider !== undefined
                ? 'Google’s STS has no active workload identity provider by the name the client sent'
                : 'The verifier is misconfigured',
    detail: (a) =>
      a.setup !== undefined
        ? SETUP_DETAILS[a.setup]
        : a.subrequestStatus !== undefined
          ? `nginx’s auth_request takes only 2xx (let through), 401 or 403 (refused) from the auth service; on ${a.subrequestStatus} it answers the client 500. ${subrequestCause(a.subrequestStatus)} Every request fails the same way, whatever token it carries.`
          : a.oidcProvider !== undefined
            ? `AWS STS found no IAM OIDC identity provider in this account for the token’s issuer${a.oidcProvider === null ? '' : ` (${a.oidcProvider})`}: the account must trust the issuer before any role can be assumed with its tokens, whatever the token holds.`
            : a.vaultRole !== undefined
              ? `The login named role "${a.vaultRole}", and the JWT/OIDC auth mount it was sent to (auth/<mount>/login) has no role by that name: Vault refused it before reading the token, so any token fails the same way.`
              : a.wifProvider !== undefined
                ? `The token exchange named a workload identity pool or provider${a.wifProvider === null ? '' : ` (${a.wifProvider})`} as its audience, and Google’s STS has none active by that name (invalid_target: misspelt, a project id where the project number goes, or the pool or provider disabled or deleted). It refused the exchange before reading the token, so any token fails the same way.`
                : `The error is about the verifier’s own configuration${via(a)}, its keys, secret, issuer or audience settings: every token will fail the same way.`,
    steps: (a) =>
      a.setup !== undefined
        ? SETUP_STEPS[a.setup]
        : a.oidcProvider !== undefined
          ? stsProviderSteps(a.oidcProvider)
          : a.subrequestStatus !== undefined
            ? [
                'Call the URL of the auth_request location yourself with the same cookie or Authorization header (curl -i): it must answer 2xx, 401 or 403.',
                'Point auth_request at the auth service’s check endpoint (oauth2-proxy /oauth2/auth, Authelia /api/authz/auth-request, vouch-proxy /validate), not its sign-in page, and send the browser to sign in with error_page 401 = /sign-in.',
                'Read the auth service’s own log for the same request.',
              ]
            : a.vaultRole !== undefined
              ? [
                  'List the roles of the mount the login went to (vault list auth/<mount>/role) and check that the login’s role name is one of them exactly; a role exists only on the mount it was created on, so send the login to that mount (auth/jwt/login by default; a method enabled at another path has its own roles).',
                ]
              : a.via === 'fosite'
                ? [HYDRA_INTROSPECTION_CALLER]
                : a.via === 'wp-jwt-auth'
                  ? [WP_JWT_AUTH_SECRET_STEP]
                  : a.wifProvider !== undefined
                    ? [
                        WIF_PROVIDER_STEP,
                        'Check that the pool and the provider exist and are enabled: gcloud iam workload-identity-pools providers describe PROVIDER --workload-identity-pool=POOL --location=global --project=PROJECT (state must be ACTIVE and disabled not true; a deleted one stays DELETED for about 30 days, when gcloud … undelete restores it).',
                      ]
                    : [
                        'Fix the API’s JWT configuration (signing key or JWKS URL, valid issuers and audiences, allowed algorithms) and redeploy.',
                      ],
  },
  'oauth.invalid-client': {
    title: (a) =>
      a.assertionKey !== undefined
        ? a.assertionKey === 'expired'
          ? 'The certificate that signs the client assertion has expired'
          : 'The identity provider could not verify the client assertion’s signature'
        : a.secretExpired === true
          ? 'The client secret has expired'
          : a.dynamicClient === true
            ? `The authorization server no longer knows the client’s registration${endpointSaid(a)}`
            : `The token endpoint refused the client’s credentials${endpointSaid(a)}`,
    detail: (a) =>
      a.dynamicClient === true
        ? `${a.via === undefined ? 'The authorization server' : isClientReporter(a.via) ? `The authorization server (as ${productName(a.via)} reports)` : `The authorization server (${productName(a.via)})`} refused the client id the client registered for itself earlier (dynamic client registration, as MCP clients do): the server was redeployed, its client store was cleared, or the registration expired, and the client still replays the old id. No token was issued, so the MCP server was never called with one.`
        : `${a.via === undefined || a.via === 'response body' ? 'The token endpoint' : `The token endpoint (${productName(a.via)})`} did not accept the client’s own authentication (its id, secret or assertion)${a.description === null ? '' : `: ${q(a.description)}`}. No token was issued, so the API was never called with one.`,
    steps: (a) =>
      a.dynamicClient === true
        ? [
            'Clear the client’s saved OAuth state so that it registers again and signs in afresh: mcp-remote keeps it in ~/.mcp-auth (delete that folder), Claude Code under /mcp → Clear authentication; then reconnect.',
            'If it comes back after every restart or deploy of the MCP server, its authorization server keeps registrations in memory or in a store that is reset: persist them, and answer an unknown client id with 401 invalid_client, on which MCP clients register again.',
          ]
        : a.assertionKey !== undefined
          ? [
              a.assertionKey === 'expired'
                ? 'Create or renew the certificate, upload its public part to the app registration (Entra ID: App registrations → the app → Certificates & secrets), deploy its private key where the client reads it, then remove the expired one.'
                : 'Compare the certificate the client signs with against those on the app registration (Entra ID: App registrations → the app → Certificates & secrets): the thumbprint in the assertion’s header (x5t is the base64url of the SHA-1 bytes, x5t#S256 of the SHA-256 ones, not the hex the portal shows) must be one listed there; upload it, or point the client at the registered one.',
              'Check that the client reads the private key whole (PEM lines and newlines kept, no stray \\r) and that it pairs with that certificate, and that client_id is this app registration’s.',
            ]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform], PLATFORM_KEY_STEP[a.platform]]
            : [
                a.secretExpired === true
                  ? 'Create a new client secret for the app (Entra ID: App registrations → Certificates & secrets), put it where the client reads it, and note its expiry date.'
                  : a.via === 'salesforce'
                    ? SALESFORCE_CLIENT
                    : a.via === 'paypal'
                      ? PAYPAL_CLIENT
                      : 'Check the client id and secret the caller sends: the secret’s value (not its id), the current one after a rotation, no trailing whitespace or newline from a secret store, and the environment’s own client.',
                'Check how the client authenticates (client_secret_basic in Authorization: Basic, or client_secret_post in the body) against what the identity provider expects for this client.',
              ],
  },
  'oauth.unauthorized-client': {
    title: (a) => `The client may not use this grant${endpointSaid(a)}`,
    detail: (a) =>
      `${tokenEndpoint(a)} knows the client but does not allow it the grant it asked for${desc(a)}. No token was issued, so the API was never called with one.`,
    steps: (a) =>
      googleDelegation(a.description)
        ? [GOOGLE_DWD_STEP]
        : a.via === 'epic-games'
          ? [EPIC_CLIENT_GRANTS]
          : [
              'Enable the grant for this client at the identity provider: Keycloak’s client credentials grant needs "Client authentication" and "Service accounts roles" on the client; Okta and Auth0 list the application’s allowed grant types; IdentityServer its AllowedGrantTypes.',
              'Or request the grant the client is registered for: authorization_code for a user’s sign-in, client_credentials for a service acting as itself.',
            ],
  },
  'oauth.invalid-scope': {
    title: (a) =>
      a.redirect === true
        ? `The authorization endpoint refused the requested scope${endpointSaid(a)}`
        : `The token endpoint refused the requested scope${endpointSaid(a)}`,
    detail: (a) =>
      // The cause list before the server's words: after a quoted description, ": unknown, …" reads as a second colon.
      // In a redirect's query or fragment, the authorization endpoint answered (RFC 6749 §4.1.2.1): no code was issued.
      a.redirect === true
        ? `${authorizationEndpoint(a)} refused the scope the sign-in request asked for (unknown, malformed, or more than this client is granted)${desc(a)}, and redirected back with the error. No authorization code or token was issued.`
        : `${tokenEndpoint(a)} refused the scope (or resource) the request asked for (unknown, malformed, or more than this client is granted)${desc(a)}. No token was issued.`,
    steps: () => [
      'Compare the scope parameter with what the client is granted: Entra ID’s client credentials take "<resource>/.default" (or full scope URIs); Keycloak the client scopes assigned to the client; Auth0 the API’s audience and the scopes granted to the application; Okta the scopes defined on the authorization server.',
      'Separate scopes with spaces, not commas, and send them in the scope parameter only once.',
    ],
  },
  'oauth.unsupported-grant': {
    title: (a) =>
      a.via === 'thingsboard'
        ? 'ThingsBoard’s sign-in endpoint takes only POST'
        : `The token endpoint does not support this grant type${endpointSaid(a)}`,
    detail: (a) =>
      a.via === 'thingsboard'
        ? 'ThingsBoard refused the request before reading any credential ("Authentication method not supported", errorCode 10): its sign-in (/api/auth/login) and token refresh (/api/auth/token) endpoints answer so to any method but POST. No token was issued or judged.'
        : `${tokenEndpoint(a)} does not offer the grant_type the request named${desc(a)}. No token was issued.`,
    steps: (a) =>
      a.via === 'thingsboard'
        ? [
            'Send the sign-in as POST /api/auth/login with a JSON body {"username": …, "password": …}, and a refresh as POST /api/auth/token with {"refreshToken": …} (Content-Type: application/json); a GET, a browser visit or a redirect that turns the POST into a GET gets this answer.',
          ]
        : [
            'Check grant_type in the request body: spelled as RFC 6749 names it (client_credentials, authorization_code, refresh_token, urn:ietf:params:oauth:grant-type:jwt-bearer), sent form-encoded (Content-Type: application/x-www-form-urlencoded), not as JSON or in the query string.',
            'Check that the request goes to this identity provider’s token endpoint and that the grant is enabled there (its discovery document’s grant_types_supported).',
          ],
  },
  'oauth.invalid-code': {
    title: (a) =>
      a.expired
        ? 'The token endpoint refused the authorization code: it expired before it was redeemed'
        : 'The token endpoint refused the authorization code: already used, expired or unknown',
    detail: (a) =>
      `${tokenEndpoint(a)} did not accept the authorization code the sign-in returned${a.expired ? ': it was redeemed after its lifespan' : ': it was redeemed before, has expired, or is not one this server issued'}. This happens at the sign-in callback, before any API call: no access token was issued, and none was revoked.`,
    steps: (a) => [
      ...(a.savedState === true
        ? [
            'Clear the MCP client’s saved OAuth state (its PKCE verifier and registration from an earlier run) and sign in again: mcp-remote: rm -rf ~/.mcp-auth, then restart the MCP client; Claude Code: /mcp → Clear authentication.',
          ]
        : []),
      a.expired
        ? 'Redeem the code as soon as the callback receives it (Keycloak’s default code lifespan is a minute): look for a slow or retried callback, or a server clock far off.'
        : 'Redeem each code once: a callback run twice (a page reload or back button on the callback URL, React StrictMode running the effect twice, two tabs, a retry after a timeout) sends the same code again, and the second exchange fails.',
      'Make sure the callback that exchanges the code talks to the same identity provider (realm, node, environment) that issued it, with the same client and redirect_uri.',
      'Start the sign-in again to get a fresh code.',
    ],
  },
  'oauth.discovery-failed': {
    title: (a) =>
      a.document === 'registration'
        ? 'The authorization server offers no dynamic client registration (RFC 7591)'
        : a.document === 'server-metadata'
          ? 'The client could not load the authorization server’s metadata (RFC 8414)'
          : 'The client could not load the server’s protected-resource metadata (RFC 9728)',
    detail: (a) => {
      const got = a.httpStatus === null ? '' : `: its request got HTTP ${a.httpStatus}`;
      const before =
        ' The client stopped before asking for any token: no token was sent to the server, or refused by it.';
      return a.document === 'registration'
        ? `The authorization server’s metadata names no registration_endpoint, and the client${via(a)} has no client id of its own to use instead, so it cannot start the sign-in.${before}`
        : a.document === 'server-metadata'
          ? `The client${via(a)} could not read the authorization server’s metadata (/.well-known/oauth-authorization-server or /.well-known/openid-configuration)${got}, so it does not know the authorization and token endpoints.${before}`
          : `The client${via(a)} could not read the protected-resource metadata (/.well-known/oauth-protected-resource) that names the authorization server for this server${got}.${before}`;
    },
    steps: (a) =>
      a.document === 'registration'
        ? [
            'Register a client with the authorization server yourself and give the client its id (and secret): mcp-remote’s --static-oauth-client-info, the OAuth client id and secret fields of a Claude custom connector.',
            'Or enable dynamic client registration on the authorization server, or put an authorization server that offers it in front of one that does not (an OAuth proxy: FastMCP’s OAuthProxy, Cloudflare’s workers-oauth-provider).',
          ]
        : a.document === 'server-metadata'
          ? [
              'Fetch the authorization server’s metadata yourself: curl -i <issuer origin>/.well-known/oauth-authorization-server<issuer path>, and /.well-known/openid-configuration; one must answer 200 with JSON naming authorization_endpoint and token_endpoint, without a token.',
              'An issuer with a path (Okta’s /oauth2/<id>, Keycloak’s /realms/<realm>, Cognito’s user pool) is looked up at several well-known URLs; a client that tries the next one only after a 404 stops on a 400, 401, 403 or 405 (modelcontextprotocol/typescript-sdk#804, #879): update the client, or serve the document where it looks first.',
              'A server that takes an API key or a fixed token instead of OAuth has no such metadata: give the client that credential in its headers, and it does not start OAuth.',
            ]
          : [
              'Fetch the metadata yourself: curl -i the URL the 401’s resource_metadata names, or <server origin>/.well-known/oauth-protected-resource<server path>; it must answer 200 with JSON whose authorization_servers names the authorization server, without a token.',
              'A 401, 403 or HTML page there comes from something guarding the well-known path (a gateway, a CDN’s bot protection, the server’s own auth middleware): exempt /.well-known/*. Clients that fall back to the root document only after a 404 stop on the rest (modelcontextprotocol/typescript-sdk#2783): update the client too.',
              'A server that takes an API key or a fixed token instead of OAuth has no such metadata: give the client that credential in its headers, and it does not start OAuth.',
            ],
  },
  'oauth.interaction-required': {
    title: (a) =>
      ({
        login: 'The identity provider needs the user to sign in: a silent token request cannot',
        consent: 'The identity provider needs consent before it issues this token',
        'account-selection': 'The identity provider needs the user to choose an account',
        interaction: 'The identity provider needs the user before it issues a token',
        mfa: 'The identity provider needs multi-factor authentication before it issues a token',
      })[a.reason],
    detail: (a) => {
      const who =
        a.provider === 'entra-id'
          ? 'Microsoft Entra ID'
          : a.provider === 'auth0'
            ? 'Auth0'
            : a.provider === 'google'
              ? 'Google'
              : 'The identity provider';
      const why = {
        login:
          'it has no signed-in session it can use without the user (none, one that ended or whose refresh token no longer works, or, in a browser, a session whose cookies were not sent: third-party cookies blocked, a private window, another browser zone)',
        consent:
          'the user (or an administrator, for the whole tenant) has not consented to the permissions (scopes) the app asks for',
        'account-selection': 'several accounts are signed in and it will not pick one for the user',
        interaction: 'it needs something from the user it does not name',
        mfa: 'a policy requires multi-factor authentication (or enrolment in it) that a silent or password request cannot perform',
      }[a.reason];
      // A command-line tool (gcloud, the Azure CLI, azd) renews its sign-in by its own login command, not the app's.
      const again =
        a.cli !== undefined || a.provider === 'google'
          ? 'the user must sign in again'
          : 'the app must ask again interactively';
      // A tool's stored sign-in has no browser session: its refresh was refused because a policy wants the user again.
      const reason =
        a.reason === 'login' && (a.cli !== undefined || a.provider === 'google')
          ? 'the stored sign-in can no longer be renewed without the user (a session-length or sign-in-frequency policy ended it, or a reauthentication is due)'
          : why;
      return `${who} refused a token request made without the user${via(a)}: ${reason}. No token was issued, so no API judged one: ${again}.`;
    },
    steps: (a) =>
      a.provider === 'docusign'
        ? [
            'DocuSign’s JWT grant needs the user’s consent once per integration key: open https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=<integration key>&redirect_uri=<a redirect URI registered on the key> (account.docusign.com in production) signed in as the user the JWT’s sub names, and accept; or an organization administrator grants it for the domain’s users. Ask for both signature and impersonation.',
          ]
        : [
            // MSAL and the Entra portal are named only when Entra ID refused: a bare OIDC error body or another SDK's
            // login_required (auth0-spa-js's GenericError without Auth0's log) gets the provider-neutral OIDC words.
            a.cli === 'azure-cli'
              ? 'Run az login again (with the --scope the message names, when it names one: az login --scope https://management.core.windows.net//.default), then the command again; kubelogin, Terraform and the SDKs’ AzureCliCredential use this sign-in too.'
              : a.cli === 'azd'
                ? 'Run azd auth login, then the command again (azd up, azd provision, azd deploy).'
                : a.provider === 'google'
                  ? 'Sign in again: gcloud auth login for gcloud itself, and gcloud auth application-default login for Application Default Credentials (Google’s client libraries, Terraform and other tools run on a workstation), then run the command again.'
                  : a.provider === 'auth0'
                    ? 'When getTokenSilently fails with login_required, consent_required or interaction_required, fall back to loginWithRedirect or getTokenWithPopup with the same audience and scope.'
                    : a.msal !== null
                      ? MSAL_INTERACTIVE_EN[a.msal]
                      : a.provider === 'entra-id'
                        ? 'Catch the error (MSAL’s InteractionRequiredAuthError) and fall back to an interactive request with the same scopes: acquireTokenRedirect or acquireTokenPopup (MSAL.js), AcquireTokenInteractive (MSAL.NET), or a sign-in without prompt=none.'
                        : 'Catch the error and fall back to an interactive request with the same scopes: a sign-in redirect or popup without prompt=none, so the user can sign in, consent or choose an account.',
            ...(a.reason === 'consent'
              ? [
                  a.provider === 'auth0'
                    ? 'Consent cannot be skipped on localhost or for a non-first-party application: run the app on a real host, or mark the application first-party and allow skipping consent on the API.'
                    : a.provider === 'entra-id'
                      ? 'If users may not consent themselves, an administrator grants it once: the app registration’s API permissions → “Grant admin consent”, or the admin consent URL; check that the scope the app asks for is one the API exposes.'
                      : 'If users may not consent themselves, an administrator grants consent for the application in the identity provider’s admin console; check that the scope the app asks for is one the API exposes.',
                ]
              : []),
            ...(a.reason === 'mfa'
              ? [
                  'A password (ROPC) or other non-interactive flow cannot satisfy MFA: use the authorization code flow (or device code), or a client-credentials token if no user is involved.',
                ]
              : []),
            // A sign-in policy that ends sessions comes back, and a job with no user cannot answer it.
            ...(a.cli !== undefined
              ? [
                  'If it keeps coming back, a Conditional Access policy (sign-in frequency, MFA) is ending the CLI’s session: run automation as a service principal, a managed identity or workload identity (az login --service-principal, az login --identity) rather than a user.',
                ]
              : a.provider === 'google'
                ? [
                    'If it keeps coming back every few hours, a Google Workspace or Cloud Identity session-control policy (Google Cloud session length, support.google.com/a/answer/9368756) is ending the session, and a job with no terminal cannot answer it: run scripts and CI as a service account (impersonation, workload identity) rather than a user.',
                  ]
                : []),
            // The iframe is a browser's: MSAL.NET, Java, Python and Android renew with a refresh token.
            ...(a.reason === 'login' &&
            a.cli === undefined &&
            a.provider !== 'google' &&
            (a.msal === null || a.msal === 'js')
              ? [
                  'If silent sign-in keeps failing right after a sign-in, the session cookie is not reaching the provider in its iframe (third-party cookies blocked): use refresh tokens instead of an iframe, or a custom domain for the provider.',
                ]
              : []),
          ],
  },
  'request.cors-rejected': {
    title: (a) =>
      a.browser === true
        ? 'The browser’s CORS preflight failed, so the request and its token were never sent'
        : a.preflight
          ? 'The server’s CORS check refused the preflight, not the token'
          : 'The server’s CORS check refused the request, not the token',
    detail: (a) => {
      if (a.browser === true)
        return 'The browser says the CORS preflight (the OPTIONS request it sends first, without Authorization or cookies) got no successful answer carrying Access-Control-Allow-Origin, so it never sent the real request: the token was not judged. The paste does not show the status the OPTIONS got, which says who refused it.';
      const from = a.origin === null ? '' : ` from ${a.origin}`;
      const asks = a.method === null ? '' : ` asking to send ${a.method}`;
      const said = a.stated ? ` and says "Invalid CORS request"${via(a)}` : '';
      return a.preflight
        ? `The request is a CORS preflight (OPTIONS${asks}${from}), and the 403 carries no Access-Control-Allow-Origin${said}: the server’s CORS configuration does not allow that origin, method or those request headers${a.stated ? '' : ', or a layer in front refused OPTIONS'}. Browsers send no token on a preflight, and the real request was never sent.`
        : `The server refused the request’s Origin${from === '' ? '' : ` (${a.origin})`} with "Invalid CORS request"${via(a)}: the origin, method or headers are not in its CORS configuration. The token was not judged.`;
    },
    steps: (a) => [
      ...(a.browser === true
        ? [
            'In DevTools → Network, find the OPTIONS request for the same URL (turn off any “Fetch/XHR” filter) and read its status: a 401 means authentication ran on the preflight; a 403, or a 2xx without Access-Control-Allow-Origin, means the CORS configuration refused the origin, method or headers.',
          ]
        : []),
      `Add the calling origin (scheme, host and port exactly), the method and the request headers (Authorization among them) to the API’s CORS configuration (${CORS_WHERE[corsFrameworkOf(a)]}).`,
      CORS_BEFORE_AUTH[corsFrameworkOf(a)],
    ],
  },
  'request.csrf-rejected': {
    title: () => 'CSRF protection refused the request, not the token',
    detail: (a) =>
      `The framework’s CSRF protection${via(a)} refused this ${a.method === undefined ? 'state-changing' : a.method} request before any authentication read its token: the anti-forgery token it wants (a cookie and a matching header or form field) was missing or did not match.${a.bearerSent === true ? ' The request carried a bearer token, which was not judged: a stateless API that takes bearer tokens needs no CSRF check.' : ''}`,
    steps: (a) => {
      const api =
        CSRF_API_STEP[a.via ?? ''] ??
        'For a stateless bearer-token API, turn the framework’s CSRF check off for its routes (Spring Security csrf.disable() or ignoringRequestMatchers("/api/**"), Laravel’s api routes, Rails’ protect_from_forgery with: :null_session).';
      const browser =
        CSRF_BROWSER_STEP[a.via ?? ''] ??
        'For a browser app that signs in with cookies, send the token header the framework expects (X-XSRF-TOKEN from the XSRF-TOKEN cookie, X-CSRFToken from the csrftoken cookie) on every POST, PUT, PATCH and DELETE.';
      return a.bearerSent === true
        ? [
            api,
            browser,
            'Fix the CSRF check before the token: the token was not judged, and a problem of its own shows (as a 401) only once the request gets past it.',
          ]
        : [api, browser];
    },
  },
  'policy.service-not-enabled': SERVICE_NOT_ENABLED,
  'federation.no-match': {
    title: (a) => FEDERATION_TITLES[trustOf(a.via)],
    detail: (a, f) => {
      const named = [
        a.issuer === null ? null : `issuer ${q(a.issuer)}`,
        a.subject === null ? null : `subject ${q(a.subject)}`,
        a.audience === null ? null : `audience ${q(a.audience)}`,
      ].filter((x): x is string => x !== null);
      const token = [
        a.tokenIss === null ? null : `iss ${q(a.tokenIss)}`,
        a.tokenSub === null ? null : `sub ${q(a.tokenSub)}`,
        a.tokenAud.length === 0 ? null : `aud ${f.list(a.tokenAud.map(q))}`,
      ].filter((x): x is string => x !== null);
      return [
        `${FEDERATION_TRUSTS[trustOf(a.via)]}${via(a)} did not admit the presented token, so the exchange was refused and no credentials were issued.`,
        named.length === 0 ? '' : ` It names the token’s ${f.list(named)}.`,
        a.claim !== null && a.claim !== 'sub' ? ` The rule that failed is on the claim ${q(a.claim)}.` : '',
        token.length === 0 ? '' : ` The pasted token has ${f.list(token)}.`,
      ].join('');
    },
    steps: (a) => [
      FEDERATION_STEPS[trustOf(a.via)],
      // The platform's own subject form only when the token or the paste names the platform.
      ...(a.workload === null
        ? []
        : [
            `${SUBJECT_FORMS[a.workload]}${trustOf(a.via) === 'entra' ? ', and Entra ID compares it case-sensitively' : ''}${a.workload === 'kubernetes' && trustOf(a.via) === 'aws' ? IRSA_AUDIENCE : ''}.`,
          ]),
    ],
  },
  'token.differs-from-working': {
    title: (a, f) => `Unlike the token that works, this one differs in ${f.list(a.differences.map((d) => d.field))}`,
    detail: (a) =>
      `Compared with the token the paste says works (${a.working}): ${a.differences
        .map((d) =>
          'lacks' in d
            ? `${d.field} lacks ${d.lacks.map(q).join(' ')}, which it has`
            : `${d.field} is ${d.failing === null ? 'absent' : q(d.failing)} here, ${d.working === null ? 'absent' : q(d.working)} there`,
        )
        .join('; ')}.`,
    steps: (a) =>
      workingSteps(a, {
        issuer:
          'Get the failing token from the same issuer (tenant, environment), for the same audience and client, as the one that works: the caller is configured with another environment’s identity provider or client.',
        key: 'The two tokens were signed with different keys or algorithms: check that the verifier’s key set holds the failing token’s kid and that the issuer signs with the algorithm the verifier allows.',
        grants:
          'Request the grants the working token carries (the scopes or roles assigned to its client or user) for the failing caller.',
      }),
  },
};

/** After "the key set the issuer publishes at … has A and B": whether that copy is fresh. */
const REFETCH_NOTE = {
  none: '',
  refetched: ' (fetched again to make sure)',
  'cooling-down': ' (fetched moments ago, so not fetched again)',
  failed: ' (a cached copy: fetching it again failed)',
} as const;

/** Why the keys could not be fetched, after "could not be fetched from <url>: ". */
const FETCH_FAILURE: Record<KeyFetchFailure, (httpStatus: number | null) => string> = {
  timeout: () => 'it did not answer in time',
  network: () => 'the connection failed (DNS, TLS or refused)',
  'http-status': (s) => `it answered HTTP ${s ?? '?'} instead of 200`,
  'not-json': () => 'the answer is not JSON (an HTML error or sign-in page?)',
  'too-large': () => 'the answer is larger than a key set can reasonably be',
  'redirect-blocked': () => 'it redirected to another host, which is not followed',
  'not-https': () => 'the URL is not https, and http is not allowed for its host',
  'no-jwks-uri': () => 'the discovery document names no usable jwks_uri',
  'issuer-mismatch': () => 'the discovery document belongs to another issuer',
  'invalid-jwks': () => 'the answer is not a JWK Set with usable keys',
};

function f_list(items: readonly string[]): string {
  return items.map(q).join(', ');
}

/**
 * token.missing when the writer says the refusals began once time had passed (checks/stated-elapsed.ts): the token's
 * age is the reading to settle first, whatever else its words say.
 */
const AGED_NOTE =
  ' The paste says the failures began after a while: a token refused once it has aged has usually expired (access tokens often live an hour) and the client did not get a new one.';
const AGED_STEP =
  'Paste the token the failing request sent (signature masked): its exp against the time of the failure settles whether it had expired. If it had, check that the client refreshes the token before exp (or on a 401) instead of keeping the one it got at sign-in.';

/** token.missing when the writer says a clock is off (checks/stated-elapsed.ts writerSaysClockOff). */
const CLOCK_NOTE =
  ' The paste names a clock that is off (as a fact or a suspicion): a verifier whose clock differs from the issuer’s by more than its allowed skew refuses a fresh token as not yet valid (iat, nbf) or an unexpired one as expired.';
const CLOCK_STEP =
  'Paste the token (signature masked) with the response’s Date header: its iat, nbf and exp against the verifier’s time settle a clock skew. Then check time synchronisation (NTP) on the client, the identity provider and the API’s hosts, or the verifier’s clock-skew allowance.';

export const findings: FindingMessages = {
  ...byCode,
  'token.missing': {
    title: (a, f) =>
      ownNoToken(a)?.title ??
      (a.afterAWhile === true && a.saidSent !== true
        ? 'Refused once time had passed, and the token is not in the paste'
        : a.clockNamed === true && a.saidSent !== true
          ? 'The paste names a clock that is off; the token is not in it'
          : byCode['token.missing'].title(a, f)),
    detail: (a, f) => {
      const own = ownNoToken(a);
      if (own !== null) return own.detail;
      const notes = `${a.afterAWhile === true ? AGED_NOTE : ''}${a.clockNamed === true ? CLOCK_NOTE : ''}`;
      if (notes === '') return byCode['token.missing'].detail(a, f);
      return a.saidSent === true
        ? `${byCode['token.missing'].detail(a, f)}${notes}`
        : `This is an authentication failure, and the paste shows neither a token nor the request that carried one.${notes}`;
    },
    steps: (a, f) => {
      const product = ownNoToken(a);
      if (product !== null) return product.steps;
      const own = [
        ...(a.platform === undefined ? [] : [PLATFORM_STEP[a.platform], PLATFORM_KEY_STEP[a.platform]]),
        ...(a.clockNamed === true ? [CLOCK_STEP] : []),
        ...(a.afterAWhile === true ? [AGED_STEP] : []),
      ];
      const steps = byCode['token.missing'].steps(a, f);
      return own.length > 0 ? [...own, ...steps.filter((s) => s !== PASTE_SENT_TOKEN)] : steps;
    },
  },
};
