/**
 * Round audit-aj: content platforms and shops refusing a caller in their own words. WordPress's REST API answers with a
 * WP_Error envelope, `{"code":"rest_forbidden","message":"…","data":{"status":401}}`, whose code is the row (WooCommerce
 * and the JWT Authentication plugin use the same envelope with codes of their own); Contentful, Sanity and Ghost name
 * their refusal of their own tokens with an error id; Magento's web API names the ACL resource the caller lacks.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, textAround } from './matcher.js';

const wordpress = family('wordpress');
const woocommerce = family('woocommerce');
const wpJwtAuth = family('wp-jwt-auth');
const wpGraphqlJwt = family('wp-graphql-jwt');
const contentful = family('contentful');
const sanity = family('sanity');
const ghost = family('ghost');
const magento = family('magento');
const commercetools = family('commercetools');

/** The code as a value or a client's bracketed print: `"rest_forbidden"`, `(rest_forbidden)`, `[woocommerce_…]`. */
function asCode(f: Fragment): boolean {
  return /["'([]$/.test(f.before(1));
}

/** The envelope's `data.status` (or a dump's `'status' => 401`) beside the code. */
const WP_STATUS = /\bstatus\\?["']?\s?(?:=>|:)\s?(40[13])\b/;

/**
 * WordPress answers a permission callback's refusal with rest_authorization_required_code(): 401 when no user is
 * logged in (no credential reached it, or none it accepts), 403 when the logged-in user lacks the capability. The
 * status decides which; without it the code alone does not.
 */
function wpRefusal(f: Fragment): Reading | null {
  if (!asCode(f)) return null;
  const status = WP_STATUS.exec(textAround(f, 200, 200))?.[1];
  if (status === undefined) return null;
  return status === '401' ? { code: 'token.missing' } : {};
}

const AS_CODE = { ...CODE, exactCase: true, read: (f: Fragment) => (asCode(f) ? {} : null) } as const;
const WP_REFUSAL = { ...CODE, exactCase: true, read: wpRefusal } as const;

/** The actions WordPress's and WooCommerce's rest_cannot_<action> codes name. */
const WP_ACTIONS = ['create', 'edit', 'delete', 'view', 'read', 'publish', 'access'] as const;
const WC_ACTIONS = ['view', 'create', 'edit', 'delete', 'batch'] as const;

/** Magento's ACL resource, in the reply's `"parameters":{"resources":"Magento_Catalog::products"}`. */
function magentoResource(f: Fragment): Reading {
  const m = /"resources"\s?:\s?"([A-Za-z_]{1,60}::[A-Za-z_]{1,60})"/.exec(f.after(200, true));
  return m === null ? {} : { args: { actual: m[1] as string } };
}

/** commercetools' missing scopes after its words, comma-separated (`manage_customers`, `view_products:<project>`). */
function commercetoolsScopes(f: Fragment): Reading | null {
  const m = /^([a-z_]{1,60}(?::[\w-]{1,100})?(?:, ?[a-z_]{1,60}(?::[\w-]{1,100})?){0,9})\./.exec(f.after(400));
  if (m === null) return null;
  return { args: { expected: (m[1] as string).split(',').map((x) => x.trim()) }, extend: m[0].length };
}

export const CONTENT_PLATFORMS: readonly Matcher[] = [
  // WordPress core's REST API (wp-includes/rest-api/class-wp-rest-server.php, endpoints' permission callbacks):
  // {"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}} (johngodley/
  // redirection#2087, #1154: "Code: 401 Unauthorized"; danielbachhuber/one-time-login#35: "your API token or other
  // authentication credential isn't being passed correctly"), {"code":"rest_cannot_create","message":"Sorry, you are
  // not allowed to create posts as this user.","data":{"status":401}} (WordPress/application-passwords#67: the
  // Authorization header never reached PHP), and a plugin's {"code":"rest_cannot_access","message":"Only authenticated
  // users can access the REST API.","data":{"status":401}} (wpexpertsio/password-protected#113).
  // Core's endpoints and plugins return rest_cannot_<action> with the same status rule (WordPress core's
  // class-wp-rest-sites-controller.php and posts controller: `new WP_Error( 'rest_cannot_edit', …, array( 'status' =>
  // rest_authorization_required_code() ) )`).
  wordpress('rest-forbidden', 'policy.deny', 'rest_forbidden', WP_REFUSAL),
  ...WP_ACTIONS.map((action) => wordpress(`rest-cannot-${action}`, 'policy.deny', `rest_cannot_${action}`, WP_REFUSAL)),
  // /wp/v2/users/me with no user logged in: {"code":"rest_not_logged_in","message":"You are not currently logged in.",
  // "data":{"status":401}} (WP-API/WP-API#2639; WordPress/application-passwords#105: the application's name sent as the
  // user name).
  wordpress('rest-not-logged-in', 'token.missing', 'rest_not_logged_in', AS_CODE),
  // WooCommerce's REST API in the same envelope: {"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot
  // list resources.","data":{"status":401}} (woocommerce/woocommerce#16505, #28466, #14487: keys sent over http:// or
  // the Authorization header dropped by the server), and the consumer key it does not know:
  // {"code":"woocommerce_rest_authentication_error","message":"Consumer Key is invalid.","data":{"status":401}}
  // (woocommerce/woocommerce#11120).
  // Its controllers' permission checks (`new WP_Error( 'woocommerce_rest_cannot_create', __( 'Sorry, you are not allowed
  // to create resources.' ), array( 'status' => rest_authorization_required_code() ) )`, the plugin's own tests).
  ...WC_ACTIONS.map((action) =>
    woocommerce(`rest-cannot-${action}`, 'policy.deny', `woocommerce_rest_cannot_${action}`, WP_REFUSAL),
  ),
  woocommerce('authentication-error', 'challenge.invalid-token', 'woocommerce_rest_authentication_error', AS_CODE),
  // The JWT Authentication for WP REST API plugin (Tmeister/wp-api-jwt-auth, public/class-jwt-auth-public.php
  // validate_token, quoted in its #164): no Authorization header ("jwt_auth_no_auth_header", "Authorization header not
  // found."), a header not "Bearer <token>" ("jwt_auth_bad_auth_header", "Authorization header malformed.", #62), and
  // no JWT_AUTH_SECRET_KEY defined before wp-settings.php loads ("jwt_auth_bad_config", "JWT is not configurated
  // properly, please contact the admin", #59, #78).
  wpJwtAuth('no-auth-header', 'token.missing', 'jwt_auth_no_auth_header', AS_CODE),
  wpJwtAuth('bad-auth-header', 'authz-header.format', 'jwt_auth_bad_auth_header', AS_CODE),
  wpJwtAuth('bad-config', 'verifier.misconfigured', 'jwt_auth_bad_config', AS_CODE),
  // WPGraphQL JWT Authentication's "The iss do not match with this server" (wp-graphql/wp-graphql-jwt-authentication
  // src/Auth.php validate_token) is no statement about iss alone: a JWT::decode that throws (an expired token, one
  // signed with another GRAPHQL_JWT_AUTH_SECRET_KEY, a malformed one) leaves a WP_Error in $token, and the iss test that
  // follows (`! isset( $token->iss ) || get_bloginfo( 'url' ) !== $token->iss`) then answers these words, under its
  // 'invalid-jwt' code (wp-graphql/wp-graphql-jwt-authentication#111: shown for expired tokens). Read as a refused token,
  // never as claim.iss-mismatch; only with GraphQL or its code near (Tmeister's plugin says the same words under
  // jwt_auth_bad_iss after a decode that succeeded).
  wpGraphqlJwt('iss-or-undecodable', 'challenge.invalid-token', 'The iss do not match with this server', {
    exactCase: true,
    read: namedNear(600, 600, 'graphql', 'invalid-jwt'),
  }),

  // Contentful's APIs refusing a token they do not hold for that API: {"sys":{"type":"Error","id":
  // "AccessTokenInvalid"},"message":"The access token you sent could not be found or is invalid."}
  // (contentful/contentful.js#13, #721: the Preview token sent to the Delivery host), as contentful-management.js
  // throws it ("AccessTokenInvalid: {\n  \"status\": 403, …", lotas/contentful-graph#43) and contentful-export prints it
  // ("Error: Status: 403 - Forbidden - Message: The access token you sent could not be found or is invalid.",
  // contentful/contentful-export#98: a Delivery token given as the managementToken).
  contentful('access-token-invalid', 'challenge.invalid-token', 'AccessTokenInvalid', AS_CODE),
  contentful(
    'access-token-sentence',
    'challenge.invalid-token',
    'The access token you sent could not be found or is invalid.',
    { exactCase: true },
  ),
  // Sanity's API for a token or session it does not know: {"statusCode":401,"errorCode":"SIO-401-ANF","error":
  // "Unauthorized","message":"Session not found"} (sanity-io/sanity#2985, sanity-io/sanity#13458: "SIO-401-ANF session
  // not found"), @sanity/client's "ClientError: Unauthorized - Session not found" (sanity-io/squizzy#20), and a token
  // of another project's: "ClientError: Unauthorized - Session does not match project host"
  // (adrianhajdin/ecommerce_sanity_stripe#110).
  sanity('session-not-found', 'challenge.invalid-token', 'SIO-401-ANF', { ...CODE, exactCase: true }),
  sanity('client-session-not-found', 'challenge.invalid-token', 'Unauthorized - Session not found', {
    exactCase: true,
  }),
  sanity('project-host', 'challenge.invalid-token', 'Unauthorized - Session does not match project host', {
    exactCase: true,
  }),
  // Ghost's Admin API refusing the short-lived JWT the caller signs with its Admin API key: {"errors":[{"message":
  // "Invalid token","type":"BadRequestError",…,"code":"INVALID_JWT",…,"ghostErrorCode":null}]} (TryGhost/Ghost#16313,
  // TryGhost/SDK#458). The code is generic words: only with Ghost named near (its /ghost/api/ path, ghostErrorCode).
  ghost('invalid-jwt', 'challenge.invalid-token', 'INVALID_JWT', {
    ...CODE,
    exactCase: true,
    read: (f) => (asCode(f) ? namedNear(1200, 600, 'ghost')(f) : null),
  }),

  // Magento / Adobe Commerce's web API when the caller's integration or admin role lacks the ACL resource:
  // {"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":
  // "Magento_Catalog::products"}} (magento/magento2#36811, #39289: an integration's token sent as a bearer), and the
  // older "Consumer is not authorized to access %resources" (magento/magento2#28951, #5110, #11202).
  magento('consumer-not-authorized', 'policy.deny', "The consumer isn't authorized to access %resources", {
    exactCase: true,
    read: magentoResource,
  }),
  magento('consumer-not-authorized-old', 'policy.deny', 'Consumer is not authorized to access %resources', {
    exactCase: true,
    read: magentoResource,
  }),

  // commercetools' HTTP API refusing a token whose scopes do not cover the endpoint: {"statusCode":403,"message":
  // "Insufficient scope. One of the following scopes is missing: manage_customers.","errors":[{"code":
  // "insufficient_scope",…}],"error":"insufficient_scope",…} (commercetools/sunrise-spa#267; "…: view_project_settings."
  // in commercetools/merchant-center-application-kit#1861). The API client's scopes are fixed when it is created.
  commercetools(
    'insufficient-scope',
    'scope.insufficient',
    'Insufficient scope. One of the following scopes is missing: ',
    {
      exactCase: true,
      read: commercetoolsScopes,
    },
  ),
];
