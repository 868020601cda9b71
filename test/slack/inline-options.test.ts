import { describe, expect, it } from 'vitest';
import { parseInlineOptions } from '../../src/slack/inline-options.js';
import { CLAIMS, hs256, rs256, unsigned } from '../helpers/tokens.js';

describe('inline options before the paste', () => {
  it('reads a leading run of options and leaves the paste untouched', () => {
    const r = parseInlineOptions(
      'aud=https://api.acme-corp.com,https://b.acme-corp.com iss=https://auth.acme-corp.com/ scope=orders:read,orders:write skew=120 alg=RS256 lang=JA HTTP/1.1 401\nWWW-Authenticate: Bearer',
    );
    expect(r).toEqual({
      ok: true,
      options: {
        aud: ['https://api.acme-corp.com', 'https://b.acme-corp.com'],
        iss: ['https://auth.acme-corp.com/'],
        scope: ['orders:read', 'orders:write'],
        skew: 120,
        alg: ['RS256'],
        lang: 'ja',
      },
      rest: 'HTTP/1.1 401\nWWW-Authenticate: Bearer',
    });
  });

  it('does not take key=value text inside the paste as an option', () => {
    const paste = 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"';
    expect(parseInlineOptions(paste)).toEqual({ ok: true, options: {}, rest: paste });
  });

  it('undoes Slack link markup and entities, and quotes', () => {
    const r = parseInlineOptions(
      'iss=<https://auth.acme-corp.com/|auth.acme-corp.com> aud="https://api.acme-corp.com/?a=1&amp;b=2" scope="a b" x',
    );
    expect(r).toMatchObject({
      ok: true,
      options: { iss: ['https://auth.acme-corp.com/'], aud: ['https://api.acme-corp.com/?a=1&b=2'], scope: ['a', 'b'] },
      rest: 'x',
    });
  });

  it('takes an algorithm typed in any case as its registered name', () => {
    expect(parseInlineOptions('alg=rs256,eddsa,Es256K x')).toMatchObject({
      ok: true,
      options: { alg: ['RS256', 'EdDSA', 'ES256K'] },
      rest: 'x',
    });
  });

  it('repeats add up', () => {
    expect(parseInlineOptions('aud=a aud=b')).toMatchObject({ ok: true, options: { aud: ['a', 'b'] }, rest: '' });
  });

  it.each([
    ['skew=soon x', 'skew'],
    ['skew=90000 x', 'skew'],
    ['skew=1 skew=2 x', 'skew'],
    ['lang=fr x', 'lang'],
    ['alg=R$256 x', 'alg'],
    ['alg=HS999 x', 'alg'],
    ['aud= x', 'aud'],
  ])('names the option that does not validate: %j', (text, key) => {
    expect(parseInlineOptions(text)).toMatchObject({ ok: false, key });
  });

  describe('refuses a token typed as an expected value, before any other rule', () => {
    const hs = hs256(CLAIMS);
    const rs = rs256(CLAIMS);
    it.each([
      ['iss', `iss=${hs} HTTP/1.1 401`],
      ['aud', `aud=https://api.acme-corp.com,${hs} x`],
      ['scope', `scope="orders:read ${hs}" x`],
      // Longer than the 500 characters a value may have: named as a token all the same, not as too long.
      ['iss', `iss=${rs} x`],
      ['aud', `aud=${unsigned({ alg: 'RS256' }, CLAIMS)} x`],
      ['iss', `lang=ja iss="Bearer ${hs}" x`],
    ])('%s in %j', (key, text) => {
      expect(parseInlineOptions(text)).toMatchObject({ ok: false, key, token: true });
    });

    it('does not take an issuer URL for one', () => {
      expect(parseInlineOptions('iss=https://auth.acme-corp.com/eyJhbGci x')).toMatchObject({ ok: true });
    });
  });
});
