/**
 * Round "real-d": pastes rebuilt from Q&A threads (Stack Overflow, vendor community forums) where someone asked why a
 * request was refused (hosts and tokens replaced, the software's own words kept). Each group cites its thread; what the
 * accepted answer found the cause to be is what the row expects. Each group ends with near-misses that must read as
 * before.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, MISREAD, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

const SIGNED = hs256({ ...CLAIMS });
const SIGNATURE = SIGNED.split('.')[2] as string;

// An opaque token sent to a JWT verifier, which calls it malformed: the token is not a JWT, and the fix is to request
// one (Auth0: pass the API's audience), not to copy the same token again.
const OPAQUE_REFUSED: Row[] = [
  {
    // https://community.auth0.com/t/access-token-too-short-jwt-malformed/9169 (accepted: no audience was requested,
    // so Auth0 issued an opaque token for /userinfo only).
    name: 'express-jwt says "jwt malformed" to a 32-character Auth0 access token',
    input: [
      'React app gets an access_token but it is too short:',
      '',
      'Authorization: Bearer O0PDdG2DjHQLLxOQYiPBT5qCbKtItgW3',
      '',
      'UnauthorizedError: jwt malformed',
      '    at new UnauthorizedError (/srv/api/node_modules/express-jwt/lib/errors/UnauthorizedError.js:22:15)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    // A Stack Overflow question retold at https://openillumi.com/en/en-flask-jwt-not-enough-segments-error-fix (the
    // answer: the bearer value was not a JWT at all, not three dot-separated parts).
    name: 'Flask-JWT-Extended’s "Not enough segments" to a bearer value with no dots',
    input: [
      '$ curl http://0.0.0.0:8080/ -H "Authorization: Bearer TGazPL9rf3aIftplCYDTGDc8cbTd"',
      '{',
      '  "msg": "Not enough segments"',
      '}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    name: 'the same refusal after a status line and the request',
    input: [
      'GET /api/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'Authorization: Bearer 9f3c2a7e1b6d4f08a5c3e2d1b0a9f8e7',
      '',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{"message":"jwt malformed"}',
    ].join('\n'),
    ...A401,
    top: 'token.opaque',
    excludes: ['token.malformed'],
  },
  {
    name: 'near-miss: a JWT cut short is still malformed',
    input: ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIx', '', 'JsonWebTokenError: jwt malformed'].join(
      '\n',
    ),
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'near-miss: a JWT that lost its first characters (no JOSE header, but dots) stays malformed',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      `Authorization: Bearer ${SIGNED.slice(2)}`,
      '',
      'JsonWebTokenError: jwt malformed',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'near-miss: a JWT cut across both dots (base64url JSON, no dots) stays malformed',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '',
      `Authorization: Bearer ${SIGNED.slice(2, 40)}${SIGNATURE}`,
      '',
      'JsonWebTokenError: invalid token',
    ].join('\n'),
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'near-miss: "jwt malformed" with no token pasted stays malformed',
    input: 'UnauthorizedError: jwt malformed\n    at /app/node_modules/express-jwt/lib/index.js:102:22',
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'near-miss: an opaque token no verifier refused is only a warning',
    input: ['HTTP/1.1 401 Unauthorized', 'Authorization: Bearer O0PDdG2DjHQLLxOQYiPBT5qCbKtItgW3'].join('\n'),
    ...A401,
    excludes: ['token.malformed', ...MISREAD],
  },
  {
    name: 'near-miss: a signed JWT beside "jwt malformed" is not called opaque',
    input: `Authorization: Bearer ${SIGNED}\n\nJsonWebTokenError: jwt malformed`,
    ...REFUSED,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
];

describe('formats, round real-d: pastes from Q&A threads', () => {
  it.each([...OPAQUE_REFUSED])('$name', async (row) => {
    await expectPasteRow(row, [SIGNATURE, SIGNATURE.slice(0, 16), SIGNATURE.slice(-16)]);
  });
});

describe('formats, round real-d: values read from the paste', () => {
  it('the verifier’s words stay as evidence beside the opaque token', async () => {
    const report = await run(OPAQUE_REFUSED[0]?.input as string);
    const opaque = report.findings.find((f) => f.code === 'token.opaque');
    expect(opaque?.severity).toBe('error');
    expect(opaque?.corroboration.map((c) => c.evidence).join('\n')).toContain('jwt malformed');
  });

  it('an opaque token no verifier refused keeps its warning', async () => {
    const row = OPAQUE_REFUSED.find((r) => r.name.includes('no verifier refused'));
    const report = await run(row?.input as string);
    expect(report.findings.find((f) => f.code === 'token.opaque')?.severity).toBe('warning');
  });
});
