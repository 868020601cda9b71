/**
 * Round left-x: X's code 32, Svix's "Message timestamp too new", a masked Google access token. Each row cites the
 * product's source for the shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('X’s code 32 "Could not authenticate you."', () => {
  // X's v1.1 body (twitter/twurl#70, twitter/opensource-website#70) after an RFC 5849 §3.5.1 Authorization.
  const signature = 'tnnArxj06cWHq44gCs1OSKk%2FjY%3D';
  const token = '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb';
  const body = '{"errors":[{"code":32,"message":"Could not authenticate you."}]}';
  const oauth1 = `POST /1.1/statuses/update.json HTTP/1.1\nHost: api.twitter.com\nAuthorization: OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="${signature}", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="${token}", oauth_version="1.0"\n\nHTTP/1.1 401 Authorization Required\n${body}`;

  it('catches: an OAuth 1-signed request’s refusal is its signature (signedRequest oauth1)', async () => {
    const f = await catches('signature.invalid', oauth1);
    expect(f.args.signedRequest).toBe('oauth1');
    expect(f.args.via).toBe('x-api');
    await catchesNot('challenge.invalid-token', oauth1);
  });

  it('never shows oauth_signature’s or oauth_token’s value', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(oauth1, { locale });
      for (const out of [renderJson(r), renderText(r)]) {
        expect(out).not.toContain(signature);
        expect(out).not.toContain(token);
      }
    }
  });

  it('catches: without an OAuth 1 request, the credential X refused (challenge.invalid-token via x-api)', async () => {
    // J7mbo/twitter-api-php#19 (no period, code last); tweepy's print (mailjet/mailjet-apiv3-python#58).
    for (const paste of [
      'HTTP/1.1 401 Unauthorized\n{"errors":[{"message":"Could not authenticate you","code":32}]}',
      "tweepy.error.TweepError: [{'code': 32, 'message': 'Could not authenticate you.'}]",
    ]) {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args.via).toBe('x-api');
    }
  });

  it('catches not: the words without code 32 (Devise’s, another code) are not X’s', async () => {
    for (const paste of [
      'Could not authenticate you from GoogleOauth2 because "Invalid credentials".',
      '{"errors":[{"code":89,"message":"Invalid or expired token."}],"note":"Could not authenticate you."}',
    ]) {
      const r = await run(paste);
      expect(r.findings.some((f) => f.args.via === 'x-api')).toBe(false);
    }
  });
});

describe('Svix’s "Message timestamp too new"', () => {
  // svix's verifyTimestamp (svix-webhooks javascript/src/index.ts, python/svix/webhooks.py; its PHP test
  // testNewTimestampThrowsException): a timestamp more than 300 s ahead of the receiver's clock.
  it('catches: signature.invalid signedRequest svix, stale', async () => {
    const f = await catches(
      'signature.invalid',
      'POST /api/webhooks/clerk 400\nError verifying webhook: WebhookVerificationError: Message timestamp too new',
    );
    expect(f.args.signedRequest).toBe('svix');
  });

  it('catches not: the words with no webhook or Svix named near', async () => {
    await catchesNot('signature.invalid', 'queue consumer: Message timestamp too new, requeued');
  });
});

describe('a masked Google access token is no JWT to paste again', () => {
  const step = 'header.payload.***';

  it('catches: `ya29.` masked gets the opaque step, not the JWT one (en, ja)', async () => {
    for (const raw of ['ya29.a0AfB_****', 'ya29.c.b0Aaek****']) {
      const paste = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${raw}`;
      const f = await catches('input.masked', paste);
      expect(f.args.opaque).toBe(true);
      expect((await run(paste)).nextSteps.join(' ')).not.toContain(step);
      expect((await run(paste, { locale: 'ja' })).nextSteps.join(' ')).not.toContain(step);
    }
  });

  it('catches not: an eyJ… head or a three-part dotted mask keeps the JWT step', async () => {
    for (const raw of ['eyJhbGciOiJSUzI1NiJ9.****', 'abc.def.****', 'ya30.a0AfB_****']) {
      const paste = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${raw}`;
      const f = await catches('input.masked', paste);
      expect(f.args.opaque).toBeUndefined();
    }
  });
});
