/**
 * Round audit-ad: AI and LLM APIs refusing a service's call, as their SDKs, frameworks and CLIs print the reply. Their
 * keys are no JWTs (checks/credential-kind.ts names each), and their 403s state an authorization the caller lacks: a
 * project not allowed a model, a Bedrock model the account has no access to, a Foundry data action no role grants,
 * a gated Hugging Face model. OpenAI's and Anthropic's 401s for a key they do not know are api-keys.ts's rows.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear } from './matcher.js';

const openai = family('openai');
const anthropic = family('anthropic');
const azureAi = family('azure-ai-services');
const bedrock = family('aws-bedrock');
const huggingFace = family('hugging-face');
const cohere = family('cohere');
const groq = family('groq');
const googleApi = family('google-api');
const weaviate = family('weaviate');
const pinecone = family('pinecone');
const qdrant = family('qdrant');
/** Qdrant named near words other servers could say: its name, its client's exception, its default port. */
const QDRANT_NEAR = namedNear(1500, 1500, 'qdrant', ':6333', ':6334');

/**
 * OpenAI's project id just before the words (`Project \`proj_…\` does not have access to model`), its backticks gone
 * where the paste's normalisation took a long id in backticks for a pasted token's markdown (normalize.ts).
 */
function openaiProject(f: Fragment): Reading | null {
  return /Project `?proj_[A-Za-z0-9]{1,48}`? $/.test(f.before(80)) ? {} : null;
}

/** The opening of a reply's `message` string member just before the words: JSON, a Python dict's repr. */
function messageMember(f: Fragment): Reading | null {
  return /["']message["']\s?:\s?["']$/.test(f.before(20)) ? {} : null;
}

/**
 * Google's IAM denial in a wrapper of a client's own: `Permission 'aiplatform.endpoints.predict' denied on resource
 * '//aiplatform.googleapis.com/…' (or it may not exist).` with the permission before the words and a googleapis.com
 * resource after them.
 */
function googlePermissionDenied(f: Fragment): Reading | null {
  if (!/(?:^|[^\w])Permission \\?'[a-z][a-zA-Z0-9]{0,40}(?:\.[a-zA-Z0-9]{1,60}){2,4}$/.test(f.before(130))) return null;
  return /^[a-z0-9-]{1,40}\.googleapis\.com\//.test(f.after(60)) ? {} : null;
}

/** Groq's name near its OpenAI-shaped body: its host, its headers (`x-groq-region`), its SDK or its key's `gsk_`. */
const GROQ_NEAR = namedNear(1500, 1500, 'groq', 'gsk_');

export const AI_APIS: readonly Matcher[] = [
  // OpenAI's 401 when the OpenAI-Organization header (OPENAI_ORG_ID, a client's organization setting) names an
  // organization the key does not belong to, code mismatched_organization: "openai.AuthenticationError: Error code: 401 -
  // {'error': {'message': 'OpenAI-Organization header should match organization for API key', 'type':
  // 'invalid_request_error', 'param': None, 'code': 'mismatched_organization'}}" (Realiserad/fish-ai#62,
  // Azure-Samples/ai-rag-chat-evaluator#76), the .NET SDK's "HTTP 401 (invalid_request_error: mismatched_organization)"
  // (AIDotNet/OpenDeepWiki#5), Codex's "Message: 401 OpenAI-Organization header should match organization for API key."
  // (openai/codex#1000). The key is whole; the header beside it is wrong.
  openai(
    'mismatched-organization',
    'challenge.invalid-token',
    'OpenAI-Organization header should match organization for API key',
    { exactCase: true },
  ),
  // OpenAI's 403 for a model the key's project may not use, code model_not_found: "openai.PermissionDeniedError: Error
  // code: 403 - {'error': {'message': 'Project `proj_9KoeXdtHe0YQJbsF2FQAKmzl` does not have access to model
  // `gpt-4o-mini`', …, 'code': 'model_not_found'}}" (Aider-AI/aider#1903; through LiteLLM, Aider-AI/aider#604), the Node
  // SDK's "403 Project `proj_…` does not have access to model `gpt-4.1-2025-04-14`" (continuedev/continue#10120: "you
  // must update model access in OpenAI's side"). The key was accepted: its project is refused the model.
  openai('project-model-access', 'policy.deny', 'does not have access to model `', {
    exactCase: true,
    read: openaiProject,
  }),
  // OpenAI's 403 for a request from a country, region or territory it does not serve, code
  // unsupported_country_region_territory, type request_forbidden: "openai.PermissionDeniedError: Error code: 403 -
  // {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported',
  // 'param': None, 'type': 'request_forbidden'}}" (nalgeon/pokitoki#42: "your country is blocked in OpenAI";
  // home-assistant/core#120072; continuedev/continue#11449), a server's own region (songquanpeng/one-api#1692, a
  // Singapore cloud server's IP) or a serverless function's (hackerai-tech/PentestGPT#521 sets preferred regions).
  // Only as a member's value (JSON, a Python repr, an inspected object): the code named in prose states nothing.
  openai('unsupported-country', 'policy.deny', 'unsupported_country_region_territory', {
    exactCase: true,
    read: (f) => (/["']$/.test(f.before(1)) && /^["']/.test(f.after(1, true)) ? {} : null),
  }),
  // Anthropic's 403, error type permission_error ("Your API key does not have permission to use the specified
  // resource.", docs.anthropic.com/en/api/errors): {"type":"error","error":{"type":"permission_error","message":
  // "Permission denied"},"request_id":"req_…"} as Claude Code prints it (anthropics/claude-code#51610). The type is the
  // stable part; the row holds the member after it, in JSON and in a Python dict's repr.
  anthropic('permission-error', 'policy.deny', 'permission_error","message"', { exactCase: true }),
  anthropic('permission-error-repr', 'policy.deny', "permission_error', 'message'", { exactCase: true }),
  // Anthropic's 401 in its earlier words for the same refusal as api-keys.ts's invalid x-api-key: {"error":{"type":
  // "authentication_error","message":"Invalid API Key"}} (enricoros/big-AGI#176, the maintainer quoting what an invalid
  // key returns). Only as that error object's message: the words alone are many APIs'.
  anthropic('invalid-api-key', 'challenge.invalid-token', 'Invalid API Key', {
    exactCase: true,
    read: (f) => (/authentication_error["']\s?,\s?["']message["']\s?:\s?["']$/.test(f.before(60)) ? {} : null),
  }),
  // Azure AI services (Azure OpenAI, the Speech and Language services, Foundry's AIServices accounts) refusing the key in
  // the api-key or Ocp-Apim-Subscription-Key header, or a key sent to another resource's endpoint: {"error":{"code":
  // "401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key
  // for an active subscription and use a correct regional API endpoint for your resource."}} (SciSharp/BotSharp#386, an
  // OpenAI key sent to Azure; microsoft/semantic-kernel#10337; microsoft/PubSec-Info-Assistant#439, another resource's
  // key stored; openai 0.x's openai.error.AuthenticationError, Azure-Samples/azure-search-openai-demo#108). API
  // Management's own words stop after "key" (proxy-texts.ts leaves these to this row).
  azureAi(
    'invalid-key-or-endpoint',
    'challenge.invalid-token',
    'Access denied due to invalid subscription key or wrong API endpoint',
    { exactCase: true },
  ),
  // The same services refusing a Microsoft Entra ID bearer token, naming the audience they take: {"statusCode": 401,
  // "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com),
  // or have expired."} (Azure-Samples/azure-search-openai-demo#458 after an hour, FlowiseAI/Flowise#710 and
  // MuiseDestiny/zotero-gpt#412 with a key sent as a bearer token, Farzad-R/Advanced-QA-and-RAG-Series#3;
  // Azure/azure-sdk-for-js#27013 names urn:ms.scopedToken for Computer Vision's issued tokens).
  azureAi('token-refused', 'challenge.invalid-token', 'Access token is missing, invalid, audience is incorrect (', {
    exactCase: true,
  }),
  // Azure AI Foundry's and Azure OpenAI's data plane refusing an Entra ID caller no role grants the data action:
  // "(PermissionDenied) The principal `…` lacks the required data action `Microsoft.CognitiveServices/accounts/
  // AIServices/agents/read` to perform `GET /api/projects/{projectName}/assistants/{assistantId}` operation. For
  // instructions on granting the necessary permissions, see https://aka.ms/FoundryPermissions." (microsoft/ai-agent-evals
  // #43, azure.core's ClientAuthenticationError; davrous/AzureAgentToM365#3, "Status: 401 (PermissionDenied)", fixed by
  // the Azure AI User role on the Foundry resource; Azure/azure-sdk-for-python#44842). Answered 401, an authorization
  // all the same: the principal was identified.
  azureAi('lacks-data-action', 'policy.deny', 'lacks the required data action', { exactCase: true }),
  // Azure OpenAI's (and Document Intelligence's) answer to an Entra ID principal with no data role on the resource:
  // "Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to
  // API/Operation.'}}" (microsoft/PromptWizard#18), openai 0.x's "openai.error.AuthenticationError: Principal does not have
  // access to API/Operation." (Azure-Samples/azure-search-openai-demo#995), the Node SDK's "AuthenticationError: 401
  // Principal does not have access to API/Operation." (OfficeDev/microsoft-365-agents-toolkit#12518). The fix the
  // maintainers give is the Cognitive Services OpenAI User role on the resource (Azure-Samples/azure-search-openai-demo
  // #290).
  azureAi('principal-no-access', 'policy.deny', 'Principal does not have access to API/Operation', {
    exactCase: true,
  }),
  // Amazon Bedrock refusing a model the account has no access to in this region (the repost.aws knowledge-center article
  // bedrock-invokemodel-api-error: "These errors indicate that you don't have access to the model that you are trying to
  // invoke"): "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access
  // to the model with the specified model ID." (dirkpetersen/our-chat#3, aws-samples/amazon-bedrock-audio-summarizer#15;
  // the Converse operations, andrewyng/aisuite#174), and @anthropic-ai/sdk's AnthropicBedrock: "PermissionDeniedError:
  // 403 You don't have access to the model with the specified model ID." (gaiin-platform/amplify-genai-backend#62).
  bedrock('model-access', 'policy.deny', "You don't have access to the model with the specified model ID", {
    exactCase: true,
  }),
  // The same article's other model-access error, "An error occurred (AccessDeniedException) when calling the
  // InvokeModel operation: Your account is not authorized to invoke this API operation." (aws-samples/
  // amazon-bedrock-workshop#100, a new account before its models were enabled, aws-samples/amazon-bedrock-workshop#87).
  bedrock('account-not-authorized', 'policy.deny', 'Your account is not authorized to invoke this API operation', {
    exactCase: true,
  }),
  // The Hugging Face Hub's 403 for a gated model the account has not been granted, as huggingface_hub prints it: "Cannot
  // access gated repo for url https://huggingface.co/google/gemma-3-4b-pt/resolve/main/config.json.\nAccess to model
  // google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/
  // gemma-3-4b-pt to ask for access." (ariG23498/gemma3-object-detection#5). The token was accepted: its account is not
  // on the model's list (huggingface.co/docs/hub/models-gated).
  huggingFace('gated-not-authorized', 'policy.deny', 'is restricted and you are not in the authorized list', {
    exactCase: true,
  }),
  // Vertex AI's (and any Google API's) IAM denial as a client library of its own prints it, Google's words inside its
  // wrapper: "Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource
  // '//aiplatform.googleapis.com/projects/…/publishers/google/models/gemini-pro' (or it may not exist)., Status:
  // PERMISSION_DENIED" (rpurinton/gemini-php#2 and #4, its GeminiResponse). google-api-core's and gRPC's prints of the
  // same words are parse/client-errors.ts's; checks/gcp-permission.ts reads the permission and the resource.
  googleApi('permission-denied-on-resource', 'policy.deny', "' denied on resource '//", {
    exactCase: true,
    read: googlePermissionDenied,
  }),
  // OpenAI's 401 for a key whose account belongs to no organization, code no_organization: "openai.AuthenticationError:
  // Error code: 401 - {'error': {'message': 'You must be a member of an organization to use the API. Please contact us
  // through our help center at help.openai.com.', …, 'code': 'no_organization'}}" (OpenHands/OpenHands#2562,
  // abi/screenshot-to-code#9 with three keys of the same account).
  openai('no-organization', 'challenge.invalid-token', 'You must be a member of an organization to use the API', {
    exactCase: true,
  }),
  // Weaviate answering a credential it has no scheme for: a bearer value (an API key sent by a client) to an instance
  // with neither API-key authentication nor OIDC configured, "Unexpected status code: 401, with response body: {'code':
  // 401, 'message': 'oidc auth is not configured, please try another auth scheme or set up weaviate with OIDC
  // configured'}." (weaviate/weaviate#4139, an instance with anonymous access only; muleyprasad/weaviate-studio#31).
  weaviate(
    'oidc-not-configured',
    'challenge.invalid-token',
    'oidc auth is not configured, please try another auth scheme',
    { exactCase: true },
  ),
  // Pinecone's 401 for a key its pod-based environment does not know (its www-authenticate and body): "API key is
  // missing or invalid for the environment \"northamerica-northeast1-gcp\". Check that the correct environment is
  // specified." (Significant-Gravitas/AutoGPT#541 from pinecone-client; pinecone-io/pinecone-ts-client#25 and #72,
  // "PineconeError: Failed getting project name. Error: Unauthorized - API key is missing or invalid for the
  // environment …").
  pinecone(
    'key-invalid-for-environment',
    'challenge.invalid-token',
    'API key is missing or invalid for the environment',
    {
      exactCase: true,
    },
  ),
  // Qdrant's own API-key check (qdrant/qdrant src/common/auth/mod.rs, validate_request): no api-key header and no
  // Bearer token, "Must provide an API key or an Authorization bearer token" (401); a value that is neither its
  // read-write nor its read-only key, with no JWT verification configured, "Invalid API key or JWT". Qdrant Cloud's
  // front door answers a key it has no record of with 403 `{"error":"key doesn't exist"}`, as qdrant-client prints it
  // ("Unexpected Response: 403 (Forbidden)\nRaw response content:\nb'{"error":"key doesn\\'t exist"}'",
  // qdrant/qdrant-client#127; that thread's own cause was an outage, so the step says to try the key once more before
  // replacing it). Only with Qdrant named near: the sentences are any API's.
  qdrant('no-api-key', 'token.missing', 'Must provide an API key or an Authorization bearer token', {
    exactCase: true,
    read: QDRANT_NEAR,
  }),
  qdrant('invalid-api-key', 'challenge.invalid-token', 'Invalid API key or JWT', {
    exactCase: true,
    read: QDRANT_NEAR,
  }),
  qdrant('cloud-key-unknown', 'challenge.invalid-token', 'key doesn', {
    exactCase: true,
    read: (f) => (/^\\{0,2}'t exist/.test(f.after(12)) && QDRANT_NEAR(f) !== null ? {} : null),
  }),
  // Cohere's 401 for an API key it does not know: "cohere.errors.unauthorized_error.UnauthorizedError: status_code: 401,
  // body: {'message': 'invalid api token'}" (wandb/edu#155; cohere-ai/cohere-toolkit#857, "Warning status_code: 401,
  // body: {'message': 'invalid api token'}"). Only as the body's message member.
  cohere('invalid-api-token', 'challenge.invalid-token', 'invalid api token', {
    exactCase: true,
    read: messageMember,
  }),
  // Groq's OpenAI-compatible 401: {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":
  // "invalid_api_key"}} (ag5826000/resume-commentor#4 with x-groq-region in its headers, nark/WiredSwift#44 with
  // api.groq.com and a gsk_ key, SamurAIGPT/Clip-Anything#1). The same words are other APIs' too: only with Groq named near.
  groq('invalid-api-key', 'challenge.invalid-token', 'Invalid API Key', {
    exactCase: true,
    read: (f) => (messageMember(f) === null ? null : GROQ_NEAR(f)),
  }),
];
