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

/** Stamps each request with its arrival time; listeners count the post deadline from it. */
const stampArrival = (): Record<string, unknown> => ({ receivedAt: Date.now() });

/**
 * Bolt's HTTP receiver with the timestamp-window and size checks of verify.ts in front of its request
 * listener (a public field, which `start()` calls for every request). processBeforeResponse stays false:
 * `ack()` answers Slack at once and the reply follows through response_url.
 */
export function createHttpReceiver(options: {
  signingSecret: string;
  boltLogger: BoltLogger;
  log: Logger;
}): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
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
