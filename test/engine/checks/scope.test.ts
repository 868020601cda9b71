import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const { scope: _scope, ...NO_GRANTS } = CLAIMS;

/** A 403 and a token (signature masked) whose grants are `grants` instead of the reference `scope`. */
function paste(grants: Record<string, unknown>, before = 'HTTP/1.1 403 Forbidden'): string {
  return `${before}\n\ntoken: ${unsigned(HEADER, { ...NO_GRANTS, ...grants })}`;
}

/** A 403 whose challenge names the scope it wanted (RFC 6750 §3.1). */
function challenged(scope: string, grants: Record<string, unknown>): string {
  return paste(grants, `HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="${scope}"`);
}

const need = (...requiredScopes: string[]) => ({ requiredScopes });

describe('scope.insufficient: a required scope or role is not granted', () => {
  it('catches --require-scope missing from a space-separated scope string', async () => {
    const f = await catches('scope.insufficient', paste({ scope: 'read:orders write:orders' }), need('delete:orders'));
    expect(f.args).toEqual({
      required: ['delete:orders'],
      missing: ['delete:orders'],
      granted: ['read:orders', 'write:orders'],
    });
    expect(f.severity).toBe('error');
    expect(f.source).toBe('token');
    expect(f.evidence).toBe('scope: "read:orders write:orders"');
  });

  // Every claim an IdP puts grants in: RFC 9068 scope, Okta/Entra scp, roles, Auth0 permissions, groups, Keycloak.
  const shapes: Array<[string, Record<string, unknown>, string]> = [
    ['scope string', { scope: 'openid delete:orders' }, 'delete:orders'],
    ['scp array', { scp: ['read:orders', 'delete:orders'] }, 'delete:orders'],
    ['scp string', { scp: 'read:orders delete:orders' }, 'delete:orders'],
    ['roles', { roles: ['orders.admin'] }, 'orders.admin'],
    ['permissions', { permissions: ['delete:orders'] }, 'delete:orders'],
    ['groups', { groups: ['order-admins'] }, 'order-admins'],
    ['cognito:groups', { 'cognito:groups': ['order-admins'] }, 'order-admins'],
    ['Keycloak realm_access.roles', { realm_access: { roles: ['offline_access', 'admin'] } }, 'admin'],
    ['Keycloak resource_access.<client>.roles', { resource_access: { 'orders-api': { roles: ['admin'] } } }, 'admin'],
  ];

  it.each(shapes)('does not catch a grant in %s', async (_name, grants, required) => {
    await catchesNot('scope.insufficient', paste(grants), need(required));
  });

  it.each(shapes)('catches a required value missing from %s', async (_name, grants) => {
    const f = await catches('scope.insufficient', paste(grants), need('billing:admin'));
    expect(f.args).toMatchObject({ missing: ['billing:admin'] });
  });

  it('catches a token with no grant claims at all', async () => {
    const f = await catches('scope.insufficient', paste({}), need('delete:orders'));
    expect(f.args).toEqual({ required: ['delete:orders'], missing: ['delete:orders'], granted: [] });
    expect(f.evidence).toBe('no scope, scp, roles, permissions or groups claim');
  });

  it('catches only the missing one of several required scopes', async () => {
    const f = await catches(
      'scope.insufficient',
      paste({ scope: 'read:orders' }),
      need('read:orders', 'delete:orders'),
    );
    expect(f.args).toMatchObject({ required: ['read:orders', 'delete:orders'], missing: ['delete:orders'] });
  });

  it('reads a space-separated --require-scope as several scopes', async () => {
    const f = await catches('scope.insufficient', paste({ scope: 'read:orders' }), need('read:orders write:orders'));
    expect(f.args).toMatchObject({ required: ['read:orders', 'write:orders'], missing: ['write:orders'] });
  });

  it('catches the scope a challenge asks for, with no option (case 02)', async () => {
    const f = await catches('scope.insufficient', challenged('delete:orders', { scope: 'read:orders write:orders' }));
    expect(f.args).toMatchObject({ required: ['delete:orders'], missing: ['delete:orders'] });
    expect(f.source).toBe('response-header');
    expect(f.evidence).toBe(
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders" vs scope: "read:orders write:orders"',
    );
  });

  it("catches the missing one of a challenge's several scopes", async () => {
    const f = await catches('scope.insufficient', challenged('read:orders delete:orders', { scope: 'read:orders' }));
    expect(f.args).toMatchObject({ required: ['read:orders', 'delete:orders'], missing: ['delete:orders'] });
  });

  it("does not catch when the token has the challenge's scope: the denial is about something else", async () => {
    await catchesNot('scope.insufficient', challenged('read:orders', { scope: 'read:orders write:orders' }));
  });

  it('does not catch without a required scope from an option or a challenge', async () => {
    await catchesNot('scope.insufficient', paste({ scope: 'read:orders' }));
  });

  it('does not catch a scope granted only comma-separated: that is scope.format', async () => {
    const report = await run(paste({ scope: 'read:orders,delete:orders' }), need('delete:orders'));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('scope.insufficient');
    expect(codes).toContain('scope.format');
  });

  it("does not catch a challenge's scope granted only comma-separated", async () => {
    await catchesNot('scope.insufficient', challenged('delete:orders', { scope: 'read:orders, delete:orders' }));
  });

  it('catches a scope missing even from a comma-separated grant, with the format warning too', async () => {
    const report = await run(paste({ scope: 'read:orders,write:orders' }), need('delete:orders'));
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['scope.insufficient', 'scope.format']));
  });

  it('does not catch a masked payload: no claims to compare', async () => {
    await catchesNot(
      'scope.insufficient',
      'HTTP/1.1 403 Forbidden\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.***.***',
      need('delete:orders'),
    );
  });
});

describe('scope.format: grants in a shape the API may not read', () => {
  it('catches scope as a JSON array instead of a space-separated string', async () => {
    const f = await catches('scope.format', paste({ scope: ['read:orders', 'write:orders'] }));
    expect(f.args).toEqual({ claim: 'scope', problem: 'array-scope' });
    expect(f.severity).toBe('warning');
    expect(f.evidence).toBe('scope: ["read:orders","write:orders"]');
  });

  it.each([
    ['scope with commas', { scope: 'read:orders,write:orders' }, 'scope'],
    ['scope with commas and spaces', { scope: 'read:orders, write:orders' }, 'scope'],
    ['scp string with commas', { scp: 'read:orders,write:orders' }, 'scp'],
  ])('catches %s', async (_name, grants, claim) => {
    const f = await catches('scope.format', paste(grants));
    expect(f.args).toEqual({ claim, problem: 'comma-separated' });
  });

  it('catches a comma-only grant as format, and the required scope as granted', async () => {
    const f = await catches('scope.format', paste({ scope: 'read:orders,delete:orders' }), need('delete:orders'));
    expect(f.args).toMatchObject({ problem: 'comma-separated' });
  });

  it.each([
    ['a space-separated scope string', { scope: 'read:orders write:orders' }],
    ["an scp array (Okta's and Entra's own shape)", { scp: ['read:orders', 'write:orders'] }],
    ['a roles array', { roles: ['admin', 'user'] }],
    ['no grants', {}],
  ])('does not catch %s', async (_name, grants) => {
    await catchesNot('scope.format', paste(grants));
  });
});
