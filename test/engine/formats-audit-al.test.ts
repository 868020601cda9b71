/**
 * Round audit-al: identity SaaS and open-source identity servers refusing a session or a caller in their own words (Ory
 * Kratos, Ory Hydra's fosite, Supabase Auth, Kinde, Casdoor, Logto). Pastes rebuilt from the public threads named beside
 * each case (sources cited beside the rows in parse/verifier-messages/identity-servers.ts), ids and tokens made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const via = (r: Awaited<ReturnType<typeof run>>, name: string) =>
  r.findings.some((f) => (f.args as { via?: string }).via === name);

describe('Ory Kratos: no active session in the request', () => {
  it('catches: its logfmt line for /sessions/whoami (ory/kratos#572)', async () => {
    const f = await catches(
      'token.missing',
      'time=2020-07-13T11:48:33Z level=info msg=No valid session cookie found. audience=audit error=map[debug: message:request does not have a valid authentication session reason:No active session was found in this request. status:Unauthorized status_code:401] http_request=map[host:auth.ips.test method:GET path:/sessions/whoami] service_name=ORY Kratos',
    );
    expect(f.args).toMatchObject({ via: 'kratos' });
    const r = await run('reason:No active session was found in this request. status:Unauthorized status_code:401');
    expect(r.nextSteps.join(' ')).toMatch(/ory_kratos_session/);
    expect(r.nextSteps.join(' ')).toMatch(/X-Session-Token/);
  });

  it('catches: its JSON reply to a session token (ory/kratos#4129)', async () => {
    const f = await catches(
      'token.missing',
      '{"error":{"code":401,"status":"Unauthorized","reason":"No valid session credentials found in the request.","message":"The request could not be authorized"}}',
    );
    expect(f.args).toMatchObject({ via: 'kratos' });
  });

  it('catches: its go-swagger client’s print of the whoami 401 (ory/kratos-client-go#5)', async () => {
    const f = await catches('token.missing', '[GET /sessions/whoami][401] whoamiUnauthorized  &{Error:0xc00026c070}');
    expect(f.args).toMatchObject({ via: 'kratos' });
  });

  it('catches not: herodot’s generic sentence alone, or the words in lower case prose', async () => {
    const generic = await run(
      '{"error":{"code":401,"status":"Unauthorized","message":"The request could not be authorized"}}',
    );
    expect(via(generic, 'kratos')).toBe(false);
    const prose = await run('why is there no active session was found in this request. thing happening to me');
    expect(via(prose, 'kratos')).toBe(false);
  });
});

describe('Ory Hydra (fosite): request_unauthorized', () => {
  it('catches: the introspection call refused, as kong-oidc logs it (nokia/kong-oidc#63)', async () => {
    const input =
      '[lua] openidc.lua:409: openidc_call_token_endpoint(): introspection endpoint response: {"error":"request_unauthorized","error_description":"The request could not be authorized","error_hint":"Check that you provided valid credentials in the right format.","status_code":401,"error_debug":"HTTP Authorization header missing"}';
    const f = await catches('verifier.misconfigured', input);
    expect(f.args).toMatchObject({ via: 'fosite' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/admin API \(port 4445\)/);
  });

  it('catches: its logrus line outside introspection is the bearer token refused (ory/hydra#1252)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'ERRO[0001] An error occurred  debug=": not_found" description="The request could not be authorized" error=request_unauthorized hint="Check that you provided valid credentials in the right format."',
    );
    expect(f.args).toMatchObject({ via: 'fosite' });
  });

  it('catches: Hydra’s token_inactive and request_unauthorized elsewhere get the admin introspection step', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"error":"token_inactive","error_description":"Token is inactive because it is malformed, expired or otherwise invalid. Token validation failed."}',
    );
    expect(r.nextSteps.join(' ')).toMatch(/port 4445/);
  });

  it('catches not: the code as a word in prose, not as an error value', async () => {
    const r = await run('we see request_unauthorized sometimes when calling the API');
    expect(via(r, 'fosite')).toBe(false);
  });
});

describe('Supabase Auth: session_not_found', () => {
  it('catches: the 403 body setSession gets (supabase/auth-js#914), a 403 by design', async () => {
    const input =
      'HTTP/2 403\ncontent-type: application/json\n\n{"code":403,"error_code":"session_not_found","msg":"Session from session_id claim in JWT does not exist"}';
    const f = await catches('token.revoked', input);
    expect(f.args).toMatchObject({ via: 'supabase-auth' });
    await catchesNot('status.mismatch', input);
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/SIGNED_OUT/);
  });

  it('catches: supabase-js’ AuthApiError (supabase/supabase#25350)', async () => {
    const f = await catches('token.revoked', 'AuthApiError: Session from session_id claim in JWT does not exist');
    expect(f.args).toMatchObject({ via: 'supabase-auth' });
  });

  it('catches not: another session message', async () => {
    const r = await run('AuthSessionMissingError: Auth session missing!');
    expect(r.findings.some((f) => f.code === 'token.revoked')).toBe(false);
  });
});

describe('Kinde: the SDK holds no access token', () => {
  it('catches: getUser’s error (kinde-oss/kinde-auth-nextjs#150)', async () => {
    const input =
      'Error: Cannot get user details, no authentication credential found\n    at eval (webpack-internal:///(rsc)/./node_modules/@kinde-oss/kinde-typescript-sdk/dist/sdk/clients/server/authorization-code.js:166:31)';
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'kinde' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/KINDE_SITE_URL/);
  });

  it('catches not: another tool’s "No authentication credential found" (dirsearch’s option check)', async () => {
    const r = await run('No authentication credential found');
    expect(via(r, 'kinde')).toBe(false);
  });
});

describe('Casdoor: Unauthorized operation', () => {
  it('catches: its reply envelope (casdoor/casdoor#4405)', async () => {
    const input = '{"status":"error","msg":"Unauthorized operation","data":null,"data2":null}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'casdoor', stated: true });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/clientId and clientSecret/);
  });

  it('catches not: the words in another product’s body', async () => {
    const r = await run('{"error":"Unauthorized operation","code":403}');
    expect(via(r, 'casdoor')).toBe(false);
  });
});

describe('Logto: auth.unauthorized with jose’s reason in data', () => {
  const body = (data: string) =>
    `{"message":"Unauthorized. Please check credentials and its scope.","code":"auth.unauthorized","data":${data}}`;

  it('catches: the audience claim check (logto-io/logto#5607)', async () => {
    const input = body(
      '{"code":"ERR_JWT_CLAIM_VALIDATION_FAILED","name":"JWTClaimValidationFailed","claim":"aud","reason":"check_failed"}',
    );
    const f = await catches('claim.aud-mismatch', input);
    expect(f.args).toMatchObject({ via: 'logto' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/https:\/\/default\.logto\.app\/api/);
  });

  it('catches: an expired token', async () => {
    await catches('time.expired', body('{"code":"ERR_JWT_EXPIRED","name":"JWTExpired","claim":"exp"}'));
  });

  it('catches not: no data, or a code jose does not name', async () => {
    await catchesNot('claim.aud-mismatch', body('{}'));
    await catches('challenge.invalid-token', body('{"code":"ERR_SOMETHING_ELSE"}'));
  });
});

describe('Better Auth: a server-side auth.api call with no session', () => {
  it('catches: better-call’s print of UNAUTHORIZED (better-auth/better-auth#1422, #1733)', async () => {
    const input =
      "[APIError [BetterCallAPIError]: API Error: UNAUTHORIZED ] {\n  status: 'UNAUTHORIZED',\n  headers: Headers {},\n  body: { code: 'UNAUTHORIZED' }\n}";
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'better-auth' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/await headers\(\)/);
  });

  it('catches not: its FORBIDDEN, or another library’s UNAUTHORIZED', async () => {
    const forbidden = await run('[APIError [BetterCallAPIError]: API Error: FORBIDDEN ]');
    expect(via(forbidden, 'better-auth')).toBe(false);
    const other = await run('TRPCClientError: UNAUTHORIZED');
    expect(via(other, 'better-auth')).toBe(false);
  });
});

describe('WorkOS AuthKit: the sealed session’s failure reason', () => {
  it('catches: no_session_cookie_provided as the object prints it (workos/workos-node#1204)', async () => {
    const input = "{ authenticated: false, reason: 'no_session_cookie_provided' }";
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'workos' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/WORKOS_COOKIE_PASSWORD/);
  });

  it('catches: invalid_jwt', async () => {
    const f = await catches('challenge.invalid-token', '{"authenticated":false,"reason":"invalid_jwt"}');
    expect(f.args).toMatchObject({ via: 'workos' });
  });

  it('catches not: the reason’s name in prose', async () => {
    const r = await run('the docs list no_session_cookie_provided and invalid_jwt as reasons');
    expect(via(r, 'workos')).toBe(false);
  });
});

describe('SuperTokens: its session replies', () => {
  it('catches: "unauthorised", no session (supertokens/supertokens-node#132)', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"message":"unauthorised"}';
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'supertokens' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/apiDomain/);
  });

  it('catches: "try refresh token" gets its refresh step (supertokens/supertokens-node#790)', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"try refresh token"}');
    expect(r.nextSteps.join(' ')).toMatch(/session\/refresh/);
  });

  it('catches not: a body with more members than its message', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"unauthorised","code":"E1"}');
    expect(via(r, 'supertokens')).toBe(false);
  });
});

describe('ZITADEL and Stytch: their own credentials refused', () => {
  it('catches: ZITADEL’s AUTH-7fs1e gets its audience-scope step', async () => {
    const r = await run('rpc error: code = Unauthenticated desc = Errors.Token.Invalid (AUTH-7fs1e)');
    expect(r.nextSteps.join(' ')).toMatch(/urn:zitadel:iam:org:project:id:zitadel:aud/);
  });

  it('catches: Stytch’s invalid_authorization_header (stytchauth/stytch-react-example#85)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '[400] invalid_authorization_header The authorization header sent is not valid. Please contact support@stytch.com for help.',
    );
    expect(f.args).toMatchObject({ via: 'stytch', credential: 'stytch-project-credentials' });
  });

  it('catches not: the code without its sentence or JSON key', async () => {
    const r = await run('error: invalid_authorization_header');
    expect(via(r, 'stytch')).toBe(false);
  });
});

describe('Kinde’s audience check, jose given no token, and authentik’s outpost', () => {
  it('catches: the Kinde SDK’s (aud) claim mismatch (kinde-oss/kinde-auth-react#56)', async () => {
    const input = 'Error: (aud) claim mismatch. Expected: "https://api.example.com", Received: ""';
    const f = await catches('claim.aud-mismatch', input);
    expect(f.args).toMatchObject({ via: 'kinde', expected: ['https://api.example.com'] });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/KINDE_AUDIENCE/);
  });

  it('catches not: another library’s "claim mismatch" wording', async () => {
    const r = await run('WARN: Email claim mismatch. Expected: admin@example.com, Got: user@example.com');
    expect(via(r, 'kinde')).toBe(false);
  });

  it('catches: jose’s compactVerify given no token (nuxt-modules/kinde#123)', async () => {
    const f = await catches(
      'token.missing',
      ' ERROR  [nitro] [unhandledRejection] Compact JWS must be a string or Uint8Array\n  at compactVerify (node_modules/jose/dist/node/esm/jws/compact/verify.js:9:15)',
    );
    expect(f.args).toMatchObject({ via: 'jose' });
    await catchesNot('token.malformed', 'JWSInvalid: Compact JWS must be a string or Uint8Array');
  });

  it('catches: the same words under the Kinde SDK are Kinde’s session without a token (nuxt-modules/kinde#123)', async () => {
    const f = await catches(
      'token.missing',
      'ERROR  [nitro] [unhandledRejection] Compact JWS must be a string or Uint8Array\n  at compactVerify (node_modules/jose/dist/node/esm/jws/compact/verify.js:9:15)\n  at node_modules/@kinde-oss/kinde-typescript-sdk/dist/sdk/utilities/token-utils.js:142:45',
    );
    expect(f.args).toMatchObject({ via: 'kinde' });
  });

  it('catches: an authentik outpost refused (goauthentik/authentik#11454), 403 by design', async () => {
    const input =
      'level=error event="Failed to fetch outpost configuration, retrying in 3 seconds" error="403 Forbidden" logger=authentik.outpost.ak-api-controller';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'authentik' });
    const r = await run(`HTTP/1.1 403 Forbidden\n\n{"detail":"Token invalid/expired"}`);
    expect(r.findings.some((x) => x.code === 'status.mismatch')).toBe(false);
    expect(r.nextSteps.join(' ')).toMatch(/AUTHENTIK_TOKEN/);
  });

  it('catches not: the outpost’s retry without a refusal on the line', async () => {
    const r = await run(
      'level=error event="Failed to fetch outpost configuration, retrying in 3 seconds" error="dial tcp: connection refused"',
    );
    expect(via(r, 'authentik')).toBe(false);
  });
});

describe('Logto: its OIDC errors re-coded oidc.<error>', () => {
  it('catches: oidc.invalid_client as @logto/js prints it (logto-io/js#957)', async () => {
    const f = await catches(
      'oauth.invalid-client',
      "Logto requester error: [status=401] {code: 'oidc.invalid_client', message: 'An OIDC error occurred: oidc.invalid_client.', error: 'invalid_client', error_description: 'client authentication failed'}",
    );
    expect(f.args).toMatchObject({ via: 'logto' });
  });

  it('catches not: the words inside the message, not the code', async () => {
    const r = await run('An OIDC error occurred: oidc.invalid_client.');
    expect(via(r, 'logto')).toBe(false);
  });
});
