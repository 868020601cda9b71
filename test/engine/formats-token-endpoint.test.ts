/**
 * The token endpoint refusing the client itself (oauth.invalid-client, a project code; docs/codes/oauth.invalid-client.md):
 * RFC 6749 §5.2's `invalid_client` body, and Entra ID's AADSTS7000215 (invalid client secret) and AADSTS7000222 (the
 * client secret expired) as Terraform's azurerm provider, the Go oauth2 package and MSAL print them (public issue
 * threads; parse/verifier-messages/federation.ts names them). A request that obtains a token is missing no bearer header
 * (docs/findings.md). The last rows hold the same words where they state nothing.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/index.js';
import { NOW } from '../helpers/catches.js';
import { QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const NOT_A_TOKEN_PROBLEM = ['token.missing', 'authz-header.missing', 'token.revoked'] as const;

const ROWS: Row[] = [
  {
    name: 'curl to a token endpoint: 401 invalid_client, client credentials in the body',
    input: [
      '$ curl -i -X POST https://auth.acme-corp.com/oauth/token -d grant_type=client_credentials -d client_id=orders-api -d client_secret=$SECRET',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_client","error_description":"Client authentication failed"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'response body',
    // The token endpoint answered itself: its missing challenge suggests no intermediary.
    excludes: [...NOT_A_TOKEN_PROBLEM, 'challenge.missing'],
  },
  {
    // hashicorp/terraform-provider-azurerm issues quote this print (the secret's app id changed here).
    name: 'Terraform azurerm: AADSTS7000222, the client secret expired',
    input:
      'Error: building account: could not acquire access token to parse claims: clientCredentialsToken: received HTTP status 401 with response: {"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app \'6b2d1d92-7018-4182-b70e-821127bec509\' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.\\r\\nTrace ID: 1b2c3d4e\\r\\n","error_codes":[7000222]}',
    status: 401,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    name: 'MSAL for Python: AADSTS7000215 in the error dict it prints',
    input:
      "{'error': 'invalid_client', 'error_description': 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \\'832d86c8-cd9b-43a5-b165-ab40fb49770b\\'. Trace ID: 654ce9b2', 'error_codes': [7000215]}",
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'entra-id',
  },
  {
    name: 'quiet: invalid_client in a sentence',
    input: 'we rotated the client secret yesterday, the invalid_client errors should stop now',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    name: 'quiet: a discovery document listing the error codes',
    input:
      '{"issuer":"https://auth.acme-corp.com/","token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"],"errors":["invalid_client","invalid_grant"]}',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
];

describe('oauth.invalid-client: the token endpoint refused the client', () => {
  for (const row of ROWS) it(row.name, () => expectPasteRow(row));

  it('says when the secret expired, and quotes only the first line of a description', async () => {
    const report = await diagnose(ROWS[1]?.input ?? '', { now: NOW });
    const f = report.findings[0];
    expect(f?.args).toMatchObject({ secretExpired: true });
    expect(String(f?.args.description)).not.toMatch(/Trace ID/);
    expect(f?.title).toBe('The client secret has expired');
    const ja = await diagnose(ROWS[1]?.input ?? '', { now: NOW, locale: 'ja' });
    expect(ja.findings[0]?.title).toBe('クライアントシークレットの期限が切れています');
  });
});
