/**
 * The context stage's fast paths (round 23c) held to the plain formulation each replaced, on strings built from the
 * characters they look for, so that occurrences overlap, sit at either end, and are cut short.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_AFTER_BEARER,
  CREDENTIAL_AFTER_NAME,
  credentialsAfterAuthorization,
  jwtAfterBearer,
  jwtAfterScheme,
} from '../../src/engine/authorization-values.js';
import { nextError, nextFormError } from '../../src/engine/parse/error-bodies.js';
import { opensObject } from '../../src/engine/parse/json-spans.js';
import { codeStarts, codeStartsByScan } from '../../src/engine/parse/logged-errors.js';
import { foldForMatching } from '../../src/engine/parse/verifier-messages/scan.js';
import { namedByOtherWord, nameEndBefore, SecretRedactor, tokenNameEndingAt } from '../../src/engine/secrets.js';
import { indexOfEyJ } from '../../src/engine/token/chars.js';
import { splitAtDots } from '../../src/engine/token/decode.js';

/** Text made of the pieces a search is about, and a start offset that may fall anywhere, or past the end. */
const textFrom = (...pieces: string[]) =>
  fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.integer({ min: -2, max: 80 }));

describe('searches from a rarer character', () => {
  it("indexOfEyJ is indexOf('eyJ')", () => {
    fc.assert(
      fc.property(textFrom('e', 'y', 'J', 'eyJ', 'yJ', 'ey', 'x', ' ', 'é'), ([parts, from]) => {
        const text = parts.join('');
        expect(indexOfEyJ(text, from)).toBe(text.indexOf('eyJ', from));
      }),
      { numRuns: 3000 },
    );
  });

  it("nextFormError is indexOf('error='), nextError is indexOf('error')", () => {
    fc.assert(
      fc.property(textFrom('error', 'rror', 'e', 'r', '=', 'error=', '==', 'x', ' '), ([parts, from]) => {
        const text = parts.join('');
        const at = Math.max(0, from);
        expect(nextFormError(text, at)).toBe(text.indexOf('error=', at));
        expect(nextError(text, at)).toBe(text.indexOf('error', at));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('logged OAuth error codes', () => {
  it('codeStarts, from each `_`, finds the first 200 prefixes a search for each finds', () => {
    const pieces = [
      ...['invalid_', 'insufficient_', 'unauthorized_client', 'unsupported_grant_type', 'use_dpop_nonce'],
      ...[
        'invalid',
        'unauthorized',
        'unsupported',
        'use_dpop',
        'insufficient',
        'use',
        '_',
        'd',
        't',
        'e',
        'x',
        ' ',
        'é',
      ],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(codeStarts(text)).toEqual(codeStartsByScan(text));
      }),
      { numRuns: 3000 },
    );
    // Past the cap: the first 200 in document order, whichever prefix.
    const many = 'use_dpop_nonce invalid_token insufficient_scope '.repeat(100);
    expect(codeStarts(many)).toEqual(codeStartsByScan(many));
    expect(codeStarts(many)).toHaveLength(200);
  });
});

describe('credentialsAfterAuthorization', () => {
  const some = (...xs: string[]) => fc.constantFrom(...xs);
  // A name, a separator, a scheme and a value, each slot drawn from shapes either side of the fast path's.
  const header = fc
    .tuple(
      some('', 'x ', 'a', '"', '\\"'),
      some('Authorization', 'authorization', 'AUTHORIZATION', 'Bearer', 'bearer', 'BEARER'),
      some(':', ': ', ':  ', '=', ' ', '\t', '":"', ':\t', ''),
      some('Bearer', 'bearer', 'Bea', 'be', 'Token', 'x-y_z', 'a'.repeat(21), 'a'.repeat(22), '', '1a'),
      some(' ', '  ', '\t', '', ' "', ' \\'),
      some('eyJ', 'EYJ', 'eyj', 'ey', ''),
      some('hbGciOiJIUzI1NiJ9', 'hbG', 'aB3dE5fG7hJ9kL1mN', '.x.y', ''),
      some('', ' ', '"', '***', '\n'),
    )
    .map((parts) => parts.join(''));
  const read = (regex: RegExp, text: string, at: number) => {
    regex.lastIndex = at;
    const m = regex.exec(text);
    regex.lastIndex = 0;
    return m?.[1];
  };
  it('a value skipped as a JWT is one the regex does not read, or reads as one holding eyJ', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(header, { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.join('');
        const lower = text.toLowerCase();
        for (let at = lower.indexOf('authorization'); at >= 0; at = lower.indexOf('authorization', at + 1))
          if (jwtAfterScheme(text, at + 13)) {
            skipped++;
            expect(read(CREDENTIAL_AFTER_NAME, text, at + 13) ?? 'eyJ').toContain('eyJ');
          }
        for (let at = lower.indexOf('bearer'); at >= 0; at = lower.indexOf('bearer', at + 1))
          if (jwtAfterBearer(text, at)) {
            skipped++;
            expect(read(CREDENTIAL_AFTER_BEARER, text, at) ?? 'eyJ').toContain('eyJ');
          }
      }),
      { numRuns: 6000 },
    );
    expect(skipped).toBeGreaterThan(30);
  });
  it('skips the common header shapes, and reads an opaque credential beside them', () => {
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${'eyJzdWIiOiIxIn0'}.${'c2lnbmF0dXJlc2lnbmF0dXJl'}`;
    expect(jwtAfterScheme(`Authorization: Bearer ${jwt}`, 13)).toBe(true);
    expect(jwtAfterScheme(`Authorization:  Bearer ${jwt}`, 13)).toBe(false);
    expect(jwtAfterBearer(`Bearer ${jwt}`, 0)).toBe(true);
    const opaque = 'aB3dE5fG7hJ9kL1mN2pQ4r';
    expect(
      credentialsAfterAuthorization(
        `Authorization: Bearer ${jwt}\nlog: Bearer ${opaque}`,
        `authorization: bearer ${jwt}\nlog: bearer ${opaque}`.toLowerCase(),
      ),
    ).toEqual([opaque]);
  });
});

describe('findJsonObjects', () => {
  it('a span opensObject refuses is one JSON.parse throws on', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '"',
      '"a"',
      ':',
      '1',
      ',',
      ' ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\u00a0',
      'x',
      '[]',
      '$',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const span = `{${parts.join('')}`;
        if (opensObject(span, 1, span.length)) return;
        expect(() => JSON.parse(span)).toThrow();
      }),
      { numRuns: 5000 },
    );
    expect(opensObject('{ \n "a": 1}', 1, 11)).toBe(true);
    expect(opensObject('{{token}}', 1, 9)).toBe(false);
  });
});

describe('SecretRedactor.addTokenNamedValuesIn', () => {
  it('a separator namedByOtherWord passes over is one after no token name', () => {
    const piece = fc.constantFrom(
      ...['token', 'Token', 'api-key', 'apiKey', 'secret', 'sessionid', 'JSESSIONID', 'Host', 'type', '12', 'x', 'D'],
      ...[':', '=', ' ', '  ', '"', "'", '\\', '\\\\', '?', '&', 'é', 'İ', 'K', '\n'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const lower = foldForMatching(text);
        for (let k = 0; k < text.length; k++) {
          const c = text.charCodeAt(k);
          if ((c === 0x3a || c === 0x3d) && k > 0 && namedByOtherWord(lower, k))
            expect(tokenNameEndingAt(lower, nameEndBefore(text, k))).toBeNull();
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('decodeCredential', () => {
  it("splits at the dots as split('.') does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('.', '..', 'eyJ', 'a', '…', ''), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(splitAtDots(s)).toEqual(s.split('.'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SecretRedactor.addNamedSecretsIn', () => {
  it('registers what the global regex over the paste registers', () => {
    const piece = fc.constantFrom(
      'client_secret',
      'Client_Secret',
      'REFRESH_TOKEN',
      'access_token',
      'subject_token',
      'client_assertion',
      'password',
      'PassWord',
      'passwd',
      'api_key',
      'apiKey',
      'APIKEY',
      'api\u212aey',
      'secret',
      'SECRET',
      'jwt_secret',
      'JWT_SECRET',
      'secret_key',
      'Secret_Key',
      'signing_key',
      'private_key',
      'jwt',
      'é',
      '=',
      ': ',
      '"',
      "'",
      '\\"',
      ' ',
      '\n',
      '_',
      'x',
      'İ',
      'abcdefgh12',
      's3cr3t-value-0001',
      '****',
      '<redacted>',
      '&',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const fast = new SecretRedactor();
        fast.addNamedSecretsIn(text, foldForMatching(text));
        const plain = new SecretRedactor();
        plain.addNamedSecretsByScan(text);
        expect(fast.size).toBe(plain.size);
        expect(fast.redact(text)).toBe(plain.redact(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SecretRedactor.addApiKeysIn', () => {
  // Vendors' prefixes whole and cut by a blank, the first letters VENDOR_START looks for, blanks and key runs: keys that
  // overlap, follow each other, or sit inside another's run.
  const piece = fc.constantFrom(
    'sk_live_',
    'rk_test_',
    's k_live_',
    'sk_liv e_',
    'xoxb-',
    'xox\tb-',
    'xapp-',
    'ghp_',
    'g\\thp_',
    'github_pat_',
    'glpat-',
    'AKIA',
    'A KIA',
    'AKI  A',
    'AIza',
    'Ai',
    's',
    'g',
    'A',
    'x',
    ' ',
    '\t',
    '\\t',
    '-',
    '_',
    '.',
    '"',
    'Zq9',
    'ABCDEFGHJK23456',
    'mZhqR4tY7uPbX2cN8vLw',
    'abcdefgh12345678',
  );
  it('registers what each regex scan over the paste registers', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const fast = new SecretRedactor();
        fast.addApiKeysIn(text);
        const plain = new SecretRedactor();
        plain.addApiKeysByScan(text);
        expect(fast.size).toBe(plain.size);
        expect(fast.redact(text)).toBe(plain.redact(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('registers a key and a split one in the same paste', () => {
    const text = 'key ghp_zC0v6mZhqR4tY7uPbX2cN8vLwQ1sD3fG5hJ9 then g hp_zC0v6mZhqR4tY7uPbX2cN8vLwQ1sD3fG5hJ0';
    const fast = new SecretRedactor();
    fast.addApiKeysIn(text);
    const plain = new SecretRedactor();
    plain.addApiKeysByScan(text);
    expect(fast.size).toBeGreaterThan(1);
    expect(fast.size).toBe(plain.size);
    expect(fast.redact(text)).not.toContain('zC0v6mZhqR4tY7uP');
    expect(fast.redact(text)).toBe(plain.redact(text));
  });
});

describe('SecretRedactor.addNamedSecretsIn, URL userinfo', () => {
  const registered = (text: string) => {
    const r = new SecretRedactor();
    r.addNamedSecretsIn(text, foldForMatching(text));
    return r;
  };
  it("reads a URL's password after URLs without one, and a curl -u after a paste with no @", () => {
    const text = 'GET https://api.example.com/v1 then postgres://admin:S3cretPassw0rd9@db.internal:5432/app';
    expect(registered(text).redact(text)).not.toContain('S3cretPassw0rd9');
    const curl = 'curl https://api.example.com/v1 -u admin:S3cretPassw0rd9 -H "Accept: */*"';
    expect(registered(curl).redact(curl)).not.toContain('S3cretPassw0rd9');
  });
  it('reads no userinfo without an @ after the URL, or one further than a userinfo can run', () => {
    expect(registered('https://admin:S3cretPassw0rd9/x and @someone').size).toBe(0);
    expect(registered(`https://admin:S3cretPassw0rd9${'x'.repeat(300)}@host`).size).toBe(0);
  });
});
