/**
 * What a client printed about a refused call when there is often no HTTP status to read: a gRPC status in the shape
 * each gRPC library prints it, the error lines of the command-line tools people paste (kubectl, the AWS CLI, gh), and
 * the API's own words as an SDK prints them (the AWS SDK for Go, Google's Go client, go-github, Octokit).
 * Each statement joins the error bodies' (parse/error-bodies.ts) with the same kinds, so it is read the same way
 * (checks/body.ts, checks/token.ts): a stated `PERMISSION_DENIED` is the server's denial, like GraphQL's `FORBIDDEN`;
 * `UNAUTHENTICATED` is an authentication failure with no finding of its own, like GraphQL's (docs/findings.md).
 *
 * gRPC codes are not HTTP statuses and none is invented here: the report's `status` stays what the paste shows.
 * A gRPC status that the client made up from an HTTP answer (the details "Received http2 header with status: 401",
 * "Bad gRPC response. HTTP status code: 403": something other than a gRPC server answered) states nothing beyond
 * that status, which the prose reader already reads; checks/grpc-not-grpc.ts reads who answered it.
 *
 * Only each product's own shape counts, never the words alone: `PERMISSION_DENIED` in a sentence states nothing.
 * The anchors are found with `indexOf` in the paste's own case (the libraries print them in fixed case), one pass
 * each; every look around an occurrence reads a bounded window, so the work is linear in the paste.
 */

import { literalAlternation } from '../literals.js';
import type { StatedError, StatedKind } from './error-bodies.js';
import { CONNECT, GRPC_STATUS_HEADER, readRpcClientErrors, TRPC_CLIENT, TWIRP } from './rpc-client-errors.js';

/** How far a statement's details are read, and how far back its prefix is looked for. */
const DETAILS_MAX = 300;
const BEFORE_MAX = 40;
/** Occurrences of one anchor looked at, at most (a log of thousands of identical failures says it once). */
const MAX_PER_ANCHOR = 200;
const NO_PLACES: readonly number[] = Object.freeze([]);

/**
 * Where `anchor` stands in the text, at most MAX_PER_ANCHOR places: however long the paste, each reader looks at a
 * bounded number of them. Most pastes hold none of a reader's anchor, so that answer allocates nothing.
 */
function anchorsIn(text: string, anchor: string): readonly number[] {
  let i = text.indexOf(anchor);
  if (i < 0) return NO_PLACES;
  const places: number[] = [];
  for (; i >= 0 && places.length < MAX_PER_ANCHOR; i = text.indexOf(anchor, i + 1)) places.push(i);
  return places;
}

type GrpcCode = 'PERMISSION_DENIED' | 'UNAUTHENTICATED';

/**
 * The gRPC code names as the libraries print them: grpc-js, grpc-java, grpcio (Python) and Google's JSON upper
 * case; grpc-go's `codes.Code.String()` and .NET's `StatusCode` enum in camel case.
 */
const GRPC_ANCHORS: readonly { text: string; code: GrpcCode }[] = [
  { text: 'PERMISSION_DENIED', code: 'PERMISSION_DENIED' },
  { text: 'PermissionDenied', code: 'PERMISSION_DENIED' },
  { text: 'UNAUTHENTICATED', code: 'UNAUTHENTICATED' },
  { text: 'Unauthenticated', code: 'UNAUTHENTICATED' },
];

/**
 * The prefix each library prints before the code, and where its details follow:
 * - grpc-go internal/status (`rpc error: code = %s desc = %s`): chainloop-dev/chainloop#1073
 *   "rpc error: code = Unauthenticated desc = …", IBM/ibm-block-csi-driver#445;
 * - grpc-java `io.grpc.StatusRuntimeException: UNAUTHENTICATED: …` (grpc/grpc#9497, googleapis/google-cloud-java#7697
 *   `PERMISSION_DENIED: Missing or insufficient permissions.`) and `Status{code=PERMISSION_DENIED, description=…}`
 *   (google/ground-android#2113);
 * - grpcio `status = StatusCode.PERMISSION_DENIED` with `details = "…"` on the next line
 *   (mithril-security/bastionlab#171, TurkMcGill/vectorator#6);
 * - Grpc.Core / Grpc.Net.Client `Status(StatusCode="PermissionDenied", Detail="…")` (Cysharp/MagicOnion#413), older
 *   releases without the quotes (`StatusCode=Unauthenticated`, googleapis/google-cloud-dotnet#1811);
 * - grpc-js `Error: 7 PERMISSION_DENIED: …` / `16 UNAUTHENTICATED: …` (callErrorFromStatus: `${code} ${name}: ${details}`;
 *   v-briese/RoboLiam#49, cap-js/telemetry#382): the number must be the code's own.
 */
const GRPC_JS_7 = /(?:^|[^\w.])7 $/;
/**
 * tonic's (Rust) Status as its Debug prints it, on one line or pretty-printed: `Status { code: PermissionDenied,
 * message: "Request unauthorized.", details: …` (hyperium/tonic tonic/src/status.rs, `impl Debug for Status`; Temporal's
 * Rust core in temporalio/sdk-typescript#1765), and as its Display does: `status: PermissionDenied, message:
 * "Permission denied", details: [], metadata: …` (spiceai/spiceai#764). Either only with its message after the code.
 */
const TONIC_CODE = /(?:Status \{\s{0,12}code|\bstatus): $/;
const TONIC_MESSAGE = /^,\s{0,12}message: "((?:[^"\\\n]|\\.){0,300})"/;
const GRPC_JS_16 = /(?:^|[^\w.])16 $/;

/**
 * gcloud's error line for a Google API's refusal, the status name after the command: `ERROR: (gcloud.run.deploy)
 * PERMISSION_DENIED: Permission 'run.services.get' denied on resource '…' (or resource may not exist).` (as public
 * deployment notes and CI logs paste it), `ERROR: (gcloud.secrets.versions.add) PERMISSION_DENIED: …`.
 */
const GCLOUD_COMMAND = /\(gcloud\.[\w.-]{1,80}\) $/;

/**
 * grpcurl's report of a call's status (fullstorydev/grpcurl, format.go PrintStatus and cmd/grpcurl: `ERROR:\n  Code:
 * %s\n  Message: %s\n`, the code by grpc-go's `codes.Code.String()`): the code on its own line under `ERROR:`.
 */
const GRPCURL_CODE = /(?:^|\n)ERROR:\n[ \t]{0,4}Code: $/;
/** grpcurl's message, on the line after the code. */
const GRPCURL_MESSAGE = /^[^\S\n]*\n[ \t]{0,4}Message: ([^\n]*)/;

function grpcShape(before: string, code: GrpcCode, camel: boolean): boolean {
  if (camel)
    return (
      before.endsWith('rpc error: code = ') ||
      TONIC_CODE.test(before) ||
      /StatusCode="?$/.test(before) ||
      (before.endsWith('Code: ') && GRPCURL_CODE.test(before))
    );
  return (
    (before.endsWith(') ') && GCLOUD_COMMAND.test(before)) ||
    before.endsWith('StatusRuntimeException: ') ||
    before.endsWith('StatusException: ') ||
    before.endsWith('Status{code=') ||
    before.endsWith('StatusCode.') ||
    (code === 'PERMISSION_DENIED' ? GRPC_JS_7 : GRPC_JS_16).test(before)
  );
}

/**
 * The details a library printed after the code (grpc-go's desc, grpcio's `details = "…"` on the next line, …), and
 * where they end.
 */
function grpcDetails(after: string): { details: string; length: number } {
  const python = /^[^\S\n]*\n\s*details = "([^"\n]*)"/.exec(after);
  if (python) return { details: python[1] ?? '', length: python[0].length };
  const grpcurl = GRPCURL_MESSAGE.exec(after);
  if (grpcurl) return { details: (grpcurl[1] ?? '').trim(), length: grpcurl[0].length };
  const tonic = TONIC_MESSAGE.exec(after);
  if (tonic) return { details: tonic[1] ?? '', length: tonic[0].length };
  const m = /^(?: desc = |: |"?, Detail="|, description=)([^\n"]*)/.exec(after);
  return { details: (m?.[1] ?? '').replace(/, cause=.*$/, '').trim(), length: m?.[0].length ?? 0 };
}

/**
 * A PERMISSION_DENIED whose details say the caller gave no credential at all: a server that answers the missing login
 * with the code for a denial (netbirdio/netbird#4249, its management server's "no peer auth method provided, please use
 * a setup key or interactive SSO login"). No one was identified, so nothing was denied to anyone: no credential came.
 */
const NO_CREDENTIAL_GIVEN =
  /^(?:no|missing)\b[^.;\n]{0,40}?\b(?:auth(?:entication|orization)?(?: method)?|credentials?|token|api key)\b[^.;\n]{0,30}?\b(?:provided|given|supplied)\b/i;

/** A status the client made up from an HTTP answer (grpcio, Grpc.Core / Grpc.Net.Client wordings). */
const FROM_HTTP = /^(?:Received http2 header with status: \d{3}|Bad gRPC response\. HTTP status code: \d{3})/i;

/**
 * The OpenTelemetry Collector's otlphttp exporter's error for its backend's HTTP answer, which it wraps in the gRPC code
 * it maps the status to (401 Unauthenticated, 403 PermissionDenied: open-telemetry/opentelemetry-collector#9905,
 * exporter/otlphttpexporter/otlp.go: "error exporting items, request to %s responded with HTTP Status Code %d", with
 * ", Message=%s, Details=%v" when the backend's body is a Status). The code is the exporter's, not a gRPC server's: a
 * 403 from most OTLP backends is their refusal of the exporter's credential ("You're not properly authenticating against
 * your OTLP endpoint", open-telemetry/opentelemetry-collector#13477), not a policy's; only the backend's own message, when
 * it names a permission, says a policy denied it.
 */
const OTLPHTTP_FROM_HTTP = /^error exporting items, request to \S{1,2000} responded with HTTP Status Code 40[13]\b/;
const OTLPHTTP_PERMISSION = /, Message=[^\n]{0,200}?permission/i;

/**
 * Google's own words for the call, in a gRPC status's details or in its JSON error's `message` (the front end answers
 * every Google API with them): a token it read and refused, or one without the scope the method needs. Its
 * WWW-Authenticate says the same (`error="invalid_token"`, `error="insufficient_scope"`). googleapis/google-cloud-dotnet#1811,
 * grpc/grpc#9497 ("Request had invalid authentication credentials. Expected OAuth 2 access token, …");
 * kwent/react-google-contacts#6, analogdotnow/Analog#296 ("Request had insufficient authentication scopes.").
 */
export function googleStatement(message: string | null): StatedKind | null {
  if (message === null) return null;
  if (message.startsWith('Request had invalid authentication credentials')) return 'invalid_token';
  if (message.startsWith('Request had insufficient authentication scopes')) return 'insufficient_scope';
  return null;
}

/**
 * IAM's refusal in Google's words, which a client prints without the status name beside it: "Permission
 * 'logging.buckets.create' denied on resource (or it may not exist)." (Terraform's `googleapi: Error 403: …`, the
 * shape AIP-211 gives a denial that must not tell whether the resource exists). The permission is read by
 * checks/gcp-permission.ts.
 */
const IAM_DENIAL = /^Permission '[a-z][\w./-]{2,120}' denied (?:on|for) resource/;

/**
 * IAM's denial under the bare status name at a line's start, as a client's message prints it with no library prefix
 * (`PERMISSION_DENIED: Permission iam.googleapis.com/denypolicies.create denied on resource cloudresourcemanager…`,
 * GoogleCloudPlatform/nodejs-docs-samples#3144): the name alone is no error line, Google's sentence after it is.
 */
const BARE_IAM_DENIAL = /^: Permission '?[a-z][\w./-]{2,120}'? denied (?:on|for) resource/;

/**
 * Cloud IAM's refusal of a call its policy does not allow, in Google's words: "Request denied by Cloud IAM." (Cloud
 * Asset Inventory's PERMISSION_DENIED: {"error":{"code":403,"message":"Request denied by Cloud IAM.","status":
 * "PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.Help",…}]}}, and google-api-core's "403
 * Request denied by Cloud IAM.": salrashid123/gcp_error_handler README.md). A policy's denial of the caller, not its
 * token's refusal.
 */
const CLOUD_IAM_DENIED = 'Request denied by Cloud IAM.';

/** googleStatement, or IAM's own denial as the server's statement that policy refused the call. */
function googleClientStatement(message: string | null): StatedKind | null {
  if (message?.startsWith(CLOUD_IAM_DENIED)) return 'forbidden';
  return googleStatement(message) ?? (message !== null && IAM_DENIAL.test(message) ? 'forbidden' : null);
}

const WORD = /\w/;

function stated(kind: StatedKind, description: string | null, via: string, start: number, end: number): StatedError {
  return { kind, description: description === '' ? null : description, scope: null, via, start, end };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return Math.min(end, from + DETAILS_MAX);
}

function readGrpc(text: string, out: StatedError[]): void {
  for (const anchor of GRPC_ANCHORS) {
    const camel = anchor.text !== anchor.code;
    for (const i of anchorsIn(text, anchor.text)) {
      const end = i + anchor.text.length;
      // A whole word: not `PERMISSION_DENIED_BY_POLICY`, not `Unauthenticated` inside `UnauthenticatedException`.
      if (WORD.test(text.charAt(end)) || WORD.test(text.charAt(i - 1))) continue;
      const before = text.slice(Math.max(0, i - BEFORE_MAX), i);
      const bareIam =
        !camel &&
        anchor.code === 'PERMISSION_DENIED' &&
        i - (text.lastIndexOf('\n', i - 1) + 1) <= 12 &&
        /^[\s`>|]*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i)) &&
        BARE_IAM_DENIAL.test(text.slice(end, end + 160));
      if (!bareIam && !grpcShape(before, anchor.code, camel)) continue;
      if (camel && TONIC_CODE.test(before) && !TONIC_MESSAGE.test(text.slice(end, end + 40))) continue;
      // gcloud prints the status's message after it: the name alone in a sentence is no error line.
      const gcloud = !camel && before.endsWith(') ') && GCLOUD_COMMAND.test(before);
      if (gcloud && !text.startsWith(': ', end)) continue;
      const { details, length } = grpcDetails(text.slice(end, end + DETAILS_MAX));
      if (FROM_HTTP.test(details)) continue;
      // The evidence runs from the start of the line (within BEFORE_MAX) to the end of the details' line.
      const start = i - before.length + before.lastIndexOf('\n') + 1;
      const google = googleStatement(details);
      const exporterRefused =
        anchor.code === 'PERMISSION_DENIED' &&
        details.startsWith('error exporting items') &&
        OTLPHTTP_FROM_HTTP.test(details) &&
        !OTLPHTTP_PERMISSION.test(details);
      const kind: StatedKind =
        google ??
        (anchor.code === 'PERMISSION_DENIED' && NO_CREDENTIAL_GIVEN.test(details)
          ? 'no_token'
          : anchor.code === 'PERMISSION_DENIED' && !exporterRefused
            ? 'forbidden'
            : 'unauthenticated');
      const via = google !== null ? 'google-api' : gcloud ? 'gcloud' : 'grpc';
      out.push(stated(kind, details, via, start, lineEnd(text, end + Math.max(0, length - 1))));
    }
  }
}

/**
 * kubectl's line for an API server's 401 (k8s.io/kubectl cmd/util helpers.go, for an `Unauthorized` status reason):
 * "error: You must be logged in to the server (Unauthorized)" — kubernetes/kubernetes#127720, kubernetes/minikube#4481,
 * canonical/microk8s#1626; with the server's message in the brackets in newer releases, "(the server has asked for
 * the client to provide credentials)" (infrahq/infra#1181). Its 403 ("Error from server (Forbidden): … is forbidden:
 * User …") is the API server's own message, read by the kubernetes row in verifier-messages/frameworks.ts.
 */
const KUBECTL = 'You must be logged in to the server';

function readKubectl(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, KUBECTL)) {
    const end = i + KUBECTL.length;
    if (!/^ \([^)\n]{1,120}\)/.test(text.slice(end, end + 130))) continue;
    out.push(stated('unauthenticated', null, 'kubectl', i, lineEnd(text, end)));
  }
}

/**
 * client-go's own message for an API server's 401 (k8s.io/apimachinery pkg/api/errors/errors.go,
 * NewGenericServerResponse: "the server has asked for the client to provide credentials"), as every Go client of the
 * API server prints it with no kubectl around it: Terraform's kubernetes and helm providers ("Error: Kubernetes
 * cluster unreachable: the server has asked for the client to provide credentials",
 * aws-samples/amazon-eks-machine-learning-with-terraform-and-kubeflow#121; hashicorp/terraform-provider-kubernetes#1130),
 * client-go's discovery log ('err="couldn't get current server API group list: the server has …"'). Only as an error's
 * text (after ": ", `="`, or alone on its line), never quoted in prose; kubectl's bracketed form is readKubectl's.
 */
const CLIENT_GO_401 = 'the server has asked for the client to provide credentials';

function readClientGo(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, CLIENT_GO_401)) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(Math.max(lineStart, i - 2), i);
    const alone = /^[\s│|]*$/.test(text.slice(Math.max(lineStart, i - 8), i)) && i - lineStart <= 8;
    if (!alone && before !== ': ' && before !== '="') continue;
    out.push(stated('unauthenticated', null, 'kubernetes', lineStart, lineEnd(text, i + CLIENT_GO_401.length)));
  }
}

/**
 * The Kubernetes API server's own 401 body (k8s.io/apimachinery's metav1.Status for the `Unauthorized` reason), as
 * curl, a client library's debug log or `kubectl -v=8`'s "Response Body:" shows it:
 * `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}`
 * (the API server's answer on port 6443 as nmap's service fingerprints record it, with its `Audit-Id` header; the same
 * body in apache/apisix's and other clients' Kubernetes tests). Go's encoding/json writes it compact, in this order.
 * The caller is not kubectl here: an application's client, an operator, curl; a pod's ServiceAccount token most often.
 */
const KUBE_STATUS_401 = 'Unauthorized","code":401';
const KUBE_STATUS_KIND = '"kind":"Status"';
/** How far before the code the Status object's `kind` may stand: its other members are short. */
const KUBE_STATUS_SPAN = 240;

function readKubernetesStatus(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, KUBE_STATUS_401)) {
    const kind = text.lastIndexOf(KUBE_STATUS_KIND, i);
    if (kind < 0 || i - kind > KUBE_STATUS_SPAN || text.lastIndexOf('\n', i) > kind) continue;
    out.push(stated('unauthenticated', null, 'kubernetes', kind, lineEnd(text, i)));
  }
}

/**
 * The AWS CLI and SDKs for Python (botocore's ClientError.MSG_TEMPLATE, "An error occurred ({error_code}) when calling
 * the {operation_name} operation: {error_message}"), for an IAM denial: `AccessDenied` (CivicTechTO/ttc_subway_times#55,
 * aws-samples/rancher-on-aws-workshop#28), `AccessDeniedException` (aws/aws-cli#6274), SNS's `AuthorizationError`
 * (nccgroup/Scout2#261). The caller's credentials were accepted and a policy refused the action. An expired or
 * invalid session (`ExpiredToken`, `ExpiredTokenException`) is not read: it is AWS's signing credentials, not a bearer
 * token, and no code says that (see the report of round 7).
 */
const AWS = 'An error occurred (';
const AWS_DENIALS: ReadonlySet<string> = new Set(['AccessDenied', 'AccessDeniedException', 'AuthorizationError']);

function readAws(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, AWS)) {
    const m = /^([A-Za-z]{1,60})\) when calling the [A-Za-z0-9]{1,80} operation/.exec(
      text.slice(i + AWS.length, i + AWS.length + 160),
    );
    if (!m?.[1] || !AWS_DENIALS.has(m[1])) continue;
    const end = lineEnd(text, i + AWS.length + m[0].length);
    const message = /^(?: \(reached max retries: \d+\))?: ([^\n]*)/.exec(text.slice(i + AWS.length + m[0].length, end));
    out.push(stated('forbidden', message?.[1]?.trim() ?? null, 'aws', i, end));
  }
}

/**
 * The AWS SDK for Go v2 prints the same codes at the end of an operation's error: its transport's ResponseError ("https
 * response error StatusCode: %d, RequestID: %s, %v", aws/aws-sdk-go-v2 aws/transport/http/response_error.go; S3's adds
 * HostID) wraps smithy-go's GenericAPIError ("api error %s: %s"), so a denial reads "operation error S3: GetObject,
 * https response error StatusCode: 403, RequestID: …, HostID: …, api error AccessDenied: Access Denied" (the S3 code of
 * aws/aws-sdk-go-v2#346). Only after the SDK's ", " separator, never the words in a sentence.
 */
const AWS_GO = ', api error ';

function readAwsGo(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, AWS_GO)) {
    const from = i + AWS_GO.length;
    const m = /^([A-Za-z]{1,60}): ([^\n]*)/.exec(text.slice(from, from + DETAILS_MAX));
    if (!m?.[1] || !AWS_DENIALS.has(m[1])) continue;
    const lineStart = text.lastIndexOf('\n', i) + 1;
    out.push(stated('forbidden', m[2]?.trim() || null, 'aws', lineStart, lineEnd(text, from)));
  }
}

/**
 * The AWS SDK for Go v1 (awserr's SprintError: "{Code}: {Message}\n\t{extra}", a RequestFailure's extra being
 * "status code: %d, request id: %s") prints the code on the line above: "Error: AccessDenied: Access Denied\n\tstatus
 * code: 403, request id: 37F…, host id: Qo…=" (hashicorp/terraform#25309, #27022, Genaker/TerraformMagentoCloud#19).
 */
const AWS_GO_V1 = 'status code: ';

function readAwsGoV1(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, AWS_GO_V1)) {
    if (!/^\d{3}, request id: /.test(text.slice(i + AWS_GO_V1.length, i + AWS_GO_V1.length + 20))) continue;
    // Its own line, indented: the code and message are the line above's end.
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < 1 || text.slice(nl + 1, i).trim() !== '') continue;
    const from = Math.max(text.lastIndexOf('\n', nl - 1) + 1, nl - DETAILS_MAX);
    const prev = text.slice(from, nl);
    for (const code of AWS_DENIALS) {
      const at = prev.indexOf(`${code}: `);
      if (at < 0 || (at > 0 && !/[\s:]/.test(prev.charAt(at - 1)))) continue;
      const message = prev.slice(at + code.length + 2).trim();
      out.push(stated('forbidden', message || null, 'aws', from + at, lineEnd(text, i)));
      break;
    }
  }
}

/**
 * Google's API client for Go prints a Google API's JSON error as "googleapi: Error {code}: {message}" with the first
 * error's reason after ", " (google-api-go-client googleapi/googleapi.go, Error.Error): "googleapi: Error 401: Request
 * had invalid authentication credentials. Expected OAuth 2 access token, …, unauthorized", "googleapi: Error 403:
 * Request had insufficient authentication scopes., insufficientPermissions". The message is Google's own words,
 * read as in its JSON (googleStatement); the status is the prose reader's.
 */
const GOOGLEAPI = 'googleapi: Error ';

function readGoogleApi(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, GOOGLEAPI)) {
    const from = i + GOOGLEAPI.length;
    const m = /^\d{3}: ([^\n]*)/.exec(text.slice(from, from + DETAILS_MAX));
    const kind = googleClientStatement(m?.[1] ?? null);
    if (!m || kind === null) continue;
    out.push(stated(kind, m[1]?.trim() || null, 'google-api', i, lineEnd(text, from)));
  }
}

/**
 * The Python client's HttpError (google-api-python-client googleapiclient/errors.py, `__repr__`, also its `str`):
 * `<HttpError 403 when requesting {uri} returned "{reason}". Details: "{details}">`, or `<HttpError 403 "{reason}">`
 * without a URI, the reason being the JSON error's `message`. Japanese write-ups about the Sheets and Drive APIs quote
 * it for a token minted with too narrow a scope ("Request had insufficient authentication scopes." with
 * ACCESS_TOKEN_SCOPE_INSUFFICIENT in its details). Read as the Go client's line is.
 */
const PY_HTTP_ERROR = '<HttpError ';
/** `403 when requesting https://… returned "` or `403 "`, then the reason: bounded, one line. */
const PY_HTTP_ERROR_REST = /^\d{3} (?:when requesting [^\s"]{1,2000} returned )?"([^"\n]{0,400})"/;

function readPythonGoogleApi(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, PY_HTTP_ERROR)) {
    const from = i + PY_HTTP_ERROR.length;
    const m = PY_HTTP_ERROR_REST.exec(text.slice(from, from + DETAILS_MAX + 2100));
    const kind = googleClientStatement(m?.[1] ?? null);
    if (!m || kind === null) continue;
    out.push(stated(kind, m[1]?.trim() || null, 'google-api', i, lineEnd(text, from)));
  }
}

/**
 * google-api-core's exceptions as Python prints them, `{module}.{class}: {code} {message}` (api_core/exceptions.py,
 * GoogleAPICallError.__str__ with `from_http_response`'s message, `{method} {url}: {message}` for the HTTP clients):
 * "google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/storage/v1/b/…: sa@p.iam.gserviceaccount.com
 * does not have storage.buckets.get access to the Google Cloud Storage bucket. Permission 'storage.buckets.get' denied
 * on resource (or it may not exist)." (ansible-collections/google.cloud#575, googleapis/google-cloud-python#9065),
 * "google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. …"
 * (home-assistant/core#44589, googleapis/python-api-core#223), "google.api_core.exceptions.PermissionDenied: 403 …".
 * The class is the status's (403 Forbidden, gRPC PERMISSION_DENIED; 401 Unauthorized, gRPC UNAUTHENTICATED): a denial
 * or an unaccepted credential whatever the message; Google's own words refine it (googleClientStatement).
 */
const API_CORE = 'api_core.exceptions.';
const API_CORE_REST =
  /^(Forbidden|PermissionDenied|Unauthorized|Unauthenticated): (40[13]) (?:(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\/[^\s:]{1,2000}: )?([^\n]{0,400})/;

/**
 * Cloud IAM's words as a Google API's JSON error's message in a body a client cut short (Apps Script's UrlFetchApp, as
 * in SimpleCSPM#1:
 * "Truncated server response: { "error": { "code": 403, "message": "Request denied by Cloud IAM.", "status":
 * "PERMISSION_DENIED", "details": [ { ... (use muteHttpExceptions option …)"), which no JSON reader can parse: read
 * only as the message member, with Google's PERMISSION_DENIED just after it or a googleapis.com host before it.
 */
const CLOUD_IAM_MEMBER = /"message"\s?:\s?"$/;
const CLOUD_IAM_STATUS = /^"\s?,\s?"status"\s?:\s?"PERMISSION_DENIED"/;

function readCutCloudIamBody(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, CLOUD_IAM_DENIED)) {
    if (!CLOUD_IAM_MEMBER.test(text.slice(Math.max(0, i - 20), i))) continue;
    const end = i + CLOUD_IAM_DENIED.length;
    const google =
      CLOUD_IAM_STATUS.test(text.slice(end, end + 40)) ||
      text.slice(Math.max(0, i - 600), i).includes('googleapis.com');
    if (!google || parsesWhole(text, i)) continue;
    out.push(stated('forbidden', CLOUD_IAM_DENIED, 'google-api', i, end));
  }
}

/** Whether the JSON error around `at` closes (`}}` within its next 4,000 characters): parse/error-bodies.ts reads it. */
function parsesWhole(text: string, at: number): boolean {
  const rest = text.slice(at, at + 4000);
  return /\}\s*\}/.test(rest) && !rest.includes('...');
}

function readPythonApiCore(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, API_CORE)) {
    const from = i + API_CORE.length;
    const m = API_CORE_REST.exec(text.slice(from, from + DETAILS_MAX + 2100));
    if (m === null) continue;
    const message = (m[3] ?? '').trim();
    const denial = m[2] === '403';
    const kind =
      googleClientStatement(message) ??
      (denial ? 'forbidden' : missingCredential(message) ? 'no_token' : 'unauthenticated');
    const start = text.lastIndexOf('google.', i) === i - 7 ? i - 7 : i;
    out.push(stated(kind, message || null, 'google-api', start, lineEnd(text, from)));
  }
}

/**
 * Google's words when no credential came at all ("Request is missing required authentication credential. Expected
 * OAuth 2 access token, …", the JSON error with reason CREDENTIALS_MISSING: reactmore/morelab#17), and Cloud Storage's
 * "Anonymous caller does not have storage.objects.get access …" (discord/discord-example-app#60).
 */
function missingCredential(message: string): boolean {
  return (
    message.startsWith('Request is missing required authentication credential') ||
    message.startsWith('Anonymous caller ')
  );
}

/**
 * GitHub's own words for the call, as its clients print them: go-github's ErrorResponse ("%v %v: %d %v %+v": method,
 * URL, status, message, errors), "GET https://api.github.com/user: 401 Bad credentials []"
 * (GoogleCloudPlatform/terraformer#1053, mysticaltech/terraform-hcloud-kube-hetzner#1295) and, for a call that sent no
 * token, "… 401 Requires authentication []" (integrations/terraform-provider-github#2008); the gh CLI's
 * "gh: Bad credentials (HTTP 401)". "Bad credentials" is GitHub's JSON `message` for a token it did not accept, read as
 * the body is (error-bodies.ts); "Requires authentication" says none arrived.
 */
const GITHUB: readonly {
  text: string;
  before: string;
  kind: StatedKind;
  message: string;
  named?: true;
  /** The gh CLI's print: its token's steps are gh's (StatedError.ghCli). */
  gh?: true;
}[] = [
  { text: 'Bad credentials []', before: ': 401 ', kind: 'invalid_token', message: 'Bad credentials' },
  { text: 'Requires authentication []', before: ': 401 ', kind: 'unauthenticated', message: 'Requires authentication' },
  { text: 'Bad credentials (HTTP 401)', before: 'gh: ', kind: 'invalid_token', message: 'Bad credentials', gh: true },
  // The gh CLI's HTTPError since 0.9, "HTTP %d: %s (%s)" with the request's URL: "unable to determine base repository:
  // HTTP 401: Bad credentials (https://api.github.com/graphql)" then "Try authenticating with:  gh auth login"
  // (cli/cli#10032, a stale GITHUB_TOKEN in the environment); and its first releases' "http error,
  // 'https://api.github.com/graphql' failed (401): 'Bad credentials'" (cli/cli#232). The status and GitHub's word
  // stand together, as in the forms above; the URL after them is any GitHub host's (Enterprise Server's too).
  {
    text: 'Bad credentials (https://',
    before: 'HTTP 401: ',
    kind: 'invalid_token',
    message: 'Bad credentials',
    gh: true,
  },
  { text: "'Bad credentials'", before: 'failed (401): ', kind: 'invalid_token', message: 'Bad credentials', gh: true },
  // GitHub's JSON reply as a Ruby hash: HTTParty's inspect of the response, `#<HTTParty::Response:0x…
  // parsed_response={"message"=>"Bad credentials", "documentation_url"=>…}, @response=#<Net::HTTPUnauthorized 401 …>`
  // (an irb session in the githubrepo gem's notes), and Ruby 3.4's inspect with spaces around `=>`. The hash alone is
  // any API's (Spring Security's BadCredentialsException says "Bad credentials" too): GitHub's only where its line names
  // GitHub (the documentation_url, the GitHub.com server), as the JSON reply's documentation_url must (error-bodies.ts):
  // elsewhere it is read as that reply without its documentation_url is (Spring Security's).
  { text: '"message"=>"Bad credentials"', before: '{', kind: 'invalid_token', message: 'Bad credentials', named: true },
  {
    text: '"message" => "Bad credentials"',
    before: '{',
    kind: 'invalid_token',
    message: 'Bad credentials',
    named: true,
  },
];

const GITHUB_NAMED = /github/i;

/** `badCredentials`: whether the paste holds 'Bad credentials' at all (readClientErrors), which most anchors hold. */
function readGitHub(text: string, out: StatedError[], badCredentials: boolean): void {
  for (const anchor of GITHUB) {
    if (!badCredentials && anchor.text.includes(BAD_CREDENTIALS)) continue;
    for (const i of anchorsIn(text, anchor.text)) {
      if (!text.startsWith(anchor.before, i - anchor.before.length)) continue;
      const start = text.lastIndexOf('\n', i) + 1;
      const end = lineEnd(text, i);
      // Elsewhere the hash is read as the JSON reply without GitHub's link is (error-bodies.ts): Spring Security's words.
      const github = anchor.named !== true || GITHUB_NAMED.test(text.slice(start, end));
      const s = stated(anchor.kind, anchor.message, github ? 'github' : 'spring-security', start, end);
      out.push(anchor.gh === true ? { ...s, ghCli: true } : s);
    }
  }
}

/**
 * GitHub's words for a token whose permissions fall short of the call (an installation token or GITHUB_TOKEN without
 * the permission, a fine-grained personal access token without it), as its clients print them: go-github's
 * "POST https://api.github.com/…/registration-token: 403 Resource not accessible by integration []"
 * (actions/actions-runner-controller's comments, reviewdog's and terraform's output in public notes), the gh CLI's
 * "HTTP 403: Resource not accessible by personal access token (https://api.github.com/…)", Octokit's
 * "HttpError: Resource not accessible by integration". Read as the body's `message` is (error-bodies.ts): the
 * token's permissions fall short, as an insufficient_scope says. The words in a sentence state nothing.
 * Its GraphQL API says them in a 200's errors array (type FORBIDDEN), as the gh CLI prints them, "GraphQL: Resource not
 * accessible by integration (createRepository)" (actions/create-github-app-token#200), and @octokit/graphql's
 * GraphqlResponseError, "Request failed due to following response errors:\n - Resource not accessible by integration"
 * (octokit/graphql.js src/error.ts, _buildMessageForResponseErrors; github-community-projects/contributors#492): its
 * list item only under that heading.
 */
const GITHUB_NOT_ACCESSIBLE = 'Resource not accessible by ';
const GITHUB_NOT_ACCESSIBLE_BY = /^(integration|personal access token)(?![\w-])/;
const GITHUB_NOT_ACCESSIBLE_BEFORE = /(?:: 403 |HTTP 403: |(?:^|[^\w])HttpError\]?: |(?:^|\n)GraphQL: |\n - )$/;
const OCTOKIT_GRAPHQL_HEADING = 'Request failed due to following response errors:';

function readGitHubPermission(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, GITHUB_NOT_ACCESSIBLE)) {
    const end = i + GITHUB_NOT_ACCESSIBLE.length;
    const by = GITHUB_NOT_ACCESSIBLE_BY.exec(text.slice(end, end + 24));
    const before = text.slice(Math.max(0, i - 24), i);
    if (by === null || !GITHUB_NOT_ACCESSIBLE_BEFORE.test(before)) continue;
    // A list item is Octokit's only under its heading, a few items above at most.
    if (before.endsWith('\n - ') && !text.slice(Math.max(0, i - 2000), i).includes(OCTOKIT_GRAPHQL_HEADING)) continue;
    const message = `${GITHUB_NOT_ACCESSIBLE}${by[1]}`;
    out.push(
      stated('insufficient_scope', message, 'github', text.lastIndexOf('\n', i) + 1, end + (by[1] as string).length),
    );
  }
}

/**
 * Shopify's ACCESS_DENIED message (error-bodies.ts reads it in its JSON body) as clients print it: the Ruby gem
 * shopify_graphql's "Response code = ACCESS_DENIED. Response message = Access denied for stagedUploadsCreate field.."
 * (kirillplatonov/shopify_graphql#35), a thread's quote "Access denied for shopifyqlQuery field. Required access:
 * `read_reports` access scope." (Shopify/shopify-api-ruby#1415). The field sentence with the scope Shopify names since
 * 2022-01 (shopify.dev changelog "Authorization errors in mutations are refined"), or the gem's code beside it.
 */
const SHOPIFY_ACCESS_DENIED = 'Access denied for ';
const SHOPIFY_FIELD = /^[A-Za-z_]\w{0,100} field\.(?: Required access: [`"]([a-z_]{1,60})[`"] access scope)?/;
const SHOPIFY_GEM_BEFORE = 'Response code = ACCESS_DENIED. Response message = ';

function readShopifyAccessDenied(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, SHOPIFY_ACCESS_DENIED)) {
    // The JSON body's message is error-bodies.ts's.
    if (/"message"\s{0,3}:\s{0,3}"$/.test(text.slice(Math.max(0, i - 16), i))) continue;
    const end = i + SHOPIFY_ACCESS_DENIED.length;
    const m = SHOPIFY_FIELD.exec(text.slice(end, end + 220));
    if (m === null) continue;
    const scope = m[1] ?? null;
    const gem = text.slice(Math.max(0, i - SHOPIFY_GEM_BEFORE.length), i) === SHOPIFY_GEM_BEFORE;
    if (scope === null && !gem) continue;
    const start = gem ? i - SHOPIFY_GEM_BEFORE.length : i;
    const message = text.slice(i, end + m[0].length);
    out.push(
      scope === null
        ? stated('forbidden', message, 'graphql', start, end + m[0].length)
        : { ...stated('insufficient_scope', message, 'graphql', start, end + m[0].length), scope },
    );
  }
}

/**
 * The same ACCESS_DENIED as Node's util.inspect prints the reply's error (keys bare, strings in single quotes), which
 * error-bodies.ts cannot parse: `{ errors: [ { message: 'Access denied for orders field.', …, extensions: { code:
 * 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes' } } ] }` (@shopify/shopify-api's
 * GraphqlQueryError's response, Shopify/shopify-api-js#739), or the Storefront API's with an empty message, `error: {
 * message: '', extensions: { code: 'ACCESS_DENIED' } }` (vercel/commerce#1220). Read as the JSON body is: the scope
 * the message names, else a denial. Only as the first member of an `extensions` object, where Shopify puts it.
 */
const SHOPIFY_PRINTED_CODE = "code: 'ACCESS_DENIED'";
const EXTENSIONS_OPEN = /extensions:\s{0,3}\{\s{0,40}$/;
const PRINTED_MESSAGE = /^message: (?:'((?:[^'\\\n]|\\.){0,1000})'|"((?:[^"\\\n]|\\.){0,1000})")/;
/** How far before the code its error's message is looked for (locations and path stand between). */
const PRINTED_MESSAGE_BACK = 1400;

function readShopifyPrintedCode(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, SHOPIFY_PRINTED_CODE)) {
    const from = Math.max(0, i - PRINTED_MESSAGE_BACK);
    const before = text.slice(from, i);
    if (!EXTENSIONS_OPEN.test(before)) continue;
    const at = before.lastIndexOf('message: ');
    const m = at < 0 ? null : PRINTED_MESSAGE.exec(before.slice(at));
    const start = m === null ? i : from + at;
    const end = i + SHOPIFY_PRINTED_CODE.length;
    // Its message's field sentence, read already (readShopifyAccessDenied), says the same.
    if (out.some((s) => s.start >= start && s.start < end)) continue;
    const description = m === null ? null : (m[1] ?? m[2] ?? '');
    const scope = description === null ? undefined : SHOPIFY_FIELD_SCOPE.exec(description)?.[1];
    out.push(
      scope === undefined
        ? stated('forbidden', description, 'graphql', start, end)
        : { ...stated('insufficient_scope', description, 'graphql', start, end), scope },
    );
  }
}
/** The scope Shopify's message names (error-bodies.ts SHOPIFY_REQUIRED_SCOPE). */
const SHOPIFY_FIELD_SCOPE = /Required access: [`"]([a-z_]{1,60})[`"] access scope/;

/**
 * Octokit on GitHub's `{"message":"Bad credentials",…}` reply (@octokit/request-error: a `RequestError` named
 * `HttpError` whose message is GitHub's): `HttpError: Bad credentials` (ataylorme/eslint-annotate-action#6, in a GitHub
 * Actions log as `##[error]HttpError: Bad credentials`; IgorKowalczyk/igorkowalczyk#28) and Node's inspect of it,
 * `RequestError [HttpError]: Bad credentials` (emacs-tree-sitter/tree-sitter-langs#971, `status: 401`). The words
 * alone, in a sentence, state nothing; go-github's and the gh CLI's forms are readGitHub's.
 */
const BAD_CREDENTIALS = 'Bad credentials';
/** Octokit's name before GitHub's message, which ends the error's line (a stack or an inspected object may follow). */
const OCTOKIT_BEFORE = /(?:^|[^\w])(RequestError \[)?HttpError\]?: $/;
const OCTOKIT_AFTER = /^[ \t]*(?:[\r\n{]|$)/;

function readOctokit(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, BAD_CREDENTIALS)) {
    const end = i + BAD_CREDENTIALS.length;
    const octokit = OCTOKIT_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
    if (octokit && OCTOKIT_AFTER.test(text.slice(end, end + 8))) {
      const start = i - octokit[0].length + (/^\w/.test(octokit[0]) ? 0 : 1);
      out.push(stated('invalid_token', BAD_CREDENTIALS, 'github', start, end));
    }
  }
}

/**
 * The writer's prose quoting a verifier's "Bad credentials" without its body: "Spring Security says Bad credentials",
 * "the API returns 'Bad credentials'", 「Bad credentials と言われる」. The words are Spring Security's
 * BadCredentialsException (AbstractUserDetailsAuthenticationProvider.badCredentials in spring-security's
 * messages.properties) or GitHub's refusal of its token (docs.github.com/rest troubleshooting, "401 Bad credentials"):
 * either way a credential that came and was refused, as their bodies read (error-bodies.ts). The product only where the
 * paste names it; a speaker cue before the words (says, returns, got, error, a quote) or Japanese particles after them,
 * so that the words in an unrelated sentence state nothing. An occurrence another reader took is left to it.
 */
const PROSE_CUE_BEFORE =
  /(?:^|[^\w])(?:says?|said|saying|returns?|returned|returning|responds?|responded|answers?|answered|gets?|got|getting|gives?|gave|giving|throws?|threw|shows?|showed|with|error|message)\s{0,2}[:：]?\s{0,2}["'“‘`「]?$/i;
const PROSE_QUOTE_BEFORE = /["“‘`「]$/;
const PROSE_JA_AFTER = /^["'”’`」]?\s{0,2}(?:と(?:言|い|出|表示|返)|って|が(?:返|出|表示)|エラー)/;
const SPRING_NAMED = /spring|BadCredentialsException/i;
const PROSE_CONDITION_AFTER = /^["'”’`」]?\s{0,2}(?:when|if|whenever|unless)\b/i;

function readProseBadCredentials(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, BAD_CREDENTIALS)) {
    const end = i + BAD_CREDENTIALS.length;
    if (out.some((s) => s.start <= i && s.end >= end)) continue;
    const before = text.slice(Math.max(0, i - 40), i);
    const after = text.slice(end, end + 16);
    if (!PROSE_CUE_BEFORE.test(before) && !PROSE_JA_AFTER.test(after) && !PROSE_QUOTE_BEFORE.test(before)) continue;
    // "GitHub says Bad credentials when the PAT is wrong": what a product says in a case, not what this call got.
    if (PROSE_CONDITION_AFTER.test(after)) continue;
    // A JSON member or a printed object is a body's, read by error-bodies.ts; a quote there is no writer's.
    if (/["']\s?[:=]>?\s?["']$/.test(before)) continue;
    const named = text.slice(Math.max(0, i - 400), Math.min(text.length, end + 400));
    const via = GITHUB_NAMED.test(named) ? 'github' : SPRING_NAMED.test(named) ? 'spring-security' : undefined;
    const start = text.lastIndexOf('\n', i) + 1;
    const s: StatedError = {
      kind: 'invalid_token',
      description: BAD_CREDENTIALS,
      scope: null,
      start,
      end: lineEnd(text, i),
      prose: true,
    };
    out.push(via === undefined ? s : { ...s, via });
  }
}

/**
 * "Bad credentials" as a 401's whole plain-text body (left-n read the JSON `{"message":"Bad credentials"}`; a text
 * reply, a proxy's or an app's `sendError(401, e.getMessage())` of Spring Security's BadCredentialsException, carries
 * the same words bare): a credential came and was refused, as that body reads (error-bodies.ts). Only where the words
 * are their line's all and the last status line before them is a 401; the product only where the paste names it.
 */
const STATUS_LINE_401 = /^HTTP\/\d(?:\.\d)? 401(?:\s|$)/;
/** How far back the response's status line may stand: its header section. */
const PLAIN_BODY_REACH = 4000;

function readPlainBadCredentials(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, BAD_CREDENTIALS)) {
    const end = i + BAD_CREDENTIALS.length;
    const start = text.lastIndexOf('\n', i) + 1;
    const eol = text.indexOf('\n', end);
    const stop = eol < 0 ? text.length : eol;
    if (text.slice(start, i).trim() !== '' || text.slice(end, stop).trim() !== '') continue;
    if (out.some((s) => s.start <= i && s.end >= end)) continue;
    const status = text.lastIndexOf('HTTP/', i);
    if (status < 0 || i - status > PLAIN_BODY_REACH) continue;
    if (!STATUS_LINE_401.test(text.slice(status, status + 16))) continue;
    const named = text.slice(Math.max(0, status - 400), Math.min(text.length, end + 400));
    const via = GITHUB_NAMED.test(named) ? 'github' : SPRING_NAMED.test(named) ? 'spring-security' : undefined;
    const s: StatedError = {
      kind: 'invalid_token',
      description: BAD_CREDENTIALS,
      scope: null,
      start,
      end,
      plainBody: true,
    };
    out.push(via === undefined ? s : { ...s, via });
  }
}

/**
 * The Docker / OCI registry's UNAUTHORIZED (distribution registry/api/errcode/register.go, message "authentication
 * required": no credentials, or ones it did not accept) as its clients print it: go-containerregistry's
 * transport.Error (crane, cosign, ko, trivy, imgpkg) "GET https://index.docker.io/v2/…/manifests/latest: UNAUTHORIZED:
 * authentication required; [map[Action:pull Class: Name:library/x Type:repository]]" (buildpacks/imgutil's tests,
 * aquasecurity/trivy, sigstore/cosign output), and the docker CLI's lower-cased errcode ("Error response from daemon:
 * unauthorized: authentication required", DeepVAC/TorchPod#60, cisco/mindmeld#129). An authentication failure with no
 * finding of its own, as kubectl's; its DENIED is the registry row in verifier-messages/frameworks.ts.
 */
const REGISTRY_UNAUTHORIZED = 'authentication required';
const REGISTRY_BEFORE = /(?:^|[\s:"])(?:UNAUTHORIZED|unauthorized): $/;
const REGISTRY_AFTER = /^(?:$|[;\n\r"]|\s*$|\s*\n)/;

function readRegistry(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, REGISTRY_UNAUTHORIZED)) {
    const end = i + REGISTRY_UNAUTHORIZED.length;
    if (!REGISTRY_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
    if (!REGISTRY_AFTER.test(text.slice(end, end + 4))) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', i) + 1, i - DETAILS_MAX);
    out.push(stated('unauthenticated', REGISTRY_UNAUTHORIZED, 'docker-registry', lineStart, lineEnd(text, end)));
  }
}

/**
 * S3's own XML error body (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html, "List of error codes":
 * `AccessDenied`, "Access Denied", 403 Forbidden): `<Error><Code>AccessDenied</Code><Message>Access Denied</Message>…`.
 * The request's signature (SigV4) was accepted and a policy refused it (the bucket policy, the caller's IAM policy, an
 * ACL, a KMS key policy: "Troubleshoot access denied (403 Forbidden) errors in Amazon S3", AmazonS3/latest/userguide/
 * troubleshoot-403-errors.html). Only the plain message: S3 says other things under the same code (a presigned URL's
 * "Request has expired", verifier-messages/authz.ts; unsigned headers), which are not a policy's.
 */
const S3_ACCESS_DENIED = 'AccessDenied</Code>';
const S3_PLAIN_MESSAGE = /^\s*(?:<Message>\s*Access Denied\s*<\/Message>|<\/Error>)/;

function readS3Xml(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, S3_ACCESS_DENIED)) {
    if (!text.startsWith('<Code>', i - 6)) continue;
    const end = i + S3_ACCESS_DENIED.length;
    const plain = S3_PLAIN_MESSAGE.exec(text.slice(end, end + 60));
    if (plain === null) {
      readGcsXml(text, i - 6, end, out);
      continue;
    }
    out.push(stated('forbidden', 'Access Denied', 'aws-s3', i - 6, end + plain[0].length));
  }
}

/**
 * Cloud Storage's XML API answers a refusal in S3's shape with its own message and a `<Details>` that names the caller
 * and the permission: `<Error><Code>AccessDenied</Code><Message>Access denied.</Message><Details>sa@p.iam.gserviceaccount.com
 * does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on
 * resource (or it may not exist).</Details></Error>` (cloud.google.com/storage/docs/xml-api/reference-status; an
 * "Anonymous caller" in discord/discord-example-app#60). An anonymous caller sent no credential; any other was denied.
 */
const GCS_DETAILS = /^\s*<Message>\s*Access denied\.\s*<\/Message>\s*<Details>([^<]{1,600})<\/Details>/;

function readGcsXml(text: string, start: number, end: number, out: StatedError[]): void {
  const m = GCS_DETAILS.exec(text.slice(end, end + 700));
  if (m === null) return;
  const details = (m[1] ?? '').trim();
  out.push(
    stated(missingCredential(details) ? 'no_token' : 'forbidden', details, 'google-api', start, end + m[0].length),
  );
}

/**
 * The AWS SDK for Java prints the service's error after its message, in brackets: v1's AmazonServiceException
 * "Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: …)"
 * (wurstmeister/storm-s3#4, Blasanka/aws_s3_plugin#11), and v2's AwsServiceException "Access Denied (Service: S3,
 * Status Code: 403, Request ID: …, Extended Request ID: …)" (quarkusio/quarkus-quickstarts#815,
 * aws/aws-toolkit-jetbrains#3129), which names no error code: there the message says it, S3's "Access Denied" or IAM's
 * "User: arn:… is not authorized to perform: …". v2's "The security token included in the request is invalid.
 * (Service: Sts, Status Code: 403, …)" (an unknown access key) and a HEAD's "null (Service: S3, Status Code: 403, …)"
 * state no denial.
 */
const AWS_JAVA = '(Service: ';

function readAwsJava(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, AWS_JAVA)) {
    const details = text.slice(i, lineEnd(text, i));
    const v1 = /^\(Service: [^;)\n]{1,60}; Status Code: \d{3}; Error Code: ([A-Za-z]{1,60});/.exec(details);
    const v2 = v1 === null && /^\(Service: [^,;)\n]{1,60}, Status Code: 403[,)]/.test(details);
    if (v1 === null && !v2) continue;
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const from = Math.max(lineStart, i - DETAILS_MAX);
    const before = text.slice(from, i);
    // The message: after the exception's name on the line, else the line's start.
    const ex = before.lastIndexOf('Exception: ');
    const message = (ex >= 0 ? before.slice(ex + 'Exception: '.length) : before).trim();
    const denied = v1
      ? AWS_DENIALS.has(v1[1] ?? '')
      : message === 'Access Denied' ||
        (message.startsWith('User: ') && message.includes(' is not authorized to perform: '));
    if (!denied) continue;
    out.push(stated('forbidden', message || null, 'aws', from + Math.max(ex, 0), lineEnd(text, i)));
  }
}

/**
 * AWS IAM's denial sentence wherever a client prints it, with or without a code before it: the Go SDK v2's "https
 * response error StatusCode: 403, User: arn:… is not authorized to perform: iam:PassRole on resource: arn:… because no
 * identity-based policy allows the iam:PassRole action" (alphagov/govuk-infrastructure#2439), a Kubernetes controller's
 * "AccessDeniedException: User: …" in its JSON log (kubernetes-sigs/aws-load-balancer-controller#2322), a Lambda's
 * errorMessage (aws-samples/serverless-patterns#2457), Terraform's wrapped line (nebari-dev/nebari#2152). The sentence
 * is AWS's own (docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html): the principal, the action
 * and the policy type are read by checks/aws-denial.ts. A sentence another AWS reader already took is left to it.
 */
const AWS_IAM = ' is not authorized to perform: ';

function readAwsIam(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, AWS_IAM)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const before = text.slice(Math.max(lineStart, i - DETAILS_MAX), i);
    const user = before.lastIndexOf('User: ');
    if (user < 0 || /\s/.test(before.slice(user + 'User: '.length))) continue;
    // An IAM action (`service:Action`), or the `null` some services print (aws/aws-cli#6274): not an app's own words.
    if (
      !/^(?:[A-Za-z0-9-]{1,60}:[A-Za-z0-9*]{1,120}|null)\b/.test(
        text.slice(i + AWS_IAM.length, i + AWS_IAM.length + 190),
      )
    )
      continue;
    const start = i - before.length + user;
    if (out.some((s) => s.start <= i && i < s.end)) continue;
    const end = lineEnd(text, i);
    out.push(stated('forbidden', text.slice(start, end).trim(), 'aws', start, end));
  }
}

/**
 * HashiCorp Vault's API error as its Go client and CLI print it (hashicorp/vault api/response.go: "Error making API
 * request.\n\nURL: %s %s\nCode: %d. Errors:\n\n" then "* %s" per error; several errors come as go-multierror's "* 2
 * errors occurred:\n\t* permission denied\n\t* invalid token"). Vault answers a token it does not know (revoked,
 * past its TTL, mistyped) with both `permission denied` and `invalid token`, and a token whose policies do not allow
 * the path with `permission denied` alone (hashicorp/vault#26687, website/content/docs/concepts/tokens.mdx "Error
 * Responses"; hashicorp/vault#6554 and FalcoSuessgott/vkv#49 for the printed form).
 */
const VAULT = '. Errors:';

function readVault(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, VAULT)) {
    if (!/Code: \d{3}$/.test(text.slice(Math.max(0, i - 10), i))) continue;
    const from = i + VAULT.length;
    const errors = /^[^\S\n]*\r?\n\r?\n((?:[^\S\n]*\* [^\n]{0,200}(?:\r?\n|$)){1,8})/.exec(
      text.slice(from, from + 1200),
    );
    if (!errors?.[1]) continue;
    const kind = vaultKind(errors[1]);
    if (kind === null) continue;
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const description = kind === 'invalid_token' ? 'invalid token' : 'permission denied';
    out.push(stated(kind, description, 'vault', lineStart, from + errors[0].length));
  }
}

/**
 * What Vault's `* …` list says: `invalid token` beside any other error is an unknown token, `permission denied` alone a
 * denial. An item's line may end in a markdown backtick or a quote the paste closed it with (hashicorp/vault#17246).
 */
function vaultKind(list: string): StatedKind | null {
  const items = list.split('\n').map((l) =>
    l
      .replace(/^\s*\* /, '')
      .trim()
      .replace(/[`'"]+$/, ''),
  );
  return items.includes('invalid token') ? 'invalid_token' : items.includes('permission denied') ? 'forbidden' : null;
}

/**
 * node-vault's ApiResponseError, as Node prints it: `ApiResponseError: <Vault's first error>`, then its stack through
 * node-vault and its `response: { statusCode: 403, body: { errors: [Array] } }` (nodevault/node-vault src/index.js,
 * handleVaultResponse: `message = response.body.errors[0]`; nodevault/node-vault#166). Only the first error shows, and
 * Vault lists `permission denied` before `invalid token` for a token it does not know (hashicorp/vault#26687), so its
 * `permission denied` may be either: via `node-vault` says so.
 */
const NODE_VAULT = 'ApiResponseError: ';

function readNodeVault(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, NODE_VAULT)) {
    const from = i + NODE_VAULT.length;
    const after = text.slice(from, from + 1500);
    if (!after.includes('node-vault') && !/statusCode: 40[13]\b/.test(after)) continue;
    // One error on the line, or go-multierror's `1 error occurred:` and its `* …` lines.
    const m = /^(?:\d{1,2} errors? occurred:\r?\n((?:[^\S\n]*\* [^\n]{0,200}(?:\r?\n|$)){1,8})|[^\n]{0,200})/.exec(
      after,
    );
    if (m === null) continue;
    const kind = vaultKind(m[1] ?? m[0]);
    if (kind === null) continue;
    const description = kind === 'invalid_token' ? 'invalid token' : 'permission denied';
    out.push(stated(kind, description, 'node-vault', i, from + m[0].length));
  }
}

/**
 * GitHub's git server refusing a push (or a fetch) over HTTPS from an account it authenticated that has no write access
 * to the repository, as git prints the server's line beside its own: "remote: Permission to acme/repo.git denied to
 * github-actions[bot].\nfatal: unable to access 'https://github.com/acme/repo.git/': The requested URL returned error:
 * 403" (peter-evans/create-pull-request#844, simonecorsi/mawesome#739, gautamkrishnar/keepalive-workflow#16 with the
 * lines in one JSON string). The credential was accepted and named (the account after "denied to"): a denial, not a
 * missing or refused token.
 */
const GIT_PERMISSION = 'remote: Permission to ';
/**
 * What the readers' gate (ANCHORS) looks for in place of GIT_PERMISSION: its capital `P` joins the capitals' alternation
 * (which starts PermissionDenied there already), where `remote: ` made the other stop at every `r`.
 */
const GIT_PERMISSION_PIECE = GIT_PERMISSION.slice('remote: '.length);
const GIT_DENIED_TO = /^[^\s]{1,200} denied to ([^\s]{1,100}?)\.?(?=\s|\\n|$)/;

function readGitPermission(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, GIT_PERMISSION)) {
    const from = i + GIT_PERMISSION.length;
    const m = GIT_DENIED_TO.exec(text.slice(from, from + DETAILS_MAX));
    if (m === null) continue;
    const description = `Permission to ${m[0].replace(/\.$/, '')}`;
    out.push(stated('forbidden', description, 'github', i, from + m[0].length));
  }
}

/**
 * Ocelot's UnauthenticatedError (a 401, Responder/ErrorsToHttpStatusCodeMapper.cs) as its responder logs it,
 * `Error Code: UnauthenticatedError Message: Request for authenticated route /x by  was unauthenticated …`
 * (Infrastructure/Extensions/ErrorListExtensions.cs), and AuthenticationMiddleware's own warning, `Client has NOT been
 * authenticated for /x and pipeline error set. …` (ThreeMammals/Ocelot Authentication/Middleware). The route's
 * authentication scheme found no accepted credentials, no token or a refused one alike: an authentication failure with
 * no finding of its own, as gRPC's UNAUTHENTICATED is; the scheme's own log line (IdentityModel's IDX…) says why.
 */
const OCELOT_UNAUTHENTICATED = 'Error Code: UnauthenticatedError';
const OCELOT_NOT_AUTHENTICATED = 'Client has NOT been authenticated for ';

function readOcelot(text: string, out: StatedError[]): void {
  for (const anchor of [OCELOT_UNAUTHENTICATED, OCELOT_NOT_AUTHENTICATED]) {
    for (const i of anchorsIn(text, anchor)) {
      out.push(stated('unauthenticated', null, 'ocelot', i, lineEnd(text, i + anchor.length)));
    }
  }
}

/**
 * @nestjs/passport's AuthGuard throwing its bare UnauthorizedException, as Node prints it: `UnauthorizedException:
 * Unauthorized` with `at JwtAuthGuard.handleRequest (…/@nestjs/passport/dist/auth.guard.js:68:30)` under it
 * (handleRequest's `throw err || new UnauthorizedException()`; FabricaDeSinapse/nestjs-auth#1). Its strategy refused
 * the request, no token or a refused one alike, and its reason (`info`) is dropped (checks/nest-guard.ts).
 */
const NEST_UNAUTHORIZED = 'UnauthorizedException: Unauthorized';
const NEST_GUARD_FRAME = '@nestjs/passport/dist/auth.guard.js';
/**
 * The same refusal logged by Nest's ExceptionsHandler as an unknown error, the 401 object first and the guard's frame
 * under `Error: [object Object]` (nestjs/nest#2170, an auth module's JwtAuthGuard answering 500): BaseExceptionFilter
 * answers 500 for any exception that is no `instanceof HttpException` (nestjs/nest#10059), which is what an exception
 * from another copy of @nestjs/common is (#5241: "Shared libraries should list @nestjs/core and @nestjs/common as
 * peerDependencies"). Only with the 401 it holds: a TypeError inside the guard is a crash, not its refusal.
 */
export const NEST_HANDLER = '[ExceptionsHandler]';
/** How far after the handler's tag its logged object and the guard's frame may stand. */
const NEST_HANDLER_SPAN = 900;

function readNestGuard(text: string, out: StatedError[]): void {
  const at = text.indexOf(NEST_UNAUTHORIZED);
  if (at < 0 || WORD.test(text.charAt(at + NEST_UNAUTHORIZED.length))) return;
  // The guard's frame within the exception's first few stack lines.
  const frame = text.indexOf(NEST_GUARD_FRAME, at);
  if (frame < 0 || frame - at > 600) return;
  out.push(stated('unauthenticated', null, 'nestjs', at, at + NEST_UNAUTHORIZED.length));
}

function readNestHandler(text: string, out: StatedError[]): void {
  const at = text.indexOf(NEST_HANDLER);
  if (at < 0) return;
  const span = text.slice(at, at + NEST_HANDLER_SPAN);
  const frame = span.indexOf(NEST_GUARD_FRAME);
  if (frame < 0) return;
  const logged = span.slice(0, frame);
  if (!/\b401\b/.test(logged) && !logged.includes('Unauthorized')) return;
  out.push(stated('unauthenticated', null, 'nestjs', at, at + NEST_HANDLER.length));
}

/**
 * ASP.NET Web API 2's [Authorize] refusal: AuthorizeAttribute.HandleUnauthorizedRequest answers 401 with
 * `CreateErrorResponse(HttpStatusCode.Unauthorized, SRResources.RequestNotAuthorized)` (aspnet/AspNetWebStack
 * src/System.Web.Http/AuthorizeAttribute.cs), the body `{"Message":"Authorization has been denied for this request."}`
 * (IdentityServer/IdentityServer3.Samples#57, where no token was sent) or its XML `<Message>…</Message>`
 * (ashyann/4thYearProject#8), and the writer quotes it ("If I leave [Authorize] on the controller, I get this message:
 * "Authorization has been denied for this request"", Azure-Samples/active-directory-angularjs-singlepageapp#29, where a
 * token was sent and the OWIN bearer middleware did not accept it). It answers so for no authenticated user, whether no
 * token came or the middleware refused one (which says why only in its own log), and for a user outside its Roles.
 * Code that compares a reply with the words (`if msg == "…"`, `error.contains("…")`) states nothing.
 */
const WEBAPI_DENIED = 'Authorization has been denied for this request';
const COMPARED = /(?:==|!=|contains\(|includes\(|equals\(|test\(|Response\()\s{0,2}["'`/]?$/;

function readWebApiDenied(text: string, out: StatedError[]): void {
  const at = text.indexOf(WEBAPI_DENIED);
  if (at < 0) return;
  if (COMPARED.test(text.slice(Math.max(0, at - 24), at))) return;
  out.push(stated('unauthenticated', null, 'aspnet-webapi', at, at + WEBAPI_DENIED.length));
}

/**
 * containerd's registry client (docker buildx, helm, nerdctl) failing its token request to the registry's token
 * service (the challenge's realm, auth.docker.io/token for Docker Hub): remotes/docker/authorizer.go wraps it as
 * "failed to fetch oauth token: %w" (credentials sent) or "failed to fetch anonymous token: %w", and
 * remotes/errors/errors.go's ErrUnexpectedStatus reads "unexpected status from %s request to %s: %s"
 * (envoyproxy/gateway#5907: "…failed to fetch oauth token: unexpected status from GET request to
 * https://auth.docker.io/token?scope=…: 401 Unauthorized"). A 401 there is the token service refusing the login's
 * credentials: the registry's token exchange failing at its first step.
 */
const REGISTRY_TOKEN_FETCH = 'token: unexpected status from ';
/** The description such a statement carries: checks/registry-token.ts tells the token service's refusal by it. */
export const REGISTRY_TOKEN_SERVICE = 'token service: 401 Unauthorized';
const REGISTRY_FETCH_BEFORE = /fetch (?:oauth|anonymous) $/;
/**
 * What the readers' gate (ANCHORS) looks for in place of REGISTRY_TOKEN_FETCH: a piece of it that starts with a rarer
 * letter than its `t`, so the lower-case alternation does not stop at every `t` of a paste (with GIT_PERMISSION_PIECE,
 * ~0.15 µs a paste on the examples against the whole anchors). A paste holding the anchor holds the piece.
 */
const REGISTRY_FETCH_PIECE = REGISTRY_TOKEN_FETCH.slice('token: '.length);
/** The request's URL runs to the status: a token request's scopes and service rarely take more. */
const REGISTRY_FETCH_URL_MAX = 1000;

/**
 * containerd 1.5 and 1.6's words for the same refusal, without the request (remotes/docker/auth/fetch.go: "unexpected
 * status: %s"), as helm 3.7 and 3.8 print it: "Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous
 * token: unexpected status: 401 Unauthorized" (helm/helm#10373, #10122: a chart pulled from a private registry with no
 * helm registry login).
 */
const REGISTRY_TOKEN_FETCH_OLD = 'token: unexpected status: 401 Unauthorized';
const REGISTRY_FETCH_OLD_PIECE = REGISTRY_TOKEN_FETCH_OLD.slice('token: '.length);

function readRegistryTokenFetch(text: string, out: StatedError[]): void {
  for (const i of anchorsIn(text, REGISTRY_TOKEN_FETCH_OLD)) {
    if (!REGISTRY_FETCH_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', i) + 1, i - DETAILS_MAX);
    out.push(
      stated(
        'unauthenticated',
        REGISTRY_TOKEN_SERVICE,
        'docker-registry',
        lineStart,
        i + REGISTRY_TOKEN_FETCH_OLD.length,
      ),
    );
  }
  for (const i of anchorsIn(text, REGISTRY_TOKEN_FETCH)) {
    if (!REGISTRY_FETCH_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
    const from = i + REGISTRY_TOKEN_FETCH.length;
    const nl = text.indexOf('\n', from);
    const stop = Math.min(nl < 0 ? text.length : nl, from + REGISTRY_FETCH_URL_MAX);
    const rel = text.slice(from, stop).indexOf(': 401 Unauthorized');
    if (rel < 0) continue;
    const at = from + rel;
    const lineStart = Math.max(text.lastIndexOf('\n', i) + 1, i - DETAILS_MAX);
    out.push(stated('unauthenticated', REGISTRY_TOKEN_SERVICE, 'docker-registry', lineStart, at + 18));
  }
}

/**
 * Every reader's anchor (two by a piece of it: REGISTRY_FETCH_PIECE, GIT_PERMISSION_PIECE). GitHub's that hold 'Bad
 * credentials' are BAD_CREDENTIALS' occurrences: that anchor stands for them (the Ruby hash's `"message"=>"Bad
 * credentials"`, starting with a quote, made the alternation stop at every `"`).
 */
const ANCHORS = [
  ...GRPC_ANCHORS.map((a) => a.text),
  KUBECTL,
  KUBE_STATUS_401,
  CLIENT_GO_401,
  AWS,
  AWS_GO,
  AWS_GO_V1,
  GOOGLEAPI,
  PY_HTTP_ERROR,
  API_CORE,
  CLOUD_IAM_DENIED,
  ...GITHUB.filter((a) => !a.text.includes(BAD_CREDENTIALS)).map((a) => a.text),
  BAD_CREDENTIALS,
  GITHUB_NOT_ACCESSIBLE,
  SHOPIFY_ACCESS_DENIED,
  SHOPIFY_PRINTED_CODE,
  REGISTRY_UNAUTHORIZED,
  REGISTRY_FETCH_PIECE,
  REGISTRY_FETCH_OLD_PIECE,
  AWS_JAVA,
  AWS_IAM,
  S3_ACCESS_DENIED,
  VAULT,
  NODE_VAULT,
  OCELOT_UNAUTHENTICATED,
  OCELOT_NOT_AUTHENTICATED,
  GIT_PERMISSION_PIECE,
  NEST_UNAUTHORIZED,
  NEST_HANDLER,
  WEBAPI_DENIED,
  TWIRP,
  CONNECT,
  TRPC_CLIENT,
  GRPC_STATUS_HEADER,
  'Grpc-Status: ',
];

/** An anchor starting with a capital or a bracket, which text seldom has: V8 skips ahead over the rest. */
const startsRare = (anchor: string): boolean => /^[A-Z(]/.test(anchor);

/**
 * Every reader's anchor in literal alternations, tested once each. Most pastes hold none, and this rejects them
 * in about two-thirds the time of the dozen `indexOf` passes it stands for; a paste holding one is read by the
 * readers as before. Not one: V8 skips ahead over text no branch can start in, and a branch starting with a
 * lower-case letter, a comma or a dot (`status code: `, `, api error `) can start at most characters. With those
 * apart, the alternation of the others skips, and both together took about half the time one did (1.65 to 0.9 µs
 * a paste on the examples). The others, one alternation for each first character: with nine capitals and a bracket
 * to start at, the one alternation stopped at every header name's capital and tried each of its branches there (~1.4
 * to ~0.8 µs an example paste).
 */
const ANY_RARE_ANCHOR = byFirstCharacter(ANCHORS.filter(startsRare)).map((texts) => literalAlternation(texts));
/**
 * The others in two alternations, the long apart from the short: V8 skips ahead by what the alternation's first
 * characters can be, and looks only as far ahead as its shortest branch, so the four short ones (`. Errors: `, ten
 * characters) made the long ones' skip short too (~0.95 to ~0.64 µs an example paste).
 */
const LONG_ANCHOR = 20;
const OTHER_ANCHORS = ANCHORS.filter((a) => !startsRare(a));
const ANY_OTHER_ANCHOR = [
  literalAlternation(OTHER_ANCHORS.filter((a) => a.length >= LONG_ANCHOR)),
  literalAlternation(OTHER_ANCHORS.filter((a) => a.length < LONG_ANCHOR)),
];

function byFirstCharacter(texts: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const text of texts) {
    const group = groups.get(text.charAt(0));
    if (group) group.push(text);
    else groups.set(text.charAt(0), [text]);
  }
  return [...groups.values()];
}

function holdsAnchor(text: string): boolean {
  for (const anchor of ANY_RARE_ANCHOR) if (anchor.test(text)) return true;
  for (const anchor of ANY_OTHER_ANCHOR) if (anchor.test(text)) return true;
  return false;
}

/** Every client-printed statement in `text`, in document order. */
export function readClientErrors(text: string): StatedError[] {
  const out: StatedError[] = [];
  if (!holdsAnchor(text)) return out;
  readGrpc(text, out);
  readRpcClientErrors(text, out);
  readNestGuard(text, out);
  readNestHandler(text, out);
  readWebApiDenied(text, out);
  readKubectl(text, out);
  readKubernetesStatus(text, out);
  readClientGo(text, out);
  readAws(text, out);
  readAwsGo(text, out);
  readAwsGoV1(text, out);
  readGoogleApi(text, out);
  readPythonGoogleApi(text, out);
  readPythonApiCore(text, out);
  readCutCloudIamBody(text, out);
  // One search for 'Bad credentials' stands for three (two of GitHub's anchors and Octokit's): most pastes lack it.
  const badCredentials = text.includes(BAD_CREDENTIALS);
  readGitHub(text, out, badCredentials);
  if (badCredentials) readOctokit(text, out);
  readGitHubPermission(text, out);
  readShopifyAccessDenied(text, out);
  readShopifyPrintedCode(text, out);
  readRegistry(text, out);
  readRegistryTokenFetch(text, out);
  readAwsJava(text, out);
  readS3Xml(text, out);
  readVault(text, out);
  readNodeVault(text, out);
  readOcelot(text, out);
  readGitPermission(text, out);
  readAwsIam(text, out);
  if (badCredentials) readPlainBadCredentials(text, out);
  if (badCredentials) readProseBadCredentials(text, out);
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}
