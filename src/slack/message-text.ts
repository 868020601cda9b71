/**
 * The text of a message a shortcut was used on: what the engine diagnoses.
 *
 * `message.text` holds what a person typed, code blocks included (as ``` fences, which the engine's
 * normaliser undoes). It is absent or only a summary for many bot and Block Kit messages, whose words
 * live in `blocks` (rich_text, section, context) and in legacy `attachments` (alert bots). All are read;
 * block text that only repeats `message.text` is skipped, so a token is not seen twice.
 */

const MAX_DEPTH = 12;

/** Joins the message's text, its blocks' text and its attachments' text. */
export function messageText(message: unknown): string {
  if (message === null || typeof message !== 'object') return '';
  const m = message as { text?: unknown; blocks?: unknown; attachments?: unknown };
  const text = typeof m.text === 'string' ? m.text : '';
  const parts = [text];
  const fromBlocks = blocksText(m.blocks);
  if (fromBlocks !== '' && !normalised(text).includes(normalised(fromBlocks))) parts.push(fromBlocks);
  parts.push(attachmentsText(m.attachments));
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** rich_text elements in reading order: a preformatted element becomes its own fenced block. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const out: string[] = [];
  for (const b of blocks) {
    const block = b as { type?: unknown; text?: unknown; fields?: unknown; elements?: unknown };
    if (block.type === 'rich_text') out.push(richText(block.elements, 0));
    else if (block.type === 'section') {
      out.push(textObject(block.text));
      if (Array.isArray(block.fields)) for (const f of block.fields) out.push(textObject(f));
    } else if (block.type === 'context' && Array.isArray(block.elements)) {
      for (const e of block.elements) out.push(textObject(e));
    } else if (block.type === 'header') out.push(textObject(block.text));
  }
  return out.filter((s) => s.trim() !== '').join('\n');
}

function richText(elements: unknown, depth: number): string {
  if (!Array.isArray(elements) || depth > MAX_DEPTH) return '';
  let out = '';
  for (const el of elements) {
    const e = el as { type?: unknown; text?: unknown; url?: unknown; elements?: unknown };
    switch (e.type) {
      case 'text':
        out += typeof e.text === 'string' ? e.text : '';
        break;
      case 'link':
        out += typeof e.text === 'string' && e.text !== '' ? e.text : typeof e.url === 'string' ? e.url : '';
        break;
      case 'rich_text_preformatted':
        out += `\n\`\`\`\n${richText(e.elements, depth + 1)}\n\`\`\`\n`;
        break;
      case 'rich_text_section':
      case 'rich_text_quote':
        out += `${richText(e.elements, depth + 1)}\n`;
        break;
      case 'rich_text_list':
        out += richText(e.elements, depth + 1);
        break;
      default:
        // Emoji, user and channel mentions, dates: nothing a diagnosis reads.
        break;
    }
  }
  return out;
}

function textObject(t: unknown): string {
  if (t === null || typeof t !== 'object') return '';
  const text = (t as { text?: unknown }).text;
  return typeof text === 'string' ? text : '';
}

/** Legacy attachments: pretext, title, text, fields and the fallback when nothing else is there. */
function attachmentsText(attachments: unknown): string {
  if (!Array.isArray(attachments)) return '';
  const out: string[] = [];
  for (const a of attachments.slice(0, 20)) {
    const at = a as {
      pretext?: unknown;
      title?: unknown;
      text?: unknown;
      fallback?: unknown;
      fields?: unknown;
      blocks?: unknown;
    };
    const own = [at.pretext, at.title, at.text].filter((s): s is string => typeof s === 'string' && s !== '');
    if (Array.isArray(at.fields)) {
      for (const f of at.fields) {
        const field = f as { title?: unknown; value?: unknown };
        if (typeof field.value === 'string')
          own.push(typeof field.title === 'string' ? `${field.title}: ${field.value}` : field.value);
      }
    }
    const nested = blocksText(at.blocks);
    if (nested !== '') own.push(nested);
    if (own.length === 0 && typeof at.fallback === 'string') own.push(at.fallback);
    out.push(own.join('\n'));
  }
  return out.filter((s) => s.trim() !== '').join('\n\n');
}

/** For the "already in message.text" test: no fences, backticks, link markup, entities or whitespace differences. */
function normalised(s: string): string {
  return s
    .replace(/```/g, '')
    .replace(/`/g, '')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
