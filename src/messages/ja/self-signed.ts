/**
 * en/self-signed.ts と同じ: 呼び出し側が自分で署名する JWT に、プラットフォームが独自の規則を課す場合の言葉
 * （engine/checks/platform-limits.ts、各規則の出典はそちら）。
 */
import type { SelfSignedPlatform } from '../../engine/checks/platform-limits.js';
import type { Format } from '../catalogue.js';

/** Seconds as they are under two hours, where a platform's limit sits and a few seconds decide. */
const secs = (n: number, f: Format) => (n < 7200 ? `${n}秒` : f.duration(n));

export const PLATFORM_NAME: Record<SelfSignedPlatform, string> = {
  apns: 'APNs',
  'app-store-connect': 'App Store Connect API',
  'sign-in-with-apple': 'Sign in with Apple',
  'github-app': 'GitHub（GitHub App の JWT）',
  okta: 'Okta（クライアントアサーション）',
  'google-oauth': 'Google のトークンエンドポイント（サービスアカウントの JWT）',
  box: 'Box（JWT グラント）',
};

const RULE: Record<SelfSignedPlatform, string> = {
  apns: 'APNs は iat が1時間より古いプロバイダートークンを拒否します（ExpiredProviderToken）',
  'app-store-connect': 'App Store Connect API は exp が20分より先のトークンを拒否します',
  'sign-in-with-apple': 'Apple は exp が6か月（15777000秒）より先の client_secret を拒否します',
  'github-app': 'GitHub は exp が GitHub 側の時刻から10分より先の App の JWT を拒否します',
  okta: 'Okta は exp が1時間以上先のクライアントアサーションを拒否します',
  'google-oauth': 'Google は exp が iat から60分より後のサービスアカウントの JWT を拒否します',
  box: 'Box は exp が60秒より先の JWT アサーションを拒否します',
};

export const PLATFORM_STEP: Record<SelfSignedPlatform, string> = {
  apns: 'プロバイダートークンは60分以内ごとに作り直し、20分より頻繁には作らないでください（APNs は TooManyProviderTokenUpdates を返します）。鍵とチームごとに1つをキャッシュして全接続・全プロセスで共有し、時刻を同期した（NTP）マシンで署名してください。',
  'app-store-connect':
    'リクエストのまとまりごとに新しいトークンを作り、exp は iat から20分以内（時刻のずれを見て19分）、aud は "appstoreconnect-v1"、.p8 鍵で ES256、kid は鍵の ID、iss は発行者 ID（App Store Connect → ユーザとアクセス → 統合）にしてください。個人キーでは iss の代わりに sub "user" を使います。',
  'sign-in-with-apple':
    'client_secret を作り直してください: exp は iat から6か月（15777000秒）以内、aud は "https://appleid.apple.com"、iss は Team ID、sub は client_id として送る Services ID、ES256 で kid は Sign in with Apple 用の鍵の ID。期限前に作り直す仕組みも用意してください。',
  'github-app':
    'App の JWT は iat を60秒前に、exp を現在から10分以内（ずれを見て9分）にし、iss は App の client ID または app ID、App 自身の秘密鍵で RS256 署名してください。署名するマシンの時刻を同期（NTP）してください。',
  okta: 'クライアントアサーションの exp は iat から1時間未満にしてください（トークン要求ごとに作るなら5分で十分）。iss と sub はクライアント ID、aud はトークンエンドポイントの URL です。時刻も同期してください。',
  'google-oauth':
    'アサーションの exp は iat から60分以内にしてください（クライアントライブラリは同期した時刻から3600秒）。iss はサービスアカウントの client_email、aud は https://oauth2.googleapis.com/token です。',
  box: 'アサーションの exp は現在から60秒未満にし（Box のサンプルは30秒）、時刻を同期（NTP）したうえで、aud は "https://api.box.com/oauth2/token"、jti は毎回新しい値にしてください。',
};

export function platformLifetimeDetail(
  p: SelfSignedPlatform,
  limit: number,
  ttl: number | null,
  fromNow: number | undefined,
  f: Format,
): string {
  const measured =
    fromNow !== undefined
      ? `exp は基準時刻（サーバーの時計）の${secs(fromNow, f)}後です${ttl === null ? '' : `。iat からは${secs(ttl, f)}なので、署名するマシンの時計が進んでいます`}`
      : ttl === null
        ? 'exp が先すぎます'
        : `exp − iat は${secs(ttl, f)}です`;
  return `${RULE[p]}。${measured}（上限は${secs(limit, f)}）。`;
}

export function platformAgeDetail(p: SelfSignedPlatform, iat: number, limit: number, f: Format): string {
  return `${RULE[p]}。iat は ${f.iso(iat)} で、基準時刻より${secs(limit, f)}以上前です。このトークンに exp はなく、プラットフォームは iat から数えます。`;
}

export const platformExpects = (p: SelfSignedPlatform | undefined) =>
  p === undefined ? '' : `（${PLATFORM_NAME[p]} が、呼び出し側の署名する JWT に求める値です）`;

export const PLATFORM_AGE_TITLE = (ago: number | null, f: Format) =>
  ago === null
    ? 'トークンがプラットフォームの受け付ける古さを超えています'
    : `トークンが${f.relative(-ago)}に古くなりすぎました（プラットフォームの上限を超えています）`;

export const PLATFORM_LIFETIME_TITLE = (p: SelfSignedPlatform, fromNow: number | undefined, f: Format) =>
  `exp が${fromNow === undefined ? '' : `${secs(fromNow, f)}先で、`}${PLATFORM_NAME[p]} の許す範囲を超えています`;

export const PLATFORM_ALG_DETAIL = (p: SelfSignedPlatform, alg: string | null, allowed: readonly string[]) =>
  `${PLATFORM_NAME[p]} は、呼び出し側が署名する JWT に ${allowed.join('、')} だけを受け付けます。このトークンは ${alg ?? 'alg なし'} です。`;

export const PLATFORM_KEY_STEP: Record<SelfSignedPlatform, string> = {
  apns: 'プロバイダートークンのヘッダーとクレームを Apple Developer アカウントと照合してください: kid は .p8 鍵の Key ID（ファイル名 AuthKey_<KeyID>.p8）、iss は Team ID（メンバーシップの詳細）、鍵が失効していないこと（Certificates, Identifiers & Profiles → Keys）、鍵で APNs が有効なこと。',
  'app-store-connect':
    'kid が API キーの ID、iss が発行者 ID（App Store Connect → ユーザとアクセス → 統合）であること、.p8 がその鍵のものであること、鍵が失効していないことを確認してください。',
  'sign-in-with-apple':
    'kid が Sign in with Apple 用の鍵の ID、iss が Team ID、sub が client_id として送る Services ID であること、.p8 がその鍵のものであることを確認してください。',
  'github-app':
    'app ID（または client ID、iss）と秘密鍵が同じ GitHub App のものか確認してください（開発用と本番用の App の取り違えがよくある原因です）。App の設定で鍵が削除されていないこと、PEM が改行を保ったまま丸ごと読まれていることも確認してください。',
  okta: 'Okta がクライアントに登録している公開鍵（JWKS、kid で一致）が、アサーションに署名した鍵の対であるか確認してください。',
  'google-oauth':
    '鍵ファイルの private_key_id が、サービスアカウントにまだある鍵か確認してください（gcloud iam service-accounts keys list）。',
  box: 'Box アプリにアップロードした公開鍵（その ID がアサーションの kid）が、使っている秘密鍵の対であるか確認してください。',
};
