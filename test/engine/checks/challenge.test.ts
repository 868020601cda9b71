import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);

/** A response as `curl -i` prints it (no request shown). */
function response(statusLine: string, headerLines: string[], body = ''): string {
  return [statusLine, 'Date: Thu, 28 May 2026 14:09:58 GMT', ...headerLines, '', body].join('\n');
}

/** `curl -i` with the request's Authorization header visible. */
function curl(authorization: string, statusLine: string, headerLines: string[]): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: ${authorization}"\n${response(statusLine, headerLines)}`;
}

describe('challenge.missing: a 401 with no WWW-Authenticate', () => {
  it('catches a 401 whose response headers are shown and hold no challenge', async () => {
    const input = response(
      'HTTP/1.1 401 Unauthorized',
      ['Content-Type: application/json', 'Content-Length: 26'],
      '{"message":"Unauthorized"}',
    );
    const f = await catches('challenge.missing', input);
    expect(f.args).toEqual({});
    expect(f).toMatchObject({ severity: 'warning', source: 'response-header', evidence: 'HTTP/1.1 401 Unauthorized' });
  });

  it('catches it in curl -v output', async () => {
    const input = `> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Bearer ${TOKEN}\n>\n< HTTP/1.1 401 Unauthorized\n< Content-Type: application/json\n< Content-Length: 26\n<\n{"message":"Unauthorized"}`;
    await catches('challenge.missing', input);
  });

  it.each([
    [
      'a 401 with a challenge',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="invalid_token"']),
    ],
    [
      'a 403 without one (RFC 9110 requires it on 401 only)',
      response('HTTP/1.1 403 Forbidden', ['Content-Type: application/json'], '{"message":"Forbidden"}'),
    ],
    [
      'a 401 mentioned next to a log line: the response headers are not shown',
      '401 Unauthorized\nTokenExpiredError: jwt expired',
    ],
    ['a log line alone', 'TokenExpiredError: jwt expired'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('challenge.missing', input);
  });
});

describe('challenge.no-error: a Bearer challenge with no error', () => {
  it('catches it as an error when the request is not shown: the server saw no credentials', async () => {
    const f = await catches(
      'challenge.no-error',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api.acme-corp.com"']),
    );
    expect(f.args).toEqual({ scheme: 'Bearer', credentialSent: false });
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
  });

  it('catches it as an error when the request visibly carried no Authorization header', async () => {
    const input = `$ curl -i https://api.acme-corp.com/v1/orders -H "Accept: application/json"\n${response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api"'])}`;
    const f = await catches('challenge.no-error', input);
    expect(f.args).toEqual({ scheme: 'Bearer', credentialSent: false });
    expect(f.severity).toBe('error');
  });

  it('catches it as an error when the request sent `Bearer undefined`: a placeholder is not a credential', async () => {
    const f = await catches(
      'challenge.no-error',
      curl('Bearer undefined', 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer']),
    );
    expect(f.args).toEqual({ scheme: 'Bearer', credentialSent: false });
    expect(f.severity).toBe('error');
  });

  it('catches it as info when the request visibly carried a token: the server withholds its reason', async () => {
    const input = `> GET /api/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Bearer ${TOKEN}\n>\n< HTTP/1.1 401 Unauthorized\n< Server: Kestrel\n< WWW-Authenticate: Bearer\n< Content-Length: 0`;
    const f = await catches('challenge.no-error', input);
    expect(f.args).toEqual({ scheme: 'Bearer', credentialSent: true });
    expect(f.severity).toBe('info');
  });

  it.each([
    [
      'a challenge with error="invalid_token"',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api", error="invalid_token"']),
    ],
    [
      'a Basic challenge, which has no RFC 6750 error codes',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Basic realm="Restricted"']),
    ],
    ['a 401 without any challenge', response('HTTP/1.1 401 Unauthorized', ['Content-Length: 0'])],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('challenge.no-error', input);
  });
});

describe('challenge.invalid-request: error="invalid_request"', () => {
  it('catches it on a 400 and quotes the description', async () => {
    const input = response('HTTP/1.1 400 Bad Request', [
      'WWW-Authenticate: Bearer error="invalid_request", error_description="Found multiple bearer tokens in the request"',
    ]);
    const f = await catches('challenge.invalid-request', input);
    expect(f.args).toEqual({ description: 'Found multiple bearer tokens in the request' });
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
  });

  it('catches it without a description', async () => {
    const f = await catches(
      'challenge.invalid-request',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="invalid_request"']),
    );
    expect(f.args).toEqual({ description: null });
  });

  it('does not catch invalid_token', async () => {
    await catchesNot(
      'challenge.invalid-request',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="invalid_token"']),
    );
  });
});

describe('challenge.dpop-proof: RFC 9449 invalid_dpop_proof and use_dpop_nonce', () => {
  it('catches invalid_dpop_proof as an error, with the description and the accepted algorithms', async () => {
    const input = curl(`DPoP ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: DPoP algs="ES256 PS256", error="invalid_dpop_proof", error_description="Invalid DPoP key binding"',
    ]);
    const f = await catches('challenge.dpop-proof', input);
    expect(f.args).toEqual({
      error: 'invalid_dpop_proof',
      description: 'Invalid DPoP key binding',
      algs: 'ES256 PS256',
    });
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
    expect((await run(input)).classification).toBe('authentication');
  });

  it('catches use_dpop_nonce as a warning (the normal first round trip)', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
      'DPoP-Nonce: eyJ7S_zG.eyJH0-Z.HX4w-7v',
    ]);
    const f = await catches('challenge.dpop-proof', input);
    expect(f.args).toEqual({
      error: 'use_dpop_nonce',
      description: 'Resource server requires nonce in DPoP proof',
      algs: null,
    });
    expect(f.severity).toBe('warning');
  });

  it('reads the DPoP challenge beside a Bearer one in the same header (RFC 9449 §7.2)', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer realm="api", DPoP algs="ES256", error="invalid_dpop_proof"',
    ]);
    await catches('challenge.dpop-proof', input);
  });

  it.each([
    ['invalid_token under DPoP', 'WWW-Authenticate: DPoP error="invalid_token"'],
    ['a DPoP challenge with no error', 'WWW-Authenticate: DPoP algs="ES256"'],
    ['the error under another scheme', 'WWW-Authenticate: Basic realm="x", error="invalid_dpop_proof"'],
  ])('does not catch %s', async (_name, header) => {
    await catchesNot('challenge.dpop-proof', response('HTTP/1.1 401 Unauthorized', [header]));
  });
});

describe('challenge.no-error: not for a challenge a syntax error cut short', () => {
  it('does not say "no credentials" when the header breaks before its error', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer realm="", authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize, error="insufficient_claims"',
    ]);
    await catches('challenge.malformed', input);
    await catchesNot('challenge.no-error', input);
  });

  it('still reports an error-less challenge before the one the error cut short', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api", Basic realm=x y']);
    await catches('challenge.no-error', input);
  });
});

describe('error values as RFC 9110 writes them', () => {
  it('reads a quoted-pair in the error and the description (RFC 9110 §5.6.4)', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      String.raw`WWW-Authenticate: Bearer error="invalid\_token", error_description="audience \"api://orders\" not accepted"`,
    ]);
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ description: 'audience "api://orders" not accepted' });
    await catchesNot('challenge.malformed', input);
  });

  it('reads a token-form error value as the quoted one', async () => {
    await catches(
      'challenge.step-up',
      response('HTTP/1.1 401 Unauthorized', [
        'WWW-Authenticate: Bearer error=insufficient_user_authentication, max_age=60',
      ]),
    );
  });

  it('keeps error codes exact: an upper-case INVALID_TOKEN is no registered code', async () => {
    // RFC 6749/6750 register the codes in lower case; no server was found sending them upper-cased (leftover).
    await catchesNot(
      'challenge.invalid-token',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="INVALID_TOKEN"']),
    );
  });
});

describe('challenge.step-up: RFC 9470 insufficient_user_authentication and Entra ID insufficient_claims', () => {
  it('catches insufficient_user_authentication with acr_values and the description (RFC 9470 §3)', async () => {
    const input = curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="myACR"',
    ]);
    const f = await catches('challenge.step-up', input);
    expect(f.args).toEqual({
      error: 'insufficient_user_authentication',
      description: 'A different authentication level is required',
      acrValues: 'myACR',
      maxAge: null,
      claims: false,
      tokenAcr: null,
      authAgeSeconds: null,
    });
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
    expect((await run(input)).classification).toBe('authentication');
  });

  it('quotes max_age, as a token or a quoted-string', async () => {
    for (const value of ['5', '"5"']) {
      const input = response('HTTP/1.1 401 Unauthorized', [
        `WWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="More recent authentication is required", max_age=${value}`,
      ]);
      expect((await catches('challenge.step-up', input)).args).toMatchObject({ maxAge: '5', acrValues: null });
    }
  });

  it('catches Entra ID’s claims challenge and does not take its claims value for a token', async () => {
    const input = curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiY3AxIn19fQ=="',
    ]);
    const f = await catches('challenge.step-up', input);
    expect(f.args).toEqual({
      error: 'insufficient_claims',
      description: null,
      acrValues: null,
      maxAge: null,
      claims: true,
      tokenAcr: null,
      authAgeSeconds: null,
    });
    const report = await run(input);
    expect(report.findings.map((x) => x.code)).not.toContain('token.malformed');
    expect(report.token?.header?.kid).toBe('acme-2026-05');
  });

  it('ranks it above, and absorbs, the same server’s generic invalid_token body (Graph under CAE)', async () => {
    const input = response(
      'HTTP/1.1 401 Unauthorized',
      [
        'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYzNTUyNzc5MCJ9fX0="',
        'Content-Type: application/json',
      ],
      '{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp"}}',
    );
    const report = await run(input);
    expect(report.findings[0]?.code).toBe('challenge.step-up');
    expect(report.findings[0]?.args).toMatchObject({ via: 'microsoft-graph', claims: true });
    expect(report.findings.map((x) => x.code)).not.toContain('challenge.invalid-token');
  });

  it.each([
    [
      'a success carrying the challenge',
      response('HTTP/1.1 200 OK', [
        'WWW-Authenticate: Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="',
      ]),
    ],
    [
      'a claims parameter on an invalid_token challenge (ARM)',
      response('HTTP/1.1 401 Unauthorized', [
        'WWW-Authenticate: Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="User session has been revoked", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="',
      ]),
    ],
    [
      'the error under another scheme',
      response('HTTP/1.1 401 Unauthorized', [
        'WWW-Authenticate: Basic realm="x", error="insufficient_user_authentication"',
      ]),
    ],
    [
      'the words in prose',
      'we get a 401 and I think the API wants insufficient_user_authentication handling, or an insufficient_claims retry?',
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('challenge.step-up', input);
  });
});

describe('challenge.invalid-token: error="invalid_token"', () => {
  it('catches it and quotes error_description as evidence', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"',
    ]);
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toEqual({ description: 'The access token expired', tokenShown: false });
    expect(f.evidence).toContain('error_description="The access token expired"');
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
  });

  it.each([
    ['no description', 'Bearer error="invalid_token"', null],
    ['an unquoted error value', 'Bearer realm=api, error=invalid_token', null],
    [
      'the DPoP scheme',
      'DPoP algs="ES256 PS256", error="invalid_token", error_description="Invalid DPoP key binding"',
      'Invalid DPoP key binding',
    ],
    [
      'a second challenge after Basic',
      'Basic realm="legacy", Bearer error="invalid_token", error_description="Token revoked"',
      'Token revoked',
    ],
  ])('catches it with %s', async (_name, value, description) => {
    const f = await catches(
      'challenge.invalid-token',
      response('HTTP/1.1 401 Unauthorized', [`WWW-Authenticate: ${value}`]),
    );
    expect(f.args).toEqual({ description, tokenShown: false });
  });

  it('says whether the paste shows the token, and steps to the server’s configuration when it does', async () => {
    const claims = { iss: 'https://auth.acme-corp.com/', aud: 'api', exp: 1779980000, iat: 1779976400 };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const header = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url');
    const shown = response('HTTP/1.1 401 Unauthorized', [
      `Authorization: Bearer ${header}.${payload}.***`,
      'WWW-Authenticate: Bearer error="invalid_token"',
    ]);
    const f = await catches('challenge.invalid-token', shown);
    expect(f.args.tokenShown).toBe(true);
    const report = await run(shown);
    expect(report.nextSteps).toContain(
      'Compare the issuer, audience and signing keys the server is configured with to the token’s iss, aud and kid shown here.',
    );
    const hidden = await run(response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="invalid_token"']));
    expect(hidden.nextSteps[0]).toMatch(
      /^Check the token’s exp, iss, aud and kid .*paste the token \(signature masked\)/,
    );
  });

  it('catches it through Slack escapes and phone smart quotes (paste artefacts are undone)', async () => {
    const input = response('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer error=&quot;invalid_token&quot;, error_description=“The access token expired”',
    ]);
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toEqual({ description: 'The access token expired', tokenShown: false });
  });

  it.each([
    ['insufficient_scope', 'Bearer error="insufficient_scope"'],
    ['an error-less challenge', 'Bearer realm="api"'],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('challenge.invalid-token', response('HTTP/1.1 401 Unauthorized', [`WWW-Authenticate: ${value}`]));
  });
});

describe('time.expired stated by the challenge: an error_description that says the token expired', () => {
  const challenge = (description: string) =>
    response('HTTP/1.1 401 Unauthorized', [
      `WWW-Authenticate: Bearer realm="example", error="invalid_token", error_description="${description}"`,
    ]);

  it.each([
    ['RFC 6750 §3’s own example', 'The access token expired'],
    ['a short form', 'Token expired'],
    ['"has expired", and a hint after it', 'The token has expired; request a new one'],
    ['a JWT', 'JWT expired'],
  ])('catches %s, from the response header, beside challenge.invalid-token', async (_name, description) => {
    const report = await run(challenge(description));
    const codes = report.findings.map((f) => f.code);
    expect(codes.slice(0, 2)).toEqual(['time.expired', 'challenge.invalid-token']);
    const f = report.findings[0];
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
    expect(f?.args).toMatchObject({ exp: null, agoSeconds: null, maxAge: false });
    expect(f?.evidence).toContain(`error_description="${description}"`);
  });

  it.each([
    [
      'RFC 6750 §3.1’s definition, which servers also send: it names every cause',
      'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
    ],
    ['a session, not a token', 'Session expired'],
    [
      'a token that ended with the user’s session (OpenIddict)',
      "The token is no longer valid because the user's session expired.",
    ],
    ['a disjunction (SimpleJWT)', 'Token is invalid or expired'],
    ['a disjunction (Microsoft Graph)', 'Access token has expired or is not yet valid.'],
    ['a certificate', 'Client certificate expired'],
    ['a denial', 'The token has not expired but was revoked'],
    ['the refresh token, which the resource server never sees', 'Refresh token expired'],
    ['no expiry at all', 'The access token is invalid'],
  ])('does not catch %s', async (_name, description) => {
    await catchesNot('time.expired', challenge(description));
  });

  it('leaves a library’s wording to its own matcher: one time.expired, naming the library', async () => {
    const report = await run(
      challenge('An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T13:59:01Z'),
    );
    const expired = report.findings.filter((f) => f.code === 'time.expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]?.args.via).toBe('spring-security');
  });

  // invalid_request is read too (formats-audit-s.test.ts), as in a body (LINE's "access token expired").
  it('does not read an error_description of another error code', async () => {
    await catchesNot(
      'time.expired',
      response('HTTP/1.1 403 Forbidden', [
        'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The access token expired"',
      ]),
    );
  });
});

describe('challenge.insufficient-scope: error="insufficient_scope"', () => {
  it('catches it and quotes the required scope', async () => {
    const input = curl(`Bearer ${TOKEN}`, 'HTTP/1.1 403 Forbidden', [
      'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="delete:orders"',
    ]);
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toEqual({
      scope: 'delete:orders',
      description: 'The request requires higher privileges than provided by the access token.',
    });
    expect(f).toMatchObject({ severity: 'error', source: 'response-header' });
    expect((await run(input)).findings[0]?.code).toBe('challenge.insufficient-scope');
  });

  it('catches it without a scope', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      response('HTTP/1.1 403 Forbidden', ['WWW-Authenticate: Bearer error="insufficient_scope"']),
    );
    expect(f.args).toEqual({ scope: null, description: null });
  });

  it('does not catch invalid_token', async () => {
    await catchesNot(
      'challenge.insufficient-scope',
      response('HTTP/1.1 403 Forbidden', ['WWW-Authenticate: Bearer error="invalid_token"']),
    );
  });
});

describe('challenge.scheme-mismatch: the server challenges with another scheme than the one sent', () => {
  it('catches a Basic challenge answering a Bearer token: the request hit another auth layer', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Basic realm="Restricted"']),
    );
    expect(f.args).toEqual({ sent: 'Bearer', challenged: ['Basic'] });
    expect(f).toMatchObject({
      severity: 'error',
      source: 'response-header',
      evidence: 'WWW-Authenticate: Basic realm="Restricted"',
    });
  });

  it('catches Negotiate and NTLM in two headers, naming both', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Negotiate', 'WWW-Authenticate: NTLM']),
    );
    expect(f.args).toEqual({ sent: 'Bearer', challenged: ['Negotiate', 'NTLM'] });
  });

  it('catches a DPoP-bound token answered by a Bearer-only server', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      curl(`DPoP ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api"']),
    );
    expect(f.args).toEqual({ sent: 'DPoP', challenged: ['Bearer'], tokenSchemes: true });
  });

  it.each([
    [
      'the same scheme in another case',
      curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: bearer error="invalid_token"']),
    ],
    [
      'several challenges, one of them Bearer',
      curl(`Bearer ${TOKEN}`, 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Basic realm="x", Bearer realm="api"']),
    ],
    [
      'a Basic challenge when the request is not shown',
      response('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Basic realm="Restricted"']),
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('challenge.scheme-mismatch', input);
  });

  it('does not catch a Basic credential answered by a Bearer challenge: authz-header.scheme names that cause', async () => {
    const report = await catchesNot(
      'challenge.scheme-mismatch',
      curl('Basic YXBpLWNsaWVudDpodW50ZXIy', 'HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer realm="api"']),
    );
    expect(report.findings[0]?.code).toBe('authz-header.scheme');
  });
});

describe('challenge.malformed: the header does not parse as RFC 9110 challenges', () => {
  it.each([
    ['an unterminated quoted string', 'Bearer error="invalid_token, error_description="oops'],
    ['a missing comma between parameters', 'Bearer realm=api, error=invalid_token error_description="x"'],
    ['a parameter with no scheme before it', 'Bearer ="x"'],
    ['nothing but commas', ', ,'],
  ])('catches %s', async (_name, value) => {
    const f = await catches(
      'challenge.malformed',
      response('HTTP/1.1 401 Unauthorized', [`WWW-Authenticate: ${value}`]),
    );
    expect(f).toMatchObject({ severity: 'warning', source: 'response-header' });
    expect(typeof f.args.reason).toBe('string');
    expect(typeof f.args.offset).toBe('number');
  });

  it('catches the malformed part and still reads what parsed before it', async () => {
    const report = await run(
      response('HTTP/1.1 401 Unauthorized', [
        'WWW-Authenticate: Bearer realm=api, error=invalid_token error_description="x"',
      ]),
    );
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['challenge.malformed', 'challenge.invalid-token']),
    );
  });

  it.each([
    ['two well-formed challenges', 'Basic realm="x", Bearer realm="api", error="invalid_token"'],
    [
      'a token68 challenge',
      'Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==',
    ],
    [
      'escaped quotes inside a quoted description',
      'Bearer error="invalid_token", error_description="the \\"aud\\" claim is wrong"',
    ],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('challenge.malformed', response('HTTP/1.1 401 Unauthorized', [`WWW-Authenticate: ${value}`]));
  });
});

describe('challenge.malformed: API Gateway HTTP API’s comma-less challenge is a note, not the failure', () => {
  it.each([
    ['expired', 'Bearer scope="" error="invalid_token" error_description="the token has expired"'],
    ['audience', 'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"'],
    ['no description', 'Bearer scope="" error="invalid_token"'],
  ])('AWS’s fixed form (%s) is info, names the product, and asks nobody to fix it', async (_name, value) => {
    const report = await run(
      `HTTP/2 401\nwww-authenticate: ${value}\napigw-requestid: Yx2kQhvPoAMEb8A=\n\n{"message":"Unauthorized"}`,
    );
    const f = report.findings.find((x) => x.code === 'challenge.malformed');
    expect(f?.severity).toBe('info');
    expect(f?.args.product).toBe('aws-http-api');
    expect(report.nextSteps.join('\n')).not.toContain('Fix the server or gateway');
  });

  it.each([
    ['another order of parameters', 'Bearer realm="api" error="invalid_token"'],
    [
      'a comma missing after the first of three, elsewhere fine',
      'Bearer realm="api" error="invalid_token", error_description="x"',
    ],
    ['an unterminated quote', 'Bearer scope="" error="invalid_token" error_description="the token has'],
  ])('another malformed challenge (%s) stays a warning with the fix', async (_name, value) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${value}`);
    const f = report.findings.find((x) => x.code === 'challenge.malformed');
    expect(f?.severity).toBe('warning');
    expect(f?.args.product).toBeUndefined();
  });
});

describe('Azure Storage’s bearer challenge (unquoted URLs, no comma): its fixed form', () => {
  const AZ =
    'WWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize resource_id=https://storage.azure.com';
  const reply = (code: string) =>
    `HTTP/1.1 401 Server failed to authenticate the request. Please refer to the information in the www-authenticate header.\nx-ms-error-code: ${code}\n${AZ}`;

  it('is an info note naming Azure Storage, with no step to fix it', async () => {
    const report = await run(reply('InvalidAuthenticationInfo'));
    const f = report.findings.find((x) => x.code === 'challenge.malformed');
    expect(f?.severity).toBe('info');
    expect(f?.args.product).toBe('azure-storage');
    expect(report.nextSteps.join('\n')).not.toContain('Fix the server or gateway');
  });

  it('beside InvalidAuthenticationInfo (credentials came and were refused) it is no "server saw no credentials"', async () => {
    const report = await run(reply('InvalidAuthenticationInfo'));
    expect(report.findings.map((f) => f.code)).not.toContain('challenge.no-error');
  });

  it('beside NoAuthenticationInformation it still says the server saw none', async () => {
    await catches('challenge.no-error', reply('NoAuthenticationInformation'));
  });

  it('another host in resource_id is not Azure Storage’s form', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/t/oauth2/authorize resource_id=https://vault.azure.net',
    );
    expect(report.findings.find((x) => x.code === 'challenge.malformed')?.args.product).toBeUndefined();
  });
});
