/**
 * Round keys-b: a refused key's finding is titled for the key ("Stripe refused the API key"), more of the API-key family
 * (sources beside each row in parse/verifier-messages/api-keys.ts), and GitHub's push denial's own step.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

describe('a refused key’s title names the product and the key', () => {
  const cases: [paste: string, en: string, ja: string][] = [
    [
      'stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****abcd',
      'Stripe refused the API key',
      'Stripe が API キーを拒否しています',
    ],
    [
      'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.',
      'AWS does not know the access key',
      'AWS がこのアクセスキーを認識していません',
    ],
  ];
  for (const [paste, en, ja] of cases) {
    it(`titles: ${en}`, async () => {
      const f = (await run(paste)).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(f?.title).toBe(en);
      const j = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(j?.title).toBe(ja);
    });
  }
  it('keeps invalid_token’s title for a bearer token’s refusal', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token)');
  });
});
