import type { Context } from '../context.js';
import { jsonText } from '../json-text.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';

/**
 * The `aud` values of a Microsoft Graph access token, as Microsoft's support article lists them (MicrosoftDocs
 * SupportArticles-docs, support/entra/entra-id/app-integration/troubleshooting-signature-validation-errors.md, "Step 2:
 * Validate the audience claim of the access token"): the public, US Government and DoD clouds' hosts, with or without a
 * trailing slash, and Graph's application id.
 */
const GRAPH_AUDIENCES: ReadonlySet<string> = new Set([
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
  'https://graph.microsoft.us',
  'https://graph.microsoft.us/',
  'https://dod-graph.microsoft.us',
  'https://dod-graph.microsoft.us/',
  '00000003-0000-0000-c000-000000000000',
]);

/** The hosts a Graph token is meant for: sent there, the token is where it belongs. */
const GRAPH_HOSTS: ReadonlySet<string> = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
]);

/**
 * Okta's hosted domains: an issuer there with no path is the org authorization server (developer.okta.com, "Validate
 * access tokens": "Access tokens from the org authorization server, as signified by an issuer https://${yourOktaOrg},
 * shouldn't be consumed or validated by any application other than Okta"). A custom authorization server's issuer has a
 * path (`/oauth2/default`, `/oauth2/aus…`).
 */
export const OKTA_DOMAINS = ['.okta.com', '.oktapreview.com', '.okta-emea.com', '.okta-gov.com', '.okta.mil'];
/** `https://host` or `https://host/`: an issuer or audience that is an origin and nothing more; its host, or null. */
const ORIGIN_ONLY = /^https:\/\/([a-z0-9.-]{1,253})\/?$/i;

/**
 * The org authorization server's audience when the token is one of its access tokens: `iss` and `aud` are the same
 * origin, Okta's support article's marker (Okta KB "Validation Failed on Access Token Issued by the Org Authorization
 * Server": the issuer is the base domain URL and the audience the Okta org), on an Okta domain or, on a custom domain,
 * with the claims Okta's access tokens carry (`cid`, a `jti` starting `AT.`). Null otherwise.
 */
export function oktaOrgAudience(claims: Readonly<Record<string, unknown>>): string | null {
  const { iss, aud } = claims;
  if (typeof iss !== 'string' || typeof aud !== 'string') return null;
  // The same origin, written with or without its trailing `/`: lengths a character apart at most. Most tokens' `iss`
  // and `aud` are not, and are told without a regex (the two execs were ~0.4% of a diagnosis on the examples).
  if (iss.length - aud.length > 1 || aud.length - iss.length > 1) return null;
  const host = ORIGIN_ONLY.exec(iss)?.[1]?.toLowerCase();
  if (host === undefined || ORIGIN_ONLY.exec(aud)?.[1]?.toLowerCase() !== host) return null;
  const oktaHost = OKTA_DOMAINS.some((d) => host.endsWith(d));
  const oktaClaims = typeof claims.cid === 'string' && typeof claims.jti === 'string' && claims.jti.startsWith('AT.');
  return oktaHost || oktaClaims ? aud : null;
}

/**
 * Auth0's own APIs on a tenant's canonical domain (`<tenant>.auth0.com`, or a regional `<tenant>.us.auth0.com`): the
 * Management API v2, audience `https://<tenant>.auth0.com/api/v2/` (auth0.com/docs, Management API Access Tokens:
 * "The audience value for the is https://{yourDomain}/api/v2/"), and the /userinfo endpoint (auth0.com/docs, Get Access
 * Tokens, "Control access token audience": /userinfo, Auth0 Management API v2 and "your own custom API" are the three
 * audiences a token can be for; a custom API's audience with `openid` adds /userinfo beside it, as an array).
 */
const AUTH0_API = /^https:\/\/([a-z0-9-]{1,63}(?:\.[a-z]{2})?\.auth0\.com)\/(api\/v2\/?|userinfo)$/i;

/**
 * The Auth0 API a token is for, when that is all it is for: an `aud` naming the Management API (alone, or beside its
 * tenant's /userinfo), or only /userinfo. A custom API's audience beside /userinfo is the normal shape and is not read.
 */
export function auth0Audience(
  aud: unknown,
): { api: 'auth0-management' | 'auth0-userinfo'; aud: string; host: string } | null {
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (list.length === 0 || list.length > 4) return null;
  let management: { aud: string; host: string } | null = null;
  let userinfo: { aud: string; host: string } | null = null;
  for (const a of list) {
    const m = typeof a === 'string' ? AUTH0_API.exec(a) : null;
    if (m === null) return null;
    const found = { aud: a as string, host: (m[1] as string).toLowerCase() };
    if ((m[2] as string).startsWith('api')) management = found;
    else userinfo = found;
  }
  if (management !== null) return { api: 'auth0-management', ...management };
  return userinfo === null ? null : { api: 'auth0-userinfo', ...userinfo };
}

/**
 * The audiences Microsoft Graph accepts when the request went to one of its hosts (its URL there, and its application
 * id), or null for any other host.
 */
export function graphReceiverAudiences(host: string | null): string[] | null {
  const h = host?.toLowerCase();
  return h === undefined || !GRAPH_HOSTS.has(h) ? null : [`https://${h}`, '00000003-0000-0000-c000-000000000000'];
}

/** The Graph audience a token carries (its `aud`, or one member of it), or null. */
export function graphAudience(aud: unknown): string | null {
  if (typeof aud === 'string') return GRAPH_AUDIENCES.has(aud) ? aud : null;
  if (Array.isArray(aud)) for (const a of aud) if (typeof a === 'string' && GRAPH_AUDIENCES.has(a)) return a;
  return null;
}

/**
 * A token minted for another service's API sent to one's own:
 * - a Microsoft Graph access token (a client that asked Entra ID for `User.Read` or
 *   `https://graph.microsoft.com/.default` and sent what it got to its own API). Only Graph can validate such a token:
 *   its header carries a `nonce` that Graph alone accounts for, so every other verifier fails its signature (IDX10511,
 *   "invalid signature") however its keys are set up, and its `aud` is Graph's. The fix is on the client: request a
 *   token for the API's own scope (`api://<app id>/.default` or a scope it exposes);
 * - an access token of Okta's org authorization server (`iss` and `aud` the org's origin), meant for Okta's own APIs:
 *   the fix is a custom authorization server for the API;
 * - an Auth0 token for the tenant's Management API (the dashboard's API Explorer token, a client-credentials grant
 *   copied from a Management API sample) or for its /userinfo endpoint only (`audience=…/userinfo`): the fix is the
 *   API's own identifier as `audience`.
 *
 * Not reported when the request went to that API itself, when the caller expects that audience, or on a 2xx.
 */
export const otherApiCheck = defineCheck({
  id: 'other-api',
  codes: ['token.for-other-api'],
  run(ctx: Context) {
    const out: FindingData<'token.for-other-api'>[] = [];
    const claims = ctx.claims;
    if (claims === null || claims.aud === undefined) return out;
    const graph = graphAudience(claims.aud);
    const okta = graph === null ? oktaOrgAudience(claims) : null;
    const auth0 = graph === null && okta === null ? auth0Audience(claims.aud) : null;
    const found =
      graph !== null
        ? { api: 'microsoft-graph' as const, aud: graph }
        : okta !== null
          ? { api: 'okta-org' as const, aud: okta }
          : auth0;
    if (found === null) return out;
    const { api, aud } = found;
    const host = ctx.requestHost === null ? null : ctx.requestHost.toLowerCase();
    // Sent to the API it is for (Graph; the Okta org's or the Auth0 tenant's own API), the token is where it belongs.
    const ownHost =
      graph !== null
        ? GRAPH_HOSTS.has(host ?? '')
        : (auth0?.host ?? ORIGIN_ONLY.exec(aud)?.[1]?.toLowerCase()) === host;
    if (host !== null && ownHost) return out;
    // No request host, but the paste names Graph's (a prose "calling graph.microsoft.com/v1.0/me returns 401", a Graph
    // SDK's log): the token may be going where it belongs, and Graph's own refusal is another matter.
    if (host === null && graph !== null && ctx.lower.includes('graph.microsoft.')) return out;
    // Graph's own refusal (its InvalidAuthenticationToken body, its words) says the token went to Graph: whatever it
    // lacked, being for another API is not it (OfficeDev/outlook-dev-docs#508, a Graph token sent as "Bearer Bearer …").
    if (
      graph !== null &&
      (ctx.stated.some((e) => e.via === 'microsoft-graph') || ctx.hits.some((h) => h.hit.library === 'microsoft-graph'))
    )
      return out;
    if (ctx.expected.audiences.some((e) => e.value === aud)) return out;
    const status = ctx.http.status;
    if (status !== null && status.code >= 200 && status.code < 300) return out;
    const headerNonce = ctx.header !== null && typeof ctx.header.nonce === 'string';
    // Sent to another host, or refused by its verifier: the token was certainly not for the API that failed. Pasted
    // with neither, it may have been meant for Graph after all, and the reader is asked to check where it went.
    const refused = host !== null || status !== null || ctx.hits.length > 0 || ctx.stated.length > 0;
    const evidence = `aud: ${jsonText(claims.aud)}`;
    out.push(
      finding(
        'token.for-other-api',
        { api, aud, host, headerNonce },
        evidence.length > 160 ? `${evidence.slice(0, 157)}...` : evidence,
        ctx.claimsSource,
        refused ? undefined : 'warning',
      ),
    );
    return out;
  },
});
