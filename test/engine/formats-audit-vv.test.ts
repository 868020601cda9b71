/**
 * Round audit-vv: signed requests, not tokens. A receiver refusing a webhook's signature over the raw body, Slack's
 * request signing, another cloud's signed call: signature.invalid with `signedRequest` naming the scheme, `stale` for
 * a signed timestamp outside the receiver's tolerance (never time.expired), and the signature values the paste quotes
 * kept out of the report. Sources beside each paste; the rows' own in src/engine/parse/verifier-messages/webhooks.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

async function textOf(input: string, locale: 'en' | 'ja' = 'en'): Promise<string> {
  return renderText(await run(input, { locale }));
}

describe('Stripe’s webhook signature', () => {
  // akash-network/console#1693: stripe-node's words and its Webhooks.js frames.
  const node = [
    'Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?  (code: undefined)',
    ' If a webhook request is being forwarded by a third-party tool, ensure that the exact request body, including JSON formatting and new line style, is preserved.',
    '    at validateComputedSignature (webpack://akashnetwork/node_modules/stripe/cjs/Webhooks.js:142:1)',
    '    at Object.verifyHeader (webpack://akashnetwork/node_modules/stripe/cjs/Webhooks.js:65:1)',
  ].join('\n');
  // stripe/stripe-java#919: the Stripe CLI's delivery headers, signature values made up.
  const cli = [
    "  'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',",
    "  'stripe-signature': 't=1594120195,v1=0f9e8d7c6b5a49382716051f0e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5,v0=1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809',",
    'Webhook Error: No signatures found matching the expected signature for payload.',
  ].join('\n');

  it('catches: stripe-node’s mismatch, read as the request’s signature with the raw-body step first', async () => {
    const f = await catches('signature.invalid', node);
    expect(f.args).toMatchObject({ via: 'stripe', signedRequest: 'stripe-webhook' });
    const { nextSteps } = await run(node);
    expect(nextSteps[0]).toContain('raw request body');
    expect(nextSteps.join(' ')).toContain('whsec_');
  });

  it('catches: stripe-ruby’s tolerance refusal is stale, not an expiry (exercism/website#6063)', async () => {
    const paste =
      'Stripe::SignatureVerificationError in HandleStripeWebhookJob@default\nTimestamp outside the tolerance zone (2023-08-16 18:31:43 +0000)';
    const f = await catches('signature.invalid', paste);
    expect(f.args).toMatchObject({ signedRequest: 'stripe-webhook', stale: true });
    expect(f.title).toContain('tolerance');
    await catchesNot('time.expired', paste);
  });

  it('catches: stripe-php’s unreadable header, not java-jwt’s class (tastyigniter/ti-ext-payregister#47)', async () => {
    const f = await catches(
      'signature.invalid',
      'Stripe\\Exception\\SignatureVerificationException: Unable to extract timestamp and signatures from header\nin\nvendor/stripe/stripe-php/lib/Exception/SignatureVerificationException.php:28',
    );
    expect(f.args).toMatchObject({ via: 'stripe', signedRequest: 'stripe-webhook', headerUnread: true });
  });

  it('catches not: the header’s signatures in the report', async () => {
    const text = await textOf(cli);
    expect(text).toContain('Stripe’s webhook signature');
    expect(text).not.toContain('0f9e8d7c6b5a4938');
    expect(text).not.toContain('1a2b3c4d5e6f7081');
  });

  it('catches not: a JWT’s invalid signature is no signed request', async () => {
    const report = await run('JsonWebTokenError: invalid signature');
    const f = report.findings.find((x) => x.code === 'signature.invalid');
    expect(f?.args).not.toHaveProperty('signedRequest');
  });
});

describe('GitHub’s webhook signature (@octokit/webhooks, Probot)', () => {
  // octokit/webhooks.js#1079: a GHES delivery's headers and the body it got back (signatures made up).
  const ghes = [
    '{"error":"Error: [@octokit/webhooks] signature does not match event payload and secret"}',
    'User-Agent: GitHub-Hookshot/6c41911',
    'X-GitHub-Event: push',
    'X-Hub-Signature: sha1=1111222233334444555566667777888899990000',
    'X-Hub-Signature-256: sha256=aaaabbbbccccddddeeeeffff00001111222233334444555566667777888899990',
  ].join('\n');

  it('catches: the mismatch, and no header of a token is missing', async () => {
    const f = await catches('signature.invalid', ghes);
    expect(f.args).toMatchObject({ via: 'octokit-webhooks', signedRequest: 'github-webhook' });
    await catchesNot('authz-header.missing', ghes);
  });

  it('catches not: the X-Hub-Signature values in the report', async () => {
    const text = await textOf(ghes);
    expect(text).not.toContain('sha256=aaaabbbb');
    expect(text).not.toContain('1111222233334444');
  });
});

describe('Slack’s request signing', () => {
  it('catches: Bolt’s stale request (slackapi/bolt-js#1502)', async () => {
    const f = await catches(
      'signature.invalid',
      '[WARN]   Request verification failed: Failed to verify authenticity: stale',
    );
    expect(f.args).toMatchObject({ via: 'slack-bolt', signedRequest: 'slack-request', stale: true });
    const { nextSteps } = await run('Failed to verify authenticity: stale');
    expect(nextSteps[0]).toContain('clock');
  });

  it('catches: bolt-python’s 401, not a missing token (slackapi/bolt-python#1068)', async () => {
    const paste =
      'INFO:slack_bolt.RequestVerification:Invalid request signature detected\nINFO:     192.168.65.1:21464 - "POST /slack/events HTTP/1.1" 401 Unauthorized';
    const f = await catches('signature.invalid', paste);
    expect(f.args).toMatchObject({ signedRequest: 'slack-request' });
    await catchesNot('token.missing', paste);
  });

  it('catches not: the v0= signature bolt-python logs (slackapi/bolt-python#1158)', async () => {
    const text = await textOf(
      'slack_bolt.RequestVerification INFO Invalid request signature detected (signature: v0=7701e8a900b2793475c41e3c65804eaa72c3d0dfbd1445335339adaac9c2e9ba, timestamp: 1725954559)',
    );
    expect(text).toContain('Signing Secret');
    expect(text).not.toContain('7701e8a900b2');
  });

  it('catches: Bolt’s missing headers as an unread signature (slackapi/bolt-js#1999)', async () => {
    const f = await catches(
      'signature.invalid',
      '[WARN]   Request verification failed (code: slack_bolt_receiver_authenticity_error, message: Slack request signing verification failed. Some headers are missing.)',
    );
    expect(f.args).toMatchObject({ signedRequest: 'slack-request', headerUnread: true });
  });

  it('words the stale request in Japanese', async () => {
    const text = await textOf('Failed to verify authenticity: stale', 'ja');
    expect(text).toContain('許容範囲の外');
    expect(text).toContain('トークンの期限切れではありません');
  });
});

describe('Svix and Standard Webhooks', () => {
  it('catches: standardwebhooks’ mismatch (ComposioHQ/composio#995)', async () => {
    const f = await catches(
      'signature.invalid',
      'the verification fails on `payload = wh.verify(body, dict(request.headers))` with\nstandardwebhooks.webhooks.WebhookVerificationError: No matching signature found',
    );
    expect(f.args).toMatchObject({ via: 'svix', signedRequest: 'svix' });
  });

  it('catches: svix’s old message as stale', async () => {
    const f = await catches(
      'signature.invalid',
      'Error verifying webhook: WebhookVerificationError: Message timestamp too old\nPOST /api/webhooks/clerk 400',
    );
    expect(f.args).toMatchObject({ signedRequest: 'svix', stale: true });
  });

  it('catches not: the words with no webhook near them', async () => {
    await catchesNot('signature.invalid', 'gpg: No matching signature found for the release manifest');
  });

  it('catches not: a whsec_ secret in the report', async () => {
    const text = await textOf(
      'STRIPE_WEBHOOK_SECRET=whsec_Qk9yZVRlc3RTZWNyZXRWYWx1ZTEyMzQ1Ng\nsvix-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=\nWebhookVerificationError: No matching signature found',
    );
    expect(text).not.toContain('whsec_Qk9y');
    expect(text).not.toContain('K5oZfzN95Z9U');
  });
});

describe('Discord, Shopify, Twilio', () => {
  it('catches: discord-example-app’s Bad request signature (discord/discord-example-app#20)', async () => {
    const paste = 'Error: Bad request signature\n    at <path>/discord-example-app/utils.js:13:13';
    const f = await catches('signature.invalid', paste);
    expect(f.args).toMatchObject({ signedRequest: 'discord-interactions' });
    expect((await run(paste)).nextSteps.join(' ')).toContain('Public Key');
  });

  it('catches: discord-interactions’ words over Kong’s “Invalid signature” (discord/discord-interactions-js#26)', async () => {
    const f = await catches('signature.invalid', 'I get this error: `[discord-interactions] Invalid signature`');
    expect(f.args).toMatchObject({ via: 'discord-interactions' });
  });

  it('catches not: “Bad request signature” with no Discord near it', async () => {
    await catchesNot('signature.invalid', 'HTTP/1.1 400 Bad Request\n\nBad request signature');
  });

  it('catches: shopify-api-js’s 401 (Shopify/shopify-app-template-node#1296)', async () => {
    const paste =
      'Webhook request is invalid, returning 401: Could not validate request HMAC\nFailed to process webhook: Error: Could not validate request HMAC';
    const f = await catches('signature.invalid', paste);
    expect(f.args).toMatchObject({ via: 'shopify', signedRequest: 'shopify-webhook' });
    await catchesNot('token.missing', paste);
  });

  it('catches: twilio-node’s 403 as authentication, with the URL step first', async () => {
    const report = await run('POST /sms/incoming 403\nTwilio Request Validation Failed.');
    const f = report.findings.find((x) => x.code === 'signature.invalid');
    expect(f?.args).toMatchObject({ signedRequest: 'twilio' });
    expect(report.nextSteps[0]).toContain('exact URL');
    expect(report.classification).toBe('authentication');
  });
});

describe('LINE’s webhook signature', () => {
  // line/line-bot-sdk-python#30: the SDK's error with the signature it got (made up here), under its traceback, whose
  // quoted source line holds Kong's words too.
  const python = [
    '  File "/usr/local/lib/python2.7/site-packages/linebot/webhook.py", line 124, in parse',
    "    'Invalid signature. signature=' + signature)",
    'InvalidSignatureError: <InvalidSignatureError [Invalid signature. signature=Tt4HKTuQmW/Fzg+y35GEazfK7t9au90BUBwo6+9DCHU=]>',
  ].join('\n');

  it('catches: line-bot-sdk-python’s refusal, named by LINE, not PyJWT or Kong', async () => {
    const f = await catches('signature.invalid', python);
    expect(f.args).toMatchObject({ via: 'line-bot-sdk', signedRequest: 'line-webhook' });
  });

  it('catches not: the signature it printed in the report', async () => {
    expect(await textOf(python)).not.toContain('Tt4HKTuQmW');
  });

  it('catches: line-bot-sdk-nodejs’s middleware under a 400', async () => {
    const f = await catches(
      'signature.invalid',
      'The webhook returned an HTTP status code other than 200.(400 Bad Request)\nSignatureValidationFailed: signature validation failed',
    );
    expect(f.args).toMatchObject({ via: 'line-bot-sdk', signedRequest: 'line-webhook' });
  });

  it('catches not: PyJWT’s own InvalidSignatureError stays a token’s', async () => {
    const f = await catches('signature.invalid', 'jwt.exceptions.InvalidSignatureError: Signature verification failed');
    expect(f.args).not.toHaveProperty('signedRequest');
  });
});

describe('other clouds’ signed calls', () => {
  it('catches: Tencent Cloud’s AuthFailure.SignatureFailure (tencentyun/qcloud-cos-sts-sdk#66)', async () => {
    const f = await catches(
      'signature.invalid',
      'panic: Code: AuthFailure.SignatureFailure, Message: The provided credentials could not be validated. Please check your signature is correct., RequestId: 976345b3-e9e9-4270-9ebf-b0d87adc16f2',
    );
    expect(f.args).toMatchObject({ via: 'tencentcloud', signedRequest: 'tencent-cloud' });
  });

  it('catches: Alibaba Cloud’s SignatureDoesNotMatch, not AWS’s (NewFuture/DDNS#57)', async () => {
    const f = await catches(
      'signature.invalid',
      '{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAIxxxxxxxx","HostId":"alidns.aliyuncs.com","Code":"SignatureDoesNotMatch"}',
    );
    expect(f.args).toMatchObject({ via: 'aliyun', signedRequest: 'aliyun' });
  });

  it('catches: a GCS signed URL’s SignatureDoesNotMatch, with the method step (googleapis/google-cloud-node#2814)', async () => {
    const paste =
      '<Error>\n<Code>SignatureDoesNotMatch</Code>\n<Message>\nThe request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.\n</Message>\n<StringToSign>\nGET 13575340800 /mango-b715d.appspot.com/a.png\n</StringToSign>\n</Error>';
    const f = await catches('signature.invalid', paste);
    expect(f.args).toMatchObject({ via: 'google-cloud-storage', signedRequest: 'gcs-signed-url' });
    expect((await run(paste)).nextSteps.join(' ')).toContain('"write" is PUT');
  });

  it('catches not: S3’s SignatureDoesNotMatch stays AWS SigV4', async () => {
    const f = await catches(
      'signature.invalid',
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><StringToSign>AWS4-HMAC-SHA256</StringToSign></Error>',
    );
    expect(f.args).toMatchObject({ via: 'aws', signedRequest: 'aws-sigv4', signedFor: 's3' });
  });
});
