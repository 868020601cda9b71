import type { KeyRefusal } from '../../engine/args.js';

/**
 * policy.deny's words for a service refusing a browser or app key it knows (Google's, Mapbox's) (parse/verifier-messages/browser-keys.ts): the key's
 * restrictions are set on its page in the Cloud console, APIs & Services → Credentials (cloud.google.com/docs/
 * authentication/api-keys, "Apply API key restrictions"; developers.google.com/maps/api-security-best-practices);
 * an API is enabled under APIs & Services → Library. A browser sends the page's Referer, Google's Android SDKs send
 * X-Android-Package and X-Android-Cert (firebase/firebase-android-sdk#2988), its iOS SDKs X-Ios-Bundle-Identifier
 * (GoogleCloudPlatform/ios-docs-samples#11); a request made by hand sends none of them. Mapbox's token page holds its
 * URL restrictions and scopes.
 */
export const RESTRICTED_KEY_TITLE: Readonly<Record<KeyRefusal, string>> = {
  referrer: 'Google refused the API key for this page’s referrer (the key’s website restriction)',
  ip: 'Google refused the API key from this IP address (the key’s IP restriction)',
  android: 'Google refused the API key for this Android app (the key’s app restriction)',
  ios: 'Google refused the API key for this iOS app (the key’s app restriction)',
  application: 'Google refused the API key for where the request came from (the key’s application restriction)',
  api: 'The API key’s API restrictions do not include this API',
  'referrer-on-server': 'A key restricted to websites was sent to a web service that refuses such keys',
  'url-or-scope': 'Mapbox refused the access token: its URL restrictions or its scopes',
};

const DETAIL: Readonly<Record<KeyRefusal, string>> = {
  referrer:
    'the key is restricted to websites (HTTP referrers), and the request’s Referer is not one of them, or none was sent (“<empty>”: a server, a build step, an app or a privacy setting sends none)',
  ip: 'the key is restricted to IP addresses, and the address the call came from is not one of them',
  android:
    'the key is restricted to Android apps, and the request did not come from one listed (its package name and signing certificate’s SHA-1, sent as X-Android-Package and X-Android-Cert; “<empty>” when they were not sent)',
  ios: 'the key is restricted to iOS apps, and the request did not come from one listed (its bundle ID, sent as X-Ios-Bundle-Identifier; “<empty>” when it was not sent)',
  application:
    'the key’s application restriction (websites, IP addresses or apps) does not include where the request came from',
  api: 'the key’s API restrictions list other APIs, not the one called',
  'referrer-on-server':
    'the key is restricted to websites, and a web service API (Geocoding, Directions, Places…) takes no such key: it is called from servers, which send no referrer',
  'url-or-scope':
    'its 403 says the token lacks a scope this API needs, or its URL restrictions do not list the page the request came from (a server, an app or a browser that sends no matching Referer, such as Brave, is refused the same way)',
};

/** policy.deny's detail: who refused it and which of the key's settings decided. */
export function restrictedKeyDetail(refusal: KeyRefusal, via: string | undefined): string {
  if (refusal === 'url-or-scope')
    return `Mapbox knows the access token and refused it by its own settings: ${DETAIL[refusal]}. Mapbox checks its own tokens: their claims are not what to look at.`;
  const who = via === 'google-maps' ? 'Google Maps Platform' : 'Google';
  return `${who} knows the API key and refused it by its own settings: ${DETAIL[refusal]}. The key’s restrictions decide it, not a token; no JWT is involved.`;
}

const KEY_PAGE = 'In the Cloud console, APIs & Services → Credentials → the key';

export const RESTRICTED_KEY_STEP: Readonly<Record<KeyRefusal, string>> = {
  referrer: `${KEY_PAGE} → Application restrictions → Websites: add the page’s origin as a referrer pattern (https://www.example.com/*, and http://localhost:3000/* for development; the console error’s “Your site URL to be authorized” names it). A call from a server, a build or an app sends no referrer: give it its own key, restricted by IP address or by app, not the website key.`,
  ip: `${KEY_PAGE} → Application restrictions → IP addresses: add the address the call leaves from (the one Google names; a NAT gateway’s, a cloud function’s egress, an IPv6 address). A key used from browsers or phones cannot be restricted by IP: use a website- or app-restricted key there.`,
  android: `${KEY_PAGE} → Application restrictions → Android apps: add the app’s package name with the SHA-1 fingerprint of the certificate that signed this build (debug, upload and Play App Signing certificates differ). A request made by hand (REST, a non-Google library) must send X-Android-Package and X-Android-Cert itself; Google’s Android SDKs add them.`,
  ios: `${KEY_PAGE} → Application restrictions → iOS apps: add the app’s bundle ID. A request made by hand (REST, a non-Google library) must send X-Ios-Bundle-Identifier itself; Google’s iOS SDKs add it.`,
  application: `${KEY_PAGE} → Application restrictions: a website-restricted key needs the page’s referrer listed, an IP-restricted key the caller’s address (the message names it), an app-restricted key the app’s package and SHA-1 or bundle ID. A web service (Geocoding, Directions, Places) called from a server needs a key restricted by IP address, not by website or app.`,
  api: `${KEY_PAGE} → API restrictions: add the API the message names (its service, generativelanguage.googleapis.com for the Gemini API, is listed as “Generative Language API”), or call with a key meant for it. The API must also be enabled in the key’s project (APIs & Services → Library).`,
  'referrer-on-server':
    'Call the web service from a server with a separate key restricted by IP address; in a browser, use the Maps JavaScript API’s own service (google.maps.Geocoder, the Places library) with the website-restricted key instead of the web service URL.',
  // docs.mapbox.com/help/troubleshooting/token-errors (403: missing scopes; URL restrictions), docs.mapbox.com/accounts/
  // guides/tokens (URL restrictions; the default public token takes none).
  'url-or-scope':
    'Open the token on Mapbox’s Access tokens page (console.mapbox.com/account/access-tokens): add the page’s URL to its URL restrictions (the exact origin and path, http://localhost:… for development), and check its scopes include the ones this API needs (styles:tiles, styles:read, fonts:read for a map). A call from a server or an app sends no matching Referer: give it a token without URL restrictions.',
};
