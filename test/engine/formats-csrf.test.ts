/**
 * Round csrf: a 403 (419, 422, 400) that is a framework's CSRF check, not the token: request.csrf-rejected
 * (src/engine/parse/verifier-messages/csrf.ts, each row's source beside it). Hosts and tokens are our own, the
 * frameworks' words as their sources print them. The `not:` rows hold near-misses: the words in prose or in a setting,
 * a CSRF token in a successful response, another refusal the same framework logs the same way.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, A403, DENIED, EXPIRED, QUIET, S200, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

const TOKEN = hs256({ ...CLAIMS });
const SIGNATURE = TOKEN.split('.')[2] as string;
const BEARER = `Authorization: Bearer ${TOKEN}`;
const EXPIRED_SIGNATURE = EXPIRED.split('.')[2] as string;

describe('formats, CSRF protection refusing the request: request.csrf-rejected', () => {
  it.each<Row>([
    {
      name: 'Spring Security’s CsrfFilter debug line beside a POST that carried a bearer token',
      input: [
        'POST /api/orders HTTP/1.1',
        'Host: api.example.com',
        BEARER,
        '',
        S403,
        '2026-05-28 14:09:58.123 DEBUG 1 --- [nio-8080-exec-1] o.s.security.web.csrf.CsrfFilter         : Invalid CSRF token found for http://api.example.com/api/orders',
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'spring-security',
      excludes: ['policy.deny', 'status.mismatch'],
    },
    {
      name: 'Spring Boot’s error body with InvalidCsrfTokenException’s message',
      input: [
        S403,
        '{"timestamp":"2026-05-28T14:09:58.123+00:00","status":403,"error":"Forbidden","message":"Invalid CSRF Token \'null\' was found on the request parameter \'_csrf\' or header \'X-CSRF-TOKEN\'.","path":"/api/orders"}',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'spring-security',
      excludes: ['policy.deny'],
    },
    {
      name: 'Spring Security 6’s MissingCsrfTokenException',
      input: [
        S403,
        'org.springframework.security.web.csrf.MissingCsrfTokenException: Could not verify the provided CSRF token because no token was found to compare.',
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'spring-security',
    },
    {
      name: 'Spring Security 4’s MissingCsrfTokenException message alone',
      input: 'Expected CSRF token not found. Has your session expired?',
      ...DENIED,
      top: 'request.csrf-rejected',
    },
    {
      name: 'Django REST framework’s SessionAuthentication: CSRF Failed: CSRF token missing.',
      input: ['HTTP 403 Forbidden', '', '{', '    "detail": "CSRF Failed: CSRF token missing."', '}', BEARER].join(
        '\n',
      ),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'django-rest-framework',
      excludes: ['policy.deny'],
    },
    {
      name: 'Django REST framework: CSRF cookie not set, no status pasted',
      input: '{"detail":"CSRF Failed: CSRF cookie not set."}',
      ...DENIED,
      top: 'request.csrf-rejected',
      via: 'django-rest-framework',
    },
    {
      name: 'Django’s 403 page',
      input: [
        'Forbidden (403)',
        'CSRF verification failed. Request aborted.',
        '',
        'More information is available with DEBUG=True.',
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'django',
    },
    {
      name: 'Django’s django.security.csrf log line with an origin reason',
      input:
        'WARNING 2026-05-28 14:09:58,123 log 7 140 Forbidden (Origin checking failed - https://app.example.com does not match any trusted origins.): /api/orders/',
      ...DENIED,
      top: 'request.csrf-rejected',
      via: 'django',
    },
    {
      name: 'Laravel’s 419 CSRF token mismatch from axios',
      input: [
        'POST https://app.example.com/api/orders 419 (unknown status)',
        '{"message": "CSRF token mismatch."}',
      ].join('\n'),
      status: 419,
      classification: 'authorization',
      top: 'request.csrf-rejected',
      via: 'laravel',
    },
    {
      name: 'Laravel’s TokenMismatchException in its log',
      input:
        '[2026-05-28 14:09:58] production.ERROR: CSRF token mismatch. {"exception":"[object] (Illuminate\\\\Session\\\\TokenMismatchException(code: 0): CSRF token mismatch. at /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php:83)"}',
      ...DENIED,
      top: 'request.csrf-rejected',
      via: 'laravel',
    },
    {
      name: 'Express csurf’s ForbiddenError',
      input: [
        S403,
        'ForbiddenError: invalid csrf token',
        '    at csrf (/app/node_modules/csurf/index.js:112:19)',
        BEARER,
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'csurf',
    },
    {
      name: 'csurf’s error code in a JSON error handler',
      input: [S403, '{"error":"Forbidden","code":"EBADCSRFTOKEN"}'].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      via: 'csurf',
    },
    {
      name: 'Rails: the warning and the exception (422)',
      input: [
        'Started POST "/api/orders" for 10.0.0.7 at 2026-05-28 14:09:58 +0000',
        'Processing by Api::OrdersController#create as JSON',
        "Can't verify CSRF token authenticity.",
        'Completed 422 Unprocessable Entity in 1ms (ActiveRecord: 0.0ms)',
        '',
        'ActionController::InvalidAuthenticityToken (ActionController::InvalidAuthenticityToken):',
      ].join('\n'),
      status: 422,
      classification: 'authorization',
      top: 'request.csrf-rejected',
      via: 'rails',
    },
    {
      name: 'ASP.NET Core antiforgery: the cookie is not present (400)',
      input: [
        'HTTP/1.1 400 Bad Request',
        'fail: Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery[3]',
        '      Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException: The required antiforgery cookie ".AspNetCore.Antiforgery.9TtSrW0hzOs" is not present.',
      ].join('\n'),
      status: 400,
      classification: 'authorization',
      top: 'request.csrf-rejected',
      via: 'aspnetcore',
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});

describe('request.csrf-rejected: what it carries, and the token beside it', () => {
  it('names the request’s method and that a bearer token was sent', async () => {
    const report = await run(
      ['DELETE /api/orders/12 HTTP/1.1', BEARER, S403, '{"detail":"CSRF Failed: CSRF token missing."}'].join('\n'),
    );
    const f = report.findings.find((x) => x.code === 'request.csrf-rejected');
    expect(f?.args).toEqual({ via: 'django-rest-framework', method: 'DELETE', bearerSent: true });
    expect(f?.source).toBe('log');
  });

  it('ranks above an expired token pasted beside it, and leaves the 403 an authorization failure', async () => {
    const row: Row = {
      name: 'expired token beside Spring’s CSRF refusal',
      input: [
        'POST /api/orders HTTP/1.1',
        `Authorization: Bearer ${EXPIRED}`,
        S403,
        'o.s.security.web.csrf.CsrfFilter : Invalid CSRF token found for https://api.example.com/api/orders',
      ].join('\n'),
      ...A403,
      top: 'request.csrf-rejected',
      includes: ['time.expired'],
      excludes: ['status.mismatch', 'policy.deny'],
    };
    await expectPasteRow(row, [EXPIRED_SIGNATURE]);
  });

  it('yields to a verifier that says the token expired', async () => {
    const report = await run(
      [
        S403,
        `Authorization: Bearer ${EXPIRED}`,
        'org.springframework.security.web.csrf.MissingCsrfTokenException: Could not verify the provided CSRF token because no token was found to compare.',
        'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-05-28T14:02:00Z. Current time: 2026-05-28T14:10:00Z, a difference of 480000 milliseconds.  Allowed clock skew: 0 milliseconds.',
      ].join('\n'),
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('request.csrf-rejected');
    expect(codes).toContain('time.expired');
  });

  it('keeps a token on the quoted line out of the report (the evidence goes through the redactor)', async () => {
    const report = await run(
      [S403, `WARNING log Forbidden (CSRF token missing.): /api/orders/?access_token=${TOKEN}`].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('request.csrf-rejected');
    const json = JSON.stringify(report);
    expect(json.includes(SIGNATURE)).toBe(false);
    expect(json.includes(SIGNATURE.slice(0, 16))).toBe(false);
    expect(json).toContain('Forbidden (CSRF token missing.)');
  });
});

describe('formats, csrf near-misses', () => {
  it.each<Row>([
    {
      name: 'not: the words in a question beside a 401',
      input: ['should I disable csrf? we only use JWTs', S401, 'WWW-Authenticate: Bearer error="invalid_token"'].join(
        '\n',
      ),
      ...A401,
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: a pasted setting csrf().disable() beside a 401',
      input: ['http.csrf().disable();', S401, BEARER].join('\n'),
      ...A401,
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: a CSRF token in a successful response',
      input: [S200, 'Set-Cookie: XSRF-TOKEN=4f1c0e3a9b; Path=/', '', '{"csrfToken":"4f1c0e3a9b"}'].join('\n'),
      status: 200,
      classification: 'undetermined',
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: CSRF words in a 2xx body',
      input: [S200, '{"message":"CSRF token mismatch."}'].join('\n'),
      status: 200,
      classification: 'undetermined',
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: Spring’s CsrfFilter words quoted in a code comment, no URL after them',
      input: "// fix 'Invalid CSRF token found for' xxx\nhttp.csrf().disable();",
      ...QUIET,
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: Django’s log of another refusal, Forbidden (Permission denied)',
      input: [S403, 'WARNING log Forbidden (Permission denied): /api/orders/', BEARER].join('\n'),
      ...A403,
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: Laravel’s words in lower case prose',
      input: ['we saw a csrf token mismatch. yesterday, fixed now', S401, BEARER].join('\n'),
      ...A401,
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: a stated policy.deny without CSRF words stays policy.deny',
      input: [S403, '{"detail":"You do not have permission to perform this action."}', BEARER].join('\n'),
      ...A403,
      top: 'policy.deny',
      excludes: ['request.csrf-rejected'],
    },
    {
      name: 'not: a 403 with a valid token and no CSRF words is still a guessed policy.deny',
      input: ['POST /api/orders HTTP/1.1', BEARER, S403].join('\n'),
      ...A403,
      top: 'policy.deny',
      excludes: ['request.csrf-rejected'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE]);
  });
});
