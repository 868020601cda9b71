/**
 * Readings added in stop 19 by the coordinator: nginx's auth_request subrequest refused with a status the module does
 * not take. Each group ends with the same words out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

// ngx_http_auth_request_module.c logs "auth request unexpected status: %ui" for anything but 2xx, 401 and 403 and
// answers 500 (vouch/vouch-proxy#300 and authelia/authelia#394 show the 302 of a sign-in page behind it).
const NGINX_302 =
  '2026/11/19 08:41:02 [error] 31#31: *1 auth request unexpected status: 302 while sending to client, client: 10.0.0.1, server: api.example.com, request: "GET /v1 HTTP/1.1", host: "api.example.com"';

const NGINX_AUTH_REQUEST: Row[] = [
  { name: 'a 302 from the auth service', input: NGINX_302, ...REFUSED, top: 'verifier.misconfigured', via: 'nginx' },
  {
    name: 'a 404, in an ingress-nginx controller log',
    input: NGINX_302.replace('302', '404').replace('2026/11/19', 'ingress-nginx-controller-7d9f 2026/11/19'),
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'nginx',
  },
  {
    name: 'out of shape: a 401 is the module refusing, not its wiring',
    input: `${S401}\n${NGINX_302.replace('302', '401')}`,
    ...A401,
    excludes: ['verifier.misconfigured'],
  },
  {
    name: 'out of shape: the words without a status',
    input: 'we grep for "auth request unexpected status: " in the logs',
    ...QUIET,
    excludes: ['verifier.misconfigured'],
  },
];

describe('nginx auth_request: a status the module does not take', () => {
  for (const row of NGINX_AUTH_REQUEST) it(row.name, () => expectPasteRow(row));
  it('names the status and what it means, in English and Japanese', async () => {
    const en = await expectPasteRow(NGINX_AUTH_REQUEST[0] as Row);
    const f = en.findings[0];
    expect(f?.args).toEqual({ via: 'nginx', subrequestStatus: 302 });
    expect(f?.title).toBe('nginx’s auth_request got 302 from the auth service');
    expect(f?.detail).toContain('sign-in page');
    expect(en.nextSteps.join('\n')).toContain('/oauth2/auth');
    const ja = await expectPasteRow(NGINX_AUTH_REQUEST[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('auth_request');
    expect(ja.findings[0]?.detail).toContain('サインイン画面');
    const notFound = await expectPasteRow(NGINX_AUTH_REQUEST[1] as Row);
    expect(notFound.findings[0]?.detail).toContain('URL or path is wrong');
  });
});

// golang.org/x/oauth2 oauth2.go (tokenRefresher.Token): the client's token source has an expired token and no refresh
// token; grpc-go wraps it as `per-RPC creds failed due to error: …`. Databricks' SDKs print the same words.
const GO_OAUTH2_NO_REFRESH = 'oauth2: token expired and refresh token is not set';

const CLIENT_EXPIRED: Row[] = [
  {
    name: 'grpc-go: per-RPC creds failed, the client’s token expired with no refresh token',
    input: `rpc error: code = Unauthenticated desc = transport: per-RPC creds failed due to error: ${GO_OAUTH2_NO_REFRESH}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'golang-oauth2',
    excludes: ['token.missing'],
  },
  {
    name: 'a Go service’s log line',
    input: `2026/11/19 08:41:02 Unable to retrieve messages: Get "https://gmail.googleapis.com/gmail/v1/users/me/messages": ${GO_OAUTH2_NO_REFRESH}`,
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: the words in another case are someone’s prose',
    input: 'OAuth2: Token expired and refresh token is not set?? any idea',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

describe('a client’s OAuth library: its token expired and it cannot refresh', () => {
  for (const row of CLIENT_EXPIRED) it(row.name, () => expectPasteRow(row));
  it('says the client sent nothing, and how to keep a refresh token, in English and Japanese', async () => {
    const en = await expectPasteRow(CLIENT_EXPIRED[0] as Row);
    expect(en.findings[0]?.args).toMatchObject({ via: 'golang-oauth2', noRefreshToken: true, exp: null });
    expect(en.findings[0]?.detail).toContain('sent no request');
    expect(en.nextSteps.join('\n')).toContain('offline_access');
    const ja = await expectPasteRow(CLIENT_EXPIRED[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('リフレッシュトークンがない');
  });
});

// verifier-config.ts's bare values: a person writes the expected value in prose, and the sentence's bracket or full stop
// is not part of it.
describe('an expected value said in prose ends where the prose closes around it', () => {
  const token = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, aud: 'api://orders' });
  const cases: Array<[string, string, string]> = [
    ['a closing parenthesis', '(expected audience: api://payments)', 'api://payments'],
    ['a full stop', 'The API is configured with audience: api://payments.', 'api://payments'],
    ['a bracket the value opened stays', 'audience: api://payments(v2)', 'api://payments(v2)'],
  ];
  for (const [name, line, expected] of cases)
    it(name, async () => {
      const report = await expectPasteRow({
        name,
        input: `${S401}\nAuthorization: Bearer ${token}\n${line}`,
        ...A401,
        includes: ['claim.aud-mismatch'],
      });
      const aud = report.findings.find((f) => f.code === 'claim.aud-mismatch');
      expect(aud?.args).toMatchObject({ expected: [expected] });
    });
});

// An insufficient_scope stated in a body names the scope as a challenge's `scope` does; a message that names no grants
// leaves them unknown when no token is pasted, and takes the pasted token's.
const SPRING_BODY =
  '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"orders:write"}';

describe('insufficient_scope in a body: the scope it names is what is required', () => {
  it('fills required from the body, and says the grants are unknown without a token', async () => {
    const report = await expectPasteRow({
      name: 'body, no token',
      input: `HTTP/1.1 403 Forbidden\n${SPRING_BODY}`,
      status: 403,
      classification: 'authorization',
      includes: ['scope.insufficient', 'challenge.insufficient-scope'],
    });
    const scope = report.findings.find((f) => f.code === 'scope.insufficient');
    expect(scope?.args).toMatchObject({ required: ['orders:write'], missing: ['orders:write'], grantsUnknown: true });
    expect(scope?.detail).toContain('not known');
    expect(scope?.detail).not.toContain('Granted: nothing');
    const ja = await expectPasteRow(
      { name: 'ja', input: `HTTP/1.1 403 Forbidden\n${SPRING_BODY}`, status: 403, classification: 'authorization' },
      [],
      { locale: 'ja' },
    );
    expect(ja.findings.find((f) => f.code === 'scope.insufficient')?.detail).toContain('わかりません');
  });
  it('takes the grants from a pasted token', async () => {
    const token = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, scope: 'orders:read' });
    const report = await expectPasteRow({
      name: 'body and token',
      input: `Authorization: Bearer ${token}\nHTTP/1.1 403 Forbidden\n${SPRING_BODY}`,
      status: 403,
      classification: 'authorization',
      includes: ['scope.insufficient'],
    });
    for (const f of report.findings.filter((x) => x.code === 'scope.insufficient')) {
      expect(f.args).toMatchObject({ required: ['orders:write'], missing: ['orders:write'], granted: ['orders:read'] });
      expect(f.args).not.toHaveProperty('grantsUnknown');
    }
  });
  it('out of shape: a body with no scope leaves required empty', async () => {
    const report = await expectPasteRow({
      name: 'no scope',
      input: `HTTP/1.1 403 Forbidden\n${SPRING_BODY.replace(',"scope":"orders:write"', '')}`,
      status: 403,
      classification: 'authorization',
    });
    const scope = report.findings.find((f) => f.code === 'scope.insufficient');
    expect(scope?.args.required ?? []).toEqual([]);
  });
});

// A verifier that judges tokens itself says "no token" only when none reached it (flask-jwt-extended answers an expired
// one "Token has expired"), so its statement leads beside the request's expired token; a server that drops the header
// is named from the response's own headers (mod_wsgi's WSGIPassAuthorization, default Off: modwsgi.readthedocs.io;
// encode/django-rest-framework#488).
describe('a verifier that says no token arrived, beside a request that sent one', () => {
  const expired = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, iat: 1_700_000_000, exp: 1_700_003_600 });
  const exchange = (server: string, body: string) =>
    [
      '> GET /api/me HTTP/1.1',
      `> Authorization: Bearer ${expired}`,
      '< HTTP/1.1 401 UNAUTHORIZED',
      ...server.split('\n').map((l) => `< ${l}`),
      '<',
      body,
    ].join('\n');
  it('flask-jwt-extended under mod_wsgi: the dropped header leads, with WSGIPassAuthorization', async () => {
    const report = await expectPasteRow({
      name: 'mod_wsgi',
      input: exchange(
        'Server: Apache/2.4.41 (Ubuntu) mod_wsgi/4.6.8 Python/3.8',
        '{"msg":"Missing Authorization Header"}',
      ),
      ...A401,
      top: 'token.missing',
      includes: ['time.expired'],
    });
    const missing = report.findings[0];
    expect(missing?.severity).toBe('error');
    expect(missing?.args).toMatchObject({ via: 'flask-jwt-extended', sent: true, droppedBy: 'mod_wsgi' });
    expect(report.nextSteps[0]).toContain('WSGIPassAuthorization On');
    const ja = await expectPasteRow(
      {
        name: 'ja',
        input: exchange(
          'Server: Apache/2.4.41 (Ubuntu) mod_wsgi/4.6.8 Python/3.8',
          '{"msg":"Missing Authorization Header"}',
        ),
        ...A401,
      },
      [],
      { locale: 'ja' },
    );
    expect(ja.nextSteps[0]).toContain('WSGIPassAuthorization On');
  });
  it('tymon under Apache and PHP: CGIPassAuth', async () => {
    const report = await expectPasteRow({
      name: 'apache php',
      input: exchange(
        'Server: Apache/2.4.52 (Ubuntu)\nX-Powered-By: PHP/8.1.2',
        'Tymon\\JWTAuth\\Exceptions\\JWTException: Token not provided',
      ),
      ...A401,
      top: 'token.missing',
    });
    expect(report.findings[0]?.args).toMatchObject({ sent: true, droppedBy: 'apache-php' });
    expect(report.nextSteps[0]).toContain('CGIPassAuth On');
  });
  it('without a server that drops it, the statement still leads and names no dropper', async () => {
    const report = await expectPasteRow({
      name: 'nginx',
      input: exchange('Server: nginx/1.25.3', '{"msg":"Missing Authorization Header"}'),
      ...A401,
      top: 'token.missing',
      includes: ['time.expired'],
    });
    expect(report.findings[0]?.args).not.toHaveProperty('droppedBy');
  });
  it('out of shape: Spring’s entry point behind a filter that swallowed the expiry still lets the expiry lead', async () => {
    await expectPasteRow({
      name: 'spring',
      input: exchange(
        'Server: Apache/2.4.41 (Ubuntu) mod_wsgi/4.6.8',
        '{"path":"/api/me","error":"Unauthorized","message":"Full authentication is required to access this resource","status":401}',
      ),
      ...A401,
      top: 'time.expired',
      includes: ['token.missing'],
    });
  });
});

// A token masked whole (or cut short) leaves nothing to check: the report asks for it with only its signature masked,
// rather than ending with no next step.
describe('a token masked whole asks for its header and claims', () => {
  for (const [name, credential] of [
    ['cut short with ...', 'eyJhbGciOiJSUzI1NiIs...'],
    ['[REDACTED]', '[REDACTED]'],
  ] as const)
    it(name, async () => {
      const report = await expectPasteRow({
        name,
        input: `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${credential}`,
        ...A401,
        includes: ['input.masked'],
      });
      expect(report.nextSteps.join('\n')).toContain('only its signature masked');
    });
  it('out of shape: a token with only its signature masked asks for nothing more', async () => {
    const token = unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS);
    const report = await expectPasteRow({
      name: 'signature masked',
      input: `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`,
      ...A401,
    });
    expect(report.nextSteps.join('\n')).not.toContain('only its signature masked');
  });
});

// A word typed where the token goes is a person's stand-in (as `<token>` is), not a five-character opaque token
// (pocketbase/pocketbase threads paste `Authorization: Bearer Token`).
describe('a stand-in word as the credential', () => {
  for (const word of ['Token', 'TOKEN', 'xxx', 'jwt', 'access_token'])
    it(`Bearer ${word}`, async () => {
      const report = await expectPasteRow({
        name: word,
        input: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${word}`,
        ...A401,
        top: 'challenge.invalid-token',
        includes: ['input.masked'],
        excludes: ['token.opaque'],
      });
      expect(report.findings.find((f) => f.code === 'input.masked')?.args).toMatchObject({
        markers: [word.toLowerCase()],
      });
    });
  for (const credential of ['tokens', 'abc', 'mF_9.B5f-4.1JqM'])
    it(`out of shape: Bearer ${credential} is a credential`, async () => {
      await expectPasteRow({
        name: credential,
        input: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${credential}`,
        ...A401,
        excludes: ['input.masked'],
      });
    });
});

// jose's JOSENotSupported about the token itself (panva/jose lib/validate_crit.js; the runtimes' verify): a `crit`
// extension it does not know makes the JWS invalid (RFC 7515 §4.1.11), an alg it cannot verify with is not accepted.
// Before, a 401 beside them read as "no token".
describe('jose refusing a crit extension or an algorithm', () => {
  it('crit: the token was refused, in jose’s words', async () => {
    const report = await expectPasteRow({
      name: 'crit',
      input: `JOSENotSupported: Extension Header Parameter "b64" is not recognized\n    at validateCrit (node_modules/jose/dist/webapi/lib/validate_crit.js:19:19)\n${S401}`,
      ...A401,
      top: 'challenge.invalid-token',
      via: 'jose',
      excludes: ['token.missing'],
    });
    expect(report.findings[0]?.args.description).toBe('Extension Header Parameter "b64" is not recognized');
  });
  it('an algorithm the runtime cannot verify with', async () => {
    const report = await expectPasteRow({
      name: 'alg',
      input: 'JOSENotSupported: alg RS1 is not supported either by JOSE or your javascript runtime',
      ...REFUSED,
      top: 'alg.not-allowed',
      via: 'jose',
    });
    expect(report.findings[0]?.args).toMatchObject({ alg: 'RS1' });
  });
  it('out of shape: the words without their verdict', async () => {
    await expectPasteRow({
      name: 'no verdict',
      input: 'We set the Extension Header Parameter "b64" to false for detached payloads',
      ...QUIET,
      excludes: ['challenge.invalid-token'],
    });
  });
});
