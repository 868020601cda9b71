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
