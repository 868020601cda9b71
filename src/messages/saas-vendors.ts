/**
 * The SaaS vendors whose refusal of their own access token the engine names (`via`, parse/saas-bodies.ts and
 * parse/verifier-messages/saas-apis.ts), as their products are called. A vendor's token is checked by the vendor: its
 * steps ask for a new one from that vendor, not for the claims of a JWT this report could check.
 */
import { SAAS_APIS } from '../engine/checks/answering-product.js';
import { productName } from './product-names.js';

/**
 * The vendor a step asks for a new token, where it is not the product's name (product-names.ts): Meta issues the Graph
 * API's tokens, Intuit's QuickBooks Online its own, and "X" opens a sentence where "the X API" would not.
 */
export const SAAS_VENDOR_NAMES: Readonly<Record<string, string>> = {
  'meta-graph': 'Meta',
  quickbooks: 'QuickBooks Online (Intuit)',
  'x-api': 'X',
};

/** The vendor's name when `via` is one of the SaaS APIs that check their own tokens (SAAS_APIS), else null. */
export function saasVendor(via: string | undefined): string | null {
  if (via === undefined || !SAAS_APIS.has(via)) return null;
  return Object.hasOwn(SAAS_VENDOR_NAMES, via) ? (SAAS_VENDOR_NAMES[via] as string) : productName(via);
}
