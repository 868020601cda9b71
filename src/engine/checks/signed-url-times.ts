/**
 * A signed URL or shared access signature refused for its dates, where the refusal printed them (parse/verifier-
 * messages/signed-urls.ts, authz.ts's S3 rows): the URL's signature is the credential, so its expiry and signed start
 * take the places of a token's exp and nbf, and no pasted token's claims are compared with them. The service printed
 * its own clock beside them (S3's `<ServerTime>`, Azure Storage's "Current [..]"): the verdict is measured from that
 * clock, so a reply read days later still says how late the request was, and the signer's clock can be set against it.
 */
import type { CodeArgs, SignedUrl, StorageSas } from '../args.js';
import type { Context } from '../context.js';
import type { VerifierArgs } from '../parse/verifier-messages.js';
import { imfDateSeconds, zonedIsoSeconds } from '../time-parse.js';
import type { FindingData, Source } from '../types.js';
import { finding } from './define.js';
import { readPresignedExpiry } from './presigned-expiry.js';

/** ISO 8601 with its zone (S3, Service Bus once its space is a `T`) or an IMF-fixdate (Azure Storage). */
function printedSeconds(printed: string | undefined): number | null {
  if (printed === undefined) return null;
  return zonedIsoSeconds(printed) ?? imfDateSeconds(printed);
}

/** The rows' `reason` for each kind: a presigned URL's reply, a storage SAS's, a messaging SAS token's. */
const KINDS: Readonly<Record<string, SignedUrl['kind']>> = {
  'presigned-url': 'presigned-url',
  'storage-sas': 'storage-sas',
  'sas-token': 'sas-token',
};

/** True for the rows that read a signed URL's or SAS's own dates. */
export function isSignedUrlReason(reason: string | undefined): boolean {
  return reason !== undefined && KINDS[reason] !== undefined;
}

function signedUrl(a: VerifierArgs): SignedUrl {
  const out: SignedUrl = { kind: KINDS[a.reason ?? ''] ?? 'presigned-url' };
  const serverTime = printedSeconds(a.now);
  if (serverTime !== null) out.serverTime = serverTime;
  const start = printedSeconds(a.validFrom);
  if (start !== null) out.start = start;
  const lifetime = a.lifetime === undefined ? Number.NaN : Number(a.lifetime);
  if (Number.isInteger(lifetime) && lifetime > 0) out.lifetimeSeconds = lifetime;
  return out;
}

/**
 * A SAS token's se=, epoch seconds (`SharedAccessSignature sr=…&sig=…&se=1448400000&skn=…`; learn.microsoft.com,
 * "Azure Service Bus access control with Shared Access Signatures": se is the token's "instant of expiry"), in the
 * same token: nothing that ends a header value between the scheme and it. The signature beside it is never read.
 */
function sasTokenExpiry(lower: string): number | null {
  let at = lower.indexOf(SAS_SCHEME);
  for (let tries = 0; at >= 0 && tries < 8; tries++, at = lower.indexOf(SAS_SCHEME, at + SAS_SCHEME.length)) {
    const token = lower.slice(at + SAS_SCHEME.length, at + SAS_SCHEME.length + 600);
    const end = token.search(/[\s"']/);
    const m = /(?:^|&)se=(\d{9,10})(?!\d)/.exec(end < 0 ? token : token.slice(0, end));
    if (m !== null) return Number(m[1]);
  }
  return null;
}
const SAS_SCHEME = 'sharedaccesssignature ';

/**
 * The expiry the URL or token itself carries, when the refusal printed none: a presigned URL's date plus lifetime (S3's
 * X-Amz-, Cloud Storage's X-Goog-), a SAS token's se=.
 */
function ownExpiry(ctx: Context, via: string, url: SignedUrl): number | null {
  if (url.kind === 'sas-token') return sasTokenExpiry(ctx.lower);
  if (url.kind !== 'presigned-url') return null;
  const read = readPresignedExpiry(ctx, via === 'google-cloud-storage' ? 'X-Goog-' : 'X-Amz-');
  if (read === null) return null;
  if (read.expiresSeconds !== undefined) url.lifetimeSeconds ??= read.expiresSeconds;
  return read.exp;
}

/**
 * Who answered S3's words: Alibaba Cloud's OSS replies to an expired signed URL with S3's body and its own host as the
 * HostId (johnlui/AliyunOSS#20: `<Message>Request has expired.</Message>…<HostId>ws-img-test.oss-cn-hangzhou.aliyuncs.com
 * </HostId>`), so the host, not the words, names it.
 */
function answeredBy(ctx: Context, via: string): string {
  if (via !== 'aws-s3') return via;
  if (ctx.lower.includes('.aliyuncs.com') && !ctx.lower.includes('amazonaws.com')) return 'aliyun-oss';
  return minioServed(ctx.lower) || minioErrorShape(ctx.lower) ? 'minio' : via;
}

/**
 * MinIO's own error body where no Server header is shown: its APIErrorResponse names the object and bucket and the
 * Resource beside S3's words, `<Message>Request has expired</Message><Key>…</Key><BucketName>…</BucketName><Resource>…
 * </Resource>` (minio/minio#8465's mint log, a presigned URL past its expiry), and prints no dates. S3's own reply to an
 * expired URL gives its Expires and ServerTime instead, and no BucketName (aws/aws-sdk-php#1333, aws/aws-sdk-js#2306).
 */
function minioErrorShape(lower: string): boolean {
  return lower.includes('<bucketname>') && lower.includes('<resource>') && !lower.includes('<servertime>');
}

/**
 * MinIO speaks S3's XML word for word ("Request has expired", minio/minio#8465's mint log) but names itself in its reply's
 * Server header: `Server: Minio/RELEASE.2018-08-02T23-11-36Z (linux; amd64)` (minio/minio#6805, connormanning/entwine#99),
 * `Server: MinIO` since (minio/minio#16469). A client's `User-Agent: MinIO (linux; amd64) minio-go/v7` says nothing of
 * the server it talked to, hence the header's own name before the words.
 */
function minioServed(lower: string): boolean {
  for (let at = lower.indexOf('server: minio'); at >= 0; at = lower.indexOf('server: minio', at + 1)) {
    if (!/[\w-]/.test(lower.charAt(at - 1))) return true;
  }
  return false;
}

export function signedUrlExpired(
  ctx: Context,
  rowVia: string,
  a: VerifierArgs,
  evidence: string,
  source: Exclude<Source, 'options'>,
): FindingData<'time.expired'> {
  const via = answeredBy(ctx, rowVia);
  const url = signedUrl(a);
  const exp = printedSeconds(a.at) ?? ownExpiry(ctx, via, url);
  // The service's clock when it refused is the reference its reply gives; without it, the reference time.
  const now = url.serverTime ?? ctx.now;
  const args: CodeArgs['time.expired'] = {
    via,
    exp,
    agoSeconds: exp !== null && now !== null ? Math.max(0, now - exp) : null,
    skewSeconds: ctx.skewSeconds,
    maxAge: false,
    signedUrl: url,
  };
  // The URL's own expiry still ahead of the reference time, beyond the skew: the service judged by a clock ahead of
  // it, or the request carried another URL or token than the one pasted; "expired 0 s ago" would hide that.
  if (exp !== null && now !== null && exp - now > ctx.skewSeconds) {
    args.agoSeconds = null;
    args.validForSeconds = exp - now;
  }
  return finding('time.expired', args, evidence, source);
}

export function signedUrlEarly(
  ctx: Context,
  rowVia: string,
  a: VerifierArgs,
  evidence: string,
  source: Exclude<Source, 'options'>,
): FindingData<'time.not-yet-valid'> {
  const via = answeredBy(ctx, rowVia);
  const url = signedUrl(a);
  const nbf = url.start ?? null;
  const now = url.serverTime ?? ctx.now;
  const args: CodeArgs['time.not-yet-valid'] = {
    via,
    nbf,
    inSeconds: nbf !== null && now !== null && nbf > now ? nbf - now : null,
    skewSeconds: ctx.skewSeconds,
    signedUrl: url,
  };
  return finding('time.not-yet-valid', args, evidence, source);
}

/** The end of a URL in a paste: a blank, a quote or an angle bracket. */
const URL_END = /[\s"'<>]/;

/**
 * The SAS in the paste (learn.microsoft.com/rest/api/storageservices/create-service-sas and create-account-sas: `sv=`,
 * `sp=` its permissions, `srt=` an account SAS's resource types, `skoid=` a user delegation SAS's signing object):
 * the query around the first `sig=` whose `sv=` is a version date. Only those fields are read, never the signature.
 */
export function storageSasOf(lower: string): StorageSas | null {
  let at = lower.indexOf('sig=');
  for (let tries = 0; at >= 0 && tries < 8; tries++, at = lower.indexOf('sig=', at + 4)) {
    let from = at;
    while (from > 0 && at - from < 1500 && !URL_END.test(lower.charAt(from - 1))) from--;
    const rest = lower.slice(at, at + 400);
    const end = rest.search(URL_END);
    const query = lower.slice(from, end < 0 ? at + 400 : at + end);
    if (!/[?&]sv=\d{4}-\d\d-\d\d/.test(query)) continue;
    return {
      permissions: /[?&]sp=([a-z]{1,20})(?=&|$)/.exec(query)?.[1] ?? null,
      resourceTypes: /[?&]srt=([sco]{1,3})(?=&|$)/.exec(query)?.[1] ?? null,
      delegation: query.includes('skoid='),
    };
  }
  return null;
}

/** SigV4's longest presigned URL, 7 days (604800 s): S3 refuses one signed for longer. */
const SIGV4_MAX_SECONDS = 604_800;

/**
 * S3's refusal of a URL signed for longer than SigV4 allows: its X-Amz-Expires from the paste (the message does not
 * repeat it), read as any number of seconds since it is the value at fault. Only the parameter is quoted, never the URL.
 */
export function signedUrlTooLong(
  ctx: Context,
  via: string,
  evidence: string,
  source: Exclude<Source, 'options'>,
): FindingData<'time.long-lifetime'> {
  const m = /x-amz-expires=(\d{1,15})(?!\d)/.exec(ctx.lower);
  const ttl = m === undefined || m === null ? null : Number(m[1]);
  const args: CodeArgs['time.long-lifetime'] = {
    via,
    ttlSeconds: ttl !== null && ttl > SIGV4_MAX_SECONDS ? ttl : null,
    limitSeconds: SIGV4_MAX_SECONDS,
    signedUrl: { kind: 'presigned-url' },
  };
  return finding('time.long-lifetime', args, evidence, source, 'error');
}
