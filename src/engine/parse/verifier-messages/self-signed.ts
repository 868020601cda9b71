/**
 * A platform refusing the JWT its caller signed itself, in its own words (engine/checks/platform-limits.ts has the
 * platform's rules, which the decoded claims are held against when the paste shows the token). `reason:
 * platform:<id>` names the platform, so the finding's steps are how to mint its token.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family } from './matcher.js';
import { outsideJsonDescription } from './token-endpoints.js';

const github = family('github');
const apns = family('apns');
const keycloak = family('keycloak');
const salesforce = family('salesforce');
const entra = family('entra-id');

/** Entra ID's reason after AADSTS700027, as a reason the finding reads (outside a JSON body's description only). */
function assertionKey(f: Fragment): Reading | null {
  if (outsideJsonDescription(f) === null) return null;
  const a = f.after(120).toLowerCase();
  const key = a.includes('key was not found')
    ? 'key-was-not-found'
    : a.includes('key used is expired')
      ? 'key-used-is-expired'
      : 'signature';
  return { args: { reason: `assertion-key:${key}` } };
}

/** GitHub's own sentences, quoted in its exact case: a GitHub App's JWT refused by the REST API. */
const GITHUB_APP = { exactCase: true, args: { reason: 'platform:github-app' } } as const;
const APNS = { args: { reason: 'platform:apns' } } as const;

export const SELF_SIGNED: readonly Matcher[] = [
  // GitHub's REST API refusing an App's JWT whose exp is over 10 minutes ahead of GitHub's clock: "'Expiration time'
  // claim ('exp') is too far in the future" (actions/create-github-app-token#178, octokit/auth-app.js#698,
  // rocq-prover/bot#204's `{"message":…,"documentation_url":"https://docs.github.com/rest"}`).
  github(
    'app-jwt-exp-ahead',
    'time.long-lifetime',
    "'Expiration time' claim ('exp') is too far in the future",
    GITHUB_APP,
  ),
  // …and one whose exp has passed by GitHub's clock: "'Expiration time' claim ('exp') must be a numeric value
  // representing the future time at which the assertion expires" (sigmavirus24/github3.py#1050).
  github(
    'app-jwt-exp-past',
    'time.expired',
    "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    GITHUB_APP,
  ),
  // "A JSON web token could not be decoded": the JWT's signature does not verify with the App's public key, most often an
  // app ID and a private key of two different Apps (actions/create-github-app-token#153, the maintainers reproducing
  // it; octokit/octokit.net#2833; backstage/backstage#12887 prints it as Octokit::Unauthorized).
  github('app-jwt-undecodable', 'signature.invalid', 'A JSON web token could not be decoded', GITHUB_APP),
  // "Integration not found": GitHub knows no App by the JWT's iss (an installation's or another App's ID given as the
  // app ID: octokit/authentication-strategies.js#165; actions/create-github-app-token#76; on GitHub Enterprise Server,
  // an App registered on github.com, issc29/probot-prevent-public-repos#4). Its own short sentence: alone on its line.
  github('app-not-found', 'oauth.invalid-client', 'Integration not found', { ...GITHUB_APP, standalone: true }),
  // Salesforce's JWT bearer flow refusing the user the assertion's sub names, as clients print it outside a JSON body
  // (parse/jwt-assertion.ts reads the body's description): restforce's "invalid_grant: user hasn't approved this
  // consumer (400)" (restforce/restforce#674), the Salesforce CLI's "Error authenticating with JWT config due to: user
  // hasn't approved this consumer" (forcedotcom/cli#1028).
  salesforce('jwt-user-not-approved', 'token.revoked', "user hasn't approved this consumer", {
    exactCase: true,
    args: { reason: 'jwt-assertion:consent' },
    read: outsideJsonDescription,
  }),
  // Entra ID refusing a client assertion's signature (certificate credentials): "AADSTS700027: Client assertion contains
  // an invalid signature. [Reason - The key was not found., …]" or "[Reason - The key used is expired., Thumbprint of
  // key used by client: '…', Found key 'Start=…, End=…']" (AzureAD/passport-azure-ad#453; MSAL's prints). A JSON body's
  // description is read by the body reader (checks/body.ts), with the same reason.
  entra('AADSTS700027', 'oauth.invalid-client', 'AADSTS700027: Client assertion contains an invalid signature', {
    kind: 'code',
    read: assertionKey,
  }),
  // APNs' HTTP/2 reasons for a provider token (developer.apple.com/documentation/usernotifications/handling-notification-
  // responses-from-apns): InvalidProviderToken "The provider token is not valid, or the token signature can't be
  // verified" (node-apn/node-apn#144, vapor/apns#47's `invalidProviderToken` with the key and team IDs swapped);
  // ExpiredProviderToken "The provider token is stale and a new token should be generated" (node-apn/node-apn#496,
  // edamov/pushok#92, Finb/bark-server#76); MissingProviderToken (403) "No provider certificate was used to connect to
  // APNs and Authorization header was missing or no provider token was specified" (the table's words as APNs clients copy
  // them into their exception classes): no `authorization: bearer <provider token>` reached APNs. Filed by its
  // `gprovidertoken` (scan.ts ROW_ANCHORS): it holds no trigger at a word's start.
  // Keycloak's client authenticator refusing a signed client assertion (private_key_jwt) with no iat whose exp is
  // further ahead than the client's token endpoint signing max exp (60 s by default): "Token expiration is too far in
  // the future and iat claim not present in token" (keycloak/keycloak services JWTClientValidator; as its log and
  // event print it, KC-SERVICES0025 … error="invalid_client_credentials", HeliosSoftware/hfs#1437).
  keycloak(
    'assertion-exp-without-iat',
    'time.long-lifetime',
    'Token expiration is too far in the future and iat claim not present in token',
    { exactCase: true, args: { reason: 'client-assertion-no-iat' } },
  ),
  apns('invalid-provider-token', 'signature.invalid', 'InvalidProviderToken', APNS),
  apns('expired-provider-token', 'time.expired', 'ExpiredProviderToken', APNS),
  apns('missing-provider-token', 'token.missing', 'MissingProviderToken', APNS),
];
