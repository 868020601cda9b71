/**
 * Round 14 of real-world pastes: misreadings earlier rounds found and left. What clients print for a registry's,
 * AWS's and Vault's refusal (go-containerregistry and the docker CLI's `UNAUTHORIZED: authentication required`, the AWS
 * SDK for Java v1 and v2's `(Service: …, Status Code: 403, …)`, Vault's `Code: 403. Errors:` list), Intercom's
 * `error.list` envelope, HAProxy's own 401/403 in its HTTP log (`<NOSRV>`), and oauth2-proxy's failed session cookie.
 * Product strings are confirmed in the public captures named beside each row or in the reader that reads them
 * (parse/client-errors.ts, parse/error-bodies.ts, checks/proxy.ts). Reading choices: docs/findings.md, "Reading the
 * rules". Each group ends with the same words out of the product's shape, or a success, which must stay quiet.
 */
import { describe, it } from 'vitest';
import { A401, A403, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const REGISTRY: Row[] = [
  {
    // go-containerregistry's transport.Error, as trivy prints it (aquasecurity/trivy, a remote image lookup).
    name: 'trivy: UNAUTHORIZED: authentication required; [map[Action:pull …]]',
    input:
      '        * remote error: GET https://index.docker.io/v2/library/trivy-test/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/trivy-test Type:repository]]',
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    // crane (the CTF write-up that logged out first and ran `crane config`).
    name: 'crane: the same UNAUTHORIZED after `crane auth logout`',
    input: [
      '$ crane auth logout docker.io',
      '$ crane config eksclustergames/base_ext_image',
      'Error: fetching config: reading image "eksclustergames/base_ext_image": GET https://index.docker.io/v2/eksclustergames/base_ext_image/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:eksclustergames/base_ext_image Type:repository]]',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // cosign (rx-m's signing lab): a push/pull scope list with two entries.
    name: 'cosign: UNAUTHORIZED with a pull and a push scope',
    input:
      'Error: signing [rx-m-cosign:v1]: accessing entity: GET https://index.docker.io/v2/library/rx-m-cosign/manifests/v1: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/rx-m-cosign Type:repository] map[Action:push Class: Name:library/rx-m-cosign Type:repository]]',
    ...REFUSED,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // The docker CLI's lower-cased errcode (DeepVAC/TorchPod#60, cisco/mindmeld#129, ciiiii/cloudflare-docker-proxy#132).
    name: 'docker pull: Error response from daemon: unauthorized: authentication required',
    input: [
      '$ docker pull mydomain.com/openlistteam/openlist:latest',
      'Error response from daemon: unauthorized: authentication required',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // The registry's JSON body (docker/for-mac#7584, decentralized-identity/universal-registrar#61).
    name: 'the registry’s body: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required",…}]}',
    input: [
      'The service "https://registry-1.docker.io/v2/" returns a message that :',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'the registry’s DENIED stays a stated policy.deny (docker CLI’s denied: line)',
    input:
      "Error response from daemon: pull access denied for devlikeapro/waha-plus, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'docker-registry',
    excludes: ['token.missing'],
  },
  {
    name: 'quiet: "authentication required" in prose is no registry’s answer',
    input: 'note: authentication required for private images, run docker login first',
    ...QUIET,
    excludes: ['token.missing'],
  },
];

const AWS_JAVA: Row[] = [
  {
    // aws/aws-toolkit-jetbrains#3129 (the SDK for Java v2 under a JetBrains plugin).
    name: 'AWS SDK for Java v2: S3Exception: Access Denied (Service: S3, Status Code: 403, …)',
    input: [
      'Loading objects failed!',
      '',
      'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: G7WJJ5HW0BBZB1WR, Extended Request ID: ZsA5Pqk/2wCqJz/pLC/WhgQVm7rI0iQ/efh3Qp7A0EU7fCK//3nbVh+q4xBMuVi7eVK966F59og=)',
      '\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156)',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    excludes: MISREAD,
  },
  {
    // quarkusio/quarkus-quickstarts#815: wrapped by RESTEasy's UnhandledException.
    name: 'AWS SDK for Java v2: the same, wrapped in another exception’s line',
    input:
      'spi.UnhandledException: software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: M652TMBNA1DWX0AE, Extended Request ID: IVFIUI+nbmHAyIEbxRybqo/F794IoEYOauoBc71Ekb6am2K+rJq20bs8CVgPZ550Dl5E/G/vPGA=)',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    // IAM's own words in the message (a CloudFormation handler's S3 call; "(SDK Attempt Count: 1)" after it).
    name: 'AWS SDK for Java v2: User: arn:… is not authorized to perform: … (Service: S3, Status Code: 403, …)',
    input:
      'software.amazon.awssdk.services.s3.model.S3Exception: User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: s3:PutLifecycleConfiguration on resource: "arn:aws:s3:::orders-bucket" because no identity-based policy allows the s3:PutLifecycleConfiguration action (Service: S3, Status Code: 403, Request ID: SMCKMFKT6ZG23WW7, Extended Request ID: 7JFSmEiw8F3zx+Z3NTkMu+ibtCpjozcsCuhrFT7YHSll/KtQTNihKMkZP8C2prcX9/63PdrlAys=) (SDK Attempt Count: 1)',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    // wurstmeister/storm-s3#4.
    name: 'AWS SDK for Java v1: AmazonS3Exception: Access Denied (Service: Amazon S3; …; Error Code: AccessDenied; …)',
    input:
      'java.lang.RuntimeException: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 21722BC29BCED4A8), S3 Extended Request ID: EUx7FXkqQJthB2VnzF0l04rAir6p0gucEexayVW0rr+hForYF9bu4bzyAnkUl9+c',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    excludes: MISREAD,
  },
  {
    // Blasanka/aws_s3_plugin#11: Android's logcat, the message after "due to".
    name: 'AWS SDK for Java v1 in logcat: Failed to upload: 6 due to Access Denied (Service: Amazon S3; …)',
    input:
      'D/UploadTask(32647): Failed to upload: 6 due to Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1AC7FB214CD42697)',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
  },
  {
    // An unknown access key is not a policy's denial (StsException in a Hadoop S3A test's mock, apache/hadoop): since
    // round keys-a a refused key (api-keys.ts), whose 403 is AWS's documented answer (classify.ts).
    name: 'StsException "The security token included in the request is invalid." is a refused key, no denial',
    input:
      'software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is invalid. (Service: Sts, Status Code: 403, Request ID: a7e2e92e-5ebb-4343-87a1-21e4d64edcd4)',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    excludes: ['policy.deny', 'status.mismatch'],
  },
  {
    // A HEAD request has no body, so no message (a parallel-download log's CompletionException).
    name: 'quiet: S3Exception: null (Service: S3, Status Code: 403, …) names no cause',
    input:
      'java.util.concurrent.CompletionException: software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 403, Request ID: 7XYQ9TD0GP2XB1VS, Extended Request ID: 1CGjM3myJuXuW3IO558rlb8fwvj+cChFXvi54W6r0OlkVlYj1oKXK1yUrxN7hyL4Ua4Lt9zkplHvct76x0SytQ==)',
    ...A403,
    excludes: ['policy.deny'],
  },
  {
    // bzhanglab/PepQuery#84: S3-compatible storage answering "403 Forbidden" as the error code.
    name: 'quiet: v1’s Error Code: 403 Forbidden is no AccessDenied',
    input:
      'com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 8SV7S6VZTXYQZQMW; S3 Extended Request ID: jBOlcq5nC2yamRgjgmnAMReRdjH=; Proxy: null), S3 Extended Request ID: jBOlcq5nC2yamRgjgmnAMReRdjH=',
    ...A403,
    excludes: ['policy.deny'],
  },
];

const VAULT: Row[] = [
  {
    // hashicorp/vault#1878 (jefferai's `vault read secret/foo`), the single-error form of api/response.go.
    name: 'Vault CLI: Code: 403. Errors: * permission denied',
    input: [
      'Error reading secret/foo: Error making API request.',
      '',
      'URL: GET http://127.0.0.1:8200/v1/secret/foo',
      'Code: 403. Errors:',
      '',
      '* permission denied',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'vault',
    excludes: MISREAD,
  },
  {
    // hashicorp/vault#6554: go-multierror's list under the client's bullet.
    name: 'Vault CLI: * 1 error occurred: * permission denied',
    input: [
      'Error writing data to secret/data/multipaas/test/app1: Error making API request.',
      '',
      'URL: PUT http://127.0.0.1:8200/v1/secret/data/multipaas/test/app1',
      'Code: 403. Errors:',
      '',
      '* 1 error occurred:',
      '\t* permission denied',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'vault',
  },
  {
    // A token Vault does not know: both messages (hashicorp/vault#26687, the tokens concept page's Error Responses).
    name: 'Vault CLI: * 2 errors occurred: permission denied, invalid token',
    input: [
      'Error making API request.',
      '',
      'URL: GET https://vault.example.com/v1/sys/internal/ui/mounts/kv/apps/orders/prod/runtime',
      'Code: 403. Errors:',
      '',
      '* 2 errors occurred:',
      '\t* permission denied',
      '\t* invalid token',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'vault',
    // Stop 22: Vault's API answers incorrect authentication details with 403 by design: no status.mismatch.
    excludes: ['policy.deny', ...NOT_MISSING, 'status.mismatch'],
  },
  {
    // xbglowx/vault-kv-search#10: a tool built on Vault's Go client.
    name: 'vault-kv-search: the Go client’s error behind the tool’s own words',
    input: [
      '$ vault-kv-search secret/ a',
      'error while getting mounts: Error making API request.',
      '',
      'URL: GET https://vault.service.consul:8200/v1/sys/mounts',
      'Code: 403. Errors:',
      '',
      '* 1 error occurred:',
      '\t* permission denied',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'vault',
  },
  {
    name: 'quiet: "permission denied" in a sentence is no Vault answer',
    input: 'vault login worked but reading the secret gives permission denied, any idea?',
    ...QUIET,
    excludes: ['policy.deny', 'challenge.invalid-token'],
  },
];

const INTERCOM: Row[] = [
  {
    // ChangeFinance/intercom_flutter#12.
    name: 'Intercom: error.list with token_not_found, printed by the Flutter plugin',
    input: [
      'Failed to register/update user.',
      'Api call failed: {"type":"error.list","request_id":"0002a8l8ommabn4llkq0","errors":[{"code":"token_not_found","message":"Unauthorized"}]}',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'intercom',
    excludes: NOT_MISSING,
  },
  {
    // intercom/intercom-node#27 (the 401 it names).
    name: 'Intercom: the 401 with token_not_found',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      '',
      '{"type":"error.list","request_id":"aacda07a-b315-4a58-a800-046efb118dbb","errors":[{"code":"token_not_found","message":"Unauthorized"}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'intercom',
    excludes: ['token.missing'],
  },
  {
    // intercom/intercom-dotnet#109: a suspended app is not the token's fault.
    name: 'quiet: Intercom’s token_suspended (a suspended application) states nothing about the token',
    input:
      '{"type":"error.list","request_id":"b2jiv6iroeecej5qclm0","errors":[{"code":"token_suspended","message":"Unauthorized token, suspended application"}]}',
    ...QUIET,
    excludes: ['challenge.invalid-token', 'policy.deny'],
  },
];

const HAPROXY: Row[] = [
  {
    // `http-request deny`: termination state PR-- (HAProxy configuration manual 8.5, quoted in haproxy/haproxy#2844).
    name: 'HAProxy: its own 403 (<NOSRV>, PR--) in its HTTP log',
    input:
      'May 28 14:09:58 lb1 haproxy[2291]: 203.0.113.7:51234 [28/May/2026:14:09:58.123] https-in~ https-in/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 1/1/0/0/0 0/0 "GET /v1/orders HTTP/1.1"',
    ...A403,
    top: 'proxy.gateway-response',
    product: 'HAProxy',
    excludes: MISREAD,
  },
  {
    // `http-request auth` / `return status 401`: locally processed, LR-- (the <NOSRV> form of haproxy/haproxy#2250).
    name: 'HAProxy: its own 401 (<NOSRV>, LR--)',
    input:
      'May 28 14:09:58 lb1 haproxy[2291]: 203.0.113.7:51234 [28/May/2026:14:09:58.123] https-in~ api/<NOSRV> 0/-1/-1/-1/0 401 250 - - LR-- 1/1/0/0/0 0/0 "GET /v1/orders HTTP/1.1"',
    ...A401,
    product: 'HAProxy',
    includes: ['proxy.gateway-response'],
  },
  {
    // An ingress controller's HAProxy read through `kubectl logs --prefix`; `+0` is Ta under `option logasap`.
    name: 'HAProxy: the standard format after a `kubectl logs` prefix',
    input:
      '[pod/haproxy-ingress-7d9c/haproxy] 10.0.0.1:51234 [28/May/2026:14:09:58.123] fe_main~ be_api/<NOSRV> 0/-1/-1/-1/+0 403 212 - - PR-- 3/3/0/0/0 0/0 "POST /v1/orders HTTP/1.1"',
    ...A403,
    top: 'proxy.gateway-response',
    product: 'HAProxy',
  },
  {
    name: 'quiet: a server’s 401 through HAProxy names the server, not HAProxy',
    input:
      'May 28 14:09:58 lb1 haproxy[2291]: 203.0.113.7:51234 [28/May/2026:14:09:58.123] https-in~ api/srv1 0/0/1/3/4 401 179 - - ---- 1/1/0/0/0 0/0 "GET /v1/orders HTTP/1.1"',
    ...A401,
    top: 'token.missing',
    product: null,
  },
  {
    // haproxy/haproxy#2250: a CORS preflight HAProxy answered itself.
    name: 'quiet: HAProxy’s own 204 is no refusal',
    input:
      'Aug 11 17:06:08 XXX haproxy[3342655]: 10.0.0.9:443 [11/Aug/2023:17:06:08.909] https-in~ https-in/<NOSRV> 0/-1/-1/-1/0 204 166 - - LR-- 4/4/0/0/0 0/0 "OPTIONS /r0/login HTTP/1.1"',
    status: 204,
    classification: 'undetermined',
    product: null,
  },
];

const OAUTH2_PROXY: Row[] = [
  {
    // oauth2-proxy/oauth2-proxy#1948 (v7: stored_session.go), behind nginx's auth_request: its /oauth2/auth answers 401.
    name: 'oauth2-proxy: cookie signature not valid, then its auth endpoint’s 401',
    input: [
      '[2026/05/28 14:09:58] [stored_session.go:94] Error loading cookied session: cookie signature not valid, removing session',
      '10.1.5.6:48444 - ffeeddccbbaa99887766554433221100 - - [2026/05/28 14:09:58] auth.example.com GET - "/oauth2/auth" HTTP/1.1 "curl/8.4.0" 401 21 0.000',
    ].join('\n'),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'oauth2-proxy',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // oauth2-proxy/oauth2-proxy#717 (older releases: oauthproxy.go, "Cookie Signature not valid").
    name: 'oauth2-proxy: the older capitalised wording',
    input: [
      '[2026/05/28 14:09:58] [oauthproxy.go:871] Error loading cookied session: Cookie Signature not valid',
      '10.0.0.5:41822 - - [2026/05/28 14:09:58] api.example.com GET - "/oauth2/auth" HTTP/1.1 "curl/8.4.0" 401 21 0.001',
    ].join('\n'),
    ...A401,
    product: 'oauth2-proxy',
    excludes: ['token.missing'],
  },
  {
    // oauth2-proxy/oauth2-proxy#941: no session cookie at all. Round left-cc: oauth2-proxy wanted its own sign-in, which
    // the request did not carry (ownSession), rather than an Authorization header the application never asked for.
    name: 'oauth2-proxy: cookie "_oauth2_proxy" not present, its own session missing',
    input: [
      '[2026/05/28 14:09:58] [logger.go:508] Error loading cookied session: cookie "_oauth2_proxy" not present, removing session',
      '10.100.62.4:20966 - - [2026/05/28 14:09:58] api.example.com GET - "/oauth2/auth" HTTP/1.1 "curl/8.4.0" 401 21 0.000',
    ].join('\n'),
    ...A401,
    top: 'proxy.gateway-response',
    product: 'oauth2-proxy',
    excludes: ['token.missing'],
  },
];

const NGINX: Row[] = [
  {
    // vouch/vouch-proxy#300 (proxy_intercept_errors on the auth location turned the login redirect into this line).
    name: 'nginx auth_request: the auth service’s 302 is not the status the client got',
    input:
      '2020/07/30 01:34:00 [error] 7#7: *926 auth request unexpected status: 302 while sending to client, client: 10.0.0.7, server: portal.example.com, request: "GET /portal/ HTTP/1.1", host: "portal.example.com"',
    // Stop 19: the line is nginx saying its auth_request is wired to a sign-in page (formats-stop19.test.ts).
    ...REFUSED,
    top: 'verifier.misconfigured',
    excludes: ['status.not-auth'],
  },
  {
    // nginx answers 500 after it (ngx_http_auth_request_module.c); the access log shows it.
    name: 'nginx auth_request: with the access log’s 500 beside it, the 500 is the status',
    input: [
      '2026/05/28 14:09:58 [error] 31#31: *4031 auth request unexpected status: 302 while sending to client, client: 203.0.113.7, server: api.example.com, request: "GET /v1/orders HTTP/1.1", host: "api.example.com"',
      '203.0.113.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 500 177 "-" "curl/8.4.0"',
    ].join('\n'),
    status: 500,
    classification: 'authentication',
    top: 'verifier.misconfigured',
    includes: ['status.not-auth'],
  },
  {
    name: 'still read: a status said in prose (“we get status: 401 from the gateway”)',
    input: 'we get status: 401 from the gateway',
    ...A401,
  },
];

/** A person's short line in the channel: a time of day says when, not another number. */
const CHAT: Row[] = [
  { name: 'since 14:03 everything is 401', input: 'since 14:03 everything is 401', ...A401, top: 'token.missing' },
  { name: 'at 14:03:22 it went 403', input: 'at 14:03:22 it went 403', ...A403 },
  { name: '9:05から全部403', input: '9:05から全部403', ...A403 },
  { name: 'another number beside the time still needs a cue', input: '401 of 500 calls since 14:03', ...QUIET },
  { name: 'a date is no time of day', input: 'on 2026-05-28 we saw 401', ...QUIET },
];

/**
 * API Gateway's `x-amzn-ErrorType: UnauthorizedException` (its UNAUTHORIZED gateway response: docs.aws.amazon.com,
 * "Gateway response types for API Gateway"), pasted as response headers without the status line, as devtools' header
 * list copies them: the header states the failure, and no token was pasted.
 */
const AWS_GATEWAY_RESPONSE: Row[] = [
  {
    name: 'API Gateway: x-amzn-ErrorType UnauthorizedException and its body, no status line',
    input: [
      'x-amzn-RequestId: 5b2c1f3e-8a7d-4c2e-9f1a-3d4e5f6a7b8c',
      'x-amzn-ErrorType: UnauthorizedException',
      'x-amz-apigw-id: Mc7UVioPPHcEKPA=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    top: 'token.missing',
  },
  {
    // minio cmd/sts-errors.go (ErrSTSWebIdentityExpiredToken) answering AssumeRoleWithWebIdentity's Query API, whose
    // token travels in `WebIdentityToken=` (AWS STS API reference): the request carried a token, so no header is missing.
    name: 'MinIO STS: the token in WebIdentityToken=, refused as expired',
    input: [
      '$ curl -s -X POST "https://minio.acme-corp.com:9000?Action=AssumeRoleWithWebIdentity&Version=2011-06-15&DurationSeconds=3600&WebIdentityToken=eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJleHAiOjE3Nzk5NzQwMDB9.***"',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type></Type><Code>ExpiredToken</Code><Message>The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.</Message></Error><RequestId>17C3F1A2B3C4D5E6</RequestId></ErrorResponse>',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['authz-header.missing', 'token.missing'],
  },
  {
    name: 'quiet: the same header beside a 500 elsewhere in the paste',
    input: ['HTTP/1.1 500 Internal Server Error', 'x-amzn-ErrorType: UnauthorizedException'].join('\n'),
    status: 500,
    classification: 'undetermined',
    excludes: ['token.missing'],
  },
];

/** Tyk's 403 for a key it does not know ("Key not authorised", its getting-started and OpenID Connect docs). */
const TYK: Row[] = [
  {
    name: 'Tyk: 403 {"error": "Key not authorised"} is a refused credential, not a denied request',
    input: [
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json',
      'X-Generator: tyk.io',
      '',
      '{',
      '    "error": "Key not authorised"',
      '}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'tyk',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    name: 'quiet: "key not authorised" in a sentence about a door',
    input: 'the office key not authorised for the server room, ask facilities',
    status: null,
    classification: 'undetermined',
    excludes: ['challenge.invalid-token'],
  },
];

const GROUPS: Array<[string, Row[]]> = [
  ['Tyk’s unknown key', TYK],
  ['API Gateway’s gateway response type', AWS_GATEWAY_RESPONSE],
  ['registry clients', REGISTRY],
  ['the AWS SDK for Java', AWS_JAVA],
  ['HashiCorp Vault', VAULT],
  ['Intercom', INTERCOM],
  ['nginx’s auth_request subrequest', NGINX],
  ['oauth2-proxy’s session', OAUTH2_PROXY],
  ['chat lines with a time of day', CHAT],
];

for (const [title, rows] of GROUPS) {
  describe(`formats, round 14: ${title}`, () => {
    it.each(rows)('$name', async (row) => {
      await expectPasteRow(row);
    });
  });
}

describe('formats, round 14: HAProxy’s own answers', () => {
  it.each(HAPROXY)('$name', async (row) => {
    await expectPasteRow(row);
  });

  it('quotes the log line as evidence without the token in its URL', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'HAProxy <NOSRV> line with a token in the query',
        input: `May 28 14:09:58 lb1 haproxy[2291]: 203.0.113.7:51234 [28/May/2026:14:09:58.123] https-in~ https-in/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 1/1/0/0/0 0/0 "GET /v1/orders?access_token=${EXPIRED} HTTP/1.1"`,
        status: 403,
        classification: 'authentication',
        product: 'HAProxy',
        includes: ['proxy.gateway-response', 'time.expired'],
      },
      [signature],
    );
  });
});
