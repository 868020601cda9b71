/**
 * JWS algorithm names (RFC 7518 §3.1, RFC 8037, RFC 8812), case as registered: a verifier's `algorithms` list holds
 * nothing else, and neither does `--expect-alg`.
 */
export const JWS_ALGORITHMS: ReadonlySet<string> = new Set([
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'ES256',
  'ES384',
  'ES512',
  'ES256K',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
  'Ed25519',
]);
