/**
 * RFC 6750 / RFC 6749 error codes stated outside a body or a challenge (parse/logged-errors.ts): a log line's field,
 * and the writer's own report of the status and code together.
 */
import { describe, expect, it } from 'vitest';
import { readLoggedErrors } from '../../src/engine/parse/logged-errors.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

const TOKEN_SCOPES = '{"sub":"auth0|65f1c2","aud":"https://api.example.com","scope":"openid profile read:orders"}';

describe('an OAuth error code in a log line’s field', () => {
  it('catches: logfmt error=insufficient_scope with the scope it needs', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      'level=warn ts=2026-05-28T14:09:58Z msg="auth failed" error=insufficient_scope scope=write:orders',
    );
    expect(f.args).toMatchObject({ scope: 'write:orders', description: null });
    expect((f.args as { via?: string }).via).toBeUndefined();
  });

  it('catches: the scope it needs, against the pasted token’s scopes', async () => {
    const report = await run(`error=insufficient_scope scope="write:orders"\n${TOKEN_SCOPES}`);
    const f = report.findings.find((x) => x.code === 'scope.insufficient');
    expect(f?.args).toMatchObject({ missing: ['write:orders'] });
  });

  it('catches: logfmt error=invalid_token with its description, which names the expiry', async () => {
    const input = 'time="2026-05-28T14:09:58Z" level=info error=invalid_token error_description="Token expired"';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ description: 'Token expired' });
    await catches('time.expired', input);
  });

  it('catches: `error: insufficient_scope` and `OAuth error: invalid_grant`', async () => {
    await catches('challenge.insufficient-scope', 'error: insufficient_scope (required scope: write:orders)');
    const f = await catches('token.revoked', 'OAuth error: invalid_grant');
    // The error code is what was said, not who said it (round "left-w").
    expect(f.args.via).toBeUndefined();
  });

  it('catches: a challenge’s value copied without its field name', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    );
    expect(f.args).toMatchObject({ description: 'The access token expired' });
    const g = await catches('challenge.insufficient-scope', 'Bearer error="insufficient_scope", scope="write:orders"');
    expect(g.args).toMatchObject({ scope: 'write:orders' });
  });

  it('catches: a challenge under a misspelt field name, which is no missing challenge', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\nWWW-Autheticate: Bearer error="invalid_token"\n';
    await catches('challenge.invalid-token', input);
    await catchesNot('challenge.missing', input);
    await catches('challenge.missing', 'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nerror=invalid_token');
  });

  it('catches: a challenge’s parameters wrapped onto lines of their own', async () => {
    const input =
      'HTTP/2 403\nwww-authenticate: Bearer \nerror="insufficient_scope\n", error_description="The request requires higher privileges"';
    await catches('challenge.insufficient-scope', input);
  });

  it('catches not: an object literal in code (`res.status(401).json({ error: … })`)', async () => {
    await catchesNot(
      'challenge.invalid-token',
      "res.status(401).json({ error: 'invalid_token', error_description: 'Token expired' })",
    );
  });

  it('catches not: another key (`reason=invalid_token_type`, `my_error=invalid_token`)', async () => {
    await catchesNot('challenge.invalid-token', 'reason=invalid_token_type');
    await catchesNot('challenge.invalid-token', 'my_error=invalid_token');
  });
});

describe('the writer’s report of the status and code together', () => {
  it('catches: "API says 403 insufficient_scope" over "a policy denies it"', async () => {
    const report = await run(`${TOKEN_SCOPES}\nAPI says 403 insufficient_scope, we need write:orders`);
    expect(report.findings[0]?.code).toBe('challenge.insufficient-scope');
    expect(report.findings.map((f) => f.code)).not.toContain('policy.deny');
  });

  it('catches: `HTTP 401: invalid_token`, `401 Unauthorized - invalid_token`, `403 with insufficient_scope.`', async () => {
    await catches('challenge.invalid-token', 'HTTP 401: invalid_token');
    await catches('challenge.invalid-token', 'got 401 Unauthorized - invalid_token');
    await catches('challenge.insufficient-scope', 'the API returns 403 with insufficient_scope.');
  });

  it('catches: the code alone on a line', async () => {
    await catches('challenge.insufficient-scope', '`insufficient_scope`');
  });

  it('catches not: a question, or a guess far from the status', async () => {
    await catchesNot('challenge.insufficient-scope', 'is it 403 insufficient_scope?');
    await catchesNot(
      'challenge.step-up',
      'we get a 401 and I think the API wants insufficient_user_authentication handling',
    );
  });

  it('catches not: a code in a URL, a longer name, or prose without a status', async () => {
    await catchesNot('challenge.invalid-token', 'see https://example.com/docs/invalid_token for details');
    await catchesNot('challenge.invalid-token', 'if the token is bad the server returns invalid_token');
    await catchesNot('challenge.invalid-token', 'keymanagement.service.invalid_token_x');
  });
});

describe('readLoggedErrors', () => {
  const codes = new Set(['invalid_token', 'insufficient_scope', 'invalid_client']);
  const form = new Set(['invalid_client']);

  it('leaves a form-encoded token endpoint error and a printed challenge to their readers', () => {
    expect(readLoggedErrors('msg="refused" error=invalid_client', [], codes, form)).toEqual([]);
    expect(readLoggedErrors('WWW-Authenticate: Bearer error="invalid_token"', [], codes, form)).toEqual([]);
  });

  it('reads a quoted description with escapes, and spans it', () => {
    const text = 'error="invalid_token" error_description="bad \\"kid\\""';
    const [e] = readLoggedErrors(text, [], codes, form);
    expect(e).toMatchObject({ kind: 'invalid_token', description: 'bad "kid"', start: 0, end: text.length });
  });
});
