/**
 * Ruby: ruby-jwt (jwt/ruby-jwt lib/jwt/error.rb, lib/jwt/decode.rb, lib/jwt/verify.rb; 3.x keeps the words in
 * lib/jwt/claims/*.rb). Rails and Sidekiq print an exception as `Message (JWT::ExpiredSignature)` or
 * `JWT::ExpiredSignature (Message)`: the class is the stable part. PyJWT says "Signature has expired" and
 * "Signature verification failed" too, so the messages alone stay PyJWT's rows; beside the class they are
 * ruby-jwt's.
 */
import type { Matcher } from './matcher.js';
import { CLASS, family } from './matcher.js';

const rb = family('ruby-jwt');

export const RUBY: readonly Matcher[] = [
  // lib/jwt/verify.rb verify_expiration: raise(JWT::ExpiredSignature, 'Signature has expired').
  rb('ExpiredSignature', 'time.expired', 'JWT::ExpiredSignature', CLASS),
  // verify_not_before: raise(JWT::ImmatureSignature, 'Signature nbf has not been reached').
  rb('ImmatureSignature', 'time.not-yet-valid', 'JWT::ImmatureSignature', CLASS),
  rb('nbf', 'time.not-yet-valid', 'Signature nbf has not been reached'),
  // lib/jwt/decode.rb verify_signature: raise(JWT::VerificationError, 'Signature verification failed').
  rb('VerificationError', 'signature.invalid', 'JWT::VerificationError', CLASS),
  // verify_iss / verify_aud: "Invalid issuer. Expected #{iss}, received #{payload_iss || '<none>'}".
  rb('InvalidIssuerError', 'claim.iss-mismatch', 'JWT::InvalidIssuerError', CLASS),
  rb('InvalidAudError', 'claim.aud-mismatch', 'JWT::InvalidAudError', CLASS),
  // verify_iat: raise(JWT::InvalidIatError, 'Invalid iat'): an iat in the future.
  rb('InvalidIatError', 'time.issued-in-future', 'JWT::InvalidIatError', CLASS),
  // verify_and_set_algos: 'Expected a different algorithm' (the header's alg is not among those allowed).
  rb('IncorrectAlgorithm', 'alg.not-allowed', 'JWT::IncorrectAlgorithm', CLASS),
  rb('different-algorithm', 'alg.not-allowed', 'Expected a different algorithm'),
  // JWT::DecodeError is the base class; its own messages in decode.rb say what failed.
  rb('DecodeError', 'token.malformed', 'JWT::DecodeError', { ...CLASS, refinable: true }),
  rb('segments', 'token.malformed', 'Not enough or too many segments'),
  rb('segment-encoding', 'token.malformed', 'Invalid segment encoding'),
  rb('nil-token', 'token.missing', 'Nil JSON web token'),
  rb('no-key', 'verifier.misconfigured', 'No verification key available'),
];
