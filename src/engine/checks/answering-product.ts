import type { Context } from '../context.js';
import { DEV_TOOL_VIAS } from '../parse/verifier-messages/dev-tools.js';
import type { FindingData } from '../types.js';
import { CREDENTIAL_ROWS, REPLY_CREDENTIAL_VIAS } from './credential-kind.js';

/**
 * SaaS APIs read by their own bodies and SDKs' words (parse/saas-bodies.ts, verifier-messages/saas-apis.ts). Each
 * issues and checks its own access tokens, opaque or not, which no other verifier reads: the report asks for a new one
 * from the vendor (messages/saas-vendors.ts), never for a JWT or for introspection.
 */
export const SAAS_APIS: ReadonlySet<string> = new Set([
  'zoom',
  'yahoo-japan',
  'dropbox',
  'meta-graph',
  'linkedin',
  'notion',
  'airtable',
  'docusign',
  'paypal',
  'quickbooks',
  'xero',
  'spotify',
  'discord',
  'twitch',
  'mailchimp',
  'zendesk',
  'x-api',
  // Round audit-ao (parse/saas-bodies.ts): Figma's personal access tokens and OAuth tokens, ClickUp's.
  'figma',
  'clickup',
]);

/**
 * Services a backend calls with a preshared key of theirs (SpiceDB's and OpenFGA's preshared keys, Dapr's API token, a Trivy server's token),
 * sent as a bearer credential: an opaque token is the kind they take, not a JWT an identity provider should have issued.
 */
export const KEYED_SERVICES: ReadonlySet<string> = new Set(['spicedb', 'openfga', 'dapr', 'trivy']);

/**
 * Products and services whose own reply (its error body, or its own log line) the engine reads by its words, and which
 * therefore answered the request themselves: hosted APIs, self-hosted servers and gateways. Not the JWT libraries and
 * frameworks inside an application (jsonwebtoken, pyjwt, django-rest-framework): their words say the application
 * answered, which challenge.missing's appVerifier says.
 */
export const ANSWERING_PRODUCTS: ReadonlySet<string> = new Set([
  'github',
  'stripe',
  'shopify',
  'slack',
  'intercom',
  'salesforce',
  'atlassian',
  'google-api',
  // Google's token endpoint in its own words (verifier-messages/token-endpoints.ts): its ESF front end is Google's.
  'google-oauth',
  'microsoft-graph',
  'azure-resource-manager',
  'line-messaging-api',
  'line-login',
  'rakuten-rms',
  'kabu-station',
  'paypay',
  'money-forward',
  'kintone',
  'okta',
  'auth0',
  'elasticsearch',
  'grafana',
  'zitadel',
  'argocd',
  'directus',
  'strapi',
  'pocketbase',
  'supertokens',
  'supabase-auth',
  'kong',
  'tyk',
  'apicast',
  'apigee',
  'wso2',
  'apisix',
  'azure-api-management',
  'azure-apim',
  'google-iap',
  'oathkeeper',
  // Round audit-al: identity servers answering in their own words (verifier-messages/identity-servers.ts).
  'kratos',
  'casdoor',
  'envoy',
  'aws-apigateway',
  'pomerium',
  // Access layers in front of hosts (verifier-messages/access-proxies.ts): Teleport's roles, Tailscale SSH's policy.
  'teleport',
  'tailscale',
  // Telemetry backends whose "no token" is their own body (parse/verifier-messages/telemetry.ts): HEC's code 2 and APM
  // Server's missing-header line.
  'splunk-hec',
  'elastic-apm-server',
  // Round audit-ag: authorization services and RPC services answering in their own envelope (parse/authz-decisions.ts,
  // parse/rpc-bodies.ts, verifier-messages/services.ts).
  ...KEYED_SERVICES,
  'cerbos',
  'aws-verified-permissions',
  'ory-keto',
  'opa',
  // An RPC framework's own error envelope (Twirp's, Connect's): the service built on it wrote the refusal, and no
  // intermediary is left to find; LiveKit's server in its own words (verifier-messages/realtime.ts).
  'twirp',
  'connect',
  'livekit',
  'temporal',
  // Round audit-aq: video, voice and chat services refusing the token an app's backend minted, in their own words
  // (verifier-messages/media-sdks.ts).
  'stream',
  'agora',
  'vonage-video',
  'zoom-meeting-sdk',
  '100ms',
  'pubnub',
  'mux',
  'daily',
  'sendbird',
  // Payment APIs (parse/verifier-messages/payment-apis.ts): their own refusal of a caller they authenticated.
  'adyen',
  'braintree',
  // Business platforms (parse/verifier-messages/business-platforms.ts): Dataverse's privilege check, the application
  // router's scope check in front of an SAP BTP app.
  'dataverse',
  'sap-approuter',
  'sharepoint',
  'servicenow',
  // Content platforms and shops answering in their own envelope (verifier-messages/content-platforms.ts).
  'wordpress',
  'woocommerce',
  'wp-jwt-auth',
  'contentful',
  'sanity',
  'ghost',
  'magento',
  'commercetools',
  // Round audit-ak: self-hosted developer and collaboration tools in their own words (verifier-messages/dev-tools.ts).
  ...DEV_TOOL_VIAS,
  ...SAAS_APIS,
  // Round audit-ao: the Telegram Bot API's own 403s about the chat (verifier-messages/bot-apis.ts).
  'telegram',
  // Amazon Cognito's own API (user pools and identity pools, verifier-messages/frameworks.ts), which answers every
  // NotAuthorizedException with 400 by design (docs.aws.amazon.com/cognitoidentity, GetId's errors: "HTTP Status
  // Code: 400"; the x-amzn-ErrorType it sends).
  'cognito',
]);

/**
 * The product whose own words in the paste refused the request (a finding resting on the body or a log line, `via` a
 * product above, or any product refusing a credential of its own: the API-key readings' `credential`,
 * checks/credential-kind.ts), or null: that product answered, so no component is left to find.
 */
export function answeringProduct(found: readonly FindingData[]): string | null {
  for (const f of found) {
    if (f.source !== 'log') continue;
    const { via, credential } = f.args as { via?: string; credential?: string };
    if (via !== undefined && (ANSWERING_PRODUCTS.has(via) || credential !== undefined)) return via;
  }
  return null;
}

/** Token refusals a vendor states in its own words (parse/saas-bodies.ts, verifier-messages/saas-apis.ts). */
const REFUSED_CREDENTIAL: ReadonlySet<string> = new Set([
  'invalid_token',
  'insufficient_scope',
  'forbidden',
  'unauthenticated',
  'no_token',
]);

/**
 * Whether a product that answers for itself (checks/answering-product.ts) refused the credential in its own words: its
 * body's stated error or its verifier-message row.
 */
export function vendorRefusedCredential(ctx: Context): boolean {
  for (const s of ctx.stated)
    if (s.via !== undefined && ANSWERING_PRODUCTS.has(s.via) && REFUSED_CREDENTIAL.has(s.kind)) return true;
  // Its words in a response header of its own (Cognito's x-amzn-ErrorMessage) are its reply as much as its body.
  for (const h of ctx.hits)
    if ((h.source === 'log' || h.source === 'response-header') && ANSWERING_PRODUCTS.has(h.hit.library)) return true;
  return false;
}

/**
 * Whether a product answered for itself in the paste: it refused the credential in its own words, or refused a
 * credential of its own kind (an API key) by its verifier-message row.
 */
export function answeredInOwnWords(ctx: Context): boolean {
  return (
    vendorRefusedCredential(ctx) ||
    ctx.hits.some(
      (h) => h.source === 'log' && (CREDENTIAL_ROWS.has(h.hit.id) || REPLY_CREDENTIAL_VIAS.has(h.hit.library)),
    )
  );
}
