/**
 * The audiences Identity-Aware Proxy gives the assertion it signs for the application behind it
 * (`x-goog-iap-jwt-assertion`; cloud.google.com/iap/docs/signed-headers-howto): `/projects/<project number>/global/
 * backendServices/<service id>` behind a load balancer (Compute Engine, GKE, Cloud Run through a serverless NEG),
 * `/projects/<project number>/apps/<project id>` on App Engine. No other issuer mints them, so either on the token or
 * in the verifier's expectation says the token is IAP's and the audience is the protected resource's, which IAP sets.
 */
const IAP_AUDIENCE = /^\/projects\/\d{1,20}\/(?:global\/backendServices\/\d{1,25}|apps\/[a-z][a-z0-9:.-]{0,62})$/;

/** Whether an audience compared is of Identity-Aware Proxy's forms. */
export function iapAudience(a: { aud: readonly string[]; expected: readonly string[] }): boolean {
  return a.aud.some((v) => IAP_AUDIENCE.test(v)) || a.expected.some((v) => IAP_AUDIENCE.test(v));
}
