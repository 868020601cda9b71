import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import type { FindingData } from '../types.js';
import { finding } from './define.js';
import { expVerdict } from './time.js';

/**
 * A SigV4-presigned request's own expiry, which its query carries as the time it was signed and how long it lasts:
 * `X-Amz-Date=20260528T140000Z&X-Amz-Expires=900` ends at 14:15:00Z (docs.aws.amazon.com, "Authenticating Requests:
 * Using Query Parameters (AWS Signature Version 4)": X-Amz-Expires "provides the time period, in seconds, for which
 * the generated presigned URL is valid"). An Amazon RDS IAM authentication token is one (a presigned `Action=connect`
 * request to the database's host and port for `DBUser`, valid 15 minutes: docs.aws.amazon.com/AmazonRDS, "Connecting to
 * your DB instance using IAM authentication"), pasted as the password; so is an S3 presigned URL. The verdict is the
 * one a JWT's exp gets, with the same skew allowance. The signature and the access key beside them are never quoted:
 * the evidence is the two parameters alone.
 */
const EXPIRES = 'x-amz-expires=';
/**
 * Cloud Storage's V4 signed URLs carry the same pair under its own prefix, `X-Goog-Date` and `X-Goog-Expires`, up to 7
 * days too (cloud.google.com/storage/docs/access-control/signed-urls; floci-io/floci-gcp#32, an emulator taught to
 * refuse them as Cloud Storage does). Read for a Cloud Storage refusal only (checks/signed-url-times.ts).
 */
export type SigningPrefix = 'X-Amz-' | 'X-Goog-';
/** The most characters between the two parameters of one query: a URL's, not two URLs' on a page of them. */
const SAME_QUERY = 2000;
/** X-Amz-Expires' bounds: 1 s to 7 days (SigV4's presigned URL limit, 604800 s). */
const MAX_EXPIRES = 604_800;

export type Presigned = NonNullable<CodeArgs['time.expired']['presigned']>;

interface PresignedExpiry {
  exp: number;
  expiresSeconds?: number;
  kind: Presigned;
  evidence: string;
}

/** The first presigned query in the paste whose X-Amz-Date and X-Amz-Expires (or X-Goog-) both read, or null. */
export function readPresignedExpiry(ctx: Context, prefix: SigningPrefix = 'X-Amz-'): PresignedExpiry | null {
  const lower = ctx.lower;
  const expires = `${prefix.toLowerCase()}expires=`;
  const dateName = `${prefix.toLowerCase()}date=`;
  let at = lower.indexOf(expires);
  for (let tries = 0; at >= 0 && tries < 8; tries++, at = lower.indexOf(expires, at + expires.length)) {
    const seconds = /^\d{1,6}(?!\d)/.exec(lower.slice(at + expires.length, at + expires.length + 7))?.[0];
    if (seconds === undefined) continue;
    const expiresSeconds = Number(seconds);
    if (expiresSeconds < 1 || expiresSeconds > MAX_EXPIRES) continue;
    const date = dateNear(lower, at, dateName);
    if (date === null) continue;
    const signed = Date.UTC(
      Number(date.value.slice(0, 4)),
      Number(date.value.slice(4, 6)) - 1,
      Number(date.value.slice(6, 8)),
      Number(date.value.slice(9, 11)),
      Number(date.value.slice(11, 13)),
      Number(date.value.slice(13, 15)),
    );
    if (!Number.isFinite(signed)) continue;
    const from = Math.min(at, date.at);
    const to = Math.max(at, date.at);
    const query = lower.slice(Math.max(0, from - SAME_QUERY), Math.min(lower.length, to + SAME_QUERY));
    const kind: Presigned =
      query.includes('action=connect') && query.includes('dbuser=') && /rds-db|rds\.amazonaws\.com/.test(query)
        ? 'rds-iam'
        : 'sigv4';
    return {
      exp: Math.floor(signed / 1000) + expiresSeconds,
      expiresSeconds,
      kind,
      evidence: `${prefix}Date=${date.value.toUpperCase()}&${prefix}Expires=${seconds}`,
    };
  }
  return null;
}

/**
 * The X-Amz-Date of the same query as the X-Amz-Expires at `at`: before or after it, with nothing between them that
 * ends a URL (a blank, a quote, a line break), and in SigV4's basic format (`20260528T140000Z`).
 */
function dateNear(lower: string, at: number, dateName: string): { value: string; at: number } | null {
  // Searched in the window around it only: a paste of many URLs pays SAME_QUERY a try, not its length.
  const from = Math.max(0, at - SAME_QUERY);
  const window = lower.slice(from, at + SAME_QUERY);
  const before = window.lastIndexOf(dateName, at - from);
  const after = window.indexOf(dateName, at - from);
  for (const w of [before, after]) {
    if (w < 0) continue;
    const d = from + w;
    const between = d < at ? lower.slice(d, at) : lower.slice(at, d);
    if (/[\s"'<>]/.test(between)) continue;
    const value = /^\d{8}t\d{6}z/.exec(lower.slice(d + dateName.length, d + dateName.length + 16))?.[0];
    if (value !== undefined) return { value, at: d };
  }
  return null;
}

/**
 * A signed URL whose `Expires` is its expiry itself, in epoch seconds, beside its `Signature` in the same query: SigV2's
 * query string authentication (`AWSAccessKeyId=…&Expires=1141889120&Signature=…`, docs.aws.amazon.com AmazonS3
 * RESTAuthentication, "Query string request authentication alternative": "the time when the signature expires,
 * specified as the number of seconds since the epoch"; aws/aws-sdk-js#2306) and CloudFront's canned policy
 * (`?Expires=…&Signature=…&Key-Pair-Id=…`, docs.aws.amazon.com AmazonCloudFront private-content-creating-signed-url-
 * canned-policy: "Expires … in Unix time format (in seconds)"). Neither says when it was signed: no expiresSeconds.
 */
function readEpochExpiry(ctx: Context): PresignedExpiry | null {
  const lower = ctx.lower;
  let at = lower.indexOf(EPOCH_EXPIRES);
  for (let tries = 0; at >= 0 && tries < 8; tries++, at = lower.indexOf(EPOCH_EXPIRES, at + EPOCH_EXPIRES.length)) {
    const prev = lower.charAt(at - 1);
    if (prev !== '?' && prev !== '&') continue;
    const digits = /^\d{9,10}(?![\d.])/.exec(
      lower.slice(at + EPOCH_EXPIRES.length, at + EPOCH_EXPIRES.length + 11),
    )?.[0];
    if (digits === undefined) continue;
    // The query around it, up to what ends a URL: its other parameters say whose signed URL it is.
    const from = Math.max(0, at - SAME_QUERY);
    const before = lower.slice(from, at);
    const start = from + Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('"')) + 1;
    const rest = lower.slice(at, at + SAME_QUERY);
    const stop = rest.search(/[\s"'<>]/);
    const query = lower.slice(start, stop < 0 ? at + rest.length : at + stop);
    if (!/[?&]signature=/.test(query)) continue;
    const kind: Presigned | null = query.includes('key-pair-id=')
      ? 'cloudfront'
      : query.includes('awsaccesskeyid=')
        ? 'sigv2'
        : null;
    if (kind === null) continue;
    return { exp: Number(digits), kind, evidence: `Expires=${digits}` };
  }
  return null;
}
const EPOCH_EXPIRES = 'expires=';

/**
 * Whether a query's `Signature` parameter may be in the paste, as readEpochExpiry requires it (after its `?` or `&`):
 * two passes led by those, rare in prose and headers, where one of `signature=` stopped at every s (~0.18 µs of a
 * shipped example's ~0.6 kB, the two ~0.05).
 */
function signatureParameter(lower: string): boolean {
  return lower.includes('&signature=') || lower.includes('?signature=');
}

/** time.expired or time.borderline for a presigned query in the paste, as a JWT's exp would get them. */
export function presignedExpiryFindings(ctx: Context): FindingData<'time.expired' | 'time.borderline'>[] {
  if (ctx.now === null) return [];
  const read = ctx.lower.includes(EXPIRES)
    ? readPresignedExpiry(ctx)
    : signatureParameter(ctx.lower)
      ? readEpochExpiry(ctx)
      : null;
  if (read === null) return [];
  const now = ctx.now;
  const skew = ctx.skewSeconds;
  const verdict = expVerdict(read.exp, now, skew);
  if (verdict === 'expired') {
    const args: CodeArgs['time.expired'] = {
      exp: read.exp,
      agoSeconds: now - read.exp,
      skewSeconds: skew,
      maxAge: false,
      presigned: read.kind,
      ...(read.expiresSeconds === undefined ? {} : { expiresSeconds: read.expiresSeconds }),
    };
    return [finding('time.expired', args, read.evidence, 'log')];
  }
  if (verdict === 'borderline')
    return [
      finding(
        'time.borderline',
        {
          exp: read.exp,
          pastSeconds: now - read.exp,
          skewSeconds: skew,
          presigned: read.kind,
          ...(read.expiresSeconds === undefined ? {} : { expiresSeconds: read.expiresSeconds }),
        },
        read.evidence,
        'log',
      ),
    ];
  return [];
}
