import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/render/block-limits.js';
import { decodeShare } from '../../src/slack/share-codec.js';
import {
  allText,
  BOT_TOKEN,
  CHANNEL,
  captureResponseUrl,
  captureWebApi,
  commandBody,
  offline,
  paste401,
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
type Posted = { response_type?: string; text?: string; blocks?: Array<Record<string, unknown>>; thread_ts?: string };

function headerText(msg: Posted): string {
  const header = msg.blocks?.find((b) => b.type === 'header') as { text: { text: string } } | undefined;
  return header?.text.text ?? '';
}

function shareValue(msg: Posted): string | undefined {
  const actions = msg.blocks?.find((b) => b.type === 'actions') as { elements: Array<{ value: string }> } | undefined;
  return actions?.elements[0]?.value;
}

describe('/jwt-diagnose <paste>', () => {
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
    await settle(app);
    nock.cleanAll();
  });

  it('acks at once with an empty 200 and posts the report to the user alone', async () => {
    const { token, signature } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 4200,
      exp: now() - 600,
    });
    const posted = captureResponseUrl();
    const authTest = nock('https://slack.com').post('/api/auth.test').reply(200, { ok: true });
    const res = await send(app, commandBody(paste401(token)));
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.ms).toBeLessThan(3000);
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.response_type).toBe('ephemeral');
    expect(validateMessage(msg as { text: string; blocks: unknown[] })).toEqual([]);
    expect(headerText(msg)).toBe('401 · authentication failure');
    expect(msg.text).toContain('authentication failure');
    expect(allText(msg.blocks)).toContain('time.expired');
    // No auth.test, ever: the app serves without reaching Slack first.
    expect(authTest.isDone()).toBe(false);
    // The report names the token by fingerprint; its signature is nowhere, nor in the share button's data.
    const shared = decodeShare(shareValue(msg) ?? '');
    expect(shared?.report.findings[0]?.code).toBe('time.expired');
    expect(allText(msg, shared, app.logs.lines)).not.toContain(signature);
    expect(allText(msg, app.logs.lines)).not.toContain(token);
  });

  it('logs one line per request with team, user, surface, codes, classification and duration', async () => {
    const { token, signature } = tokenWith({
      sub: 'u1',
      aud: 'https://api.acme-corp.com',
      iat: now() - 4200,
      exp: now() - 600,
    });
    const posted = captureResponseUrl();
    await send(app, commandBody(paste401(token)));
    await until(() => posted.length === 1 && app.logs.find('diagnosed').length === 1);
    const line = app.logs.find('diagnosed')[0];
    expect(line).toMatchObject({
      surface: 'command',
      team: TEAM,
      user: USER,
      classification: 'authentication',
      status: 401,
      delivered: 'response_url',
    });
    expect(line?.codes).toContain('time.expired');
    expect(line?.tokenFingerprint).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(typeof line?.durationMs).toBe('number');
    // Nothing of the paste, the token, the bot token or the response_url reaches the log.
    const logs = app.logs.lines.join('\n');
    for (const secret of [signature, token, BOT_TOKEN, RESPONSE_URL, 'api.acme-corp.com/v1/orders'])
      expect(logs).not.toContain(secret);
  });

  it('applies inline options: aud= overrides the default and lang=ja answers in Japanese', async () => {
    const { token } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 60,
      exp: now() + 3000,
    });
    const posted = captureResponseUrl();
    await send(app, commandBody(`aud=https://billing.acme-corp.com lang=ja ${paste401(token)}`));
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(headerText(msg)).toBe('401 · 認証エラー');
    expect(allText(msg.blocks)).toContain('claim.aud-mismatch');
    expect(validateMessage(msg as { text: string; blocks: unknown[] })).toEqual([]);
  });

  it('warns about a live token first, in the blocks and in the notification text', async () => {
    const { token, signature } = tokenWith({
      iss: 'https://auth.acme-corp.com/',
      aud: 'https://api.acme-corp.com',
      sub: 'u1',
      iat: now() - 60,
      exp: now() + 3000,
    });
    const posted = captureResponseUrl();
    await send(app, commandBody(paste401(token)));
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.text).toMatch(/^:rotating_light: A live token was pasted/);
    expect(JSON.stringify(msg.blocks?.[0])).toContain('A live token was pasted');
    expect(allText(msg, app.logs.lines)).not.toContain(signature);
  });

  it('answers in the user’s Slack language (users.info, ja-JP) and asks once per user', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const lookups = captureWebApi('users.info', { user: { id: 'U0JAPAN01', locale: 'ja-JP' } });
    const posted = [...Array(2)].map(() => captureResponseUrl());
    await send(app, commandBody(paste401(token), { user_id: 'U0JAPAN01' }));
    await until(() => (posted[0]?.length ?? 0) === 1);
    await send(app, commandBody(paste401(token), { user_id: 'U0JAPAN01' }));
    await until(() => (posted[1]?.length ?? 0) === 1);
    expect(headerText(posted[0]?.[0] as Posted)).toBe('401 · 認証エラー');
    expect(headerText(posted[1]?.[0] as Posted)).toBe('401 · 認証エラー');
    expect(lookups).toEqual([expect.objectContaining({ user: 'U0JAPAN01', include_locale: 'true' })]);
  });

  it('falls back to the workspace default when users.info fails', async () => {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    nock('https://slack.com').post('/api/users.info').reply(200, { ok: false, error: 'missing_scope' });
    const posted = captureResponseUrl();
    await send(app, commandBody(paste401(token), { user_id: 'U0NOSCOPE' }));
    await until(() => posted.length === 1);
    expect(headerText(posted[0] as Posted)).toBe('401 · authentication failure');
  });

  it('refuses a bad inline option with one line and diagnoses nothing', async () => {
    const posted = captureResponseUrl();
    await send(app, commandBody('skew=soon HTTP/1.1 401 Unauthorized'));
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.response_type).toBe('ephemeral');
    expect(msg.text).toBe('Could not read `skew=`: it takes whole seconds from 0 to 86400. Nothing was diagnosed.');
    expect(app.logs.find('diagnosed')).toEqual([]);
  });

  it.each([
    [
      'en',
      'iss',
      '`iss=` holds a token (a JWT), not an issuer: give the value the API expects, and paste the token after the options, its signature masked. Nothing was diagnosed.',
    ],
    [
      'en',
      'aud',
      '`aud=` holds a token (a JWT), not an audience: give the value the API expects, and paste the token after the options, its signature masked. Nothing was diagnosed.',
    ],
  ])('refuses a token typed as an expected value (lang=%s %s=), without quoting it', async (lang, key, words) => {
    const { token, signature } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 60, exp: now() + 600 });
    const posted = captureResponseUrl();
    await send(app, commandBody(`lang=${lang} ${key}=${token} ${paste401(token)}`));
    await until(() => posted.length === 1);
    const msg = posted[0] as Posted;
    expect(msg.text).toBe(words);
    expect(JSON.stringify(msg)).not.toContain(signature);
    expect(app.logs.find('inline option rejected').at(-1)).toMatchObject({ badOption: key, reason: 'token' });
    expect(app.logs.find('diagnosed')).toEqual([]);
  });

  it.each([[''], ['help'], ['lang=ja']])('opens the form for %j, carrying channel and response_url', async (text) => {
    const opened = captureWebApi('views.open');
    const res = await send(app, commandBody(text));
    expect(res.status).toBe(200);
    await until(() => opened.length === 1);
    expect(opened[0]?.trigger_id).toBe('1337.42.abcdef');
    const view = JSON.parse(opened[0]?.view ?? '{}') as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
    };
    expect(view.callback_id).toBe('diagnose_modal');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.parse(view.private_metadata)).toEqual({
      c: CHANNEL,
      r: RESPONSE_URL,
      l: text === 'lang=ja' ? 'ja' : 'en',
    });
    if (text === 'lang=ja') expect(view.title.text).toBe('401/403 を診断');
  });

  it('tells the user how to go on when the form cannot be opened', async () => {
    nock('https://slack.com').post('/api/views.open').reply(200, { ok: false, error: 'expired_trigger_id' });
    const posted = captureResponseUrl();
    await send(app, commandBody('help'));
    await until(() => posted.length === 1);
    expect((posted[0] as Posted).text).toContain('The form could not be opened in time');
  });
});
