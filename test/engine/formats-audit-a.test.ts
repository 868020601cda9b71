/**
 * Round audit-a: reports read as the on-call engineer reads them. A 401 whose findings only describe the token
 * (a live token, a masked one, an absent aud, a long lifetime) did not say why the server refused it, and its
 * steps never asked for that reason: they now ask for the response's parts the paste did not show and the
 * auth layer's log line, after the findings' own steps, and not for a token that was pasted.
 */
import { describe, expect, it } from 'vitest';
import { NextSteps } from '../../src/engine/report.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { run } from '../helpers/catches.js';
import { EXPIRED_MASKED, FRESH_MASKED, S401, S403 } from '../helpers/paste-fixtures.js';
import { CLAIMS, hs256, unsigned } from '../helpers/tokens.js';

const LIVE = hs256(CLAIMS);
const ASK_ALL = en.ui.noCauseSteps(401, { body: false, challenge: false, token: true });
const TOKEN_ASK = en.ui.noCauseSteps(401)[2] as string;
const NO_AUD = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, aud: undefined });

describe('a 401 whose findings do not say why: the steps ask for the server’s reason', () => {
  const catchRows: Array<[string, string, string[]]> = [
    ['a live token under the status line', `${S401}\nAuthorization: Bearer ${LIVE}`, ASK_ALL],
    ['a live token in prose', `the API returns 401 Unauthorized with ${LIVE} — any idea?`, ASK_ALL],
    ['a masked, fresh token', `${S401}\n\nAuthorization: Bearer ${FRESH_MASKED}`, ASK_ALL],
    [
      'a token with no aud',
      `> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${NO_AUD}\n>\n< HTTP/1.1 401 Unauthorized`,
      ASK_ALL,
    ],
    [
      'a masked credential (the ask for a token is input.masked’s own)',
      'GET /v1/orders HTTP/1.1\nAuthorization: ***\n\nHTTP/1.1 401 Unauthorized',
      ASK_ALL,
    ],
  ];
  it.each(catchRows)('%s', async (_, paste, ask) => {
    const report = await run(paste);
    expect(report.findings.some((f) => f.severity === 'error')).toBe(false);
    for (const s of ask) expect(report.nextSteps).toContain(s);
    expect(report.nextSteps).not.toContain(TOKEN_ASK);
  });

  it('after the findings’ own steps, once each', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${LIVE}`);
    expect(report.findings[0]?.code).toBe('input.live-token');
    expect(report.nextSteps[0]).toContain('Delete the message');
    expect(new Set(report.nextSteps).size).toBe(report.nextSteps.length);
  });

  it('in Japanese', async () => {
    const report = await run(`${S401}\nAuthorization: Bearer ${LIVE}`, { locale: 'ja' });
    for (const s of ja.ui.noCauseSteps(401, { body: false, challenge: false, token: true }))
      expect(report.nextSteps).toContain(s);
  });

  const notRows: Array<[string, string]> = [
    ['an error names the cause', `${S401}\n\nAuthorization: Bearer ${EXPIRED_MASKED}`],
    [
      'the server answered invalid_token',
      `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${FRESH_MASKED}`,
    ],
    [
      'a Bearer challenge with no error (its own step points at the server’s logs)',
      `GET /v1/orders HTTP/1.1\nAuthorization: Bearer ${FRESH_MASKED}\n\n${S401}\nWWW-Authenticate: Bearer\nContent-Length: 0`,
    ],
    [
      'a gateway named from its headers',
      `curl -i -H "Authorization: Bearer ${FRESH_MASKED}" https://k3x9p2m7q1.execute-api.us-east-1.amazonaws.com/prod/orders\n${S401}\nContent-Type: application/json\nx-amzn-RequestId: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}`,
    ],
    ['a 403 (its family has its own verdicts)', `${S403}\nAuthorization: Bearer ${LIVE}`],
    ['no status at all', `Authorization: Bearer ${LIVE}`],
  ];
  it.each(notRows)('not when %s', async (_, paste) => {
    const report = await run(paste);
    for (const cat of [en]) {
      for (const body of [false, true])
        for (const challenge of [false, true])
          expect(report.nextSteps).not.toContain(cat.ui.noCauseSteps(401, { body, challenge, token: true })[0]);
    }
  });

  it('NextSteps: a finding resting on the server’s answer, or an error, says why', () => {
    const shown = { body: false, challenge: false, token: true };
    const observed = new NextSteps(en);
    observed.add('input.live-token', 'warning', ['revoke it'], 'token');
    expect(observed.list(401, en, shown)).toEqual(['revoke it', ...ASK_ALL]);
    const answered = new NextSteps(en);
    answered.add('challenge.missing', 'warning', ['find who answered'], 'response-header');
    expect(answered.list(401, en, shown)).toEqual(['find who answered']);
    const logged = new NextSteps(en);
    logged.add('claim.aud-missing', 'warning', ['set aud'], 'log');
    expect(logged.list(401, en, shown)).toEqual(['set aud']);
    const unshown = new NextSteps(en);
    unshown.add('input.live-token', 'warning', ['revoke it'], 'token');
    expect(unshown.list(401, en)).toEqual(['revoke it']);
  });
});
