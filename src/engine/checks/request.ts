import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import type { FindingData } from '../types.js';
import { finding } from './define.js';

/**
 * A framework's CSRF protection refused the request (the rows of parse/verifier-messages/csrf.ts), reported by the
 * verifier-log check as the request's own refusal: the token was never judged. Not on a 2xx: the request went through.
 */
export function csrfRejected(
  ctx: Context,
  via: string,
  evidence: string,
  source: FindingData['source'],
): FindingData<'request.csrf-rejected'> | null {
  const status = ctx.http.status?.code;
  if (status !== undefined && status >= 200 && status < 300) return null;
  const args: CodeArgs['request.csrf-rejected'] = { via };
  const method = ctx.http.request.method;
  if (method !== null) args.method = method.toUpperCase();
  if (ctx.token?.foundIn === 'authorization-header' && ctx.authorization?.parsed.scheme?.toLowerCase() === 'bearer')
    args.bearerSent = true;
  return finding('request.csrf-rejected', args, evidence, source);
}
