import { describe, expect, it } from 'vitest';
import { NextSteps } from '../../src/engine/report.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { run } from '../helpers/catches.js';
import { EXPIRED_MASKED, FRESH_MASKED } from '../helpers/paste-fixtures.js';

const COMPARE =
  'Compare the issuer, audience and signing keys the server is configured with to the token’s iss, aud and kid shown here.';

describe('next steps', () => {
  it('gives a step two findings share once, errors and warnings before info', () => {
    const steps = new NextSteps(en);
    steps.add('signature.unchecked', 'info', ['check the signature']);
    steps.add('authz-header.missing', 'error', ['attach it', 'forward it']);
    steps.add('challenge.no-error', 'error', ['attach it', 'forward it']);
    expect(steps.list(401, en)).toEqual(['attach it', 'forward it', 'check the signature']);
  });

  it('gives an advice two findings word differently once, in the words of the one ranked first', () => {
    const [attach, look] = en.sameAdvice[0] as readonly string[];
    const steps = new NextSteps({ ...en, sameAdvice: [[attach as string, look as string]] });
    steps.add('challenge.no-error', 'warning', [attach as string, 'forward it']);
    steps.add('token.missing', 'error', [look as string, 'paste the request']);
    expect(steps.list(401, en)).toEqual([attach, 'forward it', 'paste the request']);
  });

  it('keeps at most eight', () => {
    const steps = new NextSteps(en);
    for (let i = 0; i < 12; i++) steps.add('claim.pii', i % 2 === 0 ? 'info' : 'warning', [`step ${i}`]);
    expect(steps.list(401, en)).toHaveLength(8);
    expect(steps.list(401, en)[0]).toBe('step 1');
  });

  it('drops a generic verdict’s steps when an error ranked above it names the cause', () => {
    const steps = new NextSteps(en);
    steps.add('time.expired', 'error', ['refresh it']);
    steps.add('challenge.invalid-token', 'error', ['compare the configuration']);
    expect(steps.list(401, en)).toEqual(['refresh it']);
  });

  it('keeps them when nothing above it is an error, or the error comes after it', () => {
    const alone = new NextSteps(en);
    alone.add('input.live-token', 'warning', ['revoke it']);
    alone.add('challenge.invalid-token', 'error', ['compare the configuration']);
    expect(alone.list(401, en)).toEqual(['revoke it', 'compare the configuration']);
    const first = new NextSteps(en);
    first.add('challenge.invalid-token', 'error', ['compare the configuration']);
    first.add('claim.aud-mismatch', 'error', ['fix the audience']);
    expect(first.list(401, en)).toEqual(['compare the configuration', 'fix the audience']);
  });

  it('in a report: an expired token explains invalid_token, a fresh one does not', async () => {
    const challenge = 'WWW-Authenticate: Bearer error="invalid_token"';
    const expired = await run(`HTTP/1.1 401 Unauthorized\n${challenge}\n\nAuthorization: Bearer ${EXPIRED_MASKED}`);
    expect(expired.findings[0]?.code).toBe('time.expired');
    expect(expired.nextSteps).not.toContain(COMPARE);
    const fresh = await run(`HTTP/1.1 401 Unauthorized\n${challenge}\n\nAuthorization: Bearer ${FRESH_MASKED}`);
    expect(fresh.findings[0]?.code).toBe('challenge.invalid-token');
    expect(fresh.nextSteps[0]).toBe(COMPARE);
  });

  it('says what to paste when the status classified the failure and nothing named its cause', async () => {
    for (const paste of ['HTTP/1.1 403 Forbidden', '"GET /v1/orders HTTP/1.1" 403 0 "-" "curl/8.5.0"']) {
      const report = await run(paste);
      expect(report.classification).toBe('authorization');
      expect(report.findings).toEqual([]);
      expect(report.nextSteps).toEqual(en.ui.noCauseSteps(403));
      expect(report.nextSteps[0]).toContain('a 403 alone');
    }
    const inJapanese = await run('HTTP/1.1 403 Forbidden', { locale: 'ja' });
    expect(inJapanese.nextSteps).toEqual(ja.ui.noCauseSteps(403));
    // A report with findings keeps its own steps; none of these is added.
    const found = await run(`HTTP/1.1 401 Unauthorized\n\nAuthorization: Bearer ${EXPIRED_MASKED}`);
    expect(found.nextSteps).not.toContain(en.ui.noCauseSteps(401)[0]);
    expect(new NextSteps(en).list(null, en)[0]).toContain('the status alone');
  });
});
