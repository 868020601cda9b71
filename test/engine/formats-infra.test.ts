/**
 * Round "infra": pastes from the infrastructure that verifies JWTs, as platform on-call engineers bring them. HashiCorp
 * Vault's JWT/OIDC auth method (the CLI's error list, vault-action's line, Vault Agent's log) and the key-set words it
 * shares with Consul's; the Kubernetes API server's OIDC authenticator (its klog line); Argo CD's SSO token refusals;
 * Grafana's JWT auth; Envoy's key-set statuses. Every product string is confirmed in the public source named beside its
 * row in parse/verifier-messages (go.ts, federation.ts, frameworks.ts, services.ts, gateways.ts). The last table puts
 * the same words where the product did not say them, and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { A401, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const A400 = { status: 400, classification: 'authentication' } as const;

/** The Vault CLI's print of a refused login (api/response.go): the request, then Vault's error list. */
function vaultCli(entry: string): string {
  return [
    'Error writing data to auth/jwt/login: Error making API request.',
    '',
    'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
    'Code: 400. Errors:',
    '',
    `* ${entry}`,
  ].join('\n');
}

/** The API server's authenticator line (klog, structured), with the authenticator's cause inside err="[…]". */
function apiserver(cause: string): string {
  return `E0528 14:10:00.123456       1 authentication.go:73] "Unable to authenticate the request" err="[invalid bearer token, ${cause}]"`;
}

const VAULT: Row[] = [
  // Static jwt_validation_pubkeys that do not hold the key that signed the token (cap's StaticKeySet; Vault Agent's
  // log as a public runbook quotes it, for a cluster whose service-account signing key was not given to Vault).
  {
    name: 'Vault Agent: no known key successfully validated the token signature',
    input: [
      '2026-05-28T14:03:31.340Z [ERROR] agent.auth.handler: error authenticating:',
      '  error=',
      '  | Error making API request.',
      '  | ',
      '  | URL: PUT https://vault.acme.internal:8200/v1/auth/cluster-auth/login',
      '  | Code: 400. Errors:',
      '  | ',
      '  | * error validating token: error verifying token signature: no known key successfully validated the token signature',
      '   backoff=1m23.66s',
    ].join('\n'),
    ...A400,
    top: 'signature.invalid',
    via: 'hashicorp-cap',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The role's user_claim is not in the token (path_login.go createIdentity; hashicorp/vault#25896, Azure AD).
  {
    name: 'vault CLI: claim "email" not found in token',
    input: vaultCli('claim "email" not found in token'),
    ...A400,
    top: 'claim.required-missing',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // A bound claim the token does not carry (claims.go validateBoundClaims).
  {
    name: 'vault CLI: a bound claim is missing',
    input: vaultCli('error validating claims: claim "project_path" is missing'),
    ...A400,
    top: 'claim.required-missing',
    via: 'vault',
    excludes: [...NOT_MISSING, 'federation.no-match', ...MISREAD],
  },
  // The role's bound_issuer through go-jose's jwt.Expected (Vault before hashicorp/cap).
  {
    name: 'vault CLI: go-jose invalid issuer claim (iss)',
    input: vaultCli('error validating claims: square/go-jose/jwt: validation failed, invalid issuer claim (iss)'),
    ...A400,
    top: 'claim.iss-mismatch',
    via: 'go-jose',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // cap's jwt.Validate refusing a token with no iat, nbf or exp.
  {
    name: 'vault-action: no iat, nbf or exp in the token',
    input:
      'Error: failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 400 (Bad Request), vaultResponse: {"errors":["error validating token: no issued at (iat), not before (nbf), or expiration time (exp) claims in token"]}',
    ...A400,
    top: 'time.no-exp',
    via: 'hashicorp-cap',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const KUBERNETES: Row[] = [
  {
    name: 'kube-apiserver: --oidc-required-claim absent',
    input: apiserver('oidc: required claim hd not present in ID token'),
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'kube-apiserver: --oidc-required-claim with another value',
    input: apiserver('oidc: required claim hd value does not match. Got = gmail.com, want = acme-corp.com'),
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'kube-apiserver: the username claim is not in the token',
    input: apiserver('oidc: parse username claims \\"email\\": claim not present'),
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'kube-apiserver: email not verified',
    input: apiserver('oidc: email not verified'),
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'kubernetes',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // Structured authentication's own audience check (oidc.go verifyAudience: "expected audience in %q got %q").
  {
    name: 'kube-apiserver: structured authentication, expected audience in […] got […]',
    input: apiserver('oidc: verify token: oidc: expected audience in [\\"kubernetes\\"] got [\\"argo-cd\\"]'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'go-oidc',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const ARGOCD: Row[] = [
  // argoproj/argo-cd#13432: the CLI's fatal line alone, the cause kept in the server's log.
  {
    name: 'argocd CLI: invalid session: failed to verify the token',
    input: [
      '$ argocd app list',
      'FATA[0012] rpc error: code = Unauthenticated desc = invalid session: failed to verify the token',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'argocd',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // argoproj/argo-cd#11392: the server could not fetch the IdP's discovery document to verify with.
  {
    name: 'argocd-server: Failed to query provider (x509)',
    input: [
      'time="2026-05-28T14:03:37Z" level=info msg="Initializing OIDC provider (issuer: https://id.acme-corp.com/auth/realms/master)"',
      'time="2026-05-28T14:03:37Z" level=warning msg="Failed to verify token: failed to verify token: Failed to query provider \\"https://id.acme-corp.com/auth/realms/master\\": Get \\"https://id.acme-corp.com/auth/realms/master/.well-known/openid-configuration\\": x509: certificate signed by unknown authority"',
      'time="2026-05-28T14:03:37Z" level=info msg="finished unary call with code Unauthenticated" error="rpc error: code = Unauthenticated desc = invalid session: failed to verify the token" grpc.code=Unauthenticated grpc.method=List grpc.service=cluster.ClusterService',
    ].join('\n'),
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'argocd',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const GRAFANA: Row[] = [
  {
    name: 'Grafana JWT auth: {"messageId":"jwt.invalid"}',
    input: [
      '$ curl -i -H "X-JWT-Assertion: $TOKEN" https://grafana.acme-corp.com/api/dashboards/uid/orders',
      S401,
      'Content-Type: application/json',
      '',
      '{"message":"Failed to verify JWT","messageId":"jwt.invalid","statusCode":401,"traceID":""}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'grafana',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The authn service's log: errutil's `[messageId] message`, the verifier's cause after it.
  {
    name: 'Grafana log: [jwt.invalid] with go-jose’s expiry',
    input:
      'logger=authn.service t=2026-05-28T14:03:37.123456789Z level=warn msg="Failed to authenticate request" client=auth.client.jwt error="[jwt.invalid] failed to verify JWT: square/go-jose/jwt: validation failed, token is expired (exp)"',
    ...REFUSED,
    top: 'time.expired',
    via: 'go-jose',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Grafana log: [jwt.missing_claim] missing mandatory sub',
    input:
      'logger=authn.service level=warn msg="Failed to authenticate request" client=auth.client.jwt error="[jwt.missing_claim] missing mandatory \'sub\' claim in JWT"',
    ...REFUSED,
    top: 'claim.sub-missing',
    via: 'grafana',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const ENVOY: Row[] = [
  {
    name: 'Envoy: the fetched key set has a key with no kty',
    input: [S401, 'content-length: 26', 'content-type: text/plain', '', '[kty] is missing in [keys]'].join('\n'),
    ...A401,
    top: 'key.jwks-unavailable',
    via: 'envoy',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Envoy: an EdDSA signature of the wrong length',
    input: [S401, 'content-type: text/plain', '', 'Jwt ED25519 signature is wrong length'].join('\n'),
    ...A401,
    top: 'token.malformed',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
];

const QUIET_ROWS: Row[] = [
  { name: 'prose: a claim not found', input: 'the claim was not found in token storage, so we retried', ...QUIET },
  {
    name: 'a login client failing discovery',
    input: 'Failed to query provider "https://dex.acme-corp.com": 404 Not Found',
    ...QUIET,
    status: 404,
    excludes: ['key.jwks-unavailable'],
  },
  { name: 'a config key like Grafana’s id', input: 'set jwt.invalid=true in the test fixture', ...QUIET },
  {
    name: 'prose about Kubernetes required claims',
    input: 'oidc: required claim checks are described in the docs',
    ...QUIET,
  },
];

describe('formats, round infra: HashiCorp Vault', () => {
  it.each(VAULT)('$name', async (row) => {
    await expectPasteRow(row);
  });

  it('keeps a signed token’s signature out of the report of a Vault login', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    const report = await expectPasteRow(
      {
        name: 'vault write with the token on the command line',
        input: [
          `$ vault write auth/jwt/login role=gitlab-ci jwt=${EXPIRED}`,
          vaultCli('claim "email" not found in token'),
        ].join('\n'),
        ...A400,
        top: 'claim.required-missing',
        excludes: NOT_MISSING,
      },
      [signature, signature.slice(0, 16), signature.slice(-16)],
    );
    expect(report.findings.some((f) => f.code === 'claim.required-missing' && f.args.via === 'vault')).toBe(true);
  });
});

describe('formats, round infra: Kubernetes API server OIDC', () => {
  it.each(KUBERNETES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round infra: Argo CD', () => {
  it.each(ARGOCD)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round infra: Grafana JWT auth', () => {
  it.each(GRAFANA)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round infra: Envoy key-set statuses', () => {
  it.each(ENVOY)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round infra: catches not', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
