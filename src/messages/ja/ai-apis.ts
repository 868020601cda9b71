/**
 * AI の API の、鍵が貼り付けにない 401（token.missing の `aiApi`、round audit-ad）の言葉。出典は
 * en/ai-apis.ts と checks/ai-api-client.ts にあります。クライアントは設定にある鍵を毎回送るので、手順はその設定を指します。
 */
import type { AiApiClient } from '../../engine/args.js';

export const AI_API_TITLE: Record<AiApiClient, string> = {
  mistral: 'Mistral AI がクライアントから受け入れられる API キーを受け取っていません',
  openrouter: 'OpenRouter がリクエストに API キーを受け取っていません（No auth credentials found）',
  'hugging-face-gated': 'Hugging Face Hub がゲート付きモデルへの要求に受け入れられるトークンを受け取っていません',
};

export const AI_API_DETAIL: Record<AiApiClient, string> = {
  mistral:
    'Mistral AI の API は、キーのない要求にも、知らないキーの要求にも同じく 401 Unauthorized を返します。クライアントは設定にあるキーを Authorization: Bearer で送るので、キーが設定されていないか、変数が空だったか、Mistral の知らないキーです（Codestral 専用のエンドポイントには専用のキーが要ります）。貼り付けには要求もキーもありません。',
  openrouter:
    'OpenRouter は、要求に読み取れる資格情報がなかったと言っています（"No auth credentials found"。Web 向けのエンドポイントでは "No cookie auth credentials found"）。クライアントがキーを付けた Authorization: Bearer ヘッダーを送らなかったか、空のものを送りました（未設定の変数、プレースホルダー、別の名前で保存されたキー）。',
  'hugging-face-gated':
    'このモデルはゲート付きです。Hub はアクセスを許可されたアカウントでサインインした要求にしか提供せず、この要求はトークンを持たない（または Hub が受け入れないトークンだった）ため、401「You must have access to it and be authenticated to access it」を返しました。',
};

export const AI_API_STEPS: Record<AiApiClient, readonly string[]> = {
  mistral: [
    'プロセスが実際に読むキー（MISTRAL_API_KEY、またはベース URL が https://api.mistral.ai/v1 の OpenAI 互換クライアントの api_key）を確認してください。そのプロセス自身の環境に設定され、欠けがなく、console.mistral.ai の API keys に載っている必要があります。Codestral のエンドポイント（codestral.mistral.ai）には Codestral のページのキーを使います。Authorization: Bearer <キー> で送ります。',
  ],
  openrouter: [
    'クライアントが欠けのない OpenRouter のキー（sk-or-v1-…）を Authorization: Bearer <キー> で https://openrouter.ai/api/v1 に送っているか確認してください。読む設定や変数（OPENROUTER_API_KEY、OpenAI 互換クライアントの api_key）がそのプロセス自身の環境に設定され、プレースホルダーではなく、同じ名前の別の変数に隠されていない必要があります。キーの一覧は openrouter.ai/settings/keys にあります。',
  ],
  'hugging-face-gated': [
    'モデルへのアクセスを許可されたアカウントでログインしてください（huggingface-cli login、またはプロセスの環境の HF_TOKEN。Hub が誰と見ているかは huggingface-cli whoami で分かります）。そのアカウントがまだなら、先にモデルのページでアクセスを申請します。ゲート付きモデルは、許可済みのアカウントでもトークンのない要求は拒否します。',
  ],
};
