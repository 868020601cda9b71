/**
 * Search engines refusing the key, or the token derived from a key, a client or a browser sent them: Meilisearch's API
 * keys and tenant tokens (a JWT signed with an API key, naming it by its apiKeyUid), Typesense's API keys and scoped
 * search keys, Algolia's API keys and secured API keys. Their keys are their own, looked up or recomputed by the
 * engine, so each row names the engine that said it and the steps ask about that key, not an identity provider's.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear, textBefore } from './matcher.js';

const meilisearch = family('meilisearch');
const typesense = family('typesense');
const algolia = family('algolia');

/** "The provided API key is invalid." is anyone's sentence: Meilisearch's only with its name near (its SDKs' MeiliSearchApiError, its docs' link). */
const MEILI_NEAR = namedNear(1500, 1500, 'meili');

/**
 * Meilisearch's "Tenant token expired. Was valid up to `{exp}` and we're now `{now}`.": the token's exp and the
 * engine's clock, both epoch seconds.
 */
function tenantTokenTimes(f: Fragment): Reading | null {
  const m = /^(\d{9,11})` and we're now `(\d{9,11})`/.exec(f.after(64));
  return m === null ? {} : { args: { at: m[1] as string, now: m[2] as string }, extend: m[0].length };
}

/**
 * Meilisearch's "Could not decode tenant token, {0}." names jsonwebtoken's ErrorKind (its From<jsonwebtoken::errors::
 * Error>): InvalidSignature, a token not signed with the key its apiKeyUid names, and InvalidAlgorithm are read by
 * jsonwebtoken's own rows (rust.ts), which say what failed; any other kind is a token it could not read.
 */
function tenantTokenDecode(f: Fragment): Reading | null {
  return /^Invalid(?:Signature|Algorithm)/.test(f.after(20)) ? null : {};
}

/** Meilisearch's own messages, each read by its row: its error code's link after one of them adds nothing. */
const MEILI_MESSAGE =
  /Tenant token expired|cannot acces the|The provided (?:API key|tenant token) is invalid|Could not decode tenant token/;

export const SEARCH_ENGINES: readonly Matcher[] = [
  // Meilisearch's AuthError (meilisearch/meilisearch crates/meilisearch/src/extractors/authentication/mod.rs), every one
  // answered as invalid_api_key, 403: a tenant token past its exp, "Tenant token expired. Was valid up to `{exp}` and
  // we're now `{now}`."; a key or tenant token it cannot match to a key it holds, or a key without the action, "The
  // provided API key is invalid." (meilisearch/meilisearch#2638 and #2554, meilisearch/meilisearch-js#1531: a tenant
  // token used outside search, or signed with a key's uid instead of the key); a tenant token whose apiKeyUid names no
  // key, "The provided tenant token is invalid."; one signed with another key, "Could not decode tenant token, …".
  meilisearch('tenant-token-expired', 'time.expired', 'Tenant token expired. Was valid up to `', {
    exactCase: true,
    read: tenantTokenTimes,
  }),
  meilisearch('invalid-api-key', 'challenge.invalid-token', 'The provided API key is invalid.', {
    exactCase: true,
    read: MEILI_NEAR,
  }),
  // …and its error code's link alone, as its SDKs print the error's cause without the message (meilisearch/meilisearch
  // #2638: "{ code: 'invalid_api_key', type: 'auth', link: 'https://docs.meilisearch.com/errors#invalid_api_key',
  // httpStatus: 403 }"), the same refusal.
  meilisearch('invalid-api-key-link', 'challenge.invalid-token', 'meilisearch.com/errors#invalid_api_key', {
    read: (f) => (MEILI_MESSAGE.test(textBefore(f, 600)) ? null : {}),
  }),
  meilisearch('invalid-tenant-token', 'challenge.invalid-token', 'The provided tenant token is invalid.', {
    exactCase: true,
    read: MEILI_NEAR,
  }),
  meilisearch('decode-tenant-token', 'challenge.invalid-token', 'Could not decode tenant token, ', {
    exactCase: true,
    read: tenantTokenDecode,
  }),
  // …and no Authorization header at all, missing_authorization_header with 401 (meilisearch/meilisearch-swift#251,
  // laravel/scout#593, karakeep-app/karakeep#44: "The Authorization header is missing. It must use the bearer
  // authorization method.").
  meilisearch(
    'missing-authorization-header',
    'token.missing',
    'The Authorization header is missing. It must use the bearer authorization method.',
    { exactCase: true },
  ),
  // …and a key or tenant token it accepted, refused the index asked for: the tenant token's searchRules, the key that
  // signed it, or the key itself do not cover it (the same AuthError; its tenant-token tests: "The provided tenant
  // token cannot acces the index `dog`, allowed indexes are [\"catto\", \"doggo\"]."). Meilisearch's own spelling.
  meilisearch('tenant-token-index', 'policy.deny', 'The provided tenant token cannot acces the index', {
    exactCase: true,
  }),
  meilisearch(
    'tenant-token-key-index',
    'policy.deny',
    'The API key used to generate this tenant token cannot acces the',
    {
      exactCase: true,
    },
  ),
  meilisearch('api-key-index', 'policy.deny', 'The API key cannot acces the index', { exactCase: true }),

  // Typesense answers a request whose x-typesense-api-key it does not accept (none, a key it does not hold, a key
  // without the action, a scoped search key past its expires_at or made from a parent key with more than
  // documents:search) with 401 "Forbidden - a valid `x-typesense-api-key` header must be sent." (typesense/typesense#80
  // and #476, typesense/typesense-js#70: the same words for a bad key as for none; typesense/typesense-js#341, a scoped
  // search key).
  typesense(
    'forbidden-api-key',
    'challenge.invalid-token',
    'Forbidden - a valid `x-typesense-api-key` header must be sent',
    {
      exactCase: true,
    },
  ),

  // Algolia answers an application ID and API key it does not accept together with 403 {"message":"Invalid
  // Application-ID or API key","status":403} (algolia/docsearch#1261; algolia/algoliasearch-client-javascript#594 and
  // #1157, a browser extension rewriting x-algolia-application-id; #1492, a secured API key generated from the Admin
  // API key; w3bdesign/wp-algolia-woo-indexer#175, the PHP client's BadRequestException).
  algolia('invalid-app-id-or-key', 'challenge.invalid-token', 'Invalid Application-ID or API key', { exactCase: true }),
];
