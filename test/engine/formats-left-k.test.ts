/**
 * Round left-k: readings the real-paste audits (audit-aa, audit-z) left. A Google access token a JWT verifier refused,
 * Cloud Run behind ESPv2, gcloud's ACCESS_TOKEN_TYPE_UNSUPPORTED, APISIX's bare token, an opaque token where a JWT is
 * wanted, Strapi's and Directus's bodies, and client code that sets the header.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const YA29 = 'ya29.GlsjBAwcRb-NJaQx3Zk9mTq7uLpV2cFhR8sWnE4yKdG0aB1oJtXvM6iHlP5rYeCfUgSwD';

describe('a Google access token where a JWT is wanted', () => {
  // GoogleCloudPlatform/java-docs-samples#590: Endpoints Frameworks' EspAuthenticator, jose4j, a ya29 token.
  const esp = `com.google.api.server.spi.auth.EspAuthenticator authenticate: Authentication failed: com.google.common.util.concurrent.UncheckedExecutionException: com.google.api.auth.UnauthenticatedException: org.jose4j.jwt.consumer.InvalidJwtException: Unable to process JOSE object (cause: org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.): ${YA29}`;

  it('catches: the wrong kind of token leads, not "copy it again"', async () => {
    const f = await catches('token.opaque', esp);
    expect(f.args).toMatchObject({ form: 'google-access-token' });
    expect(f.severity).toBe('error');
    const r = await run(esp);
    expect(r.findings[0]?.code).toBe('token.opaque');
    expect(r.findings.some((x) => x.code === 'token.malformed')).toBe(false);
    expect(JSON.stringify(r)).not.toContain(YA29.slice(5, 21));
  });

  it('catches not: a masked or short mention of ya29 is no token', async () => {
    await catchesNot('token.opaque', 'I get "but was 2" when I send my ya29.xxx token to the API');
  });

  it('catches not: a JWT verifier’s malformed words with no Google token stay malformed', async () => {
    await catchesNot(
      'token.opaque',
      'org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.',
    );
  });
});

describe('Cloud Run’s "not authorized to invoke this service" (behind ESPv2)', () => {
  // GoogleCloudPlatform/esp-v2#542: ESPv2 on Cloud Run deployed with --no-allow-unauthenticated.
  const espv2 = [
    'Unauthorized: HTTP status code 401; transport: received the unexpected content-type "text/html; charset=UTF-8"',
    'The request was not authorized to invoke this service. Read more at https://cloud.google.com/run/docs/securing/authentication',
  ].join('\n');

  it('catches: the steps are run.invoker and --allow-unauthenticated, not generic access rules', async () => {
    const f = await catches('policy.deny', espv2);
    expect(f.args).toMatchObject({ via: 'cloud-run' });
    const steps = (await run(espv2)).nextSteps.join('\n');
    expect(steps).toContain('roles/run.invoker');
    expect(steps).toContain('--allow-unauthenticated');
    expect(steps).not.toContain('RBAC, ACL');
  });

  it('catches not: another gateway’s stated denial keeps its own step', async () => {
    const kong = 'HTTP/1.1 403 Forbidden\nServer: kong/3.4.0\n\n{"message":"You cannot consume this service"}';
    const steps = (await run(kong)).nextSteps.join('\n');
    expect(steps).not.toContain('roles/run.invoker');
  });
});

describe('Google’s ACCESS_TOKEN_TYPE_UNSUPPORTED reason', () => {
  // GoogleCloudPlatform/cloud-code-vscode#864: gcloud prints the ErrorInfo details as YAML.
  const gcloud = [
    'ERROR: (gcloud.alpha.code.export) UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    "- '@type': type.googleapis.com/google.rpc.ErrorInfo",
    '  reason: ACCESS_TOKEN_TYPE_UNSUPPORTED',
  ].join('\n');

  it('catches: the reason is read, with its step', async () => {
    const f = await catches('challenge.invalid-token', gcloud);
    expect(f.args).toMatchObject({ googleReason: 'access-token-type-unsupported' });
    expect(f.detail).toContain('ACCESS_TOKEN_TYPE_UNSUPPORTED');
    expect((await run(gcloud)).nextSteps.join('\n')).toContain('not an ID token');
  });

  it('catches not: the same refusal with another reason keeps the generic reading', async () => {
    const expired = gcloud.replace('ACCESS_TOKEN_TYPE_UNSUPPORTED', 'ACCESS_TOKEN_EXPIRED');
    const f = await catches('challenge.invalid-token', expired);
    expect(f.args).not.toHaveProperty('googleReason');
  });

  it('catches not: the reason word beside another product’s refusal', async () => {
    const other =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nnote: ACCESS_TOKEN_TYPE_UNSUPPORTED';
    const f = await catches('challenge.invalid-token', other);
    expect(f.args).not.toHaveProperty('googleReason');
  });
});

describe('APISIX’s jwt-auth takes a bare token', () => {
  // apache/apisix#8909: the token sent without Bearer, as APISIX's jwt-auth docs send it.
  const token =
    'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJrZXkiOiJqd3Rfa2V5IiwiZXhwIjoxNjc3MTMwNjM2fQ.qYpq7_vx8jQhTQnQJKqV_09wn8Hj4P_Uj9SXBb4Cbr2';
  const apisix = [
    `curl http://127.0.0.1:9080/test1/ -H 'Authorization:${token}' -i`,
    'HTTP/1.1 401 Unauthorized',
    'Server: APISIX/2.15.0',
    '',
    '{"message":"failed to verify jwt"}',
  ].join('\n');

  it('catches: APISIX’s refusal is read, and no "no scheme" is raised', async () => {
    const r = await catchesNot('authz-header.scheme', apisix);
    expect(r.findings.some((f) => f.code === 'challenge.invalid-token')).toBe(true);
  });

  it('catches: APISIX’s refusal alone, without its Server header, also says so', async () => {
    await catchesNot('authz-header.scheme', apisix.replace('Server: APISIX/2.15.0\n', ''));
  });

  it('catches not: the same bare token to another server still lacks its scheme', async () => {
    const other = [
      `curl http://127.0.0.1:8080/test1/ -H 'Authorization:${token}' -i`,
      'HTTP/1.1 401 Unauthorized',
      'Server: nginx',
    ].join('\n');
    await catches('authz-header.scheme', other);
  });
});

describe('an opaque access token where a JWT is wanted, by the IdP named', () => {
  // sevensolutions/traefik-oidc-auth#8: ZITADEL's default (Bearer) access token to golang-jwt.
  const zitadel = [
    'I tried this package with ZITADEL. With my config i get this error after login:',
    '',
    'token is malformed: token contains an invalid number of segments',
  ].join('\n');
  const opaque = 'Authorization: Bearer 8sKq0P3mZr9XvT2bLwY7nE4hJ6cA1dFgUiOpQsRt\n\n{"error":"jwt malformed"}';

  it('catches: no token shown, ZITADEL named: malformed says the kind, with ZITADEL’s setting', async () => {
    const f = await catches('token.malformed', zitadel);
    expect(f.args).toMatchObject({ via: 'golang-jwt', opaqueIssuer: 'zitadel' });
    expect((await run(zitadel)).nextSteps[0]).toContain('Auth Token Type to JWT');
  });

  it('catches: an opaque token with ZITADEL named is token.opaque with ZITADEL’s step', async () => {
    const input = `Using ZITADEL as the IdP\n${opaque}`;
    const f = await catches('token.opaque', input);
    expect(f.args).toMatchObject({ issuer: 'zitadel' });
    expect(f.severity).toBe('error');
    expect((await run(input)).nextSteps.join('\n')).toContain('Auth Token Type to JWT');
  });

  it('catches: Auth0 named: the audience step', async () => {
    const f = await catches('token.opaque', `Auth0 SPA login, then the API says\n${opaque}`);
    expect(f.args).toMatchObject({ issuer: 'auth0' });
  });

  it('catches not: no IdP named keeps the generic readings', async () => {
    const f = await catches('token.malformed', zitadel.replace('with ZITADEL', 'with my IdP'));
    expect(f.args).not.toHaveProperty('opaqueIssuer');
    const o = await catches('token.opaque', opaque);
    expect(o.args).not.toHaveProperty('issuer');
  });

  it('catches not: a JWT shown beside ZITADEL’s name is not called opaque', async () => {
    const jwt =
      'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3ppdGFkZWwuZXhhbXBsZS5jb20iLCJleHAiOjE3Nzk5ODAwMDB9';
    const f = await catches(
      'token.malformed',
      `ZITADEL token: ${jwt}\ntoken is malformed: token contains an invalid number of segments`,
    );
    expect(f.args).not.toHaveProperty('opaqueIssuer');
  });
});

describe('Strapi’s and Directus’s refusals', () => {
  it('catches: Strapi’s "Invalid token." Boom body (strapi/strapi#7579)', async () => {
    const body = '401\n{\n  "statusCode": 401,\n  "error": "Unauthorized",\n  "message": "Invalid token."\n}';
    const f = await catches('challenge.invalid-token', body);
    expect(f.args).toMatchObject({ via: 'strapi' });
    expect((await run(body)).nextSteps.join('\n')).toContain('JWT_SECRET');
  });

  it('catches: Strapi v4’s "Missing or invalid credentials" with a token sent', async () => {
    const body = [
      'GET /api/articles HTTP/1.1',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiZXhwIjoxNzc5OTgwMDAwfQ.***',
      '',
      'HTTP/1.1 401 Unauthorized',
      '',
      '{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":"Missing or invalid credentials","details":{}}}',
    ].join('\n');
    const f = await catches('challenge.invalid-token', body);
    expect(f.args).toMatchObject({ via: 'strapi' });
  });

  it('catches not: Strapi v4’s words with no request shown say nothing was refused', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\n{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":"Missing or invalid credentials","details":{}}}',
    );
  });

  it('catches: Directus’s INVALID_CREDENTIALS on /users/me (directus/directus#11383)', async () => {
    const body =
      'am getting 401 unauthorized at /users/me\n{"errors":[{"message":"Invalid user credentials.","extensions":{"code":"INVALID_CREDENTIALS"}}]}';
    const f = await catches('challenge.invalid-token', body);
    expect(f.args).toMatchObject({ via: 'directus' });
    expect((await run(body)).nextSteps.join('\n')).toContain('static token');
  });

  it('catches not: Directus’s INVALID_CREDENTIALS to its password login is no token refusal', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'POST /auth/login\n401\n{"errors":[{"message":"Invalid user credentials.","extensions":{"code":"INVALID_CREDENTIALS"}}]}',
    );
  });

  it('catches not: another app’s "Invalid token." in a larger Boom body stays unattributed', async () => {
    const f = await catchesNot(
      'challenge.invalid-token',
      '{"statusCode":401,"error":"Unauthorized","message":"Invalid token.","path":"/x","extra":1}',
    );
    expect(f.findings.some((x) => x.args && (x.args as { via?: string }).via === 'strapi')).toBe(false);
  });
});

describe('client code that sets the Authorization header', () => {
  // cfug/dio#1290: the Dart code sends 'Bearer $token'; the 401 does not show what $token held.
  const dio = [
    '      await dio.request(',
    "        'https://api.example.com/api/v1/auth/validateMobile',",
    '        options: Options(',
    "          method: 'GET',",
    '          headers: {',
    '            HttpHeaders.authorizationHeader:',
    "                'Bearer $token',",
    "            'content-Type': 'application/json'",
    '          },',
    '        ),',
    '      );',
    '',
    'I/flutter (16336): DioError [DioErrorType.response]: Http status error [401]',
  ].join('\n');

  it('catches: the Dart template says the code sets the header', async () => {
    const f = await catches('token.missing', dio);
    expect(f.args).toMatchObject({ requestUnseen: true, codeSetsHeader: true });
    expect((await run(dio)).nextSteps[0]).toContain('Log the Authorization header');
  });

  it.each([
    [
      'a JavaScript template',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the pasted code's own template literal
      'fetch(url, { headers: {Authorization: `Bearer ${token}`} })\nGET /api 401 (Unauthorized)',
    ],
    ['a concatenation', "xhr.setRequestHeader('Authorization', 'Bearer ' + accessToken);\n401 Unauthorized"],
    [
      'a Python f-string',
      'requests.get(url, headers={"Authorization": f"Bearer {token}"})\n401 Client Error: Unauthorized',
    ],
  ])('catches: %s', async (_name, input) => {
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ codeSetsHeader: true });
  });

  it('catches not: the word Bearer in prose, or a literal placeholder, is no code setting the header', async () => {
    for (const input of [
      'I send the Authorization header with Bearer and my token but get 401 Unauthorized',
      'curl -H "Authorization: Bearer <token>" https://api.example.com\n401 Unauthorized',
      "const scheme = 'Bearer ' + 'x'; // unrelated to any header\n401 Unauthorized",
    ]) {
      const r = await run(input);
      expect(
        r.findings.some((f) => f.code === 'token.missing' && 'codeSetsHeader' in f.args),
        input,
      ).toBe(false);
    }
  });
});
