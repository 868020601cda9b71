/**
 * Round audit-ay: pastes as the Slack app receives them, the slash command's text and a shortcut's message.text (Slack's
 * escapes, links, bold, a phone's smart punctuation) against the same paste unframed. Each paste is rebuilt from the
 * source named beside it (tokens made up); the list, with each paste's verdict before and after, is the round's
 * sources.md.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { EXPIRED, EXPIRED_MASKED, S401 } from '../helpers/paste-fixtures.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
const NOW = 1779977400;
const PAYLOAD = JSON.stringify({ ...CLAIMS, iss: 'auth.acme-corp.com', iat: NOW - 3600, exp: NOW - 480 }, null, 2);

describe('a host Slack linked as typed bare, `<http://host|host>`: the host as typed (normalize.ts, wee-slack/wee-slack#444)', () => {
  const linked = PAYLOAD.replace('"auth.acme-corp.com"', '"<http://auth.acme-corp.com|auth.acme-corp.com>"');
  it('catches not: an `iss` the paster typed bare matches the bare issuer expected', async () => {
    await catchesNot('claim.iss-mismatch', `${S401}\ndecoded payload:\n${linked}`, {
      expectedIssuers: ['auth.acme-corp.com'],
    });
  });
  it('catches: the same `iss` against an https issuer is a mismatch, not a scheme Slack added', async () => {
    const f = await catches('claim.iss-mismatch', `${S401}\ndecoded payload:\n${linked}`, {
      expectedIssuers: ['https://auth.acme-corp.com/'],
    });
    expect(f.args).toMatchObject({ iss: 'auth.acme-corp.com' });
  });
  it('catches: a link whose label is other words keeps its target (`<https://auth.acme-corp.com/|our IdP>`)', async () => {
    const labelled = PAYLOAD.replace('"auth.acme-corp.com"', '"<https://login.acme-corp.com/|auth.acme-corp.com>"');
    const f = await catches('claim.iss-mismatch', `${S401}\ndecoded payload:\n${labelled}`, {
      expectedIssuers: ['auth.acme-corp.com'],
    });
    expect(f.args).toMatchObject({ iss: 'https://login.acme-corp.com/' });
  });
});

describe('a curl option whose `--` smart punctuation made a dash (curl.ts, awsdocs/amazon-ec2-user-guide#100, ngrok/ngrok-docs#1814)', () => {
  it.each([
    ['an em dash', '\u2014header'],
    ['an en dash', '\u2013header'],
  ])('catches not: `curl -i %s “Authorization: Bearer …”` sent its header', async (_name, option) => {
    const report = await catchesNot(
      'authz-header.missing',
      [
        `curl -i ${option} \u201cAuthorization: Bearer ${EXPIRED}\u201d <https://api.acme-corp.com/v1/orders>`,
        S401,
        'WWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches: a header word after the URL with no option before it is still no header sent', async () => {
    const f = await catches(
      'authz-header.missing',
      `curl -i https://api.acme-corp.com/v1/orders "Authorization: Bearer ${EXPIRED}"\n${S401}`,
    );
    expect(f.args).toMatchObject({ cutBy: 'argument' });
  });
});

describe('Slack’s `*bold*` and `_italic_` around a paster’s words (slack-emphasis.ts)', () => {
  const devtools = [
    '*Request URL:* <https://api.acme-corp.com/v1/orders>',
    '*Status Code:* 401 Unauthorized',
    '*www-authenticate*: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    `• *authorization:* Bearer ${EXPIRED_MASKED}`,
  ].join('\n');
  it('catches: the bolded devtools copy reads as the plain one, its status and challenge', async () => {
    const f = await catches('challenge.invalid-token', devtools);
    expect(f.args).toMatchObject({ description: 'The access token expired' });
    const report = await run(devtools);
    expect(report.status).toBe(401);
    expect(report.findings[0]?.code).toBe('time.expired');
  });
  it('catches: the same copy with its labels in `_italic_`', async () => {
    const report = await run(devtools.replace(/\*/g, '_').replace('• _authorization:_', '• authorization:'));
    expect(report.status).toBe(401);
    expect(report.findings.map((f) => f.code)).toContain('challenge.invalid-token');
  });
  it('catches: an italic verifier message, `_TokenExpiredError: jwt expired_` (auth0/node-jsonwebtoken#590)', async () => {
    const f = await catches('time.expired', `_TokenExpiredError: jwt expired_\n${S401}`);
    expect(f.args).toMatchObject({ via: 'jsonwebtoken' });
  });
  it('catches: a bolded token, `Bearer *eyJ…*`, is the JWT, not an opaque credential', async () => {
    const report = await catchesNot('token.opaque', `${S401}\nAuthorization: Bearer *${EXPIRED}*`);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(JSON.stringify(report)).not.toContain(SIGNATURE);
  });
  it('catches: a bolded token whose signature ends in `_` keeps that character (`*eyJ…x_*`)', async () => {
    const token = unsigned({ alg: 'HS256', typ: 'JWT' }, { ...CLAIMS, exp: NOW - 480 }, `${'Q'.repeat(42)}_`);
    const report = await catchesNot('token.opaque', `${S401}\nAuthorization: Bearer *${token}*`);
    expect(report.findings[0]?.code).toBe('time.expired');
  });
  it('catches not: a mask, curl’s `*` lines, a glob and snake_case names keep their characters', async () => {
    const report = await run(
      [
        '*   Trying 203.0.113.7:443...',
        '* Connected to api.acme-corp.com (203.0.113.7) port 443',
        '> GET /v1/orders HTTP/1.1',
        '> Authorization: Bearer ****',
        '> Cookie: _ga=GA1.2.123; _gid=GA1.2.456',
        '< HTTP/1.1 401 Unauthorized',
        '< Access-Control-Allow-Origin: *',
        '< WWW-Authenticate: Bearer realm="*.acme-corp.com, *.acme.io", error="invalid_token"',
      ].join('\n'),
    );
    expect(report.status).toBe(401);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('input.masked');
    expect(codes).not.toContain('authz-header.missing');
    expect(JSON.stringify(report)).toContain('*.acme-corp.com, *.acme.io');
  });
  it('catches not: bold prose and arithmetic are not names (`*note:*this`, `2 *3*: 6`)', async () => {
    const report = await run(['*note:*this is prose', 'we saw 2 *3*: 6 times', '*TODO* check the gateway'].join('\n'));
    expect(report.status).toBeNull();
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.missing');
  });
});
