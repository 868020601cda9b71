/**
 * Round audit-ak: Atlassian's Data Center login layer and REST XSRF check, Jenkins' crumb and its anonymous caller,
 * SonarQube's permission refusal and Portainer's own JWT, in the words each prints.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, pasteNames, textBefore } from './matcher.js';

/** A refusal its product gives both to no credential and to one it does not hold (checks/token-judged.ts). */
const OR_NONE = { reason: 'or-none' } as const;

const jira = family('jira');
const confluence = family('confluence');
const jenkins = family('jenkins');
const sonarqube = family('sonarqube');
const portainer = family('portainer');
const artifactory = family('artifactory');
const metabase = family('metabase');

/** Seraph's response header, `X-Seraph-LoginReason` (printed as a header line or a client's dict), before its value. */
function seraphHeader(f: Fragment): boolean {
  return /x-seraph-loginreason\W{1,6}$/i.test(f.before(40));
}
/**
 * Seraph's denial with no password checked once a CAPTCHA is due: its login reason `AUTHENTICATION_DENIED`, its
 * `X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=…` (a header, or its value as a client prints the 403's
 * text), or its page's "Basic Authentication Failure - Reason : AUTHENTICATION_DENIED".
 */
function seraphDenied(f: Fragment): boolean {
  return seraphHeader(f) || /(?:denied-reason\W{1,6}|text: |Reason : )$/i.test(f.before(40));
}
const confluenceNamed = (f: Fragment) => pasteNames(f, 'confluence');
const asJira = (read: (f: Fragment) => boolean) => (f: Fragment) => (read(f) && !confluenceNamed(f) ? {} : null);
const asConfluence = (read: (f: Fragment) => boolean) => (f: Fragment) => (read(f) && confluenceNamed(f) ? {} : null);
const always = () => true;

/**
 * Jenkins' own header naming who it took the caller for: `anonymous` is no credentials reaching it (token.missing);
 * a user is a caller it authenticated, refused the permission its `X-Required-Permission` header names.
 */
function jenkinsCaller(f: Fragment): Reading {
  if (/^anonymous\b/i.test(f.after(12))) return { code: 'token.missing' };
  const m = /X-Required-Permission: ([\w.$]{1,120})/i.exec(f.after(600, true));
  return m === null ? {} : { args: { actual: m[1] as string } };
}

/**
 * Jenkins' AccessDeniedException3, "<user> is missing the <Group>/<Permission> permission": anonymous is no
 * credentials, another name a user its authorization strategy does not grant the permission.
 */
function jenkinsMissing(group: string) {
  return (f: Fragment): Reading | null => {
    const m = /^(\w{1,40}) permission/.exec(f.after(60));
    if (m === null) return null;
    if (/\banonymous ?$/.test(f.before(12))) return { code: 'token.missing' };
    return { args: { actual: `${group}/${m[1] as string}` } };
  };
}

/**
 * SonarQube's refusal: its web API's `{"errors":[{"msg":"Insufficient privileges"}]}`, or the words alone at the end of
 * a client's line with SonarQube named near. Microsoft Graph's "Insufficient privileges to complete the operation." is
 * another sentence (parse/error-bodies.ts).
 */
const sonarNear = namedNear(600, 200, 'sonar');
function sonarLayout(f: Fragment): Reading | null {
  const next = f.after(1, true);
  if (next !== '' && !/["'\s(]/.test(next)) return null;
  if (/ to/.test(f.after(3, true))) return null;
  if (/["']msg["']\s?:\s?["']$/.test(f.before(20))) return {};
  return sonarNear(f);
}

/**
 * Artifactory's error envelope right before its words, `"errors" : [ { "status" : 401, "message" : "` (its REST API's
 * pretty-printed JSON, or compact as the JFrog CLI prints it): "Bad credentials" alone is Spring's and GitHub's too.
 */
function artifactoryEnvelope(f: Fragment): Reading | null {
  return /["']status["']\s?:\s?40[13]\s?,\s{0,12}["']message["']\s?:\s?["']$/.test(textBefore(f, 60)) ? {} : null;
}

/** The permission Artifactory names after its words: `(user 'ci' needs DELETE permission)`. */
function artifactoryPermission(f: Fragment): Reading {
  const m = /needs ([A-Z_]{2,20}) permission/.exec(f.after(400));
  return m === null ? {} : { args: { actual: m[1] as string } };
}

/**
 * Portainer's error body, `{"message":"Invalid JWT token","details":"Unauthorized"}`, or its log line `http error:
 * Invalid JWT token (err=…) (code=401)`. The words alone are many an application's own.
 */
function portainerLayout(f: Fragment): Reading | null {
  if (/http error: $/.test(f.before(20))) return {};
  if (!/["']message["']\s?:\s?["']$/.test(f.before(20))) return null;
  return /^["']\s?,\s?["']details["']/.test(f.after(20, true)) ? {} : null;
}

export const CI_AND_DASHBOARDS: readonly Matcher[] = [
  // Atlassian's Seraph (Jira's and Confluence's login layer) saying the credentials it got failed:
  // `X-Seraph-LoginReason: AUTHENTICATED_FAILED` on the 401 (GothenburgBitFactory/bugwarrior#689, pycontribs/jira#1627:
  // a Data Center personal access token; DeloitteDigitalUK/jira-agile-metrics#61: Jira Cloud with an API token).
  confluence('seraph-authenticated-failed', 'challenge.invalid-token', 'AUTHENTICATED_FAILED', {
    ...CODE,
    exactCase: true,
    read: asConfluence(seraphHeader),
  }),
  jira('seraph-authenticated-failed', 'challenge.invalid-token', 'AUTHENTICATED_FAILED', {
    ...CODE,
    exactCase: true,
    read: asJira(seraphHeader),
  }),
  // Seraph refusing the login without checking it once several have failed: `X-Seraph-LoginReason:
  // AUTHENTICATION_DENIED` and `X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=…/login.jsp` on a 403
  // (pycontribs/jira#733, palashkulsh/jira-cmd#38, gioboa/jira-plugin#26 and #173, AtlassianPS/JiraPS#107; Atlassian's
  // basic-auth docs: "If CAPTCHA has been triggered, you cannot use Jira's REST API to authenticate").
  confluence('captcha-challenge', 'challenge.invalid-token', 'CAPTCHA_CHALLENGE', {
    ...CODE,
    exactCase: true,
    read: asConfluence(seraphDenied),
  }),
  jira('captcha-challenge', 'challenge.invalid-token', 'CAPTCHA_CHALLENGE', {
    ...CODE,
    exactCase: true,
    read: asJira(seraphDenied),
  }),
  confluence('authentication-denied', 'challenge.invalid-token', 'AUTHENTICATION_DENIED', {
    ...CODE,
    exactCase: true,
    read: asConfluence(seraphDenied),
  }),
  jira('authentication-denied', 'challenge.invalid-token', 'AUTHENTICATION_DENIED', {
    ...CODE,
    exactCase: true,
    read: asJira(seraphDenied),
  }),
  // Their REST layer's XSRF check (com.atlassian…XsrfResourceFilter) on a form or multipart POST without
  // `X-Atlassian-Token: no-check`: 403 "XSRF check failed" (MrRefactoring/jira.js#100, floralvikings/jira-connector#161:
  // an attachment; console-helpers/jira-api-restclient#78; PipedreamHQ/pipedream#20270 for Confluence Data Center 9).
  confluence('xsrf-check-failed', 'request.csrf-rejected', 'XSRF check failed', {
    exactCase: true,
    read: asConfluence(always),
  }),
  jira('xsrf-check-failed', 'request.csrf-rejected', 'XSRF check failed', { exactCase: true, read: asJira(always) }),

  // Jenkins' CSRF protection (its crumb issuer) refusing a POST with no crumb of the caller's session: "No valid crumb
  // was included in the request" (pycontribs/jenkinsapi#503, jenkinsci/java-client-api#277, jenkinsci/bitbucket-push-
  // and-pull-request-plugin#250; MCMicS/jenkins-control-plugin#510: a password where the API token goes).
  jenkins('no-valid-crumb', 'request.csrf-rejected', 'No valid crumb was included in the request', { exactCase: true }),
  // Its header naming who it took the caller for, `X-You-Are-Authenticated-As: anonymous` with X-Required-Permission
  // (ccmenu/ccmenu#9: a 403 and a login page, credentials never sent).
  jenkins('authenticated-as', 'policy.deny', 'X-You-Are-Authenticated-As: ', { ...CODE, read: jenkinsCaller }),
  // Its AccessDeniedException3, "anonymous is missing the Overall/Read permission" (jenkinsci/gitlab-branch-source-
  // plugin#286: "anonymous is missing the Overall/Administer permission"; cloudogu/ecosystem#166).
  jenkins('missing-overall', 'policy.deny', ' is missing the Overall/', {
    exactCase: true,
    read: jenkinsMissing('Overall'),
  }),
  jenkins('missing-job', 'policy.deny', ' is missing the Job/', { exactCase: true, read: jenkinsMissing('Job') }),

  // SonarQube's web API for a token whose user lacks the permission: 403 {"errors":[{"msg":"Insufficient privileges"}]}
  // (shijl0925/python-sonarqube-api#35, pinchbv/android-analyzer#28), as sonar-tools prints it ("HTTP error 403 -
  // Insufficient permissions to perform operation: Insufficient privileges", okorach/sonar-tools#866, #1809).
  sonarqube('insufficient-privileges', 'policy.deny', 'Insufficient privileges', {
    exactCase: true,
    read: sonarLayout,
  }),
  // Its scanners when the server answered their token with 401 (none sent, or one it does not hold): "Not authorized.
  // Analyzing this project requires authentication. Please provide a user token in sonar.token or other credentials in
  // sonar.login and sonar.password." (SonarSource/sonar-scanning-examples#156; SonarSource/sonar-scanner-npm#86 names
  // sonar.login), the older "Not authorized. Please check the properties sonar.login and sonar.password."
  // (tektoncd/catalog#1231, Ontotext-AD/graphdb-workbench#136), and the cnes-report plugin's "Unauthorized error sent by
  // SonarQube server (code 401), please provide a valid authentication token" (cnescatlab/sonar-cnes-report#72, #97).
  sonarqube(
    'scanner-requires-authentication',
    'challenge.invalid-token',
    'Analyzing this project requires authentication.',
    {
      exactCase: true,
      args: OR_NONE,
    },
  ),
  sonarqube(
    'scanner-check-login',
    'challenge.invalid-token',
    'Not authorized. Please check the properties sonar.login',
    {
      exactCase: true,
      args: OR_NONE,
    },
  ),
  sonarqube('cnes-report-401', 'challenge.invalid-token', 'Unauthorized error sent by SonarQube server (code 401)', {
    exactCase: true,
  }),
  // Its 403 to an analysis by a caller without Execute Analysis on the project, anonymous when the token did not
  // authenticate: "You're not authorized to run analysis. Please contact the project administrator." (owncloud/client
  // #8113; chef/automate#4777, an incorrect SONAR_TOKEN).
  sonarqube('not-authorized-to-run-analysis', 'policy.deny', "You're not authorized to run analysis.", {
    exactCase: true,
  }),

  // JFrog Artifactory refusing the user and password, identity token or API key it got: 401 {"errors" : [ {"status" :
  // 401, "message" : "Bad credentials" } ]} (jfrog/jfrog-cli#947, #1634, #416: an API key given where the access token
  // goes; jenkins-infra/helpdesk#3685).
  artifactory('bad-credentials', 'challenge.invalid-token', 'Bad credentials', {
    exactCase: true,
    read: artifactoryEnvelope,
  }),
  // Its permission targets refusing a deploy over an existing artifact: 403 "Not enough permissions to delete/overwrite
  // artifact '<repo>:<path>' (user '…' needs DELETE permission)" (odpi/egeria#2879), "Not enough permissions to
  // overwrite artifact …" in its log (conan-io/conan#6193).
  artifactory('overwrite-permission', 'policy.deny', 'Not enough permissions to delete/overwrite artifact', {
    exactCase: true,
    read: artifactoryPermission,
  }),
  artifactory('overwrite-permission-log', 'policy.deny', 'Not enough permissions to overwrite artifact', {
    exactCase: true,
    read: artifactoryPermission,
  }),
  // Metabase's request log for a call no session or API key authenticated: "GET /api/user/ 401 4.9 ms (0 DB calls)
  // {:metabase-user-id nil}" (metabase/metabase#45299: an x-api-key it did not accept), its reply the bare
  // "Unauthenticated" (metabase api/response.clj response-unauthentic). None came, or none it holds (`or-none`).
  metabase('unauthenticated-log', 'challenge.invalid-token', '{:metabase-user-id nil}', {
    ...CODE,
    args: OR_NONE,
    read: (f) => (/ 401 /.test(f.before(120)) ? {} : null),
  }),
  // Portainer's API refusing the Bearer it judged as a JWT of its own /api/auth: {"message":"Invalid JWT token",
  // "details":"Unauthorized"} (portainer/portainer#12810: an access token ptr_… sent as Bearer, which goes in X-API-Key),
  // and its log's "http error: Invalid JWT token (err=Invalid JWT token) (code=401)" (#2843, #5923, goauthentik/
  // authentik#893).
  portainer('invalid-jwt', 'challenge.invalid-token', 'Invalid JWT token', { exactCase: true, read: portainerLayout }),
  // Its reply to a request carrying neither: {"message":"A valid authorisation token is missing","details":
  // "Unauthorized"} (portainer/portainer#6407, gethomepage/homepage#1427).
  portainer('token-missing', 'token.missing', 'A valid authorisation token is missing', { exactCase: true }),
  // Its OAuth sign-in for an identity it has no user for: "http error: Account not created beforehand in Portainer and
  // automatic user provisioning not enabled (err=Unauthorized) (code=403)" (goauthentik/authentik#893).
  portainer(
    'oauth-not-provisioned',
    'policy.deny',
    'Account not created beforehand in Portainer and automatic user provisioning not enabled',
    { exactCase: true },
  ),
];
