/**
 * Round audit-aw: what HTTP clients print, as people paste it, around the shapes earlier rounds read: API clients'
 * saved requests (Hoppscotch, Insomnia, Thunder Client, Bruno), Node's ClientRequest dumped by axios and got, Java's
 * HttpURLConnection debug log. Each paste is rebuilt from the public thread or source named beside it (tokens made up);
 * the list, with each paste's verdict before and after, is the round's sources.md.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot } from '../helpers/catches.js';
import { EXPIRED } from '../helpers/paste-fixtures.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;

describe('an API client’s saved request: its auth tab sends the token its header list does not show (http/json.ts)', () => {
  it('catches not: Hoppscotch’s request, `"headers": []` beside `"auth": {"authType": "bearer", …}` (hoppscotch-data HoppRESTAuth.ts)', async () => {
    const report = await catchesNot(
      'authz-header.missing',
      [
        '{',
        '  "v": 2,',
        '  "name": "list orders",',
        '  "method": "GET",',
        '  "endpoint": "https://api.acme-corp.com/v1/orders",',
        '  "headers": [],',
        '  "params": [],',
        `  "auth": { "authType": "bearer", "authActive": true, "token": "${EXPIRED}" }`,
        '}',
        '401 • Unauthorized',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches not: Insomnia’s export, `"authentication": {"type": "bearer", "token": …}` (find_string ids 69486300960, 54743947842)', async () => {
    const report = await catchesNot(
      'authz-header.missing',
      [
        '{"_type": "request", "_id": "req_0a1b", "name": "list orders", "method": "GET",',
        ' "url": "https://api.acme-corp.com/v1/orders", "headers": [{"name": "Accept", "value": "application/json"}],',
        ` "authentication": {"type": "bearer", "token": "${EXPIRED}", "prefix": ""}}`,
        'Error: 401 Unauthorized',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('time.expired');
  });
  it('catches not: Thunder Client’s export, `"auth": {"type": "bearer", "bearer": …}` (MicroFish91/portfolio-instruments-api)', async () => {
    await catchesNot(
      'authz-header.missing',
      [
        '{ "_id": "5db189a3", "name": "GetAllTasks", "url": "https://api.acme-corp.com/v1/orders", "method": "GET",',
        `  "headers": [], "auth": { "type": "bearer", "bearer": "${EXPIRED}" } }`,
        'Status: 401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches not: a fetch-style header map beside an auth tab of another kind (`"mode": "oauth2"`)', async () => {
    await catchesNot(
      'authz-header.missing',
      [
        '{ "method": "GET", "url": "https://api.acme-corp.com/v1/orders",',
        '  "headers": { "Accept": "application/json" }, "auth": { "mode": "oauth2" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches: the auth tab set to none, so the header list is all the request sent (Hoppscotch `authType: "none"`)', async () => {
    await catches(
      'authz-header.missing',
      [
        '{ "name": "list orders", "method": "GET", "endpoint": "https://api.acme-corp.com/v1/orders",',
        '  "headers": [], "auth": { "authType": "none", "authActive": true } }',
        '401 Unauthorized',
      ].join('\n'),
    );
  });
  it('catches: the auth tab switched off (Hoppscotch `authActive: false`), and Postman’s "noauth"', async () => {
    await catches(
      'authz-header.missing',
      [
        '{ "method": "GET", "endpoint": "https://api.acme-corp.com/v1/orders", "headers": [],',
        '  "auth": { "authType": "bearer", "authActive": false, "token": "" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
    await catches(
      'authz-header.missing',
      [
        '{ "method": "GET", "url": "https://api.acme-corp.com/v1/orders", "headers": [], "auth": { "type": "noauth" } }',
        'HTTP/1.1 401 Unauthorized',
      ].join('\n'),
    );
  });
});
