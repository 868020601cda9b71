/**
 * The names prose gives a product or a service (`via` is an identifier: a library's prints as it is in parentheses,
 * "(jsonwebtoken)", a product's by its name, "(Dropbox)", "(Microsoft Entra ID)"). A sentence names the product as its
 * makers write it: "Refused by Backlog", not "Refused by backlog". Both languages use these names (product names are
 * not translated; a common noun phrase, "the NATS server", has ja's own words); an id not here prints as it is.
 * test/messages/product-names.test.ts checks that every product the engine can name as the answerer has one.
 */
import { GATEWAY_LIBRARIES } from '../engine/checks/proxy.js';

const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  // The gateways' names are the ones proxy.gateway-response already gives as its `product`: one name in a report.
  ...GATEWAY_LIBRARIES,
  adyen: 'Adyen',
  airflow: 'Airflow',
  ably: 'Ably',
  'action-cable': 'Action Cable',
  airtable: 'Airtable',
  anthropic: 'Anthropic',
  apns: 'APNs',
  appwrite: 'Appwrite',
  argocd: 'Argo CD',
  artifactory: 'Artifactory',
  atlassian: 'Atlassian',
  auth0: 'Auth0',
  aws: 'AWS',
  'aws-bedrock': 'Amazon Bedrock',
  'aws-ecr': 'Amazon ECR',
  'aws-rds': 'Amazon RDS',
  'aws-s3': 'Amazon S3',
  'aws-iot': 'AWS IoT Core',
  'aws-sts': 'AWS STS',
  'azure-api-management': 'Azure API Management',
  'azure-apim': 'Azure API Management',
  'azure-ai-services': 'Azure AI services',
  'azure-iot-hub': 'Azure IoT Hub',
  'azure-key-vault': 'Azure Key Vault',
  'azure-postgresql': 'Azure Database for PostgreSQL',
  'azure-resource-manager': 'Azure Resource Manager',
  'azure-cli': 'Azure CLI',
  'azure-sql': 'Azure SQL Database',
  'azure-storage': 'Azure Storage',
  'aliyun-oss': 'Alibaba Cloud OSS',
  minio: 'MinIO',
  'cloudflare-r2': 'Cloudflare R2',
  cloudfront: 'CloudFront',
  'azure-service-bus': 'Azure Service Bus',
  backlog: 'Backlog',
  'better-auth': 'Better Auth',
  boundary: 'HashiCorp Boundary',
  box: 'Box',
  pusher: 'Pusher',
  playfab: 'PlayFab',
  'socket-io': 'Socket.IO',
  centrifugo: 'Centrifugo',
  bigcommerce: 'BigCommerce',
  braintree: 'Braintree',
  bigquery: 'BigQuery',
  botframework: 'the Bot Framework SDK',
  'bot-connector': 'the Bot Connector',
  chatwork: 'Chatwork',
  clerk: 'Clerk',
  casdoor: 'Casdoor',
  clickhouse: 'ClickHouse',
  clickup: 'ClickUp',
  cloudflare: 'Cloudflare',
  cognito: 'Amazon Cognito',
  cohere: 'Cohere',
  consul: 'Consul',
  databricks: 'Databricks',
  dataverse: 'Microsoft Dataverse',
  datadog: 'Datadog',
  'dbt-cloud': 'dbt Cloud',
  // MCP clients and authorization servers print these SDKs' words; their packages (@modelcontextprotocol/sdk, mcp) are
  // not what an on-call engineer searches for, so the prose names the SDK.
  'mcp-sdk': 'the MCP TypeScript SDK',
  'mcp-python-sdk': 'the MCP Python SDK',
  'kubernetes-dashboard': 'Kubernetes Dashboard',
  'datadog-agent': 'the Datadog Agent',
  directus: 'Directus',
  discord: 'Discord',
  docker: 'Docker',
  'docker-registry': 'Docker Registry',
  'docker-hub': 'Docker Hub',
  docusign: 'DocuSign',
  dropbox: 'Dropbox',
  elasticsearch: 'Elasticsearch',
  'elastic-apm-server': 'Elastic APM Server',
  emqx: 'EMQX',
  'epic-games': 'Epic Games',
  'mssql-jdbc': 'Microsoft JDBC Driver for SQL Server',
  'entra-id': 'Microsoft Entra ID',
  'exchange-oauth': 'Exchange Server',
  fastmcp: 'FastMCP',
  'firebase-auth': 'Firebase Authentication',
  'firebase-cli': 'the Firebase CLI',
  'firebase-app-check': 'Firebase App Check',
  'firebase-database': 'Firebase Realtime Database',
  'firebase-storage': 'Cloud Storage for Firebase',
  firestore: 'Firestore',
  freee: 'freee',
  fusionauth: 'FusionAuth',
  'gcp-sts': 'Google Cloud STS',
  'gke-metadata-server': 'the GKE metadata server',
  'git-server': 'the Git server',
  github: 'GitHub',
  'github-actions': 'GitHub Actions',
  'github-oauth': 'GitHub',
  gitlab: 'GitLab',
  'google-api': 'the Google API',
  'google-api-key': 'Google',
  'google-maps': 'Google Maps Platform',
  'google-cloud-storage': 'Cloud Storage',
  groq: 'Groq',
  // A gRPC status read with no service named (rpc error: code = … desc = …): its makers write gRPC.
  grpc: 'gRPC',
  'google-oauth': 'Google',
  grafana: 'Grafana',
  'grafana-cloud': 'Grafana Cloud',
  // The GraphQL error envelope's refusal (parse/client-errors.ts): named as its spec writes it, as gRPC is.
  graphql: 'GraphQL',
  harbor: 'Harbor',
  hasura: 'Hasura',
  'home-assistant': 'Home Assistant',
  hubspot: 'HubSpot',
  'hugging-face': 'Hugging Face',
  intercom: 'Intercom',
  jira: 'Jira',
  sonarqube: 'SonarQube',
  'rocket-chat': 'Rocket.Chat',
  portainer: 'Portainer',
  owncloud: 'ownCloud',
  nextcloud: 'Nextcloud',
  mattermost: 'Mattermost',
  metabase: 'Metabase',
  jenkins: 'Jenkins',
  gitea: 'Gitea',
  forgejo: 'Forgejo',
  confluence: 'Confluence',
  bitbucket: 'Bitbucket',
  keycloak: 'Keycloak',
  kintone: 'kintone',
  'kabu-station': 'the kabu STATION API',
  kubernetes: 'Kubernetes',
  'line-messaging-api': 'the LINE Messaging API',
  'line-login': 'LINE Login',
  'line-sdk': 'the LINE SDK',
  'rakuten-rms': 'Rakuten RMS',
  'yahoo-japan': 'Yahoo! JAPAN',
  paypay: 'PayPay',
  'money-forward': 'Money Forward',
  linkedin: 'LinkedIn',
  logto: 'Logto',
  kinde: 'Kinde',
  kratos: 'Ory Kratos',
  mailchimp: 'Mailchimp',
  mailgun: 'Mailgun',
  mapbox: 'Mapbox',
  maven: 'the Maven repository',
  'meta-graph': 'the Meta Graph API',
  'microsoft-graph': 'Microsoft Graph',
  // Perl's Mojo::JWT (CPAN), whose id is no name a reader would search for.
  'mojo-jwt': 'Mojo::JWT',
  mongodb: 'MongoDB',
  'mongodb-atlas': 'MongoDB Atlas',
  mqtt: 'the MQTT broker',
  openweathermap: 'OpenWeatherMap',
  telegram: 'the Telegram Bot API',
  trello: 'Trello',
  vonage: 'Vonage',
  figma: 'Figma',
  'open-liberty': 'Open Liberty',
  'opensearch-security': 'the OpenSearch Security plugin',
  mosquitto: 'Mosquitto',
  nakama: 'Nakama',
  nocodb: 'NocoDB',
  nats: 'the NATS server',
  netsuite: 'NetSuite',
  'new-relic': 'New Relic',
  nomad: 'Nomad',
  notion: 'Notion',
  npm: 'the npm registry',
  nuget: 'the NuGet feed',
  oathkeeper: 'Ory Oathkeeper',
  okta: 'Okta',
  oci: 'Oracle Cloud Infrastructure',
  openai: 'OpenAI',
  'parse-server': 'Parse Server',
  paypal: 'PayPal',
  'payara-mp-jwt': 'Payara',
  pinecone: 'Pinecone',
  qdrant: 'Qdrant',
  meilisearch: 'Meilisearch',
  typesense: 'Typesense',
  algolia: 'Algolia',
  libsql: 'libSQL',
  cockroachdb: 'CockroachDB',
  etcd: 'etcd',
  pulsar: 'Apache Pulsar',
  redis: 'Redis',
  upstash: 'Upstash',
  heroku: 'Heroku',
  railway: 'Railway',
  fly: 'Fly.io',
  qstash: 'QStash',
  trivy: 'Trivy',
  plaid: 'Plaid',
  pocketbase: 'PocketBase',
  pomerium: 'Pomerium',
  postgrest: 'PostgREST',
  postmark: 'Postmark',
  pypi: 'PyPI',
  quickbooks: 'QuickBooks',
  rabbitmq: 'RabbitMQ',
  salesforce: 'Salesforce',
  'sap-approuter': 'the SAP Application Router',
  'sap-cloud-security': 'SAP’s token validation for XSUAA',
  sendgrid: 'SendGrid',
  sentry: 'Sentry',
  servicenow: 'ServiceNow',
  sharepoint: 'SharePoint',
  shopify: 'Shopify',
  slack: 'Slack',
  snowflake: 'Snowflake',
  'splunk-hec': 'Splunk’s HTTP Event Collector',
  spotify: 'Spotify',
  square: 'Square',
  'spring-cloud-gcp': 'Spring Cloud GCP',
  'spring-security': 'Spring Security',
  strapi: 'Strapi',
  steam: 'Steam',
  stripe: 'Stripe',
  stytch: 'Stytch',
  supabase: 'Supabase',
  'supabase-auth': 'Supabase Auth',
  supertokens: 'SuperTokens',
  tailscale: 'Tailscale',
  // Round audit-ag: RPC frameworks' envelopes and authorization services, as their makers write them.
  twirp: 'Twirp',
  livekit: 'LiveKit',
  // Round audit-aq: video, voice and chat SDKs' services (engine/parse/verifier-messages/media-sdks.ts).
  stream: 'Stream',
  agora: 'Agora',
  'vonage-video': 'Vonage Video API',
  'zoom-meeting-sdk': 'Zoom Meeting SDK',
  '100ms': '100ms',
  pubnub: 'PubNub',
  mux: 'Mux',
  daily: 'Daily',
  sendbird: 'Sendbird',
  connect: 'Connect',
  openfga: 'OpenFGA',
  'ory-keto': 'Ory Keto',
  opa: 'Open Policy Agent',
  spicedb: 'SpiceDB',
  cerbos: 'Cerbos',
  'aws-verified-permissions': 'Amazon Verified Permissions',
  dapr: 'Dapr',
  teleport: 'Teleport',
  temporal: 'Temporal',
  thingsboard: 'ThingsBoard',
  trino: 'Trino',
  twilio: 'Twilio',
  twitch: 'Twitch',
  vault: 'Vault',
  vercel: 'Vercel',
  vscode: 'VS Code',
  weaviate: 'Weaviate',
  workos: 'WorkOS',
  'x-api': 'the X API',
  xero: 'Xero',
  zendesk: 'Zendesk',
  zitadel: 'ZITADEL',
  zoom: 'Zoom',
  // Round audit-aj: content platforms and shops (verifier-messages/content-platforms.ts); the JWT plugin by its
  // WordPress.org name.
  wordpress: 'WordPress',
  woocommerce: 'WooCommerce',
  'wp-jwt-auth': 'JWT Authentication for WP REST API',
  'wp-graphql-jwt': 'WPGraphQL JWT Authentication',
  contentful: 'Contentful',
  convex: 'Convex',
  sanity: 'Sanity',
  ghost: 'Ghost',
  magento: 'Magento',
  commercetools: 'commercetools',
  circleci: 'CircleCI',
  'terraform-aws': 'Terraform’s AWS provider',
  buildkite: 'Buildkite',
};

/**
 * Libraries, frameworks and servers whose id is no name their makers write (round review-31): a refusal's title opens
 * with who answered, and "simplejwt rejected the token" or "kafka rejected the token" reads as an identifier. A library
 * whose id is its package's name as written (jose, hapi, fosite, echo-jwt) prints as it is. These are not products that
 * answer for themselves (hasProductName): "The request to FastAPI" would name the application's framework as the API.
 */
const LIBRARY_NAMES: Readonly<Record<string, string>> = {
  // kafka.apache.org's documentation writes Kafka; its SASL/OAUTHBEARER rows are the broker's (verifier-messages/services.ts).
  kafka: 'Kafka',
  // jazzband/djangorestframework-simplejwt's documentation is titled "Simple JWT".
  simplejwt: 'Simple JWT',
  // smallrye.io writes SmallRye JWT; helidon.io its security module Helidon Security.
  'smallrye-jwt': 'SmallRye JWT',
  'helidon-security': 'Helidon Security',
  // thephpleague/oauth2-server is required and documented as league/oauth2-server.
  'league-oauth2-server': 'league/oauth2-server',
  // www.django-rest-framework.org writes Django REST framework; fastapi.tiangolo.com FastAPI.
  'django-rest-framework': 'Django REST framework',
  fastapi: 'FastAPI',
  // ueberauth/guardian's README: "Guardian is a token based authentication library for use with Elixir applications".
  guardian: 'Guardian',
  // spring-attic/spring-security-oauth: the project's name is Spring Security OAuth.
  'spring-security-oauth2': 'Spring Security OAuth',
  // lexik/LexikJWTAuthenticationBundle: the bundle's name as Symfony's configuration and its README write it.
  'lexik-jwt': 'LexikJWTAuthenticationBundle',
  // gofiber/contrib's jwt middleware (formerly gofiber/jwt), imported as github.com/gofiber/contrib/jwt.
  'gofiber-jwt': 'gofiber/contrib/jwt',
  // The token server of DuendeSoftware (and of IdentityServer4 before it): its documentation writes IdentityServer; the
  // package is Duende.IdentityServer (IdentityServer4), so the id alone read as neither (round review-31b).
  identityserver: 'IdentityServer',
  // tRPC's error envelope (parse/client-errors.ts), as trpc.io writes it.
  trpc: 'tRPC',
  // The copied verifyToken middleware of bezkoder's Node.js Express JWT tutorials (parse/error-bodies.ts).
  'bezkoder-tutorial': 'the bezkoder tutorial’s JWT middleware',
  // Microsoft's token validation library: its repository (AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet)
  // and its packages (Microsoft.IdentityModel.*) write IdentityModel, as this report's own ShowPII step does.
  identitymodel: 'IdentityModel',
  // learn.microsoft.com writes ASP.NET Core; "(aspnetcore)" read as a package id no one installs.
  aspnetcore: 'ASP.NET Core',
  // connect2id.com/products/nimbus-jose-jwt: the library Spring Security's NimbusJwtDecoder wraps is Nimbus JOSE + JWT.
  nimbus: 'Nimbus JOSE + JWT',
  // golang/oauth2 is imported, and documented on pkg.go.dev, as golang.org/x/oauth2 (no package is golang-oauth2;
  // doorkeeper, msal and wildfly-elytron are their packages' names and print as they are).
  'golang-oauth2': 'golang.org/x/oauth2',
  // spring.io writes Spring Framework.
  'spring-framework': 'Spring Framework',
};

/** Every name above: product names are not translated, so ja's sentences hold them as they are. */
export const PRODUCT_NAME_LIST: readonly string[] = [...Object.values(PRODUCT_NAMES), ...Object.values(LIBRARY_NAMES)];

/** The product's (or library's) name for a sentence, or the id itself when it has none here. */
export function productName(via: string): string {
  if (Object.hasOwn(PRODUCT_NAMES, via)) return PRODUCT_NAMES[via] as string;
  return Object.hasOwn(LIBRARY_NAMES, via) ? (LIBRARY_NAMES[via] as string) : via;
}

export function hasProductName(via: string): boolean {
  return Object.hasOwn(PRODUCT_NAMES, via);
}

/** productName at a sentence's start: "The Google API reports …"; an id or a proper name stays as it is. */
export function productNameAtStart(via: string): string {
  const name = productName(via);
  return name.startsWith('the ') ? `The ${name.slice(4)}` : name;
}

/**
 * Clients whose log reports their backend's refusal of a credential: "Refused by" names the backend, not the client
 * that wrote the line (the Datadog Agent's forwarder logs Datadog's intake refusing its API key, datadog-agent's
 * transaction.go). Any other via refused for itself.
 */
const REPORTED_BY_CLIENT: Readonly<Record<string, string>> = { 'datadog-agent': 'datadog' };

/** The via of the service that refused, for "Refused by …": the backend a client's own log line reports. */
export function refuserOf(via: string): string {
  return Object.hasOwn(REPORTED_BY_CLIENT, via) ? (REPORTED_BY_CLIENT[via] as string) : via;
}

/**
 * Client libraries whose words report a server's answer: named as the reporter ("as the MCP TypeScript SDK reports"),
 * not as the server that answered ("The token endpoint (the MCP TypeScript SDK)" reads as if the SDK were it). The
 * MCP TypeScript SDK's rows for a refused token exchange are its client's (client/auth.js's exchangeAuthorization).
 */
const CLIENT_REPORTERS: ReadonlySet<string> = new Set(['mcp-sdk']);

export function isClientReporter(via: string): boolean {
  return CLIENT_REPORTERS.has(via);
}

/**
 * RPC frameworks whose error envelope a service answers in (Twirp's `{"code","msg"}`, Connect's `{"code","message"}`,
 * parse/rpc-bodies.ts): the framework is how the service spoke, not who refused, so prose says the service answered in
 * its envelope rather than naming the framework as the server.
 */
const RPC_ENVELOPES: ReadonlySet<string> = new Set(['twirp', 'connect']);

export function isRpcEnvelope(via: string): boolean {
  return RPC_ENVELOPES.has(via);
}
