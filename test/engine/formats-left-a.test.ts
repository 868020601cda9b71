/**
 * Round "left-a": four readings the last stop left undone. A `curl -i` output joined onto one line, ASP.NET's IDX10503
 * with the keys it tried, Google Cloud's IAM denial naming its permission, and a bare claims object cut by the paste.
 * Each group ends with the same words or shape out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, EXPIRED, EXPIRED_MASKED, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// A curl -i output (curl's --include: the status line, the headers, a blank line, the body) whose line breaks a chat
// client or a log turned into spaces: normalize.ts's splitFlattenedMessages cuts it back before each known header name.
const CHALLENGE =
  'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"';
const FLATTENED_CURL_I: Row[] = [
  {
    name: 'status, headers, challenge and body on one line: the challenge is read from the header',
    input: `HTTP/1.1 401 Unauthorized Date: Thu, 28 May 2026 14:09:58 GMT Content-Type: application/json ${CHALLENGE} {"error":"invalid_token"}`,
    ...A401,
    // The description says why: the challenge states the expiry.
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed', 'token.missing'],
  },
  {
    name: 'after the curl command on the same line: the token is the request’s, the challenge the response’s',
    input: `$ curl -i https://api.example.com/v1/orders -H "Authorization: Bearer ${EXPIRED_MASKED}" HTTP/1.1 401 Unauthorized Content-Type: application/json Content-Length: 50 ${CHALLENGE}  {"error":"invalid_token"}`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'HTTP/2 with lower-case names and no reason phrase; the quoted description holds a colon and a header name',
    input:
      'HTTP/2 401 date: Thu, 28 May 2026 14:09:58 GMT www-authenticate: Bearer error="invalid_token", error_description="Signature failed: Content-Type: x" content-length: 0',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'a flattened request and its response: the request line and its headers are read',
    input: `GET /v1/orders HTTP/1.1 Host: api.example.com Authorization: Bearer ${EXPIRED_MASKED} Accept: */* HTTP/1.1 401 Unauthorized WWW-Authenticate: Bearer error="invalid_token"`,
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    token: { foundIn: 'authorization-header' },
  },
  {
    name: 'a challenge with plain text after it: the text is the body, not a parameter',
    input: 'HTTP/1.1 401 Unauthorized WWW-Authenticate: Bearer realm="api", error="invalid_token" Jwt is expired',
    ...A401,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.malformed'],
  },
  {
    name: 'out of shape: a status in prose with no header name after it reads as before',
    input: 'we got HTTP/1.1 401 Unauthorized from the gateway at 14:09: no idea why',
    ...A401,
    excludes: ['challenge.malformed', 'challenge.no-error'],
  },
  {
    name: 'out of shape: an access log’s quoted request line is no start line',
    input: '10.0.0.1 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 50 "-" "curl/8.5.0" Host: api',
    status: 401,
    classification: 'authentication',
    excludes: ['challenge.malformed'],
  },
  {
    name: 'out of shape: an unknown name after the status starts no header',
    input: 'HTTP/1.1 401 Unauthorized Error: jwt expired',
    ...A401,
    top: 'time.expired',
  },
];

describe('formats, left-a: curl -i output flattened onto one line', () => {
  it.each(FLATTENED_CURL_I)('$name', async (row) => {
    await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
  });
  it('the challenge is the response header’s, its description whole', async () => {
    const report = await expectPasteRow({
      name: 'header',
      input: `HTTP/1.1 401 Unauthorized Date: Thu, 28 May 2026 14:09:58 GMT ${CHALLENGE} {"error":"invalid_token"}`,
      ...A401,
    });
    expect(report.challenges[0]?.params).toMatchObject({
      error: 'invalid_token',
      error_description: 'The access token expired',
    });
  });
});

// IdentityModel's IDX10503 and IDX10511 with the keys they tried (AzureAD/azure-activedirectory-identitymodel-extensions-
// for-dotnet: Tokens/LogMessages.cs IDX10503 "… The token's kid is: '{0}', but did not match any keys in
// TokenValidationParameters or Configuration. Keys tried: '{1}'. Number of keys in TokenValidationParameters: '{2}'. …",
// the older "Token does not have a kid. Keys tried: '{0}'.\nExceptions caught:…"; each key written as SecurityKey.ToString
// `{type}, KeyId: '{KeyId}', InternalId: '{InternalId}'.` and `" , KeyId: " + key.KeyId`, one a line).
const KEY_A =
  "Microsoft.IdentityModel.Tokens.X509SecurityKey, KeyId: 'nOo3ZDrODXEK1jKWhXslHR_KXEg', InternalId: 'nOo3ZDrODXEK1jKWhXslHR_KXEg'. , KeyId: nOo3ZDrODXEK1jKWhXslHR_KXEg";
const KEY_B =
  "Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'l3sQ-50cCH4xBVZLHTGwnSR7680', InternalId: 'l3sQ-50cCH4xBVZLHTGwnSR7680'. , KeyId: l3sQ-50cCH4xBVZLHTGwnSR7680";
const IDX10503_NEW = `Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'Uo1a_QUweTFqiqL_HSeSjQIoRj0', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: '${KEY_A}\n${KEY_B}\n'. Number of keys in TokenValidationParameters: '0'. \nNumber of keys in Configuration: '2'. \nExceptions caught:\n '[PII of type 'System.Text.StringBuilder' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.\ntoken: '[PII of type 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'. See https://aka.ms/IDX10503 for details.`;
const legacy = (keys: string) =>
  `IDX10503: Signature validation failed. Token does not have a kid. Keys tried: '${keys}'.\nExceptions caught:\n 'System.Text.StringBuilder'.\ntoken: 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken'.`;

describe('formats, left-a: IdentityModel names the keys it tried', () => {
  it('IDX10503 with the token’s kid: the kids tried are named beside it', async () => {
    const report = await expectPasteRow({ name: 'new', input: IDX10503_NEW, ...REFUSED, top: 'key.kid-unknown' });
    expect(report.findings[0]?.args).toMatchObject({
      kid: 'Uo1a_QUweTFqiqL_HSeSjQIoRj0',
      keysTried: ['nOo3ZDrODXEK1jKWhXslHR_KXEg', 'l3sQ-50cCH4xBVZLHTGwnSR7680'],
    });
    expect(report.findings[0]?.detail).toContain('was not among the keys the verifier tried');
    expect(report.findings[0]?.detail).toContain('"l3sQ-50cCH4xBVZLHTGwnSR7680"');
  });
  it('the words in Japanese name them too', async () => {
    const report = await run(IDX10503_NEW, { locale: 'ja' });
    expect(report.findings[0]?.detail).toContain(
      '試した鍵 "nOo3ZDrODXEK1jKWhXslHR_KXEg"、"l3sQ-50cCH4xBVZLHTGwnSR7680"',
    );
  });
  it('the older text with a JsonWebKey tried and no kid anywhere: the kids tried, and no verdict on a kid', async () => {
    const report = await expectPasteRow({
      name: 'legacy',
      input: legacy("Microsoft.IdentityModel.Tokens.JsonWebKey, Use: 'sig', Kid: 'k-2026-05', Kty: 'RSA'"),
      ...REFUSED,
      top: 'key.kid-unknown',
    });
    expect(report.findings[0]?.args).toMatchObject({ kid: null, keysTried: ['k-2026-05'] });
  });
  it('the older text whose keys tried hold the pasted token’s kid: the key was found, the signature failed', async () => {
    const report = await expectPasteRow({
      name: 'legacy with token',
      input: `${legacy("Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'k1', InternalId: 'x1'. , KeyId: k1\n")}\nAuthorization: Bearer ${EXPIRED_MASKED}`,
      ...REFUSED,
      includes: ['signature.invalid'],
      excludes: ['key.kid-unknown'],
    });
    const sig = report.findings.find((f) => f.code === 'signature.invalid');
    expect(sig?.args).toMatchObject({ kid: 'k1', keysTried: ['k1'] });
    expect(sig?.detail).toContain('is among the keys the verifier tried');
  });
  it('IDX10511 (the kid matched a key): the key tried is named, once', async () => {
    const report = await expectPasteRow({
      name: '10511',
      input:
        "SecurityTokenInvalidSignatureException: IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'TXntCt2b', InternalId: 'TXntCt2b'. , KeyId: TXntCt2b\\n'. \\nkid: 'TXntCt2b'. \\nExceptions caught:\\n '[PII is hidden]'.",
      ...REFUSED,
      top: 'signature.invalid',
    });
    expect(report.findings[0]?.args).toMatchObject({ kid: 'TXntCt2b', keysTried: ['TXntCt2b'] });
  });
  it('out of shape: a list hidden as PII, or keys without ids, names no kid', async () => {
    for (const keys of [
      'System.Text.StringBuilder',
      "[PII of type 'System.Text.StringBuilder' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]",
      "Microsoft.IdentityModel.Tokens.X509SecurityKey, KeyId: '', InternalId: ''. , KeyId: \nMicrosoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: \n",
    ]) {
      const report = await expectPasteRow({ name: 'hidden', input: legacy(keys), ...REFUSED, top: 'key.kid-unknown' });
      expect(report.findings[0]?.args).not.toHaveProperty('keysTried');
    }
  });
  it('out of shape: an InternalId or the count after the list is no kid tried', async () => {
    const report = await expectPasteRow({ name: 'new', input: IDX10503_NEW, ...REFUSED });
    expect(report.findings[0]?.args.keysTried).toHaveLength(2);
  });
});

// Google Cloud's IAM denial names the permission it checked (checks/gcp-permission.ts): in the message ("Permission
// 'x' denied on resource (or it may not exist).", gcloud's "… on resource '…'", IAM v2's unquoted form,
// GoogleCloudPlatform/nodejs-docs-samples#3144), or in the ErrorInfo detail (`"reason": "IAM_PERMISSION_DENIED"`,
// `"metadata": {"permission": …}`).
const GOOGLE_JSON = (message: string, metadata: string) =>
  `{"error": {"code": 403, "message": "${message}", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "IAM_PERMISSION_DENIED", "domain": "iam.googleapis.com", "metadata": ${metadata}}]}}`;

describe('formats, left-a: Google Cloud names the IAM permission it denied', () => {
  const denial = async (input: string) => {
    const report = await run(input);
    const deny = report.findings.find((f) => f.code === 'policy.deny');
    expect(deny, report.findings.map((f) => f.code).join(', ')).toBeDefined();
    return { report, deny: deny as NonNullable<typeof deny> };
  };
  it('gcloud: the permission and the resource, and the step names both', async () => {
    const { report, deny } = await denial(
      "ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme/services/orders' (or resource may not exist).",
    );
    expect(deny.args).toMatchObject({
      via: 'gcloud',
      permission: 'run.services.get',
      resource: 'namespaces/acme/services/orders',
    });
    expect(report.nextSteps[0]).toContain('a role that includes run.services.get on namespaces/acme/services/orders');
    expect(deny.detail).toContain('"run.services.get"');
  });
  it('a Google API’s JSON error: the message’s permission', async () => {
    const { deny } = await denial(
      GOOGLE_JSON(
        "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
        '{"permission": "iam.serviceAccounts.getAccessToken"}',
      ),
    );
    expect(deny.args).toMatchObject({ via: 'google-api', permission: 'iam.serviceAccounts.getAccessToken' });
    expect(deny.args).not.toHaveProperty('resource');
  });
  it('"The caller does not have permission" with the ErrorInfo’s metadata: the metadata’s permission and resource', async () => {
    const { deny } = await denial(
      GOOGLE_JSON(
        'The caller does not have permission',
        '{"resource": "projects/acme-prod/locations/global", "permission": "compute.networks.create"}',
      ),
    );
    expect(deny.args).toMatchObject({
      permission: 'compute.networks.create',
      resource: 'projects/acme-prod/locations/global',
    });
  });
  it('Terraform’s googleapi line: the denial is read, with its permission', async () => {
    const { report, deny } = await denial(
      "Error: Error creating Bucket: googleapi: Error 403: Permission 'logging.buckets.create' denied on resource (or it may not exist).",
    );
    expect(report.classification).toBe('authorization');
    expect(deny.args).toMatchObject({ via: 'google-api', permission: 'logging.buckets.create' });
  });
  it('IAM v2’s unquoted form', async () => {
    const { deny } = await denial(
      'ERROR: (gcloud.iam.policies.create) PERMISSION_DENIED: Permission iam.googleapis.com/denypolicies.create denied on resource cloudresourcemanager.googleapis.com/projects/long-door-651',
    );
    expect(deny.args).toMatchObject({
      permission: 'iam.googleapis.com/denypolicies.create',
      resource: 'cloudresourcemanager.googleapis.com/projects/long-door-651',
    });
  });
  it('in Japanese, the step names the permission', async () => {
    const report = await run(
      "ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme/services/orders' (or resource may not exist).",
      { locale: 'ja' },
    );
    expect(report.nextSteps[0]).toContain('namespaces/acme/services/orders で run.services.get を含むロール');
  });
  it('out of shape: "The caller does not have permission" alone names none, and keeps the general step', async () => {
    const { report, deny } = await denial(
      '{"error": {"code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED"}}',
    );
    expect(deny.args).not.toHaveProperty('permission');
    expect(report.nextSteps[0]).toContain('Policy Troubleshooter');
  });
  it('out of shape: a permission in prose, with no denial, is no finding', async () => {
    const report = await run("we need Permission 'storage.objects.get' denied on resource checks documented");
    expect(report.findings.some((f) => f.code === 'policy.deny')).toBe(false);
  });
  it('out of shape: an AWS denial with an IAM-looking word names no Google permission', async () => {
    const { deny } = await denial(
      'An error occurred (AccessDenied) when calling the GetObject operation: User is missing permission "s3.objects.get.read"',
    );
    expect(deny.args).not.toHaveProperty('permission');
  });
});

// A payload pasted as JSON and cut by the paste (cut-bare-claims.ts): the members whose values ended before the cut
// are read as a cut token payload's are (token/cut-payload.ts), and input.cut-payload says the JSON was cut.
const CUT_EXPIRED = `{"iss":"https://idp.example.com/","aud":"api","exp":${NOW - 480},"sco`;

describe('formats, left-a: a bare claims object cut short', () => {
  it('the claims before the cut are checked; none after it is missing', async () => {
    const report = await expectPasteRow({
      name: 'cut',
      input: CUT_EXPIRED,
      status: null,
      classification: 'undetermined',
      top: 'time.expired',
      includes: ['input.cut-payload'],
      excludes: ['claim.sub-missing', 'time.no-exp', 'claim.aud-missing', 'input.empty'],
    });
    expect(report.findings.find((f) => f.code === 'input.cut-payload')?.args).toEqual({
      claims: ['iss', 'aud', 'exp'],
    });
    expect(report.token).toMatchObject({ kind: 'payload-only', payload: null, cutPayload: { aud: 'api' } });
  });
  it('pretty-printed under a label, cut after a nested object: the issuer is compared', async () => {
    const report = await run(
      `payload:\n{\n  "iss": "https://idp.example.com/",\n  "sub": "u1",\n  "realm_access": {"roles": ["admin"]},\n  "aud": "api",\n  "sco`,
      { expectedIssuers: ['https://other.example.com/'] },
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('claim.iss-mismatch');
    expect(codes).toContain('input.cut-payload');
    expect(codes).not.toContain('time.no-exp');
  });
  it('cut before exp: no time.no-exp from the cut', async () => {
    const report = await run('{"iss":"https://idp.example.com/","sub":"u1","aud":"api","ex');
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('input.cut-payload');
    expect(codes).not.toContain('time.no-exp');
  });
  it('out of shape: a number right at the cut is not read', async () => {
    const report = await run(`{"iss":"https://idp.example.com/","aud":"api","exp":${String(NOW - 480).slice(0, 5)}`);
    expect(report.findings.map((f) => f.code)).not.toContain('time.expired');
  });
  it('out of shape: a cut log record is no payload', async () => {
    const report = await run(`${S401}\n{"level":"error","msg":"request failed","path":"/v1/orders","ti`);
    expect(report.findings.map((f) => f.code)).not.toContain('input.cut-payload');
  });
  it('out of shape: a whole payload is read whole, not as cut', async () => {
    const report = await run(`{"iss":"https://idp.example.com/","aud":"api","exp":${NOW - 480}}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('time.expired');
    expect(codes).not.toContain('input.cut-payload');
  });
  it('out of shape: claims cut in the middle of the paste, with text after them, are no cut payload', async () => {
    const report = await run(`{"iss":"https://idp.example.com/","aud":"api","exp":${NOW - 480}\n${S401}`);
    expect(report.findings.map((f) => f.code)).not.toContain('input.cut-payload');
  });
  it('out of shape: beside a token, the token’s claims are read, not the cut JSON', async () => {
    const report = await run(
      `Authorization: Bearer ${EXPIRED_MASKED}\n{"iss":"https://idp.example.com/","aud":"api","sco`,
    );
    expect(report.findings.map((f) => f.code)).not.toContain('input.cut-payload');
    expect(report.token?.foundIn).toBe('authorization-header');
  });
});
