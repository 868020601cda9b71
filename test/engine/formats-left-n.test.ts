/**
 * Round left-n: readings the last stop left — a bare gRPC UNAUTHENTICATED, MQTT CONNACK refusals in mosquitto's and
 * paho's words, NestJS's bare UnauthorizedException, prose quoting a verifier's words, and kubectl's 401 under EKS.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const steps = async (paste: string, locale?: 'ja') =>
  (await run(paste, locale === undefined ? {} : { locale })).nextSteps.join('\n');

describe('a bare gRPC UNAUTHENTICATED asks for the call’s metadata', () => {
  // Each library's own shape (parse/client-errors.ts cites them): grpcio, grpc-go, grpc-js, grpc-java.
  const BARE = [
    'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAUTHENTICATED\n\tdetails = ""\n>',
    'rpc error: code = Unauthenticated desc = ',
    'Error: 16 UNAUTHENTICATED: ',
    'io.grpc.StatusRuntimeException: UNAUTHENTICATED',
  ];
  for (const paste of BARE)
    it(`catches: ${paste.slice(0, 40)}`, async () => {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ client: 'grpc' });
      const en = await steps(paste);
      expect(en).toContain('"authorization" (lower-case)');
      expect(en).toContain('credentials require transport level security');
      expect(await steps(paste, 'ja')).toContain('"authorization"（小文字）');
    });
  it('catches not: desc words a verifier row reads keep their reading', async () => {
    await catches('time.expired', 'rpc error: code = Unauthenticated desc = token is expired');
    const r = await run(
      'Error: 16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token',
    );
    expect(r.findings.map((f) => f.code)).not.toContain('token.missing');
  });
  it('catches not: UNAUTHENTICATED in prose, or beside an HTTP 401', async () => {
    await catchesNot('token.missing', 'the server returns UNAUTHENTICATED when the token is bad, see docs');
    const f = await catches('token.missing', 'HTTP/1.1 401 Unauthorized\nrpc error: code = Unauthenticated desc = ');
    expect(f.args).not.toMatchObject({ client: 'grpc' });
  });
});

describe('an MQTT broker’s CONNACK refusal in mosquitto’s and paho’s words', () => {
  const REFUSED = [
    // mosquitto_pub / mosquitto_sub, MQTT 3.1.1 (mosquitto_connack_string, paho-mqtt's connack_string).
    'Connection error: Connection Refused: not authorised.\nError: The connection was refused.',
    'Connection error: Connection Refused: bad user name or password.',
    // mosquitto_pub -V 5 (mosquitto_reason_string for 0x87 and 0x86).
    'Connection error: Not authorized\nError: A network protocol error occurred when communicating with the broker.',
    'Connection error: Bad user name or password',
    // paho.mqtt.java's MqttException.toString().
    'org.eclipse.paho.client.mqttv3.MqttSecurityException: Not authorized to connect (5)',
    'MqttSecurityException: Bad user name or password (4)',
  ];
  for (const paste of REFUSED)
    it(`catches: ${paste.slice(0, 48)}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via: 'mqtt', credential: 'mqtt-credentials' });
      expect(await steps(paste)).toContain('broker’s log');
    });
  it('catches not: the words in prose or in another case', async () => {
    await catchesNot('challenge.invalid-token', 'the docs say connection error: not authorized means a wrong ACL');
    await catchesNot('challenge.invalid-token', 'is it bad user name or password (4 tries) or something else?');
  });
});

describe('NestJS’s bare UnauthorizedException asks for passport-jwt’s reason', () => {
  const STACK =
    '/app/node_modules/@nestjs/passport/dist/auth.guard.js:68\n                throw err || new common_1.UnauthorizedException();\n                             ^\nUnauthorizedException: Unauthorized\n    at JwtAuthGuard.handleRequest (/app/node_modules/@nestjs/passport/dist/auth.guard.js:68:30)';
  const NEST = [
    '{"statusCode":401,"message":"Unauthorized"}',
    'HTTP/1.1 401 Unauthorized\nX-Powered-By: Express\n\n{"message":"Unauthorized","statusCode":401}',
    '{\n  "statusCode": 401,\n  "message": "Unauthorized"\n}',
    STACK,
  ];
  for (const paste of NEST)
    it(`catches: ${paste.slice(0, 40)}`, async () => {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ requestUnseen: true, framework: 'nestjs' });
      expect(f.title).not.toMatch(/No token was sent/);
      const en = await steps(paste);
      expect(en).toContain('handleRequest(err, user, info)');
      expect(en).toContain('"No auth token"');
      expect(await steps(paste, 'ja')).toContain('handleRequest(err, user, info)');
    });
  it('catches not: other frameworks’ 401 bodies, a message with a reason, a bare exception name', async () => {
    for (const paste of [
      '{"statusCode":401,"error":"Unauthorized","message":"Missing authentication"}',
      '{"statusCode":401,"message":"jwt expired"}',
      'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized"}',
      'UnauthorizedException: Unauthorized',
    ]) {
      const r = await run(paste);
      for (const f of r.findings) expect(f.args).not.toHaveProperty('framework');
    }
  });
  it('catches not: the guard’s log line already gives passport-jwt’s reason', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\n{"statusCode":401,"message":"Unauthorized"}\n[Nest] 1  - 05/28/2026, 2:09:58 PM   DEBUG [JwtAuthGuard] Error: No auth token',
    );
    expect(f.args).toMatchObject({ via: 'passport-jwt' });
    expect(f.args).not.toHaveProperty('framework');
  });
  it('catches not: the writer says the token was sent (the token is what to paste)', async () => {
    const f = await catches(
      'token.missing',
      'I send the bearer token but get {"statusCode":401,"message":"Unauthorized"}',
    );
    expect(f.args).not.toHaveProperty('framework');
  });
});

describe('kubectl’s 401 beside EKS’s exec plugin names the token’s lifetime and the IAM mapping', () => {
  const LINE = 'error: You must be logged in to the server (Unauthorized)';
  const EKS = [
    `$ aws eks get-token --cluster-name prod --region eu-west-1 >/dev/null && kubectl get pods\n${LINE}`,
    `users:\n- name: prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n      - --region\n      - eu-west-1\n      - eks\n      - get-token\n      - --cluster-name\n      - prod\n      command: aws\n$ kubectl get ns\n${LINE}`,
    `      command: aws-iam-authenticator\n${LINE}`,
  ];
  for (const paste of EKS)
    it(`catches: ${paste.slice(0, 40)}`, async () => {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ client: 'kubectl', eks: true });
      const en = await steps(paste);
      expect(en).toContain('valid for 15 minutes');
      expect(en).toContain('aws sts get-caller-identity');
      expect(en).toContain('aws-auth ConfigMap');
      expect(await steps(paste, 'ja')).toContain('15分');
    });
  it('catches not: kubectl’s 401 with no EKS plugin, or EKS words without kubectl’s line', async () => {
    const f = await catches('token.missing', `$ kubectl get pods\n${LINE}`);
    expect(f.args).not.toHaveProperty('eks');
    expect(await steps(`$ kubectl get pods\n${LINE}`)).toContain('gke-gcloud-auth-plugin');
    const r = await run('HTTP/1.1 401 Unauthorized\n\nwe use aws eks get-token in CI');
    for (const x of r.findings) expect(x.args).not.toHaveProperty('eks');
  });
});

describe('Mailgun’s 401 Forbidden names its key and its region', () => {
  const MAILGUN = [
    'POST https://api.mailgun.net/v3/mg.example.com/messages\nHTTP/1.1 401 Unauthorized\n\nForbidden',
    // mailgun/mailgun.js#388, mailgun/mailgun-js-boland#268, nextauthjs/next-auth#12925.
    "Failed to send email [Error: Unauthorized] {\nstatus: 401,\ndetails: 'Forbidden',\ntype: 'MailgunAPIError'\n}",
    'Error: Forbidden\n    at IncomingMessage.<anonymous> (/app/node_modules/mailgun-js/lib/request.js:327:17) {\n  statusCode: 401\n}',
    '[auth][error] Error: Mailgun error: Forbidden',
  ];
  for (const paste of MAILGUN)
    it(`catches: ${paste.slice(0, 40)}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via: 'mailgun', credential: 'mailgun-api-key' });
      expect(await steps(paste)).toContain('api.eu.mailgun.net');
      expect(await steps(paste, 'ja')).toContain('api.eu.mailgun.net');
    });
  it('catches not: "Forbidden" with no Mailgun near it, or Mailgun in prose beside a 403 status line', async () => {
    for (const paste of [
      'HTTP/1.1 403 Forbidden\nServer: nginx\n\nForbidden',
      'we moved from mailgun to SES; now HTTP/1.1 403 Forbidden',
      '{"errors":["Forbidden"]}',
      'mailgun says the domain is Forbidden to send until verified',
    ]) {
      const r = await run(paste);
      for (const f of r.findings) expect(f.args).not.toMatchObject({ via: 'mailgun' });
      for (const f of r.findings) expect(f.args).not.toMatchObject({ via: 'datadog' });
    }
  });
});

describe('prose quoting "Bad credentials" reads as the body does, at a lower weight', () => {
  it('catches: Spring named, as a warning beside the body’s error', async () => {
    const f = await catches('challenge.invalid-token', 'Spring Security says Bad credentials');
    expect(f.severity).toBe('warning');
    expect(f.args).toMatchObject({ via: 'spring-security', credential: 'spring-credentials' });
    const body = await catches(
      'challenge.invalid-token',
      '{"timestamp":"2026-05-28T14:09:58.000+00:00","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/api/orders"}',
    );
    expect(body.severity).toBe('error');
  });
  it('catches: Japanese prose names no product, and no invalid_token no one stated', async () => {
    for (const paste of ['Bad credentials と言われる', '「Bad credentials」が返ってきます']) {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.severity).toBe('warning');
      expect(f.args).toMatchObject({ credential: 'bad-credentials' });
      expect(f.args).not.toHaveProperty('via');
      expect(f.detail).not.toContain('invalid_token');
      expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('Spring');
    }
  });
  it('catches: GitHub named reads as GitHub’s token', async () => {
    const f = await catches('challenge.invalid-token', 'GitHub API returns "Bad credentials" for my PAT');
    expect(f.args).toMatchObject({ via: 'github', credential: 'github-token' });
    expect(f.severity).toBe('warning');
  });
  it('catches not: the words without a cue, and GitHub’s own lines keep their weight', async () => {
    await catchesNot('challenge.invalid-token', 'the tutorial covers Bad credentials handling in Spring');
    const f = await catches('challenge.invalid-token', '##[error]HttpError: Bad credentials');
    expect(f.severity).toBe('error');
  });
});
