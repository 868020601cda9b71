/**
 * The data and infrastructure services behind an API, in their own words when they refuse a bearer token or a JWT:
 * Elasticsearch security (its `security_exception` reasons and its JWT realm's log), OpenSearch security (with the
 * Apache CXF and Nimbus causes under it), Kafka's SASL/OAUTHBEARER refusals (and Strimzi's validator), RabbitMQ's OAuth 2 backend, Consul's and
 * Nomad's ACLs (as their shared API client prints them), Argo CD's session and RBAC errors, Grafana's and Grafana
 * Cloud's credential refusals, Temporal's authorizer, Airflow 3's API server, AssumeRoleWithWebIdentity as MinIO's STS
 * answers it, and the NATS server's authorization errors. Each row's text is the product's own, from the public
 * sources named beside it; the library's words a service wraps (jose4j under Kafka, golang-jwt under Argo CD, PyJWT
 * under Airflow) stay the library's rows unless the service's own sentence holds them.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';

import {
  CLASS,
  CODE,
  capture,
  claimMissing,
  claimViolated,
  compact,
  extending,
  family,
  namedNear,
  pasteHolds,
  textAround,
} from './matcher.js';

const elasticsearch = family('elasticsearch');
const kafka = family('kafka');
const rabbitmq = family('rabbitmq');
const consul = family('consul');
const nomad = family('nomad');
const hashicorp = family('hashicorp-api');
const argocd = family('argocd');
const dashboard = family('kubernetes-dashboard');
const nats = family('nats');
const opensearch = family('opensearch-security');
const cxf = family('apache-cxf');
const nimbus = family('nimbus');
const grafana = family('grafana');
const grafanaCloud = family('grafana-cloud');
const temporal = family('temporal');
const dapr = family('dapr');
const trivy = family('trivy');
/**
 * Trivy named around a Twirp refusal any Go service could print: its name, its token header, or the words its CLI wraps
 * a scan's failure in (aquasecurity/trivy pkg/commands/artifact/run.go: "image scan error: %w", "filesystem scan error:
 * %w", "repository scan error: %w", "rootfs scan error: %w").
 */
const trivyNear = namedNear(
  1500,
  300,
  'trivy',
  'image scan error: ',
  'filesystem scan error: ',
  'repository scan error: ',
  'rootfs scan error: ',
);
/** Temporal named around its words: its server header, its error details' type, its CLI's command. */
const temporalNear = namedNear(400, 400, 'temporal');
const airflow = family('airflow');
const jose4j = family('jose4j');
const sts = family('aws-sts');
const strimzi = family('strimzi-kafka-oauth');
const bigcommerce = family('bigcommerce');
const mqtt = family('mqtt');
const snowflake = family('snowflake');
const graphqlWs = family('graphql-ws');
const azurePostgres = family('azure-postgresql');
const boundary = family('boundary');

/** Boundary named near a gRPC status any Go service could print: its CLI, its address variable, its ids' prefixes. */
const boundaryNear = namedNear(1500, 600, 'boundary', 'ttcp_', 'tssh_', 'authorize-session');

/**
 * The Kind in Boundary's CLI error block after "Error from controller when performing …": "Error information:\n  Kind:
 * PermissionDenied\n  Message: Forbidden." (its api.Error, as hashicorp/boundary#1488 shows the block for another kind).
 */
function boundaryKind(f: Fragment): Reading | null {
  const m = /\n {1,4}Kind: {1,30}(PermissionDenied|Unauthenticated)\b/.exec(f.after(400, true));
  if (m === null) return null;
  return m[1] === 'Unauthenticated' ? { code: 'challenge.invalid-token' } : {};
}

/**
 * A graphql-ws close event's reason after its code (`Socket closed with event 4401 Unauthorized`, a Go client's
 * `… reason = "Unauthorized"`): the protocol's own word for the code (`Unauthorized`, `Bad request`) or none is
 * `protocol`; anything else is the server's own reason, quoted. A digit straight after the code is another number.
 */
function closeReason(after: string, lead: RegExp, close = ''): Reading | null {
  if (/^\d/.test(after)) return null;
  const start = lead.exec(after)?.[0].length ?? 0;
  // Unquoted, the reason runs to the end of its line or to the quote of the log's JSON string around it.
  const end =
    close === '' ? start + (/^[^"\\]*/.exec(after.slice(start))?.[0].length ?? 0) : after.indexOf(close, start);
  if (end < 0) return null;
  const reason = after.slice(start, end).trim();
  const extend = close === '' ? start + reason.length : end + 1;
  return reason === '' || /^(?:unauthori[sz]ed|bad request|forbidden)\.?$/i.test(reason)
    ? { args: { reason: 'protocol' }, extend }
    : { args: { reason: 'server', actual: reason.slice(0, 200) }, extend };
}

/** Snowflake named just before its words: its error number or its host (`<account>.snowflakecomputing.com`). */
const snowflakeNamed = namedNear(300, 0, '390144', 'snowflake');

/** The kid Strimzi's validator prints after its message: `… (kid:6g3o…)`. */
function strimziKid(f: Fragment): Reading {
  const m = /^([^)\s]{1,200})\)/.exec(f.after(220));
  return m === null ? {} : { args: { kid: m[1] as string }, extend: m[0].length };
}

/** Airflow's API server logs through structlog, the logger's name in brackets after the message. */
function airflowLogger(f: Fragment): Reading | null {
  return /^[^\n[]{0,200}\[airflow\.api_fastapi\./.test(f.after(260)) ? {} : null;
}

/** Grafana named near its message-only body: its host, its URL, its client's or plugin's name. */
function grafanaNear(f: Fragment): Reading | null {
  return /grafana/i.test(textAround(f, 1500, 400)) ? {} : null;
}

/** Grafana's error JSON names its errors by `messageId` (`{"message":"Invalid API key","messageId":"api-key.invalid",…}`). */
function grafanaMessageId(f: Fragment): Reading | null {
  return /"messageId\\?"\s*:\s*\\?"$/.test(f.before(24)) ? {} : null;
}

/**
 * A Grafana errutil error as its reply names it (grafanaMessageId) or as its log prints it: Error() is `[<messageId>]
 * <log message>` (pkg/apimachinery/errutil errors.go), so the authn service's line reads `error="[jwt.invalid] failed
 * to verify JWT: …"`.
 */
function grafanaError(f: Fragment): Reading | null {
  if (grafanaMessageId(f) !== null) return {};
  return f.before(1) === '[' && f.after(2).startsWith('] ') ? { extend: 2 } : null;
}

/**
 * Whether an Elasticsearch reason stands where Elasticsearch puts it: after `security_exception` as its replies
 * (`"type":"security_exception","reason":"…"`), its Java client (`[type=security_exception, reason=…`), its Python
 * client (`AuthenticationException(401, 'security_exception', '…`) and Kibana's log (`[security_exception]: …`) print it.
 */
function esReason(f: Fragment): Reading | null {
  return /security_exception(?:\\?"\s*,\s*\\?"reason\\?"\s*:\s*\\?"|, reason=|', '|\]: )$/.test(f.before(60))
    ? {}
    : null;
}

/**
 * Elasticsearch's JWT realm (JwtStringClaimValidator): "string claim [iss] has value [X] which does not match allowed
 * claim values [Y]", the claim's own code (aud, iss) or a required claim's mismatch, with the values it prints.
 */
function esStringClaim(f: Fragment): Reading | null {
  const m =
    /^([\w.-]{1,60})[^\]\n]{0,80}\] has value \[([^\]\n]{0,300})\] which does not match allowed claim values \[?([^\]\n]{0,300})/.exec(
      f.after(800),
    );
  if (m === null) return null;
  const extend = m[0].length;
  const reading = claimViolated(m[1] as string);
  if (reading.code !== 'claim.aud-mismatch' && reading.code !== 'claim.iss-mismatch') return extending(reading, extend);
  const expected = (m[3] as string)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  // Object.assign, not a spread copy gaining `actual` and `expected` (V8's slow path on Node 20: see extending).
  return { code: reading.code, args: compact(Object.assign({}, reading.args, { actual: m[2], expected })), extend };
}

/** Elasticsearch's JWT realm (JwtDateClaimValidator): "date claim [exp] value [ms] must be after now [ms]". */
function esDateClaim(f: Fragment): Reading | null {
  const m = /^(exp|nbf|iat|auth_time)\] value \[-?\d{1,16}\] must be (after|before) now \[\d{1,16}\]/.exec(f.after(80));
  if (m === null) return null;
  const claim = m[1] as string;
  // exp must be after now; nbf, iat and auth_time before it.
  if ((claim === 'exp') !== (m[2] === 'after')) return null;
  if (claim === 'auth_time')
    return { code: 'claim.required-missing', args: { claim, reason: 'mismatch' }, extend: m[0].length };
  return extending(claimViolated(claim), m[0].length);
}

/** Elasticsearch's JWT realm: "missing required date claim [exp]", "missing required string claim [aud]". */
function esMissingClaim(f: Fragment): Reading | null {
  const m = /^([\w.-]{1,60})/.exec(f.after(64));
  return m === null ? null : extending(claimMissing(m[1] as string), m[0].length);
}

/** HashiCorp's API client (Consul, Nomad): `Unexpected response code: 403 (<the reply body>)`. */
function hashicorp403(prefix = ''): (f: Fragment) => Reading | null {
  const re = new RegExp(`Unexpected response code: 403 \\(${prefix}$`);
  return (f) => (re.test(f.before(80)) ? {} : null);
}

/** The MQTT words a paste holds beside a bare return code: the protocol, its clients, its broker, its CONNACK. */
const MQTT_WORDS = /mqtt|paho|mosquitto|connack|pubsubclient/i;
/** A bare return code is MQTT's only where the paste names MQTT (asked once a paste: thousands of `rc=5` lines ask once). */
function mqttNear(f: Fragment): Reading | null {
  return pasteHolds(f, 'mqtt-words', MQTT_WORDS) ? {} : null;
}

/**
 * The NATS server's -ERR (`-ERR 'Authorization Violation'`) or a client's error naming it (`nats: …`; the Node client
 * before nats.js 2 threw the server's quoted text as is, `Uncaught NatsError: 'Authorization Violation'`,
 * nats-io/nats.node#181).
 */
function natsError(f: Fragment): Reading | null {
  return /(?:-ERR '|nats: '?|NatsError: ')$/i.test(f.before(16)) ? {} : null;
}

/**
 * Azure Database for PostgreSQL's refusal as a client prints the server's error: psql and libpq's `FATAL:  …`, lib/pq's
 * `pq: …`, Npgsql's SQLSTATE `28000: …`. Its sentences name "the access token", which other servers say too.
 */
function postgresFatal(f: Fragment): Reading | null {
  return /(?:FATAL:\s{1,3}|pq: |28000: )$/.test(f.before(16)) ? {} : null;
}

/**
 * Argo CD's RBAC resources whose names hold a trigger letter (scan.ts) and whose denials are quoted publicly:
 * applications, which most denials name, clusters and exec. The row is `permission denied: <resource>, ` and then the
 * action.
 */
const ARGOCD_RESOURCES = ['applications', 'clusters', 'exec'] as const;

/** The action after Argo CD's resource (`sync, payments/orders-prod`, `get, , sub: alice`, `create` alone). */
function argocdDenied(f: Fragment): Reading | null {
  return /^[a-z-]{2,20}(?![\w-])/.test(f.after(24)) ? {} : null;
}

export const SERVICES: readonly Matcher[] = [
  // Elasticsearch security (x-pack AuthenticationService and DefaultAuthenticationFailureHandler): no credentials any
  // realm reads ("missing authentication credentials for REST request [/]", curl replies in public set-up notes, and
  // elasticsearch-py's "AuthenticationException(401, 'security_exception', 'missing authentication credentials for
  // REST request [/intact_workflow_runs/_search]')"); credentials sent and refused by every realm, anonymous access
  // off ("unable to authenticate with provided credentials and anonymous access is not allowed for this request",
  // AuthenticatorChain). The token service's expired or invalidated token ("token expired", TokenService
  // expiredTokenException, whose header says error="invalid_token", error_description="The access token expired").
  elasticsearch('missing-credentials', 'token.missing', 'missing authentication credentials for REST request'),
  // Its older wording, 5.x and 6.x (x-pack's DefaultAuthenticationFailureHandler.missingToken): "missing authentication
  // token for REST request [/_sql]" in the security_exception body (NLPchina/elasticsearch-sql#441,
  // elastic/elasticsearch#21399 and #34167). Not API Gateway's "Missing Authentication Token" (gateways.ts).
  elasticsearch('missing-token', 'token.missing', 'missing authentication token for REST request'),
  elasticsearch(
    'unable-to-authenticate',
    'challenge.invalid-token',
    'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
  ),
  // Elasticsearch's .NET client (Elasticsearch.Net's RequestPipeline.ThrowBadAuthPipelineExceptionWhenNeeded) for a 401:
  // "Could not authenticate with the specified node. Try verifying your credentials or check your Shield configuration."
  // (markmcdowell/NLog.Targets.ElasticSearch#178 with an API key, colinin/abp-next-admin#906): credentials sent and refused.
  elasticsearch(
    'net-could-not-authenticate',
    'challenge.invalid-token',
    'Could not authenticate with the specified node',
    {
      exactCase: true,
    },
  ),
  elasticsearch('token-expired', 'time.expired', 'token expired', { exactCase: true, read: esReason }),
  // The reason's detail, `additional_unsuccessful_credentials` (AuthenticatorChain's es.additional_unsuccessful_credentials
  // metadata), for an API key past its expiration: "API key: api key is expired" (a Fleet enrollment log quoting the
  // reply). Elasticsearch's API key is the credential it was sent in place of a bearer token.
  elasticsearch('api-key-expired', 'time.expired', 'API key: api key is expired'),
  // The JWT realm's claim validators, in its log ("Realm [jwt2] JWT validation failed for token=[…] with header […] and
  // claimSet […]" then the exception, elastic/elasticsearch#98758) and in its tests' assertions: "string claim [iss] has
  // value [X] which does not match allowed claim values [Y]" (JwtStringClaimValidator), "date claim [exp] value [ms] must
  // be after now [ms]" (JwtDateClaimValidator; nbf and iat must be before now), "missing required date claim [exp]" and
  // "missing required string claim [aud]".
  elasticsearch('jwt-validation-failed', 'challenge.invalid-token', 'JWT validation failed for token=[', {
    refinable: true,
  }),
  elasticsearch('jwt-string-claim', 'claim.required-missing', 'string claim [', { read: esStringClaim }),
  elasticsearch('jwt-date-claim', 'time.expired', 'date claim [', { read: esDateClaim }),
  elasticsearch('jwt-missing-date-claim', 'claim.required-missing', 'missing required date claim [', {
    read: esMissingClaim,
  }),
  elasticsearch('jwt-missing-string-claim', 'claim.required-missing', 'missing required string claim [', {
    read: esMissingClaim,
  }),
  // The authorization failure: the caller authenticated and no role grants the action ("action
  // [indices:data/write/bulk] is unauthorized for user [logstash]", newer versions add "with effective roles […] on
  // indices […], this action is granted by the index privileges […]"; Elasticsearch's and Kibana's tests assert it). An
  // API key or a service account token is named instead of a user ("is unauthorized for API key id [8-dt9H8BqGblnY2uSI--]
  // of user [elastic/fleet-server]", the reroute processor's docs; "is unauthorized for service account
  // [elastic/kibana]", the authorization service's tests).
  elasticsearch('action-unauthorized', 'policy.deny', '] is unauthorized for ', {
    read: (f) =>
      /^(?:user|API key id|service account) \[/.test(f.after(20)) && /\baction \[[^\]\n]{1,200}$/.test(f.before(220))
        ? {}
        : null,
  }),

  // OpenSearch security's authorization failure, the caller authenticated and no role maps the action ("no permissions
  // for [indices:data/read/search] and User [name=clienta_test, backend_roles=[…], requestedTenant=null]", the
  // security plugin's tests and public FGAC write-ups; AWS OpenSearch Service answers the same). A bulk write names
  // its actions as a list, "no permissions for [indices:data/write/index, indices:data/write/bulk[s]] and User
  // [name=logstash, …]" (deviantony/docker-elk#568, Logstash's retry log).
  opensearch('no-permissions', 'policy.deny', 'no permissions for [', {
    read: (f) =>
      /^(?:indices|cluster):[\w/*:[\]-]{1,120}(?:, (?:indices|cluster):[\w/*:[\]-]{1,120}){0,4}\]/.test(f.after(260))
        ? {}
        : null,
  }),
  // OpenSearch security's JWT and OpenID authenticators (AbstractHTTPJwtAuthenticator: "Extracting JWT token from {}
  // failed", with the token the request carried, then the BadCredentialsException; opensearch-project/security#440).
  // The cause follows: JwtVerifier's own "Invalid JWT signature", or Apache CXF's JwtUtils under it ("Caused by:
  // org.apache.cxf.rs.security.jose.jwt.JwtException: The token has expired",
  // opensearch-project/security-dashboards-plugin#1522; "The token cannot be accepted yet" and "Invalid audience
  // restriction" are JwtUtils' nbf and aud checks), or, in 2.x, Nimbus' parser for a credential that is no JWT ("Invalid
  // serialized unsecured/JWS/JWE object: Missing part delimiters", opensearch-project/OpenSearch#16752).
  opensearch('extracting-failed', 'challenge.invalid-token', 'Extracting JWT token from ', {
    refinable: true,
    read: (f) => (/^\S{1,4100} failed\b/.test(f.after(4200)) ? {} : null),
  }),
  opensearch('invalid-signature', 'signature.invalid', 'BadCredentialsException: Invalid JWT signature', CLASS),
  // Its JWT authenticator (HTTPJwtAuthenticator, as in Open Distro and Search Guard before it) found an Authorization
  // header without the Bearer scheme it reads the token from: "No Bearer scheme found in header" (the class's
  // logDebug; Open Distro logged it at WARN, opendistro/for-elasticsearch-docs#25, Kibana sending Basic credentials to a
  // cluster that only had the JWT domain enabled).
  opensearch('no-bearer-scheme', 'authz-header.scheme', 'No Bearer scheme found in header', { exactCase: true }),
  cxf('expired', 'time.expired', 'JwtException: The token has expired', CLASS),
  cxf('not-yet-valid', 'time.not-yet-valid', 'JwtException: The token cannot be accepted yet', CLASS),
  cxf('audience', 'claim.aud-mismatch', 'JwtException: Invalid audience restriction', CLASS),
  nimbus(
    'missing-part-delimiters',
    'token.malformed',
    'Invalid serialized unsecured/JWS/JWE object: Missing part delimiters',
  ),

  // Kafka's broker (org.apache.kafka.common.network.Selector) for a SASL/OAUTHBEARER token its validator refused:
  // "Failed authentication with /10.1.8.1 ({"status":"invalid_token"})" (strimzi/strimzi-kafka-operator#2662; the
  // JSON is RFC 7628's error challenge; a client's Selector names the broker, "host.svc.cluster.local/100.80.53.16",
  // strimzi/strimzi-kafka-oauth#41), and the client's SaslAuthenticationException for it, "Authentication failed
  // during authentication due to invalid credentials with SASL mechanism OAUTHBEARER" (kafka_protocol's tests quote
  // the broker's message).
  // Its quotes may come escaped: a JSON log's message (`{\"status\":\"invalid_token\"}`) or a CSV export's field
  // (`{""status"":""invalid_token""}`: Splunk's and Kibana's CSV double a quote inside a quoted field, RFC 4180).
  kafka('failed-authentication', 'challenge.invalid-token', 'Failed authentication with ', {
    read: (f) => (/^[\w.:/-]{1,200} \(\{(\\?"|"")status\1:\1invalid_token/.test(f.after(240)) ? {} : null),
  }),
  // The broker's validator (OAuthBearerValidatorCallbackHandler; JwtValidator and LoginAccessTokenValidator throw
  // "Could not validate the access token: %s") wrapping jose4j's InvalidJwtException (kroxylicious/kroxylicious#1195
  // quotes the broker's WARN line and its ValidateException). A rejected token; jose4j's bracketed detail refines it.
  // Only in Kafka's own line (its oauthbearer logger or exception class): other apps say "could not validate the access
  // token" too.
  kafka('could-not-validate', 'challenge.invalid-token', 'Could not validate the access token: ', {
    exactCase: true,
    refinable: true,
    read: (f) =>
      /oauthbearer/i.test(f.before(240)) || /\(org\.apache\.kafka\.[\w.]*oauthbearer/i.test(f.after(3000)) ? {} : null,
  }),
  // jose4j's detail when the token has an aud and the consumer was given no audience to expect (the same capture:
  // "[[8] Audience (aud) claim [https://…/api/v2/] present in the JWT but no expected audience value(s) were provided to
  // the JWT Consumer. Expected one of [] as an aud value."): the broker's sasl.oauthbearer.expected.audience is unset,
  // whatever token arrives, as IdentityModel's IDX10208 is.
  jose4j(
    'no-expected-audience',
    'verifier.misconfigured',
    'present in the JWT but no expected audience value(s) were provided to the JWT Consumer',
  ),
  kafka(
    'oauthbearer-invalid-credentials',
    'challenge.invalid-token',
    'Authentication failed during authentication due to invalid credentials with SASL mechanism OAUTHBEARER',
  ),
  // OAuthBearerUnsecuredJws (and the OAuthBearer token classes after it) takes the principal from a claim, sub unless
  // configured otherwise: "No principal name in JWT claim: sub" (apache/kafka's OAuthBearerUnsecuredJws,
  // OAuthBearerIllegalTokenException), logged by OAuthBearerLoginModule when the client's token lacks it
  // (strimzi/strimzi-kafka-oauth#45: the unsecured callback handler read a token meant for Strimzi's, whose classes
  // server.properties did not name).
  kafka('no-principal', 'claim.sub-missing', 'No principal name in JWT claim', {
    exactCase: true,
    read: (f) => {
      const claim = capture(f.after(64), /^: ([\w.-]{1,60})/);
      if (claim === undefined || claim === 'sub') return { extend: claim === undefined ? 0 : claim.length + 2 };
      return { code: 'claim.required-missing', args: { claim }, extend: claim.length + 2 };
    },
  }),

  // Strimzi's OAuth validator for Kafka (strimzi-kafka-oauth JWTSignatureValidator: TokenValidationException "Token
  // validation failed: Unknown signing key (kid:…)" and "… The signing key is no longer valid (kid:…)", the key set no
  // longer holding the token's kid after the IdP rotated its keys, strimzi/strimzi-kafka-oauth#120 and #162;
  // TokenSignatureException "Signature check failed: Invalid token signature"), as the client's
  // SaslAuthenticationException carries them.
  strimzi('unknown-signing-key', 'key.kid-unknown', 'Token validation failed: Unknown signing key (kid:', {
    read: strimziKid,
  }),
  strimzi(
    'key-no-longer-valid',
    'key.kid-unknown',
    'Token validation failed: The signing key is no longer valid (kid:',
    {
      read: strimziKid,
    },
  ),
  strimzi('invalid-signature', 'signature.invalid', 'Signature check failed: Invalid token signature'),
  // …and its expiry check after the signature (JWTSignatureValidator.java, TokenExpiredException): "Token expired at:
  // <exp in ms> (<ISO time> UTC)", which the broker sends back and librdkafka clients print as "SASL authentication
  // error: Token expired at: 1746617414000 (2025-05-07T11:30:14 UTC) (ErrId: …)" (Aiven-Open/karapace#1080). Other
  // apps' "Token expired at: " is followed by a Date's text: the milliseconds and the bracketed UTC time are Strimzi's.
  strimzi('token-expired', 'time.expired', 'Token expired at: ', {
    read: (f) => {
      const m = /^\d{10,13} \(\d{4}-\d\d-\d\dT[\d:.]{5,12}Z? UTC\)/.exec(f.after(48));
      return m === null ? null : { extend: m[0].length };
    },
  }),

  // RabbitMQ's OAuth 2 backend (rabbit_auth_backend_oauth2.erl): "Provided JWT token has expired at timestamp ~p
  // (validated at ~p)" (validate_token_expiry); "Authentication using an OAuth 2/JWT token failed: provided token is
  // invalid" for a token it could not decode or verify, and "…: ~p" with the reason, `{error,key_not_found}` for a kid
  // none of its keys has (the backend's test suite asserts both).
  rabbitmq('expired', 'time.expired', 'Provided JWT token has expired at timestamp'),
  rabbitmq('failed', 'challenge.invalid-token', 'Authentication using an OAuth 2/JWT token failed', {
    refinable: true,
  }),
  rabbitmq('key-not-found', 'key.kid-unknown', '{error,key_not_found}', {
    read: (f) => (/token failed: $/.test(f.before(40)) ? {} : null),
  }),
  // …and `{error,no_key}` with several resource servers and a jwks_url, where the key for the token's kid was not found
  // among those fetched (rabbitmq/rabbitmq-website#2000: "Authentication using an OAuth 2/JWT token failed:
  // {error,no_key}").
  rabbitmq('no-key', 'key.kid-unknown', '{error,no_key}', {
    read: (f) => (/token failed: $/.test(f.before(40)) ? {} : null),
  }),
  // …and `{error,{missing_oauth_provider_attributes,[issuer]}}`: the backend has no issuer (nor keys) configured for the
  // token's provider, whatever token arrives (the same suite asserts it for a token signed with a kid no key has).
  rabbitmq('missing-provider-attributes', 'verifier.misconfigured', '{error,{missing_oauth_provider_attributes,', {
    read: (f) => (/token failed: $/.test(f.before(40)) ? {} : null),
  }),

  // Consul and Nomad through HashiCorp's API client, "Unexpected response code: 403 (<body>)". Consul's "ACL not found"
  // is a token it does not know (hashicorp/consul#14676, CONSUL_HTTP_TOKEN set to a random value; agents log it as "rpc
  // error making call: ACL not found"), Nomad's "ACL token not found" the same (hashicorp/nomad-pack's tests, for
  // --token=bad00000-…). Consul's "Permission denied: anonymous token lacks permission '…'. The anonymous token is used
  // implicitly when a request does not specify a token." is no token sent (consul/api's tests); with "token with
  // AccessorID '…' lacks permission" a known token its policies do not allow; a bare "(Permission denied)", as both
  // Consul and Nomad answer, or "(rpc error making call: Permission denied)" (hashicorp/consul#7095), a denial.
  consul('acl-not-found', 'challenge.invalid-token', 'ACL not found', {
    exactCase: true,
    read: (f) => (/(?:Unexpected response code: 403 \(|rpc error making call: )$/.test(f.before(60)) ? {} : null),
  }),
  nomad('acl-token-not-found', 'challenge.invalid-token', 'ACL token not found', {
    exactCase: true,
    read: hashicorp403(),
  }),
  consul('anonymous-token', 'token.missing', 'anonymous token lacks permission', {
    read: hashicorp403('Permission denied: '),
  }),
  consul('token-lacks-permission', 'policy.deny', "' lacks permission '", {
    read: (f) => (/Permission denied: token with AccessorID '[\w-]{1,80}$/.test(f.before(140)) ? {} : null),
  }),
  hashicorp('permission-denied', 'policy.deny', 'Unexpected response code: 403 (Permission denied)', {
    exactCase: true,
  }),
  consul('rpc-permission-denied', 'policy.deny', 'rpc error making call: Permission denied', { exactCase: true }),

  // Kubernetes Dashboard's own error codes (kubernetes/dashboard src/app/backend/errors/errors.go, MsgTokenExpiredError
  // and MsgLoginUnauthorizedError, which its frontend localises), in its log and its replies' ErrStatus.message: the
  // token it was signed in with has expired (kubernetes-retired/dashboard#3189, answered 500 by older releases), or it
  // holds no token to act with, behind an ingress that did not forward one or over plain HTTP, where it keeps no login
  // (kubernetes-retired/dashboard#4624).
  dashboard('token-expired', 'time.expired', 'MSG_TOKEN_EXPIRED_ERROR', { ...CODE, exactCase: true }),
  dashboard('login-unauthorized', 'token.missing', 'MSG_LOGIN_UNAUTHORIZED_ERROR', { ...CODE, exactCase: true }),

  // Argo CD's API server wraps golang-jwt's verdict on its session token: "invalid session: token has invalid claims:
  // token is expired" (the CLI's fatal line and the API's {"error":…,"code":16} in public runbooks and clients' test
  // servers). Its RBAC enforcer's denial, "permission denied: applications, get, foo/bar" (util/rbac's tests; the CLI
  // adds "sub: …, iat: …"), is a stated policy.deny: the token was accepted and its subject refused.
  argocd('session-expired', 'time.expired', 'invalid session: token has invalid claims: token is expired'),
  // Its session manager's other verdicts (util/session; quoted in public runbooks and labs): every token issued before
  // the account's password changed is refused ("invalid session: account password has changed since token issued"), a
  // token from SSO when the server has none configured ("invalid session: SSO is not configured", the server's grpc
  // log). Other causes after "invalid session: " are golang-jwt's words, which go.ts reads ("invalid session: token
  // signature is invalid: signature is invalid"); the prefix alone is every Go app's fmt.Errorf, so it names no one.
  argocd('password-changed', 'token.revoked', 'invalid session: account password has changed since token issued'),
  // Releases since 2.x hide an SSO token's cause from the caller: the CLI's "rpc error: code = Unauthenticated desc =
  // invalid session: failed to verify the token", the server logging the cause beside it as `level=warning
  // msg="Failed to verify token: failed to verify token: <go-oidc's words>"` (argoproj/argo-cd#11392 and #13432 quote
  // both). A token was sent and refused; go-oidc's words beside it refine it. The discovery document the server could
  // not fetch to verify with is its "Failed to query provider \"<issuer>\": Get …: x509: certificate signed by unknown
  // authority" (util/oidc, #11392): key.jwks-unavailable, only after its "failed to verify token: ".
  argocd('failed-to-verify', 'challenge.invalid-token', 'invalid session: failed to verify the token', {
    refinable: true,
  }),
  argocd('query-provider', 'key.jwks-unavailable', 'Failed to query provider ', {
    read: (f) => (/failed to verify token: $/i.test(f.before(40)) ? {} : null),
  }),
  argocd('sso-not-configured', 'verifier.misconfigured', 'invalid session: SSO is not configured'),
  ...ARGOCD_RESOURCES.map((resource) =>
    argocd(`permission-denied-${resource}`, 'policy.deny', `permission denied: ${resource}, `, {
      exactCase: true,
      read: argocdDenied,
    }),
  ),

  // Grafana's API-key and service-account-token client (pkg/services/authn/clients/api_key.go: errutil.Unauthorized
  // "api-key.invalid" / "api-key.expired" / "api-key.revoked", public messages "Invalid API key", "Expired API key",
  // "Revoked API key"), as its error JSON names them (a public note quoting `401 {"messageId":"api-key.invalid"}` for a
  // glc_ token sent where a service-account token was needed). The token is the bearer credential Grafana judged.
  grafana('api-key-invalid', 'challenge.invalid-token', 'api-key.invalid', { read: grafanaMessageId }),
  grafana('api-key-expired', 'time.expired', 'api-key.expired', { read: grafanaMessageId }),
  grafana('api-key-revoked', 'token.revoked', 'api-key.revoked', { read: grafanaMessageId }),
  // Round audit-ak: its authn service when none of its clients could authenticate the request (pkg/services/authn/
  // authnimpl/service.go: `errCantAuthenticateReq = errutil.Unauthorized("auth.unauthorized")`): no credentials it reads
  // came (a token of another kind, a header a proxy dropped), answered {"message":"Unauthorized","messageId":
  // "auth.unauthorized","statusCode":401} (and as its log prints it, `[auth.unauthorized]`).
  grafana('auth-unauthorized', 'token.missing', 'auth.unauthorized', { read: grafanaError }),
  // Before the authn service (Grafana 9 and older, pkg/middleware/auth.go and its middleware_test.go: 401 with
  // `"message"` "Invalid API key" / "Expired API key"), the reply had only the message (hastic-zzz/
  // hastic-grafana-app#422: `response data: {"message":"Expired API key"}`). Only as that whole body, and only with
  // Grafana named near it (its host, its client's name): other APIs answer a refused key with the same body
  // (OpenWeatherMap's `"message": "Invalid API key. …"`); unattributed.ts reads it without Grafana.
  grafana('api-key-expired-body', 'time.expired', '{"message":"Expired API key"}', { read: grafanaNear }),
  // Grafana's basic-auth client refusing a Basic header with an empty password (pkg/services/login's ErrEmptyPassword,
  // "No password provided"), logged `msg="Invalid username or password" logger=context error="No password provided"`
  // (grafana/grafana#27251): an authenticating proxy in front passed the user on as Basic credentials without a password,
  // oauth2-proxy's pass_basic_auth (bitly/oauth2_proxy#205, "Authorization: Basic with the base64-encoded username and
  // an empty password. This will fail the login to grafana"; #339 added pass_user_headers). Only on Grafana's own line.
  grafana('basic-no-password', 'verifier.misconfigured', 'error="No password provided"', {
    exactCase: true,
    read: (f) => (/msg="Invalid username or password" logger=context\s*$/.test(f.before(200)) ? {} : null),
  }),
  grafana('api-key-invalid-body', 'challenge.invalid-token', '{"message":"Invalid API key"}', { read: grafanaNear }),
  // Grafana's JWT auth ([auth.jwt]; pkg/services/authn/clients/jwt.go): errJWTInvalid "jwt.invalid" (public message
  // "Failed to verify JWT", the verifier's error after it in the log: go-jose's words, which refine it) and
  // errJWTMissingClaim "jwt.missing_claim" (public "Missing mandatory claim in JWT"; its log names the claim, "missing
  // mandatory 'sub' claim in JWT", or "missing login and email claim in JWT" for the configured username/email claims).
  grafana('jwt-invalid', 'challenge.invalid-token', 'jwt.invalid', { refinable: true, read: grafanaError }),
  // errJWTInvalidRole = errutil.Forbidden("jwt.invalid_role", public "Invalid Role in claim"), pkg/services/authn/
  // clients/jwt.go: with role_attribute_strict, the token verified but its claims mapped to no org role ("could not
  // evaluate any valid roles using IdP provided data"): the user was identified and refused, a policy's word.
  grafana('jwt-invalid-role', 'policy.deny', 'jwt.invalid_role', { read: grafanaError }),
  grafana('jwt-missing-claim', 'claim.required-missing', 'jwt.missing_claim', {
    read: (f) => {
      const stated = grafanaError(f);
      if (stated === null) return null;
      const claim = capture(f.after(80), /^\] missing mandatory '([\w.-]{1,60})' claim in JWT/);
      return claim === undefined ? stated : { ...claimMissing(claim), extend: 2 };
    },
  }),

  // Grafana Cloud's ingestion gateway refusing the credentials a remote-write client sent (instance ID and access-policy
  // token): "server returned HTTP status 401 Unauthorized: authentication error: invalid authentication credentials"
  // (a public Grafana Agent fix note quoting the agent's log). Credentials were sent and refused: not a missing token.
  grafanaCloud(
    'invalid-credentials',
    'challenge.invalid-token',
    'authentication error: invalid authentication credentials',
  ),

  // Temporal's authorization interceptor: its Authorizer's DecisionDeny is PermissionDenied "Request unauthorized."
  // (temporalio/temporal#4864 quotes it in the server's zap log, {"…","error":"Request unauthorized.","logging-call-at":
  // "service.go:501"}); the claim mapper's token errors are golang-jwt's, logged as "Authorization error"
  // (temporalio/temporal#4052: "error":"Token is expired"), which go.ts reads. Round audit-ag: also where a client
  // prints it with Temporal named near (the Rust core's tonic Status with `"server": "temporal"` and Temporal's
  // PermissionDeniedFailure, temporalio/sdk-typescript#1765; the temporal CLI's line), since the interceptor answers
  // the same words to a token its claim mapper refused (common/authorization/interceptor.go, errUnauthorized).
  temporal('unauthorized', 'policy.deny', 'Request unauthorized.', {
    exactCase: true,
    read: (f) =>
      /PermissionDenied desc = $/.test(f.before(30)) || /^",\s*"logging-call-at"/.test(f.after(40))
        ? {}
        : temporalNear(f),
  }),

  // Dapr's sidecar comparing the dapr-api-token metadata with its own API token (dapr/dapr pkg/grpc
  // api_authentication.go, setAPIAuthenticationMiddlewareUnary: ErrorFromHTTPResponseCode(401, "authentication error:
  // api token mismatch"), gRPC Unauthenticated): a token came, and it is not the sidecar's.
  dapr('api-token-mismatch', 'challenge.invalid-token', 'authentication error: api token mismatch'),
  // The same interceptor on a call with no dapr-api-token at all (ErrorFromHTTPResponseCode(401, "missing api token in
  // request metadata")): the app's SDK sent none, its DAPR_API_TOKEN unset.
  dapr('api-token-missing', 'token.missing', 'missing api token in request metadata'),

  // A Trivy server started with --token comparing the client's Trivy-Token header (--token-header) with it, and
  // answering a mismatch or an absent header alike (aquasecurity/trivy pkg/rpc/server/listen.go, withToken: `if token !=
  // "" && token != r.Header.Get(tokenHeader) { … twirp.NewError(twirp.Unauthenticated, "invalid token") }`), as the
  // Twirp Go client in `trivy image --server …` prints it: "FATAL image scan error: scan error: scan failed: failed
  // analysis: twirp error unauthenticated: invalid token" (its integration/client_server_test.go). A shared string, not
  // a JWT; Twirp's words alone stay twirp's.
  trivy('token-mismatch', 'challenge.invalid-token', 'twirp error unauthenticated: invalid token', {
    exactCase: true,
    read: trivyNear,
  }),

  // Airflow 3's API server: the auth manager's "JWT token is not valid: <PyJWT's reason>"
  // (airflow.api_fastapi.auth.managers.base_auth_manager; apache/airflow#60250 quotes "JWT token is not valid: Signature
  // has expired [airflow.api_fastapi.auth.managers.base_auth_manager]") and the execution API's "Failed to validate JWT"
  // with the token after it (apache/airflow#48536). Each is a rejected token; PyJWT's reason beside the first refines it.
  airflow('jwt-not-valid', 'challenge.invalid-token', 'JWT token is not valid: ', {
    refinable: true,
    read: airflowLogger,
  }),
  airflow('failed-to-validate', 'challenge.invalid-token', 'Failed to validate JWT', {
    refinable: true,
    read: airflowLogger,
  }),
  // Airflow 2's stable REST API answering credentials it did not take: 401 application/problem+json `{"detail": null,
  // "status": 401, "title": "Unauthorized", "type": "https://airflow.apache.org/docs/apache-airflow/2.7.1/
  // stable-rest-api-ref.html#section/Errors/Unauthenticated"}` (apache/airflow#23663, #23321 and #14423,
  // bitnami/containers#51069, yangkyeongmo/mcp-server-apache-airflow#13: curl -u user:password with no basic_auth in
  // [api] auth_backends, or a wrong password). Its problem type's URL is its own.
  airflow('unauthenticated', 'challenge.invalid-token', 'stable-rest-api-ref.html#section/Errors/Unauthenticated', {
    exactCase: true,
  }),

  // AssumeRoleWithWebIdentity refusing the OIDC token it was given, in AWS STS's words, which MinIO's STS answers too
  // (minio cmd/sts-errors.go, ErrSTSWebIdentityExpiredToken, code ExpiredToken: "The web identity token that was passed
  // is expired or is not valid. Get a new identity token from the identity provider and then retry the request."; the
  // STS API reference's InvalidIdentityToken: "The web identity token that was passed could not be validated by AWS.").
  // The first is a disjunction: a refused token, which the token in the paste refines.
  sts(
    'web-identity-expired-or-invalid',
    'challenge.invalid-token',
    'The web identity token that was passed is expired or is not valid',
  ),
  sts(
    'web-identity-invalid',
    'challenge.invalid-token',
    'The web identity token that was passed could not be validated by AWS',
  ),

  // The NATS server's authorization errors (server/errors.go; clients surface them as "nats: Authorization Violation",
  // nats.go's ErrAuthorization, and the server sends -ERR 'Authorization Violation' on the wire): credentials (a user
  // JWT, a token, a password) it did not accept; -ERR 'User Authentication Expired' / 'User Authentication Revoked'
  // for a user JWT past its exp or revoked by its account (nats-pure's and other clients' error maps).
  nats('authorization-violation', 'challenge.invalid-token', 'Authorization Violation', { read: natsError }),
  nats('user-expired', 'time.expired', 'User Authentication Expired', { read: natsError }),
  nats('user-revoked', 'token.revoked', 'User Authentication Revoked', { read: natsError }),
  // …and the same refusals in the words of nats.go's own errors, which its clients print as they are (nats-io/nats.go
  // nats.go: ErrAuthExpired "nats: authentication expired", ErrAuthRevoked "nats: authentication revoked",
  // ErrAccountAuthExpired "nats: account authentication expired"; nats.c and nats.swift use the same strings).
  nats('client-auth-expired', 'time.expired', 'nats: authentication expired', { exactCase: true }),
  nats('client-account-auth-expired', 'time.expired', 'nats: account authentication expired', { exactCase: true }),
  nats('client-auth-revoked', 'token.revoked', 'nats: authentication revoked', { exactCase: true }),
  // An MQTT broker's CONNACK refusing the connection (MQTT 3.1.1 return codes 4 "bad user name or password" and 5 "not
  // authorized"; MQTT 5 reason codes 0x86 and 0x87), in the words of the clients that print it: HiveMQ's Java client
  // ("CONNECT failed as CONNACK contained an Error Code: NOT_AUTHORIZED.", hivemq-mqtt-client's MqttConnAckSingle and
  // its Mqtt5ConnAckException, hivemq/hivemq-mqtt-client#463; BAD_USER_NAME_OR_PASSWORD in its Mqtt3 tests) and MQTT.js
  // ("Connection refused: Not authorized", its connack error map, quoted from a broker doing JWT auth in
  // emqx/emqx#3352). The broker took none of the username, password (a JWT where it authenticates with one: EMQX's
  // JWT authenticator, AWS IoT's custom authorizers) or client certificate.
  mqtt('connack-not-authorized', 'challenge.invalid-token', 'CONNACK contained an Error Code: NOT_AUTHORIZED', {
    exactCase: true,
  }),
  mqtt(
    'connack-bad-credentials',
    'challenge.invalid-token',
    'CONNACK contained an Error Code: BAD_USER_NAME_OR_PASSWORD',
    { exactCase: true },
  ),
  mqtt('refused-not-authorized', 'challenge.invalid-token', 'Connection refused: Not authorized'),
  mqtt('refused-bad-credentials', 'challenge.invalid-token', 'Connection refused: Bad username or password'),
  // The same return codes 5 and 4 in mosquitto's and paho-mqtt's words: libmosquitto's mosquitto_connack_string
  // (lib/strings_mosq.c) and paho-mqtt's connack_string (paho/mqtt/client.py), "Connection Refused: not authorised." /
  // "Connection Refused: bad user name or password.", which mosquitto_pub and mosquitto_sub print after "Connection
  // error: "; for an MQTT 5 CONNACK (reason codes 0x87 and 0x86) they print mosquitto_reason_string's "Not authorized" /
  // "Bad user name or password" there instead (both seen in public mosquitto_pub transcripts and wrapper tests). Paho's
  // Java client's MqttException prints its reason code after the message: "Not authorized to connect (5)", "Bad user
  // name or password (4)" (paho.mqtt.java's messages.properties, as apps compare exception.toString()).
  mqtt('connack-string-not-authorised', 'challenge.invalid-token', 'Connection Refused: not authorised'),
  mqtt('connack-string-bad-credentials', 'challenge.invalid-token', 'Connection Refused: bad user name or password'),
  mqtt('v5-not-authorized', 'challenge.invalid-token', 'Connection error: Not authorized', { exactCase: true }),
  mqtt('v5-bad-credentials', 'challenge.invalid-token', 'Connection error: Bad user name or password', {
    exactCase: true,
  }),
  mqtt('paho-java-not-authorized', 'challenge.invalid-token', 'Not authorized to connect (5)', { exactCase: true }),
  mqtt('paho-java-bad-credentials', 'challenge.invalid-token', 'Bad user name or password (4)', { exactCase: true }),
  // The bare return code, as clients print it with no words of their own: Arduino's PubSubClient state() after a
  // sketch's "failed, rc=" (its MQTT_CONNECT_UNAUTHORIZED is 5; "MQTT connect failed, rc=5" in device READMEs'
  // troubleshooting tables: "Wrong MQTT username or password"), paho-mqtt's on_connect printing "Connected with result
  // code 5" (eclipse-paho/paho.mqtt.c#907: "the connack return code 5 means not authorized"), tuanpmt/esp32-mqtt's
  // "Connection refuse, reason code: 5" (#12, #13), and an MQTT 5 CONNACK's reason code 0x87 (Not authorized). The
  // numbers are anyone's (SteamCMD's "FAILED with result code 5", Windows' "Open file failed, rc=5 Error[5]: Access is
  // denied", a byte 0x87 a UTF-8 decoder could not read), so only in a paste that names MQTT (mqttNear).
  mqtt('rc-5', 'challenge.invalid-token', 'failed, rc=5', { read: mqttNear }),
  mqtt('result-code-5', 'challenge.invalid-token', 'with result code 5', { read: mqttNear }),
  mqtt('reason-code-5', 'challenge.invalid-token', 'Connection refuse, reason code: 5', { read: mqttNear }),
  mqtt('reason-code-0x87', 'challenge.invalid-token', '0x87', {
    read: (f) => (/(?:connack|reason)[^\n]{0,60}$/i.test(f.before(80)) ? mqttNear(f) : null),
  }),
  // The GraphQL over WebSocket protocol's 4403 close (enisdenjo/graphql-ws PROTOCOL.md, PR #2: "4403: Forbidden …
  // the connection request has been denied because of access control. The server has returned false in the onConnect
  // callback"): the server refused connection_init's payload, where the client's credential travels. As clients print
  // it: Apollo's GraphQLWsLink (and the graphql-ws README's recipe) "Socket closed with event 4403 Forbidden", and Go's
  // nhooyr.io/websocket CloseError "status = StatusCode(4403) and reason = \"Forbidden\"" (hasura/go-graphql-client#125).
  graphqlWs('close-4403', 'challenge.invalid-token', 'Socket closed with event 4403', {
    read: (f) => (/^\d/.test(f.after(1)) ? null : {}),
  }),
  graphqlWs('close-frame-4403', 'challenge.invalid-token', 'status = StatusCode(4403) and reason = "Forbidden"'),
  // Its 4401 "Unauthorized" (PROTOCOL.md, Subscribe: "if the connection is not acknowledged, the socket will be closed
  // immediately with the event `4401: Unauthorized`"; graphql-ws src/server.ts, `if (!ctx.acknowledged) return
  // socket.close(CloseCode.Unauthorized, 'Unauthorized')`): a subscribe sent before connection_ack, no credential
  // judged. Servers of their own also close 4401 for a connection_init whose token they refuse, with a reason of their own
  // (apollographql/apollo-kotlin#3230: "the server will close the WebSocket with a 4401, backend_error – unauthorized"
  // for an expired token): then the reason is theirs and is quoted, and no cause is supposed for the bare one.
  graphqlWs('close-4401', 'challenge.invalid-token', 'Socket closed with event 4401', {
    read: (f) => closeReason(f.after(200), /^ ?/),
  }),
  graphqlWs('close-frame-4401', 'challenge.invalid-token', 'status = StatusCode(4401) and reason = "', {
    read: (f) => closeReason(f.after(200), /^/, '"'),
  }),
  // Its 4400 (PROTOCOL.md, Invalid message: "a message of a type or format which is not specified in this document will
  // result in an immediate socket closure with the event `4400: <error-message>`"; PR #2: also "the server has thrown an
  // error in the onConnect callback, the thrown error's message is the <error-message>", 99designs/gqlgen#2881): a
  // request the server could not accept, its reason quoted; a refusal's own words in that reason are read by their rows.
  graphqlWs('close-4400', 'challenge.invalid-request', 'Socket closed with event 4400', {
    read: (f) => closeReason(f.after(200), /^ ?/),
  }),
  graphqlWs('close-frame-4400', 'challenge.invalid-request', 'status = StatusCode(4400) and reason = "', {
    read: (f) => closeReason(f.after(200), /^/, '"'),
  }),
  // HashiCorp Boundary's controller refusing an action to the user its auth token names: handlers.ForbiddenError(),
  // Kind PermissionDenied "Forbidden." with status 403 (internal/daemon/controller/handlers/errors.go; ApiError's own
  // print `Status: 403, Kind: "PermissionDenied", Error: "Forbidden."`, its JSON {"kind":"PermissionDenied","message":
  // "Forbidden."}), as its CLI prints it under "Error from controller when performing <action> …" and as a gRPC client
  // prints it with Boundary near; its Unauthenticated is "Unauthenticated, or invalid token." (401).
  boundary('forbidden-api-error', 'policy.deny', 'Status: 403, Kind: "PermissionDenied", Error: "Forbidden."', {
    exactCase: true,
  }),
  boundary('forbidden-json', 'policy.deny', '"kind":"PermissionDenied","message":"Forbidden."', { exactCase: true }),
  boundary('cli-error-block', 'policy.deny', 'Error from controller when performing ', {
    exactCase: true,
    read: boundaryKind,
  }),
  boundary('grpc-forbidden', 'policy.deny', 'code = PermissionDenied desc = Forbidden.', {
    exactCase: true,
    read: boundaryNear,
  }),
  boundary('unauthenticated', 'challenge.invalid-token', 'Unauthenticated, or invalid token.', { exactCase: true }),
  // Snowflake refusing the JWT a client signs for key-pair authentication: "JWT token is invalid. [<uuid>]", error
  // 390144, the uuid being what SYSTEM$GET_LOGIN_FAILURE_DETAILS takes to say which check failed (account, user or
  // public-key fingerprint mismatch, expiry; docs.snowflake.com/en/user-guide/key-pair-auth-troubleshooting;
  // slothflowlabs/duckle#22 under the SQL API's 401). The uuid after the words keeps other products' sentences out; the
  // JDBC driver under Kafka Connect prints two spaces before it (vdesabou/kafka-docker-playground#8726), and clients
  // that drop it name Snowflake or its code instead: snowflake-ingest-python's "Http Error: 401, Vender Code: 390144,
  // Message: JWT token is invalid." (snowflakedb/snowflake-ingest-python#21), the Python connector's "250001 (08001):
  // Failed to connect to DB: <account>.snowflakecomputing.com:443. JWT token is invalid." (snowflakedb/SnowAlert#379).
  snowflake('jwt-token-invalid', 'challenge.invalid-token', 'JWT token is invalid.', {
    read: (f) => {
      const m = /^ {1,3}\[[0-9a-f]{8}-[0-9a-f-]{27}\]/i.exec(f.after(44));
      return m !== null ? { extend: m[0].length } : snowflakeNamed(f);
    },
  }),
  // …and an OAuth access token it refuses (External OAuth or Snowflake OAuth), error 390303: "390303: Invalid OAuth
  // access token" (iqea-ai/duckdb-snowflake#29). Meta's Graph API says the same words (code 190): only beside
  // Snowflake's error number is it Snowflake's.
  snowflake('invalid-oauth-token', 'challenge.invalid-token', 'Invalid OAuth access token', {
    read: (f) => (/390303\W{1,12}$/.test(f.before(24)) ? {} : null),
  }),
  // …and the login itself refused, 390100 "Incorrect username or password was specified." (the Terraform provider's
  // "open snowflake connection: 390100 (08004): …" with a private key configured, snowflakedb/terraform-provider-
  // snowflake#3553; the Python connector's "250001 (08001): Failed to connect to DB: <account>.snowflakecomputing.com:443.
  // Incorrect username or password specified.", xlang-ai/Spider2#107). Only with its code or its host before the words:
  // Docker Hub says the same (api-keys.ts).
  snowflake('incorrect-credentials', 'challenge.invalid-token', 'Incorrect username or password', {
    read: namedNear(300, 0, '390100', 'snowflake'),
  }),
  // …and the session the connector holds after logging in, past its life: 390114 "Authentication token has expired.
  // The user must authenticate again." (snowflakedb/snowflake-connector-python#218; superduper-io/superduper#2155 under
  // SQLAlchemy, the connector's ReauthenticationRequest) and 390111 "Session no longer exists.  New login required to
  // access the service." (Snowflake-Labs/schemachange#201). A session token, not the JWT or OAuth token the login used:
  // it lasts four hours unless kept alive (snowflakedb/snowflake-sqlalchemy#550). Only beside the code.
  snowflake('session-expired', 'time.expired', 'Authentication token has expired.', {
    read: (f) => (/390114\b[^\n]{0,20}$/.test(f.before(40)) ? {} : null),
  }),
  snowflake('session-gone', 'time.expired', 'Session no longer exists.', {
    read: (f) => (/390111\b[^\n]{0,20}$/.test(f.before(40)) ? {} : null),
  }),
  // BigCommerce's REST API refusing a store API account whose OAuth scopes do not cover the endpoint: a 403 with
  // `{"status":403,"title":"You don't have a required scope to access the endpoint","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes","errors":{}}`
  // (public captures of the reply in client code and tests, and openillumi.com/bigcommerce-api-403-uri-fix, where a
  // store hash with a `store-` prefix gets the same answer): the token's grants fall short (scope.insufficient).
  // Azure Database for PostgreSQL (flexible server) with Microsoft Entra authentication, where the password is an Entra
  // access token: a token for another resource than https://ossrdbms-aad.database.windows.net ("FATAL: The access token
  // does not have a valid audience claim. Please acquire a new token for the resource …",
  // microsoft/azuredatastudio-postgresql#505, a stale cached token), a password that is not a token as issued ("FATAL:
  // The access token has invalid format. Please ensure the token is passed exactly as returned by the authentication
  // endpoint and retry.", Azure-Samples/rag-postgres-openai-python#161, PGPASSWORD set with braces around it), one it
  // could not validate ("pq: An error occurred while validating the access token. Please acquire a new token and
  // retry", cyrilgdn/terraform-provider-postgresql#60, a plain password sent for an Entra role), and a managed identity's
  // token for a role created as a user principal ("FATAL: Service Principals cannot generate
  // AAD_AUTH_TOKENTYPE_APP_USER tokens for role[…]", MicrosoftDocs/azure-docs#120133): the role's mapping, whatever
  // token arrives.
  azurePostgres('audience', 'claim.aud-mismatch', 'The access token does not have a valid audience claim', {
    read: (f) => {
      if (postgresFatal(f) === null) return null;
      const m = /^\. Please acquire a new token for the resource \\?"([^"\\\s]{1,200})\\?"/.exec(f.after(300));
      return m === null ? {} : { args: { expected: [m[1] as string] }, extend: m[0].length };
    },
  }),
  azurePostgres('invalid-format', 'token.malformed', 'The access token has invalid format', {
    read: postgresFatal,
  }),
  azurePostgres('validating', 'challenge.invalid-token', 'An error occurred while validating the access token', {
    read: postgresFatal,
  }),
  azurePostgres(
    'sp-app-user',
    'verifier.misconfigured',
    'Service Principals cannot generate AAD_AUTH_TOKENTYPE_APP_USER tokens for role',
    { read: postgresFatal },
  ),
  bigcommerce('required-scope', 'scope.insufficient', "You don't have a required scope to access the endpoint"),
];
