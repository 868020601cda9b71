/**
 * Round audit-f: the paster's token line under a status line is no response body (corpus 8329: `HTTP/1.1 401` ⏎⏎
 * `token: eyJ…***` made the no-cause step say the 401's body had been shown, and ask only for headers).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { S401 } from '../helpers/paste-fixtures.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** A token with its signature masked: its findings only describe it (info), so a 401 gets the no-cause ask. */
const MASKED = `${rs256(CLAIMS, { kid: 'k1' }).split('.').slice(0, 2).join('.')}.***`;
const steps = (r: { nextSteps: string[] }) => r.nextSteps.join('\n');
const ASKS_BODY = "Paste the response's body and its WWW-Authenticate header";
const BODY_SHOWN = 'the 401 and its body do not say';

describe('a token line under the status line is the token, not the body', () => {
  for (const line of [`token: ${MASKED}`, MASKED, `jwt=${MASKED}`, `Bearer ${MASKED}`, `トークン: ${MASKED}`]) {
    it(`"${line.slice(0, 12)}…" after the blank line: the body is still asked for`, async () => {
      const report = await run(`${S401}\n\n${line}`);
      expect(report.status).toBe(401);
      expect(steps(report)).toContain(ASKS_BODY);
      expect(steps(report)).not.toContain(BODY_SHOWN);
    });
  }
  it('right under the status line (no blank): not the body either', async () => {
    const report = await run(`${S401}\ntoken: ${MASKED}`);
    expect(steps(report)).toContain(ASKS_BODY);
  });
  it('near-miss: a JSON body holding a token is the body', async () => {
    const report = await run(`${S401}\n\n{"token":"${MASKED}"}`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
  it('near-miss: a body before the token line is the body', async () => {
    const report = await run(`${S401}\n\nUnauthorized\n\ntoken: ${MASKED}`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
  it('near-miss: a sentence quoting a token is the body', async () => {
    const report = await run(`${S401}\n\nThe token ${MASKED} is not valid here`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
});

describe('a header field name the paste cut is not the body (corpus 11088: `HTTP/1.1 401` ⏎ `WWW-`)', () => {
  const sent = `Authorization: Bearer ${MASKED}\n${S401}`;
  for (const cut of ['WWW-', 'Content-', 'X-Request-']) {
    it(`"${cut}" ends the paste right under the status line: the body is still asked for`, async () => {
      const report = await run(`${sent}\n${cut}`);
      expect(steps(report)).toContain(ASKS_BODY);
      expect(steps(report)).not.toContain(BODY_SHOWN);
    });
  }
  it('near-miss: a one-word body right under the status line is the body', async () => {
    const report = await run(`${sent}\nUnauthorized`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
  it('near-miss: a dashed word that ends in no dash is the body', async () => {
    const report = await run(`${sent}\nAccess-Denied`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
  it('near-miss: not the paste’s last line, it is read as before', async () => {
    const report = await run(`${sent}\nWWW-\nmore`);
    expect(steps(report)).toContain(BODY_SHOWN);
  });
});
