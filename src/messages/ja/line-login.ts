/**
 * LINEログインの ID トークン検証エンドポイントが ID トークンを拒否したときの手順（verifier-messages/japanese.ts）。説明は
 * どれも一つの検証を指し、それぞれ送り直すものが一つあります（developers.line.biz/ja/reference/line-login/#verify-id-token:
 * id_token と client_id、任意で nonce と user_id）。
 */
import type { LineLoginCheck } from '../en/line-login.js';

const STEPS: Readonly<Record<LineLoginCheck, string>> = {
  expired:
    '保存しておいた ID トークンではなく、新しい ID トークンを LINEログインに送ってください（ID トークンの有効期限は1時間です）。LIFF アプリはログイン時の ID トークンを保持し、liff.getIDToken() は期限が切れてもそれを返します。liff.init()、liff.login()、再読み込みでは置き換わりません。liff.logout() してから LIFF URL（https://liff.line.me/<LIFF ID>）を開き直して改めてログインし、新しい ID トークンを送ってください。ウェブログインなら、新しいログインのトークンレスポンスの id_token を使います。',
  audience:
    'client_id には、ID トークンを発行した LINEログインチャネルのチャネル ID を指定してください（LINE Developers コンソール → チャネル → チャネル基本設定 → チャネル ID）。LIFF アプリの ID トークンは、その LIFF アプリを追加した LINEログインチャネル向けで、Messaging API チャネル向けではありません。',
  issuer:
    'ID トークンは LINEログインが発行したとおりに送ってください（iss は https://access.line.me）。ほかのプロバイダーの ID トークンや、アプリが作り直した・署名し直したものは拒否されます。',
  nonce:
    'nonce には、このログインの認可リクエストで送った値（このセッションに保存した値）を指定するか、ログインで nonce を付けていなければ省いてください。別のログインの nonce は拒否されます。',
  subject:
    'user_id には、ログインしたユーザーの LINE のユーザー ID（この ID トークンの sub）を指定するか、省いてください。',
  invalid:
    'id_token に、LINEログインが発行した ID トークン全体（ドットで区切られた3つの部分。欠けや二重の URL エンコードがないもの）を入れているか、アクセストークンを送っていないか、client_id が LINEログインチャネルのチャネル ID かを確認してください。',
  sdkClock:
    'LINE SDK は ID トークンの iat と exp を端末自身の時計と照らし合わせます（許容されるずれは5分）。端末の「日付と時刻を自動設定」（タイムゾーンも）をオンにするか時計を直してから、ログインし直してください。トークン自体に問題はなく、ほかの端末ではログインできます。',
};

/** LINEログインの検証の手順。`via` が LINEログインでなければ null。 */
export function lineLoginStep(via: string | undefined, check: LineLoginCheck): string | null {
  if (via === 'line-sdk') return STEPS.sdkClock;
  return via === 'line-login' ? STEPS[check] : null;
}
