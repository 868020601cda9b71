/**
 * Round audit-i: short pastes (a phone at 3 a.m.) and Japanese ones, read as the on-call engineer reads them.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { JSON_CT, S401, S403 } from '../helpers/paste-fixtures.js';

describe('a body that repeats the status line’s code: the status line stays the status quoted', () => {
  const rows: Array<[string, string, string]> = [
    [
      'NestJS/Hapi statusCode',
      `${S401}\n${JSON_CT}\n\n{"statusCode":401,"error":"Unauthorized","message":"Bad things"}`,
      S401,
    ],
    [
      'Spring’s status',
      `HTTP/1.1 401\n${JSON_CT}\n\n{"status":401,"error":"Unauthorized","path":"/api"}`,
      'HTTP/1.1 401',
    ],
  ];
  it.each(rows)('%s', async (_, paste, line) => {
    const report = await run(paste);
    const quoted = report.findings.filter((x) => x.source === 'status' || x.code === 'challenge.missing');
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) expect(f.evidence).toBe(line);
  });

  it('a 403 whose body was pasted is not asked for its body again', async () => {
    const report = await run(
      `${S403}\n\n{"statusCode":403,"error":"Forbidden","message":"Insufficient scope for this tenant"}`,
    );
    expect(report.nextSteps[0]).toMatch(/^Paste the response's headers/);
  });

  it('does not take the body’s code over another status line’s (a later response is still the one chosen)', async () => {
    const paste = `HTTP/1.1 302 Found\nLocation: /login\n\n{"statusCode":401,"message":"Unauthorized"}`;
    const report = await run(paste);
    expect(report.status).toBe(401);
  });

  it('keeps a DevTools "Status Code" line as the status when no status line is above it', async () => {
    const report = await run('Request URL: https://api.example.com/v1\nStatus Code: 401 Unauthorized');
    expect(report.status).toBe(401);
    const f = report.findings.find((x) => x.source === 'status');
    expect(f?.evidence).toBe('Status Code: 401 Unauthorized');
  });
});

describe('invalid_token beside a pasted token whose claims cannot be read: no ask to paste the token', () => {
  const PASTE_ASK = /paste the token \(signature masked\) and this report checks them/;
  const HEADER = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0';
  const rows: Array<[string, string, string]> = [
    ['a token cut in its payload', `${HEADER}.eyJpc3MiOiJodHRwczo`, 'Paste the token again in full'],
    ['an opaque token', 'abcdefghijklmnop1234', 'Request a JWT access token'],
  ];
  it.each(rows)('%s', async (_, token, first) => {
    const paste = `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${token}`;
    const report = await run(paste);
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.findings[0]?.args).toMatchObject({ tokenShown: false, tokenUnreadable: true });
    expect(report.nextSteps.some((s) => PASTE_ASK.test(s))).toBe(false);
    expect(report.nextSteps[0]).toContain(first);
  });

  it('in Japanese too', async () => {
    const paste = `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${HEADER}.eyJpc3MiOiJodHRwczo`;
    const report = await run(paste, { locale: 'ja' });
    expect(report.nextSteps.some((s) => s.includes('署名を伏せてトークンを貼ると'))).toBe(false);
  });

  const notRows: Array<[string, string]> = [
    ['no token in the paste', `${S401}\nWWW-Authenticate: Bearer error="invalid_token"`],
    [
      'a shell variable for the token',
      `curl -i -H "Authorization: Bearer $TOKEN" https://api.example.com/\n${S401}\nWWW-Authenticate: Bearer error="invalid_token"`,
    ],
  ];
  it.each(notRows)('still asks for it: %s', async (_, paste) => {
    const report = await run(paste);
    expect(report.nextSteps.some((s) => PASTE_ASK.test(s))).toBe(true);
  });
});
