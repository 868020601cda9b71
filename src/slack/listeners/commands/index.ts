import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { diagnoseCommand } from './diagnose-command.js';

/** The slash command; its name must match manifest.yml. */
export const COMMAND = '/jwt-diagnose';

export function register(app: App, deps: SlackDeps): void {
  app.command(COMMAND, diagnoseCommand(deps));
}
