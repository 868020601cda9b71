/**
 * The Slack renderer: lays a `Report` out as a Block Kit message, phone first.
 *
 * Every word comes from the report (already localised by the engine) or from the catalogue's `ui`
 * strings; this module adds only layout: emoji markers, bold, inline code, line breaks, `·` separators
 * and links. It never composes diagnosis text (style.md practice 5).
 */
import { explainsRefusal } from '../engine/codes.js';
import type { Finding, Report, Severity, TimeClaim, TimeVerdict } from '../engine/types.js';
import { InvalidOptionsError } from '../errors.js';
import type { Catalogue } from '../messages/catalogue.js';
import { catalogueFor } from '../messages/index.js';
import { blocksTextLength, SLACK_LIMITS } from './block-limits.js';
import { clip, escapeLinkUrl, toInlineCode, toMrkdwn } from './mrkdwn.js';
import { tokenKindKey } from './token-kind.js';

export { escapeMrkdwn } from './mrkdwn.js';

// Minimal Block Kit types, field names as Slack spells them; no @slack/* dependency in the renderer.

/** Text shown as typed (headers, button labels). */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
/** Text in Slack's mrkdwn: `&`, `<`, `>` must arrive escaped. */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not auto-link URLs or parse bare mentions in the text; explicit `<url|label>` still works. */
  verbatim?: boolean;
}
/** A Block Kit text object. */
export type TextObject = PlainText | MrkdwnText;
/** Large bold plain text, at most 150 characters. */
export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}
/** Text up to 3000 characters, and/or up to 10 two-column fields of up to 2000. */
export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  /** true: never folded behind "see more" on mobile. */
  expand?: boolean;
}
/** Small grey text, up to 10 elements. */
export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}
/** A horizontal rule. */
export interface DividerBlock {
  type: 'divider';
}
/** A button; clicks arrive at the Slack app as block actions with `action_id` and `value`. */
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}
/** A row of buttons. */
export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}
/** The Block Kit blocks this renderer emits (a subset of @slack/types `KnownBlock`). */
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A message ready for `ack()`, `respond()` or `chat.postMessage` (add `response_type` at the edge). */
export interface SlackMessage {
  /** The notification and screen-reader fallback. */
  text: string;
  blocks: Block[];
}

/**
 * A message with its blocks serialised once: the renderer measures that JSON against Slack's cap, the
 * Slack app's limits check reads its length, and the response_url post sends it as it is. The blocks
 * must not change afterwards; a block added means a new `serialised(…)`.
 */
export interface SerialisedMessage extends SlackMessage {
  readonly blocksJson: string;
}

/** `msg` with its blocks serialised now (or with `blocksJson`, already measured, when given). */
export function serialised(msg: SlackMessage, blocksJson: string = JSON.stringify(msg.blocks)): SerialisedMessage {
  return { text: msg.text, blocks: msg.blocks, blocksJson };
}

/** Options of `renderBlocks`. */
export interface BlocksOptions {
  /** Base URL for code docs links; a code's page is `${docsBaseUrl}/${finding.docs}`. */
  docsBaseUrl?: string;
  /** Buttons (e.g. "Share in channel") the Slack app appends, in an actions block at the end. */
  actions?: Array<{ action_id: string; text: string; value: string; style?: 'primary' | 'danger' }>;
}

/** Where code docs pages are linked when `docsBaseUrl` is not given. */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/jwt-diagnose/jwt-diagnose/blob/main';

/**
 * What we allow ourselves, below the validator's limits: room for a line the Slack app may add
 * (who shared it), and for Slack's unknown accounting of the cumulative cap.
 */
const BUDGET = {
  blocks: SLACK_LIMITS.blocks - 2,
  text: SLACK_LIMITS.blocksTextTotal - 1000,
  json: SLACK_LIMITS.blocksJsonTotal - 1500,
};
/** More than a dozen findings is a wall on a phone; the rest are one `--format json` away. */
const MAX_LISTED_FINDINGS = 12;
/** Per-text character caps tried in turn once dropping findings is not enough (Infinity: only block limits). */
const TEXT_CAPS = [Number.POSITIVE_INFINITY, 1500, 800, 400, 200, 100] as const;
const TITLE_MAX = 300;
const EVIDENCE_MAX = 300;
const CORROBORATION_MAX = 200;
/** Evidence up to this long is quoted again under each finding: it costs a phone no more than a pointer to it. */
const SHORT_EVIDENCE = 80;
/** A notification preview shows a line or two; the rest of the message is in the blocks. */
const FALLBACK_MAX = 300;
const LIVE_TOKEN = 'input.live-token';
const MASKED = 'input.masked';

/**
 * "The signature was not checked: it is masked" beside input.masked ("the token's signature is masked …
 * the signature was not [checked]") says the same thing twice; on a phone the pair was six lines of one fact.
 */
function saysOnlyMasked(f: Finding): boolean {
  return f.code === 'signature.unchecked' && f.args.reason === 'masked';
}

/** Shapes differ, not only colours: red and orange circles look alike to many colour-blind readers. */
const SEVERITY_MARK: Record<Severity, string> = {
  error: ':red_circle:',
  warning: ':warning:',
  info: ':information_source:',
};
const VERDICT_MARK: Record<TimeVerdict, string> = {
  ok: ':white_check_mark:',
  borderline: ':warning:',
  expired: ':red_circle:',
  'not-yet-valid': ':red_circle:',
  'in-future': ':red_circle:',
  invalid: ':red_circle:',
};

/**
 * Renders a report as a Slack Block Kit message: classification and primary cause first, time verdicts,
 * findings with severity markers and evidence, numbered next steps, a context line with docs links.
 * Always within Slack's limits (see block-limits.ts): findings that do not fit are dropped whole and
 * counted in a "N more" line, and only then are long texts cut with "…".
 *
 * @example
 * ```ts
 * const report = await diagnose(pasted, { now: new Date() });
 * const { text, blocks } = renderBlocks(report, catalogueFor(report.locale), {
 *   actions: [{ action_id: 'share', text: 'Share in channel', value: 'share' }],
 * });
 * await ack({ response_type: 'ephemeral', text, blocks });
 * ```
 */
export function renderBlocks(report: Report, options?: BlocksOptions): SlackMessage;
export function renderBlocks(report: Report, catalogue: Catalogue, options?: BlocksOptions): SlackMessage;
export function renderBlocks(report: Report, second?: Catalogue | BlocksOptions, third?: BlocksOptions): SlackMessage {
  const [cat, options] = isCatalogue(second) ? [second, third ?? {}] : [catalogueFor(report.locale), second ?? {}];
  const { text, blocks } = renderSerialised(report, cat, options);
  return { text, blocks };
}

/** `renderBlocks`, keeping the blocks' JSON it measured (the Slack app posts it as it is). */
export function renderSerialised(report: Report, cat: Catalogue, options: BlocksOptions = {}): SerialisedMessage {
  const actions = checkActions(options.actions ?? []);
  const docsBase = (options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, '');
  const live = report.findings.find((f) => f.code === LIVE_TOKEN);
  // The banner carries the live-token finding; listing it again would only push a cause off the screen.
  const masked = report.findings.some((f) => f.code === MASKED);
  const rest = report.findings.filter((f) => f.code !== LIVE_TOKEN && !(masked && saysOnlyMasked(f)));
  const input: Input = { report, cat, live, primary: rest[0], others: rest.slice(1), actions, docsBase };
  const most = Math.min(input.others.length, MAX_LISTED_FINDINGS);
  let msg: SlackMessage | undefined;
  for (const cap of TEXT_CAPS) {
    for (let listed = most; listed >= 0; listed--) {
      msg = layout(input, listed, cap);
      const json = measured(msg);
      if (json !== null) return serialised(msg, json);
    }
  }
  // Unreachable with today's caps (the smallest layout is a few hundred characters); kept total anyway.
  return serialised(msg ?? layout(input, 0, 100));
}

interface Input {
  report: Report;
  cat: Catalogue;
  live: Finding | undefined;
  primary: Finding | undefined;
  others: Finding[];
  actions: ActionsBlock | null;
  docsBase: string;
}

function isCatalogue(v: Catalogue | BlocksOptions | undefined): v is Catalogue {
  return v !== undefined && 'findings' in v && 'ui' in v;
}

/** The blocks' JSON when the layout is within our budget, else null. */
function measured(msg: SlackMessage): string | null {
  if (msg.blocks.length > BUDGET.blocks) return null;
  const json = JSON.stringify(msg.blocks);
  if (json.length > BUDGET.json) return null;
  // Every text is in the JSON, quoted and escaped, so the texts are never longer than it: count them only
  // when the JSON alone does not settle it.
  return json.length <= BUDGET.text || blocksTextLength(msg.blocks) <= BUDGET.text ? json : null;
}

/** One layout attempt: `listed` findings after the primary, every free text cut at `cap` characters. */
function layout(input: Input, listed: number, cap: number): SlackMessage {
  const { report, cat, live, primary, others } = input;
  const blocks: Block[] = [];
  const quoted = new Set<string>();
  if (live !== undefined)
    blocks.push(
      section(
        `:rotating_light: *${toMrkdwn(cat.ui.liveTokenBanner, TITLE_MAX)}*\n${toMrkdwn(live.detail, Math.min(cap, 2000))}`,
        true,
      ),
    );
  blocks.push({
    type: 'header',
    text: plain(
      clip(`${statusText(report, cat)} · ${cat.classification[report.classification]}`, SLACK_LIMITS.headerText),
    ),
  });
  blocks.push(
    section(
      primary === undefined
        ? toMrkdwn(cat.ui.noFindings, TITLE_MAX)
        : findingText(
            primary,
            cat,
            cap,
            // A finding that only describes the paste is shown first, under the words that say no cause was found.
            `_${toMrkdwn(explainsRefusal(primary.code, primary.severity) ? cat.ui.mostLikely : cat.ui.noFindings, TITLE_MAX)}_`,
            quoted,
          ),
      true,
    ),
  );
  const time = timeSection(report, cat);
  if (time !== null) blocks.push(time);
  const shown = others.slice(0, listed);
  if (shown.length > 0) blocks.push({ type: 'divider' });
  shown.forEach((f, i) => {
    blocks.push(
      section(
        findingText(
          f,
          cat,
          cap,
          i === 0 ? `*${toMrkdwn(cat.ui.findings, TITLE_MAX)}*` : null,
          quoted,
          f.severity === 'info',
        ),
        false,
      ),
    );
  });
  if (others.length > listed)
    blocks.push(context([toMrkdwn(cat.ui.moreFindings(others.length - listed), SLACK_LIMITS.textObject)]));
  const steps = stepsText(report.nextSteps, cat, cap);
  if (steps !== null) blocks.push({ type: 'divider' }, section(steps, true));
  const shownCodes = [live, primary, ...shown].filter((f): f is Finding => f !== undefined);
  blocks.push(context(contextElements(report, cat, shownCodes, input.docsBase)));
  if (input.actions !== null) blocks.push(input.actions);
  return { text: fallbackText(report, cat, primary ?? live), blocks };
}

function statusText(report: Report, cat: Catalogue): string {
  return report.status === null ? cat.ui.noStatus : String(report.status);
}

/** What a notification preview shows: status, classification and the most likely cause. */
function fallbackText(report: Report, cat: Catalogue, first: Finding | undefined): string {
  const title = first === undefined || !explainsRefusal(first.code, first.severity) ? cat.ui.noFindings : first.title;
  return toMrkdwn(`${statusText(report, cat)} · ${cat.classification[report.classification]} · ${title}`, FALLBACK_MAX);
}

/**
 * Marker and bold title, the detail, then the evidence lines; the detail gets what the section has left. A long
 * evidence line a finding above already quoted (`quoted`, filled as the message is laid out) is named, not repeated:
 * on a phone, the same 300-character header three times is three screens of one line. `note`: an info finding listed
 * below the cause (personal data in the token, a signature not checked) keeps its title and detail but not its
 * evidence, which only points back at the token ("claims: email", "‹token …› signature present, no key given"): a
 * line per note that pushed the next steps down a phone's screen.
 */
function findingText(
  f: Finding,
  cat: Catalogue,
  cap: number,
  label: string | null,
  quoted: Set<string>,
  note = false,
): string {
  const head = `${SEVERITY_MARK[f.severity]} *${toMrkdwn(f.title, TITLE_MAX)}*`;
  const proof: string[] = [];
  if (f.evidence.trim() !== '' && !note) {
    const again = f.evidence.length > SHORT_EVIDENCE && quoted.has(f.evidence);
    if (f.evidence.length > SHORT_EVIDENCE) quoted.add(f.evidence);
    proof.push(
      `${again ? `_${toMrkdwn(cat.ui.sameEvidence, TITLE_MAX)}_` : toInlineCode(f.evidence, Math.min(cap, EVIDENCE_MAX))} · _${toMrkdwn(cat.source[f.source], TITLE_MAX)}_`,
    );
  }
  for (const c of f.corroboration) {
    if (c.evidence.trim() === '' || note) continue;
    proof.push(
      `_${toMrkdwn(cat.ui.alsoSeen, TITLE_MAX)}_ ${toInlineCode(c.evidence, Math.min(cap, CORROBORATION_MAX))} · _${toMrkdwn(cat.source[c.source], TITLE_MAX)}_`,
    );
  }
  const before = label === null ? head : `${label}\n${head}`;
  const after = proof.length === 0 ? '' : `\n${proof.join('\n')}`;
  // One line break more goes before the detail.
  const room = Math.min(cap, SLACK_LIMITS.sectionText - (before.length + after.length + 1));
  const detail = f.detail.trim() === '' || room < 2 ? '' : `\n${toMrkdwn(f.detail, room)}`;
  return before + detail + after;
}

/** exp, nbf and iat as two-column fields: verdict, ISO time, relative time. */
function timeSection(report: Report, cat: Catalogue): SectionBlock | null {
  const { exp, nbf, iat } = report.timeClaims;
  // A missing exp matters (a token that never expires); a missing nbf or iat is the normal case.
  const claimsRead = report.token?.payload !== null && report.token?.payload !== undefined;
  const rows: Array<[string, TimeClaim | null]> = [];
  if (exp !== null || claimsRead) rows.push(['exp', exp]);
  if (nbf !== null) rows.push(['nbf', nbf]);
  if (iat !== null) rows.push(['iat', iat]);
  if (rows.length === 0) return null;
  const fields = rows.map(([name, claim]): MrkdwnText => mrkdwnObject(timeField(name, claim, report, cat)));
  const lifetime = lifetimeText(report, cat);
  const title = `*${toMrkdwn(cat.ui.timeClaims, TITLE_MAX)}*${lifetime === '' ? '' : ` · ${toMrkdwn(lifetime, 500)}`}`;
  return { type: 'section', text: mrkdwnObject(title), fields };
}

function timeField(name: string, claim: TimeClaim | null, report: Report, cat: Catalogue): string {
  if (claim === null) return `*${name}*\n_${toMrkdwn(cat.ui.claimAbsent, TITLE_MAX)}_`;
  // Without a reference time the engine cannot judge a valid NumericDate and says `ok`; do not repeat that as a verdict.
  const judged = !(report.reference.now === null && claim.verdict === 'ok');
  const lines = [
    `*${name}*${judged ? ` ${VERDICT_MARK[claim.verdict]} ${toMrkdwn(cat.verdict[claim.verdict], TITLE_MAX)}` : ''}`,
  ];
  if (claim.iso !== null) lines.push(toMrkdwn(claim.iso, 100));
  else if (claim.value !== null && claim.value !== undefined)
    lines.push(toInlineCode(JSON.stringify(claim.value) ?? String(claim.value), 500));
  if (claim.relative !== null) lines.push(toMrkdwn(claim.relative, 100));
  return lines.join('\n');
}

function lifetimeText(report: Report, cat: Catalogue): string {
  const l = report.lifetime;
  if (l === null) return '';
  // The time remaining is left out: the exp field already says how far exp is from now.
  return cat.ui.lifetime(l.ttlSeconds, null, l.clockSkewEstimateSeconds);
}

/** Numbered steps; steps that do not fit the section are counted, not silently lost. */
function stepsText(steps: readonly string[], cat: Catalogue, cap: number): string | null {
  if (steps.length === 0) return null;
  const head = `*${toMrkdwn(cat.ui.nextSteps, TITLE_MAX)}*`;
  const lines = steps.map((s, i) => `${i + 1}. ${toMrkdwn(s, Math.min(cap, 1000))}`);
  for (let n = lines.length; n > 0; n--) {
    const more = n < lines.length ? [`_${toMrkdwn(cat.ui.moreSteps(lines.length - n), TITLE_MAX)}_`] : [];
    const text = [head, ...lines.slice(0, n), ...more].join('\n');
    if (text.length <= SLACK_LIMITS.sectionText) return text;
  }
  return `${head}\n_${toMrkdwn(cat.ui.moreSteps(lines.length), TITLE_MAX)}_`;
}

/** Reference time and skew, the token's fingerprint, and a docs link per code shown, packed into ≤10 elements. */
function contextElements(report: Report, cat: Catalogue, shown: readonly Finding[], docsBase: string): string[] {
  const r = report.reference;
  const out = [
    toMrkdwn(`${cat.ui.reportTitle} · ${cat.ui.reference(r.now, r.nowSource, r.skewSeconds)}`, SLACK_LIMITS.textObject),
  ];
  const t = report.token;
  if (t !== null && t.fingerprint !== null) {
    const kind = t.kind === 'malformed' ? '' : ` · ${toMrkdwn(cat.ui.tokenKind[tokenKindKey(t)], TITLE_MAX)}`;
    out.push(`${toMrkdwn(cat.ui.fingerprint, TITLE_MAX)} ${toInlineCode(t.fingerprint, 100)}${kind}`);
  }
  const label = toMrkdwn(cat.ui.docsLink, TITLE_MAX);
  const codes = new Set<string>();
  const links: string[] = [];
  for (const f of shown) {
    if (codes.has(f.code)) continue;
    codes.add(f.code);
    links.push(`<${escapeLinkUrl(`${docsBase}/${f.docs}`)}|${toMrkdwn(f.code, 100)}>`);
  }
  let current = label;
  for (const link of links) {
    const next = `${current} ${current === label ? '' : '· '}${link}`;
    if (next.length <= SLACK_LIMITS.textObject) {
      current = next;
      continue;
    }
    if (out.length >= SLACK_LIMITS.contextElements - 1) break;
    out.push(current);
    current = `${label} ${link}`;
  }
  if (current !== label) out.push(current);
  return out;
}

/** Validates the Slack app's buttons once: a bad id or value is a programming error, not something to cut. */
function checkActions(actions: NonNullable<BlocksOptions['actions']>): ActionsBlock | null {
  if (actions.length === 0) return null;
  if (actions.length > SLACK_LIMITS.actionsElements)
    throw new InvalidOptionsError(`actions: ${actions.length} buttons; Slack allows ${SLACK_LIMITS.actionsElements}`);
  const seen = new Set<string>();
  const elements = actions.map((a, i): ButtonElement => {
    if (a.action_id === '' || a.action_id.length > SLACK_LIMITS.actionId)
      throw new InvalidOptionsError(`actions[${i}].action_id must be 1–${SLACK_LIMITS.actionId} characters`);
    if (seen.has(a.action_id)) throw new InvalidOptionsError(`actions[${i}].action_id "${a.action_id}" is used twice`);
    seen.add(a.action_id);
    if (a.value.length > SLACK_LIMITS.buttonValue)
      throw new InvalidOptionsError(
        `actions[${i}].value is ${a.value.length} characters; Slack allows ${SLACK_LIMITS.buttonValue}`,
      );
    // A label only displays, so it is cut rather than refused.
    const button: ButtonElement = {
      type: 'button',
      action_id: a.action_id,
      text: plain(clip(a.text, SLACK_LIMITS.buttonText)),
      value: a.value,
    };
    return a.style === undefined ? button : { ...button, style: a.style };
  });
  return { type: 'actions', elements };
}

function section(text: string, expand: boolean): SectionBlock {
  return expand
    ? { type: 'section', text: mrkdwnObject(text), expand: true }
    : { type: 'section', text: mrkdwnObject(text) };
}

function context(elements: string[]): ContextBlock {
  return { type: 'context', elements: elements.map(mrkdwnObject) };
}

/**
 * verbatim: the report echoes server messages and log lines; without it Slack would turn a pasted
 * "@here" or a channel name into a live mention or link when the report is shared in a channel.
 */
function mrkdwnObject(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function plain(text: string): PlainText {
  return { type: 'plain_text', text: text === '' ? ' ' : text, emoji: true };
}
