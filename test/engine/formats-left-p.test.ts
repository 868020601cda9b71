/**
 * Round left-p: MSAL's other languages for a silent request that needs the user, and Entra ID's `suberror` where it
 * changes the step (oauth.interaction-required); Vault's Kubernetes auth that cannot reach the API server; a plain
 * `Bad credentials` body of a 401.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const codes = async (input: string) => (await run(input)).findings.map((f) => f.code);

describe('oauth.interaction-required: MSAL.NET, Java, Android, Python', () => {
  it('catches: MSAL Android and MSAL Java class names, with the server error after the class', async () => {
    // com.microsoft.identity.client.exception.MsalUiRequiredException (MSAL Android).
    const a = await catches(
      'oauth.interaction-required',
      'com.microsoft.identity.client.exception.MsalUiRequiredException: No cached accounts found for the supplied homeAccountId and clientId',
    );
    expect(a.args).toMatchObject({ via: 'msal', reason: 'interaction', provider: 'entra-id' });
    // com.microsoft.aad.msal4j.MsalInteractionRequiredException (MSAL Java).
    const j = await catches(
      'oauth.interaction-required',
      'com.microsoft.aad.msal4j.MsalInteractionRequiredException: login_required',
    );
    expect(j.args).toMatchObject({ reason: 'login' });
  });
  it("catches: MSAL.NET's printed exception; its ResponseBody's suberror consent_required is consent (MSAL.NET 4.2.1 notes)", async () => {
    const input = [
      'MSAL.NetCore.4.61.3.0.MsalUiRequiredException:',
      '\tErrorCode: invalid_grant',
      'Microsoft.Identity.Client.MsalUiRequiredException: The user needs to consent.',
      '\tStatusCode: 400',
      '\tResponseBody: {"error":"invalid_grant","suberror":"consent_required","claims":""}',
    ].join('\n');
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ reason: 'consent' });
  });
  it("catches: MSAL Python's result dict; suberror consent_required is consent, bad_token a sign-in", async () => {
    const f = await catches(
      'oauth.interaction-required',
      "{'error': 'interaction_required', 'error_description': 'Consent is needed for this client.', 'suberror': 'consent_required'}",
    );
    expect(f.args).toMatchObject({ reason: 'consent' });
    const g = await catches(
      'oauth.interaction-required',
      "{'error': 'interaction_required', 'suberror': 'bad_token', 'error_description': 'The refresh token is no longer usable.'}",
    );
    expect(g.args).toMatchObject({ reason: 'login' });
    // basic_action names no other step than the error's.
    const h = await catches('oauth.interaction-required', "{'error': 'login_required', 'suberror': 'basic_action'}");
    expect(h.args).toMatchObject({ reason: 'login' });
  });
  it('does not catch: an Entra ID code after the class (its own row reads it), other words, another case', async () => {
    const r = await run(
      'Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    );
    expect(r.findings.filter((f) => f.code === 'oauth.interaction-required')).toHaveLength(1);
    expect(r.findings.find((f) => f.code === 'oauth.interaction-required')?.args).toMatchObject({ reason: 'login' });
    await catchesNot('oauth.interaction-required', 'catch (MsalUiRequiredExceptionHandler h) { }');
    await catchesNot('oauth.interaction-required', 'we should handle msaluirequiredexception someday');
    expect(await codes("{'error': 'invalid_grant', 'suberror': 'consent_required'}")).not.toContain(
      'oauth.interaction-required',
    );
  });
});
