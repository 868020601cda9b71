/**
 * Round partial: a token whose payload is cut (a log line truncated at a fixed length, the paste's end) still shows
 * the claims before the cut. They are read when whole, used where a claim is needed, and never make a claim "missing".
 */
import { describe, expect, it } from 'vitest';
import { readCutObject } from '../../src/engine/token/cut-payload.js';
import type { Report } from '../../src/engine/types.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { secretOf } from '../helpers/leaks.js';
import { b64url, CLAIMS, rs256 } from '../helpers/tokens.js';

const HEADER = b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
/** `header.` + the first `n` characters of the payload's base64url: a token cut inside its payload. */
const cutAt = (payload: Record<string, unknown>, n: number) => `${HEADER}.${b64url(payload).slice(0, n)}`;
/** Cut just after the member `key`'s value and its comma (base64 rounds up: the next member's first bytes may follow). */
const cutAfter = (payload: Record<string, unknown>, key: string) => {
  const json = JSON.stringify(payload);
  const at = json.indexOf(',', json.indexOf(`"${key}":`)) + 1;
  return cutAt(payload, Math.ceil((at * 4) / 3));
};
const finding = (report: Report, code: string) => report.findings.find((f) => f.code === code);

const PAYLOADS: Record<string, unknown>[] = [
  { ...CLAIMS },
  {
    iss: 'https://auth.stg.example.jp/',
    aud: ['api', 'other'],
    cnf: { jkt: 'abc' },
    roles: ['a', { b: [1, 2] }],
    ok: true,
    none: null,
    name: '山田 "太郎"\\',
    exp: NOW - 600,
  },
  { sub: 'u1', nbf: NOW + 900, iat: NOW, exp: NOW + 3600, 'x.y': -1.5e3 },
];

describe('readCutObject', () => {
  it('reads, at every cut of an object, exactly the members whose value ended before it', () => {
    for (const payload of PAYLOADS) {
      const json = JSON.stringify(payload);
      for (let n = 0; n < json.length; n++) {
        const read = readCutObject(json.slice(0, n));
        const keys = Object.keys(read ?? {});
        // Each member read equals the whole one, in order, and a member is read only once its text is in the prefix.
        expect(keys).toEqual(Object.keys(payload).slice(0, keys.length));
        for (const k of keys) expect(read?.[k]).toEqual(payload[k]);
        for (const k of keys) {
          const member = `${JSON.stringify(k)}:${JSON.stringify(payload[k])}`;
          const end = json.indexOf(member) + member.length;
          expect(end).toBeLessThanOrEqual(n);
          if (typeof payload[k] === 'number') expect(end).toBeLessThan(n);
        }
      }
      expect(readCutObject(json)).toBeNull();
    }
  });

  it('reads nothing from text that is no object prefix, or damaged before its end', () => {
    expect(readCutObject('')).toBeNull();
    expect(readCutObject('[1,2')).toBeNull();
    expect(readCutObject('{"a":1 "b":2,"c":')).toBeNull();
    expect(readCutObject('{"a":1,"b":[1}, "c":')).toBeNull();
    expect(readCutObject('{"a":tru,"b":1')).toBeNull();
    expect(readCutObject('{"a":1},"b":')).toBeNull();
    expect(readCutObject('{a:1,"b":')).toBeNull();
    expect(readCutObject('{"a":1,"b":')).toEqual({ a: 1 });
    // A long run of one character stays linear (no backtracking): a million brackets are read at once.
    expect(readCutObject(`{"a":${'['.repeat(1_000_000)}`)).toBeNull();
  });
});

describe('a token cut at every offset inside its payload', () => {
  it('never throws, never reports a claim missing, and names only whole claims', async () => {
    for (const payload of PAYLOADS) {
      const whole = b64url(payload).length;
      for (let n = 1; n < whole; n++) {
        const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${cutAt(payload, n)}`, {
          expectedIssuers: ['https://auth.acme-corp.com/'],
          expectedAudiences: ['https://api.acme-corp.com'],
        });
        const codes = report.findings.map((f) => f.code);
        expect(codes.filter((c) => c.endsWith('-missing') || c === 'time.no-exp')).toEqual([]);
        expect(codes).toContain('token.malformed');
        const names = ((finding(report, 'token.malformed')?.args ?? {}) as { cutClaims?: string[] }).cutClaims ?? [];
        expect(names).toEqual(Object.keys(payload).slice(0, names.length));
        expect(report.token?.payload).toBeNull();
        for (const k of names) expect(report.token?.cutPayload?.[k]).toEqual(payload[k]);
      }
    }
  });
});

describe('claims read from a cut payload', () => {
  it('names them in token.malformed and the token summary (en, ja)', async () => {
    const input = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${cutAfter(CLAIMS, 'aud')}`;
    const enReport = await run(input);
    const f = finding(enReport, 'token.malformed');
    expect(f?.args).toMatchObject({ reason: 'payload-json', cutClaims: ['iss', 'sub', 'aud'] });
    expect(f?.detail).toContain('claims read whole before the cut are iss, sub, aud');
    expect(enReport.token?.cutPayload).toEqual({ iss: CLAIMS.iss, sub: CLAIMS.sub, aud: CLAIMS.aud });
    const jaReport = await run(input, { locale: 'ja' });
    expect(finding(jaReport, 'token.malformed')?.detail).toContain('読めたクレームは iss、sub、aud');
  });

  it("fill a stated finding's claim: Spring's refused iss, jsonwebtoken's refused aud", async () => {
    const iss = await catches(
      'claim.iss-mismatch',
      `o.s.s.o.s.r.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: The iss claim is not valid\ntoken: ${cutAfter({ ...CLAIMS, iss: 'https://auth.stg.acme-corp.com/' }, 'iss')}`,
    );
    expect(iss.args).toMatchObject({ iss: 'https://auth.stg.acme-corp.com/' });
    const aud = await catches(
      'claim.aud-mismatch',
      `JsonWebTokenError: jwt audience invalid. expected: https://billing.acme-corp.com\ntoken: ${cutAfter(CLAIMS, 'iat')}`,
    );
    expect(aud.args).toMatchObject({ aud: [CLAIMS.aud], expected: ['https://billing.acme-corp.com'] });
  });

  it('judge an exp, nbf or iat read whole', async () => {
    const expired = await catches(
      'time.expired',
      `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${cutAfter({ ...CLAIMS, exp: NOW - 480 }, 'exp')}`,
    );
    expect(expired.args).toMatchObject({ exp: NOW - 480, agoSeconds: 480 });
    await catches(
      'time.issued-in-future',
      `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${cutAfter({ ...CLAIMS, iat: NOW + 300 }, 'iat')}`,
    );
  });

  it('compare an iss or aud read whole with the expected ones, and with the environment the writer names', async () => {
    const token = cutAfter({ ...CLAIMS, aud: 'https://api.acme-corp.com' }, 'aud');
    const opts = {
      expectedIssuers: ['https://auth.acme-corp.com'],
      expectedAudiences: ['https://billing.acme-corp.com'],
    };
    await catches('claim.iss-trailing-slash', `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`, opts);
    await catches('claim.aud-mismatch', `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`, opts);
    const env = await catches(
      'claim.environment',
      `ステージングでは動くのに本番だけ 401 になります。\nAuthorization: Bearer ${cutAfter({ ...CLAIMS, iss: 'https://auth.stg.example.jp/' }, 'sub')}`,
    );
    expect(env.args).toMatchObject({ claim: 'iss', environment: 'staging' });
  });
});

describe('what a cut payload does not say', () => {
  const S = 'HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ';

  it('a number reaching the cut is not read (17799 may be 1779981300)', async () => {
    const json = JSON.stringify({ ...CLAIMS, exp: NOW - 480 });
    const at = json.indexOf('"exp":') + 8;
    const report = await run(`${S}${cutAt({ ...CLAIMS, exp: NOW - 480 }, Math.floor((at * 4) / 3))}`);
    expect(report.findings.map((f) => f.code).filter((c) => c.startsWith('time.'))).toEqual([]);
    expect(finding(report, 'token.malformed')?.args).toMatchObject({ cutClaims: ['iss', 'sub', 'aud', 'iat'] });
  });

  it('a cut before exp, aud or iss says none of them is missing', async () => {
    const report = await run(`${S}${cutAfter(CLAIMS, 'sub')}`, { expectedAudiences: ['https://api.acme-corp.com'] });
    const codes = report.findings.map((f) => f.code);
    for (const c of ['time.no-exp', 'claim.aud-missing', 'claim.iss-missing', 'claim.aud-mismatch'])
      expect(codes).not.toContain(c);
  });

  it('a lifetime over a day is not judged: an ID token claim (nonce) may follow the cut', async () => {
    await catchesNot('time.long-lifetime', `${S}${cutAfter({ ...CLAIMS, exp: NOW + 7 * 86400 }, 'exp')}`);
  });

  it('a payload a signature follows was damaged, not cut: nothing is read from it', async () => {
    const [h, p] = rs256(CLAIMS).split('.') as [string, string];
    const report = await run(`${S}${h}.${p.slice(0, 120)}.${'A'.repeat(43)}`);
    const f = finding(report, 'token.malformed');
    expect(f?.args).not.toHaveProperty('cutClaims');
    expect(report.token).not.toHaveProperty('cutPayload');
  });

  it('a payload whose text breaks before the cut reads nothing', async () => {
    const broken = `${HEADER}.${b64url('{"iss":"https://a/" "sub":"u1","aud":"api","ex')}`;
    const report = await run(`${S}${broken}`);
    expect(finding(report, 'token.malformed')?.args).not.toHaveProperty('cutClaims');
  });

  it('a whole masked token reads as before: its claims, no cut', async () => {
    const [h, p] = rs256(CLAIMS).split('.') as [string, string];
    const report = await run(`${S}${h}.${p}.***`);
    expect(report.token?.payload).toMatchObject({ iss: CLAIMS.iss });
    expect(report.token).not.toHaveProperty('cutPayload');
  });
});

describe('a signed token cut at several lengths never shows its signature', () => {
  it('in json, text and blocks, en and ja', async () => {
    const signed = rs256({ ...CLAIMS, iss: 'https://auth.stg.acme-corp.com/' });
    const secret = secretOf(signed);
    const sigStart = signed.lastIndexOf('.') + 1;
    const lengths = [40, 60, 90, 120, 150, sigStart - 1, sigStart + 20, sigStart + 200, signed.length - 1];
    for (const len of lengths) {
      const cut = signed.slice(0, len);
      const input = `The iss claim is not valid\nAuthorization: Bearer ${cut}`;
      for (const locale of ['en', 'ja'] as const) {
        const report = await run(input, { locale });
        const outputs = [
          renderJson(report),
          renderText(report),
          JSON.stringify(renderBlocks(report, locale === 'ja' ? ja : en)),
        ];
        for (const out of outputs) {
          expect(out).not.toContain(cut);
          for (const w of secret.windows) expect(out.includes(w)).toBe(false);
        }
      }
    }
  });
});
