/**
 * .NET: Microsoft.IdentityModel (IDX codes in Tokens/LogMessages.cs, JsonWebTokens, Protocols; exception
 * classes) and ASP.NET Core's JwtBearerHandler (the error_description it writes into WWW-Authenticate, and
 * its authentication log lines).
 *
 * IDX numbers are the stable part: their texts changed across 5.x–8.x (IDX10503 even changed meaning), and
 * values are often hidden as `[PII of type '…' is hidden …]`, which the readers drop.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CLASS, CODE, capture, compact, family, idxValue, list, messageRest, printedAt } from './matcher.js';

const idx = family('identitymodel');
const asp = family('aspnetcore');

/** The IDX message runs to the end of its line (or its JSON string); later lines are read, not spanned. */
function idxMessage(f: Fragment, args: Reading['args'] = {}): Reading {
  return { args, extend: messageRest(f.after(600)).length };
}

/**
 * IDX10223/IDX10222: the token's time, and the verifier's own clock beside it (`Current time (UTC): '…'`), which is
 * the reference for how long ago it expired, as jjwt's "Current time" is.
 */
function lifetime(field: 'ValidTo' | 'ValidFrom') {
  return (f: Fragment): Reading => {
    const s = f.after(600);
    const at = idxValue(s, `${field}(?: \\(UTC\\))?`);
    return idxMessage(
      f,
      compact(field === 'ValidTo' ? { at, now: idxValue(s, 'Current time(?: \\(UTC\\))?') } : { at }),
    );
  };
}

/**
 * IDX10214/IDX10215: the token's audiences, and what the API was configured to accept. `Audiences: 'empty'` is
 * IdentityModel's word for a token with no aud at all (lib/Utility.cs SerializeAsSingleCommaDelimitedString prints
 * TextStrings.Empty for an empty list; DuendeArchive/IdentityServer4#4727, an IdentityServer 4 token issued without
 * an ApiResource): the claim is missing, not another audience.
 */
function audiences(f: Fragment): Reading {
  const s = f.after(800);
  const expected = [...list(idxValue(s, 'ValidAudience'), /, /), ...list(idxValue(s, 'ValidAudiences'), /, /)];
  const reading = idxMessage(f, compact({ actual: idxValue(s, 'Audiences'), expected }));
  if (/\bAudiences: 'empty'/.test(s)) reading.code = 'claim.aud-missing';
  return reading;
}

/** IDX10205: the token's issuer, and the configured ones (parameters and metadata). */
function issuers(f: Fragment): Reading {
  const s = f.after(1000);
  const expected = [
    ...list(idxValue(s, 'ValidIssuer'), /, /),
    ...list(idxValue(s, 'ValidIssuers'), /, /),
    ...list(idxValue(s, 'CurrentConfiguration\\.Issuer'), /, /),
  ];
  return idxMessage(f, compact({ actual: idxValue(s, 'Issuer'), expected: [...new Set(expected)] }));
}

/** IDX40001 / IDW10303: `: Issuer: '<the token's iss>', does not match any of the valid issuers …`. */
function validatorIssuer(f: Fragment): Reading | null {
  const s = f.text.slice(f.start, f.end + 400);
  if (!s.includes('does not match any of the valid issuers')) return null;
  return idxMessage(f, compact({ actual: idxValue(s, 'Issuer') }));
}

/**
 * IDX10503 since PR #2436: "The token's kid is: 'k', but did not match any keys". Before it: "Keys tried:
 * …" or "Token does not have a kid", thrown also when the token had a kid and no key verified it, so
 * the legacy text cannot tell an unknown key from a bad signature.
 */
function idx10503(f: Fragment): Reading {
  const s = f.after(KEYS_TRIED_MAX, true);
  const kid = idxValue(s.slice(0, 400), "The token's kid is");
  const keysTried = keysTriedIn(s);
  return idxMessage(f, compact(kid ? { kid, keysTried } : { reason: 'key-or-signature', keysTried }));
}

function kidOnLaterLine(f: Fragment): Reading {
  const s = f.after(KEYS_TRIED_MAX, true);
  return idxMessage(f, compact({ kid: idxValue(s.slice(0, 1000), 'kid'), keysTried: keysTriedIn(s) }));
}

/** How far after an IDX code its `Keys tried: '…'` list is read: a JWKS of a dozen keys, each on its own line. */
const KEYS_TRIED_MAX = 4000;
/** A key's id in the list: the key's ToString (`KeyId: 'k'`, a JsonWebKey's `Kid: 'k'`) or the id appended after it. */
const KEY_ID = /(?:KeyId|Kid): '([^'\n]{1,200})'|, KeyId: ([^\s',\\]{1,200})/g;
/** Where the list ends: the counts or the caught exceptions that follow it. */
const KEYS_TRIED_END = /Number of keys in|Exceptions caught|\ntoken: '/;

/**
 * The kids of the keys an IDX message says were tried. Each key is written as its ToString and its id again:
 * `Microsoft.IdentityModel.Tokens.X509SecurityKey, KeyId: 'k', InternalId: '…'. , KeyId: k` (Tokens/SecurityKey.cs
 * ToString, `$"{GetType()}, KeyId: '{KeyId}', InternalId: '{InternalId}'."`; JsonWebTokenHandler's
 * `keysAttempted.AppendLine(key.ToString() + " , KeyId: " + key.KeyId)`, AzureAD/azure-activedirectory-identitymodel-
 * extensions-for-dotnet), a JsonWebKey as `…JsonWebKey, Use: '', Kid: 'k', Kty: 'RSA'`. Keys without an id, and
 * lists hidden as PII (`'System.Text.StringBuilder'`, `[PII of type …]`), name none.
 */
function keysTriedIn(s: string): string[] {
  const at = s.indexOf("Keys tried: '");
  if (at < 0) return [];
  const rest = s.slice(at + 13);
  const end = rest.search(KEYS_TRIED_END);
  const listed = end < 0 ? rest : rest.slice(0, end);
  const kids: string[] = [];
  for (const m of listed.matchAll(KEY_ID)) {
    const kid = (m[1] ?? m[2] ?? '').trim();
    if (kid !== '' && !kid.startsWith('[PII') && !kids.includes(kid) && kids.length < 20) kids.push(kid);
  }
  return kids;
}

/** `The audience 'x' is invalid` / `The issuer 'x' is invalid`: the token's value (`(null)` when absent). */
function described(f: Fragment): Reading | null {
  const m = /^([^']*)' is invalid/.exec(f.after(400));
  if (!m) return null;
  return { args: compact({ actual: m[1] === '(null)' ? undefined : m[1] }), extend: m[0].length };
}

export const DOTNET: readonly Matcher[] = [
  idx('IDX10223', 'time.expired', 'IDX10223', { ...CODE, read: lifetime('ValidTo') }),
  idx('IDX10222', 'time.not-yet-valid', 'IDX10222', { ...CODE, read: lifetime('ValidFrom') }),
  idx('IDX10224', 'time.inconsistent', 'IDX10224', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10225', 'time.no-exp', 'IDX10225', { ...CODE, read: (f) => idxMessage(f, { claim: 'exp' }) }),
  idx('IDX10214', 'claim.aud-mismatch', 'IDX10214', { ...CODE, read: audiences }),
  idx('IDX10215', 'claim.aud-mismatch', 'IDX10215', { ...CODE, read: audiences }),
  // "The 'audiences' parameter is empty / null": the token has no aud.
  idx('IDX10206', 'claim.aud-missing', 'IDX10206', { ...CODE, read: (f) => idxMessage(f, { claim: 'aud' }) }),
  idx('IDX10207', 'claim.aud-missing', 'IDX10207', { ...CODE, read: (f) => idxMessage(f, { claim: 'aud' }) }),
  idx('IDX10208', 'verifier.misconfigured', 'IDX10208', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10205', 'claim.iss-mismatch', 'IDX10205', { ...CODE, read: issuers }),
  // AadIssuerValidator (Entra ID and B2C issuers, templated by tenant): "IDX40001: Issuer: '{0}', does not match any of
  // the valid issuers provided for this application." (Microsoft.IdentityModel.Validators LogMessages.cs), the same
  // words as IDW10303 before the validator moved out of Microsoft.Identity.Web (AzureAD/microsoft-identity-web#1249;
  // dotnet/aspnetcore#52283 and #51005, B2C's b2clogin.com issuer). Only the token's issuer is named.
  idx('IDX40001', 'claim.iss-mismatch', 'IDX40001', { ...CODE, read: validatorIssuer }),
  // Its code holds no scanner trigger (scan.ts): the row runs on to the label.
  idx('IDW10303', 'claim.iss-mismatch', 'IDW10303: Issuer: ', { ...CODE, read: validatorIssuer }),
  // AadIssuerValidator refuses B2C's other issuer form outright: "IDX40002: Microsoft.IdentityModel does not support a
  // B2C issuer with 'tfp' in the URI. See https://aka.ms/ms-id-web/b2c-issuer for details." (LogMessages.cs; thrown for
  // an iss of five path segments whose first is tfp, https://<domain>/tfp/<tenant>/<userFlow>/v2.0/). The fix is the user
  // flow's issuer setting (microsoft-identity-web wiki, "Azure AD B2C issuer claim support").
  idx('IDX40002', 'claim.iss-mismatch', 'IDX40002', { ...CODE, args: { reason: 'b2c-tfp' } }),
  idx('IDX10211', 'claim.iss-missing', 'IDX10211', { ...CODE, read: (f) => idxMessage(f, { claim: 'iss' }) }),
  idx('IDX10204', 'verifier.misconfigured', 'IDX10204', { ...CODE, read: (f) => idxMessage(f) }),
  // "No security keys were provided": neither IssuerSigningKey(s) nor keys from the authority's
  // metadata. A metadata fetch failure shows up as IDX20803 instead, so this is the API's configuration
  // (no Authority/MetadataAddress, no key), not a rotated key: CFG rather than KEY.
  idx('IDX10500', 'verifier.misconfigured', 'IDX10500', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10501', 'key.kid-unknown', 'IDX10501', { ...CODE, read: kidOnLaterLine }),
  idx('IDX10503', 'key.kid-unknown', 'IDX10503', { ...CODE, read: idx10503 }),
  // The kid matched a key and the signature still failed: a bad signature, not an unknown key.
  idx('IDX10511', 'signature.invalid', 'IDX10511', { ...CODE, read: kidOnLaterLine }),
  idx('IDX10516', 'key.kid-unknown', 'IDX10516', { ...CODE, read: kidOnLaterLine }),
  // No kid in the token and no key verified it: the kid is what the verifier needed to pick a key.
  idx('IDX10517', 'key.kid-missing', 'IDX10517', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10504', 'alg.none', 'IDX10504', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10508', 'token.malformed', 'IDX10508', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10696', 'alg.not-allowed', 'IDX10696', {
    ...CODE,
    read: (f) => idxMessage(f, compact({ alg: capture(f.after(200), /algorithm '([^']+)'/) })),
  }),
  idx('IDX10634', 'alg.not-allowed', 'IDX10634', {
    ...CODE,
    read: (f) => idxMessage(f, compact({ alg: idxValue(f.after(400, true), 'Algorithm') })),
  }),
  // Token type validation (ValidTypes set): IDX10256 the token has no `typ`, IDX10257 its `typ` is not listed
  // (`Did not match: validationParameters.TokenTypes: '…'`, `ValidTypes` in older texts).
  idx('IDX10256', 'token.type-mismatch', 'IDX10256', { ...CODE, read: (f) => idxMessage(f, { reason: 'missing' }) }),
  idx('IDX10257', 'token.type-mismatch', 'IDX10257', {
    ...CODE,
    read: (f) => {
      const s = f.after(600);
      const valid = idxValue(s, 'validationParameters\\.(?:TokenTypes|ValidTypes)');
      return idxMessage(f, compact({ actual: idxValue(s, 'Type'), expected: list(valid, /, /) }));
    },
  }),
  // Decryption of a JWE: the keys tried did not open it (IDX10603, IDX10618), or none was configured (IDX10609).
  idx('IDX10603', 'token.jwe-undecryptable', 'IDX10603', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10609', 'token.jwe-undecryptable', 'IDX10609', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX10618', 'token.jwe-undecryptable', 'IDX10618', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX14100', 'token.malformed', 'IDX14100', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX14120', 'token.malformed', 'IDX14120', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX12741', 'token.malformed', 'IDX12741', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX12709', 'token.malformed', 'IDX12709', { ...CODE, read: (f) => idxMessage(f) }),
  idx('IDX20803', 'key.jwks-unavailable', 'IDX20803', { ...CODE, read: (f) => idxMessage(f) }),

  idx('SecurityTokenExpiredException', 'time.expired', 'SecurityTokenExpiredException', CLASS),
  idx('SecurityTokenNotYetValidException', 'time.not-yet-valid', 'SecurityTokenNotYetValidException', CLASS),
  idx('SecurityTokenInvalidLifetimeException', 'time.inconsistent', 'SecurityTokenInvalidLifetimeException', CLASS),
  idx('SecurityTokenNoExpirationException', 'time.no-exp', 'SecurityTokenNoExpirationException', CLASS),
  // Also thrown for IDX10214 with the token's audiences 'empty' (no aud): the IDX code beside it refines it.
  idx('SecurityTokenInvalidAudienceException', 'claim.aud-mismatch', 'SecurityTokenInvalidAudienceException', {
    ...CLASS,
    refinable: true,
  }),
  idx('SecurityTokenInvalidIssuerException', 'claim.iss-mismatch', 'SecurityTokenInvalidIssuerException', CLASS),
  idx('SecurityTokenInvalidSignatureException', 'signature.invalid', 'SecurityTokenInvalidSignatureException', {
    ...CLASS,
    refinable: true,
  }),
  // Also thrown for IDX10500 (no keys at all) and IDX10517 (no kid): the IDX code beside it refines it.
  idx('SecurityTokenSignatureKeyNotFoundException', 'key.kid-unknown', 'SecurityTokenSignatureKeyNotFoundException', {
    ...CLASS,
    refinable: true,
  }),
  idx('SecurityTokenInvalidAlgorithmException', 'alg.not-allowed', 'SecurityTokenInvalidAlgorithmException', CLASS),
  idx('SecurityTokenInvalidTypeException', 'token.type-mismatch', 'SecurityTokenInvalidTypeException', CLASS),
  idx(
    'SecurityTokenDecryptionFailedException',
    'token.jwe-undecryptable',
    'SecurityTokenDecryptionFailedException',
    CLASS,
  ),
  idx('SecurityTokenMalformedException', 'token.malformed', 'SecurityTokenMalformedException', {
    ...CLASS,
    refinable: true,
  }),

  // JwtBearerHandler's error_description texts (joined with "; " when several); the short ones are
  // also plain English, so they count only as whole messages.
  asp('audience', 'claim.aud-mismatch', "The audience '", { read: described }),
  asp('audience-legacy', 'claim.aud-mismatch', 'The audience is invalid', ALONE),
  asp('issuer', 'claim.iss-mismatch', "The issuer '", { read: described }),
  asp('issuer-legacy', 'claim.iss-mismatch', 'The issuer is invalid', ALONE),
  asp('no-expiration', 'time.no-exp', 'The token has no expiration', { ...ALONE, args: { claim: 'exp' } }),
  asp('lifetime', 'time.inconsistent', 'The token lifetime is invalid', ALONE),
  asp('not-valid-before', 'time.not-yet-valid', "The token is not valid before '", {
    read: printedAt,
  }),
  asp('not-valid-yet', 'time.not-yet-valid', 'The token is not valid yet', ALONE),
  asp('expired-at', 'time.expired', "The token expired at '", {
    read: printedAt,
  }),
  asp('expired', 'time.expired', 'The token is expired', ALONE),
  asp('key-not-found', 'key.kid-unknown', 'The signature key was not found', ALONE),
  asp('signature', 'signature.invalid', 'The signature is invalid', ALONE),
  // Forbid(): authenticated, then refused by an authorization policy.
  asp('forbidden', 'policy.deny', ' was forbidden', {
    read: (f) => (/AuthenticationScheme: \S+$/.test(f.before(120)) ? {} : null),
  }),
];
