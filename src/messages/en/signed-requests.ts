/**
 * Words for signature.invalid's `signedRequest` other than AWS SigV4 (round audit-vv): a webhook's signature over the
 * raw body, Slack's request signing, another cloud's signed call or URL. Kept apart from findings.ts so that file stays
 * one entry per code.
 */
import type { SignedRequest } from '../../engine/args.js';
import { hasProductName, productName } from '../product-names.js';

// AWS SigV4 and OAuth 1 have their own words in findings.ts.
type Scheme = Exclude<SignedRequest, 'aws-sigv4' | 'oauth1'>;
type SignedArgs = { signedRequest?: SignedRequest; stale?: true; headerUnread?: true; via?: string };

/** Who signs, with which header, over what, and where the receiver's secret or key comes from. */
const SCHEME: Record<Scheme, { name: string; header: string; secret: string; body: boolean }> = {
  'stripe-webhook': {
    name: 'Stripe’s webhook signature',
    header: 'Stripe-Signature',
    secret:
      'the endpoint’s own signing secret (whsec_…; each endpoint has its own, test and live mode differ, and the Stripe CLI’s stripe listen prints another)',
    body: true,
  },
  'github-webhook': {
    name: 'GitHub’s webhook signature',
    header: 'X-Hub-Signature-256',
    secret: 'the secret set on this webhook (the repository’s, organisation’s or GitHub App’s settings)',
    body: true,
  },
  'slack-request': {
    name: 'Slack’s request signature',
    header: 'X-Slack-Signature (with X-Slack-Request-Timestamp)',
    secret: 'the app’s Signing Secret (Basic Information → App Credentials; not the client secret or a token)',
    body: true,
  },
  svix: {
    name: 'the webhook’s Svix signature (Standard Webhooks: Clerk, Resend and others)',
    header: 'svix-signature (with svix-id and svix-timestamp; or webhook-signature, webhook-id, webhook-timestamp)',
    secret: 'this endpoint’s signing secret (whsec_…, from the provider’s dashboard for that endpoint)',
    body: true,
  },
  'discord-interactions': {
    name: 'Discord’s interaction signature (Ed25519)',
    header: 'X-Signature-Ed25519 (with X-Signature-Timestamp)',
    secret: 'the application’s Public Key (General Information; not the bot token or client secret)',
    body: true,
  },
  'shopify-webhook': {
    name: 'Shopify’s HMAC',
    header: 'X-Shopify-Hmac-Sha256 (or the hmac query parameter of an OAuth callback or app proxy)',
    secret: 'the app’s client secret (API secret key) of the app that registered the webhook',
    body: true,
  },
  twilio: {
    name: 'Twilio’s request signature',
    header: 'X-Twilio-Signature',
    secret: 'the auth token of the account that owns the number or service',
    body: false,
  },
  'line-webhook': {
    name: 'LINE’s webhook signature',
    header: 'X-Line-Signature',
    secret: 'the channel secret of the Messaging API channel (Basic settings; not the channel access token)',
    body: true,
  },
  // upstash.com/docs/qstash/howto/signature: a JWT (iss "Upstash", sub the destination URL, body the SHA-256 of the
  // raw body) signed with the current or next signing key.
  qstash: {
    name: 'QStash’s request signature (the Upstash-Signature JWT)',
    header: 'Upstash-Signature',
    secret:
      'the current and next signing keys of the QStash account that sent it (QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY, from the QStash console; not the QStash token), and the URL passed to the receiver’s verify, which must be the one QStash called',
    body: true,
  },
  'tencent-cloud': {
    name: 'the request’s Tencent Cloud signature (TC3-HMAC-SHA256)',
    header: 'Authorization',
    secret: 'the SecretKey paired with the SecretId',
    body: false,
  },
  aliyun: {
    name: 'the request’s Alibaba Cloud signature',
    header: 'Signature (or OSS’s Authorization)',
    secret: 'the AccessKey secret paired with the AccessKey ID',
    body: false,
  },
  'gcs-signed-url': {
    name: 'the signed URL’s Google Cloud Storage signature',
    header: 'X-Goog-Signature (or Signature) query parameter',
    secret: 'the service account key the URL was signed with',
    body: false,
  },
  // IoT Hub's, Service Bus' and Event Hubs' SAS token: an HMAC-SHA256 of the URL-encoded resource URI (sr=) and se= with
  // a shared access policy's or a device's key (learn.microsoft.com/azure/iot-hub/authenticate-authorize-sas).
  'azure-sas': {
    name: 'the SAS token’s signature',
    header: 'sig= of the SharedAccessSignature',
    secret:
      'the device’s or shared access policy’s current primary or secondary key (one regenerated since makes every token it signed invalid)',
    body: false,
  },
};

const isCloud = (s: Scheme) => s === 'tencent-cloud' || s === 'aliyun' || s === 'gcs-signed-url' || s === 'azure-sas';

/** Whether the words for a non-AWS signed request apply. */
export function otherSignedRequest(a: SignedArgs): a is SignedArgs & { signedRequest: Scheme } {
  return a.signedRequest !== undefined && a.signedRequest !== 'aws-sigv4' && a.signedRequest !== 'oauth1';
}

/**
 * A name or header as a title gives it, without its parenthesis (review-31b: "the webhook’s Svix signature (Standard
 * Webhooks: Clerk, Resend and others)" made a title of 150 characters); the detail gives it whole.
 */
const short = (words: string): string => {
  const paren = words.indexOf(' (');
  return paren === -1 ? words : words.slice(0, paren);
};

export const SIGNED_REQUEST = {
  title: (a: SignedArgs & { signedRequest: Scheme }) => {
    const s = SCHEME[a.signedRequest];
    if (a.stale === true)
      return `The receiver refused the timestamp of ${short(s.name)} as outside its tolerance: not a token`;
    if (a.headerUnread === true)
      return `The receiver found no signature it could read (${short(s.header)}): not a token`;
    return `${s.name.charAt(0).toUpperCase()}${s.name.slice(1)} does not match: not a token`;
  },
  detail: (a: SignedArgs & { signedRequest: Scheme }, via: string) => {
    const s = SCHEME[a.signedRequest];
    // The receiver is the user's own code: a via that names a product (stripe) is its library there, not the product.
    const receiver = a.via !== undefined && hasProductName(a.via) ? ` (its ${productName(a.via)} library)` : via;
    if (a.stale === true)
      return `The receiver${receiver} checked the signed timestamp and found it outside its tolerance (usually 5 minutes): a delivery that was delayed or replayed (a retry re-sent later, a recorded request played again), or a receiver whose clock is off. It is the request’s signature that was refused, not a token’s expiry.`;
    if (a.headerUnread === true)
      return `The receiver${receiver} found no signature it could read in ${s.header}: the header did not reach it (a proxy dropped it, or the code reads another header name), or the request did not come from the provider. No bearer token is involved.`;
    if (isCloud(a.signedRequest))
      return `The service computed ${s.name} with ${s.secret} and got another value${via}: the secret is wrong, or the request changed after it was signed (the method, path or query, a header, the time). No bearer token is involved.`;
    return `The receiver${receiver} computed ${s.name} with its secret${s.body ? ' over the request body it had' : ' over the URL and parameters it saw'} and got another value than the ${s.header} header: ${s.body ? 'the body was parsed and re-serialised before verifying (a JSON body parser ahead of the route), ' : 'the URL it rebuilt differs from the one the provider called (a proxy’s scheme, host or port), '}the secret is another endpoint’s or mode’s, or the header changed on the way. No bearer token is involved.`;
  },
  steps: (a: SignedArgs & { signedRequest: Scheme }) => {
    const s = SCHEME[a.signedRequest];
    if (a.stale === true)
      return [
        'Check the receiver’s clock (timedatectl, chronyc tracking; NTP on every instance), and that the request is verified when it arrives, not from a queue or a replay later.',
        'If the provider retried an old delivery, let it send a new one (a retry is signed again with the new time); do not widen the tolerance to accept replays.',
      ];
    if (a.headerUnread === true)
      return [
        `Read the ${s.header} header as the provider names it (frameworks change its case or prefix it, as PHP’s HTTP_STRIPE_SIGNATURE), and check that proxies and load balancers forward it intact.`,
      ];
    if (isCloud(a.signedRequest))
      return [
        `Check that the signer uses ${s.secret} (no stray whitespace, not another account’s or project’s), and let the SDK sign the exact request that is sent.`,
        a.signedRequest === 'gcs-signed-url'
          ? // googleapis/nodejs-storage#177: a URL signed with action 'write' (PUT) opened with a GET.
            'Call the URL with the method it was signed for (action "read" is GET, "write" is PUT, "resumable" is POST) and send exactly the headers it was signed with (a Content-Type given when signing must be sent, and none if none was); the StringToSign in the error body shows what the service expected.'
          : a.signedRequest === 'azure-sas'
            ? // Azure/azure-iot-sdks#615's maintainers: "double check the connection string … no extra characters".
              'Make a new token from the connection string’s key (az iot hub generate-sas-token --device-id <id> --hub-name <hub>, or the SDK given the connection string), with sr= the resource URI exactly as the service sees it (host/devices/<id>, URL-encoded): a copied key with a character missing or added, or the other hub’s key, signs a token the service cannot match.'
            : 'Compare the string to sign the service printed with the client’s own: the first part that differs is what changed.',
      ];
    return [
      s.body
        ? 'Verify over the raw request body bytes as received: mount the webhook route before any JSON body parser (express.raw({ type: "application/json" }) on it, not express.json()), disable Next.js API routes’ bodyParser or read request.text() in a route handler, use Flask’s request.get_data() rather than request.json.'
        : 'Verify against the exact URL the provider called (scheme, host, port, path and query as it sent them; behind a proxy, rebuild it from X-Forwarded-Proto and the public host) and the parameters as posted.',
      `Use ${s.secret}.`,
      `Check that ${s.header} reaches the code unchanged (proxies, gateways and test tools that re-send requests).`,
    ];
  },
};
