/**
 * Round audit-j: whole exchanges (curl -v, devtools, HAR, request + response) and pasted tokens, read as the on-call
 * engineer reads them.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { b64url, CLAIMS, unsigned } from '../helpers/tokens.js';

const FAILING = unsigned({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, { ...CLAIMS, scope: 'read:orders' });
const WORKING_HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };

/** A token whose payload the paste cut after `keep` characters: no signature, the JSON unfinished. */
function cut(header: Record<string, unknown>, claims: Record<string, unknown>, keep: number): string {
  return `${b64url(header)}.${b64url(claims).slice(0, keep)}`;
}

function exchange(failing: string, working: string): string {
  return [
    `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${failing}"`,
    'HTTP/1.1 403 Forbidden',
    '',
    `this one works from Postman: ${working}`,
  ].join('\n');
}

describe('a working token the paste cut short is still compared, on what it shows', () => {
  // iss, sub, aud and iat whole; exp and scope after the cut.
  const claims = { iss: CLAIMS.iss, sub: CLAIMS.sub, aud: CLAIMS.aud, iat: CLAIMS.iat, exp: CLAIMS.exp, scope: 'x y' };
  const keep = Math.floor((b64url(claims).length * 2) / 3);

  it('catches the header’s alg and kid against a cut working token', async () => {
    const f = await catches('token.differs-from-working', exchange(FAILING, cut(WORKING_HEADER, claims, keep)));
    expect(f.args).toMatchObject({
      differences: [
        { field: 'alg', failing: 'HS256', working: 'RS256' },
        { field: 'kid', failing: 'dev', working: 'acme-2026-05' },
      ],
    });
  });

  it('catches a claim read whole before the cut', async () => {
    const other = { ...claims, aud: 'https://billing.acme-corp.com' };
    const f = await catches(
      'token.differs-from-working',
      exchange(FAILING, cut({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, other, b64url(other).length - 12)),
    );
    expect(f.args).toMatchObject({
      differences: [{ field: 'aud', failing: CLAIMS.aud, working: 'https://billing.acme-corp.com' }],
    });
  });

  it('catches not a claim or grant the cut hid (azp, scope): unknown is not different', async () => {
    const failing = unsigned({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, { ...CLAIMS, azp: 'abc', scope: 'read:orders' });
    await catchesNot(
      'token.differs-from-working',
      exchange(failing, cut({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, { ...claims, azp: 'zzz' }, keep)),
    );
  });

  it('catches not a cut working token that is the failing one cut (same header, same claims so far)', async () => {
    const whole = unsigned(WORKING_HEADER, claims);
    await catchesNot('token.differs-from-working', exchange(whole, cut(WORKING_HEADER, claims, keep)));
  });
});

describe('an AWS ALB user-claims token (x-amzn-oidc-data): no aud by design, its iss in the header', () => {
  const ALB_HEADER = {
    typ: 'JWT',
    kid: '12e3a4b5-6c7d-8e9f-0a1b-2c3d4e5f6a7b',
    alg: 'ES256',
    iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
    client: '4example0clientid0abc',
    signer: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188',
    exp: CLAIMS.exp,
  };
  const USER = { sub: '6650f1c2-a9d3-e4b5', email_verified: 'true', username: 'alice', exp: CLAIMS.exp };
  const paste = (header: Record<string, unknown>, claims: Record<string, unknown>) =>
    [
      'GET /api/me HTTP/1.1',
      'Host: app.internal',
      `x-amzn-oidc-data: ${unsigned(header, claims)}`,
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n');

  it('reads neither aud nor iss as missing', async () => {
    const report = await run(paste(ALB_HEADER, USER));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('claim.aud-missing');
    expect(codes).not.toContain('claim.iss-missing');
  });

  it('still catches a missing iss when the ALB-signed header has none, and aud and iss missing without a signer', async () => {
    const { iss: _iss, ...noIss } = ALB_HEADER;
    await catches('claim.iss-missing', paste(noIss, USER));
    const { signer: _signer, ...noSigner } = ALB_HEADER;
    await catches('claim.aud-missing', paste(noSigner, USER));
    await catches('claim.iss-missing', paste(noSigner, USER));
    // Another signer is not an ALB's: its tokens are judged as any other. (Round left-cc: AWS Verified Access's
    // instance, `…:verified-access-instance/vai-…`, signs the same shape, iss and exp in the header and no aud, by its
    // documentation, and is read as the ALB's is: formats-left-cc.test.ts.)
    const other = { ...ALB_HEADER, signer: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc' };
    await catches('claim.aud-missing', paste(other, USER));
  });

  // Stop 22: the ALB pads each part and signs the padded parts (docs.aws.amazon.com … listener-authenticate-users.html,
  // "User claims encoding and signature verification"; golang-jwt/jwt#92, auth0/node-jws#84, potatosalad/erlang-jose#141).
  const padded = (header: Record<string, unknown>, claims: Record<string, unknown>) => {
    const pad = (part: string) => part + '='.repeat((4 - (part.length % 4)) % 4);
    const [h, p] = unsigned(header, claims).split('.') as [string, string];
    return `${pad(h)}.${pad(p)}.${'uSIOomOtEz2Pzv9qsmMLQPYMwO7DUyLRzFKsOzeQI-CZHl6EK6yPBu1Hi5DvMGgvntvFuC5gmaYkkB4A1IkxxA=='}`;
  };
  const withPadding = (header: Record<string, unknown>, log = '') =>
    [
      'GET /api/me HTTP/1.1',
      `x-amzn-oidc-data: ${padded(header, { ...USER, x: 'yy' })}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      log,
    ].join('\n');

  it.each([
    ['alone', ''],
    ['beside jsonwebtoken’s refusal', 'JsonWebTokenError: invalid token'],
  ])('says its padding is the ALB’s by design, with the ALB’s way to verify it: %s', async (_name, log) => {
    const f = await catches('token.malformed', withPadding(ALB_HEADER, log));
    expect(f.args.issuedBy).toBe('aws-alb');
    expect(f.detail).toContain('AWS ALB’s user-claims token');
    const report = await run(withPadding(ALB_HEADER, log));
    expect(report.nextSteps[0]).toContain('https://public-keys.auth.elb.<region>.amazonaws.com/<kid>');
    expect(report.nextSteps.join('\n')).not.toContain('Copy the token again');
    const ja = await run(withPadding(ALB_HEADER, log), { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'token.malformed')?.detail).toContain(
      'AWS ALB のユーザークレームトークン',
    );
  });

  it('keeps the plain padding words for a padded token no ALB signed', async () => {
    const { signer: _signer, ...noSigner } = ALB_HEADER;
    const f = await catches('token.malformed', withPadding(noSigner));
    expect(f.args.issuedBy).toBeUndefined();
    expect((await run(withPadding(noSigner))).nextSteps[0]).toContain('Copy the token again');
  });
});
