/**
 * Round idp5: hosted identity providers' own refusals. FusionAuth's OAuth `error_reason` (OAuthError.OAuthErrorReason;
 * FusionAuth/fusionauth-issues#211 for the token endpoint's auth_code_not_found) and fusionauth-jwt's exception classes
 * (JWTDecoder.java), Logto's API error codes (packages/core/src/middleware/koa-auth/index.ts), SuperTokens' session
 * replies (supertokens-node lib/ts/recipe/session/utils.ts) and WorkOS's spent refresh token (workos/authkit-remix#7).
 * The `not:` rows hold what must stay as it was: the words in prose, another package's class, another member, a longer
 * message.
 */
import { describe, it } from 'vitest';
import { A401, A403, EXPIRED, JSON_CT, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const B400 = { status: 400, classification: 'authentication' } as const;
const reply = (status: string, body: string) => [status, JSON_CT, '', body].join('\n');

describe('formats, FusionAuth: error_reason names the cause', () => {
  it.each<Row>([
    {
      name: 'the userinfo endpoint’s expired access token',
      input: reply(
        S401,
        '{"error":"invalid_token","error_description":"The access token has expired.","error_reason":"access_token_expired"}',
      ),
      ...A401,
      top: 'time.expired',
      via: 'fusionauth',
    },
    {
      name: 'an access token not yet valid (nbf)',
      input: reply(
        S401,
        '{"error":"invalid_token","error_description":"The access token is unavailable for processing.","error_reason":"access_token_unavailable_for_processing"}',
      ),
      ...A401,
      top: 'time.not-yet-valid',
      via: 'fusionauth',
      excludes: ['time.expired'],
    },
    {
      name: 'an access token that cannot be parsed',
      input: reply(
        S401,
        '{"error":"invalid_token","error_description":"The access token cannot be parsed.","error_reason":"access_token_malformed"}',
      ),
      ...A401,
      top: 'token.malformed',
      via: 'fusionauth',
    },
    {
      name: 'the token endpoint’s code it does not hold (fusionauth-issues#211), not a malformed request',
      input: [
        'HTTP/1.1 400 Bad Request',
        JSON_CT,
        '',
        '{"error":"invalid_request","error_description":"Invalid Authorization Code","error_reason":"auth_code_not_found"}',
      ].join('\n'),
      ...B400,
      top: 'oauth.invalid-code',
      via: 'fusionauth',
      excludes: ['challenge.invalid-request', 'token.revoked'],
    },
    {
      name: 'the same, as a JavaScript client logs the parsed body (fusionauth-issues#150)',
      input:
        "{ error: 'invalid_request', error_description: 'Invalid Authorization Code',\n error_reason: 'auth_code_not_found' }",
      ...REFUSED,
      top: 'oauth.invalid-code',
      via: 'fusionauth',
    },
    {
      name: 'a refresh token it does not hold',
      input: reply('HTTP/1.1 400 Bad Request', '{"error":"invalid_grant","error_reason":"refresh_token_not_found"}'),
      ...B400,
      top: 'token.revoked',
      via: 'fusionauth',
    },
    {
      name: 'fusionauth-jwt’s JWTExpiredException in a stack trace',
      input:
        'io.fusionauth.jwt.JWTExpiredException\n\tat io.fusionauth.jwt.JWTDecoder.validate(JWTDecoder.java:223)\n\tat io.fusionauth.jwt.JWTDecoder.decode(JWTDecoder.java:124)',
      ...REFUSED,
      top: 'time.expired',
      via: 'fusionauth-jwt',
    },
    {
      name: 'not: the reason names in prose',
      input: 'our dashboard groups failures by error_reason, mostly access_token_expired and auth_code_not_found',
      ...QUIET,
      excludes: ['time.expired', 'oauth.invalid-code'],
    },
    {
      name: 'not: another package’s JWTExpiredException',
      input: 'com.acme.auth.JWTExpiredException: token for user 42 expired',
      ...QUIET,
      excludes: ['time.expired'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });

  it('quotes the reply, never the token sent with it', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'request and reply',
        input: [
          'GET /oauth2/userinfo HTTP/1.1',
          'Host: auth.example.com',
          `Authorization: Bearer ${EXPIRED}`,
          '',
          reply(
            S401,
            '{"error":"invalid_token","error_description":"The access token has expired.","error_reason":"access_token_expired"}',
          ),
        ].join('\n'),
        ...A401,
        top: 'time.expired',
      },
      [signature, signature.slice(10, 26)],
    );
  });
});

describe('formats, Logto: the API’s error codes', () => {
  it.each<Row>([
    {
      name: 'auth.unauthorized: the token was refused',
      input: reply(
        S401,
        '{"message":"Unauthorized. Please check credentials and its scope.","code":"auth.unauthorized","data":null}',
      ),
      ...A401,
      top: 'challenge.invalid-token',
      via: 'logto',
      excludes: ['token.missing'],
    },
    {
      name: 'auth.forbidden: the Management API scope is missing',
      input: reply(
        S403,
        '{"message":"Forbidden. Please check your user roles and permissions.","code":"auth.forbidden"}',
      ),
      ...A403,
      top: 'scope.insufficient',
      via: 'logto',
    },
    {
      name: 'auth.authorization_token_type_not_supported: not Bearer',
      input: reply(
        S401,
        '{"message":"Authorization type is not supported.","code":"auth.authorization_token_type_not_supported","data":{"supportedTypes":["Bearer"]}}',
      ),
      ...A401,
      top: 'authz-header.scheme',
      via: 'logto',
    },
    {
      name: 'auth.jwt_sub_missing',
      input: reply(S401, '{"message":"Missing `sub` in JWT.","code":"auth.jwt_sub_missing"}'),
      ...A401,
      top: 'claim.sub-missing',
      via: 'logto',
    },
    {
      name: 'auth.authorization_header_missing',
      input: reply(S401, '{"message":"Authorization header is missing.","code":"auth.authorization_header_missing"}'),
      ...A401,
      top: 'token.missing',
      via: 'logto',
    },
    {
      name: 'not: the code in another member',
      input: reply(S401, '{"error":"auth.unauthorized","message":"nope"}'),
      ...A401,
      excludes: ['challenge.invalid-token'],
    },
    {
      name: 'not: a longer code',
      input: reply(S403, '{"code":"auth.forbidden_resource","message":"no"}'),
      ...A403,
      excludes: ['scope.insufficient'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, SuperTokens: the session recipe’s replies', () => {
  it.each<Row>([
    {
      name: 'try refresh token: the access token failed verification',
      input: reply(S401, '{"message":"try refresh token"}'),
      ...A401,
      top: 'challenge.invalid-token',
      via: 'supertokens',
      excludes: ['token.missing'],
    },
    {
      name: 'token theft detected: the session was revoked',
      input: reply(S401, '{"message":"token theft detected"}'),
      ...A401,
      top: 'token.revoked',
      via: 'supertokens',
    },
    {
      name: 'invalid claim: a claim validator refused the session',
      input: reply(
        S403,
        '{"message":"invalid claim","claimValidationErrors":[{"id":"st-role","reason":{"message":"wrong value","expectedToInclude":"admin","actualValue":["user"]}}]}',
      ),
      ...A403,
      top: 'policy.deny',
      via: 'supertokens',
    },
    {
      name: 'not: the words inside a longer message',
      input: reply(S401, '{"message":"please try refresh token later"}'),
      ...A401,
      excludes: ['challenge.invalid-token'],
    },
    {
      name: 'not: "invalid claims" is another product’s',
      input: reply(S403, '{"message":"invalid claims","detail":"x"}'),
      ...A403,
      excludes: ['policy.deny'],
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, WorkOS: a refresh token already exchanged', () => {
  it('reads the AuthKit log as a spent refresh token (authkit-remix#7)', async () => {
    await expectPasteRow({
      name: 'authkit log',
      input: [
        '2024-07-10T20:40:25.965Z Trace: Session invalid. Attempting refresh <token-1>',
        '2024-07-10T20:40:26.262Z Error Description: Refresh token already exchanged.',
        'Failed to refresh. Deleting cookie and redirecting. OauthException: Error: invalid_grant',
      ].join('\n'),
      ...REFUSED,
      top: 'token.revoked',
      via: 'workos',
    });
  });
});
