/**
 * New Relic's ingest license keys in a paste, by their own shape: 40 characters, hexadecimal then `NRAL` (New Relic's
 * docs: "a 40-character hexadecimal string"; secret scanners read the newer ones as `\b[a-f0-9]{32}[A-F]{4}NRAL\b`, some
 * `[a-f0-9]{36}NRAL`). The prefix readers (secrets.ts's API_KEY_SHAPES) cannot find a key known by its end, and an agent
 * log's or a writer's line beside 'Invalid license key' quoted one with no setting's name before it (round "fuzz22",
 * gen.mjs shapes adj-nral-*: 20 in 20). Gated by one search for the suffix; each found checked in O(1) reads back.
 */
const HEX = 36;
const SUFFIX = 'NRAL';
/** The keys read: an agent's log repeats one key. */
const MAX_KEYS = 8;

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

export function newRelicLicenseKeysIn(text: string): string[] {
  const out: string[] = [];
  for (
    let q = text.indexOf(SUFFIX, HEX);
    q >= 0 && out.length < MAX_KEYS;
    q = text.indexOf(SUFFIX, q + SUFFIX.length)
  ) {
    const start = q - HEX;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    if (isWordChar(text.charCodeAt(q + SUFFIX.length))) continue;
    let i = start;
    while (i < q && isHex(text.charCodeAt(i))) i++;
    if (i === q) out.push(text.slice(start, q + SUFFIX.length));
  }
  return out;
}
