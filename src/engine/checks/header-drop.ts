import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';

/**
 * A server that drops Authorization before the application sees it, named by the response's own headers:
 * - Apache's mod_wsgi passes it to a WSGI application only with `WSGIPassAuthorization On` (its default is Off:
 *   modwsgi.readthedocs.io, configuration-directives/WSGIPassAuthorization; encode/django-rest-framework#488);
 * - Apache in front of PHP through CGI or FastCGI (php-fpm) does not set HTTP_AUTHORIZATION unless told to
 *   (`CGIPassAuth On`, Apache 2.4.13+, or the rewrite rule Laravel's public/.htaccess carries for it).
 * Read from the failing exchange's response headers only; null when they name neither.
 */
export type HeaderDropper = 'mod_wsgi' | 'apache-php' | 'drf-token';

/**
 * Django REST framework's TokenAuthentication challenges with the bare keyword, `WWW-Authenticate: Token`, and ignores
 * an Authorization header whose first word is not `Token` (encode/django-rest-framework, rest_framework/
 * authentication.py: `keyword = 'Token'`, `if not auth or auth[0].lower() != self.keyword.lower().encode(): return
 * None`, `authenticate_header` returns the keyword): a Bearer token there is never read, and the request goes on as
 * anonymous. Rails' token authentication writes a realm (`Token realm="Application"`) and takes Bearer too.
 */
export function drfTokenChallenge(ctx: Context): boolean {
  const scheme = ctx.authorization?.parsed.scheme?.toLowerCase() ?? null;
  if (scheme === null || scheme === 'token') return false;
  for (const { field } of ctx.challenges)
    if (field.name === 'www-authenticate' && field.value.trim() === 'Token') return true;
  return false;
}

export function headerDropper(ctx: Context): HeaderDropper | null {
  if (drfTokenChallenge(ctx)) return 'drf-token';
  let apache = false;
  let php = false;
  for (const h of ctx.http.headers) {
    if (h.side === 'request') continue;
    if (ctx.http.focus !== null && (h.exchange ?? 0) !== ctx.http.focus) continue;
    if (h.name === 'server') {
      const v = h.value.toLowerCase();
      if (v.includes('mod_wsgi')) return 'mod_wsgi';
      if (v.startsWith('apache')) apache = true;
      if (v.includes('php/')) php = true;
    } else if (h.name === 'x-powered-by' && h.value.toLowerCase().startsWith('php')) php = true;
  }
  return apache && php ? 'apache-php' : null;
}

/** A token the request carried in Authorization that the verifier says it never got, and who may have dropped it. */
export function sentArgs(ctx: Context, via: string | undefined): CodeArgs['token.missing'] {
  const dropper = headerDropper(ctx);
  // `via` first, as every args object writes it (the JSON report's key order).
  const args: CodeArgs['token.missing'] = via === undefined ? { sent: true } : { via, sent: true };
  if (dropper !== null) args.droppedBy = dropper;
  return args;
}
