/**
 * The steps every listener shares: diagnose with the configured defaults and the user's overrides,
 * lay the report out with its share button, check it against Slack's limits, log the request's line.
 * Listeners call these in order; none of them composes words (those come from the catalogue).
 */
import type { Env } from '../config/env.js';
import type { Locale, Report } from '../engine/types.js';
import { diagnoseWithRemoteKeys, type RemoteKeys } from '../keys/diagnose-with-remote-keys.js';
import { KeyFetcher } from '../keys/remote-jwks.js';
import type { Logger } from '../log.js';
import type { Catalogue } from '../messages/catalogue.js';
import { catalogueFor } from '../messages/index.js';
import { validateMessage } from '../render/block-limits.js';
import {
  type Block,
  renderBlocks,
  renderSerialised,
  type SerialisedMessage,
  type SlackMessage,
  serialised,
} from '../render/blocks.js';
import { toMrkdwn } from '../render/mrkdwn.js';
import { type SlackDeps, yieldToPendingRequests } from './deps.js';
import type { InlineOptions } from './inline-options.js';
import type { LocaleSource } from './locale.js';
import type { Delivered } from './respond.js';
import { encodeShare, type SharedReport } from './share-codec.js';

export const SHARE_ACTION_ID = 'share_report';
const LIVE_TOKEN = 'input.live-token';

/**
 * Runs the engine: the configured expectations, replaced key by key by what the user gave, and the
 * published keys of the token's issuer when the operator trusts it (JWT_DIAGNOSE_TRUSTED_ISSUERS).
 * Listeners call this after `ack()`, so the key fetch never delays Slack's 3 s answer.
 */
export async function diagnoseText(
  text: string,
  given: InlineOptions,
  locale: Locale,
  deps: SlackDeps,
): Promise<Report> {
  const env = deps.env;
  const report = await diagnoseWithRemoteKeys(
    text,
    {
      now: Math.floor(deps.now() / 1000),
      // As the CLI does without --now: judge times at the pasted response's Date header, the moment it failed.
      preferPastedDate: true,
      skewSeconds: given.skew ?? env.JWT_DIAGNOSE_SKEW_SECONDS,
      expectedIssuers: given.iss ?? env.JWT_DIAGNOSE_EXPECTED_ISSUERS,
      expectedAudiences: given.aud ?? env.JWT_DIAGNOSE_EXPECTED_AUDIENCES,
      allowedAlgorithms: given.alg ?? env.JWT_DIAGNOSE_EXPECTED_ALGORITHMS,
      requiredScopes: given.scope ?? [],
      locale,
    },
    remoteKeys(deps),
  );
  // The report is rendered and posted next: let requests that arrived during the diagnosis be acked first.
  await yieldToPendingRequests();
  return report;
}

/** One fetcher (and so one key cache) per configuration, for the life of the process. */
const fetchers = new WeakMap<Env, KeyFetcher>();

function remoteKeys(deps: SlackDeps): RemoteKeys | null {
  const env = deps.env;
  if (env.JWT_DIAGNOSE_TRUSTED_ISSUERS.length === 0) return null;
  let fetcher = deps.keys ?? fetchers.get(env);
  if (fetcher === undefined) {
    fetcher = new KeyFetcher({
      timeoutMs: env.JWT_DIAGNOSE_KEY_TIMEOUT_MS,
      allowHttpHosts: env.JWT_DIAGNOSE_ALLOW_HTTP_HOSTS,
    });
    fetchers.set(env, fetcher);
  }
  const log = deps.log.child({ component: 'keys' });
  return {
    fetcher,
    trusted: env.JWT_DIAGNOSE_TRUSTED_ISSUERS,
    jwksUrl: null,
    // Discovery and the key set may take a request timeout each. The reply must still be posted inside the
    // post policy's deadline: on Lambda, where Slack waits for the listener (2.5 s), a quarter of it.
    deadlineMs: Math.min(2 * env.JWT_DIAGNOSE_KEY_TIMEOUT_MS, Math.floor(deps.policy.deadlineMs / 4)),
    onFailure: (f) =>
      log.warn(
        { issuer: f.issuer, url: f.url, failure: f.failure, httpStatus: f.httpStatus },
        'issuer keys not fetched',
      ),
  };
}

/**
 * The user's own (ephemeral) copy: the report with a "Share in channel" button carrying it
 * (share-codec.ts), or a note when it is too large to carry. `threadTs` is where a share goes.
 */
export function reportMessage(
  report: Report,
  deps: SlackDeps,
  log: Logger,
  threadTs: string | null,
): SerialisedMessage {
  const cat = catalogueFor(report.locale);
  const value = encodeShare(report, threadTs);
  const actions =
    value === null
      ? []
      : [{ action_id: SHARE_ACTION_ID, text: cat.slack.shareButton, value, style: 'primary' as const }];
  const msg = renderSerialised(report, cat, { ...docsOption(deps), actions });
  const full =
    value === null
      ? serialised({ text: msg.text, blocks: [...msg.blocks, contextBlock(cat.slack.shareTooLarge)] })
      : msg;
  return checked(withLiveTokenFallback(full, report, cat), log);
}

/** The copy everyone sees: no button, who shared it, and what the button could not carry. */
export function sharedMessage(shared: SharedReport, user: string, deps: SlackDeps, log: Logger): SerialisedMessage {
  const cat = catalogueFor(shared.report.locale);
  const msg = renderBlocks(shared.report, cat, docsOption(deps));
  // A mention is Slack markup (`<@U123>`), added after escaping the catalogue's words around it.
  const mention = `<@${user.replace(/[^A-Z0-9]/gi, '')}>`;
  const by = cat.slack
    .sharedBy('\u0000')
    .split('\u0000')
    .map((part) => toMrkdwn(part, 500))
    .join(mention);
  msg.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: by }] });
  if (shared.abridged) msg.blocks.push(contextBlock(cat.slack.shareAbridged(shared.omittedFindings)));
  return checked(withLiveTokenFallback(serialised(msg), shared.report, cat), log);
}

/** The user's copy once shared: the same report, the button replaced by a note. */
export function afterShareMessage(shared: SharedReport, deps: SlackDeps, log: Logger): SerialisedMessage {
  const cat = catalogueFor(shared.report.locale);
  const msg = renderBlocks(shared.report, cat, docsOption(deps));
  msg.blocks.push(contextBlock(`✓ ${cat.slack.sharedNote}`));
  return checked(withLiveTokenFallback(serialised(msg), shared.report, cat), log);
}

/** A one-line reply that is not a report (a bad option, a failure). */
export function noticeMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(text, 2900) } }] };
}

/** The request's one line: what was found, never what was pasted; a token only by its fingerprint. */
export function logDiagnosed(
  log: Logger,
  report: Report,
  extra: { startedAt: number; ackMs: number; now: number; localeSource: LocaleSource; delivered: Delivered | 'failed' },
): void {
  log.info(
    {
      codes: report.findings.map((f) => f.code),
      classification: report.classification,
      status: report.status,
      tokenFingerprint: report.token?.fingerprint ?? null,
      locale: report.locale,
      localeSource: extra.localeSource,
      delivered: extra.delivered,
      // From the verified request to Slack's answer (the ack; Slack allows 3 s), and to the reply posted.
      ackMs: extra.ackMs,
      durationMs: extra.now - extra.startedAt,
    },
    'diagnosed',
  );
}

function docsOption(deps: SlackDeps): { docsBaseUrl?: string } {
  const base = deps.env.JWT_DIAGNOSE_DOCS_BASE_URL;
  return base === undefined ? {} : { docsBaseUrl: base };
}

function contextBlock(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: toMrkdwn(text, 2900) }] };
}

/**
 * The notification text is what a phone's lock screen shows. The renderer puts the primary cause there;
 * when a live token was pasted, the warning to revoke it comes first.
 */
function withLiveTokenFallback(msg: SerialisedMessage, report: Report, cat: Catalogue): SerialisedMessage {
  if (!report.findings.some((f) => f.code === LIVE_TOKEN)) return msg;
  // Only the text changes: the blocks, and so their JSON, stay as they are.
  return { ...msg, text: `:rotating_light: ${toMrkdwn(cat.ui.liveTokenBanner, 300)} ${msg.text}` };
}

/**
 * The renderer keeps within Slack's limits; if a future change broke that, Slack would drop the
 * message silently (invalid_blocks), so the report is sent as text instead and the problem logged.
 */
function checked(msg: SerialisedMessage, log: Logger): SerialisedMessage {
  const problems = validateMessage(msg, msg.blocksJson);
  if (problems.length === 0) return msg;
  log.error({ problems: problems.slice(0, 5) }, 'rendered blocks break Slack limits; sending text only');
  return serialised(noticeMessage(msg.text));
}
