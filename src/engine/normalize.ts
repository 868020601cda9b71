/**
 * Undoes paste artefacts before any check runs (findings.md, "Paste artefacts are undone, not reported"):
 * Slack's `<url|label>` links and `&amp;`/`&lt;`/`&gt;` escapes, code fences, smart quotes from phone
 * keyboards, non-breaking and zero-width spaces, CRLF line ends.
 *
 * One pass per concern, each linear; no regex with nested quantifiers.
 */
export function normalizePaste(input: string): string {
  let text = input;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (text.indexOf('<') >= 0) text = unwrapSlackLinks(text);
  if (text.indexOf('&') >= 0) text = text.replace(/&(lt|gt|amp|quot|#39);/g, decodeEntity);
  if (text.indexOf('```') >= 0) text = text.replaceAll('```', '\n');
  // Smart quotes, primes, full-width quotes → ASCII; NBSP and friends → space; zero-width characters removed
  // (a zero-width space inside a token would split it).
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each character is listed on purpose
  text = text.replace(/[\u2018\u2019\u201A\u201B\u2032\uFF07\u201C\u201D\u201E\u201F\u2033\uFF02\u00A0\u2007\u202F\u3000\u200B\u200C\u200D\u2060\uFEFF]/g, replaceSpecial);
  return text;
}

function decodeEntity(_match: string, name: string): string {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case '#39':
      return "'";
    default:
      return '&';
  }
}

function replaceSpecial(c: string): string {
  switch (c) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
    case '\u201B':
    case '\u2032':
    case '\uFF07':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
    case '\u201F':
    case '\u2033':
    case '\uFF02':
      return '"';
    case '\u00A0':
    case '\u2007':
    case '\u202F':
    case '\u3000':
      return ' ';
    default:
      return '';
  }
}

const LINK_SCHEMES = ['http://', 'https://', 'mailto:'];

/**
 * `<https://x|label>` → `https://x`, `<mailto:a@b|a@b>` → `a@b`, `<https://x>` → `https://x`.
 * Only angle brackets that open with a link scheme are touched: `<redacted>` stays a mask.
 */
function unwrapSlackLinks(text: string): string {
  let out = '';
  let last = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const scheme = LINK_SCHEMES.find((s) => text.startsWith(s, i + 1));
    if (scheme === undefined) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    // The link ends at the first '>' or whitespace; a link never spans a line.
    let j = i + 1;
    let bar = -1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 0x3e /* > */ || c === 0x0a || c === 0x3c /* < */) break;
      if (c === 0x7c /* | */ && bar < 0) bar = j;
      j++;
    }
    if (j >= text.length || text.charCodeAt(j) !== 0x3e) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const target = bar >= 0 ? text.slice(i + 1, bar) : text.slice(i + 1, j);
    const label = bar >= 0 ? text.slice(bar + 1, j) : null;
    out += text.slice(last, i) + (scheme === 'mailto:' && label !== null ? label : target);
    last = j + 1;
    i = text.indexOf('<', last);
  }
  return last === 0 ? text : out + text.slice(last);
}
