import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const VALID = unsigned(HEADER, CLAIMS);

/** `curl -i` of a DELETE on someone else's order, answered by `lines`. */
function curl(token: string, lines: string[]): string {
  return [
    `$ curl -si -X DELETE https://api.acme-corp.com/v1/orders/8812 -H "Authorization: Bearer ${token}"`,
    ...lines,
  ].join('\n');
}

const forbidden = (token = VALID) =>
  curl(token, [
    'HTTP/1.1 403 Forbidden',
    'Content-Type: application/json',
    '',
    '{"error":"forbidden","message":"You do not have access to order 8812"}',
  ]);

describe('policy.deny: a 403 whose token looks valid: resource-level policy said no', () => {
  it('catches a 403 for a valid-looking token carrying the required scope, as an inferred warning', async () => {
    const f = await catches('policy.deny', forbidden(), { requiredScopes: ['write:orders'] });
    expect(f.args).toEqual({ stated: false });
    // The body's own reason is its evidence (round sample-31): it says more than the status line.
    expect(f).toMatchObject({
      severity: 'warning',
      source: 'log',
      evidence: '{"error":"forbidden","message":"You do not have access to order 8812"}',
    });
  });

  it('catches it from a bare payload JSON next to the 403', async () => {
    const f = await catches('policy.deny', `HTTP/1.1 403 Forbidden\n\npayload: ${JSON.stringify(CLAIMS)}`);
    expect(f.args).toEqual({ stated: false });
  });

  it('catches it as an error when Istio/Envoy says "RBAC: access denied"', async () => {
    const input = curl(VALID, [
      'HTTP/1.1 403 Forbidden',
      'content-length: 19',
      'content-type: text/plain',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'server: istio-envoy',
      '',
      'RBAC: access denied',
    ]);
    const report = await run(input);
    const denials = report.findings.filter((f) => f.code === 'policy.deny');
    // Stated and inferred are the same cause: one finding, the server's.
    expect(denials).toHaveLength(1);
    expect(denials[0]?.args).toEqual({ via: 'envoy', stated: true });
    expect(denials[0]).toMatchObject({ severity: 'error', source: 'log', evidence: 'RBAC: access denied' });
    expect(report.findings[0]?.code).toBe('policy.deny');
    expect(report.classification).toBe('authorization');
  });

  it.each([
    [
      'an Envoy access log with the RBAC response flag',
      '[2026-05-28T14:09:58.120Z] "DELETE /v1/orders/8812 HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - "10.0.3.7" "curl/8.7.1"',
      'envoy',
      // The details name the policy that decided it: none, no ALLOW policy matched (checks/mesh-denial.ts).
      { rbacPolicy: 'none' },
    ],
    [
      'ASP.NET Core forbidding an authenticated user',
      'info: Microsoft.AspNetCore.Authorization.DefaultAuthorizationService[2]\n      Authorization failed. These requirements were not met:\n      RolesAuthorizationRequirement:User.IsInRole must be true for one of the following roles: (Admin)\ninfo: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]\n      AuthenticationScheme: Bearer was forbidden.',
      'aspnetcore',
      {},
    ],
  ])('catches it as stated from %s', async (_name, input, via, named) => {
    const f = await catches('policy.deny', input);
    expect(f.args).toEqual({ via, stated: true, ...named });
    expect(f.severity).toBe('error');
  });

  it.each([
    ['a 401', curl(VALID, ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: Bearer error="invalid_token"'])],
    [
      'a 403 carrying insufficient_scope',
      curl(VALID, [
        'HTTP/1.1 403 Forbidden',
        'WWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders"',
      ]),
    ],
    ['a 403 from an expired token', forbidden(unsigned(HEADER, { ...CLAIMS, iat: NOW - 4200, exp: NOW - 600 }))],
    [
      'a 403 from a WAF',
      curl(VALID, ['HTTP/2 403', 'server: cloudflare', 'cf-ray: 8a1b2c3d4e5f6789-FRA', '', 'error code: 1020']),
    ],
    [
      'a 403 with nothing about the token',
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"Forbidden"}',
    ],
    [
      'an API Gateway authorizer deny',
      curl(VALID, [
        'HTTP/1.1 403 Forbidden',
        'x-amzn-ErrorType: AccessDeniedException',
        '',
        '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      ]),
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('policy.deny', input);
  });

  it("does not catch a 403 whose verifier says no token reached it (Spring's Http403ForbiddenEntryPoint)", async () => {
    const input = curl(VALID, [
      'HTTP/1.1 403 Forbidden',
      '',
      '2026-05-28 14:09:58.121 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext',
      '2026-05-28 14:09:58.122 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access',
    ]);
    const report = await catchesNot('policy.deny', input);
    // Spring answered an unauthenticated request with 403: an authentication failure, and the status says otherwise.
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((f) => f.code).slice(0, 2)).toEqual(['token.missing', 'status.mismatch']);
  });

  it('does not catch a 403 whose token lacks the required scope: scope.insufficient explains it', async () => {
    const report = await catchesNot('policy.deny', forbidden(), { requiredScopes: ['delete:orders'] });
    expect(report.findings[0]?.code).toBe('scope.insufficient');
  });
});
