/**
 * Words for a signed URL or shared access signature refused for its dates (time.expired's and time.not-yet-valid's
 * `signedUrl`, checks/signed-url-times.ts). The service printed its own clock beside the URL's dates, so the words say
 * how late (or early) the request was by that clock, and what it says of the signer's clock.
 */
import type { SignedUrl, StorageSas } from '../../engine/args.js';
import type { Format } from '../catalogue.js';
import { productName } from '../product-names.js';

const NOUN: Record<SignedUrl['kind'], string> = {
  'presigned-url': 'presigned URL',
  'storage-sas': 'SAS',
  'sas-token': 'SAS token',
};

function refuser(via: string | undefined): string {
  return via === undefined ? 'the service' : productName(via);
}

/** How long S3 says the URL lasted, and what the signing time it implies says of the signer's clock. */
function lifetime(s: SignedUrl, exp: number, ago: number, f: Format, by: string): string {
  if (s.lifetimeSeconds === undefined || s.serverTime === undefined) return '';
  const signed = exp - s.lifetimeSeconds;
  return ` It was signed for ${s.lifetimeSeconds} s (X-Amz-Expires), so at ${f.iso(signed)} by the signer’s clock: if it was presigned just before the request, that clock is about ${f.duration(s.serverTime - signed)} behind ${by}’s; if not, it was used ${f.duration(ago)} too late.`;
}

// S3's and Cloud Storage's V4 signatures last at most 7 days, and a URL signed with temporary credentials stops working
// when they expire (docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html; aws/aws-sdk-ruby#983).
const PRESIGN_AGAIN =
  'Presign the URL again just before it is used, with an expiry long enough for the use (aws s3 presign --expires-in, the SDK’s getSignedUrl/generate_presigned_url expiresIn; at most 7 days for SigV4 and Cloud Storage V4, and no longer than the signing credentials last): a URL cached or mailed out ends at its own expiry.';
const SIGNER_CLOCK =
  'If a URL signed moments before is refused, compare the clock of the host that signs with the ServerTime in the reply (timedatectl, chronyc tracking): the URL is dated by the signer’s clock and judged by the service’s.';
// A SAS's se= and st= (learn.microsoft.com/rest/api/storageservices/create-service-sas); a user delegation SAS lasts
// at most 7 days; a stored access policy moves the expiry of the SAS that name it without new ones.
const NEW_SAS =
  'Create a new SAS with an expiry (se=) long enough for the use (az storage blob generate-sas --expiry, or the portal’s Shared access tokens; a user delegation SAS lasts at most 7 days), or issue SAS that name a stored access policy, whose expiry can be moved without handing out new ones.';
const SAS_START =
  'Leave st= out (the SAS is then valid from the moment Azure Storage reads it), or set it a few minutes back: a start set to the signer’s own now is refused while that clock is ahead of Azure’s.';
// The SDKs sign se= as their own now plus the token's lifetime (Azure/azure-iot-sdks#152: "This type of issue usually
// happens when there is a significant clock skew between the client and the service"; Azure/azure-sdk-for-js#4243 at a
// daylight-saving change).
const SAS_TOKEN_STEPS = [
  'Check the clock of the host that makes the token (NTP, time zone and daylight saving): the SDK signs se= as its own now plus the token’s lifetime, so a clock behind Azure’s makes tokens that are already expired.',
  'For a token made by hand or by a script (SharedAccessSignature sr=…&sig=…&se=…&skn=…), generate a new one with a later se=; an SDK given the connection string or a credential renews its own before expiry.',
];

export const SIGNED_URL_EXPIRED = {
  title: (s: SignedUrl, ago: number | null, f: Format, via: string | undefined, validFor?: number) => {
    const what = `The ${NOUN[s.kind]}`;
    if (validFor !== undefined)
      return `${refuser(via)} says expired, but the ${NOUN[s.kind]} is valid for another ${f.duration(validFor)}`;
    if (ago === null) return `${what} has expired`;
    return s.serverTime === undefined
      ? `${what} expired ${f.relative(-ago)}`
      : `${what} had expired ${f.duration(ago)} before ${refuser(via)} received it`;
  },
  detail: (
    s: SignedUrl,
    exp: number | null,
    ago: number | null,
    f: Format,
    via: string | undefined,
    validFor?: number,
  ) => {
    const by = refuser(via);
    const noun = NOUN[s.kind];
    const credential =
      s.kind === 'sas-token'
        ? ' The credential is a shared access signature token (SharedAccessSignature sr=…&se=…), signed with the namespace’s or device’s key and dated by the clock of the host that made it (or, where the client uses Microsoft Entra ID, that token’s exp).'
        : ` The credential is the ${noun}’s own signature and dates, not a token: nothing refreshes it, a new one is signed.`;
    if (exp === null) return `${by} says the ${noun} has expired.${credential}`;
    if (validFor !== undefined)
      return `${by} says the ${noun} has expired, but its own expiry, ${f.iso(exp)}, is ${f.duration(validFor)} after the reference time: ${by} judged it by a clock that far ahead, or the request carried another ${noun} than the one pasted.${credential}`;
    const window = s.start === undefined ? '' : ` It was valid from ${f.iso(s.start)} (st=) to ${f.iso(exp)} (se=).`;
    if (s.serverTime === undefined || ago === null)
      return `${by} refused the ${noun} as expired; it expired at ${f.iso(exp)}${s.lifetimeSeconds === undefined ? '' : `, ${s.lifetimeSeconds} s after it was signed`}.${window}${credential}`;
    return `${by}’s reply gives the ${noun}’s expiry, ${f.iso(exp)}, and its own clock when it refused the request, ${f.iso(s.serverTime)}: ${f.duration(ago)} later.${window}${lifetime(s, exp, ago, f, by)}${credential}`;
  },
  steps: (s: SignedUrl): string[] =>
    s.kind === 'presigned-url' ? [PRESIGN_AGAIN, SIGNER_CLOCK] : s.kind === 'storage-sas' ? [NEW_SAS] : SAS_TOKEN_STEPS,
};

export const SIGNED_URL_EARLY = {
  title: (s: SignedUrl, inSeconds: number | null, f: Format, via: string | undefined) =>
    inSeconds === null
      ? `The ${NOUN[s.kind]} was not valid yet when ${refuser(via)} read it`
      : `The ${NOUN[s.kind]} was not valid for another ${f.duration(inSeconds)} when ${refuser(via)} read it`,
  detail: (s: SignedUrl, nbf: number | null, f: Format, via: string | undefined) => {
    const by = refuser(via);
    const clock = s.serverTime === undefined ? '' : ` (its clock read ${f.iso(s.serverTime)})`;
    return s.kind === 'presigned-url'
      ? `${by} refused the ${NOUN[s.kind]} as signed after its own time${clock}: the signer’s clock is ahead of ${by}’s, or the URL’s X-Amz-Date is not the signing time in UTC (basic format 20260528T140000Z: a local time, or milliseconds, dates it ahead).`
      : `${by} refused the ${NOUN[s.kind]} before its start${nbf === null ? '' : ` (st=${f.iso(nbf)})`}${clock}: the signer set the start to its own now with a clock ahead of ${by}’s, or to a later time.`;
  },
  steps: (s: SignedUrl): string[] =>
    s.kind === 'presigned-url'
      ? [
          'Sync the signing host’s clock (NTP) and sign with the current UTC time as X-Amz-Date; then presign the URL again.',
        ]
      : [SAS_START],
};

// A SAS's sp= letters (r read, a add, c create, w write, d delete, l list…) and an account SAS's srt= (s service, c
// container, o object): learn.microsoft.com/rest/api/storageservices/create-service-sas, create-account-sas. A user
// delegation SAS is limited by its signing identity's data role too (create-user-delegation-sas: "the permissions
// granted … are the intersection"); Azure/azure-sdk-for-net#12986 and Azure-Samples/cloud-design-patterns#116 are
// writes refused with sp= allowing them.
export function sasDenialStep(sas: StorageSas): string {
  const fields = [
    sas.permissions === null ? null : `sp=${sas.permissions}`,
    sas.resourceTypes === null ? null : `srt=${sas.resourceTypes}`,
  ].filter((x) => x !== null);
  const shown = fields.length === 0 ? '' : ` (this one has ${fields.join(', ')})`;
  return `The request was authorized by a SAS${shown}, and its fields limit what it may do: the permissions in sp= (r read, a add, c create, w write, d delete, l list) must include the operation’s, and an account SAS’s srt= must include the resource type (s service to list containers, c container to list blobs, o object for a blob). Create a SAS with them.${
    sas.delegation
      ? ' It is a user delegation SAS (skoid=): the identity that got the delegation key also needs a data role that allows the operation (Storage Blob Data Contributor to write, Reader to read), whatever sp= says.'
      : ''
  }`;
}

// SigV4 presigned URLs last at most 7 days (aws/aws-sdk-ruby#983: "This is a limitation of sigv4 presigned URLs"); the
// SDKs refuse to sign longer, hand-rolled signers do not (bryanjos/aws_auth#31).
export const SIGNED_URL_TOO_LONG = {
  title: (ttl: number | null, f: Format, via: string | undefined) =>
    ttl === null
      ? `${refuser(via)} refused the presigned URL: signed for longer than 7 days`
      : `${refuser(via)} refused the presigned URL: signed for ${f.duration(ttl)}, over the 7 days allowed`,
  detail: (ttl: number | null, limit: number, via: string | undefined) =>
    `${refuser(via)} accepts a SigV4 presigned URL signed for at most ${limit} s (X-Amz-Expires, 7 days)${ttl === null ? '' : `; this one asks for ${ttl} s`}. The URL is refused whatever its signature: the signer computed X-Amz-Expires (seconds, not a date or milliseconds) wrongly, or asked for more than SigV4 allows.`,
  steps: [
    'Presign with an expiry of at most 604800 seconds (aws s3 presign --expires-in, the SDK’s expiresIn; a signer of your own must write seconds), and sign a new URL when one is needed later; for links that must last longer, serve the object through CloudFront signed URLs, which take an expiry date of their own.',
  ],
};
