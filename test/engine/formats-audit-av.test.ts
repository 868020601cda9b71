/**
 * Round audit-av: the gateways and meshes issue 2 names (Envoy's jwt_authn, Istio, Kong, AWS API Gateway and ALB,
 * Cloudflare, nginx) and those people put in the same place (Traefik, ESPv2, oauth2-proxy, Tyk, KrakenD), as pasted
 * from their current versions: access-log details, debug logs, istiod's and the proxy's lines, the product's own bodies
 * and the settings beside them. Each row is a public thread's paste (tokens made up); the rows' sources are beside them.
 */
import { describe, expect, it } from 'vitest';
import { readVerifierConfig } from '../../src/engine/parse/verifier-config.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A made-up RS256 token, its signature masked. */
const masked = (claims: object, header: object = { alg: 'RS256', kid: 'k1', typ: 'JWT' }) =>
  `${b64(header)}.${b64(claims)}.***`;

const KEYCLOAK_TOKEN = masked({
  iss: 'https://keycloak.192.168.49.2.nip.io/realms/demo',
  aud: 'account',
  sub: '5b1e0b6c-2f3e-4d7a-9c2b-1f0e8d7c6b5a',
  azp: 'istio',
  iat: NOW - 300,
  exp: NOW + 600,
});

const CATCHES: Row[] = [
  {
    name: 'Istio’s "Jwt issuer is not configured" beside a RequestAuthentication whose jwksUri is a Keycloak certs URL (keycloak/keycloak#17299)',
    input: [
      'apiVersion: security.istio.io/v1beta1',
      'kind: RequestAuthentication',
      'metadata:',
      '  name: requestauth',
      'spec:',
      '  jwtRules:',
      '    - issuer: "http://keycloak.keycloak.svc.cluster.local:8080/realms/demo"',
      '      jwksUri: "http://keycloak.keycloak.svc.cluster.local:8080/realms/demo/protocol/openid-connect/certs"',
      '',
      `curl -sv -H "Authorization: Bearer ${KEYCLOAK_TOKEN}" "http://192.168.49.2:31380/hello"`,
      '< HTTP/1.1 401 Unauthorized',
      '< server: istio-envoy',
      '<',
      'Jwt issuer is not configured',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'claim.iss-mismatch',
    via: 'envoy',
    excludes: ['claim.environment'],
  },
  {
    name: 'Gloo’s Envoy, debug log: the JWKS fetch failed, the local reply’s details and its 401 (kgateway-dev/kgateway#4771)',
    input: [
      '[2026-05-28 14:09:25.586][24][debug][jwt] [external/envoy/source/extensions/filters/http/jwt_authn/authenticator.cc:268] gloo-system_external-fleetonomy_fleetonomyAuth0: JWT token verification completed with: Jwks remote fetch is failed',
      '[2026-05-28 14:09:25.586][24][debug][http] [external/envoy/source/common/http/filter_manager.cc:827] [C43800][S10340544242262884231] Sending local reply with details jwt_authn_access_denied{Jwks_remote_fetch_is_failed}',
      "':status', '401'",
      "'content-type', 'text/plain'",
      "'server', 'envoy'",
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
    via: 'envoy',
  },
  {
    name: 'Envoy’s JWKS fetch answered 503: the key set URL’s status, not the request’s (istio/istio#45138)',
    input: [
      'It started responding with `Jwks remote fetch is failed`. In the envoy logs:',
      '2026-05-28T14:09:31.120431Z\tdebug\tenvoy filter\tonSuccess: fetch pubkey [uri = https://acme-prod.eu.auth0.com/.well-known/jwks.json]: response status code 503',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
    via: 'envoy',
    excludes: ['status.not-auth'],
  },
  {
    name: 'istiod could not fetch the jwksUri: its log line (istio/istio#44315)',
    input:
      'Failed to fetch jwt public key from issuer "jan-sa@first-gaming-dev.iam.gserviceaccount.com", jwks uri "https://www.googleapis.com/service_accounts/v1/metadata/jwk/jan-sa@first-gaming-dev.iam.gserviceaccount.com": empty public key found in cache"',
    status: null,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
    via: 'envoy',
  },
  {
    name: 'the sidecar’s config dump holds istiod’s placeholder key set: the kid mismatch is its symptom (istio/istio#53260)',
    input: [
      "All my Auth requests fail with `Jwks doesn't have key to match kid or alg from Jwt.` error",
      '{"level":"debug","scope":"envoy config","msg":"    config: {\\"@type\\":\\"type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication\\",\\"providers\\":{\\"origins-0\\":{\\"issuer\\":\\"https://my-outside-cluster-host.com/cf/oidc\\",\\"local_jwks\\":{\\"inline_string\\":\\"{\\\\\\"keys\\\\\\":[ {\\\\\\"e\\\\\\":\\\\\\"AQAB\\\\\\",\\\\\\"kid\\\\\\":\\\\\\"abc\\\\\\",\\\\\\"kty\\\\\\":\\\\\\"RSA\\\\\\",\\\\\\"n\\\\\\":\\\\\\"RXJyb3ItSXN0aW9kRmFpbGVkVG9GZXRjaEp3a3NVcmkt\\\\\\"}]}\\"}}}"}',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
    via: 'envoy',
    excludes: ['key.kid-unknown'],
  },
];

describe('gateways and meshes as pasted today: one real paste per row', () => {
  it.each(CATCHES)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('a Keycloak URL is not Kong’s openid-connect plugin', () => {
  it('catches: the Istio rule’s issuer is the expected issuer beside a Keycloak certs URL (keycloak/keycloak#17299)', async () => {
    const r = await run(
      `jwtRules:\n  - issuer: "http://keycloak.keycloak.svc.cluster.local:8080/realms/demo"\n    jwksUri: "http://keycloak.keycloak.svc.cluster.local:8080/realms/demo/protocol/openid-connect/certs"\n\nAuthorization: Bearer ${KEYCLOAK_TOKEN}`,
    );
    const f = r.findings.find((x) => x.code === 'claim.iss-mismatch');
    expect(f?.args.expected).toEqual(['http://keycloak.keycloak.svc.cluster.local:8080/realms/demo']);
  });
  it('catches not: Kong’s plugin named beside its issuer keeps that issuer out (its discovery, not the iss)', () => {
    for (const named of ['- name: openid-connect', '"name": "openid-connect"', 'konghq.com/plugins: openid-connect'])
      expect(
        readVerifierConfig(
          `${named}\nissuer: https://kc.example/realms/x\njwks: https://kc.example/realms/x/protocol/openid-connect/certs`,
        ),
        named,
      ).toEqual([]);
  });
});

describe('a Service’s in-cluster name names no environment', () => {
  it('catches not: an issuer at <svc>.<ns>.svc.cluster.local against the same Keycloak’s public host', async () => {
    await catchesNot(
      'claim.environment',
      `issuer: "http://keycloak.keycloak.svc.cluster.local:8080/realms/demo"\n\nAuthorization: Bearer ${KEYCLOAK_TOKEN}`,
    );
  });
  it('catches: a namespace that names one still does (keycloak.staging.svc.cluster.local)', async () => {
    const f = await catches(
      'claim.environment',
      `issuer: "http://keycloak.staging.svc.cluster.local/realms/demo"\n\nAuthorization: Bearer ${masked({ iss: 'https://sso.example.com/realms/demo', aud: 'api', exp: NOW + 600 })}`,
    );
    expect(f.args.environment).toBe('production');
  });
});

describe('Kong’s key-auth and ACL: the credential it read', () => {
  it('catches: key-auth’s reply pretty-printed, as HTTPie prints it, is Kong refusing the key (Kong/kong#7101)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      [
        "$ curl -i https://api.example.com/my-service -H 'apikey: 3f8a1c0e9b7d4e2fa6c5d8b1e0f9a7c2'",
        'HTTP/1.1 401 Unauthorized',
        'Content-Type: application/json; charset=utf-8',
        'Server: kong/2.2.2',
        '',
        '{',
        '  "message":"Invalid authentication credentials"',
        '}',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ product: 'Kong', apiKey: true });
    await catchesNot(
      'authz-header.missing',
      'curl -i https://api.example.com/x -H \'apikey: 3f8a1c0e9b7d4e2fa6c5d8b1e0f9a7c2\'\nHTTP/1.1 401 Unauthorized\nServer: kong/2.2.2\n\n{\n  "message": "Invalid authentication credentials"\n}',
    );
  });
  it('catches not: the same words with another member beside them are no Kong reply', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\n\n{\n  "message": "Invalid authentication credentials",\n  "code": "E_AUTH"\n}',
    );
    expect(r.findings.find((f) => f.code === 'proxy.gateway-response')?.args.product).not.toBe('Kong');
  });
  it('catches: the ACL’s refusal means its auth plugin identified the consumer: no missing Authorization (Kong/kong#3522)', async () => {
    const input =
      'curl -i -X GET http://localhost:8000?apikey=abc123 --header \'HOST: example.com\'\n\n{"message":"You cannot consume this service"}';
    const r = await run(input);
    expect(r.findings[0]?.code).toBe('policy.deny');
    expect(r.findings.map((f) => f.code)).not.toContain('authz-header.missing');
  });
  it('catches not: a request without Authorization to a plain RBAC denial keeps authz-header.missing', async () => {
    await catches(
      'authz-header.missing',
      'GET /api HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 403 Forbidden\nserver: istio-envoy\n\nRBAC: access denied',
    );
  });
});

describe('istiod’s words are its own', () => {
  it('catches: the istiod finding names its fetch and the jwks field or the proxies’ own fetch', async () => {
    const f = await catches(
      'key.jwks-unavailable',
      'Failed to fetch jwt public key from "http://ory-hydra-oauth2.kyma-system.svc.cluster.local/.well-known/jwks.json"',
    );
    expect(f.args).toMatchObject({ via: 'envoy', fetcher: 'istiod' });
    const r = await run('warn    Failed to fetch jwt public key from "https://idp.example.com/jwks.json"', {
      locale: 'ja',
    });
    expect(r.nextSteps.join(' ')).toContain('PILOT_JWT_ENABLE_REMOTE_JWKS');
  });
  it('catches not: an application’s "Failed to fetch JWT public key from URL …" is no istiod line', async () => {
    const r = await run(
      "ERROR Failed to fetch JWT public key from URL 'http://auth:8080/version' with status code 500: upstream down",
    );
    expect(r.findings.some((f) => f.args.fetcher === 'istiod')).toBe(false);
  });
  it('catches not: a kid Envoy cannot match without istiod’s placeholder stays key.kid-unknown', async () => {
    await catches('key.kid-unknown', "Jwks doesn't have key to match kid or alg from Jwt");
  });
});

describe('a key fetch’s status is not the request’s', () => {
  it('catches not: Envoy’s "fetch pubkey [uri = …]: response status code 404" sets no status', async () => {
    const r = await run(
      'debug envoy jwt onSuccess: fetch pubkey [uri = https://idp.example.com/jwks]: response status code 404\nJwks remote fetch is failed',
    );
    expect(r.status).toBeNull();
  });
  it('catches: the same log’s own 401 after it still reads', async () => {
    const r = await run(
      'GET /api returned status 401\nfetch pubkey [uri = https://idp.example.com/jwks]: response status code 404',
    );
    expect(r.status).toBe(401);
  });
});

describe('curl given "Authorization: …" with no -H', () => {
  const token = masked({ iss: 'user-issuer' });
  it('catches: curl took the header for a second URL, and Kong answered 401 (Kong/docs.konghq.com#6233)', async () => {
    const f = await catches(
      'authz-header.missing',
      [
        `rajakavitha@198 ~ % curl -I -H "Host:kong.example:80" $PROXY_IP/lemon "Authorization: Bearer ${token}"`,
        'HTTP/1.1 401 Unauthorized',
        'Content-Length: 26',
        'X-Kong-Response-Latency: 0',
        'Server: kong/3.3.1',
        '',
        'curl: (3) URL rejected: Malformed input to a URL function',
      ].join('\n'),
    );
    expect(f.args.cutBy).toBe('argument');
    const ja = await run(`curl https://api.example.com/x "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized`, {
      locale: 'ja',
    });
    expect(ja.findings[0]?.title).toContain('-H');
  });
  it('catches not: the same header after -H is sent', async () => {
    const r = await run(
      `curl https://api.example.com/x -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized`,
    );
    expect(r.findings.find((f) => f.code === 'authz-header.missing')).toBeUndefined();
  });
  it('catches not: a second URL that is no header, or a header -H already sends', async () => {
    for (const input of [
      'curl https://api.example.com/x https://api.example.com/y\nHTTP/1.1 401 Unauthorized',
      `curl -H "Authorization: Bearer ${token}" https://api.example.com/x "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized`,
    ]) {
      const r = await run(input);
      expect(r.findings.find((f) => f.code === 'authz-header.missing')?.args.cutBy, input).toBeUndefined();
    }
  });
});

describe('the authorization service in front failed: not a denial, not the token', () => {
  it('catches: Envoy’s ext_authz_error, its service out of reach, failed closed (envoyproxy/envoy#32058)', async () => {
    const f = await catches(
      'verifier.misconfigured',
      [
        '[2026-05-28 14:00:59.294][22][trace][ext_authz] [source/extensions/filters/http/ext_authz/ext_authz.cc:468] ext_authz filter rejected the request with an error. Response status code: 500',
        '[2026-05-28 14:00:59.294][22][debug][http] [source/common/http/filter_manager.cc:1065] Sending local reply with details ext_authz_error',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'envoy', setup: 'envoy-ext-authz-error' });
  });
  it('catches: the access log’s 403 UAEX with ext_authz_error is the same failure, no denial', async () => {
    const r = await run(
      '[2026-05-28T14:09:25.117Z] "GET /api HTTP/1.1" 403 UAEX ext_authz_error - "-" 0 0 2 - "-" "curl/8.5.0" "b8837414-03e2-44c2-985a-9ea679f57183" "api.example.com" "-"',
    );
    expect(r.findings[0]?.args.setup).toBe('envoy-ext-authz-error');
    expect(r.findings.map((f) => f.code)).not.toContain('proxy.authorizer-deny');
    // Its 403 is Envoy's status_on_error, not a refused credential answered with the wrong status.
    expect(r.classification).toBe('authorization');
    expect(r.findings.map((f) => f.code)).not.toContain('status.mismatch');
  });
  it('catches not: a runbook’s sentence about ext_authz_error is no log of it', async () => {
    await catchesNot(
      'verifier.misconfigured',
      'When OPA is down Envoy logs ext_authz_error with the UAEX flag; page the team.',
    );
  });
  it('catches not: ext_authz_denied is the service’s denial', async () => {
    await catchesNot(
      'verifier.misconfigured',
      '[2026-05-28T14:09:25.117Z] "GET / HTTP/1.1" 403 UAEX ext_authz_denied - "-" 0 0 2 - "-" "curl/8.5.0" "-" "api.example.com" "-"',
    );
  });
  it('catches: Traefik’s forwardAuth could not call its address (traefik/traefik#6124)', async () => {
    const f = await catches(
      'verifier.misconfigured',
      'reverse-proxy_1  | time="2026-05-28T14:07:00Z" level=debug msg="Error calling . Cause: Get : unsupported protocol scheme \\"\\"" middlewareName=svc1-forwardauth-headers@docker middlewareType=ForwardedAuthType',
    );
    expect(f.args).toMatchObject({ via: 'traefik', setup: 'traefik-forward-auth-error' });
    const ja = await run(
      'level=debug msg="Error calling http://auth:4181. Cause: dial tcp: lookup auth: no such host" middlewareType=ForwardAuth',
      { locale: 'ja' },
    );
    expect(ja.findings[0]?.title).toContain('forwardAuth');
  });
  it('catches not: "Error calling" from anything but the forwardAuth middleware', async () => {
    await catchesNot(
      'verifier.misconfigured',
      'ERROR Error calling https://api.example.com/orders. Cause: 401 Unauthorized middlewareName=retry@file',
    );
  });
});

describe('oauth2-proxy’s bearer-token refusals', () => {
  it('catches: v6’s "unable to verify jwt token" with the header it quotes (oauth2-proxy/oauth2-proxy#709)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '[2026/05/28 14:09:11] [oauthproxy.go:901] Error retrieving session from token in Authorization header: unable to verify jwt token Bearer eyJhbGciOiJS...',
    );
    expect(f.args.via).toBe('oauth2-proxy');
    const r = await run(
      '[2026/05/28 14:09:11] [oauthproxy.go:901] Error retrieving session from token in Authorization header: unable to verify jwt token Bearer eyJhbGciOiJS...',
    );
    expect(r.nextSteps.join(' ')).toContain('--extra-jwt-issuers');
  });
  it('catches: a GitHub PAT under the GitHub provider is no JWT it can take (oauth2-proxy/oauth2-proxy#809)', async () => {
    const r = await run(
      [
        '$ curl -H "Authorization: Bearer ghp_Xq7RkP2mWv9TtLc4Hn8Ja3Ds6Fy1Zb0Ue5Go" https://domain.com',
        '[2026/05/28 14:07:27] [jwt_session.go:54] Error retrieving session from token in Authorization header: no valid bearer token found in authorization header',
      ].join('\n'),
      { locale: 'ja' },
    );
    expect(r.findings[0]).toMatchObject({ code: 'challenge.invalid-token', args: { via: 'oauth2-proxy' } });
    expect(r.nextSteps.join(' ')).toContain('--skip-jwt-bearer-tokens');
  });
  it('catches not: another tool’s "unable to verify jwt token" is no oauth2-proxy line', async () => {
    const r = await run('sessionController.isLoggedIn: Unable to verify JWT token ERROR: JsonWebTokenError');
    expect(r.findings.some((f) => f.args.via === 'oauth2-proxy')).toBe(false);
  });
});

describe('Envoy’s ext_authz trace of a denial', () => {
  it('catches: "ext_authz filter rejected the request. Response status code: \'401" is the service’s denial, with no UAEX in the access log (envoyproxy/envoy#18964)', async () => {
    const f = await catches(
      'proxy.authorizer-deny',
      [
        "[2026-05-28 14:09:25.119][4652345][trace][filter] [external/envoy/source/extensions/filters/http/ext_authz/ext_authz.cc:237] [C6][S1434089409734892564] ext_authz filter rejected the request. Response status code: '401",
        '[2026-05-28T14:09:25.117Z] "GET / HTTP/1.1" 401 - 0 46 2 - "-" "curl/7.78.0" "b8837414-03e2-44c2-985a-9ea679f57183" "example.com:8443" "-"',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ product: 'Envoy', authorizer: 'ext-authz' });
  });
  it('catches not: the same trace "with an error" is the service failing, not denying', async () => {
    await catchesNot(
      'proxy.authorizer-deny',
      '[2026-05-28 14:00:59.294][22][trace][ext_authz] ext_authz filter rejected the request with an error. Response status code: 403\n"GET / HTTP/1.1" 403 UAEX',
    );
  });
});

describe('Envoy’s "Jwt is missing" to a request that carried one', () => {
  const sa = masked({
    iss: 'invoker@other-project.iam.gserviceaccount.com',
    aud: 'https://my-api-abc123-uc.a.run.app',
    sub: '1048576000000000000',
    exp: NOW + 3000,
  });
  it('catches: ESPv2’s step names its providers’ issuers and token locations (GoogleCloudPlatform/esp-v2#472)', async () => {
    const input = `$ curl -i https://gateway-abc123-uc.a.run.app/v1/items -H "Authorization: Bearer ${sa}"\nHTTP/2 401\ncontent-type: application/json\n\n{"code":401,"message":"Jwt is missing"}`;
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'envoy', sent: true });
    expect((await run(input)).nextSteps.join(' ')).toContain('allow_missing');
    expect((await run(input, { locale: 'ja' })).nextSteps.join(' ')).toContain('allow_missing');
  });
  it('catches not: another verifier’s "no token" for a request that carried one keeps the plain steps', async () => {
    const r = await run(
      `GET /api HTTP/1.1\nAuthorization: Bearer ${sa}\n\nHTTP/1.1 401 Unauthorized\n\n{"message":"No authorization token was found"}`,
    );
    expect(r.nextSteps.join(' ')).not.toContain('allow_missing');
  });
});
