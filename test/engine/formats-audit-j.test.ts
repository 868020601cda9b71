/**
 * Round audit-j: whole exchanges (curl -v, devtools, HAR, request + response) and pasted tokens, read as the on-call
 * engineer reads them.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

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
    // Another product's signer (Verified Access) is not an ALB's: its tokens are judged as any other.
    const verifiedAccess = {
      ...ALB_HEADER,
      signer: 'arn:aws:ec2:us-east-1:123456789012:verified-access-instance/vai-1',
    };
    await catches('claim.aud-missing', paste(verifiedAccess, USER));
  });
});
