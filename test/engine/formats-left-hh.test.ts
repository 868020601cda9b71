/**
 * Round left-hh: what the stop's rounds left. Each row cites the source of its shape; catch-not rows are the near
 * misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

/** A signature part that is present and unmasked (its bytes verify nothing). */
const SIGNATURE = 'dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZS1hdC1hbGw';

describe('policy.service-not-enabled: the service is not enabled for the caller’s project or account', () => {
  // google-gemini/gemini-cli#1343: Google's JSON error with its ErrorInfo (reason, service, consumer).
  const gemini = [
    'HTTP/1.1 403 Forbidden',
    '',
    '{"error":{"code":403,"message":"Gemini for Google Cloud API has not been used in project sciortino-test-sandbox-395446 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/cloudaicompanion.googleapis.com/overview?project=sciortino-test-sandbox-395446 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com","metadata":{"serviceTitle":"Gemini for Google Cloud API","consumer":"projects/sciortino-test-sandbox-395446","service":"cloudaicompanion.googleapis.com"}}]}}',
  ].join('\n');

  it('catches Google’s SERVICE_DISABLED with its API and project, and gives the enable step, not a request for headers', async () => {
    const f = await catches('policy.service-not-enabled', gemini);
    expect(f.args).toMatchObject({
      via: 'google-api',
      provider: 'google',
      service: 'cloudaicompanion.googleapis.com',
      project: 'sciortino-test-sandbox-395446',
    });
    const report = await run(gemini);
    expect(report.classification).toBe('authorization');
    expect(report.findings[0]?.code).toBe('policy.service-not-enabled');
    expect(report.nextSteps[0]).toContain(
      'gcloud services enable cloudaicompanion.googleapis.com --project sciortino-test-sandbox-395446',
    );
    expect(report.nextSteps.join('\n')).not.toContain('Maps Platform');
    await catchesNot('policy.deny', gemini);
    const ja = await catches('policy.service-not-enabled', gemini, { locale: 'ja' });
    expect(ja.title).toContain('sciortino-test-sandbox-395446');
  });

  it.each([
    // GoogleCloudPlatform/community#884: Terraform's googleapi print, no ErrorInfo.
    [
      'googleapi: Error 403: Service Usage API has not been used in project 1021909506549 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=1021909506549 then retry., accessNotConfigured',
      { provider: 'google', service: 'serviceusage.googleapis.com', project: '1021909506549' },
    ],
    // osingla/RouteView#19: the Maps JavaScript API's console error, the API named before it.
    [
      'This API project is not authorized to use this API. Places API error: ApiNotActivatedMapError',
      { via: 'google-maps', provider: 'google', service: 'Places API' },
    ],
    // saml-dev/MMM-Traffic#78: a Maps web service's REQUEST_DENIED.
    [
      "ERROR: Google Maps API returned an error message:\n{ error_message: 'This API project is not authorized to use this API.',\n  routes: [],\n  status: 'REQUEST_DENIED' }",
      { via: 'google-maps', provider: 'google', service: null },
    ],
    // pcorliss/ruby_route_53#1: Route 53's XML error.
    [
      '<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2010-10-01/"><Error><Type>Sender</Type><Code>OptInRequired</Code><Message>The AWS Access Key Id needs a subscription for the service</Message></Error></ErrorResponse>',
      { via: 'aws', provider: 'aws' },
    ],
    // webiny/webiny-js#1517: S3's NotSignedUp names the service.
    [
      '* Error creating S3 bucket: NotSignedUp: Your account is not signed up for the S3 service. You must sign up before you can use S3.\n\tstatus code: 403',
      { via: 'aws', provider: 'aws', service: 'S3' },
    ],
    // Azure/OpenShift#21: autorest's print of ARM's error.
    [
      'autorest/azure: Service returned an error. Status=<nil> Code="MissingSubscriptionRegistration" Message="The subscription is not registered to use namespace \'Microsoft.Solutions\'. See https://aka.ms/rps-not-found for how to register subscriptions."',
      { via: 'azure-resource-manager', provider: 'azure', service: 'Microsoft.Solutions' },
    ],
  ])('catches %s', async (input, args) => {
    expect((await catches('policy.service-not-enabled', input)).args).toMatchObject(args);
  });

  it('reads EC2’s OptInRequired on its 401 as the account’s set-up: authorization, no challenge asked for', async () => {
    // Appliscale/cloud-security-audit#24.
    const input =
      'ERROR: OptInRequired: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.\n\tstatus code: 401, request id: 5c0d0a3e';
    const report = await run(input);
    expect(report.findings[0]?.code).toBe('policy.service-not-enabled');
    const f = await catches('policy.service-not-enabled', input);
    expect(f.args).toMatchObject({ provider: 'aws', service: null });
    expect(report.nextSteps.join('\n')).toContain('AWS Regions');
  });

  it('absorbs the stated policy.deny a client’s PERMISSION_DENIED around Google’s words gives', async () => {
    // gcloud's print of the same refusal (GoogleCloudPlatform/community#884's words, as gcloud prefixes them).
    const input =
      'ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Cloud Run Admin API has not been used in project my-proj-42 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/run.googleapis.com/overview?project=my-proj-42 then retry.';
    expect((await catches('policy.service-not-enabled', input)).args).toMatchObject({
      service: 'run.googleapis.com',
      project: 'my-proj-42',
    });
    await catchesNot('policy.deny', input);
  });

  it('gives Azure’s register step with the namespace, in both languages', async () => {
    const input =
      "(MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.Sql'. See https://aka.ms/rps-not-found for how to register subscriptions.";
    expect((await run(input)).nextSteps[0]).toContain('az provider register --namespace Microsoft.Sql');
    expect((await run(input, { locale: 'ja' })).nextSteps[0]).toContain(
      'az provider register --namespace Microsoft.Sql',
    );
  });

  it.each([
    ['another product’s enum state', 'worker state=SERVICE_DISABLED, restarting in 5s'],
    ['OptInRequired as a field name with no AWS near', 'form.validate: field OptInRequired must be a boolean'],
    ['a key restricted to other APIs is the key’s restriction', '"reason": "API_KEY_SERVICE_BLOCKED",'],
    ['a Maps key refused by its restriction', 'Google Maps JavaScript API error: RefererNotAllowedMapError'],
    ['prose about a project not yet used', 'This key has not been used in project alpha yet.'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('policy.service-not-enabled', input);
  });
});

describe('signature.unchecked: an HMAC-signed token’s key is a shared secret, never a JWKS', () => {
  // RFC 7518 §3.2: HS256/384/512 are keyed with a shared secret; round audit-ar saw the JWKS step on an HS256
  // Meilisearch tenant token (docs: "Tenant tokens are JWTs signed with an API key").
  it.each(['HS256', 'HS384', 'HS512'])(
    'catches a %s token with no key, and asks for the secret as an oct JWK',
    async (alg) => {
      const input = `Authorization: Bearer ${unsigned({ alg, typ: 'JWT' }, { sub: 'u1', iat: NOW - 600, exp: NOW + 3000 }, SIGNATURE)}`;
      const f = await catches('signature.unchecked', input);
      expect(f.args).toMatchObject({ reason: 'no-key', hmacAlg: alg });
      expect(f.detail).not.toContain('JWKS or public key with the token');
      const steps = (await run(input)).nextSteps.join('\n');
      expect(steps).toContain('"kty":"oct"');
      expect(steps).not.toMatch(/paste the issuer’s JWKS/);
      expect((await catches('signature.unchecked', input, { locale: 'ja' })).detail).toContain(`HMAC（${alg}）`);
    },
  );

  it.each(['RS256', 'ES256', 'EdDSA'])('does not treat a %s token as HMAC: its step is still the JWKS', async (alg) => {
    const input = `Authorization: Bearer ${unsigned({ alg, typ: 'JWT' }, { sub: 'u1', iat: NOW - 600, exp: NOW + 3000 }, SIGNATURE)}`;
    const f = await catches('signature.unchecked', input);
    expect(f.args).not.toHaveProperty('hmacAlg');
    expect((await run(input)).nextSteps.join('\n')).toContain('--jwks jwks.json');
  });
});

describe('claim.sub-missing: media tokens whose product names its user by claims of its own', () => {
  // unchecked-claims.ts backendMintedMediaToken: Stream's user_id, 100ms's user_id, the Zoom Meeting SDK (no user), Daily's
  // ud; each product's docs show no sub.
  const stream = unsigned({ alg: 'HS256', typ: 'JWT' }, { user_id: 'john', exp: NOW + 600 });
  const hms = unsigned(
    { alg: 'HS256' },
    {
      access_key: '64ef0ea4ca5848f0e3d4663a',
      room_id: '64ef354d7fb895bed6f7a305',
      user_id: '64ef0ea4ca5848f0e3d46638',
      role: 'host',
      type: 'app',
      version: 2,
      iat: NOW - 60,
      exp: NOW + 3600,
    },
  );
  const zoom = unsigned(
    { alg: 'HS256', typ: 'JWT' },
    {
      appKey: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7',
      sdkKey: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7',
      mn: '85746065432',
      role: 0,
      iat: NOW - 60,
      exp: NOW + 7200,
      tokenExp: NOW + 7200,
    },
  );
  const daily = unsigned(
    { alg: 'HS256', typ: 'JWT' },
    { r: 'call-123', d: '6f1c5be1-2679-497b-a20f-0d1fd62d07a6', ud: 'u-42', iat: NOW - 60, exp: NOW + 3540 },
  );

  it.each([
    ['Stream, named', `stream-chat connectUser failed with token ${stream}`],
    ['100ms', `Authorization: Bearer ${hms}`],
    ['the Zoom Meeting SDK', `signature: ${zoom}`],
    ['Daily, named by its host', `https://acme.daily.co/call-123?t=${daily}`],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('claim.sub-missing', input);
  });

  it.each([
    ['user_id alone when Stream is not named', `Authorization: Bearer ${stream}`],
    ['r and d when Daily is not named', `Authorization: Bearer ${daily}`],
    [
      'a plain token with no sub',
      `Authorization: Bearer ${unsigned({ alg: 'RS256' }, { iss: 'https://auth.example.com/', exp: NOW + 600 })}`,
    ],
  ])('still catches %s', async (_name, input) => {
    await catches('claim.sub-missing', input);
  });
});

describe('an object util.inspect printed is a headers object only when its names say so', () => {
  // karakeep-app/karakeep#44: MeiliSearchApiError's own members (code, type, link to its docs, httpStatus) under a
  // TRPCError's `[cause]`, opened by a stack line: its `link` is no response header, so no response was shown.
  const meiliMissing = [
    'MeiliSearchApiError: The Authorization header is missing. It must use the bearer authorization method.',
    '    at /app/apps/web/.next/server/chunks/673.js:4817:1188',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {',
    "  code: 'INTERNAL_SERVER_ERROR',",
    "  name: 'TRPCError',",
    '  [cause]: l [MeiliSearchApiError]: The Authorization header is missing. It must use the bearer authorization method.',
    '      at /app/apps/web/.next/server/chunks/673.js:4817:1188 {',
    "    code: 'missing_authorization_header',",
    "    type: 'auth',",
    "    link: 'https://docs.meilisearch.com/errors#missing_authorization_header',",
    '    httpStatus: 401',
    '  }',
    '}',
  ].join('\n');
  // meilisearch/meilisearch#2638: the SDK's error object printed alone.
  const meiliInvalid = [
    'meilisearch returns',
    ' {',
    "  code: 'invalid_api_key',",
    "  type: 'auth',",
    "  link: 'https://docs.meilisearch.com/errors#invalid_api_key',",
    '  httpStatus: 403',
    '}',
  ].join('\n');

  it('does not catch challenge.missing from an SDK error object’s link and httpStatus', async () => {
    await catchesNot('challenge.missing', meiliMissing);
    expect((await catches('token.missing', meiliMissing)).args).toMatchObject({ via: 'meilisearch' });
  });

  it('does not label an error object’s link a response header', async () => {
    const report = await run(meiliInvalid);
    expect(report.findings.filter((f) => f.source === 'response-header')).toEqual([]);
  });

  it('still reads a printed response headers object under a stack line, and its missing challenge', async () => {
    // A client's error printed by util.inspect with its response's headers: a link beside a name only a response carries.
    const input = [
      'Error: Request failed with status code 401',
      '    at /app/node_modules/some-client/dist/index.js:86:21 {',
      '  status: 401,',
      "  server: 'GitHub.com',",
      '  link: \'<https://api.github.com/user/repos?page=3>; rel="next"\',',
      '}',
    ].join('\n');
    const f = await catches('challenge.missing', input);
    expect(f.source).toBe('response-header');
  });

  it('still tells a request options log’s inspected headers as the request’s', async () => {
    const input = [
      'GET /user/repos?page=2 failed with 401. request options: {',
      "  method: 'GET',",
      "  url: 'https://api.github.com/user/repos?page=2',",
      '  headers: {',
      "    accept: 'application/vnd.github+json',",
      '    link: \'<https://api.github.com/user/repos?page=3>; rel="next"\',',
      "    'user-agent': 'octokit-rest.js/20.0.2'",
      '  }',
      '}',
    ].join('\n');
    const f = await catches('authz-header.missing', input);
    expect(f.source).toBe('request-header');
    await catchesNot('challenge.missing', input);
  });
});

describe('key.kid-unknown: an HMAC-signed token’s kid names a shared secret, not a published key', () => {
  const secretSet = (kid: string) =>
    JSON.stringify({
      keys: [{ kty: 'oct', kid, k: Buffer.from('another-secret-another-secret-32b').toString('base64url') }],
    });

  it('catches an HS256 token whose kid is not among the secrets given, with the secrets’ step, not the JWKS', async () => {
    const token = unsigned(
      { alg: 'HS256', typ: 'JWT', kid: 'k1' },
      { sub: 'u1', iat: NOW - 60, exp: NOW + 600 },
      SIGNATURE,
    );
    const f = await catches('key.kid-unknown', `Authorization: Bearer ${token}`, { keys: [secretSet('k2')] });
    expect(f.args).toMatchObject({ kid: 'k1', available: ['k2'], hmacAlg: 'HS256' });
    const steps = (await run(`Authorization: Bearer ${token}`, { keys: [secretSet('k2')] })).nextSteps.join('\n');
    expect(steps).not.toContain('JWKS');
    expect(steps).toContain('under the same kid');
  });

  it('keeps the JWKS step for an RS256 token whose kid is not in the set', async () => {
    const token = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, { sub: 'u1', iat: NOW - 60, exp: NOW + 600 });
    const jwks = JSON.stringify({ keys: [{ kty: 'RSA', kid: 'k2', n: 'sXch', e: 'AQAB' }] });
    const f = await catches('key.kid-unknown', `Authorization: Bearer ${token}`, { keys: [jwks] });
    expect(f.args).not.toHaveProperty('hmacAlg');
  });
});
