import { describe, expect, it } from 'vitest';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { b64url, CLAIMS } from '../helpers/tokens.js';

/**
 * Round audit-mm: reading this stop's reports as the on-call engineer would. A log read the next morning is judged
 * at its line's time, but a pasted token's liveness is about now; the OIDC interaction_required family names MSAL and
 * the Entra portal only when Entra ID refused; a cut ARN is not named as the resource; Japanese AWS wording.
 */

const MINUTE = 60;
/** Last night, 15 h 10 min before the clock (NOW, 2026-05-28T14:10:00Z). */
const LINE = NOW - 15 * 3600 - 10 * MINUTE;
const LOG_TIME: DiagnoseOptions = { preferPastedDate: true };
/** A whole signed-looking token (a long base64url signature): the shape input.live-token judges. */
function signed(iat: number, exp: number): string {
  const sig = 'QXVkaXRNTV9zaWduYXR1cmVfbm90X3JlYWxfYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE';
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url({ ...CLAIMS, iat, exp })}.${sig}`;
}
const text = async (input: string, options: DiagnoseOptions = {}) => renderText(await run(input, options));

describe('input.live-token is judged at the clock, not at the log line’s time', () => {
  it('catches not: a token valid at the line’s time that has expired since', async () => {
    const input = `2026-05-27T23:00:00Z ERROR JsonWebTokenError: invalid signature\ntoken: ${signed(LINE - 40 * MINUTE, LINE + 20 * MINUTE)}`;
    const r = await catchesNot('input.live-token', input, LOG_TIME);
    expect(r.reference.nowSource).toBe('log-time');
    // The line's time still judges the token's own claims: it had not expired when it was refused.
    expect(r.findings.map((f) => f.code)).not.toContain('time.expired');
  });
  it('catches: a token still valid now, with the clock’s remaining lifetime (not the line’s 17 h)', async () => {
    const input = `[Wed, 27 May 2026 23:00:00 GMT] JsonWebTokenError: invalid signature\nAuthorization: Bearer ${signed(LINE - 10 * MINUTE, NOW + 2 * 3600)}`;
    const f = await catches('input.live-token', input, LOG_TIME);
    expect(f.args).toMatchObject({ expiresInSeconds: 2 * 3600 });
  });
  it('catches: without log-time (a Date header, or options alone) the reference time decides as before', async () => {
    const exp = NOW + 20 * MINUTE;
    const f = await catches(
      'input.live-token',
      `JsonWebTokenError: invalid signature\ntoken: ${signed(NOW - 600, exp)}`,
    );
    expect(f.args).toMatchObject({ expiresInSeconds: 20 * MINUTE });
  });
});

describe('oauth.interaction-required names MSAL and the Entra portal only for Entra ID', () => {
  it('catches: a bare OIDC body and another SDK’s login_required get provider-neutral steps (en, ja)', async () => {
    for (const input of [
      '{"error":"account_selection_required"}',
      "Error: Login required\n    at new GenericError { error: 'login_required', error_description: 'Login required' }",
      '{"error":"consent_required","error_description":"Consent required"}',
    ]) {
      const f = await catches('oauth.interaction-required', input);
      expect(f.args).toMatchObject({ provider: null });
      for (const locale of ['en', 'ja'] as const) {
        const out = await text(input, { locale });
        expect(out, input).not.toMatch(/MSAL|acquireToken|管理者の同意を与えます|Grant admin consent/);
        expect(out, input).toContain('prompt=none');
      }
    }
  });
  it('catches: Entra ID’s refusals keep their MSAL and portal steps', async () => {
    const input =
      'InteractionRequiredAuthError: login_required: AADSTS50058: A silent sign-in request was sent but no user is signed in.';
    const f = await catches('oauth.interaction-required', input);
    expect(f.args).toMatchObject({ provider: 'entra-id' });
    expect(await text(input)).toContain('acquireTokenRedirect');
    expect(await text(input, { locale: 'ja' })).toContain('acquireTokenRedirect');
    const consent =
      '{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID \'5f2a9c1e\'. Send an interactive authorization request for this user and resource."}';
    expect(await text(consent)).toContain('Grant admin consent');
  });
});

describe('policy.deny: a cut ARN is not named as the resource', () => {
  const denial =
    'software.amazon.awssdk.services.s3.model.S3Exception: User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: s3:PutLifecycleConfiguration on resource: ';
  it('catches: the whole ARN is the resource (S3 quotes it)', async () => {
    const f = await catches(
      'policy.deny',
      `${denial}"arn:aws:s3:::orders-bucket" because no identity-based policy allows the s3:PutLifecycleConfiguration action`,
    );
    expect(f.args).toMatchObject({
      resource: 'arn:aws:s3:::orders-bucket',
      permission: 's3:PutLifecycleConfiguration',
    });
    const star = await catches(
      'policy.deny',
      'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: SNS:ListSubscriptions on resource: arn:aws:sns:ap-south-1:123456789012:*',
    );
    expect(star.args).toMatchObject({ resource: 'arn:aws:sns:ap-south-1:123456789012:*' });
  });
  it('catches not: an ARN the paste cut ("arn", "arn:aws:s3") as the resource', async () => {
    for (const cut of ['"arn', 'arn:aws:s3']) {
      const f = await catches('policy.deny', `${denial}${cut}`);
      expect(f.args, cut).not.toHaveProperty('resource');
      expect(f.args).toMatchObject({ permission: 's3:PutLifecycleConfiguration' });
      expect(await text(`${denial}${cut}`), cut).not.toMatch(/ on arn\b| on "?arn:aws:s3\b/);
    }
  });
  it('reads naturally in Japanese: the resource before the action, no space after a closing bracket', async () => {
    const input = `${denial}"arn:aws:s3:::orders-bucket" because no identity-based policy allows the s3:PutLifecycleConfiguration action`;
    const out = await text(input, { locale: 'ja' });
    expect(out).toContain(
      'arn:aws:s3:::orders-bucket に対するアクション "s3:PutLifecycleConfiguration" を認めませんでした',
    );
    expect(out).not.toMatch(/） を/);
  });
});
