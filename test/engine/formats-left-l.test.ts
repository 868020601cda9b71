/**
 * Round left-l: a credential whose prefix names its product (token/product-key.ts, vendor sources beside each prefix)
 * sent in the request reads as that product's key, not as an opaque token to introspect, a malformed JWT, or a missing
 * Authorization header. Keys are built here so no key-shaped literal sits in the repository.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const body = (n: number) => 'Ab3dE9fG7hJ2kL5mN8pQ'.repeat(Math.ceil(n / 20)).slice(0, n);

const KEYS: [prefix: string, rest: number, key: string, host: string][] = [
  ['sk_live_', 99, 'stripe-secret-key', 'api.stripe.com/v1/charges'],
  ['rk_test_', 99, 'stripe-restricted-key', 'api.stripe.com/v1/charges'],
  ['sk-proj-', 120, 'openai-api-key', 'api.openai.com/v1/models'],
  ['hf_', 34, 'hugging-face-token', 'huggingface.co/api/whoami-v2'],
  ['ghp_', 36, 'github-token', 'api.github.com/user'],
  ['github_pat_', 82, 'github-token', 'api.github.com/user'],
  ['ghs_', 36, 'github-token', 'api.github.com/repos/o/r'],
  ['npm_', 36, 'npm-token', 'registry.npmjs.org/-/whoami'],
  ['xoxb-', 50, 'slack-token', 'slack.com/api/auth.test'],
];

describe('a product’s key in Authorization: Bearer is named, not sent to introspection', () => {
  for (const [prefix, n, key, host] of KEYS) {
    it(`${prefix}… is ${key}`, async () => {
      const k = prefix + body(n);
      const paste = `curl -H "Authorization: Bearer ${k}" https://${host}\nHTTP/1.1 401 Unauthorized`;
      const f = await catches('token.opaque', paste);
      expect(f.args).toMatchObject({ form: 'api-key', key });
      expect(f.detail).not.toContain('introspect');
      const report = await run(paste);
      expect(JSON.stringify(report)).not.toContain(k.slice(prefix.length, prefix.length + 16));
    });
  }
  it('OpenAI’s legacy sk- key of 48 characters', async () => {
    const f = await catches('token.opaque', `Authorization: Bearer sk-${body(48)}\nHTTP/1.1 401 Unauthorized`);
    expect(f.args).toMatchObject({ key: 'openai-api-key' });
  });
  it('a SendGrid key (two dots) and a GitLab token with dots read as keys, not malformed JWTs', async () => {
    for (const k of [`SG.${body(22)}.${body(43)}`, `glpat-${body(27)}.01.${body(9)}`]) {
      const report = await catchesNot('token.malformed', `Authorization: Bearer ${k}\nHTTP/1.1 401 Unauthorized`);
      expect(report.findings.find((f) => f.code === 'token.opaque')?.args).toMatchObject({ form: 'api-key' });
    }
  });
  it('says so in Japanese', async () => {
    const f = await catches('token.opaque', `Authorization: Bearer hf_${body(34)}\nHTTP/1.1 401 Unauthorized`, {
      locale: 'ja',
    });
    expect(f.title).toBe('トークンは JWT ではなく Hugging Face のアクセストークン（hf_）です');
  });
});

describe('a product’s key in its own header or parameter is a credential sent', () => {
  it('Anthropic’s x-api-key: no missing Authorization, the key named and redacted', async () => {
    const k = `sk-ant-api03-${body(93)}AA`;
    const paste = `POST https://api.anthropic.com/v1/messages\nx-api-key: ${k}\nanthropic-version: 2023-06-01\nHTTP/1.1 401 Unauthorized`;
    await catchesNot('authz-header.missing', paste);
    const f = await catches('token.opaque', paste);
    expect(f.args).toMatchObject({ key: 'anthropic-api-key' });
    expect(JSON.stringify(await run(paste))).not.toContain(k.slice(13, 29));
  });
  it('Google’s ?key=AIza… in the URL', async () => {
    const k = `AIza${body(35)}`;
    const paste = `GET https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${k}\nHTTP/1.1 403 Forbidden`;
    const f = await catches('token.opaque', paste);
    expect(f.args).toMatchObject({ key: 'google-api-key' });
    expect(JSON.stringify(await run(paste))).not.toContain(k.slice(4, 20));
  });
});

describe('a product’s key under a header name that says nothing of a secret is redacted', () => {
  for (const prefix of ['hf_', 'npm_', 'shpat_']) {
    it(`${prefix}… in X-Custom`, async () => {
      const k = prefix + body(34);
      const paste = `GET https://x.example.com/a\nX-Custom: ${k}\nHTTP/1.1 401 Unauthorized`;
      const text = JSON.stringify(await run(paste));
      expect(text).not.toContain(k.slice(prefix.length, prefix.length + 16));
      expect(text).toContain('api-key');
    });
  }
});

describe('near-misses stay as they were', () => {
  it('a short sk- token (another vendor’s, or a made-up one) is a plain opaque token', async () => {
    const f = await catches('token.opaque', `Authorization: Bearer sk-${body(32)}\nHTTP/1.1 401 Unauthorized`);
    expect(f.args).not.toHaveProperty('form');
  });
  it('a prefix with too little after it is no key', async () => {
    const f = await catches('token.opaque', 'Authorization: Bearer hf_abc123\nHTTP/1.1 401 Unauthorized');
    expect(f.args).not.toHaveProperty('form');
  });
  it('an unrelated header with an ordinary value leaves authz-header.missing', async () => {
    await catches(
      'authz-header.missing',
      'GET /v1/items HTTP/1.1\nHost: api.example.com\nX-Request-Id: hf_trace\n\nHTTP/1.1 401 Unauthorized',
    );
  });
  it('a JWT is still read as a JWT', async () => {
    await catchesNot(
      'token.opaque',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl\nHTTP/1.1 401 Unauthorized',
    );
  });
});

describe('audit-dd 06: IdentityServer’s array scope is its normal shape', () => {
  const ids = {
    iss: 'https://login.example.com',
    aud: ['https://login.example.com/resources', 'matcher_api'],
    client_id: 'matcher',
    idp: 'local',
    sub: 'x',
    iat: CLAIMS.iat,
    exp: CLAIMS.exp,
    scope: ['openid', 'matcher_api.full_access'],
  };
  const at = (claims: Record<string, unknown>) =>
    `Information: Normalizing '/matcher?token=${unsigned({ alg: 'RS256', typ: 'JWT' }, claims)}'`;
  it('no scope.format for a token with client_id and idp', async () => {
    await catchesNot('scope.format', at(ids));
  });
  it('nor for one whose audience is <issuer>/resources alone', async () => {
    const { client_id: _c, idp: _i, ...rest } = ids;
    await catchesNot('scope.format', at(rest));
  });
  it('an array scope from another issuer is still flagged', async () => {
    await catches('scope.format', at({ ...CLAIMS, scope: ['read:orders', 'write:orders'] }));
  });
  it('client_id alone (no idp, no /resources audience) is not IdentityServer’s mark', async () => {
    await catches('scope.format', at({ ...CLAIMS, client_id: 'app', scope: ['a', 'b'] }));
  });
});

describe("audit-dd 24: Dio’s 'Bearer $token' header in code is the client code setting the token", () => {
  it('reads as the code setting the header, not as no request shown', async () => {
    const paste = [
      '          headers: {',
      '            HttpHeaders.authorizationHeader:',
      "                'Bearer $token',",
      "            'content-Type': 'application/json'",
      '          },',
      'I/flutter (16336): DioError [DioErrorType.response]: Http status error [401]',
    ].join('\n');
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ requestUnseen: true, codeSetsHeader: true });
  });
});
