/**
 * Stop 16's own probes: pastes of the verifiers issue 2 names, in the shapes their logs take, that an earlier build
 * misread. Product strings are confirmed in the public sources named beside each group. Each group ends with the same
 * words out of their shape, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, EXPIRED_MASKED, FRESH_MASKED, MISREAD, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// Spring Security's resource server: JwtAuthenticationProvider.getJwt logs "Failed to authenticate since the JWT was
// invalid" at debug level when the decoder throws BadJwtException, then throws InvalidBearerTokenException with the
// decoder's message (spring-projects/spring-security, oauth2-resource-server JwtAuthenticationProvider.java); the
// validator's reason (JwtClaimValidator: "The iss claim is not valid") is logged on the line before. Both lines alone
// were input.empty.
const SPRING: Row[] = [
  {
    name: 'Spring Boot debug log: JwtAuthenticationProvider alone, then the event publisher naming the exception',
    input: [
      '2026-05-28T14:09:58.120Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
      '2026-05-28T14:09:58.121Z DEBUG 1 --- [nio-8080-exec-3] .s.a.DefaultAuthenticationEventPublisher : No event was found for the exception org.springframework.security.oauth2.server.resource.InvalidBearerTokenException',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'spring-security',
    excludes: ['input.empty', ...MISREAD],
  },
  {
    name: 'the validator’s reason on the line before: the issuer leads',
    input: [
      'DEBUG o.s.s.oauth2.jwt.JwtClaimValidator       : The iss claim is not valid',
      'DEBUG o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'spring-security',
  },
  {
    name: 'the exception with the decoder’s message: the expiry, not the wrapper',
    input: `org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:00:00Z\nAuthorization: Bearer ${EXPIRED_MASKED}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'spring-security',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'out of shape: the words in a question about a tutorial',
    input: 'does anyone know why the tutorial says the JWT was invalid? it works for me',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

// FastAPI's security tutorial ("OAuth2 with Password (and hashing), Bearer with JWT tokens"), copied into a great many
// apps (find_string shows dozens): `HTTPException(401, detail="Could not validate credentials", headers={"WWW-Authenticate":
// "Bearer"})` when jwt.decode fails or the token names no user; OAuth2PasswordBearer answers a request with no token
// first, with "Not authenticated". The tutorial decoded with python-jose (mpdavis/python-jose jose/jwt.py,
// jose/exceptions.py), whose messages are PyJWT's words under its own classes. The 401 alone read as "the server saw no
// credentials" (challenge.no-error) with token.missing.
const FASTAPI: Row[] = [
  {
    name: 'uvicorn’s 401 with a bare Bearer challenge and the tutorial’s body',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'server: uvicorn',
      'www-authenticate: Bearer',
      'content-length: 43',
      'content-type: application/json',
      '',
      '{"detail":"Could not validate credentials"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'fastapi',
    excludes: ['token.missing'],
  },
  {
    name: 'the same with the request’s masked token: the token’s own expiry leads',
    input: [
      `$ curl -i http://localhost:8000/users/me -H "Authorization: Bearer ${EXPIRED_MASKED}"`,
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer',
      'content-type: application/json',
      '',
      '{"detail":"Could not validate credentials"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.missing'],
  },
  {
    name: 'a python-jose traceback under uvicorn',
    input: [
      'ERROR:    Exception in ASGI application',
      'Traceback (most recent call last):',
      '  File "/app/app/deps.py", line 31, in get_current_user',
      '    payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])',
      'jose.exceptions.ExpiredSignatureError: Signature has expired.',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'python-jose',
  },
  {
    name: 'python-jose’s claims error with PyJWT’s words: the audience',
    input: 'jose.exceptions.JWTClaimsError: Invalid audience',
    ...REFUSED,
    top: 'claim.aud-mismatch',
  },
  {
    name: 'out of shape: the words in a sentence',
    input: 'the login page said could not validate credentials, so I reset my password',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

// A verifier that says no token arrived, beside a request that visibly sent one failing a check of its own: the
// service's filter passed over it or rejected it and carried on anonymously. bezkoder's widely copied Spring Boot JWT
// tutorial (AuthTokenFilter logs "Cannot set user authentication" and continues; AuthEntryPointJwt then answers
// Spring's "Full authentication is required to access this resource" as JSON with path/error/message/status), and
// Django REST framework's NotAuthenticated ("Authentication credentials were not provided.") for a scheme its
// authentication class does not read. The token's own defect now leads; the statement stays, as a warning.
const UNSEEN: Row[] = [
  {
    name: 'Spring’s entry point JSON beside an expired token in the request',
    input: [
      '> GET /api/test/user HTTP/1.1',
      `> Authorization: Bearer ${EXPIRED_MASKED}`,
      '< HTTP/1.1 401',
      '{"path":"/api/test/user","error":"Unauthorized","message":"Full authentication is required to access this resource","status":401}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['token.missing'],
  },
  {
    name: 'DRF’s “credentials were not provided” beside `Authorization: JWT …`: the scheme leads',
    input: [
      '> GET /api/v1/me HTTP/1.1',
      `> Authorization: JWT ${FRESH_MASKED}`,
      '< HTTP/1.1 401 Unauthorized',
      '{"detail":"Authentication credentials were not provided."}',
    ].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
    includes: ['token.missing'],
  },
  {
    name: 'the statement still leads beside a sound token (a proxy may have dropped the header)',
    input: [
      '> GET /api/test/user HTTP/1.1',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/1.1 401',
      '{"path":"/api/test/user","error":"Unauthorized","message":"Full authentication is required to access this resource","status":401}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
  },
];

// A library's short message quoted inside a Japanese sentence (`ログに jwt expired と出ています`, `jwt expired ってエラーが出ました`):
// the rows that must stand alone (jsonwebtoken's `jwt expired`, `invalid signature`, `jwt malformed`) took only
// punctuation or a line's ends around them, so these were input.empty. Japanese prose does not say the English words
// except to quote them; English prose around them still reads as prose.
const QUOTED_IN_JAPANESE: Row[] = [
  {
    name: 'ログに jwt expired と出ています',
    input: '本番の注文APIで401。ログに jwt expired と出ています',
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'jwt expired ってエラーが出ました',
    input: 'jwt expired ってエラーが出ました',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'ログには invalid signature と出ています',
    input: 'curlで叩くと401が返ってきます。ログには invalid signature と出ています',
    ...A401,
    top: 'signature.invalid',
  },
  {
    name: '401 で jwt malformed と言われる',
    input: '401 で jwt malformed と言われる',
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'out of shape: English prose around the same words',
    input: 'my jwt expired and I had to log in again',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'out of shape: a Japanese sentence with the word alone',
    input: '私のトークンは expired です',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

// The same in an English sentence that reports what the software said: after a reporting verb ("it said", "I keep
// getting", "the API returned", "I get a … error"), up to a word that ends the quote ("but", "from", "error"). Prose
// that uses the words for itself ("my jwt expired and …", "shows an invalid signature screen") or says what software
// does in general ("Kong says you cannot consume this service") stays prose.
const REPORTED_IN_ENGLISH: Row[] = [
  {
    name: 'it said jwt expired but the token is fresh',
    input: 'it said jwt expired but the token is fresh',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'I keep getting invalid signature from the api',
    input: 'I keep getting invalid signature from the api',
    ...REFUSED,
    top: 'signature.invalid',
  },
  {
    name: 'I get a jwt expired error',
    input: 'I get a jwt expired error on every call to /v1/orders',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'the api returned jwt malformed',
    input: 'the api returned jwt malformed',
    ...REFUSED,
    top: 'token.malformed',
  },
  {
    name: 'out of shape: the words used for themselves',
    input: 'my jwt expired and I had to log in again',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'out of shape: a noun the words describe',
    input: 'The mobile app shows an invalid signature screen',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
];

// A sentence that starts with curl's name ("curl returns 401 for me", "curl で叩くと 401 が返ってきます") was read as a command
// whose URL was its second word: a request shown without Authorization (authz-header.missing) and no status. As wget's
// and httpie's names already were, curl's is a command only before an option, a URL, a variable or a quoted word.
const CURL_IN_PROSE: Row[] = [
  {
    name: 'curl returns 401 for me',
    input: 'curl returns 401 for me',
    ...A401,
    excludes: ['authz-header.missing'],
  },
  {
    name: 'curl で叩くと 401 が返ってきます',
    input: 'curl で叩くと 401 が返ってきます',
    ...A401,
    excludes: ['authz-header.missing'],
  },
  {
    name: 'curl gives me a 401 when I hit the orders endpoint',
    input: 'curl gives me a 401 when I hit the orders endpoint',
    ...A401,
    excludes: ['authz-header.missing'],
  },
  {
    name: 'still a command: a host and port with no scheme',
    input: 'curl orders-api:8080/v1/orders\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="orders"',
    ...A401,
    includes: ['authz-header.missing'],
  },
  {
    name: 'still a command: an IPv4 address',
    input: 'curl 127.0.0.1:8080/v1/orders\nHTTP/1.1 401 Unauthorized',
    ...A401,
    includes: ['authz-header.missing'],
  },
];

// bezkoder's Node.js Express JWT tutorials' verifyToken middleware, copied into many apps (find_string shows dozens):
// `res.status(403).send({ message: "No token provided!" })` when it finds no token (it reads `x-access-token`, so a
// token sent in Authorization is never seen) and `res.status(401).send({ message: "Unauthorized!" })` when jwt.verify
// throws. The 403 read nothing; with the request's Authorization shown it read policy.deny.
const BEZKODER: Row[] = [
  {
    name: 'the 403 “No token provided!” with the request’s Authorization shown: the middleware did not see it',
    input: [
      '> GET /api/test/user HTTP/1.1',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '< HTTP/1.1 403 Forbidden',
      '{"message":"No token provided!"}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'token.missing',
    via: 'bezkoder-tutorial',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    // Round coherence: the server's own "no token came", as with the request shown and as FastAPI's 403 `Not
    // authenticated`, not a denial under a token.missing top.
    name: 'the 403 alone: no token anywhere',
    input: 'HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\n\n{"message":"No token provided!"}',
    status: 403,
    classification: 'authentication',
    top: 'token.missing',
    via: 'bezkoder-tutorial',
    includes: ['status.mismatch'],
  },
  {
    name: 'the 401 “Unauthorized!”: jwt.verify refused the token',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized!"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'bezkoder-tutorial',
  },
  {
    name: 'out of shape: a plain “Unauthorized” states nothing',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized"}',
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
];

// Laravel Sanctum hands out `{id}|{secret}` (laravel/sanctum HasApiTokens::createToken: `$token->getKey().'|'.
// $plainTextToken`, 40 random characters, newer versions a crc32b checksum after them) and reads it in that form; the
// `|` read as an authz-header.format error, whose step was to edit a token the server accepts.
const SANCTUM: Row[] = [
  {
    name: 'a Sanctum token answered by Laravel’s “Unauthenticated.”',
    input: [
      '> GET /api/user HTTP/1.1',
      '> Accept: application/json',
      '> Authorization: Bearer 12|aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcd',
      '< HTTP/1.1 401 Unauthorized',
      '{"message":"Unauthenticated."}',
    ].join('\n'),
    ...A401,
    top: 'token.opaque',
    excludes: ['authz-header.format'],
  },
  {
    name: 'a newer Sanctum token (40 characters and a crc32b checksum)',
    input: `Authorization: Bearer 7|${'Zx9'.repeat(13)}Q1f3a9c0d2\nHTTP/1.1 401 Unauthorized`,
    ...A401,
    top: 'token.opaque',
    excludes: ['authz-header.format'],
  },
  {
    name: 'out of shape: a short value with a bar is still outside b64token',
    input: 'Authorization: Bearer abc|def\nHTTP/1.1 401 Unauthorized',
    ...A401,
    includes: ['authz-header.format'],
  },
];

for (const [title, rows] of [
  ['Spring Security’s resource server log', SPRING],
  ['FastAPI’s tutorial and python-jose', FASTAPI],
  ['a verifier that saw no token beside one it passed over', UNSEEN],
  ['a message quoted in a Japanese sentence', QUOTED_IN_JAPANESE],
  ['a message an English sentence reports', REPORTED_IN_ENGLISH],
  ['a sentence that starts with curl', CURL_IN_PROSE],
  ['bezkoder’s Express tutorial', BEZKODER],
  ['Laravel Sanctum’s token', SANCTUM],
] as const) {
  describe(`formats, stop 16: ${title}`, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      const report = await expectPasteRow(row);
      if (title === 'Laravel Sanctum’s token' && row.top === 'token.opaque')
        expect(report.findings[0]?.args).toMatchObject({ form: 'sanctum' });
    });
  });
}
