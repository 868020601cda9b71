/**
 * Round "left": readings earlier rounds noticed and left. A JOSE header pasted alone (jwt.io's header pane), exception
 * classes named in a list after "catch"/"handle", Japanese prose that wonders about a verifier's message, and a forward
 * proxy's 407. Each group ends with the same words or shape out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, EXPIRED_MASKED, FRESH_MASKED, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

// jwt.io's Debugger shows the decoded header in its own pane (`{"alg":"HS256","typ":"JWT"}`, RFC 7519 §3.1's
// example header); a copy of that pane alone read as nothing recognised. Its members are JOSE header parameters
// (RFC 7515 §4.1: alg, jku, jwk, kid, x5u, x5c, x5t, x5t#S256, typ, cty, crit), which tell it from a log's JSON.
const HEADER_ALONE: Row[] = [
  {
    name: 'a lone {"alg":"none"}',
    input: '{"alg":"none"}',
    ...QUIET,
    top: 'alg.none',
    token: null,
  },
  {
    name: 'jwt.io’s header pane: {"alg":"none","typ":"JWT"}',
    input: '{\n  "alg": "none",\n  "typ": "JWT"\n}',
    ...QUIET,
    top: 'alg.none',
    token: null,
  },
  {
    name: 'header and payload as two JSON objects, the header with alg alone',
    input:
      '{"alg":"none"}\n{"iss":"https://auth.acme-corp.com/","sub":"u1","aud":"https://api.acme-corp.com","exp":1900000000}',
    ...QUIET,
    top: 'alg.none',
  },
  {
    name: 'a lone {"alg":"HS256","typ":"JWT"}: a header was read, no token and no payload',
    input: '{"alg":"HS256","typ":"JWT"}',
    ...QUIET,
    top: 'input.empty',
    excludes: ['alg.none'],
    token: null,
  },
  {
    name: 'out of shape: a log line’s JSON with an alg member is no header',
    input: '{"level":"error","msg":"verify failed","alg":"none"}',
    ...QUIET,
    excludes: ['alg.none'],
  },
  {
    name: 'out of shape: a JWK with alg is a key, not a header',
    input: '{"kty":"oct","alg":"none","k":"c2VjcmV0"}',
    ...QUIET,
    excludes: ['alg.none'],
  },
  {
    name: 'out of shape: a real token beside a pasted header is judged by its own header',
    input: `${S401}\nAuthorization: Bearer ${FRESH_MASKED}\n{"alg":"none"}`,
    ...A401,
    excludes: ['alg.none'],
  },
];

// scan.ts's CODE_VERBS: "should I catch ExpiredJwtException?" names a class as code to write. The classes after it in a
// list ("… or MalformedJwtException", "A, B, and C") read as stated failures; jjwt's io.jsonwebtoken classes and
// PyJWT's jwt.exceptions are the rows (parse/verifier-messages/java.ts, python.ts).
const CLASS_LISTS: Row[] = [
  {
    name: 'catch A or B',
    input: 'should I catch ExpiredJwtException or MalformedJwtException?',
    ...QUIET,
    excludes: ['token.malformed', 'time.expired'],
  },
  {
    name: 'handle A, B, and C',
    input: 'how do I handle ExpiredJwtException, MalformedJwtException, and UnsupportedJwtException',
    ...QUIET,
    excludes: ['token.malformed', 'time.expired'],
  },
  {
    name: 'catch A/B',
    input: 'should I catch ExpiredJwtException/MalformedJwtException?',
    ...QUIET,
    excludes: ['token.malformed'],
  },
  {
    name: 'catch the A or the `B`, quoted',
    input: 'catch `ExpiredJwtException` or the `MalformedJwtException`',
    ...QUIET,
    excludes: ['token.malformed'],
  },
  {
    name: 'PyJWT: catch jwt.ExpiredSignatureError or jwt.InvalidAudienceError',
    input: 'should I catch jwt.ExpiredSignatureError or jwt.InvalidAudienceError?',
    ...QUIET,
    excludes: ['claim.aud-mismatch', 'time.expired'],
  },
  {
    name: 'out of shape: "I get A and B" states both',
    input: 'I get ExpiredJwtException and MalformedJwtException',
    ...REFUSED,
    includes: ['token.malformed', 'time.expired'],
  },
  {
    name: 'out of shape: a list after "catch everything and" is no list of classes',
    input: 'I catch everything and MalformedJwtException is still thrown',
    ...REFUSED,
    includes: ['token.malformed'],
  },
];

// The Japanese counterpart of CODE_VERBS: a message followed by a condition (なら, たら, の場合), a guess (かもしれない)
// or "should catch" (をキャッチすべき), or after もし, is wondered about, not reported. jsonwebtoken's `jwt expired`
// and `invalid signature` (auth0/node-jsonwebtoken verify.js), IdentityModel's IDX10223 and jjwt's classes are the rows.
const JAPANESE: Row[] = [
  { name: 'もし … が出たら', input: 'もし jwt expired が出たらどうすればいい？', ...QUIET, excludes: ['time.expired'] },
  {
    name: '… なら鍵を確認すべき？',
    input: 'invalid signature なら鍵を確認すべき？',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
  { name: '… かもしれない', input: 'TokenExpiredError かもしれない', ...QUIET, excludes: ['time.expired'] },
  { name: '… が出るかもしれません', input: 'IDX10223 が出るかもしれません', ...QUIET, excludes: ['time.expired'] },
  {
    name: 'class をキャッチすべき？',
    input: 'ExpiredJwtException をキャッチすべき？',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'A と B のどちらを catch すべき？',
    input: 'ExpiredJwtException と MalformedJwtException のどちらをcatchすべき？',
    ...QUIET,
    excludes: ['time.expired', 'token.malformed'],
  },
  { name: '「…」と表示されたら', input: '「jwt expired」と表示されたらログアウトさせたい', ...QUIET },
  { name: '… の場合は', input: 'jwt expired の場合は再取得します', ...QUIET, excludes: ['time.expired'] },
  {
    name: 'beside a 401, a wondered cause is still no stated one',
    input: `${S401}\nもし IDX10223 なら時刻の問題？`,
    ...A401,
    excludes: ['time.expired'],
  },
  {
    name: 'out of shape: "jwt expired になります" reports it',
    input: 'jwt expired になります',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: ログに … と出ています',
    input: 'ログに jwt expired と出ています',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: … と出るのですがどうすれば',
    input: 'jwt expired と出るのですがどうすればいいですか？',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: … と出てどうしたらいいか',
    input: 'jwt expired と出てどうしたらいいかわかりません',
    ...REFUSED,
    top: 'time.expired',
  },
  {
    name: 'out of shape: 再起動したら … が出ました (the condition is before the message)',
    input: '再起動したら jwt expired が出ました',
    ...REFUSED,
    top: 'time.expired',
  },
];

// RFC 9110 §15.5.8 (https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8): 407 Proxy Authentication Required, "the
// client needs to authenticate itself in order to use a proxy", with a Proxy-Authenticate challenge; curl -v's
// "CONNECT tunnel failed, response 407" (curl's cf-h1-proxy.c, quoted in many public logs: find_string).
const PROXY_407: Row[] = [
  {
    name: 'curl -v through a corporate proxy: CONNECT, then 407 with Proxy-Authenticate',
    input: [
      "* Uses proxy env variable https_proxy == 'http://proxy.corp.example:3128'",
      '* Establish HTTP proxy tunnel to api.acme-corp.com:443',
      '> CONNECT api.acme-corp.com:443 HTTP/1.1',
      '> Host: api.acme-corp.com:443',
      '> User-Agent: curl/8.5.0',
      '> Proxy-Connection: Keep-Alive',
      '>',
      '< HTTP/1.1 407 Proxy Authentication Required',
      '< Proxy-Authenticate: Basic realm="corp-proxy"',
      '< Content-Length: 0',
      '<',
      '* CONNECT tunnel failed, response 407',
      'curl: (56) CONNECT tunnel failed, response 407',
    ].join('\n'),
    status: 407,
    classification: 'undetermined',
    top: 'status.not-auth',
    excludes: ['authz-header.missing', 'challenge.scheme-mismatch', 'token.missing'],
  },
  {
    name: 'a 407 beside the request’s bearer token: the proxy, not the token',
    input: `> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${EXPIRED_MASKED}\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm="corp-proxy"`,
    status: 407,
    classification: 'undetermined',
    top: 'status.not-auth',
  },
  {
    name: 'out of shape: a 401 with a Proxy-Authenticate is still the API’s 401',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\nProxy-Authenticate: Basic realm="corp-proxy"`,
    ...A401,
    top: 'challenge.invalid-token',
  },
];

// thephpleague/oauth2-server src/AuthorizationValidators/BearerTokenValidator.php: OAuthServerException::accessDenied's
// hints, in the 401 body's "hint" (Laravel Passport's resource guard). 7.x/8.0 (lcobucci/jwt 3): 'Access token is
// invalid' when `$token->validate($data)` fails, 'Error while decoding to JSON' for the parser's RuntimeException; today:
// 'Missing "Authorization" header', 'Access token could not be verified', 'Access token has been revoked'.
const DENIED = 'The resource owner or authorization server denied the request.';
const passport = (hint: string) =>
  `${S401}\nContent-Type: application/json\n\n{"error":"access_denied","error_description":"${DENIED}","hint":"${hint}","message":"${DENIED}"}`;
const LEAGUE: Row[] = [
  {
    name: 'hint "Access token is invalid" (7.x: exp, nbf or iat)',
    input: passport('Access token is invalid'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'league-oauth2-server',
  },
  {
    name: 'hint "Error while decoding to JSON"',
    input: passport('Error while decoding to JSON'),
    ...A401,
    top: 'token.malformed',
    via: 'league-oauth2-server',
  },
  {
    name: 'hint "Missing \\"Authorization\\" header"',
    input: passport('Missing \\"Authorization\\" header'),
    ...A401,
    top: 'token.missing',
    via: 'league-oauth2-server',
  },
  {
    name: 'hint "Access token could not be verified" in its own case',
    input: passport('Access token could not be verified'),
    ...A401,
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'out of shape: the same words in prose name no library',
    input: `${S401}\nthe access token is invalid, and Access token is invalid per our gateway`,
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'out of shape: upper-case "ACCESS TOKEN COULD NOT BE VERIFIED" is not its hint',
    input: `${S401}\nACCESS TOKEN COULD NOT BE VERIFIED`,
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
];

for (const [title, rows] of [
  ['a JOSE header alone', HEADER_ALONE],
  ['exception classes listed after catch', CLASS_LISTS],
  ['Japanese that wonders about a message', JAPANESE],
  ['a forward proxy’s 407', PROXY_407],
  ['league/oauth2-server’s hints', LEAGUE],
] as const) {
  describe(`formats, round left: ${title}`, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      await expectPasteRow(row);
    });
  });
}

describe('formats, round left: the finding’s words', () => {
  it('input.empty says a header was read, and asks for the token or its payload', async () => {
    const report = await expectPasteRow({ name: 'header', input: '{"alg":"RS256","typ":"JWT","kid":"k1"}', ...QUIET });
    const f = report.findings[0];
    expect(f?.args).toMatchObject({ read: 'header' });
    expect(f?.title).toContain('header');
  });
  it('status.not-auth names the proxy’s scheme and realm, as an error', async () => {
    const report = await expectPasteRow({
      name: '407',
      input: 'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corp-proxy"',
      status: 407,
      classification: 'undetermined',
    });
    const f = report.findings.find((x) => x.code === 'status.not-auth');
    expect(f?.severity).toBe('error');
    expect(f?.args).toMatchObject({ status: 407, proxy: { scheme: 'Basic', realm: 'corp-proxy' } });
    expect(f?.detail).toContain('Proxy-Authorization');
  });
  it('a 407 without Proxy-Authenticate still names a proxy', async () => {
    const report = await expectPasteRow({
      name: '407 bare',
      input: 'HTTP/1.1 407 Proxy Authentication Required',
      status: 407,
      classification: 'undetermined',
    });
    expect(report.findings[0]?.args).toMatchObject({ proxy: { scheme: null, realm: null } });
  });
  it('a signed token beside a 407 stays out of the report', async () => {
    const signed = rs256(CLAIMS);
    await expectPasteRow(
      {
        name: '407 signed',
        input: `> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${signed}\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm="corp-proxy"`,
        status: 407,
        classification: 'undetermined',
        top: 'status.not-auth',
      },
      [signed.split('.')[2] as string, signed.split('.')[2]?.slice(0, 16) as string],
    );
  });
});
