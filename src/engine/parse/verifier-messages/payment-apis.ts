/**
 * Round audit-ae: payment APIs refusing the credential an integration sent (a key, a key pair, a server token), or
 * refusing a caller they authenticated, in the words their replies and SDKs print. Each product's credential is its own
 * opaque secret, looked up as it is: checks/credential-kind.ts names it, so the steps ask about that credential (which
 * environment, which account, rotated or revoked), not a JWT's claims. The key a message may quote is never read.
 */
import type { Fragment, Reading } from './matcher.js';
import { CLASS, family, type Matcher, textAround } from './matcher.js';

const adyen = family('adyen');
const square = family('square');
const braintree = family('braintree');
const postmark = family('postmark');
const plaid = family('plaid');

/** Adyen's `errorType` "security" beside its words: its JSON, or a PHP print_r of it (`[errorType] => security`). */
const ADYEN_SECURITY = /errorType["'\]]?\s?(?::|=>)\s?["']?security\b/;

/** Adyen's security error type around its words (its reply's members come in any order). */
function adyenSecurity(f: Fragment): Reading | null {
  return ADYEN_SECURITY.test(textAround(f, 250, 250)) ? {} : null;
}

/** Adyen's errorCode 010 and its security type around "Not allowed": the words alone are anyone's. */
function adyen010(f: Fragment): Reading | null {
  const around = textAround(f, 250, 250);
  return /errorCode["'\]]?\s?(?::|=>)\s?["']?010\b/.test(around) && ADYEN_SECURITY.test(around) ? {} : null;
}

/** Square's category AUTHENTICATION_ERROR near its generic sentence, in its JSON or a client's table of it. */
function squareAuthCategory(f: Fragment): Reading | null {
  return textAround(f, 300, 300).includes('AUTHENTICATION_ERROR') ? {} : null;
}

export const PAYMENT_APIS: readonly Matcher[] = [
  // Adyen's 401 for an API key (X-API-Key) or web service user it does not accept: {"status":401,"errorCode":"000",
  // "message":"HTTP Status Response - Unauthorized","errorType":"security"} (adyen-examples/adyen-dotnet-online-payments
  // #67, Adyen/adyen-dotnet-api-library#228; adyen-examples/adyen-java-spring-online-payments#11, a test key sent to the
  // wrong environment). Only with its security error type near.
  adyen('http-401', 'challenge.invalid-token', 'HTTP Status Response - Unauthorized', {
    exactCase: true,
    read: adyenSecurity,
  }),
  // Adyen's 403 errorCode 010 "Not allowed" with errorType security: a credential it authenticated whose roles, or whose
  // merchant accounts, do not include this call (Adyen/adyen-php-sample-code#21, a web service user without the API's
  // role; Adyen/adyen-java-api-library#98, the platform APIs' 403 for a key without their roles).
  adyen('010-not-allowed', 'policy.deny', 'Not allowed', { exactCase: true, read: adyen010 }),
  // Square's 401 UNAUTHORIZED, category AUTHENTICATION_ERROR, for an access token it does not accept: "The `Authorization`
  // http header of your request was incorrect or expired. …" (NikolaGavric94/laravel-square#67, square/square-nodejs-sdk
  // #10: the application id sent instead of the access token; square/web-payments-quickstart#125), "… was malformed.
  // …" when the header carries no token (square/connect-ruby-sdk#27, square/square-php-sdk#32).
  square('authorization-incorrect', 'challenge.invalid-token', 'http header of your request was incorrect or expired', {
    exactCase: true,
  }),
  square('authorization-malformed', 'challenge.invalid-token', 'http header of your request was malformed', {
    exactCase: true,
  }),
  // Its short detail "This request could not be authorized." (square/connect-api-examples#112: a sandbox access token
  // sent where the sandbox application id belonged). Anyone's words: only with its AUTHENTICATION_ERROR near.
  square('could-not-be-authorized', 'challenge.invalid-token', 'This request could not be authorized.', {
    exactCase: true,
    read: squareAuthCategory,
  }),
  // Braintree's PHP SDK turns its gateway's 401 into Braintree\Exception\Authentication (the merchant id and API key
  // pair refused, or another environment's: braintree/braintree_php_example#62) and its 403 into
  // Braintree\Exception\Authorization (an API user whose role lacks the permission: braintree/braintree_php_example#36,
  // braintree/braintree_php#291 "Your API user probably doesn't have the permissions set to create a transaction").
  braintree('php-authentication', 'challenge.invalid-token', 'Braintree\\Exception\\Authentication', CLASS),
  braintree('php-authorization', 'policy.deny', 'Braintree\\Exception\\Authorization', CLASS),
  // Postmark's 401 ErrorCode 10 for its server API: {"ErrorCode": 10, "Message": "Request does not contain a valid Server
  // token."} (PipedreamHQ/pipedream#10254, the account token sent in X-Postmark-Server-Token).
  postmark('invalid-server-token', 'challenge.invalid-token', 'Request does not contain a valid Server token', {
    exactCase: true,
  }),
  // Plaid's INVALID_API_KEYS (error_type INVALID_INPUT, HTTP 400): "invalid client_id or secret provided"
  // (plaid.com/docs/errors/invalid-input, #invalid_api_keys: a client_id and secret of different environments, a
  // rotated secret). Its own sentence.
  plaid('invalid-api-keys', 'challenge.invalid-token', 'invalid client_id or secret provided', { exactCase: true }),
];
