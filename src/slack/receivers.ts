/**
 * The three transports, each a Bolt receiver that only moves requests (style.md: "a Receiver that only
 * handles transport"): HTTP with our extra checks in front, Socket Mode, and AWS Lambda.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AwsLambdaReceiver,
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPReceiver,
  SocketModeReceiver,
} from '@slack/bolt';
import type { Logger } from '../log.js';
import { guardRequestListener, MAX_BODY_BYTES } from './verify.js';

/** Where Slack posts commands, shortcuts and interactions (manifest.yml's request URLs). */
export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

/** For load balancers and orchestrators: the process is up and serving. It checks nothing at Slack. */
export const healthRoute: CustomRoute = {
  path: HEALTH_PATH,
  method: ['GET', 'HEAD'],
  handler: (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('ok\n');
  },
};

/**
 * Node's HTTP server timeouts for the HTTP receiver. Node's defaults let a client hold a connection
 * for 60 s without finishing its headers and for 300 s dripping a body, checked every 30 s (found by
 * test/slack/faults.test.ts: a body that never finished kept its connection for five minutes). Slack
 * sends a whole request at once and gives up on us after 3 s, so a request still arriving after 10 s
 * is not from Slack: answer 408 and close.
 */
export const HTTP_SERVER_TIMEOUTS: HttpTimeouts = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
};

/** Milliseconds: to finish the headers, to finish the whole request, and how often Node checks. */
export interface HttpTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  checkIntervalMs: number;
}

/** `http.createServer` options for those timeouts. */
export function httpServerOptions(t: HttpTimeouts): {
  headersTimeout: number;
  requestTimeout: number;
  connectionsCheckingInterval: number;
} {
  return {
    headersTimeout: Math.min(t.headersTimeoutMs, t.requestTimeoutMs),
    requestTimeout: t.requestTimeoutMs,
    connectionsCheckingInterval: t.checkIntervalMs,
  };
}

/** Stamps each request with its arrival time; listeners count the post deadline from it. */
const stampArrival = (): Record<string, unknown> => ({ receivedAt: Date.now() });

/**
 * Bolt's HTTP receiver with the checks of verify.ts in front of its request listener (a public field,
 * which `start()` calls for every request): timestamp window, size, and the signature, so Bolt's own
 * signature check is off (verify.ts says why). processBeforeResponse stays false: `ack()` answers Slack
 * at once and the reply follows through response_url.
 */
export function createHttpReceiver(options: {
  signingSecret: string;
  boltLogger: BoltLogger;
  log: Logger;
}): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    // guardRequestListener below verifies every request to EVENTS_PATH before Bolt sees it.
    signatureVerification: false,
    endpoints: [EVENTS_PATH],
    customRoutes: [healthRoute],
    processBeforeResponse: false,
    bodyLimit: MAX_BODY_BYTES,
    logger: options.boltLogger,
    customPropertiesExtractor: stampArrival,
  });
  receiver.requestListener = guardRequestListener(receiver.requestListener, {
    endpoints: [EVENTS_PATH],
    bodyLimit: MAX_BODY_BYTES,
    signingSecret: options.signingSecret,
    log: options.log.child({ component: 'verify' }),
  });
  return receiver;
}

/** Socket Mode: Slack traffic over an outbound WebSocket; /healthz still served on `port`. */
export function createSocketReceiver(options: {
  appToken: string;
  port: number;
  boltLogger: BoltLogger;
}): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: options.appToken,
    customRoutes: [healthRoute],
    installerOptions: { port: options.port },
    logger: options.boltLogger,
    customPropertiesExtractor: stampArrival,
  });
}

/** Lambda: Bolt holds the HTTP answer until the listener returns (§1.7); lambda.ts adds the checks. */
export function createLambdaReceiver(options: { signingSecret: string; boltLogger: BoltLogger }): AwsLambdaReceiver {
  return new AwsLambdaReceiver({
    signingSecret: options.signingSecret,
    logger: options.boltLogger,
    customPropertiesExtractor: stampArrival,
  });
}
