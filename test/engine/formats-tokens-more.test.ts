/**
 * Round 26 of real-world pastes: the token itself, as it really arrives. Where it sits (a Cookie, a query, a form body, a
 * WebSocket URL, grpcurl's metadata, a nested JSON log, the headers identity proxies pass it on in), how it is mangled
 * (padded or standard base64, escaped twice in a URL, a shell continuation, a terminal's wrap, zero-width and no-break
 * spaces, quotes, a log's truncation), what it holds (typ, alg, time claims as floats, strings, milliseconds, the IdPs'
 * role claims) and the keys it is checked with (x5c only, a certificate, an RSA key for an ES256 token, an HS256
 * secret, a kid in another case). Product strings are confirmed in public sources named beside their rows (or in the
 * matcher that reads them). Reading choices: docs/findings.md, "Reading the rules" and the project readings (round 26).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, it } from 'vitest';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import { NOW } from '../helpers/catches.js';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  MISREAD,
  NOT_MISSING,
  REFUSED,
  S401,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, hs256, otherRsa, rs256, rsa, unsigned } from '../helpers/tokens.js';

type Row = PasteRow & { options?: DiagnoseOptions };

const EXPIRED_EXP = NOW - 480;
const sigOf = (t: string) => t.split('.')[2] as string;

/** A request as curl -v prints it, with one header line, and the 401 after it. */
const curl = (header: string) =>
  ['> GET /v1/orders HTTP/1.1', '> Host: api.acme-corp.com', `> ${header}`, '>', '< HTTP/1.1 401 Unauthorized'].join(
    '\n',
  );
const masked = (header: Record<string, unknown>, payload: Record<string, unknown>) =>
  unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1', ...header }, payload);

// The AWS ALB's authenticate action signs x-amzn-oidc-data with ES256 and, unlike a JWS, keeps base64 padding: "The JWT
// format includes a header, payload, and signature that are base64 URL encoded, and includes padding characters at the
// end" (docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html, quoted in
// dvsekhvalnov/jose-jwt#271; awsdocs/elb-application-load-balancers-user-guide#42; node-jws refuses it, auth0/node-jws#98).
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pad = (s: string) => s + '='.repeat((4 - (s.length % 4)) % 4);
function albToken(exp: number): string {
  const header = {
    typ: 'JWT',
    kid: '12e3a4b5-6c7d-8e9f-0a1b-2c3d4e5f6a7b',
    alg: 'ES256',
    iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
    client: '4example0clientid0abc',
    signer: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188',
    exp,
  };
  // A username long enough that both parts need padding.
  for (let n = 0; n < 100; n++) {
    const h = pad(b64url(header));
    const p = pad(
      b64url({ sub: '6650f1c2-a9d3-e4b5', email_verified: 'true', username: `alice${'x'.repeat(n)}`, exp }),
    );
    if (!h.endsWith('=') || !p.endsWith('=')) continue;
    const s = sign('sha256', Buffer.from(`${h}.${p}`), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${h}.${p}.${pad(s.toString('base64url'))}`;
  }
  throw new Error('no padded ALB token');
}
const ALB_FRESH = albToken(NOW + 600);
const ALB_EXPIRED = albToken(NOW - 480);

/** EXPIRED re-encoded in standard base64 (`+`, `/`, padding): an encoder that used the wrong alphabet. */
const STANDARD = (() => {
  for (let n = 0; n < 100; n++) {
    const t = rs256({ ...CLAIMS, iat: NOW - 3600, exp: EXPIRED_EXP, nick: `${'~'.repeat(n)}?>` });
    const std = t
      .split('.')
      .map((p) => pad(p.replaceAll('-', '+').replaceAll('_', '/')))
      .join('.');
    if (/[+/]/.test(std.split('.')[1] as string)) return std;
  }
  throw new Error('no standard-base64 token');
})();

/**
 * WSO2 API Manager's backend JWT as older releases sent it in X-JWT-Assertion: standard base64 with padding, `+` and
 * `/` in the signature, alg SHA256withRSA and exp in milliseconds (a captured one in
 * AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet#277; wso2/product-apim#7751 "sent JWT was
 * encoded with base64 encoding").
 */
const WSO2 = (() => {
  const std = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
  for (let n = 0; n < 100; n++) {
    const h = std({ typ: 'JWT', alg: 'SHA256withRSA', x5t: `ZWU5YjlkMjE4ZGQ1${'A'.repeat(n % 3)}` });
    const p = std({
      iss: 'wso2.org/products/am',
      exp: (NOW - 480) * 1000,
      'http://wso2.org/claims/subscriber': `alice${'x'.repeat(n)}`,
      'http://wso2.org/claims/applicationname': 'DefaultApplication',
      'http://wso2.org/claims/enduser': 'alice@carbon.super',
    });
    const s = sign('sha256', Buffer.from(`${h}.${p}`), rsa.privateKey).toString('base64');
    if (h.endsWith('=') && p.endsWith('=') && /[+/]/.test(s)) return `${h}.${p}.${s}`;
  }
  throw new Error('no WSO2-shaped token');
})();

/** Escaped twice: `%252E` for each dot, as a URL encoded again by a redirect or a proxy carries it. */
const twice = (t: string) => t.replaceAll('.', '%252E').replaceAll('-', '%252D').replaceAll('_', '%255F');

const WHERE: Row[] = [
  {
    name: 'curl -v: the token in a Cookie (access_token=…; Path=/), no Authorization header',
    input: curl(`Cookie: access_token=${EXPIRED_MASKED}; Path=/`),
    ...A401,
    includes: ['time.expired', 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
    excludes: MISREAD,
  },
  {
    name: 'the token in the query (?access_token=…&page=2) of a request line',
    input: [`GET /v1/orders?access_token=${EXPIRED_MASKED}&page=2 HTTP/1.1`, 'Host: api.acme-corp.com', '', S401].join(
      '\n',
    ),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'a JWT bearer grant: assertion=… in a form body, then the 401',
    input: [
      'POST /oauth/token HTTP/1.1',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${EXPIRED_MASKED}`,
      '',
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Chrome's console line for a refused WebSocket upgrade (seen verbatim in many public READMEs and issues).
    name: "Chrome: WebSocket connection to 'wss://…?token=…' failed: … Unexpected response code: 401",
    input: `WebSocket connection to 'wss://api.acme-corp.com/ws?token=${EXPIRED_MASKED}' failed: Error during WebSocket handshake: Unexpected response code: 401`,
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // grpcurl -v prints "Request metadata to send:" and "Response trailers received:" (public captures of its output);
    // `Jwt is expired` is Envoy's jwt_authn words (parse/verifier-messages).
    name: 'grpcurl -v: authorization: bearer … in its metadata, Envoy’s Jwt is expired in the trailers',
    input: [
      `$ grpcurl -v -H "authorization: bearer ${EXPIRED_MASKED}" api.acme-corp.com:443 orders.v1.Orders/List`,
      '',
      'Request metadata to send:',
      `authorization: bearer ${EXPIRED_MASKED}`,
      '',
      'Response headers received:',
      '(empty)',
      '',
      'Response trailers received:',
      'content-type: application/grpc',
      'www-authenticate: Bearer error="invalid_token"',
      'Sent 0 requests and received 0 responses',
      'ERROR:',
      '  Code: Unauthenticated',
      '  Message: Jwt is expired',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'envoy',
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    name: 'a JSON log with the Authorization header in a nested field',
    input: JSON.stringify({
      level: 'warn',
      msg: 'request rejected',
      http: { status: 401, request: { headers: { authorization: `Bearer ${EXPIRED_MASKED}` } } },
    }),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // oauth2-proxy --pass-access-token: X-Forwarded-Access-Token to the upstream (oauth2-proxy.github.io,
    // configuration/integration); the upstream checks that token, so no Authorization is missing.
    name: 'oauth2-proxy: the upstream’s request with X-Forwarded-Access-Token and no Authorization',
    input: [
      'GET /api/orders HTTP/1.1',
      'Host: orders.internal',
      `X-Forwarded-Access-Token: ${EXPIRED_MASKED}`,
      'X-Forwarded-User: alice',
      'X-Forwarded-Email: alice@acme-corp.com',
      '',
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // --set-xauthrequest's X-Auth-Request-Access-Token, copied on by nginx auth_request_set or Traefik's
    // authResponseHeaders (oauth2-proxy's options: "Sets the X-Auth-Request-User, … and X-Auth-Request-Access-Token").
    name: 'oauth2-proxy behind nginx: the request with X-Auth-Request-Access-Token',
    input: [
      'GET /api/orders HTTP/1.1',
      'Host: orders.internal',
      'X-Auth-Request-User: alice',
      `X-Auth-Request-Access-Token: ${EXPIRED_MASKED}`,
      '',
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // The ALB's padded token in the application's request; jsonwebtoken's `invalid token` (its decode refuses the
    // padding: auth0/node-jws#98).
    name: 'AWS ALB: x-amzn-oidc-data with its base64 padding, refused by jsonwebtoken',
    input: [
      'GET /api/me HTTP/1.1',
      'Host: app.internal',
      'x-amzn-oidc-accesstoken: ***',
      'x-amzn-oidc-identity: 6650f1c2-a9d3-e4b5',
      `x-amzn-oidc-data: ${ALB_FRESH}`,
      '',
      S401,
      '',
      'JsonWebTokenError: invalid token',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
    token: { header: { alg: 'ES256', typ: 'JWT' } as never },
    excludes: [...NOT_MISSING, 'time.expired', 'input.live-token'],
  },
  {
    name: 'AWS ALB: the same, expired: its claims are still judged',
    input: [`x-amzn-oidc-data: ${ALB_EXPIRED}`, 'x-amzn-oidc-identity: 6650f1c2-a9d3-e4b5', '', S401].join('\n'),
    ...A401,
    top: 'token.malformed',
    includes: ['time.expired'],
    excludes: NOT_MISSING,
  },
  {
    name: 'WSO2: the backend JWT in X-JWT-Assertion, in standard base64 (padding, + and /)',
    input: [
      'GET /orders/1.0.0/orders HTTP/1.1',
      'Host: orders-backend.internal:8080',
      `X-JWT-Assertion: ${WSO2}`,
      '',
      S401,
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
    includes: ['time.milliseconds'],
    token: { header: { alg: 'SHA256withRSA', typ: 'JWT' } as never },
    excludes: [...NOT_MISSING, 'input.live-token'],
  },
  {
    name: 'read as before: a token in a URL path, the path going on after it (…/<token>/orders.json)',
    input: [`GET https://api.acme-corp.com/v1/session/${EXPIRED}/orders.json`, S401].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.malformed', 'input.masked'],
  },
  {
    // djangorestframework-simplejwt's get_raw_token returns None when the scheme is not in AUTH_HEADER_TYPE_BYTES
    // (default Bearer): DRF then answers NotAuthenticated.
    name: 'simplejwt: Authorization: JWT … (AUTH_HEADER_TYPES left at Bearer) and DRF’s NotAuthenticated',
    input: [
      curl(`Authorization: JWT ${FRESH_MASKED}`),
      '< WWW-Authenticate: Bearer realm="api"',
      '',
      '{"detail":"Authentication credentials were not provided."}',
    ].join('\n'),
    ...A401,
    // The scheme is why DRF saw no credentials: it leads, and DRF's statement stays beside it (docs/findings.md, a
    // stated "no token" beside a token that fails on its own).
    top: 'authz-header.scheme',
    includes: ['token.missing'],
  },
  {
    name: 'Authorization: Token … carrying a JWT',
    input: curl(`Authorization: Token ${FRESH_MASKED}`),
    ...A401,
    top: 'authz-header.scheme',
    excludes: ['token.missing', 'token.malformed'],
  },
];

const half = Math.floor(EXPIRED.length / 2);
const MANGLED: Row[] = [
  {
    name: 'standard base64 (+, /, = padding) in the Authorization header: malformed, its claims still read',
    input: curl(`Authorization: Bearer ${STANDARD}`),
    ...A401,
    top: 'token.malformed',
    includes: ['time.expired'],
    tokenExp: EXPIRED_EXP,
    excludes: ['input.live-token'],
  },
  {
    name: 'base64url with padding kept (…fQ==.…In0=.…) in the Authorization header',
    input: curl(`Authorization: Bearer ${ALB_EXPIRED}`),
    ...A401,
    top: 'token.malformed',
    includes: ['time.expired'],
  },
  {
    // Java's Base64.getUrlEncoder() without .withoutPadding() (spring-attic/spring-security-oauth#1205,
    // wso2/product-microgateway#2374): only the signature, 342 characters, padded to 344.
    name: 'a base64url signature with its padding kept (…==), the header and payload unpadded',
    input: curl(`Authorization: Bearer ${EXPIRED}==`),
    ...A401,
    top: 'token.malformed',
    includes: ['time.expired'],
    excludes: ['input.masked', 'signature.unchecked'],
  },
  {
    name: 'escaped twice in a query (access_token=eyJ…%252EeyJ…): the token is found and judged',
    input: [`GET /v1/orders?access_token=${twice(EXPIRED)} HTTP/1.1`, 'Host: api.acme-corp.com', '', S401].join('\n'),
    ...A401,
    includes: ['time.expired'],
    tokenExp: EXPIRED_EXP,
    excludes: [...NOT_MISSING, 'token.malformed'],
  },
  {
    name: 'escaped twice after an escaped key (…%253Faccess_token%253DeyJ…) in a redirect',
    input: [
      `Location: https://app.acme-corp.com/cb?next=https%253A%252F%252Fapi.acme-corp.com%252Fv1%253Faccess_token%253D${twice(EXPIRED)}`,
      S401,
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    tokenExp: EXPIRED_EXP,
    excludes: ['token.missing', 'token.malformed'],
  },
  {
    name: 'escaped twice in the Authorization header: authz-header.url-encoded',
    input: curl(`Authorization: Bearer ${twice(EXPIRED)}`),
    ...A401,
    top: 'authz-header.url-encoded',
    includes: ['time.expired'],
  },
  {
    name: 'a shell line continuation (\\) inside the token in a curl command',
    input: [
      `curl -H "Authorization: Bearer ${EXPIRED.slice(0, half)}\\`,
      `${EXPIRED.slice(half)}" https://api.acme-corp.com/v1/orders`,
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    tokenExp: EXPIRED_EXP,
    excludes: MISREAD,
  },
  {
    name: 'a terminal’s hard wrap at 80 columns through the token',
    input: [
      ...(`$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`.match(/.{1,80}/g) ??
        []),
      S401,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    tokenExp: EXPIRED_EXP,
    excludes: MISREAD,
  },
  {
    name: 'a zero-width space from a phone copy inside the token',
    input: curl(`Authorization: Bearer ${EXPIRED.slice(0, 40)}\u200b${EXPIRED.slice(40)}`),
    ...A401,
    top: 'time.expired',
    tokenExp: EXPIRED_EXP,
    excludes: MISREAD,
  },
  {
    name: 'a no-break space after Bearer from Slack',
    input: curl(`Authorization: Bearer\u00a0${EXPIRED}`),
    ...A401,
    top: 'time.expired',
    excludes: ['token.malformed', 'authz-header.scheme'],
  },
  {
    name: 'the JSON context’s quote and comma after the token ("…",)',
    input: [`{"headers": {"Authorization": "Bearer ${EXPIRED}",`, '"status": 401}'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
  {
    name: 'Bearer "eyJ…" (the token quoted in the header)',
    input: curl(`Authorization: Bearer "${EXPIRED}"`),
    ...A401,
    top: 'authz-header.format',
    includes: ['time.expired'],
  },
  {
    name: 'a log’s length limit: eyJ…[truncated]',
    input: [`2026-05-28T14:09:58Z WARN auth failed token=${EXPIRED.slice(0, 120)}...[truncated]`, 'status=401'].join(
      '\n',
    ),
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.missing', 'token.malformed', 'input.live-token'],
  },
  {
    name: 'a log’s length limit: …(2048 more chars)',
    input: [`authorization: Bearer ${EXPIRED.slice(0, 100)}…(2048 more chars)`, S401].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: ['token.missing', 'token.malformed', 'input.live-token'],
  },
];

const req = (t: string) => curl(`Authorization: Bearer ${t}`);
const COGNITO_ACCESS = {
  sub: '6650f1c2-a9d3-e4b5-c6d7-e8f9a0b1c2d3',
  iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
  client_id: '4example0clientid0abc',
  token_use: 'access',
  scope: 'orders/read',
  iat: NOW - 600,
  exp: NOW + 3000,
};
const req403 = (t: string) => req(t).replace('401 Unauthorized', '403 Forbidden');
const HOLDS: Row[] = [
  {
    name: 'typ at+jwt (RFC 9068) is an access token',
    input: req(masked({ typ: 'at+jwt' }, CLAIMS)),
    ...A401,
    excludes: ['token.id-token', 'token.malformed', 'time.expired'],
  },
  {
    name: 'alg none with an empty third part',
    input: req(unsigned({ alg: 'none', typ: 'JWT' }, CLAIMS, '')),
    ...A401,
    top: 'alg.none',
    excludes: ['token.malformed', 'input.masked'],
  },
  {
    name: 'alg none with no third part',
    input: req(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(CLAIMS)}`),
    ...A401,
    top: 'alg.none',
    excludes: ['token.malformed'],
  },
  ...(['ES256K', 'EdDSA', 'Ed25519', 'PS256', 'HS512'] as const).map(
    (alg): Row => ({
      name: `alg ${alg} against an allow-list of RS256`,
      input: req(masked({ alg }, CLAIMS)),
      ...A401,
      top: 'alg.not-allowed',
      options: { allowedAlgorithms: ['RS256'] },
    }),
  ),
  {
    name: 'exp and iat as floats (a valid NumericDate)',
    input: req(masked({}, { ...CLAIMS, exp: 1779979200.5, iat: 1779975600.25 })),
    ...A401,
    excludes: ['time.invalid', 'time.expired', 'time.milliseconds'],
  },
  {
    name: 'exp as a float, expired',
    input: req(masked({}, { ...CLAIMS, exp: EXPIRED_EXP - 0.5, iat: NOW - 3600.5 })),
    ...A401,
    top: 'time.expired',
  },
  {
    name: 'exp as a string of digits',
    input: req(masked({}, { ...CLAIMS, exp: '1779979200' })),
    ...A401,
    top: 'time.invalid',
  },
  {
    name: 'exp in milliseconds (13 digits)',
    input: req(masked({}, { ...CLAIMS, exp: 1779979200000, iat: 1779975600000 })),
    ...A401,
    top: 'time.milliseconds',
    excludes: ['time.expired'],
  },
  {
    name: 'exp in the year 3000',
    input: req(masked({}, { ...CLAIMS, exp: 32503680000 })),
    ...A401,
    includes: ['time.long-lifetime'],
    excludes: ['time.expired', 'time.invalid', 'time.milliseconds'],
  },
  {
    name: 'aud as an array holding the expected audience',
    input: req(masked({}, { ...CLAIMS, aud: ['https://api.acme-corp.com', 'https://other.acme-corp.com'] })),
    ...A401,
    excludes: ['claim.aud-mismatch', 'claim.aud-missing'],
    options: { expectedAudiences: ['https://api.acme-corp.com'] },
  },
  {
    name: 'aud as an array without it (Keycloak’s account)',
    input: req(masked({}, { ...CLAIMS, aud: ['account', 'https://other.acme-corp.com'] })),
    ...A401,
    top: 'claim.aud-mismatch',
    options: { expectedAudiences: ['https://api.acme-corp.com'] },
  },
  {
    name: 'iss with a trailing slash against --expect-iss without one',
    input: req(masked({}, CLAIMS)),
    ...A401,
    top: 'claim.iss-trailing-slash',
    excludes: ['claim.iss-mismatch'],
    options: { expectedIssuers: ['https://auth.acme-corp.com'] },
  },
  {
    name: 'Entra v2: scp and roles without the required permission, on a 403',
    input: req403(
      masked(
        {},
        {
          ...CLAIMS,
          scope: undefined,
          scp: 'Orders.Read',
          roles: ['Orders.Admin'],
          ver: '2.0',
          tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        },
      ),
    ),
    ...A403,
    top: 'scope.insufficient',
    options: { requiredScopes: ['Orders.Write'] },
  },
  {
    name: 'Entra: the app role in roles is the permission asked for (the 403 is policy)',
    input: req403(masked({}, { ...CLAIMS, scope: undefined, roles: ['Orders.Write'], ver: '2.0' })),
    ...A403,
    excludes: ['scope.insufficient'],
    options: { requiredScopes: ['Orders.Write'] },
  },
  {
    name: 'Keycloak: the role in realm_access.roles',
    input: req403(masked({}, { ...CLAIMS, scope: 'openid profile', realm_access: { roles: ['orders-admin'] } })),
    ...A403,
    excludes: ['scope.insufficient'],
    options: { requiredScopes: ['orders-admin'] },
  },
  {
    name: 'Auth0: the permission in permissions (RBAC’s “Add Permissions in the Access Token”)',
    input: req403(masked({}, { ...CLAIMS, scope: 'openid', permissions: ['read:orders', 'write:orders'] })),
    ...A403,
    excludes: ['scope.insufficient'],
    options: { requiredScopes: ['write:orders'] },
  },
  {
    name: 'Cognito: token_use id is an ID token',
    input: req(masked({}, { ...CLAIMS, token_use: 'id', 'cognito:username': 'alice' })),
    ...A401,
    top: 'token.id-token',
  },
  {
    // "Amazon Cognito ID tokens have an aud claim that contains the app client ID. Access tokens have a client_id claim
    // that also contains the app client ID." (docs.aws.amazon.com/verifiedpermissions/latest/userguide/cognito-validation.html)
    name: 'Cognito: an access token has no aud; its client_id is the app client expected',
    input: req(masked({}, COGNITO_ACCESS)),
    ...A401,
    excludes: ['claim.aud-missing', 'claim.aud-mismatch', 'token.id-token'],
    options: { expectedAudiences: ['4example0clientid0abc'] },
  },
  {
    name: 'Cognito: an access token for another app client is the audience refused',
    input: req(masked({}, COGNITO_ACCESS)),
    ...A401,
    top: 'claim.aud-mismatch',
    excludes: ['claim.aud-missing'],
    options: { expectedAudiences: ['7other0clientid0xyz'] },
  },
  {
    // Round fix-b: a user pool's ID tokens always carry aud, its access tokens never do (audit-a 985).
    name: 'a Cognito pool’s token with client_id and no aud, without token_use, is its access token',
    input: req(masked({}, { ...COGNITO_ACCESS, token_use: undefined })),
    ...A401,
    excludes: ['claim.aud-missing'],
  },
  {
    name: 'read as before: another issuer’s client_id and no aud, without token_use, is an audience missing',
    input: req(masked({}, { ...COGNITO_ACCESS, iss: 'https://auth.acme-corp.com/', token_use: undefined })),
    ...A401,
    includes: ['claim.aud-missing'],
  },
  {
    name: 'Cognito: token_use access is not',
    input: req(masked({}, { ...CLAIMS, token_use: 'access', client_id: '4example0clientid0abc' })),
    ...A401,
    excludes: ['token.id-token'],
  },
];

/** A DER element: tag, length, content. */
function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
}
const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));
/**
 * A self-signed X.509 certificate (RFC 5280 §4.1) for the throwaway RSA key of test/helpers/tokens.ts, built here so
 * that no key is committed: base64 DER, as a JWK's `x5c` carries it.
 */
function selfSigned(): string {
  const sha256WithRsa = seq(der(0x06, Buffer.from('2a864886f70d01010b', 'hex')), der(0x05, Buffer.alloc(0)));
  const name = seq(
    der(0x31, seq(der(0x06, Buffer.from('550403', 'hex')), der(0x0c, Buffer.from('auth.acme-corp.com')))),
  );
  const validity = seq(der(0x17, Buffer.from('260101000000Z')), der(0x17, Buffer.from('360101000000Z')));
  const spki = rsa.publicKey.export({ format: 'der', type: 'spki' });
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.from([1])),
    sha256WithRsa,
    name,
    validity,
    name,
    spki,
  );
  const signature = sign('sha256', tbs, rsa.privateKey);
  return seq(tbs, sha256WithRsa, der(0x03, Buffer.concat([Buffer.from([0]), signature]))).toString('base64');
}
const CERT = selfSigned();
const CERT_PEM = `-----BEGIN CERTIFICATE-----\n${(CERT.match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;

// The key rows use the RSA key of test/helpers/tokens.ts, given in the shapes key sets really have.
const jwk = rsa.publicKey.export({ format: 'jwk' });
const SIGNED = rs256(CLAIMS, { kid: 'k1' });
const esToken = (() => {
  const input = `${b64url({ alg: 'ES256', typ: 'JWT', kid: 'k1' })}.${b64url(CLAIMS)}`;
  const s = sign('sha256', Buffer.from(input), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${s.toString('base64url')}`;
})();
const HS = hs256(CLAIMS, 'shared-secret-shared-secret-shared');
const oct = (secret: string) => ({ kty: 'oct', k: Buffer.from(secret).toString('base64url') });
const KEYS: Row[] = [
  {
    // RFC 7517 §4.7: x5c holds the key's certificate; a JWK may give its key so alone (no n and e).
    name: 'a JWKS whose key is given only as an x5c certificate',
    input: req(SIGNED),
    ...A401,
    includes: ['signature.valid'],
    excludes: ['signature.unchecked', 'signature.invalid'],
    options: { keys: [{ keys: [{ kty: 'RSA', kid: 'k1', use: 'sig', x5c: [CERT] }] }] },
  },
  {
    name: 'the same x5c-only key against a token signed by another key',
    input: req(rs256(CLAIMS, { kid: 'k1' }, otherRsa.privateKey)),
    ...A401,
    top: 'signature.invalid',
    options: { keys: [{ keys: [{ kty: 'RSA', kid: 'k1', use: 'sig', x5c: [CERT] }] }] },
  },
  {
    name: 'a PEM CERTIFICATE given where a public key goes',
    input: req(SIGNED),
    ...A401,
    includes: ['signature.valid'],
    excludes: ['signature.unchecked'],
    options: { keys: [CERT_PEM] },
  },
  {
    name: 'a kid that differs only in case from the key set’s (kid is case-sensitive, RFC 7515 §4.1.4)',
    input: req(SIGNED),
    ...A401,
    top: 'key.kid-unknown',
    options: { keys: [{ keys: [{ ...jwk, kid: 'K1', use: 'sig', alg: 'RS256' }] }] },
  },
  {
    name: 'an ES256 token against an RSA key set',
    input: req(esToken),
    ...A401,
    top: 'alg.not-allowed',
    options: { keys: [{ keys: [{ ...jwk, kid: 'k1', use: 'sig' }] }] },
  },
  {
    name: 'an ES256 token against an RSA PEM public key',
    input: req(esToken),
    ...A401,
    top: 'alg.not-allowed',
    options: { keys: [rsa.publicKey.export({ format: 'pem', type: 'spki' }) as string] },
  },
  {
    name: 'an HS256 token with the right secret (an oct JWK)',
    input: req(HS),
    ...A401,
    includes: ['signature.valid'],
    excludes: ['signature.invalid', 'alg.not-allowed'],
    options: { keys: [oct('shared-secret-shared-secret-shared')] },
  },
  {
    name: 'an HS256 token with another secret',
    input: req(HS),
    ...A401,
    top: 'signature.invalid',
    options: { keys: [oct('another-secret-another-secret-xx')] },
  },
  {
    name: 'an HS256 token against the RSA key set (the classic confusion)',
    input: req(HS),
    ...A401,
    top: 'alg.not-allowed',
    options: { keys: [{ keys: [{ ...jwk, kid: 'k1', use: 'sig' }] }] },
  },
  {
    name: 'the edge fetched the issuer’s keys and the kid is not among them',
    input: req(SIGNED),
    ...A401,
    top: 'key.kid-unknown',
    options: {
      keyFetch: {
        status: 'fetched',
        issuer: 'https://auth.acme-corp.com/',
        jwksUri: 'https://auth.acme-corp.com/.well-known/jwks.json',
        jwks: { keys: [{ ...jwk, kid: 'k2', use: 'sig' }] },
        refetch: 'refetched',
        kidsBefore: ['k2'],
      },
    },
  },
];

// The same pastes with a Japanese engineer's words around them: the prose is an input format, the reading the same.
const JAPANESE: Row[] = [
  {
    name: 'ja: ALB の x-amzn-oidc-data を jsonwebtoken で検証すると 401 (a fenced block, the error in a sentence)',
    input: [
      'ALB の認証を通したあと、アプリ側で x-amzn-oidc-data を jsonwebtoken で検証すると 401 になります',
      '```',
      `x-amzn-oidc-data: ${ALB_FRESH}`,
      '```',
      'エラーは JsonWebTokenError: invalid token です',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
    excludes: [...NOT_MISSING, 'time.expired'],
  },
  {
    name: 'ja: リダイレクト後の URL (access_token escaped twice) で API が 401',
    input: [
      'リダイレクト後の URL がこれで、API が 401 を返します',
      `https://app.example.jp/cb?next=https%253A%252F%252Fapi.example.jp%252Fv1%253Faccess_token%253D${twice(EXPIRED)}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    tokenExp: EXPIRED_EXP,
    excludes: ['token.missing', 'token.malformed'],
  },
  {
    name: 'ja: a full-width space after Bearer in a curl command, then → 401',
    input: [`curl -H "Authorization: Bearer\u3000${EXPIRED}" https://api.example.jp/v1/orders`, '→ 401'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
];

/** base64 JSON data with its padding, and a dot after it: a cursor, no token. */
const CURSOR = `${Buffer.from('{"id":8812,"ts":17799}').toString('base64')}.djI=`;
const READ_AS_BEFORE: Row[] = [
  {
    name: 'read as before: a padded base64 cursor with a dot (cursor=eyJ…fQ==.djI=) is no token',
    input: [`next page: https://api.acme-corp.com/v1/orders?cursor=${CURSOR}`, S401].join('\n'),
    ...A401,
    top: 'token.missing',
    token: null,
    excludes: ['token.malformed'],
  },
  {
    name: 'read as before: the same cursor escaped twice (…%252EdjI%253D) is no token',
    input: [`GET /v1/orders?cursor=${twice(CURSOR).replace('=', '%253D')} HTTP/1.1`, '', S401].join('\n'),
    ...A401,
    top: 'token.missing',
    token: null,
    excludes: ['token.malformed', 'authz-header.url-encoded'],
  },
  {
    name: 'read as before: a token then =" (an attribute, no padding: …sig="…") keeps its signature',
    input: [`<input type="hidden" name="token" value=${EXPIRED}="">`, S401].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['token.malformed', 'input.masked'],
  },
  {
    name: 'read as before: oauth2-proxy’s X-Forwarded-User alone is no token: Authorization is missing',
    input: ['GET /api/orders HTTP/1.1', 'Host: orders.internal', 'X-Forwarded-User: alice', '', S401].join('\n'),
    ...A401,
    includes: ['authz-header.missing'],
  },
];

describe('Round 26: the token, its keys and its times as they really arrive', () => {
  const secrets = [
    sigOf(EXPIRED),
    sigOf(WSO2),
    sigOf(ALB_FRESH),
    sigOf(ALB_EXPIRED),
    sigOf(SIGNED),
    sigOf(esToken),
    sigOf(HS),
  ];
  for (const [group, rows] of [
    ['where the token sits', WHERE],
    ['how it is mangled', MANGLED],
    ['what it holds', HOLDS],
    ['the keys it is checked with', KEYS],
    ['Japanese prose around them', JAPANESE],
    ['read as before', READ_AS_BEFORE],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
        const { options, ...paste } = row;
        await expectPasteRow(paste, secrets, options);
      });
    });
  }
});
