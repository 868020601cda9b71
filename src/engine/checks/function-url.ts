import type { Context } from '../context.js';
import type { Signal } from './proxy.js';

/** A Lambda function URL's host, `<url-id>.lambda-url.<region>.on.aws`. */
export function lambdaUrlHost(host: string): boolean {
  return host.includes('.lambda-url.') && host.endsWith('.on.aws');
}

/** The function URL's short refusal, folded, with and without a blank after the colon. */
const FORBIDDEN_BODIES = ['{"message":"forbidden"}', '{"message": "forbidden"}'] as const;

/**
 * A Lambda function URL's own 403 before the function ran, in its short form, `{"Message":"Forbidden"}`
 * (awslabs/aws-sdk-rust#515: a function URL created with auth type NONE and curled, "Forbidden" until its
 * configuration was saved again; the longer form names its troubleshooting page, parse/proxy-texts.ts). API Gateway
 * answers `{"message":"Forbidden"}` too, so only the request's function URL host names Lambda; a 403, or no status
 * shown, since the body is the refusal's own.
 */
export function lambdaUrlForbiddenBody(ctx: Context, status: number | null, body: string): Signal | null {
  if (status !== null && status !== 403) return null;
  if (!lambdaUrlHost(ctx.requestHost?.toLowerCase() ?? '')) return null;
  for (const text of FORBIDDEN_BODIES) {
    const at = body.indexOf(text);
    if (at >= 0)
      return {
        product: 'AWS Lambda function URL',
        signal: '{"Message":"Forbidden"}',
        generated: true,
        log: [at, at + text.length],
      };
  }
  return null;
}
