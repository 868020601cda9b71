import type { JwtAssertionProblem } from '../args.js';

/**
 * Google's token endpoint refusing the JWT a client signed with a service-account key to get an access token (the
 * RFC 7523 jwt-bearer grant), each in its own words: "Invalid JWT Signature." (the key was deleted, disabled or rotated,
 * or the key file's client_email is not the key's account: google-github-actions/setup-gcloud#76,
 * erebusnz/gapi-google-analytics-php-interface#147), "Invalid JWT: Token must be a short-lived token (60 minutes) and in
 * a reasonable timeframe" (the signing machine's clock: fastlane/fastlane#14972, mediafigaro/google-analytics-api-symfony#7)
 * and "Invalid grant: account not found" (the service account is deleted or disabled: googleapis/google-cloud-php#3622).
 * No user token was revoked: the client's own key, clock or account is the cause.
 */
const ASSERTION_WORDS: readonly (readonly [string, JwtAssertionProblem])[] = [
  ['invalid jwt signature', 'signature'],
  ['invalid jwt: token must be a short-lived token', 'time'],
  ['invalid grant: account not found', 'account'],
  // Box's JWT grant (developer.box.com/guides/authentication/jwt/without-sdk/: exp under 60 seconds ahead): "Please
  // check the 'exp' claim." (box/box-java-sdk#404), with "The 'exp' value exceeds the maximum value of 60 seconds beyond
  // the issue time." after it (cburnette/boxr#69), and an exp already past: "Current date/time MUST be before the
  // expiration date/time listed in the 'exp' claim" (box/box-windows-sdk-v2#265), its slash left escaped
  // as the body writes it or not (only a description's first 64 characters are compared). The signing clock, or the
  // lifetime.
  // Box's exp that is not a whole number of seconds, "Please check the 'exp' claim. Should be an integer"
  // (box/boxcli#354): the client's arithmetic (milliseconds divided by 1000 and not rounded, a string), not its clock.
  ["please check the 'exp' claim. should be an integer", 'format'],
  ["please check the 'exp' claim", 'lifetime'],
  // Box's other claim checks on the same grant, each "Please check the '<claim>' claim." (box/box-node-sdk#138: jti, a
  // value used before, as a retry after a clock-skew failure sends; box/box-python-sdk#868: sub, "The 'sub' specified
  // is invalid", the enterprise or app user the assertion names).
  ["please check the 'jti' claim", 'grant'],
  ["please check the 'sub' claim", 'grant'],
  // DocuSign's JWT grant (developers.docusign.com, JWT Grant errors): issuer_not_found, the assertion's iss is not an
  // integration key of that environment (account-d.docusign.com for demo; docusign/docusign-esign-php-client#187),
  // no_valid_keys_or_signatures, the assertion is not signed by an RSA key of that integration key, or the signing
  // clock is off (docusign/docusign-esign-csharp-client#323: "incorrect machine time";
  // docusign/docusign-esign-python-client#57).
  ['issuer_not_found', 'grant'],
  ['no_valid_keys_or_signatures', 'grant'],
  ['current date/time must be before the expiration', 'lifetime'],
  ['current date\\/time must be before the expiration', 'lifetime'],
  // Salesforce's JWT bearer flow (help.salesforce.com, "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration"):
  // "user hasn't approved this consumer", the user the assertion's sub names is not pre-authorized for the connected
  // app (omniphx/forrest#278); "invalid assertion", the assertion itself refused (its signature against the app's
  // certificate, or its claims: frankkessler/salesforce-laravel-oauth2-rest#68).
  ["user hasn't approved this consumer", 'consent'],
  ['invalid assertion', 'grant'],
];

/** Which refusal of a signed JWT assertion an invalid_grant's description states, from its first words. */
export function jwtAssertionStated(description: string): JwtAssertionProblem | null {
  const d = description.slice(0, 64).trimStart().toLowerCase();
  for (const [words, problem] of ASSERTION_WORDS) if (d.startsWith(words)) return problem;
  return null;
}

/** Whether the paste shows a token request with the jwt-bearer grant type (RFC 7523 §2.1), plain or form-encoded. */
export function jwtBearerRequested(text: string): boolean {
  return text.includes('grant-type:jwt-bearer') || text.includes('grant-type%3Ajwt-bearer');
}
