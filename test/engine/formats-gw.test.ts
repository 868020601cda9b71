/**
 * Round "gw": API gateways' own refusal bodies. Apigee's VerifyJWT faults the table did not name (an errorcode of
 * `steps.jwt.*` it has no row for, the key faults), its OAuthV2 `access_token_not_approved` and no-API-product faults,
 * VerifyAPIKey's unresolved key; Tyk's other constants (gateway/handler_error.go); Azure API Management's subscription-key
 * refusals, which name the header the key goes in. Sources beside the rows in parse/verifier-messages/gateways.ts and
 * parse/proxy-texts.ts; readings in docs/findings.md. The last group puts the same words in prose and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import {
  A401,
  A403,
  DENIED,
  EXPIRED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** Apigee's fault body, `{"fault":{"faultstring":…,"detail":{"errorcode":…}}}`. */
const fault = (faultstring: string, errorcode: string) =>
  `{"fault":{"faultstring":"${faultstring}","detail":{"errorcode":"${errorcode}"}}}`;
const replied = (status: string, body: string, ...headers: string[]) =>
  [status, JSON_CT, ...headers, '', body].join('\n');

const APIGEE: Row[] = [
  {
    name: 'Apigee VerifyJWT: an errorcode no row names (steps.jwt.FailedToVerify) is Apigee refusing the token',
    input: replied(S401, fault('JWT failed to verify', 'steps.jwt.FailedToVerify')),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'apigee',
    product: 'Apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee VerifyJWT: the same fault with no status line',
    input: fault('JWT failed to verify', 'steps.jwt.FailedToVerify'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'apigee',
    excludes: ['input.empty', ...NOT_MISSING],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.InvalidClaim (a claim or header missing or different: which, unsaid)',
    input: replied(S401, `{"fault":{"detail":{"errorcode":"steps.jwt.InvalidClaim"}}}`),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'apigee',
    product: 'Apigee',
    excludes: ['claim.aud-mismatch', 'claim.required-missing', ...NOT_MISSING],
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.JwtSubjectMismatch in an XML fault',
    input: [
      S401,
      'Content-Type: application/xml',
      '',
      '<fault><detail><errorcode>steps.jwt.JwtSubjectMismatch</errorcode></detail></fault>',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'apigee',
  },
  {
    name: 'Apigee VerifyJWT: steps.jwt.KeyParsingFailed is the policy’s own key',
    input: replied(S401, `{"fault":{"detail":{"errorcode":"steps.jwt.KeyParsingFailed"}}}`),
    ...A401,
    top: 'verifier.misconfigured',
    via: 'apigee',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Apigee VerifyJWT: a documented code keeps its own row (steps.jwt.TokenExpired over the fallback)',
    input: replied(S401, fault('The Token has expired: policy(JWT-Verify-RS256)', 'steps.jwt.TokenExpired')),
    ...A401,
    top: 'time.expired',
    via: 'apigee',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Apigee OAuthV2: keymanagement.service.access_token_not_approved is a revoked token',
    input: replied(S401, fault('Access Token not approved', 'keymanagement.service.access_token_not_approved')),
    ...A401,
    top: 'token.revoked',
    via: 'apigee',
    product: 'Apigee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Apigee OAuthV2: access_token_not_approved with no status line',
    input: fault('Access Token not approved', 'keymanagement.service.access_token_not_approved'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'apigee',
  },
  {
    name: 'Apigee OAuthV2: no API product of the token’s app holds this path (a stated policy denial; its 401 stands)',
    input: replied(
      S401,
      fault(
        'Invalid API call as no apiproduct match found',
        'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound',
      ),
    ),
    ...A401,
    top: 'policy.deny',
    via: 'apigee',
    product: 'Apigee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Apigee OAuthV2: oauth.v2.InvalidAccessToken for an Authorization: OAuth header names the scheme first',
    input: [
      'GET /whodini/v1/discovery HTTP/1.1',
      'Host: api.example.com',
      'Authorization: OAuth M8x2kLq9zPq3vR7tYw1',
      '',
      replied(S401, fault('Invalid access token', 'oauth.v2.InvalidAccessToken')),
    ].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
    product: 'Apigee',
  },
  {
    name: 'Apigee OAuthV2: oauth.v2.InvalidAccessToken for an empty bearer token',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.example.com',
      'Authorization: Bearer ',
      '',
      replied(S401, fault('Invalid access token', 'oauth.v2.InvalidAccessToken')),
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'apigee',
    product: 'Apigee',
  },
  {
    name: 'Apigee VerifyAPIKey: FailedToResolveAPIKey is the app key, not the token',
    input: replied(
      S401,
      fault('Failed to resolve API Key variable request.queryparam.apikey', 'steps.oauth.v2.FailedToResolveAPIKey'),
    ),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Apigee',
    excludes: NOT_MISSING,
  },
];

const TYK: Row[] = [
  {
    name: 'Tyk: 403 Access to this API has been disallowed (the key’s access rights omit this API)',
    input: replied(S403, '{\n    "error": "Access to this API has been disallowed"\n}', 'X-Generator: tyk.io'),
    ...A403,
    top: 'policy.deny',
    via: 'tyk',
    product: 'Tyk',
    excludes: NOT_MISSING,
  },
  {
    name: 'Tyk: Access to this API has been disallowed, body alone',
    input: '{"error": "Access to this API has been disallowed"}',
    ...DENIED,
    top: 'policy.deny',
    via: 'tyk',
  },
  {
    name: 'Tyk: Key not authorised. OAuth client access was revoked',
    input: replied(S401, '{"error": "Key not authorised. OAuth client access was revoked"}'),
    ...A401,
    top: 'token.revoked',
    via: 'tyk',
    product: 'Tyk',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Tyk: {"error": "Key not authorised"} with no status line is Tyk refusing the key',
    input: '{"error": "Key not authorised"}',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'tyk',
  },
];

const APIM_MISSING =
  '{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }';
const APIM_INVALID =
  '{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }';

const APIM: Row[] = [
  {
    name: 'Azure API Management: missing subscription key, with its status line',
    input: replied('HTTP/1.1 401 Access Denied', APIM_MISSING),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Azure API Management',
    excludes: [...NOT_MISSING, 'challenge.invalid-token'],
  },
  {
    name: 'Azure API Management: invalid subscription key, with a bearer token sent',
    input: [
      'GET /echo/resource HTTP/1.1',
      'Host: contoso.azure-api.net',
      'Authorization: Bearer M8x2kLq9zPq3vR7tYw1',
      '',
      replied(S401, APIM_INVALID),
    ].join('\n'),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Azure API Management',
    excludes: [...NOT_MISSING, 'challenge.invalid-token'],
  },
];

describe('formats, round gw: API Management’s challenge names a renamed key header', () => {
  it('the AzureApiManagementKey challenge’s name wins over the default', async () => {
    const report = await run(
      [
        'HTTP/1.1 401 Access Denied',
        JSON_CT,
        'WWW-Authenticate: AzureApiManagementKey realm="https://contoso.azure-api.net/orders",name="X-Orders-Key",type="header"',
        '',
        APIM_MISSING,
      ].join('\n'),
    );
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args).toMatchObject({ apiKey: true, keyHeader: 'X-Orders-Key' });
    expect(report.nextSteps[0]).toContain('X-Orders-Key header');
  });
});

const QUIET_ROWS: Row[] = [
  {
    name: 'prose: an Apigee JWT code named in a sentence',
    input: 'The errorcode steps.jwt.InvalidClaim is documented for a claim mismatch',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'a fault rule testing an Apigee JWT code',
    input: 'if (fault.name == "steps.jwt.InvalidClaim") { context.setVariable("x", "401"); }',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Apigee GenerateJWT’s own failure is no refusal of a token',
    input: fault('Failed to generate JWT', 'steps.jwt.GenerationFailed'),
    ...QUIET,
    excludes: ['challenge.invalid-token', 'verifier.misconfigured'],
  },
  {
    name: 'prose: Apigee’s revoked-token words without its code',
    input: 'the docs say Access Token not approved happens after the app is revoked',
    ...QUIET,
    excludes: ['token.revoked'],
  },
  {
    name: 'prose: Tyk’s disallowed words inside a sentence',
    input: 'Tyk answers with access to this API has been disallowed when the key lacks rights',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'prose: APIM’s subscription-key words with no status',
    input: 'why does APIM say access denied due to missing subscription key when I send the header?',
    ...QUIET,
    excludes: ['proxy.gateway-response', 'token.missing'],
  },
];

describe('formats, round gw: Apigee', () => {
  it.each(APIGEE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw: Tyk', () => {
  it.each(TYK)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw: Azure API Management', () => {
  it.each(APIM)('$name', async (row) => {
    const report = await expectPasteRow(row);
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args).toMatchObject({ apiKey: true, keyHeader: 'Ocp-Apim-Subscription-Key' });
  });

  it('a refused Apigee app key names no header (its policy chooses where the key goes)', async () => {
    const report = await run(replied(S401, fault('Invalid ApiKey', 'oauth.v2.InvalidApiKey')));
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args.apiKey).toBe(true);
    expect(proxy?.args).not.toHaveProperty('keyHeader');
  });
});

describe('formats, round gw: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw: a signed token in the paste is never echoed', () => {
  it('Apigee and Tyk refusals with the full expired token in the request', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    for (const body of [
      fault('JWT failed to verify', 'steps.jwt.FailedToVerify'),
      fault('Access Token not approved', 'keymanagement.service.access_token_not_approved'),
      '{"error": "Key not authorised. OAuth client access was revoked"}',
    ])
      await expectPasteRow(
        {
          name: 'signed token',
          input: [`Authorization: Bearer ${EXPIRED}`, S401, JSON_CT, '', body].join('\n'),
          ...A401,
        },
        [signature, signature.slice(0, 16), signature.slice(-16)],
      );
  });
});
