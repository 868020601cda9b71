/**
 * Builds the Bolt app for a run mode, registers the listeners, and starts or stops it.
 */
import type { AddressInfo } from 'node:net';
import { App, type AwsLambdaReceiver, type HTTPReceiver, type SocketModeReceiver } from '@slack/bolt';
import type { Env, RunMode } from '../config/env.js';
import type { Logger } from '../log.js';
import { toBoltLogger } from './bolt-logger.js';
import type { SlackDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { createLocaleResolver } from './locale.js';
import {
  createHttpReceiver,
  createLambdaReceiver,
  createSocketReceiver,
  HTTP_SERVER_TIMEOUTS,
  type HttpTimeouts,
  httpServerOptions,
} from './receivers.js';
import { LAMBDA_POST_POLICY, type PostPolicy, SERVER_POST_POLICY } from './respond.js';

/** How long `stop()` waits for replies still being posted (retries included) before giving up. */
const DRAIN_MS = 10_000;

/** Options of `createSlackApp`; all but env, log and mode have production defaults. */
export interface SlackAppOptions {
  env: Env;
  log: Logger;
  mode: RunMode;
  policy?: PostPolicy;
  /** Interface to listen on in HTTP mode (all by default; tests use 127.0.0.1). */
  host?: string;
  now?: () => number;
  /** users.info lookup bounds. */
  localeLookup?: { timeoutMs?: number; ttlMs?: number };
  /** HTTP mode: how long a client may take to send its request (receivers.ts; tests use shorter ones). */
  httpTimeouts?: Partial<HttpTimeouts>;
}

/** A built app and its transport. */
export interface SlackApp {
  app: App;
  receiver: HTTPReceiver | SocketModeReceiver | AwsLambdaReceiver;
  /** HTTP: listens and resolves with the bound port; Socket Mode: connects (port: PORT's /healthz). */
  start(): Promise<{ port: number }>;
  /** Stops taking requests, then waits (up to 10 s) for replies still being posted. */
  stop(): Promise<void>;
  /** Requests whose listeners are still running (a reply being diagnosed or posted). */
  inFlight(): number;
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { env, log, mode } = options;
  const policy = options.policy ?? (mode === 'lambda' ? LAMBDA_POST_POLICY : SERVER_POST_POLICY);
  const boltLogger = toBoltLogger(log);
  const receiver = createReceiver(options, boltLogger);
  const deps: SlackDeps = {
    env,
    log,
    policy,
    now: options.now ?? Date.now,
    resolveLocale: createLocaleResolver({
      defaultLocale: env.JWT_DIAGNOSE_DEFAULT_LOCALE,
      timeoutMs: options.localeLookup?.timeoutMs ?? (mode === 'lambda' ? 400 : 1000),
      ttlMs: options.localeLookup?.ttlMs ?? 15 * 60_000,
      failureTtlMs: 60_000,
      maxEntries: 5000,
      log: log.child({ component: 'locale' }),
    }),
  };
  const botToken = env.SLACK_BOT_TOKEN ?? '';
  const ids = {
    ...(env.SLACK_BOT_ID === undefined ? {} : { botId: env.SLACK_BOT_ID }),
    ...(env.SLACK_BOT_USER_ID === undefined ? {} : { botUserId: env.SLACK_BOT_USER_ID }),
  };
  const app = new App({
    receiver,
    // A static authorize instead of `token`: Bolt's single-token path calls auth.test in the
    // constructor, or on every request with tokenVerificationEnabled: false, unless both ids are set
    // (slack-platform.md §1.2). This way no env combination makes a start or a request reach Slack.
    authorize: async () => ({ botToken, ...ids }),
    logger: boltLogger,
    // Stateless: no in-memory conversation store. No event listeners, so nothing for ignoreSelf to do.
    convoStore: false,
    ignoreSelf: false,
    // Never true: it logs every request body, pasted tokens included (§1.2).
    developerMode: false,
    // respond.ts retries; the client must neither retry for 30 minutes on its own nor wait without end (§1.11).
    clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: policy.attemptTimeoutMs },
  });
  app.error(async (error) => {
    log.error({ err: error }, 'unhandled error in a listener');
  });
  // Replies are posted after the ack; on shutdown (a rolling deploy) let those finish before exiting.
  let inFlight = 0;
  app.use(async ({ next }) => {
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  });
  registerListeners(app, deps);
  return {
    app,
    receiver,
    start: async () => {
      if (mode === 'http') {
        const server = (await app.start(
          {
            port: env.PORT,
            ...(options.host === undefined ? {} : { host: options.host }),
          },
          httpServerOptions({ ...HTTP_SERVER_TIMEOUTS, ...options.httpTimeouts }),
        )) as {
          address(): AddressInfo | string | null;
        };
        const address = server.address();
        return { port: typeof address === 'object' && address !== null ? address.port : env.PORT };
      }
      await app.start();
      return { port: env.PORT };
    },
    stop: async () => {
      await app.stop();
      const until = Date.now() + DRAIN_MS;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      if (inFlight > 0) log.warn({ inFlight }, 'stopped with replies still being posted');
    },
    inFlight: () => inFlight,
  };
}

function createReceiver(options: SlackAppOptions, boltLogger: ReturnType<typeof toBoltLogger>) {
  const { env, log, mode } = options;
  const signingSecret = env.SLACK_SIGNING_SECRET ?? '';
  switch (mode) {
    case 'socket':
      return createSocketReceiver({ appToken: env.SLACK_APP_TOKEN ?? '', port: env.PORT, boltLogger });
    case 'lambda':
      return createLambdaReceiver({ signingSecret, boltLogger });
    default:
      return createHttpReceiver({ signingSecret, boltLogger, log });
  }
}
