import { describe, expect, it } from 'vitest';
import { normalizePaste } from '../../src/engine/normalize.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, rs256 } from '../helpers/tokens.js';

/** A signed token that expired 10 minutes before NOW. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 4200, exp: NOW - 600 });

/** A raw request whose Authorization line is `line` (a wrap's cut inside it included), then its 401. */
function request(line: string): string {
  return [
    'GET /v1/orders HTTP/1.1',
    'Host: api.acme-corp.com',
    line,
    'Accept: application/json',
    '',
    'HTTP/1.1 401 Unauthorized',
    'Content-Length: 0',
  ].join('\n');
}

const codesOf = async (paste: string): Promise<string[]> => (await run(paste)).findings.map((f) => f.code);

describe('a header name or the Bearer scheme cut by a wrap is joined', () => {
  const cut: Array<[string, string]> = [
    ['the name cut by a line break', `Author\nization: Bearer ${EXPIRED}`],
    ['the name cut at its first letter', `A\nuthorization: Bearer ${EXPIRED}`],
    ['the name cut in upper case', `AUTHORIZ\nATION: BEARER ${EXPIRED}`],
    ['the name cut with a trailing blank', `Authorizat \nion: Bearer ${EXPIRED}`],
    ['the scheme cut by a line break', `Authorization: Bear\ner ${EXPIRED}`],
    ['the scheme cut by a reflow’s blanks', `Authorization: Beare  r ${EXPIRED}`],
    ['the scheme cut at its first letter, lower case', `authorization: b\nearer ${EXPIRED}`],
  ];
  it.each(cut)('%s reads as the whole header', async (_, line) => {
    const joined = line.replace(/(?<=^\w+) ?\n|(?<=: \w+) ?[ \n]/i, '');
    expect(joined).not.toBe(line);
    const codes = await codesOf(request(line));
    expect(codes).toEqual(await codesOf(request(joined)));
    expect(codes).toContain('time.expired');
    expect(codes).not.toContain('authz-header.missing');
    expect(codes).not.toContain('token.opaque');
    expect(codes).not.toContain('token.malformed');
  });

  it('joins a curl -H value cut inside the name', async () => {
    const paste = `curl -i https://api.acme-corp.com/v1/orders -H "Author\nization: Bearer ${EXPIRED}"\nHTTP/1.1 401 Unauthorized`;
    expect(await codesOf(paste)).toContain('time.expired');
    expect(await codesOf(paste)).not.toContain('authz-header.missing');
  });

  const kept: Array<[string, string]> = [
    ['a real scheme "Bear"', 'Authorization: Bear abc.def'],
    ['"Bear" at a line end, "er" no scheme', 'Authorization: Bear\ner'],
    ['halves that make another word', 'Authorization: Bea\nrers abc'],
    ['a whole scheme and a word after it', 'Authorization: Bearer\ner x'],
    ['a name half that is no part of authorization', 'Author\nisation: Bearer x'],
    ['two line breaks between the halves', 'Author\n\nization: Bearer x'],
    ['a whole name after a word', 'X-Original\nAuthorization: Bearer x'],
    ['a run longer than the half', 'Co-Author\nization: Bearer x'.replace('Co-', 'Co')],
  ];
  it.each(kept)('leaves %s as it is', (_, text) => {
    expect(normalizePaste(text)).toBe(text);
  });

  // Round "fuzz3": a paste quoted in Slack (each line `> `, `&gt; ` as Slack sends it) keeps the marker inside the cut,
  // and a wrap may cut both the name and the scheme: each read as no Authorization header, or a `Bear` scheme.
  const whole = `Authorization: Bearer ${EXPIRED}`;
  it.each([
    ['the name cut in a quoted paste', `Author\nization: Bearer ${EXPIRED}`, whole, '> '],
    ['the scheme cut in a quoted paste', `Authorization: Bear\ner ${EXPIRED}`, whole, '> '],
    ['the name cut in a quoted paste as Slack escapes it', `Author\nization: Bearer ${EXPIRED}`, whole, '&gt; '],
    ['both cut', `Authori\nzation: Bea\nrer ${EXPIRED}`, whole, ''],
    [
      'both cut in upper case, one by blanks',
      `AUTHORI\nZATION: BEA  RER ${EXPIRED}`,
      `AUTHORIZATION: BEARER ${EXPIRED}`,
      '',
    ],
  ])('%s reads as the whole header', async (_, line, joined, marker) => {
    const quote = (paste: string) => paste.replace(/^/gm, marker);
    const codes = await codesOf(quote(request(line)));
    expect(codes).toEqual(await codesOf(quote(request(joined))));
    expect(codes).toContain('time.expired');
    expect(codes).not.toContain('authz-header.missing');
    expect(codes).not.toContain('authz-header.scheme');
  });

  it.each([
    ['a marker inside a line, no line break', 'Author> ization: Bearer x'],
    ['both halves no cut of either', 'Author\nisation: Bea\nrer x'],
  ])('leaves %s as it is', (_, text) => {
    expect(normalizePaste(text)).toBe(text);
  });

  // The quote's marker is undone as a quote (quote-blocks.ts, round left-v); the two halves stay apart.
  it('leaves a marker after two line breaks unjoined', () => {
    expect(normalizePaste('Authorization: Bear\n\n> er x')).toBe('Authorization: Bear\n\ner x');
  });

  it('reads a genuinely malformed scheme as before', async () => {
    expect(await codesOf(request(`Authorization: Bear ${EXPIRED}`))).toContain('authz-header.scheme');
  });
});

describe('alg.not-allowed: the algorithms a verifier says it accepts reach the finding', () => {
  // The lines as the rows that read them cite: Payara's JwtTokenParser, Open Liberty's JWTMessages.nlsprops,
  // Helidon's SignedJwt, go-oidc's verify.go (java-servers.ts, more-frameworks.ts, go.ts).
  const rows: Array<[string, string, string, string[]]> = [
    [
      'Payara',
      'Caused by: fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Only RS256 or ES256 algorithms supported for JWT signing, used HS256',
      'HS256',
      ['RS256', 'ES256'],
    ],
    [
      'Open Liberty',
      'CWWKS6028E: The JSON Web Token (JWT) is not valid because it was signed using the [HS256] algorithm. Tokens are required to be signed using the [RS256] algorithm.',
      'HS256',
      ['RS256'],
    ],
    [
      'Helidon',
      'Algorithm of JWK (RS256) does not match algorithm of this JWT (HS256) for kid: k1',
      'HS256',
      ['RS256'],
    ],
    [
      'go-oidc',
      '{"level":"error","error":"oidc: id token signed with unsupported algorithm, expected [\\"RS256\\"] got \\"HS256\\""}',
      'HS256',
      ['RS256'],
    ],
  ];
  it.each(rows)('%s', async (_, paste, alg, allowed) => {
    const f = await catches('alg.not-allowed', paste);
    expect(f.args).toMatchObject({ alg, allowed, reason: 'log' });
    for (const a of allowed) expect(f.detail).toContain(a);
    const ja = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'alg.not-allowed');
    expect(ja?.detail).toContain(`受け付けるのは ${allowed.join('、')} だけです`);
  });

  it('a key set that cannot verify the token lends its key kinds to no log-stated list', async () => {
    const paste = `token signature is invalid: signing method HS256 is invalid\n\nAuthorization: Bearer ${hs256(CLAIMS)}`;
    const f = await catches('alg.not-allowed', paste, { keys: [jwksFor('k1')] });
    expect(f.args).toMatchObject({ alg: 'HS256', allowed: [], reason: 'log' });
    expect(f.detail).not.toContain('RS256');
  });

  it('a log that names no accepted algorithm says none', async () => {
    const f = await catches('alg.not-allowed', 'ELY01117: Invalid signature algorithm [HS256]');
    expect(f.args).toMatchObject({ alg: 'HS256', allowed: [], reason: 'log' });
    expect(f.detail).not.toContain('accepts');
  });
});

describe('GoFiber / echo-jwt "Missing or malformed JWT": the request’s header says which, when shown', () => {
  // gofiber/contrib jwt/config.go (default ErrorHandler: text/plain 400) and jwt/utils.go (ErrJWTMissingOrMalformed,
  // from jwtFromHeader when the header is absent or not after "Bearer "); labstack/echo-jwt jwt.go (ErrJWTMissing, 401).
  const FIBER_400 = 'HTTP/1.1 400 Bad Request\nContent-Type: text/plain; charset=utf-8\n\nMissing or malformed JWT';
  const ECHO_401 =
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"missing or malformed jwt"}';
  const req = (auth: string | null) =>
    [
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      ...(auth === null ? [] : [`Authorization: ${auth}`]),
      '',
    ].join('\n');

  it.each([
    ['Fiber’s plain-text 400', FIBER_400, 'gofiber-jwt'],
    ['Fiber v3’s lower-case words in its JSON', '{"error":true,"msg":"missing or malformed JWT"}', 'gofiber-jwt'],
    ['echo-jwt’s 401', ECHO_401, 'echo-jwt'],
  ])('%s alone: no token or a malformed header, not which', async (_, paste, via) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ via, orMalformed: true });
    expect(f.title).toBe('No bearer token was found in the request');
    expect(f.detail).toContain('does not start with "Bearer "');
    const ja = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'token.missing');
    expect(ja?.title).toBe('リクエストに Bearer トークンが見つかりません');
    const report = await run(paste);
    expect(report.classification).toBe('authentication');
  });

  it('a shown request without Authorization: the header is missing', async () => {
    const codes = await codesOf(`${req(null)}\n${FIBER_400}`);
    expect(codes).toContain('authz-header.missing');
    expect(codes).not.toContain('authz-header.scheme');
  });

  it('a shown header with another scheme: the scheme', async () => {
    const f = await catches('authz-header.scheme', `${req(`Token ${EXPIRED}`)}\n${FIBER_400}`);
    expect(f.args).toMatchObject({ via: 'gofiber-jwt', scheme: 'Token' });
  });

  it('a shown bare token: no scheme', async () => {
    const f = await catches('authz-header.scheme', `${req(EXPIRED)}\n${ECHO_401}`);
    expect(f.args).toMatchObject({ via: 'echo-jwt', scheme: null });
  });

  it('a shown Bearer token: it did not reach the middleware’s lookup', async () => {
    const f = await catches('token.missing', `${req(`Bearer ${EXPIRED}`)}\n${FIBER_400}`);
    expect(f.args).toMatchObject({ via: 'gofiber-jwt', sent: true });
    expect(f.args).not.toHaveProperty('orMalformed');
  });

  it.each([
    ['the words in a sentence', 'we return Missing or malformed JWT when the header is absent'],
    ['another case', '{"message":"MISSING OR MALFORMED JWT"}'],
  ])('does not read %s', async (_, paste) => {
    await catchesNot('token.missing', paste);
  });
});

describe('jwcrypto JWTExpired: the times it states give "how long ago" by the verifier’s clock', () => {
  // latchset/jwcrypto jwcrypto/jwt.py _check_exp: JWTExpired('Expired at %d, time: %d(leeway: %d)' % (claim, limit, leeway)).
  const traceback = (last: string) =>
    [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/jwcrypto/jwt.py", line 371, in _check_exp',
      "    raise JWTExpired('Expired at %d, time: %d(leeway: %d)' % (",
      last,
    ].join('\n');

  it('reads exp and the verifier’s now when no token is pasted', async () => {
    const paste = traceback('jwcrypto.jwt.JWTExpired: Expired at 1779976931, time: 1779977411(leeway: 60)');
    for (const now of [NOW, NOW + 86_400]) {
      const f = (await run(paste, { now })).findings.find((x) => x.code === 'time.expired');
      expect(f?.args).toMatchObject({ via: 'jwcrypto', exp: 1779976931, agoSeconds: 480 });
      expect(f?.title).toBe('The token expired 8m ago');
    }
  });

  it('the pasted token’s exp wins over the printed one', async () => {
    const paste = `${traceback('jwcrypto.jwt.JWTExpired: Expired at 1779976931, time: 1779977411(leeway: 60)')}\nAuthorization: Bearer ${EXPIRED}`;
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ exp: NOW - 600 });
  });

  it.each([
    ['a message without its times', 'jwcrypto.jwt.JWTExpired: Expired'],
    ['times within the skew', 'jwcrypto.jwt.JWTExpired: Expired at 1779977400, time: 1779977430(leeway: 0)'],
    ['a time that is no epoch second count', 'jwcrypto.jwt.JWTExpired: Expired at 17, time: 1779977430(leeway: 0)'],
  ])('reads no time from %s', async (_, last) => {
    const f = await catches('time.expired', traceback(last));
    expect(f.args).toMatchObject({ via: 'jwcrypto', exp: null, agoSeconds: null });
  });
});
