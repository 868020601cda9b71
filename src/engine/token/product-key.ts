/**
 * A credential whose prefix names the product that issued it: the product looks it up as it is, so it has no JOSE
 * header, no claims and nothing to introspect. Prefixes are the vendors' own, each with its source:
 * - Stripe: secret `sk_live_`/`sk_test_`, restricted `rk_live_`/`rk_test_` (stripe.com/docs/keys; Stripe's own rule in
 *   gitlab-org/gitlab#458019, `(sk|rk)_live_…`).
 * - Anthropic: `sk-ant-` (`sk-ant-api03-…` in the Console's key hints; cisco-ai-defense/skill-scanner#83), sent in
 *   x-api-key (docs.anthropic.com/en/api/getting-started, "Authentication").
 * - OpenAI: `sk-proj-` project keys, `sk-svcacct-` service-account keys, `sk-admin-` admin keys, and the legacy `sk-`
 *   with 48 letters and digits (langflow-ai/langflow#12122; the legacy shape `sk-[A-Za-z0-9]{48}` in
 *   cisco-ai-defense/skill-scanner#83). A shorter bare `sk-` is other vendors' too (DeepSeek's is 32 hex): not named.
 * - Hugging Face: user access tokens `hf_` (huggingface.co/docs/hub/security-tokens; HfHub.Auth "Bearer hf_...").
 * - Google: API keys `AIza` + 35 (Microsoft Purview's "Google API key" definition, learn.microsoft.com/purview/
 *   sit-defn-google-api-key; Google Cloud "Manage API keys": `AIzaSy…`).
 * - GitHub: `ghp_` PAT, `gho_` OAuth, `ghu_` user-to-server, `ghs_` server-to-server (Actions' GITHUB_TOKEN), `ghr_`
 *   refresh (github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available), and
 *   `github_pat_` fine-grained PATs.
 * - GitLab: `glpat-` personal, project and group access tokens (gitlab-org/gitlab#342327).
 * - npm: `npm_` access tokens (GitHub changelog "npm has a new access token format", secretlint/secretlint#200).
 * - Slack: `xoxb-` bot, `xoxp-` user tokens (docs.slack.dev/authentication/tokens).
 * - Shopify: `shpat_`, `shpca_`, `shppa_` Admin API access tokens (shopify.dev/changelog/length-of-the-shopify-access-
 *   token-is-increasing).
 * - SendGrid: `SG.<id>.<secret>` (sendgrid/sendgrid-php#239).
 * - Mailgun: the private API key `key-` and 32 lower-case letters and digits, hex in the keys it issues (Mailgun's own
 *   docs' example `curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0'`, mailgun/documentation; SonarSource's
 *   Mailgun rule `key-[a-f0-9]{32}`), sent as Basic's password under the user name `api`
 *   (documentation.mailgun.com/docs/mailgun/api-reference/authentication). Only that whole shape: `key-` alone is a word.
 */
export type ProductKey =
  | 'stripe-secret-key'
  | 'stripe-restricted-key'
  | 'anthropic-api-key'
  | 'openai-api-key'
  | 'hugging-face-token'
  | 'google-api-key'
  | 'github-token'
  | 'gitlab-token'
  | 'npm-token'
  | 'slack-token'
  | 'shopify-access-token'
  | 'sendgrid-api-key'
  | 'mailgun-api-key'
  /** Named by its scheme, not a prefix: a GUID sent as `Authorization: Splunk <token>` (checks/token.ts). */
  | 'splunk-hec-token';

// Longest first where one prefix starts another (`sk-ant-` before `sk-`).
const PREFIXES: ReadonlyArray<readonly [string, ProductKey]> = [
  ['sk_live_', 'stripe-secret-key'],
  ['sk_test_', 'stripe-secret-key'],
  ['rk_live_', 'stripe-restricted-key'],
  ['rk_test_', 'stripe-restricted-key'],
  ['sk-ant-', 'anthropic-api-key'],
  ['sk-proj-', 'openai-api-key'],
  ['sk-svcacct-', 'openai-api-key'],
  ['sk-admin-', 'openai-api-key'],
  ['hf_', 'hugging-face-token'],
  ['AIza', 'google-api-key'],
  ['ghp_', 'github-token'],
  ['gho_', 'github-token'],
  ['ghu_', 'github-token'],
  ['ghs_', 'github-token'],
  ['ghr_', 'github-token'],
  ['github_pat_', 'github-token'],
  ['glpat-', 'gitlab-token'],
  ['npm_', 'npm-token'],
  ['xoxb-', 'slack-token'],
  ['xoxp-', 'slack-token'],
  ['shpat_', 'shopify-access-token'],
  ['shpca_', 'shopify-access-token'],
  ['shppa_', 'shopify-access-token'],
];

/** The prefixes themselves, which the catalogue spells (spelled-prefixes.ts). */
export const PRODUCT_KEY_PREFIXES: readonly string[] = PREFIXES.map(([prefix]) => prefix);

/** The fewest characters after a prefix for the value to be a key and not a word that starts alike (`hf_model`). */
const MIN_REST = 20;
const MAX_KEY = 300;
/** Mailgun's private API key, whole (its source above); a digit in it, as in every key it issues, and no word. */
const MAILGUN_KEY = /^key-(?=[a-z]{0,31}\d)[0-9a-z]{32}$/;

/** The product whose key `raw` is, from its prefix and a key's characters after it; null for anything else. */
export function productKeyOf(raw: string): ProductKey | null {
  if (raw.length > MAX_KEY) return null;
  if (raw.startsWith('key-')) return MAILGUN_KEY.test(raw) ? 'mailgun-api-key' : null;
  if (raw.startsWith('SG.')) return /^SG\.[\w-]{8,}\.[\w-]{8,}$/.test(raw) ? 'sendgrid-api-key' : null;
  for (const [prefix, key] of PREFIXES) {
    if (!raw.startsWith(prefix)) continue;
    const rest = raw.slice(prefix.length);
    // GitLab's newer tokens carry dots (`glpat-<id>.01.<part>`, Commit451/LabCoat#516).
    return rest.length >= MIN_REST && /^[\w.-]+$/.test(rest) ? key : null;
  }
  // OpenAI's legacy user key: `sk-` and 48 letters and digits.
  if (raw.startsWith('sk-') && /^sk-[A-Za-z0-9]{48}$/.test(raw)) return 'openai-api-key';
  return null;
}
