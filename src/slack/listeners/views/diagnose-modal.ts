/**
 * The form's submission: diagnose what was pasted, with the expectations typed in the form, and answer
 * the user alone in the channel the command was typed in (through the command's response_url, carried
 * in private_metadata).
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { asCodedError } from '../../../errors.js';
import { catalogueFor } from '../../../messages/index.js';
import { receivedAt, requestLog, type SlackDeps, yieldToPendingRequests } from '../../deps.js';
import { diagnoseText, logDiagnosed, noticeMessage, reportMessage } from '../../diagnosis.js';
import { FIELDS, readModal, readModalMetadata } from '../../modal.js';
import { type Destination, deliverSafely, type PostContext } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function diagnoseModal(deps: SlackDeps) {
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const meta = readModalMetadata(view.private_metadata);
    const cat = catalogueFor(meta?.l ?? deps.env.JWT_DIAGNOSE_DEFAULT_LOCALE);
    const input = readModal(view.state.values);
    if (input.tokenIn.length > 0) {
      // Keeps the form open with the message under each field that holds a token: never diagnosed, never quoted.
      const errors = Object.fromEntries(input.tokenIn.map((id) => [FIELDS[id], cat.slack.tokenField(id)]));
      await ack({ response_action: 'errors', errors });
      return;
    }
    if (input.text === '') {
      // Keeps the form open with the message under the first field, instead of a report about nothing.
      await ack({ response_action: 'errors', errors: { [FIELDS.paste]: cat.slack.nothingToDiagnose } });
      return;
    }
    await ack();
    const startedAt = receivedAt(context, deps);
    const ackMs = deps.now() - startedAt;
    await yieldToPendingRequests();
    const team = body.team?.id ?? body.user.team_id ?? null;
    const log = requestLog(deps, 'modal', team, body.user.id);
    if (meta === null) {
      log.warn('form without our metadata: nowhere to answer');
      return;
    }
    const post: PostContext = { log, policy: deps.policy, receivedAt: startedAt, client };
    const to: Destination = {
      responseUrl: meta.r,
      channel: meta.c,
      user: body.user.id,
      threadTs: null,
      visibility: 'ephemeral',
    };
    try {
      const report = await diagnoseText(input.text, input.expectations, meta.l, deps);
      const delivered = await deliverSafely(reportMessage(report, deps, log, null), to, post);
      logDiagnosed(log, report, { startedAt, ackMs, now: deps.now(), localeSource: 'form', delivered });
    } catch (e) {
      log.error({ err: asCodedError(e) }, 'diagnosis failed');
      await deliverSafely(noticeMessage(cat.slack.failed), to, post);
    }
  };
}
