/**
 * Round "left-h": what the second real-paste audit (audit-y) left. AppSync answers with API Gateway's x-amzn-ErrorType
 * header (aws-amplify/amplify-js#3089): its host, its own headers or the writer naming it say which.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}

const AMPLIFY_3089 =
  'After setting up appsync with cognito user pool, connecting to it using aws amplify react.js library from local host, works fine but after uploading it to an s3 bucket, I just receive 401 error :\n\n    x-amzn-errortype: UnauthorizedException\n    x-amzn-requestid: eb7e23c8-e02f-4906-831c-2528accc46ae\n    x-cache: Error from cloudfront\nI checked network tab of chrome. in request header there was jwt token .';

describe('left-h 2: AppSync behind CloudFront is named AppSync', () => {
  it('the writer names AppSync beside x-amzn-errortype (audit-y 16)', async () => {
    const r = await run(AMPLIFY_3089);
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('AppSync’s GraphQL host names it', async () => {
    const r = await run(
      'POST /graphql HTTP/1.1\nHost: abcdefghij.appsync-api.us-east-1.amazonaws.com\n\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"errors":[{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}]}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('an x-amzn-appsync-* response header names it', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\nx-amzn-appsync-TokensConsumed: 1\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('not AppSync: an execute-api host stays API Gateway', async () => {
    const r = await run(
      'GET /prod/items HTTP/1.1\nHost: abc123.execute-api.us-east-1.amazonaws.com\n\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS API Gateway');
  });

  it('not AppSync: a writer who names both API Gateway and AppSync keeps API Gateway on its header', async () => {
    const r = await run(
      'Moving from AppSync to API Gateway, the REST call now fails:\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS API Gateway');
  });
});

const COGNITO_JA =
  'OAuthの原則通り、Cognitoから取得したアクセストークンでAPI Gatewayを呼び出そうとしたところ、「401 Unauthorized」エラーが発生。API Gatewayのテスト機能を使っても、IDトークンしか検証できず、アクセストークンがなぜ拒否されるのか原因が分からない状況に陥りました。';

describe('left-h 1: a status in a long prose line is quoted as its sentence, and a writer who sent a token is not told none was', () => {
  it('audit-y 16: the status clause, not the paragraph, and no response-header source for it', async () => {
    const r = await run(AMPLIFY_3089);
    const challenge = findingOf(r, 'challenge.missing');
    expect(challenge.evidence).toMatch(/^After setting up appsync.*I just receive 401 error :$/);
    expect(challenge.source).toBe('status');
    expect(findingOf(r, 'token.missing').args.saidSent).toBe(true);
  });

  it('audit-y 37: 「アクセストークンで…呼び出そうとした」 says a token was sent; the quote is the status sentence', async () => {
    const r = await run(COGNITO_JA);
    const f = findingOf(r, 'token.missing');
    expect(f.args).toMatchObject({ requestUnseen: true, saidSent: true });
    expect(f.evidence).toBe(
      'OAuthの原則通り、Cognitoから取得したアクセストークンでAPI Gatewayを呼び出そうとしたところ、「401 Unauthorized」エラーが発生。…',
    );
    expect(r.nextSteps[0]).toContain('signature masked');
  });

  it.each([
    'I am sending the access token in the header and still get 401 Unauthorized.',
    'Calling the API with a valid JWT token returns 401.',
    'The bearer token is present but the API answers 401 Unauthorized.',
  ])('the writer says it sent one: %s', async (paste) => {
    const r = await run(paste);
    expect(findingOf(r, 'token.missing').args.saidSent).toBe(true);
  });

  it.each([
    'I get 401 Unauthorized. How do I send the access token?',
    'The app did not send the token and got 401 Unauthorized.',
    'We forgot to pass the bearer token: 401 Unauthorized.',
    'Got 401 Unauthorized from the API.',
    'トークンを付けずに呼び出したところ「401 Unauthorized」エラーが発生しました。',
  ])('not said to be sent: %s', async (paste) => {
    const r = await run(paste);
    expect(findingOf(r, 'token.missing').args.saidSent).toBeUndefined();
  });

  it('a short prose line is quoted whole, commas and all', async () => {
    const r = await run('got a 401, the docs say to check');
    expect(findingOf(r, 'token.missing').evidence).toBe('got a 401, the docs say to check');
  });

  it('a status line is still quoted whole', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}');
    expect(findingOf(r, 'challenge.missing')).toMatchObject({
      evidence: 'HTTP/1.1 401 Unauthorized',
      source: 'response-header',
    });
  });
});

const FIREBASE_BAD_SIG =
  'Error: Firebase ID token has invalid signature. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.';

describe('left-h 3: an Auth Emulator token refused by firebase-admin gets the emulator step', () => {
  it.each([
    `The client signs in with connectAuthEmulator(auth, "http://localhost:9099")\n${FIREBASE_BAD_SIG}`,
    `FIREBASE_AUTH_EMULATOR_HOST is set only in the client's .env\n${FIREBASE_BAD_SIG}`,
  ])('the paste shows the emulator: %s', async (paste) => {
    const r = await run(paste);
    expect(findingOf(r, 'signature.invalid').args.authEmulator).toBe(true);
    expect(r.nextSteps.join('\n')).toContain('FIREBASE_AUTH_EMULATOR_HOST');
  });

  it('an emulator’s unsigned token (alg none, no kid) beside the message', async () => {
    const r = await run(
      `idToken: eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL3NlY3VyZXRva2VuLmdvb2dsZS5jb20vZGVtby1wcm9qZWN0IiwiYXVkIjoiZGVtby1wcm9qZWN0Iiwic3ViIjoiYWJjIiwiaWF0IjoxNzc5OTcwMDAwLCJleHAiOjE3Nzk5NzM2MDAsInVzZXJfaWQiOiJhYmMifQ.\n${FIREBASE_BAD_SIG}`,
    );
    expect(r.nextSteps.join('\n')).toContain('FIREBASE_AUTH_EMULATOR_HOST');
  });

  it('not the emulator: a production token’s bad signature keeps the key step (audit-y 30)', async () => {
    const r = await run(FIREBASE_BAD_SIG);
    expect(findingOf(r, 'signature.invalid').args.authEmulator).toBeUndefined();
    expect(r.nextSteps.join('\n')).not.toContain('FIREBASE_AUTH_EMULATOR_HOST');
  });

  it('not firebase-admin: another verifier’s bad signature beside port 9099 keeps its step', async () => {
    const r = await run('GET http://localhost:9099/api\nJsonWebTokenError: invalid signature');
    expect(findingOf(r, 'signature.invalid').args.authEmulator).toBeUndefined();
  });
});

const CRANE_REFUSED =
  'Error: fetching config: reading image "eksclustergames/base_ext_image": GET https://index.docker.io/v2/eksclustergames/base_ext_image/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:eksclustergames/base_ext_image Type:repository]]';

describe('left-h 4: a registry’s refusal names the login of the client in the paste', () => {
  it.each([
    ['$ crane config eksclustergames/base_ext_image', 'crane', 'crane auth login'],
    ['$ cosign sign --key cosign.key eksclustergames/base_ext_image', 'cosign', 'cosign login'],
    ['trivy image eksclustergames/base_ext_image', 'trivy', 'TRIVY_USERNAME'],
  ])('%s', async (command, client, step) => {
    const r = await run(`${command}\n${CRANE_REFUSED}`);
    expect(findingOf(r, 'token.missing').args).toMatchObject({ client: 'docker-registry', registryClient: client });
    expect(r.nextSteps[0]).toContain(step);
    expect(r.nextSteps.join('\n')).not.toContain('run docker login');
  });

  it('the first leg’s challenge run by crane names crane’s login', async () => {
    const r = await run(
      '$ crane ls registry.example.com/team/app --verbose\nGET /v2/ HTTP/1.1\nHost: registry.example.com\n\nHTTP/1.1 401 Unauthorized\nWww-Authenticate: Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull"\nDocker-Distribution-Api-Version: registry/2.0\n',
    );
    expect(findingOf(r, 'challenge.no-error').args).toMatchObject({ registry: true, registryClient: 'crane' });
    expect(r.nextSteps.join('\n')).toContain('crane auth login');
  });

  it.each([
    ['no client named: docker login', CRANE_REFUSED],
    ['a client named only in prose: docker login', `We moved from crane to plain docker.\n${CRANE_REFUSED}`],
    ['a word that holds the name: docker login', `cranes: 3\n${CRANE_REFUSED}`],
  ])('%s', async (_name, paste) => {
    const r = await run(paste);
    expect(findingOf(r, 'token.missing').args.registryClient).toBeUndefined();
    expect(r.nextSteps[0]).toContain('docker login');
  });
});
