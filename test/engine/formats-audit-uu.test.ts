/**
 * Round audit-uu: what people type in an incident channel. Engineers describe a 401 or 403 in words, with a fragment
 * or none (the opening lines of public issue threads, sources beside each case): the engine reads the status the
 * sentence states and the codes and words it names, and claims no more than the words say.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the writer says the request carried a token (token.missing: saidSent, not "none was sent")', () => {
  it.each([
    // jesustuamigo/trabajo-5F#37.
    [
      'despite using valid tokens',
      'Authenticated API requests return a 401 Unauthorized error despite using valid tokens.',
    ],
    // amazon-archives/amazon-cognito-identity-js#165.
    [
      'passing an unexpired ID token',
      'From what I see, it says that passing an unexpired ID token in the headers like `Authorization: Bearer <token>` should work, but I keep getting 401 Unauthorized responses.',
    ],
    // Lokicoule/nestjs-cognito#1064.
    [
      'when using the Access Token',
      'The ID Token works perfectly, but when using the Access Token, a 401 Unauthorized error is encountered.',
    ],
    // pivotal-cf/identity-sample-apps#337: the writer read the token's claims.
    [
      'the jwt’s audience',
      'However, I get a 401 unauthorized error because the jwt\'s audience does not contain "todo".',
    ],
    ['the audience of the token', 'the audience of the token is api://orders and we get 401'],
    // The round's brief: an incident channel's message.
    [
      'the token looks fine',
      'getting 401s from the orders api since the deploy at 2am, token looks fine, exp is in the future',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ requestUnseen: true, saidSent: true });
  });

  it.each([
    ['a question how to use the token', 'how do I keep using the access token after it expires? the API says 401'],
    ['a question how to read its claims', "how do I read the token's claims? API says 401"],
    ['an API that uses tokens', 'our API uses JWT tokens for auth and returns 401 Unauthorized'],
    ['a program that checks whether its token is valid', 'it checks whether its token is valid and still gets a 401'],
    [
      'a server’s JSON saying a token is valid',
      '本番で401が出ています。\n{"messages":[{"code":10000,"message":"This API Token is valid and active"}]}',
    ],
  ])('catches not: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).not.toMatchObject({ saidSent: true });
  });
});

describe('an OAuth error code the writer reports in a sentence', () => {
  it.each([
    // The round's brief.
    ['fails with', 'refresh token seems to fail with invalid_grant'],
    // DuendeArchive/IdentityServer4#1784.
    ['get … when doing a refresh_token', 'I always get invalid_grant when doing a refresh_token'],
    // spinen/laravel-quickbooks-client#27: the body in the sentence, the refresh named before it.
    [
      'a refresh that failed, its body quoted',
      'I often get this error - Refresh OAuth 2 Access token with Refresh Token failed. Body: [{\\"error\\":\\"invalid_grant\\"}]',
    ],
    ['in Japanese', 'リフレッシュトークンで更新しようとすると invalid_grant が返ってきます'],
  ])('catches: the refresh refused, %s', async (_name, paste) => {
    const f = await catches('token.revoked', paste);
    expect(f.args).toMatchObject({ refreshToken: true });
  });

  it('catches: a code a service returns, without a refresh named', async () => {
    const f = await catches('token.revoked', 'Will get invalid_grant here.');
    expect(f.args).not.toMatchObject({ refreshToken: true });
  });

  it('catches: invalid_token reported in a sentence', async () => {
    await catches('challenge.invalid-token', 'We get invalid_token from the orders API since the deploy');
  });

  it.each([
    ['a question', 'does the token endpoint return invalid_grant?'],
    ['an expectation', 'the spec says the server should return invalid_grant'],
    ['documentation of the protocol', 'The token endpoint returns invalid_grant when the refresh token has expired.'],
    ['a denial', "I don't get invalid_grant anymore"],
    ['a guess', 'maybe we get invalid_grant because the code was used twice'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.map((f) => f.code)).not.toContain('token.revoked');
  });
});

describe('words read out of context claim nothing', () => {
  it('catches not: "scope" in another sense, a 403 alone (teambit/bit#7260)', async () => {
    const r = await catchesNot(
      'scope.insufficient',
      'Getting an error: 403 message: forbidden when I clicked on the scope it show 404 not found checked for the access I do have the access for that particular scope still getting this error',
    );
    expect(r.status).toBe(403);
    expect(r.findings).toEqual([]);
  });

  it('catches not: an expired TLS certificate is no expired token (MaxCDN/node-maxcdn#13)', async () => {
    await catchesNot(
      'time.expired',
      'The SSL certificate for https://rws.netdna.com has expired. This causes all API calls to fail with `CERT_HAS_EXPIRED`.',
    );
  });

  it('catches not: the 401 the writer expected is not the status (DuendeArchive/IdentityServer4#1624)', async () => {
    const r = await run(
      'Everything is working, however I would expect to get a `401 Unauthorized` if calling Api B from Client A. Instead I am getting `403 Forbidden`.',
    );
    expect(r.status).toBe(403);
  });
});

describe('ASP.NET Web API 2’s [Authorize] refusal (token.missing, framework aspnet-webapi)', () => {
  it.each([
    // Azure-Samples/active-directory-angularjs-singlepageapp#29: the writer quotes it, with no status.
    [
      'quoted by the writer',
      'If I leave [Authorize] on the controller, I get this message:\n"Authorization has been denied for this request"\n\nFiddler shows bearer token is passed on Request header & it passed pre-flight check',
    ],
    // IdentityServer/IdentityServer3.Samples#57.
    ['its JSON body', '{"Message":"Authorization has been denied for this request."}'],
    // ashyann/4thYearProject#8.
    ['its XML body', '<Error>\n<Message>Authorization has been denied for this request.</Message>\n</Error>'],
    [
      'under its 401',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json; charset=utf-8\n\n{"Message":"Authorization has been denied for this request."}',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ framework: 'aspnet-webapi' });
  });

  it('catches not: client code comparing a reply with the words', async () => {
    const r = await run('if msg == "Authorization has been denied for this request." { refreshToken() }');
    expect(r.findings.map((f) => f.code)).not.toContain('token.missing');
  });

  it('catches: the Japanese words', async () => {
    const r = await run('{"Message":"Authorization has been denied for this request."}', { locale: 'ja' });
    const f = r.findings.find((x) => x.code === 'token.missing');
    expect(f?.title).toContain('ASP.NET Web API');
  });
});

describe('the writer says the CORS preflight failed with the status (token.missing preflight)', () => {
  it.each([
    // aspnet/CORS#45.
    [
      'the preflight (OPTIONS) fails with 401',
      "Chrome does not provide the credentials when issuing preflight request but if I don't provide the authorization header, the preflight (OPTIONS) fails with 401.",
    ],
    ['OPTIONS request returns 401', 'OPTIONS request returns 401 from the gateway'],
    ['in Japanese', 'プリフライトリクエストが401になります'],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ preflight: true });
  });

  it.each([
    ['the preflight went through, the GET failed', 'the preflight passes but the GET returns 401'],
    ['another sentence', 'the preflight is fine. the GET gets 401'],
    ['"options" as any option', 'the options endpoint returns 401'],
  ])('catches not: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).not.toMatchObject({ preflight: true });
  });
});

describe('the writer says the refusals began once time had passed (token.missing afterAWhile)', () => {
  it.each([
    // exactonline/exactonline-api-dotnet-client#55.
    [
      'some hours later',
      'When I just start the windows service everything is working.\nBut some hours later. may be some days later .\nI get the exception "The remote server returned an error: (401) Unauthorized."',
    ],
    ['after an hour', 'the API works at first but returns 401 Unauthorized after an hour'],
    // qiita.com/kare-pan/items/21975896cd2ffbb0faee.
    ['1時間後に', 'FirebaseでGoogleログインした後、1時間後にGoogle Calendar APIが401エラーで失敗する'],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ requestUnseen: true, afterAWhile: true });
    expect(f.detail).toMatch(/after a while|しばらくしてから/);
  });

  it('catches: with the writer’s word that a token was sent, both stand', async () => {
    const f = await catches('token.missing', 'getting 401 after an hour even with a fresh token');
    expect(f.args).toMatchObject({ saidSent: true, afterAWhile: true });
  });

  it.each([
    ['a lifetime', 'the token expires after 1 hour; the API returns 401'],
    ['a plan', 'we retry after a few minutes when the API returns 401'],
    ['a question', 'how do I refresh after an hour? the API returns 401'],
    ['no time at all', 'the API returns 401 after the deploy'],
  ])('catches not: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).not.toMatchObject({ afterAWhile: true });
  });
});

describe('the writer says a clock is off (token.missing clockNamed)', () => {
  it.each([
    // DuendeArchive/IdentityServer4#3916.
    [
      'wrong date',
      'I am getting error 401 when I have client machine with wrong date compared to server date. After I correct the date on the client machine I have authorized the token.',
    ],
    ['clock skew', 'we suspect clock skew between the gateway and keycloak, every call returns 401'],
    ['in Japanese', 'サーバーの時刻がずれていて、APIが401を返します'],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ clockNamed: true });
  });

  it.each([
    ['a denial', 'the clock is not off, NTP is fine, still 401'],
    ['a question', 'how do I tell whether the clock is off? API says 401'],
  ])('catches not: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).not.toMatchObject({ clockNamed: true });
  });
});

it('catches not: a clock named in a condition (a log’s documentation) is no clock that is off', async () => {
  const f = await catches(
    'token.missing',
    'HTTP/1.1 401 Unauthorized\nmod_auth_openidc logs a "exp" validation failure when the clock is off',
  );
  expect(f.args).not.toMatchObject({ clockNamed: true });
});
