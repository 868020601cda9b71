/**
 * Round left-m (audit-ee's leftovers): a step names a product only where the paste shows it (CORS steps named Spring on
 * any paste), and words a refused credential for the product that refused it.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const PREFLIGHT = (response: string) =>
  `Request URL: https://api.acme-corp.com/v1/orders\nRequest Method: OPTIONS\nStatus Code: 403 Forbidden\naccess-control-request-headers: authorization\naccess-control-request-method: GET\norigin: https://app.acme-corp.com\n${response}content-length: 0`;
const CONSOLE =
  "Access to fetch at 'https://api.acme-corp.com/v1/orders' from origin 'https://app.acme-corp.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.";
const SPRING_WORDS = /Spring|CorsConfigurationSource|@CrossOrigin|http\.cors/;

describe('a CORS step names a framework only where the paste shows it', () => {
  it('catches not: the browser’s console line alone names no framework (en and ja)', async () => {
    const f = await catches('request.cors-rejected', CONSOLE);
    expect(f.args).not.toHaveProperty('corsFramework');
    const steps = (await run(CONSOLE)).nextSteps.join('\n');
    expect(steps).toContain('CORS configuration');
    expect(steps).not.toMatch(SPRING_WORDS);
    expect((await run(CONSOLE, { locale: 'ja' })).nextSteps.join('\n')).not.toMatch(SPRING_WORDS);
  });
  it('catches not: a bare preflight 403, and “spring” inside a host name', async () => {
    const f = await catches(
      'request.cors-rejected',
      PREFLIGHT('vary: Origin\n').replace('acme-corp', 'springfield-corp'),
    );
    expect(f.args).not.toHaveProperty('corsFramework');
    expect((await run(PREFLIGHT('vary: Origin\n'))).nextSteps.join('\n')).not.toMatch(SPRING_WORDS);
  });
  it('catches: Spring’s own "Invalid CORS request" names Spring’s settings', async () => {
    const paste = 'HTTP/1.1 403 Forbidden\nVary: Origin\nContent-Length: 20\n\nInvalid CORS request';
    const f = await catches('request.cors-rejected', paste);
    expect(f.args).toMatchObject({ via: 'spring-framework' });
    expect((await run(paste)).nextSteps.join('\n')).toContain('http.cors()');
  });
  it('catches: the console line beside a Spring Boot log names Spring', async () => {
    const f = await catches('request.cors-rejected', `${CONSOLE}\nThe API is a Spring Boot 3.2 app.`);
    expect(f.args).toMatchObject({ corsFramework: 'spring' });
  });
  it('catches: Kestrel’s preflight 403 names UseCors before UseAuthentication', async () => {
    const paste = PREFLIGHT('server: Kestrel\n');
    const f = await catches('request.cors-rejected', paste);
    expect(f.args).toMatchObject({ corsFramework: 'aspnetcore' });
    const steps = (await run(paste)).nextSteps.join('\n');
    expect(steps).toContain('UseCors');
    expect(steps).not.toMatch(SPRING_WORDS);
    expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('UseCors');
  });
  it('catches: Express’s X-Powered-By names the cors middleware', async () => {
    const paste = PREFLIGHT('x-powered-by: Express\n');
    expect((await catches('request.cors-rejected', paste)).args).toMatchObject({ corsFramework: 'express' });
    expect((await run(paste)).nextSteps.join('\n')).toContain('allowedHeaders');
  });
  it('catches: API Gateway’s x-amz-apigw-id names Enable CORS', async () => {
    const paste = PREFLIGHT('x-amz-apigw-id: bym-AHkIjoEFv6A=\n');
    expect((await catches('request.cors-rejected', paste)).args).toMatchObject({ corsFramework: 'aws-apigateway' });
    expect((await run(paste)).nextSteps.join('\n')).toContain('Enable CORS');
  });
});

describe('a product’s own reply says who answered: no "find out which component answered"', () => {
  const FIND = /Find out which component answered/;
  const answered: [name: string, paste: string, via: string][] = [
    [
      'GitHub',
      'HTTP/2.0 401 Unauthorized\nServer: github.com\nContent-Type: application/json\n\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}',
      'github',
    ],
    [
      'Stripe',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\n  "error": {\n    "message": "Invalid API Key provided: sk_test_********************1234",\n    "type": "invalid_request_error"\n  }\n}',
      'stripe',
    ],
    [
      'Apigee',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"fault":{"detail":{"errorcode":"steps.jwt.TokenNotYetValid"}}}',
      'apigee',
    ],
    // Any product refusing a credential of its own (the API-key readings), not only the products listed by name.
    [
      'Anthropic',
      'HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
      'anthropic',
    ],
  ];
  for (const [name, paste, via] of answered) {
    it(`catches: ${name}’s own body`, async () => {
      const f = await catches('challenge.missing', paste);
      expect(f.args).toMatchObject({ answeredBy: via });
      expect(f.detail).toContain(`${name} answered`);
      const r = await run(paste);
      expect(r.nextSteps.join('\n')).not.toMatch(FIND);
      expect(r.nextSteps.length).toBeGreaterThan(0);
      expect(
        (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'challenge.missing')?.detail,
      ).toContain(name);
    });
  }
  it('catches not: a bare 401 without a product’s words keeps the step', async () => {
    const paste = 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"boom"}';
    const f = await catches('challenge.missing', paste);
    expect(f.args).not.toHaveProperty('answeredBy');
    expect((await run(paste)).nextSteps.join('\n')).toMatch(FIND);
  });
  it('catches not: a JWT library’s body is the application’s (appVerifier or nothing), not a product', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"jwt expired"}\n2026-05-28T14:10:00Z ERROR TokenExpiredError: jwt expired';
    const f = await catches('challenge.missing', paste);
    expect(f.args).not.toHaveProperty('answeredBy');
  });
});

describe('a refused credential that is not a JWT gets its product’s steps, not a JWT’s', () => {
  const JWT_STEP = /exp, iss, aud|refresh it/;
  it('catches: Okta’s E0000011 is its API token (SSWS), in en and ja', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\n{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaeVIxs82T_GfnN5ZOE1onw","errorCauses":[]}';
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'okta', credential: 'okta-api-token' });
    const steps = (await run(paste)).nextSteps.join('\n');
    expect(steps).toContain('SSWS');
    expect(steps).toContain('Security → API → Tokens');
    expect(steps).not.toMatch(JWT_STEP);
    expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('SSWS');
  });
  it('catches not: Okta’s E0000006 (a permission denial) is no refused token', async () => {
    const paste =
      'HTTP/1.1 403 Forbidden\n{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorCauses":[]}';
    const r = await run(paste);
    expect(r.findings.some((f) => (f.args as { credential?: string }).credential === 'okta-api-token')).toBe(false);
  });
  it('catches: Elasticsearch’s expired API key is created anew, not refreshed', async () => {
    const paste =
      '{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request","additional_unsuccessful_credentials":"API key: api key is expired"}],"type":"security_exception"},"status":401}';
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ via: 'elasticsearch', esApiKey: true, exp: null });
    expect(f.title).toContain('API key');
    const steps = (await run(paste)).nextSteps.join('\n');
    expect(steps).toContain('POST /_security/api_key');
    expect(steps).toContain('expiration');
    expect(steps).not.toMatch(JWT_STEP);
    expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('/_security/api_key');
  });
  it('catches not: Elasticsearch’s "token expired" for a JWT keeps the token’s steps', async () => {
    const paste =
      '{"error":{"root_cause":[{"type":"security_exception","reason":"token expired","header":{"WWW-Authenticate":"Bearer realm=\\"security\\", error=\\"invalid_token\\", error_description=\\"The access token expired\\""}}],"type":"security_exception","reason":"token expired"},"status":401}';
    const f = await catches('time.expired', paste);
    expect(f.args).not.toHaveProperty('esApiKey');
  });
});

describe('Okta’s E0000011 beside its Bearer challenge is an OAuth access token', () => {
  it('catches not: no API-token credential where the challenge says invalid_token', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri="https://dev-123456.okta.com/oauth2/v1/authorize", realm="https://dev-123456.okta.com", scope="okta.users.read", error="invalid_token", error_description="The token has expired.", resource="/api/v1/users"\nContent-Type: application/json\n\n{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaeXyz","errorCauses":[]}';
    const r = await run(paste);
    expect(r.findings.some((f) => (f.args as { credential?: string }).credential === 'okta-api-token')).toBe(false);
    expect(r.nextSteps.join('\n')).not.toContain('SSWS');
  });
});

describe('"Bad credentials" from a server other than GitHub is a refused credential, worded for Spring Security', () => {
  const SPRING_BOOT =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"timestamp":"2026-05-28T14:09:58.123+00:00","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/api/login"}';
  const HTTPARTY =
    '=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>, @headers={"server"=>["api.acme-corp.com"]}>';
  for (const [name, paste] of [
    ['Spring Boot’s error body', SPRING_BOOT],
    ['a bare {"message":"Bad credentials"} 401', 'HTTP/1.1 401 Unauthorized\n\n{"message":"Bad credentials"}'],
    ['Ruby’s printout of a server that is not GitHub', HTTPARTY],
  ] as const) {
    it(`catches: ${name}`, async () => {
      const r = await run(paste);
      expect(r.findings.map((f) => f.code)).not.toContain('token.missing');
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via: 'spring-security', credential: 'spring-credentials' });
      expect(f.detail).toContain('credentials came and were refused');
      expect(f.detail).not.toContain('Refused by spring-security');
      expect(r.nextSteps.join('\n')).toContain('PasswordEncoder');
      expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('AuthenticationProvider');
    });
  }
  it('catches not: GitHub’s reply stays GitHub’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
    );
    expect(f.args).toMatchObject({ via: 'github', credential: 'github-token' });
  });
  it('catches not: another API’s object with its own members, or the words in prose', async () => {
    for (const paste of [
      '{"message":"Bad credentials","code":"E42"}',
      'we saw Bad credentials yesterday but it works now',
    ]) {
      const r = await run(paste);
      expect(r.findings.some((f) => (f.args as { credential?: string }).credential === 'spring-credentials')).toBe(
        false,
      );
    }
  });
});

describe('Stripe’s Japanese words', () => {
  it('catches: the step says ローテーション (Stripe’s Japanese docs), not a borrowed ロール', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\n  "error": {\n    "message": "Invalid API Key provided: sk_test_********************1234",\n    "type": "invalid_request_error"\n  }\n}';
    const r = await run(paste, { locale: 'ja' });
    const text = [...r.nextSteps, ...r.findings.map((f) => f.detail)].join('\n');
    expect(text).toContain('ローテーション');
    expect(text).not.toMatch(/ロール・|ロールまたは/);
  });
});
