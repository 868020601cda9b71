/**
 * Posting replies to Slack, with bounded retries (retry.ts).
 *
 * A reply goes first to the request's `response_url`: it needs no scope and no channel membership, and
 * works in DMs and private channels the bot is not in (slack-platform.md §7). When there is none, or it
 * fails for good (expired, used five times), the Web API is tried (`chat.postEphemeral` or
 * `chat.postMessage`; needs `chat:write` and membership). Each path retries Slack 5xx, 429 (honouring
 * Retry-After), timeouts and connection errors a bounded number of times with exponential backoff, all
 * inside a deadline counted from when the request arrived. Nothing here throws anything but
 * `SlackPostError`, and callers log it: a failed post never takes the process down.
 */
import type { webApi } from '@slack/bolt';
import { SlackPostError } from '../errors.js';
import type { SerialisedMessage, SlackMessage } from '../render/blocks.js';
import { postJson } from './post-json.js';
import { classifyHttp, classifyWebApi, type RetryContext, settle, withRetries } from './retry.js';

export { LAMBDA_POST_POLICY, type PostPolicy, SERVER_POST_POLICY } from './retry.js';

/** Where a reply goes, and who sees it. */
export interface Destination {
  responseUrl: string | null;
  /** For the Web API fallback; null: no fallback. */
  channel: string | null;
  /** The user an ephemeral reply is for. */
  user: string;
  threadTs: string | null;
  visibility: 'ephemeral' | 'in_channel';
  /** response_url only: replace the message the action came from instead of adding one. */
  replaceOriginal?: boolean;
}

/** What a post needs from the app. */
export interface PostContext extends RetryContext {
  /** The request's Web API client (Bolt's `client`); null: response_url only. */
  client: webApi.WebClient | null;
}

/** Which path delivered the reply. */
export type Delivered = 'response_url' | 'web_api';

/**
 * Delivers a message: response_url first, then the Web API. Resolves with the path that worked, or
 * rejects with `SlackPostError` (never anything else) once both are exhausted.
 */
export async function deliver(
  message: SlackMessage | SerialisedMessage,
  to: Destination,
  ctx: PostContext,
): Promise<Delivered> {
  let first: SlackPostError | null = null;
  if (to.responseUrl !== null) {
    try {
      await postToResponseUrl(to.responseUrl, responseUrlPayload(message, to), ctx);
      return 'response_url';
    } catch (e) {
      first = asPostError(e);
    }
  }
  if (to.channel === null || ctx.client === null || to.replaceOriginal === true) {
    throw first ?? new SlackPostError('nowhere to post: no response_url and no channel');
  }
  const { client, log } = ctx;
  const channel = to.channel;
  if (first !== null) log.warn({ err: first }, 'response_url failed; trying the Web API');
  const thread = to.threadTs === null ? {} : { thread_ts: to.threadTs };
  const call =
    to.visibility === 'ephemeral'
      ? () =>
          client.chat.postEphemeral({ channel, user: to.user, text: message.text, blocks: message.blocks, ...thread })
      : () => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, ...thread });
  await withRetries(to.visibility === 'ephemeral' ? 'chat.postEphemeral' : 'chat.postMessage', ctx, async () =>
    classifyWebApi(await settle(call)),
  );
  return 'web_api';
}

/** `deliver` for listeners: a failure is logged under `err` and reported as `'failed'`, never thrown. */
export async function deliverSafely(
  message: SlackMessage | SerialisedMessage,
  to: Destination,
  ctx: PostContext,
): Promise<Delivered | 'failed'> {
  try {
    return await deliver(message, to, ctx);
  } catch (e) {
    ctx.log.error({ err: asPostError(e) }, 'reply not delivered');
    return 'failed';
  }
}

/**
 * The JSON a response_url takes: the message plus where and to whom it shows. The same text as
 * `JSON.stringify({ response_type, replace_original, text, blocks, thread_ts })`, with the blocks' JSON
 * taken as the renderer serialised it rather than serialising them again.
 */
function responseUrlPayload(message: SlackMessage | SerialisedMessage, to: Destination): string {
  const blocks = 'blocksJson' in message ? message.blocksJson : JSON.stringify(message.blocks);
  // thread_ts through response_url: Bolt's RespondArguments carries it since bolt-js#2732 (§1.6).
  const thread = to.threadTs === null ? '' : `,"thread_ts":${JSON.stringify(to.threadTs)}`;
  return `{"response_type":${JSON.stringify(to.visibility)},"replace_original":${to.replaceOriginal === true},"text":${JSON.stringify(message.text)},"blocks":${blocks}${thread}}`;
}

/** POSTs a JSON text to a response_url with the retry policy; rejects with `SlackPostError`. */
export async function postToResponseUrl(url: string, payload: string, ctx: PostContext): Promise<void> {
  // A missing or unparsable response_url once made the client throw a TypeError that was read as a
  // connection failure, so it was retried four times over seconds before the Web API fallback
  // (found by test/slack/faults.test.ts). It can never succeed: fail at once, without the URL in the reason.
  const target = httpUrl(url);
  if (target === null) throw new SlackPostError('response_url: not an http(s) URL (not retried)');
  await withRetries('response_url', ctx, async (timeoutMs) => {
    const outcome = await postJson(target, payload, timeoutMs);
    if (outcome.kind === 'network') return { kind: 'retry', reason: outcome.reason };
    return classifyHttp(outcome.status, outcome.retryAfter, outcome.body);
  });
}

/** The URL once parsed, or null when it is not one or not http(s). */
function httpUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function asPostError(e: unknown): SlackPostError {
  return e instanceof SlackPostError ? e : new SlackPostError('post failed', { cause: e });
}
