import type { ProductKey } from '../../engine/token/product-key.js';

/** en/product-keys.ts と同じ（出典は engine/token/product-key.ts）。 */
export const PRODUCT_KEY: Readonly<Record<ProductKey, { name: string; product: string; check: string }>> = {
  'stripe-secret-key': {
    name: 'Stripe のシークレットキー（sk_live_/sk_test_）',
    product: 'Stripe',
    check:
      'ダッシュボード（開発者 → API キー）で、キーが削除・ロール・失効されていないこと、要求が指す対象と同じモード（本番またはテスト）とアカウントのキーであることを確認してください。',
  },
  'stripe-restricted-key': {
    name: 'Stripe の制限付きキー（rk_live_/rk_test_）',
    product: 'Stripe',
    check:
      'ダッシュボード（開発者 → API キー）で、キーが削除・失効されていないこと、同じモード（本番またはテスト）であること、このリソースへの権限があることを確認してください。',
  },
  'anthropic-api-key': {
    name: 'Anthropic の API キー（sk-ant-）',
    product: 'Anthropic',
    check:
      'Console（Settings → API keys）でキーが有効なことを確認し、x-api-key ヘッダーで anthropic-version と一緒に送ってください。',
  },
  'openai-api-key': {
    name: 'OpenAI の API キー（sk-）',
    product: 'OpenAI',
    check:
      'プラットフォームの API keys ページで、キーが取り消されていないこと、要求が指すプロジェクトと組織（OpenAI-Project、OpenAI-Organization）のキーであることを確認してください。',
  },
  'hugging-face-token': {
    name: 'Hugging Face のアクセストークン（hf_）',
    product: 'Hugging Face',
    check:
      'Settings → Access Tokens でトークンが存在し、そのロール（read、write、またはこのリポジトリやエンドポイントを許可した fine-grained）がこの呼び出しを含むことを確認してください。',
  },
  'google-api-key': {
    name: 'Google の API キー（AIza）',
    product: 'Google',
    check:
      'Cloud コンソール（API とサービス → 認証情報）で、キーが存在すること、キーのプロジェクトで API が有効なこと、キーの制限（API、リファラー、IP、アプリ）がこの呼び出しを許すことを確認してください。',
  },
  'github-token': {
    name: 'GitHub のトークン（ghp_、gho_、ghs_、github_pat_）',
    product: 'GitHub',
    check:
      'トークンが期限切れや取り消しになっておらず、呼び出しに必要なスコープ（classic）またはリポジトリの権限（fine-grained）を持つことを確認してください。Actions の GITHUB_TOKEN（ghs_）はその実行の間だけ有効です。',
  },
  'gitlab-token': {
    name: 'GitLab のアクセストークン（glpat-）',
    product: 'GitLab',
    check:
      'Access tokens でトークンが期限切れや取り消しになっておらず、api または read_api スコープを持つことを確認してください。GitLab は PRIVATE-TOKEN か Authorization: Bearer から読みます。',
  },
  'npm-token': {
    name: 'npm のアクセストークン（npm_）',
    product: 'npm',
    check:
      'npmjs.com（Access Tokens）でトークンが期限切れや取り消しになっておらず、パッケージやスコープを含むことを確認してください。CLI は .npmrc の //registry.npmjs.org/:_authToken から送ります。',
  },
  'slack-token': {
    name: 'Slack のトークン（xoxb-/xoxp-）',
    product: 'Slack',
    check:
      'アプリの OAuth & Permissions ページで、トークンが現在のもの（再インストールやローテーションで新しくなります）で、メソッドに必要なスコープを持つことを確認してください。',
  },
  'shopify-access-token': {
    name: 'Shopify の Admin API アクセストークン（shpat_）',
    product: 'Shopify',
    check:
      'アプリがこのストアにまだインストールされていること（トークンはストアごと）を確認し、X-Shopify-Access-Token で送ってください。',
  },
  'sendgrid-api-key': {
    name: 'SendGrid の API キー（SG.）',
    product: 'SendGrid',
    check:
      'Settings → API Keys でキーが存在し、このエンドポイントへの権限（/v3/mail/send なら Mail Send）を持つことを確認してください。',
  },
  'mailgun-api-key': {
    name: 'Mailgun のプライベート API キー（key-）',
    product: 'Mailgun',
    check:
      'ユーザー名 "api"、パスワードにキーを入れた Basic 認証で、ドメインを作ったリージョンの API ホスト（EU のドメインなら api.eu.mailgun.net）に送ってください。Account settings → API Security でキーがリセットされていないこと、ドメインの送信用キーを送信（/messages）以外に使っていないことを確認してください。',
  },
  'splunk-hec-token': {
    name: 'Splunk HTTP Event Collector のトークン（"Authorization: Splunk <token>" で送るもの）',
    product: 'Splunk',
    check:
      'URL が届く Splunk インスタンスの Settings → Data inputs → HTTP Event Collector と比べてください。トークンがそこにあり有効で、グローバル設定で All tokens が有効になっていること、"Authorization: Splunk <token>" としてそのインスタンスのコレクターのポート（既定は 8088。Splunk Cloud ではスタックの http-inputs-<stack> ホスト）に送っていることを確認してください。',
  },
};
