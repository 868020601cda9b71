/**
 * Receivers refusing a signed request: a webhook provider's signature over the raw body, Slack's request signing,
 * another cloud's signed API call (round audit-vv). No bearer token is involved: the sender signed the request with
 * a secret both sides hold (an HMAC) or its private key (Discord's Ed25519), and the receiver computed another value
 * or refused the signed timestamp. Each row is signature.invalid with `signedBy` naming the scheme (args.ts
 * SignedRequest) and, where the words say so, `signedFault`: `stale` for a timestamp outside the receiver's tolerance
 * (not a token's expiry), `header` for a signature header it could not read.
 *
 * The rows' words are the libraries' own; where the words are common prose ("Bad request signature", "No matching
 * signature found"), a read asks for the provider's name or a webhook beside them.
 */
import type { Matcher, MatcherOptions } from './matcher.js';
import { CLASS, CODE, family, namedNear } from './matcher.js';

const stripe = family('stripe');
const octokit = family('octokit-webhooks');
const bolt = family('slack-bolt');
const slackEventsApi = family('slackeventsapi');
const slackRuby = family('slack-ruby-client');
const svix = family('svix');
const discord = family('discord-interactions');
const shopify = family('shopify');
const twilio = family('twilio');
const tencent = family('tencentcloud');
const aliyun = family('aliyun');
const lineBot = family('line-bot-sdk');
const qstash = family('qstash');

/** A row's args: the scheme, and what besides the signature was refused. */
function signed(scheme: string, fault?: 'stale' | 'header'): MatcherOptions {
  return { args: fault === undefined ? { signedBy: scheme } : { signedBy: scheme, signedFault: fault } };
}

/** The vendor named near its words: within 400 characters before the match or 600 after it. */
const near = (...names: string[]) => namedNear(400, 600, ...names);

export const WEBHOOKS: readonly Matcher[] = [
  // QStash's request signature (@upstash/qstash's Receiver, and @upstash/workflow's serve through it): the Upstash-
  // Signature JWT's body claim is the SHA-256 of the body QStash sent, and verify throws SignatureError "body hash
  // does not match, want: …, got: …" when the receiver hashed another body (a parsed and re-serialised one, or a
  // content-type the framework rewrote: upstash/workflow-js#67, "Failed to verify that the Workflow request comes from
  // QStash: SignatureError: body hash does not match"), and "signature does not match" for other signing keys.
  qstash('body-hash', 'signature.invalid', 'SignatureError: body hash does not match', {
    ...signed('qstash'),
    exactCase: true,
  }),
  qstash('signature', 'signature.invalid', 'SignatureError: signature does not match', {
    ...signed('qstash'),
    exactCase: true,
    read: near('qstash', 'upstash'),
  }),
  // Stripe's webhook signature (the Stripe-Signature header, `t=…,v1=…`, an HMAC-SHA256 of `t.body` with the
  // endpoint's whsec_ secret). stripe-node's validateComputedSignature: "No signatures found matching the expected
  // signature for payload. Are you passing the raw request body you received from Stripe?" (akash-network/console#1693,
  // with its Webhooks.js frames); stripe-php's WebhookSignature::verifyHeader, the same words (stripe/stripe-php#884).
  stripe('no-signatures', 'signature.invalid', 'No signatures found matching the expected signature for payload', {
    ...signed('stripe-webhook'),
  }),
  // The timestamp older (or, since stripe-php 6.35.1, newer) than the tolerance, 300 s by default: "Timestamp outside
  // the tolerance zone" (stripe/stripe-node#407, "your server's clock is more than 5 minutes out of sync"; stripe-php's
  // WebhookSignature.php quoted in stripe/stripe-php#657; stripe-ruby's "Timestamp outside the tolerance zone
  // (2023-08-16 18:31:43 +0000)", exercism/website#6063).
  stripe('tolerance', 'signature.invalid', 'Timestamp outside the tolerance zone', signed('stripe-webhook', 'stale')),
  // A Stripe-Signature value with no t= or v1= (another header passed, or none): "Unable to extract timestamp and
  // signatures from header" (tastyigniter/ti-ext-payregister#47, HTTP_STRIPE_SIGNATURE read where Stripe's header was
  // not; stripe/stripe-java#2149).
  stripe(
    'header-unread',
    'signature.invalid',
    'Unable to extract timestamp and signatures from header',
    signed('stripe-webhook', 'header'),
  ),
  // The SDKs' exception classes, whole so that java-jwt's SignatureVerificationException inside them does not name
  // them: stripe-php (ti-ext-payregister#47), stripe-java (stripe/stripe-java#2149), stripe-ruby (exercism/website#6063).
  stripe('php-exception', 'signature.invalid', 'Stripe\\Exception\\SignatureVerificationException', {
    ...CLASS,
    ...signed('stripe-webhook'),
  }),
  stripe('java-exception', 'signature.invalid', 'com.stripe.exception.SignatureVerificationException', {
    ...CLASS,
    ...signed('stripe-webhook'),
  }),
  stripe('ruby-error', 'signature.invalid', 'Stripe::SignatureVerificationError', {
    ...CLASS,
    ...signed('stripe-webhook'),
  }),

  // GitHub's webhook signature (X-Hub-Signature-256, `sha256=` HMAC of the body with the webhook's secret), as
  // @octokit/webhooks' verifyAndReceive refuses it: "[@octokit/webhooks] signature does not match event payload and
  // secret" (matrix-org/matrix-hookshot#842; octokit/webhooks.js#1079, a GHES delivery; probot/example-vercel#82), and
  // Probot's log of the same words (probot/probot#1084).
  octokit('mismatch', 'signature.invalid', 'signature does not match event payload and secret', {
    ...signed('github-webhook'),
  }),

  // Slack's request signing (X-Slack-Signature `v0=` HMAC of `v0:timestamp:body` with the app's signing secret,
  // X-Slack-Request-Timestamp within 5 minutes). bolt-js's verify-request.ts: "Failed to verify authenticity: signature
  // mismatch" (quoted in our own style guide), "Failed to verify authenticity: stale" (slackapi/bolt-js#1502); its
  // HTTPModuleFunctions: "Slack request signing verification failed. Signature mismatch." (slackapi/bolt-js#1509),
  // "… Timestamp is too old" (slackapi/steno#73), "… Some headers are missing." (slackapi/bolt-js#1999) and "… Some
  // headers are invalid."; the older @slack/events-api and interactive-messages throw the bare first sentence.
  bolt('authenticity-mismatch', 'signature.invalid', 'Failed to verify authenticity: signature mismatch', {
    ...signed('slack-request'),
  }),
  bolt('authenticity-stale', 'signature.invalid', 'Failed to verify authenticity: stale', {
    ...signed('slack-request', 'stale'),
  }),
  bolt('signing-failed', 'signature.invalid', 'Slack request signing verification failed', signed('slack-request')),
  bolt('signing-mismatch', 'signature.invalid', 'Slack request signing verification failed. Signature mismatch', {
    ...signed('slack-request'),
  }),
  bolt('signing-too-old', 'signature.invalid', 'Slack request signing verification failed. Timestamp is too old', {
    ...signed('slack-request', 'stale'),
  }),
  bolt('headers-missing', 'signature.invalid', 'Slack request signing verification failed. Some headers are missing', {
    ...signed('slack-request', 'header'),
  }),
  bolt('headers-invalid', 'signature.invalid', 'Slack request signing verification failed. Some headers are invalid', {
    ...signed('slack-request', 'header'),
  }),
  // bolt-python's RequestVerification middleware logs "Invalid request signature detected" and answers 401
  // (slackapi/bolt-python#1068; #195, a host clock months behind; #1158, with the signature it printed).
  bolt('python-invalid', 'signature.invalid', 'Invalid request signature detected', signed('slack-request')),
  // python-slack-events-api: "slackeventsapi.server.SlackEventAdapterException: Invalid request signature"
  // (slackapi/python-slack-events-api#35); slack-ruby-client's Slack::Events::Request::InvalidSignature
  // (slack-ruby/slack-ruby-bot-server-events#11).
  slackEventsApi('invalid', 'signature.invalid', 'SlackEventAdapterException: Invalid request signature', {
    ...signed('slack-request'),
  }),
  slackRuby('InvalidSignature', 'signature.invalid', 'Slack::Events::Request::InvalidSignature', {
    ...CLASS,
    ...signed('slack-request'),
  }),

  // Svix's and Standard Webhooks' verify (svix-id/svix-timestamp/svix-signature or webhook-*; Clerk's and Resend's
  // webhooks): WebhookVerificationError "No matching signature found" (ComposioHQ/composio#995, standardwebhooks;
  // standard-webhooks/standard-webhooks#235; svix/svix-cli#69), "Message timestamp too old" / "… too new" (svix's
  // javascript/src/index.ts verifyTimestamp, 300 s either way; argilla-io/argilla#5521). "… too new" holds none of the
  // scanner's handles: scan.ts's ROW_ANCHORS files it at message's g.
  svix('no-match', 'signature.invalid', 'No matching signature found', {
    ...signed('svix'),
    read: near('webhook', 'svix'),
  }),
  svix('too-old', 'signature.invalid', 'Message timestamp too old', {
    ...signed('svix', 'stale'),
    read: near('webhook', 'svix'),
  }),
  svix('too-new', 'signature.invalid', 'Message timestamp too new', {
    ...signed('svix', 'stale'),
    read: near('webhook', 'svix'),
  }),

  // Discord's interactions endpoint (X-Signature-Ed25519 over timestamp + body, with the application's public key):
  // discord-interactions' verifyKeyMiddleware "[discord-interactions] Invalid signature" (discord/discord-interactions-js
  // #26), and discord-example-app's VerifyDiscordRequest, 401 "Bad request signature" (discord/discord-example-app#20,
  // discord/discord-interactions-js#53).
  discord('invalid-signature', 'signature.invalid', '[discord-interactions] Invalid signature', {
    ...signed('discord-interactions'),
  }),
  discord('bad-request-signature', 'signature.invalid', 'Bad request signature', {
    ...signed('discord-interactions'),
    read: near('discord', 'x-signature-ed25519'),
  }),

  // Shopify's HMAC (X-Shopify-Hmac-Sha256, base64 HMAC-SHA256 of the body with the app's client secret): shopify-api-js
  // "Could not validate request HMAC", answered 401 (Shopify/shopify-app-template-node#1296); the older shopify-express
  // "Unable to verify request HMAC" (Shopify/shopify-node-app#122).
  shopify('hmac-invalid', 'signature.invalid', 'Could not validate request HMAC', signed('shopify-webhook')),
  shopify('hmac-unverified', 'signature.invalid', 'Unable to verify request HMAC', signed('shopify-webhook')),

  // twilio-node's webhook() middleware (X-Twilio-Signature, HMAC-SHA1 of the full URL and the POST parameters with
  // the account's auth token) answers 403 "Twilio Request Validation Failed." (lib/webhooks/webhooks.js; Twilio's
  // docs' Express and Cloud Functions samples; opengovsg/FormSG#3154, its 403s).
  twilio('validation-failed', 'signature.invalid', 'Twilio Request Validation Failed', signed('twilio')),

  // LINE's Messaging API webhook (X-Line-Signature, base64 HMAC-SHA256 of the body with the channel secret):
  // line-bot-sdk-nodejs's middleware "SignatureValidationFailed: signature validation failed" (its exceptions.ts; a 400
  // under a global express.json(), in a write-up the code corpus holds), line-bot-sdk-python's "InvalidSignatureError:
  // <InvalidSignatureError [Invalid signature. signature=…]>" (line/line-bot-sdk-python#30; whole, so PyJWT's
  // InvalidSignatureError inside it does not name it), line-bot-sdk-java's "LINE Bot callback exception: Invalid API signature" (line/line-bot-sdk-java
  // #317).
  lineBot('SignatureValidationFailed', 'signature.invalid', 'SignatureValidationFailed', {
    ...CLASS,
    exactCase: true,
    ...signed('line-webhook'),
  }),
  lineBot('python-invalid', 'signature.invalid', 'InvalidSignatureError: <InvalidSignatureError [Invalid signature', {
    ...signed('line-webhook'),
  }),
  lineBot('java-invalid', 'signature.invalid', 'LINE Bot callback exception: Invalid API signature', {
    ...signed('line-webhook'),
  }),

  // Tencent Cloud's API 3.0 (TC3-HMAC-SHA256 with the SecretId's SecretKey): AuthFailure.SignatureFailure, "The
  // provided credentials could not be validated. Please check your signature is correct." (tencentyun/qcloud-cos-sts-sdk
  // #66; TencentCloud/kubernetes-csi-tencentcloud#49, "请求签名验证失败").
  tencent('SignatureFailure', 'signature.invalid', 'AuthFailure.SignatureFailure', {
    ...CODE,
    exactCase: true,
    ...signed('tencent-cloud'),
  }),
  // Alibaba Cloud's RPC APIs (HMAC-SHA1 with the AccessKey secret): SignatureDoesNotMatch, "Specified signature is not
  // matched with our calculation. server string to sign is:…" (NewFuture/DDNS#57, dromara/SMS4J#34). Its code is AWS's
  // too; checks/verifier-log.ts names the cloud from the paste.
  aliyun('signature-not-matched', 'signature.invalid', 'Specified signature is not matched with our calculation', {
    ...signed('aliyun'),
  }),
];
