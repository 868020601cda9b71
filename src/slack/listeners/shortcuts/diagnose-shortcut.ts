/**
 * Message shortcut "Diagnose 401/403": diagnose that message (its text, code blocks, rich_text blocks
 * and attachments) and answer the user alone, in that message's thread.
 *
 * The answer goes through the shortcut's response_url, which works in channels the bot is not in;
 * only if that fails does `deliver` fall back to chat.postEphemeral (needs membership and chat:write).
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { asCodedError } from '../../../errors.js';
import { catalogueFor } from '../../../messages/index.js';
import { receivedAt, requestLog, type SlackDeps, yieldToPendingRequests } from '../../deps.js';
import { diagnoseText, logDiagnosed, noticeMessage, reportMessage } from '../../diagnosis.js';
import { messageText } from '../../message-text.js';
import { type Destination, deliverSafely, type PostContext } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

export function diagnoseShortcut(deps: SlackDeps) {
  return async ({ shortcut, ack, client, context }: Args): Promise<void> => {
    await ack();
    const startedAt = receivedAt(context, deps);
    const ackMs = deps.now() - startedAt;
    await yieldToPendingRequests();
    const team = shortcut.team?.id ?? shortcut.user.team_id ?? null;
    const log = requestLog(deps, 'shortcut', team, shortcut.user.id);
    const post: PostContext = { log, policy: deps.policy, receivedAt: startedAt, client };
    // A reply in a thread stays in it; on a top-level message it opens that message's thread.
    const threadTs = typeof shortcut.message.thread_ts === 'string' ? shortcut.message.thread_ts : shortcut.message.ts;
    const to: Destination = {
      responseUrl: shortcut.response_url,
      channel: shortcut.channel.id,
      user: shortcut.user.id,
      threadTs,
      visibility: 'ephemeral',
    };
    const { locale, source } = await deps.resolveLocale({
      team,
      user: shortcut.user.id,
      override: null,
      payload: shortcut,
      client,
    });
    try {
      const report = await diagnoseText(messageText(shortcut.message), {}, locale, deps);
      const delivered = await deliverSafely(reportMessage(report, deps, log, threadTs), to, post);
      logDiagnosed(log, report, { startedAt, ackMs, now: deps.now(), localeSource: source, delivered });
    } catch (e) {
      log.error({ err: asCodedError(e) }, 'diagnosis failed');
      await deliverSafely(noticeMessage(catalogueFor(locale).slack.failed), to, post);
    }
  };
}
