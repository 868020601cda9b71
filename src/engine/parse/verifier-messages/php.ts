/**
 * PHP: firebase/php-jwt (src/JWT.php, src/ExpiredException.php, src/SignatureInvalidException.php,
 * src/BeforeValidException.php) and tymon/jwt-auth, the Laravel package built on it and on lcobucci/jwt
 * (src/Claims/Expiration.php, src/Providers/JWT/Lcobucci.php, src/Exceptions/*.php,
 * src/Http/Middleware/BaseMiddleware.php); lcobucci/jwt's own constraint violations (src/Validation/Constraint/*.php),
 * which league/oauth2-server (Laravel Passport) and kreait/firebase-php print under "The token violates some
 * mandatory constraints, details:" or "… is not a verified ID token:", one per line after `- `.
 *
 * Their messages are mostly everyone's words ("Expired token", "Token has expired", "Signature verification
 * failed"), so the namespaced exception class is the row. Laravel's log writes the exception inside JSON, where
 * each backslash is doubled (`Tymon\\JWTAuth\\Exceptions\\TokenExpiredException`): each class row comes a second
 * time in that spelling (same id).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, capture, family, printedAt, textBefore } from './matcher.js';

const php = family('php-jwt');
const tymon = family('tymon-jwt-auth');
const lcobucci = family('lcobucci-jwt');
const league = family('league-oauth2-server');
const kreait = family('firebase-tokens-php');

const CLASSES: readonly Matcher[] = [
  php('ExpiredException', 'time.expired', 'Firebase\\JWT\\ExpiredException', CLASS),
  php('SignatureInvalidException', 'signature.invalid', 'Firebase\\JWT\\SignatureInvalidException', CLASS),
  // Thrown for an nbf in the future, and for an iat in the future when there is no nbf: the message says which.
  php('BeforeValidException', 'time.not-yet-valid', 'Firebase\\JWT\\BeforeValidException', {
    ...CLASS,
    refinable: true,
  }),
  tymon('TokenExpiredException', 'time.expired', 'Tymon\\JWTAuth\\Exceptions\\TokenExpiredException', CLASS),
  tymon('TokenBlacklistedException', 'token.revoked', 'Tymon\\JWTAuth\\Exceptions\\TokenBlacklistedException', CLASS),
];

/** How far back tymon's `WWW-Authenticate: jwt-auth` is looked for before its message. */
const JWT_AUTH_WINDOW = 1200;

/** Whether tymon/jwt-auth's challenge (`WWW-Authenticate: jwt-auth`) precedes the match within the window. */
function afterJwtAuthChallenge(f: Fragment): Reading | null {
  const before = textBefore(f, JWT_AUTH_WINDOW);
  const at = before.lastIndexOf('jwt-auth');
  return at >= 0 && /www-authenticate:[ \t]*$/i.test(before.slice(Math.max(0, at - 24), at)) ? {} : null;
}

/** OAuthServerException's JSON answer puts the validator's words in `"hint":"…"` (its generateHttpResponse payload). */
function asHint(f: Fragment): Reading | null {
  return /"hint"\s*:\s*"$/.test(f.before(24)) ? {} : null;
}
const HINT = { exactCase: true, read: asHint } as const;

/** Each class row a second time as JSON writes it, backslashes doubled (same id). */
function withJsonEscapes(rows: readonly Matcher[]): Matcher[] {
  return rows.flatMap((row) => [row, { ...row, text: row.text.replaceAll('\\', '\\\\') }]);
}

/** The match is the whole value of a JSON `message` key. */
function wholeJsonMessage(f: Fragment): Reading | null {
  return /"message"\s*:\s*"$/.test(f.before(24)) && f.after(1) === '"' ? {} : null;
}

/** An item of RequiredConstraintsViolated's list: `- ` before it, the list's head within a few lines above. */
function inViolationList(f: Fragment): Reading | null {
  if (!f.before(4).endsWith('- ')) return null;
  const above = textBefore(f, 600);
  return above.includes('violates some mandatory constraints') || above.includes('is not a verified ID token')
    ? {}
    : null;
}

/** The date printed after the message: the claim's time (checks/stated-time.ts). */
const AT = { read: printedAt };

export const PHP: readonly Matcher[] = [
  ...withJsonEscapes(CLASSES),
  // JWT::decode: 'Cannot handle token with nbf prior to ' / 'Cannot handle token with iat prior to ' + a date
  // (6.x); older versions wrote 'Cannot handle token prior to ' for both.
  // The date is `\date(DateTime::ISO8601, …)`: an offset without a colon (`+0000`), read as the claim's time.
  // ExpiredException's message, "Expired token", handed on as the whole `message` of a JSON reply: tuupola/slim-jwt-auth's
  // documented error handler (`$data["status"] = "error"; $data["message"] = $arguments["message"];`, whose messages
  // its issue #53 lists). The words alone in prose are anyone's.
  php('expired', 'time.expired', 'Expired token', { exactCase: true, read: wholeJsonMessage }),
  php('nbf', 'time.not-yet-valid', 'Cannot handle token with nbf prior to', AT),
  php('iat', 'time.issued-in-future', 'Cannot handle token with iat prior to', AT),
  php('before', 'time.not-yet-valid', 'Cannot handle token prior to', AT),
  php('segments', 'token.malformed', 'Wrong number of segments'),
  php('incorrect-key', 'alg.not-allowed', 'Incorrect key for this algorithm'),
  // Lcobucci provider: 'Token Signature could not be verified: ' + the library's reason (tymon's capital S).
  tymon('signature', 'signature.invalid', 'Token Signature could not be verified', { exactCase: true }),
  tymon('blacklisted', 'token.revoked', 'The token has been blacklisted'),
  // No token reached it: `throw new JWTException('Token not provided')` (BaseMiddleware::checkForToken in its PSR-7
  // middleware, and the many apps that throw tymon's class with those words before calling it), as PHP prints an
  // exception (`…\JWTException: Token not provided in /var/www/…`) and as Laravel's log line does
  // (`[object] (Tymon\\JWTAuth\\Exceptions\\JWTException(code: 0): Token not provided at …`). The words alone
  // are anyone's: only after the class.
  tymon('not-provided', 'token.missing', 'JWTException: Token not provided'),
  tymon('not-provided-laravel', 'token.missing', 'JWTException(code: 0): Token not provided'),
  // JWT::parseToken() (src/JWT.php) when the parser found no token in the header, query or cookie: `throw new
  // JWTException('The token could not be parsed from the request')`, a 500 unless the app maps it. The axios.post
  // that passed its headers config as the body (openillumi.com/axios-bearer-token-react-auth-header-fix) and API docs'
  // "Example response (500)" show it with `"exception": "Tymon\\JWTAuth\\Exceptions\\JWTException"`. Its own words.
  tymon('not-parsed', 'token.missing', 'The token could not be parsed from the request'),
  // Round 22. Its everyday words only beside its own challenge: tymon's middleware (src/Http/Middleware/BaseMiddleware.php)
  // answers `throw new UnauthorizedHttpException('jwt-auth', $e->getMessage(), …)`, so Laravel's 401 carries
  // `WWW-Authenticate: jwt-auth` and `{"message":"Token has expired"}` (src/Claims/Expiration.php's
  // TokenExpiredException; "… and can no longer be refreshed" past the refresh window). The challenge must come
  // before the words, in the same paste, near them.
  tymon('expired', 'time.expired', 'Token has expired', { exactCase: true, read: afterJwtAuthChallenge }),
  // IssuedBy, PermittedFor, SignedWith (the header's alg is not the configured signer's), LooseValidAt/StrictValidAt.
  // Their "The token is expired" is also ASP.NET's words: lcobucci's as an item of its violation list (`- ` after the
  // "violates some mandatory constraints, details:" head, src/Validation/RequiredConstraintsViolated.php).
  lcobucci('expired', 'time.expired', 'The token is expired', { exactCase: true, read: inViolationList }),
  lcobucci('issued-by', 'claim.iss-mismatch', 'The token was not issued by the given issuers'),
  lcobucci('permitted-for', 'claim.aud-mismatch', 'The token is not allowed to be used by this audience'),
  lcobucci('signer-mismatch', 'alg.not-allowed', 'Token signer mismatch'),
  lcobucci('cannot-be-used-yet', 'time.not-yet-valid', 'The token cannot be used yet'),
  lcobucci('issued-in-future', 'time.issued-in-future', 'The token was issued in the future'),

  // thephpleague/oauth2-server src/AuthorizationValidators/BearerTokenValidator.php (Laravel Passport's resource
  // guard): OAuthServerException::accessDenied's hint, in the 401 body's "hint" and in Laravel's log. The constraints
  // it checks (LooseValidAt, SignedWith) are not named, so an unverified token is a stated invalid token.
  // Each hint is matched in its own case (exactCase): "access token could not be verified" in prose is anyone's.
  league('revoked', 'token.revoked', 'Access token has been revoked', { exactCase: true }),
  league('unverified', 'challenge.invalid-token', 'Access token could not be verified', {
    exactCase: true,
    refinable: true,
  }),
  // Its 7.x/8.0 validator (lcobucci/jwt 3): `$token->validate($data) === false` (exp, nbf, iat against the clock) threw
  // accessDenied('Access token is invalid'), and the parser's RuntimeException accessDenied('Error while decoding to
  // JSON') (the same BearerTokenValidator, as Passport apps and forks carry it); today's throws
  // accessDenied('Missing "Authorization" header') when the request has none. Everyday words, so only as the 401
  // body's "hint".
  league('invalid', 'challenge.invalid-token', 'Access token is invalid', HINT),
  league('json', 'token.malformed', 'Error while decoding to JSON', HINT),
  // In the JSON body its quotes are escaped.
  league('missing-header', 'token.missing', 'Missing \\"Authorization\\" header', HINT),
  // Laravel's log prints the stack under the exception, each call with its arguments cut at 15 characters:
  // `#0 …/AuthorizationValidators/BearerTokenValidator.php(77): League\OAuth2\Server\Exception\OAuthServerException::
  // accessDenied('The JWT string ...')` (laravel/passport#251). That frame is the resource guard refusing the token;
  // lcobucci's parser message (below), cut as PHP cuts it, says it was not a JWT.
  league('validator-denied', 'challenge.invalid-token', 'OAuthServerException::accessDenied(', {
    exactCase: true,
    read: (f) => {
      if (!/BearerTokenValidator\.php\(\d{1,5}\): (?:\\?\w{1,30}\\){0,6}$/.test(f.before(200))) return null;
      return f.after(20).startsWith("'The JWT string") ? { code: 'token.malformed' } : {};
    },
  }),
  // lcobucci/jwt src/Token/InvalidTokenStructure.php (missingOrNotEnoughSeparators): not three parts, as Passport's
  // 401 carries it in "hint" and Laravel logs it.
  lcobucci('two-dots', 'token.malformed', 'The JWT string must have two dots'),
  // kreait/firebase-tokens (beste/firebase-tokens-php#15, its maintainer's answer: the ID token's kid is not among
  // Google's current securetoken keys): `A key with ID "<kid>" could not be found.`, its UnknownKey exception.
  kreait('UnknownKey', 'key.kid-unknown', 'A key with ID "', {
    read: (f) => {
      const kid = capture(f.after(140), /^([A-Za-z0-9_.:-]{1,100})\\?" could not be found/);
      return kid === undefined ? null : { args: { kid }, extend: kid.length + 20 };
    },
  }),
];
