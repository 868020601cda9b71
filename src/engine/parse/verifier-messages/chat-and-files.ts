/**
 * Round audit-ak: chat and file servers refusing a bot or a sync client, Mattermost's and Rocket.Chat's REST replies and
 * Nextcloud's and ownCloud's WebDAV, OCS and CSRF words. Each judges its own session, token or login.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, pasteNames, textAround, textBefore } from './matcher.js';

const mattermost = family('mattermost');
const rocketChat = family('rocket-chat');
const nextcloud = family('nextcloud');
const owncloud = family('owncloud');

/** A refusal its product gives both to no credential and to one it does not hold (checks/token-judged.ts). */
const OR_NONE = { reason: 'or-none' } as const;

/** Rocket.Chat's REST reply, `{"status":"error","message":"…"}`, or its own credential headers or name in the paste. */
function rocketChatReply(f: Fragment): Reading | null {
  if (/["']status["']\s?:\s?["']error["']\s?,\s?["']message["']\s?:\s?["']$/.test(textBefore(f, 60))) return {};
  return pasteNames(f, 'x-user-id') || pasteNames(f, 'rocket.chat') || pasteNames(f, 'rocketchat') ? {} : null;
}

/** Mattermost named near its English message (its host, its client's package, its MMAUTHTOKEN cookie). */
const mattermostNear = namedNear(800, 300, 'mattermost', 'mmauthtoken');

/** The permission Mattermost's detailed error names (`userId=…, permission=create_post`), when the reply shows it. */
function mattermostPermission(f: Fragment): Reading {
  const m = /permission=([a-z_]{1,60})/.exec(f.after(400, true));
  return m === null ? {} : { args: { actual: m[1] as string } };
}

/**
 * Which of Nextcloud and ownCloud the paste names (their WebDAV and OCS words are one code base's): ownCloud only when
 * named, Nextcloud when named or its endpoints (remote.php, ocs/v1.php, ocs/v2.php) are; sabre/dav alone names no one.
 */
function cloudNamed(f: Fragment): 'nextcloud' | 'owncloud' | null {
  if (pasteNames(f, 'owncloud')) return 'owncloud';
  return pasteNames(f, 'nextcloud') || pasteNames(f, 'remote.php') || pasteNames(f, '.php/cloud/') ? 'nextcloud' : null;
}
const asCloud =
  (product: 'nextcloud' | 'owncloud', read: (f: Fragment) => Reading | null = () => ({})) =>
  (f: Fragment) =>
    cloudNamed(f) === product ? read(f) : null;

/**
 * sabre/dav's Basic backend finding no header, unless the same message says the credentials that did come were wrong:
 * the server joins every backend's reason into one message (nextcloud/server#31558), and a wrong password is the cause.
 */
function noHeaderUnlessWrong(f: Fragment): Reading | null {
  const rest = textAround(f, 600, 600);
  return rest.includes('Username or password was incorrect') ? null : {};
}

/** OCS's status code 997 (unauthorised) in the reply's meta beside its message. */
function ocs997(f: Fragment): Reading | null {
  return /\b997\b/.test(textAround(f, 200, 200)) ? {} : null;
}

export const CHAT_AND_FILES: readonly Matcher[] = [
  // Mattermost's API for a session or personal access token it does not hold (or has revoked, or with personal access
  // tokens turned off): {"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please
  // login again.",…,"status_code":401} (mattermost/mattermost#23137, neopoly/neoboard#13), the English words as its
  // clients print them ("ApiV4Exception: 401 Invalid or expired session, please login again.", Galigator/
  // Mattermost-client#1; 42wim/matterircd#208).
  // It answers a request with no token the same way (mattermost/mattermost#13937: err_details UserRequired), so the
  // words do not say one came (`or-none`).
  mattermost('session-expired', 'challenge.invalid-token', 'api.context.session_expired.app_error', {
    ...CODE,
    args: OR_NONE,
  }),
  mattermost('session-expired-words', 'challenge.invalid-token', 'Invalid or expired session, please login again.', {
    exactCase: true,
    args: OR_NONE,
    read: mattermostNear,
  }),
  // Its permission check for a caller it authenticated (mattermost-server app/authorization.go MakePermissionError:
  // `NewAppError("Permissions", "api.context.permissions.app_error", nil, "userId=…, permission=<id>", 403)`).
  mattermost('permissions', 'policy.deny', 'api.context.permissions.app_error', {
    ...CODE,
    read: mattermostPermission,
  }),

  // Rocket.Chat's REST API when X-Auth-Token and X-User-Id do not name a logged-in user (missing, or a token of another
  // user or revoked): {"status":"error","message":"You must be logged in to do this."} (RocketChat/Rocket.Chat#10792,
  // #8292: an Authorization header sent instead, #13340; RocketChat/hubot-rocketchat#355).
  rocketChat('not-logged-in', 'challenge.invalid-token', 'You must be logged in to do this.', {
    exactCase: true,
    args: OR_NONE,
    read: rocketChatReply,
  }),

  // Nextcloud's and ownCloud's WebDAV (sabre/dav's Auth plugin) with no credentials it could read: "No 'Authorization:
  // Basic' header found. Either the client didn't send one, or the server is misconfigured" in its NotAuthenticated
  // (nextcloud/server#31558, #5482, #16438; owncloud/core#32090): no header came, or the web server dropped it before
  // PHP (Apache with PHP-FPM or CGI). A wrong password in the same message is the other row's.
  owncloud(
    'no-basic-header',
    'token.missing',
    "No 'Authorization: Basic' header found. Either the client didn't send one",
    { exactCase: true, read: asCloud('owncloud', noHeaderUnlessWrong) },
  ),
  nextcloud(
    'no-basic-header',
    'token.missing',
    "No 'Authorization: Basic' header found. Either the client didn't send one",
    { exactCase: true, read: asCloud('nextcloud', noHeaderUnlessWrong) },
  ),
  // Its own Basic backend refusing the login and password it got (apps/dav/lib/Connector/Sabre/Auth.php: "Username or
  // password was incorrect"; nextcloud/server#39590's WebDAV logs).
  owncloud('credentials-incorrect', 'challenge.invalid-token', 'Username or password was incorrect', {
    exactCase: true,
    read: asCloud('owncloud'),
  }),
  nextcloud('credentials-incorrect', 'challenge.invalid-token', 'Username or password was incorrect', {
    exactCase: true,
    read: asCloud('nextcloud'),
  }),
  // The OCS API authenticating no user: {"ocs":{"meta":{"status":"failure","statuscode":997,"message":"Current user is
  // not logged in"}}} (nextcloud/server#12665, a bearer token it did not accept; owncloud/core#26828).
  owncloud('ocs-not-logged-in', 'token.missing', 'Current user is not logged in', {
    exactCase: true,
    read: asCloud('owncloud', ocs997),
  }),
  nextcloud('ocs-not-logged-in', 'token.missing', 'Current user is not logged in', {
    exactCase: true,
    read: asCloud('nextcloud', ocs997),
  }),
  // Its CSRF check on a request that carried a session and no CSRF token: "CSRF check failed" (nextcloud/server#2753:
  // a script's POST to ocs/v1.php/cloud/users; owncloud/core#25927). OCS requests are exempt when they send
  // `OCS-APIRequest: true` (docs.nextcloud.com, OCS API).
  owncloud('csrf-check-failed', 'request.csrf-rejected', 'CSRF check failed', {
    exactCase: true,
    read: asCloud('owncloud'),
  }),
  nextcloud('csrf-check-failed', 'request.csrf-rejected', 'CSRF check failed', {
    exactCase: true,
    read: asCloud('nextcloud'),
  }),
];
