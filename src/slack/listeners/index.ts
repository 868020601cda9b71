import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { register as shortcuts } from './shortcuts/index.js';
import { register as views } from './views/index.js';

/** Every Slack surface the app answers, one folder each. */
export function registerListeners(app: App, deps: SlackDeps): void {
  commands(app, deps);
  shortcuts(app, deps);
  views(app, deps);
  actions(app, deps);
}
