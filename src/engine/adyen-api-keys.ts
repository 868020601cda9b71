import { wrappedBreakEnd } from './wrapped-break.js';

/**
 * Adyen's API keys in a paste, by their own shape, whole or wrapped: `AQE`, standard base64 and its padding, `-`, 43
 * base64 characters and `=`, `-`, then 16 printable characters of any kind (`X-API-Key: AQEyhmfxL4PJ…Bw==-lUKX…ddv4=-
 * <anpTLkW{]ZgGy,7`, `…=-Px5Jgb5:B6;[^D`, `…=-]u](6wk(NKG;nzD~`: Adyen test keys in public code sent as the `X-API-Key`
 * header Adyen's Checkout API authenticates with). A key's base64 is long enough for key-material.ts, but its last part
 * holds brackets, commas and colons that end every value reader's run, and a writer's line beside Adyen's 401 showed those
 * 16 characters (round "fuzz23", gen23.mjs shape adj-adyen-arrow: 7 in 20); a wrap inside one left a rest no reader knew
 * (adj-adyen-env-wrap: 13 in 20). The pieces are joined only when they make the whole shape. Gated by one search for the
 * prefix; each key read MAX_KEY characters at most.
 */
const PREFIX = 'AQE';
/** The middle part: 32 bytes of base64 and its `=`. */
const MIDDLE = 43;
/** The printable characters after the last `-`. */
const TAIL = 16;
const MAX_KEY = 600;
const MAX_BREAKS = 8;
const MAX_KEYS = 8;

function isBase64Char(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0x2f;
}

/** A character of the key's first two parts: base64's, its padding, and the `-` between the parts. */
function isPartChar(c: number): boolean {
  return isBase64Char(c) || c === 0x3d || c === 0x2d;
}

/** Whether `parts` (the joined key up to its tail) is `AQE<base64>={0,2}-<43 base64>=-`: 'whole', 'more' to read on, or 'no'. */
function partsShape(parts: string): 'whole' | 'more' | 'no' {
  const first = parts.indexOf('-');
  if (first < 0) return 'more';
  let head = first;
  while (head > 0 && parts.charCodeAt(head - 1) === 0x3d) head--;
  if (first - head > 2 || head < PREFIX.length + 20) return 'no';
  for (let i = PREFIX.length; i < head; i++) if (!isBase64Char(parts.charCodeAt(i))) return 'no';
  const rest = parts.length - first - 1;
  for (let i = first + 1; i < Math.min(parts.length, first + 1 + MIDDLE); i++)
    if (!isBase64Char(parts.charCodeAt(i))) return 'no';
  if (rest < MIDDLE + 2) return rest === MIDDLE + 1 ? (parts.endsWith('=') ? 'more' : 'no') : 'more';
  return rest === MIDDLE + 2 && parts.endsWith('=-') ? 'whole' : 'no';
}

/** Each key: the whole of it, then its pieces as pasted (what a quote of one line shows). */
export function adyenApiKeysIn(text: string): string[][] {
  const out: string[][] = [];
  let readTo = 0;
  for (let at = text.indexOf(PREFIX); at >= 0 && out.length < MAX_KEYS; at = text.indexOf(PREFIX, at + 1)) {
    // Inside a longer run it is no key's start; after a name's `=` it is (`ADYEN_API_KEY=AQE…`).
    if (at < readTo || (at > 0 && (isBase64Char(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2d)))
      continue;
    const pieces: string[] = [];
    let joined = '';
    let p = at;
    for (let n = 0; n <= MAX_BREAKS && joined.length < MAX_KEY; n++) {
      let e = p;
      while (e < text.length && e - p < MAX_KEY && isPartChar(text.charCodeAt(e))) e++;
      readTo = e;
      if (e === p) break;
      // The run may go past the parts' `=-` into a tail that starts with `-` or `=`: cut where the shape is whole.
      let cut = e;
      for (let k = p + 1; k <= e; k++)
        if (text.charCodeAt(k - 1) === 0x2d && partsShape(joined + text.slice(p, k)) === 'whole') {
          cut = k;
          break;
        }
      pieces.push(text.slice(p, cut));
      joined += text.slice(p, cut);
      const shape = partsShape(joined);
      if (shape === 'no') break;
      if (shape === 'whole') {
        let t = cut;
        while (t < text.length && t - cut < TAIL && text.charCodeAt(t) > 0x20 && text.charCodeAt(t) < 0x7f) t++;
        if (t - cut === TAIL) out.push([joined + text.slice(cut, t), ...pieces, text.slice(cut, t)]);
        readTo = t;
        break;
      }
      const next = wrappedBreakEnd(text, e);
      if (next === e) break;
      p = next;
    }
  }
  return out;
}
