/**
 * A Japanese writer's sentence around a pasted credential, with no `:` or `=`: the name glued to a particle
 * (`STREAM_API_SECRETに<value>を設定しました`, `REDIS_PASSWORD は <value> です`), or a Japanese credential word then a
 * particle or a corner bracket (`シークレット「<value>」で呼ぶと`, `トークンは<value>です`). Japanese puts the particle where
 * English puts `=` or `is`; a quote of the sentence beside the 401 showed the value (round fuzz29, gen29.mjs framings ja
 * and ja-quote: 71 in 264).
 */

/** The particles read as a name's separator: topic `は`, object `を`, target `に`, subject `が`. */
export const NAME_PARTICLES = ['は', 'を', 'に', 'が'] as const;

/** Whether `c` is a kana, a kanji or a full-width form: a credential is ASCII, so one ends there. */
export function isJapaneseLetter(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xffef);
}

/** 「 and 『, which a Japanese writer quotes a value in. */
export function isCornerBracket(c: number): boolean {
  return c === 0x300c || c === 0x300e;
}

function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Whether the particle at `k` follows an ASCII name (one blank may part them) and comes before an ASCII value (a blank
 * or a corner bracket may part them): `APIキーは…` or `…の設定に` is Japanese on both sides and reads nothing.
 */
export function particleAfterName(text: string, k: number): boolean {
  let b = k - 1;
  if (isBlank(text.charCodeAt(b))) b--;
  if (!isNameChar(text.charCodeAt(b))) return false;
  let a = k + 1;
  if (isBlank(text.charCodeAt(a))) a++;
  if (isCornerBracket(text.charCodeAt(a))) a++;
  return isNameChar(text.charCodeAt(a));
}

/**
 * Where a value starts after a Japanese credential word at `k`: past one particle (NAME_PARTICLES, `で`, `の`) or a
 * full-width colon, blanks, and a corner bracket; -1 when none of them is there (`トークンの有効期限` reads a kana).
 */
export function particleEnd(text: string, k: number): number {
  let p = k;
  const c = text.charCodeAt(p);
  if (NAME_PARTICLES.includes(text[p] as (typeof NAME_PARTICLES)[number]) || c === 0x3067 || c === 0xff1a) p++;
  while (isBlank(text.charCodeAt(p))) p++;
  // Inside a bracket a standard base64 value may open with its `+` or `/` (Mux's token secret).
  const bracketed = isCornerBracket(text.charCodeAt(p));
  if (bracketed) p++;
  const c0 = text.charCodeAt(p);
  return p > k && (isNameChar(c0) || (bracketed && (c0 === 0x2b || c0 === 0x2f))) ? p : -1;
}
