/**
 * Round audit-z: pastes from public issue threads and Japanese write-ups (sources beside each row), read as the on-call
 * engineer reads them. RFC 6749's invalid_client description, as Ory fosite (under Hydra) and Doorkeeper send it, is
 * the client's credentials refused; Basic on a request that sends grant_type is client_secret_basic, not a wrong
 * scheme; BigCommerce's "required scope" 403 is a scope refusal.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot } from '../helpers/catches.js';

describe('a token endpoint refusing the client (RFC 6749 §5.2 invalid_client, in its own words)', () => {
  // appsup-dart/openid_client#69: the Dart client's print of Hydra's answer.
  const dart =
    "Unhandled Exception: OpenIdException(invalid_client): Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). The OAuth 2.0 Client supports client authentication method 'client_secret_basic', but method 'client_secret_post' was requested.";
  // 18F/C2#1581: Doorkeeper's token endpoint, curl -i with the client's Basic credentials.
  const doorkeeper = [
    'curl -i -X POST -H "Authorization: Basic $MY_CREDS" \\',
    "  -d 'grant_type=client_credentials' \\",
    '  https://c2-staging.18f.gov/oauth/token',
    '',
    'HTTP/1.1 401 Unauthorized',
    'Www-Authenticate: Bearer realm="Doorkeeper", error="invalid_client", error_description="Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."',
    '',
    '{"error":"invalid_client","error_description":"Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."}',
  ].join('\n');

  it('catches: the Dart client’s print of fosite’s invalid_client, no body', async () => {
    const f = await catches('oauth.invalid-client', dart);
    expect(f.args).toMatchObject({ via: 'fosite' });
  });

  it('catches: Doorkeeper’s refusal of a client_secret_basic request', async () => {
    await catches('oauth.invalid-client', doorkeeper);
  });

  it('catches not: Basic on a request that sends grant_type is no wrong scheme', async () => {
    await catchesNot('authz-header.scheme', doorkeeper);
  });

  it('catches: Basic to an API that takes Bearer still is a wrong scheme', async () => {
    await catches(
      'authz-header.scheme',
      'GET /api/orders HTTP/1.1\nAuthorization: Basic dXNlcjpwYXNz\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
  });

  it('catches not: prose about client authentication', async () => {
    await catchesNot(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\n\nclient authentication failed earlier, but I fixed the secret; now the API says 401',
    );
  });
});

describe('BigCommerce’s "required scope" 403', () => {
  // openillumi.com/bigcommerce-api-403-uri-fix (Japanese write-up of the Postman case).
  const ja =
    'PostmanでBigcommerce APIにリクエストを送る際、正しい認証ヘッダーを設定しているにもかかわらず、以下の403エラーが返される。\n{ "status": 403, "title": "You don\'t have a required scope to access the endpoint", "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes", "errors": {} }';

  it('catches: the token’s grants fall short', async () => {
    const f = await catches('scope.insufficient', ja);
    expect(f.args).toMatchObject({ via: 'bigcommerce' });
  });

  it('catches not: a sentence about scopes', async () => {
    await catchesNot(
      'scope.insufficient',
      'HTTP/1.1 403 Forbidden\n\nthe docs list the required scope to access the endpoint',
    );
  });
});

describe('curl -v to a token endpoint, client credentials in -u with shell variables', () => {
  // authlib/example-oauth2-server#50: the variables were not set, so curl sent `Basic Og==` (":"), and Authlib answered
  // invalid_client in a Basic challenge (RFC 6749 §5.2: the challenge uses the client's own scheme).
  const verbose = [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the pasted shell variables are the point
    '$ curl -u ${client_id}:${client_secret} -XPOST http://127.0.0.1:5000/oauth/token -F grant_type=password -F username=${username} -F password=valid -F scope=profile',
    "* Server auth using Basic with user ''",
    '> POST /oauth/token HTTP/1.1',
    '> Host: 127.0.0.1:5000',
    '> Authorization: Basic Og==',
    '> User-Agent: curl/7.54.0',
    '>',
    '< HTTP/1.0 401 UNAUTHORIZED',
    '< Content-Type: application/json',
    '< WWW-Authenticate: Basic error="invalid_client", error_description=""',
    '<',
    '{"error": "invalid_client"}',
  ].join('\n');

  it('catches: the Basic challenge’s invalid_client is the client refused', async () => {
    await catches('oauth.invalid-client', verbose);
  });

  it('catches not: the command line and curl -v’s line are one header, not two', async () => {
    const report = await catchesNot('authz-header.format', verbose);
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.scheme');
  });

  it('catches not: a Basic realm without an error says nothing of a client', async () => {
    await catchesNot(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="registry"\n\n{"errors":[{"code":"UNAUTHORIZED"}]}',
    );
  });

  it('catches: curl -u with literal credentials still sends their Basic header', async () => {
    await catches(
      'authz-header.scheme',
      'curl -u alice:secret https://api.example.com/orders\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
  });
});
