import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { literalAlternation } from '../literals.js';
import type { HeaderField } from '../parse/http.js';
import {
  AKAMAI_REF,
  ALB_PAGE,
  BODY_SIGNALS,
  BODY_UNSCANNED,
  EXT_AUTHZ_REJECTED,
  GITHUB_USER_AGENT,
  GOOGLE_DENIAL,
  IIS_DENIAL,
  LAMBDA_URL_DENIAL,
  UAEX,
  VERCEL_SSO_NONCE,
} from '../parse/proxy-texts.js';
import type { FindingData, Source } from '../types.js';
import { answeredInOwnWords } from './answering-product.js';
import { apiGatewayConnectRefused } from './apigw-websocket.js';
import { basicOnly } from './basic-only.js';
import { AWS_HTTP_API_CHALLENGE } from './challenge.js';
import {
  API_GATEWAY_UNAUTHORIZED,
  apiGatewayUnauthorizedBody,
  COGNITO_ISSUER,
  statedIdTokenWorks,
} from './cognito-authorizer.js';
import { nonJwtCredential } from './credential-kind.js';
import { defineCheck, finding } from './define.js';
import { functionsHostRefusal } from './function-keys.js';
import { lambdaUrlForbiddenBody, lambdaUrlHost } from './function-url.js';
import { grpcAnsweredByIntermediary } from './grpc-not-grpc.js';
import { ingressExternalAuth } from './ingress-external-auth.js';
import { extAuthzSignIn, oauth2ProxySignIn } from './sign-in-redirect.js';
import { edgeVerifyJwtCause } from './supabase.js';

export interface Signal {
  product: string;
  /** What identified it, for the evidence. */
  signal: string;
  /** The intermediary produced this response itself (an error type header, its own error page). */
  generated: boolean;
  field?: HeaderField;
  /** Where a log line said it (start, end), for the evidence. */
  log?: readonly [number, number];
  /** Where a gateway's message read as a verifier message was (a response header's, else a body's or a log's). */
  source?: Source;
}

/** The head of API Gateway's HTTP API challenge, its scope and error, for the signal. */
const AWS_HTTP_API_FORM = /^Bearer scope="[^"]{0,60}" error="[a-z_]{1,40}"/;

/** Response headers that name an intermediary. `generated` marks headers it only sets on its own answers. */
export function headerSignals(headers: readonly HeaderField[]): Signal[] {
  const out: Signal[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as HeaderField;
    if (h.side === 'request') continue;
    const product = headerProduct(h);
    if (product !== null)
      out.push({
        product: product.name,
        signal: product.signal ?? `${h.name}: ${h.value.slice(0, 60)}`,
        generated: product.generated,
        field: h,
      });
  }
  return out;
}

/** What one response header says about an intermediary; allocates nothing for the headers that say nothing. */
function headerProduct(h: HeaderField): { name: string; generated: boolean; signal?: string } | null {
  // Only five names read the value: four lower-case it for themselves.
  switch (h.name) {
    case 'x-amzn-errortype':
      return { name: 'AWS API Gateway', generated: true };
    case 'x-amz-apigw-id':
    case 'apigw-requestid':
      return { name: 'AWS API Gateway', generated: false };
    case 'server': {
      const v = h.value.toLowerCase();
      if (v.startsWith('awselb')) return { name: 'AWS ALB', generated: true };
      if (v === 'cloudflare') return { name: 'Cloudflare', generated: false };
      if (v === 'envoy' || v === 'istio-envoy') return { name: 'Envoy', generated: false };
      // Kong sets `Server: kong/x.y.z` only on the responses it produced itself (an auth plugin's refusal, the Admin
      // API), `Via: kong/x.y.z` on the ones it proxied, keeping the upstream's Server (Kong's configuration reference,
      // `headers`: "Injects `Server: kong/x.y.z` on Kong-produced response (e.g. Admin API, rejected requests from auth
      // plugin, etc...)"; Kong/kong commit 2089ec3, kong/tools/responses.lua).
      if (v.startsWith('kong')) return { name: 'Kong', generated: true };
      if (v.startsWith('apisix')) return { name: 'APISIX', generated: false };
      if (v === 'nginx' || v.startsWith('nginx/') || v.startsWith('openresty'))
        return { name: 'nginx', generated: false };
      if (v === 'cloudfront' || v === 'amazons3') return { name: 'CloudFront', generated: false };
      if (v.startsWith('akamaighost')) return { name: 'Akamai', generated: false };
      if (v.includes('microsoft-azure-application-gateway'))
        return { name: 'Azure Application Gateway', generated: true };
      if (v === 'google frontend' || v === 'esf') return { name: 'Google Cloud front end', generated: false };
      return null;
    }
    case 'cf-ray':
      return { name: 'Cloudflare', generated: false };
    case 'x-kong-response-latency':
      // Kong sets this only on responses it generated itself (proxied ones carry X-Kong-Upstream-Latency).
      return { name: 'Kong', generated: true };
    case 'via': {
      const v = h.value.toLowerCase();
      if (v.includes('kong')) return { name: 'Kong', generated: false };
      if (v.includes('cloudfront')) return { name: 'CloudFront', generated: false };
      return null;
    }
    case 'x-cache':
      // `Error from cloudfront` marks every error response CloudFront passed on, its origin's too (API Gateway's
      // x-amzn-ErrorType behind an edge-optimized endpoint, svdgraaf/serverless-basic-authentication#14): it names
      // CloudFront on the way, not as the writer; its own page says that (BODY_SIGNALS).
      return h.value.toLowerCase().startsWith('error from cloudfront')
        ? { name: 'CloudFront', generated: false }
        : null;
    case 'x-azure-ref':
      return { name: 'Azure Front Door', generated: false };
    case 'x-goog-iap-generated-response':
      // Identity-Aware Proxy marks the responses it wrote itself (its sign-in redirects and refusals).
      return { name: 'Google IAP', generated: true };
    case 'www-authenticate': {
      // An HTTP API's JWT authorizer writes its challenge in its own comma-less form (challenge.ts), whatever words it
      // passes on after error_description (its own, or its JWT library's: "token contains an invalid number of
      // segments"): only it does. The signal is the form, not the description.
      if (h.value.length > 2200 || !AWS_HTTP_API_CHALLENGE.test(h.value)) return null;
      const form = AWS_HTTP_API_FORM.exec(h.value)?.[0] ?? 'Bearer scope=';
      return { name: 'AWS API Gateway', generated: true, signal: `www-authenticate: ${form}` };
    }
    case 'x-pomerium-intercepted-response':
      // Pomerium marks the responses it wrote itself, not its upstream's (pomerium/pomerium internal/httputil/headers.go:
      // "HeaderPomeriumResponse is set when pomerium itself creates a response, as opposed to the upstream application").
      return h.value.trim().toLowerCase() === 'true' ? { name: 'Pomerium', generated: true } : null;
    case 'x-generator':
      // Tyk's own error replies carry `X-Generator: tyk.io` (Tyk Operator docs' sample 401).
      return h.value.toLowerCase() === 'tyk.io' ? { name: 'Tyk', generated: true } : null;
    default:
      return h.name.startsWith('x-envoy-') ? { name: 'Envoy', generated: false } : null;
  }
}

/** The most places a log field's value is looked for (fieldValueAt): a paste naming it more often is prose. */
const MAX_FIELD_TRIES = 8;

/**
 * Where `text` first stands as a log field's value, quoted or keyed (`"authinvalidcookie"`, `\"…`, `'…`, `=…`, `:…`,
 * `: …`), or -1: a bare word in a sentence is the writer's.
 */
function fieldValueAt(body: string, text: string): number {
  for (let at = body.indexOf(text), n = 0; at >= 0 && n < MAX_FIELD_TRIES; at = body.indexOf(text, at + 1), n++) {
    const c = body.charCodeAt(at - 1);
    const b = c === 0x20 ? body.charCodeAt(at - 2) : -1;
    if (c === 0x22 || c === 0x27 || c === 0x3d || c === 0x3a || b === 0x3a) return at;
  }
  return -1;
}

/**
 * Body texts of a gateway refusing an API key (a subscription key, an Apigee app key), its own sign-in session or a
 * request without a User-Agent, rather than a token: the token is not what failed, so "no token in the paste" is no cause (checks/token.ts).
 * docs/findings.md, "Reading the rules".
 */
export const NOT_TOKEN_REJECTIONS: ReadonlySet<string> = new Set(
  BODY_SIGNALS.filter((b) => b.apiKey === true || b.session === true || b.notToken === true).map((b) => b.text),
);

/**
 * A gateway that refused an API key (an APIM subscription key, an Apigee app key), its own sign-in session (an ALB's
 * authenticate action) or another credential of its own (a function URL's SigV4, Vercel's bypass secret, a Cloudflare
 * Access identity) said what failed, and it was not a token: the token's absence from the paste, or the Authorization
 * header's from the request, explains nothing (docs/findings.md, "Reading the rules"; beforeToken; checks/token.ts,
 * checks/authz-header.ts).
 */
export function refusedNoToken(f: FindingData): boolean {
  return (
    f.code === 'proxy.gateway-response' &&
    (f.args.beforeToken === true || f.args.signals.some((s) => NOT_TOKEN_REJECTIONS.has(s)))
  );
}

/** Of NOT_TOKEN_REJECTIONS, the refusals of a gateway that takes a bearer token as well (BODY_SIGNALS' orToken). */
const OR_TOKEN: ReadonlySet<string> = new Set(BODY_SIGNALS.filter((b) => b.orToken === true).map((b) => b.text));

/**
 * Whether a gateway refused a credential of its own that no bearer token stands in for: the request's missing
 * Authorization header is then no cause either (checks/authz-header.ts).
 */
export function refusedOwnCredential(f: FindingData): boolean {
  return (
    f.code === 'proxy.gateway-response' &&
    (f.args.beforeToken === true || f.args.signals.some((s) => NOT_TOKEN_REJECTIONS.has(s) && !OR_TOKEN.has(s)))
  );
}

/**
 * Front doors that refuse before any check of the application's bearer token, wanting a credential of their own: a
 * Lambda function URL with AWS_IAM a SigV4 signature from a principal its resource policy allows (docs.aws.amazon.com
 * lambda/latest/dg/urls-auth.html; a bearer token is no IAM credential), Vercel's Deployment Protection its SSO cookie
 * or the `x-vercel-protection-bypass` secret (vercel.com/docs/deployment-protection), Cloudflare Access its own
 * identity (its CF_Authorization session or a service token's CF-Access-Client-Id/-Secret; developers.cloudflare.com
 * cloudflare-one/identity/service-tokens); so does a session or User-Agent refusal (OWN_CREDENTIAL). Their refusal on its own explains the failure, and an expired or forged
 * token in the request was never judged: the finding is an error and leads (rank.ts: server-stated before inferred).
 * Front doors that judge the bearer token themselves (API Gateway's JWT authorizer, App Service's Easy Auth, Cloud
 * Run's IAM check of a Google ID token) are not here: the token's own fault is why they refused, and it leads.
 */
const BEFORE_TOKEN_PRODUCTS: ReadonlySet<string> = new Set([
  'AWS Lambda function URL',
  'Vercel Deployment Protection',
  'Cloudflare Access',
  // The Functions host's key check (function-keys.ts): a function or host key, never a bearer token.
  'Azure Functions',
]);

/**
 * Of those, the refusals of the intermediary's own sign-in session or of something no credential (a missing
 * User-Agent): it refused before any bearer-token check (BEFORE_TOKEN_PRODUCTS). Not the API keys: where a gateway
 * checks the key beside a token, the order is its configuration's (an Apigee proxy's policies run in its flow's order),
 * so the key's refusal does not say the token was never judged (ESPv2's "Please use API Key or other form of API
 * consumer identity" takes either).
 */
const OWN_CREDENTIAL: ReadonlySet<string> = new Set(
  BODY_SIGNALS.filter((b) => b.session === true || b.notToken === true).map((b) => b.text),
);

/** Of those, the intermediary's own sign-in session: its next step is that session, not JWT settings (`ownSession`). */
const OWN_SESSION: ReadonlySet<string> = new Set(BODY_SIGNALS.filter((b) => b.session === true).map((b) => b.text));

/** Of those, the API keys: the finding says so (`apiKey`), and its next step is the key (in its header, when known). */
const API_KEY_REJECTIONS: ReadonlyMap<string, string | undefined> = new Map(
  BODY_SIGNALS.filter((b) => b.apiKey === true).map((b) => [b.text, b.keyHeader]),
);

/**
 * Whether a gateway's own words say the request carried none of the credentials it takes itself (3scale APIcast's
 * "Authentication parameters missing": its product's user_key, app_id and app_key, or the OpenID Connect token it
 * checks; credential-kind.ts names each such row's credential): it refused before the application, or any bearer token
 * the application judges, saw the request (beforeToken).
 */
function ownCredentialMissing(own: ReadonlyArray<{ hit: { id: string; code: string } }>): boolean {
  return own.some((h) => h.hit.code === 'token.missing' && nonJwtCredential(h.hit.id) !== null);
}

/** Gateway rows whose words are an error code the gateway answers only with 401: its refusal with or without the status. */
const OWN_401_CODES: ReadonlySet<string> = new Set([
  'supabase-edge.invalid-jwt-format',
  'supabase-edge.unsupported-token-algorithm',
]);

/** Verifier-message libraries (parse/verifier-messages/gateways.ts) that are intermediaries, by product name. */
export const GATEWAY_LIBRARIES: Readonly<Record<string, string>> = {
  envoy: 'Envoy',
  kong: 'Kong',
  'aws-apigateway': 'AWS API Gateway',
  apigee: 'Apigee',
  'google-iap': 'Google IAP',
  'cloud-run': 'Cloud Run',
  tyk: 'Tyk',
  apisix: 'APISIX',
  // The Linkerd proxy (a sidecar) answers an authorization policy's denial itself (verifier-messages/identity.ts).
  linkerd: 'Linkerd',
  // Cilium's Envoy answers its L7 policy's denial itself (verifier-messages/gateways.ts).
  cilium: 'Cilium',
  // oauth2-proxy refuses a bearer token itself (a 403 with deny_invalid_bearer_tokens, or its auth endpoint's 401).
  'oauth2-proxy': 'oauth2-proxy',
  wso2: 'WSO2 API Manager',
  krakend: 'KrakenD',
  'caddy-security': 'Caddy',
  gravitee: 'Gravitee',
  // Red Hat 3scale's gateway (verifier-messages/gateways-more.ts).
  apicast: '3scale APIcast',
  // AppSync's authorization layer answers before any resolver (verifier-messages/platforms.ts).
  'aws-appsync': 'AWS AppSync',
  // Supabase's platform check before an Edge Function's code (verify_jwt): the function never ran.
  'supabase-edge': 'Supabase Edge Functions',
};

/**
 * The Cloudflare codes share `error `: their alternation runs as fast as one `indexOf`, where it would try each letter
 * of the paste with the others in it (5× the cost). The others lead with a character rare in a paste (`<`, `&`).
 */
const CLOUDFLARE_CODES = literalAlternation(BODY_UNSCANNED.slice(0, 3));

/** Whether a text of BODY_UNSCANNED may occur in `body` (Akamai's by the part after its `reference`). */
export function unscannedBodyText(body: string): boolean {
  return (
    body.includes('<center>openresty') ||
    body.includes('&#32;&#35;') ||
    body.includes(VERCEL_SSO_NONCE) ||
    CLOUDFLARE_CODES.test(body)
  );
}

/** Every body text, and the ALB's page. */
export const ANCHORS: readonly string[] = [...BODY_SIGNALS.map((b) => b.text), ALB_PAGE];

/**
 * Whether any body text occurs in `body`, the plain way: the check asks the scan and unscannedBodyText instead;
 * test/engine/fast-paths-proxy.test.ts holds them to this.
 */
export function anyBodySignal(body: string): boolean {
  return ANCHORS.some((text) => body.includes(text));
}

/**
 * An Azure WAF log record of a request it blocked, as the diagnostic setting writes it: Application Gateway's
 * `"category":"ApplicationGatewayFirewallLog"` with `properties.action` `Blocked` (learn.microsoft.com, Azure Monitor
 * reference, AGWFirewallLogs: `Matched` and `Detected` records only log), and Front Door's
 * `FrontDoorWebApplicationFirewallLog` (`FrontdoorWebApplicationFirewallLog` on classic Front Door) with `Block` (the
 * Log Analytics queries people share filter on `action_s == "Block"`). The record's ruleId / ruleName is in its text,
 * the evidence.
 */
function azureWafBlock(ctx: Context): { product: string; text: string; at: number; log: true } | null {
  for (const j of ctx.json) {
    const category = j.value.category;
    const props = j.value.properties;
    if (typeof category !== 'string' || props === null || typeof props !== 'object' || Array.isArray(props)) continue;
    const action = (props as Record<string, unknown>).action;
    const c = category.toLowerCase();
    const product =
      c === 'applicationgatewayfirewalllog' && action === 'Blocked'
        ? 'Azure Application Gateway WAF'
        : c === 'frontdoorwebapplicationfirewalllog' && action === 'Block'
          ? 'Azure Front Door WAF'
          : null;
    if (product !== null) return { product, text: ctx.text.slice(j.start, j.end), at: j.start, log: true };
  }
  return null;
}

/**
 * HAProxy's HTTP log names the server that answered after the backend (`backend/server`); `<NOSRV>` there means no
 * server did, so a 401 or 403 in the status field (right after the five timers, `TR/Tw/Tc/Tr/Ta`, `Ta` with a `+` under
 * `option logasap`) is HAProxy's own: an `http-request deny` (termination state `PR--`), `http-request auth` or
 * `return` (`LR--`). HAProxy configuration manual, 8.2.3 "HTTP log format" and 8.5 "Session state at disconnection"
 * ("PR: … a deny filter matched, in which case it returned an HTTP 403 error", quoted in haproxy/haproxy#2844;
 * `https-in/<NOSRV> 0/-1/-1/-1/0 204 166 - - LR--` in haproxy/haproxy#2250). A server's 401 names the server.
 */
const NOSRV = '<NOSRV> ';
const NOSRV_STATUS = /^\/<NOSRV> -?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/\+?-?\d{1,9} (40[13]) /;
const NOSRV_MAX = 50;

function haproxyOwnAnswer(text: string): Signal | null {
  let seen = 0;
  const limit = Math.min(text.length, BODY_SCAN_LIMIT);
  // `/<NOSRV> ` is found by its `<` (rare in a paste), then the `/` before it checked: searched from the `/`,
  // `indexOf` stopped at every slash of every URL (2.7× the cost on the shipped examples).
  for (let j = text.indexOf(NOSRV, 1); j >= 0 && j - 1 < limit && seen < NOSRV_MAX; j = text.indexOf(NOSRV, j + 1)) {
    if (text.charCodeAt(j - 1) !== 0x2f) continue;
    const i = j - 1;
    seen++;
    const m = NOSRV_STATUS.exec(text.slice(i, i + 80));
    if (m === null) continue;
    const start = text.lastIndexOf('\n', i) + 1;
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    return { product: 'HAProxy', signal: `<NOSRV> ${m[1]}`, generated: true, log: [start, end] };
  }
  return null;
}

/**
 * Envoy's access log in its default format, `"GET /v1/orders HTTP/1.1" 403 UAEX 0 0 4 …`: the response flag UAEX
 * after the status is "the request was denied by the external authorization service" (Envoy's access-log response
 * flags), the ext_authz filter's answer. The details field that names it (`ext_authz_denied`, a body signal) is absent
 * from the default format and older ones (Ambassador's `ACCESS […] "POST … HTTP/1.1" 403 UAEX 72 0 0`, Kasten's gateway
 * in its docs, a docker compose log in a public bootcamp): Envoy answered, the upstream never saw the request.
 */
const UAEX_WORD = UAEX.slice(1);
const UAEX_MAX = 50;

function envoyExtAuthzFlag(text: string): Signal | null {
  const limit = Math.min(text.length, BODY_SCAN_LIMIT);
  let seen = 0;
  // ` UAEX ` is found by its `U` (rare outside a token), then the space before it checked: searched from the space,
  // `indexOf` stopped at every space of the paste (a quarter of the proxy check on the shipped examples).
  for (
    let u = text.indexOf(UAEX_WORD, 6);
    u >= 0 && u - 1 < limit && seen < UAEX_MAX;
    u = text.indexOf(UAEX_WORD, u + 1)
  ) {
    if (text.charCodeAt(u - 1) !== 0x20) continue;
    const j = u - 1;
    seen++;
    // `" 401 UAEX ` or `" 403 UAEX `: the request's closing quote, a space, the status.
    if (text.charCodeAt(j - 5) !== 0x22 || text.charCodeAt(j - 4) !== 0x20) continue;
    const code = text.slice(j - 3, j);
    if (code !== '401' && code !== '403') continue;
    const start = text.lastIndexOf('\n', j) + 1;
    const nl = text.indexOf('\n', j);
    return { product: 'Envoy', signal: `${code} UAEX`, generated: true, log: [start, nl < 0 ? text.length : nl] };
  }
  return null;
}

const EXT_AUTHZ_DENIED = 'ext_authz_denied';

/**
 * Envoy's ext_authz filter asked its external authorization service and it said no: the response flag UAEX, "The request
 * was denied by the external authorization service" (envoyproxy/envoy docs/root/configuration/observability/access_log/
 * usage.rst, response flags), or its response code details `ext_authz_denied`. That service's decision, not a guessed
 * resource policy of the application's, refused the request; the words send the reader to its log.
 */
function extAuthzDenial(
  ctx: Context,
  uaex: Signal | null,
  signals: readonly Signal[],
  body: string,
): FindingData<'proxy.authorizer-deny'> | null {
  let evidence: string;
  // The flag comes with `ext_authz_error` too, "The ext_authz filter encountered a failure, and was configured to
  // fail-closed" (ext_authz.cc, RcDetailsValues::AuthzError): the service failed (unreachable, timed out), it did not deny.
  if (uaex?.log !== undefined) {
    if (body.slice(uaex.log[0], uaex.log[1]).includes('ext_authz_error')) return null;
    evidence = ctx.evidenceAt(uaex.log[0], uaex.log[1]);
  } else if (signals.some((s) => s.signal === EXT_AUTHZ_DENIED)) {
    const at = body.indexOf(EXT_AUTHZ_DENIED);
    if (at < 0) return null;
    evidence = ctx.evidenceAt(at, at + EXT_AUTHZ_DENIED.length);
  } else if (signals.some((s) => s.log !== undefined && body.startsWith(EXT_AUTHZ_REJECTED, s.log[0]))) {
    const at = body.indexOf(EXT_AUTHZ_REJECTED);
    evidence = ctx.evidenceAt(at, at + EXT_AUTHZ_REJECTED.length);
  } else return null;
  return finding('proxy.authorizer-deny', { product: 'Envoy', authorizer: 'ext-authz' }, evidence, 'log');
}

/**
 * An empty 403 Envoy wrote itself: `server: envoy` (or another x-envoy-* header), `content-length: 0`, and no
 * x-envoy-upstream-service-time, which Envoy adds to every answer it got from the service behind it (envoyproxy/envoy
 * docs, router filter's "x-envoy-upstream-service-time"): the request never reached the service. With nothing in the
 * body, that is its ext_authz filter's answer: a denial (the default denied response is an empty 403, envoyproxy/envoy
 * #18010; OPA's in open-policy-agent/opa-envoy-plugin#646 and open-policy-agent/opa#6757, the reply being exactly
 * `HTTP/1.1 403 Forbidden`, `date`, `server: envoy`, `content-length: 0`), or the authorization service failing, whose
 * status_on_error is 403 by default too (open-policy-agent/opa#3151, opa-envoy-plugin#700's `ext_authz_error`). RBAC's
 * 403 has its body ("RBAC: access denied"), and jwt_authn answers 401 with its reason. Only the focus response's fields.
 */
function envoyEmptyReply(ctx: Context, signals: readonly Signal[]): FindingData<'proxy.authorizer-deny'> | null {
  const envoy = signals.find((s) => s.product === 'Envoy' && s.field !== undefined);
  if (envoy?.field === undefined || !ctx.http.responseShown || ctx.challenges.length > 0) return null;
  const focus = ctx.http.focus;
  let emptyBody = false;
  for (const h of ctx.http.headers) {
    if (h.side === 'request' || (focus !== null && (h.exchange ?? 0) !== focus)) continue;
    if (h.name === 'x-envoy-upstream-service-time') return null;
    if (h.name === 'content-length' && h.value.trim() === '0') emptyBody = true;
  }
  if (!emptyBody) return null;
  return finding(
    'proxy.authorizer-deny',
    { product: 'Envoy', authorizer: 'ext-authz', emptyReply: true },
    ctx.evidenceAt(envoy.field.start, envoy.field.end),
    'response-header',
    'warning',
  );
}

/**
 * The header API Management's own challenge names for its subscription key, `WWW-Authenticate: AzureApiManagementKey
 * realm="…",name="Ocp-Apim-Subscription-Key",type="header"` (the 401 captured in Microsoft's APIM troubleshooting
 * article, MicrosoftDocs/SupportArticles-docs, and in public API notes beside it): an API that renamed the
 * header says so there, and the finding names that one rather than the default.
 */
function apimKeyHeader(ctx: Context): string | undefined {
  for (const c of ctx.challenges)
    for (const ch of c.result.challenges)
      if (ch.scheme.toLowerCase() === 'azureapimanagementkey' && ch.params.type === 'header' && ch.params.name)
        return ch.params.name.slice(0, 100);
  return undefined;
}

/** The heading of Akamai's Access Denied page (lower-case): its denial, whatever status line the paste lost. */
const AKAMAI_DENIED_TITLE = '<h1>access denied</h1>';

/** Body signals are looked for in the first megabyte only: an error page is short and comes first. */
const BODY_SCAN_LIMIT = 1 << 20;

/** Who said no: a gateway, a WAF rule (authorizer denials and unknown routes come from the verifier-log check). */
export const proxyCheck = defineCheck({
  id: 'proxy',
  codes: ['proxy.gateway-response', 'proxy.waf-block', 'proxy.authorizer-deny'],
  run(ctx: Context) {
    const out: FindingData<'proxy.gateway-response' | 'proxy.waf-block' | 'proxy.authorizer-deny'>[] = [];
    const status = ctx.http.status?.code ?? null;
    // Both findings need a 401, a 403 or no status at all: any other status makes the scans below moot, but a 400 whose
    // body is a gateway refusing an API key (ESPv2 answers an invalid key with INVALID_ARGUMENT): that names who
    // refused what, whatever the status.
    const keyOnly = status === 400;
    if (status !== null && status >= 300 && status < 400) {
      const access = accessLoginRedirect(ctx);
      if (access.length > 0) return access;
      const session = ctx.proxyBodyText ? sessionRedirect(ctx) : [];
      if (session.length > 0) return session;
      const extAuthz = extAuthzSignIn(ctx);
      return extAuthz === null ? oauth2ProxySignIn(ctx) : [extAuthz];
    }
    if (status !== null && status !== 401 && status !== 403 && !keyOnly) return out;
    const connect = status === 403 ? apiGatewayConnectRefused(ctx) : null;
    if (connect !== null) {
      const args = { product: 'AWS API Gateway', authorizer: 'websocket-connect' as const };
      return [finding('proxy.authorizer-deny', args, ctx.evidenceAt(connect.start, connect.end), 'log')];
    }
    // A gRPC client's own words that the 401/403 was no gRPC response: something in front of the server answered.
    const notGrpc = ctx.http.responseShown ? null : grpcAnsweredByIntermediary(ctx);
    if (notGrpc !== null) {
      const args = { product: 'an intermediary', signals: [], apiKey: false, notGrpc: true as const };
      return [finding('proxy.gateway-response', args, ctx.evidenceAt(notGrpc.start, notGrpc.end), 'log')];
    }
    // With several exchanges, the failing one's response says who answered it (a redirect's may be a CDN's).
    const focus = ctx.http.focus;
    const signals = headerSignals(
      focus === null ? ctx.http.headers : ctx.http.headers.filter((h) => (h.exchange ?? 0) === focus),
    );
    // The context's folded copy of the text (a slice of it is a view, not a copy).
    const body = ctx.lower.length <= BODY_SCAN_LIMIT ? ctx.lower : ctx.lower.slice(0, BODY_SCAN_LIMIT);
    // A superset of anyBodySignal(body): the scan saw the whole text, and a piece is not always its text. It only
    // gates the search below, which finds the same texts either way.
    const any = ctx.proxyBodyText || unscannedBodyText(body);
    let waf: { product: string; text: string; at: number; log?: true } | null = null;
    for (const b of any ? BODY_SIGNALS : []) {
      const at = b.field === true ? fieldValueAt(body, b.text) : body.indexOf(b.text);
      if (at < 0) continue;
      if (b.unlessFollowedBy !== undefined && body.startsWith(b.unlessFollowedBy, at + b.text.length)) continue;
      // Where it is, for the evidence: its line as pasted, not the folded text it was found by.
      signals.push({
        product: b.product,
        signal: readableSignal(b.text),
        generated: true,
        log: [at, at + b.text.length],
      });
      if (b.waf && waf === null) waf = { product: b.product, text: b.text, at };
    }
    // Gravitee's reply pretty-printed (a client's or a tool's print of it) holds its text with other blanks.
    if (!signals.some((sg) => sg.product === 'Gravitee')) {
      const gravitee = graviteeReplyObject(ctx);
      if (gravitee !== null) signals.push(gravitee);
    }
    // So does Kong's key-auth refusal as HTTPie, jq or a client's debug print lays it out.
    if (!signals.some((sg) => sg.signal === KONG_KEY_REPLY)) {
      const kong = kongKeyReplyObject(ctx);
      if (kong !== null) signals.push(kong);
    }
    const haproxy = status === null ? null : haproxyOwnAnswer(ctx.text);
    if (haproxy !== null) signals.push(haproxy);
    // The scan looks for ` uaex ` too (Context.proxyBodyText): without it, the text holds no ` UAEX `. Searched here for
    // every paste, its `U` stopped at every one of a token's: 0.3% of a diagnosis.
    const uaex = status === null || !ctx.proxyBodyText ? null : envoyExtAuthzFlag(ctx.text);
    if (uaex !== null) signals.push(uaex);
    // Both of its signs are the scan's (UAEX, `ext_authz_denied`): without a body text, neither is there.
    const extAuthz = any && (status === 401 || status === 403) ? extAuthzDenial(ctx, uaex, signals, body) : null;
    if (extAuthz !== null) out.push(extAuthz);
    else if (status === 403) {
      const empty = envoyEmptyReply(ctx, signals);
      if (empty !== null) out.push(empty);
    }
    // A gateway's own messages (Envoy jwt_authn's "Jwt is expired", RBAC's "RBAC: access denied", Kong's
    // {"exp":"token expired"}, API Gateway's authorizer deny) are written by the gateway itself, in its reply
    // or its access log: with or without its server header, the gateway answered, not the app behind it.
    for (const { hit, evidence, source } of ctx.hits) {
      const product = GATEWAY_LIBRARIES[hit.library];
      if (product === undefined) continue;
      let named = false;
      for (const s of signals)
        if (s.product === product) {
          s.generated = true;
          named = true;
        }
      if (!named) signals.push({ product, signal: ownWords(ctx, hit, evidence), generated: true, source });
    }
    sharedErrorTypeHeader(signals, ctx);
    // Its error-type header already says it answered: the body would only repeat it.
    const apiGatewayBody = hasApiGatewayErrorType(signals) ? null : apiGatewayUnauthorizedBody(ctx, status, body);
    if (apiGatewayBody !== null) signals.push(apiGatewayBody);
    // Its error-type header (renamed above) already names the function URL: the body would only repeat it.
    const functionUrlBody = signals.some((s) => s.product === 'AWS Lambda function URL')
      ? null
      : lambdaUrlForbiddenBody(ctx, status, body);
    if (functionUrlBody !== null) signals.push(functionUrlBody);
    const functionsHost = functionsHostRefusal(ctx, status);
    if (functionsHost !== null) signals.push(functionsHost);
    // An ALB answers 403 with its own page only when an AWS WAF web ACL blocked the request (AWS ELB
    // troubleshooting, "HTTP 403: Forbidden"); a listener rule's fixed response carries its own body.
    const albPage = any && waf === null && status === 403 ? body.indexOf(ALB_PAGE) : -1;
    if (albPage >= 0) waf = { product: 'AWS WAF', text: ALB_PAGE, at: albPage };
    // Akamai's reference page on a 403 is its Access Denied page: an edge rule (its WAF, Bot Manager, a geo or IP
    // block) refused the request before the origin saw it. Its 5xx pages carry the same reference and are not blocks.
    // With no status pasted, the page itself says it: Akamai titles only its denial "Access Denied" ("You don't have
    // permission to access … on this server. Reference #18.…", served with 403 and `Server: AkamaiGHost`: the pages
    // quoted in Ekultek/WhatWaf#1162 and #1191, hyperion-cs/dpi-checkers#57); its 5xx pages have other titles.
    const akamaiPage =
      any && waf === null && (status === 403 || (status === null && body.includes(AKAMAI_DENIED_TITLE)))
        ? body.indexOf(AKAMAI_REF)
        : -1;
    if (akamaiPage >= 0) waf = { product: 'Akamai', text: AKAMAI_REF, at: akamaiPage };
    if (waf === null) waf = azureWafBlock(ctx);
    const blocked = waf !== null && (status === 403 || status === null);
    if (blocked && waf !== null) {
      const rule = waf.product === 'Cloudflare' ? (/error (?:code: )?(1\d{3})/.exec(waf.text)?.[1] ?? null) : null;
      out.push(
        finding(
          'proxy.waf-block',
          { product: waf.product, rule },
          readableEvidence(ctx, ctx.evidenceAt(waf.at, waf.at + waf.text.length)),
          // A body text or a log record: no WAF block is read from a header (evidence labelled by where it is quoted from).
          'log',
        ),
      );
    }
    if (signals.length === 0) return out;
    // The WAF's block names who answered and why (proxy.waf-block): the same front door's headers and page beside it are
    // no second answer, and its authorizer or JWT settings were never reached. Only its own words of another refusal (a
    // gateway's verifier row) are evidence of their own ("a product that stated its own refusal answered").
    if (blocked && !ctx.hits.some((h) => GATEWAY_LIBRARIES[h.hit.library] !== undefined)) return out;
    // API Gateway's UNAUTHORIZED body to its own host is a 401 whether or not the paste kept the status line; so are a
    // gateway's own 401 code (Supabase's UNAUTHORIZED_…, verifier-messages/gateways-more.ts) and a function URL's 403,
    // short or with its troubleshooting sentence.
    if (
      status === null &&
      apiGatewayBody === null &&
      functionUrlBody === null &&
      !signals.some((s) => s.signal === LAMBDA_URL_DENIAL) &&
      !ctx.hits.some((h) => OWN_401_CODES.has(h.hit.id))
    )
      return out;
    if (status !== null && status !== 401 && status !== 403 && !keyOnly) return out;
    const noChallenge = ctx.challenges.length === 0 && status === 401 && ctx.http.responseShown;
    const generated = signals.find((s) => s.generated);
    if (generated === undefined && !noChallenge) return out;
    // Named by headers alone (a CDN's `server: cloudflare` and `cf-ray`, which Groq's and OpenAI's APIs answer through;
    // `Server: nginx` in front of SendGrid), beside a product's own refusal of the credential: that product answered,
    // and the intermediary only carried its reply, with no evidence of its own.
    if (generated === undefined && answeredInOwnWords(ctx)) return out;
    const product = openRestyGateway((generated ?? signals[0])?.product ?? 'an intermediary', signals);
    const named = signals.filter((s) => s.product === product);
    const first = named[0];
    const evidence =
      first?.field !== undefined
        ? ctx.evidenceAt(first.field.start, first.field.end)
        : first?.log !== undefined
          ? readableEvidence(ctx, ctx.evidenceAt(first.log[0], first.log[1]))
          : named.map((s) => s.signal).join('; ');
    const said = named.map((s) => s.signal);
    // A header's signal (`name: value`) is never a body text, and hashing it would flatten the joined string first.
    const keySignal = named.find((s) => s.field === undefined && API_KEY_REJECTIONS.has(s.signal));
    const apiKey = keySignal !== undefined;
    if (keyOnly && !apiKey) return out;
    const keyHeader =
      keySignal === undefined ? undefined : (apimKeyHeader(ctx) ?? API_KEY_REJECTIONS.get(keySignal.signal));
    // The quoted line's own place: a header field, a message read from a header, else a body text or a log line.
    const source = first?.field !== undefined ? 'response-header' : (first?.source ?? 'log');
    const serverless = product === 'Google Cloud front end' ? serverlessIamPage(ctx, said) : null;
    const easyAuth = product === 'IIS' && said.includes(IIS_DENIAL) && appServiceHost(ctx);
    const args: CodeArgs['proxy.gateway-response'] =
      keyHeader === undefined
        ? { product: serverless ?? (easyAuth ? 'Azure App Service authentication' : product), signals: said, apiKey }
        : { product, signals: said, apiKey, keyHeader };
    if (said.includes(GITHUB_USER_AGENT)) args.missingUserAgent = true;
    if (easyAuth) args.easyAuth = true;
    if (product === 'Azure Functions') args.functionKey = true;
    // Only a sign of its own reply says who wrote it; a header it puts on everything it passes on (`server: cloudflare`,
    // `x-amz-apigw-id`) named it here for want of a challenge alone, and which component answered is still to find out.
    if (generated !== undefined) args.ownReply = true;
    // The ALB's own 401 with no challenge is its listener rule's authentication: an authenticate-oidc or -cognito action
    // whose OnUnauthenticatedRequest is deny ("Return an HTTP 401 Unauthorized error", the ELBv2 API's
    // AuthenticateOidcActionConfig), which reads only its session cookie, or its Verify token action (JWT verification,
    // docs.aws.amazon.com elasticloadbalancing listener-verify-jwt: RS256, iss and exp required). Its step names both.
    if (product === 'AWS ALB' && generated !== undefined && noChallenge) args.albAuthAction = true;
    if (basicOnly(ctx)) args.basicOnly = true;
    if (product === 'Envoy') {
      const built = envoyBasedProduct(ctx);
      if (built !== null) args.product = built;
    }
    if (product === 'nginx' && ingressExternalAuth(ctx)) {
      args.product = 'ingress-nginx';
      args.externalAuth = true;
    }
    if (serverless !== null) {
      args.googleIam = true;
      // `Bearer $(gcloud auth print-access-token)`: the command prints an OAuth access token, which the check refuses.
      if (ctx.lower.includes('gcloud auth print-access-token')) args.gcloudAccessToken = true;
    }
    const cognitoToken = apiKey ? null : cognitoAuthorizerToken(ctx, named);
    if (cognitoToken !== null) args.cognitoToken = cognitoToken;
    if (product === 'Supabase Edge Functions') args.supabaseVerifyJwt = edgeVerifyJwtCause(ctx);
    // Pomerium's own answer (its intercepted-response header): a 403 is its route policy refusing the identity its session
    // or token gave, a 401 its wanting a session or credential of its own (pomerium.com/docs, "Troubleshooting": its
    // authorize log's allow-why-false, user-unauthenticated). Neither judged the application's token.
    const pomerium = product === 'Pomerium' && generated?.product === 'Pomerium';
    if (pomerium && status === 403) args.policyDenial = true;
    if (pomerium && status === 401) args.ownSession = true;
    // The gateway's own words say a rule of its own denied the request (policy.deny, stated), and none of them faults the
    // token (its jwt_authn's "Audiences in Jwt are not allowed"): its steps point at those rules, not its JWT settings.
    const own = ctx.hits.filter((h) => GATEWAY_LIBRARIES[h.hit.library] === product);
    if (own.some((h) => h.hit.code === 'policy.deny') && own.every((h) => h.hit.code === 'policy.deny'))
      args.policyDenial = true;
    // API Gateway answers an unknown resource or method with "Missing Authentication Token" before any authorizer runs
    // (AWS re:Post knowledge center, api-gateway-authentication-token-errors): its JWT settings are not the place to look.
    else if (own.length > 0 && own.every((h) => h.hit.code === 'proxy.route-not-found')) args.unknownRoute = true;
    const beforeToken =
      pomerium ||
      BEFORE_TOKEN_PRODUCTS.has(product) ||
      named.some((s) => s.field === undefined && OWN_CREDENTIAL.has(s.signal)) ||
      ownCredentialMissing(own) ||
      // Application Gateway's own 403 page is its WAF's block or a request it refused itself (PRODUCT_STEPS' sources):
      // its JWT validation answers 401 ("Deny (returns 401 status)", learn.microsoft.com azure/application-gateway/
      // json-web-token-overview), so no bearer token was judged and a missing Authorization header is not why.
      (product === 'Azure Application Gateway' && status === 403 && generated?.product === product);
    if (beforeToken) args.beforeToken = true;
    if (named.some((s) => s.field === undefined && OWN_SESSION.has(s.signal))) args.ownSession = true;
    // ingress-nginx's page for its auth service's refusal is that refusal stated: it explains the failure on its own.
    out.push(
      finding('proxy.gateway-response', args, evidence, source, beforeToken || args.externalAuth ? 'error' : undefined),
    );
    return out;
  },
});

/**
 * Cloudflare Access's redirect to its own sign-in, `Location: https://<team>.cloudflareaccess.com/cdn-cgi/access/login/
 * <host>?kid=<app aud>…` (cloudflare/pages-plugins#13; cloudflared's AccessLoginWorkerPath `/cdn-cgi/access/login` and
 * its `?kid=`, cloudflare/cloudflared#1646): Access answers a request without a valid identity of its own (no
 * CF_Authorization session, a wrong, missing or stale service token, a service token under an Allow rather than a
 * Service Auth policy) with a 302 there, not a 401 (stefanko-ch/Nexus-Stack#893, martymcenroe/AssemblyZero#1663). The
 * application never saw the request, and its bearer token was not judged.
 */
const ACCESS_LOGIN = /^https:\/\/[a-z0-9-]{1,63}\.cloudflareaccess\.com\/cdn-cgi\/access\/login(?:[/?#]|$)/;

function accessLoginRedirect(ctx: Context): FindingData<'proxy.gateway-response'>[] {
  const focus = ctx.http.focus;
  for (const h of ctx.http.headers) {
    if (h.name !== 'location' || h.side === 'request' || (focus !== null && (h.exchange ?? 0) !== focus)) continue;
    if (!ACCESS_LOGIN.test(h.value.slice(0, 120).toLowerCase())) continue;
    const args: CodeArgs['proxy.gateway-response'] = {
      product: 'Cloudflare Access',
      signals: [`location: ${h.value.slice(0, h.value.indexOf('/cdn-cgi/access/login') + 21)}`],
      apiKey: false,
      beforeToken: true,
      accessLogin: true,
      ownReply: true,
    };
    // cloudflared access's own dial shows its request, with the token `cloudflared access login` saved
    // (cloudflare/cloudflared#364, #404: `Cf-Access-Token: …` and still the 302).
    if (ctx.http.headers.some((r) => r.name === 'cf-access-token' && r.side !== 'response')) args.accessAppToken = true;
    return [finding('proxy.gateway-response', args, ctx.evidenceAt(h.start, h.end), 'response-header', 'error')];
  }
  return [];
}

/**
 * Products built on Envoy that name themselves in the Server header of the replies their Envoy writes, by the value
 * they configure: Kuma's built-in gateway (and Kong Mesh's, built on Kuma) sets its listeners' server_name to "Kuma
 * Gateway" (kumahq/kuma, pkg/plugins/runtime/gateway: `envoy_listeners.ServerHeader("Kuma Gateway")`; the 403 with
 * `server: Kuma Gateway` and Envoy's "RBAC: access denied" in kumahq/kuma-website#2322). Emissary, Contour, Gloo and
 * Envoy Gateway keep Envoy's default `server: envoy`, which says no more than Envoy.
 */
const ENVOY_BASED_SERVERS: ReadonlyMap<string, string> = new Map([['kuma gateway', 'Kuma']]);

/** The product an Envoy reply's Server header names, where it names one built on Envoy (ENVOY_BASED_SERVERS). */
function envoyBasedProduct(ctx: Context): string | null {
  for (const h of ctx.http.headers) {
    if (h.name !== 'server' || h.side === 'request') continue;
    const name = ENVOY_BASED_SERVERS.get(h.value.trim().toLowerCase());
    if (name !== undefined) return name;
  }
  return null;
}

/** Gateways built on OpenResty, whose own error pages are OpenResty's (`<center>openresty</center>`). */
const OPENRESTY_GATEWAYS: ReadonlySet<string> = new Set(['APISIX', 'Kong']);

/**
 * The product an nginx or OpenResty error page names, unless a response header names a gateway built on OpenResty: then
 * the page is that gateway's own (APISIX's openid-connect plugin answering with OpenResty's 401 page under `Server:
 * APISIX/2.4`, apache/apisix#3893), and its configuration is where to look, not nginx's.
 */
function openRestyGateway(product: string, signals: readonly Signal[]): string {
  if (product !== 'nginx') return product;
  for (const s of signals) if (s.field !== undefined && OPENRESTY_GATEWAYS.has(s.product)) return s.product;
  return product;
}

/**
 * A redirect an intermediary sent because its own sign-in session was missing or not enough, when its log line says so
 * (a BODY_SIGNALS text marked `session`): Authelia's authz endpoint logs "… is not authorized to user <anonymous>,
 * responding with status code 302 with location redirect to <portal>" (authelia/authelia#9113). The proxy in front
 * relays that redirect to the portal; the application never saw the request, and no bearer token was judged.
 */
function sessionRedirect(ctx: Context): FindingData<'proxy.gateway-response'>[] {
  const body = ctx.lower.length <= BODY_SCAN_LIMIT ? ctx.lower : ctx.lower.slice(0, BODY_SCAN_LIMIT);
  for (const b of BODY_SIGNALS) {
    if (b.session !== true) continue;
    const at = b.field === true ? fieldValueAt(body, b.text) : body.indexOf(b.text);
    if (at < 0) continue;
    const args: CodeArgs['proxy.gateway-response'] = {
      product: b.product,
      signals: [readableSignal(b.text)],
      apiKey: false,
      beforeToken: true,
      ownSession: true,
      ownReply: true,
    };
    const evidence = readableEvidence(ctx, ctx.evidenceAt(at, at + b.text.length));
    return [finding('proxy.gateway-response', args, evidence, 'log', 'error')];
  }
  return [];
}

/**
 * The serverless platform whose IAM check wrote Google's front-end denial page (proxy-texts.ts, GOOGLE_DENIAL), named
 * by the request's host when it shows one. Null for Google's generic error page, which says the same sentence beside
 * "That's an error." (a Google site refusing the client, not a service's IAM check).
 */
function serverlessIamPage(ctx: Context, said: readonly string[]): string | null {
  if (!said.includes(GOOGLE_DENIAL) || ctx.lower.includes('s an error.')) return null;
  const host = ctx.requestHost?.toLowerCase() ?? '';
  if (host.endsWith('.run.app')) return 'Cloud Run';
  if (host.endsWith('.cloudfunctions.net')) return 'Cloud Functions';
  return 'Cloud Run or Cloud Functions';
}

/**
 * The request went to an Azure App Service app (`*.azurewebsites.net`, its deployment slots and regional hosts included),
 * so an IIS denial page is App Service's authentication module ("Easy Auth") answering, not the app.
 */
function appServiceHost(ctx: Context): boolean {
  return ctx.requestHost?.toLowerCase().endsWith('.azurewebsites.net') === true;
}

/**
 * The kind of Cognito user-pool token a REST API's gateway refused (its UNAUTHORIZED gateway response, named by
 * `x-amzn-ErrorType: UnauthorizedException`): a COGNITO_USER_POOLS authorizer takes the ID token unless the method has
 * OAuth scopes, and then an access token carrying one (repost.aws "need access token as header in cognito": "If there
 * are no scopes defined the API Gateway Cognito Authorizer will require the ID Token"; docs.aws.amazon.com apigateway
 * "Integrate a REST API with an Amazon Cognito user pool"). An HTTP API's JWT authorizer answers with a challenge
 * instead, and checks aud or client_id, which its own words name. Its UNAUTHORIZED body to an execute-api host says the
 * same as the header (cognito-authorizer.ts), and so, of an access token, does the writer's word that the ID token works
 * ("IDトークンだと通ります"). Null when the token is no Cognito token.
 */
function cognitoAuthorizerToken(
  ctx: Context,
  named: readonly { product: string; signal: string }[],
): 'access' | 'id' | null {
  if (named[0]?.product !== 'AWS API Gateway') return null;
  const claims = ctx.claims;
  if (claims === null || typeof claims.iss !== 'string' || !COGNITO_ISSUER.test(claims.iss)) return null;
  const use = claims.token_use === 'access' ? 'access' : claims.token_use === 'id' ? 'id' : null;
  if (use === null) return null;
  const unauthorized = named.some(
    (s) =>
      s.signal === API_GATEWAY_UNAUTHORIZED ||
      s.signal.toLowerCase().startsWith('x-amzn-errortype: unauthorizedexception'),
  );
  // Without the authorizer's own answer, the writer's word that the ID token goes through says the same of an access token.
  return unauthorized || (use === 'access' && statedIdTokenWorks(ctx)) ? use : null;
}

/** AWS services that answer with API Gateway's `x-amzn-ErrorType` header too: their own words name them instead. */
const ERROR_TYPE_SHARERS: ReadonlySet<string> = new Set(['AWS AppSync', 'AWS Lambda function URL']);

/**
 * `x-amzn-ErrorType` is not API Gateway's alone: AppSync (`UnauthorizedException`) and Lambda function URLs
 * (`AccessDeniedException`) send it on their own refusals. When their words or a function URL's host
 * (`<id>.lambda-url.<region>.on.aws`) say which, that header names them, not API Gateway.
 */
function sharedErrorTypeHeader(signals: Signal[], ctx: Context): void {
  // Without the header there is nothing to rename: the host was lower-cased for every 401 and 403 (round "perf30").
  if (!hasApiGatewayErrorType(signals)) return;
  let owner = signals.find((s) => ERROR_TYPE_SHARERS.has(s.product))?.product;
  if (owner === undefined) {
    const host = ctx.requestHost?.toLowerCase() ?? '';
    if (lambdaUrlHost(host)) owner = 'AWS Lambda function URL';
    else if (appSyncShown(ctx, host)) owner = 'AWS AppSync';
  }
  if (owner === undefined) return;
  for (const s of signals)
    if (s.product === 'AWS API Gateway' && s.field?.name === 'x-amzn-errortype') s.product = owner;
}

/**
 * AppSync's own host or headers, or the writer naming it where API Gateway is not named: its GraphQL endpoint is
 * `<id>.appsync-api.<region>.amazonaws.com/graphql`, and an `x-amzn-appsync-*` header is its own (resolvers may not set
 * `x-amzn-` headers: AppSync developer guide, "HTTP helpers in util.http"). aws-amplify/amplify-js#3089 shows its 401
 * behind CloudFront with `x-amzn-errortype: UnauthorizedException`. Asked only when the error-type header is there.
 */
function appSyncShown(ctx: Context, host: string): boolean {
  if (host.includes('.appsync-api.') && host.endsWith('.amazonaws.com')) return true;
  if (ctx.http.headers.some((h) => h.name.startsWith('x-amzn-appsync'))) return true;
  return ctx.lower.includes('appsync') && !ctx.lower.includes('api gateway') && !ctx.lower.includes('apigateway');
}

function hasApiGatewayErrorType(signals: readonly Signal[]): boolean {
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i] as Signal;
    if (s.product === 'AWS API Gateway' && s.field?.name === 'x-amzn-errortype') return true;
  }
  return false;
}

/** Gravitee's unresolved-plan reply as its text reads it (parse/proxy-texts.ts), the signal shown for its object too. */
const GRAVITEE_REPLY = '{"message":"unauthorized","http_status_code":401}';

/**
 * Gravitee's unresolved-plan reply as a JSON object of its two members alone, `message` "Unauthorized" and
 * `http_status_code` 401, however it is laid out (parse/proxy-texts.ts reads its compact text). Reads the parsed objects.
 */
function graviteeReplyObject(ctx: Context): Signal | null {
  for (const span of ctx.json) {
    const v = span.value;
    if (v.http_status_code !== 401 || typeof v.message !== 'string' || v.message.toLowerCase() !== 'unauthorized')
      continue;
    if (Object.keys(v).length !== 2) continue;
    return { product: 'Gravitee', signal: GRAVITEE_REPLY, generated: true, log: [span.start, span.end] };
  }
  return null;
}

/** Kong key-auth's reply to a key it has no credential for, as its text reads it (parse/proxy-texts.ts). */
const KONG_KEY_REPLY = '{"message":"invalid authentication credentials"}';

/**
 * Kong key-auth's reply to an unknown key as a JSON object of its one member, `message` "Invalid authentication
 * credentials", however it is laid out: pretty-printed with the member on its own line, as HTTPie and jq print it
 * (Kong/kong#7101, key-auth under Kong 2.2.2). parse/proxy-texts.ts reads its compact text. Reads the parsed objects.
 */
function kongKeyReplyObject(ctx: Context): Signal | null {
  for (const span of ctx.json) {
    const v = span.value;
    if (typeof v.message !== 'string' || v.message.toLowerCase() !== 'invalid authentication credentials') continue;
    if (Object.keys(v).length !== 1) continue;
    return { product: 'Kong', signal: KONG_KEY_REPLY, generated: true, log: [span.start, span.end] };
  }
  return null;
}

/**
 * A gateway's message as the detail quotes it ("carries Envoy's signature (…)"): the message it matched, not its whole
 * line, when that line is the writer's prose around it (istio/istio#40944: "Facing the same issue. … it still throws
 * me `RBAC: Access Denied`."). A body or a log line of the product's own stays whole: it is all the product's words.
 * Redacted: a message may name what it refused.
 */
function ownWords(ctx: Context, hit: { start: number; end: number }, line: string): string {
  const words = ctx.text.slice(hit.start, hit.end).trim();
  const at = words.length === 0 ? -1 : line.indexOf(words);
  // A JSON body's fields are the product's, whatever sentences its strings hold (its line may be quoted cut, `…"}`).
  if (at < 0 || words.length >= line.length || jsonLine(line)) return line;
  const before = line.slice(0, at);
  const after = line.slice(at + words.length);
  // A sentence that ends before the message is the writer's; one after it may be the product's own page going on
  // (Cloud Run's "… invoke this service. Read more at …").
  const prose = SENTENCE_BREAK.test(before) || writerWords(before) || writerWords(after);
  return prose ? ctx.redactor.redact(words) : line;
}

/**
 * A writer's sentence around a quoted message: a sentence that ends and another that starts, a first-person word, or
 * kana (a Japanese sentence). A log line's fields have none of them. The line is one evidence line (bounded), and no
 * pattern can backtrack.
 */
const SENTENCE_BREAK = /[.?!] [A-Z]/;
const FIRST_PERSON = /(?:^|[\s,])(?:I|I'm|me|my|we|our|us)[\s,.]/;
const KANA = /[\u3040-\u30ff]/;

function jsonLine(line: string): boolean {
  return line.includes('":') || line.includes('{"') || line.includes('"}');
}

function writerWords(text: string): boolean {
  return FIRST_PERSON.test(text) || KANA.test(text);
}

/**
 * A body text as a reader would see it: Akamai's page writes its reference HTML-escaped (`Reference&#32;&#35;18&#46;…`,
 * parse/proxy-texts.ts), which the signal is matched by but is not shown as.
 */
function readableSignal(text: string): string {
  return text.includes('&#') ? decodeNumericEntities(text) : text;
}

/** The quote decoded the same way, then redacted again: an escaped `.` (`&#46;`) may have hidden a token's joints. */
function readableEvidence(ctx: Context, evidence: string): string {
  return evidence.includes('&#') ? ctx.redactor.redact(decodeNumericEntities(evidence)) : evidence;
}

/** `&#32;` → ` `, `&#x2F;` → `/`: printable ASCII only (a control character or a `<` stays escaped). */
function decodeNumericEntities(text: string): string {
  return text.replace(
    /&#(?:x([0-9a-f]{1,4})|([0-9]{1,5}));/gi,
    (whole, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code >= 0x20 && code < 0x7f && code !== 0x3c && code !== 0x3e ? String.fromCharCode(code) : whole;
    },
  );
}
