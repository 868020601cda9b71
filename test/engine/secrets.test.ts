/**
 * SecretRedactor: what it replaces, directly and through a whole diagnosis. The leak rule (header.payload,
 * or any 16 characters of the signature) is test/helpers/leaks.ts's; the fuzz tests hunt for shapes, this
 * file pins the ones the redactor is built to handle.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { farRests } from '../../src/engine/far-rest.js';
import { SecretRedactor } from '../../src/engine/secrets.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { run } from '../helpers/catches.js';
import { findLeak, secretOf } from '../helpers/leaks.js';
import { CLAIMS, hs256, rs256, unsigned } from '../helpers/tokens.js';

const LIVE = { ...CLAIMS, exp: CLAIMS.exp + 86_400 * 365 };
const RS = rs256(LIVE);
const [, PAYLOAD, SIG] = RS.split('.') as [string, string, string];

function redactorFor(token: string): SecretRedactor {
  const r = new SecretRedactor();
  r.addToken(token, `‹token ${r.fingerprint(token)}›`);
  return r;
}

describe('SecretRedactor: the pieces of a token', () => {
  const r = redactorFor(RS);
  const label = `‹token ${r.fingerprint(RS)}›`;

  it.each([
    ['its signature alone', `invalid signature '${SIG}'`],
    ['15 characters from inside its signature', `sig …${SIG.slice(100, 115)}… cut`],
    ['its signature with characters glued on', `x${SIG}HTTP/1.1`],
    ['its payload alone', `payload=${PAYLOAD}`],
    ['the token wrapped over lines', `Bearer e\n${RS.slice(1, 90)}\n${RS.slice(90, 200)}\n${RS.slice(200)}`],
  ])('replaces %s', (_name, text) => {
    const out = r.redact(text);
    expect(out).not.toBe(text);
    expect(findLeak(out, [secretOf(RS)])).toBeNull();
  });

  it('gives the pieces of a wrapped token one label, not one per line', () => {
    const text = `Bearer e\n${RS.slice(1, 150)}\n${RS.slice(150, 400)}\nnext`;
    expect(r.redact(text)).toBe(`Bearer e\n${label}\nnext`);
  });

  it('leaves base64url runs that hold no piece of it, and short ones', () => {
    const text = `request 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93 sub auth0|6650f1c2a9d3e4b5c6d7e8f9 ${SIG.slice(0, 14)}`;
    expect(r.redact(text)).toBe(text);
  });

  it('finds the pieces of tokens too long to search one by one (a table of their windows)', () => {
    const big = new SecretRedactor();
    const opaque = randomBytes(300_000).toString('base64url');
    big.addToken(opaque, '‹big›');
    const text = `a ${opaque.slice(150_001, 150_040)} b ${opaque.slice(7, 22)} c`;
    const started = performance.now();
    expect(big.redact(text)).toBe('a ‹big› b ‹big› c');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('indexes no piece of a masked token: nothing of it is secret', () => {
    const masked = new SecretRedactor();
    const token = unsigned({ alg: 'RS256' }, CLAIMS);
    masked.addToken(token, '‹token›');
    const payload = token.split('.')[1] as string;
    expect(masked.redact(`payload ${payload}`)).toBe(`payload ${payload}`);
  });

  it('scrubs a piece wherever it is in a report, keys included', () => {
    const report = { findings: [{ evidence: `jwt expired ${SIG}` }], [`k${SIG.slice(5, 30)}`]: 1, ok: 'nothing here' };
    const out = JSON.stringify(r.scrub(report));
    expect(findLeak(out, [secretOf(RS)])).toBeNull();
    expect(out).toContain('nothing here');
  });

  it('registers a token nested in a value (decoded claims, an option) at any depth', () => {
    const other = hs256(LIVE);
    const fresh = new SecretRedactor();
    fresh.addTokensIn({ act: { sub: 'x', token: other }, list: ['a'] });
    expect(findLeak(JSON.stringify(fresh.scrub({ claims: { act: other } })), [secretOf(other)])).toBeNull();
  });
});

describe('diagnose: a token nested in the claims of the pasted one', () => {
  it('is kept out of the decoded payload the report shows', async () => {
    // Nothing in common with the outer token, whose pieces would match a header or claims written alike.
    const nested = unsigned({ alg: 'ES384', kid: 'other' }, { client: 'svc-billing' }, SIG.slice(0, 86));
    const outer = hs256({ ...LIVE, act: { sub: 'svc', token: nested } });
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${outer}`);
    expect(report.token?.payload).toMatchObject({ act: { sub: 'svc' } });
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, [secretOf(nested), secretOf(outer)])).toBeNull();
    }
  });
  // Round fuzz5: a claim's name is echoed too (a cut payload's cutClaims and cutPayload, a whole one's payload), and a
  // token may be that name; the redactor's walk read only the values.
  const nested = unsigned({ alg: 'ES384', kid: 'other' }, { client: 'svc-billing' }, SIG.slice(0, 86));
  const asName = `{"iss":"https://auth.example.com/",${JSON.stringify(nested)}:1,"exp":${CLAIMS.exp},"zzz":"yyyyyyyyyyyy"}`;
  const encoded = Buffer.from(asName).toString('base64url');
  const header = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url');
  it.each([
    ['a cut payload (cutClaims, cutPayload)', `${header}.${encoded.slice(0, encoded.length - 16)}`],
    ['a whole payload', `${header}.${encoded}.${SIG}`],
    [
      'a header',
      `${Buffer.from(`{"alg":"RS256",${JSON.stringify(nested)}:1}`).toString('base64url')}.${PAYLOAD}.${SIG.slice(200, 300)}`,
    ],
  ])('is kept out when it is a claim’s or parameter’s name: %s', async (_name, token) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, [secretOf(nested)])).toBeNull();
    }
  });
});

describe('diagnose: a credential carried in the claims of the pasted token', () => {
  // Made-up values. The paste holds them only base64url-encoded, so the paste's scan for named credentials cannot
  // see them; the token summary's payload would echo them as decoded.
  const carried = {
    client_secret: 'Xq8~Zt3PLk9vR2mWn7Yb4Hc6Jd1Ff5Gs0Aa',
    refreshToken: 'v1.MXa9kQ3rTz8pLm2NqW7eR4tY6uI0oP5aS3dF8gH2jK',
    ext: { 'api-key': 'a1b2c3d4e5f6a7b8c9d0', PASSWORD: 'correct-horse-battery-staple' },
  };
  const values = [carried.client_secret, carried.refreshToken, carried.ext['api-key'], carried.ext.PASSWORD];

  it('is replaced by its label in every format, whatever the name’s case and separators', async () => {
    const token = hs256({ ...LIVE, ...carried });
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    const payload = (report.token?.payload ?? {}) as Record<string, unknown>;
    expect(payload.client_secret).toMatch(/^‹secret sha256:[0-9a-f]{8}›$/);
    expect(payload.sub).toBe(LIVE.sub);
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      for (const value of values) expect(out).not.toContain(value);
  });

  it('leaves claims whose name only contains a credential’s, and masked values, as they are', async () => {
    const token = hs256({
      ...LIVE,
      password_changed_at: 'two-days-ago-2026',
      secret_rotation: 'monthly-rotation',
      password: '********',
    });
    const report = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    expect(report.token?.payload).toMatchObject({
      password_changed_at: 'two-days-ago-2026',
      secret_rotation: 'monthly-rotation',
      password: '********',
    });
  });

  it('keeps a token under `access_token` labelled as a token', async () => {
    const nested = unsigned({ alg: 'ES384', kid: 'other' }, { client: 'svc-billing' }, SIG.slice(0, 86));
    const report = await run(
      `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${hs256({ ...LIVE, access_token: nested })}`,
    );
    expect(((report.token?.payload ?? {}) as Record<string, unknown>).access_token).toMatch(/^‹token sha256:/);
  });
});

describe('diagnose: the rest of a token that looks cut', () => {
  const hs = hs256({ sub: 'u1', exp: CLAIMS.exp + 86_400 * 365 });
  const [h, p, sig] = hs.split('.') as [string, string, string];
  const cut = (between: string) =>
    `TokenExpiredError: jwt expired token=${h}.${p}.${sig.slice(0, 20)}${between}${sig.slice(20)} user=bob`;
  it.each([
    ['a space', cut(' ')],
    ['a quote', cut('"')],
    ['a stray byte', cut('\u00ff')],
    ['a NUL and a line break', cut('\u0000\n')],
    ['a line break, the rest running into other text', cut('\n').replace(' user=bob', '\u0000GET /v1')],
  ])('is kept out of the report after %s', async (_name, input) => {
    const report = await run(input);
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, [secretOf(hs)])).toBeNull();
    }
  });

  it('does not take a header name on the next line for the rest of it', async () => {
    const input = `Authorization: Bearer ${h}.${p}.${sig.slice(0, 20)}\nWWW-Authenticate: Bearer error="invalid_token"`;
    const report = await run(input);
    expect(report.findings.find((f) => f.code === 'challenge.invalid-token')?.evidence).toBe(
      'WWW-Authenticate: Bearer error="invalid_token"',
    );
  });
});

describe('diagnose: a token among the options is kept out of the report', () => {
  const paste = `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${hs256(LIVE)}`;
  it.each([
    ['expectedIssuers', { expectedIssuers: [RS] }],
    ['expectedAudiences', { expectedAudiences: ['https://billing.acme-corp.com', RS] }],
    ['requiredScopes', { requiredScopes: [RS] }],
  ])('%s', async (_name, options) => {
    const report = await run(paste, options);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
      expect(findLeak(out, [secretOf(RS)])).toBeNull();
    }
  });

  it('still says what it expected, by the token’s fingerprint', async () => {
    const report = await run(paste, { expectedIssuers: [RS] });
    const mismatch = report.findings.find((f) => f.code === 'claim.iss-mismatch');
    expect(mismatch?.detail).toMatch(/‹token sha256:[0-9a-f]{8}›/);
  });
});

describe('API keys and platform tokens in their vendors’ shapes are secrets too', () => {
  // Made-up values in each vendor's documented shape; none is a real credential.
  const KEYS: Array<[string, string]> = [
    ['a Stripe live secret key', `sk_live_${'51Habcdefghijklmnop'}qrstuvwx`],
    ['a Stripe restricted key', `rk_test_${'51Habcdefghijklmnop'}qrstuvwx`],
    ['a Slack bot token', `xoxb-${'1234567890'}-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx`],
    ['a GitHub personal access token', `ghp_${'abcdefghijklmnopqrstuvwxyz'}0123456789`],
    ['a GitHub fine-grained token', `github_pat_${'11ABCDEFG0abcdefghijkl'}_mnopqrstuvwxyz0123456789`],
    ['a GitLab personal access token', `glpat-${'abcdefghij'}KLMNOPQRST`],
    ['an AWS access key id', `AKIA${'ABCDEFGHIJ'}KLMNOP`],
    ['a Google API key', `AIza${'SyAbCdEfGhIjKlMnOpQrStUvWxYz0123456'}`],
  ];

  it.each(KEYS)('keeps %s on a quoted log line out of every format', async (_name, key) => {
    const input = `HTTP/1.1 401 Unauthorized\n2026-05-28 14:09:58 WARN auth: TokenExpiredError: jwt expired (client key=${key})`;
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      expect(out).not.toContain(key);
  });

  it('leaves a key its vendor masked as it is (`sk_test_****1234` is no secret)', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nStripe: Invalid API Key provided: sk_test_****1234 (jwt expired)',
    );
    expect(JSON.stringify(report)).not.toContain('‹secret');
  });
});

describe('credentials by the name they travel under are secrets too', () => {
  // Made-up values; none is a real credential.
  const NAMED: Array<[string, string, string]> = [
    ['a refresh token in a key=value log field', 'refresh_token=', 'v1.MXa9kQ3rTz8pLm2NqW7eR4tY6uI0oP5aS3dF8gH2jK'],
    ['a client secret in a form body', 'client_secret=', 'Xq8~Zt3PLk9vR2mWn7Yb4Hc6Jd1Ff5Gs0Aa'],
    ['a password in JSON', '"password": "', 'correct-horse-battery-staple'],
    ['an opaque access token in a query string', '?access_token=', 'Zk9xY2hqT3BxZ0RtVnJ3dA'],
    ['an API key in JSON', '"api_key":"', 'a1b2c3d4e5f6a7b8c9d0'],
    ['an HS256 secret in an .env line', 'JWT_SECRET=', 'hunter2-super-secret-value'],
    ['Django’s secret key', "SECRET_KEY = '", 'django-insecure-7f3k2m9q1x8w'],
    ['express-jwt’s secret option', "secret: '", 'shared-hmac-secret-0042'],
    ['a signing key in YAML', 'signing_key: ', 'c2lnbmluZy1rZXktdmFsdWU'],
  ];

  it.each(NAMED)('keeps %s on a quoted log line out of every format', async (_name, prefix, value) => {
    const input = `HTTP/1.1 401 Unauthorized\n2026-05-28 14:09:58 WARN auth: TokenExpiredError: jwt expired (${prefix}${value})`;
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      expect(out).not.toContain(value);
  });

  it('takes `secret` only as a whole name: a client_secret is one name, and prose is none', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\nTokenExpiredError: jwt expired (the secret is rotated daily)');
    expect(JSON.stringify(report)).not.toContain('‹secret');
  });

  it('leaves masked values, variables and code as they are', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\nTokenExpiredError: jwt expired (client_secret=******** password=$DB_PASSWORD access_token: rs256(CLAIMS))',
    );
    expect(JSON.stringify(report)).not.toContain('‹secret');
  });
});

/**
 * Round "reflow2": a wrap that cut a credential's name (`refresh_to⏎ken=…`) left neither line holding it, and the value's
 * line was quoted as pasted (`ken=<value> TokenExpiredError: jwt expired`); so was an opaque credential after an
 * Authorization header cut in its name or scheme (`Author⏎ization: Bearer …`, `Authorization: Bear⏎er …`), which is
 * read as no header. The words either side of a line break are read as one name (secrets.ts addWrappedNamedSecretsIn).
 */
describe('credentials whose name a wrap cut are secrets too', () => {
  const VALUE = 'Zk9xQ2pWbW5TdXJlTG9uZ1NlY3JldFZhbHVl_8xLOxBtZp8';
  it.each([
    ['refresh_to\nken=', 'a refresh token'],
    ['client_sec\nret=', 'a client secret'],
    ['pass\nword=', 'a password'],
    ['{"refresh_\ntoken": "', 'a JSON key cut at its underscore'],
    ['API_\nKEY=', 'an API key in upper case'],
    // Joined by normalize.ts (cut-auth-words.ts), the line is the request's header, read as uncut: the value and the
    // words after it are its credential, quoted redacted.
    ['Author\nization: Bearer ', 'an Authorization header cut in its name', 'authz-header.format'],
    ['curl -H "Authoriza\ntion: Basic ', 'a curl header cut in its name, another scheme'],
    ['Authorization: Bear\ner ', 'an Authorization header cut in its scheme', 'authz-header.format'],
  ])('keeps the value after %j (%s) out of every format', async (prefix, _name, read = 'time.expired') => {
    const report = await run(`HTTP/1.1 401 Unauthorized\n${prefix}${VALUE} TokenExpiredError: jwt expired`);
    expect(report.findings.map((f) => f.code)).toContain(read);
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      for (let i = 0; i + 16 <= VALUE.length; i++) expect(out).not.toContain(VALUE.slice(i, i + 16));
  });

  // Round "perf30": a name's head on the line after a token's last line was joined to the token by the wrap joiner
  // (`…sig⏎refresh_to⏎ken=<value>`), so the name started inside a word and was not read; the value was quoted.
  it('keeps the value out when the name’s head was joined to a token before it', async () => {
    // A signature shorter than RS256's (88 characters: a token cut by the paste), so the next line reads as its rest.
    const token = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS, 'Q'.repeat(40) + 'x9_'.repeat(16));
    const report = await run(
      `GET /v1/orders HTTP/1.1\nAuthorization: Bearer ${token}\nrefresh_to\nken=${VALUE} TokenExpiredError: jwt expired`,
    );
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      for (let i = 0; i + 16 <= VALUE.length; i++) expect(out).not.toContain(VALUE.slice(i, i + 16));
  });

  // Round "fuzz3": the gap a wrap leaves is more than a bare line break when the terminal keeps a trailing blank, the
  // next line is indented, or the paste is quoted in Slack (each line `> `, or `&gt; ` as Slack escapes it); and a paste
  // that starts with a line break had none of its names read (the loop over the breaks ended at the first, at 0).
  it.each([
    ['refresh_to \nken=', 'a blank before the line break'],
    ['client_sec\n  ret=', 'an indent after it'],
    ['> refresh_to\n> ken=', 'a paste quoted in Slack'],
    ['&gt; pass\n&gt; word=', 'a quoted paste as Slack escapes it'],
    ['pa\t\n\tsswd: ', 'tabs either side'],
    // A chat client's reflow turns the line break into blanks: a name cut by them alone.
    ['refresh_to ken=', 'a space for the line break'],
    ['passw  d: ', 'two spaces'],
    ['{"client_sec\tret": "', 'a tab, in JSON'],
    // Round "fuzz4": a blank line a chat client put after the wrap, a quote of a quote, a JSON log's escapes.
    ['refresh_to\n\nken=', 'a blank line'],
    ['> > refresh_to\n> > ken=', 'a quote of a quote'],
    ['{"msg":"refresh_to\\nken=', 'an escaped line break'],
    ['{"msg":"client_se\\r\\ncret\\": \\"', 'an escaped CRLF and quotes'],
  ])('keeps the value after %j (%s) out of every format', async (prefix, _name) => {
    const report = await run(`HTTP/1.1 401 Unauthorized\n${prefix}${VALUE} TokenExpiredError: jwt expired`);
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
    for (const out of [renderJson(report), renderText(report, { color: false }), JSON.stringify(renderBlocks(report))])
      for (let i = 0; i + 16 <= VALUE.length; i++) expect(out).not.toContain(VALUE.slice(i, i + 16));
  });

  it('reads the names of a paste that starts with a line break', () => {
    const r = new SecretRedactor();
    const text = `\nrefresh_to\nken=${VALUE} TokenExpiredError: jwt expired`;
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.redact(text)).not.toContain(VALUE.slice(0, 16));
  });

  it.each([
    [
      'lines that join to no name',
      'HTTP/1.1 401 Unauthorized\nrequest headers\nauthorization: none\nthe word=abcdefghijkl',
    ],
    ['a name whole on the next line (not cut)', 'see the\nsecretary=abcdefghijklmnop in the logs'],
    ['a word that ends a name only after a longer one', 'mypass\nword=abcdefghijklmnop'],
    ['a word glued to a name after an indent', 'mypass\n  word=abcdefghijklmnop'],
    ['a name cut across more blank lines than a wrap leaves', 'refresh_to\n\n\n\n\nken=abcdefghijklmnop'],
    ['more glued quote markers than the name’s line has', '> pass\n>>> word=abcdefghijklmnop'],
    ['an escape glued to a word that ends no name', '{"m":"mypass\\nword=abcdefghijklmnop"}'],
    ['a quote marker that is no gap but text', 'pass\n>> word=abcdefghijklmnop'],
    ['two words that are no name before a separator', 'the pass code=abcdefghijklmnop'],
    ['a name glued to a word before blanks', 'mypass word=abcdefghijklmnop'],
    ['words parted by more blanks than a reflow leaves', 'pass      word=abcdefghijklmnop'],
  ])('registers nothing from %s', (_name, text) => {
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.size).toBe(0);
  });
});

describe('farRests: the rest of a cut token further on', () => {
  const token = rs256(LIVE, { kid: 'Kd9YhG4sFj6Zq8XvB3nLm7TpR2w' });
  const head = token.slice(0, token.lastIndexOf('.') + 20);
  const rest = token.slice(head.length);
  const cuts = [{ raw: head, label: '‹token›', end: head.length, missing: 342 - 19 }];
  const runsOf = (after: string) => farRests(head + after, cuts, []).map((f) => f.run);

  it('takes a random run several lines on', () => {
    expect(runsOf(`\na\nb\nc\nrealm="\\${rest}"`)).toEqual([rest]);
  });

  it.each([
    ['a UUID', '\nx-amzn-RequestId: 5d1c7a2e-9b3f-4e8a-a6d0-2f4b8c1e7a93'],
    ['a hex digest', '\nsha256 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08'],
    ['header names', '\nWWW-Authenticate: Bearer\nx-amzn-ErrorType: UnauthorizedException'],
    ['a field name with a digit before its colon', '\nX-Goog-Api-Client-V2: gl-node/18'],
    ['the kid of its own header', '\nno key for kid Kd9YhG4sFj6Zq8XvB3nLm7TpR2w'],
    ['a run longer than its rest can be', `\n${'Ab1'.repeat(200)}`],
    ['a run shorter than a leak', '\nid Ab1Cd2Ef3Gh4Ij5'],
  ])('passes over %s', (_name, after) => {
    expect(runsOf(after)).toEqual([]);
  });

  it('passes over a run inside a token found in the text', () => {
    const text = `${head}\nAuthorization: Bearer ${RS}`;
    const at = text.indexOf(RS);
    expect(farRests(text, cuts, [{ start: at, end: at + RS.length }])).toEqual([]);
  });
});

describe('a cut credential name right after a JSON escape', () => {
  const VALUE = 'Zq8XvB3nLm7TpR2wKd9YhG4sFj6';
  it.each([
    ['a tab escape, a name cut by a line break', `{"msg":"x\\tsubj\n> ect_token=${VALUE}"}`],
    ['a line-break escape, a name cut by a blank', `{"msg":"x\\nrefresh_toke n=${VALUE}"}`],
    ['escapes, a name cut by a blank', `{"msg":"jwt expired\\n\\n\\ta pi_key=${VALUE}"}`],
  ])('registers the value after %s', (_name, text) => {
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.redact(text)).not.toContain(VALUE.slice(0, 16));
  });

  it('a name glued to a word is still none', () => {
    const text = `{"msg":"x\\tmypass\nword=${VALUE}"}`;
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.size).toBe(0);
  });
});

describe('an Authorization header whose name and scheme a reflow both cut', () => {
  it('registers the credential after `AUTHORIZATI\\nON: B  EARER`', () => {
    const value = 'urihmry0WGSLJyu4t9jeQ2x';
    const text = `{"msg":"AUTHORIZATI\\nON: B  EARER ${value}\\nHTTP/1.1 401 Unauthorized"}`;
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.redact(text)).not.toContain(value.slice(0, 16));
  });
});

/**
 * Round fuzz5: an HTML page (Akamai's Access Denied, whose references are HTML-escaped) or a message quoting one writes a
 * token's `.`, `-` and `_` as character references (`&#46;`, `&#x2e;`, `&amp;#45;`). The token found stops at the first
 * (`header.payload`), and the signature's runs after it were registered as nothing: STS's quoted message showed them.
 */
describe('a signature after a token character written as an HTML reference', () => {
  // A short payload, so that STS's message (300 characters at most) reaches the signature.
  const TOKEN = rs256({ sub: 'u1', exp: LIVE.exp });
  const [, , sig] = TOKEN.split('.') as [string, string, string];
  const lastDot = TOKEN.lastIndexOf('.');
  const escaped = (dot: string, dash = (c: string) => c) =>
    `${TOKEN.slice(0, lastDot)}${dot}${sig.replace(/[-_]/g, dash)}`;
  const sts = (token: string) =>
    `An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: The ID Token provided is not a valid JWT. ${token}`;
  it.each([
    ['a decimal reference for its last dot', sts(escaped('&#46;'))],
    ['a hexadecimal one', sts(escaped('&#x2E;'))],
    ['one escaped twice', sts(escaped('&amp;#x2e;'))],
    ['references for its dashes and underscores too', sts(escaped('&#46;', (c) => `&#${c.charCodeAt(0)};`))],
    ['references for both its dots', sts(`${TOKEN.split('.')[0]}&#x2e;${TOKEN.split('.')[1]}&amp;#46;${sig}`)],
    ['references for only its dashes and underscores', sts(escaped('.', (c) => `&#x${c.charCodeAt(0).toString(16)};`))],
    [
      "an Akamai page's reference line",
      `HTTP/1.1 403 Forbidden\nServer: AkamaiGHost\n\n<P>Reference&#32;&#35;18&#46;6f64d217&#46;1779977400&#46;2b8c1e7a t=${escaped('&#46;', (c) => `&#${c.charCodeAt(0)};`)} x`,
    ],
  ])('keeps out the signature after %s', async (_name, text) => {
    expect(sig).toMatch(/[-_]/);
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(text, { locale });
      for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
        expect(findLeak(out, [secretOf(TOKEN)])).toBeNull();
      }
    }
  });

  it('reads no signature after an unsigned token (alg none) or after a reference to another character', () => {
    const run = 'Zq8XvB3nLm7TpR2wKd9YhG4sFj6';
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${PAYLOAD}`;
    for (const text of [`${none}&#46;${run}`, `${TOKEN.slice(0, lastDot)}&#47;${run}`]) {
      const r = new SecretRedactor();
      const found = [{ raw: text.slice(0, text.indexOf('&')), start: 0, end: text.indexOf('&') }];
      r.addTokensFound(text, found as never);
      expect(r.redact(text)).toContain(run);
    }
  });
});

/**
 * Round fuzz5 (fuzz4's generator, reseeded): a reflowed token a JSON log then wrote into one string, its breaks as
 * `\n` escapes, was found by neither the token finder nor the reflow reader, whose gaps were blanks and line breaks
 * only; a quote of the status line after it showed the signature's last piece.
 */
describe('a token reflowed inside a JSON string, its breaks written as escapes', () => {
  const wrap = (t: string, width: number, sep: string) => (t.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(sep);
  // A width that leaves a last piece of 18 to 30 characters: the status line's quote, 40 characters back, shows it.
  const width = (from: number) => {
    let w = from;
    while (RS.length % w < 18 || RS.length % w > 30) w++;
    return w;
  };
  it.each([
    ['at about 23 columns', width(23), '\n'],
    ['a paragraph a line, a blank before each break', width(26), ' \n\n'],
    ['CRLF breaks', width(30), '\r\n'],
  ])('keeps its signature out: %s', async (_name, width, sep) => {
    const plain = `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${wrap(RS, width, sep)}"\nHTTP/1.1 401 Unauthorized\n\n{"message":"Unauthorized"}`;
    const text = JSON.stringify({ msg: plain });
    for (const locale of ['en', 'ja'] as const) {
      const report = await run(text, { locale });
      for (const out of [renderJson(report), renderText(report), JSON.stringify(renderBlocks(report))]) {
        expect(findLeak(out, [secretOf(RS)])).toBeNull();
      }
    }
  });

  it('reads no escape as a gap outside a reflow (a token whole before a logged break)', () => {
    const text = `{"msg":"Bearer ${RS}\\nnext line"}`;
    const r = new SecretRedactor();
    r.addReflowedTokensIn(text);
    expect(r.size).toBe(0);
  });
});
