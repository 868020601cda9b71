/**
 * An identity provider refusing a token request made without the user because it needs the user (oauth.interaction-
 * required): the app asked silently (OIDC `prompt=none`, MSAL's acquireTokenSilent / ssoSilent, auth0-spa-js's
 * getTokenSilently, a refresh or on-behalf-of grant) and the provider wants a sign-in, consent, an account choice or MFA.
 * No token was issued, so none was judged. `reason` is what the provider asked for (checks/verifier-log.ts turns it and
 * the row's library into the finding's args).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, family } from './matcher.js';

const entra = family('entra-id');
const msal = family('msal');
const auth0 = family('auth0');
const gcloud = family('gcloud');
const googleOauth = family('google-oauth');
const googleAuth = family('google-auth');
const azureCli = family('azure-cli');
const azd = family('azd');

/** A sign-in the provider wants again (a reauthentication, a session a policy ended): the user signs in. */
const SIGN_IN = { exactCase: true, args: { reason: 'login' } } as const;

/**
 * OIDC Core 1.0 §3.1.2.6's errors for a request that cannot complete without the user, and the reason each names.
 * MSAL's InteractionRequiredServerErrorMessage lists the first three (msal-common src/error/InteractionRequiredAuthError.ts).
 */
export const INTERACTION_ERRORS: ReadonlyMap<string, string> = new Map([
  ['login_required', 'login'],
  ['consent_required', 'consent'],
  ['account_selection_required', 'account-selection'],
  ['interaction_required', 'interaction'],
]);

/** Entra ID's codes that its rows below read: MSAL's class name before one of them leaves the finding to the code. */
const ENTRA_FOLLOWS = /AADSTS(?:50058: A silent|65001: The user|5007[69]: Due)/;
const MSAL_CODE = /^:\s{0,3}([a-z_]{1,30})\b/;

/**
 * MSAL.js's InteractionRequiredAuthError as it prints (`InteractionRequiredAuthError: login_required: AADSTS50058: …`,
 * AzureAD/microsoft-authentication-library-for-js#5148; msal 1.x without the code, #1560): the server's OIDC error
 * after the class name is the reason; an Entra ID code on the same line is read by its own row instead.
 */
function msalError(f: Fragment): Reading | null {
  const after = f.after(240);
  if (ENTRA_FOLLOWS.test(after)) return null;
  const code = MSAL_CODE.exec(after)?.[1];
  return {
    args: { reason: (code === undefined ? undefined : INTERACTION_ERRORS.get(code)) ?? 'interaction', msal: 'js' },
  };
}

/**
 * Entra ID's `suberror` beside its error (a token response's member, MSAL Python's result dict, MSAL.NET's printed
 * ResponseBody), where it changes the step: msal-common's InteractionRequiredAuthSubErrorMessage lists message_only,
 * additional_action, basic_action, user_password_expired, consent_required and bad_token (msal-common
 * src/error/InteractionRequiredAuthError.ts); MSAL.NET's UiRequiredExceptionClassification says ConsentRequired is
 * "User consent is missing or has been revoked" and its bad_token is "no further silent calls should be made with this
 * refresh token" (a sign-in, AzureAD/microsoft-authentication-library-for-dotnet). basic_action and additional_action
 * name no other step than the error's; message_only and user_password_expired are left to the error (their own step
 * would need reasons of their own).
 */
const SUBERROR_REASONS: ReadonlyMap<string, string> = new Map([
  ['consent_required', 'consent'],
  ['bad_token', 'login'],
]);
const SUBERROR = /["']?suberror["']?\s{0,3}[:=]\s{0,3}["']?([a-z_]{1,30})/;
/** How far around an error its body's `suberror` may stand (Entra ID puts it before or after the description). */
const SUBERROR_REACH = 1500;

/** The reason an Entra ID `suberror` near `at` gives, when it changes the step. */
export function suberrorReason(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 400);
  const i = text.indexOf('suberror', from);
  if (i < 0 || i > at + SUBERROR_REACH) return undefined;
  const code = SUBERROR.exec(text.slice(Math.max(0, i - 1), i + 50))?.[1];
  return code === undefined ? undefined : SUBERROR_REASONS.get(code);
}

/**
 * MSAL's exceptions for a silent request that needs the user in its other languages: MSAL.NET's and MSAL Android's
 * MsalUiRequiredException (`MSAL.Desktop.4.2.0.0.MsalUiRequiredException:` then `ErrorCode: invalid_grant` and the
 * `ResponseBody` with its `suberror`, the MSAL.NET 4.2.1 release notes; com.microsoft.identity.client.exception
 * .MsalUiRequiredException), MSAL Java's com.microsoft.aad.msal4j.MsalInteractionRequiredException. An Entra ID code
 * after it is read by its own row.
 */
function msalUiRequired(f: Fragment): Reading | null {
  if (AADSTS_FOLLOWS.test(f.after(240, true))) return null;
  const code = MSAL_CODE.exec(f.after(240))?.[1];
  const stated = code === undefined ? undefined : INTERACTION_ERRORS.get(code);
  const reason = suberrorReason(f.text, f.start) ?? stated ?? 'interaction';
  const lib = msalBefore(f.before(120));
  return { args: lib === null ? { reason } : { reason, msal: lib } };
}

/** Which MSAL prints a class of that name: the namespace or log prefix before it says (.NET and Android share it). */
function msalBefore(before: string): MsalLibrary | null {
  if (before.includes('com.microsoft.identity.client')) return 'android';
  if (before.includes('msal4j')) return 'java';
  if (before.includes('Microsoft.Identity.Client') || MSAL_NET_PREFIX.test(before)) return 'net';
  return null;
}
/** MSAL.NET's log prefix before an exception's name (`MSAL.Desktop.4.2.0.0.`, `MSAL.NetCore.4.61.3.0.`). */
const MSAL_NET_PREFIX = /MSAL\.[A-Za-z]{2,12}\.\d/;

/**
 * The MSAL whose words a paste shows, so that the step names its own call for an interactive request: MSAL.js's
 * InteractionRequiredAuthError, MSAL.NET's Microsoft.Identity.Client namespace, log prefix or AcquireTokenSilent
 * (.NET's capitalised method), MSAL Java's com.microsoft.aad.msal4j package or MsalInteractionRequiredException, MSAL
 * Android's com.microsoft.identity.client package, MSAL Python's acquire_token_* methods or its result dict printed by
 * Python (a single-quoted `'suberror'`: Entra ID's member, which only MSAL Python prints as a dict). Case-sensitive
 * `includes` only: it runs once per finding, never per paste.
 */
export function msalShown(text: string): MsalLibrary | null {
  if (text.includes('com.microsoft.identity.client')) return 'android';
  if (text.includes('msal4j') || text.includes('MsalInteractionRequiredException')) return 'java';
  if (text.includes('Microsoft.Identity.Client') || text.includes('AcquireTokenSilent') || MSAL_NET_PREFIX.test(text))
    return 'net';
  if (text.includes('msal-node')) return 'node';
  if (text.includes('InteractionRequiredAuthError') || text.includes('msal-browser')) return 'js';
  if (text.includes('acquire_token_') || text.includes("'suberror': '")) return 'python';
  return null;
}

export type MsalLibrary = 'js' | 'node' | 'net' | 'python' | 'java' | 'android';
const MSAL_LIBRARIES: ReadonlySet<string> = new Set(['js', 'net', 'python', 'java', 'android']);

/**
 * The row's MSAL when it named one, else the paste's. InteractionRequiredAuthError is msal-common's, thrown by msal-node
 * as by msal-browser: the row says `js`, and a paste that shows `@azure/msal-node` (its stack's path, its require) is
 * Node's, whose interactive calls are its own (acquireTokenInteractive, acquireTokenByCode).
 */
export function msalOf(row: string | undefined, text: string): MsalLibrary | null {
  if (row === 'js' && text.includes('msal-node')) return 'node';
  return row !== undefined && MSAL_LIBRARIES.has(row) ? (row as MsalLibrary) : msalShown(text);
}
const AADSTS_FOLLOWS = /AADSTS\d{5,6}/;

const AUTH0_OAUTH_ERROR = /^\s{0,3}:\s{0,3}"([a-z_]{1,30})"/;

/**
 * Auth0's tenant log of a Failed Silent Auth (type `fsa`, auth0.com/docs/tenant-logs/auth-silent-auth-fail/fsa): its
 * `details.error` carries `"oauthError": "consent_required"` (or login_required, interaction_required) beside
 * `"type": "oauth-authorization"` (the fsa schema's `details`; a tenant log pasted in audit-gg paste 05).
 */
function auth0OauthError(f: Fragment): Reading | null {
  const code = AUTH0_OAUTH_ERROR.exec(f.after(60))?.[1];
  const reason = code === undefined ? undefined : INTERACTION_ERRORS.get(code);
  return reason === undefined ? null : { args: { reason } };
}

export const INTERACTION: readonly Matcher[] = [
  // Entra ID's (AADSTS reference, learn.microsoft.com/entra/identity-platform/reference-error-codes) answers to a silent
  // request under login_required: "AADSTS50058: A silent sign-in request was sent but no user is signed in."
  // (AzureAD/microsoft-authentication-library-for-js#1560, #5148; microsoft/service-fabric-explorer#148).
  entra('AADSTS50058', 'oauth.interaction-required', 'AADSTS50058: A silent', { ...CODE, args: { reason: 'login' } }),
  // "AADSTS65001: The user or administrator has not consented to use the application with ID '…'. Send an interactive
  // authorization request for this user and resource." (Azure-Samples/active-directory-dotnet-native-headless#10; under
  // invalid_grant from an on-behalf-of request, Intility/fastapi-azure-auth#177).
  entra('AADSTS65001', 'oauth.interaction-required', 'AADSTS65001: The user', { ...CODE, args: { reason: 'consent' } }),
  // MFA the tenant's policy requires, under interaction_required: "AADSTS50076: Due to a configuration change made by
  // your administrator, or because you moved to a new location, you must use multi-factor authentication to access '…'."
  // (Azure/ms-rest-nodeauth#93; AzureAD/microsoft-authentication-library-for-objc#57), and AADSTS50079, the user must
  // enrol in MFA first ("AADSTS50079: Due to a configuration change … you must enroll in multifactor authentication",
  // learn.microsoft.com's on-behalf-of flow page, its error body under interaction_required).
  entra('AADSTS50076', 'oauth.interaction-required', 'AADSTS50076: Due', { ...CODE, args: { reason: 'mfa' } }),
  entra('AADSTS50079', 'oauth.interaction-required', 'AADSTS50079: Due', { ...CODE, args: { reason: 'mfa' } }),
  // A refresh token older than the sign-in frequency a Conditional Access policy sets: "AADSTS70043: The refresh token
  // has expired or is invalid due to sign-in frequency checks by conditional access." (invalid_grant; the Azure CLI's
  // print in MicrosoftDocs/executable-docs#667, with its "Interactive authentication is needed" after it). The policy
  // wants the user to sign in again, which is what the code says: MSAL classes it as interaction required.
  entra('AADSTS70043', 'oauth.interaction-required', 'AADSTS70043: The refresh token has expired or is invalid', {
    ...CODE,
    args: { reason: 'login' },
  }),
  msal('InteractionRequiredAuthError', 'oauth.interaction-required', 'InteractionRequiredAuthError', {
    ...CLASS,
    exactCase: true,
    read: msalError,
  }),
  msal('MsalUiRequiredException', 'oauth.interaction-required', 'MsalUiRequiredException', {
    ...CLASS,
    exactCase: true,
    read: msalUiRequired,
  }),
  msal('MsalInteractionRequiredException', 'oauth.interaction-required', 'MsalInteractionRequiredException', {
    ...CLASS,
    exactCase: true,
    read: (f) => {
      const r = msalUiRequired(f);
      return r === null ? null : { args: { ...r.args, msal: 'java' } };
    },
  }),
  auth0('fsa-oauth-error', 'oauth.interaction-required', '"oauthError"', {
    ...CODE,
    exactCase: true,
    read: auth0OauthError,
  }),

  // Round audit-ss: command-line tools told to sign the user in again. Google's reauthentication (a Workspace or Cloud
  // Identity session-control policy, "Google Cloud session length", support.google.com/a/answer/9368756, which its
  // error_uri names): the token endpoint refuses the refresh with invalid_grant and "reauth related error
  // (invalid_rapt)" or "(rapt_required)" (error_subtype beside it; cline/cline#4080, minodisk/bigquery-runner#47,
  // google-auth-library-python's RefreshError in googleapis/python-storage#17); google-auth's reauth.py asks for "Please
  // run `gcloud auth application-default login` to reauthenticate." (its "Reauthentication is needed." message,
  // googleapis/google-auth-library-python#819); gcloud, with no terminal to answer the challenge on, prints
  // "Reauthentication failed. cannot prompt during non-interactive execution." (GoogleCloudPlatform/cloud-run-proxy#43)
  // or, under kubectl's config-helper, "Reauthentication challenge could not be answered because you are not in an
  // interactive session." (kubernetes/kubernetes#96289). The refresh token was not revoked: Google wants the user.
  googleOauth('invalid-rapt', 'oauth.interaction-required', 'reauth related error (invalid_rapt)', SIGN_IN),
  googleOauth('rapt-required', 'oauth.interaction-required', 'reauth related error (rapt_required)', SIGN_IN),
  googleAuth('reauth-needed', 'oauth.interaction-required', 'Reauthentication is needed. Please run', SIGN_IN),
  gcloud(
    'reauth-noninteractive',
    'oauth.interaction-required',
    'Reauthentication failed. cannot prompt during non-interactive execution',
    SIGN_IN,
  ),
  gcloud(
    'reauth-challenge-unanswered',
    'oauth.interaction-required',
    'Reauthentication challenge could not be answered because you are not in an interactive session',
    SIGN_IN,
  ),
  // The Azure CLI after Entra ID refused its refresh for a sign-in it wants again (sign-in frequency, MFA, a tenant's
  // Conditional Access): "Interactive authentication is needed. Please run:\naz login --scope …" (Azure/azure-cli#25108
  // under AADSTS700082; MicrosoftDocs/executable-docs#667 under AADSTS70043; through kubelogin's AzureCLICredential,
  // Azure/CloudShell#516). azd's own words for it: "reauthentication required, run `azd auth login` to log in"
  // (Azure/azure-dev#2675, AADSTS700082 in its debug log).
  azureCli(
    'interactive-needed',
    'oauth.interaction-required',
    'Interactive authentication is needed. Please run:',
    SIGN_IN,
  ),
  azd('reauth-required', 'oauth.interaction-required', 'reauthentication required, run `azd auth login`', SIGN_IN),
];
