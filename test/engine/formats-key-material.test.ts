/**
 * Key material a client or verifier could not use: OpenSSL 3's "error:1E08010C:DECODER routines::unsupported" under a
 * signer's stack (the client's PEM signing key unread: goenning/google-indexing-script#77, octokit/auth-app.js#332) or
 * a verifier's (auth0/node-jsonwebtoken#882); jsonwebtoken's "invalid algorithm", which a public key that does not
 * parse also causes; Authlib's claim errors (authlib/jose/errors.py).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

const codes = (r: Report): string[] => r.findings.map((f) => f.code);

const SIGN_STACK = [
  'node:internal/crypto/sig:131',
  '  const ret = this[kHandle].sign(data, format, type, passphrase, rsaPadding,',
  '                            ^',
  '',
  'Error: error:1E08010C:DECODER routines::unsupported',
  '    at Sign.sign (node:internal/crypto/sig:131:29)',
  '    at Object.sign (/app/node_modules/jwa/index.js:152:45)',
  '    at Object.jwsSign [as sign] (/app/node_modules/jws/lib/sign-stream.js:32:24)',
  '    at GoogleToken.requestToken (/app/node_modules/gtoken/build/src/index.js:224:31)',
  '  library: "DECODER routines",',
  "  reason: 'unsupported',",
  "  code: 'ERR_OSSL_UNSUPPORTED'",
].join('\n');

describe('a PEM key OpenSSL cannot read', () => {
  it('under a signer’s stack: the client got no token; the steps check the PEM', async () => {
    const r = await run(SIGN_STACK);
    const f = r.findings.find((x) => x.code === 'token.missing');
    expect(f?.args).toMatchObject({ unobtained: true, credentials: 'private-key', via: 'openssl' });
    expect(r.nextSteps[0]).toContain('\\n');
    expect(r.nextSteps[0]).toContain('BEGIN');
  });

  it('under a verifier’s stack: the API’s key is unread', async () => {
    const r = await run(
      'Error: error:1E08010C:DECODER routines::unsupported\n    at Verify.verify (node:internal/crypto/sig:219:24)\n    at /app/node_modules/jsonwebtoken/verify.js:190:21',
    );
    expect(codes(r)).toContain('verifier.misconfigured');
    expect(codes(r)).not.toContain('token.missing');
  });

  it('in Japanese', async () => {
    const r = await run(SIGN_STACK, { locale: 'ja' });
    expect(r.nextSteps[0]).toContain('PEM');
  });

  it('another OpenSSL error, or prose naming the decoder, is not read as one', async () => {
    const r = await run('error:0308010C:digital envelope routines::unsupported');
    expect(r.findings.some((f) => f.args.credentials === 'private-key')).toBe(false);
    const prose = await run('we saw DECODER routines errors last week');
    expect(prose.findings.some((f) => f.args.credentials === 'private-key')).toBe(false);
  });
});

describe('jsonwebtoken’s “invalid algorithm”', () => {
  it('with no allowed list named, the first step is the key the algorithms were derived from', async () => {
    const r = await run('JsonWebTokenError: invalid algorithm\n    at /app/node_modules/jsonwebtoken/verify.js:162:19');
    expect(codes(r)[0]).toBe('alg.not-allowed');
    expect(r.nextSteps[0]).toContain('createPublicKey');
    expect(r.nextSteps[1]).toContain('Make the issuer sign');
  });

  it('another verifier’s refusal keeps the one step', async () => {
    const r = await run('JOSEAlgNotAllowed: "alg" (Algorithm) Header Parameter value not allowed');
    expect(r.nextSteps.join(' ')).not.toContain('createPublicKey');
  });
});

describe('Authlib’s claim errors', () => {
  it.each([
    ['authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "iss"', 'claim.iss-mismatch'],
    ['authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "aud"', 'claim.aud-mismatch'],
    ['authlib.jose.errors.MissingClaimError: missing_claim: Missing "exp" claim', 'time.no-exp'],
    ['authlib.jose.errors.BadSignatureError: bad_signature: ', 'signature.invalid'],
  ])('%s', async (paste, code) => {
    expect(codes(await run(paste))).toContain(code);
  });

  it('an OAuth error body’s invalid_claim words from another product are not Authlib’s', async () => {
    const r = await run('{"error":"invalid_claim","error_description":"The claim is invalid"}');
    expect(codes(r)).not.toContain('claim.iss-mismatch');
  });
});
