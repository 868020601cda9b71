/**
 * "Share in channel": post the report the button carries for everyone (in the thread it belongs to),
 * then replace the user's own copy so the button cannot post it twice. See share-codec.ts for what
 * the button carries and why.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { catalogueFor } from '../../../messages/index.js';
import { receivedAt, requestLog, type SlackDeps, yieldToPendingRequests } from '../../deps.js';
import { afterShareMessage, noticeMessage, sharedMessage } from '../../diagnosis.js';
import { deliverSafely, type PostContext } from '../../respond.js';
import { decodeShare } from '../../share-codec.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function shareAction(deps: SlackDeps) {
  return async ({ ack, body, action, client, context }: Args): Promise<void> => {
    await ack();
    const startedAt = receivedAt(context, deps);
    const ackMs = deps.now() - startedAt;
    await yieldToPendingRequests();
    const team = body.team?.id ?? body.user.team_id ?? null;
    const user = body.user.id;
    const log = requestLog(deps, 'share', team, user);
    const post: PostContext = { log, policy: deps.policy, receivedAt: startedAt, client };
    const channel =
      body.channel?.id ?? (typeof body.container.channel_id === 'string' ? body.container.channel_id : null);
    const shared = decodeShare(action.value ?? '');
    if (shared === null) {
      log.warn('share button value unreadable');
      const { locale } = await deps.resolveLocale({ team, user, override: null, payload: body, client });
      const notice = noticeMessage(catalogueFor(locale).slack.shareUnavailable);
      await deliverSafely(
        notice,
        { responseUrl: body.response_url, channel, user, threadTs: null, visibility: 'ephemeral' },
        post,
      );
      return;
    }
    const delivered = await deliverSafely(
      sharedMessage(shared, user, deps, log),
      { responseUrl: body.response_url, channel, user, threadTs: shared.threadTs, visibility: 'in_channel' },
      post,
    );
    if (delivered !== 'failed') {
      await deliverSafely(
        afterShareMessage(shared, deps, log),
        {
          responseUrl: body.response_url,
          channel: null,
          user,
          threadTs: null,
          visibility: 'ephemeral',
          replaceOriginal: true,
        },
        post,
      );
    }
    log.info(
      {
        codes: shared.report.findings.map((f) => f.code),
        classification: shared.report.classification,
        tokenFingerprint: shared.report.token?.fingerprint ?? null,
        abridged: shared.abridged,
        delivered,
        ackMs,
        durationMs: deps.now() - startedAt,
      },
      'shared',
    );
  };
}
