/**
 * The products whose refusal names a credential that is no JWT: an API key, an access-policy token, an ACL token's
 * secret. Their steps ask about that credential, never about a JWT's exp, iss, aud or kid.
 */
export type NonJwtCredential =
  | 'grafana-cloud-token'
  | 'grafana-api-key'
  | 'consul-acl-token'
  | 'nomad-acl-token'
  | 'nats-credentials'
  | 'mqtt-credentials'
  | 'azure-iot-hub-credentials'
  | 'steam-session-ticket'
  | 'home-assistant-token'
  | 'epic-access-token'
  | 'kintone-api-token'
  | 'rakuten-rms-esa'
  | 'kabu-station-api-password'
  | 'paypay-api-key'
  | 'kintone-password'
  | 'freee-access-token'
  | 'backlog-api-key'
  | 'chatwork-api-token'
  | 'tailscale-auth-key'
  | 'openfga-preshared-key'
  | 'dapr-api-token'
  | 'trivy-token'
  | 'teleport-login'
  | 'aws-access-key'
  | 'npm-token'
  | 'stripe-api-key'
  | 'openai-api-key'
  | 'anthropic-api-key'
  | 'openai-organization'
  | 'azure-ai-services-key'
  | 'azure-ai-services-token'
  | 'cohere-api-key'
  | 'groq-api-key'
  | 'openai-no-organization'
  | 'weaviate-credentials'
  | 'pinecone-api-key'
  | 'qdrant-api-key'
  | 'meilisearch-key'
  | 'typesense-api-key'
  | 'algolia-api-key'
  | 'libsql-auth-token'
  | 'cockroachdb-jwt'
  | 'etcd-auth-token'
  | 'pulsar-token'
  | 'redis-password'
  | 'upstash-redis-token'
  | 'heroku-api-key'
  | 'railway-token'
  | 'fly-api-token'
  | 'twilio-credentials'
  | 'apicast-credentials'
  | 'oci-api-key'
  | 'pypi-token'
  | 'docker-hub-login'
  | 'sendgrid-api-key'
  | 'hugging-face-token'
  | 'cloudflare-api-token'
  | 'azure-storage-credentials'
  | 'google-api-key'
  | 'google-maps-api-key'
  | 'mapbox-access-token'
  | 'mapbox-secret-token'
  | 'firebase-app-check-token'
  | 'firebase-app-verification'
  | 'shopify-access-token'
  | 'jira-api-token'
  | 'hubspot-access-token'
  | 'sentry-auth-token'
  | 'datadog-keys'
  | 'mailgun-api-key'
  | 'openweathermap-api-key'
  | 'telegram-bot-token'
  | 'trello-credentials'
  | 'vonage-credentials'
  | 'github-token'
  | 'okta-api-token'
  | 'github-git-credentials'
  | 'gitlab-git-credentials'
  | 'git-https-credentials'
  | 'vercel-token'
  | 'parse-session-token'
  | 'hasura-admin-secret'
  | 'parse-keys'
  | 'nocodb-token'
  | 'splunk-hec-token'
  | 'boundary-auth-token'
  | 'splunk-hec-token-disabled'
  | 'datadog-agent-api-key'
  | 'cloudfront-signed-url'
  | 'new-relic-license-key'
  | 'gh-cli-token'
  | 'maven-repository-credentials'
  | 'nuget-feed-credentials'
  | 'databricks-token'
  | 'clickhouse-credentials'
  | 'rds-iam-token'
  | 'atlas-api-key'
  | 'mongodb-credentials'
  | 'dbt-cloud-token'
  | 'airflow-api-credentials'
  | 'snowflake-login'
  | 'elasticsearch-credentials'
  | 'adyen-api-key'
  | 'square-access-token'
  | 'braintree-api-keys'
  | 'postmark-server-token'
  | 'plaid-api-keys'
  | 'stytch-project-credentials'
  | 'servicenow-credentials'
  | 'netsuite-credentials'
  | 'bot-app-credentials'
  | 'bitbucket-credentials'
  | 'mattermost-token'
  | 'rocket-chat-token'
  | 'nextcloud-credentials'
  | 'atlassian-credentials'
  | 'portainer-token'
  | 'sonarqube-token'
  | 'atlassian-captcha'
  | 'artifactory-credentials'
  | 'metabase-credentials'
  | 'spring-credentials'
  | 'bad-credentials'
  | 'bad-credentials-body';

// Keyed by the verifier-message row's id (parse/verifier-messages/services.ts, where each row cites its source).
const BY_ROW: Readonly<Record<string, NonJwtCredential>> = {
  // Grafana Cloud's ingestion endpoints take basic auth: the stack's instance (tenant) ID as the user and a Cloud
  // Access Policy token as the password (grafana.com/docs/grafana-cloud/authentication-and-permissions/access-policies/
  // authorize-services; …/prometheus/remote_write_prometheus: "A Grafana Cloud access policy token with the
  // metrics:write scope").
  'grafana-cloud.invalid-credentials': 'grafana-cloud-token',
  // Grafana's API-key client (pkg/services/authn/clients/api_key.go) judges API keys and service-account tokens.
  'grafana.api-key-invalid': 'grafana-api-key',
  // Consul's and Nomad's ACL tokens are looked up by their SecretID, a UUID, not verified as a JWT.
  'consul.acl-not-found': 'consul-acl-token',
  'nomad.acl-token-not-found': 'nomad-acl-token',
  // The NATS server authenticates a connection by user and password, a token, an nkey, or a user JWT signed by an
  // account nkey (alg ed25519-nkey, iss the account's public key, no aud or kid) from a .creds file, checked up the
  // operator → account → user chain (docs.nats.io running-a-nats-service/configuration/securing_nats/auth_intro;
  // nats-io/nats.docs developing-with-nats/tutorials/jwt.md): "Authorization Violation" is none of them accepted, so an
  // OAuth token's exp, iss, aud and kid are not what to check.
  'nats.authorization-violation': 'nats-credentials',
  // An MQTT broker's CONNACK refusal (services.ts): the broker judged the CONNECT packet's username, password and client
  // id (or the TLS client certificate); a JWT, where one is used, travels as the password and is judged by the broker's
  // own authenticator, whose log says which check failed.
  'mqtt.connack-not-authorized': 'mqtt-credentials',
  'mqtt.connack-bad-credentials': 'mqtt-credentials',
  'mqtt.refused-not-authorized': 'mqtt-credentials',
  'mqtt.refused-bad-credentials': 'mqtt-credentials',
  'mqtt.connack-string-not-authorised': 'mqtt-credentials',
  'mqtt.connack-string-bad-credentials': 'mqtt-credentials',
  'mqtt.v5-not-authorized': 'mqtt-credentials',
  'mqtt.v5-bad-credentials': 'mqtt-credentials',
  'mqtt.paho-java-not-authorized': 'mqtt-credentials',
  'mqtt.paho-java-bad-credentials': 'mqtt-credentials',
  // The same refusal in device SDKs' and EMQX's words (verifier-messages/devices.ts).
  'mqtt.crt-connack-refused': 'mqtt-credentials',
  'mqtt.dart-not-authorized': 'mqtt-credentials',
  'mqtt.mqttnet-connack-not-authorized': 'mqtt-credentials',
  'mosquitto.disconnected-not-authorised': 'mqtt-credentials',
  'mosquitto.disconnected-colon-not-authorised': 'mqtt-credentials',
  'emqx.authn-failure': 'mqtt-credentials',
  'emqx.terminated-not-authorized': 'mqtt-credentials',
  // Azure IoT Hub authenticates a device by a SAS token signed with its key, an X.509 certificate, or a service by a
  // shared access policy's key (learn.microsoft.com/azure/iot-hub/authenticate-authorize-sas): none is an OAuth JWT.
  'azure-iot-hub.unauthorized-access': 'azure-iot-hub-credentials',
  'azure-iot-hub.unauthorized': 'azure-iot-hub-credentials',
  'azure-iot-hub.authentication-failed': 'azure-iot-hub-credentials',
  'azure-iot-hub.mqtt-not-accepted': 'azure-iot-hub-credentials',
  'azure-iot-hub.mqtt-refused-not-authorized': 'azure-iot-hub-credentials',
  // The Steam Web API's AuthenticateUserTicket judges a session ticket the game client got from Steam (GetAuthSessionTicket,
  // GetAuthTicketForWebApi), hex-encoded, for one app (partner.steamgames.com/doc/webapi/ISteamUserAuth): no JWT.
  'steam.invalid-ticket': 'steam-session-ticket',
  // Epic's account service issues the access token its services check (POST …/account/api/oauth/token, with a
  // refresh_token beside it); signing the account in elsewhere, the game's own launch included, ends the stored one
  // (LeleDerGrasshalmi/FortniteEndpointsDocumentation#424).
  'epic-games.token-verification-failed': 'epic-access-token',
  // Home Assistant's ban middleware logs any refused credential: an access token from its login flow (30 minutes, then
  // refreshed by the client: developers.home-assistant.io/docs/auth_api), a long-lived access token made on the profile
  // page, or a password typed at /auth/login_flow (home-assistant/core#85024); the line names the client and the URL.
  'home-assistant.invalid-authentication': 'home-assistant-token',
  // kintone's API tokens are strings generated per app and sent in X-Cybozu-API-Token; for GAIA_IA02 its troubleshooting
  // says to check the string was copied right and that "Update App" was clicked, without which a generated token is not
  // usable (kintone.dev/en/tutorials/introduction-to-kintone-customizations/api-tokens/, "Troubleshooting";
  // get.kintone.help/k/en/user/app_settings/api_token.html).
  'kintone.GAIA_IA02': 'kintone-api-token',
  // Rakuten RMS's WEB API takes "Authorization: ESA " + base64(serviceSecret:licenseKey); the licenseKey lasts 90 days
  // and is renewed in RMS (WEB APIサービス → 利用設定; manual.next-engine.net/main/orders/ord_torikomi-shori/
  // juchu_torikomi/juchu__rakuten/20948, help.teps.io/rakuten-connection-error).
  'rakuten-rms.ES01-01': 'rakuten-rms-esa',
  // The kabu STATION API issues its token for the API password set in the kabu STATION app, only while the app is
  // logged in (kabucom/kabusapi#44, #1326).
  'kabu-station.4001007': 'kabu-station-api-password',
  'kabu-station.4001013': 'kabu-station-api-password',
  // PayPay's Open Payment API authenticates each request by an HMAC its API key and secret make (the SDKs build the
  // Authorization header) and by the merchant id in X-ASSUME-MERCHANT; sandbox and production keys are apart (the
  // SDKs' productionMode; paypay/paypayopa-sdk-node README).
  'paypay.unauthorized': 'paypay-api-key',
  // CB_WA01 judges a login name and password (X-Cybozu-Authorization, cli-kintone's --username/--password); REST API
  // password authentication is not available to a user with two-factor authentication on (support.square.hulft.com
  // /hc/ja/articles/14317952154516, quoting kintone's help).
  'kintone.CB_WA01': 'kintone-password',
  // freee's access tokens are OAuth 2.0 tokens it issues and looks up: 6 hours each, renewed with a refresh token that
  // lasts 90 days and works once (developer.freee.co.jp/reference/faq/token_lifetime).
  'freee.invalid-access-token': 'freee-access-token',
  'freee.expired-access-token': 'freee-access-token',
  // Backlog's body is its API key's refusal (the apiKey parameter, issued per user and space; developer.nulab.com/docs/
  // backlog/auth and getting-started): its OAuth 2.0 tokens are refused in WWW-Authenticate instead.
  'backlog.authentication-failure': 'backlog-api-key',
  // Chatwork's API token is per account, without expiry, sent in X-ChatWorkToken (developer.chatwork.com/docs/endpoints).
  'chatwork.invalid-api-token': 'chatwork-api-token',
  // Tailscale's coordination server on the auth key a node logs in with (tailscale up --auth-key, tsnet's AuthKey,
  // TS_AUTHKEY): a key it has no record of (verifier-messages/access-proxies.ts).
  'tailscale.auth-key-unknown': 'tailscale-auth-key',
  // Teleport's auth server on a local user's sign-in (tsh login, the web UI): its password and second factor.
  'teleport.local-login-refused': 'teleport-login',
  // Dapr's API token (DAPR_API_TOKEN on the sidecar, sent by the app's SDK in the dapr-api-token header or gRPC
  // metadata; docs.dapr.io operations/security/api-token): a shared string the sidecar compares (verifier-messages/
  // rpc-services.ts).
  'dapr.api-token-mismatch': 'dapr-api-token',
  // A Trivy server's --token, which its clients send in the Trivy-Token header (--token, --token-header; trivy.dev
  // docs references/modes/client-server): a shared string the server compares (verifier-messages/services.ts).
  'trivy.token-mismatch': 'trivy-token',
  // The API keys and static tokens of parse/verifier-messages/api-keys.ts (each row cites its source), and stripe-node's
  // row in identity.ts: a key the product issued, looked up as it is, with nothing of a JWT's to check.
  'aws.invalid-security-token': 'aws-access-key',
  // OCI signs each request with an API signing key: keyId is "<tenancy OCID>/<user OCID>/<fingerprint>" and the
  // signature is made with the private key whose public half is uploaded to that user (docs.oracle.com/iaas/Content/API/
  // Concepts/signingrequests.htm, apisigningkey.htm): NotAuthenticated is any part of it wrong or missing.
  'oci.not-authenticated': 'oci-api-key',
  'npm.token-invalid': 'npm-token',
  'stripe.invalid-key': 'stripe-api-key',
  'stripe.invalid-key-class': 'stripe-api-key',
  'openai.incorrect-api-key': 'openai-api-key',
  'anthropic.invalid-x-api-key': 'anthropic-api-key',
  // Round audit-ad, AI and LLM APIs (parse/verifier-messages/ai-apis.ts): OpenAI's organization header beside a sound
  // key; an Azure AI services resource's key (api-key, Ocp-Apim-Subscription-Key) or the Entra ID token it takes
  // instead; Cohere's and Groq's API keys, looked up as they are.
  'anthropic.invalid-api-key': 'anthropic-api-key',
  'openai.mismatched-organization': 'openai-organization',
  'azure-ai-services.invalid-key-or-endpoint': 'azure-ai-services-key',
  'azure-ai-services.token-refused': 'azure-ai-services-token',
  'cohere.invalid-api-token': 'cohere-api-key',
  'groq.invalid-api-key': 'groq-api-key',
  // OpenAI's key of an account in no organization; Weaviate's authentication settings (an API key it takes only with
  // AUTHENTICATION_APIKEY_ENABLED); a Pinecone key of its project's environment.
  'openai.no-organization': 'openai-no-organization',
  'weaviate.oidc-not-configured': 'weaviate-credentials',
  'pinecone.key-invalid-for-environment': 'pinecone-api-key',
  // Qdrant's API keys (service.api_key, service.read_only_api_key; Qdrant Cloud's database API keys, per cluster), sent
  // in the api-key header or as a Bearer token (qdrant.tech documentation/guides/security): verifier-messages/ai-apis.ts.
  'qdrant.invalid-api-key': 'qdrant-api-key',
  'qdrant.cloud-key-unknown': 'qdrant-api-key',
  // Search engines' own keys (verifier-messages/search-engines.ts): Meilisearch's API keys and the tenant tokens an app
  // signs with one (meilisearch.com/docs/learn/security/tenant_tokens: a JWT whose apiKeyUid names the key that signed
  // it); Typesense's API keys and scoped search keys (typesense.org/docs, API Keys: an HMAC of the embedded parameters
  // made with a parent key); Algolia's API keys and secured API keys (algolia.com/doc, generateSecuredApiKey: made from
  // a search key, with validUntil).
  'meilisearch.invalid-api-key': 'meilisearch-key',
  'meilisearch.invalid-api-key-link': 'meilisearch-key',
  'meilisearch.invalid-tenant-token': 'meilisearch-key',
  'meilisearch.decode-tenant-token': 'meilisearch-key',
  'typesense.forbidden-api-key': 'typesense-api-key',
  'algolia.invalid-app-id-or-key': 'algolia-api-key',
  // Data planes' own tokens (verifier-messages/data-planes.ts): libSQL's auth tokens, JWTs signed with the database's
  // or group's key (docs.turso.tech, turso db tokens create; sqld's --auth-jwt-key-file); the JWT CockroachDB checks
  // against its cluster settings (cockroachlabs.com/docs, sso-sql: server.jwt_authentication.*); etcd's simple or JWT
  // auth tokens, from its Authenticate RPC (etcd.io/docs, authentication: --auth-token, --auth-token-ttl); the token
  // a Pulsar client sends (pulsar.apache.org/docs, security-jwt: AuthenticationToken, tokenSecretKey or
  // tokenPublicKey); Redis' AUTH password, and Upstash's REST token (upstash.com/docs/redis: UPSTASH_REDIS_REST_TOKEN).
  'libsql.jwt-invalid': 'libsql-auth-token',
  'cockroachdb.invalid-token': 'cockroachdb-jwt',
  'cockroachdb.unable-to-validate': 'cockroachdb-jwt',
  'etcd.invalid-auth-token': 'etcd-auth-token',
  'etcd.log-invalid-auth-token': 'etcd-auth-token',
  'etcd.store-invalid-auth-token': 'etcd-auth-token',
  'pulsar.client-authentication': 'pulsar-token',
  'pulsar.http-authentication-failed': 'pulsar-token',
  'redis.wrongpass': 'redis-password',
  'upstash.unauthorized': 'upstash-redis-token',
  // Application platforms' API tokens (verifier-messages/paas-clis.ts): Heroku's API key or `heroku login`'s OAuth
  // token (devcenter.heroku.com/articles/authentication: HEROKU_API_KEY, ~/.netrc); Railway's account, team and project
  // tokens (docs.railway.com/guides/cli: RAILWAY_API_TOKEN for an account or team token, RAILWAY_TOKEN for a project
  // token); Fly.io's tokens (fly.io/docs/flyctl/integrating: FLY_API_TOKEN, FLY_ACCESS_TOKEN, fly tokens create).
  'heroku.invalid-credentials': 'heroku-api-key',
  'railway.check-token': 'railway-token',
  'railway.check-api-token': 'railway-token',
  'railway.login-again': 'railway-token',
  'railway.login-with': 'railway-token',
  'railway.invalid-railway-token': 'railway-token',
  'railway.graphql-not-authorized': 'railway-token',
  'fly.must-be-authenticated': 'fly-api-token',
  'twilio.20003': 'twilio-credentials',
  // 3scale's APIcast (parse/verifier-messages/gateways-more.ts) checks the credential its product's Authentication
  // settings name (docs.redhat.com, 3scale API Management "Authentication patterns": an API key as user_key, an App ID
  // and App Key pair, or OpenID Connect), by asking 3scale's backend for the application it belongs to.
  'apicast.auth-failed': 'apicast-credentials',
  'apicast.log-authorization-failed': 'apicast-credentials',
  'apicast.auth-missing': 'apicast-credentials',
  'apicast.log-no-credentials': 'apicast-credentials',
  'pypi.invalid-auth': 'pypi-token',
  'docker-hub.incorrect-login': 'docker-hub-login',
  'sendgrid.grant-invalid': 'sendgrid-api-key',
  'hugging-face.invalid-credentials': 'hugging-face-token',
  'cloudflare.10000': 'cloudflare-api-token',
  // Most often a Shared Key signature made with the account key, or a SAS; an Entra ID token's refusal says so in its
  // detail (the row leaves those to identity.ts).
  'azure-storage.authentication-failed': 'azure-storage-credentials',
  'google-api-key.invalid': 'google-api-key',
  // Google Maps Platform's words for a key it does not find or that expired (verifier-messages/browser-keys.ts).
  'google-maps.invalid-key': 'google-maps-api-key',
  'google-maps.expired-key': 'google-maps-api-key',
  'google-maps.key-invalid': 'google-maps-api-key',
  'google-maps.key-expired': 'google-maps-api-key',
  // Mapbox's own access tokens (pk. public, sk. secret), looked up by Mapbox (docs.mapbox.com/api/accounts/tokens); and
  // the secret one Mapbox GL JS refuses to send from a page (verifier-messages/browser-keys.ts).
  'mapbox.invalid-token': 'mapbox-access-token',
  'mapbox.gl-invalid-token': 'mapbox-access-token',
  'mapbox.secret-token': 'mapbox-secret-token',
  // Firebase App Check's attestation token, beside the user's ID token (verifier-messages/browser-keys.ts): its steps are
  // the app's attestation provider and debug tokens, not a JWT's claims.
  'firebase-app-check.token-rejected': 'firebase-app-check-token',
  'firebase-app-check.decode-failed': 'firebase-app-check-token',
  'firebase-app-check.not-verified-app': 'firebase-app-check-token',
  'firebase-app-check.attestation-failed': 'firebase-app-check-token',
  // Firebase Authentication's own check of the Android app before phone sign-in (Play Integrity, then reCAPTCHA).
  'firebase-auth.missing-app-identifier': 'firebase-app-verification',
  'firebase-auth.no-matching-sha256': 'firebase-app-verification',
  'firebase-auth.play-integrity-not-recognized': 'firebase-app-verification',
  'shopify.invalid-api-key': 'shopify-access-token',
  // Jira Cloud's basic auth is the account's email and an API token (its password no longer works there).
  'jira.client-must-authenticate': 'jira-api-token',
  // A private app's access token (pat-…), an OAuth access token or a developer API key, each looked up by HubSpot.
  'hubspot.invalid-authentication': 'hubspot-access-token',
  'sentry.invalid-token-cli': 'sentry-auth-token',
  'sentry.invalid-token': 'sentry-auth-token',
  // Datadog's API key (DD-API-KEY) with, for most reads, an application key (DD-APPLICATION-KEY), both opaque.
  'datadog.forbidden': 'datadog-keys',
  // Mailgun's API takes HTTP Basic, user name "api" and the API key as the password (mailgun.js client({ username:
  // 'api', key })); a key is its region's, US or EU.
  'mailgun.forbidden': 'mailgun-api-key',
  // OpenWeatherMap takes its API key as the appid query parameter (openweathermap.org/appid), and answers 401 "Invalid
  // API key" for a missing, mistyped or not yet active one (its FAQ, #error401).
  'openweathermap.invalid-api-key': 'openweathermap-api-key',
  // The Telegram Bot API takes the bot's token in the URL (https://api.telegram.org/bot<token>/<method>), as @BotFather
  // issued it; its 401 is that token refused (core.telegram.org/bots/api#authorizing-your-bot).
  'telegram.unauthorized': 'telegram-bot-token',
  'telegram.request-unsuccessful-401': 'telegram-bot-token',
  // Trello's API takes two credentials as query parameters, the API key and a user's token authorizing it
  // (developer.atlassian.com/cloud/trello/guides/rest-api/authorization/): its body names which it refused.
  'trello.invalid-key': 'trello-credentials',
  'trello.invalid-token': 'trello-credentials',
  // Vonage takes its account's API key and secret (Basic) on most APIs, and a JWT its application signs with the
  // application's private key on the Voice and Messages APIs (developer.vonage.com, Authentication).
  'vonage.unauthorized': 'vonage-credentials',
  'vonage.php-request-unauthorized': 'vonage-credentials',
  'vonage.php-uncaught-unauthorized': 'vonage-credentials',
  // Okta's management API refusing the token it was sent (E0000011, "Invalid token provided"): an API token it issued
  // (an opaque SSWS token, developer.okta.com/docs/guides/create-an-api-token) or an OAuth 2.0 access token for its
  // APIs; Okta looks its API tokens up, so a JWT's exp, iss, aud and kid are not what to check.
  'okta.E0000011': 'okta-api-token',
  // Git over HTTPS (parse/verifier-messages/git-hosts.ts): the host's account password, personal access token or CI
  // job token, sent as Basic credentials by git's credential helper or prompt. GitHub takes no password for Git
  // operations since 2021 (github.blog/2020-12-15-token-authentication-requirements-for-git-operations); GitLab wants a
  // personal access token when the account has 2FA (docs.gitlab.com, topics/git/troubleshooting_git).
  'github.git-credentials-refused': 'github-git-credentials',
  'github.git-password-removed': 'github-git-credentials',
  'gitlab.http-basic-access-denied': 'gitlab-git-credentials',
  'git-server.authentication-failed': 'git-https-credentials',
  // Vercel's access tokens: the CLI's own login (vercel login) or one made under Account Settings → Tokens, scoped to
  // a team and with an expiry (vercel.com/docs/rest-api, "Creating an access token").
  'vercel.token-not-valid': 'vercel-token',
  // Parse Server's session token (r:…, from its login, sent in X-Parse-Session-Token) is a key into its _Session class,
  // no JWT (docs.parseplatform.org/rest/guide, Sessions; verifier-messages/backends.ts).
  'parse-server.invalid-session-token': 'parse-session-token',
  // Hasura's admin secret is a shared string it compares (HASURA_GRAPHQL_ADMIN_SECRET; hasura.io/docs, Securing the
  // GraphQL endpoint), sent in x-hasura-admin-secret.
  'hasura.invalid-admin-secret': 'hasura-admin-secret',
  // Parse Server's application id and keys (X-Parse-Application-Id, X-Parse-REST-API-Key…), compared with its own
  // configuration (docs.parseplatform.org/parse-server/guide, "Keys").
  'parse-server.unauthorized': 'parse-keys',
  // NocoDB's API token (xc-token, made under Account → Tokens) and its sign-in's auth token (xc-auth, a JWT that lasts
  // NC_JWT_EXPIRES_IN, 10 hours by default: nocodb/nocodb#7084): its own credentials in its own headers.
  'nocodb.unauthorized-access': 'nocodb-token',
  'nocodb.msg-unauthorized': 'nocodb-token',
  // A build's package repository (parse/verifier-messages/package-repositories.ts): Maven sends the <server> of
  // settings.xml whose id is the repository's (maven.apache.org/settings.html, "Servers"); NuGet the source's
  // packageSourceCredentials or a credential provider's (learn.microsoft.com nuget consume-packages/
  // consuming-packages-authenticated-feeds). A 401 is either none sent or one refused.
  'maven.status-401': 'maven-repository-credentials',
  'maven.authentication-failed': 'maven-repository-credentials',
  'maven.wagon-401': 'maven-repository-credentials',
  'nuget.feed-401': 'nuget-feed-credentials',
  // Data platforms (parse/verifier-messages/data-platforms.ts): Databricks' personal access tokens (dapi…), looked up
  // by the workspace (docs.databricks.com/en/dev-tools/auth/pat.html); ClickHouse's users and passwords; the IAM
  // authentication token RDS checks through PAM, a SigV4-presigned request valid 15 minutes
  // (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Connecting.html); Atlas's programmatic API
  // keys, a Digest key pair with an API access list (mongodb.com/docs/atlas/configure-api-access); MongoDB's
  // mechanism's credentials (its OIDC token is judged by the server against oidcIdentityProviders); dbt Cloud's service
  // tokens and personal access tokens (docs.getdbt.com/docs/dbt-cloud-apis/authentication).
  'databricks.invalid-access-token': 'databricks-token',
  'clickhouse.authentication-failed': 'clickhouse-credentials',
  'clickhouse.authentication-failed-code': 'clickhouse-credentials',
  'aws-rds.pam-authentication-failed': 'rds-iam-token',
  'mongodb-atlas.not-authorized': 'atlas-api-key',
  'mongodb.authentication-failed': 'mongodb-credentials',
  'mongodb.authentication-failed-legacy': 'mongodb-credentials',
  'dbt-cloud.invalid-token': 'dbt-cloud-token',
  // Airflow 2's stable REST API reads Basic credentials only through the basic_auth backend ([api] auth_backends;
  // airflow.apache.org/docs/apache-airflow/2.7.1/security/api.html), a user and password of its own users.
  'airflow.unauthenticated': 'airflow-api-credentials',
  // Snowflake's 390100 judges the login's user and its password, or the key-pair JWT a client signs instead when its
  // authenticator is SNOWFLAKE_JWT (docs.snowflake.com/en/user-guide/key-pair-auth): a client given a private key but
  // still on the default authenticator sends a password, empty or not.
  'snowflake.incorrect-credentials': 'snowflake-login',
  // Elasticsearch's authentication chain refusing what it was sent: an API key ("Authorization: ApiKey <encoded>"), a
  // user and password (Basic), or a token of its token service; none accepted, and anonymous access off
  // (elastic.co guide, security-api-authenticate: GET /_security/_authenticate says who a credential is).
  'elasticsearch.unable-to-authenticate': 'elasticsearch-credentials',
  'elasticsearch.net-could-not-authenticate': 'elasticsearch-credentials',
  // Telemetry backends (parse/verifier-messages/telemetry.ts). A HEC token is a GUID Splunk looks up, sent as
  // `Authorization: Splunk <token>` (docs.splunk.com, Data/FormateventsforHTTPEventCollector; Data/UsetheHTTPEventCollector,
  // "Enable HTTP Event Collector" for its Global Settings and a token's own Enabled state).
  'splunk-hec.invalid-token': 'splunk-hec-token',
  // Boundary's own auth token (at_…, from boundary authenticate; the CLI keeps it in the system keyring or BOUNDARY_TOKEN):
  // "Unauthenticated, or invalid token." (hashicorp/boundary internal/daemon/controller/handlers/errors.go).
  'boundary.unauthenticated': 'boundary-auth-token',
  'boundary.cli-error-block': 'boundary-auth-token',
  'splunk-hec.token-disabled': 'splunk-hec-token-disabled',
  // The Agent's api_key (DD_API_KEY), sent to the intake of its site (DD_SITE; docs.datadoghq.com/getting_started/site):
  // an API key belongs to one site's organization, and an application key is no API key (DataDog/docker-dd-agent#250).
  'datadog-agent.api-key-invalid': 'datadog-agent-api-key',
  // CloudFront's private content: a signed URL's Key-Pair-Id query parameter or the CloudFront-Key-Pair-Id cookie names
  // the public key the Signature verifies with; without it there is no credential to check (signed-urls.ts).
  'cloudfront.missing-key-pair-id': 'cloudfront-signed-url',
  'datadog-agent.status-api-key-invalid': 'datadog-agent-api-key',
  'datadog-agent.status-api-key-is-invalid': 'datadog-agent-api-key',
  'datadog-agent.no-valid-api-key': 'datadog-agent-api-key',
  // Alloy's and the Agent's remote write to Grafana Cloud, the same pair as the row above.
  'grafana-cloud.invalid-token': 'grafana-cloud-token',
  'grafana-cloud.invalid-credentials-body': 'grafana-cloud-token',
  // The APM agents' license_key (NEW_RELIC_LICENSE_KEY), an ingest key of one account and region
  // (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys, "License key").
  'new-relic.invalid-license-key': 'new-relic-license-key',
  'new-relic.dotnet-unauthorized': 'new-relic-license-key',
  // Payment APIs (parse/verifier-messages/payment-apis.ts). Adyen's API key of an API credential (X-API-Key), or its web
  // service user and password, each per environment: test keys work only against the test endpoints
  // (docs.adyen.com/development-resources/api-credentials). Square's access token, per application and environment
  // (sandbox or production), sent as Bearer; its application id is not one (square/square-nodejs-sdk#10). Braintree's
  // merchant id with a public and private key pair, per environment (sandbox or production). Postmark's Server API
  // token, per server, in X-Postmark-Server-Token; its Account API token is another (X-Postmark-Account-Token).
  'adyen.http-401': 'adyen-api-key',
  'square.authorization-incorrect': 'square-access-token',
  'square.authorization-malformed': 'square-access-token',
  'square.could-not-be-authorized': 'square-access-token',
  'braintree.php-authentication': 'braintree-api-keys',
  'postmark.invalid-server-token': 'postmark-server-token',
  // Plaid's client_id with the secret of one environment (sandbox, production), sent in the request body or in the
  // PLAID-CLIENT-ID / PLAID-SECRET headers (plaid.com/docs/api, "Authentication").
  'plaid.invalid-api-keys': 'plaid-api-keys',
  // Stytch's backend API takes HTTP Basic with the project ID and the project secret (stytch.com/docs/api, "Authentication"):
  // its invalid_authorization_header refuses that pair (verifier-messages/identity-servers.ts).
  'stytch.invalid-authorization-header': 'stytch-project-credentials',
  // Business platforms (parse/verifier-messages/business-platforms.ts). ServiceNow's REST API takes a user's basic auth
  // or an OAuth access token from its own OAuth endpoint (docs.servicenow.com, "REST API security"). NetSuite's
  // token-based authentication signs each request (OAuth 1.0a, HMAC-SHA256) with a consumer key and secret and a token id
  // and secret, for the account id as realm; the Login Audit Trail records why a login failed (its REST error's own
  // words). The Bot Connector takes the token the bot gets from Entra ID with its app id and password (or certificate).
  'servicenow.auth-required': 'servicenow-credentials',
  'netsuite.rest-invalid-login': 'netsuite-credentials',
  'netsuite.invalid-login': 'netsuite-credentials',
  'bot-connector.denied': 'bot-app-credentials',
  // Round audit-ak (parse/verifier-messages/dev-tools.ts): each tool's own credential. Bitbucket Cloud's API token (with
  // the account's email), app password or access token; Mattermost's session or personal access token; Rocket.Chat's
  // X-Auth-Token with X-User-Id; Nextcloud's and ownCloud's login with an app password; Seraph's login for Jira and
  // Confluence (a personal access token, a password, Cloud's API token); Portainer's JWT from /api/auth or X-API-Key.
  'bitbucket.token-invalid': 'bitbucket-credentials',
  'mattermost.session-expired': 'mattermost-token',
  'mattermost.session-expired-words': 'mattermost-token',
  'rocket-chat.not-logged-in': 'rocket-chat-token',
  'nextcloud.credentials-incorrect': 'nextcloud-credentials',
  'owncloud.credentials-incorrect': 'nextcloud-credentials',
  'jira.seraph-authenticated-failed': 'atlassian-credentials',
  'confluence.seraph-authenticated-failed': 'atlassian-credentials',
  'portainer.invalid-jwt': 'portainer-token',
  'bitbucket.login-failed': 'bitbucket-credentials',
  // JFrog Artifactory: a user with a password, identity token or API key as Basic, or an access token as Bearer
  // (jfrog.com/help, "Access Tokens" and "Identity Tokens").
  'artifactory.bad-credentials': 'artifactory-credentials',
  // Metabase: its session (metabase.SESSION, X-Metabase-Session) or an API key in x-api-key (metabase.com/docs, API keys).
  'metabase.unauthenticated-log': 'metabase-credentials',
  // Seraph's CAPTCHA lock: the login is refused unchecked until a browser login solves it (Atlassian's basic-auth docs).
  'jira.captcha-challenge': 'atlassian-captcha',
  'confluence.captcha-challenge': 'atlassian-captcha',
  'jira.authentication-denied': 'atlassian-captcha',
  'confluence.authentication-denied': 'atlassian-captcha',
  // SonarQube's scanners send a token (a user token squ_, or an analysis token sqa_ or sqp_) as sonar.token, earlier as
  // sonar.login (docs.sonarsource.com, "Managing your tokens").
  'sonarqube.scanner-requires-authentication': 'sonarqube-token',
  'sonarqube.scanner-check-login': 'sonarqube-token',
  'sonarqube.cnes-report-401': 'sonarqube-token',
};

export function nonJwtCredential(rowId: string): NonJwtCredential | null {
  return Object.hasOwn(BY_ROW, rowId) ? (BY_ROW[rowId] as NonJwtCredential) : null;
}

/**
 * A reply body's product whose invalid_token is its own key's refusal (parse/error-bodies.ts): Stripe's
 * `{"error":{"message":"Invalid API Key provided: …","type":"invalid_request_error"}}`, read there with its source.
 */
const BY_REPLY: Readonly<Record<string, NonJwtCredential>> = {
  stripe: 'stripe-api-key',
  // GitHub's "Bad credentials" is its refusal of its own token (a personal access token, an OAuth app's or an
  // installation's), an opaque string it looks up (docs.github.com/rest/overview/troubleshooting: "401 Bad
  // credentials" when the token is invalid, expired or revoked); GitHub's token formats: github.blog/engineering/
  // platform-security/behind-githubs-new-authentication-token-formats (ghp_, gho_, ghu_, ghs_, ghr_ prefixes).
  github: 'github-token',
  // Okta's E0000011 body (parse/error-bodies.ts), as its row above.
  okta: 'okta-api-token',
  // "Bad credentials" without GitHub's link (parse/error-bodies.ts, parse/client-errors.ts): Spring Security's
  // BadCredentialsException, most often a user name and password; a token its own AuthenticationProvider refused is no
  // bearer JWT a resource server judged (that one answers invalid_token), so the step is about what the server got.
  'spring-security': 'spring-credentials',
};

/**
 * The verifier-message rows that name a credential of their product's own kind (BY_ROW's keys): the row, not its
 * product, since a product may also say JWT verifiers' words (Hasura's "Could not verify JWT: JWTExpired" beside its
 * admin secret's refusal).
 */
export const CREDENTIAL_ROWS: ReadonlySet<string> = new Set(Object.keys(BY_ROW));

/** The products whose refusal of their own credential the engine reads in a reply (BY_REPLY's vias, OpenFGA's). */
export const REPLY_CREDENTIAL_VIAS: ReadonlySet<string> = new Set([...Object.keys(BY_REPLY), 'openfga']);

/** The products whose refusal of their own credential the engine reads (each names the answerer in the report's words). */
export const CREDENTIAL_VIAS: readonly string[] = [
  ...new Set([...Object.keys(BY_ROW).map((id) => id.slice(0, id.indexOf('.'))), ...Object.keys(BY_REPLY), 'openfga']),
];

export function replyCredential(via: string, description?: string | null): NonJwtCredential | null {
  // OpenFGA's `unauthenticated` is its preshared-key check's refusal (openfga/openfga internal/authn: a key not among
  // OPENFGA_AUTHN_PRESHARED_KEYS); its OIDC checks answer their own codes (parse/rpc-bodies.ts), a JWT's affair.
  if (via === 'openfga') return description === 'unauthenticated' ? 'openfga-preshared-key' : null;
  return Object.hasOwn(BY_REPLY, via) ? (BY_REPLY[via] as NonJwtCredential) : null;
}

/**
 * The credentials their products take with HTTP Basic (a user and password, the password being the key): a request
 * that sent them so used the right scheme, and what was refused is the credential (checks/authz-header.ts).
 */
const SENT_AS_BASIC: ReadonlySet<NonJwtCredential> = new Set([
  'clickhouse-credentials',
  'airflow-api-credentials',
  'nextcloud-credentials',
  'artifactory-credentials',
]);

/** Whether a refusal the paste holds is of a credential its product takes with HTTP Basic. */
export function refusedBasicCredential(rowIds: Iterable<string>): boolean {
  for (const id of rowIds) {
    const kind = nonJwtCredential(id);
    if (kind !== null && SENT_AS_BASIC.has(kind)) return true;
  }
  return false;
}
