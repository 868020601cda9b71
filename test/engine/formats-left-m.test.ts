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
