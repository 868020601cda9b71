import type { Context } from '../context.js';
import { IIS_DENIAL } from '../parse/proxy-texts.js';
import type { Signal } from './proxy.js';

/** A function URL's key in its query (`?code=…`, `&code=…`), as the portal's "Get function URL" gives it. */
const CODE_PARAM = /[?&]code=/;
/** The Functions host's default route prefix, `/api/`, on an absolute or origin-form target. */
const API_ROUTE = /^(?:https?:\/\/[^/?#\s]+)?\/api\//i;

/**
 * The Azure Functions host refusing an HTTP-triggered function's key before the function ran: a function whose
 * authorization level is Function (or Admin) takes a function or host key (the master key for Admin) in the
 * `x-functions-key` header or the `code` query parameter, and the host answers 401 with an empty body, no challenge,
 * when none is sent or the one sent is not this function's or the app's (learn.microsoft.com, azure-functions
 * function-keys-how-to; MicrosoftDocs/azure-docs#8525 and #26034, the site URL called without its code; #49018,
 * x-api-key sent instead of x-functions-key; #43912, Invoke-WebRequest's "(401) Unauthorized" with ?code= holding
 * something else; Azure/Azure-Functions#1118, a host key for an Admin-level function). Read only on an App Service host
 * (`*.azurewebsites.net`) with the function's route, its key header or its code parameter, and never where App
 * Service authentication's own page or a challenge (a bearer verifier's) shows another answer.
 */
export function functionsHostRefusal(ctx: Context, status: number | null): Signal | null {
  if (status !== 401 || ctx.challenges.length > 0) return null;
  if (ctx.requestHost?.toLowerCase().endsWith('.azurewebsites.net') !== true) return null;
  if (ctx.lower.includes(IIS_DENIAL)) return null;
  const keyHeader = ctx.http.headers.find((h) => h.name === 'x-functions-key' && h.side !== 'response');
  const url = ctx.http.request.url ?? '';
  const signal =
    keyHeader !== undefined ? 'x-functions-key' : CODE_PARAM.test(url) ? 'code=' : API_ROUTE.test(url) ? '/api/' : null;
  if (signal === null) return null;
  // The key's own header is the evidence (its value masked as a named secret, secrets.ts); a URL's code is not quoted.
  // A URL's signal is written as a URL pattern, not an English phrase: both languages' details print it as it is
  // ("/api/ on *.azurewebsites.net" read as English inside ja's sentence, round review-31b).
  return keyHeader === undefined
    ? {
        product: 'Azure Functions',
        signal: signal === 'code=' ? '*.azurewebsites.net/…?code=' : '*.azurewebsites.net/api/',
        generated: true,
      }
    : {
        product: 'Azure Functions',
        signal,
        generated: true,
        log: [keyHeader.start, keyHeader.end],
        source: 'request-header',
      };
}
