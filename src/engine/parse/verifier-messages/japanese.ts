/**
 * Japanese products and SaaS APIs, in their own words when they refuse a request's credentials: the LINE Messaging
 * API and kintone (its REST API's error codes, as its clients and cli-kintone print them). Their Japanese-language
 * replies from localized frameworks (Django REST framework's ja catalogue) are bodies, read by parse/error-bodies.ts.
 * Each row's text is the product's own, from the public sources named beside it.
 */
import type { Matcher } from './matcher.js';
import { CODE, family } from './matcher.js';

const line = family('line-messaging-api');
const kintone = family('kintone');

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
];
