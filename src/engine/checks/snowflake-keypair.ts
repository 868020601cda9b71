/**
 * Snowflake's key-pair JWT, which a client signs for itself with the private key set on its Snowflake user: iss is
 * `<ACCOUNT>.<USER>.SHA256:<public key fingerprint>` and sub `<ACCOUNT>.<USER>`, with iat and exp and no aud
 * (docs.snowflake.com/en/developer-guide/sql-api/authenticating, "Using key-pair authentication"). Snowflake checks no
 * audience on it, so none missing is worth a word.
 */
export function snowflakeKeyPairJwt(claims: Readonly<Record<string, unknown>> | null): boolean {
  if (claims === null) return false;
  const { iss, sub } = claims;
  return typeof iss === 'string' && typeof sub === 'string' && sub !== '' && iss.startsWith(`${sub}.SHA256:`);
}
