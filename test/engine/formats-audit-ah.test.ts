/**
 * Round audit-ah: signed URLs and shared access signatures refused for their dates or their signature. The credential
 * is the URL's or token's own signature and dates, so the verdict reads them (or the dates the refusal printed, by the
 * service's own clock). Each row cites the source of its shape; catch-not rows are the near misses. No report may
 * quote a signature (`X-Amz-Signature`, `X-Goog-Signature`, `sig=`).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

/** Made-up signatures of the real shapes: hex for SigV4 and GOOG4, base64 (percent-encoded) for a SAS. */
const AMZ_SIG = '5c1f0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3';
const GOOG_SIG = '7a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';
const SAS_SIG = 'Zm9vYmFyRmFrZVNpZ25hdHVyZVZhbHVlMTIzNDU2Nzg5MGFi';

async function expectNoSignature(input: string, ...secrets: string[]): Promise<void> {
  for (const locale of ['en', 'ja'] as const) {
    const out = JSON.stringify(await run(input, { locale }));
    for (const secret of secrets) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(0, 16));
    }
  }
}

describe('S3’s presigned URL refusal: its own Expires and ServerTime give the verdict', () => {
  // aws/aws-sdk-php#1333 (with X-Amz-Expires), aws/aws-sdk-js#2306 (SigV2, no X-Amz-Expires), johnlui/AliyunOSS#20.
  const expired = `<Error>
    <Code>AccessDenied</Code>
    <Message>Request has expired</Message>
    <X-Amz-Expires>300</X-Amz-Expires>
    <Expires>2017-07-20T04:18:45Z</Expires>
    <ServerTime>2017-07-20T04:18:55Z</ServerTime>
    <RequestId>E4952EE21FC53CD9</RequestId>
</Error>`;

  it('catches: how late by S3’s clock, the signing time X-Amz-Expires implies, and presign-again steps', async () => {
    const f = await catches('time.expired', expired);
    expect(f.args).toMatchObject({
      via: 'aws-s3',
      exp: Date.parse('2017-07-20T04:18:45Z') / 1000,
      agoSeconds: 10,
      signedUrl: { kind: 'presigned-url', serverTime: Date.parse('2017-07-20T04:18:55Z') / 1000, lifetimeSeconds: 300 },
    });
    expect(f.title).toBe('The presigned URL had expired 10s before Amazon S3 received it');
    expect(f.detail).toContain('2017-07-20T04:13:45Z');
    const r = await run(expired);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps.join('\n')).toContain('Presign the URL again');
    expect(r.nextSteps.join('\n')).not.toContain('refresh it');
    expect((await catches('time.expired', expired, { locale: 'ja' })).title).toContain('署名付き URL');
  });

  it('catches: a SigV2 URL’s reply on one line, without X-Amz-Expires', async () => {
    const f = await catches(
      'time.expired',
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2018-11-05T05:37:05Z</Expires><ServerTime>2018-11-05T05:52:11Z</ServerTime></Error>',
    );
    expect(f.args).toMatchObject({ agoSeconds: 906, signedUrl: { kind: 'presigned-url' } });
    expect(f.args).not.toHaveProperty('signedUrl.lifetimeSeconds');
  });

  it('catches: Alibaba Cloud OSS answers with S3’s body and its own host (johnlui/AliyunOSS#20)', async () => {
    const oss =
      '<Code>AccessDenied</Code>\n<Message>Request has expired.</Message>\n<RequestId>589A7A90CDF4741F7D36F2F4</RequestId>\n<HostId>ws-img-test.oss-cn-hangzhou.aliyuncs.com</HostId>\n<Expires>2017-02-07T01:30:29.000Z</Expires>\n<ServerTime>2017-02-08T01:55:28.000Z</ServerTime>';
    const f = await catches('time.expired', oss);
    expect(f.args).toMatchObject({ via: 'aliyun-oss', agoSeconds: 24 * 3600 + 24 * 60 + 59 });
    expect(f.title).toContain('Alibaba Cloud OSS');
    const s3 = await catches('time.expired', `${oss}\nhttps://bucket.s3.amazonaws.com/k?X-Amz-Date=20170207T012529Z`);
    expect(s3.args).toMatchObject({ via: 'aws-s3' });
  });

  it('catches: "Request is not yet valid" is the signer’s clock ahead (dmjio/s3-signer#16)', async () => {
    const f = await catches(
      'time.not-yet-valid',
      '<Error>\n<Code>AccessDenied</Code>\n<Message>Request is not yet valid</Message>\n<X-Amz-Date>1558754452000</X-Amz-Date>\n<Expires>2019-05-25T03:35:52Z</Expires>\n<ServerTime>2019-05-23T21:07:35Z</ServerTime>\n</Error>',
    );
    expect(f.args).toMatchObject({ via: 'aws-s3', signedUrl: { kind: 'presigned-url' } });
    expect(f.detail).toContain('X-Amz-Date');
  });

  it('never quotes X-Amz-Signature or the SignatureProvided S3 echoes (minio/minio#5630)', async () => {
    const input = `https://s3.amazonaws.com/bucket/a.svg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLEFAKE7Q2ZA%2F20260528%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260528T140000Z&X-Amz-Expires=60&X-Amz-Signature=${AMZ_SIG}&X-Amz-SignedHeaders=host
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAEXAMPLEFAKE7Q2ZA</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256 20260528T140000Z 20260528/us-east-1/s3/aws4_request 513be5f36bade1a4076d446334d584eb01af74fc530c57a77d76f86ebf56aeba</StringToSign><SignatureProvided>${AMZ_SIG}</SignatureProvided></Error>`;
    await catches('signature.invalid', input);
    await expectNoSignature(input, AMZ_SIG);
  });

  it('catches: a URL signed for over a week, its X-Amz-Expires from the URL (bryanjos/aws_auth#31)', async () => {
    const input = `<Error>\n<Code>AuthorizationQueryParametersError</Code>\n<Message>\nX-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds\n</Message>\n</Error>\nhttps://b.s3.amazonaws.com/f?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260528T132934Z&X-Amz-Expires=6307000000&X-Amz-Signature=${AMZ_SIG}&X-Amz-SignedHeaders=host`;
    const f = await catches('time.long-lifetime', input);
    expect(f.args).toMatchObject({ via: 'aws-s3', ttlSeconds: 6307000000, limitSeconds: 604800 });
    expect(f.severity).toBe('error');
    expect((await run(input)).nextSteps[0]).toContain('604800');
    await expectNoSignature(input, AMZ_SIG);
    await catchesNot('time.expired', input);
  });

  it('catches not: the words outside S3’s AccessDenied body, or a ServerTime that is not a time', async () => {
    await catchesNot('time.expired', 'The upload failed: Request has expired, please retry');
    await catchesNot('time.not-yet-valid', '<Message>Request is not yet valid</Message>');
    const f = await catches(
      'time.expired',
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>soon</Expires><ServerTime>later</ServerTime></Error>',
    );
    expect(f.args).toMatchObject({ exp: null, agoSeconds: null });
  });
});

describe('Cloud Storage’s ExpiredToken: the V4 URL’s own X-Goog-Date and X-Goog-Expires', () => {
  // fog/fog-google#264 (<Details>Request has expired: 120</Details>); floci-io/floci-gcp#32 (a V4 URL's query).
  const url = `https://storage.googleapis.com/bucket/object.txt?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40project.iam.gserviceaccount.com%2F20260528%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260528T130000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${GOOG_SIG}`;
  const reply =
    "<?xml version='1.0' encoding='UTF-8'?><Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Details>Request has expired: 900</Details></Error>";

  it('catches: the expiry from the URL, Cloud Storage named, the signature never quoted', async () => {
    const f = await catches('time.expired', `GET ${url}\n${reply}`);
    expect(f.args).toMatchObject({
      via: 'google-cloud-storage',
      exp: Date.parse('2026-05-28T13:15:00Z') / 1000,
      agoSeconds: 55 * 60,
      signedUrl: { kind: 'presigned-url', lifetimeSeconds: 900 },
    });
    await expectNoSignature(`GET ${url}\n${reply}`, GOOG_SIG);
  });

  it('catches not: "Request has expired: " without Cloud Storage’s ExpiredToken before it', async () => {
    await catchesNot('time.expired', '<Details>Request has expired: 900</Details>');
  });
});

describe('Azure Storage’s SAS outside its time frame: Start, Expiry and Current from its detail', () => {
  // microsoft/AzureStorageExplorer#3219 and #1614; blrchen/azure-speed-test#12; microsoft/AzureStorageExplorer#6198.
  const detail = (start: string, expiry: string, current: string) =>
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nRequestId:2c25ad7c-a01e-0004-04a3-56c77b000000\nTime:2020-07-10T10:16:22.8096444Z</Message><AuthenticationErrorDetail>Signature not valid in the specified time frame: Start [${start}] - Expiry [${expiry}] - Current [${current}]</AuthenticationErrorDetail></Error>`;

  it('catches: expired, measured by Azure Storage’s Current, ranked before the generic AuthenticationFailed', async () => {
    const input = detail(
      'Thu, 09 Jul 2020 10:11:03 GMT',
      'Thu, 09 Jul 2020 18:11:03 GMT',
      'Fri, 10 Jul 2020 10:16:22 GMT',
    );
    const f = await catches('time.expired', input);
    expect(f.args).toMatchObject({
      via: 'azure-storage',
      agoSeconds: 16 * 3600 + 5 * 60 + 19,
      signedUrl: { kind: 'storage-sas', start: Date.parse('2020-07-09T10:11:03Z') / 1000 },
    });
    expect(f.title).toContain('SAS had expired 16h 5m');
    const r = await run(input);
    expect(r.findings[0]?.code).toBe('time.expired');
    expect(r.nextSteps.join('\n')).toContain('se=');
  });

  it('catches: a start ahead of Current is not valid yet; an expiry on the 31st is read', async () => {
    const f = await catches(
      'time.not-yet-valid',
      detail('Fri, 10 Jul 2020 10:20:00 GMT', 'Fri, 10 Jul 2020 18:20:00 GMT', 'Fri, 10 Jul 2020 10:16:22 GMT'),
    );
    expect(f.args).toMatchObject({ inSeconds: 218, signedUrl: { kind: 'storage-sas' } });
    expect((await run(detail('a', 'b', 'c'))).findings.some((x) => x.code === 'time.not-yet-valid')).toBe(false);
    const late = await catches(
      'time.expired',
      detail('Mon, 01 Aug 2022 10:00:00 GMT', 'Wed, 31 Aug 2022 00:00:00 GMT', 'Thu, 20 Oct 2022 20:05:51 GMT'),
    );
    expect(late.args).toMatchObject({ exp: Date.parse('2022-08-31T00:00:00Z') / 1000 });
  });

  it('catches: "Signed expiry time […] must be after signed start time […]" with the request’s Time as start', async () => {
    const f = await catches(
      'time.expired',
      '<Error>\n<Code>AuthenticationFailed</Code>\n<Message>\nServer failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature. RequestId:159c33a8-0001-001e-3e4c-f15ade000000 Time:2016-08-08T08:11:13.7348778Z\n</Message>\n<AuthenticationErrorDetail>\nSigned expiry time [Mon, 08 Aug 2016 08:08:51 GMT] must be after signed start time [Mon, 08 Aug 2016 08:11:13 GMT]\n</AuthenticationErrorDetail>\n</Error>',
    );
    expect(f.args).toMatchObject({ via: 'azure-storage', agoSeconds: 142, signedUrl: { kind: 'storage-sas' } });
  });

  it('catches not: an explicit start later than the expiry is the signer’s mistake, not a time verdict', async () => {
    await catchesNot(
      'time.expired',
      'RequestId:1 Time:2016-08-08T08:11:13.7348778Z <AuthenticationErrorDetail>Signed expiry time [Mon, 08 Aug 2016 08:08:51 GMT] must be after signed start time [Tue, 09 Aug 2016 08:00:00 GMT]</AuthenticationErrorDetail>',
    );
  });

  it('never quotes the SAS’s sig=', async () => {
    const sas = `https://account.blob.core.windows.net/container/blob.txt?sv=2023-01-03&st=2020-07-09T10%3A11%3A03Z&se=2020-07-09T18%3A11%3A03Z&sr=b&sp=r&sig=${SAS_SIG}%3D`;
    await expectNoSignature(
      `GET ${sas}\n${detail('Thu, 09 Jul 2020 10:11:03 GMT', 'Thu, 09 Jul 2020 18:11:03 GMT', 'Fri, 10 Jul 2020 10:16:22 GMT')}`,
      SAS_SIG,
    );
  });
});

describe('Service Bus, Event Hubs and IoT Hub SAS tokens', () => {
  // Azure/azure-service-bus-java#354, Azure/azure-sdk-for-node#1403, Azure/azure-iot-sdks#152, Azure/azure-iot-sdk-c#1815.
  it('catches: ExpiredToken with its Expiration time, Service Bus named, the client’s clock in the steps', async () => {
    const f = await catches(
      'time.expired',
      "com.microsoft.azure.servicebus.primitives.ServiceBusException: Error{condition=com.microsoft:auth-failed, description='ExpiredToken: The token is expired. Expiration time: '2026-05-28 13:12:56Z'', info=null}",
    );
    expect(f.args).toMatchObject({
      via: 'azure-service-bus',
      exp: Date.parse('2026-05-28T13:12:56Z') / 1000,
      signedUrl: { kind: 'sas-token' },
    });
    const r = await run('Error: 401 - ExpiredToken: . TrackingId:0f3c1a2b-9d8e-4f7a-b6c5-d4e3f2a1b0c9_G12');
    expect(r.findings[0]?.code).toBe('time.expired');
    expect(r.nextSteps.join('\n')).toContain('se=');
  });

  it('catches: IoT Hub’s expired SAS token read with the token’s own se=, its sig never quoted', async () => {
    const token = `SharedAccessSignature sr=myhub.azure-devices.net%2Fdevices%2Fmydevice&sig=${SAS_SIG}%3D&se=1779966000`;
    const input = `${token}\nMicrosoft.Azure.Devices.Client.Exceptions.UnauthorizedException: The specified SAS token is expired`;
    const f = await catches('time.expired', input);
    expect(f.args).toMatchObject({ via: 'azure-iot-hub', exp: 1779966000, agoSeconds: 1779977400 - 1779966000 });
    await expectNoSignature(input, SAS_SIG);
    const ahead = await catches('time.expired', input.replace('se=1779966000', 'se=1779999000'));
    expect(ahead.args).toMatchObject({ agoSeconds: null, validForSeconds: 1779999000 - 1779977400 });
  });

  it('catches: IoT Hub’s invalid signature is the key, not a time', async () => {
    const f = await catches(
      'signature.invalid',
      'System.UnauthorizedAccessException: The specified SAS token has an invalid signature. It does not match either the primary or secondary key.',
    );
    expect(f.args).toMatchObject({ via: 'azure-iot-hub', signedRequest: 'azure-sas' });
    expect(f.title).toBe('The SAS token’s signature does not match: not a token');
    const r = await run(
      'System.UnauthorizedAccessException: The specified SAS token has an invalid signature. It does not match either the primary or secondary key.',
    );
    expect(r.nextSteps.join('\n')).toContain('generate-sas-token');
  });

  it('catches not: the same words in another case, or another product’s ExpiredToken', async () => {
    await catchesNot('time.expired', 'the specified sas token is expired');
    await catchesNot('time.expired', 'ExpiredToken: . nothing else');
  });
});

describe('Azure Storage’s permission and resource-type mismatches under a SAS: the SAS’s own fields', () => {
  // Azure-Samples/cloud-design-patterns#116 (a user delegation SAS, sp=w); MicrosoftDocs/azure-docs#56908 (srt=).
  const sas = `https://acct.blob.core.windows.net:443/c/d07801e1?skoid=8ef0c0eb-860b-47a4-8ae8-8dcb7463dd20&sktid=6799c70e-3ceb-4e88-af13-8f6c565fd4a5&skt=2024-01-23T14%3A46%3A34Z&ske=2024-01-24T14%3A46%3A34Z&sks=b&skv=2023-01-03&sv=2023-01-03&st=2024-01-23T14%3A41%3A49Z&se=2024-01-23T14%3A51%3A49Z&sr=b&sp=w&sig=${SAS_SIG}%3D`;
  const mismatch =
    'Status: 403 (This request is not authorized to perform this operation using this permission.)\nErrorCode: AuthorizationPermissionMismatch';

  it('catches: the SAS’s sp= and its delegation in the step, authorization, the sig never quoted', async () => {
    const input = `Write operation failed for SAS ${sas}\n${mismatch}`;
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({
      via: 'azure-storage',
      sas: { permissions: 'w', resourceTypes: null, delegation: true },
    });
    const r = await run(input);
    expect(r.classification).toBe('authorization');
    expect(r.nextSteps[0]).toContain('sp=w');
    expect(r.nextSteps[0]).toContain('skoid=');
    expect((await run(input, { locale: 'ja' })).nextSteps[0]).toContain('ユーザー委任 SAS');
    await expectNoSignature(input, SAS_SIG);
  });

  it('catches: an account SAS’s resource type, even with no SAS pasted', async () => {
    const f = await catches(
      'policy.deny',
      '===== RESPONSE ERROR (ServiceCode=AuthorizationResourceTypeMismatch) =====\nDescription=This request is not authorized to perform this operation using this resource type.',
    );
    expect(f.args).toMatchObject({ via: 'azure-storage', sas: { permissions: null, resourceTypes: null } });
  });

  it('catches not: azcopy’s dumped User-Agent beside a SAS’s resource-type refusal is no missing Authorization header', async () => {
    // MicrosoftDocs/azure-docs#56908: the request went with a SAS in its query; Azure Storage judged it and said so.
    const input =
      '===== RESPONSE ERROR (ServiceCode=AuthorizationResourceTypeMismatch) =====\nDescription=This request is not authorized to perform this operation using this resource type.\nRequestId:16f3a5bb-f01e-0049-3c20-40410b000000\nTime:2020-06-11T18:48:48.1330424Z, Details: \n   Code: AuthorizationResourceTypeMismatch\n   User-Agent: [AzCopy/10.4.3 Azure-Storage/0.7 (go1.13; linux)]';
    await catchesNot('authz-header.missing', input);
    // Without a SAS judged, the same dumped headers with no Authorization still say so.
    await catches(
      'authz-header.missing',
      'GET /c/d HTTP/1.1\nHost: acct.blob.core.windows.net\nUser-Agent: AzCopy/10.4.3\n\nHTTP/1.1 403 Forbidden',
    );
  });

  it('catches not: an Entra ID caller’s mismatch keeps the data-role step; a sig= without sv= is not a SAS', async () => {
    const entra = await catches('policy.deny', mismatch);
    expect(entra.args).not.toHaveProperty('sas');
    const other = await catches('policy.deny', `GET https://example.com/cb?sig=abc&sp=r\n${mismatch}`);
    expect(other.args).not.toHaveProperty('sas');
  });
});

describe('CloudFront’s signed URL or cookies without a Key-Pair-Id', () => {
  // jasonsims/aws-cloudfront-sign#74 (a signed URL), #35 (signed cookies); tpyo/amazon-s3-php-class#9.
  const CF_SIG = 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7Ij8Kl9Mn0Op1Qr2St3Uv4Wx5Yz6';
  const url = `https://d111111abcdef8.cloudfront.net/video/movie.m3u8?Expires=1779980000&Signature=${CF_SIG}~Ab0Cd1Ef2Gh3__`;

  it('catches: the credential is the URL’s or cookie’s, CloudFront named, its Signature never quoted', async () => {
    const input = `GET ${url}\n<Error><Code>AccessDenied</Code><Message>Missing Key-Pair-Id query parameter or cookie value</Message></Error>`;
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'cloudfront' });
    expect(f.title).toContain('Key-Pair-Id');
    expect((await run(input)).nextSteps[0]).toContain('signed cookies');
    expect((await catches('challenge.invalid-token', input, { locale: 'ja' })).title).toContain('Key-Pair-Id');
    await expectNoSignature(input, CF_SIG);
  });

  it('catches not: the parameter named in another sentence', async () => {
    await catchesNot('challenge.invalid-token', 'Add the key-pair-id query parameter to the URL before sharing it');
  });
});
