/**
 * Header names the extractor recognises outside a header block, and which message each belongs to.
 *
 * A line `Name: value` in free text is only taken for a header when its name is one people really
 * send or receive; otherwise `Error: jwt expired` or `token: eyJ…` would become headers. The side is
 * what lets a lone `Authorization:` line count as "the request was shown", and a lone
 * `WWW-Authenticate:` as "the response was shown".
 */
import type { Side } from '../http.js';

/** Never in a response: seeing one of these tells which message a field belongs to. */
// biome-ignore format: a word list reads best packed
const REQUEST_ONLY = [
  ':authority', ':method', ':path', ':scheme', ':protocol',
  'authorization', 'proxy-authorization', 'cookie', 'host', 'user-agent', 'origin', 'referer', 'dpop',
  'accept', 'accept-encoding', 'accept-language', 'accept-charset', 'accept-datetime',
  'if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since', 'if-range', 'range',
  'expect', 'te', 'max-forwards', 'priority', 'upgrade-insecure-requests', 'dnt', 'save-data',
  'x-requested-with', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port',
  'x-real-ip', 'forwarded', 'x-api-key', 'api-key', 'x-csrf-token', 'x-xsrf-token', 'x-http-method-override',
  'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'x-amz-target', 'ocp-apim-subscription-key',
  'x-goog-api-key', 'x-client-id', 'x-client-version', 'x-app-version', 'x-device-id', 'x-tenant-id',
  'x-id-token', 'x-access-token', 'x-auth-token', 'x-authorization',
  'x-original-url', 'x-original-uri', 'x-envoy-original-path',
  'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'sec-fetch-user', 'sec-ch-ua', 'sec-ch-ua-mobile',
  'sec-ch-ua-platform',
];

/** Never in a request. */
// biome-ignore format: a word list reads best packed
const RESPONSE_ONLY = [
  ':status',
  'www-authenticate', 'proxy-authenticate', 'authentication-info', 'server', 'set-cookie', 'location',
  'retry-after', 'etag', 'last-modified', 'expires', 'age', 'vary', 'accept-ranges', 'alt-svc', 'allow',
  'content-security-policy', 'content-security-policy-report-only', 'strict-transport-security',
  'x-frame-options', 'x-content-type-options', 'x-xss-protection', 'referrer-policy', 'permissions-policy',
  'cross-origin-opener-policy', 'cross-origin-resource-policy', 'cross-origin-embedder-policy',
  'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-runtime', 'server-timing', 'report-to', 'nel',
  'x-robots-tag', 'x-ua-compatible', 'x-dns-prefetch-control', 'x-download-options',
  'x-permitted-cross-domain-policies', 'timing-allow-origin', 'content-disposition', 'www-authenticate-error',
  'x-amzn-requestid', 'x-amzn-errortype', 'x-amz-apigw-id', 'apigw-requestid', 'x-amz-cf-id', 'x-amz-cf-pop',
  'x-amzn-remapped-www-authenticate', 'x-amzn-remapped-content-length', 'x-amzn-remapped-date', 'x-amz-request-id',
  'x-amz-id-2', 'x-cache', 'x-served-by', 'x-timer', 'x-cdn', 'x-iinfo', 'x-sucuri-id', 'akamai-grn',
  'cf-ray', 'cf-cache-status', 'cf-mitigated', 'cf-chl-bypass',
  'x-azure-ref', 'x-ms-request-id', 'x-ms-ests-server', 'x-ms-error-code', 'x-github-request-id',
  'x-oauth-scopes', 'x-accepted-oauth-scopes', 'x-vercel-id', 'x-vercel-cache', 'fly-request-id',
  'x-proxy-cache', 'x-nginx-cache', 'x-upstream', 'x-gitlab-meta', 'x-datadome', 'warning',
  // Common members of the prefix families below, listed to spare the prefix scan.
  'access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-headers',
  'access-control-allow-methods', 'access-control-expose-headers', 'access-control-max-age',
  'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-envoy-upstream-service-time',
  'x-kong-upstream-latency', 'x-kong-proxy-latency', 'x-kong-response-latency', 'x-kong-request-id',
];

/** Either message carries these (representation, connection and tracing fields). */
// biome-ignore format: a word list reads best packed
const EITHER = [
  'date', 'content-type', 'content-length', 'content-encoding', 'content-language', 'content-location',
  'content-range', 'content-md5', 'content-digest', 'digest', 'repr-digest', 'connection', 'keep-alive',
  'cache-control', 'pragma', 'transfer-encoding', 'trailer', 'upgrade', 'via', 'link',
  'x-request-id', 'request-id', 'x-correlation-id', 'correlation-id', 'x-trace-id', 'traceparent', 'tracestate',
  'x-amzn-trace-id', 'x-cloud-trace-context', 'x-b3-traceid', 'x-b3-spanid', 'x-b3-parentspanid', 'x-b3-sampled',
  'b3', 'x-datadog-trace-id', 'x-api-version', 'api-version', 'x-ms-correlation-id', 'sec-websocket-key',
  'sec-websocket-accept', 'sec-websocket-version', 'sec-websocket-protocol', 'sec-websocket-extensions',
  // Azure echoes the client's id in its response (learn.microsoft.com/rest/api/storageservices/get-blob, "Response
  // headers": x-ms-client-request-id), as the storage SDKs print it under a 403's headers (Azure/kusto-copy#79).
  'x-ms-client-request-id',
];

/** Prefixes of vendor families, checked in order after the exact names. */
const PREFIXES: ReadonlyArray<readonly [string, Side | null]> = [
  ['sec-fetch-', 'request'],
  ['sec-ch-', 'request'],
  ['access-control-request-', 'request'],
  ['access-control-allow-', 'response'],
  ['access-control-expose-', 'response'],
  ['access-control-max-age', 'response'],
  ['x-kong-', 'response'],
  ['x-envoy-', 'response'],
  ['x-ratelimit-', 'response'],
  ['x-rate-limit-', 'response'],
  ['ratelimit-', 'response'],
  ['x-amzn-waf-', 'response'],
  ['x-amzn-', null],
  ['x-amz-', null],
  // Any other `X-` name is a header: nothing else writes `X-Foo: bar` at the start of a line.
  ['x-', null],
];

const SIDES = new Map<string, Side | null>();
for (const name of EITHER) SIDES.set(name, null);
for (const name of REQUEST_ONLY) SIDES.set(name, 'request');
for (const name of RESPONSE_ONLY) SIDES.set(name, 'response');

/** The first characters of PREFIXES: a name starting with any other is no member of a prefix family. */
const PREFIX_STARTS = new Uint8Array(128);
for (const [prefix] of PREFIXES) PREFIX_STARTS[prefix.charCodeAt(0)] = 1;

/** The longest name in the tables above: a longer one is known only as a member of a prefix family. */
const LONGEST_NAME = Math.max(...[...SIDES.keys()].map((name) => name.length));

/**
 * Whether the name at [start, end) of `text` may be a known one (`knownHeaderSide` of it lower-cased not undefined),
 * told without copying or lower-casing it: no longer than a listed name, or starting like a prefix family (or with a
 * character past ASCII, left to knownHeaderSide). A JWT alone on its line reads as one long name; lower-casing its
 * few hundred characters to look it up was a tenth of reading a token followed by a line of text.
 */
export function mayBeKnownName(text: string, start: number, end: number): boolean {
  if (end - start <= LONGEST_NAME) return true;
  const first = text.charCodeAt(start);
  if (first >= 0x80) return true;
  return PREFIX_STARTS[first >= 0x41 && first <= 0x5a ? first | 0x20 : first] === 1;
}

/**
 * The side a lower-cased header name belongs to: 'request' or 'response' when only that message
 * carries it, null when both do, undefined when the name is not a known header.
 */
export function knownHeaderSide(lower: string): Side | null | undefined {
  const side = SIDES.get(lower);
  if (side !== undefined) return side;
  // Most unknown names (JSON keys, log words) start with none of the prefixes' letters: no prefix is tried.
  const first = lower.charCodeAt(0);
  if (!(first < 128 && PREFIX_STARTS[first] === 1)) return undefined;
  return prefixSide(lower);
}

/** The side of the first prefix family the name belongs to, or undefined; `knownHeaderSide` without the table. */
function prefixSide(lower: string): Side | null | undefined {
  // Indexed, without destructuring: until V8 optimises this (it runs for every field-shaped line), a
  // for-of over pairs costs an iterator and a result object per prefix.
  for (let i = 0; i < PREFIXES.length; i++) {
    const entry = PREFIXES[i] as readonly [string, Side | null];
    const prefix = entry[0];
    if (lower.length > prefix.length && lower.startsWith(prefix)) return entry[1];
  }
  return undefined;
}

/** knownHeaderSide the plain way (the exact names, then every prefix): for test/engine/fast-paths.test.ts. */
export function knownHeaderSideByScan(lower: string): Side | null | undefined {
  const side = SIDES.get(lower);
  return side !== undefined ? side : prefixSide(lower);
}

/**
 * Names that look like a field but, in a header block, are far more often a log or body line
 * (`error: invalid_token` right under a status line). A header block accepts unknown names, but not these.
 */
// biome-ignore format: a word list reads best packed
const LOG_WORDS = new Set([
  'error', 'err', 'message', 'msg', 'reason', 'detail', 'details', 'description', 'error_description',
  'token', 'jwt', 'exception', 'cause', 'warn', 'warning', 'info', 'debug', 'trace', 'fatal', 'note',
  'hint', 'expected', 'actual', 'got', 'received', 'payload', 'claims', 'iss', 'aud', 'sub', 'exp', 'nbf',
  'iat', 'kid', 'alg', 'scope', 'scopes', 'now', 'time', 'at', 'stack', 'body', 'response', 'request',
  'result', 'level', 'code', 'issuer', 'audience', 'subject', 'jti', 'typ', 'header',
]);

/**
 * Whether a field-shaped name in a header block is more likely a log line: a known log word, or an
 * exception name (`JsonWebTokenError`, `SecurityTokenExpiredException`: one CamelCase word, no hyphen).
 */
export function looksLikeLogName(name: string, lower: string): boolean {
  if (LOG_WORDS.has(lower)) return true;
  if (name.includes('-')) return false;
  if (name.endsWith('Error') || name.endsWith('Exception')) return true;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const prev = name.charCodeAt(i - 1);
    if (c >= 0x41 && c <= 0x5a && prev >= 0x61 && prev <= 0x7a) return true;
  }
  return false;
}
