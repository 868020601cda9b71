/**
 * Shared by the fuzz tests: the run budget, the corpus of real pastes (with live, signed tokens), the
 * mutations applied to them, and the checks every report must pass.
 *
 * Budget: the defaults take a few seconds, because the whole suite runs twice in CI. A longer hunt is
 * one variable away, with the same seed unless FUZZ_SEED is set too:
 *
 *   FUZZ_RUNS=10000 npx vitest run test/fuzz
 *   FUZZ_RUNS=2000 FUZZ_SEED=7 npx vitest run test/fuzz
 *
 * fast-check prints the seed and the shrunk counterexample of a failure; replay it with FUZZ_SEED.
 * Every token still whole in a paste is checked, however it was pasted: wrapped, glued to the text
 * around it, with invisible characters inside (there used to be a FUZZ_STRICT=1 for those shapes, while
 * the engine leaked them; the shapes found are regression cases in regressions.test.ts).
 */
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FINDING_CODES } from '../../src/engine/codes.js';
import type { Report } from '../../src/engine/types.js';
import { validateMessage } from '../../src/render/block-limits.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { run } from '../helpers/catches.js';
import { findLeak, type TokenSecret } from '../helpers/leaks.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** FUZZ_RUNS overrides every property's run count; unset, each property uses its own small default. */
export function runs(defaultRuns: number): number {
  return positiveInt(process.env.FUZZ_RUNS, defaultRuns);
}

/** Fixed so CI is reproducible; FUZZ_SEED explores elsewhere. */
export const SEED = positiveInt(process.env.FUZZ_SEED, 20260601);

/** A test's timeout for `n` runs at up to `msPerRun` each (vitest's 20 s default is for the default runs). */
export function timeoutFor(n: number, msPerRun: number): number {
  return Math.max(30_000, n * msPerRun);
}

/**
 * The time bound, proportional to the input: a fixed allowance (a cold parser, a garbage collection on a
 * loaded two-core machine) plus 3 ms per KB, i.e. 3 s per MB as in test/engine/robustness.test.ts. The
 * measured cost is ~0.2 ms per KB (npm run bench), so this only fails on a super-linear path.
 */
export const BASE_MS = 250;
export const MS_PER_KB = 3;
export function boundMs(text: string): number {
  return BASE_MS + (MS_PER_KB * text.length) / 1024;
}

/**
 * Diagnoses `text` and returns the report and the time taken. A run over the bound gets a second
 * chance (one slow run on a busy machine is noise, two are not); the faster is returned.
 */
export async function diagnoseTimed(text: string): Promise<{ report: Report; ms: number }> {
  const once = async () => {
    const started = performance.now();
    const report = await run(text);
    return { report, ms: performance.now() - started };
  };
  const first = await once();
  if (first.ms <= boundMs(text)) return first;
  const second = await once();
  return second.ms < first.ms ? second : first;
}

/** What every report must be, and every renderer must do with it, whatever the input. */
export function expectWellFormed(report: Report): { outputs: string[] } {
  expect(report.status === null || (Number.isInteger(report.status) && report.status >= 100)).toBe(true);
  expect(['authentication', 'authorization', 'undetermined']).toContain(report.classification);
  // cli.md: any text gives a report, "at worst input.empty". A report says something: a finding, or at
  // least a classification (a bare `HTTP/1.1 403 Forbidden` classifies and needs no finding).
  expect(report.findings.length > 0 || report.classification !== 'undetermined').toBe(true);
  for (const f of report.findings) expect(FINDING_CODES).toContain(f.code);
  const json = renderJson(report);
  expect(() => JSON.parse(json)).not.toThrow();
  const text = renderText(report);
  expect(typeof text).toBe('string');
  const msg = renderBlocks(report);
  // Slack drops a message that breaks its limits silently (invalid_blocks): any input must render within them.
  expect(validateMessage(msg)).toEqual([]);
  return { outputs: [json, text, JSON.stringify(msg)] };
}

/** What may not touch a token for it to count as cleanly pasted: a base64url character, a dot, an invisible one. */
const GLUE = /[\w.\-\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * Whether some copy of the token in the paste is not clean: split (a wrap, a space or an invisible
 * character inside it, which the normaliser removes) or glued to the characters around it
 * (`…<signature>HTTP/1.1`, `<signature>eyJ…`, `failed.eyJ…`). Both leaked once: the engine quotes
 * evidence from the raw lines, where a split token is not JWT-shaped, and takes glued characters for
 * part of a token, so the signature it registered was not the one written elsewhere in the paste. The
 * regression cases in regressions.test.ts use this to show their paste really is of that shape.
 */
export function mangledInPaste(input: string, s: TokenSecret): boolean {
  const head = `${s.signingInput}.${s.signature.slice(0, 16)}`;
  const whole = `${s.signingInput}.${s.signature}`;
  const copies = squashed(input).split(head).length - 1;
  let clean = 0;
  for (let at = input.indexOf(whole); at >= 0; at = input.indexOf(whole, at + 1)) {
    const before = at > 0 ? (input[at - 1] as string) : ' ';
    const after = input[at + whole.length] ?? ' ';
    if (!GLUE.test(before) && !GLUE.test(after)) clean += 1;
  }
  return clean < copies;
}

function squashed(input: string): string {
  return input.replace(/(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/g, '');
}

/** Fails naming the output and the piece of token found in it. */
export function expectNoLeakIn(outputs: readonly string[], secrets: readonly TokenSecret[]): void {
  const names = ['JSON report', 'text report', 'Slack blocks'];
  for (const [i, out] of outputs.entries()) {
    const leak = findLeak(out, secrets);
    expect(leak, `${names[i] ?? `output ${i}`}: ${leak}`).toBeNull();
  }
}

// ---------------------------------------------------------------------------------------------------
// The corpus: the shipped examples, their masked signatures replaced by real ones, and a few more
// paste formats carrying a live HS256 token.

const ROOT = join(import.meta.dirname, '../..');

/**
 * Puts a signature where a masked example has `***`: 256 bytes (an RS256 signature's size) derived from
 * `header.payload` by HMAC. Not a valid RSA signature, but the engine cannot tell without a key, and
 * unlike one made with the per-run test key it is the same on every run, so a counterexample replays.
 */
function withRealSignature(text: string): string {
  return text.replace(/(eyJ[\w-]+\.eyJ[\w-]+)\.\*\*\*/g, (_m, input: string) => {
    const blocks: Buffer[] = [];
    for (let i = 0; i < 8; i++) blocks.push(createHmac('sha256', `fuzz-${i}`).update(input).digest());
    return `${input}.${Buffer.concat(blocks).toString('base64url')}`;
  });
}

const LIVE_HS = hs256({ ...CLAIMS, exp: CLAIMS.exp + 86_400 * 365 });
/** A second live token, for pastes that carry two (an ID token beside an access token). */
const LIVE_ID = hs256({ ...CLAIMS, aud: 'orders-spa', exp: CLAIMS.exp + 86_400 * 365 }, 'fuzz20-id-token-secret');

export interface Paste {
  name: string;
  text: string;
}

export const CORPUS: readonly Paste[] = [
  ...readdirSync(join(ROOT, 'examples'))
    .sort()
    .map((name) => ({ name, text: withRealSignature(readFileSync(join(ROOT, 'examples', name), 'utf8')) })),
  {
    name: 'HAR entry',
    text: JSON.stringify(
      {
        request: {
          method: 'GET',
          url: 'https://api.acme-corp.com/v1/orders',
          headers: [
            { name: 'Authorization', value: `Bearer ${LIVE_HS}` },
            { name: 'Accept', value: 'application/json' },
          ],
        },
        response: {
          status: 401,
          headers: [{ name: 'WWW-Authenticate', value: 'Bearer realm="orders", error="invalid_token"' }],
        },
      },
      null,
      2,
    ),
  },
  {
    name: 'JSON log lines',
    text: [
      `{"level":"warn","time":"2026-05-28T14:09:58Z","msg":"jwt expired","token":"${LIVE_HS}","status":401}`,
      '{"level":"info","time":"2026-05-28T14:09:58Z","msg":"request completed","status":401,"ms":3}',
    ].join('\n'),
  },
  {
    name: 'Slack-escaped quote of curl -v',
    text: [
      '&gt; GET /v1/orders HTTP/1.1',
      '&gt; Host: api.acme-corp.com',
      `&gt; Authorization: Bearer ${LIVE_HS}`,
      '&lt; HTTP/1.1 401 Unauthorized',
      '&lt; WWW-Authenticate: Bearer error="invalid_token", error_description="signature verification failed"',
    ].join('\n'),
  },
  {
    name: 'code fence in a chat message',
    text: `why does this 403?\n\`\`\`\nfetch("https://api.acme-corp.com/v1/admin", {\n  "headers": { "authorization": "Bearer ${LIVE_HS}" }\n});\nGET https://api.acme-corp.com/v1/admin 403 (Forbidden)\n\`\`\``,
  },
  // Round fuzz20's shapes: tokens as cookies, in a form body, three string levels deep, after a cut header name.
  {
    name: 'Cookie with several JWTs, Set-Cookie with one',
    text: [
      'GET /v1/orders HTTP/1.1',
      `Cookie: theme=dark; id_token=${LIVE_ID}; access_token=${LIVE_HS}; csrftoken=Q7xk2LmN9pR4sT6vWz3Yb8Hc`,
      'HTTP/1.1 401 Unauthorized',
      `Set-Cookie: __Host-session=${LIVE_ID}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    ].join('\n'),
  },
  {
    name: 'HAR entry with cookies',
    text: JSON.stringify(
      {
        request: {
          method: 'GET',
          url: 'https://api.acme-corp.com/v1/orders',
          cookies: [
            { name: 'jwt', value: LIVE_HS, httpOnly: true },
            { name: 'session', value: 'xQ9mR2vL7kP4nW8sT3yB6cF1' },
          ],
        },
        response: { status: 401, cookies: [{ name: 'refresh', value: LIVE_ID }] },
      },
      null,
      2,
    ),
  },
  {
    name: 'token request form body',
    text: `POST /oauth2/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${LIVE_HS}&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${LIVE_ID}\nHTTP/1.1 400 Bad Request\n{"error":"invalid_grant"}`,
  },
  {
    name: 'CSV cell of a JSON log of a JSON string',
    text: `timestamp,message\n2026-05-28T14:09:58Z,"${JSON.stringify({ msg: JSON.stringify({ authorization: `Bearer ${LIVE_HS}`, status: 401 }) }).replace(/"/g, '""')}"`,
  },
  // Round fuzz21's shapes: tokens as programs print headers and settings, and as a logger cuts them.
  {
    name: "Go's and Python's dumps of the request's headers in a log",
    text: [
      `2026-05-28T14:09:58Z ERROR GET /v1/orders -> 401 Unauthorized headers=map[Accept:[application/json] Authorization:[Bearer ${LIVE_HS}]]`,
      `2026-05-28 14:09:58,412 DEBUG send: b'GET /v1/orders HTTP/1.1\\r\\nHost: api.acme-corp.com\\r\\nAuthorization: Bearer ${LIVE_ID}\\r\\n\\r\\n'`,
      `[(b'authorization', b'Bearer ${LIVE_HS}'), (b'accept', b'*/*')]`,
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
  },
  {
    name: 'a kubeconfig whose id-token is a folded YAML scalar',
    text: `error: You must be logged in to the server (Unauthorized)\nusers:\n- name: oidc\n  user:\n    auth-provider:\n      config:\n        id-token: >-\n          ${(LIVE_ID.match(/.{1,60}/g) ?? []).join('\n          ')}\n        refresh-token: ${LIVE_HS}\n      name: oidc`,
  },
  {
    name: "Node's util.inspect of the headers, whole and cut by maxStringLength",
    text: JSON.stringify({
      level: 'error',
      msg: `request failed { headers: {\n    authorization: 'Bearer ' +\n      '${LIVE_HS}'\n  },\n  retry: { authorization: '${LIVE_ID.slice(0, -40)}'... 40 more characters } }\nHTTP/1.1 401 Unauthorized`,
    }),
  },
  {
    name: 'a .NET pair list, a Ruby hash and a PHP print_r',
    text: [
      `{[Authorization, Bearer ${LIVE_HS}], [Accept, application/json]}`,
      `{"Authorization"=>"Bearer ${LIVE_ID}", "Accept"=>"*/*"}`,
      `Array\n(\n    [Authorization] => Bearer ${LIVE_HS}\n)`,
      '403 Forbidden',
    ].join('\n'),
  },
  {
    name: 'a hyphenated header name and a curl option cut by a wrap in a JSON log',
    text: JSON.stringify({
      level: 'error',
      msg: `curl -\nH "Authori-\nzation: Bearer ${LIVE_ID}" https://api.acme-corp.com/v1/orders\nHTTP/1.1 401 Unauthorized`,
    }),
  },
  // Round fuzz22's shapes: real-time clients' and products' credentials beside their own refusals.
  {
    name: "a SignalR URL's access_token, Socket.IO's auth and an Ably key beside Ably's 40101",
    text: [
      `[2026-05-28T14:09:58.123Z] Error: Failed to start the connection: Error: WebSocket failed to connect. wss://api.acme-corp.com/hubs/orders?id=Zq3xY7&access_token=${LIVE_HS}`,
      `const socket = io('https://rt.acme-corp.com', { auth: { token: '${LIVE_ID}' } });`,
      "const ably = new Ably.Realtime({ key: 'I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0' });",
      '{"error":{"message":"Invalid key in request: I2E_JQ.OqUdfg.","code":40101,"statusCode":401}}',
    ].join('\n'),
  },
  {
    name: 'an App Store Connect JWT in curl, a Databricks PAT and a New Relic key in a JSON log',
    text: JSON.stringify({
      level: 'error',
      msg: `curl -H 'Authorization: Bearer ${LIVE_ID}' https://api.appstoreconnect.apple.com/v1/apps\nUsing dapi3f9a1b2c4d5e6f708192a3b4c5d6e7f8 and NRAK-UAGEHDYJEUH7STJXQ879KOOXOQD\nHTTP/1.1 401 Unauthorized`,
    }),
  },
];

// ---------------------------------------------------------------------------------------------------
// Mutations. Each is plain data (so fast-check prints a readable counterexample) applied by `mutate`.

export type Mutation =
  | { kind: 'truncate'; at: number; keep: 'head' | 'tail' }
  | { kind: 'duplicate-headers'; times: number; pick: number }
  | { kind: 'random-bytes'; at: number; bytes: number[]; overwrite: boolean }
  | { kind: 'repeat-token'; times: number; separator: string }
  | { kind: 'deep-json'; depth: number; open: string; closed: boolean; at: number }
  | {
      kind: 'www-authenticate-quotes';
      edit: 'insert' | 'drop-last' | 'dangling-param' | 'escape-at-end' | 'only-quotes';
      at: number;
      count: number;
    }
  | { kind: 'bearer-prefixes'; count: number }
  | { kind: 'wrap'; width: number }
  | { kind: 'crlf' }
  | { kind: 'slack-escape' }
  | { kind: 'quote-lines'; prefix: string }
  | { kind: 'smart-quotes' }
  | { kind: 'zero-width'; at: number; char: string }
  | { kind: 'flip-case'; every: number }
  | { kind: 'splice'; other: number; at: number };

/** Where in `text` a fraction-free position lands (positions are generated as plain naturals). */
const pos = (text: string, at: number) => (text.length === 0 ? 0 : at % (text.length + 1));
const insert = (text: string, at: number, what: string) => text.slice(0, at) + what + text.slice(at);
const lines = (text: string) => text.split('\n');
const HEADER_LINE = /^[\s<>*]*(?:&[lg]t;\s*)?[A-Za-z][\w-]*:\s/;

export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate': {
      const at = pos(text, m.at);
      return m.keep === 'head' ? text.slice(0, at) : text.slice(at);
    }
    case 'duplicate-headers': {
      const all = lines(text);
      const headers = all.flatMap((l, i) => (HEADER_LINE.test(l) ? [i] : []));
      if (headers.length === 0) return text;
      const i = headers[m.pick % headers.length] as number;
      all.splice(i, 1, ...Array<string>(m.times + 1).fill(all[i] as string));
      return all.join('\n');
    }
    case 'random-bytes': {
      const at = pos(text, m.at);
      const bytes = Buffer.from(m.bytes).toString('latin1');
      return m.overwrite ? text.slice(0, at) + bytes + text.slice(at + bytes.length) : insert(text, at, bytes);
    }
    case 'repeat-token': {
      const token = /eyJ[\w-]+\.eyJ[\w-]+\.[\w*-]*/.exec(text)?.[0] ?? LIVE_HS;
      return `${text}\n${Array<string>(m.times).fill(token).join(m.separator)}`;
    }
    case 'deep-json': {
      const close = m.open.startsWith('[') ? ']' : '}';
      const doc = `${m.open.repeat(m.depth)}"x"${m.closed ? close.repeat(m.depth) : ''}`;
      const all = lines(text);
      all.splice(m.at % (all.length + 1), 0, doc);
      return all.join('\n');
    }
    case 'www-authenticate-quotes': {
      const all = lines(text);
      let i = all.findIndex((l) => /www-authenticate/i.test(l));
      if (i < 0) {
        all.push('WWW-Authenticate: Bearer realm="api", error="invalid_token"');
        i = all.length - 1;
      }
      let line = all[i] as string;
      switch (m.edit) {
        case 'insert':
          for (let k = 0; k < m.count; k++) line = insert(line, pos(line, m.at * (k + 7)), '"');
          break;
        case 'drop-last': {
          const q = line.lastIndexOf('"');
          if (q >= 0) line = line.slice(0, q) + line.slice(q + 1);
          break;
        }
        case 'dangling-param':
          line += ', error="'.repeat(m.count);
          break;
        case 'escape-at-end':
          line += ` realm="${'\\'.repeat(m.count)}`;
          break;
        case 'only-quotes':
          line = `WWW-Authenticate: ${'"'.repeat(m.count)}`;
          break;
      }
      all[i] = line;
      return all.join('\n');
    }
    case 'bearer-prefixes': {
      const prefixes = 'Bearer '.repeat(m.count);
      if (/Bearer /.test(text)) return text.replace('Bearer ', prefixes);
      return `Authorization: ${prefixes}${LIVE_HS}\n${text}`;
    }
    case 'wrap':
      // A chat client or terminal wrapping every line, tokens included.
      return lines(text)
        .map((l) => l.replace(new RegExp(`(.{${m.width}})`, 'g'), '$1\n'))
        .join('\n');
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'slack-escape':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    case 'quote-lines':
      return lines(text)
        .map((l) => m.prefix + l)
        .join('\n');
    case 'smart-quotes':
      return text.replace(/"([^"\n]*)"/g, '“$1”').replace(/'/g, '’');
    case 'zero-width':
      return insert(text, pos(text, m.at), m.char);
    case 'flip-case': {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const c = text[i] as string;
        out += i % m.every === 0 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
      }
      return out;
    }
    case 'splice': {
      const other = CORPUS[m.other % CORPUS.length]?.text ?? '';
      return insert(text, pos(text, m.at), `\n${other}\n`);
    }
  }
}

/** Mutated pastes stay under this size (a chain of mutations could otherwise multiply into gigabytes). */
export const MAX_MUTATED_CHARS = 512 * 1024;

/** Applies mutations in order; one that would grow the paste past MAX_MUTATED_CHARS is skipped. */
export function mutateAll(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const next = mutate(out, m);
    if (next.length <= MAX_MUTATED_CHARS) out = next;
  }
  return out;
}
