/**
 * Pastes that hold more than one message or more than one story, end to end: `curl -L` through a
 * redirect, a CONNECT through a proxy, a CORS preflight, `100 Continue`, a retry after a refresh, two
 * tokens (an expired one and its replacement, an OAuth token response), request and response blocks
 * with repeated fields, verifier logs that say the same thing several times (caused-by chains, inner
 * exceptions), Japanese pastes and Slack-delivered text. Each row asserts the status chosen, the
 * classification, the codes that must come, those a misreading would add, and which token was judged.
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** Signed, and expired 8 minutes before NOW. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
/** The refreshed one: signed, valid at NOW, only `read:orders`. */
const FRESH = rs256({ ...CLAIMS, iat: NOW - 60, exp: NOW + 3540, scope: 'read:orders' }, { kid: 'k1' });
/** An OpenID Connect ID token (nonce, at_hash), valid at NOW. */
const ID_TOKEN = rs256(
  {
    iss: CLAIMS.iss,
    sub: CLAIMS.sub,
    aud: 'Xk3p9QwErT5yU7iO',
    iat: NOW - 60,
    exp: NOW + 3540,
    nonce: 'n-0S6_WzA2Mj',
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
  },
  { kid: 'k1' },
);
/** A refresh token some issuers make a JWT: no aud, a month long. */
const REFRESH_JWT = rs256({ iss: CLAIMS.iss, sub: CLAIMS.sub, iat: NOW - 60, exp: NOW + 30 * 86400 }, { kid: 'k1' });

const EXPIRED_EXP = NOW - 480;

/** A HAR entry: its request's Authorization (or none) and its response's status and challenge (or none). */
function harEntry(
  method: string,
  authorization: string | null,
  status: number,
  text: string,
  challenge: string | null,
) {
  const header = (line: string) => ({
    name: line.slice(0, line.indexOf(':')),
    value: line.slice(line.indexOf(':') + 2),
  });
  return {
    request: {
      method,
      url: 'https://api.acme-corp.com/v1/orders',
      headers:
        authorization === null
          ? [{ name: 'Origin', value: 'https://app.acme-corp.com' }]
          : [{ name: 'Authorization', value: authorization }],
    },
    response: { status, statusText: text, headers: challenge === null ? [] : [header(challenge)] },
  };
}
const FRESH_EXP = NOW + 3540;

const A401 = { status: 401, classification: 'authentication' } as const;
const CHALLENGE = 'WWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"';
/** What a misread paste adds: none of these is true of any row that does not list it. */
const MISREAD: FindingCode[] = ['token.malformed', 'authz-header.format', 'challenge.malformed', 'token.missing'];
/** What counting two attempts as one request adds. */
const MERGED: FindingCode[] = [...MISREAD, 'status.mismatch'];

const STATUSES: Row[] = [
  {
    // curl drops a custom Authorization header when -L leads to another host (since 7.58): the request
    // that got the 401 carried no token, whatever the command says.
    name: 'curl -v -L to another host: the redirected request has no Authorization',
    input: [
      `$ curl -v -L -H "Authorization: Bearer ${EXPIRED}" https://acme-corp.com/api/orders`,
      '*   Trying 203.0.113.10:443...',
      '* Connected to acme-corp.com (203.0.113.10) port 443 (#0)',
      '> GET /api/orders HTTP/1.1',
      '> Host: acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '> User-Agent: curl/8.5.0',
      '>',
      '< HTTP/1.1 302 Found',
      '< Location: https://api.acme-corp.com/v1/orders',
      '< Content-Length: 0',
      '<',
      '* Connection #0 to host acme-corp.com left intact',
      "* Issue another request to this URL: 'https://api.acme-corp.com/v1/orders'",
      '*   Trying 203.0.113.11:443...',
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      '> User-Agent: curl/8.5.0',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: Bearer realm="api"',
      '< Content-Length: 0',
      '<',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing', 'challenge.no-error'],
    excludes: MISREAD,
  },
  {
    name: 'curl -v -L on the same host: the token is sent again, and refused',
    input: [
      '> GET /orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/1.1 308 Permanent Redirect',
      '< Location: /v1/orders',
      '<',
      "* Issue another request to this URL: 'https://api.acme-corp.com/v1/orders'",
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/1.1 401 Unauthorized',
      `< ${CHALLENGE}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'curl -i -L: a 301 and then the 401, one command',
    input: [
      `$ curl -i -L -H "Authorization: Bearer ${EXPIRED}" http://api.acme-corp.com/v1/orders`,
      'HTTP/1.1 301 Moved Permanently',
      'Location: https://api.acme-corp.com/v1/orders',
      'Content-Length: 0',
      '',
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      'content-length: 0',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'challenge.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a 401, then a retry with a new token that got 200: the 401 is the question',
    input: [
      '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer $OLD_TOKEN"',
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      '',
      '# refreshed, tried again',
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${FRESH}"`,
      'HTTP/2 200',
      'content-type: application/json',
      '',
      '{"orders":[]}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token', 'input.live-token'],
    excludes: MERGED,
  },
  {
    name: 'devtools: the CORS preflight (204), then the call (401)',
    input: [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: OPTIONS',
      'Status Code: 204 No Content',
      '',
      'Response Headers',
      'access-control-allow-headers: authorization,content-type',
      'access-control-allow-origin: https://app.acme-corp.com',
      '',
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: GET',
      'Status Code: 401 Unauthorized',
      '',
      'Response Headers',
      CHALLENGE,
      '',
      'Request Headers',
      `Authorization: Bearer ${EXPIRED}`,
      'Origin: https://app.acme-corp.com',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    // The preflight carries no Authorization (browsers never send it on OPTIONS): that is no finding.
    name: 'devtools: the preflight shown with its own request headers, then the call',
    input: [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: OPTIONS',
      'Status Code: 204 No Content',
      'Request Headers',
      'Access-Control-Request-Headers: authorization',
      'Access-Control-Request-Method: GET',
      'Origin: https://app.acme-corp.com',
      '',
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: GET',
      'Status Code: 401 Unauthorized',
      'Response Headers',
      CHALLENGE,
      'Request Headers',
      `Authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'curl -v: HTTP/1.1 100 Continue, then the 401',
    input: [
      `$ curl -v -X POST -H "Authorization: Bearer ${EXPIRED}" --data @big.json https://api.acme-corp.com/v1/orders`,
      '> POST /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '> Content-Length: 1048576',
      '> Expect: 100-continue',
      '>',
      '< HTTP/1.1 100 Continue',
      '* We are completely uploaded and fine',
      '< HTTP/1.1 401 Unauthorized',
      `< ${CHALLENGE}`,
      '< Content-Length: 0',
      '<',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'status.not-auth', 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'curl -v through a proxy: CONNECT, 200 Connection established, then HTTP/2 401',
    input: [
      `$ curl -v -x http://proxy.corp:3128 -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      '* Establish HTTP proxy tunnel to api.acme-corp.com:443',
      '> CONNECT api.acme-corp.com:443 HTTP/1.1',
      '> Host: api.acme-corp.com:443',
      '> Proxy-Connection: Keep-Alive',
      '>',
      '< HTTP/1.1 200 Connection established',
      '<',
      '* Proxy replied 200 to CONNECT request',
      '> GET /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      `> authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/2 401 ',
      `< ${CHALLENGE.toLowerCase()}`,
      '<',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a 401, the refresh call, and a new 403 for a scope: the 403 and the new token',
    input: [
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/1.1 401 Unauthorized',
      CHALLENGE,
      '',
      '$ curl -s -X POST https://auth.acme-corp.com/oauth/token -d grant_type=refresh_token -d refresh_token=v1.MXa9kQ3rTz8pLm2N',
      `{"access_token":"${FRESH}","token_type":"Bearer","expires_in":3600,"scope":"read:orders"}`,
      '',
      `$ curl -i -X POST -H "Authorization: Bearer ${FRESH}" https://api.acme-corp.com/v1/orders/42/cancel`,
      'HTTP/1.1 403 Forbidden',
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="write:orders"',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['challenge.insufficient-scope', 'scope.insufficient', 'input.live-token'],
    excludes: [...MERGED, 'time.expired', 'challenge.invalid-token'],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'a 401 from the app, then a Cloudflare 403 page on the retry: the WAF, not the old challenge',
    input: [
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      '',
      `$ curl -i -H "Authorization: Bearer ${FRESH}" https://api.acme-corp.com/v1/orders`,
      'HTTP/2 403',
      'server: cloudflare',
      'cf-ray: 8a1b2c3d4e5f6a7b-NRT',
      'content-type: text/html; charset=UTF-8',
      '',
      '<title>Attention Required! | Cloudflare</title>',
      '<h1 data-translate="block_headline">Sorry, you have been blocked</h1>',
      '<span class="cf-error-code">1020</span>',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['proxy.waf-block'],
    excludes: [...MERGED, 'challenge.invalid-token', 'time.expired'],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'a 401 and a WAF 403 pasted as two responses with prose between them',
    input: [
      'first try:',
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      '',
      'second try from the office VPN:',
      'HTTP/2 403',
      'server: cloudflare',
      'cf-ray: 8a1b2c3d4e5f6a7b-NRT',
      '',
      'Error 1020 Access denied',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['proxy.waf-block'],
    excludes: [...MISREAD, 'status.mismatch'],
  },
  {
    name: 'the same failing curl run twice',
    input: [
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      '',
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MERGED,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'raw messages: the refresh POST and its 200, then the API call and its 401',
    input: [
      'POST /oauth/token HTTP/1.1',
      'Host: auth.acme-corp.com',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'grant_type=refresh_token&refresh_token=v1.MXa9kQ3rTz8pLm2NpQr7&client_id=Xk3p9QwErT5yU7iO',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      `{"access_token":"${EXPIRED}","token_type":"Bearer","expires_in":3600}`,
      '',
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      `Authorization: Bearer ${EXPIRED}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      CHALLENGE,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'the response pasted above its own request, which has no Authorization',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer realm="api"',
      '',
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'Accept: application/json',
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing', 'challenge.no-error'],
    excludes: MISREAD,
    tokenExp: null,
  },
  {
    name: 'the response pasted above its own request, which carries the token',
    input: [
      'HTTP/1.1 401 Unauthorized',
      CHALLENGE,
      '',
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      `Authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a HAR with two entries: the 401 with the old token, the 200 with the new one',
    input: JSON.stringify(
      {
        log: {
          version: '1.2',
          entries: [
            harEntry('GET', `Bearer ${EXPIRED}`, 401, 'Unauthorized', CHALLENGE),
            harEntry('GET', `Bearer ${FRESH}`, 200, 'OK', null),
          ],
        },
      },
      null,
      2,
    ),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token', 'input.live-token'],
    excludes: MERGED,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a one-line HAR: the preflight, then the 401',
    input: JSON.stringify({
      log: {
        entries: [
          harEntry('OPTIONS', null, 204, 'No Content', null),
          harEntry('GET', `Bearer ${EXPIRED}`, 401, 'Unauthorized', CHALLENGE),
        ],
      },
    }),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    // The token endpoint answers a refresh without any Authorization, by design: its 403 is not the API's.
    name: 'a 401, then the refresh refused (403 invalid_grant): the API call is the question',
    input: [
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/2 401',
      CHALLENGE.toLowerCase(),
      '',
      '$ curl -i -X POST https://auth.acme-corp.com/oauth/token -d grant_type=refresh_token -d refresh_token=v1.MXa9kQ3rTz8pLm2N',
      'HTTP/2 403',
      'content-type: application/json',
      '',
      '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MERGED, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a client-credentials call refused on its own is still the question',
    input: [
      'POST /oauth/token HTTP/1.1',
      'Host: auth.acme-corp.com',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'grant_type=client_credentials&client_id=Xk3p9QwErT5yU7iO&client_secret=***',
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Basic realm="auth"',
      '',
      '{"error":"invalid_client","error_description":"Client authentication failed"}',
    ].join('\n'),
    ...A401,
    includes: [],
    excludes: ['token.malformed', 'challenge.malformed'],
  },
  {
    name: 'Istio: a 401 (Jwt is expired), then the retry refused by RBAC',
    input: [
      `$ curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.acme-corp.com/v1/orders`,
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer realm="https://api.acme-corp.com/v1/orders", error="invalid_token"',
      'server: istio-envoy',
      '',
      'Jwt is expired',
      `$ curl -i -H "Authorization: Bearer ${FRESH}" https://api.acme-corp.com/v1/orders`,
      'HTTP/1.1 403 Forbidden',
      'server: istio-envoy',
      '',
      'RBAC: access denied',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['policy.deny', 'proxy.gateway-response', 'input.live-token'],
    excludes: [...MERGED, 'time.expired', 'challenge.invalid-token'],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'the Postman console with two requests: the 401, then a 200',
    input: [
      'GET https://api.acme-corp.com/v1/orders',
      '401',
      '98 ms',
      'Request Headers',
      `Authorization: Bearer ${EXPIRED}`,
      'Response Headers',
      CHALLENGE,
      'GET https://api.acme-corp.com/v1/orders',
      '200',
      '120 ms',
      'Request Headers',
      `Authorization: Bearer ${FRESH}`,
      'Response Headers',
      'Content-Type: application/json',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token', 'input.live-token'],
    excludes: MERGED,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'devtools HTTP/2: request headers first (pseudo-headers), then the response with :status',
    input: [
      'Request Headers',
      ':authority: api.acme-corp.com',
      ':method: GET',
      ':path: /v1/orders',
      `authorization: Bearer ${EXPIRED}`,
      'Response Headers',
      ':status: 401',
      CHALLENGE.toLowerCase(),
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'curl -v --oauth2-bearer: the info line, the request, the response',
    input: [
      `$ curl -v --oauth2-bearer ${EXPIRED} https://api.acme-corp.com/v1/orders`,
      "* Server auth using Bearer with user ''",
      '> GET /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/2 401',
      `< ${CHALLENGE.toLowerCase()}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'two devtools copies: the 401 for the expired token, then the 401 for the new one (audience)',
    input: [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Status Code: 401 Unauthorized',
      'Response Headers',
      CHALLENGE.toLowerCase(),
      'Request Headers',
      `authorization: Bearer ${EXPIRED}`,
      '',
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Status Code: 401 Unauthorized',
      'Response Headers',
      'www-authenticate: Bearer error="invalid_token", error_description="jwt audience invalid. expected: https://orders.acme-corp.com"',
      'Request Headers',
      `authorization: Bearer ${FRESH}`,
    ].join('\n'),
    ...A401,
    includes: ['claim.aud-mismatch', 'challenge.invalid-token', 'input.live-token'],
    excludes: [...MERGED, 'time.expired'],
    tokenExp: FRESH_EXP,
  },
];

const TOKENS: Row[] = [
  {
    name: 'an OAuth token response with the id_token first: the access token is judged',
    input: [
      `{"id_token":"${ID_TOKEN}","access_token":"${FRESH}","token_type":"Bearer","expires_in":3600}`,
      'and GET /v1/orders → 401',
    ].join('\n'),
    ...A401,
    includes: ['input.live-token'],
    excludes: [...MISREAD, 'token.id-token'],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'an OAuth token response: expired access token, live ID token (leaked all the same)',
    input: [
      'token endpoint gave me this, then the API says 401:',
      `{"access_token":"${EXPIRED}","id_token":"${ID_TOKEN}","token_type":"Bearer","refresh_token":"v1.MXa9kQ3rTz8pLm2NpQr7"}`,
      'HTTP/1.1 401 Unauthorized',
      CHALLENGE,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token', 'input.live-token'],
    excludes: [...MISREAD, 'token.id-token', 'token.opaque'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a Python dict of the token response (single quotes), id_token first',
    input: [
      `{'id_token': '${ID_TOKEN}', 'access_token': '${EXPIRED}', 'token_type': 'Bearer'}`,
      '401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...MISREAD, 'token.id-token'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'an implicit-flow callback URL: #id_token=…&access_token=…',
    input: [
      `https://app.acme-corp.com/callback#id_token=${ID_TOKEN}&access_token=${EXPIRED}&token_type=Bearer&expires_in=3600`,
      'then the API: HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...MISREAD, 'token.id-token'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'an opaque access token with a JWT refresh token: the access token is opaque',
    input: [
      `{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"Bearer","expires_in":3600,"refresh_token":"${REFRESH_JWT}"}`,
      'GET /v1/orders -> 401',
    ].join('\n'),
    ...A401,
    includes: ['token.opaque', 'input.live-token'],
    excludes: [...MISREAD, 'claim.aud-missing', 'time.long-lifetime'],
    tokenExp: null,
  },
  {
    name: 'the ID token sent in the Authorization header, the token response beside it',
    input: [
      `{"access_token":"${FRESH}","id_token":"${ID_TOKEN}"}`,
      'GET /v1/orders HTTP/1.1',
      `Authorization: Bearer ${ID_TOKEN}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="Invalid Token"',
    ].join('\n'),
    ...A401,
    includes: ['token.id-token', 'challenge.invalid-token', 'input.live-token'],
    excludes: MISREAD,
    tokenExp: FRESH_EXP,
  },
  {
    name: 'an ID token alone under its key is still an ID token',
    input: [`{"id_token":"${ID_TOKEN}"}`, 'sent that to the API, got 401 Unauthorized'].join('\n'),
    ...A401,
    includes: ['token.id-token'],
    excludes: MISREAD,
  },
  {
    name: 'the expired token and its live replacement in prose: both judged, the live one leaked',
    input: [`old token: ${EXPIRED}`, `new token after refresh: ${FRESH}`, 'still getting 401 Unauthorized'].join('\n'),
    ...A401,
    includes: ['time.expired', 'input.live-token'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
];

const HEADERS: Row[] = [
  {
    name: 'devtools request and response, two WWW-Authenticate fields (Negotiate, Bearer)',
    input: [
      'Request URL: https://api.acme-corp.com/v1/orders',
      'Request Method: GET',
      'Status Code: 401 Unauthorized',
      'Response Headers',
      'www-authenticate: Negotiate',
      'www-authenticate: Bearer realm="api", error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:00\'"',
      'Request Headers',
      `authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'challenge.scheme-mismatch', 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'two Authorization fields in one request, and Spring says so',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${EXPIRED}`,
      `> Authorization: Bearer ${FRESH}`,
      '>',
      '< HTTP/1.1 400 Bad Request',
      '< WWW-Authenticate: Bearer error="invalid_request", error_description="Found multiple bearer tokens in the request"',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    includes: ['authz-header.format', 'challenge.invalid-request'],
    excludes: ['token.malformed', 'challenge.malformed'],
  },
  {
    name: 'curl -v: the token sent, a bare Bearer challenge back (the server withholds its reason)',
    input: [
      '> GET /v1/orders HTTP/2',
      '> host: api.acme-corp.com',
      `> authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/2 401',
      '< www-authenticate: Bearer',
      '<',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error', 'time.expired'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
];

const LOGS: Row[] = [
  {
    name: 'Spring: a WARN, then the exception and its Caused by',
    input: [
      '2026-05-28T14:09:58.123Z  WARN 1 --- [nio-8080-exec-3] o.s.s.o.s.r.w.BearerTokenAuthenticationFilter : Failed to authenticate since the JWT was invalid',
      '2026-05-28T14:09:58.125Z ERROR 1 --- [nio-8080-exec-3] c.a.o.ApiExceptionHandler : 401 on GET /v1/orders',
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z',
      '\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:99)',
      'Caused by: org.springframework.security.oauth2.jwt.JwtValidationException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z',
      '\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder.validateJwt(NimbusJwtDecoder.java:189)',
      '\t... 52 common frames omitted',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...MISREAD, 'signature.invalid'],
  },
  {
    name: 'Spring wrapping Nimbus: three Caused by lines, one signature failure',
    input: [
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature',
      'Caused by: org.springframework.security.oauth2.jwt.BadJwtException: An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature',
      'Caused by: com.nimbusds.jose.proc.BadJWSException: Signed JWT rejected: Invalid signature',
      '\tat com.nimbusds.jwt.proc.DefaultJWTProcessor.process(DefaultJWTProcessor.java:378)',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    includes: ['signature.invalid'],
    excludes: [...MISREAD, 'key.kid-unknown'],
  },
  {
    name: 'ASP.NET: the failure, the "not authenticated" line and the challenge line of one request',
    input: [
      'fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      '      Failed to validate the token.',
      "      Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'k_2026_05', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'k_2026_04'.",
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[7]',
      "      Bearer was not authenticated. Failure message: IDX10503: Signature validation failed. The token's kid is: 'k_2026_05', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'k_2026_04'.",
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[12]',
      '      AuthenticationScheme: Bearer was challenged.',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    includes: ['key.kid-unknown'],
    excludes: [...MISREAD, 'signature.invalid'],
  },
  {
    name: '.NET inner exceptions (--->): discovery could not be fetched',
    input: [
      "System.InvalidOperationException: IDX20803: Unable to obtain configuration from: 'https://login.acme-corp.com/.well-known/openid-configuration'. Will retry at '05/28/2026 14:15:00 +00:00'.",
      " ---> System.IO.IOException: IDX20804: Unable to retrieve document from: 'https://login.acme-corp.com/.well-known/openid-configuration'.",
      ' ---> System.Net.Http.HttpRequestException: No such host is known. (login.acme-corp.com:443)',
      '   --- End of inner exception stack trace ---',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['key.jwks-unavailable'],
    excludes: MISREAD,
  },
  {
    name: 'Python: "During handling of the above exception" after PyJWT\'s expiry',
    input: [
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/jwt/api_jwt.py", line 298, in _validate_exp',
      '    raise ExpiredSignatureError("Signature has expired")',
      'jwt.exceptions.ExpiredSignatureError: Signature has expired',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/api/auth.py", line 42, in current_user',
      '    raise HTTPException(status_code=401, detail="Could not validate credentials")',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: "Node: a WARN with the error as JSON, then express-jwt's error with its inner error",
    input: [
      '[2026-05-28T14:09:58.120Z] WARN  auth: verify failed {"name":"TokenExpiredError","message":"jwt expired","expiredAt":"2026-05-28T14:02:00.000Z"}',
      '[2026-05-28T14:09:58.121Z] ERROR UnauthorizedError: jwt expired',
      '    at /app/node_modules/express-jwt/dist/index.js:133:38',
      "  code: 'invalid_token',",
      '  status: 401,',
      '  inner: TokenExpiredError: jwt expired',
      '      at /app/node_modules/jsonwebtoken/verify.js:190:21 {',
      '    expiredAt: 2026-05-28T14:02:00.000Z',
      '  }',
    ].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: MISREAD,
  },
  {
    name: 'Spring: "Malformed Jwk set" wrapped twice, a timeout at the bottom',
    input: [
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Malformed Jwk set',
      'Caused by: org.springframework.security.oauth2.jwt.JwtException: An error occurred while attempting to decode the Jwt: Malformed Jwk set',
      'Caused by: java.net.SocketTimeoutException: Read timed out',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    includes: ['key.jwks-unavailable'],
    excludes: MISREAD,
  },
  {
    name: 'Python: urllib\'s error, then PyJWKClientConnectionError "during handling" of it',
    input: [
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/jwt/jwks_client.py", line 63, in fetch_data',
      'urllib.error.URLError: <urlopen error [Errno -2] Name or service not known>',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      'jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: "<urlopen error [Errno -2] Name or service not known>"',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    includes: ['key.jwks-unavailable'],
    excludes: MISREAD,
  },
  {
    name: 'golang-jwt: two claim failures joined in one message',
    input: 'level=warn msg="auth failed" err="token has invalid claims: token is expired, token used before issued"',
    status: null,
    classification: 'authentication',
    includes: ['time.expired', 'time.issued-in-future'],
    excludes: MISREAD,
  },
];

const JAPANESE: Row[] = [
  {
    name: 'Japanese prose, full-width colons after Authorization and a label',
    input: [
      '本番で401になります。ヘッダーはこれです：',
      `Authorization：Bearer ${EXPIRED}`,
      'レスポンス：HTTP/1.1 401 Unauthorized',
      CHALLENGE,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'Japanese devtools labels, request and response',
    input: [
      '全般',
      'リクエスト URL: https://api.acme-corp.com/v1/orders',
      'リクエスト メソッド: GET',
      'ステータス コード: 401 Unauthorized',
      'レスポンス ヘッダー',
      CHALLENGE.toLowerCase(),
      'リクエスト ヘッダー',
      `authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'Japanese devtools: the preflight, then the call',
    input: [
      'リクエスト URL: https://api.acme-corp.com/v1/orders',
      'リクエスト メソッド: OPTIONS',
      'ステータス コード: 204 No Content',
      '',
      'リクエスト URL: https://api.acme-corp.com/v1/orders',
      'リクエスト メソッド: GET',
      'ステータス コード: 401 Unauthorized',
      'レスポンス ヘッダー',
      CHALLENGE.toLowerCase(),
      'リクエスト ヘッダー',
      `authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'status.not-auth'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'Japanese prose about two statuses, then the 403 that is left',
    input: [
      '最初は401で、トークンを更新したら今度は403になりました。',
      `$ curl -i -H "Authorization: Bearer ${FRESH}" https://api.acme-corp.com/v1/admin`,
      'HTTP/2 403',
      'www-authenticate: Bearer error="insufficient_scope", scope="admin:orders"',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['challenge.insufficient-scope', 'scope.insufficient', 'input.live-token'],
    excludes: [...MISREAD, 'status.mismatch'],
    tokenExp: FRESH_EXP,
  },
  {
    name: 'full-width colon and an ideographic space in the Authorization line, a Japanese status label',
    input: [`Authorization：Bearer　${EXPIRED}`, 'ステータス：401'].join('\n'),
    ...A401,
    includes: ['time.expired'],
    excludes: [...MISREAD, 'challenge.missing', 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a full-width colon after WWW-Authenticate, a Japanese status label',
    input: [
      'ステータスコード：401',
      'WWW-Authenticate：Bearer error="invalid_token", error_description="jwt expired"',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: "Firefox's Japanese headers panel: status, version, then response and request headers",
    input: [
      'GET https://api.acme-corp.com/v1/orders',
      'ステータス 401 Unauthorized',
      'バージョン HTTP/2',
      '',
      'レスポンスヘッダー (211 バイト)',
      CHALLENGE.toLowerCase(),
      '',
      'リクエストヘッダー (1.2 KB)',
      'Accept: application/json',
      `Authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
];

const SLACK: Row[] = [
  {
    name: 'a quoted alert with <!here>, a mention and a mailto link',
    input: [
      '<!here> prod checkout is failing :rotating_light:',
      '&gt; HTTP/1.1 401 Unauthorized',
      `&gt; ${CHALLENGE}`,
      '&gt; Content-Type: application/json',
      'cc <@U04ABCDEF> <mailto:oncall@acme-corp.com|oncall@acme-corp.com>',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'challenge.missing'],
  },
  {
    name: 'a quoted curl -v trace (`> > GET`, `> < HTTP/2 401`)',
    input: [
      '<@U04ABCDEF> can you look? :pray:',
      '&gt; &gt; GET /v1/orders HTTP/2',
      `&gt; &gt; authorization: Bearer ${EXPIRED}`,
      '&gt; &lt; HTTP/2 401',
      `&gt; &lt; ${CHALLENGE.toLowerCase()}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing', 'challenge.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'quoted lines each in inline code',
    input: [
      `&gt; \`curl -i -H "Authorization: Bearer ${EXPIRED}" <https://api.acme-corp.com/v1/orders>\``,
      '&gt; `HTTP/2 401`',
      '&gt; `www-authenticate: Bearer error="invalid_token"`',
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...MISREAD, 'authz-header.missing'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a bullet list telling two attempts with arrows',
    input: [
      '- tried with the old token → 401',
      '- refreshed and tried again → 403',
      '- the 403 body: {"message":"Forbidden"}',
      `- new token: ${FRESH}`,
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['input.live-token'],
    excludes: MISREAD,
    tokenExp: FRESH_EXP,
  },
  {
    name: 'an alert with emoji shortcodes, bold labels and links',
    input: [
      ':red_circle: *[FIRING:1] ApiAuthFailures*',
      '*Summary:* orders-api answers 401 Unauthorized to 7% of requests',
      '*Description:* UnauthorizedError: No authorization token was found',
      '<https://grafana.acme-corp.com/d/abc|Dashboard> | <https://runbooks.acme-corp.com/401|Runbook>',
    ].join('\n'),
    ...A401,
    includes: ['token.missing'],
    excludes: ['token.malformed', 'challenge.malformed', 'authz-header.format'],
  },
  {
    name: 'a bullet summary: status, gateway body in inline code, a masked token',
    input: [
      'Summary:',
      '• endpoint: <https://api.acme-corp.com/v1/orders|api.acme-corp.com/v1/orders>',
      '• status: 403 Forbidden',
      '• response: `{"message":"User is not authorized to access this resource with an explicit deny"}`',
      `• token: \`${EXPIRED.split('.').slice(0, 2).join('.')}.***\``,
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    includes: ['proxy.authorizer-deny', 'input.masked'],
    excludes: ['token.malformed', 'challenge.malformed', 'input.live-token'],
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'headers as list items (•)',
    input: [
      'what we send / get:',
      `• Authorization: Bearer ${EXPIRED}`,
      '• HTTP/1.1 401 Unauthorized',
      `• ${CHALLENGE}`,
    ].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'headers as markdown list items (-) and numbered ones',
    input: [`- Authorization: Bearer ${EXPIRED}`, '1. HTTP/2 401', `2. ${CHALLENGE}`].join('\n'),
    ...A401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: MISREAD,
    tokenExp: EXPIRED_EXP,
  },
  {
    name: 'a numbered story: 401, the new token, 403',
    input: [
      '1. GET /v1/orders with the old token → 401',
      `2. refreshed, new token ${FRESH}`,
      '3. GET /v1/orders → 403 {"message":"Forbidden"}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['input.live-token'],
    excludes: MISREAD,
    tokenExp: FRESH_EXP,
  },
];

const ROWS: Array<[string, Row[]]> = [
  ['several statuses', STATUSES],
  ['several tokens', TOKENS],
  ['request and response headers', HEADERS],
  ['several log lines about one request', LOGS],
  ['Japanese', JAPANESE],
  ['Slack-delivered text', SLACK],
];

describe.each(ROWS)('multi-message pastes: %s', (_kind, rows) => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    await expectPasteRow(
      row,
      [EXPIRED, FRESH, ID_TOKEN, REFRESH_JWT].map((t) => t.split('.')[2] as string),
    );
  });
});

describe('Japanese reports of Japanese pastes', () => {
  it.each(JAPANESE.map((r) => [r.name, r] as const))('%s: the same codes, in Japanese', async (_name, row) => {
    const en = await run(row.input);
    const ja = await run(row.input, { locale: 'ja' });
    expect(ja.findings.map((f) => f.code)).toEqual(en.findings.map((f) => f.code));
    expect(ja.status).toBe(en.status);
    for (const f of ja.findings) expect(f.title, f.code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const step of ja.nextSteps) expect(step).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('a bare Bearer challenge beside a verifier log', () => {
  const idx10503 =
    "Bearer was not authenticated. Failure message: IDX10503: Signature validation failed. The token's kid is: 'k_2026_05', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'k_2026_04'.";

  it('is info when the log judged a token: one arrived, and the log says why it failed', async () => {
    const report = await run(['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: Bearer', '', idx10503].join('\n'));
    expect(report.findings[0]?.code).toBe('key.kid-unknown');
    expect(report.findings.find((f) => f.code === 'challenge.no-error')?.severity).toBe('info');
  });

  it('stays an error when the log says no token came', async () => {
    const report = await run(
      [
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer',
        '',
        'UnauthorizedError: No authorization token was found',
      ].join('\n'),
    );
    expect(report.findings.find((f) => f.code === 'challenge.no-error')?.severity).toBe('error');
  });
});

describe('which side of a redirect', () => {
  it('reports the stripped header as an error, not as a token the server hid its reason for', async () => {
    const report = await run((STATUSES[0] as Row).input);
    const noError = report.findings.find((f) => f.code === 'challenge.no-error');
    expect(noError?.severity).toBe('error');
  });

  it('keeps every challenge of the paste in the report, the earlier attempt included', async () => {
    const report = await run((STATUSES[8] as Row).input);
    expect(report.challenges.map((c) => c.params.error)).toEqual(['invalid_token', 'insufficient_scope']);
  });
});
