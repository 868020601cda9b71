/**
 * Azure API Management's validate-jwt policy, in the words it puts in `context.LastError` (what an `<on-error>` section
 * returns or sets as headers) and in its request trace (`validate-jwt` … `"message": "JWT Validation Failed: …"`). The
 * messages and reasons are the "Predefined errors for policies" table (MicrosoftDocs/azure-docs
 * articles/api-management/api-management-error-handling-policies.md): "JWT not present." (TokenNotPresent), "JWT token is
 * missing the following claims: <c1>, <c2>, … Access denied." (TokenClaimNotFound), "Claim {claim-name} value of
 * {claim-value} is not allowed. Access denied." (TokenClaimValueNotAllowed); the rest carry IdentityModel's message,
 * which its IDX rows read. The trace writes a rejected claim value as "Claim value mismatch: aud=…." (learn.microsoft.com
 * Q&A 1064084, "Claim value mismatch: aud=xxxx-480e-b6bf-xxxxxx." after the aud in the policy's required-claims).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import {
  ALONE,
  CODE,
  capture,
  claimMissing,
  claimViolated,
  compact,
  extending,
  family,
  textAround,
} from './matcher.js';

const apim = family('azure-apim');

/** Claims that hold grants: a value the policy's required-claims rule refuses there is a missing scope or role. */
const GRANT_CLAIMS = new Set(['scp', 'scope', 'roles', 'role', 'groups', 'permissions', 'wids']);

function claimRefused(claim: string, value: string | undefined): Reading {
  if (GRANT_CLAIMS.has(claim)) return { code: 'scope.insufficient', args: compact({ actual: value }) };
  const reading = claimViolated(claim);
  if (value !== undefined && reading.args !== undefined) reading.args = { ...reading.args, actual: value };
  return reading;
}

/** `aud=xxxx-480e-b6bf-xxxxxx..`: the claim and the token's value; the trace's full stops are not the value's. */
const NAME_VALUE = /^([A-Za-z_][\w:.-]{0,60})=([^\s"',;]{1,300})/;

function mismatch(f: Fragment): Reading | null {
  const m = NAME_VALUE.exec(f.after(400));
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const value = m[2].replace(/\.+$/, '');
  return extending(claimRefused(m[1], value === '' ? undefined : value), m[0].length);
}

/** `Claim roles value of Reader is not allowed. Access denied.`: the claim and value before the match. */
const CLAIM_VALUE_OF = /Claim ([\w:.-]{1,60}) value of ([^\n]{1,300})$/;

function notAllowed(f: Fragment): Reading | null {
  const m = CLAIM_VALUE_OF.exec(f.before(400));
  if (m?.[1] === undefined) return null;
  return claimRefused(m[1], m[2] || undefined);
}

/** `JWT token is missing the following claims: roles, tid. Access denied.`: the first claim it names. */
function missingClaims(f: Fragment): Reading | null {
  const claim = capture(f.after(80), /^([\w:.-]{1,60})/)?.replace(/\.+$/, '');
  return claim ? extending(claimMissing(claim), claim.length) : null;
}

/**
 * The policy's `context.LastError.Reason` values are API Management's own names, but only beside the policy's name (an
 * `ErrorSource: validate-jwt` header, a trace's section): elsewhere such a word could be any product's enum.
 */
const NEAR_POLICY = /validate-(?:jwt|azure-ad-token)/i;

function besidePolicy(f: Fragment): Reading | null {
  return NEAR_POLICY.test(textAround(f, 400, 400)) ? {} : null;
}

/** TokenClaimValueNotAllowed names no claim: the message beside it does (`Claim roles value of Reader …`). */
function claimValueReason(f: Fragment): Reading | null {
  if (besidePolicy(f) === null) return null;
  const m = /Claim ([\w:.-]{1,60}) value of ([^\n]{0,300}?) is not allowed/.exec(textAround(f, 0, 600));
  return m?.[1] === undefined ? {} : claimRefused(m[1], m[2] || undefined);
}

const REASON = { ...CODE, ...ALONE, exactCase: true, read: besidePolicy } as const;

export const AZURE_APIM: readonly Matcher[] = [
  // TokenNotPresent holds none of the scanner's triggers (scan.ts); its message, the row below, says the same.
  apim('TokenNotPresent-message', 'token.missing', 'JWT not present.', { exactCase: true }),
  apim('TokenClaimNotFound-message', 'claim.required-missing', 'JWT token is missing the following claims: ', {
    read: missingClaims,
  }),
  apim('TokenClaimValueNotAllowed-message', 'claim.required-missing', ' is not allowed. Access denied.', {
    read: notAllowed,
  }),
  apim('claim-value-mismatch', 'claim.required-missing', 'Claim value mismatch: ', {
    exactCase: true,
    read: mismatch,
  }),
  apim('TokenExpired', 'time.expired', 'TokenExpired', REASON),
  apim('TokenSignatureInvalid', 'signature.invalid', 'TokenSignatureInvalid', REASON),
  apim('TokenAudienceNotAllowed', 'claim.aud-mismatch', 'TokenAudienceNotAllowed', REASON),
  apim('TokenIssuerNotAllowed', 'claim.iss-mismatch', 'TokenIssuerNotAllowed', REASON),
  apim('TokenSignatureKeyNotFound', 'key.kid-unknown', 'TokenSignatureKeyNotFound', REASON),
  apim('TokenClaimNotFound', 'claim.required-missing', 'TokenClaimNotFound', REASON),
  apim('TokenClaimValueNotAllowed', 'claim.required-missing', 'TokenClaimValueNotAllowed', {
    ...REASON,
    read: claimValueReason,
  }),
];
