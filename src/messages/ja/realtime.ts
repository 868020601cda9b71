/** en/realtime.ts と同じ（出典は engine/parse/verifier-messages/realtime.ts）。`via` がそのようなサービスでなければ null。 */

import { MEDIA_SDK_EXPIRED, MEDIA_SDK_REFUSED } from './media-sdks.js';

const REFUSED: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_REFUSED,
  centrifugo:
    'Centrifugo が 3500 "invalid token" で接続を閉じました。接続トークン（またはチャンネルのサブスクリプショントークン）を検証できなかったということです。トークンが Centrifugo に設定された鍵（HMAC シークレット、RSA・ECDSA 公開鍵、または JWKS エンドポイント）で署名されているか、サブスクリプショントークンの sub が接続のユーザーと、channel クレームが購読したチャンネルと一致しているか、exp が過ぎていないかを確認してください。',
  ably: 'Ably がクライアントの Ably トークンまたはキーを自ら拒否しました（エラーコードは引用のとおり）。トークンリクエストがこのアプリの API キーで署名されているか、接続時の clientId がトークンのものと同じか（40102）、キーが Ably のダッシュボードで失効・無効になっていないかを確認してください。Ably のトークンは Ably 自身が照合するため、ここではクレームを読みません。',
  'action-cable':
    'Action Cable が接続を拒否しました。アプリの ApplicationCable::Connection#connect がユーザーを見つけられず reject_unauthorized_connection を呼んだということです。その connect が読むものを確認してください。セッション Cookie がケーブルの URL に届くこと（同一サイト、またはそれを含む Cookie のドメインと SameSite）、params から読むトークンなら consumer を作った URL にあること（createConsumer("/cable?token=…")）、前段のプロキシが Upgrade と Cookie を転送していることです。',
  'socket-io':
    'Socket.IO サーバーのミドルウェア（io.use）が next(new Error(…)) でハンドシェイクを拒否しました。そのミドルウェアが読む場所にクライアントがトークンを送っているか（Socket.IO v3 以降は io(url, { auth: { token } }) で送り、socket.handshake.auth.token で読む。v2 はクエリ文字列、socket.handshake.query）、トークンが有効か、connect_error のあと再接続する前に socket.auth を新しいトークンにしているかを確認してください。extraHeaders はヘッダーを付けられるトランスポートでしかサーバーに届かず、ブラウザーの WebSocket では届きません。',
};

const EXPIRED: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_EXPIRED,
  centrifugo:
    'Centrifugo が接続トークンを期限切れとして拒否しました（エラー 109）。バックエンドから新しい接続トークンを取得する getToken 関数をクライアントに渡すか（SDK は 109 を受けたときと exp の前に呼びます）、より長く有効なトークンを発行してください。静的なトークンだけで getToken のないクライアントは回復できません。',
  ably: 'トークンの期限切れ（40142）で Ably が接続を閉じました。Ably のクライアントライブラリは authCallback か authUrl があるときだけトークンを更新するため、token や tokenDetails だけで作ったクライアントは更新できません。どちらかを渡してバックエンドから新しい TokenRequest かトークンを返し、そのエンドポイントが応答するかを確認してください。',
};

export function realtimeTokenRefused(via: string | undefined): string | null {
  return via === undefined ? null : (REFUSED[via] ?? null);
}

export function realtimeTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}

/** en/realtime.ts の PUSHER_AUTH_ENDPOINT と同じ（出典は verifier-messages/realtime.ts）。 */
export const PUSHER_AUTH_ENDPOINT = {
  title: 'アプリ自身の Pusher 認可エンドポイントが購読を拒否しました',
  detail:
    'pusher-js は、このプライベート／プレゼンスチャンネルの購読（またはユーザーのサインイン）の署名をアプリ自身のエンドポイント（channelAuthorization または userAuthentication。Laravel Echo なら /broadcasting/auth）に求め、401 か 403 が返りました。Pusher には問い合わせていません。そのエンドポイントがサインイン済みのユーザーを見つけられなかった（セッション Cookie やトークンが届いていない）か、チャンネルの認可がこのユーザーを拒否したかです。',
  steps: [
    'DevTools → Network で認可リクエスト（メッセージにあるエンドポイントへの POST、既定は /pusher/auth）を見て、ユーザーのセッション Cookie か、クライアントに送らせるヘッダー（pusher-js なら channelAuthorization: { headers: { Authorization: "Bearer <token>" } }、Laravel Echo なら auth: { headers: … }）が付いていて、ユーザーを知っているガードの下のアプリに届いているかを確認してください。',
    'そこでユーザーがサインイン済みなら、サーバー側のチャンネル認可（Laravel なら routes/channels.php の Broadcast::channel のコールバック）がこのユーザーとチャンネル名に true を返すかを確認してください。',
  ],
};
