import type { KeyRefusal } from '../../engine/args.js';

/** en/google-keys.ts と同じ（出典もそちら）。 */
export const RESTRICTED_KEY_TITLE: Readonly<Record<KeyRefusal, string>> = {
  referrer: 'Google がこのページのリファラーからの API キーを拒否しています（キーのウェブサイト制限）',
  ip: 'Google がこの IP アドレスからの API キーを拒否しています（キーの IP アドレス制限）',
  android: 'Google がこの Android アプリからの API キーを拒否しています（キーのアプリ制限）',
  ios: 'Google がこの iOS アプリからの API キーを拒否しています（キーのアプリ制限）',
  application: 'Google がリクエストの送信元を理由に API キーを拒否しています（キーのアプリケーション制限）',
  api: 'API キーの API 制限にこの API が含まれていません',
  'referrer-on-server': 'ウェブサイトに制限したキーが、そのようなキーを受け付けないウェブサービスに送られています',
  'url-or-scope': 'Mapbox がアクセストークンを拒否しています：URL 制限かスコープです',
};

const DETAIL: Readonly<Record<KeyRefusal, string>> = {
  referrer:
    'キーはウェブサイト（HTTP リファラー）に制限されており、リクエストの Referer がそのどれでもないか、送られていません（「<empty>」：サーバー、ビルド、アプリ、プライバシー設定は送りません）',
  ip: 'キーは IP アドレスに制限されており、呼び出し元のアドレスがそのどれでもありません',
  android:
    'キーは Android アプリに制限されており、リクエストは登録されたアプリ（パッケージ名と署名証明書の SHA-1。X-Android-Package と X-Android-Cert で送られます。送られないと「<empty>」）から来ていません',
  ios: 'キーは iOS アプリに制限されており、リクエストは登録されたアプリ（バンドル ID。X-Ios-Bundle-Identifier で送られます。送られないと「<empty>」）から来ていません',
  application:
    'キーのアプリケーション制限（ウェブサイト、IP アドレス、アプリ）に、リクエストの送信元が含まれていません',
  api: 'キーの API 制限には別の API が並んでおり、呼び出した API がありません',
  'referrer-on-server':
    'キーはウェブサイトに制限されていますが、ウェブサービス API（Geocoding、Directions、Places など）はサーバーから呼ばれリファラーを送らないため、そのようなキーを受け付けません',
  'url-or-scope':
    'その 403 は、トークンにこの API に必要なスコープがないか、URL 制限にリクエスト元のページがないことを示します（一致する Referer を送らないサーバー、アプリ、Brave などのブラウザも同じく拒否されます）',
};

/** en/google-keys.ts の restrictedKeyDetail と同じ。 */
export function restrictedKeyDetail(refusal: KeyRefusal, via: string | undefined): string {
  if (refusal === 'url-or-scope')
    return `Mapbox はアクセストークンを知っており、トークン自身の設定で拒否しました：${DETAIL[refusal]}。Mapbox は自社のトークンを自分で確かめるので、そのクレームを見ても原因はわかりません。`;
  const who = via === 'google-maps' ? 'Google Maps Platform' : 'Google';
  return `${who} は API キーを知っており、キー自身の設定で拒否しました：${DETAIL[refusal]}。決めているのはキーの制限で、トークンではありません。JWT は関係しません。`;
}

const KEY_PAGE = 'Cloud コンソールの「API とサービス」→「認証情報」→ 該当キー';

export const RESTRICTED_KEY_STEP: Readonly<Record<KeyRefusal, string>> = {
  referrer: `${KEY_PAGE} →「アプリケーションの制限」→「ウェブサイト」に、ページのオリジンをリファラーのパターンとして追加してください（https://www.example.com/*、開発用に http://localhost:3000/*。コンソールエラーの「Your site URL to be authorized」がそれを示します）。サーバー、ビルド、アプリからの呼び出しはリファラーを送らないので、ウェブサイト用とは別に、IP アドレスかアプリで制限したキーを使ってください。`,
  ip: `${KEY_PAGE} →「アプリケーションの制限」→「IP アドレス」に、呼び出しの出ていくアドレス（Google が示すもの。NAT ゲートウェイ、クラウド関数の送信元、IPv6 アドレス）を追加してください。ブラウザやスマートフォンから使うキーは IP で制限できないので、そこではウェブサイトかアプリで制限したキーを使ってください。`,
  android: `${KEY_PAGE} →「アプリケーションの制限」→「Android アプリ」に、アプリのパッケージ名と、このビルドに署名した証明書の SHA-1 フィンガープリントを追加してください（デバッグ、アップロード、Play アプリ署名の証明書はそれぞれ別です）。手で組み立てたリクエスト（REST、Google 以外のライブラリ）は X-Android-Package と X-Android-Cert を自分で送る必要があります。Google の Android SDK は付けます。`,
  ios: `${KEY_PAGE} →「アプリケーションの制限」→「iOS アプリ」に、アプリのバンドル ID を追加してください。手で組み立てたリクエスト（REST、Google 以外のライブラリ）は X-Ios-Bundle-Identifier を自分で送る必要があります。Google の iOS SDK は付けます。`,
  application: `${KEY_PAGE} →「アプリケーションの制限」を確認してください。ウェブサイト制限のキーにはページのリファラー、IP 制限のキーには呼び出し元のアドレス（メッセージに出ています）、アプリ制限のキーにはパッケージ名と SHA-1、またはバンドル ID の登録が要ります。サーバーから呼ぶウェブサービス（Geocoding、Directions、Places）には、ウェブサイトやアプリではなく IP アドレスで制限したキーが必要です。`,
  api: `${KEY_PAGE} →「API の制限」に、メッセージが示す API（Gemini API のサービス generativelanguage.googleapis.com は「Generative Language API」として並びます）を追加するか、その API 用のキーで呼び出してください。キーのプロジェクトでその API が有効であること（「API とサービス」→「ライブラリ」）も必要です。`,
  'referrer-on-server':
    'ウェブサービスはサーバーから、IP アドレスで制限した別のキーで呼び出してください。ブラウザでは、ウェブサービスの URL ではなく Maps JavaScript API 自身のサービス（google.maps.Geocoder、Places ライブラリ）を、ウェブサイト制限のキーで使ってください。',
  'url-or-scope':
    'Mapbox の Access tokens ページ（console.mapbox.com/account/access-tokens）でトークンを開き、URL 制限にページの URL（正確なオリジンとパス、開発用には http://localhost:…）を追加し、この API に必要なスコープ（地図なら styles:tiles、styles:read、fonts:read）があるか確認してください。サーバーやアプリからの呼び出しは一致する Referer を送らないので、URL 制限のないトークンを使ってください。',
};
