import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/render/block-limits.js';
import {
  allText,
  CHANNEL,
  captureResponseUrl,
  offline,
  payloadBody,
  RESPONSE_URL,
  send,
  settle,
  startApp,
  TEAM,
  type TestApp,
  tokenWith,
  USER,
  until,
} from './helpers/slack.js';

const now = () => Math.floor(Date.now() / 1000);
type Posted = { response_type?: string; text?: string; blocks?: Array<Record<string, unknown>> };

/** A view_submission as Slack sends it for our form, with the values typed into it. */
function submission(
  values: Partial<Record<'paste' | 'token' | 'iss' | 'aud' | 'scope' | 'skew', string>>,
  meta: unknown,
) {
  const state: Record<string, Record<string, { type: string; value: string | null }>> = {};
  for (const id of ['paste', 'token', 'iss', 'aud', 'scope', 'skew'] as const) {
    state[id] = { value: { type: id === 'skew' ? 'number_input' : 'plain_text_input', value: values[id] ?? null } };
  }
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'acme' },
    user: { id: USER, name: 'oncall', team_id: TEAM },
    api_app_id: 'A0JWTDIAG',
    token: 'legacy-verification-token',
    trigger_id: '1337.44.abcdef',
    view: {
      id: 'V0FORM001',
      team_id: TEAM,
      type: 'modal',
      callback_id: 'diagnose_modal',
      private_metadata: JSON.stringify(meta),
      state: { values: state },
      hash: '1779977400.abc',
      title: { type: 'plain_text', text: 'Diagnose 401/403' },
      blocks: [],
    },
  };
}

describe('the form (view_submission)', () => {
  let app: TestApp;
  beforeAll(async () => {
    offline();
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  afterEach(async () => {
    await settle(app);
    nock.cleanAll();
  });

  it('closes the form and posts the report to the user in the command’s channel, with the form’s expectations', async () => {
    const { token, signature } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 60,
      exp: now() + 3000,
      scope: 'orders:read',
    });
    const posted = captureResponseUrl();
    const res = await send(
      app,
      payloadBody(
        submission(
          {
            paste: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope"',
            token,
            aud: 'https://billing.acme-corp.com',
            scope: 'orders:write orders:read',
            skew: '30',
          },
          { c: CHANNEL, r: RESPONSE_URL, l: 'ja' },
        ),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.response_type).toBe('ephemeral');
    expect(validateMessage(msg as { text: string; blocks: unknown[] })).toEqual([]);
    const blocks = allText(msg.blocks);
    expect(blocks).toContain('claim.aud-mismatch');
    expect(blocks).toContain('scope.insufficient');
    expect(blocks).toContain('許容誤差 30秒');
    expect(allText(msg, app.logs.lines)).not.toContain(signature);
    await until(() => app.logs.find('diagnosed').some((l) => l.surface === 'modal' && l.localeSource === 'form'));
  });

  it('keeps the form open with an error under each expectation field that holds a token, quoting none', async () => {
    const { token, signature } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 60, exp: now() + 600 });
    const posted = captureResponseUrl();
    const res = await send(
      app,
      payloadBody(
        submission({ paste: 'HTTP/1.1 401', iss: token, aud: token }, { c: CHANNEL, r: RESPONSE_URL, l: 'ja' }),
      ),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      response_action: 'errors',
      errors: {
        iss: 'トークン（JWT）が入力されています。ここには期待する発行元を入力し、トークンは「トークンまたはペイロード（JSON）」に署名を伏せて入力してください。',
        aud: 'トークン（JWT）が入力されています。ここには期待する audience を入力し、トークンは「トークンまたはペイロード（JSON）」に署名を伏せて入力してください。',
      },
    });
    expect(res.body).not.toContain(signature);
    await new Promise((r) => setTimeout(r, 100));
    expect(posted).toEqual([]);
  });

  it('keeps the form open with an error under the paste field when nothing was pasted', async () => {
    const posted = captureResponseUrl();
    const res = await send(app, payloadBody(submission({ aud: 'x' }, { c: CHANNEL, r: RESPONSE_URL, l: 'en' })));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      response_action: 'errors',
      errors: { paste: 'Paste a response, headers, log lines or a token to diagnose.' },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(posted).toEqual([]);
  });
});
