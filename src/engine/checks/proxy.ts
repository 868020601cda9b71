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

/** Who said no: a gateway, a WAF rule (authorizer denials and unknown routes come from the verifier-log check). */
export const proxyCheck = defineCheck({
  id: 'proxy',
  codes: ['proxy.gateway-response', 'proxy.waf-block'],
  run(ctx: Context) {
    const out: FindingData<'proxy.gateway-response' | 'proxy.waf-block'>[] = [];
    const signals = headerSignals(ctx.http.headers);
    const lower = ctx.text.length <= 1 << 20 ? ctx.text.toLowerCase() : ctx.text.slice(0, 1 << 20).toLowerCase();
    let waf: { product: string; text: string; at: number } | null = null;
    for (const b of BODY_SIGNALS) {
      const at = lower.indexOf(b.text);
      if (at < 0) continue;
      signals.push({ product: b.product, signal: b.text, generated: true });
      if (b.waf && waf === null) waf = { product: b.product, text: b.text, at };
    }
    // Envoy's local replies (jwt_authn's "Jwt is expired", RBAC's "RBAC: access denied") are written by its
    // own filters: an Envoy server header plus one of its messages means Envoy answered, not the app behind it.
    if (ctx.hits.some((h) => h.hit.library === 'envoy')) for (const s of signals) if (s.product === 'Envoy') s.generated = true;
    const status = ctx.http.status?.code ?? null;
    // An ALB answers 403 with its own page only when an AWS WAF web ACL blocked the request (AWS ELB
    // troubleshooting, "HTTP 403: Forbidden"); a listener rule's fixed response carries its own body.
    const albPage = lower.indexOf('<center>awselb/');
    if (waf === null && status === 403 && albPage >= 0) waf = { product: 'AWS WAF', text: '<center>awselb/', at: albPage };
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
