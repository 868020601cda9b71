/**
 * Authorization layers in their own words: the frameworks' and platforms' refusal of a caller they identified
 * (policy.deny, the server's word), and the same layers saying no caller was identified at all (token.missing), which
 * a 403 or an authorization log line can hide. Round "authz403": 403s rebuilt from public issue threads.
 *
 * The words an authorization layer says when the user is anonymous are an authentication failure, whatever the
 * layer's name: Spring's ExceptionTranslationFilter sends an anonymous user to the entry point, ASP.NET Core's
 * DenyAnonymousAuthorizationRequirement fails only for an unauthenticated user, and the Kubernetes API server names an
 * unauthenticated request `system:anonymous`.
 */
import type { VerifierArgs } from '../verifier-messages.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CLASS, compact, family, textBefore } from './matcher.js';

const spring = family('spring-security');
const asp = family('aspnetcore');
const drf = family('django-rest-framework');
const laravel = family('laravel');
const pundit = family('pundit');
const cancan = family('cancancan');
const github = family('github');
const arm = family('azure-resource-manager');
/** A client's framing of ARM's AuthorizationFailed before its message (see the row). */
const ARM_FRAMED =
  /(?:\(AuthorizationFailed\) |Code="AuthorizationFailed" Message="|AuthorizationFailed: )The client '|ERROR CODE: AuthorizationFailed\b/;
const kubernetes = family('kubernetes');
const s3 = family('aws-s3');

/** `User "system:anonymous" cannot …`, or the same inside a JSON string (`User \"system:anonymous\" cannot`). */
function anonymousUser(f: Fragment): Reading | null {
  return /User \\?"$/.test(f.before(8)) && /^\\?" cannot /.test(f.after(10)) ? {} : null;
}

/** S3's XML error, `<Code>AccessDenied</Code>` then `<Message>…</Message>`, whitespace or not between the elements. */
function s3Message(f: Fragment): Reading | null {
  if (!/<Message>\s*$/.test(textBefore(f, 30))) return null;
  return /<Code>AccessDenied<\/Code>\s*$/.test(
    f.text.slice(Math.max(0, f.start - 80), f.start - '<Message>'.length).trimEnd(),
  )
    ? { args: s3Times(f.after(400, true)) }
    : null;
}

/**
 * The elements S3 adds to a presigned URL's refusal for its dates (aws/aws-sdk-php#1333, lukejacksonn/react-slack-clone#27:
 * `<X-Amz-Expires>300</X-Amz-Expires><Expires>2017-07-20T04:18:45Z</Expires><ServerTime>2017-07-20T04:18:55Z
 * </ServerTime>`; a SigV2 URL's reply has no X-Amz-Expires, aws/aws-sdk-js#2306): the URL's expiry and S3's clock.
 */
function s3Times(after: string): VerifierArgs {
  return compact({
    reason: 'presigned-url',
    at: element(after, 'Expires'),
    now: element(after, 'ServerTime'),
    lifetime: element(after, 'X-Amz-Expires'),
  });
}

/** The text of the first `<name>…</name>` in `s`, trimmed, when short enough to be a value. */
function element(s: string, name: string): string | undefined {
  const open = s.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const from = open + name.length + 2;
  const close = s.indexOf(`</${name}>`, from);
  return close < 0 || close - from > 60 ? undefined : s.slice(from, close).trim();
}

export const AUTHZ: readonly Matcher[] = [
  // spring-projects/spring-security web/src/main/java/org/springframework/security/web/access/
  // ExceptionTranslationFilter.java (handleAccessDeniedException): before 5.5 `logger.debug("Access is denied (user is
  // not anonymous); delegating to AccessDeniedHandler")` or "(user is anonymous); redirecting to authentication entry
  // point"; since 5.5 `logger.trace("Sending %s to access denied handler since access is denied")` or "Sending %s to
  // authentication entry point since access is denied". The anonymous branch is an unauthenticated request: the
  // token was not sent, or no filter authenticated it (keets2012/Auth-service#11, spring-boot#34850's 403s).
  spring('denied-not-anonymous', 'policy.deny', 'Access is denied (user is not anonymous)'),
  spring('denied-handler', 'policy.deny', ' to access denied handler since access is denied'),
  spring('denied-anonymous', 'token.missing', 'Access is denied (user is anonymous)'),
  spring('denied-entry-point', 'token.missing', ' to authentication entry point since access is denied'),
  // dotnet/aspnetcore src/Security/Authorization/Core/src/DenyAnonymousAuthorizationRequirement.cs (ToString), in
  // DefaultAuthorizationService's "Authorization failed. These requirements were not met:" log: the requirement fails
  // only for an unauthenticated user (the middleware then challenges: a 401), so the bearer handler authenticated no
  // token (i8beef/HomeAutio.Mqtt.GoogleHome#120; Dotnet-Boxed/Framework#14: "DenyAnonymousAuthorizationRequirement
  // means you must be logged in which translates to a 401"). RolesAuthorizationRequirement has no row: it fails for
  // an unauthenticated user too (then "was challenged"); only "was forbidden" (dotnet.ts) says the user was known.
  asp('deny-anonymous', 'token.missing', 'DenyAnonymousAuthorizationRequirement: Requires an authenticated user'),
  // encode/django-rest-framework rest_framework/exceptions.py, PermissionDenied's default_detail: a permission class
  // refused the authenticated user (manosim/django-rest-framework-api-key#22, simplejwt#433).
  drf('PermissionDenied', 'policy.deny', 'You do not have permission to perform this action.', ALONE),
  // laravel/framework src/Illuminate/Auth/Access/AuthorizationException.php (default message) and Response::deny():
  // a Gate or Policy refused the user, rendered as a 403 `{"message": "This action is unauthorized."}`.
  laravel('AuthorizationException', 'policy.deny', 'This action is unauthorized.', ALONE),
  // varvet/pundit lib/pundit.rb (NotAuthorizedError, "not allowed to update? this Post") and CanCanCan's
  // lib/cancan/exceptions.rb (AccessDenied's default message "You are not authorized to access this page."): a Rails
  // policy refused the identified user.
  pundit('NotAuthorizedError', 'policy.deny', 'Pundit::NotAuthorizedError', CLASS),
  cancan('AccessDenied', 'policy.deny', 'You are not authorized to access this page.', ALONE),
  // GitHub's 403 for a token not authorized for an organization's SAML single sign-on (cli/cli#2661,
  // ossf/scorecard#1504, mapbox/github-release-tools#28): the token is valid; the organization's policy refuses it
  // until it is SSO-authorized ("personal token", "Personal Access token" or "OAuth token" after these words).
  github('saml-enforcement', 'policy.deny', 'Resource protected by organization SAML enforcement'),
  // Azure RBAC's AuthorizationFailed as the Azure CLI and SDKs print it ("(AuthorizationFailed) The client '…' with
  // object id '…' does not have authorization to perform action '…' over scope '…'"): the principal authenticated, no
  // role assignment allows the action. The JSON body is read by error-bodies.ts, so only after a client's own framing
  // of the code: the CLI's `(AuthorizationFailed)`, go-autorest's `Code="AuthorizationFailed" Message="` (Terraform's
  // azurerm, elastic/apm-agent-dotnet#1692), ms_rest_azure's `AuthorizationFailed: ` (Azure/vagrant-azure#164), and
  // azure-sdk-for-go's `ERROR CODE: AuthorizationFailed` before the body it prints escaped (cloudquery/cloudquery#16133).
  arm('AuthorizationFailed', 'policy.deny', ' does not have authorization to perform action ', {
    read: (f) => (ARM_FRAMED.test(f.before(400)) ? {} : null),
  }),
  // The API server's name for a request no authenticator accepted (kubernetes/kubernetes#50432: "User
  // \"system:anonymous\" cannot list nodes at the cluster scope" after an OIDC set-up whose token kubectl never
  // sent): RBAC refused nobody in particular, the credentials were not accepted.
  kubernetes('anonymous', 'token.missing', 'system:anonymous', { read: anonymousUser }),
  // S3's reply to a presigned URL past its X-Amz-Expires (aws/aws-sdk-php#1333, aws/aws-sdk-js#3493): AccessDenied
  // with "Request has expired", Expires and ServerTime: the URL's signature expired, not a policy.
  s3('presigned-expired', 'time.expired', 'Request has expired', { read: s3Message }),
  // S3's reply to a presigned URL used before its X-Amz-Date (dmjio/s3-signer#16: `<Code>AccessDenied</Code><Message>
  // Request is not yet valid</Message>…<Expires>…</Expires><ServerTime>…</ServerTime>`): the signer's clock is ahead of
  // S3's, or it wrote another time than now as the signing date.
  s3('presigned-early', 'time.not-yet-valid', 'Request is not yet valid', { read: s3Message }),
  // S3's refusal of a SigV4 presigned URL signed for longer than SigV4 allows: <Code>AuthorizationQueryParametersError
  // </Code><Message>X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less
  // than 604800 seconds</Message> (bryanjos/aws_auth#31; aws/aws-cli#5464, `aws s3 presign --expires-in 604801`).
  s3('expires-over-a-week', 'time.long-lifetime', 'X-Amz-Expires must be less than a week (in seconds)', {
    args: { reason: 'presigned-url' },
  }),
];
