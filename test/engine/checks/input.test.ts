import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.js';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { b64url, CLAIMS, hs256, rs256, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };

/** `curl -i` of a request carrying `token`, answered 401 invalid_token. */
function curl401(token: string): string {
  return [
    `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"`,
    'HTTP/1.1 401 Unauthorized',
    'Content-Type: application/json',
    'WWW-Authenticate: Bearer realm="orders", error="invalid_token"',
    '',
    '{"error":"invalid_token"}',
  ].join('\n');
}

/** A token quoted in a service's log line, as people paste them into a channel. */
function logLine(token: string): string {
  return `2026-05-28T14:09:58.120Z WARN  [orders-api] rejected request id=7f3a token=${token}`;
}

describe('input.masked: masked values were recognised', () => {
  it.each([
    ['a head and a tail around an ellipsis', 'our token: eyJhbGciOiJIUzI1NiIs…9yZGVycyJ9'],
    ['a head and three dots after Bearer', 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6...'],
    ['a typ-first header cut with asterisks', 'token eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9*** (masked)'],
  ])('catches a token cut short in prose (%s), not a missing one', async (_name, line) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\n${line}`);
    const f = report.findings.find((x) => x.code === 'input.masked');
    expect(f?.args).toMatchObject({ what: 'token' });
    expect(report.findings.map((x) => x.code)).not.toContain('token.missing');
  });

  it('does not take a base64 JSON cursor cut short for a token', async () => {
    const report = await run('GET /v1/orders?cursor=eyJhZnRlciI6IjIwMjYt... 401');
    expect(report.findings.map((x) => x.code)).not.toContain('input.masked');
  });

  it.each([
    ['***', '***'],
    ['[REDACTED]', '[redacted]'],
    ['xxxx', 'xxxx'],
    ['…', '…'],
    ['<redacted>', '<redacted>'],
  ])('catches a signature replaced by %s', async (mask, marker) => {
    const f = await catches('input.masked', curl401(unsigned(HEADER, CLAIMS, mask)));
    expect(f.args).toMatchObject({ what: 'signature' });
    expect(f.args.markers).toContain(marker);
    expect(f.severity).toBe('info');
    expect(f.source).toBe('token');
  });

  it.each([
    ['header.payload. (signature cut, dot kept)', (t: string) => t.replace(/\.\*\*\*$/, '.')],
    ['header.payload (signature and dot cut)', (t: string) => t.replace(/\.\*\*\*$/, '')],
  ])('catches a signature removed: %s', async (_name, cut) => {
    const f = await catches('input.masked', logLine(cut(unsigned(HEADER, CLAIMS))));
    expect(f.args).toEqual({ markers: [], what: 'signature' });
  });

  it('catches a masked payload behind a readable header', async () => {
    const f = await catches('input.masked', curl401(`${b64url(HEADER)}.***.***`));
    expect(f.args).toMatchObject({ what: 'payload', markers: ['***'] });
  });

  it.each(['***', '****************', 'xxxxxxxxxxxxxxxx'])(
    'catches a whole credential masked: Bearer %s',
    async (mask) => {
      const f = await catches('input.masked', curl401(mask));
      expect(f.args).toMatchObject({ what: 'token' });
      expect(f.source).toBe('request-header');
    },
  );

  // build-context.ts registers the masked credential itself as a secret, so the report scrub replaces the
  // marker (and the header's evidence) with a token fingerprint: the reader no longer sees "<redacted>".
  it('keeps the marker of a fully masked credential readable', async () => {
    const f = await catches('input.masked', curl401('<redacted>'));
    expect(f.args.markers).toContain('<redacted>');
    expect(f.evidence).toContain('<redacted>');
  });

  it('reports a masked JWT as masked and unchecked, never as malformed ("Masked is not malformed")', async () => {
    const report = await catchesNot('token.malformed', curl401(unsigned(HEADER, CLAIMS, '[REDACTED]')));
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('input.masked');
    expect(report.findings.find((f) => f.code === 'signature.unchecked')?.args).toEqual({ reason: 'masked' });
  });

  it('does not catch a complete signed token', async () => {
    await catchesNot('input.masked', curl401(rs256(CLAIMS)));
  });

  it.each(['none', 'None', 'NONE'])(
    'does not catch the empty signature of alg %s: an unsigned token has none to mask',
    async (alg) => {
      await catchesNot('input.masked', logLine(unsigned({ alg, typ: 'JWT' }, CLAIMS, '')));
    },
  );
});

describe('input.live-token: a complete, unmasked, unexpired signed token was pasted', () => {
  it('catches an RS256 token valid for 30 more minutes in a curl command', async () => {
    const token = rs256(CLAIMS);
    const report = await run(curl401(token));
    const f = report.findings.find((x) => x.code === 'input.live-token');
    expect(f?.args).toEqual({ alg: 'RS256', expiresInSeconds: CLAIMS.exp - NOW });
    expect(f?.severity).toBe('warning');
    expect(f?.source).toBe('request-header');
    // The leaked credential itself appears nowhere in the report.
    const signature = token.split('.')[2] ?? '';
    expect(JSON.stringify(report)).not.toContain(signature);
  });

  it('catches an HS256 token quoted in a log line', async () => {
    const f = await catches('input.live-token', logLine(hs256(CLAIMS)));
    expect(f.args).toEqual({ alg: 'HS256', expiresInSeconds: CLAIMS.exp - NOW });
    expect(f.source).toBe('token');
  });

  it('catches a token without exp: it never expires', async () => {
    const { exp: _exp, ...noExp } = CLAIMS;
    const f = await catches('input.live-token', logLine(rs256(noExp)));
    expect(f.args).toEqual({ alg: 'RS256', expiresInSeconds: null });
  });

  it('catches a token that expired 30 s ago, inside the 60 s skew: a lenient verifier still accepts it', async () => {
    const f = await catches('input.live-token', logLine(rs256({ ...CLAIMS, exp: NOW - 30 })));
    expect(f.args).toEqual({ alg: 'RS256', expiresInSeconds: -30 });
  });

  it('catches a live token in an OAuth token response', async () => {
    const body = JSON.stringify({ access_token: rs256(CLAIMS), token_type: 'Bearer', expires_in: 1800 });
    const f = await catches(
      'input.live-token',
      `$ curl -s -X POST https://auth.acme-corp.com/oauth/token -d @client.json\n${body}`,
    );
    expect(f.args).toMatchObject({ alg: 'RS256' });
  });

  it('assumes a token may be live when no reference time is given (the engine reads no clock)', async () => {
    const report = await diagnose(logLine(rs256(CLAIMS)));
    expect(report.findings.find((f) => f.code === 'input.live-token')?.args).toEqual({
      alg: 'RS256',
      expiresInSeconds: null,
    });
  });

  it('does not catch a token that expired 10 minutes ago', async () => {
    await catchesNot('input.live-token', curl401(rs256({ ...CLAIMS, exp: NOW - 600 })));
  });

  it.each([
    ['masked with ***', unsigned(HEADER, CLAIMS)],
    ['masked with [REDACTED]', unsigned(HEADER, CLAIMS, '[REDACTED]')],
    ['signature cut off', unsigned(HEADER, CLAIMS, '')],
    ['unsigned (alg none)', unsigned({ alg: 'none', typ: 'JWT' }, CLAIMS, '')],
  ])('does not catch a token %s', async (_name, token) => {
    await catchesNot('input.live-token', curl401(token));
  });

  it('does not judge an encrypted token (JWE)', async () => {
    const parts = [
      b64url({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }),
      ...[256, 12, 64, 16].map((n) => randomBytes(n).toString('base64url')),
    ];
    await catchesNot('input.live-token', curl401(parts.join('.')));
  });

  it('does not judge an opaque reference token', async () => {
    await catchesNot('input.live-token', curl401(randomBytes(24).toString('base64url')));
  });
});

describe('input.empty: nothing diagnosable was found in the input', () => {
  it.each([
    ['an empty paste', ''],
    ['whitespace only', ' \n\n\t  \n'],
    ['a question in prose', 'hey, anyone know why the orders API keeps saying no to us since this morning?'],
    ['a code fence with nothing in it', '```\n\n```'],
    ['a lone response header line', 'Content-Type: text/html'],
    ['a key set and no token', '{"keys":[{"kty":"RSA","kid":"k1","n":"xx","e":"AQAB"}]}'],
  ])('catches %s', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toEqual(['input.empty']);
    expect(report.findings[0]?.severity).toBe('info');
    expect(report.classification).toBe('undetermined');
  });

  it.each([
    ['a bare 403 status line', 'HTTP/1.1 403 Forbidden'],
    ['a verifier log line', 'TokenExpiredError: jwt expired'],
    ['a masked token', logLine(unsigned(HEADER, CLAIMS))],
    ['a challenge header', 'WWW-Authenticate: Bearer error="invalid_token"'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('input.empty', input);
  });
});

describe('input.empty after a payload read and found in order', () => {
  it('says what it read rather than that nothing was recognised, and keeps the payload’s times', async () => {
    const report = await run(JSON.stringify(CLAIMS));
    const f = report.findings[0];
    expect(f?.code).toBe('input.empty');
    expect(f?.args).toEqual({ read: 'payload' });
    expect(f?.title).toBe('Nothing in the payload explains a failure');
    expect(f?.detail).not.toContain('was recognised');
    expect(report.timeClaims?.exp?.verdict).toBe('ok');
    const ja = await run(JSON.stringify(CLAIMS), { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('ペイロード');
  });

  it('says nothing was recognised when nothing was', async () => {
    const report = await run('hey, anyone know why the orders API keeps saying no?');
    expect(report.findings[0]?.args).toEqual({});
  });
});

describe('input.masked: a token cut short in prose, as short as people cut it', () => {
  for (const line of [
    'we send Bearer eyJhbG...Xk9Q and get 401',
    'we send Bearer eyJ... and get 401',
    'the token starts eyJ0eX… and the API says 401',
  ]) {
    it(`catches "${line}" as a masked token, not token.missing`, async () => {
      const report = await run(line);
      const codes = report.findings.map((f) => f.code);
      expect(codes).toContain('input.masked');
      expect(codes).not.toContain('token.missing');
    });
  }

  it('catches not a base64 JSON cursor cut short (no JOSE header start, no Bearer before it)', async () => {
    await catchesNot('input.masked', 'GET /v1/items?cursor=eyJhZnRlciI6... returned 401');
  });
});
