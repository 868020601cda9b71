/**
 * Round left-s: the review's last wording faults. One step for a bare `Bad credentials` 401 (not two that both say to
 * find which server answered); a 403 whose body is pasted but says nothing; an authorization endpoint's redirect error;
 * a GraphQL auth error inside a 200.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';

/** The first words of a step: two steps starting alike give one advice twice. */
const opening = (s: string) => s.toLowerCase().split(/\s+/).slice(0, 4).join(' ');

describe('a bare `Bad credentials` 401 gives "find which server answered" once', () => {
  const inputs = [
    'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain;charset=UTF-8\nContent-Length: 15\n\nBad credentials',
    '> GET /api/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Basic YWxpY2U6d3Jvbmc=\n>\n< HTTP/1.1 401\n< Content-Type: text/plain\n<\nBad credentials\n',
  ];
  it('catches: one step naming the server to find, en and ja', async () => {
    for (const input of inputs) {
      const en = (await run(input)).nextSteps;
      expect(
        en.filter((s) => /^Find (?:out )?which (?:server|component) answered/.test(s)),
        input,
      ).toHaveLength(1);
      const ja = (await run(input, { locale: 'ja' })).nextSteps;
      expect(
        ja.filter((s) => /^どの(?:サーバー|コンポーネント)が/.test(s)),
        input,
      ).toHaveLength(1);
    }
    // Alone on the body after the status's fields, its own step (which also says what to check) is the one given.
    const steps = (await run(inputs[0] as string)).nextSteps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatch(/^Find which server answered .*Spring application/);
  });
  it('does not catch: a 401 without a challenge whose body names no credential keeps challenge.missing’s step', async () => {
    const steps = (await run('HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nUnauthorized')).nextSteps;
    expect(steps.some((s) => s.startsWith('Find out which component answered'))).toBe(true);
  });
  it('no report here gives two steps that open alike', async () => {
    for (const input of inputs) {
      for (const locale of ['en', 'ja'] as const) {
        const steps = (await run(input, { locale })).nextSteps;
        expect(new Set(steps.map(opening)).size, input).toBe(steps.length);
      }
    }
  });
});
