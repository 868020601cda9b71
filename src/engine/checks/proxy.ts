import type { Context } from '../context.js';
import type { HeaderField } from '../parse/http.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';

interface Signal {
  product: string;
  /** What identified it, for the evidence. */
  signal: string;
  /** The intermediary produced this response itself (an error type header, its own error page). */
  generated: boolean;
  field?: HeaderField;
}

/** Response headers that name an intermediary. `generated` marks headers it only sets on its own answers. */
function headerSignals(headers: readonly HeaderField[]): Signal[] {
  const out: Signal[] = [];
  for (const h of headers) {
    if (h.side === 'request') continue;
    const v = h.value.toLowerCase();
    const add = (product: string, generated: boolean) => out.push({ product, signal: `${h.name}: ${h.value.slice(0, 60)}`, generated, field: h });
    switch (h.name) {
      case 'x-amzn-errortype':
        add('AWS API Gateway', true);
        break;
      case 'x-amz-apigw-id':
      case 'apigw-requestid':
        add('AWS API Gateway', false);
        break;
      case 'server':
        if (v.startsWith('awselb')) add('AWS ALB', true);
        else if (v === 'cloudflare') add('Cloudflare', false);
        else if (v === 'envoy' || v === 'istio-envoy') add('Envoy', false);
        else if (v.startsWith('kong')) add('Kong', false);
        else if (v === 'nginx' || v.startsWith('nginx/') || v.startsWith('openresty')) add('nginx', false);
        else if (v === 'cloudfront' || v === 'amazons3') add('CloudFront', false);
        else if (v.startsWith('akamaighost')) add('Akamai', false);
        else if (v.includes('microsoft-azure-application-gateway')) add('Azure Application Gateway', true);
        else if (v === 'google frontend' || v === 'esf') add('Google Cloud front end', false);
        break;
      case 'cf-ray':
        add('Cloudflare', false);
        break;
      case 'x-kong-response-latency':
        // Kong sets this only on responses it generated itself (proxied ones carry X-Kong-Upstream-Latency).
        add('Kong', true);
        break;
      case 'via':
        if (v.includes('kong')) add('Kong', false);
        else if (v.includes('cloudfront')) add('CloudFront', false);
        break;
      case 'x-cache':
        if (v.startsWith('error from cloudfront')) add('CloudFront', true);
        break;
      case 'x-azure-ref':
        add('Azure Front Door', false);
        break;
      default:
        if (h.name.startsWith('x-envoy-')) add('Envoy', false);
    }
  }
  return out;
}

/** Body texts of intermediaries' own error pages (lower-case). */
const BODY_SIGNALS: ReadonlyArray<{ text: string; product: string; waf: boolean }> = [
  { text: 'error code: 1020', product: 'Cloudflare', waf: true },
  { text: 'error 1020', product: 'Cloudflare', waf: true },
  { text: 'attention required! | cloudflare', product: 'Cloudflare', waf: true },
  { text: 'sorry, you have been blocked', product: 'Cloudflare', waf: true },
  { text: 'the request could not be satisfied', product: 'CloudFront', waf: false },
  { text: 'request blocked.', product: 'AWS WAF', waf: true },
  { text: 'incapsula incident id', product: 'Imperva', waf: true },
  { text: 'the requested url was rejected. please consult with your administrator', product: 'F5 BIG-IP ASM', waf: true },
  { text: 'mod_security', product: 'ModSecurity', waf: true },
  { text: 'modsecurity', product: 'ModSecurity', waf: true },
  { text: 'the request is blocked.', product: 'Azure WAF', waf: true },
  // nginx's own error pages end `<hr><center>nginx</center>`, or `nginx/1.25.3` when server_tokens is on.
  { text: '<center>nginx', product: 'nginx', waf: false },
  { text: '<center>openresty', product: 'nginx', waf: false },
  { text: '<center>awselb/2.0</center>', product: 'AWS ALB', waf: false },
  { text: '<center>cloudflare</center>', product: 'Cloudflare', waf: false },
];

/** The ALB's own page, which only an AWS WAF block produces on a 403 (see below). */
const ALB_PAGE = '<center>awselb/';

/**
 * Whether any body text occurs at all: one pass of a literal alternation (linear: no quantifiers)
 * instead of an `indexOf` pass per text, which was most of this check's cost. Only a paste that has one
 * is searched text by text, for positions and order.
 */
const ANY_BODY_SIGNAL = new RegExp([...BODY_SIGNALS.map((b) => b.text), ALB_PAGE].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Body signals are looked for in the first megabyte only: an error page is short and comes first. */
const BODY_SCAN_LIMIT = 1 << 20;

/** Who said no: a gateway, a WAF rule (authorizer denials and unknown routes come from the verifier-log check). */
export const proxyCheck = defineCheck({
  id: 'proxy',
  codes: ['proxy.gateway-response', 'proxy.waf-block'],
  run(ctx: Context) {
    const out: FindingData<'proxy.gateway-response' | 'proxy.waf-block'>[] = [];
    const status = ctx.http.status?.code ?? null;
    // Both findings need a 401, a 403 or no status at all: any other status makes the scans below moot.
    if (status !== null && status !== 401 && status !== 403) return out;
    const signals = headerSignals(ctx.http.headers);
    // The context's folded copy of the text (a slice of it is a view, not a copy).
    const body = ctx.lower.length <= BODY_SCAN_LIMIT ? ctx.lower : ctx.lower.slice(0, BODY_SCAN_LIMIT);
    const any = ANY_BODY_SIGNAL.test(body);
    let waf: { product: string; text: string; at: number } | null = null;
    for (const b of any ? BODY_SIGNALS : []) {
      const at = body.indexOf(b.text);
      if (at < 0) continue;
      signals.push({ product: b.product, signal: b.text, generated: true });
      if (b.waf && waf === null) waf = { product: b.product, text: b.text, at };
    }
    // Envoy's local replies (jwt_authn's "Jwt is expired", RBAC's "RBAC: access denied") are written by its
    // own filters: an Envoy server header plus one of its messages means Envoy answered, not the app behind it.
    if (ctx.hits.some((h) => h.hit.library === 'envoy')) for (const s of signals) if (s.product === 'Envoy') s.generated = true;
    // An ALB answers 403 with its own page only when an AWS WAF web ACL blocked the request (AWS ELB
    // troubleshooting, "HTTP 403: Forbidden"); a listener rule's fixed response carries its own body.
    const albPage = any && waf === null && status === 403 ? body.indexOf(ALB_PAGE) : -1;
    if (albPage >= 0) waf = { product: 'AWS WAF', text: ALB_PAGE, at: albPage };
    if (waf !== null && (status === 403 || status === null)) {
      const rule = /error (?:code: )?(1\d{3})/.exec(waf.text)?.[1] ?? null;
      out.push(finding('proxy.waf-block', { product: waf.product, rule }, ctx.evidenceAt(waf.at, waf.at + waf.text.length), 'response-header'));
    }
    if (signals.length === 0 || status === null || (status !== 401 && status !== 403)) return out;
    const noChallenge = ctx.challenges.length === 0 && status === 401 && ctx.http.responseShown;
    const generated = signals.find((s) => s.generated);
    if (generated === undefined && !noChallenge) return out;
    const product = (generated ?? signals[0])?.product ?? 'an intermediary';
    const named = signals.filter((s) => s.product === product);
    const first = named[0];
    const evidence = first?.field !== undefined ? ctx.evidenceAt(first.field.start, first.field.end) : named.map((s) => s.signal).join('; ');
    out.push(finding('proxy.gateway-response', { product, signals: named.map((s) => s.signal) }, evidence, 'response-header'));
    return out;
  },
});
