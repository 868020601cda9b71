/**
 * Round audit-qq: third-party SaaS APIs' own refusal bodies, each read by its own shape (a member or code only that
 * vendor uses), never by generic words: Zoom, Dropbox, Meta's Graph API, LinkedIn, Notion, Airtable, QuickBooks Online,
 * Xero, Spotify, Discord, Twitch. Their text forms (an SDK's exception, a serialized body in a log) and the words a
 * vendor states the cause in (Dropbox's expired_access_token, Meta's "Session has expired") are the verifier rows of
 * verifier-messages/saas-apis.ts; the body's kind here names what the server refused.
 *
 * Each vendor's access token is opaque to its caller (no claims to check): the finding names the vendor (`via`) and the
 * body's words, and the token is refreshed or re-issued at that vendor.
 */
import type { StatedError, StatedKind } from './error-bodies.js';

type Json = Record<string, unknown>;
type Stated = Omit<StatedError, 'start' | 'end'>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function stated(kind: StatedKind, description: string | null, via: string, scope: string | null = null): Stated {
  return { kind, description, scope, via };
}

/** A scope list's only entry, or null for none or several (any one of several would do, so none is "the" scope). */
function single(list: string | null): string | null {
  const s = list?.trim() ?? '';
  return s === '' || /[\s,]/.test(s) ? null : s;
}

/** Zoom's words for an access token without the scopes the call needs; the scopes follow in brackets. */
const ZOOM_SCOPES = 'Invalid access token, does not contain scopes:[';

/** Dropbox's AuthError tags (its API's `.tag`), as the error each states. */
const DROPBOX_TAGS: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['invalid_access_token', 'invalid_token'],
  ['expired_access_token', 'invalid_token'],
  ['missing_scope', 'insufficient_scope'],
]);

/** Airtable's error types for a refused credential (its `error.type`). */
const AIRTABLE_TYPES: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  // Airtable answers it for no token and for one it does not accept alike: a user API key (key…) since they stopped
  // working on 1 February 2024 (simonw/airtable-export#32), a wrong or revoked personal access token
  // (nicolasnascimento/SwiftAirtable#2: "I used an wrong API Key"). The refused credential is the usual case.
  ['AUTHENTICATION_REQUIRED', 'invalid_token'],
  ['INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', 'forbidden'],
  ['INVALID_PERMISSIONS', 'forbidden'],
  ['NOT_AUTHORIZED', 'forbidden'],
]);

/** Spotify's messages in its regular error object, as the error each states. */
const SPOTIFY_MESSAGES: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['The access token expired', 'invalid_token'],
  ['Invalid access token', 'invalid_token'],
  ['Missing/invalid/expired access token', 'invalid_token'],
  ['No token provided', 'no_token'],
]);

/** Twitch Helix's messages under its `"error":"Unauthorized"`, as the error each states. */
const TWITCH_MESSAGES: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['Invalid OAuth token', 'invalid_token'],
  ['OAuth token is missing', 'no_token'],
]);

/** The first entry of QuickBooks Online's `fault.error` list. */
function intuitFault(o: Json): Json | null {
  const fault = o.fault ?? o.Fault;
  if (!isObject(fault)) return null;
  const list = fault.error ?? fault.Error;
  const first = Array.isArray(list) ? list[0] : null;
  return isObject(first) ? first : null;
}

/** What a SaaS vendor's own reply body states about the credential, or null when it is none of theirs. */
export function readSaasBody(o: Json): Stated | null {
  const error = o.error;
  // Zoom's API: {"code":124,"message":"Invalid access token."} (MacsiDigital/laravel-zoom#22), and "Access token is
  // expired." under the same code (zulip/zulip#33057, which flushes its cached token on either); code 4711 for a token
  // without the scopes the call needs, "Invalid access token, does not contain scopes:[user:read:list_users:admin]."
  // (JubaerHossain/zoom-laravel#15, zoom/zoomapps-sample-js#25). The two members alone: a bare numeric code is anyone's.
  if ((o.code === 124 || o.code === 4711) && typeof o.message === 'string' && Object.keys(o).length === 2) {
    if (o.code === 124) return stated('invalid_token', o.message, 'zoom');
    if (o.message.startsWith(ZOOM_SCOPES)) {
      const close = o.message.indexOf(']', ZOOM_SCOPES.length);
      const scopes = close < 0 ? null : o.message.slice(ZOOM_SCOPES.length, close);
      return stated('insufficient_scope', o.message, 'zoom', single(scopes));
    }
  }
  // Dropbox's API: {"error_summary": "expired_access_token/.", "error": {".tag": "expired_access_token"}}
  // (froemken/dropbox#23, #29), {"error_summary": "missing_scope/", "error": {".tag": "missing_scope", "required_scope":
  // "files.metadata.read"}} (dcblogdev/laravel-dropbox#5, spatie/flysystem-dropbox#59). The tag names the cause; the
  // expiry is stated by the verifier row on the tag (saas-apis.ts).
  if (isObject(error) && typeof error['.tag'] === 'string' && typeof o.error_summary === 'string') {
    const kind = DROPBOX_TAGS.get(error['.tag']);
    if (kind !== undefined) {
      const scope = kind === 'insufficient_scope' ? single(str(error.required_scope)) : null;
      return stated(kind, o.error_summary, 'dropbox', scope);
    }
  }
  // Meta's Graph API: {"error":{"message":…,"type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":…}}
  // (snarfed/bridgy#59; MrSwitch/hello.js#548 with subcode 493): code 190 an access token it does not accept, whatever
  // the subcode (expired, password changed, app removed); code 10 and 200-299 a permission the token was not granted
  // ("(#10) This endpoint requires the 'pages_read_engagement' permission", sns-sdks/python-facebook#102; "(#283)
  // Requires pages_read_engagement permission to manage the object", PipedreamHQ/pipedream#7581).
  if (isObject(error) && error.type === 'OAuthException' && typeof error.code === 'number') {
    const message = str(error.message);
    if (error.code === 190) return stated('invalid_token', message, 'meta-graph');
    if (error.code === 10 || (error.code >= 200 && error.code <= 299))
      return stated('insufficient_scope', message, 'meta-graph');
  }
  // LinkedIn's API: {"serviceErrorCode":65600,"message":"Invalid access token","status":401} (xcarpentier/
  // react-native-linkedin#80, #131), 65601 REVOKED_ACCESS_TOKEN "The token used in the request has been revoked by the
  // user" (decioferreira/omniauth-linkedin-oauth2#81), and 100 ACCESS_DENIED "Not enough permissions to access: GET /me"
  // with 403 (linkedin-developers/linkedin-api-python-client#49: the app's products do not grant the token that scope).
  if (typeof o.serviceErrorCode === 'number' && typeof o.message === 'string') {
    if (o.serviceErrorCode === 65600 || o.serviceErrorCode === 65601)
      return stated('invalid_token', o.message, 'linkedin');
    if (o.serviceErrorCode === 100 && o.message.startsWith('Not enough permissions to access'))
      return stated('insufficient_scope', o.message, 'linkedin');
  }
  // Notion's API: {"object":"error","status":401,"code":"unauthorized","message":"API token is invalid."}
  // (makenotion/notion-mcp-server#68), and code restricted_resource (403) when the integration lacks the capability or
  // the page was not shared with it (Notion's API reference, status codes).
  if (o.object === 'error' && typeof o.code === 'string' && typeof o.status === 'number') {
    if (o.code === 'unauthorized') return stated('invalid_token', str(o.message), 'notion');
    if (o.code === 'restricted_resource') return stated('insufficient_scope', str(o.message), 'notion');
  }
  // Airtable's API: {"error":{"type":"AUTHENTICATION_REQUIRED","message":"Authentication required"}} for a token it does
  // not accept, or none (TappNetwork/laravel-airtable#78 after moving to personal access tokens), and
  // INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND / NOT_AUTHORIZED for a token without access to that base or table
  // (domdomegg/airtable-mcp-server#44, Airtable/airtable.js#422).
  if (isObject(error) && typeof error.type === 'string' && typeof error.message === 'string') {
    const kind = AIRTABLE_TYPES.get(error.type);
    if (kind !== undefined && Object.keys(error).length === 2) return stated(kind, error.message, 'airtable');
  }
  // QuickBooks Online: {"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401",
  // "detail":"Malformed bearer token: too short or too long","code":"3200"}],"type":"AUTHENTICATION"}}
  // (routablehq/python-quickbooks#250), and 3100 AuthorizationFailed with 403 for a token the company (realm) or the
  // app's scopes do not allow (mcohen01/node-quickbooks#154, intuit/oauth-jsclient#2).
  const fault = intuitFault(o);
  if (fault !== null && (fault.code === '3200' || fault.code === '3100')) {
    const description = str(fault.detail) ?? str(fault.message);
    return stated(fault.code === '3200' ? 'invalid_token' : 'forbidden', description, 'quickbooks');
  }
  // Xero's API, a problem object with its own capitals: {"Type":null,"Title":"Unauthorized","Status":401,"Detail":
  // "TokenExpired: token expired at 04/09/2023 05:16:59","Instance":…} (freakboy3742/pyxero#337,
  // waynerobinson/xeroizer#509), "AuthenticationUnsuccessful" (XeroAPI/xero-postman-oauth2#3), and
  // "AuthorizationUnsuccessful" for a token the tenant or the app's scopes do not allow (XeroAPI/xero-node#320,
  // XeroAPI/xero-php-oauth2-starter#22).
  if (o.Title === 'Unauthorized' && typeof o.Status === 'number' && typeof o.Detail === 'string') {
    const d = o.Detail;
    if (d.startsWith('TokenExpired') || d === 'AuthenticationUnsuccessful') return stated('invalid_token', d, 'xero');
    if (d === 'AuthorizationUnsuccessful') return stated('forbidden', d, 'xero');
  }
  // Spotify's Web API, its regular error object: {"error":{"status":401,"message":"The access token expired"}}
  // (wardbox/spotishell#18), "Invalid access token" (kaaes/spotify-web-api-android#136), "Missing/invalid/expired access
  // token" since 2026 (jwilsson/spotify-web-api-php#288), "No token provided". The two members alone.
  if (isObject(error) && error.status === 401 && typeof error.message === 'string' && Object.keys(error).length === 2) {
    const kind = SPOTIFY_MESSAGES.get(error.message);
    if (kind !== undefined) return stated(kind, error.message, 'spotify');
  }
  // Discord's API: {"message": "401: Unauthorized", "code": 0} for a token it does not accept or one sent without its
  // `Bot ` prefix (discord-php/DiscordPHP#238, victornpb/undiscord#32; discord/discord-api-docs#602), and
  // {"message": "Missing Access", "code": 50001} with 403 for a bot not in that guild or channel (poshbotio/PoshBot#222,
  // FKLC/WhatsAppToDiscord#51).
  if (o.code === 0 && o.message === '401: Unauthorized') return stated('invalid_token', o.message, 'discord');
  if (o.code === 50001 && o.message === 'Missing Access') return stated('forbidden', o.message, 'discord');
  // X's (Twitter's) API v2 refusing the app itself: {"client_id":…,"detail":"When authenticating requests to the Twitter
  // API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. …","title":
  // "Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":
  // "https://api.twitter.com/2/problems/client-forbidden"} (xdevplatform/samples#129, #160; redouane59/twittered#456).
  if (o.reason === 'client-not-enrolled' && typeof o.type === 'string' && o.type.endsWith('/problems/client-forbidden'))
    return stated('forbidden', str(o.detail), 'x-api');
  // Zendesk's API: {"error":"Couldn't authenticate you"} (401) for credentials it does not accept: an email and API token
  // not sent as "{email_address}/token:{api_token}", a password with password access off, another subdomain
  // (happyfoxinc/helpstack-android#38, Speedygeek/ZendeskApi_v2#505, blakmatrix/node-zendesk#151). The one member only.
  if (error === "Couldn't authenticate you" && Object.keys(o).length === 1)
    return stated('invalid_token', error, 'zendesk');
  // Twitch's Helix API: {"error":"Unauthorized","status":401,"message":"OAuth token is missing"}
  // (chriteixeira/twitch-toolkit#19, twitchdev/issues#105) and "Invalid OAuth token".
  if (error === 'Unauthorized' && o.status === 401 && typeof o.message === 'string') {
    const kind = TWITCH_MESSAGES.get(o.message);
    if (kind !== undefined) return stated(kind, o.message, 'twitch');
  }
  return readCollaborationBody(o);
}

/** ClickUp's error codes for a token without the Workspace addressed (developer.clickup.com/docs/common_errors). */
const CLICKUP_TEAM_NOT_AUTHORIZED = /^OAUTH_0(?:2[3679]|3\d|4[0-5])$/;
/** Its codes for a token not found (revoked by the user), and for no Authorization header at all. */
const CLICKUP_TOKEN_NOT_FOUND = new Set(['OAUTH_019', 'OAUTH_021', 'OAUTH_025', 'OAUTH_077']);

/** Round audit-ao: collaboration APIs' own refusal bodies (Figma, ClickUp). */
function readCollaborationBody(o: Json): Stated | null {
  // Figma's REST API: {"status":403,"err":"Invalid token"} for a personal access token or OAuth token it does not
  // accept (expired, revoked, or "None" sent: risa-labs-inc/MagicPencil#2; HaikuTeam/animator#1061). The two members
  // alone.
  if (o.status === 403 && o.err === 'Invalid token' && Object.keys(o).length === 2)
    return stated('invalid_token', o.err, 'figma');
  // ClickUp's API: {"err":"…","ECODE":"OAUTH_0nn"} (developer.clickup.com/docs/common_errors): "Team not authorized"
  // (OAUTH_023, 026, 027, 029-045: the user did not authorize this Workspace for the token; n8n-io/n8n#28584, a 401
  // with `{ "err": "Team(s) not authorized", "ECODE": "OAUTH_023" }`), "Token not found" (019, 021, 025, 077: revoked
  // by the user), OAUTH_017 no token in the Authorization header.
  if (typeof o.ECODE === 'string' && typeof o.err === 'string' && o.ECODE.startsWith('OAUTH_')) {
    if (CLICKUP_TEAM_NOT_AUTHORIZED.test(o.ECODE)) return stated('forbidden', o.err, 'clickup');
    if (CLICKUP_TOKEN_NOT_FOUND.has(o.ECODE)) return stated('invalid_token', o.err, 'clickup');
    if (o.ECODE === 'OAUTH_017') return stated('no_token', o.err, 'clickup');
  }
  return null;
}
