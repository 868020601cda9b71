/**
 * Round left-jj (review-31's leftovers): a refusal whose quoted words name their own cause gets no list of the usual
 * causes after them, and a product whose tokens are opaque keys (Slack's xoxb-) gets a step about its key, not the JWT
 * claims step; Vonage Video's step names each of its codes beside the case it answers.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const LIST = 'expired, revoked, malformed or badly signed';
const LIST_JA = '期限切れ、失効、形式の誤り、署名の不正のいずれか';
const CLAIMS_STEP = /exp, iss, aud and kid against what this API expects/;

describe('a refusal’s words that name a cause are not followed by the usual causes', () => {
  // twilio.com/docs/api/errors/20103 (twilio/voice-quickstart-android#109).
  const TWILIO = 'Outgoing call got error Error - 20103 Invalid Access Token issuer or subject';
  // Vonage Video's REST 403 (audit-aq's reconstruction of opentok-node's createSession error).
  const VONAGE =
    'createSession error:Error: Failed to createSession. Error: An authentication error occurred: (403) {"code":-1,"message":"Invalid issuer format","description":"Invalid issuer format"}';
  it('catches: Twilio’s 20103 issuer or subject, en and ja', async () => {
    const f = await catches('challenge.invalid-token', TWILIO);
    expect(f.detail).toBe(
      'Twilio refused the token: "Invalid Access Token issuer or subject". Those words name the cause.',
    );
    const ja = await catches('challenge.invalid-token', TWILIO, { locale: 'ja' });
    expect(ja.detail).not.toContain(LIST_JA);
  });
  it('catches: Vonage’s "Invalid issuer format"', async () => {
    const f = await catches('challenge.invalid-token', VONAGE);
    expect(f.detail).not.toContain(LIST);
  });
  it('catches: an audience the server names', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'api://orders-staging\' is invalid"',
    );
    expect(f.detail).not.toContain(LIST);
  });
  it('catches not: words that name no cause keep the list (en and ja)', async () => {
    const input =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Invalid token"';
    const f = await catches('challenge.invalid-token', input);
    expect(f.detail).toContain(LIST);
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.detail).toContain(LIST_JA);
  });
  it('catches not: no words at all keep the list', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(f.detail).toContain(LIST);
  });
});

describe('a product whose tokens are opaque keys gets a step about its key', () => {
  // @slack/web-api's platform error, slack-ruby-client's SlackError (formats-idp-replies' Slack rows).
  it('catches: Slack’s invalid_auth, with the token masked or absent (en and ja)', async () => {
    for (const input of [
      'Slack::Web::Api::Errors::SlackError: invalid_auth',
      '$ curl -s -H "Authorization: Bearer xoxb-REDACTED" https://slack.com/api/auth.test\n{"ok":false,"error":"invalid_auth"}',
    ]) {
      const r = await run(input);
      expect(r.nextSteps.join('\n')).not.toMatch(CLAIMS_STEP);
      expect(r.nextSteps[0]).toMatch(/^The credential is a Slack token \(xoxb-\/xoxp-\), not a JWT/);
    }
    const ja = await run('Slack::Web::Api::Errors::SlackError: invalid_auth', { locale: 'ja' });
    expect(ja.nextSteps[0]).toMatch(/^認証情報は Slack のトークン/);
  });
  it('catches not: a JWT refused by a server the paste does not name keeps the claims step', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Invalid token"',
    );
    expect(r.nextSteps.join('\n')).toMatch(CLAIMS_STEP);
  });
});

describe('Vonage Video’s step names each code beside its case', () => {
  it('catches: the REST 403 is not told it was 1004', async () => {
    const r = await run(
      'createSession error:Error: Failed to createSession. Error: An authentication error occurred: (403) {"code":-1,"message":"Invalid issuer format","description":"Invalid issuer format"}',
    );
    const step = r.nextSteps.join('\n');
    expect(step).not.toMatch(/refused the token \(1004\)/);
    expect(step).toMatch(/A client’s connect refused \(1004\)/);
    expect(step).toMatch(/A 403 to the server SDK’s own REST call/);
  });
});

describe('a key’s public prefix the steps spell is not taken for a piece of the pasted key', () => {
  // supabase/supabase#45993: a publishable key sent as the bearer to an Edge Function (round audit-at's row 21).
  const KEY = 'sb_publishable_Xk29dLq8Vn3Rt7Yp5Zw1Mc4Hj6Bf0Gs';
  const PASTE = [
    "curl -L -X POST 'https://abcdefghijklmnopqrst.supabase.co/functions/v1/hello-world' \\",
    `  -H 'Authorization: Bearer ${KEY}' \\`,
    `  -H 'apikey: ${KEY}'`,
    '',
    '{"code":"UNAUTHORIZED_INVALID_JWT_FORMAT","message":"Invalid JWT"}',
  ].join('\n');
  /** Every 12 characters of the key after its prefix: none may leave (pieces.ts's window). */
  const rest = (text: string) => {
    const tail = KEY.slice('sb_publishable_'.length);
    for (let i = 0; i + 12 <= tail.length; i++) if (text.includes(tail.slice(i, i + 12))) return tail.slice(i, i + 12);
    return null;
  };
  it('catches: the step reads "sb_publishable_…", and no part of the key after its prefix is shown (en and ja)', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(PASTE, { locale });
      const text = JSON.stringify(r);
      expect(r.nextSteps.join('\n')).toMatch(/sb_publishable_…(, |、)sb_secret_…/);
      expect(text).not.toContain('‹secret');
      expect(rest(text)).toBeNull();
      expect(text).not.toContain(KEY);
    }
  });
  it('catches not: the prefix with the key’s first characters is still hidden', async () => {
    const r = await run(`${PASTE}\nnote: ${KEY.slice(0, 27)} was the key`);
    expect(JSON.stringify(r)).not.toContain(KEY.slice(0, 27));
  });
});
