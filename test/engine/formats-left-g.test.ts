/**
 * Round "left-g": what the real-paste audits (audit-w, audit-y) left. GitLab's REST API reads its own headers
 * (PRIVATE-TOKEN, JOB-TOKEN) beside Authorization and answers `{"message":"401 Unauthorized"}` both for no token and for
 * one it does not accept (docs.gitlab.com/api/rest/authentication).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}
const codes = (r: Report) => r.findings.map((f) => f.code);

function gitlabRequest(header: string, host = 'gitlab.example.com'): string {
  return `GET /api/v4/projects HTTP/1.1\nHost: ${host}\n${header}\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"401 Unauthorized"}\n`;
}

describe('left-g 1: GitLab’s 401 gives GitLab’s steps', () => {
  it('gitlabform’s line (audit-w 18): GitLab’s 401 body, not “no token was sent”', async () => {
    const r = await run(
      `$ GITLAB_TOKEN="******************" gitlabform test\nAborting - GitLab test request failed, details: 'Request url='https://dev.xxxxx.com/api/v4/version', method=GET, data='None' failed - expected code(s) [200], got code 401 & body: 'b'{"message":"401 Unauthorized"}'''`,
    );
    expect(findingOf(r, 'token.missing').args.client).toBe('gitlab');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('PRIVATE-TOKEN');
    expect(steps).toContain('personal_access_tokens/self');
  });

  it('a request with PRIVATE-TOKEN to GitLab: the header GitLab reads, not a missing Authorization', async () => {
    const r = await run(gitlabRequest('PRIVATE-TOKEN: glpat-abcdefghijklmnopqrst'));
    expect(codes(r)).not.toContain('authz-header.missing');
    expect(findingOf(r, 'token.missing').args.client).toBe('gitlab');
  });

  it('JOB-TOKEN to a self-hosted GitLab named only by its path and body: the same', async () => {
    const r = await run(gitlabRequest('JOB-TOKEN: 64_abcdefghijklmnopqrst', 'git.corp.example'));
    expect(codes(r)).not.toContain('authz-header.missing');
    expect(findingOf(r, 'token.missing').args.client).toBe('gitlab');
  });

  it('X-Auth-Token to GitLab: no header GitLab reads, and GitLab’s steps', async () => {
    const r = await run(gitlabRequest('X-Auth-Token: glpat-abcdefghijklmnopqrst'));
    expect(findingOf(r, 'authz-header.missing').args.api).toBe('gitlab');
    expect(r.nextSteps.join('\n')).toContain('PRIVATE-TOKEN');
  });

  it('“Authorization: token glpat-…” (GitHub’s scheme) to GitLab: Bearer or PRIVATE-TOKEN, and no JWT step', async () => {
    const r = await run(gitlabRequest('Authorization: token glpat-abcdefghijklmnopqrst'));
    expect(findingOf(r, 'authz-header.scheme').args.api).toBe('gitlab');
    expect(codes(r)).not.toContain('token.opaque');
    expect(r.nextSteps.join('\n')).toContain('PRIVATE-TOKEN');
  });

  it('not GitLab: Mattermost’s /api/v4/ with another body keeps the generic reading', async () => {
    const r = await run(
      'GET /api/v4/users/me HTTP/1.1\nHost: chat.example.com\nX-Auth-Token: abcdefghijklmnopqrstuvwxyz\n\nHTTP/1.1 401 Unauthorized\n\n{"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please login again.","status_code":401}',
    );
    const f = findingOf(r, 'authz-header.missing');
    expect(f.args.api).toBeUndefined();
    expect(r.nextSteps.join('\n')).not.toContain('GitLab');
  });

  it('not GitLab: a Grape API’s same body on another host with no GitLab in the paste', async () => {
    const r = await run('curl https://api.example.com/v1/items\n{"message":"401 Unauthorized"}');
    expect(JSON.stringify(r.findings.map((f) => f.args))).not.toContain('gitlab');
    expect(r.nextSteps.join('\n')).not.toContain('GitLab');
  });

  it('not GitLab: a PRIVATE-TOKEN header to another API still lacks Authorization', async () => {
    const r = await run(
      gitlabRequest('PRIVATE-TOKEN: abcdefghijklmnopqrst', 'api.example.com').replace('/api/v4/', '/v1/'),
    );
    expect(codes(r)).toContain('authz-header.missing');
  });
});

const NPM_NEXUS = `After \`npm  publish\` there is error in console: \`npm ERR! 401 Unauthorized\`
34 http request PUT https://172.32.29.226/nexus/repository/internal/ajax-queue
35 http 401 https://172.32.29.226/nexus/repository/internal/ajax-queue
36 verbose headers { server: 'nginx/1.10.3',
36 verbose headers   date: 'Mon, 21 May 2018 11:56:35 GMT',
36 verbose headers   'content-length': '0',
36 verbose headers   connection: 'keep-alive',
36 verbose headers   'www-authenticate': 'BASIC realm="Sonatype Nexus Repository Manager"' }
38 error publish Failed PUT 401
39 verbose stack Error: 401 Unauthorized`;

describe('left-g 2: a headers object util.inspect wrapped over lines, and a Basic-only challenge', () => {
  it('npm’s verbose headers to Nexus (audit-y 21): the BASIC challenge is read, and the steps are Basic’s', async () => {
    const r = await run(NPM_NEXUS);
    expect(r.challenges.map((c) => [c.scheme, c.params.realm])).toEqual([
      ['BASIC', 'Sonatype Nexus Repository Manager'],
    ]);
    expect(findingOf(r, 'token.missing').args.challenge).toBe('basic');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('.npmrc');
    expect(steps).not.toContain('Authorization: Bearer');
  });

  it('the same object with no log prefix (Node’s own wrapping)', async () => {
    const r = await run(
      `Error: 401\n{ server: 'nginx',\n  'www-authenticate': 'Basic realm="Artifactory Realm"',\n  connection: 'close' }`,
    );
    expect(findingOf(r, 'token.missing').args.challenge).toBe('basic');
  });

  it('a bare Basic challenge to a 401: Basic’s steps', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="registry"\n');
    expect(findingOf(r, 'token.missing').args.challenge).toBe('basic');
  });

  it('not Basic-only: Basic beside Bearer keeps the bearer reading', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="r", Bearer realm="api"\n');
    expect(JSON.stringify(r.findings.map((f) => f.args))).not.toContain('"challenge":"basic"');
  });

  it('not a headers object: lines behind one prefix holding a code object with no header name', async () => {
    const r = await run(
      `HTTP/1.1 401 Unauthorized\n12 verbose cfg { registry: 'https://r.example/',\n12 verbose cfg   loglevel: 'verbose' }`,
    );
    expect(r.challenges).toEqual([]);
  });

  it('not read: an object whose prefix changes between lines', async () => {
    const r = await run(
      `HTTP/1.1 401 Unauthorized\n36 verbose headers { server: 'nginx',\n37 verbose other   'www-authenticate': 'Basic realm="x"' }`,
    );
    expect(JSON.stringify(r.findings.map((f) => f.args))).not.toContain('"challenge":"basic"');
  });
});

describe('left-g 3: a Firebase callable function’s UNAUTHENTICATED', () => {
  const PASTE = `URL https://us-central1XXXXXXXX.cloudfunctions.net/callableFunction2
Type: POST
Headers:
Authorization: Bearer <TOKEN>
Content-Type: application/json

Response: {
    "error": {
        "message": "Unauthenticated",
        "status": "UNAUTHENTICATED"
    }
}`;

  it('with Authorization sent (audit-y 20): the callable refused the ID token, and Firebase’s steps', async () => {
    const r = await run(PASTE);
    const f = findingOf(r, 'challenge.invalid-token');
    expect(f.args.via).toBe('firebase-callable');
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps.join('\n')).toContain('getIdToken()');
  });

  it('with no request shown: still an authentication failure, no token-refused finding', async () => {
    const r = await run('{"error":{"message":"Unauthenticated","status":"UNAUTHENTICATED"}}');
    expect(r.classification).toBe('authentication');
    expect(codes(r)).not.toContain('challenge.invalid-token');
  });

  it('not Firebase: a Google API’s error (a numeric code) keeps Google’s reading', async () => {
    const r = await run(
      'Authorization: Bearer ya29.abcdefghijklmnopqrstuvwxyz\n{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}}',
    );
    expect(findingOf(r, 'challenge.invalid-token').args.via).toBe('google-api');
  });

  it('not the SDK’s own words: a function’s own message is not read as the callable’s refusal', async () => {
    const r = await run(
      'Authorization: Bearer <TOKEN>\n{"error":{"message":"You must be signed in","status":"UNAUTHENTICATED"}}',
    );
    expect(JSON.stringify(r.findings.map((f) => f.args))).not.toContain('firebase-callable');
  });
});

describe('left-g 4: AppSync’s unparsable JWT after SigV4 signing; the SigV4 step names who answered', () => {
  const APPSYNC = `I/flutter (26309): {
I/flutter (26309):   "errors" : [ {
I/flutter (26309):     "errorType" : "UnauthorizedException",
I/flutter (26309):     "message" : "Unable to parse JWT token."
I/flutter (26309):   } ]
I/flutter (26309): }`;

  it('a SigV4 client beside AppSync’s “Unable to parse JWT token.” (audit-y 15): the mode wants a Cognito token', async () => {
    const r = await run(
      `${APPSYNC}\n        _awsSigV4Client = new AwsSigV4Client(\n            credentials.accessKeyId, credentials.secretAccessKey, _endpoint,\n            serviceName: 'AMAZON_COGNITO_USER_POOLS');`,
    );
    expect(findingOf(r, 'token.malformed').args.signedRequest).toBe('aws-sigv4');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('Cognito user pool token');
    expect(steps).not.toContain('Copy the token again');
  });

  it('an AWS4-HMAC-SHA256 Authorization shown: the same', async () => {
    const r = await run(
      `POST /graphql HTTP/1.1\nHost: abc.appsync-api.us-east-1.amazonaws.com\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20200211/us-east-1/appsync/aws4_request, SignedHeaders=host;x-amz-date, Signature=e01717a2e53c3aa47bbf37e60ed285d83f2c6c8e3db99e192c83b6ec476ba7cd\n\n{"errors":[{"errorType":"UnauthorizedException","message":"Unable to parse JWT token."}]}`,
    );
    expect(findingOf(r, 'token.malformed').args.signedRequest).toBe('aws-sigv4');
  });

  it('not signed: AppSync’s message alone keeps the malformed-token step', async () => {
    const r = await run(APPSYNC);
    expect(findingOf(r, 'token.malformed').args.signedRequest).toBeUndefined();
    expect(r.nextSteps.join('\n')).toContain('Copy the token again');
  });

  it('API Gateway’s InvalidSignatureException body (audit-y 17): API Gateway’s canonical string, not S3’s', async () => {
    const r = await run(
      `{"message": "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\\n\\nThe Canonical String for this request should have been\\n'POST\\n/LocationQuery_stage\\n\\nhost:a5g085p7md.execute-api.us-east-1.amazonaws.com\\n'"}`,
    );
    expect(findingOf(r, 'signature.invalid').args.signedFor).toBe('api-gateway');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('API Gateway’s error body');
    expect(steps).not.toContain('S3');
  });

  it('S3’s SignatureDoesNotMatch with its StringToSign: S3’s body', async () => {
    const r = await run(
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><StringToSign>AWS4-HMAC-SHA256</StringToSign></Error>',
    );
    expect(findingOf(r, 'signature.invalid').args.signedFor).toBe('s3');
  });

  it('neither named: the step names no service as the one that answered', async () => {
    const r = await run('An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation');
    expect(findingOf(r, 'signature.invalid').args.signedFor).toBeUndefined();
    expect(r.nextSteps.join('\n')).not.toContain('S3’s error body');
  });
});

describe('left-g 5: a container registry’s token-auth first step, and its clients’ “authentication required”', () => {
  const FIRST_LEG = `$ curl -i https://registry.example.com/v2/
HTTP/1.1 401 Unauthorized
Content-Type: application/json
Docker-Distribution-Api-Version: registry/2.0
Www-Authenticate: Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull"

{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}`;

  it('a 401 to /v2/ with realm, service and scope: the protocol’s first step, not a missing header', async () => {
    const r = await run(FIRST_LEG);
    const f = findingOf(r, 'challenge.no-error');
    expect(f.args.registry).toBe(true);
    expect(f.severity).toBe('warning');
    expect(codes(r)).not.toContain('authz-header.missing');
    expect(codes(r)).not.toContain('token.missing');
    expect(r.nextSteps.join('\n')).toContain('docker login');
  });

  it('docker push’s “unauthorized: authentication required” (audit-y 04): the token exchange, docker login, the token’s lifetime', async () => {
    const r = await run(
      'root@qa:~# docker push 10.180.148.175:5000/yiting/test\nThe push refers to a repository [10.180.148.175:5000/yiting/test](len: 1)\n2b71b4816d25: Pushing [=====>] 196.9 MB\nunauthorized: authentication required',
    );
    expect(findingOf(r, 'token.missing').args.client).toBe('docker-registry');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('docker login');
    expect(steps).not.toContain('DevTools');
  });

  it('the registry’s log of the first GET /v2/ 401 then the push’s failure (audit-y 05): the registry’s steps', async () => {
    const r = await run(
      'May  9 06:45:43 172.18.0.1 docker/registry[2919]: 172.18.0.6 - - [09/May/2016:06:45:43 +0000] "GET /v2/ HTTP/1.1" 401 87 "" "docker/1.11.1 go/go1.5.4"\ndocker push: unauthorized: authentication required',
    );
    expect(findingOf(r, 'token.missing').args.client).toBe('docker-registry');
  });

  it('not the first step: a token sent to the registry keeps the sent-token reading', async () => {
    const r = await run(
      FIRST_LEG.replace(
        '$ curl -i https://registry.example.com/v2/',
        'GET /v2/ HTTP/1.1\nHost: registry.example.com\nAuthorization: Bearer abcdefghijklmnopqrstuvwxyz0123\n',
      ),
    );
    expect(findingOf(r, 'challenge.no-error').args.registry).toBeUndefined();
  });

  it('not a registry: an RFC 6750 challenge with no service keeps “no credentials”', async () => {
    const r = await run(
      'GET /v2/items HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\n',
    );
    expect(findingOf(r, 'challenge.no-error').args.registry).toBeUndefined();
    expect(codes(r)).toContain('authz-header.missing');
  });
});
