/**
 * Any text gives a report (cli.md: "Input never crashes it"), in time roughly linear in its size, and
 * no output format ever shows a pasted token's signature.
 *
 * The time bounds are a smoke test, loose enough for a loaded CI machine: the real figures live in
 * `npm run bench`. Set ROBUSTNESS_TIMINGS=1 to print what was measured.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingCode } from '../../src/engine/codes.js';
import { restOf } from '../../src/engine/secrets.js';
import type { Report } from '../../src/engine/types.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { NOW, run } from '../helpers/catches.js';
import { b64url, CLAIMS, hs256, rs256 } from '../helpers/tokens.js';

const KB = 1024;
const MB = 1024 * KB;
/** cli.md has no figure; 3 s for a megabyte is far beyond any paste and far below a hang. */
const MAX_MS_PER_MB = 3000;
/** Ten times the input may take this many times as long (linear is 10×); quadratic would be 100×. */
const MAX_GROWTH = 30;
/**
 * Absolute slack on the growth bound. A megabyte of short lines is a million line records: past the
 * young generation, garbage collection alone grows faster than linearly, and a loaded machine adds noise.
 * A quadratic pass still shows: 30 ms at 100 KB would be 3 s at 1 MB, over 30 × 30 + 1000.
 */
const GROWTH_SLACK_MS = 1000;

const timings: string[] = [];
beforeAll(async () => {
  // The first megabyte would otherwise also pay for compiling every parser: warm them up.
  await run(printable(100 * KB, 3));
});
afterAll(() => {
  if (process.env.ROBUSTNESS_TIMINGS) console.log(`robustness timings:\n${timings.join('\n')}`);
});

/** A small deterministic generator (a linear congruential one), so every run sees the same bytes. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function printable(size: number, seed = 7): string {
  const r = random(seed);
  const out: string[] = [];
  for (let i = 0; i < size; i++) out.push(r() < 0.04 ? '\n' : String.fromCharCode(32 + Math.floor(r() * 95)));
  return out.join('');
}

function bytes(size: number, seed = 11): string {
  const r = random(seed);
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = Math.floor(r() * 256);
  return b.toString('latin1');
}

const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const LIVE = rs256(CLAIMS);

/** Inputs by size: each is a way a paste (or an attacker) could try to make the engine throw or crawl. */
const GENERATORS: Array<[string, (size: number) => string]> = [
  ['random printable text', (n) => printable(n)],
  ['random bytes read as latin1', (n) => bytes(n)],
  ['`eyJ` over and over', (n) => repeat('eyJ', n)],
  ['`{` over and over', (n) => repeat('{', n)],
  ['empty lines', (n) => repeat('\n', n)],
  ['a live token repeated in Authorization lines', (n) => repeat(`Authorization: Bearer ${LIVE}\n`, n)],
  ['a live token repeated on one line', (n) => repeat(`${LIVE} `, n)],
  ['a token wrapped over endless short lines', (n) => `token: eyJhbGciOiJIUzI1NiJ9.${repeat('abcdefgh\n', n)}`],
  [
    'a WWW-Authenticate of unbalanced quotes',
    (n) => `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="${repeat('a"b\\"c,', n)}`,
  ],
  ['deep JSON', (n) => nested(Math.floor(n / 6))],
  // Round "fuzz2": tokens glued end to end make one run of token characters to the line's end, which each token's
  // search for its cut rest read again (secrets.ts sameLineRest: 1.6 MB took 5 s).
  ['live tokens glued end to end on one line', (n) => repeat(LIVE, n)],
  // Round "fuzz2": a challenge line with no quote had its quotes counted by an indexOf that ran on to the paste's end
  // (normalize.ts quotes), once per line.
  [
    'bare Bearer challenges and no quote anywhere',
    (n) => repeat('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n\n{}\n', n),
  ],
  // A quoted-string made of quoted-pairs only (parse/challenge.ts, Parser.quotedString).
  ['a quoted-string of escaped quotes', (n) => `WWW-Authenticate: Bearer realm="${repeat('\\"', n)}`],
  // Each line a challenge a terminal wrapped inside its description (normalize.ts joins the two lines): joined one at a
  // time into a new string, 1 MB of them once took 35 s.
  [
    'challenges wrapped inside a quoted string',
    (n) =>
      repeat(
        'WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access t\noken expired"\n',
        n,
      ),
  ],
  // Round "fuzz11": each curl `-u` looked for its password's colon with an indexOf that ran on to the paste's end
  // (secrets.ts addUserPasswordsIn): 1 MB of ` -u x` took 3 s.
  ['curl -u options with no colon', (n) => repeat(' -u x', n)],
  // Each `=` or `:` after a credential's name read its value MAX_REST characters on, into the next name (secrets.ts
  // addTokenNamedValuesIn): 1 MB of `token=` took 3.8 s, of `session=a` 2.8 s (round "fuzz11"; linear, so the growth
  // rows did not see it).
  ['names of credentials glued together', (n) => repeat('token=session=a', n)],
  ['`X-Api-Key:` over and over', (n) => repeat('X-Api-Key:', n)],
];

/** More hostile shapes, at a quarter of the size: the whole file shares two cores with the rest of the suite. */
const MORE_GENERATORS: Array<[string, (size: number) => string]> = [
  ['`{}` over and over', (n) => repeat('{}', n)],
  ['`"` and `{` interleaved', (n) => repeat('{"', n)],
  ['one header repeated', (n) => `HTTP/1.1 401 Unauthorized\n${repeat('X-Trace: abc\n', n)}`],
  ['dots after a JOSE header', (n) => `eyJhbGciOiJIUzI1NiJ9${repeat('.', n)}`],
  [
    'a WWW-Authenticate of unclosed parameters',
    (n) => `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${repeat('Bearer realm="x, error="', n)}`,
  ],
  ['verifier messages over and over', (n) => repeat('TokenExpiredError: jwt expired IDX10205: ', n)],
  ['status codes over and over', (n) => repeat('401 Unauthorized returns 403\n', n)],
  ['Slack escapes and links', (n) => repeat('&amp;&lt;<https://x.example|x> ```', n)],
  ['wrapped-token lookalikes', (n) => repeat('xx eyJhbGciOiJIUzI1NiJ9.\neyJzdWIiOiIx\n> abcd\n', n)],
  ['lines ending in `}` with no `{`', (n) => repeat('abc }\n', n)],
  // Each line behind logcat's threadtime prefix, the tag's marker first (mobile-log-prefixes.ts strips them all).
  [
    'logcat lines of an OkHttp log',
    (n) => `D/OkHttp: <-- 401\n${repeat('11-25 10:00:00.123  1234  5678 D OkHttp  : x-a: b\n', n)}`,
  ],
  // Lines that start like a prefix and are none: a tag run to its bound, then no `: `.
  ['logcat-like lines that are not', (n) => `<-- 401\n${repeat(`D/${'a'.repeat(70)} (12`, n)}`],
  ['a printed headers mapping repeated', (n) => repeat("{'Date': 'x', 'Accept': '*/*', 'X': 'y\\'z'}\n", n)],
  ['a PowerShell headers table of endless rows', (n) => `Key   Value\n---   -----\n${repeat('X-Trace {abc}\n', n)}`],
  ['tokens glued to sentences', (n) => repeat(`${LIVE}.Then `, n)],
  ['base64 JSON cursors with a dot', (n) => repeat('?cursor=eyJpZCI6MX0.djI&', n)],
  // Round "left-a": a status line with a known field after it on the same line is cut into lines (flattened-messages.ts);
  // its quoted values are searched for their end, and escaped quotes never end one.
  ['a flattened status line of escaped quotes', (n) => `HTTP/1.1 401 Unauthorized Date: x ${repeat('\\"', n)}`],
  ['a flattened status line of known fields', (n) => `HTTP/1.1 401 Unauthorized ${repeat('Date: "a b" ', n)}`],
  ['a challenge field name repeated on one line', (n) => repeat('WWW-Authenticate: Bearer error="', n)],
  ['terminal escapes, terminated and not', (n) => repeat('\x1b[1;31mX\x1b]8;;u\x1b\\\x1b]', n)],
  ['bare colour codes', (n) => repeat('[0m[31m401', n)],
  ['credential names without values', (n) => repeat('client_secret=&refresh_token:"', n)],
  // OAuth error codes in log fields and beside a status on one endless line (parse/logged-errors.ts looks at most
  // 200 of them, each within a bounded window of its line).
  ['OAuth error codes on one endless line', (n) => repeat('error=invalid_token 403 insufficient_scope ', n)],
  ['OAuth error codes a line each', (n) => repeat('error: invalid_grant error_description="x"\n', n)],
  // Round "fuzz": cut tokens each followed by a line of name-like words before a colon (secrets.ts isFieldName, once
  // a single pattern that backtracked through every word when the last failed), and named values cut by `!`.
  [
    'cut tokens before hyphenated words and a colon',
    (n) => repeat(`${LIVE.slice(0, -120)}\n${'a-'.repeat(30)}X1y: x password=${'k'.repeat(20)}!${'q'.repeat(20)}\n`, n),
  ],
];

/** Fails the test if any renderer throws or the report is not the contract's shape. */
function expectWellFormed(report: Report): void {
  expect(report.status === null || Number.isInteger(report.status)).toBe(true);
  expect(['authentication', 'authorization', 'undetermined']).toContain(report.classification);
  for (const f of report.findings) expect(FINDING_CODES).toContain(f.code);
  expect(() => JSON.parse(renderJson(report))).not.toThrow();
  expect(typeof renderText(report)).toBe('string');
  expect(Array.isArray(renderBlocks(report).blocks)).toBe(true);
}

async function timed(input: string): Promise<{ report: Report; ms: number }> {
  const started = performance.now();
  const report = await run(input);
  return { report, ms: performance.now() - started };
}

/** Like timed, but a run over the bound gets a second chance: one slow run on a busy machine is noise, two are not. */
async function timedWithin(input: string, bound: number): Promise<{ report: Report; ms: number }> {
  const first = await timed(input);
  if (first.ms < bound) return first;
  const second = await timed(input);
  return second.ms < first.ms ? second : first;
}

describe('any input yields a report without throwing', () => {
  it('reports input.empty for the empty string', async () => {
    const report = await run('');
    expect(report.findings.map((f) => f.code)).toEqual(['input.empty']);
    expectWellFormed(report);
  });

  it.each(GENERATORS)('survives 1 MB of %s, within the time bound', async (name, generate) => {
    const input = generate(MB);
    const { report, ms } = await timedWithin(input, MAX_MS_PER_MB);
    timings.push(`  ${name.padEnd(48)} 1 MB: ${ms.toFixed(0).padStart(5)} ms`);
    expect(ms).toBeLessThan(MAX_MS_PER_MB);
    expectWellFormed(report);
  });

  it.each(MORE_GENERATORS)('survives 256 KB of %s, within the time bound', async (name, generate) => {
    const { report, ms } = await timedWithin(generate(256 * KB), MAX_MS_PER_MB / 4);
    timings.push(`  ${name.padEnd(48)} 256 KB: ${ms.toFixed(0).padStart(5)} ms`);
    expect(ms).toBeLessThan(MAX_MS_PER_MB / 4);
    expectWellFormed(report);
  });

  it('survives 10,000 `Bearer ` prefixes', async () => {
    const { report, ms } = await timedWithin(
      `HTTP/1.1 401 Unauthorized\nAuthorization: ${'Bearer '.repeat(10_000)}${LIVE}`,
      MAX_MS_PER_MB,
    );
    expect(ms).toBeLessThan(MAX_MS_PER_MB);
    expect(report.findings.map((f) => f.code)).toContain('authz-header.double-prefix');
    expectWellFormed(report);
  });

  it('survives a token whose payload nests 100,000 deep', async () => {
    const token = `${b64url({ alg: 'HS256' })}.${b64url(nested(100_000))}.${'s'.repeat(43)}`;
    const { report } = await timed(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    expectWellFormed(report);
  });

  // Round "fuzz2": JSON.parse reads a value nested ~8,000 deep and more, JSON.stringify overflows the stack on it, and
  // the checks that quote a header or a claim as JSON threw (token.crit's header note first; then token.jwe,
  // token.type-mismatch, iss, aud, exp, scope). Each value here nests 20,000 deep in a ~40 KB token.
  const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  const signed = (header: string, payload: string) => `${b64url(header)}.${b64url(payload)}.${'s'.repeat(43)}`;
  const claims = (extra: string) =>
    `{"sub":"u1","iss":"https://auth.acme-corp.com/","aud":"api","exp":${CLAIMS.exp}${extra}}`;
  it.each<[string, string, FindingCode]>([
    ['crit', signed(`{"alg":"HS256","crit":${deepArray}}`, claims('')), 'token.crit'],
    [
      'a DPoP proof header',
      signed(`{"alg":"ES256","typ":"dpop+jwt","x":${deepArray}}`, claims('')),
      'token.type-mismatch',
    ],
    [
      'a JWE header',
      `${b64url(`{"alg":"RSA-OAEP","enc":"A256GCM","x":${deepArray}}`)}.${'k'.repeat(40)}.${'i'.repeat(16)}.${'c'.repeat(40)}.${'t'.repeat(22)}`,
      'token.jwe',
    ],
    [
      'iss',
      signed('{"alg":"HS256"}', claims(`,"iss":${deepArray}`).replace('"iss":"https://auth.acme-corp.com/",', '')),
      'signature.unchecked',
    ],
    ['aud', signed('{"alg":"HS256"}', claims(`,"aud":${deepArray}`).replace('"aud":"api",', '')), 'claim.aud-missing'],
    ['exp', signed('{"alg":"HS256"}', `{"sub":"u1","exp":${deepArray}}`), 'time.invalid'],
    ['scope', signed('{"alg":"HS256"}', claims(`,"scope":${deepArray}`)), 'scope.format'],
  ])('survives a token whose %s nests 20,000 deep', async (_name, token, code) => {
    const { report } = await timed(
      `Authorization: Bearer ${token}\nHTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="read"`,
    );
    expectWellFormed(report);
    expect(report.findings.map((f) => f.code)).toContain(code);
  });

  // Round perf-i: the self-signed platforms' rules (checks/platform-limits.ts) read aud and iss beside a platform's
  // host; String() on a nested array recursed once per level.
  it.each([
    ['aud', `,"aud":${deepArray}`, '"aud":"api",'],
    ['iss', `,"iss":${deepArray}`, '"iss":"https://auth.acme-corp.com/",'],
  ])(
    'survives a token whose %s nests 20,000 deep beside a platform that holds self-signed JWTs',
    async (_n, extra, drop) => {
      const token = signed('{"alg":"ES256"}', claims(extra).replace(drop, ''));
      const { report } = await timed(
        `POST https://appleid.apple.com/auth/token\nHTTP/1.1 400 Bad Request\n{"error":"invalid_client"}\nclient_secret=${token}\napi.appstoreconnect.apple.com api.push.apple.com`,
      );
      expectWellFormed(report);
    },
  );

  it('survives a single 1 MB token', async () => {
    const token = hs256({ ...CLAIMS, blob: 'x'.repeat(750 * KB) });
    const { report, ms } = await timedWithin(
      `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`,
      MAX_MS_PER_MB,
    );
    expect(ms).toBeLessThan(MAX_MS_PER_MB);
    expectWellFormed(report);
  });

  // reflowed-tokens.ts: every `eyJ` a blank ends starts a read, each bounded, none read twice.
  it.each([
    [
      'a 1 MB token reflowed through its header every 64 characters',
      () => {
        const token = hs256({ ...CLAIMS, blob: 'x'.repeat(700 * KB) });
        return (token.match(/[\s\S]{1,64}/g) ?? []).join(' ');
      },
    ],
    ['1 MB of `eyJhbG ciOi` pairs', () => 'eyJhbG ciOiJIUzI1 '.repeat(MB / 18)],
    ['1 MB of `e yJ` starts', () => 'e yJhbGciOiJIUzI1 '.repeat(MB / 18)],
    ['1 MB of one reflowed header that never ends', () => `eyJ ${'abcdefghijklmnopqrstuvwxyz012345 '.repeat(MB / 34)}`],
    // Round "reflow2": gaps of blanks and a line break (gapEnd), the `yJ` and `J` searches for a cut `eyJ`, and the
    // normaliser's join of a reflowed JWS (joinReflowedTokens).
    [
      'a 1 MB token reflowed with two spaces every 64 characters',
      () => {
        const token = hs256({ ...CLAIMS, blob: 'x'.repeat(700 * KB) });
        return (token.match(/[\s\S]{1,64}/g) ?? []).join('  ');
      },
    ],
    ['1 MB of `e  yJ` starts', () => 'e  yJhbGciOiJIUzI1 '.repeat(MB / 19)],
    ['1 MB of `ey \\n J` starts', () => 'ey \n JhbGciOiJIUzI1 '.repeat(MB / 21)],
    ['1 MB of `J` after blanks', () => 'ab   J '.repeat(MB / 7)],
    ['1 MB of reflowed heads with a gap each', () => 'eyJhbGciOi \t Jhb '.repeat(MB / 18)],
    // secrets.ts addWrappedNamedSecretsIn: each line break between two name characters is read, a name either side.
    ['1 MB of credential names cut by line breaks', () => 'client_sec\nret: x refresh_to\nken '.repeat(MB / 35)],
    [
      '1 MB of small tokens, each reflowed every 40 characters',
      () => {
        const one = `${(hs256(CLAIMS).match(/[\s\S]{1,40}/g) ?? []).join('  ')} and `;
        return one.repeat(Math.floor(MB / one.length));
      },
    ],
  ])('survives %s', async (_name, generate) => {
    const { report, ms } = await timedWithin(`HTTP/1.1 401 Unauthorized\n${generate()}`, MAX_MS_PER_MB);
    expect(ms).toBeLessThan(MAX_MS_PER_MB);
    expectWellFormed(report);
  });

  it('survives a 1 MB token wrapped by a chat client every 64 characters', async () => {
    const token = hs256({ ...CLAIMS, blob: 'x'.repeat(700 * KB) });
    const lines: string[] = [];
    for (let i = 0; i < token.length; i += 64) lines.push(token.slice(i, i + 64));
    const { report, ms } = await timedWithin(`HTTP/1.1 401 Unauthorized\ntoken:\n${lines.join('\n')}`, MAX_MS_PER_MB);
    expect(ms).toBeLessThan(MAX_MS_PER_MB);
    expectWellFormed(report);
  });

  it.each([
    ['an unclosed quoted-string', 'Bearer realm="api, error="invalid_token'],
    ['a stray quote in a token value', 'Bearer realm=ap"i, error=invalid_token'],
    ['an escape at the very end', 'Bearer realm="api\\'],
    ['only quotes', '""""""""'],
  ])('survives a WWW-Authenticate with %s and says it is malformed', async (_name, value) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${value}`);
    expectWellFormed(report);
    expect(report.findings.map((f) => f.code)).toContain('challenge.malformed');
  });
});

describe('time grows roughly linearly with the size of the paste', () => {
  /** The faster of two runs: the steadiest figure a loaded machine gives. */
  async function best(input: string): Promise<number> {
    await run(input.slice(0, 2000));
    let fastest = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) fastest = Math.min(fastest, (await timed(input)).ms);
    return fastest;
  }

  const growth = GENERATORS.filter(([name]) =>
    [
      'random printable text',
      '`{` over and over',
      'empty lines',
      'a live token repeated in Authorization lines',
      // Each token's working/failing label was read by scanning to its line's ends: quadratic on one line (3 s a MB).
      'a live token repeated on one line',
      'a token wrapped over endless short lines',
      'deep JSON',
      'live tokens glued end to end on one line',
      'bare Bearer challenges and no quote anywhere',
      'a quoted-string of escaped quotes',
      'challenges wrapped inside a quoted string',
      'curl -u options with no colon',
    ].includes(name),
  );

  it.each(growth)('1 MB of %s takes no more than ~30× the time of 100 KB', async (name, generate) => {
    const small = await best(generate(100 * KB));
    const large = await best(generate(MB));
    timings.push(
      `  ${name.padEnd(48)} 100 KB: ${small.toFixed(0).padStart(4)} ms, 1 MB: ${large.toFixed(0).padStart(5)} ms (×${(large / small).toFixed(1)})`,
    );
    expect(large).toBeLessThan(MAX_GROWTH * small + GROWTH_SLACK_MS);
  });
});

describe('the rest of a cut token is read within its budget', () => {
  // Round "fuzz2": the rest was read to the end of the run of token characters after the cut, however long, so tokens
  // glued end to end on one line each read the rest of the line (see the growth case above).
  it('takes at most MAX_REST + 1 characters of a megabyte-long run after a token (secrets.ts restOf)', () => {
    const text = `${LIVE}.${'A'.repeat(MB)}`;
    const rest = restOf(text, LIVE.length);
    expect(rest).not.toBeNull();
    expect((rest ?? []).join('').length).toBeLessThanOrEqual(1401);
  });
});

/** Real paste formats around a token; each keeps the token whole (wrapping is the one exception, undone by normalisation). */
const FORMATS: Array<[string, (token: string) => string]> = [
  [
    'curl -i',
    (t) =>
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${t}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`,
  ],
  [
    'curl -v',
    (t) =>
      `> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Bearer ${t}\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer error="invalid_token"`,
  ],
  ['raw headers', (t) => `HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\nAuthorization: Bearer ${t}`],
  [
    'HAR',
    (t) =>
      JSON.stringify({
        request: {
          method: 'GET',
          url: 'https://api.acme-corp.com/v1',
          headers: [{ name: 'Authorization', value: `Bearer ${t}` }],
        },
        response: { status: 401, headers: [] },
      }),
  ],
  [
    'fetch()',
    (t) =>
      `fetch("https://api.acme-corp.com/v1/orders", {\n  "headers": {\n    "authorization": "Bearer ${t}"\n  }\n});\nGET https://api.acme-corp.com/v1/orders 401 (Unauthorized)`,
  ],
  [
    'devtools two-line',
    (t) => `Status Code: 401 Unauthorized\nRequest Headers\nauthorization\nBearer ${t}\nx-tenant-name\nacme`,
  ],
  ['JSON log line', (t) => `{"level":"warn","msg":"jwt expired","token":"${t}","status":401}`],
  ['log line', (t) => `2026-05-28T14:09:58Z WARN orders-api: JsonWebTokenError: invalid signature token=${t} user=42`],
  ['prose', (t) => `the API returns 401 Unauthorized with ${t} — any idea?`],
  ['quoted', (t) => `token = "${t}"`],
  ['wrapped by a chat client', (t) => `401 Unauthorized\ntoken:\n${t.replace(/(.{64})/g, '$1\n')}`],
  [
    'wrapped Authorization header',
    (t) => `HTTP/1.1 401 Unauthorized\n${`Authorization: Bearer ${t}`.replace(/(.{70})/g, '$1\n')}`,
  ],
  ['Slack-escaped', (t) => `&gt; Authorization: Bearer ${t}\n&gt; HTTP/1.1 401 Unauthorized &amp; more`],
  ['query parameter', (t) => `GET https://api.acme-corp.com/v1/orders?access_token=${t} -> 401 Unauthorized`],
  ['double prefix', (t) => `Authorization: Bearer Bearer ${t}\nHTTP/1.1 401 Unauthorized`],
  ['another scheme', (t) => `Authorization: JWT ${t}\nHTTP/1.1 401 Unauthorized`],
  [
    'error_description',
    (t) =>
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="bad token ${t}"`,
  ],
  ['long line', (t) => `${'x'.repeat(250)} HTTP/1.1 401 Unauthorized ${t} ${'y '.repeat(150)}`],
];

describe('no output ever contains a pasted signature', () => {
  it('holds for live tokens in every paste format, in the JSON report, the text and the Slack blocks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMATS),
        fc.record({
          sub: fc.string({ maxLength: 40 }),
          email: fc.emailAddress(),
          exp: fc.integer({ min: NOW - 10_000, max: NOW + 100_000 }),
          scope: fc.string({ maxLength: 40 }),
        }),
        fc.constantFrom('RS256', 'HS256'),
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        async ([, format], claims, alg, before, after) => {
          const token = alg === 'RS256' ? rs256({ ...CLAIMS, ...claims }) : hs256({ ...CLAIMS, ...claims });
          const signature = token.split('.')[2] as string;
          const report = await run(`${before}${format(token)}${after}`);
          const outputs = [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))];
          for (const out of outputs) {
            expect(out).not.toContain(signature);
            // Nor a piece of it: a cut through a token leaves a tail no redaction recognises.
            for (let i = 0; i + 20 <= signature.length; i += 10) expect(out).not.toContain(signature.slice(i, i + 20));
          }
        },
      ),
      { seed: 20260528, numRuns: 300 },
    );
  });
});
