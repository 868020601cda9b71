/**
 * The Java servers' own JWT verifiers, which java.ts's libraries do not cover: Helidon's security providers (their
 * helidon-security-jwt validators), WildFly Elytron's token realm (its ELY message codes and the JwtValidator's DEBUG
 * lines) and Payara's MicroProfile JWT. Round "real-i": pastes rebuilt from their sources and issue threads
 * (test/engine/formats-real-i.test.ts).
 *
 * Helidon answers a refusal as `Provider <class>. Message: ` + its Errors list, each entry printed as
 * `FATAL: <message> at <source object>` (io.helidon.common.Errors.ErrorMessage#toString); the rows match the message.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, capture, claimMissing, clean, compact, family, printedAt } from './matcher.js';

const helidon = family('helidon-security');
const elytron = family('wildfly-elytron');
const payara = family('payara-mp-jwt');

/** Helidon's names for the claims its OptionalValidator finds missing (`Field <name> is mandatory, …`). */
const HELIDON_FIELDS: Record<string, string> = {
  aud: 'aud',
  Issuer: 'iss',
  expirationTime: 'exp',
  notBefore: 'nbf',
  issueTime: 'iat',
};

/** A comma-separated list as Java's Set/List toString prints it inside its brackets. */
const javaList = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

/** AudienceValidator: `Audience must contain [<expected>], yet it is: Optional[[<the token's aud>]]`. */
function helidonAudience(f: Fragment): Reading | null {
  const m = /^([^\]\n]{1,300})\], yet it is: (?:Optional\[)?\[([^\]\n]{0,300})\]/.exec(f.after(700));
  if (m === null) return null;
  return { args: compact({ claim: 'aud', expected: javaList(m[1]), actual: javaList(m[2]).join(', ') }) };
}

/** FieldValidator for the issuer: `Expected value of field "Issuer" was "<expected>", but actual value is: "<iss>"`. */
function helidonIssuer(f: Fragment): Reading | null {
  const m = /^([^"\n]{1,300})", but actual value is: "([^"\n]{0,300})"/.exec(f.after(700));
  if (m === null) return null;
  return { args: compact({ claim: 'iss', expected: m[1] ? [m[1]] : [], actual: m[2] }) };
}

/** OptionalValidator: `Field <name> is mandatory, yet not defined in JWT`, the name being Helidon's own. */
function helidonMandatory(f: Fragment): Reading | null {
  const name = capture(f.before(60), /\bField (\S{1,40}) $/);
  if (name === undefined) return null;
  return claimMissing(HELIDON_FIELDS[name] ?? name);
}

/** SignedJwt: `Algorithm of JWK (<key's alg>) does not match algorithm of this JWT (<token's alg>) for kid: …`. */
function helidonAlgorithm(f: Fragment): Reading | null {
  const m = /^([A-Za-z0-9_-]{1,20})\) does not match algorithm of this JWT \(([A-Za-z0-9_-]{1,20})\)/.exec(
    f.after(120),
  );
  return m === null ? null : { args: compact({ alg: m[2], expected: m[1] ? [m[1]] : [] }) };
}

/**
 * WildFly's log format puts the category in brackets and the thread in parentheses before the message
 * (`09:03:52,809 TRACE [org.wildfly.security] (default task-1) …`, wildfly/wildfly#11444's trace); Elytron's
 * subsystems log under sub-categories (`[org.wildfly.security.http.oidc]`, `[org.wildfly.security.http.servlet]`).
 */
const WILDFLY_SECURITY_LOGGER = /\[org\.wildfly\.security(?:\.[a-z][\w.]{0,60})?\] (?:\([^()\n]{0,80}\) )?$/;

/** Whether the words at `f` are a message an Elytron logger wrote (so no other library's that shares them). */
export function underElytronLogger(f: Fragment): boolean {
  return WILDFLY_SECURITY_LOGGER.test(f.before(160));
}

/** Elytron's JwtValidator logs at DEBUG under the category `org.wildfly.security`; its shortest lines count only there. */
function afterElytronLogger(f: Fragment): Reading | null {
  return underElytronLogger(f) ? {} : null;
}

/**
 * JwtValidator: `Audience check failed. Provided [<aud array>] but was expected [<set>].`: the token's side is a Java
 * array passed to String.format, printed as `[Ljava.lang.Object;@1d2e3f4a`, so only the expected set is read.
 */
function elytronAudience(f: Fragment): Reading | null {
  const expected = capture(f.after(700), /^[^\n]{0,320}?\] but was expected \[\[([^\]\n]{1,300})\]\]/);
  return expected === undefined ? null : { args: { claim: 'aud', expected: javaList(expected) } };
}

/** JwtValidator: `Issuer check failed. Provided [<iss>] but was expected [[<issuers>]].` */
function elytronIssuer(f: Fragment): Reading | null {
  const m = /^([^\]\n]{1,300})\] but was expected \[\[([^\]\n]{1,300})\]\]/.exec(f.after(700));
  return m === null ? null : { args: compact({ claim: 'iss', actual: m[1], expected: javaList(m[2]) }) };
}

/** The algorithm a message names in brackets or at its end (`[HS256]`, `…, used HS256`). */
function namedAlg(expected: string[]) {
  return (f: Fragment): Reading => ({
    args: compact({ alg: capture(f.after(40), /^([A-Za-z0-9_-]{1,20})/), expected }),
  });
}

export const JAVA_SERVERS: readonly Matcher[] = [
  // helidon-io/helidon security/jwt/src/main/java/io/helidon/security/jwt/: ExpirationValidator ("Token no longer
  // valid, expiration: <instant>", "Token issue date is after its expiration"), NotBeforeValidator, IssueTimeValidator,
  // AudienceValidator, FieldValidator (the issuer's, named "Issuer" by Jwt.addIssuerValidator), OptionalValidator and
  // SignedJwt.verifySignature ("Key for key id: <kid> not found", "Signature of JWT token is not valid, based on alg:
  // …", "Algorithm of JWK (…) does not match algorithm of this JWT (…)", "Algorithm is <alg>, yet no kid is defined in
  // JWT header, cannot validate"), as microprofile/jwt-auth JwtAuthProvider and security/providers/jwt JwtProvider
  // return them (helidon-io/helidon#10257 shows the audit line that carries them).
  helidon('expired', 'time.expired', 'Token no longer valid, expiration: ', { read: printedAt }),
  helidon('not-before', 'time.not-yet-valid', 'Token not yet valid, not before: ', { read: printedAt }),
  helidon('issued-in-future', 'time.issued-in-future', 'Token was not issued in the past: ', { read: printedAt }),
  helidon('issued-after-expiry', 'time.inconsistent', 'Token issue date is after its expiration'),
  helidon('audience', 'claim.aud-mismatch', 'Audience must contain [', { read: helidonAudience }),
  helidon('issuer', 'claim.iss-mismatch', 'Expected value of field "Issuer" was "', { read: helidonIssuer }),
  helidon('mandatory', 'claim.required-missing', 'is mandatory, yet not defined in JWT', { read: helidonMandatory }),
  helidon('kid-unknown', 'key.kid-unknown', 'Key for key id: ', {
    read: (f) => {
      const kid = capture(f.after(240), /^(\S{1,200}) not found/);
      return kid === undefined ? null : { args: { kid } };
    },
  }),
  helidon('signature', 'signature.invalid', 'Signature of JWT token is not valid, based on alg: ', {
    read: (f) => ({
      args: compact({ kid: clean(capture(f.after(240), /^[A-Za-z0-9_-]{1,20}, kid: ([^\s,]{1,200})/)) }),
    }),
  }),
  helidon('algorithm', 'alg.not-allowed', 'Algorithm of JWK (', { read: helidonAlgorithm }),
  helidon('no-kid', 'key.kid-missing', ', yet no kid is defined in JWT header, cannot validate'),
  // The providers' own answer when no bearer token could be taken from the request.
  helidon('no-token', 'token.missing', 'JWT header not available or in a wrong format'),
  // Helidon 2.x JwtProvider answered every failed claim check, the expiry included, as "Audience is invalid or missing:
  // <the configured audience>" (helidon-io/helidon#3912: an expired token with the right aud got it): a token was
  // refused, and the token's own claims say why.
  helidon('audience-or-time', 'challenge.invalid-token', 'Audience is invalid or missing: ', { refinable: true }),
  // 3.x/4.x JwtProvider and JwtAuthProvider returned the signature check's Errors (empty: the signature was fine) for a
  // failed claim check (helidon-io/helidon#4136 switched to it; #10257's audit line for an expired token ends in an empty
  // `Message: "`): a token was refused, its reason withheld.
  helidon('empty-message', 'challenge.invalid-token', 'JwtAuthProvider. Message: "', { refinable: true }),
  helidon('empty-message-se', 'challenge.invalid-token', 'JwtProvider. Message: "', { refinable: true }),

  // wildfly-security/wildfly-elytron auth/realm/token JwtValidator and its ElytronMessages (project code ELY, ids padded
  // to five digits: "ELY01119: …" in its own tests): ELY01114 a token without its signature part, ELY01115 claims that
  // do not parse, ELY01116 the verification threw, ELY01117 an alg other than RS256/RS384/RS512 (the only ones its
  // resolveAlgorithm maps), ELY01118 a configured public key that is no PEM.
  elytron('ELY01114', 'token.malformed', 'ELY01114: Invalid token format', CODE),
  elytron('ELY01115', 'token.malformed', 'ELY01115: Failed to parse token', CODE),
  elytron('ELY01116', 'signature.invalid', 'ELY01116: Signature verification failed', CODE),
  elytron('ELY01117', 'alg.not-allowed', 'ELY01117: Invalid signature algorithm [', { ...CODE, read: namedAlg([]) }),
  elytron('ELY01118', 'verifier.misconfigured', 'ELY01118: Public key could not be obtained', CODE),
  // JwtValidator's DEBUG lines, the only account of why validate() returned null and the mechanism answered 401.
  elytron('audience', 'claim.aud-mismatch', 'Audience check failed. Provided [', { read: elytronAudience }),
  elytron('issuer', 'claim.iss-mismatch', 'Issuer check failed. Provided [', { read: elytronIssuer }),
  elytron('no-audience', 'claim.aud-missing', 'Token does not contain an audience claim', { args: { claim: 'aud' } }),
  elytron('no-issuer', 'claim.iss-missing', 'Token does not contain an issuer claim', { args: { claim: 'iss' } }),
  elytron('not-before', 'time.not-yet-valid', 'Token is before ['),
  elytron('expired', 'time.expired', 'Token expired', { standalone: true, read: afterElytronLogger }),
  elytron('kid-unknown', 'key.kid-unknown', 'Unknown kid.', { read: afterElytronLogger }),
  // JwtValidator.verifySignature: `log.debug("Signature verification failed")` when the signature does not verify.
  // PyJWT's words to the letter: its row yields where an Elytron logger wrote them (python.ts).
  elytron('signature', 'signature.invalid', 'Signature verification failed', {
    exactCase: true,
    read: afterElytronLogger,
  }),

  // payara/Payara appserver/payara-appserver-modules/microprofile/jwt-auth .../jwtauth/jwt/JwtTokenParser.java: its
  // JWTProcessingException messages, which Payara logs wrapped in another JWTProcessingException (payara/Payara#5746).
  // It accepts RS256 and ES256 only; "Bad issuer" is an iss other than mp.jwt.verify.issuer (a missing one fails the
  // required-claims check first).
  payara('expired', 'time.expired', 'JWTProcessingException: JWT token expired'),
  payara('issuer', 'claim.iss-mismatch', 'JWTProcessingException: Bad issuer', { args: { claim: 'iss' } }),
  payara('signature', 'signature.invalid', 'JWTProcessingException: Signature of the JWT token is invalid'),
  payara(
    'algorithm',
    'alg.not-allowed',
    'JWTProcessingException: Only RS256 or ES256 algorithms supported for JWT signing, used ',
    { read: namedAlg(['RS256', 'ES256']) },
  ),
  payara('required-claims', 'claim.required-missing', 'JWTProcessingException: Not all required claims present'),
  payara('typ', 'token.type-mismatch', "JWTProcessingException: Not signed JWT, typ must be 'JWT'"),
];
