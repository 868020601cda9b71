/**
 * End to end: the ways people paste a failed request, through `diagnose()`. Each row asserts the status,
 * the classification and the codes that matter, so a parser change that loses a format shows up here
 * as the diagnosis it breaks. Parser details have their own tests (test/engine/parse/).
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import type { Report } from '../../src/engine/types.js';
import { NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, jwksFor, rs256 } from '../helpers/tokens.js';

/** Signed, and expired 8 minutes before NOW: every format should lead to time.expired. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'acme-2026-05' });
const [HEAD, BODY, SIGNATURE] = EXPIRED.split('.') as [string, string, string];
/** The token with its signature part replaced by `mask`. */
const masked = (mask: string) => `${HEAD}.${BODY}.${mask}`;
/** Valid at NOW, signature masked: a 403 with it is about permissions, not the token. */
const VALID_MASKED = `${HEAD}.${b64url(CLAIMS)}.***`;

/** Hard-wraps `s` every `width` characters, as a chat client or a narrow terminal does. */
function wrap(s: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join('\n');
}

const CHALLENGE =
  'WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"';
const AUTHN_401 = { status: 401, classification: 'authentication' } as const;
const READ_EXPIRED: FindingCode[] = ['time.expired', 'signature.unchecked'];
const NOT_MISREAD: FindingCode[] = [
  'token.malformed',
  'token.missing',
  'authz-header.format',
  'challenge.malformed',
  'input.live-token',
];

const rows: Row[] = [
  {
    name: 'curl -i',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${EXPIRED}"`,
      'HTTP/1.1 401 Unauthorized',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'Content-Type: application/json',
      CHALLENGE,
      '',
      '{"error":"invalid_token","message":"Unauthorized"}',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { kind: 'jws', signature: 'present', foundIn: 'authorization-header' },
  },
  {
    name: 'curl -v (> request and < response lines)',
    input: [
      '*   Trying 203.0.113.10:443...',
      '* Connected to api.acme-corp.com (203.0.113.10) port 443',
      '> GET /v1/orders HTTP/2',
      '> Host: api.acme-corp.com',
      '> User-Agent: curl/8.7.1',
      `> Authorization: Bearer ${EXPIRED}`,
      '>',
      '< HTTP/2 401',
      '< date: Thu, 28 May 2026 14:09:58 GMT',
      '< www-authenticate: Bearer error="invalid_token", error_description="jwt expired"',
      '< content-length: 0',
      '<',
      '* Connection #0 to host api.acme-corp.com left intact',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISREAD, 'authz-header.missing'],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'HTTP/2 lower-case headers with :status',
    input: [
      ':status: 401',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'www-authenticate: Bearer error="invalid_token"',
      'content-type: application/json',
      '',
      `authorization: Bearer ${EXPIRED}`,
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'devtools General block with "Status Code: 403 Forbidden"',
    input: [
      'General',
      'Request URL: https://api.acme-corp.com/v1/orders/8812',
      'Request Method: DELETE',
      'Status Code: 403 Forbidden',
      'Remote Address: 203.0.113.10:443',
      'Referrer Policy: strict-origin-when-cross-origin',
      '',
      'Response Headers',
      'content-type: application/json',
      'www-authenticate: Bearer error="insufficient_scope", scope="delete:orders"',
      '',
      'Request Headers',
      'accept: application/json',
      `authorization: Bearer ${VALID_MASKED}`,
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    includes: ['challenge.insufficient-scope', 'scope.insufficient', 'input.masked'],
    excludes: ['status.mismatch', ...NOT_MISREAD],
  },
  {
    name: "devtools' name line / value line layout",
    input: [
      'Request URL',
      'https://api.acme-corp.com/v1/orders',
      'Request Method',
      'GET',
      'Status Code',
      '401 Unauthorized',
      'Response Headers',
      'www-authenticate',
      'Bearer error="invalid_token"',
      'content-length',
      '0',
      'Request Headers',
      'authorization',
      `Bearer ${EXPIRED}`,
      'accept',
      'application/json',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'a HAR entry',
    input: JSON.stringify(
      {
        startedDateTime: '2026-05-28T14:09:58.120Z',
        request: {
          method: 'GET',
          url: 'https://api.acme-corp.com/v1/orders',
          headers: [{ name: 'Authorization', value: `Bearer ${EXPIRED}` }],
        },
        response: {
          status: 401,
          statusText: 'Unauthorized',
          headers: [{ name: 'WWW-Authenticate', value: 'Bearer error="invalid_token"' }],
        },
      },
      null,
      2,
    ),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'a HAR log cut to its headers array',
    input: `"headers": [\n  {"name": "authorization", "value": "Bearer ${EXPIRED}"},\n  {"name": "accept", "value": "application/json"}\n]\nstatus 401`,
    ...AUTHN_401,
    includes: ['time.expired'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'Copy as fetch, and the console line',
    input: [
      'fetch("https://api.acme-corp.com/v1/orders", {',
      '  "headers": {',
      '    "accept": "application/json",',
      `    "authorization": "Bearer ${EXPIRED}"`,
      '  },',
      '  "method": "GET"',
      '});',
      '',
      'GET https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'the Postman console',
    input: [
      'GET https://api.acme-corp.com/v1/orders',
      '401',
      '216 ms',
      'Network',
      'Request Headers',
      `Authorization: Bearer ${EXPIRED}`,
      'User-Agent: PostmanRuntime/7.39.0',
      'Accept: */*',
      'Response Headers',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired"',
      'Content-Length: 0',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'httpie',
    input: [
      `$ http GET https://api.acme-corp.com/v1/orders "Authorization:Bearer ${EXPIRED}"`,
      'HTTP/1.1 401 Unauthorized',
      'Content-Length: 0',
      'WWW-Authenticate: Bearer error="invalid_token"',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'a bare 401 and the token',
    input: `401\n\n${EXPIRED}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { foundIn: 'text' },
  },
  {
    name: 'prose: "returns 401 Unauthorized"',
    input: `the orders API returns 401 Unauthorized when I call it with this token: ${EXPIRED}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
  },
  {
    name: 'the JWT inside a JSON log line',
    input: `{"level":"warn","time":"2026-05-28T14:09:58Z","msg":"auth failed","err":"jwt expired","token":"${EXPIRED}","status":401}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { foundIn: 'json' },
  },
  {
    name: 'a quoted JWT',
    input: `token = "${EXPIRED}"\nstatus 401`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
  },
  {
    name: 'a JWT a chat client wrapped across lines',
    input: `got 401 Unauthorized\ntoken:\n${wrap(EXPIRED, 64)}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
  },
  {
    name: 'an Authorization header a chat client wrapped across lines',
    input: `HTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\n${wrap(`Authorization: Bearer ${EXPIRED}`, 64)}\nAccept: application/json`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header', signature: 'present' },
  },
  {
    name: 'a curl -H argument wrapped across lines',
    input: `curl -i https://api.acme-corp.com/v1/orders -H "${wrap(`Authorization: Bearer ${EXPIRED}`, 70)}"\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: "devtools' layout with a custom header name right after the token (not joined to it)",
    input: [
      'Status Code: 401 Unauthorized',
      'Request Headers',
      'authorization',
      `Bearer ${EXPIRED}`,
      'x-tenant-name',
      'acme',
    ].join('\n'),
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { signature: 'present' },
  },
  {
    name: 'prose on the line after a complete token (not joined to it)',
    input: `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${EXPIRED}\nthanks in advance`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
  },
  {
    name: 'a JSON log line whose token string a chat client wrapped',
    input: `{"level":"warn","msg":"auth failed","token":"${EXPIRED.slice(0, 100)}\n${EXPIRED.slice(100, 300)}\n${EXPIRED.slice(300)}","status":401}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { foundIn: 'json', signature: 'present' },
  },
  {
    name: 'a curl -v request header wrapped with its `> ` markers',
    input: `> GET /v1/orders HTTP/1.1\n${wrap(`Authorization: Bearer ${EXPIRED}`, 80).replace(/^/gm, '> ')}\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n< ${CHALLENGE}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { foundIn: 'authorization-header', signature: 'present' },
  },
  {
    name: 'a token wrapped right at its start (`e⏎yJhbGci…`), in prose',
    input: `got 401 Unauthorized with e\n${wrap(EXPIRED.slice(1), 64)}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { signature: 'present' },
  },
  {
    name: 'a token wrapped right after `eyJ`, in prose',
    input: `got 401 Unauthorized with eyJ\n${wrap(EXPIRED.slice(3), 64)}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { signature: 'present' },
  },
  {
    name: 'a line ending in a lone e before one starting yJ (joined, but no token)',
    input: `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${EXPIRED}\nplan e\nyJust one more line`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
  },
  {
    name: 'a token wrapped right at its dots',
    input: `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${HEAD}.\n${BODY}\n.${SIGNATURE}`,
    ...AUTHN_401,
    includes: READ_EXPIRED,
    excludes: NOT_MISREAD,
    token: { signature: 'present' },
  },
  {
    name: "a two-part header.payload followed by devtools' next name line (not joined to it)",
    input: [
      'Status Code: 401 Unauthorized',
      'Request Headers',
      'authorization',
      `Bearer ${HEAD}.${BODY}`,
      'x-tenant-name',
      'acme',
    ].join('\n'),
    ...AUTHN_401,
    includes: ['time.expired', 'input.masked'],
    excludes: NOT_MISREAD,
    token: { signature: 'masked' },
  },
  ...['***', '[REDACTED]', '<redacted>', 'xxxx', '…'].map(
    (mask): Row => ({
      name: `a signature masked with ${mask}`,
      input: `HTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\nAuthorization: Bearer ${masked(mask)}`,
      ...AUTHN_401,
      includes: ['time.expired', 'input.masked', 'signature.unchecked'],
      excludes: NOT_MISREAD,
      token: { kind: 'jws', signature: 'masked' },
    }),
  ),
  {
    name: 'a two-part header.payload',
    input: `HTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\nAuthorization: Bearer ${HEAD}.${BODY}`,
    ...AUTHN_401,
    includes: ['time.expired', 'input.masked', 'signature.unchecked'],
    excludes: NOT_MISREAD,
    token: { kind: 'jws', signature: 'masked' },
  },
  {
    name: 'a masked token in a log line',
    input: `2026-05-28T14:09:58Z WARN rejected token=${masked('[REDACTED]')} status=401`,
    ...AUTHN_401,
    includes: ['time.expired', 'input.masked'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'a bare payload JSON',
    input: `HTTP/1.1 401 Unauthorized\n\n${JSON.stringify({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, null, 2)}`,
    ...AUTHN_401,
    includes: ['time.expired'],
    excludes: [...NOT_MISREAD, 'signature.unchecked'],
    token: { kind: 'payload-only', foundIn: 'payload-json' },
  },
  {
    name: 'a decoder’s output nesting the payload (step crypto jwt inspect --insecure), its signature not quoted',
    input: `HTTP/1.1 401 Unauthorized\n\n${JSON.stringify(
      {
        header: { alg: 'RS256', kid: 'k1', typ: 'JWT' },
        payload: { ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 },
        signature: 'T3BhcXVlU2lnbmF0dXJlQnl0ZXNGcm9tU3RlcENsaQ',
      },
      null,
      2,
    )}`,
    ...AUTHN_401,
    includes: ['time.expired'],
    excludes: NOT_MISREAD,
    token: { kind: 'payload-only', foundIn: 'payload-json' },
  },
  {
    name: 'a JWE',
    input: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${b64url({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })}.${'Q'.repeat(342)}.${'i'.repeat(16)}.${'c'.repeat(200)}.${'t'.repeat(22)}`,
    ...AUTHN_401,
    includes: ['token.jwe', 'challenge.invalid-token'],
    excludes: [...NOT_MISREAD, 'time.expired'],
    token: { kind: 'jwe' },
  },
  {
    name: 'an opaque token',
    input:
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer 2YotnFZFEjr1zCsicMWpAA8hT3kQ9pLm',
    ...AUTHN_401,
    includes: ['token.opaque', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'a base64 JSON cursor in the URL, which is not a token',
    input: `GET https://api.acme-corp.com/v1/orders?cursor=${b64url({ offset: 100, id: 'ord_8812' })} -> 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"`,
    ...AUTHN_401,
    includes: ['challenge.no-error', 'token.missing'],
    excludes: ['token.malformed', 'token.opaque', 'input.masked', 'time.no-exp'],
    token: null,
  },
  {
    name: 'a base64 JSON cursor next to the real token',
    input: `$ curl -i "https://api.acme-corp.com/v1/orders?cursor=${b64url({ after: 'ord_8812' })}&limit=50" -H "Authorization: Bearer ${EXPIRED}"\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
    token: { kind: 'jws', foundIn: 'authorization-header' },
  },
  {
    name: 'Slack escapes (&lt; &gt; &amp; &quot;)',
    input: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=&quot;api&quot;, error=&quot;invalid_token&quot;\n\n&gt; GET /v1/orders?a=1&amp;b=2 HTTP/1.1\n&gt; Authorization: Bearer ${masked('&lt;redacted&gt;')}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token', 'input.masked'],
    excludes: NOT_MISREAD,
  },
  {
    name: "Slack's <https://x|label> links",
    input: `$ curl -i <https://api.acme-corp.com/v1/orders|https://api.acme-corp.com/v1/orders> -H "Authorization: Bearer ${EXPIRED}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="<https://api.acme-corp.com|api.acme-corp.com>", error="invalid_token"`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'smart quotes from a phone keyboard',
    input: `curl -i https://api.acme-corp.com/v1/orders -H \u201cAuthorization: Bearer ${EXPIRED}\u201d\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\u201capi\u201d, error=\u201cinvalid_token\u201d, error_description=\u201cThe token\u2019s lifetime is over\u201d`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'full-width digits and ＝ from a Japanese input method in full-width mode',
    input: `本番で４０１が返ってきます\nWWW-Authenticate：Bearer error＝"invalid_token"\nAuthorization: Bearer ${EXPIRED}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: [...NOT_MISREAD, 'challenge.no-error'],
  },
  {
    name: 'code fences',
    input: `\`\`\`http\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\`\`\`\n\`\`\`\nAuthorization: Bearer ${EXPIRED}\n\`\`\``,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'Japanese prose around the paste',
    input: `本番でエラーになります。トークンはこれです：\n${EXPIRED}\nレスポンス：\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}\nよろしくお願いします`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'CRLF line endings',
    input: `HTTP/1.1 401 Unauthorized\r\n${CHALLENGE}\r\nContent-Length: 0\r\n\r\nAuthorization: Bearer ${EXPIRED}\r\n`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
  {
    name: 'an indented paste',
    input: `    HTTP/1.1 401 Unauthorized\n    ${CHALLENGE}\n    Content-Length: 0\n\n    Authorization: Bearer ${EXPIRED}`,
    ...AUTHN_401,
    includes: ['time.expired', 'challenge.invalid-token'],
    excludes: NOT_MISREAD,
  },
];

describe('paste formats, end to end', () => {
  it.each(rows)('reads $name', async (row) => {
    await expectPasteRow(row);
  });

  it('reads the same token whatever the format: one fingerprint', async () => {
    const fingerprints = new Set<string | null | undefined>();
    for (const row of rows.filter((r) => r.input.includes(SIGNATURE) || r.input.includes(wrap(EXPIRED, 64)))) {
      fingerprints.add((await run(row.input)).token?.fingerprint);
    }
    expect([...fingerprints]).toHaveLength(1);
  });
});

/**
 * findings.md, "Paste artefacts are undone, not reported": each artefact, applied to a clean paste,
 * leaves the diagnosis exactly as it was.
 */
const CLEAN: Array<[string, string]> = [
  ['a raw response and request header', `HTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\nAuthorization: Bearer ${EXPIRED}`],
  [
    'curl -i',
    `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${EXPIRED}"\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}`,
  ],
  [
    'a masked token under a 403',
    `HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders"\n\nAuthorization: Bearer ${masked('<redacted>')}`,
  ],
  ['a log line', `2026-05-28T14:09:58Z WARN orders-api: TokenExpiredError: jwt expired token=${EXPIRED} status=401`],
  [
    'a JSON body and a request line',
    `GET /v1/orders?page=2&limit=50 HTTP/1.1\nHost: api.acme-corp.com\nAuthorization: Bearer ${EXPIRED}\n\nHTTP/1.1 401 Unauthorized\n${CHALLENGE}\n\n{"error": "invalid_token", "see": "https://docs.acme-corp.com/auth"}`,
  ],
];

/** Slack escapes &, < and > in message text, and turns URLs into <url|url> links. */
const slackEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const slackLinks = (s: string) => s.replace(/https:\/\/[^\s"'<>]+/g, (url) => `<${url}|${url}>`);
function smartQuotes(s: string): string {
  let opening = false;
  return s
    .replace(/"/g, () => {
      opening = !opening;
      return opening ? '\u201c' : '\u201d';
    })
    .replaceAll("'", '\u2019');
}

const ARTEFACTS: Array<[string, (s: string) => string]> = [
  ['Slack escapes', slackEscape],
  ['Slack links', slackLinks],
  ['Slack escapes and links together', (s) => slackLinks(slackEscape(s))],
  ['smart quotes', smartQuotes],
  ['a code fence', (s) => `\`\`\`\n${s}\n\`\`\``],
  ['a code fence with a language', (s) => `\`\`\`http\n${s}\n\`\`\``],
  ['CRLF line endings', (s) => s.replaceAll('\n', '\r\n')],
  ['indentation', (s) => s.replace(/^/gm, '    ')],
  ['Japanese prose around it', (s) => `本番環境でエラーになります。見ていただけますか？\n${s}\nよろしくお願いします。`],
  [
    'the token wrapped by a chat client',
    (s) => s.replace(EXPIRED, wrap(EXPIRED, 72)).replace(masked('<redacted>'), wrap(masked('<redacted>'), 72)),
  ],
  [
    'non-breaking and zero-width spaces',
    (s) =>
      s.replace(/Bearer /g, 'Bearer\u00a0').replace(SIGNATURE, `${SIGNATURE.slice(0, 40)}\u200b${SIGNATURE.slice(40)}`),
  ],
];

describe('paste artefacts never produce a finding of their own', () => {
  const combos = CLEAN.flatMap(([paste, input]) =>
    ARTEFACTS.map(([artefact, apply]) => ({ paste, artefact, input, apply })),
  );

  it.each(combos)('$artefact on $paste changes nothing', async ({ input, apply }) => {
    const clean = await run(input);
    const pasted = await run(apply(input));
    const view = (r: Report) => ({
      status: r.status,
      classification: r.classification,
      codes: r.findings.map((f) => `${f.code}:${f.severity}`),
      challenges: r.challenges,
      fingerprint: r.token?.fingerprint,
    });
    expect(view(pasted)).toEqual(view(clean));
  });
});

describe('a word on the line after a complete token in text', () => {
  const live = rs256(CLAIMS, { kid: 'k1' });
  const keys = [jwksFor('k1')];

  it('is not part of the token in an Authorization header', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${live}\nthanks`, { keys });
    expect(report.findings.map((f) => f.code)).toContain('signature.valid');
  });

  // Bug in src/engine/token/find.ts (not this suite's to fix): its wrapped-token rule joins any line of
  // token characters after a long signature, so "thanks" becomes part of the signature and a valid token
  // is reported as signature.invalid. normalize.ts already joins real wraps, knowing each alg's
  // signature length; find.ts could rely on it, or use the same rule.
  it('is not part of the token in prose either', async () => {
    const report = await run(`401 Unauthorized\ntoken: ${live}\nthanks`, { keys });
    expect(report.findings.map((f) => f.code)).toContain('signature.valid');
    expect(report.findings.map((f) => f.code)).not.toContain('signature.invalid');
  });
});

describe('a Bearer prefix repeated more than once', () => {
  it('reads the token behind a doubled prefix (case 04)', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer Bearer ${EXPIRED}`);
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['authz-header.double-prefix', 'time.expired']),
    );
  });

  // Each layer that adds a prefix adds one more: every repeated prefix is stripped before decoding.
  it.each([
    ['a signed token', EXPIRED],
    ['a masked token', masked('***')],
  ])('reads %s behind a tripled prefix', async (_name, token) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer Bearer Bearer ${token}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['authz-header.double-prefix', 'time.expired']));
    expect(codes).not.toContain('token.malformed');
    expect(codes).not.toContain('authz-header.format');
    expect(report.token?.kind).toBe('jws');
  });
});
