import { describe, expect, it } from 'vitest';
import { ANSWERING_PRODUCTS, SAAS_APIS } from '../../src/engine/checks/answering-product.js';
import { CREDENTIAL_VIAS } from '../../src/engine/checks/credential-kind.js';
import { GATEWAY_LIBRARIES } from '../../src/engine/checks/proxy.js';
import { diagnose } from '../../src/index.js';
import { hasProductName, productName } from '../../src/messages/product-names.js';
import { SAAS_VENDOR_NAMES } from '../../src/messages/saas-vendors.js';

const NOW = '2026-05-28T14:10:00Z';
const BACKLOG =
  'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}';

describe('product names in sentences', () => {
  it('every product the engine can name as the one that answered has a name for prose', () => {
    const missing = [...ANSWERING_PRODUCTS, ...CREDENTIAL_VIAS].filter((v) => !hasProductName(v));
    expect(missing).toEqual([]);
  });
  it('every SaaS vendor the words name is one the engine knows checks its own tokens', () => {
    expect(Object.keys(SAAS_VENDOR_NAMES).filter((v) => !SAAS_APIS.has(v))).toEqual([]);
  });
  it('a gateway has one name in a report: the gateway finding’s and the sentences’ agree', () => {
    const differ = Object.entries(GATEWAY_LIBRARIES).filter(
      ([via, name]) => hasProductName(via) && productName(via) !== name,
    );
    expect(differ).toEqual([]);
  });
  it('a refused Backlog key reads "Refused by Backlog", and its 401 "in Backlog’s own words" (en)', async () => {
    const r = await diagnose(BACKLOG, { now: NOW });
    const refused = r.findings.find((f) => f.code === 'challenge.invalid-token');
    expect(refused?.detail).toMatch(/^Refused by Backlog\./);
    const missing = r.findings.find((f) => f.code === 'challenge.missing');
    expect(missing?.detail).toContain('in Backlog’s own words, so Backlog answered');
  });
  it('the same in Japanese, and a common noun in Japanese words (ja)', async () => {
    const r = await diagnose(BACKLOG, { now: NOW, locale: 'ja' });
    expect(r.findings.find((f) => f.code === 'challenge.invalid-token')?.detail).toMatch(/^Backlog に拒否されました/);
    const nats = await diagnose('nats: Authorization Violation', { now: NOW, locale: 'ja' });
    const detail = nats.findings.map((f) => f.detail).join('\n');
    expect(detail).not.toMatch(/\bnats に/);
  });
});

describe('a product’s stated error opens its sentence with its name', () => {
  it('GitHub’s refusal reads "GitHub refused", Google’s "The Google API refused" (en), a library keeps its id', async () => {
    const gh = await diagnose(
      'POST https://api.github.com/repos/a/b/pulls/1/reviews: 403 Resource not accessible by integration []',
      { now: NOW },
    );
    expect(gh.findings.map((f) => f.detail).join('\n')).toContain(
      'GitHub refused the call for a permission the token lacks',
    );
    const google = await diagnose(
      'ERROR: (gcloud.projects.list) UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      { now: NOW },
    );
    expect(google.findings.map((f) => f.detail).join('\n')).toMatch(/^The Google API refused the token/m);
  });
  it('a SaaS API that answered itself says so instead of "an intermediary probably answered"', async () => {
    const r = await diagnose(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"code":124,"message":"Invalid access token."}',
      {
        now: NOW,
      },
    );
    expect(r.findings.find((f) => f.code === 'challenge.invalid-token')?.detail).toMatch(/^Zoom refused the token/);
    expect(r.findings.find((f) => f.code === 'challenge.missing')?.detail).toContain(
      'in Zoom’s own words, so Zoom answered',
    );
    expect(r.nextSteps.join('\n')).not.toMatch(/Find out which component answered/);
  });
});
