import { describe, expect, it } from 'vitest';
import { classifyHttp, retryAfterMs } from '../../src/slack/retry.js';

describe('classifyHttp: which response_url answers are worth another try', () => {
  it.each([
    [200, 'ok', 'ok'],
    [200, '{"ok":false,"error":"invalid_blocks"}', 'fail'],
    [404, 'expired_url', 'fail'],
    [400, 'invalid_blocks', 'fail'],
    [408, '', 'retry'],
    [429, '', 'retry'],
    [500, '', 'retry'],
    [503, '', 'retry'],
  ])('HTTP %i %j → %s', (status, body, kind) => {
    expect(classifyHttp(status, null, body).kind).toBe(kind);
  });
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(retryAfterMs('1')).toBe(1000);
    expect(retryAfterMs('Thu, 28 May 2026 14:10:05 GMT', Date.parse('2026-05-28T14:10:00Z'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(classifyHttp(429, '2', '')).toEqual({ kind: 'retry', reason: 'HTTP 429', afterMs: 2000 });
  });
});
