/**
 * Round audit-rr: API gateways and API management read as the on-call engineer would. Azure API Management's
 * validate-jwt says which claim it refused (its `context.LastError` messages and reasons, its trace's "Claim value
 * mismatch"); KrakenD's JWK client and go-jose say when the key set, not the token, is what failed; Authelia's authz log
 * says its own sign-in session was wanted. Sources beside each row (parse/verifier-messages/azure-apim.ts, go.ts,
 * gateways-more.ts, parse/proxy-texts.ts).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('Azure API Management validate-jwt', () => {
  it('catches: the trace’s claim value mismatch on aud names the audience (learn.microsoft.com Q&A 1064084)', async () => {
    const f = await catches(
      'claim.aud-mismatch',
      'validate-jwt (0.512 ms)\n{\n    "message": "JWT Validation Failed: Claim value mismatch: aud=xxxx-480e-b6bf-xxxxxx.."\n}',
    );
    expect(f.args).toMatchObject({ via: 'azure-apim', aud: ['xxxx-480e-b6bf-xxxxxx'] });
  });
  it('catches: a required claim missing, a grant claim’s value refused, no JWT, en and ja', async () => {
    const missing = await catches(
      'claim.required-missing',
      '"message": "JWT Validation Failed: JWT token is missing the following claims: roles.. Access denied."',
    );
    expect(missing.args).toMatchObject({ via: 'azure-apim', claim: 'roles' });
    const paste =
      'HTTP/1.1 403 Forbidden\nErrorSource: validate-jwt\nErrorReason: TokenClaimValueNotAllowed\nErrorMessage: Claim roles value of Reader is not allowed. Access denied.\n';
    const scope = await catches('scope.insufficient', paste);
    expect(scope.args).toMatchObject({ via: 'azure-apim' });
    expect((await run(paste)).classification).toBe('authorization');
    expect((await catches('scope.insufficient', paste, { locale: 'ja' })).title).toBeTruthy();
    const absent = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{ "statusCode": 401, "message": "JWT not present." }',
    );
    expect(absent.args).toMatchObject({ via: 'azure-apim' });
  });
  it('catches: the on-error headers’ TokenExpired names API Management, IdentityModel’s times kept (the error-handling page’s sample)', async () => {
    const f = await catches(
      'time.expired',
      "HTTP/1.1 401 Unauthorized\nErrorSource: validate-jwt\nErrorReason: TokenExpired\nErrorMessage: IDX10223: Lifetime validation failed. The token is expired. ValidTo: '05/28/2026 13:02:11', Current time: '05/28/2026 14:09:58'. Access denied.\nDate: Thu, 28 May 2026 14:09:58 GMT\n",
    );
    expect(f.args).toMatchObject({ via: 'azure-apim', exp: 1779973331 });
  });
  it('catches not: jsonwebtoken’s TokenExpiredError, a TokenExpired enum away from the policy', async () => {
    for (const paste of ['TokenExpiredError: jwt expired', 'switch (reason) { case TokenExpired: return 401; }']) {
      const report = await run(paste);
      expect(
        report.findings.filter((x) => x.args.via === 'azure-apim'),
        paste,
      ).toEqual([]);
    }
  });
  it('catches: a custom claim’s value refused is a mismatch, not a missing claim', async () => {
    const f = await catches(
      'claim.required-missing',
      'ErrorSource: validate-jwt\nErrorReason: TokenClaimValueNotAllowed\nErrorMessage: Claim tid value of 72f988bf-0000 is not allowed. Access denied.',
    );
    expect(f.args).toMatchObject({ via: 'azure-apim', claim: 'tid', mismatch: true });
  });
  it('catches not: the reasons away from the policy, Auth0’s lower-case claim value mismatch, prose', async () => {
    for (const paste of [
      'enum ValidationError { TokenClaimNotFound, TokenSignatureKeyNotFound }',
      'Error: Organization Id (org_id) claim value mismatch in the ID token; expected "org_1", found "org_2"',
      'Claim value mismatch: see the docs',
      // API Management's own neighbours in the same table: check-header's and ip-filter's refusals are no claim's.
      'ErrorMessage: Header X-Tenant value of blue is not allowed. Access denied.',
      'ErrorMessage: Caller IP address 203.0.113.7 is not allowed. Access denied.',
      'the jwt not present in the cookie jar',
    ]) {
      const report = await run(paste);
      expect(
        report.findings.filter((f) => f.args.via === 'azure-apim'),
        paste,
      ).toEqual([]);
    }
    await catchesNot('claim.required-missing', 'ErrorReason: TokenClaimNotFound');
  });
});

describe('KrakenD and go-jose: the key set failed, not the token', () => {
  it('catches: an unknown kty, a JWKS answered without JSON, the older no-key spelling', async () => {
    expect(
      (
        await catches(
          'key.jwks-unavailable',
          "[KRAKEND] 2022/11/28 - 10:12:03.447 ▶ ERROR [ENDPOINT: /api/v1/me][JWTValidator] Unable to validate the token: square/go-jose: unknown json web key type ''",
        )
      ).args,
    ).toMatchObject({ via: 'go-jose' });
    expect(
      (
        await catches(
          'key.jwks-unavailable',
          '[KRAKEND] 2022/09/20 - 11:47:12.156 ▶ ERROR [ENDPOINT: /geo/v1/countries][JWTValidator] Unable to validate the token: should have a JSON content type for JWKS endpoint',
        )
      ).args,
    ).toMatchObject({ via: 'krakend' });
    await catches(
      'key.kid-unknown',
      '[KRAKEND] 2022/11/02 - 09:31:44.120 ▶ ERROR [ENDPOINT: /graphql][JWTValidator] Unable to validate the token: no Keys has been found',
    );
  });
  it('catches not: an unknown curve, a kty error of another library, an unmarshal error whose source is unsaid', async () => {
    await catchesNot('key.jwks-unavailable', "square/go-jose: unknown curve P-999'");
    await catchesNot('key.jwks-unavailable', 'unknown JSON Web Key type');
    await catchesNot(
      'key.jwks-unavailable',
      'KRAKEND ERROR: [ENDPOINT: /user][JWTValidator] Unable to validate the token: json: cannot unmarshal number into Go value of type string',
    );
  });
});

describe('API Gateway could not use its authorizer', () => {
  it('catches: the execution log and the 500’s error type (ExpanseLLC/lambda_authorizer#1, serverless/examples#305), en and ja', async () => {
    for (const paste of [
      'Wed Sep 14 21:16:33 UTC 2016 : Authorizer result body before parsing: null\nWed Sep 14 21:16:33 UTC 2016 : Execution failed due to configuration error: Could not parse policy\nWed Sep 14 21:16:33 UTC 2016 : AuthorizerConfigurationException',
      'HTTP/2 500\ncontent-type: application/json\nx-amzn-errortype: AuthorizerConfigurationException\nx-cache: Error from cloudfront\n\n{"message": null}',
    ]) {
      const f = await catches('verifier.misconfigured', paste);
      expect(f.args, paste).toMatchObject({ via: 'aws-apigateway', setup: 'aws-api-gateway-authorizer' });
      expect((await run(paste)).nextSteps.join(' ')).toContain('principalId');
      expect((await catches('verifier.misconfigured', paste, { locale: 'ja' })).title).toContain('オーソライザー');
    }
  });
  it('catches not: a handler named after it, an integration’s own configuration error', async () => {
    await catchesNot('verifier.misconfigured', 'class AuthorizerConfigurationExceptionHandler {}');
    await catchesNot(
      'verifier.misconfigured',
      'Execution failed due to configuration error: Invalid permissions on Lambda function',
    );
  });
});

describe('caddy-security’s token error is its own, not go-chi jwtauth’s', () => {
  it('catches: the no-token lines name caddy-security (caddyserver/caddy#5023)', async () => {
    const f = await catches(
      'token.missing',
      '{"level":"debug","ts":1662544198.3611372,"logger":"security","msg":"token validation error","session_id":"gqt87sVjHgXhAQ3g4RBLJ4zJBGYGeZphQ9JfZzJ","request_id":"03ba1cdc-79ca-4dbf-abff-9ca32806e392","error":"no token found"}\n{"level":"error","ts":1662544198.3611686,"logger":"http.handlers.authentication","msg":"auth provider returned error","provider":"authorizer","error":"user authorization failed: src_ip=10.23.5.107, src_conn_ip=10.23.5.107, reason: no token found"}',
    );
    expect(f.args).toMatchObject({ via: 'caddy-security' });
  });
  it('catches not: go-chi jwtauth’s own body stays jwtauth’s', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain; charset=utf-8\n\nno token found\n',
    );
    expect(f.args).toMatchObject({ via: 'jwtauth' });
  });
});

describe('Authelia: its own sign-in session was wanted', () => {
  it('catches: the authz log’s 401 to an anonymous user (authelia/authelia handler_authz_impl)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      '{"level":"info","method":"GET","msg":"Access to https://app.example.com/api/items (method GET) is not authorized to user <anonymous>, responding with status code 401","path":"/api/authz/auth-request","remote_ip":"10.0.0.12","time":"2026-05-28T14:09:58Z"}',
    );
    expect(f.args).toMatchObject({ product: 'Authelia', beforeToken: true });
  });
  it('catches: its 302 to the portal names Authelia and its session, not a status without a cause (authelia/authelia#9113), en and ja', async () => {
    const paste =
      'mar 27 16:21:15 leela a6967501689b[1037]: time="2025-03-27T16:21:15+01:00" level=info msg="Access to https://rss.example.com/ (method GET) is not authorized to user user, responding with status code 302 with location redirect to https://auth.example.com/?rd=https%3A%2F%2Frss.example.com%2F&rm=GET" method=GET path=/api/authz/forward-auth remote_ip=123.123.123.123';
    const f = await catches('proxy.gateway-response', paste);
    expect(f).toMatchObject({ severity: 'error', args: { product: 'Authelia', beforeToken: true } });
    const report = await run(paste);
    expect(report.findings[0]?.code).toBe('proxy.gateway-response');
    expect(report.nextSteps[0]).toContain('access_control rule');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('Authelia セッション');
  });
  it('catches not: a redirect with no intermediary’s session words, Cloudflare Access keeps its own', async () => {
    await catchesNot('proxy.gateway-response', 'HTTP/1.1 302 Found\nLocation: https://app.example.com/login\n');
    const access = await catches(
      'proxy.gateway-response',
      'HTTP/2 302\nlocation: https://acme.cloudflareaccess.com/cdn-cgi/access/login/app.example.com?kid=abc\n',
    );
    expect(access.args).toMatchObject({ product: 'Cloudflare Access', accessLogin: true });
  });
  it('catches not: the same words in prose, without the method’s parenthesis', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\nthis resource is not authorized to user accounts');
    expect(report.findings.filter((f) => f.args.product === 'Authelia')).toEqual([]);
  });
});

describe('an intermediary’s own sign-in failed: its steps are that sign-in, not JWT settings', () => {
  it('catches: oauth2-proxy’s cookie signature, an ALB’s AuthInvalidCookie, en and ja', async () => {
    for (const [paste, product] of [
      [
        '[2026/05/28 14:09:58] [stored_session.go:94] Error loading cookied session: cookie signature not valid, removing session\n10.1.5.6:48444 - - [2026/05/28 14:09:58] auth.example.com GET - "/oauth2/auth" HTTP/1.1 "curl/8.4.0" 401 21 0.000',
        'oauth2-proxy',
      ],
      [
        'https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 203.0.113.7:2817 - 0.000 0.000 0.000 401 - 512 290 "GET https://app.example.com:443/dashboard HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "app.example.com" "-" 1 2026-05-28T14:09:58.150000Z "authenticate" "-" "AuthInvalidCookie" "-" "-" "-" "-"',
        'AWS ALB',
      ],
    ] as const) {
      const f = await catches('proxy.gateway-response', paste);
      expect(f.args, paste).toMatchObject({ product, ownSession: true, beforeToken: true });
      const steps = (await run(paste)).nextSteps.join(' ');
      expect(steps, paste).toContain(`sign in through ${product} again`);
      expect(steps, paste).not.toContain('JWKS');
      expect((await run(paste, { locale: 'ja' })).nextSteps.join(' ')).toContain('サインインし直し');
    }
  });
  it('catches not: a gateway refusing the bearer token keeps its JWT steps (no session cookie at all: round left-cc, below)', async () => {
    const kong = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nServer: kong/3.4.0\nContent-Type: application/json\n\n{"exp":"token expired"}',
    );
    expect(kong.args.ownSession).toBeUndefined();
    // Round left-cc settled the owner question round 14 left: oauth2-proxy's own words that its session cookie is absent
    // name it, and its own sign-in is what the request lacked (ownSession's words say "no session cookie"), not an
    // Authorization header for the application; formats-left-cc.test.ts holds the catch.
  });
});

describe('Tyk’s expired key and an OIDC plugin refused at introspection', () => {
  it('catches: Tyk’s own expiry of the key (TykTechnologies/tyk#782)', async () => {
    const f = await catches(
      'time.expired',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Key has expired, please renew"\n}',
    );
    expect(f.args).toMatchObject({ via: 'tyk' });
  });
  it('catches: APISIX’s introspection refused as a client, not the token (apache/apisix#3893), en and ja', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nApisix-Plugins: openid-connect\nWWW-Authenticate: Bearer realm="apisix", error="invalid_token", error_description="response indicates failure, status=401, body="\nServer: APISIX/2.4\n\n2021/03/23 10:00:51 [error] 45#45: *1784241 [lua] openid-connect.lua:268: phase_func(): OIDC introspection failed: response indicates failure, status=401, body=, client: 192.168.3.69, server: , request: "POST /oidc/test HTTP/1.1", host: "192.168.3.34:19080"';
    const f = await catches('verifier.misconfigured', paste);
    expect(f.args).toMatchObject({ via: 'lua-resty-openidc', setup: 'oidc-introspection-client' });
    expect((await run(paste)).nextSteps[0]).toContain('client_id and client_secret');
    expect((await catches('verifier.misconfigured', paste, { locale: 'ja' })).title).toContain('イントロスペクション');
  });
  it('catches not: a licence key’s expiry, the token endpoint’s failure, an introspection endpoint that is not there', async () => {
    await catchesNot('time.expired', 'If your license key has expired, please renew your license.');
    await catchesNot(
      'verifier.misconfigured',
      '[error] openidc.lua:1029: access_token error: response indicates failure, status=401, body={"error":"invalid_grant"}',
    );
    await catchesNot(
      'verifier.misconfigured',
      '[error] Introspection error: response indicates failure, status=404, body=',
    );
  });
});

describe('an OpenResty error page under an OpenResty-based gateway’s Server header names that gateway', () => {
  it('catches: APISIX’s 401 page (apache/apisix#3893)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nContent-Type: text/html; charset=utf-8\nServer: APISIX/2.4\n\n<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>openresty</center>\n</body>\n</html>',
    );
    expect(f.args).toMatchObject({ product: 'APISIX', ownReply: true });
  });
  it('catches not: the same page from OpenResty itself stays nginx', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nContent-Type: text/html\nServer: openresty/1.21.4.1\n\n<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n<hr><center>openresty/1.21.4.1</center>\n</body>\n</html>',
    );
    expect(f.args).toMatchObject({ product: 'nginx' });
  });
});

describe('jjwt with no key for a signed token', () => {
  it('catches: Gravitee’s JWT policy log (gravitee-io/issues#1114)', async () => {
    const f = await catches(
      'verifier.misconfigured',
      '{\n   "message": "Unauthorized",\n   "http_status_code": 401\n}\n\nERROR io.gravitee.policy.jwt.JWTPolicy - A signing key must be specified if the specified JWT is digitally signed.',
    );
    expect(f.args).toMatchObject({ via: 'jjwt' });
  });
  it('catches not: a key that is there but does not match', async () => {
    await catchesNot(
      'verifier.misconfigured',
      'io.jsonwebtoken.SignatureException: JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.',
    );
  });
});

describe('API Gateway’s HTTP API challenge names API Gateway, whatever its description', () => {
  it('catches: "the token has expired" and a JWT library’s words with only the request id beside', async () => {
    for (const description of ['the token has expired', 'token contains an invalid number of segments']) {
      const f = await catches(
        'proxy.gateway-response',
        `HTTP/2 401\ncontent-type: application/json\nwww-authenticate: Bearer scope="" error="invalid_token" error_description="${description}"\napigw-requestid: bXk1ZhTroAMEVzA=\n\n{"message":"Unauthorized"}`,
      );
      expect(f.args, description).toMatchObject({ product: 'AWS API Gateway', ownReply: true });
      expect(f.args.signals, description).toContain('www-authenticate: Bearer scope="" error="invalid_token"');
    }
  });
  it('catches not: an RFC 6750 challenge with commas is anyone’s', async () => {
    await catchesNot(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The token has expired"\n',
    );
  });
});
