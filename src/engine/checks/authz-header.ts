import type { AuthzFormatProblem } from '../args.js';
import { misnamedAuthorization } from '../authorization-values.js';
import type { Context } from '../context.js';
import { note } from '../evidence.js';
import type { HeaderField } from '../parse/http.js';
import { OWN_CREDENTIAL_TOOLS, toolTakesScheme } from '../parse/verifier-messages/dev-tools.js';
import { UNEXPANDED_VARIABLE } from '../token/decode.js';
import type { FindingData } from '../types.js';
import { ANSWERING_PRODUCTS } from './answering-product.js';
import { basicArgs, basicChallengeOnly } from './basic-only.js';
import { credentialElsewhere } from './credential-elsewhere.js';
import { refusedBasicCredential } from './credential-kind.js';
import { defineCheck, finding } from './define.js';
import { giteaTakesScheme } from './gitea.js';
import { gitlabApi } from './gitlab.js';
import { isPreflight } from './preflight.js';
import { registryTokenChallenge } from './registry-token.js';
import { schemeCutAtPasteEnd } from './scheme-cut.js';
import { authorizationSentAnyway } from './token-judged.js';
import { unexpandedVariable } from './unexpanded.js';

type Out = FindingData<
  | 'authz-header.missing'
  | 'authz-header.scheme'
  | 'authz-header.double-prefix'
  | 'authz-header.format'
  | 'authz-header.url-encoded'
>;

/**
 * A browser's WebSocket handshake shown as sent: Upgrade: websocket with a Sec-WebSocket-Key (RFC 6455 §4.1) and the
 * Origin a browser always adds (§4.1, item 8; Node's ws sends none unless told). The browser's WebSocket API takes a URL
 * and subprotocols, no headers (checks/browser-transport.ts), so this request could not have carried Authorization
 * (SignalR/SignalR#3880: IIS's 403 to such a handshake, pasted from the browser's network panel).
 */
function browserWebSocketHandshake(ctx: Context): boolean {
  let upgrade = false;
  let key = false;
  let origin = false;
  for (const h of ctx.http.headers) {
    if (h.side === 'response') continue;
    if (h.name === 'upgrade' && h.value.toLowerCase() === 'websocket') upgrade = true;
    else if (h.name === 'sec-websocket-key') key = true;
    else if (h.name === 'origin') origin = true;
  }
  return upgrade && key && origin;
}

/**
 * A request shown by a command line alone, with no header option (`wget "http://10.0.3.86:4191/metrics"`, `curl
 * https://host/x`): the command shows what it was told to send, and wget and curl send no Authorization unless told
 * (GNU Wget's manual, "HTTP Options": --header, --user; curl's -H, -u, --oauth2-bearer). That it sent none matters only
 * where the paste is about a token-protected API: a 401, a Bearer challenge, a token in the paste, the server's own words
 * that no credential came or the one it got was refused. Where the server's own words say only that a policy denied the
 * caller, the paste is about the caller's identity, not a header it lacked: a Prometheus scrape of a mesh proxy's metrics
 * port refused by its authorization policy (linkerd/linkerd2#13013). A bare 403 says neither, and keeps the finding.
 */
function bareCommandAboutNoToken(ctx: Context): boolean {
  if (ctx.http.headers.some((h) => h.side === 'request')) return false;
  if (ctx.http.status?.code === 401 || ctx.token !== null) return false;
  for (const { result } of ctx.challenges)
    for (const ch of result.challenges) if (ch.scheme.toLowerCase() === 'bearer') return false;
  if (ctx.stated.some((s) => s.kind !== 'forbidden')) return false;
  return ctx.hits.length > 0 && ctx.hits.every((h) => h.hit.code === 'policy.deny');
}

/**
 * A product that takes its own credential and said it got none (Gitea's "token is required", Jenkins' anonymous
 * caller), or any other that said so in its own words (Money Forward's ログインしてください, audit-ap): `via` names it.
 */
function ownerOf(ctx: Context): { via?: string } {
  const owner = ctx.hits.find(
    (h) =>
      h.hit.code === 'token.missing' &&
      (OWN_CREDENTIAL_TOOLS.has(h.hit.library) || ANSWERING_PRODUCTS.has(h.hit.library)),
  );
  return owner === undefined ? {} : { via: owner.hit.library };
}

/** The request's Authorization header: present, Bearer, one prefix, RFC 6750 b64token, not percent-encoded. */
export const authzHeaderCheck = defineCheck({
  id: 'authz-header',
  codes: [
    'authz-header.missing',
    'authz-header.scheme',
    'authz-header.double-prefix',
    'authz-header.format',
    'authz-header.url-encoded',
  ],
  run(ctx: Context, prior) {
    const out: Out[] = [];
    const authz = ctx.authorization;
    if (authz === null) {
      // "Absent is not missing": only a paste that shows the request's headers can lack one.
      const cut = ctx.http.authorizationCutAt;
      if (cut >= 0) {
        // `curl https://host/x?a=1&b=2 -H "Authorization: …"`, or `curl https://host/x "Authorization: …"`: the header
        // is in the paste, not in the request.
        out.push(
          finding(
            'authz-header.missing',
            { otherCredentials: null, cutBy: ctx.http.authorizationCutBy, ...ownerOf(ctx) },
            // The `&`, or the bare header's name up to its colon (its value is the token).
            ctx.evidenceAt(cut, ctx.http.authorizationCutBy === '&' ? cut + 1 : ctx.text.indexOf(':', cut) + 1),
            'request-header',
          ),
        );
      } else if (ctx.http.requestShown && tokenInQuery(ctx.http.request.url)) {
        if (queryTokenUnread(ctx))
          out.push(
            finding(
              'authz-header.missing',
              { otherCredentials: 'query' },
              `${ctx.http.request.method ?? 'request'} ${ctx.redactor.redact(ctx.http.request.url ?? '')}`,
              'request-header',
              'warning',
            ),
          );
      } else if (
        ctx.http.requestShown &&
        // curl's `> CONNECT api.example.com:443` asks a forward proxy for a tunnel (RFC 9110 §9.3.6): the API's
        // request, with its Authorization, goes through the tunnel and is not shown.
        ctx.http.request.method !== 'CONNECT' &&
        !isTokenRequest(ctx.http.request.url) &&
        !isMetadataRequest(ctx.http.request.url) &&
        // A registry client's first request goes without a token by design (checks/registry-token.ts).
        !registryTokenChallenge(ctx) &&
        // A header section can be shown and still not be the whole request (token-judged.ts): a token on a cut or
        // run-into Authorization line was the header's value, and a verifier that judged the token's content received
        // one, unless curl -v showed where the request's headers end.
        !authorizationSentAnyway(ctx) &&
        !bareCommandAboutNoToken(ctx) &&
        // The credential went where its product reads it: a header of its own, a signed URL, its session cookie.
        credentialElsewhere(ctx, prior) === null
      ) {
        const cookie = ctx.http.headers.some((h) => h.name === 'cookie' && h.side !== 'response');
        const misnamed = misnamedAuthorization(ctx.http.headers);
        const requestEvidence =
          misnamed !== null
            ? ctx.evidenceAt(misnamed.start, misnamed.end)
            : ctx.http.request.url !== null
              ? `${ctx.http.request.method ?? 'request'} ${ctx.redactor.redact(ctx.http.request.url)}`
              : note('no-authorization-header', {});
        const misnamedArg = misnamed === null ? {} : { misnamed: fieldName(ctx.text, misnamed) };
        const gitlabArg = gitlabApi(ctx) ? { api: 'gitlab' as const } : {};
        // A server whose challenge offers Basic alone (a WebDAV or CalDAV server, a repository manager) wants a user
        // name and password in that header, not a bearer token: the steps say so (pimutils/vdirsyncer#1014, DavMail's
        // `Basic realm="DavMail Gateway"` to a client that sent no credentials).
        const basicArg =
          misnamed === null && gitlabArg.api === undefined && basicChallengeOnly(ctx) ? basicArgs(ctx) : {};
        const upgradeArg =
          misnamed === null && browserWebSocketHandshake(ctx) ? { transport: 'websocket' as const } : {};
        // A product that takes its own credential and said it got none (Gitea's "token is required", Jenkins'
        // anonymous caller): its steps name where that product takes it, not a bearer token. Any other product that
        // said so in its own words (Money Forward's ログインしてください, audit-ap) is named in the title.
        const ownerArg = misnamed === null ? ownerOf(ctx) : {};
        out.push(
          finding(
            'authz-header.missing',
            isPreflight(ctx)
              ? { otherCredentials: cookie ? 'cookie' : null, preflight: true, ...misnamedArg }
              : {
                  otherCredentials: cookie ? 'cookie' : null,
                  ...misnamedArg,
                  ...gitlabArg,
                  ...basicArg,
                  ...upgradeArg,
                  ...ownerArg,
                },
            requestEvidence,
            'request-header',
          ),
        );
      }
      return out;
    }
    const { field, parsed } = authz;
    const evidence = ctx.evidenceAt(field.start, field.end);
    const problems: AuthzFormatProblem[] = [];
    let characters: string[] = [];
    let lowercaseOnly = true;
    for (const issue of parsed.issues) {
      switch (issue.kind) {
        case 'no-scheme':
          // A value masked whole (`Authorization: [Redacted]`, pino's redaction; `***`, `<redacted>`) hides its scheme
          // with the rest: no scheme can be said to be missing. A cut token (`eyJhbGci…`) shows there was none.
          // So does a value cut inside the word Bearer where the paste ends (`Authorization: Beare`): the paste, not the
          // request, lacks the rest.
          if (
            !maskedWhole(ctx, parsed.credential) &&
            !apiGatewayTakesBareTokens(ctx) &&
            !apisixTakesBareTokens(ctx) &&
            !tykTakesBareTokens(ctx) &&
            !schemeCutAtPasteEnd(ctx)
          )
            out.push(
              finding(
                'authz-header.scheme',
                hecNamed(ctx) ? { scheme: null, api: 'splunk-hec' } : { scheme: null },
                evidence,
                'request-header',
              ),
            );
          break;
        case 'scheme':
          // DPoP is a proper scheme for sender-constrained tokens; a DPoP/Bearer disagreement is the challenge's to report.
          // So is any scheme the server's own challenge offers (Elasticsearch's `ApiKey`, a `Basic` realm): the server
          // takes that scheme, and what it refused is the credential.
          // Basic is how a client authenticates to a token endpoint (client_secret_basic, RFC 6749 §2.3.1): on a
          // request that sends grant_type it is the right scheme, and a refusal is about the client's credentials. So it
          // is for a product that takes its own credential with Basic (ClickHouse, Airflow's REST API) and refused it.
          if (
            issue.scheme.toLowerCase() !== 'dpop' &&
            !offeredByServer(ctx, issue.scheme) &&
            !hecScheme(ctx, issue.scheme) &&
            !(issue.scheme.toLowerCase() === 'basic' && sendsGrantType(ctx)) &&
            !(issue.scheme.toLowerCase() === 'basic' && refusedBasicCredential(ctx.hits.map((h) => h.hit.id))) &&
            !(issue.scheme.toLowerCase() === 'basic' && basicPlatformAnswered(ctx)) &&
            !toolAnsweredWith(ctx, issue.scheme) &&
            !giteaTakesScheme(ctx, issue.scheme)
          )
            out.push(
              finding(
                'authz-header.scheme',
                gitlabApi(ctx)
                  ? { scheme: issue.scheme, api: 'gitlab' }
                  : hecNamed(ctx)
                    ? { scheme: issue.scheme, api: 'splunk-hec' }
                    : { scheme: issue.scheme },
                evidence,
                'request-header',
              ),
            );
          break;
        case 'double-prefix':
          out.push(finding('authz-header.double-prefix', { form: issue.form }, evidence, 'request-header'));
          break;
        case 'url-encoded':
          out.push(
            finding(
              'authz-header.url-encoded',
              { sequences: issue.sequences, double: issue.double },
              evidence,
              'request-header',
            ),
          );
          break;
        case 'lowercase-scheme':
          pushOnce(problems, 'lowercase-scheme');
          break;
        case 'quotes':
          pushOnce(problems, 'quotes');
          lowercaseOnly = false;
          break;
        case 'extra-space':
          pushOnce(problems, 'extra-space');
          lowercaseOnly = false;
          break;
        case 'no-space':
          pushOnce(problems, 'no-space');
          lowercaseOnly = false;
          break;
        case 'line-break':
          pushOnce(problems, 'line-break');
          lowercaseOnly = false;
          break;
        case 'bad-characters':
          // A variable left whole in the header (cmd.exe's `%TOKEN%`, Ruby's `#{token}`) is no token with stray
          // characters: the variable is the matter, said when it went out (unexpandedVariable), else read as masked.
          if (UNEXPANDED_VARIABLE.test(parsed.credential)) break;
          pushOnce(problems, 'bad-characters');
          characters = issue.characters;
          lowercaseOnly = false;
          break;
      }
    }
    if (authz.count > 1) {
      pushOnce(problems, 'duplicate');
      lowercaseOnly = false;
    }
    const variable = unexpandedVariable(ctx);
    if (variable !== null) {
      problems.push('unexpanded-variable');
      lowercaseOnly = false;
    }
    if (problems.length > 0) {
      // The scheme is case-insensitive (RFC 9110 §11.1): a lower-case `bearer` alone is worth knowing, not a cause.
      out.push(
        finding(
          'authz-header.format',
          variable === null ? { problems, characters } : { problems, characters, variable },
          evidence,
          'request-header',
          lowercaseOnly ? 'info' : undefined,
        ),
      );
    }
    return out;
  },
});

/** Whether the Authorization value is a mask standing for the whole of it (`[Redacted]`, `***`), no token part shown. */
function maskedWhole(ctx: Context, credential: string): boolean {
  const token = ctx.token;
  if (token === null || token.foundIn !== 'authorization-header' || token.decoded.shape.kind !== 'masked') return false;
  // No part of a token shows: not its start, not a payload after a dot.
  return !credential.includes('eyJ') && !credential.includes('.');
}

/**
 * Whether AWS API Gateway answered (its x-amzn-ErrorType, x-amz-apigw-id or apigw-requestid, or an execute-api host),
 * which reads a bare token in Authorization as well as a Bearer one: a REST API's Cognito user pool authorizer takes
 * the token as the header's whole value (AWS, "Call a REST API integrated with an Amazon Cognito user pool": "Include
 * the token in the Authorization header"; re:Post: "The token should just be placed in the Authorization header"),
 * and an HTTP API's JWT authorizer takes "only the token, or the token prefixed with Bearer" (http-api-jwt-authorizer).
 * A missing scheme is then how the token is meant to be sent, not a cause (openillumi.com/api-gateway-cognito-access-
 * token-401-fix: the ID token passed that way, the access token did not, for want of the method's OAuth scopes).
 */
function apiGatewayTakesBareTokens(ctx: Context): boolean {
  if (ctx.http.request.host?.toLowerCase().includes('.execute-api.') === true) return true;
  if (appSyncTakesBareTokens(ctx)) return true;
  return ctx.http.headers.some(
    (h) =>
      h.side !== 'request' &&
      (h.name === 'x-amzn-errortype' || h.name === 'x-amz-apigw-id' || h.name === 'apigw-requestid'),
  );
}

/**
 * Whether the request went to AWS AppSync (its `<id>.appsync-api.<region>.amazonaws.com` host, or an `x-amzn-appsync-*`
 * header, its own: checks/proxy.ts), whose Cognito user pool and OIDC modes take the JWT as the Authorization header's
 * whole value, with no scheme (AppSync developer guide, "Building a real-time WebSocket client", Amazon Cognito user
 * pools and OIDC authorization: `"Authorization": "eyJraWQiOi…"`), or whose own refusal the paste quotes: a bare token
 * is how it is sent there.
 */
export function appSyncTakesBareTokens(ctx: Context): boolean {
  const host = (ctx.http.request.host ?? ctx.requestHost ?? '').toLowerCase();
  if (host.includes('.appsync-api.') && host.endsWith('.amazonaws.com')) return true;
  // AppSync's own refusal (verifier-messages/platforms.ts) says it answered, whatever host the paste shows.
  if (ctx.hits.some((h) => h.hit.library === 'aws-appsync')) return true;
  return ctx.http.headers.some((h) => h.name.startsWith('x-amzn-appsync'));
}

/**
 * Whether Apache APISIX answered (its `Server: APISIX/…` header, or one of its jwt-auth refusals read: checks/proxy.ts,
 * verifier-messages/gateways.ts), whose jwt-auth plugin takes the header's value whole and strips a `Bearer ` only when
 * there is one (apache/apisix apisix/plugins/jwt-auth.lua, fetch_jwt_token; apache/apisix#8909 sends the bare JWT): no
 * scheme is how its own docs' requests send the token, not a cause.
 */
function apisixTakesBareTokens(ctx: Context): boolean {
  if (ctx.hits.some((h) => h.hit.library === 'apisix')) return true;
  return ctx.http.headers.some(
    (h) => h.side !== 'request' && h.name === 'server' && h.value.toLowerCase().startsWith('apisix'),
  );
}

/**
 * Whether Tyk judged the key or token it took (one of its refusals other than "Authorization field missing" read):
 * its auth-token and JWT middlewares take the header's value whole, a `Bearer ` before it optional (TykTechnologies/tyk
 * gateway/mw_auth_key.go, mw_jwt.go; Tyk's getting-started `curl -H "Authorization: <key>"`; TykTechnologies/tyk#319
 * sends a bare key, answered "Key not authorised" only when it is unknown): no scheme is how its keys are sent, not a
 * cause. Its own OAuth 2.0 middleware finds no token in a value without a space, and says "Authorization field
 * missing" (or "Bearer token malformed"): there the scheme is the cause, and the finding stays.
 */
function tykTakesBareTokens(ctx: Context): boolean {
  let tyk = false;
  for (const h of ctx.hits) {
    if (h.hit.library !== 'tyk') continue;
    if (h.hit.id === 'tyk.no-key' || h.hit.id === 'tyk.bearer-malformed') return false;
    tyk = true;
  }
  return tyk;
}

/**
 * Whether the paste's request sends an OAuth grant (RFC 6749 §4: `grant_type=` in a body or a curl `-d`/`-F`), or the
 * same as JSON, which token endpoints such as Doorkeeper's (GitLab's) and Auth0's take too (`"grant_type": "password"`
 * under a Go client's debug log: find_string id 32226991248).
 */
function sendsGrantType(ctx: Context): boolean {
  return ctx.lower.includes('grant_type=') || ctx.lower.includes('"grant_type"');
}

/**
 * WordPress's application passwords and WooCommerce's consumer keys go in Basic (WordPress's REST API handbook,
 * Authentication; woocommerce.github.io/woocommerce-rest-api-docs, Authentication over HTTPS): when either answered in
 * its own words, Basic is the scheme it takes (verifier-messages/content-platforms.ts).
 */
function basicPlatformAnswered(ctx: Context): boolean {
  return ctx.hits.some((h) => h.hit.library === 'wordpress' || h.hit.library === 'woocommerce');
}

/** A self-hosted tool answered (verifier-messages/dev-tools.ts) and reads the scheme the request used. */
function toolAnsweredWith(ctx: Context, scheme: string): boolean {
  const wanted = scheme.toLowerCase();
  return ctx.hits.some((h) => toolTakesScheme(h.hit.library, wanted));
}

/** Whether a WWW-Authenticate challenge in the paste offers `scheme` (auth-schemes are case-insensitive: RFC 9110 §11.1). */
function offeredByServer(ctx: Context, scheme: string): boolean {
  const wanted = scheme.toLowerCase();
  for (const { result } of ctx.challenges)
    for (const ch of result.challenges) if (ch.scheme.toLowerCase() === wanted) return true;
  return false;
}

/**
 * `Splunk` is the scheme of Splunk's HTTP Event Collector, `Authorization: Splunk <token>` (docs.splunk.com,
 * Data/FormateventsforHTTPEventCollector): right where the request goes to HEC's /services/collector endpoints or HEC
 * answered (parse/verifier-messages/telemetry.ts), and what it refused was the token.
 */
function hecScheme(ctx: Context, scheme: string): boolean {
  return scheme.toLowerCase() === 'splunk' && hecNamed(ctx);
}

/** The request goes to HEC or HEC answered: the scheme it wants is Splunk, not Bearer. */
function hecNamed(ctx: Context): boolean {
  return ctx.lower.includes('/services/collector') || ctx.hits.some((h) => h.hit.library === 'splunk-hec');
}

function pushOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * A credential sent in the query instead of a header: RFC 6750 §2.3's `access_token`, and AWS STS's
 * `WebIdentityToken` (AssumeRoleWithWebIdentity's Query API parameter, which MinIO's STS takes too). An empty value
 * sends none.
 */
export const QUERY_TOKEN = /[?&](?:access_token|WebIdentityToken)=[^&\s]/;

/**
 * A request that obtains a token rather than presents one: an OAuth token endpoint (RFC 6749 §3.2, `…/token`, Entra's
 * `…/oauth2/v2.0/token`), Vault's auth method logins (`/v1/auth/<mount>/login`, the JWT in the body), AWS STS's
 * AssumeRoleWithWebIdentity. Its credentials travel in the body or as client authentication, so the missing bearer
 * header is no finding.
 */
function isTokenRequest(url: string | null): boolean {
  if (url === null) return false;
  const lower = url.toLowerCase();
  if (lower.includes('action=assumerolewithwebidentity')) return true;
  const query = lower.indexOf('?');
  let path = query < 0 ? lower : lower.slice(0, query);
  if (path.endsWith('/')) path = path.slice(0, -1);
  return path.endsWith('/token') || (path.endsWith('/login') && path.includes('/v1/auth/'));
}

/**
 * A request for a well-known metadata document (RFC 8414 §3's /.well-known/oauth-authorization-server, RFC 9728 §3's
 * /.well-known/oauth-protected-resource, OIDC Discovery's /.well-known/openid-configuration, a JWKS): public by design,
 * fetched without a token, as an MCP client's discovery fetches them. A missing Authorization is no finding there.
 */
function isMetadataRequest(url: string | null): boolean {
  return url?.toLowerCase().includes('/.well-known/') === true;
}

function tokenInQuery(url: string | null): boolean {
  return url !== null && QUERY_TOKEN.test(url);
}

/**
 * Whether a 401 to a request whose token rode in the query (`?access_token=`) says nothing of that token: no verifier
 * judged it (no challenge error, no verifier message, no stated refusal), so the server most likely never read it.
 * RFC 6750 §2.3 lets a resource server support the query parameter ("MAY") and says clients SHOULD NOT use it; the
 * usual verifiers read only the header unless told otherwise: Spring Security's DefaultBearerTokenResolver
 * (setAllowUriQueryParameter, false by default), ASP.NET Core's JwtBearer (a JwtBearerEvents.OnMessageReceived handler,
 * as SignalR's docs show), express-jwt (a getToken option). A warning: some servers do read it.
 */
function queryTokenUnread(ctx: Context): boolean {
  if (ctx.http.status?.code !== 401 || ctx.hits.length > 0 || ctx.stated.length > 0) return false;
  for (const { result } of ctx.challenges)
    for (const ch of result.challenges) if (ch.params.error !== undefined) return false;
  return true;
}

/** The header's name as the paste writes it (its case kept), from where the field starts. */
function fieldName(text: string, h: HeaderField): string {
  const at = text.slice(h.start, h.end).toLowerCase().indexOf(h.name);
  return at >= 0 ? text.slice(h.start + at, h.start + at + h.name.length) : h.name;
}
