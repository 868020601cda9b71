/**
 * Round audit-ar: data planes and brokers that take a JWT or a key derived from one, as their drivers, CLIs and server
 * logs print the refusal. Each paste is reconstructed from the public thread named in its test (credentials made up);
 * the sources are cited beside the rows in parse/verifier-messages/search-engines.ts.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { hs256 } from '../helpers/tokens.js';

const tenantToken = (claims: Record<string, unknown>) =>
  hs256({
    searchRules: { movies: { filter: 'user_id = 7' } },
    apiKeyUid: '85c3c2f9-bdd6-41f1-abd8-11fcf80e0f76',
    ...claims,
  });

describe('Meilisearch: its API keys and tenant tokens (meilisearch/meilisearch extractors/authentication/mod.rs)', () => {
  it('catches an expired tenant token with its exp and the engine’s clock, and no status contradiction', async () => {
    const token = tenantToken({ exp: NOW - 600 });
    const input = [
      `curl -i -X POST 'https://search.example.com/indexes/movies/search' -H "Authorization: Bearer ${token}"`,
      'HTTP/1.1 403 Forbidden',
      'content-type: application/json',
      '',
      `{"message":"Tenant token expired. Was valid up to \`${NOW - 600}\` and we're now \`${NOW}\`.","code":"invalid_api_key","type":"auth","link":"https://docs.meilisearch.com/errors#invalid_api_key"}`,
    ].join('\n');
    const report = await run(input);
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(report.findings[0]?.args).toMatchObject({ via: 'meilisearch' });
    expect(report.nextSteps[0]).toMatch(/generateTenantToken/);
    const codes = report.findings.map((f) => f.code);
    for (const absent of ['status.mismatch', 'claim.aud-missing', 'claim.iss-missing', 'claim.sub-missing'])
      expect(codes).not.toContain(absent);
  });
  it('judges the expiry the message prints when no token is pasted', async () => {
    const f = await catches(
      'time.expired',
      `MeiliSearchApiError: Tenant token expired. Was valid up to \`${NOW - 3600}\` and we're now \`${NOW - 1800}\`.`,
    );
    expect(f.args).toMatchObject({ via: 'meilisearch', exp: NOW - 3600, agoSeconds: 1800 });
  });
  it('catches "The provided API key is invalid." with Meilisearch named, as its key or tenant token', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '(node:160531) UnhandledPromiseRejectionWarning: MeiliSearchApiError: The provided API key is invalid.',
    );
    expect(f.args).toMatchObject({ via: 'meilisearch', credential: 'meilisearch-key' });
  });
  it('does not read "The provided API key is invalid." with no Meilisearch near', async () => {
    await catchesNot('challenge.invalid-token', 'billing-sync: The provided API key is invalid.');
  });
  it('reads its error code’s link alone as the same refusal (meilisearch/meilisearch#2638), 403 by design', async () => {
    const input = [
      `const frontEndClient = new MeiliSearch({ host: 'http://127.0.0.1:7700', apiKey: '${tenantToken({})}' })`,
      'meilisearch returns',
      " { code: 'invalid_api_key', type: 'auth', link: 'https://docs.meilisearch.com/errors#invalid_api_key', httpStatus: 403 }",
    ].join('\n');
    const report = await run(input);
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.findings.map((f) => f.code)).not.toContain('policy.deny');
  });
  it('leaves a signature refusal of a tenant token to jsonwebtoken’s own row, which says what failed', async () => {
    const input = 'MeiliSearchApiError: Could not decode tenant token, InvalidSignature.';
    await catches('signature.invalid', input);
    await catchesNot('challenge.invalid-token', input);
  });
  it('says where Meilisearch takes its key when none reached it', async () => {
    const report = await run(
      '{"message":"The Authorization header is missing. It must use the bearer authorization method.","code":"missing_authorization_header","type":"auth","link":"https://docs.meilisearch.com/errors#missing_authorization_header"}',
    );
    expect(report.findings[0]?.title).toMatch(/Meilisearch/);
    expect(report.nextSteps[0]).toMatch(/Authorization: Bearer/);
  });
  it('catches the missing header as no token sent (karakeep-app/karakeep#44)', async () => {
    const f = await catches(
      'token.missing',
      '{"message":"The Authorization header is missing. It must use the bearer authorization method.","code":"missing_authorization_header","type":"auth","link":"https://docs.meilisearch.com/errors#missing_authorization_header"}',
    );
    expect(f.args).toMatchObject({ via: 'meilisearch' });
  });
  it('reads an index the tenant token does not cover as a stated denial, not a refused token', async () => {
    const input = [
      'HTTP/1.1 403 Forbidden',
      '',
      '{"message":"The provided tenant token cannot acces the index `people`, allowed indexes are [\\"movies\\"].","code":"invalid_api_key","type":"auth","link":"https://docs.meilisearch.com/errors#invalid_api_key"}',
    ].join('\n');
    const report = await run(input);
    expect(report.classification).toBe('authorization');
    expect(report.findings[0]).toMatchObject({ code: 'policy.deny', args: { via: 'meilisearch', stated: true } });
    expect(report.findings.map((f) => f.code)).not.toContain('challenge.invalid-token');
  });
  it('still reports a missing aud on a JWT that is no tenant token', async () => {
    await catches('claim.aud-missing', hs256({ sub: 'u1', exp: NOW + 600, apiKeyUid: 'x' }));
  });
});

describe('Typesense: its API keys and scoped search keys (typesense/typesense#80, typesense/typesense-js#70)', () => {
  it('catches its 401 as the key refused, not as no header sent', async () => {
    const input = [
      `curl -i 'http://localhost:8108/collections/companies/documents/search?q=stark' -H "X-TYPESENSE-API-KEY: Uk5ZdWdoVkFMaFRvNFpSbkJldHZwUEl6T3VQUmhEWlJ4SmNNa2F6V0FBTT1STjIz"`,
      'HTTP/1.1 401 Unauthorized',
      '',
      '{"message": "Forbidden - a valid `x-typesense-api-key` header must be sent."}',
    ].join('\n');
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'typesense', credential: 'typesense-api-key' });
    await catchesNot('authz-header.missing', input);
  });
  it('catches the Python client’s exception', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'typesense.exceptions.RequestUnauthorized: Forbidden - a valid `x-typesense-api-key` header must be sent.',
    );
    expect(f.args).toMatchObject({ via: 'typesense' });
  });
  it('does not read another header’s name in the same words', async () => {
    await catchesNot('challenge.invalid-token', 'Forbidden - a valid `x-api-key` header must be sent.');
  });
});

describe('Algolia: an application ID and API key it does not accept (algolia/docsearch#1261)', () => {
  it('catches its 403 body as the pair refused, answered 403 by design', async () => {
    const report = await run(
      'Status Code: 403\n\n{"message":"Invalid Application-ID or API key","status":403}\n(https://ae29kqb3ia-2.algolianet.com/1/indexes/*/queries)',
    );
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]).toMatchObject({
      code: 'challenge.invalid-token',
      args: { via: 'algolia', credential: 'algolia-api-key' },
    });
    expect(report.findings.map((f) => f.code)).not.toContain('status.mismatch');
  });
  it('catches the PHP client’s exception (w3bdesign/wp-algolia-woo-indexer#175)', async () => {
    await catches(
      'challenge.invalid-token',
      'PHP Fatal error:  Uncaught Algolia\\AlgoliaSearch\\Exceptions\\BadRequestException: Invalid Application-ID or API key in /path/ApiWrapper.php:210',
    );
  });
  it('does not read the words in another case', async () => {
    await catchesNot('challenge.invalid-token', 'invalid application-id or api key');
  });
});

describe('libSQL and Turso: the database auth token (tursodatabase/libsql libsql-server/src/auth/errors.rs)', () => {
  it('catches the Turso CLI’s "The JWT is invalid" as the database token refused (tursodatabase/turso-cli#632)', async () => {
    const input = [
      '$ turso db shell "libsql://sleeping-liberty-acme.turso.io?authToken=fhfg"',
      'Error: failed to connect to database. err: failed to execute SQL: SELECT 1;',
      'error code 401: Unauthorized: `The JWT is invalid`',
    ].join('\n');
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'libsql', credential: 'libsql-auth-token' });
    await catchesNot('token.missing', input);
  });
  it('does not read "The JWT is invalid" with no libSQL or Turso near', async () => {
    await catchesNot('challenge.invalid-token', 'orders-api: The JWT is invalid');
  });
  it('catches no token sent in the server’s words (drizzle-team/drizzle-orm#902)', async () => {
    const f = await catches(
      'token.missing',
      ' AUTH_JWT_MISSING: Authentication failed: Authentication is required but no JWT was specified',
    );
    expect(f.args).toMatchObject({ via: 'libsql' });
  });
});

describe('CockroachDB: JWT authentication for SQL logins (cockroachdb/cockroach pkg/ccl/jwtauthccl)', () => {
  it('reads the expired token its DETAIL names, with the cluster settings step', async () => {
    const input = [
      'ERROR: JWT authentication: invalid token',
      'SQLSTATE: 28000',
      'DETAIL: unable to parse token: exp not satisfied',
      'Failed running "sql"',
    ].join('\n');
    const report = await run(input);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(report.findings.find((f) => f.code === 'challenge.invalid-token')?.args).toMatchObject({
      via: 'cockroachdb',
      credential: 'cockroachdb-jwt',
    });
  });
  it('reads "unable to validate token" with "unable to fetch jwks" as the keys not reached (cockroachdb/cockroach#123697)', async () => {
    const f = await catches(
      'key.jwks-unavailable',
      '"EventType":"client_authentication_failed","Reason":"CREDENTIALS_INVALID","Detail":"JWT authentication: unable to validate token\\nunable to fetch jwks: Get \\"https://accounts.google.com/.well-known/openid-configuration\\": proxyconnect tcp: connection refused"',
    );
    expect(f.args).toMatchObject({ via: 'cockroachdb' });
  });
  it('does not read the same words in another server’s log, with no SQLSTATE or CockroachDB near', async () => {
    await catchesNot('challenge.invalid-token', 'api-gateway WARN JWT authentication: invalid token for /orders');
  });
  it('reads an issuer it is not configured for, with the issuer the DETAIL names', async () => {
    const f = await catches(
      'claim.iss-mismatch',
      'ERROR: JWT authentication: invalid issuer\nSQLSTATE: 28000\nDETAIL: token issued by https://login.example.com',
    );
    expect(f.args).toMatchObject({ via: 'cockroachdb', iss: 'https://login.example.com' });
  });
});

describe('etcd: its auth tokens (etcd-io/etcd api/v3rpc/rpctypes; kragniz/python-etcd3#1315)', () => {
  it('catches the gRPC status as the auth token refused, with the re-authenticate step', async () => {
    const input = [
      'etcd3.exceptions.Etcd3Exception: <_Rendezvous of RPC that terminated with:',
      '\tstatus = StatusCode.UNAUTHENTICATED',
      '\tdetails = "etcdserver: invalid auth token"',
      '>',
    ].join('\n');
    const report = await run(input);
    expect(report.findings[0]).toMatchObject({
      code: 'challenge.invalid-token',
      args: { via: 'etcd', credential: 'etcd-auth-token' },
    });
    expect(report.findings.map((f) => f.code)).not.toContain('token.missing');
    expect(report.nextSteps.join(' ')).toMatch(/--auth-token jwt/);
  });
  it('does not fault an etcd JWT token for the aud, iss and sub it never has (etcd-io/etcd#12088)', async () => {
    const token = hs256({ exp: NOW - 2, revision: 4, username: 'root' });
    const input = `W | auth: failed to parse jwt token: Token is expired\nW | auth: invalid auth token: ${token}`;
    const report = await run(input);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('time.expired');
    for (const absent of ['claim.aud-missing', 'claim.iss-missing', 'claim.sub-missing'])
      expect(codes).not.toContain(absent);
  });
  it('does not read another product’s "invalid auth token"', async () => {
    await catchesNot(
      'challenge.invalid-token',
      '{"level":"warn","caller":"session/check.go:88","msg":"invalid auth token"}',
    );
  });
});

describe('Apache Pulsar, NATS, Redis and Upstash', () => {
  it('reads the broker’s "Failed to authenticate HTTP request: Authentication required" as no credentials, with client.conf’s step (streamnative/kop#140)', async () => {
    const report = await run(
      '23:31:00.438 [pulsar-web-66-13] WARN  org.apache.pulsar.broker.web.AuthenticationFilter - [127.0.0.1] Failed to authenticate HTTP request: Authentication required',
    );
    expect(report.findings[0]).toMatchObject({ code: 'token.missing', args: { via: 'pulsar' } });
    expect(report.nextSteps[0]).toMatch(/authParams/);
  });
  it('catches the Pulsar client’s AuthenticationException (apache/pulsar#14136)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Exception in thread "main" org.apache.pulsar.client.api.PulsarClientException$AuthenticationException: Unable to authenticate',
    );
    expect(f.args).toMatchObject({ via: 'pulsar', credential: 'pulsar-token' });
  });
  it('does not read MongoDB’s "AuthenticationException: Unable to authenticate" as Pulsar’s', async () => {
    const report = await run('MongoDB.Driver.MongoAuthenticationException: Unable to authenticate using sasl protocol');
    expect(report.findings.some((f) => f.args !== undefined && (f.args as { via?: string }).via === 'pulsar')).toBe(
      false,
    );
  });
  it('catches nats.go’s "nats: authentication expired" with the user JWT’s step', async () => {
    const report = await run('disconnected: nats: authentication expired');
    expect(report.findings[0]).toMatchObject({ code: 'time.expired', args: { via: 'nats' } });
    expect(report.nextSteps[0]).toMatch(/nsc/);
  });
  it('catches nats.go’s "nats: authentication revoked" as token.revoked', async () => {
    await catches('token.revoked', 'nats: authentication revoked');
  });
  it('catches Redis’ WRONGPASS as Upstash’s REST client prints it (umami-software/umami#4194)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '{"error":{"name":"UpstashError","message":"WRONGPASS invalid username-password pair or user is disabled, command was: [[\\"get\\",\\"cache:website\\"]]"}}',
    );
    expect(f.args).toMatchObject({ via: 'redis', credential: 'redis-password' });
  });
  it('catches "UpstashError: Unauthorized" as the REST token refused (upstash/redis-js#711)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'UpstashError: Unauthorized\n    at HttpClient.request (http.js:101:19)',
    );
    expect(f.args).toMatchObject({ via: 'upstash', credential: 'upstash-redis-token' });
  });
});

describe('QStash: its request signature (upstash/workflow-js#67)', () => {
  it('reads a body hash mismatch as a signed request’s signature over another body, not a token', async () => {
    const f = await catches(
      'signature.invalid',
      'Failed to verify that the Workflow request comes from QStash: SignatureError: body hash does not match, want: HASH, got: HASH',
    );
    expect(f.args).toMatchObject({ via: 'qstash', signedRequest: 'qstash' });
  });
  it('does not read another library’s SignatureError with no QStash near', async () => {
    await catchesNot('signature.invalid', 'webhook-relay: SignatureError: signature does not match');
  });
});
