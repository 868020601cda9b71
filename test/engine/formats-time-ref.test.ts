import { describe, expect, it } from 'vitest';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import type { Report } from '../../src/engine/types.js';
import { NOW, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

/**
 * Round "time-ref": with preferPastedDate (the CLI without --now, the Slack app) and no Date header, a pasted log is
 * judged at the time of the entry that holds the refusal, when that time names its zone (audit-hh: a log platform's
 * entry read days later said "expired 907d ago" where the entry's own time gave ~8 min).
 */

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const MINUTE = 60;
/** Last night, 15 h 10 min before the clock (NOW, 2026-05-28T14:10:00Z). */
const LINE = NOW - 15 * 3600 - 10 * MINUTE;
const LINE_ISO = '2026-05-27T23:00:00Z';
const CLOCK: DiagnoseOptions = { preferPastedDate: true };

function token(exp: number): string {
  return unsigned(HEADER, { ...CLAIMS, iat: exp - 3600, exp });
}
const codes = (r: Report) => r.findings.map((f) => f.code);

describe('the log line time is the reference time', () => {
  it("measures jsonwebtoken's expiry from the ISO time on its line", async () => {
    const input = `${LINE_ISO.replace('Z', '.123Z')} ERROR TokenExpiredError: jwt expired\n    at /srv/api/node_modules/jsonwebtoken/verify.js:190:21\ntoken: ${token(LINE - 8 * MINUTE)}`;
    const r = await run(input, CLOCK);
    expect(r.reference).toEqual({ now: LINE_ISO, nowSource: 'log-time', skewSeconds: 60 });
    const f = r.findings.find((x) => x.code === 'time.expired');
    expect(f?.args).toMatchObject({ agoSeconds: 480 });
  });

  it('does not call a token expired that was valid at the line time, however old the clock finds it', async () => {
    const input = `${LINE_ISO} ERROR JsonWebTokenError: invalid signature\ntoken: ${token(LINE + 20 * MINUTE)}`;
    const r = await run(input, CLOCK);
    expect(r.reference.nowSource).toBe('log-time');
    expect(codes(r)).not.toContain('time.expired');
    // The same paste judged by the clock: 14 h 50 min past exp.
    expect(codes(await run(input))).toContain('time.expired');
  });

  it("reads a Cloud Logging entry's timestamp beside its textPayload", async () => {
    const entry = JSON.stringify({
      insertId: '1x2y3z',
      textPayload: 'JsonWebTokenError: invalid signature',
      severity: 'ERROR',
      timestamp: '2026-05-27T23:00:00.123456789Z',
    });
    const r = await run(`${entry}\ntoken: ${token(LINE - 8 * MINUTE)}`, CLOCK);
    expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    expect(r.findings.find((x) => x.code === 'time.expired')?.args).toMatchObject({ agoSeconds: 480 });
  });

  it("reads an ECS entry's @timestamp and pino's epoch-ms time", async () => {
    const ecs = JSON.stringify({ '@timestamp': '2026-05-28T08:00:00.000+09:00', message: 'jwt malformed' });
    const pino = JSON.stringify({ level: 50, time: LINE * 1000 + 123, msg: 'jwt expired' });
    for (const entry of [ecs, pino]) {
      const r = await run(`${entry}\ntoken: ${token(LINE + 20 * MINUTE)}`, CLOCK);
      expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    }
  });

  it("reads a load balancer's request entry: its status and the entry's timestamp", async () => {
    const entry = JSON.stringify({
      httpRequest: { requestMethod: 'GET', requestUrl: 'https://api.acme-corp.com/v1/orders', status: 401 },
      severity: 'WARNING',
      timestamp: '2026-05-27T23:00:00.123Z',
    });
    const r = await run(`${entry}\nAuthorization: Bearer ${token(LINE - 8 * MINUTE)}`, CLOCK);
    expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    expect(r.findings.find((x) => x.code === 'time.expired')?.args).toMatchObject({ agoSeconds: 480 });
  });

  it('reads an RFC 1123 time and a logfmt time= before the message', async () => {
    const lines = [
      '[Wed, 27 May 2026 23:00:00 GMT] JsonWebTokenError: invalid signature',
      'time="2026-05-28T08:00:00+09:00" level=error msg="token signature is invalid: crypto/rsa: verification error"',
    ];
    for (const line of lines) {
      const r = await run(`${line}\ntoken: ${token(LINE + 20 * MINUTE)}`, CLOCK);
      expect(r.reference, line).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
      expect(codes(r), line).not.toContain('time.expired');
    }
  });
});

describe('round left-p: more log shapes give the entry its time', () => {
  it("reads an access log's [time] before its request line (nginx/Apache combined, morgan combined)", async () => {
    const lines = [
      // nginx `combined` (ngx_http_log_module), Apache `%t` (mod_log_config): the entry's own zone.
      '10.0.0.1 - - [27/May/2026:23:00:00 +0000] "GET /v1/orders HTTP/1.1" 401 0 "-" "curl/8.4.0"',
      '10.0.0.1 - alice [28/May/2026:08:00:00 +0900] "GET /v1/orders HTTP/1.1" 401 172 "-" "okhttp/4.12.0"',
      // morgan `combined` (expressjs/morgan): `[:date[clf]]` is in GMT.
      '::ffff:10.0.0.1 - - [27/May/2026:23:00:00 +0000] "GET /v1/orders HTTP/1.1" 401 12 "-" "axios/1.7.2"',
    ];
    for (const line of lines) {
      const r = await run(`${line}\nAuthorization: Bearer ${token(LINE - 8 * MINUTE)}`, CLOCK);
      expect(r.reference, line).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
      expect(r.findings.find((x) => x.code === 'time.expired')?.args, line).toMatchObject({ agoSeconds: 480 });
    }
  });

  it("reads the refused HAR entry's startedDateTime, not an earlier entry's", async () => {
    const entry = (started: string, status: number) => ({
      startedDateTime: started,
      request: { method: 'GET', url: 'https://api.acme-corp.com/v1/orders', headers: [] },
      response: { status, statusText: '', headers: [] },
    });
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [entry('2026-05-27T20:00:00.000Z', 200), entry('2026-05-27T23:00:00.000Z', 401)],
      },
    });
    const r = await run(`${har}\ntoken: ${token(LINE - 8 * MINUTE)}`, CLOCK);
    expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    expect(r.findings.find((x) => x.code === 'time.expired')?.args).toMatchObject({ agoSeconds: 480 });
  });

  it('reads kubectl logs --timestamps and a stern line (pod, container, then the time)', async () => {
    const lines = [
      '2026-05-27T23:00:00.123456789Z JsonWebTokenError: invalid signature',
      // stern's default template with --timestamps (stern/stern).
      'api-7d9f8b6c5-x2k4q api 2026-05-27T23:00:00.123456789Z JsonWebTokenError: invalid signature',
      'prod api-7d9f8b6c5-x2k4q api 2026-05-27T23:00:00.123456789Z JsonWebTokenError: invalid signature',
    ];
    for (const line of lines) {
      const r = await run(`${line}\ntoken: ${token(LINE + 20 * MINUTE)}`, CLOCK);
      expect(r.reference, line).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
      expect(codes(r), line).not.toContain('time.expired');
    }
  });
});

describe('no log time is taken', () => {
  const judgedByClock = async (input: string, options: DiagnoseOptions = CLOCK) => {
    const r = await run(input, options);
    expect(r.reference.nowSource, input.split('\n')[0]).not.toBe('log-time');
    return r;
  };

  it('from a local time with no zone', async () => {
    await judgedByClock(
      `2026-05-27 23:00:00,123 ERROR app JsonWebTokenError: invalid signature\ntoken: ${token(LINE)}`,
    );
    await judgedByClock(`[27/May/2026 23:00:00] JsonWebTokenError: invalid signature\ntoken: ${token(LINE)}`);
  });

  it('from a time in prose, or a time after the message (the token’s own expiry)', async () => {
    await judgedByClock(`Yesterday at ${LINE_ISO} we got: jwt expired\ntoken: ${token(LINE)}`);
    const r = await judgedByClock(
      `TokenExpiredError: jwt expired, expiredAt: ${LINE_ISO}\ntoken: ${token(LINE - 8 * MINUTE)}`,
    );
    expect(r.reference.nowSource).toBe('options');
  });

  it('from a decoded payload or a time after the clock', async () => {
    const payload = JSON.stringify({ ...CLAIMS, time: LINE, message: 'jwt expired' });
    await judgedByClock(payload);
    await judgedByClock(`2026-05-28T20:00:00Z ERROR JsonWebTokenError: invalid signature\ntoken: ${token(LINE)}`);
  });

  it('from an entry written before the pasted token was issued: it is not the token that entry refused', async () => {
    const fresh = unsigned(HEADER, { ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 });
    const r = await judgedByClock(`${LINE_ISO} WARN TokenExpiredError: jwt expired\ntoken: ${fresh}`);
    expect(r.findings.map((f) => f.code)).not.toContain('time.issued-in-future');
  });

  it('from an access log time with no zone or not before a request line, a HAR entry without a zone, or prose', async () => {
    const t = token(LINE);
    await judgedByClock(`10.0.0.1 - - [27/May/2026:23:00:00] "GET /v1/orders HTTP/1.1" 401 0\ntoken: ${t}`);
    await judgedByClock(`we saw [27/May/2026:23:00:00 +0000] then a 401\ntoken: ${t}`);
    const har = JSON.stringify({
      log: { entries: [{ startedDateTime: '2026-05-27T23:00:00', response: { status: 401, headers: [] } }] },
    });
    await judgedByClock(`${har}\ntoken: ${t}`);
    await judgedByClock(`we got at 2026-05-27T23:00:00Z JsonWebTokenError: invalid signature\ntoken: ${t}`);
  });

  it('when --now is given: the options win', async () => {
    const r = await judgedByClock(`${LINE_ISO} ERROR JsonWebTokenError: invalid signature\ntoken: ${token(LINE)}`, {
      preferPastedDate: false,
    });
    expect(r.reference.nowSource).toBe('options');
  });

  it('when a Date header is pasted: the header wins', async () => {
    const input = `HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:00:00 GMT\n\n${LINE_ISO} ERROR JsonWebTokenError: invalid signature\ntoken: ${token(LINE)}`;
    const r = await judgedByClock(input);
    expect(r.reference).toMatchObject({ now: '2026-05-28T14:00:00Z', nowSource: 'date-header' });
  });
});
