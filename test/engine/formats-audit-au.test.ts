/**
 * Round audit-au: the named verifier libraries' newest words as logged today (PyJWT 2.10, joserfc/Authlib, jjwt 0.12,
 * SimpleJWT 5.5, jwx, lcobucci/jwt, php-jwt under slim-jwt-auth, Nimbus under Spring Security), in the framings they
 * arrive in: structlog lines, Flask's 422 reply, Laravel's log, a zap or logrus line. Sources beside each paste.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { b64url, unsigned } from '../helpers/tokens.js';

describe('PyJWT 2.10 refuses a sub that is not a string', () => {
  // MolSSI/QCFractal#858: integer user ids as sub after the upgrade.
  const traceback = [
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 380, in _validate_sub',
    '    raise InvalidSubjectError("Subject must be a string")',
    'jwt.exceptions.InvalidSubjectError: Subject must be a string',
  ].join('\n');

  it('catches the traceback as the claim’s type, not a missing claim', async () => {
    const f = await catches('claim.required-missing', traceback);
    expect(f.args).toMatchObject({ via: 'pyjwt', claim: 'sub', mismatch: true, notString: true });
    expect(f.title).toBe('The claim sub is not a string, as the verifier requires');
  });

  it('catches flask-jwt-extended’s 422 reply (vimalloc/flask-jwt-extended#557)', async () => {
    const paste =
      'HTTP/1.1 422 UNPROCESSABLE ENTITY\nContent-Type: application/json\n\n{"msg": "Subject must be a string"}';
    const f = await catches('claim.required-missing', paste);
    expect(f.args).toMatchObject({ claim: 'sub', notString: true });
  });

  it('says so in Japanese, with the step', async () => {
    const report = await run(traceback, { locale: 'ja' });
    expect(report.findings[0]?.title).toBe('クレーム sub が、検証器の求める文字列ではありません');
    expect(report.nextSteps[0]).toContain('str(user.id)');
  });

  it('catches not a form’s validation message with the same words', async () => {
    await catchesNot('claim.required-missing', "'subject.string' => __('Subject must be a string'),");
  });

  it('catches not a sub mismatch as a type error', async () => {
    const f = await catches('claim.required-missing', 'jwt.exceptions.InvalidSubjectError: Invalid subject');
    expect(f.args).toMatchObject({ claim: 'sub', mismatch: true });
    expect(f.args).not.toHaveProperty('notString');
  });
});

describe('Authlib and joserfc in single quotes', () => {
  it("catches a structlog line with `Invalid claim 'aud'` (i-am-bee/agentstack#2139)", async () => {
    const paste = [
      "2026-05-28 14:09:05 [warning  ] Token validation failed: invalid_claim: Invalid claim 'aud'            [agentstack_server.api.dependencies]",
      "2026-05-28 14:09:05 [error    ] Error during HTTP request: [('HTTPException', '401: Token validation failed')] [agentstack_server.application]",
    ].join('\n');
    const report = await run(paste);
    expect(report.findings[0]).toMatchObject({ code: 'claim.aud-mismatch', args: { via: 'authlib' } });
    await catchesNot('token.missing', paste);
  });

  it("catches joserfc’s `Missing claim: 'exp'` (authlib/joserfc src/joserfc/errors.py)", async () => {
    await catches('time.no-exp', "joserfc.errors.MissingClaimError: missing_claim: Missing claim: 'exp'");
  });
});

describe('Nimbus’s key-or-algorithm refusal for a token not signed with RS256', () => {
  // logto-io/logto#4910: Spring Boot 3.1 protecting an API with Logto's ES384 access tokens through withJwkSetUri.
  const challenge =
    'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"';
  const claims = { iss: 'https://tenant.logto.app/oidc', aud: 'https://api.example.com', sub: 'u1', exp: 1779980000 };

  it('catches the ES384 token as an algorithm Spring’s decoder does not trust by default', async () => {
    const token = unsigned({ alg: 'ES384', typ: 'at+jwt', kid: 'k9x' }, claims);
    const f = await catches('alg.not-allowed', `HTTP/1.1 401\n${challenge}\n\nAuthorization: Bearer ${token}`);
    expect(f.args).toMatchObject({ via: 'nimbus', alg: 'ES384', nimbusDefault: true });
    const report = await run(`HTTP/1.1 401\n${challenge}\n\nAuthorization: Bearer ${token}`);
    expect(report.nextSteps[0]).toContain('jws-algorithms: ES384');
  });

  it('catches not an RS256 token: the key is what is missing', async () => {
    const token = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k9x' }, claims);
    await catchesNot('alg.not-allowed', `HTTP/1.1 401\n${challenge}\n\nAuthorization: Bearer ${token}`);
    await catches('key.kid-unknown', `HTTP/1.1 401\n${challenge}\n\nAuthorization: Bearer ${token}`);
  });

  it('catches not the words alone, with no token to read the algorithm from', async () => {
    await catchesNot('alg.not-allowed', `HTTP/1.1 401\n${challenge}`);
  });
});

describe('the library that said it', () => {
  it('names jwx for its `"exp" not satisfied: token is expired`, not golang-jwt', async () => {
    const f = await catches(
      'time.expired',
      '{"level":"ERROR","logger":"auth","msg":"jwt","error":"jwt.Parse: failed to parse token: jwt.Validate: validation failed: \\"exp\\" not satisfied: token is expired"}',
    );
    expect(f.args).toMatchObject({ via: 'jwx' });
  });

  it('still names golang-jwt for its own wrapped sentinel (golang-jwt/jwt#376)', async () => {
    const f = await catches(
      'time.expired',
      '{"level":"warn","msg":"jwt parse failed","error":"token has invalid claims: token is expired","status":401}',
    );
    expect(f.args).toMatchObject({ via: 'golang-jwt' });
  });

  it('names SimpleJWT for its 5.5 "Token is expired" entry (iMerica/dj-rest-auth#683)', async () => {
    const f = await catches(
      'time.expired',
      'HTTP/1.1 401 Unauthorized\n\n{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is expired"}]}',
    );
    expect(f.args).toMatchObject({ via: 'simplejwt' });
  });

  it('names lcobucci/jwt for an expiry in its violation list, beside the issuer it names', async () => {
    const paste = [
      '[2026-05-28 14:09:55] production.ERROR: The token violates some mandatory constraints, details:',
      '- The token is expired',
      '- The token was not issued by the given issuers',
    ].join('\n');
    const report = await run(paste);
    const expired = report.findings.find((f) => f.code === 'time.expired');
    expect(expired?.args).toMatchObject({ via: 'lcobucci-jwt' });
    await catches('claim.iss-mismatch', paste);
  });

  it('reads jjwt 0.12’s "JWT early by" as a token not yet valid (jwtk/jjwt DefaultJwtParser)', async () => {
    await catches(
      'time.not-yet-valid',
      '2026-05-28 14:09:47,997 ERROR [pool-13-thread-23] c.e.gateway.TokenFilter - Error details: JWT early by 1003 milliseconds before 2026-05-28T14:10:19Z. Current time: 2026-05-28T14:09:47Z. Allowed clock skew: 30000 milliseconds.',
    );
  });

  it('reads php-jwt’s "Expired token" as slim-jwt-auth’s error handler replies it (tuupola/slim-jwt-auth#53)', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"status":"error","message":"Expired token"}';
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ via: 'php-jwt' });
    await catchesNot('token.missing', paste);
  });

  it('catches not "Expired token" in prose', async () => {
    await catchesNot('time.expired', 'Expired token again, I will refresh it tomorrow');
  });
});

describe('no token leaks from a verifier line that prints it', () => {
  // spetz/tokenmanager-sample#1: JwtBearerHandler's "Failed to validate the token <token>." before IDX10223.
  it('names the token by fingerprint only', async () => {
    const token = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'user1', exp: 1779970300 })}.c2lnbmF0dXJlLWJ5dGVzLW1hZGUtdXAtZm9yLXRoZS10ZXN0`;
    const paste = [
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      `      Failed to validate the token ${token}.`,
      "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '5/28/2026 12:11:40 PM', Current time (UTC): '5/28/2026 2:09:34 PM'.",
    ].join('\n');
    const report = await run(paste);
    expect(report.findings[0]?.code).toBe('time.expired');
    const text = JSON.stringify(report);
    expect(text).not.toContain(token.split('.').slice(0, 2).join('.'));
    expect(text).not.toContain(token.split('.')[2]?.slice(0, 16));
  });
});

describe('IdentityModel’s older PII placeholder: a type name, not a value', () => {
  // DuendeArchive/IdentityServer4#5143: IdentityModel 6.x with PII hidden printed 'System.String' for each audience.
  const paste =
    "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'System.String'. Did not match: validationParameters.ValidAudience: 'System.String' or validationParameters.ValidAudiences: 'System.String'.";

  it('catches the audience mismatch without reading System.String as an audience', async () => {
    const f = await catches('claim.aud-mismatch', paste);
    expect(f.args).toMatchObject({ via: 'identitymodel', aud: [], expected: [] });
  });

  it('still reads a real audience beside it (aruss/IdentityBase#37)', async () => {
    const f = await catches(
      'claim.aud-mismatch',
      "SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'http://localhost:5000/resources'. Did not match: validationParameters.ValidAudience: 'api1' or validationParameters.ValidAudiences: 'null'.",
    );
    expect(f.args).toMatchObject({ aud: ['http://localhost:5000/resources'], expected: ['api1'] });
    expect(f.args).not.toHaveProperty('piiHidden');
  });

  it('says how to show the hidden values when both sides are hidden (AzureAD/microsoft-identity-web#2689)', async () => {
    const f = await catches('claim.aud-mismatch', paste);
    expect(f.args).toMatchObject({ piiHidden: true });
    const serilog =
      '{"@t":"2026-05-28T14:09:41.2210000Z","@mt":"{AuthenticationScheme} was not authenticated. Failure message: {FailureMessage}","AuthenticationScheme":"Bearer","FailureMessage":"IDX10205: Issuer validation failed. Issuer: \'[PII of type \'System.String\' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]\'. Did not match: validationParameters.ValidIssuer: \'[PII of type \'System.String\' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]\' or validationParameters.ValidIssuers: \'[PII of type \'System.String\' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]\'."}';
    const report = await run(serilog);
    expect(report.findings[0]).toMatchObject({ code: 'claim.iss-mismatch', args: { piiHidden: true } });
    expect(report.nextSteps.join('\n')).toContain('IdentityModelEventSource.ShowPII = true');
    const ja = await run(serilog, { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('IdentityModelEventSource.ShowPII = true');
  });

  it('catches not a hidden-values step for another library’s audience refusal', async () => {
    const f = await catches('claim.aud-mismatch', "jwt.exceptions.InvalidAudienceError: Audience doesn't match");
    expect(f.args).not.toHaveProperty('piiHidden');
  });
});

describe('Entra ID and B2C issuers refused by AadIssuerValidator', () => {
  // dotnet/aspnetcore#52283: a B2C b2clogin.com issuer against Microsoft.Identity.Web's validator.
  const paste = [
    'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
    '      Failed to validate the token.',
    "      Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX40001: Issuer: 'https://contoso.b2clogin.com/5a1d2c3e-0000-4000-8000-00000000abcd/v2.0/', does not match any of the valid issuers provided for this application.",
  ].join('\n');

  it('catches the issuer it names', async () => {
    const f = await catches('claim.iss-mismatch', paste);
    expect(f.args).toMatchObject({
      via: 'identitymodel',
      iss: 'https://contoso.b2clogin.com/5a1d2c3e-0000-4000-8000-00000000abcd/v2.0/',
    });
  });

  it('catches the older IDW10303 the same way (AzureAD/microsoft-identity-web#1249)', async () => {
    const f = await catches(
      'claim.iss-mismatch',
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDW10303: Issuer: 'https://mrochonb2cprod.b2clogin.com/cf6c572c-c72e-4f31-bd0b-75623d040495/v2.0/', does not match any of the valid issuers provided for this application. ",
    );
    expect(f.args).toMatchObject({
      iss: 'https://mrochonb2cprod.b2clogin.com/cf6c572c-c72e-4f31-bd0b-75623d040495/v2.0/',
    });
  });

  it('catches not the code with other words after it', async () => {
    await catchesNot('claim.iss-mismatch', "IDW10303: Issuer: 'x' was logged for audit");
  });
});

describe('IdentityModel 4.x’s IDX10205 names the expected issuer first', () => {
  // Microsoft.IdentityModel.Extensions ErrorMessages.cs (System.IdentityModel.Tokens.Jwt 4.x, OWIN/Katana apps).
  it('reads the token’s issuer after "did not match Issuer", not the tail of ValidIssuer', async () => {
    const f = await catches(
      'claim.iss-mismatch',
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Unable to validate issuer, validationParameters.ValidIssuer: 'https://login.microsoftonline.com/tenant-a/v2.0' or validationParameters.ValidIssuers: 'null' did not match Issuer: 'https://sts.windows.net/tenant-a/'. Comparison is: Equals",
    );
    expect(f.args).toMatchObject({
      iss: 'https://sts.windows.net/tenant-a/',
      expected: ['https://login.microsoftonline.com/tenant-a/v2.0'],
    });
  });

  it('still reads today’s wording, the token’s issuer first (DuendeArchive/IdentityServer4#5379)', async () => {
    const f = await catches(
      'claim.iss-mismatch',
      "Issuer validation failed | IDX10205: Issuer validation failed. Issuer: 'https://identityapp1.com'. Did not match: validationParameters.ValidIssuer: 'null' or validationParameters.ValidIssuers: 'https://identityapp.com'.",
    );
    expect(f.args).toMatchObject({ iss: 'https://identityapp1.com', expected: ['https://identityapp.com'] });
  });
});

describe('a kid the writer masked', () => {
  // pac4j/pac4j#1688: the header quoted with its kid starred out beside Nimbus's refusal.
  const lines = [
    'DEBUG org.pac4j.oidc.profile.creator.TokenValidator - check idTokenValidators [RS256] for idToken *** with header {"kid":"*** ","typ":"JWT","alg":"RS256"}',
    'DEBUG org.pac4j.oidc.profile.creator.TokenValidator - failed with BadJOSEException com.nimbusds.jose.proc.BadJOSEException: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
  ].join('\n');

  it('is not named as the missing key', async () => {
    const f = await catches('key.kid-unknown', lines);
    expect(f.args).toMatchObject({ kid: null });
  });

  it('catches not a real kid as masked', async () => {
    const f = await catches('key.kid-unknown', lines.replace('"kid":"*** "', '"kid":"2024-rot-7"'));
    expect(f.args).toMatchObject({ kid: '2024-rot-7' });
  });
});
