/**
 * Round audit-x: the session's changes read as the on-call engineer reads them. The Japanese words for a federation's
 * audience or issuer list, and its step, kept the space the rest of the catalogue puts between Japanese and a Latin
 * word (「aud は Vault ロールの…」, 「トークンの aud を、…」), and none before a Japanese phrase (「aud はアプリの…」).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';

// hashicorp/vault builtin/credential/jwt path_login.go: "error validating token: invalid audience (aud) claim: …"
const VAULT_AUD =
  'Error writing data to auth/jwt/login: Error making API request.\n\nURL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login\nCode: 400. Errors:\n\n* error validating token: invalid audience (aud) claim: audience claim does not match any expected audience';
// The same file: "error validating token: invalid issuer (iss) claim"
const VAULT_ISS =
  'Error writing data to auth/jwt/login: Error making API request.\n\nURL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login\nCode: 400. Errors:\n\n* error validating token: invalid issuer (iss) claim';
// AADSTS700212, Microsoft Entra's error code reference.
const ENTRA_AUD =
  "ERROR: AADSTS700212: No matching federated identity record found for presented assertion audience 'https://example.invalid'.";

const text = async (input: string) => {
  const r = await run(input, { locale: 'ja' });
  return [...r.findings.map((f) => `${f.title}\n${f.detail}`), ...r.nextSteps].join('\n');
};

describe('ja: a federation’s lists and steps keep the space beside a Latin word', () => {
  it('catches: Vault’s audience list and its step are spaced', async () => {
    const t = await text(VAULT_AUD);
    expect(t).toContain('aud は Vault ロールの bound_audiences にない値です');
    expect(t).toContain('トークンの aud を、ロールの bound_audiences');
  });

  it('catches: Vault’s issuer is spaced', async () => {
    expect(await text(VAULT_ISS)).toContain('iss は Vault の JWT 認証マウントの bound_issuer ではない発行元です');
  });

  it('catches not: no space before a Japanese phrase, and none left glued anywhere', async () => {
    for (const input of [VAULT_AUD, VAULT_ISS, ENTRA_AUD]) {
      const t = await text(input);
      expect(t).not.toMatch(/(?:aud|iss) は (?=[\u3040-\u30ff\u4e00-\u9fff])/);
      expect(t).not.toMatch(/(?:aud|iss)(?:は|を)[^\s]/);
      expect(t).not.toMatch(/は(?:Vault|IAM)/);
    }
  });
});

describe('a token glued to the next header after its last dot keeps the report’s own words', () => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'https://auth.example.com/', sub: 'u1', aud: 'https://api.example.com', iat: 1779975600, exp: 1779979200, scope: 'read:orders' })}`;
  const sig = 'Qx7_k2Lm9pZr4TfWb8cVn1HsYd3EaJu6Tq0wXe5Rb2N';
  const all = (r: Awaited<ReturnType<typeof run>>) =>
    JSON.stringify([r.findings.map((f) => [f.title, f.detail, f.evidence]), r.nextSteps, r.token]);

  it('catches: "WWW-Authenticate" read as the signature is not hidden in the steps', async () => {
    const r = await run(`realm="api"}..${head}.WWW-Authenticate: &gt; %2E"iss"`);
    expect(r.nextSteps.join('\n')).toContain('its status line, WWW-Authenticate header and body');
    expect(all(r)).not.toContain('‹signature›');
  });

  it('catches not: a real signature, glued the same way or alone, is still hidden', async () => {
    for (const input of [`${head}.${sig}WWW-Authenticate: Bearer`, `token: ${head}.${sig}`]) {
      const r = await run(input);
      const out = all(r);
      expect(out).not.toContain(sig);
      expect(out).not.toContain(sig.slice(10, 26));
    }
  });
});
