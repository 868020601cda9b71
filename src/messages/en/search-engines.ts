/**
 * Steps for a search engine's refusal of its own tokens (engine/parse/verifier-messages/search-engines.ts, with its
 * sources): a Meilisearch tenant token is minted by the app from an API key, so a new one comes from the app, not an
 * identity provider. Null when `via` is no such engine.
 */
const EXPIRED: Readonly<Record<string, string>> = {
  // meilisearch.com/docs/learn/security/tenant_tokens (expiresAt; a token without one lives as long as its key).
  meilisearch:
    'Meilisearch refused the tenant token as past its exp: have the backend mint a new one (generateTenantToken with a key that still exists and has the search action) before the old one expires, and give the front end a way to fetch it again; the exp is the expiresAt the backend chose, and it cannot outlive the key’s own expiresAt.',
};

export function searchTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}
