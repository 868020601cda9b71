/**
 * Any string at all gets a report: every Unicode code point, lone surrogates and control characters,
 * and strings assembled from the pieces the parsers look for (status lines, header names, challenge
 * syntax, JSON punctuation, verifier messages, pieces of a live token). Each must be diagnosed without
 * throwing, within the time bound, render within Slack's limits, and show no piece of a token that
 * came out whole. See fuzz.ts for FUZZ_RUNS / FUZZ_SEED.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeSecrets, secretOf } from '../helpers/leaks.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';
import { boundMs, diagnoseTimed, expectNoLeakIn, expectWellFormed, runs, SEED, timeoutFor } from './fuzz.js';

async function holds(input: string): Promise<string[]> {
  const { report, ms } = await diagnoseTimed(input);
  expect(ms, `${input.length} chars took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(boundMs(input));
  return expectWellFormed(report).outputs;
}

/** Deterministic (HS256 with the fixed test secret), live until 2027. */
const TOKEN = hs256({ ...CLAIMS, exp: CLAIMS.exp + 86_400 * 365 });
const SECRET = secretOf(TOKEN);
const [HEADER, PAYLOAD, SIGNATURE] = TOKEN.split('.') as [string, string, string];

/** What the parsers key on, so random concatenations reach deep into them. */
const PIECES = [
  'HTTP/1.1 ',
  'HTTP/2 ',
  '401',
  '403',
  ' Unauthorized',
  ' Forbidden',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '> ',
  '< ',
  '&gt; ',
  '```',
  '$ curl -i https://api.acme-corp.com/v1 ',
  '-H "',
  "-H '",
  'Authorization: ',
  'authorization\n',
  'Bearer ',
  'Basic ',
  'DPoP ',
  'WWW-Authenticate: ',
  'realm="api"',
  'error="invalid_token"',
  'error="insufficient_scope"',
  'scope="read:orders"',
  'error_description="',
  '"',
  "'",
  '\\',
  ',',
  '=',
  ':',
  '{',
  '}',
  '[',
  ']',
  '{"exp":',
  '"iss":"https://auth.acme-corp.com/"',
  '1779977400',
  '17799774000000',
  'Date: Thu, 28 May 2026 14:09:58 GMT',
  'x-amzn-ErrorType: AccessDeniedException',
  'TokenExpiredError: jwt expired',
  'IDX10223: Lifetime validation failed.',
  'JsonWebTokenError: invalid signature',
  'eyJ',
  '.',
  HEADER,
  PAYLOAD,
  SIGNATURE,
  `${HEADER}.${PAYLOAD}.`,
  TOKEN,
  '%2E',
  '\u200b',
  '\u00a0',
  '“',
  '”',
  '日本語',
];

const pieces = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));
/** Half the time a whole token sits among the pieces (the pieces alone rarely line one up). */
const assembled = fc
  .tuple(pieces, fc.boolean(), pieces)
  .map(([before, token, after]) => `${before}${token ? TOKEN : ''}${after}`);

/** Any UTF-16 code unit, so lone surrogates too (what a bad copy out of a terminal can produce). */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 2000,
});

describe('any string', () => {
  const n = runs(200);

  it(`of any Unicode code points gets a report (${n} runs)`, { timeout: timeoutFor(n, 50) }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 1000 }), async (s) => {
        await holds(s);
      }),
      { seed: SEED, numRuns: n },
    );
  });

  it(`of any UTF-16 code units, lone surrogates included, gets a report (${n} runs)`, {
    timeout: timeoutFor(n, 50),
  }, async () => {
    await fc.assert(
      fc.asyncProperty(codeUnits, async (s) => {
        await holds(s);
      }),
      { seed: SEED + 1, numRuns: n },
    );
  });

  it(`assembled from paste pieces gets a report and shows no piece of a whole live token (${n} runs)`, {
    timeout: timeoutFor(n, 50),
  }, async () => {
    let withToken = 0;
    await fc.assert(
      fc.asyncProperty(assembled, async (s) => {
        if (activeSecrets(s, [SECRET]).length > 0) withToken++;
        expectNoLeakIn(await holds(s), activeSecrets(s, [SECRET]));
      }),
      { seed: SEED + 2, numRuns: n },
    );
    // The pieces do assemble whole tokens often enough for the leak check to mean something.
    expect(withToken).toBeGreaterThan(n / 4);
  });

  it(`with a live token between any strings shows no piece of it (${n} runs)`, {
    timeout: timeoutFor(n, 50),
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.constantFrom('', ' ', '\n', 'Bearer ', 'Authorization: Bearer ', '"', 'token=', '\t', '> '),
        fc.constantFrom('', ' ', '\n', '"', ',', '\r\n', '.'),
        fc.string({ unit: 'binary', maxLength: 500 }),
        async (before, open, close, after) => {
          const s = `${before}${open}${TOKEN}${close}${after}`;
          expectNoLeakIn(await holds(s), activeSecrets(s, [SECRET]));
        },
      ),
      { seed: SEED + 3, numRuns: n },
    );
  });
});
