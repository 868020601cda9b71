import type { ProductKey } from '../../engine/token/product-key.js';

/**
 * token.opaque's words for a product's own key (form `api-key`, engine/token/product-key.ts, where each prefix cites
 * its vendor): what it is, and where its product says a key goes wrong.
 */
export const PRODUCT_KEY: Readonly<Record<ProductKey, { name: string; product: string; check: string }>> = {
  'stripe-secret-key': {
    name: 'a Stripe secret key (sk_live_/sk_test_)',
    product: 'Stripe',
    check:
      'in the Dashboard (Developers → API keys), check that the key is not deleted, rolled or expired, and that it is from the same mode (live or test) and account as the objects the request names.',
  },
  'stripe-restricted-key': {
    name: 'a Stripe restricted key (rk_live_/rk_test_)',
    product: 'Stripe',
    check:
      'in the Dashboard (Developers → API keys), check that the key is not deleted or expired, is from the same mode (live or test), and has the permission for this resource.',
  },
  'anthropic-api-key': {
    name: 'an Anthropic API key (sk-ant-)',
    product: 'Anthropic',
    check:
      'check in the Console (Settings → API keys) that the key is active, and send it in the x-api-key header, with anthropic-version.',
  },
  'openai-api-key': {
    name: 'an OpenAI API key (sk-)',
    product: 'OpenAI',
    check:
      'check on the platform’s API keys page that the key is not revoked and belongs to the project and organization the request names (OpenAI-Project, OpenAI-Organization).',
  },
  'hugging-face-token': {
    name: 'a Hugging Face access token (hf_)',
    product: 'Hugging Face',
    check:
      'check in Settings → Access Tokens that the token exists and that its role (read, write, or fine-grained with this repository or endpoint granted) covers the call.',
  },
  'google-api-key': {
    name: 'a Google API key (AIza)',
    product: 'Google',
    check:
      'in the Cloud console (APIs & Services → Credentials), check that the key exists, that the API is enabled in the key’s project, and that the key’s restrictions (APIs, referrers, IPs, apps) allow this call.',
  },
  'github-token': {
    name: 'a GitHub token (ghp_, gho_, ghs_, github_pat_)',
    product: 'GitHub',
    check:
      'check that the token is not expired or revoked and has the scopes (classic) or repository permissions (fine-grained) the call needs; an Actions GITHUB_TOKEN (ghs_) lives only for its run.',
  },
  'gitlab-token': {
    name: 'a GitLab access token (glpat-)',
    product: 'GitLab',
    check:
      'check in Access tokens that the token is not expired or revoked and has the api or read_api scope; GitLab reads it from PRIVATE-TOKEN or Authorization: Bearer.',
  },
  'npm-token': {
    name: 'an npm access token (npm_)',
    product: 'npm',
    check:
      'check on npmjs.com (Access Tokens) that the token is not expired or revoked and covers the package or scope; the CLI sends it from .npmrc’s //registry.npmjs.org/:_authToken.',
  },
  'slack-token': {
    name: 'a Slack token (xoxb-/xoxp-)',
    product: 'Slack',
    check:
      'check in the app’s OAuth & Permissions page that the token is current (a reinstall or rotation issues a new one) and has the scope the method needs.',
  },
  'shopify-access-token': {
    name: 'a Shopify Admin API access token (shpat_)',
    product: 'Shopify',
    check:
      'check that the app is still installed on this store (the token is per store) and send it in X-Shopify-Access-Token.',
  },
  'sendgrid-api-key': {
    name: 'a SendGrid API key (SG.)',
    product: 'SendGrid',
    check:
      'check in Settings → API Keys that the key exists and has the permission for this endpoint (Mail Send for /v3/mail/send).',
  },
  'mailgun-api-key': {
    name: 'a Mailgun private API key (key-)',
    product: 'Mailgun',
    check:
      'send it as Basic credentials with the user name "api" and the key as the password, to the API host of the region the domain was created in (api.eu.mailgun.net for an EU domain); in Account settings → API Security check that the key has not been reset, and that a domain sending key is used only to send (/messages).',
  },
  'splunk-hec-token': {
    name: 'a Splunk HTTP Event Collector token (sent as "Authorization: Splunk <token>")',
    product: 'Splunk',
    check:
      'compare it with Settings → Data inputs → HTTP Event Collector on the Splunk instance the URL reaches: the token exists there and is enabled, global settings have "All tokens" enabled, and it is sent as "Authorization: Splunk <token>" to that instance’s collector port (8088 by default; on Splunk Cloud, the stack’s http-inputs-<stack> host).',
  },
};
