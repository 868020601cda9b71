/**
 * Round "perf30": the readings this stop added were made cheaper where they act. Each fast path is held to the plain
 * formulation it replaced, and the rows its gate passes over still read as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCutAuthWords, joinCutAuthWordsByNeedles } from '../../src/engine/cut-auth-words.js';
import { SECRET_NAMES, SecretRedactor } from '../../src/engine/secrets.js';
import { catches, catchesNot } from '../helpers/catches.js';

describe('joinCutAuthWords, one pass over the colons', () => {
  // The header's words cut anywhere by the gaps a wrap leaves (and some it does not), in the cases a paste spells them.
  const words = [
    'Authorization: Bearer abcdefgh1234',
    'AUTHORIZATION:BEARER x',
    'authorization:\t bearer yz',
    'xAuthorization: Bearer z',
    'Authorization:    Bearer q',
    'Proxy-Authorization: Bearer  r',
    'Authorization: Bearer\n',
    'a:Bearer b',
    'n: BeArEr c',
  ];
  const gap = fc.constantFrom(' ', '  ', '\n', ' \n', '\t', '\n\n', '         ', 'x', '', ':');
  const cutWords = fc
    .tuple(fc.constantFrom(...words), fc.array(fc.tuple(fc.nat(), gap), { maxLength: 3 }))
    .map(([w, cuts]) =>
      cuts.reduce((s, [k, g]) => s.slice(0, k % (s.length + 1)) + g + s.slice(k % (s.length + 1)), w),
    );
  const paste = fc.array(fc.oneof(cutWords, fc.string({ maxLength: 4 })), { maxLength: 4 }).map((a) => a.join(''));

  it('joins what the four searches joined', () => {
    fc.assert(
      fc.property(paste, (text) => {
        expect(joinCutAuthWords(text)).toBe(joinCutAuthWordsByNeedles(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('joins a cut name and a cut scheme, and leaves a whole header', () => {
    expect(joinCutAuthWords('Author\nization: Bearer abc')).toBe('Authorization: Bearer abc');
    expect(joinCutAuthWords('AUTHORIZATION: BEAR\nER abc')).toBe('AUTHORIZATION: BEARER abc');
    expect(joinCutAuthWords('A\nuthorization: Bearer abc')).toBe('Authorization: Bearer abc');
    expect(joinCutAuthWords('Authorization: Bearer abc')).toBe('Authorization: Bearer abc');
    expect(joinCutAuthWords('Region: Bearer abc')).toBe('Region: Bearer abc');
  });
});

describe('the redactor’s wrapped names, read only where the word ends as a name does', () => {
  // Every credential name the redactor reads (secrets.ts SECRET_NAMES), cut at each place.
  const names = SECRET_NAMES;
  const VALUE = 's3cr3tValue99';

  it('redacts the value after each name cut at each place, its word ending in any of them', () => {
    for (const n of names)
      for (let at = 1; at < n.length; at++)
        for (const sep of ['=', ': ']) {
          const text = `GET /x\n${n.slice(0, at)}\n${n.slice(at)}${sep}${VALUE} TokenExpiredError: jwt expired`;
          const r = new SecretRedactor();
          r.addNamedSecretsIn(text, text.toLowerCase());
          expect(r.redact(text), text).not.toContain(VALUE);
        }
    for (const text of [`Author\nization: Bearer ${VALUE}`, `Authorization: Bear\ner ${VALUE}`]) {
      const r = new SecretRedactor();
      r.addNamedSecretsIn(text, text.toLowerCase());
      expect(r.redact(text), text).not.toContain(VALUE);
    }
  });

  it('registers nothing for words cut by a line break that end as no name does', () => {
    const text = `passw\nords=${VALUE} refresh_tok\nens=${VALUE} secre\ntly=${VALUE}`;
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, text.toLowerCase());
    expect(r.redact(text)).toContain(VALUE);
  });
});

describe('the CORS check, asked about a preflight only where a response is shown', () => {
  const PREFLIGHT =
    'OPTIONS /v1/orders HTTP/1.1\nHost: api.example.com\nOrigin: https://app.example.com\nAccess-Control-Request-Method: POST\n\n';

  it('catches Spring’s words with no response headers shown, and a shown response without the CORS header', async () => {
    const f = await catches('request.cors-rejected', '403 Forbidden: Invalid CORS request');
    expect(f.args).toMatchObject({ preflight: false, stated: true, via: 'spring-framework' });
    await catches('request.cors-rejected', `${PREFLIGHT}HTTP/1.1 403 Forbidden\nVary: Origin\nContent-Length: 0\n`);
  });

  it('catches not a bare 403, nor a preflight whose response is not shown', async () => {
    await catchesNot('request.cors-rejected', 'HTTP/1.1 403 Forbidden');
    await catchesNot('request.cors-rejected', `${PREFLIGHT}HTTP/1.1 403 Forbidden`);
  });
});

describe('the proxy check, with its Envoy and API Gateway readings gated', () => {
  it('reads Envoy’s ext_authz denial and API Gateway’s error type as before', async () => {
    await catches(
      'proxy.authorizer-deny',
      'HTTP/1.1 403 Forbidden\nserver: envoy\n\n{"response_code_details":"ext_authz_denied"}',
    );
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: AccessDeniedException\n\nGET https://abc123.lambda-url.us-east-1.on.aws/',
    );
    expect(f.args).toMatchObject({ product: expect.any(String) });
  });

  it('catches not an authorizer denial in a 403 with no gateway text', async () => {
    await catchesNot('proxy.authorizer-deny', 'HTTP/1.1 403 Forbidden\nserver: envoy\n\nforbidden');
  });
});
