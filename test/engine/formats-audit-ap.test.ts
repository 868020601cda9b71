/**
 * Round audit-ap: Japanese platforms, pasted with the Japanese prose around them. LINE Login's Verify ID token endpoint
 * (POST https://api.line.me/oauth2/v2.1/verify) answers 400 invalid_request with one error_description per check
 * (developers.line.biz/en/reference/line-login/#verify-id-token): the description is the reason, and the generic
 * invalid_request envelope is not reported beside it. Sources beside the rows (parse/verifier-messages/japanese.ts).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const body = (description: string) => `{"error":"invalid_request","error_description":"${description}"}`;

describe('LINE Login: the Verify ID token endpoint names the check that refused the ID token', async () => {
  it('catches "IdToken expired." under Japanese prose as time.expired via LINE Login', async () => {
    const input = ['LIFF の id_token をサーバーで検証したら 400 が返ってくる', body('IdToken expired.')].join('\n');
    expect((await catches('time.expired', input)).args).toMatchObject({ via: 'line-login' });
    await catchesNot('challenge.invalid-request', input);
  });
  it.each([
    ['Invalid IdToken Audience.', 'claim.aud-mismatch'],
    ['Invalid IdToken Issuer.', 'claim.iss-mismatch'],
    ['Invalid IdToken Nonce.', 'claim.required-missing'],
    ['Invalid IdToken Subject Identifier.', 'claim.required-missing'],
    ['Invalid IdToken.', 'challenge.invalid-token'],
  ] as const)('catches %s as %s', async (description, code) => {
    const input = ['HTTP/1.1 400 Bad Request', 'Content-Type: application/json', '', body(description)].join('\n');
    expect((await catches(code, input)).args).toMatchObject({ via: 'line-login' });
    await catchesNot('challenge.invalid-request', input);
  });
  it('reads the words with LINE Login named near, outside an error body', async () => {
    expect(
      (await catches('time.expired', 'LIFF の検証 (api.line.me/oauth2/v2.1/verify) で IdToken expired. と言われる'))
        .args,
    ).toMatchObject({ via: 'line-login' });
  });
  it('does not read the words alone in prose, with no error body and no LINE host', async () => {
    await catchesNot('time.expired', 'the cached IdToken expired. retrying with a refresh');
  });
  it('does not read another case of the words (an app log: "idToken expired")', async () => {
    await catchesNot('time.expired', 'AUTH idToken expired — attempting silent refresh');
  });
  it('keeps a bare invalid_request with another description as invalid_request', async () => {
    await catches('challenge.invalid-request', body('Invalid parameter: client_id'));
  });
});

// Rakuten RMS's ES01-01 as shop tools relay it (preview-support.logiless.com/faq/12734, support.raku2han.jp/?p=9370).
describe('Rakuten RMS: ES01-01 Un-Authorised refuses the ESA serviceSecret and licenseKey', () => {
  it.each([
    '楽天市場との連携で「API認証情報に問題があります。([ES01-01] Un-Authorised)」というエラーが表示されます。',
    'API接続時、エラーが発生しました。 エラーコード: ES01-01, エラーメッセージ: Un-Authorised',
  ])('catches %s', async (input) => {
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'rakuten-rms', credential: 'rakuten-rms-esa' });
  });
  it('does not read Un-Authorised without RMS’s code near it', async () => {
    await catchesNot('challenge.invalid-token', 'the proxy said Un-Authorised and dropped the call');
  });
});

// kabucom/kabusapi#1326 (the verification environment's token request while kabu STATION had logged out).
describe('kabu STATION API: 4001007 ログイン認証エラー from its token endpoint', () => {
  it('catches the 401 body under Japanese prose', async () => {
    const input = [
      'kabuステーションAPIの検証用環境でトークンを取得しようとすると、以下のエラーが常に返ってきます。',
      '',
      '401 {"Code":4001007,"Message":"ログイン認証エラー"}',
    ].join('\n');
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'kabu-station', credential: 'kabu-station-api-password' });
  });
  it('does not read ログイン認証エラー without its code', async () => {
    await catchesNot('challenge.invalid-token', '社内ポータルでログイン認証エラーと表示される');
  });
});

// developer.yahoo.co.jp/changelog/2023-12-28-yconnect31.html (the 401's header, X-YahooJ-AuthError and body).
describe('Yahoo! JAPAN: its Web APIs refusing an access token', () => {
  it('catches the expired token (its header sentence and error_description="expired token")', async () => {
    const input = [
      'Yahoo! ID連携の UserInfoAPI を叩くと 401 になる',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="yahooapis.jp", error="invalid_token", error_description="expired token"',
      'X-YahooJ-AuthError: Requested Token is expired. Please provide valid credentials.',
    ].join('\n');
    const found = await catches('time.expired', input);
    expect(found.args).toMatchObject({ via: 'yahoo-japan' });
  });
  it('reads error_description="expired token" alone as the token expired', async () => {
    await catches(
      'time.expired',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="expired token"',
    );
  });
  it('does not read "expired refresh token" as the access token expired', async () => {
    await catchesNot(
      'time.expired',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="expired refresh token"',
    );
  });
  it('catches "invalid token format" as refused, not expired', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="yahooapis.jp", error="invalid_token", error_description="invalid token format"',
      '',
      'Requested Token is invalid format. Please provide valid credentials.',
    ].join('\n');
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'yahoo-japan' });
    await catchesNot('time.expired', input);
  });
});

// paypay/paypayopa-sdk-node#130 (the Node SDK's response) and paypay/paypayopa-sdk-php#152 (the PHP SDK's exception).
describe('PayPay: UNAUTHORIZED refuses the request’s API key and secret', () => {
  it.each([
    [
      'the Node SDK’s response',
      'PAYPAY.QRCodeCreate で unauthorized\n{\n\tSTATUS: 401,\n\tBODY: \'{"resultInfo":{"code":"UNAUTHORIZED","message":"Unauthorized request"},"data":null}\'\n}',
    ],
    [
      'the PHP SDK’s exception',
      'PayPay\\OpenPaymentAPI\\Controller\\ClientControllerException: Unauthorized request in file /app/vendor/paypayopa/php-sdk/src/core/Controller.php on line 171',
    ],
  ])('catches %s', async (_name, input) => {
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'paypay', credential: 'paypay-api-key' });
  });
  it('does not read "Unauthorized request" with no PayPay near', async () => {
    const report = await catchesNot('challenge.invalid-token', 'nginx: 401 Unauthorized request to /api/orders');
    expect(report.findings.some((f) => f.args !== undefined && 'via' in f.args && f.args.via === 'paypay')).toBe(false);
  });
});

// line/flutter_line_sdk#91: the LINE SDK for Android's IdTokenValidator, passed on by the Flutter plugin.
describe('LINE SDK: the device’s clock refuses the ID token it just got', () => {
  it('catches issuedAt after the current time as time.issued-in-future via line-sdk', async () => {
    const input =
      'PlatformException(INTERNAL_ERROR, OpenId issuedAt is after current time: Thu Dec 21 15:07:50 GMT+07:00 2023, null, null)';
    const found = await catches('time.issued-in-future', input);
    expect(found.args).toMatchObject({ via: 'line-sdk' });
  });
  it('does not read another wording of a future iat as the LINE SDK’s', async () => {
    const report = await catchesNot('time.expired', 'issuedAt is after the current time, retrying');
    expect(JSON.stringify(report.findings)).not.toContain('line-sdk');
  });
});

// forum.kintone.dev/t/766: customize-uploader run by a user who is not a kintone administrator.
describe('kintone: CB_NO02 gets kintone’s own permission step', () => {
  const input = [
    'カスタマイズをアップロードしようとしたらエラー',
    'Failed to update customize setting',
    'KintoneRestAPIError: [403] [CB_NO02] No privilege to proceed. (SoyMA67jQV6mU3NHzTyH)',
  ].join('\n');
  it('catches policy.deny via kintone, with steps naming its API token and app permissions', async () => {
    const report = await run(input, { locale: 'ja' });
    expect(report.findings[0]).toMatchObject({ code: 'policy.deny', args: { via: 'kintone' } });
    expect(report.nextSteps.join('\n')).toContain('アプリのアクセス権');
  });
  it('does not give kintone’s step to another service’s denial', async () => {
    const report = await run('HTTP/1.1 403 Forbidden\n\n{"message":"No privilege to proceed."}', { locale: 'ja' });
    expect(report.nextSteps.join('\n')).not.toContain('kintone');
  });
});

// qiita.com/jyas-protein/items/330d3b8291ec85cdc457, zenn.dev/arahabica/articles/274bb147a91d8a: LIFF keeps the expired
// ID token; liff.init(), liff.login() and a reload do not replace it.
describe('LINE Login: the expired ID token’s step says how LIFF gets a new one', () => {
  it('asks for liff.logout() and the LIFF URL again, not liff.init() or liff.login()', async () => {
    const report = await run('{"error":"invalid_request","error_description":"IdToken expired."}');
    expect(report.nextSteps[0]).toContain('liff.logout()');
  });
  it('does not give LIFF’s step to an expired token another verifier refused', async () => {
    const report = await run('{"error":"invalid_token","error_description":"The access token expired"}');
    expect(report.nextSteps.join('\n')).not.toContain('liff');
  });
});

// kabucom/kabusapi#774 and #158 (4001013: the app logged in, the API password wrong).
describe('kabu STATION API: 4001013 トークン取得失敗', () => {
  it('catches it as the token request refused', async () => {
    const input = ['HTTP Error 401: Unauthorized', "{'Code': 4001013, 'Message': 'トークン取得失敗'}"].join('\n');
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'kabu-station', credential: 'kabu-station-api-password' });
  });
  it('does not read トークン取得失敗 without its code', async () => {
    await catchesNot('challenge.invalid-token', 'アプリでトークン取得失敗と出る');
  });
});

// moneyforward/expense-api-doc#34: curl -G "Authorization: Bearer …" sent no header.
describe('Money Forward: ログインしてください answers a call with no Bearer token', () => {
  it('corroborates the missing Authorization header with its words', async () => {
    const input = [
      'curl https://expense.moneyforward.com/api/external/v1/offices/6410-1232/depts -G "Authorization: Bearer d1d79ff3e8253d2bd776272a230ee19012bc5045e79f6712d95d60f8a4fdfdf6"',
      '{"messages":["ログインしてください"]}',
    ].join('\n');
    const report = await run(input);
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]?.code).toMatch(/^(authz-header\.missing|token\.missing)$/);
  });
  it('does not read ログインしてください with no Money Forward host near', async () => {
    await catchesNot('token.missing', '{"messages":["ログインしてください"]}');
  });
});
