/**
 * Rust: the jsonwebtoken crate (Keats/jsonwebtoken src/errors.rs). Its `Display` of most `ErrorKind`s is the
 * variant's name (`write!(f, "{:?}", self.0)`), and `{:?}` of the error is `Error(ExpiredSignature)`, so axum and
 * actix handlers log the bare names. They are identifiers, matched in their exact case; `InvalidToken` is
 * everyone's word and counts only in the crate's `Error(…)` / `ErrorKind::…` spelling.
 */
import type { Matcher } from './matcher.js';
import { CLASS, claimMissing, family } from './matcher.js';

const rs = family('jsonwebtoken-rs');
const KIND = { ...CLASS, exactCase: true } as const;

export const RUST: readonly Matcher[] = [
  rs('ExpiredSignature', 'time.expired', 'ExpiredSignature', KIND),
  rs('ImmatureSignature', 'time.not-yet-valid', 'ImmatureSignature', KIND),
  rs('InvalidSignature', 'signature.invalid', 'InvalidSignature', KIND),
  rs('InvalidAudience', 'claim.aud-mismatch', 'InvalidAudience', KIND),
  rs('InvalidIssuer', 'claim.iss-mismatch', 'InvalidIssuer', KIND),
  rs('InvalidAlgorithm', 'alg.not-allowed', 'InvalidAlgorithm', KIND),
  rs('InvalidToken', 'token.malformed', 'Error(InvalidToken)', KIND),
  rs('ErrorKind::InvalidToken', 'token.malformed', 'ErrorKind::InvalidToken', KIND),
  // `MissingRequiredClaim(c)` displays as "Missing required claim: {c}".
  rs('MissingRequiredClaim', 'claim.required-missing', 'Missing required claim: ', {
    exactCase: true,
    read: (f) => {
      const claim = /^([A-Za-z0-9_]{1,64})/.exec(f.after(70))?.[1];
      return claim === undefined ? null : { ...claimMissing(claim), extend: claim.length };
    },
  }),
];
