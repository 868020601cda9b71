/**
 * Round left-dd: what this stop's first rounds left. Each row cites the source of its shape; catch-not rows are the near
 * misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

/** A report's every word, in both formats' fields, to look for a key in. */
async function everything(paste: string): Promise<string> {
  const en = await run(paste);
  const ja = await run(paste, { locale: 'ja' });
  return JSON.stringify([en, ja]);
}

const openaiStyle = (key: string) =>
  `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

describe('sk- keys in lower-case hex, quoted by an OpenAI-compatible API’s refusal', () => {
  // An OpenRouter key is sk-or-v1- and 64 lower-case hex (its key checkers test `^sk-or-v1-[a-f0-9]{64}$`); a
  // DeepSeek key sk- and 32: neither mixes cases, so the random-value readers let them through (audit-ad's report).
  it.each([
    ['an OpenRouter key', 'sk-or-v1-3f9a1c2be4d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'],
    ['a bare sk- key of 32 hex', 'sk-4f2a9c0e1b7d4e5f8a6b3c2d1e0f9a8b'],
    ['a key of two prefixes and mixed case', 'sk-abc-v2-Q3f9a1c2be4d5a6b7c8d9e0f1a2b3c4d5e6f70'],
  ])('never shown: %s', async (_name, key) => {
    const paste = openaiStyle(key);
    expect((await catches('challenge.invalid-token', paste)).args).toMatchObject({ via: 'openai' });
    const all = await everything(paste);
    expect(all).not.toContain(key);
    expect(all).not.toContain(key.slice(-16));
  });

  it('catches not: a masked echo stays as the API wrote it (no secret, and its ends tell which key was sent)', async () => {
    for (const masked of [
      'sk-VKMI************************************wjh3',
      'sk-or-v1-abc1****************************************************def9',
    ])
      expect(await everything(openaiStyle(masked))).toContain(masked);
  });

  it('catches not: sk- inside a word (a disk’s hex id in the evidence)', async () => {
    const line = 'ERROR 401 Unauthorized: volume disk-0123456789abcdef0123456789abcdef not attached';
    expect(await everything(line)).toContain('disk-0123456789abcdef0123456789abcdef');
  });
});
