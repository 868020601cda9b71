import type { CodeArgs, ServiceProvider } from '../args.js';

/**
 * What a refusal for a service not enabled names besides its words (parse/verifier-messages/service-enablement.ts):
 * Google's API, by its host in the ErrorInfo's `service` or its activation URL, else its title before "has not been
 * used" or before "API error: ApiNotActivatedMapError", and its consumer project; Azure's resource-provider namespace;
 * the AWS service S3's NotSignedUp names. Each is read in a bounded window around the words, never across the paste.
 */
export function serviceNotEnabledArgs(
  text: string,
  start: number,
  end: number,
  via: string,
  provider: ServiceProvider,
): CodeArgs['policy.service-not-enabled'] {
  const near = text.slice(Math.max(0, start - 800), Math.min(text.length, end + 800));
  const after = text.slice(end, Math.min(text.length, end + 200));
  if (provider === 'azure') {
    const ns = /namespace '([A-Za-z0-9.]{1,80})'/.exec(after) ?? /namespace '([A-Za-z0-9.]{1,80})'/.exec(near);
    return { via, provider, service: ns?.[1] ?? null, project: null };
  }
  if (provider === 'aws') {
    const signedUp = /not signed up for the ([A-Za-z0-9 ]{1,40}) service/.exec(near);
    return { via, provider, service: signedUp?.[1] ?? null, project: null };
  }
  const host =
    /"service"\s?:\s?"([a-z0-9.-]{1,80}\.googleapis\.com)"/.exec(near)?.[1] ??
    /\/apis\/api\/([a-z0-9.-]{1,80}\.googleapis\.com)\//.exec(near)?.[1];
  const title =
    /([A-Z][A-Za-z0-9 ]{0,60} API) has not been used in project/.exec(near)?.[1] ??
    /([A-Z][A-Za-z0-9 ]{0,60} API) error: ApiNotActivatedMapError/.exec(near)?.[1];
  const project =
    /has not been used in project ([a-z0-9-]{1,64}) before/.exec(near)?.[1] ??
    /"consumer"\s?:\s?"projects\/([a-z0-9-]{1,64})"/.exec(near)?.[1] ??
    null;
  return { via, provider, service: host ?? title ?? null, project };
}
