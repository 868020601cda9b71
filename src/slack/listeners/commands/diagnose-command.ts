/**
 * `/jwt-diagnose <paste>`: diagnose the text, answer the user alone (ephemeral) in that channel.
 * `/jwt-diagnose` alone, or `help`, opens the form instead (modal.ts).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { asCodedError } from '../../../errors.js';
import { catalogueFor } from '../../../messages/index.js';
import { receivedAt, requestLog, type SlackDeps, yieldToPendingRequests } from '../../deps.js';
import { diagnoseText, logDiagnosed, noticeMessage, reportMessage } from '../../diagnosis.js';
import { parseInlineOptions } from '../../inline-options.js';
import { buildModal } from '../../modal.js';
import { type Destination, deliverSafely, type PostContext } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

export function diagnoseCommand(deps: SlackDeps) {
  return async ({ command, ack, client, context, body }: Args): Promise<void> => {
    await ack();
    const startedAt = receivedAt(context, deps);
    const ackMs = deps.now() - startedAt;
    await yieldToPendingRequests();
    const log = requestLog(deps, 'command', command.team_id, command.user_id);
    const post: PostContext = { log, policy: deps.policy, receivedAt: startedAt, client };
    const to: Destination = {
      responseUrl: command.response_url,
      channel: command.channel_id,
      user: command.user_id,
      threadTs: null,
      visibility: 'ephemeral',
    };
    const parsed = parseInlineOptions(command.text);
    const { locale, source } = await deps.resolveLocale({
      team: command.team_id,
      user: command.user_id,
      override: parsed.ok ? (parsed.options.lang ?? null) : null,
      payload: body,
      client,
    });
    const cat = catalogueFor(locale);
    try {
      if (!parsed.ok) {
        const token = 'token' in parsed;
        log.info({ badOption: parsed.key, ...(token ? { reason: 'token' } : {}) }, 'inline option rejected');
        const words = token
          ? cat.slack.tokenOption(parsed.key)
          : cat.slack.badOption(parsed.key, cat.slack.optionHints[parsed.key]);
        await deliverSafely(noticeMessage(words), to, post);
        return;
      }
      if (wantsForm(parsed.rest)) {
        const view = buildModal(cat, { c: command.channel_id, r: command.response_url, l: locale }, parsed.options);
        try {
          await client.views.open({ trigger_id: command.trigger_id, view });
          log.info({ locale, localeSource: source, durationMs: deps.now() - startedAt }, 'form opened');
        } catch (e) {
          // trigger_id lives 3 s (§1.4): a slow locale lookup or Slack outage can expire it.
          log.warn({ err: e }, 'views.open failed');
          await deliverSafely(noticeMessage(cat.slack.modalFailed), to, post);
        }
        return;
      }
      const report = await diagnoseText(parsed.rest, parsed.options, locale, deps);
      const delivered = await deliverSafely(reportMessage(report, deps, log, null), to, post);
      logDiagnosed(log, report, { startedAt, ackMs, now: deps.now(), localeSource: source, delivered });
    } catch (e) {
      log.error({ err: asCodedError(e) }, 'diagnosis failed');
      await deliverSafely(noticeMessage(cat.slack.failed), to, post);
    }
  };
}

/** No paste, or `help`: the form explains itself and takes the paste. */
function wantsForm(rest: string): boolean {
  const t = rest.trim();
  return t === '' || /^help$/i.test(t);
}
