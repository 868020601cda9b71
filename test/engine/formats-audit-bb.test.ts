/**
 * Round audit-bb: Japanese pastes from Q&A and blog pages (openillumi.com, Firebase's and AWS's Japanese docs), read as
 * the on-call engineer reads them: the Firebase Admin SDK's error code alone, the Docker client's "no basic auth
 * credentials", Django REST framework's Japanese NotAuthenticated quoted as what the server said, and 「トークンを使って／
 * 用いて」 as the writer's word that the request carried a token.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the Firebase Admin SDK’s error code alone (firebase.google.com/docs/auth/admin/errors)', () => {
  const jaDocsRow = [
    'Firebase Admin SDK で verifyIdToken するとエラーになります。',
    'auth/id-token-expired',
    '指定された Firebase ID トークンは期限切れです。',
  ].join('\n');

  it('catches: the code as the Japanese docs’ table gives it', async () => {
    const f = await catches('time.expired', jaDocsRow);
    expect(f.args).toMatchObject({ via: 'firebase-admin' });
  });

  it('catches: a relayed error.code for a revoked token', async () => {
    await catches('token.revoked', '{"error":{"code":"auth/id-token-revoked"}}');
  });

  it('catches not: the SDK’s own message is read once, by its message row', async () => {
    const r = await run(
      'Error: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).',
    );
    expect(r.findings.filter((f) => f.code === 'time.expired')).toHaveLength(1);
  });

  it('catches not: a longer name that only begins with the code', async () => {
    await catchesNot('time.expired', 'see auth/id-token-expired-handler.ts');
  });
});

describe('the Docker client’s "no basic auth credentials" (distribution registry/client/auth/session.go)', () => {
  // openillumi.com/aws-ecr-docker-push-auth-error-fix
  const push = [
    'ECRにイメージをプッシュしようとすると認証エラーになります。',
    '$ docker push 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/my-app:latest',
    'The push refers to repository [123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/my-app]',
    'no basic auth credentials',
  ].join('\n');

  it('catches: no credentials for that registry host (read as nothing before)', async () => {
    const f = await catches('token.missing', push);
    expect(f.args).toMatchObject({ via: 'docker', unobtained: true, credentials: 'docker-config' });
  });

  it('catches not: prose about basic auth credentials is no client error', async () => {
    await catchesNot('token.missing', 'This endpoint accepts basic auth credentials or a bearer token.');
  });
});

describe('Django REST framework’s Japanese NotAuthenticated, quoted as the server’s words', () => {
  // encode/django-rest-framework rest_framework/locale/ja/LC_MESSAGES/django.po
  const drfJa = ['HTTP 401 Unauthorized', '{"detail": "認証情報が含まれていません。"}'].join('\n');

  it('catches: the body is the evidence and the finding says the server stated it', async () => {
    const f = await catches('token.missing', drfJa);
    expect(f.args).toMatchObject({ stated: true });
    expect(f.evidence).toContain('認証情報が含まれていません');
  });

  it('catches not: the same words inside a longer detail', async () => {
    const f = await catches(
      'token.missing',
      'HTTP 401 Unauthorized\n{"detail": "リクエストに有効な認証情報が含まれていません。"}',
    );
    expect(f.args).not.toMatchObject({ stated: true });
  });
});

describe('「トークンを使って／用いて」: the writer says the request carried a token', () => {
  // openillumi.com/?p=64795 (Keycloak's admin REST API)
  const keycloak = [
    'client_idとclient_credentialを使ってアクセストークンを取得できたにも関わらず、そのトークンを使ってユーザーリストの取得や新規ユーザー作成といったKeycloakのREST APIを呼び出すと、必ず401 Unauthorizedエラーが返ってきてしまう。',
    'HTTP/1.1 401 Unauthorized',
  ].join('\n');
  // openillumi.com/?p=58131 (a React app's stored token)
  const react = [
    'ローカルストレージに保存したトークンを用いてPOSTリクエストを送信していますが、一部のPOSTリクエストが401ステータスを返してしまいます。',
    'POST https://example.com/api/posts 401 (Unauthorized)',
  ].join('\n');

  it('catches: 使って', async () => {
    const f = await catches('token.missing', keycloak);
    expect(f.args).toMatchObject({ saidSent: true });
  });

  it('catches: 用いて', async () => {
    const f = await catches('token.missing', react);
    expect(f.args).toMatchObject({ saidSent: true });
  });

  it('catches not: a question about how to use the token', async () => {
    const f = await catches(
      'token.missing',
      'トークンを使ってAPIを呼ぶにはどうすればいいですか？\nHTTP/1.1 401 Unauthorized',
    );
    expect(f.args).not.toMatchObject({ saidSent: true });
  });

  it('catches not: トークンを使わずに', async () => {
    const f = await catches('token.missing', 'トークンを使わずに呼ぶと401になります。\nHTTP/1.1 401 Unauthorized');
    expect(f.args).not.toMatchObject({ saidSent: true });
  });
});

describe('auth0.js refusing an HS256-signed ID token (auth0/auth0.js src/web-auth/index.js)', () => {
  // auth0.com/docs/ja-jp/troubleshoot/basic-issues/invalid-token-errors
  const ja = [
    'HS256で署名したIDトークンを使っているのですが、以下のエラーメッセージを受け取ります。',
    "The id_token cannot be validated because it was signed with the HS256 algorithm and public applications (like a browser) can't store secrets.Please read the associated doc for possible ways to fix this.",
  ].join('\n');

  it('catches: the application’s signing algorithm (read as nothing before)', async () => {
    const f = await catches('alg.not-allowed', ja);
    expect(f.args).toMatchObject({ via: 'auth0-js', alg: 'HS256' });
  });

  it('catches not: prose about HS256 ID tokens', async () => {
    await catchesNot('alg.not-allowed', 'The id_token was signed with the HS256 algorithm, which our SPA accepts.');
  });
});

describe('a curl named inside a Japanese sentence is no command', () => {
  // openillumi.com/github-api-postman-bad-credentials-fix
  const postman = [
    'curl https://api.github.com/gists/public は問題なく成功するのに、Postmanで同じエンドポイントにGETリクエストを送ると、以下のようなエラーが返ってきます。',
    '{',
    '  "message": "Bad credentials",',
    '  "documentation_url": "https://developer.github.com/v3"',
    '}',
  ].join('\n');

  it('catches not: the sentence’s curl is not the request that lacked Authorization', async () => {
    await catchesNot('authz-header.missing', postman);
  });

  it('catches: GitHub’s "Bad credentials", with GitHub’s own step (no JWT claims to check)', async () => {
    const f = await catches('challenge.invalid-token', postman);
    expect(f.args).toMatchObject({ via: 'github' });
    const r = await run(postman);
    expect(r.nextSteps.join('\n')).toContain('login/oauth/access_token');
    expect(r.nextSteps.join('\n')).not.toContain('kid');
  });

  it('catches: a curl command line is still one when a Japanese comment follows on the next line', async () => {
    await catches(
      'authz-header.missing',
      '$ curl -i https://api.example.com/v1/items\n# ↑ これで401になります\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer',
    );
  });
});
