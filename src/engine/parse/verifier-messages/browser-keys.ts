/**
 * Round audit-as: Google API keys that ship inside a web page or an app, refused by the restrictions set on the key
 * (its application restriction: HTTP referrers, IP addresses, an Android app, an iOS app; its API restriction), or as a
 * key Google does not know. Google Maps Platform says the same in its own
 * words: the Maps JavaScript API's console errors (`Google Maps JavaScript API error: RefererNotAllowedMapError`) and its
 * web services' `REQUEST_DENIED` with an `error_message`.
 *
 * A restriction's refusal is Google authorizing the key, not a token's fault: `policy.deny`, its row's `reason` naming
 * which restriction (checks/verifier-log.ts turns it into `keyRefusal`), whose steps name the console page where that
 * restriction is set. A key Google does not know is `challenge.invalid-token` (credential `google-api-key`), none sent
 * is `token.missing`. An API not enabled in the project (SERVICE_DISABLED, ApiNotActivatedMapError, "This API
 * project is not authorized to use this API.") is the project's set-up, read by service-enablement.ts. The key a
 * message or URL quotes is never read here (secrets.ts hides `AIza…`).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, pasteHolds, textAround } from './matcher.js';

const googleApiKey = family('google-api-key');
const maps = family('google-maps');
const mapbox = family('mapbox');
const appCheck = family('firebase-app-check');
const callable = family('firebase-callable');
const firebaseAuth = family('firebase-auth');

/** The refusal's words run on to "… are blocked." on the same line (Google's sentence, not a reader's). */
function areBlocked(f: Fragment): Reading | null {
  return f.after(400).includes(' are blocked') ? {} : null;
}

/**
 * Maps Platform's web services answer `"status" : "REQUEST_DENIED"` beside their `error_message`; the words alone are
 * read only with that status (or its spaced form, as a wrapper prints it) or a Maps host near them.
 */
function mapsDenied(f: Fragment): Reading | null {
  const near = textAround(f, 400, 400);
  return near.includes('REQUEST_DENIED') || near.includes('REQUEST DENIED') || near.includes('maps.googleapis.com')
    ? {}
    : null;
}

/**
 * Mapbox's 403 as its clients print it: Mapbox GL JS's `Error: Forbidden (403): https://api.mapbox.com/…` and its
 * error object's `message: "Forbidden"` beside its `url`, only with Mapbox's API host near (any server says Forbidden).
 */
function mapboxForbidden(f: Fragment): Reading | null {
  // Every status line's "Forbidden" reaches here: the paste is asked once whether it names Mapbox's host at all.
  if (!pasteHolds(f, 'mapbox-host', /api\.mapbox\.com/)) return null;
  if (!/(?:["']?message["']?\s?:\s?["']|Error: )$/.test(f.before(24))) return null;
  return textAround(f, 300, 200).includes('api.mapbox.com') ? {} : null;
}

/**
 * firebase-functions logs an App Check token it could not verify also when enforcement is off, and then lets the call
 * through ("Allowing request with invalid AppCheck token because enforcement is disabled"): no refusal of that call.
 */
function appCheckEnforced(f: Fragment): Reading | null {
  return pasteHolds(f, 'app-check-not-enforced', /because enforcement is disabled/) ? null : {};
}

/** Firebase's App Check exchange refusing the attestation: its SDK's "code: 403 body: " before the words, or App Check named. */
function attestationRefused(f: Fragment): Reading | null {
  if (f.before(24).endsWith('body: ')) return {};
  return /app ?check/i.test(textAround(f, 400, 200)) ? {} : null;
}

export const BROWSER_KEYS: readonly Matcher[] = [
  // Google APIs' google.rpc.ErrorInfo reasons for a key its restrictions refuse (cloud.google.com/docs/authentication/
  // api-keys, "Apply API key restrictions"): API_KEY_HTTP_REFERRER_BLOCKED (YouCount/youcount.github.io#14, "Requests
  // from referer https://youcount.github.io/ are blocked."), API_KEY_ANDROID_APP_BLOCKED (leonboe1/GoogleFindMyTools#90,
  // BSkando/GoogleFindMy-HA#154: no X-Android-Package / X-Android-Cert headers sent), API_KEY_SERVICE_BLOCKED
  // (continuedev/continue#12781, "Requests to this API generativelanguage.googleapis.com method … are blocked."), and
  // the IP and iOS forms of the same family.
  googleApiKey('referrer-blocked', 'policy.deny', 'API_KEY_HTTP_REFERRER_BLOCKED', {
    ...CODE,
    exactCase: true,
    args: { reason: 'referrer' },
  }),
  googleApiKey('ip-blocked', 'policy.deny', 'API_KEY_IP_ADDRESS_BLOCKED', {
    ...CODE,
    exactCase: true,
    args: { reason: 'ip' },
  }),
  googleApiKey('android-blocked', 'policy.deny', 'API_KEY_ANDROID_APP_BLOCKED', {
    ...CODE,
    exactCase: true,
    args: { reason: 'android' },
  }),
  googleApiKey('ios-blocked', 'policy.deny', 'API_KEY_IOS_APP_BLOCKED', {
    ...CODE,
    exactCase: true,
    args: { reason: 'ios' },
  }),
  googleApiKey('service-blocked', 'policy.deny', 'API_KEY_SERVICE_BLOCKED', {
    ...CODE,
    exactCase: true,
    args: { reason: 'api' },
  }),
  // The same refusals' messages, without the ErrorInfo (older replies, SDKs that print the message alone): "Requests
  // from referer <empty> are blocked." (snipe/Safebrowsing#7, alaouy/YouTube#160 "Error 403 Requests from referer
  // <empty> are blocked. : forbidden", google-gemini/deprecated-generative-ai-dart#219 `Requests from referer "empty"
  // are blocked.`); "Requests from this Android client application <empty> are blocked." (googleapis/google-cloud-java
  // #1697, GoogleCloudPlatform/cloud-vision#27); "Requests from this ios client application <empty> are blocked."
  // (acotilla91/Google-TTS-Demo#2, GoogleCloudPlatform/ios-docs-samples#11: the X-Ios-Bundle-Identifier header); "The
  // provided API key has an IP address restriction. The originating IP address of the call (…) violates this
  // restriction." (firebase/quickstart-android#1008).
  googleApiKey('referrer-message', 'policy.deny', 'Requests from referer', {
    exactCase: true,
    args: { reason: 'referrer' },
    read: areBlocked,
  }),
  googleApiKey('android-message', 'policy.deny', 'Requests from this Android client application', {
    exactCase: true,
    args: { reason: 'android' },
    read: areBlocked,
  }),
  googleApiKey('ios-message', 'policy.deny', 'Requests from this ios client application', {
    args: { reason: 'ios' },
    read: areBlocked,
  }),
  googleApiKey('service-message', 'policy.deny', 'Requests to this API ', {
    exactCase: true,
    args: { reason: 'api' },
    read: areBlocked,
  }),
  googleApiKey('ip-message', 'policy.deny', 'The provided API key has an IP address restriction', {
    exactCase: true,
    args: { reason: 'ip' },
  }),
  // The older Google API front end's reasons for the same restrictions: ipRefererBlocked "The request did not specify
  // any referer. Please ensure that the client is sending referer or use the API Console to remove the referer
  // restrictions." (googleapis/google-api-ruby-client#858, mbarwick83/shorty#5, alaouy/YouTube#106), and "The request did
  // not specify any iOS bundle ID. Please ensure that the client is sending it or use the API Console to update your key
  // restrictions" (google/google-api-objectivec-client-for-rest#70).
  googleApiKey('no-referer', 'policy.deny', 'The request did not specify any referer', {
    exactCase: true,
    args: { reason: 'referrer' },
  }),
  googleApiKey('no-ios-bundle', 'policy.deny', 'The request did not specify any iOS bundle ID', {
    exactCase: true,
    args: { reason: 'ios' },
  }),
  // The Maps JavaScript API's console errors (developers.google.com/maps/documentation/javascript/error-messages):
  // RefererNotAllowedMapError "The current URL loading the Maps JavaScript API has not been added to the list of allowed
  // referrers" (kevinodotnet/ottwatch#77, googlemaps/js-samples#1225, "Your site URL to be authorized: …" after it);
  // InvalidKeyMapError, a key it does not find
  // (skarkkai/touch-mapper#16, bistromath/gr-air-modes#90 with `key=None`); ExpiredKeyMapError (gdg-x/hoverboard#531,
  // googlemaps/transport-tracker#1), which it also answers for a deleted or mistyped key; MissingKeyMapError, no key=
  // on the script URL (ProfessionalWiki/Maps#299).
  maps('referer-not-allowed', 'policy.deny', 'RefererNotAllowedMapError', {
    ...CODE,
    exactCase: true,
    args: { reason: 'referrer' },
  }),
  maps('invalid-key', 'challenge.invalid-token', 'InvalidKeyMapError', { ...CODE, exactCase: true }),
  maps('expired-key', 'challenge.invalid-token', 'ExpiredKeyMapError', { ...CODE, exactCase: true }),
  maps('missing-key', 'token.missing', 'MissingKeyMapError', { ...CODE, exactCase: true }),
  // Maps Platform's web services (Geocoding, Directions, Places…): `{"error_message": "…", "status":
  // "REQUEST_DENIED"}` and its client libraries' prints. "This IP, site or
  // mobile application is not authorized to use this API key. Request received from IP address …, with empty referer"
  // (the key's application restriction: akexorcist/GoogleDirectionLibrary#9, windy1/google-places-api-java#25,
  // FlutterFlow/flutterflow-issues#6783); "API keys with referer restrictions cannot be used with this API." (a key
  // restricted to websites sent to a web service, which a server calls: nchaulet/node-geocoder#303,
  // impress-org/wp-business-reviews#229); "This API key is not authorized to use this service or API." (the key's API
  // restriction: PinkWink/DataScience#65); "The provided API key is invalid." and "… is expired." (dkahle/ggmap#213);
  // "You must use an API key to authenticate each request to Google Maps Platform APIs." (nchaulet/node-geocoder#308,
  // opensupplyhub/open-apparel-registry#391).
  maps(
    'app-not-authorized',
    'policy.deny',
    'This IP, site or mobile application is not authorized to use this API key',
    {
      exactCase: true,
      args: { reason: 'application' },
    },
  ),
  maps('referer-restricted-key', 'policy.deny', 'API keys with referer restrictions cannot be used with this API', {
    exactCase: true,
    args: { reason: 'referrer-on-server' },
  }),
  maps('service-not-authorized', 'policy.deny', 'This API key is not authorized to use this service or API', {
    exactCase: true,
    args: { reason: 'api' },
  }),
  maps('key-invalid', 'challenge.invalid-token', 'The provided API key is invalid.', {
    exactCase: true,
    read: mapsDenied,
  }),
  maps('key-expired', 'challenge.invalid-token', 'The provided API key is expired.', {
    exactCase: true,
    read: mapsDenied,
  }),
  maps(
    'key-required',
    'token.missing',
    'You must use an API key to authenticate each request to Google Maps Platform',
    {
      exactCase: true,
    },
  ),
  // Mapbox's access tokens (docs.mapbox.com/api/accounts/tokens, "Token format": `pk` public, `sk` secret, `tk`
  // temporary, then a base64url JSON payload and a signature; token/find.ts leaves them undiagnosed as JWTs). Its 401
  // for a token it does not accept (deleted, or an old default public token after a refresh: docs.mapbox.com/help/
  // troubleshooting/token-errors), `{"message":"Not Authorized - Invalid Token"}` (arank/marauders-map#10,
  // valhalla/valhalla#3049, Imperial-lord/mapbox-flutter#9), as Mapbox GL JS words it, "Unauthorized: you may have
  // provided an invalid Mapbox access token." (ant-design/ant-design-pro#10263).
  mapbox('invalid-token', 'challenge.invalid-token', 'Not Authorized - Invalid Token', { exactCase: true }),
  mapbox('gl-invalid-token', 'challenge.invalid-token', 'you may have provided an invalid Mapbox access token', {
    exactCase: true,
  }),
  // Its 403, "Forbidden": the token lacks a scope the API needs, or its URL restrictions do not list the page the
  // request came from (the same troubleshooting page; mapbox/mapbox-gl-js#12724 "Error: Forbidden (403): https://
  // api.mapbox.com/v4/…", sensebox/openSenseMap#370 `{"message":"Forbidden"}` for a URL-restricted token used
  // elsewhere, meliharvey/sidewalkwidths-nyc#3 in Brave, which sends no matching referrer).
  mapbox('forbidden', 'policy.deny', 'Forbidden', {
    exactCase: true,
    args: { reason: 'url-or-scope' },
    read: mapboxForbidden,
  }),
  // Mapbox GL JS refusing a secret token before any request: "Use a public access token (pk.*) with Mapbox GL, not a
  // secret access token (sk.*)." (mapbox-gl-js src/util/mapbox.js; apache/superset#20035, MAPBOX_API_KEY set to an
  // sk. token), and no token at all: "An API access token is required to use Mapbox GL."
  mapbox('secret-token', 'challenge.invalid-token', 'not a secret access token (sk.*)', { exactCase: true }),
  mapbox('token-required', 'token.missing', 'An API access token is required to use Mapbox GL', { exactCase: true }),
  // Firebase App Check: the attestation token (X-Firebase-AppCheck) a callable function or a Firebase service checks
  // beside the user's ID token. firebase-functions' callable check logs "Callable request verification failed:
  // AppCheck token was rejected." (and "Auth token was rejected." for the ID token; firebase-functions src/common/
  // providers/https.ts, firebase-functions-python https_fn.py; firebase/flutterfire#11787), after firebase-admin's
  // "Decoding App Check token failed. Make sure you passed the entire string JWT which represents the Firebase App Check
  // token." (firebase/firebase-tools#8111: a raw debug token sent where a token from exchangeDebugToken belongs;
  // firebase/firebase-functions#1716), and answers the client {"status":"UNAUTHENTICATED"} when it enforces App Check.
  // The docs' sample throws "The function must be called from an App Check verified app." (firebase/flutterfire#10070).
  // The SDKs' own exchange refused: "Error returned from API. code: 403 body: App attestation failed." (Play Integrity,
  // App Attest: firebase/flutterfire#10584, #12093, #17256, firebase/firebase-android-sdk#7110, #8501).
  appCheck('token-rejected', 'challenge.invalid-token', 'AppCheck token was rejected.', {
    exactCase: true,
    read: appCheckEnforced,
  }),
  appCheck('decode-failed', 'challenge.invalid-token', 'Decoding App Check token failed', {
    exactCase: true,
    read: appCheckEnforced,
  }),
  appCheck('not-verified-app', 'challenge.invalid-token', 'must be called from an App Check verified app', {
    exactCase: true,
  }),
  appCheck('attestation-failed', 'challenge.invalid-token', 'App attestation failed', {
    exactCase: true,
    read: attestationRefused,
  }),
  callable('auth-token-rejected', 'challenge.invalid-token', 'Auth token was rejected.', { exactCase: true }),
  // Firebase Authentication verifying the Android app before phone sign-in sends a code (a Play Integrity token checked
  // against the app's SHA-256 registered in the Firebase project, then a reCAPTCHA): "[firebase_auth/missing-client-
  // identifier] This request is missing a valid app identifier, meaning that Play Integrity checks, and reCAPTCHA checks
  // were unsuccessful." (firebase/flutterfire#11767, invertase/react-native-firebase#7794, firebase/quickstart-android
  // #1580; "…Play Integrity checks, SafetyNet checks, and reCAPTCHA checks…" in older SDKs, firebase/flutterfire#10593),
  // "A play_integrity_token was passed, but no matching SHA-256 was registered in the Firebase console" (the same
  // #10593), and its SmsRetrieverHelper's "18002 Invalid PlayIntegrity token; app not Recognized by Play Store."
  // (firebase/flutterfire#10467). No token exists yet: the app's verification is what failed.
  firebaseAuth('missing-app-identifier', 'challenge.invalid-token', 'missing a valid app identifier, meaning that'),
  firebaseAuth(
    'no-matching-sha256',
    'challenge.invalid-token',
    'no matching SHA-256 was registered in the Firebase console',
    {
      exactCase: true,
    },
  ),
  firebaseAuth(
    'play-integrity-not-recognized',
    'challenge.invalid-token',
    'Invalid PlayIntegrity token; app not Recognized by Play Store',
    {
      exactCase: true,
    },
  ),
];
