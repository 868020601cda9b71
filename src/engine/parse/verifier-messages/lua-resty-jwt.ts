/**
 * lua-resty-jwt, the JWT library of OpenResty: Kong's custom plugins, older APISIX jwt-auth, lua-resty-openidc and
 * hand-written `access_by_lua` blocks all hand its `jwt_obj.reason` on, in a 401 body (`{"message":"…"}`) or the
 * error log. The reasons are the library's own sentences (SkyLothar/lua-resty-jwt, cdbattags/lua-resty-jwt
 * lib/resty/jwt.lua and jwt-validators.lua), so each row is read wherever it stands; the short ones want the value
 * that follows them.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { capture, family, textAround } from './matcher.js';

const restyJwt = family('lua-resty-jwt');

/** The HTTP date jwt-validators prints (`ngx.http_time`): `Tue, 23 Jul 2019 08:28:21 GMT`. */
const HTTP_TIME = /^([A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4,5} \d\d:\d\d:\d\d GMT)/;

/** The time the validator printed after its words, as `at` (checks/stated-time.ts reads toUTCString's form). */
function httpTime(f: Fragment): Reading | null {
  const at = capture(f.after(40), HTTP_TIME);
  return at === undefined ? null : { args: { at }, extend: at.length };
}

/**
 * `'<claim>' claim not valid until <time>`: jwt-validators' is_not_before (and opt_is_not_before) for whichever claim
 * the spec checks with it. nbf is the usual one; a spec checking iat with it ("'iat' claim not valid until Thu, 14 Aug
 * 49119 …", an OpenResty gateway's comment) says the token was issued ahead of the verifier's clock. Another claim's
 * name is the application's own rule.
 */
function notValidUntil(f: Fragment): Reading | null {
  const claim = capture(f.before(8), /'(nbf|iat)'$/);
  if (claim === undefined) return null;
  const time = httpTime(f);
  const args = time?.args ?? {};
  const reading: Reading = time === null ? { args } : { args, extend: time.extend ?? 0 };
  return claim === 'iat' ? { ...reading, code: 'time.issued-in-future' } : reading;
}

/**
 * verify_hmac_signature's `"signature mismatch: " .. tostring(encoded_sig)`: the token's own signature follows (or
 * `nil`), so the row reads no further than its words and the value stays out of the evidence.
 */
function mismatchedSignature(f: Fragment): Reading | null {
  return /^(?:[A-Za-z0-9_-]{16,}|nil\b)/.test(f.after(20)) ? {} : null;
}

/** The member that names the reason in a printed jwt_obj, JSON or JSON inside a JSON string: `"reason":"`, `\"reason\":\"`. */
const REASON_MEMBER = /"reason\\?"\s*:\s*\\?"$/;

/**
 * str_const.internal_error: the reason verify gives when verification itself threw, not a table with its own reason
 * (a module it needs missing, lua-resty-hmac in SkyLothar/lua-resty-jwt#4, or a key it cannot load). Only as a printed
 * jwt_obj's reason, beside its `verified` member: "internal error" is everyone's words.
 */
function internalError(f: Fragment): Reading | null {
  return REASON_MEMBER.test(f.before(16)) && textAround(f, 600, 600).includes('verified') ? {} : null;
}

export const LUA_RESTY_JWT: readonly Matcher[] = [
  // jwt-validators.lua is_not_expired: "'exp' claim expired at " .. ngx.http_time(exp) (apache/apisix t/plugin/
  // jwt-auth.t, TEST 9's 401 body {"message":"'exp' claim expired at Tue, 23 Jul 2019 08:28:21 GMT"}).
  restyJwt('exp', 'time.expired', "'exp' claim expired at ", { read: httpTime }),
  // is_not_before: "'nbf' claim not valid until Mon, 27 Aug 2040 09:17:54 GMT" (apache/apisix jwt-auth.t TEST 14's
  // error log; lua-resty-jwt t/validators.t).
  restyJwt('not-before', 'time.not-yet-valid', ' claim not valid until ', { read: notValidUntil }),
  // cdbattags/lua-resty-jwt t/ (verify_with's audience option): "'aud' claim does not contain an allowed audience."
  restyJwt('audience', 'claim.aud-mismatch', "'aud' claim does not contain an allowed audience", {
    args: { claim: 'aud' },
  }),
  restyJwt('signature-mismatch', 'signature.invalid', 'signature mismatch: ', { read: mismatchedSignature }),
  // str_const.invalid_jwt, load_jwt's reason for a string that does not parse as header.payload.signature.
  restyJwt('invalid-jwt-string', 'token.malformed', 'invalid jwt string', { exactCase: true }),
  restyJwt('internal-error', 'verifier.misconfigured', 'internal error', { exactCase: true, read: internalError }),
  // A payload that is not base64url JSON: cdbattags/lua-resty-jwt#63, a Kong plugin's 401
  // {"message":"{\"reason\":\"invalid payload: ZGM3…\",\"verified\":false}"} for a JWS whose payload is a digest, not
  // a claims set. The payload's base64 follows.
  restyJwt('invalid-payload', 'token.malformed', 'invalid payload: ', {
    exactCase: true,
    read: (f) => (/^[A-Za-z0-9_-]{16,}/.test(f.after(20)) ? {} : null),
  }),
];
