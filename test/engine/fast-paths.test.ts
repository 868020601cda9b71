/**
 * The engine's hot paths were rewritten for speed (bench/engine.mjs); these properties hold each one
 * to the plain formulation it replaced, on inputs built to hit the edges (masks, padding, percent
 * signs, surrogates, `__proto__` keys).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/engine/codes.js';
import { resolveOptions } from '../../src/engine/options.js';
import { parseAuthorization } from '../../src/engine/parse/authorization.js';
import { rankFindings } from '../../src/engine/rank.js';
import { SecretRedactor } from '../../src/engine/secrets.js';
import { findMaskMarkers, isBase64Url, MASK_PATTERNS } from '../../src/engine/token/decode.js';
import type { FindingData, Source } from '../../src/engine/types.js';

const MASKS = [
  '***',
  '…',
  '...',
  '[REDACTED]',
  '<redacted>',
  '(redacted)',
  '{redacted}',
  'Redacted',
  '[hidden]',
  '<hidden>',
  '[masked]',
  '<MASKED>',
  '[removed]',
  '<removed>',
  '<signature>',
  '[signature]',
  '<sig>',
  '<token>',
  '[token]',
  '<jwt>',
  '<access_token>',
  '<access-token>',
  'your_token',
  'YOUR-TOKEN',
  'your_access_token',
  'xxxx',
  'XXXX',
  '****',
  '$TOKEN',
  // An unexpanded template variable, written as pasted.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
  '${TOKEN}',
];

/** Strings made of base64url runs, mask markers, and odd characters. */
const pieces = fc.array(
  fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{0,12}$/),
    fc.constantFrom(...MASKS),
    fc.constantFrom(
      '.',
      '=',
      '==',
      '%2E',
      '%252E',
      ' ',
      '\t',
      '"',
      "'",
      '\\n',
      '\n',
      '+',
      '/',
      '~',
      '😀',
      '\uD800',
      'İ',
      'é',
      '*',
      '[',
      '<',
    ),
  ),
  { maxLength: 12 },
);
const credentialLike = pieces.map((p) => p.join(''));

describe('findMaskMarkers', () => {
  // The reference formulation: every pattern tried with includes(), over the same list the engine uses.
  const PATTERNS = MASK_PATTERNS;
  function reference(value: string): string[] {
    const lower = value.toLowerCase();
    const found = PATTERNS.filter((m) => lower.includes(m));
    if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value)) found.push('$variable');
    return found;
  }
  it('finds what searching for every pattern finds', () => {
    fc.assert(
      fc.property(credentialLike, (v) => {
        expect(findMaskMarkers(v)).toEqual(reference(v));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isBase64Url', () => {
  const reference = (s: string) => s.length > 0 && s.length % 4 !== 1 && /^[A-Za-z0-9_-]*$/.test(s);
  it('agrees with the plain definition', () => {
    fc.assert(
      fc.property(credentialLike, (v) => {
        expect(isBase64Url(v)).toBe(reference(v));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseAuthorization', () => {
  /** The old `bad-characters` rule: b64token test by regex, then the odd characters of `[...credential]`. */
  const MASK_CHARS = new Set(['*', '…', '[', ']', '<', '>', '(', ')', '$', '{', '}']);
  function badCharacters(credential: string): string[] | null {
    if (/^[A-Za-z0-9\-._~+/]+=*$/.test(credential)) return null;
    const bad = [...new Set([...credential].filter((c) => !/[A-Za-z0-9\-._~+/=]/.test(c) && !MASK_CHARS.has(c)))];
    return bad.length > 0 ? bad.slice(0, 8) : null;
  }

  it('reports the characters the b64token rule rejects, as the regex formulation did', () => {
    fc.assert(
      fc.property(credentialLike, fc.boolean(), (credential, quoted) => {
        const parsed = parseAuthorization(`Bearer ${credential}`, quoted);
        const issue = parsed.issues.find((i) => i.kind === 'bad-characters');
        expect(issue?.kind === 'bad-characters' ? issue.characters : null).toEqual(badCharacters(parsed.credential));
      }),
      { numRuns: 3000 },
    );
  });

  it('sees trailing blanks, line breaks and escaped line breaks as the regexes did', () => {
    fc.assert(
      fc.property(credentialLike, fc.boolean(), (credential, quoted) => {
        const value = `Bearer ${credential}`;
        const kinds = parseAuthorization(value, quoted).issues.map((i) =>
          i.kind === 'extra-space' ? `${i.kind}:${i.where}` : i.kind,
        );
        expect(kinds.includes('extra-space:trailing')).toBe(quoted && /[ \t]$/.test(value));
        expect(kinds.includes('line-break')).toBe(
          /[\r\n]/.test(value) || value.includes('\\n') || value.includes('\\r'),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SecretRedactor.scrub', () => {
  /** What scrub did before: a deep copy with every string holding a secret redacted. */
  function reference(r: SecretRedactor, value: unknown): unknown {
    if (typeof value === 'string') return r.redact(value) === value ? value : r.redact(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => reference(r, v));
    const out: Record<string, unknown> = {};
    // defineProperty, not `out[k] =`: an own `__proto__` key (fc.jsonValue makes them) would set the prototype.
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, r.redact(k), {
        value: reference(r, v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  const json = fc.jsonValue({ maxDepth: 4 });

  it('returns the value itself when no secret is in it, and what the deep copy gave when one is', () => {
    fc.assert(
      fc.property(json, fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/), fc.boolean(), (value, secret, plant) => {
        const r = new SecretRedactor();
        r.add(secret, '‹secret›');
        const planted = plant ? { value, note: `token ${secret} here`, [secret]: 1, list: [secret] } : value;
        const scrubbed = r.scrub(planted);
        expect(scrubbed).toEqual(reference(r, planted));
        if (!JSON.stringify(planted).includes(secret)) expect(scrubbed).toBe(planted);
        expect(JSON.stringify(scrubbed) ?? '').not.toContain(secret);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an own __proto__ key as itself', () => {
    const r = new SecretRedactor();
    r.add('s3cr3t-value', '‹secret›');
    const payload = JSON.parse('{"__proto__": "holds s3cr3t-value", "ok": 1}') as Record<string, unknown>;
    expect(JSON.stringify(r.scrub({ payload }))).not.toContain('s3cr3t-value');
  });

  it('keeps an own __proto__ key a key in the copy, not its prototype', () => {
    const r = new SecretRedactor();
    r.add('s3cr3t-value', '‹secret›');
    const payload = JSON.parse('{"__proto__": {"admin": true}, "note": "s3cr3t-value"}') as Record<string, unknown>;
    const scrubbed = r.scrub({ payload }).payload;
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(scrubbed, '__proto__')?.value).toEqual({ admin: true });
    expect(scrubbed).toMatchObject({ note: '‹secret›' });
  });
});

describe('rankFindings order', () => {
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
  const sources: Source[] = ['response-header', 'log', 'status', 'request-header', 'token', 'key', 'options'];
  it('is a strict total order on severity, then the rest, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...FINDING_CODES), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...sources), { minLength: 12, maxLength: 12 }),
        (codes, srcs) => {
          const findings = codes.map(
            (code, i) => ({ code, args: {}, evidence: `e${i}`, source: srcs[i] as Source }) as unknown as FindingData,
          );
          const ranked = rankFindings(findings);
          const reversed = rankFindings([...findings].reverse());
          expect(reversed.map((r) => r.data.code)).toEqual(ranked.map((r) => r.data.code));
          for (let i = 1; i < ranked.length; i++) {
            const a = ranked[i - 1];
            const b = ranked[i];
            if (a && b) expect(SEVERITY_RANK[a.severity]).toBeLessThanOrEqual(SEVERITY_RANK[b.severity]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('resolveOptions', () => {
  /** The same options in a null-prototype object, which the hand-checked path leaves to the schema. */
  const viaSchema = (o: Record<string, unknown>) => Object.assign(Object.create(null) as Record<string, unknown>, o);
  const outcome = (f: () => unknown) => {
    try {
      return { ok: f() };
    } catch (e) {
      return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  };
  const value = fc.oneof(
    fc.constant(undefined),
    fc.boolean(),
    fc.integer({ min: -2, max: 90_000 }),
    fc.constantFrom(0, -0, 1.5, 86_400, 86_401, Number.NaN, Number.POSITIVE_INFINITY, 1_779_977_400),
    fc.constantFrom(
      'en',
      'ja',
      'fr',
      '',
      '2026-05-28T14:10:00Z',
      '2026-05-28T14:10:00+09:00',
      '2026-02-30T00:00:00Z',
      '2026-05-28T14:10Z',
      '2026-05-28 14:10:00Z',
      '2024-02-29T23:59:59.123Z',
    ),
    fc.array(fc.constantFrom('a', '', 'https://auth.example.com/'), { maxLength: 3 }),
    fc.constant(new Date('2026-05-28T14:10:00Z')),
  );
  const key = fc.constantFrom(
    'now',
    'preferPastedDate',
    'skewSeconds',
    'expectedIssuers',
    'expectedAudiences',
    'allowedAlgorithms',
    'requiredScopes',
    'locale',
    'unknown',
  );
  it('gives what the schema gives, result or error', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (o) => {
        expect(outcome(() => resolveOptions(o as never))).toEqual(outcome(() => resolveOptions(viaSchema(o) as never)));
      }),
      { numRuns: 3000 },
    );
  });
});
