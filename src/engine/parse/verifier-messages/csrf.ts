/**
 * CSRF protection in its own words: a framework refused a state-changing request (POST, PUT, DELETE) because the
 * anti-forgery token it wants was missing or wrong. The bearer token, if any, was not judged: Spring's CsrfFilter runs
 * before the resource server's filter, DRF's SessionAuthentication checks CSRF only when a session cookie already
 * authenticated the request, Laravel's and Rails' checks run before any guard. Round "csrf": rows from each
 * framework's source, the message it raises or logs.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, family } from './matcher.js';

const spring = family('spring-security');
const django = family('django');
const drf = family('django-rest-framework');
const laravel = family('laravel');
const csurf = family('csurf');
const rails = family('rails');
const asp = family('aspnetcore');

/** Spring's CsrfFilter log names the full request URL after its words; prose quoting the words does not. */
function requestUrlAfter(f: Fragment): Reading | null {
  return /^\s*https?:\/\//i.test(f.after(12)) ? {} : null;
}

/** The value Spring's InvalidCsrfTokenException quotes (`Invalid CSRF Token 'null' was found …`), bounded. */
function invalidTokenBefore(f: Fragment): Reading | null {
  return /Invalid CSRF Token '[^'\n]{0,120}$/i.test(f.before(150)) ? {} : null;
}

/**
 * Django's CsrfViewMiddleware._reject logs `Forbidden (%s): %s` with the reason and the path; other refusals log the
 * same way (`Forbidden (Permission denied): /x`), so only its CSRF reasons (the REASON_* constants, the bad-token
 * messages `CSRF token from … incorrect.`, `CSRF cookie has incorrect length.`) are read.
 */
function djangoReason(f: Fragment): Reading | null {
  return /^(?:CSRF (?:cookie|token)\b|Origin checking failed - |Referer checking failed - )/i.test(f.after(30))
    ? {}
    : null;
}

export const CSRF: readonly Matcher[] = [
  // spring-projects/spring-security web/src/main/java/org/springframework/security/web/csrf/CsrfFilter.java
  // (doFilterInternal): `logger.debug("Invalid CSRF token found for " + UrlUtils.buildFullRequestUrl(request))`, then
  // the AccessDeniedHandler answers 403 with MissingCsrfTokenException (no token stored: "Could not verify the
  // provided CSRF token because no token was found to compare." since 5.8/6.x, "… because your session was not
  // found." and "Expected CSRF token not found. Has your session expired?" before) or InvalidCsrfTokenException
  // ("Invalid CSRF Token '…' was found on the request parameter '_csrf' or header 'X-CSRF-TOKEN'.").
  spring('csrf-filter', 'request.csrf-rejected', 'Invalid CSRF token found for', { read: requestUrlAfter }),
  spring('InvalidCsrfTokenException', 'request.csrf-rejected', 'InvalidCsrfTokenException', CLASS),
  spring('MissingCsrfTokenException', 'request.csrf-rejected', 'MissingCsrfTokenException', CLASS),
  spring('invalid-csrf-token', 'request.csrf-rejected', "' was found on the request parameter '", {
    read: invalidTokenBefore,
  }),
  spring('missing-csrf-token', 'request.csrf-rejected', 'Could not verify the provided CSRF token because '),
  spring('missing-csrf-token-old', 'request.csrf-rejected', 'Expected CSRF token not found. Has your session expired?'),
  // django/django django/views/csrf.py (csrf_failure, the 403 page's main line) and django/middleware/csrf.py
  // (_reject: `log_response('Forbidden (%s): %s', reason, request.path)` on the django.security.csrf logger).
  django('csrf-failure', 'request.csrf-rejected', 'CSRF verification failed. Request aborted.'),
  django('forbidden-log', 'request.csrf-rejected', 'Forbidden (', { read: djangoReason }),
  // encode/django-rest-framework rest_framework/authentication.py, SessionAuthentication.enforce_csrf:
  // `raise exceptions.PermissionDenied('CSRF Failed: %s' % reason)` with Django's reason ("CSRF token missing.",
  // "CSRF cookie not set.", "Origin checking failed - … does not match any trusted origins.").
  drf('enforce-csrf', 'request.csrf-rejected', 'CSRF Failed: ', { exactCase: true }),
  // laravel/framework src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php (handle: `throw new
  // TokenMismatchException('CSRF token mismatch.')`), rendered by Foundation/Exceptions/Handler.php as
  // `new HttpException(419, $e->getMessage(), $e)`: a 419 `{"message": "CSRF token mismatch."}`.
  laravel('TokenMismatchException', 'request.csrf-rejected', 'TokenMismatchException', CLASS),
  laravel('csrf-token-mismatch', 'request.csrf-rejected', 'CSRF token mismatch.', { exactCase: true }),
  // expressjs/csurf index.js: `next(createError(403, 'invalid csrf token', { code: 'EBADCSRFTOKEN' }))`; http-errors
  // names a 403 ForbiddenError, so an unhandled one prints `ForbiddenError: invalid csrf token`.
  csurf('EBADCSRFTOKEN', 'request.csrf-rejected', 'EBADCSRFTOKEN', CODE),
  csurf('invalid-csrf-token', 'request.csrf-rejected', 'ForbiddenError: invalid csrf token', { exactCase: true }),
  // rails/rails actionpack/lib/action_controller/metal/request_forgery_protection.rb: verify_authenticity_token logs
  // "Can't verify CSRF token authenticity." (no full stop before Rails 5) and handle_unverified_request raises
  // ActionController::InvalidAuthenticityToken under `protect_from_forgery with: :exception` (a 422).
  rails('verify-authenticity', 'request.csrf-rejected', "Can't verify CSRF token authenticity"),
  rails('InvalidAuthenticityToken', 'request.csrf-rejected', 'ActionController::InvalidAuthenticityToken', CLASS),
  // dotnet/aspnetcore src/Antiforgery/src/Resources.resx (Antiforgery_CookieToken_MustBeProvided "The required
  // antiforgery cookie \"{0}\" is not present.", Antiforgery_RequestToken_MustBeProvided, _HeaderToken_, _FormToken_,
  // AntiforgeryToken_SecurityTokenMismatch) thrown as AntiforgeryValidationException; Internal/
  // AntiforgeryLoggerExtensions.cs logs the cookie's the same way with single quotes. MVC answers 400.
  asp('AntiforgeryValidationException', 'request.csrf-rejected', 'AntiforgeryValidationException', CLASS),
  asp('antiforgery-cookie', 'request.csrf-rejected', 'The required antiforgery cookie '),
  asp('antiforgery-request-token', 'request.csrf-rejected', 'The required antiforgery request token '),
  asp('antiforgery-header', 'request.csrf-rejected', 'The required antiforgery header value '),
  asp('antiforgery-form-field', 'request.csrf-rejected', 'The required antiforgery form field '),
  asp('antiforgery-mismatch', 'request.csrf-rejected', 'The antiforgery cookie token and request token do not match.'),
];
