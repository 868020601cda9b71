/**
 * Round audit-oo: this stop's last merges read as the on-call engineer would. A gRPC status's details are the
 * server's own words, which may well name a cause ("account password has changed"): the report quotes them and does
 * not call them generic. An interaction-required "login" is not only a browser's missing session cookie: MSAL Python's
 * suberror bad_token and MSAL Java's login_required come from apps with no iframe.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

describe('gRPC UNAUTHENTICATED details are quoted, not judged', () => {
  it('catches: details that name a cause are not said to name none (corpus #5495), en and ja', async () => {
    for (const paste of [
      '{"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: account password has changed"}',
      'rpc error: code = Unauthenticated desc = invalid token',
      'io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid token',
    ]) {
      const f = await catches('token.missing', paste);
      expect(f.args, paste).toMatchObject({ client: 'grpc', grpcReason: 'generic' });
      expect(f.detail, paste).toContain('with a reason in the server’s own words (the line quoted)');
      expect(f.detail, paste).not.toContain('names no cause');
      const ja = await catches('token.missing', paste, { locale: 'ja' });
      expect(ja.detail).toContain('サーバー独自の言葉');
      expect(ja.detail).not.toContain('原因を示さない');
    }
  });
  it('catches not: no details, a client certificate, a known verifier message keeps its words', async () => {
    expect((await run('Error: 16 UNAUTHENTICATED: ')).findings[0]?.detail).toContain('with no reason');
    const cert = await catches('token.missing', 'Error: 16 UNAUTHENTICATED: mTLS client certificate not presented');
    expect(cert.detail).not.toContain('server’s own words');
    // A known verifier's generic message is still called generic: its words are known to name no cause.
    const pg = await catches(
      'challenge.invalid-token',
      'pq: An error occurred while validating the access token. Please acquire a new token and retry',
    );
    expect(pg.detail).toContain('with only a generic reason');
  });
});

describe('oauth.interaction-required login: not only a browser session cookie', () => {
  it('catches: MSAL Python bad_token and MSAL Java login_required name a session that ended, cookies only for a browser', async () => {
    for (const paste of [
      "{'error': 'interaction_required', 'suberror': 'bad_token', 'error_description': 'The refresh token is no longer usable.'}",
      'com.microsoft.aad.msal4j.MsalInteractionRequiredException: login_required',
    ]) {
      const f = await catches('oauth.interaction-required', paste);
      expect(f.args, paste).toMatchObject({ reason: 'login' });
      expect(f.detail, paste).toContain('refresh token no longer works');
      expect(f.detail, paste).toContain('in a browser, a session whose cookies were not sent');
      expect((await catches('oauth.interaction-required', paste, { locale: 'ja' })).detail).toContain(
        'リフレッシュトークンがもう使えない',
      );
    }
  });
  it('catches not: consent and account selection keep their own reasons', async () => {
    const c = await catches(
      'oauth.interaction-required',
      "{'error': 'interaction_required', 'error_description': 'Consent is needed for this client.', 'suberror': 'consent_required'}",
    );
    expect(c.detail).not.toContain('refresh token');
    const a = await catches('oauth.interaction-required', '{"error":"account_selection_required"}');
    expect(a.detail).not.toContain('cookies');
  });
});
