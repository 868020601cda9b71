/**
 * Round review-32: the stop's merges (left-kk's quote stops and title cuts, audit-au's IdentityModel and Nimbus rows,
 * audit-av's gateway steps, audit-aw's client exports) read as an on-call engineer reads them, in English and Japanese.
 * A verifier is named as its makers write it, and a step reads as a sentence whatever algorithm it names.
 */
import { describe, expect, it } from 'vitest';
import { productName } from '../../src/messages/product-names.js';
import { fitTitle } from '../../src/messages/refusal-title.js';
import { catches, run } from '../helpers/catches.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('a verifier is named as its makers write it, not by its id', () => {
  // AzureAD/microsoft-identity-web#2689: IDX10205 with every value hidden (audit-au's 09).
  const IDX10205 =
    "IDX10205: Issuer validation failed. Issuer: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'. Did not match: validationParameters.ValidIssuer: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]' or validationParameters.ValidIssuers: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.";
  it('catches: IdentityModel’s refusal says IdentityModel, as its ShowPII step does, in en and ja', async () => {
    const f = await catches('claim.iss-mismatch', IDX10205);
    expect(f.args).toMatchObject({ via: 'identitymodel' });
    expect(f.detail).toContain('(IdentityModel)');
    expect(f.detail).not.toContain('identitymodel');
    const ja = await catches('claim.iss-mismatch', IDX10205, { locale: 'ja' });
    expect(ja.detail).toContain('（IdentityModel）');
  });
  it('catches: ASP.NET Core’s challenge beside an IDX line names ASP.NET Core, not aspnetcore', async () => {
    const f = await catches(
      'signature.invalid',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The signature is invalid"\nContent-Length: 0',
    );
    expect(f.args).toMatchObject({ via: 'aspnetcore' });
    expect(f.detail).toContain('(ASP.NET Core)');
  });
  it('catches not: a library whose id is its package’s name as written keeps it (jsonwebtoken)', async () => {
    const f = await catches('signature.invalid', 'JsonWebTokenError: invalid signature');
    expect(f.detail).toContain('(jsonwebtoken)');
  });
  it('catches not: a gem’s or a package’s own name stays as written (doorkeeper, msal, wildfly-elytron)', () => {
    for (const id of ['doorkeeper', 'msal', 'wildfly-elytron']) expect(productName(id)).toBe(id);
    expect(productName('golang-oauth2')).toBe('golang.org/x/oauth2');
    expect(productName('spring-framework')).toBe('Spring Framework');
  });
});

describe('Nimbus’s default-algorithm step reads whatever the algorithm', () => {
  // logto-io/logto#4910: Spring Security's NimbusJwtDecoder (RS256 by default) refuses an ES384 token.
  const token = `${b64({ alg: 'ES384', typ: 'at+jwt', kid: 'k9x' })}.${b64({ iss: 'https://tenant.logto.app/oidc', aud: 'https://api.example.com', sub: 'u1', exp: 1779980000, iat: 1779976400 })}.***`;
  const paste = `HTTP/1.1 401\nWWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"\n\nAuthorization: Bearer ${token}\n`;
  it('catches: "a key for ES384", never "a ES384 key"; the verifier is Nimbus JOSE + JWT', async () => {
    const f = await catches('alg.not-allowed', paste);
    expect(f.args).toMatchObject({ alg: 'ES384', nimbusDefault: true });
    expect(f.detail).toContain('(Nimbus JOSE + JWT)');
    const report = await run(paste);
    const step = report.nextSteps.find((s) => s.includes('NimbusJwtDecoder.withJwkSetUri'));
    expect(step).toContain('holds a key for ES384 with the token’s kid');
    expect(report.nextSteps.join('\n')).not.toMatch(/\ba E[SC]/);
  });
});

describe('a title’s quote cut keeps an identifier whole', () => {
  // The MCP Python SDK's authorize endpoint after a restart forgot a dynamically registered client (corpus #2777).
  const paste = `{"error":"invalid_request","error_description":"Client ID 'c24c4da9-cc66-4c69-8f02-03c803ff1e4e' not found","state":"fXUoAbVwcAzGPBm8Qyrw6A=="}\n\nINFO:     127.0.0.1:50327 - "POST /mcp HTTP/1.1" 401 Unauthorized\nINFO:     127.0.0.1:50333 - "GET /authorize?client_id=c24c4da9-cc66-4c69-8f02-03c803ff1e4e&response_type=code HTTP/1.1" 400 Bad Request`;
  it('catches: the client id is quoted whole, the words after it give way', async () => {
    const f = await catches('oauth.invalid-client', paste);
    expect(f.title).toMatch(/“Client ID 'c24c4da9-cc66-4c69-8f02-03c803ff1e4e'…”$/);
    expect(f.title.length).toBeLessThanOrEqual(145);
  });
  it('catches not: a word whose end is past the slack is cut at the room, as before', () => {
    const lead = `${'x'.repeat(80)} (invalid_request): “`;
    const title = fitTitle(`${lead}ab ${'c'.repeat(90)}”`);
    expect(title.length).toBeLessThanOrEqual(145);
    expect(title.endsWith('…”')).toBe(true);
    expect(title).toContain(`ab ${'c'.repeat(10)}`);
  });
});

describe('a body is where the words were read, not who said them', () => {
  // audit-aw's Ktor ClientRequestException (find_string id 34928021279): the server's JSON body says the token expired.
  const KTOR =
    'io.ktor.client.plugins.ClientRequestException: Client request(GET https://api.acme-corp.com/v1/orders) invalid: 401 Unauthorized. Text: "{"error":"invalid_token","error_description":"The access token expired"}"';
  it('catches: "(in its response body)", never "The verifier says … (response body)"', async () => {
    const f = await catches('time.expired', KTOR);
    expect(f.args).toMatchObject({ via: 'response body' });
    expect(f.detail).toBe('The verifier says the token is expired (in its response body).');
  });
  it('catches not: a verifier that said it is still named in parentheses', async () => {
    const f = await catches('time.expired', 'jwt.exceptions.ExpiredSignatureError: Signature has expired');
    expect(f.detail).toContain('(');
    expect(f.detail).not.toContain('in its');
  });
});

describe('oauth2-proxy’s "not implemented" is a verifier it lacks, not a bad token', () => {
  // oauth2-proxy/oauth2-proxy#2319 (fixed by an --extra-jwt-issuers pair) and #773 (a provider without bearer support):
  // jwt_session.go lists one error per session loader after "unable to verify bearer token".
  const ALONE =
    '[2023/11/12 10:28:00] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]';
  it('catches: the provider verifies no bearer token, so no check judged the token (en, ja)', async () => {
    const f = await catches('challenge.invalid-token', ALONE);
    expect(f.args).toMatchObject({ via: 'oauth2-proxy', description: 'not implemented' });
    expect(f.detail).toContain('no check judged the token itself');
    expect(f.detail).not.toContain('expired, revoked');
    const ja = await catches('challenge.invalid-token', ALONE, { locale: 'ja' });
    expect(ja.detail).toContain('--extra-jwt-issuers');
  });
  it('catches not: a second loader’s error beside it judged the token, and its words say how', async () => {
    const report = await run(
      '[2023/11/12 10:28:00] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented, failed to verify token: oidc: expected audience "orders" got ["account"]]',
    );
    expect(report.findings[0]?.code).toBe('claim.aud-mismatch');
    for (const f of report.findings) expect(f.detail).not.toContain('no check judged the token itself');
  });
});
