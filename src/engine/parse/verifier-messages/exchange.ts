/**
 * Exchange Server's OAuth refusals (on-premises Exchange in a hybrid with Microsoft 365: Outlook for iOS and Android,
 * free/busy, Teams), written into the 401's `x-ms-diagnostics` header or an Availability log line as
 * `2000003;reason="…";error_category="invalid_resource"`. The reasons are Exchange's OAuthErrors descriptions, as
 * Microsoft Learn quotes them: "Using hybrid Modern Authentication with Outlook for iOS and Android" (a Fiddler trace,
 * "The hostname component of the audience claim value is invalid. Expected 'https://mail.contoso.com'. Actual
 * 'http://mail.contoso.com'."), "Resolve free/busy errors" (the same reason as a heading) and Exchange forum captures
 * ("2000003;reason="The audience claim value is invalid 'aud'."", "2000009;reason="The issuer of the token is unknown.
 * Issuer was '00000001-…@<tenant>'.";error_category="invalid_issuer"").
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { compact, family } from './matcher.js';

const exchange = family('exchange-oauth');

/** "… Expected 'E'. Actual 'A'." (UnexpectedHostNameInAudience) or "… invalid 'A'." (InvalidAudience). */
function audienceValues(f: Fragment): Reading {
  const rest = f.after(700);
  const pair = /^\.\s{0,4}Expected '([^'\n]{1,300})'\.\s{0,4}Actual '([^'\n]{1,300})'\.?/.exec(rest);
  if (pair !== null)
    return { args: { expected: [pair[1] as string], actual: pair[2] as string }, extend: pair[0].length };
  const one = /^ '([^'\n]{1,300})'\.?/.exec(rest);
  return one === null ? {} : { args: compact({ actual: one[1] }), extend: one[0].length };
}

/** "The issuer of the token is unknown. Issuer was 'I'." */
function issuerValue(f: Fragment): Reading {
  const m = /^ '([^'\n]{1,300})'\.?/.exec(f.after(400));
  return m === null ? {} : { args: compact({ actual: m[1] }), extend: m[0].length };
}

export const EXCHANGE: readonly Matcher[] = [
  // InvalidAudience and UnexpectedHostNameInAudience ("The hostname component of the audience claim value is
  // invalid"): the token was minted for another URL of the server (http:// behind a TLS-offloading load balancer, a
  // namespace missing from the service principal's names).
  exchange('InvalidAudience', 'claim.aud-mismatch', 'audience claim value is invalid', { read: audienceValues }),
  exchange('NoConfiguredIssuerMatched', 'claim.iss-mismatch', 'The issuer of the token is unknown. Issuer was', {
    read: issuerValue,
  }),
];
