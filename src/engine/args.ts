import type { NonJwtCredential } from './checks/credential-kind.js';
import type { GitHubPermissionArgs } from './checks/github-permissions.js';
import type { SelfSignedPlatform } from './checks/platform-limits.js';
import type { RefreshProvider } from './checks/refresh-provider.js';
import type { FindingCode } from './codes.js';
import type { ProductKey } from './token/product-key.js';
import type { Classification } from './types.js';

/**
 * A request signed by its sender rather than carrying a bearer token: AWS SigV4, another cloud's signed call or
 * signed URL, a webhook provider's signature over the raw body.
 */
export type SignedRequest =
  | 'aws-sigv4'
  | 'gcs-signed-url'
  | 'azure-sas'
  | 'aliyun'
  | 'tencent-cloud'
  | 'stripe-webhook'
  | 'github-webhook'
  | 'slack-request'
  | 'svix'
  | 'discord-interactions'
  | 'shopify-webhook'
  | 'twilio'
  | 'line-webhook'
  | 'qstash'
  | 'oauth1';

/** Which part of a client's signed JWT assertion a token endpoint refused (`token.revoked`'s jwtAssertion). */
/**
 * Which part of a client's signed JWT assertion the token endpoint refused: Google's words for its signature, time and
 * account; `lifetime`, another provider's exp out of its window (Box's 60 seconds); `consent`, the user the assertion
 * names not approved for the client (Salesforce's connected app); `grant`, no part named.
 */
export type JwtAssertionProblem = 'signature' | 'time' | 'account' | 'grant' | 'lifetime' | 'consent' | 'format';

/**
 * The typed values each code carries. Checks fill them; the message catalogues turn them into words.
 * `via` names the software whose log or response said it, when the finding came from one.
 */
/** The frameworks and gateways whose CORS settings a CORS step can name (checks/preflight.ts corsFramework). */
export type CorsFramework = 'spring' | 'aspnetcore' | 'express' | 'aws-apigateway';

/** Whose account set-up refused a service not enabled for it (policy.service-not-enabled). */
export type ServiceProvider = 'google' | 'aws' | 'azure';

interface Via {
  via?: string;
}

/**
 * One way the diagnosed token differs from the one the paste says works (token.differs-from-working): a header
 * parameter or claim whose values differ (null: absent), or grants the working token has and this one lacks.
 */
/** Registry clients with a login of their own (checks/registry-token.ts); docker's is the steps' default. */
export type RegistryClient = 'crane' | 'cosign' | 'trivy' | 'helm';
/**
 * A telemetry sender whose own log shows the backend's 401 (checks/telemetry-sender.ts): it sends the credential its
 * configuration gives with every export, so what to check is that configuration. `loki-tenant`: Loki's (Mimir's,
 * Tempo's) "no org id", no tenant header rather than a refused credential.
 */
export type TelemetrySender =
  | 'otel-collector'
  | 'otel-sdk'
  | 'prometheus'
  | 'promtail'
  | 'loki-tenant'
  | 'beats'
  | 'fluent-bit'
  | 'splunk-hec'
  | 'elastic-apm';

/**
 * The AI API whose 401 the paste is, with no key in it (token.missing's `aiApi`, round audit-ad): the provider's own
 * words or host name it (checks/ai-api-client.ts), and its client sends the key its configuration gives.
 */
export type AiApiClient = 'mistral' | 'openrouter' | 'hugging-face-gated';

export type WorkingDifference =
  | { field: string; failing: string | null; working: string | null }
  | { field: string; lacks: string[] };

/** Where a client's SDK looks for the credentials it gets its token with (token.missing's `credentials`). */
export type ClientCredentials =
  | 'google-adc'
  | 'azure-identity'
  | 'azure-cli'
  | 'kube-exec'
  | 'session'
  | 'refresh-token'
  | 'private-key'
  | 'docker-config'
  /** Docker's credential helper (credsStore, credHelpers) failed, so the client had nothing to send. */
  | 'credential-helper'
  /** gcloud has no active account (never signed in, or the configuration names none). */
  | 'gcloud-account'
  /** The AWS CLI's or SDK's IAM Identity Center (SSO) session for the profile is missing or expired. */
  | 'aws-sso'
  /** The AWS CLI's or SDK's credential provider chain found no credentials at all. */
  | 'aws-credentials'
  /** git had no credentials for an HTTPS remote and could not prompt for them. */
  | 'git-credentials'
  /** Microsoft's JDBC driver for SQL Server could not get the Entra token its ActiveDirectory* mode needs. */
  | 'mssql-entra';

/**
 * Why a browser or app key's own service refused a key it knows (parse/verifier-messages/browser-keys.ts). Google's:
 * one of the key's application restrictions (`referrer`, `ip`, `android`, `ios`; `application` when Maps Platform does
 * not say which), its API restriction (`api`), or a key restricted to websites sent to a web service a server calls
 * (`referrer-on-server`). Mapbox's 403 (`url-or-scope`): the token's URL restrictions or its scopes, which its 403 does
 * not tell apart.
 */
export type KeyRefusal =
  | 'referrer'
  | 'ip'
  | 'android'
  | 'ios'
  | 'application'
  | 'api'
  | 'referrer-on-server'
  | 'url-or-scope';

export const KEY_REFUSALS: readonly KeyRefusal[] = [
  'referrer',
  'ip',
  'android',
  'ios',
  'application',
  'api',
  'referrer-on-server',
  'url-or-scope',
];

export type AuthzFormatProblem =
  | 'quotes'
  | 'extra-space'
  | 'no-space'
  | 'line-break'
  | 'bad-characters'
  | 'lowercase-scheme'
  | 'duplicate'
  | 'unexpanded-variable'
  /** The header held the scheme word alone ("Bearer", DRF's "Token"), no credential after it: an empty variable. */
  | 'no-credentials';

/**
 * Why fetching an issuer's published keys failed, as the edge (src/keys/) classifies it: by status,
 * error code and what the body turned out to be, never by an error's message text.
 */
export const KEY_FETCH_FAILURES = [
  'timeout',
  'network',
  'http-status',
  'not-json',
  'too-large',
  'redirect-blocked',
  'not-https',
  'no-jwks-uri',
  'issuer-mismatch',
  'invalid-jwks',
] as const;
export type KeyFetchFailure = (typeof KEY_FETCH_FAILURES)[number];

/**
 * What became of a `kid` missing from the cached copy of an issuer's key set: fetched again, not
 * fetched again because the copy is younger than the cooldown, or the fetch failed. `none`: no refetch
 * was needed (the kid was there, or the copy was fetched for this very diagnosis).
 */
/** A Kubernetes API server's x509 authenticator and, for times, its own clock when it refused (RFC 3339 as printed). */
export interface ClientCertificate {
  /**
   * Who refused it: the Kubernetes API server's x509 authenticator (a kubeconfig's TLS certificate), or an SSH server
   * checking the SSH certificate an SSH CA issued (Go's x/crypto/ssh CertChecker, as Teleport's nodes and tsh print it).
   */
  product: 'kubernetes' | 'ssh';
  serverTime?: number;
}

/**
 * A signed URL or shared access signature whose refusal printed its own bounds (checks/signed-url-times.ts): S3's
 * `<Expires>` and `<ServerTime>` (with `<X-Amz-Expires>` when it was SigV4), Azure Storage's "Start [..] - Expiry [..]
 * - Current [..]". The credential is the URL's signature, not a token: `serverTime` is the service's clock when it
 * refused, `lifetimeSeconds` how long the URL was signed for, `start` a SAS's signed start.
 */
export interface SignedUrl {
  /**
   * A presigned URL (S3 and the stores that answer as it does, Cloud Storage), an Azure Storage SAS, or a SAS token
   * (`SharedAccessSignature sr=…&se=…`: Service Bus, Event Hubs, IoT Hub).
   */
  kind: 'presigned-url' | 'storage-sas' | 'sas-token';
  serverTime?: number;
  lifetimeSeconds?: number;
  start?: number;
}

/** The parts of an Azure Storage SAS that limit what it may do (none of them secret: the signature is never read). */
export interface StorageSas {
  permissions: string | null;
  resourceTypes: string | null;
  delegation: boolean;
}

/** An identity-aware proxy whose signed assertion a backend verifies (proxy-assertion.ts). */
export type ProxyAssertion = 'google-iap' | 'cloudflare-access' | 'teleport' | 'aws-verified-access';

export type KeyRefetch = 'none' | 'refetched' | 'cooling-down' | 'failed';

/** The AWS policy types an IAM denial names (docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html). */
export type AwsPolicy = 'identity' | 'resource' | 'scp' | 'rcp' | 'vpc-endpoint' | 'session' | 'boundary';

export interface CodeArgs {
  /**
   * `read`: what was recognised and judged without a finding (a payload JSON whose claims and times are in order), so
   * the words say that rather than that nothing was recognised. `header`: a JOSE header alone (jwt.io's header pane),
   * with no token or payload to judge.
   */
  /** `authorization`: an Authorization header cut inside its scheme where the paste ends (`Authorization: Beare`). */
  /** `token-request`: the paste is a request to a token endpoint (a curl with grant_type), without its answer. */
  'input.empty': Via & { read?: 'token' | 'payload' | 'header' | 'authorization' | 'token-request' };
  'input.live-token': Via & { alg: string; expiresInSeconds: number | null };
  /**
   * `notJwt`: the refusing product's credential is no JWT (checks/credential-kind.ts): no JWT to paste again.
   * `opaque`: what the mask left shows no JWT (no dot, no `eyJ`, characters of its own: `sk_live_****`, `abc1…xyz9`).
   */
  /** `sample`: the token is a JWT's stand-in from documentation or a test (`abc.def.ghi`), which a client may have sent. */
  'input.masked': Via & {
    markers: string[];
    what: 'signature' | 'payload' | 'token';
    notJwt?: true;
    opaque?: true;
    sample?: true;
  };
  /** A payload pasted as JSON ends before its closing brace: `claims` are the members read whole before the cut. */
  'input.cut-payload': Via & { claims: string[] };
  'status.mismatch': Via & { status: number; evidenceSays: Classification; because: FindingCode };
  /**
   * `proxy`: a 407's forward proxy, with its Proxy-Authenticate challenge's scheme and realm (null when it sent none):
   * the proxy wants its own credentials, and the API never saw the request.
   */
  'status.not-auth': Via & {
    status: number;
    proxy?: { scheme: string | null; realm: string | null };
    /** A 4xx shown with no body, log or prose beside it: the body that says what was refused is what to paste. */
    noBody?: true;
    /** A 2xx whose body is a GraphQL `errors` array carrying an error read: GraphQL answers auth failures in a 200. */
    graphql?: true;
    /** A 5xx whose body quotes the 401 or 403 the server's own outbound call got (checks/downstream.ts). */
    downstream?: 401 | 403;
  };
  'authz-header.missing': Via & {
    /** What the request carried instead: `cookie` (a Cookie header), `query` (a token in `?access_token=`). */
    otherCredentials: string | null;
    /** The request is a CORS preflight (OPTIONS), which browsers send without Authorization (checks/preflight.ts). */
    preflight?: true;
    /**
     * `&`: the curl command's unquoted URL holds a lone `&`, where the shell ended the command before its Authorization
     * option. `argument`: the command gives `"Authorization: …"` as a word of its own, with no -H, which curl takes as a
     * URL.
     */
    cutBy?: '&' | 'argument';
    /** The request sent a credential under a misspelt name (`Authorisation`, `Authentication`): that name, as written. */
    misnamed?: string;
    /** The request went to GitLab's REST API, which reads PRIVATE-TOKEN and JOB-TOKEN besides Authorization. */
    api?: 'gitlab';
    /** The server's challenge offers Basic alone (RFC 7617): the header it wants holds a user name and password. */
    challenge?: 'basic';
    /** With challenge `basic`: the package clients the paste names (npm, Maven), whose settings the step names. */
    basicClients?: readonly ('npm' | 'maven')[];
    /** The request is a browser's WebSocket handshake, which cannot carry Authorization (checks/authz-header.ts). */
    transport?: 'websocket';
  };
  /**
   * `notBearer`: the verifier (`via`) says the first word is not Bearer, and the paste does not show the header.
   * `api`: the request went to GitLab's REST API, which takes Bearer or its PRIVATE-TOKEN header; or to Splunk's HTTP
   * Event Collector, which takes `Authorization: Splunk <token>` (and says so with its code 3, "Invalid authorization").
   */
  'authz-header.scheme': Via & {
    scheme: string | null;
    notBearer?: true;
    api?: 'gitlab' | 'splunk-hec';
    /** The verifier's words refused the header and the paste does not show it: a null scheme is not known to be none. */
    headerUnseen?: true;
  };
  'authz-header.double-prefix': Via & { form: 'bearer-bearer' | 'bearer-colon' | 'header-name' | 'log' };
  /** `variable`: with the `unexpanded-variable` problem, the name of the `{{variable}}` sent as literal text. */
  'authz-header.format': Via & { problems: AuthzFormatProblem[]; characters: string[]; variable?: string };
  'authz-header.url-encoded': Via & { sequences: string[]; double: boolean };
  'challenge.missing': Via & {
    /** The application verifier library whose log line in the paste judged the token: the application answered. */
    appVerifier?: string;
    /** The product whose own reply (its body or log line) refused the request (checks/answering-product.ts). */
    answeredBy?: string;
  };
  'challenge.no-error': Via & {
    scheme: string;
    credentialSent: boolean;
    /** RFC 9728: the protected-resource metadata URL the challenge names (`resource_metadata`), when it does. */
    resourceMetadata?: string;
    /**
     * The URL `resource_metadata` names is an authorization server's metadata (/.well-known/oauth-authorization-server,
     * /.well-known/openid-configuration), not a protected resource's (RFC 9728 §3, /.well-known/oauth-protected-resource):
     * a client that follows it finds no authorization_servers (anthropics/claude-code#11814, a sign-in loop).
     */
    resourceMetadataIsServer?: true;
    /** A token was sent and the verifier’s own words in the paste judge it: the reason the response withholds is there. */
    reasonLogged?: true;
    /** The challenge is DPoP and no Bearer one is offered (RFC 9449 §7.1): the client is to attach a DPoP token and proof. */
    dpopOnly?: true;
    /** A container registry's token-auth challenge (realm, service, scope) to a first request: its protocol's first step. */
    registry?: true;
    /** With `registry`: the registry client the paste shows, whose own login its steps name (checks/registry-token.ts). */
    registryClient?: RegistryClient;
    /**
     * Dataverse's (Dynamics 365's) own challenge (checks/challenge.ts): the Entra ID tenant its authorization_uri names,
     * and the environment's URL (its resource_id, or the request's host) the token is to be requested for.
     */
    dataverse?: { tenant: string; resource: string | null };
  };
  'challenge.invalid-request': Via & {
    description: string | null;
    /**
     * Google STS refused the exchange's `audience` parameter as no workload identity provider's full resource name: the
     * client's provider setting is wrong, not the token's sending.
     */
    stsAudience?: true;
    /**
     * A graphql-ws close event 4400 (enisdenjo/graphql-ws PROTOCOL.md): a message the server could not accept, or an
     * error its onConnect threw (the description, when the reason is its own).
     */
    closeCode?: 4400;
  };
  'challenge.invalid-token': Via & {
    description: string | null;
    /**
     * With no description: a verifier's own message was read (the evidence quotes it), a reason that names no cause
     * ("An error occurred while validating the access token"), so "no description" would not be true.
     */
    genericReason?: true;
    /**
     * The description is the server's own words, read with no error code beside them (a verifier row no library can be
     * told by: `{"message":"Invalid API key"}`): no RFC 6750 `invalid_token` was said, so the words do not claim one.
     */
    ownWords?: true;
    /** The paste shows the token's claims, so the report has checked them (its next step differs). */
    tokenShown: boolean;
    /** A token is in the paste but its claims cannot be read: its own finding asks for it, so this step does not. */
    tokenUnreadable?: true;
    /** The refusing product's credential is no JWT (an API key, an ACL token): its steps ask about that instead. */
    credential?: NonJwtCredential;
    /**
     * Google's ErrorInfo reason beside the refusal: `access-token-type-unsupported` (ACCESS_TOKEN_TYPE_UNSUPPORTED, "the
     * type of the provided access token is not supported by the API being called", google/api/error_reason.proto).
     */
    googleReason?: 'access-token-type-unsupported';
    /**
     * RFC 9728 §5.1: the challenge's `resource_metadata` (an MCP server's 401 carries it): where the client learns which
     * authorization server issues tokens for this resource, and which audience (`resource`) to ask for.
     */
    resourceMetadata?: string;
    /**
     * A graphql-ws close event 4401 (PROTOCOL.md): by the protocol a subscribe sent before connection_ack (no
     * description); a reason of the server's own (the description) is its use of the code for a refused connection_init.
     */
    closeCode?: 4401;
  };
  /** RFC 9449: the DPoP proof (the `DPoP` request header) was refused, or the server wants a fresh nonce. */
  'challenge.dpop-proof': Via & {
    error: 'invalid_dpop_proof' | 'use_dpop_nonce';
    description: string | null;
    /** The proof algorithms the server accepts (`algs`), when it says. */
    algs: string | null;
  };
  /**
   * RFC 9470 `insufficient_user_authentication`, or Entra ID's claims challenge (`insufficient_claims`): the server
   * wants a token from a fresh or stronger authentication, or one carrying the claims it names.
   */
  'challenge.step-up': Via & {
    error: 'insufficient_user_authentication' | 'insufficient_claims';
    description: string | null;
    /** The authentication context classes the server asks for (`acr_values`), when it says. */
    acrValues: string | null;
    /** The greatest age in seconds of the user's authentication the server accepts (`max_age`), when it says. */
    maxAge: string | null;
    /**
     * Whether the challenge carries a `claims` request to pass on to the token request; null when only a body's words
     * said it (Graph's CAE message), and the header was not shown.
     */
    claims: boolean | null;
    /** The pasted token's `acr` (RFC 9470 §6.1), to set beside what the server asks for. */
    tokenAcr: string | null;
    /** Seconds since the pasted token's `auth_time`, at the reference time, to set beside `max_age`. */
    authAgeSeconds: number | null;
  };
  /** GitHub's fine-grained actors (an App's installation token, a fine-grained PAT) lack permissions, not scopes. */
  'challenge.insufficient-scope': Via & {
    scope: string | null;
    description: string | null;
    /**
     * The server said `invalid_token` on a 403 whose own description speaks of missing permissions and whose `scope`
     * names what is required (wso2/api-platform#2751's MCP gateway): RFC 6750 §3.1's insufficient_scope under another
     * name, which clients do not read as a scope step-up.
     */
    mislabelled?: 'invalid_token';
  } & Partial<GitHubPermissionArgs>;
  'challenge.scheme-mismatch': Via & {
    sent: string;
    challenged: string[];
    /**
     * Sent and challenged are both OAuth access-token schemes (Bearer, DPoP): the resource server itself answered and
     * takes the other one (RFC 9449 §7.2), no other layer did.
     */
    tokenSchemes?: true;
    /**
     * The challenge is Django REST framework's TokenAuthentication (a bare `WWW-Authenticate: Token`): the API itself,
     * which ignores an Authorization header not starting with Token (checks/header-drop.ts).
     */
    drfToken?: true;
  };
  /** `product`: a known product's fixed non-conforming form (API Gateway's HTTP API, Azure Storage, gin-jwt): an info note. */
  'challenge.malformed': Via & {
    reason: string;
    offset: number;
    product?: 'aws-http-api' | 'azure-storage' | 'gin-jwt' | 'dataverse';
    /** The header is the paste's last text and stops inside a value: the paste, not the server, may have cut it. */
    endsPaste?: true;
    /** The challenge came under this misspelt name (`www-authentication`), not WWW-Authenticate: read, but clients skip it. */
    misnamed?: string;
  };
  'token.missing': Via & {
    /**
     * The reply is a platform's whose caller signs its own JWT as the credential (App Store Connect's NOT_AUTHORIZED,
     * checks/platform-limits.ts), and the paste holds no token: the steps are how that JWT is minted.
     */
    platform?: SelfSignedPlatform;
    /** What the Authorization header carried where the token goes (`undefined`, `null`, '' for nothing), when it did. */
    placeholder?: string;
    /** With `placeholder` '': a URL's query parameter of this name carried nothing (checks/query-placeholder.ts). */
    inQuery?: string;
    /** ASP.NET Core's log says its Negotiate scheme (Windows authentication) challenged (checks/verifier-log.ts). */
    windowsAuth?: true;
    /**
     * The verifier (`via`) says it received no token, yet the pasted request carried one in its Authorization header:
     * it was lost between the two, or read from elsewhere.
     */
    sent?: true;
    /**
     * With `sent`: the response's headers name a server that drops Authorization before the application unless told
     * not to (checks/header-drop.ts): Apache's mod_wsgi, or Apache in front of PHP.
     */
    droppedBy?: 'mod_wsgi' | 'apache-php' | 'drf-token';
    /**
     * The paste shows neither the request nor a token (a bare 401, a client's error line): that the client sent none is
     * the likely reading, not something the paste shows.
     */
    requestUnseen?: true;
    /**
     * The request went to AWS AppSync (checks/authz-header.ts appSyncTakesBareTokens), whose Cognito user pool and OIDC
     * modes take the token as Authorization's whole value: the steps ask for "Authorization: <token>", not Bearer.
     */
    bareHeader?: true;
    /**
     * With `requestUnseen`: the writer says the request carried a token (checks/stated-token-sent.ts), so the reading
     * is not that none was sent but that the one sent was refused or lost, and the token is what to paste.
     */
    saidSent?: true;
    /**
     * With `requestUnseen`: the reply says the token is "missing or invalid" (Azure API Management's validate-jwt sample
     * message; checks/stated-either.ts), words that cover both: the reading is not that none was sent.
     */
    eitherStated?: true;
    /** With `eitherStated`: the product whose own words those are (Webex's "requires a valid access token", checks/stated-either.ts). */
    eitherProduct?: 'webex';
    /**
     * With `requestUnseen`: the writer says the refusals began once time had passed ("some hours later", "1時間後に")
     * (checks/stated-elapsed.ts): an aged token that was not refreshed is the reading its exp settles.
     */
    afterAWhile?: true;
    /**
     * With `requestUnseen`: the writer says a clock is off ("wrong date compared to server date", 「時刻がずれて」)
     * (checks/stated-elapsed.ts): the token's iat, nbf and exp against the verifier's time settle it.
     */
    clockNamed?: true;
    /**
     * With `requestUnseen`: the paste's client code sets Authorization to "Bearer " and a variable
     * (checks/code-sets-header.ts), so the question is what that variable held when the request went out.
     */
    codeSetsHeader?: true;
    /** With `codeSetsHeader`: the code sends HTTP Basic credentials instead (httr2's req_auth_basic, Go's SetBasicAuth). */
    codeScheme?: 'basic';
    /**
     * The server's own message in the paste says the request came without a token or Authorization header ("Missing
     * Authorization header", checks/stated-no-token.ts): a stated fact, quoted as the evidence.
     */
    stated?: true;
    /** The failed request is a CORS preflight, which browsers send without Authorization (checks/preflight.ts). */
    preflight?: true;
    /**
     * With `requestUnseen`: the paste names a browser WebSocket (a ws:// or wss:// URL) or EventSource, which cannot
     * carry an Authorization header (checks/browser-transport.ts): the token goes in the URL or the first message.
     * `signalr`: SignalR's client says its negotiate was refused (the token comes from its accessTokenFactory);
     * `ws-client`: Node's ws (or wscat) says its handshake was, and it can send headers; `eventsource-polyfill`: the
     * EventSource polyfill that words the refusal can send headers too.
     */
    transport?: 'websocket' | 'eventsource' | 'eventsource-polyfill' | 'signalr' | 'ws-client';
    /**
     * With `requestUnseen`: the paste is an HTTP client library's or a program's print of the failure (Feign's
     * FeignException, requests' HTTPError, Guzzle, Dio, OkHttp…: checks/client-code.ts), with no browser's mark: code
     * sent the request, so the step looks at that client's request, not at DevTools.
     */
    clientCode?: true;
    /**
     * The client (`via`) says it could not obtain the token it was to send: a CI job refused an OIDC token
     * (GitHub Actions without `permissions: id-token: write`), rather than a verifier saying none arrived.
     */
    unobtained?: true;
    /**
     * kubectl reported the API server's 401 ("You must be logged in to the server"): kubectl sends what its kubeconfig
     * gives (a token, an exec plugin's, a client certificate), none of it pasted, so what to check is that, not a
     * client that forgot a header. `kubernetes`: the API server's own 401 body (a Status object) with no token pasted:
     * the caller is an application's client, an operator or curl, most often with a pod's ServiceAccount token, which
     * expires and must be reread. `gitlab`: GitLab's REST API answered its 401 (`{"message":"401 Unauthorized"}`, the
     * same for no token and a token it does not accept) to a request whose Authorization is not shown.
     * `docker-registry`: a registry client reports the registry's UNAUTHORIZED "authentication required" at the end of
     * its token exchange (checks/registry-token.ts).
     * `grpc`: a gRPC library's UNAUTHENTICATED with no details a verifier row reads (parse/client-errors.ts): the call's
     * credentials go in its metadata (`authorization`), which no pasted request shows.
     * `mcp`: an MCP client reports its server's 401 (checks/mcp-client.ts): the client's sign-in for that server, or the
     * token in its entry for the server, is what was missing; the request is not shown.
     */
    client?: 'kubectl' | 'kubernetes' | 'gitlab' | 'docker-registry' | 'grpc' | 'mcp';
    /** The telemetry sender whose log the paste is (an exporter, an agent, a collector): its configuration's steps. */
    sender?: TelemetrySender;
    /** The AI API that answered 401 with no key in the paste (round audit-ad): its client's key steps. */
    aiApi?: AiApiClient;
    /**
     * With `sender`, the backend answered 403, not 401: the Collector's otlphttp exporter logs it as gRPC
     * PermissionDenied with no message of the backend's naming a permission (parse/client-errors.ts), which most OTLP
     * backends answer a missing or refused credential with.
     */
    senderForbidden?: true;
    /**
     * With client `grpc`, what the status's details say (checks/grpc-reason.ts): `generic`, a reason in the server's own
     * words that no check reads ("invalid token", "invalid session: account password has changed"), quoted, not judged; `client-certificate`, the connection's client certificate (mutual TLS), so no metadata
     * step fits; `component-credential`, a component's own credential for a backend it connects to (a CSI driver's
     * storage-system login). Absent: no details at all.
     */
    grpcReason?: 'generic' | 'client-certificate' | 'component-credential' | 'per-rpc-credentials';
    /**
     * With `requestUnseen`: NestJS answered its bare UnauthorizedException (checks/nest-guard.ts), which says nothing of
     * why; @nestjs/passport's AuthGuard drops passport-jwt's reason (`info`), so the steps ask for it. `aspnet-webapi`:
     * ASP.NET Web API 2's [Authorize] answered "Authorization has been denied for this request." (no authenticated user:
     * no token, or one its authentication middleware refused), whose reason is in the middleware's own log.
     */
    framework?: 'nestjs' | 'aspnet-webapi';
    /**
     * With framework `nestjs`: Nest's ExceptionsHandler logged the guard's exception as an unknown error, so the client
     * got 500, not 401: it is no instance of the app's HttpException (another copy of @nestjs/common).
     */
    exceptionsHandler?: true;
    /**
     * With client `kubectl`: the paste shows EKS's exec plugin (`aws eks get-token`, aws-iam-authenticator), whose token
     * is a presigned STS URL valid for 15 minutes, signed by an IAM identity the cluster must map.
     */
    eks?: true;
    /** With client `docker-registry`: the registry client the paste shows, whose own login the steps name. */
    registryClient?: RegistryClient;
    /**
     * With client `docker-registry`: the registry's token service (the challenge's realm) answered the client's token
     * request 401, before the registry saw any token: the credentials docker login stored were refused.
     */
    tokenService?: true;
    /** The server's challenge offers Basic alone (RFC 7617): it asks for a user name and password, not a bearer token. */
    challenge?: 'basic';
    /**
     * With challenge `basic`: the package clients the paste names (npm, Maven), whose own settings the step then names;
     * none named, the step names none (an API gateway's Basic challenge is no registry's).
     */
    basicClients?: readonly ('npm' | 'maven')[];
    /**
     * The gateway (`via`, Tyk) reads the token from a header its settings name and found none there it could take:
     * the header empty or another one (auth_header_name), or, under its own OAuth 2.0, a value without `Bearer `.
     */
    configuredHeader?: true;
    /**
     * The middleware (`via`: GoFiber's jwt, echo-jwt) says it found no token or one not after "Bearer " in one message,
     * and the paste does not show the request's Authorization header to tell which (checks/verifier-log.ts).
     */
    orMalformed?: true;
    /**
     * With `unobtained`: what the client's SDK would have taken its token from and found nothing in (round clients2):
     * Google's Application Default Credentials, Azure Identity's DefaultAzureCredential chain, an Azure CLI sign-in,
     * a kubeconfig's exec credential plugin, a signed-in user's session (Supabase), a refresh token (Auth0's SPA SDK).
     */
    credentials?: ClientCredentials;
    /**
     * Hasura (`via`) wants its admin secret (x-hasura-admin-secret), which it runs with and no JWT or webhook mode beside:
     * the steps name that header, not a bearer token.
     */
    adminSecret?: true;
  };
  'token.malformed': Via & {
    reason: string;
    parts: number | null;
    /**
     * AppSync (`via`) could not parse the JWT it wanted, and the paste shows the request SigV4-signed (an
     * `AWS4-HMAC-SHA256` Authorization, a SigV4 signer): a signature sent to an API whose mode wants a Cognito user
     * pool or OIDC token.
     */
    signedRequest?: 'aws-sigv4';
    /**
     * The token is the paste's last text and its payload (or, with no dot, its header) does not decode: the paste, not
     * the request, may have cut it.
     */
    endsPaste?: true;
    /**
     * With reason `header-json`, what the first part's start says: `cut`, the token ends inside its header (its alg was
     * read); `damaged`, it begins as a JSON header does (`eyJ`), so its start is there and something inside it changed.
     */
    firstPart?: 'cut' | 'damaged';
    /**
     * The payload ends early (decodes to the start of a JSON object): the names of the claims read whole before the cut,
     * in payload order. Those after the cut are unknown.
     */
    cutClaims?: string[];
    /**
     * `aws-alb`: padding on an AWS Application Load Balancer's user-claims token (x-amzn-oidc-data; its JWS header's
     * `signer` is the load balancer's ARN). The ALB pads it and signs it padded, by design: nothing was damaged in
     * copying, and what fails is a verifier that follows RFC 7515's unpadded base64url.
     */
    issuedBy?: 'aws-alb';
    /** The header read says alg none: the token has no signature, so there is none to mask when it is pasted again. */
    unsigned?: true;
    /**
     * A verifier's "malformed" with no token in the paste, which names an IdP whose access tokens are opaque by default
     * (checks/opaque-issuer.ts): the token may be of that kind rather than damaged.
     */
    opaqueIssuer?: 'zitadel' | 'auth0';
  };
  'token.jwe': Via & {
    alg: string | null;
    enc: string | null;
    /** `auth0`: an Auth0 tenant's `dir`-encrypted token, what a request without `audience` gets (for /userinfo only). */
    issuer?: 'auth0';
  };
  'token.opaque': Via & {
    length: number;
    /**
     * A known opaque form: Laravel Sanctum's `{id}|{plain text}` personal access token; a Google OAuth 2.0 access token
     * (`ya29.…`), for Google's APIs only (Cloud Run, Cloud Functions and IAP want an ID token).
     */
    form?: 'sanctum' | 'google-access-token' | 'api-key';
    /** With form `api-key`: whose key it is, from its prefix (token/product-key.ts). */
    key?: ProductKey;
    /** The paste names an IdP whose access tokens are opaque by default (checks/opaque-issuer.ts): its own setting. */
    issuer?: 'zitadel' | 'auth0';
  };
  'token.id-token': Via & { indicators: string[] };
  /**
   * A token minted for another service's API: `api` names it, `aud` is the audience that says so, `host` the request's
   * host when the paste shows it, `headerNonce` whether the header carries Graph's `nonce` (why signatures fail).
   */
  'token.for-other-api': {
    /**
     * `auth0-management`: Auth0's Management API v2 (`https://<tenant>.auth0.com/api/v2/`); `auth0-userinfo`: a token
     * whose only audience is the tenant's /userinfo endpoint.
     */
    api: 'microsoft-graph' | 'okta-org' | 'auth0-management' | 'auth0-userinfo';
    aud: string;
    host: string | null;
    headerNonce: boolean;
  };
  /** `working`: the working token's label (its fingerprint); `differences` in header, claims, grants order. */
  'token.differs-from-working': {
    working: string;
    differences: WorkingDifference[];
    /** The failing response is a 403: the token was accepted and refused what it asked, so a lacking grant leads. */
    forbidden?: true;
  };
  'token.crit': {
    /** The names `crit` lists (strings only, at most a few). */
    names: string[];
    /**
     * What breaks RFC 7515 §4.1.11, when something does: `crit` is not an array of non-empty strings, is empty, names a
     * parameter the JWS or JWA specifications define, or names one the header lacks. Absent: well formed, naming
     * extensions (RFC 7797's `b64`) the verifier must implement. `unencoded`: `b64: false`, which no JWT may use.
     */
    problem?: 'not-array' | 'empty' | 'registered' | 'absent' | 'unencoded';
  };
  'token.revoked': Via & {
    /**
     * Said by the client's SDK or the identity provider when the client tried to refresh: its refresh token (or the
     * user's session) was refused, expired or unknown, so it got no new access token (round clients2).
     */
    refreshToken?: true;
    /** With refreshToken: the identity provider that refused it, when the paste shows which (checks/refresh-provider.ts). */
    provider?: RefreshProvider;
    /**
     * With refreshToken: only the writer's prose says the refresh got the 401 (checks/stated-refresh.ts), no word of the
     * token endpoint's: its 401 is most often about the client's own credentials (RFC 6749 §5.2 invalid_client).
     */
    writerSaid?: true;
    /**
     * The refused grant was the user's own username and password (RFC 6749 §4.3, the password grant): its words say the
     * credentials were wrong, or the paste shows grant_type=password. No token existed to be revoked.
     */
    passwordGrant?: true;
    /**
     * The refused grant was a JWT the client signed with its own (service-account) key to get an access token (RFC 7523
     * jwt-bearer): Google's words say which part failed (`signature`: the key; `time`: the signing machine's clock;
     * `account`: the service account), or `grant` when only the request's grant type shows it.
     */
    jwtAssertion?: JwtAssertionProblem;
  };
  /**
   * The token's `typ` header is not one the verifier accepts (RFC 8725 §3.11 explicit typing, RFC 9068's `at+jwt`).
   * `typ` is the token's (null when it has none or the paste shows none), `expected` what the verifier named (empty when
   * it named nothing). `proof` names the kind of JWT a `typ` says it is when that kind is never an access token
   * (`dpop+jwt`: a DPoP proof sent as the access token), or when its `aud` does (`firebase-custom-token`: a Firebase
   * custom token, Identity Toolkit's audience, sent where an ID token goes).
   */
  'token.type-mismatch': Via & {
    typ: string | null;
    /** The verifier said the token has no `typ` at all (IDX10256, Nimbus's "parameter is missing"). */
    missing?: true;
    /**
     * The verifier checked a type the token's payload carries, not the JOSE `typ` header: Keycloak's `typ` claim
     * (Bearer, ID, Refresh…), Flask-JWT-Extended's `type` claim (access, refresh). `claim` names it; `typ` is then its
     * value as the verifier printed it, never the header's.
     */
    where?: 'claim';
    claim?: string;
    expected: string[];
    proof?:
      | 'dpop-proof'
      | 'logout-token'
      | 'security-event'
      | 'introspection-response'
      | 'request-object'
      | 'firebase-custom-token';
    /**
     * An API whose own token types (not a JWT's typ) the method did not accept: Slack's not_allowed_token_type, X's
     * "Unsupported Authentication" (app-only Bearer token against user-context OAuth, or the other way round).
     */
    api?: 'slack' | 'x';
  };
  /**
   * The token is sender-constrained (its `cnf` claim) and the request did not honour the binding: a DPoP-bound token
   * (RFC 9449 §6, `cnf.jkt`) sent under `Bearer`, or under `DPoP` without a proof; a certificate-bound token (RFC 8705
   * §3.1, `cnf["x5t#S256"]`) whose certificate the verifier did not get. `binding` is null when only a verifier's words
   * said it and they name neither kind (and no token is shown); `scheme` is the Authorization scheme sent (null: not
   * shown); `proofSent` whether the request shows a `DPoP` header (null: its headers are not shown); `forwardedHeader`
   * the forwarded-certificate header the request shows (Envoy's x-forwarded-client-cert…), for a certificate binding.
   */
  'token.sender-constrained': Via & {
    binding: 'dpop' | 'mtls' | null;
    scheme: string | null;
    proofSent: boolean | null;
    forwardedHeader: string | null;
  };
  /** The verifier could not decrypt the token (a JWE): encrypted to another key, or its decryption key changed. */
  'token.jwe-undecryptable': Via & { alg: string | null; enc: string | null };
  'alg.none': Via;
  'alg.not-allowed': Via & {
    alg: string | null;
    allowed: string[];
    reason: 'expected-list' | 'key-type' | 'log';
    /** The allowed algorithm is the platform's rule for the JWT its caller signs (checks/platform-limits.ts). */
    platform?: SelfSignedPlatform;
    /** The allowed name that differs from alg only in case (`rs256` for RS256): names are case-sensitive. */
    caseOf?: string;
    /** Nimbus refused a token not signed with RS256, the only algorithm Spring's NimbusJwtDecoder trusts by default. */
    nimbusDefault?: true;
  };
  'key.kid-missing': Via & { keyCount: number | null };
  'key.kid-unknown': Via & {
    kid: string | null;
    available: string[];
    /** The key set's kid that differs from the token's only in case: a kid is compared exactly. */
    caseOf?: string;
    /** Set when the key set is the issuer's published one, fetched at the edge. */
    jwksUri?: string;
    refetch?: KeyRefetch;
    /**
     * The kid was missing from the copy fetched earlier (`available` lists that copy's kids) and appeared
     * when the set was fetched again: the issuer has just rotated it in, and a verifier still holding the
     * older copy rejects the token. Severity warning: that the API's verifier holds an old copy is inferred.
     */
    rotatedIn?: boolean;
    /** The kids of the keys the verifier's message says it tried (IdentityModel's IDX10503 `Keys tried: '…'`). */
    keysTried?: string[];
    /**
     * The token's HMAC algorithm (HS256/384/512) when the key set given holds no key by its kid: its keys are shared
     * secrets, never published, so the words name the secrets, not a JWKS to fetch.
     */
    hmacAlg?: string;
    /**
     * The verifier keeps a credential per client, found by a claim's value rather than by kid, and none has the token's
     * (Kong's jwt plugin: "No credentials found for given 'iss'", the Consumer JWT credential whose key equals the
     * claim named by key_claim_name). `credentialKey` is that claim's value in the pasted token, when shown.
     */
    credentialClaim?: string;
    credentialKey?: string;
    /**
     * The kid of a key in the set that verifies the token's signature although the token names another kid: the same
     * key is published under another name, so a verifier that selects keys by kid finds none (not a rotation).
     */
    verifiesWith?: string;
  };
  /**
   * `fetcher`: who fetched the key set for the verifier, when not the verifier itself: `istiod`, Istio's control plane,
   * which fetches a RequestAuthentication's jwksUri and pushes the keys to the sidecars (its failure logged by istiod,
   * or the fake key set it pushes instead).
   */
  'key.jwks-unavailable': Via & { fetcher?: 'istiod' };
  /**
   * `supabaseProject`: the token is another Supabase project's (its `ref` or Auth issuer, `token`) than the one the
   * request went to (`host`, the ref in `<ref>.supabase.co`): each project signs with its own secret.
   */
  'signature.invalid': Via & {
    kid: string | null;
    /** The platform refused the JWT its caller signs (parse/verifier-messages/self-signed.ts): its key step. */
    platform?: SelfSignedPlatform;
    /**
     * The kids of the keys the verifier's message says it tried (IdentityModel's `Keys tried: '…'`): when they hold the
     * token's kid, its key was found and the signature did not verify with it.
     */
    keysTried?: string[];
    supabaseProject?: { token: string; host: string };
    /**
     * The request's own signature, not a token's: AWS Signature Version 4 (S3's and the AWS APIs' SignatureDoesNotMatch),
     * another cloud's signed API call or URL, or a webhook's HMAC or Ed25519 signature over the raw body (round
     * audit-vv, parse/verifier-messages/webhooks.ts), or OAuth 1's (an `Authorization: OAuth oauth_consumer_key=…,
     * oauth_signature=…` request, RFC 5849 §3.4).
     */
    signedRequest?: SignedRequest;
    /**
     * The receiver refused the signed request's timestamp as outside its tolerance (Stripe's "Timestamp outside the
     * tolerance zone", Bolt's "stale", Svix's "Message timestamp too old"): a delayed or replayed delivery, or the
     * receiver's clock. Not a token's expiry.
     */
    stale?: true;
    /** The receiver found no signature header it could read (Stripe's "Unable to extract timestamp and signatures from header"). */
    headerUnread?: true;
    /**
     * With `signedRequest`: the service whose error body shows what it computed, as the paste names it: S3 (its
     * SignatureDoesNotMatch, StringToSign and CanonicalRequest) or API Gateway (an execute-api scope or host).
     */
    signedFor?: 's3' | 'api-gateway';
    /** The API server does not trust the client certificate's issuer (not in its client CA bundle): no token's key. */
    clientCertificate?: ClientCertificate;
    /**
     * firebase-admin refused the signature of a token the paste shows came from the Firebase Auth Emulator (its host
     * localhost:9099, FIREBASE_AUTH_EMULATOR_HOST, or an unsigned `alg: none` token): an Admin SDK not pointed at the
     * emulator verifies it against Google's keys (checks/verifier-log.ts).
     */
    authEmulator?: true;
  };
  'signature.valid': Via & { kid: string | null; alg: string };
  'signature.unchecked': Via & {
    reason:
      | 'no-key'
      | 'masked'
      | 'absent'
      | 'no-matching-key'
      | 'unsupported'
      | 'issuer-not-trusted'
      | 'key-fetch-failed';
    /** issuer-not-trusted: the token's iss (null when it has none); no request was made. */
    iss?: string | null;
    /**
     * no-key, issuer-not-trusted: the token's HMAC algorithm (HS256/384/512), whose key is the secret the issuer and
     * the API share: no JWKS or public key checks it, and none is asked for.
     */
    hmacAlg?: string;
    /**
     * no-key with hmacAlg: the paste's verifier refuses the token's algorithm itself (alg.not-allowed from its log): it
     * holds no shared secret to check, so no secret's step is given (round review-31b).
     */
    algRefused?: true;
    /** key-fetch-failed: why, and which URL failed (the discovery document or the JWKS). */
    failure?: KeyFetchFailure;
    url?: string | null;
    httpStatus?: number | null;
  };
  'time.expired': Via & {
    exp: number | null;
    agoSeconds: number | null;
    skewSeconds: number;
    maxAge: boolean;
    /** The platform that refuses a JWT issued over `limitSeconds` ago (APNs: an hour), and the token's iat. */
    platform?: SelfSignedPlatform;
    limitSeconds?: number;
    iat?: number;
    /** Stated by a verifier while the pasted token is valid for this much longer (checks/stated-time.ts). */
    validForSeconds?: number;
    /**
     * The expiry the verifier printed for the token it refused, when it is not the pasted token's exp (both expired):
     * the request carried another token (checks/stated-time.ts).
     */
    statedExp?: number;
    /** Said by the client's own OAuth library: its access token expired and it holds no refresh token, so it sent nothing. */
    noRefreshToken?: true;
    /**
     * The service whose own refusal the paste shows beside this token, read as expired from its own exp: a video, voice
     * or chat service whose token the app's backend mints (verifier-messages/media-sdks.ts), so the step is that
     * backend's, not a refresh. Not `via`: the service did not say the token expired.
     */
    mintedFor?: string;
    /**
     * Said by AWS of its own temporary security credentials (ExpiredToken: "The security token included in the request
     * is expired"): a SigV4 session token, not a JWT, so there is no exp to read.
     */
    awsSession?: true;
    /**
     * Said by Elasticsearch of an API key past its expiration ("API key: api key is expired"): a key it looks up, not a
     * JWT, so there is nothing to refresh: a new key is created.
     */
    esApiKey?: true;
    /**
     * Said by Snowflake of the session its connector holds after logging in (390114, 390111): a session token that lasts
     * four hours unless kept alive, not the JWT or OAuth token the login used.
     */
    snowflakeSession?: true;
    /**
     * The credential was a client certificate the Kubernetes API server refused as expired (crypto/x509's NotAfter):
     * `exp` is its NotAfter, `agoSeconds` measured from the reference time; `serverTime` is the API server's clock then.
     */
    clientCertificate?: ClientCertificate;
    /**
     * The token is the assertion an identity-aware proxy signed for the backend (proxy-assertion.ts), which the proxy
     * mints per request or session and does not forward expired: a replayed header, or the backend's clock.
     */
    assertion?: ProxyAssertion;
    /**
     * The credential is a SigV4-presigned request, whose exp is its X-Amz-Date plus X-Amz-Expires (`expiresSeconds`):
     * an Amazon RDS IAM authentication token (`rds-iam`), or another presigned URL (checks/presigned-expiry.ts); or a
     * URL whose `Expires=` is its expiry in epoch seconds, SigV2's query authentication (`sigv2`) or CloudFront's canned
     * policy (`cloudfront`), with no `expiresSeconds`.
     */
    presigned?: 'rds-iam' | 'sigv4' | 'sigv2' | 'cloudfront';
    expiresSeconds?: number;
    /** The refusal of a signed URL or SAS printed its expiry and the service's clock (`SignedUrl`). */
    signedUrl?: SignedUrl;
  };
  'time.borderline': Via & {
    exp: number;
    pastSeconds: number;
    skewSeconds: number;
    /** As time.expired's: a presigned request's expiry, not a JWT's exp. */
    presigned?: 'rds-iam' | 'sigv4' | 'sigv2' | 'cloudfront';
    expiresSeconds?: number;
  };
  'time.not-yet-valid': Via & {
    nbf: number | null;
    inSeconds: number | null;
    skewSeconds: number;
    /** Stated by a verifier while the pasted token's nbf passed this long ago (checks/stated-time.ts). */
    validSinceSeconds?: number;
    /**
     * The token's nbf is this long after its own iat, and that iat is not ahead of the reference time: the issuer's
     * clock was not ahead when it signed, so it dated the start later on purpose or by mistake (checks/time.ts).
     */
    afterIatSeconds?: number;
    /** A client certificate not valid yet (its NotBefore is `nbf`), as time.expired's `clientCertificate`. */
    clientCertificate?: ClientCertificate;
    /** A signed URL or SAS not valid yet (its signed start is `nbf`), as time.expired's `signedUrl`. */
    signedUrl?: SignedUrl;
  };
  'time.issued-in-future': Via & {
    iat: number | null;
    aheadSeconds: number | null;
    skewSeconds: number;
    /** Stated by a verifier while the pasted token was issued this long ago (checks/stated-time.ts). */
    issuedAgoSeconds?: number;
  };
  'time.no-exp': Via;
  'time.milliseconds': Via & { claim: string; value: number };
  'time.invalid': Via & { claim: string | null; value: string | null };
  'time.inconsistent': Via & { claim: string | null; value: number | null; exp: number | null };
  'time.short-lifetime': Via & { ttlSeconds: number };
  'time.long-lifetime': Via & {
    ttlSeconds: number | null;
    /**
     * The platform whose rule for the JWT its caller signs caps the lifetime at `limitSeconds` (checks/platform-limits.ts);
     * `fromNowSeconds`: exp is that far past the reference time, over the limit while exp − iat is not (a clock ahead).
     */
    platform?: SelfSignedPlatform;
    limitSeconds?: number;
    fromNowSeconds?: number;
    /** A client assertion without iat, refused for an exp further ahead than the server allows one without it (Keycloak). */
    assertionNoIat?: true;
    /** A presigned URL signed for longer than its service allows (S3's 7 days); `ttlSeconds` its X-Amz-Expires. */
    signedUrl?: SignedUrl;
  };
  /**
   * `receiver`: the expectation is inferred from where the request went, not given (`cloud-run`: a Google ID token sent
   * to a Cloud Run URL whose aud is another Cloud Run service's URL; `microsoft-graph`: a token for another API, Azure AD
   * Graph's among them, sent to Microsoft Graph).
   */
  /**
   * `compared: 'client_id'`: the token has no aud, and the verifier compared its client_id with its audience list
   * instead (API Gateway's HTTP API JWT authorizer with a Cognito access token); `aud` then holds the client_id.
   */
  'claim.aud-mismatch': Via & {
    aud: string[];
    expected: string[];
    /** IdentityModel hid both sides (`[PII of type 'System.String' is hidden]`): the step says how to show them. */
    piiHidden?: true;
    receiver?: 'cloud-run' | 'microsoft-graph';
    /**
     * The token has no aud and its client_id was compared instead: by API Gateway's JWT authorizer (`client_id`), or
     * here, against the expected audience, as Cognito's verifiers do with an access token (`cognito-client_id`).
     */
    compared?: 'client_id' | 'cognito-client_id';
    /**
     * An audience of the token and an expected one that differ only by a trailing slash, letter case or scheme: the
     * same API named two ways, which verifiers compare exactly (as claim.iss-trailing-slash does for iss).
     */
    near?: { aud: string; expected: string; difference: 'trailing-slash' | 'case' | 'scheme' };
    /** A token exchange's federation trust refused the audience (Entra ID's AADSTS700212): its credential names it. */
    federation?: true;
    /**
     * PyJWT said "Invalid audience": since 2.0 its words when jwt.decode() was given no audience and the token has aud
     * (1.x said them for a mismatch too); a mismatch since 2.0 reads "Audience doesn't match". python-jose says them for
     * both, as PyJWT 1.x did (jose/jwt.py's _validate_aud).
     */
    noAudiencePassed?: true;
    /** The first expected audience is the writer's statement ("aud should be …"), not a setting or the verifier's word. */
    expectedFrom?: 'writer' | 'platform';
    /** The platform whose rule names the expected value (`expectedFrom: 'platform'`, checks/platform-limits.ts). */
    platform?: SelfSignedPlatform;
    /**
     * The token is the assertion an identity-aware proxy signed for the backend (proxy-assertion.ts): the proxy set its
     * aud, so the backend's expected audience is what to fix, and the words say where the proxy's value is read.
     */
    assertion?: ProxyAssertion;
  };
  'claim.aud-missing': Via;
  'claim.iss-mismatch': Via & {
    iss: string | null;
    expected: string[];
    /** IdentityModel hid both sides: the step says how to show them. */
    piiHidden?: true;
    /** The first expected issuer is the writer's statement ("iss should be …"), not a setting or the verifier's word. */
    expectedFrom?: 'writer' | 'platform';
    /** The platform whose rule names the expected value (`expectedFrom: 'platform'`, checks/platform-limits.ts). */
    platform?: SelfSignedPlatform;
    /**
     * The token's Entra ID access-token version, when its iss and an expected issuer are the v1.0 and v2.0 issuers of
     * one tenant (`https://sts.windows.net/{tid}/`, `https://login.microsoftonline.com/{tid}/v2.0`): the API's
     * registration chooses the version, not the client.
     */
    entraTokenVersion?: '1.0' | '2.0';
    /**
     * A token exchange's federation trust refused the issuer (Entra ID's AADSTS700211): no federated credential of the
     * app names it, so the fix is the credential, not an API's valid issuers.
     */
    federation?: true;
    /**
     * Microsoft.IdentityModel's AadIssuerValidator refused a B2C issuer in its `tfp` form
     * (`https://<domain>/tfp/<tenant>/<userFlow>/v2.0/`, IDX40002): it takes only `https://<domain>/<tenant>/v2.0/`, which
     * the user flow's token compatibility setting chooses.
     */
    b2cTfp?: true;
  };
  'claim.iss-trailing-slash': Via & { iss: string; expected: string; difference: 'trailing-slash' | 'case' | 'scheme' };
  'claim.iss-missing': Via;
  'claim.environment': Via & { claim: 'iss' | 'aud'; value: string; environment: string; against: string };
  /** `supabaseKey`: the token is a Supabase project key (its `role`, no `sub`), not a user's session token. */
  'claim.sub-missing': Via & { supabaseKey?: 'anon' | 'service_role' };
  /** `mismatch`: the claim is there, with a value other than the one the verifier requires (`claimViolated`). */
  /** notString: the verifier refused the claim for its JSON type, not its value (PyJWT 2.10's "Subject must be a string"). */
  'claim.required-missing': Via & { claim: string | null; mismatch?: true; notString?: true };
  'claim.pii': Via & { claims: string[] };
  'scope.insufficient': Via & {
    required: string[];
    missing: string[];
    granted: string[];
    /** No token was pasted and the server named no grants: `granted` is empty because it is not known. */
    grantsUnknown?: true;
    /** With grantsUnknown: a token was pasted, but its claims could not be read (a malformed token). */
    tokenUnreadable?: true;
    /**
     * Spring Security refused the request (`via`), and the token's roles sit where Keycloak puts them (the claims
     * named, `realm_access.roles`, `resource_access.<client>.roles`): Spring's default converter makes authorities of
     * `scope`/`scp` alone (`SCOPE_…`), so hasRole sees none of them.
     */
    nestedRoles?: string[];
    /**
     * Missing scopes the token grants in another letter case (`Read:Orders` for `read:orders`): scope strings are
     * case-sensitive (RFC 6749 §3.3), so the grant does not count; a spelling to align, not a grant to add.
     */
    caseOnly?: { granted: string; required: string }[];
    /**
     * A container registry refused the token its token service granted (containerd's "server message:
     * insufficient_scope: authorization failed"): the repository action it lacked (`push`, `pull`) when the client's
     * words name it, `unknown` when they do not.
     */
    registryAction?: 'push' | 'pull' | 'unknown';
    /**
     * The verifier lets in a token with any one of the required scopes (Microsoft.Identity.Web's `[RequiredScope("a",
     * "b")]`, Spring's `hasAnyAuthority`/`hasAnyScope`: parse/verifier-config.ts), and the token has none of them.
     */
    anyOf?: true;
  };
  'scope.format': Via & { claim: string; problem: 'array-scope' | 'comma-separated' };
  'proxy.gateway-response': Via & {
    product: string;
    signals: string[];
    /**
     * A gRPC client said the 401/403 came as a plain HTTP answer, not a gRPC response (Grpc.Net.Client's "Bad gRPC
     * response. HTTP status code: 403"): a proxy, CDN or load balancer in front of the server answered (checks/grpc-not-grpc.ts).
     */
    notGrpc?: true;
    /** The intermediary says it refused an API key (a subscription key, an app key), not a token. */
    apiKey: boolean;
    /**
     * The intermediary refused before any check of the application's bearer token, wanting a credential of its own (a
     * SigV4 signature, Vercel's bypass secret or SSO cookie, a Cloudflare Access identity, its sign-in session): that alone explains the failure, so the finding is an error and leads a fault of the pasted token.
     */
    beforeToken?: true;
    /**
     * The intermediary's own words say its sign-in session failed (no session cookie, one it could not read, its exchange
     * with the identity provider): oauth2-proxy's, Authelia's, an ALB's authenticate action, F5 APM's. Its steps are that
     * session's, not the JWT settings of a bearer token it never judged.
     */
    ownSession?: true;
    /** Cloudflare Access redirected the request to its own sign-in (a 302 to `<team>.cloudflareaccess.com/cdn-cgi/access/login`). */
    accessLogin?: true;
    /**
     * That redirected request carried cloudflared's application token (`Cf-Access-Token`, from `cloudflared access
     * login`): Access refused the token itself (expired, another application's), not a missing identity.
     */
    accessAppToken?: true;
    /**
     * nginx's own page is ingress-nginx's, answering for the auth service its auth-url annotation names, which refused
     * the request (checks/ingress-external-auth.ts): that service's log and the annotations hold the reason.
     */
    externalAuth?: true;
    /**
     * The header the gateway reads that key from by default, when its refusal names the product: Azure API Management's
     * `Ocp-Apim-Subscription-Key`.
     */
    keyHeader?: string;
    /**
     * API Gateway's UNAUTHORIZED response to a Cognito user pool's token (`token_use`): a REST API's Cognito authorizer
     * takes the ID token unless the method has OAuth scopes, then an access token carrying one.
     */
    cognitoToken?: 'access' | 'id';
    /**
     * Supabase's verify_jwt check in front of an Edge Function refused the request: with a token signed by the
     * project's asymmetric keys (`asymmetric`), a new API key sent as the bearer token (`api-key`), or for a reason the
     * paste does not show (`check`).
     */
    supabaseVerifyJwt?: 'asymmetric' | 'api-key' | 'check';
    /**
     * The Azure Functions host refused an HTTP-triggered function's key (checks/function-keys.ts): its 401 with no
     * body and no challenge, to a function whose authorization level wants a function or host key.
     */
    functionKey?: true;
    /**
     * Google's front end answered for the IAM check in front of a Cloud Run service or a Cloud Functions function (its
     * "Your client does not have permission to…" page): it wants a Google-signed ID token for the service's URL from an
     * identity with roles/run.invoker. `product` names the platform.
     */
    googleIam?: true;
    /** The request's token came from `gcloud auth print-access-token`: an access token, not the ID token it wants. */
    gcloudAccessToken?: true;
    /** GitHub's API refused the request for having no User-Agent header, before looking at its credential. */
    missingUserAgent?: true;
    /**
     * Azure App Service's authentication module ("Easy Auth") answered with its IIS denial page for an App Service host:
     * it validates the token itself (its allowed audiences, the provider's issuer) before the app runs.
     */
    easyAuth?: true;
    /**
     * The reply is the intermediary's own, not one it passed on: a header it sets only on answers it wrote
     * (`x-amzn-ErrorType`, `Server: awselb`), its error page, or its own words (Kong's `{"exp":"token expired"}`, Envoy's
     * `Jwt is expired`). Which component answered is then known, not to be found out (challenge.missing's step).
     */
    ownReply?: true;
    /**
     * AWS ALB answered 401 itself with no challenge: its listener rule's authenticate action (deny without its session
     * cookie) or its JWT verification refused the request (checks/proxy.ts).
     */
    albAuthAction?: true;
    /**
     * The only credential in play is Basic (RFC 7617): the request sent `Authorization: Basic` and no token, or sent
     * nothing to a challenge that offers Basic alone. The gateway's JWT settings (issuer, audience, JWKS) do not judge
     * it: the step names the authorizer that checks the user name and password instead.
     */
    basicOnly?: true;
    /**
     * The gateway's own words all say it has no such route (API Gateway's "Missing Authentication Token"): its
     * authorizer and JWT settings never ran, so its steps point at the stage's deployed resources, not at them.
     */
    unknownRoute?: true;
    /**
     * The intermediary's own message says its authorization rules denied the request (Envoy's or Istio's `RBAC: access
     * denied`, Kong's ACL, Linkerd's policy), and none of its messages faults the token.
     */
    policyDenial?: true;
  };
  'proxy.waf-block': Via & { product: string; rule: string | null };
  /**
   * `policy: 'resource-policy'`: API Gateway's resource policy denied the caller (`User: … is not authorized to perform:
   * execute-api:Invoke`), not an authorizer; `principal` is the caller it named (`anonymous`: no IAM signature).
   */
  'proxy.authorizer-deny': Via & {
    product: string;
    policy?: 'resource-policy';
    principal?: string;
    /** Envoy's ext_authz filter: its external authorization service denied the request (response flag UAEX). */
    /**
     * `websocket-connect`: API Gateway refused a WebSocket API's handshake, its $connect route's authorization (a
     * Lambda REQUEST authorizer or IAM; checks/apigw-websocket.ts).
     */
    authorizer?: 'ext-authz' | 'forward-auth' | 'websocket-connect';
    /**
     * That service answered with a redirect, which Envoy relayed (ext_authz_denied on a 3xx), or Traefik's forwardAuth
     * middleware (`forward-auth`): it wanted the caller to sign in (checks/sign-in-redirect.ts).
     */
    signIn?: true;
    /**
     * Read from the reply alone: an empty 403 Envoy wrote itself (no x-envoy-upstream-service-time), its ext_authz
     * filter's answer to a denial or, by default, to the authorization service failing; no access log says which.
     */
    emptyReply?: true;
  };
  'proxy.route-not-found': Via & { product: string };
  'policy.deny': Via & {
    stated: boolean;
    /**
     * Azure Storage refused a request signed with a SAS the paste shows (checks/signed-url-times.ts storageSasArgs):
     * its permissions (`sp=`), an account SAS's resource types (`srt=`), and whether it is a user delegation SAS
     * (`skoid=`), whose signing identity's data role limits it too.
     */
    sas?: StorageSas;
    /**
     * The gateway that stated the denial by its own rules (checks/proxy.ts GATEWAY_LIBRARIES' product name: Linkerd,
     * Tyk, Cloud Run…): its policy and access log, not the service's, hold the reason.
     */
    gateway?: string;
    /** An AWS service's denial of a SigV4-signed request (S3's AccessDenied, the AWS CLI's): no bearer token is involved. */
    signedRequest?: 'aws-sigv4';
    /**
     * The IAM permission a Google Cloud denial names (`storage.objects.get`), or the action an AWS one names
     * (`iam:PassRole`), and the resource it names it on.
     */
    permission?: string;
    resource?: string;
    /** The principal an AWS denial names (`arn:aws:sts::…:assumed-role/…`). */
    principal?: string;
    /** The kind of AWS policy that refused (`because no identity-based policy allows`, `explicit deny in a …`). */
    awsPolicy?: AwsPolicy;
    /** AWS said an explicit Deny refused it (no Allow can override it), not that no policy allows it. */
    explicitDeny?: true;
    /** Vault's denial beside a token the paste sets (where) whose value has none of Vault's token forms. */
    unlikeVaultToken?: 'VAULT_TOKEN' | 'X-Vault-Token';
    /**
     * The policy Envoy's RBAC filter says decided the denial (its access log's `rbac_access_denied_matched_policy[…]`,
     * its debug line's `matched policy …`): `none` when no ALLOW policy matched, Istio's
     * `default-deny-all-due-to-bad-CUSTOM-action` when a CUSTOM policy's provider is not usable (checks/mesh-denial.ts).
     */
    rbacPolicy?: string;
    /** The mesh whose Envoy stated the denial, when the paste names it: Consul's intentions, Kuma's MeshTrafficPermission. */
    mesh?: 'consul' | 'kuma';
    /** No policy named, and the paste shows an Istio AuthorizationPolicy with action CUSTOM (checks/mesh-denial.ts). */
    customPolicy?: true;
    /**
     * What an authorization service's answer names of its denial (parse/authz-decisions.ts): Cerbos' action, resource
     * and matched policy, Verified Permissions' determining policies, SpiceDB's permissionship, OPA's decision path, Ory
     * Keto's `allowed: false` (unquoted: the words quote the whole decision); Temporal Cloud's PermissionDeniedFailure
     * reason.
     */
    decision?: string;
    /**
     * The service's words are its refusal of the caller's token as much as a denial (Temporal's "Request unauthorized.",
     * which its claim mapper's and its authorizer's refusals share): the words say either, not a policy for certain.
     */
    eitherCause?: true;
    /**
     * The service refuses requests from the caller's country, region or territory (OpenAI's
     * `unsupported_country_region_territory`): where the request comes from, not a credential or a permission.
     */
    regionBlocked?: true;
    /**
     * Google's bare "The caller does not have permission" (no permission named) from a Gemini model's API, as its
     * clients and wrappers print it: the model may not be open to the key or account (a preview model), not an IAM
     * binding to look up.
     */
    geminiModel?: true;
    /** A browser or app key's service refused the key by its restrictions (KeyRefusal): Google's, Mapbox's. */
    keyRefusal?: KeyRefusal;
  };
  /**
   * The framework's CSRF protection refused the request before any authentication read its token. `method` is the
   * request's, when the paste shows it; `bearerSent` when the request visibly carried a bearer token (a stateless API
   * that should not be CSRF-checked at all).
   */
  'request.csrf-rejected': Via & { method?: string; bearerSent?: true };
  /**
   * The server's CORS check refused the request: a preflight (`preflight`) answered 403 with no
   * Access-Control-Allow-Origin, or Spring's DefaultCorsProcessor's "Invalid CORS request" (`stated`). `origin` and
   * `method` (the preflight's Access-Control-Request-Method) as the request showed them.
   */
  'request.cors-rejected': Via & {
    preflight: boolean;
    stated: boolean;
    origin: string | null;
    method: string | null;
    /** Only the browser's console line says the preflight failed: the status the OPTIONS got is not shown. */
    browser?: true;
    /**
     * The framework or gateway the paste shows answering (Spring's name, Kestrel, Express's X-Powered-By, API Gateway's
     * x-amz-apigw-id), whose CORS settings the steps then name; none shown, they name none. Spring's own "Invalid CORS
     * request" says Spring by `via` instead.
     */
    corsFramework?: CorsFramework;
  };
  /**
   * subrequestStatus: what the auth service behind nginx's auth_request answered, where the module takes only 2xx, 401
   * or 403 (it answers the client 500).
   */
  /**
   * `oidcProvider`: AWS STS found no IAM OIDC identity provider in the account for the token's issuer (the URL STS
   * names, null when the paste cut it): the account lacks the provider, whatever the token.
   */
  'verifier.misconfigured': Via & {
    subrequestStatus?: number;
    oidcProvider?: string | null;
    /** Vault's JWT/OIDC login named a role its auth mount does not have (`role "x" could not be found`). */
    vaultRole?: string;
    /**
     * Google's STS found no active workload identity pool or provider for the audience the client sent (`invalid_target`):
     * the provider's resource name as the paste shows it (`projects/NUMBER/locations/global/workloadIdentityPools/POOL/
     * providers/PROVIDER`), null when it shows none.
     */
    wifProvider?: string | null;
    /**
     * The product's own set-up the message names, whatever token arrives: `argocd-sso`, Argo CD's API server refusing a
     * session token from SSO while none is configured; `aws-oidc-thumbprint`, STS finding the issuer's TLS certificate
     * matches none of the IAM OIDC provider's thumbprints; `vault-kubernetes-host`, Vault's Kubernetes auth method
     * could not reach the cluster's TokenReview API at its kubernetes_host (a timeout, no route, no name, a certificate
     * its kubernetes_ca_cert does not trust); `authjs-session`, Auth.js's JWTSessionError (its session cookie not read:
     * most often AUTH_SECRET changed or unset); `authjs-session-callback`, the same with a cause that is the app's own
     * jwt or session callback throwing; `aws-api-gateway-authorizer`, a REST API that could not use its Lambda or Cognito
     * authorizer (AuthorizerConfigurationException: not invoked, or its output no policy); `oidc-introspection-client`, the
     * identity provider's introspection endpoint refusing the gateway's own client (lua-resty-openidc's status 401/403);
     * `envoy-requirement-name`, Envoy's jwt_authn filter given a route whose requirement_name its requirement_map lacks;
     * `grafana-proxy-basic`, Grafana refusing the Basic credentials with no password an authenticating proxy passed on;
     * `wso2-key-manager`, WSO2 API Manager's gateway failing to validate with its key manager (900900);
     * `envoy-ext-authz-error`, Envoy's ext_authz filter failing closed when its authorization service gave no usable
     * answer; `traefik-forward-auth-error`, Traefik's forwardAuth middleware unable to call its authentication server.
     */
    setup?:
      | 'aws-api-gateway-authorizer'
      | 'oidc-introspection-client'
      | 'argocd-sso'
      | 'aws-oidc-thumbprint'
      | 'vault-kubernetes-host'
      | 'authjs-session'
      | 'authjs-session-callback'
      | 'envoy-requirement-name'
      | 'grafana-proxy-basic'
      | 'wso2-key-manager'
      | 'envoy-ext-authz-error'
      | 'traefik-forward-auth-error';
  };
  /**
   * The token endpoint refused the client's own credentials (RFC 6749 §5.2 `invalid_client`): its id, secret or
   * assertion. `secretExpired` is set when the server says the secret has expired (Entra ID's AADSTS7000222).
   */
  'oauth.invalid-client': Via & {
    description: string | null;
    /**
     * The error code as the paste said it (checks/said-oauth-error.ts): the RFC's own (`invalid_client`) or the
     * product's in its place (Salesforce's `invalid_client_id`, Keycloak's `unauthorized_client` for a wrong secret);
     * absent when the words carried none (Supabase's "Unrecognized client_id"). A title gives the code only when said.
     */
    error?: string;
    secretExpired?: true;
    /** The client registered itself (RFC 7591, as MCP clients do) and the server no longer knows that registration. */
    dynamicClient?: true;
    /**
     * The client authenticates with a JWT it signs for this platform (Sign in with Apple's client_secret, an Okta client
     * assertion: checks/platform-limits.ts), named by the paste: the step is how to mint it.
     */
    platform?: SelfSignedPlatform;
    /**
     * Entra ID's AADSTS700027: the client assertion's signature, by the key it names (its x5t thumbprint): no such key on
     * the app registration (`not-found`), the key's certificate expired (`expired`), or the signature itself.
     */
    assertionKey?: 'not-found' | 'expired' | 'signature';
  };
  /**
   * The token endpoint authenticated the client but does not allow it the grant it asked for (RFC 6749 §5.2
   * `unauthorized_client`): Keycloak's client credentials grant on a client without a service account, a grant type
   * the client's registration does not list. `description` is the endpoint's own words, first line.
   */
  'oauth.unauthorized-client': Via & { description: string | null; error?: string };
  /**
   * The token endpoint refused the scope (or resource) the client asked for (RFC 6749 §5.2 `invalid_scope`): unknown,
   * malformed, or more than the client is granted. `description` is the endpoint's own words, first line.
   */
  'oauth.invalid-scope': Via & {
    description: string | null;
    /** The error code as the paste said it (see oauth.invalid-client's). */
    error?: string;
    /** Stated in a redirect's query or fragment: the authorization endpoint refused it (RFC 6749 §4.1.2.1). */
    redirect?: true;
  };
  /** The token endpoint does not offer the grant type the request named (RFC 6749 §5.2 `unsupported_grant_type`). */
  'oauth.unsupported-grant': Via & { description: string | null; error?: string };
  /**
   * The token endpoint refused the authorization code itself (RFC 6749 §5.2 `invalid_grant` for the
   * authorization_code grant): already redeemed, expired, or never issued by it. `expired` when its words say the code
   * expired (Keycloak's "Code is expired", its `expired_code` event), not that it is unknown or used.
   */
  'oauth.invalid-code': Via & {
    expired: boolean;
    /**
     * An MCP client's code exchange refused with 400 (the SDK's "Token exchange failed: HTTP 400"): most often its own
     * saved state is stale (a PKCE verifier or registration from an earlier run), which clearing it mends.
     */
    savedState?: true;
  };
  /**
   * A token request made without the user (OIDC Core 3.1.2.6's prompt=none errors, MSAL's silent acquisition, Entra
   * ID's AADSTS50058 / AADSTS65001 / AADSTS50076 / AADSTS50079) was refused because the identity provider needs the user:
   * to sign in (`login`), to consent (`consent`), to pick an account (`account-selection`), to pass MFA (`mfa`), or
   * some interaction it does not name (`interaction`). `provider` is the identity provider when the words name it.
   * `msal` is the MSAL the paste shows (MSAL.js's InteractionRequiredAuthError, MSAL.NET's or MSAL Android's
   * MsalUiRequiredException by its namespace, MSAL Java's MsalInteractionRequiredException, MSAL Python's result dict or
   * acquire_token_* calls; parse/verifier-messages/interaction.ts), null when it shows none: the step names that
   * library's interactive call, and only a browser library gets the iframe / third-party-cookie step.
   */
  /**
   * An OAuth client (an MCP client) stopped before asking for any token: the server's protected-resource metadata (RFC
   * 9728, `resource-metadata`) or the authorization server's metadata (RFC 8414 / OIDC discovery, `server-metadata`)
   * did not load, or the authorization server offers no dynamic client registration (RFC 7591) to a client with no
   * client id of its own (`registration`). `httpStatus` is the status the metadata request got, when the words give it.
   */
  'oauth.discovery-failed': Via & {
    document: 'resource-metadata' | 'server-metadata' | 'registration';
    httpStatus: number | null;
  };
  'oauth.interaction-required': Via & {
    reason: 'login' | 'consent' | 'account-selection' | 'interaction' | 'mfa';
    provider: 'entra-id' | 'auth0' | 'google' | 'docusign' | null;
    msal: 'js' | 'node' | 'net' | 'python' | 'java' | 'android' | null;
    /**
     * The command-line tool whose sign-in must be renewed, when it said so itself (the Azure CLI's "Interactive
     * authentication is needed", azd's "reauthentication required"): the step names its own login command.
     */
    cli?: 'azure-cli' | 'azd';
  };
  /**
   * Workload identity federation: the identity provider's trust (Entra ID's federated identity credentials, an AWS
   * role's trust policy, a Google workload identity provider's attribute condition, a Vault role's bound claims) does
   * not match the presented token's claims, so the exchange was refused. `issuer`, `subject` and `audience` are what
   * the refusal names of the presented token (Entra ID's AADSTS70021 names all three, AADSTS700213 the subject);
   * `claim` the claim a bound-claims rule checked (Vault's `claim "ref_protected"`). `tokenIss`, `tokenSub` and
   * `tokenAud` are the pasted token's own, when the paste holds it. `workload` is what minted the token, read from
   * the form of its subject or its issuer (Workload), so that the steps give that platform's subject format.
   */
  /**
   * The provider refused the call because the service is not enabled, subscribed or registered for the project or
   * account the credentials belong to (Google's SERVICE_DISABLED, AWS's OptInRequired, Azure's
   * MissingSubscriptionRegistration). `service` is the service as the words name it (Google's API host or title,
   * Azure's resource-provider namespace), `project` the Google project they name.
   */
  'policy.service-not-enabled': Via & {
    provider: ServiceProvider;
    service: string | null;
    project: string | null;
  };
  'federation.no-match': Via & {
    issuer: string | null;
    subject: string | null;
    audience: string | null;
    claim: string | null;
    tokenIss: string | null;
    tokenSub: string | null;
    tokenAud: string[];
    workload: Workload;
  };
}

/**
 * What minted a federated token: GitHub Actions (`sub` "repo:…", iss token.actions.githubusercontent.com), GitLab CI
 * ("project_path:…", iss gitlab.com), a Kubernetes service account ("system:serviceaccount:…", an EKS or GKE
 * cluster's issuer); `other` when a subject or issuer is known and is none of these, `null` when neither is.
 */
export type Workload = 'github-actions' | 'gitlab-ci' | 'kubernetes' | 'other' | null;

/** Compile-time check that every code has an args entry and nothing else does. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const argsCoverAllCodes: Exact<keyof CodeArgs, FindingCode> = true;
