/**
 * Round review-30: the reports this stop's rounds changed, read as an on-call engineer would. A product whose CAPTCHA
 * lock answers 403 by design does not make every 403 of that product its design (Jira and Confluence answer a refused
 * token with 401); a library or an envelope is named as its makers write it (Mojo::JWT, GraphQL).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

// pycontribs/jira#733: Seraph's CAPTCHA lock, its own 403.
const JIRA_CAPTCHA_403 =
  'jira.exceptions.JIRAError: JiraError HTTP 403 url: https://jira.example.com/rest/api/2/serverInfo\ntext: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp';
// GothenburgBitFactory/bugwarrior#689, pycontribs/jira#1627: a token Seraph checked and refused is a 401 with
// AUTHENTICATED_FAILED; the same refusal on a 403 is the contradiction findings.md names.
const JIRA_FAILED_403 =
  'GET /rest/api/2/myself HTTP/1.1\nHost: jira.example.com\nAuthorization: Bearer NjQ1MjM0NTY3ODkwOkFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla\n\nHTTP/1.1 403 Forbidden\nX-Seraph-LoginReason: AUTHENTICATED_FAILED\nX-AUSERNAME: anonymous';
const CONFLUENCE_FAILED_403 =
  'GET https://confluence.example.com/rest/api/content HTTP/1.1\nAuthorization: Bearer NjQ1MjM0NTY3ODkwOkFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla\n\nHTTP/1.1 403 Forbidden\nX-Seraph-LoginReason: AUTHENTICATED_FAILED';
// goauthentik/authentik authentik/api/authentication.py: TokenAuthentication has no authenticate_header, so Django REST
// framework answers every refusal, the missing token's too, with 403.
const AUTHENTIK_403 = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"detail":"Token invalid/expired"}';

describe('a product’s 403 by design is the refusal it answers with 403, not every 403 it sends', () => {
  it('catches not: Seraph’s CAPTCHA lock at 403 raises no status.mismatch (Jira answers it so)', async () => {
    await catches('challenge.invalid-token', JIRA_CAPTCHA_403);
    await catchesNot('status.mismatch', JIRA_CAPTCHA_403);
  });
  it('catches: AUTHENTICATED_FAILED at 403 is still the contradiction (Jira answers a refused token with 401)', async () => {
    const f = await catches('challenge.invalid-token', JIRA_FAILED_403);
    expect(f.args).toMatchObject({ via: 'jira' });
    const m = await catches('status.mismatch', JIRA_FAILED_403);
    expect(m.args).toMatchObject({ status: 403, because: 'challenge.invalid-token' });
  });
  it('catches: the same for Confluence', async () => {
    const f = await catches('challenge.invalid-token', CONFLUENCE_FAILED_403);
    expect(f.args).toMatchObject({ via: 'confluence' });
    await catches('status.mismatch', CONFLUENCE_FAILED_403);
  });
  it('catches not: authentik, whose API answers every refusal with 403, keeps its design', async () => {
    await catches('challenge.invalid-token', AUTHENTIK_403);
    await catchesNot('status.mismatch', AUTHENTIK_403);
  });
});

describe('a library or an envelope is named as its makers write it', () => {
  it('catches: Mojo::JWT’s refusal reads "(Mojo::JWT)", not its id (en and ja)', async () => {
    // jberger/Mojo-JWT lib/Mojo/JWT.pm: decode croaks 'Failed HS validation' for an HMAC signature that does not match.
    const input =
      '[2026-05-28 14:09:58.41235] [81234] [error] Failed HS validation at /app/lib/Orders/Controller/Auth.pm line 27.';
    const f = await catches('signature.invalid', input);
    expect(f.args).toMatchObject({ via: 'mojo-jwt' });
    expect(f.detail).toContain('(Mojo::JWT)');
    expect(f.detail).not.toContain('mojo-jwt');
    const ja = await catches('signature.invalid', input, { locale: 'ja' });
    expect(ja.detail).toContain('Mojo::JWT');
  });
  it('catches: a GraphQL envelope’s refusal reads "(GraphQL)" (en and ja)', async () => {
    const input = '{"errors":[{"message":"Forbidden","extensions":{"code":"FORBIDDEN"}}],"data":null}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'graphql' });
    expect(f.detail).toContain('(GraphQL)');
    const ja = await catches('policy.deny', input, { locale: 'ja' });
    expect(ja.detail).toContain('GraphQL');
    expect(ja.detail).not.toMatch(/\bgraphql\b/);
  });
  it('catches not: a library whose id is its package name keeps it (lua-resty-jwt)', async () => {
    const f = await catches(
      'signature.invalid',
      'HTTP/1.1 401 Unauthorized\nServer: APISIX/2.6\n\n{"message":"signature mismatch: dKrY5qiElSz6wofMt07epGnU18rAhOv29tbIpW3-yCj"}',
    );
    expect(f.detail).toContain('(lua-resty-jwt)');
  });
});

describe('a masked credential of a tool that judges only its own tokens gets no "paste its claims" step', () => {
  // nextcloud/server#12665 (round audit-ak): OCS 997 to a request whose Bearer value is a placeholder.
  const NEXTCLOUD_997 =
    'curl -H \'Authorization: Bearer <CODE>\' https://cloud.example.com/ocs/v2.php/cloud/user?format=json\n{"ocs":{"data":[],"meta":{"message":"Current user is not logged in","status":"failure","statuscode":997}}}';
  it('catches: Nextcloud’s OCS 997 beside a masked Bearer value asks for an app password, not the token’s claims', async () => {
    const f = await catches('input.masked', NEXTCLOUD_997);
    expect(f.args).toMatchObject({ what: 'token', notJwt: true });
    const r = await run(NEXTCLOUD_997);
    expect(r.nextSteps.join(' ')).toContain('app password');
    expect(r.nextSteps.join(' ')).not.toContain('header.payload.***');
    expect(r.nextSteps.join(' ')).not.toMatch(/paste the token/i);
  });
  it('catches not: a masked token refused by a JWT verifier keeps the step', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\nAuthorization: Bearer ********',
    );
    // Round sample-31 gives the claims step once: "paste the token (signature masked)", no second header.payload.*** one.
    expect(r.nextSteps.join(' ')).toMatch(/paste the token \(signature masked\)/);
  });
});

describe('the line that carries the 403 states its own denial: another line’s refusal is another request’s', () => {
  // goauthentik/authentik#893 (round audit-ak, its paste 29 left partly): two requests in one Portainer log, a token refused at 401 and an OAuth user not
  // provisioned at 403.
  const PORTAINER_LOG =
    '2021/05/18 05:51:31 http error: Invalid JWT token (err=Invalid JWT token) (code=401),\n2021/05/18 12:30:49 http error: Account not created beforehand in Portainer and automatic user provisioning not enabled (err=Unauthorized) (code=403),';
  it('catches: the 403 line’s policy denial classifies, with no status.mismatch from the 401 line', async () => {
    await catches('policy.deny', PORTAINER_LOG);
    await catches('challenge.invalid-token', PORTAINER_LOG);
    const r = await catchesNot('status.mismatch', PORTAINER_LOG);
    expect(r.classification).toBe('authorization');
  });
  it('catches not: invalid_token in the 403’s own challenge beside a body’s RBAC denial is still the contradiction', async () => {
    const input =
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token", error_description="Jwt is expired"\ncontent-type: text/plain\n\nRBAC: access denied';
    await catches('policy.deny', input);
    await catches('status.mismatch', input);
  });
  it('catches not: a token refused on the 403 line itself keeps the mismatch', async () => {
    await catches(
      'status.mismatch',
      '2021/05/18 05:51:31 http error: Invalid JWT token (err=Invalid JWT token) (code=403),',
    );
  });
});

describe('a product’s refusal in its own words is not said to be "invalid_token"', () => {
  // goauthentik/authentik#11454 (round audit-al): the outpost's log, which says 403 Forbidden, not invalid_token.
  const AUTHENTIK_OUTPOST =
    'level=error event="Failed to fetch outpost configuration, retrying in 3 seconds" error="403 Forbidden" logger=authentik.outpost.ak-api-controller';
  it('catches: "authentik refused the token with only a generic reason", not "authentik reports invalid_token" (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', AUTHENTIK_OUTPOST);
    expect(f.args).toMatchObject({ via: 'authentik', genericReason: true });
    expect(f.detail).toContain('authentik refused the token with only a generic reason');
    expect(f.detail).not.toContain('reports invalid_token');
    const ja = await catches('challenge.invalid-token', AUTHENTIK_OUTPOST, { locale: 'ja' });
    expect(ja.detail).toContain('authentik がトークンを拒否しました');
    expect(ja.detail).not.toContain('invalid_token');
  });
  it('catches not: an RFC 6750 error the server stated keeps its name', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
    expect(f.detail).toContain('invalid_token');
  });
  it('catches not: a reply body’s bare invalid_token keeps "The response body reports invalid_token"', async () => {
    const f = await catches('challenge.invalid-token', 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_token"}');
    expect(f.detail).toContain('reports invalid_token');
  });
});
