/**
 * Databases, key-value stores and brokers that authenticate a client with a JWT or a token of their own, as their
 * drivers, CLIs and server logs print the refusal: libSQL's server (Turso, sqld), CockroachDB's JWT authentication,
 * etcd's auth tokens, Apache Pulsar's token authentication, and Redis' AUTH as Upstash's clients print it. Each row
 * names the product, so the steps are the product's own (its token command, its cluster settings, its TTL).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, family, namedNear, textAround } from './matcher.js';

const libsql = family('libsql');
const cockroachdb = family('cockroachdb');
const etcd = family('etcd');
const pulsar = family('pulsar');
const redis = family('redis');
const upstash = family('upstash');

/** libSQL's "The JWT is invalid" / "has expired" are anyone's words: its own with Turso, libSQL or Hrana named near. */
const LIBSQL_NEAR = namedNear(1500, 1500, 'turso', 'libsql', 'hrana', 'sqld');

/**
 * CockroachDB's "JWT authentication: …" as its SQL clients and logs print it: a SQLSTATE (28000) or the product, its
 * login option, its event name or its package beside the words, which another server's log could also say.
 */
const CRDB_NEAR = namedNear(800, 800, 'sqlstate', 'cockroach', 'crdb', 'client_authentication_failed', 'jwtauthccl');
const crdbNear = (f: Fragment): Reading | null => CRDB_NEAR(f);

/**
 * CockroachDB's "JWT authentication: unable to validate token" is any failure of the issuer's keys or of the token
 * against them; its event log's Detail beside it says which: "unable to fetch jwks" or "unable to get OIDC provider",
 * the keys not reached.
 */
function crdbUnableToValidate(f: Fragment): Reading | null {
  if (CRDB_NEAR(f) === null) return null;
  return /unable to (?:fetch jwks|get OIDC provider)/.test(f.after(240, true)) ? { code: 'key.jwks-unavailable' } : {};
}

/** etcd's server log line "invalid auth token" as its zap JSON prints it, with its caller (auth/store.go) beside. */
function etcdStoreCaller(f: Fragment): Reading | null {
  return textAround(f, 120, 0).includes('"caller":"auth/store.go') ? {} : null;
}

export const DATA_PLANES: readonly Matcher[] = [
  // libSQL's server (tursodatabase/libsql libsql-server/src/auth/errors.rs, AuthError; the same enum in sqld before it):
  // "The JWT is invalid" (AUTH_JWT_INVALID), "The JWT has expired", "The JWT is immature (not valid yet)",
  // "Authentication is required but no JWT was specified" (AUTH_JWT_MISSING, drizzle-team/drizzle-orm#902), "The
  // `Authorization` HTTP header is required but was not specified" (the same issue, through LibsqlError), "Expected
  // authorization header but none given" (the Turso CLI's shell, tursodatabase/turso-cli#632, with "The JWT is
  // invalid" beside it); Turso's proxy: "unauthorized access attempt on database: empty JWT token"
  // (tursodatabase/sqlalchemy-libsql#3).
  libsql('jwt-invalid', 'challenge.invalid-token', 'The JWT is invalid', { exactCase: true, read: LIBSQL_NEAR }),
  libsql('jwt-expired', 'time.expired', 'The JWT has expired', { exactCase: true, read: LIBSQL_NEAR }),
  libsql('jwt-immature', 'time.not-yet-valid', 'The JWT is immature (not valid yet)', { exactCase: true }),
  libsql('jwt-missing', 'token.missing', 'Authentication is required but no JWT was specified', { exactCase: true }),
  libsql(
    'authorization-header-missing',
    'token.missing',
    'The `Authorization` HTTP header is required but was not specified',
    { exactCase: true },
  ),
  libsql('auth-header-not-found', 'token.missing', 'Expected authorization header but none given', {
    exactCase: true,
    read: LIBSQL_NEAR,
  }),
  libsql('empty-jwt', 'token.missing', 'unauthorized access attempt on database: empty JWT token', { exactCase: true }),

  // CockroachDB's JWT authentication (cockroachdb/cockroach pkg/ccl/jwtauthccl/authentication_jwt.go, ValidateJWTLogin),
  // SQLSTATE 28000: "JWT authentication: invalid token" with jwx's reason as its DETAIL ("unable to parse token: exp not
  // satisfied", cockroachdb/cockroach#123697), which jwx's rows read; "…: invalid issuer" (not in
  // server.jwt_authentication.issuers, DETAIL "token issued by …"); "…: invalid audience" (not
  // server.jwt_authentication.audience); "…: not enabled"; "…: unable to validate token" (the issuer's keys, or the
  // token against them, through server.jwt_authentication.jwks_auto_fetch.enabled).
  cockroachdb('invalid-token', 'challenge.invalid-token', 'JWT authentication: invalid token', {
    exactCase: true,
    refinable: true,
    read: crdbNear,
  }),
  cockroachdb('invalid-issuer', 'claim.iss-mismatch', 'JWT authentication: invalid issuer', {
    exactCase: true,
    read: (f) => {
      if (CRDB_NEAR(f) === null) return null;
      const m = /token issued by (\S{1,300})/.exec(f.after(320, true));
      return m === null ? {} : { args: { actual: m[1] as string } };
    },
  }),
  cockroachdb('invalid-audience', 'claim.aud-mismatch', 'JWT authentication: invalid audience', {
    exactCase: true,
    read: crdbNear,
  }),
  cockroachdb('not-enabled', 'verifier.misconfigured', 'JWT authentication: not enabled', {
    exactCase: true,
    read: crdbNear,
  }),
  cockroachdb('unable-to-validate', 'challenge.invalid-token', 'JWT authentication: unable to validate token', {
    exactCase: true,
    read: crdbUnableToValidate,
  }),

  // etcd's auth tokens (etcd-io/etcd api/v3rpc/rpctypes/error.go: ErrGRPCInvalidAuthToken, codes.Unauthenticated,
  // "etcdserver: invalid auth token"; the server's own warning "auth: invalid auth token: <token>", and its zap JSON
  // {"caller":"auth/store.go:…","msg":"invalid auth token"}): a simple token past --auth-token-ttl or from before the
  // member restarted or was replaced (etcd-io/etcd#9629, #13134), or a JWT token past its ttl or signed with another
  // key (etcd-io/etcd#12088, bitnami/charts#13759, where "auth: failed to parse jwt token: …" names golang-jwt's
  // reason). kragniz/python-etcd3#1315 prints the gRPC status.
  etcd('invalid-auth-token', 'challenge.invalid-token', 'etcdserver: invalid auth token', {
    exactCase: true,
    refinable: true,
  }),
  etcd('log-invalid-auth-token', 'challenge.invalid-token', 'auth: invalid auth token', {
    exactCase: true,
    refinable: true,
  }),
  etcd('store-invalid-auth-token', 'challenge.invalid-token', '"msg":"invalid auth token"', {
    exactCase: true,
    read: etcdStoreCaller,
  }),
  // …and its RBAC refusing a user it authenticated (ErrGRPCPermissionDenied, codes.PermissionDenied, etcd-io/etcd#12088).
  etcd('permission-denied', 'policy.deny', 'etcdserver: permission denied', { exactCase: true }),

  // Apache Pulsar's client refused by the broker's authentication provider (apache/pulsar#14136: "org.apache.pulsar.
  // client.api.PulsarClientException$AuthenticationException: Unable to authenticate"; the broker's
  // AuthenticationProviderToken reads the token with jjwt, whose rows read its reasons, apache/pulsar#10816).
  pulsar('client-authentication', 'challenge.invalid-token', 'PulsarClientException$AuthenticationException', CLASS),
  // …and the broker's own log of an HTTP (admin API) request it refused, its AuthenticationFilter's "[<ip>] Failed to
  // authenticate HTTP request: <reason>": "Authentication required" when the request carried no credentials
  // (streamnative/kop#140, beside pulsar-admin's "HTTP 401 Authentication required"); any other reason is the
  // provider's, which its own rows read when they know it (jjwt's "JWT expired at …").
  pulsar('http-authentication-failed', 'challenge.invalid-token', 'Failed to authenticate HTTP request: ', {
    exactCase: true,
    refinable: true,
    read: (f) => (f.after(40).startsWith('Authentication required') ? { code: 'token.missing', extend: 23 } : {}),
  }),

  // Redis' AUTH refused (redis/redis: "WRONGPASS invalid username-password pair or user is disabled."; redis/node-redis
  // #2857, nextcloud/nextcloudpi#1740), which Upstash answers for a database token it does not take, as its REST client
  // prints it (umami-software/umami#4194: "UpstashError","message":"WRONGPASS invalid username-password pair or user is
  // disabled, …").
  redis('wrongpass', 'challenge.invalid-token', 'WRONGPASS invalid username-password pair', { exactCase: true }),
  // @upstash/redis' REST client refused its token: "UpstashError: Unauthorized" (upstash/redis-js#711 and #335: the
  // database's password, or a token cut of its trailing "=", given where UPSTASH_REDIS_REST_TOKEN belongs).
  upstash('unauthorized', 'challenge.invalid-token', 'UpstashError: Unauthorized', { exactCase: true }),
];
