import type { ProductKey } from '../token/product-key.js';
import type { FindingData } from '../types.js';

/**
 * The credential kinds a product's refusal names (checks/credential-kind.ts, a finding's `credential`), by the product
 * key (token/product-key.ts) each of them is.
 */
const CREDENTIALS_OF_KEY: Readonly<Partial<Record<ProductKey, readonly string[]>>> = {
  'google-api-key': ['google-api-key', 'google-maps-api-key'],
  'stripe-secret-key': ['stripe-api-key'],
  'stripe-restricted-key': ['stripe-api-key'],
  'openai-api-key': ['openai-api-key'],
  'anthropic-api-key': ['anthropic-api-key'],
  'hugging-face-token': ['hugging-face-token'],
  'github-token': ['github-token'],
  'npm-token': ['npm-token'],
  'shopify-access-token': ['shopify-access-token'],
  'sendgrid-api-key': ['sendgrid-api-key'],
  'mailgun-api-key': ['mailgun-api-key'],
};

/** The vias whose refusal of a Google API key by its restrictions names it (checks/key-refusal.ts, `keyRefusal`). */
const GOOGLE_KEY_REFUSERS: ReadonlySet<string> = new Set(['google-api-key', 'google-maps']);

/**
 * Whether a finding already says that the product whose key was sent refused it as its own key (round audit-as: Google's
 * "API keys with referer restrictions cannot be used with this API." beside `key=AIza…`; Google's API_KEY_INVALID,
 * SendGrid's, Hugging Face's refusals of their keys). Its words name the key and what to do about it; token.opaque's
 * "not a JWT", and its steps for a refusal by another API, add nothing beside it (specific replaces general: the
 * findings spec's Reading the rules). A key of another product than the one that refused it (an OpenAI key sent to
 * Google) is still named: that mix-up is the news.
 */
export function ownKeyRefused(prior: readonly FindingData[], key: ProductKey): boolean {
  const kinds = CREDENTIALS_OF_KEY[key];
  for (const f of prior) {
    const a = f.args as { credential?: string; keyRefusal?: string; via?: string };
    if (a.credential !== undefined && kinds?.includes(a.credential) === true) return true;
    if (key === 'google-api-key' && a.keyRefusal !== undefined && a.via !== undefined && GOOGLE_KEY_REFUSERS.has(a.via))
      return true;
  }
  return false;
}
