/**
 * Application platforms' own APIs refusing the API or deploy token their CLI, their Terraform provider or a CI job
 * sends (round audit-at): Heroku's Platform API, Railway's, Fly.io's. None of these tokens is a JWT the paste could
 * judge, so each row names the platform, and the steps are where that platform's token comes from and which variable
 * its CLI reads.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear } from './matcher.js';

const heroku = family('heroku');
const railway = family('railway');
const fly = family('fly');

/**
 * Heroku's "Invalid credentials provided." is a sentence other servers could say: its own with Heroku named near, or
 * with the Platform API's error id beside it, as its JSON (`{"id":"unauthorized","error":…}`, escaped or not) or the
 * CLI (`Error ID: unauthorized`) print it.
 */
const HEROKU_NEAR = namedNear(
  600,
  300,
  'heroku',
  '"id":"unauthorized"',
  '\\"id\\":\\"unauthorized\\"',
  'error id: unauthorized',
);

/** Railway's "Not Authorized" is anyone's words: its own with Railway (its CLI, its API's host) named near. */
const RAILWAY_NEAR = namedNear(300, 200, 'railway');

/**
 * flyctl's words for the API's refusal, "You must be authenticated to view this.", read with flyctl's commands or its
 * token variables near: the sentence alone is any GraphQL server's.
 */
const FLY_NEAR = namedNear(
  400,
  200,
  'fly auth',
  'flyctl',
  'fly.io',
  'fly_api_token',
  'fly_access_token',
  'fly deploy',
  'superfly',
);
const flyNear = (f: Fragment): Reading | null => FLY_NEAR(f);

export const PAAS_CLIS: readonly Matcher[] = [
  // Heroku's Platform API refusing the API key (or the OAuth token `heroku login` stored in ~/.netrc), its 401
  // `{"id":"unauthorized","error":"Invalid credentials provided."}` (scala-vienna/scala-vienna-web#35, a Travis deploy),
  // the CLI's ` !    Invalid credentials provided.` (heroku/heroku-builds#67 with HEROKU_DEBUG's `<-- 401
  // Unauthorized`; heroku/heroku-accounts#23) and ` ›   Error: Invalid credentials provided.` / ` ›   Error ID:
  // unauthorized` (iterative/mlem#501), the Terraform provider's (heroku/terraform-provider-heroku#337).
  heroku('invalid-credentials', 'challenge.invalid-token', 'Invalid credentials provided.', {
    exactCase: true,
    read: HEROKU_NEAR,
  }),
  // The Railway CLI's words for the API's refusal (railwayapp/cli#768: "Unauthorized. Please check that your
  // RAILWAY_TOKEN is valid and has access to the resource you're trying to use." and the RAILWAY_API_TOKEN form, and
  // "Unauthorized. Please run `railway login` again."; its earlier "Unauthorized. Please login with `railway login`",
  // railwayapp/cli#618 and #699, with a team token or a project token where an account token was needed; #747's
  // "Invalid RAILWAY_TOKEN. Please check that your token is valid and has not expired").
  railway('check-token', 'challenge.invalid-token', 'Unauthorized. Please check that your RAILWAY_TOKEN is valid', {
    exactCase: true,
  }),
  railway(
    'check-api-token',
    'challenge.invalid-token',
    'Unauthorized. Please check that your RAILWAY_API_TOKEN is valid',
    { exactCase: true },
  ),
  railway('login-again', 'challenge.invalid-token', 'Unauthorized. Please run `railway login` again.', {
    exactCase: true,
  }),
  railway('login-with', 'challenge.invalid-token', 'Unauthorized. Please login with `railway login`', {
    exactCase: true,
  }),
  railway('invalid-railway-token', 'challenge.invalid-token', 'Invalid RAILWAY_TOKEN. Please check that your token', {
    exactCase: true,
  }),
  // Its earlier CLI passing the GraphQL API's refusal on: "GraphQL query failed with 1 errors: Not Authorized"
  // (railwayapp/cli#140, `railway variables set` with RAILWAY_TOKEN in a GitHub Actions job).
  railway('graphql-not-authorized', 'challenge.invalid-token', 'query failed with 1 errors: Not Authorized', {
    exactCase: true,
    read: RAILWAY_NEAR,
  }),
  // flyctl passing on the Fly.io API's refusal of its token: "Error: failed retrieving current user: You must be
  // authenticated to view this." (superfly/flyctl#4261: FLY_AUTH_TOKEN left in the environment, which current flyctl
  // no longer reads; FLY_API_TOKEN and FLY_ACCESS_TOKEN win over the saved login).
  fly('must-be-authenticated', 'challenge.invalid-token', 'You must be authenticated to view this.', {
    exactCase: true,
    read: flyNear,
  }),
  // …and its refusal of a token it authenticated for an app the token does not reach: "Error: Not authorized to deploy
  // this app." (superfly/fly-pr-review-apps#60: the FLY_API_TOKEN that deploys the main app, an app-scoped deploy
  // token, used to create and deploy each pull request's own app).
  fly('not-authorized-to-deploy', 'policy.deny', 'Not authorized to deploy this app.', {
    exactCase: true,
    read: flyNear,
  }),
];
