/**
 * Round left-w: small faults the rounds of this stop left (fuzz20, audit-pp, audit-rr, audit-tt). Each row cites the
 * paste it was rebuilt from, or the product's source for the shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('an OAuth 1 request’s refused signature is the request’s, not a token’s', () => {
  // RFC 5849 §3.5.1's Authorization (www.rfc-editor.org/rfc/rfc5849#section-3.5.1) before Guzzle 5's refusal from an
  // OAuth 1 API (guzzle/guzzle#1066, audit-pp #07).
  const signature = 'wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D';
  const oauth1 = `GET /rest/v4/foo/ HTTP/1.1\nHost: www.mywebsite.bar\nAuthorization: OAuth realm="Example", oauth_consumer_key="0685bd9184jfhq22", oauth_token="ad180jjd733klru7", oauth_signature_method="HMAC-SHA1", oauth_signature="${signature}", oauth_timestamp="137131200", oauth_nonce="4572616e48616d6d65724c61686176", oauth_version="1.0"\n\nFatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error response [url] http://www.mywebsite.bar/rest/v4/foo/ [status code] 401 [reason phrase] Unauthorized : Invalid signature`;

  it('catches: signature.invalid with signedRequest oauth1, its steps on the secrets and the base string', async () => {
    const f = await catches('signature.invalid', oauth1);
    expect(f.args.signedRequest).toBe('oauth1');
    const r = await run(oauth1);
    expect(r.nextSteps.join(' ')).toContain('signature base string');
    expect(r.nextSteps.join(' ')).not.toContain('issuer’s current key');
    const ja = await run(oauth1, { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('署名ベース文字列');
  });

  it('catches not: the OAuth 1 header read as a bearer credential under another scheme', async () => {
    for (const code of [
      'authz-header.scheme',
      'authz-header.format',
      'authz-header.url-encoded',
      'token.opaque',
    ] as const)
      await catchesNot(code, oauth1);
  });

  it('never shows oauth_signature’s or oauth_token’s value', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(oauth1, { locale });
      for (const out of [renderJson(r), renderText(r)]) {
        expect(out).not.toContain(signature);
        expect(out).not.toContain('ad180jjd733klru7');
      }
    }
  });

  it('catches not: Yandex’s OAuth 2 `Authorization: OAuth <token>` (no oauth_ parameter) stays a credential', async () => {
    const r = await run(
      'GET https://api.example.com/v1/orders\nAuthorization: OAuth y0_AgAAAAAbc123DEF456ghi789JKL\nHTTP/1.1 401 Unauthorized\n\n{"message":"Invalid signature"}',
    );
    const f = r.findings.find((x) => x.code === 'signature.invalid');
    expect(f).toBeDefined();
    expect(f?.args.signedRequest).toBeUndefined();
  });

  it('catches not: a bearer request refused for its signature keeps the JWT key step', async () => {
    const r = await run(
      'Authorization: Bearer abc.def.ghi\n[status code] 401 [reason phrase] Unauthorized : Invalid signature',
    );
    const f = r.findings.find((x) => x.code === 'signature.invalid');
    expect(f).toBeDefined();
    expect(f?.args.signedRequest).toBeUndefined();
  });
});

describe('a masked opaque token is asked for by what it has, not by a JWT’s header.payload (audit-tt)', () => {
  const masked = (value: string) =>
    `$ curl -i -H "Authorization: Bearer ${value}" https://api.example.com/v1/orders\nHTTP/1.1 401 Unauthorized`;

  it.each([
    ['a vendor key’s prefix', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a vendor token’s prefix', 'ghp_XXXXXXXXXXXXXXXX'],
    ['its head and tail', 'abc123…xyz9'],
  ])('catches: %s as opaque, the step asking for its first characters or its id', async (_name, value) => {
    const f = await catches('input.masked', masked(value));
    expect(f.args.opaque).toBe(true);
    const r = await run(masked(value));
    expect(r.nextSteps.join(' ')).not.toContain('header.payload');
    expect(r.nextSteps.join(' ')).toContain('first few characters');
    const ja = await run(masked(value), { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('先頭の数文字');
  });

  it.each([
    ['a mask over all of it', '****'],
    ['a placeholder', '<token>'],
    ['a JWT’s head', 'eyJhbGciOi…'],
    ['a signature’s tail alone', '***Xq3k'],
    // left-x: Google's `ya29.` is opaque by its prefix (formats-left-x.test.ts); any other dot keeps the JWT step.
    ['a dotted token', 'k7Qp.a0Af***'],
    ['x’s alone', 'XXXXXXXXXXX'],
  ])('catches not: %s as opaque (the JWT step stays)', async (_name, value) => {
    const f = await catches('input.masked', masked(value));
    expect(f.args.opaque).toBeUndefined();
  });
});

describe('a stated OAuth error is what was said, not who said it (audit-tt)', () => {
  // RFC 6749 §5.2's error body, bare: no product in its shape.
  const bare =
    'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"Token has been expired or revoked."}';

  it('catches: token.revoked with no via, its words with no "(invalid_grant)"', async () => {
    const f = await catches('token.revoked', bare);
    expect(f.args.via).toBeUndefined();
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(bare, { locale });
      const words = r.findings.map((x) => `${x.title} ${x.detail}`).join(' ');
      expect(words).not.toContain('(invalid_grant)');
      expect(words).not.toContain('（invalid_grant）');
    }
  });

  it('catches not: a product that said it in its own shape loses its name (Firebase Auth’s TOKEN_EXPIRED)', async () => {
    const f = await catches(
      'token.revoked',
      'POST https://securetoken.googleapis.com/v1/token?key=AIzaSyD-example\nHTTP/1.1 400 Bad Request\n\n{"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}',
    );
    expect(f.args.via).toBe('firebase-auth');
  });
});

describe('one sentence carries one parenthetical of who said it (audit-tt, audit-rr #42)', () => {
  const TWO = /\([^()]{1,200}\)[,.:]? \([^()]{1,60}\)|（[^（）]{1,200}）（[^（）]{1,60}）/;

  it.each([
    [
      'jsonwebtoken’s missing key (its verify.js; the same words as jjwt’s for Gravitee, audit-rr #42)',
      'Error: secret or public key must be provided\n    at module.exports [as verify] (/srv/api/node_modules/jsonwebtoken/verify.js:110:19)',
    ],
    [
      'PyJWT’s nbf',
      'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)\nHTTP/1.1 401 Unauthorized',
    ],
    ['jsonwebtoken’s maxAge', 'TokenExpiredError: maxAge exceeded\nHTTP/1.1 401 Unauthorized'],
  ])('catches not: two in a row for %s', async (_name, input) => {
    for (const locale of ['en', 'ja'] as const) {
      const r = await run(input, { locale });
      expect(r.findings.length).toBeGreaterThan(0);
      for (const f of r.findings) expect(`${f.title} ${f.detail}`).not.toMatch(TWO);
      for (const step of r.nextSteps) expect(step).not.toMatch(TWO);
    }
  });
});

describe('a product’s signal word in the writer’s prose is not the product answering (audit-tt, corpus #7177)', () => {
  // An ALB access log line (docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html):
  // its error_reason is a quoted field.
  const line = (reason: string, status: string) =>
    `https 2026-05-28T14:09:58.186641Z app/my-loadbalancer/50dc6c495c0c9188 203.0.113.7:2817 10.0.0.1:80 0.000 0.048 0.000 ${status} ${status} 34 366 "GET https://app.example.com:443/ HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "app.example.com" "-" 1 2026-05-28T14:09:58.150000Z "authenticate" "-" "${reason}" "-" "-" "-" "-"`;

  it('catches not: AuthInvalidCookie named in a sentence beside a 401 the writer states and a log line that passed', async () => {
    const input = `本番で401が出ています。\nWe saw AuthInvalidCookie in the ALB docs list of error reasons, but this request passed:\n${line('-', '200')}`;
    await catchesNot('proxy.gateway-response', input);
  });

  it('catches: the same word as the log’s quoted error_reason', async () => {
    const f = await catches('proxy.gateway-response', line('AuthInvalidCookie', '401'));
    expect(f.args.product).toBe('AWS ALB');
  });

  it('catches: the word as a JSON log’s or a key=value field', async () => {
    await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\n{"elb_status_code":401,"error_reason":"AuthInvalidCookie"}',
    );
    await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nelb_status_code=401 error_reason=AuthInvalidCookie',
    );
  });
});

describe('“missing or invalid” alone does not say that no token was sent (audit-rr #07)', () => {
  // Azure API Management's validate-jwt with its documentation's sample message (MicrosoftDocs/azure-docs#64918).
  const apim =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{\n    "statusCode": 401,\n    "message": "Unauthorized. Access token is missing or invalid."\n}';

  it('catches: token.missing with eitherStated, its words hedged (en+ja)', async () => {
    const f = await catches('token.missing', apim);
    expect(f.args).toMatchObject({ requestUnseen: true, eitherStated: true });
    expect(f.title).toContain('does not say which');
    const ja = await run(apim, { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'token.missing')?.title).toContain('どちらか分かりません');
  });

  it('catches: Strapi’s "Missing or invalid credentials" the same way', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\n\n{"data":null,"error":{"status":401,"name":"UnauthorizedError","message":"Missing or invalid credentials","details":{}}}',
    );
    expect(f.args.eitherStated).toBe(true);
  });

  it('catches not: the words said of something other than a credential', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized","detail":"the page parameter is missing or invalid"}',
    );
    expect(f.args.eitherStated).toBeUndefined();
  });

  it('catches not: a request shown with no Authorization is read as such (authz-header.missing)', async () => {
    const r = await run(`GET /v1/orders HTTP/1.1\nHost: api.example.com\n\n${apim}`);
    expect(r.findings[0]?.code).toBe('authz-header.missing');
    expect(r.findings.some((x) => x.args.eitherStated === true)).toBe(false);
  });
});
