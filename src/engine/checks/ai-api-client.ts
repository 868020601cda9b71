/**
 * Which AI API a 401 with no key in the paste came from (round audit-ad). A service's SDK or an OpenAI-compatible client
 * sends the key its configuration gives with every call and prints only the provider's answer: the steps name where
 * that key is set, not a browser's DevTools. Each provider is told by fixed strings of its own answer or host, all of
 * which must be in the paste's lower-cased text (one `indexOf` each, the rarest first).
 */
import type { AiApiClient } from '../args.js';
import type { Context } from '../context.js';

const MARKS: readonly (readonly [readonly string[], AiApiClient])[] = [
  // The Hub's 401 for a gated model, as huggingface_hub prints it: "Cannot access gated repo for url https://
  // huggingface.co/…\nAccess to model google/embeddinggemma-300m is restricted. You must have access to it and be
  // authenticated to access it. Please log in." (vllm-project/semantic-router#817, city96/ComfyUI_ExtraModels#99), and
  // "… is restricted. You must be authenticated to access it." (BAAI-DCAI/SpatialBot#4). Its 403 for an account not
  // granted is parse/verifier-messages/ai-apis.ts's policy.deny.
  [['cannot access gated repo', 'be authenticated to access it'], 'hugging-face-gated'],
  // OpenRouter's 401 for a request without a key it could read: {"error":{"message":"No auth credentials found","code":
  // 401}} (musistudio/claude-code-router#227, an empty "sk-or-v1-" in the config; anomalyco/opencode#1631; "No cookie
  // auth credentials found", Gitlawb/openclaude#967). Only with OpenRouter named: other servers may say the same.
  [['auth credentials found', 'openrouter'], 'openrouter'],
  // Mistral AI's API answers a missing key and one it does not know alike: 401 {"detail":"Unauthorized"}
  // (nextcloud/integration_openai#332 from https://api.mistral.ai/v1/models; agent0ai/agent-zero#539), its Python
  // client's "API error occurred: Status 401" (mistralai/client-python#170), the Vercel AI SDK's "Unauthorized" from
  // @ai-sdk/mistral (stackblitz-labs/bolt.diy#341).
  [['api.mistral.ai'], 'mistral'],
  [['@ai-sdk/mistral'], 'mistral'],
];

/** The AI API whose 401 the paste is, or null. */
export function aiApiClient(ctx: Context): AiApiClient | null {
  for (const [marks, api] of MARKS) if (marks.every((m) => ctx.lower.includes(m))) return api;
  return null;
}
