/**
 * Round idp5: hosted identity providers' own refusals, as their APIs answer and their SDKs throw them. FusionAuth's
 * OAuth `error_reason` (the member beside `error`/`error_description` that names the cause RFC 6749's code does not)
 * and fusionauth-jwt's exception classes; Logto's management API error codes (`{"message":…,"code":"auth.…"}`); WorkOS
 * AuthKit's refresh-token refusal. SuperTokens answers with bodies whose words hold none of the scan's triggers: those
 * are read by parse/error-bodies.ts. Each row's text is the product's own, from the public source named beside it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, family } from './matcher.js';
import type { RowCode } from './row-codes.js';

const fusionauth = family('fusionauth');
const fusionauthJwt = family('fusionauth-jwt');
const logto = family('logto');
const workos = family('workos');

/**
 * Whether the match is a JSON member's whole value after `name`, as the reply sends it (`"error_reason":"…"`) or as a
 * JavaScript client prints the parsed object (`error_reason: '…'`, FusionAuth/fusionauth-issues#150).
 */
function memberValue(name: string) {
  const json = new RegExp(`"${name}"\\s?:\\s?"$`);
  const printed = new RegExp(`\\b${name}:\\s?'$`);
  return (f: Fragment): Reading | null => {
    const before = f.before(name.length + 8);
    const close = f.after(1);
    if (json.test(before) && close === '"') return {};
    return printed.test(before) && close === "'" ? {} : null;
  };
}

const errorReason = memberValue('error_reason');
const logtoCode = memberValue('code');

/** What jose's error in Logto's `data` names: its code, and for a claim check the claim (jose's JWTClaimValidationFailed). */
const JOSE_CODES: Readonly<Record<string, RowCode>> = {
  ERR_JWT_EXPIRED: 'time.expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature.invalid',
  ERR_JWKS_NO_MATCHING_KEY: 'key.kid-unknown',
  ERR_JOSE_ALG_NOT_ALLOWED: 'alg.not-allowed',
};
const JOSE_CLAIMS: Readonly<Record<string, RowCode>> = {
  aud: 'claim.aud-mismatch',
  iss: 'claim.iss-mismatch',
  nbf: 'time.not-yet-valid',
  exp: 'time.expired',
};

function joseCause(after: string): Reading {
  const code = /"code"\s?:\s?"(ERR_[A-Z_]{3,40})"/.exec(after)?.[1];
  if (code === undefined) return {};
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    const claim = /"claim"\s?:\s?"([a-z_]{2,20})"/.exec(after)?.[1];
    const row = claim === undefined ? undefined : JOSE_CLAIMS[claim];
    return row === undefined ? {} : { code: row, args: { claim: claim as string } };
  }
  const row = JOSE_CODES[code];
  return row === undefined ? {} : { code: row };
}

/** fusionauth-jwt's classes only under their package (`io.fusionauth.jwt.`, before 4.0 `io.fusionauth.jwt.domain.`). */
function fusionauthPackage(f: Fragment): Reading | null {
  return /io\.fusionauth\.jwt\.(?:domain\.)?$/.test(f.before(40)) ? {} : null;
}

export const IDENTITY_SAAS: readonly Matcher[] = [
  // FusionAuth's OAuth errors carry `error_reason` (OAuthError.OAuthErrorReason in FusionAuth/fusionauth-java-client
  // and every generated client, e.g. fusionauth-rust-client's docs/OAuthErrorReason.md). Its OAuthService maps
  // fusionauth-jwt's exceptions onto invalid_token with: access_token_malformed "The access token cannot be parsed.",
  // access_token_expired "The access token has expired.", access_token_unavailable_for_processing "The access token is
  // unavailable for processing." (the nbf check). The token endpoint answers a code it does not hold (used, expired
  // after its 30 seconds, or from another instance) with `{"error":"invalid_request","error_description":"Invalid
  // Authorization Code","error_reason":"auth_code_not_found"}` (FusionAuth/fusionauth-issues#211, #150): the sign-in's
  // code was refused, not a malformed request. A refresh token it does not hold (revoked, expired, rotated) is
  // refresh_token_not_found; a client id it does not know is invalid_client_id (FusionAuth's example apps' READMEs:
  // `"error_reason" : "invalid_client_id"` on the login page). Only as the member's whole value.
  fusionauth('access_token_expired', 'time.expired', 'access_token_expired', { ...CODE, read: errorReason }),
  fusionauth(
    'access_token_unavailable_for_processing',
    'time.not-yet-valid',
    'access_token_unavailable_for_processing',
    {
      ...CODE,
      read: errorReason,
    },
  ),
  fusionauth('access_token_malformed', 'token.malformed', 'access_token_malformed', { ...CODE, read: errorReason }),
  fusionauth('auth_code_not_found', 'oauth.invalid-code', 'auth_code_not_found', { ...CODE, read: errorReason }),
  fusionauth('refresh_token_not_found', 'token.revoked', 'refresh_token_not_found', { ...CODE, read: errorReason }),
  fusionauth('invalid_client_id', 'oauth.invalid-client', 'invalid_client_id', { ...CODE, read: errorReason }),

  // fusionauth-jwt (FusionAuth/fusionauth-jwt src/main/java/io/fusionauth/jwt/JWTDecoder.java): JWTExpiredException
  // for exp, JWTUnavailableForProcessingException for nbf (both after the skew), InvalidJWTSignatureException from the
  // verifiers, NoneNotAllowedException for an unsigned token when verifiers were given, InvalidJWTException for a token
  // that is not three Base64 parts ("The encoded JWT is not properly formatted. Expected a three part dot separated
  // string.", "… not properly Base64 encoded."). Its exceptions carry no message: the class is what a stack trace shows.
  fusionauthJwt('JWTExpiredException', 'time.expired', 'JWTExpiredException', { ...CLASS, read: fusionauthPackage }),
  fusionauthJwt('JWTUnavailableForProcessingException', 'time.not-yet-valid', 'JWTUnavailableForProcessingException', {
    ...CLASS,
    read: fusionauthPackage,
  }),
  fusionauthJwt('InvalidJWTSignatureException', 'signature.invalid', 'InvalidJWTSignatureException', {
    ...CLASS,
    read: fusionauthPackage,
  }),
  fusionauthJwt('NoneNotAllowedException', 'alg.none', 'NoneNotAllowedException', {
    ...CLASS,
    read: fusionauthPackage,
  }),
  fusionauthJwt('InvalidJWTException', 'token.malformed', 'InvalidJWTException', { ...CLASS, read: fusionauthPackage }),

  // Logto's API authentication (logto-io/logto packages/core/src/middleware/koa-auth/index.ts; the words in
  // packages/phrases/src/locales/en/errors/auth.ts): a RequestError whose body is `{"message":…,"code":…}`.
  // auth.authorization_header_missing (401, "Authorization header is missing."), auth.authorization_token_type_not_supported
  // (401, "Authorization type is not supported.", anything but `Bearer`), auth.unauthorized (401, "Unauthorized. Please
  // check credentials and its scope.": jose's jwtVerify refused the token against Logto's keys, issuer and the API's
  // audience, the reason kept in the error's data), auth.jwt_sub_missing (401, "Missing `sub` in JWT."), and
  // auth.forbidden (403, "Forbidden. Please check your user roles and permissions.": the token lacks the Management
  // API's `all` scope). Only as the `code` member's whole value.
  logto('authorization_header_missing', 'token.missing', 'auth.authorization_header_missing', {
    ...CODE,
    exactCase: true,
    read: logtoCode,
  }),
  logto(
    'authorization_token_type_not_supported',
    'authz-header.scheme',
    'auth.authorization_token_type_not_supported',
    {
      ...CODE,
      exactCase: true,
      read: logtoCode,
    },
  ),
  // Its `data` is the jose error that refused the token (logto-io/logto#5607, #3267: `"data":{"code":
  // "ERR_JWT_CLAIM_VALIDATION_FAILED","name":"JWTClaimValidationFailed","claim":"aud","reason":"check_failed"}`): the
  // claim it names, or jose's code, is the cause.
  logto('unauthorized', 'challenge.invalid-token', 'auth.unauthorized', {
    ...CODE,
    exactCase: true,
    read: (f) => (logtoCode(f) === null ? null : joseCause(f.after(400, true))),
  }),
  logto('jwt_sub_missing', 'claim.sub-missing', 'auth.jwt_sub_missing', { ...CODE, exactCase: true, read: logtoCode }),
  logto('forbidden', 'scope.insufficient', 'auth.forbidden', { ...CODE, exactCase: true, read: logtoCode }),

  // Logto's OIDC provider errors, re-coded `oidc.<error>` by its koa-oidc-error-handler ({code: 'oidc.invalid_client',
  // message: 'An OIDC error occurred: oidc.invalid_client.', error: 'invalid_client', error_description: 'client
  // authentication failed'}, as @logto/js' requester prints it in logto-io/js#957): the token endpoint refusing the app's
  // client authentication, and oidc.invalid_token for an access token its userinfo or API refused. Only as `code`'s value.
  logto('oidc.invalid_client', 'oauth.invalid-client', 'oidc.invalid_client', {
    ...CODE,
    exactCase: true,
    read: logtoCode,
  }),
  logto('oidc.invalid_token', 'challenge.invalid-token', 'oidc.invalid_token', {
    ...CODE,
    exactCase: true,
    read: logtoCode,
  }),

  // WorkOS User Management's refresh grant for a refresh token already used once (rotation): invalid_grant "Refresh
  // token already exchanged." (workos/authkit-remix#7's log: `Error Description: Refresh token already exchanged.` then
  // `OauthException: Error: invalid_grant`; workos/workos-node#1202). The refresh token is spent: a new sign-in or the
  // rotated token is needed.
  workos('refresh-token-exchanged', 'token.revoked', 'Refresh token already exchanged', { exactCase: true }),
];
