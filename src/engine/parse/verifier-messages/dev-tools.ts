/**
 * Round audit-ak: self-hosted developer and collaboration tools refusing a script, a CI job or a bot in their own words
 * (forges.ts, chat-and-files.ts, ci-and-dashboards.ts). None of them verifies a JWT it did not issue: each judges its own
 * token, key or login (checks/credential-kind.ts names it), so the steps are about that credential and where the
 * product takes it. What the checks ask of them as a group is here.
 */
import { CHAT_AND_FILES } from './chat-and-files.js';
import { CI_AND_DASHBOARDS } from './ci-and-dashboards.js';
import { FORGES } from './forges.js';
import type { Matcher } from './matcher.js';

/**
 * Every tool this file reads: each issues and checks its own tokens, opaque by design, so a reply in its words is no
 * JWT verifier's and "request a JWT, or introspect it" is no step (checks/token.ts).
 */
export const DEV_TOOL_VIAS: ReadonlySet<string> = new Set([
  'gitea',
  'forgejo',
  'bitbucket',
  'mattermost',
  'rocket-chat',
  'nextcloud',
  'owncloud',
  'jira',
  'confluence',
  'jenkins',
  'sonarqube',
  'portainer',
  // Grafana issues and checks its own service account tokens and API keys too (services.ts reads its refusals).
  'grafana',
  'artifactory',
  'metabase',
]);

/**
 * The tools above whose "no credential" is their own credential's absence, taken where each takes it (Gitea's `token`
 * header, Nextcloud's app password, Jenkins' API token, Portainer's X-API-Key): a shown request without Authorization
 * gets that product's step (checks/authz-header.ts).
 */
export const OWN_CREDENTIAL_TOOLS: ReadonlySet<string> = new Set([
  'gitea',
  'forgejo',
  'nextcloud',
  'owncloud',
  'jenkins',
  'portainer',
  // Grafana's authn service found no credentials it reads (services.ts's auth.unauthorized).
  'grafana',
]);

/**
 * The Authorization schemes each tool's API takes besides Bearer: HTTP Basic with a password or token (Gitea's and
 * Forgejo's API usage docs, Bitbucket's API tokens, Nextcloud's WebDAV, Jira and Confluence, Jenkins' API tokens,
 * SonarQube's `curl -u <token>:`), and Gitea's own `token` scheme. A request sending one of them to that tool used a
 * scheme it reads (checks/authz-header.ts).
 */
const TOOL_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  gitea: ['basic', 'token'],
  forgejo: ['basic', 'token'],
  bitbucket: ['basic'],
  nextcloud: ['basic'],
  owncloud: ['basic'],
  jira: ['basic'],
  confluence: ['basic'],
  jenkins: ['basic'],
  sonarqube: ['basic'],
  artifactory: ['basic'],
};

/**
 * The request header each tool reads its own key from instead of Authorization: Portainer's and Metabase's X-API-Key
 * (portainer/portainer#6407, metabase/metabase#45299), Rocket.Chat's X-Auth-Token (RocketChat/Rocket.Chat#10792).
 */
const TOOL_HEADERS: Readonly<Record<string, string>> = {
  portainer: 'x-api-key',
  metabase: 'x-api-key',
  'rocket-chat': 'x-auth-token',
};

/** The header (lower case) the tool `library` reads its key from, if it has one of its own. */
export function toolKeyHeader(library: string): string | undefined {
  return Object.hasOwn(TOOL_HEADERS, library) ? TOOL_HEADERS[library] : undefined;
}

/** Whether the tool `library` reads credentials sent with `scheme` (lower case). */
export function toolTakesScheme(library: string, scheme: string): boolean {
  return Object.hasOwn(TOOL_SCHEMES, library) && (TOOL_SCHEMES[library] as readonly string[]).includes(scheme);
}

export const DEV_TOOLS: readonly Matcher[] = [...FORGES, ...CHAT_AND_FILES, ...CI_AND_DASHBOARDS];
