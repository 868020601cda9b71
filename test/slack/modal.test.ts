import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/messages/index.js';
import { buildModal, readModal, readModalMetadata } from '../../src/slack/modal.js';
import { CLAIMS, hs256 } from '../helpers/tokens.js';

const META = { c: 'C1', r: 'https://hooks.slack.com/commands/T1/1/x', l: 'en' as const };

describe('the form', () => {
  it.each(['en', 'ja'] as const)('fits Slack’s limits and is labelled in %s', (locale) => {
    const cat = catalogues[locale];
    const view = buildModal(cat, { ...META, l: locale }, {});
    for (const t of [view.title, view.submit, view.close]) expect(t?.text.length).toBeLessThanOrEqual(24);
    expect(cat.slack.shareButton.length).toBeLessThanOrEqual(30);
    expect(view.private_metadata?.length).toBeLessThanOrEqual(3000);
    expect(view.blocks.filter((b) => b.type === 'input')).toHaveLength(6);
    const inputs = view.blocks.filter((b): b is types.InputBlock => b.type === 'input');
    const labels = inputs.map((b) => b.label.text);
    expect(labels).toContain(cat.slack.pasteLabel);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(2000);
  });

  it('fills in options already typed', () => {
    const view = buildModal(catalogues.en, META, { aud: ['a', 'b'], skew: 30 });
    const inputs = view.blocks.filter((b): b is types.InputBlock => b.type === 'input');
    const initial = inputs.flatMap((b) => ('initial_value' in b.element ? [b.element.initial_value] : []));
    expect(initial).toEqual(['a, b', '30']);
  });

  it('reads the submitted values', () => {
    const v = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
    const input = readModal({
      paste: v('HTTP/1.1 401'),
      token: v(' eyJ… '),
      iss: v(''),
      aud: v('https://a, https://b'),
      scope: v('orders:read, orders:write  admin'),
      skew: v('45'),
    });
    expect(input).toEqual({
      text: 'HTTP/1.1 401\n\neyJ…',
      expectations: { aud: ['https://a', 'https://b'], scope: ['orders:read', 'orders:write', 'admin'], skew: 45 },
      tokenIn: [],
    });
    expect(readModal(undefined)).toEqual({ text: '', expectations: {}, tokenIn: [] });
  });

  it('names the expectation fields that hold a token, and only those', () => {
    const v = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
    const token = hs256(CLAIMS);
    const input = readModal({
      paste: v('HTTP/1.1 401'),
      token: v(token),
      iss: v(token),
      aud: v(`https://a, ${token}`),
      scope: v('read'),
    });
    expect(input.tokenIn).toEqual(['iss', 'aud']);
  });

  it('reads back its metadata, and nothing else', () => {
    expect(readModalMetadata(JSON.stringify(META))).toEqual(META);
    expect(readModalMetadata('{"c":"C1"}')).toBeNull();
    expect(readModalMetadata('not json')).toBeNull();
  });
});
