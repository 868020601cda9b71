/**
 * Round audit-k: verifier logs and stack traces read as the on-call engineer reads them; each product that states a
 * refusal in its own words gets its own next step, not the generic JWT one.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';

const CONSUL_ANON =
  "$ consul acl token list\nFailed to retrieve the token list: Unexpected response code: 403 (Permission denied: anonymous token lacks permission 'acl:read'. The anonymous token is used implicitly when a request does not specify a token.)";
const FIRESTORE =
  'Write failed at surveys/terrabio/lois/WrcZ2g33g057xMeeatWL: Status{code=PERMISSION_DENIED, description=Missing or insufficient permissions., cause=null}';

describe('Consul’s anonymous token: the step says how to send a Consul token, not to paste a JWT', () => {
  it.each(['en', 'ja'] as const)('CONSUL_HTTP_TOKEN / -token / X-Consul-Token (%s)', async (locale) => {
    const report = await run(CONSUL_ANON, { locale });
    const missing = report.findings.find((f) => f.code === 'token.missing');
    expect(missing?.args).toMatchObject({ via: 'consul' });
    expect(report.nextSteps[0]).toMatch(/CONSUL_HTTP_TOKEN.*-token.*X-Consul-Token/);
    expect(report.nextSteps.join('\n')).not.toMatch(/signature masked|署名を伏せて/);
  });

  it('a token.missing from another product keeps the generic step', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\nUnauthorizedError: No authorization token was found');
    expect(report.nextSteps.join('\n')).not.toMatch(/CONSUL_HTTP_TOKEN/);
  });

  it('Consul’s known token without the permission is a denial, with no Consul-token step', async () => {
    const report = await run(
      "Unexpected response code: 403 (Permission denied: token with AccessorID '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' lacks permission 'acl:read')",
    );
    expect(report.findings.map((f) => f.code)).toContain('policy.deny');
    expect(report.nextSteps.join('\n')).not.toMatch(/anonymous token|CONSUL_HTTP_TOKEN/);
  });
});

describe('Firestore’s "Missing or insufficient permissions.": its Security Rules decided, and the step says where', () => {
  it.each(['en', 'ja'] as const)('Rules Playground on the document path (%s)', async (locale) => {
    const report = await run(FIRESTORE, { locale });
    const deny = report.findings.find((f) => f.code === 'policy.deny');
    expect(deny?.args).toMatchObject({ via: 'firestore' });
    expect(report.nextSteps[0]).toMatch(/Firestore/);
    expect(report.nextSteps[0]).toMatch(/Rules Playground|ルール プレイグラウンド/);
    expect(report.nextSteps[0]).toMatch(/request\.auth/);
  });

  it('the Node server library’s gRPC form: the same step names IAM’s role for a server library', async () => {
    const report = await run(
      'Error: 7 PERMISSION_DENIED: Missing or insufficient permissions.\n    at Object.callErrorFromStatus (/srv/bot/node_modules/google-gax/node_modules/@grpc/grpc-js/build/src/call.js:31:26)',
    );
    expect(report.nextSteps[0]).toMatch(/roles\/datastore\.user/);
  });

  it('the web SDK’s FirebaseError reads the same', async () => {
    const report = await run('Uncaught (in promise) FirebaseError: Missing or insufficient permissions.');
    expect(report.nextSteps[0]).toMatch(/^Firestore refused it/);
  });

  it('another product’s "insufficient permissions" (no Firestore words) keeps its own step', async () => {
    const report = await run('HTTP/1.1 403 Forbidden\n\n{"message":"missing or insufficient permissions"}');
    expect(report.nextSteps.join('\n')).not.toMatch(/Firestore|Rules Playground/);
  });
});

describe('Joken’s claim_val is the token’s own value: iss and aud are read from it', () => {
  const joken = (claim: string, val: string) =>
    `{:error, [message: "Invalid token", claim: "${claim}", claim_val: ${val}]}`;

  it('iss', async () => {
    const report = await run(joken('iss', '"https://auth.staging.acme-corp.com/"'));
    const f = report.findings.find((x) => x.code === 'claim.iss-mismatch');
    expect(f?.args).toMatchObject({ via: 'joken', iss: 'https://auth.staging.acme-corp.com/' });
  });

  it('aud as a string', async () => {
    const report = await run(joken('aud', '"orders-api-staging"'));
    const f = report.findings.find((x) => x.code === 'claim.aud-mismatch');
    expect(f?.args).toMatchObject({ via: 'joken', aud: ['orders-api-staging'] });
  });

  it.each([
    ['an aud list', 'aud', '["a", "b"]'],
    ['an unquoted value', 'iss', 'nil'],
  ])('not read: %s', async (_, claim, val) => {
    const report = await run(joken(claim, val));
    const f = report.findings.find((x) => x.code === (claim === 'iss' ? 'claim.iss-mismatch' : 'claim.aud-mismatch'));
    expect(f).toBeDefined();
    expect(JSON.stringify(f?.args)).not.toMatch(/"a"|nil/);
  });

  it('another claim’s claim_val is not taken for iss', async () => {
    const report = await run(joken('sub', '"https://auth.acme-corp.com/"'));
    expect(report.findings.map((f) => f.code)).not.toContain('claim.iss-mismatch');
  });
});

describe('Azure Resource Manager’s ExpiredAuthenticationToken: both printed UTC times are read', () => {
  const arm = (exp: string, now: string) =>
    `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '${exp}' is earlier than current UTC time '${now}'."}}`;

  it('expired 1h 4m 34s before ARM refused it, whenever the paste is read', async () => {
    const report = await run(arm('6/15/2026 8:22:51 AM', '6/15/2026 9:27:25 AM'));
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args).toMatchObject({ via: 'azure-resource-manager', exp: Date.UTC(2026, 5, 15, 8, 22, 51) / 1000 });
    expect(f?.args.agoSeconds).toBe(3874);
    expect(f?.title).toBe('The token expired 1h 4m ago');
  });

  it('12 AM is midnight and 12 PM noon', async () => {
    const report = await run(arm('5/27/2026 12:30:00 PM', '5/28/2026 12:30:00 AM'));
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args).toMatchObject({ exp: Date.UTC(2026, 4, 27, 12, 30, 0) / 1000, agoSeconds: 12 * 3600 });
  });

  it.each([
    ['an hour past 12', '6/15/2026 13:22:51 PM'],
    ['no AM/PM', '6/15/2026 8:22:51'],
    ['a day that does not exist', '2/30/2026 8:22:51 AM'],
  ])('not read: %s', async (_, exp) => {
    const report = await run(arm(exp, '6/15/2026 9:27:25 AM'));
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args).toMatchObject({ exp: null, agoSeconds: null });
  });

  it('another verifier’s US-format time is not read (only ARM says its times are UTC)', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"jwt expired at 6/15/2026 8:22:51 AM"}');
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args.exp ?? null).toBeNull();
  });
});

describe('Google’s "Request had invalid authentication credentials": a Google access token step, not a JWT’s', () => {
  const GRPC =
    'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAUTHENTICATED\n\tdetails = "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."\n>';
  const JSON_BODY =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json; charset=UTF-8\n\n{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","status":"UNAUTHENTICATED"}}';

  it.each([
    ['grpcio', GRPC, 'en'],
    ['the JSON error', JSON_BODY, 'en'],
    ['grpcio', GRPC, 'ja'],
  ] as const)('%s (%s)', async (_, paste, locale) => {
    const report = await run(paste, { locale });
    const f = report.findings.find((x) => x.code === 'challenge.invalid-token');
    expect(f?.args.via).toBe('google-api');
    expect(report.nextSteps[0]).toMatch(/gcloud auth print-access-token/);
    expect(report.nextSteps.join('\n')).not.toMatch(/exp, iss, aud and kid|exp、iss、aud、kid/);
  });

  it('another server’s invalid_token keeps the JWT step', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Request had invalid authentication credentials"',
    );
    expect(report.nextSteps.join('\n')).not.toMatch(/gcloud/);
  });
});

describe('Vault’s "invalid token": a Vault token step (lookup, log in again), not a JWT’s', () => {
  const VAULT = (errors: string) =>
    `Error making API request.\n\nURL: GET https://vault.example.com/v1/kv/data/orders\nCode: 403. Errors:\n\n${errors}`;

  it.each(['en', 'ja'] as const)('permission denied + invalid token (%s)', async (locale) => {
    const report = await run(VAULT('* 2 errors occurred:\n\t* permission denied\n\t* invalid token'), { locale });
    const f = report.findings.find((x) => x.code === 'challenge.invalid-token');
    expect(f?.args.via).toBe('vault');
    expect(report.nextSteps[0]).toMatch(/vault token lookup.*vault login/);
    expect(report.nextSteps.join('\n')).not.toMatch(/exp, iss, aud and kid|exp、iss、aud、kid/);
  });

  it('permission denied alone is a policy denial, with the policy step', async () => {
    const report = await run(VAULT('* permission denied'));
    expect(report.findings.map((f) => f.code)).toContain('policy.deny');
    expect(report.nextSteps.join('\n')).not.toMatch(/vault login/);
  });
});

describe('a 403 that is the product’s documented answer to a refused credential is no status mismatch', () => {
  it.each([
    [
      'Vault',
      'Error making API request.\n\nURL: GET https://vault.example.com/v1/secret/data/app\nCode: 403. Errors:\n\n* permission denied\n* invalid token',
    ],
    ['Consul', 'Error retrieving members: Unexpected response code: 403 (ACL not found)'],
  ])('%s: authentication, without status.mismatch', async (_name, input) => {
    const report = await run(input);
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((f) => f.code)).not.toContain('status.mismatch');
  });

  it('near-miss: another product’s 403 with invalid_token keeps it', async () => {
    const report = await run(
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token"\nServer: envoy\n\nAudiences in Jwt are not allowed',
    );
    expect(report.findings.map((f) => f.code)).toContain('status.mismatch');
  });
});

describe('a value a verifier message prints, read across a hard wrap', () => {
  it('drops the wrap’s line break from the value (a kid cut at 46 columns)', async () => {
    const input = [
      "Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'acm",
      "e-2026-05-20', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'acme-2026-03-01, acme-2026-04-15'.",
    ].join('\n');
    const report = await run(`HTTP/1.1 401 Unauthorized\n${input}`);
    const f = report.findings.find((x) => x.code === 'key.kid-unknown');
    expect(f?.title).toBe('The key "acme-2026-05-20" is not in the key set');
  });
});
