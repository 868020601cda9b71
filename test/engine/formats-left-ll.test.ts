/**
 * Round left-ll: what this stop's audits left of the core JWT readings. A signature shorter than its alg gives (a token
 * cut by a copy, a paste or a log's width, Kong/kong#12692). Tokens made up; each row's source is beside it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** `bytes` signature-like bytes (a hash chain: random-looking, never printable text), base64url. */
const sigBytes = (bytes: number, seed = 'left-ll'): string => {
  const out: Buffer[] = [];
  for (
    let h = createHash('sha512').update(seed).digest();
    out.length * 64 < bytes;
    h = createHash('sha512').update(h).digest()
  )
    out.push(h);
  return Buffer.concat(out).subarray(0, bytes).toString('base64url');
};
const CLAIMS = { iss: 'https://auth.example.com/', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 3600 };
const token = (alg: string, signature: string) => `${b64({ alg, typ: 'JWT' })}.${b64(CLAIMS)}.${signature}`;

describe('golang-jwt’s "tokenstring should not contain \'bearer \'" is a doubled prefix', () => {
  const T = token('RS256', sigBytes(256));
  it('API Gateway HTTP API passes it on in its challenge (aws/serverless-application-model#1300)', async () => {
    const report = await run(
      [
        'GET /prod/orders HTTP/1.1',
        'Host: abc123.execute-api.us-east-1.amazonaws.com',
        `Authorization: Bearer ${T}`,
        '',
        'HTTP/1.1 401 Unauthorized',
        `www-authenticate: Bearer scope="" error="invalid_token" error_description="tokenstring should not contain 'bearer '"`,
        'apigw-requestid: Qw3sLh1bIAMEV4A=',
        '',
        '{"message":"Unauthorized"}',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('authz-header.double-prefix');
    expect(report.findings[0]?.args).toMatchObject({ via: 'golang-jwt', form: 'log' });
  });

  it('golang-jwt v5 in a JSON log line: the malformed head is absorbed', async () => {
    const report = await run(
      `{"level":"error","msg":"auth failed","error":"token is malformed: tokenstring should not contain 'bearer '"}`,
    );
    expect(report.findings[0]?.code).toBe('authz-header.double-prefix');
    expect(report.findings.map((f) => f.code)).not.toContain('token.malformed');
    const ja = await run(`token is malformed: tokenstring should not contain 'bearer '`, { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('スキームを含む値全体');
  });

  it('a request shown with Bearer twice: the header’s own finding, not a second one from the log', async () => {
    const report = await run(
      `Authorization: Bearer Bearer ${T}\n\nHTTP/1.1 401 Unauthorized\ntoken is malformed: tokenstring should not contain 'bearer '`,
    );
    const found = report.findings.filter((f) => f.code === 'authz-header.double-prefix');
    expect(found).toHaveLength(1);
    expect(found[0]?.args).toMatchObject({ form: 'bearer-bearer' });
  });

  it('near misses: another golang-jwt malformed reason, and prose about the Bearer prefix', async () => {
    await catchesNot(
      'authz-header.double-prefix',
      'token is malformed: could not base64 decode header: illegal base64 data at input byte 6',
    );
    await catchesNot('authz-header.double-prefix', 'the token string should contain the bearer prefix');
  });
});

describe('IDX40002: AadIssuerValidator refuses B2C’s tfp issuer', () => {
  const MESSAGE =
    "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX40002: Microsoft.IdentityModel does not support a B2C issuer with 'tfp' in the URI. See https://aka.ms/ms-id-web/b2c-issuer for details. ";
  it('claim.iss-mismatch with the user flow’s issuer setting as its step (LogMessages.cs; ms-id-web wiki)', async () => {
    const input = `fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]\n      Exception occurred while processing message.\n      ${MESSAGE}`;
    const f = await catches('claim.iss-mismatch', input);
    expect(f.args).toMatchObject({ via: 'identitymodel', b2cTfp: true });
    expect(f.args).not.toHaveProperty('piiHidden');
    expect((await run(input)).nextSteps.join(' ')).toContain('Token compatibility settings');
    const ja = await run(MESSAGE, { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('tfp 形式');
  });

  it('near misses: IDX40001 names an issuer and no tfp form; IDX40003 is about tid', async () => {
    const f = await catches(
      'claim.iss-mismatch',
      "IDX40001: Issuer: 'https://contoso.b2clogin.com/5a1d2c3e/v2.0/', does not match any of the valid issuers provided for this application.",
    );
    expect(f.args).not.toHaveProperty('b2cTfp');
    await catchesNot(
      'claim.iss-mismatch',
      'IDX40003: Neither `tid` nor `tenantId` claim is present in the token obtained from Microsoft identity platform.',
    );
  });
});

describe('oauth2-proxy’s "email in id_token (…) isn\'t verified"', () => {
  it('with its parentheses (providers/oidc.go) and without (oauth2-proxy/oauth2-proxy#1152)', async () => {
    for (const line of [
      "[2026/05/28 14:09:58] [oauthproxy.go:823] Error creating session during OAuth2 callback: email in id_token (jane@example.com) isn't verified",
      "tokens with unverified emails cause an `email in id_token svc-batch@example.com isn't verified` error.",
    ]) {
      const report = await run(line);
      expect(report.findings[0]?.code).toBe('claim.required-missing');
      expect(report.findings[0]?.args).toMatchObject({ via: 'oauth2-proxy', claim: 'email_verified', mismatch: true });
      expect(report.nextSteps.join(' ')).toContain('--insecure-oidc-allow-unverified-email');
    }
    const ja = await run("email in id_token (jane@example.com) isn't verified", { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('email_verified が false');
  });

  it('near misses: its other ID-token errors, and prose', async () => {
    await catchesNot('claim.required-missing', 'the email in id_token claims is verified by the provider');
    await catchesNot('claim.required-missing', 'email in id_token is missing, please check the scope');
  });
});

describe('AWS ALB’s own 401 without a challenge: its listener rule’s authentication', () => {
  it('an AppSync iOS client’s NSHTTPURLResponse, awselb/2.0, text/html (aws-amplify/aws-sdk-ios#1323)', async () => {
    const input = [
      'AWSAppSync.AWSAppSyncClientError.requestFailed(Optional(160 bytes), Optional(<NSHTTPURLResponse: 0x2813a4b40> { URL: https://api.example.com/user-service } { Status Code: 401, Headers {',
      '    "Content-Length" =     (',
      '        160',
      '    );',
      '    "Content-Type" =     (',
      '        "text/html"',
      '    );',
      '    Server =     (',
      '        "awselb/2.0"',
      '    );',
      '} }',
    ].join('\n');
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).toMatchObject({ product: 'AWS ALB', albAuthAction: true });
    const report = await run(input);
    expect(report.nextSteps.join(' ')).toContain('AWSELBAuthSessionCookie');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('リスナールール');
  });

  it('near misses: a challenge the target wrote, and a 403 (WAF), are not the authenticate action', async () => {
    const challenged = await run(
      'HTTP/1.1 401 Unauthorized\nServer: awselb/2.0\nWWW-Authenticate: Bearer error="invalid_token"\nContent-Type: application/json\n',
    );
    for (const f of challenged.findings) expect(f.args).not.toHaveProperty('albAuthAction');
    const waf = await run(
      'HTTP/1.1 403 Forbidden\nServer: awselb/2.0\nContent-Type: text/html\n\n<html><head><title>403 Forbidden</title></head></html>',
    );
    for (const f of waf.findings) expect(f.args).not.toHaveProperty('albAuthAction');
  });
});
