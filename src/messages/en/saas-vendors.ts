import { saasVendor } from '../saas-vendors.js';

/** What each vendor's own rules add to the step (its host per environment, its scheme, its key's datacenter). */
const EXTRA: Readonly<Record<string, string>> = {
  zendesk:
    ' With an API token, Zendesk takes basic auth as "{email_address}/token:{api_token}"; a password works only with password access turned on (Admin Center → Apps and integrations → APIs), and the URL must be your account’s subdomain.',
  airtable:
    ' Airtable’s user API keys (key…) stopped working on 1 February 2024: send a personal access token (pat…) or an OAuth token as Bearer.',
  discord: ' A bot token is sent as "Authorization: Bot <token>", not "Bearer".',
  paypal: ' A sandbox token is accepted only by api-m.sandbox.paypal.com, a live one only by api-m.paypal.com.',
  // developers.figma.com/docs/rest-api/personal-access-tokens/: sent in X-Figma-Token; expiration and scopes are set
  // when it is generated (Settings → Security), and a revoked one stops at once.
  figma:
    ' A personal access token goes in the X-Figma-Token header (an OAuth token as Authorization: Bearer): generate a new one in Figma (Settings → Security → Personal access tokens) when it has expired or was revoked, and check that the client sends a value at all (“None” or an empty header gets the same 403).',
  // developer.clickup.com/docs/authentication: a personal token (pk_…) is sent as the Authorization header itself, an
  // OAuth token as Bearer; a personal token is regenerated under Settings → Apps.
  clickup:
    ' A personal token (pk_…) is sent as the Authorization header’s whole value, an OAuth access token as “Bearer <token>”; a personal token is regenerated in ClickUp under Settings → Apps.',
  docusign:
    ' A token from the demo environment (account-d.docusign.com) is accepted only by demo.docusign.net, a production one only by your account’s base URI.',
};

/** The step for a SaaS vendor's refusal of its own access token or key, or null when `via` is no such vendor. */
export function saasTokenRefused(via: string | undefined): string | null {
  const name = saasVendor(via);
  if (name === null || via === undefined) return null;
  if (via === 'mailchimp')
    return 'Check the API key in Mailchimp (Account → Extras → API keys): a key ends in its datacenter (…-us6), and the call must go to that datacenter’s host (https://us6.api.mailchimp.com).';
  return `Get a new access token from ${name} (refresh it, or authorize the app again) and retry with it. ${name} checks its own tokens, so their claims are not read here: check that the token is this app’s, for this account, and not revoked in ${name}.${EXTRA[via] ?? ''}`;
}

/**
 * The step for a SaaS vendor's own expired access token, or null when `via` is no such vendor: the vendor issued it
 * and judged its expiry itself, so "compare the verifier's clock with the issuer's" has no two clocks to compare.
 */
export function saasTokenExpired(via: string | undefined): string | null {
  const name = saasVendor(via);
  if (name === null) return null;
  return `Get a new access token from ${name} (with the app’s refresh token, or by authorizing the app again) and retry with it: ${name} issued the token and judged its expiry itself. A client that keeps hitting this should refresh before the token’s expires_in runs out, not after the 401.`;
}
