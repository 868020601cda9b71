import type { Context } from '../context.js';

/** The ingress-nginx annotation that routes every request first to an auth service (ingress-nginx's annotations docs). */
const AUTH_URL = 'nginx.ingress.kubernetes.io/auth-url';

/**
 * Whether nginx's own 401/403 page is ingress-nginx answering for its external authentication: the paste sets the
 * auth-url annotation, and on that service's 401 or 403 ingress-nginx answers with its own error page, not the
 * service's body (kubernetes/ingress-nginx#2292, #4314). Its template sends the service the request's headers, not its
 * body (nginx.tmpl, `proxy_pass_request_body off`). Asked only of an nginx page: one `includes` of the folded text.
 */
export function ingressExternalAuth(ctx: Context): boolean {
  return ctx.lower.includes(AUTH_URL);
}
