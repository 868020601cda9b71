/** Every table, in one array: adding a library is adding a file here. */
import { ACCESS_PROXIES } from './access-proxies.js';
import { AI_APIS } from './ai-apis.js';
import { API_KEYS } from './api-keys.js';
import { AUTHZ } from './authz.js';
import { AWS_JWT_VERIFY } from './aws-jwt-verify.js';
import { AZURE_APIM } from './azure-apim.js';
import { BACKENDS } from './backends.js';
import { BOT_APIS } from './bot-apis.js';
import { BOUND_TOKENS } from './bound-tokens.js';
import { BROWSER_KEYS } from './browser-keys.js';
import { BUSINESS_PLATFORMS, SHAREPOINT } from './business-platforms.js';
import { CI_OIDC_TOKENS } from './ci-oidc-tokens.js';
import { CLIENT_SDKS } from './client-sdks.js';
import { CONTENT_PLATFORMS } from './content-platforms.js';
import { CSRF } from './csrf.js';
import { DATA_PLANES } from './data-planes.js';
import { DATA_PLATFORMS } from './data-platforms.js';
import { DEV_TOOLS } from './dev-tools.js';
import { DEVICES } from './devices.js';
import { DOTNET } from './dotnet.js';
import { EXCHANGE } from './exchange.js';
import { FEDERATION } from './federation.js';
import { FRAMEWORKS } from './frameworks.js';
import { GAME_BACKENDS } from './game-backends.js';
import { GATEWAYS } from './gateways.js';
import { GATEWAYS_MORE } from './gateways-more.js';
import { GIT_HOSTS } from './git-hosts.js';
import { GO } from './go.js';
import { GOOGLE_ENDPOINTS } from './google-endpoints.js';
import { GOOGLE_ID_TOKENS } from './google-id-tokens.js';
import { IDENTITY } from './identity.js';
import { IDENTITY_PROXIES } from './identity-proxies.js';
import { IDENTITY_SAAS } from './identity-saas.js';
import { IDENTITY_SERVERS } from './identity-servers.js';
import { INTERACTION } from './interaction.js';
import { JAPANESE } from './japanese.js';
import { JAVA } from './java.js';
import { JAVA_SERVERS } from './java-servers.js';
import { LOCALIZED } from './localized.js';
import { LUA_RESTY_JWT } from './lua-resty-jwt.js';
import type { Matcher } from './matcher.js';
import { MCP } from './mcp.js';
import { MEDIA_SDKS } from './media-sdks.js';
import { MORE_FRAMEWORKS } from './more-frameworks.js';
import { MORE_STACKS } from './more-stacks.js';
import { NGINX } from './nginx.js';
import { NODE } from './node.js';
import { PAAS_CLIS } from './paas-clis.js';
import { PACKAGE_REPOSITORIES } from './package-repositories.js';
import { PAYMENT_APIS } from './payment-apis.js';
import { PHP } from './php.js';
import { PLATFORMS } from './platforms.js';
import { PYTHON } from './python.js';
import { REALTIME } from './realtime.js';
import { RUBY } from './ruby.js';
import { RUST } from './rust.js';
import { SAAS_APIS } from './saas-apis.js';
import { SEARCH_ENGINES } from './search-engines.js';
import { SELF_SIGNED } from './self-signed.js';
import { SERVICE_ENABLEMENT } from './service-enablement.js';
import { SERVICES } from './services.js';
import { SIGNED_URLS } from './signed-urls.js';
import { TELEMETRY } from './telemetry.js';
import { TOKEN_ENDPOINTS } from './token-endpoints.js';
import { UNATTRIBUTED_ROWS } from './unattributed.js';
import { WEB } from './web.js';
import { WEBHOOKS } from './webhooks.js';

export const MATCHERS: readonly Matcher[] = [
  ...NODE,
  ...PYTHON,
  ...GO,
  ...JAVA,
  ...DOTNET,
  ...GATEWAYS,
  ...GATEWAYS_MORE,
  ...NGINX,
  ...GOOGLE_ENDPOINTS,
  ...GOOGLE_ID_TOKENS,
  ...AWS_JWT_VERIFY,
  ...AZURE_APIM,
  ...FRAMEWORKS,
  ...RUBY,
  ...PHP,
  ...RUST,
  ...WEB,
  ...IDENTITY,
  ...EXCHANGE,
  ...MORE_STACKS,
  ...LUA_RESTY_JWT,
  ...SERVICES,
  ...FEDERATION,
  ...CI_OIDC_TOKENS,
  ...TOKEN_ENDPOINTS,
  ...MCP,
  ...JAPANESE,
  ...LOCALIZED,
  ...IDENTITY_PROXIES,
  ...ACCESS_PROXIES,
  ...BOUND_TOKENS,
  ...IDENTITY_SAAS,
  ...IDENTITY_SERVERS,
  ...INTERACTION,
  ...PLATFORMS,
  ...AUTHZ,
  ...SIGNED_URLS,
  ...CLIENT_SDKS,
  ...CSRF,
  ...MORE_FRAMEWORKS,
  ...JAVA_SERVERS,
  ...API_KEYS,
  ...BROWSER_KEYS,
  ...SERVICE_ENABLEMENT,
  ...AI_APIS,
  ...SAAS_APIS,
  ...BOT_APIS,
  ...CONTENT_PLATFORMS,
  ...GIT_HOSTS,
  ...PACKAGE_REPOSITORIES,
  ...TELEMETRY,
  ...WEBHOOKS,
  ...SELF_SIGNED,
  ...DATA_PLATFORMS,
  ...SEARCH_ENGINES,
  ...DATA_PLANES,
  ...PAAS_CLIS,
  ...REALTIME,
  ...MEDIA_SDKS,
  ...DEVICES,
  ...GAME_BACKENDS,
  ...BACKENDS,
  ...PAYMENT_APIS,
  ...BUSINESS_PLATFORMS,
  ...SHAREPOINT,
  ...DEV_TOOLS,
  // Last: a library's own row on the same words comes first and wins (merge.ts keeps the first of equal scores).
  ...UNATTRIBUTED_ROWS,
];
