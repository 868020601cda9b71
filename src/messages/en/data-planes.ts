/**
 * Steps for a data plane's refusal of its own expired token (engine/parse/verifier-messages/search-engines.ts and
 * services.ts, with their sources): a Meilisearch tenant token is minted by the app from an API key, a NATS user JWT
 * by the account's signing key, so a new one comes from there, not an identity provider. Null for any other `via`.
 */
const EXPIRED: Readonly<Record<string, string>> = {
  // meilisearch.com/docs/learn/security/tenant_tokens (expiresAt; a token without one lives as long as its key).
  meilisearch:
    'Meilisearch refused the tenant token as past its exp: have the backend mint a new one (generateTenantToken with a key that still exists and has the search action) before the old one expires, and give the front end a way to fetch it again; the exp is the expiresAt the backend chose, and it cannot outlive the key’s own expiresAt.',
  // docs.nats.io, JWT authentication (nsc edit user --expiry; a .creds file holds the user JWT and its nkey seed).
  nats: 'The NATS server closed the connection because the user JWT in the client’s credentials passed its exp (or its account’s did, for "account authentication expired"): issue a new user JWT (nsc edit user … --expiry, then nsc generate creds, or the auth callout service that mints them) and give it to the client; a client that reads a .creds file again when it reconnects (nats.go’s UserCredentials) picks up the new file without a restart.',
};

export function dataPlaneTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}
