/**
 * Identity providers' and meshes' own words, as a resource server or a sidecar answers or logs them: Azure Resource
 * Manager's token errors (the `message` of its `{"error":{"code":…,"message":…}}` replies), Auth0's APIs, Keycloak's
 * token verifier and event log, oauth2-proxy's bearer-token session loader, Linkerd's authorization policy, and the
 * token errors of cloud and SaaS APIs and their SDKs (Slack, Salesforce, Supabase Auth, Azure Key Vault and Storage, the
 * Graph SDK, GitLab). Each row's text is the product's own, from the public captures
 * named beside it; the codes of ARM's replies are read by parse/error-bodies.ts.
 */
import { gitlabNear } from './gitlab-near.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, capture, compact, family, messageRest, textBefore } from './matcher.js';

const arm = family('azure-resource-manager');
const auth0 = family('auth0');
const auth0Js = family('auth0-js');
const keycloak = family('keycloak');
const linkerd = family('linkerd');
const oauth2Proxy = family('oauth2-proxy');
const slack = family('slack');
const salesforce = family('salesforce');
const supabaseAuth = family('supabase-auth');
const keyVault = family('azure-key-vault');
const gitlab = family('gitlab');
const azureStorage = family('azure-storage');
const graph = family('microsoft-graph');
const stripe = family('stripe');
const oktaVerifier = family('okta-jwt-verifier');
const njwt = family('njwt');

/** The value okta-jwt-verifier prints after "…expected audience: " (to the end of the message). */
function oktaExpected(f: Fragment): string[] {
  const rest = messageRest(f.after(600)).trim();
  return rest === '' ? [] : rest.split(', ');
}

/** okta-jwt-verifier: "audience claim A does not match expected audience: E" (or "… expected client id: E"). */
function oktaAudience(f: Fragment): Reading | null {
  const actual = capture(f.before(320), /audience claim (\S{1,300})$/);
  if (actual === undefined) return null;
  const expected = oktaExpected(f);
  return { args: compact({ actual, expected }), extend: messageRest(f.after(600)).trimEnd().length };
}

/**
 * Whether a Slack Web API error code stands where Slack's SDKs print it: @slack/web-api's "An API error occurred:
 * invalid_auth", slacker's "slacker.Error: invalid_auth", slack-ruby-client's "SlackError: invalid_auth", or the reply's
 * `error` member beside `ok` false, as python-slack-sdk prints it (`{'ok': False, 'error': 'not_authed'}`) or, with
 * `json`, as the JSON reply itself (`{"ok":false,"error":"token_expired"}`). The JSON reply's invalid_auth, not_authed
 * and missing_scope are read by parse/error-bodies.ts, so those rows leave it to that reader.
 */
function slackError(json: boolean) {
  return (f: Fragment): Reading | null => {
    if (slackSdkPrint(f)) return {};
    const before = f.before(80);
    if (/\berror'?:\s*'$/.test(before) && /\bok'?:\s*(?:False|false),/.test(before)) return {};
    if (!json || !/"error"\s*:\s*"$/.test(before)) return null;
    // A pretty-printed reply puts `"ok": false,` on a line of its own, before this one.
    // Some clients print `ok` as the string "false".
    return /"ok"\s*:\s*"?false"?\s*,/.test(textBefore(f, 120)) ? {} : null;
  };
}

/**
 * Whether a Slack error code stands where an SDK's exception prints it: @slack/web-api's "An API error occurred:
 * missing_scope" (slackapi/bolt-js#1748), slacker's "slacker.Error: missing_scope" (regisb/slack-cli#7),
 * slack-ruby-client's "Slack::Web::Api::Errors::SlackError: invalid_auth" (dblock/slack-strava#59), its class after
 * the code as Ruby's uncaught exception puts it, "`on_complete': missing_scope (Slack::Web::Api::Errors::MissingScope)"
 * (slack-ruby/slack-ruby-client#432), or its older "missing_scope (Slack::Web::Api::Error)" (#150).
 */
function slackSdkPrint(f: Fragment): boolean {
  return (
    /(?:An API error occurred|slacker\.Error|SlackError|Slack::Web::Api::Errors::[A-Za-z]{1,40}): $/.test(
      f.before(80),
    ) || /^ \(Slack::Web::Api::(?:Errors::[A-Za-z]{1,40}|Error)\)/.test(f.after(60))
  );
}

/** Keycloak's "Token type is incorrect. Expected 'X' but was 'Y'": an ID token when Y is `ID`, else the type pair. */
function keycloakTokenType(f: Fragment): Reading | null {
  const m = /^([A-Za-z-]{1,40})' but was '([A-Za-z-]{0,40})'/.exec(f.after(100));
  if (m === null) return null;
  const [whole, expected, actual] = m as unknown as [string, string, string];
  if (actual === 'ID') return { code: 'token.id-token', args: { reason: 'typ: ID' }, extend: whole.length };
  return { args: compact({ expected: [expected], actual, claim: 'typ' }), extend: whole.length };
}

/** Key Vault: "AKV10022: Invalid audience. Expected A or B, found: C." and "AKV10032: Invalid issuer. Expected one of A, B, found C." */
function keyVaultExpectedFound(f: Fragment): Reading | null {
  const m = /^\s*Expected (?:one of )?([^\n"]{1,1200}?),? found:? ([^\s"']{1,300})/.exec(f.after(1400));
  // The code alone (values cut off, or paraphrased) is still Key Vault's.
  if (m === null) return {};
  const expected = (m[1] as string)
    .split(/, | or /)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return { args: compact({ expected, actual: (m[2] as string).replace(/\.$/, '') }), extend: m[0].length };
}

/**
 * Whether the text before an `error="invalid_token"` holds a Keycloak event's `type=…_ERROR,`. Every Bearer
 * challenge with that error meets this row: one native search for `_ERROR` (which the regex requires) dismisses the
 * headers without running the regex over the 600 characters before them.
 */
function isKeycloakEvent(before: string): boolean {
  return before.includes('_ERROR') && /\btype=\\?"?[A-Z_]{3,60}_ERROR\\?"?,/.test(before);
}

/** The single-quoted values that follow a match, at most `n` (ARM and Keycloak quote what they compare). */
function quoted(s: string, n: number): string[] {
  const out: string[] = [];
  const re = /'([^'\n]{1,300})'/g;
  for (let m = re.exec(s); m !== null && out.length < n; m = re.exec(s)) out.push(m[1] as string);
  return out;
}

/** ARM: "… wrong audience or resource 'X'. It should exactly match with one of the allowed audiences 'A','B'." */
function armAudience(f: Fragment): Reading | null {
  const after = f.after(600);
  const actual = capture(after, /^\s*'([^'\n]{1,300})'/);
  // The words in prose, with no value quoted, are not ARM's reply.
  if (actual === undefined) return null;
  const allowed = capture(after, /allowed audiences\s*((?:'[^'\n]{1,300}',?\s*){1,12})/);
  return { args: compact({ actual, expected: allowed === undefined ? [] : quoted(allowed, 12) }) };
}

/** ARM: "The access token expiry UTC time 'X' is earlier than current UTC time 'Y'." (only with its values). */
function armTimes(f: Fragment): Reading | null {
  const m = /^\s*'([^'\n]{1,60})' is earlier than current UTC time '([^'\n]{1,60})'/.exec(f.after(160));
  return m === null ? null : { args: { at: m[1] as string, now: m[2] as string } };
}

/** ARM: "… wrong issuer 'X'. It must match the tenant 'Y' associated with this subscription." */
function armIssuer(f: Fragment): Reading | null {
  const after = f.after(600);
  const actual = capture(after, /^\s*'([^'\n]{1,300})'/);
  if (actual === undefined) return null;
  const tenant = capture(after, /must match the tenant '([^'\n]{1,300})'/);
  return { args: compact({ actual, expected: tenant === undefined ? [] : [tenant] }) };
}

/** Keycloak: "Invalid token issuer. Expected 'X', but was 'Y'" (older versions stop after the expected value). */
function keycloakIssuer(f: Fragment): Reading | null {
  const m = /^\s*'([^'\n]{1,300})'(?:, but was '([^'\n]{1,300})')?/.exec(f.after(700));
  return m ? { args: compact({ expected: m[1] ? [m[1]] : [], actual: m[2] }), extend: m[0].length } : null;
}

/** Graph's CAE sentence, to its end: "… resulted in [claims ]challenge with result: R and code: C". */
function caeChallenge(f: Fragment): Reading | null {
  const rest = messageRest(f.after(300));
  if (!/^(?:claims )?challenge with result\b/.test(rest)) return null;
  const end = rest.trimEnd().length;
  return { args: { reason: f.text.slice(f.start, f.end) + rest.slice(0, end) }, extend: end };
}

export const IDENTITY: readonly Matcher[] = [
  // Azure Resource Manager's 401 replies: ExpiredAuthenticationToken (microsoft/foundry-dev-tools#461,
  // microsoft/vscode-azureappservice#2483), InvalidAuthenticationTokenAudience
  // (Azure-Samples/active-directory-dotnetcore-daemon-v2#145, JetBrains/azure-tools-for-intellij#16; older replies
  // said "obtained from wrong audience", AzureAD/azure-activedirectory-library-for-python#43), and
  // InvalidAuthenticationTokenTenant (Azure/azure-sdk-for-net#49391, Azure/LogicAppsUX#9068).
  arm('expired', 'time.expired', 'The access token expiry UTC time', { read: armTimes }),
  arm('audience', 'claim.aud-mismatch', 'The access token has been obtained for wrong audience or resource', {
    read: armAudience,
  }),
  arm('audience-from', 'claim.aud-mismatch', 'The access token has been obtained from wrong audience or resource', {
    read: armAudience,
  }),
  arm('issuer', 'claim.iss-mismatch', 'The access token is from the wrong issuer', { read: armIssuer }),
  // ARM's Continuous Access Evaluation challenge for a revoked session: `Bearer authorization_uri="https://login.windows.net/",
  // error="invalid_token", error_description="User session has been revoked", claims="eyJ…"` (the Azure SDKs' CAE
  // handlers quote it: azure-sdk-for-js core-rest-pipeline's authorizeRequestOnClaimChallenge, azure-sdk-for-python's
  // _parse_claims_challenge, azure-sdk-for-go's "sessions revoked" case): the session, and the token with it, is revoked.
  arm('session-revoked', 'token.revoked', 'User session has been revoked'),

  // Auth0's Management API for an expired token: {"statusCode":401,"error":"Unauthorized","message":"Expired token
  // received for JSON Web Token validation",…} (auth0/laravel-auth0#455).
  auth0('expired', 'time.expired', 'Expired token received for JSON Web Token validation'),
  // Auth0's server-side SDKs (nextjs-auth0 v4 src/server/client.ts getAccessToken, auth0-server-js, auth0-nuxt,
  // auth0-server-python) refusing to hand the app its session's access token: AccessTokenError
  // MISSING_REFRESH_TOKEN, "The access token has expired and a refresh token was not provided. The user needs to
  // re-authenticate." (auth0/nextjs-auth0#1865), and FAILED_TO_REFRESH_TOKEN, "The access token has expired and there
  // was an error while trying to refresh it." (#1841): the session's token expired, and the refresh was not possible or
  // was refused by Auth0's token endpoint.
  // The first is golang.org/x/oauth2's case (token-endpoints.ts): an expiry with no refresh token to renew it.
  auth0('missing-refresh-token', 'time.expired', 'The access token has expired and a refresh token was not provided', {
    exactCase: true,
    args: { reason: 'no-refresh-token' },
  }),
  auth0(
    'failed-to-refresh',
    'token.revoked',
    'The access token has expired and there was an error while trying to refresh',
    {
      exactCase: true,
      args: { reason: 'refresh-token' },
    },
  ),
  // The same API for a token whose aud is not its own identifier (https://<tenant>.auth0.com/api/v2/): "Bad audience:
  // <the token's audiences>", as node-auth0's ManagementClient throws it with statusCode 401 (auth0/node-auth0#787, a
  // client pointed at a custom domain). Only with the audience list after it, a URL.
  auth0('bad-audience', 'claim.aud-mismatch', 'Bad audience: ', {
    exactCase: true,
    read: (f) => (/^https?:\/\//.test(f.after(8)) ? {} : null),
  }),
  // auth0.js (v9+, and Lock 11 on it) refusing an ID token the application signs with HS256 when no access token came
  // back to call /userinfo with (auth0/auth0.js src/web-auth/index.js, validateAuthenticationResponse: "The id_token
  // cannot be validated because it was signed with the HS256 algorithm and public clients (like a browser) can’t store
  // secrets."; auth0.com/docs/ja-jp/troubleshoot/basic-issues/invalid-token-errors quotes "public applications";
  // audit-bb 28). The fix is the application's signing algorithm (RS256) or asking for an access token.
  auth0Js(
    'hs256-id-token',
    'alg.not-allowed',
    'The id_token cannot be validated because it was signed with the HS256',
    {
      args: { alg: 'HS256' },
    },
  ),

  // Keycloak's TokenVerifier realm check, logged by the server and its adapters: "Invalid token issuer. Expected
  // 'http://localhost:8180/realms/myrealm', but was 'http://mykeycloak-service.keycloak:8180/realms/myrealm'"
  // (keycloak/keycloak#24596, #26017).
  keycloak('issuer', 'claim.iss-mismatch', 'Invalid token issuer. Expected', { read: keycloakIssuer }),
  // Keycloak's TokenVerifier checks (core/src/main/java/org/keycloak/TokenVerifier.java), which its adapters and
  // servers log under "Failed to verify token": IS_ACTIVE throws TokenNotActiveException("Token is not active") when
  // JsonWebToken.isActive() fails, that is exp passed or nbf not reached (no realm policy enters it); the token's nbf,
  // when pasted, tells the two apart (checks/verifier-log.ts). TokenTypeCheck's "Token type is incorrect. Expected
  // 'Bearer' but was 'ID'" is an ID token sent as the access token (Keycloak's `typ` claim: Bearer, ID, Refresh…);
  // AudienceCheck's and SUBJECT_EXISTS_CHECK's words are its own constants.
  keycloak('not-active', 'time.expired', 'TokenNotActiveException', { ...CLASS, args: { reason: 'not-active' } }),
  keycloak('token-type', 'token.type-mismatch', "Token type is incorrect. Expected '", {
    exactCase: true,
    read: keycloakTokenType,
  }),
  keycloak('audience', 'claim.aud-mismatch', 'Expected audience not available in the token', { exactCase: true }),
  keycloak('no-audience', 'claim.aud-missing', 'No audience in the token', { exactCase: true }),
  keycloak('no-subject', 'claim.sub-missing', 'Subject missing in token', { exactCase: true }),
  // Its adapters' key lookup (AdapterTokenVerifier.getPublicKey, as the Spring and servlet adapters log it under
  // "Failed to verify token": "org.keycloak.common.VerificationException: Didn't find publicKey for specified kid",
  // Activiti/activiti-cloud-examples#108), and the log line before it in adapters and their forks, "Didn't find
  // publicKey for kid: <kid>": no key of the realm's JWKS the adapter holds has the token's kid (another realm's or
  // another Keycloak's token, or keys rotated since the adapter fetched them).
  keycloak('public-key-kid', 'key.kid-unknown', "Didn't find publicKey for specified kid", { exactCase: true }),
  keycloak('public-key-kid-named', 'key.kid-unknown', "Didn't find publicKey for kid: ", {
    exactCase: true,
    read: (f) => {
      const kid = capture(f.after(220), /^([A-Za-z0-9_.:-]{1,200})/);
      return kid === undefined ? null : { args: { kid }, extend: kid.length };
    },
  }),
  // Keycloak's event log for a token its endpoints rejected (userinfo, introspection): type="USER_INFO_REQUEST_ERROR",
  // … error="invalid_token", auth_method="validate_access_token" (marcospereirampj/python-keycloak#520); a `reason`
  // beside it (below) refines it. Only in an event line (`type=…_ERROR`), not in a WWW-Authenticate header.
  keycloak('event-invalid-token', 'challenge.invalid-token', 'error="invalid_token"', {
    refinable: true,
    read: (f) => (isKeycloakEvent(f.before(600)) ? {} : null),
  }),
  // Keycloak 26's introspection endpoint answers {"active":false} when the introspecting client is not in the token's
  // aud, and its event log gives the reason: type="INTROSPECT_TOKEN_ERROR", … error="invalid_token", reason="Client
  // 'padsign-backend' is not in the token audience" (deployment notes quoting the server log, e.g. padsign's
  // "Symptoms" page and an MCP set-up guide's troubleshooting table). The client named is the audience expected.
  keycloak('introspection-audience', 'claim.aud-mismatch', "' is not in the token audience", {
    read: (f) => {
      const client = capture(f.before(240), /Client '([^'\n]{1,200})$/);
      return client === undefined ? null : { args: { expected: [client] } };
    },
  }),

  // oauth2-proxy with skip_jwt_bearer_tokens: "Error retrieving session from token in Authorization header: [unable to
  // verify bearer token, <each session loader's error>]" (pkg/middleware/jwt_session.go; oauth2-proxy/oauth2-proxy#2319).
  // The loader's error beside it (go-oidc's "oidc: token is expired") refines it; alone it is a rejected token, and the
  // loader's words inside the brackets ("not implemented") are the description the finding quotes.
  // The same log line's other endings: v6's "unable to verify jwt token <the Authorization header>" (oauthproxy.go,
  // oauth2-proxy/oauth2-proxy#709) and v7's "no valid bearer token found in authorization header" for a bearer that is no
  // JWT at all (jwt_session.go findBearerToken; a GitHub personal access token under the GitHub provider,
  // oauth2-proxy/oauth2-proxy#809). Read by the line's own head, which only oauth2-proxy writes; the token it quotes is
  // not read as a description.
  oauth2Proxy(
    'session-from-header',
    'challenge.invalid-token',
    'Error retrieving session from token in Authorization header: ',
    {
      exactCase: true,
      read: (f) => {
        const m = /^(unable to verify jwt token|no valid bearer token found in authorization header)/.exec(f.after(60));
        return m === null ? null : { args: { actual: m[1] as string }, extend: (m[1] as string).length };
      },
    },
  ),
  // Its OIDC provider's check of the ID token's email_verified: "email in id_token (%s) isn't verified" (providers/oidc.go
  // for a login's ID token, unless --insecure-oidc-allow-unverified-email; pkg/providers/oidc's bearer-token session
  // loader for --skip-jwt-bearer-tokens, which in some releases checks it whatever that flag says, oauth2-proxy/oauth2-proxy#1152, where the
  // message is quoted without its parentheses). The token's email_verified is false: a claim with a value refused.
  oauth2Proxy('unverified-email', 'claim.required-missing', 'email in id_token ', {
    exactCase: true,
    read: (f) =>
      /^\(?[^\s()]{1,200}\)? isn't verified/.test(f.after(240))
        ? { args: { claim: 'email_verified', reason: 'mismatch' } }
        : null,
  }),
  oauth2Proxy('unable-to-verify', 'challenge.invalid-token', 'unable to verify bearer token', {
    refinable: true,
    read: (f) => {
      if (!f.before(2).endsWith('[')) return null;
      const loader = capture(f.after(240), /^, ([^\]\n]{1,200})\]/);
      return loader === undefined ? {} : { args: { actual: loader.trim() } };
    },
  }),

  // Linkerd's proxy denying a request by its authorization policy (linkerd_app_core::errors::respond, answered as a
  // 403): "request failed error=unauthorized request on route" for a route's policy (linkerd/linkerd2#13166, #13013),
  // "unauthorized connection on server metrics-api" for a Server's (linkerd/linkerd2#8613).
  // Slack's Web API (its docs' error tables; the SDKs' prints in public issues: "An API error occurred: invalid_auth"
  // from @slack/web-api, BlakeWilliams/Elixir-Slack#261's {"ok":false,"error":"invalid_auth"}, python-slack-sdk's "The
  // server responded with: {'ok': False, 'error': 'not_authed'}", scrapinghub/slackbot#236's "slacker.Error:
  // invalid_auth", dblock/slack-strava#59's "Slack::Web::Api::Errors::SlackError: invalid_auth"). invalid_auth is a
  // token Slack does not accept, not_authed no token sent, token_expired / token_revoked the token's own state.
  slack('invalid-auth', 'challenge.invalid-token', 'invalid_auth', {
    ...CODE,
    exactCase: true,
    read: slackError(false),
  }),
  slack('not-authed', 'token.missing', 'not_authed', { ...CODE, exactCase: true, read: slackError(false) }),
  slack('token-expired', 'time.expired', 'token_expired', { ...CODE, exactCase: true, read: slackError(true) }),
  slack('token-revoked', 'token.revoked', 'token_revoked', { ...CODE, exactCase: true, read: slackError(true) }),
  // not_allowed_token_type, "The token type used in this request is not allowed." (Slack's method reference, e.g.
  // docs.slack.dev/reference/methods/apps.manifest.create): the method takes other token types than the one sent, a
  // bot token (xoxb-) where only a user token (xoxp-) works or the reverse (slackapi/python-slackclient#584, rtm.connect
  // with a granular bot token). The token was accepted as Slack's; only its type is wrong.
  slack('not-allowed-token-type', 'token.type-mismatch', 'not_allowed_token_type', {
    ...CODE,
    exactCase: true,
    read: (f) => (slackError(true)(f) === null ? null : { args: { reason: 'slack-token-type' } }),
  }),
  // python-slack-sdk's print of a missing scope: "{'ok': False, 'error': 'missing_scope', 'needed': 'chat:write:bot',
  // 'provided': 'admin,identify,calls:write,calls:read'}" (a public write-up quoting slack.errors.SlackApiError).
  // Its `needed` is the scope the call required and `provided` what the token has (comma-separated).
  slack('missing-scope', 'scope.insufficient', "'ok': False, 'error': 'missing_scope'", {
    ...CODE,
    read: (f) => {
      const m = /^, 'needed': '([^'\n]{1,200})'(?:, 'provided': '([^'\n]{0,400})')?/.exec(f.after(700));
      if (m?.[1] === undefined) return {};
      return { args: compact({ expected: m[1].split(',').map((s) => s.trim()), actual: m[2] }) };
    },
  }),
  // The same code as the SDKs' exceptions print it, without the reply's `needed` (slackSdkPrint cites them): the call
  // lacked a scope, which one only the reply or its x-accepted-oauth-scopes header says (the finding's step). The code
  // alone holds no trigger the scan can file it by, so each row is the code with the SDK's words beside it.
  slack('missing-scope-web-api', 'scope.insufficient', 'occurred: missing_scope', {
    ...CODE,
    exactCase: true,
    read: (f) => (f.before(16).endsWith('An API error ') ? {} : null),
  }),
  slack('missing-scope-slacker', 'scope.insufficient', 'slacker.Error: missing_scope', { ...CODE, exactCase: true }),
  slack('missing-scope-ruby', 'scope.insufficient', 'SlackError: missing_scope', { ...CODE, exactCase: true }),
  slack('missing-scope-ruby-class', 'scope.insufficient', 'Web::Api::Errors::MissingScope: missing_scope', {
    ...CODE,
    exactCase: true,
  }),
  slack('missing-scope-ruby-raised', 'scope.insufficient', 'missing_scope (Slack::Web::Api::', {
    ...CODE,
    exactCase: true,
  }),

  // Salesforce's REST API for a session id (its OAuth access token) it no longer accepts, as jsforce prints it:
  // "INVALID_SESSION_ID: Session expired or invalid" (sorenkrabbe/Chrome-Salesforce-inspector#228, #235,
  // joeferraro/MavensMate#463). The JSON reply is read by parse/error-bodies.ts.
  salesforce('invalid-session', 'challenge.invalid-token', 'INVALID_SESSION_ID: Session expired or invalid', CODE),

  // stripe-node's error for a secret key Stripe does not know: "StripeAuthenticationError: Invalid API Key provided:
  // sk_test_...pcCM" (public deployment notes quoting Firebase Functions and server logs). The key that follows is not
  // read. The JSON reply is read by parse/error-bodies.ts.
  stripe('invalid-key', 'challenge.invalid-token', 'StripeAuthenticationError: Invalid API Key provided', CLASS),

  // Okta's Node verifier (okta/okta-jwt-verifier-js lib.js: verifyAudience, verifyClientId, verifyIssuer,
  // AssertedClaimsVerifier), after njwt has checked the signature and the expiry: the values are printed bare.
  oktaVerifier('audience', 'claim.aud-mismatch', ' does not match expected audience: ', { read: oktaAudience }),
  oktaVerifier('audience-one-of', 'claim.aud-mismatch', ' does not match one of the expected audiences: ', {
    read: oktaAudience,
  }),
  oktaVerifier('client-id', 'claim.aud-mismatch', ' does not match expected client id: ', { read: oktaAudience }),
  oktaVerifier('audiences', 'claim.aud-mismatch', ' do not include expected audience: ', {
    read: (f) =>
      /audience claims [^\n]{1,600}$/.test(f.before(640))
        ? { args: compact({ expected: oktaExpected(f) }), extend: messageRest(f.after(600)).trimEnd().length }
        : null,
  }),
  oktaVerifier('issuer', 'claim.iss-mismatch', ' does not match expected issuer: ', {
    read: (f) => {
      const actual = capture(f.before(320), /(?:^|\W)issuer (\S{1,300})$/);
      if (actual === undefined) return null;
      return {
        args: compact({ actual, expected: oktaExpected(f) }),
        extend: messageRest(f.after(600)).trimEnd().length,
      };
    },
  }),
  oktaVerifier('asserted-claim', 'claim.required-missing', "' does not match expected value '", {
    read: (f) => {
      const claim = capture(f.before(420), /claim '([^'\n]{1,100})' value '[^'\n]{0,300}$/);
      return claim === undefined ? null : { args: { claim, reason: 'mismatch' } };
    },
  }),
  // njwt, the verifier under okta-jwt-verifier (jwtk/njwt errors.js and properties.json): older versions named every
  // parse error JwtParseError ("JwtParseError: Jwt is expired", as apps built on it log and compare), newer ones a
  // class per cause.
  njwt('expired', 'time.expired', 'JwtParseError: Jwt is expired', CLASS),
  njwt('ExpiredJwtParseError', 'time.expired', 'ExpiredJwtParseError: Jwt is expired', CLASS),
  njwt('NotActiveJwtParseError', 'time.not-yet-valid', 'NotActiveJwtParseError: Jwt not active', CLASS),
  njwt(
    'SignatureMismatchJwtParseError',
    'signature.invalid',
    'SignatureMismatchJwtParseError: Signature verification failed',
    CLASS,
  ),
  njwt(
    'SignatureAlgorithmMismatchJwtParseError',
    'alg.not-allowed',
    'SignatureAlgorithmMismatchJwtParseError: Unexpected signature algorithm',
    CLASS,
  ),

  // Supabase Auth (GoTrue) refusing a token without a subject: {"code":403,"error_code":"bad_jwt","msg":"invalid claim:
  // missing sub claim"} (a service-role key sent to an endpoint that needs a user's token; public write-ups quoting the
  // reply). Its other bad_jwt messages wrap golang-jwt's words, which go.ts reads.
  supabaseAuth('missing-sub', 'claim.sub-missing', 'invalid claim: missing sub claim', { args: { claim: 'sub' } }),
  // Its middleware wraps the parser's error after "invalid JWT: unable to parse or verify signature, " (supabase/auth
  // internal/api/auth.go, parseJWTClaims). Under golang-jwt v4 a header or payload that is not JSON comes through as
  // encoding/json's own words, "invalid character '(' looking for beginning of object key string"
  // (supabase/supabase#11873: a value that is not the session's access token), and one that is not base64url as
  // encoding/base64's "illegal base64 data at input byte N": the Bearer value is not a JWT at all.
  supabaseAuth('not-json', 'token.malformed', 'invalid JWT: unable to parse or verify signature, invalid character ', {
    exactCase: true,
  }),
  supabaseAuth(
    'not-base64',
    'token.malformed',
    'invalid JWT: unable to parse or verify signature, illegal base64 data',
    {
      exactCase: true,
    },
  ),

  // Azure Key Vault's 401s for a token minted for another resource or tenant (Azure/go-autorest#525,
  // argoproj-labs/argocd-vault-plugin#621, MicrosoftDocs/azure-docs#109562: "AKV10022: Invalid audience. Expected
  // https://vault.azure.net, found: https://management.azure.com/."; the Key Vault SDKs' TROUBLESHOOTING.md and az CLI
  // output: "AKV10032: Invalid issuer. Expected one of https://sts.windows.net/<t>/, …, found https://sts.windows.net/…/.").
  keyVault('AKV10022', 'claim.aud-mismatch', 'AKV10022: Invalid audience.', { ...CODE, read: keyVaultExpectedFound }),
  // Microsoft Graph's 401 body for a token minted for another resource (microsoftgraph/microsoft-graph-docs#16208,
  // #4752): `"code": "InvalidAuthenticationToken", "message": "Access token validation failure. Invalid audience."`.
  // Its own row, so that PyJWT's bare "Invalid audience" does not name the verifier.
  graph('invalid-audience', 'claim.aud-mismatch', 'Access token validation failure. Invalid audience'),
  // Graph's 401 for a bearer value it could not parse as a token at all: `"code": "InvalidAuthenticationToken",
  // "message": "CompactToken parsing failed with error code: 80049217"` (microsoftgraph/msgraph-training-dotnet#31;
  // OfficeDev/outlook-dev-docs#508, where "Bearer " sent twice was the cause; the Java SDK prints it as "Error message:
  // CompactToken parsing failed…", microsoftgraph/msgraph-sdk-java-auth#61): Graph refusing what arrived, whose cause
  // (no JWT, a prefix twice, a cut token) the paste's token and header say, not its words.
  graph('compact-token', 'challenge.invalid-token', 'CompactToken parsing failed with error code: ', {
    exactCase: true,
  }),
  keyVault('AKV10032', 'claim.iss-mismatch', 'AKV10032: Invalid issuer.', { ...CODE, read: keyVaultExpectedFound }),

  // GitLab's API guard (lib/api/api_guard.rb) answering a bearer token with error="invalid_token" and these
  // descriptions, as GitLab clients' tests quote the reply ({"error":"invalid_token","error_description":"Token is
  // expired. You can either do re-authorization or token refresh."}). The description's "or token refresh" is advice,
  // not a second cause.
  gitlab('expired', 'time.expired', 'Token is expired. You can either do re-authorization or token refresh.'),
  gitlab('revoked', 'token.revoked', 'Token was revoked. You have to re-authorize from the user.'),
  // GitLab's API for a token without the scope the endpoint needs, a 403: {"error":"insufficient_scope",
  // "error_description":"The request requires higher privileges than provided by the access token.","scope":"sudo"}
  // (gitlab-org/gitlab doc/api/rest/index.md, "Sudo"). RFC 6750's words, Spring's too (java.ts): GitLab's only with
  // GitLab named near them.
  gitlab(
    'insufficient-scope',
    'scope.insufficient',
    'The request requires higher privileges than provided by the access token',
    { read: (f) => (gitlabNear(f) ? {} : null) },
  ),

  // Azure Storage's replies to an Entra ID bearer token (XML, <Code> then <Message> and <AuthenticationErrorDetail>):
  // AuthenticationFailed with "Lifetime validation failed. The token is expired." (Azure/azure-sdk-for-java#8667), and
  // AuthorizationPermissionMismatch, "This request is not authorized to perform this operation using this permission."
  // (the caller authenticated, its data-plane role does not allow the operation: Storage Blob Data Reader/Contributor;
  // Azure Data Factory's ADLS Gen2 error and the storage SDKs' error-code tables quote it). The detail's words are also
  // IdentityModel's IDX10223, so only after the element's tag are they Storage's.
  azureStorage(
    'expired',
    'time.expired',
    'AuthenticationErrorDetail>Lifetime validation failed. The token is expired.',
    CODE,
  ),
  azureStorage(
    'permission-mismatch',
    'policy.deny',
    'This request is not authorized to perform this operation using this permission.',
  ),
  // AuthorizationResourceTypeMismatch, an account SAS whose srt= (service, container, object) does not include the
  // resource the operation is on: "This request is not authorized to perform this operation using this resource type."
  // (MicrosoftDocs/azure-docs#56908, azcopy to a SAS URL; microsoft/AzureStorageExplorer#6203, a table listing).
  azureStorage(
    'resource-type-mismatch',
    'policy.deny',
    'This request is not authorized to perform this operation using this resource type.',
  ),
  // The Graph SDK for .NET (Kiota) printing Graph's 401 for an expired token: "Microsoft.Graph.Models.ODataErrors.ODataError:
  // Lifetime validation failed, the token is expired." (s1t5/mail-archiver#267).
  graph('odata-expired', 'time.expired', 'ODataError: Lifetime validation failed, the token is expired.', CODE),
  // Graph's 401 under a Continuous Access Evaluation claims challenge: {"error":{"code":"InvalidAuthenticationToken",
  // "message":"Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code:
  // TokenIssuedBeforeRevocationTimestamp",…}} (a Graph reply recorded in a nock fixture, beside its WWW-Authenticate
  // error="insufficient_claims"; Microsoft's CAE samples catch the Graph SDK's ServiceException on these words), and
  // "… resulted in challenge with result: InteractionRequired and code: TokenCreatedWithOutdatedPolicies" (a test's
  // "verbatim body returned by Graph under a CAE challenge"; msgraph-sdk-dotnet-core's tests quote the claims variant as
  // an errorDescription). Entra ID wants a new token carrying the claims the WWW-Authenticate names (learn.microsoft.com,
  // "Claims challenges, claims requests and client capabilities"), not a fixed one.
  graph('cae-claims-challenge', 'challenge.step-up', 'Continuous access evaluation resulted in ', {
    read: caeChallenge,
  }),

  linkerd('route', 'policy.deny', 'unauthorized request on route'),
  linkerd('server', 'policy.deny', 'unauthorized connection on server'),
];
