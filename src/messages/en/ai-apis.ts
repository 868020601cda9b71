/**
 * Words for an AI API's 401 with no key in the paste (token.missing's `aiApi`, round audit-ad): a service's SDK or an
 * OpenAI-compatible client sends the key its configuration gives, so the steps name that configuration.
 * checks/ai-api-client.ts cites each provider's answer. Kept apart from findings.ts so that file stays one entry per code.
 */
import type { AiApiClient } from '../../engine/args.js';

export const AI_API_TITLE: Record<AiApiClient, string> = {
  mistral: 'Mistral AI accepted no API key from the client',
  openrouter: 'OpenRouter got no API key with the request (No auth credentials found)',
  'hugging-face-gated': 'The Hugging Face Hub got no token it accepts for a gated model',
};

export const AI_API_DETAIL: Record<AiApiClient, string> = {
  mistral:
    'Mistral AI’s API answers 401 Unauthorized alike for a request with no key and for a key it does not know: the client sends the key its configuration gives as Authorization: Bearer, so none was set, the variable came out empty, or the key is not one Mistral knows (Codestral’s own endpoint takes its own key). The paste shows neither the request nor the key.',
  openrouter:
    'OpenRouter says the request carried no credential it could read ("No auth credentials found"; "No cookie auth credentials found" from its web endpoints): the client sent no Authorization: Bearer header with its key, or an empty one (an unset variable, a placeholder, a key saved under another name).',
  'hugging-face-gated':
    'The model is gated: the Hub serves it only to a signed-in account that was granted access, and this request carried no token (or one the Hub did not accept), so it answered 401 “You must have access to it and be authenticated to access it”.',
};

export const AI_API_STEPS: Record<AiApiClient, readonly string[]> = {
  // roryeckel/wyoming_openai#42 (a misspelt variable: no key sent), coolcline/CoolCline#36 (Codestral's key activated on
  // its own console page), nextcloud/integration_openai#332.
  mistral: [
    'Check the key the process actually reads (MISTRAL_API_KEY, or the api_key of an OpenAI-compatible client whose base URL is https://api.mistral.ai/v1): set in that process’s own environment, whole, and listed under API keys on console.mistral.ai. Codestral’s endpoint (codestral.mistral.ai) takes the key from its Codestral page. Send it as Authorization: Bearer <key>.',
  ],
  // musistudio/claude-code-router#227 (an empty "sk-or-v1-" key in the config), anomalyco/opencode#1631 (the variable
  // shadowed by another of the same name).
  openrouter: [
    'Check that the client sends Authorization: Bearer <key> with a whole OpenRouter key (sk-or-v1-…) to https://openrouter.ai/api/v1: the setting or variable it reads (OPENROUTER_API_KEY, an OpenAI-compatible client’s api_key) must be set in its own environment, not a placeholder, and not shadowed by another of the same name; keys are listed on openrouter.ai/settings/keys.',
  ],
  // city96/ComfyUI_ExtraModels#99 (huggingface-cli login), BAAI-DCAI/SpatialBot#4 (login with a token, after asking
  // for access), huggingface.co/docs/hub/models-gated.
  'hugging-face-gated': [
    'Log in as an account that was granted access to the model (huggingface-cli login, or HF_TOKEN in the process’s environment; huggingface-cli whoami shows who the Hub sees), after asking for access on the model’s page if that account has not: a gated model refuses a request without a token even for an account that was granted it.',
  ],
};
