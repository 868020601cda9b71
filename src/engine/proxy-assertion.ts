/**
 * The JWT an identity-aware proxy signs for the application behind it, which that application verifies: its audience
 * is set by the proxy from its own configuration, so the fix of a mismatch is the backend's expectation, not a token
 * request. Known by the header the proxy sends it in or by its issuer:
 * - Google's Identity-Aware Proxy: `x-goog-iap-jwt-assertion`, iss `https://cloud.google.com/iap`, aud
 *   `/projects/<project number>/global/backendServices/<service id>` behind a load balancer (Compute Engine, GKE, Cloud
 *   Run through a serverless NEG) or `/projects/<project number>/apps/<project id>` on App Engine
 *   (cloud.google.com/iap/docs/signed-headers-howto). No other issuer mints those audiences, so either on the token or
 *   in the verifier's expectation says the token is IAP's.
 * - Cloudflare Access: `Cf-Access-Jwt-Assertion` (and the CF_Authorization cookie), iss `https://<team>.cloudflareaccess.com`,
 *   aud the Access application's AUD tag (developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/
 *   validating-json/).
 * - AWS Verified Access: `x-amzn-ava-user-context`, its JWS header's `signer` the Verified Access instance's ARN
 *   (docs.aws.amazon.com/verified-access/latest/ug/user-claims-passing.html).
 * - Teleport's application access: `Teleport-Jwt-Assertion`, aud the application's URI (gravitational/teleport RFD 8,
 *   #4635: "aud: Audience of JWT. This is the URI of the proxied application"), keys at the proxy's
 *   /.well-known/jwks.json (#20289).
 */
import type { ProxyAssertion } from './args.js';
import { isVerifiedAccessUserClaims } from './checks/token-type.js';
import type { Context } from './context.js';

const IAP_AUDIENCE = /^\/projects\/\d{1,20}\/(?:global\/backendServices\/\d{1,25}|apps\/[a-z][a-z0-9:.-]{0,62})$/;
const IAP_ISSUER = 'https://cloud.google.com/iap';
const ACCESS_ISSUER = /^https:\/\/[a-z0-9-]{1,63}\.cloudflareaccess\.com\/?$/;

const BY_HEADER: Readonly<Record<string, ProxyAssertion>> = {
  'x-amzn-ava-user-context': 'aws-verified-access',
  'x-goog-iap-jwt-assertion': 'google-iap',
  'cf-access-jwt-assertion': 'cloudflare-access',
  'teleport-jwt-assertion': 'teleport',
};

/** Whether an audience compared is of Identity-Aware Proxy's forms. */
export function iapAudience(aud: readonly string[], expected: readonly string[]): boolean {
  return aud.some((v) => IAP_AUDIENCE.test(v)) || expected.some((v) => IAP_AUDIENCE.test(v));
}

/** The proxy whose assertion the paste's token is (its issuer, the request's header, an aud of IAP's forms), or none. */
export function proxyAssertionOf(ctx: Context): { assertion: ProxyAssertion } | Record<string, never> {
  const aud = ctx.presentClaims?.aud;
  const auds = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((v) => typeof v === 'string') : [];
  return proxyAssertion(ctx, auds, []);
}

/** The proxy whose assertion the compared audiences are, or null: by the token's issuer, the request's header, IAP's forms. */
export function proxyAssertion(
  ctx: Context,
  aud: readonly string[],
  expected: readonly string[],
): { assertion: ProxyAssertion } | Record<string, never> {
  const iss = ctx.presentClaims?.iss;
  if (iss === IAP_ISSUER || iapAudience(aud, expected)) return { assertion: 'google-iap' };
  if (isVerifiedAccessUserClaims(ctx.header)) return { assertion: 'aws-verified-access' };
  if (typeof iss === 'string' && ACCESS_ISSUER.test(iss)) return { assertion: 'cloudflare-access' };
  for (const h of ctx.http.headers) {
    if (h.side === 'response') continue;
    const by = BY_HEADER[h.name];
    // The header says whose assertion it carries, unless the token's own iss names another issuer than that proxy's
    // (an IdP's token put in the header by hand is no assertion the proxy signed). Teleport's iss is its cluster's name.
    if (by === undefined || (typeof iss === 'string' && by !== 'teleport')) continue;
    return { assertion: by };
  }
  return {};
}
