import type { Context } from '../context.js';

const BEARER = 'bearer';

/**
 * The credential an Authorization header's value leaves is the word Bearer again (`Bearer Bearer`, the scheme added to a
 * value that already had it, with no token after), or only the start of it where the paste ends (`Authorization:
 * Beare`, `Bearer Bearer … Bea`): a cut inside the scheme, before any token. Neither is a token to call opaque.
 */
export function schemeWordNotToken(ctx: Context, raw: string): boolean {
  if (raw.length === 0 || raw.length > BEARER.length) return false;
  const lower = raw.toLowerCase();
  if (!BEARER.startsWith(lower)) return false;
  return lower === BEARER || endsPaste(ctx.text, raw);
}

/** The header's value is only the start of "Bearer" where the paste ends: what the request carried is not shown. */
export function schemeCutAtPasteEnd(ctx: Context): boolean {
  const authz = ctx.authorization;
  if (authz === null) return false;
  const raw = authz.parsed.credential.trim();
  return (
    raw.length > 0 && raw.length < BEARER.length && BEARER.startsWith(raw.toLowerCase()) && endsPaste(ctx.text, raw)
  );
}

function endsPaste(text: string, raw: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  return end >= raw.length && text.startsWith(raw, end - raw.length);
}
