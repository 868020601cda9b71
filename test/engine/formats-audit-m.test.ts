/**
 * Round audit-m: replies of gateways, WAFs and proxies, read as the on-call engineer reads them: who answered, and
 * whether the steps ask for what the report already says.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engine/types.js';
import { catalogueFor } from '../../src/messages/index.js';
import { run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);

/** challenge.missing's own step, in `locale`: "find out which component answered". */
const findOutStep = (locale: Locale) =>
  catalogueFor(locale).findings['challenge.missing'].steps({}, catalogueFor(locale).format)[0] as string;

function exchange(...response: string[]): string {
  return [`curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${TOKEN}"`, ...response].join('\n');
}

async function gateway(input: string, locale: Locale = 'en') {
  const report = await run(input, { locale });
  const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
  const codes = report.findings.map((f) => f.code);
  // Asked as challenge.missing's step, or (an intermediary named from the headers it forwards) as its own hedged step,
  // which stands for it (catalogue refinedBy).
  const hedged =
    locale === 'ja'
      ? 'アプリケーションの応答を中継しただけなのか'
      : 'whether it answered or passed on the application’s answer';
  const asksWho = report.nextSteps.some((s) => s === findOutStep(locale) || s.includes(hedged));
  return { report, proxy, codes, asksWho };
}

describe('a 401 without a challenge that an intermediary wrote itself: who answered is said, not asked', () => {
  // Kong's jwt plugin answers an expired token with its claim errors as the body, `{"exp":"token expired"}`
  // (Kong/kong kong/plugins/jwt/handler.lua: verify_registered_claims' errors returned as the 401's body).
  const KONG = exchange('HTTP/1.1 401 Unauthorized', 'Server: kong/3.6.1', '', '{"exp":"token expired"}');
  // API Gateway's own UNAUTHORIZED gateway response (docs.aws.amazon.com apigateway/latest/developerguide/
  // supported-gateway-response-types.html), its x-amzn-ErrorType read as the gateway's own by checks/proxy.ts.
  const APIGW = exchange(
    'HTTP/1.1 401 Unauthorized',
    'Content-Type: application/json',
    'x-amzn-RequestId: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93',
    'x-amzn-ErrorType: UnauthorizedException',
    '',
    '{"message":"Unauthorized"}',
  );

  it('catches Kong’s own reply: ownReply, and the steps point at Kong without asking who answered', async () => {
    const { proxy, codes, asksWho, report } = await gateway(KONG);
    expect(proxy?.args).toMatchObject({ product: 'Kong', ownReply: true });
    // The finding stays: the 401 still lacks the challenge RFC 9110 requires.
    expect(codes).toContain('challenge.missing');
    expect(asksWho).toBe(false);
    expect(report.nextSteps.some((s) => s.includes('Kong’s error log'))).toBe(true);
  });

  it('points a Kong refusal at its jwt plugin’s Consumer credential, not at a JWKS it never fetches', async () => {
    // Kong's jwt plugin, developer.konghq.com/plugins/jwt: credentials per Consumer, matched by key_claim_name (iss).
    const kongSignature = exchange(
      'HTTP/1.1 401 Unauthorized',
      'Server: kong/3.6.1',
      '',
      '{"message":"Invalid signature"}',
    );
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(kongSignature, { locale });
      const steps = report.nextSteps.join('\n');
      expect(steps).toContain('config.key_claim_name');
      expect(steps).toContain('rsa_public_key');
    }
    // Another gateway keeps the generic step.
    const { report } = await gateway(APIGW);
    expect(report.nextSteps.join('\n')).toContain('AWS API Gateway’s logs and authorizer/JWT configuration');
  });

  it('catches API Gateway’s own UNAUTHORIZED response, in English and in Japanese', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const { proxy, codes, asksWho } = await gateway(APIGW, locale);
      expect(proxy?.args).toMatchObject({ product: 'AWS API Gateway', ownReply: true });
      expect(codes).toContain('challenge.missing');
      expect(asksWho).toBe(false);
    }
  });

  it('catches WSO2’s own error code in the body, with no header naming it', async () => {
    const { proxy, asksWho } = await gateway(
      exchange(
        'HTTP/1.1 401 Unauthorized',
        'Content-Type: application/json',
        '',
        '{"code":"900901","message":"Invalid Credentials","description":"Invalid Credentials. Make sure you have provided the correct security credentials"}',
      ),
    );
    expect(proxy?.args).toMatchObject({ product: 'WSO2 API Manager', ownReply: true });
    expect(asksWho).toBe(false);
  });

  it('catches Kong’s Server header alone: Kong sets it only on the replies it produced itself', async () => {
    // Kong's configuration reference, `headers`: `Server: kong/x.y.z` on Kong-produced responses, `Via` on proxied ones.
    const { proxy, asksWho } = await gateway(
      exchange('HTTP/1.1 401 Unauthorized', 'Content-Type: application/json; charset=utf-8', 'Server: kong/3.4.2', ''),
    );
    expect(proxy?.args).toMatchObject({ product: 'Kong', ownReply: true });
    expect(asksWho).toBe(false);
  });

  it('catches not Kong’s Via header: the upstream’s own 401, passed on', async () => {
    const { proxy, asksWho } = await gateway(
      exchange(
        'HTTP/1.1 401 Unauthorized',
        'Content-Type: application/json',
        'Server: uvicorn',
        'Via: kong/3.6.1',
        'X-Kong-Upstream-Latency: 12',
        '',
        '{"detail":"Not authenticated"}',
      ),
    );
    expect(proxy?.args.ownReply).toBeUndefined();
    expect(asksWho).toBe(true);
  });

  it('catches Cloudflare Access’s redirect to its sign-in as its own reply', async () => {
    const report = await run(
      [
        'HTTP/2 302',
        'location: https://acme.cloudflareaccess.com/cdn-cgi/access/login/grafana.example.com?redirect_url=%2F',
        'server: cloudflare',
      ].join('\n'),
    );
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args).toMatchObject({ product: 'Cloudflare Access', accessLogin: true, ownReply: true });
  });

  it('catches not a CDN’s pass-through headers: Cloudflare named for want of a challenge, still to be found out', async () => {
    // `server: cloudflare` and `cf-ray` are on every response Cloudflare proxies, the origin's 401 too.
    const { proxy, asksWho } = await gateway(
      exchange(
        'HTTP/2 401',
        'content-type: application/json',
        'server: cloudflare',
        'cf-ray: 8a1b2c3d4e5f6789-FRA',
        '',
        '{"error":"unauthorized"}',
      ),
    );
    expect(proxy?.args.product).toBe('Cloudflare');
    expect(proxy?.args.ownReply).toBeUndefined();
    expect(asksWho).toBe(true);
    // Not shown to be Cloudflare's reply: the title says it may be.
    expect(proxy?.title).toBe('Cloudflare may have answered, not the application');
  });

  it('says an intermediary answered only when its own reply shows it, in both languages', async () => {
    const passThrough = exchange('HTTP/1.1 401 Unauthorized', 'x-amz-apigw-id: Zr4LxG8yIAMEb1Q=', '', '{"error":"x"}');
    expect((await gateway(passThrough, 'ja')).proxy?.title).toBe(
      'アプリケーションではなく AWS API Gateway が応答した可能性があります',
    );
    expect((await gateway(APIGW, 'ja')).proxy?.title).toBe('アプリケーションではなく AWS API Gateway が応答しています');
    expect((await gateway(APIGW)).proxy?.title).toBe('AWS API Gateway answered, not the application');
  });

  it('gives a guessed intermediary a hedged step too: find out whether it answered, then its configuration', async () => {
    const passThrough = exchange(
      'HTTP/1.1 401 Unauthorized',
      'server: Google Frontend',
      '',
      '{"message":"Unauthorized"}',
    );
    const report = await run(passThrough);
    const step = report.nextSteps.find((s) => s.includes('Google'));
    expect(step).toContain('whether it answered or passed on the application’s answer');
    expect(step).not.toContain('rather than the application’s');
    // One step, not two: challenge.missing's "find out which component answered" is this one (catalogue refinedBy).
    expect(report.nextSteps.join('\n')).not.toContain('Find out which component answered');
    const ja = await run(passThrough, { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('アプリケーションの応答を中継しただけなのか');
    expect(ja.nextSteps.join('\n')).not.toContain('どのコンポーネントが応答したのかを特定してください');
  });

  it('catches not API Gateway’s request id alone (it is on the responses it passes on)', async () => {
    const { proxy, asksWho } = await gateway(
      exchange('HTTP/1.1 401 Unauthorized', 'x-amz-apigw-id: Zr4LxG8yIAMEb1Q=', '', '{"error":"unauthorized"}'),
    );
    expect(proxy?.args.ownReply).toBeUndefined();
    expect(asksWho).toBe(true);
  });

  it('catches not a bare 401 without a challenge and no intermediary in sight', async () => {
    const { proxy, codes, asksWho } = await gateway(
      exchange('HTTP/1.1 401 Unauthorized', 'Content-Type: application/json', '', '{"error":"unauthorized"}'),
    );
    expect(proxy).toBeUndefined();
    expect(codes).toContain('challenge.missing');
    expect(asksWho).toBe(true);
  });

  it('catches not a gateway’s own 403: no challenge is required there, and none is asked about', async () => {
    const { proxy, codes } = await gateway(
      exchange('HTTP/1.1 403 Forbidden', 'server: envoy', '', 'RBAC: access denied'),
    );
    expect(proxy?.args).toMatchObject({ product: 'Envoy', ownReply: true });
    expect(codes).not.toContain('challenge.missing');
  });
});

describe('Kong’s "No credentials found for given \'iss\'": a Consumer credential keyed by the claim, not a kid in a JWKS', () => {
  // Kong/kong kong/plugins/jwt/handler.lua: the credential is looked up by the key claim's value (key_claim_name).
  const paste = (claims: Record<string, unknown>) =>
    [
      `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${unsigned({ alg: 'RS256', typ: 'JWT' }, claims)}"`,
      'HTTP/1.1 401 Unauthorized',
      'Server: kong/3.6.1',
      '',
      '{"message":"No credentials found for given \'iss\'"}',
    ].join('\n');

  it('catches the claim and the token’s value of it; the step is the credentials’ keys, not a JWKS', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(paste(CLAIMS), { locale });
      const f = report.findings.find((x) => x.code === 'key.kid-unknown');
      expect(f?.args).toMatchObject({ via: 'kong', credentialClaim: 'iss', credentialKey: CLAIMS.iss });
      const steps = report.nextSteps.join('\n');
      expect(steps).toContain('/consumers/<consumer>/jwt');
      expect(steps).not.toContain('JWKS (');
      expect(steps).not.toMatch(/Fetch the issuer’s current JWKS|発行元の現在の JWKS/);
    }
  });

  it('catches the claim without a token in the paste: no value to name', async () => {
    const report = await run(
      [
        'HTTP/1.1 401 Unauthorized',
        'Server: kong/3.6.1',
        '',
        '{"message":"No credentials found for given \'iss\'"}',
      ].join('\n'),
    );
    const f = report.findings.find((x) => x.code === 'key.kid-unknown');
    expect(f?.args.credentialClaim).toBe('iss');
    expect(f?.args.credentialKey).toBeUndefined();
    expect(f?.title).toBe('No credential matches the token’s iss');
  });

  it('catches not another verifier’s unknown kid: the JWKS steps stay', async () => {
    const report = await run(
      [
        'HTTP/1.1 401 Unauthorized',
        'www-authenticate: Bearer realm="https://api.acme-corp.com/v1/orders", error="invalid_token"',
        'server: envoy',
        '',
        "Jwks doesn't have key to match kid or alg from Jwt",
      ].join('\n'),
    );
    const f = report.findings.find((x) => x.code === 'key.kid-unknown');
    expect(f?.args.credentialClaim).toBeUndefined();
    expect(report.nextSteps.join('\n')).toContain('JWKS');
  });
});
