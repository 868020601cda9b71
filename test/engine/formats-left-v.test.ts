/**
 * Round left-v: readings the audits of this stop left (audit-pp, audit-qq, audit-rr, audit-ss). Each row cites the
 * paste it was rebuilt from, or the product's source for the shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a product’s generic words are that product’s only with the product near', () => {
  // guzzle/guzzle#1066 (audit-pp #07): Guzzle 5 printing an OAuth 1 API's refusal; nothing names Kong.
  const guzzle =
    "Fatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error response [url] http://www.mywebsite.bar/rest/v4/foo/ [status code] 401 [reason phrase] Unauthorized : Invalid signature";

  it('catches: the bare "Invalid signature" as a signature refusal, naming no product', async () => {
    const f = await catches('signature.invalid', guzzle);
    expect(f.args.via).toBeUndefined();
    await catchesNot('proxy.gateway-response', guzzle);
  });

  it('catches: Kong’s body behind its Server header (kong/plugins/jwt/handler.lua) is still Kong’s', async () => {
    const kong =
      'HTTP/1.1 401 Unauthorized\nServer: kong/3.4.2\nContent-Type: application/json\n\n{"message":"Invalid signature"}';
    const f = await catches('signature.invalid', kong);
    expect(f.args.via).toBe('kong');
    await catches('proxy.gateway-response', kong);
  });

  it('catches not: Kong for an application’s own log line with the same body', async () => {
    const r = await run('orders-api log:\n{"message":"Invalid signature"}');
    expect(r.findings.some((f) => f.args.via === 'kong')).toBe(false);
    expect(r.findings.some((f) => f.code === 'proxy.gateway-response')).toBe(false);
  });

  it('catches not: Kong for a bare "Invalid algorithm"', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid algorithm"}');
    expect(r.findings.some((f) => f.args.via === 'kong')).toBe(false);
  });

  it('catches: a bare {"message":"Invalid API key"} as a refused key, naming no product (audit-pp #03)', async () => {
    const f = await catches('challenge.invalid-token', 'HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key"}');
    expect(f.args.via).toBeUndefined();
  });

  it('catches: Grafana’s message-only body with Grafana’s host (pkg/middleware/auth.go) is still Grafana’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'GET https://grafana.example.com/api/search\nHTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key"}',
    );
    expect(f.args.via).toBe('grafana');
  });

  it('catches not: a longer message that begins with the words (OpenWeatherMap’s, audit-pp #03)', async () => {
    const r = await run(
      '401 Unauthorized: [{"cod":401, "message": "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."}]',
    );
    expect(r.findings.some((f) => f.args.via === 'grafana')).toBe(false);
  });

  it('catches: Restforce’s "invalid client credentials" is Salesforce’s (restforce/restforce#338)', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'Restforce::AuthenticationError: invalid_client: invalid client credentials',
    );
    expect(f.args.via).toBe('salesforce');
  });

  it('catches not: Salesforce for another token endpoint’s same words', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\ntoken request failed: invalid client credentials');
    expect(r.findings.some((f) => f.args.via === 'salesforce')).toBe(false);
  });
});

describe('a quoted paste is read as what it quotes, curl -v’s request lines as curl’s', () => {
  // box/box-node-sdk#157 (audit-qq #29): an inspected IncomingMessage quoted line by line with GitHub's `> `.
  const box = [
    '>      headers:',
    ">       { 'strict-transport-security': 'max-age=31536000',",
    '>         \'www-authenticate\': \'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."\',',
    ">         vary: 'Accept-Encoding',",
    ">         date: 'Mon, 19 Mar 2018 15:43:29 GMT',",
    ">         connection: 'keep-alive' },",
    '>      statusCode: 401,',
    ">      statusMessage: 'Unauthorized',",
  ].join('\n');

  it('catches: the quoted response’s challenge', async () => {
    await catches('challenge.invalid-token', box);
    await catchesNot('challenge.missing', box);
  });

  it('catches: a quoted status line and challenge, with a quoted blank line and body', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '> HTTP/1.1 401 Unauthorized\n> WWW-Authenticate: Bearer error="invalid_token"\n>\n> {\n>   "error": "invalid_token"\n> }',
    );
    expect(f.evidence.startsWith('>')).toBe(false);
  });

  // curl's docs/cmdline-opts/verbose.d: `>` header data sent, `<` received, `*` curl's info.
  it('catches not: a missing Authorization in curl -v output whose request line opens its `> ` lines', async () => {
    const trace = [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.example.com',
      '> Authorization: Bearer abcdefghijklmnop0123456789',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n');
    await catchesNot('authz-header.missing', trace);
    await catchesNot('token.missing', trace);
  });

  it('catches not: a missing Authorization in curl’s `> ` lines without their request line, `<` lines after', async () => {
    const trace = [
      '> Host: api.example.com',
      '> Authorization: Bearer abcdefghijklmnop0123456789',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n');
    await catchesNot('authz-header.missing', trace);
    await catchesNot('token.missing', trace);
  });

  it('catches: a quoted curl command (audit-qq #11) is read as the command', async () => {
    const r = await run(
      [
        '> curl -X GET \\',
        ">   'https://api.linkedin.com/v2/connections?q=viewer&count=50' \\",
        ">   -H 'Authorization: Bearer abcdefghijklmnop0123456789' \\",
        ">   -H 'Host: api.linkedin.com'",
        '',
        '{"serviceErrorCode":65600,"message":"Invalid access token","status":401}',
      ].join('\n'),
    );
    expect(r.findings.some((f) => f.code === 'authz-header.missing')).toBe(false);
    expect(r.findings.some((f) => f.code === 'challenge.invalid-token')).toBe(true);
  });
});

describe('a challenge under the misspelt name www-authentication', () => {
  // audit-pp #18: an Auth0 lab's server, printed by URLSession (find_string doc 6545013071).
  const lab = [
    '<NSHTTPURLResponse: 0x600001f34460> { URL: http://localhost:3001/ } { Status Code: 401, Headers {',
    '    Date =     (',
    '        "Tue, 27 Aug 2019 16:36:10 GMT"',
    '    );',
    '    "www-authentication" =     (',
    '        "Bearer realm=\\"api\\", error=\\"invalid_token\\", error_description=\\"invalid token\\""',
    '    );',
    '} }',
  ].join('\n');

  it('catches: its value as the challenge, and the wrong name said', async () => {
    await catches('challenge.invalid-token', lab);
    const f = await catches('challenge.malformed', lab);
    expect(f.args.misnamed).toBe('www-authentication');
    await catchesNot('challenge.missing', lab);
  });

  it('catches not: another near name (Authentication, a request header) as a challenge', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nX-Authentication: Bearer error="invalid_token"\nContent-Length: 0');
    expect(r.findings.some((f) => f.code === 'challenge.malformed')).toBe(false);
  });

  it('catches not: WWW-Authenticate spelt right is no misnamed challenge', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"');
    expect(r.findings.some((f) => f.code === 'challenge.malformed')).toBe(false);
  });
});

describe('a placeholder where the token goes is no token', () => {
  // xcarpentier/react-native-linkedin#80 (audit-qq #11): the reporter's curl with a described stand-in.
  it('catches: a bracketed phrase as a mask, not an opaque token', async () => {
    const paste =
      'curl -X GET \'https://api.linkedin.com/v2/me\' -H \'Authorization: Bearer [token returned by onSuccess]\'\n\n{"serviceErrorCode":65600,"message":"Invalid access token","status":401}';
    await catches('input.masked', paste);
    await catchesNot('token.opaque', paste);
  });

  it('catches not: a bracketed run with digits (a token someone put in brackets) as a mask', async () => {
    const r = await run(
      'GET /v1/me HTTP/1.1\nAuthorization: Bearer [abc123def456ghi789jkl]\n\nHTTP/1.1 401 Unauthorized',
    );
    expect(r.findings.some((f) => f.code === 'input.masked')).toBe(false);
  });

  // POSIX Shell Command Language 2.2.2: single quotes keep every character, `$` too.
  it('catches: $TOKEN in single quotes, with the answer pasted, went out as written', async () => {
    const f = await catches(
      'authz-header.format',
      "curl -v https://api.example.com/v1/me -H 'Authorization: Bearer $TOKEN'\n< HTTP/1.1 401 Unauthorized",
    );
    expect(f.args).toMatchObject({ problems: ['unexpanded-variable'], variable: '$TOKEN' });
    expect(f.title).toContain('$TOKEN');
    expect(f.title).not.toContain('{{');
  });

  // A template literal's placeholder, written here without the literal's own syntax.
  const templateVariable = ['$', '{token}'].join('');

  it('catches: a template literal’s placeholder in curl -v’s trace of what was sent', async () => {
    const f = await catches(
      'authz-header.format',
      `> GET /v1/me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer ${templateVariable}\n>\n< HTTP/1.1 401 Unauthorized`,
    );
    expect(f.args.variable).toBe(templateVariable);
  });

  it('catches not: $TOKEN in double quotes (the shell expanded it; the paste shows it as typed)', async () => {
    const paste = 'curl https://api.example.com/v1/me -H "Authorization: Bearer $TOKEN"\nHTTP/1.1 401 Unauthorized';
    await catchesNot('authz-header.format', paste);
    await catches('input.masked', paste);
  });

  it('catches not: a header line as typed (no trace, no command) with $TOKEN', async () => {
    await catchesNot('authz-header.format', 'Authorization: Bearer $TOKEN\nHTTP/1.1 401 Unauthorized');
  });
});

describe('token.missing names a command-line tool as one, not as an SDK (audit-ss)', () => {
  // git's prompt.c under GIT_TERMINAL_PROMPT=0 (golang/go#26145).
  const git = "fatal: could not read Username for 'https://github.com': terminal prompts disabled";

  it('catches: git as a command-line tool, in both languages', async () => {
    const f = await catches('token.missing', git);
    expect(f.detail).toContain('command-line tool');
    expect(f.detail).not.toContain('SDK');
    const ja = await run(git, { locale: 'ja' });
    const fj = ja.findings.find((x) => x.code === 'token.missing');
    expect(fj?.detail).toContain('コマンドラインツール');
  });

  it('catches: botocore’s words as the AWS CLI’s or an SDK’s (aws/aws-cli#4684)', async () => {
    const f = await catches(
      'token.missing',
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
    );
    expect(f.detail).toContain('AWS CLI or SDK');
  });

  it('catches not: a library (client-go’s exec plugin) called a command-line tool', async () => {
    const f = await catches(
      'token.missing',
      'Unable to connect to the server: getting credentials: exec: executable aws-iam-authenticator not found',
    );
    expect(f.detail).not.toContain('command-line tool');
  });
});

describe('Vault’s bare "permission denied" beside a token of no Vault form', () => {
  // hashicorp/vault#1878 (audit-ss #21): the CLI's API error for `VAULT_TOKEN=foo`.
  const cli = (token: string) =>
    `$ VAULT_TOKEN=${token} vault read secret/foo\nError reading secret/foo: Error making API request.\n\nURL: GET http://127.0.0.1:8200/v1/secret/foo\nCode: 403. Errors:\n\n* permission denied`;

  it('catches: the token first, without quoting it', async () => {
    const f = await catches('policy.deny', cli('foo'));
    expect(f.args.unlikeVaultToken).toBe('VAULT_TOKEN');
    const r = await run(cli('foo'));
    expect(r.nextSteps[0]).toContain('vault token lookup');
  });

  it('catches: an X-Vault-Token header of no Vault form (hashicorp/vault#662’s curl form)', async () => {
    const f = await catches(
      'policy.deny',
      'curl --header "X-Vault-Token: not-a-real-token" http://127.0.0.1:8200/v1/secret/foo\nCode: 403. Errors:\n\n* permission denied',
    );
    expect(f.args.unlikeVaultToken).toBe('X-Vault-Token');
  });

  // sdk/helper/consts/token_consts.go: hvs./hvb./hvr., s./b./r. before 1.10; UUIDs before 1.0 (hashicorp/vault#3962).
  it.each([
    'hvs.CAESIJmW7Xq1c2EXAMPLEexampleEXAMPLE',
    's.Xq1c2EXAMPLEexampleEXAMPL',
    '97251e89-be25-e4d6-7086-00adddec93dc',
    '$TOKEN',
  ])('catches not: the token first for %s', async (token) => {
    const f = await catches('policy.deny', cli(token));
    expect(f.args.unlikeVaultToken).toBeUndefined();
  });

  it('catches not: the note without a token shown', async () => {
    const f = await catches(
      'policy.deny',
      'Error reading secret/foo: Error making API request.\n\nURL: GET http://127.0.0.1:8200/v1/secret/foo\nCode: 403. Errors:\n\n* permission denied',
    );
    expect(f.args.unlikeVaultToken).toBeUndefined();
  });
});

describe('Gravitee’s unresolved-plan reply however it is laid out', () => {
  // parse/proxy-texts.ts reads its compact text; gravitee-io/issues#2807 (audit-rr #43) shows the reply.
  const pretty =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\n  "message" : "Unauthorized",\n  "http_status_code" : 401\n}';

  it('catches: the pretty-printed object as Gravitee’s', async () => {
    const f = await catches('proxy.gateway-response', pretty);
    expect(f.args.product).toBe('Gravitee');
  });

  it.each([
    '{\n  "message": "Unauthorized",\n  "http_status_code": 401,\n  "path": "/orders"\n}',
    '{\n  "message": "Unauthorized",\n  "status": 401\n}',
    '{\n  "message": "Forbidden",\n  "http_status_code": 403\n}',
  ])('catches not: another object (%s) as Gravitee’s', async (body) => {
    const r = await run(`HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n${body}`);
    expect(r.findings.some((f) => f.code === 'proxy.gateway-response' && f.args.product === 'Gravitee')).toBe(false);
  });
});

describe('a 400 that is the vendor’s own refusal of the credential needs no status note', () => {
  // audit-qq #04: Meta's Graph API answers an expired session with 400 and OAuthException 190 (subcode 463).
  const meta =
    'currently seeing this as a 400 response to /me/posts with this body:\n\n{\n   "error" : {\n      "error_subcode" : 463,\n      "type" : "OAuthException",\n      "code" : 190,\n      "message" : "Error validating access token: Session has expired on Feb 7, 2014 9:54am. The current time is Feb 8, 2014 8:58am."\n   }\n}';

  it('catches not: status.not-auth beside Meta’s own refusal', async () => {
    await catches('challenge.invalid-token', meta);
    await catchesNot('status.not-auth', meta);
  });

  // audit-qq #02: Zoom's 4711 inside Guzzle's 400.
  it('catches not: status.not-auth beside Zoom’s own scope refusal', async () => {
    const zoom =
      'Client error: `GET https://api.zoom.us/v2/users?page_size=300` resulted in a `400 Bad Request` response:\n{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}';
    await catches('scope.insufficient', zoom);
    await catchesNot('status.not-auth', zoom);
  });

  it('catches: the note for a 400 whose body is no vendor’s refusal', async () => {
    await catches(
      'status.not-auth',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"missing field: name"}',
    );
  });

  it('catches: the note for a 404 beside a vendor’s words (only a 400 is quieted)', async () => {
    await catches(
      'status.not-auth',
      'HTTP/1.1 404 Not Found\n\n{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190}}',
    );
  });
});

describe('OpenWeatherMap’s own refusal of its API key', () => {
  // audit-pp #03 (find_string code comment 18302485927): Feign's print of the 401; the request's appid is empty.
  const owm =
    'feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [https://api.openweathermap.org/data/2.5/weather?lat=35&lon=139&appid]\n[Openweather#getReport(String,String,String)]: [{"cod":401, "message": "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."}]';

  it('catches: the appid refused, with the key’s own step', async () => {
    const f = await catches('challenge.invalid-token', owm);
    expect(f.args).toMatchObject({ via: 'openweathermap', credential: 'openweathermap-api-key' });
    const r = await run(owm);
    expect(r.nextSteps[0]).toContain('appid');
  });

  it('catches not: OpenWeatherMap for another API’s "Invalid API key. Please see" with its own link', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key. Please see https://docs.example.com/auth for more info."}',
    );
    expect(r.findings.some((f) => f.args.via === 'openweathermap')).toBe(false);
  });
});
