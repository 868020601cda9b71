/**
 * Round audit-ae: enterprise business platforms and payment APIs refusing an integration. Each paste is reconstructed
 * from the public thread named in its row (credentials replaced with made-up ones of the same shape); the sources are
 * cited beside the rows in parse/verifier-messages/payment-apis.ts and the files named in each describe.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, DENIED, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const PAYMENTS: Row[] = [
  {
    name: 'Adyen’s 401 errorCode 000 in a .NET sample’s log (adyen-examples/adyen-dotnet-online-payments#67)',
    input:
      'adyen_dotnet_subscription_example.Clients.RecurringClient[0]\n      Request for Payments failed::\n{"status":401,"errorCode":"000","message":"HTTP Status Response - Unauthorized","errorType":"security"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'adyen',
    excludes: NOT_MISSING,
  },
  {
    name: 'Adyen’s 403 010 Not allowed as PHP’s print_r shows it (Adyen/adyen-php-sample-code#21)',
    input:
      '(\n    [errorType] => security\n    [errorCode] => 010\n    [message] => Not allowed\n    [pspReference] => 8614834610386710\n    [status] => 403\n)',
    ...A403,
    top: 'policy.deny',
    via: 'adyen',
  },
  {
    name: 'PayPal’s token endpoint refusing the app’s credentials (paypal/PayPal-PHP-SDK#916)',
    input:
      'Response Status \t: 401\n[24-08-2017 09:15:49] PayPal\\Core\\PayPalHttpConnection : ERROR: Got Http response code 401 when accessing https://api.sandbox.paypal.com/v1/oauth2/token. {"error":"invalid_client","error_description":"Client Authentication failed"}',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'paypal',
  },
  {
    name: 'PayPal’s older "The client credentials are invalid" as its Node SDK prints it (paypal/PayPal-node-SDK#87)',
    input:
      'paypal-debug-id: 728fd8193642e\nnull\ntoken null\n{ [Error: Response Status : 401]\n  response:\n   { error: \'invalid_client\',\n     error_description: \'The client credentials are invalid\',\n     httpStatusCode: 401 },\n  response_stringified: \'{"error":"invalid_client","error_description":"The client credentials are invalid","httpStatusCode":401}\',\n  httpStatusCode: 401 }',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'paypal',
  },
  {
    name: 'Square’s UNAUTHORIZED "incorrect or expired" (NikolaGavric94/laravel-square#67)',
    input:
      '[HTTP/2 401] {"errors": [{"code": "UNAUTHORIZED","detail": "The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format \\"Bearer TOKEN\\" (without quotation marks), where TOKEN is a valid access token (e.g. \\"Bearer ABC123def456GHI789jkl0\\"). For more information, see https://developer.squareup.com/docs/build-basics/using-rest-api#__set-the-headers__ .","category": "AUTHENTICATION_ERROR"}]}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'square',
    excludes: NOT_MISSING,
  },
  {
    name: 'Square’s short detail in a browser console’s table (square/connect-api-examples#112)',
    input: 'category\tAUTHENTICATION_ERROR\ncode\t        UNAUTHORIZED\ndetail\tThis request could not be authorized.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'square',
  },
  {
    name: 'Postmark’s ErrorCode 10 quoted in a sentence (PipedreamHQ/pipedream#10254)',
    input: 'Getting a 401 with "{"ErrorCode": 10, "Message": "Request does not contain a valid Server token."}"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'postmark',
    excludes: NOT_MISSING,
  },
  {
    name: 'Plaid’s INVALID_API_KEYS under a client’s 400 (plaid.com/docs/errors/invalid-input)',
    input:
      'Failed to create link token: Status Code: 400 Reason: Bad Request\n{"display_message": null, "error_code": "INVALID_API_KEYS", "error_message": "invalid client_id or secret provided", "error_type": "INVALID_INPUT", "request_id": "Qo8n3fkIGVrFj0j", "suggested_action": null}',
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'plaid',
  },
  {
    name: 'Braintree’s PHP SDK on a 401 (braintree/braintree_php_example#62)',
    input:
      '[Tue Mar 18 13:27:11 2025] PHP Fatal error:  Uncaught Braintree\\Exception\\Authentication in /root/Code/braintree_php_example/vendor/braintree/braintree_php/lib/Braintree/Util.php:60\nStack trace:\n#0 /root/Code/braintree_php_example/vendor/braintree/braintree_php/lib/Braintree/Http.php(76): Braintree\\Util::throwStatusCodeException()',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'braintree',
  },
  {
    name: 'Braintree’s PHP SDK on a 403 (braintree/braintree_php_example#36)',
    input:
      "Fatal error: Uncaught exception 'Braintree\\Exception\\Authorization' in bt-new/vendor/braintree/braintree_php/lib/Braintree/Util.php:59 Stack trace: #0 bt-new/vendor/braintree/braintree_php/lib/Braintree/Http.php(50): Braintree\\Util::throwStatusCodeException(403)",
    ...A403,
    top: 'policy.deny',
    via: 'braintree',
  },
];

const PAYMENTS_NOT: Array<Row & { notVia: string }> = [
  {
    name: 'another API’s "invalid client_id or secret" without Plaid’s last word',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid client_id or secret"}',
    ...A401,
    notVia: 'plaid',
  },
  {
    name: '"HTTP Status Response - Unauthorized" with no Adyen security type near',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"status":401,"message":"HTTP Status Response - Unauthorized"}',
    ...A401,
    notVia: 'adyen',
  },
  {
    name: '"Not allowed" in a 403 body of another API, no errorCode 010',
    input: 'HTTP/1.1 403 Forbidden\n\n{"errorType":"security","message":"Not allowed"}',
    ...A403,
    notVia: 'adyen',
  },
  {
    name: '"This request could not be authorized." with no Square category near',
    input: 'HTTP/1.1 401 Unauthorized\n\nThis request could not be authorized.',
    ...A401,
    notVia: 'square',
  },
  {
    name: 'another token endpoint’s "Client Authentication failed", no PayPal near',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client","error_description":"Client Authentication failed"}',
    ...A401,
    notVia: 'paypal',
  },
  {
    name: 'Braintree’s PHP SDK on a 404 (its NotFound exception)',
    input:
      'PHP Fatal error:  Uncaught Braintree\\Exception\\NotFound in /app/vendor/braintree/braintree_php/lib/Braintree/Util.php:64',
    ...QUIET,
    notVia: 'braintree',
  },
];

describe('audit-ae: payment APIs name their credential, or the denial, in their own words', () => {
  for (const row of PAYMENTS) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of PAYMENTS_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings.map((f) => (f.args as { via?: string }).via)).not.toContain(row.notVia);
    });

  it('a refused key names the product’s credential and where to get it (en and ja)', async () => {
    const row = PAYMENTS.find((r) => r.name.startsWith('Adyen’s 401')) as Row;
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.args).toMatchObject({ credential: 'adyen-api-key' });
    expect(en.nextSteps[0]).toContain('Developers → API credentials');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('Adyen');
  });

  it('PayPal’s invalid_client asks for the app’s credentials of the host’s mode', async () => {
    const report = await expectPasteRow(PAYMENTS.find((r) => r.name.startsWith('PayPal’s token endpoint')) as Row);
    expect(report.nextSteps[0]).toContain('api-m.sandbox.paypal.com');
  });

  it('a payment API’s denial says where its roles are given (Braintree, ja)', async () => {
    const row = PAYMENTS.find((r) => r.name.startsWith('Braintree’s PHP SDK on a 403')) as Row;
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('Settings → Team');
  });
});

const PLATFORMS: Row[] = [
  {
    name: 'Dataverse’s missing privilege from the SDK’s OrganizationServiceFault (rappen/FetchXMLBuilder#770)',
    input:
      "System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>:\nPrincipal user (Id=af6d214e-90b6-ec11-983f-00224883c651, type=8, roleCount=4, privilegeCount=783, accessMode=0), is missing prvReadac_articledudossier privilege (Id=c2401db4-999b-4f5a-91a9-fdfc6e9bb76d) on OTC=10725 for entity 'ac_articledudossier' (LocalizedName='Article du séjour'). context.Caller=af6d214e-90b6-ec11-983f-00224883c651\nmscorlib",
    ...DENIED,
    top: 'policy.deny',
    via: 'dataverse',
  },
  {
    name: 'Dataverse’s words broken over lines in a canvas app (microsoftarchive/microsoft-teams-apps-inspection#8)',
    input:
      "You don't have permission to view this data. Server Response: Area Inspection Locations failed:\nPrincipal user (Id=xxxx-xxxx-eb11-baxxxxcb-xxxxxx, type=8, roleCount=3, privilegeCount=743, accessMode=0),\nis missing prvReadmsft_areainspection_location privilege (Id=bbbb-0d9d-bbbb-9fe5-bbbbbb) on OTC=10157 for entity 'msft_areainspection_location'.\ncontext.Caller=xxxx-xxxx-eb11-baxxxxcb-xxxxxx",
    ...DENIED,
    top: 'policy.deny',
    via: 'dataverse',
  },
  {
    name: 'Dataverse’s short form for an application user (MicrosoftDocs/powerapps-docs#4297)',
    input:
      "my application user got the following error:\n\n> Principal user is missing prvReadaaduser privilege for entity 'aaduser' (LocalizedName='AAD User').",
    ...DENIED,
    top: 'policy.deny',
    via: 'dataverse',
  },
  {
    name: 'Dataverse’s SecLib check in a solution import (pnp/powerapps-samples#265)',
    input:
      'Solution "Leave Request Template - Dataverse" failed to import: SecLib::CheckPrivilege failed. User: 08036b99-7f03-ef11-9f89-6045bd40bd67, PrivilegeName: prvCreateEntity, PrivilegeId: 341e3ebf-74b8-4335-84f3-7f617bb7d081, Required Depth: Basic, BusinessUnitId: 16e57910-89ee-ec11-bb3e-002248156477',
    ...DENIED,
    top: 'policy.deny',
    via: 'dataverse',
  },
  {
    name: 'Dataverse’s 0x80072560 inside a dual-write error (learn.microsoft.com, dual-write live sync troubleshooting)',
    input:
      '[{\\"error\\":{\\"code\\":\\"0x80072560\\",\\"message\\":\\"The user is not a member of the organization.\\"}}], The remote server returned an error: (403) Forbidden."}}".',
    ...A403,
    top: 'policy.deny',
    via: 'dataverse',
  },
  {
    name: 'ServiceNow’s ACL 403 (support.servicenow.com KB2466644)',
    input:
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"message":"User Not Authorized","detail":"Failed API level ACL Validation"},"status":"failure"}',
    ...A403,
    top: 'policy.deny',
    via: 'servicenow',
  },
  {
    name: 'the Bot Framework SDK’s Invalid AppId, as BotFrameworkAdapter logs it (microsoft/BotFramework-WebChat#2391)',
    input:
      'BotFrameworkAdapter.processActivity(): 401 ERROR - Error: Unauthorized. Invalid AppId passed on token: 3f2a9c1e-7b44-4d2a-9e51-0c8f6a2d1b77\n(node:41) UnhandledPromiseRejectionWarning: Error: Error: Unauthorized. Invalid AppId passed on token: 3f2a9c1e-7b44-4d2a-9e51-0c8f6a2d1b77',
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'botframework',
    excludes: NOT_MISSING,
  },
  {
    name: 'msbotbuilder-go’s Invalid AppId (infracloudio/msbotbuilder-go#54)',
    input: 'Failed to parse request. Authentication failed.: Unauthorized. Invalid AppId passed on token',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'botframework',
  },
  {
    name: 'the Bot Connector refusing the bot’s reply, ms-rest-js’s RestError (MicrosoftDocs/bot-docs#1548)',
    input:
      '{\n   "stack": "Error: Authorization has been denied for this request.\\n    at new RestError (D:\\\\home\\\\site\\\\wwwroot\\\\node_modules\\\\@azure\\\\ms-rest-js\\\\dist\\\\msRest.node.js:1397:28)",\n   "message": "Authorization has been denied for this request.",\n   "statusCode": 401,\n   "request": {\n      "body": {\n         "type": "message",\n         "serviceUrl": "https://smba.trafficmanager.net/apis/",\n         "channelId": "skype"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'bot-connector',
    excludes: NOT_MISSING,
  },
  {
    name: 'ServiceNow’s "User Not Authenticated" in a .NET client’s exception (panoramicdata/ServiceNow.Api#16)',
    input:
      'Server error Unauthorized (401): Unauthorized - {"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}.',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'servicenow',
    excludes: NOT_MISSING,
  },
  {
    name: 'ServiceNow’s reply in curl -v beside its Basic challenge (vdesabou/kafka-docker-playground#8206)',
    input:
      '* Authentication problem. Ignoring this.\n< WWW-Authenticate: Basic realm="Service-now"\n< X-Content-Type-Options: nosniff\n<\n{ [126 bytes data]\n{"error":{"message":"User is not authenticated","detail":"Required to provide Auth information"},"status":"failure"}* Connection #0 to host nginx-proxy left intact',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'servicenow',
  },
  {
    name: 'NetSuite REST’s INVALID_LOGIN as n8n shows the body (drudge/n8n-nodes-netsuite#9)',
    input:
      '"title":\n"Unauthorized",\n"status":\n401,\n"o:errorDetails":\n[\n{\n"detail":\n"Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",\n"o:errorCode":\n"INVALID_LOGIN"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'netsuite',
    excludes: NOT_MISSING,
  },
  {
    name: 'NetSuite’s words in a client’s log lines (julbrs/netsuite-api-client#26)',
    input:
      'Error fetching customer 5783: Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail., Duration: 60847ms',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'netsuite',
  },
  {
    name: 'SuiteTalk’s SOAP fault (netsuitephp/netsuite-php#121)',
    input: 'Uncaught SoapFault exception: [soapenv:Server.userException] Invalid login attempt',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'netsuite',
  },
  {
    name: 'zeep’s Fault under the netsuite package’s frames (jacobsvante/netsuite#1)',
    input:
      '  File "/home/wesley/.local/lib/python3.6/site-packages/netsuite/client.py", line 407, in request\n    return svc(*args, _soapheaders=self.generate_passport(), **kw)\nzeep.exceptions.Fault: Invalid login attempt.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'netsuite',
  },
  {
    name: 'SharePoint refusing a Graph token, "Invalid issuer or signature." (SharePoint/sp-dev-docs#5889)',
    input:
      'When accessing the Sharepoint API using https://contoso.sharepoint.com/_api/sites I get the following response for all endpoints:\n{\n  "error_description": "Invalid issuer or signature."\n}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'sharepoint',
    excludes: NOT_MISSING,
  },
  {
    name: 'SharePoint’s "Unsupported security token." as pnpjs throws it (pnp/pnpjs#1501)',
    input:
      'Error: Error making HttpClient request in queryable [401] Unauthorized ::> {"error_description":"Unsupported security token."}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'sharepoint',
    excludes: NOT_MISSING,
  },
  {
    name: 'SharePoint’s 403 Access denied for an app-only token (microsoftgraph/nodejs-apponlytoken-rest-sample#11)',
    input:
      'I\'m getting -2147024891, System.UnauthorizedAccessException "Access denied. You do not have permission to perform this action or access this resource." with app only token.',
    ...DENIED,
    top: 'policy.deny',
    via: 'sharepoint',
  },
  {
    name: 'SAP’s application router naming the route’s scopes (SAP/cloud-security-services-integration-library#402)',
    input:
      "'User not authorized, source of route: /^\\\\/to-spring-app\\\\/(.*)/, IP: ******, required scopes: ssc-xsuaa!t15778.ssc.display,ssc-xsuaa!t15778.ssc.admin, user scopes: openid,uaa.user',",
    ...DENIED,
    top: 'scope.insufficient',
    via: 'sap-approuter',
  },
  {
    name: 'SAP’s XSUAA audience validation (SAP/cloud-sdk-js#3050)',
    input: 'Jwt token with audience & is not issued for these clientIds[ & ]',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'sap-cloud-security',
  },
];

const PLATFORMS_NOT: Array<Row & { notVia: string }> = [
  {
    name: '"The user is not a member of the organization." from another product, no Dataverse code',
    input: 'HTTP/1.1 403 Forbidden\n\n{"message":"The user is not a member of the organization."}',
    ...A403,
    notVia: 'dataverse',
  },
  {
    name: '"Unsupported security token." in prose, not SharePoint’s error_description',
    input: 'HTTP/1.1 401 Unauthorized\n\nThe gateway says: Unsupported security token.',
    ...A401,
    notVia: 'sharepoint',
  },
  {
    name: 'ASP.NET Identity’s sign-in page "Invalid login attempt." with no NetSuite near',
    input: 'Login failed for alice@example.com\n<div class="text-danger">Invalid login attempt.</div>',
    ...QUIET,
    notVia: 'netsuite',
  },
  {
    name: 'ASP.NET Web API’s "Authorization has been denied" from an API of its own, no Bot Connector host',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"Message":"Authorization has been denied for this request."}',
    ...A401,
    notVia: 'bot-connector',
  },
  {
    name: '"Principal user" in prose with no privilege named',
    input: 'HTTP/1.1 403 Forbidden\n\nThe principal user of this mailbox was not found.',
    ...A403,
    notVia: 'dataverse',
  },
];

describe('audit-ae: business platforms name the credential, the privilege or the scope they refused', () => {
  for (const row of PLATFORMS) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of PLATFORMS_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings.map((f) => (f.args as { via?: string }).via)).not.toContain(row.notVia);
    });

  it('Dataverse’s denial names the privilege and the table, and where roles are given (en and ja)', async () => {
    const row = PLATFORMS[0] as Row;
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.args).toMatchObject({
      permission: 'prvReadac_articledudossier',
      resource: 'ac_articledudossier',
    });
    expect(en.findings[0]?.detail).not.toContain('IAM');
    expect(en.nextSteps[0]).toContain('Power Platform admin center');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('Power Platform 管理センター');
  });

  it('Dataverse’s unquoted challenge is its fixed form, noted without a step to fix it', async () => {
    const report = await expectPasteRow({
      name: 'Dataverse WhoAmI without a token',
      input:
        'GET https://contoso.crm.dynamics.com/api/data/v9.2/WhoAmI    401\nWWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/6583636b-d156-492e-86ce-b8fccb790df1/oauth2/authorize',
      ...A401,
      top: 'challenge.no-error',
    });
    const malformed = report.findings.find((f) => f.code === 'challenge.malformed');
    expect(malformed?.args).toMatchObject({ product: 'dataverse' });
    expect(report.nextSteps.join(' ')).not.toContain('Fix the server or gateway that builds the header');
    const other = await expectPasteRow({
      name: 'another host’s unquoted authority',
      input:
        'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri=https://auth.example.com/oauth2/authorize',
      ...A401,
    });
    expect(other.findings.find((f) => f.code === 'challenge.malformed')?.args).not.toHaveProperty('product');
  });

  it('Dataverse’s 0x80072560 asks for an application user, not a privilege', async () => {
    const report = await expectPasteRow(PLATFORMS.find((r) => r.name.startsWith('Dataverse’s 0x80072560')) as Row);
    expect(report.findings[0]?.args).not.toHaveProperty('permission');
    expect(report.nextSteps[0]).toContain('application user');
  });

  it('the Bot Framework SDK’s Invalid AppId asks for the bot’s MicrosoftAppId, not for a token’s audience', async () => {
    const report = await expectPasteRow(PLATFORMS.find((r) => r.name.startsWith('msbotbuilder-go')) as Row);
    expect(report.nextSteps[0]).toContain('MicrosoftAppId');
  });

  it('NetSuite’s refusal points at its Login Audit Trail', async () => {
    const report = await expectPasteRow(PLATFORMS.find((r) => r.name.startsWith('SuiteTalk')) as Row);
    expect(report.findings[0]?.args).toMatchObject({ credential: 'netsuite-credentials' });
    expect(report.nextSteps[0]).toContain('Login Audit Trail');
  });

  it('SharePoint’s step turns on its words: a Graph token, or an app-only token made with a secret', async () => {
    const graph = await expectPasteRow(PLATFORMS.find((r) => r.name.startsWith('SharePoint refusing a Graph')) as Row);
    expect(graph.nextSteps[0]).toContain('not for Microsoft Graph');
    const appOnly = await expectPasteRow({
      name: 'app-only',
      input: 'HTTP/1.1 401 Unauthorized\n\n{"error_description":"Unsupported app only token."}',
      ...A401,
      top: 'challenge.invalid-token',
      via: 'sharepoint',
    });
    expect(appOnly.nextSteps[0]).toContain('certificate');
  });

  it('the application router’s denial carries the route’s scopes and the user’s', async () => {
    const report = await expectPasteRow(PLATFORMS.find((r) => r.name.startsWith('SAP’s application router')) as Row);
    expect(report.findings[0]?.args).toMatchObject({
      required: ['ssc-xsuaa!t15778.ssc.display', 'ssc-xsuaa!t15778.ssc.admin'],
      granted: ['openid', 'uaa.user'],
    });
    expect(report.nextSteps[0]).toContain('role collection');
    expect(report.findings[0]?.detail).toContain('requires one of');
  });
});
