/**
 * Slack Block Kit limits, and a validator that checks a message against them before it is sent.
 *
 * Slack answers a broken message with `invalid_blocks` or `msg_blocks_too_long` and nothing the user
 * sees; on a phone at 3 a.m. that is a report that silently never arrives. The renderer budgets
 * against these numbers and the tests (and the Slack app, before it responds) run `validateMessage`.
 * Sources are in ../shared/reference/slack-platform.md §3 unless a line says otherwise.
 */

/** The limits `validateMessage` enforces. Lengths are JS string lengths (UTF-16 units), which never undercount. */
export const SLACK_LIMITS = {
  /** Blocks in one message (a modal or Home tab allows 100). docs.slack.dev/reference/block-kit/blocks */
  blocks: 50,
  /** Section `text`: 1–3000. @slack/types `SectionBlock`. */
  sectionText: 3000,
  /** Section `fields`: at most 10 items. @slack/types `SectionBlock`. */
  sectionFields: 10,
  /** Each section field: 1–2000. @slack/types `SectionBlock`. */
  fieldText: 2000,
  /** Header text: plain_text, 1–150. @slack/types `HeaderBlock`. */
  headerText: 150,
  /** Context `elements`: at most 10. @slack/types `ContextBlock`. */
  contextElements: 10,
  /** Any text object (here: a context element): 1–3000. docs.slack.dev/reference/block-kit/composition-objects/text-object */
  textObject: 3000,
  /** Actions `elements`: at most 25. @slack/types `ActionsBlock`. */
  actionsElements: 25,
  /** `block_id` (unique in the message) and `action_id` (unique in its block): 255. @slack/types `Block.block_id`, plain-text-input page. */
  blockId: 255,
  actionId: 255,
  /** Button label 75 (mobile may cut at ~30), value 2000, url 3000. @slack/types `Button`. */
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /**
   * The top-level `text` fallback. Slack truncates above 40,000 characters; chat.postMessage advises
   * "for best results" at most 4,000, and we hold ourselves to that.
   */
  fallbackText: 4000,
  /**
   * The undocumented cumulative cap (`msg_blocks_too_long`). Slack has only said "12,000 text characters
   * with a buffer for block containers" (bolt-js#2509); a payload measuring 11,341 text / 17,694 JSON
   * characters was rejected while 9,597 / 15,561 was accepted (bolt-js#2867). We stay below the largest
   * accepted figures, measured both ways.
   */
  blocksTextTotal: 9000,
  blocksJsonTotal: 15_000,
} as const;

/** The shape the validator reads. Anything else in the message is ignored; blocks are walked as plain JSON. */
export interface MessageLike {
  text?: string | undefined;
  blocks?: readonly unknown[] | undefined;
}

type Json = Record<string, unknown>;

/**
 * Sums every `text` string in the blocks: what Slack's cumulative cap appears to count (bolt-js#2867
 * measured it this way), including header, section, field, context and button texts.
 */
export function blocksTextLength(blocks: readonly unknown[]): number {
  return textLength(blocks);
}

// A plain recursive walk: the Slack app runs it on every reply, and Object.entries allocated an array per object.
function textLength(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 0;
  let total = 0;
  if (Array.isArray(v)) {
    for (const x of v) total += textLength(x);
    return total;
  }
  // Blocks are JSON data: no enumerable inherited keys for for…in to visit.
  for (const k in v) {
    const x = (v as Json)[k];
    total += k === 'text' && typeof x === 'string' ? x.length : textLength(x);
  }
  return total;
}

/** The serialised size of the blocks, the other way the cumulative cap has been measured. */
export function blocksJsonLength(blocks: readonly unknown[]): number {
  return JSON.stringify(blocks).length;
}

/**
 * Checks a message against Slack's Block Kit limits and returns one human-readable line per violation,
 * each starting with a JSON pointer as Slack's own errors do; an empty array means the message is valid.
 * `blocksJson`: the blocks already serialised (`JSON.stringify(msg.blocks)`), measured instead of serialising again.
 *
 * @example
 * ```ts
 * const problems = validateMessage(renderBlocks(report, catalogue));
 * if (problems.length > 0) log.error({ problems }, 'blocks invalid');
 * ```
 */
export function validateMessage(msg: MessageLike, blocksJson?: string): string[] {
  const out: string[] = [];
  checkFallback(msg.text, out);
  const blocks = msg.blocks ?? [];
  if (blocks.length > SLACK_LIMITS.blocks)
    out.push(`/blocks: ${blocks.length} blocks; at most ${SLACK_LIMITS.blocks} are allowed`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    checkBlock(b, `/blocks/${i}`, blockIds, out);
  });
  const json = blocksJson === undefined ? blocksJsonLength(blocks) : blocksJson.length;
  // Every text is in the JSON, quoted and escaped, so the texts are never longer than it: walk the blocks
  // to count them only when the JSON does not settle it.
  const text = json <= SLACK_LIMITS.blocksTextTotal ? 0 : blocksTextLength(blocks);
  if (text > SLACK_LIMITS.blocksTextTotal) {
    out.push(
      `/blocks: ${text} text characters in all; keep under ${SLACK_LIMITS.blocksTextTotal} (msg_blocks_too_long)`,
    );
  }
  if (json > SLACK_LIMITS.blocksJsonTotal) {
    out.push(`/blocks: ${json} characters of JSON; keep under ${SLACK_LIMITS.blocksJsonTotal} (msg_blocks_too_long)`);
  }
  return out;
}

function checkFallback(text: string | undefined, out: string[]): void {
  // With blocks, `text` is the notification and screen-reader fallback; Slack "highly recommends" it.
  if (text === undefined || text.trim() === '') out.push('/text: the fallback text is missing or empty');
  else if (text.length > SLACK_LIMITS.fallbackText)
    out.push(`/text: ${text.length} characters; at most ${SLACK_LIMITS.fallbackText}`);
}

function checkBlock(b: unknown, at: string, blockIds: Set<string>, out: string[]): void {
  if (!isObject(b)) {
    out.push(`${at}: a block must be an object`);
    return;
  }
  checkId(b.block_id, `${at}/block_id`, SLACK_LIMITS.blockId, blockIds, out);
  switch (b.type) {
    case 'header':
      checkTextObject(b.text, `${at}/text`, SLACK_LIMITS.headerText, out, 'plain_text');
      return;
    case 'section':
      checkSection(b, at, out);
      return;
    case 'context':
      checkContext(b, at, out);
      return;
    case 'actions':
      checkActions(b, at, out);
      return;
    case 'divider':
      return;
    default:
      // Other block types (rich_text, image, …) have limits of their own that this renderer never meets;
      // they still count towards the block and cumulative totals above.
      if (typeof b.type !== 'string') out.push(`${at}/type: missing`);
  }
}

function checkSection(b: Json, at: string, out: string[]): void {
  if (b.text === undefined && b.fields === undefined) {
    out.push(`${at}: a section needs text or fields`);
    return;
  }
  if (b.text !== undefined) checkTextObject(b.text, `${at}/text`, SLACK_LIMITS.sectionText, out);
  if (b.fields === undefined) return;
  if (!Array.isArray(b.fields) || b.fields.length === 0) {
    out.push(`${at}/fields: must be a non-empty array`);
    return;
  }
  if (b.fields.length > SLACK_LIMITS.sectionFields)
    out.push(`${at}/fields: ${b.fields.length} fields; at most ${SLACK_LIMITS.sectionFields}`);
  b.fields.forEach((f: unknown, i: number) => {
    checkTextObject(f, `${at}/fields/${i}`, SLACK_LIMITS.fieldText, out);
  });
}

function checkContext(b: Json, at: string, out: string[]): void {
  const els = b.elements;
  if (!Array.isArray(els) || els.length === 0) {
    out.push(`${at}/elements: must be a non-empty array`);
    return;
  }
  if (els.length > SLACK_LIMITS.contextElements)
    out.push(`${at}/elements: ${els.length} elements; at most ${SLACK_LIMITS.contextElements}`);
  els.forEach((e: unknown, i: number) => {
    // Image elements carry no text; only text objects are measured.
    if (isObject(e) && e.type === 'image') return;
    checkTextObject(e, `${at}/elements/${i}`, SLACK_LIMITS.textObject, out);
  });
}

function checkActions(b: Json, at: string, out: string[]): void {
  const els = b.elements;
  if (!Array.isArray(els) || els.length === 0) {
    out.push(`${at}/elements: must be a non-empty array`);
    return;
  }
  if (els.length > SLACK_LIMITS.actionsElements)
    out.push(`${at}/elements: ${els.length} elements; at most ${SLACK_LIMITS.actionsElements}`);
  // action_id must be unique within its block (block_id within the message); a repeat makes clicks ambiguous.
  const actionIds = new Set<string>();
  els.forEach((e: unknown, i: number) => {
    const here = `${at}/elements/${i}`;
    if (!isObject(e)) {
      out.push(`${here}: an element must be an object`);
      return;
    }
    checkId(e.action_id, `${here}/action_id`, SLACK_LIMITS.actionId, actionIds, out);
    if (e.type !== 'button') return;
    checkTextObject(e.text, `${here}/text`, SLACK_LIMITS.buttonText, out, 'plain_text');
    checkOptionalString(e.value, `${here}/value`, SLACK_LIMITS.buttonValue, out);
    checkOptionalString(e.url, `${here}/url`, SLACK_LIMITS.buttonUrl, out);
    if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger')
      out.push(`${here}/style: must be "primary" or "danger"`);
  });
}

function checkTextObject(t: unknown, at: string, max: number, out: string[], only?: 'plain_text'): void {
  if (!isObject(t) || (t.type !== 'plain_text' && t.type !== 'mrkdwn')) {
    out.push(`${at}: must be a plain_text or mrkdwn text object`);
    return;
  }
  if (only !== undefined && t.type !== only) out.push(`${at}/type: must be ${only}`);
  if (typeof t.text !== 'string' || t.text.length === 0) out.push(`${at}/text: must be at least 1 character`);
  else if (t.text.length > max) out.push(`${at}/text: ${t.text.length} characters; at most ${max}`);
}

function checkId(id: unknown, at: string, max: number, seen: Set<string>, out: string[]): void {
  if (id === undefined) return;
  if (typeof id !== 'string' || id.length === 0) {
    out.push(`${at}: must be a non-empty string`);
    return;
  }
  if (id.length > max) out.push(`${at}: ${id.length} characters; at most ${max}`);
  if (seen.has(id)) out.push(`${at}: "${id.slice(0, 40)}" is used twice`);
  seen.add(id);
}

function checkOptionalString(v: unknown, at: string, max: number, out: string[]): void {
  if (v === undefined) return;
  if (typeof v !== 'string') out.push(`${at}: must be a string`);
  else if (v.length > max) out.push(`${at}: ${v.length} characters; at most ${max}`);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
