/**
 * Terminal colour codes in a paste (docs/findings.md, "Terminal colour codes are paste artefacts too"): a colourised
 * logger's output written to a file (pino-pretty, Spring Boot's console pattern with `%clr`), a CI job's raw log
 * (GitHub Actions keeps the escapes of the commands it runs), and the same codes with their ESC lost in a web viewer.
 * The readers must see `401` and `jwt expired` through them, and the codes must never reach the report.
 */
import { describe, expect, it } from 'vitest';
import { normalizePaste } from '../../src/engine/normalize.js';
import { diagnose } from '../../src/index.js';
import { NOW } from '../helpers/catches.js';
import { EXPIRED_MASKED, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const ESC = '\x1b';
const c = (code: string, text: string) => `${ESC}[${code}m${text}${ESC}[39m`;

const ROWS: Row[] = [
  {
    name: 'pino-pretty written to a file: the error object and the access line, coloured',
    input: [
      `${c('31', 'ERROR')} [${c('90', '14:09:58.120')}]: ${c('36', 'request rejected')}`,
      '    err: {',
      '      "type": "TokenExpiredError",',
      '      "message": "jwt expired",',
      '      "expiredAt": "2026-05-28T14:01:58.000Z"',
      '    }',
      `${c('32', 'GET')} /v1/orders ${c('33', '401')} 3.2 ms`,
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'a CI raw log: curl -i coloured by the step, with bold and reset codes',
    input: [
      `2026-05-28T14:09:58.1134567Z ${ESC}[36;1mcurl -si https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${EXPIRED_MASKED}"${ESC}[0m`,
      `2026-05-28T14:09:58.4512345Z ${ESC}[1mHTTP/1.1 401 Unauthorized${ESC}[0m`,
      '2026-05-28T14:09:58.4513456Z WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: ['token.missing', 'token.malformed', 'challenge.malformed'],
  },
  {
    name: 'the same codes with the ESC lost: [33m401[39m',
    input: `[31mERROR[39m TokenExpiredError: jwt expired\n[32mGET[39m /v1/orders [33m401[39m 3.2 ms`,
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
  },
  {
    // An unterminated OSC must not take the text after it.
    name: 'an OSC hyperlink, then one left unterminated before the message',
    input: `${ESC}]8;;https://jwt.io${ESC}\\jwt.io${ESC}]8;;${ESC}\\ says ${ESC}]TokenExpiredError: jwt expired`,
    ...REFUSED,
    top: 'time.expired',
  },
];

describe('terminal colour codes are paste artefacts', () => {
  for (const row of ROWS) it(row.name, () => expectPasteRow(row));

  it('no escape or bare colour code reaches the report', async () => {
    for (const row of ROWS) {
      const json = JSON.stringify(await diagnose(row.input, { now: NOW }));
      expect(json).not.toContain('\\u001b');
      expect(json).not.toMatch(/\[\d{1,3}(?:;\d{1,3})*m/);
    }
  });

  it('leaves bracketed durations and codes alone', () => {
    expect(normalizePaste('retry in [5m] then [39m]')).toBe('retry in [5m] then [39m]');
    expect(normalizePaste('no reset code here: [31m is text')).toBe('no reset code here: [31m is text');
    expect(normalizePaste('[1;33mWARN[0m retry in [5m]')).toBe('WARN retry in [5m]');
  });

  it('strips a megabyte of escapes in linear time', () => {
    const seq = `${ESC}]${'a'.repeat(600)}${ESC}[1;31m${ESC}[`;
    const text = seq.repeat(Math.ceil((1 << 20) / seq.length));
    const t0 = performance.now();
    const out = normalizePaste(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out).not.toContain(`${ESC}[1;31m`);
  });
});
