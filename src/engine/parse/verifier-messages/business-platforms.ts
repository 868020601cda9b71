/**
 * Round audit-ae: enterprise business platforms refusing an integration, in the words their replies, SDKs and
 * middleware print: Microsoft Dataverse (Dynamics 365) naming the privilege a caller's security roles lack, the Bot
 * Framework SDK refusing the Bot Connector's token for another app id and the Bot Connector refusing the bot's own,
 * ServiceNow's and NetSuite's refusals of the credentials they were sent, SAP BTP's application router naming the scopes
 * a route needs and SAP's XSUAA validation naming the audiences it accepts.
 */
import type { Fragment, Reading } from './matcher.js';
import { family, type Matcher, namedNear, textAround, textBefore } from './matcher.js';

const dataverse = family('dataverse');
const botframework = family('botframework');
const botConnector = family('bot-connector');
const servicenow = family('servicenow');
const netsuite = family('netsuite');
const sapApprouter = family('sap-approuter');
const sapCloudSecurity = family('sap-cloud-security');

/** A privilege's name as Dataverse writes it: prv, the access right, the table's logical name (`prvReadaaduser`). */
const PRIVILEGE = /^[A-Za-z]{0,24}?is missing (prv[A-Za-z0-9_]{1,120}) privilege\b/;
const ENTITY = /for entity '([A-Za-z0-9_]{1,120})'/;

/**
 * Dataverse's words after "Principal user": the privilege it names, and the table (`for entity '…'`) within the
 * message. The ids between (`(Id=…, type=8, roleCount=…)`) are skipped: the privilege follows within 300 characters.
 */
function dataversePrivilege(f: Fragment): Reading | null {
  const after = f.after(400, true);
  const at = after.indexOf('is missing prv');
  if (at < 0 || at > 300) return null;
  const m = PRIVILEGE.exec(after.slice(at));
  if (m === null) return null;
  const entity = ENTITY.exec(after.slice(at, at + 300));
  return {
    args: entity === null ? { actual: m[1] as string } : { actual: m[1] as string, claim: entity[1] as string },
  };
}

/** SecLib's `PrivilegeName: prvCreateEntity` after its words. */
function secLibPrivilege(f: Fragment): Reading | null {
  const m = /PrivilegeName: (prv[A-Za-z0-9_]{1,120})/.exec(f.after(300));
  return m === null ? null : { args: { actual: m[1] as string } };
}

/** The Bot Connector's hosts near ASP.NET Web API's words: the channel service answered the bot, not an API of its own. */
const botConnectorNear = namedNear(1500, 1500, 'smba.trafficmanager.net', 'api.botframework.com');

/** NetSuite named near "Invalid login attempt" (asked of the paste once, then of the window). */
const netsuiteNear = namedNear(1500, 600, 'netsuite');

/** SuiteTalk's fault code before "Invalid login attempt", or NetSuite named near it: ASP.NET Identity says it too. */
function netsuiteLogin(f: Fragment): Reading | null {
  return /Server\.userException\]?\s?$/.test(f.before(40)) ? {} : netsuiteNear(f);
}

/** The scopes a route required and the user's, as the application router lists them (comma-separated, no spaces). */
const ROUTE_SCOPES =
  /required scopes: ([^\s,']{1,200}(?:,[^\s,']{1,200}){0,30}), user scopes: ([^\s,']{1,200}(?:,[^\s,']{1,200}){0,60})?/;

function approuterScopes(f: Fragment): Reading {
  const m = ROUTE_SCOPES.exec(f.after(2000));
  if (m === null) return {};
  const expected = (m[1] as string).split(',');
  return m[2] === undefined ? { args: { expected } } : { args: { expected, actual: m[2] } };
}

/** A bracketed list as Java (`[a, b]`) or Go (`[a b]`) prints it. */
function bracketList(inner: string): string[] {
  return inner.split(/,\s*|\s+/).filter((s) => s !== '');
}

/** The token's audiences before the words and the client ids the validator trusts after them. */
function xsuaaAudiences(f: Fragment): Reading {
  const before = textBefore(f, 420);
  const aud = before.endsWith('] ') ? /audience:? \[([^\]]{0,400})\] $/.exec(before) : null;
  const ids = /^:? \[([^\]]{0,400})\]/.exec(f.after(420));
  const args: { actual?: string; expected?: string[] } = {};
  if (aud?.[1] !== undefined) args.actual = bracketList(aud[1]).join(', ');
  if (ids?.[1] !== undefined) args.expected = bracketList(ids[1]);
  return { args };
}

export const BUSINESS_PLATFORMS: readonly Matcher[] = [
  // Dataverse's (Dynamics 365's) privilege check: "Principal user (Id=af6d…, type=8, roleCount=4, privilegeCount=783,
  // accessMode=0), is missing prvReadac_articledudossier privilege (Id=c240…) on OTC=10725 for entity
  // 'ac_articledudossier'" (rappen/FetchXMLBuilder#770, from the SDK's OrganizationServiceFault;
  // microsoftarchive/microsoft-teams-apps-inspection#8, from a canvas app), "Principal user is missing prvReadaaduser
  // privilege for entity 'aaduser'" (MicrosoftDocs/powerapps-docs#4297, an application user). The user or application
  // user authenticated; its security roles do not grant the privilege.
  dataverse('missing-privilege', 'policy.deny', 'Principal user', { exactCase: true, read: dataversePrivilege }),
  // Its SecLib check as a solution import reports it: "SecLib::CheckPrivilege failed. User: 0803…, PrivilegeName:
  // prvCreateEntity, PrivilegeId: …, Required Depth: Basic" (pnp/powerapps-samples#265).
  dataverse('check-privilege', 'policy.deny', 'SecLib::CheckPrivilege failed.', { read: secLibPrivilege }),
  // Its 403 for a principal with no user in the environment: {"error":{"code":"0x80072560","message":"The user is not a
  // member of the organization."}} (learn.microsoft.com dual-write troubleshooting, "Live synchronization shows an error
  // when you create a row": "…The remote server returned an error: (403) Forbidden."; MicrosoftDocs/power-platform#2124,
  // a service principal registered as Power Platform admin and not added to the environment as an application user). The
  // words alone are anyone's: only with its code near.
  dataverse('not-a-member', 'policy.deny', 'The user is not a member of the organization.', {
    exactCase: true,
    read: (f) => (textAround(f, 200, 200).includes('0x80072560') ? {} : null),
  }),
  // The Bot Framework SDK validating the Bot Connector's token on the bot's /api/messages: its aud is the app id the
  // channel sent the activity for, and the bot's configured MicrosoftAppId is not that one (or is unset). botbuilder-js's
  // ChannelValidation ("Unauthorized. Invalid AppId passed on token: ${audClaim}"), botbuilder-dotnet's and
  // botbuilder-java's ("Invalid AppId passed on token: {appID}", "… '%s'."), as bots log it:
  // "BotFrameworkAdapter.processActivity(): 401 ERROR - Error: Unauthorized. Invalid AppId passed on token: …"
  // (microsoft/BotFramework-WebChat#2391), msbotbuilder-go's "Authentication failed.: Unauthorized. Invalid AppId passed
  // on token" (infracloudio/msbotbuilder-go#54).
  botframework('invalid-app-id', 'claim.aud-mismatch', 'Invalid AppId passed on token'),
  // The Bot Connector (smba.trafficmanager.net for Teams, api.botframework.com) refusing the token the bot sent with its
  // reply, in ASP.NET Web API's words: "Error: Authorization has been denied for this request." with statusCode 401
  // from ms-rest-js (MicrosoftDocs/bot-docs#1548). The bot's app id and password (or certificate) are the credential.
  botConnector('denied', 'challenge.invalid-token', 'Authorization has been denied for this request', {
    exactCase: true,
    read: botConnectorNear,
  }),
  // ServiceNow's REST API refusing the request's credentials: {"error":{"message":"User Not Authenticated","detail":
  // "Required to provide Auth information"},"status":"failure"} (panoramicdata/ServiceNow.Api#16, basic auth with a
  // user it did not accept), "User is not authenticated" in newer releases beside WWW-Authenticate: Basic
  // realm="Service-now" (vdesabou/kafka-docker-playground#8206).
  servicenow('auth-required', 'challenge.invalid-token', 'Required to provide Auth information', { exactCase: true }),
  // Its 403 for a user it authenticated whose roles no ACL of the API grants: {"error":{"message":"User Not
  // Authorized","detail":"Failed API level ACL Validation"},"status":"failure"} (support.servicenow.com KB2466644).
  servicenow('api-acl', 'policy.deny', 'Failed API level ACL Validation', { exactCase: true }),
  // NetSuite's REST web services: "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI
  // at Setup > Users/Roles > User Management > View Login Audit Trail." with o:errorCode INVALID_LOGIN
  // (drudge/n8n-nodes-netsuite#9, julbrs/netsuite-api-client#26).
  netsuite(
    'rest-invalid-login',
    'challenge.invalid-token',
    'Invalid login attempt. For more details, see the Login Audit Trail',
    {
      exactCase: true,
    },
  ),
  // SuiteTalk's SOAP fault for the token passport it refused, "[soapenv:Server.userException] Invalid login attempt"
  // (netsuitephp/netsuite-php#121: InvalidSignature in the Login Audit Trail, a sandbox account id's _SB1 in lower
  // case), zeep's "zeep.exceptions.Fault: Invalid login attempt." (jacobsvante/netsuite#1, fylein/netsuite-sdk-py#29).
  // ASP.NET Identity's sign-in page says "Invalid login attempt." too: only after the fault code or with NetSuite near.
  netsuite('invalid-login', 'challenge.invalid-token', 'Invalid login attempt', {
    exactCase: true,
    read: netsuiteLogin,
  }),
  // SAP BTP's application router refusing a route to a user whose token lacks the route's scopes: "User not authorized,
  // source of route: /^\/to-spring-app\/(.*)/, IP: ******, required scopes: ssc-xsuaa!t15778.ssc.display,…, user
  // scopes: openid,uaa.user" (SAP/cloud-security-services-integration-library#402: the role collection granting the
  // scope was not assigned to the user).
  sapApprouter('route-scopes', 'scope.insufficient', 'User not authorized, source of route', {
    exactCase: true,
    read: approuterScopes,
  }),
  // SAP's token validation for XSUAA (java-security's JwtAudienceValidator; its Go port): "Jwt token with audience
  // [<appId>, uaa] is not issued for these clientIds: [<appId>]." (its CHANGELOG, #290), "Jwt token audience [client,
  // foreignclient] is not issued for these clientIds: [any, anyother]." in later releases, "Jwt token with audience & is
  // not issued for these clientIds[ & ]" as SAP/cloud-sdk-js#3050 saw it.
  sapCloudSecurity('audience', 'claim.aud-mismatch', 'is not issued for these clientIds', { read: xsuaaAudiences }),
];

const sharepoint = family('sharepoint');

/** SharePoint's reply member before its words: `{"error_description":"…"}`, as pnpjs and Postman print the body. */
function errorDescriptionMember(f: Fragment): Reading | null {
  return /["']error_description["']\s?:\s?["']$/.test(f.before(40)) ? {} : null;
}

/**
 * SharePoint Online's REST API (/_api) refusing the bearer token it was sent, in the body's error_description: "Invalid
 * issuer or signature." for a token issued for another resource, Microsoft Graph's (SharePoint/sp-dev-docs#5889: "one
 * access token can only against one resource"), "Unsupported security token." (pnp/pnpjs#1501, #2623, an add-in's
 * client id and secret), "Unsupported app only token" for an Entra ID app's app-only token obtained with a client secret,
 * which SharePoint does not take: it wants a certificate (techcommunity.microsoft.com, "Avoiding Access Errors with
 * SharePoint App-Only Access", 2025). Its 403 for a caller without the permission: "-2147024891,
 * System.UnauthorizedAccessException" "Access denied. You do not have permission to perform this action or access this
 * resource." (microsoftgraph/nodejs-apponlytoken-rest-sample#11; learn.microsoft.com/answers/questions/131535).
 */
export const SHAREPOINT: readonly Matcher[] = [
  sharepoint('invalid-issuer-or-signature', 'challenge.invalid-token', 'Invalid issuer or signature.', {
    exactCase: true,
    read: errorDescriptionMember,
  }),
  sharepoint('unsupported-security-token', 'challenge.invalid-token', 'Unsupported security token.', {
    exactCase: true,
    read: errorDescriptionMember,
  }),
  sharepoint('unsupported-app-only-token', 'challenge.invalid-token', 'Unsupported app only token', {
    exactCase: true,
  }),
  sharepoint(
    'access-denied',
    'policy.deny',
    'Access denied. You do not have permission to perform this action or access this resource.',
    { exactCase: true },
  ),
];
