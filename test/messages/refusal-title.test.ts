import { describe, expect, it } from 'vitest';
import { answeredBy, codeSaid, titleQuote } from '../../src/messages/refusal-title.js';

describe('refusal-title: what a refusal’s title says of who answered and in what words', () => {
  it.each([
    ['Token revoked', 'Token revoked'],
    // The first sentence only: the rest is the detail's.
    [
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      'Request had invalid authentication credentials.',
    ],
    ['認証情報が正しくありません。トークンを確認してください。', '認証情報が正しくありません。'],
    // A dot with no blank after it (a URL, a version) ends no sentence.
    ['See https://example.com/a.b for v1.2 help', 'See https://example.com/a.b for v1.2 help'],
    // Longer than a phone's two lines: cut at a blank, marked.
    [
      'The request requires higher privileges than provided by the access token for this resource',
      'The request requires higher privileges than provided by the…',
    ],
    ['x'.repeat(80), `${'x'.repeat(59)}…`],
  ])('quotes %j as %j', (words, quoted) => {
    expect(titleQuote(words)).toBe(quoted);
  });

  it('names the product that answered, and "the server" for a challenge, a bare body or an envelope', () => {
    expect(answeredBy('microsoft-graph')).toBe('microsoft-graph');
    // A client's log reporting its backend's refusal names the backend.
    expect(answeredBy('datadog-agent')).toBe('datadog');
    for (const via of [undefined, 'response body', 'twirp', 'grpc', 'graphql', 'trpc'])
      expect(answeredBy(via)).toBe(null);
  });

  it('gives the RFC code only when it was said', () => {
    expect(codeSaid({})).toBe(true);
    expect(codeSaid({ via: 'response body' })).toBe(true);
    expect(codeSaid({ ownWords: true })).toBe(false);
    expect(codeSaid({ via: 'microsoft-graph' })).toBe(false);
  });
});
