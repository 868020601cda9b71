/**
 * Round left-cc: the readings stop 28 left. Each row cites the source of its shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

describe('graphql-ws’s close codes 4401 and 4400: the protocol’s meaning, or the server’s own reason', () => {
  // enisdenjo/graphql-ws PROTOCOL.md: a subscribe before connection_ack closes "4401: Unauthorized" (src/server.ts,
  // `socket.close(CloseCode.Unauthorized, 'Unauthorized')`); an invalid message "4400: <error-message>"; PR #2: an error
  // thrown in onConnect is the 4400's reason. apollographql/apollo-kotlin#3230: a server closing 4401 for an expired token.
  it('catches: a bare 4401 names no token cause; the server’s own reason is quoted', async () => {
    const bare = await catches('challenge.invalid-token', 'Error: Socket closed with event 4401 Unauthorized');
    expect(bare.args).toMatchObject({ via: 'graphql-ws', closeCode: 4401, description: null });
    expect(bare.detail).toContain('before it acknowledged');
    expect(bare.detail).not.toMatch(/expired, revoked/);
    const frame = await catches(
      'challenge.invalid-token',
      'failed to get reader: received close frame: status = StatusCode(4401) and reason = "Unauthorized"',
    );
    expect(frame.args).toMatchObject({ closeCode: 4401, description: null });
    const own = await catches('challenge.invalid-token', 'Error: Socket closed with event 4401 Token has expired');
    expect(own.args).toMatchObject({ closeCode: 4401, description: 'Token has expired' });
    expect((await run('Error: Socket closed with event 4401 Unauthorized', { locale: 'ja' })).nextSteps[0]).toContain(
      'connection_ack',
    );
  });

  it('catches: 4400 is a request the server could not accept, its reason quoted', async () => {
    const f = await catches(
      'challenge.invalid-request',
      'Error: Socket closed with event 4400 Invalid message received',
    );
    expect(f.args).toMatchObject({ via: 'graphql-ws', closeCode: 4400, description: 'Invalid message received' });
    const g = await catches('challenge.invalid-request', 'status = StatusCode(4400) and reason = "Bad request"');
    expect(g.args).toMatchObject({ closeCode: 4400, description: null });
  });

  it('catches not: another number after the words; 4403 stays the refused connection_init', async () => {
    await catchesNot('challenge.invalid-token', 'Socket closed with event 44012 Unauthorized');
    await catchesNot('challenge.invalid-request', 'Socket closed with event 44001');
    await catchesNot('challenge.invalid-request', 'WebSocket closed with code 4400 after 3 retries');
    const forbidden = await catches('challenge.invalid-token', 'Error: Socket closed with event 4403 Forbidden');
    expect(forbidden.args).not.toHaveProperty('closeCode');
  });
});

describe('Splunk HEC’s token named by its scheme, not read as an opaque token for a JWT verifier', () => {
  // docs.splunk.com Data/FormateventsforHTTPEventCollector: "Authorization: Splunk <hec_token>"; fluent/fluent-bit#12043's
  // table of HEC's answers ({"text":"Invalid token","code":4}, {"text":"Token is required","code":2}).
  const guid = '6f1c2a9e-1b7d-4c0e-9a55-2f3b4c5d6e7f';
  const request = `POST /services/collector/event HTTP/1.1\nHost: splunk.example.com:8088\nAuthorization: Splunk ${guid}\n\n`;

  it('catches: a bare 401 to a HEC request names the token as HEC’s, with HEC’s steps', async () => {
    const f = await catches('token.opaque', `${request}HTTP/1.1 401 Unauthorized\n`);
    expect(f.args).toMatchObject({ form: 'api-key', key: 'splunk-hec-token' });
    expect(f.title).toContain('Splunk HTTP Event Collector token');
    const r = await run(`${request}HTTP/1.1 401 Unauthorized\n`);
    expect(r.nextSteps.join('\n')).not.toContain('introspection');
    expect((await catches('token.opaque', `${request}HTTP/1.1 401 Unauthorized\n`, { locale: 'ja' })).title).toContain(
      'Splunk HTTP Event Collector',
    );
  });

  it('catches not: HEC’s own refusal already names it (no second finding); a GUID under Bearer stays opaque', async () => {
    await catchesNot('token.opaque', `${request}HTTP/1.1 403 Forbidden\n{"text":"Invalid token","code":4}`);
    await catchesNot('token.opaque', `${request}HTTP/1.1 401 Unauthorized\n{"text":"Token is required","code":2}`);
    const bearer = await catches(
      'token.opaque',
      `GET /api HTTP/1.1\nAuthorization: Bearer ${guid}\n\nHTTP/1.1 401 Unauthorized\n`,
    );
    expect(bearer.args).not.toHaveProperty('key');
  });
});

describe('Elastic APM Server’s PermissionDenied "unauthorized": the agent authenticated, the action was refused', () => {
  // elastic/apm-server internal/beater/interceptors/auth.go (auth.ErrUnauthorized → codes.PermissionDenied; failed
  // authentication → Unauthenticated) and internal/beater/auth/apikey.go ("%w: API Key not permitted action %q").
  const bare =
    '{"log.level":"error","message":"failed to publish events: rpc error: code = PermissionDenied desc = unauthorized","service.name":"elastic-agent"}';
  const action =
    'rpc error: code = PermissionDenied desc = unauthorized: API Key not permitted action "event:write" (apm-server)';

  it('catches: named APM Server, authorization, the APM privileges in the step', async () => {
    for (const paste of [bare, action]) {
      const f = await catches('policy.deny', paste);
      expect(f.args).toMatchObject({ via: 'elastic-apm-server', stated: true });
      const r = await run(paste);
      expect(r.classification).toBe('authorization');
      expect(r.nextSteps.join('\n')).toContain('event:write');
    }
    expect((await run(bare, { locale: 'ja' })).nextSteps.join('\n')).toContain('event:write');
  });

  it('catches not: the same gRPC words from a service that is not Elastic’s stay a plain gRPC denial', async () => {
    const f = await catches('policy.deny', 'rpc error: code = PermissionDenied desc = unauthorized');
    expect(f.args.via).not.toBe('elastic-apm-server');
  });
});

describe('mssql-jdbc’s "Failed to authenticate the user … (Authentication=ActiveDirectory…)": no Entra token was got', () => {
  // microsoft/mssql-jdbc#1480 (ActiveDirectoryPassword), MicrosoftDocs/sql-docs#6402 (ActiveDirectoryServicePrincipal),
  // AzureAD/microsoft-authentication-library-for-java#391 (ActiveDirectoryInteractive).
  const password =
    'com.microsoft.sqlserver.jdbc.SQLServerException: Failed to authenticate the user admin@contoso.com in Active Directory (Authentication=ActiveDirectoryPassword).\n\tat com.microsoft.sqlserver.jdbc.SQLServerConnection.getFedAuthToken(SQLServerConnection.java:4442)';
  const principal =
    'com.microsoft.sqlserver.jdbc.SQLServerException: Failed to authenticate the user 43df5c8d-5de9-4e94-9a0b-d36542053e49 in Active Directory (Authentication=ActiveDirectoryServicePrincipal).\nCaused by: com.microsoft.aad.msal4j.MsalServiceException: AADSTS7000215: Invalid client secret provided.';

  it('catches: the driver named, authentication, the mode kept legible (no secret mask on it)', async () => {
    const f = await catches('token.missing', password);
    expect(f.args).toMatchObject({ via: 'mssql-jdbc', unobtained: true, credentials: 'mssql-entra' });
    expect(f.evidence).toContain('Authentication=ActiveDirectoryPassword');
    expect(f.detail).toContain('Microsoft JDBC Driver for SQL Server');
    expect((await run(password)).classification).toBe('authentication');
    expect((await catches('token.missing', password, { locale: 'ja' })).detail).toContain('Entra');
  });

  it('catches: Entra ID’s own refusal printed beneath leads; the driver’s line follows as a warning', async () => {
    const r = await run(principal);
    expect(r.findings[0]?.code).toBe('oauth.invalid-client');
    expect(r.findings.find((x) => x.code === 'token.missing')?.severity).toBe('warning');
  });

  it('catches not: the words without the Active Directory mode after them; a real credential under Authentication: is still masked', async () => {
    await catchesNot('token.missing', 'Login error: Failed to authenticate the user bob. Try again later.');
    const r = await run('Authentication: ActiveDirectoryPassword9xK2mQ7vLp\nHTTP/1.1 401 Unauthorized');
    expect(JSON.stringify(r)).not.toContain('ActiveDirectoryPassword9xK2mQ7vLp');
  });
});

describe('Pomerium’s own answer (x-pomerium-intercepted-response): its policy on a 403, its session on a 401', () => {
  // pomerium/pomerium internal/httputil/headers.go: "HeaderPomeriumResponse is set when pomerium itself creates a
  // response, as opposed to the upstream application"; its JSON error body, {"error": "<status text>"} (errors.go).
  const reply = (status: string, header = 'true') =>
    `HTTP/2 ${status}\nx-pomerium-intercepted-response: ${header}\ncontent-type: application/json\n\n{"error":"Forbidden"}`;

  it('catches: a 403 is its route policy (the step names Pomerium’s rules); a 401 its own sign-in', async () => {
    const deny = await catches('proxy.gateway-response', reply('403'));
    expect(deny.args).toMatchObject({ product: 'Pomerium', policyDenial: true, beforeToken: true });
    expect(deny.severity).toBe('error');
    const session = await catches('proxy.gateway-response', reply('401'));
    expect(session.args).toMatchObject({ product: 'Pomerium', ownSession: true });
    expect((await run(reply('401'))).nextSteps.join('\n')).toContain('Pomerium wanted its own sign-in');
    expect((await run(reply('403'), { locale: 'ja' })).nextSteps.join('\n')).toContain('Pomerium');
  });

  it('catches not: the header set to anything but true; the application’s own 403 without it', async () => {
    await catchesNot('proxy.gateway-response', reply('403', 'false'));
    await catchesNot('proxy.gateway-response', 'HTTP/2 403\ncontent-type: application/json\n\n{"error":"Forbidden"}');
  });
});

describe('Zscaler Internet Access’s block page: the organisation’s forward proxy, not a token', () => {
  // help.zscaler.com/zia "About Acceptable Use Policy and End User Notifications" (the block notification on a policy
  // violation); its default page's sentence as WAF detectors and client logs in public repositories quote it.
  const page =
    'HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><h1>Access Denied</h1><p>Your organization has selected Zscaler to protect you from internet threats.</p></body></html>';

  it('catches: ZIA named, a policy block, its own steps', async () => {
    const f = await catches('proxy.waf-block', page);
    expect(f.args).toMatchObject({ product: 'Zscaler Internet Access' });
    expect(f.detail).toContain('forward proxy');
    expect((await run(page)).nextSteps[0]).toContain('Zscaler');
    expect((await catches('proxy.waf-block', page, { locale: 'ja' })).detail).toContain('Zscaler');
  });

  it('catches not: Zscaler named in prose without its page’s sentence', async () => {
    await catchesNot('proxy.waf-block', 'HTTP/1.1 403 Forbidden\n\nWe use Zscaler here; is it blocking the API?');
  });
});

describe('HashiCorp Boundary’s PermissionDenied "Forbidden." and its own auth token', () => {
  // hashicorp/boundary internal/daemon/controller/handlers/errors.go: ForbiddenError (PermissionDenied, "Forbidden.",
  // 403) and UnauthenticatedError ("Unauthenticated, or invalid token.", 401); the CLI's error block, hashicorp/boundary#1488.
  const cli =
    '$ boundary connect ssh -target-id ttcp_1234567890\nError from controller when performing authorize-session action against given target\n\nError information:\n  Kind:                PermissionDenied\n  Message:             Forbidden.\n  Status:              403';

  it('catches: its CLI block and its gRPC status beside its name are Boundary’s RBAC, with its role steps', async () => {
    for (const paste of [
      cli,
      'boundary targets authorize-session: rpc error: code = PermissionDenied desc = Forbidden.',
    ]) {
      const f = await catches('policy.deny', paste);
      expect(f.args).toMatchObject({ via: 'boundary', stated: true });
      expect((await run(paste)).nextSteps[0]).toContain('authorize-session');
    }
    expect((await run(cli, { locale: 'ja' })).nextSteps[0]).toContain('boundary roles list');
  });

  it('catches: its Unauthenticated names its own auth token, not a JWT', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Error: Status: 401, Kind: "Unauthenticated", Error: "Unauthenticated, or invalid token."',
    );
    expect(f.args).toMatchObject({ via: 'boundary', credential: 'boundary-auth-token' });
  });

  it('catches not: the same gRPC words with no Boundary near; another Kind in its CLI block', async () => {
    const f = await catches('policy.deny', 'rpc error: code = PermissionDenied desc = Forbidden.');
    expect(f.args.via).not.toBe('boundary');
    await catchesNot(
      'policy.deny',
      'Error from controller when performing authorize-session on a session against target\n\nError information:\n  Kind:                Internal\n  Message:             boom\n  Status:              500',
    );
  });
});

describe('a presigned request’s own expiry (an RDS IAM authentication token): X-Amz-Date plus X-Amz-Expires', () => {
  // docs.aws.amazon.com AmazonS3 API sigv4-query-string-auth (X-Amz-Expires: "the time period, in seconds, for which the
  // generated presigned URL is valid"); AmazonRDS UsingWithRDS.IAMDBAuth.Connecting (the token lasts 15 minutes).
  const signature = '4f1c2a9e1b7d4c0e9a552f3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d';
  const token = (date: string, expires = '900') =>
    `mydb.abc123xyz.us-east-1.rds.amazonaws.com:5432/?Action=connect&DBUser=app_user&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260528%2Fus-east-1%2Frds-db%2Faws4_request&X-Amz-Date=${date}&X-Amz-Expires=${expires}&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`;
  const refused =
    'psql: error: connection to server at "mydb.abc123xyz.us-east-1.rds.amazonaws.com" (10.0.1.5), port 5432 failed: FATAL:  PAM authentication failed for user "app_user"';

  it('catches: past its 15 minutes it is expired, as a JWT’s exp is, and leads; nothing of the signature is shown', async () => {
    const paste = `PGPASSWORD=${token('20260528T135000Z')}\n${refused}`;
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ presigned: 'rds-iam', expiresSeconds: 900, agoSeconds: 300, skewSeconds: 60 });
    expect(f.evidence).toBe('X-Amz-Date=20260528T135000Z&X-Amz-Expires=900');
    expect(f.title).toContain('RDS IAM authentication token');
    const r = await run(paste);
    expect(r.findings[0]?.code).toBe('time.expired');
    const all = JSON.stringify(r);
    expect(all).not.toContain(signature.slice(0, 16));
    expect(all).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect((await catches('time.expired', paste, { locale: 'ja' })).title).toContain('RDS の IAM 認証トークン');
  });

  it('catches: inside the skew allowance it is borderline; another presigned URL is named as one', async () => {
    const f = await catches('time.borderline', token('20260528T135430Z'));
    expect(f.args).toMatchObject({ presigned: 'rds-iam', pastSeconds: 30 });
    const s3 = await catches(
      'time.expired',
      'GET https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260528T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=abc',
    );
    expect(s3.args).toMatchObject({ presigned: 'sigv4' });
  });

  it('catches not: still valid; no X-Amz-Date in the same query; S3’s XML element, not a query parameter', async () => {
    await catchesNot('time.expired', token('20260528T140500Z'));
    await catchesNot('time.borderline', token('20260528T140500Z'));
    await catchesNot('time.expired', 'X-Amz-Date=20260528T120000Z see also https://x.example/?X-Amz-Expires=60');
    await catchesNot('time.expired', '<X-Amz-Expires>300</X-Amz-Expires>');
  });
});

describe('a Java header map after an earlier `{` on its log line (an MDC, an unfilled placeholder)', () => {
  // AbstractMap.toString of Map<String, List<String>> (`{Accept=[*/*], Host=[…]}`), behind logback's %X MDC map
  // (`{traceId=…, spanId=…}`) or an SLF4J `{}` placeholder left unfilled, which the reader once took for the map.
  const line = (before: string) =>
    `2026-05-28 14:09:58.123 DEBUG [http-nio-8080-exec-1] ${before} c.e.AuthFilter - request headers: {Accept=[*/*], User-Agent=[okhttp/4.12.0], Host=[api.example.com]}\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"`;

  it('catches: the map is read as the request’s headers, which carry no Authorization', async () => {
    for (const before of ['{traceId=5f2c1e, spanId=a1b2}', 'user {} sent', '{}']) {
      const f = await catches('authz-header.missing', line(before));
      expect(f.evidence).toContain('request headers shown');
    }
  });

  it('catches not: a brace pair that never holds `name=[…]` entries is no header map', async () => {
    await catchesNot(
      'authz-header.missing',
      '2026-05-28 DEBUG {traceId=5f2c1e} c.e.AuthFilter - state: {count=3, last=ok}\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
  });
});

describe('AWS Verified Access’s signed user claims (x-amzn-ava-user-context)', () => {
  // docs.aws.amazon.com/verified-access/latest/ug/user-claims-passing.html: ES384, the JWS header's signer is the
  // Verified Access instance's ARN and carries iss and exp (120 seconds); the claims have no aud.
  const header = {
    alg: 'ES384',
    kid: '12345678-1234-1234-1234-123456789012',
    signer: 'arn:aws:ec2:us-east-1:123456789012:verified-access-instance/vai-abc123xzy321a2b3c',
    iss: 'https://oidc-tp.example.com/',
    exp: 1779977300,
  };
  const claims = { sub: 'xyzsubject', email: 'dev@example.com', groups: ['Engineering'] };
  const paste = (h: Record<string, unknown>, name = 'x-amzn-ava-user-context') =>
    `GET /api/orders HTTP/1.1\nHost: internal.example.com\n${name}: ${unsigned(h, claims)}\n\nHTTP/1.1 401 Unauthorized`;

  it('catches: named as Verified Access’s assertion, judged by its header’s exp; no Authorization, aud or iss missing', async () => {
    const f = await catches('time.expired', paste(header));
    expect(f.args).toMatchObject({ exp: 1779977300, assertion: 'aws-verified-access' });
    expect((await run(paste(header))).nextSteps[0]).toContain('AWS Verified Access');
    for (const code of ['authz-header.missing', 'claim.aud-missing', 'claim.iss-missing', 'time.no-exp'] as const)
      await catchesNot(code, paste(header));
    await catchesNot('input.live-token', paste(header));
  });

  it('catches not: a header without the Verified Access signer is judged as any token', async () => {
    const { signer: _signer, ...noSigner } = header;
    await catches('claim.aud-missing', paste(noSigner, 'authorization-context'));
    await catches('time.no-exp', paste(noSigner, 'authorization-context'));
  });
});

describe('owner question: oauth2-proxy’s session cookie not present is its own sign-in missing, not a bearer token', () => {
  // oauth2-proxy/oauth2-proxy#428, #941, #1539, #2476 (`Error loading cookied session: cookie "_oauth2_proxy" not
  // present`), argoflow/argoflow-aws#230 (`http: named cookie not present`).
  const access =
    '10.100.62.4:20966 - - [2026/05/28 14:09:58] api.example.com GET - "/oauth2/auth" HTTP/1.1 "curl/8.4.0" 401 21 0.000';
  const lines = [
    '[2026/05/28 14:09:58] [logger.go:508] Error loading cookied session: cookie "_oauth2_proxy" not present, removing session',
    '[2024/02/02 12:40:19] [oauthproxy.go:871] Error loading cookied session: Cookie "_oauth2_proxy" not present',
    '[2021/09/19 23:26:29] [stored_session.go:76] Error loading cookied session: http: named cookie not present, removing session',
  ];

  it('catches: proxy.gateway-response names oauth2-proxy with its own session’s steps; no token.missing', async () => {
    for (const line of lines) {
      const paste = `${line}\n${access}`;
      const f = await catches('proxy.gateway-response', paste);
      expect(f.args).toMatchObject({ product: 'oauth2-proxy', ownSession: true });
      await catchesNot('token.missing', paste);
    }
  });

  it('catches not: another cookie name (not oauth2-proxy’s default) is not read; nor the line without a 401 beside it', async () => {
    await catchesNot(
      'proxy.gateway-response',
      `Error loading cookied session: cookie "_my_session" not present\n${access}`,
    );
    await catchesNot('proxy.gateway-response', lines[0] as string);
  });
});
