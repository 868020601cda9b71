/**
 * Round review-31: this stop's refusal titles (round words-hh) read as an on-call engineer reads them on a phone. A
 * title opens with who answered, so an identifier there ("simplejwt rejected the token", "kafka rejected the token")
 * reads as one; a quote of a credential's fingerprint ("bad token ‹token sha256:…›") is noise beside the words before
 * it; a wrapper's words cut at the line's end ("An error occurred while attempting to decode the Jwt: Jwt…") lose the
 * reason they wrap.
 */
import { describe, expect, it } from 'vitest';
import { hasProductName, productName } from '../../src/messages/product-names.js';
import { quoteBeforeSecret, titleQuote } from '../../src/messages/refusal-title.js';
import { catches, catchesNot } from '../helpers/catches.js';

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJzdWIiOiJhdXRoMHw2NjUwZjFjMmE5ZDNlNGI1YzZkN2U4ZjkiLCJhdWQiOiJodHRwczovL2FwaS5hY21lLWNvcnAuY29tIiwiaWF0IjoxNzc5OTc1NjAwLCJleHAiOjE3Nzk5NzkyMDAsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6b3JkZXJzIn0.xKiViVOFbi9aXLUIAHy1guc7AMM5xj01oE_NjB_gcgUJRsAj-7AaNnRGVFVFWnpJQmtU-rUzY1L9qdIzP7p3LSgoSNhVoIPBTtKyac90GI02BHXSWl_sdq1twJATRoHs4zHLJrjp2CKwiXaPs';

describe('a refusal’s title names a library or a server as its makers write it', () => {
  // jazzband/djangorestframework-simplejwt: its JWTAuthentication's 401 body (authentication.py, InvalidToken).
  const SIMPLEJWT =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer realm="api"\n\n{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}';
  // apache/kafka SocketServer's failed SASL/OAUTHBEARER authentication, as a Splunk export shows it.
  const KAFKA =
    '2026-05-28 14:03:29,068 INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({"status":"invalid_token"}) (org.apache.kafka.common.network.Selector)';
  it('catches: Simple JWT’s refusal opens its title with "Simple JWT", not its id (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', SIMPLEJWT);
    expect(f.args).toMatchObject({ via: 'simplejwt' });
    expect(f.title).toBe('Simple JWT rejected the token: “Token is invalid or expired”');
    const ja = await catches('challenge.invalid-token', SIMPLEJWT, { locale: 'ja' });
    expect(ja.title).toMatch(/^Simple JWT がトークンを拒否しています/);
  });
  it('catches: a Kafka broker’s refusal reads "Kafka" (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', KAFKA);
    expect(f.args).toMatchObject({ via: 'kafka' });
    expect(f.title).toMatch(/^Kafka rejected the token/);
    expect(f.detail).not.toMatch(/\bkafka\b/);
    const ja = await catches('challenge.invalid-token', KAFKA, { locale: 'ja' });
    expect(ja.title).toMatch(/^Kafka がトークンを拒否/);
  });
  it('catches: the copied tutorial middleware is named as what it is, in Japanese words in ja', async () => {
    const input = 'HTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized!"}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.title).toBe('The bezkoder tutorial’s JWT middleware rejected the token');
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.title).toBe('bezkoder のチュートリアルの JWT ミドルウェアがトークンを拒否しています');
  });
  it('catches not: a library whose id is its package’s name as written keeps it (jose, hapi, echo-jwt)', () => {
    for (const id of ['jose', 'hapi', 'echo-jwt', 'fosite']) expect(productName(id)).toBe(id);
  });
  it('catches not: a library’s name does not make it a product that answers for itself', () => {
    // "The request to FastAPI has no Authorization header" would name the application's framework as the API.
    for (const id of ['fastapi', 'simplejwt', 'kafka', 'django-rest-framework']) expect(hasProductName(id)).toBe(false);
  });
});

describe('a title quotes the words before a credential, not its fingerprint', () => {
  it('catches: "bad token <JWT>" quotes “bad token”, and the detail keeps the fingerprint', async () => {
    const f = await catches(
      'challenge.invalid-token',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="bad token ${JWT}"`,
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “bad token”');
    expect(f.detail).toMatch(/‹token sha256:[0-9a-f]+›/);
  });
  it('catches: spring-security-oauth2’s "Invalid access token: <opaque token>" quotes “Invalid access token” (en, ja)', async () => {
    // spring-attic/spring-security-oauth DefaultTokenServices.loadAuthentication: "Invalid access token: " + value.
    const input =
      'p.a.OAuth2AuthenticationProcessingFilter : Authentication request failed: error="invalid_token", error_description="Invalid access token: 9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9"';
    const f = await catches('challenge.invalid-token', input);
    expect(f.title).toBe('Spring Security OAuth rejected the token: “Invalid access token”');
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.title).toBe('Spring Security OAuth がトークンを拒否しています：「Invalid access token」');
  });
  it('catches: words that are only the credential leave no quote', () => {
    expect(quoteBeforeSecret('The server rejected the token (invalid_token): “‹token sha256:0123abcd›…”')).toBe(
      'The server rejected the token (invalid_token)',
    );
    expect(quoteBeforeSecret('サーバーがトークンを拒否しています：「‹secret sha256:0123abcd›」')).toBe(
      'サーバーがトークンを拒否しています',
    );
  });
  it('catches not: a quote with no credential, and a fingerprint outside the closing quote, are left as they are', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="kid a1b2C3d4E5f6G7h8I9j0K1l2 is unknown"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “kid a1b2C3d4E5f6G7h8I9j0K1l2 is unknown”');
    const other = 'The token ‹token sha256:0123abcd› is “expired”';
    expect(quoteBeforeSecret(other)).toBe(other);
  });
});

describe('a title quotes the reason a wrapper’s words carry after their colon', () => {
  it('catches: Spring Security’s "An error occurred while attempting to decode the Jwt: …" quotes its reason', async () => {
    // spring-projects/spring-security NimbusJwtDecoder: "An error occurred while attempting to decode the Jwt: %s".
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401\nWWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “…Jwt expired at 2026-05-28T14:02:00Z”');
  });
  it('catches: the first reason that fits, a wrapper in a wrapper (Supabase Auth’s bad_jwt)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/2 403\ncontent-type: application/json\n\n{"code":403,"error_code":"bad_jwt","msg":"invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired"}',
    );
    expect(f.title).toBe('Supabase Auth rejected the token: “…token is expired”');
  });
  it('catches: a first sentence longer than a title is read to its end (Meta’s "Session has expired on …")', () => {
    expect(
      titleQuote(
        'Error validating access token: Session has expired on Feb 7, 2014 9:54am. The current time is Feb 8, 2014 8:58am.',
      ),
    ).toBe('…Session has expired on Feb 7, 2014 9:54am.');
  });
  it('catches not: words that fit keep their wrapper, and a long sentence with no colon is cut at a space', () => {
    expect(titleQuote('Missing parameter: audience')).toBe('Missing parameter: audience');
    expect(titleQuote('The request requires higher privileges than provided by the access token.')).toBe(
      'The request requires higher privileges than provided by the…',
    );
    // A reason too short to stand alone keeps the head, without the comma the cut left.
    expect(titleQuote('The access token provided is expired, revoked, malformed, or invalid: x')).toBe(
      'The access token provided is expired, revoked, malformed…',
    );
  });
});

describe('a Twilio code that names its check is quoted, not called a refusal that names no cause', () => {
  // twilio.com/docs/api/errors/20103 "Invalid Access Token issuer or subject" (voice-quickstart-android#109).
  const ISSUER_SUBJECT = 'Outgoing call got error Error - 20103 Invalid Access Token issuer or subject';
  it('catches: 20103 quotes Twilio’s words for it (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', ISSUER_SUBJECT);
    expect(f.args).toMatchObject({ via: 'twilio', description: 'Invalid Access Token issuer or subject' });
    expect(f.args).not.toHaveProperty('genericReason');
    expect(f.title).toBe('Twilio rejected the token: “Invalid Access Token issuer or subject”');
    expect(f.detail).not.toContain('names no cause');
    const ja = await catches('challenge.invalid-token', ISSUER_SUBJECT, { locale: 'ja' });
    expect(ja.title).toBe('Twilio がトークンを拒否しています：「Invalid Access Token issuer or subject」');
  });
  it('catches not: 20101’s "Invalid Access Token" names no check, and says so', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'ERROR\nInvalid Access Token. Please make sure you are using the correct credentials.\n\nError Code: 20101',
    );
    expect(f.args).toMatchObject({ via: 'twilio', genericReason: true });
    expect(f.title).toBe('Twilio rejected the token');
  });
});

// RFC 7662 §2.2: an introspection answer's `active` is REQUIRED; `sub`, like `aud` and `iss`, is OPTIONAL.
describe('an active introspection answer pasted as JSON is not asked for a sub either', () => {
  const answer = '{"active": true, "scope": "read:orders", "client_id": "orders-web", "exp": 1779979200}';
  it('catches: the answer alone says nothing explains a failure, rather than "the token has no sub"', async () => {
    const f = await catches('input.empty', answer);
    expect(f.args).toMatchObject({ read: 'payload' });
    await catchesNot('claim.sub-missing', answer);
  });
  it('catches not: a payload with no `active` still lacks its sub', async () => {
    await catches('claim.sub-missing', '{"scope": "read:orders", "client_id": "orders-web", "exp": 1779979200}');
  });
});

// opentok/opentok-node#232: the REST API's answer to the JWT opentok-node signs, printed after its 403.
describe('Vonage Video’s REST 403 quotes the reason its body states', () => {
  it('catches: "Invalid issuer format" is the refusal’s words, not "names no cause" (en and ja)', async () => {
    const input =
      'createSession error:Error: Failed to createSession. Error: An authentication error occurred: (403) {"code":-1,"message":"Invalid issuer format","description":"Invalid issuer format"}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'vonage-video', description: 'Invalid issuer format' });
    expect(f.title).toBe('Vonage Video API rejected the token: “Invalid issuer format”');
    const ja = await catches('challenge.invalid-token', input, { locale: 'ja' });
    expect(ja.title).toBe('Vonage Video API がトークンを拒否しています：「Invalid issuer format」');
  });
  it('catches not: the 403 with no body still names no cause', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Error: Failed to createSession. Error: An authentication error occurred: (403) Forbidden',
    );
    expect(f.args).toMatchObject({ via: 'vonage-video', genericReason: true });
  });
});

describe('a refusal read in an RPC envelope opens with the envelope', () => {
  it('catches: a GraphQL insufficient-scope refusal does not read the envelope as where the permission lacks', async () => {
    // Shopify's Admin GraphQL ACCESS_DENIED (shopify.dev/api/usage/access-scopes).
    const f = await catches(
      'challenge.insufficient-scope',
      '{"errors":[{"message":"Access denied for orders field. Required access: `read_orders` access scope.","extensions":{"code":"ACCESS_DENIED","documentation":"https://shopify.dev/api/usage/access-scopes"}}]}',
    );
    expect(f.detail).toMatch(
      /^In GraphQL’s error envelope, the service refused the call for a permission the token lacks/,
    );
  });
  it('catches not: tRPC is named as trpc.io writes it, never as its id', () => {
    expect(productName('trpc')).toBe('tRPC');
    expect(hasProductName('trpc')).toBe(false);
  });
});

// getstream.io/chat/docs "Tokens & Authentication": a user token carries user_id, never sub (round audit-aq's paste).
describe('a video or chat service’s backend-minted token is not told it has no sub', () => {
  const STREAM_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiam9obiIsImV4cCI6MTc3OTk3MDIwMH0.***';
  it('catches not: Stream’s user token beside Stream’s refusal names its user by user_id', async () => {
    await catchesNot(
      'claim.sub-missing',
      `token: ${STREAM_TOKEN}\nNetworkError(message=JWTAuth error: token is expired (exp), serverErrorCode=40, statusCode=401, cause=null)`,
    );
  });
  it('catches: the same claims with no Stream in the paste still lack a sub', async () => {
    await catches('claim.sub-missing', `token: ${STREAM_TOKEN}`);
  });
});
