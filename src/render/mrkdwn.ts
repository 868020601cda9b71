/**
 * Slack mrkdwn helpers: escaping, cutting to a length without breaking an entity or a character,
 * inline code that holds whatever it quotes, and link URLs. Used by the Block Kit renderer and by the
 * Slack app for its own short replies.
 */

const CONTROL = /[&<>]/;

/** `&`, `<` and `>` are mrkdwn's control characters; Slack asks for exactly these three entities. */
export function escapeMrkdwn(s: string): string {
  // Most texts have none: one test instead of three replacements (the renderer escapes dozens per report).
  if (!CONTROL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `raw` for mrkdwn and cuts it to `max` characters *after* escaping, with "…". Cutting the raw
 * text (by code point) keeps entities and surrogate pairs whole, which cutting the escaped string would not.
 */
export function toMrkdwn(raw: string, max: number): string {
  const full = escapeMrkdwn(raw);
  if (full.length <= max) return full;
  let out = '';
  for (const ch of raw) {
    const e = escapeMrkdwn(ch);
    if (out.length + e.length + 1 > max) break;
    out += e;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Evidence as inline code. A backtick inside would close the code span early, so it becomes U+02CB
 * (ˋ, which looks the same); line breaks become ⏎, since inline code cannot span lines. The spaces that
 * indented the next line (pretty-printed JSON, a HAR) go with the break: in one code span they were a gap
 * of blanks a phone wraps around, and they cost the quote its length.
 */
export function toInlineCode(raw: string, max: number): string {
  const ticked = raw.replace(/`/g, 'ˋ');
  // split + trim, not one regex with [ \t]* on both sides of the break: that backtracks on a long run of blanks.
  const neutral = LINE_BREAK.test(ticked)
    ? ticked
        .split(/\r?\n|\r/)
        .map((line, i, all) => {
          const start = i === 0 ? line : line.trimStart();
          return i === all.length - 1 ? start : start.trimEnd();
        })
        .join(' ⏎ ')
    : ticked;
  return `\`${cutQuote(neutral, Math.max(2, max - 2))}\``;
}

const LINE_BREAK = /[\r\n]/;

/**
 * toMrkdwn's cut, for quoted evidence: a redaction placeholder (‹token sha256:…›) is kept whole or left out, and a cut
 * inside a word backs off to the word's start when that loses little (a fifth of the kept text at most), so a header
 * does not end "Bearer Be…". A long unbroken run (a URL, base64) is still cut where the length ends.
 */
function cutQuote(raw: string, max: number): string {
  const full = escapeMrkdwn(raw);
  if (full.length <= max) return full;
  let out = '';
  let width = 0;
  for (const ch of raw) {
    const w = escapeMrkdwn(ch).length;
    if (width + w + 1 > max) break;
    out += ch;
    width += w;
  }
  const open = out.lastIndexOf('‹');
  if (open > out.lastIndexOf('›')) out = out.slice(0, open);
  else if (/\S/.test(raw[out.length] ?? ' ')) {
    const start = out.search(/\s\S*$/);
    if (start > 0 && out.length - start <= out.length / 5) out = out.slice(0, start);
  }
  return `${escapeMrkdwn(out.trimEnd())}…`;
}

/** Cuts plain text by code point, with "…". */
export function clip(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  let out = '';
  for (const ch of raw) {
    if (out.length + ch.length + 1 > max) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

const LINK_SPECIAL = /[&<>|\s]/;

/** The URL part of `<url|label>`: `|` and `>` would end it early, `<` and `&` are mrkdwn control characters. */
export function escapeLinkUrl(url: string): string {
  if (!LINK_SPECIAL.test(url)) return url;
  return url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, '%20');
}
