/**
 * nginx's own words about its auth_request subrequest. ngx_http_auth_request_module lets a request through on the auth
 * service's 2xx, refuses it with the service's 401 or 403, and for any other status logs
 * `auth request unexpected status: %ui` and answers the client 500 (nginx/nginx src/http/modules/
 * ngx_http_auth_request_module.c, ngx_http_auth_request_handler). Whatever token arrives, the same happens: the proxy is
 * wired to an endpoint that cannot answer its question (a sign-in page's 302: vouch/vouch-proxy#300,
 * authelia/authelia#394; a wrong path's 404; a failing service's 5xx).
 */
import type { Fragment, Reading } from './matcher.js';
import { family, type Matcher } from './matcher.js';

const nginx = family('nginx');

const STATUS = /^(\d{3})\b/;

function subrequestStatus(f: Fragment): Reading | null {
  const status = STATUS.exec(f.after(8))?.[1];
  // The module never logs these three: were they there, the words would be someone else's.
  if (status === undefined || status.startsWith('2') || status === '401' || status === '403') return null;
  return { args: { reason: 'auth-request', actual: status }, extend: 3 };
}

export const NGINX: readonly Matcher[] = [
  nginx('auth-request-status', 'verifier.misconfigured', 'auth request unexpected status: ', {
    read: subrequestStatus,
  }),
];
