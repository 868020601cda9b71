import type { Context } from './context.js';

/**
 * A curl command on a line of its own (after an optional shell prompt), the paste's request.
 * Bounded: the prompt and the spaces before `curl` are short.
 */
const CURL_LINE = /(?:^|\n)[ \t]{0,8}(?:[$#>][ \t]{0,4})?curl[ \t]/;
/**
 * A token endpoint's URL: a path ending in `token` (RFC 6749 §3.2's endpoint as IdPs name it: `/oauth/token`,
 * `/oauth2/token`, `/oauth2/v2.0/token`, `/protocol/openid-connect/token`, `/v1/token`), not `/tokens` or
 * `/token/introspect`. Bounded host and path.
 */
const TOKEN_ENDPOINT_URL = /https?:\/\/[^\s'"/]{1,255}\/(?:[^\s'"?]{0,200}\/)?token(?=[\s'"?\\]|$)/i;

/**
 * Whether the paste is a request to a token endpoint and nothing else (RFC 6749 §4.1.3, §4.4.2: a POST with
 * `grant_type`): a curl command whose URL is a token endpoint, or that sends `grant_type`. Only asked when nothing
 * was found (diagnose.ts), so it costs the pastes with nothing to say.
 */
export function tokenRequestOnly(ctx: Context): boolean {
  const m = CURL_LINE.exec(ctx.text);
  if (m === null) return false;
  const from = m.index;
  return ctx.lower.includes('grant_type', from) || TOKEN_ENDPOINT_URL.test(ctx.text.slice(from, from + 2000));
}
