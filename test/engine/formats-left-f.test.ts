/**
 * Round "left-f": what the real-paste audit (audit-w) left. API Gateway's bare UNAUTHORIZED body to an execute-api host
 * (aws-amplify/amplify-android#935) and the writer's word that the ID token works give the Cognito authorizer's step.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { NOW, run } from '../helpers/catches.js';
import { jwksFor, rs256 } from '../helpers/tokens.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}

const POOL = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_AbCdEf';
const cognito = (use: 'access' | 'id') =>
  rs256({ sub: 'u1', token_use: use, iss: POOL, client_id: 'abc', iat: NOW - 60, exp: NOW + 3000 });
const API = 'https://h1z7c2zen5.execute-api.eu-central-1.amazonaws.com/dev/items/';

describe('left-f 1: a Cognito authorizer’s refusal read from its body or from the writer’s words', () => {
  it('cmd.exe prompt, bare token, {"message":"Unauthorized"}, no status line: the ID-token step', async () => {
    const r = await run(`X:\\>curl ${API} -H "Authorization: ${cognito('access')}"\n{"message":"Unauthorized"}`, {
      now: NOW,
    });
    const f = findingOf(r, 'proxy.gateway-response');
    expect(f.args).toMatchObject({ product: 'AWS API Gateway', cognitoToken: 'access' });
    expect(r.nextSteps.join('\n')).toContain('send the ID token');
    expect(r.findings.some((x) => x.code === 'authz-header.scheme')).toBe(false);
  });

  it('a spaced body and a 401 status line: the same', async () => {
    const r = await run(`curl ${API} -H "Authorization: ${cognito('id')}"\nHTTP/2 401\n\n{"message": "Unauthorized"}`, {
      now: NOW,
    });
    expect(findingOf(r, 'proxy.gateway-response').args.cognitoToken).toBe('id');
  });

  it('an access token refused by API Gateway while the ID token works (ja)', async () => {
    const r = await run(
      `curl -i ${API} -H "Authorization: ${cognito('access')}"\nHTTP/1.1 401 Unauthorized\nx-amz-apigw-id: abc123=\n\nアクセストークンだと401、IDトークンだと通ります`,
      { now: NOW },
    );
    expect(findingOf(r, 'proxy.gateway-response').args.cognitoToken).toBe('access');
  });

  it('the same in English', async () => {
    const r = await run(
      `curl -i ${API} -H "Authorization: ${cognito('access')}"\nHTTP/1.1 401 Unauthorized\nx-amz-apigw-id: abc123=\n\nThe access token gets a 401, it works with the id token though.`,
      { now: NOW },
    );
    expect(findingOf(r, 'proxy.gateway-response').args.cognitoToken).toBe('access');
  });

  it('not: the body to another host (every framework says it)', async () => {
    const r = await run(
      `curl https://api.example.com/items -H "Authorization: Bearer ${cognito('access')}"\n{"message":"Unauthorized"}`,
      { now: NOW },
    );
    expect(r.findings.some((x) => x.code === 'proxy.gateway-response')).toBe(false);
  });

  it('not: an HTTP API’s JWT authorizer, whose challenge says why', async () => {
    const r = await run(
      `curl -i ${API} -H "Authorization: Bearer ${cognito('access')}"\nHTTP/2 401\nwww-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"\n\n{"message":"Unauthorized"}`,
      { now: NOW },
    );
    const f = r.findings.find((x) => x.code === 'proxy.gateway-response');
    expect(f?.args.cognitoToken).toBeUndefined();
  });

  it('not: the ID token said to fail too', async () => {
    const r = await run(
      `curl -i ${API} -H "Authorization: ${cognito('access')}"\nHTTP/1.1 401 Unauthorized\nx-amz-apigw-id: abc123=\n\nThe id token fails as well.`,
      { now: NOW },
    );
    const f = r.findings.find((x) => x.code === 'proxy.gateway-response');
    expect(f?.args.cognitoToken).toBeUndefined();
  });

  it('not: a 403 with the body (a resource policy or an authorizer’s Deny)', async () => {
    const r = await run(`curl -i ${API}\nHTTP/1.1 403 Forbidden\n\n{"message":"Unauthorized"}`, { now: NOW });
    const f = r.findings.find((x) => x.code === 'proxy.gateway-response');
    expect(f?.args.cognitoToken).toBeUndefined();
  });
});

describe('left-f 2: a challenge’s description cut before its closing quote is read, marked as cut', () => {
  const CUT =
    'Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found';

  it('a bare challenge line, prose after it (okta/okta-oidc-android#78)', async () => {
    const r = await run(`${CUT}\n\nI am attaching Authorization: Bearer + Token ,still getiing the error.`);
    const f = findingOf(r, 'challenge.invalid-token');
    expect(f.args.description).toBe(
      'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found…',
    );
    expect(f.detail).not.toContain('no description');
  });

  it('a WWW-Authenticate header cut the same way, a line after it', async () => {
    const r = await run(
      `HTTP/1.1 401\nWWW-Authenticate: Bearer error="invalid_token", error_description="Jwt expired at 2026-05-28T10:00:00Z\nContent-Length: 0`,
    );
    const f = findingOf(r, 'challenge.invalid-token');
    expect(f.args.description).toBe('Jwt expired at 2026-05-28T10:00:00Z…');
  });

  it('a whole description is read as it was', async () => {
    const r = await run(`${CUT}"\n`);
    expect(findingOf(r, 'challenge.invalid-token').args.description).toMatch(/found$/);
  });

  it('not: a line cut by the reader’s own reach is no cut by the paste', async () => {
    const r = await run(`Bearer error="invalid_token", error_description="${'x'.repeat(1500)}`);
    expect(findingOf(r, 'challenge.invalid-token').args.description).toBeNull();
  });

  it('not: an open quote on another parameter says nothing of the description', async () => {
    const r = await run('HTTP/1.1 401\nWWW-Authenticate: Bearer error="invalid_token", realm="api\nContent-Length: 0');
    const f = r.findings.find((x) => x.code === 'challenge.invalid-token');
    expect(f?.args.description ?? null).toBeNull();
  });
});

describe('left-f 4: firebase-admin’s "no kid" says the token is no Firebase ID token', () => {
  const NO_KID =
    'FirebaseAuthError: Firebase ID token has no "kid" claim. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.';

  it('the emulator and another issuer’s token, not a key set’s guess (AstraSurge/gpteams#46)', async () => {
    const r = await run(NO_KID);
    const f = findingOf(r, 'key.kid-missing');
    expect(f.title).toContain('not a Firebase ID token');
    expect(r.nextSteps.join('\n')).toContain('FIREBASE_AUTH_EMULATOR_HOST');
    expect(r.nextSteps.join('\n')).not.toContain('give the verifier only the signing key');
  });

  it('in Japanese too', async () => {
    const r = await run(NO_KID, { locale: 'ja' });
    expect(r.nextSteps.join('\n')).toContain('FIREBASE_AUTH_EMULATOR_HOST');
  });

  it('not: a kid-less token against a key set of several keys keeps the key-set step', async () => {
    const token = rs256({ sub: 'u1', iat: NOW - 60, exp: NOW + 600 }, {});
    const keys = { keys: [jwksFor('a').keys[0], { ...jwksFor('b').keys[0] }] };
    const r = await run(`Authorization: Bearer ${token}`, { now: NOW, keys: [JSON.stringify(keys)] });
    const f = findingOf(r, 'key.kid-missing');
    expect(f.title).not.toContain('Firebase');
    expect(r.nextSteps.join('\n')).toContain('give the verifier only the signing key');
  });
});

describe('left-f 5: Vault’s 403 permission denied as pastes show it', () => {
  it('the CLI’s list under a CSI provider’s rpc error, its item closed by a markdown backtick (hashicorp/vault#17246)', async () => {
    const r = await run(
      '`err: rpc error: code = Unknown desc = error making mount request: couldn\'t read secret "es-username": Error making API request.\n\nURL: GET http://vault:8200/v1/xxx/data/configuration/app\nCode: 403. Errors:\n\n* 1 error occurred:\n  * permission denied`',
    );
    expect(findingOf(r, 'policy.deny').args).toMatchObject({ via: 'vault', stated: true });
    expect(r.nextSteps.join('\n')).toContain('vault token capabilities');
  });

  it.each(['en', 'ja'] as const)(
    'node-vault’s ApiResponseError: the token first, then the policy (%s)',
    async (locale) => {
      const r = await run(
        'ApiResponseError: 1 error occurred:\n\t* permission denied\n\n\n    at handleVaultResponse (./node_modules/node-vault/src/index.js:58:21)\n    at processTicksAndRejections (internal/process/task_queues.js:93:5) {\n  response: { statusCode: 403, body: { errors: [Array] } }\n}',
        { locale },
      );
      expect(findingOf(r, 'policy.deny').args).toMatchObject({ via: 'node-vault', stated: true });
      expect(r.nextSteps[0]).toMatch(/vault token lookup.*vault token capabilities/);
    },
  );

  it('node-vault’s invalid token on one line is an unknown token', async () => {
    const r = await run(
      'ApiResponseError: invalid token\n    at handleVaultResponse (/app/node_modules/node-vault/src/index.js:58:21)',
    );
    expect(findingOf(r, 'challenge.invalid-token').args.via).toBe('node-vault');
  });

  it('not: another library’s ApiResponseError', async () => {
    const r = await run(
      'ApiResponseError: permission denied\n    at Client.request (/app/node_modules/some-sdk/index.js:10:3)',
    );
    expect(r.findings.some((x) => x.code === 'policy.deny')).toBe(false);
  });

  it('not: permission denied in a sentence', async () => {
    const r = await run('vault login worked but reading the secret gives permission denied, any idea?');
    expect(r.findings.some((x) => x.code === 'policy.deny')).toBe(false);
  });
});
