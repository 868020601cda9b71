import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);

/** A raw request as browsers' "copy request headers" gives it, then the 401 it got. */
function rawRequest(headerLines: string[]): string {
  return [
    'GET /v1/orders HTTP/1.1',
    'Host: api.acme-corp.com',
    'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    ...headerLines,
    'Accept: application/json',
    '',
    'HTTP/1.1 401 Unauthorized',
    'WWW-Authenticate: Bearer realm="orders", error="invalid_token"',
    'Content-Length: 0',
  ].join('\n');
}

function withAuthorization(value: string): string {
  return rawRequest([`Authorization: ${value}`]);
}

describe('authz-header.missing: request headers were given and carry no Authorization header', () => {
  it('catches a raw request without one', async () => {
    const f = await catches('authz-header.missing', rawRequest([]));
    expect(f.args).toEqual({ otherCredentials: null });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches a request that sent a session cookie instead, and says so', async () => {
    const f = await catches(
      'authz-header.missing',
      rawRequest(['Cookie: session=s%3A9f1c2a; _ga=GA1.2.1440299823.1779970000']),
    );
    expect(f.args).toEqual({ otherCredentials: 'cookie' });
  });

  it('says a CORS preflight is refused, and steps to let OPTIONS through, when the request is one', async () => {
    const preflight = [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: OPTIONS',
      'Status Code: 401 Unauthorized',
      'access-control-request-headers: authorization,content-type',
      'access-control-request-method: GET',
      'origin: https://app.acme-corp.com',
    ].join('\n');
    const f = await catches('authz-header.missing', preflight);
    expect(f.args).toEqual({ otherCredentials: null, preflight: true });
    expect(f.detail).toContain('CORS preflight');
    expect((await run(preflight)).nextSteps[0]).toMatch(/^Let OPTIONS requests through without authentication/);
    // A GET whose headers lack Authorization is no preflight.
    expect((await catches('authz-header.missing', rawRequest([]))).args).not.toHaveProperty('preflight');
  });

  it.each([
    [
      'a curl command with other headers only',
      '$ curl -i https://api.acme-corp.com/v1/orders -H "Accept: application/json"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    ],
    [
      'curl -v output',
      '> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> User-Agent: curl/8.7.1\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"\n<',
    ],
  ])('catches %s', async (_name, input) => {
    await catches('authz-header.missing', input);
  });

  it('replaces token.missing: the specific cause, not the general one', async () => {
    const report = await catchesNot('token.missing', rawRequest([]));
    expect(report.findings.map((f) => f.code)).toContain('authz-header.missing');
  });

  it('still catches a call to an API path that merely holds "token"', async () => {
    await catches(
      'authz-header.missing',
      '$ curl -i https://api.acme-corp.com/v1/tokens/42/usage\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
  });

  it.each([
    [
      'only the response (absent is not missing)',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    ],
    ['only a verifier log line', 'TokenExpiredError: jwt expired'],
    ['a request that carries one', withAuthorization(`Bearer ${TOKEN}`)],
    [
      // A bare 401 to it is the query variant (below); a 401 that judged the token read it.
      'a request with the token in the query string, judged by the server',
      '$ curl -i "https://api.acme-corp.com/v1/orders?access_token=Zk9xY2hqT3BxZ0RtVnJ3dA"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    ],
    [
      'a request to an OAuth token endpoint (its credentials are in the body)',
      '$ curl -i -X POST https://auth.acme-corp.com/oauth/token -d grant_type=client_credentials -d client_id=orders-api -d client_secret=$SECRET\nHTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client"}',
    ],
    [
      "Entra ID's v2.0 token endpoint",
      '> POST /acme.onmicrosoft.com/oauth2/v2.0/token HTTP/1.1\n> Host: login.microsoftonline.com\n> Content-Type: application/x-www-form-urlencoded\n>\n< HTTP/1.1 400 Bad Request',
    ],
    [
      'a Vault auth login',
      '$ curl --request POST --data \'{"jwt": "$JWT", "role": "ci"}\' https://vault.acme-corp.com/v1/auth/jwt/login',
    ],
    [
      'AWS STS AssumeRoleWithWebIdentity',
      '$ curl -s "https://sts.amazonaws.com/?Action=AssumeRoleWithWebIdentity&RoleArn=arn:aws:iam::123456789012:role/ci&RoleSessionName=ci&Version=2011-06-15"',
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('authz-header.missing', input);
  });
});

describe('authz-header.missing (otherCredentials: query): a 401 that says nothing of a token sent as ?access_token=', () => {
  const token = unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS);
  const curl = (url: string) => `$ curl -i "${url}"`;

  it.each([
    [
      'a curl with the token in the query and a bare 401',
      `${curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)}\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'a request line with the token after another parameter',
      `GET /v1/orders?page=2&access_token=${token} HTTP/1.1\nHost: api.acme-corp.com\n\nHTTP/1.1 401 Unauthorized\n\n{"error":"unauthorized"}`,
    ],
    [
      'an opaque token in the query',
      `${curl('https://api.acme-corp.com/v1/orders?access_token=Zk9xY2hqT3BxZ0RtVnJ3dA')}\nHTTP/1.1 401 Unauthorized`,
    ],
  ])('catches %s, as a warning that names the verifiers’ switches', async (_name, input) => {
    const f = await catches('authz-header.missing', input);
    expect(f.args.otherCredentials).toBe('query');
    expect(f.severity).toBe('warning');
    const report = await run(input);
    expect(report.nextSteps.join('\n')).toContain('allowUriQueryParameter');
    // The token in the evidence is its label, never the token.
    expect(JSON.stringify(report)).not.toContain(token.split('.')[1] as string);
  });

  it.each([
    [
      'the server judged the token (a challenge error)',
      `${curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)}\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"`,
    ],
    [
      'a verifier message about it',
      `${curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)}\nHTTP/1.1 401 Unauthorized\n\nTokenExpiredError: jwt expired`,
    ],
    [
      'a 403 (the token was read, the request refused)',
      `${curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)}\nHTTP/1.1 403 Forbidden`,
    ],
    ['a 200', `${curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)}\nHTTP/1.1 200 OK`],
    ['no status at all', curl(`https://api.acme-corp.com/v1/orders?access_token=${token}`)],
    [
      'an empty access_token',
      `${curl('https://api.acme-corp.com/v1/orders?access_token=&page=2')}\nHTTP/1.1 401 Unauthorized`,
    ],
  ])('does not catch %s', async (_name, input) => {
    const report = await run(input);
    expect(
      report.findings.find((f) => f.code === 'authz-header.missing' && f.args.otherCredentials === 'query'),
    ).toBeUndefined();
  });
});

describe('authz-header.missing (misnamed): the token sent under a misspelt Authorization', () => {
  const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT' }, CLAIMS, '***');
  const request = (name: string, value = `Bearer ${TOKEN}`) =>
    `> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> ${name}: ${value}\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"`;

  it.each(['Authorisation', 'Authentication', 'authroization', 'Autorization'])(
    'names %s and quotes it, and the step renames it',
    async (name) => {
      const f = await catches('authz-header.missing', request(name));
      expect(f.args.misnamed).toBe(name);
      expect(f.evidence).toContain(`${name}: Bearer ‹token`);
      const report = await run(request(name));
      expect(report.nextSteps[0]).toBe(
        `Rename the header to Authorization in the client (Authorization: Bearer <token>), in place of "${name}".`,
      );
      expect(report.nextSteps.join('\n')).not.toContain('Check that the client attaches');
      const ja = await run(request(name), { locale: 'ja' });
      expect(ja.nextSteps[0]).toContain(`"${name}" から Authorization に直してください`);
    },
  );

  it.each([
    ['a custom header an API may define', 'X-Authorization', `Bearer ${TOKEN}`],
    ['a misspelt name with no credential in it', 'Authorisation', 'none'],
    ['an API key header', 'X-Auth-Token', 'abc'],
  ])('keeps the plain words for %s', async (_name, name, value) => {
    const report = await run(request(name, value));
    expect(report.findings.some((f) => f.args.misnamed !== undefined)).toBe(false);
  });
});

describe('authz-header.scheme: the scheme is not Bearer', () => {
  it.each([
    ['Basic', 'Basic YXBpLWNsaWVudDpodW50ZXIy', 'Basic'],
    ['Token', `Token ${TOKEN}`, 'Token'],
    ['JWT', `JWT ${TOKEN}`, 'JWT'],
    ['a bare token with no scheme', TOKEN, null],
  ])('catches %s', async (_name, value, scheme) => {
    const f = await catches('authz-header.scheme', withAuthorization(value));
    expect(f.args).toEqual({ scheme });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it.each([
    ['Bearer', `Bearer ${TOKEN}`],
    ['a lower-case bearer (the scheme is case-insensitive)', `bearer ${TOKEN}`],
    ['DPoP, a scheme of its own for sender-constrained tokens', `DPoP ${TOKEN}`],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('authz-header.scheme', withAuthorization(value));
  });

  it("does not catch a scheme the server's own challenge offers (Elasticsearch's ApiKey)", async () => {
    await catchesNot(
      'authz-header.scheme',
      [
        '$ curl -i https://es.acme-corp.com:9200/_security/_authenticate -H "Authorization: ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Basic realm="security", charset="UTF-8"',
        'WWW-Authenticate: Bearer realm="security"',
        'WWW-Authenticate: ApiKey',
      ].join('\n'),
    );
  });

  it('still catches Basic where the server offers only Bearer', async () => {
    await catches(
      'authz-header.scheme',
      [
        '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Basic YXBpLWNsaWVudDpodW50ZXIy"',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer realm="api"',
      ].join('\n'),
    );
  });
});

describe('authz-header.double-prefix: Bearer Bearer …', () => {
  it.each([
    ['Bearer Bearer', `Bearer Bearer ${TOKEN}`, 'bearer-bearer'],
    ['Bearer bearer', `Bearer bearer ${TOKEN}`, 'bearer-bearer'],
    ['Bearer: with a colon', `Bearer: ${TOKEN}`, 'bearer-colon'],
    ['the header name pasted into the value', `Authorization: Bearer ${TOKEN}`, 'header-name'],
  ])('catches %s', async (_name, value, form) => {
    const f = await catches('authz-header.double-prefix', withAuthorization(value));
    expect(f.args).toEqual({ form });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches it and still decodes the token behind the prefixes', async () => {
    const report = await run(withAuthorization(`Bearer Bearer ${TOKEN}`));
    expect(report.token?.kind).toBe('jws');
    expect(report.findings.map((f) => f.code)).not.toContain('token.malformed');
  });

  it.each([
    ['a single Bearer', `Bearer ${TOKEN}`],
    [
      'a token whose claims mention Bearer',
      `Bearer ${unsigned({ alg: 'RS256' }, { ...CLAIMS, token_type: 'Bearer' })}`,
    ],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('authz-header.double-prefix', withAuthorization(value));
  });
});

describe('authz-header.format: quotes, stray whitespace, line breaks or characters outside b64token', () => {
  it.each([
    ['quotes around the token', `Bearer "${TOKEN}"`, ['quotes']],
    ['two spaces after the scheme', `Bearer  ${TOKEN}`, ['extra-space']],
    ['a space inside the token', `Bearer ${TOKEN.slice(0, 40)} ${TOKEN.slice(40)}`, ['extra-space']],
  ])('catches %s', async (_name, value, problems) => {
    const f = await catches('authz-header.format', withAuthorization(value));
    expect(f.args).toEqual({ problems, characters: [] });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches a trailing space inside a quoted curl header', async () => {
    const f = await catches(
      'authz-header.format',
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${TOKEN} "\nHTTP/1.1 401 Unauthorized`,
    );
    expect(f.args).toEqual({ problems: ['extra-space'], characters: [] });
  });

  it('catches an escaped line break at the end of a curl header (a token read from a file with its newline)', async () => {
    const f = await catches(
      'authz-header.format',
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${TOKEN}\\n"\nHTTP/1.1 401 Unauthorized`,
    );
    expect(f.args).toEqual({ problems: ['line-break'], characters: [] });
  });

  it('catches a comma inside the token, naming the character', async () => {
    const f = await catches(
      'authz-header.format',
      withAuthorization(`Bearer ${TOKEN.slice(0, 30)},${TOKEN.slice(30)}`),
    );
    expect(f.args).toEqual({ problems: ['bad-characters'], characters: [','] });
  });

  it('catches two different Authorization headers in one request', async () => {
    const other = unsigned({ alg: 'RS256', kid: 'acme-2026-04' }, { ...CLAIMS, sub: 'svc-reporting' });
    const input = `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${TOKEN}" -H "Authorization: Bearer ${other}"\nHTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer error="invalid_request"`;
    const f = await catches('authz-header.format', input);
    expect(f.args).toEqual({ problems: ['duplicate'], characters: [] });
    expect(f.severity).toBe('error');
  });

  it.each(['bearer', 'BEARER'])('catches a %s scheme as info only: the scheme is case-insensitive', async (scheme) => {
    const f = await catches('authz-header.format', withAuthorization(`${scheme} ${TOKEN}`));
    expect(f.args).toEqual({ problems: ['lowercase-scheme'], characters: [] });
    expect(f.severity).toBe('info');
  });

  it('catches a lower-case bearer with quotes as an error: the quotes are the problem', async () => {
    const f = await catches('authz-header.format', withAuthorization(`bearer "${TOKEN}"`));
    expect(f.args).toEqual({ problems: ['lowercase-scheme', 'quotes'], characters: [] });
    expect(f.severity).toBe('error');
  });

  it.each([
    ['a clean Bearer header', `Bearer ${TOKEN}`],
    ['a signature masked with ***', `Bearer ${unsigned({ alg: 'RS256' }, CLAIMS, '***')}`],
    ['a signature masked with [REDACTED]', `Bearer ${unsigned({ alg: 'RS256' }, CLAIMS, '[REDACTED]')}`],
    ['a signature masked with <redacted>', `Bearer ${unsigned({ alg: 'RS256' }, CLAIMS, '<redacted>')}`],
  ])('does not catch %s (mask characters are not format problems)', async (_name, value) => {
    await catchesNot('authz-header.format', withAuthorization(value));
  });

  it('does not catch Slack-escaped or smart-quoted pastes: paste artefacts are undone, not reported', async () => {
    const input = `curl -i https://api.acme-corp.com/v1/orders -H “Authorization: Bearer ${TOKEN}”\nHTTP/1.1 401 Unauthorized`;
    await catchesNot('authz-header.format', input);
  });
});

describe('authz-header.url-encoded: the token is percent-encoded', () => {
  it('catches dots encoded as %2E', async () => {
    const f = await catches('authz-header.url-encoded', withAuthorization(`Bearer ${TOKEN.replaceAll('.', '%2E')}`));
    expect(f.args).toEqual({ sequences: ['%2E'], double: false });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches double encoding (%252E)', async () => {
    const f = await catches('authz-header.url-encoded', withAuthorization(`Bearer ${TOKEN.replaceAll('.', '%252E')}`));
    expect(f.args).toEqual({ sequences: ['%252E'], double: true });
  });

  it('catches an encoded padding character (%3D) in an opaque token', async () => {
    const f = await catches('authz-header.url-encoded', withAuthorization('Bearer dGhpcy1pcy1hbi1vcGFxdWUtdG9rZW4%3D'));
    expect(f.args).toEqual({ sequences: ['%3D'], double: false });
  });

  it('catches it and still decodes the token once unencoded', async () => {
    const report = await run(withAuthorization(`Bearer ${TOKEN.replaceAll('.', '%2E')}`));
    expect(report.token?.kind).toBe('jws');
  });

  it.each([
    ['a clean token', `Bearer ${TOKEN}`],
    ['an opaque token with - _ ~ + / and = padding', 'Bearer a-b_c~d+e/f9Qx2LcR4vT9wYz1bN6=='],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('authz-header.url-encoded', withAuthorization(value));
  });
});

describe('authz-header.format: a {{variable}} the request sent as literal text (unexpanded-variable)', () => {
  // Postman sends an undefined variable as its literal text (postmanlabs/postman-app-support#1846); its console shows
  // the headers that went out, with the User-Agent it adds at send time.
  const POSTMAN_CONSOLE = [
    'GET https://api.acme-corp.com/v1/orders',
    '401',
    '112 ms',
    'Request Headers',
    'Authorization: Bearer {{access_token}}',
    'User-Agent: PostmanRuntime/7.39.0',
    'Accept: */*',
    'Response Headers',
    'WWW-Authenticate: Bearer',
    'Content-Length: 0',
  ].join('\n');

  it("catches Postman's console record of the request, names the variable, and reports no mask", async () => {
    const report = await run(POSTMAN_CONSOLE);
    expect(report.findings[0]?.code).toBe('authz-header.format');
    expect(report.findings[0]?.args).toMatchObject({ problems: ['unexpanded-variable'], variable: 'access_token' });
    expect(report.findings[0]?.title).toBe('The request sent {{access_token}} instead of a token');
    expect(report.nextSteps[0]).toContain('Select the environment that defines access_token');
    expect(report.findings.map((f) => f.code)).not.toContain('input.masked');
  });

  it("catches curl -v's trace of the header it sent", async () => {
    const f = await catches(
      'authz-header.format',
      [
        '> GET /v1/orders HTTP/1.1',
        '> Host: api.acme-corp.com',
        '> Authorization: Bearer {{token}}',
        '>',
        '< HTTP/1.1 401 Unauthorized',
        '< WWW-Authenticate: Bearer error="invalid_token"',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ problems: ['unexpanded-variable'], variable: 'token' });
  });

  it('catches a curl command whose answer is pasted (a shell leaves {{token}} alone)', async () => {
    const f = await catches(
      'authz-header.format',
      'curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer {{token}}"\nHTTP/1.1 401 Unauthorized',
    );
    expect(f.args).toMatchObject({ variable: 'token' });
  });

  it('says it in Japanese', async () => {
    const report = await run(POSTMAN_CONSOLE, { locale: 'ja' });
    expect(report.findings[0]?.title).toBe('トークンの代わりに {{access_token}} が送られています');
  });

  it('catches not a request file or an editor: the tool fills the variable in when it sends (input.masked)', async () => {
    const report = await catchesNot(
      'authz-header.format',
      [
        'GET https://api.acme-corp.com/v1/orders HTTP/1.1',
        'Authorization: Bearer {{token}}',
        '',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token"',
      ].join('\n'),
    );
    expect(report.findings.map((f) => f.code)).toContain('input.masked');
  });

  it('catches not a curl command with no answer (a snippet with a placeholder), nor a shell variable', async () => {
    await catchesNot(
      'authz-header.format',
      'curl https://api.acme-corp.com/v1/orders -H "Authorization: Bearer {{token}}"',
    );
    await catchesNot(
      'authz-header.format',
      'curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer $TOKEN"\nHTTP/1.1 401 Unauthorized',
    );
  });

  it('catches not a variable the paste defines (REST Client @token = …): its token is the one checked', async () => {
    await catchesNot(
      'authz-header.format',
      [
        `@token = ${TOKEN}`,
        '> GET /v1/orders HTTP/1.1',
        '> Authorization: Bearer {{token}}',
        '< HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
});

describe('quotes around the whole Authorization value on a line of its own are the writer’s, not sent', () => {
  for (const [name, line] of [
    ['straight quotes (YAML, a config)', `Authorization: "Bearer ${TOKEN}"`],
    ['single quotes', `Authorization: 'Bearer ${TOKEN}'`],
    ['a phone’s smart quotes in a chat message', `Authorization: \u201cBearer ${TOKEN}\u201d`],
  ] as const) {
    it(`reads the Bearer token inside ${name}`, async () => {
      const report = await run(`${line}\nHTTP/1.1 401 Unauthorized`);
      const codes = report.findings.map((f) => f.code);
      expect(codes).not.toContain('authz-header.scheme');
      expect(codes).not.toContain('authz-header.format');
      expect(report.token?.kind).toBe('jws');
    });
  }

  it('catches quotes inside a value curl was given: there they were sent', async () => {
    const f = await catches(
      'authz-header.scheme',
      `curl -i https://api.acme-corp.com/v1/orders -H 'Authorization: "Bearer ${TOKEN}"'\nHTTP/1.1 401 Unauthorized`,
    );
    expect(f.args).toEqual({ scheme: '"Bearer' });
  });
});

describe("a shell command substitution as the credential is the shell's, not the header's", () => {
  for (const credential of ['$(gcloud auth print-identity-token)', '$(cat token.txt)', '`cat token.txt`']) {
    it(`reads Bearer ${credential} as an unexpanded value (input.masked), with no format or opaque-token finding`, async () => {
      const report = await run(
        `curl -i -H "Authorization: Bearer ${credential}" https://api.acme-corp.com/v1/orders\nHTTP/1.1 401 Unauthorized`,
      );
      const codes = report.findings.map((f) => f.code);
      expect(codes).toContain('input.masked');
      for (const code of ['authz-header.format', 'authz-header.scheme', 'token.opaque', 'token.missing'] as const)
        expect(codes).not.toContain(code);
    });
  }

  it('catches backticks inside a credential that is not one substitution', async () => {
    await catches('authz-header.format', withAuthorization('Bearer abc`def`ghi'));
  });
});

describe('authz-header.missing (cutBy: &): an unquoted URL whose & ended the curl command before its Authorization', () => {
  const token = unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS);
  const header = `-H "Authorization: Bearer ${token}"`;

  it.each([
    [
      'the -H after the URL on the same line',
      `$ curl -i https://api.acme-corp.com/v1/orders?page=2&limit=50 ${header}\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'the -H on a continued line',
      `curl -s https://api.acme-corp.com/v1/orders?page=2&limit=50 \\\n  ${header}\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'Slack’s link and &amp; around the unquoted URL',
      `curl <https://api.acme-corp.com/v1/orders?page=2&amp;limit=50> ${header}\n→ 401`,
    ],
  ])('catches %s, and says to quote the URL', async (_name, input) => {
    const f = await catches('authz-header.missing', input);
    expect(f.args.cutBy).toBe('&');
    expect(f.title).toContain('unquoted &');
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('Quote the URL');
    expect(JSON.stringify(report)).not.toContain(token.split('.')[1] as string);
  });

  it.each([
    [
      'a quoted URL',
      `curl -i "https://api.acme-corp.com/v1/orders?page=2&limit=50" ${header}\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'single quotes',
      `curl -i 'https://api.acme-corp.com/v1/orders?page=2&limit=50' ${header}\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'an & that backgrounds the whole command, after the header',
      `curl -i ${header} https://api.acme-corp.com/v1/orders &\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      '&& chaining the next command',
      `curl -i ${header} https://api.acme-corp.com/v1/orders?page=2 && echo done\nHTTP/1.1 401 Unauthorized`,
    ],
    [
      'an unquoted & with no Authorization after it',
      `curl -i https://api.acme-corp.com/v1/orders?page=2&limit=50 -H "Accept: application/json"\nHTTP/1.1 401 Unauthorized`,
    ],
  ])('does not catch %s', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.find((f) => f.args.cutBy !== undefined)).toBeUndefined();
  });
});
