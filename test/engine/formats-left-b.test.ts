/**
 * Round left-b: readings stop 22 left undone. Sources beside each paste and in the rows that read them.
 */
import { describe, expect, it } from 'vitest';
import { QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// The API server's x509 client-certificate authenticator under its authentication filter's klog line
// (kubernetes/minikube#11960, vitobotta/hetzner-k3s#639 for the expired form; GoogleCloudPlatform/k8s-stackdriver#673
// and karmada-io/karmada#3971 for the unknown authority; crypto/x509 verify.go for "is before" / "is after").
const kubeAuth = (err: string) =>
  `E0527 14:02:11.123456       1 authentication.go:73] "Unable to authenticate the request" err="${err}"`;
const EXPIRED_CERT =
  'x509: certificate has expired or is not yet valid: current time 2026-05-27T14:02:11Z is after 2026-05-20T09:15:00Z';
const EARLY_CERT =
  'x509: certificate has expired or is not yet valid: current time 2026-05-28T14:02:11Z is before 2026-05-28T15:10:00Z';
const VERIFYING = 'verifying certificate SN=2, SKID=, AKID=AB:CD failed: ';
const UNKNOWN_CA = 'x509: certificate signed by unknown authority';
const KUBECTL = 'error: You must be logged in to the server (Unauthorized)';

const KUBE_CERT: Row[] = [
  {
    name: 'an expired client certificate (the aggregate form)',
    input: kubeAuth(`[${EXPIRED_CERT}, ${VERIFYING}${EXPIRED_CERT}]`),
    ...REFUSED,
    top: 'time.expired',
    via: 'kubernetes',
    excludes: ['input.empty', 'token.missing'],
  },
  {
    name: 'an expired client certificate beside kubectl’s line',
    input: `$ kubectl get pods\n${KUBECTL}\n${kubeAuth(`[${EXPIRED_CERT}, ${VERIFYING}${UNKNOWN_CA}]`)}`,
    ...REFUSED,
    top: 'time.expired',
    includes: ['signature.invalid'],
    excludes: ['token.missing'],
  },
  {
    name: 'a client certificate not valid yet',
    input: kubeAuth(`[${EARLY_CERT}, ${VERIFYING}${EARLY_CERT}]`),
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'kubernetes',
  },
  {
    name: 'a client certificate from an unknown CA',
    input: kubeAuth(`${VERIFYING}${UNKNOWN_CA}`),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'kubernetes',
  },
  {
    name: 'before 1.19: "due to an error"',
    input: `E0108 20:37:16.918875       1 authentication.go:62] Unable to authenticate the request due to an error: [${UNKNOWN_CA}, ${UNKNOWN_CA}]`,
    ...REFUSED,
    top: 'signature.invalid',
  },
  {
    name: 'out of place: kubectl refusing the server’s certificate',
    input: `Unable to connect to the server: ${EXPIRED_CERT}`,
    ...QUIET,
    excludes: ['time.expired', 'signature.invalid'],
  },
  {
    name: 'out of place: a Go TLS client’s unknown authority',
    input: `Get "https://api.example.com/v1": tls: failed to verify certificate: ${UNKNOWN_CA}`,
    ...QUIET,
    excludes: ['signature.invalid'],
  },
];

describe('the Kubernetes API server’s client-certificate refusals', () => {
  for (const row of KUBE_CERT) it(row.name, () => expectPasteRow(row));
  it('reads the certificate’s notAfter, and how long before the reference time it passed', async () => {
    const report = await expectPasteRow(KUBE_CERT[0] as Row);
    const f = report.findings[0];
    expect(f?.args).toMatchObject({
      exp: Date.parse('2026-05-20T09:15:00Z') / 1000,
      clientCertificate: { product: 'kubernetes', serverTime: Date.parse('2026-05-27T14:02:11Z') / 1000 },
    });
    expect(f?.title).toMatch(/client certificate expired 8d/);
    expect(report.timeClaims.exp, 'no token’s exp').toBeNull();
  });
  it('reads the notBefore still ahead of the reference time', async () => {
    const report = await expectPasteRow(KUBE_CERT[2] as Row);
    expect(report.findings[0]?.args).toMatchObject({ inSeconds: 3600, clientCertificate: { product: 'kubernetes' } });
  });
  it('speaks Japanese', async () => {
    const { run } = await import('../helpers/catches.js');
    const report = await run(kubeAuth(`${VERIFYING}${UNKNOWN_CA}`), { locale: 'ja' });
    expect(report.findings[0]?.title).toContain('クライアント証明書');
  });
});

// google-api-core's exceptions (api_core/exceptions.py; ansible-collections/google.cloud#575, home-assistant/core#44589,
// googleapis/google-cloud-python#9065) and Cloud Storage's XML error body (discord/discord-example-app#60).
const GCS_DENIED =
  "app-sa@my-proj.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).";
const gcsXml = (details: string, message = 'Access denied.') =>
  `<?xml version='1.0' encoding='UTF-8'?><Error><Code>AccessDenied</Code><Message>${message}</Message><Details>${details}</Details></Error>`;
const DENIED_403 = { status: 403, classification: 'authorization' } as const;

const GOOGLE: Row[] = [
  {
    name: 'Forbidden: 403 GET … does not have storage.objects.get access',
    input: `Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    blob.download_to_filename("out.csv")\ngoogle.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/download/storage/v1/b/my-bucket/o/data.csv?alt=media: ${GCS_DENIED}`,
    ...DENIED_403,
    top: 'policy.deny',
    via: 'google-api',
  },
  {
    name: 'PermissionDenied: 403 with IAM’s words',
    input:
      "google.api_core.exceptions.PermissionDenied: 403 Permission 'secretmanager.versions.access' denied on resource (or it may not exist).",
    ...DENIED_403,
    top: 'policy.deny',
  },
  {
    name: 'PermissionDenied: 403 naming no permission',
    input: 'google.api_core.exceptions.PermissionDenied: 403 The caller does not have permission',
    ...DENIED_403,
    top: 'policy.deny',
  },
  {
    name: 'Unauthenticated: 401 invalid credentials',
    input:
      'google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'google-api',
  },
  {
    name: 'Cloud Storage’s XML body: a denied service account',
    input: gcsXml(GCS_DENIED),
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    excludes: ['input.empty'],
  },
  {
    name: 'Cloud Storage’s XML body: an anonymous caller sent nothing',
    input: gcsXml(
      "Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).",
    ),
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny'],
  },
  {
    name: 'out of place: the module named in a traceback’s frames',
    input: '  File "/usr/lib/python3/site-packages/google/api_core/exceptions.py", line 12, in from_http_response',
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'out of place: another class of the module',
    input: 'google.api_core.exceptions.NotFound: 404 GET https://storage.googleapis.com/storage/v1/b/x: Not Found',
    status: 404,
    classification: 'undetermined',
    excludes: ['policy.deny', 'token.missing'],
  },
];

describe('Google client errors', () => {
  for (const row of GOOGLE) it(row.name, () => expectPasteRow(row));
  it('names the permission Cloud Storage says was missing', async () => {
    for (const row of [GOOGLE[0], GOOGLE[4]] as Row[]) {
      const report = await expectPasteRow(row);
      expect(report.findings[0]?.args).toMatchObject({ permission: 'storage.objects.get' });
    }
  });
});

// A curl command a terminal hard-wrapped at a fixed width: the break lands inside a quoted -H's name or beside its
// colon. No field name holds a line break, and the header is in the paste (parse/http/curl.ts unwrapHead).
const MASKED =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkLmV4YW1wbGUuY29tLyIsImF1ZCI6ImFwaSIsImV4cCI6MTc3OTk3Njk5MX0.***';
const REPLY = '\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n';
const wrapAt = (cmd: string, width: number) => {
  const lines: string[] = [];
  for (let i = 0; i < cmd.length; i += width) lines.push(cmd.slice(i, i + width));
  return `$ ${lines.join('\n')}${REPLY}`;
};
const CURL_A = `curl -i -H 'Accept: application/json' -H 'Authorization: Bearer ${MASKED}' 'https://api.example.com/v1/orders?customer=123&status=open&limit=50'`;
const CURL_B = `curl -i 'https://api.example.com/v1/orders?customer=123&status=open&limit=50&include=items,payments' -H 'Authorization: Bearer ${MASKED}'`;
const A401_SEEN = { status: 401, classification: 'authentication' } as const;

const WRAPPED: Row[] = [
  { name: 'wrapped before the colon (55 columns)', input: wrapAt(CURL_A, 55), ...A401_SEEN },
  { name: 'wrapped before the colon, CRLF', input: wrapAt(CURL_A, 55).replace(/\n/g, '\r\n'), ...A401_SEEN },
  { name: 'wrapped before the colon (118 columns)', input: wrapAt(CURL_B, 118), ...A401_SEEN },
  { name: 'wrapped inside the name', input: wrapAt(CURL_B, 110), ...A401_SEEN },
  {
    name: 'wrapped after the colon',
    input: `$ curl -i -H 'Authorization:\n Bearer ${MASKED}' https://api.example.com/v1${REPLY}`,
    ...A401_SEEN,
  },
  {
    name: 'backslash continuations',
    input: `curl -i \\\n  -H 'Accept: application/json' \\\n  -H 'Authorization: Bearer ${MASKED}' \\\n  'https://api.example.com/v1/orders'${REPLY}`,
    ...A401_SEEN,
  },
  {
    name: 'a HAR entry with the header’s name and value on two lines, cut mid-entry',
    input: `{"request": {"method": "GET", "url": "https://api.example.com/v1/orders",\n "headers": [\n  {"name": "Accept", "value": "application/json"},\n  {"name": "Authorization",\n   "value": "Bearer ${MASKED}"},\n  {"name": "User-Agent", "value": "Mozilla/5.0"}\n ]},\n "response": {"status": 401, "statusText": "Unauthorized", "headers": [`,
    ...A401_SEEN,
  },
];

describe('wrapped curl commands and HAR fragments still show their Authorization header', () => {
  for (const row of WRAPPED)
    it(row.name, () =>
      expectPasteRow({ ...row, excludes: ['authz-header.missing', 'token.missing'], top: 'time.expired' }),
    );
  it('not caught: a wrapped command that really sends no Authorization', () =>
    expectPasteRow({
      name: 'no Authorization',
      input: wrapAt(
        `curl -i -H 'Accept: application/json' -H 'X-Request-Id: 42' 'https://api.example.com/v1/orders?customer=123'`,
        40,
      ),
      ...A401_SEEN,
      includes: ['authz-header.missing'],
    }));
  it('not caught: a name’s break away from its colon stays a break (a real second line)', () =>
    expectPasteRow({
      name: 'a header that spans lines in its value only',
      input: `$ curl -i -H 'X-Note: first\nsecond' https://api.example.com/v1${REPLY}`,
      ...A401_SEEN,
      includes: ['authz-header.missing'],
    }));
});
