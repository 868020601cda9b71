/**
 * Round audit-l: today's new words read in Japanese and as Slack blocks, as an on-call engineer reads them on a phone.
 * Two renderer defects the sample of changed reports showed (seed 12012, 25 reports): a long evidence line repeated
 * under every finding that quotes it (a 300-character `authorization: Bearer Bearer …` three times), and a quote cut
 * inside a word (`Bearer Be…`). And the Japanese of today's paths, end to end: a product's refusal of its own
 * credential (kintone's GAIA_IA02: kintone/js-sdk's error shape, quoted in formats-audit-i) and a Google Cloud denial
 * naming its resource (gcloud's `Permission '…' denied on resource '…'`, formats-left-a): an ASCII name keeps the
 * half-width space before its particle, a Japanese word none.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/messages/index.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { run } from '../helpers/catches.js';

/** Every mrkdwn text of the message, in order. */
function texts(msg: ReturnType<typeof renderBlocks>): string[] {
  return msg.blocks.flatMap((b) => {
    const block = b as { text?: { text: string }; fields?: Array<{ text: string }> };
    return [block.text?.text ?? '', ...(block.fields ?? []).map((f) => f.text)];
  });
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('Block Kit: a long evidence line is quoted once', () => {
  // The shape of corpus line 11649: DevTools' request headers, the prefix added again and again before a token whose
  // payload does not decode (so the header is quoted by the double prefix and by the malformed token alike).
  const BAD =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2EuY29tLyIsInNjb3BlV31Vc5Jks9mfeh8o4n24iTQHPqvGIc_8JZ3liOeCtogVsdsTQJQtWpc0wqu-CqwRD-g';
  const header = `authorization: ${'Bearer '.repeat(10_000)}${BAD}`;
  const paste = ['Status Code: 403 Forbidden', '', 'Request Headers', header].join('\n');

  for (const locale of ['en', 'ja'] as const) {
    it(`names it under the later findings (${locale})`, async () => {
      const report = await run(paste, { locale });
      const quoted = report.findings.filter((f) => f.evidence === report.findings[0]?.evidence);
      expect(quoted.length).toBeGreaterThan(1);
      const all = texts(renderBlocks(report, catalogueFor(locale))).join('\n');
      expect(count(all, '`authorization: Bearer Bearer')).toBe(1);
      expect(count(all, catalogueFor(locale).ui.sameEvidence)).toBe(quoted.length - 1);
    });
  }

  it('cuts the one quote between words', async () => {
    const report = await run(paste);
    const all = texts(renderBlocks(report, catalogueFor('en'))).join('\n');
    expect(all).toMatch(/Bearer Bearer…` · _request header_/);
    expect(all).not.toMatch(/ (?:B|Be|Bea|Bear|Beare)…`/);
  });

  it('quotes a short line again under each finding: a pointer would save nothing', async () => {
    // Corpus line 13711's shape: the double prefix and the malformed token quote the same short header line.
    const report = await run(
      [
        'Request headers:',
        `Authorization: Bearer Bearer ${BAD}`,
        '',
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token"',
      ].join('\n'),
    );
    const line = report.findings[0]?.evidence ?? '';
    expect(report.findings.filter((f) => f.evidence === line).length).toBe(2);
    const msg = texts(renderBlocks(report, catalogueFor('en'))).join('\n');
    expect(count(msg, `\`${line}\``)).toBe(2);
    expect(msg).not.toContain(catalogueFor('en').ui.sameEvidence);
  });

  it('leaves the report alone: each finding keeps its own evidence (json and text show it)', async () => {
    const report = await run(paste);
    expect(report.findings.map((f) => f.code)).toEqual(['authz-header.double-prefix', 'token.malformed']);
    expect(report.findings.every((f) => f.evidence.startsWith('authorization: Bearer Bearer'))).toBe(true);
  });
});

describe('Japanese: a name before a particle', () => {
  it('kintone’s own refusal: 「kintone に拒否されました」', async () => {
    const report = await run(
      'cli-kintone record export failed\n[400] [GAIA_IA02] The specified API token does not match the API token generated via an app.',
      { locale: 'ja' },
    );
    const f = report.findings[0];
    expect(f?.code).toBe('challenge.invalid-token');
    expect(f?.detail).toMatch(/^kintone に拒否されました。/);
    expect(report.nextSteps[0]).toContain('「APIトークン」');
  });

  it('a Google Cloud resource: 「namespaces/acme/services/orders で」', async () => {
    const report = await run(
      "ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme/services/orders' (or resource may not exist).",
      { locale: 'ja' },
    );
    expect(report.findings[0]?.code).toBe('policy.deny');
    const step = report.nextSteps.find((s) => s.includes('run.services.get')) ?? '';
    expect(step).toContain('namespaces/acme/services/orders で run.services.get を含むロール');
    expect(step).toContain('資格情報');
  });

  it('catches not: a denial naming no resource says where in Japanese, with no stray space', async () => {
    const report = await run("Error: 403 Permission 'storage.objects.get' denied on resource (or it may not exist).", {
      locale: 'ja',
    });
    const step = report.nextSteps.find((s) => s.includes('storage.objects.get')) ?? '';
    if (step !== '') expect(step).toContain('リクエストが対象とするリソースで storage.objects.get を含むロール');
    expect(step).not.toMatch(/リソース で/);
  });
});
