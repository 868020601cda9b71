/**
 * Signed URLs and shared access signatures refused by the service that checks them: the credential is the URL's or
 * token's own signature and dates, not a bearer token (round audit-ah). Each refusal that prints the dates it judged is
 * read for them (checks/signed-url-times.ts), so the verdict is measured from the service's own clock. S3's presigned
 * URL replies are authz.ts's (beside S3's other AccessDenied words).
 */
import { imfDateSeconds } from '../../time-parse.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import { compact, family, textBefore } from './matcher.js';

const azureStorage = family('azure-storage');
const serviceBus = family('azure-service-bus');
const iotHub = family('azure-iot-hub');
const gcs = family('google-cloud-storage');
const cloudfront = family('cloudfront');
const r2 = family('cloudflare-r2');

/** An IMF-fixdate in brackets, as Azure Storage prints a SAS's times (`[Thu, 09 Jul 2020 18:11:03 GMT]`). */
const BRACKETED = String.raw`([A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT)\]`;
const TIME_FRAME = new RegExp(`^${BRACKETED} - Expiry \\[${BRACKETED} - Current \\[${BRACKETED}`);
const EXPIRY_BEFORE_START = new RegExp(`^${BRACKETED} (?:must|has to) be after signed start time \\[${BRACKETED}`);
/** The request time Azure Storage's error message carries (`RequestId:…\nTime:2016-08-08T08:11:13.7348778Z`). */
const REQUEST_TIME = /Time:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d{1,7})?Z/g;

/** The SAS's Start, Expiry and Azure Storage's Current: before Start it is not valid yet, else it expired. */
function sasTimeFrame(f: Fragment): Reading | null {
  const m = TIME_FRAME.exec(f.after(120));
  if (m === null) return null;
  const [, start, expiry, current] = m as unknown as [string, string, string, string];
  const args = compact({ reason: 'storage-sas', at: expiry, now: current, validFrom: start });
  const early = (imfDateSeconds(current) ?? 0) < (imfDateSeconds(start) ?? 0);
  return early ? { code: 'time.not-yet-valid', args, extend: m[0].length } : { args, extend: m[0].length };
}

/**
 * "Signed expiry time [..] must be after signed start time [..]": with no st= in the SAS, the start Azure Storage
 * compares is the request's own time (the message's `Time:`), so the SAS had expired by then; a start the SAS set
 * itself is not read (its expiry before its start is the signer's mistake, not a time verdict).
 */
function sasExpiryBeforeStart(f: Fragment): Reading | null {
  const m = EXPIRY_BEFORE_START.exec(f.after(120));
  if (m === null) return null;
  const [, expiry, start] = m as unknown as [string, string, string];
  const startSeconds = imfDateSeconds(start);
  let requestTime: number | null = null;
  for (const t of textBefore(f, 600).matchAll(REQUEST_TIME)) requestTime = Date.parse(`${t[1]}Z`) / 1000;
  if (startSeconds === null || requestTime === null || Math.abs(startSeconds - Math.floor(requestTime)) > 5)
    return null;
  return { args: compact({ reason: 'storage-sas', at: expiry, now: start }), extend: m[0].length };
}

/** Service Bus's `Expiration time: '2019-04-11 21:12:56Z'` after its ExpiredToken words, as ISO 8601. */
function serviceBusExpiry(f: Fragment): Reading {
  const m = /^\. Expiration time: '(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)Z'/.exec(f.after(50));
  return m === null
    ? { args: { reason: 'sas-token' } }
    : { args: { reason: 'sas-token', at: `${m[1]}T${m[2]}Z` }, extend: m[0].length };
}

export const SIGNED_URLS: readonly Matcher[] = [
  // CloudFront refusing a request to private content that carries no Key-Pair-Id, in a signed URL's query or the
  // CloudFront-Key-Pair-Id cookie: "Missing Key-Pair-Id query parameter or cookie value" (jasonsims/aws-cloudfront-sign#74,
  // #20, #35 with signed cookies), "Missing Key-Pair-Id query parameter" in older replies (tpyo/amazon-s3-php-class#9).
  cloudfront('missing-key-pair-id', 'challenge.invalid-token', 'Missing Key-Pair-Id query parameter', {
    exactCase: true,
  }),
  // Azure Storage refusing a SAS outside its st=/se= window, in <AuthenticationErrorDetail> after AuthenticationFailed
  // or as AzCopy and Storage Explorer print it: "Signature not valid in the specified time frame: Start [Thu, 09 Jul
  // 2020 10:11:03 GMT] - Expiry [Thu, 09 Jul 2020 18:11:03 GMT] - Current [Fri, 10 Jul 2020 10:16:22 GMT]"
  // (microsoft/AzureStorageExplorer#3219, #3163, #1614; Azure-Samples/azure-iot-hub-large-twin-example#27).
  azureStorage('sas-time-frame', 'time.expired', 'Signature not valid in the specified time frame: Start [', {
    exactCase: true,
    read: sasTimeFrame,
  }),
  // "Signed expiry time [Mon, 08 Aug 2016 08:08:51 GMT] must be after signed start time [Mon, 08 Aug 2016 08:11:13
  // GMT]" (blrchen/azure-speed-test#12; "has to be after" in microsoft/AzureStorageExplorer#6198), whose start is the
  // request's Time when the SAS has no st=.
  azureStorage('sas-expiry-before-start', 'time.expired', 'Signed expiry time [', {
    exactCase: true,
    read: sasExpiryBeforeStart,
  }),
  // Service Bus and Event Hubs refusing the token a client put on its AMQP connection (CBS) or sent over HTTP: "ExpiredToken:
  // The token is expired. Expiration time: '2019-04-11 21:12:56Z'" (Azure/azure-service-bus-java#354,
  // Azure/azure-sdk-for-js#4243, Azure/azure-sdk-for-python#23487), and the older "401 - ExpiredToken: . TrackingId:…"
  // (Azure/azure-sdk-for-node#1403). The SDKs sign a SAS token's se= from the client's own clock.
  serviceBus('expired-token', 'time.expired', 'ExpiredToken: The token is expired', {
    exactCase: true,
    read: serviceBusExpiry,
  }),
  serviceBus('expired-token-bare', 'time.expired', 'ExpiredToken: . TrackingId:', {
    exactCase: true,
    args: { reason: 'sas-token' },
  }),
  // IoT Hub's UnauthorizedException for a device's or service's SAS token: "The specified SAS token is expired"
  // (Azure/azure-iot-sdks#152, where the maintainers point at the token's se= and the device's clock), and "The specified
  // SAS token has an invalid signature. It does not match either the primary or secondary key." (Azure/azure-iot-sdk-c#1815,
  // Azure/azure-iot-sdks#615): signed with a key that is not the device's or policy's, or over another sr=.
  iotHub('sas-expired', 'time.expired', 'The specified SAS token is expired', {
    exactCase: true,
    args: { reason: 'sas-token' },
  }),
  iotHub(
    'sas-signature',
    'signature.invalid',
    'The specified SAS token has an invalid signature. It does not match either the primary or secondary key.',
    { exactCase: true, args: { signedBy: 'azure-sas' } },
  ),
  // Cloud Storage's XML API refusing a signed URL past its expiry: <Code>ExpiredToken</Code><Message>The provided token
  // has expired.</Message><Details>Request has expired: 120</Details> (fog/fog-google#264).
  gcs('signed-url-expired', 'time.expired', '<Details>Request has expired: ', {
    read: (f) => (textBefore(f, 120).includes('ExpiredToken') ? { args: { reason: 'presigned-url' } } : null),
  }),
  // Cloudflare R2's S3-compatible API refusing a presigned URL or request signature past its expiry: error 10018,
  // `<Code>ExpiredRequest</Code>`, 403 ("Presigned URL or request signature has expired. Regenerate the presigned URL or
  // signature.": developers.cloudflare.com r2/api/error-codes; cloudflare/cloudflare-docs#32436). The code is R2's own.
  r2('expired-request', 'time.expired', '<Code>ExpiredRequest</Code>', {
    exactCase: true,
    args: { reason: 'presigned-url' },
  }),
];
