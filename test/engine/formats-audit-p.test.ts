/**
 * Round audit-p: token endpoints read as the on-call engineer reads them. A refresh the token endpoint refused is the
 * client's refresh failing, not an access token revoked (whose step is "use the refresh token"); a description cut by
 * the paste, or longer than 400 characters, is still read, so the error code beside it does not speak for it.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const REFRESH_STEP = 'Sign in again (az login, the application’s own login) to get a new refresh token.';
const USE_REFRESH =
  'Sign in again or use the refresh token to get a new token; if revocation was unexpected, check the session or grant in the identity provider.';

describe('an invalid_grant that refused a refresh token', () => {
  it('catches a body whose description names the refresh token (Auth0’s words)', async () => {
    const input = [
      'POST /oauth/token HTTP/1.1',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}',
    ].join('\n');
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ refreshToken: true });
    const report = await run(input);
    expect(report.nextSteps).toContain(REFRESH_STEP);
    expect(report.nextSteps).not.toContain(USE_REFRESH);
  });

  it('catches Spring’s print of a refresh refused (Keycloak’s "Invalid refresh token")', async () => {
    const input =
      'org.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [{"error":"invalid_grant","error_description":"Invalid refresh token"}]';
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ refreshToken: true });
  });

  it('catches a bare invalid_grant beside the request’s grant_type=refresh_token', async () => {
    const input = [
      '$ curl -s https://auth.acme-corp.com/oauth/token -d grant_type=refresh_token -d refresh_token=$RT',
      '{"error":"invalid_grant"}',
    ].join('\n');
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ refreshToken: true });
  });

  it('catches golang.org/x/oauth2’s print of Google’s refresh refusal', async () => {
    const input =
      'rpc error: code = Unauthenticated desc = transport: per-RPC creds failed due to error: oauth2: "invalid_grant" "Token has been expired or revoked."';
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ via: 'golang-oauth2', refreshToken: true });
  });

  it('does not read a bare invalid_grant (no refresh named) as a refresh refused', async () => {
    const f = await catches('token.revoked', '{"error":"invalid_grant","error_description":"Token is not active"}');
    expect(f.args).not.toHaveProperty('refreshToken');
    const go = await catches('token.revoked', 'oauth2: "invalid_grant" "Invalid JWT Signature."');
    expect(go.args).not.toHaveProperty('refreshToken');
  });

  it('does not read an authorization code refused (Keycloak’s "Code not valid") as a refresh', async () => {
    const report = await catchesNot(
      'token.revoked',
      '{"error":"invalid_grant","error_description":"Code not valid"} grant_type=authorization_code',
    );
    expect(report.findings.some((f) => f.code === 'oauth.invalid-code')).toBe(true);
  });
});
