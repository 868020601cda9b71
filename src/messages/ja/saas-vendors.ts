import { saasVendor } from '../saas-vendors.js';

/** 各サービス固有の注意（環境ごとのホスト、スキーム、キーのデータセンター）。 */
const EXTRA: Readonly<Record<string, string>> = {
  zendesk:
    'API トークンを使うなら、Zendesk のベーシック認証は "{email_address}/token:{api_token}" の形です。パスワードはパスワードアクセスを有効にしたとき（管理センター → アプリおよび連携サービス → API）だけ使え、URL はそのアカウントのサブドメインでなければなりません。',
  airtable:
    'Airtable のユーザー API キー（key…）は2024年2月1日に使えなくなりました。パーソナルアクセストークン（pat…）か OAuth トークンを Bearer で送ってください。',
  discord: 'Bot トークンは "Authorization: Bearer" ではなく "Authorization: Bot <token>" で送ります。',
  paypal:
    'サンドボックスのトークンは api-m.sandbox.paypal.com でのみ、本番のトークンは api-m.paypal.com でのみ受け付けられます。',
  figma:
    'パーソナルアクセストークンは X-Figma-Token ヘッダーで送ります（OAuth トークンは Authorization: Bearer）。期限切れや失効なら Figma（Settings → Security → Personal access tokens）で新しく生成し、クライアントが値を送っているかも確かめてください（“None” や空のヘッダーにも同じ 403 が返ります）。',
  clickup:
    'パーソナルトークン（pk_…）は Authorization ヘッダーの値そのものとして、OAuth のアクセストークンは “Bearer <token>” として送ります。パーソナルトークンは ClickUp の Settings → Apps で再発行します。',
  docusign:
    'デモ環境（account-d.docusign.com）のトークンは demo.docusign.net でのみ、本番のトークンはそのアカウントの base URI でのみ受け付けられます。',
};

/** SaaS が自らのアクセストークンやキーを拒否したときの手順。`via` がそのようなサービスでなければ null。 */
export function saasTokenRefused(via: string | undefined): string | null {
  const name = saasVendor(via);
  if (name === null || via === undefined) return null;
  if (via === 'mailchimp')
    return 'Mailchimp の API キーを確認してください（Account → Extras → API keys）。キーの末尾はデータセンター（…-us6）で、呼び出し先はそのデータセンターのホスト（https://us6.api.mailchimp.com）でなければなりません。';
  return `${name} から新しいアクセストークンを取得し（リフレッシュするか、アプリを認可し直す）、それで再試行してください。${name} のトークンは ${name} 自身が照合するため、ここではクレームを読みません。このアプリの、このアカウントのトークンか、${name} 側で失効していないかを確認してください。${EXTRA[via] ?? ''}`;
}

/**
 * SaaS が自らのアクセストークンを期限切れとしたときの手順。`via` がそのようなサービスでなければ null。発行も期限の判断も
 * そのサービス自身なので、「検証器と発行元の時計を比べる」ことはできません。
 */
export function saasTokenExpired(via: string | undefined): string | null {
  const name = saasVendor(via);
  if (name === null) return null;
  return `${name} から新しいアクセストークンを取得し（アプリのリフレッシュトークンを使うか、アプリを認可し直す）、それで再試行してください。トークンを発行したのも期限切れと判断したのも ${name} 自身です。繰り返すクライアントは、401 を受けてからではなく、トークンの expires_in が切れる前にリフレッシュしてください。`;
}
