/**
 * Identity providers' and meshes' own words, as a resource server or a sidecar answers or logs them: Azure Resource
 * Manager's token errors (the `message` of its `{"error":{"code":…,"message":…}}` replies), Auth0's APIs, Keycloak's
 * token verifier and event log, oauth2-proxy's bearer-token session loader and Linkerd's authorization policy. Each row's text is the product's own, from the public captures
 * named beside it; the codes of ARM's replies are read by parse/error-bodies.ts.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { capture, compact, family } from './matcher.js';

const arm = family('azure-resource-manager');
const auth0 = family('auth0');
const keycloak = family('keycloak');
const linkerd = family('linkerd');
const oauth2Proxy = family('oauth2-proxy');

/**
 * Whether the text before an `error="invalid_token"` holds a Keycloak event's `type=…_ERROR,`. Every Bearer
 * challenge with that error meets this row: one native search for `_ERROR` (which the regex requires) dismisses the
 * headers without running the regex over the 600 characters before them.
 */
function isKeycloakEvent(before: string): boolean {
  return before.includes('_ERROR') && /\btype=\\?"?[A-Z_]{3,60}_ERROR\\?"?,/.test(before);
}

/** The single-quoted values that follow a match, at most `n` (ARM and Keycloak quote what they compare). */
function quoted(s: string, n: number): string[] {
  const out: string[] = [];
  const re = /'([^'\n]{1,300})'/g;
  for (let m = re.exec(s); m !== null && out.length < n; m = re.exec(s)) out.push(m[1] as string);
  return out;
}

/** ARM: "… wrong audience or resource 'X'. It should exactly match with one of the allowed audiences 'A','B'." */
function armAudience(f: Fragment): Reading | null {
  const after = f.after(600);
  const actual = capture(after, /^\s*'([^'\n]{1,300})'/);
  // The words in prose, with no value quoted, are not ARM's reply.
  if (actual === undefined) return null;
  const allowed = capture(after, /allowed audiences\s*((?:'[^'\n]{1,300}',?\s*){1,12})/);
  return { args: compact({ actual, expected: allowed === undefined ? [] : quoted(allowed, 12) }) };
}

/** ARM: "The access token expiry UTC time 'X' is earlier than current UTC time 'Y'." (only with its values). */
function armTimes(f: Fragment): Reading | null {
  return /^\s*'[^'\n]{1,60}' is earlier than current UTC time '/.test(f.after(120)) ? {} : null;
}

/** ARM: "… wrong issuer 'X'. It must match the tenant 'Y' associated with this subscription." */
function armIssuer(f: Fragment): Reading | null {
  const after = f.after(600);
  const actual = capture(after, /^\s*'([^'\n]{1,300})'/);
  if (actual === undefined) return null;
  const tenant = capture(after, /must match the tenant '([^'\n]{1,300})'/);
  return { args: compact({ actual, expected: tenant === undefined ? [] : [tenant] }) };
}

/** Keycloak: "Invalid token issuer. Expected 'X', but was 'Y'" (older versions stop after the expected value). */
function keycloakIssuer(f: Fragment): Reading | null {
  const m = /^\s*'([^'\n]{1,300})'(?:, but was '([^'\n]{1,300})')?/.exec(f.after(700));
  return m ? { args: compact({ expected: m[1] ? [m[1]] : [], actual: m[2] }), extend: m[0].length } : null;
}

export const IDENTITY: readonly Matcher[] = [
  // Azure Resource Manager's 401 replies: ExpiredAuthenticationToken (microsoft/foundry-dev-tools#461,
  // microsoft/vscode-azureappservice#2483), InvalidAuthenticationTokenAudience
  // (Azure-Samples/active-directory-dotnetcore-daemon-v2#145, JetBrains/azure-tools-for-intellij#16; older replies
  // said "obtained from wrong audience", AzureAD/azure-activedirectory-library-for-python#43), and
  // InvalidAuthenticationTokenTenant (Azure/azure-sdk-for-net#49391, Azure/LogicAppsUX#9068).
  arm('expired', 'time.expired', 'The access token expiry UTC time', { read: armTimes }),
  arm('audience', 'claim.aud-mismatch', 'The access token has been obtained for wrong audience or resource', {
    read: armAudience,
  }),
  arm('audience-from', 'claim.aud-mismatch', 'The access token has been obtained from wrong audience or resource', {
    read: armAudience,
  }),
  arm('issuer', 'claim.iss-mismatch', 'The access token is from the wrong issuer', { read: armIssuer }),

  // Auth0's Management API for an expired token: {"statusCode":401,"error":"Unauthorized","message":"Expired token
  // received for JSON Web Token validation",…} (auth0/laravel-auth0#455).
  auth0('expired', 'time.expired', 'Expired token received for JSON Web Token validation'),

  // Keycloak's TokenVerifier realm check, logged by the server and its adapters: "Invalid token issuer. Expected
  // 'http://localhost:8180/realms/myrealm', but was 'http://mykeycloak-service.keycloak:8180/realms/myrealm'"
  // (keycloak/keycloak#24596, #26017).
  keycloak('issuer', 'claim.iss-mismatch', 'Invalid token issuer. Expected', { read: keycloakIssuer }),
  // Keycloak's event log for a token its endpoints rejected (userinfo, introspection): type="USER_INFO_REQUEST_ERROR",
  // … error="invalid_token", auth_method="validate_access_token" (marcospereirampj/python-keycloak#520); a `reason`
  // beside it (below) refines it. Only in an event line (`type=…_ERROR`), not in a WWW-Authenticate header.
  keycloak('event-invalid-token', 'challenge.invalid-token', 'error="invalid_token"', {
    refinable: true,
    read: (f) => (isKeycloakEvent(f.before(600)) ? {} : null),
  }),
  // Keycloak 26's introspection endpoint answers {"active":false} when the introspecting client is not in the token's
  // aud, and its event log gives the reason: type="INTROSPECT_TOKEN_ERROR", … error="invalid_token", reason="Client
  // 'padsign-backend' is not in the token audience" (deployment notes quoting the server log, e.g. padsign's
  // "Symptoms" page and an MCP set-up guide's troubleshooting table). The client named is the audience expected.
  keycloak('introspection-audience', 'claim.aud-mismatch', "' is not in the token audience", {
    read: (f) => {
      const client = capture(f.before(240), /Client '([^'\n]{1,200})$/);
      return client === undefined ? null : { args: { expected: [client] } };
    },
  }),

  // oauth2-proxy with skip_jwt_bearer_tokens: "Error retrieving session from token in Authorization header: [unable to
  // verify bearer token, <each session loader's error>]" (pkg/middleware/jwt_session.go; oauth2-proxy/oauth2-proxy#2319).
  // The loader's error beside it (go-oidc's "oidc: token is expired") refines it; alone it is a rejected token.
  oauth2Proxy('unable-to-verify', 'challenge.invalid-token', 'unable to verify bearer token', {
    refinable: true,
    read: (f) => (f.before(2).endsWith('[') ? {} : null),
  }),

  // Linkerd's proxy denying a request by its authorization policy (linkerd_app_core::errors::respond, answered as a
  // 403): "request failed error=unauthorized request on route" for a route's policy (linkerd/linkerd2#13166, #13013),
  // "unauthorized connection on server metrics-api" for a Server's (linkerd/linkerd2#8613).
  linkerd('route', 'policy.deny', 'unauthorized request on route'),
  linkerd('server', 'policy.deny', 'unauthorized connection on server'),
];
