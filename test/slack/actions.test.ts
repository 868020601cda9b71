import { inflateRawSync } from 'node:zlib';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/render/block-limits.js';
import {
  allText,
  CHANNEL,
  captureResponseUrl,
  captureWebApi,
  commandBody,
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
const ACTION_URL = 'https://hooks.slack.com/actions/T0ACME001/3333/shareABC';
type Block = Record<string, unknown>;
type Posted = {
  response_type?: string;
  replace_original?: boolean;
  text?: string;
  thread_ts?: string;
  blocks?: Block[];
};

/** A block_actions payload for a click on the share button of an ephemeral message. */
function click(value: string, user = 'U0SHARER1') {
  return {
    type: 'block_actions',
    user: { id: user, username: 'sharer', name: 'sharer', team_id: TEAM },
    api_app_id: 'A0JWTDIAG',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1779977400.000900', channel_id: CHANNEL, is_ephemeral: true },
    trigger_id: '1337.45.abcdef',
    team: { id: TEAM, domain: 'acme' },
    channel: { id: CHANNEL, name: 'incident-42' },
    response_url: ACTION_URL,
    actions: [
      {
        type: 'button',
        action_id: 'share_report',
        block_id: 'b0',
        text: { type: 'plain_text', text: 'Share in channel', emoji: true },
        value,
        style: 'primary',
        action_ts: '1779977410.000100',
      },
    ],
  };
}

function buttonValue(msg: Posted): string {
  const actions = msg.blocks?.find((b) => b.type === 'actions') as { elements: Array<{ value: string }> };
  return actions.elements[0]?.value ?? '';
}

describe('"Share in channel" (block_actions)', () => {
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
  beforeEach(() => {
    app.logs.lines.length = 0;
  });
  afterEach(async () => {
    // A click posts twice (the share, then the replaced copy): finish both before the next test's interceptors.
    await settle(app);
    nock.cleanAll();
  });

  /** Runs the command and returns the user's ephemeral copy. */
  async function ephemeralReport(text: string): Promise<Posted> {
    const posted = captureResponseUrl();
    await send(app, commandBody(text));
    await until(() => posted.length === 1);
    return posted[0] as Posted;
  }

  it('posts the same report for everyone, then replaces the user’s copy so it cannot be shared twice', async () => {
    const { token, signature } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 4200,
      exp: now() - 600,
    });
    const mine = await ephemeralReport(paste401(token));
    const value = buttonValue(mine);
    expect(value.length).toBeLessThanOrEqual(2000);
    // The value is compressed: look inside it too. No paste line, no token, no signature.
    const inside = inflateRawSync(Buffer.from(value.slice(2), 'base64url')).toString('utf8');
    for (const s of [signature, token, '$ curl', 'api.acme-corp.com/v1/orders']) expect(inside).not.toContain(s);

    const posted: Posted[] = [];
    nock('https://hooks.slack.com')
      .post(new URL(ACTION_URL).pathname, (b: Posted) => {
        posted.push(b);
        return true;
      })
      .times(2)
      .reply(200, 'ok');
    const res = await send(app, payloadBody(click(value)));
    expect(res.status).toBe(200);
    await until(() => posted.length === 2);
    const [shared, after] = posted as [Posted, Posted];
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shared.thread_ts).toBeUndefined();
    expect(validateMessage(shared as { text: string; blocks: unknown[] })).toEqual([]);
    expect(shared.blocks?.some((b) => b.type === 'actions')).toBe(false);
    expect(allText(shared.blocks)).toContain('Shared by <@U0SHARER1>');
    // Re-rendered from the button: the same report as the user saw, minus the button.
    const withoutButton = (mine.blocks ?? []).filter((b) => b.type !== 'actions');
    expect(shared.blocks?.slice(0, withoutButton.length)).toEqual(withoutButton);
    expect(shared.text).toBe(mine.text);
    expect(after).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(allText(after.blocks)).toContain('Shared in the channel.');
    expect(allText(posted, app.logs.lines)).not.toContain(signature);
    await until(() => app.logs.find('shared').length === 1);
    expect(app.logs.find('shared')[0]).toMatchObject({
      surface: 'share',
      user: 'U0SHARER1',
      delivered: 'response_url',
      abridged: false,
    });
  });

  it('shares a shortcut’s report into the message’s thread', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const fromShortcut = captureResponseUrl('/app/T0ACME001/4444/sc');
    await send(
      app,
      payloadBody({
        type: 'message_action',
        callback_id: 'diagnose_message',
        trigger_id: '1.2.3',
        response_url: 'https://hooks.slack.com/app/T0ACME001/4444/sc',
        message_ts: '1779977000.000200',
        message: { type: 'message', ts: '1779977000.000200', text: paste401(token) },
        user: { id: USER, name: 'oncall' },
        channel: { id: CHANNEL, name: 'incident-42' },
        team: { id: TEAM, domain: 'acme' },
        token: 't',
        action_ts: '1',
      }),
    );
    await until(() => fromShortcut.length === 1);
    const shared = captureResponseUrl(new URL(ACTION_URL).pathname);
    captureResponseUrl(new URL(ACTION_URL).pathname);
    await send(app, payloadBody(click(buttonValue(fromShortcut[0] as Posted))));
    await until(() => shared.length === 1);
    expect(shared[0]).toMatchObject({ response_type: 'in_channel', thread_ts: '1779977000.000200' });
  });

  it('posts with chat.postMessage when the response_url is refused', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const mine = await ephemeralReport(paste401(token));
    captureResponseUrl(new URL(ACTION_URL).pathname, 404);
    const calls = captureWebApi('chat.postMessage', { ts: '1779977500.000100' });
    await send(app, payloadBody(click(buttonValue(mine))));
    await until(() => calls.length === 1);
    expect(calls[0]).toMatchObject({ channel: CHANNEL });
    expect(allText(JSON.parse(calls[0]?.blocks ?? '[]'))).toContain('Shared by <@U0SHARER1>');
  });

  it('says the report can no longer be shared when the value is not ours', async () => {
    const posted = captureResponseUrl(new URL(ACTION_URL).pathname);
    await send(app, payloadBody(click('1.bm90IGEgcmVwb3J0')));
    await until(() => posted.length === 1);
    expect(posted[0]).toMatchObject({
      response_type: 'ephemeral',
      text: 'This report can no longer be shared. Run /jwt-diagnose again and share the new report.',
    });
  });
});
