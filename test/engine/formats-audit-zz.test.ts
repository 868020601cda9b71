/**
 * Round audit-zz: a cluster's front door. Pastes from public issue threads (sources beside each), read as the on-call
 * engineer reads them: which mesh's Envoy stated an RBAC denial and the policy it names (Istio's deny-all for a broken
 * CUSTOM provider, "matched policy none", Consul's intentions, Kuma's MeshTrafficPermission), Cilium's L7 "Access
 * denied", oauth2-proxy's and Pomerium's missing sign-in session, Kubernetes Dashboard's own error codes.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('Envoy’s RBAC denial: the policy it names', () => {
  // istio/istio#40944: the sidecar's access log for a CUSTOM policy whose provider Istio could not use.
  const badCustom =
    '[2022-09-30T11:31:37.335Z] "GET /headers HTTP/1.1" 403 - rbac_access_denied_matched_policy[default-deny-all-due-to-bad-CUSTOM-action] - "-" 0 19 0 - "-" "curl/7.85.0-DEV" "176ba93b-d2a5-9c58-97aa-cf4a7d70f30a" "httpbin.foo:8000" "-" inbound|80|| - 192.168.24.67:80 192.168.54.235:57754 outbound_.8000_._.httpbin.foo.svc.cluster.local -';
  // envoyproxy/envoy#36346: the RBAC filter's debug line when no ALLOW policy matched.
  const none =
    '[2024-09-26 11:41:28.955][3492043][debug][rbac] [source/extensions/filters/http/rbac/rbac_filter.cc:194] enforced denied, matched policy none';

  it('catches: Istio’s deny-all for a CUSTOM provider it could not use, and says so', async () => {
    const f = await catches('policy.deny', badCustom);
    expect(f.args).toMatchObject({ via: 'envoy', rbacPolicy: 'default-deny-all-due-to-bad-CUSTOM-action' });
    const report = await run(badCustom);
    expect(report.nextSteps[0]).toContain('extensionProviders');
  });

  it('catches: the debug line alone, "matched policy none"', async () => {
    const f = await catches('policy.deny', none);
    expect(f.args).toMatchObject({ via: 'envoy', rbacPolicy: 'none' });
  });

  it('catches: an Istio policy name with brackets of its own', async () => {
    const f = await catches(
      'policy.deny',
      '[2026-10-09T07:54:53.132Z] "GET /reviews/0 HTTP/1.1" 403 - rbac_access_denied_matched_policy[ns[foo]-policy[deny-get]-rule[0]] - "-" 0 19 0 - "-" "curl/8.11.1"',
    );
    expect(f.args).toMatchObject({ rbacPolicy: 'ns[foo]-policy[deny-get]-rule[0]' });
  });

  it('catches not: "enforced denied" in prose, without the RBAC filter’s line', async () => {
    await catchesNot('policy.deny', 'the change was enforced denied-by-default for new users, says the wiki');
  });

  it('catches not: the filter’s allowed line', async () => {
    await catchesNot(
      'policy.deny',
      '[2024-09-26 11:40:13.329][3492045][debug][rbac] [source/extensions/filters/http/rbac/rbac_filter.cc:182] enforced allowed, matched policy whitelist',
    );
  });
});

describe('whose Envoy: Consul’s intentions, Kuma’s MeshTrafficPermission', () => {
  // hashicorp/consul#23048.
  const consul =
    'Consul: DC2\nservice: bar # downstream service\ncurl bar - RBAC 403 (RBAC: access denied)\n\nNote: The required Intentions are set in all DCs';
  // kumahq/kuma-website#2322.
  const kuma =
    '< HTTP/1.1 403 Forbidden\n< content-length: 19\n< content-type: text/plain\n< server: Kuma Gateway\n< x-envoy-upstream-service-time: 24\n<\nRBAC: access denied';

  it('catches: Consul named beside the denial', async () => {
    const f = await catches('policy.deny', consul);
    expect(f.args).toMatchObject({ via: 'envoy', mesh: 'consul' });
  });

  it('catches: Kuma’s gateway', async () => {
    const f = await catches('policy.deny', kuma);
    expect(f.args).toMatchObject({ via: 'envoy', mesh: 'kuma' });
  });

  it('catches not: Istio’s denial names no other mesh', async () => {
    const f = await catches(
      'policy.deny',
      'HTTP/1.1 403 Forbidden\ncontent-length: 19\nserver: istio-envoy\n\nRBAC: access denied',
    );
    expect(f.args).not.toHaveProperty('mesh');
    expect(f.args).not.toHaveProperty('rbacPolicy');
  });
});

describe('Cilium’s L7 policy: "Access denied" from its Envoy', () => {
  // cilium/cilium#13280.
  const cilium = [
    '$> kubectl exec -ti multitool-7f647bbbd7-8jtpg -- curl http://10.244.1.170:80/status/200',
    'Access denied',
    '$> kubectl exec -ti multitool-7f647bbbd7-8jtpg -- curl -X GET -I http://10.244.1.170:80/status/200',
    'HTTP/1.1 403 Forbidden',
    'content-length: 15',
    'content-type: text/plain',
    'date: Fri, 25 Sep 2020 11:53:43 GMT',
    'server: envoy',
  ].join('\n');

  it('catches: the body alone on its line, from Envoy', async () => {
    const f = await catches('policy.deny', cilium);
    expect(f.args).toMatchObject({ via: 'cilium', gateway: 'Cilium' });
    const g = await catches('proxy.gateway-response', cilium);
    expect(g.args).toMatchObject({ product: 'Cilium', policyDenial: true });
  });

  it('catches not: "Access denied" from another server', async () => {
    await catchesNot('policy.deny', 'HTTP/1.1 403 Forbidden\nserver: nginx\n\nAccess denied');
  });

  it('catches not: "Access denied" inside a sentence', async () => {
    await catchesNot('policy.deny', 'HTTP/1.1 403 Forbidden\nserver: envoy\n\nAccess denied for user bob');
  });
});

describe('Kubernetes Dashboard’s own error codes', () => {
  it('catches: its expired login, answered 500 by older releases (kubernetes-retired/dashboard#3189)', async () => {
    const f = await catches(
      'time.expired',
      '2018/08/01 13:18:32 MSG_TOKEN_EXPIRED_ERROR\n2018/08/01 13:18:32 [2018-08-01T13:18:32Z] Outcoming response to 10.244.18.212:38208 with 500 status code',
    );
    expect(f.args).toMatchObject({ via: 'kubernetes-dashboard' });
  });

  it('catches: no login to act with (kubernetes-retired/dashboard#4624)', async () => {
    const f = await catches(
      'token.missing',
      '{"status":401,"plugins":[],"errors":[{"ErrStatus":{"metadata":{},"status":"Failure","message":"MSG_LOGIN_UNAUTHORIZED_ERROR","reason":"Unauthorized","code":401}}]}',
    );
    expect(f.args).toMatchObject({ via: 'kubernetes-dashboard' });
  });

  it('catches not: the code’s name in lower case, as prose', async () => {
    await catchesNot('time.expired', 'is msg_token_expired_error ever logged by the dashboard?');
  });
});

describe('a front door that sends the caller to sign in', () => {
  // kubernetes/ingress-nginx#8786: auth-url / auth-signin to oauth2-proxy, the 302 curl sees.
  const start = [
    '> GET /api/v1/onboard/getAssociatedOrganization HTTP/2',
    '> Host: api.xyz.com',
    '> user-agent: curl/7.79.1',
    '>',
    '< HTTP/2 302',
    '< date: Tue, 05 Jul 2022 21:16:50 GMT',
    '< content-type: text/html',
    '< location: https://api-auth.xyz.com/oauth2/start?rd=http://api.xyz.com/api/v1/onboard/getAssociatedOrganization',
  ].join('\n');
  // arrikto/oidc-authservice#62: Istio's access log for the authorization service's redirect.
  const extAuthz =
    '[2021-05-12T08:58:44.942Z] "GET / HTTP/2" 302 - ext_authz_denied - "-" 0 365 3 2 "95.117.25.93" "Mozilla/5.0" "8c801b72-e886-4582-994e-5c29e3a36878" "kubeflow.example.com" "-" - - 10.10.1.203:443 95.117.25.93:60032 kubeflow.example.com -';

  it('catches: the ingress’s redirect to oauth2-proxy’s sign-in', async () => {
    const f = await catches('proxy.gateway-response', start);
    expect(f.args).toMatchObject({ product: 'oauth2-proxy', ownSession: true, beforeToken: true });
  });

  it('catches not: a redirect to the application’s own login page', async () => {
    await catchesNot(
      'proxy.gateway-response',
      start.replace('https://api-auth.xyz.com/oauth2/start?rd=', 'https://api.xyz.com/login?next='),
    );
  });

  it('catches: Envoy relaying its authorization service’s redirect, an authentication failure', async () => {
    const f = await catches('proxy.authorizer-deny', extAuthz);
    expect(f.args).toMatchObject({ product: 'Envoy', authorizer: 'ext-authz', signIn: true });
    expect((await run(extAuthz)).classification).toBe('authentication');
  });

  // traefik/traefik#4972: forwardAuth relaying its authentication server's redirect.
  const traefik = [
    'traefik | time="2019-06-28T13:05:35Z" level=debug msg="Remote error http://traefik-forward-auth:4181. StatusCode: 307" middlewareName=hello-auth@docker middlewareType=ForwardedAuthType',
    'traefik | 192.168.1.1 - - [28/Jun/2019:13:05:35 +0000] "GET / HTTP/1.1" 307 467 "-" "Mozilla/5.0" 1 "hello-auth@docker" - 2ms',
  ].join('\n');

  it('catches: Traefik’s forwardAuth relaying its server’s redirect', async () => {
    const f = await catches('proxy.authorizer-deny', traefik);
    expect(f.args).toMatchObject({ product: 'Traefik', authorizer: 'forward-auth', signIn: true });
  });

  it('catches not: Traefik’s own redirect to https, no forwardAuth error', async () => {
    await catchesNot(
      'proxy.authorizer-deny',
      '192.168.1.1 - - [28/Jun/2019:13:05:35 +0000] "GET / HTTP/1.1" 307 467 "-" "Mozilla/5.0" 1 "web-redirect@docker" - 0ms',
    );
  });

  it('catches not: a redirect the upstream sent (no ext_authz_denied)', async () => {
    await catchesNot('proxy.authorizer-deny', extAuthz.replace('ext_authz_denied', 'via_upstream'));
  });
});

describe('ingress-nginx answering for its external auth (auth-url)', () => {
  // kubernetes/ingress-nginx#2292: nginx's own 401 page instead of the auth service's body.
  const page = [
    '<html>',
    '<head><title>401 Authorization Required</title></head>',
    '<body bgcolor="white">',
    '<center><h1>401 Authorization Required</h1></center>',
    '<hr><center>nginx/1.13.9</center>',
    '</body>',
    '</html>',
  ].join('\n');
  const annotated = `${page}\n\nnginx.ingress.kubernetes.io/auth-method: "POST"\nnginx.ingress.kubernetes.io/auth-url: "http://auth-svc.default.svc.cluster.local/api/auth"\nnginx.ingress.kubernetes.io/auth-response-headers: UserRole`;

  it('catches: the auth service refused, and its log holds why', async () => {
    const f = await catches('proxy.gateway-response', annotated);
    expect(f.args).toMatchObject({ product: 'ingress-nginx', externalAuth: true });
    expect(f.severity).toBe('error');
    expect((await run(annotated)).nextSteps[0]).toContain('auth-url');
    expect((await run(annotated, { locale: 'ja' })).nextSteps[0]).toContain('auth-url');
  });

  it('catches not: nginx’s page without the annotation stays nginx', async () => {
    const f = await catches('proxy.gateway-response', page);
    expect(f.args).toMatchObject({ product: 'nginx' });
    expect(f.args).not.toHaveProperty('externalAuth');
  });
});

describe('Envoy’s JWT filter and Istio’s CUSTOM action, misconfigured', () => {
  it('catches: a route naming a requirement jwt_authn lacks (envoyproxy/gateway#8313)', async () => {
    const f = await catches(
      'verifier.misconfigured',
      "'Failed JWT authentication: Wrong requirement_name: httproute/ns1/efghi/rule/0/match/0/test_domain_com. It should be one of [httproute/abcd/dd/rule/0/match/0/test_domain_com]'",
    );
    expect(f.args).toMatchObject({ via: 'envoy', setup: 'envoy-requirement-name' });
  });

  it('catches not: the words in prose about a wrong name', async () => {
    await catchesNot('verifier.misconfigured', 'I think the requirement name is wrong, or the route is');
  });

  // istio/istio#55137: the denial beside the CUSTOM policy whose provider was never called.
  const custom = [
    'When I attempt to connect jaeger.mydomain.com, the following message is displayed:',
    'RBAC: access denied',
    '- apiVersion: security.istio.io/v1',
    '  kind: AuthorizationPolicy',
    '  metadata:',
    '    name: oauth2-auth',
    '  spec:',
    '    action: CUSTOM',
    '    provider:',
    '      name: oauth2-proxy',
  ].join('\n');

  it('catches: RBAC’s denial beside a CUSTOM policy points at its provider first', async () => {
    const f = await catches('policy.deny', custom);
    expect(f.args).toMatchObject({ via: 'envoy', customPolicy: true });
    expect((await run(custom)).nextSteps[0]).toContain('extensionProviders');
  });

  it('catches not: an ALLOW policy beside the denial', async () => {
    const f = await catches('policy.deny', custom.replace('action: CUSTOM', 'action: ALLOW'));
    expect(f.args).not.toHaveProperty('customPolicy');
  });
});

describe('Envoy’s debug log of the headers it handled (an Istio sidecar at debug level)', () => {
  // envoyproxy/envoy#34227: the local reply jwt_authn sent, as the connection manager printed it.
  const reply = [
    '2024-09-24T07:15:24.215038Z debug envoy http external/envoy/source/common/http/filter_manager.cc:1069 [Tags: "ConnectionId":"30","StreamId":"15459195001924320101"] Executing sending local reply. thread=34',
    '2024-09-24T07:15:24.215066Z debug envoy http external/envoy/source/common/http/conn_manager_impl.cc:1838 [Tags: "ConnectionId":"30","StreamId":"15459195001924320101"] encoding headers via codec (end_stream=false):',
    "':status', '401'",
    '\'www-authenticate\', \'Bearer realm="http://helloworld.test.local:7070/helloworld/hello-jwt", error="invalid_token"\'',
    "'content-length', '22'",
    "'content-type', 'text/plain'",
  ].join('\n');
  // The request the connection manager read before it, with its Authorization header (signature masked).
  const request = [
    '2024-09-24T07:15:24.214001Z debug envoy http external/envoy/source/common/http/conn_manager_impl.cc:1193 [Tags: "ConnectionId":"30"] request headers complete (end_stream=true):',
    "':authority', 'helloworld.test.local:7070'",
    "':path', '/helloworld/hello-jwt'",
    "':method', 'GET'",
    "'authorization', 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJhdWQiOiJoZWxsbyIsImV4cCI6MTc3OTk3NzAwMH0.****'",
  ].join('\n');

  it('catches: the response’s challenge, invalid_token', async () => {
    const report = await run(reply);
    expect(report.status).toBe(401);
    expect(report.challenges).toHaveLength(1);
    await catches('challenge.invalid-token', reply);
  });

  it('catches: the request’s token, judged with the reply', async () => {
    const f = await catches('challenge.invalid-token', `${request}\n${reply}`);
    expect(f.args).toMatchObject({ tokenShown: true });
    await catches('time.expired', `${request}\n${reply}`);
  });

  it('catches not: the same quoted pairs without Envoy’s marker line are no headers', async () => {
    const pairs = "headers = [\n':status', '401'\n'www-authenticate', 'Bearer realm=\"x\", error=\"invalid_token\"'\n]";
    expect((await run(pairs)).challenges).toHaveLength(0);
    await catchesNot('challenge.invalid-token', pairs);
  });
});

describe('Grafana behind an authenticating proxy that passes the user as Basic credentials', () => {
  // grafana/grafana#27251 (oauth2-proxy in front; bitly/oauth2_proxy#205 for pass_basic_auth's empty password).
  const log = [
    'grafana | t=2020-08-28T11:30:23+0000 lvl=dbug msg="Failed to authorize the user" logger=context username=<uuid>',
    'grafana | t=2020-08-28T11:30:23+0000 lvl=eror msg="Invalid username or password" logger=context error="No password provided"',
    'grafana | t=2020-08-28T11:30:23+0000 lvl=info msg="Request Completed" logger=context userId=0 orgId=0 uname= method=GET path=/favicon.ico status=401 remote_addr=172.29.0.1 time_ms=0 size=42',
  ].join('\n');

  it('catches: the proxy’s Basic header, not a missing token', async () => {
    const f = await catches('verifier.misconfigured', log);
    expect(f.args).toMatchObject({ via: 'grafana', setup: 'grafana-proxy-basic' });
    await catchesNot('token.missing', log);
    expect((await run(log, { locale: 'ja' })).nextSteps[0]).toContain('pass-basic-auth');
  });

  it('catches not: another program’s "No password provided"', async () => {
    await catchesNot(
      'verifier.misconfigured',
      'level=error msg="login failed" error="No password provided"\nHTTP/1.1 401',
    );
  });
});
