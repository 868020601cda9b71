/**
 * Credential prefixes the catalogue spells in its own words ("the new API keys (sb_publishable_…, sb_secret_…)", "a
 * Slack token (xoxb-/xoxp-)"): a vendor's public marker of a kind of key, not a secret. A pasted key that starts with
 * one had that prefix taken for a piece of the key (pieces.ts: any 15 characters of its run), so the step's own word
 * was masked (round audit-at: "Send new API keys (‹secret …›…, sb_secret_…)"). As the report's vocabulary
 * (vocabulary.ts) a prefix is no piece; the key itself, and every piece with a character of its own, is still hidden.
 */
import { PRODUCT_KEY_PREFIXES } from './product-key.js';

/** Supabase's new API keys (supabase.com/docs/guides/api/api-keys; checks/supabase.ts reads them). */
export const SUPABASE_KEY_PREFIXES = ['sb_publishable_', 'sb_secret_'] as const;

export const SPELLED_PREFIXES: readonly string[] = [...PRODUCT_KEY_PREFIXES, ...SUPABASE_KEY_PREFIXES];
