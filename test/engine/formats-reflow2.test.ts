/**
 * Round "reflow2": a token a chat client, a renderer or a terminal reflowed (its line breaks made one or more spaces,
 * a tab, or a blank and a line break) is read as the token it is where the join is unambiguous (normalize.ts,
 * reflowed-tokens.ts joinReflowedTokens): an expired one gives time.expired as the unbroken one does. Near-misses stay
 * as they were: two tokens side by side, a word after a token, a stray blank inside one, pieces that decode to no JWS.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizePaste } from '../../src/engine/normalize.js';
import { catches, run } from '../helpers/catches.js';
import { CLAIMS, hs256, unsigned } from '../helpers/tokens.js';

const head = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'k1' })).toString('base64url');
const blocks = Array.from({ length: 8 }, (_, k) => createHmac('sha256', `f${k}`).update(head).digest());
/** An RS256 token (2048-bit key's 342-character signature) that expired an hour before the tests' NOW. */
const EXPIRED = unsigned(
  { alg: 'RS256', typ: 'JWT', kid: 'k1' },
  { iss: 'https://auth.acme-corp.com/', sub: 'u1', aud: 'api://orders', exp: 1779973800, iat: 1779970200 },
  Buffer.concat(blocks).toString('base64url'),
);
const SHAPES: Array<(t: string) => string> = [
  (t) => `{"error":"invalid_token","token":"${t}"}`,
  (t) => `jwt expired: ${t}`,
];
const reflowed = (text: string, width: number, gap: string) =>
  (text.match(new RegExp(`[^]{1,${width}}`, 'g')) ?? []).join(gap);
/** The token as pieces of `width` after a first piece that ends where a line did, so its last piece fills the width. */
function endingAtWidth(token: string, width: number, gap: string): string {
  const first = token.length % width || width;
  return [token.slice(0, first), ...(token.slice(first).match(new RegExp(`[^]{1,${width}}`, 'g')) ?? [])].join(gap);
}

describe('a reflowed token is read as the token it is', () => {
  // [width, shift, shape]: breaks in the header (40, 0), in `eyJ` itself (40, 5: `e yJ`), in the payload (100, 60).
  const cuts: Array<[number, number, number]> = [
    [40, 0, 0],
    [40, 5, 0],
    [64, 20, 1],
    [76, 0, 1],
    [100, 60, 0],
  ];
  it.each(['  ', '   ', '\t', ' \n', ' \r\n', ' '])(
    'its breaks made %j: time.expired, the token whole',
    async (gap) => {
      const whole = (await run(`jwt expired: ${EXPIRED}`)).token?.fingerprint;
      for (const [width, shift, shape] of cuts) {
        const wrap = SHAPES[shape] as (t: string) => string;
        const input = reflowed(`${'x'.repeat(shift)}${wrap(EXPIRED)}`, width, gap).slice(shift);
        await catches('time.expired', input);
        expect((await run(input)).token?.fingerprint, `${width}, ${shift}`).toBe(whole);
      }
    },
  );

  it('its pieces are joined and the text around it kept', () => {
    const input = `Authorization: Bearer ${reflowed(EXPIRED, 60, '  ')}  HTTP/1.1 401`;
    expect(normalizePaste(input)).toBe(`Authorization: Bearer ${EXPIRED}  HTTP/1.1 401`);
  });

  it('a word after a last piece that fills its line is no piece of it (the signature was whole)', async () => {
    for (const token of [EXPIRED, hs256(CLAIMS)]) {
      const input = `jwt expired: ${endingAtWidth(token, 40, '  ')}  ZXhhbXBsZQ was sent`;
      expect(normalizePaste(input)).toBe(`jwt expired: ${token}  ZXhhbXBsZQ was sent`);
    }
  });
});

describe('what is not joined', () => {
  const other = hs256(CLAIMS);
  it.each([
    ['two tokens side by side', `old: ${EXPIRED}  ${other}`],
    ['a token, then prose with a base64url-ish word', `${EXPIRED}  ZXhhbXBsZQ  was sent twice`],
    ['prose with words that start `eyJ`', 'the eyJhbG prefix and  eyJ0eXAi ones  start tokens. Then more words'],
    [
      'pieces whose header decodes but payload does not',
      `${reflowed(`${head}.eyJzdWIiOi.c2lnbmF0dXJlIHNpZ25hdHVyZQ`, 20, '  ')}`,
    ],
    [
      'pieces of no JOSE header (no alg)',
      reflowed(`eyJzdWIiOiJ1MSJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJlIHNpZ25hdHVyZQ`, 12, '  '),
    ],
    ['a line wrapped by a bare line break (joinWrappedTokens)', `jwt expired: ${EXPIRED.slice(0, 70)}\nand then`],
  ])('%s', (_name, input) => {
    expect(normalizePaste(input)).toBe(input);
  });

  it('a reflowed token beside a whole one: only its own pieces', () => {
    expect(normalizePaste(`${reflowed(EXPIRED, 50, '  ')}  ${other}`)).toBe(`${EXPIRED}  ${other}`);
  });

  it('a stray blank inside a sent token stays authz-header.format (two pieces are no reflow)', async () => {
    const input = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${other.slice(0, 120)} ${other.slice(120)}`;
    const finding = await catches('authz-header.format', input);
    expect(finding.args).toMatchObject({ problems: ['extra-space'] });
  });
});
