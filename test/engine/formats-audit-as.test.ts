/**
 * Round audit-as: Google API keys that ship inside a page or an app, refused by the restrictions set on the key, and
 * Google Maps Platform's own words for them (parse/verifier-messages/browser-keys.ts, each row's source beside it).
 * A restriction's refusal is Google authorizing the key (policy.deny with `keyRefusal`), never a token's fault; a key
 * it does not know is challenge.invalid-token with its credential; no key at all is token.missing. The key never
 * appears in a report.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const KEY = 'AIzaSyQx7Lm2Kp9Rt4Vw8Zb3Nc6Df1Gh5Jk0LmN';

const errorInfo = (message: string, reason: string) =>
  JSON.stringify({
    error: {
      code: 403,
      message,
      status: 'PERMISSION_DENIED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }],
    },
  });

describe('Google API keys: a restriction refuses the key, not a token', () => {
  it.each([
    ['Requests from referer https://youcount.github.io/ are blocked.', 'API_KEY_HTTP_REFERRER_BLOCKED', 'referrer'],
    ['Requests from this Android client application <empty> are blocked.', 'API_KEY_ANDROID_APP_BLOCKED', 'android'],
    ['Requests from this iOS client application <empty> are blocked.', 'API_KEY_IOS_APP_BLOCKED', 'ios'],
    [
      'Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.',
      'API_KEY_SERVICE_BLOCKED',
      'api',
    ],
  ] as const)('reads %s with its ErrorInfo as policy.deny (%s)', async (message, reason, refusal) => {
    const input = ['HTTP/1.1 403 Forbidden', '', errorInfo(message, reason)].join('\n');
    const found = await catches('policy.deny', input);
    expect(found.args).toMatchObject({ via: 'google-api-key', stated: true, keyRefusal: refusal });
    expect(found.severity).toBe('error');
    const report = await run(input);
    expect(report.classification).toBe('authorization');
    expect(report.findings.filter((f) => f.code === 'policy.deny')).toHaveLength(1);
  });
  it('reads the messages without an ErrorInfo, as SDKs print them', async () => {
    for (const [input, refusal] of [
      [
        'Exception: Error 403 Requests from referer <empty> are blocked. : forbidden in file /app/vendor/alaouy/youtube/src/Youtube.php on line 642',
        'referrer',
      ],
      ['message = "Requests from this ios client application <empty> are blocked.";', 'ios'],
      [
        '"message": "The provided API key has an IP address restriction. The originating IP address of the call (2405:204:1308::1) violates this restriction.",',
        'ip',
      ],
      [
        'Google::Apis::ClientError: ipRefererBlocked: The request did not specify any referer. Please ensure that the client is sending referer or use the API Console to remove the referer restrictions',
        'referrer',
      ],
    ] as const) {
      expect((await catches('policy.deny', input)).args).toMatchObject({ via: 'google-api-key', keyRefusal: refusal });
    }
  });
  it('names the console page where the restriction is set, in both languages', async () => {
    const input = errorInfo('Requests from referer <empty> are blocked.', 'API_KEY_HTTP_REFERRER_BLOCKED');
    const en = await run(input);
    expect(en.nextSteps[0]).toContain('Application restrictions → Websites');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('リファラー');
    expect(ja.nextSteps[0]).toContain('「アプリケーションの制限」');
  });
  it('does not read the words when they do not end in "are blocked" (a sentence about referers)', async () => {
    await catchesNot('policy.deny', 'Requests from referer headers are logged by the proxy for analytics.');
  });
  it('keeps an IAM denial of the same envelope as Google’s IAM denial', async () => {
    const input = errorInfo(
      "Permission 'storage.objects.get' denied on resource (or it may not exist).",
      'IAM_PERMISSION_DENIED',
    );
    const found = await catches('policy.deny', input);
    expect(found.args).not.toHaveProperty('keyRefusal');
  });
});

describe('Google Maps Platform: its console errors and REQUEST_DENIED', () => {
  it('reads RefererNotAllowedMapError as the key’s website restriction', async () => {
    const input = [
      `js?key=${KEY}&callback=initMap:405`,
      'Google Maps JavaScript API error: RefererNotAllowedMapError',
      'https://developers.google.com/maps/documentation/javascript/error-messages#referer-not-allowed-map-error',
      'Your site URL to be authorized: http://localhost:3000/',
    ].join('\n');
    const found = await catches('policy.deny', input);
    expect(found.args).toMatchObject({ via: 'google-maps', keyRefusal: 'referrer' });
    const text = JSON.stringify(await run(input));
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(KEY.slice(4, 24));
  });
  it.each([
    ['Google Maps JavaScript API error: InvalidKeyMapError'],
    [
      'Google Maps API error: ExpiredKeyMapError https://developers.google.com/maps/documentation/javascript/error-messages#expired-key-map-error',
    ],
    ['{"error_message":"The provided API key is invalid.","results":[],"status":"REQUEST_DENIED"}'],
  ])('reads %s as a key Google Maps Platform does not accept', async (input) => {
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'google-maps', credential: 'google-maps-api-key' });
  });
  it.each([
    [
      '{"error_message":"This IP, site or mobile application is not authorized to use this API key. Request received from IP address 187.189.154.107, with empty referer","routes":[],"status":"REQUEST_DENIED"}',
      'application',
    ],
    [
      'Error: Status is REQUEST_DENIED. API keys with referer restrictions cannot be used with this API.',
      'referrer-on-server',
    ],
    ['ApiError: REQUEST_DENIED (This API key is not authorized to use this service or API.)', 'api'],
  ] as const)('reads %s as policy.deny (%s)', async (input, refusal) => {
    expect((await catches('policy.deny', input)).args).toMatchObject({ via: 'google-maps', keyRefusal: refusal });
  });
  it('reads no key at all as token.missing with the key= step', async () => {
    const input =
      'Error: Status is REQUEST_DENIED. You must use an API key to authenticate each request to Google Maps Platform APIs. For additional information, please refer to http://g.co/dev/maps-no-account';
    expect((await catches('token.missing', input)).args).toMatchObject({ via: 'google-maps' });
    expect((await run(input)).nextSteps[0]).toContain('key=');
  });
  it('does not read "The provided API key is invalid." without REQUEST_DENIED or a Maps host near it', async () => {
    await catchesNot('challenge.invalid-token', 'our own API said: The provided API key is invalid.');
  });
  it('reads an API not enabled in the project as the project’s set-up, not a policy’s denial (round left-hh)', async () => {
    await catchesNot('policy.deny', 'Google Maps JavaScript API error: ApiNotActivatedMapError');
    await catches('policy.service-not-enabled', 'Google Maps JavaScript API error: ApiNotActivatedMapError');
  });
});

// Kong's key-auth plugin (kong/plugins/key-auth/handler.lua): no key, and a key it has no credential for.
describe('Kong key-auth: the API key, not a token', () => {
  it.each([
    ['{\n  "message": "No API key found in headers or querystring"\n}', 'kong/0.9.8'],
    ['{"message":"Invalid authentication credentials"}', 'kong/2.0.3'],
  ])('reads %s as Kong refusing the API key', async (body, server) => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      `Server: ${server}`,
      '',
      body,
    ].join('\n');
    const found = await catches('proxy.gateway-response', input);
    expect(found.args).toMatchObject({ product: 'Kong', apiKey: true });
    await catchesNot('token.missing', input);
  });
  it('does not read another server’s envelope that holds the same words', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'server: uvicorn',
      '',
      '{"code":401,"reason":"Unauthorized","message":"Invalid authentication credentials"}',
    ].join('\n');
    await catchesNot('proxy.gateway-response', input);
  });
});

// Mapbox's access tokens (docs.mapbox.com/api/accounts/tokens) and its refusals (docs.mapbox.com/help/troubleshooting/
// token-errors), as its API and Mapbox GL JS word them.
describe('Mapbox: its own access tokens, not JWTs', () => {
  const PK = 'pk.eyJ1IjoiZXhhbXBsZXVzZXIiLCJhIjoiY2p1Y2x6NXl1MG5wNDN6cGk1MGc2cGZhaSJ9.Kp9Rt4Vw8Zb3Nc6Df1Gh5J';
  const SK = 'sk.eyJ1IjoiZXhhbXBsZXVzZXIiLCJhIjoiY2wyenZpb2puMWppNjNpeCJ9.Rt4Vw8Zb3Nc6Df1Gh5Jk0L';
  it('reads "Not Authorized - Invalid Token" as Mapbox refusing its token, and the pk. token as no malformed JWT', async () => {
    const input = [
      `flutter: https://api.mapbox.com/geocoding/v5/mapbox.places/78.1,9.9.json?access_token=%3C${PK}%3E`,
      '{"message":"Not Authorized - Invalid Token"}',
    ].join('\n');
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'mapbox', credential: 'mapbox-access-token' });
    const report = await catchesNot('token.malformed', input);
    expect(JSON.stringify(report)).not.toContain(PK.slice(3, 40));
  });
  it('reads Mapbox GL JS’s words for an invalid token the same way', async () => {
    const input =
      'message: "Unauthorized: you may have provided an invalid Mapbox access token. See https://www.mapbox.com/api-documentation/#access-tokens-and-token-scopes",';
    expect((await catches('challenge.invalid-token', input)).args).toMatchObject({ credential: 'mapbox-access-token' });
  });
  it('reads its 403 beside its API host as the token’s URL restrictions or scopes', async () => {
    for (const input of [
      '[Error] Error: Forbidden (403): https://api.mapbox.com/v4/mapbox.mapbox-streets-v8.json?secure&access_token=123',
      `e {status: 403, url: "https://api.mapbox.com/v4/mapbox.mapbox-streets-v8.json?secure&access_token=${PK}", name: "e", message: "Forbidden"}`,
    ]) {
      const found = await catches('policy.deny', input);
      expect(found.args).toMatchObject({ via: 'mapbox', keyRefusal: 'url-or-scope' });
      await catchesNot('token.malformed', input);
    }
  });
  it('does not read another host’s "Forbidden" as Mapbox’s', async () => {
    await catchesNot('policy.deny', 'Error: Forbidden (403): https://api.example.com/v1/orders');
  });
  it('reads a secret token given to Mapbox GL JS, without echoing it', async () => {
    const input = [
      `MAPBOX_API_KEY = "${SK}"`,
      'Uncaught Error: Use a public access token (pk.*) with Mapbox GL, not a secret access token (sk.*). See https://www.mapbox.com/api-documentation/#access-tokens-and-token-scopes',
    ].join('\n');
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'mapbox', credential: 'mapbox-secret-token' });
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('パブリックトークン');
    expect(JSON.stringify(ja)).not.toContain(SK.slice(3, 40));
  });
  it('reads no token at all as token.missing with Mapbox GL JS’s own step', async () => {
    const input =
      'Uncaught Error: An API access token is required to use Mapbox GL. See https://www.mapbox.com/api-documentation/';
    expect((await catches('token.missing', input)).args).toMatchObject({ via: 'mapbox' });
    expect((await run(input)).nextSteps[0]).toContain('mapboxgl.accessToken');
  });
  it('still reads a JWT after `pk.` when its first part is a JOSE header, not Mapbox’s payload', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxNzc5OTc2OTMxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
    await catches('time.expired', `access_token=pk.${jwt}`);
  });
});

// Firebase App Check beside a callable function (firebase-functions' callable check, firebase-admin's verifier).
describe('Firebase App Check: the app’s attestation, not the user’s token', () => {
  it.each([
    'Failed to validate AppCheck token. FirebaseAppCheckError: Decoding App Check token failed. Make sure you passed the entire string JWT which represents the Firebase App Check token.',
    '{"verifications":{"app":"INVALID","auth":"VALID"},"message":"Callable request verification failed: AppCheck token was rejected."}',
    'Error:  The function must be called from an App Check verified app.',
    'Error getting App Check token. Error: com.google.firebase.FirebaseException: Error returned from API. code: 403 body: App attestation failed.',
  ])('reads %s as the App Check token refused', async (input) => {
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'firebase-app-check', credential: 'firebase-app-check-token' });
    const ja = await run(input, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('デバッグトークン');
  });
  it('reads no refusal when the function says it let the call through (enforcement disabled)', async () => {
    const input = [
      'W fn: {"verifications":{"app":"INVALID","auth":"VALID"},"message":"Callable request verification failed: AppCheck token was rejected."}',
      'W fn: Allowing request with invalid AppCheck token because enforcement is disabled',
    ].join('\n');
    await catchesNot('challenge.invalid-token', input);
  });
  it('reads the ID token’s own rejection as the callable function refusing the user’s token', async () => {
    const input =
      "WARNING:root:Callable request verification failed: $[('Auth token was rejected.', {'app': 'VALID', 'auth': 'INVALID'})]";
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'firebase-callable' });
    expect(found.args).not.toHaveProperty('credential');
  });
  it('does not read "App attestation failed" with no App Check near and no SDK body', async () => {
    await catchesNot('challenge.invalid-token', 'our own device check said: App attestation failed, retrying');
  });
});

// Firebase Authentication's check of the Android app before phone sign-in (Play Integrity, then reCAPTCHA).
describe('Firebase Authentication: the app’s own verification before phone sign-in', () => {
  it.each([
    '[firebase_auth/missing-client-identifier] This request is missing a valid app identifier, meaning that Play Integrity checks, and reCAPTCHA checks were unsuccessful. Please try again, or check the logcat for more details.',
    'this request is missing a valid app identifier, meaning that play integrity checks, safetynet checks, and recaptcha checks were unsuccessful.',
    'A play_integrity_token was passed, but no matching SHA-256 was registered in the Firebase console',
    'E/FirebaseAuth(27490): [SmsRetrieverHelper] SMS verification code request failed: unknown status code: 18002 Invalid PlayIntegrity token; app not Recognized by Play Store.',
  ])('reads %s as the app’s verification refused', async (input) => {
    const found = await catches('challenge.invalid-token', input);
    expect(found.args).toMatchObject({ via: 'firebase-auth', credential: 'firebase-app-verification' });
    expect((await run(input, { locale: 'ja' })).nextSteps[0]).toContain('SHA-256');
  });
});
