import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/render/block-limits.js';
import { decodeShare } from '../../src/slack/share-codec.js';
import {
  allText,
  CHANNEL,
  captureResponseUrl,
  captureWebApi,
  offline,
  paste401,
  payloadBody,
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
const SHORTCUT_URL = 'https://hooks.slack.com/app/T0ACME001/2222/shortcutXYZ';
type Posted = { response_type?: string; text?: string; thread_ts?: string; blocks?: Array<Record<string, unknown>> };

function shortcut(message: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: 'diagnose_message',
    trigger_id: '1337.43.abcdef',
    response_url: SHORTCUT_URL,
    message_ts: message.ts,
    message: { type: 'message', user: 'U0DEV0001', ...message },
    user: { id: USER, name: 'oncall', team_id: TEAM },
    channel: { id: CHANNEL, name: 'incident-42' },
    team: { id: TEAM, domain: 'acme' },
    token: 'legacy-verification-token',
    action_ts: '1779977400.000100',
  };
}

describe('message shortcut "Diagnose 401/403"', () => {
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

  it('diagnoses the message text, code block included, and answers in its thread, ephemerally', async () => {
    const { token, signature } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 4200,
      exp: now() - 600,
    });
    const posted = captureResponseUrl(new URL(SHORTCUT_URL).pathname);
    const text = `prod is failing, anyone?\n\`\`\`\n${paste401(token).replace(/"/g, '&quot;')}\n\`\`\``;
    const res = await send(app, payloadBody(shortcut({ ts: '1779977000.000200', text })));
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.response_type).toBe('ephemeral');
    expect(msg.thread_ts).toBe('1779977000.000200');
    expect(validateMessage(msg as { text: string; blocks: unknown[] })).toEqual([]);
    expect(allText(msg.blocks)).toContain('time.expired');
    const actions = msg.blocks?.find((b) => b.type === 'actions') as { elements: Array<{ value: string }> };
    expect(decodeShare(actions.elements[0]?.value ?? '')?.threadTs).toBe('1779977000.000200');
    expect(allText(msg, app.logs.lines)).not.toContain(signature);
    await until(() => app.logs.find('diagnosed').some((l) => l.surface === 'shortcut'));
  });

  it('keeps a reply to a threaded message in that thread', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const posted = captureResponseUrl(new URL(SHORTCUT_URL).pathname);
    await send(
      app,
      payloadBody(shortcut({ ts: '1779977100.000300', thread_ts: '1779977000.000200', text: paste401(token) })),
    );
    await until(() => posted.length === 1);
    expect((posted[0] as Posted).thread_ts).toBe('1779977000.000200');
  });

  it('reads rich_text blocks and attachments when the message has no text', async () => {
    const { token } = tokenWith({
      sub: 'u1',
      aud: 'https://api.acme-corp.com',
      scope: 'orders:read',
      iat: now() - 60,
      exp: now() + 3000,
    });
    const posted = captureResponseUrl(new URL(SHORTCUT_URL).pathname);
    const blocks = [
      {
        type: 'rich_text',
        block_id: 'b1',
        elements: [
          { type: 'rich_text_section', elements: [{ type: 'text', text: 'gateway says:' }] },
          {
            type: 'rich_text_preformatted',
            elements: [
              {
                type: 'text',
                text: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"',
              },
            ],
          },
        ],
      },
    ];
    const attachments = [{ fallback: 'alert', title: 'API auth alert', text: `Authorization: Bearer ${token}` }];
    await send(app, payloadBody(shortcut({ ts: '1779977200.000400', blocks, attachments })));
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(allText(msg.blocks)).toContain('challenge.insufficient-scope');
    expect(allText(msg.blocks)).toContain('403 · authorization failure');
    expect(allText(msg.blocks)).toContain('token `sha256:');
  });

  it('falls back to chat.postEphemeral in the thread when the response_url is refused', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    captureResponseUrl(new URL(SHORTCUT_URL).pathname, 404);
    const calls = captureWebApi('chat.postEphemeral', { message_ts: '1779977300.000500' });
    await send(app, payloadBody(shortcut({ ts: '1779977300.000100', text: paste401(token) })));
    await until(() => calls.length === 1);
    expect(calls[0]).toMatchObject({ channel: CHANNEL, user: USER, thread_ts: '1779977300.000100' });
    expect(
      validateMessage({ text: calls[0]?.text, blocks: JSON.parse(calls[0]?.blocks ?? '[]') as unknown[] }),
    ).toEqual([]);
    await until(() => app.logs.find('diagnosed').some((l) => l.delivered === 'web_api'));
  });
});
