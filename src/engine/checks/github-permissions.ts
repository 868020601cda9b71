/**
 * GitHub's permissions for a call a GitHub App or fine-grained token may not make. Its 403 "Resource not accessible by
 * integration" (an installation token, a workflow's GITHUB_TOKEN) or "… by personal access token" (a fine-grained PAT)
 * comes with `X-Accepted-GitHub-Permissions`, the permission sets the endpoint accepts: sets separated by `;`, any one
 * of which suffices, each a comma-separated list of `name=level` (github.blog/changelog/2023-08-10-x-accepted-github-
 * permissions-header-for-fine-grained-permission-actors: "repository_projects=write; organization_projects=admin"
 * means either). These actors have permissions, not OAuth scopes: the step differs from a scope request.
 */
import type { Context } from '../context.js';

export type GitHubActor = 'integration' | 'personal-access-token';

export interface GitHubPermissionArgs {
  githubActor: GitHubActor;
  /** The header's sets, any one of which the endpoint accepts; empty when the paste does not show the header. */
  githubPermissions: string[][];
}

const HEADER = 'x-accepted-github-permissions';
const PERMISSION = /^[a-z][a-z0-9_]{0,59}=[a-z]{1,10}$/;

export function githubPermissionArgs(ctx: Context, description: string | null): GitHubPermissionArgs | null {
  const actor: GitHubActor | null =
    description === 'Resource not accessible by integration'
      ? 'integration'
      : description === 'Resource not accessible by personal access token'
        ? 'personal-access-token'
        : null;
  if (actor === null) return null;
  const field = ctx.http.headers.find((h) => h.name === HEADER && h.side !== 'request');
  return { githubActor: actor, githubPermissions: field === undefined ? [] : permissionSets(field.value) };
}

function permissionSets(value: string): string[][] {
  const sets: string[][] = [];
  for (const part of value.slice(0, 600).split(';', 12)) {
    const set = part
      .split(',', 12)
      .map((p) => p.trim().toLowerCase())
      .filter((p) => PERMISSION.test(p));
    if (set.length > 0) sets.push(set);
  }
  return sets;
}
