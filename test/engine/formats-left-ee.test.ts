/**
 * Round left-ee: what the audit rounds left. A product that answers an authentication failure with 403 by its own design
 * is no status contradiction, and S3's words answered by MinIO name MinIO when its reply's Server header says so. Each
 * row cites the source of its shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const wpError = (code: string, message: string, status: number) => JSON.stringify({ code, message, data: { status } });

describe('the JWT Authentication for WP REST API plugin answers every refusal with 403, by design', () => {
  // Tmeister/wp-api-jwt-auth public/class-jwt-auth-public.php validate_token: `'status' => 403` for each jwt_auth_*
  // error; #62 and #59 show the replies.
  it('catches not: status.mismatch for jwt_auth_bad_auth_header at 403 (Tmeister/wp-api-jwt-auth#62)', async () => {
    const paste = `POST http://domain.com/wp-json/jwt-auth/v1/token\n${wpError('jwt_auth_bad_auth_header', 'Authorization header malformed.', 403)}`;
    await catches('authz-header.format', paste);
    await catchesNot('status.mismatch', paste);
    expect((await run(paste)).classification).toBe('authentication');
  });

  it('catches not: status.mismatch for jwt_auth_bad_config at 403 (Tmeister/wp-api-jwt-auth#59)', async () => {
    const paste = wpError('jwt_auth_bad_config', 'JWT is not configurated properly, please contact the admin', 403);
    await catches('verifier.misconfigured', paste);
    await catchesNot('status.mismatch', paste);
  });

  it('catches: WordPress core’s own rest_not_logged_in at 403 is still a contradiction (its status is 401)', async () => {
    await catches('status.mismatch', wpError('rest_not_logged_in', 'You are not currently logged in.', 403));
  });
});

describe('MinIO answers in S3’s words and names itself in its Server header', () => {
  // minio/minio#8465 (mint's AccessDenied "Request has expired"); the Server header as minio/minio#6805 and
  // connormanning/entwine#99 print it (Minio/RELEASE…), and as minio/minio#16469 does (MinIO).
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Key>k</Key><BucketName>b</BucketName><Resource>/b/k</Resource><RequestId>15D1B6A0B1C2D3E4</RequestId><HostId>3L137</HostId></Error>';

  it('catches: `< Server: Minio/RELEASE…` in curl -v names MinIO (minio/minio#6805)', async () => {
    const f = await catches(
      'time.expired',
      `< HTTP/1.1 403 Forbidden\n< Content-Type: application/xml\n< Server: Minio/RELEASE.2018-08-02T23-11-36Z (linux; amd64)\n< X-Amz-Request-Id: 15D1B6A0B1C2D3E4\n${body}`,
    );
    expect(f.args).toMatchObject({ via: 'minio' });
    expect(f.detail).toContain('MinIO');
    expect(f.detail).not.toContain('Amazon S3');
  });

  it('catches: `Server: MinIO` in a client’s trace names MinIO (minio/minio#16469)', async () => {
    const f = await catches(
      'time.expired',
      `minio3.local:9000 403 Forbidden\nminio3.local:9000 Server: MinIO\n${body}`,
    );
    expect(f.args).toMatchObject({ via: 'minio' });
  });

  it('catches not: a client’s User-Agent or an x-server header is not the server', async () => {
    // Round left-ff: with no header, MinIO's own body (BucketName and Resource, no ServerTime) names it
    // (checks/signed-url-times.ts minioErrorShape); S3's body with its dates stays S3 whatever the client's headers.
    expect((await catches('time.expired', body)).args).toMatchObject({ via: 'minio' });
    const s3 =
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2026-05-28T14:04:45Z</Expires><ServerTime>2026-05-28T14:09:55Z</ServerTime><RequestId>E4952EE21FC53CD9</RequestId></Error>';
    const ua = await catches(
      'time.expired',
      `User-Agent: MinIO (linux; amd64) minio-go/v7.0.65 mc/RELEASE.2023-12-02T11-24-10Z\n${s3}`,
    );
    expect(ua.args).toMatchObject({ via: 'aws-s3' });
    const other = await catches('time.expired', `X-Upstream-Server: minio-gw\n${s3}`);
    expect(other.args).toMatchObject({ via: 'aws-s3' });
  });
});

describe('an RPC framework is the envelope the service answered in, not the server', () => {
  // connectrpc's `ConnectError: [permission_denied] …` (audit-ag's connect-permission paste) and Twirp's
  // `{"code":"permission_denied","msg":…}` (twitchtv/twirp's error JSON): the service's own authorization refused.
  it('catches: policy.deny says the service answered in Connect’s envelope, in en and ja', async () => {
    const paste = 'Error: ConnectError: [permission_denied] subscription required';
    const f = await catches('policy.deny', paste);
    expect(f.detail).toContain('Connect’s error envelope');
    expect(f.detail).not.toContain('(Connect)');
    const ja = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'policy.deny');
    expect(ja?.detail).toContain('Connect のエラー形式');
    expect(ja?.detail).not.toContain('（Connect）');
  });

  it('catches: Twirp’s invalid_token is the service’s, in Twirp’s envelope', async () => {
    const f = await catches('policy.deny', '{"code":"permission_denied","msg":"not allowed"}');
    expect(f.detail).toContain('Twirp’s error envelope');
    const t = await catches('challenge.invalid-token', 'twirp error unauthenticated: bad token');
    expect(t.detail).toMatch(/^In Twirp’s error envelope, the service refused the token/);
  });

  it('catches not: a product that answered for itself keeps its name in parentheses', async () => {
    const f = await catches(
      'policy.deny',
      "Error: (AuthorizationFailed) The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Resources/read' over scope '/subscriptions/z'",
    );
    expect(f.detail).not.toContain('error envelope');
  });
});

describe('a gateway that wrote the refusal itself leads the steps over token.missing’s generic look at the request', () => {
  // An IBM API Connect OAuth tutorial's test-api.sh (audit-af 02): the gateway's "Cannot pass the security checks…"
  // names its own requirements (a client id in X-IBM-Client-Id, an OAuth provider's token), not a Bearer header.
  it('catches: API Connect’s security-section step comes first', async () => {
    const r = await run(
      'FAIL\nFailed call with error {"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Cannot pass the security checks that are required by the target API or operation, Enable debug headers for more details."}',
    );
    expect(r.findings.map((f) => f.code)).toContain('token.missing');
    expect(r.nextSteps[0]).toMatch(/^API Connect’s gateway refused the request/);
    expect(r.nextSteps.join(' ')).toContain('Authorization: Bearer <token>');
  });

  it('catches not: a server named only by its Server header may have passed the answer on: the request step leads', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nServer: nginx/1.25.3\nContent-Type: application/json\n\n{"message":"Unauthorized"}',
    );
    expect(r.nextSteps[0]).toMatch(/^Look at the request as it was sent/);
  });
});

describe('PlayFab’s NotAuthenticated 1074 names its own headers, not Authorization: Bearer', () => {
  // audit-ai 33 (PlayFab's UE pubsub client); PlayFab/JavaScriptSDK's X-Authorization, learn.microsoft.com's
  // X-EntityToken and X-SecretKey (verifier-messages/game-backends.ts).
  const body =
    '{"code":401,"status":"Unauthorized","error":"NotAuthenticated","errorCode":1074,"errorMessage":"This API method does not allow anonymous callers."}';

  it('catches: token.missing via playfab, with X-Authorization and X-EntityToken steps in en and ja', async () => {
    const f = await catches('token.missing', `OnHubConnectionError: ${body}`);
    expect(f.args).toMatchObject({ via: 'playfab' });
    const r = await run(body);
    expect(r.nextSteps.join(' ')).toContain('X-Authorization');
    expect(r.nextSteps.join(' ')).toContain('X-EntityToken');
    expect(r.nextSteps.join(' ')).not.toMatch(/check that it carries "Authorization: Bearer/);
    const ja = await run(body, { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('X-Authorization');
  });

  it('catches not: the sentence without PlayFab’s envelope is not PlayFab’s', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"This API method does not allow anonymous callers."}');
    expect(r.findings.some((x) => (x.args as { via?: string }).via === 'playfab')).toBe(false);
  });
});

describe('Epic’s unauthorized_client names Epic’s auth clients, not Keycloak or Okta', () => {
  // MixV2/EpicResearch#77 (token_to_token refused, numericErrorCode 1015); Epic sets each auth client's grant types
  // (MixV2/EpicResearch docs/auth/auth_clients.md).
  const epic =
    '{"errorCode":"errors.com.epicgames.common.oauth.unauthorized_client","errorMessage":"Sorry your client is not allowed to use the grant type token_to_token","messageVars":[],"numericErrorCode":1015,"originatingService":"com.epicgames.account.public","intent":"prod","error_description":"Sorry your client is not allowed to use the grant type token_to_token","error":"unauthorized_client"}';

  it('catches: via epic-games, its step about Epic’s auth clients in en and ja', async () => {
    const f = await catches('oauth.unauthorized-client', epic);
    expect(f.args).toMatchObject({ via: 'epic-games' });
    const r = await run(epic);
    expect(r.nextSteps[0]).toMatch(/^Epic sets the grant types of each auth client/);
    expect(r.nextSteps.join(' ')).not.toMatch(/Keycloak|Okta/);
    const ja = await run(epic, { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).not.toMatch(/Keycloak|Okta/);
  });

  it('catches not: the same body without Epic’s namespaced code keeps the identity providers’ step', async () => {
    const f = await catches(
      'oauth.unauthorized-client',
      '{"error":"unauthorized_client","error_description":"Client not allowed for direct access grants"}',
    );
    expect(f.args).toMatchObject({ via: 'response body' });
    const r = await run(
      '{"error":"unauthorized_client","error_description":"Client not allowed for direct access grants"}',
    );
    expect(r.nextSteps.join(' ')).toContain('Keycloak');
  });
});

describe('ThingsBoard’s errorCode 10 "Authentication method not supported" is the sign-in request’s method', () => {
  // thingsboard/thingsboard#4532 (the comment's reply); RestLoginProcessingFilter and RefreshTokenProcessingFilter throw
  // AuthMethodNotSupportedException for any method but POST.
  const body =
    '{\n    "status": 401,\n    "message": "Authentication method not supported",\n    "errorCode": 10,\n    "timestamp": "2023-06-14T20:15:58.373+00:00"\n}';

  it('catches: the POST step, not token.missing', async () => {
    const f = await catches('oauth.unsupported-grant', body);
    expect(f.args).toMatchObject({ via: 'thingsboard' });
    await catchesNot('token.missing', body);
    const r = await run(body, { locale: 'ja' });
    expect(r.nextSteps.join(' ')).toContain('POST /api/auth/login');
  });

  it('catches not: Spring Security’s own "Authentication method not supported: GET" without ThingsBoard’s code', async () => {
    await catchesNot(
      'oauth.unsupported-grant',
      'org.springframework.security.authentication.AuthenticationServiceException: Authentication method not supported: GET',
    );
    await catchesNot(
      'oauth.unsupported-grant',
      '{"status":401,"message":"Authentication method not supported","errorCode":11}',
    );
  });
});
