/**
 * Round 17c of real-world pastes: the data and infrastructure services on-call engineers run behind their APIs, when
 * they refuse a bearer token or a JWT. Elasticsearch security (its `security_exception` replies as curl shows them and
 * as its clients and Kibana print them, and its JWT realm's log), OpenSearch security, Kafka's SASL/OAUTHBEARER (the
 * broker's Selector line, its validator's log, the Java client's and librdkafka's errors), RabbitMQ's OAuth 2 backend,
 * Consul and Nomad ACLs, Argo CD, NATS, Grafana and Grafana Cloud, Temporal, Trino, Airflow 3's API server, MinIO's STS,
 * and Prometheus / Mimir remote write behind an auth proxy. Every product string is confirmed in a public source named
 * beside its row (or in the matcher that reads it: parse/verifier-messages/services.ts). Reading choices:
 * docs/findings.md, "Reading the rules" and the project readings (round 17c's block). The quiet group and the
 * catches-not table put the same words in prose, in a success or in another product's line, and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { matchVerifierMessages } from '../../src/engine/parse/verifier-messages.js';
import {
  A401,
  A403,
  DENIED,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const ES_CHALLENGES =
  '"header":{"WWW-Authenticate":["Basic realm=\\"security\\", charset=\\"UTF-8\\"","Bearer realm=\\"security\\"","ApiKey"]}';

const ELASTICSEARCH: Row[] = [
  // Elasticsearch's reply when no realm found credentials it reads (the reply verbatim in public set-up notes, e.g. a
  // curl of https://host:9200 with security on; its WWW-Authenticate list is repeated inside the body).
  {
    name: 'Elasticsearch: curl with no credentials, missing authentication credentials for REST request',
    input: [
      '$ curl -s -i https://es-prod.internal:9200/orders-*/_search',
      S401,
      'WWW-Authenticate: Basic realm="security", charset="UTF-8"',
      'WWW-Authenticate: Bearer realm="security"',
      'WWW-Authenticate: ApiKey',
      'content-type: application/json',
      '',
      `{"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication credentials for REST request [/orders-*/_search]",${ES_CHALLENGES}}],"type":"security_exception","reason":"missing authentication credentials for REST request [/orders-*/_search]",${ES_CHALLENGES}},"status":401}`,
    ].join('\n'),
    ...A401,
    includes: ['authz-header.missing', 'challenge.no-error'],
    excludes: MISREAD,
  },
  // elasticsearch-py's AuthenticationException, as an app logs it (a public post-mortem: "[ELASTICSEARCH] Failed to get
  // workflow runs: AuthenticationException(401, 'security_exception', 'missing authentication credentials for REST
  // request [/intact_workflow_runs/_search]')").
  {
    name: 'Elasticsearch: the Python client’s AuthenticationException, missing credentials',
    input:
      "[ELASTICSEARCH] Failed to get workflow runs: AuthenticationException(401, 'security_exception', 'missing authentication credentials for REST request [/intact_workflow_runs/_search]')",
    ...A401,
    top: 'token.missing',
    via: 'elasticsearch',
    excludes: MISREAD,
  },
  // The token service's expired-token reply (x-pack TokenService.expiredTokenException: reason "token expired", and
  // the header Bearer realm="security", error="invalid_token", error_description="The access token expired").
  {
    name: 'Elasticsearch: token service access token expired, with its Bearer challenge',
    input: [
      `$ curl -s -i https://es-prod.internal:9200/_security/_authenticate -H 'Authorization: Bearer dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu'`,
      S401,
      'WWW-Authenticate: Bearer realm="security", error="invalid_token", error_description="The access token expired"',
      'content-type: application/json',
      '',
      '{"error":{"root_cause":[{"type":"security_exception","reason":"token expired","header":{"WWW-Authenticate":"Bearer realm=\\"security\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\""}}],"type":"security_exception","reason":"token expired","header":{"WWW-Authenticate":"Bearer realm=\\"security\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\""}},"status":401}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Kibana's log of an Elasticsearch error ("[error][data][elasticsearch] [security_exception]: missing authentication
  // credentials for REST request […]" in a public Kibana troubleshooting note), here with the token service's reason.
  {
    name: 'Kibana log: [security_exception]: token expired',
    input: 'log   [14:05:42.007] [error][data][elasticsearch] [security_exception]: token expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same reason as the Java high-level client prints it (the ElasticsearchStatusException shape: a Liferay log
  // quoting "ElasticsearchStatusException[Elasticsearch exception [type=security_exception, reason=unable to
  // authenticate user [elasticc] for REST request [...]]]"), with the token service's reason.
  {
    name: 'Elasticsearch: ElasticsearchStatusException, reason=token expired',
    input:
      'org.elasticsearch.ElasticsearchStatusException: ElasticsearchStatusException[Elasticsearch exception [type=security_exception, reason=token expired]]',
    ...REFUSED,
    top: 'time.expired',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Authentication.java (x-pack AuthenticationService): a token no realm accepted, after the anonymous fallback
  // ("unable to authenticate with provided credentials and anonymous access is not allowed for this request").
  {
    name: 'Elasticsearch: a bearer token no realm accepted',
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      S401,
      JSON_CT,
      '',
      '{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request"}],"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request"},"status":401}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same refusal with its detail, as Kibana's interactive setup logs an expired enrollment API key (a public set-up
  // note: `Failed to enroll with host "https://192.168.44.127:9200": {"error":{"root_cause":[{"type":
  // "security_exception", "reason":"unable to authenticate with provided credentials and anonymous access is not
  // allowed for this request", "additional_unsuccessful_credentials":"API key: api key is expired", …`).
  {
    name: 'Elasticsearch: additional_unsuccessful_credentials says the API key is expired',
    input:
      '[2026-05-28T14:02:11.123+00:00][ERROR][plugins.interactiveSetup.elasticsearch] Failed to enroll with host "https://192.168.44.127:9200": {"error":{"root_cause":[{"type":"security_exception", "reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request", "additional_unsuccessful_credentials":"API key: api key is expired", "header":{"WWW-Authenticate":["Basic realm=\\"security\\" charset=\\"UTF-8\\"", "Bearer realm=\\"security\\"", "ApiKey"]}}], "type":"security_exception", "reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request", "additional_unsuccessful_credentials":"API key: api key is expired"},"status":401}',
    ...A401,
    top: 'time.expired',
    via: 'elasticsearch',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The authorization failure: the caller authenticated (by JWT realm or otherwise) and its roles do not grant the
  // action (Elasticsearch's own tests assert "action [indices:monitor/stats] is unauthorized for user [test_ilm] with
  // effective roles [ilm] on indices [not-ilm], this action is granted by the index privileges [monitor,…]").
  {
    name: 'Elasticsearch: 403 action is unauthorized for user with effective roles',
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      S403,
      JSON_CT,
      '',
      '{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [svc-orders] with effective roles [orders_reader] on indices [payments-2026.05], this action is granted by the index privileges [read,all]"}],"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [svc-orders] with effective roles [orders_reader] on indices [payments-2026.05], this action is granted by the index privileges [read,all]"},"status":403}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD, 'status.mismatch'],
  },
  // elasticsearch-py's AuthorizationException for an API key whose role descriptors do not grant the action (a public
  // note: "elasticsearch.AuthorizationException: AuthorizationException(403, 'security_exception', 'action
  // [cluster:monitor/main] is unauthorized for API key id [dyLlOpUBcNADYlky6Egd] of user [elastic], this action is
  // granted by the cluster privileges [monitor,manage,all]')").
  {
    name: 'Elasticsearch: AuthorizationException, action is unauthorized for API key id […] of user […]',
    input:
      "elasticsearch.AuthorizationException: AuthorizationException(403, 'security_exception', 'action [cluster:monitor/main] is unauthorized for API key id [dyLlOpUBcNADYlky6Egd] of user [elastic], this action is granted by the cluster privileges [monitor,manage,all]')",
    ...A403,
    top: 'policy.deny',
    via: 'elasticsearch',
    excludes: [...MISREAD, 'token.missing'],
  },
  // Logstash's output plugin quoting the same 403 (a public ELK set-up write-up: "[403]
  // {"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/write/bulk] is unauthorized for
  // user [logstash]"}],…},"status":403}").
  {
    name: 'Elasticsearch: Logstash quoting a 403 bulk refusal (older wording, no roles)',
    input:
      '[403] {"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/write/bulk] is unauthorized for user [logstash]"}],"type":"security_exception","reason":"action [indices:data/write/bulk] is unauthorized for user [logstash]"},"status":403}',
    ...A403,
    top: 'policy.deny',
    via: 'elasticsearch',
    excludes: [...MISREAD, 'token.missing'],
  },
];

const ES_JWT_REALM: Row[] = [
  // Elasticsearch's JWT realm in its own log: JwtRealm's "Realm [jwt2] JWT validation failed for token=[…] with header
  // […] and claimSet […]" and the exception on the same line (elastic/elasticsearch#98758), here JwtDateClaimValidator's
  // "date claim [exp] value [ms] must be after now [ms]".
  {
    name: 'Elasticsearch JWT realm: date claim [exp] must be after now',
    input:
      '[2026-05-28T14:08:53,510][DEBUG][o.e.x.s.a.j.JwtRealm     ] [es01] Realm [jwt1] JWT validation failed for token=[https://login.example.com/orders-api/etl] with header [{"alg":"RS256","kid":"k1"}] and claimSet [{"aud":"orders-api","iss":"https://login.example.com/","sub":"etl","exp":1779977100,"iat":1779973500}] org.elasticsearch.ElasticsearchSecurityException: date claim [exp] value [1779977100000] must be after now [1779977333510]',
    ...REFUSED,
    top: 'time.expired',
    via: 'elasticsearch',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // JwtStringClaimValidator ("string claim [iss] has value [X] which does not match allowed claim values [Y]", the
  // realm's tests assert it), for the audience: the token's aud is not the realm's allowed_audiences.
  {
    name: 'Elasticsearch JWT realm: string claim [aud] does not match allowed claim values',
    input:
      'org.elasticsearch.ElasticsearchSecurityException: string claim [aud] has value [orders-api] which does not match allowed claim values [elasticsearch]',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Elasticsearch JWT realm: missing required date claim [exp]',
    input: 'org.elasticsearch.ElasticsearchSecurityException: missing required date claim [exp]',
    ...REFUSED,
    top: 'time.no-exp',
    via: 'elasticsearch',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const KAFKA: Row[] = [
  // The broker's Selector line for a refused OAUTHBEARER token: "Failed authentication with /10.1.8.1
  // ({"status":"invalid_token"}) (org.apache.kafka.common.network.Selector)" (strimzi/strimzi-kafka-operator#2662); the
  // JSON is RFC 7628's error challenge.
  {
    name: 'Kafka broker: Failed authentication with {"status":"invalid_token"}',
    input:
      '2026-05-28 14:03:29,068 INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({"status":"invalid_token"}) (org.apache.kafka.common.network.Selector) [data-plane-kafka-network-thread-0-ListenerName(PLAIN-9092)-SASL_PLAINTEXT-4]',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The client's exception for the same refusal (kafka_protocol's tests quote the broker's error message:
  // "Authentication failed during authentication due to invalid credentials with SASL mechanism OAUTHBEARER").
  {
    name: 'Kafka client: SaslAuthenticationException, invalid credentials with SASL mechanism OAUTHBEARER',
    input:
      'org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism OAUTHBEARER',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The broker's OAuthBearerValidatorCallbackHandler wrapping jose4j (kroxylicious/kroxylicious#1195: "Could not
  // validate the access token: JWT (claims->{…}) rejected due to invalid claims or other invalid content. Additional
  // details: [[…] …]"), here with jose4j's expiry detail (read by java.ts).
  {
    name: 'Kafka broker: OAuthBearerValidatorCallbackHandler, jose4j says the JWT is no longer valid',
    input:
      '2026-05-28 14:05:02 <KQueueEventLoopGroup-5-1> WARN  org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler:187 - Could not validate the access token: JWT (claims->{"iss":"https://login.example.com/","sub":"orders-producer","aud":"kafka","iat":1779973800,"exp":1779976920}) rejected due to invalid claims or other invalid content. Additional details: [[1] The JWT is no longer valid - the evaluation time NumericDate{1779977102 -> May 28, 2026, 2:05:02 PM UTC} is on or after the Expiration Time (exp=NumericDate{1779976920 -> May 28, 2026, 2:02:00 PM UTC}) claim value (even when providing 30 seconds of leeway to account for clock skew).]',
    ...REFUSED,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same validator when the broker has no expected audience configured and the token carries one (the
  // kroxylicious/kroxylicious#1195 capture, verbatim in shape: jose4j's "[8] Audience (aud) claim […] present in the
  // JWT but no expected audience value(s) were provided to the JWT Consumer"). The broker's configuration is what to fix.
  {
    name: 'Kafka broker: jose4j [8], no expected audience configured on the broker',
    input:
      '2026-05-28 14:08:08 <KQueueEventLoopGroup-5-1> WARN  org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler:187 - Could not validate the access token: JWT (claims->{"iss":"https://login.example.com/","sub":"orders-producer@clients","aud":"https://login.example.com/api/v2/","iat":1779973800,"exp":1780060200,"gty":"client-credentials","azp":"orders-producer"}) rejected due to invalid claims or other invalid content. Additional details: [[8] Audience (aud) claim [https://login.example.com/api/v2/] present in the JWT but no expected audience value(s) were provided to the JWT Consumer. Expected one of [] as an aud value.]',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'jose4j',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD, 'claim.aud-mismatch'],
  },
  // librdkafka (confluent-kafka, kcat) printing the broker's refusal: "SASL authentication error: Authentication failed
  // during authentication due to invalid credentials with SASL mechanism … (after 346ms in state AUTH_REQ)" (public
  // notes quote it for SCRAM; the mechanism is the one configured).
  {
    name: 'librdkafka: SASL authentication error … with SASL mechanism OAUTHBEARER',
    input:
      '%3|1779977337.563|FAIL|rdkafka#consumer-1| [thrd:sasl_ssl://kafka.example.com:9094/bootstrap]: sasl_ssl://kafka.example.com:9094/bootstrap: SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism OAUTHBEARER (after 346ms in state AUTH_REQ)',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // A client's Selector names the broker it failed with (strimzi/strimzi-kafka-oauth#41: a Spring Boot producer's "INFO
  // 11 --- [ad | producer-1] o.apache.kafka.common.network.Selector : [Producer clientId=producer-1] Failed
  // authentication with kafka-cluster-kafka-8.….svc.cluster.local/100.80.53.16 ({"status":"invalid_token"})").
  {
    name: 'Kafka producer: Failed authentication with <broker host>/<ip> ({"status":"invalid_token"})',
    input:
      '2026-05-28 14:07:07.560  INFO 11 --- [ad | producer-1] o.apache.kafka.common.network.Selector   : [Producer clientId=producer-1] Failed authentication with kafka-cluster-kafka-8.kafka-cluster-kafka-brokers.orders.svc.cluster.local/100.80.53.16 ({"status":"invalid_token"})',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'kafka',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Strimzi's validator behind the broker, its reason carried to the client (strimzi/strimzi-kafka-oauth#120:
  // "io.strimzi.kafka.oauth.validator.TokenValidationException: Token validation failed: Unknown signing key" in every
  // client after the IdP rotated its keys; the validator prints the kid: "(kid:" + kid + ")").
  {
    name: 'Strimzi OAuth: Token validation failed: Unknown signing key (kid:…)',
    input:
      'org.apache.kafka.common.errors.SaslAuthenticationException: Token validation failed: Unknown signing key (kid:6g3oZ0bF1oVlq8h9x2kK3yqvR5d1xY4Wm7Tn0cPzA2E)',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'strimzi-kafka-oauth',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const RABBITMQ: Row[] = [
  // rabbitmq_auth_backend_oauth2 (rabbit_auth_backend_oauth2.erl, validate_token_expiry): "Provided JWT token has
  // expired at timestamp ~p (validated at ~p)", logged at error as a public deployment's log shows it.
  {
    name: 'RabbitMQ OAuth 2 backend: Provided JWT token has expired at timestamp',
    input:
      'provider-rabbitmq | 2026-05-28 14:02:12.386744+00:00 [error] <0.10835.0> Provided JWT token has expired at timestamp 1779976920 (validated at 1779977532)',
    ...REFUSED,
    top: 'time.expired',
    via: 'rabbitmq',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same backend's refusal of a token it could not decode or verify: "Authentication using an OAuth 2/JWT token
  // failed: provided token is invalid" (rabbit_auth_backend_oauth2.erl, user_login_authentication).
  {
    name: 'RabbitMQ OAuth 2 backend: provided token is invalid',
    input:
      '2026-05-28 14:02:12.386744+00:00 [warning] <0.11021.0> HTTP access denied: Authentication using an OAuth 2/JWT token failed: provided token is invalid',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'rabbitmq',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // …and with the reason printed (~p): {error,key_not_found}, the token's kid not in the configured keys (the
  // backend's own test suite asserts it for a token signed with another kid).
  {
    name: 'RabbitMQ OAuth 2 backend: {error,key_not_found}',
    input:
      '2026-05-28 14:02:12.386744+00:00 [warning] <0.11021.0> Authentication using an OAuth 2/JWT token failed: {error,key_not_found}',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'rabbitmq',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // …and with no issuer configured for the token's provider (the backend's suite asserts "Authentication using an OAuth
  // 2/JWT token failed: ~tp" with [{error,{missing_oauth_provider_attributes, [issuer]}}]): the broker's configuration.
  {
    name: 'RabbitMQ OAuth 2 backend: {error,{missing_oauth_provider_attributes,[issuer]}}',
    input:
      '2026-05-28 14:02:12.386744+00:00 [warning] <0.11021.0> Authentication using an OAuth 2/JWT token failed: {error,{missing_oauth_provider_attributes,[issuer]}}',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'rabbitmq',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const HASHICORP: Row[] = [
  // Consul's CLI for a token it does not know (hashicorp/consul#14676: "Error retrieving members: Unexpected response
  // code: 403 (ACL not found)", with CONSUL_HTTP_TOKEN set to a random value).
  {
    name: 'Consul: 403 (ACL not found) for a token Consul does not know',
    input: [
      '$ export CONSUL_HTTP_TOKEN=$TOKEN',
      '$ consul members',
      'Error retrieving members: Unexpected response code: 403 (ACL not found)',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'consul',
    // Stop 22: Consul answers an unknown token with 403 by design (classify.ts FORBIDDEN_BY_DESIGN): no status.mismatch.
    excludes: [...NOT_MISSING, ...MISREAD, 'policy.deny', 'status.mismatch'],
  },
  // Consul refusing a known token its policies do not allow (hashicorp/consul#7095: "Failed to retrieve the token
  // list: Unexpected response code: 403 (rpc error making call: Permission denied)").
  {
    name: 'Consul: 403 (rpc error making call: Permission denied)',
    input:
      'Failed to retrieve the token list: Unexpected response code: 403 (rpc error making call: Permission denied)',
    ...A403,
    top: 'policy.deny',
    via: 'consul',
    excludes: [...MISREAD, 'status.mismatch'],
  },
  // Consul's reply body when no token was sent: the anonymous token's policy refused it (consul/api's tests assert
  // "Unexpected response code: 403 (Permission denied: anonymous token lacks permission 'acl:read'. The anonymous
  // token is used implicitly when a request does not specify a token.)", and a public Consul-on-Kubernetes note shows
  // it from `consul acl token list` before CONSUL_HTTP_TOKEN is exported).
  {
    name: 'Consul: 403, the anonymous token lacks permission (no token sent)',
    input: [
      '$ consul acl token list',
      "Failed to retrieve the token list: Unexpected response code: 403 (Permission denied: anonymous token lacks permission 'acl:read'. The anonymous token is used implicitly when a request does not specify a token.)",
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'token.missing',
    via: 'consul',
    excludes: [...MISREAD, 'policy.deny', 'status.mismatch'],
  },
  // A known token its policies do not allow (a public set-up script's expected error: "Error querying agent:
  // Unexpected response code: 403 (Permission denied: token with AccessorID '00000000-0000-0000-0000-000000000002'
  // lacks permission 'agent:read' on \"consul\")").
  {
    name: 'Consul: 403, token with AccessorID lacks permission',
    input:
      "Error querying agent: Unexpected response code: 403 (Permission denied: token with AccessorID '3f6d2e0c-5b7a-4c1e-9d8f-2a1b0c9e8d7f' lacks permission 'agent:read' on \"consul\")",
    ...A403,
    top: 'policy.deny',
    via: 'consul',
    excludes: [...MISREAD, ...NOT_MISSING, 'status.mismatch'],
  },
  // Nomad's (and Consul's) bare denial through the same client ("Error querying jobs: Unexpected response code: 403
  // (Permission denied)", public Nomad set-up notes before `nomad acl bootstrap`, and for a token whose policy does not
  // grant the job). It does not say whether a token was sent.
  {
    name: 'Nomad: 403 (Permission denied)',
    input: ['$ nomad status', 'Error querying jobs: Unexpected response code: 403 (Permission denied)'].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'hashicorp-api',
    excludes: [...MISREAD, 'status.mismatch'],
  },
  // Nomad's CLI for an unknown token (hashicorp/nomad-pack's tests: "Unexpected response code: 403 (ACL token not
  // found)" for --token=bad00000-…).
  {
    name: 'Nomad: 403 (ACL token not found)',
    input: 'Error getting job list: Unexpected response code: 403 (ACL token not found)',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'nomad',
    includes: ['status.mismatch'],
    excludes: [...NOT_MISSING, ...MISREAD, 'policy.deny'],
  },
];

const ARGOCD: Row[] = [
  // The argocd CLI's fatal line for an expired session token (public runbooks quote it verbatim:
  // {"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: token has invalid claims: token is
  // expired","time":"…"}).
  {
    name: 'Argo CD CLI: invalid session: token has invalid claims: token is expired',
    input:
      '{"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: token has invalid claims: token is expired","time":"2026-05-28T16:02:18+02:00"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'argocd',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The API server's 401 body for the same (Argo CD clients' test servers reproduce it: {"error":"invalid session:
  // token has invalid claims: token is expired","code":16,"message":"…"}).
  {
    name: 'Argo CD API: 401 with the expired token in the request',
    input: [
      `$ curl -s -i https://argocd.example.com/api/v1/applications -H "Authorization: Bearer ${EXPIRED_MASKED}"`,
      S401,
      JSON_CT,
      '',
      '{"error":"invalid session: token has invalid claims: token is expired","code":16,"message":"invalid session: token has invalid claims: token is expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: 1779976920,
  },
  // Every session token issued before the account's password changed (a public lab's warning quotes the CLI:
  // {"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: account password has changed since
  // token issued",…}): the token was sent and is no longer accepted, not missing.
  {
    name: 'Argo CD CLI: invalid session: account password has changed since token issued',
    input:
      '{"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: account password has changed since token issued","time":"2026-05-28T14:01:00Z"}',
    ...REFUSED,
    top: 'token.revoked',
    via: 'argocd',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The server's grpc log for an SSO token when no SSO is configured (a public issue's argocd-server log:
  // error="rpc error: code = Unauthenticated desc = invalid session: SSO is not configured" grpc.code=Unauthenticated …).
  {
    name: 'Argo CD server: invalid session: SSO is not configured',
    input:
      'time="2026-05-28T14:12:04Z" level=info msg="finished unary call with code Unauthenticated" error="rpc error: code = Unauthenticated desc = invalid session: SSO is not configured" grpc.code=Unauthenticated grpc.method=List grpc.service=application.ApplicationService grpc.start_time="2026-05-28T14:12:04Z" grpc.time_ms=0.116 span.kind=server system=grpc',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'argocd',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // golang-jwt's words after "invalid session: " are golang-jwt's reading ("rpc error: code = Unauthenticated desc =
  // invalid session: token signature is invalid: signature is invalid", a public runbook's stale CLI session).
  {
    name: 'Argo CD CLI: invalid session: token signature is invalid',
    input: 'rpc error: code = Unauthenticated desc = invalid session: token signature is invalid: signature is invalid',
    ...REFUSED,
    top: 'signature.invalid',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Argo CD's RBAC (util/rbac EnforceErr: "rpc error: code = PermissionDenied desc = permission denied: applications,
  // get, foo/bar"; the CLI adds the subject and iat, as public write-ups show: "FATA[0002] rpc error: code =
  // PermissionDenied desc = permission denied: applications, delete, project-with-role/demo, sub:
  // proj:project-with-role:ci-role, iat: 2024-02-27T06:32:45Z").
  {
    name: 'Argo CD CLI: PermissionDenied for a project role token',
    input:
      'FATA[0002] rpc error: code = PermissionDenied desc = permission denied: applications, sync, payments/orders-prod, sub: proj:payments:ci-role, iat: 2026-05-28T06:32:45Z',
    ...DENIED,
    top: 'policy.deny',
    via: 'argocd',
    excludes: MISREAD,
  },
  // argocd-server's own log for the same denial (a public multi-tenant lab's `kubectl logs deploy/argocd-server | grep
  // "permission denied"`: level=warning msg="user tried to get application which they do not have access to: rpc error:
  // code = PermissionDenied desc = permission denied: applications, get, storefront/storefront-prod-workload, sub:
  // team-a-dev, iat: …" application=… user=team-a-dev).
  {
    name: 'Argo CD server log: user tried to get application which they do not have access to',
    input:
      'time="2026-05-28T14:02:11Z" level=warning msg="user tried to get application which they do not have access to: rpc error: code = PermissionDenied desc = permission denied: applications, get, storefront/storefront-prod-workload, sub: team-a-dev, iat: 2026-05-28T13:38:14Z" application=storefront-prod-workload namespace=argocd project=storefront security=2 user=team-a-dev',
    ...DENIED,
    top: 'policy.deny',
    via: 'argocd',
    excludes: MISREAD,
  },
  // The API's reply for a cluster the caller may not read (a public RBAC bug report's curl: {"error":"permission
  // denied: clusters, get, , sub: alice, iat: 2022-11-04T20:25:44Z","code":7,"message":"…"}; code 7 is gRPC's
  // PermissionDenied).
  {
    name: 'Argo CD API: permission denied: clusters, get (code 7)',
    input: [
      `$ curl -k 'https://localhost:8080/api/v1/clusters/in-cluster?id.type=name' -H "Authorization: Bearer ${FRESH_MASKED}"`,
      '{"error":"permission denied: clusters, get, , sub: alice, iat: 2026-05-28T13:25:44Z","code":7,"message":"permission denied: clusters, get, , sub: alice, iat: 2026-05-28T13:25:44Z"}',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'argocd',
    excludes: [...MISREAD, ...NOT_MISSING],
  },
];

const NATS: Row[] = [
  // NATS server's protocol error for credentials (a user JWT, a token) it does not accept: -ERR 'Authorization
  // Violation' after its INFO line (public set-up notes show it for an unauthenticated PUB over nc; nats.java's tests
  // assert the client's "nats: 'Authorization Violation'").
  {
    name: 'NATS: Authorization Violation for a refused user JWT',
    input: [
      "$ printf 'PUB orders.created 1\\r\\na\\r\\n' | nc nats.internal 4222",
      'INFO {"server_id":"NCN74AT3XD6OBJIKFUN3TNNWT6Q3JNI4RUDLWYJPBMSNG4AVWU53MQSV","version":"2.11.3","auth_required":true,"max_payload":1048576}',
      "-ERR 'Authorization Violation'",
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'nats',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // nats.go's ErrAuthExpired, the user JWT's exp passed ("nats: User Authentication Expired", as a public incident
  // note quotes a sidecar's log).
  {
    name: 'NATS: User Authentication Expired',
    input: 'time=2026-05-28T14:01:00Z level=ERROR msg="nats connection closed" err="nats: User Authentication Expired"',
    ...REFUSED,
    top: 'time.expired',
    via: 'nats',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // -ERR 'User Authentication Revoked': the account revoked the user's JWT (a public nats.go analysis quotes the
  // server's accounts.go sending it; nats.go maps it to ErrAuthRevoked).
  {
    name: 'NATS: User Authentication Revoked',
    input: [
      'INFO {"server_id":"NCN74AT3XD6OBJIKFUN3TNNWT6Q3JNI4RUDLWYJPBMSNG4AVWU53MQSV","version":"2.11.3"}',
      "-ERR 'User Authentication Revoked'",
    ].join('\n'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'nats',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const OPENSEARCH: Row[] = [
  // OpenSearch security's authorization failure (public FGAC write-ups quote the reply: "type" : "security_exception",
  // "reason" : "no permissions for [indices:data/read/search] and User [name=clienta_test, backend_roles=[kibanauser,
  // client_cla], requestedTenant=null]", "status" : 403).
  {
    name: 'OpenSearch security: 403 no permissions for [indices:data/read/search] and User […]',
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      S403,
      JSON_CT,
      '',
      '{"error":{"root_cause":[{"type":"security_exception","reason":"no permissions for [indices:data/read/search] and User [name=clienta_test, backend_roles=[kibanauser, client_cla], requestedTenant=null]"}],"type":"security_exception","reason":"no permissions for [indices:data/read/search] and User [name=clienta_test, backend_roles=[kibanauser, client_cla], requestedTenant=null]"},"status":403}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'opensearch-security',
    excludes: [...NOT_MISSING, ...MISREAD, 'status.mismatch', 'scope.insufficient'],
  },
  // OpenSearch Dashboards' log of the same (a public 403 runbook: "[security_exception]: no permissions for
  // [indices:data/read/search] and User [name=admin, backend_roles=[], requestedTenant=null]").
  {
    name: 'OpenSearch Dashboards log: [security_exception]: no permissions for …',
    input:
      '[security_exception]: no permissions for [indices:data/read/search] and User [name=admin, backend_roles=[], requestedTenant=null]',
    ...DENIED,
    top: 'policy.deny',
    via: 'opensearch-security',
    excludes: MISREAD,
  },
  // OpenSearch security's JWT/OpenID authenticator (AbstractHTTPJwtAuthenticator logs "Extracting JWT token from {}
  // failed" with the BadCredentialsException that wraps the cause; opensearch-project/security#440), here Apache CXF's
  // expiry check ("Caused by: org.apache.cxf.rs.security.jose.jwt.JwtException: The token has expired … at
  // org.apache.cxf.rs.security.jose.jwt.JwtUtils.validateJwtExpiry(JwtUtils.java:58)",
  // opensearch-project/security-dashboards-plugin#1522).
  {
    name: 'OpenSearch security: Extracting JWT token from … failed, CXF says the token has expired',
    input: [
      '[2026-05-28T14:03:52,648][INFO ][c.a.d.a.h.j.AbstractHTTPJwtAuthenticator] [K3yiX0x] Extracting JWT token from eyJhbGciOiJSUzI1NiI....EO4vPMzm3ZQ failed',
      'com.amazon.dlic.auth.http.jwt.keybyoidc.BadCredentialsException: The token has expired',
      'Caused by: org.apache.cxf.rs.security.jose.jwt.JwtException: The token has expired',
      '\tat org.apache.cxf.rs.security.jose.jwt.JwtUtils.validateJwtExpiry(JwtUtils.java:58) ~[cxf-rt-rs-security-jose-3.5.5.jar:3.5.5]',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'apache-cxf',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // JwtVerifier's own signature failure (BadCredentialsException("Invalid JWT signature"), opensearch-project/security
  // JwtVerifier.java).
  {
    name: 'OpenSearch security: BadCredentialsException: Invalid JWT signature',
    input: [
      '[2026-05-28T14:03:52,648][INFO ][c.a.d.a.h.j.AbstractHTTPJwtAuthenticator] [node-1] Extracting JWT token from eyJhbGciOiJSUzI1NiI....EO4vPMzm3ZQ failed',
      'com.amazon.dlic.auth.http.jwt.keybyoidc.BadCredentialsException: Invalid JWT signature',
    ].join('\n'),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'opensearch-security',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // OpenSearch 2.x parsing a credential that is no JWT (opensearch-project/OpenSearch#16752: a 401 whose trace log says
  // "Invalid serialized unsecured/JWS/JWE object: Missing part delimiters", Nimbus' parser).
  {
    name: 'OpenSearch 2.x: Nimbus says Missing part delimiters (an opaque token sent as a JWT)',
    input: [
      S401,
      JSON_CT,
      '',
      '{"statusCode":401,"error":"Unauthorized","message":"Unauthorized"}',
      'and the node’s trace log says: Invalid serialized unsecured/JWS/JWE object: Missing part delimiters',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
    via: 'nimbus',
    excludes: NOT_MISSING,
  },
];

const GRAFANA_TEMPORAL: Row[] = [
  // Grafana's API-key client for a token it does not accept (pkg/services/authn/clients/api_key.go, errAPIKeyInvalid;
  // a public note quoting `401 {"messageId":"api-key.invalid"}` for a Cloud access-policy token sent to the
  // provisioning API).
  {
    name: 'Grafana: 401 Invalid API key, messageId api-key.invalid',
    input: [
      '$ curl -s -i https://grafana.example.com/api/v1/provisioning/alert-rules -H "Authorization: Bearer $GRAFANA_TOKEN"',
      S401,
      JSON_CT,
      '',
      '{"message":"Invalid API key","messageId":"api-key.invalid","statusCode":401,"traceID":""}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'grafana',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Grafana: 401 Expired API key (a service account token past its expiry)',
    input: [
      S401,
      JSON_CT,
      '',
      '{"message":"Expired API key","messageId":"api-key.expired","statusCode":401,"traceID":""}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'grafana',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Temporal's frontend: the claim mapper's golang-jwt verdict (temporalio/temporal#4052: {"level":"error",…,"msg":
  // "Authorization error","error":"Token is expired","logging-call-at":"interceptor.go:169"}).
  {
    name: 'Temporal frontend: Authorization error, Token is expired',
    input:
      'temporal-frontend {"level":"error","ts":"2026-05-28T14:08:38.955Z","msg":"Authorization error","error":"Token is expired","logging-call-at":"interceptor.go:169"}',
    ...REFUSED,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Its Authorizer's denial (temporalio/temporal#4864: "error":"Request unauthorized."), as a gRPC client prints it.
  {
    name: 'Temporal: PermissionDenied desc = Request unauthorized.',
    input: 'rpc error: code = PermissionDenied desc = Request unauthorized.',
    ...DENIED,
    top: 'policy.deny',
    via: 'temporal',
    excludes: MISREAD,
  },
  // Trino's JWT authenticator answering a client's token it did not accept: a 401 whose challenges offer Basic and a
  // Bearer with token_type="JWT" and no error (trino-python-client's tests parse 'Basic realm="Trino", Bearer
  // realm="Trino", token_type="JWT"'). The token was sent, so the challenge without an error is Trino withholding its
  // reason (its server log says why), not a missing token, and its Basic challenge is not another auth layer.
  {
    name: 'Trino: 401 with Bearer realm="Trino", token_type="JWT" for a token it refused',
    input: [
      `$ curl -s -i https://trino.example.com/v1/statement -H 'X-Trino-User: etl' -H 'Authorization: Bearer ${FRESH_MASKED}' -d 'SELECT 1'`,
      S401,
      'WWW-Authenticate: Basic realm="Trino", Bearer realm="Trino", token_type="JWT"',
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error'],
    excludes: [...NOT_MISSING, ...MISREAD, 'challenge.scheme-mismatch'],
  },
  // Trino's internal (node-to-node) JWT (trinodb/trino#26479: "io.trino.server.InternalAuthenticationManager
  // Internal authentication failed" then jjwt's ExpiredJwtException).
  {
    name: 'Trino worker: Internal authentication failed, jjwt ExpiredJwtException',
    input: [
      'ERROR    http-worker-47383    io.trino.server.InternalAuthenticationManager    Internal authentication failed',
      'io.jsonwebtoken.ExpiredJwtException: JWT expired 3974 milliseconds ago at 2026-05-28T14:09:24.000Z. Current time: 2026-05-28T14:09:27.974Z. Allowed clock skew: 0 milliseconds.',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jjwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Airflow 3's API server: the auth manager wrapping PyJWT's reason (apache/airflow#60250: "[error    ] JWT token is
  // not valid: Signature has expired [airflow.api_fastapi.auth.managers.base_auth_manager] loc=base_auth_manager.py:107"
  // beside uvicorn's access line), and the execution API naming the token it failed to validate (apache/airflow#48536:
  // "[warning  ] Failed to validate JWT         [airflow.api_fastapi.execution_api.deps] token=eyJ…").
  {
    name: 'Airflow API server: JWT token is not valid: Signature has expired',
    input: [
      '2026-05-28T14:02:38.922415Z [error    ] JWT token is not valid: Signature has expired [airflow.api_fastapi.auth.managers.base_auth_manager] loc=base_auth_manager.py:107',
      'INFO:     10.60.3.1:50116 - "GET /api/v2/dags/base_feed_generation/dagRuns HTTP/1.1" 401 Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Airflow execution API: Failed to validate JWT, with the (expired) token',
    input: `2026-05-28 14:09:21 [warning  ] Failed to validate JWT         [airflow.api_fastapi.execution_api.deps] token=${EXPIRED_MASKED}`,
    ...REFUSED,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: 1779976920,
  },
];

const MINIO: Row[] = [
  // MinIO's STS refusing the OIDC token given to AssumeRoleWithWebIdentity (cmd/sts-errors.go: ErrSTSWebIdentityExpiredToken,
  // code ExpiredToken, HTTP 400, in its STSErrorResponse XML: ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/",
  // Error/Type/Code/Message, RequestId). The message is AWS STS's, and a disjunction: a refused token.
  {
    name: 'MinIO STS: 400 ExpiredToken for AssumeRoleWithWebIdentity',
    input: [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/xml',
      '',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type></Type><Code>ExpiredToken</Code><Message>The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.</Message></Error><RequestId>16A0511DEEF49C40</RequestId></ErrorResponse>',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'aws-sts',
    includes: ['status.not-auth'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // MinIO's own error print for an OIDC token issued in the future by the IdP's clock (molgenis/molgenis-service-armadillo
  // #146: "API: AssumeRoleWithWebIdentity() … Error: Token used before issued (*jwt.ValidationError)", golang-jwt v3's
  // message). Its Host/UserAgent fields are read as request headers (a leftover), so only the cause is asserted.
  {
    name: 'MinIO STS: Token used before issued (*jwt.ValidationError)',
    input: [
      'API: AssumeRoleWithWebIdentity()',
      'Time: 14:09:14 UTC 05/28/2026',
      'DeploymentID: eddabc74-3092-482d-af2c-8911ddc0b6d6',
      'RequestID: 16A0511DEEF49C40',
      'RemoteHost: 10.253.50.235',
      'Host: tenant1-pool-0-2.tenant1-hl.minio.svc.cluster.local:9000',
      'UserAgent: Go-http-client/1.1',
      'Error: Token used before issued (*jwt.ValidationError)',
      '       4: cmd/sts-errors.go:58:cmd.writeSTSErrorResponse()',
    ].join('\n'),
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'golang-jwt',
    excludes: MISREAD,
  },
];

const REMOTE_WRITE: Row[] = [
  // Prometheus' (and Tempo's, Agent's) remote-write queue for a 401 from the auth proxy in front of Mimir/Loki
  // ("msg=\"non-recoverable error\" … err=\"server returned HTTP status 401 Unauthorized: Unauthorized\"", quoted from a
  // Tempo metrics-generator log in a public write-up). The reply names no reason; the status is the remote's.
  {
    name: 'Prometheus remote write: server returned HTTP status 401 Unauthorized',
    input:
      'ts=2026-05-28T14:05:11.123Z caller=dedupe.go:112 component=remote level=error remote_name=9f3a1c url=https://mimir.example.com/api/v1/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 401 Unauthorized: Unauthorized"',
    ...A401,
    excludes: MISREAD,
  },
  // Grafana Cloud's gateway refusing the remote-write credentials (a public Grafana Agent fix note: "server returned
  // HTTP status 401 Unauthorized: authentication error: invalid authentication credentials").
  {
    name: 'Prometheus remote write to Grafana Cloud: authentication error: invalid authentication credentials',
    input:
      'ts=2026-05-28T14:05:11.123Z caller=dedupe.go:112 component=remote level=error remote_name=9f3a1c url=https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 401 Unauthorized: authentication error: invalid authentication credentials"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'grafana-cloud',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'prose: a runbook line about Consul ACL errors',
    input: 'If consul says ACL not found, check that CONSUL_HTTP_TOKEN points at the right datacenter.',
    ...QUIET,
  },
  {
    name: 'prose: an Elasticsearch role description',
    input: 'The orders_reader role grants read on payments-*; without it a search is unauthorized for the user.',
    ...QUIET,
  },
  {
    name: 'prose: RabbitMQ docs on token expiry',
    input: 'RabbitMQ closes connections whose token has expired unless the client refreshes it.',
    ...QUIET,
  },
  {
    name: 'a Kafka broker line for a successful re-authentication',
    input:
      '[2026-05-28 14:05:09,254] DEBUG [SocketServer listenerType=ZK_BROKER, nodeId=1] Successfully authenticated with /127.0.0.1 (org.apache.kafka.common.network.Selector)',
    ...QUIET,
  },
];

describe('formats, round 17c: Elasticsearch', () => {
  it.each(ELASTICSEARCH)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: Elasticsearch JWT realm', () => {
  it.each(ES_JWT_REALM)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: Kafka SASL/OAUTHBEARER', () => {
  it.each(KAFKA)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: RabbitMQ', () => {
  it.each(RABBITMQ)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: Consul and Nomad', () => {
  it.each(HASHICORP)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: Argo CD', () => {
  it.each(ARGOCD)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: NATS', () => {
  it.each(NATS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: OpenSearch security', () => {
  it.each(OPENSEARCH)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: Grafana, Temporal, Trino', () => {
  it.each(GRAFANA_TEMPORAL)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: MinIO STS', () => {
  it.each(MINIO)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: remote write', () => {
  it.each(REMOTE_WRITE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17c: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

// The services' words where they are not the service's message: each must leave that service's rows silent.
const NOT_THE_SERVICE: [line: string, library: string][] = [
  ['The docs list api-key.invalid and api-key.expired among the error ids.', 'grafana'],
  ['{"error":"Request unauthorized."}', 'temporal'],
  ['Extracting JWT token from the Authorization header is the first step.', 'opensearch-security'],
  ['{"error":"token expired"}', 'elasticsearch'],
  ['The date claim [exp] is checked before the string claim [aud] in our own validator.', 'elasticsearch'],
  ['The service account has no permissions for [the payments bucket] yet.', 'opensearch-security'],
  // Hadoop's IPC server (an AccessControlException, "Connection from … for protocol … is unauthorized for user …").
  ['Connection from 10.0.0.5:41234 for protocol ClientProtocol is unauthorized for user bob', 'elasticsearch'],
  // Hadoop's capacity scheduler ("ACL not found for queue access-type …") and an app's own NotFoundException.
  ['ACL not found for queue access-type SUBMIT_APPLICATIONS for queue root.default', 'consul'],
  ["throw new NotFoundException('ACL not found');", 'consul'],
  ['Zero authorization violations were recorded in the audit.', 'nats'],
  // Kafka's Selector for a TLS client certificate it refused: not a token.
  ['Failed authentication with /10.1.8.1 (SSL handshake failed) (org.apache.kafka.common.network.Selector)', 'kafka'],
  ['bash: ./deploy.sh: Permission denied', 'hashicorp-api'],
  // A SCRAM (password) refusal is not a token's, and another app's "could not validate the access token" is not Kafka's.
  [
    'sasl_ssl://kafka.example.com:9094/bootstrap: SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (after 346ms in state AUTH_REQ)',
    'kafka',
  ],
  ['Log::error("Could not validate the access token: " . $e->getMessage());', 'kafka'],
  ['logger.warning("Failed to validate JWT")', 'airflow'],
  ['The login page shows "invalid session: please sign in again" to the user.', 'argocd'],
];

describe('formats, round 17c: the same words elsewhere are not the service’s', () => {
  it.each(NOT_THE_SERVICE)('%s', (line, library) => {
    expect(matchVerifierMessages(line).filter((h) => h.library === library)).toEqual([]);
  });
});

describe('formats, round 17c: a signed token in the paste is never echoed', () => {
  it('Argo CD and Elasticsearch replies with the full expired token in the request', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    for (const body of [
      '{"error":"invalid session: token has invalid claims: token is expired","code":16,"message":"invalid session: token has invalid claims: token is expired"}',
      '{"error":{"root_cause":[{"type":"security_exception","reason":"token expired"}],"type":"security_exception","reason":"token expired"},"status":401}',
    ])
      await expectPasteRow(
        {
          name: 'signed token',
          input: [`Authorization: Bearer ${EXPIRED}`, S401, JSON_CT, '', body].join('\n'),
          ...A401,
          top: 'time.expired',
          excludes: NOT_MISSING,
        },
        [signature],
      );
  });

  it('OpenSearch security quoting the whole token it failed to extract', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'signed token in the log line',
        input: [
          `[2026-05-28T14:03:52,648][INFO ][c.a.d.a.h.j.AbstractHTTPJwtAuthenticator] [node-1] Extracting JWT token from ${EXPIRED} failed`,
          'Caused by: org.apache.cxf.rs.security.jose.jwt.JwtException: The token has expired',
        ].join('\n'),
        ...REFUSED,
        top: 'time.expired',
        excludes: NOT_MISSING,
        tokenExp: 1779976920,
      },
      [signature],
    );
  });
});
