import { describe, expect, it } from 'vitest';
import { looksCut } from '../../src/engine/normalize.js';
import { restOf, SecretRedactor } from '../../src/engine/secrets.js';
import { findTokensInText } from '../../src/engine/token/find.js';
import { hs256, rs256 } from '../helpers/tokens.js';

/**
 * Fast paths of the redactor held to plain reference versions (round 25b). addTokensFound looks for what could be
 * the rest of a found token (restOf) before asking whether the token looks cut (looksCut, which decodes its JOSE
 * header): the reference asks first, as before, and takes the rest when the token looks cut.
 */

const HS = hs256({ sub: 'u1' });
const RS = rs256({ sub: 'u2', aud: 'api' });

/** The pieces registered after each found token's own, as the reference order registers them. */
function reference(text: string): string[] {
  const out: string[] = [];
  let lineStart = 0;
  for (const t of findTokensInText(text)) {
    lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (t.end === text.length || !/[A-Za-z0-9_-]/.test(t.raw.charAt(t.raw.length - 1))) continue;
    if (looksCut(t.raw, t.end - lineStart)) out.push(...(restOf(text, t.end) ?? []));
  }
  return out;
}

/** The pieces the redactor registered that are not a found token itself. */
function registered(text: string): string[] {
  const r = new SecretRedactor();
  const found = findTokensInText(text);
  r.addTokensFound(text, found);
  const sources = (r as unknown as { pieces: { sources: string[] } }).pieces.sources;
  const raws = new Set(found.map((t) => t.raw));
  return sources.filter((s) => !raws.has(s));
}

const cutAt = (token: string, n: number, between: string) => `${token.slice(0, n)}${between}${token.slice(n)}`;

const TEXTS: string[] = [];
for (const token of [HS, RS]) {
  const sigStart = token.lastIndexOf('.') + 1;
  for (const after of [
    '',
    ' user=bob',
    '\nAccept: application/json\nHost: api',
    '\n\nGET /v1 HTTP/1.1',
    '"',
    ' abcdefghijklmnopqrstuvwxyz0123',
    '\nabcdefghijklmnopqrstuvwxyz0123\n',
  ]) {
    TEXTS.push(`Authorization: Bearer ${token}${after}`);
    for (const n of [sigStart + 5, sigStart + 20, token.length - 3]) {
      for (const between of [' ', '"', '\u00ff', '\u0000\n', '\n', '\n  ', '\nx\n']) {
        TEXTS.push(`token=${cutAt(token, n, between)}${after}`);
        TEXTS.push(`Bearer ${cutAt(token, n, between)}${after}\nnext line ${token}`);
      }
    }
  }
}

describe('addTokensFound: the rest of a token found before looksCut is asked', () => {
  it('registers what asking looksCut first registers', () => {
    let withRest = 0;
    for (const text of TEXTS) {
      const expected = reference(text);
      if (expected.length > 0) withRest++;
      expect(registered(text), JSON.stringify(text)).toEqual(expected);
    }
    // The cases hold cut tokens whose rest is taken, not only tokens with none.
    expect(withRest).toBeGreaterThan(20);
  });
});
