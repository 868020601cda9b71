/**
 * Round "ja-local": what software prints in Japanese because the machine's or the user's locale is Japanese. Spring
 * Security's Japanese catalogue (parse/verifier-messages/localized.ts), and .NET's and Windows PowerShell's localized
 * HTTP errors (read by their status, as in English). Every string is from a public source named beside its row. Each
 * localized message must read as its English original does; the last group puts the words in prose, and must stay
 * quiet.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import {
  A401,
  A403,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  QUIET,
  REFUSED,
  S401,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SPRING = 'spring-security';

/** spring-security messages_ja.properties: ExceptionTranslationFilter.insufficientAuthentication. */
const INSUFFICIENT_JA = 'このリソースにアクセスするには認証をする必要があります';
/** The same key in messages.properties. */
const INSUFFICIENT_EN = 'Full authentication is required to access this resource';
/** spring-security messages_ja.properties: AbstractSecurityInterceptor.authenticationNotFound. */
const NOT_FOUND_JA = '認証オブジェクトがSecurityContext内に見つかりませんでした';
/** The same key in messages.properties. */
const NOT_FOUND_EN = 'An Authentication object was not found in the SecurityContext';

/** Spring Boot's error body under server.error.include-message=always, with the exception's message. */
const bootBody = (message: string) =>
  `{"timestamp":"2024-05-01T01:02:03.456+00:00","status":401,"error":"Unauthorized","message":"${message}","path":"/api/orders"}`;

/** A request block as Chrome's Japanese devtools copy it, with the token given. */
const jaRequest = (token: string) => ['リクエスト ヘッダー', `authorization: Bearer ${token}`].join('\n');

const SPRING_JA: Row[] = [
  {
    name: 'Spring Boot 401 body with the Japanese insufficientAuthentication message, no request pasted',
    input: [S401, JSON_CT, '', bootBody(INSUFFICIENT_JA)].join('\n'),
    ...A401,
    top: 'token.missing',
    via: SPRING,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'InsufficientAuthenticationException in Japanese, from a stack trace',
    input: [
      `org.springframework.security.authentication.InsufficientAuthenticationException: ${INSUFFICIENT_JA}`,
      '\tat org.springframework.security.web.access.ExceptionTranslationFilter.handleAccessDeniedException(ExceptionTranslationFilter.java:199)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: SPRING,
    excludes: MISREAD,
  },
  {
    name: 'the Japanese message reported in a Japanese sentence (と出ています)',
    input: `ログに${INSUFFICIENT_JA}と出ています`,
    ...REFUSED,
    top: 'token.missing',
    via: SPRING,
  },
  {
    name: 'AuthenticationCredentialsNotFoundException in Japanese (method security, nothing authenticated)',
    input: [
      `org.springframework.security.authentication.AuthenticationCredentialsNotFoundException: ${NOT_FOUND_JA}`,
      '\tat org.springframework.security.access.intercept.AbstractSecurityInterceptor.credentialsNotFound(AbstractSecurityInterceptor.java:337)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: SPRING,
    excludes: MISREAD,
  },
  {
    name: 'AuthenticationCredentialsNotFoundException in English (the row the Japanese one mirrors)',
    input: `org.springframework.security.authentication.AuthenticationCredentialsNotFoundException: ${NOT_FOUND_EN}`,
    ...REFUSED,
    top: 'token.missing',
    via: SPRING,
    excludes: MISREAD,
  },
  {
    name: 'the Japanese 401 body after a request that carried an expired token: the token says why',
    input: [jaRequest(EXPIRED_MASKED), '', S401, JSON_CT, '', bootBody(INSUFFICIENT_JA)].join('\n'),
    ...A401,
    top: 'time.expired',
  },
  {
    name: 'a signed token in the request is never echoed',
    input: [jaRequest(EXPIRED), '', S401, JSON_CT, '', bootBody(INSUFFICIENT_JA)].join('\n'),
    ...A401,
    top: 'time.expired',
  },
];

// .NET's localized exception messages: its status (and the reason phrase, English or translated) is read as in the
// English message, and nothing else is made of the Japanese words around it.
const DOTNET_JA: Row[] = [
  // HttpResponseMessage.EnsureSuccessStatusCode's HttpRequestException under a Japanese UI culture (NuGet's Japanese
  // release notes, docs.microsoft.com ja-jp: "System.Net.Http.HttpRequestException: 応答の状態コードは成功を示していません:
  // 403 (禁止)"), with the reason phrase the server sent.
  {
    name: '.NET ja: HttpRequestException 401 (Unauthorized)',
    input: [
      'System.Net.Http.HttpRequestException: 応答の状態コードは成功を示していません: 401 (Unauthorized)。',
      '   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: '.NET ja: HttpRequestException 403 with a translated reason phrase (禁止)',
    input: 'System.Net.Http.HttpRequestException: 応答の状態コードは成功を示していません: 403 (禁止)。',
    ...A403,
    excludes: ['token.missing', ...MISREAD],
  },
  // WebException under Windows PowerShell / .NET Framework in Japanese: "リモート サーバーがエラーを返しました: (401)
  // 許可されていません" (a PowerShell session pasted in a public script's comment), "(401) 未承認" (Azure Media
  // Services' Japanese docs), "(403) 禁止されています。" (Microsoft 365's Japanese MSCommerce docs).
  {
    name: 'PowerShell ja: (401) 許可されていません',
    input: 'Invoke-WebRequest : リモート サーバーがエラーを返しました: (401) 許可されていません。',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: '.NET Framework ja: WebException (401) 未承認',
    input: 'System.Net.WebException: リモート サーバーがエラーを返しました: (401) 未承認',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'MSCommerce ja: (403) 禁止されています。',
    input: 'ErrorMessage - リモート サーバーがエラーを返しました: (403) 禁止されています。',
    ...A403,
    excludes: ['token.missing', ...MISREAD],
  },
  {
    name: '.NET ja: the 401 after a request with a token that is still valid is not "no token"',
    input: [
      jaRequest(FRESH_MASKED),
      '',
      'System.Net.Http.HttpRequestException: 応答の状態コードは成功を示していません: 401 (Unauthorized)。',
    ].join('\n'),
    ...A401,
    excludes: ['token.missing', ...MISREAD],
  },
];

const QUIET_ROWS: Row[] = [
  // Other apps' own wording (public ja.json catalogues: "このリソースにアクセスするには認証が必要です"), not Spring's.
  { name: 'another app’s wording: 認証が必要です', input: 'このリソースにアクセスするには認証が必要です', ...QUIET },
  {
    name: 'the Spring message in a condition (と出たら)',
    input: `${INSUFFICIENT_JA}と出たら再ログインさせたい`,
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'the Spring message after もし, asked about',
    input: `もし「${INSUFFICIENT_JA}」が返ってきたら？`,
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'prose naming the objects: 認証オブジェクトをSecurityContextに入れる方法',
    input: '認証オブジェクトをSecurityContextに入れる方法',
    ...QUIET,
  },
  // AbstractAccessDecisionManager.accessDenied in Japanese: the English "Access is denied" is not read either (too
  // common in prose and in other products), so neither is its translation.
  {
    name: 'Spring’s accessDenied in Japanese alone: アクセスが拒否されました',
    input: 'アクセスが拒否されました',
    ...QUIET,
  },
  {
    name: 'the English not-found message asked about',
    input: `What does "${NOT_FOUND_EN}" mean?`,
    ...QUIET,
    excludes: ['token.missing'],
  },
];

describe('Round ja-local: localized messages', () => {
  const secret = EXPIRED.split('.')[2] as string;
  for (const [group, rows] of [
    ['Spring Security (ja)', SPRING_JA],
    ['.NET and PowerShell (ja)', DOTNET_JA],
    ['stays quiet', QUIET_ROWS],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
        await expectPasteRow(row, [secret]);
      });
    });
  }

  // The catalogue's words must mean what its English original means: the same codes, from the same library.
  it.each([
    [
      'insufficientAuthentication, a 401 body',
      (m: string) => [S401, JSON_CT, '', bootBody(m)].join('\n'),
      INSUFFICIENT_JA,
      INSUFFICIENT_EN,
    ],
    [
      'insufficientAuthentication, a log line',
      (m: string) => `InsufficientAuthenticationException: ${m}`,
      INSUFFICIENT_JA,
      INSUFFICIENT_EN,
    ],
    [
      'authenticationNotFound, a log line',
      (m: string) => `AuthenticationCredentialsNotFoundException: ${m}`,
      NOT_FOUND_JA,
      NOT_FOUND_EN,
    ],
  ] as const)('%s reads as its English original', async (_name, paste, ja, en) => {
    const [jaReport, enReport] = await Promise.all([run(paste(ja)), run(paste(en))]);
    const read = (r: typeof jaReport) => r.findings.map((f) => [f.code, f.args.via]);
    expect(read(jaReport)).toEqual(read(enReport));
  });
});
