/**
 * Round "real-h": stacks no round had reached. Rebuilt with our own hosts and tokens, the software's own words kept;
 * each group cites where the words come from. Two were misread and are fixed here: Python's jwcrypto (its exceptions
 * were not read at all, and JWTExpired in a traceback was credited to node's jose) and GoFiber's contrib/jwt (its
 * plain-text "Invalid or expired JWT" read as "no token sent"). The rest already read right and are pinned by a row
 * each: Ktor's bare challenge beside a sent token, and its trace log of java-jwt's message.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SECRETS = [SIGNED, EXPIRED].flatMap((t) => {
  const signature = t.split('.')[2] as string;
  return [signature, signature.slice(0, 16)];
});
const curl = (token: string | null) =>
  `$ curl -i ${token === null ? '' : `-H "Authorization: Bearer ${token}" `}https://api.acme-corp.com/v1/orders`;

/** A Python traceback ending in one of jwcrypto's exceptions, with the line that raised it quoted. */
const traceback = (raised: string, last: string) =>
  [
    'Traceback (most recent call last):',
    '  File "/srv/app/auth.py", line 41, in verify',
    '    tok = jwt.JWT(jwt=raw, key=keyset, check_claims={"exp": None, "aud": "orders-api"})',
    '  File "/usr/lib/python3/dist-packages/jwcrypto/jwt.py", line 371, in _check_exp',
    `    ${raised}`,
    last,
  ].join('\n');

// latchset/jwcrypto jwcrypto/jwt.py (JWTExpired "Expired at %d, time: %d(leeway: %d)", JWTNotYetValid, JWTMissingClaim
// "Claim %s is missing", JWTInvalidClaimValue "Invalid '%s' value. Expected '%s' got '%s'" and, for aud, "Expected
// '<the token's aud>' to be in '<the wanted one>'", JWTMissingKey "Key ID %s not in key set") and jwcrypto/jws.py
// (InvalidJWSSignature).
const JWCRYPTO: Row[] = [
  {
    name: "jwcrypto's JWTExpired in a traceback: jwcrypto's, not node jose's (was: via jose)",
    input: traceback(
      "raise JWTExpired('Expired at %d, time: %d(leeway: %d)' % (",
      'jwcrypto.jwt.JWTExpired: Expired at 1779976931, time: 1779977411(leeway: 60)',
    ),
    ...REFUSED,
    top: 'time.expired',
    via: 'jwcrypto',
  },
  {
    name: 'JWTMissingClaim names the claim (was: nothing read)',
    input: traceback(
      'raise JWTMissingClaim("Claim %s is missing" % (name, ))',
      'jwcrypto.jwt.JWTMissingClaim: Claim aud is missing',
    ),
    ...REFUSED,
    top: 'claim.aud-missing',
    via: 'jwcrypto',
  },
  {
    name: 'JWTInvalidClaimValue for iss: expected and got (was: nothing read)',
    input:
      "jwcrypto.jwt.JWTInvalidClaimValue: Invalid 'iss' value. Expected 'https://auth.acme-corp.com/' got 'https://auth.staging.acme-corp.com/'",
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'jwcrypto',
  },
  {
    name: "JWTInvalidClaimValue for aud, whose message names the token's aud first (was: nothing read)",
    input: "jwcrypto.jwt.JWTInvalidClaimValue: Invalid 'aud' value. Expected 'account' to be in 'orders-api'",
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'jwcrypto',
  },
  {
    name: 'JWTMissingKey: the kid is not in the key set (was: nothing read)',
    input: 'jwcrypto.jwt.JWTMissingKey: Key ID acme-2026-06 not in key set',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'jwcrypto',
  },
  {
    name: 'JWTNotYetValid (was: nothing read)',
    input: 'jwcrypto.jwt.JWTNotYetValid: Valid from 1779977931, time: 1779977411(leeway: 60)',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'jwcrypto',
  },
  {
    name: 'InvalidJWSSignature (was: nothing read)',
    input:
      'jwcrypto.jws.InvalidJWSSignature: Verification failed for all signatures["Failed: [InvalidJWSSignature(\'Verification failed\')]"]',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jwcrypto',
  },
  {
    name: "near-miss: a JWTInvalidClaimValue whose message is not jwcrypto's reads nothing",
    input: 'jwcrypto.jwt.JWTInvalidClaimValue',
    ...QUIET,
    excludes: ['claim.required-missing', 'claim.iss-mismatch', 'claim.aud-mismatch'],
  },
  {
    name: "near-miss: a Python line that raises JWTExpired is not node jose's JWTExpired",
    input: "    raise JWTExpired('Expired at %d, time: %d(leeway: %d)' % (",
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: "near-miss: jose's own JWTExpired still reads as jose's",
    input: 'JWTExpired: "exp" claim timestamp check failed',
    ...REFUSED,
    top: 'time.expired',
    via: 'jose',
  },
];

// gofiber/contrib jwt/config.go: the default ErrorHandler's text/plain 401 "Invalid or expired JWT" for a token it
// extracted and refused, 400 "Missing or malformed JWT" for none; gofiber/recipes auth-jwt (and penkong/fiber-sqlc
// middleware/jwt_error.go) answer {"status":"error","message":"Invalid or expired JWT","data":null}.
const FIBER: Row[] = [
  {
    name: 'Fiber\'s plain-text 401 "Invalid or expired JWT": a token came and was refused (was: no token sent)',
    input: [S401, 'Content-Type: text/plain; charset=utf-8', 'Content-Length: 22', '', 'Invalid or expired JWT'].join(
      '\n',
    ),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'gofiber-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "Fiber's 401 beside the expired token: the token says which",
    input: [curl(EXPIRED), S401, 'Content-Type: text/plain; charset=utf-8', '', 'Invalid or expired JWT'].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: "the recipes' JSON reply with the same words (was: nothing read)",
    input: '{"status":"error","message":"Invalid or expired JWT","data":null}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'gofiber-jwt',
  },
  {
    name: 'near-miss: the words in a sentence are no reply',
    input: 'we return Invalid or expired JWT when the session cookie is stale',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: "near-miss: echo-jwt's lower-case reply stays echo-jwt's",
    input: `${S401}\nContent-Type: application/json; charset=UTF-8\n\n{"message":"invalid or expired jwt"}`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'echo-jwt',
  },
];

// ktorio/ktor ktor-server-auth-jwt JWTAuth.kt: the default challenge is `Bearer realm="Ktor Server"` for no token and
// for a refused one alike, and JWTUtils.kt traces java-jwt's message ("Token verification failed: {}"). Already read
// right: a bare challenge beside a sent token is the server withholding its reason (challenge.no-error, info).
const KTOR: Row[] = [
  {
    name: "Ktor's bare challenge beside a sent token: info, not 'token not sent'",
    input: [curl(EXPIRED), S401, 'WWW-Authenticate: Bearer realm="Ktor Server"', 'Content-Length: 0'].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.no-error'],
    excludes: NOT_MISSING,
  },
  {
    name: "Ktor's trace log of java-jwt's expiry",
    input:
      '2026-05-28 14:09:58.123 [eventLoopGroupProxy-4-1] TRACE io.ktor.auth.jwt - Token verification failed: The Token has expired on 2026-05-28T14:08:51Z.',
    ...REFUSED,
    top: 'time.expired',
    via: 'java-jwt',
  },
];

describe('formats, round real-h: jwcrypto, GoFiber, Ktor', () => {
  it.each([...JWCRYPTO, ...FIBER, ...KTOR])('$name', async (row) => {
    await expectPasteRow(row, SECRETS);
  });
});
