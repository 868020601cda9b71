import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/log.js';
import { toBoltLogger } from '../../src/slack/bolt-logger.js';
import { LogCapture } from './helpers/slack.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

function setup() {
  const capture = new LogCapture();
  const bolt = toBoltLogger(createLogger({ level: 'trace', destination: capture }));
  return { capture, bolt };
}

describe('the Bolt logger adapter', () => {
  it('never forwards DEBUG, where Bolt prints request bodies, even when asked to', () => {
    const { capture, bolt } = setup();
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug(`AWS event: {"body":"text=${JWT}"}`);
    expect(capture.lines).toEqual([]);
    expect(bolt.getLevel()).toBe(LogLevel.INFO);
  });

  it('forwards INFO, WARN and ERROR with credentials scrubbed', () => {
    const { capture, bolt } = setup();
    bolt.info('hello');
    bolt.warn('http request failed', '{"authorization":"Bearer xoxb-1-2-secret"}');
    bolt.error(new Error(`boom ${JWT}`));
    const records = capture.records();
    expect(records.map((r) => r.level)).toEqual([30, 40, 50]);
    expect(records.map((r) => r.component)).toEqual(['bolt', 'bolt', 'bolt']);
    const all = capture.lines.join('\n');
    expect(all).not.toContain('xoxb-1-2-secret');
    expect(all).not.toContain(JWT);
  });

  it('summarises objects instead of dumping them', () => {
    const { capture, bolt } = setup();
    bolt.warn('ack body', { text: JWT });
    expect(capture.records()[0]?.msg).toBe('ack body [object]');
  });
});

describe('the root logger', () => {
  it('redacts credential and paste paths as a second line of defence', () => {
    const capture = new LogCapture();
    createLogger({ level: 'info', destination: capture }).info(
      {
        authorization: 'Bearer abc',
        token: 'x',
        body: 'b',
        text: 't',
        response_url: 'https://hooks.slack.com/x',
        req: { token: 'y' },
      },
      'm',
    );
    const r = capture.records()[0] ?? {};
    for (const k of ['authorization', 'token', 'body', 'text', 'response_url']) expect(r[k]).toBe('[redacted]');
    expect(r.req).toEqual({ token: '[redacted]' });
  });

  it("redacts one level down under any key, in lines and in bindings, without changing the caller's objects", () => {
    const capture = new LogCapture();
    const command = { text: 't', response_url: 'https://hooks.slack.com/x', user_id: 'U1' };
    const req = { headers: { authorization: 'Bearer abc', host: 'h' }, method: 'POST' };
    const child = createLogger({ level: 'info', destination: capture }).child({ view: { private_metadata: 'm' } });
    child.info({ command, req, codes: ['a'], n: 1 }, 'm');
    child.child({ command }).info('grandchild');
    const r = capture.records()[0] ?? {};
    expect(capture.records()[1]?.command).toEqual(r.command);
    expect(r.command).toEqual({ text: '[redacted]', response_url: '[redacted]', user_id: 'U1' });
    expect(r.req).toEqual({ headers: { authorization: '[redacted]', host: 'h' }, method: 'POST' });
    expect(r.view).toEqual({ private_metadata: '[redacted]' });
    expect(r.codes).toEqual(['a']);
    expect(command.text).toBe('t');
    expect(req.headers.authorization).toBe('Bearer abc');
  });

  it('still serialises an error that has a body of its own (as Web API HTTP errors do)', () => {
    const capture = new LogCapture();
    const e = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 500'), {
      code: 'slack_webapi_http_error',
      statusCode: 500,
      body: { token: 'xoxb-1-2-secret' },
    });
    createLogger({ level: 'info', destination: capture }).warn({ err: e }, 'm');
    expect(capture.records()[0]?.err).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect(capture.lines.join('\n')).not.toContain('xoxb-1-2-secret');
  });

  it('scrubs Slack tokens, Bearer credentials, JWTs and response URLs from free text', () => {
    expect(
      scrubSecrets(`a xoxb-1-2-x b xapp-1-A-2 Bearer abcdefghij ${JWT} https://hooks.slack.com/commands/T/1/x`),
    ).toBe('a xox*-‹redacted› b xapp-‹redacted› Bearer ‹redacted› ‹jwt› https://hooks.slack.com/‹redacted›');
  });
});
