import type { Context } from '../context.js';

/**
 * A URL in the paste whose token parameter carries nothing where the token goes: `wss://…/socket/websocket?token=&vsn=
 * 1.0.0` (healthlocker/healthlocker#387, a Phoenix socket whose page read no token before connecting, answered 403 by
 * Phoenix for any connect/3 that returns :error, phoenixframework/phoenix#2847). A connection that cannot carry
 * Authorization (a browser's WebSocket or EventSource, checks/browser-transport.ts) sends its token this way, so an empty
 * one is a token never sent. A client's word for nothing there (`?access_token=undefined`) is read as a credential by
 * the redactor, which keeps every query credential out of the report, so only the empty value is read here.
 */
export interface QueryPlaceholder {
  /** The parameter's name, as written (`token`, `access_token`). */
  name: string;
  /** What it carried: nothing (''). */
  value: '';
  start: number;
  end: number;
}

const NAMES = new Set(['token', 'access_token', 'accesstoken', 'auth_token', 'authtoken', 'jwt', 'id_token']);
const MAX_SEEN = 50;

const isNameChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** Where a query value ends: the next parameter, a quote, a blank, a fragment or a closing bracket. */
const endsValue = (c: number) =>
  c === 0x26 ||
  c === 0x27 ||
  c === 0x22 ||
  c === 0x20 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x09 ||
  c === 0x23 ||
  c === 0x29 ||
  c === 0x3e ||
  c === 0x60;

export function queryPlaceholder(ctx: Context): QueryPlaceholder | null {
  const lower = ctx.lower;
  for (const lead of ['token=', 'jwt=']) {
    let seen = 0;
    for (let i = lower.indexOf(lead); i >= 0 && seen < MAX_SEEN; i = lower.indexOf(lead, i + 1)) {
      seen++;
      const eq = i + lead.length - 1;
      let start = i;
      while (start > 0 && isNameChar(lower.charCodeAt(start - 1)) && eq - start < 16) start--;
      const before = lower.charCodeAt(start - 1);
      // Only a parameter of a URL's query: `?token=` or `&token=`.
      if (before !== 0x3f && before !== 0x26) continue;
      const name = lower.slice(start, eq);
      if (!NAMES.has(name)) continue;
      const end = eq + 1;
      if (end === lower.length || endsValue(lower.charCodeAt(end)))
        return { name: ctx.text.slice(start, eq), value: '', start, end };
    }
  }
  return null;
}
