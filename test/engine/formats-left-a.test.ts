/**
 * Round "left-a": four readings the last stop left undone. A `curl -i` output joined onto one line, ASP.NET's IDX10503
 * with the keys it tried, Google Cloud's IAM denial naming its permission, and a bare claims object cut by the paste.
 * Each group ends with the same words or shape out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, EXPIRED, EXPIRED_MASKED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// A curl -i output (curl's --include: the status line, the headers, a blank line, the body) whose line breaks a chat
// client or a log turned into spaces: normalize.ts's splitFlattenedMessages cuts it back before each known header name.
const CHALLENGE =
  'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"';
const FLATTENED_CURL_I: Row[] = [
  {
    name: 'status, headers, challenge and body on one line: the challenge is read from the header',
    input: `HTTP/1.1 401 Unauthorized Date: Thu, 28 May 2026 14:09:58 GMT Content-Type: application/json ${CHALLENGE} {"error":"invalid_token"}`,
    ...A401,
    // The description says why: the challenge states the expiry.
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed', 'token.missing'],
  },
  {
    name: 'after the curl command on the same line: the token is the request’s, the challenge the response’s',
    input: `$ curl -i https://api.example.com/v1/orders -H "Authorization: Bearer ${EXPIRED_MASKED}" HTTP/1.1 401 Unauthorized Content-Type: application/json Content-Length: 50 ${CHALLENGE}  {"error":"invalid_token"}`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'HTTP/2 with lower-case names and no reason phrase; the quoted description holds a colon and a header name',
    input:
      'HTTP/2 401 date: Thu, 28 May 2026 14:09:58 GMT www-authenticate: Bearer error="invalid_token", error_description="Signature failed: Content-Type: x" content-length: 0',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'a flattened request and its response: the request line and its headers are read',
    input: `GET /v1/orders HTTP/1.1 Host: api.example.com Authorization: Bearer ${EXPIRED_MASKED} Accept: */* HTTP/1.1 401 Unauthorized WWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'a challenge with plain text after it: the text is the body, not a parameter',
    input: 'HTTP/1.1 401 Unauthorized WWW-Authenticate: Bearer realm="api", error="invalid_token" Jwt is expired',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'out of shape: a status in prose with no header name after it reads as before',
    input: 'we got HTTP/1.1 401 Unauthorized from the gateway at 14:09: no idea why',
    ...A401,
    excludes: ['challenge.malformed', 'challenge.no-error'],
  },
  {
    name: 'out of shape: an access log’s quoted request line is no start line',
    input: '10.0.0.1 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 50 "-" "curl/8.5.0" Host: api',
    status: 401,
    classification: 'authentication',
    excludes: ['challenge.malformed'],
  },
  {
    name: 'out of shape: an unknown name after the status starts no header',
    input: 'HTTP/1.1 401 Unauthorized Error: jwt expired',
    ...A401,
    top: 'time.expired',
  },
];

describe('formats, left-a: curl -i output flattened onto one line', () => {
  it.each(FLATTENED_CURL_I)('$name', async (row) => {
    await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
  });
  it('the challenge is the response header’s, its description whole', async () => {
    const report = await expectPasteRow({
      name: 'header',
      input: `HTTP/1.1 401 Unauthorized Date: Thu, 28 May 2026 14:09:58 GMT ${CHALLENGE} {"error":"invalid_token"}`,
      ...A401,
    });
    expect(report.challenges[0]?.params).toMatchObject({
      error: 'invalid_token',
      error_description: 'The access token expired',
    });
  });
});
