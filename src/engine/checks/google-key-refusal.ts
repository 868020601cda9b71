import { GOOGLE_KEY_REFUSALS, type GoogleKeyRefusal } from '../args.js';

/** Whether a row's reason is one of Google's API-key refusals (parse/verifier-messages/browser-keys.ts). */
export function isGoogleKeyRefusal(reason: string | undefined): reason is GoogleKeyRefusal {
  return reason !== undefined && (GOOGLE_KEY_REFUSALS as readonly string[]).includes(reason);
}
