import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { diagnoseShortcut } from './diagnose-shortcut.js';

/** The message shortcut's callback_id; must match manifest.yml. */
export const SHORTCUT_CALLBACK_ID = 'diagnose_message';

export function register(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: SHORTCUT_CALLBACK_ID }, diagnoseShortcut(deps));
}
