/**
 * Round audit-y: pastes from public issue threads and Japanese write-ups (sources beside each row), read as the on-call
 * engineer reads them. Elasticsearch's older "missing authentication token" is no API Gateway route; a SigV4-signed
 * request is no bearer token under a wrong scheme, and API Gateway's signature mismatch is read; jose4j's missing iat,
 * Kafka's missing principal claim, firebase-admin-python's ExpiredIdTokenError, ECR's expired docker login and Supabase's
 * reused refresh token are read; a token sent in an "Authenticate" header is named; Salesforce's refusal gets its own
 * step.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A signed-looking JWT of the shape the threads pasted (made up: header, claims, a long signature). */
const jwt = (claims: object) =>
  `${b64({ kid: '/privateKey.pem', typ: 'JWT', alg: 'RS256' })}.${b64(claims)}.${'Qx7_k2Lm9pZr4TfWb8cVn1HsYd3EaJu6'.repeat(10)}`;

describe('Elasticsearch’s "missing authentication token" is Elasticsearch’s', () => {
  // NLPchina/elasticsearch-sql#441: Elasticsearch 5.x's security_exception body.
  const es5 =
    '{"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication token for REST request [/_sql]","header":{"WWW-Authenticate":"Basic realm=\\"security\\" charset=\\"UTF-8\\""}}],"type":"security_exception","reason":"missing authentication token for REST request [/_sql]","header":{"WWW-Authenticate":"Basic realm=\\"security\\" charset=\\"UTF-8\\""}},"status":401}';

  it('catches: no credentials, said by Elasticsearch', async () => {
    const f = await catches('token.missing', es5);
    expect(f.args).toMatchObject({ via: 'elasticsearch' });
  });

  it('catches not: no API Gateway, no unknown route', async () => {
    const report = await catchesNot('proxy.route-not-found', es5);
    expect(report.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
  });

  it('catches: API Gateway’s own "Missing Authentication Token" still reads as a route it does not have', async () => {
    await catches(
      'proxy.route-not-found',
      'HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{"message":"Missing Authentication Token"}',
    );
  });
});

describe('a SigV4-signed request (AWS IAM authorization)', () => {
  // mhart/aws4#33: Postman's Python snippet and API Gateway's reply with its canonical string.
  const aws4 = `{
    "message": "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\\n\\nThe Canonical String for this request should have been\\n'POST\\n/LocationQuery_stage\\n'"
}
headers = {
  'Authorization': 'AWS4-HMAC-SHA256 Credential=XXXXXXXXXXXXXXX/20200211/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=e01717a2e53c3aa47bbf37e60ed285d83f2c6c8e3db99e192c83b6ec476ba7cd',
}`;

  it('catches: API Gateway’s signature mismatch is the request’s SigV4 signature', async () => {
    const f = await catches('signature.invalid', aws4);
    expect(f.args).toMatchObject({ signedRequest: 'aws-sigv4' });
  });

  it('catches: InvalidSignatureException as an SDK prints it (rpgreen/apigateway-generic-java-sdk#11)', async () => {
    const input =
      'ca.ryangreen.apigateway.generic.GenericApiGatewayException: {"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."} (Service: execute-api; Status Code: 403; Error Code: InvalidSignatureException;';
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toEqual(['signature.invalid']);
  });

  it('catches not: its Authorization value is no wrong scheme, malformed header, mask or opaque token', async () => {
    const report = await run(aws4);
    const codes = report.findings.map((f) => f.code);
    for (const code of ['authz-header.scheme', 'authz-header.format', 'input.masked', 'token.opaque'] as const)
      expect(codes).not.toContain(code);
    const request =
      'GET /prod/x HTTP/1.1\nHost: a1b2c3.execute-api.us-east-1.amazonaws.com\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20200211/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=e01717a2e53c3aa47bbf37e60ed285d83f2c6c8e3db99e192c83b6ec476ba7cd\n\nHTTP/1.1 403 Forbidden\n';
    const signed = await run(request);
    expect(signed.findings.map((f) => f.code)).not.toContain('authz-header.scheme');
    expect(signed.findings.map((f) => f.code)).not.toContain('token.opaque');
    expect(JSON.stringify(signed)).not.toContain('e01717a2e53c3aa47bbf37e6');
  });

  it('catches: a bearer token under another scheme is still a scheme mistake', async () => {
    await catches(
      'authz-header.scheme',
      `GET /x HTTP/1.1\nAuthorization: AWS4 ${jwt({ sub: 'a' })}\n\nHTTP/1.1 401 Unauthorized\n`,
    );
  });
});

describe('claims the verifier requires', () => {
  it('catches: jose4j’s missing iat under smallrye-jwt (quarkusio/quarkus#17622)', async () => {
    const input =
      '2021-06-02 10:25:22,741 DEBUG [io.qua.sma.jwt.run.aut.MpJwtValidator] (vert.x-eventloop-thread-0) Authentication failed: io.smallrye.jwt.auth.principal.ParseException: SRJWT07000: Failed to verify a token\n...\nCaused by: org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims-> ...) rejected due to invalid claims or other invalid content. Additional details: [[3] No Issued At (iat) claim present.]';
    const report = await run(input);
    expect(report.findings[0]?.code).toBe('claim.required-missing');
    expect(report.findings[0]?.args).toMatchObject({ claim: 'iat', via: 'jose4j' });
  });

  it('catches: Kafka’s principal claim missing (strimzi/strimzi-kafka-oauth#45)', async () => {
    const input =
      '[2020-03-30 20:32:27,352] ERROR No principal name in JWT claim: sub (org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule)\njava.io.IOException: No principal name in JWT claim: sub';
    const f = await catches('claim.sub-missing', input);
    expect(f.args).toMatchObject({ via: 'kafka' });
    const other = await catches(
      'claim.required-missing',
      'ERROR No principal name in JWT claim: preferred_username (org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule)',
    );
    expect(other.args).toMatchObject({ claim: 'preferred_username' });
  });

  it('catches not: jose4j’s other missing claims keep their codes', async () => {
    await catchesNot('claim.required-missing', 'Additional details: [[2] No Expiration Time (exp) claim present.]');
    await catchesNot('claim.sub-missing', 'the principal name is taken from the sub claim by default');
  });
});

describe('expiries said by name', () => {
  it('catches: firebase-admin-python’s ExpiredIdTokenError in Japanese prose (openillumi.com)', async () => {
    const input =
      'user.getIdToken(true)で取得したIDトークンをAuthorizationヘッダーで利用していました。しかし、1時間ほど経過するとバックエンドからExpiredIdTokenErrorが返されました。';
    const f = await catches('time.expired', input);
    expect(f.args).toMatchObject({ via: 'firebase-admin' });
  });

  it('catches: Amazon ECR’s expired docker login, both wordings', async () => {
    const f = await catches(
      'time.expired',
      'Step 1/4 : FROM public.ecr.aws/lambda/nodejs:12\ndenied: Your authorization token has expired. Reauthenticate and try again.',
    );
    expect(f.args).toMatchObject({ via: 'aws-ecr' });
    await catches(
      'time.expired',
      "denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
    );
    // openillumi.com/?p=30260, in Japanese prose.
    await catches(
      'time.expired',
      'docker pushを実行すると「denied: Your Authorization Token has expired」とエラーになる。',
    );
  });

  it('catches not: another app’s own "authorization token has expired" is not ECR’s', async () => {
    const report = await run('Unauthorized: Your authorization token has expired. Please contact administrator.');
    expect(report.findings.map((f) => f.args.via)).not.toContain('aws-ecr');
    const py = await run('except firebase_admin.auth.InvalidIdTokenError: the expiredidtokenerror handler is below');
    expect(py.findings.map((f) => f.code)).not.toContain('time.expired');
  });

  it('catches: Supabase’s reused refresh token (openillumi.com/supabase-nextjs-invalid-refresh-token-fix)', async () => {
    const f = await catches(
      'token.revoked',
      'supabase.auth.getSession() を使った際、[AuthApiError: Invalid Refresh Token: Already Used] エラーが発生しました。',
    );
    expect(f.args).toMatchObject({ via: 'supabase-auth', refreshToken: true });
  });

  it('catches not: "Invalid Refresh Token" with no reason Supabase gives', async () => {
    await catchesNot('token.revoked', 'AuthApiError: Invalid Refresh Token: please try again later');
  });
});

describe('a token in a header named Authenticate', () => {
  // quarkusio/quarkus#8074: the Quarkus guide's curl with the header renamed.
  it('catches: the header is named, not just "no Authorization"', async () => {
    const input = `Authentication is failing.\n\ncurl -v -H "Authenticate: Bearer ${jwt({ sub: 'jdoe', exp: 1779980000 })}" http://127.0.0.1:8080/secured/roles-allowed; echo\n`;
    const f = await catches('authz-header.missing', input);
    expect(f.args).toMatchObject({ misnamed: 'Authenticate' });
    expect(JSON.stringify(await run(input))).not.toContain('Qx7_k2Lm9pZr4TfWb8cV');
  });

  it('catches not: a response’s WWW-Authenticate challenge is no misnamed request header', async () => {
    const input =
      'GET /x HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\n';
    const report = await run(input);
    const missing = report.findings.find((f) => f.code === 'authz-header.missing');
    expect(missing?.args).not.toHaveProperty('misnamed');
  });
});

describe('Salesforce’s INVALID_SESSION_ID', () => {
  // openillumi.com/salesforce-rest-api-invalid-session-id-fix (Japanese prose around the body).
  const body = '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]';

  it('catches: the step speaks of Salesforce’s session, not of JWT claims', async () => {
    const report = await run(`トークンを取得できたにもかかわらず、以下のエラーが返されました。\n\n${body}`);
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.nextSteps.join(' ')).toContain('instance_url');
    expect(report.nextSteps.join(' ')).not.toContain('kid');
    const ja = await run(body, { locale: 'ja' });
    expect(ja.nextSteps.join(' ')).toContain('instance_url');
  });

  it('catches not: another API’s invalid_token keeps the JWT step', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Session expired or invalid"\n',
    );
    expect(report.nextSteps.join(' ')).not.toContain('instance_url');
  });
});
