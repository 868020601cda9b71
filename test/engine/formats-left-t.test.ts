/**
 * Round left-t: oauth.interaction-required's first step names the interactive call of the MSAL the paste shows (its
 * `msal` arg), and the iframe / third-party-cookie step is given only where a browser may be involved.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, run } from '../helpers/catches.js';

const IFRAME_EN = 'in its iframe';
const IFRAME_JA = 'iframe 内の IdP';

async function textOf(input: string, locale: 'en' | 'ja' = 'en'): Promise<string> {
  return renderText(await run(input, { locale }));
}

describe('oauth.interaction-required: the msal arg and its step', () => {
  it('catches: MSAL Android by its package (audit-oo p04): acquireToken(AcquireTokenParameters), no iframe', async () => {
    const input =
      'com.microsoft.identity.client.exception.MsalUiRequiredException: No cached accounts found for the supplied homeAccountId and clientId';
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ via: 'msal', provider: 'entra-id', msal: 'android' });
    const en = await textOf(input);
    expect(en).toContain('acquireToken(AcquireTokenParameters)');
    expect(en).not.toContain('acquireTokenPopup');
    expect(await textOf(input, 'ja')).toContain('acquireToken(AcquireTokenParameters)');
  });
  it('catches: MSAL Java login_required (audit-oo p05): acquireToken(InteractiveRequestParameters), no iframe step', async () => {
    const input = 'com.microsoft.aad.msal4j.MsalInteractionRequiredException: login_required';
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'login', msal: 'java' });
    const en = await textOf(input);
    expect(en).toContain('acquireToken(InteractiveRequestParameters)');
    expect(en).not.toContain(IFRAME_EN);
    const ja = await textOf(input, 'ja');
    expect(ja).toContain('MsalInteractionRequiredException');
    expect(ja).not.toContain(IFRAME_JA);
  });
  it("catches: MSAL.NET's printed exception (audit-oo p06): AcquireTokenInteractive after MsalUiRequiredException", async () => {
    const input = [
      'MSAL.NetCore.4.61.3.0.MsalUiRequiredException:',
      '\tErrorCode: invalid_grant',
      'Microsoft.Identity.Client.MsalUiRequiredException: The user needs to consent.',
      '\tResponseBody: {"error":"invalid_grant","suberror":"consent_required","claims":""}',
    ].join('\n');
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'consent', msal: 'net' });
    const en = await textOf(input);
    expect(en).toContain('AcquireTokenInteractive');
    expect(en).not.toContain('acquireTokenRedirect');
    // An Entra ID code after the class is read by its own row: the paste still names MSAL.NET.
    const g = await catches(
      'oauth.interaction-required',
      'Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    );
    expect(g.args).toMatchObject({ via: 'entra-id', reason: 'login', msal: 'net' });
    expect(
      await textOf(
        'Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
      ),
    ).not.toContain(IFRAME_EN);
  });
  it("catches: MSAL Python's result dict (audit-oo p07): acquire_token_interactive, Entra ID, no iframe step", async () => {
    const input =
      "{'error': 'interaction_required', 'suberror': 'bad_token', 'error_description': 'The refresh token is no longer usable.'}";
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'login', provider: 'entra-id', msal: 'python' });
    const en = await textOf(input);
    expect(en).toContain('acquire_token_interactive');
    expect(en).not.toContain(IFRAME_EN);
    expect(await textOf(input, 'ja')).toContain('acquire_token_interactive');
    // A Python caller named beside a plain OIDC body.
    const p = await catches(
      'oauth.interaction-required',
      'result = app.acquire_token_silent(scopes, account)\n{"error": "login_required"}',
    );
    expect(p.args).toMatchObject({ msal: 'python' });
  });
  it('catches: MSAL.js keeps acquireTokenRedirect / acquireTokenPopup and the iframe step', async () => {
    const input =
      'InteractionRequiredAuthError: login_required: AADSTS50058: A silent sign-in request was sent but no user is signed in.';
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'login', msal: 'js' });
    const en = await textOf(input);
    expect(en).toContain('acquireTokenPopup');
    expect(en).toContain(IFRAME_EN);
    expect(en).not.toContain('AcquireTokenInteractive');
    const m = await catches('oauth.interaction-required', 'InteractionRequiredAuthError: consent_required');
    expect(m.args).toMatchObject({ reason: 'consent', msal: 'js' });
  });
  it('does not catch a library: no MSAL named keeps today’s words; a bare MsalUiRequiredException is unknown', async () => {
    const bare = await catches(
      'oauth.interaction-required',
      'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    );
    expect(bare.args).toMatchObject({ msal: null, provider: 'entra-id' });
    const en = await textOf('AADSTS50058: A silent sign-in request was sent but no user is signed in.');
    expect(en).toContain('acquireTokenRedirect or acquireTokenPopup (MSAL.js), AcquireTokenInteractive (MSAL.NET)');
    expect(en).toContain(IFRAME_EN);
    // .NET and Android share the class name: without a namespace neither is named.
    const u = await catches(
      'oauth.interaction-required',
      'MsalUiRequiredException: No account or login hint was passed',
    );
    expect(u.args).toMatchObject({ msal: null });
    // A plain JSON body (double quotes) is not MSAL Python's dict, and an OIDC redirect names no MSAL.
    const j = await catches('oauth.interaction-required', '{"error": "login_required", "suberror": "basic_action"}');
    expect(j.args).toMatchObject({ msal: null, provider: null });
    expect(await textOf('{"error": "login_required"}')).toContain(IFRAME_EN);
    // Auth0's own step stays.
    const a = await catches(
      'oauth.interaction-required',
      '{"type": "fsa", "details": {"error": {"oauthError": "login_required"}}}',
    );
    expect(a.args).toMatchObject({ provider: 'auth0', msal: null });
  });
});
