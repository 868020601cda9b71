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

const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map([...JWS_ALGORITHMS].map((a) => [a.toLowerCase(), a]));

/** The registered name for one typed in any case (`rs256` on a phone's keyboard), or null when there is none. */
export function registeredAlgorithm(name: string): string | null {
  return BY_LOWER_CASE.get(name.toLowerCase()) ?? null;
}
