/**
 * Round audit-s: WWW-Authenticate challenges read as the on-call engineer reads them. An error-less challenge beside a
 * body that states the server's error is an offer, not "no credentials came"; a DPoP-only server is asked for a DPoP
 * token and proof, not a Bearer one (RFC 9449 §7.1); a scheme cut by the paste's end (`Bear`) is no other layer's.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);
const MASKED = `${TOKEN.slice(0, TOKEN.lastIndexOf('.'))}.***`;
const ATTACH_BEARER =
  'Check that the client attaches "Authorization: Bearer <token>": the token variable may be empty.';
const ATTACH_DPOP =
  'Check that the client attaches "Authorization: DPoP <token>" and a "DPoP: <proof>" header: the server offers only DPoP (RFC 9449), and the token variable may be empty.';

describe('an error-less challenge beside a body that states the error', () => {
  it('catches not: DPoP algs= with go-jwt-middleware’s invalid_dpop_proof body is not "the server saw no credentials"', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: DPoP algs="ES256"',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_dpop_proof","error_description":"DPoP proof is required for DPoP-bound tokens","error_code":"dpop_proof_missing"}',
    ].join('\n');
    const report = await catchesNot('challenge.no-error', input);
    expect(report.findings[0]?.code).toBe('token.sender-constrained');
    expect(report.nextSteps).not.toContain(ATTACH_BEARER);
  });

  it('catches not: a body’s use_dpop_nonce beside DPoP algs= (the nonce round trip, not missing credentials)', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: DPoP algs="ES256"',
      '',
      '{"error":"use_dpop_nonce","error_description":"Resource server requires nonce in DPoP proof"}',
    ].join('\n');
    const report = await catchesNot('challenge.no-error', input);
    expect(report.findings[0]?.code).toBe('challenge.dpop-proof');
  });

  it('catches not: a body’s invalid_token beside Bearer realm= does not send the reader to logs the body answers', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api"',
      '',
      '{"error":"invalid_token"}',
    ].join('\n');
    const report = await catchesNot('challenge.no-error', input);
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.nextSteps).not.toContain('Read the server’s logs for the rejection reason; the response hides it.');
  });

  it('catches: another response’s body error (a retry above) says nothing of this error-less challenge', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      '',
      '{"error":"invalid_token"}',
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api"',
    ].join('\n');
    await catches('challenge.no-error', input);
  });

  it('catches: a body’s invalid_request (a server may give it when no token came) leaves "no credentials" standing', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api"',
      '',
      '{"error":"invalid_request","error_description":"Missing Authorization header"}',
    ].join('\n');
    const f = await catches('challenge.no-error', input);
    expect(f.args).toMatchObject({ credentialSent: false });
  });
});

describe('a DPoP-only challenge without an error (RFC 9449 §7.1)', () => {
  it('catches: asks for a DPoP token and proof, citing RFC 9449', async () => {
    const input = ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: DPoP algs="ES256 PS256"'].join('\n');
    const f = await catches('challenge.no-error', input);
    expect(f.args).toMatchObject({ scheme: 'DPoP', credentialSent: false, dpopOnly: true });
    expect(f.detail).toContain('RFC 9449 §7.1');
    const report = await run(input);
    expect(report.nextSteps[0]).toBe(ATTACH_DPOP);
    expect(report.nextSteps).not.toContain(ATTACH_BEARER);
    expect(report.nextSteps.join('\n')).not.toContain('"Authorization: Bearer <token>"');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('"Authorization: DPoP <token>"');
  });

  it('catches not the DPoP words: a server that offers Bearer too takes either', async () => {
    const input = ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: DPoP algs="ES256", Bearer realm="api"'].join('\n');
    const f = await catches('challenge.no-error', input);
    expect(f.args).not.toHaveProperty('dpopOnly');
    expect(f.detail).toContain('RFC 6750 §3.1');
    expect((await run(input)).nextSteps).not.toContain(ATTACH_DPOP);
  });
});

describe('a challenge whose scheme the paste’s end cut short', () => {
  it('catches: `WWW-Authenticate: Bear` as the paste’s last text is Bearer cut, not a scheme mismatch', async () => {
    const input = [
      '> GET /v1/orders HTTP/1.1',
      `> Authorization: Bearer ${MASKED}`,
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bear',
    ].join('\n');
    const f = await catches('challenge.malformed', input);
    expect(f.args).toMatchObject({ reason: 'auth-scheme cut short', endsPaste: true });
    expect(f.severity).toBe('info');
    await catchesNot('challenge.scheme-mismatch', input);
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'challenge.malformed')?.detail).toContain(
      'auth-scheme が途中で終わっています',
    );
  });

  it('catches: `DP` cut at the end of a paste that sent DPoP', async () => {
    const input = [`> Authorization: DPoP ${MASKED}`, '< HTTP/1.1 401 Unauthorized', '< WWW-Authenticate: DP'].join(
      '\n',
    );
    await catches('challenge.malformed', input);
    await catchesNot('challenge.scheme-mismatch', input);
  });

  it('catches not: a whole other scheme at the paste’s end (Basic) is still a mismatch', async () => {
    const input = [
      `> Authorization: Bearer ${MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Basic',
    ].join('\n');
    await catches('challenge.scheme-mismatch', input);
    await catchesNot('challenge.malformed', input);
  });

  it('catches not: `Bear` followed by more lines was sent so, not cut by the paste', async () => {
    const input = [
      `> Authorization: Bearer ${MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bear',
      '< Content-Length: 0',
    ].join('\n');
    await catches('challenge.scheme-mismatch', input);
  });
});

describe('invalid_request in a challenge whose description states expiry', () => {
  it('catches: `error="invalid_request", error_description="The access token expired"` states the expiry, as a body’s does', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_request", error_description="The access token expired"',
    ].join('\n');
    await catches('time.expired', input);
    await catches('challenge.invalid-request', input);
    expect((await run(input)).findings[0]?.code).toBe('time.expired');
  });

  it('catches not: invalid_request with another description (duplicate tokens) states no expiry', async () => {
    const input = [
      'HTTP/1.1 400 Bad Request',
      'WWW-Authenticate: Bearer error="invalid_request", error_description="Found multiple bearer tokens in the request"',
    ].join('\n');
    await catchesNot('time.expired', input);
  });
});

describe('a scheme mismatch between the two OAuth token schemes (RFC 9449 §7.2)', () => {
  it('catches: a DPoP request answered by a Bearer-only API is that API’s answer, with a Bearer/DPoP step', async () => {
    const input = [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: DPoP ${MASKED}"`,
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api"',
    ].join('\n');
    const f = await catches('challenge.scheme-mismatch', input);
    expect(f.args).toMatchObject({ sent: 'DPoP', challenged: ['Bearer'], tokenSchemes: true });
    expect(f.detail).not.toContain('different authentication layer');
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('"Authorization: Bearer <token>", as the API asks');
    expect(report.nextSteps.join('\n')).not.toContain('IIS/Kerberos');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('"Authorization: Bearer <token>"');
  });

  it('catches: a Bearer request answered by a DPoP-only API is asked for a DPoP-bound token and proof', async () => {
    const input = [
      `> Authorization: Bearer ${MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: DPoP algs="ES256"',
    ].join('\n');
    const f = await catches('challenge.scheme-mismatch', input);
    expect(f.args).toMatchObject({ sent: 'Bearer', challenged: ['DPoP'], tokenSchemes: true });
    expect((await run(input)).nextSteps[0]).toContain('"Authorization: DPoP <token>"');
  });

  it('catches not the token-scheme words: a Basic challenge to a Bearer request is another layer', async () => {
    const input = [
      `> Authorization: Bearer ${MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Basic realm="x"',
    ].join('\n');
    const f = await catches('challenge.scheme-mismatch', input);
    expect(f.args).not.toHaveProperty('tokenSchemes');
    expect(f.detail).toContain('different authentication layer');
  });
});

describe('gin-jwt’s challenge, its realm unquoted (appleboy/gin-jwt auth_jwt.go)', () => {
  it('catches: `JWT realm=gin jwt` is gin-jwt’s fixed form, an info note with no server fix', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      'Www-Authenticate: JWT realm=gin jwt',
      '',
      '{"code":401,"message":"auth header is empty"}',
    ].join('\n');
    const f = await catches('challenge.malformed', input);
    expect(f.args).toMatchObject({ product: 'gin-jwt' });
    expect(f.severity).toBe('info');
    const report = await run(input);
    expect(report.nextSteps.join('\n')).not.toContain('Fix the server or gateway that builds the header');
    expect(
      (await run(input, { locale: 'ja' })).findings.find((x) => x.code === 'challenge.malformed')?.title,
    ).toContain('gin-jwt');
  });

  it('catches not gin-jwt: another scheme’s unquoted realm with a blank is a plain malformed header', async () => {
    const input = ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: Bearer realm=my api'].join('\n');
    const f = await catches('challenge.malformed', input);
    expect(f.args).not.toHaveProperty('product');
  });

  it('catches not: `JWT realm=api` (one word) parses, and says nothing malformed', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: JWT realm=api',
      '',
      '{"code":401,"message":"auth header is empty"}',
    ].join('\n');
    await catchesNot('challenge.malformed', input);
  });
});
