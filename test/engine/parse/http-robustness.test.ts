import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanHttp } from '../../../src/engine/parse/http/scan.js';
import { extractHttp, type HttpObservations } from '../../../src/engine/parse/http.js';
import { findJsonObjects, type JsonObjectSpan } from '../../../src/engine/parse/json-spans.js';

/** The unguarded scanner: a bug must fail here, not be hidden by extractHttp's safety net. */
function scan(text: string, json: readonly JsonObjectSpan[] = findJsonObjects(text)): HttpObservations {
  return scanHttp(text, json);
}

/** What must hold for any input: the lines tile the text, every offset and line index is in range. */
function checkInvariants(text: string, http: HttpObservations): void {
  let expected = 0;
  for (const line of http.lines) {
    expect(line.start).toBe(expected);
    expect(line.end).toBeGreaterThanOrEqual(line.start);
    expected = line.end + 1;
  }
  expect(http.lines.at(-1)?.end).toBe(text.length);
  for (const item of [...http.headers, ...http.statuses]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeGreaterThanOrEqual(item.start);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.line).toBeGreaterThanOrEqual(0);
    expect(item.line).toBeLessThan(http.lines.length);
  }
  for (const s of http.statuses) expect(s.code >= 100 && s.code <= 599).toBe(true);
  if (http.status) expect(http.statuses).toContain(http.status);
}

/** Pieces of every format the extractor reads, so that random pastes hit its corners. */
const FRAGMENTS = [
  'HTTP/1.1 ',
  'HTTP/2 ',
  '401',
  '403',
  ' Unauthorized',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '> ',
  '< ',
  '>',
  '<',
  '* ',
  'curl ',
  '$ curl ',
  'http GET ',
  '-H ',
  '-u ',
  '--header ',
  '-X',
  "'",
  '"',
  '^"',
  ' ^\n',
  '^',
  '\\',
  '\\\n',
  "$'",
  '\\x4',
  '\\u12',
  'Authorization: ',
  'Authorization',
  'Bearer ',
  'WWW-Authenticate: ',
  ':status: ',
  'status: ',
  'Host: ',
  'x-a: b',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"name":',
  '"value":',
  '"headers":',
  '"status":',
  '"request":',
  '"response":',
  '"log":{"entries":',
  'Request Headers',
  'Response:',
  'Status Code',
  'Request URL: ',
  'レスポンス ヘッダー',
  '：',
  '->',
  '→',
  'fetch("',
  '")',
  'got a ',
  'エラー',
  '(',
  ')',
  ':',
  '#',
  '.',
  '0',
  'é',
  '🔑',
  '\u00a0',
  '\r',
  'GET ',
  '/v1/x',
  'https://a.example/',
  '@',
  '=',
  '%',
  '--:--:--',
  '{ [5 bytes data]',
];

describe('extractHttp: any input', () => {
  it('never throws and keeps its invariants on random pastes made of HTTP fragments', () => {
    const paste = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(paste, (text) => {
        checkInvariants(text, scan(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkInvariants(text, scan(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on spans a caller got wrong (out of range, overlapping, odd values)', () => {
    const text = '{"status":401}\nHTTP/1.1 403';
    const odd = [
      { start: -5, end: 3, value: { status: 401 } },
      { start: 0, end: 999, value: { status: 401 } },
      { start: 0, end: 14, value: { status: 401, headers: { a: null, b: [1, { c: 2 }], 'bad name': 'x' } } },
      { start: 2, end: 10, value: { request: 'x', response: [null, 3], log: { entries: 'no' } } },
      { start: 3, end: 3, value: null },
    ] as unknown as JsonObjectSpan[];
    const http = scan(text, odd);
    checkInvariants(text, http);
    expect(http.status?.code).toBe(403);
  });

  it('tolerates a missing span list', () => {
    expect(scan('HTTP/1.1 401', null as unknown as JsonObjectSpan[]).status?.code).toBe(401);
  });

  it('falls back to plain text instead of throwing (the public entry point)', () => {
    const hostile = [
      {
        get start(): number {
          throw new Error('boom');
        },
      },
    ] as unknown as JsonObjectSpan[];
    const http = extractHttp('HTTP/1.1 401 Unauthorized\n\nx', hostile);
    expect(http.lines.map((l) => l.kind)).toEqual(['text', 'blank', 'text']);
    expect(http.status).toBeNull();
  });
});

/**
 * CPU milliseconds for one run, the better of two. CPU time rather than wall time, because CI shares
 * its machine: on a loaded two-core box the wall clock triples while the work stays the same. The bound
 * is loose; the worst of these takes about 300 ms of CPU on that machine, most well under 100 ms.
 */
function timed(text: string): number {
  const json = findJsonObjects(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    const before = process.cpuUsage();
    scan(text, json);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function randomText(size: number, alphabet: string, seed = 1): string {
  let x = seed;
  let out = '';
  while (out.length < size) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const MB = 1 << 20;
const BOUND_MS = 1000;

describe('extractHttp: linear time on hostile pastes', () => {
  it.each([
    { name: '1 MB of random text', text: () => randomText(MB, 'abc XYZ 0123456789:;/.-_\n\t"\'{}[]<>*#$^\\→401') },
    { name: '1 MB on one line', text: () => randomText(MB, 'abc XYZ 0123456789:;/.-_\t"\'{}[]<>*#$^\\→401 status') },
    {
      name: '100k field lines',
      text: () => Array.from({ length: 100_000 }, (_, i) => `X-Field-${i}: value ${i}`).join('\n'),
    },
    { name: '10,000 `> ` prefixes on one line', text: () => `${'> '.repeat(10_000)}Authorization: Bearer x` },
    { name: '10,000 `> ` lines', text: () => `> GET / HTTP/1.1\n${'> \n> a: b\n'.repeat(5_000)}` },
    { name: 'a curl command with 100k quoted words', text: () => `curl ${'"a" \'b\' '.repeat(50_000)}` },
    { name: '100k curl commands with unclosed quotes', text: () => "curl -H 'a\n".repeat(100_000) },
    { name: '100k curl commands with unclosed double quotes', text: () => 'curl -H "a\\\n'.repeat(100_000) },
    { name: 'a long line of arrows and numbers', text: () => '-> 40 => 4011 → '.repeat(60_000) },
    {
      name: '100k status-like prose lines',
      text: () => 'the API returns 401 Unauthorized, got 403 error\n'.repeat(25_000),
    },
    { name: '100k two-line name lines', text: () => 'authorization\n'.repeat(100_000) },
    { name: '100k obs-fold lines', text: () => `HTTP/1.1 401\nWWW-Authenticate: Bearer\n${'  x\n'.repeat(100_000)}` },
    { name: '100k label lines', text: () => 'Request Headers\nStatus Code\n'.repeat(50_000) },
    {
      name: 'a 1 MB HAR-like JSON',
      text: () =>
        JSON.stringify({
          log: {
            entries: Array.from({ length: 3000 }, () => ({
              request: { method: 'GET', url: 'https://a/', headers: [{ name: 'a', value: 'x'.repeat(300) }] },
              response: { status: 401, headers: [] },
            })),
          },
        }),
    },
  ])('handles $name', ({ text }) => {
    const input = text();
    expect(timed(input)).toBeLessThan(BOUND_MS);
  });
});

// Round 26 (captures): the client debug logs (parse/http/wire-log.ts), wget's command and the escaped JSON bodies
// (parse/json-spans.ts): each side as the log says, and linear on hostile pastes of their markers.
describe('extractHttp: client debug logs (round 26)', () => {
  const sides = (text: string): string[] => scan(text).headers.map((h) => `${h.side ?? '?'} ${h.name}: ${h.value}`);

  it.each([
    {
      name: 'Apache HttpClient headers logger',
      text: [
        'DEBUG org.apache.http.headers - http-outgoing-0 >> GET /v1/orders HTTP/1.1',
        'DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: Bearer abc',
        'DEBUG org.apache.http.headers - http-outgoing-0 << HTTP/1.1 401 Unauthorized',
        'DEBUG org.apache.http.headers - http-outgoing-0 << WWW-Authenticate: Bearer error="invalid_token"',
      ].join('\n'),
      want: ['request authorization: Bearer abc', 'response www-authenticate: Bearer error="invalid_token"'],
    },
    {
      name: 'Apache HttpClient wire logger',
      text: [
        'DEBUG org.apache.http.wire - http-outgoing-3 >> "Authorization: Bearer abc[\\r][\\n]"',
        'DEBUG org.apache.http.wire - http-outgoing-3 << "HTTP/1.1 401 [\\r][\\n]"',
        'DEBUG org.apache.http.wire - http-outgoing-3 << "WWW-Authenticate: Bearer realm="a"[\\r][\\n]"',
      ].join('\n'),
      want: ['request authorization: Bearer abc', 'response www-authenticate: Bearer realm="a"'],
    },
    {
      name: 'Ruby Net::HTTP debug output',
      text: [
        '<- "GET / HTTP/1.1\\r\\nAuthorization: Bearer abc\\r\\nHost: a\\r\\n\\r\\n"',
        '-> "HTTP/1.1 401 Unauthorized\\r\\n"',
        '-> "WWW-Authenticate: Bearer realm=\\"a\\"\\r\\n"',
      ].join('\n'),
      want: ['request authorization: Bearer abc', 'request host: a', 'response www-authenticate: Bearer realm="a"'],
    },
    {
      name: 'Faraday logger',
      text: [
        'I, [2026-05-28T14:09:12.1 #1]  INFO -- request: GET https://a/x',
        'I, [2026-05-28T14:09:12.1 #1]  INFO -- request: Accept: "*/*"',
        'Authorization: "Bearer abc"',
        'I, [2026-05-28T14:09:12.2 #1]  INFO -- response: Status 401',
        'I, [2026-05-28T14:09:12.2 #1]  INFO -- response: www-authenticate: "Bearer realm=\\"a\\""',
      ].join('\n'),
      want: ['request accept: */*', 'request authorization: Bearer abc', 'response www-authenticate: Bearer realm="a"'],
    },
    {
      name: 'Ktor Logging',
      text: [
        'REQUEST: https://a/x',
        'COMMON HEADERS',
        '-> Authorization: Bearer abc',
        'RESPONSE: 401 Unauthorized',
        'COMMON HEADERS',
        '-> www-authenticate: Bearer realm="a"',
      ].join('\n'),
      want: ['request authorization: Bearer abc', 'response www-authenticate: Bearer realm="a"'],
    },
    {
      name: 'wget --header',
      text: 'wget --header=\'Authorization: Bearer abc\' --header "X-Trace: 1" https://a/x',
      want: ['request authorization: Bearer abc', 'request x-trace: 1'],
    },
  ])('$name: each field on its side', ({ text, want }) => {
    const http = scan(text);
    checkInvariants(text, http);
    expect(sides(text)).toEqual(want);
  });

  it('reads a JSON object escaped inside a string, and only a whole one', () => {
    expect(findJsonObjects('-> "{\\"error\\":\\"invalid_token\\",\\"n\\":\\"}\\"}"').map((s) => s.value)).toEqual([
      { error: 'invalid_token', n: '}' },
    ]);
    expect(findJsonObjects('a {\\"b\\": 1 and no end\n{\\"c\\":2}').map((s) => s.value)).toEqual([{ c: 2 }]);
    expect(findJsonObjects('prose {\\"a\\" only')).toEqual([]);
  });

  it.each([
    { name: '1 MB of unclosed escaped objects on one line', text: () => '{\\"a\\":'.repeat(150_000) },
    { name: '100k lines of unclosed escaped objects', text: () => '{\\"a\\": 1\n'.repeat(100_000) },
    { name: '100k escaped objects', text: () => 'x {\\"a\\":1}\n'.repeat(100_000) },
  ])('findJsonObjects stays linear: $name', ({ text }) => {
    const input = text();
    const before = process.cpuUsage();
    findJsonObjects(input);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS);
  });

  it.each([
    {
      name: '100k Apache lines',
      text: () => 'x http-outgoing-0 >> A: b\nx http-outgoing-0 << "C: d[\\r][\\n]"\n'.repeat(50_000),
    },
    {
      name: '100k Ruby request lines',
      text: () => `${'<- "GET / HTTP/1.1\\r\\nA: b\\r\\n'.repeat(2)}"\n`.repeat(50_000),
    },
    { name: '100k Ktor lines', text: () => `COMMON HEADERS\n${'REQUEST: x\n-> A: b\n'.repeat(50_000)}` },
    { name: '100k Faraday lines', text: () => ' -- request: A: "b"\nC: "d"\n'.repeat(50_000) },
    { name: '100k wget commands', text: () => "wget --header='A: b' https://a/\n".repeat(100_000) },
  ])('handles $name', ({ text }) => {
    expect(timed(text())).toBeLessThan(BOUND_MS);
  });
});
