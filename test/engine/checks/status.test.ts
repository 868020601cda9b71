import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/engine/types.js';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const MASKED = unsigned(HEADER, CLAIMS);
const EXPIRED = unsigned(HEADER, { ...CLAIMS, iat: NOW - 4200, exp: NOW - 600 });

/** A `curl -i` exchange: the request carries `token`, the response is `status` and `lines`. */
function exchange(statusLine: string, lines: string[] = [], token = MASKED): string {
  return [
    `$ curl -i https://api.acme-corp.com/v1/orders/8812 -H "Authorization: Bearer ${token}"`,
    statusLine,
    'Date: Thu, 28 May 2026 14:09:58 GMT',
    'Content-Type: application/json',
    ...lines,
  ].join('\n');
}

describe('status.not-auth: the status is neither 401 nor 403', () => {
  it.each([
    ['HTTP/1.1 400 Bad Request', 400],
    ['HTTP/1.1 500 Internal Server Error', 500],
    ['HTTP/2 502', 502],
    ['HTTP/1.1 302 Found', 302],
    ['HTTP/1.1 200 OK', 200],
  ])('catches %s, and diagnoses anyway', async (statusLine, status) => {
    const f = await catches('status.not-auth', exchange(statusLine));
    expect(f.args).toEqual({ status });
    expect(f).toMatchObject({ severity: 'info', source: 'status', evidence: statusLine });
  });

  it.each([
    ['a 401', 'HTTP/1.1 401 Unauthorized'],
    ['a 403', 'HTTP/1.1 403 Forbidden'],
    ['an HTTP/2 401', 'HTTP/2 401'],
  ])('does not catch %s', async (_name, statusLine) => {
    await catchesNot('status.not-auth', exchange(statusLine));
  });

  it('does not catch a paste with no status at all', async () => {
    await catchesNot('status.not-auth', 'TokenExpiredError: jwt expired');
  });
});

describe('status.mismatch: the status contradicts the evidence', () => {
  it('catches insufficient_scope on a 401: the caller was identified, not refused', async () => {
    const input = exchange('HTTP/1.1 401 Unauthorized', [
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders"',
    ]);
    const f = await catches('status.mismatch', input);
    expect(f.args).toEqual({ status: 401, evidenceSays: 'authorization', because: 'challenge.insufficient-scope' });
    expect(f).toMatchObject({ severity: 'warning', source: 'status', evidence: 'HTTP/1.1 401 Unauthorized' });
    expect((await run(input)).classification).toBe('authorization');
  });

  it('catches invalid_token on a 403', async () => {
    const input = exchange('HTTP/1.1 403 Forbidden', [
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired"',
    ]);
    const f = await catches('status.mismatch', input);
    expect(f.args).toEqual({ status: 403, evidenceSays: 'authentication', because: 'challenge.invalid-token' });
    expect((await run(input)).classification).toBe('authentication');
  });

  it('catches a decoded exp 10 minutes in the past on a 403', async () => {
    const f = await catches('status.mismatch', exchange('HTTP/1.1 403 Forbidden', [], EXPIRED));
    expect(f.args).toEqual({ status: 403, evidenceSays: 'authentication', because: 'time.expired' });
  });

  it('catches a verifier log saying "jwt expired" next to a 403', async () => {
    const f = await catches('status.mismatch', 'HTTP/1.1 403 Forbidden\n\napi log: TokenExpiredError: jwt expired');
    expect(f.args).toMatchObject({ status: 403, because: 'time.expired' });
  });

  it.each([
    [
      'Envoy’s 403 for the audience',
      'HTTP/2 403\nserver: istio-envoy\ncontent-type: text/plain\n\nAudiences in Jwt are not allowed',
      'claim.aud-mismatch',
    ],
    [
      'an old Kong’s 403 for a bad signature',
      'HTTP/1.1 403 Forbidden\nServer: kong/0.10.1\n\n{"message":"Invalid signature"}',
      'signature.invalid',
    ],
    [
      'a verifier log naming an unknown kid next to a 403',
      'HTTP/1.1 403 Forbidden\n\nIDX10503: Signature validation failed. Token does not have a kid. Keys tried: [PII is hidden].',
      null,
    ],
  ])('catches another rejection of the token that the server states on a 403: %s', async (_name, input, because) => {
    const f = await catches('status.mismatch', input);
    expect(f.args).toMatchObject({ status: 403, evidenceSays: 'authentication' });
    if (because !== null) expect(f.args.because).toBe(because);
    expect((await run(input)).classification).toBe('authentication');
  });

  it.each([
    [
      'an audience mismatch inferred from the token against the caller’s option (not the server’s word)',
      exchange('HTTP/1.1 403 Forbidden'),
      { expectedAudiences: ['https://billing.acme-corp.com'] },
    ],
    [
      // The server judged the token at the request and accepted it; `now` may be well after that.
      'a token expired by now, beside the server’s insufficient_scope',
      exchange('HTTP/1.1 403 Forbidden', ['WWW-Authenticate: Bearer error="insufficient_scope"'], EXPIRED),
      {},
    ],
    [
      'a rejection stated beside the server’s own authorization reason',
      'HTTP/1.1 403 Forbidden\nserver: envoy\n\nRBAC: access denied\n\nlog: Audiences in Jwt are not allowed',
      {},
    ],
  ])('does not catch %s', async (_name, input, options) => {
    const report = await run(input, options);
    expect(report.findings.map((f) => f.code)).not.toContain('status.mismatch');
    expect(report.classification).toBe('authorization');
  });

  it.each([
    [
      'invalid_token on a 401',
      exchange('HTTP/1.1 401 Unauthorized', ['WWW-Authenticate: Bearer error="invalid_token"']),
    ],
    [
      'insufficient_scope on a 403',
      exchange('HTTP/1.1 403 Forbidden', ['WWW-Authenticate: Bearer error="insufficient_scope"']),
    ],
    ['an expired token on a 401', exchange('HTTP/1.1 401 Unauthorized', [], EXPIRED)],
    [
      'a token 30 s past exp, inside the skew, on a 403',
      exchange('HTTP/1.1 403 Forbidden', [], unsigned(HEADER, { ...CLAIMS, exp: NOW - 30 })),
    ],
    [
      'a Cloudflare WAF 403 (the status stands)',
      'HTTP/2 403\nserver: cloudflare\ncf-ray: 8a1b2c3d4e5f6789-FRA\n\nerror code: 1020',
    ],
    ['insufficient_scope with no status', 'WWW-Authenticate: Bearer error="insufficient_scope"'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('status.mismatch', input);
  });
});

/** findings.md, "Classification": follows the status unless the evidence says otherwise. */
describe('classification of the failure', () => {
  const rows: Array<[string, string, Classification]> = [
    ['a bare 401', 'HTTP/1.1 401 Unauthorized', 'authentication'],
    ['a bare 403', 'HTTP/1.1 403 Forbidden', 'authorization'],
    [
      'a 401 carrying insufficient_scope',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_scope"',
      'authorization',
    ],
    [
      'a 403 carrying invalid_token',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token"',
      'authentication',
    ],
    ['a 403 from a WAF', 'HTTP/2 403\nserver: cloudflare\n\nerror code: 1020', 'authorization'],
    ['a 400 with no evidence', 'HTTP/1.1 400 Bad Request\n\n{"error":"bad_request"}', 'undetermined'],
    [
      'a 400 whose challenge says invalid_request',
      'HTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer error="invalid_request", error_description="Found multiple bearer tokens in the request"',
      'authentication',
    ],
    ['a 500 with no evidence', 'HTTP/1.1 500 Internal Server Error\n\nupstream connect error', 'undetermined'],
    [
      'a 500 next to a verifier log line',
      'HTTP/1.1 500 Internal Server Error\n\nTokenExpiredError: jwt expired',
      'authentication',
    ],
    [
      'a 502 next to a decoded expired token (inference is not decisive)',
      exchange('HTTP/2 502', [], EXPIRED),
      'undetermined',
    ],
    ['no status and a valid-looking token', `token: ${unsigned(HEADER, CLAIMS)}`, 'undetermined'],
    [
      'no status and a verifier log line',
      'jwt.exceptions.ExpiredSignatureError: Signature has expired',
      'authentication',
    ],
    [
      'no status and an insufficient_scope challenge',
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"',
      'authorization',
    ],
    ['no status and an Envoy RBAC denial', 'RBAC: access denied', 'authorization'],
    [
      'no status and a missing required claim in the log',
      'JWTClaimValidationFailed: missing required "tenant_id" claim',
      'authentication',
    ],
    ['no status and a misconfigured verifier', 'Error: secret or public key must be provided', 'authentication'],
  ];
  it.each(rows)('classifies %s', async (_name, input, classification) => {
    expect((await run(input)).classification).toBe(classification);
  });
});
