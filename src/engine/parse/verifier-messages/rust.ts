/**
 * Rust: the jsonwebtoken crate (Keats/jsonwebtoken src/errors.rs). Its `Display` of most `ErrorKind`s is the
 * variant's name (`write!(f, "{:?}", self.0)`), and `{:?}` of the error is `Error(ExpiredSignature)`, so axum and
 * actix handlers log the bare names. They are identifiers, matched in their exact case; `InvalidToken` is
 * everyone's word and counts only in the crate's `Error(…)` / `ErrorKind::…` spelling.
 *
 * jwt-simple (jedisct1/rust-jwt-simple src/error.rs, JWTError's thiserror `#[error(…)]` texts, raised by
 * src/claims.rs validate and src/common.rs): its own sentences, in their exact case.
 */
import type { Matcher } from './matcher.js';
import { ALONE, CLASS, claimMissing, extending, family } from './matcher.js';

const rs = family('jsonwebtoken-rs');
const simple = family('jwt-simple');
const SENTENCE = { exactCase: true } as const;
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
      return claim === undefined ? null : extending(claimMissing(claim), claim.length);
    },
  }),

  // jwt-simple. "Token has expired" and "Token not valid yet" are other libraries' words too: left to them.
  simple('InvalidSignature', 'signature.invalid', "Signature tag didn't verify", SENTENCE),
  simple('AlgorithmMismatch', 'alg.not-allowed', 'JWT algorithm mismatch', SENTENCE),
  simple('KeyIdentifierMismatch', 'key.kid-unknown', 'JWT key identifier mismatch', SENTENCE),
  simple('MissingJWTKeyIdentifier', 'key.kid-missing', 'Missing JWT key identifier', SENTENCE),
  // validate: an iat later than now plus the time tolerance, and an iat older than max_validity. Both read as
  // everyone's words in prose ("Clock drift detected on node-3"), so only as whole messages.
  simple('ClockDrift', 'time.issued-in-future', 'Clock drift detected', {
    ...SENTENCE,
    ...ALONE,
    args: { claim: 'iat' },
  }),
  simple('TokenIsTooOld', 'time.expired', 'Token is too old', {
    ...SENTENCE,
    ...ALONE,
    args: { claim: 'iat', reason: 'max-age' },
  }),
  simple('RequiredIssuerMismatch', 'claim.iss-mismatch', 'Required issuer mismatch', SENTENCE),
  simple('RequiredIssuerMissing', 'claim.iss-missing', 'Required issuer missing', SENTENCE),
  simple('RequiredAudienceMismatch', 'claim.aud-mismatch', 'Required audience mismatch', SENTENCE),
  simple('RequiredAudienceMissing', 'claim.aud-missing', 'Required audience missing', SENTENCE),
  simple('RequiredSubjectMismatch', 'claim.required-missing', 'Required subject mismatch', {
    ...SENTENCE,
    args: { claim: 'sub', reason: 'mismatch' },
  }),
  simple('RequiredSubjectMissing', 'claim.sub-missing', 'Required subject missing', SENTENCE),
];
