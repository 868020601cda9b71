/**
 * Round "left-i": two readings the third real-paste audit (audit-z) left. A password grant refused with invalid_grant
 * (cfug/dio#668) is the user's credentials, not a revoked token; Google STS's invalid_request for an `audience` that is
 * no provider's resource name (google-github-actions/auth#211) asks for the provider setting. Sources beside the
 * patterns they rely on (checks/body.ts, parse/http/scan.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}

const DIO_668 = [
  'FlutterのdioでAPIを呼ぶと401になります。Postmanでは同じトークンで成功します。',
  'I/flutter (24000): statusCode: 400',
  'I/flutter (24000): headers:',
  'I/flutter (24000):  cache-control: no-store, no-cache, max-age=0',
  'I/flutter (24000):  content-type: application/json; charset=UTF-8',
  'I/flutter (24000):  server: Kestrel',
  'I/flutter (24000): Response Text:',
  'I/flutter (24000): {"error":"invalid_grant","error_description":"invalid_username_or_password"}',
].join('\n');

const body = (description: string): string =>
  `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n${JSON.stringify({ error: 'invalid_grant', error_description: description })}`;

describe('left-i 1: a refused password grant is the user’s credentials', () => {
  it('IdentityServer’s invalid_username_or_password in a dio log (audit-z 30): the log’s 400, the password grant', async () => {
    const r = await run(DIO_668);
    expect(r.status).toBe(400);
    const f = findingOf(r, 'token.revoked');
    expect(f.args).toMatchObject({ passwordGrant: true });
    expect(f.title).toContain('username or password');
    expect(r.nextSteps.join(' ')).toContain('password grant');
    expect(r.nextSteps.join(' ')).not.toContain('refresh token');
  });

  it.each([
    ['Keycloak', 'Invalid user credentials'],
    ['Auth0', 'Wrong email or password.'],
    ['ASP.NET OAuth template', 'The user name or password is incorrect.'],
    ['Entra ID', 'AADSTS50126: Error validating credentials due to invalid username or password.'],
  ])('%s’s words', async (_product, description) => {
    const r = await run(body(description));
    expect(findingOf(r, 'token.revoked').args).toMatchObject({ passwordGrant: true });
  });

  it('a bare invalid_grant beside a grant_type=password request', async () => {
    const r = await run(
      'curl -X POST https://idp.example.com/oauth/token -d "grant_type=password&username=alice&password=secret&client_id=app"\n{"error":"invalid_grant","error_description":"Bad credentials"}',
    );
    expect(findingOf(r, 'token.revoked').args).toMatchObject({ passwordGrant: true });
  });

  it('in Japanese', async () => {
    const r = await run(body('Invalid user credentials'), { locale: 'ja' });
    expect(findingOf(r, 'token.revoked').title).toContain('パスワード');
  });

  it('not: a refresh token refused stays the refresh reading', async () => {
    const r = await run(body('Invalid refresh token'));
    const f = findingOf(r, 'token.revoked');
    expect(f.args.passwordGrant).toBeUndefined();
    expect(f.args.refreshToken).toBe(true);
  });

  it('not: grant_type=password_reset is no password grant', async () => {
    const r = await run('POST /auth grant_type=password_reset\n{"error":"invalid_grant"}');
    expect(findingOf(r, 'token.revoked').args.passwordGrant).toBeUndefined();
  });

  it('not: a refresh request in a paste that also mentions a password grant reads as the refresh', async () => {
    const r = await run(
      'first grant_type=password worked, then grant_type=refresh_token failed:\n{"error":"invalid_grant","error_description":"Token is not active"}',
    );
    const f = findingOf(r, 'token.revoked');
    expect(f.args.passwordGrant).toBeUndefined();
    expect(f.args.refreshToken).toBe(true);
  });

  it('not: a bare invalid_grant stays revoked', async () => {
    const r = await run(body('Token has been expired or revoked.'));
    expect(findingOf(r, 'token.revoked').args.passwordGrant).toBeUndefined();
  });
});

describe('left-i 1b: Android logcat’s prefix is the log’s, not the line', () => {
  it('a labelled status after I/tag (pid): is the status', async () => {
    const r = await run('I/flutter (24000): statusCode: 401\nI/flutter (24000): {"message":"Unauthorized"}');
    expect(r.status).toBe(401);
  });

  it('not: a path-like word with a parenthesis is no logcat prefix', async () => {
    const r = await run('I/O (read) failed, the API returns 401');
    expect(r.status).toBe(401);
  });
});

const GHA_211 =
  'google-github-actions/auth failed with: retry function failed with 0 attempts: failed to generate Google Cloud federated token for $' +
  '{ secrets.GCP_WORKLOAD_IDENTITY_PROVIDER }: {"error":"invalid_request","error_description":"Invalid value for \\"audience\\". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats."}';

describe('left-i 2: Google STS’s invalid audience asks for the provider’s resource name', () => {
  it('google-github-actions/auth#211 (audit-z 18)', async () => {
    const r = await run(GHA_211);
    const f = findingOf(r, 'challenge.invalid-request');
    expect(f.args).toMatchObject({ stsAudience: true });
    expect(r.nextSteps.join(' ')).toContain('workload_identity_provider');
    expect(r.nextSteps.join(' ')).not.toContain('exactly once');
  });

  it('in Japanese', async () => {
    const r = await run(GHA_211, { locale: 'ja' });
    expect(r.nextSteps.join(' ')).toContain('workload_identity_provider');
  });

  it('not: another invalid_request keeps its step', async () => {
    const r = await run('{"error":"invalid_request","error_description":"Missing parameter: audience"}');
    expect(findingOf(r, 'challenge.invalid-request').args.stsAudience).toBeUndefined();
    expect(r.nextSteps.join(' ')).toContain('exactly once');
  });
});
