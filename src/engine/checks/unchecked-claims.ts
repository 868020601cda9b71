import type { Context } from '../context.js';
import type { JsonObject } from '../token/decode.js';
import { snowflakeKeyPairJwt } from './snowflake-keypair.js';
import { supabaseProjectKey } from './supabase.js';

/**
 * Tokens whose receiver checks no audience (or no issuer) unless it is configured to: a missing aud or iss on them is
 * what they look like, not a fault. Each row is one receiver's documented default; the claims check asks here once
 * rather than keeping a copy per product. An expectation the user gave (--aud, --iss) is that configuration, and holds.
 */
export interface UncheckedClaims {
  aud: boolean;
  iss: boolean;
  /** A receiver that identifies no user by sub, whose tokens carry none. */
  sub: boolean;
}

/**
 * Meilisearch's tenant token: a JWT the app signs with an API key, whose claims are searchRules, apiKeyUid and an
 * optional exp (meilisearch/meilisearch crates/meilisearch/src/extractors/authentication/mod.rs, `Claims`, camelCase);
 * its validation sets no audience or issuer and names no user (tenant_token_validation). Its two claims are its own.
 */
function meilisearchTenantToken(claims: JsonObject): boolean {
  return typeof claims.apiKeyUid === 'string' && 'searchRules' in claims;
}

/**
 * etcd's JWT auth token: its claims are username, revision (the auth store's) and exp, signed with the key of
 * --auth-token jwt (etcd-io/etcd server/auth/jwt.go, assign and info: "username", "revision"); etcd checks no audience
 * or issuer and names the user by username. Read with etcd named in the paste, or one of its messages read from it
 * (parse/verifier-messages/data-planes.ts).
 */
function etcdAuthToken(ctx: Context, claims: JsonObject): boolean {
  if (typeof claims.username !== 'string' || typeof claims.revision !== 'number') return false;
  return ctx.hits.some((h) => h.hit.library === 'etcd') || ctx.lower.includes('etcd');
}

/**
 * Centrifugo's connection JWT: "By default, Centrifugo does not check JWT audience" and "By default, Centrifugo does
 * not check JWT issuer", unless `token_audience` / `token_issuer` are set (centrifugal.dev docs/server/
 * authentication.md, "aud" and "iss"). Its one required claim is sub, the user id (empty for an anonymous user).
 * Named by the product, its JS client, or one of its own messages read from the paste (parse/verifier-messages/
 * realtime.ts).
 */
const CENTRIFUGO_WORDS = ['centrifugo', 'centrifuge-js'] as const;

function centrifugoConnectionToken(ctx: Context, claims: JsonObject): boolean {
  if (typeof claims.sub !== 'string') return false;
  if (ctx.hits.some((h) => h.hit.library === 'centrifugo')) return true;
  return CENTRIFUGO_WORDS.some((w) => ctx.lower.includes(w));
}

/**
 * LiveKit's access token: signed with an API key's secret, its iss the API key and its grants in `video` (livekit/protocol
 * auth/grants.go ClaimGrants, `video`; auth/verifier.go checks the issuer and the time claims, no audience). Named by the
 * product or its server's own refusal (parse/verifier-messages/realtime.ts), and read only with its `video` grant.
 */
function livekitAccessToken(ctx: Context, claims: JsonObject): boolean {
  const video = claims.video;
  if (video === null || typeof video !== 'object' || Array.isArray(video)) return false;
  return ctx.hits.some((h) => h.hit.library === 'livekit') || ctx.lower.includes('livekit');
}

/**
 * An introspection endpoint's answer for an active token, pasted as JSON (RFC 7662 §2.2: `active` is REQUIRED, and `aud`,
 * `iss` and the other members are OPTIONAL): the authorization server's view of a token, which may leave out what the
 * token carries. Its missing aud, iss or sub says nothing of the token (rounds sample-31, review-31). Not claims decoded
 * from a token.
 */
function activeIntrospectionAnswer(ctx: Context, claims: JsonObject): boolean {
  return claims.active === true && ctx.token === null;
}

/**
 * Round audit-ax: Clerk's session token, whose `azp` (the frontend's origin) stands where an audience would, "Clerk
 * JWTs use AZP claim instead of Audience" (clerk/javascript packages/backend, authorizedParties; a session token's
 * default claims: azp, exp, iat, iss, nbf, sid, sub): no aud is what it looks like. Read by its `sess_` session id
 * with Clerk's issuer (`https://<slug>.clerk.accounts.dev`, or a production `https://clerk.<domain>`) or Clerk's own
 * words in the paste.
 */
export function clerkSessionToken(ctx: Context, claims: JsonObject): boolean {
  if (typeof claims.sid !== 'string' || !claims.sid.startsWith('sess_')) return false;
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  if (/^https:\/\/(?:[a-z0-9-]{1,63}\.clerk\.accounts\.dev|clerk\.[a-z0-9.-]{1,200})$/.test(iss)) return true;
  return ctx.hits.some((h) => h.hit.library === 'clerk');
}

const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Round audit-aq: tokens an app's backend mints for a video, voice or chat service with the product's API key and
 * secret, which that service alone checks, by its own claims and never an aud (nor, for all but Twilio's, an iss).
 * Twilio's Access Token: iss the API key SID (SK + 32 hex), sub the Account SID, its grants in `grants`
 * (twilio.com/docs/iam/access-tokens, "Anatomy of an Access Token"). Stream's user token: user_id alone, with Stream
 * named (getstream.io/chat/docs, "Tokens & Authentication"). 100ms's auth token: access_key, room_id, role and type
 * "app" (100ms.live docs, "Authentication and tokens"). The Zoom Meeting SDK's signature: appKey or sdkKey with mn or tokenExp
 * (developers.zoom.us/docs/meeting-sdk/auth). Daily's self-signed meeting token: r the room and d the domain ID
 * (docs.daily.co, meeting tokens). Mux's signed playback token: aud one of its one-letter kinds (v video, t
 * thumbnail, g gif, s storyboard, d DRM license) and sub the playback ID, signed with a Mux signing key
 * (mux.com/docs/guides/secure-video-playback), on a mux.com URL.
 *
 * Round left-hh: `sub` is set where the product names its user, or none, by claims of its own, so that a token without
 * sub is what it looks like: Stream's `user_id` (getstream.io/chat/docs, "Tokens & Authentication": "the token must
 * include the userID claim"), 100ms's `user_id` (its SDK reads room_id, user_id and role from the payload:
 * @100mslive/hms-video-store src/utils/jwt.ts), the Zoom Meeting SDK's appKey/sdkKey, mn, role, iat, exp, tokenExp
 * (developers.zoom.us/blog/create-sample-jwt-meeting-sdk: no user at all), Daily's `ud` user_id beside r and d
 * (docs.daily.co self-signing-tokens, "Token property abbreviations"). Twilio's and Mux's carry a sub of their own.
 */
function backendMintedMediaToken(ctx: Context, claims: JsonObject): UncheckedClaims | null {
  if (isObject(claims.grants) && typeof claims.iss === 'string' && /^SK[0-9a-fA-F]{32}$/.test(claims.iss))
    return { aud: true, iss: false, sub: false };
  if (typeof claims.user_id === 'string' && claims.iss === undefined && claims.aud === undefined) {
    const named =
      ctx.hits.some((h) => h.hit.library === 'stream') ||
      ctx.lower.includes('getstream') ||
      ctx.lower.includes('stream-chat');
    if (named) return { aud: true, iss: true, sub: true };
  }
  if (
    typeof claims.access_key === 'string' &&
    typeof claims.room_id === 'string' &&
    typeof claims.role === 'string' &&
    claims.type === 'app'
  )
    return { aud: true, iss: true, sub: true };
  if (
    (typeof claims.appKey === 'string' || typeof claims.sdkKey === 'string') &&
    (claims.mn !== undefined || claims.tokenExp !== undefined)
  )
    return { aud: true, iss: true, sub: true };
  // Daily's self-signed meeting token: r the room, d the domain ID (docs.daily.co, meeting tokens); two one-letter claims
  // are anyone's, so only with Daily's words or host in the paste.
  if (
    typeof claims.r === 'string' &&
    typeof claims.d === 'string' &&
    (ctx.hits.some((h) => h.hit.library === 'daily') || ctx.lower.includes('daily.co'))
  )
    return { aud: true, iss: true, sub: true };
  if (
    typeof claims.aud === 'string' &&
    /^[vtgsd]$/.test(claims.aud) &&
    typeof claims.sub === 'string' &&
    ctx.lower.includes('mux.com')
  )
    return { aud: false, iss: true, sub: false };
  return null;
}

export function uncheckedClaims(ctx: Context, claims: JsonObject): UncheckedClaims {
  const noAudExpected = ctx.expected.audiences.length === 0;
  const noIssExpected = ctx.expected.issuers.length === 0;
  const centrifugo = centrifugoConnectionToken(ctx, claims);
  const ownClaimsOnly = meilisearchTenantToken(claims) || etcdAuthToken(ctx, claims);
  const introspected = activeIntrospectionAnswer(ctx, claims);
  const aud =
    (noAudExpected && centrifugo) ||
    // A Supabase project key has no aud by design, and Supabase's verifiers check none on it.
    (noAudExpected && supabaseProjectKey(claims) !== null) ||
    // Nor has Snowflake's key-pair JWT, which the client signs for Snowflake alone.
    (noAudExpected && snowflakeKeyPairJwt(claims)) ||
    (noAudExpected && livekitAccessToken(ctx, claims)) ||
    // A platform whose caller signs its own JWT and that names no audience (APNs, a GitHub App) checks none.
    (ctx.selfSigned !== null && ctx.selfSigned.audience === undefined) ||
    (noAudExpected && (ownClaimsOnly || introspected)) ||
    // Clerk's verifier compares azp: an expectation read from its azp refusal names no aud either.
    ((noAudExpected || ctx.hits.some((h) => h.hit.library === 'clerk')) && clerkSessionToken(ctx, claims));
  const media = backendMintedMediaToken(ctx, claims);
  return {
    aud: aud || (noAudExpected && media?.aud === true),
    iss: noIssExpected && (centrifugo || ownClaimsOnly || introspected || media?.iss === true),
    // RFC 7662 §2.2 makes sub OPTIONAL in an introspection answer as it does aud and iss.
    sub: ownClaimsOnly || introspected || media?.sub === true,
  };
}
