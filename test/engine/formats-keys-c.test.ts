/**
 * Round keys-c: the last of the API-key family (Jira, HubSpot, Sentry, Datadog), each read only in its own product's
 * layout (sources beside each row in parse/verifier-messages/api-keys.ts).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const REFUSED: [name: string, paste: string, via: string, credential: string, title: string][] = [
  [
    'Jira Cloud reply',
    'HTTP/1.1 401 Unauthorized\n\n{"message":"Client must be authenticated to access this resource.","status-code":401}',
    'jira',
    'jira-api-token',
    'Jira did not authenticate the request (email and API token)',
  ],
  [
    'HubSpot reply (Node SDK)',
    '{"body":{"category":"INVALID_AUTHENTICATION","correlationId":"f0ee980f-a446-4189-b004-ff06d08bf4e3","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","status":"error"}',
    'hubspot',
    'hubspot-access-token',
    'HubSpot refused the credentials (INVALID_AUTHENTICATION)',
  ],
  [
    'HubSpot reply (Python SDK)',
    'hubspot.crm.imports.exceptions.ApiException: (401)\nReason: Unauthorized\nHTTP response body: {"status":"error","message":"Authentication credentials not found. This API supports both API Key and OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","correlationId":"6519ebb7","category":"INVALID_AUTHENTICATION"}',
    'hubspot',
    'hubspot-access-token',
    'HubSpot refused the credentials (INVALID_AUTHENTICATION)',
  ],
  [
    'sentry-cli',
    'error: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)',
    'sentry',
    'sentry-auth-token',
    'Sentry refused the auth token',
  ],
  [
    'Sentry API reply',
    '> GET /api/0/organizations/acme/releases/ HTTP/1.1\n> Host: sentry.io\n< HTTP/1.1 401 Unauthorized\n{"detail":"Invalid token"}',
    'sentry',
    'sentry-auth-token',
    'Sentry refused the auth token',
  ],
  [
    'Datadog API client',
    'metrics: ERROR: failed to send metrics (err=ApiException [Error]: HTTP-Code: 403\nMessage: {"errors":["Forbidden"],"additionalProperties":{"status":"error","code":403,"statuspage":"http://status.datadoghq.com"}}',
    'datadog',
    'datadog-keys',
    'Datadog refused the API or application key (403 Forbidden)',
  ],
  [
    'Datadog curl with its key headers',
    'curl -X GET "https://api.datadoghq.eu/api/v1/dashboard" -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY"\n{"errors": ["Forbidden"]}',
    'datadog',
    'datadog-keys',
    'Datadog refused the API or application key (403 Forbidden)',
  ],
];

describe('the last of the API-key family', () => {
  for (const [name, paste, via, credential, title] of REFUSED) {
    it(`catches: ${name}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via, credential });
      expect(f.title).toBe(title);
      const j = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(j?.title).not.toBe(title);
    });
    it(`catches not: ${name} is no missing token nor a status mismatch`, async () => {
      await catchesNot('token.missing', paste);
      await catchesNot('status.mismatch', paste);
    });
  }
});

describe('the same words elsewhere state nothing', () => {
  const NOT: [name: string, paste: string][] = [
    ['prose about Jira', 'Jira says client must be authenticated to access this resource when I call it from the bot'],
    ['Jira’s words without its reply', 'Client must be authenticated to access this resource.'],
    ['prose about HubSpot', 'HubSpot returns INVALID_AUTHENTICATION for our private app since Monday'],
    ['the word as another field', '{"code":"INVALID_AUTHENTICATION","message":"bad"}'],
    ['prose about Sentry', 'Sentry keeps saying Invalid token for the release upload'],
    ['another API’s DRF reply', 'GET https://api.example.com/v1/items -> 401 {"detail":"Invalid token"}'],
    [
      '"Invalid token" inside a longer detail near Sentry',
      'sentry.io {"detail":"Invalid token header. No credentials provided."}',
    ],
    ['another API’s Forbidden', 'POST https://api.example.com/v1/series -> 403 {"errors":["Forbidden"]}'],
    ['prose about Datadog', 'Datadog answers Forbidden when I use the EU key'],
  ];
  for (const [name, paste] of NOT) {
    it(`reads no key refusal: ${name}`, async () => {
      const r = await run(paste);
      const f = r.findings.find((x) => x.code === 'challenge.invalid-token');
      expect(['jira', 'hubspot', 'sentry', 'datadog']).not.toContain((f?.args as { via?: string } | undefined)?.via);
    });
  }
});
