/**
 * Telegram bot tokens in a paste, by their own shape: the bot's numeric id, a colon, and 35 characters of base64url
 * whose first is `A` (BotFather's token "looks like 7204583149:AAHtGnkEL-JKR3v_qM8XbFpYzW2dLsNcUo0", tgchannel.space/en/faq/
 * poluchit-api-token-bota; every request goes to `https://api.telegram.org/bot<token>/METHOD_NAME`; gitleaks' rule
 * telegram-bot-api-token reads `[0-9]{5,16}:(?-i:A)[a-z0-9_\-]{34}`). A token inside a URL path (`/bot123…:AA…/getUpdates`, as httpx logs every
 * request python-telegram-bot sends) or flattened onto a log line beside `{"ok":false,"error_code":401,…}` had no name
 * before it that any reader knew, and a quote of that line showed it (round fuzz27, gen27.mjs shapes tg-log: 8 in 14,
 * tg-url, tg-bare: 2 in 14 each). Gated by one search for `:A`; each colon is read once, its id and rest bounded.
 */
const ID_MIN = 5;
const ID_MAX = 16;
/** The characters after the colon, the first (`A`) included. */
const REST = 35;
/** The tokens read: a log repeats one. */
const MAX_TOKENS = 8;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A character of base64url: what the rest of a token is made of. */
function isTokenChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f;
}

/** A random rest mixes cases and digits; a word or a placeholder (`AAAA…`, `Axxxx…`) does not. */
function looksRandom(rest: string): boolean {
  const tail = rest.slice(1);
  return /[a-z]/.test(tail) && /[A-Z]/.test(tail) && /[0-9_-]/.test(tail);
}

export function telegramBotTokensIn(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(':A'); at >= 0 && out.length < MAX_TOKENS; at = text.indexOf(':A', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= ID_MAX && isDigit(text.charCodeAt(start - 1))) start--;
    const id = at - start;
    if (id < ID_MIN || id > ID_MAX) continue;
    const end = at + 1 + REST;
    if (end > text.length || (end < text.length && isTokenChar(text.charCodeAt(end)))) continue;
    let ok = true;
    for (let i = at + 2; i < end && ok; i++) ok = isTokenChar(text.charCodeAt(i));
    if (!ok || !looksRandom(text.slice(at + 1, end))) continue;
    out.push(text.slice(start, end));
  }
  return out;
}
