import { describe, expect, it } from 'vitest';
import { findTokensInText, holdsToken } from '../../../src/engine/token/find.js';
import { CLAIMS, hs256 } from '../../helpers/tokens.js';

const TOKEN = hs256(CLAIMS);
const [HEADER, PAYLOAD, SIG] = TOKEN.split('.') as [string, string, string];

describe('findTokensInText: a token glued to the text before it', () => {
  it.each([
    ['a word', `JsonWebTokenError: invalid signature${TOKEN} next`],
    ['a signature', `WWW-Authenticate: ${SIG}${TOKEN}`],
    ['a status word', `403 Forbidden${TOKEN}`],
  ])('is found whole after %s', (_name, text) => {
    expect(findTokensInText(text).map((t) => t.raw)).toEqual([TOKEN]);
  });

  it('is found after a stray `eyJ.` (a header too short to start one)', () => {
    expect(findTokensInText(`eyJ.${TOKEN} and eyJ.eyJ.${TOKEN}`).map((t) => t.raw)).toEqual([TOKEN, TOKEN]);
  });

  it('is not started inside a word that no payload follows', () => {
    expect(findTokensInText(`monkeyJhbGciOiJIUzI1NiJ9 and ${SIG}eyJhbGciOiJIUzI1NiJ9 alone`)).toEqual([]);
  });

  it('judges each run once: a megabyte of glued `eyJ` stays linear', () => {
    const text = `x${'eyJ'.repeat(350_000)}.${PAYLOAD}`;
    const started = performance.now();
    expect(findTokensInText(text)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('holdsToken', () => {
  it.each([
    ['a token', TOKEN, true],
    ['a masked token behind Bearer', `Bearer ${HEADER}.${PAYLOAD}.***`, true],
    ['an issuer', 'https://auth.acme-corp.com/', false],
    ['a header alone', HEADER, false],
    ['an issuer whose path starts like a header', 'https://auth.acme-corp.com/eyJhbGci', false],
  ])('%s', (_name, value, expected) => {
    expect(holdsToken(value)).toBe(expected);
  });
});

describe('findTokensInText: what follows a whole token', () => {
  it('leaves out a word glued to its full stop (`<jwt>.Then`)', () => {
    expect(findTokensInText(`sent ${TOKEN}.Then it failed`).map((t) => t.raw)).toEqual([TOKEN]);
  });

  it('keeps a fourth part that is no word (not a sentence)', () => {
    expect(findTokensInText(`${TOKEN}.abc123`).map((t) => t.raw)).toEqual([`${TOKEN}.abc123`]);
  });

  it('takes a bracketed phrase right after the last dot as the mask', () => {
    expect(findTokensInText(`${HEADER}.${PAYLOAD}.<SIGNATURE REMOVED> ok`).map((t) => t.raw)).toEqual([
      `${HEADER}.${PAYLOAD}.<SIGNATURE REMOVED>`,
    ]);
  });

  it('does not take markup after a whole token for a mask', () => {
    expect(findTokensInText(`${TOKEN}<br>`).map((t) => t.raw)).toEqual([TOKEN]);
  });
});

describe('findTokensInText: base64 JSON data is a look-alike', () => {
  const cursor = `${Buffer.from('{"id":8812,"ts":1779977398}').toString('base64url')}.djI`;

  it('marks a cursor with a dot, and still reports it (the redactor masks it)', () => {
    expect(findTokensInText(`?cursor=${cursor}&limit=50`)).toEqual([
      expect.objectContaining({ raw: cursor, lookalike: true }),
    ]);
  });

  it('does not mark a token, nor a token found from its payload on', () => {
    expect(findTokensInText(TOKEN)[0]?.lookalike).toBeUndefined();
    expect(findTokensInText(`hbGci.${PAYLOAD}.${SIG}`)[0]?.lookalike).toBeUndefined();
  });
});

describe('findTokensInText: padding and escapes written twice (round 26)', () => {
  const padded = `${HEADER}${'='.repeat((4 - (HEADER.length % 4)) % 4)}`;

  it('keeps base64 padding that ends a part on a multiple of four (the ALB’s x-amzn-oidc-data)', () => {
    const raw = `${padded}.${PAYLOAD}.${SIG}`;
    expect(findTokensInText(`x-amzn-oidc-data: ${raw}\n`).map((t) => t.raw)).toEqual([raw]);
  });

  it('does not take an = that pads nothing (…sig="…", an attribute) into the token', () => {
    // An HS256 signature has 43 characters: two `=` after it make 45, no multiple of four.
    expect(SIG).toHaveLength(43);
    expect(findTokensInText(`value=${TOKEN}=="x"`).map((t) => t.raw)).toEqual([TOKEN]);
  });

  it('decodes a token escaped twice (%252E) and spans its escaped text', () => {
    const escaped = TOKEN.replaceAll('.', '%252E');
    const text = `?access_token%253D${escaped}&x=1`;
    expect(findTokensInText(text)).toEqual([{ raw: TOKEN, start: text.indexOf('eyJ'), end: text.indexOf('&') }]);
  });
});

describe('findTokensInText: a token in standard base64 (round 26)', () => {
  const std = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
  // A payload whose standard base64 holds a `/` (`?>` encodes to `Pz4`, `~~~` to `fn5+`), and a signature with both.
  const header = std({ alg: 'RS256', typ: 'JWT' });
  const payload = std({ sub: 'alice', note: '???>>>~~~' });
  const signature = 'AgWYgHeMqcSQQQIhflvZlsa2LLKIKjhAD/2lDH82SB/27FoodZk4CSfzXnQh9DDZ+hbjX8iUUk1Xgg==';

  it('goes on over + and / where the part decodes and a dot follows, and over the base64 signature after it', () => {
    expect(payload).toMatch(/[+/]/);
    const raw = `${header}.${payload}.${signature}`;
    expect(findTokensInText(`X-JWT-Assertion: ${raw}\n`).map((t) => t.raw)).toEqual([raw]);
  });

  it('judges each run of standard base64 once: a megabyte of `eyJaaaaaaaaaaa+` stays linear', () => {
    const text = `${'eyJaaaaaaaaaaa+'.repeat(70_000)}.${PAYLOAD}`;
    const started = performance.now();
    findTokensInText(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops at a / that starts no part (`…sig/orders`, `HTTP/1.1` glued to a token)', () => {
    expect(findTokensInText(`/v1/session/${TOKEN}/orders.json`).map((t) => t.raw)).toEqual([TOKEN]);
    expect(findTokensInText(`${HEADER}.${PAYLOAD}.${SIG}HTTP/1.1 401`).map((t) => t.raw)).toEqual([
      `${HEADER}.${PAYLOAD}.${SIG}HTTP`,
    ]);
  });
});
