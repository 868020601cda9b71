import { describe, expect, it } from 'vitest';
import {
  blocksJsonLength,
  blocksTextLength,
  type MessageLike,
  SLACK_LIMITS,
  validateMessage,
} from '../../src/render/block-limits.js';

const md = (text: string) => ({ type: 'mrkdwn', text });
const pt = (text: string) => ({ type: 'plain_text', text });
const section = (text: string) => ({ type: 'section', text: md(text) });
const button = (action_id: string, text = 'Share', value = 'v') => ({
  type: 'button',
  action_id,
  text: pt(text),
  value,
});
const msg = (...blocks: unknown[]): MessageLike => ({ text: 'fallback', blocks });

describe('validateMessage: a message within the limits', () => {
  it('finds nothing wrong with every block type at its exact limits', () => {
    const ok = msg(
      { type: 'header', text: pt('h'.repeat(150)) },
      { type: 'section', text: md('s'.repeat(3000)), expand: true },
      { type: 'section', fields: Array.from({ length: 10 }, () => md('f'.repeat(200))) },
      { type: 'context', elements: Array.from({ length: 10 }, () => md('c')) },
      { type: 'divider' },
      {
        type: 'actions',
        elements: [button('a'.repeat(255), 'b'.repeat(75), 'v'.repeat(2000)), { ...button('x'), style: 'danger' }],
      },
    );
    expect(validateMessage(ok)).toEqual([]);
  });

  it('accepts 50 blocks', () => {
    expect(validateMessage(msg(...Array.from({ length: 50 }, () => ({ type: 'divider' }))))).toEqual([]);
  });

  it('ignores block types it has no rules for, beyond counting them', () => {
    expect(validateMessage(msg({ type: 'rich_text', elements: [] }))).toEqual([]);
  });
});

describe('validateMessage: each limit, broken', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each<[string, MessageLike, string]>([
    [
      'more than 50 blocks',
      msg(...Array.from({ length: 51 }, () => ({ type: 'divider' }))),
      '/blocks: 51 blocks; at most 50 are allowed',
    ],
    ['section text over 3000', msg(section(long(3001))), '/blocks/0/text/text: 3001 characters; at most 3000'],
    ['empty section text', msg(section('')), '/blocks/0/text/text: must be at least 1 character'],
    ['a section with neither text nor fields', msg({ type: 'section' }), '/blocks/0: a section needs text or fields'],
    [
      '11 fields',
      msg({ type: 'section', fields: Array.from({ length: 11 }, () => md('f')) }),
      '/blocks/0/fields: 11 fields; at most 10',
    ],
    [
      'a field over 2000',
      msg({ type: 'section', fields: [md(long(2001))] }),
      '/blocks/0/fields/0/text: 2001 characters; at most 2000',
    ],
    [
      'header over 150',
      msg({ type: 'header', text: pt(long(151)) }),
      '/blocks/0/text/text: 151 characters; at most 150',
    ],
    ['a mrkdwn header', msg({ type: 'header', text: md('h') }), '/blocks/0/text/type: must be plain_text'],
    [
      '11 context elements',
      msg({ type: 'context', elements: Array.from({ length: 11 }, () => md('c')) }),
      '/blocks/0/elements: 11 elements; at most 10',
    ],
    [
      'a context element over 3000',
      msg({ type: 'context', elements: [md(long(3001))] }),
      '/blocks/0/elements/0/text: 3001 characters; at most 3000',
    ],
    [
      '26 buttons',
      msg({ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`a${i}`)) }),
      '/blocks/0/elements: 26 elements; at most 25',
    ],
    [
      'a button label over 75',
      msg({ type: 'actions', elements: [button('a', long(76))] }),
      '/blocks/0/elements/0/text/text: 76 characters; at most 75',
    ],
    [
      'a button value over 2000',
      msg({ type: 'actions', elements: [button('a', 'b', long(2001))] }),
      '/blocks/0/elements/0/value: 2001 characters; at most 2000',
    ],
    [
      'an action_id over 255',
      msg({ type: 'actions', elements: [button(long(256))] }),
      '/blocks/0/elements/0/action_id: 256 characters; at most 255',
    ],
    [
      'an action_id used twice in a block',
      msg({ type: 'actions', elements: [button('share'), button('share')] }),
      '/blocks/0/elements/1/action_id: "share" is used twice',
    ],
    [
      'a block_id used twice',
      msg({ type: 'divider', block_id: 'b' }, { type: 'divider', block_id: 'b' }),
      '/blocks/1/block_id: "b" is used twice',
    ],
    [
      'a block_id over 255',
      msg({ type: 'divider', block_id: long(256) }),
      '/blocks/0/block_id: 256 characters; at most 255',
    ],
    ['no fallback text', { blocks: [section('s')] }, '/text: the fallback text is missing or empty'],
    ['blank fallback text', { text: '  ', blocks: [section('s')] }, '/text: the fallback text is missing or empty'],
    ['fallback text over 4000', { text: long(4001), blocks: [] }, '/text: 4001 characters; at most 4000'],
    [
      'a bad button style',
      msg({ type: 'actions', elements: [{ ...button('a'), style: 'green' }] }),
      '/blocks/0/elements/0/style: must be "primary" or "danger"',
    ],
  ])('reports %s', (_, message, violation) => {
    expect(validateMessage(message)).toEqual([violation]);
  });

  it('reports the cumulative text cap even when every block is within its own limit', () => {
    const blocks = Array.from({ length: 4 }, () => section(long(2500)));
    expect(validateMessage(msg(...blocks))).toEqual([
      '/blocks: 10000 text characters in all; keep under 9000 (msg_blocks_too_long)',
    ]);
  });

  it('reports the cumulative JSON cap when container overhead, not text, is what grows', () => {
    // 50 small sections with long block_ids: little text, much JSON.
    const blocks = Array.from({ length: 50 }, (_, i) => ({ ...section('s'), block_id: `${i}-${long(250)}` }));
    const problems = validateMessage(msg(...blocks));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/blocks: \d+ characters of JSON; keep under 15000/);
  });

  it('lists every violation, not only the first', () => {
    expect(validateMessage({ text: '', blocks: [section(''), { type: 'header', text: pt(long(151)) }] })).toHaveLength(
      3,
    );
  });
});

describe('blocksTextLength: what the cumulative cap counts', () => {
  it('sums header, section, field, context and button texts, and nothing else', () => {
    const blocks = [
      { type: 'header', text: pt('12345') },
      { type: 'section', text: md('123'), fields: [md('12')], block_id: 'not counted' },
      { type: 'context', elements: [md('1')] },
      { type: 'actions', elements: [button('not counted', '1234', 'not counted')] },
    ];
    expect(blocksTextLength(blocks)).toBe(15);
    expect(blocksJsonLength(blocks)).toBe(JSON.stringify(blocks).length);
  });

  it('keeps the cumulative limits under the smallest payload Slack was seen to reject (bolt-js#2867: 11,341 / 17,694)', () => {
    expect(SLACK_LIMITS.blocksTextTotal).toBeLessThan(11_341);
    expect(SLACK_LIMITS.blocksJsonTotal).toBeLessThan(17_694);
  });
});
