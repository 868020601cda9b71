/**
 * Round audit-i: short pastes (a phone at 3 a.m.) and Japanese ones, read as the on-call engineer reads them.
 */
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { NOW, run } from '../helpers/catches.js';
import { findLeak, secretOf } from '../helpers/leaks.js';
import { JSON_CT, S401, S403 } from '../helpers/paste-fixtures.js';
import { b64url, CLAIMS, rs256 } from '../helpers/tokens.js';

describe('a body that repeats the status line’s code: the status line stays the status quoted', () => {
  const rows: Array<[string, string, string]> = [
    [
      'NestJS/Hapi statusCode',
      `${S401}\n${JSON_CT}\n\n{"statusCode":401,"error":"Unauthorized","message":"Bad things"}`,
      S401,
    ],
    [
      'Spring’s status',
      `HTTP/1.1 401\n${JSON_CT}\n\n{"status":401,"error":"Unauthorized","path":"/api"}`,
      'HTTP/1.1 401',
    ],
  ];
  it.each(rows)('%s', async (_, paste, line) => {
    const report = await run(paste);
    const quoted = report.findings.filter((x) => x.source === 'status' || x.code === 'challenge.missing');
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) expect(f.evidence).toBe(line);
  });

  it('a 403 whose body was pasted is not asked for its body again', async () => {
    const report = await run(
      `${S403}\n\n{"statusCode":403,"error":"Forbidden","message":"Insufficient scope for this tenant"}`,
    );
    expect(report.nextSteps[0]).toMatch(/^Paste the response's headers/);
  });

  it('does not take the body’s code over another status line’s (a later response is still the one chosen)', async () => {
    const paste = `HTTP/1.1 302 Found\nLocation: /login\n\n{"statusCode":401,"message":"Unauthorized"}`;
    const report = await run(paste);
    expect(report.status).toBe(401);
  });

  it('keeps a DevTools "Status Code" line as the status when no status line is above it', async () => {
    const report = await run('Request URL: https://api.example.com/v1\nStatus Code: 401 Unauthorized');
    expect(report.status).toBe(401);
    const f = report.findings.find((x) => x.source === 'status');
    expect(f?.evidence).toBe('Status Code: 401 Unauthorized');
  });
});

describe('invalid_token beside a pasted token whose claims cannot be read: no ask to paste the token', () => {
  const PASTE_ASK = /paste the token \(signature masked\) and this report checks them/;
  const HEADER = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0';
  const rows: Array<[string, string, string]> = [
    ['a token cut in its payload', `${HEADER}.eyJpc3MiOiJodHRwczo`, 'Paste the token again in full'],
    ['an opaque token', 'abcdefghijklmnop1234', 'Request a JWT access token'],
  ];
  it.each(rows)('%s', async (_, token, first) => {
    const paste = `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${token}`;
    const report = await run(paste);
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.findings[0]?.args).toMatchObject({ tokenShown: false, tokenUnreadable: true });
    expect(report.nextSteps.some((s) => PASTE_ASK.test(s))).toBe(false);
    expect(report.nextSteps[0]).toContain(first);
  });

  it('in Japanese too', async () => {
    const paste = `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${HEADER}.eyJpc3MiOiJodHRwczo`;
    const report = await run(paste, { locale: 'ja' });
    expect(report.nextSteps.some((s) => s.includes('署名を伏せてトークンを貼ると'))).toBe(false);
  });

  const notRows: Array<[string, string]> = [
    ['no token in the paste', `${S401}\nWWW-Authenticate: Bearer error="invalid_token"`],
    [
      'a shell variable for the token',
      `curl -i -H "Authorization: Bearer $TOKEN" https://api.example.com/\n${S401}\nWWW-Authenticate: Bearer error="invalid_token"`,
    ],
  ];
  it.each(notRows)('still asks for it: %s', async (_, paste) => {
    const report = await run(paste);
    expect(report.nextSteps.some((s) => PASTE_ASK.test(s))).toBe(true);
  });
});

describe('kintone’s GAIA_IA02: an API token the app does not have in effect, not a JWT', () => {
  const GAIA = '[400] [GAIA_IA02] The specified API token does not match the API token generated via an app.';
  const JWT_ASK = /exp, iss, aud and kid|exp、iss、aud、kid/;

  it('names the API token and "Update App", not a JWT’s claims', async () => {
    const report = await run(`cli-kintone record export failed\n${GAIA}`);
    const f = report.findings[0];
    expect(f?.code).toBe('challenge.invalid-token');
    expect(f?.args).toMatchObject({ via: 'kintone', credential: 'kintone-api-token' });
    expect(f?.detail).toMatch(/^Refused by kintone\. The credential is a kintone API token/);
    expect(report.nextSteps[0]).toContain('"Update App"');
    expect(report.nextSteps.some((s) => JWT_ASK.test(s))).toBe(false);
  });

  it('in Japanese', async () => {
    const report = await run(`cli-kintoneでAPIトークン指定したら400エラー\n${GAIA}`, { locale: 'ja' });
    expect(report.findings[0]?.detail).toMatch(
      /^kintone に拒否されました。資格情報は JWT ではなく、kintone の API トークン/,
    );
    expect(report.nextSteps[0]).toContain('「アプリを更新」');
    expect(report.nextSteps.some((s) => JWT_ASK.test(s))).toBe(false);
  });

  const notRows: Array<[string, string, string]> = [
    ['kintone’s CB_AU01 (no credentials)', '[401] [CB_AU01] Please login.', 'token.missing'],
    ['a JWT API’s invalid_token', `${S401}\nWWW-Authenticate: Bearer error="invalid_token"`, 'challenge.invalid-token'],
  ];
  it.each(notRows)('not for %s', async (_, paste, code) => {
    const report = await run(paste);
    const f = report.findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect((f?.args as { credential?: string } | undefined)?.credential).toBeUndefined();
    expect(report.nextSteps.some((s) => s.includes('Update App'))).toBe(false);
  });
});

describe('a token whose header lost its first characters in the copy (`yJhbGci….eyJ….sig`)', () => {
  const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
  const CUT = `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\n\ncopied from my phone: `;

  it.each([1, 4, 9])(
    'is read from what is left of its header (%i characters lost): start cut, claims read',
    async (lost) => {
      const report = await run(`${CUT}${EXPIRED.slice(lost)}`);
      const malformed = report.findings.find((f) => f.code === 'token.malformed');
      expect(malformed?.detail).toMatch(/first part (does not decode to a JSON header|is not base64url)/);
      expect(report.findings.map((f) => f.code)).toContain('time.expired');
      expect(report.timeClaims.exp?.value).toBe(NOW - 480);
    },
  );

  it('with its payload cut too, is a malformed token, not an opaque one, nor nothing', async () => {
    const twoParts = EXPIRED.split('.').slice(0, 2).join('.');
    const report = await run(twoParts.slice(1, 120));
    expect(report.findings.map((f) => f.code)).toEqual(['token.malformed']);
    const bearer = await run(`${S401}\nAuthorization: Bearer ${twoParts.slice(3, 150)}`);
    expect(bearer.findings.map((f) => f.code)).not.toContain('token.opaque');
    expect(bearer.findings.map((f) => f.code)).toContain('token.malformed');
  });

  it.each(['en', 'ja'] as const)('never shows the token (%s)', async (locale) => {
    const report = await run(`${CUT}${EXPIRED.slice(1)}\nand again: ${EXPIRED.slice(5)}`, { locale });
    const secret = secretOf(EXPIRED);
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, [secret])).toBeNull();
      expect(out).not.toContain(secret.signingInput.slice(9, 60));
    }
  });

  const notRows: Array<[string, string]> = [
    ['a whole token after a number and a dot', `1779977400.${EXPIRED}`],
    ['a whole token after a sentence’s last word', `the token is in the file 0123456789ABCDEFQ.${EXPIRED}`],
  ];
  it.each(notRows)('leaves %s whole', async (_, paste) => {
    const report = await run(paste);
    expect(report.findings.map((f) => f.code)).not.toContain('token.malformed');
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
  });

  it('does not take a base64 cursor before a payload for a header', async () => {
    const report = await run(`GET /v1/orders?cursor=${b64url({ id: 8812 })}.djIxNjQ HTTP/1.1`);
    expect(report.findings.map((f) => f.code)).not.toContain('token.malformed');
  });
});

describe('Vault’s `role "x" could not be found`: the login’s role or mount, not the API’s JWT settings', () => {
  const CLI = `Error writing data to auth/jwt/login: Error making API request.\n\nURL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login\nCode: 400. Errors:\n\n* role "gha-deploy" could not be found`;

  it.each(['en', 'ja'] as const)('names the role and lists the mount’s roles (%s)', async (locale) => {
    const report = await run(CLI, { locale });
    const f = report.findings[0];
    expect(f?.code).toBe('verifier.misconfigured');
    expect(f?.args).toMatchObject({ via: 'vault', vaultRole: 'gha-deploy' });
    expect(f?.title).toContain('"gha-deploy"');
    expect(report.nextSteps[0]).toContain('vault list auth/<mount>/role');
    expect(report.nextSteps.some((s) => s.includes('JWKS'))).toBe(false);
  });

  it('not for another Vault configuration error (a role of the OIDC type)', async () => {
    const report = await run('Code: 400. Errors:\n\n* role with oidc role_type is not allowed');
    const f = report.findings.find((x) => x.code === 'verifier.misconfigured');
    expect(f?.args).not.toHaveProperty('vaultRole');
  });

  it('not for a "could not be found" that is no Vault role (a session)', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\n{"error_message":"Session could not be found."}');
    expect(report.findings.some((x) => (x.args as { vaultRole?: string }).vaultRole !== undefined)).toBe(false);
  });
});

describe('GitHub’s "Requires authentication": its own words that no credentials came', () => {
  const rows: Array<[string, string]> = [
    [
      'go-github’s error line (terraform)',
      '│ Error: GET https://api.github.com/user: 401 Requires authentication []\n│ \n│   with provider["registry.terraform.io/integrations/github"],',
    ],
    [
      'its JSON body',
      'HTTP/2 401\n\n{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest/users/users#get-the-authenticated-user"}',
    ],
  ];
  it.each(rows)('%s', async (_, paste) => {
    const report = await run(paste);
    const f = report.findings[0];
    expect(f?.code).toBe('token.missing');
    expect(f?.args).toMatchObject({ stated: true });
    expect(f?.evidence).toContain('Requires authentication');
  });

  it('not another product’s same words (Looker)', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"message":"Requires authentication","documentation_url":"https://cloud.google.com/looker/docs/r/api/authorization"}',
    );
    expect(report.findings[0]?.args).not.toHaveProperty('stated');
  });

  it('not GitHub’s "Bad credentials" (a token it refused)', async () => {
    const report = await run('│ Error: GET https://api.github.com/user: 401 Bad credentials []');
    expect(report.findings.map((f) => f.code)).not.toContain('token.missing');
  });
});

describe('`Authorization: BearereyJ…`: "Bearer" and the token joined with no space', () => {
  const TOKEN = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });

  it.each(['Bearer', 'bearer'])(
    'is a format problem of the header, not a bare or malformed token (%s)',
    async (word) => {
      const report = await run(`GET /v1/orders HTTP/1.1\nAuthorization: ${word}${TOKEN}\n\n${S401}`);
      const codes = report.findings.map((f) => f.code);
      expect(codes).toContain('authz-header.format');
      expect(report.findings.find((f) => f.code === 'authz-header.format')?.args).toMatchObject({
        problems: expect.arrayContaining(['no-space']),
      });
      expect(codes).not.toContain('authz-header.scheme');
      expect(codes).not.toContain('token.malformed');
      expect(codes).toContain('time.expired');
    },
  );

  it('in Japanese', async () => {
    const report = await run(`GET /v1/orders HTTP/1.1\nAuthorization: Bearer${TOKEN}\n\n${S401}`, { locale: 'ja' });
    expect(report.findings.find((f) => f.code === 'authz-header.format')?.detail).toContain('空白がない');
  });

  const notRows: Array<[string, string]> = [
    ['a bare token', `Authorization: ${TOKEN}`],
    ['a word that starts with Bearer', 'Authorization: BearerToken1234567890abcdef'],
    ['the usual header', `Authorization: Bearer ${TOKEN}`],
  ];
  it.each(notRows)('not for %s', async (_, header) => {
    const report = await run(`GET /v1/orders HTTP/1.1\n${header}\n\n${S401}`);
    const f = report.findings.find((x) => x.code === 'authz-header.format');
    expect((f?.args as { problems?: string[] } | undefined)?.problems ?? []).not.toContain('no-space');
  });
});
