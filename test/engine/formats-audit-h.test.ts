/**
 * Round audit-h: 403s and token time verdicts read as the on-call engineer reads them. Each block is a paste whose
 * report said something the paste contradicts (an issuer clock ahead while the token's own iat says it was not, a
 * lifetime for a token whose exp is before its iat), or said one thing twice, or asked for what another finding
 * answered; and the near-misses that keep the old reading.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { renderText } from '../../src/render/text.js';
import { catchesNot, NOW, run } from '../helpers/catches.js';
import { S401, S403 } from '../helpers/paste-fixtures.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const findingOf = (r: Report, code: string): Finding => {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `expected ${code}; got ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
};
const masked = (claims: Record<string, unknown>) => unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, claims);
const bearer = (claims: Record<string, unknown>) => `Authorization: Bearer ${masked(claims)}`;

describe('time.not-yet-valid: an nbf after the token’s own iat is the issuer’s choice, not its clock', () => {
  // ASP.NET Core's JwtBearerHandler words (dotnet.ts's not-valid-before row) with a token issued now, valid from +10m.
  const postDated = { ...CLAIMS, iat: NOW, nbf: NOW + 600, exp: NOW + 3600 };
  const challenge = `WWW-Authenticate: Bearer error="invalid_token", error_description="The token is not valid before '05/28/2026 14:20:00'"`;

  it('iat now, nbf +10m: says nbf is 10m after iat and that clocks are not the cause', async () => {
    const r = await run(`GET /v1/orders HTTP/1.1\n${bearer(postDated)}\n\n${S401}\n${challenge}`);
    const f = findingOf(r, 'time.not-yet-valid');
    expect(f.args).toMatchObject({ nbf: NOW + 600, afterIatSeconds: 600 });
    expect(f.detail).toContain('10m after the token’s own iat');
    expect(f.detail).not.toContain('clock is probably ahead');
    expect(r.nextSteps[0]).toContain('Find why the issuer sets nbf after iat');
    expect(r.nextSteps.join('\n')).not.toContain('Compare the clocks of the issuer and the verifier');
  });

  it('the token alone (no verifier words): the same reading, iat and nbf quoted', async () => {
    const f = findingOf(await run(masked({ ...CLAIMS, iat: NOW - 1800, nbf: NOW + 600 })), 'time.not-yet-valid');
    expect(f.args.afterIatSeconds).toBe(2400);
    expect(f.evidence).toBe(`iat: ${NOW - 1800}, nbf: ${NOW + 600}`);
  });

  it('in Japanese', async () => {
    const r = await run(masked(postDated), { locale: 'ja' });
    expect(findingOf(r, 'time.not-yet-valid').detail).toContain('トークン自身の iat の10分後です');
    expect(r.nextSteps[0]).toContain('nbf を iat 以前にしてください');
  });

  it('not: iat ahead as well (both in the future): the issuer’s clock is ahead, as before', async () => {
    const f = findingOf(await run(masked({ ...CLAIMS, iat: NOW + 600, nbf: NOW + 600 })), 'time.not-yet-valid');
    expect(f.args.afterIatSeconds).toBeUndefined();
    expect(f.detail).toContain('the issuer’s clock is probably ahead of the verifier’s');
  });

  it('not: no iat to compare with', async () => {
    const { iat: _iat, ...noIat } = CLAIMS;
    const f = findingOf(await run(masked({ ...noIat, nbf: NOW + 600 })), 'time.not-yet-valid');
    expect(f.args.afterIatSeconds).toBeUndefined();
    expect(f.evidence).toBe(`nbf: ${NOW + 600}`);
  });

  it('not: nbf within the skew allowance of iat (iat backdated a little)', async () => {
    const f = findingOf(await run(masked({ ...CLAIMS, iat: NOW + 100, nbf: NOW + 120 })), 'time.not-yet-valid');
    expect(f.args.afterIatSeconds).toBeUndefined();
  });

  it('not: nbf already passed (no finding at all)', async () => {
    await catchesNot('time.not-yet-valid', masked({ ...CLAIMS, iat: NOW - 1800, nbf: NOW - 600 }));
  });
});

describe('the lifetime line of a token whose exp is before its iat', () => {
  const backwards = masked({ ...CLAIMS, iat: NOW - 1800, exp: NOW - 10000 });

  it('says how far exp is before iat, not a positive lifetime of that size', async () => {
    const r = await run(`${S401}\n${bearer({ ...CLAIMS, iat: NOW - 1800, exp: NOW - 10000 })}`);
    expect(r.lifetime?.ttlSeconds).toBe(-8200);
    const text = renderText(r);
    expect(text).toContain('exp 2h 16m before iat · exp 2h 46m ago');
    expect(text).not.toContain('lifetime 2h 16m');
    findingOf(r, 'time.inconsistent');
  });

  it('in Japanese', async () => {
    const text = renderText(await run(backwards, { locale: 'ja' }));
    expect(text).toContain('exp が iat より2時間16分前');
    expect(text).not.toContain('寿命 2時間16分');
  });

  it('not: an ordinary token keeps "lifetime 1h"', async () => {
    expect(renderText(await run(masked(CLAIMS)))).toContain('lifetime 1h · exp in 30m');
  });
});

describe('scope.insufficient beside the insufficient_scope challenge it only repeats', () => {
  // Spring Security's BearerTokenErrorCodes description (java.ts), in the challenge of a 403.
  const challenge =
    'www-authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="delete:orders"';
  const unreadable = 'Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MOiJodHRwczovL2F1dGg.***';

  it('the token’s claims do not decode: the challenge says it all, once', async () => {
    const r = await run(`DELETE /v1/orders/8812 HTTP/1.1\n${unreadable}\n\nHTTP/2 403\n${challenge}`);
    expect(findingOf(r, 'challenge.insufficient-scope').args).toMatchObject({ scope: 'delete:orders' });
    expect(r.findings.map((f) => f.code)).not.toContain('scope.insufficient');
    expect(r.nextSteps[0]).toContain('Request a token with "delete:orders"');
  });

  it('no token pasted: the same', async () => {
    await catchesNot('scope.insufficient', `HTTP/2 403\n${challenge}`);
  });

  it('not: a readable token says what it grants beside the challenge', async () => {
    const r = await run(`DELETE /v1/orders/8812 HTTP/1.1\n${bearer(CLAIMS)}\n\nHTTP/2 403\n${challenge}`);
    expect(findingOf(r, 'scope.insufficient').args).toMatchObject({
      required: ['delete:orders'],
      granted: ['read:orders', 'write:orders'],
    });
  });

  it('not: a scope the user required (--require-scope) is still set against the unreadable token', async () => {
    const r = await run(`${unreadable}\n\nHTTP/2 403\n${challenge}`, { requiredScopes: ['delete:orders'] });
    findingOf(r, 'scope.insufficient');
  });
});

describe('status.not-auth’s "check the request itself" once an error names the cause', () => {
  const CHECK = 'Check the request itself (URL, method, body) against the API’s documentation.';

  it('a token endpoint’s 400 invalid_scope (Keycloak’s words): the scope steps only', async () => {
    const r = await run(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_scope","error_description":"Invalid scopes: read"}',
    );
    findingOf(r, 'oauth.invalid-scope');
    // RFC 6749 §5.2's 400: no note at all since round words-hh, and so no step of its.
    expect(r.findings.some((f) => f.code === 'status.not-auth')).toBe(false);
    expect(r.nextSteps).not.toContain(CHECK);
  });

  it('Vault’s 400 for a bound claim: the role steps only', async () => {
    const r = await run(
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login\nCode: 400. Errors:\n\n* error validating claims: claim "sub" does not match any associated bound claim values',
    );
    findingOf(r, 'federation.no-match');
    expect(r.nextSteps).not.toContain(CHECK);
  });

  it('not: a 400 nothing explains keeps the step', async () => {
    const r = await run('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"message":"bad"}');
    expect(r.nextSteps).toContain(CHECK);
  });

  // A product's own words stating the cause drop it (formats-left-bb): here only the token's claims say it expired, and
  // whether the server refused it for that is still to find out.
  it('not: a 500 beside a cause read from the token alone keeps its own step (the server erred)', async () => {
    const token = unsigned({ alg: 'RS256', typ: 'JWT' }, { ...CLAIMS, exp: NOW - 3600 });
    const r = await run(
      `GET /api/orders HTTP/1.1\nAuthorization: Bearer ${token}\n\nHTTP/1.1 500 Internal Server Error`,
    );
    findingOf(r, 'time.expired');
    expect(r.nextSteps.join('\n')).toContain('a 5xx is a server fault');
  });

  it('not: a 403 has no status.not-auth at all', async () => {
    await catchesNot('status.not-auth', `${S403}\n\nRBAC: access denied`);
  });
});

describe('policy.deny stated by Argo CD: its own RBAC step, not "in the service’s logs"', () => {
  // argocd's `permission denied: <resource>, <action>, <object>, sub: …` (services.ts's argocd rows).
  const denied =
    'FATA[0002] rpc error: code = PermissionDenied desc = permission denied: applications, sync, payments/orders-prod, sub: proj:payments:ci-role, iat: 2026-05-28T06:32:45Z';

  it('names argocd admin settings rbac can and the project role’s policies', async () => {
    const r = await run(denied);
    expect(findingOf(r, 'policy.deny').args).toMatchObject({ via: 'argocd', stated: true });
    expect(r.nextSteps[0]).toContain('argocd admin settings rbac can');
    expect(r.nextSteps[0]).toContain('argocd proj role get');
    expect(r.nextSteps.join('\n')).not.toContain('in the service’s logs');
  });

  it('in Japanese', async () => {
    const r = await run(denied, { locale: 'ja' });
    expect(r.nextSteps[0]).toContain('ConfigMap argocd-rbac-cm の policy.csv');
  });

  it('not: an inferred policy.deny (a 403, a valid token, no server words) keeps the generic step', async () => {
    const r = await run(`${S403}\n\n${bearer(CLAIMS)}`);
    expect(findingOf(r, 'policy.deny').args).toMatchObject({ stated: false });
    expect(r.nextSteps[0]).toContain('Check the authorization policy for this user and resource');
  });
});

describe('time.expired: a verifier’s printed expiry that is not the pasted token’s exp', () => {
  // Spring Security's JwtTimestampValidator, "Jwt expired at <Instant>" (java.ts), the token's exp to the second.
  const spring = (at: string) =>
    `org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at ${at}`;
  const expired = { ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }; // exp 14:02:00Z

  it('14:00:00Z printed, 14:02:00Z pasted: another token was sent', async () => {
    const r = await run(`${spring('2026-05-28T14:00:00Z')}\n${bearer(expired)}`);
    const f = findingOf(r, 'time.expired');
    expect(f.args).toMatchObject({ exp: NOW - 480, statedExp: NOW - 600 });
    expect(f.detail).toContain('gives 2026-05-28T14:00:00Z as the expiry of the token it refused');
    expect(r.nextSteps[1]).toContain('Check where the client gets the token it sends');
  });

  it('in Japanese', async () => {
    const f = findingOf(
      await run(`${spring('2026-05-28T14:00:00Z')}\n${bearer(expired)}`, { locale: 'ja' }),
      'time.expired',
    );
    expect(f.detail).toContain('貼り付けたものとは別の（古い、またはキャッシュされた）トークンを送っています');
  });

  it('not: the printed expiry is the pasted token’s (ASP.NET Core’s invariant format, UTC)', async () => {
    const r = await run(
      `GET /v1/orders HTTP/1.1\n${bearer(expired)}\n\n${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
    );
    const f = findingOf(r, 'time.expired');
    expect(f.args.statedExp).toBeUndefined();
    expect(r.nextSteps[0]).toContain('Get a new token (refresh it) and retry; if fresh tokens also fail');
  });

  it('not: no token pasted: the printed time is the exp, as before', async () => {
    const f = findingOf(await run(spring('2026-05-28T14:00:00Z')), 'time.expired');
    expect(f.args).toMatchObject({ exp: NOW - 600, agoSeconds: 600 });
    expect(f.args.statedExp).toBeUndefined();
  });

  it('not: a pasted token still valid keeps the validForSeconds reading', async () => {
    const f = findingOf(await run(`${spring('2026-05-28T14:00:00Z')}\n${bearer(CLAIMS)}`), 'time.expired');
    expect(f.args).toMatchObject({ validForSeconds: 1800 });
    expect(f.args.statedExp).toBeUndefined();
  });
});

describe('policy.deny stated in a pasted log line: the step does not ask for the service’s logs again', () => {
  // ASP.NET Core's AuthorizationMiddleware "AuthenticationScheme: Bearer was forbidden." (dotnet.ts's forbidden row).
  const forbidden =
    'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]\n      AuthenticationScheme: Bearer was forbidden.';

  it('names the service’s authorization settings', async () => {
    const r = await run(forbidden);
    expect(findingOf(r, 'policy.deny').args).toMatchObject({ via: 'aspnetcore', stated: true });
    expect(r.nextSteps[0]).toBe(
      'Check what the service that refused it allows this caller on this resource (roles, tenant, ownership) in its authorization settings.',
    );
  });

  it('in Japanese', async () => {
    const r = await run(forbidden, { locale: 'ja' });
    expect(r.nextSteps[0]).toContain('拒否したサービスの認可設定で');
  });
});

describe('challenge.no-error beside the verifier’s own words for the reason', () => {
  // IdentityModel's IDX10503 in ASP.NET Core's "was not authenticated. Failure message:" log (dotnet.ts).
  const logged =
    "Bearer was not authenticated. Failure message: IDX10503: Signature validation failed. The token's kid is: 'k_2026_05', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'k_2026_04'.";

  it('does not send the reader to the server’s logs for a reason the paste gives', async () => {
    const r = await run(`${S401}\nWWW-Authenticate: Bearer\n\n${logged}`);
    findingOf(r, 'key.kid-unknown');
    const f = findingOf(r, 'challenge.no-error');
    expect(f.args).toMatchObject({ credentialSent: true, reasonLogged: true });
    expect(f.detail).toContain('The verifier’s own words in the paste give the reason.');
    expect(r.nextSteps.join('\n')).not.toContain('Read the server’s logs for the rejection reason');
  });

  it('not: a token sent and no verifier words keeps the step', async () => {
    const r = await run(`GET /v1/orders HTTP/1.1\n${bearer(CLAIMS)}\n\n${S401}\nWWW-Authenticate: Bearer`);
    const f = findingOf(r, 'challenge.no-error');
    expect(f.args.reasonLogged).toBeUndefined();
    expect(r.nextSteps.join('\n')).toContain('Read the server’s logs for the rejection reason');
  });
});
