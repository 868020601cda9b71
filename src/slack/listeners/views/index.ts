import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { MODAL_CALLBACK_ID } from '../../modal.js';
import { diagnoseModal } from './diagnose-modal.js';

export function register(app: App, deps: SlackDeps): void {
  app.view(MODAL_CALLBACK_ID, diagnoseModal(deps));
}
