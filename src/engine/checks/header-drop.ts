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
export type HeaderDropper = 'mod_wsgi' | 'apache-php';

export function headerDropper(ctx: Context): HeaderDropper | null {
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
