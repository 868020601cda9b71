/**
 * Round fix-a: reports that contradicted themselves or mislabelled their evidence (two audit rounds' reading). Each group
 * holds the pastes that now read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';
import { A401, A403, FRESH_MASKED, JSON_CT, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

function findingOf(report: Report, code: string) {
  const f = report.findings.find((x) => x.code === code);
  expect(f, `${code} in ${report.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Report['findings'][number];
}

const IDX10503 =
  "Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'acme-2026-05-20', but did not match any keys in TokenValidationParameters.";
/** A live token's first 120 characters: a paste cut inside its payload. */
const CUT = rs256(CLAIMS, { kid: 'k1' }).slice(0, 120);

// findings.md "Absent is not missing": a shown header section lacking Authorization said the request had none, even
// where the same paste showed a token reaching the verifier (its log judged the kid) or the header's own line, cut.
const AUTHZ_CONTRADICTION: Row[] = [
  {
    name: 'a curl line without -H, and the verifier log that judged the token’s kid',
    input: `$ curl -i https://api.acme-corp.com/v1/orders\n2026-05-28 14:09:41.112 +00:00 [INF] Failed to validate the token.\n${IDX10503}`,
    ...REFUSED,
    top: 'key.kid-unknown',
    excludes: ['authz-header.missing', 'token.missing'],
  },
  {
    name: 'a fetch() copy cut inside its "authorization" value',
    input: `fetch("https://api.acme-corp.com/v1/orders", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer ${CUT}`,
    status: null,
    classification: 'undetermined',
    top: 'token.malformed',
    excludes: ['authz-header.missing'],
  },
  {
    name: 'Python requests headers cut inside the Authorization value',
    input: `import requests\n\nurl = "https://api.acme-corp.com/v1/orders"\nheaders = {\n  'Accept': 'application/json',\n  'Authorization': 'Bearer ${CUT}`,
    status: null,
    classification: 'undetermined',
    excludes: ['authz-header.missing'],
  },
  {
    name: 'still: curl -v whose request has no Authorization, and an error-less challenge',
    input: `> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"\n<`,
    ...A401,
    includes: ['authz-header.missing'],
  },
  {
    name: 'still: a complete fetch() without authorization',
    input: `fetch("https://api.acme-corp.com/v1/orders", {\n  "headers": {\n    "accept": "application/json"\n  },\n  "method": "GET"\n});\n${S401}`,
    ...A401,
    includes: ['authz-header.missing'],
  },
  {
    name: 'still: a shown request without Authorization beside a verifier that says it found no token',
    input: `$ curl -i https://api.acme-corp.com/v1/orders\n${S401}\nUnauthorizedError: No authorization token was found`,
    ...A401,
    includes: ['authz-header.missing'],
  },
  {
    name: 'curl -v ended its request headers without Authorization; a log below judged another request’s token',
    input: `> GET /v1/profile HTTP/1.1\n> Host: api.acme-corp.com\n> Accept: application/json\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"\n<\n{"level":"warn","msg":"jwt expired","token":"${FRESH_MASKED}"}`,
    ...A401,
    includes: ['authz-header.missing'],
  },
  {
    name: 'curl -v whose Authorization line another line ran into (`curl/8. Authorization: Bearer …`)',
    input: `> GET /v1/orders HTTP/2\n> Host: api.acme-corp.com\n> User-Agent: curl/8. Authorization: Bearer ${FRESH_MASKED}\n>\n< HTTP/2 401\n< www-authenticate: Bearer error="invalid_token", error_description="jwt expired"\n<`,
    ...A401,
    excludes: ['authz-header.missing'],
  },
  {
    name: 'a request line another header ran into (`Host: api.example.comAuthorization: Bearer …`)',
    input: `GET /api/orders HTTP/1.1\nHost: api.example.comAuthorization: Bearer ${FRESH_MASKED}\n\n${S401}\nWWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    excludes: ['authz-header.missing'],
  },
];

describe('a request judged to lack Authorization while the paste shows it was sent', () => {
  for (const row of AUTHZ_CONTRADICTION) it(row.name, () => expectPasteRow(row));
});

// "Missing Authorization header with Bearer token" (an MCP server's JSON-RPC error): token.missing said whether a token
// was sent "is not shown", quoting the status line, although the server said none came.
const JSON_RPC_401 = `${S401}\n${JSON_CT}\n\n{\n  "error": {\n    "code": -32000,\n    "message": "Unauthorized: Missing Authorization header with Bearer token"\n  },\n  "id": 1,\n  "jsonrpc": "2.0"\n}`;

describe('a server that says no token came', () => {
  it('quotes the body’s words and says the server said it', async () => {
    const report = await expectPasteRow({
      name: 'MCP JSON-RPC 401',
      input: JSON_RPC_401,
      ...A401,
      top: 'token.missing',
    });
    const f = findingOf(report, 'token.missing');
    expect(f.args).toEqual({ stated: true });
    expect(f.evidence).toContain('Missing Authorization header with Bearer token');
    expect(f.source).toBe('log');
    expect(f.title).toBe('No token was sent');
    expect(f.detail).toMatch(/^The server says/);
  });

  it('in Japanese too', async () => {
    const report = await run(JSON_RPC_401, { locale: 'ja' });
    expect(findingOf(report, 'token.missing').detail).toMatch(/^サーバーは/);
  });

  // modelcontextprotocol/typescript-sdk bearerAuth.ts: InvalidTokenError('Missing Authorization header') for a request
  // without Authorization, in WWW-Authenticate and the body. It read as "the token is expired, revoked, malformed…".
  const MCP_DESCRIPTION = 'error="invalid_token", error_description="Missing Authorization header"';
  it('the MCP SDK’s invalid_token whose description says no header came', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer ${MCP_DESCRIPTION}\n${JSON_CT}\n\n{"error":"invalid_token","error_description":"Missing Authorization header"}`;
    const report = await expectPasteRow({
      name: 'MCP SDK',
      input,
      ...A401,
      top: 'token.missing',
      excludes: ['challenge.invalid-token'],
    });
    const f = findingOf(report, 'token.missing');
    expect(f.args.stated).toBe(true);
    expect(f.source).toBe('response-header');
  });

  it('the same in the body alone', async () => {
    const input = `${S401}\n${JSON_CT}\n\n{"error":"invalid_token","error_description":"Missing Authorization header"}`;
    await expectPasteRow({
      name: 'MCP SDK body',
      input,
      ...A401,
      top: 'token.missing',
      excludes: ['challenge.invalid-token'],
    });
  });

  it('not: the same challenge beside a request that carried a token', async () => {
    const input = `$ curl -i https://api.acme-corp.com/mcp -H "Authorization: Bearer ${FRESH_MASKED}"\n${S401}\nWWW-Authenticate: Bearer ${MCP_DESCRIPTION}`;
    await expectPasteRow({ name: 'MCP SDK, token sent', input, ...A401, includes: ['challenge.invalid-token'] });
  });

  it('"No token provided" in a 401 body', async () => {
    const report = await run(`${S401}\n${JSON_CT}\n\n{"error": "No token provided"}`);
    const f = findingOf(report, 'token.missing');
    expect(f.evidence).toContain('No token provided');
    expect(f.args.requestUnseen).toBeUndefined();
  });

  it('not: the words turned round in prose', async () => {
    const report = await run(`${S401}\nwe are not missing authorization header, it is set; still 401`);
    const f = findingOf(report, 'token.missing');
    expect(f.args.stated).toBeUndefined();
    expect(f.args.requestUnseen).toBe(true);
  });

  it('not: the words inside a longer word', async () => {
    const report = await run(`${S401}\nlog: nomissing authorization headers_count=0`);
    expect(findingOf(report, 'token.missing').args.stated).toBeUndefined();
  });

  it('not: a pasted token beside the words', async () => {
    const report = await run(`${S401}\n{"message":"Missing Authorization header"}\ntoken: ${FRESH_MASKED}`);
    expect(report.findings.find((x) => x.code === 'token.missing')?.args.stated).toBeUndefined();
  });
});

// proxy.gateway-response and proxy.waf-block labelled a body text or a log line "response header".
describe('a gateway’s evidence is labelled by where it was quoted from', () => {
  it('Envoy’s RBAC body: log', async () => {
    const report = await run(`${S403}\ncontent-type: text/plain\n\nRBAC: access denied`);
    const f = findingOf(report, 'proxy.gateway-response');
    expect(f.evidence).toBe('RBAC: access denied');
    expect(f.source).toBe('log');
  });

  it('an oauth2-proxy log line: log', async () => {
    const input = `${S403}\nContent-Type: text/plain; charset=utf-8\n\nForbidden\n\noauth2-proxy-7d9c6b: [2026/05/28 14:09:58] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]`;
    expect(findingOf(await run(input), 'proxy.gateway-response').source).toBe('log');
  });

  it('still: a Server header is response-header', async () => {
    const report = await run(`${S403}\nserver: envoy\ncontent-type: text/plain\n\nRBAC: access denied`);
    const f = findingOf(report, 'proxy.gateway-response');
    expect(f.evidence).toBe('server: envoy');
    expect(f.source).toBe('response-header');
  });

  it('Cloudflare’s 1020 body: the WAF block is log', async () => {
    const report = await run('HTTP/2 403\nserver: cloudflare\n\nerror code: 1020');
    const f = findingOf(report, 'proxy.waf-block');
    expect(f.source).toBe('log');
    expect(f.evidence).toBe('error code: 1020');
  });

  it('a body text is quoted as pasted, not in its folded form', async () => {
    const input = `HTTP/1.1 401 Access Denied\n${JSON_CT}\n\n{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`;
    const f = findingOf(await run(input), 'proxy.gateway-response');
    expect(f.evidence).toContain('Access denied due to missing subscription key');
    expect(f.source).toBe('log');
  });
});

// Akamai's reference is HTML-escaped (`Reference&#32;&#35;18&#46;…`): its signal and the WAF block's evidence showed the
// entities as they are.
describe('Akamai’s escaped reference', () => {
  const AKAMAI = `${S403}\nServer: AkamaiGHost\nContent-Type: text/html\n\n<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access "http&#58;&#47;&#47;api&#46;example&#46;com&#47;v1&#47;orders" on this server.<P>\nReference&#32;&#35;18&#46;e834768&#46;1779977398&#46;2c138\n</BODY>\n</HTML>`;

  it('is shown decoded', async () => {
    const report = await run(AKAMAI);
    const waf = findingOf(report, 'proxy.waf-block');
    expect(waf.evidence).toBe('Reference #18.e834768.1779977398.2c138');
    expect(waf.source).toBe('log');
    // The block names Akamai itself: no second "Akamai answered" beside it (round left-dd).
    expect(report.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
    expect(JSON.stringify(report.findings)).not.toContain('&#');
  });

  it('a token escaped the same way stays redacted', async () => {
    const token = rs256(CLAIMS, { kid: 'k1' });
    const escaped = token.replaceAll('.', '&#46;');
    const report = await run(`${AKAMAI.replace('2c138', `2c138 ${escaped}`)}`);
    const json = JSON.stringify(report);
    expect(json).not.toContain(token.split('.')[2] as string);
    expect(json).not.toContain((token.split('.')[2] as string).slice(0, 16));
  });
});

// The "also" line repeated the evidence: a scope note quoting the same challenge, a log record quoted again with its
// next line.
describe('corroboration that only repeats the evidence', () => {
  it('the scope note beside its own challenge', async () => {
    const token = `${rs256(CLAIMS, { kid: 'k1' }).split('.').slice(0, 2).join('.')}.***`;
    const input = `$ curl -si -X DELETE https://api.acme-corp.com/v1/orders/8812 -H 'Authorization: Bearer ${token}'\nHTTP/2 403\nwww-authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="delete:orders"\n`;
    const report = await expectPasteRow({ name: 'scope', input, ...A403, includes: ['scope.insufficient'] });
    expect(findingOf(report, 'scope.insufficient').corroboration).toEqual([]);
  });

  it('a log record and the same record with its next line', async () => {
    const input =
      'E0102 12:31:31.394312       1 aws_manager.go:265] Failed to regenerate ASG cache: cannot autodiscover ASGs: WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 59c595b8-87d3-40a8-9797-a6e71836b439';
    const report = await run(input);
    expect(findingOf(report, 'federation.no-match').corroboration).toEqual([]);
  });

  it('still: a different line corroborates', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="jwt expired"\n\nTokenExpiredError: jwt expired\n    at /srv/api/node_modules/jsonwebtoken/verify.js:190:21`;
    const report = await run(input);
    const f = findingOf(report, 'time.expired');
    expect(f.corroboration.length).toBeGreaterThan(0);
  });
});
