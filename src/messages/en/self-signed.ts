/**
 * Words for a JWT the caller signs itself for a platform that holds it to its own rules (engine/checks/
 * platform-limits.ts, each rule's doc beside it): the platform named, its rule said against the decoded claims, and the
 * step that fixes the minting code. Kept apart from findings.ts so that file stays one entry per code.
 */
import type { SelfSignedPlatform } from '../../engine/checks/platform-limits.js';
import type { Format } from '../catalogue.js';

/** Seconds as they are under two hours, where a platform's limit sits and a few seconds decide. */
const secs = (n: number, f: Format) => (n < 7200 ? `${n} s` : f.duration(n));

export const PLATFORM_NAME: Record<SelfSignedPlatform, string> = {
  apns: 'APNs',
  'app-store-connect': 'the App Store Connect API',
  'sign-in-with-apple': 'Sign in with Apple',
  'github-app': 'GitHub (a GitHub App’s JWT)',
  okta: 'Okta (a client assertion)',
  'google-oauth': 'Google’s token endpoint (a service account’s JWT)',
  box: 'Box (its JWT grant)',
};

/** What the platform's rule is, said after "the token". */
const RULE: Record<SelfSignedPlatform, string> = {
  apns: 'APNs refuses a provider token whose iat is more than an hour old (ExpiredProviderToken)',
  'app-store-connect': 'the App Store Connect API refuses a token whose exp is more than 20 minutes ahead',
  'sign-in-with-apple': 'Apple refuses a client_secret whose exp is more than 6 months (15777000 seconds) ahead',
  'github-app': 'GitHub refuses an App’s JWT whose exp is more than 10 minutes ahead of its own clock',
  okta: 'Okta refuses a client assertion whose exp is an hour or more ahead',
  'google-oauth': 'Google refuses a service account’s JWT whose exp is more than 60 minutes after its iat',
  box: 'Box refuses a JWT assertion whose exp is more than 60 seconds ahead',
};

/** The step that fixes the code that mints the platform's JWT. */
export const PLATFORM_STEP: Record<SelfSignedPlatform, string> = {
  apns: 'Mint a new provider token at least every 60 minutes, and not more often than every 20 (APNs answers TooManyProviderTokenUpdates): cache one token per key and team, shared by every connection and process, and sign it from a synced clock (NTP).',
  'app-store-connect':
    'Mint a new token for each batch of requests with exp at most 20 minutes after iat (19 leaves room for clock drift), aud "appstoreconnect-v1", ES256 with the .p8 key, kid = the key’s ID and iss = the issuer ID (App Store Connect → Users and Access → Integrations); an individual key takes sub "user" instead of iss.',
  'sign-in-with-apple':
    'Sign a new client_secret with exp at most 6 months (15777000 s) after iat, aud "https://appleid.apple.com", iss = your Team ID, sub = the Services ID sent as client_id, ES256 with kid = the Sign in with Apple key’s ID; regenerate it before it expires.',
  'github-app':
    'Sign the App’s JWT with iat 60 seconds in the past and exp at most 10 minutes after now (9 leaves room for drift), iss = the App’s client ID or app ID, RS256 with the App’s own private key; sync the signing machine’s clock (NTP).',
  okta: 'Sign the client assertion with exp under an hour after iat (5 minutes is plenty: a new one per token request), iss = sub = the client ID, aud = the token endpoint’s URL; sync the clock.',
  'google-oauth':
    'Sign the assertion with exp at most 60 minutes after iat (the client libraries use 3600 s from a synced clock), iss = the service account’s client_email, aud = https://oauth2.googleapis.com/token.',
  box: 'Sign the assertion with exp under 60 seconds after now (30 is Box’s sample), from a synced clock (NTP), aud "https://api.box.com/oauth2/token", and a new jti each time.',
};

/** time.long-lifetime's detail under a platform's cap. */
export function platformLifetimeDetail(
  p: SelfSignedPlatform,
  limit: number,
  ttl: number | null,
  fromNow: number | undefined,
  f: Format,
): string {
  const measured =
    fromNow !== undefined
      ? `exp is ${secs(fromNow, f)} after the reference time (the server’s clock)${ttl === null ? '' : `, though only ${secs(ttl, f)} after iat: the signing machine’s clock runs ahead`}`
      : ttl === null
        ? 'exp is too far ahead'
        : `exp − iat is ${secs(ttl, f)}`;
  return `${RULE[p]}: ${measured}, over the ${secs(limit, f)} allowed.`;
}

/** time.expired's detail for a platform that refuses a token issued too long ago (APNs). */
export function platformAgeDetail(p: SelfSignedPlatform, iat: number, limit: number, f: Format): string {
  return `${RULE[p]}: iat is ${f.iso(iat)}, more than ${secs(limit, f)} before the reference time. The token has no exp; the platform counts from iat.`;
}

/** Said after an expected value when the platform's rule, not the paste, names it. */
export const platformExpects = (p: SelfSignedPlatform | undefined) =>
  p === undefined ? '' : ` (${PLATFORM_NAME[p]} requires it of the JWT its caller signs)`;

/** time.expired's title for a token older than the platform accepts. */
export const PLATFORM_AGE_TITLE = (ago: number | null, f: Format) =>
  ago === null
    ? 'The token is older than the platform accepts'
    : `The token went stale ${f.relative(-ago)}: older than the platform accepts`;

/** time.long-lifetime's title when only the platform's words say exp is too far ahead. */
export const PLATFORM_LIFETIME_TITLE = (p: SelfSignedPlatform, fromNow: number | undefined, f: Format) =>
  `exp is ${fromNow === undefined ? 'further' : secs(fromNow, f)} ahead: more than ${PLATFORM_NAME[p]} allows`;

/** alg.not-allowed's detail under the platform's rule. */
export const PLATFORM_ALG_DETAIL = (p: SelfSignedPlatform, alg: string | null, allowed: readonly string[]) =>
  `${PLATFORM_NAME[p]} accepts only ${allowed.join(', ')} for the JWT its caller signs; this one is ${alg ?? 'without an alg'}.`;

/** signature.invalid's first step when the platform could not verify the JWT its caller signed: which key it is. */
export const PLATFORM_KEY_STEP: Record<SelfSignedPlatform, string> = {
  apns: 'Check the provider token’s header and claims against the Apple Developer account: kid = the Key ID of the .p8 key (its file is AuthKey_<KeyID>.p8), iss = the Team ID (Membership details), the key not revoked (Certificates, Identifiers & Profiles → Keys), and the key enabled for APNs.',
  'app-store-connect':
    'Check kid = the API key’s ID and iss = the issuer ID (App Store Connect → Users and Access → Integrations), that the .p8 file is that key’s, and that the key is not revoked.',
  'sign-in-with-apple':
    'Check kid = the Sign in with Apple key’s ID, iss = the Team ID, sub = the Services ID sent as client_id, and that the .p8 file is that key’s.',
  'github-app':
    'Check that the app ID or client ID (iss) and the private key belong to the same GitHub App (a dev and a prod App mixed up is the usual cause), that the key is not deleted in the App’s settings, and that the PEM was read whole (newlines kept).',
  okta: 'Check that the public key Okta holds for the client (its JWKS, matched by kid) is the pair of the key the assertion is signed with.',
  'google-oauth':
    'Check that the key file’s private_key_id is a key the service account still has (gcloud iam service-accounts keys list).',
  box: 'Check that the public key uploaded to the Box app (its ID in the assertion’s kid) is the pair of the private key used.',
};
