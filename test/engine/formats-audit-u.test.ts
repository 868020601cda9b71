/**
 * Round audit-u: pastes the engine called empty, or left undetermined, that say something an on-call engineer can use.
 * Akamai's Access Denied page names the edge's block with no status line pasted; Oathkeeper's error envelope cut
 * before its message still names its reason; a service's `"error":"invalid bearer token"` is a refused token; a token
 * set beside one labelled "works" is the one the paste is about.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

const AKAMAI_DENIED =
  '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1> Reference&#32;&#35;18&#46;27f62917&#46;1779623119&#46;a59b1f4c</BODY></HTML>';

describe("Akamai's Access Denied page with no status line", () => {
  it('catches: the page alone is the edge refusing the request', async () => {
    const f = await catches('proxy.waf-block', AKAMAI_DENIED);
    expect(f.args).toMatchObject({ product: 'Akamai' });
    expect(f.evidence).toContain('Reference #18.27f62917');
  });

  it('catches: its un-titled variant, by its heading', async () => {
    await catches('proxy.waf-block', AKAMAI_DENIED.replace('<HEAD><TITLE>Access Denied</TITLE></HEAD>', ''));
  });

  it('catches not: an Akamai error page with another heading (a 5xx) is no block', async () => {
    await catchesNot(
      'proxy.waf-block',
      '<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>An error occurred while processing your request.<p> Reference&#32;&#35;97&#46;1b2c3d4e&#46;1779623119&#46;5f6a7b</BODY></HTML>',
    );
  });

  it('catches not: an "Access Denied" heading without Akamai\'s reference names no product', async () => {
    await catchesNot(
      'proxy.waf-block',
      '<html><body><h1>Access Denied</h1><p>You are not allowed here.</p></body></html>',
    );
  });

  it('catches not: the page under a 500 is not read as a block', async () => {
    await catchesNot('proxy.waf-block', `HTTP/1.1 500 Internal Server Error\nServer: AkamaiGHost\n\n${AKAMAI_DENIED}`);
  });
});

describe("Oathkeeper's envelope cut before its message", () => {
  it('catches: the reason "Access token expired" with the message cut off', async () => {
    const f = await catches(
      'time.expired',
      '{"error":{"code":401,"status":"Unauthorized","reason":"Access token expired","messag',
    );
    expect(f.args).toMatchObject({ via: 'oathkeeper' });
  });

  it('catches: cut inside the message, and with its request id', async () => {
    await catches(
      'time.expired',
      '{"error":{"code":401,"status":"Unauthorized","reason":"Access token expired","message":"Access credentials are in',
    );
    await catches(
      'time.expired',
      '{"error":{"code":401,"status":"Unauthorized","request":"9c2f6a0e-7d1c","reason":"Access token expired"',
    );
  });

  it('catches: the issuer reason cut the same way', async () => {
    await catches(
      'claim.iss-mismatch',
      '{"error":{"code":401,"status":"Unauthorized","reason":"Token issuer does not match any trusted issuer","mes',
    );
  });

  it('catches not: the whole envelope is read once, by its message', async () => {
    const report = await run(
      '{"error":{"code":401,"status":"Unauthorized","reason":"Access token expired","message":"Access credentials are invalid"}}',
    );
    expect(report.findings.filter((f) => f.code === 'time.expired')).toHaveLength(1);
  });

  it("catches not: the words outside the envelope are not Oathkeeper's", async () => {
    const report = await run('{"status":"Unauthorized","reason":"Access token expired"}');
    expect(report.findings.map((f) => f.args && (f.args as { via?: string }).via)).not.toContain('oathkeeper');
  });
});

describe('"invalid bearer token" as a service\'s error value', () => {
  it('catches: a structured log record whose error is the words', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '{"level":"warn","ts":"2026-05-28T14:09:58Z","msg":"request rejected","error":"invalid bearer token"}',
    );
    expect(f.args).toMatchObject({ description: 'invalid bearer token' });
    expect(f.args).not.toHaveProperty('via');
  });

  it('catches: a 401 body with the words as its error', async () => {
    await catches('challenge.invalid-token', 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid bearer token"}');
  });

  it('catches not: the words in prose', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'our middleware says invalid bearer token when the header has no Bearer prefix, is that expected?',
    );
  });

  it('catches not: a longer value that only starts with the words', async () => {
    await catchesNot('challenge.invalid-token', '{"error":"invalid bearer token format in config"}');
  });

  it("catches: the API server's own line stays Kubernetes'", async () => {
    const f = await catches(
      'challenge.invalid-token',
      'E0528 14:09:58.469791       1 authentication.go:73] "Unable to authenticate the request" err="invalid bearer token"',
    );
    expect(f.args).toMatchObject({ via: 'kubernetes' });
  });
});

describe('a token beside one labelled as working', () => {
  const working = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);
  const staging = unsigned(
    { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' },
    { ...CLAIMS, iss: 'https://auth.staging.acme-corp.com/' },
  );

  it('catches: the unlabelled one on a log line is the one compared', async () => {
    const f = await catches(
      'token.differs-from-working',
      `works: ${working}\n2026-05-28T14:09:58.401Z token=${staging}`,
    );
    expect(JSON.stringify(f.args)).toContain('auth.staging.acme-corp.com');
  });

  it('catches not: the working token pasted again is no other token', async () => {
    await catchesNot('token.differs-from-working', `works: ${working}\nAuthorization: Bearer ${working}`);
  });

  it('catches not: two unlabelled tokens beside it leave the paste undecided', async () => {
    const other = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, { ...CLAIMS, aud: 'https://other' });
    await catchesNot('token.differs-from-working', `works: ${working}\nfirst: ${staging}\nsecond: ${other}`);
  });
});

describe('a token with no status whose findings only describe it', () => {
  const ASK =
    'Paste the failing request’s response (its status line, WWW-Authenticate header and body) or the log line the API or gateway wrote for it: the token alone does not say why it was refused.';
  const masked = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);

  it('catches: a masked token alone asks for the response (it had no step at all)', async () => {
    const report = await run(`Authorization: Bearer ${masked}`);
    expect(report.status).toBeNull();
    expect(report.nextSteps).toEqual([ASK]);
  });

  it('catches: in Japanese too', async () => {
    const report = await run(`Authorization: Bearer ${masked}`, { locale: 'ja' });
    expect(report.nextSteps[0]).toContain('WWW-Authenticate');
  });

  it('catches: after a live token’s own steps', async () => {
    const live = rs256(CLAIMS);
    const report = await run(`Authorization: Bearer ${live}`);
    expect(report.findings.map((f) => f.code)).toContain('input.live-token');
    expect(report.nextSteps.indexOf(ASK)).toBeGreaterThan(0);
  });

  it('catches not: a token whose claims name the cause (expired) asks for no response', async () => {
    const expired = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, { ...CLAIMS, exp: CLAIMS.iat + 60 });
    const report = await run(`Authorization: Bearer ${expired}`);
    expect(report.nextSteps).not.toContain(ASK);
  });

  it('catches not: a cut token asks for the token again, not the response', async () => {
    const report = await run(`Authorization: Bearer ${masked.slice(0, 120)}`);
    expect(report.nextSteps).not.toContain(ASK);
  });

  it('catches not: a 401 keeps its own ask for the server’s reason', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${masked}`);
    expect(report.nextSteps).not.toContain(ASK);
  });

  it('catches not: a verifier’s log line with no status is the answer', async () => {
    const report = await run(
      `token=${masked}\n{"level":"warn","msg":"request rejected","error":"invalid bearer token"}`,
    );
    expect(report.nextSteps).not.toContain(ASK);
  });
});

describe('a curl -H quote left open above the response it got', () => {
  const masked = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);

  it('catches: the response fields below are the response, not the rest of the header', async () => {
    const input = [
      `$ curl -si -X DELETE https://api.acme-corp.com/v1/orders/8812 -H 'Authorization: Bearer ${masked}`,
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders"',
      '',
      '{"status":403,"error":"Forbidden"}',
    ].join('\n');
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toContain('challenge.insufficient-scope');
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.format');
    expect(report.token?.foundIn).toBe('authorization-header');
  });

  it("catches: after a lost status line, API Gateway's fields are the response's", async () => {
    const input = [
      `$ curl -i https://k3x9p2m7q1.execute-api.us-east-1.amazonaws.com/prod/orders -H "Authorization: Bearer ${masked}`,
      'Date: Thu, 28 May 2026 14:09:48 GMT',
      'x-amzn-ErrorType: UnauthorizedException',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n');
    const report = await catchesNot('authz-header.format', input);
    expect(report.classification).toBe('authentication');
  });

  it('catches not: a quoted body that runs over lines still ends at its own quote', async () => {
    const input = `curl -X POST https://api.acme-corp.com/v1/orders -d '{\n  "sku": "A-1",\n  "qty": 2\n}' -H "Authorization: Bearer ${masked}"`;
    const report = await catchesNot('authz-header.missing', input);
    expect(report.token?.foundIn).toBe('authorization-header');
  });

  it('catches not: a line that is no known field keeps the quote open', async () => {
    const input = `curl https://api.acme-corp.com/v1/orders -d 'note: first line\nsecond: line' -H "Authorization: Bearer ${masked}"`;
    const report = await run(input);
    expect(report.token?.foundIn).toBe('authorization-header');
  });
});
