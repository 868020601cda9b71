/**
 * Round 19b of real-world pastes: what Japanese-localized frameworks and Japanese products answer when a request fails
 * with 401/403, as a Japanese engineer pastes it into Slack. Django REST framework's Japanese catalogue (its `detail`
 * under LANGUAGE_CODE = 'ja', read by parse/error-bodies.ts), the LINE Messaging API's 401 replies, kintone's REST API
 * codes (as its reply body and cli-kintone print them, parse/verifier-messages/japanese.ts), Backlog's 401 envelope,
 * and Chrome's Japanese devtools around a token. Every product string is confirmed in a public source named beside its
 * row (or in the matcher / body reader that reads it). Reading choices: docs/findings.md, "Reading the rules" and the
 * project readings (round 19b). The last group puts the same words in prose, and must stay quiet.
 */
import { describe, it } from 'vitest';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const DRF = 'django-rest-framework';
const LINE = 'line-messaging-api';

/** A request block as Chrome's Japanese devtools copy it ("リクエスト ヘッダー"), with the token given. */
const jaRequest = (token: string) => ['リクエスト ヘッダー', `authorization: Bearer ${token}`].join('\n');

// encode/django-rest-framework rest_framework/locale/ja/LC_MESSAGES/django.po (exceptions.py's NotAuthenticated,
// AuthenticationFailed and PermissionDenied, authentication.py's "Invalid token."). Public Django apps' tests assert
// the NotAuthenticated one verbatim under a 401 (`response.data["detail"] == "認証情報が含まれていません。"`).
const DJANGO_JA: Row[] = [
  {
    name: 'DRF ja: NotAuthenticated under a 401, no token sent',
    input: [S401, JSON_CT, '', '{"detail":"認証情報が含まれていません。"}'].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'DRF ja: NotAuthenticated with no status, under a Japanese line (the body states the failure)',
    input: ['本番で叩くとこれ', '{"detail":"認証情報が含まれていません。"}'].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'DRF ja: AuthenticationFailed for a token that is still valid',
    input: [jaRequest(FRESH_MASKED), '', S401, JSON_CT, '', '{"detail":"認証情報が正しくありません。"}'].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: DRF,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'DRF ja: AuthenticationFailed with an expired token in the request (the token says why)',
    input: [jaRequest(EXPIRED_MASKED), '', S401, JSON_CT, '', '{"detail":"認証情報が正しくありません。"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: "DRF ja: TokenAuthentication's 不正なトークンです。 under a 401",
    input: ['トークン認証で401になります', S401, JSON_CT, '', '{"detail":"不正なトークンです。"}'].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: DRF,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'DRF ja: PermissionDenied under a 403 for a token that is valid',
    input: [
      jaRequest(FRESH_MASKED),
      '',
      S403,
      JSON_CT,
      '',
      '{"detail":"このアクションを実行する権限がありません。"}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: DRF,
    excludes: [...NOT_MISSING, 'status.mismatch', ...MISREAD],
  },
  // djangorestframework-simplejwt's ja catalogue (rest_framework_simplejwt/locale/ja/LC_MESSAGES/django.po): "Given
  // token not valid for any token type" and "Token is invalid or expired", in the body shape SimpleJWT sends in English.
  {
    name: 'SimpleJWT ja: no token class accepted a token that is still valid',
    input: [
      jaRequest(FRESH_MASKED),
      '',
      S401,
      JSON_CT,
      'WWW-Authenticate: Bearer realm="api"',
      '',
      '{"detail":"指定されたトークンは、どのトークン・タイプでも有効ではない。","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"トークンが無効または期限切れである"}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'simplejwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'SimpleJWT ja: the same reply with an expired token in the request (the token says why)',
    input: [
      jaRequest(EXPIRED_MASKED),
      '',
      S401,
      JSON_CT,
      '',
      '{"detail":"指定されたトークンは、どのトークン・タイプでも有効ではない。","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"トークンが無効または期限切れである"}]}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'DRF ja: a signed token in the request is never echoed',
    input: [jaRequest(EXPIRED), '', S401, JSON_CT, '', '{"detail":"認証情報が正しくありません。"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
  },
];

const SAAS: Row[] = [
  // line/line-bot-sdk-java#1026 (UnauthorizedException's message, verbatim).
  {
    name: 'LINE Messaging API: a refused channel access token, under Japanese prose with the status',
    input: [
      'LINE Bot のpushが401で落ちてます',
      '{"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: LINE,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // bottenderjs/messaging-apis#604 (the reason between the two sentences).
  {
    name: 'LINE Messaging API: the malformed-token reason under a 401',
    input: [
      S401,
      JSON_CT,
      '',
      '{"message":"Authentication failed due to the following reason: The access token malformed. Confirm that the access token in the authorization header is valid."}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: LINE,
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // invokable/laravel-line-sdk#9 (Guzzle's ClientException message, verbatim up to the body).
  {
    name: 'LINE Messaging API: Guzzle 401, no Authorization header sent',
    input:
      'Client error: `POST https://api.line.me/v2/bot/message/push` resulted in a `401 Unauthorized` response: {"message":"Authorization header required. Must follow the scheme, \'Authorization: Bearer <ACCESS TOKEN>\'"}',
    ...A401,
    top: 'token.missing',
    via: LINE,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  // kintone/cli-kintone features/common.feature, scenario 認証情報がない.
  {
    name: 'kintone: cli-kintone [CB_AU01] Please login. under a Japanese line naming the 401',
    input: ['cli-kintoneのexportが401エラーで落ちる', '[401] [CB_AU01] Please login.'].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'kintone',
    excludes: MISREAD,
  },
  // The REST API's error object ({"code","id","message"}: cybozu.dev's REST API overview; the code and message as
  // cli-kintone prints them).
  {
    name: 'kintone: the REST API body with CB_AU01 under a 401',
    input: [S401, JSON_CT, '', '{"code":"CB_AU01","id":"1505999166-897850006","message":"Please login."}'].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'kintone',
    excludes: MISREAD,
  },
  // kintone/cli-kintone features/common.feature, scenario APIトークンが不正: a 400 for an API token it does not know.
  {
    name: 'kintone: [GAIA_IA02] an unknown API token, on a 400 named in Japanese prose',
    input: [
      'cli-kintoneでAPIトークン指定したら400エラー',
      '[400] [GAIA_IA02] The specified API token does not match the API token generated via an app.',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'kintone',
    // kintone's own refusal says what its 400 is: no status note beside it (round left-v).
    excludes: [...NOT_MISSING, ...MISREAD, 'status.not-auth'],
  },
  // @kintone/rest-api-client's KintoneRestAPIError (kintone/js-sdk packages/rest-api-client/src/error/
  // KintoneRestAPIError.ts: `[${status}] [${code}] ${message} (${id})`), as Node prints an uncaught one.
  {
    name: 'kintone: KintoneRestAPIError [401] [CB_AU01] from @kintone/rest-api-client',
    input: ['バッチが夜中に落ちてた', 'KintoneRestAPIError: [401] [CB_AU01] Please login. (1505999166-897850006)'].join(
      '\n',
    ),
    ...A401,
    top: 'token.missing',
    via: 'kintone',
    excludes: MISREAD,
  },
  {
    name: 'kintone: KintoneRestAPIError [400] [GAIA_IA02], an API token it does not know',
    input:
      'KintoneRestAPIError: [400] [GAIA_IA02] The specified API token does not match the API token generated via an app. (KVw7sLsFPvUgVHBhTQ8p)',
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'kintone',
    // kintone's own refusal says what its 400 is: no status note beside it (round left-v).
    excludes: [...NOT_MISSING, ...MISREAD, 'status.not-auth'],
  },
  // LINE's token verification answering an expired access token with invalid_request (a LINE client's
  // VerifyChannelToken test: 400 `{"error":"invalid_request","error_description":"access token expired"}`): the
  // description names the expiry, read beside invalid_request as beside invalid_token (checks/body.ts).
  {
    name: 'LINE: token verify 400 invalid_request "access token expired"',
    input: [
      'LINEのアクセストークンをverifyしたら400',
      'HTTP/1.1 400 Bad Request',
      JSON_CT,
      '',
      '{"error":"invalid_request","error_description":"access token expired"}',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'time.expired',
    // RFC 6750 §3.1 answers invalid_request with 400: no note that the status is unusual (round words-hh).
    includes: ['challenge.invalid-request'],
    excludes: [...NOT_MISSING, ...MISREAD, 'status.not-auth'],
  },
  // Backlog's 401 envelope (code 11, AuthenticationError), verbatim in public Go Backlog API clients' tests and a .NET
  // Backlog client's comment. Round left-q: Nulab's getting-started page gives its causes as a wrong API key or another
  // space's (developer.nulab.com/ja/docs/backlog/getting-started), so it reads as Backlog refusing the key it got.
  {
    name: 'Backlog: Authentication failure. (code 11) under a 401, no key pasted',
    input: [
      'バックログAPI叩いたら',
      S401,
      JSON_CT,
      '',
      '{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'backlog',
    excludes: [...MISREAD, 'token.missing'],
  },
];

// Chrome's devtools in Japanese: the 全般 block and the header sections (labels in parse/http/vocabulary.ts, each
// confirmed by an earlier round); the challenge is the Docker distribution client's test challenge.
const DEVTOOLS_JA: Row[] = [
  {
    name: 'Chrome ja: 全般 / レスポンス ヘッダー / リクエスト ヘッダー with an expired token',
    input: [
      '全般',
      'リクエスト URL: https://api.example.jp/v1/orders',
      'リクエスト メソッド: GET',
      'ステータス コード: 401 Unauthorized',
      'リモート アドレス: 203.0.113.10:443',
      '参照ポリシー: strict-origin-when-cross-origin',
      '',
      'レスポンス ヘッダー',
      'www-authenticate: Bearer error="invalid_token", error_description="The access token expired"',
      '',
      jaRequest(EXPIRED_MASKED),
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'prose: 権限エラー（403）が返ってきます',
    input: '本番APIで権限エラー（403）が返ってきます',
    ...A403,
    excludes: MISREAD,
  },
  { name: 'prose: HTTPステータス401が返る', input: 'HTTPステータス401が返る', ...A401, excludes: MISREAD },
  { name: 'prose: エラーコード401', input: 'エラーコード401', ...A401, excludes: MISREAD },
  { name: 'prose: 認可エラー（403）', input: '認可エラー（403）', ...A403, excludes: MISREAD },
  // The page counter after a number (below, in the quiet rows) is not the word page before one.
  { name: 'prose: ログインページで401が出る', input: 'ログインページで401が出る', ...A401, excludes: MISREAD },
  { name: 'prose: マイページだけ403になる', input: 'マイページだけ403になる', ...A403, excludes: MISREAD },
  {
    name: 'prose: トークン切れで401エラー (the guess is not evidence; no token pasted)',
    input: 'トークン切れで401エラーになってるっぽい',
    ...A401,
    top: 'token.missing',
    excludes: ['time.expired', ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: 'the DRF detail quoted in a question, no body',
    input: '「認証情報が含まれていません。」ってどういう意味？',
    ...QUIET,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: 'the DRF words inside a longer detail are prose, not the framework’s reply',
    input: [
      S403,
      JSON_CT,
      '',
      '{"detail":"このアクションを実行する権限がありません。管理者にお問い合わせください。"}',
    ].join('\n'),
    ...A403,
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'LINE: a settings checkbox named like the reply stays quiet',
    input: 'webhookの設定で「Authorization header required」にチェック入れた',
    ...QUIET,
    excludes: ['token.missing', ...MISREAD],
  },
  { name: 'a page number: 401ページ目', input: '401ページ目', ...QUIET, excludes: MISREAD },
  { name: 'a page number after a space: 401 ページ目を開くと遅い', input: '401 ページ目を開くと遅い', ...QUIET },
  { name: 'a rank: 検索結果の401位', input: '検索結果の401位', ...QUIET },
  { name: 'a ticket number: 401番のチケットで対応中', input: '401番のチケットで対応中', ...QUIET },
  { name: 'prose alone: 権限エラーが出る', input: '権限エラーが出る', ...QUIET, excludes: MISREAD },
  { name: 'prose alone: 認証エラーで弾かれる', input: '認証エラーで弾かれる', ...QUIET, excludes: MISREAD },
  {
    name: 'a ticket number beside 期限切れ: チケット #401 のトークン期限切れの件',
    input: 'チケット #401 のトークン期限切れの件',
    ...QUIET,
    excludes: MISREAD,
  },
];

describe('Round 19b: Japanese products and localized replies', () => {
  const secret = EXPIRED.split('.')[2] as string;
  for (const [group, rows] of [
    ['Django REST framework (ja)', DJANGO_JA],
    ['Japanese SaaS APIs', SAAS],
    ['Japanese devtools and prose', DEVTOOLS_JA],
    ['stays quiet', QUIET_ROWS],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
        await expectPasteRow(row, [secret]);
      });
    });
  }
});
