/**
 * Round audit-t: reports this stop changed, read as the on-call engineer reads them. A 403 whose token differs from
 * the working one in the paste is not "the token is fine; a policy denies it"; a header cut inside the word Bearer
 * shows no token, so the challenge's step asks for one; the server's words for a refused scope are not followed by a
 * second colon.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const jwt = (header: Record<string, unknown>, claims: Record<string, unknown>) => unsigned(header, claims);
const RS = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const PASTE_TOKEN_STEP =
  'Check the token’s exp, iss, aud and kid against what this API expects: paste the token (signature masked) and this report checks them.';

describe('a 403 beside a working token', () => {
  const paste = (failing: string, working: string) =>
    `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${failing}"\nHTTP/1.1 403 Forbidden\n\nthis one works from Postman: ${working}`;

  it('catches not: a failing token signed with another alg and kid is not "the token is fine"', async () => {
    const input = paste(jwt({ alg: 'HS256', typ: 'JWT', kid: 'dev' }, CLAIMS), jwt(RS, CLAIMS));
    const report = await catchesNot('policy.deny', input);
    expect(report.findings[0]?.code).toBe('token.differs-from-working');
    expect(report.nextSteps[0]).toContain('signed with different keys or algorithms');
  });

  it('catches not: one requested by another client (azp) either', async () => {
    const input = paste(jwt(RS, { ...CLAIMS, azp: 'mobile-app' }), jwt(RS, { ...CLAIMS, azp: 'web-app' }));
    const report = await catchesNot('policy.deny', input);
    expect(report.findings[0]?.code).toBe('token.differs-from-working');
  });

  it('catches: a failing token that differs from the working one in nothing compared leaves the denial to policy', async () => {
    // sub is not compared: two callers' tokens differ there by design, and a policy is what tells them apart.
    const input = paste(jwt(RS, { ...CLAIMS, sub: 'auth0|other-user' }), jwt(RS, CLAIMS));
    await catches('policy.deny', input);
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).not.toContain('token.differs-from-working');
  });

  it('catches: a 403 with no working token is still policy', async () => {
    await catches('policy.deny', `HTTP/1.1 403 Forbidden\n\nAuthorization: Bearer ${jwt(RS, CLAIMS)}`);
  });
});

describe('a header cut inside the word Bearer beside an invalid_token challenge', () => {
  const challenge = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n';

  for (const cut of ['Authorization: B', 'Authorization: Bea', 'authorization: Beare']) {
    it(`catches: "${cut}" at the paste's end asks for the token (no report without a step)`, async () => {
      const report = await catchesNot('token.opaque', challenge + cut);
      expect(report.findings[0]?.code).toBe('challenge.invalid-token');
      expect(report.nextSteps).toContain(PASTE_TOKEN_STEP);
    });
  }

  it('catches not: a real token cut in its header has its own finding asking for it, not this step', async () => {
    const report = await run(`${challenge}Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpX`);
    expect(report.findings.map((f) => f.code)).toContain('token.malformed');
    expect(report.nextSteps).not.toContain(PASTE_TOKEN_STEP);
  });

  it('catches not: "Bea" followed by more text is not a cut at the paste’s end', async () => {
    const report = await run(`${challenge}Authorization: Bea\n\nthat is all I have`);
    expect(report.nextSteps).not.toContain(PASTE_TOKEN_STEP);
  });
});

describe('invalid_scope with the server’s description', () => {
  const input =
    "{'error': 'invalid_scope', 'error_description': 'AADSTS1002012: The provided value for scope Sites.Manage.All offline_access ope";

  it('catches: the causes come before the quoted words, so no second colon follows them', async () => {
    const f = await catches('oauth.invalid-scope', input);
    expect(f.detail).toContain('(unknown, malformed, or more than this client is granted): "AADSTS1002012');
    expect(f.detail).not.toMatch(/…": /);
  });

  it('catches: without a description the sentence still ends cleanly', async () => {
    const f = await catches('oauth.invalid-scope', '{"error":"invalid_scope"}');
    expect(f.detail).toMatch(/is granted\)\. No token was issued\.$/);
  });
});

describe('a challenge the paste cut inside its error value', () => {
  const at401 = (challenge: string) => `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${challenge}`;

  // RFC 6750 §3.1: a request without credentials gets a challenge with no error code; one with an error had them.
  for (const challenge of [
    'Bearer error="invalid_tok',
    'Bearer error="',
    'Bearer error=',
    'Bearer realm="api", error="insufficient_user_authen',
    'DPoP error="invalid_dpop',
  ]) {
    it(`catches not: \`${challenge}\` at the paste's end is no "no token was sent"`, async () => {
      const report = await catchesNot('token.missing', at401(challenge));
      expect(report.findings[0]?.code).toBe('challenge.malformed');
      expect(report.findings[0]?.args).toMatchObject({ endsPaste: true });
      expect(report.nextSteps[0]).toContain('Paste the whole WWW-Authenticate header');
    });
  }

  for (const challenge of ['Bearer realm="ap', 'Bearer error_description="The acc', 'Bearer error']) {
    it(`catches: \`${challenge}\` shows no error stated, so token.missing stays`, async () => {
      await catches('token.missing', at401(challenge));
    });
  }

  it('catches: a Proxy-Authenticate cut after error= says nothing of the origin’s credentials', async () => {
    await catches('token.missing', 'HTTP/1.1 401 Unauthorized\nProxy-Authenticate: Bearer error="invalid_tok');
  });
});

describe('a 403 beside a working token that differs only in kid', () => {
  it('catches: a kid alone (a key rotation) leaves the denial to policy', async () => {
    const input = `curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${jwt({ ...RS, kid: 'acme-2026-06' }, CLAIMS)}"\nHTTP/1.1 403 Forbidden\n\nthis one works from Postman: ${jwt(RS, CLAIMS)}`;
    await catches('policy.deny', input);
    await catches('token.differs-from-working', input);
  });
});

describe('Google’s refused refresh: which login renews it', () => {
  it('catches: golang-oauth2’s "Token has been expired or revoked" names gcloud’s ADC login first', async () => {
    const input =
      '│ Error: Get "https://storage.googleapis.com/storage/v1/b/acme-tfstate?alt=json": oauth2: "invalid_grant" "Token has been expired or revoked."';
    await catches('token.revoked', input);
    const report = await run(input);
    expect(report.nextSteps[0]).toContain('gcloud auth application-default login');
  });

  it('catches not: another provider’s refused refresh keeps the plain sign-in step', async () => {
    const input = '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}';
    await catches('token.revoked', input);
    const report = await run(input);
    expect(report.nextSteps.join(' ')).not.toContain('gcloud');
  });
});
