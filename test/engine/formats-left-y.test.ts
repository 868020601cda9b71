/**
 * Round left-y: products named as their makers write them, freee's and Chatwork's readers asking the paste once. Each
 * row cites the source of its shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a product is named as its makers write it, a library keeps its package name', () => {
  // The registry's denial (distribution/distribution, registry/api/errcode: DENIED "requested access to the resource is
  // denied") and the GKE metadata server's Workload Identity refusal (cloud.google.com/kubernetes-engine/docs/
  // troubleshooting/troubleshooting-security: "Unable to generate access token; IAM returned 403 Forbidden").
  const registry =
    'HTTP/1.1 403 Forbidden\nDocker-Distribution-Api-Version: registry/2.0\n\n{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}';
  const gke =
    'Unable to generate access token; IAM returned 403 Forbidden: The caller does not have permission\nThis error could be caused by a missing IAM policy binding on the target IAM service account.';

  it('catches: "(Docker Registry)", "(the GKE metadata server)" in en; ja has its own words for the server', async () => {
    const deny = await catches('policy.deny', registry);
    expect(deny.args.via).toBe('docker-registry');
    expect(deny.detail).toContain('(Docker Registry)');
    expect((await catches('policy.deny', gke)).detail).toContain('(the GKE metadata server)');
    expect((await catches('policy.deny', gke, { locale: 'ja' })).detail).toContain('（GKE メタデータ サーバー）');
  });

  it('catches not: a library’s id stays its package name (golang-jwt), not a product name', async () => {
    const r = await run('token has invalid claims: token is expired');
    const expired = r.findings.find((f) => f.code === 'time.expired');
    expect(expired?.detail).toContain('(golang-jwt)');
  });
});

describe('freee’s and Chatwork’s readers ask the paste for the name first', () => {
  // freee's 401 body (developer.freee.co.jp/tips/faq/40x-checkpoint) and Chatwork's (chatwork/api RAML api-ja.raml).
  it('catches: freee’s body shape without its name, Chatwork’s body with its host', async () => {
    const freee =
      'HTTP/1.1 401 Unauthorized\n{"status_code":401,"errors":[{"type":"status","messages":["invalid_access_token"]}]}';
    expect((await catches('challenge.invalid-token', freee)).args.via).toBe('freee');
    const chatwork = 'GET https://api.chatwork.com/v2/me\nHTTP/1.1 401 Unauthorized\n{"errors":["Invalid API token"]}';
    expect((await catches('challenge.invalid-token', chatwork)).args.via).toBe('chatwork');
  });

  it('catches not: invalid_access_token with neither freee nor its body shape; the Chatwork body with no Chatwork', async () => {
    for (const paste of [
      'HTTP/1.1 401 Unauthorized\n{"error":"invalid_access_token","status_code":401}',
      'HTTP/1.1 401 Unauthorized\n{"errors":["Invalid API token"]}',
    ]) {
      const r = await run(paste);
      expect(r.findings.some((f) => f.args.via === 'freee' || f.args.via === 'chatwork')).toBe(false);
    }
  });
});

describe('a webhook’s signature refused on a 400: the receiver’s documented answer, not "not an authentication status"', () => {
  // Stripe's sample handlers answer `res.status(400).send(\`Webhook Error: ${err.message}\`)` (docs.stripe.com/webhooks),
  // Svix's `except WebhookVerificationError: return HttpResponse(status=400)` (docs.svix.com/receiving/verifying-
  // payloads/how), Clerk's verifyWebhook example `{ status: 400 }`; LINE's console reports a receiver's 400.
  const pastes = [
    'Error verifying webhook: WebhookVerificationError: Message timestamp too old\nPOST /api/webhooks/clerk 400',
    'The webhook returned an HTTP status code other than 200.(400 Bad Request)\nSignatureValidationFailed: signature validation failed',
    'HTTP/1.1 400 Bad Request\nWebhook Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?',
  ];

  it.each(pastes)('catches signature.invalid with signedRequest and no status.not-auth: %s', async (paste) => {
    const f = await catches('signature.invalid', paste);
    expect(f.args.signedRequest).toBeDefined();
    await catchesNot('status.not-auth', paste);
  });

  it('catches not: a 400 beside a bearer token and a token’s "invalid signature" keeps status.not-auth', async () => {
    const paste =
      'HTTP/1.1 400 Bad Request\nAuthorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMiLCJleHAiOjE3Nzk5ODA0MDB9.***\nJsonWebTokenError: invalid signature';
    expect((await catches('signature.invalid', paste)).args.signedRequest).toBeUndefined();
    expect((await catches('status.not-auth', paste)).args.status).toBe(400);
  });
});

describe('"the token refresh request fails and returns 401": the token endpoint refused the refresh', () => {
  // RFC 6749 §5.2: a token endpoint's 401 is invalid_client (the client's own credentials); providers answer an expired,
  // rotated or revoked refresh token with invalid_grant, some with 401. The writer's words say which request got it.
  it.each([
    'After about an hour the token refresh request fails and returns 401.',
    'Refreshing the access token returns 401 Unauthorized.',
    'I get a 401 when refreshing the token.',
    'トークンのリフレッシュで401が返ってきます。',
    'リフレッシュトークンでの更新リクエストが401 Unauthorizedになります',
  ])('catches token.revoked (refreshToken, writerSaid), not token.missing: %s', async (paste) => {
    const f = await catches('token.revoked', paste);
    expect(f.args).toMatchObject({ refreshToken: true, writerSaid: true });
    await catchesNot('token.missing', paste);
  });

  it('names the provider its token endpoint shows, and says both the refresh token and the client secret (en, ja)', async () => {
    const paste =
      'I get a 401 Unauthorized when refreshing the access token against https://dev-abc.us.auth0.com/oauth/token';
    const r = await run(paste);
    expect(r.findings.find((f) => f.code === 'token.revoked')?.args.provider).toBe('auth0');
    expect(r.nextSteps.join('\n')).toMatch(/Sign in again[\s\S]*rotation[\s\S]*client secret/);
    const ja = await run(paste, { locale: 'ja' });
    expect(ja.findings.find((f) => f.code === 'token.revoked')?.detail).toContain('invalid_client');
    expect(ja.nextSteps.join('\n')).toContain('クライアントシークレット');
  });

  it.each([
    'After the token refresh, the API returns 401.',
    'If the token refresh fails with 401 we log out.',
    'We call refresh when the API returns 401.',
    'How do I refresh the token when I get 401?',
    'トークンをリフレッシュしたら、APIが401を返します',
    '401が返ったらトークンをリフレッシュしています',
  ])(
    'catches not: a 401 the API gave around a refresh, a condition or a question keeps token.missing: %s',
    async (paste) => {
      await catchesNot('token.revoked', paste);
      await catches('token.missing', paste);
    },
  );
});

describe('an audience or issuer the writer names as expected is compared, and said to come from the paste’s words', () => {
  // {"iss":"https://auth.example.com/","aud":"account","exp":…}, signature masked.
  const token =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwiYXVkIjoiYWNjb3VudCIsImV4cCI6MTc3OTk4MTAwMH0.***';
  const paste = (words: string) => `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}\n${words}`;

  it.each([
    ['Our API expects aud `api://orders`.', 'api://orders'],
    ['aud should be https://api.example.com', 'https://api.example.com'],
    ['The expected audience is "orders-api".', 'orders-api'],
    ['audは api://orders のはずです', 'api://orders'],
    ['期待する aud は orders-api です', 'orders-api'],
  ])('catches claim.aud-mismatch (expectedFrom writer): %s', async (words, expected) => {
    const f = await catches('claim.aud-mismatch', paste(words));
    expect(f.args).toMatchObject({ aud: ['account'], expected: [expected], expectedFrom: 'writer' });
    expect(f.detail).toContain('the paste’s words say');
  });

  it('catches claim.iss-mismatch from "iss must be …", in ja words too', async () => {
    const p = paste('iss must be https://login.example.com/');
    expect((await catches('claim.iss-mismatch', p)).args).toMatchObject({
      expected: ['https://login.example.com/'],
      expectedFrom: 'writer',
    });
    expect((await catches('claim.iss-mismatch', p, { locale: 'ja' })).detail).toContain('貼られた文面');
  });

  it.each([
    'The token’s aud is api://orders.',
    'Should aud be api://orders?',
    'I am not sure whether aud should be api://orders.',
    'aud should be present',
    'aud should be the API’s identifier',
    'aud should be <AUDIENCE>',
    'audは api://orders ですか？',
  ])('catches not: a value mentioned, asked, doubted or described is no expectation: %s', async (words) => {
    await catchesNot('claim.aud-mismatch', paste(words));
  });

  it('catches not: the caller’s --audience outranks the writer’s words', async () => {
    const f = await catches('claim.aud-mismatch', paste('aud should be api://orders'), {
      expectedAudiences: ['api://billing'],
    });
    expect(f.args.expected).toEqual(['api://billing']);
    expect(f.args).not.toHaveProperty('expectedFrom');
    await catchesNot('claim.aud-mismatch', paste('aud should be api://orders'), { expectedAudiences: ['account'] });
  });
});

describe('a pasted access token beside "the token refresh fails with 401"', () => {
  // {"iss":"https://auth.example.com/","aud":"account","exp": 400 s before now}, signature masked.
  const token =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwiYXVkIjoiYWNjb3VudCIsImV4cCI6MTc3OTk3NzAwMH0.***';

  it('catches: the refused refresh beside the expiry that made it needed', async () => {
    const paste = `The token refresh request fails and returns 401. access token: ${token}`;
    expect((await catches('token.revoked', paste)).args).toMatchObject({ refreshToken: true, writerSaid: true });
    await catches('time.expired', paste);
  });

  it('catches not: a 401 the API gave after a refresh, or a token endpoint’s own invalid_client', async () => {
    await catchesNot('token.revoked', `After the token refresh, the API returns 401. access token: ${token}`);
    const body =
      'HTTP/1.1 401 Unauthorized\n{"error":"invalid_client","error_description":"Client authentication failed"}\nThe token refresh request fails and returns 401.';
    await catches('oauth.invalid-client', body);
    await catchesNot('token.revoked', body);
  });
});
