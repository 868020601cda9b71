/**
 * Bugs the fuzz tests in this folder found, kept as regression cases: each case first asserts its
 * premise (the paste really is of the shape that went wrong), then the behaviour that is now right.
 * The leaks were fixed in src/engine/secrets.ts (the redactor knows every piece of a token, not only the
 * whole strings), the empty report in src/engine/diagnose.ts (the input.empty rule).
 */
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { run } from '../helpers/catches.js';
import { activeSecrets, findLeak, secretOf, secretsIn } from '../helpers/leaks.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';
import { CORPUS, mangledInPaste, mutateAll } from './fuzz.js';

const CORPUS_SECRETS = secretsIn(CORPUS.map((p) => p.text).join('\n'));

/**
 * Leak 1, found by mutations.test.ts (FUZZ_RUNS=3000 with FUZZ_SEED=3, 4 or 8): a `wrap` at width 104 or
 * 95 landing inside the token of examples/api-gateway-401.txt. The engine recognises the token
 * (input.live-token names its fingerprint), but the evidence of authz-header.format is quoted from the
 * lines as pasted, where the token is split (`Bearer e⏎yJhbGci…`) and so neither JWT-shaped nor any
 * string the redactor knew: the JSON and text reports showed the token's header and payload and the
 * first characters of its signature, up to where the quote was cut. The redactor now replaces any run of
 * base64url characters that holds a piece of a known token, wherever the run was cut.
 */
describe('leak 1: evidence quoted from a token split by a wrap', () => {
  const example = CORPUS.find((p) => p.name === 'api-gateway-401.txt') as (typeof CORPUS)[number];
  const input = mutateAll(example.text, [{ kind: 'wrap', width: 104 }]);
  const [secret] = activeSecrets(input, CORPUS_SECRETS);

  it('the token is whole to the engine, which recognises it', async () => {
    expect(secret).toBeDefined();
    expect(mangledInPaste(input, secret as NonNullable<typeof secret>)).toBe(true);
    expect((await run(input)).findings.map((f) => f.code)).toContain('input.live-token');
  });

  it('no piece of it appears in the JSON or text report', async () => {
    const report = await run(input);
    const secrets = secret === undefined ? [] : [secret];
    expect(findLeak(renderJson(report), secrets)).toBeNull();
    expect(findLeak(renderText(report), secrets)).toBeNull();
  });
});

/**
 * Leak 2, found by any-string.test.ts: a live token glued to base64url characters with no separator
 * (`…<signature>HTTP/1.1`, `…<signature>x`, `<signature>eyJ…`, `<token>.Text`) is found with a longer
 * signature (or header, or a fourth part) than its own, so its own signature, quoted elsewhere in the
 * paste (`invalid signature '…'`, `jwt expired …`, or right before it), was not what the redactor knew
 * and was shown whole. A piece of the signature the engine found is a piece of the real one too.
 */
describe('leak 2: a glued token whose signature is quoted elsewhere', () => {
  const token = hs256({ ...CLAIMS, exp: CLAIMS.exp + 86_400 * 365 });
  const secret = secretOf(token);
  const cases: Array<[string, string]> = [
    [
      'a verifier message quoting the signature',
      `JsonWebTokenError: invalid signature '${secret.signature}'\nAuthorization: Bearer ${token}x`,
    ],
    ['a log line ending in the signature', `TokenExpiredError: jwt expired ${secret.signature}\n${token}HTTP/1.1 401`],
    ['the signature glued before the token', `WWW-Authenticate: ${secret.signature}${token}`],
    ['a dot after the token', `${token}.TokenExpiredError: jwt expired ${secret.signature}`],
  ];
  for (const [name, input] of cases) {
    it(`${name}: the token is whole in the paste, glued, its signature quoted again`, () => {
      expect(activeSecrets(input, [secret])).toHaveLength(1);
      expect(mangledInPaste(input, secret)).toBe(true);
    });
    it(`${name}: no piece of it appears in any report`, async () => {
      const report = await run(input);
      for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
        expect(findLeak(out, [secret])).toBeNull();
      }
    });
  }
});

/** Leaks the fuzz tests found that src/engine/ fixed earlier (its redactor and token finder changed). */
describe('fixed leaks stay fixed', () => {
  const token = hs256({ ...CLAIMS, exp: CLAIMS.exp + 86_400 * 365 });
  const secret = secretOf(token);
  const example = CORPUS.find((p) => p.name === 'api-gateway-401.txt') as (typeof CORPUS)[number];
  const nbsp = mutateAll(example.text, [
    { kind: 'zero-width', at: 430_246, char: '\u00a0' },
    { kind: 'zero-width', at: 849_132, char: '\u00a0' },
  ]);
  it.each([
    ['two no-break spaces inside a token', nbsp, activeSecrets(nbsp, CORPUS_SECRETS)],
    ['a token glued after a verifier message', `IDX10223: Lifetime validation failed.${token}`, [secret]],
    [
      'a token inside error_description after an escaped newline',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="token expired:\\n${token}"`,
      [secret],
    ],
  ])('%s', async (_name, input, secrets) => {
    expect(secrets).toHaveLength(1);
    const report = await run(input);
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, secrets)).toBeNull();
    }
  });
});

/**
 * Found by mutations.test.ts (the default seed): a truncation or wrap that leaves a response header line
 * alone (`Content-Type: text/html`, `X-Trace: abc`) gave a report with no finding at all, where cli.md
 * promises "at worst input.empty". input.empty was given only when no parser recognised anything, and
 * a header line is recognised; it is now given whenever there is no finding and no classification
 * (diagnose.ts), and fuzz.ts `expectWellFormed` asserts that every report says something.
 */
describe('a lone response header line', () => {
  it.each([['Content-Type: text/html'], ['X-Trace: abc'], ['x-d:']])('%j reports input.empty', async (input) => {
    expect((await run(input)).findings.map((f) => f.code)).toEqual(['input.empty']);
  });
});
