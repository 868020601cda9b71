/**
 * The SaaS vendors whose refusal of their own access token the engine names (`via`, parse/saas-bodies.ts and
 * parse/verifier-messages/saas-apis.ts), as their products are called. A vendor's token is checked by the vendor: its
 * steps ask for a new one from that vendor, not for the claims of a JWT this report could check.
 */
export const SAAS_VENDOR_NAMES: Readonly<Record<string, string>> = {
  zoom: 'Zoom',
  dropbox: 'Dropbox',
  'meta-graph': 'Meta',
  linkedin: 'LinkedIn',
  notion: 'Notion',
  airtable: 'Airtable',
  docusign: 'DocuSign',
  paypal: 'PayPal',
  quickbooks: 'QuickBooks Online (Intuit)',
  xero: 'Xero',
  spotify: 'Spotify',
  discord: 'Discord',
  twitch: 'Twitch',
  mailchimp: 'Mailchimp',
  zendesk: 'Zendesk',
};

/** The vendor's name when `via` is one of these vendors, else null. */
export function saasVendor(via: string | undefined): string | null {
  return via !== undefined && Object.hasOwn(SAAS_VENDOR_NAMES, via) ? (SAAS_VENDOR_NAMES[via] as string) : null;
}
