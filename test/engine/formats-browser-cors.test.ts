/**
 * The browser console's words for a failed CORS preflight, with or without the status the OPTIONS got: Chromium's
 * "Response to preflight request doesn't pass access control check" (gurucomputing/headscale-ui#126), older Chrome's
 * "Response for preflight has invalid HTTP status code 401" (Baeldung/rest-with-spring-boot#84), Firefox's
 * "(Reason: CORS preflight response did not succeed). Status code: 401." (MDN CORSPreflightDidNotSucceed).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

const codes = (r: Report): string[] => r.findings.map((f) => f.code);
const CHROMIUM = (what: string): string =>
  `Access to fetch at 'https://api.example.com/v1/me' from origin 'http://localhost:3000' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: ${what}`;

describe('the browser says the preflight failed', () => {
  it('with no status: the request and its token were never sent; the first step asks for the OPTIONS status', async () => {
    const r = await run(CHROMIUM('It does not have HTTP ok status.'));
    expect(r.status).toBeNull();
    const f = r.findings[0];
    expect(f?.code).toBe('request.cors-rejected');
    expect(f?.args).toMatchObject({ preflight: true, browser: true, origin: 'http://localhost:3000' });
    expect(f?.evidence).toContain('Response to preflight request');
    expect(r.nextSteps[0]).toContain('OPTIONS');
    expect(codes(r)).not.toContain('input.empty');
  });

  it('in Japanese', async () => {
    const r = await run(CHROMIUM('It does not have HTTP ok status.'), { locale: 'ja' });
    expect(r.findings[0]?.title).toContain('プリフライト');
    expect(r.nextSteps[0]).toContain('OPTIONS');
  });

  it('with the console’s OPTIONS 403: the server’s CORS check refused the preflight', async () => {
    const r = await run(
      `${CHROMIUM("No 'Access-Control-Allow-Origin' header is present on the requested resource.")}\nOPTIONS https://api.example.com/v1/me net::ERR_FAILED 403 (Forbidden)`,
    );
    expect(r.findings[0]?.code).toBe('request.cors-rejected');
    expect(r.findings[0]?.args).toMatchObject({ preflight: true });
    expect(r.findings[0]?.args.browser).toBeUndefined();
  });

  it.each([
    [
      'older Chrome',
      'XMLHttpRequest cannot load http://localhost:8086/um-web/oauth/token. Response for preflight has invalid HTTP status code 401',
    ],
    [
      'Firefox',
      'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/v1/me. (Reason: CORS preflight response did not succeed). Status code: 401.',
    ],
  ])('%s with a 401: the preflight was refused for carrying no token', async (_name, paste) => {
    const r = await run(paste);
    expect(r.status).toBe(401);
    const f = r.findings.find((x) => x.code === 'token.missing' || x.code === 'authz-header.missing');
    expect(f?.args).toMatchObject({ preflight: true });
    expect(codes(r)).not.toContain('request.cors-rejected');
  });
});

describe('not a failed preflight', () => {
  it('a real request’s missing Access-Control-Allow-Origin (no preflight words) is not read as one', async () => {
    const r = await run(
      "Access to XMLHttpRequest at 'https://api.example.com/v1/me' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
    expect(codes(r)).not.toContain('request.cors-rejected');
  });

  it('prose about preflights, and a plain 403, are no refusal', async () => {
    const prose = await run('Note: the preflight request is answered by the gateway before auth runs.');
    expect(codes(prose)).not.toContain('request.cors-rejected');
    const plain = await run('HTTP/1.1 403 Forbidden');
    expect(codes(plain)).not.toContain('request.cors-rejected');
  });
});
