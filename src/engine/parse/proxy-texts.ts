/**
 * What intermediaries write themselves: the texts of gateways', WAFs' and CDNs' own error pages and access logs. Data
 * only, read by two places: checks/proxy.ts, which names the intermediary and decides the finding, and the
 * verifier-message scan (parse/verifier-messages/scan.ts), which finds most of these texts with the passes it makes
 * anyway and tells the check whether one occurs (Context.proxyBodyText).
 */

/** The reference Akamai's own error pages end with (lower-case, as the page escapes it). */
export const AKAMAI_REF = 'reference&#32;&#35;';

/** The sentence of Google's front end's own 401/403 pages (lower-case; checks/proxy.ts, serverlessIamPage). */
export const GOOGLE_DENIAL = 'your client does not have permission to';

/** The sentence of IIS's and Azure App Service authentication's own 401/403 pages (lower-case; checks/proxy.ts). */
export const IIS_DENIAL = 'you do not have permission to view this directory or page';

/** The cookie Vercel's Deployment Protection sets on its sign-in page (checks/proxy.ts looks for it itself). */
export const VERCEL_SSO_NONCE = '_vercel_sso_nonce';

/** The sentence of a Lambda function URL's own 403 (lower-case; checks/proxy.ts). */
export const LAMBDA_URL_DENIAL = 'for troubleshooting function url authorization issues';

/** GitHub API's refusal of a request with no User-Agent header (lower-case; checks/proxy.ts). */
export const GITHUB_USER_AGENT = 'please make sure your request has a user-agent header';

/** Envoy's ext_authz trace line for a denial, lower-case (BODY_SIGNALS). */
export const EXT_AUTHZ_REJECTED = 'ext_authz filter rejected the request. response status code';

/**
 * Body texts of intermediaries' own error pages (lower-case). `apiKey`: the gateway refused an API key (a subscription key, an Apigee app key), not a token. `session`: the
 * intermediary's own sign-in (its session cookie, its exchange with the IdP) failed, not a bearer token.
 */
export const BODY_SIGNALS: ReadonlyArray<{
  text: string;
  product: string;
  waf: boolean;
  apiKey?: true;
  /** The header the key goes in by default (checks/proxy.ts names it in the finding). */
  keyHeader?: string;
  session?: true;
  /** The intermediary refused something other than a credential (a missing User-Agent): no token finding beside it. */
  notToken?: true;
  /**
   * The gateway takes this credential or a bearer token (ESPv2's "Please use API Key or other form of API consumer
   * identity"): a request that sent neither may be missing its Authorization header as much as its key.
   */
  orToken?: true;
  /**
   * A log field's value, which the log quotes or keys (`"AuthInvalidCookie"`, `error_reason=…`, `"error_reason":"…"`):
   * the same word bare in a sentence is the writer's, who may name it only to say it did not occur.
   */
  field?: true;
  /**
   * Words that make the same opening another product's own (lower-case, right after the text): Azure AI services' "…
   * invalid subscription key or wrong API endpoint" is the resource's refusal of its key, not API Management's.
   */
  unlessFollowedBy?: string;
}> = [
  { text: 'error code: 1020', product: 'Cloudflare', waf: true },
  { text: 'error 1020', product: 'Cloudflare', waf: true },
  // 1010: the site's security settings refused the client's browser signature, which a scripted client (curl,
  // python-requests) meets first: "CF WAF blocks default scripted User-Agents with HTTP 403 / 'error code: 1010'"
  // (martymcenroe/AssemblyZero#1663; the HTML page carries `errorCode: 1010`, JohnnyZ93/oai-compatible-copilot#287).
  { text: 'error code: 1010', product: 'Cloudflare', waf: true },
  { text: 'attention required! | cloudflare', product: 'Cloudflare', waf: true },
  { text: 'sorry, you have been blocked', product: 'Cloudflare', waf: true },
  { text: 'the request could not be satisfied', product: 'CloudFront', waf: false },
  { text: 'request blocked.', product: 'AWS WAF', waf: true },
  { text: 'incapsula incident id', product: 'Imperva', waf: true },
  {
    text: 'the requested url was rejected. please consult with your administrator',
    product: 'F5 BIG-IP ASM',
    waf: true,
  },
  // F5 BIG-IP APM's own deny page, "Access was denied by the access policy. This may be due to a failure to meet access
  // policy requirements." (the VPN and portal scrapers that test for it, as on certificate failures): APM's own access
  // policy (its sign-in, a client certificate, an endpoint check) refused, not a bearer token.
  { text: 'access was denied by the access policy', product: 'F5 BIG-IP APM', waf: false, session: true },
  { text: 'mod_security', product: 'ModSecurity', waf: true },
  { text: 'modsecurity', product: 'ModSecurity', waf: true },
  { text: 'the request is blocked.', product: 'Azure WAF', waf: true },
  // Zscaler Internet Access's block notification, the organisation's forward proxy refusing the request on its way out by
  // its URL filtering, cloud app or security policy (help.zscaler.com/zia, "About Acceptable Use Policy and End User
  // Notifications": "The service displays the block notification any time there is a policy violation"); its default
  // page's sentence, "Your organization has selected Zscaler to protect you from internet threats." (the WAF detectors
  // that test for it, and a client's log of it beside a 401, in public repositories).
  {
    text: 'your organization has selected zscaler to protect you from internet threats',
    product: 'Zscaler Internet Access',
    waf: true,
  },
  // nginx's own error pages end `<hr><center>nginx</center>`, or `nginx/1.25.3` when server_tokens is on.
  { text: '<center>nginx', product: 'nginx', waf: false },
  { text: '<center>openresty', product: 'nginx', waf: false },
  { text: '<center>awselb/2.0</center>', product: 'AWS ALB', waf: false },
  { text: '<center>cloudflare</center>', product: 'Cloudflare', waf: false },
  // Azure API Management's own 401s (learn.microsoft.com, troubleshoot/azure/api-mgmt "Unauthorized errors (401)
  // while invoking APIs", MicrosoftDocs/SupportArticles-docs support/azure/api-mgmt/availability/
  // unauthorized-errors-invoke-apis.md): the subscription key, not the token, was refused. A subscription key is an API
  // key sent in the `Ocp-Apim-Subscription-Key` header (or the `subscription-key` query parameter) by default
  // (learn.microsoft.com, "Subscriptions in Azure API Management"; an API's settings may rename both).
  {
    text: 'access denied due to missing subscription key',
    product: 'Azure API Management',
    waf: false,
    apiKey: true,
    keyHeader: 'Ocp-Apim-Subscription-Key',
  },
  // Azure AI services (Azure OpenAI, Speech, Foundry resources) go on "… or wrong API endpoint. Make sure to provide a
  // valid key for an active subscription and use a correct regional API endpoint for your resource." (SciSharp/BotSharp
  // #386, microsoft/semantic-kernel#10337): the resource refused its own key (parse/verifier-messages/ai-apis.ts).
  {
    text: 'access denied due to invalid subscription key',
    product: 'Azure API Management',
    waf: false,
    apiKey: true,
    keyHeader: 'Ocp-Apim-Subscription-Key',
    unlessFollowedBy: ' or wrong api endpoint',
  },
  // validate-jwt's failed-validation-error-message as the policy documentation's sample sets it, copied widely.
  { text: 'unauthorized. access token is missing or invalid.', product: 'Azure API Management', waf: false },
  // Apigee VerifyAPIKey: {"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}.
  { text: 'oauth.v2.invalidapikey', product: 'Apigee', waf: false, apiKey: true },
  // VerifyAPIKey found no key where its <APIKey> element reads it (oauth.v2.FailedToResolveAPIKey, beside InvalidApiKey
  // in the 401 cases of public Apigee fault-handling scripts, e.g. a "case 'FailedToResolveAPIKey': case
  // 'InvalidApiKey':" shared flow): the app key was not sent.
  { text: 'oauth.v2.failedtoresolveapikey', product: 'Apigee', waf: false, apiKey: true },
  // The key store has no app with the key the proxy sent it: `<faultstring>ClientId is Invalid</faultstring>` with
  // errorcode keymanagement.service.invalid_client-invalid_client_id (apigee/api-platform-samples, the apikey sample's
  // README, "If the apikey in not valid"). Apigee calls the app's consumer key both the API key and, in OAuth, the
  // client id (its VerifyAPIKey policy page: "In OAuth, API keys are referred to as client ID"): on a proxy's request it
  // is the app key VerifyAPIKey looked up, not a token (a token endpoint answers with 5xx or its own OAuth error).
  {
    text: 'keymanagement.service.invalid_client-invalid_client_id',
    product: 'Apigee',
    waf: false,
    apiKey: true,
  },
  // Cloud Run's IAM check (its request log): "The request was not authenticated. Either allow unauthenticated
  // invocations or set the proper Authorization header." The service's code never ran.
  {
    text: 'the request was not authenticated. either allow unauthenticated invocations',
    product: 'Cloud Run',
    waf: false,
  },
  // Envoy's response code details when its ext_authz filter's authorization service (OPA, oauth2-proxy, an in-house
  // authorizer) refused the request, in its access log (response flag UAEX): Envoy answered, the upstream never saw
  // the request (envoyproxy/envoy test/extensions/filters/http/ext_authz/ext_authz_test.cc, `ext_authz_denied`).
  // Gravitee's gateway when no plan resolves for the request (missing or invalid credentials, no subscription:
  // GATEWAY_PLAN_UNRESOLVABLE in its response templates), `{"message":"Unauthorized","http_status_code":401}` as
  // Gravitee set-up guides and API catalogues that probed Gravitee-fronted hosts quote it.
  { text: '{"message":"unauthorized","http_status_code":401}', product: 'Gravitee', waf: false },
  { text: 'ext_authz_denied', product: 'Envoy', waf: false },
  // Its trace line for the same denial, "ext_authz filter rejected the request. Response status code: '401" (ext_authz.cc;
  // envoyproxy/envoy#18964, where the release's access log lost its UAEX flag): the service's answer, relayed. Its
  // failure is "… rejected the request with an error" (verifier-messages/gateways.ts), which this text, ending in its
  // full stop, does not hold.
  { text: EXT_AUTHZ_REJECTED, product: 'Envoy', waf: false },
  // A Google Cloud external Application Load Balancer's request log entry for a response Identity-Aware Proxy wrote
  // itself "during identity verification of the client before allowing access" (jsonPayload.statusDetails; the load
  // balancer's logging docs list it with 401 and 403 among its statuses; panther-labs/panther-analysis's
  // GCP.Access.Attempts.Violating.IAP.Access.Controls rule keys on it): IAP answered, the backend never saw the request.
  { text: 'handled_by_identity_aware_proxy', product: 'Google IAP', waf: false },
  // The same filter when the authorization service itself failed (timed out, unreachable) and the filter fails closed,
  // 403 unless status_on_error says otherwise (ext_authz.cc, RcDetailsValues::AuthzError): Envoy answered, and no one
  // judged the token.
  { text: 'ext_authz_error', product: 'Envoy', waf: false },
  // Google's front end answering for the IAM check in front of a Cloud Run service or a Cloud Functions function
  // (`<h1>Error: Forbidden</h1><h2>Your client does not have permission to get URL <code>/…</code> from this
  // server.</h2>`, `Server: Google Frontend`; its 401 form "…to the requested URL", google/adk-python#3814). The check
  // wants a Google-signed ID token whose aud is the service's URL, from an identity holding roles/run.invoker
  // (cloud.google.com/run/docs/configuring/custom-audiences; cloud.google.com/functions/1stgendocs/securing/
  // authenticating): no token, an access token (ya29.…), another audience or a missing grant all get this page, and
  // the service's code never ran. Google's generic error page says the same sentence beside "That's an error."
  // (checks/proxy.ts tells the two apart).
  { text: GOOGLE_DENIAL, product: 'Google Cloud front end', waf: false },
  // Azure App Service's authentication module ("Easy Auth") refusing a request before the app runs, the IIS wording it
  // keeps: "You do not have permission to view this directory or page." (MicrosoftDocs/azure-docs#98602 on App Service's
  // authentication tutorial; vmurin/react-native-azure-auth#61, "HTTP Error 401.83 - Unauthorized" for a bearer token it
  // refused). IIS's own 401/403 pages say the same sentence; checks/proxy.ts names App Service by the request's host.
  { text: IIS_DENIAL, product: 'IIS', waf: false },
  // Apache httpd's own pages and its access refusal in the error log: the 401 page of its authentication modules ("This
  // server could not verify that you are authorized to access the document requested.", apereo/mod_auth_cas#137,
  // TQsoft-GmbH/mod_authn_ntlm#28), the 2.4 403 page ("<p>You don't have permission to access this resource.</p>",
  // bounded by its markup: an API's own JSON may say the same words), and mod_authz_core's `AH01630: client denied by
  // server configuration` (splewis/get5-web#106, phpList/base-distribution#46). The application never ran.
  { text: 'this server could not verify that you', product: 'Apache httpd', waf: false },
  { text: "<p>you don't have permission to access this resource.</p>", product: 'Apache httpd', waf: false },
  { text: 'ah01630: client denied by server configuration', product: 'Apache httpd', waf: false },
  // HAProxy's built-in 403 page, sent by an `http-request deny` rule (an ACL on the path, source, method or a header):
  // `<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>` (HAProxy's
  // default errorfile, as docker-socket-proxy's README and HAProxy ACL tutorials show it). GitHub's API answers a request
  // with no User-Agent header with the same sentence and its own ("Please make sure your request has a User-Agent
  // header (https://docs.github.com/…#user-agent-required)", a Cloudflare Worker's fetch sends none): listed first, so
  // it names GitHub, and it is no token's refusal (`notToken`).
  { text: GITHUB_USER_AGENT, product: 'GitHub API', waf: false, notToken: true },
  { text: 'request forbidden by administrative rules.', product: 'HAProxy', waf: false },
  // Cloudflare Access's own 403 when no policy of the application lets the caller in (a signed-in user outside its
  // rules, a service token the policy does not name, or none): the page's `json_data`, "Forbidden. You don't have
  // permission to view this. Please contact your system administrator." with the application's aud and the ray id
  // (renauld94/admins deploy/cloudflare_access_remediation.md). Access answered; the origin never saw the request.
  {
    text: "forbidden. you don't have permission to view this. please contact your system administrator.",
    product: 'Cloudflare Access',
    waf: false,
  },
  // Vercel's Deployment Protection (Vercel Authentication) answering 401 with its sign-in page, "Authentication
  // Required", and setting its `_vercel_sso_nonce` cookie before any function runs (JohnConnorCode/
  // accelerate-automation-demo docs/archive/VERCEL_SSO_FIX.md, adrianstanca1/cortexbuild-final
  // DEPLOYMENT_PROTECTION_TROUBLESHOOTING.md; apideck-libraries/mcp#51 for the page in a CI log). Automation passes it
  // with the project's bypass secret in `x-vercel-protection-bypass`.
  { text: VERCEL_SSO_NONCE, product: 'Vercel Deployment Protection', waf: false },
  // A Lambda function URL's own 403 before the function runs: `x-amzn-ErrorType: AccessDeniedException` and
  // `{"Message":"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/
  // lambda/latest/dg/urls-auth.html"}` (awsdocs/aws-lambda-developer-guide#494, brikis98/devops-book#12). AWS_IAM auth
  // wants a SigV4-signed request from a principal its resource policy allows (a bearer token is no IAM credential);
  // since October 2025 even NONE needs both lambda:InvokeFunctionUrl and lambda:InvokeFunction in that policy.
  { text: LAMBDA_URL_DENIAL, product: 'AWS Lambda function URL', waf: false },
  // ESPv2 (Cloud Endpoints, Google's API Gateway) refusing the API key Service Control checked, its body
  // `{"message":"<status>:<message>","code":…}`: esp-v2 src/api_proxy/service_control/check_response_convert_utils.cc
  // (API_KEY_INVALID "API key not valid. Please pass a valid API key.", API_KEY_NOT_FOUND, API_KEY_EXPIRED, and
  // API_TARGET_BLOCKED " The API targeted by this request is invalid for the given API key.", a key restricted to
  // other APIs), and a method that needs a key called without one, "UNAUTHENTICATED:Method doesn't allow unregistered
  // callers (callers without established identity). Please use API Key …" (an API Gateway tutorial's curl output,
  // `"code":401`; ESP v1 answers it as `{"code": 16, "message": "Method doesn't allow …"}`, datacommonsorg/docsite
  // api/rest/v2/troubleshooting.md). The key goes in `key=` or `x-api-key`, not Authorization.
  {
    text: 'invalid_argument:api key not valid. please pass a valid api key.',
    product: 'ESPv2',
    waf: false,
    apiKey: true,
  },
  {
    text: 'invalid_argument:api key not found. please pass a valid api key.',
    product: 'ESPv2',
    waf: false,
    apiKey: true,
  },
  { text: 'invalid_argument:api key expired. please renew the api key.', product: 'ESPv2', waf: false, apiKey: true },
  {
    text: 'permission_denied: the api targeted by this request is invalid for the given api key.',
    product: 'ESPv2',
    waf: false,
    apiKey: true,
  },
  {
    text: "unauthenticated:method doesn't allow unregistered callers (callers without established identity)",
    product: 'ESPv2',
    waf: false,
    apiKey: true,
    orToken: true,
  },
  // IBM API Connect's gateway (DataPower) answering for the API's client-ID security definition, in its own body
  // `{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Invalid client id or secret."}` (public sandbox
  // probes of banks' API Connect gateways: Nordea's open banking with `x-global-transaction-id`, VietinBank's, which
  // "reads X-IBM-Client-Id and X-IBM-Client-Secret and judges them"; an API Connect tutorial's "Using the wrong
  // client-id"): the application's client ID (and secret, when the definition asks for one), an API key, not a token.
  // Only as its `moreInformation` member: "Invalid client id or secret." is many token endpoints' words too.
  {
    text: '"moreinformation":"invalid client id or secret',
    product: 'IBM API Connect',
    waf: false,
    apiKey: true,
    keyHeader: 'X-IBM-Client-Id',
  },
  {
    text: '"moreinformation": "invalid client id or secret',
    product: 'IBM API Connect',
    waf: false,
    apiKey: true,
    keyHeader: 'X-IBM-Client-Id',
  },
  // The same gateway when the operation's security requirements (its client ID, an OAuth token it validates, basic
  // auth) were not met, whichever failed: "Cannot pass the security checks that are required by the target API or
  // operation, Enable debug headers for more details." (an API Connect OAuth tutorial's `test-api.sh`, for no token and
  // for a bad one alike; clients of banks' API Connect gateways, Banco do Brasil's and Sicoob's, testing for it). The
  // gateway answered; the debug headers (or its analytics) say which requirement failed.
  {
    text: 'cannot pass the security checks that are required by the target api or operation',
    product: 'IBM API Connect',
    waf: false,
  },
  // Kong's key-auth plugin with no key in the request (Kong's getting-started guides; Supabase's gateway, which is Kong,
  // answers the same): an API key, not a token.
  { text: 'no api key found in request', product: 'Kong', waf: false, apiKey: true },
  // …as Kong 0.9 words it, "No API key found in headers or querystring" (Kong/kong#2013), and its 401 for a key it
  // has no credential for, `{"message":"Invalid authentication credentials"}` (kong/plugins/key-auth/handler.lua, "no
  // credential in DB, for this key, it is invalid"; Kong/kong#6813): the key was sent and is unknown to Kong. Only as
  // Kong's whole body: the words alone are other servers' too (FastAPI's `detail`, GPUStack's longer envelope).
  { text: 'no api key found in headers or querystring', product: 'Kong', waf: false, apiKey: true },
  { text: '{"message":"invalid authentication credentials"}', product: 'Kong', waf: false, apiKey: true },
  // Google Cloud Armor's per-request log, part of the external Application Load Balancer's: `statusDetails` names why
  // the load balancer answered (cloud.google.com/armor/docs/request-logging): a security policy rule denied the
  // request (or its body, `body_denied_by_security_policy`).
  { text: 'denied_by_security_policy', product: 'Google Cloud Armor', waf: true },
  // Akamai's own error pages end with a reference, HTML-escaped: `Reference&#32;&#35;18&#46;…` (its Access Denied
  // page as captured in public test fixtures and scrapers' notes, with `Server: AkamaiGHost`); on a 403 it is the
  // edge's denial (see AKAMAI_REF below).
  { text: AKAMAI_REF, product: 'Akamai', waf: false },
  // Traefik's JSON access log (Go's compact JSON): an `OriginStatus` of 0 means no server answered, so Traefik itself
  // did (a router, or a middleware such as forwardAuth or basicAuth; traefik/traefik#13609, #10504).
  { text: '"originstatus":0,', product: 'Traefik', waf: false },
  // Traefik's forwardAuth middleware logging the authentication server's refusal, which it relays as its own answer:
  // `msg="Remote error http://authelia.dev:9091/api/verify?…. StatusCode: 431" … middlewareType=ForwardedAuthType`
  // (authelia/authelia#1963, Traefik v2), `middlewareType=ForwardAuth` in v3's lines (a CrowdSec bouncer's set-up
  // notes). The application behind it never saw the request.
  { text: 'middlewaretype=forwardedauthtype', product: 'Traefik', waf: false },
  { text: 'middlewaretype=forwardauth', product: 'Traefik', waf: false },
  // An ALB's authenticate-oidc / authenticate-cognito action that failed writes one of these in its access log's
  // error_reason field (AWS ELB docs, "Access logs for your Application Load Balancer", Error reason codes): the ALB
  // answered itself, and what failed is its session cookie or its exchange with the IdP, not a bearer token. The
  // endpoint failures (AuthTokenEpRequestFailed…) are 5xx and not listed. The log quotes the field (the docs' example
  // entries, docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html): the word bare
  // in the writer's sentence ("We saw AuthInvalidCookie in the ALB docs …, but this request passed") is no signal.
  { text: 'authinvalidcookie', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authinvalidgranterror', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authinvalididtoken', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authinvalidstateparam', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authinvalidtokenresponse', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authinvaliduserinforesponse', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authmissingcodeparam', product: 'AWS ALB', waf: false, session: true, field: true },
  { text: 'authmissingstateparam', product: 'AWS ALB', waf: false, session: true, field: true },
  // oauth2-proxy could not read its own session cookie (signed with another cookie secret, or by another instance:
  // oauth2-proxy/oauth2-proxy#1948, #3269, #717; pkg/sessions/cookie/session_store.go `cookie signature not valid`,
  // `Cookie Signature not valid` in older releases): its sign-in session failed, not a bearer token.
  // Authelia's authz endpoint (forward-auth, auth-request, ext-authz) logging a request its access rules want a
  // sign-in for that the caller's session does not hold: `Access to %s (method %s) is not authorized to user %s,
  // responding with status code %d[ with location redirect to %s]` (authelia/authelia internal/handlers
  // handler_authz_impl_*.go; authelia/authelia#9113 for a 302 to the portal, `<anonymous>` for no session). The proxy in
  // front relays that answer; the user's Authelia session (its cookie, or a second factor the rule asks for) is what
  // failed, not a bearer token.
  { text: ') is not authorized to user ', product: 'Authelia', waf: false, session: true },
  {
    text: 'error loading cookied session: cookie signature not valid',
    product: 'oauth2-proxy',
    waf: false,
    session: true,
  },
  // …and its session cookie absent, as releases word it (round left-cc): `Error loading cookied session: Cookie
  // "_oauth2_proxy" not present` (oauth2-proxy/oauth2-proxy#428, #2476), `cookie "_oauth2_proxy" not present, removing
  // session` (#941, #1539), Go's http.ErrNoCookie `http: named cookie not present` (argoflow/argoflow-aws#230, its
  // stored_session.go). No sign-in session reached it (never signed in, a cookie for another domain or path, Secure
  // over plain http): its own session, the same situation as a signature it cannot read. The default cookie name only.
  {
    text: 'error loading cookied session: cookie "_oauth2_proxy" not present',
    product: 'oauth2-proxy',
    waf: false,
    session: true,
  },
  {
    text: 'error loading cookied session: http: named cookie not present',
    product: 'oauth2-proxy',
    waf: false,
    session: true,
  },
];

/** The ALB's own page, which only an AWS WAF block produces on a 403 (checks/proxy.ts). */
export const ALB_PAGE = '<center>awselb/';

/**
 * The body texts that hold none of the verifier-message scanner's triggers: the Cloudflare codes, OpenResty's page,
 * Akamai's reference. checks/proxy.ts looks for these itself (unscannedBodyText); the scan looks for every other text
 * (parse/verifier-messages/scan.ts, BODY_TEXTS; Envoy's UAEX flag too) with the passes it makes anyway and says
 * whether one occurs (Context.proxyBodyText). Searched by the check with nine `indexOf` passes and an alternation, they were 3%
 * of a diagnosis: the check now takes 0.35× its time on the shipped examples (~1.2 µs an example, from ~3.7), the scan
 * ~0.1 µs more.
 */
export const BODY_UNSCANNED: readonly string[] = [
  'error code: 1020',
  'error 1020',
  'error code: 1010',
  '<center>openresty',
  AKAMAI_REF,
  // Token characters only: the scan's pieces cannot find it inside a run of them.
  VERCEL_SSO_NONCE,
];

/**
 * Envoy's response flag for a request the external authorization service denied, as its access log prints it after
 * the status (checks/proxy.ts, envoyExtAuthzFlag).
 */
export const UAEX = ' UAEX ';
