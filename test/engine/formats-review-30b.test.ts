/**
 * Round review-30b: the reports the last merges changed, read as an on-call engineer would. A name that ends in
 * Japanese takes its particle without a space (LINEログインが, マネーフォワード クラウドへの); Box's exp that is not an
 * integer is the client's arithmetic, not its clock; DocuSign's own assertion step is not followed by a generic one
 * that contradicts it; a masked value under the token scheme is an opaque key, with no JWT claims to paste again.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

describe('a product name before a Japanese particle: a space after Latin script only', () => {
  it('catches: LINEログインがトークンを拒否しました (no space after a name that ends in katakana)', async () => {
    // audit-ap: LINE Login's /oauth2/v2.1/verify, its generic "Invalid IdToken." (parse/verifier-messages/japanese.ts).
    const input = '{"error":"invalid_request","error_description":"Invalid IdToken."}';
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.args).toMatchObject({ via: 'line-login' });
    expect(ja.detail).toContain('LINEログインがトークンを拒否しました');
    expect(ja.detail).not.toContain('LINEログイン が');
  });
  it('catches: マネーフォワード クラウドへのリクエスト (the maker’s own space inside the name stays)', async () => {
    // audit-ap: a curl to Money Forward Cloud Expense whose header went to -G, not -H; its body "ログインしてください".
    const input =
      'curl https://expense.moneyforward.com/api/external/v1/offices/6410-1232/depts -G "Authorization: Bearer d1d79ff3e8253d2bd776272a230ee19012bc5045e79f6712d95d60f8a4fdfdf6"\n{"messages":["ログインしてください"]}';
    const ja = await catches('authz-header.missing', input, { locale: 'ja' });
    expect(ja.title).toContain('マネーフォワード クラウドへのリクエスト');
  });
  it('catches not: a name that ends in Latin script keeps its half-width space (Telegram Bot API が)', async () => {
    // tdlib/telegram-bot-api#80 (audit-ao): the Bot API's 401 body.
    const input =
      'ERROR - TeleBot: "A request to the Telegram API was unsuccessful. The server returned HTTP 401 Unauthorized. Response body:\n[{"ok":false,"error_code":401,"description":"Unauthorized"}]"';
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.title).toContain('Telegram Bot API が');
  });
});

describe('Box’s exp that is not a whole number of seconds is the client’s arithmetic, not its clock', () => {
  // box/boxcli#354: the Box CLI's words for an exp with a fraction.
  const INTEGER =
    "Auth Error: Please check the 'exp' claim. Should be an integer [400 bad request] invalid grant - Please check the 'exp' claim. Should be an integer.";
  it('catches: "Should be an integer" reads format, with no step to sync the clock (en and ja)', async () => {
    const f = await catches('token.revoked', INTEGER);
    expect(f.args).toMatchObject({ jwtAssertion: 'format' });
    expect(f.title).toContain('not a whole number of seconds');
    const r = await catches('token.revoked', INTEGER);
    expect(r.detail).not.toContain('clock, or the lifetime');
    const ja = await catches('token.revoked', INTEGER, { locale: 'ja' });
    expect(ja.title).toContain('整数の秒数ではありません');
  });
  it('catches: the same words in a token response body', async () => {
    const body =
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"Please check the \'exp\' claim. Should be an integer"}';
    const f = await catches('token.revoked', body);
    expect(f.args).toMatchObject({ jwtAssertion: 'format' });
  });
  it('catches not: an exp beyond 60 seconds (cburnette/boxr#69) stays lifetime, the clock or the lifetime set', async () => {
    const input =
      '400: {\n "error": "invalid_grant",\n "error_description": "Please check the \'exp\' claim. The \'exp\' value exceeds the maximum value of 60 seconds beyond the issue time."\n}';
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ jwtAssertion: 'lifetime' });
  });
});

describe('DocuSign’s assertion step is not contradicted by the generic claims step', () => {
  // docusign/docusign-esign-php-client#187 (audit-ao): issuer_not_found, the integration key of another environment.
  const ISSUER =
    'Error: invalid_grant error_description issuer_not_found\n    at DocuSign ApiClient.requestJWTUserToken';
  it('catches: issuer_not_found via DocuSign has its own step only (aud is account-d.docusign.com, not a URL)', async () => {
    const f = await catches('token.revoked', ISSUER);
    expect(f.args).toMatchObject({ via: 'docusign', jwtAssertion: 'grant' });
    const r = await run(ISSUER);
    expect(r.nextSteps).toHaveLength(1);
    expect(r.nextSteps[0]).toContain('account-d.docusign.com');
    expect(r.nextSteps.join(' ')).not.toContain('aud is the token endpoint’s URL');
    const ja = await run(ISSUER, { locale: 'ja' });
    expect(ja.nextSteps).toHaveLength(1);
  });
  it('catches not: Box’s refused sub (box/box-python-sdk#868) keeps the generic key and claims steps', async () => {
    const input = "Message: Please check the 'sub' claim. The 'sub' specified is invalid.";
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ jwtAssertion: 'grant' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toContain('aud is the token endpoint’s URL');
  });
});

describe('a masked value under the token scheme is an opaque key: no JWT header or claims to paste again', () => {
  it('catches: Gitea’s `Authorization: token ****` (go-gitea/gitea#27695) asks for its first characters, not header.payload', async () => {
    const input =
      'curl -k -X \'POST\' \'https://gitea.localtest.me/api/v1/admin/users\' -H \'accept: application/json\' -H \'Authorization: token ****\' -H \'Content-Type: application/json\' -d \'{"username": "user1"}\'\n{"message":"user does not exist [uid: 0, name: , keyid: 0]","url":"http://gitea.localtest.me/api/swagger"}';
    const f = await catches('input.masked', input);
    expect(f.args).toMatchObject({ what: 'token', opaque: true });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).not.toContain('header.payload.***');
  });
  it('catches: Django REST framework’s `Authorization: Token ****` the same', async () => {
    const input =
      'GET /api/orders/ HTTP/1.1\nAuthorization: Token ****\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token';
    const f = await catches('input.masked', input);
    expect(f.args).toMatchObject({ opaque: true });
  });
  it('catches not: a masked Bearer value keeps the step to paste it with its signature alone masked', async () => {
    const input =
      'GET /api/orders HTTP/1.1\nAuthorization: Bearer ****\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer';
    const f = await catches('input.masked', input);
    expect(f.args).not.toHaveProperty('opaque');
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toContain('header.payload.***');
  });
});

describe('a refused jwt-bearer assertion names its jti among what to check', () => {
  it('catches: Box’s "Please check the \'jti\' claim." (box/box-node-sdk#138) reads jti in the detail and the step', async () => {
    const input =
      "res { statusCode: 400,\n{ error: 'invalid_grant',\n  error_description: 'Please check the \\'jti\\' claim.' },";
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ jwtAssertion: 'grant' });
    expect(f.detail).toContain('jti');
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toContain('jti is new for each assertion');
  });
});

describe('a gRPC client’s failure with no request shown: the step is the call’s metadata or the code, not DevTools', () => {
  const DEVTOOLS = 'DevTools → Network';
  it.each([
    [
      'grpc-java’s StatusRuntimeException, under prose that says 401',
      'we get a 401\nio.grpc.StatusRuntimeException: UNAUTHENTICATED',
    ],
    ['grpc-js’s error, under prose that says 401', '401 from the api\nError: 16 UNAUTHENTICATED: '],
    [
      'grpc-go’s status under Japanese prose that says 401',
      '本番で401が出ています。\nrpc error: code = Unauthenticated desc = invalid token',
    ],
  ])('catches: %s (the gRPC reading, as without the status)', async (_name, input) => {
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ client: 'grpc' });
    const r = await run(input);
    expect(r.nextSteps.join('\n')).toContain('Check the call’s metadata');
    expect(r.nextSteps.join('\n')).not.toContain(DEVTOOLS);
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('メタデータ');
  });
  it('catches: grpcio’s status made up from a proxy’s 401 (left-gg’s row): the code made the call', async () => {
    const input =
      'grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:\n        status = StatusCode.UNAUTHENTICATED\n        details = "Received http2 header with status: 401"';
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ requestUnseen: true, clientCode: true });
    const r = await run(input);
    expect(r.nextSteps.join('\n')).not.toContain(DEVTOOLS);
    expect(r.nextSteps.join('\n')).toContain('as the client’s code sent it');
  });
  it.each([
    // An OpenTelemetry exporter's otlphttp words wrap an HTTP 401 in gRPC's status text: its sender reading stays.
    [
      'the collector’s otlphttp exporter',
      'Exporting failed. Dropping data.\n{"error": "not retryable error: Permanent error: rpc error: code = Unauthenticated desc = error exporting items, request to https://vmauth.example.com/v1/logs responded with HTTP Status Code 401", "dropped_items": 1}',
      { sender: 'otel-collector' },
    ],
    // A browser's 401 with no gRPC in sight keeps the DevTools step.
    ['a browser’s 401', 'HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"message":"Unauthorized"}', {}],
  ])('catches not: %s', async (_name, input, args) => {
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject(args);
    expect((f.args as { client?: string }).client).toBeUndefined();
  });
});
