import type { JsonObject } from '../token/decode.js';

/**
 * Platforms whose caller signs its own short-lived JWT with a private key and sends it as the credential or as a client
 * assertion. Each refuses a token that RFC 7519 would accept: its own window, audience and algorithm, from its own docs.
 * When the paste names the platform and shows such a JWT, checks/time.ts, checks/alg.ts and the audience expectation
 * (build-context.ts) hold the decoded claims against these rules instead of the generic ones.
 */
export type SelfSignedPlatform =
  | 'apns'
  | 'app-store-connect'
  | 'sign-in-with-apple'
  | 'github-app'
  | 'okta'
  | 'google-oauth'
  | 'box';

export interface PlatformLimits {
  readonly id: SelfSignedPlatform;
  /** Lower-case fixed strings only this platform's replies, hosts or clients carry: any one names it. */
  readonly words: readonly string[];
  /** Whether the decoded claims are the JWT the caller signed for it (not an ID token the platform issued). */
  readonly minted: (claims: JsonObject) => boolean;
  /** The most exp may be after iat (or after now, by the platform's clock), in seconds. */
  readonly maxLifetimeSeconds?: number;
  /** The oldest iat accepted, in seconds before now: APNs refuses a provider token issued over an hour ago. */
  readonly maxAgeSeconds?: number;
  readonly audience?: string;
  readonly alg?: string;
}

const noAud = (c: JsonObject): boolean => c.aud === undefined;
const stringIss = (c: JsonObject): boolean => typeof c.iss === 'string';
/**
 * aud as text: a string, or an array's string members joined. Never String() on a claim: a nested array's toString
 * recurses once per level (a token whose aud nests 20,000 deep overflows the stack; test/engine/robustness.test.ts).
 */
const audText = (c: JsonObject): string =>
  typeof c.aud === 'string'
    ? c.aud
    : Array.isArray(c.aud)
      ? c.aud.filter((a): a is string => typeof a === 'string').join(',')
      : '';
/** A token Apple issued (a Sign in with Apple ID token), not one signed for Apple. */
const appleIssued = (c: JsonObject): boolean =>
  typeof c.iss === 'string' && c.iss.startsWith('https://appleid.apple.com');
/** An Apple Developer Team ID: ten upper-case letters and digits (the client_secret's iss). */
const TEAM_ID = /^[A-Z0-9]{10}$/;

export const PLATFORM_LIMITS: readonly PlatformLimits[] = [
  // developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns: "APNs supports
  // only provider authentication tokens that are signed with the ES256 algorithm" (quoted in node-apn/node-apn#477);
  // "If the timestamp for token issue is not within the last hour, APNs rejects subsequent push messages, returning an
  // ExpiredProviderToken (403) error" (quoted in edamov/pushok#125). The token has iss (Team ID) and iat, no exp.
  {
    id: 'apns',
    words: ['providertoken', 'api.push.apple.com', 'api.sandbox.push.apple.com', 'api.development.push.apple.com'],
    minted: (c) => noAud(c) && stringIss(c),
    maxAgeSeconds: 3600,
    alg: 'ES256',
  },
  // developer.apple.com/documentation/appstoreconnectapi/generating-tokens-for-api-requests: aud "appstoreconnect-v1",
  // ES256 with the .p8 key, "Tokens that expire more than 20 minutes into the future are not valid" except the
  // scoped long-lived ones (codemagic-ci-cd/cli-tools#176: "up to 20 minutes in case scope is not specified").
  {
    id: 'app-store-connect',
    words: ['api.appstoreconnect.apple.com', 'api-generating-tokens', 'appstoreconnect-v1'],
    minted: (c) =>
      c.scope === undefined && (c.aud === undefined || audText(c).includes('appstoreconnect')) && !appleIssued(c),
    maxLifetimeSeconds: 20 * 60,
    audience: 'appstoreconnect-v1',
    alg: 'ES256',
  },
  // developer.apple.com/documentation/accountorganizationaldatasharing/creating-a-client-secret: the client_secret JWT
  // has aud "https://appleid.apple.com", sub the Services ID, and an exp "not greater than 15777000 (6 months in
  // seconds)"; mikebronner/laravel-sign-in-with-apple#9 was refused with invalid_client for a longer one. Apple's own ID
  // tokens have iss https://appleid.apple.com and are not held to it.
  {
    id: 'sign-in-with-apple',
    words: ['appleid.apple.com'],
    minted: (c) =>
      typeof c.sub === 'string' &&
      stringIss(c) &&
      !appleIssued(c) &&
      (audText(c).includes('appleid.apple.com') || (typeof c.iss === 'string' && TEAM_ID.test(c.iss))),
    maxLifetimeSeconds: 15_777_000,
    audience: 'https://appleid.apple.com',
    alg: 'ES256',
  },
  // docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-
  // github-app: iat "60 seconds in the past", exp "no more than 10 minutes into the future", alg RS256, iss the App's
  // client ID or app ID. GitHub's words for each: probot/probot#1258, sigmavirus24/github3.py#1050.
  {
    id: 'github-app',
    words: [
      "'expiration time' claim",
      "'issued at' claim",
      'a json web token could not be decoded',
      'api.github.com/app',
      '/app/installations',
      'create-github-app-token',
    ],
    minted: noAud,
    maxLifetimeSeconds: 10 * 60,
    alg: 'RS256',
  },
  // developer.okta.com/docs/api/openapi/okta-oauth/guides/client-auth/: the client_assertion's exp at most one hour ahead,
  // refused as "The client_assertion token has an expiration too far into the future." (okta/okta-sdk-golang#573, an
  // exp of exactly one hour and a clock a second ahead). A client assertion has iss = sub = the client id (RFC 7523 §3).
  {
    id: 'okta',
    words: ['client_assertion token has an expiration', '.okta.com/oauth2/', '.oktapreview.com/oauth2/'],
    minted: (c) => stringIss(c) && c.iss === c.sub,
    maxLifetimeSeconds: 60 * 60,
  },
  // developers.google.com/identity/protocols/oauth2/service-account: the assertion's exp "has a maximum of 1 hour after
  // the issued time"; refused as "Invalid JWT: Token must be a short-lived token (60 minutes) …" (fastlane/fastlane#14972).
  {
    id: 'google-oauth',
    words: ['oauth2.googleapis.com/token', 'invalid jwt: token must be a short-lived token'],
    minted: (c) => typeof c.iss === 'string' && c.iss.endsWith('.gserviceaccount.com'),
    maxLifetimeSeconds: 60 * 60,
  },
  // developer.box.com/guides/authentication/jwt/without-sdk/: aud "https://api.box.com/oauth2/token" and an exp under 60
  // seconds ahead, refused as "Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds
  // beyond the issue time." (cburnette/boxr#69). Its assertion carries box_sub_type.
  {
    id: 'box',
    words: ['api.box.com/oauth2/token', "please check the 'exp' claim"],
    minted: (c) => c.box_sub_type !== undefined,
    maxLifetimeSeconds: 60,
    audience: 'https://api.box.com/oauth2/token',
  },
];

/**
 * The platform the paste names whose self-signed JWT these claims are, or null. Only a paste holding claims pays for
 * it, and only for the platforms those claims could be minted for: `minted` reads a claim or two, where the words are
 * one pass over the paste each (~20 of them, ~2.6 µs a diagnosis on the examples before they were asked last; round
 * perf-i). The first platform that matches wins.
 */
export function selfSignedPlatform(lower: string, claims: JsonObject | null): PlatformLimits | null {
  if (claims === null) return null;
  for (const p of PLATFORM_LIMITS) {
    if (p.minted(claims) && p.words.some((w) => lower.includes(w))) return p;
  }
  return null;
}

/**
 * The platform the paste's words name, whatever the token (or with none pasted): for a refusal whose step is the
 * platform's minting rule (an invalid_client from Apple's or Okta's token endpoint).
 */
export function platformInWords(lower: string): PlatformLimits | null {
  for (const p of PLATFORM_LIMITS) if (p.words.some((w) => lower.includes(w))) return p;
  return null;
}

/** The platform a verifier row names by its `platform:<id>` reason (parse/verifier-messages/self-signed.ts). */
export function platformNamed(reason: string | undefined): PlatformLimits | null {
  if (reason === undefined || !reason.startsWith('platform:')) return null;
  const id = reason.slice('platform:'.length);
  return PLATFORM_LIMITS.find((p) => p.id === id) ?? null;
}

/**
 * What Entra ID's AADSTS700027 ("Client assertion contains an invalid signature. [Reason - …]") says of the key, from
 * the words after it: "The key was not found." or "The key used is expired." (MSAL's and ASR's prints).
 */
export function assertionKeyReason(after: string): 'not-found' | 'expired' | 'signature' {
  const a = after.slice(0, 120).toLowerCase();
  return a.includes('key was not found') ? 'not-found' : a.includes('key used is expired') ? 'expired' : 'signature';
}
