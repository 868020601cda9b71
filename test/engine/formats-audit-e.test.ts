/**
 * Round audit-e: log pastes and whole exchanges read as the on-call engineer would. Each group holds the pastes that now
 * read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
const steps = (r: { nextSteps: string[] }) => r.nextSteps.join('\n');

// An AWS CLI/SDK denial of execute-api:Invoke is API Gateway's resource policy (proxy.authorizer-deny, its own steps).
// Before, the same line also read as a general policy.deny, whose step (roles, tenant, ownership in the service's logs)
// pointed away from the resource policy.
describe('API Gateway’s resource-policy denial printed by the AWS CLI', () => {
  const INVOKE = (user: string) =>
    `An error occurred (AccessDeniedException) when calling the Invoke operation: User: ${user} is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders`;
  it('an anonymous caller: the resource policy alone', async () => {
    const report = await run(INVOKE('anonymous'));
    expect(codes(report)).toEqual(['proxy.authorizer-deny']);
    expect(steps(report)).not.toContain('roles, tenant, ownership');
  });
  it('a signed IAM caller: the resource policy alone', async () => {
    const report = await run(INVOKE('arn:aws:sts::123456789012:assumed-role/ci-deployer/session-1'));
    expect(codes(report)).toContain('proxy.authorizer-deny');
    expect(codes(report)).not.toContain('policy.deny');
  });
  // Near-misses: another service's IAM denial is still a stated policy.deny.
  it('an SNS or S3 denial keeps policy.deny', async () => {
    const sns = await catches(
      'policy.deny',
      'An error occurred (AuthorizationError) when calling the ListSubscriptions operation: User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: SNS:ListSubscriptions on resource: arn:aws:sns:ap-south-1:123456789012:*',
    );
    expect(sns.args).toMatchObject({ via: 'aws', stated: true });
    await catches(
      'policy.deny',
      'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    );
    await catchesNot(
      'proxy.authorizer-deny',
      'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    );
  });
});

// NATS authenticates a connection by a .creds file's user JWT and nkey, an nkey, a token, or a user and password; its
// "Authorization Violation" refuses them. Before, the step asked for an OAuth token's exp, iss, aud and kid.
const JWT_WORDS = /\b(?:exp|iss|aud|kid)\b/;
describe('NATS Authorization Violation', () => {
  const rows = [
    {
      name: 'the server’s -ERR on the wire',
      input:
        '$ printf \'PUB orders.created 1\\r\\na\\r\\n\' | nc nats.internal 4222\nINFO {"server_id":"NCN74AT3XD6OBJIKFUN3TNNWT6Q3JNI4RUDLWYJPBMSNG4AVWU53MQSV","auth_required":true}\n-ERR \'Authorization Violation\'',
    },
    { name: 'a client’s error', input: 'Error: nats: Authorization Violation' },
  ];
  for (const row of rows)
    it(row.name, async () => {
      const f = await catches('challenge.invalid-token', row.input);
      expect(f.args).toMatchObject({ via: 'nats', credential: 'nats-credentials' });
      const report = await run(row.input);
      expect(steps(report)).toContain('.creds');
      expect(steps(report)).not.toMatch(JWT_WORDS);
      const ja = await run(row.input, { locale: 'ja' });
      expect(steps(ja)).toContain('.creds');
      expect(steps(ja)).not.toMatch(JWT_WORDS);
    });
  // Near-misses: a user JWT past its exp or revoked reads as before; the words in prose are not NATS's refusal.
  it('User Authentication Expired / Revoked keep their codes', async () => {
    await catches('time.expired', "-ERR 'User Authentication Expired'");
    await catches('token.revoked', "-ERR 'User Authentication Revoked'");
  });
  it('the words in a sentence are not read', async () => {
    await catchesNot('challenge.invalid-token', 'we saw an authorization violation in the audit report');
  });
});

// A gateway that says a rule of its own denied the request (Envoy/Istio `RBAC: access denied`, Kong's ACL): before, its
// step sent the reader to the gateway's JWT settings (issuer, audience, JWKS), which the stated denial says were passed.
describe('a gateway’s own policy denial points at its rules, not its JWT settings', () => {
  const rows = [
    {
      name: 'Envoy RBAC behind server: envoy',
      input: 'HTTP/2 403\ncontent-length: 19\ncontent-type: text/plain\nserver: envoy\n\nRBAC: access denied',
      product: 'Envoy',
    },
    { name: 'Istio RBAC in prose', input: 'istio を入れてから `RBAC: access denied` で 403 になる', product: 'Envoy' },
  ];
  for (const row of rows)
    it(row.name, async () => {
      const f = await catches('proxy.gateway-response', row.input);
      expect(f.args).toMatchObject({ product: row.product, policyDenial: true });
      const report = await run(row.input);
      expect(report.findings[0]?.code).toBe('policy.deny');
      // policy.deny's Envoy RBAC step gives the advice; the gateway's own wording of it is not repeated.
      expect(steps(report)).toContain('Envoy RBAC policy');
      expect(steps(report)).not.toContain('authorization rules');
      expect(steps(report)).not.toContain('JWKS');
      const ja = await run(row.input, { locale: 'ja' });
      expect(steps(ja)).toContain('RBAC ポリシー');
      expect(steps(ja)).not.toContain('JWKS');
    });
  // Near-misses: the gateway refusing the token itself keeps its JWT step; an app's own denial behind it is no flag.
  it('Envoy’s jwt_authn refusal keeps the JWT step', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\nserver: envoy\nwww-authenticate: Bearer realm="x"\n\nJwt is expired';
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).not.toHaveProperty('policyDenial');
  });
  it('Envoy’s RBAC denial beside its own JWT refusal keeps the JWT step', async () => {
    const input =
      'HTTP/1.1 403 Forbidden\nserver: envoy\n\nRBAC: access denied\n\nlog: Audiences in Jwt are not allowed';
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).not.toHaveProperty('policyDenial');
  });
  it('Kong’s jwt plugin refusing the signature keeps the JWT step', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nServer: kong/3.4.2\nContent-Type: application/json\n\n{"message":"Invalid signature"}';
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).not.toHaveProperty('policyDenial');
    expect(steps(await run(input))).toContain('JWKS');
  });
});
