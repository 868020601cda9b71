/**
 * Round audit-ao: bot and collaboration APIs (the Telegram Bot API, Trello, Figma, ClickUp) and JWT grants of DocuSign
 * and Box. Each paste is reconstructed from the public thread named in its row (credentials replaced); the sources are
 * cited beside the readers in parse/verifier-messages/bot-apis.ts, parse/saas-bodies.ts and parse/jwt-assertion.ts.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, DENIED, NOT_MISSING, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CATCHES: Row[] = [
  {
    name: 'Telegram 401 in pyTelegramBotAPI’s older log line (eternnoir/pyTelegramBotAPI#168)',
    input:
      '2016-05-21 11:54:16,202 (__init__.py:211 MainThread) ERROR - TeleBot: "A request to the Telegram API was unsuccessful. The server returned HTTP 401 Unauthorized. Response body:\n[{"ok":false,"error_code":401,"description":"Unauthorized"}]"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'telegram',
    excludes: NOT_MISSING,
  },
  {
    name: 'Telegram 401 as pyTelegramBotAPI’s ApiTelegramException (Armanidrisi/python-bot#3)',
    input:
      'A request to the Telegram API was unsuccessful. Error code: 401. Description: Unauthorized\n  File "C:\\Users\\dev\\python-bot\\main.py", line 337, in <module>\n    bot.polling(none_stop=True)\ntelebot.apihelper.ApiTelegramException: A request to the Telegram API was unsuccessful. Error code: 401. Description: Unauthorized',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'telegram',
    excludes: NOT_MISSING,
  },
  {
    name: 'Telegram 401 as telepot’s UnauthorizedError repr (nickoala/telepot#365)',
    input:
      "Traceback (most recent call last):\n  File \"/usr/local/lib/python2.7/dist-packages/telepot/api.py\", line 147, in _parse\n    raise e(description, error_code, data)\nUnauthorizedError: (u'Unauthorized', 401, {u'error_code': 401, u'ok': False, u'description': u'Unauthorized'})",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'telegram',
  },
  {
    name: 'Telegram 401 in a Node client’s rejection (onedr0p/telegram-couchpotato-bot#19)',
    input:
      'Unhandled rejection Error: Error: 401 {"ok":false,"error_code":401,"description":"[Error]: Unauthorized"}\n    at /Applications/telegram-couchpotato-bot/couchpotato.js:44:11',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'telegram',
  },
  {
    name: 'Telegram 403 blocked by the user, telegraf’s TelegramError (Achaak/toogoodtogo-bot#27)',
    input:
      "TelegramError: 403: Forbidden: bot was blocked by the user\n    at Telegram.callApi (/srv/bot/node_modules/telegraf/lib/core/network/client.js:302:19) {\n  response: {\n    ok: false,\n    error_code: 403,\n    description: 'Forbidden: bot was blocked by the user'\n  },\n  on: { method: 'sendMessage', payload: { chat_id: 1297094036 } }\n}",
    ...A403,
    top: 'policy.deny',
    via: 'telegram',
    product: null,
  },
  {
    name: 'Telegram 403 as python-telegram-bot’s Unauthorized (fuomag9/ChaturbateBot#34)',
    input:
      'Unauthorized: Forbidden: bot was blocked by the user\n  File "bot.py", line 1378, in send_chat_action\n    result = self._request.post(url, data, timeout=timeout)\n  File "request.py", line 221, in _request_wrapper\n    raise Unauthorized(message)',
    ...DENIED,
    top: 'policy.deny',
    via: 'telegram',
  },
  {
    name: 'Trello “invalid key” as py-trello raises it (Lujeni/matterllo#30)',
    input:
      'unable to display board :: invalid key at https://api.trello.com/1/members/me/boards/?filter=all (HTTP status: 401)',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'trello',
    excludes: NOT_MISSING,
  },
  {
    name: 'Trello “invalid token” (sarumont/py-trello#367)',
    input:
      '    244 if response.status_code == 401:\n--> 245     raise Unauthorized("%s at %s" % (response.text, url), response)\n\nUnauthorized: invalid token at https://api.trello.com/1/members/me/boards/?filter=all (HTTP status: 401)',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'trello',
  },
  {
    name: 'Trello’s body in devtools (w11k/calendar-for-trello#134)',
    input:
      '> Response\n> _body : "invalid token"\n> ok : false\n> status : 401\n> url : "https://api.trello.com/1//members/me?key="',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'trello',
  },
  {
    name: 'Figma 403 Invalid token (risa-labs-inc/MagicPencil#2)',
    input:
      '2025-03-06 21:39:32,769 - root - INFO - curl -X GET \'https://api.figma.com/v1/files/pe7mNTJ3TeUtOrqgkE1oZT\' -H \'X-Figma-Token: None\'\n2025-03-06 21:39:33,436 - root - INFO - Response: 403 {"status":403,"err":"Invalid token"}',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'figma',
    excludes: ['status.mismatch'],
  },
  {
    name: 'Figma 403 Invalid scope(s) as Code Connect prints it (figma/code-connect#9)',
    input:
      'Failed to upload to Figma (ERR_BAD_REQUEST): 403 Invalid scope(s): files:read. This endpoint requires the file_code_connect:write scope',
    ...A403,
    top: 'scope.insufficient',
    via: 'figma',
  },
  {
    name: 'ClickUp Team not authorized (n8n-io/n8n#28584)',
    input:
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{ "err": "Team(s) not authorized", "ECODE": "OAUTH_023" }',
    status: 401,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'clickup',
    excludes: NOT_MISSING,
  },
  {
    name: 'ClickUp Token not found (developer.clickup.com/docs/common_errors)',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"err":"Token invalid","ECODE":"OAUTH_025"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'clickup',
  },
  {
    name: 'DocuSign JWT grant no_valid_keys_or_signatures (docusign/docusign-esign-csharp-client#323)',
    input:
      'received a non successful HTTP code Completed with response Body: {"error":"invalid_grant","error_description":"no_valid_keys_or_signatures"}',
    ...REFUSED,
    top: 'token.revoked',
  },
  {
    name: 'DocuSign JWT grant issuer_not_found as its PHP SDK prints it (docusign/docusign-esign-php-client#187)',
    input: 'Error: invalid_grant error_description issuer_not_found',
    ...REFUSED,
    top: 'token.revoked',
    via: 'docusign',
  },
  {
    name: 'Box JWT grant, its jti claim (box/box-node-sdk#138)',
    input:
      "res { statusCode: 400,\n  body:\n   { error: 'invalid_grant',\n     error_description: 'Please check the \\'jti\\' claim.' },\n  headers:\n   { server: 'ATS', date: 'Tue, 30 May 2017 15:13:20 GMT' } }",
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
  },
  {
    name: 'Vonage’s PHP SDK, Nexmo\\Client\\Exception\\Request: Unauthorized (Vonage/vonage-php-sdk-core#129)',
    input:
      'local.ERROR: Nexmo\\Client\\Exception\\Request: Unauthorized in /home/vagrant/Projects/calls/vendor/nexmo/client/src/Call/Collection.php:163\nStack trace:',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'vonage',
  },
  {
    name: 'Vonage’s PHP SDK uncaught (Vonage/vonage-php-sdk-core#159)',
    input:
      "Uncaught exception 'Nexmo\\Client\\Exception\\Request' with message 'Unauthorized' in C:\\xampp\\htdocs\\call\\vendor\\nexmo\\client\\src\\Call\\Collection.php:163",
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'vonage',
  },
  {
    name: 'Vonage’s problem body',
    input:
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/problem+json\n\n{"type":"https://developer.nexmo.com/api-errors#unauthorized","title":"Invalid credentials supplied","detail":"You did not provide correct credentials.","instance":"797a8f199c45014ab7b08bfe9cc1c12c"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'vonage',
    excludes: NOT_MISSING,
  },
  {
    name: 'Google’s domain-wide delegation refusal as google-apis-rs prints it (Byron/google-apis-rs#486)',
    input:
      'Error(GoogleApiError(MissingToken(AuthError(AuthError { error: UnauthorizedClient, error_description: Some("Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."), error_uri: None }))))',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'google-oauth',
  },
  {
    name: 'Google’s delegation refusal in a CXF log behind docker-compose prefixes, Server ESF (hlavki/g-suite-identity-sync#7)',
    input: [
      'identity_1  | Response-Code: 401',
      'identity_1  | Headers: {Cache-Control=[no-cache, no-store, max-age=0, must-revalidate], Date=[Mon, 14 May 2018 10:01:41 GMT], Server=[ESF], Content-Type=[application/json; charset=utf-8]}',
      'identity_1  | Payload: {',
      'identity_1  |   "error" : "unauthorized_client",',
      'identity_1  |   "error_description" : "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."',
      'identity_1  | }',
    ].join('\n'),
    ...A401,
    top: 'oauth.unauthorized-client',
    via: 'google-oauth',
    product: null,
    excludes: NOT_MISSING,
  },
  {
    name: 'Google’s scope refusal as GYB prints it (GAM-team/got-your-back#275)',
    input:
      'Enter verification code: 4/***********\n\n403: Insufficient Permission: Request had insufficient authentication scopes. - insufficientPermissions\nUser authorization failed. Trying again.',
    ...DENIED,
    top: 'scope.insufficient',
    via: 'google-api',
  },
  {
    name: 'Google’s scope refusal re-shaped without its status (googleworkspace/cli#639)',
    input:
      '{"error": {"code": 403, "message": "Request had insufficient authentication scopes.", "reason": "insufficientPermissions"}}',
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'google-api',
  },
  {
    name: 'Box CLI’s exp claim refusal (box/boxcli#354)',
    input:
      "Auth Error: Please check the 'exp' claim. Should be an integer [400 bad request] invalid grant - Please check the 'exp' claim. Should be an integer.",
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'box',
  },
  {
    name: 'boxsdk’s sub claim refusal (box/box-python-sdk#868)',
    input:
      "boxsdk.exception.BoxOAuthException:\nMessage: Please check the 'sub' claim. The 'sub' specified is invalid.\nStatus: 400",
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'box',
  },
];

const CATCHES_NOT: Row[] = [
  {
    name: 'another API’s error_code 401 is not Telegram’s',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"error_code":401,"message":"Unauthorized"}',
    ...A401,
  },
  {
    name: 'Telegram’s 400 names no credential',
    input: '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}',
    status: null,
    classification: 'undetermined',
  },
  {
    name: '“invalid token” with no Trello near',
    input: 'Unauthorized: invalid token at https://api.example.com/v1/boards (HTTP status: 401)',
    ...A401,
  },
  {
    name: 'another 403 body with err, not Figma’s',
    input: 'HTTP/1.1 403 Forbidden\n\n{"status":403,"err":"Forbidden"}',
    ...A403,
  },
  {
    name: 'ClickUp’s non-auth ECODE',
    input: 'HTTP/1.1 404 Not Found\n\n{"err":"Space not found","ECODE":"ITEM_015"}',
    status: 404,
    classification: 'undetermined',
  },
];

describe('audit-ao: bot and collaboration APIs’ refusals', () => {
  it.each(CATCHES)('catches $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(CATCHES_NOT)('does not attribute $name', async (row) => {
    const report = await expectPasteRow(row);
    const vias = report.findings.map((f) => f.args.via);
    for (const via of ['telegram', 'trello', 'figma', 'clickup', 'vonage']) expect(vias).not.toContain(via);
  });
});

describe('audit-ao: the steps name the product’s own setting', () => {
  it('Telegram’s 401 names @BotFather and getMe (ja too)', async () => {
    const row = CATCHES[0] as Row;
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.args.credential).toBe('telegram-bot-token');
    expect(en.nextSteps[0]).toContain('@BotFather');
    expect(en.nextSteps.join(' ')).not.toContain('exp, iss, aud and kid');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('Telegram Bot API');
  });
  it('Telegram’s blocked bot is the chat, not the token (ja too)', async () => {
    const row = CATCHES.find((r) => r.name.startsWith('Telegram 403 blocked')) as Row;
    const en = await expectPasteRow(row);
    expect(en.nextSteps[0]).toContain('stop sending to this chat_id');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('chat_id');
  });
  it('Trello’s names its key and token', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Trello “invalid key”')) as Row);
    expect(report.findings[0]?.args.credential).toBe('trello-credentials');
    expect(report.nextSteps[0]).toContain('trello.com/1/authorize');
  });
  it('Figma’s scope refusal asks for a new token with that scope', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Figma 403 Invalid scope')) as Row);
    expect(report.nextSteps[0]).toContain('"file_code_connect:write" selected');
  });
  it('Figma’s names X-Figma-Token, ClickUp’s its Workspace', async () => {
    const figma = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Figma')) as Row);
    expect(figma.nextSteps[0]).toContain('X-Figma-Token');
    const clickup = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('ClickUp Team')) as Row, [], {
      locale: 'ja',
    });
    expect(clickup.nextSteps[0]).toContain('Workspace');
  });
  it('Google’s scope refusal names the stored token and domain-wide delegation (ja too)', async () => {
    const row = CATCHES.find((r) => r.name.startsWith('Google’s scope refusal re-shaped')) as Row;
    const en = await expectPasteRow(row);
    expect(en.nextSteps[0]).toContain('token.json');
    expect(en.nextSteps[0]).toContain('Domain-wide delegation');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('ドメイン全体の委任');
  });
  it('Vonage’s names the application’s private key (ja too)', async () => {
    const row = CATCHES.find((r) => r.name.startsWith('Vonage’s problem body')) as Row;
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.args.credential).toBe('vonage-credentials');
    expect(en.nextSteps[0]).toContain('private.key');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('秘密鍵');
  });
  it('Google’s delegation refusal outside a body gets the Admin console step', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('Google’s domain-wide')) as Row);
    expect(report.findings[0]?.args.description).toContain('or client not authorized for any of the scopes');
    expect(report.nextSteps[0]).toContain('Domain-wide delegation');
  });
  it('DocuSign’s issuer_not_found names its integration key and environments (ja too)', async () => {
    const row = CATCHES.find((r) => r.name.startsWith('DocuSign JWT grant issuer_not_found')) as Row;
    const en = await expectPasteRow(row);
    expect(en.nextSteps[0]).toContain('account-d.docusign.com');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('インテグレーションキー');
  });
  it('DocuSign’s JWT grant refusal is the assertion, not a revoked token', async () => {
    const report = await expectPasteRow(CATCHES.find((r) => r.name.startsWith('DocuSign')) as Row);
    expect(report.findings[0]?.title).toContain('signed JWT assertion');
  });
});
