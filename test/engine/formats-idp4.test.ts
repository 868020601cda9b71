/**
 * Round idp4: identity providers' and auth SDKs' own refusals. Keycloak's token endpoint refusing the sign-in's
 * authorization code (oauth.invalid-code, a project code: services/…/grants/AuthorizationCodeGrantType.java "Code not
 * valid" / "Code is expired", its CODE_TO_TOKEN_ERROR event), Keycloak's and Flask-JWT-Extended's type claims
 * (token.type-mismatch with `where: 'claim'`), node-oidc-provider's bound-token checks (lib/actions/userinfo.js), and
 * Clerk's key loading and `x-clerk-auth-reason` header (clerk/javascript packages/backend/src/errors.ts, tokens/keys.ts,
 * tokens/verify.ts). The `not:` rows hold what must stay as it was: the words in prose, a refresh token's
 * invalid_grant, another product's look-alike.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const B400 = { status: 400, classification: 'authentication' } as const;
const A401 = { status: 401, classification: 'authentication' } as const;
const CODE_NOT_VALID = '{"error":"invalid_grant","error_description":"Code not valid"}';

describe('formats, Keycloak: the authorization code refused at the token endpoint', () => {
  it.each<Row & { expired?: boolean }>([
    {
      name: 'the token endpoint’s 400 for a code redeemed twice',
      input: ['HTTP/1.1 400 Bad Request', 'Content-Type: application/json', '', CODE_NOT_VALID].join('\n'),
      ...B400,
      top: 'oauth.invalid-code',
      via: 'keycloak',
      excludes: ['token.revoked'],
      expired: false,
    },
    {
      name: 'the Java adapter’s "failed to turn code into token" (keycloak/keycloak#13357)',
      input: [
        '2022-07-27 12:41:21.715 ERROR 25 --- [nio-8080-exec-2] o.k.adapters.OAuthRequestAuthenticator   : failed to turn code into token',
        '2022-07-27 12:41:21.716 ERROR 25 --- [nio-8080-exec-2] o.k.adapters.OAuthRequestAuthenticator   : status from server: 400',
        `2022-07-27 12:41:21.716 ERROR 25 --- [nio-8080-exec-2] o.k.adapters.OAuthRequestAuthenticator   :    ${CODE_NOT_VALID}`,
      ].join('\n'),
      ...B400,
      top: 'oauth.invalid-code',
      excludes: ['token.revoked'],
    },
    {
      name: 'a sentence that says the error came, as other rows read a reported message',
      input: 'why do I keep getting Code not valid when I reload the callback page?',
      ...REFUSED,
      top: 'oauth.invalid-code',
    },
    {
      name: 'python-keycloak’s KeycloakGetError with the body escaped (python-keycloak#339)',
      input:
        'keycloak.exceptions.KeycloakGetError: 400: "{\\"error\\": \\"invalid_grant\\", \\"error_description\\": \\"Code not valid\\"}"',
      ...B400,
      top: 'oauth.invalid-code',
      excludes: ['token.revoked'],
    },
    {
      name: 'a client’s "Get Token Error" line (thunderbird-accounts#732)',
      input:
        'Get Token Error (url: https://auth.tb.pro/realms/tbpro/protocol/openid-connect/token/, status: 400, body: {"error":"invalid_grant","error_description":"Code not valid"})',
      ...B400,
      top: 'oauth.invalid-code',
      excludes: ['token.revoked'],
    },
    {
      name: 'the server’s log for a code used twice: OAuth2CodeParser and the event (keycloak-angular#464)',
      input: [
        "2022-12-29 07:55:50,841 WARN  [org.keycloak.protocol.oidc.utils.OAuth2CodeParser] (executor-thread-27) Code 'b199dad6-06c2-4e3d-9054-ebff4d96b459' already used for userSession '463987a6-5ab5-484b-b12a-24ee20abb1da' and client '9f330c7c-4985-4c0c-8185-8932b9fa7297'.",
        '2022-12-29 07:55:50,841 WARN  [org.keycloak.events] (executor-thread-27) type=CODE_TO_TOKEN_ERROR, realmId=bed9b38b, clientId=heresharing-back, userId=null, ipAddress=81.184.94.187, error=invalid_code, grant_type=authorization_code',
      ].join('\n'),
      ...REFUSED,
      top: 'oauth.invalid-code',
      via: 'keycloak',
    },
    {
      name: 'a code past its lifespan',
      input: ['HTTP/1.1 400 Bad Request', '', '{"error":"invalid_grant","error_description":"Code is expired"}'].join(
        '\n',
      ),
      ...B400,
      top: 'oauth.invalid-code',
      excludes: ['token.revoked'],
      expired: true,
    },
    {
      name: 'the expired_code event, quoted',
      input:
        'WARN  [org.keycloak.events] (executor-thread-3) type="CODE_TO_TOKEN_ERROR", realmId="b2b", clientId="web", userId="null", ipAddress="10.0.4.7", error="expired_code", grant_type="authorization_code"',
      ...REFUSED,
      top: 'oauth.invalid-code',
      expired: true,
    },
  ])('$name', async (row) => {
    const report = await expectPasteRow(row);
    if (row.expired !== undefined) {
      const f = report.findings.find((x) => x.code === 'oauth.invalid-code');
      expect(f?.args.expired).toBe(row.expired);
    }
  });

  it.each<Row>([
    {
      name: 'not: the words in prose that state nothing',
      input: 'our wiki lists Code not valid among the login errors to document',
      ...QUIET,
      excludes: ['oauth.invalid-code'],
    },
    {
      name: 'not: a refresh token refused with invalid_grant stays token.revoked',
      input: [
        'HTTP/1.1 400 Bad Request',
        '',
        '{"error":"invalid_grant","error_description":"Token is not active"}',
      ].join('\n'),
      status: 400,
      classification: 'authentication',
      top: 'token.revoked',
      excludes: ['oauth.invalid-code'],
    },
    {
      name: 'not: another product’s one-time code ("OTP Code not valid")',
      input: ['HTTP/1.1 400 Bad Request', '', '{"message":"OTP Code not valid"}'].join('\n'),
      status: 400,
      classification: 'undetermined',
      excludes: ['oauth.invalid-code'],
    },
    {
      name: 'not: invalid_code in a LOGIN_ERROR event (the login page’s session code, not the token endpoint)',
      input:
        'WARN  [org.keycloak.events] type=LOGIN_ERROR, realmId=b2b, clientId=web, userId=null, ipAddress=10.0.4.7, error=invalid_code',
      ...QUIET,
      excludes: ['oauth.invalid-code'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, token.type-mismatch: a type claim, not the typ header', () => {
  it('Keycloak’s TokenTypeCheck on a refresh token: the typ claim, its value, and words about the claim', async () => {
    const report = await expectPasteRow({
      name: 'keycloak typ claim',
      input:
        "2024-03-01 10:00:00 WARN [org.keycloak.adapters.BearerTokenRequestAuthenticator] Failed to verify token: org.keycloak.common.VerificationException: Token type is incorrect. Expected 'Bearer' but was 'Refresh'",
      ...REFUSED,
      top: 'token.type-mismatch',
      via: 'keycloak',
    });
    const f = report.findings[0];
    expect(f?.args).toMatchObject({ where: 'claim', claim: 'typ', typ: 'Refresh', expected: ['Bearer'] });
    expect(f?.title).toContain('typ claim');
    expect(f?.detail).not.toContain('typ header');
  });

  it('the header’s typ is not taken for the claim’s value', async () => {
    // A Keycloak access token's header says typ JWT; its refusal is about the typ claim.
    const header = Buffer.from('{"alg":"RS256","typ":"JWT","kid":"k1"}').toString('base64url');
    const payload = Buffer.from('{"typ":"Refresh","exp":1779979200}').toString('base64url');
    const report = await run(
      [
        `Authorization: Bearer ${header}.${payload}.***`,
        S401,
        "Failed to verify token: org.keycloak.common.VerificationException: Token type is incorrect. Expected 'Bearer' but was 'Refresh'",
      ].join('\n'),
    );
    const f = report.findings.find((x) => x.code === 'token.type-mismatch');
    expect(f?.args).toMatchObject({ where: 'claim', typ: 'Refresh' });
  });

  it('Flask-JWT-Extended’s refresh token where an access token goes: its type claim', async () => {
    const report = await expectPasteRow({
      name: 'flask',
      input: ['HTTP/1.1 422 UNPROCESSABLE ENTITY', '', '{"msg": "Only non-refresh tokens are allowed"}'].join('\n'),
      status: 422,
      classification: 'authentication',
      top: 'token.type-mismatch',
    });
    expect(report.findings[0]?.args).toMatchObject({ where: 'claim', claim: 'type', typ: 'refresh' });
  });

  it('not: jose’s typ header check keeps the header’s words', async () => {
    const report = await run(`${S401}\nJWTClaimValidationFailed: unexpected "typ" JWT header value`);
    const f = report.findings.find((x) => x.code === 'token.type-mismatch');
    expect(f?.args.where).toBeUndefined();
    expect(f?.detail).toContain('typ header');
  });
});

describe('formats, node-oidc-provider: a bound token’s binding not honoured', () => {
  it.each<Row>([
    {
      name: 'userinfo with a proof of another key: failed jkt verification',
      input: [
        S401,
        'WWW-Authenticate: DPoP realm="https://op.example.com", error="invalid_token", error_description="invalid token provided", algs="ES256 PS256"',
        '',
        "userinfo.error InvalidToken: invalid token provided { error_detail: 'failed jkt verification' }",
      ].join('\n'),
      ...A401,
      top: 'token.sender-constrained',
      via: 'oidc-provider',
    },
    {
      name: 'a certificate-bound token without its certificate: failed x5t#S256 verification',
      input: "userinfo.error InvalidToken: invalid token provided { error_detail: 'failed x5t#S256 verification' }",
      ...REFUSED,
      top: 'token.sender-constrained',
      via: 'oidc-provider',
    },
    {
      name: 'not: the words in prose',
      input: 'the spec test expects failed jkt verification when the proof key changes, right?',
      ...QUIET,
      excludes: ['token.sender-constrained'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, Ory fosite (Hydra) and Stytch: a session or token no longer active', () => {
  it.each<Row>([
    {
      name: 'Hydra’s userinfo answering an inactive token: a stated rejection, no token.missing',
      input: [
        S401,
        'Content-Type: application/json;charset=UTF-8',
        '',
        '{"error":"token_inactive","error_description":"Token is inactive because it is malformed, expired or otherwise invalid. Token validation failed."}',
      ].join('\n'),
      ...A401,
      top: 'challenge.invalid-token',
      via: 'fosite',
      excludes: ['token.missing'],
    },
    {
      name: 'Stytch’s 404 for a session that was revoked or ended',
      input: [
        'HTTP/1.1 404 Not Found',
        'Content-Type: application/json',
        '',
        '{"status_code": 404, "request_id": "request-id-live-3f1c2a9e", "error_type": "session_not_found", "error_message": "Session could not be found.", "error_url": "https://stytch.com/docs/api/errors/404"}',
      ].join('\n'),
      status: 404,
      classification: 'authentication',
      top: 'token.revoked',
      via: 'stytch',
    },
    {
      name: 'not: session_not_found as another API’s error code',
      input: 'HTTP/1.1 404 Not Found\n\n{"code": "session_not_found", "message": "No such checkout session"}',
      status: 404,
      classification: 'undetermined',
      excludes: ['token.revoked'],
    },
    {
      name: 'not: another server’s shorter "token is inactive"',
      input: `${S401}\n\n{"message":"token is inactive"}`,
      ...A401,
      excludes: ['challenge.invalid-token'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, Clerk: its reason header and its key loading', () => {
  it.each<Row>([
    {
      name: 'a devtools capture: x-clerk-auth-reason token-expired',
      input: [
        'HTTP/2 401',
        'x-clerk-auth-status: signed-out',
        'x-clerk-auth-reason: token-expired',
        'content-type: application/json',
      ].join('\n'),
      ...A401,
      top: 'time.expired',
      via: 'clerk',
    },
    {
      name: 'the header alone: token-invalid-signature',
      input: 'x-clerk-auth-status: signed-out\nx-clerk-auth-reason: token-invalid-signature',
      ...REFUSED,
      top: 'signature.invalid',
      via: 'clerk',
    },
    {
      name: 'azp outside authorizedParties, with the message header',
      input: [
        'HTTP/2 401',
        'x-clerk-auth-reason: token-invalid-authorized-parties',
        'x-clerk-auth-message: Invalid JWT Authorized party claim (azp) "https://app.example.com". Expected "https://www.example.com".',
      ].join('\n'),
      ...A401,
      top: 'claim.aud-mismatch',
      via: 'clerk',
    },
    {
      name: 'nbf ahead: token-not-active-yet',
      input: 'HTTP/2 401\nX-Clerk-Auth-Reason: token-not-active-yet',
      ...A401,
      top: 'time.not-yet-valid',
    },
    {
      name: 'JWKS not loaded: key.jwks-unavailable',
      input:
        'Error: Clerk: Failed to load JWKS from Clerk Backend or Frontend API. Contact support@clerk.com (reason=jwk-remote-failed-to-load, token-carrier=header)',
      ...REFUSED,
      top: 'key.jwks-unavailable',
      via: 'clerk',
    },
    {
      name: 'no key configured at all: verifier.misconfigured',
      input:
        'Clerk: Handshake token verification failed: Failed to resolve JWK during verification. Set the CLERK_JWT_KEY environment variable. (reason=jwk-failed-to-resolve, token-carrier=header)',
      ...REFUSED,
      top: 'verifier.misconfigured',
      via: 'clerk',
    },
    {
      name: 'not: the session-state reasons name no refused token',
      input:
        'HTTP/2 404\nx-clerk-auth-status: signed-out\nx-clerk-auth-reason: protect-rewrite, session-token-and-uat-missing',
      status: 404,
      classification: 'undetermined',
      excludes: ['time.expired', 'signature.invalid', 'claim.aud-mismatch'],
    },
    {
      name: 'not: a reason named in prose',
      input: 'Clerk says the reason is token-expired but my clock is fine',
      ...QUIET,
      excludes: ['time.expired'],
    },
    {
      name: 'not: another product’s header with the same value',
      input: 'HTTP/1.1 401 Unauthorized\nx-auth-reason: token-expired',
      ...A401,
      excludes: ['time.expired'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});
