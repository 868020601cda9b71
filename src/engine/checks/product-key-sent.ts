import type { Context } from '../context.js';
import { type ProductKey, productKeyOf } from '../token/product-key.js';
import { gitlabApi } from './gitlab.js';

/** Where the request carried a product's key outside Authorization: the span to quote (redacted) and whose key. */
export interface ProductKeySent {
  key: ProductKey;
  start: number;
  end: number;
}

/**
 * A product's key sent where its product reads one other than Authorization: a request header's whole value
 * (Anthropic's `x-api-key`, docs.anthropic.com/en/api/getting-started "Authentication"; Shopify's
 * `X-Shopify-Access-Token`; GitLab's `PRIVATE-TOKEN`), or a Google API key in the URL's `key=` parameter (Google Cloud
 * "Use API keys to access APIs": `?key=API_KEY`). The request did carry a credential: it is no missing Authorization.
 */
export function productKeySent(ctx: Context): ProductKeySent | null {
  // GitLab's headers (PRIVATE-TOKEN, JOB-TOKEN, and ones it does not read) have their own reading and steps
  // (checks/gitlab.ts): left to it.
  if (gitlabApi(ctx)) return null;
  for (const h of ctx.http.headers) {
    if (h.side === 'response' || h.name === 'authorization') continue;
    const key = productKeyOf(h.value.trim());
    if (key !== null) return { key, start: h.start, end: h.end };
  }
  const url = ctx.http.request.url;
  if (url?.includes('key=AIza') === true) {
    const at = ctx.text.indexOf('key=AIza');
    if (at >= 0) {
      let end = at + 4;
      while (end < ctx.text.length && end - at < 80 && /[\w-]/.test(ctx.text.charAt(end))) end++;
      const key = productKeyOf(ctx.text.slice(at + 4, end));
      if (key !== null) return { key, start: at, end };
    }
  }
  return null;
}
