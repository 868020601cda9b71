import type { Context } from '../context.js';

/**
 * A container registry's token authentication (distribution/distribution docs/spec/auth/token.md, "Docker Registry v2
 * authentication via central service"): a client's first request carries no token, the registry answers 401 with
 * `WWW-Authenticate: Bearer realm="<token service>",service="<registry>",scope="repository:<name>:<actions>"`, the
 * client requests a token from the realm for that service and scope (with the credentials docker login stored) and
 * retries with it. RFC 6750's challenge has no `service`: with the registry's API path (`/v2/`) or its
 * Docker-Distribution-Api-Version header, the challenge is that first step.
 */
export function registryTokenChallenge(ctx: Context): boolean {
  let found = false;
  for (const { field, result } of ctx.challenges) {
    if (field.name === 'proxy-authenticate') continue;
    for (const ch of result.challenges)
      if (
        ch.scheme.toLowerCase() === 'bearer' &&
        ch.params.error === undefined &&
        ch.params.realm !== undefined &&
        ch.params.service !== undefined
      )
        found = true;
  }
  if (!found) return false;
  return ctx.lower.includes('/v2/') || ctx.http.headers.some((h) => h.name === 'docker-distribution-api-version');
}

/**
 * The registry's UNAUTHORIZED "authentication required" as a registry client prints it (parse/client-errors.ts,
 * parse/error-bodies.ts): what the client said at the end of the token exchange, not a request seen without a token.
 */
export function registryRefused(ctx: Context): boolean {
  return ctx.stated.some((s) => s.via === 'docker-registry');
}
