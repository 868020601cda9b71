/**
 * Verifiers refusing a sender-constrained token (its `cnf` claim) whose binding the request did not honour: a
 * DPoP-bound token (RFC 9449) sent without the DPoP scheme or proof, or with a proof of another key; a
 * certificate-bound token (RFC 8705) without its client certificate. All read as token.sender-constrained; `reason`
 * names the binding where the words do. Refusals of the proof itself (its htm, htu, iat, ath) are not rows here: the
 * `invalid_dpop_proof` challenge or body beside them says so (challenge.dpop-proof).
 */
import type { Matcher } from './matcher.js';
import { ALONE, CODE, family } from './matcher.js';

const auth0Sdk = family('auth0-sdk');
const bearer = family('express-oauth2-jwt-bearer');
const gjm = family('go-jwt-middleware');
const keycloak = family('keycloak');
const oidcProvider = family('oidc-provider');
const spring = family('spring-security');

const DPOP = { args: { reason: 'dpop' } } as const;
const MTLS = { args: { reason: 'mtls' } } as const;

export const BOUND_TOKENS: readonly Matcher[] = [
  // Auth0's resource-server SDKs in DPoP "allowed" mode, for a token with cnf sent under Bearer (invalid_token), in the
  // same words: express-oauth2-jwt-bearer (auth0/node-oauth2-jwt-bearer, packages/access-token-jwt/src/
  // token-verifier.ts), auth0-api-python's and auth0-api-java's tests and validators, go-jwt-middleware v3's core tests.
  auth0Sdk(
    'dpop-bound-bearer',
    'token.sender-constrained',
    'DPoP-bound token requires the DPoP authentication scheme',
    DPOP,
  ),

  // express-oauth2-jwt-bearer: the certificate-bound token without a certificate, and a cnf that matches neither the
  // proof's key nor the certificate (packages/access-token-jwt/src/mtls-verifier.ts and dpop-verifier.ts; the
  // mismatch's words are the same for both bindings, so the token's cnf says which).
  bearer(
    'mtls-certificate-required',
    'token.sender-constrained',
    'A client certificate is required for this certificate-bound access token',
    MTLS,
  ),
  bearer('confirmation-mismatch', 'token.sender-constrained', 'JWT Access Token confirmation mismatch'),

  // auth0/go-jwt-middleware v3 (core/dpop.go): a token with cnf and no proof (error_code dpop_proof_missing, under
  // invalid_dpop_proof), and a proof whose key is not the token's cnf.jkt (ErrDPoPBindingMismatch, whose words end
  // its `DPoP proof JKT "…" does not match token cnf.jkt "…"` error; error_code dpop_binding_mismatch). The first
  // code and that message's head hold none of the scan's triggers (scan.ts): the words beside them are read.
  gjm('dpop-proof-missing', 'token.sender-constrained', 'DPoP proof is required for DPoP-bound tokens', DPOP),
  gjm(
    'ErrDPoPBindingMismatch',
    'token.sender-constrained',
    'DPoP proof public key does not match token cnf claim',
    DPOP,
  ),
  gjm('dpop_binding_mismatch', 'token.sender-constrained', 'dpop_binding_mismatch', { ...CODE, ...DPOP }),

  // Keycloak's userinfo endpoint for a DPoP-bound token without a matching proof (`Bearer realm="test",
  // error="invalid_token", error_description="DPoP proof and token binding verification failed"`, UserInfoEndpoint.java
  // and its DPoPTest), and MtlsHoKTokenUtil.CERT_VERIFY_ERROR_DESC for a certificate-bound token ("Client certificate
  // missing, or its thumbprint and one in the refresh token did NOT match", at the token and userinfo endpoints).
  keycloak('dpop-binding', 'token.sender-constrained', 'DPoP proof and token binding verification failed', DPOP),
  keycloak(
    'mtls-hok',
    'token.sender-constrained',
    'Client certificate missing, or its thumbprint and one in the',
    MTLS,
  ),

  // node-oidc-provider's userinfo endpoint (lib/actions/userinfo.js) for a bound access token, as InvalidToken's
  // error_detail beside its fixed `invalid token provided` (its DPoP tests assert both): "failed jkt verification" when
  // no proof or one of another key came (also its refresh_token grant's InvalidGrant for a DPoP-bound refresh token),
  // "failed x5t#S256 verification" when the client certificate is missing or another one.
  oidcProvider('failed-jkt', 'token.sender-constrained', 'failed jkt verification', {
    ...DPOP,
    ...ALONE,
    exactCase: true,
  }),
  oidcProvider('failed-x5t', 'token.sender-constrained', 'failed x5t#S256 verification', {
    ...MTLS,
    ...ALONE,
    exactCase: true,
  }),

  // Spring Security 6.5+'s DPoPAuthenticationProvider (JwkThumbprintValidator): the proof's jwk thumbprint is not the
  // access token's cnf.jkt, under invalid_dpop_proof.
  spring('dpop-jkt-invalid', 'token.sender-constrained', 'jkt claim is invalid', DPOP),
];
