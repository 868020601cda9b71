import type { Context } from '../context.js';

/**
 * Words that cover both a request with no token and one whose token was refused: "Unauthorized. Access token is missing
 * or invalid." (Azure API Management's validate-jwt failed-validation-error-message as its policy documentation's sample
 * sets it, learn.microsoft.com/azure/api-management/validate-jwt-policy, MicrosoftDocs/azure-docs#64918), "Missing or
 * invalid API KEY", "invalid or missing token". Matched lower-cased.
 */
const PHRASES = ['missing or invalid', 'invalid or missing'] as const;

/** What the phrase must be said of, within NEAR characters either side: a token, not a parameter or a field. */
const CREDENTIAL_WORD = /token|jwt|authori[sz]ation|credential|bearer|api[ _-]?key/;
const NEAR = 60;

/**
 * Whether the paste's words say the token was "missing or invalid", which does not tell which: a reply saying so does not
 * show that no token was sent. One indexOf per phrase over the folded text; asked only of a paste that shows no request.
 */
export function statesMissingOrInvalid(ctx: Context): boolean {
  const lower = ctx.lower;
  for (const phrase of PHRASES) {
    const at = lower.indexOf(phrase);
    if (at < 0) continue;
    const around = lower.slice(Math.max(0, at - NEAR), Math.min(lower.length, at + phrase.length + NEAR));
    if (CREDENTIAL_WORD.test(around)) return true;
  }
  return false;
}

/**
 * Webex's 401 body, the same for a request with no token and one whose token it refused: {"message":"The request requires
 * a valid access token set in the Authorization request header.","errors":[…],"trackingId":"ROUTER_…"} (shailpatels/
 * WebExCLI's tutorial, a request sent with none; audit-ao #30). Only with Webex named (webexapis.com) or its trackingId
 * beside it: the sentence alone is any API's.
 */
const WEBEX_WORDS = 'the request requires a valid access token set in the authorization request header';

/** Whether the paste holds Webex's words that cover both a missing and a refused token. */
export function webexStatesEither(ctx: Context): boolean {
  const lower = ctx.lower;
  if (lower.indexOf(WEBEX_WORDS) < 0) return false;
  return lower.includes('webex') || lower.includes('"trackingid"');
}
