import type { Fragment } from './matcher.js';

/**
 * GitLab named within 1,500 characters of a match (its host, gitlab.com or a self-managed gitlab.example.com, or the
 * name in the sentence around a pasted body): words GitLab shares with other servers are then GitLab's.
 */
export function gitlabNear(f: Fragment): boolean {
  return f.text
    .slice(Math.max(0, f.start - 1500), f.end + 1500)
    .toLowerCase()
    .includes('gitlab');
}
