/**
 * Round audit-aw: what HTTP clients print, as people paste it, around the shapes earlier rounds read: API clients'
 * saved requests (Hoppscotch, Insomnia, Thunder Client, Bruno), Node's ClientRequest dumped by axios and got, Java's
 * HttpURLConnection debug log. Each paste is rebuilt from the public thread or source named beside it (tokens made up);
 * the list, with each paste's verdict before and after, is the round's sources.md.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { EXPIRED } from '../helpers/paste-fixtures.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;

describe('an API client’s saved request: its auth tab sends the token its header list does not show (http/json.ts)', () => {
  it('catches not: Hoppscotch’s request, `"headers": []` beside `"auth": {"authType": "bearer", …}` (hoppscotch-data HoppRESTAuth.ts)', async () => {
    const report = await catchesNot(
      'authz-header.missing',
      [
        '{',
        '  "v": 2,',
        '  "name": "list orders",',
        '  "method": "GET",',
        '  "endpoint": "https://api.acme-corp.com/v1/orders",',
        '  "headers": [],',
        '  "params": [],',
        `  "auth": { "authType": "bearer", "authActive": true, "token": "${EXPIRED}" }`,
        '}',
        '401 • Unauthorized',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches not: Insomnia’s export, `"authentication": {"type": "bearer", "token": …}` (find_string ids 69486300960, 54743947842)', async () => {
    const report = await catchesNot(
      'authz-header.missing',
      [
        '{"_type": "request", "_id": "req_0a1b", "name": "list orders", "method": "GET",',
        ' "url": "https://api.acme-corp.com/v1/orders", "headers": [{"name": "Accept", "value": "application/json"}],',
        ` "authentication": {"type": "bearer", "token": "${EXPIRED}", "prefix": ""}}`,
        'Error: 401 Unauthorized',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('time.expired');
  });
  it('catches not: Thunder Client’s export, `"auth": {"type": "bearer", "bearer": …}` (MicroFish91/portfolio-instruments-api)', async () => {
    await catchesNot(
      'authz-header.missing',
      [
        '{ "_id": "5db189a3", "name": "GetAllTasks", "url": "https://api.acme-corp.com/v1/orders", "method": "GET",',
        `  "headers": [], "auth": { "type": "bearer", "bearer": "${EXPIRED}" } }`,
        'Status: 401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches not: a fetch-style header map beside an auth tab of another kind (`"mode": "oauth2"`)', async () => {
    await catchesNot(
      'authz-header.missing',
      [
        '{ "method": "GET", "url": "https://api.acme-corp.com/v1/orders",',
        '  "headers": { "Accept": "application/json" }, "auth": { "mode": "oauth2" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches: the auth tab set to none, so the header list is all the request sent (Hoppscotch `authType: "none"`)', async () => {
    await catches(
      'authz-header.missing',
      [
        '{ "name": "list orders", "method": "GET", "endpoint": "https://api.acme-corp.com/v1/orders",',
        '  "headers": [], "auth": { "authType": "none", "authActive": true } }',
        '401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches: the auth tab switched off (Hoppscotch `authActive: false`), and Postman’s "noauth"', async () => {
    await catches(
      'authz-header.missing',
      [
        '{ "method": "GET", "endpoint": "https://api.acme-corp.com/v1/orders", "headers": [],',
        '  "auth": { "authType": "bearer", "authActive": false, "token": "" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
    await catches(
      'authz-header.missing',
      [
        '{ "method": "GET", "url": "https://api.acme-corp.com/v1/orders", "headers": [], "auth": { "type": "noauth" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
});

/** Node's `_header` as util.inspect prints it: each line a quoted piece joined by ` +`. */
function nodeHeader(lines: string[]): string {
  const pieces = lines.map((l) => `'${l}\\r\\n'`);
  pieces.push("'\\r\\n',");
  return `    _header: ${pieces.map((p, i) => (i === 0 ? p : `      ${p}`)).join(' +\n')}`;
}

describe('Node’s ClientRequest `_header` in an axios or got error (http/node-request.ts)', () => {
  it('catches the token in the dumped request’s Authorization (find_string ids 67136591255, 36625346248)', async () => {
    const report = await run(
      [
        'AxiosError: Request failed with status code 401',
        '  request: <ref *1> ClientRequest {',
        '    _headerSent: true,',
        '    _closed: false,',
        nodeHeader([
          'GET /v1/orders HTTP/1.1',
          'Accept: application/json, text/plain, */*',
          `Authorization: Bearer ${EXPIRED}`,
          'User-Agent: axios/1.8.4',
          'Host: api.acme-corp.com',
        ]),
        '    _keepAliveTimeout: 0,',
        '  },',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    expect(report.token?.foundIn).toBe('authorization-header');
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches authz-header.missing: the dump shows the request, and it went out without Authorization', async () => {
    await catches(
      'authz-header.missing',
      [
        'Error: Request failed with status code 401',
        nodeHeader([
          'GET /adproxyservice/prod/ldap/search HTTP/1.1',
          'Accept: application/json, text/plain, */*',
          'User-Agent: axios/1.8.4',
          'Host: 172.29.18.126',
          'Connection: keep-alive',
        ]),
        '    _keepAliveTimeout: 0,',
      ].join('\n'),
    );
  });
  it('catches Node < 12’s one-line form, its line ends written out (find_string id 22243955141)', async () => {
    const report = await run(
      [
        `          _header: 'GET /search/repositories?sort=stars HTTP/1.1\\r\\nAccept: application/json\\r\\nAuthorization: Bearer ${EXPIRED}\\r\\nHost: api.github.com\\r\\n\\r\\n',`,
        '          _headers: [Object],',
        "  response: { status: 401, statusText: 'Unauthorized' }",
      ].join('\n'),
    );
    expect(report.token?.foundIn).toBe('authorization-header');
  });
  it('catches not: the lines after the dump are no fields of it (`_keepAliveTimeout: 0,`, a quoted string of prose)', async () => {
    const report = await run(
      [
        'Error: Request failed with status code 401',
        nodeHeader(['GET /v1/orders HTTP/1.1', 'Host: api.acme-corp.com']),
        "    'Authorization: Bearer is what the docs say to send\\r\\n' +",
      ].join('\n'),
    );
    expect(report.findings.map((f) => f.code)).toContain('authz-header.missing');
  });
  it('catches not: a `_header` that holds no request line is left to the other readers', async () => {
    const report = await run(
      "_header: 'not a request\\r\\n' +\n  'Authorization: Basic x\\r\\n',\nHTTP/1.1 401 Unauthorized",
    );
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.missing');
  });
});

describe('Java’s HttpURLConnection debug log: MessageHeader pairs (http/java-message-header.ts)', () => {
  it('catches the request’s Authorization and the response’s challenge (wolfgangimig/itol#19)', async () => {
    const report = await run(
      [
        `2015-04-13 08:37:55,814 FINE sun.net.www.protocol.http.HttpURLConnection writeRequests sun.net.www.MessageHeader@beb7276 pairs: {GET /v1/orders?offset=0 HTTP/1.1: null}{Authorization: Bearer ${EXPIRED}}{User-Agent: Java/1.8.0_40}{Host: api.acme-corp.com}{Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2}{Connection: keep-alive}`,
        '2015-04-13 08:37:55,870 FINE sun.net.www.protocol.http.HttpURLConnection getInputStream0 sun.net.www.MessageHeader@febe4c15 pairs: {null: HTTP/1.1 401 Unauthorized}{Date: Mon, 13 Apr 2015 03:37:55 GMT}{WWW-Authenticate: Bearer realm="orders", error="invalid_token"}{Content-Type: application/json}',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    expect(report.token?.foundIn).toBe('authorization-header');
    expect(report.challenges[0]?.params).toMatchObject({ error: 'invalid_token' });
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches authz-header.missing under Spring Boot’s DEBUG layout, the pairs counted (find_string id 3569298410)', async () => {
    await catches(
      'authz-header.missing',
      [
        '2024-09-05T10:36:03.120+08:00 DEBUG 27790 --- [main] s.n.www.protocol.http.HttpURLConnection  : sun.net.www.MessageHeader@7045c9b5 4 pairs: {POST /otlp/v1/metrics HTTP/1.1: null}{Content-Type: application/x-protobuf}{User-Agent: Java/17.0.9}{Host: otlp.acme-corp.com}',
        '2024-09-05T10:36:03.320+08:00 DEBUG 27790 --- [main] s.n.www.protocol.http.HttpURLConnection  : sun.net.www.MessageHeader@1a2b3c4d 2 pairs: {null: HTTP/1.1 401 Unauthorized}{Content-Length: 0}',
      ].join('\n'),
    );
  });
  it('catches not: the class named in prose, with no pairs after it', async () => {
    const report = await run(
      'HttpURLConnection logs a sun.net.www.MessageHeader@ line per message.\nHTTP/1.1 401 Unauthorized',
    );
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.missing');
  });
});

describe('libcurl’s own verbose output: the request’s header block behind one `> ` (http/scan.ts)', () => {
  it('catches the unmarked lines after `> GET …` as the request sent: PHP’s `{$myToken}` went out as written (guzzle/guzzle#1333)', async () => {
    const f = await catches(
      'authz-header.format',
      [
        '* Connected to 172.17.8.111 (172.17.8.111) port 443 (#0)',
        '* SSL connection using ECDHE-RSA-AES256-SHA',
        '> GET /api/ HTTP/1.1',
        'User-Agent: GuzzleHttp/6.1.0 curl/7.35.0 PHP/5.5.9-1ubuntu4',
        'Host: 172.17.8.111',
        'Accept: application/json',
        'Authorization: Bearer {$myToken}',
        '',
        '< HTTP/1.1 401 Unauthorized',
        '< Content-Type: text/plain; charset=utf-8',
        '<',
        '[GuzzleHttp\\Exception\\ClientException] Client error: 401',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ problems: ['unexpanded-variable'], variable: '{$myToken}' });
    expect(f.title).toContain('{$myToken}');
  });
  it('catches a request sent without Authorization in that form', async () => {
    await catches(
      'authz-header.missing',
      [
        '> GET /api/ HTTP/1.1',
        'User-Agent: GuzzleHttp/6.1.0 curl/7.35.0',
        'Host: 172.17.8.111',
        '',
        '< HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
});

describe('a variable another language left unexpanded: Ruby’s #{…}, cmd.exe’s %NAME% (checks/unexpanded.ts)', () => {
  it('catches Ruby’s `#{@github_token}` sent as written (curl -v), its words and step in both languages', async () => {
    const input = [
      '> GET /repos/acme/app/releases HTTP/1.1',
      '> Host: api.github.com',
      '> Authorization: Bearer #{@github_token}',
      '>',
      '< HTTP/1.1 401 Unauthorized',
    ].join('\n');
    const f = await catches('authz-header.format', input);
    expect(f.args).toMatchObject({ problems: ['unexpanded-variable'], variable: '#{@github_token}' });
    expect(f.detail).toMatch(/double quotes/);
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.detail).toMatch(/ダブルクォート/);
  });
  it('catches cmd.exe’s `%TOKEN%` sent by PowerShell’s curl (find_string id 60447637936), the step naming $env:TOKEN', async () => {
    const report = await run(
      [
        '> GET /api/auth/me HTTP/1.1',
        '> Host: localhost:8080',
        '> Authorization: Bearer %TOKEN%',
        '>',
        '< HTTP/1.1 401',
      ].join('\n'),
    );
    expect(report.findings[0]?.args).toMatchObject({ problems: ['unexpanded-variable'], variable: '%TOKEN%' });
    expect(report.nextSteps[0]).toContain('$env:TOKEN');
  });
  it('catches not: a curl command’s `%TOKEN%` is masked, not sent (the shell that ran it may be cmd.exe)', async () => {
    const report = await run(
      'curl -i http://localhost:8080/api/auth/me -H "Authorization: Bearer %TOKEN%"\nHTTP/1.1 401 Unauthorized',
    );
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.format');
    expect(report.findings.map((f) => f.code)).toContain('input.masked');
  });
  it('catches not: a percent-encoded token is no variable', async () => {
    const report = await run(
      '> GET / HTTP/1.1\n> Authorization: Bearer abc%2Edef%2Eghi\n>\n< HTTP/1.1 401 Unauthorized',
    );
    expect(report.findings.some((f) => f.args.variable !== undefined)).toBe(false);
  });
});

/**
 * curl --trace's hex dump of one record (curl's src/tool_cb_dbg.c `dump()`, TRACE_BIN): 16 bytes a line as `%02x `, the
 * hex column padded on the last line, then the same bytes as text with `.` for those outside 0x20-0x7f.
 */
function traceHex(kind: '=> Send header' | '<= Recv header' | '<= Recv data', data: string): string {
  const bytes = new TextEncoder().encode(data);
  const out = [`${kind}, ${bytes.length} bytes (0x${bytes.length.toString(16)})`];
  for (let i = 0; i < bytes.length; i += 16) {
    const row = [...bytes.subarray(i, i + 16)];
    const hex = row.map((b) => `${b.toString(16).padStart(2, '0')} `).join('');
    const text = row.map((b) => (b >= 0x20 && b < 0x80 ? String.fromCharCode(b) : '.')).join('');
    out.push(`${i.toString(16).padStart(4, '0')}: ${hex.padEnd(48, ' ')}${text}`);
  }
  return out.join('\n');
}

describe('curl --trace’s hex dump: the records’ bytes read from the hex (trace-hex.ts)', () => {
  it('catches the token and the challenge whole, cut into 16-character pieces by the text column (find_string id 33467956136)', async () => {
    const report = await run(
      [
        '== Info: Connected to api.acme-corp.com (203.0.113.10) port 443 (#0)',
        traceHex(
          '=> Send header',
          `GET /v1/orders HTTP/1.1\r\nHost: api.acme-corp.com\r\nAuthorization: Bearer ${EXPIRED}\r\n\r\n`,
        ),
        '== Info: Mark bundle as not supporting multiuse',
        traceHex('<= Recv header', 'HTTP/1.1 401 UNAUTHORIZED\r\n'),
        traceHex(
          '<= Recv header',
          'WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"\r\n',
        ),
        traceHex('<= Recv header', '\r\n'),
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    expect(report.token?.foundIn).toBe('authorization-header');
    expect(report.findings.map((f) => f.code)).not.toContain('token.malformed');
    expect(report.challenges[0]?.params).toMatchObject({ error: 'invalid_token' });
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches authz-header.missing from a hex dump of a request without Authorization', async () => {
    await catches(
      'authz-header.missing',
      [
        traceHex(
          '=> Send header',
          'GET /basic-auth/u/p HTTP/1.1\r\nHost: httpbin.org\r\nUser-Agent: curl/7.79.1\r\nAccept: */*\r\n\r\n',
        ),
        traceHex('<= Recv header', 'HTTP/1.1 401 UNAUTHORIZED\r\n'),
        traceHex('<= Recv header', '\r\n'),
      ].join('\n'),
    );
  });
  it('catches not: a hex dump of another tool (upper-case hex, a `|` before the text) is left as it is', async () => {
    const report = await run(
      [
        '=> Send header, 40 bytes (0x28)',
        '0000: 47 45 54 20 2F 6C 6F 67 69 6E 20 48 54 54 50 2F | GET /login HTTP/',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
  });
});

describe('HTML line breaks left at the lines’ ends (normalize.ts)', () => {
  it('catches the challenge whole in Python http.client’s trace copied with a `<br />` on each line (find_string id 22710082585)', async () => {
    const report = await run(
      [
        `send: b'GET /api/orders HTTP/1.1\\r\\nHost: api.acme-corp.com\\r\\nauthorization: Bearer ${EXPIRED}\\r\\n\\r\\n'<br />`,
        "reply: 'HTTP/1.1 401 Unauthorized\\r\\n'<br />",
        'header: Pragma: No-cache<br />',
        'header: WWW-Authenticate: Bearer realm="orders", error="invalid_token"<br>',
      ].join('\n'),
    );
    expect(report.findings.map((f) => f.code)).not.toContain('challenge.malformed');
    expect(report.challenges[0]?.params).toMatchObject({ realm: 'orders', error: 'invalid_token' });
    expect(report.token?.foundIn).toBe('authorization-header');
  });
  it('catches not: a `<br>` inside a line is left where it is', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\n<p>Unauthorized<br>Log in again</p>');
    expect(report.status).toBe(401);
  });
});

describe('an HTTP Signature in Authorization is a signed request, not a bearer token (parse/authorization.ts)', () => {
  const SIG = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk=';
  it('catches not: Oracle Cloud’s `Signature version="1",keyId=…,signature=…` in Python http.client’s trace (find_string id 20174444750)', async () => {
    const report = await run(
      [
        `send: b'GET /n/ HTTP/1.1\\r\\nHost: objectstorage.us-ashburn-1.oraclecloud.com\\r\\nauthorization: Signature version="1",headers="date (request-target) host",keyId="ocid1.tenancy.oc1..aaaa/ocid1.user.oc1..bbbb/aa:bb:cc",algorithm="rsa-sha256",signature="${SIG}"\\r\\n\\r\\n'`,
        "reply: 'HTTP/1.1 401 Unauthorized\\r\\n'",
        'header: WWW-Authenticate: Casper realm="AUTH_casper"',
        'header: Content-Type: application/json',
      ].join('\n'),
    );
    const codes = report.findings.map((f) => f.code);
    for (const code of ['authz-header.scheme', 'authz-header.format', 'token.opaque', 'token.missing'] as const)
      expect(codes).not.toContain(code);
    expect(JSON.stringify(report)).not.toContain(SIG);
  });
  it('catches: `Signature <one value>` with no keyId is a credential under another scheme still', async () => {
    await catches(
      'authz-header.scheme',
      'GET /v1/orders HTTP/1.1\nAuthorization: Signature abcdefghijklmnopqrstuvwxyz0123456789\n\nHTTP/1.1 401 Unauthorized',
    );
  });
});

describe('a token request’s Basic client authentication, its grant sent as JSON (checks/authz-header.ts)', () => {
  const exchange = (body: string): string =>
    [
      '> POST /oauth/token HTTP/1.1',
      '> Content-Type: application/json',
      '> Authorization: Basic Z2l0bGFiOnBhc3N3b3Jk',
      '>',
      '',
      body,
      '',
      '> HTTP/2.0 401 Unauthorized',
      '> Www-Authenticate: Bearer realm="Doorkeeper", error="invalid_client", error_description="Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."',
    ].join('\n');
  it('catches not: `"grant_type": "password"` is a token request, where Basic is client_secret_basic (find_string id 32226991248)', async () => {
    const report = await catchesNot(
      'authz-header.scheme',
      exchange('{\n    "client_id": "app",\n    "grant_type": "password"\n}'),
    );
    expect(report.findings[0]?.code).toBe('oauth.invalid-client');
  });
  it('catches: the same Basic to an API call whose JSON holds no grant', async () => {
    await catches('authz-header.scheme', exchange('{\n    "client_id": "app",\n    "name": "orders"\n}'));
  });
});

describe('did-jwt’s expiry, as a DID service’s problem+json carries it (verifier-messages/node.ts)', () => {
  it('catches time.expired under Ktor’s ClientRequestException, EBSI’s detail (find_string id 12624569671)', async () => {
    const f = await catches(
      'time.expired',
      'io.ktor.client.features.ClientRequestException: Client request(https://api.preprod.ebsi.eu/did-registry/v2/jsonrpc) invalid: 401 Unauthorized. Text: "{"title":"Unauthorized","status":401,"type":"about:blank","detail":"Invalid JWT: JWT has expired: exp: 1623244001 < now: 1623245358"}"',
    );
    expect(f.args).toMatchObject({ via: 'did-jwt' });
  });
  it('catches not: the words without did-jwt’s `exp: … < now: …`', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\n{"detail":"the JWT has expired: exp: see the docs"}');
    expect(report.findings.some((f) => f.args.via === 'did-jwt')).toBe(false);
  });
});

describe('`&nbsp;` left by a page’s HTML (normalize.ts)', () => {
  it('catches the axios `_header` dump indented with `&nbsp;` as the request sent (yesmeck/waque#10)', async () => {
    const report = await run(
      [
        'waque init Error: Request failed with status code 401',
        "&nbsp; &nbsp; _header: 'GET /api/v2/user HTTP/1.1\\r\\n' +",
        "&nbsp; &nbsp; &nbsp; 'Accept: application/json, text/plain, */*\\r\\n' +",
        `&nbsp; &nbsp; &nbsp; 'Authorization: Bearer ${EXPIRED}\\r\\n' +`,
        "&nbsp; &nbsp; &nbsp; 'Host: www.acme-corp.com\\r\\n' +",
        "&nbsp; &nbsp; &nbsp; '\\r\\n',",
      ].join('\n'),
    );
    expect(report.token?.foundIn).toBe('authorization-header');
    expect(report.findings[0]?.code).toBe('time.expired');
  });
});
