/**
 * Round fix-c: evidence that lost the token it is about, a preflight's answer judged for the call, a closing remark read
 * as the response's body, and a stray comma called comma-separated scopes (audits a and c). Each group holds the pastes
 * that now read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { A401, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
const SIGNED = rs256(CLAIMS, { kid: 'k1' });
const [H, P, SIG] = SIGNED.split('.') as [string, string, string];
/** A signed token whose payload is no JSON: token.malformed quotes the line that holds it. */
const BROKEN = `${H}.${b64url('{"iss":"https://auth.acme-corp.com/"').replace(/=+$/, '')}${P.slice(0, 200)}.${SIG}`;
const steps = (r: { nextSteps: string[] }) => r.nextSteps.join('\n');
const evidenceOf = (r: Awaited<ReturnType<typeof run>>, code: string) =>
  String(r.findings.find((f) => f.code === code)?.evidence ?? '');

/** No 16 characters of the signature, in any output. */
function expectNoSignature(report: Awaited<ReturnType<typeof run>>, signature: string): void {
  const outputs = [renderText(report, {}), renderJson(report), JSON.stringify(renderBlocks(report, {}))];
  for (const out of outputs) {
    for (let k = 0; k + 16 <= signature.length; k += 8) expect(out).not.toContain(signature.slice(k, k + 16));
  }
}

describe('evidence shows the line that holds the token, the token as its label', () => {
  it('curl -v: a long Authorization line keeps its token (was "> Authorization: Bearer…")', async () => {
    const report = await run(`> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${BROKEN}\n>\n< ${S401}`);
    const label = `‹token ${report.token?.fingerprint}›`;
    expect(evidenceOf(report, 'token.malformed')).toBe(`> Authorization: Bearer ${label}`);
    expectNoSignature(report, SIG);
  });
  it('a labelled token on its own line (was "job token:…")', async () => {
    const report = await run(`Code: 400. Errors:\n\njob token: ${BROKEN}`);
    expect(evidenceOf(report, 'token.malformed')).toBe(`job token: ‹token ${report.token?.fingerprint}›`);
    expectNoSignature(report, SIG);
  });
  it('junk before the token: the token too, not only the junk', async () => {
    const report = await run(`\u{10f3be}\u{10f3be}token=${BROKEN}`);
    expect(evidenceOf(report, 'token.malformed')).toContain(`token=‹token ${report.token?.fingerprint}›`);
    expectNoSignature(report, SIG);
  });
  it('a HAR whose value JSON-escapes a character: the "value" line, not only "name"', async () => {
    // `\u00e9` in the token: the file wrote it escaped (Python's json.dumps), JSON.stringify would not.
    const token = `${H}.${P.slice(0, 40)}\\u00e9${P.slice(40)}.${SIG}`;
    const har = `{\n  "request": {\n    "method": "GET",\n    "url": "https://api.acme-corp.com/v1/orders",\n    "headers": [\n      {\n        "name": "Authorization",\n        "value": "Bearer ${token}"\n      }\n    ]\n  },\n  "response": {\n    "status": 401,\n    "headers": []\n  }\n}`;
    const report = await run(har);
    const evidence = evidenceOf(report, 'authz-header.format');
    expect(evidence).toContain('"value": "Bearer ‹token sha256:');
    expectNoSignature(report, SIG);
  });
  it('a signed live token quoted from a long line: the label, never the signature (text, json, blocks)', async () => {
    const report = await run(`${S401}\nx-request-id: 1\nAuthorization: Bearer ${SIGNED}`);
    expect(report.findings.some((f) => String(f.evidence).includes('‹token'))).toBe(true);
    expectNoSignature(report, SIG);
  });
  it('near-miss: a signature split by a stray character keeps its tail out of the quote', async () => {
    const split = `${H}.${P}.${SIG.slice(0, 11)}\u2028${SIG.slice(11)}`;
    const report = await run(`{"level":"warn","msg":"jwt expired","token":"${split}","status":401}`);
    expectNoSignature(report, SIG.slice(11));
  });
});

describe('the exchange judged in a HAR with a preflight', () => {
  const preflight =
    '{"request":{"method":"OPTIONS","url":"https://api.acme-corp.com/v1/orders","headers":[{"name":"Origin","value":"https://app.acme-corp.com"}]},"response":{"status":204,"statusText":"No Content","headers":[]}}';
  const get = (token: string) =>
    `{"request":{"method":"GET","url":"https://api.acme-corp.com/v1/orders","headers":[{"name":"Authorization","value":"Bearer ${token}"}]}`;
  const expired = unsigned(HEADER, { ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 });
  it('the log cut after the call’s request: no status, not the preflight’s 204', async () => {
    const report = await expectPasteRow({
      name: 'cut after the GET request',
      input: `{"log":{"entries":[${preflight},${get(expired)},"response":{"status":401,"statusText":"Unauth`,
      // The status unseen, an expired token is a suspicion, not the refusal's stated reason.
      status: null,
      classification: 'undetermined',
      includes: ['time.expired'],
      excludes: ['status.not-auth', 'authz-header.missing'],
    });
    expect(report.status).toBeNull();
  });
  it('the call’s JSON broken (its response joined to the token): still not the 204', async () => {
    const input = `{"log":{"entries":[${preflight},{"request":{"method":"GET","url":"https://api.acme-corp.com/v1/orders","headers":[{"name":"Authorization","value":"Bearer ${expired},"statusText":"Unauthorized"}]}}]}}`;
    const report = await catchesNot('status.not-auth', input);
    expect(report.status).toBeNull();
  });
  it('near-miss: the whole log judges the call’s 401', async () => {
    await expectPasteRow({
      name: 'whole HAR with preflight',
      input: `{"log":{"entries":[${preflight},${get(expired)},"response":{"status":401,"statusText":"Unauthorized","headers":[]}}]}}`,
      ...A401,
      includes: ['time.expired'],
      excludes: ['status.not-auth'],
    });
  });
  it('a raw capture cut after the call’s request: no status either', async () => {
    const input = `OPTIONS /v1/orders HTTP/1.1\nHost: api.acme-corp.com\nOrigin: https://app.acme-corp.com\n\nHTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://app.acme-corp.com\n\nGET /v1/orders HTTP/1.1\nHost: api.acme-corp.com\nAuthorization: Bearer ${expired}`;
    const report = await catchesNot('status.not-auth', input);
    expect(report.status).toBeNull();
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.missing');
  });
  it('near-miss: a preflight alone is still judged', async () => {
    const report = await run(preflight);
    expect(report.status).toBe(204);
  });
  it('near-miss: a GET entry whole, then another request cut: the GET’s 401', async () => {
    const whole = `{"request":{"method":"GET","url":"https://api.acme-corp.com/v1/orders","headers":[]},"response":{"status":401,"headers":[]}}`;
    const report = await run(`{"log":{"entries":[${whole},${get(expired)},"response":{"sta`);
    expect(report.status).toBe(401);
  });
});

describe('a closing remark is not the response’s body', () => {
  it('"thanks" under the header fields: the body is still asked for', async () => {
    const report = await run(`${S403}\nContent-Type: text/plain\nthanks`);
    expect(steps(report)).toContain("Paste the response's body");
    expect(steps(report)).not.toMatch(/and its body do not say|headers and body say/);
  });
  it('"any idea?" after the blank line: not the body either', async () => {
    const report = await run(`${S403}\nContent-Type: text/plain\n\nany idea?`);
    expect(steps(report)).toContain("Paste the response's body");
  });
  it('in Japanese too', async () => {
    const report = await run(`${S403}\nContent-Type: text/plain\n\nよろしくお願いします`);
    expect(steps(report)).toContain("Paste the response's body");
  });
  it('near-miss: a body after the blank line is the body', async () => {
    const report = await run(`${S403}\nContent-Type: text/plain\n\nAccess denied`);
    expect(steps(report)).toContain('nor its headers and body say');
  });
  // Stop 22: a terminal copy or a chat's code block loses the blank line between the fields and the body.
  it.each([
    ['JSON', '{"message":"Forbidden"}'],
    ['a JSON array', '[{"code":"forbidden"}]'],
    ['HTML', '<html><body><h1>403 Forbidden</h1></body></html>'],
    ['XML', '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code></Error>'],
  ])('%s right under the header fields (the blank line lost) is the body', async (_name, body) => {
    const report = await run(`${S403}\nContent-Type: application/json\n${body}`);
    expect(steps(report)).not.toContain("Paste the response's body");
  });
  it('near-miss: prose or a brace in a sentence right under the fields is not', async () => {
    for (const line of ['{see above} any idea', 'it says forbidden'])
      expect(steps(await run(`${S403}\nContent-Type: text/plain\n${line}`))).toContain("Paste the response's body");
  });
  it('near-miss: a body right under the status line (no fields) is the body', async () => {
    const report = await run(`${S403}\nAccess denied`);
    expect(steps(report)).toContain('and its body do not say');
  });
});

describe('scope.format: a comma between two scopes, not a stray one', () => {
  const paste = (scope: unknown) => `${S401}\nAuthorization: Bearer ${unsigned(HEADER, { ...CLAIMS, scope })}`;
  it('"j," (one scope, a trailing comma): not comma-separated', async () => {
    await catchesNot('scope.format', paste('j,'));
  });
  it('",read:orders": not comma-separated', async () => {
    await catchesNot('scope.format', paste(',read:orders'));
  });
  it('"read:orders,write:orders" still is', async () => {
    const f = await catches('scope.format', paste('read:orders,write:orders'));
    expect(f.args).toMatchObject({ problem: 'comma-separated' });
  });
  it('"read:orders, write:orders" still is', async () => {
    await catches('scope.format', paste('read:orders, write:orders'));
  });
  it('a required scope granted only as "j,": scope.insufficient, the grant being "j,"', async () => {
    await catches('scope.insufficient', paste('j,'), { requiredScopes: ['j'] });
  });
  it('a required scope in comma-separated grants: the format finding, not insufficient', async () => {
    await catchesNot('scope.insufficient', paste('read:orders,j'), { requiredScopes: ['j'] });
  });
  it('near-miss: space-separated grants say nothing', async () => {
    const report = await run(paste('read:orders write:orders'));
    expect(report.findings.map((f) => f.code)).not.toContain('scope.format');
  });
});

describe('AWS STS: no OIDC provider for the issuer', () => {
  const sts = (issuer: string) =>
    `Assuming role with OIDC\nError: Could not assume role with OIDC: No OpenIDConnect provider found in your account for ${issuer}`;
  it('the step is to create the IAM OIDC identity provider for the issuer STS names', async () => {
    const report = await run(sts('https://token.actions.githubusercontent.com'));
    const f = report.findings.find((x) => x.code === 'verifier.misconfigured');
    expect(f?.args).toMatchObject({ via: 'aws-sts', oidcProvider: 'https://token.actions.githubusercontent.com' });
    expect(steps(report)).toContain(
      'Create the IAM OIDC identity provider for https://token.actions.githubusercontent.com',
    );
    expect(steps(report)).not.toContain('Fix the API’s JWT configuration');
  });
  it('in Japanese too', async () => {
    const report = await run(sts('https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE'), { locale: 'ja' });
    expect(steps(report)).toContain('IAM OIDC ID プロバイダーを作成');
  });
  it('near-miss: another verifier’s misconfiguration keeps the JWT configuration step', async () => {
    const report = await run('JsonWebTokenError: secret or public key must be provided');
    expect(report.findings.find((x) => x.code === 'verifier.misconfigured')?.args).not.toHaveProperty('oidcProvider');
    expect(steps(report)).toContain('Fix the API’s JWT configuration');
  });
});

describe('jwt.io’s header pane: what its label heads is the header', () => {
  const pane = (header: string) =>
    `${S401}\n\nHEADER: ALGORITHM & TOKEN TYPE\n${header}\nPAYLOAD: DATA\n{\n  "iss": "https://auth.acme-corp.com/",\n  "sub": "auth0|6650f1c2",\n  "aud": "https://api.acme-corp.com",\n  "iat": ${NOW - 1800},\n  "exp": ${NOW + 1800}\n}`;
  it('{"alg":"none"} with a private parameter: alg.none', async () => {
    await catches('alg.none', pane('{\n  "alg": "none",\n  "note": "x"\n}'));
  });
  it('near-miss: the same JSON on a log line is no header', async () => {
    const input = `${S401}\nsome log:\n{"alg":"none","note":"x"}\n{"iss":"https://a/","exp":${NOW + 60},"iat":${NOW - 60}}`;
    await catchesNot('alg.none', input);
  });
  it('near-miss: a key under the label is no header', async () => {
    await catchesNot('alg.none', pane('{\n  "alg": "none",\n  "kty": "oct"\n}'));
  });
});
