/**
 * Round audit-ac: zero-trust access layers and bastions. The refusal an engineer pastes comes from the layer in front
 * (Teleport's roles, Tailscale SSH's policy file), or from a backend verifying the assertion an identity-aware proxy
 * signed for it (Identity-Aware Proxy's `x-goog-iap-jwt-assertion`, checked with Google's own libraries). Pastes from
 * public issue threads (sources beside each case), tokens and hosts made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

const IAP_LB = '/projects/123456789/global/backendServices/987654321';
const IAP_GAE = '/projects/123456789/apps/my-project';

describe('an access layer’s own denial of a signed-in engineer (policy.deny, stated)', () => {
  it.each([
    // gravitational/teleport#16308.
    [
      'tsh: access denied to a login on a node',
      '$ tsh ssh root@node-1\nERROR: access denied to root connecting to node-1 on cluster teleport.example.com',
      'teleport',
      'allow.logins',
    ],
    // gravitational/teleport#2082.
    [
      'Teleport’s RBAC refusing an action',
      'ERROR REPORT:\nOriginal Error: *ssh.OpenChannelError ssh: rejected: administratively prohibited (Unable to create identity from connection: access denied to perform action "create" on "user")',
      'teleport',
      'allow.rules',
    ],
    // tailscale/tailscale#19531.
    [
      'Tailscale SSH’s banner',
      'tailscale: tailnet policy does not permit you to SSH to this node\nConnection closed by UNKNOWN port 65535',
      'tailscale',
      '"ssh" section',
    ],
    // tailscale/tailscale's tailssh tests' user-mismatch banner.
    [
      'Tailscale SSH refusing a login',
      'tailscale: tailnet policy does not permit you to SSH as user "deploy"',
      'tailscale',
      '"users"',
    ],
    // tailscale/tailscale#15533.
    [
      'tailssh’s error in the server log',
      'failed to evaluate SSH policy: tailssh: rejecting connection; no matching policy',
      'tailscale',
      '"ssh" section',
    ],
    // tailscale/tailscale#5692.
    ['OpenSSH naming Tailscale’s method', 'me@nodeb: Permission denied (tailscale).', 'tailscale', '"ssh" section'],
  ])('catches: %s', async (_name, paste, via, stepWords) => {
    const f = await catches('policy.deny', paste);
    expect(f.args).toMatchObject({ via, stated: true });
    const r = await run(paste);
    expect(r.classification).toBe('authorization');
    expect(r.nextSteps[0]).toContain(stepWords);
  });

  it.each([
    ['a refusal while connecting, not Teleport’s', 'access denied to root while connecting to db-1'],
    ['a client log connecting', 'INFO [CLIENT] connecting to proxy.example.com:3023 login=root'],
    ['OpenSSH refusing a key', 'git@github.com: Permission denied (publickey).'],
    // tailscale/tailscale#19531: what `tailscale up --ssh` prints when no rule names the device, before any connection.
    [
      'Tailscale’s notice at sign-in',
      "Tailscale SSH enabled, but access controls don't allow anyone to access this device. Update your tailnet's ACLs at https://tailscale.com/s/ssh-policy",
    ],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.code === 'policy.deny' && f.args.via !== undefined)).toEqual([]);
  });
});

describe('the SSH certificate an access layer issued, refused as expired (time.expired, clientCertificate ssh)', () => {
  it.each([
    // gravitational/teleport#1465: the audit event of a web UI session.
    [
      'Teleport’s audit event',
      '{"error": "ssh: cert has expired", "event": "auth", "success": false, "time": "2017-11-20T11:12:36Z", "user": "ch" }',
      'golang-ssh',
    ],
    // gravitational/teleport#10936: tsh status's [EXPIRED] profile, then the connection.
    [
      'tsh status, then the refusal',
      '~ % tsh status\n  Logged in as:       arun\n  Valid until:        2022-03-08 14:56:16 +1100 AEDT [EXPIRED]\n~ % ssh root@node-1\nERROR: ssh: cert has expired',
      'golang-ssh',
    ],
    // tool/tsh/common/git_credential.go's own words.
    ['tsh’s session words', "ERROR: Your Teleport session has expired. Please login using 'tsh login'.", 'teleport'],
  ])('catches: %s', async (_name, paste, via) => {
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ via, clientCertificate: { product: 'ssh' } });
    expect(f.title).toBe('The SSH certificate has expired');
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps[0]).toContain('tsh login');
    expect(r.nextSteps.join(' ')).not.toContain('kubeconfig');
    expect((await run(paste, { locale: 'ja' })).findings[0]?.title).toBe('SSH 証明書の有効期限が切れています');
  });

  it.each([
    ['a TLS certificate’s words', 'x509: certificate has expired or is not yet valid'],
    ['a question about it', 'does Teleport print cert has expired when the node clock is off'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.some((f) => f.code === 'time.expired' && f.args.via === 'golang-ssh')).toBe(false);
  });
});

describe('a backend verifying Identity-Aware Proxy’s signed header', () => {
  it.each([
    // GoogleCloudPlatform/python-docs-samples iap/validate_jwt.py prints "**ERROR: JWT validation error {e}**".
    [
      'google-auth’s wrong audience, App Engine’s against a load balancer’s',
      `**ERROR: JWT validation error Token has wrong audience ${IAP_GAE}, expected one of ['${IAP_LB}']**`,
      'google-auth',
    ],
    // spring-attic/spring-cloud-gcp#1856.
    [
      'spring-cloud-gcp’s AudienceValidator',
      `2019-09-05 10:12:01.123  WARN 1 --- [nio-8080-exec-3] o.s.c.g.security.iap.AudienceValidator   : Expected audience ${IAP_LB} did not match token audience [${IAP_GAE}]`,
      'spring-cloud-gcp',
    ],
  ])('catches: %s', async (_name, paste, via) => {
    const f = await catches('claim.aud-mismatch', paste);
    expect(f.args).toMatchObject({ via, aud: [IAP_GAE], expected: [IAP_LB] });
    const r = await run(paste);
    expect(r.nextSteps[0]).toContain('Identity-Aware Proxy');
    expect(r.nextSteps[0]).toContain('Get JWT audience code');
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('Identity-Aware Proxy');
  });

  it('reads the token’s audience from the header when the library names none', async () => {
    const header = unsigned(
      { alg: 'ES256', typ: 'JWT', kid: '0oeLcQ' },
      {
        aud: IAP_GAE,
        email: 'alice@example.com',
        exp: NOW + 300,
        iat: NOW - 300,
        iss: 'https://cloud.google.com/iap',
        sub: 'accounts.google.com:1234567890',
      },
      'Xq3vN8pLr2TtWm7bYc9KdFhJs4GzQe1aUo6iVy0xBnM5wEk2lRj8HfDgPtSuCvAa',
    );
    const paste = `x-goog-iap-jwt-assertion: ${header}\nError: Wrong recipient, payload audience != requiredAudience`;
    const f = await catches('claim.aud-mismatch', paste);
    expect(f.args).toMatchObject({ via: 'google-auth-library', aud: [IAP_GAE] });
    const r = await run(paste);
    expect(r.nextSteps[0]).toContain('Identity-Aware Proxy');
    expect(JSON.stringify(r)).not.toContain(header.split('.')[2] as string);
  });

  it('reads google-auth’s stated expiry against its own clock', async () => {
    const f = await catches(
      'time.expired',
      `google.auth.exceptions.InvalidValue: Token expired, ${NOW - 400} < ${NOW}`,
    );
    expect(f.args).toMatchObject({ via: 'google-auth', exp: NOW - 400 });
  });

  it.each([
    [
      'google-auth’s early token',
      `Token used too early, ${NOW} < ${NOW + 400}. Check that your computer's clock is set correctly.`,
    ],
    ['the Node library’s early token', `Error: Token used too early, ${NOW}.25 < ${NOW + 100}: {"iat":${NOW + 400}}`],
  ])('catches: %s', async (_name, paste) => {
    await catches('time.issued-in-future', paste);
  });

  // googleapis/google-auth-library-nodejs#792: a service account's ID token sent to IAP without its email.
  it('IAP refusing an ID token without email names how to get one with it', async () => {
    const paste =
      "HTTP/1.1 401 Unauthorized\nx-goog-iap-generated-response: true\n\nInvalid IAP credentials: JWT 'email' claim isn't a string";
    const f = await catches('claim.required-missing', paste);
    expect(f.args).toMatchObject({ via: 'google-iap', claim: 'email' });
    const r = await run(paste);
    expect(r.nextSteps.join(' ')).toContain('--include-email');
    expect((await run(paste, { locale: 'ja' })).nextSteps.join(' ')).toContain('includeEmail: true');
    const other = await run('The verifier requires claim tenant_id: missing');
    expect(other.nextSteps.join(' ')).not.toContain('--include-email');
  });

  it.each([
    // developers.cloudflare.com cloudflare-one/identity/authorization-cookie/validating-json: the origin's check of
    // Cf-Access-Jwt-Assertion, as remnawave/backend#176 implements it with jose.
    [
      'Cloudflare Access’s application token, by its issuer',
      `GET /api/auth/cloudflare-access HTTP/1.1\nHost: panel.example.com\nCf-Access-Jwt-Assertion: ${unsigned(
        { alg: 'RS256', kid: '7c3f9a1d2b', typ: 'JWT' },
        {
          aud: ['4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2'],
          email: 'alice@example.com',
          exp: NOW + 3000,
          iat: NOW - 600,
          iss: 'https://myteam.cloudflareaccess.com',
          sub: '7335d417-61da-459d-899c-0a01c76a2f94',
        },
        'Xq3vN8pLr2TtWm7bYc9KdFhJs4GzQe1aUo6iVy0xBnM5wEk2lRj8HfDgPtSuCvAa',
      )}\n\nHTTP/1.1 401 Unauthorized\n\nJWTClaimValidationFailed: unexpected "aud" claim value`,
      'cloudflare-access',
      'AUD',
    ],
    // gravitational/teleport RFD 8 (#4635): the app's JWT in Teleport-Jwt-Assertion, checked by the app with go-jose.
    [
      'Teleport’s application-access JWT, by its header',
      `GET /api/v1/status HTTP/1.1\nHost: grafana.teleport.example.com\nTeleport-Jwt-Assertion: ${unsigned(
        { alg: 'RS256', typ: 'JWT' },
        {
          aud: ['https://grafana.teleport.example.com'],
          exp: NOW + 3000,
          iss: 'teleport.example.com',
          nbf: NOW - 600,
          sub: 'alice',
        },
        'Xq3vN8pLr2TtWm7bYc9KdFhJs4GzQe1aUo6iVy0xBnM5wEk2lRj8HfDgPtSuCvAa',
      )}\n\nHTTP/1.1 401 Unauthorized\n\njwt: validation failed, invalid audience claim (aud)`,
      'teleport',
      '/.well-known/jwks.json',
    ],
  ])('names the proxy that set the audience: %s', async (_name, paste, assertion, words) => {
    const f = await catches('claim.aud-mismatch', paste);
    expect(f.args).toMatchObject({ assertion });
    const r = await run(paste);
    expect(r.nextSteps[0]).toContain(words);
    expect(JSON.stringify(r)).not.toContain('Xq3vN8pLr2TtWm7bYc9KdFhJs4GzQe1a');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain(words);
  });

  // GoogleCloudPlatform/jit-groups#73: the application's own 403 over google-auth-library-java's TokenVerifier.
  it('reads google-auth-library-java’s TokenVerifier under an application’s IAP refusal', async () => {
    const f = await catches(
      'claim.aud-mismatch',
      'Invalid IAP assertion (HTTP 403: Forbidden)\nExpected audience does not match',
    );
    expect(f.args).toMatchObject({ via: 'google-auth-library-java' });
    await catchesNot('claim.aud-mismatch', 'it rejects verification when the expected audience does not match');
  });

  it('keeps the generic step for an audience of no IAP form', async () => {
    const r = await run(
      "Token has wrong audience https://api.example.com, expected one of ['https://orders.example.com']",
    );
    expect(r.findings[0]?.code).toBe('claim.aud-mismatch');
    expect(r.nextSteps[0]).not.toContain('Identity-Aware Proxy');
  });

  it.each([
    ['an app’s own expiry words', 'Token expired, please sign in again'],
    ['one number', 'Token expired, 1716905000'],
    ['a forecast', 'Expected audience size did not match the forecast'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await catchesNot('time.expired', paste);
    expect(r.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
  });
});

describe('a GitHub Actions step’s inputs are not request headers', () => {
  // tailscale/gitops-acl-action#21: the step's log prints its inputs under `with:`, then gitops-pusher's error.
  const STEP = [
    'Run tailscale/gitops-acl-action@v1',
    '  with:',
    '    api-key: ***',
    '    tailnet: ***',
    '    action: apply',
    '2023/02/24 09:12:33 wanted HTTP status code 200 but got 401',
  ].join('\n');

  it('reads no request from the inputs', async () => {
    const r = await catchesNot('authz-header.missing', STEP);
    expect(r.classification).toBe('authentication');
  });

  it.each([
    [
      'a block titled as request headers',
      'Request headers:\n  Accept: application/json\n  User-Agent: curl/8.5.0\n\nHTTP/1.1 401 Unauthorized\n',
    ],
    [
      'fields at the top level after an env block',
      'env:\n  LOG_LEVEL: debug\nAccept: application/json\nUser-Agent: curl/8.5.0\n\nHTTP/1.1 401 Unauthorized\n',
    ],
  ])('still reads request headers: %s', async (_name, paste) => {
    await catches('authz-header.missing', paste);
  });
});

describe('Tailscale’s coordination server refusing a node’s auth key (challenge.invalid-token, its credential)', () => {
  it.each([
    // tailscale/tailscale#17047: `tailscale status` keeps the last login error.
    [
      'tailscale status',
      '$ tailscale status\nLogged out.\n- You are logged out. The last login error was: invalid key: API key does not exist',
    ],
    // The same words from tsnet.Up, as an embedding server logs them.
    ['tsnet', 'Error: loading initial config: tsnet.Up: backend: invalid key: API key does not exist'],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'tailscale', credential: 'tailscale-auth-key' });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps[0]).toContain('Generate auth key');
    expect(r.nextSteps.join(' ')).not.toMatch(/\bexp\b|JWKS|kid/);
    expect((await run(paste, { locale: 'ja' })).findings[0]?.title).toBe('Tailscale がその認証キーを知りません');
  });

  it('catches not: another product’s key words', async () => {
    const r = await run('Error: invalid key: the signing key does not exist in the keyring');
    expect(r.findings.some((f) => f.args.via === 'tailscale')).toBe(false);
  });
});

// gravitational/teleport#33932: tsh login refused by the auth server (its ERROR REPORT with the trace).
describe('Teleport refusing a local user’s sign-in (challenge.invalid-token, its credential)', () => {
  const REPORT = [
    'ERROR REPORT:',
    'Original Error: *trace.AccessDeniedError invalid username, password or second factor',
    'Stack Trace:',
    '        github.com/gravitational/teleport/lib/httplib/httplib.go:206 github.com/gravitational/teleport/lib/httplib.ConvertResponse',
  ].join('\n');

  it('catches: tsh login’s error report', async () => {
    const f = await catches('challenge.invalid-token', REPORT);
    expect(f.args).toMatchObject({ via: 'teleport', credential: 'teleport-login' });
    const r = await run(REPORT);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps[0]).toContain('--auth=<connector name>');
    expect((await run(REPORT, { locale: 'ja' })).nextSteps[0]).toContain('tctl users reset');
  });

  it('catches not: another product’s wording', async () => {
    const r = await run('Error: invalid username or password');
    expect(r.findings.some((f) => f.args.via === 'teleport')).toBe(false);
  });
});

describe('cloudflared access’s debug log: its dial’s response Go-quoted on one line', () => {
  // cloudflare/cloudflared#404 (its response cut there; the Location as Access writes it, cloudflare/cloudflared#1646).
  const LOG = [
    '2021-06-22T21:17:24Z DBG Access Websocket request: GET / HTTP/1.1',
    'Host: cf-tunnel-test-ssh.example.com',
    'Cf-Access-Token: <redacted>',
    '',
    '',
    '2021-06-22T21:17:24Z DBG Websocket response: "HTTP/1.1 302 Moved Temporarily\\r\\nLocation: https://example.cloudflareaccess.com/cdn-cgi/access/login/cf-tunnel-test-ssh.example.com?kid=3b5c5e6d7a8f&redirect_url=%2F\\r\\nServer: cloudflare\\r\\nCf-Ray: 663b1a2b3c4d5e6f-LHR\\r\\n\\r\\n"',
    '2021-06-22T21:17:24Z ERR failed to connect to origin error="websocket: bad handshake" originURL=https://cf-tunnel-test-ssh.example.com',
  ].join('\n');

  it('reads Access’s redirect to sign in, and the application token the dial carried', async () => {
    const f = await catches('proxy.gateway-response', LOG);
    expect(f.args).toMatchObject({ product: 'Cloudflare Access', accessLogin: true, accessAppToken: true });
    const r = await run(LOG);
    expect(r.nextSteps[0]).toContain('cloudflared access login');
    expect((await run(LOG, { locale: 'ja' })).nextSteps[0]).toContain('cloudflared access login');
  });

  it('keeps the service-token step when the request carried no application token', async () => {
    const r = await run(LOG.replace('Cf-Access-Token: <redacted>\n', ''));
    expect(r.findings[0]?.args).not.toHaveProperty('accessAppToken');
    expect(r.nextSteps[0]).toContain('CF-Access-Client-Id');
  });

  it.each([
    // cloudflare/cloudflared#435: the origin's own redirect through a working Access session.
    [
      'the origin’s redirect',
      '2021-08-10T13:43:13Z DBG Websocket response: "HTTP/1.1 307 Temporary Redirect\\r\\nLocation: /ui/\\r\\nServer: cloudflare\\r\\n\\r\\n"',
    ],
    ['the words in code', 'log.Debug().Msgf("Websocket response: %q", r)'],
  ])('catches not: %s', async (_name, paste) => {
    await catchesNot('proxy.gateway-response', paste);
  });
});

describe('an identity-aware proxy’s assertion that reached the backend expired (time.expired, assertion)', () => {
  const iapToken = (iss: string, aud = '/projects/123456789/global/backendServices/987654321') =>
    unsigned(
      { alg: 'ES256', typ: 'JWT', kid: '0oeLcQ' },
      {
        aud,
        email: 'alice@example.com',
        exp: NOW - 1200,
        iat: NOW - 1800,
        iss,
        sub: 'accounts.google.com:1234567890',
      },
      'Xq3vN8pLr2TtWm7bYc9KdFhJs4GzQe1aUo6iVy0xBnM5wEk2lRj8HfDgPtSuCvAa',
    );

  // google/auth/jwt.py's expiry under Google's IAP sample (python-docs-samples iap/validate_jwt.py).
  it('says the header was replayed or the backend’s clock is off', async () => {
    const paste = `x-goog-iap-jwt-assertion: ${iapToken('https://cloud.google.com/iap')}\ngoogle.auth.exceptions.InvalidValue: Token expired, ${NOW - 1200} < ${NOW}`;
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ via: 'google-auth', assertion: 'google-iap' });
    const r = await run(paste);
    expect(r.nextSteps[0]).toContain('replayed');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('再送');
  });

  it('keeps the refresh step for another issuer’s token put in the header', async () => {
    const paste = `GET /api HTTP/1.1\nx-goog-iap-jwt-assertion: ${iapToken('https://auth.example.com/', 'https://api.example.com')}\n\nHTTP/1.1 401 Unauthorized\n`;
    const f = await catches('time.expired', paste);
    expect(f.args).not.toHaveProperty('assertion');
  });
});
