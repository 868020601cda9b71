/**
 * Round audit-ak: self-hosted developer and collaboration tools refusing a script, a CI job or a bot in their own words
 * (Gitea and Forgejo, Bitbucket, Mattermost, Rocket.Chat, Nextcloud and ownCloud, Jira and Confluence, Jenkins,
 * SonarQube, Portainer). Pastes rebuilt from the public threads named beside each case (sources cited beside the rows
 * in parse/verifier-messages/dev-tools.ts), tokens made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const vias = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => (f.args as { via?: string }).via);
const codes = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => f.code);

describe('Gitea and Forgejo: their token, its scopes, their body', () => {
  const noToken =
    'curl -i https://git.example.com/api/v1/user/repos\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json;charset=utf-8\n\n{"message":"token is required","url":"https://git.example.com/api/swagger"}';

  it('catches: "token is required" to a request without Authorization, with Gitea’s token header in the step', async () => {
    const f = await catches('authz-header.missing', noToken);
    expect(f.args).toMatchObject({ via: 'gitea' });
    const r = await run(noToken);
    expect(r.nextSteps.join(' ')).toContain('Authorization: token <token>');
  });

  it('catches: tokenRequiresScopes in the router log (fluxcd/notification-controller#580)', async () => {
    const f = await catches(
      'scope.insufficient',
      'failed creating Gitea client: 403 Forbidden\n2023/07/21 06:48:51 ...eb/routing/logger.go:102:func1() [I] router: completed GET /api/v1/version for a.b.c.d:0, 403 Forbidden in 58.3ms @ v1/api.go:242(v1.tokenRequiresScopes)',
    );
    expect(f.args).toMatchObject({ via: 'gitea' });
  });

  it('catches: Forgejo’s scope body names the scope, and a token in Gitea’s own scheme is no defect', async () => {
    const input =
      'curl -H "Authorization: token 0123456789abcdef0123456789abcdef01234567" https://codeberg.org/api/v1/repos/acme/widget/issues/7/reactions\nHTTP/2 403\n\n{"message":"token does not have at least one of required scope(s): [write:issue]","url":"https://codeberg.org/api/swagger"}';
    const f = await catches('scope.insufficient', input);
    expect(f.args).toMatchObject({ via: 'forgejo', required: ['write:issue'] });
    await catchesNot('authz-header.scheme', input);
    await catchesNot('token.opaque', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('Generate a new Forgejo token');
  });

  it('catches not: Splunk HEC’s "Token is required", or the words in prose', async () => {
    const hec = await run('HTTP/1.1 401 Unauthorized\n{"text":"Token is required","code":2}');
    expect(vias(hec)).not.toContain('gitea');
    const prose = await run('the docs say a token is required for this endpoint, we get 401');
    expect(vias(prose)).not.toContain('gitea');
  });
});

describe('Bitbucket Cloud: its token refusals', () => {
  it('catches: "Token is invalid, expired, or not supported for this endpoint." (avivsinai/bitbucket-cli#174)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '--> GET https://api.bitbucket.org/2.0/repositories/acme/widget/pullrequests\n<-- 401 Unauthorized\nError: 401 Unauthorized: {"type": "error", "error": {"message": "Token is invalid, expired, or not supported for this endpoint."}}',
    );
    expect(f.args).toMatchObject({ via: 'bitbucket', credential: 'bitbucket-credentials' });
  });

  it('catches: "Access token expired." in its envelope (lemurheavy/coveralls-public#1541)', async () => {
    const f = await catches(
      'time.expired',
      'BitBucket::Error::Unauthorized (#<struct Faraday::Env method=:get, body="{\\"type\\": \\"error\\", \\"error\\": {\\"message\\": \\"Access token expired.\\"}}", url=#<URI::HTTPS https://bitbucket.org/api/2.0/user/permissions/repositories?page=1>',
    );
    expect(f.args).toMatchObject({ via: 'bitbucket' });
  });

  it('catches: its plain-text "Login failed due to incorrect login credentials or method." (renovatebot/renovate#20533)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '"url": "https://api.bitbucket.org/2.0/repositories?role=contributor",\n"statusCode": 401,\n"body": "Login failed due to incorrect login credentials or method.\\nFor information on authentication methods for Bitbucket Cloud APIs, visit:"',
    );
    expect(f.args).toMatchObject({ via: 'bitbucket', credential: 'bitbucket-credentials' });
  });

  it('catches: its privilege-scopes 403 names the scope required (backstage/backstage#22383)', async () => {
    const input =
      'AuthenticationError: Refresh failed; caused by InternalOAuthError: Failed to fetch user profile (status: 403 data: {\\"type\\": \\"error\\", \\"error\\": {\\"message\\": \\"Your credentials lack one or more required privilege scopes.\\", \\"detail\\": {\\"required\\": [\\"account\\"], \\"granted\\": [\\"team\\"]}}})';
    const f = await catches('scope.insufficient', input);
    expect(f.args).toMatchObject({ via: 'bitbucket', required: ['account'] });
    expect((await run(input)).nextSteps.join(' ')).toContain('new Bitbucket credential');
  });

  it('catches not: "Access token expired." with no Bitbucket near', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n{"error":"Access token expired."}');
    expect(vias(r)).not.toContain('bitbucket');
  });
});

describe('Mattermost and Rocket.Chat: their sessions and their headers', () => {
  it('catches: Mattermost’s session_expired to a Bearer it does not hold (mattermost/mattermost#23137)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'curl -i -X GET http://mattermost.example.com:8065/api/v4/users/me -H \'Authorization: Bearer gcqfg1*****p75ruqr\'\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please login again.","detailed_error":"","request_id":"g1ezfufz178xdecbjj6snifpey","status_code":401}',
    );
    expect(f.args).toMatchObject({ via: 'mattermost', credential: 'mattermost-token' });
  });

  it('catches: its permission error names the permission (mattermost-server app/authorization.go)', async () => {
    const f = await catches(
      'policy.deny',
      'HTTP/1.1 403 Forbidden\n{"id":"api.context.permissions.app_error","message":"You do not have the appropriate permissions.","detailed_error":"userId=abc, permission=create_post","status_code":403}',
    );
    expect(f.args).toMatchObject({ via: 'mattermost', stated: true });
  });

  it('catches not: the English words with no Mattermost near', async () => {
    const r = await run('Error: Invalid or expired session, please login again.');
    expect(vias(r)).not.toContain('mattermost');
  });

  it('catches: Rocket.Chat’s "You must be logged in to do this." with its headers sent (RocketChat/Rocket.Chat#10792)', async () => {
    const input =
      'curl -H "X-Auth-Token: f3N9AOig5FKgr_L4Gnrc_QE_yheUk6lyRKaV2eRlxFp" -H "X-User-Id: 7HZbmGjYLkkSW7nFC" http://localhost:3000/api/v1/users.create -d \'{"name":"A"}\'\n\n{"status":"error","message":"You must be logged in to do this."}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'rocket-chat', credential: 'rocket-chat-token' });
    await catchesNot('authz-header.missing', input);
  });

  it('catches not: X-Auth-Token alone to an API that does not read it still lacks Authorization', async () => {
    const r = await run(
      'GET /v1/orders HTTP/1.1\nHost: api.example.com\nX-Auth-Token: abc\n\nHTTP/1.1 401 Unauthorized',
    );
    expect(codes(r)).not.toContain('challenge.invalid-token');
    expect(vias(r)).not.toContain('rocket-chat');
  });
});

describe('Nextcloud and ownCloud: WebDAV, OCS and their CSRF check', () => {
  it('catches: no Basic header in the WebDAV log, with the app password and Apache steps (nextcloud/server#31558)', async () => {
    const input =
      '{"app":"webdav","method":"PROPFIND","url":"/remote.php/dav/files/alice","message":"No public access to this resource., No \'Authorization: Basic\' header found. Either the client didn\'t send one, or the server is misconfigured","exception":{"Exception":"Sabre\\\\DAV\\\\Exception\\\\NotAuthenticated"}}';
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'nextcloud' });
    expect((await run(input)).nextSteps.join(' ')).toContain('app password');
  });

  it('catches: a wrong password in the same message is the credential’s refusal, not a missing header', async () => {
    const input =
      "<d:error xmlns:d=\"DAV:\" xmlns:s=\"http://sabredav.org/ns\"><s:exception>Sabre\\DAV\\Exception\\NotAuthenticated</s:exception><s:message>No public access to this resource., Username or password was incorrect, No 'Authorization: Bearer' header found. Either the client didn't send one, or the server is mis-configured, No 'Authorization: Basic' header found. Either the client didn't send one, or the server is misconfigured</s:message></d:error> from https://cloud.example.com/remote.php/dav/files/alice";
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'nextcloud', credential: 'nextcloud-credentials' });
    await catchesNot('token.missing', input);
  });

  it('catches: OCS 997 to a bearer token (nextcloud/server#12665) and ownCloud by its name', async () => {
    const f = await catches(
      'token.missing',
      'curl -H \'Authorization: Bearer <CODE>\' https://cloud.example.com/ocs/v2.php/cloud/user?format=json\n{"ocs":{"data":[],"meta":{"message":"Current user is not logged in","status":"failure","statuscode":997}}}',
    );
    expect(f.args).toMatchObject({ via: 'nextcloud' });
    const oc = await catches(
      'token.missing',
      'ownCloud 9.1.x: {"ocs":{"meta":{"status":"failure","statuscode":997,"message":"Current user is not logged in"}}}',
    );
    expect(oc.args).toMatchObject({ via: 'owncloud' });
  });

  it('catches: "CSRF check failed" to an OCS call, Basic being its scheme (nextcloud/server#2753)', async () => {
    const input =
      '$ curl -X POST -u admin:****** https://nextcloud.example.com/ocs/v1.php/cloud/users -d userid=frank\n"CSRF check failed"';
    const f = await catches('request.csrf-rejected', input);
    expect(f.args).toMatchObject({ via: 'nextcloud' });
    await catchesNot('authz-header.scheme', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('OCS-APIRequest: true');
  });

  it('catches not: sabre/dav’s words with neither product named, nor "CSRF check failed" elsewhere', async () => {
    const baikal = await run(
      "Sabre\\DAV\\Exception\\NotAuthenticated: No 'Authorization: Basic' header found. Either the client didn't send one, or the server is misconfigured (Baikal)",
    );
    expect(vias(baikal)).not.toContain('nextcloud');
    const other = await run('POST /login 403 CSRF check failed');
    expect(vias(other)).not.toContain('nextcloud');
  });
});

describe('Jira and Confluence: Seraph’s login reason and the XSRF check', () => {
  it('catches: X-Seraph-LoginReason AUTHENTICATED_FAILED in the client’s headers (pycontribs/jira#1627)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      "jira.exceptions.JIRAError: JiraError HTTP 401 url: https://jira.example.com/rest/api/2/field\n\ttext: Unauthorized (401)\n\n\tresponse headers = {'X-AREQUESTID': 'd25a0deb', 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED', 'Content-Type': 'text/html;charset=UTF-8'}",
    );
    expect(f.args).toMatchObject({ via: 'jira', credential: 'atlassian-credentials' });
  });

  it('catches: Confluence’s XSRF check with its header in the step (PipedreamHQ/pipedream#20270)', async () => {
    const input =
      'POST https://confluence.example.com/rest/api/content/123/child/attachment\nHTTP/1.1 403 Forbidden\n\nXSRF check failed';
    const f = await catches('request.csrf-rejected', input);
    expect(f.args).toMatchObject({ via: 'confluence' });
    expect((await run(input)).nextSteps.join(' ')).toContain('X-Atlassian-Token: no-check');
  });

  it('catches: the CAPTCHA lock on a 403, its own answer, not a status contradiction (pycontribs/jira#733)', async () => {
    const input =
      'jira.exceptions.JIRAError: JiraError HTTP 403 url: https://jira.example.com/rest/api/2/serverInfo\ntext: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'jira', credential: 'atlassian-captcha' });
    await catchesNot('status.mismatch', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('CAPTCHA');
  });

  it('catches not: CAPTCHA_CHALLENGE or AUTHENTICATION_DENIED as another app’s enum', async () => {
    const r = await run('const reasons = [CAPTCHA_CHALLENGE, AUTHENTICATION_DENIED]; // 403 in our own app');
    expect(vias(r)).not.toContain('jira');
  });

  it('catches not: AUTHENTICATED_FAILED as a word of prose, not Seraph’s header value', async () => {
    const r = await run('our enum has AUTHENTICATED_FAILED and AUTHENTICATED_OK states, login returns 401');
    expect(vias(r)).not.toContain('jira');
  });
});

describe('Jenkins: its crumb and its anonymous caller', () => {
  it('catches: "No valid crumb was included in the request" (pycontribs/jenkinsapi#503)', async () => {
    const input =
      '<html>\n<head>\n<title>Error 403 No valid crumb was included in the request</title>\n</head>\n<body><h2>HTTP ERROR 403</h2>\n<p>Problem accessing /job/infra/job/test123/build. Reason:\n<pre>    No valid crumb was included in the request</pre></p></body></html>';
    const f = await catches('request.csrf-rejected', input);
    expect(f.args).toMatchObject({ via: 'jenkins' });
    expect((await run(input)).nextSteps.join(' ')).toContain('API token');
  });

  it('catches: X-You-Are-Authenticated-As anonymous on a 403, no status contradiction (ccmenu/ccmenu#9)', async () => {
    const input =
      '$ curl -i https://jenkins.example.org/cc.xml\nHTTP/1.1 403 Forbidden\nX-Jenkins: 2.426\nX-You-Are-Authenticated-As: anonymous\nX-Required-Permission: hudson.model.Hudson.Read\nContent-Type: text/html;charset=UTF-8\n\nAuthentication required';
    const f = await catches('authz-header.missing', input);
    expect(f.args).toMatchObject({ via: 'jenkins' });
    await catchesNot('status.mismatch', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('curl -u user:token');
  });

  it('catches: a user it authenticated, refused the permission its header names', async () => {
    const f = await catches(
      'policy.deny',
      'HTTP/1.1 403 Forbidden\nX-You-Are-Authenticated-As: deploy-bot\nX-Required-Permission: hudson.model.Item.Build\n\ndeploy-bot is missing the Job/Build permission',
    );
    expect(f.args).toMatchObject({ via: 'jenkins', stated: true });
  });

  it('catches not: "is missing the" in prose with no permission after it', async () => {
    const r = await run('the build is missing the Overall picture, someone said 403');
    expect(vias(r)).not.toContain('jenkins');
  });
});

describe('Grafana’s authn service finding no credential it reads', () => {
  it('catches: auth.unauthorized to a Cloud access-policy token, with the service account step and no token.opaque', async () => {
    const input =
      'curl -H "Authorization: Bearer glc_eyJvIjoiMTIzNCIsIm4iOiJ0ZXN0In0=" https://grafana.example.com/api/dashboards/uid/abc\nHTTP/1.1 401 Unauthorized\n{"extra":null,"message":"Unauthorized","messageId":"auth.unauthorized","statusCode":401,"traceID":""}';
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'grafana' });
    await catchesNot('token.opaque', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('glsa_');
  });

  it('catches not: auth.unauthorized as another service’s word, outside Grafana’s messageId', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n{"code":"auth.unauthorized","msg":"login required"}');
    expect(vias(r)).not.toContain('grafana');
  });
});

describe('SonarQube and Portainer', () => {
  it('catches: SonarQube’s {"errors":[{"msg":"Insufficient privileges"}]} (shijl0925/python-sonarqube-api#35)', async () => {
    const input =
      'AuthError: Error in request. Possibly authentication failed [403]: \n{"errors":[{"msg":"Insufficient privileges"}]}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'sonarqube' });
    expect((await run(input)).nextSteps.join(' ')).toContain('squ_');
  });

  it('catches: the scanner’s 401 names SonarQube’s token and sonar.token (SonarSource/sonar-scanning-examples#156)', async () => {
    const input =
      "Execution failed for task ':sonar'.\n> Not authorized. Analyzing this project requires authentication. Please provide a user token in sonar.token or other credentials in sonar.login and sonar.password.";
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'sonarqube', credential: 'sonarqube-token' });
    expect((await run(input)).nextSteps.join(' ')).toContain('SONAR_TOKEN');
  });

  it('catches: "You’re not authorized to run analysis." is the project’s permission (owncloud/client#8113)', async () => {
    const f = await catches(
      'policy.deny',
      "ERROR: Error during SonarScanner execution\nERROR: You're not authorized to run analysis. Please contact the project administrator.",
    );
    expect(f.args).toMatchObject({ via: 'sonarqube', stated: true });
  });

  it('catches: Portainer’s OAuth user not provisioned (goauthentik/authentik#893)', async () => {
    const f = await catches(
      'policy.deny',
      'http error: Account not created beforehand in Portainer and automatic user provisioning not enabled (err=Unauthorized) (code=403)',
    );
    expect(f.args).toMatchObject({ via: 'portainer', stated: true });
  });

  it('catches not: "Not authorized." alone, another product’s words', async () => {
    const r = await run('ERROR: Not authorized. Please check your API key.');
    expect(vias(r)).not.toContain('sonarqube');
  });

  it('catches not: Microsoft Graph’s "Insufficient privileges to complete the operation."', async () => {
    const r = await run(
      '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
    );
    expect(vias(r)).not.toContain('sonarqube');
  });

  it('catches: Portainer’s "Invalid JWT token" to an access token sent as Bearer (portainer/portainer#12810)', async () => {
    const input =
      'curl -s -H "Authorization: bearer ptr_I8mBFW32zb67VoMRQERxMnKFYkWIA+4qj42p6xL1aNI=" "http://192.168.0.100:9000/api/stacks"\n\n{"message":"Invalid JWT token","details":"Unauthorized"}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'portainer', credential: 'portainer-token' });
    expect((await run(input)).nextSteps.join(' ')).toContain('X-API-Key');
  });

  it('catches: its "A valid authorisation token is missing" (portainer/portainer#6407)', async () => {
    const f = await catches(
      'token.missing',
      '{"message":"A valid authorisation token is missing","details":"Unauthorized"}',
    );
    expect(f.args).toMatchObject({ via: 'portainer' });
  });

  it('catches not: another app’s own "Invalid JWT token"', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n{"error":"Invalid JWT token"}');
    expect(vias(r)).not.toContain('portainer');
  });
});

describe('JFrog Artifactory: its Bad credentials envelope and its permission targets', () => {
  it('catches: its 401 envelope to curl -u, Basic being its scheme (jfrog/jfrog-cli#947)', async () => {
    const input =
      'curl -u "deployer:Xk29-vLq-81aa" -X PUT https://acme.jfrog.io/artifactory/snapshots/app.zip\n{\n "errors" : [ {\n    "status" : 401,\n    "message" : "Bad credentials"\n  } ]\n}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'artifactory', credential: 'artifactory-credentials' });
    await catchesNot('authz-header.scheme', input);
    expect((await run(input)).nextSteps.join(' ')).toContain('jf rt ping');
  });

  it('catches: overwriting needs DELETE (odpi/egeria#2879)', async () => {
    const f = await catches(
      'policy.deny',
      "Failed to deploy file. Status code: 403 Response message: Artifactory returned the following errors: \nNot enough permissions to delete/overwrite artifact 'staging-local:org/x/1.6/x-1.6.jar' (user 'ci' needs DELETE permission). Status code: 403",
    );
    expect(f.args).toMatchObject({ via: 'artifactory', stated: true });
  });

  it('catches not: Spring’s or GitHub’s "Bad credentials" outside Artifactory’s envelope', async () => {
    const r = await run('{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}');
    expect(vias(r)).not.toContain('artifactory');
  });
});

describe('Metabase: its request log and its x-api-key', () => {
  it('catches: {:metabase-user-id nil} on a 401 to an x-api-key call, which sent a credential (metabase/metabase#45299)', async () => {
    const input =
      "curl -H 'x-api-key: mb_UGXWibc0YbG+s9AClYhUTDk0bw3Wxe9GqQraBWcBvnQ=' -X GET 'http://localhost:3000/api/user'\nUnauthenticated\n\nGET /api/user/ 401 4.9 ms (0 DB calls) {:metabase-user-id nil}";
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'metabase', credential: 'metabase-credentials' });
    await catchesNot('authz-header.missing', input);
  });

  it('catches not: a 200 logged with no user, or x-api-key to another API that answered nothing of its own', async () => {
    const ok = await run('GET /api/session/properties 200 3.1 ms (2 DB calls) {:metabase-user-id nil}');
    expect(vias(ok)).not.toContain('metabase');
    const other = await run(
      'curl -H \'x-api-key: abc\' https://api.example.com/v1/items\nHTTP/1.1 401 Unauthorized\n\n{"error":"unauthorized"}',
    );
    expect(vias(other)).not.toContain('metabase');
  });
});
