/**
 * Package repositories refusing a build tool's request (round audit-ss): Maven's (Artifactory, Nexus, Sonatype) and
 * NuGet's feeds (Azure Artifacts and others) answering 401, as the build prints it. The credential is the build's own
 * (settings.xml's <server>, nuget.config's or a credential provider's), never a JWT: checks/credential-kind.ts names
 * which, so the steps are about where the build looks for it. Each row needs its tool named near: the HTTP client words
 * are shared by every program built on the same library.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, pasteHolds, textAround } from './matcher.js';

const maven = family('maven');
const nuget = family('nuget');

/** Maven's words around the transfer: the artifact, the plugin or its local repository. */
const MAVEN_NEAR = /artifact|maven|\.m2\b|\bpom\b/;
const MAVEN_NEAR_ANY_CASE = new RegExp(MAVEN_NEAR.source, 'i');
// Asked of the whole paste first (once a paste): the refusal's words are any Java or .NET program's, at every match.
const mavenNear = (f: Fragment): Reading | null =>
  pasteHolds(f, 'maven', MAVEN_NEAR_ANY_CASE) && MAVEN_NEAR.test(textAround(f, 600, 200).toLowerCase()) ? {} : null;

/** NuGet's words around the refusal: its targets file, a feed's index.json, Azure Artifacts' `_packaging/`, its NU codes. */
const NUGET_NEAR = /nuget|_packaging\/|\bnu1301\b/;
const NUGET_NEAR_ANY_CASE = new RegExp(NUGET_NEAR.source, 'i');

export const PACKAGE_REPOSITORIES: readonly Matcher[] = [
  // maven-resolver's HTTP transport on a 401, as `mvn deploy` and `mvn install` print it: "Could not transfer artifact
  // … from/to ossrh (https://…): status code: 401, reason phrase: Unauthorized (401)" (apache/maven#9071,
  // ESAPI/esapi-java-legacy#891: Sonatype's staging repository), since Maven 3.9 "authentication failed for
  // https://…/x.pom, status: 401 Unauthorized" (jenkins-infra/helpdesk#3545: Artifactory), and the older Wagon's
  // "Return code is: 401, ReasonPhrase:Unauthorized." (apache/maven-deploy-plugin#232, MDEPLOY-155: Nexus).
  maven('status-401', 'challenge.invalid-token', 'status code: 401, reason phrase: Unauthorized', {
    exactCase: true,
    read: mavenNear,
  }),
  maven('authentication-failed', 'challenge.invalid-token', 'authentication failed for ', {
    exactCase: true,
    read: (f) => (/^https?:\/\/[^\s,]{1,600}, status: 401/.test(f.after(700)) ? mavenNear(f) : null),
  }),
  maven('wagon-401', 'challenge.invalid-token', 'Return code is: 401, ReasonPhrase', {
    exactCase: true,
    read: mavenNear,
  }),
  // NuGet's restore on a feed's 401: .NET's HttpRequestException "Response status code does not indicate success: 401
  // (Unauthorized)." under NuGet.targets' "Unable to load the service index for source https://pkgs.dev.azure.com/…/
  // nuget/v3/index.json" or "Failed to retrieve information about '…' from remote source" (NuGet/Home#10502,
  // dotnet/source-build#5532 as NU1301, microsoft/artifacts-credprovider#342). Any .NET HttpClient says the words: only
  // with NuGet named near.
  nuget('feed-401', 'challenge.invalid-token', 'Response status code does not indicate success: 401', {
    exactCase: true,
    read: (f) =>
      pasteHolds(f, 'nuget', NUGET_NEAR_ANY_CASE) && NUGET_NEAR.test(textAround(f, 600, 300).toLowerCase()) ? {} : null,
  }),
];
