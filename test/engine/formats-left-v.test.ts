/**
 * Round left-v: readings the audits of this stop left (audit-pp, audit-qq, audit-rr, audit-ss). Each row cites the
 * paste it was rebuilt from, or the product's source for the shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a product’s generic words are that product’s only with the product near', () => {
  // guzzle/guzzle#1066 (audit-pp #07): Guzzle 5 printing an OAuth 1 API's refusal; nothing names Kong.
  const guzzle =
    "Fatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error response [url] http://www.mywebsite.bar/rest/v4/foo/ [status code] 401 [reason phrase] Unauthorized : Invalid signature";

  it('catches: the bare "Invalid signature" as a signature refusal, naming no product', async () => {
    const f = await catches('signature.invalid', guzzle);
    expect(f.args.via).toBeUndefined();
    await catchesNot('proxy.gateway-response', guzzle);
  });

  it('catches: Kong’s body behind its Server header (kong/plugins/jwt/handler.lua) is still Kong’s', async () => {
    const kong =
      'HTTP/1.1 401 Unauthorized\nServer: kong/3.4.2\nContent-Type: application/json\n\n{"message":"Invalid signature"}';
    const f = await catches('signature.invalid', kong);
    expect(f.args.via).toBe('kong');
    await catches('proxy.gateway-response', kong);
  });

  it('catches not: Kong for an application’s own log line with the same body', async () => {
    const r = await run('orders-api log:\n{"message":"Invalid signature"}');
    expect(r.findings.some((f) => f.args.via === 'kong')).toBe(false);
    expect(r.findings.some((f) => f.code === 'proxy.gateway-response')).toBe(false);
  });

  it('catches not: Kong for a bare "Invalid algorithm"', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid algorithm"}');
    expect(r.findings.some((f) => f.args.via === 'kong')).toBe(false);
  });

  it('catches: a bare {"message":"Invalid API key"} as a refused key, naming no product (audit-pp #03)', async () => {
    const f = await catches('challenge.invalid-token', 'HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key"}');
    expect(f.args.via).toBeUndefined();
  });

  it('catches: Grafana’s message-only body with Grafana’s host (pkg/middleware/auth.go) is still Grafana’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'GET https://grafana.example.com/api/search\nHTTP/1.1 401 Unauthorized\n\n{"message":"Invalid API key"}',
    );
    expect(f.args.via).toBe('grafana');
  });

  it('catches not: a longer message that begins with the words (OpenWeatherMap’s, audit-pp #03)', async () => {
    const r = await run(
      '401 Unauthorized: [{"cod":401, "message": "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."}]',
    );
    expect(r.findings.some((f) => f.args.via === 'grafana')).toBe(false);
  });

  it('catches: Restforce’s "invalid client credentials" is Salesforce’s (restforce/restforce#338)', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'Restforce::AuthenticationError: invalid_client: invalid client credentials',
    );
    expect(f.args.via).toBe('salesforce');
  });

  it('catches not: Salesforce for another token endpoint’s same words', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\ntoken request failed: invalid client credentials');
    expect(r.findings.some((f) => f.args.via === 'salesforce')).toBe(false);
  });
});
