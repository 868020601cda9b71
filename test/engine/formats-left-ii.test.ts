/**
 * Round left-ii: what this stop's rounds left. Each row cites the source of its shape; catch-not rows are the near
 * misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

describe('a token endpoint’s refusal titles the error code only as the paste said it', () => {
  // refusal-title.ts's rule for the token endpoint's codes: "(invalid_client)" only where invalid_client was said (a
  // bare body, a challenge, a client library's exact print), a product's own code where it said that instead, and no
  // code where its words carried none.
  it('catches: the RFC code said in a body, by golang-oauth2’s print, in a challenge', async () => {
    const body = await catches(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client","error_description":"Client authentication failed"}',
    );
    expect(body.args).toMatchObject({ error: 'invalid_client' });
    expect(body.title).toBe(
      'The token endpoint refused the client’s credentials (invalid_client): “Client authentication failed”',
    );
    // golang.org/x/oauth2's RetrieveError prints the body's code exactly: `oauth2: "invalid_client" "…"`.
    const go = await catches(
      'oauth.invalid-client',
      'token exchange failed: oauth2: "invalid_client" "The OAuth client was not found."',
    );
    expect(go.args).toMatchObject({ via: 'golang-oauth2', error: 'invalid_client' });
    expect(go.title).toContain('(invalid_client)');
    // authlib/example-oauth2-server#50: a token endpoint's Basic challenge with error="invalid_client".
    const challenge = await catches(
      'oauth.invalid-client',
      'HTTP/1.0 401 UNAUTHORIZED\nWWW-Authenticate: Basic error="invalid_client", error_description=""',
    );
    expect(challenge.args).toMatchObject({ error: 'invalid_client' });
    // A body serialized into a HAR's content.text is quoted from its description: its error member stands before it.
    const har = await catches(
      'oauth.invalid-client',
      '{"request":{"method":"POST","url":"https://login.example.com/oauth/token","headers":[{"name":"Content-Type","value":"application/x-www-form-urlencoded"}]},"response":{"status":401,"content":{"mimeType":"application/json","text":"{\\"error\\":\\"invalid_client\\",\\"error_description\\":\\"Client authentication failed\\"}"}}}',
    );
    expect(har.args).toMatchObject({ error: 'invalid_client' });
    const scope = await catches('oauth.unauthorized-client', 'oauth2: "unauthorized_client" "Unauthorized"');
    expect(scope.title).toBe('The client may not use this grant (unauthorized_client)');
  });

  it('catches: a product’s own code in the RFC code’s place is the one the title gives (en and ja)', async () => {
    // Salesforce's `invalid_client_id` (jsforce/jsforce#762), Keycloak's `unauthorized_client` for a wrong secret
    // (keycloak/keycloak#16923), Auth0's `access_denied` "Unauthorized" (auth0/auth0-spa-js#454).
    const salesforce = 'error=invalid_client_id&error_description=client%20identifier%20invalid';
    const sf = await catches('oauth.invalid-client', salesforce);
    expect(sf.args).toMatchObject({ via: 'salesforce', error: 'invalid_client_id' });
    expect(sf.title).toBe('The token endpoint refused the client’s credentials (invalid_client_id)');
    const ja = await catches('oauth.invalid-client', salesforce, { locale: 'ja' });
    expect(ja.title).toContain('（invalid_client_id）');
    expect(ja.title).not.toContain('（invalid_client）');
    const keycloak = await catches(
      'oauth.invalid-client',
      'token exchange failed: oauth2: "unauthorized_client" "Invalid client or Invalid client credentials"',
    );
    expect(keycloak.args).toMatchObject({ via: 'keycloak', error: 'unauthorized_client' });
    const auth0 = await catches(
      'oauth.invalid-client',
      'POST https://acme.us.auth0.com/oauth/token 401\n{"error":"access_denied","error_description":"Unauthorized"}',
    );
    expect(auth0.title).toBe('The token endpoint refused the client’s credentials (access_denied): “Unauthorized”');
    // Google through Signet, pretty-printed: the error member on the line above the words the row read.
    const google = await catches(
      'oauth.unauthorized-client',
      'Signet::AuthorizationError (Authorization failed.  Server message:)\n{\n  "error": "unauthorized_client",\n  "error_description": "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."\n}',
    );
    expect(google.args).toMatchObject({ error: 'unauthorized_client' });
  });

  it('catches not: no code where the words carried none (Supabase, GitHub, Spring’s client with no body)', async () => {
    for (const input of [
      // Supabase's MCP authorization server (claude-code's `Needs authentication`), GitHub's App JWT refused.
      '{"message":"Unrecognized client_id"}\n\n$ claude mcp list\nplugin:supabase:supabase: https://mcp.supabase.com/mcp (HTTP) - ! Needs authentication',
      'Failed to create token for "rivile-org" (attempt 1): Integration not found\nRequestError [HttpError]: Integration not found',
      // Spring Security's client-side code is its own, not the server's: the body was empty.
      '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]',
    ]) {
      const f = await catches('oauth.invalid-client', input);
      expect(f.args.error, input).toBeUndefined();
      expect(f.title, input).not.toMatch(/\(invalid_client\)/);
      expect((await catches('oauth.invalid-client', input, { locale: 'ja' })).title, input).not.toContain(
        '（invalid_client）',
      );
    }
  });

  it('catches: a row’s own words are the title’s quote, to their sentence’s end; a client’s words about the answer are not', async () => {
    const github = await catches(
      'oauth.invalid-client',
      'Failed to create token for "rivile-org" (attempt 1): Integration not found\nRequestError [HttpError]: Integration not found',
    );
    expect(github.title).toBe('The token endpoint refused the client’s credentials: “Integration not found”');
    const supabase = await catches(
      'oauth.invalid-client',
      '{"message":"Unrecognized client_id"}\n\n$ claude mcp list\nplugin:supabase:supabase: https://mcp.supabase.com/mcp (HTTP) - ! Needs authentication',
    );
    expect(supabase.args).toMatchObject({ description: 'Unrecognized client_id' });
    // Entra ID's AADSTS70003 (its row's words are the sentence's start): read on to the full stop, past a quoted name.
    const entra = await catches(
      'oauth.unsupported-grant',
      "AADSTS70003: The app requested an unsupported grant type 'client_credential'. Trace ID: 0d1e2f3a",
    );
    expect(entra.args).toMatchObject({
      description: "The app requested an unsupported grant type 'client_credential'.",
    });
    // A printed dict's value ends at its closing apostrophe (fastapi-keycloak's KeycloakError).
    const keycloak = await catches(
      'oauth.invalid-client',
      "fastapi_keycloak.exceptions.KeycloakError: HTTP 403: {'error': 'unauthorized_client', 'error_description': 'Invalid client secret'}",
    );
    expect(keycloak.args).toMatchObject({ error: 'unauthorized_client', description: 'Invalid client secret' });
    for (const input of [
      '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]',
      '[48853] Authorization error: Error: Token exchange failed: HTTP 401\n    at exchangeAuthorization (file:///Users/u/.npm/_npx/705d/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:173:15)',
      'oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Unauthorized',
    ]) {
      expect((await catches('oauth.invalid-client', input)).title, input).not.toContain('“');
    }
  });

  it('catches not: a longer code holding the RFC one, or a code on a line that is not the error member', async () => {
    const sf = await catches(
      'oauth.invalid-client',
      'error=invalid_client_id&error_description=client%20identifier%20invalid',
    );
    expect(sf.args.error).not.toBe('invalid_client');
    const f = await catches(
      'oauth.invalid-client',
      'docs: retry on invalid_client after a secret rotation\nFailed to create token for "rivile-org": Integration not found',
    );
    expect(f.args.error).toBeUndefined();
    await catchesNot('oauth.invalid-client', 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client_metadata"}');
  });
});

describe('python-jose’s module path names the hit, PyJWT’s words still decide the code', () => {
  // mpdavis/python-jose jose/jwt.py raises PyJWT 1.x's words under its own classes (`raise JWTClaimsError('Invalid
  // audience')`); a traceback prints the class with its module, jose.exceptions (round sample-31's S97).
  it('catches: jose.exceptions.* with PyJWT’s words is python-jose’s, with the no-audience step', async () => {
    const aud = await catches('claim.aud-mismatch', 'jose.exceptions.JWTClaimsError: Invalid audience');
    expect(aud.args).toMatchObject({ via: 'python-jose', noAudiencePassed: true });
    expect(aud.detail).toContain('(python-jose)');
    const traceback =
      'Traceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/jose/jwt.py", line 157, in decode\n    _validate_claims(\njose.exceptions.ExpiredSignatureError: Signature has expired.';
    expect((await catches('time.expired', traceback)).args).toMatchObject({ via: 'python-jose' });
    expect(
      (await catches('time.not-yet-valid', 'jose.exceptions.JWTClaimsError: The token is not yet valid (nbf)')).args,
    ).toMatchObject({ via: 'python-jose' });
    expect((await catches('claim.iss-mismatch', 'jose.exceptions.JWTClaimsError: Invalid issuer')).args).toMatchObject({
      via: 'python-jose',
    });
  });

  it('catches not: PyJWT’s own module path, and other libraries’ heads (sample-31’s reverted rule)', async () => {
    for (const [code, input] of [
      ['claim.aud-mismatch', 'jwt.exceptions.InvalidAudienceError: Invalid audience'],
      ['time.expired', 'jwt.exceptions.ExpiredSignatureError: Signature has expired'],
    ] as const) {
      expect((await catches(code, input)).args.via, input).toBe('pyjwt');
    }
    // Nimbus's words under Spring Security's BadJwtException stay Nimbus's; Google STS's under golang-oauth2's print
    // stay Google STS's (the rule sample-31 reverted moved both).
    const nimbus = await catches(
      'token.jwe',
      'org.springframework.security.oauth2.jwt.BadJwtException: An error occurred while attempting to decode the Jwt: Encrypted JWT rejected: No JWE key selector is configured',
    );
    expect(nimbus.args.via).toBe('nimbus');
    const sts = await catches(
      'federation.no-match',
      'failed to exchange token: oauth2: "unauthorized_client" "The given credential is rejected by the attribute condition."',
    );
    expect(sts.args.via).toBe('gcp-sts');
  });
});

describe('scope.insufficient: a verifier that lets in a token with any one of its scopes', () => {
  // learn.microsoft.com RequiredScopeAttribute(String[]): a 403 when the token "does not have any of these
  // acceptedScopes"; Spring Security's hasAnyAuthority, and OAuth2AuthorizationManagers.hasAnyScope (the hasAnyAuthority
  // of each SCOPE_). Round sample-31's S202: a token with none of them got policy.deny's "carries what is required".
  const SCOPED = unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, scope: 'read:orders' });
  const on403 = (code: string) => `${code}\nAuthorization: Bearer ${SCOPED}\nHTTP/1.1 403 Forbidden`;

  it.each([
    ['Microsoft.Identity.Web', '[RequiredScope("access_as_user", "orders.write")]', 'microsoft-identity-web'],
    [
      'Spring’s hasAnyAuthority',
      'a.requestMatchers("/orders/**").hasAnyAuthority("SCOPE_access_as_user", "SCOPE_orders.write")',
      'spring-security',
    ],
    [
      'Spring’s hasAnyScope',
      '.requestMatchers("/orders/**").access(hasAnyScope("access_as_user", "orders.write"))',
      'spring-security',
    ],
  ])('catches: %s, the token has none of them', async (_name, code, via) => {
    const f = await catches('scope.insufficient', on403(code));
    expect(f.args).toMatchObject({
      required: ['access_as_user', 'orders.write'],
      missing: ['access_as_user', 'orders.write'],
      granted: ['read:orders'],
      anyOf: true,
      via,
    });
    expect(f.title).toBe('The token has none of access_as_user, orders.write');
    expect(f.detail).toContain('any one of "access_as_user" or "orders.write"');
    expect((await run(on403(code))).nextSteps.join('\n')).toContain('one of "access_as_user" or "orders.write"');
    const ja = await catches('scope.insufficient', on403(code), { locale: 'ja' });
    expect(ja.title).toContain('のどれもありません');
    expect(ja.detail).toContain('のいずれかで、');
    await catchesNot('policy.deny', on403(code));
  });

  it.each([
    ['one of them granted', '[RequiredScope("access_as_user", "read:orders")]'],
    ['one of them granted (Spring)', '.hasAnyAuthority("SCOPE_read:orders", "SCOPE_orders.write")'],
    // A role among the authorities lets in a token with none of the scopes: nothing is inferred.
    ['a role among the authorities', '.hasAnyAuthority("SCOPE_orders.write", "ROLE_ADMIN")'],
    // Microsoft.Identity.Web's RequiredScopeOrAppPermission also lets in an app permission (a role): not read.
    [
      'scope or app permission',
      '[RequiredScopeOrAppPermission(new[] { "orders.write" }, new[] { "Orders.Write.All" })]',
    ],
    // A client asking for scopes is no verifier's requirement.
    ['a client’s request', 'scopes: ["access_as_user", "orders.write"]'],
  ])('catches not: %s', async (_name, code) => {
    await catchesNot('scope.insufficient', on403(code));
  });

  it('catches: all-of stays all-of, one lacking is missing (express-oauth2-jwt-bearer)', async () => {
    const f = await catches('scope.insufficient', on403("requiredScopes('read:orders write:orders')"));
    expect(f.args).toMatchObject({ missing: ['write:orders'] });
    expect(f.args.anyOf).toBeUndefined();
    expect(f.title).toBe('The token lacks write:orders');
  });
});
