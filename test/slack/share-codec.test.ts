import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';
import type { Report } from '../../src/engine/types.js';
import { validateMessage } from '../../src/render/block-limits.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { decodeShare, encodeShare } from '../../src/slack/share-codec.js';
import { NOW } from '../helpers/catches.js';
import { hs256 } from '../helpers/tokens.js';

const CLAIMS = {
  iss: 'https://auth.acme-corp.com/',
  aud: 'https://api.acme-corp.com',
  sub: 'u1',
  iat: NOW - 4200,
  exp: NOW - 600,
};

/** A value written by the encoder before it was tuned for speed (16 KB zlib chunks, every string checked one by one). */
const POSTED =
  '1.dVLPatswGH-V8DvLruI2SSvYoXuFDQJLzdDkr7EaWzaSvWaUQJLD_rFAYbCxPcIOPQx22GAvU5OOvsWQly1tYBcd' +
  'pO_3V98FHMQB7zIoCMi6SslUWslKFwYMGQTOJBhOIUYjqEzqPJR1EuTa5bJSKRjI2sKCXUDWCcQIaVWVTuztyVKHUu' +
  'UUqMKWoSpyxAw0LUlVdG_wmc4ybca7wzPmGUXn5P-MJwBDVUzIgI3imI1Q6ZxCmpbaUnLXG01LiO5gcHQ06B9yziDH' +
  'xSNShUkcRN9fuAmd37lhyOX0eEwQpzJzNGuti86WYldZpTLLyIwp1Oa5zHQSbJ63JhJyyuqy7VaYOstmDMPhMDje1k' +
  '6i85CkJdtpUQ9OsGF72rK1gS25sjCOgpRkQvavAafHRla1pbA2KiU1aRvQ5rTw2pak87IwRTChF5gxXM-_t6Qdl8qo' +
  '1xe9qEv96DC6nv_oNIurXz-_ri9XzWLZLN8288Xt6luzuLp592p99blZfGkWH-81EDNUfkfudhzxqB_wXhAdPu4eCM' +
  '4F50_QFrn5ni5fv365frNCzHwdbIPej3bR-1t0MfHAm0_L2w_vt_iYwfqdui_Z_QdqS3dgfR4zTPzkTmgwnJ07sMrW' +
  'FDNkPsy-X4zAH96dT5hC4I_HAec85JxHnGP2Gw';

async function report(text: string, locale: 'en' | 'ja' = 'en'): Promise<Report> {
  return diagnose(text, { now: NOW, locale, expectedAudiences: ['https://billing.acme-corp.com'] });
}

function inside(value: string): string {
  return inflateRawSync(Buffer.from(value.slice(2), 'base64url')).toString('utf8');
}

describe('the share button value', () => {
  it.each(['en', 'ja'] as const)('renders back to the same blocks (%s)', async (locale) => {
    const token = hs256(CLAIMS);
    const r = await report(
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\nAuthorization: Bearer ${token}`,
      locale,
    );
    const value = encodeShare(r, '1779977000.000200');
    expect(value).not.toBeNull();
    expect(value?.length).toBeLessThanOrEqual(2000);
    const back = decodeShare(value ?? '');
    expect(back?.threadTs).toBe('1779977000.000200');
    expect(back?.abridged).toBe(false);
    expect(renderBlocks(back?.report as Report)).toEqual(renderBlocks(r));
  });

  it.each(['en', 'ja'] as const)(
    'rebuilds the ask for the server’s reason a 401 with no cause carries (%s)',
    async (locale) => {
      const r = await diagnose(
        `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${hs256({ ...CLAIMS, exp: NOW + 1800 })}`,
        {
          now: NOW,
          locale,
        },
      );
      expect(r.nextSteps.length).toBeGreaterThan(2);
      const back = decodeShare(encodeShare(r, null) ?? '');
      expect(back?.report.nextSteps).toEqual(r.nextSteps);
      expect(renderBlocks(back?.report as Report)).toEqual(renderBlocks(r));
    },
  );

  it.each(['en', 'ja'] as const)(
    'rebuilds the ask for the response a token with no status carries (%s, audit-u)',
    async (locale) => {
      const r = await diagnose(`Authorization: Bearer ${hs256({ ...CLAIMS, exp: NOW + 1800 })}`, { now: NOW, locale });
      expect(r.status).toBeNull();
      expect(r.nextSteps.some((s) => s.includes('WWW-Authenticate'))).toBe(true);
      expect(decodeShare(encodeShare(r, null) ?? '')?.report.nextSteps).toEqual(r.nextSteps);
    },
  );

  it.each(['en', 'ja'] as const)(
    'rebuilds the step a browser’s refused WebSocket handshake leads with (%s, audit-ww)',
    async (locale) => {
      // bryceg/Owin.WebSocket#21: Chrome's console line, nothing else.
      const r = await diagnose(
        "WebSocket connection to 'wss://example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 403",
        { now: NOW, locale },
      );
      expect(r.findings).toEqual([]);
      expect(r.nextSteps[0]).toContain('CheckOrigin');
      expect(decodeShare(encodeShare(r, null) ?? '')?.report.nextSteps).toEqual(r.nextSteps);
    },
  );

  it.each(['en', 'ja'] as const)(
    'rebuilds the signature’s step a signed URL refused with no cause carries (%s, left-gg)',
    async (locale) => {
      // A CloudFront canned-policy signed URL (Expires, Signature, Key-Pair-Id) refused with a bare 403.
      const r = await diagnose(
        'GET /video.mp4?Expires=1779980000&Signature=dGhpc2lzbm90YXJlYWxzaWc__&Key-Pair-Id=K2JCJMDEHXQW5F HTTP/1.1\nHost: d111111abcdef8.cloudfront.net\n\nHTTP/1.1 403 Forbidden',
        { now: NOW, locale },
      );
      expect(r.findings).toEqual([]);
      expect(r.nextSteps.some((s) => s.includes(locale === 'en' ? 'signature, not a token' : 'URL の署名'))).toBe(true);
      expect(decodeShare(encodeShare(r, null) ?? '')?.report.nextSteps).toEqual(r.nextSteps);
    },
  );

  it('rebuilds the steps of a 401 with a payload and no finding (no ask for the token)', async () => {
    const r = await diagnose(
      'HTTP/1.1 401 Unauthorized\n\npayload: {"iss":"https://auth.acme-corp.com/","sub":"u1","aud":"https://api.acme-corp.com","iat":1779975600,"exp":1779979200}',
      { now: NOW },
    );
    expect(r.findings).toEqual([]);
    expect(decodeShare(encodeShare(r, null) ?? '')?.report.nextSteps).toEqual(r.nextSteps);
  });

  it('carries no token, no signature and no decoded claims', async () => {
    const token = hs256({ ...CLAIMS, email: 'alice@acme-corp.com', exp: NOW + 3000 });
    const r = await report(`Authorization: Bearer ${token}`);
    const value = encodeShare(r, null) ?? '';
    const json = inside(value);
    expect(json).not.toContain(token.split('.')[2]);
    expect(json).not.toContain(token.split('.')[1]);
    expect(json).not.toContain('alice@acme-corp.com');
    expect(decodeShare(value)?.report.token?.payload).toEqual({});
  });

  it('shortens evidence, then drops findings, to fit, and says so', async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `[${i}] jwt verify failed: jwt audience invalid. expected: https://svc-${i}.acme-corp.com/${'x'.repeat(80)}`,
    );
    const r = await report(`HTTP/1.1 401 Unauthorized\n${lines.join('\n')}\nAuthorization: Bearer ${hs256(CLAIMS)}`);
    const full = encodeShare(r, null, 100_000) ?? '';
    const value = encodeShare(r, null, 600);
    expect(full.length).toBeGreaterThan(600);
    expect(value).not.toBeNull();
    expect(value?.length).toBeLessThanOrEqual(600);
    const back = decodeShare(value ?? '');
    expect(back?.abridged).toBe(true);
    expect(back?.report.findings[0]?.code).toBe(r.findings[0]?.code);
  });

  it('gives no value when not even the primary finding fits', async () => {
    const r = await report(`Authorization: Bearer ${hs256(CLAIMS)}`);
    expect(encodeShare(r, null, 20)).toBeNull();
  });

  // Round fuzz5: a cut payload's claim names are args (cutClaims); 150 names of 2 kB deflated into 1.6 kB, a value the
  // decoder then refused as larger than a report it writes (64 kB inflated): a button that could only fail.
  it.each(['en', 'ja'] as const)(
    'gives only values it reads back, however well its args compress (%s)',
    async (locale) => {
      const b64 = (s: string) => Buffer.from(s).toString('base64url');
      const names = Array.from({ length: 150 }, (_, i) => `"${String(i).padStart(4, '0')}${'k'.repeat(2000)}":${i}`);
      const cut = `${b64('{"alg":"RS256","typ":"JWT"}')}.${b64(`{"iss":"https://a/",${names.join(',')},"exp":177997`)}`;
      const r = await report(`Authorization: Bearer ${cut}`, locale);
      const value = encodeShare(r, '1.2');
      if (value !== null) expect(decodeShare(value)?.report.findings[0]?.code).toBe(r.findings[0]?.code);
    },
  );

  it('replaces anything shaped like a signed JWT, as a last line of defence', async () => {
    const r = await report('HTTP/1.1 401 Unauthorized');
    const leaked = hs256(CLAIMS);
    const tampered: Report = {
      ...r,
      findings: [{ ...(r.findings[0] as Report['findings'][number]), evidence: `Authorization: Bearer ${leaked}` }],
    };
    const json = inside(encodeShare(tampered, null) ?? '');
    expect(json).not.toContain(leaked.split('.')[2]);
    expect(json).toContain('‹token›');
  });

  it('reads a value as buttons already posted in Slack carry it', () => {
    const back = decodeShare(POSTED);
    expect(back?.threadTs).toBe('1779977000.000200');
    expect(back?.abridged).toBe(false);
    expect(back?.report.locale).toBe('ja');
    expect(back?.report.findings.map((f) => f.code)).toEqual([
      'claim.aud-mismatch',
      'time.expired',
      'challenge.invalid-token',
      'signature.unchecked',
    ]);
    expect(back?.report.findings[1]?.evidence).toBe('exp: 1779976800');
    expect(validateMessage(renderBlocks(back?.report as Report))).toEqual([]);
  });

  it("carries the log line's time as the reference (nowSource log-time), and old values still read", async () => {
    const line = NOW - 15 * 3600;
    const r = await diagnose(
      `2026-05-27T23:10:00Z ERROR TokenExpiredError: jwt expired\nAuthorization: Bearer ${hs256({ ...CLAIMS, iat: line - 4080, exp: line - 480 })}`,
      { now: NOW, preferPastedDate: true },
    );
    expect(r.reference).toEqual({ now: '2026-05-27T23:10:00Z', nowSource: 'log-time', skewSeconds: 60 });
    const back = decodeShare(encodeShare(r, null) ?? '');
    expect(back?.report.reference).toEqual(r.reference);
    expect(renderBlocks(back?.report as Report)).toEqual(renderBlocks(r));
    expect(decodeShare(POSTED)?.report.reference.nowSource).toBe('options');
  });

  it('writes what it wrote before, for the same report', async () => {
    const r = await report(
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\nAuthorization: Bearer ${hs256(CLAIMS)}`,
      'ja',
    );
    const now = decodeShare(encodeShare(r, '1779977000.000200') ?? '');
    const before = decodeShare(POSTED);
    // Since POSTED was written, challenge.invalid-token gained an argument (tokenShown) and, with it, the words of
    // its next step; signature.unchecked gained hmacAlg (round left-hh: an HS token's key is the shared secret, not a
    // JWKS), with its detail and step: everything else reads back the same. A value without them still reads.
    const steady = (d: typeof now) => ({
      ...d,
      report: {
        ...d?.report,
        nextSteps: d?.report.nextSteps.filter((s) => !s.includes('kid') && !s.includes('--jwks')),
        findings: d?.report.findings.map((f) => {
          const { tokenShown: _, hmacAlg: __, ...args } = f.args as Record<string, unknown>;
          return f.code === 'signature.unchecked' ? { ...f, args, detail: '' } : { ...f, args };
        }),
      },
    });
    expect(steady(now)).toEqual(steady(before));
    expect(now?.report.findings.find((f) => f.code === 'challenge.invalid-token')?.args.tokenShown).toBe(true);
    expect(before?.report.findings.find((f) => f.code === 'challenge.invalid-token')?.args.tokenShown).toBeUndefined();
    expect(now?.report.findings.find((f) => f.code === 'signature.unchecked')?.args.hmacAlg).toBe('HS256');
    expect(before?.report.findings.find((f) => f.code === 'signature.unchecked')?.args.hmacAlg).toBeUndefined();
  });

  it("replaces a signed JWT in a finding's args too", async () => {
    const r = await report('HTTP/1.1 401 Unauthorized');
    const leaked = hs256(CLAIMS);
    const first = r.findings[0] as Report['findings'][number];
    const json = inside(
      encodeShare({ ...r, findings: [{ ...first, args: { ...first.args, x: [`t=${leaked}`] } }] }, null) ?? '',
    );
    expect(json).not.toContain(leaked.split('.')[2]);
    expect(json).toContain('t=‹token›');
  });

  it.each([
    ['another version', '2.abc'],
    ['not base64 deflate', '1.!!!'],
    ['JSON that is not a report', `1.${deflateRawSync(Buffer.from('{"s":1}')).toString('base64url')}`],
    [
      'an unknown code',
      `1.${deflateRawSync(Buffer.from(JSON.stringify({ s: null, c: 'undetermined', l: 'en', f: [['nope', 'error', {}, '', 'log', []]], t: [null, null, null], r: [null, 'none', 60], k: null, lt: null }))).toString('base64url')}`,
    ],
    ['a deflate bomb', `1.${deflateRawSync(Buffer.alloc(1_000_000, 32)).toString('base64url')}`],
  ])('reads %s as unavailable', (_label, value) => {
    expect(decodeShare(value)).toBeNull();
  });
});
