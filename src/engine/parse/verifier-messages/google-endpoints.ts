/**
 * Google Cloud Endpoints' first proxy, ESP (cloudendpoints/esp src/api_manager/check_auth.cc): every refusal is
 * "JWT validation failed: " and a reason, in the JSON error it answers (`{"code":16,"message":"JWT validation failed:
 * BAD_FORMAT",…}`, cloudendpoints/esp#310) and in its log. The reasons are its own words (Issuer not allowed, Audience
 * not allowed, the key fetch's failures) or gRPC's JWT verifier status names (grpc_jwt_verifier_status_to_string:
 * BAD_FORMAT, BAD_SIGNATURE, KEY_RETRIEVAL_ERROR), so the row is the prefix and the reason together: the prefix
 * alone is many applications' log wording. ESPv2 speaks Envoy's words, read by the Envoy rows.
 */
import type { Matcher } from './matcher.js';
import { family } from './matcher.js';

const esp = family('esp');

export const GOOGLE_ENDPOINTS: readonly Matcher[] = [
  // Parse(): the token does not split into three decodable JSON parts, or has no iss (gRPC's BAD_FORMAT).
  esp('bad-format', 'token.malformed', 'JWT validation failed: BAD_FORMAT', { exactCase: true }),
  esp('bad-signature', 'signature.invalid', 'JWT validation failed: BAD_SIGNATURE', { exactCase: true }),
  esp('key-retrieval', 'key.jwks-unavailable', 'JWT validation failed: KEY_RETRIEVAL_ERROR', { exactCase: true }),
  // CheckAudience(): the issuer is not among the method's providers; the audience is neither the service's name nor
  // one the provider allows (a PERMISSION_DENIED, so a 403; cloudendpoints/esp#640).
  esp('issuer', 'claim.iss-mismatch', 'JWT validation failed: Issuer not allowed', { exactCase: true }),
  esp('audience', 'claim.aud-mismatch', 'JWT validation failed: Audience not allowed', { exactCase: true }),
  // GetAuthToken() found no `Authorization: Bearer …` (nor the IAP header, nor access_token in the query).
  esp('no-token', 'token.missing', 'JWT validation failed: Missing or invalid credentials', { exactCase: true }),
  // InitKey() / PostFetchPubKey(): the issuer's keys could not be located or fetched.
  esp('no-key-uri', 'key.jwks-unavailable', 'JWT validation failed: Cannot determine the URI of the key', {
    exactCase: true,
  }),
  esp('key-fetch', 'key.jwks-unavailable', 'JWT validation failed: Unable to fetch verification key', {
    exactCase: true,
  }),
];
