/**
 * Round audit-p: token endpoints read as the on-call engineer reads them. A refresh the token endpoint refused is the
 * client's refresh failing, not an access token revoked (whose step is "use the refresh token"); a description cut by
 * the paste, or longer than 400 characters, is still read, so the error code beside it does not speak for it.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const REFRESH_STEP = 'Sign in again (the application’s own login) to get a new refresh token.';
const USE_REFRESH =
  'Sign in again or use the refresh token to get a new token; if revocation was unexpected, check the session or grant in the identity provider.';
/** A token endpoint's exchange refusing a refresh (Auth0's words), as curl -v shows it. */
const REFUSED_REFRESH = [
  'POST /oauth/token HTTP/1.1',
  'Content-Type: application/x-www-form-urlencoded',
  '',
  'HTTP/1.1 400 Bad Request',
  'Content-Type: application/json',
  '',
  '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}',
];

describe('an invalid_grant that refused a refresh token', () => {
  it('catches a body whose description names the refresh token (Auth0’s words)', async () => {
    const input = REFUSED_REFRESH.join('\n');
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

describe('a token endpoint’s description cut short or long', () => {
  it('reads a federation refusal cut at the paste’s end as such, not as a malformed request', async () => {
    const input =
      'msal.exceptions: {"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'. Assertion S';
    await catches('federation.no-match', input);
    await catchesNot('challenge.invalid-request', input);
  });

  it('reads an AADSTS700211 description past 400 characters in a body cut after it: the issuer, not the client secret', async () => {
    const input = `Content: {"error":"invalid_client","error_description":"AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://eastus2.oic.prod-aks.azure.com/7b3f0e2a-1111-4c3e-9a0b-2f4a6c8d0e11/c9e7a1b2-2222-4d5f-8a6b-3c4d5e6f7a8b/'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 93eb6af6-43b5-4b16-ad6e-63cf2a050b00 Correlation ID: 8f043819-8577-46b9-b330-a72e2e114665 Timestamp: 2026-05-28 14:09:58Z","err`;
    await catches('claim.iss-mismatch', input);
    await catchesNot('oauth.invalid-client', input);
  });

  it('reads Keycloak’s "Invalid client or Invalid client credential" cut before its s as the client refused', async () => {
    const input =
      'Caused by: org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized on POST request for "https://auth.acme-corp.com/realms/acme/protocol/openid-connect/token": "{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credential';
    await catches('oauth.invalid-client', input);
    await catchesNot('oauth.unauthorized-client', input);
  });

  it('keeps an error whose cut description names no verifier’s cause', async () => {
    const input = '{"error":"invalid_request","error_description":"Missing parameter: redir';
    await catches('challenge.invalid-request', input);
  });

  it('does not read a description cut before more lines follow as cut at the paste’s end', async () => {
    const input = [
      '{"error":"invalid_client","error_description":"AADSTS70021: No matching federated',
      'next line',
    ].join('\n');
    const report = await run(input);
    expect(report.findings.some((f) => f.code === 'federation.no-match')).toBe(false);
  });
});

describe('Google STS’s invalid_target: the provider name the client sent, not an API’s JWT settings', () => {
  const ANSWER =
    '{"error":"invalid_target","error_description":"The target service indicated by the \\"audience\\" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist."}';

  it('catches google-github-actions/auth’s line and names the provider it shows', async () => {
    const input = `##[error]google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/1067163562451/locations/global/workloadIdentityPools/github-pool/providers/github-provider: ${ANSWER}`;
    const f = await catches('verifier.misconfigured', input);
    expect(f.args).toMatchObject({
      via: 'gcp-sts',
      wifProvider:
        'projects/1067163562451/locations/global/workloadIdentityPools/github-pool/providers/github-provider',
    });
    const report = await run(input);
    expect(report.nextSteps.join('\n')).toContain('workload_identity_provider');
    expect(report.nextSteps.join('\n')).not.toContain('Fix the API’s JWT configuration');
  });

  it('catches the bare answer (gcloud’s print) with no provider shown', async () => {
    const f = await catches('verifier.misconfigured', `ERROR: (gcloud.auth.login) ${ANSWER}`);
    expect(f.args).toMatchObject({ wifProvider: null });
  });

  it('does not give another misconfiguration (no STS words) the provider’s steps', async () => {
    const f = await catches('verifier.misconfigured', 'JsonWebTokenError: secret or public key must be provided');
    expect(f.args).not.toHaveProperty('wifProvider');
  });
});

describe('a 401 told after another response’s headers', () => {
  it('does not say the 401 lacks WWW-Authenticate when only the token endpoint’s 400 shows headers', async () => {
    const input = [...REFUSED_REFRESH, '', 'so the app keeps the old token, and GET /v1/orders → 401'].join('\n');
    const report = await catchesNot('challenge.missing', input);
    expect(report.status).toBe(401);
  });

  it('catches a 401 whose own headers show no challenge', async () => {
    const input = [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json',
      '',
      'then the API:',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      'Content-Length: 0',
    ].join('\n');
    await catches('challenge.missing', input);
  });

  it('catches a 401 with headers, its status said again in prose after them', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      'Content-Length: 0',
      '',
      'every call gets this 401',
    ].join('\n');
    await catches('challenge.missing', input);
  });
});
