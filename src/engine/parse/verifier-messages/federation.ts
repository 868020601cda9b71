/**
 * Cloud token services refusing a workload's OIDC token (workload identity federation): a CI job (GitHub Actions,
 * GitLab CI, …) or a Kubernetes service account presents its JWT to AWS STS (AssumeRoleWithWebIdentity), Google's
 * Security Token Service (Workload Identity Federation), Microsoft Entra ID (a federated identity credential) or
 * HashiCorp Vault's JWT auth method, and the exchange fails. What the job's log shows is the service's own words, as
 * the CI action or the SDK prints them; each row's text is the service's, from the public captures named beside it.
 * `via` names the service that judged the token, not the action that printed it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, capture, claimMissing, claimViolated, compact, family, textBefore } from './matcher.js';

const sts = family('aws-sts');
const gcpSts = family('gcp-sts');
const firebaseAuth = family('firebase-auth');
const entra = family('entra-id');
const vault = family('vault');
const cap = family('hashicorp-cap');
const gkeMetadata = family('gke-metadata-server');
const githubActions = family('github-actions');

/** The value a message quotes right after the match: `'…'`, `"…"` or `[…]`. */
function quotedAfter(f: Fragment): string | undefined {
  const m = /^\s*(?:'([^'\n]{1,300})'|\\?"([^"\\\n]{1,300})\\?"|\[([^\]\n]{1,300})\])/.exec(f.after(400));
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
}

/**
 * Entra ID's "No matching federated identity record found for presented assertion issuer|audience '<value>'"
 * (AADSTS700211, AADSTS700212): the value is the token's, which no federated identity credential of the app lists
 * (`reason: 'federation'`: the credential is what to fix, as the message's "Please check your federated identity
 * credential Subject, Audience and Issuer against the presented assertion" says).
 */
function entraValue(f: Fragment): Reading {
  return { args: compact({ actual: quotedAfter(f), reason: 'federation' }) };
}

/**
 * Entra ID's AADSTS700213 / AADSTS7002138 "No matching federated identity record found for presented assertion subject
 * '<sub>'": the token's subject, which no federated identity credential of the app lists.
 */
function entraSubject(f: Fragment): Reading {
  return { args: compact({ claim: 'sub', actual: quotedAfter(f) }) };
}

const ASSERTION_ISSUER = /Assertion Issuer: '([^'\n]{1,300})'/;
const ASSERTION_SUBJECT = /Assertion Subject: '([^'\n]{1,300})'/;
const ASSERTION_AUDIENCE = /Assertion Audience: '([^'\n]{1,300})'/;

/**
 * What Entra ID's AADSTS70021 names of the presented assertion, in the text after its match: "No matching federated
 * identity record found for presented assertion. Assertion Issuer: '…'. Assertion Subject: '…'. Assertion Audience:
 * '…'." (Azure/azure-workload-identity#616). Read by checks/verifier-log.ts for federation.no-match's args.
 */
export function assertionNamed(after: string): { issuer?: string; subject?: string; audience?: string } {
  const out: { issuer?: string; subject?: string; audience?: string } = {};
  const issuer = capture(after, ASSERTION_ISSUER);
  const subject = capture(after, ASSERTION_SUBJECT);
  const audience = capture(after, ASSERTION_AUDIENCE);
  if (issuer !== undefined) out.issuer = issuer;
  if (subject !== undefined) out.subject = subject;
  if (audience !== undefined) out.audience = audience;
  return out;
}

const GCP_ISSUER = /^([^\s'"\\]{1,300}) not found in the configured identity providers/;

/** Google STS's "Specified identity issuer <iss> not found in the configured identity providers": the token's iss. */
function gcpIssuer(f: Fragment): Reading | null {
  const m = GCP_ISSUER.exec(f.after(400));
  return m?.[1] === undefined ? null : { args: { actual: m[1], reason: 'federation' } };
}

/** AWS STS: "No OpenIDConnect provider found in your account for <issuer URL>". */
function stsProvider(f: Fragment): Reading {
  const issuer = capture(f.after(400), /^\s*(https?:\/\/[^\s"'\\]{1,300})/);
  return { args: compact({ actual: issuer?.replace(/\.$/, '') }) };
}

/**
 * Entra ID's AADSTS700024 (and ADAL's older AADSTS50012 with the same words): "Client assertion is not within its
 * valid time range. Current time: T, assertion valid from F, expiry time of assertion E." Mostly an assertion that
 * expired before it reached Entra ID; one whose `valid from` is after the current time is not yet valid. The three
 * times are printed in one ISO 8601 format, so they compare as strings.
 */
function assertionTimes(f: Fragment): Reading {
  const m =
    /^\.?\s*Current time: (\d{4}-\d\d-\d\dT[\d:.]{8,20}Z), assertion valid from (\d{4}-\d\d-\d\dT[\d:.]{8,20}Z), expiry time of assertion (\d{4}-\d\d-\d\dT[\d:.]{8,20}Z)/.exec(
      f.after(260),
    );
  if (m === null) return {};
  const [, now = '', from = '', expiry = ''] = m;
  if (from > now) return { code: 'time.not-yet-valid', args: { at: from } };
  return { args: { at: expiry } };
}

/**
 * Google STS's "The audience in ID Token [A] does not match the expected audience." ends there (its
 * `error_description`); Firebase Auth's sign-in with the same words names the audience it expected after them. The
 * value in brackets is the token's.
 */
const AUDIENCE_IN_ID_TOKEN = /^([^\]\n]{1,300})\] does not match the expected audience(?: ([^\s"'\\]{1,300}))?/;

function idTokenAudience(f: Fragment, firebase: boolean): Reading | null {
  const m = AUDIENCE_IN_ID_TOKEN.exec(f.after(700));
  if (m === null || (m[2] !== undefined) !== firebase) return null;
  const [all, actual = '', expected] = m;
  // Google STS compares the aud with the pool provider's allowed audiences: the trust's setting (FEDERATION_TRUST).
  const args =
    expected === undefined ? { actual, reason: 'federation' } : { actual, expected: [expected.replace(/\.$/, '')] };
  return { args, extend: all.length };
}

/** "ID Token issued at <iat> is stale to sign-in": Google STS's words, or Firebase Auth's after its own prefix. */
function staleIdToken(f: Fragment, firebase: boolean): Reading | null {
  const m = /^\(?\d{1,12}\)? is stale to sign-in/.exec(f.after(40));
  if (m === null) return null;
  const before = f.before(200);
  const isFirebase = before.includes('INVALID_IDP_RESPONSE') || before.includes('malformed or has expired. [');
  return isFirebase === firebase ? { args: { claim: 'iat', reason: 'max-age' }, extend: m[0].length } : null;
}

/** Whether the match opens an entry of Vault's error list: the CLI's `* …` line, or a client's `{"errors":["…`. */
function vaultListEntry(f: Fragment): Reading | null {
  return /(?:^[\s|]*\* |\["|\[\\")$/.test(f.before(40)) ? {} : null;
}

/** The name Vault quotes before its message: `claim "sub" …`, `role "gha" …` (JSON-escaped in a client's print). */
const VAULT_CLAIM = /\bclaim \\?"([^"\\\n]{1,100})\\?"$/;
const VAULT_ROLE = /\brole \\?"([^"\\\n]{1,100})\\?"$/;
/** Older releases put the name first: `"jwt-user" claim not found in token`. */
const VAULT_CLAIM_FIRST = /(?:^|[\s[:"])\\?"([^"\\\n]{1,100})\\?" claim$/;

/** The client could not get the token it was to send (token.missing's `unobtained`). */
const UNOBTAINED = { args: { reason: 'unobtained' } } as const;

/**
 * A federation's own setting refused the token's iss or aud (`reason: 'federation'`): the step names where the trust
 * keeps the values it accepts (an IAM OIDC provider's audiences, a pool provider's allowed audiences, a Vault role's
 * bound_audiences or its mount's bound_issuer), not an API's expected audience or issuer.
 */
const FEDERATION_TRUST = { args: { reason: 'federation' } } as const;

/** Go's transport errors after a request's URL: no route, no listener, no name, no trusted certificate. */
const TRANSPORT_ERROR =
  /^\\?"?:? (?:dial tcp|proxyconnect tcp|net\/http: request canceled|context deadline exceeded|x509: |tls: )/;
const VAULT_KUBERNETES_AUTH = /login unauthorized|auth[._/]kubernetes/;

/** Vault's TokenReview call failing before any answer (vault.tokenreview-unreachable). */
function vaultTokenReviewUnreachable(f: Fragment): Reading | null {
  if (!/\bPost \\?"?https?:\/\/\S{0,200}$/.test(f.before(260))) return null;
  const after = f.after(200);
  if (!TRANSPORT_ERROR.test(after)) return null;
  const around = textBefore(f, 600);
  return VAULT_KUBERNETES_AUTH.test(around) ? {} : null;
}

export const FEDERATION: readonly Matcher[] = [
  // The job never got its OIDC token: the workflow lacks `permissions: id-token: write` (or runs from a fork), so the
  // runner injected no ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN. @actions/core's getIDToken throws "Unable to get
  // ACTIONS_ID_TOKEN_REQUEST_URL env variable" (and _TOKEN; every action that calls it prints it: actions/deploy-pages,
  // azure/login, configure-aws-credentials), google-github-actions/auth its own "GitHub Actions did not inject
  // $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job." No token reached the service.
  githubActions(
    'no-request-url',
    'token.missing',
    'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    UNOBTAINED,
  ),
  githubActions(
    'no-request-token',
    'token.missing',
    'Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable',
    UNOBTAINED,
  ),
  githubActions(
    'not-injected',
    'token.missing',
    'GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job',
    UNOBTAINED,
  ),

  // AWS STS AssumeRoleWithWebIdentity, as aws-actions/configure-aws-credentials prints it ("Error: Could not assume
  // role with OIDC: …", aws-actions/configure-aws-credentials#1100, #961, #280;
  // ministryofjustice/modernisation-platform#12898), as the AWS CLI / botocore prints it ("An error occurred
  // (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience",
  // awslabs/amazon-eks-irsa-cfn#18; "… (ExpiredTokenException) … Token expired: current date/time 1624482533 must be
  // before the expiration date/time1624482335", awslabs/aws-orbit-workbench#707, #771), and as aws-sdk-go prints it
  // under EKS IRSA ("WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect
  // provider found in your account for https://oidc.eks.…", cluster-autoscaler logs in public runbooks;
  // aws-samples/aws-secret-sidecar-injector#30). InvalidIdentityToken names no cause; the message after it does
  // (refinable).
  sts('InvalidIdentityToken', 'challenge.invalid-token', 'InvalidIdentityToken', {
    ...CODE,
    exactCase: true,
    refinable: true,
    // Where the SDKs put a code: "(InvalidIdentityToken)", "InvalidIdentityToken: …", STS's XML `<Code>…</Code>`.
    read: (f) => (/^(?:\)|: |<\/)/.test(f.after(2)) && /(?:\(|^|\s|>)$/.test(f.before(1)) ? {} : null),
  }),
  // The role's trust policy refused the token (its conditions on sub, aud or another claim do not hold), or the role
  // does not trust this provider: STS's AccessDenied, the federation's trust not matching the token
  // (federation.no-match, a project code).
  sts('not-authorized', 'federation.no-match', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
  // The aud is compared with the IAM OIDC provider's audiences (its client ID list): the trust's setting, not an API's
  // (FEDERATION_TRUST).
  sts('incorrect-audience', 'claim.aud-mismatch', 'Incorrect token audience', FEDERATION_TRUST),
  // No IAM OIDC identity provider for the token's issuer exists in the account: the account's set-up, not the token.
  sts('no-provider', 'verifier.misconfigured', 'No OpenIDConnect provider found in your account for', {
    read: stsProvider,
  }),
  // The provider's configured thumbprint no longer matches the issuer's TLS certificate (GitHub's 2023 rotation;
  // aws-actions/configure-aws-credentials#357, the EKS IRSA troubleshooting guide's "failed to retrieve credentials
  // caused by: InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint"):
  // the IAM provider's set-up, whatever token arrives.
  sts(
    'thumbprint',
    'verifier.misconfigured',
    "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
  ),
  sts('expired', 'time.expired', 'Token expired: current date/time'),
  // STS's reply for a token whose iat it finds too old, before its exp (mozilla-iam/mozilla-aws-cli#146: <Code>
  // ExpiredTokenException</Code> then <Message>Token too old: 441398</Message>): only beside that code.
  sts('too-old', 'time.expired', 'Token too old: ', {
    read: (f) => (textBefore(f, 200).includes('ExpiredTokenException') ? {} : null),
  }),
  // STS could not fetch the issuer's JWKS (aws/aws-sdk-js-v3#3052, awslabs/aws-sdk-rust#827).
  sts('jwks', 'key.jwks-unavailable', "Couldn't retrieve verification key from your identity provider"),

  // Google's Security Token Service (sts.googleapis.com) refusing the subject token, as google-github-actions/auth
  // prints it ("failed to generate Google Cloud federated token for //iam.googleapis.com/…: {"error":"invalid_grant",
  // "error_description":"The audience in ID Token [...] does not match the expected audience."}") and
  // golang.org/x/oauth2 ("oauth2/google: status code 400: {…}", in Terraform Cloud dynamic-credentials runbooks). The
  // attribute condition is the provider's CEL condition on the token's claims:
  // `{"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute
  // condition."}` (public TFE and GitHub Actions runbooks quoting it).
  gcpSts('audience', 'claim.aud-mismatch', 'The audience in ID Token [', { read: (f) => idTokenAudience(f, false) }),
  // The token's issuer is not the one any provider of the pool names: `{"error":"invalid_grant","error_description":
  // "Specified identity issuer https://token.actions.githubusercontent.com not found in the configured identity
  // providers."}` (gcloud's OAuthError, terraform-google-modules/terraform-google-github-actions-runners#40): the
  // provider's issuer_uri is what to fix, as Entra ID's AADSTS700211 says of its credential.
  gcpSts('issuer', 'claim.iss-mismatch', 'Specified identity issuer ', { read: gcpIssuer }),
  gcpSts('attribute-condition', 'federation.no-match', 'The given credential is rejected by the attribute condition'),
  // A token issued too long before the exchange, though not expired: `{"error":"invalid_grant","error_description":"ID
  // Token issued at 1713260741 is stale to sign-in."}` (gcloud's print of an external-account refresh, in public notes;
  // Entra ID tokens exchanged by an Office add-in's WIF client). A maximum age on iat, as jsonwebtoken's maxAge is.
  // Firebase Auth says the same words after its INVALID_IDP_RESPONSE code (or its "The supplied auth credential is
  // incorrect, malformed or has expired. [ " prefix).
  gcpSts('stale', 'time.expired', 'ID Token issued at ', { read: (f) => staleIdToken(f, false) }),
  firebaseAuth('stale', 'time.expired', 'ID Token issued at ', { read: (f) => staleIdToken(f, true) }),
  // The audience the client sent names a pool or provider that is missing or disabled: `{"error":"invalid_target",
  // "error_description":"The target service indicated by the \"audience\" parameters is invalid. This might either be
  // because the pool or provider is disabled or deleted or because it doesn't exist."}` (google-github-actions/auth's
  // failure line, in public write-ups).
  gcpSts(
    'invalid-target',
    'verifier.misconfigured',
    'parameters is invalid. This might either be because the pool or provider is disabled or deleted',
  ),
  // Firebase Auth's sign-in (Apple, Google ID tokens) in the same words, naming the audience it expected: "The audience
  // in ID Token [host.exp.Exponent] does not match the expected audience com.protocol.galdr" (Expo apps' notes).
  firebaseAuth('id-token-audience', 'claim.aud-mismatch', 'The audience in ID Token [', {
    read: (f) => idTokenAudience(f, true),
  }),

  // GKE's metadata server under Workload Identity, when IAM refuses the pod's Kubernetes service account the Google
  // service account it is annotated with (no roles/iam.workloadIdentityUser binding): "Unable to generate access token;
  // IAM returned 403 Forbidden: The caller does not have permission\nThis error could be caused by a missing IAM policy
  // binding on the target IAM service account." (the metadata endpoint's answer, curl'd from a pod in public
  // walkthroughs; Go clients print it as "compute: Received 403 `Unable to generate access token; …`", external-dns's
  // log in a public issue; with "Permission 'iam.serviceAccounts.getAccessToken' denied" in Config Connector's e2e
  // notes).
  gkeMetadata('iam-403', 'policy.deny', 'Unable to generate access token; IAM returned 403 Forbidden'),

  // Microsoft Entra ID's token endpoint refusing a federated client assertion, as azure/login, the az CLI, MSAL and
  // azure-workload-identity print it: AADSTS70021 "No matching federated identity record found for presented assertion.
  // Assertion Issuer: '…'. Assertion Subject: '…'. Assertion Audience: '…'." (Azure/azure-workload-identity#616),
  // AADSTS700211 "… presented assertion issuer '…'" (Azure/azure-workload-identity#1200, Azure/login#360), AADSTS700212
  // "… presented assertion audience 'https://gitlab.com'" (GitLab's Azure OIDC docs), AADSTS700213 and AADSTS7002138 "…
  // presented assertion subject '…'" (Azure/login#482, #453, #515), and AADSTS700024 "Client assertion is not within
  // its valid time range. Current time: …, assertion valid from …, expiry time of assertion …." (Azure/login#180, #372;
  // AzureAD/microsoft-authentication-library-for-java#984). AADSTS70021 and the subject codes are the app's federated
  // credentials refusing the token, as a role's trust policy does: federation.no-match (a project code; the token's
  // subject is not one the app trusts, AADSTS70021 naming issuer, subject and audience: assertionNamed); the issuer and
  // audience codes name the claim.
  entra('fic', 'federation.no-match', 'No matching federated identity record found for presented assertion.'),
  entra(
    'fic-issuer',
    'claim.iss-mismatch',
    'No matching federated identity record found for presented assertion issuer',
    { read: entraValue },
  ),
  entra(
    'fic-audience',
    'claim.aud-mismatch',
    'No matching federated identity record found for presented assertion audience',
    { read: entraValue },
  ),
  entra(
    'fic-subject',
    'federation.no-match',
    'No matching federated identity record found for presented assertion subject',
    { read: entraSubject },
  ),
  // AADSTS70025: the app (or managed identity) has no federated credential at all, "The client '93aa5068-…'(name) has
  // no configured federated identity credentials." (azure/login and the Key Vault CSI provider's logs, in public
  // troubleshooting notes): the app's set-up, whatever token arrives.
  entra('no-fic', 'verifier.misconfigured', 'has no configured federated identity credentials'),
  // AADSTS501661: Entra ID could not fetch the external issuer's discovery document or keys to check the assertion
  // ("ClientAssertionCredential authentication failed: AADSTS501661: Request to External OIDC endpoint failed.",
  // intermittently for AKS workload identity, Azure/AKS#4029), as STS's InvalidIdentityToken "Couldn't retrieve
  // verification key" is: the issuer's keys were unreachable, not the token wrong.
  entra('AADSTS501661', 'key.jwks-unavailable', 'AADSTS501661: Request to External OIDC endpoint failed', CODE),
  entra('assertion-time', 'time.expired', 'Client assertion is not within its valid time range', {
    read: assertionTimes,
  }),
  // The client's own secret refused at the token endpoint, under `invalid_client` (oauth.invalid-client, a project code):
  // AADSTS7000215 "Invalid client secret provided. Ensure the secret being sent in the request is the client secret
  // value, not the client secret ID…" and AADSTS7000222 "The provided client secret keys for app '…' are expired." (as
  // Terraform's azurerm provider, ADAL and the Go oauth2 package print them, in public issue threads).
  entra('AADSTS7000215', 'oauth.invalid-client', 'AADSTS7000215: Invalid client secret provided', CODE),
  entra('AADSTS7000222', 'oauth.invalid-client', 'AADSTS7000222: The provided client secret keys', {
    ...CODE,
    args: { reason: 'expired' },
  }),
  // An app id the tenant does not know, answered under `unauthorized_client` at the token endpoint: AADSTS700016
  // "Application with identifier '…' was not found in the directory '…'." (Azure.Identity's "Microsoft Entra ID error
  // '(unauthorized_client) AADSTS700016: Application with identifier …", in public troubleshooting notes;
  // microsoftgraph/msgraph-sdk-dotnet#454): RFC 6749's unknown client, oauth.invalid-client.
  entra('AADSTS700016', 'oauth.invalid-client', 'AADSTS700016: Application with identifier', CODE),
  // The scope asked for is refused (oauth.invalid-scope, a project code): AADSTS70011 "The provided value for the input
  // parameter 'scope' is not valid." (`(invalid_scope) AADSTS70011: …`, AngellusMortis/django_microsoft_auth#460;
  // `{"error":"invalid_scope","error_description":"AADSTS70011: The provided request must include a 'scope' input
  // parameter.…`, laravel/socialite#315).
  entra('AADSTS70011', 'oauth.invalid-scope', "The provided value for the input parameter 'scope' is not valid"),
  // Its other wording, for a request with no scope at all, read with its code: a print that cuts the JSON short
  // (Guzzle's `(truncated...)`, laravel/socialite#315) leaves no body to read the error from.
  entra(
    'AADSTS70011-no-scope',
    'oauth.invalid-scope',
    "AADSTS70011: The provided request must include a 'scope' input parameter",
    CODE,
  ),
  // The resource (audience) asked for is no application in that tenant: "AADSTS500011: The resource principal named
  // api://… was not found in the tenant named …. This can happen if the application has not been installed by the
  // administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication
  // request to the wrong tenant." (`"error": "invalid_resource"`, rootinc/laravel-azure-middleware#51; Azure/azure-cli
  // #29113): the scope's resource part, or the tenant, is wrong. Read with its code, as its words hold no trigger.
  entra('AADSTS500011', 'oauth.invalid-scope', 'AADSTS500011: The resource principal named', CODE),
  // AADSTS1002012, a client credentials request with a scope that is not `<resource>/.default`: "The provided value for
  // scope Sites.Manage.All … is not valid. Client credential flows must have a scope value with /.default suffixed to
  // the resource identifier (application ID URI)." (quoted in public MSAL samples' comments and runbooks).
  entra(
    'AADSTS1002012',
    'oauth.invalid-scope',
    'Client credential flows must have a scope value with /.default suffixed to the resource identifier',
  ),
  // AADSTS70003, a grant_type Entra ID does not offer: "The app requested an unsupported grant type
  // 'client_credential'." (MicrosoftDocs/Managed-Desktop#10; Entra ID's error-code reference: UnsupportedGrantType).
  entra('AADSTS70003', 'oauth.unsupported-grant', 'The app requested an unsupported grant type'),

  // HashiCorp Vault's JWT/OIDC auth method (vault-plugin-auth-jwt) refusing a login: "error validating token: " before
  // hashicorp/cap's jwt.Validate errors (cap jwt/jwt.go: "invalid issuer (iss) claim", "invalid audience (aud) claim:
  // audience claim does not match any expected audience", "invalid expiration time (exp) claim: token is expired", …;
  // printed by hashicorp/vault-action as `vaultResponse: {"errors":["error validating token: invalid subject (sub)
  // claim"]}`, hashicorp/vault-plugin-auth-jwt#382, and by the CLI under "Code: 400. Errors:"), its bound claims
  // (claims.go: `claim "ref_protected" does not match any associated bound claim values`,
  // hashicorp/vault-plugin-auth-jwt#305; a role's bound_subject and bound_claims are its rule for which tokens may log
  // in, federation.no-match as a trust policy's conditions are, except bound iss/aud values, which are the issuer and
  // audience it expects), and a role
  // the login named that does not exist (path_login.go: `role "x" could not be found`).
  vault('aud', 'claim.aud-mismatch', 'error validating token: invalid audience (aud) claim', FEDERATION_TRUST),
  vault('iss', 'claim.iss-mismatch', 'error validating token: invalid issuer (iss) claim', FEDERATION_TRUST),
  vault('sub', 'federation.no-match', 'error validating token: invalid subject (sub) claim', {
    args: { claim: 'sub' },
  }),
  vault('exp', 'time.expired', 'error validating token: invalid expiration time (exp) claim: token is expired'),
  vault('nbf', 'time.not-yet-valid', 'error validating token: invalid not before (nbf) claim: token not yet valid'),
  vault(
    'iat',
    'time.issued-in-future',
    'error validating token: invalid issued at (iat) claim: token issued in the future',
  ),
  vault('alg', 'alg.not-allowed', 'error validating token: invalid algorithm (alg) header parameter'),
  // Older releases' words for the same checks (path_login.go before hashicorp/cap): "aud claim does not match any bound
  // audience" (hashicorp/vault#8376), "sub claim does not match bound subject" (hashicorp/vault-plugin-auth-jwt#8, #12,
  // `{"errors":["sub claim does not match bound subject"]}`); and a role with no bound_audiences refusing any token
  // that has an aud, "audience claim found in JWT but no audiences bound to the role" (path_login.go,
  // hashicorp/vault-plugin-auth-jwt#300): the role's set-up.
  vault('aud-bound', 'claim.aud-mismatch', 'aud claim does not match any bound audience', FEDERATION_TRUST),
  vault('sub-bound', 'federation.no-match', 'sub claim does not match bound subject', { args: { claim: 'sub' } }),
  vault(
    'no-bound-audiences',
    'verifier.misconfigured',
    'audience claim found in JWT but no audiences bound to the role',
  ),
  vault('bound-claim', 'federation.no-match', ' does not match any associated bound claim values', {
    read: (f) => {
      const claim = capture(f.before(160), VAULT_CLAIM);
      if (claim === undefined) return null;
      // Bound `iss` / `aud` values are the issuer and audience the role expects; any other claim is the role's rule.
      return claim === 'iss' || claim === 'aud' ? claimViolated(claim) : { args: { claim } };
    },
  }),
  // Vault's Kubernetes auth method refusing a service account token its role does not bind (bound_service_account_names
  // / _namespaces): "Code: 403. Errors:\n\n* service account name not authorized" (Vault Agent's log in public
  // walkthroughs; Istio's Vault CA tutorial shows it with Code: 500), "* namespace not authorized" (Vault Agent,
  // Vault Secrets Operator). The role's bindings are its trust for the token's subject
  // (`system:serviceaccount:<namespace>:<name>`): federation.no-match. Only as an entry of Vault's error list: the words
  // are common elsewhere.
  vault('sa-not-authorized', 'federation.no-match', 'service account name not authorized', { read: vaultListEntry }),
  vault('namespace-not-authorized', 'federation.no-match', 'namespace not authorized', { read: vaultListEntry }),
  // Vault's Kubernetes auth method checks each login's token with the cluster's TokenReview API at kubernetes_host; a
  // transport failure of that call is Vault's own set-up or network, whatever token came (as RBAC refusing the call,
  // kubernetes.tokenreviews-forbidden): "auth.kubernetes.auth_kubernetes_08c36485: login unauthorized due to: Post
  // "https://<ip>/apis/authentication.k8s.io/v1/tokenreviews": dial tcp <ip>:443: i/o timeout" (hashicorp/vault-k8s#69,
  // #263), `login unauthorized: err="Post \"https://kubernetes.default.svc:443/apis/authentication.k8s.io/v1/
  // tokenreviews\": dial tcp: lookup kubernetes.default.svc on …: no such host"` (bank-vaults/bank-vaults#1748), and
  // the CLI's "Error writing data to auth/kubernetes/login: … Code: 500. Errors:\n\n* Post https://…/tokenreviews: dial
  // tcp …: i/o timeout" (hashicorp/vault#5985). Only Go's url.Error for that POST with a transport error after it, and
  // only beside Vault's Kubernetes auth words.
  vault('tokenreview-unreachable', 'verifier.misconfigured', 'authentication.k8s.io/v1/tokenreviews', {
    read: vaultTokenReviewUnreachable,
  }),
  // The claim a role names as its user_claim or groups_claim (or binds) is not in the token: path_login.go's
  // createIdentity `claim "email" not found in token` (hashicorp/vault#25896 quotes it for Azure AD, whose id_token has
  // no email), older releases' `"jwt-user" claim not found in token` (hashicorp/vault#5114, `{"errors":[…]}`), and
  // fetchGroups' `failed to fetch groups: "groups" claim not found in token` (hashicorp/vault-plugin-auth-jwt#269).
  vault('claim-not-found', 'claim.required-missing', ' not found in token', {
    read: (f) => {
      const claim = capture(f.before(160), VAULT_CLAIM) ?? capture(f.before(160), VAULT_CLAIM_FIRST);
      return claim === undefined ? null : claimMissing(claim);
    },
  }),
  // A bound claim the token does not carry at all (claims.go validateBoundClaims: `claim %q is missing`, after
  // path_login.go's "error validating claims: "): the role requires the claim, and the token has none.
  vault('bound-claim-missing', 'claim.required-missing', 'error validating claims: claim ', {
    read: (f) => {
      const m = /^\\?"([^"\\\n]{1,100})\\?" is missing/.exec(f.after(140));
      return m === null ? null : { ...claimMissing(m[1] as string), extend: m[0].length };
    },
  }),
  // Vault (path_login.go, before hashicorp/cap: "no issue time, notbefore, or expiration time encoded in token", which
  // Consul's go-sso oidcauth kept) and hashicorp/cap's jwt.Validate ("no issued at (iat), not before (nbf), or
  // expiration time (exp) claims in token") refuse a token with none of the three: it has no exp.
  vault('no-time-claims', 'time.no-exp', 'no issue time, notbefore, or expiration time encoded in token', {
    args: { claim: 'exp' },
  }),
  cap(
    'no-time-claims',
    'time.no-exp',
    'no issued at (iat), not before (nbf), or expiration time (exp) claims in token',
    {
      args: { claim: 'exp' },
    },
  ),
  // None of the public keys configured (jwt_validation_pubkeys) verifies the token: hashicorp/cap's StaticKeySet
  // (jwt/keyset.go), Vault's path_login.go before it and Consul's go-sso oidcauth (jwt.go) return "no known key
  // successfully validated the token signature" (Vault prints it after "error validating token: error verifying token
  // signature: ", spring-vault's JwtAuthentication tests; Consul's auto-config after "Failed JWT authorization: ").
  // A rotated signing key the method was not given, or a token from another issuer: the key or the signature.
  cap('no-known-key', 'signature.invalid', 'no known key successfully validated the token signature', {
    args: { reason: 'key-or-signature' },
  }),
  // A JWT login (auth/<path>/login) naming a role made for the browser's OIDC flow (role_type "oidc"):
  // vault-plugin-auth-jwt path_login.go refuses it before it reads the token, whatever the token ("role with oidc
  // role_type is not allowed", `{"errors":[…]}` or the CLI's "* …"). The role's set-up, not the token.
  vault('oidc-role-type', 'verifier.misconfigured', 'role with oidc role_type is not allowed'),
  vault('role-not-found', 'verifier.misconfigured', ' could not be found', {
    read: (f) => {
      // Only in Vault's error list: the CLI's "* role …", a client's `{"errors":["role …"]}`.
      const role = capture(f.before(160), VAULT_ROLE);
      if (role === undefined) return null;
      return /(?:^\s*\*|\["|\[\\")\s*role \\?"[^"\\\n]{1,100}\\?"$/.test(f.before(180))
        ? { args: { actual: role } }
        : null;
    },
  }),
];
