/**
 * No part of a pasted token leaves the Slack app: not in any log line at the most verbose level
 * (LOG_LEVEL=trace), not in anything it posts (response_url bodies, Web API calls, the data behind the
 * share button), not in an HTTP answer. Every surface and every failure path is driven with live
 * tokens in the paste: commands, the message shortcut, the form, the share button, a refused
 * response_url with the Web API fallback, posts that fail for good, and requests refused before Bolt
 * (forged, stale, oversized, malformed).
 *
 * "Part" is defined in test/helpers/leaks.ts: the header.payload, the signature, any 16 characters of it.
 */
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeShare } from '../../src/slack/share-codec.js';
import { expectNoLeak, secretOf, type TokenSecret } from '../helpers/leaks.js';
import { rs256 } from '../helpers/tokens.js';
import {
  BOT_TOKEN,
  CHANNEL,
  commandBody,
  type FakeHook,
  offline,
  paste401,
  payloadBody,
  postRefused,
  SIGNING_SECRET,
  send,
  settle,
  sign,
  startApp,
  startHook,
  TEAM,
  type TestApp,
  tokenWith,
  USER,
  until,
} from '../slack/helpers/slack.js';

const now = () => Math.floor(Date.now() / 1000);

/** Live tokens (valid now), RS256 with a 342-character signature and HS256 with a 43-character one. */
const LIVE_RS = rs256({
  iss: 'https://auth.acme-corp.com/',
  aud: 'https://api.acme-corp.com',
  sub: 'u1',
  iat: now() - 60,
  exp: now() + 3600,
});
const LIVE_HS = tokenWith({
  iss: 'https://auth.acme-corp.com/',
  aud: 'https://api.acme-corp.com',
  sub: 'u2',
  iat: now() - 60,
  exp: now() + 3600,
}).token;
const EXPIRED = tokenWith({ sub: 'u3', aud: 'x', iat: now() - 4200, exp: now() - 600 }).token;
const SECRETS: TokenSecret[] = [LIVE_RS, LIVE_HS, EXPIRED].map(secretOf);

/** Different pastes, each with live tokens in it, as people paste them. */
const PASTES = [
  paste401(LIVE_RS),
  `> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${LIVE_HS}\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer error="invalid_token", error_description="signature verification failed"`,
  `{"level":"warn","msg":"jwt expired","token":"${EXPIRED}","status":401}\n2026-05-28T14:09:58Z WARN TokenExpiredError: jwt expired token=${LIVE_RS}`,
  `Status Code: 403 Forbidden\nRequest Headers\nauthorization\nBearer ${LIVE_HS}\nRBAC: access denied`,
];

interface Sent {
  status: number;
  body: string;
}

describe('no token part leaves the Slack app (LOG_LEVEL=trace)', () => {
  let app: TestApp;
  let hook: FakeHook;
  /** A separate response_url for the command with a token as an option (see the last test). */
  let optionHook: FakeHook;
  /** Every Web API request body (form-encoded strings, as sent). */
  const webApi: string[] = [];
  const answers: Sent[] = [];
  const hooks = { ok: '', expired: '', failing: '' };

  beforeAll(async () => {
    offline();
    // One local server plays every response_url: /ok answers 200, /expired 404 expired_url, /failing 500.
    hook = await startHook((_n, req, res) => {
      if (req.url?.includes('/expired')) res.writeHead(404).end('expired_url');
      else if (req.url?.includes('/failing')) res.writeHead(500).end();
      else res.writeHead(200).end('ok');
    });
    optionHook = await startHook((_n, _req, res) => {
      res.writeHead(200).end('ok');
    });
    const base = hook.url.replace(/\/hook$/, '');
    hooks.ok = `${base}/ok`;
    hooks.expired = `${base}/expired`;
    hooks.failing = `${base}/failing`;
    // The Web API: users.info answers a locale, chat.* succeed except in the channel C0BROKEN1, views.open works.
    nock('https://slack.com')
      .persist()
      .post(/\/api\/.*/)
      .reply((uri, body) => {
        const raw = typeof body === 'string' ? body : JSON.stringify(body);
        webApi.push(raw);
        if (uri.includes('users.info')) return [200, { ok: true, user: { id: USER, locale: 'ja-JP' } }];
        if (uri.includes('chat.') && raw.includes('C0BROKEN1')) return [500, ''];
        return [200, { ok: true, message_ts: '1779977400.000100' }];
      });
    app = await startApp({ level: 'trace' });
  });

  afterAll(async () => {
    await app.stop();
    await hook.close();
    await optionHook.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  async function post(body: string, headers?: Record<string, string>): Promise<Sent> {
    const res = await send(app, body, headers);
    answers.push({ status: res.status, body: res.body });
    return res;
  }

  it('drives every surface and failure path with live tokens in the paste', { timeout: 60_000 }, async () => {
    // Slash commands: each paste, in English (lang=) and in the user's Slack language (users.info).
    for (const paste of PASTES) {
      expect((await post(commandBody(`lang=en ${paste}`, { response_url: hooks.ok }))).status).toBe(200);
      expect((await post(commandBody(paste, { response_url: hooks.ok, user_id: 'U0JAPAN01' }))).status).toBe(200);
    }
    // A bad inline option holding a token: the notice names the option, never its value.
    await post(commandBody(`skew=${LIVE_HS} ${paste401(LIVE_RS)}`, { response_url: hooks.ok }));
    // A token typed as an expectation (iss=): refused (see the last test), posted to its own hook.
    await post(
      commandBody(`aud=https://billing.acme-corp.com iss=${LIVE_HS} ${paste401(LIVE_RS)}`, {
        response_url: optionHook.url,
      }),
    );
    // A refused response_url: the report goes through chat.postEphemeral instead.
    await post(commandBody(paste401(LIVE_RS), { response_url: hooks.expired }));
    // Everything fails (response_url 500, then chat.postEphemeral 500): retries, then the error is logged.
    await post(commandBody(paste401(LIVE_HS), { response_url: hooks.failing, channel_id: 'C0BROKEN1' }));
    // The form: opening it (views.open carries the response_url in private_metadata), then submitting it.
    await post(commandBody('help', { response_url: hooks.ok }));
    await post(payloadBody(submission(PASTES[1] as string, LIVE_RS, { c: CHANNEL, r: hooks.ok, l: 'en' })));
    // The form with tokens typed in its issuer and audience fields: sent back with an error under each.
    await post(
      payloadBody(
        submission(PASTES[0] as string, LIVE_RS, { c: CHANNEL, r: hooks.ok, l: 'ja' }, { iss: LIVE_HS, aud: LIVE_RS }),
      ),
    );
    // The message shortcut, with tokens in the text, a rich_text code block and an attachment.
    await post(
      payloadBody(
        shortcut(hooks.ok, {
          ts: '1779977000.000200',
          text: `prod is down\n\`\`\`\n${PASTES[0]}\n\`\`\``,
          blocks: [
            {
              type: 'rich_text',
              elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text: PASTES[2] }] }],
            },
          ],
          attachments: [{ fallback: 'alert', text: `Authorization: Bearer ${LIVE_HS}` }],
        }),
      ),
    );
    await until(() => hook.received.filter((r) => Array.isArray(r.blocks)).length >= 11, 20_000);
    // The share button of a report: the value it carries goes back to Slack and out again, in channel.
    const value = shareValues(hook.received)[0];
    expect(value).toBeDefined();
    await post(payloadBody(click(value as string, hooks.ok)));
    await settle(app);

    // Requests refused before Bolt, or by it, each carrying live tokens.
    const forged = commandBody(paste401(LIVE_RS), { response_url: hooks.ok });
    expect((await post(forged, sign(forged, now(), 'not-the-signing-secret'))).status).toBe(401);
    expect((await post(forged, sign(forged, now() - 600))).status).toBe(401);
    expect((await post(forged, sign(forged, now() + 600))).status).toBe(401);
    const huge = commandBody(`${paste401(LIVE_RS)}\n${'x'.repeat(600 * 1024)}`);
    // Refused on its Content-Length before a byte is read, with an empty body (postRefused: no fetch EPIPE race).
    const refused = await postRefused(app.url, huge);
    answers.push({ status: refused, body: '' });
    expect(refused).toBe(413);
    // Malformed JSON whose parse error sits right at the token (a JSON.parse message quotes ~10 characters).
    const malformed = `payload=${encodeURIComponent(`{"type":"message_action","message":{"text":${LIVE_RS}}}`)}`;
    expect((await post(malformed)).status).toBe(400);
    expect((await post(`payload=null&token=${LIVE_HS}`)).status).toBe(400);
    await settle(app);
  });

  it('logged at trace level, with every path represented', () => {
    const records = app.logs.records();
    expect(records.length).toBeGreaterThan(20);
    const messages = new Set(records.map((r) => r.msg));
    for (const msg of [
      'diagnosed',
      'form opened',
      'shared',
      'response_url failed; trying the Web API',
      'post failed; retrying',
      'reply not delivered',
      'request refused',
      'inline option rejected',
    ]) {
      expect(messages, msg).toContain(msg);
    }
    // The share, the form and the ja reports really went out.
    expect(webApi.some((b) => b.includes('views.open') || b.includes('trigger_id'))).toBe(true);
    expect(hook.received.some((r) => r.response_type === 'in_channel')).toBe(true);
  });

  it('no log line holds a token part, the bot token or the signing secret', () => {
    const logs = app.logs.lines.join('\n');
    expectNoLeak('log lines', logs, SECRETS);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
  });

  it('nothing posted to a response_url holds a token part, nor the data behind its share button', () => {
    expect(hook.received.length).toBeGreaterThanOrEqual(14);
    expectNoLeak('response_url bodies', JSON.stringify(hook.received), SECRETS);
    const shared = shareValues(hook.received).map((v) => decodeShare(v));
    expect(shared.filter((s) => s !== null).length).toBeGreaterThan(5);
    expectNoLeak('decoded share buttons', JSON.stringify(shared), SECRETS);
  });

  it('no Web API call holds a token part', () => {
    expect(webApi.length).toBeGreaterThanOrEqual(5);
    expectNoLeak('Web API bodies', webApi.map(decodeForm).join('\n'), SECRETS);
    // Only the form's private_metadata carries a response_url out, and no token.
    expectNoLeak('Web API bodies (raw)', webApi.join('\n'), SECRETS);
  });

  it('no HTTP answer holds a token part', () => {
    expect(answers.length).toBeGreaterThan(15);
    expectNoLeak('HTTP answers', JSON.stringify(answers), SECRETS);
  });

  /**
   * Found by this file: a token typed as an expected value (`iss=eyJ…`, `aud=`, or in the form's
   * issuer/audience fields) was quoted back verbatim in the claim.iss-mismatch / claim.aud-mismatch
   * finding ("expected "eyJ…""), signature included: the engine redacted what was pasted, not the options
   * it was given. Now src/slack/inline-options.ts and modal.ts refuse such a value (as skew= refuses a
   * non-number), and the engine would redact it anyway (test/engine/secrets.test.ts).
   */
  it('a token typed as an inline option value (iss=) is refused, not quoted back', async () => {
    await until(() => optionHook.received.length === 1);
    expectNoLeak('answer to iss=<token>', JSON.stringify(optionHook.received), SECRETS);
    // In the user's Slack language (users.info says ja-JP): the line names the option, never its value.
    expect(optionHook.received[0]).toMatchObject({ text: expect.stringContaining('`iss=` にトークン（JWT）') });
    expect(app.logs.records().some((r) => r.msg === 'inline option rejected' && r.reason === 'token')).toBe(true);
  });
});

function decodeForm(raw: string): string {
  try {
    return [...new URLSearchParams(raw).values()].join('\n');
  } catch {
    return raw;
  }
}

/** The share button values of the reports posted. */
function shareValues(received: ReadonlyArray<Record<string, unknown>>): string[] {
  return received.flatMap((msg) => {
    const blocks = (msg.blocks ?? []) as Array<{ type: string; elements?: Array<{ value?: string }> }>;
    return blocks.flatMap((b) =>
      b.type === 'actions' ? (b.elements ?? []).flatMap((e) => (e.value ? [e.value] : [])) : [],
    );
  });
}

function shortcut(responseUrl: string, message: Record<string, unknown>) {
  return {
    type: 'message_action',
    callback_id: 'diagnose_message',
    trigger_id: '1337.43.abcdef',
    response_url: responseUrl,
    message_ts: message.ts,
    message: { type: 'message', user: 'U0DEV0001', ...message },
    user: { id: USER, name: 'oncall', team_id: TEAM },
    channel: { id: CHANNEL, name: 'incident-42' },
    team: { id: TEAM, domain: 'acme' },
    token: 'legacy-verification-token',
    action_ts: '1779977400.000100',
  };
}

function submission(paste: string, token: string, meta: unknown, expected: { iss?: string; aud?: string } = {}) {
  const values: Record<string, string | null> = {
    paste,
    token,
    iss: expected.iss ?? null,
    aud: expected.aud ?? 'https://api.acme-corp.com',
    scope: null,
    skew: null,
  };
  const state: Record<string, Record<string, { type: string; value: string | null }>> = {};
  for (const [id, value] of Object.entries(values)) {
    state[id] = { value: { type: id === 'skew' ? 'number_input' : 'plain_text_input', value } };
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

function click(value: string, responseUrl: string) {
  return {
    type: 'block_actions',
    user: { id: 'U0SHARER1', username: 'sharer', name: 'sharer', team_id: TEAM },
    api_app_id: 'A0JWTDIAG',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1779977400.000900', channel_id: CHANNEL, is_ephemeral: true },
    trigger_id: '1337.45.abcdef',
    team: { id: TEAM, domain: 'acme' },
    channel: { id: CHANNEL, name: 'incident-42' },
    response_url: responseUrl,
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
