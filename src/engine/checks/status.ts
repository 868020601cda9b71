import type { Context } from '../context.js';
import { defineCheck, finding } from './define.js';

/**
 * A status other than 401/403 is diagnosed anyway, but said. `status.mismatch` needs every other finding,
 * so the classifier (classify.ts) emits it after the checks have run.
 */
export const statusCheck = defineCheck({
  id: 'status',
  codes: ['status.not-auth'],
  run(ctx: Context) {
    const status = ctx.http.status;
    if (status === null || status.code === 401 || status.code === 403) return [];
    return [finding('status.not-auth', { status: status.code }, ctx.evidenceAt(status.start, status.end), 'status')];
  },
});
