/**
 * Round left-d: a 401 without a challenge beside the application's own verifier log line is the application's answer;
 * Django REST framework's `WWW-Authenticate: Token` beside a Bearer request; an unsigned token's paste step; one step,
 * not two, asking for the challenge and body.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const PYJWT_IAT = 'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)';
const FIND_COMPONENT = 'Find out which component answered';
const SEND_CHALLENGE = 'Make the application send WWW-Authenticate: Bearer error="invalid_token"';

describe('challenge.missing beside the application verifier’s log line', () => {
  it('catches: PyJWT’s log line judging the token says the application answered', async () => {
    const input = `HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:10:00 GMT\n\n${PYJWT_IAT}`;
    const f = await catches('challenge.missing', input);
    expect(f.args).toMatchObject({ appVerifier: 'pyjwt' });
    const report = await run(input);
    expect(report.nextSteps.some((s) => s.startsWith(SEND_CHALLENGE))).toBe(true);
    expect(report.nextSteps.some((s) => s.startsWith(FIND_COMPONENT))).toBe(false);
  });

  it('catches: jsonwebtoken’s TokenExpiredError logged by a Node service', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}\n\nserver log:\nTokenExpiredError: jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21';
    const f = await catches('challenge.missing', input);
    expect(f.args).toMatchObject({ appVerifier: 'jsonwebtoken' });
  });

  it('catches not: a bare 401 still asks which component answered', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}';
    const f = await catches('challenge.missing', input);
    expect((f.args as { appVerifier?: string }).appVerifier).toBeUndefined();
    const report = await run(input);
    expect(report.nextSteps.some((s) => s.startsWith(FIND_COMPONENT))).toBe(true);
  });

  it('catches not: a JSON error body is the response’s own words, not the application’s log', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenCreatedWithOutdatedPolicies"}}';
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'challenge.missing');
    expect((f?.args as { appVerifier?: string } | undefined)?.appVerifier).toBeUndefined();
  });

  it('catches not: a text body in a verifier library’s words is the response’s, not a log line', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain; charset=utf-8\n\ntoken nbf validation failed';
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'challenge.missing');
    expect((f?.args as { appVerifier?: string } | undefined)?.appVerifier).toBeUndefined();
  });

  it('catches not: API Gateway’s own reply beside its authorizer’s jsonwebtoken log: the gateway answered', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nx-amzn-RequestId: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}\n\nauthorizer log:\nTokenExpiredError: jwt expired\n    at /var/task/node_modules/jsonwebtoken/verify.js:190:21';
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'challenge.missing');
    expect((f?.args as { appVerifier?: string } | undefined)?.appVerifier).toBeUndefined();
    expect(report.nextSteps.some((s) => s.startsWith(SEND_CHALLENGE))).toBe(false);
  });

  it('catches not: a gateway product’s words (Envoy’s jwt_authn) do not make the application the answerer', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\nserver: envoy\ncontent-length: 14\n\nJwt is expired';
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'challenge.missing');
    expect((f?.args as { appVerifier?: string } | undefined)?.appVerifier).toBeUndefined();
  });
});

describe('an unsigned token cut by the paste', () => {
  const MASK_STEP = 'Paste the token again in full, with only its signature masked';
  const UNSIGNED_STEP = 'there is no signature to mask';
  const challenge =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer error="invalid_token"\n\n';

  it('catches: alg none cut inside its header asks for it in full, no signature to mask', async () => {
    const f = await catches('token.malformed', `${challenge}Authorization: Bearer eyJhbGciOiJub25lIiwidHlwIjoiS`);
    expect(f.args).toMatchObject({ unsigned: true, endsPaste: true });
    const report = await run(`${challenge}Authorization: Bearer eyJhbGciOiJub25lIiwidHlwIjoiS`);
    expect(report.nextSteps.some((s) => s.includes(UNSIGNED_STEP))).toBe(true);
    expect(report.nextSteps.some((s) => s.startsWith(MASK_STEP))).toBe(false);
  });

  it('catches not: a signed token cut the same way still asks for its signature masked', async () => {
    // {"alg":"RS256","typ":"JWT"} cut inside its header.
    const input = `${challenge}Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpX`;
    const f = await catches('token.malformed', input);
    expect((f.args as { unsigned?: true }).unsigned).toBeUndefined();
    const report = await run(input);
    expect(report.nextSteps.some((s) => s.startsWith(MASK_STEP))).toBe(true);
  });
});

describe('one step asking for the challenge and the body', () => {
  const ASKS = (s: string) => s.includes('WWW-Authenticate header') && s.includes('body');

  it('catches: a challenge cut by the paste beside no token asks once for the header and body', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api\\');
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['token.missing', 'challenge.malformed']),
    );
    expect(report.nextSteps.filter(ASKS)).toHaveLength(1);
  });

  it('catches: the same in Japanese', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api\\', { locale: 'ja' });
    expect(report.nextSteps.filter((s) => s.includes('WWW-Authenticate ヘッダー'))).toHaveLength(1);
  });

  it('catches not: a cut challenge alone keeps its own ask', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:09:58 GMT\nWWW-Authenticate: Bearer error="',
    );
    expect(report.nextSteps.filter(ASKS)).toEqual([expect.stringContaining('the part the paste cut may hold')]);
  });
});

describe('Django REST framework’s WWW-Authenticate: Token beside a Bearer request', () => {
  const DRF_STEP = 'Send the DRF key as "Authorization: Token <key>"';
  const request =
    'GET /api/items/ HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.***\n\n';

  it('catches: the bare Token challenge is DRF’s TokenAuthentication, the API itself', async () => {
    const input = `${request}HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token\nContent-Type: application/json\n\n{"detail":"Authentication credentials were not provided."}`;
    const f = await catches('challenge.scheme-mismatch', input);
    expect(f.args).toMatchObject({ sent: 'Bearer', challenged: ['Token'], drfToken: true });
    const missing = await catches('token.missing', input);
    expect(missing.args).toMatchObject({ sent: true, droppedBy: 'drf-token' });
    const report = await run(input);
    expect(report.nextSteps.filter((s) => s.startsWith(DRF_STEP))).toHaveLength(1);
    expect(report.nextSteps.some((s) => s.startsWith('Find which component issued this challenge'))).toBe(false);
    expect(report.nextSteps.some((s) => s.includes('forwards the Authorization header'))).toBe(false);
  });

  it('catches: without DRF’s body too', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      `${request}HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token\n\n`,
    );
    expect(f.args).toMatchObject({ drfToken: true });
  });

  it('catches not: Rails’ Token challenge with a realm (Rails takes Bearer too)', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      `${request}HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token realm="Application"\n\n`,
    );
    expect((f.args as { drfToken?: true }).drfToken).toBeUndefined();
  });

  it('catches not: a Basic challenge still points at another layer', async () => {
    const f = await catches(
      'challenge.scheme-mismatch',
      `${request}HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="intranet"\n\n`,
    );
    expect((f.args as { drfToken?: true }).drfToken).toBeUndefined();
  });

  it('catches not: a request sent with Token is not told to send Token', async () => {
    const input =
      'GET /api/items/ HTTP/1.1\nHost: api.example.com\nAuthorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Token\n\n{"detail":"Invalid token."}';
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).not.toContain('challenge.scheme-mismatch');
    expect(report.nextSteps.some((s) => s.startsWith(DRF_STEP))).toBe(false);
  });
});
