/**
 * The names prose gives a product that answered a request itself (`via` is an identifier: a library's prints as it is
 * in parentheses, "(jsonwebtoken)", a product's by its name, "(Dropbox)"). A sentence names the product as its makers
 * write it: "Refused by Backlog", not
 * "Refused by backlog". Both languages use these names (product names are not translated); an id not here prints as it
 * is. test/messages/product-names.test.ts checks that every product the engine can name as the answerer has one.
 */
const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  airtable: 'Airtable',
  anthropic: 'Anthropic',
  apigee: 'Apigee',
  apisix: 'APISIX',
  argocd: 'Argo CD',
  atlassian: 'Atlassian',
  auth0: 'Auth0',
  aws: 'AWS',
  'aws-apigateway': 'AWS API Gateway',
  'azure-api-management': 'Azure API Management',
  'azure-apim': 'Azure API Management',
  'azure-resource-manager': 'Azure Resource Manager',
  'azure-storage': 'Azure Storage',
  backlog: 'Backlog',
  chatwork: 'Chatwork',
  cloudflare: 'Cloudflare',
  consul: 'Consul',
  datadog: 'Datadog',
  directus: 'Directus',
  discord: 'Discord',
  'docker-hub': 'Docker Hub',
  docusign: 'DocuSign',
  dropbox: 'Dropbox',
  elasticsearch: 'Elasticsearch',
  envoy: 'Envoy',
  freee: 'freee',
  'git-server': 'the Git server',
  github: 'GitHub',
  gitlab: 'GitLab',
  'google-api': 'the Google API',
  'google-api-key': 'Google',
  'google-iap': 'Google IAP',
  grafana: 'Grafana',
  'grafana-cloud': 'Grafana Cloud',
  harbor: 'Harbor',
  hubspot: 'HubSpot',
  'hugging-face': 'Hugging Face',
  intercom: 'Intercom',
  jira: 'Jira',
  kintone: 'kintone',
  kong: 'Kong',
  'line-messaging-api': 'the LINE Messaging API',
  linkedin: 'LinkedIn',
  mailchimp: 'Mailchimp',
  mailgun: 'Mailgun',
  maven: 'the Maven repository',
  'meta-graph': 'the Meta Graph API',
  'microsoft-graph': 'Microsoft Graph',
  mqtt: 'the MQTT broker',
  nats: 'the NATS server',
  nomad: 'Nomad',
  notion: 'Notion',
  npm: 'the npm registry',
  nuget: 'the NuGet feed',
  oathkeeper: 'Ory Oathkeeper',
  okta: 'Okta',
  openai: 'OpenAI',
  paypal: 'PayPal',
  pocketbase: 'PocketBase',
  pomerium: 'Pomerium',
  pypi: 'PyPI',
  quickbooks: 'QuickBooks',
  salesforce: 'Salesforce',
  sendgrid: 'SendGrid',
  sentry: 'Sentry',
  shopify: 'Shopify',
  slack: 'Slack',
  spotify: 'Spotify',
  'spring-security': 'Spring Security',
  strapi: 'Strapi',
  stripe: 'Stripe',
  'supabase-auth': 'Supabase Auth',
  supertokens: 'SuperTokens',
  twilio: 'Twilio',
  twitch: 'Twitch',
  vercel: 'Vercel',
  tyk: 'Tyk',
  wso2: 'WSO2 API Manager',
  'x-api': 'the X API',
  xero: 'Xero',
  zendesk: 'Zendesk',
  zitadel: 'ZITADEL',
  zoom: 'Zoom',
};

/** The product's name for a sentence, or the id itself when it has none here. */
export function productName(via: string): string {
  return Object.hasOwn(PRODUCT_NAMES, via) ? (PRODUCT_NAMES[via] as string) : via;
}

export function hasProductName(via: string): boolean {
  return Object.hasOwn(PRODUCT_NAMES, via);
}

/** productName at a sentence's start: "The Google API reports …"; an id or a proper name stays as it is. */
export function productNameAtStart(via: string): string {
  const name = productName(via);
  return name.startsWith('the ') ? `The ${name.slice(4)}` : name;
}
