/**
 * Platforms' and frameworks' own refusals (round real-j): Symfony's lexik/jwt-authentication-bundle, AWS AppSync's
 * authorization layer and Firestore's security rules. Their words are short and anyone's, so each row reads only in
 * the product's own shape (its JSON member, its error type beside it).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, textBefore } from './matcher.js';

const lexik = family('lexik-jwt');
const appsync = family('aws-appsync');
const firestore = family('firestore');
const graphqlShield = family('graphql-shield');

/** The message as a JSON member's value, `"message":"…"` (Lexik's body) or `"message" : "…"` (AppSync's). */
const MESSAGE_MEMBER = /"message"\s{0,3}:\s{0,3}"$/;

/**
 * LexikJWTAuthenticationBundle's JWTAuthenticationFailureResponse, `{"code":401,"message":"…"}` with
 * `WWW-Authenticate: Bearer` (Response/JWTAuthenticationFailureResponse.php): the message member alone, and only in its
 * exact case, since "Invalid JWT token" is many an app's own words.
 */
function lexikBody(f: Fragment): Reading | null {
  return MESSAGE_MEMBER.test(f.before(24)) ? {} : null;
}
const LEXIK = { exactCase: true, read: lexikBody } as const;

/**
 * AppSync's own refusal, `{"errors":[{"errorType":"UnauthorizedException","message":"…"}]}` (and a 401 with
 * `x-amzn-ErrorType: UnauthorizedException`): the message member with AppSync's error type just before it.
 */
const APPSYNC_NEAR = namedNear(600, 200, 'appsync-api', 'appsync-realtime-api');
function appsyncError(f: Fragment): Reading | null {
  // Quoted in prose, AppSync's own words count with its realtime or GraphQL host near them (graphql-dotnet/
  // graphql-client#379: a subscription to …appsync-realtime-api… that "says Valid authorization header not provided.").
  if (!MESSAGE_MEMBER.test(f.before(24))) return APPSYNC_NEAR(f);
  // Pretty-printed, the error type is a line or two above the message.
  return textBefore(f, 160).includes('UnauthorizedException') ? {} : null;
}
const APPSYNC = { exactCase: true, read: appsyncError } as const;

/** AppSync's field-level denial: `<field> on type <Type>` follows, as a JSON message or the SDKs' `message='…'`. */
const FIELD_ON_TYPE = /^[A-Za-z_]\w{0,100} on type [A-Za-z_]\w{0,100}["']/;
function appsyncField(f: Fragment): Reading | null {
  if (!MESSAGE_MEMBER.test(f.before(24)) && !f.before(24).endsWith("message='")) return null;
  return FIELD_ON_TYPE.test(f.after(220)) ? {} : null;
}

/**
 * AppSync's refusal of a SigV4-signed caller, the message beside its error type: `"errorType":"UnauthorizedException",
 * "message":"Permission denied"` as JSON, as Amplify DataStore prints it escaped inside its own message, as Node's
 * util.inspect prints it (`{ errorType: 'UnauthorizedException', message: 'Permission denied' }`) or a Python dict; or
 * the message first, Amplify Android's `message='Permission denied', …, extensions='{errorType=UnauthorizedException}'`.
 */
const DENIED_AFTER =
  /^\\?["']?\s{0,3},\s{0,12}\\?["']?message\\?["']?\s{0,3}[:=]\s{0,3}\\?["']Permission denied\\?["']/;
const DENIED_BEFORE = /message\\?["']?\s{0,3}[:=]\s{0,3}\\?["']Permission denied\\?["'][^\n]{0,160}$/;
function appsyncDenied(f: Fragment): Reading | null {
  return DENIED_AFTER.test(f.after(120, true)) || DENIED_BEFORE.test(f.before(240)) ? {} : null;
}

export const PLATFORMS: readonly Matcher[] = [
  // Security/Authenticator/JWTAuthenticator.php: start() answers a request without a token with MissingTokenException
  // 'JWT Token not found'; a token that failed to decode throws InvalidTokenException('Invalid JWT Token') (a bad
  // signature, a malformed token, an unverified one alike), one whose decoding failed as expired ExpiredTokenException,
  // whose getMessageKey() is 'Expired JWT Token' (Exception/ExpiredTokenException.php).
  lexik('not-found', 'token.missing', 'JWT Token not found', LEXIK),
  lexik('invalid', 'challenge.invalid-token', 'Invalid JWT Token', LEXIK),
  lexik('expired', 'time.expired', 'Expired JWT Token', LEXIK),

  // AWS AppSync answers before any resolver runs. "Valid authorization header not provided." for a Cognito user pool
  // or OIDC API whose request carried no usable Authorization header (aws-amplify/amplify-js#4373, #8892); "Unable to
  // parse JWT token." for a header that is no JWT (aws-amplify/amplify-js#2645, jonsaw/amazon-cognito-identity-dart#25);
  // "You are not authorized to make this call." when its Lambda authorizer returned isAuthorized: false, a fixed
  // message (aws/aws-appsync-community#372; aws-amplify/amplify-js#9513, "normal for when the lambda returns
  // isAuthorized as false").
  appsync('no-header', 'token.missing', 'Valid authorization header not provided.', APPSYNC),
  appsync('unparsable', 'token.malformed', 'Unable to parse JWT token.', APPSYNC),
  appsync('lambda-deny', 'proxy.authorizer-deny', 'You are not authorized to make this call.', APPSYNC),
  // Its field-level refusal, with errorType "Unauthorized" and HTTP 200: the caller authenticated, but the type's or
  // field's authorization rules (Amplify's @auth / allow.*, or a resolver's $util.unauthorized()) do not let it through:
  // "Not Authorized to access listXXXXX on type Query" (aws-amplify/amplify-category-api#2422), as the Android SDK
  // prints it "message='Not Authorized to access syncReviews on type ModelReviewConnection'"
  // (aws-amplify/amplify-android#2124). The words only with a field and a type after them.
  appsync('field-deny', 'policy.deny', 'Not Authorized to access ', { exactCase: true, read: appsyncField }),
  // "Permission denied" with UnauthorizedException is its AWS_IAM mode's: the request's SigV4 signature was accepted
  // and no IAM policy of the signer allows appsync:GraphQL on the operation's field. Fixed by allowing it to the IAM
  // user that signed (aws-amplify/amplify-cli#13712, #4343: its resource is …/types/Mutation/fields/<field>, not
  // …/resolvers/…), the Cognito identity pool's role (aws-amplify/amplify-js#5601, DataStore's subscription), or with
  // AWSAppSyncInvokeFullAccess (graphql-python/gql#239, on the realtime WebSocket); Amplify Android's
  // (aws-amplify/amplify-android#1369) went away by leaving IAM mode. The two short words are anyone's, so only
  // beside AppSync's error type.
  appsync('permission-denied', 'policy.deny', 'UnauthorizedException', { exactCase: true, read: appsyncDenied }),

  // graphql-shield's fallbackError when a rule did not allow the field, `new Error('Not Authorised!')` (src/shield.ts,
  // maticzav/graphql-shield#1044), in a 200's errors array under Apollo's INTERNAL_SERVER_ERROR (#1176, #240). Its
  // rules decide on the context the server built: a rule that said no, or (its maintainers' answer in #1132, #220) an
  // error thrown inside a rule or resolver, which shield reports the same way unless allowExternalErrors is set.
  graphqlShield('fallback', 'policy.deny', 'Not Authorised!', { exactCase: true }),

  // Firestore's security rules refused the read or write: "Missing or insufficient permissions." as the web SDK throws
  // it (`FirebaseError: Missing or insufficient permissions.`, firebase/firebase-js-sdk#4237; its older
  // `FirebaseError: [code=permission-denied]: …`, AnthonyNahas/ngx-auth-firebaseui#288), as the Android SDK logs it
  // (`Status{code=PERMISSION_DENIED, description=Missing or insufficient permissions., cause=null}`,
  // iamshaunjp/flutter-firebase#26) and as the gRPC clients print it (firebase/friendlyeats-web#123). The
  // rules decided on request.auth and the document: a signed-in token that verified (or none) and a rule that does
  // not allow it, the resource's policy.
  firestore('rules', 'policy.deny', 'Missing or insufficient permissions.', { exactCase: true }),
  // The mobile SDKs' wrappers name the same refusal by its code and gRPC's words for PERMISSION_DENIED instead:
  // React Native Firebase's "[firestore/permission-denied] The caller does not have permission to execute the specified
  // operation." (invertase/react-native-firebase#1878) and FlutterFire's "[cloud_firestore/permission-denied] …" (with the
  // Android log's Status{code=PERMISSION_DENIED, description=Missing or insufficient permissions.} beside it;
  // firebase/flutterfire#9092: "[cloud_firestore/permission-denied] Missing or insufficient permissions."). The code
  // is the stable part; gRPC's sentence alone is any Google API's.
  firestore('permission-denied', 'policy.deny', 'firestore/permission-denied', { ...CODE, exactCase: true }),
  firestore('flutterfire-permission-denied', 'policy.deny', 'cloud_firestore/permission-denied', {
    ...CODE,
    exactCase: true,
  }),
];
