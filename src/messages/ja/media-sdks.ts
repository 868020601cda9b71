/** en/media-sdks.ts と同じ（出典は engine/parse/verifier-messages/media-sdks.ts）。 */

export const MEDIA_SDK_REFUSED: Readonly<Record<string, string>> = {
  sendbird:
    'Sendbird が接続のトークンを拒否しました（400302）。アプリケーションがアクセストークンやセッショントークンを必須にしている場合（Sendbird ダッシュボードのアクセストークンの権限設定）、バックエンドで Platform API とその API トークンを使って同じユーザー ID のトークンを発行し（セッショントークンなら POST /v3/users/{user_id}/token、またはユーザーの access_token）、connect(userId, token) に渡してください（iOS は connect(withUserId:accessToken:)）。ユーザー ID だけで接続するクライアントはこのコードになります。',
  daily:
    'Daily がミーティングトークンを無視しました。Daily の REST API（properties.room_name と exp を付けた POST /v1/meeting-tokens）で作るか、Daily の API キーで HS256 署名して自分で作ってください。r はルーム名、d はドメイン ID（GET /v1/ で確認できます）、iat と exp を含めます。そのドメインのルームに join({ url, token }) で渡します。GET /v1/meeting-tokens/<token> で Daily が受け付けるかを確認できます。',
  mux: 'Mux が署名付き再生 URL のトークンを拒否しました。Mux の署名鍵（秘密鍵で RS256、鍵の ID を kid）でバックエンドで署名し、sub は URL の再生 ID、aud は動画なら v（サムネイルは t、GIF は g、ストーリーボードは s）、exp を付けてください。Mux Player にはそれぞれの用途のトークン（playback-token、thumbnail-token、storyboard-token）を渡します。',
  twilio:
    'バックエンドが発行した Access Token を Twilio が拒否しました（コードがどの検査かを示します。20101 は無効、20102 はヘッダー、20103 は issuer/subject）。サーバー側で Twilio ヘルパーライブラリの AccessToken を使い、Account SID、API キー SID（SK…）とその API キーのシークレットから発行してください。すべて同じアカウント（キーを作ったリージョン）のものです。iss は API キー SID、sub は Account SID、ヘッダーは {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"} で、Auth Token ではなく API キーのシークレットで署名します。identity と、SDK が必要とするグラント（ルームを指定した VideoGrant、TwiML アプリの outgoingApplicationSid を指定した VoiceGrant、Conversations サービス SID を指定した ChatGrant）を付けてください。',
  livekit:
    'LiveKit サーバーがアクセストークンを拒否しました。クライアントが接続するのと同じプロジェクトの API キーとシークレット（LiveKit Cloud のプロジェクトのキー、またはセルフホストのサーバー設定の keys:）から、サーバー SDK の AccessToken でバックエンドで発行してください。identity と、ルームを指定し roomJoin: true にした VideoGrant を付け、そのプロジェクトの URL（クライアントの接続先、またはサーバー SDK の RoomService 呼び出し先）に送ってください。',
  stream:
    'Stream がユーザートークンを拒否しました。クライアントを初期化した API キーと同じアプリの API シークレット（Stream のダッシュボードに両方あります）を使い、Stream のサーバー SDK（createToken(user_id)）でバックエンドで作成してください。user_id はクライアントが接続するユーザーのものです。開発用トークンはアプリの認証チェックを無効にしている間だけ受け付けられます。',
  agora:
    'Agora が RTC トークン（JWT ではなく 006… や 007… で始まる AccessToken 文字列）を拒否しました。クライアントが参加に使う App ID と同じプロジェクトの App ID と App Certificate から、バックエンドで RtcTokenBuilder を使って作成してください。チャンネル名と uid（またはユーザーアカウント）はクライアントが参加するものと完全に同じにし、ロールも指定します。Agora コンソールの一時トークンは、作成したチャンネルでしか使えません。',
  'vonage-video':
    'Vonage Video（OpenTok）がトークンを拒否しました。クライアントの接続が拒否されたとき（1004）は、セッションを作ったのと同じ API キーとシークレット（または Vonage アプリケーション ID と秘密鍵）で、このセッション ID 向けのトークンをバックエンドでサーバー SDK の generateToken で生成し、クライアントに欠けずに渡してください（従来のトークンは T1== で始まります）。アカウントが有効かも確認してください。サーバー SDK 自身の REST 呼び出し（セッションの作成など）への 403 は、SDK がそれらの資格情報から署名する JWT の拒否です。SDK を作ったときの資格情報を確認してください。',
  'zoom-meeting-sdk':
    'Zoom が Meeting SDK の signature を拒否しました（3712）。Meeting SDK アプリの Client Secret でバックエンドで JWT に署名してください。appKey（または sdkKey）はその Client ID、mn は参加するミーティング番号、role は 0（参加者）か 1（ホスト）、iat は少し過去、exp と tokenExp は iat の30分以上後で48時間以内です。アプリで Meeting SDK が有効で、そのミーティングに参加できるアカウントのものである必要があります。',
  '100ms':
    '100ms が参加時に認証トークンを拒否しました（INIT 401）。トークンに含まれるアクセスキーのアプリシークレット（100ms ダッシュボード → Developer）で HS256 署名し、バックエンドで生成してください。access_key、room_id、user_id、role（そのルームのテンプレートにあるロール、大文字小文字を区別）、type "app"、version 2、jti、iat、nbf、exp を含めます。管理トークンは REST API 用で、参加には使えません。',
};

export const MEDIA_SDK_EXPIRED: Readonly<Record<string, string>> = {
  mux: 'Mux が署名付き再生トークンを期限切れとして拒否しました（設計上 403 で応答します）。プレーヤーの読み込み時にバックエンドで新しく署名し、視聴時間をまかなう有効期限にして、切れる前に新しい playback-token をプレーヤーに渡してください。exp を過ぎて開いたままのページは、次のリクエストでこの 403 になります。',
  twilio:
    'Twilio が Access Token を期限切れ、または有効期限が不正として拒否しました（20104。twilio-voice.js では 31205）。バックエンドで新しいトークンを発行し、古いものが切れる前に SDK に渡してください（twilio-voice.js では tokenWillExpire イベントで device.updateToken）。ttl は iat から最長24時間で、バックエンドの時計が正しい必要があります。exp が先すぎても同じ 20104 になります。',
  livekit:
    'LiveKit がアクセストークンを期限切れとして拒否しました。クライアントが接続する直前にバックエンドで発行し、接続（と再接続）までの時間をまかなう ttl にしてください。サーバー SDK の既定は6時間です。',
  stream:
    'Stream がユーザートークンを期限切れとして拒否しました（コード 40）。静的なトークンではなく、バックエンドから新しいトークンを取得するトークンプロバイダー（stream-chat-js の connectUser(user, tokenProvider)、Android・iOS SDK の TokenProvider）をクライアントに渡し、セッションをまかなう exp のトークンを発行してください。',
  agora:
    'Agora が RTC トークンを期限切れとして拒否しました。参加のたびにバックエンドで新しいトークンを作成し、有効期限はビルダーが期待する形で渡してください（新しいビルダーは秒数、古い privilegeExpiredTs は Unix 時刻。時刻の位置に秒数を渡すと、すでに過去になります）。token-privilege-will-expire イベントで renewToken を呼んで更新します。',
  'vonage-video':
    'Vonage Video がトークンを期限切れとして拒否しました（1004）。接続のたびにバックエンドで新しいトークンを生成してください。expireTime はエポックからの秒数（ミリ秒ではなく）で最長30日先、バックエンドの時計が正しい必要があります。',
  'zoom-meeting-sdk':
    'Zoom が Meeting SDK の signature を期限切れとして拒否しました。参加のたびにバックエンドで新しく署名し、iat は少し過去（時計を同期）、exp と tokenExp はその30分以上後で48時間以内にしてください。いずれもミリ秒ではなくエポック秒です。',
};

export const MEDIA_SDK_SIGNATURE: Readonly<Record<string, string>> = {
  twilio:
    'Twilio が Access Token の署名を検証できませんでした（20107、31202）。バックエンドが iss の API キーとは別のシークレットで署名したか、sub の Account SID とは別のアカウントの API キーを使っています。その API キーを作ったときに一度だけ表示されたシークレット（アカウントの Auth Token でも別のキーのものでもなく）で、同じアカウントで作ったキーを使って署名してください。シークレットが失われた場合は新しい API キーを作り、その SID とシークレットを組で使います。',
  stream:
    'Stream がユーザートークンの署名を検証できませんでした。クライアントが接続に使う API キー（メッセージにあります）のアプリの API シークレットで署名してください。別のアプリや環境のものではありません。Stream のダッシュボードでは各アプリのキーとシークレットが並んで表示されます。',
};

export const MEDIA_SDK_DENIED: Readonly<Record<string, string>> = {
  pubnub:
    'PubNub の Access Manager は auth キーまたはトークンを受け付けましたが、そのグラントがペイロードにあるチャンネルを含んでいません。サーバーからシークレットキーで、それらのチャンネル（またはチャンネルグループ）に read（subscribe）か write（publish）を付与し（grantToken、古い auth キーなら grant）、クライアントが subscribe・publish する前にそのトークンを設定してください（setToken、または authKey）。',
};

export const MEDIA_SDK_AUDIENCE: Readonly<Record<string, string>> = {
  mux: 'Mux のトークンは用途ごとに署名してください。aud は動画の playback-token なら v、thumbnail-token なら t、GIF なら g、storyboard-token なら s です（サーバー SDK の signPlaybackId の type オプションで設定されます）。ある用途のトークンは別の用途では拒否されます。',
};

export const MEDIA_SDK_LIFETIME: Readonly<Record<string, string>> = {
  twilio:
    'Twilio が Access Token の有効期間を長すぎるとして拒否しました（31207）。バックエンドで ttl を最長24時間（ヘルパーライブラリの ttl オプション、既定3,600秒）にして発行し、寿命の長いトークンを1つ作るのではなく、切れる前に更新してください（twilio-voice.js では tokenWillExpire で device.updateToken）。',
};

/** en/media-sdks.ts の mintedTokenExpired と同じ。 */
export function mintedTokenExpired(via: string, name: string): string {
  // Mux's playback token is signed with a signing key, not an API secret: its own words say so already.
  if (via === 'mux') return MEDIA_SDK_EXPIRED.mux as string;
  return `${name} が拒否したトークンは、それ自身の exp で期限切れです。クライアントが使う直前に、これまでどおり ${name} の API キーとシークレットでバックエンドで新しく発行し、保存したトークンを使い回すのではなく、切れる前にクライアントが次のトークンを取得するようにしてください（SDK のトークン更新の呼び出し）。`;
}
