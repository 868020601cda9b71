/**
 * Git over HTTPS refused by its host (round audit-ss): git sent a user name and a password or token, from a credential
 * helper or a prompt, and the host answered 401 again. The credential is the host's own (an account password, a
 * personal access token, a CI job's token), never a JWT: checks/credential-kind.ts names which, so the steps are the
 * host's sign-in for git, not a JWT's exp, iss or aud.
 */
import { gitlabNear } from './gitlab-near.js';
import type { Matcher } from './matcher.js';
import { family } from './matcher.js';

const github = family('github');
const gitlab = family('gitlab');
const gitServer = family('git-server');

export const GIT_HOSTS: readonly Matcher[] = [
  // GitHub's refusal of an account password, or of a token it does not accept, for a Git operation, which git prints as
  // `remote: …` before its own "fatal: Authentication failed for '<url>'": "Invalid username or token. Password
  // authentication is not supported for Git operations." (gitextensions/gitextensions#12876, MetaMask/metamask-
  // extension#35661 in CI) and, before it, "Support for password authentication was removed on August 13, 2021."
  // (theshteves/commit-bot#16; github.blog/2020-12-15-token-authentication-requirements-for-git-operations).
  github(
    'git-credentials-refused',
    'challenge.invalid-token',
    'Invalid username or token. Password authentication is not supported for Git operations',
    { exactCase: true },
  ),
  github('git-password-removed', 'challenge.invalid-token', 'Support for password authentication was removed on', {
    exactCase: true,
  }),
  // GitLab's refusal of the Basic credentials git sent: "remote: HTTP Basic: Access denied" and, since 2022, ". The
  // provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token
  // instead of a password. See …#error-on-git-fetch-http-basic-access-denied" (mikeizbicki/cmc-csci046#481,
  // desktop/desktop#8860; the bare form in microsoft/Git-Credential-Manager-for-Windows#801, languitar/pass-git-helper#78).
  // As git relays it (`remote: `), or with GitLab named near.
  gitlab('http-basic-access-denied', 'challenge.invalid-token', 'HTTP Basic: Access denied', {
    exactCase: true,
    read: (f) => (f.before(12).endsWith('remote: ') || gitlabNear(f) ? {} : null),
  }),
  // git's own words when the host refused the credentials it sent (http.c: "Authentication failed for '%s'"): whatever
  // the host, the one it names (git-for-windows/git#1119, Azure Repos and Bitbucket alike). A host's `remote:` line above
  // it, read by the rows above, says more.
  gitServer('authentication-failed', 'challenge.invalid-token', "fatal: Authentication failed for '", {
    exactCase: true,
  }),
];
