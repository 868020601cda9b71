/**
 * Round audit-ee: GitHub's "Bad credentials" is titled and described as GitHub's own token refused (its tokens are
 * opaque, so "malformed or badly signed" contradicted its step), and a Basic challenge's step names npm's or Maven's
 * settings only where the paste names that client (an API gateway's Basic challenge is no registry's).
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const APP_JWT = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iat: 1779977000, exp: 1779977500, iss: '123456' })}.c2lnbmF0dXJl`;

describe('GitHub’s "Bad credentials" is GitHub’s own token refused', () => {
  const refused: [name: string, paste: string][] = [
    [
      'REST reply',
      'HTTP/1.1 401 Unauthorized\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
    ],
    ['Octokit in an Actions log', '2026-05-28T14:09:58.1234567Z ##[error]HttpError: Bad credentials'],
    [
      'HTTParty',
      '=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials", "documentation_url"=>"https://docs.github.com/rest"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>>',
    ],
  ];
  for (const [name, paste] of refused) {
    it(`catches: ${name}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via: 'github', credential: 'github-token' });
      expect(f.title).toBe('GitHub does not recognise the token');
      expect(f.detail).not.toContain('badly signed');
      expect((await run(paste)).nextSteps[0]).toContain('ghp_');
    });
  }
  it('catches: in Japanese', async () => {
    const r = await run(refused[0]?.[1] as string, { locale: 'ja' });
    expect(r.findings[0]?.title).toBe('GitHub がこのトークンを認識していません');
    expect(r.findings[0]?.detail).toContain('JWT ではなく');
  });
  it('catches not: a GitHub App’s JWT shown beside the refusal keeps the token’s reading', async () => {
    const f = await catches(
      'challenge.invalid-token',
      `curl -H 'Authorization: Bearer ${APP_JWT}' https://api.github.com/app/installations/1/access_tokens\nHTTP/2 401\n{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`,
    );
    expect(f.args).not.toHaveProperty('credential');
    expect(f.detail).not.toContain('not a JWT');
  });
  it('catches not: Spring Boot’s "Bad credentials" login body is no GitHub token', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\n{"timestamp":"2026-05-28T14:09:58.123+00:00","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/api/login"}',
    );
    expect(r.findings.some((f) => (f.args as { credential?: string }).credential === 'github-token')).toBe(false);
  });
});

describe('a Basic challenge’s step names a package client’s settings only where the paste names it', () => {
  const GATEWAY =
    'HTTP/1.1 401 Unauthorized\nVia: 1.1 5f3006c64f23c42b9bf4b3b63c77aedc.cloudfront.net (CloudFront)\nWWW-Authenticate: Basic\nx-amz-apigw-id: bym-AHkIjoEFv6A=\nx-amzn-ErrorType: UnauthorizedException\n\n{"message": "Unauthorized"}';
  const NPM =
    'npm ERR! code E401\nnpm ERR! 401 Unauthorized - PUT http://nexus.local/repository/npm-private/pkg\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: BASIC realm="Sonatype Nexus Repository Manager"';
  const MAVEN =
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy: Failed to deploy artifacts\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: BASIC realm="Sonatype Nexus Repository Manager"';
  it('catches not: an API gateway’s Basic challenge names neither npm nor Maven', async () => {
    const f = await catches('token.missing', GATEWAY);
    expect(f.args).toMatchObject({ challenge: 'basic' });
    expect(f.args).not.toHaveProperty('basicClients');
    const steps = (await run(GATEWAY)).nextSteps.join('\n');
    expect(steps).toContain('curl -u <user>');
    expect(steps).not.toMatch(/npmrc|settings\.xml|Maven/);
    const ja = (await run(GATEWAY, { locale: 'ja' })).nextSteps.join('\n');
    expect(ja).not.toMatch(/npmrc|settings\.xml|Maven/);
  });
  it('catches not: the letters npm inside a request id name no client', async () => {
    const f = await catches('token.missing', GATEWAY.replace('bym-AHkIjoEFv6A=', 'bynpmHkIjoEFv6A='));
    expect(f.args).not.toHaveProperty('basicClients');
  });
  it('catches: npm’s paste names .npmrc, not Maven', async () => {
    const f = await catches('token.missing', NPM);
    expect(f.args).toMatchObject({ challenge: 'basic', basicClients: ['npm'] });
    const steps = (await run(NPM)).nextSteps.join('\n');
    expect(steps).toContain('.npmrc');
    expect(steps).not.toContain('settings.xml');
  });
  it('catches: Maven’s paste names settings.xml, not npm', async () => {
    const f = await catches('token.missing', MAVEN);
    expect(f.args).toMatchObject({ challenge: 'basic', basicClients: ['maven'] });
    const steps = (await run(MAVEN)).nextSteps.join('\n');
    expect(steps).toContain('settings.xml');
    expect(steps).not.toContain('.npmrc');
  });
});

describe('Ruby’s inspect of a "Bad credentials" hash is GitHub’s only where its line names GitHub', () => {
  it('catches: HTTParty with GitHub’s documentation_url', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials", "documentation_url"=>"https://docs.github.com/rest"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>>',
    );
    expect(f.args).toMatchObject({ via: 'github' });
  });
  it('catches not: another server’s "Bad credentials" (a Spring API) names no GitHub', async () => {
    const r = await run(
      '=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>, @headers={"server"=>["api.acme-corp.com"]}>',
    );
    expect(r.findings.some((f) => (f.args as { via?: string }).via === 'github')).toBe(false);
    expect(r.nextSteps.join('\n')).not.toContain('GitHub');
  });
});
