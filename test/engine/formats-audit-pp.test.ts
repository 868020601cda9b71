/**
 * Round audit-pp: what HTTP client libraries print about a 401 or 403 (their exceptions, and their debug or network
 * logs), with the response's headers or body inside. Each row cites the paste it was rebuilt from, or the library's
 * source for the shape.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { EXPIRED_MASKED } from '../helpers/paste-fixtures.js';

describe('a log line that starts with "warning:" is no Warning header', () => {
  // vdirsyncer logs `warning: Failed to discover collections for …` (pimutils/vdirsyncer vdirsyncer/cli/discover.py,
  // logger.warning) above the aiohttp error it failed on: a paste that shows no response headers at all.
  const vdirsyncer = [
    '$ vdirsyncer discover',
    'Discovering collections for pair my_calendars',
    'martin_cal_local:',
    'warning: Failed to discover collections for martin_cal_remote, use `-vdebug` to see the full traceback.',
    "error: Unknown error occurred: 401, message='Unauthorized', url=URL('https://dav.example.de/dav.php')",
    'error: Use `-vdebug` to see the full traceback.',
  ].join('\n');

  it('catches not: challenge.missing under a tool’s warning line', async () => {
    const r = await catchesNot('challenge.missing', vdirsyncer);
    expect(r.status).toBe(401);
  });

  it('catches: the status on PowerShell’s WARNING line (mbegan/Okta-PSModule#65), read once the line is no header', async () => {
    const r = await run(
      [
        'Write-Error:  errorCode: E0000011; errorSummary: Invalid token provided; errorId: oae5F52UwRnQsOUuKlNn7nhkw  causes:',
        'WARNING: Response status code does not indicate success: 401 (Unauthorized).',
      ].join('\n'),
    );
    expect(r.status).toBe(401);
  });

  it('catches: a real Warning field (RFC 7234 §5.5, its warn-code first) still shows the response’s headers', async () => {
    const f = await catches(
      'challenge.missing',
      ['HTTP/1.1 401 Unauthorized', 'Warning: 299 - "Deprecated API version"', 'Content-Length: 0'].join('\n'),
    );
    expect(f.code).toBe('challenge.missing');
  });
});

describe('a printed NSError’s userInfo is not a printed NSHTTPURLResponse’s headers', () => {
  // AFNetworking's userInfo dump (Alamofire/AFNetworking's serializer, pasted in AFNetworking captures): its
  // `NSLocalizedDescription = "Request failed: unauthorized (401)";` was read as a response field, and the report was
  // input.empty.
  const userInfo = [
    'userinfo: {',
    '    NSErrorFailingURLKey = "http://api.example.com/feed.xml";',
    '    NSLocalizedDescription = "Request failed: unauthorized (401)";',
    '    "com.alamofire.serialization.response.error.data" = <>;',
    '    "com.alamofire.serialization.response.error.response" = "<NSHTTPURLResponse: 0x7f8c81731e60> { URL: http://api.example.com/feed.xml } { status code: 401, headers {\\n    Connection = \\"Keep-Alive\\";\\n    \\"Content-Length\\" = 0;\\n} }";',
    '}',
  ].join('\n');

  it('catches: the status its description states', async () => {
    const r = await run(userInfo);
    expect(r.status).toBe(401);
    expect(r.findings.map((f) => f.code)).not.toContain('input.empty');
  });

  it('catches: the escaped response in the userInfo, its challenge read (Basic: the steps for a user name and password)', async () => {
    const f = await catches(
      'token.missing',
      userInfo.replace(
        '\\"Content-Length\\" = 0;',
        '\\"Www-Authenticate\\" = \\"Basic realm=\\\\\\"basicRealm\\\\\\"\\";',
      ),
    );
    expect(f.args).toMatchObject({ challenge: 'basic' });
  });

  it('catches not: a quoted response with no escaped line ends is left as printed', async () => {
    const r = await run(
      'com.alamofire.serialization.response.error.response="<NSHTTPURLResponse: 0x600000c20640> { URL: https://api.example.com/x }", NSLocalizedDescription=Request failed: forbidden (403)',
    );
    expect(r.status).toBe(403);
    expect(r.challenges).toEqual([]);
  });

  it('catches: the entries of the headers dictionary itself, known names or not (AFNetworking/AFNetworking#4089)', async () => {
    const input = [
      'ERROR: " Error Domain=com.alamofire.error.serialization.response Code=-1011 "Request failed: unauthorized (401)" UserInfo=0x7fd440dc6e00 {com.alamofire.serialization.response.error.response=<NSHTTPURLResponse: 0x7fd44586cbb0> { URL: http://api.example.com/users/login } { status code: 401, headers {',
      '    "Accept-Ranges" = none;',
      '    "Proxy-Support" = "Session-Based-Authentication";',
      '    Via = "HTTP/1.1 sophos.http.proxy:3128";',
      '    "Www-Authenticate" = "Bearer realm=\\"api\\", error=\\"invalid_token\\"";',
      '} }"',
    ].join('\n');
    const f = await catches('challenge.invalid-token', input);
    expect(f.source).toBe('response-header');
  });

  it('catches: an entry after the dictionary closed is read as text, not as a field (its status counts)', async () => {
    const r = await run(
      [
        '<NSHTTPURLResponse: 0x600001f34460> { URL: https://api.example.com/ } { Status Code: 200, Headers {',
        '    Date =     (',
        '        "Tue, 27 Aug 2019 16:36:10 GMT"',
        '    );',
        '} }',
        'NSLocalizedDescription = "Request failed: forbidden (403)";',
      ].join('\n'),
    );
    expect(r.status).toBe(403);
  });
});

describe('aiohttp’s printed header multidicts (<CIMultiDictProxy(…)>)', () => {
  // The repr of a ClientResponseError (aio-libs/aiohttp aiohttp/client_exceptions.py, __repr__): the RequestInfo's
  // headers are the request's as sent, the ones after status= the response's.
  const repr = (requestHeaders: string, status: number, message: string, responseHeaders: string) =>
    `aiohttp.client_exceptions.ClientResponseError: ClientResponseError(RequestInfo(url=URL('https://api.acme-corp.com/v1/orders'), method='GET', headers=<CIMultiDictProxy(${requestHeaders})>, real_url=URL('https://api.acme-corp.com/v1/orders')), (), status=${status}, message='${message}', headers=<CIMultiDictProxy(${responseHeaders})>)`;

  it('catches: the response’s challenge, and the request’s token judged (signature masked)', async () => {
    const input = repr(
      `'Host': 'api.acme-corp.com', 'Authorization': 'Bearer ${EXPIRED_MASKED}', 'Accept': '*/*', 'User-Agent': 'Python/3.12 aiohttp/3.12.13'`,
      401,
      'Unauthorized',
      `'Content-Length': '0', 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The token expired"', 'Date': 'Thu, 28 May 2026 14:09:58 GMT'`,
    );
    const f = await catches('challenge.invalid-token', input);
    expect(f.source).toBe('response-header');
    await catches('time.expired', input);
    await catchesNot('authz-header.missing', input);
  });

  it('catches: a request sent without Authorization (its RequestInfo headers shown)', async () => {
    const f = await catches(
      'authz-header.missing',
      repr(
        `'Host': 'api.acme-corp.com', 'Accept': '*/*', 'User-Agent': 'Python/3.12 aiohttp/3.12.13'`,
        401,
        'Unauthorized',
        `'Content-Length': '0', 'WWW-Authenticate': 'Bearer realm="api"'`,
      ),
    );
    expect(f.source).toBe('request-header');
  });

  it('catches: vdirsyncer’s -vdebug multidict alone on its line, each field on its name’s side (pimutils/vdirsyncer#1014)', async () => {
    const r = await run(
      [
        'debug: PROPFIND http://davmail.example.tld/users/calendar/',
        "debug: {'User-Agent': 'vdirsyncer/0.18.1.dev35+g177748d', 'Content-Type': 'application/xml; charset=UTF-8', 'Depth': '1'}",
        'debug: Sending request...',
        'debug: 401',
        `debug: <CIMultiDictProxy('Server': 'nginx/1.14.1', 'Date': 'Tue, 06 Dec 2022 12:54:30 GMT', 'Content-Length': '0', 'Connection': 'keep-alive', 'WWW-Authenticate': 'Basic realm="DavMail Gateway"')>`,
        'debug: <StreamReader eof>',
        "error: Unknown error occurred for local-remote: 401, message='Unauthorized', url=URL('https://davmail.example.tld/users/calendar/')",
      ].join('\n'),
    );
    expect(r.status).toBe(401);
    expect(r.challenges.map((c) => c.scheme)).toEqual(['Basic']);
  });

  it('catches not: the words alone, with no multidict printed, show no headers', async () => {
    const r = await catchesNot(
      'challenge.missing',
      "aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://api.acme-corp.com/v1/orders')",
    );
    expect(r.challenges).toEqual([]);
  });

  it('catches not: an empty multidict (aiohttp prints headers= with none) shows no request', async () => {
    await catchesNot(
      'authz-header.missing',
      "ClientResponseError(RequestInfo(url=URL('http://mastodon_web/users/bob/inbox'), method='POST', headers=<CIMultiDictProxy()>, real_url=URL('http://mastodon_web/users/bob/inbox')), (), status=401, message='Unauthorized', headers=<CIMultiDictProxy()>)",
    );
  });
});

describe('authz-header.missing when the server challenges with Basic alone', () => {
  // pimutils/vdirsyncer#1014: vdirsyncer sent DavMail no credentials, and DavMail's challenge asks for Basic.
  const request = [
    'PROPFIND /users/calendar/ HTTP/1.1',
    'Host: davmail.example.tld',
    'User-Agent: vdirsyncer/0.18.1',
    'Depth: 1',
    '',
    'HTTP/1.1 401 Unauthorized',
    'Server: nginx/1.14.1',
  ];

  it('catches: the steps ask for the user name and password, not a bearer token', async () => {
    const input = [...request, 'WWW-Authenticate: Basic realm="DavMail Gateway"'].join('\n');
    const f = await catches('authz-header.missing', input);
    expect(f.args).toMatchObject({ challenge: 'basic' });
    const r = await run(input);
    expect(r.nextSteps[0]).toContain('user name and password');
    expect((await run(input, { locale: 'ja' })).nextSteps[0]).toContain('ユーザー名とパスワード');
  });

  it('catches not: a Bearer challenge, or Basic beside Bearer, keeps the bearer steps', async () => {
    for (const challenge of ['Bearer realm="api"', 'Basic realm="api", Bearer realm="api"']) {
      const f = await catches('authz-header.missing', [...request, `WWW-Authenticate: ${challenge}`].join('\n'));
      expect(f.args.challenge).toBeUndefined();
    }
  });
});

describe('Guzzle’s " (truncated...)" mark ends the body it quotes', () => {
  it('catches: the description read up to the mark, not into the exception’s stack (krizalys/onedrive-php-sdk#113)', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'Fatal error: Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://login.microsoftonline.com/common/oauth2/v2.0/token` resulted in a `401 Unauthorized` response: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being se (truncated...) in /home/app/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113 Stack trace: #0 /home/app/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL) #1 /home/app/vendor/guzzlehttp/promises/src/Promise.php(209)',
    );
    expect(f.args).toMatchObject({
      via: 'entra-id',
      description: 'AADSTS7000215: Invalid client secret provided. Ensure the secret being se…',
    });
  });

  it('catches: the mark at the paste’s end is not part of the description either', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      [
        'GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.acme-corp.com/v1/admin` resulted in a `403 Forbidden` response:',
        '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access to (truncated...)',
      ].join('\n'),
    );
    expect(f.args.description).toBe('The request requires higher privileges than provided by the access to…');
  });

  it('catches not: a whole description that quotes the words keeps them (the closing quote ends it)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_token","error_description":"Token body (truncated...) could not be parsed"}',
    );
    expect(f.args.description).toBe('Token body (truncated...) could not be parsed');
  });
});

describe('status.not-auth: a 5xx whose body quotes the 401/403 its own outbound call got', () => {
  // A backend-for-frontend's Kestrel 500 whose body is the Refit exception it threw (Refit's wording as in
  // elsa-workflows/elsa-core#6954; the 401 surfaced as a 5xx, Financial-Times/ft-api-client#93).
  const bff = [
    "curl -X 'GET' 'https://localhost:7248/weatherforecast' -i",
    '',
    'HTTP/1.1 500 Internal Server Error',
    'Content-Type: text/plain; charset=utf-8',
    'Server: Kestrel',
    '',
    'Refit.ApiException: Response status code does not indicate success: 401 (Unauthorized).',
    '   at Refit.RequestBuilderImplementation.<>c__DisplayClass14_0`2.<<BuildCancellableTaskFuncForMethod>b__0>d.MoveNext() in /_/Refit/RequestBuilderImplementation.cs:line 288',
  ].join('\n');

  it('catches: downstream 401, and the step points at the credentials of the server’s own call', async () => {
    const f = await catches('status.not-auth', bff);
    expect(f.args).toEqual({ status: 500, downstream: 401 });
    expect(f.severity).toBe('error');
    const r = await run(bff);
    expect(r.findings[0]?.code).toBe('status.not-auth');
    expect(r.nextSteps.some((s) => s.includes('its own call'))).toBe(true);
    expect(r.nextSteps.some((s) => s.includes('a 5xx is a server fault'))).toBe(false);
    const ja = await run(bff, { locale: 'ja' });
    expect(ja.nextSteps.some((s) => s.includes('自身の呼び出し'))).toBe(true);
  });

  it('catches: axios’ words in a 502’s JSON body, a 403', async () => {
    const f = await catches(
      'status.not-auth',
      'HTTP/1.1 502 Bad Gateway\nContent-Type: application/json\n\n{"message":"Request failed with status code 403"}',
    );
    expect(f.args).toEqual({ status: 502, downstream: 403 });
  });

  it('catches not: a writer’s sentence under the 500 quotes no call', async () => {
    const f = await catches(
      'status.not-auth',
      'HTTP/1.1 500 Internal Server Error\n\nThe docs say this endpoint returns 401 when no token is sent.',
    );
    expect(f.args).toEqual({ status: 500 });
    expect(f.severity).toBe('info');
  });

  it('catches not: a 401 status line after the 500 is another exchange, and the one diagnosed', async () => {
    const r = await run(
      'HTTP/1.1 500 Internal Server Error\n\nretried:\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(r.status).toBe(401);
    expect(r.findings.map((f) => f.code)).not.toContain('status.not-auth');
  });
});

describe('Ruby hashes of headers with string values (Faraday’s response hash)', () => {
  // imagine-it/fakturan-nu-gem README: the response hash a Faraday error carries, `"name"=>"value"` entries.
  const faraday =
    '{:status=>401, :headers=>{"x-frame-options"=>"SAMEORIGIN", "www-authenticate"=>"Basic realm=\\"Application\\"", "content-type"=>"text/html; charset=utf-8", "x-request-id"=>"5f1cbd61-8e45-43ff-acc0-902b531df682", "connection"=>"close", "server"=>"thin 1.6.2 codename Doc Brown"}, :body=>"HTTP Basic: Access denied.\\n"}';

  it('catches: the status and the Basic challenge, with the steps for a user name and password', async () => {
    const f = await catches('token.missing', faraday);
    expect(f.args).toMatchObject({ challenge: 'basic' });
    expect((await run(faraday)).challenges.map((c) => c.scheme)).toEqual(['Basic']);
  });

  it('catches: Ruby 3.4’s spaced entries ("name" => "value")', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '{status: 401, headers: {"www-authenticate" => "Bearer error=\\"invalid_token\\", error_description=\\"The access token expired\\"", "content-length" => "0"}}',
    );
    expect(f.source).toBe('response-header');
  });

  it('catches not: a hash of names no header has shows no headers', async () => {
    await catchesNot('challenge.missing', '401 Unauthorized {"user"=>"bob", "role"=>"viewer", "team"=>"billing"}');
  });
});

describe('AFNetworking’s response body printed as NSData hex', () => {
  // The userInfo key and NSData's hex as AFNetworking/AFOAuth2Manager#143 and seatgeek/SGImageCache#27 show them.
  const body = (hex: string) =>
    `Error Domain=com.alamofire.error.serialization.response Code=-1011 "Request failed: unauthorized (401)" UserInfo={NSLocalizedDescription=Request failed: unauthorized (401), NSErrorFailingURLKey=https://api.acme-corp.com/v1/orders, com.alamofire.serialization.response.error.data=<${hex}>, com.alamofire.serialization.response.error.response=<NSHTTPURLResponse: 0x600000c20640> { URL: https://api.acme-corp.com/v1/orders }`;
  // {"error":"invalid_token","error_description":"The access token expired"}
  const rfc6750 =
    '7b226572 726f7222 3a22696e 76616c69 645f746f 6b656e22 2c226572 726f725f 64657363 72697074 696f6e22 3a225468 65206163 63657373 20746f6b 656e2065 78706972 6564227d';

  it('catches: the RFC 6750 error in the decoded body', async () => {
    const f = await catches('challenge.invalid-token', body(rfc6750));
    expect(f.args).toMatchObject({ via: 'response body', description: 'The access token expired' });
  });

  it('catches: the userInfo dictionary’s form ("key" = <…>;)', async () => {
    await catches(
      'challenge.invalid-token',
      `userInfo: {\n    NSLocalizedDescription = "Request failed: unauthorized (401)";\n    "com.alamofire.serialization.response.error.data" = <${rfc6750}>;\n}`,
    );
  });

  it('catches not: hex that is no UTF-8 text (an odd digit, a control byte) is left as it was', async () => {
    for (const hex of [`${rfc6750}0`, '1f8b0800 00000000 0003']) {
      const r = await catchesNot('challenge.invalid-token', body(hex));
      expect(r.status).toBe(401);
    }
  });
});
