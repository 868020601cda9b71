/**
 * Round 26b: the readings three paste rounds (challenges, captures, tokens) left. Each group is one reading fixed in the
 * engine in general: masks that are one character long (.NET's HttpClient logging, OkHttp's HttpLoggingInterceptor), a
 * gRPC UNAUTHENTICATED beside a pasted token, comma-separated scopes on a 403, Spring Security's inactive opaque token,
 * RFC 9470 / RFC 9449 errors stated in a body alone, a DPoP proof pasted alone, base64 padding, a case-only difference
 * in an allowed alg or a kid, a JWT base64-encoded again, a nested JWT, and GitHub's reply as a Ruby hash. Product
 * strings are confirmed in the public sources named beside each group (and in the matcher or reader that reads them).
 * Each group ends with the same words or shape out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import { A401, A403, EXPIRED_MASKED, FRESH_MASKED, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url, CLAIMS, jwksFor, rs256 } from '../helpers/tokens.js';

// .NET's IHttpClientFactory logging writes a redacted header's value as `*` (dotnet/runtime, Microsoft.Extensions.Http
// HttpHeadersLogValue and its test: "Request Headers:" then "secureHeader1: *"; the handler's category
// System.Net.Http.HttpClient.<name>.ClientHandler, event 102 RequestHeader: RedactedLogValueIntegrationTest), and its
// "Received HTTP response headers after 188.6041ms - 200" line (StefH/SanitizedHttpLogger README). OkHttp's
// HttpLoggingInterceptor writes `██` for a header named in redactHeader (square/okhttp HttpLoggingInterceptor.logHeader:
// `if (headersToRedact.contains(headers.name(i))) "██" else headers.value(i)`), between `--> END GET` and
// `<-- END HTTP`. Both read as a credential with no scheme (authz-header.scheme, token.opaque, authz-header.format).
const MASKED_WHOLE = ['authz-header.scheme', 'token.opaque', 'authz-header.format'] as const;
const MASKS: Row[] = [
  {
    name: '.NET HttpClient logging: Authorization: * in the request headers, then the 401',
    input: [
      'info: System.Net.Http.HttpClient.orders.ClientHandler[102]',
      '      Request Headers:',
      '      Authorization: *',
      '      Accept: application/json',
      'info: System.Net.Http.HttpClient.orders.ClientHandler[101]',
      '      Received HTTP response headers after 41.2ms - 401',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    includes: ['input.masked'],
    excludes: [...MASKED_WHOLE],
  },
  {
    name: 'OkHttp HttpLoggingInterceptor: Authorization: ██ with redactHeader',
    input: ['Authorization: ██', '--> END GET', '<-- END HTTP'].join('\n'),
    ...QUIET,
    includes: ['input.masked'],
    excludes: [...MASKED_WHOLE],
  },
  {
    name: 'out of shape: a bare value without a scheme is still no Bearer token',
    input: `${S401}\nAuthorization: abc123def456`,
    ...A401,
    includes: ['authz-header.scheme'],
    excludes: ['input.masked'],
  },
];

// grpc-go's status error: fmt.Sprintf("rpc error: code = %s desc = %s", …) (grpc/grpc-go status.Error, internal/status);
// grpc-java's `io.grpc.StatusRuntimeException: UNAUTHENTICATED: …` (parse/client-errors.ts names its issues). Alone,
// each read as token.missing; beside a pasted token they classified as undetermined.
const GRPC: Row[] = [
  {
    name: 'grpc-go beside the token it sent',
    input: `rpc error: code = Unauthenticated desc = invalid token\nauthorization: Bearer ${FRESH_MASKED}`,
    ...REFUSED,
    excludes: ['token.missing'],
  },
  {
    name: 'grpc-java beside the token it sent',
    input: `io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid token\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)\ntoken: ${FRESH_MASKED}`,
    ...REFUSED,
  },
  {
    name: 'out of shape: the code named in a question beside a token',
    input: `what does code Unauthenticated mean for this token? ${FRESH_MASKED}`,
    ...QUIET,
  },
];

// The token's scopes comma-separated: scope.format (findings.md: "comma-separated scopes"); on a 403 with nothing else
// to explain it, a policy denial was inferred above it.
const COMMA_TOKEN = `${rs256({ ...CLAIMS, scope: 'read:orders,write:orders' })
  .split('.')
  .slice(0, 2)
  .join('.')}.***`;
const COMMA: Row[] = [
  {
    name: 'a 403 for a token whose scopes are comma-separated',
    input: `${S403}\nContent-Type: application/json\n\n{"message":"Forbidden"}\n\nAuthorization: Bearer ${COMMA_TOKEN}`,
    ...A403,
    top: 'scope.format',
    excludes: ['policy.deny'],
  },
  {
    name: 'out of shape: the same 403 for a token with space-separated scopes is still policy',
    input: `${S403}\nContent-Type: application/json\n\n{"message":"Forbidden"}\n\nAuthorization: Bearer ${FRESH_MASKED}`,
    ...A403,
    top: 'policy.deny',
    excludes: ['scope.format'],
  },
];

// Spring Security's introspection: SpringOpaqueTokenIntrospector / NimbusOpaqueTokenIntrospector throw
// BadOpaqueTokenException("Provided token isn't active") for `"active": false`; OpaqueTokenAuthenticationProvider rethrows
// it as InvalidBearerTokenException, and the entry point writes it into the challenge with error_uri (spring-security's
// OAuth2ResourceServerBeanDefinitionParserTests expects the header to contain it; a captured 401 in a public API
// walkthrough shows `error_description="Provided token isn't active", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"`).
const SPRING_INACTIVE: Row[] = [
  {
    name: 'the challenge of a 401 for an inactive opaque token',
    input: [
      'HTTP/1.1 401 ',
      `WWW-Authenticate: Bearer error="invalid_token", error_description="Provided token isn't active", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"`,
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'token.revoked',
    via: 'spring-security',
  },
  {
    name: 'the debug log with the exception',
    input: [
      '2026-05-28T14:09:58.120Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.w.a.BearerTokenAuthenticationFilter : Failed to process authentication request',
      '',
      "org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: Provided token isn't active",
      "Caused by: org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException: Provided token isn't active",
    ].join('\n'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'spring-security',
  },
  {
    name: 'out of shape: the words quoted in a question',
    input: `is "Provided token isn't active" a revoked token? the same token works in Postman`,
    ...QUIET,
    excludes: ['token.revoked'],
  },
];

// RFC 9470 §3's error echoed in a body without the header ({"error":"insufficient_user_authentication",
// "error_description":"Subject doesn't meet authentication requirements"}, draft-ietf-oauth-identity-chaining's example),
// and RFC 9449 §7.1's invalid_dpop_proof in the body of go-jwt-middleware's DPoP modes (auth0/go-jwt-middleware
// examples/http-dpop-*: `{"error": …, "error_description": …, "error_code": …}`; `{"error": "invalid_dpop_proof",
// "error_description": "DPoP proof required"}` is a public resource server's).
const BODIES: Row[] = [
  {
    name: 'insufficient_user_authentication in the body of a 401',
    input: `${S401}\nContent-Type: application/json\n\n{"error":"insufficient_user_authentication","error_description":"Subject doesn't meet authentication requirements"}\n\nAuthorization: Bearer ${FRESH_MASKED}`,
    ...A401,
    top: 'challenge.step-up',
  },
  {
    name: 'invalid_dpop_proof in the body of a 400 to a DPoP request',
    input: [
      `$ curl -i -H "Authorization: DPoP ${FRESH_MASKED}" https://api.example.com/orders`,
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_dpop_proof","error_description":"DPoP proof required","error_code":"dpop_proof_missing"}',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'challenge.dpop-proof',
  },
  {
    name: 'out of shape: the error in documentation prose after a success',
    input: 'HTTP/1.1 200 OK\n\nthe API may answer {"error":"invalid_dpop_proof"} when the proof is stale',
    status: 200,
    classification: 'undetermined',
    excludes: ['challenge.dpop-proof'],
  },
];

// A DPoP proof (RFC 9449 §4.2: typ dpop+jwt, jwk in the header; jti, htm, htu, iat in the payload) copied alone from the
// request's DPoP header: no iss, aud or exp by design.
const PROOF = `${b64url({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs', y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA' } })}.${b64url({ jti: 'e1j3V_bKic8-LAEB', htm: 'GET', htu: 'https://api.example.com/orders', iat: CLAIMS.iat + 1790 })}.***`;
const DPOP_ALONE: Row[] = [
  {
    name: 'a DPoP proof pasted alone',
    input: `this is the DPoP header we send:\n${PROOF}`,
    ...QUIET,
    excludes: ['claim.iss-missing', 'claim.aud-missing', 'time.no-exp'],
  },
  {
    name: 'the proof sent as the bearer token: type mismatch',
    input: `curl -H "Authorization: Bearer ${PROOF}" https://api.example.com/orders\n${S401}`,
    ...A401,
    top: 'token.type-mismatch',
    excludes: ['claim.iss-missing', 'time.no-exp'],
  },
  {
    name: 'out of shape: an access token without exp is still time.no-exp',
    input: `${S401}\nAuthorization: Bearer ${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url({ iss: CLAIMS.iss, aud: CLAIMS.aud, sub: CLAIMS.sub })}.***`,
    ...A401,
    includes: ['time.no-exp'],
  },
];

// Base64 padding, wrapped tokens and nested ones (RFC 7515 §2: base64url without padding; RFC 7519 §5.2: cty "JWT").
// `kubectl get secret … -o jsonpath='{.data.token}'` prints a Secret's data base64-encoded (onedr0p/cluster-template#585).
const std = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const PADDED = `${std({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${std({ iss: CLAIMS.iss, sub: 'u1', aud: CLAIMS.aud, iat: CLAIMS.iat, exp: CLAIMS.exp })}.***`;
const SA_TOKEN = rs256({
  iss: 'https://kubernetes.default.svc.cluster.local',
  sub: 'system:serviceaccount:flux-system:flux',
  aud: ['https://kubernetes.default.svc.cluster.local'],
  iat: CLAIMS.iat,
  exp: CLAIMS.exp,
});
const WRAPPED = Buffer.from(SA_TOKEN).toString('base64');
const INNER = rs256({ ...CLAIMS, exp: CLAIMS.iat + 1400 }, { kid: 'inner' });
const NESTED = `${b64url({ alg: 'RS256', cty: 'JWT', kid: 'k1' })}.${b64url(INNER)}.***`;
const ENCODINGS: Row[] = [
  {
    name: 'a token whose parts carry base64 padding',
    input: `${S401}\nAuthorization: Bearer ${PADDED}`,
    ...A401,
    top: 'token.malformed',
  },
  {
    name: 'kubectl’s .data.token pasted as it prints it',
    input: `$ kubectl -n flux-system get secret flux-token -o jsonpath='{.data.token}'\n${WRAPPED}`,
    ...QUIET,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'the same value sent as the bearer token',
    input: `curl -H "Authorization: Bearer ${WRAPPED}" https://10.0.0.1:6443/api\n${S401}`,
    ...A401,
    top: 'token.malformed',
    excludes: ['token.opaque'],
  },
  {
    name: 'out of shape: a base64 value that is no JWT stays opaque',
    input: `${S401}\nAuthorization: Bearer ${Buffer.from('eyJpZCI6ODgxMn0 is a cursor, not a token at all').toString('base64')}`,
    ...A401,
    includes: ['token.opaque'],
    excludes: ['token.malformed'],
  },
  {
    name: 'a nested JWT (cty JWT): the inner token’s expiry, not a malformed payload',
    input: `${S401}\nAuthorization: Bearer ${NESTED}`,
    ...A401,
    top: 'time.expired',
    excludes: ['token.malformed'],
  },
];

// HTTParty's inspect of GitHub's 401 (an irb session in the githubrepo gem's notes: `#<HTTParty::Response:0x7fac9b0302d8
// parsed_response={"message"=>"Bad credentials", "documentation_url"=>"https://developer.github.com/v3"},
// @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>, …>`).
const HTTPARTY: Row[] = [
  {
    name: 'HTTParty’s response inspected in irb',
    input: `=> #<HTTParty::Response:0x7fac9b0302d8 parsed_response={"message"=>"Bad credentials", "documentation_url"=>"https://docs.github.com/rest"}, @response=#<Net::HTTPUnauthorized 401 Unauthorized readbody=true>, @headers={"server"=>["GitHub.com"], "status"=>["401 Unauthorized"]}>`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'github',
  },
  {
    name: 'out of shape: a Ruby hash with another message, and the words in prose',
    input:
      '# the wrapper returns {"message"=>"ok"}; GitHub says Bad credentials when the PAT is wrong, how do I check mine?',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
];

for (const [title, rows] of [
  ['one-character masks', MASKS],
  ['gRPC UNAUTHENTICATED beside a token', GRPC],
  ['comma-separated scopes on a 403', COMMA],
  ['Spring Security’s inactive opaque token', SPRING_INACTIVE],
  ['step-up and DPoP errors in a body alone', BODIES],
  ['a DPoP proof pasted alone', DPOP_ALONE],
  ['padding, wrapped and nested tokens', ENCODINGS],
  ['HTTParty’s Ruby hash', HTTPARTY],
] as const) {
  describe(`formats, round 26b: ${title}`, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      await expectPasteRow(row, [SA_TOKEN.split('.')[2] as string, INNER.split('.')[2] as string]);
    });
  });
}

describe('formats, round 26b: the finding’s words', () => {
  const signed = rs256(CLAIMS);
  const secrets = [signed.split('.')[2] as string];
  it('token.malformed names the padding', async () => {
    const report = await expectPasteRow({
      name: 'padding',
      input: `${S401}\nAuthorization: Bearer ${PADDED}`,
      ...A401,
    });
    const f = report.findings.find((x) => x.code === 'token.malformed');
    expect(f?.args).toMatchObject({ reason: 'padding' });
    expect(f?.detail).toContain('base64 padding (=)');
  });
  it('token.malformed says a wrapped token is base64-encoded again, and never echoes it', async () => {
    const report = await expectPasteRow(
      { name: 'wrapped', input: `Authorization: Bearer ${WRAPPED}\n${S401}`, ...A401 },
      [WRAPPED.slice(20, 80), SA_TOKEN.split('.')[1] as string, SA_TOKEN.split('.')[2] as string],
    );
    const f = report.findings.find((x) => x.code === 'token.malformed');
    expect(f?.args).toMatchObject({ reason: 'base64-wrapped' });
    expect(f?.detail).toContain('base64-encoded again');
  });
  it('alg.not-allowed says the allowed name differs only in case', async () => {
    const options: DiagnoseOptions = { allowedAlgorithms: ['rs256'] };
    const report = await expectPasteRow(
      { name: 'alg case', input: `${S401}\nAuthorization: Bearer ${signed}`, ...A401, top: 'alg.not-allowed' },
      secrets,
      options,
    );
    const f = report.findings.find((x) => x.code === 'alg.not-allowed');
    expect(f?.args).toMatchObject({ caseOf: 'rs256' });
    expect(f?.detail).toContain('only in case');
  });
  it('key.kid-unknown says the key set’s kid differs only in case', async () => {
    const options: DiagnoseOptions = { keys: [jwksFor('K1')] };
    const report = await expectPasteRow(
      { name: 'kid case', input: `${S401}\nAuthorization: Bearer ${signed}`, ...A401, top: 'key.kid-unknown' },
      secrets,
      options,
    );
    const f = report.findings.find((x) => x.code === 'key.kid-unknown');
    expect(f?.args).toMatchObject({ kid: 'k1', caseOf: 'K1' });
    expect(f?.detail).toContain('only in case');
  });
  it('out of shape: another alg or kid says nothing of case', async () => {
    const report = await expectPasteRow(
      { name: 'other alg', input: `${S401}\nAuthorization: Bearer ${signed}`, ...A401 },
      secrets,
      { allowedAlgorithms: ['ES256'], keys: [jwksFor('k2')] },
    );
    for (const f of report.findings) expect(f.args).not.toHaveProperty('caseOf');
  });
  it('the expired token fixture still reads as before beside these rows', async () => {
    await expectPasteRow({
      name: 'expired',
      input: `${S401}\nAuthorization: Bearer ${EXPIRED_MASKED}`,
      ...A401,
      top: 'time.expired',
    });
  });
});
