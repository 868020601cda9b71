/**
 * Round audit-jj: tokens refused in workload identity (Kubernetes service-account tokens and TokenReview, SPIFFE
 * JWT-SVIDs, Vault's Kubernetes auth, IRSA, Azure and GKE workload identity) and by servers that take JWTs outside web
 * APIs (NATS, RabbitMQ, Kafka, Trino, CockroachDB, Azure Database for PostgreSQL with Entra tokens, OpenSearch's JWT
 * domain). Each row is a public thread's paste; the misses were rows the verifier tables lacked (their sources are
 * cited beside the rows in parse/verifier-messages).
 */
import { describe, it } from 'vitest';
import { MISREAD, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CATCHES: Row[] = [
  {
    name: "nats.js 1.x test failure: Uncaught NatsError: 'Authorization Violation' (nats-io/nats.node#181)",
    input: [
      "     Uncaught NatsError: 'Authorization Violation'",
      '      at Client.processErr (node_modules/nats/lib/nats.js:1006:28)',
      '      at Client.processInbound (node_modules/nats/lib/nats.js:780:28)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'nats',
  },
  {
    name: 'RabbitMQ OAuth 2 backend: {error,no_key} (rabbitmq/rabbitmq-website#2000)',
    input: 'Error message after first connection: "Authentication using an OAuth 2/JWT token failed: {error,no_key}"',
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'rabbitmq',
  },
  {
    name: 'go-spiffe JWT-SVID audience refused (spiffe/go-spiffe#127)',
    input: [
      'Unauthorized',
      '',
      'Invalid token: jwtsvid: expected audience in ["spiffe://example.org/server"] (audience=["spiffe://example.org/client"])',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'go-spiffe',
  },
  {
    name: 'kube-apiserver before 1.17: [invalid bearer token, Token has expired.] (kubernetes/kube-state-metrics#753)',
    input:
      'E0514 15:31:13.734348       1 authentication.go:65] Unable to authenticate the request due to an error: [invalid bearer token, Token has expired.]',
    ...REFUSED,
    top: 'time.expired',
    via: 'kubernetes',
  },
  {
    name: 'TokenReview: ServiceAccount UID does not match claim (kubernetes/kubernetes#106049)',
    input:
      '[invalid bearer token, ServiceAccount UID (795fd62d-5f1f-44c8-89f0-3fae5e2af501) does not match claim (deb3ec38-9d9f-4868-abbb-948436f6d38c)]',
    ...REFUSED,
    top: 'token.revoked',
    via: 'kubernetes',
  },
  {
    name: 'Vault Kubernetes auth: its reviewer may not create tokenreviews (coreos/vault-operator#359)',
    input: [
      'Error writing data to auth/kubernetes/login: Error making API request.',
      '',
      'URL: PUT https://localhost:8200/v1/auth/kubernetes/login',
      'Code: 500. Errors:',
      '',
      '* {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"tokenreviews.authentication.k8s.io is forbidden: User \\"system:serviceaccount:default:vault-tokenreview\\" cannot create tokenreviews.authentication.k8s.io at the cluster scope","reason":"Forbidden","details":{"group":"authentication.k8s.io","kind":"tokenreviews"},"code":403}',
    ].join('\n'),
    status: 500,
    classification: 'authentication',
    top: 'verifier.misconfigured',
    via: 'kubernetes',
    excludes: ['policy.deny'],
  },
  {
    name: 'Vault server log: login unauthorized due to tokenreviews forbidden (argoproj-labs/argocd-vault-plugin#102)',
    input:
      '2021-03-24T01:10:42.768Z [ERROR] auth.kubernetes.auth_kubernetes_6370701c: login unauthorized due to: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"tokenreviews.authentication.k8s.io is forbidden: User \\"system:serviceaccount:argocd:argocd-server\\" cannot create resource \\"tokenreviews\\" in API group \\"authentication.k8s.io\\" at the cluster scope","reason":"Forbidden","details":{"group":"authentication.k8s.io","kind":"tokenreviews"},"code":403',
    ...REFUSED,
    top: 'verifier.misconfigured',
    excludes: ['policy.deny'],
  },
  {
    name: 'Azure PostgreSQL: token for another resource (microsoft/azuredatastudio-postgresql#505)',
    input:
      'FATAL: The access token does not have a valid audience claim. Please acquire a new token for the resource "https://ossrdbms-aad.database.windows.net".',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'azure-postgresql',
  },
  {
    name: 'Azure PostgreSQL: the password is not a token as issued (Azure-Samples/rag-postgres-openai-python#161)',
    input: [
      'psql: error: connection to server at "demo-postgresql.postgres.database.azure.com" (172.177.167.194), port 5432 ',
      'failed: FATAL:  The access token has invalid format. Please ensure the token is passed exactly as returned by the authentication endpoint and retry.',
    ].join('\n'),
    ...REFUSED,
    top: 'token.malformed',
    via: 'azure-postgresql',
  },
  {
    name: 'Azure PostgreSQL via lib/pq: could not validate the access token (cyrilgdn/terraform-provider-postgresql#60)',
    input:
      'Error: Error initializing PostgreSQL client: error detecting capabilities: error PostgreSQL version: pq: An error occurred while validating the access token. Please acquire a new token and retry',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'azure-postgresql',
  },
  {
    name: 'Azure PostgreSQL: a managed identity for a user-type role (MicrosoftDocs/azure-docs#120133)',
    input:
      'connection failed: FATAL: Service Principals cannot generate AAD_AUTH_TOKENTYPE_APP_USER tokens for role[mywebapp]',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'azure-postgresql',
  },
  {
    name: 'AKS workload identity: AADSTS501661, Entra could not reach the issuer (Azure/AKS#4029)',
    input: [
      'Azure.Identity.AuthenticationFailedException: ClientAssertionCredential authentication failed: AADSTS501661: Request to External OIDC endpoint failed. Trace ID: 5625b5b1-6f4d-444f-8535-4d6dc5b00500 Correlation ID: c6f51d81-216a-4545-82ba-adc41b064ee3 Timestamp: 2023-12-09 02:40:08Z',
      ' ---> MSAL.NetCore.4.57.0.0.MsalServiceException:',
      'ErrorCode: invalid_request',
    ].join('\n'),
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'entra-id',
  },
  {
    name: 'Open Distro security: No Bearer scheme found in header (opendistro/for-elasticsearch-docs#25)',
    input: [
      'odfe-node1    | [2019-03-21T18:07:15,713][WARN ][c.a.d.a.h.j.HTTPJwtAuthenticator] [jDe_UcC] No Bearer scheme found in header',
      'odfe-node1    | [2019-03-21T18:07:15,713][WARN ][c.a.o.s.a.BackendRegistry] [jDe_UcC] Authentication finally failed for null from 192.168.0.2:59234',
    ].join('\n'),
    ...REFUSED,
    top: 'authz-header.scheme',
    via: 'opensearch-security',
  },
];

const CATCHES_NOT: Row[] = [
  {
    name: 'PostgreSQL password refusal: no access token involved',
    input: 'psql: error: FATAL:  password authentication failed for user "app"',
    ...QUIET,
    excludes: ['claim.aud-mismatch', 'token.malformed', ...MISREAD],
  },
  {
    name: 'the Azure PostgreSQL sentence in prose, not as the server’s error',
    input: 'The docs say the access token does not have a valid audience claim when you request the wrong resource.',
    ...QUIET,
    excludes: ['claim.aud-mismatch', ...MISREAD],
  },
  {
    name: 'an app’s own "Token has expired." without the API server’s wrapper',
    input: 'error: Token has expired.',
    ...QUIET,
    excludes: ['token.revoked', ...MISREAD],
  },
  {
    name: 'RBAC denying an ordinary resource stays a policy denial',
    input:
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    excludes: ['verifier.misconfigured'],
  },
  {
    name: 'a service account UID sentence without the claim it is compared to',
    input: 'service account UID (795fd62d-5f1f-44c8-89f0-3fae5e2af501) was rotated by the controller',
    ...QUIET,
    excludes: ['token.revoked', ...MISREAD],
  },
  {
    name: 'lower-case prose about the Bearer scheme',
    input: 'note: no bearer scheme found in header means the client sent basic auth',
    ...QUIET,
    excludes: ['authz-header.scheme'],
  },
];

describe('workload identity and non-HTTP servers: refusals read', () => {
  for (const row of CATCHES) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of CATCHES_NOT) it(`catches not: ${row.name}`, async () => void (await expectPasteRow(row)));
});
