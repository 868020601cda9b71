/**
 * Round left-ff: what stop 29's audits left. Each row cites the source of its shape; catch-not rows are the near misses
 * that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('authz-header.missing: a credential the paste shows outside Authorization, where its product reads it', () => {
  const sig = '5c1f0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3';
  it.each([
    // S3's SigV4 query authentication (docs.aws.amazon.com AmazonS3 sigv4-query-string-auth).
    [
      'a SigV4 presigned URL',
      `GET /bucket/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260528%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260528T140000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig} HTTP/1.1\nHost: bucket.s3.amazonaws.com\n\nHTTP/1.1 403 Forbidden`,
    ],
    // SigV2's query string authentication (aws/aws-sdk-js#2306: Expires=<epoch>&Signature=).
    [
      'a SigV2 signed URL',
      'GET /photos/cat.jpg?AWSAccessKeyId=AKIAEXAMPLE&Expires=1779976800&Signature=dGhpc2lzbm90YXJlYWxzaWc%3D HTTP/1.1\nHost: bucket.s3.amazonaws.com\n\nHTTP/1.1 403 Forbidden',
    ],
    // CloudFront's canned-policy signed URL (Expires, Signature, Key-Pair-Id).
    [
      'a CloudFront signed URL',
      'GET /video.mp4?Expires=1779976800&Signature=dGhpc2lzbm90YXJlYWxzaWc__&Key-Pair-Id=K2JCJMDEHXQW5F HTTP/1.1\nHost: d111111abcdef8.cloudfront.net\n\nHTTP/1.1 403 Forbidden',
    ],
    // An Azure Storage service SAS (learn.microsoft.com create-service-sas: sv, se, sig).
    [
      'an Azure SAS',
      'GET /container/blob.txt?sv=2022-11-02&se=2026-05-28T15%3A00%3A00Z&sr=b&sp=r&sig=Zm9vYmFyRmFrZVNpZ25hdHVyZQ%3D%3D HTTP/1.1\nHost: acct.blob.core.windows.net\n\nHTTP/1.1 403 Forbidden',
    ],
    // Clerk's same-origin session cookie (clerk.com/docs backend-requests/overview: the __session cookie).
    [
      'Clerk’s __session cookie',
      'GET /api/orders HTTP/1.1\nHost: app.example.com\nCookie: __client_uat=1779970000; __session=***\n\nHTTP/1.1 401 Unauthorized',
    ],
    // Auth.js's session token cookie (next-auth core/lib/cookie.js defaultCookies).
    [
      'Auth.js’s session token',
      'GET /api/me HTTP/1.1\nHost: app.example.com\nCookie: __Secure-next-auth.session-token=***\n\nHTTP/1.1 401 Unauthorized',
    ],
    // oauth2-proxy's own session cookie (its --cookie-name default).
    [
      'oauth2-proxy’s session cookie',
      'GET /dashboard HTTP/1.1\nHost: internal.example.com\nCookie: _oauth2_proxy=***\n\nHTTP/1.1 401 Unauthorized',
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('authz-header.missing', input);
  });

  it.each([
    // A signature parameter with nothing that makes it a signed URL (no Expires, Key-Pair-Id, sv or se).
    [
      'a Signature parameter alone',
      'GET /v1/orders?Signature=abc HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    ],
    // A generic session cookie is no product's word: the API wants a bearer token.
    [
      'a generic session cookie',
      'GET /v1/orders HTTP/1.1\nHost: api.example.com\nCookie: session=s%3A9f1c2a\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="orders"',
    ],
    // A cookie whose value merely contains a product's cookie name.
    [
      'a cookie named like one only in its value',
      'GET /v1/orders HTTP/1.1\nHost: api.example.com\nCookie: last=__session\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="orders"',
    ],
    // A credential-looking header no product here reads: the misnamed Authorization the finding names.
    [
      'X-Auth-Token to a Bearer API',
      '> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> X-Auth-Token: abc\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"',
    ],
  ])('catches %s', async (_name, input) => {
    const f = await catches('authz-header.missing', input);
    expect(f.code).toBe('authz-header.missing');
  });
});

describe('token.missing: not where the request shown carried its credential outside Authorization', () => {
  it.each([
    ['Cloudflare Access’s assertion header', 'Cf-Access-Jwt-Assertion: ***'],
    ['Clerk’s session cookie', 'Cookie: __session=***'],
  ])('does not say no token was sent beside %s', async (_name, line) => {
    await catchesNot(
      'token.missing',
      `GET /api/orders HTTP/1.1\nHost: app.example.com\n${line}\n\nHTTP/1.1 401 Unauthorized`,
    );
  });

  it('still says so for a request with a generic cookie and a bare 401', async () => {
    await catches(
      'authz-header.missing',
      'GET /api/orders HTTP/1.1\nHost: app.example.com\nCookie: theme=dark\n\nHTTP/1.1 401 Unauthorized',
    );
  });
});

describe('Trivy’s server token (aquasecurity/trivy pkg/rpc/server/listen.go, withToken)', () => {
  it('names the Trivy-Token mismatch, not a JWT', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'FATAL\tfilesystem scan error: scan error: scan failed: failed analysis: twirp error unauthenticated: invalid token',
    );
    expect(f.args).toMatchObject({ via: 'trivy', credential: 'trivy-token' });
  });

  it('leaves Twirp’s words with no Trivy near to Twirp', async () => {
    const f = await catches('challenge.invalid-token', 'twirp error unauthenticated: invalid token');
    expect(f.args.via).not.toBe('trivy');
  });
});

describe('Contentful’s AccessTokenInvalid at 403: its Management API’s own answer, no status.mismatch', () => {
  // contentful/contentful-export#98: a Delivery token given as the managementToken.
  const cma = 'Error: Status: 403 - Forbidden - Message: The access token you sent could not be found or is invalid.';
  // EmaSuriano/gatsby-starter-mate#6: contentful-management.js's error for the CMA's URL.
  const sdk =
    'AccessTokenInvalid: {\n  "status": 403,\n  "statusText": "Forbidden",\n  "message": "The access token you sent could not be found or is invalid.",\n  "request": {\n    "url": "https://api.contentful.com:443/spaces/lsqiwiu51z43"\n  }\n}';
  it.each([
    ['contentful-export’s line', cma],
    ['contentful-management.js’s error', sdk],
  ])('reads %s as a refused token without the status contradicting it', async (_name, input) => {
    await catches('challenge.invalid-token', input);
    await catchesNot('status.mismatch', input);
  });

  it('still reports a 403 with invalid_token from another server', async () => {
    await catches(
      'status.mismatch',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
  });
});

describe('ThingsBoard’s WebSocket close reasons (JwtTokenFactory.parseTokenClaims; thingsboard/thingsboard#10516)', () => {
  it('reads "JWT Token expired" with its /api/ws near as an expired token', async () => {
    const f = await catches(
      'time.expired',
      'Disconnected from wss://demo.thingsboard.io/api/ws\n17:39:16\n1007 Invalid Frame:\n \nJWT Token expired',
    );
    expect(f.args.via).toBe('thingsboard');
  });

  it('reads "Invalid JWT token" with ThingsBoard near as a refused token', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Disconnected from wss://demo.thingsboard.io/api/ws\n1011 Server Error:\n \nInvalid JWT token',
    );
    expect(f.args.via).toBe('thingsboard');
  });

  it('leaves the same words with no ThingsBoard near to no one', async () => {
    await catchesNot('time.expired', '2026-05-28 ERROR c.e.AuthFilter - JWT Token expired');
  });
});

describe('a signed URL whose Expires is its expiry in epoch seconds (SigV2, CloudFront’s canned policy)', () => {
  // aws/aws-sdk-js#2306 (SigV2: AWSAccessKeyId, Expires, Signature); docs.aws.amazon.com AmazonS3 RESTAuthentication.
  const sigv2 = (expires: number) =>
    `GET /photos/cat.jpg?AWSAccessKeyId=AKIAEXAMPLE&Expires=${expires}&Signature=dGhpc2lzbm90YXJlYWxzaWc%3D HTTP/1.1\nHost: bucket.s3.amazonaws.com\n\nHTTP/1.1 403 Forbidden`;
  // jasonsims/aws-cloudfront-sign#74's shape (Expires, Signature, Key-Pair-Id).
  const cloudfront = (expires: number) =>
    `https://d111111abcdef8.cloudfront.net/video.mp4?Expires=${expires}&Signature=abcDEF~Ab0Cd1Ef2Gh3__&Key-Pair-Id=K2JCJMDEHXQW5F\nHTTP/1.1 403 Forbidden`;

  it('judges a SigV2 URL’s Expires with the skew, and the 403 is S3’s own answer', async () => {
    const f = await catches('time.expired', sigv2(Date.parse('2026-05-28T14:00:00Z') / 1000));
    expect(f.args).toMatchObject({ presigned: 'sigv2', agoSeconds: 600 });
    expect(f.args).not.toHaveProperty('expiresSeconds');
    await catchesNot('status.mismatch', sigv2(Date.parse('2026-05-28T14:00:00Z') / 1000));
    expect((await catches('time.expired', sigv2(1779976800), { locale: 'ja' })).detail).toContain('エポック秒');
  });

  it('judges a CloudFront signed URL’s Expires', async () => {
    const f = await catches('time.expired', cloudfront(Date.parse('2026-05-28T13:46:40Z') / 1000));
    expect(f.args).toMatchObject({ presigned: 'cloudfront' });
    expect(f.title).toContain('CloudFront');
  });

  it('says nothing of one still valid, or inside the skew only as borderline', async () => {
    await catchesNot('time.expired', cloudfront(Date.parse('2026-05-28T15:00:00Z') / 1000));
    await catches('time.borderline', sigv2(Date.parse('2026-05-28T14:09:30Z') / 1000));
  });

  it.each([
    [
      'an Expires with no Signature beside it',
      'GET /a?Expires=1779976800&AWSAccessKeyId=AKIAEXAMPLE HTTP/1.1\nHost: b.s3.amazonaws.com\n\nHTTP/1.1 403 Forbidden',
    ],
    [
      'a Signature on an unknown scheme',
      'https://example.com/download?Expires=1779976800&Signature=abc\nHTTP/1.1 403 Forbidden',
    ],
    [
      'an Expires in milliseconds',
      'https://d1.cloudfront.net/v.mp4?Expires=1779976800000&Signature=a&Key-Pair-Id=K2\nHTTP/1.1 403 Forbidden',
    ],
    [
      'an Expires in another URL on another line',
      'https://d1.cloudfront.net/v.mp4?Signature=a&Key-Pair-Id=K2\nhttps://x.example/?Expires=1779976800\nHTTP/1.1 403 Forbidden',
    ],
  ])('does not judge %s', async (_name, input) => {
    await catchesNot('time.expired', input);
  });
});

describe('who answered S3’s words about an expired URL, where no Server header says', () => {
  // minio/minio#8465's mint log: MinIO's APIErrorResponse with Key, BucketName and Resource, no dates.
  const minio =
    'HTTP/1.1 403 Forbidden\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Key>81605a13-9c18-43e4-a98f-ee077a1ad5cd</Key><BucketName>minio-py-test-1</BucketName><Resource>/minio-py-test-1/81605a13-9c18-43e4-a98f-ee077a1ad5cd</Resource><RequestId>15E0C1A0B0C6E0D1</RequestId><HostId>3L137</HostId></Error>';
  // aws/aws-sdk-php#1333: S3's own reply, its Expires and ServerTime.
  const s3 =
    'HTTP/1.1 403 Forbidden\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>300</X-Amz-Expires><Expires>2026-05-28T14:04:45Z</Expires><ServerTime>2026-05-28T14:09:55Z</ServerTime><RequestId>E4952EE21FC53CD9</RequestId></Error>';

  it('names MinIO by its own body, and the 403 is its answer', async () => {
    expect((await catches('time.expired', minio)).args.via).toBe('minio');
    await catchesNot('status.mismatch', minio);
  });

  it('keeps S3 for S3’s body with its dates, and its 403 no contradiction either', async () => {
    expect((await catches('time.expired', s3)).args.via).toBe('aws-s3');
    await catchesNot('status.mismatch', s3);
  });

  it('reads Cloudflare R2’s ExpiredRequest (error 10018) with the URL’s own dates', async () => {
    const f = await catches(
      'time.expired',
      'GET https://acct.r2.cloudflarestorage.com/b/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260528T130000Z&X-Amz-Expires=3600&X-Amz-Signature=5c1f0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3\nHTTP/1.1 403 Forbidden\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>ExpiredRequest</Code></Error>',
    );
    expect(f.args).toMatchObject({ via: 'cloudflare-r2', signedUrl: { kind: 'presigned-url' } });
    expect(f.detail).toContain('Cloudflare R2');
  });

  it('reads no R2 refusal in the code named in prose', async () => {
    await catchesNot('time.expired', 'R2 docs list ExpiredRequest as error 10018');
  });
});

describe('WPGraphQL JWT Authentication’s "The iss do not match with this server" (src/Auth.php validate_token)', () => {
  // wp-graphql/wp-graphql-jwt-authentication#111: said for an expired token; a failed decode leaves no iss to match.
  const graphql =
    '{"errors":[{"message":"invalid-jwt | The iss do not match with this server","extensions":{"category":"user"}}],"data":{"viewer":null}}';

  it('reads a refused token, not an issuer mismatch', async () => {
    const f = await catches('challenge.invalid-token', graphql);
    expect(f.args.via).toBe('wp-graphql-jwt');
    await catchesNot('claim.iss-mismatch', graphql);
  });

  it('leaves the words with no GraphQL near to no one', async () => {
    await catchesNot('challenge.invalid-token', 'The iss do not match with this server');
  });
});

describe('Terraform’s AWS provider with no credential source (hashicorp/aws-sdk-go-base)', () => {
  const tf =
    '│ Error: No valid credential sources found\n│\n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on provider.tf line 23, in provider "aws":\n│\n│ Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded';

  it('reads a credential never obtained, and names HCP Terraform’s dynamic credentials in the step', async () => {
    const f = await catches('token.missing', tf);
    expect(f.args).toMatchObject({ via: 'terraform-aws', unobtained: true });
    const r = await run(tf);
    expect(r.nextSteps.join('\n')).toContain('TFC_AWS_PROVIDER_AUTH');
    expect((await run(tf, { locale: 'ja' })).nextSteps.join('\n')).toContain('TFC_AWS_RUN_ROLE_ARN');
  });

  it('leaves the words with no Terraform near to no one', async () => {
    await catchesNot('token.missing', 'docs: if you see "No valid credential sources found", run aws configure');
  });
});

describe('Dataverse’s own challenge names its tenant and environment (learn.microsoft.com … data-platform/authenticate-oauth)', () => {
  const whoAmI =
    'GET https://contoso.crm.dynamics.com/api/data/v9.2/WhoAmI    401\nWWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/6583636b-d156-492e-86ce-b8fccb790df1/oauth2/authorize';

  it('names the tenant and the environment to request the token for', async () => {
    const f = await catches('challenge.no-error', whoAmI);
    expect(f.args.dataverse).toEqual({
      tenant: '6583636b-d156-492e-86ce-b8fccb790df1',
      resource: 'https://contoso.crm.dynamics.com',
    });
    const r = await run(whoAmI);
    expect(r.nextSteps[0]).toContain('https://contoso.crm.dynamics.com/.default');
    expect((await run(whoAmI, { locale: 'ja' })).nextSteps[0]).toContain('Dataverse');
  });

  it('takes resource_id where the challenge gives it', async () => {
    const f = await catches(
      'challenge.no-error',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize, resource_id=https://org1.crm4.dynamics.com/',
    );
    expect(f.args.dataverse).toEqual({ tenant: 'contoso.onmicrosoft.com', resource: 'https://org1.crm4.dynamics.com' });
  });

  it('names no Dataverse for another host’s unquoted authority', async () => {
    const f = await catches(
      'challenge.no-error',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer authorization_uri=https://auth.example.com/oauth2/authorize',
    );
    expect(f.args).not.toHaveProperty('dataverse');
  });
});

describe('Qdrant’s API keys (qdrant/qdrant src/common/auth/mod.rs; qdrant/qdrant-client#127)', () => {
  const cloud =
    'qdrant_client.http.exceptions.UnexpectedResponse: Unexpected Response: 403 (Forbidden)\nRaw response content:\nb\'{"error":"key doesn\\\'t exist"}\'';

  it('reads Qdrant Cloud’s "key doesn’t exist" as its API key refused, its 403 no contradiction', async () => {
    const f = await catches('challenge.invalid-token', cloud);
    expect(f.args).toMatchObject({ via: 'qdrant', credential: 'qdrant-api-key' });
    await catchesNot('status.mismatch', cloud);
    expect((await run(cloud, { locale: 'ja' })).nextSteps[0]).toContain('Qdrant Cloud');
  });

  it('reads its own "Invalid API key or JWT" with Qdrant near', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\nInvalid API key or JWT\n(from http://qdrant:6333/collections)',
    );
    expect(f.args).toMatchObject({ via: 'qdrant', credential: 'qdrant-api-key' });
  });

  it.each([
    ['the bare body with no Qdrant near', '{"error":"key doesn\'t exist"}'],
    [
      'another API’s "Invalid API key or JWT"',
      'HTTP/1.1 401 Unauthorized\n\n{"detail":"Invalid API key or JWT token"}',
    ],
  ])('reads nothing of %s', async (_name, input) => {
    await catchesNot('challenge.invalid-token', input);
  });
});

describe('Gemini’s bare "The caller does not have permission": the model, not an IAM binding', () => {
  // google-gemini/gemini-cli#14519: Cline's [GEMINI] wrapper of Google's reply.
  const cline =
    '[GEMINI] {"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 403,\\n    \\"message\\": \\"The caller does not have permission\\",\\n    \\"status\\": \\"PERMISSION_DENIED\\"\\n  }\\n}\\n","code":403,"status":"Forbidden"}}';
  // iBUHub/AIStudioToAPI#109: a preview model refused, flash still served.
  const proxy =
    '❌ Request processing failed: Google API returned error: 403 PERMISSION_DENIED\n{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}\n(gemini-3.1-pro-preview)';

  it.each([
    ['Cline’s wrapper', cline],
    ['a proxy’s log naming the preview model', proxy],
  ])('gives the model-access step for %s', async (_name, input) => {
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'google-api', geminiModel: true });
    expect((await run(input)).nextSteps[0]).toContain('generally available Gemini model');
    expect((await run(input, { locale: 'ja' })).nextSteps[0]).toContain('Gemini');
  });

  it('keeps the IAM step for the same words from another Google API', async () => {
    const f = await catches(
      'policy.deny',
      '{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}\nPOST https://pubsub.googleapis.com/v1/projects/p/topics/t:publish',
    );
    expect(f.args).not.toHaveProperty('geminiModel');
  });
});
