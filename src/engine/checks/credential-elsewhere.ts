/**
 * Whether the paste shows the request's credential travelling outside Authorization, where the product it went to
 * reads it: then "no Authorization header" is no finding, whatever else is wrong. One rule for what used to be several
 * exemptions in authz-header.ts (an identity-aware proxy's assertion header, GitLab's PRIVATE-TOKEN, a product's key, an
 * Azure SAS judged by Storage). A header that merely looks like a credential (`X-Auth-Token` to an API that challenges
 * with Bearer) is not here: that is the misnamed Authorization authz-header.missing exists to name.
 */
import type { Context } from '../context.js';
import { toolKeyHeader } from '../parse/verifier-messages/dev-tools.js';
import type { FindingData } from '../types.js';
import { gitlabApi, sentGitlabHeader } from './gitlab.js';
import { productKeySent } from './product-key-sent.js';
import { refusedOwnCredential } from './proxy.js';

/** Where the credential went instead: a header its product reads, a signed URL's signature, a product's session cookie. */
export type CredentialElsewhere = 'header' | 'signed-url' | 'session-cookie' | 'own-credential';

/**
 * Request headers that carry a credential in place of Authorization, so a request with one sent one. Mostly where an
 * identity-aware proxy hands the application its own signed JWT: Cloudflare Access (`Cf-Access-Jwt-Assertion`,
 * developers.cloudflare.com "Validate JWTs"), Pomerium (`X-Pomerium-Jwt-Assertion`), Google IAP
 * (`x-goog-iap-jwt-assertion`) and an ALB's authenticate action (`x-amzn-oidc-data`, `x-amzn-oidc-accesstoken`): an
 * application behind one verifies that header, not Authorization.
 */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'cf-access-jwt-assertion',
  'x-pomerium-jwt-assertion',
  'x-goog-iap-jwt-assertion',
  'x-amzn-oidc-data',
  'x-amzn-oidc-accesstoken',
  // AWS Verified Access's signed user claims to the application (docs.aws.amazon.com/verified-access, user-claims-passing).
  'x-amzn-ava-user-context',
  // oauth2-proxy: --pass-access-token's header to the upstream, and --set-xauthrequest's (copied on by nginx's
  // auth_request_set, Traefik's authResponseHeaders): oauth2-proxy.github.io, configuration/integration.
  'x-forwarded-access-token',
  'x-auth-request-access-token',
  // WSO2 API Manager's backend JWT, which its gateway sends the backend to verify (wso2/product-apim#7751).
  'x-jwt-assertion',
  // A client's credentials for Cloudflare Access itself, which it checks at the edge: a service token's pair
  // (developers.cloudflare.com cloudflare-one/identity/service-tokens) and cloudflared access curl's app token
  // (`Cf-Access-Token`, cloudflare/cloudflared#1646). A request carrying them authenticates to Access, not with a bearer.
  'cf-access-client-id',
  'cf-access-token',
  // A product that reads its own API token from a header of its own: Chatwork's X-ChatWorkToken
  // (developer.chatwork.com/docs/endpoints: every request carries the API token in it).
  'x-chatworktoken',
  // Backends as a service that read their own credential headers (round audit-an): Parse Server's session token and
  // keys (docs.parseplatform.org/rest/guide, "Request Format"), Hasura's admin secret (hasura.io/docs, "Securing the
  // GraphQL endpoint"), NocoDB's API token and auth token (nocodb.com/docs, "API Tokens": xc-token; nocodb/nocodb#2544:
  // "HTTP node with xc-auth/xc-token header will work"), Appwrite's API key, JWT and session (appwrite.io/docs/apis/rest,
  // "Headers").
  'x-parse-session-token',
  'x-parse-master-key',
  'x-parse-rest-api-key',
  'x-parse-javascript-key',
  'x-parse-client-key',
  'x-hasura-admin-secret',
  'x-hasura-access-key',
  'xc-token',
  'xc-auth',
  'x-appwrite-key',
  'x-appwrite-jwt',
  'x-appwrite-session',
]);

/**
 * Cookies a product names as its sign-in session, which its server reads in place of a bearer header: Clerk's
 * `__session` ("For same-origin requests, the session token is included in the __session cookie", clerk.com/docs
 * backend-requests/overview), Auth.js's session token (next-auth core/lib/cookie.js defaultCookies:
 * `${cookiePrefix}next-auth.session-token`; v5's `authjs.session-token`, nextauthjs/next-auth discussions#11811),
 * oauth2-proxy's `_oauth2_proxy` (its --cookie-name default; oauth2-proxy/oauth2-proxy#428) and Cloudflare Access's
 * `CF_Authorization` (developers.cloudflare.com cloudflare-one/identity/authorization-cookie). A generic `session=` is
 * no product's word: an API that wants a bearer token gets nothing from it, and the finding stays.
 */
const SESSION_COOKIES: readonly string[] = [
  '__session',
  'next-auth.session-token',
  '__secure-next-auth.session-token',
  'authjs.session-token',
  '__secure-authjs.session-token',
  '_oauth2_proxy',
  'cf_authorization',
];

/**
 * A query string that signs the request itself: SigV4's `X-Amz-Signature` (docs.aws.amazon.com AmazonS3 API
 * sigv4-query-string-auth), SigV2's `Signature` with `Expires` (RestAuthentication, "Query string request
 * authentication alternative") and CloudFront's with `Key-Pair-Id` (private-content-creating-signed-url-canned-policy),
 * Cloud Storage's `X-Goog-Signature` (cloud.google.com/storage/docs/access-control/signed-urls), an Azure SAS's `sig`
 * with its `sv` or `se` (learn.microsoft.com rest/api/storageservices/create-service-sas). The signature is the
 * credential; no Authorization goes with it.
 */
export function signedQuery(url: string | null): boolean {
  if (url === null) return false;
  const q = url.indexOf('?');
  if (q < 0) return false;
  const query = url.slice(q).toLowerCase();
  if (query.includes('x-amz-signature=') || query.includes('x-goog-signature=')) return true;
  if (/[?&]signature=/.test(query) && /[?&](?:expires|key-pair-id)=/.test(query)) return true;
  return /[?&]sig=/.test(query) && /[?&]s[ve]=/.test(query);
}

/**
 * Rocket.Chat's REST API reads its auth token from X-Auth-Token beside the user's id in X-User-Id
 * (RocketChat/Rocket.Chat#10792): the pair is a credential sent, and so is a tool's own key header (X-Auth-Token,
 * X-API-Key) to that tool when it answered. Other APIs do not read X-Auth-Token (GitLab's, Mattermost's), so the header
 * alone is not one.
 */
function sentRocketChatPair(ctx: Context): boolean {
  let token = false;
  let user = false;
  for (const h of ctx.http.headers) {
    if (h.side === 'response') continue;
    if (h.name === 'x-auth-token') token = true;
    else if (h.name === 'x-user-id') user = true;
  }
  return (token && user) || toolHeaderSent(ctx);
}

/** A tool answered that reads its key from a header of its own, and the request carried that header. */
function toolHeaderSent(ctx: Context): boolean {
  for (const { hit } of ctx.hits) {
    const name = toolKeyHeader(hit.library);
    if (name !== undefined && ctx.http.headers.some((h) => h.side !== 'response' && h.name === name)) return true;
  }
  return false;
}

function sessionCookieSent(ctx: Context): boolean {
  for (const h of ctx.http.headers) {
    if (h.side === 'response' || h.name !== 'cookie') continue;
    for (const part of h.value.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && SESSION_COOKIES.includes(part.slice(0, eq).trim().toLowerCase())) return true;
    }
  }
  return false;
}

/** Where the paste shows the request's credential outside Authorization, or null when it shows none. */
export function credentialElsewhere(ctx: Context, prior: readonly FindingData[]): CredentialElsewhere | null {
  if (ctx.http.headers.some((h) => h.side !== 'response' && CREDENTIAL_HEADERS.has(h.name))) return 'header';
  if (sentRocketChatPair(ctx)) return 'header';
  // GitLab reads its access tokens from PRIVATE-TOKEN and job tokens from JOB-TOKEN (checks/gitlab.ts).
  if (sentGitlabHeader(ctx) && gitlabApi(ctx)) return 'header';
  // A product's key in the header or parameter its product reads (x-api-key, ?key=AIza…).
  if (productKeySent(ctx) !== null) return 'header';
  if (signedQuery(ctx.http.request.url)) return 'signed-url';
  // Azure Storage judged the request's SAS and found it lacked a permission or resource type (policy.deny's sas,
  // verifier-messages/signed-urls.ts): it travelled in the query, whether or not the paste shows the request line.
  if (prior.some((f) => f.code === 'policy.deny' && f.args.sas !== undefined)) return 'signed-url';
  if (sessionCookieSent(ctx)) return 'session-cookie';
  // A gateway that said it refused a credential of its own (an API key, its session, a SigV4 signature) that no
  // bearer token stands in for: its words name where the credential goes.
  if (prior.some(refusedOwnCredential)) return 'own-credential';
  // Kong's ACL plugin refuses a consumer its auth plugin already identified (kong/plugins/acl/handler.lua: "You cannot
  // consume this service" for groups its lists exclude; since Kong 2.0 the anonymous consumer gets 401 "Unauthorized"
  // instead, Kong/kong#5452): the credential was sent where that plugin reads it, an API key in `?apikey=` as often as a
  // header (Kong/kong#3522).
  if (ctx.hits.some((h) => h.hit.id === KONG_ACL)) return 'own-credential';
  return null;
}

/** The verifier-message row of Kong's ACL refusal (verifier-messages/gateways.ts). */
const KONG_ACL = 'kong.acl';

/** Whether the credential is one the paste itself shows in the request, not only one a gateway's words name. */
export function shownElsewhere(where: CredentialElsewhere | null): boolean {
  return where !== null && where !== 'own-credential';
}
