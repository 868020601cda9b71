/**
 * `npm start`: load the environment, pick HTTP or Socket Mode, serve until SIGTERM/SIGINT.
 *
 * Without any Slack variable it prints what to set (and the CLI, for use without Slack) and exits 2;
 * a bad value exits 2 with one line naming the variable.
 */
import { isSlackConfigured, loadEnv, runModeOf, SLACK_SETUP_GUIDANCE } from '../config/env.js';
import { ConfigError } from '../errors.js';
import { createLogger, scrubSecrets } from '../log.js';
import { createSlackApp } from './app.js';

const EXIT_CONFIG = 2;

async function main(): Promise<void> {
  if (!isSlackConfigured()) {
    process.stderr.write(`${SLACK_SETUP_GUIDANCE}\n`);
    process.exitCode = EXIT_CONFIG;
    return;
  }
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`jwt-diagnose: ${e.message}\n`);
    process.exitCode = EXIT_CONFIG;
    return;
  }
  const log = createLogger({ level: env.LOG_LEVEL });
  const mode = runModeOf(env);
  const slack = createSlackApp({ env, log, mode });
  // Listeners catch their own failures; anything that still escapes is logged, and the process keeps serving.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  const { port } = await slack.start();
  log.info(
    { mode, port },
    mode === 'http' ? 'listening for Slack on /slack/events' : 'connected to Slack (Socket Mode)',
  );
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'stopping');
    slack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((e: unknown) => {
  process.stderr.write(`jwt-diagnose: could not start: ${scrubSecrets(e instanceof Error ? e.message : String(e))}\n`);
  // A half-started app (Socket Mode's /healthz server up, Slack refused the app token) must not linger
  // looking healthy: exit now.
  process.exit(1);
});
