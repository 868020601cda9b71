import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/slack/message-text.js';

describe('the text of a shortcut’s message', () => {
  it('is message.text when the blocks only repeat it', () => {
    const message = {
      text: 'see <https://api.acme-corp.com/x>\n```HTTP/1.1 401 Unauthorized```',
      blocks: [
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: 'see ' },
                { type: 'link', url: 'https://api.acme-corp.com/x' },
              ],
            },
            { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'HTTP/1.1 401 Unauthorized' }] },
          ],
        },
      ],
    };
    expect(messageText(message)).toBe(message.text);
  });

  it('reads rich_text, section and context blocks when there is no text', () => {
    const text = messageText({
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*Auth alert*' },
          fields: [{ type: 'mrkdwn', text: 'status: 401' }],
        },
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_preformatted',
              elements: [{ type: 'text', text: 'WWW-Authenticate: Bearer error="invalid_token"' }],
            },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'from gateway' }] },
      ],
    });
    expect(text).toContain('*Auth alert*');
    expect(text).toContain('status: 401');
    expect(text).toContain('```\nWWW-Authenticate: Bearer error="invalid_token"\n```');
    expect(text).toContain('from gateway');
  });

  it('adds legacy attachments (alert bots), fields included', () => {
    const text = messageText({
      text: 'alert',
      attachments: [
        { title: 'API 401', text: 'jwt expired', fields: [{ title: 'kid', value: 'k1' }] },
        { fallback: 'only a fallback' },
      ],
    });
    expect(text).toBe('alert\n\nAPI 401\njwt expired\nkid: k1\n\nonly a fallback');
  });

  it('is empty for anything else', () => {
    expect(messageText(null)).toBe('');
    expect(messageText({ blocks: 'nope', attachments: 3 })).toBe('');
  });
});
