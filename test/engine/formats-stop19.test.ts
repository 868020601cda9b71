/**
 * Readings added in stop 19 by the coordinator: nginx's auth_request subrequest refused with a status the module does
 * not take. Each group ends with the same words out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// ngx_http_auth_request_module.c logs "auth request unexpected status: %ui" for anything but 2xx, 401 and 403 and
// answers 500 (vouch/vouch-proxy#300 and authelia/authelia#394 show the 302 of a sign-in page behind it).
const NGINX_302 =
  '2026/11/19 08:41:02 [error] 31#31: *1 auth request unexpected status: 302 while sending to client, client: 10.0.0.1, server: api.example.com, request: "GET /v1 HTTP/1.1", host: "api.example.com"';

const NGINX_AUTH_REQUEST: Row[] = [
  { name: 'a 302 from the auth service', input: NGINX_302, ...REFUSED, top: 'verifier.misconfigured', via: 'nginx' },
  {
    name: 'a 404, in an ingress-nginx controller log',
    input: NGINX_302.replace('302', '404').replace('2026/11/19', 'ingress-nginx-controller-7d9f 2026/11/19'),
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'nginx',
  },
  {
    name: 'out of shape: a 401 is the module refusing, not its wiring',
    input: `${S401}\n${NGINX_302.replace('302', '401')}`,
    ...A401,
    excludes: ['verifier.misconfigured'],
  },
  {
    name: 'out of shape: the words without a status',
    input: 'we grep for "auth request unexpected status: " in the logs',
    ...QUIET,
    excludes: ['verifier.misconfigured'],
  },
];

describe('nginx auth_request: a status the module does not take', () => {
  for (const row of NGINX_AUTH_REQUEST) it(row.name, () => expectPasteRow(row));
  it('names the status and what it means, in English and Japanese', async () => {
    const en = await expectPasteRow(NGINX_AUTH_REQUEST[0] as Row);
    const f = en.findings[0];
    expect(f?.args).toEqual({ via: 'nginx', subrequestStatus: 302 });
    expect(f?.title).toBe('nginx’s auth_request got 302 from the auth service');
    expect(f?.detail).toContain('sign-in page');
    expect(en.nextSteps.join('\n')).toContain('/oauth2/auth');
    const ja = await expectPasteRow(NGINX_AUTH_REQUEST[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('auth_request');
    expect(ja.findings[0]?.detail).toContain('サインイン画面');
    const notFound = await expectPasteRow(NGINX_AUTH_REQUEST[1] as Row);
    expect(notFound.findings[0]?.detail).toContain('URL or path is wrong');
  });
});
