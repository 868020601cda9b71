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

/** Unpadded base64url characters for `bytes` bytes (RFC 7515 §2, base64url without `=`). */
function base64UrlChars(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

/**
 * A JWS signature's byte length where `alg` fixes it: an HMAC's is its hash's (RFC 7518 §3.2), ECDSA's is R || S at
 * twice the curve's coordinate size (§3.4: 64, 96 and 132 bytes; ES256K's secp256k1 as ES256's, RFC 8812 §3.2), EdDSA's
 * is Ed25519's 64 or Ed448's 114 bytes (RFC 8032 §5.1.6, §5.2.6). RSA's is the modulus's (RFC 8017 §8.2.1), set by the
 * key, not the alg: see fitsRsaKey.
 */
const SIGNATURE_BYTES: ReadonlyMap<string, readonly number[]> = new Map([
  ['HS256', [32]],
  ['HS384', [48]],
  ['HS512', [64]],
  ['ES256', [64]],
  ['ES256K', [64]],
  ['ES384', [96]],
  ['ES512', [132]],
  ['EdDSA', [64, 114]],
  ['Ed25519', [64]],
]);

/** RSA key sizes met in practice (512 to 8192 bits): their signatures' lengths in base64url characters. */
const RSA_KEY_CHARS: readonly number[] = [512, 1024, 1536, 2048, 3072, 4096, 8192].map((bits) =>
  base64UrlChars(bits / 8),
);

/**
 * Characters past a full signature that a reader may have glued onto it (the first characters of a word or a wrapped
 * line that follows): such a signature is whole, and never called cut.
 */
const GLUED_CHARS = 12;

/**
 * An RSA signature as long as some key's modulus: any whole number of 64-bit words from 512 bits up (1024, 2048, 3072,
 * 4096 and the odd 1536 all are), so a key of another size is never taken for a cut signature. A length no byte count
 * encodes to (`% 4 === 1`) fits none.
 */
function fitsRsaKey(chars: number): boolean {
  if (chars % 4 !== 1) {
    const bytes = Math.floor((chars * 3) / 4);
    if (bytes >= 64 && bytes % 8 === 0) return true;
  }
  return RSA_KEY_CHARS.some((full) => chars > full && chars <= full + GLUED_CHARS);
}

/**
 * Whether `chars` base64url characters can be `alg`'s whole signature (an HMAC, ECDSA or EdDSA one: its fixed length;
 * one longer is whole with text glued on, not cut), with the one length a fixed-size alg gives (the first, for EdDSA;
 * null for RSA's key-sized ones); null for an alg whose length is not known here (`none`, a private name).
 */
export function signatureLengthFit(alg: unknown, chars: number): { fits: boolean; expected: number | null } | null {
  if (typeof alg !== 'string') return null;
  const fixed = SIGNATURE_BYTES.get(alg);
  if (fixed !== undefined) {
    const shortest = base64UrlChars(fixed[0] ?? 0);
    return { fits: chars >= shortest, expected: shortest };
  }
  if (/^(?:RS|PS)(?:256|384|512)$/.test(alg)) return { fits: fitsRsaKey(chars), expected: null };
  return null;
}
