/**
 * Round 9 of real-world pastes: what Japanese-speaking on-call engineers write around a failed request in Slack —
 * 敬語 and casual forms, full-width punctuation （）「」：、。, full-width spaces and digits from an input method left in
 * full-width mode, ・ bullets, mixed English/Japanese lines — and the localized framework replies Japanese apps send
 * back (devise-i18n's ja.yml, named beside each row). The prose is written for these tests, as people type it; the
 * software strings are the products' own. Reading choices: docs/findings.md, "Reading the rules" (Japanese counters
 * and the words that say an error occurred). The last groups hold dates, times and counts that must stay quiet.
 */
import { describe, it } from 'vitest';
import {
  A401,
  A403,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  QUIET,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const PROSE: Row[] = [
  { name: 'casual: 本番だけ401になる', input: '本番だけ401になる', ...A401, top: 'token.missing', excludes: MISREAD },
  { name: '丁寧語: 403が返ってきます', input: '403が返ってきます', ...A403, excludes: MISREAD },
  {
    name: '敬語 with 。 and a request for review',
    input: '本番環境でのみ401エラーが発生しております。ご確認いただけますでしょうか。',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'greeting, then the status with a full-width parenthesis naming the other environment',
    input: 'お疲れ様です。APIを叩くと403が返ってきます（stgでは200）',
    ...A403,
    excludes: MISREAD,
  },
  {
    name: '・ bullets with full-width colons: production 401, staging 200',
    input: '・本番：401\n・ステージング：200',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'a date and a time in 年月日 / 時分 before the status, with 出てます',
    input: '2026年5月28日 14時10分から401が出てます',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'an incident heading: 【障害】 … 401多発（14:10〜）',
    input: '【障害】本番APIで401多発（14:10〜）',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: '「」 around the status line',
    input: '「401 Unauthorized」が返ってきます',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'a reason phrase inside Japanese: 401 Unauthorizedで返ってくる',
    input: 'レスポンスが401 Unauthorizedで返ってくる',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'ステータスコード： with full-width digits from the input method',
    input: 'ステータスコード：４０１',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'full-width spaces between the status and its phrase',
    input: '401\u3000Unauthorized\u3000が返る',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'casual with …: ログインすると401になっちゃう…',
    input: 'ログインすると401になっちゃう…',
    ...A401,
    excludes: MISREAD,
  },
  { name: 'short chat line: まだ401', input: 'まだ401', ...A401, excludes: MISREAD },
  { name: 'short chat line: 403出る', input: '403出る', ...A403, excludes: MISREAD },
  { name: '認証エラー（401）になります', input: '認証エラー（401）になります', ...A401, excludes: MISREAD },
  {
    name: 'works locally, 401 in production',
    input: 'ローカルでは通るのに本番だと401返ってくる',
    ...A401,
    excludes: MISREAD,
  },
  {
    name: 'a CDN named in prose: CloudFrontから403が返ってきてます',
    input: 'CloudFrontから403が返ってきてます',
    ...A403,
    excludes: MISREAD,
  },
  {
    name: 'a question after the status: 403 Forbiddenが返されます。権限の問題でしょうか？',
    input: '403 Forbiddenが返されます。権限の問題でしょうか？',
    ...A403,
    excludes: MISREAD,
  },
  {
    name: 'casual with コケる: 本番だけ401でコケる',
    input: '本番だけ401でコケる、昨日まで動いてたのに',
    ...A401,
    excludes: MISREAD,
  },
];

const WITH_EVIDENCE: Row[] = [
  {
    name: 'a token after a full-width colon: このトークンで401になります：<jwt>',
    input: `このトークンで401になります：${EXPIRED_MASKED}`,
    ...A401,
    top: 'time.expired',
    includes: ['input.masked', 'signature.unchecked'],
    excludes: MISREAD,
  },
  {
    name: 'labelled lines: トークン：<jwt> / レスポンス：401',
    input: `トークン：${EXPIRED_MASKED}\nレスポンス：401`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
  {
    name: 'a token that looks fine, 403, casual: 期限切れっぽい? (the prose guess is not evidence)',
    input: `トークンの期限切れっぽい？403になる\n${FRESH_MASKED}`,
    ...A403,
    excludes: ['time.expired', ...MISREAD],
  },
  {
    name: 'a status line and a challenge pasted under Japanese prose',
    input: `昨日まで動いてたのに、今朝から認証が通らないです。\n${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: 'error＝"invalid_token" typed in full-width mode, after a 403 status line',
    input: `${S403}\nWWW-Authenticate: Bearer error＝"invalid_token"\n権限はあるはずなんですが…`,
    status: 403,
    classification: 'authentication',
    includes: ['challenge.invalid-token', 'status.mismatch'],
    excludes: MISREAD,
  },
  {
    // tigrish/devise-i18n rails/locales/ja.yml: devise.failure.unauthenticated. It says the caller is not signed in and
    // names no cause: the status decides, as Devise's English "You need to sign in or sign up before continuing." does.
    name: 'devise-i18n ja: unauthenticated reply under a 401',
    input: `${S401}\n${JSON_CT}\n\n{"error":"ログインもしくはアカウント登録してください。"}`,
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // tigrish/devise-i18n rails/locales/ja.yml: devise.failure.timeout, a session's expiry (not the access token's).
    name: 'devise-i18n ja: session timeout under a 401 states no token expiry',
    input: `${S401}\n${JSON_CT}\n\n{"error":"セッションがタイムアウトしました。もう一度ログインしてください。"}`,
    ...A401,
    excludes: ['time.expired', ...MISREAD],
  },
  {
    name: 'a bare Authorization header with a full-width colon after its name',
    input: `Authorization：Bearer ${EXPIRED_MASKED}\n本番で401が返ります`,
    ...A401,
    top: 'time.expired',
    excludes: MISREAD,
  },
];

const LOGS_IN_PROSE: Row[] = [
  ...(
    [
      ['after a full-width colon', 'エラー内容：jwt expired', 'time.expired'],
      ['in 「」', 'ログには「jwt expired」と出ています', 'time.expired'],
      ['in full-width parentheses', '401になる（jwt expired）', 'time.expired'],
      ['in 『』 before 。', '原因は『jwt malformed』です。', 'token.malformed'],
    ] as const
  ).map(
    ([where, input, top]): Row => ({
      name: `a short verifier message ${where}: Japanese punctuation bounds a message as ASCII punctuation does`,
      input,
      status: input.startsWith('401') ? 401 : null,
      classification: 'authentication',
      top,
      via: 'jsonwebtoken',
      excludes: MISREAD.filter((code) => code !== top),
    }),
  ),
  {
    name: 'a verifier’s class and message after 原因：',
    input: '原因：TokenExpiredError: jwt expired',
    status: null,
    classification: 'authentication',
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: MISREAD,
  },
  {
    name: 'a mesh’s denial on the line under ログ：',
    input: 'Gatewayのログ：\nRBAC: access denied',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'envoy',
    excludes: MISREAD,
  },
  {
    name: 'full-width digits for the time and the status: １４時１０分ごろから４０１が多発しています',
    input: '１４時１０分ごろから４０１が多発しています',
    ...A401,
    excludes: MISREAD,
  },
];

const MUST_STAY_QUIET: Row[] = [
  {
    name: 'the same words inside Japanese prose, not bounded as a message',
    input: 'たぶんmy jwt expiredなのかも',
    status: null,
    classification: 'undetermined',
    excludes: ['time.expired'],
  },
  { name: 'prose alone: 認証が通らない', input: '認証が通らない', ...QUIET, excludes: MISREAD },
  {
    name: 'prose alone: トークンの期限切れっぽい',
    input: 'トークンの期限切れっぽい',
    ...QUIET,
    excludes: ['time.expired'],
  },
  { name: 'prose alone: 昨日まで動いてた', input: '昨日まで動いてた', ...QUIET },
  { name: 'a count with 件: 昨日から401件くらいエラー出てる', input: '昨日から401件くらいエラー出てる', ...QUIET },
  { name: 'a count with 回: 403回リトライしてもエラー', input: '403回リトライしてもエラー', ...QUIET },
  {
    name: 'counts on both sides: 500件中401件がエラーになりました',
    input: '500件中401件がエラーになりました',
    ...QUIET,
  },
  { name: 'a duration in 秒: タイムアウトは300秒です', input: 'タイムアウトは300秒です。エラーは出てない', ...QUIET },
  { name: 'an approximate count: 約401件の失敗', input: '原因は不明ですが、約401件の失敗がありました', ...QUIET },
  { name: 'people: 401人のユーザー', input: '401人のユーザーが影響を受けています。エラーです', ...QUIET },
  { name: 'people, formal: 対象：403名', input: '対象：403名、エラー発生', ...QUIET },
  { name: 'an ordinal: 第401回定例', input: '第401回定例でエラー報告', ...QUIET },
  { name: 'a line number: 401行目でエラー', input: '401行目でエラー', ...QUIET },
  { name: 'a rate per day: 1日に401回エラー', input: '1日に401回エラー', ...QUIET },
  { name: 'a ticket number: チケット番号401', input: 'チケット番号401でエラーの件を管理', ...QUIET },
  { name: 'a percentage: エラー率が401%に', input: 'エラー率が401%に', ...QUIET },
  { name: 'a full-width count: ４０１件のエラー', input: '４０１件のエラーが発生', ...QUIET },
  { name: 'a count after a space: 401 件のエラー', input: '401 件のエラーが出てる', ...QUIET },
  {
    name: 'a date and a time alone: 2026年5月28日 14時10分にエラー',
    input: '2026年5月28日 14時10分にエラー発生',
    ...QUIET,
  },
  { name: 'latency in ミリ秒', input: '平均レイテンシが401ミリ秒に悪化、エラーは出てない', ...QUIET },
];

describe('round 9: Japanese prose around pastes', () => {
  for (const row of PROSE) it(row.name, async () => void (await expectPasteRow(row)));
});

describe('round 9: Japanese prose with evidence, and localized framework replies', () => {
  for (const row of WITH_EVIDENCE) it(row.name, async () => void (await expectPasteRow(row)));
});

describe('round 9: verifier and gateway lines inside Japanese prose', () => {
  for (const row of LOGS_IN_PROSE) it(row.name, async () => void (await expectPasteRow(row)));
});

describe('round 9: dates, times and Japanese counts stay quiet', () => {
  for (const row of MUST_STAY_QUIET) it(row.name, async () => void (await expectPasteRow(row)));
});
