/**
 * Round left-aa: readings the audits left (a refresh's 400 invalid_grant told in prose, Kuma's gateway named from its
 * Server header, …). Each row cites the source of its shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the writer’s "the token refresh fails with 400 invalid_grant": the token endpoint refused the refresh token', () => {
  // RFC 6749 §5.2: the token endpoint answers invalid_grant with 400 ("The provided authorization grant … or refresh
  // token is invalid, expired, revoked …"); the same words as an issue's first lines (DuendeArchive/IdentityServer4#1784:
  // "refresh token seems to fail with invalid_grant").
  it('catches: the refresh named, the 400 and the code after it, en and ja', async () => {
    for (const paste of [
      'After an hour the token refresh fails with 400 invalid_grant and users are logged out.',
      'refreshing the access token returns 400 invalid_grant since yesterday',
      'The refresh_token request now gets HTTP 400 - invalid_grant',
    ]) {
      const f = await catches('token.revoked', paste);
      expect(f.args).toMatchObject({ refreshToken: true });
    }
    const ja = await catches('token.revoked', 'トークンのリフレッシュで400 invalid_grant が返ります', { locale: 'ja' });
    expect(ja.args).toMatchObject({ refreshToken: true });
  });

  it('catches not: a 400 beside an API’s code, a question or a condition, a 400 with no code', async () => {
    await catchesNot('token.revoked', 'The API returns 400 invalid_token');
    await catchesNot('token.revoked', 'if the refresh fails with 400 invalid_grant, should we sign in again?');
    await catchesNot('token.revoked', 'The token refresh request returns 400 Bad Request.');
    await catchesNot('token.revoked', 'status 4000 invalid_grant_type_foo');
  });

  it('catches: an invalid_grant whose line names the token refresh says the refresh token was refused', async () => {
    const f = await catches('token.revoked', 'our token refresh seems to fail with invalid_grant');
    expect(f.args).toMatchObject({ refreshToken: true });
  });
});

describe('Kuma’s gateway is named from its Server header, not as Envoy', () => {
  // Kuma's built-in gateway sets server_name "Kuma Gateway" (kumahq/kuma pkg/plugins/runtime/gateway:
  // envoy_listeners.ServerHeader("Kuma Gateway")); the reply as kumahq/kuma-website#2322 shows it.
  const kuma =
    '< HTTP/1.1 403 Forbidden\n< content-length: 19\n< content-type: text/plain\n< server: Kuma Gateway\n< x-envoy-upstream-service-time: 24\n<\nRBAC: access denied';

  it('catches: server: Kuma Gateway with Envoy’s RBAC denial', async () => {
    const f = await catches('proxy.gateway-response', kuma);
    expect(f.args).toMatchObject({ product: 'Kuma', policyDenial: true });
    expect(f.title).toContain('Kuma');
    expect((await catches('policy.deny', kuma)).args).toMatchObject({ mesh: 'kuma' });
  });

  it('catches not: server: envoy stays Envoy; a request header naming Kuma names nothing', async () => {
    const envoy = kuma.replace('server: Kuma Gateway', 'server: envoy');
    expect((await catches('proxy.gateway-response', envoy)).args.product).toBe('Envoy');
    const asked = `> GET /api HTTP/1.1\n> server: Kuma Gateway\n>\n${kuma.replace('< server: Kuma Gateway\n', '')}`;
    const r = await run(asked);
    expect(r.findings.find((f) => f.code === 'proxy.gateway-response')?.args.product).toBe('Envoy');
  });
});
