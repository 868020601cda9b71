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
