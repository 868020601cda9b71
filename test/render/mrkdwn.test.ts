import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, escapeLinkUrl, escapeMrkdwn, toInlineCode, toMrkdwn } from '../../src/render/mrkdwn.js';

describe('escapeMrkdwn: Slack’s three control characters', () => {
  it('escapes &, < and >, and nothing else', () => {
    expect(escapeMrkdwn(`<!here> & "q" 'a' *b* \`c\``)).toBe(`&lt;!here&gt; &amp; "q" 'a' *b* \`c\``);
  });

  it('escapes an existing entity again, so it shows as typed', () => {
    expect(escapeMrkdwn('&amp;')).toBe('&amp;amp;');
  });
});

describe('toMrkdwn: escape, then cut to a length', () => {
  it('leaves text that fits alone', () => {
    expect(toMrkdwn('a < b', 8)).toBe('a &lt; b');
  });

  it('cuts with … and never splits an entity', () => {
    expect(toMrkdwn('ab<cd', 6)).toBe('ab…');
    expect(toMrkdwn('ab<cd', 7)).toBe('ab&lt;…');
  });

  it('never splits a surrogate pair', () => {
    expect(toMrkdwn('😀😀😀', 4)).toBe('😀…');
  });

  it('never exceeds the length, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '😀', '期', ' ') }),
        fc.integer({ min: 1, max: 50 }),
        (s, max) => {
          const out = toMrkdwn(s, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        },
      ),
    );
  });
});

describe('toInlineCode: evidence as one closed code span', () => {
  it('turns backticks into ˋ and line breaks into ⏎', () => {
    expect(toInlineCode('a`b\r\nc', 100)).toBe('`aˋb ⏎ c`');
  });

  it('drops the blanks around a line break (a pretty-printed body’s indentation), not those inside a line', () => {
    expect(toInlineCode('"headers": [\n      {\n        "name":  "x" \t\r\n  }', 100)).toBe(
      '`"headers": [ ⏎ { ⏎ "name":  "x" ⏎ }`',
    );
    expect(toInlineCode('  lead and trail  ', 100)).toBe('`  lead and trail  `');
  });

  it('stays linear on a long run of blanks with no line break, or before one', () => {
    const blanks = ' '.repeat(200_000);
    const t0 = performance.now();
    expect(toInlineCode(`a${blanks}b`, 50).length).toBeLessThanOrEqual(50);
    expect(toInlineCode(`a${blanks}\n${blanks}b`, 5000)).toBe('`a ⏎ b`');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('counts its backticks in the length', () => {
    expect(toInlineCode('abcdef', 6)).toBe('`abc…`');
  });

  it('cuts a long quote between words, not inside one', () => {
    const header = `authorization: ${'Bearer '.repeat(60)}`;
    const out = toInlineCode(header, 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/Bearer…`$/);
    // A run with no space near the end is still cut where the length ends.
    expect(toInlineCode(`x ${'a'.repeat(400)}`, 100)).toMatch(/^`x a{95}…`$/);
  });

  it('keeps a redaction placeholder whole or leaves it out', () => {
    const line = `${'-H '.repeat(20)}"Authorization: Bearer ‹token sha256:c88d5255›"`;
    for (let max = 20; max < line.length + 2; max++) {
      const out = toInlineCode(line, max);
      expect(out.length, String(max)).toBeLessThanOrEqual(max);
      expect(out, String(max)).not.toMatch(/‹[^›]*$/);
    }
  });
});

describe('clip: plain text', () => {
  it('cuts by code point with …', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('😀😀', 3)).toBe('😀…');
    expect(clip('abc', 3)).toBe('abc');
  });
});

describe('escapeLinkUrl: the URL part of <url|label>', () => {
  it('encodes what would end the link early and escapes &', () => {
    expect(escapeLinkUrl('https://x.example/a b|c>d<e?f=1&g=2')).toBe(
      'https://x.example/a%20b%7Cc%3Ed%3Ce?f=1&amp;g=2',
    );
  });
});
