import type { Context } from '../context.js';

/** Chrome's console words for a refused preflight ("… has been blocked by CORS policy: Response to preflight request …"). */
const CONSOLE_WORDS = 'response to preflight request';

/** The browser console's own line for the failed call: `OPTIONS https://api.example.com/x 401 (Unauthorized)`. */
const CONSOLE_LINE = /(?:^|\s)OPTIONS https?:\/\//;

/**
 * Whether the failed request is a CORS preflight: its method is OPTIONS (a devtools copy's "Request Method", curl -v's
 * request line), it asks with `Access-Control-Request-Method`, or the browser console says so. Browsers never send
 * Authorization (or cookies) on a preflight, so a 401 or 403 there is the server authenticating what it must let
 * through, whatever the client does.
 */
export function isPreflight(ctx: Context): boolean {
  if (ctx.http.request.method === 'OPTIONS') return true;
  for (const h of ctx.http.headers)
    if (h.side !== 'response' && h.name === 'access-control-request-method') return true;
  if (ctx.lower.includes(CONSOLE_WORDS)) return true;
  const status = ctx.http.status;
  if (status === null) return false;
  const lineStart = ctx.text.lastIndexOf('\n', status.start) + 1;
  return CONSOLE_LINE.test(ctx.text.slice(lineStart, status.start));
}
