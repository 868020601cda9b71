import { KEY_REFUSALS, type KeyRefusal } from '../args.js';

/** Whether a row's reason is one of the key refusals a browser or app key's service states (parse/verifier-messages/browser-keys.ts). */
export function isKeyRefusal(reason: string | undefined): reason is KeyRefusal {
  return reason !== undefined && (KEY_REFUSALS as readonly string[]).includes(reason);
}

/** The services whose rows state a key refusal (browser-keys.ts's families). */
export const KEYED_BY_RESTRICTION: ReadonlySet<string> = new Set(['google-api-key', 'google-maps', 'mapbox']);
