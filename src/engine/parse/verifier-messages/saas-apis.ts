/**
 * Round audit-qq: third-party SaaS APIs refusing the access token or key they were sent, in the words their replies and
 * SDKs print: an error code only that vendor uses (DocuSign's USER_AUTHENTICATION_FAILED, QuickBooks Online's
 * errorCode=003200), a sentence of its own (Meta's "Error validating access token: Session has expired", Mailchimp's
 * "…or you've attempted to access the wrong datacenter."), or words any server could say read only with the vendor
 * named near them (Notion's "API token is invalid.", Spotify's "The access token expired"). Their JSON bodies, by shape,
 * are parse/saas-bodies.ts's.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, textAround } from './matcher.js';

const dropbox = family('dropbox');
const metaGraph = family('meta-graph');
const notion = family('notion');
const docusign = family('docusign');
const paypal = family('paypal');
const quickbooks = family('quickbooks');
const spotify = family('spotify');
const twitch = family('twitch');
const mailchimp = family('mailchimp');
const discord = family('discord');
const zoom = family('zoom');
const airtable = family('airtable');
const xero = family('xero');
const xApi = family('x-api');
const openWeatherMap = family('openweathermap');

/** The vendor named near its words: within 1500 characters before the match or 600 after it. */
const near = (...names: string[]) => namedNear(1500, 600, ...names);

/**
 * Dropbox's tag as its reply writes it (`".tag": "expired_access_token"`, a JavaScript client's `'.tag': '…'`) or its
 * Python SDK's `AuthError('expired_access_token', …)`. The `error_summary` beside the tag repeats it: not read twice.
 */
function dropboxTag(f: Fragment): Reading | null {
  return /["']\.tag["']\s?:\s?["']$|AuthError\(["']$/.test(f.before(24)) ? {} : null;
}

/** Zoom's code 124 within the few lines above its message (a dump's `"code" => 124`, JSON's `"code":124,`). */
function zoom124(f: Fragment): Reading | null {
  const before = textAround(f, 80, 0);
  return /["']?code["']?\s?(?:=>|:)\s?124\b/.test(before) ? {} : null;
}

/** X's words before it: `Authenticating with OAuth 2.0 Application-Only ` (or `OAuth 1.0a User Context `, …). */
function xAuthType(f: Fragment): Reading | null {
  return /Authenticating with OAuth [\w .-]{4,40} $/.test(f.before(80)) ? {} : null;
}

/**
 * X's code 32 beside its words, before or after them as its JSON (`"code":32,"message":"…"`, `"…","code":32`) or a
 * client's print of it (tweepy's `{'code': 32, 'message': '…'}`, python-twitter's `u'code': 32`) writes it.
 */
function xCode32(f: Fragment): Reading | null {
  return /["']?code["']?\s?(?:=>|:)\s?32\b/.test(textAround(f, 40, 40)) ? {} : null;
}

/** The permission Meta names after its words (`'pages_read_engagement' permission`), as the scope the token lacks. */
function metaPermission(f: Fragment): Reading {
  const m = /^'([a-z_]{1,60})' permission/.exec(f.after(80));
  return m === null ? {} : { args: { expected: [m[1] as string] }, extend: m[0].length };
}

/** Zoom's scopes in brackets after its words (`[user:read:list_users:admin]`), comma-separated when several. */
function zoomScopes(f: Fragment): Reading {
  const m = /^\[([\w:.,-]{1,200})\]/.exec(f.after(210));
  if (m === null) return {};
  const scopes = (m[1] as string).split(',').filter((s) => s !== '');
  return { args: { expected: scopes }, extend: m[0].length };
}

export const SAAS_APIS: readonly Matcher[] = [
  // Dropbox's short-lived access tokens (4 hours) answered with the tag expired_access_token once past their expiry:
  // {"error_summary": "expired_access_token/.", "error": {".tag": "expired_access_token"}} (froemken/dropbox#23, #29;
  // owncloud/files_external_dropbox#135 through kunalvarma05/dropbox-php-sdk): the token expired, a refresh token gets a
  // new one. freee uses the same words for any refused token (japanese.ts), read only with freee near.
  dropbox('expired-access-token', 'time.expired', 'expired_access_token', { ...CODE, read: dropboxTag }),
  // Meta's Graph API, code 190 with its subcodes' own sentences: 463 "Error validating access token: Session has expired
  // on Feb 7, 2014 9:54am. The current time is Feb 8, 2014 8:58am." (snarfed/bridgy#59, huydx/facy#15,
  // rizen/Facebook-Graph#24), 460 "…: The session has been invalidated because the user changed their password or
  // Facebook has changed the session for security reasons." (roughike/flutter_facebook_login#151,
  // facebookarchive/php-graph-sdk#937), 493 "The access token is invalid since the user hasn't engaged the app in longer
  // than 90 days." (MrSwitch/hello.js#548): a new login is needed for the last two.
  metaGraph('session-expired', 'time.expired', 'Error validating access token: Session has expired', {
    exactCase: true,
  }),
  metaGraph(
    'session-invalidated',
    'token.revoked',
    'Error validating access token: The session has been invalidated because the user changed their password',
    { exactCase: true },
  ),
  metaGraph(
    'not-engaged',
    'token.revoked',
    "The access token is invalid since the user hasn't engaged the app in longer than 90 days",
    { exactCase: true },
  ),
  // Its code 10, a permission the token was not granted, as its SDKs print the message: "(#10) This endpoint requires the
  // 'pages_read_engagement' permission or the 'Page Public Content Access' feature." (pdir/social-feed-bundle#184,
  // sns-sdks/python-facebook#102, restfb/restfb#1190).
  metaGraph('permission-10', 'scope.insufficient', '(#10) This endpoint requires the ', {
    exactCase: true,
    read: metaPermission,
  }),
  // Notion's 401 {"code":"unauthorized","message":"API token is invalid."} as its SDKs print it: @notionhq/client's
  // "APIResponseError: API token is invalid." with `code: 'unauthorized'` (YusukeKokubo/create-github-issues-by-notion-
  // database#57, lizheming/doumark-action#13), notion-sdk-py's "notion_client.errors.APIResponseError: API token is
  // invalid." (jmuchovej/paperpile-notion#17). Any server may word a refusal so: only with Notion named near.
  notion('api-token-invalid', 'challenge.invalid-token', 'API token is invalid.', {
    exactCase: true,
    read: near('notion'),
  }),
  // Notion's 403 restricted_resource as its SDK throws it: "APIResponseError: Insufficient permissions for this
  // endpoint." (makenotion/notion-sdk-js#494; raycast/extensions#8579 from the Notion extension): the integration lacks
  // the capability (read, update, insert content; user information) the endpoint needs. Only with Notion named near.
  notion('insufficient-permissions', 'scope.insufficient', 'Insufficient permissions for this endpoint.', {
    exactCase: true,
    read: near('notion'),
  }),
  // DocuSign's eSignature API: {"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password
  // are invalid. Invalid access token"} (docusign/docusign-esign-csharp-client#300, docusign/code-examples-php#44: "This
  // error indicated wrong token was used for authentication. It's possible the token was expired."), also in a PHP
  // serialized body (Tucker-Eric/docusign-rest-client#16).
  docusign('user-authentication-failed', 'challenge.invalid-token', 'USER_AUTHENTICATION_FAILED', {
    ...CODE,
    exactCase: true,
  }),
  // PayPal's REST API, name AUTHENTICATION_FAILURE: "Authentication failed due to invalid authentication credentials or
  // a missing Authorization header." (thinhvo0108/react-paypal-express-checkout#51, paypal/PayPal-Java-SDK#387,
  // thephpleague/omnipay-paypal#250: sandbox credentials or token sent to the live host, or the other way round).
  paypal(
    'authentication-failure',
    'challenge.invalid-token',
    'Authentication failed due to invalid authentication credentials or a missing Authorization header',
    { exactCase: true },
  ),
  // PayPal's 401 {"error":"invalid_token","error_description":"Token signature verification failed"} (paypal-examples/
  // docs-examples#148 "Could not initiate PayPal Checkout…", e107inc/vstore#87 after returning from the sandbox): a token
  // PayPal did not issue for this environment or app, not a JWT whose keys this report could fetch. jose's "signature
  // verification failed" inside the words is not jose's; only with PayPal named near.
  paypal('token-signature', 'challenge.invalid-token', 'Token signature verification failed', {
    exactCase: true,
    read: near('paypal'),
  }),
  // PayPal's token endpoint refusing the REST app's client id and secret: {"error":"invalid_client","error_description":
  // "Client Authentication failed"} (paypal/PayPal-PHP-SDK#916 and #925, paypal/PayPal-Ruby-SDK#296: live credentials
  // sent to the sandbox host or the other way round, or the secret not the app's), "The client credentials are invalid"
  // in older replies (paypal/PayPal-node-SDK#87). Others' token endpoints say it too: only with PayPal named near.
  paypal('client-authentication-failed', 'oauth.invalid-client', 'Client Authentication failed', {
    exactCase: true,
    read: near('paypal'),
  }),
  paypal('client-credentials-invalid', 'oauth.invalid-client', 'The client credentials are invalid', {
    exactCase: true,
    read: near('paypal'),
  }),
  // QuickBooks Online's fault messages: "message=AuthenticationFailed; errorCode=003200; statusCode=401"
  // (routablehq/python-quickbooks#250; "message=ApplicationAuthenticationFailed; errorCode=003200" in
  // googleworkspace/apps-script-oauth1#27), "message=AuthorizationFailed; errorCode=003100; statusCode=403" for a token
  // the company or the app's scopes do not allow (mcohen01/node-quickbooks#154), and its XML fault "General
  // Authentication Error … AuthenticationErrorGeneral: SRV-110-Authentication Failure" (routablehq/python-quickbooks#120:
  // "The access token is only active for one hour"; minimul/qbo_api#84).
  quickbooks('003200', 'challenge.invalid-token', '; errorCode=003200; statusCode=401', { ...CODE, exactCase: true }),
  quickbooks('003100', 'policy.deny', '; errorCode=003100; statusCode=403', { ...CODE, exactCase: true }),
  quickbooks('srv-110', 'challenge.invalid-token', 'AuthenticationErrorGeneral: SRV-110-Authentication Failure', {
    exactCase: true,
  }),
  // Spotify's "The access token expired" (RFC 6750's own example, so anyone's) as spotipy logs and raises it: "HTTP
  // Error for GET to https://api.spotify.com/v1/me/playlists … returned 401 due to The access token expired"
  // (fondberg/spotcast#546, home-assistant/core#38825), "SpotifyException: http status: 401, code:-1 - https://api.
  // spotify.com/…:\n The access token expired" (shivasiddharth/GassistPi#478). Only with Spotify named near.
  spotify('access-token-expired', 'time.expired', 'The access token expired', {
    exactCase: true,
    read: near('spotify', 'spotipy'),
  }),
  // Twitch's Helix "Invalid OAuth token" as clients print it ("Twitch.tv API request failed: 401 (Unauthorized) -
  // invalid oauth token", atheriel/helm-twitch#3). Only with Twitch named near.
  twitch('invalid-oauth-token', 'challenge.invalid-token', 'invalid oauth token', { read: near('twitch') }),
  // Mailchimp's Marketing API 401 for a key it does not accept: {"title":"API Key Invalid","status":401,"detail":"Your API
  // key may be invalid, or you've attempted to access the wrong datacenter."} (mailchimp/mc-woocommerce#646, #341: "API
  // Request Error - 401 :: API Key Invalid :: Your API key may be invalid, …"). The key's suffix (`-us6`) names the
  // datacenter its host must use.
  mailchimp(
    'api-key-invalid',
    'challenge.invalid-token',
    "Your API key may be invalid, or you've attempted to access the wrong datacenter.",
    { exactCase: true },
  ),
  // Discord's 50001 Missing Access (a bot not in that guild, or without view access to that channel) as its libraries
  // raise it: discord.py's "discord.errors.Forbidden: 403 Forbidden (error code: 50001): Missing Access"
  // (Kav-K/GPTDiscord#82), discord.js's "DiscordAPIError[50001]: Missing Access" (Would-You-Bot/client#245).
  discord('missing-access-py', 'policy.deny', 'Forbidden (error code: 50001): Missing Access', { exactCase: true }),
  discord('missing-access-js', 'policy.deny', 'DiscordAPIError[50001]: Missing Access', { exactCase: true }),
  // Airtable's error types as clients dump or print the body: Laravel's dd() (`"type" => "AUTHENTICATION_REQUIRED"`,
  // TappNetwork/laravel-airtable#78), airtable.js's AirtableError (`error: 'NOT_AUTHORIZED', message: 'You are not
  // authorized to perform this operation', statusCode: 403`, Airtable/airtable.js#422), Swift's dump
  // (nicolasnascimento/SwiftAirtable#2). Only with Airtable named near: the words are common error codes.
  airtable('authentication-required', 'challenge.invalid-token', 'AUTHENTICATION_REQUIRED', {
    ...CODE,
    exactCase: true,
    read: near('airtable'),
  }),
  airtable('not-authorized', 'policy.deny', 'NOT_AUTHORIZED', { ...CODE, exactCase: true, read: near('airtable') }),
  airtable('invalid-permissions', 'policy.deny', 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', {
    ...CODE,
    exactCase: true,
    read: near('airtable'),
  }),
  // Xero's problem Detail where the body is not whole JSON (Guzzle's "(truncated...)", an exception's message):
  // "AuthorizationUnsuccessful" (XeroAPI/xero-php-oauth2-starter#22), "AuthenticationUnsuccessful"
  // (XeroAPI/xero-postman-oauth2#3), "TokenExpired: token expired at 04/09/2023 05:16:59" (freakboy3742/pyxero#337).
  // Only with Xero named near.
  xero('authorization-unsuccessful', 'policy.deny', 'AuthorizationUnsuccessful', {
    ...CODE,
    exactCase: true,
    read: near('xero'),
  }),
  xero('authentication-unsuccessful', 'challenge.invalid-token', 'AuthenticationUnsuccessful', {
    ...CODE,
    exactCase: true,
    read: near('xero'),
  }),
  xero('token-expired', 'time.expired', 'TokenExpired: token expired at', { exactCase: true, read: near('xero') }),
  // X's (Twitter's) API v2, problem type unsupported-authentication (403): "Authenticating with OAuth 2.0 Application-Only
  // is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User
  // Context]." (plhery/node-twitter-api-v2#475, xdevplatform/bookmarks-search#10, tweepy/tweepy#2200), and the other way
  // round, "Authenticating with OAuth 1.0a User Context is forbidden for this endpoint.  Supported authentication types
  // are [OAuth 2.0 Application-Only]." (abraham/twitteroauth#1127): the kind of token, not the token, was refused.
  xApi('unsupported-authentication', 'token.type-mismatch', 'is forbidden for this endpoint.', {
    exactCase: true,
    args: { reason: 'x-auth-type' },
    read: xAuthType,
  }),
  // X's (Twitter's) v1.1 refusal of the request's authentication, {"errors":[{"code":32,"message":"Could not
  // authenticate you."}]} (twitter/twurl#70: "the access token or secret are no longer valid"; twitter/opensource-website
  // #70 with an HMAC-SHA1 OAuth 1.0a request; J7mbo/twitter-api-php#19 without the period; tweepy's print in
  // mailjet/mailjet-apiv3-python#58): an OAuth 1-signed request's signature, made with the consumer and token secrets,
  // did not verify (checks/verifier-log.ts), else the credential was refused. Only beside its code 32: Zendesk's
  // "Couldn't authenticate you" (parse/saas-bodies.ts) and Devise's "Could not authenticate you from …" are others'.
  xApi('32', 'challenge.invalid-token', 'Could not authenticate you', { exactCase: true, read: xCode32 }),
  // Zoom's code 124 "Invalid access token." as a client dumps the decoded body (Laravel's dd(): `"code" => 124` above
  // `"message" => "Invalid access token."`, MacsiDigital/laravel-zoom#22). The words are anyone's: only with the code
  // beside them.
  zoom('124', 'challenge.invalid-token', 'Invalid access token.', { exactCase: true, read: zoom124 }),
  // Zoom's 4711 in a client's message around its body ("Invalid access token, does not contain scopes:
  // [user:read:list_users:admin].", JubaerHossain/zoom-laravel#15; zoom/zoomapps-sample-js#25's BadRequestError).
  zoom('missing-scopes', 'scope.insufficient', 'Invalid access token, does not contain scopes:', {
    exactCase: true,
    read: zoomScopes,
  }),
  // OpenWeatherMap's 401 for a missing, mistyped or inactive appid: {"cod":401, "message": "Invalid API key. Please see
  // http://openweathermap.org/faq#error401 for more info."} (Feign's print of it, audit-pp #03; clients' tests quote it:
  // "401 Unauthorized: \"{\"cod\":401, \"message\": \"Invalid API key. Please see http://openweathermap…"). The link
  // to its FAQ (http or https) makes the sentence its own.
  openWeatherMap('invalid-api-key', 'challenge.invalid-token', 'Invalid API key. Please see ', {
    exactCase: true,
    read: (f) => (/^https?:\/\/openweathermap\.org\/faq/.test(f.after(40)) ? {} : null),
  }),
];
