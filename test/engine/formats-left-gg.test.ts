/**
 * Round left-gg: what this stop's rounds left. Each row cites the source of its shape; catch-not rows are the near
 * misses that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the status: a status inside a request’s payload is what the client sent, not the answer', () => {
  // pycontribs/jenkinsapi#503: JenkinsAPIException prints the request's data (Jenkins' form JSON, "statusCode": "303")
  // before the response's status=403.
  const JENKINSAPI =
    'jenkinsapi.custom_exceptions.JenkinsAPIException: Operation failed. url=http://myserver/job/infra/job/test123/build, data={\'json\': \'{"parameter": [], "statusCode": "303", "redirectTo": "."}\'}, headers={\'Content-Type\': \'application/x-www-form-urlencoded\'}, status=403, text=b\'<html>\\n<head>\\n<title>Error 403 No valid crumb was included in the request</title>\\n</head>\\n<body><h2>HTTP ERROR 403</h2>\\n<p>Problem accessing /job/infra/job/test123/build. Reason:\\n<pre>    No valid crumb was included in the request</pre></p></body>\\n</html>\\n\'';

  it('catches: jenkinsapi’s exception is about its 403, with no status.not-auth for the form’s 303', async () => {
    const r = await catchesNot('status.not-auth', JENKINSAPI);
    expect(r.status).toBe(403);
    await catches('request.csrf-rejected', JENKINSAPI);
  });

  it.each([
    ['a json= keyword', 'requests.post(url, json={"status": 302}) failed: status=401 Unauthorized', 401],
    ['a params= keyword', 'Request failed: params={"statusCode": 200}, status=403', 403],
  ])('catches: %s', async (_name, input, status) => {
    expect((await run(input)).status).toBe(status);
  });

  it.each([
    // The response's own body, after no payload keyword, keeps its status.
    ['a logged response body', 'response={"statusCode": 401, "message": "Unauthorized"}', 401],
    ['a body JSON on its line', '{"statusCode": 403, "error": "Forbidden", "message": "Missing scope"}', 403],
    // A key that only ends in "data" is not the keyword.
    ['userdata= is no payload keyword', 'userdata={"statusCode": 401, "message": "Unauthorized"}', 401],
    // A sign-in redirect stays a redirect.
    ['a sign-in redirect', 'HTTP/1.1 302 Found\nLocation: https://login.example.com/authorize?client_id=abc', 302],
  ])('catches not: %s keeps its status', async (_name, input, status) => {
    expect((await run(input)).status).toBe(status);
  });
});

describe('authz-header.scheme: Gitea’s `token` scheme on a request the paste shows going to Gitea’s API', () => {
  it.each([
    // go-gitea/gitea#27695: curl to a gitea host's /api/v1/, answered with Gitea's swagger envelope.
    [
      'a gitea host',
      'curl -k -X \'POST\' \'https://gitea.localtest.me/api/v1/admin/users\' -H \'accept: application/json\' -H \'Authorization: token ****\' -d \'{"username": "user1"}\'\n{"message":"user does not exist [uid: 0, name: , keyid: 0]","url":"http://gitea.localtest.me/api/swagger"}',
    ],
    // docs.gitea.com/development/api-usage: `Authorization: token <PAT>`; the envelope names the instance's swagger.
    [
      'another host, Gitea’s envelope',
      'GET /api/v1/repos/ops/infra/branches HTTP/1.1\nHost: code.example.org\nAuthorization: token ****\n\nHTTP/1.1 404 Not Found\n\n{"message":"GetRepositoryByName","url":"https://code.example.org/api/swagger"}',
    ],
    ['Codeberg (Forgejo)', 'GET https://codeberg.org/api/v1/user\nAuthorization: token ****\n-> 403'],
  ])('catches not: %s', async (_name, input) => {
    await catchesNot('authz-header.scheme', input);
  });

  it.each([
    // `/api/v1/` alone is many APIs' path: a Bearer-only API still hears about the scheme.
    [
      'an /api/v1/ path of another API',
      'GET /api/v1/orders HTTP/1.1\nHost: api.example.com\nAuthorization: token ****\n\nHTTP/1.1 401 Unauthorized',
    ],
    // Gitea named, but the request went elsewhere and no /api/v1/ path is shown.
    [
      'Gitea only named',
      'our gitea mirror is fine, but this fails:\nGET /v2/orders HTTP/1.1\nHost: api.example.com\nAuthorization: token ****\n\nHTTP/1.1 401 Unauthorized',
    ],
  ])('catches: %s', async (_name, input) => {
    const f = await catches('authz-header.scheme', input);
    expect(f.args).toMatchObject({ scheme: 'token' });
  });
});

describe('no cause: a signed URL refused gets the signature’s step, not “if a token was sent”', () => {
  const sig = '5c1f0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3';
  const SIGNATURE_STEP = 'signature, not a token';
  const TOKEN_STEP = 'If a token was sent';
  it.each([
    // S3's SigV4 query authentication (docs.aws.amazon.com AmazonS3 sigv4-query-string-auth), not yet expired.
    [
      'a SigV4 presigned URL',
      `GET /bucket/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260528%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260528T140000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig} HTTP/1.1\nHost: bucket.s3.amazonaws.com\n\nHTTP/1.1 403 Forbidden`,
    ],
    // An Azure Storage service SAS (learn.microsoft.com create-service-sas: sv, se, sig), its body shown.
    [
      'an Azure SAS with a body',
      'GET /container/blob.txt?sv=2022-11-02&se=2026-05-28T15%3A00%3A00Z&sr=b&sp=r&sig=Zm9vYmFyRmFrZVNpZ25hdHVyZQ%3D%3D HTTP/1.1\nHost: acct.blob.core.windows.net\n\nHTTP/1.1 403 Forbidden\nContent-Length: 0\n',
    ],
  ])('catches: %s', async (_name, input) => {
    const r = await run(input);
    expect(r.findings.map((f) => f.code)).toEqual([]);
    expect(r.nextSteps.some((s) => s.includes(SIGNATURE_STEP))).toBe(true);
    expect(r.nextSteps.some((s) => s.includes(TOKEN_STEP))).toBe(false);
  });

  it.each([
    // `?sig=` alone is no SAS (review-30's near miss), nor is a plain query.
    ['a sig= alone', 'GET https://files.example.com/a.txt?sig=abc123 -> 403 Forbidden'],
    ['a plain query', 'GET https://api.example.com/orders?page=2 -> 403 Forbidden'],
  ])('catches not: %s keeps the token step', async (_name, input) => {
    const r = await run(input);
    expect(r.nextSteps.some((s) => s.includes(TOKEN_STEP))).toBe(true);
    expect(r.nextSteps.some((s) => s.includes(SIGNATURE_STEP))).toBe(false);
  });
});

describe('time.expired: the exp a verifier’s words state, so the report says how long ago', () => {
  it.each([
    // vapor/jwt-kit 5 (Tests/JWTKitTests/JWTKitTests.swift jwtErrorDescription): the failed claim's Date as Swift prints it.
    [
      'jwt-kit 5’s ExpirationClaim(value: …)',
      'HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"error":true,"reason":"JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(value: 2026-05-28 13:02:11 +0000), reason: \\"expired\\")"}',
      1779973331,
    ],
    // funcool/buddy-sign jwt.clj validate-claims: (str "Token is expired (" exp ")"), its ex-data after it.
    [
      'buddy-sign’s Token is expired (<exp>)',
      'clojure.lang.ExceptionInfo: Token is expired (1779970000) {:type :validation, :cause :exp}',
      1779970000,
    ],
  ])('catches: %s', async (_name, input, exp) => {
    const f = await catches('time.expired', input);
    expect(f.args).toMatchObject({ exp, agoSeconds: 1779977400 - exp });
  });

  it.each([
    // jwt-kit 5 with no value printed, and buddy-sign's ex-data without its message: expired, no time read.
    [
      'jwt-kit 5 without a value',
      '{"error":true,"reason":"JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(…), reason: \\"expired\\")"}',
    ],
    ['buddy-sign’s ex-data alone', 'clojure.lang.ExceptionInfo: {:type :validation, :cause :exp}'],
    // A local time without its offset is not read as UTC.
    [
      'jwt-kit 5 with a zoneless date',
      '{"error":true,"reason":"JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(value: 2026-05-28 13:02:11), reason: \\"expired\\")"}',
    ],
  ])('catches not (no stated time): %s', async (_name, input) => {
    const f = await catches('time.expired', input);
    expect(f.args).toMatchObject({ exp: null, agoSeconds: null });
  });
});

describe('authz-header.missing names the product that said, in its own words, that no token came', () => {
  // moneyforward/expense-api-doc#34: curl's -G took the header for a URL; Money Forward answered ログインしてください.
  const MONEY_FORWARD =
    'curl https://expense.moneyforward.com/api/external/v1/offices/6410-1232/depts -G "Authorization: Bearer ***"\n{"messages":["ログインしてください"]}curl: (3) Port number ended with \' \'';

  it('catches: Money Forward’s words name it (via), and the title says why curl sent no header (en and ja)', async () => {
    // Round audit-av: `-G "Authorization: …"` gives the header with no -H, and curl took it for a URL (its `curl: (3)`).
    const f = await catches('authz-header.missing', MONEY_FORWARD);
    expect(f.args).toMatchObject({ via: 'money-forward', cutBy: 'argument' });
    expect(f.title).toBe(
      'The request to Money Forward has no Authorization header: curl took "Authorization: …", given without -H, as a URL',
    );
    const ja = await catches('authz-header.missing', MONEY_FORWARD, { locale: 'ja' });
    expect(ja.title).toContain('マネーフォワード クラウド');
  });

  it('catches not: a request with no product’s words keeps the plain title', async () => {
    const f = await catches(
      'authz-header.missing',
      'GET /v1/orders HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\n\n{"messages":["ログインしてください"]}',
    );
    expect(f.args.via).toBeUndefined();
    expect(f.title).toBe('The request has no Authorization header');
  });
});

describe('proxy.gateway-response: a gRPC client says the 401/403 was no gRPC response', () => {
  it.each([
    // zitadel/zitadel#8857: Grpc.Net.Client behind Cloudflare (grpc/grpc-dotnet GrpcCall ValidateHeaders).
    [
      'Grpc.Net.Client’s Bad gRPC response',
      'Grpc.Core.RpcException: Status(StatusCode="PermissionDenied", Detail="Bad gRPC response. HTTP status code: 403")',
    ],
    // grpcio's status made up from the HTTP answer.
    [
      'grpcio’s Received http2 header',
      'grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:\n        status = StatusCode.UNAUTHENTICATED\n        details = "Received http2 header with status: 401"',
    ],
  ])('catches: %s', async (_name, input) => {
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).toMatchObject({ notGrpc: true });
    const ja = await catches('proxy.gateway-response', input, { locale: 'ja' });
    expect(ja.title).toContain('gRPC サーバーの手前');
  });

  it.each([
    // A gRPC server's own refusal (HTTP 200, grpc-status 16) names no intermediary.
    [
      'a gRPC server’s own UNAUTHENTICATED',
      'Grpc.Core.RpcException: Status(StatusCode="Unauthenticated", Detail="Bad token")',
    ],
    // Another status than 401/403 is not an auth answer.
    [
      'a 502 from the proxy',
      'Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Bad gRPC response. HTTP status code: 502")',
    ],
    // Its content-type variant with the status's response shown: the headers name who answered.
    [
      'the HTTP answer itself shown',
      'Bad gRPC response. HTTP status code: 403\n\nHTTP/2 403\nserver: cloudflare\ncf-ray: 8d1f2a3b4c5d6e7f-NRT\ncontent-type: text/html',
    ],
  ])('catches not: %s', async (_name, input) => {
    const r = await run(input);
    expect(r.findings.some((f) => f.code === 'proxy.gateway-response' && f.args.notGrpc === true)).toBe(false);
  });
});

describe('challenge.missing: not for a 401 a product answers by design for a caller it accepted and denied', () => {
  // n8n-io/n8n#28584 (developer.clickup.com/docs/common_errors: OAUTH_023…045, Team not authorized).
  it('catches not: ClickUp’s Team(s) not authorized', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{ "err": "Team(s) not authorized", "ECODE": "OAUTH_023" }';
    await catchesNot('challenge.missing', input);
    await catches('policy.deny', input);
  });

  it('catches: a 401 without a challenge that is an authentication failure keeps the warning', async () => {
    await catches(
      'challenge.missing',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
    );
  });
});

describe('token.missing: Webex’s words cover a missing and a refused token alike', () => {
  // shailpatels/WebExCLI's tutorial: a request to webexapis.com answered so (audit-ao #30).
  const WEBEX =
    '<Response [401]>\n{"message":"The request requires a valid access token set in the Authorization request header.","errors":[{"description":"The request requires a valid access token set in the Authorization request header."}],"trackingId":"ROUTER_5E708612-B906-01BB-2E6D-6B0D98D52E6D"}';

  it('catches: Webex named, worded as either (en and ja)', async () => {
    const f = await catches('token.missing', WEBEX);
    expect(f.args).toMatchObject({ eitherStated: true, eitherProduct: 'webex' });
    expect(f.title).toContain('Webex');
    const ja = await catches('token.missing', WEBEX, { locale: 'ja' });
    expect(ja.title).toContain('Webex');
  });

  it('catches not: the sentence alone, without Webex’s name or trackingId, names no product', async () => {
    const f = await catches(
      'token.missing',
      '<Response [401]>\n{"message":"The request requires a valid access token set in the Authorization request header."}',
    );
    expect(f.args.eitherProduct).toBeUndefined();
  });
});

describe('token.missing: client code that sends Basic credentials', () => {
  it.each([
    // r-lib/httr2#484 (audit-am p01).
    [
      'httr2’s req_auth_basic',
      'request("http://agviewer.com/api/v1") |> \n    req_auth_basic(username = usr, password = pass) |> \n    req_url_path_append(\'/device/data\') |> \n    req_perform() |> \n    resp_status()\nError in `req_perform()`:\n! HTTP 401 Unauthorized.',
    ],
    // Go's net/http (*Request).SetBasicAuth.
    [
      'Go’s SetBasicAuth',
      'req.SetBasicAuth(user, pass)\nresp, err := client.Do(req)\n// resp.StatusCode == 401 Unauthorized',
    ],
  ])('catches: %s', async (_name, input) => {
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ codeSetsHeader: true, codeScheme: 'basic' });
    const ja = await catches('token.missing', input, { locale: 'ja' });
    expect(ja.title).toContain('Basic');
  });

  it('catches not: the word Basic in prose is no call that sends it', async () => {
    const r = await run(
      'We use basic auth elsewhere, but this call fails:\nError in `req_perform()`:\n! HTTP 401 Unauthorized.',
    );
    expect(r.findings.some((f) => f.args.codeScheme === 'basic')).toBe(false);
  });
});
