/**
 * Japanese products and SaaS APIs, in their own words when they refuse a request's credentials: the LINE Messaging
 * API, kintone (its REST API's error codes, as its clients and cli-kintone print them), freee, Backlog and Chatwork. Their Japanese-language
 * replies from localized frameworks (Django REST framework's ja catalogue) are bodies, read by parse/error-bodies.ts.
 * Each row's text is the product's own, from the public sources named beside it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, pasteNames, textAround, textBefore } from './matcher.js';

const line = family('line-messaging-api');
const lineLogin = family('line-login');
const lineSdk = family('line-sdk');
const kintone = family('kintone');
const freee = family('freee');
const backlog = family('backlog');
const chatwork = family('chatwork');
const rakutenRms = family('rakuten-rms');
const kabuStation = family('kabu-station');
const yahooJapan = family('yahoo-japan');
const paypay = family('paypay');
const moneyForward = family('money-forward');

const freeeNamed = namedNear(800, 800, 'freee');
const chatworkNamed = namedNear(1500, 1500, 'chatwork');
const paypayNamed = namedNear(400, 400, 'paypay', '"resultinfo"');
const moneyForwardNamed = namedNear(600, 200, 'moneyforward.com');
const lineLoginNamed = namedNear(800, 800, 'api.line.me', 'access.line.me', 'liff', 'line login', 'lineログイン');

/**
 * freee's error code beside freee: its name or host near it, or its error body's own shape (`"errors":[{"type":
 * "status","messages":[…]}]`, with `status_code`). Other APIs name an error invalid_access_token too.
 */
function freeeLayout(f: Fragment): Reading | null {
  if (freeeNamed(f)) return {};
  // Asked of the paste first (once), as the name is: most pastes that say invalid_access_token hold no status_code.
  if (!pasteNames(f, '"status_code"')) return null;
  const around = textAround(f, 800, 800).toLowerCase();
  return around.includes('"status_code"') && /"type"\s?:\s?"status"\s?,\s?"messages"/.test(around) ? {} : null;
}

/**
 * LINE Login's verify endpoint answers in an OAuth error body: its words are the `error_description` (`"error_description":
 * "IdToken expired."`), or stand where LINE Login is named near (its hosts, LIFF, the product's name).
 */
function lineLoginLayout(f: Fragment): Reading | null {
  if (/["']?error_description["']?\s?[:=]\s?["']?$/.test(f.before(30))) return {};
  return lineLoginNamed(f);
}

/** RMS's error code beside its words: `[ES01-01] Un-Authorised`, `エラーコード: ES01-01, エラーメッセージ: Un-Authorised`. */
function rmsCodeNear(f: Fragment): Reading | null {
  return textAround(f, 60, 60).includes('ES01-01') ? {} : null;
}

/** kabu STATION's error body gives its code before the message: `{"Code":4001007,"Message":"ログイン認証エラー"}`. */
function kabuCode4001007(f: Fragment): Reading | null {
  return textBefore(f, 60).includes('4001007') ? {} : null;
}

/** kabu STATION's error body with code 4001013 before the message (`{'Code': 4001013, 'Message': 'トークン取得失敗'}`). */
function kabuCode4001013(f: Fragment): Reading | null {
  return textBefore(f, 60).includes('4001013') ? {} : null;
}

/** Money Forward's `{"messages":["ログインしてください"]}` with one of its hosts near. */
function moneyForwardLayout(f: Fragment): Reading | null {
  if (!/["']messages["']\s?:\s?\[\s?["']$/.test(f.before(20))) return null;
  return moneyForwardNamed(f);
}

/** Backlog's error object: the message member with its code 11 after it (`"message":"…","code":11`). */
function backlogLayout(f: Fragment): Reading | null {
  if (!/["']message["']\s?:\s?["']$/.test(f.before(20))) return null;
  return /^["']\s?,\s?["']code["']\s?:\s?11(?:\D|$)/.test(f.after(20, true)) ? {} : null;
}

/** Chatwork's `{"errors":["Invalid API token"]}` only with its host or its X-ChatWorkToken header near it. */
function chatworkLayout(f: Fragment): Reading | null {
  if (!/["']errors["']\s?:\s?\[\s?["']$/.test(f.before(20))) return null;
  return chatworkNamed(f);
}

export const JAPANESE: readonly Matcher[] = [
  // The LINE Messaging API's 401 for a channel access token it refused: `{"message":"Authentication failed. Confirm
  // that the access token in the authorization header is valid."}` (line/line-bot-sdk-java#1026, its
  // UnauthorizedException), and with the reason between (`Authentication failed due to the following reason: The
  // access token malformed. Confirm that …`, bottenderjs/messaging-apis#604). Both end in this sentence: a token came
  // and was not accepted.
  line(
    'token-refused',
    'challenge.invalid-token',
    'Confirm that the access token in the authorization header is valid',
  ),
  // Its 401 for a call with no Authorization header: `{"message":"Authorization header required. Must follow the
  // scheme, 'Authorization: Bearer <ACCESS TOKEN>'"}` (invokable/laravel-line-sdk#9, Guzzle's 401 from
  // api.line.me/v2/bot/message/push).
  line('no-header', 'token.missing', 'Authorization header required. Must follow the scheme'),
  // LINE Login's Verify ID token endpoint (POST https://api.line.me/oauth2/v2.1/verify, id_token and client_id: the
  // LINE Login channel's ID) answers 400 {"error":"invalid_request","error_description":"…"} for an ID token it does not
  // accept, one description a check (developers.line.biz/en/reference/line-login/#verify-id-token; apps' tests classify
  // the descriptions, "IdToken expired." → token_expired, "Invalid IdToken Audience." → audience_mismatch, "Invalid
  // IdToken Issuer.", "Invalid IdToken Nonce.", "Invalid IdToken Subject Identifier."; a LIFF app's id_token refused
  // an hour after login: `{"error":"invalid_request","error_description":"IdToken expired."}`). The generic
  // invalid_request is the envelope; the description is the reason.
  lineLogin('expired', 'time.expired', 'IdToken expired.', { exactCase: true, read: lineLoginLayout }),
  // The aud is not the client_id sent: an ID token from another channel (a LIFF app's channel is the LINE Login channel
  // it was added to), or the Messaging API channel's ID sent as client_id.
  lineLogin('audience', 'claim.aud-mismatch', 'Invalid IdToken Audience.', { exactCase: true, read: lineLoginLayout }),
  lineLogin('issuer', 'claim.iss-mismatch', 'Invalid IdToken Issuer.', { exactCase: true, read: lineLoginLayout }),
  lineLogin('nonce', 'claim.required-missing', 'Invalid IdToken Nonce.', {
    exactCase: true,
    args: { claim: 'nonce', reason: 'mismatch' },
    read: lineLoginLayout,
  }),
  lineLogin('subject', 'claim.required-missing', 'Invalid IdToken Subject Identifier.', {
    exactCase: true,
    args: { claim: 'sub', reason: 'mismatch' },
    read: lineLoginLayout,
  }),
  // The LINE SDK for Android checking the ID token it got at login against the device's clock, with five minutes'
  // leeway (line/line-sdk-android IdTokenValidator.java: "OpenId issuedAt is after current time: " + iat, "OpenId
  // expiresAt is before current time: " + exp), as flutter_line_sdk passes it on (line/flutter_line_sdk#91:
  // `PlatformException(INTERNAL_ERROR, OpenId issuedAt is after current time: Thu Dec 21 15:07:50 GMT+07:00 2023, …)`,
  // a device whose clock was behind).
  lineSdk('iat-future', 'time.issued-in-future', 'OpenId issuedAt is after current time', { exactCase: true }),
  lineSdk('expired', 'time.expired', 'OpenId expiresAt is before current time', { exactCase: true }),
  // Its bare refusal: the token is not an ID token LINE Login can read or its signature does not verify.
  lineLogin('invalid', 'challenge.invalid-token', 'Invalid IdToken.', { exactCase: true, read: lineLoginLayout }),
  // Rakuten's RMS WEB API refusing the ESA credential (Authorization: ESA base64(serviceSecret:licenseKey)): error code
  // ES01-01 "Un-Authorised", as order and stock tools relay it ("API認証情報に問題があります。([ES01-01] Un-Authorised)",
  // preview-support.logiless.com/faq/12734; "エラーコード: ES01-01, エラーメッセージ: Un-Authorised",
  // support.raku2han.jp/?p=9370). Their causes: a wrong serviceSecret or licenseKey, a licenseKey past its 90 days, or
  // the API not set to 利用可能 for the app in RMS (help.teps.io/rakuten-connection-error).
  rakutenRms('ES01-01', 'challenge.invalid-token', 'Un-Authorised', { exactCase: true, read: rmsCodeNear }),
  // The kabu STATION API's token endpoint (POST http://localhost:18080/kabusapi/token, {"APIPassword": …}) answering 401
  // {"Code":4001007,"Message":"ログイン認証エラー"} while the kabu STATION app is not logged in to the account, whatever
  // the password: it logs out every morning at its 6:00–6:30 maintenance (kabucom/kabusapi#1326, #44: "4001007：ログイン
  // 認証：kabuSステーションログイン認証でない。APIパスワードの正誤にかかわらず。"). Its 4001013 トークン取得失敗 (the
  // app logged in, the API password wrong: kabucom/kabusapi#774 and #158, `HTTP Error 401: Unauthorized {'Code':
  // 4001013, 'Message': 'トークン取得失敗'}`) is the same token request refused.
  kabuStation('4001007', 'challenge.invalid-token', 'ログイン認証エラー', { read: kabuCode4001007 }),
  kabuStation('4001013', 'challenge.invalid-token', 'トークン取得失敗', { read: kabuCode4001013 }),
  // Money Forward クラウド's APIs (expense.moneyforward.com/api/external/v1/…) answering a call that carried no access
  // token in Authorization: Bearer: {"messages":["ログインしてください"]} (moneyforward/expense-api-doc#34: curl's -G
  // instead of -H, so the header was never sent; the maintainer: the access token is not set as a Bearer header).
  moneyForward('login-required', 'token.missing', 'ログインしてください', { read: moneyForwardLayout }),
  // Yahoo! JAPAN's Web APIs (Yahoo! ID連携's UserInfo API among them) answering a refused access token: 401 with
  // WWW-Authenticate: Bearer realm="yahooapis.jp", error="invalid_token", and the X-YahooJ-AuthError header's (and the
  // body's) sentence, "Requested Token is expired. Please provide valid credentials." for an expired one; since January
  // 2024 an expired token issued before August 2023 gets "Requested Token is invalid format. Please provide valid
  // credentials." (error_description="invalid token format") instead (developer.yahoo.co.jp/changelog/
  // 2023-12-28-yconnect31.html). An access token lasts an hour, its refresh token four weeks (developer.yahoo.co.jp/
  // yconnect/faq.html).
  yahooJapan('expired', 'time.expired', 'Requested Token is expired. Please provide valid credentials.', {
    exactCase: true,
  }),
  yahooJapan(
    'invalid-format',
    'challenge.invalid-token',
    'Requested Token is invalid format. Please provide valid credentials.',
    {
      exactCase: true,
    },
  ),
  // PayPay's Open Payment API refusing the request's HMAC credential (its API key and secret sign each request, the
  // merchant in X-ASSUME-MERCHANT): 401 {"resultInfo":{"code":"UNAUTHORIZED",…}} (paypay/paypayopa-sdk-node#130, the
  // Node SDK's STATUS 401 BODY) whose message its PHP SDK throws as is, "ClientControllerException: Unauthorized
  // request" (paypay/paypayopa-sdk-php#152; src/core/Controller.php raises resultInfo's message); a wrong merchant id
  // answers so too (paypay/paypayopa-sdk-java#78). The words only with PayPay or its resultInfo envelope near.
  paypay('unauthorized', 'challenge.invalid-token', 'Unauthorized request', { exactCase: true, read: paypayNamed }),
  // kintone's REST API error codes (kintone/cli-kintone features/common.feature): CB_AU01 "Please login." is its 401
  // for a request that carried no credentials ("認証情報がない"); GAIA_IA02 "The specified API token does not match the
  // API token generated via an app." is its 400 for an API token it does not know ("APIトークンが不正").
  kintone('CB_AU01', 'token.missing', 'CB_AU01', CODE),
  // CB_WA01 "Password authentication failed." is its 401 for a login name and password (X-Cybozu-Authorization) it
  // did not accept: a wrong user or password, or no password at all (cli-kintone features/common.feature,
  // "ユーザー名が間違っている", "パスワードが指定されていない": `[401] [CB_WA01] Password authentication failed.`).
  kintone('CB_WA01', 'challenge.invalid-token', 'CB_WA01', CODE),
  // CB_NO02 "No privilege to proceed." is its 403 for a user (or API token) the app's permissions do not let do the
  // call: cli-kintone's features (`ERROR: [403] [CB_NO02] No privilege to proceed.`), kintone-customize-uploader's
  // `KintoneRestAPIError: [403] [CB_NO02] No privilege to proceed. (YvIvLH6UrE8kqnRjT7Va)` for a non-administrator.
  kintone('CB_NO02', 'policy.deny', 'CB_NO02', CODE),
  // GAIA_IA02's code holds no trigger letter (scan.ts), so its message is the row.
  kintone(
    'GAIA_IA02',
    'challenge.invalid-token',
    'The specified API token does not match the API token generated via an app',
  ),
  // freee's APIs' 401 for an access token they did not accept: error code invalid_access_token ("ログインをして下さい")
  // or expired_access_token ("アクセスする権限がありません", "アクセストークンをリフレッシュして下さい"), as its
  // 40x checkpoint table lists them (developer.freee.co.jp/tips/faq/40x-checkpoint); since December 2024 freee returns
  // expired_access_token for both (developer.freee.co.jp/news/7180), so neither says more than "refused, refresh it".
  freee('invalid-access-token', 'challenge.invalid-token', 'invalid_access_token', {
    exactCase: true,
    read: freeeLayout,
  }),
  freee('expired-access-token', 'challenge.invalid-token', 'expired_access_token', {
    exactCase: true,
    read: freeeLayout,
  }),
  // Backlog's API v2 401 for an API key (apiKey=) it does not accept: {"errors":[{"message":"Authentication failure.",
  // "code":11,"moreInfo":""}]} (developer.nulab.com/ja/docs/backlog/getting-started: a wrong key or another space's;
  // an OAuth 2.0 token's refusal comes in WWW-Authenticate instead; nattokin/go-backlog's tests, issue_test.go). Code 11
  // is Backlog's own; the words alone are anyone's.
  backlog('authentication-failure', 'challenge.invalid-token', 'Authentication failure.', {
    exactCase: true,
    read: backlogLayout,
  }),
  // Chatwork's API v2 401 for the API token in X-ChatWorkToken: {"errors": ["Invalid API token"]} (chatwork/api
  // RAML/api-ja.raml, its unauthorized_response; the header: developer.chatwork.com/docs/endpoints).
  chatwork('invalid-api-token', 'challenge.invalid-token', 'Invalid API token', {
    exactCase: true,
    read: chatworkLayout,
  }),
];
