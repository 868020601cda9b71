/**
 * Round fix-d: next steps that gave one advice twice in other words, and stated denials whose step pointed at the
 * service's logs rather than the product that decided. Each group holds the pastes that now read right and the
 * near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { run } from '../helpers/catches.js';

const codes = (report: Awaited<ReturnType<typeof run>>) => report.findings.map((f) => f.code);
/** How many of a report's steps give an advice of the catalogue's same-advice group `g`. */
const saidOf = (steps: readonly string[], group: readonly string[]) => steps.filter((s) => group.includes(s)).length;

// challenge.no-error (a Bearer challenge without error=) and token.missing both said "check that the request carries
// Authorization: Bearer", each in its own words: a report gave the advice twice (audit-d, corpus line 6699).
describe('one advice once: a challenge without an error and a missing token', () => {
  const bare = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json';
  const stated =
    'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer resource_metadata="http://localhost:3000/.well-known/oauth-protected-resource"\nContent-Type: application/json\n\n{"error":{"code":-32000,"message":"Unauthorized: Missing Authorization header with Bearer token"},"id":1,"jsonrpc":"2.0"}';
  const placeholder =
    '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer undefined"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n\n';

  for (const [name, input] of [
    ['the request unseen', bare],
    ['the server stating it', stated],
    ['a placeholder sent', placeholder],
  ] as const) {
    for (const cat of [en, ja]) {
      it(`${name} (${cat.locale}): says each advice once`, async () => {
        const report = await run(input, { locale: cat.locale });
        expect(codes(report)).toEqual(expect.arrayContaining(['challenge.no-error', 'token.missing']));
        for (const group of cat.sameAdvice) expect(saidOf(report.nextSteps, group)).toBeLessThanOrEqual(1);
        // The advice itself is still given.
        expect(saidOf(report.nextSteps, cat.sameAdvice[0] as readonly string[])).toBe(1);
      });
    }
  }

  it('the request unseen: the ask to paste it stands on its own after the proxy step', async () => {
    const steps = (await run(bare)).nextSteps;
    expect(steps).toHaveLength(3);
    expect(steps[2]).toMatch(/^If the request carries a token, paste the request/);
    expect(steps.join('\n')).not.toContain('If it does, paste');
  });

  it('the resource metadata step stays first', async () => {
    const steps = (await run(stated)).nextSteps;
    expect(steps[0]).toContain('protected-resource metadata');
    expect(steps).toHaveLength(3);
  });

  it('a placeholder alone says where the token comes from, not to paste it', async () => {
    const report = await run(
      'Authorization: Bearer undefined\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json',
    );
    expect(codes(report)).toContain('token.missing');
    expect(report.nextSteps.join('\n')).toContain('the variable after "Bearer " was unset or empty');
    expect(report.nextSteps.join('\n')).not.toContain('if it was sent but not pasted');
  });

  // Near-misses: a token.missing alone keeps both of its steps, and a request that carried a token keeps the step
  // asking for the server's reason.
  it('token.missing alone keeps its two steps', async () => {
    const steps = (
      await run(
        'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders',
      )
    ).nextSteps;
    expect(steps[0]).toMatch(/^Look at the request as it was sent/);
    expect(steps[1]).toMatch(/^If the request carries a token/);
  });

  it('two findings giving different advice keep both', async () => {
    const input =
      '> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: JWT eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSJ9.***\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"\n< Content-Type: application/json\n<\n{"detail":"Authentication credentials were not provided."}';
    const steps = (await run(input)).nextSteps;
    expect(steps.join('\n')).toContain('Send exactly "Authorization: Bearer <token>"');
  });
});
