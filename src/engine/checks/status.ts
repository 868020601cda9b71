import type { Context } from '../context.js';
import { defineCheck, finding } from './define.js';

/**
 * A status other than 401/403 is diagnosed anyway, but said. `status.mismatch` needs every other finding,
 * so the classifier (classify.ts) emits it after the checks have run.
 *
 * A 407 is a forward proxy's refusal (RFC 9110 §15.5.8, https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8: "the
 * client needs to authenticate itself in order to use a proxy", with a Proxy-Authenticate challenge): the request
 * stopped at the proxy, which reads Proxy-Authorization (§11.7.2), never the API's Authorization. That alone explains
 * the failure, so it is an error (docs/findings.md), with the proxy's scheme and realm as its args.
 */
export const statusCheck = defineCheck({
  id: 'status',
  codes: ['status.not-auth'],
  run(ctx: Context) {
    const status = ctx.http.status;
    if (status === null || status.code === 401 || status.code === 403) return [];
    if (status.code === 407) {
      const challenge = ctx.challengesInPaste.find((c) => c.field.name === 'proxy-authenticate');
      const first = challenge?.result.challenges[0];
      const realm = first?.params.realm;
      const proxy = { scheme: first?.scheme ?? null, realm: typeof realm === 'string' ? realm : null };
      const at = challenge?.field ?? status;
      const source = challenge === undefined ? 'status' : 'response-header';
      return [finding('status.not-auth', { status: 407, proxy }, ctx.evidenceAt(at.start, at.end), source, 'error')];
    }
    return [finding('status.not-auth', { status: status.code }, ctx.evidenceAt(status.start, status.end), 'status')];
  },
});
