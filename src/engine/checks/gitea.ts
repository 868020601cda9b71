import type { Context } from '../context.js';
import { toolTakesScheme } from '../parse/verifier-messages/dev-tools.js';

/** Gitea's and Forgejo's API error envelope ends with the instance's swagger URL (go-gitea/gitea#27695). */
const SWAGGER_URL = '/api/swagger"';

/**
 * The request went to Gitea's or Forgejo's API: its host names either (or Codeberg, which runs Forgejo), or its path is
 * their `/api/v1/` and the paste names one or shows their error envelope, `{"message":"…","url":"https://<host>/api/
 * swagger"}` (go-gitea/gitea#27695: `-H 'Authorization: token $TOKEN'` to gitea.localtest.me/api/v1/admin/users,
 * answered so). `/api/v1/` alone is many APIs' path, so it never decides. Gated on substrings of the paste.
 */
export function giteaApi(ctx: Context): boolean {
  const host = ctx.requestHost?.toLowerCase();
  if (host !== undefined && (host.includes('gitea') || host.includes('forgejo') || host.includes('codeberg.org')))
    return true;
  const lower = ctx.lower;
  if (!lower.includes('/api/v1/')) return false;
  return (
    lower.includes(SWAGGER_URL) || lower.includes('gitea') || lower.includes('forgejo') || lower.includes('codeberg')
  );
}

/**
 * Gitea's API takes `Authorization: token <PAT>` and Basic beside Bearer (docs.gitea.com/development/api-usage): a
 * request the paste shows going to it used a scheme it reads, whether or not Gitea's own words answered.
 */
export function giteaTakesScheme(ctx: Context, scheme: string): boolean {
  return toolTakesScheme('gitea', scheme.toLowerCase()) && giteaApi(ctx);
}
