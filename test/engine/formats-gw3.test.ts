/**
 * Round "gw3": the gateways and platforms earlier rounds left unread. KrakenD's JWT validator (its 403 for roles and
 * scopes, its rejecter's 401); Ocelot's authentication and authorisation errors as its responder logs them; ESPv2
 * refusing an API key; Vault's JWT login naming an OIDC role; PostgREST's JWT errors credited to PostgREST in the shapes
 * clients print them. Sources beside the rows in parse/verifier-messages/gateways-more.ts, federation.ts,
 * frameworks.ts, parse/client-errors.ts and parse/proxy-texts.ts; readings in docs/findings.md. The last groups put the
 * same words in prose or other software's output and must stay quiet, and check that no token part is echoed.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, A403, DENIED, JSON_CT, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { rs256 } from '../helpers/tokens.js';

const replied = (status: string, body: string, ...headers: string[]) =>
  [status, JSON_CT, ...headers, '', body].join('\n');

const KRAKEND_LOG = '[KRAKEND] 2024/05/02 - 10:11:12.123 ▶ ERROR [ENDPOINT: /orders][JWTValidator] ';

const KRAKEND: Row[] = [
  {
    name: 'KrakenD: a token without the endpoint’s roles is refused with a 403 (authorization, not authentication)',
    input: [S403, `${KRAKEND_LOG}Token sent by client does not have sufficient roles`].join('\n'),
    ...A403,
    top: 'scope.insufficient',
    via: 'krakend',
    product: 'KrakenD',
    excludes: ['challenge.invalid-token', 'token.missing', 'status.mismatch'],
  },
  {
    name: 'KrakenD: the scopes check’s line alone',
    input: `${KRAKEND_LOG}Token sent by client does not have the required scopes`,
    ...DENIED,
    top: 'scope.insufficient',
    via: 'krakend',
  },
  {
    name: 'KrakenD: its rejecter (the revocation check) refused a token that verified',
    input: `${KRAKEND_LOG}Token sent by client rejected`,
    ...REFUSED,
    top: 'token.revoked',
    via: 'krakend',
  },
  {
    name: 'KrakenD: "Token sent by client is invalid:" goes on with go-jose’s reason, which says expired',
    input: `${KRAKEND_LOG}Token sent by client is invalid: square/go-jose/jwt: validation failed, token is expired (exp)`,
    ...REFUSED,
    top: 'time.expired',
  },
];

const OCELOT_RESPONDER = 'warn: Ocelot.Responder.Middleware.ResponderMiddleware[0]\n      requestId: 0HMV, message: ';
const OCELOT_TAIL =
  ' errors found in ResponderMiddleware. Setting error response for request path:/api/orders, request method: GET';

const OCELOT: Row[] = [
  {
    name: 'Ocelot: ScopeNotAuthorisedError names the token’s scopes and the route’s allowed ones',
    input: `${OCELOT_RESPONDER}Error Code: ScopeNotAuthorisedError Message: User scopes: 'openid,profile' do not have all allowed scopes: 'orders.read'${OCELOT_TAIL}`,
    ...DENIED,
    top: 'scope.insufficient',
    via: 'ocelot',
  },
  {
    name: 'Ocelot (after the rename): ScopeNotAuthorizedError on a 403',
    input: [
      S403,
      `${OCELOT_RESPONDER}Error Code: ScopeNotAuthorizedError Message: User scopes: 'openid' do not have all allowed scopes: 'orders.read,orders.write'${OCELOT_TAIL}`,
    ].join('\n'),
    ...A403,
    top: 'scope.insufficient',
    via: 'ocelot',
  },
  {
    name: 'Ocelot: a route claim requirement’s value refused (ClaimValueNotAuthorisedError) is the route’s rule',
    input: `${OCELOT_RESPONDER}Error Code: ClaimValueNotAuthorisedError Message: claim value: user is not the same as required value: admin for type: role${OCELOT_TAIL}`,
    ...DENIED,
    top: 'policy.deny',
    via: 'ocelot',
  },
  {
    name: 'Ocelot: a claim the route requires is absent (UserDoesNotHaveClaimError)',
    input: `${OCELOT_RESPONDER}Error Code: UserDoesNotHaveClaimError Message: user does not have claim role${OCELOT_TAIL}`,
    ...DENIED,
    top: 'policy.deny',
    via: 'ocelot',
  },
  {
    name: 'Ocelot: UnauthorizedError as its responder logs it',
    input: `${OCELOT_RESPONDER}Error Code: UnauthorizedError Message: alice is not authorized to access /api/orders/{id}${OCELOT_TAIL}`,
    ...DENIED,
    top: 'policy.deny',
    via: 'ocelot',
  },
  {
    name: 'Ocelot: AuthorizationMiddleware’s own warning for the same refusal',
    input:
      'warn: Ocelot.Authorization.Middleware.AuthorizationMiddleware[0]\n      requestId: 0HMV, message: alice is not authorized to access /api/orders/{id}. Setting pipeline error',
    ...DENIED,
    top: 'policy.deny',
    via: 'ocelot',
  },
  {
    name: 'Ocelot: UnauthenticatedError states an authentication failure; with no token pasted, none is the finding',
    input: `${OCELOT_RESPONDER}Error Code: UnauthenticatedError Message: Request for authenticated route /api/orders by  was unauthenticated${OCELOT_TAIL}`,
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', 'scope.insufficient'],
  },
  {
    name: 'Ocelot: AuthenticationMiddleware’s warning, beside a 401',
    input: [
      S401,
      'warn: Ocelot.Authentication.Middleware.AuthenticationMiddleware[0]\n      requestId: 0HMV, message: Client has NOT been authenticated for /api/orders and pipeline error set. Request for authenticated route /api/orders by  was unauthenticated',
    ].join('\n'),
    ...A401,
    excludes: ['policy.deny'],
  },
];

const ESP: Row[] = [
  {
    name: 'ESPv2: a method that needs an API key called without one (API Gateway’s 401)',
    input: replied(
      S401,
      '{"message":"UNAUTHENTICATED:Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","code":401}',
    ),
    ...A401,
    product: 'ESPv2',
    includes: ['proxy.gateway-response'],
    excludes: ['challenge.invalid-token', 'token.missing'],
  },
  {
    name: 'ESPv2: an invalid API key is a 400 from the gateway, read as the key',
    input: replied(
      'HTTP/2 400',
      '{"message":"INVALID_ARGUMENT:API key not valid. Please pass a valid API key.","code":400}',
    ),
    status: 400,
    classification: 'undetermined',
    product: 'ESPv2',
    excludes: ['challenge.invalid-token', 'token.missing', 'token.malformed'],
  },
  {
    name: 'ESPv2: an expired API key',
    input: replied(
      'HTTP/2 400',
      '{"message":"INVALID_ARGUMENT:API key expired. Please renew the API key.","code":400}',
    ),
    status: 400,
    classification: 'undetermined',
    product: 'ESPv2',
    excludes: ['time.expired'],
  },
  {
    name: 'ESPv2: a key restricted to other APIs (403)',
    input: replied(
      S403,
      '{"message":"PERMISSION_DENIED: The API targeted by this request is invalid for the given API key.","code":403}',
    ),
    ...A403,
    product: 'ESPv2',
  },
];

const VAULT: Row[] = [
  {
    name: 'Vault: a JWT login naming a role made for the OIDC flow (role_type oidc), as the CLI prints it',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.example.com/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* role with oidc role_type is not allowed',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'verifier.misconfigured',
    via: 'vault',
  },
  {
    name: 'Vault: the same error as hashicorp/vault-action logs the reply',
    input: 'vaultResponse: {"errors":["role with oidc role_type is not allowed"]}',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'vault',
  },
];

const POSTGREST: Row[] = [
  {
    name: 'PostgREST: the error object as supabase-js’s console.log prints it, over lines',
    input: "{\n  code: 'PGRST301',\n  details: null,\n  hint: null,\n  message: 'JWT expired'\n}",
    ...REFUSED,
    top: 'time.expired',
    via: 'postgrest',
  },
  {
    name: 'PostgREST: pretty-printed JSON with the code on an earlier line',
    input: '{"code": "PGRST303",\n  "details": null,\n  "hint": null,\n  "message": "JWT expired"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'postgrest',
  },
  {
    name: 'PostgREST: postgrest-py’s APIError dict',
    input:
      "postgrest.exceptions.APIError: {'code': 'PGRST303', 'details': None, 'hint': None, 'message': 'JWT expired'}",
    ...REFUSED,
    top: 'time.expired',
    via: 'postgrest',
  },
  {
    name: 'PostgREST: postgrest-js’s PostgrestError named before the message',
    input: 'PostgrestError: JWT expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'postgrest',
  },
  {
    name: 'jjwt’s own message keeps its credit',
    input:
      'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-05-28T14:02:00Z. Current time: 2026-05-28T14:10:00Z, a difference of 480000 milliseconds.',
    ...REFUSED,
    top: 'time.expired',
    via: 'jjwt',
  },
];

describe('formats, round gw3: KrakenD', () => {
  it.each(KRAKEND)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw3: Ocelot', () => {
  it.each(OCELOT)('$name', async (row) => {
    await expectPasteRow(row);
  });
  it('the scopes Ocelot printed are the required and the granted ones', async () => {
    const report = await run(OCELOT[1]?.input ?? '');
    const scope = report.findings.find((f) => f.code === 'scope.insufficient');
    expect(scope?.args).toMatchObject({
      via: 'ocelot',
      required: ['orders.read', 'orders.write'],
      granted: ['openid'],
    });
  });
  it('beside a pasted token, UnauthenticatedError classifies the paste and does not report a missing token', async () => {
    const token = `${rs256({ sub: 'u1', iss: 'https://idp.example.com', aud: 'orders', iat: NOW - 60, exp: NOW + 3000 })
      .split('.')
      .slice(0, 2)
      .join('.')}.***`;
    const report = await run(
      [
        `Authorization: Bearer ${token}`,
        `${OCELOT_RESPONDER}Error Code: UnauthenticatedError Message: Request for authenticated route /api/orders by  was unauthenticated${OCELOT_TAIL}`,
      ].join('\n'),
    );
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((f) => f.code)).not.toContain('token.missing');
  });
});

describe('formats, round gw3: ESPv2’s API-key refusals', () => {
  it.each(ESP)('$name', async (row) => {
    const report = await expectPasteRow(row);
    expect(report.findings.find((f) => f.code === 'proxy.gateway-response')?.args.apiKey).toBe(true);
  });
});

describe('formats, round gw3: Vault’s role_type', () => {
  it.each(VAULT)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw3: PostgREST’s JWT errors are PostgREST’s', () => {
  it.each(POSTGREST)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

const QUIET_ROWS: Row[] = [
  {
    name: 'prose: KrakenD’s roles words in a question',
    input: 'why does krakend say the token does not have sufficient roles when the user is an admin?',
    ...QUIET,
    excludes: ['scope.insufficient'],
  },
  {
    name: 'express-jwt’s UnauthorizedError is not Ocelot’s (no "Error Code: " before it)',
    input: 'UnauthorizedError: jwt expired',
    ...REFUSED,
    top: 'time.expired',
    excludes: ['policy.deny'],
  },
  {
    name: 'prose: Ocelot’s code named in a sentence',
    input: 'how do I map ScopeNotAuthorisedError to a custom response in Ocelot?',
    ...QUIET,
    excludes: ['scope.insufficient'],
  },
  {
    name: 'prose: "is not authorized to access" without Ocelot’s pipeline words',
    input: 'the user is not authorized to access this page, please ask an admin',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'a Google API’s own 400 for an invalid key (no ESPv2 status prefix) names no ESPv2',
    input: replied(
      'HTTP/2 400',
      '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}',
    ),
    status: 400,
    // Google's own refusal of the key (api-keys.ts's google-api-key row, round keys-b): an authentication failure.
    classification: 'authentication',
    product: null,
  },
  {
    name: 'a 400 page of an intermediary that refused no API key still names nothing on a 400',
    input: ['HTTP/1.1 400 Bad Request', 'Server: cloudflare', '', '<html><center>cloudflare</center></html>'].join(
      '\n',
    ),
    status: 400,
    classification: 'undetermined',
    product: null,
  },
  {
    name: 'prose: Vault’s role_type words in a how-to',
    input: 'set role_type=jwt, otherwise you get an error that the oidc role type is not allowed',
    ...QUIET,
    excludes: ['verifier.misconfigured'],
  },
];

describe('formats, round gw3: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw3: a signed token in the paste is never echoed', () => {
  it('KrakenD, Ocelot, ESPv2 and PostgREST refusals with a full signed token in the request', async () => {
    const token = rs256({ sub: 'u1', iss: 'https://idp.example.com', aud: 'orders', iat: NOW - 100, exp: NOW + 3500 });
    const signature = token.split('.')[2] as string;
    for (const response of [
      [S403, `${KRAKEND_LOG}Token sent by client does not have sufficient roles`].join('\n'),
      `${OCELOT_RESPONDER}Error Code: ScopeNotAuthorisedError Message: User scopes: 'openid' do not have all allowed scopes: 'orders.read'${OCELOT_TAIL}`,
      `${OCELOT_RESPONDER}Error Code: UnauthenticatedError Message: Request for authenticated route /api/orders by  was unauthenticated${OCELOT_TAIL}`,
      replied(
        'HTTP/2 400',
        '{"message":"INVALID_ARGUMENT:API key not valid. Please pass a valid API key.","code":400}',
      ),
      replied(S401, '{\n  "code": "PGRST301",\n  "message": "JWT expired"\n}'),
    ]) {
      const report = await run([`Authorization: Bearer ${token}`, '', response].join('\n'));
      const json = JSON.stringify(report);
      for (const part of [signature, signature.slice(0, 16), signature.slice(-16), token])
        expect(json.includes(part), 'a token part reached the report').toBe(false);
    }
  });
});
