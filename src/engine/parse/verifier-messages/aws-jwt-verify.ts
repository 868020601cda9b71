/**
 * Round audit-ax: awslabs/aws-jwt-verify, the verifier AWS publishes for Cognito user pools' tokens (and any OIDC
 * issuer's), as a Lambda or an API behind API Gateway logs its errors. Its messages are built by src/jwt.ts
 * (validateJwtFields: "Token expired at <ISO>", "Token can't be used before <ISO>") and src/assert.ts (`${name} not
 * allowed: ${actual}. Expected: ${expected}`, `Missing ${name}. Expected: …`, "Expected one of: a, b" for a list), with
 * the names its callers give: "Issuer", "Audience", "Scope", and src/cognito-verifier.ts's "Token use", "Client ID" and
 * 'Client ID ("audience")'. awslabs/aws-jwt-verify#98 shows them as apps log them:
 * "CognitoJwtInvalidTokenUseError: Token use not allowed: id. Expected: access", "JwtInvalidScopeError: Missing Scope.
 * Expected: read". The words after the name are generic, so each row reads its own values or is not taken.
 */
import type { Fragment, Reading } from './matcher.js';
import { compact, family } from './matcher.js';

const awsJwtVerify = family('aws-jwt-verify');

/** An ISO-8601 instant as `Date.prototype.toISOString` prints it, which is what aws-jwt-verify's time messages hold. */
const ISO = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/;

/** expectationMessage's tail: "Expected: a" or "Expected one of: a, b", to the end of the line. */
const EXPECTATION = /^Expected(?: one of)?: ([^\n]{1,600})/;

function isoAt(f: Fragment): Reading | null {
  const at = ISO.exec(f.after(24))?.[1];
  return at === undefined ? null : { args: { at }, extend: at.length };
}

/** `<actual>. Expected: <e>` after "… not allowed: ": the value refused (a list is joined by ", ") and the expectation. */
function notAllowed(f: Fragment): Reading | null {
  const rest = f.after(1400);
  const dot = rest.indexOf('. Expected');
  if (dot <= 0 || dot > 700 || rest.lastIndexOf('\n', dot) !== -1) return null;
  const m = EXPECTATION.exec(rest.slice(dot + 2));
  if (m === null) return null;
  const expected = (m[1] as string).trimEnd().split(', ');
  return { args: compact({ actual: rest.slice(0, dot), expected }), extend: dot + 2 + m[0].length };
}

/** "Missing Scope. Expected: read": the scopes the verifier was told to require. */
function missingExpected(f: Fragment): Reading | null {
  const m = EXPECTATION.exec(f.after(620));
  return m === null ? null : { args: { expected: (m[1] as string).trimEnd().split(', ') }, extend: m[0].length };
}

/**
 * "Token use not allowed: id. Expected: access": the Cognito ID token sent where the access token is verified (the
 * client's getIdToken() in place of getAccessToken()); the other way round is a token of the wrong kind for it.
 */
function tokenUse(f: Fragment): Reading | null {
  const m = /^(id|access)\. Expected: (id|access)\b/.exec(f.after(40));
  if (m === null) return null;
  const [whole, actual, expected] = m as unknown as [string, string, string];
  if (actual === 'id') return { code: 'token.id-token', args: { reason: 'token_use: id' }, extend: whole.length };
  return { args: { expected: [expected], actual, claim: 'token_use' }, extend: whole.length };
}

export const AWS_JWT_VERIFY = [
  awsJwtVerify('expired', 'time.expired', 'Token expired at ', { exactCase: true, read: isoAt }),
  awsJwtVerify('not-before', 'time.not-yet-valid', "Token can't be used before ", { exactCase: true, read: isoAt }),
  awsJwtVerify('token-use', 'token.type-mismatch', 'Token use not allowed: ', { exactCase: true, read: tokenUse }),
  awsJwtVerify('client-id', 'claim.aud-mismatch', 'Client ID not allowed: ', { exactCase: true, read: notAllowed }),
  awsJwtVerify('client-id-audience', 'claim.aud-mismatch', 'Client ID ("audience") not allowed: ', {
    exactCase: true,
    read: notAllowed,
  }),
  awsJwtVerify('issuer', 'claim.iss-mismatch', 'Issuer not allowed: ', { exactCase: true, read: notAllowed }),
  awsJwtVerify('audience', 'claim.aud-mismatch', 'Audience not allowed: ', { exactCase: true, read: notAllowed }),
  awsJwtVerify('scope-missing', 'scope.insufficient', 'Missing Scope. ', { exactCase: true, read: missingExpected }),
  awsJwtVerify('scope', 'scope.insufficient', 'Scope not allowed: ', { exactCase: true, read: notAllowed }),
];
