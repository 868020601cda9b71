/** en/search-engines.ts と同じ（出典は engine/parse/verifier-messages/search-engines.ts）。`via` がそのようなエンジンでなければ null。 */
const EXPIRED: Readonly<Record<string, string>> = {
  meilisearch:
    'Meilisearch がテナントトークンを exp 切れとして拒否しました。バックエンドで新しいトークンを発行し（まだ存在し search の操作を持つキーで generateTenantToken）、古いトークンが切れる前にフロントエンドが取り直せるようにしてください。exp はバックエンドが選んだ expiresAt で、キー自身の expiresAt より長くはできません。',
};

export function searchTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}
