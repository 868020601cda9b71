import type { CodeArgs, RegistryClient } from '../args.js';
import type { Context } from '../context.js';
import { REGISTRY_TOKEN_SERVICE } from '../parse/client-errors.js';

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

/**
 * The registry client the paste runs, when it has a login of its own: `crane auth login` (google/go-containerregistry
 * cmd/crane/doc/crane_auth_login.md), `cosign login` (sigstore/cosign doc/cosign_login.md), `trivy registry login` or
 * TRIVY_USERNAME/TRIVY_PASSWORD (trivy.dev docs/advanced/private-registries), `helm registry login` for a chart in an OCI
 * registry (helm.sh docs/helm/helm_registry_login; helm/helm#10373). Its name as a command word (at a line's
 * start or after `$ `), or as its log's prefix; docker's login is the default. Asked only on a registry's refusal.
 */
export function registryClient(ctx: Context): RegistryClient | null {
  const lower = ctx.lower;
  for (const name of REGISTRY_CLIENTS) {
    let at = lower.indexOf(name);
    for (let n = 0; at >= 0 && n < MAX_MENTIONS; n++, at = lower.indexOf(name, at + name.length))
      if (commandWord(lower, at, name.length)) return name;
  }
  return null;
}
const REGISTRY_CLIENTS: readonly RegistryClient[] = ['crane', 'cosign', 'trivy', 'helm'];
/** Mentions looked at per name: a paste that says a name this often and never runs it is not run by it. */
const MAX_MENTIONS = 8;

/** `crane pull …`, `$ cosign sign …`, `- run: trivy image …`: the name, then a blank or `:`, at a command's start. */
function commandWord(lower: string, at: number, length: number): boolean {
  const after = lower.charCodeAt(at + length);
  if (after !== 0x20 && after !== 0x3a) return false;
  let i = at - 1;
  while (i >= 0 && (lower.charCodeAt(i) === 0x20 || lower.charCodeAt(i) === 0x09)) i--;
  if (i < 0 || lower.charCodeAt(i) === 0x0a) return true;
  const before = lower.charCodeAt(i);
  // `$ crane`, `> cosign`, `run: trivy`, `` `crane ``, `| crane`, `&& crane`
  return before === 0x24 || before === 0x3e || before === 0x3a || before === 0x60 || before === 0x7c || before === 0x26;
}

/** token.missing's args for a registry's refusal as a client printed it. */
export function registryArgs(ctx: Context): CodeArgs['token.missing'] {
  const client = registryClient(ctx);
  const args: CodeArgs['token.missing'] = { client: 'docker-registry' };
  if (client !== null) args.registryClient = client;
  // The token service, not the registry, refused: the login's credentials (parse/client-errors.ts).
  if (ctx.stated.some((s) => s.via === 'docker-registry' && s.description === REGISTRY_TOKEN_SERVICE))
    args.tokenService = true;
  return args;
}
