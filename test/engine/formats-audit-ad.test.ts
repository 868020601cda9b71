/**
 * Round audit-ad: AI and LLM APIs refusing a service's call, as their SDKs, frameworks and CLIs print the reply: OpenAI
 * (its Node SDK's and LiteLLM's prints of its 401, its organization header, a project refused a model), Azure AI services
 * (a key or an endpoint, an Entra ID token, Foundry's data actions), Anthropic, Amazon Bedrock's model access, a gated
 * Hugging Face model, Cohere and Groq. Each row is a public thread's paste (keys made up in the same shape); the rows'
 * own sources are beside them in src/engine/parse/verifier-messages/ai-apis.ts and api-keys.ts.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { A401, A403, DENIED, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** A 401 whose server named the caller's missing role: authorization by design (classify.ts). */
const AUTHZ401 = { status: 401, classification: 'authorization' } as const;

const CATCHES: (Row & { credential?: string; aiApi?: string })[] = [
  {
    name: 'openai-python: unsupported_country_region_territory (nalgeon/pokitoki#42)',
    input:
      "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}",
    ...A403,
    top: 'policy.deny',
    via: 'openai',
  },
  {
    name: 'Azure OpenAI: a principal with no data role (microsoft/PromptWizard#18)',
    input:
      "Mutating Task Description....\nIterations completed:   0%|          | 0/3 [00:00<?, ?it/s]\nError code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}\nError code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}",
    ...AUTHZ401,
    top: 'policy.deny',
    via: 'azure-ai-services',
  },
  {
    name: 'openai-python: no_organization (OpenHands/OpenHands#2562)',
    input:
      "  File \"/app/.venv/lib/python3.12/site-packages/openai/_base_client.py\", line 1020, in _request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.', 'type': 'invalid_request_error', 'param': None, 'code': 'no_organization'}}",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'openai',
    credential: 'openai-no-organization',
  },
  {
    name: 'weaviate-client: a key sent to an instance with no API-key authentication (weaviate/weaviate#4139)',
    input:
      "weaviate.exceptions.UnexpectedStatusCodeException: Unexpected status code: 401, with response body: {'code': 401, 'message': 'oidc auth is not configured, please try another auth scheme or set up weaviate with OIDC configured'}.",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'weaviate',
    credential: 'weaviate-credentials',
  },
  {
    name: 'pinecone-client: a key and an environment that do not belong together (Significant-Gravitas/AutoGPT#541)',
    input:
      "pinecone.core.client.exceptions.UnauthorizedException: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'www-authenticate': 'API key is missing or invalid for the environment \"northamerica-northeast1-gcp\". Check that the correct environment is specified.', 'content-length': '129', 'date': 'Sat, 08 Apr 2023 17:16:09 GMT', 'server': 'envoy'})\nHTTP response body: API key is missing or invalid for the environment \"northamerica-northeast1-gcp\". Check that the correct environment is specified.",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'pinecone',
    credential: 'pinecone-api-key',
  },
  {
    name: 'Pinecone’s TypeScript client (pinecone-io/pinecone-ts-client#72)',
    input:
      '[PineconeError: Failed getting project name. Error: Unauthorized - API key is missing or invalid for the environment "asia-southeast1-gcp-free". Check that the correct environment is specified.]',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'pinecone',
    credential: 'pinecone-api-key',
  },
  {
    name: 'gemini-php: Google’s IAM denial in its own wrapper (rpurinton/gemini-php#2)',
    input:
      "Fatal error: Uncaught Exception: Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/gemini-xxxxxx/locations/us-central1/publishers/google/models/gemini-pro' (or it may not exist)., Status: PERMISSION_DENIED in ../composer/vendor/rpurinton/gemini-php/src/GeminiResponse.php:19",
    ...A403,
    top: 'policy.deny',
    via: 'google-api',
  },
  {
    name: 'huggingface_hub: a gated model with no token (vllm-project/semantic-router#817)',
    input:
      'huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-693b313c-3a360d925a720ea722d0d659;d80b0023-f1de-421c-828f-7f393a1763c2)\n\nCannot access gated repo for url https://huggingface.co/google/embeddinggemma-300m/resolve/57c266a740f537b4dc058e1b0cda161fd15afa75/.gitattributes.\nAccess to model google/embeddinggemma-300m is restricted. You must have access to it and be authenticated to access it. Please log in.\nmake[3]: *** [tools/make/models.mk:103: download-models-full] Error 1',
    ...A401,
    top: 'token.missing',
    aiApi: 'hugging-face-gated',
  },
  {
    name: 'Nextcloud’s client: Mistral AI’s 401 (nextcloud/integration_openai#332)',
    input:
      'Models could not be loaded: Error in API request: Invalid API key/basic authentication:Client error: `GET https://api.mistral.ai/v1/models` resulted in a `401 Unauthorized` response:\n{"detail":"Unauthorized"}',
    ...A401,
    top: 'token.missing',
    aiApi: 'mistral',
  },
  {
    name: 'OpenRouter’s No auth credentials found (musistudio/claude-code-router#227)',
    input: 'Call openrouter models show {"error":{"message":"No auth credentials found","code":401}}',
    ...A401,
    top: 'token.missing',
    aiApi: 'openrouter',
  },
  {
    name: 'The Vercel AI SDK’s APICallError from @ai-sdk/mistral (stackblitz-labs/bolt.diy#341)',
    input:
      'APICallError [AI_APICallError]: Unauthorized\n    at file:///C:/Users/slowp/Desktop/AI/bolt.new-any-llm/node_modules/.pnpm/@ai-sdk+provider-utils@1.0.20_zod@3.23.8/node_modules/@ai-sdk/provider-utils/dist/index.mjs:445:14\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async postToApi (file:///C:/Users/slowp/Desktop/AI/bolt.new-any-llm/node_modules/.pnpm/@ai-sdk+provider-utils@1.0.20_zod@3.23.8/node_modules/@ai-sdk/provider-utils/dist/index.mjs:336:28)\n    at async MistralChatLanguageModel.doStream (file:///C:/Users/slowp/Desktop/AI/bolt.new-any-llm/node_modules/.pnpm/@ai-sdk+mistral@0.0.43_zod@3.23.8/node_modules/@ai-sdk/mistral/dist/index.mjs:298:50)',
    ...A401,
    top: 'token.missing',
    aiApi: 'mistral',
  },
  {
    name: 'OpenAI’s Node SDK: its status before OpenAI’s words (continuedev/continue#9634)',
    input:
      '**Error Details**\n\nModel: OpenAI GPT-4.1\nProvider: openai\nStatus Code: 401\n\n**Error Output**\n```\n401 Incorrect API key provided: sk-proj-****************************************************************************MxYA. You can find your API key at https://platform.openai.com/account/api-keys.\n```',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'openai',
    excludes: ['token.missing'],
    credential: 'openai-api-key',
  },
  {
    name: 'LiteLLM wrapping OpenAI’s 401 (BerriAI/litellm#39258)',
    input:
      'Error during LLM inference: litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided: sk-proj-****************************************************************4f2Q. You can find your API key at https://platform.openai.com/account/api-keys.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'openai',
    excludes: ['token.missing'],
    credential: 'openai-api-key',
  },
  {
    name: 'openai-python: mismatched_organization (Realiserad/fish-ai#62)',
    input:
      "  File \"/home/me/.fish-ai/lib64/python3.10/site-packages/openai/_base_client.py\", line 1051, in _request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'OpenAI-Organization header should match organization for API key', 'type': 'invalid_request_error', 'param': None, 'code': 'mismatched_organization'}}",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'openai',
    excludes: ['token.missing'],
    credential: 'openai-organization',
  },
  {
    name: 'Codex: mismatched_organization (openai/codex#1000)',
    input:
      'OpenAI rejected the request (request ID: req_f1fd16f906f5ad6e7ac336a4976ad6fc). Error details: Status: 401, Code: mismatched_organization, Type: invalid_request_error, Message: 401 OpenAI-Organization header should match organization for API key. Please verify your settings and try again.',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'openai',
    excludes: ['token.missing'],
    credential: 'openai-organization',
  },
  {
    name: 'openai-python: a project refused a model (Aider-AI/aider#1903)',
    input:
      "An uncaught exception occurred:\n\n```\nopenai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project `proj_9KoeXdtHe0YQJbsF2FQAKmzl` does not have access to model `gpt-4o-mini`', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n```",
    ...A403,
    top: 'policy.deny',
    via: 'openai',
  },
  {
    name: 'OpenAI’s Node SDK: a project refused a model (continuedev/continue#10120)',
    input:
      'Model: OpenAI GPT-4.1\nProvider: openai\nStatus Code: 403\n\n**Error Output**\n```\n403 Project `proj_JMo3Q9spNIEWhSxusokLegJY` does not have access to model `gpt-4.1-2025-04-14`\n```',
    ...A403,
    top: 'policy.deny',
    via: 'openai',
  },
  {
    name: 'Azure OpenAI from .NET: key or endpoint (SciSharp/BotSharp#386)',
    input:
      'Azure.RequestFailedException: \'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\nStatus: 401 (PermissionDenied)\nErrorCode: 401\n\nContent:\n{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}\n\nHeaders:\napim-request-id: REDACTED\nDate: Tue, 02 Apr 2024 16:22:56 GMT\nContent-Length: 224\nContent-Type: application/json\n\'',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'azure-ai-services',
    excludes: ['token.missing'],
    credential: 'azure-ai-services-key',
  },
  {
    name: 'openai 0.x against Azure: key or endpoint (Azure-Samples/azure-search-openai-demo#108)',
    input:
      'openai.error.AuthenticationError: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'azure-ai-services',
    excludes: ['token.missing'],
    credential: 'azure-ai-services-key',
  },
  {
    name: 'Semantic Kernel against Azure AI Foundry (microsoft/semantic-kernel#10337)',
    input:
      'PS C:\\Users\\X\\MyProject> dotnet run\nResponse: {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}\nStatus Code: Unauthorized\nAn error occurred: Response status code does not indicate success: 401 (PermissionDenied).',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'azure-ai-services',
    excludes: ['token.missing'],
    credential: 'azure-ai-services-key',
  },
  {
    name: 'Azure OpenAI refusing an Entra ID token (Farzad-R/Advanced-QA-and-RAG-Series#3)',
    input:
      "\"AuthenticationError(\\\"Error code: 401 - {'statusCode': 401, 'message': 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.'}",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'azure-ai-services',
    excludes: ['token.missing'],
    credential: 'azure-ai-services-token',
  },
  {
    name: 'Flowise: a key sent as a bearer token (FlowiseAI/Flowise#710)',
    input:
      'Request failed with status code 401 and body {"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'azure-ai-services',
    excludes: ['token.missing'],
    credential: 'azure-ai-services-token',
  },
  {
    name: 'Foundry’s data action, answered 401 (davrous/AzureAgentToM365#3)',
    input:
      'The principal XXXXXXXX lacks the required data action Microsoft.CognitiveServices/accounts/AIServices/agents/read to perform GET /api/projects/{projectName}/assistants/{assistantId} operation. For instructions on granting the necessary permissions, see https://aka.ms/FoundryPermissions. Status: 401 (PermissionDenied) ErrorCode: PermissionDenied\nContent: {"error":{"code":"PermissionDenied","message":"The principal XXXXXXXXXXXXXXXX lacks the required data action Microsoft.CognitiveServices/accounts/AIServices/agents/read to perform GET /api/projects/{projectName}/assistants/{assistantId} operation. For instructions on granting the necessary permissions, see https://aka.ms/FoundryPermissions."}}',
    ...AUTHZ401,
    top: 'policy.deny',
    via: 'azure-ai-services',
  },
  {
    name: 'Foundry’s data action from azure-core (microsoft/ai-agent-evals#43)',
    input:
      'azure.core.exceptions.ClientAuthenticationError: (PermissionDenied) The principal `xxxxx` lacks the required data action `Microsoft.CognitiveServices/accounts/AIServices/agents/read` to perform `GET /api/projects/{projectName}/assistants/{assistantId}` operation. For instructions on granting the necessary permissions, see https://aka.ms/FoundryPermissions.',
    ...DENIED,
    top: 'policy.deny',
    via: 'azure-ai-services',
  },
  {
    name: 'Anthropic’s permission_error (anthropics/claude-code#51610)',
    input:
      'Please run /login · API Error: 403 {"type":"error","error":{"type":"permission_error","message":"Permission denied"},"request_id":"req_011CaH53rCYtDAVnwhLQvkuc"}',
    ...A403,
    top: 'policy.deny',
    via: 'anthropic',
  },
  {
    name: 'Anthropic’s earlier Invalid API Key (enricoros/big-AGI#176)',
    input:
      '[OpenAI Issue] Error: 401 · Unauthorized · {"error":{"type":"authentication_error","message":"Invalid API Key"}}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'anthropic',
    excludes: ['token.missing'],
    credential: 'anthropic-api-key',
  },
  {
    name: 'Bedrock from boto3: model access (dirkpetersen/our-chat#3)',
    input:
      'Traceback (most recent call last):\n  File "/home/ochat/our-chat/tests/bedrock-test.py", line 77, in <module>\n    response = bedrock.invoke_model(body=body, modelId=amodel)\n               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3/dist-packages/botocore/client.py", line 553, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n  File "/usr/lib/python3/dist-packages/botocore/client.py", line 1009, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don\'t have access to the model with the specified model ID.',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws-bedrock',
  },
  {
    name: 'AnthropicBedrock: model access in a JSON log (gaiin-platform/amplify-genai-backend#62)',
    input:
      '{\n    "name": "chat",\n    "hostname": "xx.xx.xx.xx",\n    "pid": 8,\n    "module": "anthropic",\n    "level": 50,\n    "msg": "Error invoking Bedrock Anthropic:  PermissionDeniedError: 403 You don\'t have access to the model with the specified model ID.\\n    at APIError.generate (file:///var/task/node_modules/@anthropic-ai/sdk/error.mjs:42:20)\\n    at AnthropicBedrock.makeStatusError (file:///var/task/node_modules/@anthropic-ai/sdk/core.mjs:256:25)\\n    at AnthropicBedrock.makeRequest (file:///var/task/node_modules/@anthropic-ai/sdk/core.mjs:299:30)"\n}',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws-bedrock',
  },
  {
    name: 'Bedrock: the account not yet enabled (aws-samples/amazon-bedrock-workshop#100)',
    input:
      'Error raised by inference endpoint: An error occurred (AccessDeniedException) when calling the InvokeModel operation: Your account is not authorized to invoke this API operation.        \nTo troubeshoot this issue please refer to the following resources.         \nhttps://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html         \nhttps://docs.aws.amazon.com/bedrock/latest/userguide/security-iam.html',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws-bedrock',
  },
  {
    name: 'huggingface_hub: a gated model not granted (ariG23498/gemma3-object-detection#5)',
    input:
      'Make sure to have access to it at https://huggingface.co/google/gemma-3-4b-pt.\n403 Client Error. (Request ID: Root=1-6824e511-0a1d60376d4eefac56a9c456;85e8458c-a7d7-452d-b8fe-576bb259b500)\n\nCannot access gated repo for url https://huggingface.co/google/gemma-3-4b-pt/resolve/main/config.json.\nAccess to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access.',
    ...A403,
    top: 'policy.deny',
    via: 'hugging-face',
  },
  {
    name: 'Cohere’s Python SDK (wandb/edu#155)',
    input:
      "cohere.errors.unauthorized_error.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'cohere',
    excludes: ['token.missing'],
    credential: 'cohere-api-key',
  },
  {
    name: 'groq-sdk’s AuthenticationError with Groq’s headers (ag5826000/resume-commentor#4)',
    input:
      "AuthenticationError: 401 {\"error\":{\"message\":\"Invalid API Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}\nstatus: 401,\n  headers: {\n    'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate',\n    'cf-cache-status': 'DYNAMIC',\n    connection: 'keep-alive',\n    'content-length': '96',\n    'content-type': 'application/json',\n    date: 'Tue, 04 Mar 2025 10:40:12 GMT',\n    server: 'cloudflare',\n    vary: 'Origin',\n    via: '1.1 google',\n    'x-groq-region': 'us-west-1',\n    'x-request-id': 'req_01jngbvsctfy0bmjw87yea904b'\n  },\n  error: {\n    error: {\n      message: 'Invalid API Key',\n      type: 'invalid_request_error',\n      code: 'invalid_api_key'\n    }\n  }\n}",
    ...A401,
    top: 'challenge.invalid-token',
    via: 'groq',
    excludes: ['token.missing'],
    credential: 'groq-api-key',
  },
];

describe('round audit-ad: AI and LLM APIs’ refusals', () => {
  for (const row of CATCHES) {
    it(row.name, async () => {
      const report = await expectPasteRow(row);
      if (row.credential !== undefined) expect(report.findings[0]?.args.credential).toBe(row.credential);
      if (row.aiApi !== undefined) expect(report.findings[0]?.args.aiApi).toBe(row.aiApi);
    });
  }

  it('gives Bedrock’s model access before the signer’s IAM policy', async () => {
    const f = await catches(
      'policy.deny',
      "An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.",
    );
    expect(f.args.via).toBe('aws-bedrock');
    const report = await run(
      "An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.",
    );
    expect(report.nextSteps[0]).toContain('Bedrock');
  });

  it('names the credential in Japanese too', async () => {
    const report = await run(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'OpenAI-Organization header should match organization for API key', 'type': 'invalid_request_error', 'param': None, 'code': 'mismatched_organization'}}",
      { locale: 'ja' },
    );
    expect(report.findings[0]?.title).toBe('OpenAI が要求の指す組織（OpenAI-Organization）を拒否しています');
  });

  it('never prints the masked key a message quotes in a step', async () => {
    const report = await run(
      '401 Incorrect API key provided: sk-proj-****************************************************************************MxYA. You can find your API key at https://platform.openai.com/account/api-keys.',
    );
    expect(report.nextSteps.join(' ')).not.toContain('MxYA');
  });
});

describe('round audit-ad: Google’s IAM denial and the AI SDK’s status', () => {
  it('reads the permission and the resource out of a client’s own wrapper', async () => {
    const f = await catches(
      'policy.deny',
      "Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p1/locations/us-central1/publishers/google/models/gemini-pro' (or it may not exist)., Status: PERMISSION_DENIED",
    );
    expect(f.args).toMatchObject({ via: 'google-api', permission: 'aiplatform.endpoints.predict' });
  });

  it('reads no Google denial for a resource that is no googleapis.com one', async () => {
    await catchesNot(
      'policy.deny',
      "Message: Permission 'orders.items.read' denied on resource '//orders.example.com/items/7' by our gateway",
    );
  });

  it('reads the AI SDK’s APICallError named by its status text as that status', async () => {
    expect((await run('AI_APICallError: Forbidden')).status).toBe(403);
    expect((await run('AI_APICallError: Not Found')).status).toBeNull();
  });

  it('names no AI API for a 401 that names none', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"error":{"message":"No auth credentials found","code":401}}',
    );
    expect(report.findings.some((f) => f.args.aiApi !== undefined)).toBe(false);
  });

  it('leaves a gated model’s 403 to its denial, not a missing token', async () => {
    await catchesNot(
      'token.missing',
      '403 Client Error.\n\nCannot access gated repo for url https://huggingface.co/google/gemma-3-4b-pt/resolve/main/config.json.\nAccess to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access.',
    );
  });
});

describe('round audit-ad: a service’s error passed on as a wrapper’s message', () => {
  it('reads Google’s reply inside Cline’s error (google-gemini/gemini-cli#14519)', async () => {
    const report = await run(
      '[GEMINI] {"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 403,\\n    \\"message\\": \\"The caller does not have permission\\",\\n    \\"status\\": \\"PERMISSION_DENIED\\"\\n  }\\n}\\n","code":403,"status":"Forbidden"}}',
    );
    expect(report.classification).toBe('authorization');
    expect(report.findings[0]).toMatchObject({ code: 'policy.deny', args: { via: 'google-api' } });
  });

  it('leaves a message holding some other object to its wrapper (Gravitee’s introspection answer)', async () => {
    await catchesNot(
      'token.revoked',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"OAUTH2_INVALID_ACCESS_TOKEN","message":"{\\"active\\":false}"}',
    );
  });
});

describe('round audit-ad: near misses', () => {
  it('leaves API Management’s own subscription-key refusal to the gateway', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Access Denied\nContent-Type: application/json\n\n{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }',
    );
    expect(f.args.product).toBe('Azure API Management');
  });

  it('reads no OpenAI refusal in a number before the words that is no status', async () => {
    await catchesNot('challenge.invalid-token', 'step v2.401 Incorrect API key provided is what the docs call it');
  });

  it('reads no project denial without OpenAI’s project id before it', async () => {
    await catchesNot(
      'policy.deny',
      'HTTP/1.1 403 Forbidden\n\nYour team does not have access to model `gpt-4o` yet, says the wiki.',
    );
  });

  it('reads no Anthropic permission_error named in prose', async () => {
    await catchesNot('policy.deny', 'HTTP/1.1 403 Forbidden\n\nwe map permission_error to a 403 in our proxy');
  });

  it('reads no Azure denial in a sentence about it', async () => {
    await catchesNot(
      'policy.deny',
      'HTTP/1.1 401 Unauthorized\n\nThe docs say a principal does not have access to API/Operation when no role is set.',
    );
  });

  it('reads no blocked region in prose naming OpenAI’s code', async () => {
    await catchesNot(
      'policy.deny',
      'HTTP/1.1 403 Forbidden\n\nwe retry unless the code is unsupported_country_region_territory',
    );
  });

  it('gives a blocked region its own step, not the project’s model access', async () => {
    const report = await run(
      '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}',
    );
    expect(report.findings[0]?.args.regionBlocked).toBe(true);
    expect(report.nextSteps[0]).toContain('supported-countries');
  });

  it('reads no Groq refusal without Groq named near', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}',
    );
    expect(report.findings.some((f) => f.args.via === 'groq')).toBe(false);
  });

  it('reads no Cohere refusal outside a reply’s message member', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\nthe log said invalid api token after the rotation');
    expect(report.findings.some((f) => f.args.via === 'cohere')).toBe(false);
  });

  it('reads Anthropic’s Invalid API Key only in its authentication_error object', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"error":{"type":"invalid_request_error","message":"Invalid API Key"}}',
    );
    expect(report.findings.some((f) => f.args.via === 'anthropic')).toBe(false);
  });

  it('keeps a 401 an authentication failure for another product’s stated denial', async () => {
    const report = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"error":{"type":"permission_error","message":"Permission denied"}}',
    );
    expect(report.classification).toBe('authentication');
  });
});
