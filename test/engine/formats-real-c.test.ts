/**
 * Round "real-c": pastes rebuilt from GitHub issue threads on other stacks (Django REST framework SimpleJWT, Cognito
 * identity pools, Laravel Passport, Google Cloud Endpoints' ESP and Endpoints Frameworks, devise-jwt): hosts and
 * tokens replaced, the software's own words kept. Each group cites its thread; what the maintainers found the cause to
 * be is what the row expects. Sources for the words are beside the rows in parse/verifier-messages/*.ts. Each group
 * ends with near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

/** A SimpleJWT sliding token (its `token_type` claim), signed: what jazzband/djangorestframework-simplejwt#112 sent. */
const SLIDING = hs256({ token_type: 'sliding', exp: CLAIMS.exp, jti: '3de059498c85457bbc506464bf441846', user_id: 1 });
const SLIDING_SIGNATURE = SLIDING.split('.')[2] as string;

// jazzband/djangorestframework-simplejwt#112 (a sliding token sent to an AccessToken API) and #785 ("WAS USING REFRESH
// TOKEN INSTEAD OF ACCESS"): the class's reason is "Token has wrong type", a token of another class, not a bad one.
const SIMPLEJWT: Row[] = [
  {
    name: 'SimpleJWT: a sliding token sent where an access token goes, curl and compact reply',
    input: [
      `curl -H "Authorization: Bearer ${SLIDING}" http://localhost:8000/schedule/`,
      '{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token has wrong type"}]}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'simplejwt',
  },
  {
    name: "SimpleJWT: the same reason as a client prints DRF's ErrorDetail repr (#785)",
    input:
      "{'detail': ErrorDetail(string='Given token not valid for any token type', code='token_not_valid'), 'code':\nErrorDetail(string='token_not_valid', code='token_not_valid'), 'messages': [{'token_class':\nErrorDetail(string='AccessToken', code='token_not_valid'), 'token_type': ErrorDetail(string='access',\ncode='token_not_valid'), 'message': ErrorDetail(string='Token has wrong type', code='token_not_valid')}]}",
    ...REFUSED,
    top: 'token.type-mismatch',
  },
  {
    name: 'SimpleJWT: a blacklisted (logged-out) token, pretty-printed behind a 401',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      '{',
      '    "detail": "Given token not valid for any token type",',
      '    "code": "token_not_valid",',
      '    "messages": [',
      '        {',
      '            "token_class": "AccessToken",',
      '            "token_type": "access",',
      '            "message": "Token is blacklisted"',
      '        }',
      '    ]',
      '}',
    ].join('\n'),
    ...A401,
    top: 'token.revoked',
  },
  {
    name: 'near-miss: "Token is invalid or expired" (#925) names no single cause',
    input:
      '{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    excludes: ['token.type-mismatch', 'token.revoked', 'time.expired'],
  },
  {
    name: 'near-miss: another app\'s own "Token has wrong type"',
    input: '{"message":"Token has wrong type"}',
    ...QUIET,
    excludes: ['token.type-mismatch'],
  },
];

// qqaatw/JciHitachiHA#33: a Cognito identity pool refusing the user pool's expired ID token (now >= exp), and
// amazon-archives/amazon-cognito-identity-js#91: its signature check.
const COGNITO_IDENTITY: Row[] = [
  {
    name: 'Cognito identity pool: "Invalid login token. Token expired: now >= exp"',
    input:
      'error message : 2022-11-02 13:14:58.302 ERROR (Dummy-5) [JciHitachi.aws_connection] An error occurred when acquiring a new AwsCredentials: NotAuthorizedException Invalid login token. Token expired: 1667365798 >= 1667235770',
    ...REFUSED,
    top: 'time.expired',
    via: 'cognito',
  },
  {
    name: 'Cognito identity pool: "Couldn\'t verify signed token"',
    input: '{"__type":"NotAuthorizedException","message":"Invalid login token. Couldn\'t verify signed token."}',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'cognito',
  },
  {
    name: 'near-miss: "Invalid login token. Not a Cognito token." names neither',
    input:
      'Invalid login token. Not a Cognito token. (Service: AmazonCognitoIdentity; Status Code: 400; Error Code: NotAuthorizedException)',
    status: 400,
    classification: 'undetermined',
    excludes: ['time.expired', 'signature.invalid'],
  },
];

// laravel/passport#251: Laravel's log of the resource guard refusing the token, its stack frames' arguments cut by
// PHP ('The JWT string ...': lcobucci's "must have two dots", the token was not a JWT).
const PASSPORT: Row[] = [
  {
    name: "Passport: BearerTokenValidator's accessDenied frame, its hint cut at 'The JWT string ...'",
    input: [
      '[2017-01-25 14:40:12] local.ERROR: League\\OAuth2\\Server\\Exception\\OAuthServerException: The resource owner or authorization server denied the request. in /home/vagrant/Code/app/vendor/league/oauth2-server/src/Exception/OAuthServerException.php:165',
      'Stack trace:',
      "#0 /home/vagrant/Code/app/vendor/league/oauth2-server/src/AuthorizationValidators/BearerTokenValidator.php(77): League\\OAuth2\\Server\\Exception\\OAuthServerException::accessDenied('The JWT string ...')",
      '#1 /home/vagrant/Code/app/vendor/league/oauth2-server/src/ResourceServer.php(82): League\\OAuth2\\Server\\AuthorizationValidators\\BearerTokenValidator->validateAuthorization(Object(Zend\\Diactoros\\ServerRequest))',
    ].join('\n'),
    ...REFUSED,
    top: 'token.malformed',
    via: 'league-oauth2-server',
  },
  {
    name: 'Passport: the same frame with another hint is a stated invalid token',
    input:
      "#0 /var/www/vendor/league/oauth2-server/src/AuthorizationValidators/BearerTokenValidator.php(93): League\\OAuth2\\Server\\Exception\\OAuthServerException::accessDenied('Access token co...')",
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'league-oauth2-server',
  },
  {
    name: "Passport: the 401 body with lcobucci's whole hint",
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      '{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"The JWT string must have two dots","message":"The resource owner or authorization server denied the request."}',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'near-miss: accessDenied from the authorization endpoint (the user declined) is no token refusal',
    input:
      "#0 /var/www/vendor/league/oauth2-server/src/Grant/AuthCodeGrant.php(312): League\\OAuth2\\Server\\Exception\\OAuthServerException::accessDenied('The user denied...')",
    ...QUIET,
    excludes: ['challenge.invalid-token', 'token.malformed'],
  },
];

// cloudendpoints/esp#310 (a token whose parts carried base64 padding: BAD_FORMAT) and #640 (the audience was not the
// service's name); GoogleCloudPlatform/java-docs-samples#590 (Endpoints Frameworks' EspAuthenticator given Google's
// opaque access token for a JWT).
const GOOGLE_ENDPOINTS: Row[] = [
  {
    name: 'ESP: "JWT validation failed: BAD_FORMAT" in its JSON error',
    input:
      '{\n "code": 16,\n "message": "JWT validation failed: BAD_FORMAT",\n "details": [\n  {\n   "@type": "type.googleapis.com/google.rpc.DebugInfo",\n   "stackEntries": [],\n   "detail": "auth"\n  }\n ]\n}',
    ...REFUSED,
    top: 'token.malformed',
    via: 'esp',
  },
  {
    name: 'ESP: "JWT validation failed: Audience not allowed"',
    input: '{\n "code": 7,\n "message": "JWT validation failed: Audience not allowed"\n}',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'esp',
  },
  {
    name: 'ESP: "JWT validation failed: Issuer not allowed" behind a 401',
    input: ['HTTP/1.1 401 Unauthorized', '', '{"code":16,"message":"JWT validation failed: Issuer not allowed"}'].join(
      '\n',
    ),
    ...A401,
    top: 'claim.iss-mismatch',
  },
  {
    name: 'Endpoints Frameworks: jose4j given a two-part credential',
    input:
      'com.google.api.server.spi.auth.EspAuthenticator authenticate: Authentication failed: com.google.api.auth.UnauthenticatedException: org.jose4j.jwt.consumer.InvalidJwtException: Unable to process JOSE object (cause: org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.): ya29.GlsjBAwcRb-NJaQ3kLmNoPq',
    ...REFUSED,
    // Round left-k: the ya29 credential is the wrong kind of token (an access token where a JWT is wanted).
    top: 'token.opaque',
  },
  {
    name: 'near-miss: an application\'s own "JWT validation failed: %s" in its source',
    input: 'logger.warning("JWT validation failed: %s", e)',
    ...QUIET,
    excludes: ['token.malformed', 'claim.aud-mismatch'],
  },
  {
    name: 'near-miss: the status name in lower case, in prose',
    input: 'does JWT validation failed: bad_format mean my token is wrong?',
    ...QUIET,
    excludes: ['token.malformed'],
  },
];

// waiting-for-dev/devise-jwt#135: devise-jwt's 401 for a token its revocation strategy refused.
const DEVISE_JWT: Row[] = [
  {
    name: 'devise-jwt: {"error": "revoked token"} behind a 401',
    input: 'Status:  401\n{\n    "error": "revoked token"\n}',
    ...A401,
    top: 'token.revoked',
    via: 'warden-jwt_auth',
    excludes: ['token.missing'],
  },
  {
    name: 'near-miss: the words in a sentence',
    input: 'Status: 401\nwhy do I get a revoked token right after login?',
    ...A401,
    excludes: ['token.revoked'],
  },
];

describe('formats, round real-c: pastes from issue threads', () => {
  it.each([...SIMPLEJWT, ...COGNITO_IDENTITY, ...PASSPORT, ...GOOGLE_ENDPOINTS, ...DEVISE_JWT])(
    '$name',
    async (row) => {
      await expectPasteRow(row, [SLIDING_SIGNATURE, SLIDING_SIGNATURE.slice(0, 16), SLIDING_SIGNATURE.slice(-16)]);
    },
  );
});

describe('formats, round real-c: values read from the paste', () => {
  it("SimpleJWT's wrong type names the claim and the class's own type", async () => {
    const report = await run(SIMPLEJWT[0]?.input as string);
    const f = report.findings.find((x) => x.code === 'token.type-mismatch');
    expect(f?.args).toMatchObject({ where: 'claim', claim: 'token_type', expected: ['access'] });
  });

  it('the sliding token SimpleJWT refused is never echoed', async () => {
    const json = JSON.stringify(await run(SIMPLEJWT[0]?.input as string));
    expect(json.includes(SLIDING_SIGNATURE)).toBe(false);
  });
});
