import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import type { FindingData } from '../types.js';
import { finding } from './define.js';

/**
 * oauth2-proxy's sign-in start, `Location: https://<host>/oauth2/start?rd=…`: where ingress-nginx's auth-signin
 * annotation sends a request its auth-url (oauth2-proxy's /oauth2/auth) answered 401 for (the ingress-nginx docs'
 * oauth-external-auth example, `auth-signin: https://$host/oauth2/start?rd=$escaped_request_uri`; kubernetes/ingress-nginx
 * #8786 and oauth2-proxy/oauth2-proxy#2708 for the 302 a fetch() call then meets as a CORS error). The request had no
 * oauth2-proxy session; the application never saw it. `/oauth2` is the default proxy prefix.
 */
const OAUTH2_PROXY_START = /^(?:https?:\/\/[^/\s]{1,253})?\/oauth2\/start(?:[?#]|$)/;

/** A 3xx to oauth2-proxy's sign-in, from the focus exchange's Location. */
export function oauth2ProxySignIn(ctx: Context): FindingData<'proxy.gateway-response'>[] {
  const focus = ctx.http.focus;
  for (const h of ctx.http.headers) {
    if (h.name !== 'location' || h.side === 'request' || (focus !== null && (h.exchange ?? 0) !== focus)) continue;
    const value = h.value.slice(0, 300);
    if (!OAUTH2_PROXY_START.test(value)) continue;
    const args: CodeArgs['proxy.gateway-response'] = {
      product: 'oauth2-proxy',
      signals: [`location: ${value.slice(0, value.indexOf('/oauth2/start') + 13)}`],
      apiKey: false,
      beforeToken: true,
      ownSession: true,
      // ingress-nginx writes the redirect for it (auth-signin): oauth2-proxy's answer, not the application's.
      ownReply: true,
    };
    return [finding('proxy.gateway-response', args, ctx.evidenceAt(h.start, h.end), 'response-header', 'error')];
  }
  return [];
}

/** Envoy's response code details for its ext_authz filter's denial (proxy-texts.ts BODY_SIGNALS). */
const EXT_AUTHZ_DENIED = 'ext_authz_denied';

/**
 * Envoy's ext_authz filter relaying its authorization service's redirect as the denial: a 3xx with response code details
 * `ext_authz_denied` in its access log (arrikto/oidc-authservice#62, `"GET / HTTP/2" 302 - ext_authz_denied`): the
 * service (oauth2-proxy, oidc-authservice, an in-house one) found no sign-in session it accepts and sent the caller to
 * sign in; the application never saw the request. Only where the scan saw the body text (Context.proxyBodyText).
 */
export function extAuthzSignIn(ctx: Context): FindingData<'proxy.authorizer-deny'> | null {
  if (!ctx.proxyBodyText) return null;
  const at = ctx.lower.indexOf(EXT_AUTHZ_DENIED);
  if (at >= 0)
    return finding(
      'proxy.authorizer-deny',
      { product: 'Envoy', authorizer: 'ext-authz', signIn: true },
      ctx.evidenceAt(at, at + EXT_AUTHZ_DENIED.length),
      'log',
    );
  return forwardAuthSignIn(ctx);
}

/**
 * Traefik's forwardAuth middleware logs its authentication server's answer that was not a 2xx, `msg="Remote error
 * http://traefik-forward-auth:4181. StatusCode: 307" … middlewareType=ForwardedAuthType` (traefik/traefik#4972; pkg/
 * middlewares/auth/forward.go), and relays that answer with its Location: on a 3xx, the server sent the caller to sign
 * in. The middleware's type is the body text the scan noted (proxy-texts.ts).
 */
const REMOTE_ERROR = /remote error [^\s"]{1,300}\. statuscode: 3\d\d\b/;

function forwardAuthSignIn(ctx: Context): FindingData<'proxy.authorizer-deny'> | null {
  const lower = ctx.lower;
  if (!lower.includes('middlewaretype=forwardedauthtype') && !lower.includes('middlewaretype=forwardauth')) return null;
  const at = lower.indexOf('remote error ');
  if (at < 0) return null;
  const said = REMOTE_ERROR.exec(lower.slice(at, at + 340));
  if (said === null) return null;
  return finding(
    'proxy.authorizer-deny',
    { product: 'Traefik', authorizer: 'forward-auth', signIn: true },
    ctx.evidenceAt(at, at + said[0].length),
    'log',
  );
}
