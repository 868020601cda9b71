/**
 * Round left-z: general defects the stop's rounds noticed. Each row cites the source of its shape; catch-not rows are
 * the near misses.
 */
import { describe, expect, it } from 'vitest';
import { verifierLogCheck } from '../../src/engine/checks/verifier-log.js';
import { MATCHERS } from '../../src/engine/parse/verifier-messages/index.js';
import { ROW_CODES } from '../../src/engine/parse/verifier-messages/row-codes.js';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

describe('no verifier row names a code verifier-log drops', () => {
  // The compiler holds it (Matcher.code is a RowCode, verifier-log's switch is exhaustive over them): this keeps the
  // check's declared codes and the rows' in step at run time too.
  it('catches: every row’s code is one verifier-log reports', () => {
    const reported = new Set<string>(verifierLogCheck.codes);
    const dropped = MATCHERS.filter((m) => !reported.has(m.code)).map((m) => `${m.id} → ${m.code}`);
    expect(dropped).toEqual([]);
    expect([...reported].sort()).toEqual([...ROW_CODES].sort());
  });
});

describe('Splunk HEC’s code 3: an Authorization header it cannot read as "Splunk <token>"', () => {
  // fluent/fluent-bit#12043's table of HEC's answers: "Malformed header Authorization: <token> (no Splunk prefix) 401
  // {"text":"Invalid authorization","code":3}"; docs.splunk.com Data/TroubleshootHTTPEventCollector's error codes.
  const reply =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"text":"Invalid authorization","code":3}';
  const bare =
    'POST /services/collector/event HTTP/1.1\nHost: splunk.example.com:8088\nAuthorization: 6f1c2a9e-1b7d-4c0e-9a55-2f3b4c5d6e7f\n\nHTTP/1.1 401 Unauthorized\n{"text":"Invalid authorization","code":3}';

  it('catches: its reply alone, the header unseen; with a bare token, HEC’s scheme in the step, not Bearer', async () => {
    const f = await catches('authz-header.scheme', reply);
    expect(f.args).toMatchObject({ via: 'splunk-hec', api: 'splunk-hec', headerUnseen: true });
    const steps = (await run(reply)).nextSteps.join('\n');
    expect(steps).toContain('Authorization: Splunk <token>');
    expect(steps).not.toContain('Bearer');
    const g = await catches('authz-header.scheme', bare);
    expect(g.args).toMatchObject({ scheme: null, api: 'splunk-hec' });
    expect(g.detail).toContain('bare token');
    expect((await catches('authz-header.scheme', reply, { locale: 'ja' })).title).toContain('Splunk <token>');
    expect((await run(reply)).findings.some((x) => x.code === 'token.missing')).toBe(false);
  });

  it('catches not: the words without HEC’s code 3 beside them; HEC’s code 4 for a token it does not know', async () => {
    await catchesNot('authz-header.scheme', 'HTTP/1.1 401 Unauthorized\n{"error":"Invalid authorization"}');
    await catchesNot('authz-header.scheme', 'HTTP/1.1 401 Unauthorized\n{"text":"Invalid authorization","code":30}');
    await catchesNot(
      'authz-header.scheme',
      'POST /services/collector/event HTTP/1.1\nAuthorization: Splunk 6f1c2a9e-1b7d-4c0e-9a55-2f3b4c5d6e7f\n\nHTTP/1.1 403 Forbidden\n{"text":"Invalid token","code":4}',
    );
  });
});

describe('a report never sends the paste’s control characters', () => {
  // Round audit-yy: a log line ending in a NUL (a C string's terminator copied from a core dump or a binary log) was
  // quoted with it. ESC would start a terminal escape sequence, a C1 control is one to some terminals.
  const nul = 'TokenExpiredError: jwt expired token=eyJhbGciOiJIUzI1NiJ9.e30.abc\u0000';
  const esc =
    'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="bad\u001b]0;x\u0007 \u0085token"';

  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('catches: NUL, ESC, BEL and NEL are written as their \\u escapes in evidence, title and detail', async () => {
    for (const paste of [nul, esc]) {
      const r = await run(paste);
      for (const f of r.findings) {
        const shown = [f.title, f.detail, f.evidence, ...f.corroboration.map((c) => c.evidence)].join('\n');
        expect(shown).not.toMatch(CONTROL);
      }
      expect(r.nextSteps.join('\n')).not.toMatch(CONTROL);
    }
    const expired = await catches('time.expired', nul);
    expect(expired.evidence).toContain('\\u0000');
  });

  it('catches not: a tab and a line break stay as the paste laid them out', async () => {
    const tabbed = '2026-05-28T14:09:58Z\terror\tTokenExpiredError: jwt expired';
    const f = await catches('time.expired', tabbed);
    expect(f.evidence).not.toContain('\\u');
    const r = await run('HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer error="invalid_token"');
    for (const x of r.findings) expect(x.evidence).not.toContain('\\u000d');
  });
});

describe('a 403 to a request that sent an empty credential is authentication', () => {
  // healthlocker/healthlocker#387: a Phoenix socket opened before the page had its token (`?token=`); Phoenix answers 403
  // for any connect/3 that returns :error (phoenixframework/phoenix#2847). RFC 9110 §15.5.4 lets a server refuse a
  // request without credentials with 403: what it refused is no identity.
  const phoenix =
    "WebSocket connection to 'wss://www.healthlocker.uk/socket/websocket?token=&vsn=1.0.0' failed: Error during WebSocket handshake: Unexpected response code: 403";
  const undefinedBearer = 'GET /api/orders HTTP/1.1\nAuthorization: Bearer undefined\n\nHTTP/1.1 403 Forbidden';

  it('catches: an empty ?token= and "Bearer undefined" on a 403 classify as authentication, with no status mismatch', async () => {
    for (const paste of [phoenix, undefinedBearer]) {
      const r = await run(paste);
      expect(r.classification).toBe('authentication');
      expect(r.findings.some((f) => f.code === 'status.mismatch')).toBe(false);
    }
  });

  it('catches not: insufficient_scope beside it, a request merely shown without Authorization, a token and a denial', async () => {
    const scoped = `${undefinedBearer}\nWWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"`;
    expect((await run(scoped)).classification).toBe('authorization');
    const preflight =
      'OPTIONS /v1/orders HTTP/1.1\nHost: api.example.com\nOrigin: https://app.example.com\nAccess-Control-Request-Method: POST\nHTTP/1.1 403 Forbidden';
    expect((await run(preflight)).classification).toBe('authorization');
    expect(
      (await run('GET /api/orders HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 403 Forbidden')).classification,
    ).toBe('authorization');
    const token = unsigned({ alg: 'RS256', typ: 'JWT' }, { sub: 'u1', scope: 'orders:read', exp: 1779990000 });
    const denied = `GET /api/orders HTTP/1.1\nAuthorization: Bearer ${token}\n\nHTTP/1.1 403 Forbidden\n{"message":"User is not authorized to access this resource with an explicit deny"}`;
    const r = await run(denied);
    expect(r.classification).toBe('authorization');
    await catchesNot('token.missing', denied);
  });
});

describe('a header map as Go or Java prints it is the request’s headers', () => {
  // Go's fmt `%v` of an http.Header (`map[Authorization:[Bearer …] Content-Type:[application/json]]`, pkg.go.dev/fmt:
  // maps print as `map[key:value …]`, a []string as `[a b]`) and Java's AbstractMap.toString of a Map<String,
  // List<String>> (`{Authorization=[Bearer …], Accept=[*/*]}`), as a client logs the request it sent before its 401.
  const masked = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.***';
  const go = `2026/05/28 14:09:58 request headers: map[Authorization:[Bearer ${masked}] Content-Type:[application/json]]\nHTTP/1.1 401 Unauthorized`;
  const java = `Headers{Authorization=[Bearer ${masked}], Accept=[*/*]}\nHTTP/1.1 401 Unauthorized`;
  const opaque =
    'map[Authorization:[Bearer abcdef0123456789abcdef0123456789] Content-Type:[application/json]]\nHTTP/1.1 401 Unauthorized';

  it('catches: the dump’s Authorization is the request’s: its token decoded, no token.missing', async () => {
    for (const paste of [go, java]) {
      const r = await run(paste);
      expect(r.token?.foundIn).toBe('authorization-header');
      expect(r.findings.some((f) => f.code === 'token.missing')).toBe(false);
      await catches('input.masked', paste);
    }
    const f = await catches('token.opaque', opaque);
    expect(f.source).toBe('request-header');
    await catchesNot('token.missing', opaque);
  });

  it('catches not: a map of names no header has, a nested list, a map with a bare value', async () => {
    for (const paste of [
      'map[foo:[bar] baz:[qux]]\nHTTP/1.1 401 Unauthorized',
      'matrix [[1 2] [3 4]]\nHTTP/1.1 401 Unauthorized',
      '{alice=[admin], bob=[viewer]}\nHTTP/1.1 401 Unauthorized',
      'map[Authorization:Bearer abcdef0123456789abcdef0123456789 x:[y]]\nHTTP/1.1 401 Unauthorized',
    ]) {
      const r = await run(paste);
      expect(r.findings.some((f) => f.code === 'token.opaque' && f.source === 'request-header')).toBe(false);
    }
  });
});
