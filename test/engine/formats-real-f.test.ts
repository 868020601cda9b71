/**
 * Round "real-f": pastes rebuilt from GitHub issue threads for the stacks earlier rounds barely touched (Open Liberty's
 * MicroProfile JWT, Quarkus before SmallRye's SRJWT codes, Ceph RGW's STS, Appwrite, Directus, PocketBase). Hosts and
 * tokens are replaced, the software's own words kept; each group cites its thread, and what the thread found the cause
 * to be is what the row expects. Sources for the words are beside the rows in parse/verifier-messages/
 * more-frameworks.ts, java.ts and parse/error-bodies.ts. Each group ends with near-misses that must read as before.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SIGNATURE = SIGNED.split('.')[2] as string;
const SECRETS = [SIGNATURE, SIGNATURE.slice(0, 16)];

const LIBERTY_TAI =
  '[8/31/20, 16:25:00:649 CDT] 0000003a com.ibm.ws.security.mp.jwt.tai.MicroProfileJwtTAI            E ';

// OpenLiberty/open-liberty#13757 (an iat ahead of the server's clock), #9309 (a public key configured without its PEM
// lines: no key to verify with), #23904 (the wrapper with an unresolved detail): Open Liberty's CWWKS codes.
const OPEN_LIBERTY: Row[] = [
  {
    name: 'CWWKS5523E wrapping CWWKS6044E: the token was issued in the future',
    input: `${LIBERTY_TAI}CWWKS5523E: The MicroProfile JWT feature cannot authenticate the request because the token that is included in the request cannot be validated. CWWKS6044E: The JSON Web Token (JWT) is not valid because the issued at ('iat') claim specifies a date later than the current time. The 'iat' claim time is [2020-08-31T16:30:05-0500]. The current time plus the clock skew is [2020-08-31T16:30:00-0500]. The configured clock skew is [300] seconds.`,
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'open-liberty',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'CWWKS6029E: the consumer has no key to verify with',
    input:
      'CWWKS5523E: The MicroProfile JWT feature cannot authenticate the request because a valid JWT cannot be created from the token included in the request. CWWKS6029E: The JSON Web Token (JWT) cannot be validated because a signing key cannot be found. The configured signature algorithm [RS256] requires a key to validate the token.',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'open-liberty',
  },
  {
    name: 'CWWKS6022E: the issuer is not a trusted one',
    input: `${LIBERTY_TAI}CWWKS5523E: The MicroProfile JWT feature cannot authenticate the request because the token that is included in the request cannot be validated. CWWKS6022E: The [https://auth.staging.acme-corp.com/] issuer of the provided JSON Web Token (JWT) is not listed as a trusted issuer in the [mpJwt_1] JWT configuration. The trusted issuers are [https://auth.acme-corp.com/].`,
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'open-liberty',
  },
  {
    name: 'CWWKS6025E: the token expired',
    input:
      "CWWKS6025E: The JSON Web Token (JWT) is not valid because its expiration ('exp') claim is either missing or the token expired. The expiration claim is [2026-05-28T13:02:00+0000]. The current time minus the clock skew is [2026-05-28T14:05:00+0000]. The configured clock skew is [300] seconds.",
    ...REFUSED,
    top: 'time.expired',
    via: 'open-liberty',
  },
  {
    name: 'the wrapper alone (#23904, its detail an unresolved key): a token was refused',
    input:
      '[1/12/23, 16:31:50:326 CST] 0000004d com.ibm.ws.security.mp.jwt.tai.MicroProfileJwtTAI            E CWWKS5523E: The MicroProfile JWT feature cannot authenticate the request because the token that is included in the request cannot be validated. CWWKS5524E: The MicroProfile JWT feature encountered an error while creating a JWT by using the [mpJwt_1] configuration and the token included in the request. CWWKS6031E: The JSON Web Token (JWT) consumer [mpJwt_1] cannot process the token string. JWT_TOKEN_AGE_AFTER_CURRENT_TIME',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'open-liberty',
  },
  {
    name: 'near-miss: a code named in prose, without its message',
    input: 'grep CWWKS6025E messages.log finds nothing since the upgrade',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

// quarkusio/quarkus#7502 (an expired token, Quarkus 1.2's MpJwtValidator at DEBUG) and smallrye/smallrye-jwt#95:
// SmallRye JWT's ParseException "Failed to verify token", before its SRJWT codes.
const SMALLRYE: Row[] = [
  {
    name: 'ParseException inside Elytron RealmUnavailableException: a token was refused',
    input: [
      'DEBUG [io.qu.sm.jw.ru.au.JwtIdentityManager]] (executor-thread-1) failed, id=jdoe@acme-corp.com, credential=io.quarkus.smallrye.jwt.runtime.auth.JWTCredential@7619667a: org.wildfly.security.auth.server.RealmUnavailableException: Failed to verify token',
      '\tat io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator.validateClaimsSet(MpJwtValidator.java:44)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'smallrye-jwt',
  },
  {
    name: "with jose4j's cause beside it, the cause leads",
    input: [
      'DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (vert.x-eventloop-thread-6) Authentication failed: io.smallrye.jwt.auth.principal.ParseException: Failed to verify token',
      '\tat io.smallrye.jwt.auth.principal.DefaultJWTTokenParser.parse(DefaultJWTTokenParser.java:113)',
      'Caused by: org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims->{"sub":"jdoe","exp":1583050300}) rejected due to invalid claims or other invalid content. Additional details: [[1] The JWT is no longer valid - the evaluation time NumericDate{1583136563 -> Mar 2, 2020 8:09:23 AM UTC} is on or after the Expiration Time (exp=NumericDate{1583050300 -> Mar 1, 2020 8:11:40 AM UTC}) claim value (even when providing 0 seconds of leeway to account for clock skew).]',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
  },
  {
    // argoproj/argo-cd#21493: Argo CD's own "Failed to verify token: …" names its cause.
    name: "near-miss: Argo CD's sentence stays go-oidc's expiry",
    input:
      'time="2025-01-14T14:20:55Z" level=warning msg="Failed to verify token: failed to verify token: oidc: token is expired (Token Expiry: 2025-01-14 10:40:08 +0000 UTC)"',
    ...REFUSED,
    top: 'time.expired',
    via: 'go-oidc',
    excludes: ['challenge.invalid-token'],
  },
];

// ceph/ceph#70565: RGW's STS refused AssumeRoleWithWebIdentity once the web token expired; its jwt-cpp message is run
// into RGW's own words.
const CEPH: Row[] = [
  {
    name: 'RGW sts:assume_role_web_identity: jwt-cpp says the token expired',
    input: [
      '2026-08-11T18:10:49.102+0000 7fd6effd96c0 10 req 3549180224494298857 0.002999969s sts:assume_role_web_identity Signature validation using x5c failedtoken verification failed: token expired',
      '2026-08-11T18:10:49.102+0000 7fd6effd96c0  0 req 3549180224494298857 0.002999969s sts:assume_role_web_identity Signature can not be validated with the JWKS present.',
      '2026-08-11T18:10:49.102+0000 7fd6effd96c0  5 req 3549180224494298857 0.002999969s sts:assume_role_web_identity Invalid JWT token',
      '2026-08-11T18:10:49.102+0000 7fd6effd96c0 10 failed to authorize request',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jwt-cpp',
  },
  {
    name: "near-miss: another library's sentence is not jwt-cpp's",
    input: 'JWT verification failed: token expired',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

// appwrite/appwrite#6975 (a server SDK call refused on the collection's permissions; #7722's maintainer: "the user
// doesn't have permissions to access the collection") and apps matching "User (role: guests) missing scope (account)"
// as "not logged in".
const APPWRITE: Row[] = [
  {
    name: "user_unauthorized (401): the collection's permissions refuse the caller",
    input: [
      'AppwriteException [Error]: The current user is not authorized to perform the requested action.',
      '    at Client.call (/srv/app/node_modules/node-appwrite/lib/client.js:174:31)',
      '    at async Databases.createDocument (/srv/app/node_modules/node-appwrite/lib/services/databases.js:1691:16) {',
      '  code: 401,',
      "  type: 'user_unauthorized',",
      '  response: {',
      "    message: 'The current user is not authorized to perform the requested action.',",
      '    code: 401,',
      "    type: 'user_unauthorized',",
      "    version: '0.11.13'",
      '  }',
      '}',
    ].join('\n'),
    // A stated policy denial; its 401 stands, as Apigee's does (formats-gw.test.ts).
    ...A401,
    top: 'policy.deny',
    via: 'appwrite',
    excludes: ['token.missing'],
  },
  {
    name: 'the guests role missing a scope: no session or JWT came',
    input: 'AppwriteException: User (role: guests) missing scope (account)',
    ...REFUSED,
    top: 'token.missing',
    via: 'appwrite',
  },
  {
    name: 'near-miss: a signed-in role missing a scope is not a missing token',
    input: 'AppwriteException: User (role: users) missing scope (teams.write)',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'near-miss: the type named in prose',
    input: 'we forward user_unauthorized errors to Sentry',
    ...QUIET,
    excludes: ['policy.deny'],
  },
];

// LaWebcapsule/d9#111 and directus/directus#12275 (an access token past its TTL), Directus's error envelope.
const DIRECTUS: Row[] = [
  {
    name: 'TOKEN_EXPIRED: the access token expired',
    input: 'GET /users/me 401\n{"errors":[{"message":"Token expired.","extensions":{"code":"TOKEN_EXPIRED"}}]}',
    ...A401,
    top: 'time.expired',
    via: 'directus',
    includes: ['challenge.invalid-token'],
    excludes: ['token.missing'],
  },
  {
    name: 'INVALID_TOKEN: a token Directus could not verify',
    input: 'HTTP/1.1 403 Forbidden\n\n{"errors":[{"message":"Invalid token.","extensions":{"code":"INVALID_TOKEN"}}]}',
    status: 403,
    classification: 'authentication',
    includes: ['challenge.invalid-token', 'status.mismatch'],
  },
  {
    name: 'near-miss: INVALID_CREDENTIALS is also a failed password login',
    input: '{"errors":[{"message":"Invalid user credentials.","extensions":{"code":"INVALID_CREDENTIALS"}}]}',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

// pocketbase/pocketbase#3125: authRefresh from Next.js middleware behind a proxy, answered as for a guest.
const POCKETBASE: Row[] = [
  {
    name: 'RequireRecordAuth: no accepted token came',
    input:
      '{\n  "errorDetails": "<nil>",\n  "errorMessage": "The request requires valid record authorization token to be set."\n}',
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'the 0.23 wording, as the reply',
    input:
      'HTTP/1.1 401 Unauthorized\n\n{"status":401,"message":"The request requires valid record authorization token.","data":{}}',
    ...A401,
    top: 'token.missing',
  },
  {
    name: 'near-miss: the sentence quoted in a question',
    input:
      'Why does PocketBase say "The request requires valid record authorization token to be set." when I am logged in?',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'beside a request that sent a token, the token is judged, not called missing',
    input: [
      'POST /api/collections/users/auth-refresh HTTP/1.1',
      'Host: pb.acme-corp.com',
      `Authorization: ${SIGNED}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      '',
      '{"code":401,"message":"The request requires valid record authorization token to be set.","data":{}}',
    ].join('\n'),
    ...A401,
    excludes: ['token.missing'],
  },
];

describe('formats, round real-f: stacks earlier rounds barely touched', () => {
  it.each([...OPEN_LIBERTY, ...SMALLRYE, ...CEPH, ...APPWRITE, ...DIRECTUS, ...POCKETBASE])('$name', async (row) => {
    await expectPasteRow(row, SECRETS);
  });
});
