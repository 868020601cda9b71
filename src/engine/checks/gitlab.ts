import type { Context } from '../context.js';

/**
 * GitLab's REST API reads its own credentials, not only Authorization (docs.gitlab.com/api/rest/authentication): a
 * personal, project or group access token in `PRIVATE-TOKEN` (or `private_token` in the query), an OAuth 2.0 token or
 * an access token as `Authorization: Bearer`, a CI/CD job token in `JOB-TOKEN` (or `job_token`). A request carrying
 * one of these headers sent GitLab a credential, under the name GitLab reads.
 */
const GITLAB_TOKEN_HEADERS: ReadonlySet<string> = new Set(['private-token', 'job-token']);

/**
 * GitLab's 401 body, the same for a token it did not find and one that is not valid (docs.gitlab.com/api/rest/
 * authentication: "If authentication information is not valid or is missing, GitLab returns an error message with a
 * status code of 401: {"message": "401 Unauthorized"}"), printed compact or with a space after the colon.
 */
function gitlab401Body(lower: string): boolean {
  const i = lower.indexOf('"401 unauthorized"');
  if (i < 0) return false;
  const before = lower.slice(Math.max(0, i - 12), i).trimEnd();
  return before.endsWith('"message":');
}

/**
 * The request went to GitLab's REST API: its host names GitLab, or its path is GitLab's `/api/v4/` and the paste names
 * GitLab (a word, a `glpat-` token, its headers or its 401 body). `/api/v4/` alone is not GitLab's (Mattermost's API has
 * the same path), nor is the body alone (any Grape API can answer it). Gated on a substring of the paste.
 */
export function gitlabApi(ctx: Context): boolean {
  const lower = ctx.lower;
  if (ctx.requestHost?.toLowerCase().includes('gitlab')) return true;
  const named = lower.includes('gitlab');
  if (named && gitlab401Body(lower)) return true;
  if (!lower.includes('/api/v4/')) return false;
  return named || lower.includes('glpat-') || sentGitlabHeader(ctx) || gitlab401Body(lower);
}

/** The request carried a token under a header GitLab reads beside Authorization (PRIVATE-TOKEN, JOB-TOKEN). */
export function sentGitlabHeader(ctx: Context): boolean {
  return ctx.http.headers.some((h) => h.side !== 'response' && GITLAB_TOKEN_HEADERS.has(h.name) && h.value !== '');
}
