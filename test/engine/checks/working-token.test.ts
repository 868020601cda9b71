import { describe, expect, it } from 'vitest';
import { tokenVerdict } from '../../../src/engine/token/labels.js';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, rs256, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const WORKS = unsigned(HEADER, CLAIMS);
const STAGING = unsigned(HEADER, { ...CLAIMS, iss: 'https://auth.staging.acme-corp.com/' });

describe('token.differs-from-working: the paste holds a token that works beside the one that fails', () => {
  it('catches "old token (works)" / "new token (401)" and diagnoses the failing one', async () => {
    const report = await run(`old token (works): ${WORKS}\nnew token (401): ${STAGING}`);
    const f = report.findings.find((x) => x.code === 'token.differs-from-working');
    expect(f?.args).toMatchObject({
      differences: [{ field: 'iss', failing: 'https://auth.staging.acme-corp.com/', working: CLAIMS.iss }],
    });
    expect(f?.title).toBe('Unlike the token that works, this one differs in iss');
    expect(report.nextSteps[0]).toContain('same issuer');
    // The failing token is the one diagnosed, whichever comes first.
    const swapped = await run(`new token (401): ${STAGING}\nold token (works): ${WORKS}`);
    expect(swapped.token?.fingerprint).toBe(report.token?.fingerprint);
  });

  it('catches a token labelled on the line above, in Japanese', async () => {
    const f = await catches('token.differs-from-working', `動くトークン:\n${WORKS}\n\nダメなトークン:\n${STAGING}`);
    expect(f.args).toMatchObject({ differences: [{ field: 'iss' }] });
  });

  it('catches the request’s own token against one the paste says works, and a key, an algorithm and grants', async () => {
    const failing = unsigned({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, { ...CLAIMS, scope: 'read:orders' });
    const working = unsigned(HEADER, { ...CLAIMS, scope: 'read:orders write:orders' });
    const f = await catches(
      'token.differs-from-working',
      [
        `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${failing}"`,
        'HTTP/1.1 403 Forbidden',
        '',
        `this one works from Postman: ${working}`,
      ].join('\n'),
    );
    expect(f.args).toMatchObject({
      differences: [
        { field: 'alg', failing: 'HS256', working: 'RS256' },
        { field: 'kid', failing: 'dev', working: 'acme-2026-05' },
        { field: 'scope', lacks: ['write:orders'] },
      ],
    });
  });

  it('says it in Japanese', async () => {
    const report = await run(`old token (works): ${WORKS}\nnew token (401): ${STAGING}`, { locale: 'ja' });
    expect(report.findings.find((x) => x.code === 'token.differs-from-working')?.title).toBe(
      '動くトークンと比べて iss が違います',
    );
  });

  it('catches not two tokens the paste does not label, nor two failing ones', async () => {
    await catchesNot('token.differs-from-working', `${WORKS}\n${STAGING}`);
    await catchesNot('token.differs-from-working', `first one fails: ${WORKS}\nsecond one fails too: ${STAGING}`);
  });

  it('catches not when the diagnosed token is the one said to work, nor tokens that differ only in times', async () => {
    await catchesNot(
      'token.differs-from-working',
      `this works:\nAuthorization: Bearer ${WORKS}\nHTTP/1.1 401 Unauthorized\n\nthis one too: ${STAGING}`,
    );
    // Another token said to fail beside the header's working one is diagnosed instead, and compared (audit-q).
    await catches(
      'token.differs-from-working',
      `this works:\nAuthorization: Bearer ${WORKS}\nHTTP/1.1 200 OK\n\nthis one 401s though: ${STAGING}`,
    );
    const later = unsigned(HEADER, { ...CLAIMS, iat: CLAIMS.iat + 60, exp: CLAIMS.exp + 60, sub: 'someone-else' });
    await catchesNot('token.differs-from-working', `works: ${WORKS}\nfails: ${later}`);
  });

  it('reads "not working" as failing, and a status inside a number as nothing', async () => {
    await catches('token.differs-from-working', `working: ${WORKS}\nnot working: ${STAGING}`);
    // A number or a timestamp's milliseconds are no status: the other token is labelled by nothing, and as the only
    // token beside the working one it is the one diagnosed (audit-u), compared, with no status read.
    for (const line of [`request 14013: ${STAGING}`, `2026-05-28T14:09:58.401Z token=${STAGING}`]) {
      await catches('token.differs-from-working', `works: ${WORKS}\n${line}`);
      expect((await run(`works: ${WORKS}\n${line}`)).status).toBeNull();
    }
    await catches(
      'token.differs-from-working',
      `2026-05-28T14:09:58.200Z GET /v1/orders 200 token=${WORKS}\n2026-05-28T14:09:59.120Z GET /v1/orders 401. token=${STAGING}`,
    );
  });

  it('quotes neither token: both are named by their fingerprints', async () => {
    const works = rs256(CLAIMS);
    const fails = rs256({ ...CLAIMS, aud: 'https://api.staging.acme-corp.com' });
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(`works: ${works}\nfails (401): ${fails}`, { locale });
      expect(report.findings.map((f) => f.code)).toContain('token.differs-from-working');
      const json = JSON.stringify(report);
      for (const t of [works, fails]) {
        expect(json).not.toContain(t.split('.')[2]);
        expect(json).not.toContain(t.split('.')[1]);
      }
    }
  });

  it('reads no label in another token’s characters, whatever they spell by chance', () => {
    const spelling = unsigned(HEADER, CLAIMS, 'Qx9-ok-failxNG-bad-200');
    const text = `${spelling} ${STAGING}`;
    const at = text.indexOf(STAGING);
    expect(tokenVerdict(text, at, at + STAGING.length)).toBeNull();
    expect(tokenVerdict(`${text} works`, at, at + STAGING.length)).toBe('working');
  });
});

describe('policy.deny beside a working token', () => {
  const failing = unsigned(HEADER, { ...CLAIMS, scope: 'read:orders' });
  const working = unsigned(HEADER, { ...CLAIMS, scope: 'read:orders write:orders' });

  it('is not supposed when the failing token lacks grants the working one holds (the difference explains the 403)', async () => {
    const report = await run(`works (Postman): ${working}\nfails (app): ${failing}\nHTTP/1.1 403 Forbidden`);
    const codes = report.findings.map((f) => f.code);
    expect(codes[0]).toBe('token.differs-from-working');
    expect(codes).not.toContain('policy.deny');
  });

  it('is still supposed when the two differ only in what grants nothing (a kid)', async () => {
    const rekeyed = unsigned({ ...HEADER, kid: 'acme-2026-06' }, CLAIMS);
    await catches('policy.deny', `works: ${WORKS}\nfails: ${rekeyed}\nHTTP/1.1 403 Forbidden`);
  });
});
