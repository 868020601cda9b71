/**
 * Round left-o: a silent token request the identity provider will not answer without the user (OIDC Core 1.0
 * §3.1.2.6's login_required / consent_required / account_selection_required / interaction_required, Entra ID's
 * AADSTS50058 / AADSTS65001 / AADSTS50076 / AADSTS50079, MSAL's InteractionRequiredAuthError, Auth0's Failed Silent Auth
 * log) is oauth.interaction-required; prose about logging in, and the codes inside other words, are not.
 */
import { describe, expect, it } from 'vitest';
import { normalizePaste } from '../../src/engine/normalize.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

const codes = async (input: string) => (await run(input)).findings.map((f) => f.code);

describe('oauth.interaction-required: a silent request that needs the user', () => {
  it('catches: MSAL 1.x InteractionRequiredAuthError with AADSTS50058 (AzureAD/microsoft-authentication-library-for-js#1560)', async () => {
    const f = await catches(
      'oauth.interaction-required',
      [
        'InteractionRequiredAuthError: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
        'Trace ID: 3c1f0a9e-2b7d-4e51-9a0c-5d8e7f6a1b22',
        '    at new InteractionRequiredAuthError (http://localhost:3000/static/js/1.chunk.js:147097:24)',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'entra-id', reason: 'login', provider: 'entra-id' });
    expect(f.severity).toBe('error');
  });
  it('catches: msal-browser with login_required before the code (#5148), once', async () => {
    const r = await run(
      "InteractionRequiredAuthError: login_required: AADSTS50058: A silent sign-in request was sent but no user is signed in. The cookies used to represent the user's session were not sent in the request to Azure AD.",
    );
    expect(r.findings.filter((f) => f.code === 'oauth.interaction-required')).toHaveLength(1);
    expect(r.classification).toBe('authentication');
  });
  it('catches: AADSTS65001 under invalid_grant is consent, not a revoked token (Intility/fastapi-azure-auth#177)', async () => {
    const input =
      '{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID \'5f2a9c1e-0b3d-4e7a-9c21-8d6e4f1a2b3c\'. Send an interactive authorization request for this user and resource."}';
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'consent', provider: 'entra-id' });
    await catchesNot('token.revoked', input);
  });
  it('catches: ADAL failed_to_acquire_token_silently with AADSTS65001', async () => {
    const f = await catches(
      'oauth.interaction-required',
      "Error code: failed_to_acquire_token_silently\nmesasge: AADSTS65001: The user or administrator has not consented to use the application with ID '5f2a9c1e'. Send an interactive authorization request for this user and resource.",
    );
    expect(f.args).toMatchObject({ reason: 'consent' });
  });
  it('catches: AADSTS50076 and AADSTS50079 are MFA (Azure/ms-rest-nodeauth#93; learn.microsoft.com OBO page)', async () => {
    for (const code of ['50076', '50079']) {
      const f = await catches(
        'oauth.interaction-required',
        `{"error":"interaction_required","error_description":"AADSTS${code}: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'."}`,
      );
      expect(f.args).toMatchObject({ reason: 'mfa', provider: 'entra-id' });
    }
  });
  it('catches: a bare OIDC error body', async () => {
    const f = await catches(
      'oauth.interaction-required',
      '{"error":"consent_required","error_description":"Consent required"}',
    );
    expect(f.args).toMatchObject({ reason: 'consent', provider: null });
    const g = await catches('oauth.interaction-required', '{"error":"account_selection_required"}');
    expect(g.args).toMatchObject({ reason: 'account-selection' });
  });
  it('catches: auth0-spa-js’s error printed in the console', async () => {
    const f = await catches(
      'oauth.interaction-required',
      "Error: Login required\n    at new GenericError { error: 'login_required', error_description: 'Login required' }",
    );
    expect(f.args).toMatchObject({ reason: 'login' });
  });
  it('catches: the redirect’s fragment with an encoded AADSTS50058 (microsoft/service-fabric-explorer#148)', async () => {
    const f = await catches(
      'oauth.interaction-required',
      'https://app.example.com/#error=login_required&error_description=AADSTS50058%3a+A+silent+sign-in+request+was+sent+but+no+user+is+signed+in.&state=5c87e4ca',
    );
    expect(f.args).toMatchObject({ reason: 'login', provider: 'entra-id' });
  });
  it('catches: an encoded AADSTS50076 in a query is MFA', async () => {
    const f = await catches(
      'oauth.interaction-required',
      'https://app.example.com/cb?error=interaction_required&error_description=AADSTS50076%3a+Due+to+a+configuration+change',
    );
    expect(f.args).toMatchObject({ reason: 'mfa' });
  });
  it('catches: Auth0’s Failed Silent Auth log (auth0.com/docs/tenant-logs/auth-silent-auth-fail/fsa)', async () => {
    const f = await catches(
      'oauth.interaction-required',
      '{"type": "fsa", "description": "Consent required", "details": {"qs": {"prompt": "none"}, "error": {"message": "Consent required", "oauthError": "consent_required", "type": "oauth-authorization"}}}',
    );
    expect(f.args).toMatchObject({ via: 'auth0', reason: 'consent', provider: 'auth0' });
  });
  it('catches: MSAL’s class alone, with its code after it', async () => {
    const f = await catches(
      'oauth.interaction-required',
      'InteractionRequiredAuthError: interaction_required: the user must complete the flow',
    );
    expect(f.args).toMatchObject({ via: 'msal', reason: 'interaction', provider: 'entra-id' });
  });
});

describe('oauth.interaction-required: near-misses', () => {
  it('catches not: prose about logging in', async () => {
    await catchesNot('oauth.interaction-required', 'The user has to log in again; login is required before consent.');
    await catchesNot('oauth.interaction-required', 'We get login_required sometimes when the user is not logged in.');
  });
  it('catches not: the codes inside other words', async () => {
    expect(await codes('{"error":"user_interaction_required_flag"}')).not.toContain('oauth.interaction-required');
    expect(await codes('?error=xconsent_required')).not.toContain('oauth.interaction-required');
    expect(await codes('const interactionRequiredAuthError = handle(e);')).not.toContain('oauth.interaction-required');
  });
  it('catches not: an Auth0 log with another oauthError', async () => {
    await catchesNot('oauth.interaction-required', '{"type":"f","details":{"error":{"oauthError":"access_denied"}}}');
  });
  it('catches not: an AADSTS code other than these', async () => {
    await catchesNot(
      'oauth.interaction-required',
      'AADSTS50011: The redirect URI specified in the request does not match',
    );
  });
});

describe('a JSON log in a CSV export’s quoted cell (CloudWatch Logs Insights, audit-hh paste 36)', () => {
  const CSV = [
    '@timestamp,@message',
    '2026-05-28 14:09:58.186,"{""level"":""warn"",""time"":""2026-05-28T14:09:58.186Z"",""msg"":""unauthorized"",""err"":{""type"":""TokenExpiredError"",""message"":""jwt expired""},""res"":{""statusCode"":401}}"',
  ].join('\n');
  it('catches: the status inside the doubled quotes (RFC 4180 §2 rule 7)', async () => {
    const r = await run(CSV);
    expect(r.status).toBe(401);
    expect(r.findings.map((f) => f.code)).toContain('time.expired');
  });
  it('catches: a cell that opens its line, and one before another cell', async () => {
    expect((await run('"{""res"":{""statusCode"":403},""msg"":""forbidden""}",i-0abc')).status).toBe(403);
  });
  it('catches not: a quoted cell that holds no JSON object keeps its quotes', () => {
    const text = '"plain ""quoted"" cell",x\nid,"{ ""a"" }"';
    expect(normalizePaste(text)).toBe(text);
  });
  it('catches not: "{"" inside a word, not at a cell’s start', () => {
    const text = 'x"{""a"":1}"';
    expect(normalizePaste(text)).toBe(text);
  });
});

describe('PostgREST’s "JWSError JWSInvalidSignature" quoted whole in prose (audit-gg paste 13)', () => {
  it('catches: in double quotes after the status it came with', async () => {
    const f = await catches(
      'signature.invalid',
      'All my authenticated requests are 401ing with: "JWSError JWSInvalidSignature". It was working and I have not changed anything that would affect this.',
    );
    expect(f.args).toMatchObject({ via: 'postgrest' });
    await catchesNot(
      'token.missing',
      'All my authenticated requests are 401ing with: "JWSError JWSInvalidSignature". It was working.',
    );
  });
  it('catches: in backticks', async () => {
    await catches('signature.invalid', 'Every call fails with `JWSError JWSInvalidSignature` since the rename.');
  });
  it('catches not: unquoted, or quoted with other words in the quote', async () => {
    await catchesNot(
      'signature.invalid',
      'All my requests are 401ing with JWSError JWSInvalidSignature since yesterday.',
    );
    await catchesNot('signature.invalid', 'Why would "JWSError JWSInvalidSignature happen" after a rename? 401');
    await catchesNot('signature.invalid', "Is 'JWSError JWSInvalidSignature' the anon key's fault?");
  });
});

describe('Docker’s credential helper failed, so nothing was sent (audit-gg paste 24)', () => {
  it('catches: docker-compose’s CalledProcessError under Harbor’s unauthorized', async () => {
    const f = await catches(
      'token.missing',
      [
        'docker pull harbor.mycompany.com/project/foo',
        'Error response from daemon: unauthorized: unauthorized to access repository: project/foo, action: pull: unauthorized to access repository: project/foo, action: pull',
        '',
        'Pulling foo (harbor.mycompany.com/project/foo:1.0.1.40141)...',
        "subprocess.CalledProcessError: Command '['docker-credential-pass', 'get']' returned non-zero exit status 1.",
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'docker', unobtained: true, credentials: 'credential-helper' });
  });
  it('catches: the CLI’s "error getting credentials" (docker-credential-helpers client/client.go)', async () => {
    const f = await catches(
      'token.missing',
      'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
    );
    expect(f.args).toMatchObject({ credentials: 'credential-helper' });
  });
  it('catches: docker-py’s StoreError', async () => {
    const f = await catches(
      'token.missing',
      'docker.credentials.errors.StoreError: Credentials store docker-credential-osxkeychain exited with "User interaction is not allowed.".',
    );
    expect(f.args).toMatchObject({ credentials: 'credential-helper' });
  });
  it('catches not: another command’s exit status, or the words in prose', async () => {
    await catchesNot(
      'token.missing',
      "subprocess.CalledProcessError: Command '['git', 'get']' returned non-zero exit status 1.",
    );
    await catchesNot('token.missing', 'How do I stop error getting credentials from appearing in my docs?');
    await catchesNot('token.missing', 'The credentials store docker-credential-pass is what we use.');
  });
});
