/**
 * Round left-bb: small readings the stop's last rounds left. Each row cites the source of its shape; catch-not rows are
 * the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const SERVER_FAULT = 'a 5xx is a server fault';

describe('a 5xx whose product stated what was wrong with the credential', () => {
  // kubernetes-retired/dashboard#3189 (the row’s source, formats-audit-zz): older Dashboard releases log
  // MSG_TOKEN_EXPIRED_ERROR and answer 500. The expiry is the failure: "a 5xx is a server fault" contradicted it.
  const dashboard =
    '2018/08/01 13:18:32 MSG_TOKEN_EXPIRED_ERROR\n2018/08/01 13:18:32 [2018-08-01T13:18:32Z] Outcoming response to 10.244.18.212:38208 with 500 status code';

  it('catches: the stated expiry explains the 500, and the server-fault step is gone', async () => {
    const f = await catches('time.expired', dashboard);
    expect(f.args).toMatchObject({ via: 'kubernetes-dashboard' });
    const { nextSteps } = await run(dashboard);
    expect(nextSteps.join('\n')).not.toContain(SERVER_FAULT);
  });

  it('catches: jsonwebtoken’s "jwt expired" thrown into a 500', async () => {
    const { nextSteps } = await run('HTTP/1.1 500 Internal Server Error\n\nTokenExpiredError: jwt expired');
    expect(nextSteps.join('\n')).not.toContain(SERVER_FAULT);
  });

  it('catches not: a 500 with no stated cause keeps the step', async () => {
    const { nextSteps } = await run(
      'HTTP/1.1 500 Internal Server Error\nContent-Type: text/html\n\n<h1>Internal Server Error</h1>',
    );
    expect(nextSteps.join('\n')).toContain(SERVER_FAULT);
  });

  it('catches not: a 503 whose verifier could not fetch its JWKS (a server fault) keeps the step', async () => {
    const { nextSteps } = await run(
      'HTTP/1.1 503 Service Unavailable\n\nJwksError: Failed to fetch JWKS from https://idp.example.com/.well-known/jwks.json: ETIMEDOUT',
    );
    expect(nextSteps.join('\n')).toContain(SERVER_FAULT);
  });
});
