/**
 * Round audit-ap: Japanese platforms, pasted with the Japanese prose around them. LINE Login's Verify ID token endpoint
 * (POST https://api.line.me/oauth2/v2.1/verify) answers 400 invalid_request with one error_description per check
 * (developers.line.biz/en/reference/line-login/#verify-id-token): the description is the reason, and the generic
 * invalid_request envelope is not reported beside it. Sources beside the rows (parse/verifier-messages/japanese.ts).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot } from '../helpers/catches.js';

const body = (description: string) => `{"error":"invalid_request","error_description":"${description}"}`;

describe('LINE Login: the Verify ID token endpoint names the check that refused the ID token', async () => {
  it('catches "IdToken expired." under Japanese prose as time.expired via LINE Login', async () => {
    const input = ['LIFF の id_token をサーバーで検証したら 400 が返ってくる', body('IdToken expired.')].join('\n');
    expect((await catches('time.expired', input)).args).toMatchObject({ via: 'line-login' });
    await catchesNot('challenge.invalid-request', input);
  });
  it.each([
    ['Invalid IdToken Audience.', 'claim.aud-mismatch'],
    ['Invalid IdToken Issuer.', 'claim.iss-mismatch'],
    ['Invalid IdToken Nonce.', 'claim.required-missing'],
    ['Invalid IdToken Subject Identifier.', 'claim.required-missing'],
    ['Invalid IdToken.', 'challenge.invalid-token'],
  ] as const)('catches %s as %s', async (description, code) => {
    const input = ['HTTP/1.1 400 Bad Request', 'Content-Type: application/json', '', body(description)].join('\n');
    expect((await catches(code, input)).args).toMatchObject({ via: 'line-login' });
    await catchesNot('challenge.invalid-request', input);
  });
  it('reads the words with LINE Login named near, outside an error body', async () => {
    expect(
      (await catches('time.expired', 'LIFF の検証 (api.line.me/oauth2/v2.1/verify) で IdToken expired. と言われる'))
        .args,
    ).toMatchObject({ via: 'line-login' });
  });
  it('does not read the words alone in prose, with no error body and no LINE host', async () => {
    await catchesNot('time.expired', 'the cached IdToken expired. retrying with a refresh');
  });
  it('does not read another case of the words (an app log: "idToken expired")', async () => {
    await catchesNot('time.expired', 'AUTH idToken expired — attempting silent refresh');
  });
  it('keeps a bare invalid_request with another description as invalid_request', async () => {
    await catches('challenge.invalid-request', body('Invalid parameter: client_id'));
  });
});
