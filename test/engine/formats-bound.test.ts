/**
 * Round "bound": sender-constrained access tokens (their `cnf` claim) sent without their binding honoured, read as
 * token.sender-constrained (a project code: docs/codes/token.sender-constrained.md). A DPoP-bound token (RFC 9449 §6,
 * `cnf.jkt`) under `Bearer` or without its `DPoP` proof; a certificate-bound token (RFC 8705 §3.1, `cnf["x5t#S256"]`)
 * on a 401; and what verifiers say of either (express-oauth2-jwt-bearer, go-jwt-middleware, Keycloak, Spring
 * Security: the rows of parse/verifier-messages/bound-tokens.ts name their sources). The quiet rows hold a success, a
 * token beside the request's, a DPoP proof sent as the token, a 403, and prose.
 */
import { describe, expect, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, A403, FRESH_MASKED, JSON_CT, MISREAD, QUIET, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const JKT = '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I';
/** A DPoP-bound access token, valid at NOW. */
const DPOP_BOUND = rs256({ ...CLAIMS, cnf: { jkt: JKT } }, { kid: 'k1', typ: 'at+jwt' });
/** The same, expired an hour before NOW. */
const DPOP_EXPIRED = rs256({ ...CLAIMS, iat: NOW - 7200, exp: NOW - 3600, cnf: { jkt: JKT } }, { kid: 'k1' });
/** A certificate-bound access token (RFC 8705 §3.1's example thumbprint), valid at NOW. */
const CERT_BOUND = rs256(
  { ...CLAIMS, cnf: { 'x5t#S256': 'bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2' } },
  { kid: 'k1' },
);
/** A DPoP proof (RFC 9449 §4.2). */
const PROOF = rs256(
  { jti: 'e1j3V_bKic8-LAEB', htm: 'GET', htu: 'https://api.acme-corp.com/v1/orders', iat: NOW - 2 },
  { typ: 'dpop+jwt', jwk: { kty: 'RSA', e: 'AQAB', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1Wl' } },
);
const SIGNATURES = [DPOP_BOUND, DPOP_EXPIRED, CERT_BOUND, PROOF].map((t) => t.split('.')[2] as string);
const URL = 'https://api.acme-corp.com/v1/orders';

const CATCH: Row[] = [
  {
    // RFC 9449 §7.2: a DPoP-bound token must not be accepted under Bearer; the server says only "401"
    name: 'a DPoP-bound token sent as Bearer, a bare 401',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${DPOP_BOUND}"`, S401].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    excludes: ['challenge.scheme-mismatch', 'authz-header.scheme', ...MISREAD],
  },
  {
    // RFC 9449 §7.1: the DPoP scheme needs the proof beside it; the request's headers are shown without one
    name: 'Authorization: DPoP without a DPoP header, curl -v',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: DPoP ${DPOP_BOUND}`,
      '> Accept: application/json',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: DPoP algs="ES256 PS256"',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    excludes: ['authz-header.scheme', 'challenge.scheme-mismatch', ...MISREAD],
  },
  {
    // A server that takes only DPoP answers the Bearer request with an error-less DPoP challenge: the binding says why
    name: 'a DPoP-bound token sent as Bearer, answered by a DPoP-only challenge',
    input: [
      `$ curl -i ${URL} -H "Authorization: Bearer ${DPOP_BOUND}"`,
      S401,
      'WWW-Authenticate: DPoP algs="ES256"',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    excludes: ['challenge.scheme-mismatch', ...MISREAD],
  },
  {
    // The token is also expired: it would fail with the binding honoured, so its expiry leads
    name: 'an expired DPoP-bound token sent as Bearer: time.expired leads',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${DPOP_EXPIRED}"`, S401].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['token.sender-constrained'],
  },
  {
    // RFC 8705 §3: the resource server answers a certificate mismatch with 401 invalid_token
    name: 'a certificate-bound token on a 401 invalid_token: a warning',
    input: [
      `$ curl -i ${URL} -H "Authorization: Bearer ${CERT_BOUND}"`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...A401,
    includes: ['token.sender-constrained', 'challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    // Keycloak's userinfo endpoint (UserInfoEndpoint.java; DPoPTest asserts this exact header)
    name: 'Keycloak: DPoP proof and token binding verification failed',
    input: [
      `$ curl -i https://sso.acme-corp.com/realms/acme/protocol/openid-connect/userinfo -H "Authorization: Bearer ${DPOP_BOUND}"`,
      S401,
      'WWW-Authenticate: Bearer realm="acme", error="invalid_token", error_description="DPoP proof and token binding verification failed"',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    via: 'keycloak',
    excludes: MISREAD,
  },
  {
    // Keycloak's token endpoint refreshing a certificate-bound refresh token without the certificate
    // (MtlsHoKTokenUtil.CERT_VERIFY_ERROR_DESC; HoKTest asserts the 401 and unauthorized_client)
    name: 'Keycloak: client certificate missing at the refresh',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":"unauthorized_client","error_description":"Client certificate missing, or its thumbprint and one in the refresh token did NOT match"}',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    via: 'keycloak',
    excludes: ['oauth.unauthorized-client', 'challenge.missing', ...MISREAD],
  },
  {
    // express-oauth2-jwt-bearer's mTLS verifier (mtls-verifier.ts): InvalidRequestError, 400
    name: 'express-oauth2-jwt-bearer: a client certificate is required',
    input: [
      'HTTP/1.1 400 Bad Request',
      'WWW-Authenticate: Bearer realm="api", error="invalid_request", error_description="A client certificate is required for this certificate-bound access token"',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'token.sender-constrained',
    via: 'express-oauth2-jwt-bearer',
    excludes: MISREAD,
  },
  {
    // express-oauth2-jwt-bearer's cnf check (dpop-verifier.ts): the proof's key is not the token's cnf.jkt
    name: 'express-oauth2-jwt-bearer: JWT Access Token confirmation mismatch under DPoP',
    input: [
      `$ curl -i ${URL} -H "Authorization: DPoP ${DPOP_BOUND}" -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: Bearer realm="api", DPoP error="invalid_token", error_description="JWT Access Token confirmation mismatch", algs="ES256 PS256"',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    via: 'express-oauth2-jwt-bearer',
    excludes: ['token.type-mismatch', ...MISREAD],
  },
  {
    // go-jwt-middleware's ErrDPoPBindingMismatch as its ValidationError prints it (core/dpop.go, core/errors.go)
    name: 'go-jwt-middleware: the proof’s JKT does not match the token’s cnf, in a log line',
    input:
      'time=2026-05-28T14:09:58Z level=ERROR msg="DPoP JKT mismatch" error="DPoP proof JKT \\"9Vd1\\" does not match token cnf.jkt \\"0ZcO\\": DPoP proof public key does not match token cnf claim"',
    status: null,
    classification: 'authentication',
    top: 'token.sender-constrained',
    via: 'go-jwt-middleware',
  },
  {
    // Spring Security 6.5+'s DPoPAuthenticationProvider, JwkThumbprintValidator's reason in the decoder's exception
    name: 'Spring Security: jkt claim is invalid',
    input:
      'o.s.s.o.s.r.w.a.BearerTokenAuthenticationFilter : Failed to process authentication request\norg.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: jkt claim is invalid.',
    status: null,
    classification: 'authentication',
    top: 'token.sender-constrained',
    via: 'spring-security',
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'quiet: the DPoP-bound token sent as Bearer and accepted (200)',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${DPOP_BOUND}"`, 'HTTP/1.1 200 OK'].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['token.sender-constrained'],
  },
  {
    name: 'quiet: DPoP scheme and its proof, refused for the proof',
    input: [
      `$ curl -i ${URL} -H "Authorization: DPoP ${DPOP_BOUND}" -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: DPoP error="invalid_dpop_proof", error_description="DPoP Proof htu mismatch"',
    ].join('\n'),
    ...A401,
    top: 'challenge.dpop-proof',
    excludes: ['token.sender-constrained'],
  },
  {
    // A token response holding a DPoP-bound token, beside a request that sent another token under Bearer
    name: 'quiet: a DPoP-bound token in a token response, not the request’s',
    input: [
      `{"access_token":"${DPOP_BOUND}","token_type":"DPoP","expires_in":3600}`,
      `$ curl -i ${URL} -H "Authorization: Bearer ${FRESH_MASKED}"`,
      S401,
    ].join('\n'),
    ...A401,
    excludes: ['token.sender-constrained'],
  },
  {
    name: 'quiet: a DPoP proof sent as the access token',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${PROOF}"`, S401].join('\n'),
    ...A401,
    top: 'token.type-mismatch',
    excludes: ['token.sender-constrained'],
  },
  {
    name: 'quiet: a certificate-bound token on a 403',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${CERT_BOUND}"`, 'HTTP/1.1 403 Forbidden'].join('\n'),
    ...A403,
    excludes: ['token.sender-constrained'],
  },
  {
    name: 'quiet: a token without cnf sent as Bearer, a 401',
    input: [`$ curl -i ${URL} -H "Authorization: Bearer ${FRESH_MASKED}"`, S401].join('\n'),
    ...A401,
    excludes: ['token.sender-constrained'],
  },
  {
    name: 'quiet: prose about DPoP-bound tokens',
    input:
      'From next week our API issues DPoP-bound access tokens: clients must use the DPoP authentication scheme and send a proof, or present their client certificate for mTLS-bound ones.',
    ...QUIET,
    excludes: ['token.sender-constrained'],
  },
];

describe('Round "bound": sender-constrained tokens whose binding was not honoured', () => {
  for (const row of CATCH) it(row.name, () => expectPasteRow(row, SIGNATURES));

  it('names the binding and the scheme sent, and steps to the DPoP scheme and proof', async () => {
    const report = await expectPasteRow(CATCH[0] as Row, SIGNATURES);
    expect(report.findings[0]?.args).toMatchObject({ binding: 'dpop', scheme: 'Bearer', proofSent: false });
    expect(report.findings[0]?.severity).toBe('error');
    expect(report.nextSteps[0]).toContain('Authorization: DPoP');
  });

  it('a missing proof under the DPoP scheme', async () => {
    const report = await expectPasteRow(CATCH[1] as Row, SIGNATURES);
    expect(report.findings[0]?.args).toMatchObject({ binding: 'dpop', scheme: 'DPoP', proofSent: false });
    expect(report.findings[0]?.title).toContain('without its DPoP proof');
  });

  it('beside an expired token it is a warning', async () => {
    const report = await expectPasteRow(CATCH[3] as Row, SIGNATURES);
    expect(report.findings.find((f) => f.code === 'token.sender-constrained')?.severity).toBe('warning');
  });

  it('a certificate binding is a warning by inference, names a forwarded certificate header, and an error when stated', async () => {
    const inferred = await expectPasteRow(CATCH[4] as Row, SIGNATURES);
    const f = inferred.findings.find((x) => x.code === 'token.sender-constrained');
    expect(f?.severity).toBe('warning');
    expect(f?.args).toMatchObject({ binding: 'mtls', forwardedHeader: null });
    const forwarded = await expectPasteRow(
      {
        name: 'behind Envoy',
        input: [
          `$ curl -i ${URL} -H "Authorization: Bearer ${CERT_BOUND}" -H "x-forwarded-client-cert: Hash=1a2b;Subject=\\"CN=client\\""`,
          S401,
        ].join('\n'),
        ...A401,
      },
      SIGNATURES,
    );
    expect(forwarded.findings.find((x) => x.code === 'token.sender-constrained')?.args).toMatchObject({
      forwardedHeader: 'x-forwarded-client-cert',
    });
    const stated = await expectPasteRow(CATCH[6] as Row);
    expect(stated.findings[0]?.severity).toBe('error');
    expect(stated.findings[0]?.args).toMatchObject({ binding: 'mtls' });
    expect(stated.nextSteps.join(' ')).toContain('x-forwarded-client-cert');
  });

  it('reads the binding from the token when the words name neither', async () => {
    const report = await expectPasteRow(CATCH[8] as Row, SIGNATURES);
    expect(report.findings[0]?.args).toMatchObject({ binding: 'dpop', scheme: 'DPoP', proofSent: true });
  });

  it('reads naturally in Japanese', async () => {
    const report = await expectPasteRow(CATCH[0] as Row, SIGNATURES, { locale: 'ja' });
    expect(report.findings[0]?.title).toBe('DPoP に紐付いたトークンが Bearer として送られています');
    expect(report.nextSteps[0]).toContain('Authorization: DPoP');
  });
});

describe('Round "bound": where no binding failed', () => {
  for (const row of QUIET_ROWS) it(row.name, () => expectPasteRow(row, SIGNATURES));
});
