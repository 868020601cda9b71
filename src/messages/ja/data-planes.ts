/** en/data-planes.ts と同じ（出典は engine/parse/verifier-messages/search-engines.ts と services.ts）。それ以外の `via` では null。 */
const EXPIRED: Readonly<Record<string, string>> = {
  meilisearch:
    'Meilisearch がテナントトークンを exp 切れとして拒否しました。バックエンドで新しいトークンを発行し（まだ存在し search の操作を持つキーで generateTenantToken）、古いトークンが切れる前にフロントエンドが取り直せるようにしてください。exp はバックエンドが選んだ expiresAt で、キー自身の expiresAt より長くはできません。',
  nats: 'クライアントの資格情報にあるユーザー JWT が exp を過ぎた（"account authentication expired" ならアカウントの JWT が過ぎた）ため、NATS サーバーが接続を閉じました。新しいユーザー JWT を発行し（nsc edit user … --expiry のあと nsc generate creds、または JWT を発行する auth callout サービス）、クライアントに渡してください。再接続のたびに .creds ファイルを読み直すクライアント（nats.go の UserCredentials）なら、再起動せずに新しいファイルを使います。',
};

export function dataPlaneTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}
