/**
 * Round "left-j": readings the earlier real-paste audits left. Container registries (audit-z 11, 12, 13): containerd's
 * insufficient_scope after the token exchange, its token service's 401, and helm's --debug trace whose headers are
 * quoted twice. Sources beside the patterns they rely on (parse/verifier-messages/frameworks.ts,
 * parse/client-errors.ts, normalize.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}
const codes = (r: Report): string[] => r.findings.map((f) => f.code);

const HELM_12121 = [
  'I could login and pull chart from OCI registry by `helm registry login` and `helm pull`, but when I try to push chart by `helm push`, it reports an error',
  'Error: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  'GET /auth/realms/master/protocol/docker-v2/auth?scope=repository:mychart:pull&scope=repository:mychart:pull,push&service=registry',
].join('\n');

const GATEWAY_5907 = [
  'helm push /home/runner/work/gateway/gateway/bin/charts/gateway-crds-helm-v0.0.0-latest.tgz oci://docker.io/envoyproxy',
  'Error: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aenvoyproxy%2Fgateway-crds-helm%3Apull&scope=repository%3Aenvoyproxy%2Fgateway-crds-helm%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized',
].join('\n');

const HELM_30987 = String.raw`$ helm push --debug helm-chart-x-0.0.3-SNAPSHOT.tgz oci://quay.apps.mycluster.local/team-a/helm --registry-config registry-auth.json
level=DEBUG msg=Response id=0 status="401 UNAUTHORIZED" header="   \"Server\": \"nginx/1.22.1\"\n   \"Date\": \"Tue, 17 Jun 2025 07:29:13 GMT\"\n   \"Content-Type\": \"application/json\"\n   \"Www-Authenticate\": \"Bearer realm=\\\"https://quay.apps.mycluster.local/v2/auth\\\",service=\\\"quay.apps.mycluster.local\\\",scope=\\\"repository:team-a/helm/helm-chart-x:pull\\\"\"\n   \"Docker-Distribution-Api-Version\": \"registry/2.0\"" body="   No response body to print"`;

describe('left-j 1: container registries', () => {
  it('containerd’s push access denied … insufficient_scope (audit-z 13): the token lacks push on the repository', async () => {
    const r = await run(HELM_12121);
    const f = findingOf(r, 'scope.insufficient');
    expect(f.args).toMatchObject({ via: 'docker-registry', registryAction: 'push' });
    expect(f.detail).toContain('push action');
    const steps = r.nextSteps.join(' ');
    expect(steps).toContain('repository:<name>:push,pull');
    expect(steps).toContain('Keycloak');
    expect(codes(r)).not.toContain('input.empty');
  });

  it('the pull side keeps pull (the kubelet’s event)', async () => {
    const r = await run(
      'Failed to pull image "snj": failed to pull and unpack image "docker.io/library/snj:latest": failed to resolve reference "docker.io/library/snj:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(findingOf(r, 'scope.insufficient').args).toMatchObject({ registryAction: 'pull' });
    expect(r.nextSteps.join(' ')).toContain('scope=repository:<name>:pull,');
  });

  it('the message alone names no action', async () => {
    const r = await run('server message: insufficient_scope: authorization failed');
    expect(findingOf(r, 'scope.insufficient').args).toMatchObject({ registryAction: 'unknown' });
  });

  it('in Japanese', async () => {
    const r = await run(HELM_12121, { locale: 'ja' });
    expect(findingOf(r, 'scope.insufficient').detail).toContain('push');
    expect(r.nextSteps.join(' ')).toContain('Keycloak');
  });

  it('docker’s DENIED keeps its reading', async () => {
    const r = await run('denied: requested access to the resource is denied');
    expect(codes(r)).toContain('policy.deny');
  });

  it('the token service’s 401 (audit-z 12): the token service refused the login, not a request without a token', async () => {
    const r = await run(GATEWAY_5907);
    const f = findingOf(r, 'token.missing');
    expect(f.args).toMatchObject({ client: 'docker-registry', tokenService: true });
    expect(f.title).toContain('token service');
    expect(r.nextSteps.join(' ')).toContain('write for a push');
    expect(r.nextSteps.join(' ')).not.toContain('DevTools');
  });

  it('helm’s --debug trace (audit-z 11): the registry challenge inside the escaped header string', async () => {
    const r = await run(HELM_30987);
    const f = findingOf(r, 'challenge.no-error');
    expect(f.args).toMatchObject({ registry: true });
    expect(r.challenges[0]?.params).toMatchObject({ service: 'quay.apps.mycluster.local' });
  });

  it.each([
    ['prose about scopes', 'Our docs say the error insufficient_scope means authorization failed for that call.'],
    [
      'a GitHub fetch',
      'failed to fetch oauth token: unexpected status from GET request to https://auth.example.com/token: 500 Internal Server Error',
    ],
    ['another logger’s header=', 'level=DEBUG msg=Request header="   \\"Accept\\": \\"*/*\\""'],
  ])('not caught: %s', async (_name, text) => {
    const r = await run(text);
    expect(codes(r)).not.toContain('scope.insufficient');
    expect(r.findings.some((f) => f.args.tokenService === true || f.args.registry === true)).toBe(false);
  });
});

const APPSYNC_REFUSAL = [
  'POST https://abc123.appsync-api.us-east-1.amazonaws.com/graphql 401',
  '{"errors":[{"errorType":"UnauthorizedException","message":"Valid authorization header not provided."}]}',
].join('\n');
const BARE = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: 'u1', exp: 4102444800, iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC' })).toString('base64url')}.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU`;

describe('left-j 2: AppSync takes the token bare', () => {
  it('AppSync’s refusal with no request: the step asks for "Authorization: <token>", not Bearer', async () => {
    const r = await run(APPSYNC_REFUSAL);
    expect(findingOf(r, 'token.missing').args).toMatchObject({ requestUnseen: true, bareHeader: true });
    const steps = r.nextSteps.join(' ');
    expect(steps).toContain('"Authorization: <token>"');
    expect(steps).not.toContain('Bearer <token>');
  });

  it('in Japanese', async () => {
    const r = await run(APPSYNC_REFUSAL, { locale: 'ja' });
    expect(r.nextSteps.join(' ')).toContain('"Authorization: <token>"');
  });

  it('a bare token to an AppSync host is not a missing scheme', async () => {
    const r = await run(
      `POST https://abc123.appsync-api.us-east-1.amazonaws.com/graphql\nAuthorization: ${BARE}\n\nHTTP/1.1 401 Unauthorized\n`,
    );
    expect(codes(r)).not.toContain('authz-header.scheme');
  });

  it.each([
    ['another host', 'https://api.example.com/graphql'],
    ['a host that only names appsync', 'https://appsync-api.example.com/graphql'],
  ])('not caught: a bare token to %s still lacks its scheme', async (_name, url) => {
    const r = await run(`POST ${url}\nAuthorization: ${BARE}\n\nHTTP/1.1 401 Unauthorized\n`);
    expect(codes(r)).toContain('authz-header.scheme');
  });

  it('not caught: a bare 401 elsewhere keeps the Bearer step', async () => {
    const r = await run(
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1',
    );
    expect(r.nextSteps.join(' ')).toContain('Authorization: Bearer <token>');
  });
});

const APIGW_BASIC = [
  '$ curl -i https://abc123.execute-api.us-east-1.amazonaws.com/prod/orders -H "Authorization: Basic YXBpLWNsaWVudDpodW50ZXIy"',
  'HTTP/1.1 401 Unauthorized',
  'x-amzn-ErrorType: UnauthorizedException',
  'x-amz-apigw-id: bym-AHkIjoEFv6A=',
  '',
  '{"message":"Unauthorized"}',
].join('\n');

describe('left-j 3: no JWT-configuration step where Basic is the only credential', () => {
  it('Authorization: Basic at API Gateway: its authorizer of the Basic credentials, not its JWT settings', async () => {
    const r = await run(APIGW_BASIC);
    expect(findingOf(r, 'proxy.gateway-response').args).toMatchObject({ basicOnly: true });
    const steps = r.nextSteps.join(' ');
    expect(steps).toContain('Basic user name and password');
    expect(steps).not.toContain('JWKS');
  });

  it('API Gateway’s own WWW-Authenticate: Basic to a request with no credential (golden #1144)', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic\nx-amz-apigw-id: bym-AHkIjoEFv6A=\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}',
    );
    expect(r.nextSteps.join(' ')).not.toContain('JWKS');
  });

  it('in Japanese', async () => {
    const r = await run(APIGW_BASIC, { locale: 'ja' });
    expect(r.nextSteps.join(' ')).toContain('Basic');
    expect(r.nextSteps.join(' ')).not.toContain('JWKS');
  });

  it.each([
    ['a Bearer token', `Authorization: Bearer ${BARE}`],
    ['Basic beside a JWT sent too', `Authorization: Basic YXBpLWNsaWVudDpodW50ZXIy\nX-Id-Token: ${BARE}`],
  ])('not caught: %s keeps the JWT step', async (_name, header) => {
    const r = await run(
      `GET https://abc123.execute-api.us-east-1.amazonaws.com/prod/orders HTTP/1.1\n${header}\n\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}`,
    );
    const f = findingOf(r, 'proxy.gateway-response');
    expect(f.args.basicOnly).toBeUndefined();
  });
});

/** A finding's also-lines, as the report quotes them. */
const alsoOf = (f: Finding): string[] => f.corroboration.map((c) => (typeof c === 'string' ? c : String(c.evidence)));

describe('left-j 4: an also-line that quotes the evidence’s own words again is dropped', () => {
  it('a window of the evidence’s line, cut with …, is not quoted again (golden #288)', async () => {
    const r = await run(
      'ERROR: (gcloud.spanner.instance-configs.list) There was a problem refreshing your current auth tokens: (\'Error code invalid_grant: ID Token issued at 1713260741 is stale to sign-in.\', \'{"error":"invalid_grant","error_description":"ID Token issued at 1713260741 is stale to sign-in."}\')\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials.',
      { now: 1779977400 },
    );
    const f = findingOf(r, 'time.expired');
    expect(alsoOf(f).some((e) => e.includes('stale to sign-in'))).toBe(false);
  });

  it('not dropped: an exception chain’s lines, distinct classes with the same message (golden #362)', async () => {
    const r = await run(
      'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature\nCaused by: org.springframework.security.oauth2.jwt.BadJwtException: An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature\nCaused by: com.nimbusds.jose.proc.BadJWSException: Signed JWT rejected: Invalid signature',
      { now: 1779977400 },
    );
    const f = findingOf(r, 'signature.invalid');
    expect(alsoOf(f).length).toBe(2);
  });
});
