/**
 * Round audit-ak: the Git forges' own refusals, Gitea's and Forgejo's API body, scopes and router log and Bitbucket
 * Cloud's token envelope. Each judges its own token (checks/credential-kind.ts names Bitbucket's), so the steps are about
 * that token and where the forge takes it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, pasteNames } from './matcher.js';

const gitea = family('gitea');
const forgejo = family('forgejo');
const bitbucket = family('bitbucket');

/** Forgejo (and Codeberg, which runs it) named in the paste: its rows, not Gitea's, read the words they share. */
function forgejoNamed(f: Fragment): boolean {
  return pasteNames(f, 'forgejo') || pasteNames(f, 'codeberg');
}

/**
 * Gitea's and Forgejo's API error body, `{"message":"…","url":"https://<host>/api/swagger"}` (its APIContext.Error
 * writes the instance's swagger URL beside every message), or the product named in the paste.
 */
function forgeBody(f: Fragment): boolean {
  if (!/["']message["']\s?:\s?["']$/.test(f.before(20))) return false;
  if (f.after(160, true).includes('/api/swagger')) return true;
  return pasteNames(f, 'gitea') || forgejoNamed(f);
}

/** The scopes a Gitea or Forgejo token lacks, as Go prints the slice after the words: `: [read:repository write:issue]`. */
function forgeScopes(f: Fragment): Reading {
  const m = /^: \[([a-z:_ ]{1,200})\]/.exec(f.after(220));
  if (m === null) return {};
  return { args: { expected: (m[1] as string).split(' ').filter((s) => s !== '') }, extend: m[0].length };
}

const asGitea = (read: (f: Fragment) => Reading | null) => (f: Fragment) => (forgejoNamed(f) ? null : read(f));
const asForgejo = (read: (f: Fragment) => Reading | null) => (f: Fragment) => (forgejoNamed(f) ? read(f) : null);
const tokenRequiredBody = (f: Fragment): Reading | null => (forgeBody(f) ? {} : null);

/**
 * Bitbucket Cloud's error envelope before its words, `{"type": "error", "error": {"message": "` (as JSON, or escaped
 * inside a client's inspect: `{\"type\": \"error\", \"error\": {\"message\": \"`), or Bitbucket named near.
 */
const bitbucketNear = namedNear(600, 300, 'bitbucket');
function bitbucketEnvelope(f: Fragment): Reading | null {
  if (/\\?"error\\?"\s?:\s?\{\s?\\?"message\\?"\s?:\s?\\?"$/.test(f.before(40))) return {};
  return bitbucketNear(f);
}

/** The lists Bitbucket's scope refusal names in its detail, `"required": ["account"]` (JSON, or escaped in a string). */
const SCOPE_LISTS = {
  required: /required\\?"\s?:\s?\[([^\]]{0,400})\]/,
  granted: /granted\\?"\s?:\s?\[([^\]]{0,400})\]/,
} as const;
function bitbucketScopeList(detail: string, key: keyof typeof SCOPE_LISTS): string[] {
  const m = SCOPE_LISTS[key].exec(detail);
  return m === null ? [] : [...(m[1] as string).matchAll(/[a-z][a-z:_-]{0,60}/g)].map((x) => x[0]);
}

/** The scopes Bitbucket says the endpoint requires and the credential was granted, from the detail after its words. */
function bitbucketScopes(f: Fragment): Reading {
  const detail = f.after(600, true);
  const required = bitbucketScopeList(detail, 'required');
  const granted = bitbucketScopeList(detail, 'granted');
  if (required.length === 0) return {};
  return { args: granted.length === 0 ? { expected: required } : { expected: required, actual: granted.join(',') } };
}

export const FORGES: readonly Matcher[] = [
  // Gitea's API refusing a request that reached it with no token it accepted (routers/api/v1/api.go reqToken:
  // `ctx.Error(http.StatusUnauthorized, "reqToken", "token is required")`), as its body: {"message":"token is
  // required","url":"https://codeberg.org/api/swagger"} (codeberg clients' fixtures; go-gitea/gitea#27695 shows the
  // same envelope). Forgejo, its fork, answers the same; Splunk HEC's "Token is required" is another body.
  forgejo('token-required', 'token.missing', 'token is required', {
    exactCase: true,
    read: asForgejo(tokenRequiredBody),
  }),
  gitea('token-required', 'token.missing', 'token is required', { exactCase: true, read: asGitea(tokenRequiredBody) }),
  // Scoped tokens (Gitea 1.19+, go-gitea/gitea#20908; Forgejo alike): tokenRequiresScopes answers 403 "token does not
  // have at least one of required scope(s): [write:issue]" (forgejo's f3 tests: "Forbidden: tokenRequiresScope: token
  // does not have at least one of required scope(s): [read:issue]"), and its router log names the handler that
  // stopped the request: "completed GET /api/v1/version …, 403 Forbidden in 58.3ms @ v1/api.go:242
  // (v1.tokenRequiresScopes)" (fluxcd/notification-controller#580: a token converted to write:repository by 1.20's
  // scope refactor, blog.gitea.com/release-of-1.20.0).
  forgejo('token-scope', 'scope.insufficient', 'token does not have at least one of required scope(s)', {
    exactCase: true,
    read: asForgejo(forgeScopes),
  }),
  gitea('token-scope', 'scope.insufficient', 'token does not have at least one of required scope(s)', {
    exactCase: true,
    read: asGitea(forgeScopes),
  }),
  forgejo('token-requires-scopes-log', 'scope.insufficient', '(v1.tokenRequiresScopes)', {
    ...CODE,
    exactCase: true,
    read: asForgejo(() => ({})),
  }),
  gitea('token-requires-scopes-log', 'scope.insufficient', '(v1.tokenRequiresScopes)', {
    ...CODE,
    exactCase: true,
    read: asGitea(() => ({})),
  }),

  // Bitbucket Cloud refusing the credential it got: {"type": "error", "error": {"message": "Token is invalid, expired,
  // or not supported for this endpoint."}} (avivsinai/bitbucket-cli#174, #30: a scoped API token; AsyncFuncAI/
  // deepwiki-open#444: an API token sent as x-token-auth, the user an access token takes; rbansal42/bitbucket-cli#50).
  bitbucket(
    'token-invalid',
    'challenge.invalid-token',
    'Token is invalid, expired, or not supported for this endpoint.',
    { exactCase: true },
  ),
  // Its plain-text 401 to credentials it could not log in with, or sent in a way it does not take: "Login failed due to
  // incorrect login credentials or method.\nFor information on authentication methods for Bitbucket Cloud APIs, visit:
  // …/cloud/bitbucket/rest/intro/#authentication" (renovatebot/renovate#20533: a username with an API token).
  bitbucket('login-failed', 'challenge.invalid-token', 'Login failed due to incorrect login credentials or method.', {
    exactCase: true,
  }),
  // Its 403 to a credential without the scope the endpoint needs: {"type": "error", "error": {"message": "Your credentials
  // lack one or more required privilege scopes.", "detail": {"required": ["account"], "granted": ["team"]}}}
  // (backstage/backstage#22383, gildas/bitbucket-cli#56, avivsinai/bitbucket-cli#62: read:user:bitbucket).
  bitbucket('privilege-scopes', 'scope.insufficient', 'Your credentials lack one or more required privilege scopes.', {
    exactCase: true,
    read: bitbucketScopes,
  }),
  // Its OAuth access token past its two hours: {"type": "error", "error": {"message": "Access token expired."}}
  // (lemurheavy/coveralls-public#1541, from BitBucket::Error::Unauthorized). The words are anyone's: only in its
  // envelope or with Bitbucket named near.
  bitbucket('access-token-expired', 'time.expired', 'Access token expired.', {
    exactCase: true,
    read: bitbucketEnvelope,
  }),
];
