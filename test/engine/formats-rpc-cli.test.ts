/**
 * Round 7 of real-world pastes: failures with no HTTP status line — gRPC statuses as each gRPC library prints them
 * (grpc-go, grpc-js, grpc-java, grpcio, Grpc.Core / Grpc.Net.Client), Google APIs' JSON errors, GitHub's
 * "Bad credentials", and the lines cloud and cluster CLIs print (kubectl, the AWS CLI). Every product string is
 * confirmed in public captures or source (parse/client-errors.ts and parse/error-bodies.ts name where); the
 * surroundings are the products' own shapes. A gRPC code is not an HTTP status: `status` stays what the paste shows.
 * Reading choices (PERMISSION_DENIED is the server's denial, UNAUTHENTICATED an authentication failure with no finding
 * of its own, as GraphQL's): docs/findings.md, "Reading the rules". The last group names the same words outside their
 * shapes, or other gRPC and AWS errors, and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW, run } from '../helpers/catches.js';
import { DENIED, EXPIRED_MASKED, FRESH_MASKED, MISREAD, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** What a stated denial must never be read as. */
const NOT_AUTHN: FindingCode[] = ['token.missing', 'challenge.invalid-token', 'status.mismatch'];

const GO: Row[] = [
  {
    name: 'grpc-go: PermissionDenied with a scope in its desc',
    input: 'rpc error: code = PermissionDenied desc = missing scope',
    ...DENIED,
    top: 'policy.deny',
    via: 'grpc',
    excludes: [...NOT_AUTHN, ...MISREAD],
  },
  {
    name: 'grpcurl: Unauthenticated with no token pasted (chainloop-dev/chainloop#1073)',
    input:
      'Error invoking method "cas.v1.StatusService.Infoz": rpc error: code = Unauthenticated desc = failed to query for service descriptor "cas.v1.StatusService": Request unauthenticated with bearer',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'grpc-go: a service log with Unauthenticated and golang-jwt’s sentinel in the desc',
    input:
      '2026/05/28 14:09:58 ERROR call failed method=/orders.v1.Orders/List err="rpc error: code = Unauthenticated desc = token has invalid claims: token is expired"',
    ...REFUSED,
    top: 'time.expired',
    excludes: ['token.missing', 'policy.deny', ...MISREAD],
  },
  {
    name: 'grpc-go: Unauthenticated beside the expired token the client sent',
    input: [
      `authorization: Bearer ${EXPIRED_MASKED}`,
      'rpc error: code = Unauthenticated desc = invalid auth token',
    ].join('\n'),
    status: null,
    // UNAUTHENTICATED adds no finding of its own, but states an authentication failure (as GraphQL's does, round 26b);
    // the token's expiry, inferred, is the likely cause.
    classification: 'authentication',
    top: 'time.expired',
    excludes: ['token.missing', 'policy.deny'],
    tokenExp: NOW - 480,
  },
  {
    name: 'grpc-go: PermissionDenied from Envoy’s RBAC filter in front of the service',
    input: 'rpc error: code = PermissionDenied desc = RBAC: access denied',
    ...DENIED,
    top: 'policy.deny',
    excludes: NOT_AUTHN,
  },
  {
    name: 'grpc-go: Unauthenticated from Envoy jwt_authn (Jwt is expired)',
    input: 'rpc error: code = Unauthenticated desc = Jwt is expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'envoy',
    excludes: ['token.missing', 'policy.deny'],
  },
  {
    name: 'grpc-go: a k8s CSI driver event with Unauthenticated (IBM/ibm-block-csi-driver#445)',
    input:
      'Warning  ProvisioningFailed  3s  block.csi.ibm.com  failed to provision volume: rpc error: code = Unauthenticated desc = Credential error has occurred while connecting to endpoint 10.0.0.7',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny'],
  },
];

const NODE: Row[] = [
  {
    name: 'grpc-js: 7 PERMISSION_DENIED from Firestore (v-briese/RoboLiam#49)',
    input: [
      'Error: 7 PERMISSION_DENIED: Missing or insufficient permissions.',
      '    at Object.callErrorFromStatus (/home/runner/bot-3/node_modules/google-gax/node_modules/@grpc/grpc-js/build/src/call.js:31:26)',
      '    at Object.onReceiveStatus (/home/runner/bot-3/node_modules/google-gax/node_modules/@grpc/grpc-js/build/src/client.js:327:49)',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    // Firestore's security rules' own words name it (round real-j, verifier-messages/platforms.ts).
    via: 'firestore',
    excludes: NOT_AUTHN,
  },
  {
    name: 'grpc-js: 16 UNAUTHENTICATED in a JSON log’s stack (cap-js/telemetry#382)',
    input:
      '{"level":"error","stack":"Error: 16 UNAUTHENTICATED: mTLS client certificate not presented\\n    at callErrorFromStatus (/home/vcap/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)"}',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'grpc-js: 16 UNAUTHENTICATED with Google’s words for a refused token',
    input:
      'Error: 16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: ['token.missing', 'policy.deny'],
  },
  {
    name: 'grpc-js: a 16 that is not the code’s own number is not a status',
    input: 'Error: 7 UNAUTHENTICATED: mismatched',
    ...QUIET,
    excludes: ['token.missing', 'policy.deny'],
  },
];

const JAVA: Row[] = [
  {
    name: 'grpc-java: StatusRuntimeException UNAUTHENTICATED from a Google API (grpc/grpc#9497)',
    input: [
      'Exception in thread "main" io.grpc.StatusRuntimeException: UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      '\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:227)',
      '\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:208)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: ['token.missing', 'policy.deny', ...MISREAD],
  },
  {
    name: 'grpc-java: a bare UNAUTHENTICATED (pravega/pravega#3089)',
    input: [
      '[grpc-default-executor-0] WARN io.pravega.client.stream.impl.ControllerImpl - gRPC call for createScope with trace id 0 failed with server error.',
      'io.grpc.StatusRuntimeException: UNAUTHENTICATED',
      '        at io.grpc.Status.asRuntimeException(Status.java:526)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'grpc-java: PERMISSION_DENIED wrapped by gax (googleapis/java-bigtable#32)',
    input: [
      'Exception in thread "main" com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: Access denied. Missing IAM permission: bigtable.tables.readRows.',
      '\tat com.google.api.gax.rpc.ApiExceptionFactory.createException(ApiExceptionFactory.java:55)',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'grpc',
    excludes: NOT_AUTHN,
  },
  {
    name: 'grpc-java: Status{code=PERMISSION_DENIED} from the Firestore Android SDK (google/ground-android#2113)',
    input:
      'Write failed at surveys/terrabio/lois/WrcZ2g33g057xMeeatWL: Status{code=PERMISSION_DENIED, description=Missing or insufficient permissions., cause=null}',
    ...DENIED,
    top: 'policy.deny',
    // Firestore's security rules' own words name it (round real-j, verifier-messages/platforms.ts).
    via: 'firestore',
  },
];

const PYTHON_DOTNET: Row[] = [
  {
    name: 'grpcio: _InactiveRpcError with StatusCode.PERMISSION_DENIED (mithril-security/bastionlab#171)',
    input: [
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.PERMISSION_DENIED',
      '\tdetails = "No challenge in request!"',
      '\tdebug_error_string = "{"created":"@1672931860.632462068","description":"Error received from peer ipv4:127.0.0.1:50056","file":"src/core/lib/surface/call.cc","file_line":966,"grpc_message":"No challenge in request!","grpc_status":7}"',
      '>',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'grpc',
    excludes: [...NOT_AUTHN, ...MISREAD],
  },
  {
    name: 'grpcio: StatusCode.UNAUTHENTICATED with Google’s invalid-credentials details',
    input: [
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.UNAUTHENTICATED',
      '\tdetails = "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."',
      '>',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: ['token.missing'],
  },
  {
    name: 'grpcio: UNAUTHENTICATED made up from an HTTP 401 (TurkMcGill/vectorator#6): the status stands',
    input: [
      'grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:',
      '        status = StatusCode.UNAUTHENTICATED',
      '        details = "Received http2 header with status: 401"',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    excludes: ['policy.deny'],
  },
  {
    name: 'Grpc.Core: RpcException Unauthenticated without quotes (googleapis/google-cloud-dotnet#1811)',
    input:
      '[xUnit.net 00:00:03.4792696]       Grpc.Core.RpcException : Status(StatusCode=Unauthenticated, Detail="Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.")',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: ['token.missing'],
  },
  {
    name: 'Grpc.Net.Client: RpcException PermissionDenied with a quoted code',
    input: [
      'Grpc.Core.RpcException: Status(StatusCode="PermissionDenied", Detail="User 42 may not read tenant acme")',
      '   at Orders.Client.OrdersService.ListAsync(ListRequest request) in /src/Orders.Client/OrdersService.cs:line 61',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'grpc',
    excludes: NOT_AUTHN,
  },
  {
    name: 'Grpc.Core: PermissionDenied made up from an HTTP 403 (Cysharp/MagicOnion#413): the status stands',
    input:
      'Grpc.Core.RpcException: Status(StatusCode="PermissionDenied", Detail="Bad gRPC response. HTTP status code: 403")',
    status: 403,
    classification: 'authorization',
    excludes: ['policy.deny', 'token.missing'],
  },
];

const GOOGLE: Row[] = [
  {
    name: 'Google API: PERMISSION_DENIED JSON error, no status line (googleanalytics/ga-dev-tools#839)',
    input: [
      '{',
      ' "error": {',
      '  "code": 403,',
      '  "message": "User does not have sufficient permissions for this profile.",',
      '  "status": "PERMISSION_DENIED"',
      ' }',
      '}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
    excludes: NOT_AUTHN,
  },
  {
    name: 'Google API: insufficient scopes with ErrorInfo (analogdotnow/Analog#296)',
    input:
      '{"error":{"code":403,"message":"Request had insufficient authentication scopes.","errors":[{"message":"Insufficient Permission","domain":"global","reason":"insufficientPermissions"}],"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT","domain":"googleapis.com","metadata":{"service":"calendar-json.googleapis.com","method":"calendar.v3.CalendarList.List"}}]}}',
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'google-api',
    excludes: ['policy.deny', ...NOT_AUTHN],
  },
  {
    name: 'Google API: UNAUTHENTICATED JSON after a 401 status line',
    input: [
      'HTTP/2 401',
      'content-type: application/json; charset=UTF-8',
      '',
      '{',
      '  "error": {',
      '    "code": 401,',
      '    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",',
      '    "status": "UNAUTHENTICATED"',
      '  }',
      '}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'google-api',
    excludes: ['token.missing', 'policy.deny'],
  },
  {
    name: 'Gemini CLI: the API error inside its own brackets (google-gemini/gemini-cli#25607)',
    input: [
      '✕ [API Error: [{',
      '    "error": {',
      '      "code": 403,',
      '      "message": "The caller does not have permission",',
      '      "errors": [',
      '        {',
      '          "message": "The caller does not have permission",',
      '          "domain": "global",',
      '          "reason": "forbidden"',
      '        }',
      '      ],',
      '      "status": "PERMISSION_DENIED"',
      '    }',
      '  }',
      '  ]]',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
  },
  {
    name: 'Google API: a disabled API is the project’s set-up, not a policy’s denial (vivet/GoogleApi#397; round left-hh)',
    input: [
      'HTTP/1.1 403 Forbidden',
      '',
      '{"error":{"code":403,"message":"Routes API has not been used in project 123 before or it is disabled.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com"}]}}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.service-not-enabled',
    via: 'google-api',
    excludes: ['policy.deny', 'challenge.insufficient-scope', 'token.missing'],
  },
  {
    name: 'Google API: a missing API key is not a token or policy problem (GoogleCloudPlatform/php-docs-samples#867)',
    input:
      'Uncaught Google\\Cloud\\Core\\Exception\\ServiceException: { "error": { "code": 403, "message": "The request is missing a valid API key.", "status": "PERMISSION_DENIED" } } in /home/app/vendor/google/cloud/Core/src/RequestWrapper.php:336',
    status: 403,
    classification: 'authorization',
    excludes: ['policy.deny', 'token.missing'],
  },
];

const CLI: Row[] = [
  {
    name: 'kubectl: You must be logged in to the server (Unauthorized)',
    input: ['$ kubectl get pods', 'error: You must be logged in to the server (Unauthorized)'].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'kubectl: the newer wording with the server’s message (infrahq/infra#1181)',
    input: [
      '$ kubectl get pods',
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'kubectl: Unauthorized beside the (expired) service-account token in the kubeconfig',
    input: [
      'users:',
      '- name: ci',
      '  user:',
      `    token: ${EXPIRED_MASKED}`,
      '$ kubectl get nodes',
      'error: You must be logged in to the server (Unauthorized)',
    ].join('\n'),
    status: null,
    // kubectl's Unauthorized is the API server's stated authentication failure (round 26b), beside the token it sent.
    classification: 'authentication',
    top: 'time.expired',
    excludes: ['token.missing'],
    tokenExp: NOW - 480,
  },
  {
    name: 'kubectl: Forbidden by RBAC (cloudtty/cloudtty#469)',
    input:
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"',
    ...DENIED,
    top: 'policy.deny',
    via: 'kubernetes',
    excludes: NOT_AUTHN,
  },
  {
    name: 'AWS CLI: AccessDeniedException with the IAM user (aws/aws-cli#6274)',
    input:
      'An error occurred (AccessDeniedException) when calling the CreateComponentVersion operation: User: arn:aws:iam::456012345600:user/Administrator is not authorized to perform: null',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws',
    excludes: NOT_AUTHN,
  },
  {
    name: 'botocore: AccessDenied in a Lambda traceback (CivicTechTO/ttc_subway_times#55)',
    input: [
      '[ERROR] ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
      'Traceback (most recent call last):',
      '  File "/var/task/src/ttc_api_scraper/consolidate.py", line 110, in handler',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    name: 'AWS CLI: SNS AuthorizationError (nccgroup/Scout2#261)',
    input:
      'An error occurred (AuthorizationError) when calling the ListSubscriptions operation: User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: SNS:ListSubscriptions on resource: arn:aws:sns:ap-south-1:123456789012:*',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    name: 'AWS CLI: an API Gateway resource policy keeps its own reading',
    input:
      'An error occurred (AccessDeniedException) when calling the Invoke operation: User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders',
    ...DENIED,
    includes: ['proxy.authorizer-deny'],
  },
  {
    name: 'GitHub: Bad credentials after a 401 (hisxo/gitGraber#32)',
    input: [
      '[i] Status code : 401',
      '[!] Unexpected HTTP response 401',
      '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: ['token.missing'],
  },
  {
    name: 'GitHub: PyGithub’s BadCredentialsException (anmol098/waka-readme-stats#506)',
    input:
      'github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}',
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'github',
    excludes: ['token.missing'],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'gRPC code names in documentation prose',
    input: 'The handler returns PERMISSION_DENIED when the caller lacks a role, and UNAUTHENTICATED otherwise.',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'grpc-go: another code (NotFound)',
    input: 'rpc error: code = NotFound desc = order 42 not found',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'grpc-java: UNAVAILABLE',
    input: 'io.grpc.StatusRuntimeException: UNAVAILABLE: io exception',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'a Java exception class named for the code, without a gRPC status',
    input: 'com.google.api.gax.rpc.UnauthenticatedException: see the cause below',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'an enum of gRPC codes in source',
    input: 'PERMISSION_DENIED = 7,\nRESOURCE_EXHAUSTED = 8,\nUNAUTHENTICATED = 16,',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'AWS CLI: a missing bucket',
    input:
      'An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'kubectl: a connection failure',
    input: 'Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'kubectl: the sentence in a runbook without kubectl’s brackets',
    input: 'If you see that you must be logged in to the server, run aws eks update-kubeconfig first.',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'Google API: a NOT_FOUND JSON error',
    input: '{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}',
    status: 404,
    classification: 'undetermined',
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: '"Bad credentials" outside GitHub’s shape',
    input: '{"message":"Bad credentials","code":"E42"}',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'grpc-go: a successful call logged beside a fresh token',
    input: [`authorization: Bearer ${FRESH_MASKED}`, 'finished call code=OK method=/orders.v1.Orders/List'].join('\n'),
    ...QUIET,
    excludes: ['policy.deny', 'token.missing', 'time.expired'],
  },
];

describe('round 7: gRPC statuses, Google and GitHub API errors, cloud and cluster CLIs', () => {
  it.each(GO)('grpc-go: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(NODE)('grpc-js: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(JAVA)('grpc-java: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(PYTHON_DOTNET)('grpcio / .NET: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(GOOGLE)('Google APIs: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(CLI)('CLIs: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(QUIET_ROWS)('stays quiet on $name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('kubectl’s 401 says what kubectl sends', () => {
  it('names kubectl’s credentials, quotes its line and gives its steps (en, ja)', async () => {
    const input = '$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)';
    const report = await run(input);
    const f = report.findings[0];
    expect(f?.code).toBe('token.missing');
    expect(f?.args.client).toBe('kubectl');
    expect(f?.title).toBe('The API server refused the credentials kubectl sent');
    expect(f?.evidence).toContain('You must be logged in');
    expect(report.nextSteps[0]).toContain('kubectl config view --minify');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('kubectl');
  });

  it('a bare 401 with no kubectl line keeps the plain words', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized');
    expect(report.findings.find((f) => f.code === 'token.missing')?.args.client).toBeUndefined();
  });
});

/**
 * The API server's own 401 body (metav1.Status, reason Unauthorized) with no token pasted: the caller is an application,
 * an operator or curl rather than kubectl, most often with a pod's ServiceAccount token (expired after an hour by
 * default and rewritten by the kubelet: a client that keeps the first one read gets this 401).
 */
describe('the Kubernetes API server’s 401 Status body says what an in-cluster client sends', () => {
  const STATUS =
    '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}';

  it.each([
    ['the body alone', STATUS],
    [
      'curl -i with the Audit-Id header',
      `HTTP/1.1 401 Unauthorized\nAudit-Id: 90588589-9089-47ff-a8ec-003070ba7994\nContent-Type: application/json\n\n${STATUS}`,
    ],
    ['kubectl -v=8’s response body line', `I1126 21:49:58.101 12345 round_trippers.go:553] Response Body: ${STATUS}`],
  ])('names the API server’s credentials and gives its steps: %s', async (_name, input) => {
    const report = await run(input);
    expect(report.classification).toBe('authentication');
    const f = report.findings[0];
    expect(f?.code).toBe('token.missing');
    expect(f?.args.client).toBe('kubernetes');
    expect(f?.title).toBe('The Kubernetes API server refused the credentials');
    expect(report.nextSteps[0]).toContain('Unable to authenticate the request');
    expect(report.nextSteps.join('\n')).toContain('/var/run/secrets/kubernetes.io/serviceaccount/token');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.title).toBe('Kubernetes の API サーバーが資格情報を拒否しています');
  });

  it.each([
    ['another API’s Unauthorized body', '{"message":"Unauthorized","reason":"Unauthorized","code":401}'],
    ['a Status object on another line than the code', '{"kind":"Status",\n"reason":"Unauthorized","code":401}'],
    ['the Status body of a 403', STATUS.replace('Unauthorized","code":401', 'Forbidden","code":403')],
  ])('keeps its plain words for %s', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.find((f) => f.args.client === 'kubernetes')).toBeUndefined();
  });

  it('judges a pasted token rather than asking for it', async () => {
    const report = await run(`Authorization: Bearer ${EXPIRED_MASKED}\n${STATUS}`);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(report.findings.some((f) => f.code === 'token.missing')).toBe(false);
  });
});
