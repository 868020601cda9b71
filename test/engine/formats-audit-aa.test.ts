/**
 * Round audit-aa: pastes from public issue threads about server frameworks' JWT middleware, gateways and SaaS APIs
 * (sources beside each row), read as the on-call engineer reads them. Older PostgREST's JWSInvalidSignature with no
 * code, APISIX's jwt-auth bodies, Auth0's Management API "Bad audience", Okta's E0000011, Grafana's message-only
 * API-key bodies, express-oauth2-jwt-bearer's "Unexpected 'aud' value" (also in Express's HTML error page), Spring's
 * "Malformed token", and a verifier that names a claim's value as wrong (not missing).
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('PostgREST’s JWSInvalidSignature without a PGRST code', () => {
  // PostgREST/postgrest#977: curl -v against PostgREST 0.4, jwt-secret "secret".
  const curl = [
    '< HTTP/1.1 401 Unauthorized',
    '< Server: postgrest/0.4.3.0',
    '{"message":"JWSError JWSInvalidSignature"}',
  ].join('\n');

  it('catches: the body, and it leads', async () => {
    const f = await catches('signature.invalid', curl);
    expect(f.args).toMatchObject({ via: 'postgrest' });
    expect((await run(curl)).findings[0]?.code).toBe('signature.invalid');
  });

  // Round left-o: quoted whole (backticks, double quotes) the words are the error the writer got, not a description of
  // it: PostgREST/postgrest#1192's Auth0 token refused by PostgREST's secret is what they say. Unquoted prose is not.
  it('catches: the words quoted whole in prose (PostgREST/postgrest#1192)', async () => {
    const f = await catches(
      'signature.invalid',
      'I use a JWT from Auth0 and I keep getting `JWSError JWSInvalidSignature`.',
    );
    expect(f.args).toMatchObject({ via: 'postgrest' });
  });
  it('catches not: the words unquoted in prose', async () => {
    await catchesNot('signature.invalid', 'I use a JWT from Auth0 and I keep getting JWSError JWSInvalidSignature.');
  });

  it('catches not: Hasura’s message stays Hasura’s', async () => {
    const f = await catches(
      'signature.invalid',
      '{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWSError JWSInvalidSignature"}]}',
    );
    expect(f.args).toMatchObject({ via: 'hasura' });
  });
});

describe('Apache APISIX’s jwt-auth refusals', () => {
  // apache/apisix#8909: curl -i with the bare token.
  const verify = [
    "curl http://127.0.0.1:9080/test1/ -H 'Authorization:eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJrZXkiOiJqd3Rfa2V5IiwiZXhwIjoxNjc3MTMwNjM2fQ.qYpq7_vx8jQhTQnQJKqV_09wn8Hj4P_Uj9SXBb4Cbr2' -i",
    'HTTP/1.1 401 Unauthorized',
    'Server: APISIX/2.15.0',
    '',
    '{"message":"failed to verify jwt"}',
  ].join('\n');

  // Round sample-31: the plugin answers these words for any failure of verify_jwt_obj (the signature, exp, nbf) and logs
  // the reason (apache/apisix apisix/plugins/jwt-auth.lua): a generic refusal, not a bad signature. At the time
  // (its Date, 2023-02-22T05:37:59Z) the token was live, and the refusal leads.
  it('catches: failed to verify jwt is APISIX’s generic refusal, and it leads while the token is live', async () => {
    const options = { now: '2023-02-22T05:37:59Z' };
    const f = await catches('challenge.invalid-token', verify, options);
    expect(f.args).toMatchObject({ via: 'apisix', genericReason: true });
    expect((await catchesNot('signature.invalid', verify, options)).findings[0]?.code).toBe('challenge.invalid-token');
  });
  it('catches: an expired token’s own exp leads over the generic refusal', async () => {
    const r = await run(verify, { now: '2026-05-28T14:10:00Z' });
    expect(r.findings.map((f) => f.code).slice(0, 2)).toEqual(['time.expired', 'challenge.invalid-token']);
  });

  it('catches: the payload lacks the consumer key claim (apache/apisix#7924)', async () => {
    const f = await catches(
      'claim.required-missing',
      'the page still returns `{"message":"missing user key in JWT token"}`',
    );
    expect(f.args).toMatchObject({ via: 'apisix', claim: 'key' });
  });

  it('catches not: an application’s own log words', async () => {
    await catchesNot(
      'signature.invalid',
      'WARN Failed to verify JWT for checkin: invalid signature? no, the ticket was fine',
    );
    await catchesNot('claim.required-missing', 'we log "missing user key" when the cache is cold');
  });
});

describe('Auth0’s Management API "Bad audience"', () => {
  // auth0/node-auth0#787.
  const sdk = [
    'Unauthorized: Bad audience: https://myaudience.com/api/v2',
    '    at /Users/user/project/node_modules/rest-facade/src/Client.js:402:25',
    '  statusCode: 401,',
  ].join('\n');

  it('catches: the token’s audience, not a missing token', async () => {
    await catches('claim.aud-mismatch', sdk);
    await catchesNot('token.missing', sdk);
  });

  it('catches not: prose about a bad audience', async () => {
    await catchesNot(
      'claim.aud-mismatch',
      'HTTP/1.1 401 Unauthorized\n\nmarketing says this is a bad audience: they will not click',
    );
  });
});

describe('Okta’s E0000011', () => {
  // mbegan/Okta-PSModule#65.
  const ps = [
    'Write-Error:  errorCode: E0000011; errorSummary: Invalid token provided; errorId: oae5F52UwRnQsOUuKlNn7nhkw  causes:',
    'WARNING: Response status code does not indicate success: 401 (Unauthorized).',
  ].join('\n');

  it('catches: the API token refused', async () => {
    const f = await catches('challenge.invalid-token', ps);
    expect(f.args).toMatchObject({ via: 'okta' });
  });

  it('catches not: the summary without its code', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\nInvalid token provided by the partner, they will resend');
    expect(r.findings.some((f) => f.code === 'challenge.invalid-token' && f.args.via === 'okta')).toBe(false);
  });
});

describe('Grafana’s message-only API-key bodies', () => {
  // hastic-zzz/hastic-grafana-app#422.
  const hastic =
    'Response:         status: 401,         response data: {"message":"Expired API key"},         headers: {"content-type":"application/json; charset=UTF-8"}\nError: Unauthorized. Check the API_KEY. Request failed with status code 401';

  it('catches: an expired key, not a missing token', async () => {
    await catches('time.expired', hastic);
    await catchesNot('token.missing', hastic);
  });

  it('catches not: the words in prose', async () => {
    await catchesNot('time.expired', 'HTTP/1.1 401 Unauthorized\n\nis this an expired API key or a wrong org?');
  });
});

describe('express-oauth2-jwt-bearer’s Unexpected claim value', () => {
  // openwhyd/openwhyd#807: Express's default error page.
  const page =
    '<pre>InvalidTokenError: Unexpected &#39;aud&#39; value<br> &nbsp; &nbsp;at /home/a/node_modules/express-oauth2-jwt-bearer/dist/index.js:300:19</pre>';

  it('catches: aud, in the HTML page', async () => {
    await catches('claim.aud-mismatch', page);
  });

  it('catches: another claim is a value mismatch, not a missing claim', async () => {
    const f = await catches('claim.required-missing', "InvalidTokenError: Unexpected 'org_id' value");
    expect(f.args).toMatchObject({ claim: 'org_id', mismatch: true });
    expect((await run("InvalidTokenError: Unexpected 'org_id' value")).findings[0]?.code).toBe(
      'claim.required-missing',
    );
  });

  it('catches not: other unexpected values', async () => {
    await catchesNot('claim.aud-mismatch', "HTTP/1.1 400 Bad Request\n\nUnexpected 'page' value in query");
  });
});

describe('Spring’s "Malformed token" and kube-apiserver’s unverified email', () => {
  // spring-projects/spring-security#14788 (the exception and its message on two lines).
  const spring = [
    '`InvalidBearerTokenException: org.springframework.security.oauth2.server.resource.InvalidBearerTokenException:',
    'An error occurred while attempting to decode the Jwt: Malformed token`',
  ].join('\n');

  it('catches: the token could not be parsed', async () => {
    const f = await catches('token.malformed', spring);
    expect(f.args).toMatchObject({ via: 'spring-security' });
  });

  // userbradley/documentation.breadnet.co.uk#526.
  const kube =
    'E0614 00:29:57.960378       1 authentication.go:75] "Unable to authenticate the request" err="[invalid bearer token, oidc: email not verified]"';

  it('catches: email_verified is there with the wrong value, not missing', async () => {
    const f = await catches('claim.required-missing', kube);
    expect(f.args).toMatchObject({ claim: 'email_verified', mismatch: true });
    expect(f.title).toContain('does not have the value');
  });

  it('catches not: a claim that is absent keeps "missing"', async () => {
    const f = await catches(
      'claim.required-missing',
      'E0614 00:29:57 1 authentication.go:75] "Unable to authenticate the request" err="[invalid bearer token, oidc: required claim hd not present in ID token]"',
    );
    expect(f.args.mismatch).toBeUndefined();
  });
});
