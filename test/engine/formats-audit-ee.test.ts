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
