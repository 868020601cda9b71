/**
 * Round audit-qq: third-party SaaS APIs' 401/403 bodies and their SDKs' words (Zoom, Dropbox, Meta's Graph API,
 * LinkedIn, Notion, Airtable, DocuSign, PayPal, QuickBooks Online, Xero, Spotify, Discord, Twitch, Mailchimp). Each
 * paste is reconstructed from the public thread named in its row (credentials replaced); the sources are cited beside
 * the readers in parse/saas-bodies.ts and parse/verifier-messages/saas-apis.ts.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, DENIED, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CATCHES: Row[] = [
  {
    name: 'Zoom code 124 (MacsiDigital/laravel-zoom#22)',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"code":124,"message":"Invalid access token."}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'zoom',
    excludes: NOT_MISSING,
  },
  {
    name: 'Zoom code 124 as Laravel’s dd() dumps the body: `"code" => 124` is no status (MacsiDigital/laravel-zoom#22)',
    input:
      'I\'m getting 401 status code.\nafter i\'m gettin following response from zoom.\narray:2 [▼\n  "code" => 124\n  "message" => "Invalid access token."\n]',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'zoom',
    excludes: ['status.not-auth', ...NOT_MISSING],
  },
  {
    name: 'Zoom code 124 "Access token is expired." (zulip/zulip#33057)',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"code":124,"message":"Access token is expired."}',
    ...A401,
    top: 'time.expired',
    via: 'zoom',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'Zoom 4711 in Guzzle’s message (JubaerHossain/zoom-laravel#15)',
    input:
      'Client error: `GET https://api.zoom.us/v2/users?page_size=300&status=active` resulted in a `400 Bad Request` response:\n{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}',
    status: 400,
    classification: 'authorization',
    includes: ['challenge.insufficient-scope'],
  },
  {
    name: 'Dropbox expired_access_token (froemken/dropbox#23)',
    input:
      'Client error: `POST https://api.dropboxapi.com/2/users/get_current_account` resulted in a `401 Unauthorized` response: {"error_summary": "expired_access_token/.", "error": {".tag": "expired_access_token"}}',
    ...A401,
    top: 'time.expired',
    via: 'dropbox',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'Dropbox missing_scope with its required_scope (spatie/flysystem-dropbox#59)',
    input:
      'resulted in a `401 Unauthorized` response:\n{"error_summary": "missing_scope/", "error": {".tag": "missing_scope", "required_scope": "files.metadata.read"}}',
    status: 401,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'dropbox',
  },
  {
    name: 'Meta Graph 190/463, the session expired (snarfed/bridgy#59)',
    input:
      'currently seeing this as a 400 response to /me/posts with this body:\n\n{\n   "error" : {\n      "error_subcode" : 463,\n      "type" : "OAuthException",\n      "code" : 190,\n      "message" : "Error validating access token: Session has expired on Feb 7, 2014 9:54am. The current time is Feb 8, 2014 8:58am."\n   }\n}',
    status: 400,
    classification: 'authentication',
    top: 'time.expired',
    via: 'meta-graph',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'Meta Graph 190/493, 90 days without engagement (MrSwitch/hello.js#548)',
    input:
      '{\n   "error": {\n      "message": "The access token is invalid since the user hasn\'t engaged the app in longer than 90 days.",\n      "type": "OAuthException",\n      "code": 190,\n      "error_subcode": 493,\n      "fbtrace_id": "Hib/71nvuXv"\n   }\n}',
    ...REFUSED,
    top: 'token.revoked',
    via: 'meta-graph',
  },
  {
    name: 'Meta Graph (#283) permission (PipedreamHQ/pipedream#7581)',
    input:
      'Error - Request failed with status code 400\n{"error":{"message":"(#283) Requires pages_read_engagement permission to manage the object","type":"OAuthException","code":283,"fbtrace_id":"Aq-GUapmeGRmW2gk0q_KDct"}}',
    status: 400,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'meta-graph',
  },
  {
    name: 'Meta Graph (#10) as pyfacebook raises it (sns-sdks/python-facebook#102)',
    input:
      "pyfacebook.error.PyFacebookException: FacebookException(code=10,type=OAuthException,message=(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.)",
    ...DENIED,
    top: 'scope.insufficient',
    via: 'meta-graph',
  },
  {
    name: 'LinkedIn 65601 revoked (decioferreira/omniauth-linkedin-oauth2#81)',
    input:
      'ERROR -- omniauth: (linkedin) Authentication failure! invalid_credentials:\nOAuth2::Error, {"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN",\n"message":"The token used in the request has been revoked by the user"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'linkedin',
    excludes: NOT_MISSING,
  },
  {
    name: 'LinkedIn 65600 under a curl command pasted with bash’s `> ` continuation prompts (xcarpentier/react-native-linkedin#80)',
    input: [
      '> curl -X GET \\',
      ">   'https://api.linkedin.com/v2/connections?q=viewer&count=50' \\",
      ">   -H 'Authorization: Bearer AQVx8k2mZ9qP4rT7vW1yB3nD5fH8jL0sA6cE2gK4mN6pR8tV0xZ' \\",
      ">   -H 'Host: api.linkedin.com'",
      '',
      '{"serviceErrorCode":65600,"message":"Invalid access token","status":401}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'linkedin',
    excludes: NOT_MISSING,
  },
  {
    name: 'LinkedIn 100 ACCESS_DENIED (linkedin-developers/linkedin-api-python-client#49)',
    input:
      'HTTP/1.1 403 Forbidden\n\n{"serviceErrorCode":100,"message":"Not enough permissions to access: GET /me","status":403}',
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'linkedin',
  },
  {
    name: 'Notion’s body (makenotion/notion-mcp-server#68)',
    input:
      '{"status":401,"object":"error","code":"unauthorized","message":"API token is invalid.","request_id":"f11c7358-9579-4507-81ce-7403556be75d"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'notion',
    excludes: NOT_MISSING,
  },
  {
    name: 'Notion’s JS SDK (YusukeKokubo/create-github-issues-by-notion-database#57)',
    input:
      "@notionhq/client warn: request fail { code: 'unauthorized', message: 'API token is invalid.' }\nAPIResponseError: API token is invalid.\n    at Object.buildRequestError (/app/node_modules/@notionhq/client/src/errors.ts:240:12)\n  code: 'unauthorized',\n  status: 401,",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'notion',
    excludes: NOT_MISSING,
  },
  {
    name: 'Notion’s restricted_resource as its JS SDK throws it (makenotion/notion-sdk-js#494)',
    input:
      "@notionhq/client warn: request fail { code: 'restricted_resource', message: 'Insufficient permissions for this endpoint.' }\nAPIResponseError: Insufficient permissions for this endpoint.\n    at buildRequestError (/app/node_modules/@notionhq/client/build/src/errors.js:162:16)",
    ...DENIED,
    top: 'scope.insufficient',
    via: 'notion',
  },
  {
    name: 'Airtable INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND (domdomegg/airtable-mcp-server#44)',
    input:
      'HTTP/1.1 403 Forbidden\n{"error":{"type":"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND","message":"Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct."}}',
    ...A403,
    top: 'policy.deny',
    via: 'airtable',
  },
  {
    name: 'Box’s WWW-Authenticate in a wrapped inspected headers mapping closed by `},` (box/box-node-sdk#157)',
    input: [
      '     headers:',
      "      { 'strict-transport-security': 'max-age=31536000',",
      '        \'www-authenticate\': \'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."\',',
      "        vary: 'Accept-Encoding',",
      "        'box-request-id': '0g81ogj572gd15m289a3m0ovs66',",
      "        date: 'Mon, 19 Mar 2018 15:43:29 GMT',",
      "        connection: 'keep-alive' },",
      '     statusCode: 401,',
      "     statusMessage: 'Unauthorized',",
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['challenge.missing', ...NOT_MISSING],
  },
  {
    name: 'Airtable AUTHENTICATION_REQUIRED as Laravel’s dd() dumps it (TappNetwork/laravel-airtable#78)',
    input:
      '$reservations = Airtable::table(\'zamowienia\')->get();\ndd($reservations);\nError:\nIlluminate\\Support\\Collection {#1252 ▼\n  #items: array:1 [▼\n    "error" => array:2 [▼\n      "type" => "AUTHENTICATION_REQUIRED"\n      "message" => "Authentication required"\n    ]\n  ]\n}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'airtable',
  },
  {
    name: 'airtable.js’s AirtableError NOT_AUTHORIZED (Airtable/airtable.js#422)',
    input:
      "AirtableError {\n  error: 'NOT_AUTHORIZED',\n  message: 'You are not authorized to perform this operation',\n  statusCode: 403\n}",
    ...A403,
    top: 'policy.deny',
    via: 'airtable',
  },
  {
    name: 'Xero AuthorizationUnsuccessful in Guzzle’s truncated body (XeroAPI/xero-php-oauth2-starter#22)',
    input:
      '"[401] Client error: `POST https://api.xero.com/projects.xro/2.0/Projects` resulted in a `401 Unauthorized` response:{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthorizationUnsuccessful","Instance":"131d4a62-129d-4809-9cf (truncated...)"',
    ...A401,
    top: 'policy.deny',
    via: 'xero',
  },
  {
    name: 'DocuSign USER_AUTHENTICATION_FAILED (docusign/docusign-esign-csharp-client#300)',
    input:
      '{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'docusign',
  },
  {
    name: 'PayPal AUTHENTICATION_FAILURE (thinhvo0108/react-paypal-express-checkout#51)',
    input:
      '{\n    "name": "AUTHENTICATION_FAILURE",\n    "debug_id": "84349096046be",\n    "message": "Authentication failed due to invalid authentication credentials or a missing Authorization header",\n    "details": []\n}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'paypal',
  },
  {
    name: 'PayPal’s "Token signature verification failed" is PayPal’s, not jose’s (paypal-examples/docs-examples#148)',
    input:
      'Could not initiate PayPal Checkout...\n\nError: {"error":"invalid_token","error_description":"Token signature verification failed"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'paypal',
    excludes: ['signature.invalid'],
  },
  {
    name: 'QuickBooks fault 3200 (routablehq/python-quickbooks#250)',
    input:
      'quickbooks.exceptions.AuthorizationException: QB Auth Exception: Application authentication failed \n\n{"warnings":null,"intuitObject":null,"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","detail":"Malformed bearer token: too short or too long","code":"3200","element":null}],"type":"AUTHENTICATION"},"time":1633520295688}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'quickbooks',
    excludes: NOT_MISSING,
  },
  {
    name: 'QuickBooks 3100 in a cut fault (mcohen01/node-quickbooks#154)',
    input:
      '"fault": {\n  "error": [{\n    "message": "message=AuthorizationFailed; errorCode=003100; statusCode=403",\n    "detail": null,\n    "code": "3100",\n    "element": null\n   }],\n  "type": "SERVICE"\n}',
    ...A403,
    top: 'policy.deny',
    via: 'quickbooks',
  },
  {
    name: 'Xero TokenExpired (freakboy3742/pyxero#337)',
    input:
      '`{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 04/09/2023 05:16:59","Instance":"6489df60-8891-470e-9268-a9a43f5da71e","Extensions":{}}`',
    ...A401,
    top: 'time.expired',
    via: 'xero',
  },
  {
    name: 'Spotify’s error object in PowerShell (wardbox/spotishell#18)',
    input: 'Invoke-WebRequest : {\n  "error": {\n    "status": 401,\n    "message": "The access token expired"\n  }\n}',
    ...A401,
    top: 'time.expired',
    via: 'spotify',
  },
  {
    name: 'spotipy’s log line (fondberg/spotcast#546)',
    input:
      "2025-05-28 12:11:18.670 ERROR (SyncWorker_4) [spotipy.client] HTTP Error for GET to https://api.spotify.com/v1/me/playlists with Params: {'limit': 1, 'offset': 0} returned 401 due to The access token expired",
    ...A401,
    top: 'time.expired',
    via: 'spotify',
  },
  {
    name: 'Discord 401 (victornpb/undiscord#32)',
    input: 'Error searching messages, API responded with status 401!\n\t{"message":"401: Unauthorized","code":0}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'discord',
    excludes: NOT_MISSING,
  },
  {
    name: 'discord.py 50001 (Kav-K/GPTDiscord#82)',
    input: 'discord.errors.Forbidden: 403 Forbidden (error code: 50001): Missing Access',
    ...A403,
    top: 'policy.deny',
    via: 'discord',
  },
  {
    name: 'X’s Unsupported Authentication, an app-only Bearer token where user context is needed (plhery/node-twitter-api-v2#475)',
    input:
      "ApiResponseError: Request failed with code 403\n  data: {\n    title: 'Unsupported Authentication',\n    detail: 'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',\n    type: 'https://api.twitter.com/2/problems/unsupported-authentication',\n    status: 403\n  }",
    status: 403,
    classification: 'authentication',
    top: 'token.type-mismatch',
    via: 'x-api',
  },
  {
    name: 'X’s client-not-enrolled, keys of an app outside a Project (xdevplatform/samples#160)',
    input:
      'Stream encountered HTTP error: 403\nHTTP error response text: {"client_id":"*******","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.","registration_url":"https://developer.twitter.com/en/docs/projects/overview","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}',
    ...A403,
    top: 'policy.deny',
    via: 'x-api',
  },
  {
    name: 'Twitch Helix, no token (chriteixeira/twitch-toolkit#19)',
    input: 'StatusCodeError: 401 - {"error":"Unauthorized","status":401,"message":"OAuth token is missing"}',
    ...A401,
    top: 'token.missing',
    via: 'twitch',
  },
  {
    name: 'Zendesk’s "Couldn’t authenticate you" under a Basic challenge (Speedygeek/ZendeskApi_v2#505)',
    input:
      'System.Net.WebException: \'The remote server returned an error: (401) Unauthorized.Error content: {"error":"Couldn\'t authenticate you"} \nDate: Thu, 11 Feb 2021 20:59:26 GMT\nWWW-Authenticate: Basic realm="Web Password"\nX-Zendesk-Origin-Server: classic-app-server-6cb5775644-kbhj5',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'zendesk',
    excludes: NOT_MISSING,
  },
  {
    name: 'Mailchimp as its WooCommerce plugin logs it (mailchimp/mc-woocommerce#341)',
    input:
      "Mailchimp says: API Request Error - 401 :: API Key Invalid :: Your API key may be invalid, or you've attempted to access the wrong datacenter. on 1540 in /app/wp-content/plugins/mailchimp-for-woocommerce/includes/api/class-mailchimp-api.php",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'mailchimp',
  },
];

/** Near misses: the vendors' words or shapes without what makes them theirs. */
const CATCHES_NOT: Array<Row & { notVia: string }> = [
  {
    name: 'a code 124 beside other members and other words (not Zoom’s two-member body)',
    input: 'HTTP/1.1 401 Unauthorized\n{"code":124,"message":"Session timed out","data":{"retry":false}}',
    ...A401,
    notVia: 'zoom',
  },
  {
    name: 'expired_access_token as an error member, no Dropbox tag',
    input: 'HTTP/1.1 401 Unauthorized\n{"error":"expired_access_token","message":"token rejected"}',
    ...A401,
    notVia: 'dropbox',
  },
  {
    name: 'an OAuthException of code 100 (a bad request), which is no HTTP 100',
    input: '{"error":{"message":"(#100) Unsupported get request.","type":"OAuthException","code":100}}',
    ...QUIET,
    notVia: 'meta-graph',
  },
  {
    name: 'an OAuthException of another code (4, the app’s rate limit)',
    input: '{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4}}',
    ...QUIET,
    notVia: 'meta-graph',
  },
  {
    name: 'a serviceErrorCode LinkedIn does not use for auth',
    input: '{"serviceErrorCode":0,"message":"Internal error","status":500}',
    status: 500,
    classification: 'undetermined',
    notVia: 'linkedin',
  },
  {
    name: '"API token is invalid." with no Notion near',
    input: 'HTTP/1.1 401 Unauthorized\nAPIResponseError: API token is invalid.',
    ...A401,
    notVia: 'notion',
  },
  {
    name: 'a Notion-shaped error that is no refusal (object_not_found)',
    input: '{"object":"error","status":404,"code":"object_not_found","message":"Could not find database."}',
    status: 404,
    classification: 'undetermined',
    notVia: 'notion',
  },
  {
    name: 'an Airtable-like type of another kind',
    input: '{"error":{"type":"INVALID_REQUEST_UNKNOWN","message":"Invalid request: parameter validation failed"}}',
    ...QUIET,
    notVia: 'airtable',
  },
  {
    name: 'a QuickBooks fault that is a validation error (6000)',
    input:
      '{"fault":{"error":[{"message":"A business validation error has occurred","code":"6000"}],"type":"ValidationFault"}}',
    ...QUIET,
    notVia: 'quickbooks',
  },
  {
    name: 'a capitalised problem object with another detail',
    input: '{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"Signature invalid","Instance":"x"}',
    ...A401,
    notVia: 'xero',
  },
  {
    name: '"The access token expired" from another API, no Spotify near',
    input: 'HTTP/1.1 401 Unauthorized\n{"error":{"status":401,"message":"Unauthorized"}}\nThe access token expired',
    ...A401,
    notVia: 'spotify',
  },
  {
    name: 'Discord’s words under another code',
    input: 'HTTP/1.1 403 Forbidden\n{"message":"Missing Access","code":50013}',
    ...A403,
    notVia: 'discord',
  },
  {
    name: 'jose’s own "signature verification failed" stays jose’s',
    input: 'JWSSignatureVerificationFailed: signature verification failed',
    ...REFUSED,
    notVia: 'paypal',
  },
  {
    name: 'NOT_AUTHORIZED from another API, no Airtable near',
    input: 'HTTP/1.1 403 Forbidden\n{"code":"NOT_AUTHORIZED","message":"You cannot do that"}',
    ...A403,
    notVia: 'airtable',
  },
  {
    name: 'AuthorizationUnsuccessful with no Xero near',
    input: 'HTTP/1.1 401 Unauthorized\nAuthorizationUnsuccessful',
    ...A401,
    notVia: 'xero',
  },
  {
    name: '"is forbidden for this endpoint." said by another API',
    input: 'HTTP/1.1 403 Forbidden\n{"message":"Deleting users is forbidden for this endpoint."}',
    ...A403,
    notVia: 'x-api',
  },
  {
    name: 'Twitter v1.1’s "Could not authenticate you." is not Zendesk’s',
    input: 'HTTP/1.1 401 Unauthorized\n{"errors":[{"code":32,"message":"Could not authenticate you."}]}',
    ...A401,
    notVia: 'zendesk',
  },
  {
    name: 'a client-not-enrolled reason without X’s problem type',
    input: 'HTTP/1.1 403 Forbidden\n{"reason":"client-not-enrolled","type":"about:blank"}',
    ...A403,
    notVia: 'x-api',
  },
  {
    name: '"invalid oauth token" with no Twitch near',
    input: 'HTTP/1.1 401 Unauthorized\nerror: invalid oauth token',
    ...A401,
    notVia: 'twitch',
  },
];

describe('audit-qq: SaaS APIs’ refusals name the vendor and the cause', () => {
  for (const row of CATCHES) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of CATCHES_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings.map((f) => (f.args as { via?: string }).via)).not.toContain(row.notVia);
    });

  it('Dropbox’s missing_scope carries its required scope', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Dropbox missing_scope')) as Row);
    expect(report.findings[0]?.args).toMatchObject({ via: 'dropbox', scope: 'files.metadata.read' });
  });

  it('Zoom’s 4711 carries its one scope', async () => {
    const report = await expectPasteRow({
      name: 'zoom 4711 body',
      input:
        'HTTP/1.1 400 Bad Request\n\n{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}',
      status: 400,
      classification: 'authorization',
    });
    const scope = report.findings.find((f) => f.code === 'challenge.insufficient-scope');
    expect(scope?.args).toMatchObject({ via: 'zoom', scope: 'user:read:list_users:admin' });
  });
});

describe('audit-qq: a vendor’s refusal asks for a new token from that vendor, not for a JWT’s claims', () => {
  it('names Discord and its Bot scheme (en)', async () => {
    const report = await expectPasteRow({
      name: 'discord',
      input: 'Error searching messages, API responded with status 401!\n\t{"message":"401: Unauthorized","code":0}',
      ...A401,
    });
    expect(report.nextSteps[0]).toContain('Get a new access token from Discord');
    expect(report.nextSteps[0]).toContain('Authorization: Bot <token>');
    expect(report.nextSteps.join(' ')).not.toContain('exp, iss, aud and kid');
  });
  it('names Notion (ja)', async () => {
    const report = await expectPasteRow(
      {
        name: 'notion ja',
        input: '{"status":401,"object":"error","code":"unauthorized","message":"API token is invalid."}',
        ...A401,
      },
      [],
      { locale: 'ja' },
    );
    expect(report.nextSteps[0]).toContain('Notion から新しいアクセストークンを取得し');
  });
  it('Airtable’s says its API keys stopped working', async () => {
    const report = await expectPasteRow({
      name: 'airtable json',
      input:
        'HTTP/1.1 401 Unauthorized\n{"error":{"type":"AUTHENTICATION_REQUIRED","message":"Authentication required"}}',
      ...A401,
      top: 'challenge.invalid-token',
      via: 'airtable',
    });
    expect(report.nextSteps[0]).toContain('personal access token (pat…)');
  });
  it('X’s step names the kinds of authentication (ja too)', async () => {
    const row = CATCHES.find((r) => r.name.startsWith('X’s Unsupported')) as Row;
    const en = await expectPasteRow(row);
    expect(en.nextSteps[0]).toContain('user-context token');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('X（Twitter）');
  });
  it('a vendor’s denial says where its access is given: X’s Project, Discord’s guild (ja)', async () => {
    const x = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('X’s client-not-enrolled')) as Row);
    expect(x.nextSteps[0]).toContain('attached to a Project');
    const discord = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('discord.py 50001')) as Row, [], {
      locale: 'ja',
    });
    expect(discord.nextSteps[0]).toContain('50001 Missing Access');
  });
  it('Mailchimp’s is its API key and its datacenter', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Mailchimp')) as Row);
    expect(report.nextSteps[0]).toContain('datacenter');
  });
});
