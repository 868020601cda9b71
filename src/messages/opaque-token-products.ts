/**
 * Products whose own API tokens are opaque keys, never JWTs (engine/token/product-key.ts names each prefix with its
 * source: Slack's xoxb-/xoxp-, Stripe's sk_, Shopify's shpat_, …). Their refusal of a token has no exp, iss, aud or kid
 * to compare (review-31: Slack's invalid_auth got "Check the token’s exp, iss, aud and kid"), so the step names the
 * product's own key and where it goes wrong (product-keys.ts), whether or not the token is in the paste.
 */
import type { ProductKey } from '../engine/token/product-key.js';

const VIA_KEY: Readonly<Record<string, ProductKey>> = {
  slack: 'slack-token',
  stripe: 'stripe-secret-key',
  anthropic: 'anthropic-api-key',
  openai: 'openai-api-key',
  'hugging-face': 'hugging-face-token',
  shopify: 'shopify-access-token',
  sendgrid: 'sendgrid-api-key',
  mailgun: 'mailgun-api-key',
  npm: 'npm-token',
};

/** The product key `via`'s product issues, when its tokens are known to be opaque; null for a JWT or an unknown one. */
export function opaqueKeyOf(via: string | undefined): ProductKey | null {
  return via !== undefined && Object.hasOwn(VIA_KEY, via) ? (VIA_KEY[via] as ProductKey) : null;
}
