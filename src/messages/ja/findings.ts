import type {
  AuthzFormatProblem,
  CodeArgs,
  CorsFramework,
  JwtAssertionProblem,
  KeyFetchFailure,
  ProxyAssertion,
  RegistryClient,
  TelemetrySender,
  Workload,
} from '../../engine/args.js';
import type { NonJwtCredential } from '../../engine/checks/credential-kind.js';
import type { SelfSignedPlatform } from '../../engine/checks/platform-limits.js';
import type { FindingMessages, Format, RefinedStep } from '../catalogue.js';
import { CREDENTIAL_SEEKER, type CredentialSeeker } from '../credential-seekers.js';
import { hasProductName, isClientReporter, isRpcEnvelope, productName, refuserOf } from '../product-names.js';
import { answeredBy, codeSaid, isEnvelope, titleQuote, wordsNameCause } from '../refusal-title.js';
import { saasVendor } from '../saas-vendors.js';
import { shownSignals } from '../signals.js';
import { sentVariable, variableSyntax } from '../variable-syntax.js';
import { workingSteps } from '../working-steps.js';
import { AI_API_DETAIL, AI_API_STEPS, AI_API_TITLE } from './ai-apis.js';
import { CLIENT_CERT_EARLY, CLIENT_CERT_EXPIRED, CLIENT_CERT_UNTRUSTED } from './client-certificate.js';
import { AWS_SESSION, NO_CREDENTIALS, NO_CREDENTIALS_STEPS, REFRESH_REFUSED } from './client-sdks.js';
import {
  PLATFORM_AGE_TITLE,
  PLATFORM_ALG_DETAIL,
  PLATFORM_KEY_STEP,
  PLATFORM_LIFETIME_TITLE,
  PLATFORM_STEP,
  platformAgeDetail,
  platformExpects,
  platformLifetimeDetail,
} from './self-signed.js';
import { SIGNED_URL_EARLY, SIGNED_URL_EXPIRED, SIGNED_URL_TOO_LONG, sasDenialStep } from './signed-urls.js';
import {
  SENDER_DETAIL,
  SENDER_FORBIDDEN_DETAIL,
  SENDER_FORBIDDEN_TITLE,
  SENDER_STEPS,
  SENDER_TITLE,
} from './telemetry.js';

/** en/findings.ts の configuredSender* と同じ: 設定にある資格情報を送るクライアント（テレメトリーの送信側、AI の API のクライアント）。 */
function configuredSenderTitle(a: CodeArgs['token.missing']): string {
  if (a.aiApi !== undefined) return AI_API_TITLE[a.aiApi];
  return a.senderForbidden === true ? SENDER_FORBIDDEN_TITLE : SENDER_TITLE[a.sender as TelemetrySender];
}

function configuredSenderDetail(a: CodeArgs['token.missing']): string {
  if (a.aiApi !== undefined) return AI_API_DETAIL[a.aiApi];
  return a.senderForbidden === true ? SENDER_FORBIDDEN_DETAIL : SENDER_DETAIL[a.sender as TelemetrySender];
}

function configuredSenderSteps(a: CodeArgs['token.missing']): string[] {
  return [...(a.aiApi !== undefined ? AI_API_STEPS[a.aiApi] : SENDER_STEPS[a.sender as TelemetrySender])];
}

/** token.missing の主語: 資格情報を見つけられなかったもの（CREDENTIAL_SEEKER）。 */

/** en の opaqueKeyRefused と同じ: トークンが JWT でない製品（opaque-token-products.ts）には JWT のクレームがありません。 */
function opaqueKeyRefused(via: string | undefined): string | null {
  const key = opaqueKeyOf(via);
  if (key === null) return null;
  const { name, check } = PRODUCT_KEY[key];
  return `認証情報は ${name} で、JWT ではないため、確かめる exp、iss、aud、kid はありません。${check}`;
}

const SEEKER: Record<CredentialSeeker, string> = {
  cli: 'コマンドラインツール',
  sdk: 'クライアントの SDK',
  aws: 'AWS CLI または SDK',
};

import { opaqueKeyOf } from '../opaque-token-products.js';
import { SENT_OWN_CREDENTIAL } from '../sent-own-credential.js';
import { dataPlaneTokenExpired } from './data-planes.js';
import { lineLoginStep } from './line-login.js';
import {
  MEDIA_SDK_AUDIENCE,
  MEDIA_SDK_DENIED,
  MEDIA_SDK_LIFETIME,
  MEDIA_SDK_SIGNATURE,
  mintedTokenExpired,
} from './media-sdks.js';
import { PRODUCT_KEY } from './product-keys.js';
import { PUSHER_AUTH_ENDPOINT, realtimeTokenExpired, realtimeTokenRefused } from './realtime.js';
import { RESTRICTED_KEY_STEP, RESTRICTED_KEY_TITLE, restrictedKeyDetail } from './restricted-keys.js';
import { saasTokenExpired, saasTokenRefused } from './saas-vendors.js';
import { SERVICE_NOT_ENABLED } from './service-enablement.js';
import { otherSignedRequest, SIGNED_REQUEST } from './signed-requests.js';

/** challenge.missing's step, and the generic step a hedged intermediary's own replaces (sameAdvice). */
const FIND_ANSWERING_COMPONENT =
  'どのコンポーネントが応答したのかを特定してください。レスポンスヘッダー（Server、Via、x-amzn-*、cf-ray）を、アプリケーションに直接送ったリクエストの結果と比べます。';
/**
 * A bare `Bad credentials` 401 body's step: it begins by finding which server answered, which is challenge.missing's
 * advice for the same 401 (sameAdvice), so a report gives it once, in these words (they also say what to check).
 */
const BAD_CREDENTIALS_BODY_STEP =
  'どのサーバーが答えたかを確かめてください（Server ヘッダー、URL のホスト、このリクエストのログの行）。Spring のアプリケーションなら、ユーザー名とパスワードをユーザーストアと照らし（トークンならどの AuthenticationProvider が読むか）、GitHub の API なら、トークンが期限切れ、失効、打ち間違いでないことを確認してください。';
/** status.not-auth's step for a 4xx, after the body's when none was pasted. */
const CHECK_REQUEST = 'リクエスト自体（URL、メソッド、ボディ）を API のドキュメントと照らし合わせてください。';

/** 応答が示す、アプリケーションに届く前に Authorization を落とすサーバー（checks/header-drop.ts）。 */
/** en/findings.ts の DRF_TOKEN_STEP と同じ（出典は checks/header-drop.ts）。 */
const DRF_TOKEN_STEP =
  'DRF のキーを "Authorization: Token <key>" として送ってください。JWT を使うなら、ビューの authentication_classes に Bearer を読む認証クラス（SimpleJWT の JWTAuthentication、または keyword = \'Bearer\' とした TokenAuthentication のサブクラス）を加えてください。';
const DROPPED_BY: Record<'mod_wsgi' | 'apache-php' | 'drf-token', string> = {
  mod_wsgi:
    '応答は Apache の mod_wsgi からで、mod_wsgi は WSGIPassAuthorization が On でない限り Authorization を WSGI アプリケーションに渡しません（開発サーバーでは動き、Apache の下では動かない状態です）。',
  'apache-php':
    '応答は PHP の前にある Apache からで、CGI や FastCGI（php-fpm）経由では、設定しない限り Authorization を PHP に渡しません。',
  'drf-token':
    'チャレンジ（WWW-Authenticate: Token）は Django REST framework の TokenAuthentication のもので、"Authorization: Token <key>" しか読まず、先頭の語が違うヘッダーは無視します。トークンは読まれず、リクエストは匿名のまま処理されました。',
};
const DROPPED_BY_STEPS: Record<'mod_wsgi' | 'apache-php' | 'drf-token', string[]> = {
  mod_wsgi: [
    'サイトの Apache 設定（バーチャルホスト、ディレクトリ、.htaccess のいずれか）に WSGIPassAuthorization On を加えて、Apache を再読み込みしてください。',
    'Apache の前にあるプロキシが、どれも Authorization ヘッダーを転送しているか確認してください。',
  ],
  'apache-php': [
    'サイトのディレクトリか .htaccess に CGIPassAuth On（Apache 2.4.13 以降）を加えるか、Laravel の public/.htaccess にある規則（RewriteCond %{HTTP:Authorization} . と RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]）を加えてください。',
    'Apache の前にあるプロキシが、どれも Authorization ヘッダーを転送しているか確認してください。',
  ],
  'drf-token': [DRF_TOKEN_STEP],
};

/** STS に発行元の IAM OIDC ID プロバイダーがない（出典は en の stsProviderSteps）。 */
function stsProviderSteps(issuer: string | null): string[] {
  const url = issuer ?? '<トークンの iss>';
  return [
    `ロールを持つアカウントに ${url} の IAM OIDC ID プロバイダーを作成してください（IAM → ID プロバイダー → プロバイダーを追加 → OpenID Connect、または aws iam create-open-id-connect-provider --url ${url} --client-id-list <トークンの aud>）。URL はトークンの iss と完全に一致させます。`,
    'EKS のサービスアカウント（IRSA）なら、クラスターのプロバイダーを作成してください: eksctl utils associate-iam-oidc-provider --cluster <名前> --approve。GitHub Actions なら、プロバイダーは https://token.actions.githubusercontent.com、audience は sts.amazonaws.com です。',
    'ロールを引き受けるアカウント（ロール ARN のアカウント ID）がプロバイダーのあるアカウントであること、ロールの信頼ポリシーの Federated プリンシパルがそのプロバイダーであることを確かめてください。',
  ];
}

/** 認証サービスのステータスが nginx の auth_request の配線について示すこと。 */
const subrequestCause = (status: number) =>
  status >= 300 && status < 400
    ? 'リダイレクトは、auth_request が確認用エンドポイントではなくサインイン画面を指していることを示します。'
    : status === 404
      ? '404 は、認証用 location の URL かパスの誤りを示します。'
      : status >= 500
        ? '5xx は、認証サービス自体が失敗したことを示します。'
        : '認証サービスが auth_request の解釈できない応答を返しました。';

/**
 * RFC 6750 のエラーを、ヘッダーが返したものか、エラーボディが返したもの（`via` が "response body"）か、製品が応答やログで
 * 述べたもの（`via` が製品名）かで言い分けます。
 */
const stated = (a: { via?: string }, error: string, extra = '') =>
  a.via === undefined
    ? `サーバーの応答は error="${error}"${extra} です`
    : a.via === 'response body'
      ? `レスポンスボディは ${error}${extra} を返しています`
      : isEnvelope(a.via)
        ? `サービスは ${namedThen(a.via)}のエラー形式で${SAAS_STATED_IN_ENVELOPE[error] ?? ` ${error}${extra} を返しています`}`
        : // en と同じ: 製品の応答は自分の言葉で書かれ、RFC 6750 の名前はこのカタログのものです（refusal-title.ts）。
          // SAAS_STATED の文は extra（「、scope=…」）を受けないので、括弧で添えます。
          `${namedThen(a.via)}${SAAS_STATED[error] === undefined ? `は ${error}${extra} を返しています` : `${SAAS_STATED[error]}${extra === '' ? '' : `（${extra.slice(1)}）`}`}`;
/** SAAS_STATED の、エラー形式で応答したサービスの言い方（「サービスは gRPC のエラー形式で…」に続きます）。 */
const SAAS_STATED_IN_ENVELOPE: Readonly<Record<string, string>> = {
  invalid_token: 'トークンを拒否しました',
  insufficient_scope: '、トークンに足りない権限があるとして呼び出しを拒否しました',
  invalid_request: 'リクエストを不正な形式として拒否しました',
};
const SAAS_STATED: Readonly<Record<string, string>> = {
  invalid_token: 'がトークンを拒否しました',
  insufficient_scope: 'が、トークンに足りない権限があるとして呼び出しを拒否しました',
  invalid_request: 'がリクエストを不正な形式として拒否しました',
};

/*
 * Conventions of this catalogue, so that new messages read like the old ones:
 * - titles are short and end without 「。」; details and steps are plain polite style (〜です / 〜してください);
 * - claim names, header names, option names, product names and quoted values stay as they are, and a
 *   half-width space separates them from the Japanese around them (「exp は …」), as docs/ja does;
 * - numbers sit right against their unit or counter (「8分前」「60秒」「3件」「2つ」「2023年7月」), as Format writes them, and
 *   right against the Japanese before them (「最大10分」「有効期限は90日です」); a half-width space stays only beside
 *   Latin script (「Box は60秒」). Round words-hh counted the catalogue: 123 numbers joined to their unit against 59
 *   spaced, so the joined form is the rule; test/messages/ja-units.test.ts holds every rendered report to it.
 */

/** Where a stated reason came from; the engine's own English labels (not product names) in Japanese. */
const VIA_JA: Record<string, string> = { 'response body': 'レスポンスボディ', introspection: 'イントロスペクション' };
/** Products whose English name (product-names.ts) is a common noun phrase ("the NATS server"): ja's own words. */
export const PRODUCT_JA: Record<string, string> = {
  'google-api': 'Google API',
  'line-messaging-api': 'LINE Messaging API',
  // LINE writes its login product's name so in Japanese (developers.line.biz/ja/docs/line-login/).
  'line-login': 'LINEログイン',
  'line-sdk': 'LINE SDK',
  // au カブコム証券 writes kabuステーションAPI; 楽天市場 writes RMS for its shop system (its API docs: RMS WEB SERVICE).
  'kabu-station': 'kabuステーションAPI',
  'rakuten-rms': '楽天市場 RMS',
  'money-forward': 'マネーフォワード クラウド',
  telegram: 'Telegram Bot API',
  mqtt: 'MQTT ブローカー',
  nats: 'NATS サーバー',
  npm: 'npm レジストリ',
  'meta-graph': 'Meta の Graph API',
  'x-api': 'X API',
  'git-server': 'Git サーバー',
  maven: 'Maven リポジトリ',
  nuget: 'NuGet フィード',
  'splunk-hec': 'Splunk の HTTP Event Collector',
  'datadog-agent': 'Datadog Agent',
  'gke-metadata-server': 'GKE メタデータ サーバー',
  'opensearch-security': 'OpenSearch の Security プラグイン',
  'firebase-cli': 'Firebase CLI',
  'mcp-sdk': 'MCP TypeScript SDK',
  'mcp-python-sdk': 'MCP Python SDK',
  botframework: 'Bot Framework SDK',
  'bot-connector': 'Bot Connector',
  'sap-approuter': 'SAP Application Router',
  'sap-cloud-security': 'SAP の XSUAA トークン検証',
  'terraform-aws': 'Terraform の AWS プロバイダー',
  'bezkoder-tutorial': 'bezkoder のチュートリアルの JWT ミドルウェア',
};
/** A product's name in a sentence: ja's own word, else the product's name, else the id. */
const named = (v: string) => VIA_JA[v] ?? PRODUCT_JA[v] ?? productName(v);
/** checks/challenge.ts’s reason for a WWW-Authenticate whose value names no scheme (empty, or only commas). */
const NO_CHALLENGE = 'no challenge in the header';

/** A name before a particle: one ending in Latin script keeps its half-width space, one ending in Japanese none
 * (「Telegram Bot API が」 but 「LINEログインが」, 「マネーフォワード クラウドへの」). */
const beforeParticle = (name: string) => (/[A-Za-z0-9)]$/.test(name) ? `${name} ` : name);
/** A product's name before a particle. */
const namedThen = (v: string) => beforeParticle(named(v));
/** Who refused a credential, before 「に拒否されました」. */
const refusedBy = (v: string | undefined) => beforeParticle(v === undefined ? 'サーバー' : named(v));
// en の via と同じ: ライブラリは id のまま、応答した製品はその名前で（dropbox ではなく Dropbox）。
// en と同じく、RPC フレームワークはサービスが応答に使った形式であって、サービスそのものではありません。
// en の HMAC_UNCHECKED と同じ: HMAC で署名したトークンの鍵は発行元と API が共有する秘密で、どこにも公開されません。
const HMAC_UNCHECKED = (alg: string) =>
  `鍵が渡されていません。このトークンは HMAC（${alg}）で署名されており、確認できるのは発行元が署名に使い API が検証に使う共有の秘密だけです。JWKS や公開鍵では確認できません。`;
const HMAC_CHECK_STEP =
  '署名を確認するには、秘密がすでにある場所で CLI を実行してください（秘密をチャンネルに貼り付けないでください）。秘密を JWK ファイル {"kty":"oct","k":"<秘密を base64url にしたもの>"} に書き、--jwks secret.jwk.json を付けます。それで署名が検証できなければ、発行元と API の秘密が違います（別の環境のもの、ローテーション済みのもの、末尾の改行、base64 を生の文字列として読んでいる）。';

const via = (a: { via?: string }) =>
  a.via === undefined
    ? ''
    : isRpcEnvelope(a.via)
      ? `（サービスは ${namedThen(a.via)}のエラー形式で応答）`
      : `（${named(a.via)}）`;
/** en と同じ: 期待値が貼られた文面の言葉（「aud は … のはず」）から来たときは、そう述べます。 */
const writerSays = (a: { expectedFrom?: 'writer' | 'platform'; platform?: SelfSignedPlatform }) =>
  a.expectedFrom === 'writer'
    ? '（期待値は貼られた文面によるものです。実際に比べるのは検証側の設定です）'
    : platformExpects(a.platform);
const q = (s: string) => `"${s}"`;

/**
 * en の refusalTitle と同じ（refusal-title.ts）: 応答した製品（なければサーバー）、言われたときだけ RFC のエラーコード、
 * そしてその言葉。`did` は主語（「Microsoft Graph 」「サーバー」）を受け取って文を作ります。
 */
function refusalTitle(
  a: { via?: string; description: string | null; ownWords?: true },
  did: (who: string) => string,
  error: string,
  quoted = true,
): string {
  const by = answeredBy(a.via);
  return `${did(by === null ? 'サーバー' : namedThen(by))}${codeSaid(a) ? `（${error}）` : ''}${saidWords(quoted ? a.description : null)}`;
}
/** タイトルが引く応答自身の言葉。 */
const saidWords = (description: string | null) => (description === null ? '' : `：「${titleQuote(description)}」`);
/** en の endpointSaid と同じ: トークンエンドポイントの拒否の題に、言われたときだけそのエラーコード、続けてその言葉。 */
const endpointSaid = (a: { error?: string; description: string | null }) =>
  `${a.error === undefined ? '' : `（${a.error}）`}${saidWords(a.description)}`;
/** en の saidBy と同じ: このカタログの言葉で述べる原因を、応答した製品の言葉とともに。 */
function saidBy(a: { via?: string }, title: string, description: string | null): string {
  const by = answeredBy(a.via);
  return `${by === null ? title : `${namedThen(by)}によると、${title}`}${saidWords(description)}`;
}
/** en の REFUSED_CONNECTION と同じ。 */
const REFUSED_CONNECTION: ReadonlySet<string> = new Set(['action-cable', 'socket-io', 'mqtt']);

/** 切れたペイロードから読めたクレーム名（ペイロード由来の名前なので、長いものは短くします）。 */
const claimNames = (names: readonly string[]) => {
  const shown = names.slice(0, MAX_CLAIM_NAMES).map((n) => (n.length > 40 ? `${n.slice(0, 40)}…` : n));
  const more = names.length - shown.length;
  return `${shown.join('、')}${more > 0 ? ` ほか${more}件` : ''}`;
};
const MAX_CLAIM_NAMES = 12;
/** 407 のプロキシを、そのチャレンジが名乗るとおりに: `（Basic realm "corp-proxy"）`。 */
const proxyNamed = (p: NonNullable<CodeArgs['status.not-auth']['proxy']>) =>
  p.scheme === null ? '' : `（${p.scheme}${p.realm === null ? '' : ` realm ${q(p.realm)}`}）`;
/** claim.iss-mismatch の補足: 2つの発行元が同じ Entra ID テナントの v1.0 と v2.0 のとき。 */
const ENTRA_VERSION_DETAIL: Record<string, string> = {
  '': '',
  '1.0':
    'どちらも同じ Entra ID テナントです。トークンは v1.0 形式（sts.windows.net）で、API 自身のアプリ登録のマニフェストがバージョン 2 を指定していない限りこの形式になります。',
  '2.0':
    'どちらも同じ Entra ID テナントです。API のアプリ登録がバージョン 2 を指定しているため、トークンは v2.0 形式です。',
};
/** 検証器の時計が基準時刻より遅れている場合（nbf や iat の失敗を述べたログと、基準時刻では有効なトークン）。 */
const CLOCK_BEHIND = [
  '検証器ホストの時計をサーバーの Date ヘッダーの時刻と比べてください（NTP: timedatectl、chronyc tracking）。遅れているはずです。',
  '時計が正しければ、失敗したリクエストがここに貼り付けたトークンを送っているか（古いトークンや別のトークンではないか）確認してください。',
];
/** typ から分かる、アクセストークンではない JWT の種類（token.type-mismatch）。 */
/** token.for-other-api の見出し（トークンの宛先の API ごと）。 */
const OTHER_API_TITLES: Record<CodeArgs['token.for-other-api']['api'], string> = {
  'microsoft-graph': 'この API 用ではなく Microsoft Graph 用のトークンです',
  'okta-org': 'Okta の組織認可サーバー（Okta 自身の API 用）のトークンです',
  'auth0-management': 'この API 用ではなく Auth0 の Management API 用のトークンです',
  'auth0-userinfo': 'Auth0 の /userinfo エンドポイント専用のトークンで、この API 用ではありません',
};

const PROOF_NAMES = {
  'dpop-proof': 'DPoP の証明（proof）',
  'logout-token': 'バックチャネルログアウトトークン',
  'security-event': 'セキュリティイベントトークン',
  'introspection-response': '署名付きイントロスペクション応答',
  'request-object': 'リクエストオブジェクト',
  'firebase-custom-token': 'Firebase のカスタムトークン',
} as const;
const quoted = (items: readonly string[], f: Format) => f.list(items.map(q));

/** Steps two findings share word for word, so the report gives them once (see the en catalogue). */
/** Spring の既定の権限と、Keycloak が入れ子にしたロール（scope.insufficient の nestedRoles）。 */
function nestedRolesNote(claims: readonly string[] | undefined, f: Format): string {
  if (claims === undefined) return '';
  return `トークンのロールは ${f.list(claims)} にありますが、Spring Security の既定のコンバーターはそこを読みません。権限にするのは scope と scp だけ（SCOPE_…）なので、hasRole のルールはロールを見つけられません。`;
}

/**
 * The scopes a new token must carry: all the required ones, not only those missing, since the new token replaces this
 * one (asking for the missing ones alone would lose the others it granted). It is also what the insufficient_scope
 * challenge's step names, so a report with both gives that step once.
 */
/** 足りないスコープがどれも大文字・小文字違いで付与されている: 加えるものはなく、綴りを揃えるだけ。 */
function allCaseOnly(a: { missing: readonly string[]; caseOnly?: readonly unknown[] }): boolean {
  return a.caseOnly !== undefined && a.missing.length > 0 && a.caseOnly.length === a.missing.length;
}

function scopesToRequest(a: { required: readonly string[]; missing: readonly string[] }): readonly string[] {
  return a.required.length > 0 ? a.required : a.missing;
}

/** X-Accepted-GitHub-Permissions' sets (checks/github-permissions.ts) as words: 「issues: write または pull_requests: write」. */
function githubSets(sets: readonly (readonly string[])[]): string {
  return sets.map((set) => set.map((p) => p.replace('=', ': ')).join(' と ')).join(' または ');
}
function githubWanted(sets: readonly (readonly string[])[] | undefined): string {
  return sets?.length
    ? `権限 ${githubSets(sets)} `
    : 'このエンドポイントに必要な権限（エンドポイントのドキュメントか、応答の X-Accepted-GitHub-Permissions ヘッダーに書かれています）';
}
function requestScopes(scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? '必要なスコープ' : sp(f.list(scopes.map(q)));
  return `${what}を含むトークンを取り直してください（クライアントが要求するスコープに追加し、IdP でクライアントかユーザーに付与します）。`;
}
/** en の requestOneScope と同じ: どれか一つのスコープで通す検証側への手順。 */
function requestOneScope(scopes: readonly string[], f: Format): string {
  return `${sp(anyOf(scopes, f))}を含むトークンを取り直してください（クライアントが要求するスコープに追加し、IdP でクライアントかユーザーに付与します）。`;
}
/** en の bitbucketScopeStep と同じ内容。 */
function bitbucketScopeStep(scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'エンドポイントが必要とするスコープ' : f.list(scopes.map(q));
  return `${what} を持つ Bitbucket の資格情報を作り直してください。API トークンとアクセストークンのスコープ、アプリパスワードの権限は作成時に決まり、後から変えられません。OAuth コンシューマーなら、コンシューマーにその権限を加えてから、もう一度認可してください。`;
}
/** en の forgeScopeStep と同じ内容（スコープはトークンの生成時に決まる）。 */
function forgeScopeStep(product: string, scopes: readonly string[], f: Format): string {
  const what = scopes.length === 0 ? 'エンドポイントが必要とするスコープ' : f.list(scopes.map(q));
  return `${what} を持つ ${product} のトークンを新しく生成し（設定 → アプリケーション → 新しいトークンを生成。repository、issue、organization、user などの read: / write: スコープ）、このトークンの代わりに使ってください。トークンのスコープは生成時に決まります。Gitea 1.20 より前に古い repo スコープで作ったトークンは、今は write:repository だけを持ちます。`;
}
/** en の commercetoolsScopeStep と同じ内容（スコープは API クライアントの作成時に決まる）。 */
/** en の appwriteScopeStep と同じ出典。 */
function appwriteScopeStep(scopes: readonly string[], f: Format): string {
  return `Appwrite は API キーを拒否しました（role: applications）。キーに ${scopes.length === 0 ? 'エンドポイントが必要とするスコープ' : f.list(scopes)} がありません。キーが持てるスコープなら、キーにチェックを入れてください（Appwrite コンソール → プロジェクト → Overview → Integrations → API keys → キー → Scopes）。Account API（スコープ account、public）はユーザーとして動き、キーを受け付けません。setKey のないクライアントから呼び（ユーザーの setSession か setJWT、セッション作成なら無し）、サーバーではキーで Users API（users.create、users.get）を使ってください。`;
}

function commercetoolsScopeStep(scopes: readonly string[], f: Format): string {
  return `${sp(f.list(scopes.map(q)))}${SCOPE_STEP_TAIL.slice(0, SCOPE_STEP_TAIL.indexOf('（'))}。commercetools では API クライアントのスコープは作成時に決まるため、そのスコープを持つ API クライアントを新しく作り（Merchant Center → Settings → Developer settings → Create new API client、または API Clients エンドポイント）、トークン要求では各スコープを <scope>:<project-key> の形で求めるか、スコープを指定せずにクライアントのすべてを受け取ってください。`;
}
/** requestScopes naming no scope, and the test for one that names them (Catalogue.refinedBy). */
const SCOPE_STEP_TAIL =
  'を含むトークンを取り直してください（クライアントが要求するスコープに追加し、IdP でクライアントかユーザーに付与します）。';
/** en の registryScopeNote / registryScopeSteps と同じ内容。 */
const registryScopeNote = (action: 'push' | 'pull' | 'unknown') =>
  `レジストリは、トークンサービスが発行したトークンでの${action === 'unknown' ? 'この操作' : ` ${action} `}を拒否しました。トークンにはリポジトリへの${action === 'unknown' ? 'その操作' : ` ${action} `}の権限（スコープ repository:<name>:${action === 'unknown' ? '<actions>' : action}）がありません。アカウントにそのリポジトリへの権限がないか、その名前のリポジトリが存在しません（Docker Hub は存在しないリポジトリにも同じように答えます）。`;
const registryScopeSteps = (action: 'push' | 'pull' | 'unknown') => [
  `リポジトリの正確な名前（レジストリのホスト、名前空間、リポジトリ）と、クライアントがログインしたアカウント（docker login、helm registry login。ロボットアカウントやアクセストークン）にその${action === 'unknown' ? '操作の権限' : ` ${action} 権限`}があるかを確認してください。Docker Hub では、名前空間がそのアカウントか所属する組織のものか、アクセストークンの権限に ${action === 'pull' ? 'read' : 'write'} が含まれるかも確認してください。`,
  `トークンサービスが発行したトークンを確認してください。要求には scope=repository:<name>:${action === 'pull' ? 'pull' : 'push,pull'} があり、トークンの access クレームに実際に付与された操作が並びます。そこにない操作は、サービスがこのアカウントに与えなかったものです。`,
  'ユーザーを ID プロバイダーから受け取るレジストリ（Harbor の OIDC モード、Quay、Keycloak の docker-v2 プロトコル）では、そのユーザーやロボットが、このリポジトリへの操作を許すロール・チーム・グループに対応付けられているかを確認してください。',
];

export const refinedBy: readonly RefinedStep[] = [
  {
    generic: `必要なスコープ${SCOPE_STEP_TAIL}`,
    isSpecific: (s) =>
      (s.endsWith(SCOPE_STEP_TAIL) && !s.startsWith('必要なスコープ')) ||
      s.includes('commercetools では API クライアントのスコープ'),
  },
  {
    generic: FIND_ANSWERING_COMPONENT,
    isSpecific: (s) => s.includes('アプリケーションの応答を中継しただけなのかを確かめてください'),
  },
  {
    generic:
      'クライアントが "Authorization: Bearer <token>" を付けているか確認してください。トークンの変数が空のことがあります。',
    isSpecific: (s) => s.startsWith('クライアントでヘッダー名を '),
  },
];
const ATTACH_AUTHORIZATION = [
  'クライアントが "Authorization: Bearer <token>" を付けているか確認してください。トークンの変数が空のことがあります。',
  '間にプロキシ、CDN、リダイレクトがある場合は、Authorization が転送されているか確認してください（別ホストへのリダイレクトでは削除されることがよくあります）。',
];
const ATTACH_DPOP = [
  'クライアントが "Authorization: DPoP <token>" と "DPoP: <proof>" ヘッダーを付けているか確認してください。サーバーが受け付けるのは DPoP だけです（RFC 9449）。トークンの変数が空のこともあります。',
  ATTACH_AUTHORIZATION[1] as string,
];
/** en/findings.ts の TRANSPORT_STEP と同じ（出典は checks/browser-transport.ts）。 */
const TRANSPORT_STEP: Record<'websocket' | 'eventsource' | 'eventsource-polyfill' | 'signalr' | 'ws-client', string> = {
  websocket:
    '拒否されたのが WebSocket 接続なら、ブラウザーは WebSocket にヘッダーを付けられないため、トークンは URL のクエリ文字列（SignalR の JavaScript クライアントは access_token=… を送ります。ASP.NET Core はハブのパスについて JwtBearerEvents.OnMessageReceived で読ませたときだけ読みます）か、最初のメッセージ（graphql-ws なら connection_init の payload。サーバーの onConnect が読みます）で送ります。接続の URL か最初のメッセージにトークンがあり、サーバーがそこから読んでいるか確認してください。',
  eventsource:
    '拒否されたのが EventSource のストリームなら、ブラウザーの EventSource は Authorization ヘッダーを送れないため、そのヘッダーだけを読む API は拒否します。サーバーが受け付ける別の方法（Cookie や、サーバーが読むクエリパラメーター）でトークンを送るか、ヘッダーを設定できるクライアント（fetch ベースの EventSource ポリフィル）でストリームを開いてください。',
  'eventsource-polyfill':
    '拒否されたのは EventSource ポリフィル（event-source-polyfill。この文言はそのもの）のストリームで、ブラウザーの EventSource と違いヘッダーを送れます。サーバーが期待する形でトークンを渡しているか（new EventSourcePolyfill(url, { headers: { Authorization: "Bearer <token>" } })）、ストリームが再接続するときにもそのトークンが有効かを確認してください。',
  signalr:
    '拒否されたのは SignalR の negotiate（POST …/negotiate）です。クライアントは accessTokenFactory（JavaScript）か AccessTokenProvider（.NET）が返すトークンを、そこでは "Authorization: Bearer" として、続く WebSocket や Server-Sent Events では access_token クエリパラメーターとして送ります。このオプションが設定され、トークンを返しているか（空の値や、遅れて解決する Promise でないか）、サーバーの JwtBearerEvents.OnMessageReceived がハブのパスについて access_token を読んでいるかを確認してください。Windows 認証（Negotiate）のハブでは、代わりにユーザーの資格情報が必要です（.NET は UseDefaultCredentials、JavaScript は withCredentials）。',
  'ws-client':
    '拒否されたのは Node の ws（または wscat）の WebSocket ハンドシェイクです。ブラウザーと違い、これらはヘッダーを送れます。サーバーが期待する形でトークンを渡し（new WebSocket(url, { headers: { Authorization: "Bearer <token>" } })、wscat なら -H "Authorization: Bearer <token>"）、サーバーが URL から読むならクエリ文字列に入れて、サーバーのアップグレード処理（verifyClient や "upgrade" リスナー）がその場所から読んでいるかを確認してください。',
};

/** en/findings.ts の WEBSOCKET_ORIGIN と同じ（gorilla/websocket の Upgrader は許さない Origin に 403 を返します）。 */
const WEBSOCKET_ORIGIN =
  'ハンドシェイクが 403 なら、サーバーのオリジンチェックも確認してください。ハンドシェイクの Origin を確かめる WebSocket サーバーは、許していないオリジンを、URL にどんなトークンがあっても 403 で拒否します（gorilla/websocket の Upgrader.CheckOrigin は既定で同じホストだけを許します）。';

/** en/findings.ts の HASURA_SUBSCRIPTION と同じ。 */
const HASURA_SUBSCRIPTION =
  'Hasura はサブスクリプションのトークンを、アップグレードのヘッダー（ブラウザーは付けられません）ではなく、WebSocket の connection_init の payload から読みます。クライアントの connectionParams に { headers: { Authorization: "Bearer <token>" } } として入れ（Apollo の GraphQLWsLink・WebSocketLink、graphql-ws の createClient）、再接続のときも新しいトークンが入るよう、ソケットを開くときに計算してください。';

/** en/findings.ts の GRPC_NO_CREDENTIAL と同じ（netbirdio/netbird#4249）。 */
const GRPC_NO_CREDENTIAL =
  'gRPC サーバーは、呼び出しに認証情報がなかったと言っています。その文言（引用した行）が受け付ける認証情報を示していることがあります。クライアントにその認証情報を渡すか（NetBird の「use a setup key or interactive SSO login」なら netbird up --setup-key <key>（セルフホストのサーバーなら --management-url <url> も）、または netbird up で SSO サインイン）、Bearer トークンなら、毎回の呼び出しのメタデータに "authorization" キーで "Bearer <token>" として入れてください（per-RPC 認証情報かインターセプター）。';

/** en/findings.ts の HASURA_ADMIN_SECRET と HASURA_ADMIN_SECRET_SOCKET と同じ。 */
const HASURA_ADMIN_SECRET =
  'Hasura は管理シークレット（HASURA_GRAPHQL_ADMIN_SECRET）だけで動いていて JWT モードも Webhook モードもないため、読む認証情報は x-hasura-admin-secret ヘッダーだけです。Bearer トークンは見られません。アプリのユーザーには、サーバーに HASURA_GRAPHQL_JWT_SECRET（または HASURA_GRAPHQL_AUTH_HOOK）を設定してその JWT を Authorization: Bearer で送り、管理シークレットはサーバーからだけ送ってください。';
const HASURA_ADMIN_SECRET_SOCKET =
  'WebSocket（サブスクリプション）では、Hasura はヘッダーをアップグレードではなく connection_init の payload から読みます。クライアントの connectionParams に { headers: { … } } として入れてください（Apollo の GraphQLWsLink・WebSocketLink、graphql-ws の createClient）。';

/** en/findings.ts の WINDOWS_AUTH_STEPS と同じ。 */
const WINDOWS_AUTH_STEPS = [
  'ユーザーの Windows 資格情報を送ってください。ブラウザーが自動で送るのは、そのために信頼したサイト（ローカル イントラネット ゾーン、Chrome なら AuthServerAllowlist）だけです。.NET クライアントは UseDefaultCredentials = true（SignalR の HubConnectionBuilder なら options.UseDefaultCredentials = true）が、別オリジンへの JavaScript の呼び出しは withCredentials が必要です。',
  'このエンドポイントが Bearer トークンを受け取るべきなら、アプリ既定の Negotiate スキームではなく、そのスキームをエンドポイントに指定してください（[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]、またはハブの RequireAuthorization のポリシー）。',
];

/** en/findings.ts の PUSHER_UNAUTHORIZED と同じ。 */
const PUSHER_UNAUTHORIZED =
  'クライアントが接続直後にサインインする（pusher.signin()。userAuthentication のエンドポイントを使う）か、プライベート／プレゼンスチャンネルを購読しているか、アプリの認可エンドポイントが 200 を返しているか（拒否すると “Unable to retrieve auth string from … endpoint” になります）を確認してください。匿名の接続を許すつもりなら、アプリの設定で Authorized Connections を無効にしてください。';

/** en/findings.ts の ownNoToken と同じ。 */
function ownNoToken(a: {
  via?: string;
  windowsAuth?: true;
}): { title: string; detail: string; steps: string[] } | null {
  if (a.via === 'meilisearch')
    return {
      title: 'Meilisearch に API キーもテナントトークンも届いていません',
      detail:
        'Meilisearch は、リクエストに Authorization ヘッダーがなかったと言っています（missing_authorization_header）。マスターキーを設定して起動したインスタンスは、各リクエストのキーかテナントトークンを Authorization: Bearer <キー> で受け取ります。Meilisearch v0.25 より古いクライアントは X-Meili-API-Key で送っていましたが、今は読まれません。',
      steps: [
        'クライアントにキー（SDK の apiKey、プラグインの MEILISEARCH_API_KEY など）を渡し、Authorization: Bearer <キー> を送らせてください。検索には検索キーかテナントトークン、インデックス登録や設定には管理キーです。まだ X-Meili-API-Key を送るクライアントは、エンジンのバージョンに合うリリースに上げてください。',
      ],
    };
  if (a.via === 'cognito')
    return {
      title: 'Cognito の ID プールにサインインのトークンが届かず、ゲストアクセスもオフです',
      detail:
        'Amazon Cognito の ID プールは、ID やその AWS 認証情報を求める呼び出し（GetId、GetCredentialsForIdentity）の Logins にプロバイダーのトークンがなかったと言っています。これはゲスト（未認証）の認証情報の要求になり、このプールはそれを許していません。サインインしたユーザーの ID トークンが渡されていません。サインインが終わる前やサインアウトの後に認証情報を取りにいった、Amplify の設定がユーザープールと ID プールを結びつけていない、または Logins のキーが cognito-idp.<リージョン>.amazonaws.com/<ユーザープール ID> ではない、のいずれかです。あるいはゲストにも認証情報を渡すはずが、プールのゲストアクセスがオフになっています。',
      steps: [
        'ユーザープールの ID トークン（アクセストークンではなく）を、cognito-idp.<リージョン>.amazonaws.com/<ユーザープール ID> をキーにして Logins で渡し（Amplify は Auth の設定がユーザープールと ID プールの両方を指していればそうします。AWS SDK では fromCognitoIdentityPool({ identityPoolId, logins })）、認証情報はサインインの後にだけ取りにいってください。ゲストにも認証情報を渡すなら、ID プールの User access の設定でゲストアクセスをオンにし（AllowUnauthenticatedIdentities）、ゲストのロールには必要なことだけを許します。',
      ],
    };
  if (a.via === 'libsql')
    return {
      title: 'libSQL サーバーに認証トークンが届いていません（Turso）',
      detail:
        'データベース（Turso、または JWT 認証を有効にした sqld）は、リクエストに JWT がなかったと言っています。クライアントに渡した authToken が空か、渡していない（TURSO_AUTH_TOKEN がプロセスに読み込まれていない、URL の authToken= が空）ため、Authorization ヘッダーを送っていません。',
      steps: [
        'データベースのトークンを authToken としてクライアントに渡してください（createClient({ url, authToken })、または libsql:// の URL の ?authToken=）。読む変数（TURSO_AUTH_TOKEN など）が、動かすすべての環境のそのプロセスに設定されているか確認します。新しいトークンは turso db tokens create <データベース> で作ります。',
      ],
    };
  if (a.via === 'pulsar')
    return {
      title: 'Pulsar のブローカーにリクエストの資格情報が届いていません',
      detail:
        'ブローカーの AuthenticationFilter は、認証が有効なのに HTTP（管理 API）のリクエストに資格情報がなかったと言っています。呼び出し元（pulsar-admin、Pulsar クライアント、または別のブローカーやプロキシ）に認証プラグインとそのパラメーターが設定されていません。',
      steps: [
        '呼び出し元にトークンを設定してください。pulsar-admin とクライアントは client.conf で（authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken、authParams=token:<jwt> または file:///path/to/token）、ほかのブローカーを呼ぶブローカーやプロキシは brokerClientAuthenticationPlugin と brokerClientAuthenticationParameters で設定し、そのロールを superUserRoles に入れます。',
      ],
    };
  if (a.via === 'pusher')
    return {
      title: 'Pusher の接続が時間内に認可されませんでした',
      detail:
        'Pusher が独自のコード 4009 で接続を閉じました。Authorized Connections が有効だと、接続は時間内にサインインするか、プライベート／プレゼンスチャンネルを購読しなければならず、この接続はそうしなかったため、アプリの認可エンドポイントが署名した資格情報が Pusher に届いていません。',
      steps: [PUSHER_UNAUTHORIZED],
    };
  if (a.via === 'apicast')
    return {
      title: '3scale APIcast に、プロダクトが受け付ける資格情報が何も届いていません',
      detail:
        'APIcast は、プロダクトの認証設定が資格情報を探す場所にリクエストが何も載せていなかったと言っています（"Authentication parameters missing"）。探すのは、user_key として送る API キー、App ID と App Key の組（app_id と app_key）、または Authorization の OpenID Connect アクセストークンで、いずれも設定が指定する名前と場所（クエリパラメーターかヘッダー）で送る必要があります。API キー用に設定されたプロダクトに送った Bearer トークンや、別の名前・別の場所で送ったキーは、APIcast には無いのと同じです。',
      steps: [
        '3scale の管理ポータルでプロダクトの Integration → Settings を開き、どの資格情報をどこで受け取るか（user_key のパラメーター名、app_id と app_key、または OpenID Connect とその発行者、クエリかヘッダーか）を確認して、そのとおりに送ってください。例えば ?user_key=<キー>、またはこのプロダクトのアプリケーションの app_id と app_key です。リクエストが届いた APIcast（ステージングまたは本番）はそれぞれ自分の設定を使うので、本番で試す前に変更を昇格してください。',
      ],
    };
  // en と同じ: PlayFab の 1074。Authorization ではなく自分のヘッダーを読みます。
  if (a.via === 'playfab')
    return {
      title: 'この API メソッドが受け付ける資格情報が PlayFab に何も届いていません',
      detail:
        'PlayFab は呼び出しを匿名として扱いました（"This API method does not allow anonymous callers."、NotAuthenticated、1074）。このメソッドが受け付ける資格情報が、PlayFab の読む形では届いていません。PlayFab の API は資格情報を Authorization ではなく独自のヘッダーで受け取ります。プレイヤーのセッションチケットは X-Authorization、エンティティトークンは X-EntityToken、タイトルのシークレットキーは X-SecretKey で、それぞれを受け付けるメソッドに送ります。',
      steps: [
        'まずプレイヤーをサインインさせ（Login… の呼び出し）、返されたものをこのメソッドが受け付けるヘッダーで送ってください。Client API のメソッドには SessionTicket を X-Authorization で、エンティティ API には EntityToken を X-EntityToken で送ります（または SDK の認証コンテキストに設定します）。サーバー API と管理 API はタイトルのシークレットキーを X-SecretKey で受け付け、これはサーバーからだけ送ります。Authorization: Bearer ではなく、そのヘッダー名で送ってください。',
      ],
    };
  if (a.windowsAuth === true)
    return {
      title: 'サーバーは Windows 認証（Negotiate）を求めていますが、受け付けられる資格情報が届いていません',
      detail:
        'サーバーのログでは Negotiate スキーム（Windows 認証：Kerberos または NTLM）がチャレンジし、認可は認証済みのユーザーを見つけられませんでした。このエンドポイントが認証するのは Bearer トークンではなく Windows ユーザーです。クライアントは Windows の資格情報を送っていないか、サーバーが検証できないものを送っています。',
      steps: [...WINDOWS_AUTH_STEPS],
    };
  return null;
}

const LOOK_AT_REQUEST =
  '送ったときのリクエストを見て（DevTools → Network → そのリクエスト → Headers、または curl -v）、"Authorization: Bearer <token>" が付いているか確認してください。';
/** LOOK_AT_REQUEST のうち、コードが送ったリクエスト（checks/client-code.ts）: DevTools を開くブラウザはありません。 */
const LOOK_AT_CLIENT_REQUEST =
  'クライアントのコードが送ったリクエストを見て（その HTTP クライアントのリクエストログを有効にするか、同じ呼び出しを curl -v で行う）、"Authorization: Bearer <token>"（または API が受け取る資格情報）が付いていて、空や未設定の変数になっていないか確認してください。';
/** LOOK_AT_REQUEST for AWS AppSync, which takes the token bare (checks/authz-header.ts appSyncTakesBareTokens). */
const LOOK_AT_REQUEST_BARE =
  '送ったときのリクエストを見て（DevTools → Network → そのリクエスト → Headers、または curl -v）、"Authorization: <token>" とトークンだけが付いているか確認してください。AppSync の Cognito ユーザープールと OIDC のモードは、"Bearer" を付けないトークンを受け取ります。';
const LOOK_FOR_TOKEN =
  '送ったときのリクエストを見て（DevTools → Network → そのリクエスト → Headers、または curl -v）、"Authorization: Bearer <token>" にトークンが入っているか確認してください。';
const PROXIES_FORWARD =
  'クライアントとサービスの間にあるプロキシ、ゲートウェイ、ロードバランサーが、どれも Authorization ヘッダーを転送しているか確認してください。';
const PROXIES_FORWARD_IF =
  '入っていれば、クライアントとサーバーの間のプロキシ、ゲートウェイ、ロードバランサーがすべて Authorization ヘッダーを転送しているか確認してください。';
const PLACEHOLDER_SENT =
  'クライアントが送るトークンをどこから得ているか確認してください。"Bearer " の後に入れる変数が未設定か空だったか、その前のトークン取得のリクエストが失敗したかのどちらかです（そのリクエストの応答を見てください）。';
/** en/findings.ts の placeholderInQuery と同じ（checks/query-placeholder.ts）。 */
const placeholderInQuery = (name: string) =>
  `クライアントが URL の ${name} パラメーターに入れるトークンをどこから得ているか確認してください。接続を開いた時点で変数が未設定か空だった（サインインが終わる前にソケットを作った、保存される前にストレージから読んだ）か、その前のトークン取得のリクエストが失敗したかです。トークンがそろってから接続を作り、再接続のときは新しいトークンを渡してください。`;
const ENVOY_RBAC_STEP =
  'サービスではなく、拒否した Envoy の RBAC ポリシー（Istio ならワークロードか名前空間の AuthorizationPolicy）を探してください。プロキシの rbac ログを debug にして（"istioctl proxy-config log <pod> --level rbac:debug"）、"enforced denied, matched policy …" の行を読み、そのルール（principals、requestPrincipals、paths、methods）をこのリクエストと比べます。';
/** en/findings.ts の ISTIO_BAD_CUSTOM と同じ（出典は en 側）。 */
const ISTIO_BAD_CUSTOM = 'default-deny-all-due-to-bad-CUSTOM-action';
/** The mesh's own denial steps, named so that sameAdvice can fold the gateway's generic policy step into them. */
const MESH_DENIAL_STEPS = {
  badCustom: `Istio は、action が CUSTOM の AuthorizationPolicy のプロバイダーを使えなかったため、その代わりにこのワークロードへのリクエストをすべて拒否しています（ポリシー ${q(ISTIO_BAD_CUSTOM)}）。ポリシーの provider.name が meshConfig.extensionProviders（istio-system の istio ConfigMap）のエントリにあること、そのエントリの種類が正しいこと（oauth2-proxy のような HTTP の認可サービスなら envoyExtAuthzHttp、gRPC なら envoyExtAuthzGrpc）と service・port を確かめ、istiod のログでプロバイダーのエラーを読んでください。認可サービス自体には問い合わせが届いていません。`,
  consul:
    'この呼び出し元と宛先を決める Consul の intention を探してください。consul intention check <source> <destination> で許可か拒否かがわかり、consul intention list（または ServiceIntentions の設定エントリ）でルールが見られます。L7 の intention はパス、メソッド、ヘッダーでも拒否します。ACL の既定ポリシーが deny なら、どの intention も許可していない組み合わせは拒否されます。送信元は、呼び出し元のサイドカーが登録されているサービスであって、送ったトークンではありません。',
  kuma: '宛先のデータプレーンに適用される MeshTrafficPermission を探し（kumactl inspect dataplane <name> --type=policies、または GUI のポリシータブ）、そこで呼び出し元を許可してください。ルールは呼び出し元の kuma.io/service タグか SPIFFE ID に一致する必要があり、メッシュがそれを知るには mTLS が有効でなければなりません。既定が制限的なメッシュ（デモのもの）では、許可する permission ができるまで何も通りません。',
  noAllow:
    'どの ALLOW ポリシーもこのリクエストに一致しなかったため、プロキシが拒否しました（“matched policy none”）。ワークロードには ALLOW ポリシー（Istio ならワークロード、その名前空間、ルート名前空間にある action が ALLOW の AuthorizationPolicy）があり、どのルールもこの呼び出し元、パス、メソッドを含んでいません。一覧を出し（kubectl get authorizationpolicy -A）、許可すべきルールを追加または修正してください。principals（呼び出し元の mTLS の ID）、requestPrincipals（JWT の iss/sub）、paths、methods をこのリクエストと比べます。',
} as const;
/** policy.deny の、Envoy の RBAC フィルターが名指したポリシーか、そのルールを適用したメッシュに応じた手順（en 側と同じ）。 */
function envoyRbacSteps(a: CodeArgs['policy.deny']): string[] {
  if (a.rbacPolicy === ISTIO_BAD_CUSTOM) return [MESH_DENIAL_STEPS.badCustom];
  if (a.mesh === 'consul') return [MESH_DENIAL_STEPS.consul];
  if (a.mesh === 'kuma') return [MESH_DENIAL_STEPS.kuma];
  if (a.customPolicy === true)
    return [
      `貼り付けには action が CUSTOM の AuthorizationPolicy があります。Istio はそのプロバイダーを使えないとき、認可サービスに問い合わせる代わりにワークロードへのすべてのリクエストに「RBAC: access denied」を返します（アクセスログのレスポンスコード詳細は rbac_access_denied_matched_policy[${ISTIO_BAD_CUSTOM}] になります）。ポリシーの provider.name が meshConfig.extensionProviders のエントリにあり、その種類が正しいこと（oauth2-proxy のような HTTP の認可サービスなら envoyExtAuthzHttp）を確かめ、istiod のログを読んでください。`,
      ENVOY_RBAC_STEP,
    ];
  if (a.rbacPolicy === 'none') return [MESH_DENIAL_STEPS.noAllow];
  if (a.rbacPolicy !== undefined)
    return [
      `プロキシは拒否したポリシーを ${q(a.rbacPolicy)} と名指ししています（Istio の書き方は ns[<名前空間>]-policy[<AuthorizationPolicy>]-rule[<番号>]）。そのルールを読み（kubectl get authorizationpolicy <name> -n <namespace> -o yaml）、principals、requestPrincipals、paths、methods をこのリクエストと比べてください。`,
    ];
  return [ENVOY_RBAC_STEP];
}
/** policy.deny の detail で拒否の後に続ける、Envoy が名指したポリシー（またはどれも許可しなかったこと）。 */
const rbacNamed = (a: CodeArgs['policy.deny']) =>
  a.rbacPolicy === undefined
    ? ''
    : a.rbacPolicy === 'none'
      ? 'どの ALLOW ポリシーも一致しませんでした。'
      : `プロキシはポリシー ${q(a.rbacPolicy)} を名指ししています。`;
/** proxy.gateway-response の、自身のメッセージが認可ポリシーによる拒否だったゲートウェイ向けの手順。 */
const gatewayPolicyStep = (product: string) =>
  `アプリケーションではなく、${product} 自身のこのルートと呼び出し元に対する認可ルール（RBAC、ACL、アクセスポリシー）とアクセスログを確認してください。メッセージによれば、拒否したのはそのルールのいずれかです。`;
const LET_PREFLIGHT_THROUGH = [
  'OPTIONS リクエストは認証なしで通してください。認証チェックより前に（アプリかゲートウェイで）プリフライトに応答し、Access-Control-Allow-Origin、Access-Control-Allow-Methods、Authorization を含む Access-Control-Allow-Headers を返します。',
  'そのうえで再試行してください。プリフライトの後に送られる本来のリクエストにはトークンが付きます。',
];
/** en/findings.ts の CORS_WHERE・CORS_BEFORE_AUTH と同じ（出典は en 側）。貼り付けが示すフレームワークだけを挙げます。 */
const CORS_WHERE: Record<CorsFramework | 'none', string> = {
  none: 'アプリケーション、またはその前段のゲートウェイで',
  spring: 'Spring なら CorsConfigurationSource の Bean か @CrossOrigin',
  aspnetcore: 'ASP.NET Core なら AddCors で定義するポリシーの WithOrigins、WithMethods、WithHeaders',
  express: 'Express なら cors ミドルウェアの origin、methods、allowedHeaders オプション',
  'aws-apigateway':
    'API Gateway なら REST API のリソースで「CORS を有効にする」を選んで再デプロイ、HTTP API なら CORS 設定',
};
const corsFrameworkOf = (a: CodeArgs['request.cors-rejected']): CorsFramework | 'none' =>
  a.corsFramework ?? (a.via === 'spring-framework' ? 'spring' : 'none');
const CORS_BEFORE_AUTH: Record<CorsFramework | 'none', string> = {
  none: '認証より前に OPTIONS が CORS の処理に届くようにして、プリフライトに Access-Control-Allow-Origin を付けて答えさせてください。',
  spring:
    '認証より前に OPTIONS が CORS の処理に届くようにして（Spring Security なら http.cors()）、プリフライトに Access-Control-Allow-Origin を付けて答えさせてください。',
  aspnetcore:
    'app.UseCors() を UseRouting の後、UseAuthentication と UseAuthorization の前に呼び、認証より前にプリフライトに Access-Control-Allow-Origin を付けて答えさせてください。',
  express:
    'cors ミドルウェア（app.use(cors({ … }))）を認証のミドルウェアより前に登録し、トークンを求める前にプリフライトに Access-Control-Allow-Origin を付けて答えさせてください。',
  'aws-apigateway':
    'OPTIONS メソッドにはオーソライザーを付けないでください（「CORS を有効にする」はモック統合で答える OPTIONS を追加します）。そうすればプリフライトに Access-Control-Allow-Origin が付きます。',
};
const PREFLIGHT_NOTE =
  'これは CORS のプリフライト（OPTIONS）です。ブラウザーはプリフライトに Authorization を付けないので、サーバーはそこで認証を求めてはいけません。';
const SEND_EXACTLY =
  '"Authorization: Bearer <token>" の形どおりに送ってください（スペースは1つ、引用符と改行はなし、ヘッダーは1つだけ）。';
/** en/findings.ts の HEC_HEADER と同じ（出典は en 側）。 */
const HEC_HEADER =
  '"Authorization: Splunk <token>"（Splunk という語、スペース1つ、HEC トークン）の形で送ってください。生の Authorization ヘッダーを書くより、送信側の HEC トークンの設定（Collector の splunk_hec エクスポーターの token、Fluent Bit の splunk_token、Vector の default_token）にトークンを入れれば、スキームは送信側が付けます。curl -H "Authorization: Splunk <token>" https://<host>:8088/services/collector/event -d \'{"event":"test"}\' で確かめられます。';

/** 送られたままの未展開の変数: シェルやテンプレートリテラルの `$TOKEN`/`${token}` は書かれたとおり、API クライアントのものは波括弧つき。 */
/** GitLab の REST API がトークンを読む場所（docs.gitlab.com/api/rest/authentication）。 */
/** en/findings.ts の MCP_CLIENT_SIGN_IN、MCP_SERVER_CHALLENGE と同じ（出典は en 側）。 */
const MCP_CLIENT_SIGN_IN =
  'MCP クライアントをこのサーバーにサインインさせるか、サーバーのトークンを渡してください。OAuth を使うサーバーには、そのサーバー用のクライアント自身のサインイン（クライアントの Authenticate や Connect の操作、MCP Inspector の認証設定）が必要です。固定トークンや API キーを受け付けるサーバーには、クライアントのサーバー設定にヘッダーとして書きます（"headers": {"Authorization": "Bearer <token>"}、mcp-remote なら --header）。';
const MCP_SERVER_CHALLENGE =
  'トークンなしでサーバーが何を返すか確認してください: curl -i -X POST <MCP の URL>。OAuth を使うサーバーは 401 と WWW-Authenticate: Bearer resource_metadata="…"（RFC 9728）を返し、クライアントはそこから自分でサインインを始めます。前段のプロキシは、このヘッダーを返し、クライアントの Authorization を渡す必要があります。';

const GITLAB_HEADERS =
  'GitLab が読む場所にトークンを入れて送ってください。個人・プロジェクト・グループのアクセストークン（glpat-…）は PRIVATE-TOKEN ヘッダーか "Authorization: Bearer <token>"、OAuth 2.0 のトークンは "Authorization: Bearer <token>"、CI/CD のジョブトークンは JOB-TOKEN です（curl --header "PRIVATE-TOKEN: <token>" "https://<host>/api/v4/…"）。';
/** en/findings.ts の BASIC_CLIENT_SETTINGS と同じ（出典は en 側）。貼り付けがそのクライアントを示すときだけ挙げます。 */
const BASIC_CLIENT_SETTINGS: Record<'npm' | 'maven', string> = {
  npm: 'npm なら .npmrc の //host/path/: に付けた _auth、または username と _password。npm login --registry <url> が書き込みます',
  maven: 'Maven なら、リポジトリの id と同じ settings.xml の <server>',
};
const basicCredentials = (clients: readonly ('npm' | 'maven')[] | undefined) =>
  `クライアントがこのホストに送るよう設定されたユーザー名とパスワードと、それが呼び出す URL に対応付けられているかを確認してください${
    clients === undefined ? '' : `（${clients.map((c) => BASIC_CLIENT_SETTINGS[c]).join('。')}）`
  }。そのうえで、同じ URL に curl -u <user> で試してください。`;
/** firebase/firebase-functions src/common/providers/https.ts: checkTokens のログ行が拒否したトークンを示します。 */
const FIREBASE_CALLABLE_REFUSED =
  'サインイン中のユーザーの Firebase Auth ID トークン（user.getIdToken()。1時間の期限の前に更新されます）を "Authorization: Bearer <ID トークン>" で送ってください（クライアント SDK の httpsCallable はそうします）。その aud はこの関数の Firebase プロジェクト ID である必要があります。どちらのトークンが拒否されたかは関数のログに出ます: "Callable request verification failed: Auth token was rejected." または "… AppCheck token was rejected."';
/** distribution/distribution docs/spec/auth/token.md: realm へのトークン要求と、その後の再試行。 */
const REGISTRY_TOKEN_EXCHANGE =
  '401 の後に続いたものを見てください。チャレンジの realm へのクライアントのトークン要求（GET <realm>?service=<service>&scope=<scope>）とその応答、そして "Authorization: Bearer <token>" を付けた再試行です。realm が 401 を返したなら、クライアントが送った資格情報（docker login が ~/.docker/config.json か資格情報ヘルパーに保存したもの）が誤っています。scope の操作（push）を含まないトークンが発行されたなら、アカウントにその権限がありません。';
const REGISTRY_LOGIN =
  'docker CLI なら、イメージと同じホスト名（ポートも含む）で docker login <レジストリのホスト[:ポート]> をやり直して再試行してください。curl なら、自分でトークンを取得し（curl -u <user> "<realm>?service=<service>&scope=<scope>"）、"Authorization: Bearer <token>" で送ってください。';
/** en/findings.ts の REGISTRY_CLIENT_LOGIN と同じ。 */
const REGISTRY_CLIENT_LOGIN: Record<RegistryClient, string> = {
  crane:
    'crane なら、イメージと同じホスト名（ポートも含む）で crane auth login <レジストリのホスト[:ポート]> -u <user> --password-stdin を実行して再試行してください（crane は docker login が保存した資格情報も読みます）。',
  cosign:
    'cosign なら、イメージと同じホスト名（ポートも含む）で cosign login <レジストリのホスト[:ポート]> -u <user> --password-stdin を実行して再試行してください（cosign は docker login が保存した資格情報も読みます）。',
  trivy:
    'trivy なら、trivy registry login --username <user> --password-stdin <レジストリのホスト> を実行するか、スキャンに TRIVY_USERNAME と TRIVY_PASSWORD を設定して再試行してください（trivy は docker login が保存した資格情報も読みます）。',
  helm: 'helm なら、チャートと同じホスト（oci://<ホスト>/… のホスト）で helm registry login <レジストリのホスト> -u <user> --password-stdin を実行して再試行してください。helm はこのログインを自身のレジストリ設定（--registry-config、HELM_REGISTRY_CONFIG）に保存するので、helm を実行するユーザーと環境で実行してください。',
};
const registryLogin = (client: RegistryClient | undefined): string =>
  client === undefined ? REGISTRY_LOGIN : REGISTRY_CLIENT_LOGIN[client];
const REGISTRY_TOKEN_SERVICE_ACCESS =
  'クライアントが要求したスコープ（トークン要求の URL の scope=repository:<name>:<actions>）と、アカウントに許されていることを照らし合わせてください。Docker Hub では、push ならアクセストークンの権限に write が含まれるか、名前空間がそのアカウントか所属する組織のものかを、ほかのレジストリでは、ユーザーやロボットアカウントのそのリポジトリへの権限を確認してください。';
const REGISTRY_TOKEN_LIFETIME =
  '長い push や pull の途中で失敗するなら、操作が終わる前にトークンの期限が切れている可能性があります。レジストリのトークンサービスが発行するトークンの有効期間を、操作にかかる時間より長くしてください。';
const GITLAB_CHECK_TOKEN =
  '同じ GitLab インスタンスでトークンを確かめてください。curl --header "PRIVATE-TOKEN: <token>" "https://<host>/api/v4/personal_access_tokens/self" でアクセストークンの有効期限、スコープ、取り消しの有無が分かります。ここでも 401 なら、期限切れ、取り消し、コピーの誤り、別インスタンスのトークンのいずれかです。新しいトークンを作ってください（ユーザー設定 → アクセストークン）。';
/** One value, or "a、b のいずれか". */
const anyOf = (items: readonly string[], f: Format) =>
  items.length === 1 ? quoted(items, f) : `${quoted(items, f)} のいずれか`;
/** A half-width space after a phrase that ends in ASCII, before the Japanese that follows it. */
const sp = (s: string) => (/[\x21-\x7e]$/.test(s) ? `${s} ` : s);
/** A space before a phrase that starts with an ASCII word (「これは DPoP の…」), none before Japanese. */
const lead = (s: string) => (/^[\x21-\x7e]/.test(s) ? ` ${s}` : s);
/** "8分前に" / "5分後に", or "ちょうど今" when the offset rounds to nothing (「今に切れました」 is not Japanese). */
const at = (seconds: number, f: Format) => (Math.round(seconds) === 0 ? 'ちょうど今' : `${f.relative(seconds)}に`);

/** 「トークンエンドポイント」。製品が述べたときはその名前を添えます（RFC 6749 の素のボディは名前なし）。 */
const tokenEndpoint = (a: { via?: string }) =>
  a.via === undefined || a.via === 'response body'
    ? 'トークンエンドポイント'
    : isClientReporter(a.via)
      ? `トークンエンドポイント（${namedThen(a.via)}の報告）`
      : `トークンエンドポイント（${named(a.via)}）`;
const authorizationEndpoint = (a: { via?: string }) =>
  a.via === undefined || a.via === 'response body' ? '認可エンドポイント' : `認可エンドポイント（${named(a.via)}）`;
/** エンドポイント自身の言葉（括弧書き）。 */
const desc = (a: { description: string | null }) => (a.description === null ? '' : `（${q(a.description)}）`);

/** Salesforce のトークンエンドポイントがクライアントを拒否した場合（出典は en/findings.ts の SALESFORCE_CLIENT）。 */
/** パスワードグラント（RFC 6749 §4.3）の invalid_grant: トークンではなく、資格情報・アカウント・クライアントの許可が原因。 */
const PASSWORD_GRANT_STEPS = [
  'クライアントが送るユーザー名とパスワードを確認してください（IdP が求める形のログイン名かメールアドレス、現在のパスワード、フォームボディ内の余分な空白や特殊文字のエンコード）。同じものでプロバイダー自身のログイン画面からサインインできるか試します。',
  'アカウントの状態を確認してください。失敗の繰り返しによるロック、無効化、パスワード変更やメール確認の要求がないか。MFA が必要なユーザーはパスワードグラントを使えません。',
  'IdP がこのクライアントにパスワードグラントを許可しているか確認してください（Keycloak: Direct access grants、Auth0: Password グラントタイプと既定のディレクトリ、Entra ID: パブリッククライアントフローの許可と、フェデレーションされていないアカウント）。',
];

/** DocuSign の JWT グラント（出典は en/findings.ts の DOCUSIGN_ASSERTION_STEP）。 */
const DOCUSIGN_ASSERTION_STEP =
  'DocuSign: 送り先の環境の Apps and Keys とアサーションを照らしてください。iss はインテグレーションキー、sub はユーザーの API ユーザー ID（メールアドレスではなく GUID）、aud は開発者（デモ）環境なら account-d.docusign.com、本番なら account.docusign.com です（デモのインテグレーションキーは昇格するまで本番では見つかりません）。RSA 秘密鍵はそのインテグレーションキーに登録したキーペアのものでなければなりません。issuer_not_found はインテグレーションキー、no_valid_keys_or_signatures はキーペアか署名した時計の問題です。';

/** トークンエンドポイントが、クライアントが署名した JWT アサーションを拒否した（token.revoked の jwtAssertion）。失敗した部分ごと。 */
const JWT_ASSERTION: Record<JwtAssertionProblem, { title: string; detail: string; steps: string[] }> = {
  signature: {
    title: 'クライアントがサービスアカウントの鍵で署名した JWT を、トークンエンドポイントが検証できませんでした',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）の署名が、サービスアカウントの有効な鍵で検証できません。失効したユーザーのトークンはありません。原因はクライアントの鍵です。',
    steps: [
      '鍵ファイルの鍵がまだ存在し有効か確認してください。gcloud iam service-accounts keys list --iam-account=<client_email> にその private_key_id が出る必要があります。削除・無効化・ローテーションされた鍵（古い鍵ファイルを持ったままのシークレットストアも）はこう失敗します。なければ新しい鍵を作り、新しいファイルを配置します。',
      'client_email と private_key が同じ鍵ファイルのものか確認してください。新しい鍵に古いメールアドレス、別のアカウントのメールアドレスを組み合わせても同じように失敗します。',
      'JWT に署名するマシンの時計（NTP）を確認してください。数時間ずれた時計も同じ文言で拒否されます。',
    ],
  },
  time: {
    title: 'トークンエンドポイントがクライアントの署名した JWT を拒否しました。iat/exp が範囲外です（時計）',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）は、サーバーの時計で今発行され、有効期間が60分以内でなければなりませんが、iat/exp がそうなっていません。よくある原因は署名するマシンの時計です。失効したユーザーのトークンはありません。',
    steps: [
      'JWT に署名するマシンの時計（NTP、VM やコンテナのホストの時刻）を合わせてから再試行してください。Google の時計で iat が未来でなく、exp が iat から60分以内である必要があります。',
      '時計が正しければ、クライアントが iat と exp をどう設定しているか確認してください。エポックからの秒数（ミリ秒ではない）で、exp − iat ≤ 3600 です。',
    ],
  },
  account: {
    title: 'JWT に署名したサービスアカウントを、トークンエンドポイントが認識していません',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT が示すサービスアカウント（鍵ファイルの client_email）が存在しないか、無効化されています。失効したユーザーのトークンはありません。',
    steps: [
      'サービスアカウントが存在し有効か確認してください（gcloud iam service-accounts describe <client_email>）。削除したアカウントは30日間は復元できます。それを過ぎたら新しいアカウントと鍵を作ります。',
      'クライアントが想定どおりの鍵ファイル（GOOGLE_APPLICATION_CREDENTIALS、マウントしたシークレット）を読んでいるか、別プロジェクトのものでないか確認してください。',
    ],
  },
  lifetime: {
    title: 'トークンエンドポイントがクライアントの署名した JWT を拒否しました。exp が許される範囲の外です',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）の exp を、サーバーが自分の時計で受け付けません。すでに過ぎているか、許す範囲より先です（Box は60秒）。原因は署名するマシンの時計か、クライアントが設定する有効期間です。失効したユーザーのトークンはありません。',
    steps: [
      'JWT に署名するマシンの時計（NTP、VM やコンテナのホストの時刻）を合わせてから再試行してください。',
      'exp はプロバイダーの要求どおりに、現在からのエポック秒で設定してください。Box は60秒以内です（SDK の既定は30秒で、expirationTime を大きくすると拒否されます）。jti は毎回新しくします。',
    ],
  },
  format: {
    title: 'トークンエンドポイントがクライアントの署名した JWT を拒否しました。exp が整数の秒数ではありません',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）の exp が整数ではありません。小数（ミリ秒を 1000 で割って丸めていない値）か文字列です。原因は時計ではなくクライアントのコードです。失効したユーザーのトークンはありません。',
    steps: [
      'exp（と iat）は、エポックからの秒数を小数のない JSON の数値で設定してください（JavaScript なら Math.floor(Date.now() / 1000) + 30、Python なら int(time.time()) + 30）。Box の exp は60秒先までで、jti は毎回新しくします。',
    ],
  },
  consent: {
    title: 'JWT が示すユーザーが、クライアントを承認していません（事前承認もありません）',
    detail:
      'クライアントがユーザーとしてアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）が示すユーザー（sub）は、このクライアントを承認しておらず、管理者による事前承認もありません。失効したトークンはありません。そのユーザーに対するクライアントのアクセス許可がありません。',
    steps: [
      'Salesforce: 接続アプリケーションの「許可されているユーザー」を「管理者が承認したユーザーは事前承認済み」にし、ユーザーのプロファイルか権限セットをアプリに追加してください（設定 → アプリケーションマネージャー → アプリ → 管理）。または、同じコンシューマー鍵で一度 Web のサインインを通してユーザーにアプリを承認してもらいます。',
      'sub がリクエスト先の組織でのユーザー名か（Sandbox のユーザーなら test.salesforce.com、aud は https://test.salesforce.com）、iss が接続アプリケーションのコンシューマー鍵か確認してください。',
    ],
  },
  grant: {
    title: 'トークンエンドポイントがクライアントの署名した JWT アサーションを拒否しました（jwt-bearer グラント）',
    detail:
      'クライアントがアクセストークンを得るために署名した JWT（jwt-bearer グラント、RFC 7523）が受け付けられませんでした。署名、iss・sub・aud、iat/exp、jti のいずれかです。失効したユーザーのトークンはありません。',
    steps: [
      'アサーションに署名する鍵が、トークンエンドポイントがそのクライアントについて持つ鍵か確認してください（削除・無効化・ローテーションされていないか）。',
      'アサーションのクレームを確認してください。iss と sub がクライアント（または代理するユーザー）を示し、aud がトークンエンドポイントの URL で、exp が iat からサーバーの許す期間内にあり、jti がアサーションごとに新しく（Box のように jti を確かめるサーバーは、再試行で送り直したものも含め、一度使った jti を拒否します）、署名するマシンの時計が正しいこと。',
    ],
  },
};

/** Google STS のトークン交換の audience（ワークロード ID プロバイダーの完全なリソース名）: invalid_target と invalid_request の両方。 */
const WIF_PROVIDER_STEP =
  'クライアントが送るプロバイダー名（google-github-actions/auth の workload_identity_provider、認証情報構成ファイルの audience）を確認してください。「projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER」の完全な形で、プロジェクト ID ではなくプロジェクト番号を使い、プールだけでなくプロバイダーの ID まで指定します。';

/** PayPal のトークンエンドポイントが REST アプリの資格情報を拒否した場合（出典は en/findings.ts の PAYPAL_CLIENT）。 */
const PAYPAL_CLIENT =
  '同じ REST アプリの同じモード（developer.paypal.com → Apps & Credentials の Sandbox か Live）のクライアント ID とシークレットをコピーし、そのモードのホストに送ってください。サンドボックスの資格情報は api-m.sandbox.paypal.com に、本番のものは api-m.paypal.com にだけ受け付けられます。一致していても拒否されるなら、アプリのシークレットを新しく生成して使ってください。';

const SALESFORCE_CLIENT =
  '接続アプリケーション（または外部クライアントアプリケーション）のコンシューマー鍵を client_id に、コンシューマーの秘密を client_secret に、欠けなくコピーして送ってください（設定 → アプリケーションマネージャー → アプリ → 参照 → コンシューマーの詳細を管理）。送り先は、そのアプリがある組織のログインホストです。作成したばかりのアプリは受け付けられるまで最大10分かかります。何かを変える前に、待ってから再試行してください。';

/** Bot Framework SDK の "Invalid AppId passed on token"（出典は en/findings.ts の BOT_APP_ID_STEP）。 */
const BOT_APP_ID_STEP =
  'ボットのアプリ ID（appsettings.json や .env の MicrosoftAppId、テンプレートによっては APP_ID / BOT_ID）を、メッセージを送ってくる Azure Bot リソースの Microsoft App ID（Azure Bot → Configuration）にし、そのアプリのパスワードと、シングルテナントのアプリなら MicrosoftAppType SingleTenant と MicrosoftAppTenantId も設定してください。設定がない、または名前を間違えていると SDK はアプリ ID を持たず、どのトークンとも一致しません。';

/** SAP の XSUAA 検証の aud 不一致（出典は en/findings.ts の XSUAA_AUDIENCE_STEP）。 */
const XSUAA_AUDIENCE_STEP =
  'このアプリケーションにバインドされた xsuaa サービスインスタンス（バインドの資格情報の clientid）からトークンを取得するか、呼び出し元の xsuaa インスタンスにこのアプリケーションのスコープを与えて（xs-security.json の “grant-as-authority-to-apps” や foreign-scope-references）、そのクライアント ID がトークンの aud に入るようにしてください。アプリケーションが読むべきバインドを読んでいるか（VCAP_SERVICES、ローカルならプロパティの xsuaa.xsappname と xsuaa.clientid）も確認してください。';

/** Google API がメソッドのスコープのないトークンを拒否した場合（出典は en/findings.ts の GOOGLE_SCOPE_STEP）。 */
const GOOGLE_SCOPE_STEP =
  'このメソッドに必要なスコープを API リファレンス（記載の Authorization scopes）で確かめ、クライアントが要求するスコープに加えてください。保存したトークンは同意したときのスコープのままなので、削除して（クイックスタートの token.json、保存したリフレッシュトークン、gcloud auth application-default login --scopes=…）同意し直してください。ユーザーの代わりに動くサービスアカウント（ドメイン全体の委任）は、管理コンソール（セキュリティ › アクセスとデータ管理 › API の制御 › ドメイン全体の委任）でそのクライアント ID にスコープを追加する必要があります。Compute Engine では VM のアクセススコープもトークンを制限します。';

/** Figma のパーソナルアクセストークンのスコープ（出典は en/findings.ts の FIGMA_SCOPE_STEP）。 */
const FIGMA_SCOPE_STEP = (scopes: string) =>
  `${scopes}を選んで新しいパーソナルアクセストークンを生成し（Figma → Settings → Security → Personal access tokens。トークンのスコープは生成時に決まります）、それを送ってください。OAuth アプリなら、アプリと認可リクエストにスコープを加え、ユーザーに認可し直してもらってください。`;

/** SAP BTP のアプリケーションルーターがルートを拒否した場合（出典は en/findings.ts の APPROUTER_SCOPE_STEP）。 */
const APPROUTER_SCOPE_STEP =
  'SAP BTP コックピット（サブアカウント → セキュリティ → ユーザー、またはロールコレクション）で、ルートが求めるスコープのいずれかを与えるロールを含むロールコレクションをユーザーに割り当て（xs-app.json のルートの scope。$XSAPPNAME はアプリケーションの xsappname）、アプリケーションルーターからログインし直してください（セッションを終えるか、そのブラウザーの Cookie を消す）。トークンが持つのは発行時のスコープです。';

/** 連携トークンを拒否した信頼の持ち主（federation.no-match）。 */
type Trust = 'entra' | 'aws' | 'gcp' | 'vault' | 'other';
const trustOf = (v: string | undefined): Trust =>
  v === 'entra-id' ? 'entra' : v === 'aws-sts' ? 'aws' : v === 'gcp-sts' ? 'gcp' : v === 'vault' ? 'vault' : 'other';
const FEDERATION_TITLES: Record<Trust, string> = {
  entra: 'トークンに一致するフェデレーション資格情報がアプリにありません',
  aws: 'ロールの信頼ポリシーがトークンを受け入れていません',
  gcp: 'ワークロード ID プロバイダーの属性条件がトークンを拒否しています',
  vault: 'Vault ロールのバインド条件がトークンと一致しません',
  other: 'フェデレーションの信頼設定がトークンと一致しません',
};
/** トークンを発行した基盤の sub の形（federation.no-match の workload）。 */
const SUBJECT_FORMS: Record<NonNullable<Workload>, string> = {
  'github-actions':
    'GitHub Actions の sub は "repo:OWNER/REPO:ref:refs/heads/BRANCH"、ジョブが環境を指定すると "repo:OWNER/REPO:environment:NAME"、プルリクエストでは "repo:OWNER/REPO:pull_request" です。リポジトリ名の変更、新しい環境、別のブランチで変わります',
  'gitlab-ci':
    'GitLab CI の sub は "project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH" です（タグでは ref_type が tag。プロジェクトの設定で要素を減らせます）。プロジェクトの移動、別のブランチ、タグで変わります',
  kubernetes:
    'Kubernetes のサービスアカウントトークンの sub は "system:serviceaccount:NAMESPACE:NAME"、iss はクラスター自身の発行者です。別の名前空間、サービスアカウント、クラスターで変わります',
  other:
    'トークンの sub を、信頼設定が指定するサブジェクトと一文字ずつ比べてください。発行した基盤が名前（リポジトリとブランチ、プロジェクト、サービスアカウント）から作るため、名前の変更で変わります',
};
/** EKS の Pod の IAM ロール（IRSA）: 信頼ポリシーの aud 条件は STS（docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html）。 */
const IRSA_AUDIENCE =
  '。EKS の Pod の IAM ロール（IRSA）では、ロールの信頼ポリシーの Principal がクラスターの OIDC プロバイダーで、"<issuer>:sub" がこの Pod のサービスアカウントの "system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT"、"<issuer>:aud" が "sts.amazonaws.com" である必要があります';
const FEDERATION_TRUSTS: Record<Trust, string> = {
  entra: 'アプリのフェデレーション資格情報',
  aws: 'IAM ロールの信頼ポリシー',
  gcp: 'ワークロード ID プロバイダーの属性条件',
  vault: 'Vault ロールのバインド条件',
  other: 'IdP のフェデレーションの信頼設定',
};
const FEDERATION_STEPS: Record<Trust, string> = {
  entra:
    'トークンの iss、sub、aud を、アプリのフェデレーション資格情報（アプリの登録またはマネージド ID → 証明書とシークレット → フェデレーション資格情報）の発行者、サブジェクト識別子、対象ユーザー（api://AzureADTokenExchange）と比べてください。完全に一致する必要があります。新しいサブジェクトには資格情報を追加します。',
  aws: 'トークンの iss、sub、aud を、ロールの信頼ポリシーと比べてください。Principal はトークンの発行元の IAM OIDC プロバイダーで、<issuer>:sub と <issuer>:aud の Condition（StringEquals または StringLike）がこのトークンで成り立つ必要があります。',
  gcp: 'トークンのクレームを、プロバイダーの属性条件と属性マッピング（"gcloud iam workload-identity-pools providers describe" で確認できます）と比べてください。条件は assertion.sub や assertion.repository などに対する CEL 式で、このトークンで真になる必要があります。',
  vault:
    'トークンの sub とクレームを、ロールの bound_subject、bound_claims、bound_audiences（vault read auth/<mount>/role/<name>）と比べてください。Kubernetes 認証では、サービスアカウントと名前空間を bound_service_account_names と bound_service_account_namespaces と比べます。',
  other:
    'トークンの iss、sub、aud を、信頼設定（フェデレーション資格情報、ロールの信頼条件、プロバイダーの条件）と比べてください。どれも完全に一致する必要があります。',
};

/** After 「…にあるのは "a"、"b" です」: whether that copy of the key set is fresh. */
const REFETCH_NOTE = {
  none: '',
  refetched: '（念のため取り直して確認しました）',
  'cooling-down': '（直前に取得したばかりのため、取り直していません）',
  failed: '（キャッシュしていた鍵セットです。取り直しには失敗しました）',
} as const;

/** Why the keys could not be fetched, as a sentence without its 「。」. */
const FETCH_FAILURE: Record<KeyFetchFailure, (httpStatus: number | null) => string> = {
  timeout: () => '時間内に応答がありませんでした',
  network: () => '接続に失敗しました（DNS、TLS、または接続拒否）',
  'http-status': (s) => `200 ではなく HTTP ${s ?? '?'} が返りました`,
  'not-json': () => '応答が JSON ではありません（HTML のエラーページかサインインページかもしれません）',
  'too-large': () => '応答が鍵セットとしては大きすぎます',
  'redirect-blocked': () => '別のホストへリダイレクトされましたが、たどっていません',
  'not-https': () => 'URL が https ではなく、そのホストには http が許可されていません',
  'no-jwks-uri': () => 'ディスカバリドキュメントに使える jwks_uri がありません',
  'issuer-mismatch': () => 'ディスカバリドキュメントが別の発行元のものです',
  'invalid-jwks': () => '応答が、使える鍵を含む JWK Set ではありません',
};

/** The environments `environmentOf` names, as a Japanese engineer says them. */
const ENVIRONMENTS: Record<string, string> = {
  production: '本番環境',
  staging: 'ステージング環境',
  dev: '開発環境',
  test: 'テスト環境',
  qa: 'QA 環境',
  uat: 'UAT 環境',
  sandbox: 'サンドボックス環境',
  preprod: 'プリプロダクション環境',
  nonprod: '非本番環境',
  localhost: 'ローカル環境',
};
const environment = (env: string) => ENVIRONMENTS[env] ?? `${env} 環境`;
/**
 * As above, inside a sentence: a name that starts in Latin letters is set off by a space (「… が UAT 環境を …」,
 * 「… が perf 環境を …」), as the catalogue sets off every Latin word; one in Japanese (本番環境) is not.
 */
const environmentIn = (env: string) => {
  const name = environment(env);
  return /^[\x21-\x7e]/.test(name) ? ` ${name}` : name;
};

/** The challenge parser's fixed reasons (English for developers); anything else is shown as is. */
const CHALLENGE_REASONS: Record<string, string> = {
  'expected auth-scheme': 'auth-scheme があるべき位置です',
  'expected auth-scheme or auth-param': 'auth-scheme か auth-param があるべき位置です',
  'expected whitespace or "," after auth-scheme': 'auth-scheme の後には空白か "," が必要です',
  'expected token68 or auth-param after auth-scheme': 'auth-scheme の後には token68 か auth-param が必要です',
  'expected "=" after auth-param name': 'auth-param の名前の後には "=" が必要です',
  'expected token or quoted-string after "="': '"=" の後には token か quoted-string が必要です',
  'expected "," after auth-param': 'auth-param の後には "," が必要です',
  'non-ASCII character outside a quoted-string': 'quoted-string の外に ASCII 以外の文字があります',
  'control character outside a quoted-string': 'quoted-string の外に制御文字があります',
  'control character in quoted-string': 'quoted-string の中に制御文字があります',
  'unterminated quoted-string': 'quoted-string が閉じられていません',
  'unquoted value is not a token': 'クォートされていない値に token として使えない文字があります',
  'single-quoted value (a quoted-string takes double quotes)':
    '値が一重引用符で囲まれています（quoted-string は二重引用符で囲みます）',
  'auth-param cut short': 'auth-param が途中で終わっています',
  'auth-scheme cut short': 'auth-scheme が途中で終わっています',
};

/** A parser reason in Japanese; the one that names a parameter (parse/challenge.ts) keeps the name as it was pasted. */
function challengeReason(reason: string): string {
  const repeated = /^auth-param "(.*)" repeated in one challenge$/.exec(reason);
  if (repeated !== null) return `1つのチャレンジに auth-param "${repeated[1]}" が2回以上あります`;
  return CHALLENGE_REASONS[reason] ?? reason;
}

/** The key check's one English placeholder in `alg.not-allowed`'s `allowed`. */

/** 信頼ごとに、受け入れる audience を持つ場所（出典は en/findings.ts の FEDERATION_AUDIENCE_LISTS）。 */
const FEDERATION_AUDIENCE_LISTS: Record<Trust, string> = {
  entra: 'アプリのどのフェデレーション資格情報にもない値',
  aws: 'IAM OIDC プロバイダーの対象者（クライアント ID の一覧）にない値',
  gcp: 'ワークロード ID プールのプロバイダーの許可された対象者（allowed audiences）にない値',
  vault: 'Vault ロールの bound_audiences にない値',
  other: 'フェデレーションの信頼設定が指定していない値',
};
/** 発行元を指定する場所。Vault はマウントの bound_issuer と比べます（path_login.go の config.BoundIssuer）。 */
const FEDERATION_ISSUER_LISTS: Record<Trust, string> = {
  entra: 'アプリのどのフェデレーション資格情報にもない発行元',
  aws: 'アカウントに IAM OIDC プロバイダーがない発行元',
  gcp: 'ワークロード ID プールのプロバイダーの発行元 URI ではない発行元',
  vault: 'Vault の JWT 認証マウントの bound_issuer ではない発行元',
  other: 'フェデレーションの信頼設定が指定していない発行元',
};

/** トークン交換でトークンの発行元に一致するフェデレーション資格情報がない（AADSTS700211）: 直すのは資格情報。Vault はマウントの bound_issuer。 */
function federationIssuerStep(v: string | undefined, iss: string | null): string {
  const issuer = iss === null ? 'トークンの iss' : q(iss);
  const trust = trustOf(v);
  return trust === 'entra'
    ? `アプリ（アプリの登録またはマネージド ID → 証明書とシークレット → フェデレーション資格情報）に、この発行元のフェデレーション資格情報を追加するか、既存のものを直してください。発行者は ${issuer} と完全に一致する必要があります（クラスターや CI プラットフォームの OIDC 発行元 URL。末尾のスラッシュも含みます）。サブジェクトはトークンのもの、対象ユーザーは api://AzureADTokenExchange です。別のクラスターやプラットフォームのトークンは発行元が違うため、それぞれに資格情報が必要です。`
    : trust === 'vault'
      ? `${issuer} を、JWT 認証マウントの設定の bound_issuer（vault read auth/<mount>/config）と比べてください。末尾のスラッシュも含めて同じ文字列である必要があります。マウントの oidc_discovery_url（または jwks_url）もその発行元のものでないと、鍵がトークンを検証できません。別のクラスターや CI プラットフォームのトークンには、それぞれのマウントが必要です。`
      : `フェデレーションの信頼設定がトークンの発行元（${issuer}）をそのまま指定するようにするか、信頼設定が指定する発行元のトークンを提示してください。${FEDERATION_STEPS[trust]}`;
}

/** 同じく audience（AADSTS700212）: 資格情報が受け入れる audience は一つ。IAM OIDC プロバイダー、プールのプロバイダー、Vault ロールは一覧を持ちます。 */
function federationAudienceStep(v: string | undefined, aud: string | null): string {
  const tokenAud = aud === null ? 'トークンの aud' : `トークンの aud（${q(aud)}）`;
  switch (trustOf(v)) {
    case 'entra':
      return `トークンの aud${aud === null ? '' : `（${q(aud)}）`}とフェデレーション資格情報の対象ユーザーを同じ文字列にしてください。資格情報の対象ユーザー（別の値を指定していなければ api://AzureADTokenExchange）向けにワークロードのトークンを要求するか、資格情報の対象ユーザーをトークンの aud に変えます。`;
    case 'aws':
      return `${sp(tokenAud)}を、トークンの発行元の IAM OIDC プロバイダーの対象者（IAM → ID プロバイダー、または aws iam get-open-id-connect-provider）と比べてください。対象者に加えるか（aws iam add-client-id-to-open-id-connect-provider --client-id …）、プロバイダーが持つ対象者向けにトークンを要求します（GitHub Actions の configure-aws-credentials は sts.amazonaws.com を要求します）。ロールの信頼ポリシーの <issuer>:aud の条件も同じ値である必要があります。`;
    case 'gcp':
      return `${sp(tokenAud)}を、ワークロード ID プールのプロバイダーの許可された対象者（gcloud iam workload-identity-pools providers describe）と比べてください。設定がなければ、aud はプロバイダーの完全なリソース名 //iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER（先頭に https: があってもなくても構いません。プロジェクト ID ではなくプロジェクト番号）である必要があります。その audience でトークンを要求するか、トークンの aud を --allowed-audiences に加えてください。`;
    case 'vault':
      return `${sp(tokenAud)}を、ロールの bound_audiences（vault read auth/<mount>/role/<name>）と比べてください。そこに加えるか、ロールが持つ audience でトークンを要求します（CI ジョブやサービスアカウントトークンの audience の設定）。`;
    default:
      return `トークンの aud${aud === null ? '' : `（${q(aud)}）`}と、フェデレーションの信頼設定が指定する audience を同じにしてください。${FEDERATION_STEPS.other}`;
  }
}

/** verifier.misconfigured for a product's own set-up (its `setup`): sources in checks/verifier-log.ts. */
type Setup = NonNullable<CodeArgs['verifier.misconfigured']['setup']>;
const SETUP_TITLES: Record<Setup, string> = {
  'aws-api-gateway-authorizer': 'API Gateway がオーソライザーを使えませんでした（AuthorizerConfigurationException）',
  'oidc-introspection-client':
    'ID プロバイダーのイントロスペクションエンドポイントが、ゲートウェイ自身のクライアントを拒否しました',
  'argocd-sso': 'Argo CD に SSO が設定されていないのに、セッショントークンは SSO のものです',
  'aws-oidc-thumbprint': '発行元の TLS 証明書が、IAM OIDC プロバイダーのどのサムプリントとも一致しません',
  'vault-kubernetes-host': 'Vault がトークンを確認するための Kubernetes API サーバーに到達できませんでした',
  'authjs-session': 'Auth.js がセッション Cookie を読めませんでした（JWTSessionError）',
  'authjs-session-callback': 'アプリの Auth.js の jwt または session コールバックが例外を投げました（JWTSessionError）',
  'envoy-requirement-name': 'Envoy の JWT フィルターに、ルートが指定する名前の要件（requirement）がありません',
  'grafana-proxy-basic': 'Grafana が、前段の認証プロキシが渡したパスワードなしの Basic 認証情報を拒否しました',
  'wso2-key-manager': 'WSO2 API Manager のゲートウェイが、キーマネージャーでトークンを検証できませんでした（900900）',
  'envoy-ext-authz-error': 'Envoy の ext_authz フィルターが認可サービスから応答を得られず、拒否側に倒しています',
  'traefik-forward-auth-error': 'Traefik の forwardAuth ミドルウェアが認証サーバーを呼び出せていません',
};
const SETUP_DETAILS: Record<Setup, string> = {
  'oidc-introspection-client':
    'ゲートウェイは、ID プロバイダーのイントロスペクションエンドポイントにトークンが有効かどうかを自身のクライアントとして認証して問い合わせますが、プロバイダーは 401 または 403 を返しました（lua-resty-openidc: "response indicates failure, status=…"）。ゲートウェイの client_id とシークレット、またはその送り方が拒否されています。無効と判定されたトークンなら 200 と active=false が返るため、トークンは判定されておらず、すべてのリクエストが同じように失敗します。',
  'aws-api-gateway-authorizer':
    'API Gateway は、メソッドのオーソライザーを使えないとき x-amzn-ErrorType: AuthorizerConfigurationException とともに 500 を返します。Lambda 関数を呼び出せなかった（API Gateway への権限、またはオーソライザーの認証情報ロールがない）、関数が失敗した、または principalId と policyDocument 以外のもの（null、HTTP レスポンスのオブジェクト、壊れたポリシー: "Could not parse policy"）を返した場合です。トークンは判定されておらず、このオーソライザーを通るリクエストはすべて同じように失敗します。',
  'argocd-sso':
    'Argo CD の API サーバーは、SSO で発行されたセッショントークンを拒否しました。設定に SSO がないためです（argocd-cm に url と dex.config、または oidc.config が必要です）。中身にかかわらず、SSO のトークンはすべて同じように失敗します。',
  'aws-oidc-thumbprint':
    'AWS STSが発行元のディスカバリー文書か鍵を TLS で取得したところ、サーバー証明書のチェーンが、アカウントの IAM OIDC ID プロバイダーに設定されたどのサムプリントとも一致しませんでした（発行元が証明書を更新した）。その発行元のトークンはすべて同じように失敗します。',
  'vault-kubernetes-host':
    'Vault の Kubernetes 認証メソッドは、ログインのたびに kubernetes_host にあるクラスターの TokenReview API でトークンを確認しますが、その呼び出しに応答がありませんでした（タイムアウト、接続拒否、名前が解決できない、または kubernetes_ca_cert が信頼しない証明書）。トークンは判定されておらず、このマウントを通るログインはすべて同じように失敗します。',
  'authjs-session':
    'Auth.jsは、JWT セッション（session の strategy が "jwt"）を読めなかったときに JWTSessionError を記録します。セッション Cookie の復号に失敗したか、アプリの jwt または session コールバックが例外を投げたかです。そのあと Cookie は削除され、ユーザーはサインアウトした状態に見えます。多いのは、Cookie が別のシークレットで暗号化されていた場合です。AUTH_SECRET（next-auth v4 では NEXTAUTH_SECRET）が変わった、インスタンスごとに違う、または設定されていない、のいずれかです。どれかは [auth][cause] の行が示します。',
  'authjs-session-callback':
    'Auth.jsは JWT セッションを読む間に投げられたあらゆる例外を JWTSessionError として記録します。ここでの [auth][cause] の行は復号の失敗ではなく、アプリ自身のコードのエラー（undefined のプロパティを読んだ TypeError など）です。Cookie は復号でき、アプリの jwt または session コールバックがトークンの中身で失敗しました（サインイン時にだけ設定される項目、または変更前に発行されたトークンにはない項目）。そのあと Auth.js はセッション Cookie を削除するため、ユーザーはサインアウトした状態に見えます。',
  'envoy-requirement-name':
    'Envoy の jwt_authn フィルターは、ルートのルート単位設定が指定する名前でそのルートの JWT 要件を探しますが、requirement_map にその名前がありません。トークンを読む前に、そのルートへのすべてのリクエストに 403「Failed JWT authentication: Wrong requirement_name」を返すため、有効なトークンでも同じように失敗します。',
  'grafana-proxy-basic':
    'Grafanaは、パスワードが空の Authorization: Basic ヘッダーを受け取り、ログインとして試しました（“No password provided”）。前段の認証プロキシが、サインイン済みのユーザーを Basic 認証情報として渡しています（oauth2-proxy の pass_basic_auth。既定で有効）が、それは Grafana のパスワードではありません。プロキシを通るリクエストはすべて同じように失敗します。',
  'wso2-key-manager':
    'WSO2 API Manager は、ゲートウェイがキーマネージャーでリクエストを検証できなかったとき、900900「Unclassified Authentication Failure」を返します。多くは 500 で「Error while accessing backend services for API key validation」が付きます。キーマネージャー（外部のもののコネクターやイントロスペクションの設定、トークンに対して選ばれた別のキーマネージャー、止まったキーマネージャーのノード）が失敗したか、到達できなかったということです。トークンの問題は示していません。拒否したトークンなら 900901、無いなら 900902 です。キーマネージャーが応答するまでどのリクエストも同じように失敗しますが、外部のキーマネージャーによっては不正なトークンのエラーもこの形で出ます。',
  'envoy-ext-authz-error':
    'Envoy はリクエストごとに外部の認可サービスへ問い合わせます（ext_authz フィルター）。今回はその呼び出しが失敗しました（サービスに届かない、タイムアウト、5xx の応答）。failure_mode_allow が無効なら Envoy 自身が status_on_error（既定は 403）で応答し、response code details に ext_authz_error を記録します。サービスはトークンを判定しておらず、サービスが応答するまではどのリクエストも同じように失敗します。',
  'traefik-forward-auth-error':
    'Traefik の forwardAuth ミドルウェアは、各リクエストをまず認証サーバーのアドレスへ送ります。その呼び出しが失敗しました（「Error calling <address>. Cause: …」: アドレスが空、名前解決できない、接続拒否、TLS エラーなど）。Traefik はアプリケーションに渡す前に、トークンを判定することもなく自分で 500 を返すため、このミドルウェアを通るリクエストはすべて同じように失敗します。',
};
const SETUP_STEPS: Record<Setup, string[]> = {
  'envoy-ext-authz-error': [
    'ext_authz フィルターが呼ぶ認可サービス（grpc_service か http_service のクラスター。Istio なら CUSTOM の AuthorizationPolicy が指す extensionProviders の項目）を確かめ、プロキシから届くか、動いているかを確認してください。クラスターのヘルスとエンドポイント（istioctl proxy-config cluster / endpoint、または Envoy の /clusters 管理ページ）、タイムアウト、同じリクエストについてのサービス自身のログを見ます。',
    'サービスが応答するまで Envoy は拒否側に倒します（status_on_error、既定は 403）。failure_mode_allow: true にすると確認なしで通してしまうため、トークンではなくサービスを直してください。',
  ],
  'traefik-forward-auth-error': [
    'ミドルウェアの forwardAuth の address（http:// か https:// から始まる完全な URL。Traefik 自身が名前解決して到達する必要があります）を確かめ、Traefik のコンテナーから呼んでみてください（curl -i <address>）。Traefik のログの「Cause:」が失敗の理由を示します: アドレスが空かスキームがない、DNS、接続拒否、TLS（プライベート CA なら tls.insecureSkipVerify か tls.ca）。',
  ],
  // 出典は en 側。
  'wso2-key-manager': [
    'ゲートウェイのログ（wso2carbon.log、wso2-apigw-errors.log）で APIAuthenticationHandler の「API authentication failure due to Unclassified Authentication Failure」とその下の例外を見てください。失敗したキーマネージャーの呼び出しがわかります。',
    '管理ポータル（Admin Portal）の Key Managers で、トークンを発行したキーマネージャーを確認してください。イントロスペクション、トークン、JWKS の各エンドポイントとクライアント資格情報（外部のもの：Keycloak、Okta、Auth0、ForgeRock）、複数あるときにそれを選ぶトークンタイプや発行者、ゲートウェイから到達できるか。常駐キーマネージャーなら、そのノードが動いているかです。',
  ],
  'grafana-proxy-basic': [
    'プロキシがユーザーを Basic 認証情報として送るのをやめさせるか（oauth2-proxy なら --pass-basic-auth=false。X-Forwarded-User と X-Forwarded-Email を送り続けるには --pass-user-headers=true）、Authorization ヘッダーを落とさせてください。そのうえで Grafana の [auth.proxy]（enabled = true、header_name = X-Forwarded-Email か X-Forwarded-User）がそのヘッダーからユーザーを受け取るようにします。',
  ],
  // 出典は en 側。
  'envoy-requirement-name': [
    'ルートの JWT 設定（ルート単位の requirement_name）が、リスナーの jwt_authn フィルターの requirement_map にない要件を指しています。メッセージには、フィルターが持つ要件の名前が並んでいます。Envoy Gateway や Istio なら、プロキシの設定がルートに追いついていません。SecurityPolicy（または RequestAuthentication）の status とコントローラーのログを確かめ、少し後の再試行で通るかを見てください（新しいルートがフィルターの設定より先にプロキシに届くことがあります）。Envoy を自分で設定しているなら、その名前を requirement_map に加えるか、ルートの requirement_name を直します。',
  ],
  'oidc-introspection-client': [
    'プラグインの client_id と client_secret を、ID プロバイダーに登録されたクライアントと照らし合わせてください（Keycloak なら confidential クライアントと、その Credentials タブのシークレット。プラグインの realm と introspection_endpoint が同じレルムを指していること）。token_endpoint_auth_method（client_secret_basic か client_secret_post）がクライアントの許す方式かも確認してください。',
    'その資格情報でイントロスペクションエンドポイントを直接呼んでください（curl -u <client_id>:<secret> -d token=<トークン> <introspection_endpoint>）。そこで 401 ならクライアント、200 で "active": false ならトークンの問題です。',
  ],
  'aws-api-gateway-authorizer': [
    'API Gateway コンソールからオーソライザーを同じ ID ソースで実行してください（オーソライザー → テスト）。実行ログに関数の応答（"Authorizer result body before parsing"）と、API Gateway がそれを受け付けなかった理由が出ます。',
    '関数が { principalId, policyDocument }（と context）を返すか、401 にするなら "Unauthorized" を投げるようにし、HTTP レスポンスのオブジェクトは返さないでください。また API Gateway が関数を呼び出せること（関数に apigateway.amazonaws.com への lambda:InvokeFunction、またはオーソライザーの認証情報ロール）を確認してください。',
  ],
  'argocd-sso': [
    'argocd-cm ConfigMap で SSO を設定してください: url（Argo CD の外部 URL）と dex.config（Dex のコネクター）、または oidc.config（既存の OIDC プロバイダーの issuer、clientID、clientSecret）。',
    '意図して SSO を外した場合は、古い SSO セッション（argocd login --sso）ではなく、ローカルアカウントでサインインし直してください（argocd login <server> --username <account>）。',
  ],
  'authjs-session': [
    'AUTH_SECRET（next-auth v4 では NEXTAUTH_SECRET）が設定され、すべてのインスタンスとセッションを読むすべての場所（ミドルウェアも）で同じで、Cookie の発行後に変わっていないことを確認してください。古いシークレットで暗号化された Cookie は復号できず、ユーザーはサインインし直す必要があります。',
    'そのあとに Auth.js が出す [auth][cause] の行を読んでください。JWEDecryptionFailed（"decryption operation failed"）や JWEInvalid ならシークレットか壊れた Cookie、それ以外のエラー（TypeError など）ならアプリの jwt または session コールバックが投げたものです。',
  ],
  'authjs-session-callback': [
    'cause のスタックが示すコールバック（Auth.js の設定の callbacks.jwt または callbacks.session）を直してください。user、account、profile が jwt コールバックに渡されるのはサインイン時だけで、コールバックを変える前に発行されたトークンには今読んでいる項目がありません。それらを確かめてから読みます（token.user?.username）。',
    'そのあとサインインし直してください。コールバックが例外を投げたとき、Auth.js はセッション Cookie を削除しています。',
  ],
  'aws-oidc-thumbprint': [
    'IAM OIDC ID プロバイダーのサムプリントを、発行元の現在の証明書チェーンのものに更新してください（IAM → ID プロバイダー → プロバイダー → サムプリントの管理、または aws iam update-open-id-connect-provider-thumbprint --open-id-connect-provider-arn <arn> --thumbprint-list <sha1> …。最大5つ）。JWKS のホストが別の証明書を使うなら、そのサムプリントも含めます。',
    'GitHub Actions（token.actions.githubusercontent.com）では、2023年7月から AWS はサムプリントではなく信頼済みルート CA で GitHub の証明書を検証しています（GitHub の changelog、2023-06-27）。プロバイダーの URL が https://token.actions.githubusercontent.com と完全に一致しているか確認してください。',
  ],
  'vault-kubernetes-host': [
    "マウントの設定を確認してください（vault read auth/<mount>/config）。kubernetes_host は、Vault から到達できる API サーバーのアドレスでなければなりません。クラスター内の Vault なら https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT、クラスター外の Vault なら kubernetes.default.svc ではなくクラスターの外部 API エンドポイント（kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'）です。",
    'Vault からそのアドレスへのネットワーク経路を開けてください（ファイアウォールのルール、プライベートクラスターの承認済みネットワーク、ポート）。ダイヤルのタイムアウトや接続拒否はトークンの問題ではありません。',
    'x509 のエラーなら、kubernetes_ca_cert にクラスターの CA 証明書（PEM）を設定してください。未設定のとき Vault がポッド自身の CA を使うのは、そのクラスター内で動いている場合だけです（vault write auth/<mount>/config kubernetes_host=… kubernetes_ca_cert=@ca.crt）。',
  ],
};

/** Japanese words for every finding code. */
/** Supabase の verify_jwt チェックが拒否したときの対応（proxy.gateway-response、およびそのコードによる alg.not-allowed）。 */
const SUPABASE_VERIFY_JWT_STEP =
  'この関数のプラットフォーム側のチェックを外し（supabase/config.toml の [functions.<name>] に verify_jwt = false、または supabase functions deploy <name> --no-verify-jwt）、呼び出し元の検証は関数のコードで行ってください（supabase.auth.getClaims(token) やプロジェクトの JWKS）。プロジェクトがまだレガシー JWT シークレットで署名しているあいだは、ユーザーのセッショントークンかレガシーの anon キーを Bearer トークンとして送る方法もあります。';

/** Supabase の verify_jwt チェックが拒否した理由（proxy.gateway-response の supabaseVerifyJwt）。 */
const EDGE_CHECK = {
  asymmetric:
    'Supabase のプラットフォーム側のチェック（verify_jwt）が、関数の実行前に拒否しています。このチェックが検証できるのはプロジェクトのレガシー JWT シークレット（HS256）で署名された JWT だけで、このトークンは非対称鍵（プロジェクトの新しい JWT 署名鍵）で署名されています。',
  'api-key':
    'Supabase のプラットフォーム側のチェック（verify_jwt）が、関数の実行前に拒否しています。Bearer トークンが新しい API キー（sb_publishable_…、sb_secret_…）で、これは JWT ではありません。このチェックが検証できるのはレガシー JWT シークレットで署名された JWT だけです。',
  check:
    'Supabase のプラットフォーム側のチェック（verify_jwt）が、関数の実行前に拒否しています。通すのはプロジェクトのレガシー JWT シークレットで署名された JWT（レガシーの anon / service_role キー、またはプロジェクトがそのシークレットで署名しているあいだのユーザーのセッショントークン）だけです。',
} as const;

/** request.csrf-rejected: ステートレスな Bearer トークンの API で、各フレームワークの CSRF チェックを外す方法。 */
const CSRF_API_STEP: Record<string, string> = {
  'spring-security':
    'Bearer トークンで認証するステートレスな API なら、SecurityFilterChain でその API の CSRF を無効にしてください。http.csrf(csrf -> csrf.disable())、同じアプリがフォームも扱うなら csrf.ignoringRequestMatchers("/api/**") です。',
  django:
    'Bearer トークンで認証する API なら、そのビューを Django の CSRF チェックから外してください（csrf_exempt。DRF のビューは SessionAuthentication で認証されない限り対象外です）。',
  'django-rest-framework':
    'API を SessionAuthentication で認証しないでください。DEFAULT_AUTHENTICATION_CLASSES の先頭に JWT の認証クラスを置く（または API のビューではそれだけにする）と、DRF はセッション Cookie で認証されたリクエストだけに CSRF を求めます。',
  laravel:
    'API は routes/api.php から提供してください（api ミドルウェアグループには CSRF チェックがありません）。または CSRF ミドルウェアの $except にその URI を加えます（VerifyCsrfToken。Laravel 11 以降は bootstrap/app.php の validateCsrfTokens(except: …)）。',
  csurf: 'csurf は、フォームを表示・送信するルートにだけ付け、Bearer トークンの API のルーターには付けないでください。',
  rails:
    'API のコントローラーでは skip_forgery_protection を使うか、ActionController::API を継承してください（ActionController::API にはフォージェリ対策自体がありません）。',
  // en と同じ出典（round audit-ak）。
  jenkins:
    'スクリプトは API トークンで認証してください（ユーザー名と、ユーザーのセキュリティ画面の API トークンを HTTP Basic で）。API トークンで認証されたリクエストには、Jenkins はクラムを求めません。',
  jira: 'リクエストに X-Atlassian-Token: no-check を付けてください。Jira の REST API はこのヘッダーがあれば XSRF チェックを省きます。付けないと、フォームやマルチパートの POST（添付ファイルのアップロード）は失敗します。',
  confluence:
    'リクエストに X-Atlassian-Token: no-check を付けてください。Confluence の REST API はこのヘッダーがあれば XSRF チェックを省きます。付けないと、フォームやマルチパートの POST（添付ファイルのアップロード）は失敗します。',
  nextcloud:
    'OCS API の呼び出し（ocs/v1.php、ocs/v2.php）には毎回 OCS-APIRequest: true を付け、スクリプトの資格情報はブラウザーのセッション Cookie なしで HTTP Basic で送ってください。Nextcloud はそうしたリクエストに CSRF トークンを求めません。',
  owncloud:
    'OCS API の呼び出し（ocs/v1.php、ocs/v2.php）には毎回 OCS-APIRequest: true を付け、スクリプトの資格情報はブラウザーのセッション Cookie なしで HTTP Basic で送ってください。ownCloud はそうしたリクエストに CSRF トークンを求めません。',
  aspnetcore:
    'Bearer トークンで認証する API エンドポイントでは antiforgery を検証しないでください。[ValidateAntiForgeryToken] や AutoValidateAntiforgeryToken を外すか、[IgnoreAntiforgeryToken] を付けます（Minimal API では .DisableAntiforgery()）。',
};

/** 製品名だけで決まる中継の次の手順。その製品自身のルールや設定の場所です。 */
const PRODUCT_STEPS: Readonly<Record<string, readonly string[]>> = {
  IIS: [
    'アプリケーションより前に IIS 自身の認証が拒否しています。Bearer トークンを読む API では、サイトの匿名認証を有効にしておく必要があります（トークンはアプリが確認します）。Windows 認証や基本認証が有効だと、Bearer トークンにはこのページと Negotiate/NTLM/Basic のチャレンジが返ります。サイトの認証設定と、IIS ログのサブステータス（401.1 は資格情報の誤り、401.2 はサーバーが受け付ける認証方式で送られていない）を確認してください。',
  ],
  'Apache httpd': [
    'Apache 自身が応答しています。認証（AuthType と "Require valid-user" なら 401 と Basic などのチャレンジ）か、アクセス制御（"Require all denied"、"Require ip"、ファイルの権限なら 403、error_log に AH01630）です。このパスの <Location>、<Directory>、.htaccess を探してください。Bearer トークンの API ではそのパスをアプリケーションに任せ（"Require all granted"）、PHP なら Authorization ヘッダーが届くように CGIPassAuth On が必要です。',
  ],
  'Cloudflare Access': [
    'Cloudflare Access がオリジンの手前でリクエストを拒否しています。アプリケーション（その aud はページの json_data にあります）のどのポリシーもこの呼び出し元を許可していません。スクリプトからは、アプリケーションの Service Auth ポリシーに含まれるサービストークンを CF-Access-Client-Id と CF-Access-Client-Secret で送る必要があります。ブラウザーなら、Allow ポリシーに含まれるユーザーでサインインする必要があります。',
    'Zero Trust → ログ → Access で、ページにある ray id の判定を確認できます。',
  ],
  'Vercel Deployment Protection': [
    'Vercel の Deployment Protection が、デプロイの実行前にサインインページで応答しています。プロジェクトの Protection Bypass for Automation のシークレットを x-vercel-protection-bypass ヘッダー（またはクエリパラメーター）で送るか、保護の対象外のドメインを呼んでください（Standard Protection では本番のカスタムドメインは公開のままです）。',
  ],
  'AWS Lambda function URL': [
    '関数 URL 自身の認可が、関数の実行前にリクエストを拒否しています。認証タイプ AWS_IAM では、関数のリソースポリシーが許可するプリンシパルからの SigV4 署名付きリクエスト（curl の aws-sigv4、AWS SDK の署名、CloudFront のオリジンアクセスコントロール）が必要です。ベアラートークンは IAM の認証情報ではありません。',
    '関数のリソースポリシー（"aws lambda get-policy --function-name <名前>"）を確認してください。2025年10月以降、関数 URL には認証タイプ NONE でも lambda:InvokeFunctionUrl と lambda:InvokeFunction の両方が必要です（認証タイプは "aws lambda get-function-url-config" で確認できます）。',
  ],
  'AWS AppSync': [
    'AppSync の認可モードが、リゾルバーの実行前にリクエストを拒否しています。API の認可モード（"aws appsync get-graphql-api"）を確認し、そのモードが求めるものを送ってください。Cognito ユーザープールや OIDC の JWT は Authorization ヘッダーの値にそのまま、API キーは x-api-key に、AWS_IAM は SigV4 署名、Lambda オーソライザーはそれが読むトークンです。',
  ],
  Kong: [
    'アプリケーションではなく、Kong のエラーログと、このルートかサービスの認証プラグインを確認してください。Kong の jwt プラグインは、key がトークンの iss クレーム（config.key_claim_name）と一致するコンシューマーの JWT 資格情報を探し、その資格情報の algorithm と secret または rsa_public_key で署名を検証します。クレームは config.claims_to_verify にあるもの（exp、nbf）だけを確認し、JWKS は取得しません。openid-connect プラグインなら、その issuer と audience の設定をトークンと比べてください。',
  ],
  Authelia: [
    '前段のプロキシに代わって Authelia が応答しています。リクエストには、該当する access_control ルールが求めるレベル（one_factor または two_factor）の Authelia セッションがありませんでした。同じブラウザで Authelia のポータル（リダイレクト先）にサインインし、セッション Cookie のドメインがこのホストを含むことを確認してください。スクリプトや API クライアントには、そのパスに policy bypass のルールを置くか、authz エンドポイントが許す場合は Authorization: Basic の資格情報が必要で、Bearer トークンでは通りません。',
    'このリクエストの Authelia のログ行が、一致したルール（trace レベルで "ACL HIT Position N … policy …"）と見えたユーザー（<anonymous> ならセッション Cookie が届いていない）を示します。',
  ],
  'IBM API Connect': [
    'API Connect のゲートウェイが、オペレーションのセキュリティー要件のどれかを満たさないとしてリクエストを拒否しています。リクエストを API 定義の security セクション（X-IBM-Client-Id のクライアント ID、求められていれば X-IBM-Client-Secret、指定の OAuth プロバイダーのアクセストークン、Basic 認証）と照らし合わせ、アプリケーションがこのカタログでこの API を含むプロダクトのプランをサブスクライブしているか確認してください。',
    'どの要件で失敗したかは、API のアナリティクス（API Manager → この API 呼び出しの Analytics）か、メッセージが勧めるデバッグヘッダー付きの呼び出しで分かります。',
  ],
  'Azure Application Gateway': [
    'このリクエストのゲートウェイのファイアウォールログを確認してください（Log Analytics: AzureDiagnostics の Category == "ApplicationGatewayFirewallLog"、または AGWFirewallLogs）。防止モードの WAF ルールがヘッダー、Cookie、本文（スクリプトの User-Agent、クエリや JSON 本文のトークンがインジェクションのルールに一致）に一致したのなら、直すのはトークンではなく WAF ポリシーの除外かカスタムルールです。',
    'ファイアウォールの記録がなければ、アクセスログ（ApplicationGatewayAccessLog）の serverStatus でバックエンドが応答したかゲートウェイ自身かが分かります。その後でアプリケーションやオーソライザーを確認します。',
  ],
  HAProxy: [
    'HAProxy 自身が応答しています。http-request deny ルール（403）、http-request auth や return のルール、または転送先サーバーがない場合です。haproxy.cfg でこの frontend と backend のルール（パス、送信元アドレス、メソッド、ヘッダーの ACL）を探し、このリクエストの HAProxy のログ行を確認してください（deny なら終了状態が PR--）。',
  ],
};

/** 自身の種類の資格情報を確かめるゲートウェイ（3scale APIcast）の手順は、その資格情報の手順です（en と同じ）。 */
const GATEWAY_CREDENTIAL: Readonly<Record<string, NonJwtCredential>> = { '3scale APIcast': 'apicast-credentials' };

/** proxy.gateway-response の次の手順。中継が何を確認したかで見る場所が決まります。 */
function gatewaySteps(a: CodeArgs['proxy.gateway-response']): string[] {
  if (a.notGrpc === true)
    return [
      'gRPC サーバーの手前にあるものを確認し、この呼び出しについてのログを読んでください。必要な場所で gRPC を有効にし（Cloudflare の Network → gRPC 設定）、HTTP/2（h2、平文なら h2c）で呼び出しのメタデータごとバックエンドへ転送しているか、WAF やアクセスルールが応答していないかを確認してください。',
      'プロキシを通さずに gRPC サーバーへ直接（サーバー自身のアドレスに grpcurl で）同じトークンで呼び出してください。それで通るなら、呼び出しを拒否したのは手前の中継です。',
    ];
  if (a.googleIam === true)
    return [
      FRONT_DOOR_ID_TOKEN,
      '呼び出し元のプリンシパルがサービスの roles/run.invoker（Cloud Run 起動元）を持っているか確認してください: "gcloud run services get-iam-policy <サービス> --region <リージョン>"（Cloud Functions は "gcloud functions get-iam-policy <関数>"）。公開するサービスなら、未認証の呼び出しを許可してください。',
      'サービスのリクエストログにどちらかが出ています。"The request was not authenticated" ならトークンがないか拒否されたもの、"The request was not authorized to invoke this service" なら起動元ロールの不足です。',
    ];
  if (a.functionKey === true)
    return [
      '関数のキーを x-functions-key ヘッダーか code クエリーパラメーターで送ってください。その関数の関数キーか、ホストキー（Admin レベルの関数にはマスターキー）です。キーはポータル（関数の「関数キー」や「関数の URL の取得」）か az functionapp function keys list -g <グループ> -n <アプリ> --function-name <関数> で取得します。ほかの名前のヘッダー（x-api-key、Authorization）は読まれません。',
      'キーを送っていたなら、このアプリのもので今も一覧にあるか確認してください（キーは関数アプリとスロットごとで、再生成すると古いキーは置き換わります）。関数を別の仕組み（App Service の認証、API Management）で守っているなら、authLevel を anonymous にします。',
    ];
  if (a.easyAuth === true)
    return [
      '決めているのはアプリのコードではなく App Service の認証設定です。ID プロバイダーの「許可されるトークン対象ユーザー」にトークンの aud が含まれている必要があります（アプリ登録のクライアント ID は常に含まれます。api://… のようなアプリケーション ID URI は登録が必要です）。発行者の URL もトークンの iss と一致している必要があります（v1 の https://sts.windows.net/<テナント>/ と v2 の https://login.microsoftonline.com/<テナント>/v2.0 の違い）。',
      'それらをトークンの aud と iss（署名を伏せて貼ってください）と比べ、アプリケーションログを有効にして App Service のログストリームを確認してください。認証モジュールが拒否の理由を記録しています。',
    ];
  if (a.missingUserAgent === true)
    return [
      'クライアントを示す User-Agent ヘッダー（GitHub はアプリ名かアカウント名を求めています）を付けて再実行してください。トークン自体の結果がわかるのはそのあとです。',
    ];
  if (a.supabaseVerifyJwt !== undefined)
    return [
      SUPABASE_VERIFY_JWT_STEP,
      '新しい API キー（sb_publishable_…、sb_secret_…）は Authorization ではなく apikey ヘッダーで送ってください。',
    ];
  if (a.cognitoToken === 'access')
    return [
      'ID トークンを送るか、メソッドに OAuth スコープを設定し（メソッドリクエスト → 認可スコープ、CloudFormation/SAM では AuthorizationScopes）そのスコープでアクセストークンを取得してください。変更後は API を再デプロイしてください。',
    ];
  if (a.cognitoToken === 'id')
    return [
      'メソッドに認可スコープがあるなら、そのスコープで取得したアクセストークンを送ってください。スコープがないなら、オーソライザーがこのトークンのユーザープールを指定しているか、トークンが有効期限内かを確認してください。',
    ];
  if (a.apiKey)
    return [
      a.keyHeader === undefined
        ? `${a.product} が求める API キーを、キー検証ポリシーが読むヘッダーかクエリパラメーターで送り、そのキーが有効でこの API を利用できる（サブスクリプションに含まれている）ことを確認してください。`
        : `サブスクリプションキーを ${a.keyHeader} ヘッダーで送り（${a.product} の既定の名前です。API の設定で変えられます）、そのキーがこの API を含む有効なサブスクリプションのものであることを確認してください。`,
      'トークンの確認はその後で構いません。ゲートウェイが拒否したのはトークンではありません。',
    ];
  if (a.accessLogin === true && a.accessAppToken === true)
    return [
      'リクエストには cloudflared のアプリケーショントークン（Cf-Access-Token。cloudflared access login が保存したもの）がありましたが、Cloudflare Access はそれでもサインインページへ転送しています。トークンが期限切れ（有効期間はアプリケーションのセッション時間）か、別のアプリケーションのものです。このホスト名で cloudflared access login <https://ホスト名> をやり直してから（cloudflared access token -app=<https://ホスト名> で保持しているトークンが表示されます）、再試行してください。',
      '新しくログインしても転送されるなら、あなたの ID がアプリケーションのポリシーで許可されていません。Zero Trust → Logs → Access でこのリクエストの記録を見てください。',
    ];
  if (a.accessLogin === true)
    return [
      'Cloudflare Access がオリジンの手前でリクエストを自身のサインインページへ転送しています。Access が受け付ける身元がリクエストにありません。スクリプトには、アプリケーションの Service Auth ポリシーに含まれるサービストークンを CF-Access-Client-Id と CF-Access-Client-Secret で送る必要があります（以後は Access が返す CF_Authorization Cookie を送ります）。Allow ポリシーの下では、サービストークンもサインインへ転送されます。',
      'サービストークンが期限切れや失効になっていないか（Zero Trust → Access → Service Auth → Service Tokens）を確認し、Zero Trust → Logs → Access でこのリクエストの記録を見てください。',
    ];
  if (a.policyDenial === true) return [gatewayPolicyStep(a.product)];
  if (a.unknownRoute === true)
    return [
      `オーソライザーや JWT の設定ではなく、ステージの最新のデプロイにこのリソースとメソッドがあるかを確認し（${a.product} が応答に使うのは最後にデプロイした内容で、変更は API を再デプロイして初めて反映されます）、このリクエストの実行ログを確認してください。`,
    ];
  // コピーを返します。レポートは受け取った配列に後の手順を足します。
  if (a.externalAuth === true)
    return [
      'auth-url アノテーションが指す認証サービスのログで、このリクエストを読んでください。拒否したのはそのサービスで、理由もそこにあります。必要なものが届いているかも確かめます。ingress-nginx はリクエストのヘッダー（Cookie、Authorization）を送りますが、本文は送りません。メソッドは auth-method の設定に従います。',
      'ブラウザー向けには auth-signin を設定して、401 をサインインへのリダイレクトにしてください。サービスが得た情報（ユーザーのヘッダー、サービスが付ける Authorization ヘッダー）をアプリケーションに渡すには、そのヘッダーを auth-response-headers に挙げます。',
    ];
  // en と同じ出典。
  if (a.albAuthAction === true)
    return [
      'リクエストに一致したリスナールールを確認してください（EC2 コンソール → ロードバランサー → リスナー → ルール）。ALB がターゲットに届く前に自分で 401 を返しています。',
      'ルールがユーザーを認証する（authenticate-oidc または authenticate-cognito）もので、未認証のリクエストへの動作が deny なら、ALB 自身のセッション Cookie（既定の名前は AWSELBAuthSessionCookie）のないリクエストにはすべて 401 を返します。ベアラートークンはそこでは意味を持ちません。ブラウザーで ALB 経由でサインインするか、API クライアントはその動作のないルール（または allow にしたルール）に送り、トークンはアプリケーションで検証してください。',
      'ルールが JWT を検証する（トークンの検証アクション）なら、トークンをルールと照らし合わせてください。JWKS エンドポイントの鍵による署名（RS256 のみ）、iss が設定した発行者であること、exp が未来であること、ほかに指定したクレームです。',
    ];
  const own = GATEWAY_CREDENTIAL[a.product];
  const fixed = PRODUCT_STEPS[a.product] ?? (own === undefined ? undefined : [CREDENTIAL_STEP[own]]);
  if (fixed === undefined && a.ownSession === true)
    return [
      `${a.product} は自身のサインインを求めましたが、リクエストにはそれがないか、失敗しました（セッション Cookie がない、読めない、ID プロバイダーとのやり取り、サインイン時の自身のチェック）。${a.product} でサインインし直し、理由はそのログで確認してください。セッション Cookie がこのホストに届くこと（Cookie のドメイン、SameSite、平文の http での Secure）と、複数のインスタンスがあれば同じ Cookie シークレットを使っていることも確認してください。`,
      `スクリプトや API クライアントは ${a.product} のブラウザーでのサインインを使えません。${a.product} がサインインなしで受け付ける資格情報（検証するよう設定された Bearer トークン、通過させるルート）を送るか、アプリケーションを直接呼び出してください。`,
    ];
  return fixed === undefined
    ? [
        a.basicOnly === true
          ? `アプリケーションではなく、${a.product} のログと、Basic のユーザー名とパスワードを確かめるオーソライザー（Lambda オーソライザーやそのユーザーストア）を確認してください。トークンは送られていないので、JWT の設定が判定したのではありません。`
          : a.ownReply === true
            ? `アプリケーションではなく、${a.product} のログとオーソライザーや JWT の設定（発行元、audience、JWKS）を確認してください。`
            : `このリクエストについての ${a.product} のログを見るか、アプリケーションに直接送ったリクエストの応答と比べて、${a.product} 自身が応答したのか、アプリケーションの応答を中継しただけなのかを確かめてください。自身が応答していれば、オーソライザーや JWT の設定（発行元、audience、JWKS）を確認してください。`,
      ]
    : [...fixed];
}

const CSRF_BROWSER_STEP: Record<string, string> = {
  'spring-security':
    'Cookie でサインインするブラウザーアプリなら、Spring が求めるトークンを送ってください。XSRF-TOKEN Cookie（CookieCsrfTokenRepository）の値を X-XSRF-TOKEN ヘッダーで返すか、_csrf フォームフィールドで送ります。',
  django:
    'Cookie でサインインするブラウザーアプリなら、csrftoken Cookie の値を X-CSRFToken ヘッダー（または csrfmiddlewaretoken フォームフィールド）で返し、ページのオリジンを CSRF_TRUSTED_ORIGINS に加えてください。',
  'django-rest-framework':
    'セッションでサインインするブラウザーアプリなら、POST、PUT、PATCH、DELETE のたびに csrftoken Cookie の値を X-CSRFToken ヘッダーで返してください。',
  laravel:
    'ブラウザーアプリ（Sanctum の SPA 認証）なら、先に /sanctum/csrf-cookie を呼び、XSRF-TOKEN Cookie の値を X-XSRF-TOKEN ヘッダーで返してください（axios は自動で行います）。または csrf-token メタタグの値を X-CSRF-TOKEN で送ります。',
  csurf:
    'フォームのルートでは、req.csrfToken() をページに渡し、_csrf フィールドか CSRF-Token / X-CSRF-Token ヘッダーで返してください。',
  rails:
    'ブラウザーアプリなら、csrf_meta_tags のトークンを X-CSRF-Token ヘッダーで返してください（Rails UJS と Turbo は自動で行います）。',
  jenkins:
    'パスワードやブラウザーのセッションを使うなら、同じ資格情報で GET /crumbIssuer/api/json を呼び、応答が設定するセッション Cookie を保持して、その crumbRequestField のヘッダー（Jenkins-Crumb: <クラム>）を同じセッションの POST に付けてください。',
  jira: 'ブラウザーのページ自身のフォームは Jira がページに渡した atl_token を送ります。スクリプトにはそれがないので、上のヘッダーが必要です。',
  confluence:
    'ブラウザーのページ自身のフォームは Confluence がページに渡した atl_token を送ります。スクリプトにはそれがないので、上のヘッダーが必要です。',
  nextcloud:
    'Nextcloud 自身のページからなら、ページのリクエストトークン（OC.requestToken）を requesttoken ヘッダーで送ってください。',
  owncloud:
    'ownCloud 自身のページからなら、ページのリクエストトークン（OC.requestToken）を requesttoken ヘッダーで送ってください。',
  aspnetcore:
    'ブラウザーアプリなら、antiforgery のリクエストトークンを Cookie と一緒に送ってください。__RequestVerificationToken フォームフィールド、fetch なら RequestVerificationToken ヘッダーです。',
};

/** JWT ではない資格情報の拒否の見出し（en の CREDENTIAL_TITLE と同じ）。 */
const CREDENTIAL_TITLE: Record<NonJwtCredential, string> = {
  'grafana-cloud-token': 'Grafana Cloud がアクセスポリシートークンを拒否しています',
  'grafana-api-key': 'Grafana がこの API キー（サービスアカウントトークン）を認識していません',
  'consul-acl-token': 'Consul がこの ACL トークンを認識していません',
  'nomad-acl-token': 'Nomad がこの ACL トークンを認識していません',
  'nats-credentials': 'NATS サーバーが接続の資格情報を拒否しています',
  'mqtt-credentials': 'MQTT ブローカーが接続の資格情報を拒否しています（CONNACK）',
  'epic-access-token': 'Epic のサービスがアカウントのアクセストークンを拒否しています（token_verification_failed）',
  'home-assistant-token': 'Home Assistant がクライアントのアクセストークンまたはログインを拒否しています',
  'steam-session-ticket': 'Steam Web API がプレイヤーのセッションチケットを拒否しています（Invalid ticket）',
  'azure-iot-hub-credentials':
    'Azure IoT Hub がデバイスまたはサービスの資格情報を拒否しています（IotHubUnauthorizedAccess）',
  'kintone-api-token': 'kintone が API トークンを拒否しています',
  'rakuten-rms-esa': '楽天市場 RMS が serviceSecret と licenseKey（ESA 認証）を拒否しています（ES01-01）',
  'kabu-station-api-password':
    'kabuステーションAPI がトークンを発行しませんでした（kabuステーションの未ログインか API パスワード）',
  'paypay-api-key': 'PayPay がリクエストの API キーとシークレットを拒否しています（UNAUTHORIZED）',
  'kintone-password': 'kintone がログイン名とパスワードを拒否しています',
  'freee-access-token': 'freee がアクセストークンを拒否しています',
  'backlog-api-key': 'Backlog が API キーを拒否しています',
  'chatwork-api-token': 'Chatwork が API トークンを拒否しています',
  'tailscale-auth-key': 'Tailscale がその認証キーを知りません',
  'openfga-preshared-key': 'OpenFGA が事前共有キーを拒否しました',
  'dapr-api-token': 'Dapr サイドカーが API トークンを拒否しました',
  'trivy-token': 'Trivy サーバーがクライアントのトークンを拒否しました',
  'teleport-login': 'Teleport がサインイン（ユーザー名、パスワード、第二要素）を拒否しました',
  'aws-access-key': 'AWS がこのアクセスキーを認識していません',
  'oci-api-key': 'OCI がリクエストの署名キーを認証できません（NotAuthenticated）',
  'npm-token': 'レジストリが npm のトークンを拒否しています',
  'stripe-api-key': 'Stripe が API キーを拒否しています',
  'openai-api-key': 'OpenAI が API キーを拒否しています',
  'anthropic-api-key': 'Anthropic が API キーを拒否しています',
  'openai-organization': 'OpenAI が要求の指す組織（OpenAI-Organization）を拒否しています',
  'azure-ai-services-key': 'Azure AI サービスがキーを拒否しているか、別リソースのエンドポイントに送られています',
  'azure-ai-services-token': 'Azure AI サービスが Microsoft Entra ID のトークンを拒否しています',
  'cohere-api-key': 'Cohere が API キーを拒否しています',
  'groq-api-key': 'Groq が API キーを拒否しています',
  'openai-no-organization': 'OpenAI がキーのアカウントにどの組織も認めていません（no_organization）',
  'weaviate-credentials': 'Weaviate にクライアントの送った資格情報のための認証が設定されていません',
  'pinecone-api-key': 'Pinecone がこの環境の API キーを拒否しています',
  'qdrant-api-key': 'Qdrant が API キーを拒否しました',
  'libsql-auth-token': 'libSQL サーバーがデータベースの認証トークンを拒否しました（Turso）',
  'cockroachdb-jwt': 'CockroachDB が SQL ログインの JWT を拒否しました',
  'etcd-auth-token': 'etcd がクライアントの認証トークンを拒否しました',
  'pulsar-token': 'Pulsar のブローカーがクライアントの認証を拒否しました',
  'redis-password': 'Redis が AUTH のユーザー名とパスワードを拒否しました',
  'upstash-redis-token': 'Upstash が Redis の REST トークンを拒否しました',
  'heroku-api-key': 'Heroku が API キーを拒否しました（Platform API）',
  'railway-token': 'Railway が CLI のトークンを拒否しました',
  'fly-api-token': 'Fly.io が flyctl のトークンを拒否しました',
  'meilisearch-key': 'Meilisearch が API キーかテナントトークンを拒否しました',
  'typesense-api-key': 'Typesense が API キーを拒否しました',
  'algolia-api-key': 'Algolia がアプリケーション ID と API キーを拒否しました',
  'twilio-credentials': 'Twilio がアカウントの資格情報を拒否しています（20003）',
  'apicast-credentials': '3scale がアプリケーションの資格情報を拒否しています（APIcast）',
  'pypi-token': 'パッケージインデックスがアップロードの資格情報を拒否しています',
  'docker-hub-login': 'Docker Hub がログインを拒否しています',
  'sendgrid-api-key': 'SendGrid が API キーを拒否しています',
  'hugging-face-token': 'Hugging Face がアクセストークンを拒否しています',
  'cloudflare-api-token': 'Cloudflare が API トークン（キー）を拒否しています（10000）',
  'azure-storage-credentials': 'Azure Storage がリクエストを認証できませんでした（AuthenticationFailed）',
  'google-api-key': 'Google が API キーを拒否しています（API_KEY_INVALID）',
  'google-maps-api-key': 'Google Maps Platform が API キーを拒否しています（見つからない、削除済み、期限切れ）',
  'mapbox-access-token': 'Mapbox がアクセストークンを拒否しています',
  'firebase-app-check-token': 'Firebase App Check がアプリの証明（App Check トークン）を拒否しています',
  'firebase-app-verification':
    'Firebase Authentication がアプリを確認できませんでした（Play Integrity、次に reCAPTCHA）',
  'mapbox-secret-token': 'ブラウザの Mapbox GL JS にシークレットトークン（sk.）が渡されています',
  'shopify-access-token': 'Shopify がアクセストークン（API キー）を拒否しています',
  'jira-api-token': 'Jira がリクエストを認証していません（メールアドレスと API トークン）',
  'hubspot-access-token': 'HubSpot が資格情報を拒否しています（INVALID_AUTHENTICATION）',
  'sentry-auth-token': 'Sentry が認証トークンを拒否しています',
  'datadog-keys': 'Datadog が API キーまたはアプリケーションキーを拒否しています（403 Forbidden）',
  'mailgun-api-key': 'Mailgun が API キーを拒否しています（401 Forbidden）',
  'openweathermap-api-key': 'OpenWeatherMap が API キー（appid）を拒否しています',
  'telegram-bot-token': 'Telegram Bot API がボットトークンを拒否しています（401 Unauthorized）',
  'trello-credentials': 'Trello が API キーか、それとともに送ったトークンを拒否しています',
  'vonage-credentials': 'Vonage が資格情報（API キーとシークレット、またはアプリケーションの JWT）を拒否しています',
  'github-token': 'GitHub がこのトークンを認識していません',
  'okta-api-token': 'Okta がトークンを拒否しています（E0000011）',
  'github-git-credentials': 'GitHub が git の送った資格情報を拒否しています',
  'gitlab-git-credentials': 'GitLab が git の送った資格情報を拒否しています（HTTP Basic: Access denied）',
  'git-https-credentials': 'Git サーバーが git の送った資格情報を拒否しています',
  'hasura-admin-secret': 'Hasura が管理者シークレットを拒否しています（invalid x-hasura-admin-secret）',
  'parse-keys': 'Parse Server がアプリケーション ID またはキーを拒否しています（unauthorized）',
  'nocodb-token': 'NocoDB がトークンを受け付けませんでした（Unauthorized）',
  'parse-session-token': 'Parse Server がセッショントークンを拒否しています（209、invalid session token）',
  'vercel-token': 'Vercel がトークンを拒否しています',
  'boundary-auth-token':
    'HashiCorp Boundary が自身の認証トークンを拒否しています（Unauthenticated, or invalid token.）',
  'splunk-hec-token': 'Splunk の HTTP Event Collector がトークンを認識していません（Invalid token、code 4）',
  'splunk-hec-token-disabled':
    'Splunk の HTTP Event Collector が無効化されたトークンを拒否しています（Token disabled、code 1）',
  'cloudfront-signed-url': 'CloudFront が署名付き URL や Cookie に Key-Pair-Id を見つけられません',
  'datadog-agent-api-key': 'Datadog が Agent の API キーを拒否しています',
  'new-relic-license-key': 'New Relic がエージェントのライセンスキーを拒否しています',
  'gh-cli-token': 'GitHub が gh CLI のトークンを認識していません',
  'maven-repository-credentials': 'Maven リポジトリがビルドを拒否しています（401）',
  'nuget-feed-credentials': 'NuGet フィードが復元を拒否しています（401）',
  'databricks-token': 'Databricks がアクセストークンを拒否しています',
  'clickhouse-credentials': 'ClickHouse がユーザーの資格情報を拒否しています（516 AUTHENTICATION_FAILED）',
  'rds-iam-token': 'PostgreSQL が PAM でパスワードを拒否しています（Amazon RDS では IAM 認証トークン）',
  'atlas-api-key': 'MongoDB Atlas が API キーを拒否しています',
  'mongodb-credentials': 'MongoDB が接続の資格情報を拒否しています（AuthenticationFailed）',
  'dbt-cloud-token': 'dbt Cloud が API トークンを拒否しています',
  'airflow-api-credentials': 'Airflow の REST API が資格情報を拒否しています（401 Unauthenticated）',
  'snowflake-login': 'Snowflake がログインを拒否しています（390100、ユーザー名またはパスワードが正しくない）',
  'elasticsearch-credentials': 'Elasticsearch が資格情報を拒否しています（どのレルムも受け入れていません）',
  'adyen-api-key': 'Adyen が API 資格情報を拒否しています',
  'square-access-token': 'Square がアクセストークンを拒否しています',
  'braintree-api-keys': 'Braintree が API キーを拒否しています',
  'postmark-server-token': 'Postmark が Server API トークンを拒否しています',
  'plaid-api-keys': 'Plaid が client_id とシークレットを拒否しています',
  'bitbucket-credentials': 'Bitbucket がトークンまたはアプリパスワードを拒否しています',
  'mattermost-token': 'Mattermost がこのセッションまたは個人アクセストークンを認識していません',
  'rocket-chat-token': 'Rocket.Chat が受け取った X-Auth-Token と X-User-Id にログインを見つけられません',
  'nextcloud-credentials': 'Nextcloud または ownCloud がログイン名とパスワードを拒否しています',
  'atlassian-credentials': 'Jira または Confluence が受け取った資格情報を拒否しています（AUTHENTICATED_FAILED）',
  'portainer-token': 'Portainer が Bearer トークンを自身の JWT として検証できません',
  'sonarqube-token': 'SonarQube がスキャナーのトークンを認証しませんでした',
  'atlassian-captcha': 'Jira または Confluence は、CAPTCHA が解かれるまでこのログインを確認しません',
  'artifactory-credentials': 'Artifactory が資格情報を拒否しています（Bad credentials）',
  'metabase-credentials': 'Metabase が受け入れるセッションも API キーも見つかりません',
  'stytch-project-credentials': 'Stytch がプロジェクト ID とシークレットを拒否しています',
  'servicenow-credentials': 'ServiceNow がリクエストの資格情報を拒否しています',
  'netsuite-credentials': 'NetSuite がログインを拒否しています（Invalid login attempt）',
  'bot-app-credentials': 'Bot Connector がボット自身のトークンを拒否しています',
  'spring-credentials': 'サーバーは受け取った資格情報を拒否しています（Bad credentials）',
  'bad-credentials': 'サーバーは受け取った資格情報を拒否しています（Bad credentials）',
  'bad-credentials-body': 'サーバーは受け取った資格情報を拒否しています（Bad credentials）',
};
/** A refused credential that is no JWT (checks/credential-kind.ts): what it is, and what to check about it. */
const CREDENTIAL_DETAIL: Record<NonJwtCredential, string> = {
  'grafana-cloud-token':
    '資格情報は JWT ではなく、Grafana Cloud のアクセスポリシートークンとスタックのインスタンス ID の組です。組み合わせが誤っている、トークンが削除された、トークンに必要なスコープがない、のいずれかです。',
  'grafana-api-key':
    '資格情報は JWT ではなく、Grafana の API キーまたはサービスアカウントトークンです。Grafana にこのキー（トークン）は登録されていません。',
  'consul-acl-token':
    '資格情報は JWT ではなく、Consul の ACL トークンの SecretID です。このデータセンターにはこのトークンがありません。',
  'nomad-acl-token':
    '資格情報は JWT ではなく、Nomad の ACL トークンの SecretID です。このリージョンにはこのトークンがありません。',
  'nats-credentials':
    'NATS サーバーは接続の資格情報（.creds ファイルのユーザー JWT と nkey シード、nkey、トークン、ユーザー名とパスワードのいずれか）を受け入れませんでした。サーバーに設定された資格情報と違うか、ユーザーのアカウントがオペレーターに信頼されていないかのどちらかです。',
  'epic-access-token':
    'Epic はリクエストのアクセストークンを検証できませんでした（numericErrorCode 1031）。期限が切れている、アカウントが別の場所でサインインしたため終了した（ゲームの起動もサインインし直します）、またはサービスが受け付けない別のデプロイメントやクライアントが発行したかのどれかです。',
  'home-assistant-token':
    'Home Assistant は、行に書かれたアドレスとクライアントからのリクエストの資格情報を受け入れませんでした。サインイン時に得たアクセストークンを更新していない（有効期間は30分）、長期アクセストークンが削除されたか打ち間違えている、または要求された URL が /auth/login_flow の下なら、ログイン画面でのユーザー名かパスワードの誤りです。ip_ban_enabled が有効なら、失敗が続くとそのアドレスが禁止されます（login_attempts_threshold）。',
  'steam-session-ticket':
    '資格情報は JWT ではなく Steam のセッションチケットです。ゲームクライアントがこのアプリ用に Steam から得たバイト列（GetAuthSessionTicket または GetAuthTicketForWebApi）で、バックエンドが 16 進にして ISteamUserAuth/AuthenticateUserTicket に渡すものです。Steam はこれを受け入れませんでした。そのまま 16 進にされていない、別のアプリ ID 用に発行された、取り消し済みか使用済み、または別の identity 用に要求されたかのどれかです。',
  'azure-iot-hub-credentials':
    'Azure IoT Hub（またはその Device Provisioning Service）は、クライアントが接続に使ったもの（デバイスまたは共有アクセスポリシーのキーで署名した SAS トークン、X.509 証明書、接続文字列のキー。どれも OAuth トークンではありません）を認証できませんでした。SAS トークンの期限が切れている、現在のものではないキーで署名されている、別のハブやハブにないデバイスを指している、または証明書の拇印が登録されたものと違うかのどれかです。パブリックネットワークアクセスを無効にしたハブも Unauthorized と答えます。',
  'mqtt-credentials':
    'MQTT ブローカーは CONNACK で接続を拒否しました。CONNECT パケットの資格情報（ユーザー名とパスワード。ブローカーが JWT で認証する場合は JWT がパスワードとして送られます。または TLS クライアント証明書）のどれも受け入れなかったか、認可がクライアントを拒否しました。',
  'kintone-password':
    '資格情報は JWT ではなく、kintone のログイン名とパスワード（X-Cybozu-Authorization。「ログイン名:パスワード」を Base64 にしたもの）です。kintone はこれを受け入れませんでした。ログイン名かパスワードの誤り、パスワードが送られていない、またはユーザーの 2 要素認証が有効（REST API のパスワード認証は使えません）のいずれかです。',
  'freee-access-token':
    '資格情報は JWT ではなく、freee が発行した OAuth 2.0 のアクセストークンで、freee が照合します。期限切れ（アクセストークンの有効期限は6時間）、失効、または freee のものではないトークンです。freee は無効なトークンにも期限切れと同じ expired_access_token を返します。',
  'backlog-api-key':
    '資格情報は JWT ではなく、Backlog の API キー（apiKey パラメーター）です。スペースはこれを受け入れませんでした。コピーの誤り、削除済み、または URL のスペースとは別のスペースのキーのいずれかです。',
  'openfga-preshared-key':
    '認証情報は OpenFGA の事前共有キー（SDK が Authorization: Bearer で送る API トークン）で、JWT ではありません。サーバーは起動時のキー（OPENFGA_AUTHN_METHOD が preshared のときの OPENFGA_AUTHN_PRESHARED_KEYS）と比べ、どれとも一致しませんでした。クライアントが別の環境のキー、ローテーション前のキー、前後に空白や引用符の付いた値を持っています。',
  'dapr-api-token':
    '認証情報は Dapr の API トークンで、サイドカーが自分の値（DAPR_API_TOKEN、または dapr.io/api-token-secret アノテーションが指すシークレット）と比べる共有文字列です。JWT ではありません。アプリの SDK が送った dapr-api-token が一致しませんでした。',
  'trivy-token':
    '認証情報は Trivy サーバーのトークンで、各クライアントが送る Trivy-Token ヘッダーとサーバーが比べる共有文字列です（trivy server --token、trivy image --server … --token）。JWT ではありません。ヘッダーが無かったか、一致しませんでした。',
  'tailscale-auth-key':
    '認証情報は Tailscale の認証キー（tskey-auth-…。tailscale up --auth-key、TS_AUTHKEY、tsnet の AuthKey に渡すもの）で、JWT ではありません。コーディネーションサーバーにそのキーがありません。期限切れ（認証キーの有効期間は1〜90日）、使用済みの一回限りのキー、取り消し済み、別の tailnet のもの、またはコピーの誤りです。',
  'teleport-login':
    '認証情報は Teleport のローカルユーザーのサインイン（tsh login または Web UI のユーザー名、パスワード、第二要素）で、トークンではありません。認証サーバーが拒否しました。3つのどれが誤っていても同じ言葉を返します。証明書は発行されていません。',
  'chatwork-api-token':
    '資格情報は JWT ではなく、Chatwork の API トークン（X-ChatWorkToken ヘッダー）です。Chatwork はこれを受け入れませんでした。コピーの誤りや欠け、削除、または再発行のいずれかです。',
  'kintone-api-token':
    '資格情報は JWT ではなく、kintone の API トークン（X-Cybozu-API-Token）です。アプリで有効な API トークンのどれとも一致しません。コピーの誤りや欠け、削除や再生成、生成後に「アプリを更新」を押していない、のいずれかです。',
  'rakuten-rms-esa':
    '資格情報は JWT ではなく、RMS WEB API の ESA 認証（Authorization: ESA base64(serviceSecret:licenseKey)）です。RMS はこれを受け入れませんでした。licenseKey の有効期限（90日）が切れている、再発行されて古いキーが使えなくなった、serviceSecret か licenseKey のコピーの誤り（前後の空白も含む）、または呼び出す API が RMS でこのアプリに「利用可能」になっていない、のいずれかです。',
  'kabu-station-api-password':
    '資格情報は JWT ではなく、kabuステーションに設定した API パスワードで、ローカルのトークン発行エンドポイント（POST /kabusapi/token）に送るものです。コード 4001007（ログイン認証エラー）は、パスワードの正誤にかかわらず kabuステーション本体がログインしていないことを示します（毎朝 6:00〜6:30 ごろのメンテナンスや再起動でログアウトします）。コード 4001013（トークン取得失敗）は、ログイン中に API パスワードがこの環境のものと違うことを示します（本番用と検証用でパスワードとポート 18080 / 18081 が別です）。',
  'paypay-api-key':
    '資格情報は JWT ではなく、PayPay の API キーとシークレットで、リクエストごとに署名に使われます（SDK が作る Authorization ヘッダーの HMAC）。加盟店 ID は X-ASSUME-MERCHANT で送ります。PayPay はこれを受け入れませんでした。キーかシークレットが違うか欠けている、サンドボックスのキーを本番に（またはその逆に）送っている、または加盟店 ID がキーの属する加盟店のものではない、のいずれかです。',
  'oci-api-key':
    'リクエストは Bearer トークンではなく、OCI の API 署名キー（SDK や CLI の設定プロファイル：ユーザーとテナンシーの OCID、キーのフィンガープリント、key_file）で署名されています。OCI はこれを照合できませんでした。フィンガープリントがそのユーザーの API キーにない、key_file がアップロードしたキーの秘密鍵ではない、ユーザーやテナンシーの OCID が別のもの（または別のリージョンやレルムのプロファイルを読んでいる）、あるいはリクエストに署名がありません。',
  'aws-access-key':
    '資格情報は JWT ではなく、リクエストに署名する AWS のアクセスキー（SigV4）です。AWS にこのアクセスキー ID の記録がないか、一緒に送られたセッショントークンがこのキーのものではありません。',
  'npm-token':
    '資格情報は JWT ではなく、npm が .npmrc から送ったレジストリのトークンです。レジストリはこれを受け入れませんでした（失効、期限切れ、別のレジストリ用、または展開されなかった変数）。',
  'stripe-api-key':
    '資格情報は JWT ではなく、Stripe のシークレットキーです。Stripe にこのキーがないか（打ち間違いや欠け、ローテーション済みや削除済み、別アカウントのキー）、キーの有効期限が切れています（Stripe の api_key_expired。ローテーションした古いキーは、そのとき選んだ期限までしか使えません）。',
  'openai-api-key':
    '資格情報は JWT ではなく、OpenAI の API キーです。OpenAI はこれを受け入れませんでした（欠けや打ち間違い、失効、またはプロセスが読むはずだったキーではない）。',
  'anthropic-api-key':
    '資格情報は JWT ではなく、x-api-key ヘッダーで送られた Anthropic の API キーです。Anthropic はこれを受け入れませんでした（欠けや打ち間違い、無効化または削除済み、またはプロセスが読むはずだったキーではない）。',
  'openai-organization':
    'API キーは、キーの属さない組織を指す OpenAI-Organization ヘッダーと一緒に送られました（mismatched_organization）。キー自体は正しい可能性があり、添えた組織 ID が別の組織のものか、キーが別の組織のプロジェクトキーです。',
  'azure-ai-services-key':
    '資格情報は JWT ではなく、api-key または Ocp-Apim-Subscription-Key ヘッダーで送られた Azure AI サービスのリソース（Azure OpenAI、Speech、Language、Foundry のリソース）のキーです。エンドポイントの指すリソースはこれを受け入れませんでした（別リソースのキー、再生成前のキー、Azure に送った OpenAI プラットフォームのキー、または別リソースや別リージョンのエンドポイント）。',
  'azure-ai-services-token':
    '資格情報は Authorization: Bearer で送られた Microsoft Entra ID のアクセストークンで、Azure AI サービスはこれを受け入れませんでした。期限切れか、メッセージが示す対象（Azure OpenAI と Foundry では https://cognitiveservices.azure.com）とは別の audience 向けに発行されたか、キーをベアラートークンとして送っています。',
  'cohere-api-key':
    '資格情報は JWT ではなく、Cohere の API キーです。Cohere はこのキーを認識していません（欠けや打ち間違い、削除済み、またはプロセスが読むはずだったキーではない）。',
  'groq-api-key':
    '資格情報は JWT ではなく、Groq の API キー（gsk_…）です。Groq はこのキーを認識していません（欠けや打ち間違い、削除済み、xAI など別プロバイダーのキー、またはプロセスが読むはずだったキーではない）。',
  'openai-no-organization':
    '資格情報は JWT ではなく OpenAI の API キーで、OpenAI はキーの属するアカウントがどの組織のメンバーでもないと言っています。キーを作った組織をアカウントが離れたか外されたか、組織に参加したことがありません。そのアカウントのどのキーも同じく拒否されます。',
  'weaviate-credentials':
    'クライアントは、API キー認証も OIDC も設定されていない Weaviate のインスタンスに資格情報（Authorization: Bearer の API キー）を送りました。Weaviate はそれを設定のない OIDC のトークンとして読みました。貼り付けの JWT の問題ではなく、インスタンスとクライアントの認証の設定が食い違っています。',
  'pinecone-api-key':
    '資格情報は JWT ではなく Pinecone の API キーです。Pinecone は、クライアントが指定した環境に対してキーがないか無効だと言っています（別のプロジェクトや環境のキー、欠けたキーやプレースホルダー、またはキーのプロジェクトに合わない環境の設定）。',
  'qdrant-api-key':
    '認証情報は Qdrant の API キー（api-key ヘッダーか Bearer トークンで送るもの）で、ID プロバイダーの JWT ではありません。インスタンスは自分のキー（service.api_key、service.read_only_api_key）と、Qdrant Cloud ならクラスターのデータベース API キーと比べ、このキーはどれとも一致しませんでした。',
  'libsql-auth-token':
    '資格情報は libSQL の認証トークンです。データベース（またはそのグループ）の鍵で署名した JWT で、サーバーはその公開鍵で確認します。Turso では、組織のクレームテンプレートと JWKS（turso org jwks）で認証プロバイダーが発行した JWT も使えます。このトークンはサーバーが受け入れる鍵で署名されていません。別のデータベース・グループ・組織のトークン、データベースやグループのトークンを無効化する前（turso db tokens invalidate、turso group tokens invalidate）のトークン、代わりに渡した Turso Platform API のトークン、または欠けや打ち間違いです。',
  'cockroachdb-jwt':
    '資格情報は、JWT 認証を求めて（options=--crdb:jwt_auth_enabled=true）SQL のパスワードとして送った JWT です。CockroachDB はこれをクラスター設定 server.jwt_authentication.jwks（jwks_auto_fetch が有効なら発行者から取得した鍵）、.issuers、.audience と照らして検証できませんでした。理由は DETAIL か、クラスターの client_authentication_failed イベントにあります。',
  'etcd-auth-token':
    '資格情報は etcd の認証トークンで、クライアントがユーザー名とパスワードの Authenticate で得たものです。シンプルトークン（ランダムでメンバーのメモリーにだけあり、--auth-token-ttl（既定300秒）を過ぎるか、メンバーの再起動や入れ替えで消えます）か、JWT トークン（--auth-token jwt,… の鍵で署名され、その ttl の間有効）です。リクエストが届いたメンバーはもうそれを持っていないか、受け入れません。',
  'pulsar-token':
    '資格情報は Pulsar クライアントが AuthenticationToken で送るトークン（authParams の token:…、または file: か env: から）で、ブローカーの AuthenticationProviderToken が tokenSecretKey か tokenPublicKey で確認する JWT です。トークンがない、別の鍵で署名された、exp を過ぎた、またはブローカーの authenticationProviders にそれを扱うものがありません。',
  'redis-password':
    '資格情報は JWT ではなく、クライアントが AUTH で送るユーザー名（なければ default）とパスワードです。サーバーはその組を知らないか、ACL のユーザーが無効です。Upstash ではパスワードはデータベースのトークンです（読み取り専用トークンは default_ro ユーザーのもの）。',
  'upstash-redis-token':
    '資格情報は JWT ではなく、@upstash/redis がデータベースの REST API に送るトークンです。このデータベースの REST トークン（UPSTASH_REDIS_REST_TOKEN）ではないか、欠けている（末尾の "=" も含みます）か、別のデータベースのものです。',
  'heroku-api-key':
    '資格情報は JWT ではなく、クライアントが Platform API（api.heroku.com）に送る Heroku の API キーか OAuth トークンです（HEROKU_API_KEY 変数、または `heroku login` が ~/.netrc に書いたトークン）。Heroku はこれをもう受け付けません。再生成か取り消し（パスワード変更、アカウントの移行）、期限切れ（`heroku login` のセッションには期限があり、認可にも有効期限を付けられます）、別のアカウントのもの、またはツールが期待した資格情報がそもそもないのいずれかです。',
  'railway-token':
    '資格情報は、貼り付けから判定できる JWT ではなく Railway のトークンです。RAILWAY_TOKEN はプロジェクトトークン（ひとつのプロジェクトの環境用：デプロイ、ログ、変数）を、RAILWAY_API_TOKEN はアカウントかチームのトークンを渡します。どちらもなければブラウザーでのログイン（`railway login`）が使われます。API はこれを拒否しました。取り消されたか打ち間違い、期限切れ（ログインのセッションは CLI が更新します）、またはコマンドに合わない種類（アカウントのコマンドにプロジェクトトークン、ユーザーを読む `railway whoami` にチームトークン）です。',
  'fly-api-token':
    '資格情報は、貼り付けから判定できる JWT ではなく flyctl が送る Fly.io のトークンです（FLY_API_TOKEN か FLY_ACCESS_TOKEN があればそれ、なければ `fly auth login` が保存したもの）。`fly tokens create` で作るマカロントークンか、ユーザーのログイントークンです。API はこれを拒否しました。期限切れか取り消し、新しい `fly auth login` より優先される FLY_API_TOKEN や FLY_ACCESS_TOKEN の古いトークン、またはひとつのアプリや組織に限ったトークンを別のものに使った（デプロイトークンでは現在のユーザーを読めません）のいずれかです。',
  'meilisearch-key':
    '資格情報は Meilisearch の API キーか、テナントトークン（アプリが API キーで署名し、そのキーを apiKeyUid で指す JWT）です。Meilisearch は、これを保持しているキーのうちこの操作を許すどれにも対応づけられませんでした。キーが削除されたか expiresAt を過ぎた、要求された操作やインデックスがキーにない（テナントトークンのキーには search が必要）、テナントトークンがそのキー以外（キーの uid、別のキー、マスターキーを変える前のキー）で署名された、またはテナントトークンを search 以外のルートに送った（テナントトークンは search にしか使えません）のいずれかです。',
  'typesense-api-key':
    '資格情報は JWT ではなく、x-typesense-api-key で送られた Typesense の API キー（またはそれから生成したスコープ付き検索キー）です。Typesense は、キーがない、保持していないキー、操作やコレクションがリクエストに合わないキー、expires_at を過ぎたスコープ付き検索キー、documents:search 以外の操作を持つ親キーから生成したスコープ付き検索キーのどれにも同じ文言を返します。',
  'algolia-api-key':
    '資格情報は JWT ではなく、Algolia のアプリケーション ID と API キー（またはそれから生成したセキュア API キー）です。Algolia はこの2つを組として受け入れませんでした。キーが別のアプリケーションのもの、削除か再生成された、この操作やインデックスを許していない、または validUntil を過ぎたか Admin API キーから生成したセキュア API キーです。x-algolia-application-id を書き換えるブラウザー拡張でも起こります。',
  'twilio-credentials':
    '資格情報は JWT ではなく、HTTP Basic 認証で送られた Twilio の Account SID と Auth Token（または API キーの SID とシークレット）です。Twilio はこの組を受け入れませんでした。',
  'apicast-credentials':
    '資格情報は、3scale のプロダクトの認証設定が指定するもの（user_key として送る API キー、App ID と App Key の組、または OpenID Connect のアクセストークン）を、設定が指定する場所（クエリパラメーター、ヘッダー、Authorization）で送ったものです。APIcast はこれが属するこのプロダクトのアプリケーションを見つけられませんでした（打ち間違いや欠け、別環境のもの、停止中のアプリケーション、このプロダクトを含まないプランのアプリケーション）。または、トークンが OpenID Connect の検証に通りませんでした。',
  'pypi-token':
    '資格情報は JWT ではなく、twine がパッケージインデックスに送ったユーザー名とパスワード（API トークンなら __token__ と pypi-… のトークン）です。インデックスはこれを受け入れませんでした。',
  'docker-hub-login':
    '資格情報は JWT ではなく、クライアントが Docker Hub に送った Docker ID とパスワード（またはパーソナルアクセストークン）です。Docker Hub はこれを受け入れませんでした。',
  'sendgrid-api-key':
    '資格情報は JWT ではなく、SendGrid の API キー（SG.…）です。SendGrid はこれを受け入れませんでした（削除済み、欠けや打ち間違い、またはキーの代わりにキーの ID を送っている）。',
  'hugging-face-token':
    '資格情報は JWT ではなく、Hugging Face のアクセストークン（hf_…）です。Hub はこのトークンを認識していません（削除済み、欠けや打ち間違い、またはマシンに保存されたままの古いトークン）。',
  'cloudflare-api-token':
    '資格情報は JWT ではなく、Cloudflare の API トークン（またはメールアドレスと組の Global API Key）です。Cloudflare はこの呼び出しにこれを受け入れませんでした（無効またはロール済み、あるいは呼び出しに必要な権限やゾーンがない）。',
  'azure-storage-credentials':
    'Azure Storage はリクエストの資格情報を受け入れませんでした。多くはストレージアカウントのキーで作った Shared Key の署名か SAS が、Azure Storage の計算したものと一致しない場合です（誤ったキーや再生成前のキー、期限切れの SAS）。理由は AuthenticationErrorDetail に書かれています。',
  'shopify-access-token':
    '資格情報は JWT ではなく、Shopify の Admin API アクセストークン（またはプライベートアプリの API キーとパスワード）です。ストアはこれを受け入れませんでした（別のストアのもの、失効、またはトークンの代わりにアプリの API キーやクライアントシークレットを送っている）。',
  'jira-api-token':
    '資格情報は JWT ではなく、Basic 認証で送る Jira Cloud アカウントのメールアドレスと API トークンです。Jira はこれを受け入れず、匿名のクライアントとして応答しました（API トークンの代わりにパスワード、別アカウントのメールアドレス、失効したトークン、または未送信）。',
  'hubspot-access-token':
    '資格情報は JWT ではなく、HubSpot のプライベートアプリのアクセストークン（pat-…）、OAuth アクセストークン、または開発者 API キーです。HubSpot はこの API で受け入れるものを見つけられませんでした（欠けている、失効、「Bearer」の二重送信、またはこの API が受け付けない種類の資格情報）。',
  'sentry-auth-token':
    '資格情報は JWT ではなく、Sentry の認証トークン（組織またはユーザーのトークン）です。問い合わせた Sentry サーバーはこれを知りません（欠けている、失効、または別の Sentry のトークン：sentry.io とセルフホストの取り違え）。',
  'mailgun-api-key':
    '資格情報は JWT ではなく、HTTP Basic で送る Mailgun の API キー（ユーザー名 "api"、パスワードがキー）です。答えた Mailgun の API ホストはこれを受け付けていません。キーはリージョンごとのもので、EU リージョンのアカウントのキーは、クライアントが指定のない限り使う US のホスト api.mailgun.net では拒否されます。',
  'telegram-bot-token':
    '資格情報は @BotFather が発行したボットのトークン（<ボット ID>:<シークレット>。URL https://api.telegram.org/bot<トークン>/<メソッド> に入れて送ります）で、JWT ではありません。Telegram Bot API が 401 Unauthorized を返すのは受け付けないトークンに対してだけです。打ち間違いや欠け（先頭の数字の欠落、余分な空白や引用符）、@BotFather の /revoke で失効したトークン、または同じボットで起動していないローカルの Bot API サーバーへの送信です。',
  'vonage-credentials':
    '資格情報は Vonage 自身が照合するものです。SMS、Number Insight、Account の API ではアカウントの API キーとシークレット（Basic 認証、または api_key と api_secret）、Voice と Messages の API ではクライアントが Vonage アプリケーションの秘密鍵で署名する JWT（application_id クレームがアプリケーションを示します）です。別のアカウントのキーとシークレット、そのアプリケーションのものでない秘密鍵、Voice の機能を有効にしていないアプリケーションは、どれも同じく拒否されます。',
  'trello-credentials':
    '資格情報は Trello の2つのクエリパラメーターで、JWT ではありません。key はアプリの API キー（その Power-Up の API キーのページ）、token はそのキーを認可したユーザーのトークンです。Trello のプレーンテキストの 401 は、拒否した方を示します。「invalid key」はキー（キーでない値や空）、「invalid token」はトークン（別のキーのトークン、期限切れや失効、またはトークンとして送った OAuth シークレット）です。',
  'openweathermap-api-key':
    '資格情報はクエリパラメーター appid で送る OpenWeatherMap の API キーで、JWT ではありません。OpenWeatherMap は appid がない・空、打ち間違い、まだ有効になっていないキー（新しいキーは有効になるまで数時間かかることがあります）、アカウントのプランでこの API を使えないキーに 401 Invalid API key を返します。',
  'datadog-keys':
    '資格情報は JWT ではなく、Datadog の API キー（DD-API-KEY）と、多くの呼び出しではアプリケーションキー（DD-APPLICATION-KEY）です。Datadog はこれを拒否しました（誤った・失効したキー、datadoghq.eu など別サイトのキー、またはこの呼び出しに必要なスコープのないアプリケーションキー）。',
  'firebase-app-verification':
    '電話番号でのサインインがコードを送る前に、Firebase Authentication はリクエストが Android アプリから来たことを確かめます。Firebase プロジェクトに登録されたアプリの SHA-256 フィンガープリントと照合する Play Integrity トークン、その代わりに reCAPTCHA です。両方とも失敗したため、コードは送られず、トークンもまだありません。直すのはトークンではなくアプリの登録です。',
  'firebase-app-check-token':
    '拒否された資格情報は、リクエストが正規のアプリから来たことを示す App Check トークン（X-Firebase-AppCheck）で、ユーザーの ID トークンではありません。アプリが何も送っていないかプレースホルダーを送った（証明プロバイダー Play Integrity、App Attest、reCAPTCHA が失敗した）、デバッグトークンをそのまま送った（交換していない、または Firebase コンソールに登録していない）、別の Firebase プロジェクトやアプリのトークンを送った、のいずれかです。',
  'mapbox-access-token':
    '資格情報は検証者が確かめる JWT ではなく、Mapbox のアクセストークン（pk. はパブリック、sk. はシークレット）です。Mapbox はこれを受け付けていません（削除済み、更新前の古いデフォルトパブリックトークン、欠けや打ち間違い、ページに残ったプレースホルダー）。',
  'mapbox-secret-token':
    'Mapbox GL JS はシークレットトークン（sk.）を使うことを拒否し、何も送っていません。シークレットトークンはサーバー専用です。ページ（または Superset の MAPBOX_API_KEY などの設定）がシークレットトークンを持っているので、ページを読み込んだ人は誰でも手にできた可能性があります。',
  'google-maps-api-key':
    '資格情報は JWT ではなく Google の API キー（AIza…）です。Google Maps Platform はこのキーを見つけられないか、期限切れとしています（InvalidKeyMapError、ExpiredKeyMapError、「The provided API key is invalid.」）。キーの欠けや打ち間違い、削除、別プロジェクトのキー、ページに残ったプレースホルダーが考えられます。',
  'google-api-key':
    '資格情報は JWT ではなく、Google の API キー（AIza…）です。Google はこのキーを認識していません（欠けや打ち間違い、削除済み、またはプロセスが読むはずだったキーではない）。',
  'github-token':
    '資格情報は JWT ではなく、GitHub のトークン（個人用アクセストークン、OAuth アプリやアプリのインストールのトークン）です。GitHub はこれを受け入れませんでした（欠けや打ち間違い、期限切れや取り消し済み、またはトークンの代わりに OAuth の認可コードを送っている）。',
  'okta-api-token':
    'Okta の API は送られたトークンを受け入れませんでした（"Invalid token provided"）。多くは Okta の API トークン（Okta が照合する不透明な文字列で、JWT ではありません）が取り消し済み、別の Okta 組織のもの、または SSWS 以外のスキームで送られている場合です。Okta の API 用の OAuth 2.0 アクセストークンなら、期限切れか別の組織のものです。',
  'github-git-credentials':
    '資格情報は JWT ではなく、git が資格情報ヘルパーやプロンプトから HTTPS で送ったユーザー名とパスワード（またはトークン）です。GitHub は Git の操作にアカウントのパスワードを受け付けず、個人用アクセストークン、OAuth や GitHub App のトークン、SSH だけを受け付けます。期限切れ、取り消し済み、打ち間違い、リポジトリへのアクセスのないトークンも同じように拒否されます。',
  'gitlab-git-credentials':
    '資格情報は JWT ではなく、git が資格情報ヘルパーやプロンプトから HTTPS で送ったユーザー名とパスワード（またはトークン）です。GitLab はこれを受け入れませんでした（パスワードやトークンの誤り、または 2 要素認証や SSO を使うアカウントで、パスワードの代わりにアクセストークンが必要）。',
  'git-https-credentials':
    '資格情報は JWT ではなく、git が資格情報ヘルパーやプロンプトから HTTPS で送ったユーザー名とパスワード（またはトークン）です。サーバーはこれを受け入れませんでした（誤り、期限切れや取り消し、トークンが必要なホストへのパスワード、またはヘルパーが送り続ける古い資格情報）。',
  'hasura-admin-secret':
    '認証情報は JWT ではなく、x-hasura-admin-secret で送る Hasura の管理者シークレットです。Hasura はこれを自分が起動時に持つ HASURA_GRAPHQL_ADMIN_SECRET と比べ、一致しませんでした（別の環境のシークレット、シェル・YAML・.env ファイルで変わった値、古い値を送り続けるクライアント）。',
  'parse-keys':
    '認証情報は JWT ではなく、Parse Server のアプリケーション ID とキー（X-Parse-Application-Id と、X-Parse-REST-API-Key・X-Parse-JavaScript-Key・X-Parse-Client-Key、または X-Parse-Master-Key）です。Parse Server は、アプリケーション ID が自分の動かすものでないとき、キーが設定と違うとき、マスターキーが masterKeyIps の外の IP から来たときに 403 {"error":"unauthorized"} を返します。',
  'nocodb-token':
    '認証情報は Authorization のベアラートークンではなく NocoDB 独自のもの（xc-token の API トークン、または xc-auth のサインインの認証トークン）です。NocoDB はこのリクエストに受け付けるユーザーを見つけませんでした。ヘッダーが無い、API トークンが削除された・別のインスタンスのもの、または認証トークンが有効期間（NC_JWT_EXPIRES_IN、既定10時間）を過ぎています。ベースを共有されていないユーザーにも同じ応答を返します（nocodb/nocodb#7272）。',
  'parse-session-token':
    '認証情報は JWT ではなく Parse のセッショントークン（r:…。X-Parse-Session-Token で、または SDK が現在のユーザーのものを送る）です。Parse Server はこれを _Session クラスで探し、有効なセッションを見つけませんでした。ユーザーがログアウトした・削除された、セッションが期限切れ（sessionLength、既定で1年）か取り消された、または別の Parse Server やアプリのトークン（復元したデータベース、キャッシュされたユーザーのまま再インストールしたアプリ）です。',
  'vercel-token':
    '資格情報は JWT ではなく、Vercel のアクセストークン（CLI 自身のログイン、または --token / VERCEL_TOKEN で渡したもの）です。Vercel はこれを受け入れませんでした（期限切れ、削除済み、または別のアカウントやチームのもの）。',
  'boundary-auth-token':
    '認証情報は JWT ではなく Boundary 自身の認証トークン（at_…。boundary authenticate で得るもの）です。コントローラーにそのセッションがありません（有効期間やアイドル時間を過ぎた、ログアウトや削除された、BOUNDARY_ADDR とは別の Boundary クラスターが発行した）。',
  'splunk-hec-token':
    '資格情報は JWT ではなく、HTTP Event Collector のトークン（"Authorization: Splunk <token>" で送る GUID）です。この Splunk インスタンスにそのトークンはありません（打ち間違いや欠け、削除済み、別のインスタンスや Splunk Cloud スタックで作ったもの、またはロードバランサーの先でトークンを持たないインデクサー）。',
  'splunk-hec-token-disabled':
    '資格情報は JWT ではなく、HTTP Event Collector のトークン（"Authorization: Splunk <token>" で送る GUID）です。Splunk はこのトークンを知っていますが、無効になっています（トークン自体の状態、または HEC の Global Settings で All Tokens が無効）。',
  'cloudfront-signed-url':
    'CloudFront はこのパスを署名付き URL（クエリパラメーター Expires または Policy、Signature、Key-Pair-Id）か署名付き Cookie（CloudFront-Expires または CloudFront-Policy、CloudFront-Signature、CloudFront-Key-Pair-Id）でしか返さず、リクエストには Key-Pair-Id がありませんでした。URL がクエリなしで届いた（リンクや、続くファイルを素の URL で要求するプレーヤー、リダイレクト）か、Cookie が送られなかった（別のドメイン向けに設定された、クロスサイトで送られない）か、署名する側がパラメーターを入れていません。認証情報は URL や Cookie の署名で、Bearer トークンではありません。',
  'datadog-agent-api-key':
    '資格情報は JWT ではなく、Agent の Datadog API キー（datadog.yaml の api_key、DD_API_KEY）です。Agent のフォワーダーはインテークが返す 403 をすべてこう記録し、ステータスページとヘルスチェックはサイトの検証が拒否したキーをこう示します。多くは Agent の送信先サイトで Datadog が知らないキー（datadoghq.eu や ddog-gov.com など別のサイトのキー、取り消し済みのキー、API キーの代わりのアプリケーションキー）で、インテークの前のプロキシやパイプラインが自分で 403 を返していることもあります。',
  'new-relic-license-key':
    '資格情報は JWT ではなく、エージェントの New Relic ライセンスキー（license_key、NEW_RELIC_LICENSE_KEY）で、一つのアカウントのインジェストキーです。New Relic のコレクターはこれを受け入れませんでした（打ち間違いや欠け、設定ファイルのプレースホルダーのまま、別のアカウントのキー、またはライセンスキーの代わりのユーザーキー（NRAK-…））。',
  'maven-repository-credentials':
    '資格情報は JWT ではなく、Maven の settings.xml のうち <id> がリポジトリの id と一致する <server> です。リポジトリが 401 を返したのは、送られなかった（その id の <server> がなく、Maven は何も送らない）か、拒否された（パスワードの誤り、期限切れや取り消し済みのトークン、トークンが必要なリポジトリへのアカウントのパスワード）からです。',
  'nuget-feed-credentials':
    '資格情報は JWT ではなく、NuGet がパッケージソースに送るもの（nuget.config の packageSourceCredentials、または資格情報プロバイダーのもの）です。フィードが 401 を返したのは、送られなかった（このソースの資格情報がない、資格情報プロバイダーが入っていないか対話を許されていない）か、拒否された（期限切れや取り消し済みの個人用アクセストークン）からです。',
  'databricks-token':
    '資格情報は Databricks の個人用アクセストークン（dapi…）か、ワークスペース向けの OAuth / Microsoft Entra ID トークンで、Databricks が照合するものです。受け入れないトークンには 401 ではなく 403 を返します：期限切れ（PAT の有効期間、Entra ID トークンの1時間）、取り消し済み、別のワークスペースで作られたもの、またはそのユーザーやサービスプリンシパルがワークスペースから外されたもの。',
  'clickhouse-credentials':
    '資格情報は JWT ではなく、ClickHouse のユーザーとそのパスワード（clickhouse-client の --user と --password、HTTP インターフェイスの X-ClickHouse-User と X-ClickHouse-Key または Basic 認証）です。パスワードが違う、ユーザーが存在しない、またはそのユーザーがこのアドレスから接続できない（HOST 制限も同じ答えを返します）のいずれかです。',
  'rds-iam-token':
    'Amazon RDS と Aurora の PostgreSQL は IAM 認証トークン（aws rds generate-db-auth-token が作る署名付きリクエストで、JWT ではありません）を PAM で確認し、15分より古いもの、接続とは別のホスト名・ポート・リージョン・ユーザー向けに作られたもの、その DB ユーザーへの rds-db:connect を IAM ポリシーが許さない資格情報で署名されたものを拒否します。ユーザーに rds_iam が付与されていなければどのトークンも拒否されます。独自に PAM 認証を使うサーバーもパスワードを同じ言葉で拒否します。',
  'atlas-api-key':
    '資格情報は JWT ではなく、MongoDB Atlas の API キー（HTTP Digest で送る公開鍵と秘密鍵の組）かサービスアカウントのトークンです。組が違うか削除された、キーにこの組織やプロジェクトのロールがない、またはキーの API アクセスリストが許さないアドレスからのリクエストです。',
  'mongodb-credentials':
    'サーバーは接続の認証メカニズムの資格情報を拒否しました（コード 18）：authSource のデータベースに対する SCRAM のユーザー名とパスワード、X.509 証明書のサブジェクト、または MONGODB-OIDC ではドライバーがコールバックや環境から得たアクセストークン（サーバーの oidcIdentityProviders の発行者、オーディエンス、ユーザーを示すクレームで確認されます）。',
  'dbt-cloud-token':
    '資格情報は JWT ではなく、dbt Cloud が照合するサービストークンか個人用アクセストークンです。削除されたか打ち間違いか、アカウントのアクセス URL 以外のホストに送られています（リージョンのセルにあるアカウントは cloud.getdbt.com で「Invalid token.」を返します）。',
  'airflow-api-credentials':
    '資格情報は JWT ではなく、HTTP Basic で送る Airflow ユーザーの名前とパスワードです。Airflow 2 の REST API がこれを読むのは [api] auth_backends に airflow.api.auth.backend.basic_auth があるときだけです（既定の session は Web UI の Cookie しか受け付けず、すべて拒否する設定のインストールもあります）。そのため正しいパスワードも間違ったものと同じように拒否されます。',
  'snowflake-login':
    'Snowflake はログインのユーザー名とパスワード、またはその代わりに送られたキーペアの JWT を拒否しました。ユーザーがそのアカウント（識別子が示すアカウント）の LOGIN_NAME でない、パスワードが違う、または秘密鍵を渡されたクライアントの authenticator が SNOWFLAKE_JWT でないためパスワードでログインした、のいずれかです。',
  'elasticsearch-credentials':
    '資格情報はクライアントが Elasticsearch に送ったものです：API キー（“Authorization: ApiKey <encoded>”）、ユーザーとパスワード（Basic）、または Elasticsearch のトークンサービスのトークン。どのレルムも受け入れず、匿名アクセスはオフです。API キーが無効化されたか期限切れの場合、encoded の値ではなく ID を送った場合、別のクラスターやデプロイメントのキーを送った場合も同じように拒否されます。',
  'adyen-api-key':
    '資格情報は JWT ではなく、Adyen の API 資格情報の API キー（X-API-Key）、またはその Web サービスユーザーとパスワード（Basic）です。Adyen はこれを受け入れませんでした（途中で切れた・打ち間違い、再生成されたキー、テスト用のキーを本番のエンドポイントに送った、またはその逆）。',
  'square-access-token':
    '資格情報は JWT ではなく、Bearer で送られた Square のアクセストークンです。Square はこれを受け入れませんでした（サンドボックスのトークンを本番に送った、またはその逆、トークンの代わりにアプリケーション ID を送った、取り消し済みか期限切れの OAuth トークン、空のヘッダー）。',
  'braintree-api-keys':
    '資格情報は JWT ではなく、Braintree のマーチャント ID と公開鍵・秘密鍵のペアです。Braintree はこれを受け入れませんでした（別の環境のキー、サンドボックスと本番の取り違え、削除されたキーペア、マーチャント ID の打ち間違い）。',
  'postmark-server-token':
    '資格情報は JWT ではなく、X-Postmark-Server-Token で送られた Postmark のトークンです。Postmark はこれを Server API トークンとして受け入れませんでした（代わりに Account API トークンを送った、別のサーバーのトークン、再生成されたトークン）。',
  'stytch-project-credentials':
    '資格情報はセッショントークンや JWT ではなく、バックエンド SDK が HTTP Basic で送る Stytch のプロジェクト ID とシークレットです。Stytch はそれで作られた Authorization ヘッダーを受け入れませんでした（別のプロジェクトや環境のシークレット、test と live の取り違え、削除されたシークレット、シークレットの代わりに送った公開トークン）。',
  'plaid-api-keys':
    '資格情報は JWT ではなく、リクエスト本文か PLAID-CLIENT-ID と PLAID-SECRET ヘッダーで送られた Plaid の client_id とシークレットです。Plaid はこの組を受け入れませんでした（別の環境のシークレット、サンドボックスと本番の取り違え、ローテーションされたシークレット、別のチームの client_id）。',
  'bitbucket-credentials':
    '資格情報は JWT ではなく、Bitbucket の API トークン、アプリパスワード、またはアクセストークンです。Bitbucket はこのエンドポイントでそれを受け入れませんでした。API トークンは Atlassian アカウントのメールアドレスを Basic のユーザーにし、アプリパスワードは Bitbucket のユーザー名と組み合わせ、リポジトリ・プロジェクト・ワークスペースのアクセストークンは Bearer で、そのリポジトリ・プロジェクト・ワークスペースにだけ使えます。エンドポイントのスコープがない、期限切れ、取り消し済みのトークンも同じように拒否されます。',
  'mattermost-token':
    '資格情報は JWT ではなく、Mattermost のセッショントークン（/api/v4/users/login、または MMAUTHTOKEN Cookie）か個人アクセストークンです。Mattermost はこれに対応する有効なセッションを持っていません（セッションの期限切れや取り消し、ログアウトやユーザーの無効化、トークンの削除、またはサーバーで個人アクセストークンが無効）。トークンのないリクエストにも同じ応答を返します。',
  'rocket-chat-token':
    'Rocket.Chat は、ログインしたユーザーの認証トークンを X-Auth-Token で、そのユーザーの ID を X-User-Id で受け取り、Authorization の JWT は読みません。受け取ったものに対応するログインが見つかりませんでした（ヘッダーの欠落、別のユーザーや別のサーバーのトークン、ログアウトで終わったログイン、削除された個人アクセストークン）。',
  'nextcloud-credentials':
    'サーバー（Nextcloud または ownCloud）は HTTP Basic で受け取ったログイン名とパスワードを確認し、拒否しました。パスワードの誤り、ログイン名の代わりのメールアドレス、または二要素認証やシングルサインオンでアプリパスワードしか使えないアカウントのパスワードです。',
  'atlassian-credentials':
    'Jira と Confluence のログイン層である Seraph が受け取った資格情報を試し、失敗しました（X-Seraph-LoginReason: AUTHENTICATED_FAILED）。Data Center は個人アクセストークンを Bearer で、または Basic 認証が許可されていればユーザー名とパスワードを Basic で受け取ります。Cloud はアカウントのメールアドレスと API トークンを Basic で受け取ります。取り消しや期限切れのトークン、別インスタンスのトークン、Cloud でメールアドレスの代わりのユーザー名は、どれもこうして失敗します。',
  'portainer-token':
    'Portainer は Bearer トークンを、自身の POST /api/auth が発行した JWT（既定で8時間有効）として読み、このトークンを検証できませんでした。アクセストークン（ptr_…、My account → Access tokens で作成）は Authorization ではなく X-API-Key ヘッダーで送ります。別の Portainer インスタンスの JWT や期限切れの JWT も拒否されます。',
  'sonarqube-token':
    '資格情報は JWT ではなく、SonarQube のトークン（ユーザートークン squ_…、または解析トークン sqa_… / sqp_…）です。サーバーは 401 を返したので、スキャナーが送ったものでどのユーザーも認証していません（トークンが届いていない、または取り消し・期限切れ・別サーバーで作成・SonarQube Cloud のトークンをセルフホストのサーバーに送ったなど、サーバーが持たないトークン）。',
  'atlassian-captcha':
    'このアカウントのログイン失敗が続いたため、Seraph（Jira と Confluence のログイン層）がそのアカウントに CAPTCHA を有効にし、パスワードを確認せずに Basic ログインをすべて拒否しています（X-Seraph-LoginReason: AUTHENTICATION_DENIED、X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE）。REST クライアントは CAPTCHA に答えられないので、解除されるまでは正しいパスワードでも失敗します。',
  'artifactory-credentials':
    '資格情報は他の発行元の JWT ではなく Artifactory 自身のもの、つまりユーザー名とパスワード・アイデンティティトークン・API キーの HTTP Basic か、アクセストークン（Bearer、またはパスワードとして）です。Artifactory はこれを受け入れませんでした（パスワードの誤りや変更、アクセストークンの代わりの API キーやアイデンティティトークン、またはその逆、取り消しや期限切れのトークン、ブラウザーでしか使えない SSO ユーザーのパスワード）。',
  'metabase-credentials':
    'Metabase はリクエストをセッション（metabase.SESSION Cookie、または POST /api/session が返した ID の X-Metabase-Session ヘッダー）か、x-api-key ヘッダーの API キー（mb_…）で認証し、JWT は使いません。有効なものが見つかりませんでした（削除されたか別インスタンスで作られたキー、期限切れかログアウトしたセッション、または未送信）。',
  'servicenow-credentials':
    '資格情報はクライアントが ServiceNow の REST API に送ったもの、つまりユーザー名とパスワード（Basic）か、インスタンス自身の OAuth エンドポイントが発行したアクセストークンで、他の発行元の JWT ではありません。インスタンスはこれでどのユーザーも認証しませんでした（パスワード違い、ロックされたか無効なユーザー、別インスタンスのトークンや期限切れのトークン、または未送信）。',
  'netsuite-credentials':
    '資格情報は JWT ではなく、NetSuite のトークンベース認証（統合レコードのコンシューマーキーとシークレット、トークン ID とシークレットで作る OAuth 1.0a の署名。realm はアカウント ID）またはログインです。NetSuite はログインを拒否し、その理由はログイン監査証跡に記録されます（InvalidSignature、不明か取り消されたトークン、権限のないロール、別アカウントの ID）。',
  'bot-app-credentials':
    '資格情報は、ボットが Bot Connector（Teams なら smba.trafficmanager.net）を呼ぶために、アプリ ID とパスワード（または証明書）で Microsoft Entra ID から取得したトークンです。Bot Connector はこれを受け入れませんでした（別のアプリの ID やパスワード、シングルテナントのアプリのトークンを別のテナントに要求した、期限切れのシークレット）。',
  'gh-cli-token':
    '資格情報は JWT ではなく、gh CLI が送ったトークンです。環境変数 GH_TOKEN か GITHUB_TOKEN が設定されていればそれ（保存されたログインより優先されます）、なければ gh auth login が保存したものです。GitHub はこれを受け入れませんでした（期限切れ、取り消し済み、打ち間違い）。',
  'spring-credentials':
    'サーバーは "Bad credentials" と答えています。資格情報は届いたうえで拒否されたのであって、送られなかったのではありません。これは Spring Security の言葉（BadCredentialsException、AbstractUserDetailsAuthenticationProvider.badCredentials のメッセージ）で、ユーザーストアと一致しないユーザー名とパスワード、またはアプリケーションの AuthenticationProvider が拒否したトークンを示します。',
  'bad-credentials':
    '貼り付けには、サーバーが "Bad credentials" と答えたとあります。資格情報は届いたうえで拒否されたのであって、送られなかったのではありません。Spring Security は拒否したユーザー名とパスワードやトークンに（BadCredentialsException）、GitHub の API は受け付けないトークンにこう答えます。貼り付けには返答もどのサーバーかも示されていません。',
  'bad-credentials-body':
    '401 の本文は "Bad credentials" だけです。資格情報は届いたうえで拒否されたのであって、送られなかったのではありません。Spring Security は拒否したユーザー名とパスワードやトークンに（BadCredentialsException）、GitHub の API は受け付けないトークンにこう答えます。返答はどのサーバーかを示していません。',
};
/** en/findings.ts の GITHUB_TOKEN_REFUSED と同じ（出典は en 側）。GitHub のトークンは JWT ではありません。 */
const GITHUB_TOKEN_REFUSED =
  'GitHub はこの資格情報を認識していません。GitHub のトークンは JWT ではない不透明な文字列です（ghp_…、github_pat_…、gho_…）。トークン全体を "Authorization: Bearer <token>"（または "token <token>"）で送っているか、期限切れや取り消しになっていないか（Settings → Developer settings）、OAuth アプリのフローなら、リダイレクトで受け取った認可コードではなく https://github.com/login/oauth/access_token で交換したアクセストークンを送っているかを確認してください。';

const CREDENTIAL_STEP: Record<NonJwtCredential, string> = {
  'grafana-cloud-token':
    'クライアントが送る Basic 認証の組を確認してください。ユーザーは呼び出すエンドポイント用のこのスタックのインスタンス（テナント）ID（メトリクス、ログ、トレースで別々です）、パスワードはこのスタックへの書き込みスコープ（remote write なら metrics:write）を持つ有効な Cloud Access Policy トークンである必要があります。',
  'grafana-api-key':
    'キーまたはサービスアカウントトークン（glsa_…）が、この Grafana インスタンスと組織で作成され、削除されていないことを確認してください。Grafana Cloud のアクセスポリシートークン（glc_…）はこれに当たりません。',
  'consul-acl-token':
    'CONSUL_HTTP_TOKEN（または X-Consul-Token ヘッダー）に、このデータセンターが知っているトークンの SecretID が入っているか確認してください。削除済みのトークンや、別のデータセンターで作成したローカルトークンは見つかりません。',
  'nomad-acl-token':
    'NOMAD_TOKEN（または X-Nomad-Token ヘッダー）に、このリージョンが知っているトークンの SecretID が入っているか確認してください（nomad acl token self で確かめられます）。削除済みのトークンは見つかりません。',
  'nats-credentials':
    'クライアントが接続に使う資格情報をサーバーの設定と照らし合わせてください。.creds ファイルなら、そのユーザーを発行したアカウントがサーバーのリゾルバーにあり、サーバーが信頼するオペレーターの配下にあるかを確認します（nsc describe user、nsc describe account）。それ以外なら、サーバーの authorization ブロックにあるトークン、nkey、ユーザー名とパスワードと比べます。',
  'epic-access-token':
    'Epic のアカウントサービスから新しいアクセストークンを取り（POST /account/api/oauth/token で grant_type=refresh_token、またはサインインし直す）、それで呼び出しをやり直してください。保存したトークンが発行後すぐに失敗するなら、同じアカウントの別のサインイン（ゲームの起動、別のツール）がそれを終わらせていないか確認し、古いトークンを持ち続けずにそのサインインの後で更新してください。',
  'home-assistant-token':
    '行のアドレス、要求された URL、ユーザーエージェントからクライアント（コンパニオンアプリ、スクリプト、インテグレーション、ブラウザー）を特定し、有効な資格情報を与えてください。アプリならサインインし直し、スクリプトなら長期アクセストークンを作って（プロフィール → セキュリティ → 長期アクセストークン）Authorization: Bearer <トークン> で送らせます。アドレスが禁止されたなら ip_bans.yaml から消して再起動してください。127.0.0.1 やプロキシのアドレスからの行なら、本当のクライアントはリバースプロキシの後ろにいるので、http: の trusted_proxies と use_x_forwarded_for にそのプロキシを指定してください。',
  'steam-session-ticket':
    'チケットのバイト列をクライアントが得たとおりに 16 進にし（base64 にしない、Steam が返した長さより後ろのバイトを含めない）、チケットが発行された appid と、そのアプリのパブリッシャー Web API キーで AuthenticateUserTicket を呼んでください。GetAuthTicketForWebApi(identity) のチケットには同じ identity パラメーターが必要です。ログインのたびにクライアントに新しいチケットを求めてください。クライアントが取り消したチケット（CancelAuthTicket）や以前のセッションのチケットは受け入れられません。',
  'azure-iot-hub-credentials':
    '接続文字列または SAS トークンをハブの ID と照らし合わせてください。HostName がこのハブ、DeviceId がハブにあるデバイス（az iot hub device-identity show --hub-name <ハブ> --device-id <デバイス>）、SharedAccessKey がその現在のプライマリキーかセカンダリキー（az iot hub device-identity connection-string show）であること、サービスなら呼び出しに必要な権限を持つ共有アクセスポリシーであることを確認します。新しい SAS トークンを作り（az iot hub generate-sas-token --hub-name <ハブ> --device-id <デバイス>）、トークンは期限を含むのでデバイスの時計も確認してください。X.509 なら、証明書の期限が切れておらず、拇印または CA が登録されたものであることを確認します。パブリックネットワークアクセスが無効なら、ハブのプライベートエンドポイント経由で接続してください。',
  'mqtt-credentials':
    '拒否されたクライアント ID についてブローカーのログを見てください。失敗したチェックが書かれています。クライアントがブローカーの認証が期待するユーザー名とパスワードを送っているか確認します（JWT 認証なら、ブローカーが読むフィールド、ふつうはパスワードにトークンを入れ、シークレットか JWKS のうちトークンの kid の鍵で署名され、期限が切れていないこと）。',
  'kintone-password':
    'クライアントが送るログイン名とパスワード（cli-kintone なら --username と --password）で kintone にログインできるか確かめてください。X-Cybozu-Authorization には「ログイン名:パスワード」を Base64 にした値を入れます。2 要素認証が有効なユーザーでは、API トークンか、2 要素認証を使わない連携用ユーザーを使ってください。',
  'freee-access-token':
    '6時間の有効期限が切れる前に、リフレッシュトークンで新しいアクセストークンを取得してください（POST https://accounts.secure.freee.co.jp/public_api/token、grant_type=refresh_token）。返ってきた新しいリフレッシュトークンは必ず保存します。リフレッシュトークンは1回しか使えず（リトライで同じものを使うと失敗します）、有効期限は90日です。リフレッシュも失敗するなら、アプリの認可をやり直してください。',
  'backlog-api-key':
    'apiKey がこのスペースで発行したもの（個人設定 → API）か、URL のホストがそのスペースのもの（xx.backlog.com、xx.backlog.jp）かを確認してください。キーが削除されていれば新しく発行します。',
  'openfga-preshared-key':
    'サーバーが持つキー（OPENFGA_AUTHN_PRESHARED_KEYS、または設定の authn.preshared.keys）のひとつをクライアントに渡してください。SDK の credentials（method api_token の token）、CLI なら --api-token か FGA_API_TOKEN です。サーバーに足したキーは、全インスタンスを再起動すると有効になります。',
  'dapr-api-token':
    '両側を同じ値にしてください。アプリの環境の DAPR_API_TOKEN（SDK がそれを読んで dapr-api-token を送ります）と、サイドカーのトークン（セルフホストの daprd なら DAPR_API_TOKEN、Kubernetes なら dapr.io/api-token-secret アノテーションのシークレット）です。その後で両方を再起動します。シークレットをローテーションしたら Pod の再起動が要ります。',
  'trivy-token':
    'サーバーの起動時と同じ値をクライアントに渡してください。trivy … --server <url> --token <token>（または TRIVY_TOKEN）です。どちらかで --token-header を Trivy-Token から変えたなら両側で同じにし、間のプロキシはそのヘッダーを通す必要があります。',
  'tailscale-auth-key':
    '管理コンソール（Settings → Keys → Generate auth key）で新しい認証キーを生成してください。登録し直すコンテナや CI には再利用可能なキーにし、期限はデプロイの期間を覆うものにします。ノードが読む場所（TS_AUTHKEY、--auth-key）に入れて再起動してください。どのキーより長く動く自動化には OAuth クライアントのシークレットを渡します。Tailscale はそれを認証キーとして受け付けます（tskey-client-…、タグ付き）。',
  'teleport-login':
    'ユーザー名が Teleport のユーザーか（tsh login --user=<名前>。root のようなホストのログインではありません）、パスワード、第二要素（今の OTP コード。デバイスの時計が関係します。または登録したセキュリティキー）を確認してください。SSO でサインインするユーザーにはローカルのパスワードがありません: tsh login --auth=<コネクター名>。失敗が続くとユーザーはしばらくロックされます。管理者はパスワードと第二要素をリセットできます（tctl users reset <名前>）。',
  'chatwork-api-token':
    'Chatwork（サービス連携 → API トークン）から API トークンをコピーし直し、X-ChatWorkToken ヘッダーに指定してください。再発行した場合は、まだ古いトークンを送っているクライアントをすべて更新します。ビジネスプランやエンタープライズプランでは、組織の管理者が API の利用を承認しているかも確認してください。',
  // Screen labels as Cybozu's Japanese help writes them (jp.cybozu.help/ja/k/user/api_token): 「設定」タブ →「APIトークン」.
  'kintone-api-token':
    'アプリの設定（「設定」タブ →「APIトークン」）から API トークンをコピーし直し、X-Cybozu-API-Token（cli-kintone なら --api-token）に指定してください。トークンを生成・変更したあとは「アプリを更新」を押すまで使えません。API トークンは生成したアプリでしか使えないため、呼び出すアプリ ID も確認してください。',
  'rakuten-rms-esa':
    'RMS の「店舗様向け情報・サービス」→「WEB APIサービス」→「利用設定」→「WEB API」で、licenseKey の有効期限を確認し（切れていれば「新しいライセンスキーを発行」して、RMS を呼ぶすべてのツールに設定し直す）、serviceSecret と licenseKey がクライアントの送る値と一致するか、呼び出す API（受注API、在庫API、商品API など）が「利用可能」かを確認してください。発行直後のキーは受け付けられるまで数分かかることがあります。',
  'kabu-station-api-password':
    'kabuステーション本体にログインし直してください（朝のメンテナンスでログアウトするため、ログインし直すまでトークン取得は失敗し続けます）。そのうえで「システム設定」→「API」タブで有効な環境（本番用 / 検証用）を確認し、/kabusapi/token に送る APIPassword がその環境のパスワードで、ポートがその環境のもの（本番 18080、検証 18081）かを確認してください。',
  'paypay-api-key':
    'PayPay for Developers で、クライアントが呼ぶ環境（サンドボックスか本番）の API キー、シークレット、加盟店 ID を SDK の設定（clientId、clientSecret、merchantId）にコピーし直し、productionMode をその環境に合わせてください。サンドボックスのキーはサンドボックスでだけ、本番のキーは本番でだけ使えます。',
  'oci-api-key':
    'クライアントが読むプロファイル（~/.oci/config、または OCI_CONFIG_FILE とそのプロファイル名）を確認してください。user と tenancy が正しい OCID で、fingerprint がコンソールのユーザーの API キーに載っているもの、key_file がそのキーの秘密鍵であること（openssl rsa -pubout -outform DER -in <key_file> | openssl md5 -c が同じフィンガープリントを出力します）。oci iam region list でプロファイルを試せます。時計が5分以上ずれたマシンも拒否されます。',
  'aws-access-key':
    'クライアントが使ったアクセスキーとその出どころを確かめてください（aws configure list、同じ環境での aws sts get-caller-identity）。キー ID が IAM で有効（削除・無効化されていない）でこのパーティションのものか、長期キーの横に以前のセッションの AWS_SESSION_TOKEN が残っていないか（または新しい一時キーが自分のセッショントークンなしで送られていないか）を確認します。',
  'npm-token':
    'npm が読むすべての .npmrc（プロジェクト、~/.npmrc、CI の NPM_TOKEN 変数。設定されている必要があります）で、このレジストリの _authToken 行を確認してください。npm whoami --registry <url> でレジストリが受け入れるか確かめられます。失効・期限切れのトークンは置き換え（npm login、または新しいアクセストークン）、パッケージの取得元レジストリ用のトークンであることを確認します。',
  // Stripe の日本語ドキュメント（docs.stripe.com/keys?locale=ja-JP）の言葉: 「API キーの作成、表示、削除、ローテーション」、
  // 「削除済みのキーや有効期限切れのキー」。
  'stripe-api-key':
    '呼び出し先のアカウントとモードの Stripe ダッシュボード（開発者 → API キー）からシークレットキーをコピーし直し（テストモードは sk_test_…、本番モードは sk_live_…、または制限付きの rk_…）、この環境の変数に引用符や空白なしで丸ごと入っているか確認してください。ローテーションしたキーや削除済みのキーは拒否されます。Authorization: Bearer <シークレットキー> で送ります。',
  'openai-api-key':
    'プロセスが実際に読むキー（この環境の OPENAI_API_KEY、.env ファイル、デプロイのシークレット）を確認してください。欠けのない丸ごとのキーで（sk-proj-… のキーが途中で切れていると拒否されます）、platform.openai.com/api-keys にまだ載っている必要があります。失効していれば新しく作ります。Authorization: Bearer <キー> で送ります。',
  'anthropic-api-key':
    'プロセスが実際に読むキー（この環境の ANTHROPIC_API_KEY、.env ファイル、ツール自身の設定）を確認してください。欠けのない丸ごとのキーで、Anthropic Console（Settings → API keys）で有効なままであり、Authorization: Bearer ではなく x-api-key ヘッダーで送る必要があります。',
  'openai-organization':
    '組織 ID がどこから来るかを確かめてください（この環境の OPENAI_ORG_ID や OPENAI_ORGANIZATION、クライアントの organization オプション、ツールの設定）。外してキー自身の組織を使わせるか、キーが属する組織の ID（org-…、platform.openai.com の組織の設定に表示）にします。プロジェクトキー（sk-proj-…）は1つの組織の1つのプロジェクトに属します。',
  'azure-ai-services-key':
    'キーとエンドポイントを同じリソースから組でコピーしてください（Azure ポータル → リソース → キーとエンドポイント、または az cognitiveservices account keys list -n <リソース> -g <グループ>）。エンドポイントはそのリソース自身のもの（https://<リソース>.openai.azure.com、https://<リソース>.cognitiveservices.azure.com）で、キーは Azure OpenAI では api-key ヘッダー（他のサービスでは Ocp-Apim-Subscription-Key）で送ります。Azure は OpenAI プラットフォームのキー（sk-…）を受け付けず、再生成したキーは古いキーに取って代わります。',
  'azure-ai-services-token':
    'メッセージが示す audience 向けのトークンを取得してください。az account get-access-token --resource https://cognitiveservices.azure.com、または azure-identity でスコープ https://cognitiveservices.azure.com/.default（OpenAI SDK の azure_ad_token_provider が更新します）。トークンは約1時間で切れるため、起動時に一度読んだトークンではなく、更新する資格情報を使います。キーは Authorization: Bearer ではなく api-key ヘッダーで送ります。また Entra ID のトークンはリージョンのエンドポイントでは使えず、リソースのカスタムサブドメインのエンドポイントでだけ使えます。',
  'cohere-api-key':
    'プロセスが実際に読むキー（Cohere の SDK では CO_API_KEY、多くのツールでは COHERE_API_KEY、アプリの設定）を確認してください。欠けのない丸ごとのキーで、dashboard.cohere.com/api-keys にまだ載っている必要があります（トライアルキーも削除されるまで使えます）。Authorization: Bearer <キー> で送ります。',
  'groq-api-key':
    'プロセスが実際に読むキー（GROQ_API_KEY、またはベース URL が https://api.groq.com/openai/v1 の OpenAI 互換クライアントの api_key）を確認してください。前後に空白や引用符のない丸ごとの gsk_… のキーで、console.groq.com/keys にまだ載っている必要があります。xAI（Grok）のキーは別のプロバイダーのものです。',
  'openai-no-organization':
    'キーを作ったアカウントで platform.openai.com にサインインし、組織に属しているか確認してください（組織の設定の Members）。保留中の招待を受けるか、組織のオーナーに追加し直してもらい、その組織で作ったキーを使います（アカウントが離れる前に作ったキーなら新しく作ります）。それまでは同じアカウントの新しいキーも同じく拒否されます。',
  'weaviate-credentials':
    'クライアントとインスタンスの設定をそろえてください。匿名アクセスだけのインスタンスには資格情報を送りません（API キーを空にする、auth_credentials なしの connect_to_local）。API キーを使うなら、インスタンスに AUTHENTICATION_APIKEY_ENABLED: true を設定し、キーを AUTHENTICATION_APIKEY_ALLOWED_KEYS に、そのユーザーを AUTHENTICATION_APIKEY_USERS に加えて再起動します。',
  'pinecone-api-key':
    'クライアントに渡すキーと環境を組で確認してください（PINECONE_API_KEY と PINECONE_ENVIRONMENT、またはクライアントの apiKey と environment）。環境はコンソールの API Keys のページでそのキーの横に表示されるものであり、キーは欠けがなく一覧に残っている必要があります。別のプロジェクトのキーやプレースホルダーも同じく拒否されます。',
  'qdrant-api-key':
    'このインスタンスかクラスターのキーを送ってください。セルフホストの Qdrant なら QDRANT__SERVICE__API_KEY（読み取りだけなら読み取り専用キー）、Qdrant Cloud ならこのクラスター用に作ったデータベース API キー（クラスター → API Keys）です。キーはそのクラスターでしか使えず、期限切れのこともあります。使えていたキーが急に通らなくなったら、作り直す前にもう一度試してください（qdrant/qdrant-client#127 は障害でした）。',
  'libsql-auth-token':
    'このデータベースの新しいトークンを作り（turso db tokens create <データベース>、グループのすべてのデータベース用なら turso group tokens create <グループ>）、このデータベース自身の URL（turso db show --url <データベース>）と組にして authToken（TURSO_AUTH_TOKEN）としてクライアントに渡してください。セルフホストの sqld は --auth-jwt-key-file の公開鍵でトークンを確認するので、その秘密鍵で署名します。',
  'cockroachdb-jwt':
    'DETAIL の行（または client_authentication_failed イベントの Detail）で理由を読み、トークンをクラスター設定（SHOW CLUSTER SETTING server.jwt_authentication.issuers、.audience、.jwks）と比べてください。iss は issuers のどれか、aud は audience（既定はクラスターの ID）、kid は JWKS にあり、sub（または server.jwt_authentication.claim のクレーム）はログインする SQL ユーザーに対応している必要があります。',
  'etcd-auth-token':
    'クライアントにもう一度認証させてください（clientv3 はユーザー名とパスワードを渡されていればこのエラーで自動的に認証し直します。etcdctl なら --user）。トークンを再起動をまたいで持ち続けてはいけません。メンバーの追加・入れ替え・再起動の直後や、メンバー間で起きるなら、--auth-token jwt（全メンバーで同じ鍵）でクラスターを動かし、別のメンバーが発行したトークンもどのメンバーでも通るようにしてください。',
  'pulsar-token':
    'クライアントの AuthenticationToken（authParams の token:<jwt>、または読み込む file:/env:）が、ブローカーの鍵で署名され（ブローカーの tokenSecretKey か tokenPublicKey で bin/pulsar tokens validate）、期限切れでないトークンを運んでいるか、ブローカーの authenticationProviders に AuthenticationProviderToken があるかを確認してください。トークンの sub は、名前空間の権限と superUserRoles が指すロールです。',
  'redis-password':
    'クライアントが送るユーザー名とパスワード（URL の redis://<ユーザー>:<パスワード>@host、またはパスワードのオプション）を確認してください。requirepass で設定したパスワードならユーザーは default です。ACL ユーザーなら ACL LIST でユーザーと有効かどうかがわかります。Upstash ではデータベースの現在のトークンをパスワードとして使います（コンソールの Connect）。ローテーションしたならその後のものです。',
  'upstash-redis-token':
    'コンソールに表示されるとおりのデータベースの REST URL とトークン（REST API の UPSTASH_REDIS_REST_URL と UPSTASH_REDIS_REST_TOKEN）を、末尾の "=" も含めてそのままクライアントに渡してください。Redis.fromEnv() はこの2つの変数を読みます。読み取り専用トークンは読み取りにだけ使います。',
  'heroku-api-key':
    '同じ環境で `heroku auth:whoami` を実行してください。失敗するなら HEROKU_API_KEY を外すか置き換え（CI や Terraform には `heroku authorizations:create` で作る長期トークン）、~/.netrc のトークンなら `heroku login` をやり直します。Account settings で再生成したキーやパスワードの変更は、古いキーをコピー先のすべてで無効にします。',
  'railway-token':
    'コマンドがどの変数で動いているか確かめてください。プロジェクトトークン（プロジェクトの Settings → Tokens、環境ごと）は RAILWAY_TOKEN に、アカウントかチームのトークン（railway.com/account/tokens）は RAILWAY_API_TOKEN に入れます。`railway whoami` のようなアカウントのコマンドには、チームを選ばずに作ったアカウントトークンが要ります。取り消されていれば新しいトークンを作るか、どちらの変数も設定せずに `railway login` をやり直してください。',
  'fly-api-token':
    '同じ環境で `fly auth whoami`（と `fly auth token`）を実行してください。そこに設定された FLY_API_TOKEN や FLY_ACCESS_TOKEN は保存済みのログインより優先されるので、外すか置き換えます。CI にはジョブの範囲に合うトークンを作り（ひとつのアプリなら `fly tokens create deploy -a <app>`、アプリをまたぐコマンドなら `fly tokens create org`）、FLY_API_TOKEN に設定します。ユーザー自身のログインは `fly auth login` で更新します。',
  'meilisearch-key':
    'マスターキーでキーを調べてください（GET /keys/<uid またはキー>）。キーが残っていて expiresAt を過ぎておらず、リクエストに必要な操作とインデックス（テナントトークンのキーなら search）を持っている必要があります。テナントトークンはそのキー自体で署名し、その uid を apiKeyUid にして作り（generateTenantToken(apiKeyUid, searchRules, { apiKey: <キー> })）、search にだけ使います。ほかのルートには API キーが要ります。マスターキーを変える前に署名したトークンは作り直してください。',
  'typesense-api-key':
    'クライアントが x-typesense-api-key で送るキーを確認してください。管理の呼び出し（コレクション、キー、インポート）には管理キーかブートストラップキーが要り、検索専用キーはそのコレクションの検索にしか使えません。スコープ付き検索キーなら、操作が documents:search だけで今も残っている親キー（GET /keys）から、未来の expires_at で生成してください。',
  'algolia-api-key':
    'クライアントが送る組（x-algolia-application-id と x-algolia-api-key）を、そのアプリケーションのダッシュボードの API Keys のページと照らしてください。セキュア API キーは検索専用キーから生成し（Admin API キーからは生成しません）、validUntil の前に新しく生成します。一部のブラウザーでだけ失敗するなら、広告ブロッカーのないブラウザーで試してください。',
  'apicast-credentials':
    '3scale の管理ポータルでプロダクトの Integration → Settings を開き、どの資格情報をどこで受け取るか（user_key のパラメーター名、app_id と app_key、または OpenID Connect とその発行者）を確認してください。次に Applications で、資格情報がこのプロダクトの有効なアプリケーションのものか、リクエストが届いた APIcast（ステージングまたは本番）がそれを含む設定で動いているかを確認します。',
  'twilio-credentials':
    'クライアントが認証に使う組を確認してください。Account SID（AC…）とそのアカウントの現在の Auth Token、または API キーの SID（SK…）とそのシークレットに、キーが属する Account SID を添えた組です。サブアカウントの SID とメインアカウントのトークンの組、本番 API へのテスト用資格情報、再発行前の Auth Token、削除した API キーは拒否されます。',
  'pypi-token':
    'ユーザー名 __token__、パスワードに API トークン（pypi-…）全体を指定してアップロードしてください（TWINE_USERNAME と TWINE_PASSWORD、または ~/.pypirc の [pypi] セクション）。トークンがアップロード先のインデックスで作られたもの（PyPI と TestPyPI はアカウントもトークンも別です）で、削除されておらず、プロジェクトに限定したトークンならこのプロジェクト用であることを確認します。',
  'docker-hub-login':
    'docker login -u <Docker ID>（メールアドレスではなくユーザー名）と、パスワードまたはパーソナルアクセストークン（2 段階認証や SSO では必須）でログインし直してください。~/.docker/config.json や認証情報ヘルパーに保存された資格情報は pull のたびに送られるため、公開イメージなら docker logout で古いログインを消すことでも解決します。',
  'sendgrid-api-key':
    'プロセスが実際に読むキー（SENDGRID_API_KEY やアプリの設定）を確認してください。ダッシュボードに並ぶ API Key ID ではなく、ドットを2つ含む SG.… のキー全体である必要があります。キーは作成時に一度しか表示されないため、失った・削除したキーは Mail Send 権限を持つ新しいキー（Settings → API Keys）に置き換えます。SMTP ではユーザー名が apikey という文字列、パスワードがキーです。',
  'hugging-face-token':
    'クライアントが送るトークン（HF_TOKEN、または huggingface-cli login が保存したもの。公開モデルでも送られます）を確かめてください。Hub が受け入れるかは huggingface-cli whoami でわかります。削除済みや欠けたトークンは huggingface.co/settings/tokens で作った新しいものに置き換えるか、公開モデルならログアウト（huggingface-cli logout）します。',
  'cloudflare-api-token':
    'curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer <トークン>" でトークンを確かめてください。有効（active）でなければ新しく作ります（My Profile → API Tokens）。有効なら、この呼び出しに必要な権限をこのアカウントかゾーンに対して与え、URL のゾーン ID やアカウント ID も確認します。API トークンは Authorization: Bearer で、Global API Key は X-Auth-Email と組の X-Auth-Key でだけ送ります。',
  'azure-storage-credentials':
    '応答の AuthenticationErrorDetail に何が一致しなかったかが書かれています。そのうえで、クライアントが署名に使うアカウント名とキー（接続文字列の AccountName と AccountKey）をアカウントのアクセスキーと比べてください。再生成前のキー、別アカウントのキー、欠けたキーは拒否されます。SAS なら、期限が切れていないか、アカウントの現在のキーで署名されたかを確認します。',
  'shopify-access-token':
    'クライアントがこのストアに送るトークンを確認してください。ストアがアプリに発行した Admin API アクセストークン（カスタムアプリなら shpat_…）であり、アプリの API キーやクライアントシークレットではありません。使えなくなったトークンは、ストアの OAuth インストール URL（admin/oauth/authorize）でアプリを認可し直して置き換えます。Shopify CLI なら shopify authenticate を実行します。',
  'jira-api-token':
    'Basic 認証には Atlassian アカウントのメールアドレスと、id.atlassian.com/manage-profile/security/api-tokens で作った API トークンを送ってください（アカウントのパスワードやユーザー名ではありません）。トークンが失効していないこと、送るメールアドレスのアカウントのものであることを確認してください。',
  'hubspot-access-token':
    'プライベートアプリのアクセストークン（pat-…）または OAuth アクセストークンを Authorization: Bearer <token> として一度だけ送ってください（SDK は「Bearer」を自分で付けます）。アプリが削除されていないこと、トークンがローテーションされていないこと、この API がその種類の資格情報を受け付けること（OAuth トークンや開発者 API キーのみの API もあります）を確認してください。',
  'sentry-auth-token':
    'sentry-cli info で使っているサーバーとトークンを確認してください。セルフホストの Sentry のトークンを sentry.io に送る（またはその逆）と知られていないので、url（SENTRY_URL、defaults.url）を設定します。SENTRY_AUTH_TOKEN が欠けておらず失効していないことを確認し、必要なら Settings → Auth Tokens で作り直してください。',
  'mailgun-api-key':
    'ホストをアカウントのリージョンと照らしてください。EU リージョンのドメインなら https://api.mailgun.net ではなく https://api.eu.mailgun.net に送ります（SDK の url や host のオプション）。次に Basic の資格情報を確認します。ユーザー名は "api"、パスワードは欠けのない API キーで、そのキーが Mailgun のアカウントでまだ有効であることです。',
  'telegram-bot-token':
    'ボットが送るトークンを、引用符なしで欠けなく、@BotFather が示すもの（/mybots → ボット → API Token。/token、または新しいトークンには /revoke）と照らしてください。GET https://api.telegram.org/bot<トークン>/getMe が {"ok":true} を返すはずです。@BotFather で失効・再発行したトークンはすぐ使えなくなるので、保持しているすべての場所（環境変数、シークレットストア）を更新してボットを再起動してください。',
  'vonage-credentials':
    'この API が受け付ける資格情報を Vonage API Dashboard で確かめてください。Voice と Messages なら、アプリケーション ID と秘密鍵が同じアプリケーションのものであること（Applications → そのアプリケーション。新しい鍵ペアを生成すると古い鍵は置き換わるので、private.key をすべての場所で更新します）と、アプリケーションで機能（Voice）が有効であること。SMS やアカウントの API なら、ダッシュボードのホームに表示される API キーとシークレットです。両方を渡した SDK のクライアントは、API が受け付けるところではアプリケーションの JWT を使います。',
  'trello-credentials':
    '両方のクエリパラメーターを Trello と照らしてください。key はアプリの API キー（trello.com/power-ups/admin → Power-Up → API key）、token は同じキーに対するユーザーのトークンで、https://trello.com/1/authorize?key=<キー>&scope=read,write&expiration=never&response_type=token から取得します（キーの横に表示される OAuth シークレットではありません）。本文が「invalid key」ならキー、「invalid token」ならトークンです。認可し直して新しいトークンを取得してください。',
  'openweathermap-api-key':
    'リクエストの appid を確かめてください。あること、空でないこと、アカウントの API キーのページに表示されるキー全体であること（貼り付けたリクエストの URL では appid に値がないことがあります）。作成して数分のキーはまだ有効でないことがあります。呼び出す API がアカウントのプランに含まれているかも確かめてください。',
  'datadog-keys':
    'クライアントが送る両方のキーを確認してください。DD-API-KEY（Organization Settings → API Keys）と、読み取りや管理の呼び出しではその呼び出しに必要なスコープを持つ DD-APPLICATION-KEY です。サイトも確認します。datadoghq.eu（または us3、us5、ap1）で作ったキーは api.datadoghq.com では拒否されるので、DD_SITE かホストを組織のサイトに合わせてください。',
  'firebase-app-verification':
    'Firebase コンソールの「プロジェクトの設定」→「マイアプリ」→ Android アプリで、パッケージ名を確認し、このビルドに署名したすべての鍵（デバッグ、アップロード、Play Console →「テストとリリース」→「アプリの完全性」にある Play アプリ署名）の SHA-1 と SHA-256 を追加してください。プロジェクトの Google Cloud コンソールで Play Integrity API を有効にし、Play Integrity は Google Play からインストールしたビルドで試してください。reCAPTCHA の代替も失敗するなら、アプリが使う API キーの制限がアプリを除外していないか確認してください。',
  'firebase-app-check-token':
    '開発中はデバッグプロバイダーを使い（Web は self.FIREBASE_APPCHECK_DEBUG_TOKEN = true、Android や Flutter はデバッグプロバイダー）、表示されたデバッグトークンを Firebase コンソール → App Check →「アプリ」→「デバッグトークンを管理」に登録してください。手で組み立てた呼び出しは、デバッグトークンそのものではなく App Check の exchangeDebugToken API で得たトークンを送る必要があります。本番では同じ画面でアプリのプロバイダー登録を確認します。Play Integrity には Play アプリ署名鍵の SHA-256 と Google Play からのインストール、App Attest には Team ID、reCAPTCHA にはサイトキーとそのドメインが必要です。ユーザーのサインインも拒否されていれば（「Auth token was rejected.」）、それは別に確認してください。',
  'mapbox-access-token':
    'Mapbox の Access tokens ページ（console.mapbox.com/account/access-tokens）で、ページやアプリが送るトークンがまだ載っているか確認してください。削除したトークンや、更新する前のデフォルトパブリックトークンは拒否されます。トークンを欠けなくコピーし直し（ブラウザやアプリの地図なら pk.…）、ビルド時に埋め込む場合はビルドし直してください。',
  'mapbox-secret-token':
    'Mapbox GL JS にはパブリックトークン（pk.…、サイトの URL 制限付き）を渡し、シークレットトークンはサーバーだけに置いてください。シークレットトークンは漏れたものとして扱い、Mapbox の Access tokens ページで削除して、必要なサーバー用に新しく作成してください。',
  'google-maps-api-key':
    'ページやアプリが実際に送っているキー（スクリプト URL の key=、ローダーの apiKey、ウェブサービスの key= パラメーター）を確認してください。欠けのない AIza… で、Maps の API を有効にしたプロジェクトの「API とサービス」→「認証情報」に載っている必要があります。削除したキーは拒否されるので、そこで新しく作成し、ブラウザにキャッシュされたスクリプトなしで読み込み直してください。',
  'google-api-key':
    'プロセスが実際に読むキー（GOOGLE_API_KEY、GEMINI_API_KEY、アプリの設定）を確認してください。欠けのない丸ごとのキー（AIza…）で、そのプロジェクトの「API とサービス」→「認証情報」（Gemini のキーなら Google AI Studio）にまだ載っている必要があります。key= パラメーターか x-goog-api-key ヘッダーで送ります。削除したキーは拒否されるので、新しく作ってください。',
  'github-token': GITHUB_TOKEN_REFUSED,
  'okta-api-token':
    'Okta の API トークンは "Authorization: SSWS <token>" で、発行した Okta 組織に送ってください（Bearer ではありません。Okta の API 用の OAuth 2.0 アクセストークンは "Authorization: Bearer <token>" です）。管理コンソールの「セキュリティ」→「API」→「トークン」に組織の API トークンが並びます。30日使われなかったトークンは取り消され、作成したユーザーが非アクティブ化されたトークンは拒否されます。なくなっていれば（できればサービスアカウントで）新しく作成してください。',
  'github-git-credentials':
    'アカウントのパスワードではなくトークンで git をサインインさせてください: gh auth login のあと gh auth setup-git、Git Credential Manager、またはパスワードとして入力する個人用アクセストークン（classic なら repo スコープ、fine-grained ならこのリポジトリの Contents へのアクセス）。CI ではジョブの GITHUB_TOKEN かトークンのシークレットを使います。先に保存済みの古い資格情報を消してください（git credential reject、または OS のキーチェーンや Windows 資格情報マネージャーの github.com の項目）。',
  'gitlab-git-credentials':
    'パスワードとしてアクセストークンを使ってください: read_repository（push するなら write_repository も）を持つ個人用アクセストークン、またはプロジェクト・グループ・デプロイトークン。GitLab CI ではユーザー gitlab-ci-token と $CI_JOB_TOKEN です。先に保存済みの古い資格情報を消してください（git credential reject、または OS のキーチェーンや Windows 資格情報マネージャーの GitLab ホストの項目）。',
  'git-https-credentials':
    'git がそのホストに送るものを確認し（GIT_TRACE=1 GIT_CURL_VERBOSE=1 git ls-remote <url>。秘密は伏せて）、保存済みの古い資格情報を消して（git credential reject、OS のキーチェーンや Windows 資格情報マネージャー）、ホストが受け付けるものでサインインし直してください: ホスト自身の CLI や Git Credential Manager（gh auth login、glab auth login、Azure Repos なら Git Credential Manager）、またはパスワードとしての個人用アクセストークン。',
  'maven-repository-credentials':
    'settings.xml（~/.m2/settings.xml、または CI が -s で渡すもの）に、エラーが示すリポジトリ id（"from/to <id> (<url>)" の id）と完全に一致する <id> の <server> があり、リポジトリのユーザーと有効なトークンがパスワードとして入っているか確認してください（Artifactory は ID トークンかアクセストークン、Nexus はユーザートークン、Sonatype Central はアカウントのパスワードではなくユーザートークン）。mvn -X help:effective-settings で Maven が読む設定がわかります。暗号化したパスワードには settings-security.xml が必要です。',
  'nuget-feed-credentials':
    'Azure Artifacts のフィードなら、Azure Artifacts Credential Provider をインストールして dotnet restore --interactive を一度実行してください（パイプラインでは NuGetAuthenticate タスクか VSS_NUGET_EXTERNAL_FEED_ENDPOINTS）。ほかのフィードなら、dotnet nuget update source <名前> --username <ユーザー> --password <トークン>（または nuget.config の packageSourceCredentials）でソースの資格情報を保存し、期限切れでない個人用アクセストークン（Packaging: Read）を使ってください。',
  'databricks-token':
    '同じホストでトークンを確認してください：databricks current-user me（CLI）、または "Authorization: Bearer <トークン>" を付けた GET https://<ワークスペース>/api/2.0/preview/scim/v2/Me。拒否されたら、新しい個人用アクセストークンを作るか（Settings → Developer → Access tokens）、リソース 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d（Azure Databricks）向けの新しい Entra ID トークンを取得し、DATABRICKS_HOST がトークンを作ったワークスペースであること、そのユーザーやサービスプリンシパルがまだワークスペースにいることを確認してください。',
  'clickhouse-credentials':
    "クライアントのホストから同じユーザーとパスワードで接続してください（clickhouse-client --user <ユーザー> --password、または curl -u <ユーザー>:<パスワード> 'https://<ホスト>:8443/?query=SELECT%201'）。失敗するならパスワードをリセットし（ClickHouse Cloud：サービスの Settings → Reset password、セルフマネージド：ALTER USER <ユーザー> IDENTIFIED BY … か users.d のユーザーのファイル）、ユーザーの許可ホスト（SHOW CREATE USER <ユーザー> の HOST）を確認してください。",
  'rds-iam-token':
    '接続の直前に、接続が使うホスト名・ポート・リージョン・ユーザーのとおりにトークンを作り（aws rds generate-db-auth-token --hostname <エンドポイント> --port 5432 --region <リージョン> --username <ユーザー>）、SSL で接続し、新しい接続ごとに作り直してください（有効期間は15分で、プールで使い回してはいけません）。ユーザーに GRANT rds_iam TO <ユーザー> があること、IAM ポリシーが arn:aws:rds-db:<リージョン>:<アカウント>:dbuser:<DbiResourceId>/<ユーザー> への rds-db:connect を許可していることを確認してください。',
  'atlas-api-key':
    '組織の Access Manager → API Keys でキーの組を確認し（公開鍵とその秘密鍵を curl --digest -u "<公開鍵>:<秘密鍵>" で送ります）、URL が示す組織やプロジェクトでキーにロールがあること、呼び出し元のパブリック IP アドレスがキーの API アクセスリストにあることを確認してください。',
  'mongodb-credentials':
    '接続文字列のユーザー、パスワード、authSource、authMechanism を、作成されたユーザー（そのデータベースでの db.getUser）と照らし合わせてください。MONGODB-OIDC なら、ドライバーが送るアクセストークンをデコードして iss と aud をサーバーの oidcIdentityProviders と比べ、ユーザーに対応づけるクレーム（既定は sub）を $external に定義したユーザーやロールと比べてください。',
  'dbt-cloud-token':
    'トークンを "Authorization: Token <トークン>"（または Bearer）でアカウントのアクセス URL（Account settings → Account information、例：https://<プレフィックス>.us1.dbt.com）に送ってください。cloud.getdbt.com ではありません。それでも拒否されるなら、呼び出しに必要な権限セットを持つ新しいサービストークンを作ってください（Account settings → Service tokens）。',
  'airflow-api-credentials':
    '応答した Web サーバーの [api] auth_backends を確認し（airflow config get-value api auth_backends、または airflow.cfg より優先される AIRFLOW__API__AUTH_BACKENDS）、airflow.api.auth.backend.basic_auth を含めて（例：airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session）Web サーバーを再起動してください。そのうえで、そのユーザーがそのパスワードで存在し（airflow users list）、エンドポイントを呼べるロールを持つことを確認してください。',
  'snowflake-login':
    'アカウント識別子（<account>.snowflakecomputing.com のとおりの orgname-accountname）とユーザーの LOGIN_NAME（DESC USER <名前>）を確認してください。キーペア認証なら、クライアントの authenticator を SNOWFLAKE_JWT にして秘密鍵を渡し（Python コネクターの authenticator=\'SNOWFLAKE_JWT\'、Terraform プロバイダーの authenticator = "SNOWFLAKE_JWT"）、ユーザーの RSA_PUBLIC_KEY_FP が鍵の公開鍵と一致することを確認してください。',
  'elasticsearch-credentials':
    '同じヘッダーを GET /_security/_authenticate に送り、受け入れるレルムがあるか確認してください。API キーなら ID や名前ではなく encoded の値（id:api_key の base64、作成時の encoded フィールド）を送り、クライアントが呼ぶクラスター（別ではなくその Elastic Cloud デプロイメントのエンドポイント）で GET /_security/api_key?id=<id> により無効化や期限を確認してください。ユーザーなら、パスワードをリセットするか（elasticsearch-reset-password）、所属するレルムを確認してください。',
  'adyen-api-key':
    '呼び出し先の環境の Customer Area（テスト: ca-test.adyen.com、本番: ca-live.adyen.com）で Developers → API credentials → クライアントが使う資格情報を開き、迷うなら API キーを生成し直して保存し、X-API-Key として途中で切らずに送ってください。クライアントの環境（テストか本番か、本番エンドポイントのプレフィックス）が資格情報の環境と一致することを確認してください。',
  'square-access-token':
    'Square Developer Console でアプリケーション → Credentials を開き、クライアントの環境設定と同じ Sandbox か Production を選び、そのアクセストークン（アプリケーション ID ではなく）をクライアントに設定してください。OAuth のアクセストークンは30日で期限が切れ、リフレッシュトークンで更新します。"Authorization: Bearer <token>" として送ってください。',
  'braintree-api-keys':
    'ゲートウェイが設定されている環境の Braintree Control Panel（sandbox.braintreegateway.com か braintreegateway.com）で Settings → API を開き、同じキーペアのマーチャント ID、公開鍵、秘密鍵をまとめてコピーしてください。ゲートウェイの環境設定（sandbox か production）がその Control Panel の環境と一致することを確認してください。',
  'postmark-server-token':
    'Postmark でサーバーの Server API トークン（Servers → そのサーバー → API Tokens）をコピーし、X-Postmark-Server-Token として送ってください。Account API トークン（Account → API Tokens）はアカウント単位の呼び出しで X-Postmark-Account-Token にだけ使います。',
  // en の同じ項目と同じ出典。
  'stytch-project-credentials':
    'Stytch Dashboard の Project settings で、プロジェクト ID と同じ環境のシークレットをコピーしてバックエンドのクライアントに渡してください（STYTCH_PROJECT_ID、STYTCH_SECRET）。project-test-… の ID には test のシークレットと test.stytch.com、project-live-… の ID には live のシークレットと api.stytch.com が対応します。公開トークンはフロントエンド SDK 専用で、削除したシークレットは使えません。',
  'plaid-api-keys':
    'Plaid Dashboard（Developers → Keys）で、クライアントが呼ぶ環境の client_id とシークレットをコピーし、クライアントのホストがその環境と一致するか確認してください（Sandbox のシークレットなら sandbox.plaid.com、Production なら production.plaid.com）。ローテーションしたシークレットは、古いものを削除すると使えなくなります。',
  // en の同じ項目と同じ出典。
  'bitbucket-credentials':
    'クライアントが送る資格情報とその送り方を確認してください。API トークンは Bitbucket のユーザー名ではなく Atlassian アカウントのメールアドレスをユーザーにして送り（curl -u you@example.com:<token>）、アクセストークンは Authorization: Bearer <token> で、そのリポジトリ・プロジェクト・ワークスペースにだけ使います。トークンにエンドポイントが必要とするスコープ（read:repository:bitbucket、read:pullrequest:bitbucket など）があるかも確認してください。スコープは作成時に決まります。アプリパスワードは廃止されつつあるので、代わりに API トークンを作成してください。',
  'mattermost-token':
    'Mattermost が持つトークンを取得してください。もう一度ログインするか（POST /api/v4/users/login、応答の Token ヘッダー）、許可されたアカウントで個人アクセストークンを作成し（プロフィール → セキュリティ → 個人アクセストークン。System Console → Integrations → Integration Management → Enable Personal Access Tokens と、そのアカウントの Manage Roles）、Authorization: Bearer <token> で送ってください。',
  'rocket-chat-token':
    '毎回の呼び出しで両方のヘッダーを送ってください。POST /api/v1/login が返した authToken を X-Auth-Token に、userId を X-User-Id に入れるか、個人アクセストークン（プロフィール → 個人アクセストークン）とそのユーザーの ID を使います。Rocket.Chat は Authorization からトークンを読まず、ログアウトするとそのトークンのログインは終わります。',
  'nextcloud-credentials':
    'ログイン名とアプリパスワードを送ってください。個人設定 → セキュリティ → デバイスとセッション → 新しいアプリパスワードを作成（二要素認証やシングルサインオンのアカウントは、WebDAV と OCS API にアプリパスワードしか使えません）。アカウントが有効か、失敗が続いてブルートフォース保護がクライアントのアドレスを遅延させていないかも確認してください。',
  'atlassian-credentials':
    'このデプロイが受け取る資格情報を送ってください。Data Center なら個人アクセストークン（プロフィール → 個人アクセストークン）を Authorization: Bearer <token> で、または Basic 認証が許可されていればユーザー名とパスワードを Basic で送ります。Cloud ならアカウントのメールアドレスと API トークン（id.atlassian.com → セキュリティ → API トークン）を Basic で送ります。別インスタンスのトークンや有効期限を過ぎたトークンは作り直してください。',
  'portainer-token':
    'アクセストークンを X-API-Key: <ptr_…> で送ってください（curl -H "X-API-Key: ptr_…"）。Authorization: Bearer を使うなら、ユーザー名とパスワードで POST /api/auth から JWT を取得し、期限が切れたら取得し直してください。',
  'sonarqube-token':
    'このサーバーでトークンを生成し（My Account → Security → Generate Tokens。ユーザートークン、または解析専用のグローバル / プロジェクト解析トークン）、スキャナーに sonar.token か環境変数 SONAR_TOKEN で渡してください（SonarQube 10.0 より前のスキャナーやサーバーでは sonar.login）。CI では、シークレットがスキャナーのステップまで届いているか、sonar.host.url がトークンを発行したサーバーかを確認してください。',
  'atlassian-captcha':
    'このアカウントでブラウザーから一度ログインして CAPTCHA を解くか（または管理者にユーザー管理でログイン失敗回数をリセットしてもらい）、再び失敗する前にクライアントが送るパスワードやトークンを直してください。Data Center では、Authorization: Bearer で送る個人アクセストークンは CAPTCHA でロックされません。',
  'artifactory-credentials':
    '同じサーバーに対して資格情報を確認してください。jf rt ping --url https://<host>/artifactory --user <user> --password <パスワードかアイデンティティトークン>（または --access-token <token>）で使えるかが分かります。SSO ユーザーはアイデンティティトークンを生成し（Edit Profile → Generate an Identity Token）、ユーザー名とともにクライアントのパスワード欄（Maven の settings.xml、.npmrc、pip.conf）に入れてください。アクセストークンは Authorization: Bearer で送ります。',
  'metabase-credentials':
    'この Metabase で API キーを作成し（Admin settings → Authentication → API keys。キーは与えたグループの権限で動きます）、x-api-key: mb_… で送ってください。または POST /api/session でログインし、返された ID を X-Metabase-Session で送ります。Metabase の前段のプロキシは x-api-key ヘッダーを渡す必要があります。',
  'servicenow-credentials':
    'ServiceNow で連携ユーザーを確認してください（User Administration → Users → そのユーザー）。Active で、Locked out でなく、パスワードが現在のもの（Basic の場合）か、Web サービス専用なら “Web service access only” か。資格情報はこのインスタンスの URL に送ってください。OAuth なら、このインスタンスの /oauth_token.do から Application Registry のクライアントでトークンを取得し、期限が切れる前にリフレッシュしてください。',
  'netsuite-credentials':
    'ログイン監査証跡（Setup > Users/Roles > User Management > View Login Audit Trail）で失敗したログインを探し、Detail（InvalidSignature、InvalidToken など）を読んでください。そのうえで、コンシューマーキーとシークレットが統合レコードのものか、トークン ID とシークレットがその統合の、アクセストークンでログインできる（REST なら REST Web サービスも使える）ユーザーとロールのトークンか、realm が NetSuite の書くとおりのアカウント ID か（サンドボックスは大文字の 1234567_SB1、ホスト名では 1234567-sb1）、署名が HMAC-SHA256 かを確認してください。',
  'bot-app-credentials':
    'ボットの MicrosoftAppId と MicrosoftAppPassword（または証明書）を Azure Bot リソース（Configuration の Microsoft App ID、アプリの種類、テナント）と照らしてください。パスワードは同じアプリ登録の現在のクライアントシークレットでなければならず、シングルテナントのボットは MicrosoftAppType を SingleTenant にして MicrosoftAppTenantId を設定し、自分のテナントからトークンを得る必要があります。',
  'gh-cli-token':
    'gh auth status で gh が使っているトークンを確認してください。GH_TOKEN か GITHUB_TOKEN が設定されていれば、直すか unset してください（保存されたログインより優先されます）。そうでなければ gh auth login でサインインし直してください（コマンドに必要なスコープは gh auth refresh -h github.com -s <スコープ> で追加できます）。',
  // en の同じ項目と同じ出典。
  'hasura-admin-secret':
    'サーバーが起動時に持つ HASURA_GRAPHQL_ADMIN_SECRET と正確に同じ値を送ってください（Nhost や Hasura Cloud ではダッシュボードに表示される値）。異なる可能性のある .env ファイルではなく、動いているコンテナーの環境から読み、$ や # で値が変わる場所では引用符で囲んでください。Hasura CLI では config.yaml の admin_secret か環境変数 HASURA_GRAPHQL_ADMIN_SECRET に設定してください。管理者シークレットはサーバーにだけ置き、アプリには JWT や Webhook のロールを使わせてください。',
  // en の同じ項目と同じ出典。
  'parse-keys':
    'サーバーを起動したときの appId（設定の appId、または APP_ID）を X-Parse-Application-Id で送り、サーバーに clientKey・javascriptKey・restAPIKey が設定されていれば、その値をそれぞれのヘッダーで正確に送ってください。SDK では Parse.initialize に渡します。マスターキーを送るなら masterKey と一致するか、呼び出し元の IP が masterKeyIps に入っているか（Parse Server 6 以降の既定は localhost のみ）を確認してください。サーバーのマウントパス（serverURL、多くは …/parse）を呼んでいるかも確認してください。',
  // en の同じ項目と同じ出典。
  'nocodb-token':
    'API トークン（Account → Tokens、古いリリースでは Team & Settings → API Tokens）を xc-auth や Authorization ではなく xc-token ヘッダーで送ってください。xc-auth が受け付けるのはサインインの短命な認証トークンだけです。NocoDB Cloud では、ベースの Details → API タブに表示されるホスト（ワークスペース自身のもの）を呼んでください。トークンが正しいなら、そのユーザーがこのベースのメンバーで、操作を許すロールを持っているか確認してください。アクセスの無いユーザーにも NocoDB は同じ応答を返します。',
  // en の同じ項目と同じ出典。
  'parse-session-token':
    'ユーザーをもう一度ログインさせ（Parse.User.logIn、または POST /parse/login）、新しい sessionToken を送ってください。SDK がセッションの消えたユーザーをキャッシュしているなら、先にログアウトして（Parse.User.logOut、または保存したユーザーを消す）古いトークンを送らないようにしてください。新しいセッションでも失敗するなら、クライアントが発行元と同じサーバーとアプリ ID を呼んでいるか、そのセッションの行が _Session にあるか（Parse Dashboard）を確認してください。',
  'vercel-token':
    'vercel login をもう一度実行してください（失敗が続くなら先に vercel logout）。CI では Account Settings → Tokens でプロジェクトのチームをスコープにし、十分先の有効期限で新しいトークンを作り、VERCEL_TOKEN を更新してください。手元では、環境変数の古い VERCEL_TOKEN がログインより優先されていないか確認してください。',
  'boundary-auth-token':
    'BOUNDARY_ADDR が指すコントローラーに対してもう一度認証し（boundary authenticate。クラスターの認証方式で）、コマンドがそのトークンを使っているか確認してください。BOUNDARY_TOKEN や -token はキーリングのものより優先されます。',
  'splunk-hec-token':
    '送信側に設定したトークン（コレクターの splunk_hec エクスポーターの token、Fluent Bit の splunk_token、Vector の default_token、またはそれらが読む環境変数）を、URL の先の Splunk インスタンスの「設定」→「データ入力」→「HTTP Event Collector」と照らし合わせ、"Authorization: Splunk <token>" で送ってください。Splunk Cloud ではスタックの http-inputs-<stack> ホストを使い、ロードバランサーの先ではすべてのインデクサーがトークンを持っているか確認してください。',
  'splunk-hec-token-disabled':
    'URL の先の Splunk インスタンスの「設定」→「データ入力」→「HTTP Event Collector」でトークンを有効にし、Global Settings で All Tokens が有効か確認してください。または有効なトークンを送信側に設定してください。',
  'cloudfront-signed-url':
    '失敗したリクエストそのものが何を送ったか確認してください（ブラウザーのネットワークパネル、または正確な URL で curl -v）。署名付き URL ならそのリクエストに Expires（または Policy）、Signature、Key-Pair-Id が必要で、多くのファイルを読むページやストリームでは、ディストリビューションのドメイン向けの署名付き Cookie を使います。キャッシュビヘイビアが信頼するキーグループにある CloudFront 公開キーの ID を Key-Pair-Id にし、その秘密キーで署名してください。',
  'datadog-agent-api-key':
    'datadog-agent status（コンテナなら agent status）を実行してください。API Keys status に、Agent が読んでいるキーが末尾の文字で出ます。それが Agent のサイトの組織の API キー（Organization Settings → API Keys。アプリケーションキーではない）か確認してください。datadog.yaml の site または DD_SITE（datadoghq.com、datadoghq.eu、us3/us5.datadoghq.com、ap1.datadoghq.com、ddog-gov.com）は、キーを作ったサイトと一致している必要があります。DD_API_KEY をシークレットから渡しているなら、プロセスが受け取った値を確認してください。インテークの前のプロキシやパイプラインが自分で 403 を返すこともあります。',
  'new-relic-license-key':
    'データを送りたいアカウントのライセンスキー（種類が License のインジェストキー）を API キーのページからコピーし、エージェントが読む場所に設定してください: 設定ファイルの license_key、またはそれより優先される NEW_RELIC_LICENSE_KEY。ユーザーキー（NRAK-…）はライセンスキーではありません。EU アカウントのキーは EU のエンドポイントに送ります。',
  'spring-credentials':
    'クライアントがこのサーバーに送る資格情報を確認してください。ログイン（フォーム、HTTP Basic、/login のようなエンドポイント）なら、ユーザー名とパスワードをユーザーストアと照らし合わせます（保存したパスワードのハッシュは PasswordEncoder に合っている必要があり、委譲型のエンコーダーなら {id} の接頭辞も必要です）。トークンなら、どの AuthenticationProvider が読むかを確認します。logging.level.org.springframework.security=DEBUG にしたサーバーのログに、拒否したプロバイダーが出ます。',
  'bad-credentials':
    '返答そのもの（ステータス行と本文）かサーバーのログの行を貼ってください。どのサーバーが何を拒否したかが分かります。Spring のアプリケーションなら、ユーザー名とパスワードをユーザーストアと照らし（トークンならどの AuthenticationProvider が読むか）、GitHub の API なら、トークンが期限切れ、失効、打ち間違いでないことを確認してください。',
  'bad-credentials-body': BAD_CREDENTIALS_BODY_STEP,
};

/** Dataverse が特権を拒否した場合の手順（出典は en/findings.ts の dataversePrivilegeStep）。 */
function dataversePrivilegeStep(privilege: string | undefined, table: string | undefined): string {
  if (privilege === undefined)
    return 'Dataverse はこの環境にトークンのプリンシパルに当たるユーザーを見つけませんでした。アプリ登録なら、アプリケーション ユーザーとして追加してください（Power Platform 管理センター → 環境 → 設定 → ユーザー + アクセス許可 → アプリケーション ユーザー → 新しいアプリ ユーザー。部署とセキュリティロールも指定）。人なら、その環境に追加してください（環境のセキュリティグループ、必要ならライセンス）。トークンは環境が属するテナントから取得してください。401 のチャレンジの authorization_uri がそのテナントを示します。';
  const what = privilege === undefined ? 'メッセージが示す特権' : q(privilege);
  const where = table === undefined ? '' : `（テーブル ${table}）`;
  return `Power Platform 管理センターで環境 → 設定 → ユーザー + アクセス許可 → ユーザー（アプリ登録ならアプリケーション ユーザー）を開き、メッセージが示すユーザーに、${what}${where}を呼び出しに要る深さで与えるセキュリティロールを割り当てるか、そのロールの一つにこの特権を加えてください（セキュリティロール → ロール → そのテーブルの行）。システム管理者が行えます。チーム経由のロールも数えられ、新しいロールは次のリクエストから効きます。`;
}

/** en/findings.ts の GEMINI_MODEL_ACCESS と同じ（同じ出典）。 */
const GEMINI_MODEL_ACCESS =
  'そのモデルがこのキーやアカウントで使えるか確かめてください。同じキーで一般提供の Gemini モデルを試し、それが通るなら、指定したモデル（-preview や -exp のもの）はこのキーでは使えません。別のモデルを選ぶか、アクセスを得てください（Google Workspace のアカウントなら、管理者が Gemini Code Assist のプレビュー リリース チャネルを有効にします）。どのモデルも通らないなら、キーのプロジェクトで Gemini API（Generative Language API）が有効か、キーが他の API に制限されていないかを確かめてください。';
/** en/findings.ts の STATED_DENIAL_STEP と同じ: 拒否を自ら述べた製品の、判断した場所とその記録（出典は en 側）。 */
const GCP_IAM_DENIAL =
  'メッセージが IAM の権限を挙げているなら（Permission ‘…’ denied on resource、IAM_PERMISSION_DENIED）、そのプリンシパルがそのリソースにその権限を持っているかを Policy Troubleshooter で確かめてください（"gcloud policy-troubleshoot iam <リソースの完全名> --principal-email=<プリンシパル> --permission=<権限>"）。判断に効いている許可ポリシーと拒否ポリシーが示されます。';
/** policy.deny の詳細: AWS の拒否が名指しするポリシーの種類。 */
const AWS_POLICY_SAYS: Readonly<Record<string, string>> = {
  identity: '呼び出し元のどのアイデンティティベースのポリシーも許可していません',
  'identity-deny': '呼び出し元のアイデンティティベースのポリシーが拒否しています',
  boundary: '呼び出し元のアクセス許可の境界（permissions boundary）が拒否しています',
  scp: '組織のサービスコントロールポリシー（SCP）が拒否しています',
  rcp: '組織のリソースコントロールポリシー（RCP）が拒否しています',
  session: 'セッションポリシーが拒否しています',
  resource: 'リソース自身のポリシーが拒否しています',
  'vpc-endpoint': 'VPC エンドポイントポリシーが拒否しています',
  none: 'IAM ポリシーが拒否しています',
};

/**
 * アクションを名指しする AWS IAM の拒否のステップ。変えるべきポリシーは AWS が名指しする種類で決まります
 * （docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html、reference_policies_evaluation-logic.html）。
 */
function awsDenialStep(a: CodeArgs['policy.deny']): string {
  const action = a.permission ?? 'そのアクション';
  const on = a.resource === undefined ? '' : `（${a.resource}）`;
  const who = awsPrincipalName(a.principal);
  const simulate = `IAM ポリシーシミュレーター（aws iam simulate-principal-policy --policy-source-arn <ロールまたはユーザーの ARN> --action-names ${action}）と CloudTrail の記録が、決め手になったステートメントを示します。`;
  const verb = a.explicitDeny ? '拒否しています' : '許可していません';
  switch (a.awsPolicy) {
    case 'identity':
      return a.explicitDeny
        ? `${who}（またはそのグループ）のアイデンティティベースのポリシーに ${action}${on} の Deny があります。そのステートメント（リージョン、MFA、タグなどの条件が多い）を直してください。ほかの Allow では上書きできません。${simulate}`
        : `${who}のアイデンティティベースのポリシー（ロールやユーザーに付けるもの。それを引き受けたツールではありません）に ${action}${on} の Allow を追加してください。${simulate}`;
    case 'boundary':
      return `${who}のアクセス許可の境界が ${action} を${verb}。境界はアイデンティティポリシーが与える権限の上限なので、境界のポリシー（aws iam get-role / get-user の PermissionsBoundary）に ${action} を加えるか、ロールやユーザーを作るツールにはアカウントが求める境界を付けさせてください。`;
    case 'scp':
    case 'rcp':
      return `AWS Organizations の${a.awsPolicy === 'scp' ? 'サービスコントロールポリシー' : 'リソースコントロールポリシー'}がこのアカウントで ${action} を${verb}。アカウント内の IAM ポリシーでは上書きできません。どのポリシーが拒否しているか（リージョンやサービスの制限が多い）を組織の管理者に確認するか、許可されている場所で呼び出してください。`;
    case 'session':
      return `セッションを作ったときに渡したセッションポリシー（AssumeRole、AssumeRoleWithWebIdentity、GetFederationToken の --policy / --policy-arns、または${who}を引き受けたツール）が ${action} を${verb}。広げるか、渡さないでください。ロール自身のポリシーでは足せません。`;
    case 'resource':
      return a.explicitDeny
        ? `リソース自身のポリシー${on}に、${who}に当てはまる ${action} の Deny があります。そのステートメント（aws:SourceVpce、aws:PrincipalArn、aws:SecureTransport の条件が多い）を直してください。`
        : `リソース自身のポリシー${on}に${who}への Allow がありません。${action} の Allow を追加してください（アカウントをまたぐアクセスには、呼び出し元のアイデンティティポリシーに加えて必要です）。`;
    case 'vpc-endpoint':
      return `リクエストが通った VPC エンドポイントのポリシーが ${action}${on} を${verb}。エンドポイントのポリシーを直すか、別の経路で呼び出してください。`;
    default:
      return a.explicitDeny
        ? `${who}に適用されるポリシー（アイデンティティ、リソース、アクセス許可の境界、セッション、組織のポリシー）のどれかの明示的な Deny が ${action}${on} を拒否しています。Allow では上書きできません。${simulate}`
        : `${who}の IAM ポリシーで ${action}${on} を許可してください。${simulate}`;
  }
}

/** AWS のプリンシパル ARN が名指しするロールやユーザー（`assumed-role/NAME/session`、`role/NAME`、`user/NAME`）。 */
function awsPrincipalName(principal: string | undefined): string {
  if (principal === undefined) return '呼び出し元';
  const m = /:(assumed-role|role|user)\/(\S{1,300})/.exec(principal);
  if (m === null) return principal;
  // An assumed role's session follows its name (assumed-role/NAME/session); a user's or role's path comes before it
  // (user/people/NAME: a friendly name takes no slash, so it is the last part; aws/aws-toolkit-jetbrains#3297).
  const parts = (m[2] as string).split('/');
  const name = m[1] === 'assumed-role' ? parts[0] : parts[parts.length - 1];
  return `${m[1] === 'user' ? 'ユーザー' : 'ロール'} ${name} `;
}

/** Microsoft Graph の Authorization_RequestDenied（英語版 GRAPH_PRIVILEGES_STEP の出典を参照）。 */
/** en の slackScopeStep と同じ内容（出典もそちら）。 */
function slackScopeStep(scopes: readonly string[], f: Format): string {
  const find =
    scopes.length === 0
      ? 'メソッドに必要なスコープを確かめてください。Slack の JSON の返答では "needed" に必要なスコープ、"provided" にトークンのスコープが入り、レスポンスヘッダーの x-accepted-oauth-scopes と x-oauth-scopes も同じことを示します（SDK のエラーには出ないので、返答全体をログに出します）。そのうえで、そのスコープを'
      : `${sp(f.list(scopes.map(q)))}を`;
  return `${find} Slack アプリの OAuth & Permissions（xoxb- トークンなら Bot Token Scopes、xoxp- なら User Token Scopes）に追加し、アプリをワークスペースに再インストールしてください。トークンに新しいスコープが付くのはそのときです。`;
}

/** en/findings.ts の AWS_WHO_SIGNED_STEP と同じ: 操作を名指さない AWS の拒否で、署名した主体とポリシーを確かめる手順。 */
const AWS_WHO_SIGNED_STEP =
  '同じ認証情報で "aws sts get-caller-identity" を実行して署名した主体を確かめ、拒否しているポリシーを探してください。IAM ポリシー、バケットポリシーと ACL、SCP、SSE-KMS のオブジェクトならキーポリシーです。拒否された呼び出しは CloudTrail に記録されています。';

/** en/findings.ts の ownDenialSteps と同じ。 */
function ownDenialSteps(a: CodeArgs['policy.deny']): string[] {
  if (a.regionBlocked === true) return [REGION_BLOCKED_STEP];
  return a.via === 'aws-bedrock'
    ? [STATED_DENIAL_STEP['aws-bedrock'] as string, AWS_WHO_SIGNED_STEP]
    : [APPSYNC_IAM_STEP];
}

/** en/findings.ts の statedDenialTitle と同じ。 */
function statedDenialTitle(a: CodeArgs['policy.deny']): string {
  return a.keyRefusal !== undefined
    ? RESTRICTED_KEY_TITLE[a.keyRefusal]
    : a.regionBlocked === true
      ? 'OpenAI がこの国・地域からの要求を受け付けていません'
      : a.eitherCause === true
        ? `${namedThen(a.via ?? '')}が呼び出しを拒否しました：トークンか権限のどちらかです`
        : '認可ポリシーでリクエストが拒否されています';
}

/** en/findings.ts の statedDenialDetail と同じ（出典もそちら）。 */
function statedDenialDetail(a: CodeArgs['policy.deny']): string {
  return a.keyRefusal !== undefined
    ? restrictedKeyDetail(a.keyRefusal, a.via)
    : a.regionBlocked === true
      ? 'OpenAI は要求をその送信元を理由に拒否しました（unsupported_country_region_territory）。呼び出しの出ていくアドレス（サーバー、クラウドのリージョン、プロキシや VPN）が、OpenAI がサービスを提供していない国・地域にあります。キーや組織、権限では変わりません。'
      : a.eitherCause === true
        ? `${namedThen(a.via ?? '')}は「Request unauthorized.」を、呼び出し元のトークンを拒否したとき（クレームマッパー：期限切れ、サーバーが読み込んでいない鍵の署名、別のオーディエンス）にも、オーソライザーが呼び出しに権限を見つけなかったときにも返し、貼り付けからはどちらかわかりません。ポリシーによる拒否とは限りません。`
        : a.via !== undefined && isRpcEnvelope(a.via)
          ? `サービスの認可ポリシーがリクエストを拒否し、${namedThen(a.via)}のエラー形式で応答しました。${a.decision === undefined ? '' : `判定は ${q(a.decision)} です。`}`
          : `サーバー${via(a)}の認可ポリシーがリクエストを拒否しました。${rbacNamed(a)}${a.decision === undefined ? '' : `判定は ${q(a.decision)} です。`}`;
}

const REGION_BLOCKED_STEP =
  'サポートされている場所から呼び出してください（platform.openai.com/docs/supported-countries）。ブロックされていないサーバーやクラウドのリージョン、サーバーレスならそのリージョンに固定した関数（Vercel の preferred regions）を使い、呼び出しがどのアドレスから出ていくか（プロキシ、VPN、出口のゲートウェイ）を確かめます。別のキーやアカウントでも同じく拒否されます。';

/** en の APPSYNC_IAM_STEP と同じ内容（出典もそちら）。 */
const APPSYNC_IAM_STEP =
  'リクエストに署名した IAM プリンシパル（同じ認証情報で aws sts get-caller-identity を実行すると分かります。IAM ユーザー、Lambda の実行ロール、アプリのユーザーなら Cognito ID プールの認証済み／未認証ロール）に、操作のフィールド arn:aws:appsync:<region>:<account>:apis/<api-id>/types/<Query|Mutation|Subscription>/fields/<field>（resolvers ではなく fields）か apis/<api-id>/* への appsync:GraphQL を許可してください。サブスクリプションにはその Subscription フィールドへの許可も要ります。そもそも IAM で署名すべきでないなら、フィールドが許す認可モード（Cognito ユーザープールや OIDC のトークン、API キー）で呼び出してください。';

const GRAPH_PRIVILEGES_STEP =
  'アプリ登録の「API のアクセス許可」に、呼び出しのリファレンスに載っている Microsoft Graph のアクセス許可を、トークンの種類に合わせて追加し（クライアント資格情報のトークンならアプリケーションの許可で roles クレームに、ユーザーのトークンなら委任された許可で scp クレームに出ます）、管理者の同意を与えてください。委任された許可では、サインインしたユーザー自身もその操作を許されている必要があります（ほかのユーザーやディレクトリを変えるにはディレクトリの管理者ロール）。';

/** Google のドメイン全体の委任の拒否（英語版 googleDelegation の出典を参照）。 */
function googleDelegation(description: string | null): boolean {
  return (
    description !== null &&
    (description.startsWith('Client is unauthorized to retrieve access tokens using this method') ||
      description.startsWith('Unauthorized client or scope in request'))
  );
}
const GOOGLE_DWD_STEP =
  'Google Workspace の管理コンソール（セキュリティ › アクセスとデータ管理 › API の制御 › ドメイン全体の委任）で、サービスアカウントの数値のクライアント ID に、認証情報が要求するすべてのスコープを、要求どおりの書き方（完全な URL）で承認してください。追加や変更が効くまで最大24時間かかることがあります。subject（sub）はその Workspace ドメインのユーザーでなければなりません。';

/** ID 認識型プロキシのアサーションの期限切れ（en の PROXY_ASSERTION_EXPIRED_STEP と同じ出典）。 */
const PROXY_ASSERTION_EXPIRED_STEP = (proxy: string) =>
  `このトークンは ${proxy} がバックエンド向けに署名したアサーションで、プロキシ自身が（リクエストごと、またはセッションごとに）発行し、期限切れのものは転送しません。このヘッダーがプロキシから今送られたものではなく再送された（以前のリクエストから保存した、テストのフィクスチャ、途中のキャッシュ）か、バックエンドの時計が進んでいます。プロキシを通してリクエストし直し、バックエンドのホストの時計を NTP と比べてください。`;
const ASSERTION_PROXY: Readonly<Record<ProxyAssertion, string>> = {
  'aws-verified-access': 'AWS Verified Access',
  'google-iap': 'Identity-Aware Proxy',
  'cloudflare-access': 'Cloudflare Access',
  teleport: 'Teleport',
};

/** ID 認識型プロキシが署名したアサーションの aud（en の PROXY_ASSERTION_AUDIENCE_STEP と同じ出典）。 */
const PROXY_ASSERTION_AUDIENCE_STEP: Readonly<Record<ProxyAssertion, string>> = {
  'aws-verified-access':
    'このトークンは AWS Verified Access の署名付きユーザークレーム（x-amzn-ava-user-context ヘッダー）で、Verified Access が背後のアプリケーション向けに ES384 で署名し、aud を持ちません。AWS の文書（Verified Access ユーザーガイドの「ユーザークレームの引き渡しと署名の検証」）どおりに検証してください。ヘッダーの signer が自分の Verified Access インスタンスの ARN であること、exp（ヘッダーにあります）は120秒であること、確認する audience はないことに注意してください。クライアントが送るものでは変わりません。',
  'google-iap':
    'このトークンは Identity-Aware Proxy の署名付きヘッダー（x-goog-iap-jwt-assertion）で、IAP はその aud を保護しているリソースにします。ロードバランサ経由（Compute Engine、GKE、サーバーレス NEG 経由の Cloud Run）なら /projects/<プロジェクト番号>/global/backendServices/<サービス ID>、App Engine なら /projects/<プロジェクト番号>/apps/<プロジェクト ID> です。バックエンドが期待する audience を、このリクエストが通ってきたリソースのものにしてください。コンソールの IAP ページ（⋮ → JWT 対象コードを取得）か、gcloud compute backend-services describe <名前> --global --format="value(id)" と gcloud projects describe <プロジェクト ID> --format="value(projectNumber)" で分かります。クライアントが送るものでは変わりません。別のロードバランサや App Engine を通ったリクエストには、そのリソースの audience が入ります。',
  'cloudflare-access':
    'このトークンは Cloudflare Access のアプリケーショントークン（Cf-Access-Jwt-Assertion ヘッダー、または CF_Authorization Cookie）で、Access はその aud を Access アプリケーションの Application Audience (AUD) Tag にします。タグはアプリケーションごとに違います。オリジンが期待する audience を、このホスト名が属するアプリケーションのタグに（Zero Trust → Access → Applications → そのアプリケーションの AUD タグ）、発行元をチームドメイン（https://<チーム>.cloudflareaccess.com）に、鍵を https://<チーム>.cloudflareaccess.com/cdn-cgi/access/certs にしてください。クライアントが送るものでは変わりません。',
  teleport:
    'このトークンは Teleport のアプリケーションアクセスの JWT（Teleport-Jwt-Assertion ヘッダー、またはアプリのヘッダー書き換えで {{internal.jwt}} を入れた場所）で、Teleport はその aud をアプリケーションの URI（app サービスの設定にあるアプリの uri）にします。アプリケーションが期待する audience をその URI にし（tctl apps ls でアプリケーションと URI の一覧が出ます）、https://<プロキシのアドレス>/.well-known/jwks.json の鍵で検証してください。クライアントが送るものでは変わりません。',
};

/** 権限を挙げた Google Cloud の拒否への手順（en の gcpPermissionStep と同じ出典）。 */
function gcpPermissionStep(permission: string, resource: string | undefined): string {
  // A resource name is ASCII: a half-width space before the particle, as the catalogue's convention says.
  const where = resource === undefined ? 'リクエストが対象とするリソースで' : `${resource} で`;
  return `呼び出し元（リクエストを送った資格情報のユーザーまたはサービスアカウント）に、${where} ${permission} を含むロールを付与してください。どのロールがこの権限を含むかは IAM のロールと権限の索引（cloud.google.com/iam/docs/roles-permissions）で調べられます。すでに付与されているなら IAM の拒否ポリシーが拒んでいる可能性があります。"gcloud policy-troubleshoot iam <リソースの完全名> --principal-email=<プリンシパル> --permission=${permission}" で、判断に効いている許可ポリシーと拒否ポリシーが示されます。`;
}
/** en の同じ定数と同じ出典（round audit-al）。 */
const KRATOS_NO_SESSION =
  'Ory Kratos はこのリクエストに有効なセッションを見つけませんでした。ブラウザはセッションを ory_kratos_session クッキー（Ory Network では ory_session_<プロジェクト>）で送り、これはアプリと Kratos が同じドメインを共有し、呼び出しがクッキーを送るとき（fetch の credentials: "include"、axios の withCredentials: true）にだけ Kratos に届きます。ネイティブアプリや API クライアントはセッショントークンを X-Session-Token: <トークン> または Authorization: Bearer <トークン> で送ります。期限切れ（session.lifespan）や失効したセッションも同じ応答になるので、その場合は再ログインしてください。';
const KINDE_NO_SESSION =
  'Kinde SDK はこのリクエストのアクセストークンを持っていません。まずアプリの Kinde ログインルートでサインインし、KINDE_SITE_URL と KINDE_POST_LOGIN_REDIRECT_URL がアプリを配信しているホストを指しているか確認してください（コールバックが設定するセッションクッキーがこのリクエストで送り返されるように）。リクエストの外で動くコード（ビルド時、静的にレンダリングされるページ）にはセッションがありません。';
const SUPABASE_SESSION_ENDED =
  'Supabase Auth は、このアクセストークンが示すセッション（session_id）をもう持っていません。サインアウト（この端末や別の端末での signOut、グローバルサインアウト）、使用済みリフレッシュトークンの再利用による失効、またはプロジェクトのセッションの時間制限・非アクティブタイムアウト（Authentication → Sessions）で終了しています。JWT の署名は正しくても受け付けられません。再ログインし、古いトークンで再試行するのではなく supabase-js に保存済みセッションを消させてください（session_not_found で SIGNED_OUT を発行するので onAuthStateChange で処理します）。';
const HYDRA_INTROSPECTION_CALLER =
  'Ory Hydra が拒否したのはイントロスペクションの呼び出しそのもの（request_unauthorized）で、問い合わせたトークンではありません。クライアント認証情報を取らない Hydra の管理 API（ポート 4445）のイントロスペクションエンドポイントに送るか、それを求めるエンドポイント（v1.0 より前の Hydra、Ory Network）では呼び出し側を認証してください（ゲートウェイやリソースサーバー自身のクライアント ID とシークレット、または Ory の API キー）。ゲートウェイがイントロスペクションする設定（kong-oidc や lua-resty-openidc の introspection_endpoint、client_id、client_secret）で指定します。';
const CASDOOR_DENIED =
  'Casdoor の認可フィルターがこの API パスでこの呼び出し元を拒否しました。匿名の呼び出しも同じように拒否されます。Casdoor の公開 API が受け付ける形で認証し（Authorization: Bearer のアクセストークン、アプリケーションの clientId と clientSecret、またはサインイン済みのセッション）、そのパスを許されたユーザー（組織のユーザーならその組織の管理者、全体設定なら組み込みの admin）で呼び出してください。';
const LOGTO_MANAGEMENT_AUDIENCE =
  'Logto の Management API リソース向けにトークンを取得してください。セルフホスト（OSS）の Logto では resource=https://default.logto.app/api、Logto Cloud では https://<tenant-id>.logto.app/api で、scope=all を付け、Management API の all 権限を含むロールを持つマシン間通信アプリから取得します。';

const BETTER_AUTH_NO_SESSION =
  'Better Auth はこの呼び出しでセッションを見つけませんでした。サーバー側の auth.api 呼び出し（getSession、organization や admin のエンドポイント）は渡されたリクエストヘッダーからセッションを読むので、それを渡してください（Next.js では { headers: await headers() }、ほかでは req.headers や c.req.raw.headers）。そのうえで、リクエストが better-auth.session_token クッキー（HTTPS では __Secure- 付き）か、bearer プラグインなら Authorization: Bearer <セッショントークン> を持っているか確認してください。';
const WORKOS_NO_SESSION_COOKIE =
  'WorkOS AuthKit はこのリクエストにセッションクッキー（既定は wos-session）を見つけませんでした。まず AuthKit でサインインし、クッキーがこのルートに届くか（同じドメイン、設定する側と読む側で同じクッキー名）、封印を解くすべてのインスタンスで WORKOS_COOKIE_PASSWORD が同じか確認してください。';
const SUPERTOKENS_NO_SESSION =
  'SuperTokens はこのリクエストにセッションを見つけませんでした（unauthorised）。API を呼ぶページでフロントエンド SDK を初期化し（Session.init）、apiDomain を API のオリジンと完全に同じにしてください（http://localhost:3001 と http://127.0.0.1:3001 は別のサイトです）。そうすれば SDK が呼び出しにセッションのトークンやクッキーを付けます。付いているなら、セッションはもうありません（リフレッシュトークンの期限切れ、サインアウト、失効）。再ログインしてください。';
/** en の同じ定数と同じ出典（round audit-al）。 */
// 出典は en 側。
const CLERK_AUTHORIZED_PARTIES =
  'API が Clerk のセッショントークンを検証する箇所の authorizedParties（clerkMiddleware({ authorizedParties })、authenticateRequest、verifyToken）に、フロントエンドのオリジン（トークンの azp。スキーム、ホスト、ポートまででパスなし）を加えるか、一覧にあるオリジンから API を呼んでください。プレビューやステージングのデプロイは別のオリジンです。';
const KINDE_AUDIENCE =
  'Kinde に API のオーディエンスを求めてください。Kinde（Settings → APIs）にこの識別子で API を登録してアプリケーションで有効にし、アプリのサインイン時に audience として渡します（KindeProvider の audience、KINDE_AUDIENCE）。渡さないとアクセストークンの aud は [] になり、オーディエンスを期待する検証器に拒否されます。';
// 出典は en 側。
const ENVOY_TOKEN_NOT_TAKEN =
  'Envoy の jwt_authn は、プロバイダーが読む場所（from_headers か from_params。既定は Authorization: Bearer。ESPv2 なら x-google-jwt-locations、Istio なら fromHeaders）にあるトークンしか取りません。また、トークンがなくてもよい設定（ESPv2 や Istio の RequestAuthentication がそうする allow_missing）では、iss がどのプロバイダーにも当たらないトークンを「ない」と数えます。トークンの iss を各プロバイダーの issuer と、トークンの置き場所をプロバイダーの読む場所と照らし合わせてください。';

const IDENTITY_SERVER_TOKEN_REFUSED: Readonly<Record<string, string>> = {
  'oauth2-proxy':
    'oauth2-proxy が Bearer トークンを受け付けるのは --skip-jwt-bearer-tokens を有効にしたときだけで、それも検証できる JWT に限られます。自分の OIDC 発行元（--oidc-issuer-url）が発行し aud が自分の --client-id であるもの、または --extra-jwt-issuers の issuer=audience の組に合うものです。不透明なトークン（GitHub の個人アクセストークンなど）、aud が別のもの（Okta や Keycloak の account などのアクセストークン）、別の発行元のものは拒否されます。そのクライアントの ID トークンを送るか、トークンの発行元と aud を --extra-jwt-issuers に加えてください。',
  fosite:
    'Hydra の管理 API のイントロスペクションエンドポイント（ポート 4445）でトークンを確認してください。"active": false なら、期限切れ、失効、または別の Hydra（別のシステムシークレットやデータベース、別の環境）が発行したものです。その Hydra のトークンエンドポイントで取り直してください。拒否されたのがイントロスペクションの呼び出しそのもの（request_unauthorized）なら、クライアント認証情報を取らない管理ポートに送ってください。',
  authentik:
    'authentik はトークンを受け付けませんでした。期限切れか削除された API トークン（Directory → Tokens and App passwords、intent は API）、または goauthentik.io/api スコープのない OAuth アクセストークンです。アウトポストは authentik がそのために作ったトークンで認証します。アウトポストの View Deployment Info から AUTHENTIK_TOKEN（と AUTHENTIK_HOST）をアウトポストの環境にコピーし、アウトポストを削除して作り直したならその値も作り直してください。',
  zitadel:
    'ZITADEL はその API へのベアラートークンを受け付けませんでした（Errors.Token.Invalid）。失効・期限切れの、または削除されたサービスユーザーのパーソナルアクセストークン、別インスタンスのトークン、あるいは ZITADEL の API オーディエンスなしで取得したユーザーのアクセストークンです。ユーザーのサインイン時にスコープ urn:zitadel:iam:org:project:id:zitadel:aud（と openid）を要求するか、サービスユーザーの PAT かクライアントクレデンシャルのトークンを使ってください。',
  supertokens:
    'SuperTokens のアクセストークンの検証に失敗しました。多くは期限切れです。フロントエンド SDK はこの 401 にリフレッシュ API（<apiBasePath>/session/refresh、既定は /auth/session/refresh）を呼んで再試行しますが、それは SuperTokens.init に渡した apiDomain への呼び出しだけです。あなたのコードに 401 が届いたなら、呼び出しが別の宛先（別のオリジン、SDK を通さないサーバー側の fetch）へ行ったか、リフレッシュも失敗しています（その場合は再ログインしてください）。',
};

const STATED_DENIAL_STEP: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_DENIED,
  kintone:
    'kintone は呼び出し元を認証しましたが、その権限ではこの呼び出しはできません。API トークンなら、アプリの「設定」→「APIトークン」でそのトークンに付けた権限（レコード閲覧・追加・編集・削除、アプリ管理）を確認して「アプリを更新」を押してください。ユーザーなら、「設定」→「アプリのアクセス権」と、レコード・フィールドのアクセス権でそのユーザーか所属グループの権限を確認してください。JavaScript や CSS のカスタマイズのアップロード（customize-uploader、「JavaScript / CSSでカスタマイズ」）は kintone システム管理者だけができます。',
  // en の同じ項目と同じ出典（round audit-an）。
  'aws-appsync':
    'AppSync は呼び出し元を認証しましたが、このフィールドに対するスキーマの認可ルールが通しませんでした。型やフィールドのディレクティブ（cognito_groups 付きの @aws_cognito_user_pools、@aws_iam、@aws_oidc、@aws_api_key。どれかが付いたフィールドは名前のあるモードだけを許します）や Amplify の @auth ルール（allow: owner、groups、private、public とそれぞれの provider）が、リクエストの認証モード（Amplify の authMode: userPool、iam、oidc、apiKey）とこのユーザーを許可している必要があります。リゾルバーの $util.unauthorized() も同じ応答を返します。サブスクリプションでは、元になるミューテーションがルールの読むフィールド（owner、groups）を選択している必要があります。',
  // en の同じ項目と同じ出典（round audit-an）。
  hasura:
    'Hasura はリクエストのロールで判断しました。メタデータ・スキーマ・マイグレーションの API は admin 専用です。信頼できるサーバーから管理者シークレットを送ってください（x-hasura-admin-secret。CLI なら config.yaml の admin_secret か HASURA_GRAPHQL_ADMIN_SECRET）。ユーザーのリクエストでは、x-hasura-role ヘッダーがトークンの x-hasura-allowed-roles（https://hasura.io/jwt/claims、または認証 Webhook の応答）の一つでなければ Hasura はそのロールを拒否します。そのうえで、そのロールのテーブル権限（Console → Data → テーブル → Permissions）を確認してください。',
  // en の同じ項目と同じ出典（round audit-an）。
  directus:
    'Directus の権限が拒否しました。トークンのユーザーのロール（トークンが無ければ Public ロール）のポリシーが、このコレクションのこの操作を許可していません（Directus 11 は Settings → Access Policies、それより前は Roles & Permissions。コレクションの read / create / update / delete と、その項目ルールやフィールド）。Directus は存在しないコレクションや項目にも同じ 403 を返すので、URL のコレクション名と ID も確認してください。/assets/<id> のファイルには directus_files の read が必要です。',
  // en の同じ項目と同じ出典（round audit-an）。
  'firebase-database':
    'Realtime Database のセキュリティルールがこの読み書きを拒否しました。Firebase コンソール（Realtime Database → ルール）で、このパスにかかる .read / .write ルールを探し、ルール プレイグラウンドでこのユーザーまたは未認証として試してください。クライアントがサインインするまで auth は null です（サインインを await するか、onAuthStateChanged の中で読む）。ロックされた既定のルールはすべてを拒否します。変更したルールは database.rules.json からデプロイしてください（firebase deploy --only database）。',
  'firebase-storage':
    'Cloud Storage for Firebase のセキュリティルールがこのアップロードまたはダウンロードを拒否しました。Firebase コンソール（Storage → ルール）で、このオブジェクトのパスに当たる match ブロックと、その allow read / write の条件を確認してください。クライアントがサインインするまで request.auth は null で、request.auth.uid を使うルールはパスが示すユーザーにしか通りません。変更したルールは storage.rules からデプロイしてください（firebase deploy --only storage）。Admin SDK を使うサーバーはこのルールではなく IAM だけに従います。',
  pocketbase:
    'このコレクションのこの操作の API ルールがロックされています（null。スーパーユーザーのみで、新しいコレクションの既定）。ダッシュボードでルールを設定するか（Collections → コレクション → API Rules。@request.auth.id != "" ならサインインした全ユーザー）、スーパーユーザーとして、サインインを await してから呼んでください。PocketBase 0.23 以降は await pb.collection("_superusers").authWithPassword(…)、それより前は pb.admins.authWithPassword です（サーバーより古い SDK は、サーバーにもう無い admin としてサインインします）。',
  'parse-server':
    'Parse Server はこのルートまたは操作にマスターキーを求めています。クライアントアプリからではなく、自分のサーバーか Cloud Code からマスターキー付きで呼んでください（X-Parse-Master-Key、または Cloud Code のクエリや保存に useMasterKey: true）。マスターキーを送っても拒否されるなら、呼び出し元の IP が masterKeyIps に入っていません（Parse Server 6 以降の既定は localhost のみ）。呼び出すサーバーやダッシュボードのアドレスを加えてください。',
  casdoor: CASDOOR_DENIED,
  boundary:
    'Boundary は認証トークンが示すユーザーを認証しましたが、そのロールはこの操作を許可していません。リソースを持つスコープ（authorize-session や boundary connect ならターゲットのプロジェクト）で、そのユーザー（または所属するグループ・マネージドグループ）をプリンシパルに持ち、操作を許す grant（ids=<ターゲット ID>;actions=authorize-session や type=target;actions=list,read,authorize-session）を持つロールが必要です。boundary roles list -scope-id <スコープ> と boundary roles read -id <ロール> で確認し、トークンが誰かは boundary users read -id <ユーザー> で確認してください。',
  'elastic-apm-server':
    'APM Server はエージェントの認証情報を受け付け、操作を拒否しました。API キーなら、その操作の APM 権限（イベント送信は event:write、セントラル設定は config_agent:read、ソースマップのアップロードは sourcemap:write）がキーにありません。それを持つキーを作り（Kibana の APM エージェントキー、または POST /_security/api_key で "apm" アプリケーションの権限をリソース "*" に付ける）、エージェントに渡してください。匿名アクセスなら、エージェント名とサービス名が apm-server.auth.anonymous.allow_agent と allow_service に入っている必要があります。',
  'aws-iot':
    'AWS IoT Core はプリンシパル（デバイスの証明書、または Amazon Cognito の ID）を認識しましたが、それにアタッチされた IoT ポリシーのどれもこの操作を許可していません。許可するポリシーをアタッチしてください（AWS IoT コンソール → セキュリティ → ポリシー、その後に証明書または ID のポリシー。aws iot attach-policy --policy-name <名前> --target <証明書の ARN または Cognito の ID>）。iot:Connect は arn:aws:iot:<リージョン>:<アカウント>:client/<クライアント ID> に、iot:Publish と iot:Receive は topic/<トピック> に、iot:Subscribe は topicfilter/<フィルター> に許可します。Cognito の ID では、IAM ロールと ID にアタッチした IoT ポリシーの両方が許可している必要があります。',
  emqx: 'EMQX はクライアントを認証したうえで、認可がこのトピックを拒否しました。ダッシュボード（アクセス制御 → 認可）で、ソースを順に（ACL ファイルのルール、HTTP やデータベースのソース）確認し、このクライアントのユーザー名またはクライアント ID にトピックへの publish や subscribe を許すルールがあるか見てください。どのルールにも当たらないときは authorization.no_match が決め、最後の {deny, all} は上で許可されなかったものをすべて拒否します。',
  servicenow:
    'ServiceNow は連携ユーザーを認証したうえで、アクセス制御がそれを拒否しました。API とテーブルの ACL が求めるロールをユーザーに与え（System Security → Access Control (ACL) をテーブルや REST API で絞り込む。System Security → Debug Security Rules や Access Analyzer で拒否したルールが分かります）、そのユーザーで再試行してください。',
  // en と同じ出典（round audit-ak）。
  mattermost:
    'Mattermost はユーザーまたはボットを認証しましたが、そのロールはこの権限を与えていません（応答の detailed_error が permission=… で示します）。与えるロールをアカウントに付けるか（System Console → User Management → Users → Manage Roles。ボットは Integrations → Bot Accounts、チームとチャンネルのスキームは System Console → Permissions）、呼び出しが扱うチームやチャンネルにアカウントを追加してください。',
  jenkins:
    'Jenkins はユーザーを認証しましたが、認可戦略が示された権限（X-Required-Permission、または “is missing the …/… permission”）を与えていません。Manage Jenkins → Security で、ユーザーかそのグループに権限を与えてください（行列ベースのセキュリティ、またはロールベース戦略のロール。プロジェクトごとの行列ならジョブやフォルダーで）。',
  fly: 'Fly.io はトークンを認証しましたが、そのトークンはこのアプリに届きません。デプロイトークン（fly tokens create deploy -a <app>）はそのひとつのアプリにしか使えないため、別のアプリ（プルリクエストごとに作るレビューアプリ、名前を変えたアプリや新しいアプリ）をデプロイするジョブには、そのアプリのトークンか組織のトークン（fly tokens create org）を FLY_API_TOKEN に設定してください。ユーザー自身のトークンなら、アプリの組織のメンバーである必要があります。',
  sonarqube:
    'SonarQube はトークンのユーザーを認証しましたが、この呼び出しに必要な権限がありません。プロジェクトの Browse、Execute Analysis、Administer（Project Settings → Permissions）、管理系のエンドポイントならグローバル権限（Administration → Security → Global Permissions）です。解析トークン（sqa_、sqp_）は解析の実行専用なので、ほかの Web API の呼び出しには権限を持つユーザーのユーザートークン（squ_）が必要です。SonarQube Cloud では組織（sonar.organization）も指定してください。トークンが空か受け入れられないスキャナーは匿名で動き、同じように拒否されます。SONAR_TOKEN が届いているか確認してください。',
  portainer:
    'ID プロバイダーはユーザーをサインインさせましたが、Portainer にそのユーザーがいません。自動ユーザープロビジョニングを有効にするか（Settings → Authentication → OAuth）、OAuth のユーザー識別子の設定がプロバイダーから読む値（email、preferred_username など）をユーザー名とする Portainer ユーザーを作成し、環境へのアクセスを与えてください。',
  artifactory:
    'Artifactory はユーザーを認証しましたが、どの権限ターゲットもリポジトリでのこの操作をそのユーザーに与えていません。Administration → User Management → Permissions で、ユーザーかそのグループにリポジトリでの操作を与えるか（アップロードは Deploy/Cache、既存のアーティファクトへの再デプロイ、つまりリリースの再デプロイは Delete/Overwrite）、上書きせずに新しいバージョンをデプロイしてください。',
  sharepoint:
    'SharePoint は呼び出し元を認証しましたが、このサイト、リスト、操作へのアクセス許可がありません。アプリ専用トークンなら、アプリ登録に SharePoint のアプリケーションのアクセス許可（Sites.Read.All、Sites.ReadWrite.All、または Sites.Selected とこのサイトへの付与）を管理者の同意付きで与え、トークンの roles を確認してください。ユーザーなら、そのアカウントにサイトのアクセス許可レベルを与えてください（サイトの設定 → サイトのアクセス許可）。',
  adyen:
    'Adyen は API 資格情報を認証したうえで、この呼び出しを許していません。Customer Area の Developers → API credentials → その資格情報で、ロール（呼び出す API ごとに必要なもの。Checkout webservice role、Merchant PAL webservice role など）と、リクエストが指定するマーチャントアカウントへのアクセスがあるかを確認してください。管理者ユーザーが追加できます。',
  braintree:
    'Braintree は API キーを受け入れたうえで、その API ユーザーにこの呼び出しを許していません。Control Panel の Settings → Team → キーが属するユーザーで、そのロールにこの呼び出しに要る権限（取引の作成、保管、返金など）を与え、リクエストが送る merchantAccountId がこの環境のこのマーチャントのものか確認してください。',
  // en の teleport、tailscale と同じ出典（round audit-ac）。
  teleport:
    '判断したのはホストではなく Teleport のロールです。ノードへのログインには、allow.logins にそのログインがあり、allow.node_labels がノードのラベルに一致するロールが必要です。操作には、allow.rules がそのリソースのその verb を許すロールが必要です（deny ルールがないこと）。tsh status で自分のロールとログインが、tsh ls でノードのラベルが分かります。管理者がロール（tctl get roles）と照らし合わせるか、許可するロールをリクエストしてください（tsh request create --roles=<ロール>）。ロールが変わったら tsh login し直してください。証明書には発行時のロールが入っています。',
  tailscale:
    'Tailscale SSH が tailnet のポリシーファイルで拒否しています。"acls" ではなく "ssh" セクションのルールが、送信元（接続元のユーザー、グループ、タグ）、宛先（タグ、自分のデバイスなら autogroup:self）、"users" のローカルユーザー（そのログイン、autogroup:nonroot、root）に一致する必要があります。“to SSH as user "x"” は、一致するルールのどれにもないログインを示しています。管理コンソールの Access controls でルールを確認し、tailscale status で各マシンの ID とタグを確かめてください。タグを付けたデバイスはタグとして扱われ、ユーザーのものではなくなります。',
  // en の databricks と同じ。
  meilisearch:
    'Meilisearch はキーかテナントトークンを受け入れましたが、それはこのインデックスを含んでいません。テナントトークンが届くのは、その searchRules が指すインデックス（インデックス名か "*"）のうち、署名した API キーも含むものだけです。キーは作成時のインデックスにだけ届きます。このインデックスを searchRules に含む新しいテナントトークンを、このインデックスを含むキーから発行するか（PATCH /keys ではインデックスを変えられないので新しいキーを作ります）、トークンが許すインデックスに問い合わせてください。',
  databricks:
    'メッセージが示すユーザーやサービスプリンシパルに、クラスターの Can Attach To を付与してください（Compute → クラスター → Permissions。実行以上の操作には Can Restart か Can Manage）。またはワークスペース管理者に依頼してください。ジョブやパイプラインは独自の ID（Run as）で実行されるので、設定した人ではなくその ID に権限が必要です。',
  // Cilium の cilium.l7policy フィルター（英語版の出典を参照）。
  cilium:
    '宛先を選択する CiliumNetworkPolicy（または CiliumClusterwideNetworkPolicy）に HTTP ルールがあり、どのルールもこのリクエストを許可していません。toPorts.rules.http のエントリが、許可するメソッド、パス（パス全体に対する正規表現）、ヘッダーを挙げています。hubble observe --to-pod <namespace>/<pod> --protocol http --verdict DROPPED で、Cilium から見た拒否されたリクエストがわかります。そのメソッドとパスをルールと比べてください（curl -I は GET ではなく HEAD を送ります）。',
  // Azure Storage の AuthorizationPermissionMismatch（英語版の出典を参照）。
  'azure-storage':
    '呼び出し元に、アカウントかコンテナーでの Storage のデータロールを割り当ててください（読み取りは Storage Blob Data Reader、書き込みは Storage Blob Data Contributor。Queue と Table には別のロールがあります）。アカウントの所有者や共同作成者はアカウントの管理用で、データへのアクセスは許しません。新しいロールの割り当てが効くまで数分かかることがあります。',
  openai:
    'OpenAI はキーを受け入れ、そのキーのプロジェクトにこのモデルの利用が許されていません。そのプロジェクトにモデルを許可する（platform.openai.com → プロジェクトの設定 → Limits のモデル利用）か、モデルを使えるプロジェクトのキーを使ってください。モデル名も確かめます。組織がまったく使えないモデルにも OpenAI は同じ答えを返します。',
  anthropic:
    'Anthropic は資格情報を受け入れたうえで、このリソースへの利用を拒否しました。Claude Console で API キーの属するワークスペースと、組織がそのキーに許している内容（Settings → Workspaces、API keys）、要求したモデルや機能がこの組織で使えるかを確認してください。Claude のサインインで得たトークン（Claude Code の /login）には独自の権限があります。権限のあるアカウントでサインインし直すか、API キーを使います。',
  'azure-ai-services':
    '呼び出したプリンシパル（メッセージが示すもの。なければクライアントが Entra ID のトークンを送った ID: az account show のサインイン中のユーザー、アプリのマネージド ID）に、リソース上でそのデータアクションを許すロールを割り当ててください（Foundry または Azure OpenAI のリソースやそのプロジェクトのアクセス制御 (IAM)）。Foundry のプロジェクトやエージェントには Azure AI User、Azure OpenAI のデプロイの呼び出しには Cognitive Services OpenAI User です。所有者や共同作成者はリソースを管理するロールで、データアクションは許しません。新しいロールの割り当ては反映まで数分かかることがあります（ロールの一覧は aka.ms/FoundryPermissions）。',
  'aws-bedrock':
    'Amazon Bedrock はこのアカウントのこのリージョンでのモデル利用を拒否しました。クライアントが呼ぶリージョンでそのモデルが提供されているか（または推論プロファイル経由で呼ぶか）、アクセスが許可されているか（Bedrock コンソールのモデルアクセス。サードパーティーのモデルは初回利用時に AWS Marketplace で購読され、aws-marketplace:Subscribe と aws-marketplace:ViewSubscriptions が必要です。Anthropic のモデルには一度だけのユースケースの申請があります）を確認してください。アクセスが許可済みなら、呼び出し元の IAM ポリシーがそのモデルに bedrock:InvokeModel を許しているか確認します。',
  'hugging-face':
    'トークンの属するアカウント（huggingface-cli whoami で確認できます）でサインインした状態で、モデルのページ（メッセージの URL）からアクセスを申請してください。すぐ許可されるモデルと、作者の承認を待つモデルがあります。それまで Hub はそのアカウントのどのトークンもこのモデルには拒否します。送るべきはアクセスを許可されたアカウントのトークンです。',
  github:
    'GitHub は資格情報を “denied to” の後に書かれたアカウントとして受け入れましたが、そのアカウントにはリポジトリへの書き込み権限がありません。ワークフローの GITHUB_TOKEN（github-actions[bot]）なら、ワークフローかジョブで permissions: contents: write を指定してください。fine-grained personal access token なら、このリポジトリと Contents: Read and write を与えます。デプロイキーなら、書き込みを許可して追加します。書かれたアカウントが意図したものでなければ、認証情報ヘルパーが保存済みのログインを送っています。それを消し（host=github.com で git credential-osxkeychain erase、または Windows 資格情報マネージャーの github.com の項目）、正しいトークンで push し直してください。',
  'cloud-run':
    'Cloud Run の IAM チェックが呼び出し元を拒否しています。このサービスを呼び出す ID にサービスの roles/run.invoker を付与し（gcloud run services add-iam-policy-binding <service> --member=serviceAccount:<email> --role=roles/run.invoker）、そのサービス向けの ID トークンを送ってください。公開するサービス（トークンを自分で検証する ESPv2 ゲートウェイなど）なら --allow-unauthenticated でデプロイします。ESPv2 の後ろでは、バックエンドのサービスが ESPv2 のサービスアカウントに roles/run.invoker を付与します。',
  // en の strapi と同じ。
  // en の spicedb、aws-verified-permissions、cerbos、opa、ory-keto、openfga、temporal と同じ。
  spicedb:
    'SpiceDB はサブジェクトからパーミッションへの経路を見つけられませんでした。同じチェックを zed permission check <リソース型>:<id> <パーミッション> <サブジェクト型>:<id> --explain で実行するとたどった関係がわかり、zed relationship read <リソース型>:<id> で書かれている関係が見られます。バックエンドがサブジェクトとリソースを書いたときと同じ型と id で指定しているか、直前に書いた関係ならチェックがその書き込みの一貫性（その ZedToken か fully_consistent）を求めているかを確認してください。',
  'aws-verified-permissions':
    'Verified Permissions は permit ポリシーが許可しないものを拒否します。determiningPolicies が空なら、このプリンシパル、アクション、リソースに合うポリシーはありません（エンティティの型と id をポリシーのスコープと、リクエストが渡したエンティティとコンテキストを条件と照らしてください）。そこに forbid ポリシーが挙がっていれば、それがどの permit にも優先します。同じリクエストをポリシーストアのテストベンチで実行し、評価できなかったポリシーは errors で確認してください。',
  cerbos:
    'Cerbos はどのルールも許可しないものを拒否します。リクエストが送った kind と policyVersion（とスコープ）のリソースポリシー、プリンシパルのロールとルールが要る派生ロール、条件が読む属性を確認してください。リクエストに "includeMeta": true を付けると一致したポリシーが返り、cerbosCallId で判定ログ（cerbos ctl decisions）から呼び出しを探せます。',
  opa: 'Open Policy Agent の、判定のパスにあるポリシーが拒否を返しました。エントリーの input（decision_id で判定ログから探せます）を取り出し、opa eval --data <ポリシーファイル> --input input.json "data.<path>"（または Rego Playground）で再現すると、成り立たなかったルールがわかります。そのうえで、サービスが送る input（トークンのクレーム、ヘッダー、パス）かルールを直してください。',
  'ory-keto':
    'Keto は、サブジェクトにそのオブジェクトの関係を与える関係タプルを見つけられませんでした。同じチェックを keto check <subject> <relation> <namespace> <object> で実行し、keto expand <relation> <namespace> <object> で誰が持っているかを確認してください。バックエンドが書き込みと問い合わせで同じネームスペース、オブジェクト、サブジェクトの id を使っているか（グループ経由のアクセスなら、ユーザーではなく Group:admins#members のようなサブジェクトセット）も確認します。',
  openfga:
    'OpenFGA のアクセス制御が拒否したのは、エンドユーザーではなく OpenFGA を呼んだクライアントです。アクセス制御用のストアで、クライアントのプリンシパル（OIDC のクライアント ID）にそのメソッドが要る関係をこのストアかシステムに対して与えるか、それを持つクライアントで呼んでください。',
  temporal:
    'Temporal は「Request unauthorized.」を、クレームマッパーが呼び出し元のトークンを拒否したとき（期限切れ、サーバーが読み込んでいない鍵の署名、別のオーディエンス）にも、オーソライザーが呼び出しにロールを見つけなかったときにも返します。どちらかはフロントエンドのログの「Authorization error」の行でわかります。既定の JWT クレームマッパーでは、トークンの permissions クレームがネームスペースを許可している必要があります（<namespace>:read、:write、:admin。クラスターの呼び出しは temporal-system:admin）。Temporal Cloud では API キーのユーザーかサービスアカウントにネームスペースのロールを与えてください（Namespaces → そのネームスペース → Permissions）。',
  strapi:
    'Strapi の管理画面の Settings → Users & Permissions plugin → Roles で、呼び出し元のロールにその操作（find、findOne、create など）を許可してください。JWT を付けていないリクエストは Public、付けていれば Authenticated かユーザー自身のロールです（公開するつもりのないルートなら、ユーザーの JWT を Authorization: Bearer で送ります）。API トークンの権限は Settings → API Tokens の種類（read-only、full access、custom）で決まります。',
  // en の harbor と同じ。
  harbor:
    'Harbor は、見えたアカウントにそのプロジェクトでその操作が許されていないときにこの 401 を返します。まずログインが届いているかを確かめてください（イメージ参照と同じホスト名とポートで docker login <harbor host>。資格情報ヘルパーが失敗すると何も送られず、Harbor には匿名の呼び出し元に見えます）。次に、プロジェクトの Members か Robot Accounts で、ユーザーにその操作を許すロール（push には Developer 以上）を、ロボットアカウント（robot$…）にはこのプロジェクトのリポジトリへのその権限を与えてください。プロジェクトは存在している必要があります（イメージパスの最初の部分がその名前です）。',
  postgrest:
    'PostgREST がリクエストを実行したロール（JWT の role クレーム。トークンがなければ anon、Supabase のサインイン済みユーザーなら authenticated、ほかに service_role）に、メッセージにあるテーブル、スキーマ、関数への権限を PostgreSQL が与えていません。そのロールに権限を付与し（GRANT USAGE ON SCHEMA <schema> TO authenticated; GRANT SELECT, INSERT, UPDATE, DELETE ON <table> TO authenticated）、リクエストが anon キーだけでなくユーザーのトークンを送っているか確認してください。行レベルセキュリティは権限の後に評価され、SELECT のポリシーはエラーを出さずに行を隠します。',
  kubernetes:
    'Kubernetes の認可（多くのクラスターでは RBAC）が拒否しています。このユーザーかサービスアカウントに結び付いた Role や ClusterRole に、このリソースへのその動詞を許すものがありません（RBAC に拒否ルールはありません）。メッセージにある名前で "kubectl auth can-i <verb> <resource> -n <namespace> --as=<user>" を実行して確かめ、API サーバーの監査ログでこのリクエストの authorization.k8s.io/decision と authorization.k8s.io/reason を読んでください。',
  elasticsearch:
    'Elasticsearch のセキュリティ機能が、メッセージにあるアクションを拒否しています。メッセージにあるユーザーのロールに、そのインデックスへのそのアクションの権限があるかを確認してください（"GET /_security/user/<name>"、またはそのユーザーで "GET /_security/user/_privileges"。API キーならそのキー自身のロール記述子 "GET /_security/api_key?id=<id>"）。監査ログが有効なら（xpack.security.audit.enabled）、拒否はユーザーのロール、アクション、インデックス付きの access_denied イベントとして記録されます。',
  vault:
    'Vault のポリシーが拒否しています。トークンのポリシーがそのパスで何を許しているかを確認してください（"vault token capabilities <path>" が deny ならどのポリシーも許していません。ポリシーの一覧は "vault token lookup"）。監査デバイスが有効なら、Vault の監査ログにこのリクエストと permission denied の応答が記録されています。',
  'node-vault':
    'node-vault は Vault のエラーの最初の1つしか見せません。Vault は知らないトークン（失効、TTL 切れ、打ち間違い、クライアントが送っているのが別のトークン）に permission denied を invalid token より先に返します。まずトークンを確かめてください: クライアントが送るトークンで "vault token lookup"（エラーなら Vault はそのトークンを知りません。ログインし直してください）。次に "vault token capabilities <token> <path>"（deny ならどのポリシーもそのパスを許していません）。',
  kong: 'Kong の ACL プラグインがコンシューマーを拒否しています。認証情報に対応するコンシューマーの ACL グループ（Admin API の "GET /consumers/<consumer>/acls"）を、このサービスかルートのプラグインの allow / deny リストと比べてください。コンシューマーグループへの所属は include_consumer_groups: true のときだけ数えられます。',
  'azure-resource-manager':
    'Azure RBAC が拒否しています。メッセージにあるクライアントのそのスコープでのロール割り当てに、メッセージにあるアクションを含むロールがあるかを確認してください（"az role assignment list --assignee <object id> --scope <scope> --include-inherited"）。数分前に割り当てたロールはまだ効いていないことがあります。Azure Resource Manager が割り当てをキャッシュするためで、サインインし直すとトークンが更新されます。',
  argocd:
    'Argo CD の RBAC が、メッセージにあるサブジェクトに対して、メッセージにあるオブジェクト（リソース、アクション、プロジェクト/アプリケーション）への操作を拒否しています。argocd admin settings rbac can <subject> <action> <resource> <project>/<application> で、ConfigMap argocd-rbac-cm の policy.csv と policy.default に照らして確認してください。proj:<project>:<role> というサブジェクトはプロジェクトロールで、そのポリシーはプロジェクト側にあります（argocd proj role get <project> <role> で確認し、argocd proj role add-policy で付与します）。',
  firestore:
    'Firestore が拒否しています。モバイルやウェブのクライアント（FirebaseError、Android の Status{code=PERMISSION_DENIED…}）からなら、判断したのはセキュリティルールです。Firebase コンソール（Firestore → ルール → ルール プレイグラウンド）で、そのドキュメントのパスへのこの読み取りか書き込みを、このユーザー（その uid）または未認証としてシミュレートし、そのパスに当たるルールを直してください。サインイン前は request.auth が null です。サーバー用ライブラリ（Admin SDK や Google Cloud のクライアントライブラリ。Node では "7 PERMISSION_DENIED"）からなら、ルールは適用されず IAM が判断しています。実行しているサービスアカウントに、プロジェクトで Firestore のロール（Cloud Datastore ユーザー、roles/datastore.user）を付与してください。',
  'google-api': GCP_IAM_DENIAL,
  gcloud: GCP_IAM_DENIAL,
  'google-cloud-audit': GCP_IAM_DENIAL,
  telegram:
    'Telegram はボットトークンを受け付けたうえで、このチャットがボットを拒否しています。ユーザーがボットをブロックしたか一度も Start を押していない、ボットがグループやチャンネルから削除された、またはアカウントが削除された、のいずれかです。トークンやボットの設定では変わりません。ユーザーがボットを再び開始するか、ボットがチャットに戻されるまで、この chat_id への送信をやめてください（こちら側で無効として記録します）。',
  clickup:
    'ClickUp はトークンを受け付けたうえで、指定した Workspace（team）がこのトークンで認可されていません。OAuth フローをやり直してユーザーにこの Workspace を選んでもらうか、その Workspace に属するユーザーのトークンを使ってください。URL の team、space、list の ID も確かめてください（別の Workspace の ID にも同じ応答が返ります）。',
  discord:
    'ボットがそのギルドのメンバーであること（bot スコープ付きの OAuth2 URL で招待）と、そのロールがチャンネルに View Channel（と Read Message History）を持つことを確かめてください。ボットから見えないリソースには Discord は 50001 Missing Access を返します。',
  quickbooks:
    'URL の realmId がこのトークンを認可した会社であること、アプリが com.intuit.quickbooks.accounting スコープを求めていることを確かめてください。違えば、その会社にアプリを接続し直してください。',
  airtable:
    'パーソナルアクセストークンに呼び出しに必要なスコープ（data.records:read または write、schema.bases:read）とこのベースへのアクセスを与え、URL のベース ID とテーブル名または ID を確かめてください。存在しないベースやテーブルにも Airtable は同じ応答を返します。',
  xero: 'xero-tenant-id には、このトークンが接続しているテナント（GET https://api.xero.com/connections で一覧できます）を送り、ユーザーの接続時にその API のスコープ（projects、payroll など）を求めてください。',
  'x-api':
    'X の開発者ポータルで Project に属するアプリの、このエンドポイントを含むアクセスレベル（Free、Basic、Pro など）のキーとトークンを使ってください。単独のアプリのキーや、そのエンドポイントを含まないレベルでは client-not-enrolled になります。',
  // en の同じ項目と同じ出典。
  wordpress:
    'WordPress はユーザーを認証しましたが、そのユーザーのロールにこのエンドポイントが確かめる権限（投稿の作成なら edit_posts、ユーザー一覧なら list_users、設定なら manage_options）がありません。その権限を持つロールをユーザーに与えるか（ユーザー → 対象ユーザー → 権限グループ）、権限を持つユーザーで呼び出してください。',
  woocommerce:
    'WooCommerce はキーを認証しましたが、この操作は許されていません。キーの権限（WooCommerce → 設定 → 高度な設定 → REST API → そのキー：読み取り、書き込み、読み取り/書き込み）とそのユーザーの権限（管理者やショップマネージャー）で決まります。キーを読み取り/書き込みにするか、権限を持つユーザーのキーを新しく作ってください。',
  magento:
    'Magento は呼び出し元を認証しましたが、ACL が示されたリソースを許可していません。インテグレーションなら System → Extensions → Integrations → そのインテグレーション → API でそのリソース（または All）を許可し、インテグレーションを再度有効化してください。管理者トークン（POST /V1/integration/admin/token）なら、その管理ユーザーのロール（System → Permissions → User Roles → Role Resources）です。2.4.4 以降、インテグレーションのアクセストークンを Bearer として受け付けるのは Stores → Configuration → Services → OAuth → Consumer Settings → Allow OAuth Access Tokens to be used as standalone Bearer tokens が Yes のときだけで、そうでなければ OAuth 1.0a で署名してください。',
};

/** en/findings.ts の CMS_TOKEN_REFUSED と同じ（出典は en 側）。 */
const CMS_TOKEN_REFUSED: Readonly<Record<string, string>> = {
  // en の同じ項目と同じ出典（round audit-an）。
  convex:
    'Convex はクライアントが設定した JWT（setAuth、ConvexProviderWithAuth）を、設定と照合できないか検証できませんでした。iss は convex/auth.config.ts のプロバイダーの domain と、aud はそのプロバイダーの applicationID と一致し、その設定がデプロイされている必要があります（変更後に npx convex dev か npx convex deploy）。さらに発行者の公開鍵で検証でき、期限切れでないことが必要です。Clerk なら、トークンは convex という名前の JWT テンプレートから取得します（getToken({ template: "convex" })。aud は convex）。Convex Auth なら、プロバイダーは CONVEX_SITE_URL、applicationID は convex です。',
  strapi:
    'Strapi は Authorization の JWT を検証できませんでした。受け付けるのは users-permissions プラグインが発行した jwt（POST /api/auth/local、v4 より前は /auth/local）で、JWT_SECRET で署名され期限内のもの（プラグインの jwt.expiresIn）か、Strapi の API トークンだけです。クライアントが送る値を確認してください。プレースホルダー（Bearer undefined、Bearer null）や別の Strapi インスタンスのトークンも同じく拒否されます。/auth/local のような公開ルートでも同じなので、そこでは Authorization を付けずに送ってください。',
  directus:
    'Directus がトークンを拒否しました。ログインし直すか（POST /auth/login）、更新して（POST /auth/refresh）、新しいアクセストークンをクライアントが送っているか確認してください。Directus のアクセストークンの有効期間は ACCESS_TOKEN_TTL（既定は15分）です。',
  'directus-credentials':
    'Directus はトークンを認識しませんでした。受け付けるのは Directus 自身の JWT（/auth/login で取得し SECRET で署名されたもの。別インスタンスや別の発行元のトークンは失敗します）か、有効なユーザーに設定した静的トークン（ユーザーディレクトリ → ユーザー → Token）です。Bearer の後ろの値がそのどちらかで、欠けていないこと、ユーザーが有効であることを確認してください。',
  // en の同じ項目と同じ出典。
  woocommerce:
    'WooCommerce はコンシューマーキーを受け付けませんでした。このストアのキーの組（WooCommerce → 設定 → 高度な設定 → REST API の ck_… コンシューマーキーと cs_… シークレット。キーの説明やユーザーではありません）を、HTTPS 上の HTTP Basic で送るか、サーバーが Authorization ヘッダーを落とすなら consumer_key と consumer_secret のクエリパラメーターで送ってください。http:// では OAuth 1.0a 署名しか受け付けません。失効したキーや別サイト（ステージング、復元したコピー）で作ったキーはこのストアの表にないので、新しく作ってください。',
  contentful:
    'Contentful はこの API 用のトークンを見つけられませんでした。API ごとに受け付けるトークンが違います。Content Delivery API（cdn.contentful.com）はスペースの API キーの Delivery トークン、Preview API（preview.contentful.com）はその Preview トークン、Content Management API（api.contentful.com：contentful-management.js、contentful-export / import、CLI）はパーソナルアクセストークン（CFPAT-…、Settings → CMA tokens）かアプリのトークンだけです。クライアントが呼ぶホスト（createClient の host）とトークンの種類が合っているか、トークンがスペースの Settings → API keys にまだあるかを確認してください。',
  sanity:
    'Sanity にはこのトークンのセッションがありません。削除された、別プロジェクトのもの（“Session does not match project host”）、あるいはスタジオのログイン Cookie が切れています。このプロジェクトの API トークンを作り（sanity.io/manage → プロジェクト → API → Tokens。書き込むなら Editor などクライアントに必要なロールで）、このプロジェクトの projectId と dataset とともにクライアントの token に設定してください。スタジオの利用者はログインし直してください。',
  ghost:
    'Ghost は Admin API の JWT を受け付けませんでした。この JWT は呼び出し側がカスタムインテグレーションの Admin API キー（Ghost Admin → Settings → Integrations）で自ら署名します。キーをコロンで分け、id をヘッダーの kid に、secret は 16 進数なのでバイト列に戻してから HS256 で署名します。aud は "/admin/"（v2、v3 の URL なら "/v2/admin/"、"/v3/admin/"）、iat は現在、exp はその5分以内です。"Authorization: Ghost <token>" で送り、リクエストごとに作り直してください。',
};
/** en/findings.ts の OPAQUE_ISSUER_STEP と同じ（出典は en 側）。 */
const OPAQUE_ISSUER_STEP: Readonly<Record<'zitadel' | 'auth0' | 'other', string>> = {
  zitadel:
    'ZITADEL は、設定を変えない限り不透明な（Bearer）アクセストークンを発行します。ZITADEL コンソールでクライアントがサインインするアプリケーションを開き、Auth Token Type を JWT にして（API では accessTokenType）、サインインし直してください。または、API が JWT を検証する代わりに ZITADEL のイントロスペクションエンドポイントでトークンを確認するようにしてください。',
  auth0:
    'Auth0 は、要求が API を指定していないと、/userinfo にしか使えない不透明なアクセストークンを発行します。authorize またはトークンの要求の audience パラメーターに API の識別子を指定して、サインインし直してください。',
  other:
    'JWT のアクセストークンを要求するか（Auth0 なら API の audience を指定、Okta ならカスタム認可サーバーを使用）、API をトークンイントロスペクションに対応させてください。',
};
/** en/findings.ts の GOOGLE_TOKEN_TYPE_UNSUPPORTED と同じ（出典は en 側）。 */
const GOOGLE_TOKEN_TYPE_UNSUPPORTED =
  'Google は認証情報を読んだうえで、この API はその種類を受け付けないと言っています（ACCESS_TOKEN_TYPE_UNSUPPORTED）。同じ種類のものを取り直しても同じく失敗します。Google の OAuth 2.0 アクセストークン（gcloud auth print-access-token、またはアプリケーションのデフォルト認証情報: gcloud auth application-default login かコードを実行するサービスアカウント）を送ってください。ID トークン（print-identity-token）、Bearer として送った API キー、別の発行元のトークン（Firebase の ID トークン、Workload / Workforce Identity 連携で交換していない外部 IdP のトークン）は受け付けられません。gcloud 自体なら gcloud auth login でサインインし直し、どのアカウントと認証情報を使っているかを gcloud auth list で確認してください。';
/** en/findings.ts の GOOGLE_CREDENTIAL_REFUSED と同じ（出典は en 側）。Google のアクセストークンは中身を読めない形式です。 */
const GOOGLE_CREDENTIAL_REFUSED =
  'Google が認証情報そのものを拒否しています。Google の API が受け付けるのは OAuth 2.0 のアクセストークンで、数時間以内（通常は1時間）に期限が切れます。新しいトークンを取得してください。gcloud CLI 自体は "gcloud auth login" でサインインし直し、スクリプトは "gcloud auth print-access-token" で取得します。クライアントライブラリには、一度保存したトークンを使い続けさせずに、アプリケーションのデフォルト認証情報（"gcloud auth application-default login"、またはコードを実行するサービスアカウント）で更新させてください。ID トークン（"gcloud auth print-identity-token"）や失効した認証情報も同じように拒否されます。';

/** en/findings.ts の SALESFORCE_SESSION_REFUSED と同じ（出典は en 側）。Salesforce のアクセストークンはセッション ID です。 */
/** SharePoint Online がベアラートークンを拒否した場合の手順、error_description ごと（出典は en/findings.ts）。 */
function sharepointTokenRefused(description: string | null): string {
  if (description === 'Invalid issuer or signature.')
    return 'Microsoft Graph 向けではなく SharePoint 向けにトークンを取得してください。サイトを所有するテナントから、resource https://<tenant>.sharepoint.com（v1 エンドポイント）またはスコープ https://<tenant>.sharepoint.com/.default（v2）です。トークンの aud はその SharePoint のホスト（または 00000003-0000-0ff1-ce00-000000000000）でなければならず、Graph のトークン（aud https://graph.microsoft.com）はここでは拒否されます。';
  if (description === 'Unsupported app only token')
    return 'SharePoint が Entra ID のアプリ専用トークンを受け付けるのは、アプリが証明書で認証した場合だけです。アプリ登録に証明書をアップロードし（証明書とシークレット）、クライアントシークレットの代わりにその証明書で署名したクライアントアサーションでトークンを取得し（PnP の -CertificatePath、MSAL の WithCertificate）、SharePoint のアプリケーションのアクセス許可（Sites.Read.All、Sites.Selected など）を管理者の同意付きで与えてください。';
  return 'SharePoint はこの種類のトークンを受け付けません。アドインの Azure ACS トークン（AppRegNew.aspx のクライアント ID とシークレット）は、テナントが ACS のアプリ専用アクセスをオフにしている（DisableCustomAppAuthentication）か ACS が廃止された場合に拒否されます。アプリ専用の呼び出しには証明書付きの Entra ID アプリ登録を、または https://<tenant>.sharepoint.com 向けの委任トークンを使ってください。';
}

const SALESFORCE_SESSION_REFUSED =
  'Salesforce がセッションを拒否しました。アクセストークンは JWT ではなくセッション ID です。トークンと一緒に返された instance_url（login.salesforce.com ではなく）へ「Authorization: Bearer <access_token>」で送っているか、ヘッダーを落とすリダイレクトを経由していないか（Postman は「Follow Authorization header」をオンにしないと落とします）を確認してください。そうなっていれば、セッションが終わっています（タイムアウト、ログアウトや取り消し、IP 制限）。新しいアクセストークンを取得してください。';

/** en/findings.ts の AZURE_SQL_TOKEN_REFUSED と同じ（出典は en 側）。 */
const AZURE_SQL_TOKEN_REFUSED =
  'Azure SQL は、接続が指定するデータベース（Initial Catalog。指定がなければ master）にトークンのプリンシパルのユーザーを見つけられませんでした。サーバーの Microsoft Entra 管理者としてそのデータベースに接続し、CREATE USER [<ユーザー、グループ、アプリの名前>] FROM EXTERNAL PROVIDER を実行してロールを付与してください（ALTER ROLE db_datareader ADD MEMBER …）。サーバーに Microsoft Entra 管理者が設定されていること、トークンが https://database.windows.net/（スコープ https://database.windows.net/.default）向けに取得されていること（aud がそれであること）を確認してください。';

/** en の TRINO_NO_USER と同じ。 */
const TRINO_NO_USER =
  'Trino はユーザーも資格情報も受け取っていません（“Basic authentication or X-Trino-User must be sent”）。クライアントのユーザーを設定し（X-Trino-User ヘッダー。CLI の --user、trino-python-client の user=、JDBC URL の user）、認証のあるクラスターではその資格情報も送ってください（パスワード認証なら Basic、JWT 認証なら JWT、OAuth 2 ならそのフローのトークン）。';

/** en/findings.ts の PRESIGNED_NAME・presignedDetail・PRESIGNED_STEP と同じ（checks/presigned-expiry.ts）。 */
type PresignedKind = 'rds-iam' | 'sigv4' | 'sigv2' | 'cloudfront';
/** 署名時刻も期間もなく、Expires そのものが期限の URL。 */
const epochExpiry = (kind: PresignedKind) => kind === 'sigv2' || kind === 'cloudfront';
const PRESIGNED_NAME: Record<PresignedKind, string> = {
  'rds-iam': 'RDS の IAM 認証トークン',
  sigv4: '署名付き URL',
  sigv2: '署名付き URL',
  cloudfront: 'CloudFront の署名付き URL',
};
const presignedDetail = (
  kind: PresignedKind,
  exp: number,
  expiresSeconds: number | undefined,
  skew: number,
  f: { iso(t: number): string },
) =>
  expiresSeconds === undefined
    ? `Expires パラメーターは ${exp}（${f.iso(exp)}）で、これが URL 自身の期限（エポック秒）です。JWT の exp と同じく、基準時刻と許容誤差（${skew}秒）で判定しています。${
        kind === 'cloudfront'
          ? 'これは JWT ではなく CloudFront の署名付き URL（既定ポリシー）で、その時刻を過ぎると CloudFront は拒否します。'
          : 'これは JWT ではなく SigV2 の署名付き URL（クエリ文字列認証）で、その時刻を過ぎるとサービスは拒否します。'
      }`
    : `${f.iso(exp - expiresSeconds)}（X-Amz-Date）に${expiresSeconds}秒（X-Amz-Expires）の期限で署名されており、${f.iso(exp)} まで有効でした。JWT の exp と同じく、基準時刻と許容誤差（${skew}秒）で判定しています。${
        kind === 'rds-iam'
          ? 'これは JWT ではなく署名付きリクエスト（aws rds generate-db-auth-token）で、RDS は接続を開くときに確認します。開いている接続は期限が来ても閉じられません。'
          : 'これは JWT ではなく SigV4 の署名付きリクエストで、その時刻を過ぎるとサービスは拒否します。'
      }`;
const PRESIGNED_STEP: Record<PresignedKind, string> = {
  'rds-iam':
    '起動時に一度だけでなく、新しい接続ごとに接続の直前にトークンを生成してください（aws rds generate-db-auth-token、または SDK の RDS 署名）。後から接続を開くプールには、毎回新しく署名するトークンの取得元（パスワードのコールバック、AWS JDBC や Python ラッパーの IAM プラグインなど）が必要です。',
  sigv4:
    '使う直前に URL を署名し直し、X-Amz-Expires を用途に足りる長さにしてください（最大7日。署名した認証情報の有効期間より長くはできず、ロールセッションの認証情報ならその終わりで URL も切れます）。',
  sigv2:
    '使う直前に URL を署名し直し、Expires を用途に足りる先の時刻にしてください。時計の正しいマシンで署名します（Expires は絶対時刻なので、署名側の時計が遅れていると早く切れます）。',
  cloudfront:
    '使う直前に URL を署名し直す（または署名付き Cookie を設定し直す）とき、期限を用途に足りる先の時刻にし、時計の正しいマシンで署名してください。Expires は絶対時刻で、それを過ぎると CloudFront は URL を拒否します。',
};

/** en/findings.ts の GRAPHQL_WS_UNAUTHORIZED・GRAPHQL_WS_BAD_REQUEST と同じ（出典は verifier-messages/services.ts）。 */
const GRAPHQL_WS_UNAUTHORIZED = (reason: string | null) =>
  reason === null
    ? 'graphql-ws がソケットを 4401「Unauthorized」で閉じました。GraphQL over WebSocket プロトコルでは、サーバーが接続を承認する前（connection_ack の前）に subscribe が送られたときの応答です。クライアントが承認を待たなかったか、サーバーが承認しませんでした。connection_init のトークンを拒否するときに 4401 で閉じるサーバーもありますが、この理由は原因を示さないので、ここでは原因を決めつけません。'
    : `graphql-ws がソケットを 4401 とサーバー独自の理由で閉じました: ${q(reason)}。プロトコルでは 4401「Unauthorized」は connection_ack の前の subscribe に使います。独自の理由を付けるサーバーは、connection_init の内容を拒否するためにこのコードを使っています。`;
const GRAPHQL_WS_UNAUTHORIZED_STEP =
  'クライアントが connection_ack を受けてから subscribe を送っているか（graphql-ws の createClient は待ちます。自作のクライアントや、古い subscriptions-transport-ws のプロトコルを話すクライアントは待たないことがあります）、サーバーが connection_init を承認しているか（onConnect が返り、止まっていないか）を確認してください。サーバーが認証情報の拒否に 4401 を使う場合は、connectionParams の、onConnect が読む場所に有効なトークンがあり、再接続でも新しいものになるようソケットを開くときに計算しているか確認してください。';
const GRAPHQL_WS_BAD_REQUEST = (reason: string | null) =>
  `graphql-ws がソケットを 4400${reason === null ? '「Bad request」' : ` ${q(reason)}`}で閉じました。GraphQL over WebSocket プロトコルでは、サーバーが受け付けられないメッセージ（プロトコルにない種類や形式）か、connection_init の処理中に投げられたエラー（その理由がメッセージ）です。理由がそう言わない限り、認証情報は判定されていません。`;
const GRAPHQL_WS_BAD_REQUEST_STEP =
  'クライアントとサーバーが同じサブプロトコルを話しているか確認してください（graphql-ws は graphql-transport-ws。subscriptions-transport-ws の古い graphql-ws プロトコルのメッセージは新しい方では拒否されます）。理由も読んでください。サーバーの onConnect が投げたエラーなら、connection_init の内容についてのサーバー自身の言葉です。';

/** en/findings.ts の GRAPHQL_WS_FORBIDDEN と同じ（出典は verifier-messages/services.ts）。 */
const GRAPHQL_WS_FORBIDDEN =
  'サーバーが connection_init を拒否しました（graphql-ws は onConnect が false を返すと 4403 で閉じます）。クライアントの connectionParams が、その onConnect が読む場所にトークンを入れているか（トップレベルの authorization や token キー。サーバーがそこを見る場合だけ headers の下）、そもそも送られているか（非同期の connectionParams が解決したか、ソケットを開いた時点でトークンがあったか）、トークン自体が有効かを確認してください。';

/** en/findings.ts の SNOWFLAKE_TOKEN_REFUSED と同じ（出典は en 側）。 */
/** en/findings.ts の MCP_TOKEN_REFUSED と同じ（出典は en 側）。 */
const MCP_TOKEN_REFUSED =
  'MCP クライアントが保存しているトークンを消して、サインインし直させてください（mcp-remote: ~/.mcp-auth を削除、Claude Code: /mcp → Clear authentication）。その後、接続し直してください。MCP サーバーを再起動するたびに起きるなら、サーバーのトークンストアが永続化されていません。';

/** en/findings.ts の mcpMetadataRefusal と同じ（出典は en 側）。 */
function mcpMetadataRefusal(url: string): string {
  return `resource_metadata に従うクライアント（MCP クライアント）は、${url} が示す認可サーバーでトークンを更新するかサインインし直し、そのリソース向けのトークンを求めます（RFC 8707: 別のリソース向けに発行されたトークンは拒否されます）。同じ保存済みトークンを送り続けるクライアントは、それを消す必要があります（mcp-remote: ~/.mcp-auth を削除、Claude Code: /mcp → Clear authentication）。`;
}

/** en/findings.ts の MISLABELLED_SCOPE_REFUSAL と同じ。 */
const MISLABELLED_SCOPE_REFUSAL =
  'サーバー（またはゲートウェイ）側では、スコープ不足には invalid_token ではなく error="insufficient_scope"（RFC 6750 §3.1）を返してください。クライアントはエラーコードを読みます。MCP クライアントは insufficient_scope のときだけ示されたスコープを求め、invalid_token では問題のないトークンを捨ててしまいます。';

const SNOWFLAKE_TOKEN_REFUSED =
  "キーペア認証（JWT token is invalid、390144）なら、Snowflake の管理者が SELECT SYSTEM$GET_LOGIN_FAILURE_DETAILS('<角括弧内の UUID>') で失敗したチェックを確認できます。JWT の iss は ACCOUNT.USER.SHA256:<ユーザーに設定した公開鍵のフィンガープリント>、sub は ACCOUNT.USER（アカウント識別子は大文字、リージョンなし、ピリオドはハイフン）で、期限切れでないことが必要です。OAuth アクセストークン（390303）なら、SELECT SYSTEM$VERIFY_EXTERNAL_OAUTH_TOKEN('<トークン>') が問題（セキュリティ統合に対する発行者、オーディエンス、署名鍵、または期限）を示します。";

/** en/findings.ts の VAULT_TOKEN_UNKNOWN と同じ（出典は en 側）。Vault のトークンは JWT ではありません。 */
/** en/findings.ts の SNOWFLAKE_SESSION_EXPIRED と同じ（出典は en 側）。 */
const SNOWFLAKE_SESSION_EXPIRED = {
  title: 'Snowflake のセッションの有効期限が切れています',
  detail:
    'Snowflake によると、コネクターがログイン時に開いたセッションが期限切れか終了しています（390114「Authentication token has expired」、390111「Session no longer exists」）。期限が切れたのはセッショントークンで、ログインに使ったキーペアの JWT、OAuth トークン、パスワードではありません。セッションは維持しなければ4時間で切れるので、それより長くアイドルだった接続（プール、長く使うエンジン）は次のクエリでこれに当たります。',
  steps: [
    '新しい接続を開いてください。ログインし直します（キーペアの JWT は新しく署名され、OAuth トークンはまだ有効である必要があります）。またはプールに接続を確認させてください（SQLAlchemy の pool_pre_ping、4時間未満の pool_recycle）。',
    '何時間も開いたままにする接続には client_session_keep_alive=True（CLIENT_SESSION_KEEP_ALIVE パラメーター）を設定し、期限の前にコネクターがセッションを更新するようにしてください。',
  ],
};

/** en/findings.ts の ES_API_KEY_EXPIRED と同じ（出典は en 側）。 */
const ES_API_KEY_EXPIRED = {
  title: 'Elasticsearch の API キーの有効期限が切れています',
  detail:
    'Elasticsearch によると、リクエストが送った API キーは有効期限を過ぎています（"api key is expired"）。API キーは Elasticsearch が照合する資格情報で、JWT ではありません。リフレッシュはできないので、新しいキーを作成します。',
  steps: [
    '新しい API キーを作成し（POST /_security/api_key、または Kibana の Stack Management → API keys）、その encoded の値を "Authorization: ApiKey <encoded>" で送ってください。',
    'キーを作成するときの expiration を確認してください（GET /_security/api_key?name=<name> で確認できます）。expiration なしで作成したキーは期限切れになりません。キーより長く動くジョブには、長めの期限を付けるか、期限の前に新しいキーを作成してください。',
  ],
};

const VAULT_TOKEN_UNKNOWN =
  'Vault はこのトークンを知りません。失効したか、TTL を過ぎたか、この Vault のトークンではありません（打ち間違い、または別のサーバーのもの。VAULT_ADDR を確認してください）。同じ VAULT_ADDR と VAULT_TOKEN で "vault token lookup" を実行して確かめ、ログインし直して（"vault login"、またはクライアントが使う認証方式）新しいトークンを取得してください。トークンを持ち続けるクライアントは、TTL が切れる前に更新（"vault token renew"）します。';

/** en/findings.ts の CONSUL_NO_TOKEN と同じ（出典は en 側）。Consul のトークンは SecretID で、JWT ではありません。 */
const CONSUL_NO_TOKEN =
  'リクエストにトークンがなかったため、Consul は匿名トークン（anonymous token）で処理しています。CONSUL_HTTP_TOKEN（CLI なら -token フラグ）に、メッセージにある権限をポリシーで許された ACL トークンの SecretID を設定してください。HTTP クライアントは X-Consul-Token ヘッダー（または "Authorization: Bearer <SecretID>"）で送ります。';

/** en/findings.ts の DAPR_NO_TOKEN と同じ（出典は en 側）。 */
const DAPR_NO_TOKEN =
  'Dapr サイドカーは API トークン認証が有効で（DAPR_API_TOKEN か dapr.io/api-token-secret アノテーション）、呼び出しに dapr-api-token がありませんでした。アプリの環境の DAPR_API_TOKEN に同じ値を設定するか（SDK がそれを読み、dapr-api-token ヘッダーか gRPC メタデータで送ります）、サイドカーを直接 HTTP や gRPC で呼ぶならそのヘッダーを自分で付けてください。';

/** en の forgeNoToken と同じ。 */
const forgeNoToken = (product: string) =>
  `${product} はこのリクエストで誰も認証しませんでした。アクセストークン（設定 → アプリケーション → アクセストークン）を "Authorization: token <token>"（または Bearer）で送るか、ユーザー名とともに HTTP Basic のパスワードとして送ってください。${product} が読めないヘッダーや、前段のリバースプロキシが渡さなかったヘッダーでも、リクエストは匿名になります。`;
/** en の cloudNoCredentials と同じ。 */
const cloudNoCredentials = (product: string) =>
  `${product} は読める資格情報を見つけられませんでした。ログイン名とアプリパスワードを HTTP Basic で送ってください（個人設定 → セキュリティ → 新しいアプリパスワードを作成。二要素認証やシングルサインオンではアプリパスワードしか使えません）。クライアントが送っているなら、Web サーバーが PHP に渡す前に Authorization ヘッダーを落としています。Apache と PHP-FPM / CGI なら、${product} 自身の .htaccess のようにヘッダーを渡してください（SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1）。`;

/**
 * 自身の種類の資格情報を受け取る検証器が何も受け取らなかったときの token.missing の手順（en と同じ）。
 */
/** en/findings.ts の dataverseNoError と同じ（同じ出典）。 */
const dataverseNoError = (d: { tenant: string; resource: string | null }, sent: boolean) => {
  const resource = d.resource ?? 'https://<org>.crm.dynamics.com';
  return sent
    ? `Dataverse は受け取ったトークンを受け入れませんでした。テナント ${d.tenant}（チャレンジの authorization_uri）から、${resource} をリソースとしてトークンを取得してください（スコープ ${resource}/.default、サインインしたユーザーなら user_impersonation）。Microsoft Graph や別の環境向けのトークンでは通りません。アプリなら、そのアプリ登録がこの環境のアプリケーションユーザーである必要があります（Power Platform 管理センター → 環境 → 設定 → アプリケーション ユーザー）。`
    : `Dataverse はトークンを受け取っていません。テナント ${d.tenant}（チャレンジの authorization_uri）から、${resource} をリソースとしてトークンを取得し（スコープ ${resource}/.default、サインインしたユーザーなら user_impersonation）、"Authorization: Bearer <token>" で送ってください。`;
};

/** en の WP_JWT_AUTH_SECRET_STEP と同じ。 */
const WP_JWT_AUTH_SECRET_STEP =
  "プラグインの秘密鍵を wp-config.php の「編集が必要なのはここまでです」の行より上で定義してください（wp-settings.php の読み込み後に定義しても間に合いません）：define('JWT_AUTH_SECRET_KEY', '<長いランダムな文字列>'); そのうえで POST /wp-json/jwt-auth/v1/token から新しいトークンを取得してください。鍵を変える前に署名されたトークンは検証に通りません。";

const OWN_CREDENTIAL_MISSING: Readonly<Record<string, string>> = {
  // en の同じ項目と同じ出典（round audit-an）。
  'parse-server':
    'Parse Server は、セッションが必要な呼び出しにセッショントークンを見つけませんでした（209、Session token required）。呼び出しの前にユーザーをログインさせ（Parse.User.logIn）、SDK にセッショントークンを送らせてください（X-Parse-Session-Token）。Parse.User.logOut の後は、ユーザーが必要な呼び出し（Parse.Session.current()、ユーザーを要求する権限のクラス）は次のログインまでこのように失敗します。',
  appwrite:
    'Appwrite はユーザーを特定できませんでした（role: guests）。受け付けるセッション、JWT、API キーのどれもリクエストにありません。ブラウザでは、先にセッションを作り（account.createEmailPasswordSession、または OAuth）、その後で account.get() を呼び、セッション Cookie が Appwrite に届いているか確認してください（サードパーティ Cookie をブロックするブラウザでは落ちます。アプリのドメイン配下のカスタムドメインで Appwrite を配信してください）。サーバー（node-appwrite）では、ユーザーの認証情報をクライアントに渡してください：setSession(<セッションの secret>) か setJWT(<account.createJWT() の JWT>)。API キー（setKey）はユーザーではなくアプリケーションとして動くため、account のエンドポイントは拒否されたままです。',
  dapr: DAPR_NO_TOKEN,
  kratos: KRATOS_NO_SESSION,
  mapbox:
    'Mapbox GL JS にアクセストークンが渡されていません。地図を作る前に、mapboxgl.accessToken（または地図ライブラリの mapboxAccessToken オプション）に Mapbox の Access tokens ページのパブリックトークン（pk.…）を設定してください。ビルド時にない環境変数から読んだトークンは空で届きます。',
  'google-maps':
    'Google Maps Platform に API キーが届いていません。Maps JavaScript API のスクリプト URL に key=<API キー>（ローダーなら apiKey）を、ウェブサービスのリクエストには key= パラメーターを付けてください。キーは、API を有効にし請求先を設定したプロジェクトの「API とサービス」→「認証情報」のものを使います。ビルド時に設定されていない環境変数から読んだキーは空で届きます。',
  'better-auth': BETTER_AUTH_NO_SESSION,
  workos: WORKOS_NO_SESSION_COOKIE,
  supertokens: SUPERTOKENS_NO_SESSION,
  kinde: KINDE_NO_SESSION,
  apicast: CREDENTIAL_STEP['apicast-credentials'],
  // en の同じ項目と同じ出典。
  wordpress:
    'WordPress はこのリクエストでどのユーザーも認証しませんでした。ユーザーのアプリケーションパスワード（ユーザー → プロフィール → アプリケーションパスワード）を、アプリケーション名ではなくユーザーのログイン名とともに HTTPS 上の HTTP Basic で送ってください。Apache で PHP を CGI / FastCGI で動かしていると、.htaccess で渡さない限り Authorization ヘッダーは WordPress に届きません（SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1）。REST API をログインユーザーに限るセキュリティプラグインも同じ応答を返します。',
  woocommerce:
    'WooCommerce はこのリクエストでどのユーザーも認証しませんでした。ストアのコンシューマーキーとシークレット（WooCommerce → 設定 → 高度な設定 → REST API）を HTTPS 上の HTTP Basic で送るか、サーバーが Authorization ヘッダーを落とすなら（Apache で PHP を CGI / FastCGI で動かす場合）consumer_key と consumer_secret のクエリパラメーターで送ってください。http:// では OAuth 1.0a 署名しか受け付けません。キーが認証されているなら、キーの権限（読み取り、書き込み、読み取り/書き込み）とそのユーザーのロールがこの操作を許すか確認してください。',
  'wp-jwt-auth':
    'JWT Authentication for WP REST API プラグインは Authorization ヘッダーを見つけられませんでした。POST /wp-json/jwt-auth/v1/token で得たトークンを "Authorization: Bearer <token>" で送り、Apache ならヘッダーを PHP まで通してください（.htaccess に RewriteCond %{HTTP:Authorization} ^(.*) と RewriteRule ^(.*) - [E=HTTP_AUTHORIZATION:%1]）。',
  // en と同じ出典（round audit-ak）。
  gitea: forgeNoToken('Gitea'),
  forgejo: forgeNoToken('Forgejo'),
  nextcloud: cloudNoCredentials('Nextcloud'),
  owncloud: cloudNoCredentials('ownCloud'),
  grafana:
    'Grafana はこのリクエストで誰も認証しませんでした。サービスアカウントトークン（glsa_…、Administration → Users and access → Service accounts → Add service account token）を Authorization: Bearer <token> で送るか、Basic 認証が有効ならユーザーのログインを HTTP Basic で送ってください。Grafana Cloud のアクセスポリシートークン（glc_…）は Grafana 自身の API が読むものではなく、Grafana の前段のプロキシは Authorization ヘッダーを渡す必要があります。',
  jenkins:
    'Jenkins はリクエストを匿名として扱いました。ユーザー名と API トークン（ユーザーのセキュリティ画面 → API Token → Add new Token）を、毎回のリクエストで最初から HTTP Basic で送ってください（curl -u user:token）。Jenkins は匿名のリクエストに 401 のチャレンジではなく 403 とログインページで応答するため、チャレンジを待つクライアントは資格情報を送りません。',
  portainer:
    'Portainer は読める資格情報を見つけられませんでした。アクセストークン（ptr_…、My account → Access tokens）を X-API-Key ヘッダーで送るか、POST /api/auth で得た JWT を Authorization: Bearer <jwt> で送ってください。',
  // en と同じ出典。
  circleci:
    'CircleCI がジョブに OIDC トークン（$CIRCLE_OIDC_TOKEN、$CIRCLE_OIDC_TOKEN_V2）を渡すのは、ジョブがコンテキストを使うときだけです。ワークフローでジョブにコンテキストを付け（jobs: - deploy: context: <context-name>）、CircleCI server なら発行に対応した 4.4 以降を使ってください。',
  'terraform-aws':
    'AWS プロバイダー（または S3 バックエンド）は認証情報チェーンのどこにも認証情報を見つけられませんでした。環境変数（AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY、または AWS_PROFILE）、共有の config / credentials ファイル、SSO セッション（aws sso login）、Web ID トークンファイル、インスタンスのロールのいずれかを用意してください。HCP Terraform の動的プロバイダー認証情報なら、ワークスペースか変数セットに TFC_AWS_PROVIDER_AUTH=true と TFC_AWS_RUN_ROLE_ARN を設定してください。そうして初めて、実行にワークロード ID トークンと、それで引き受けるロールが渡されます。',
  buildkite:
    'Buildkite が許す有効期間を指定してください。buildkite-agent oidc request-token --lifetime はメッセージが示す最大値（7200秒）までです。トークンは交換に使うだけにし、長いセッションはクラウド側で求めてください（AWS ロールの duration-seconds、最大セッション時間まで）。',
};

/** en/findings.ts の PASTE_REQUEST_AND_CHALLENGE と同じ。 */
/** en/findings.ts の PASTE_SENT_TOKEN と同じ。 */
/** en/findings.ts の FIREBASE_EMULATOR_STEP と同じ。 */
const FIREBASE_EMULATOR_STEP =
  'クライアントが Auth Emulator にサインインしているなら、サーバーも FIREBASE_AUTH_EMULATOR_HOST を同じエミュレーター (例: localhost:9099) にして起動してください。そうでなければ、クライアントを本番のプロジェクトにサインインさせてください。';
const PASTE_SENT_TOKEN =
  '送ったトークンを（署名を伏せて）、応答の WWW-Authenticate ヘッダーとボディと一緒に貼ってください。exp、iss、aud と種類（ID トークンかアクセストークンか）から、検証器が拒否した理由が分かります。';
const PASTE_REQUEST_AND_CHALLENGE =
  'リクエストにトークンが付いていれば、そのリクエストを（トークンの署名を伏せて）、応答の WWW-Authenticate ヘッダーとボディと一緒に貼ってください。';
/** en/findings.ts の PASTE_WHOLE_CHALLENGE と同じ。 */
const PASTE_WHOLE_CHALLENGE =
  'WWW-Authenticate ヘッダー全体とレスポンスのボディを貼り付けてください。貼り付けで切れた部分に error とその説明があるかもしれません。ヘッダーが本当にそこで終わっているなら、ヘッダーを組み立てているサーバーかゲートウェイを直してください。';

/** token.opaque の Google アクセストークンへの手順（出典は en/findings.ts の SEND_GOOGLE_ID_TOKEN）。 */
const SEND_GOOGLE_ID_TOKEN =
  '代わりに、サービスの URL を audience にした ID トークンを送ってください。gcloud auth print-identity-token --audiences=<サービスの URL>（print-access-token が返すのはこの種類のトークンです）、Python なら google.oauth2.id_token.fetch_id_token(request, "<サービスの URL>")、Go なら idtoken.NewClient(ctx, "<サービスの URL>")、Node なら GoogleAuth().getIdTokenClient("<サービスの URL>") で取得できます。';
/** Google のフロントドアの拒否への最初の手順。同じ助言です。 */
const FRONT_DOOR_ID_TOKEN =
  'アクセストークンではなく ID トークンを送ってください。"gcloud auth print-identity-token --audiences=<サービスの URL>" で取得できます（コードでは Python の fetch_id_token(request, url)、Go の idtoken.NewClient(ctx, url)、Node の GoogleAuth().getIdTokenClient(url)）。"gcloud auth print-access-token" が返すのはアクセストークンで、このチェックは拒否します。';
/** クレームを読めなかったときの challenge.invalid-token の手順。 */
const PASTE_TOKEN_TO_CHECK =
  'トークンの exp、iss、aud、kid をこの API が期待する値と照らし合わせてください。署名を伏せてトークンを貼ると、このレポートで確認できます。';
/** 全体が伏せられたトークンへの input.masked の手順。同じ貼り付けを求めます。 */
const PASTE_SIGNATURE_MASKED =
  '署名だけを伏せて（header.payload.***）トークンをもう一度貼ってください。チェックが読むのはヘッダーとクレームで、署名がなければトークンは使えません。';
/** 期限切れの docker login を Amazon ECR が拒否したときの手順（出典は en/findings.ts の ECR_LOGIN_AGAIN）。 */
const ECR_LOGIN_AGAIN =
  'レジストリにもう一度ログインしてください: aws ecr get-login-password --region <リージョン> | docker login --username AWS --password-stdin <アカウント>.dkr.ecr.<リージョン>.amazonaws.com（Amazon ECR Public なら aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws）。push や pull をするユーザー、ホストで実行します。docker login が保存するパスワードは ECR の認可トークンで、有効なのは12時間です。CI のランナーや長く動くホストでは、ジョブの前に毎回ログインし直すか、自分で新しいトークンを取る Amazon ECR の認証情報ヘルパー（docker-credential-ecr-login）を使ってください。';
/** exp が 0 のトークン（出典と理由は en/findings.ts の EXP_ZERO）。 */
const EXP_ZERO = {
  title: 'トークンの exp が 0 です。発行時点ですでに期限切れです（1970年）',
  detail:
    'exp は 0、つまり 1970-01-01T00:00:00Z です。トークンを発行した側が exp に 0 を入れています（「期限なし」のつもりか、値を入れ忘れたもの）。どの検証器もこれをとうに期限切れと読みます。同じコードや設定から発行し直しても、exp は同じになります。',
  step: 'トークンを発行するコードか設定を直してください。exp には未来の時刻（iat にトークンの寿命を足したもの）を入れるか、exp のないトークンを API が受け付けるなら exp を入れないでください。リフレッシュしても exp が 0 のトークンが返るだけです。',
};
/** en/findings.ts の sameAdvice と同じ組: 同じ助言の言い換えは、レポートでは一度だけ示す。 */
export const sameAdvice: readonly (readonly string[])[] = [
  [
    ATTACH_AUTHORIZATION[0] as string,
    ATTACH_DPOP[0] as string,
    LOOK_AT_REQUEST,
    LOOK_AT_CLIENT_REQUEST,
    LOOK_AT_REQUEST_BARE,
    LOOK_FOR_TOKEN,
    PLACEHOLDER_SENT,
  ],
  [ATTACH_AUTHORIZATION[1] as string, PROXIES_FORWARD, PROXIES_FORWARD_IF],
  [PASTE_REQUEST_AND_CHALLENGE, PASTE_WHOLE_CHALLENGE],
  // A bare `Bad credentials` body's step starts with challenge.missing's advice (find which server answered).
  [BAD_CREDENTIALS_BODY_STEP, FIND_ANSWERING_COMPONENT],
  // A denial Envoy or Kong states is both policy.deny's (its product step) and the gateway's (its policy step): one
  // piece of advice, given in policy.deny's product words.
  [
    ENVOY_RBAC_STEP,
    gatewayPolicyStep('Envoy'),
    MESH_DENIAL_STEPS.badCustom,
    MESH_DENIAL_STEPS.consul,
    MESH_DENIAL_STEPS.kuma,
    MESH_DENIAL_STEPS.noAllow,
  ],
  [STATED_DENIAL_STEP.cilium as string, gatewayPolicyStep('Cilium')],
  [STATED_DENIAL_STEP.kong as string, gatewayPolicyStep('Kong')],
  [STATED_DENIAL_STEP['cloud-run'] as string, gatewayPolicyStep('Cloud Run')],
  // Cloud Run に送られた Google のアクセストークン: token.opaque とフロントドアの拒否はどちらも ID トークンを送るよう言います。
  [SEND_GOOGLE_ID_TOKEN, FRONT_DOOR_ID_TOKEN],
  // 全体が伏せられたトークン: どちらも署名だけを伏せたトークンを求めます。
  [PASTE_TOKEN_TO_CHECK, PASTE_SIGNATURE_MASKED],
];

/** 各 MSAL の対話的な呼び出し（出典は en/findings.ts の MSAL_INTERACTIVE_EN）。 */
const MSAL_INTERACTIVE_JA: Readonly<Record<'js' | 'node' | 'net' | 'python' | 'java' | 'android', string>> = {
  node: 'msal-node の acquireTokenSilent からの InteractionRequiredAuthError を捕まえ、同じスコープで、アプリケーションの種類に合った対話的な呼び出しに切り替えてください。PublicClientApplication（デスクトップアプリや CLI）なら openBrowser コールバック付きの acquireTokenInteractive（ブラウザーを開けない環境なら acquireTokenByDeviceCode）、ConfidentialClientApplication（Web アプリ）ならユーザーを getAuthCodeUrl の URL へリダイレクトし、返ってきたコードを acquireTokenByCode で引き換えます。',
  js: 'acquireTokenSilent からの MSAL.js の InteractionRequiredAuthError を捕まえ、同じスコープで acquireTokenRedirect か acquireTokenPopup に切り替えてください。',
  net: 'AcquireTokenSilent からの MsalUiRequiredException を捕まえ、同じスコープで AcquireTokenInteractive に切り替えてください（Web アプリや Web API では、代わりにユーザーをサインインへリダイレクトするか、WWW-Authenticate チャレンジ付きの 401 を返します）。',
  python:
    'acquire_token_silent が None を返したら（acquire_token_silent_with_error ならこのエラーを返したら）、同じスコープで acquire_token_interactive に切り替えてください。Web アプリなら認可コードフロー（initiate_auth_code_flow / acquire_token_by_auth_code_flow）です。',
  java: 'acquireTokenSilently からの MsalInteractionRequiredException を捕まえ、同じスコープで acquireToken(InteractiveRequestParameters) に切り替えてください（Web アプリでは代わりにユーザーをサインインへリダイレクトします）。',
  android:
    'acquireTokenSilent からの MsalUiRequiredException を捕まえ、同じスコープと Activity を指定して acquireToken(AcquireTokenParameters) に切り替え、ユーザーがサインインできるようにしてください。',
};

const byCode: FindingMessages = {
  'input.empty': {
    title: (a) =>
      a.read === undefined
        ? '入力から診断できる情報が見つかりません'
        : a.read === 'authorization'
          ? '貼り付けが Authorization ヘッダーの途中、トークンの前で終わっています'
          : a.read === 'token-request'
            ? '貼られているのはトークンのリクエストで、トークンエンドポイントの応答がありません'
            : a.read === 'header'
              ? 'JWT のヘッダーだけが見つかりました（トークンもペイロードもありません）'
              : `${a.read === 'token' ? 'トークン' : 'ペイロード'}には失敗の原因になるものが見当たりません`,
    detail: (a) =>
      a.read === undefined
        ? 'HTTP ステータス、ヘッダー、トークン、ペイロード、検証器のメッセージのいずれも認識できませんでした。'
        : a.read === 'authorization'
          ? 'ヘッダーの値が Bearer という語の途中で止まっています。その後ろにリクエストが何を載せていたか（トークンか、何もないか）が見えないため、診断できることがありません。'
          : a.read === 'token-request'
            ? 'これはトークンエンドポイントへのリクエスト（OAuth の grant_type）で、API の呼び出しではありません。エンドポイントの応答が貼られていません。トークンが発行されなかった理由は、そのステータスとエラーの本文（invalid_client、invalid_grant など）にあります。'
            : a.read === 'header'
              ? 'JOSE ヘッダー（alg、typ）は読み取れ、alg に問題はありません。失敗の原因になりやすいクレーム（exp、iss、aud、scope）はペイロードにあり、それは貼られていません。'
              : `${a.read === 'token' ? 'トークン' : 'ペイロード'}は読み取れ、クレームと時刻に問題はありません（下に表示）。レスポンス、リクエスト、検証側のメッセージがないと、なぜ失敗したのかはわかりません。`,
    steps: (a) => [
      a.read === 'authorization'
        ? 'Authorization ヘッダー全体を、トークンの署名を伏せて（Authorization: Bearer header.payload.***）、レスポンスのステータス行とヘッダー（curl -i）か検証器のログ行とともに貼り付けてください。'
        : a.read === 'token-request'
          ? 'curl -i でリクエストをもう一度実行し、トークンエンドポイントのステータス行、ヘッダー、応答の本文（error と error_description）を、client_secret とトークンを伏せて貼り付けてください。'
          : a.read === 'header'
            ? 'トークン全体を署名を伏せて（header.payload.***）、またはデコーダーのペイロードをヘッダーと一緒に、レスポンスか検証器のログ行とともに貼り付けてください。'
            : 'レスポンスのステータス行とヘッダー（curl -i か curl -v の出力）、リクエストヘッダー、トークン（伏せ字で構いません）、検証器のログ行のいずれかを貼り付けてください。',
    ],
  },
  'input.live-token': {
    title: () => '有効なトークンがそのまま貼られています（漏洩として扱ってください）',
    detail: (a, f) =>
      `トークンは署名付き（${a.alg}）の完全な形で、${a.expiresInSeconds === null ? '有効期限がありません' : a.expiresInSeconds > 0 ? `あと${f.duration(a.expiresInSeconds)}有効です` : '期限が切れた直後です'}。このメッセージを見た人なら誰でも使えます。`,
    steps: () => [
      'トークンを含むメッセージを削除し、トークンかそのセッションを失効させてください（寿命の短いトークンなら、期限切れを待っても構いません）。',
      '次からは、貼る前に署名を伏せてください（2つ目のドットより後ろを *** に置き換えます）。',
    ],
  },
  'input.cut-payload': {
    title: () => '貼り付けたペイロードの JSON が途中で切れています',
    detail: (a) =>
      `貼り付けは JSON オブジェクトの閉じ括弧の前で終わっています。切れる前まで完全に読めたクレーム（${a.claims.join('、')}）は確認しました。切れた後のクレームは分からないため、欠けているとは報告しません。`,
    steps: () => [
      '切れた後のクレームも確かめるには、ペイロード全体（または署名を伏せたトークン）を貼り付けてください。',
    ],
  },
  'input.masked': {
    title: (a) =>
      a.sample === true
        ? `トークンがドキュメントやテストで使う見本（${a.markers[0] ?? ''}）です`
        : a.what === 'token'
          ? 'トークンが伏せ字になっています'
          : a.what === 'payload'
            ? 'トークンのペイロードが伏せられています'
            : 'トークンの署名が伏せられています',
    detail: (a, f) =>
      a.sample === true
        ? `${q(a.markers[0] ?? '')} はどの発行者のトークンでもありません（JWT はヘッダー eyJ… で始まります）。リクエストがこのまま送ったのなら、クライアントは見本を本物のトークンに置き換えておらず、どの検証側も拒否します。貼り付けのために書き換えたのなら、貼り付けには確認できるトークンがありません。`
        : `${a.markers.length > 0 ? `伏せ字を認識しました（${f.list(a.markers)}）。` : ''}${a.what === 'signature' ? 'ヘッダーとクレームは確認しましたが、署名は確認していません。' : '伏せられた部分を使うチェックは省略しました。'}`,
    steps: (a) =>
      a.sample === true
        ? [
            'リクエストが見本を送っていたのなら、クライアントがトークンをどこから取っているか（既定値、設定例、テストのフィクスチャ、見本のままの環境変数）を確かめ、本物のトークンを渡してください。',
            PASTE_SIGNATURE_MASKED,
          ]
        : a.what === 'signature' || a.notJwt === true
          ? []
          : a.opaque === true
            ? [
                'このトークンは JWT ではありません（eyJ で始まるヘッダーも、ドットで区切った3つの部分もありません）。貼り直すヘッダーやクレームはないので、代わりに先頭の数文字と長さ、またはベンダーの管理画面に出るトークンの ID を教えてください。管理画面で、そのトークンが有効で、この API と環境向けに発行されたものかも確認してください。',
              ]
            : [PASTE_SIGNATURE_MASKED],
  },
  'status.mismatch': {
    title: (a) => `ステータス ${a.status} が証拠の内容と食い違っています`,
    detail: (a) =>
      a.evidenceSays === 'authorization'
        ? `レスポンスは ${a.status} ですが、${a.because} によると呼び出し元の認証は通っており、権限が足りないだけです。本来は 403（認可エラー）にあたります。`
        : `レスポンスは ${a.status} ですが、${a.because} によると認証情報が受け入れられていません。本来は 401（認証エラー）にあたります。`,
    steps: (a) => [
      a.evidenceSays === 'authorization'
        ? '権限の問題として調べてください。insufficient_scope なら、サーバー（またはその手前のゲートウェイ）は本来 403 を返すべきです。'
        : 'トークンの問題として調べてください。トークンが無効・期限切れなら、サーバー（またはその手前のゲートウェイ）は本来 401 を返すべきです。',
    ],
  },
  'status.not-auth': {
    title: (a) =>
      a.proxy !== undefined
        ? 'フォワードプロキシがリクエストを拒否しました（407）: プロキシ自身の認証情報が必要です'
        : `ステータスが 401 / 403 ではなく ${a.status} です`,
    detail: (a) =>
      a.proxy !== undefined
        ? `クライアントと API の間のプロキシ${proxyNamed(a.proxy)}が 407 Proxy Authentication Required を返しました。リクエストは API に届いておらず、Bearer トークンは判定されていません。プロキシが読むのは Authorization ではなく Proxy-Authorization です。`
        : a.graphql === true
          ? `GraphQL サーバーは認証や認可の失敗も ${a.status} で返し、ボディの errors 配列に書きます。${a.status} はリクエストが成功したことを意味しません。errors の内容を診断しています。`
          : a.downstream !== undefined
            ? `サーバーは ${a.status} を返し、そのレスポンスには、サーバー自身が行った呼び出しが受けた ${a.downstream} が（その HTTP クライアントのエラーとして）引用されています。このリクエストの認証は通り、別のサービスへの自身の呼び出しで、その呼び出しが運ぶ資格情報を拒否されて失敗しています。`
            : `${a.status} は、それ自体は認証や認可による拒否ではありません。ほかの証拠はそのまま診断しています。`,
    steps: (a) =>
      a.graphql === true
        ? []
        : [
            a.proxy !== undefined
              ? 'クライアントにプロキシの認証情報を設定するか（curl --proxy-user、HTTPS_PROXY に user:password）、API のホストをプロキシの対象外にしてください（NO_PROXY）。トークンを変える必要はありません。'
              : a.downstream !== undefined
                ? `サーバーが自身の呼び出しで送る資格情報（その HTTP クライアントに設定したトークン、API キー、クライアントシークレットと、このリクエストのトークンを転送しているかどうか）を確認してください。${a.downstream} を受けたのはその呼び出しです。呼び出し先のサービスはサーバーのログに出ています。`
                : a.status >= 500
                  ? 'まずサーバーやゲートウェイのエラーログを確認してください。5xx はサーバー側の障害です。'
                  : a.status >= 200 && a.status < 300
                    ? '2xx は成功です。このレスポンスは失敗ではありません。失敗したレスポンス（ステータス行、ヘッダー、ボディ）か、この応答の後に失敗したならクライアント自身のエラーを貼り付けてください。'
                    : a.noBody === true
                      ? 'レスポンスのボディも貼り付けてください（curl -i ならヘッダーの後に出ます。ブラウザーでは Network タブの Response）。4xx のボディには、たいてい何が拒否されたか（エラーコード、パラメーター、ヘッダー）が書かれています。'
                      : CHECK_REQUEST,
            ...(a.noBody === true ? [CHECK_REQUEST] : []),
          ],
  },
  'authz-header.missing': {
    title: (a) =>
      a.cutBy === 'argument'
        ? a.via !== undefined && hasProductName(a.via)
          ? `${namedThen(a.via)}へのリクエストに Authorization ヘッダーがありません（-H のない "Authorization: …" を curl が URL と見なしました）`
          : 'curl コマンドの "Authorization: …" に -H がなく、URL と見なされて送られていません'
        : a.cutBy !== undefined
          ? 'URL の & で curl コマンドが途切れ、Authorization ヘッダーが送られていません'
          : a.misnamed !== undefined
            ? `トークンが Authorization ではなく ${q(a.misnamed)} で送られています`
            : a.otherCredentials === 'query'
              ? 'トークンが Authorization ヘッダーではなく URL に入っています'
              : a.via !== undefined && hasProductName(a.via)
                ? `${namedThen(a.via)}へのリクエストに Authorization ヘッダーがありません`
                : 'リクエストに Authorization ヘッダーがありません',
    detail: (a) =>
      a.cutBy === 'argument'
        ? 'ヘッダーがコマンドの単独の引数で、前に -H（--header）がありません。curl はこれを取得する2つ目の URL と見なし（「curl: (3) URL rejected: Malformed input to a URL function」）、1つ目の URL へのリクエストはこのヘッダーなしで送られています。サーバーにはトークンが届いていません。'
        : a.cutBy !== undefined
          ? 'URL がクォートされておらず、クエリに & があります。シェルはそこでコマンドを区切り、curl をそれより後ろのオプションなしでバックグラウンド実行します。そのため -H "Authorization: …" は curl に渡らず、リクエストはトークンなしで送られています。'
          : a.misnamed !== undefined
            ? `リクエストは資格情報を ${q(a.misnamed)} という名前のヘッダーで送っています。サーバーは Authorization からしか読まないため（RFC 9110 §11.6.2、RFC 6750 §2.1）、検証器にはトークンが届いていません。`
            : a.preflight === true
              ? `リクエストヘッダーは貼られていますが、その中に Authorization がありません。${PREFLIGHT_NOTE}`
              : a.otherCredentials === 'query'
                ? 'トークンはクエリパラメーター access_token で送られていて、401 はそのトークンについて何も述べていません。多くの検証側は Authorization ヘッダーしか読みません（RFC 6750 はサーバーがこのパラメーターに対応してもよいとしつつ、クライアントは使うべきでないとしています）。'
                : a.api === 'gitlab'
                  ? 'リクエストは GitLab の REST API 宛てで、ヘッダーは貼られていますが、GitLab がトークンを読むヘッダー（Authorization、PRIVATE-TOKEN、JOB-TOKEN）がどれもありません。'
                  : a.challenge === 'basic'
                    ? 'リクエストヘッダーは貼られていますが、その中に Authorization がありません。サーバーのチャレンジ（WWW-Authenticate: Basic）はほかの方式を示していないため、そこに求められているのは Bearer トークンではなく、ユーザー名とパスワードです（RFC 7617。サーバーが発行したトークンをパスワードとして受け付けるものもあります）。'
                    : a.transport === 'websocket'
                      ? 'リクエストヘッダーは貼られていますが、その中に Authorization がありません。これはブラウザーの WebSocket ハンドシェイク（Upgrade: websocket と、ブラウザーが付ける Origin）で、ブラウザーの WebSocket API はこのヘッダーを付けられません。'
                      : `リクエストヘッダーは貼られていますが、その中に Authorization がありません${a.otherCredentials === 'cookie' ? '（Cookie は送られています。この API が Cookie ではなく Bearer トークンを求めていないか確認してください）' : ''}。`,
    steps: (a) =>
      a.transport === 'websocket'
        ? [TRANSPORT_STEP.websocket, WEBSOCKET_ORIGIN]
        : a.api === 'gitlab' && a.cutBy === undefined
          ? [GITLAB_HEADERS]
          : a.challenge === 'basic' && a.cutBy === undefined
            ? [basicCredentials(a.basicClients), ATTACH_AUTHORIZATION[1] as string]
            : a.misnamed !== undefined
              ? [
                  `クライアントでヘッダー名を ${q(a.misnamed)} から Authorization に直してください（Authorization: Bearer <トークン>）。`,
                ]
              : a.cutBy === 'argument'
                ? ['前に -H を付けてから再実行してください: curl -H "Authorization: Bearer <トークン>" "https://…"。']
                : a.cutBy !== undefined
                  ? [
                      'URL をクォートしてから再実行してください: curl "https://…?a=1&b=2" -H "Authorization: Bearer <トークン>"（シングルクォートでもダブルクォートでも構いません）。',
                    ]
                  : a.preflight === true
                    ? LET_PREFLIGHT_THROUGH
                    : a.via !== undefined && OWN_CREDENTIAL_MISSING[a.via] !== undefined
                      ? [OWN_CREDENTIAL_MISSING[a.via] as string, ATTACH_AUTHORIZATION[1] as string]
                      : a.otherCredentials === 'query'
                        ? [
                            '?access_token= ではなく "Authorization: Bearer <トークン>" でトークンを送ってください。',
                            'API が URL からトークンを受け取る必要がある場合（WebSocket、ダウンロードリンクなど）は、検証側で有効にしてください。Spring Security なら BearerTokenResolver の allowUriQueryParameter、ASP.NET Core なら JwtBearerEvents.OnMessageReceived、express-jwt なら getToken です。',
                          ]
                        : ATTACH_AUTHORIZATION,
  },
  'authz-header.scheme': {
    title: (a) =>
      a.api === 'splunk-hec'
        ? a.scheme === null || a.scheme.toLowerCase() === 'splunk'
          ? 'Authorization ヘッダーが "Splunk <token>" の形ではありません'
          : `Authorization のスキームが Splunk ではなく ${q(a.scheme)} です`
        : a.notBearer === true
          ? 'Authorization のスキームが Bearer ではありません'
          : a.scheme === null
            ? 'Authorization ヘッダーにスキームがありません'
            : `Authorization のスキームが Bearer ではなく ${q(a.scheme)} です`,
    detail: (a) =>
      a.api === 'splunk-hec'
        ? `Splunk の HTTP Event Collector はトークンを "Authorization: Splunk <token>" から読み、別の形のヘッダーには 401 "Invalid authorization"（code 3）を返します。${a.headerUnseen === true ? '貼り付けにヘッダーはありませんが、よくあるのは Splunk の接頭辞がないトークンだけのヘッダーです。' : a.scheme === null ? 'このヘッダーにはトークンだけが入っています。' : a.scheme.toLowerCase() === 'splunk' ? '' : `${q(a.scheme)} は別のスキームなので、HEC はトークンを読みません。`}`
        : a.notBearer === true
          ? `検証器${via(a)}は、Authorization ヘッダーの最初の語が Bearer 以外（Token、Basic、JWT、Bearer の綴り違いなど）だと言っています。RFC 6750 では "Authorization: Bearer <token>" の形で送る必要があります。`
          : a.scheme === null
            ? 'ヘッダーにトークンだけが入っています。RFC 6750 では "Authorization: Bearer <token>" の形で送る必要があります。'
            : a.api === 'gitlab'
              ? `GitLab の REST API はトークンを "Authorization: Bearer <token>" か PRIVATE-TOKEN ヘッダーで受け取ります。${q(a.scheme)} は別のスキーム（"token" は GitHub の API の形）なので、GitLab はトークンを読みません。`
              : `Bearer トークンは "Authorization: Bearer <token>" の形で送ります。${q(a.scheme)} は別のスキームなので、検証器は Bearer トークンとして読みません。`,
    steps: (a) => (a.api === 'gitlab' ? [GITLAB_HEADERS] : a.api === 'splunk-hec' ? [HEC_HEADER] : [SEND_EXACTLY]),
  },
  'authz-header.double-prefix': {
    title: (a) =>
      a.form === 'header-name'
        ? 'ヘッダーの値にヘッダー名まで入っています'
        : a.form === 'bearer-colon'
          ? 'スキームが "Bearer:" になっています'
          : 'トークンに "Bearer" が二重に付いています',
    detail: (a) =>
      a.form === 'header-name'
        ? '値が "Authorization:" で始まっているため、サーバーは "Authorization:" をスキームとして読みます。'
        : a.form === 'bearer-colon'
          ? 'Bearer の後ろにコロンがあるため "Bearer:" がスキームになり、どの検証器も受け付けません。'
          : a.form === 'log'
            ? `検証器${via(a)}に渡されたトークンが "Bearer " で始まっています。ヘッダーに Bearer が二重に付いている（"Bearer Bearer <token>"、またはゲートウェイが取り除かなかった小文字の "bearer"）か、ヘッダーを読むコードがスキームを含む値全体をトークンとして渡しています。`
            : `"Bearer Bearer <token>" の形になっています${via(a)}。すでに "Bearer " が付いている値に、クライアントがもう一度付けているため、検証器は "Bearer <token>" をトークンとしてデコードしようとします。`,
    steps: (a) => [
      'クライアントがヘッダーを組み立てている箇所を探し、"Bearer " を1回だけ付けるようにしてください（保存している値にすでに含まれていることがよくあります）。',
      ...(a.form === 'log'
        ? [
            'リクエストのヘッダーに "Bearer " が1回しか付いていない場合は、サーバーのコードがヘッダーの値全体を検証器に渡しています。トークンを解析する前に、スキームを（大文字小文字を区別せずに）取り除いてください。',
          ]
        : []),
    ],
  },
  'authz-header.format': {
    title: (a) =>
      a.problems.length === 1 && a.problems[0] === 'lowercase-scheme'
        ? 'スキームが小文字で書かれています'
        : a.problems.includes('unexpanded-variable')
          ? `トークンの代わりに ${sentVariable(a.variable)} が送られています`
          : 'Authorization ヘッダーの書式が崩れています',
    detail: (a) => {
      const words: Record<AuthzFormatProblem, string> = {
        quotes: 'トークンが引用符で囲まれています。',
        'extra-space': 'トークンの前後か途中に余分な空白があります。',
        'no-space': '"Bearer" とトークンのあいだに空白がないため、検証器は Bearer スキームを読み取れません。',
        'line-break': '値に改行が入っています。',
        'bad-characters': `RFC 6750 の b64token に使えない文字が入っています${a.characters.length > 0 ? `（${a.characters.map((c) => `「${c}」`).join('')}）` : ''}。`,
        'lowercase-scheme':
          '"bearer" が小文字になっています。スキームは大文字・小文字を区別しないので規格上は問題ありませんが、完全一致で比較する検証器もあります。',
        duplicate: 'リクエストに Authorization ヘッダーが複数あります。',
        'unexpanded-variable': {
          shell: `${a.variable} が文字どおりに送られています。変数が置き換えられていません（シェルの引数をシングルクォートで囲むと書いたとおりに渡され、JavaScript でテンプレートリテラルをバッククォートでなく引用符で囲んだ場合も同じです）。`,
          php: `${a.variable} が文字どおりに送られています。PHP が {$…} を置き換えるのはダブルクォートの文字列の中だけで、シングルクォートの文字列では書いたとおりに残ります。`,
          ruby: `${a.variable} が文字どおりに送られています。Ruby が #{…} を展開するのはダブルクォートの文字列の中だけで、シングルクォートの文字列では書いたとおりに残ります。`,
          cmd: `${a.variable} が文字どおりに送られています。%NAME% を展開するのは cmd.exe だけで、PowerShell や POSIX シェルは書いたとおりに渡します。`,
          client: `{{${a.variable ?? 'variable'}}} が文字どおりに送られています。送信時の環境でこの変数に値がありません。`,
        }[variableSyntax(a.variable)],
        'no-credentials':
          'スキームの語（"Bearer"、Django REST framework では "Token"）だけがあり、その後に資格情報がありません。クライアントがトークンを入れた変数が空でした。',
      };
      return a.problems.length === 0
        ? `検証器${via(a)}がヘッダーの書式を拒否しています。`
        : a.problems.map((p) => words[p]).join('');
    },
    steps: (a) =>
      a.problems.length === 1 && a.problems[0] === 'lowercase-scheme'
        ? []
        : a.problems.includes('unexpanded-variable')
          ? variableSyntax(a.variable) !== 'client'
            ? [
                {
                  shell: `変数を置き換えてください。シェルではヘッダーをダブルクォートで囲み（-H "Authorization: Bearer ${a.variable}"）、コマンドを実行する環境で変数が設定されているか確かめます。JavaScript ではヘッダーをバッククォートのテンプレートリテラルで書きます。`,
                  php: `変数を置き換えてください。ヘッダーをダブルクォートで書くか（"Bearer ${a.variable}"）、連結し（'Bearer ' . $token）、変数にトークンが入っているか確かめます。`,
                  ruby: `変数を置き換えてください。ヘッダーをダブルクォートで書き（"Bearer ${a.variable}"）、変数にトークンが入っているか確かめます。`,
                  cmd: `コマンドを実行するシェルの書き方で変数を置き換えてください。PowerShell では $env:${(a.variable ?? '%TOKEN%').slice(1, -1)}、bash では "$${(a.variable ?? '%TOKEN%').slice(1, -1)}" と書きます（%NAME% が使えるのは cmd.exe だけです）。その環境で変数が設定されているかも確かめます。`,
                  client: '',
                }[variableSyntax(a.variable)],
                SEND_EXACTLY,
              ]
            : [
                `${a.variable ?? '変数'} を定義している環境を選ぶか、その値（Current value）を設定するか、値を保存するリクエストを先に実行してから送り直してください。未定義の変数は波括弧つきの名前のまま送られます。`,
                SEND_EXACTLY,
              ]
          : [SEND_EXACTLY],
  },
  'authz-header.url-encoded': {
    title: (a) => (a.double ? 'トークンが二重に URL エンコードされています' : 'トークンが URL エンコードされています'),
    detail: (a, f) =>
      `ヘッダーに ${f.list(a.sequences)} が含まれています。base64url のトークンは URL エンコードせず、そのまま送る必要があります。`,
    steps: () => [
      'ヘッダーを組み立てる箇所から encodeURIComponent などの URL エンコード処理を外してください（URL からトークンをコピーしたときに入り込むことがよくあります）。',
    ],
  },
  'challenge.missing': {
    title: () => '401 なのに WWW-Authenticate がありません',
    detail: (a) =>
      a.appVerifier !== undefined
        ? `RFC 9110 では 401 に必ずチャレンジを付けることになっています。貼られたログではアプリケーション自身の検証ライブラリ（${a.appVerifier}）がトークンを拒否しているので、チャレンジを付けずに応答したのはアプリケーションです。`
        : a.answeredBy !== undefined
          ? `RFC 9110 では 401 に必ずチャレンジを付けることになっています。拒否は ${namedThen(a.answeredBy)}自身の言葉なので、チャレンジを付けずに応答したのは ${namedThen(a.answeredBy)}です。`
          : 'RFC 9110 では 401 に必ずチャレンジを付けることになっています。途中の CDN、ゲートウェイ、プロキシが応答したか、サーバーが仕様どおりに実装されていない可能性があります。',
    steps: (a) =>
      a.answeredBy !== undefined
        ? []
        : [
            a.appVerifier !== undefined
              ? 'アプリケーションが 401 に WWW-Authenticate: Bearer error="invalid_token", error_description="…" を付けて返すようにしてください（RFC 6750 §3）。クライアントや次に調べる人が、トークンが拒否された理由を知ることができます。'
              : FIND_ANSWERING_COMPONENT,
          ],
  },
  'challenge.no-error': {
    title: (a) =>
      a.registry === true
        ? 'レジストリがクライアントにトークンの取得を求めています（トークン認証のチャレンジ）'
        : a.credentialSent
          ? 'サーバーが理由を示さずに拒否しています'
          : 'サーバーに認証情報が届いていません',
    detail: (a) =>
      a.registry === true
        ? 'トークンを持たないリクエストへのコンテナレジストリの応答です（Docker Registry v2 のトークン認証）。チャレンジの realm がトークンサービスで、クライアントはそこから service と scope に対するトークンを取得し、"Authorization: Bearer <token>" を付けて再試行します。この 401 はそのプロトコルの最初の一歩で、失敗そのものではありません。'
        : a.credentialSent
          ? `リクエストにはトークンが付いていたのに、${a.scheme} チャレンジに error がありません。サーバーが理由を伏せている（ASP.NET の IncludeErrorDetails = false など）か、ヘッダーを認識できていません。${a.reasonLogged === true ? '理由は、貼り付けに含まれる検証器自身のメッセージに出ています。' : ''}`
          : `error のない ${a.scheme} チャレンジは、サーバーが認証情報を受け取っていないことを意味します（${a.dpopOnly === true ? 'RFC 9449 §7.1' : 'RFC 6750 §3.1'}）。トークンが送られていないか、途中で削除されています。`,
    steps: (a) => [
      ...(a.resourceMetadata === undefined
        ? []
        : a.resourceMetadataIsServer === true
          ? [
              `チャレンジの resource_metadata は、${a.resourceMetadata} ではなく保護リソースメタデータ（RFC 9728 §3、<サーバーのオリジン>/.well-known/oauth-protected-resource<サーバーのパス>、resource と authorization_servers を持つ JSON）を指すようにしてください。いまの URL は認可サーバーのメタデータで、たどったクライアントは authorization_servers を見つけられず、サインインできません。`,
            ]
          : [
              `チャレンジの resource_metadata が示す保護リソースメタデータ（RFC 9728、${a.resourceMetadata}）を取得してください。authorization_servers がこのリソースのトークンを発行する認可サーバー、resource が要求すべき audience です（MCP クライアントは 401 を受けると resource_metadata をたどってこれを自動で行います）。`,
            ]),
      ...(a.registry === true
        ? [REGISTRY_TOKEN_EXCHANGE, registryLogin(a.registryClient)]
        : a.dataverse !== undefined
          ? [dataverseNoError(a.dataverse, a.credentialSent)]
          : a.reasonLogged === true
            ? []
            : a.credentialSent
              ? ['拒否の理由はレスポンスからは分からないので、サーバーのログを確認してください。']
              : a.dpopOnly === true
                ? ATTACH_DPOP
                : ATTACH_AUTHORIZATION),
    ],
  },
  'challenge.invalid-request': {
    title: (a) =>
      a.closeCode === 4400
        ? 'graphql-ws がソケットを閉じました: 4400 Bad request'
        : refusalTitle(a, (who) => `リクエストの形式が不正だと${who}が返しています`, 'invalid_request'),
    detail: (a) =>
      a.closeCode === 4400
        ? GRAPHQL_WS_BAD_REQUEST(a.description)
        : `${stated(a, 'invalid_request')}${a.description === null ? '' : `（${q(a.description)}）`}。認証情報が重複している、形式が正しくない、またはパラメーターが足りないときに返ります。`,
    steps: (a) => [
      a.closeCode === 4400
        ? GRAPHQL_WS_BAD_REQUEST_STEP
        : a.stsAudience === true
          ? WIF_PROVIDER_STEP
          : 'トークンを1か所だけで（ヘッダーとクエリやボディの両方に入れずに）、正しい形式で送っているか確認してください。',
    ],
  },
  'challenge.invalid-token': {
    title: (a) =>
      a.closeCode === 4401
        ? 'graphql-ws がソケットを閉じました: 4401 Unauthorized'
        : a.via === 'firebase-callable'
          ? 'Firebase の呼び出し可能関数がリクエストのトークンを拒否しています（UNAUTHENTICATED）'
          : a.credential !== undefined
            ? CREDENTIAL_TITLE[a.credential]
            : a.via === 'azure-sql'
              ? 'Azure SQL が Entra トークンでのログインを拒否しています（18456）'
              : a.via !== undefined && REFUSED_CONNECTION.has(a.via)
                ? refusalTitle(a, (who) => `${who}が接続を拒否しています`, 'invalid_token')
                : refusalTitle(a, (who) => `${who}がトークンを拒否しています`, 'invalid_token'),
    detail: (a) =>
      a.closeCode === 4401
        ? GRAPHQL_WS_UNAUTHORIZED(a.description)
        : a.via === 'firebase-callable'
          ? 'Firebase の呼び出し可能関数が UNAUTHENTICATED "Unauthenticated" を返しています。その SDK は、Authorization ヘッダーが "Bearer <ID トークン>" の形でないとき、Firebase Auth の ID トークンが検証に失敗したとき（期限切れ、別プロジェクトのもの、ID トークンではなくアクセストークンやカスタムトークン、"Bearer " の後が空）、また App Check を強制している場合に X-Firebase-AppCheck のトークンが無いか拒否されたときに、関数を実行する前に呼び出しを拒否します。'
          : a.via === 'convex'
            ? 'Convex はクライアントが設定した JWT を拒否しました。Convex はトークンを iss（プロバイダーの domain）と aud（applicationID）で認証設定のプロバイダーに照合し、その発行者の鍵と exp で検証します。「No auth provider found」は照合の失敗、「Could not verify OIDC token claim」は検証の失敗です。'
            : a.credential === undefined
              ? `${
                  a.via === 'azure-sql'
                    ? `${namedThen(a.via)}がログインを拒否しました（エラー 18456「Login failed for user」）`
                    : a.genericReason === true &&
                        a.description === null &&
                        a.via !== undefined &&
                        a.via !== 'response body' &&
                        !isRpcEnvelope(a.via)
                      ? // en と同じ: 製品自身の拒否で、invalid_token はこのカタログの名前です。
                        `${namedThen(a.via)}がトークンを拒否しました（原因を示さない一般的な理由だけ。引用した行）`
                      : `${a.ownWords === true ? 'サーバーがトークンを拒否しました' : stated(a, 'invalid_token')}${a.description !== null ? `（${q(a.description)}）` : a.genericReason === true ? '（原因を示さない一般的な理由だけ。引用した行）' : '（error_description なし）'}`
                }。${
                  a.googleReason === 'access-token-type-unsupported'
                    ? '理由の ACCESS_TOKEN_TYPE_UNSUPPORTED は、認証情報の種類が呼び出した API の受け付けるものではないことを示します。期限切れではなく、トークンの種類の誤りです。'
                    : a.via === 'azure-sql'
                      ? 'トークンは Microsoft Entra ID が発行したものです。Azure SQL は接続が指定するデータベースにそのプリンシパルのユーザーを見つけられませんでした。「The server is not currently configured to accept this token」が続くときは、サーバーに Microsoft Entra 管理者がいないか、トークンが https://database.windows.net/ 向けではありません。'
                      : a.via === 'action-cable' || a.via === 'socket-io'
                        ? 'アプリ自身の接続ハンドラーが接続を拒否しました。読む場所に受け付けられる認証情報がありませんでした（そこに送られていないか、検証できないものでした）。'
                        : a.via === 'ably'
                          ? 'Ably が自分のトークンかキーを判定しました。どの確認に失敗したかはエラーコードが示します。'
                          : a.via === 'sharepoint'
                            ? 'SharePoint はクレームより先にトークンの種類と対象を判定しました。何を拒否したか（別のリソース向けのトークンか、受け付けない種類のトークンか）はその文言が示します。'
                            : a.via === 'oauth2-proxy' && a.description === 'not implemented'
                              ? // en と同じ: 「not implemented」だけなら、試した検証はプロバイダーのものだけで、それは Bearer トークンを検証しません。
                                '試した検証はプロバイダーのものだけで、そのプロバイダーは Bearer トークンを検証しません。代わりに試す --extra-jwt-issuers の組もなかったため、トークンそのものはどの確認でも判定されていません。'
                              : wordsNameCause(a.description)
                                ? 'その文言が原因を示しています。'
                                : '原因はトークンの期限切れ、失効、形式の誤り、署名の不正のいずれかです。'
                }`
              : `${refusedBy(a.credential === 'spring-credentials' || a.via === undefined ? undefined : refuserOf(a.via))}に拒否されました${a.description === null ? '' : `（${q(a.description)}）`}。${CREDENTIAL_DETAIL[a.credential]}`,
    steps: (a) =>
      // SaaS の API は自分のトークンを自分で確かめます: 貼り付けにトークンがあってもなくても、ベンダーから新しいものを。
      a.via === 'line-login'
        ? [lineLoginStep(a.via, 'invalid') as string]
        : saasTokenRefused(a.via) !== null && a.credential === undefined
          ? [saasTokenRefused(a.via) as string]
          : a.credential === undefined && a.tokenUnreadable && a.via !== 'oauth2-proxy'
            ? []
            : [
                a.credential !== undefined
                  ? CREDENTIAL_STEP[a.credential]
                  : a.via === 'firebase-callable'
                    ? FIREBASE_CALLABLE_REFUSED
                    : realtimeTokenRefused(a.via) !== null
                      ? (realtimeTokenRefused(a.via) as string)
                      : a.tokenShown
                        ? 'サーバーに設定された発行元、audience、署名鍵を、ここに示したトークンの iss、aud、kid と比べてください。'
                        : a.googleReason === 'access-token-type-unsupported'
                          ? GOOGLE_TOKEN_TYPE_UNSUPPORTED
                          : a.via === 'google-api' || a.via === 'gcloud'
                            ? GOOGLE_CREDENTIAL_REFUSED
                            : a.via === 'vault'
                              ? VAULT_TOKEN_UNKNOWN
                              : a.via !== undefined && CMS_TOKEN_REFUSED[a.via] !== undefined
                                ? (CMS_TOKEN_REFUSED[
                                    a.via === 'directus' && a.description === 'Invalid user credentials.'
                                      ? 'directus-credentials'
                                      : a.via
                                  ] as string)
                                : a.via !== undefined && IDENTITY_SERVER_TOKEN_REFUSED[a.via] !== undefined
                                  ? (IDENTITY_SERVER_TOKEN_REFUSED[a.via] as string)
                                  : a.via === 'sharepoint'
                                    ? sharepointTokenRefused(a.description)
                                    : a.via === 'salesforce'
                                      ? SALESFORCE_SESSION_REFUSED
                                      : a.via === 'github'
                                        ? GITHUB_TOKEN_REFUSED
                                        : a.via === 'snowflake'
                                          ? SNOWFLAKE_TOKEN_REFUSED
                                          : a.via === 'fastmcp'
                                            ? MCP_TOKEN_REFUSED
                                            : a.via === 'graphql-ws'
                                              ? a.closeCode === 4401
                                                ? GRAPHQL_WS_UNAUTHORIZED_STEP
                                                : GRAPHQL_WS_FORBIDDEN
                                              : a.via === 'azure-sql'
                                                ? AZURE_SQL_TOKEN_REFUSED
                                                : (opaqueKeyRefused(a.via) ??
                                                  saasTokenRefused(a.via) ??
                                                  PASTE_TOKEN_TO_CHECK),
                ...(a.resourceMetadata === undefined || a.via === 'fastmcp'
                  ? []
                  : [mcpMetadataRefusal(a.resourceMetadata)]),
              ],
  },
  'challenge.dpop-proof': {
    title: (a) =>
      a.error === 'use_dpop_nonce'
        ? refusalTitle(a, (who) => `${who}が DPoP の nonce を求めています`, 'use_dpop_nonce', false)
        : refusalTitle(a, (who) => `${who}が DPoP proof を拒否しています`, 'invalid_dpop_proof'),
    detail: (a) =>
      `サーバーの応答は error="${a.error}" です${a.description === null ? '' : `（${q(a.description)}）`}${a.algs === null ? '' : `。受け付ける proof のアルゴリズムは ${a.algs} です`}。${
        a.error === 'use_dpop_nonce'
          ? 'サーバーは DPoP proof に nonce を必須としており、その値を DPoP-Nonce レスポンスヘッダーで返しています。クライアントはその値で1回だけ再試行します。'
          : 'DPoP リクエストヘッダーの proof がない、形式が正しくない、署名が不正、またはこのリクエストやトークンと一致していません。'
      }`,
    steps: (a) =>
      a.error === 'use_dpop_nonce'
        ? [
            'DPoP-Nonce レスポンスヘッダーの値を proof の nonce クレームに入れて1回だけ再試行してください。再試行のたびに新しい nonce が返る場合は、クライアントがこのレスポンスのヘッダーを読んでいるか確認してください。',
          ]
        : [
            'アクセストークンではなく DPoP ヘッダーをデコードし、typ が dpop+jwt、alg が非対称鍵のもの、htm と htu がこのリクエストと一致（htu はクエリとフラグメントを除く）、iat と jti が新しいこと、ath がアクセストークンの SHA-256 であること、jwk のサムプリントがトークンの cnf.jkt と一致することを確認してください。',
          ],
  },
  'challenge.step-up': {
    title: (a) =>
      a.error === 'insufficient_claims'
        ? refusalTitle(
            a,
            (who) => `${who}が、指定したクレームを含む新しいトークンを求めています`,
            'insufficient_claims',
          )
        : refusalTitle(
            a,
            (who) =>
              codeSaid(a)
                ? `${who}が、新しいサインインを求めています`
                : `${who}が、より強い認証か、より新しいサインインを求めています`,
            'insufficient_user_authentication',
          ),
    detail: (a, f) =>
      `${stated(a, a.error)}${a.description === null ? '' : `（${q(a.description)}）`}${a.acrValues === null ? '' : `。求めている認証コンテキストは acr_values=${q(a.acrValues)} です`}${a.maxAge === null ? '' : `。サインインから${a.maxAge}秒以内（max_age）でなければ受け付けません`}${a.tokenAcr === null ? '' : `。トークンの acr は ${q(a.tokenAcr)} です`}${a.authAgeSeconds === null ? '' : `。トークンのサインイン（auth_time）は${f.duration(a.authAgeSeconds)}前です`}。${
        a.error === 'insufficient_claims'
          ? 'これは Entra ID のクレームチャレンジ（条件付きアクセス、継続的アクセス評価）です。トークンがポリシーを満たさなくなったか、セッションが取り消されたため、サーバーはこのトークンの修正ではなく、チャレンジのクレームを含む新しいトークンを求めています。'
          : 'トークン自体は有効ですが、その元になったサインインがこのリクエストには弱すぎるか古すぎます（RFC 9470）。サインインし直す必要があり、トークンを更新するだけでは足りません。'
      }`,
    steps: (a) =>
      a.error === 'insufficient_claims'
        ? [
            a.claims === true
              ? 'チャレンジの claims の値を Base64 デコードし、トークン要求に渡してください（MSAL.NET なら WithClaims、MSAL.js なら claims パラメーター、MSAL Python なら claims_challenge）。claims を渡すと MSAL はキャッシュを使いません。'
              : 'レスポンスの WWW-Authenticate ヘッダー（error="insufficient_claims"）から claims の値を取り出して Base64 デコードし、トークン要求に渡してください（MSAL.NET なら WithClaims、MSAL.js なら claims パラメーター、MSAL Python なら claims_challenge）。',
            'サイレントでの取得が interaction_required で失敗する場合は、同じ claims を付けて対話的にサインインしてもらい（MFA、準拠デバイス、取り消し後の新しいセッションなど）、新しいトークンで呼び出しをやり直してください。',
          ]
        : [
            `${a.acrValues === null && a.maxAge === null ? 'チャレンジの acr_values か max_age を付けて' : `${a.acrValues === null ? '' : `acr_values=${a.acrValues} `}${a.maxAge === null ? '' : `max_age=${a.maxAge} `}を付けて`}、ユーザーを認可エンドポイントにもう一度通し（RFC 9470 §4）、新しいトークンで再試行してください。`,
            '新しいトークンでも同じように拒否される場合は、トークンをデコードし、acr と auth_time のクレームがチャレンジの条件を満たしているか確認してください。認可サーバーが求められた acr に対応していない可能性があります。',
          ],
  },
  'challenge.insufficient-scope': {
    title: (a) =>
      a.githubActor !== undefined
        ? `${a.githubActor === 'integration' ? 'GitHub App（または GITHUB_TOKEN）' : 'Fine-grained トークン'}に${a.githubPermissions?.length ? `権限 ${githubSets(a.githubPermissions)} ` : 'この呼び出しに必要な権限'}がありません`
        : a.scope === null
          ? saidBy(a, 'トークンに必要なスコープがありません', a.description)
          : saidBy(a, `トークンにスコープ ${q(a.scope)} がありません`, null),
    detail: (a) =>
      `${a.mislabelled === 'invalid_token' ? `403 で error="invalid_token" ですが、サーバー自身の文言と scope は権限の不足を示しています（RFC 6750 §3.1 の insufficient_scope）${a.scope === null ? '' : `。scope=${q(a.scope)}`}` : stated(a, 'insufficient_scope', a.scope === null ? '' : `、scope=${q(a.scope)}`)}${a.description === null ? '' : `（${q(a.description)}）`}。トークン自体は受け入れられていますが、この操作に必要な権限が足りません。${
        a.githubActor === undefined
          ? ''
          : a.githubPermissions?.length
            ? `X-Accepted-GitHub-Permissions は、このエンドポイントが受け付ける権限を ${githubSets(a.githubPermissions)} と示しています${a.githubPermissions.length > 1 ? '（いずれか一つで足ります）' : ''}。`
            : 'GitHub App と Fine-grained トークンが持つのは OAuth スコープではなく権限です。'
      }`,
    steps: (a, f) =>
      a.githubActor === 'integration'
        ? [
            `GitHub App の設定（Permissions）で${githubWanted(a.githubPermissions)}を与え、各インストールで変更後の権限を承認してもらってください。ワークフローの GITHUB_TOKEN なら、ワークフローかジョブの permissions: で与えます。インストールトークンの権限は OAuth スコープではなく App の設定で決まります。`,
          ]
        : a.githubActor === 'personal-access-token'
          ? [
              `Fine-grained personal access token を編集し、${githubWanted(a.githubPermissions)}と、このリポジトリまたは組織へのアクセスを与えてください（組織による承認が必要な場合もあります）。OAuth スコープはこのトークンには関係しません。`,
            ]
          : a.via === 'microsoft-graph'
            ? [GRAPH_PRIVILEGES_STEP]
            : a.via === 'google-api'
              ? [GOOGLE_SCOPE_STEP]
              : a.via === 'slack'
                ? [slackScopeStep(a.scope === null ? [] : a.scope.split(' ').filter((s) => s !== ''), f)]
                : [
                    requestScopes(a.scope === null ? [] : a.scope.split(' ').filter((s) => s !== ''), f),
                    ...(a.mislabelled === 'invalid_token' ? [MISLABELLED_SCOPE_REFUSAL] : []),
                  ],
  },
  'challenge.scheme-mismatch': {
    title: (a) => `サーバーは ${a.challenged.join(' / ')} を要求していますが、リクエストは ${a.sent} で送っています`,
    detail: (a, f) =>
      a.tokenSchemes === true
        ? `チャレンジは ${f.list(a.challenged)} ですが、リクエストは ${a.sent} を使っています。どちらも OAuth のアクセストークンの方式なので、応答したのは API 自身で、API が受け付けるのは ${a.sent} ではなく ${f.list(a.challenged)} です（RFC 9449 §7.2: 両方を受け付ける API は両方のチャレンジを返します）。`
        : a.drfToken === true
          ? `チャレンジは Django REST framework の TokenAuthentication のもの（WWW-Authenticate: Token）です。応答したのは API 自身で、"Authorization: Token <key>" しか読まず、${a.sent} のヘッダーは無視します。`
          : `チャレンジは ${f.list(a.challenged)} ですが、リクエストは ${a.sent} を使っています。リクエストが意図とは別の認証レイヤーに届いています。`,
    steps: (a) => [
      a.drfToken === true
        ? DRF_TOKEN_STEP
        : a.tokenSchemes !== true
          ? 'このチャレンジを返しているコンポーネント（Basic 認証をかけたゲートウェイ、IIS や Kerberos のフロントエンドなど）を特定し、そこを通らないようにルーティングするか、そのコンポーネントで認証してください。'
          : a.challenged.some((s) => s.toLowerCase() === 'dpop')
            ? 'DPoP にバインドされたトークンを取得し（トークンリクエストに DPoP proof を付けます）、"Authorization: DPoP <token>" として、リクエストごとに新しい "DPoP: <proof>" ヘッダーを付けて送ってください（RFC 9449）。または、このルートで API が Bearer トークンを受け付けるようにしてください。'
            : 'API の求めるとおり "Authorization: Bearer <token>" として送ってください。トークンが DPoP にバインドされている（cnf.jkt がある）なら、API 側で DPoP を有効にするか（RFC 9449 §7.2）、バインドなしのトークンを取得してください。',
    ],
  },
  'challenge.malformed': {
    title: (a) =>
      a.misnamed !== undefined
        ? `チャレンジが WWW-Authenticate ではなく ${a.misnamed} という名前で届いています`
        : a.product === 'aws-http-api'
          ? 'API Gateway の HTTP API はチャレンジをカンマなしで書きます'
          : a.product === 'azure-storage'
            ? 'Azure Storage はチャレンジをクォートなしの URL とカンマなしで書きます'
            : a.product === 'gin-jwt'
              ? 'gin-jwt はチャレンジの realm をクォートなしで書きます'
              : a.product === 'dataverse'
                ? 'Dataverse はチャレンジの URL をクォートなしで書きます'
                : a.endsPaste === true
                  ? 'WWW-Authenticate ヘッダーが貼り付けの末尾で途切れています'
                  : 'WWW-Authenticate ヘッダーを解析できません',
    detail: (a) =>
      a.misnamed !== undefined
        ? `レスポンスのチャレンジが ${a.misnamed} という名前のヘッダーに入っています。クライアントと RFC 9110 §11.6.1 は WWW-Authenticate を探すため、このヘッダーは読み飛ばされ、チャレンジに応じて動くクライアント（invalid_token で更新するなど）には届きません。値はチャレンジとして読み取り、その内容をこのレポートに示しています。`
        : a.product === 'aws-http-api'
          ? 'JWT オーソライザーはパラメーターを空白で区切ります（RFC 9110 はカンマを求めます）。これは AWS の固定の書式で、失敗の原因ではありません。厳密なクライアントは解析できないことがありますが、内容は読み取って上に示しています。'
          : a.product === 'azure-storage'
            ? 'この Bearer チャレンジ（authorization_uri、resource_id）は Azure Storage の固定の書式で、失敗の原因ではありません。トークンの取得先（テナントの認証機関、リソース https://storage.azure.com）を示しており、そのとおりに読み取っています。'
            : a.product === 'dataverse'
              ? 'この Bearer チャレンジ（authorization_uri と、あれば resource_id）は Dataverse の固定の書式で、失敗の原因ではありません。環境が信頼する Entra ID テナント（authorization_uri の GUID）を示しており、トークンはそのテナントから、環境の URL をリソースとして取得する必要があります。'
              : a.product === 'gin-jwt'
                ? 'gin-jwt（appleboy/gin-jwt）は JWT realm=<Realm> を realm をクォートせずに送るため、空白を含む realm（既定値の gin jwt など）は解析できません（RFC 9110 はクォートを求めます）。これは gin-jwt の固定の書式で、失敗の原因ではありません。JWT という方式名は gin-jwt 独自のラベルで、トークンは TokenHeadName を変えていなければ "Authorization: Bearer <token>" から読みます。'
                : a.reason === NO_CHALLENGE
                  ? 'ヘッダーの値にチャレンジがありません（空か、カンマだけです）。クライアントは認証方式を知ることができません。'
                  : a.endsPaste === true
                    ? `${a.offset}文字目で解析に失敗しました（${challengeReason(a.reason)}）。ヘッダーは貼り付けの末尾で終わっているため、貼り付けの際にそこで切れた可能性があります。その後ろ（error やその説明）はわかりません。読み取れた部分は表示しています。`
                    : `${a.offset}文字目で解析に失敗しました（${challengeReason(a.reason)}）。クライアントがこのチャレンジを無視する可能性があります。読み取れた部分は表示しています。`,
    steps: (a) =>
      a.misnamed !== undefined
        ? [
            `ヘッダー名を付けているサーバーかゲートウェイを直してください。名前は ${a.misnamed} ではなく WWW-Authenticate です。`,
          ]
        : a.product !== undefined
          ? []
          : a.endsPaste === true
            ? [PASTE_WHOLE_CHALLENGE]
            : a.reason === NO_CHALLENGE
              ? [
                  'チャレンジのない WWW-Authenticate を送っているサーバーかゲートウェイを直してください。このヘッダーは先頭に認証方式を書きます（RFC 9110 §11.6.1。例: Bearer realm="api"）。',
                ]
              : [
                  'ヘッダーを組み立てているサーバーかゲートウェイを直してください。パラメーターはカンマで区切り、値はダブルクォートで囲みます。',
                ],
  },
  'token.missing': {
    title: (a) =>
      a.configuredHeader === true
        ? 'ゲートウェイがトークンを読む場所にトークンがありません'
        : a.sent === true
          ? 'トークンが検証器に届いていません'
          : a.unobtained === true
            ? 'クライアントがトークンを取得できていません'
            : a.preflight === true
              ? 'CORS のプリフライトがトークンなしとして拒否されています'
              : a.sender !== undefined || a.aiApi !== undefined
                ? configuredSenderTitle(a)
                : a.client === 'kubectl'
                  ? 'kubectl が送った資格情報を API サーバーが拒否しています'
                  : a.client === 'kubernetes'
                    ? 'Kubernetes の API サーバーが資格情報を拒否しています'
                    : a.client === 'grpc'
                      ? a.grpcReason === 'client-certificate'
                        ? 'gRPC の呼び出しがクライアント証明書のために拒否されています'
                        : a.grpcReason === 'component-credential'
                          ? 'コンポーネントがバックエンドに使う自身の資格情報が拒否されています'
                          : a.grpcReason === 'per-rpc-credentials'
                            ? 'gRPC クライアントが送る資格情報を得られず、呼び出しは送られていません'
                            : 'gRPC の呼び出しが未認証として拒否されています'
                      : a.client === 'gitlab'
                        ? 'GitLab が受け付けるトークンがリクエストにありません'
                        : a.client === 'mcp'
                          ? 'MCP サーバーがクライアントを拒否しました。トークンがないか、受け付けるトークンではありません'
                          : a.client === 'docker-registry'
                            ? a.tokenService === true
                              ? 'レジストリのトークンサービスがクライアントの資格情報を拒否しています'
                              : 'レジストリが受け付けるトークンをクライアントが得られていません'
                            : a.challenge === 'basic'
                              ? 'サーバーは Basic 認証（ユーザー名とパスワード）を求めていて、受け付けられるものが届いていません'
                              : a.orMalformed === true
                                ? 'リクエストに Bearer トークンが見つかりません'
                                : a.codeSetsHeader === true && a.codeScheme === 'basic'
                                  ? 'クライアントのコードは Basic 認証の資格情報を送っていますが、実際に送られた値は貼り付けにありません'
                                  : a.codeSetsHeader === true
                                    ? 'クライアントのコードはトークンを設定していますが、実際に送られた値は貼り付けにありません'
                                    : a.saidSent === true
                                      ? '貼り付けにはトークンを送ったとありますが、トークンは含まれていません'
                                      : a.framework === 'nestjs'
                                        ? 'NestJS が理由を示さずにリクエストを拒否しています'
                                        : a.framework === 'aspnet-webapi'
                                          ? 'ASP.NET Web API の [Authorize] が認証済みのユーザーを見つけていません'
                                          : a.eitherStated === true
                                            ? a.eitherProduct === 'webex'
                                              ? 'トークンが送られなかったか、送ったトークンを Webex が拒否しました。応答からはどちらか分かりません'
                                              : 'トークンが送られなかったか、送ったトークンが拒否されました。応答からはどちらか分かりません'
                                            : a.requestUnseen === true
                                              ? 'トークンが送られていないか、貼り付けに含まれていません'
                                              : 'トークンが送られていません',
    detail: (a) =>
      a.sender !== undefined || a.aiApi !== undefined
        ? configuredSenderDetail(a)
        : a.client === 'kubectl'
          ? 'kubectl は API サーバーの 401 を報告しています。kubeconfig が渡す資格情報（トークン、exec プラグインのトークン、クライアント証明書）が無い、期限切れ、またはユーザーに対応付けられていません。貼り付けにはそのどれも含まれていません。'
          : a.client === 'grpc'
            ? a.grpcReason === 'client-certificate'
              ? 'gRPC のステータス UNAUTHENTICATED は、接続のクライアント証明書（相互 TLS）が提示されなかったか受け付けられなかったことを示しています。サーバーはクライアントの身元を、呼び出しのメタデータのトークンではなく TLS ハンドシェイクで確かめようとしています。'
              : a.grpcReason === 'per-rpc-credentials'
                ? 'grpc-go は、呼び出しの per-RPC 資格情報（トークンの取得元。OAuth 2.0 クライアント、Google の既定の資格情報、SDK 自身のログイン呼び出し）が送信前にトークンを渡せなかったと言っています。リクエストはサーバーに届いておらず、サーバーは何も拒否していません。「per-RPC creds failed due to error:」の後ろはトークンの取得元自身のエラーで、ID プロバイダーのトークン要求への応答、そこまでのネットワークの失敗、期限切れのどれかです。'
                : a.grpcReason === 'component-credential'
                  ? 'gRPC のステータス UNAUTHENTICATED に、コンポーネント自身が接続先のエンドポイントに使う資格情報が拒否されたという文言が付いています（IBM のブロック CSI ドライバーは、ストレージシステムのユーザー名とパスワードについてこう言います）。失敗したのはコンポーネント自身のバックエンドへのログインで、呼び出しの Bearer トークンではありません。'
                  : a.grpcReason === 'generic'
                    ? 'gRPC ライブラリがステータス UNAUTHENTICATED を報告していますが、付いている理由はサーバー独自の言葉（引用した行）で、ここでは読み取れません。サーバー（またはその前のプロキシ）が呼び出しの資格情報を受け付けませんでした。gRPC の呼び出しは資格情報をメタデータで運び、貼り付けたリクエストにはそれが表れません。送っていない、authorization 以外のキー、"Bearer " の無い値、拒否されたトークン、のいずれかです。'
                    : 'gRPC ライブラリがステータス UNAUTHENTICATED を報告していますが、理由は付いていません。サーバー（またはその前のプロキシ）が呼び出しの資格情報を受け付けませんでした。gRPC の呼び出しは資格情報をメタデータで運び、貼り付けたリクエストにはそれが表れません。送っていない、authorization 以外のキー、"Bearer " の無い値、拒否されたトークン、のいずれかです。'
            : a.client === 'kubernetes'
              ? 'Kubernetes の API サーバーが自身の Status 本文で 401 を返しています。受け取った資格情報をどれも認証できませんでした。多いのは、Pod の ServiceAccount トークンの期限切れかそのアカウントの削除、別の audience 向けのトークン、設定されていない発行元の OIDC トークンです。貼り付けにトークンは含まれていません。'
              : a.challenge === 'basic'
                ? 'サーバーのチャレンジ（WWW-Authenticate: Basic）はほかの方式を示していません。求めているのは Bearer トークンではなく、ユーザー名とパスワードです（RFC 7617。サーバーが発行したトークンをパスワードとして受け付けるものもあります）。クライアントが何も送っていないか、受け付けられないものを送っています。'
                : a.client === 'docker-registry' && a.tokenService === true
                  ? 'レジストリのクライアントがレジストリのトークンサービス（レジストリのチャレンジの realm。Docker Hub では auth.docker.io/token）に送ったトークン要求が 401 で返されたため、レジストリにはトークンが届いていません。サービスが、要求したスコープに対してクライアントが送った資格情報（docker login や helm registry login のもの）を拒否したか、このホストの資格情報が保存されていません。Docker Hub は、アクセストークンに要求された操作の権限がないとき（読み取り専用のトークンでの push）にもこう答えます。'
                  : a.client === 'docker-registry'
                    ? 'レジストリが UNAUTHORIZED "authentication required" を返しています。レジストリのクライアント（docker、crane、skopeo）は、docker login が保存した資格情報でレジストリのトークンサービスからトークンを取得し、それを付けて再試行します。つまり、このやり取りでレジストリが受け付けるトークンが得られませんでした。このホストの資格情報が保存されていない、トークンサービスが資格情報を拒否した、または操作が終わる前にトークンの期限が切れた、のいずれかです。'
                    : a.client === 'mcp'
                      ? 'MCP クライアントがサーバーの拒否を報告しています。サーバーはトークン（OAuth のアクセストークン、または設定された固定トークンや API キー）を求めていて、受け付けるものを受け取っていません。貼り付けにはリクエストもトークンもありません。サーバーへのサインインをせずに接続したクライアントは、トークンを送りません。'
                      : a.client === 'gitlab'
                        ? 'GitLab の REST API が 401 Unauthorized を返しています。GitLab は、トークンを読む場所（PRIVATE-TOKEN、Authorization: Bearer、JOB-TOKEN、クエリの private_token）に何もない場合も、トークンが有効でない場合（期限切れ、取り消し、コピーの誤り、別の GitLab インスタンスで作ったもの）も同じ 401 を返します。デプロイトークンは API では使えません。'
                        : a.placeholder !== undefined
                          ? a.inQuery !== undefined
                            ? `URL の ${a.inQuery} パラメーターのトークンの位置に${a.placeholder === '' ? '何もありません' : ` ${q(a.placeholder)} が入っています`}。クライアントはトークンなしで接続を開きました（未設定の変数か、接続した時点でトークンをまだ取得・保存していなかった）。`
                            : `Authorization ヘッダーのトークンの位置に${a.placeholder === '' ? '何もありません' : ` ${q(a.placeholder)} が入っています`}。クライアントはトークンを送っていません（未設定の変数か、トークン取得の失敗）。`
                          : a.preflight === true
                            ? `失敗したリクエストにはトークンがありません。${PREFLIGHT_NOTE}`
                            : a.unobtained === true
                              ? a.credentials !== undefined
                                ? `${SEEKER[CREDENTIAL_SEEKER[a.credentials]]}${via(a)}は${CREDENTIAL_SEEKER[a.credentials] === 'sdk' ? 'トークン' : '資格情報'}を取得できませんでした。${NO_CREDENTIALS[a.credentials]}。リクエストは送られていません。`
                                : `クライアント${via(a)}は、送るはずのトークンを取得できなかったと報告しています。トークンは送られていません。`
                              : a.configuredHeader === true
                                ? `${a.sent === true ? 'リクエストの Authorization にはトークンが入っていますが、' : ''}ゲートウェイ${via(a)}は API 定義が指定するヘッダー（auth_header_name。変更していなければ Authorization。有効ならクエリパラメーターや Cookie）に、受け取れるトークンを見つけられませんでした。そのヘッダーが空か無いか、Tyk 自身の OAuth 2.0 ではトークンの前に "Bearer " がありません。JWT モードと認証トークンモードでは "Bearer " の無いトークンも受け取ります。`
                                : a.stated === true
                                  ? 'サーバーは、リクエストがトークンなしで届いたと報告しています（引用した行）。クライアントが Authorization ヘッダーを送っていない、空のまま送った（未設定の変数、トークン取得の失敗）、途中で削除された、のいずれかです。'
                                  : a.via === undefined
                                    ? a.codeSetsHeader === true && a.codeScheme === 'basic'
                                      ? '認証の失敗です。貼り付けのクライアントコードは変数から HTTP Basic の資格情報を送っています（httr2 の req_auth_basic、requests の HTTPBasicAuth、SetBasicAuth）が、その値は貼り付けにありません。ユーザー名やパスワードが空か誤っていれば拒否され、ベアラートークンや API キーしか受け付けない API は Basic の資格情報をすべて拒否します。'
                                      : a.codeSetsHeader === true
                                        ? '認証の失敗です。貼り付けのクライアントコードは Authorization に "Bearer " と変数を設定していますが、リクエスト送信時にその変数が何を持っていたかはわかりません。変数が空、null、undefined だと（トークンの取得や保存の前、サインインの失敗、設定前の状態の読み出し）、"Bearer " だけや "Bearer null" が送られ、サーバーはトークンなしと同じく拒否します。'
                                        : a.saidSent === true
                                          ? '認証エラーです。貼り付けにはリクエストがトークンを付けていたと書かれていますが、トークンもリクエストも含まれていません。検証器がトークンを拒否した（期限切れ、別の audience や issuer 向け、アクセストークンが要る所に ID トークン、またはその逆）か、検証器が読むヘッダーに届いていないかのどちらかです。'
                                          : a.framework === 'aspnet-webapi'
                                            ? 'ASP.NET Web API の AuthorizeAttribute が "Authorization has been denied for this request." と答えました。リクエストは認証済みのユーザーのないままコントローラーに届いています。トークンが届かなかったか、前段の認証ミドルウェア（OWIN の Bearer や Azure AD のミドルウェア）が届いたトークンを受け付けなかったかのどちらかです。ミドルウェアは拒否しても何も返さず、リクエストを匿名のまま通します。別のオーディエンス（ida:Audience、ValidAudience）向けのトークン、別のテナントや発行者のトークン、期限切れのトークンがよくある原因です。属性の Roles や Users に含まれないユーザーにも同じ言葉が返ります。'
                                            : a.framework === 'nestjs'
                                              ? `NestJS の UnauthorizedException が既定のメッセージ（"Unauthorized"。本文は {"statusCode":401,"message":"Unauthorized"}）のままで、理由は何も示されていません。ガードが投げたもので、@nestjs/passport の AuthGuard は、トークンが届かなかった場合もトークンを拒否した場合（期限切れ、署名の不一致）も、ストラテジーのどの失敗でもこれを投げ、ストラテジーの理由を捨てます。貼り付けにはリクエストもトークンもありません。${a.exceptionsHandler === true ? 'Nest の ExceptionsHandler はこれを未知のエラーとしてログに出しており、クライアントには 401 ではなく 500 が返っています。例外がアプリの HttpException のインスタンスではないためで、ガードのパッケージが別の @nestjs/common を読み込んでいるときに起こります。' : ''}`
                                              : a.eitherStated === true && a.eitherProduct === 'webex'
                                                ? '認証エラーです。Webex は「The request requires a valid access token set in the Authorization request header.」を、トークンのないリクエストにも、受け付けないトークン（期限切れ、失効済み、Webex のものではない）のリクエストにも同じように返します。貼り付けにリクエストがないため、どちらかは分かりません。トークンを送っている場合は、現在有効な Webex のアクセストークンを "Authorization: Bearer <トークン>" で送っているか確認してください。'
                                                : a.eitherStated === true
                                                  ? '認証エラーです。応答は「missing or invalid」（ないか無効）と言っていますが、この言葉はトークンのないリクエストにも、トークンが拒否されたリクエストにも当てはまります。貼り付けにはリクエストがないので、どちらかは分かりません。トークンを送っていたなら検証器が拒否しており、その発行元、audience、署名鍵、有効期限を検証器の設定と比べると理由が分かります。'
                                                  : a.requestUnseen === true
                                                    ? '認証エラーですが、貼り付けにはトークンも、それを運んだリクエストもありません。トークンを送っていないクライアントがよくある原因ですが、送ったかどうかは示されていません。'
                                                    : '認証エラーですが、入力のどこにもトークンがありません。'
                                    : a.sent === true
                                      ? `リクエストの Authorization にはトークンが入っていますが、検証器${via(a)}は受け取っていないと報告しています。${a.droppedBy === undefined ? '途中でヘッダーが削除されたか、サービスの認証フィルターがトークンを読まずに（別のスキーム、拒否した不備）匿名のまま処理を続けています。' : DROPPED_BY[a.droppedBy]}`
                                      : a.orMalformed === true
                                        ? `JWT ミドルウェア${via(a)}は検証するトークンを見つけられませんでした。リクエストに Authorization ヘッダーが無いか、その値が "Bearer " で始まっていません（"Bearer " の無いトークン、別のスキーム）。Cookie やクエリから読む設定なら、そこに何もありませんでした。どちらなのかはリクエストのヘッダーで分かりますが、貼り付けには含まれていません。`
                                        : `検証器${via(a)}はトークンを受け取っていないと報告しています。`,
    steps: (a) =>
      a.sender !== undefined || a.aiApi !== undefined
        ? configuredSenderSteps(a)
        : a.client === 'kubectl' && a.eks === true
          ? [
              'exec プラグインを kubeconfig と同じ引数と環境で手で実行してください（"kubectl config view --minify" に出ます。"aws eks get-token --cluster-name <name>" と --region、--role-arn、AWS_PROFILE）。そのトークンは有効期間15分の署名済み STS リクエストで、クラスター名に結び付いています。kubeconfig やスクリプトにコピーしたトークンはそれより古くなると拒否され、別のクラスター名のものは常に拒否されます。',
              '署名する IAM のアイデンティティを確認してください。同じプロファイル（--role-arn があればそのロール）で "aws sts get-caller-identity" を実行します。クラスターはその ARN を Kubernetes のユーザーに対応付けている必要があります。アクセスエントリー（"aws eks list-access-entries --cluster-name <name>"）か、kube-system の aws-auth ConfigMap の mapRoles / mapUsers の行です。',
              '-v=8 を付けて再実行すると 401 の本文が見えます。',
            ]
          : a.client === 'kubectl'
            ? [
                'kubectl が何を送っているかを確認してください。"kubectl config view --minify"（ユーザーのトークン、exec プラグイン、クライアント証明書）を見て、exec プラグインを手で実行し（"aws eks get-token"、"gke-gcloud-auth-plugin"、"kubectl oidc-login get-token"）、トークンがまだ取れるかを確かめます。',
                'EKS なら IAM のアイデンティティ（"aws sts get-caller-identity"）がクラスターに対応付けられているか（アクセスエントリーか aws-auth ConfigMap）、OIDC なら ID トークンが期限切れでないか、ServiceAccount のトークンなら期限切れや削除がないかを確認してください。',
                '-v=8 を付けて再実行すると 401 の本文が見えます。トークンを（署名を伏せて）貼れば中身を確認できます。',
              ]
            : a.client === 'grpc' && a.grpcReason === 'client-certificate'
              ? [
                  'チャネルを作るときのクライアント証明書を確認してください。ルート証明書だけでなく秘密鍵と証明書チェーンを渡します（grpc-js の credentials.createSsl(rootCerts, privateKey, certChain)、grpcio の grpc.ssl_channel_credentials(root_certificates, private_key, certificate_chain)、grpc-go の credentials.NewTLS と tls.Config.Certificates）。ルート証明書だけで作ったチャネルはクライアント証明書を提示しません。',
                  'サーバーがクライアント証明書に署名した CA を信頼しているか（クライアント CA のバンドル）、証明書が期限切れでないかを確認してください。サーバーの前で TLS を終端するプロキシは、自分で相互 TLS を行うか証明書を渡す必要があります。',
                ]
              : a.client === 'grpc' && a.grpcReason === 'per-rpc-credentials'
                ? [
                    '「per-RPC creds failed due to error:」の後ろのトークン取得元のエラーを読み、同じホストから同じトークン要求を手で行ってください。ID プロバイダーのトークンエンドポイントに同じクライアント ID と鍵ファイル（サービスユーザーの鍵、クライアントシークレット）で、Google の資格情報なら gcloud auth application-default print-access-token です。返ってきた内容を直します（無効化や削除されたサービスユーザーや鍵、ID プロバイダーのエラーや障害、このホストからの経路が無い、アサーションを期限切れにする時計のずれ）。',
                  ]
                : a.client === 'grpc' && a.grpcReason === 'component-credential'
                  ? [
                      'メッセージが示すエンドポイントにコンポーネント自身が使う資格情報を確認してください。Kubernetes の CSI ドライバーなら、StorageClass が指定する Secret（csi.storage.k8s.io/provisioner-secret-name と -namespace）にあるストレージシステムのアドレス、ユーザー名、パスワードです。それを使って手でそのエンドポイントにログインしてみてください。',
                      'ストレージシステム側でパスワードが変わったりユーザーがロックされたりしていれば、Secret を更新してください。ドライバーは次の呼び出しで読み直します。',
                    ]
                  : a.client === 'grpc'
                    ? [
                        '呼び出しのメタデータを確認してください。トークンはキー "authorization"（小文字）に "Bearer <token>" の形で、すべての呼び出しに付けます（per-RPC 資格情報かクライアントインターセプター。チャネルの最初の呼び出しだけではありません）。',
                        'トランスポートのセキュリティを必要とする per-RPC 資格情報は平文のチャネルでは送られません。grpc-go は "grpc: the credentials require transport level security (use grpc.WithTransportCredentials() to set)" で接続を拒否します。TLS を使うか、意図して平文にするなら平文を許す資格情報を使ってください。',
                        'サーバーのログ（認証インターセプターが出す理由）を読むか、トークンを（署名を伏せて）貼って中身を確認してください。',
                      ]
                    : a.client === 'kubernetes'
                      ? [
                          'API サーバーのログで、このリクエストの "Unable to authenticate the request" の行にある理由を読んでください（err="[invalid bearer token, service account token has expired]"、"Token has been invalidated"、"oidc: verify token: …"）。マネージドクラスターではコントロールプレーンのログにあります。',
                          'Pod の ServiceAccount トークン（/var/run/secrets/kubernetes.io/serviceaccount/token）は有効期間が短く、期限が切れる前に kubelet がファイルを新しいトークンに置き換えます。クライアントが起動時に読んだトークンを持ち続けず、ファイルを読み直しているか（古いクライアントライブラリ、アプリ側でのキャッシュ）と、ServiceAccount がまだ存在するかを確認してください。',
                          '自分で用意したトークン（kubectl create token、OIDC の ID トークン）なら、期限切れでないことと audience が API サーバーのものであることを確認し、トークンを（署名を伏せて）貼って中身を確認してください。',
                        ]
                      : a.client === 'gitlab'
                        ? [GITLAB_HEADERS, GITLAB_CHECK_TOKEN]
                        : a.client === 'mcp'
                          ? [MCP_CLIENT_SIGN_IN, MCP_SERVER_CHALLENGE]
                          : a.client === 'docker-registry'
                            ? a.tokenService === true
                              ? [registryLogin(a.registryClient), REGISTRY_TOKEN_SERVICE_ACCESS]
                              : [registryLogin(a.registryClient), REGISTRY_TOKEN_EXCHANGE, REGISTRY_TOKEN_LIFETIME]
                            : a.via === 'trino'
                              ? [TRINO_NO_USER]
                              : a.challenge === 'basic'
                                ? [basicCredentials(a.basicClients)]
                                : a.preflight === true
                                  ? LET_PREFLIGHT_THROUGH
                                  : a.credentials !== undefined
                                    ? NO_CREDENTIALS_STEPS[a.credentials]
                                    : a.unobtained === true &&
                                        (a.via === 'circleci' || a.via === 'buildkite' || a.via === 'terraform-aws')
                                      ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                      : a.unobtained === true
                                        ? [
                                            'クライアントがトークンを取得するのに必要なものを確認してください。CI ジョブなら OIDC トークンを要求する権限（GitHub Actions ではジョブかワークフローの "permissions: id-token: write"。フォークからの実行には与えられません）、それ以外なら IdP に対するクライアント自身の資格情報です。',
                                          ]
                                        : a.configuredHeader === true
                                          ? [
                                              'API 定義がトークンを読む場所（auth_configs の auth_header_name、use_param、use_cookie）を確認し、そこに "Bearer <token>" として送ってください。',
                                              'クライアントとゲートウェイの間のプロキシが、そのヘッダーを転送しているか確認してください。',
                                            ]
                                          : a.droppedBy !== undefined
                                            ? DROPPED_BY_STEPS[a.droppedBy]
                                            : a.sent === true && a.via !== undefined && SENT_OWN_CREDENTIAL.has(a.via)
                                              ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                              : a.sent === true && a.via === 'envoy'
                                                ? [PROXIES_FORWARD, ENVOY_TOKEN_NOT_TAKEN]
                                                : a.sent === true
                                                  ? [
                                                      PROXIES_FORWARD,
                                                      'このルートで、サービスが Authorization ヘッダーからトークンを読んでいるか（Cookie、クエリパラメーター、別のヘッダーではなく）確認してください。',
                                                    ]
                                                  : a.orMalformed === true
                                                    ? [
                                                        'トークンは "Authorization: Bearer <token>" の形で送ってください。Bearer という語、空白ひとつ、トークンの順です（"Bearer " の無いトークンや別のスキームではなく）。ミドルウェアの TokenLookup が Cookie やクエリパラメーターを指定しているなら、そこに送ります。',
                                                        '送ったときのリクエストを見るか（DevTools → Network → そのリクエスト → Headers、または curl -v）、そのリクエストをトークンの署名を伏せて貼ってください。Authorization ヘッダーを見れば、トークンが無いのかヘッダーの形が違うのかが分かります。',
                                                      ]
                                                    : a.stated === true
                                                      ? [LOOK_FOR_TOKEN, PROXIES_FORWARD_IF]
                                                      : a.codeSetsHeader === true && a.codeScheme === 'basic'
                                                        ? [
                                                            'コードが送るものを確認してください。渡しているユーザー名とパスワード（空でないこと、そのアカウントのもの、API が求めるならパスワードまたはアプリパスワード）と、この API がそもそも Basic を受け付けるかです。組み立てられるヘッダーは httr2 の req_dry_run() で、または同じ呼び出しを curl -v -u <ユーザー> で確認できます。',
                                                          ]
                                                        : a.codeSetsHeader === true
                                                          ? [
                                                              'リクエストが実際に送る Authorization ヘッダーを、コードがそれを組み立てる場所でログに出してください（または DevTools → Network、Charles や mitmproxy などのプロキシで確認）。その時点で変数にトークンが入っていること（空文字列、null、undefined ではないこと）、トークンの取得や保存より前にリクエストを送っていないことを確認します。',
                                                            ]
                                                          : a.saidSent === true
                                                            ? [
                                                                PASTE_SENT_TOKEN,
                                                                a.transport !== undefined
                                                                  ? TRANSPORT_STEP[a.transport]
                                                                  : LOOK_AT_REQUEST,
                                                              ]
                                                            : a.framework === 'aspnet-webapi'
                                                              ? [
                                                                  'リクエストに "Authorization: Bearer <token>" が付いているか確かめてください（DevTools → Network、Fiddler、curl -v）。付いていれば、ミドルウェアがトークンを拒否しています。トークンの aud と iss を API に設定したオーディエンスとテナント（ida:Audience、ida:Tenant、TokenValidationParameters.ValidAudience）と比べ、exp も確かめてください。',
                                                                  'これらのクレームを確かめるため、署名を伏せたトークンを貼り付けてください。[Authorize] に Roles や Users があれば、トークンのユーザーがそれに含まれるかも確かめてください。',
                                                                ]
                                                              : a.framework === 'nestjs'
                                                                ? [
                                                                    ...(a.exceptionsHandler === true
                                                                      ? [
                                                                          'アプリが読み込む @nestjs/common を一つにしてください（npm ls @nestjs/common）。バージョンを揃え、共有ライブラリや認証モジュールでは @nestjs/common と @nestjs/core を peerDependencies にします。そうすればガードの UnauthorizedException は 500 ではなく再び 401 を返します。',
                                                                        ]
                                                                      : []),
                                                                    'ガードの理由を確かめてください。@nestjs/passport の AuthGuard("jwt") なら、ガードで handleRequest(err, user, info) をオーバーライドし、例外を投げる前に info をログに出します。passport-jwt はそこに理由を入れます（抽出でトークンが見つからなければ "No auth token"、そうでなければ jsonwebtoken の "jwt expired"、"invalid signature"、"jwt malformed"）。',
                                                                    LOOK_AT_REQUEST,
                                                                  ]
                                                                : a.via !== undefined &&
                                                                    OWN_CREDENTIAL_MISSING[a.via] !== undefined
                                                                  ? [OWN_CREDENTIAL_MISSING[a.via] as string]
                                                                  : a.requestUnseen === true && a.via === 'grpc'
                                                                    ? [GRPC_NO_CREDENTIAL]
                                                                    : a.requestUnseen === true
                                                                      ? [
                                                                          a.transport !== undefined
                                                                            ? TRANSPORT_STEP[a.transport]
                                                                            : a.bareHeader === true
                                                                              ? LOOK_AT_REQUEST_BARE
                                                                              : a.clientCode === true
                                                                                ? LOOK_AT_CLIENT_REQUEST
                                                                                : LOOK_AT_REQUEST,
                                                                          PASTE_REQUEST_AND_CHALLENGE,
                                                                        ]
                                                                      : a.placeholder !== undefined
                                                                        ? [
                                                                            a.inQuery !== undefined
                                                                              ? placeholderInQuery(a.inQuery)
                                                                              : PLACEHOLDER_SENT,
                                                                          ]
                                                                        : a.via === 'consul'
                                                                          ? [CONSUL_NO_TOKEN]
                                                                          : a.adminSecret === true
                                                                            ? a.transport === 'websocket'
                                                                              ? [
                                                                                  HASURA_ADMIN_SECRET,
                                                                                  HASURA_ADMIN_SECRET_SOCKET,
                                                                                ]
                                                                              : [HASURA_ADMIN_SECRET]
                                                                            : a.via === 'hasura' &&
                                                                                a.transport === 'websocket'
                                                                              ? [HASURA_SUBSCRIPTION]
                                                                              : [
                                                                                  'クライアントがトークンを付けているか確認してください。送ってはいるが貼っていないだけなら、トークンを（署名を伏せて）貼れば中身を確認できます。',
                                                                                ],
  },
  'token.malformed': {
    title: (a) =>
      a.signedRequest !== undefined
        ? 'AppSync は JWT を求めていますが、リクエストは SigV4 で署名されています'
        : 'トークンの形式が壊れています',
    detail: (a) => {
      const why: Record<string, string> = {
        segments:
          a.parts === null
            ? 'ドットで区切られた部分が3つではありません'
            : `ドットで区切られた部分が3つではなく${a.parts}つです`,
        'header-base64':
          '1つ目の部分が base64url ではありません（コピーのときに文字が欠けたか、余計な文字が入った可能性があります）',
        'header-json':
          a.firstPart === 'cut'
            ? '1つ目の部分（JOSE ヘッダー）の途中で終わっています。切れる前に欠けずに残っていた部分（alg）は読み取りましたが、ペイロードと署名がありません'
            : a.firstPart === 'damaged'
              ? '1つ目の部分は JSON のヘッダーと同じく eyJ で始まりますが、デコードしてもヘッダーになりません（途中の文字が欠けたか、変わった可能性があります）'
              : '1つ目の部分をデコードしても JSON のヘッダーになりません（トークンの先頭が欠けている可能性があります）',
        'header-no-alg': 'ヘッダーに "alg" がありません',
        'payload-base64': 'ペイロードが base64url ではありません',
        'payload-json': 'ペイロードをデコードしても JSON オブジェクトになりません',
        'standard-base64': 'base64url ではなく、標準の base64（+ と /）が使われています',
        padding: 'base64url の JWT には付かない base64 のパディング（=）が付いています',
        'base64-wrapped': 'JWT がもう一度 base64 でエンコードされています（一度デコードすると JWT になります）',
        'payload-tail':
          'ペイロードの途中から始まっています。あるのは JSON オブジェクトの終わり（…}）にデコードされる部分とドットだけで、ヘッダー、ペイロードの先頭、署名がありません',
        log: `検証器${via(a)}がトークンを解析できませんでした`,
      };
      const cut =
        a.endsPaste === true
          ? 'トークンは貼り付けの末尾で終わっているため、貼り付けの際に切れた可能性があります。'
          : '';
      const read =
        a.cutClaims === undefined
          ? ''
          : `ペイロードは途中で切れています。切れる前に完全に読めたクレームは ${claimNames(a.cutClaims)} で、それより後のクレームは不明です。`;
      const alb =
        a.issuedBy === 'aws-alb'
          ? 'これは AWS ALB のユーザークレームトークン（x-amzn-oidc-data。ヘッダーの signer がロードバランサー）です。ALB は仕様として = のパディングを付け、パディングを付けたまま署名するため、コピーで壊れたわけではありません。AWS も、標準的な JWT ライブラリはこのパディングに対応していないと注記しています。'
          : '';
      if (a.signedRequest !== undefined)
        return 'AppSync は Authorization ヘッダーを JWT として解析できず（“Unable to parse JWT token.”）、リクエストは SigV4 で署名されています。API の認可モードは Cognito ユーザープールか OIDC で、そこには JWT を入れます。SigV4 の署名は AWS_IAM モード用です（SigV4 の署名クライアントに Cognito のサービス名を指定しても、署名されるだけです）。';
      const issuer =
        a.opaqueIssuer === undefined
          ? ''
          : `貼り付けには ${a.opaqueIssuer === 'zitadel' ? 'ZITADEL' : 'Auth0'} の名前があります。${a.opaqueIssuer === 'zitadel' ? 'アプリケーションを JWT の発行に設定していない限り' : 'audience を要求していないとき'}、そのアクセストークンは不透明な形式（ドットがなく、JWT ではない）で、JWT を求める検証器はそれを形式の誤りとして扱います。`;
      return `有効な JWS ではありません。${why[a.reason] ?? a.reason}。${cut}${read}${alb}${issuer}`;
    },
    steps: (a) =>
      a.signedRequest !== undefined
        ? [
            'サインイン中のユーザーの Cognito ユーザープールのトークン（ID トークンかアクセストークン。OIDC ならそのプロバイダーの JWT）を、SigV4 で署名せずに Authorization ヘッダーの値としてそのまま送ってください。署名して呼ぶなら、API の認可モードに AWS_IAM を加え（aws appsync get-graphql-api で authenticationType と additionalAuthenticationProviders を確認できます）、署名する IAM ロールに appsync:GraphQL を許可してください。',
          ]
        : a.issuedBy === 'aws-alb'
          ? [
              'ALB のドキュメントにある方法で検証してください。kid に対応する公開鍵を https://public-keys.auth.elb.<region>.amazonaws.com/<kid> から取得し、signer が自分のロードバランサーの ARN であることを確かめ、送られてきたままのヘッダーとペイロード（パディングを含む）に対して ES256 で検証します（= を取り除くと署名が合わなくなります）。パディングを許す検証器を使ってください: aws-jwt-verify の ALB 用検証器、または golang-jwt v5 の WithPaddingAllowed。',
            ]
          : a.endsPaste === true || a.reason === 'payload-tail'
            ? [
                a.unsigned === true
                  ? 'クレームを確認できるよう、トークン全体をもう一度貼り付けてください。このトークンは署名なし（alg none）なので、伏せる署名はありません。'
                  : 'クレームを確認できるよう、署名だけを伏せて（header.payload.***）トークン全体をもう一度貼り付けてください。',
                'リクエストで送られたトークン自体がそこで切れている場合は、何が切り詰めているか（ヘッダーサイズの上限、ログ行の長さ、チャンクに分割された Cookie）を確認してください。',
              ]
            : a.reason === 'base64-wrapped'
              ? [
                  "値を一度デコードして（`base64 -d`。Kubernetes の Secret の `.data` は base64 です: `kubectl get secret … -o jsonpath='{.data.token}' | base64 -d`）、出てきた JWT を送ってください。",
                ]
              : a.opaqueIssuer !== undefined
                ? [
                    OPAQUE_ISSUER_STEP[a.opaqueIssuer],
                    '見分けるには、クライアントが送るトークンを見てください。JWT はドットを2つ含み eyJ で始まります。不透明なトークンにはどちらもありません。',
                  ]
                : a.via === 'appwrite'
                  ? [
                      // en と同じ出典。
                      'Appwrite は X-Appwrite-JWT（SDK の setJWT）を読み、そこに JWT を見つけませんでした。このヘッダーが受け付けるのは account.createJWT() の JWT だけです。API キーは setKey（X-Appwrite-Key）に、セッションの secret は setSession（X-Appwrite-Session）に渡し、JWT はそのまま（小文字化、引用符、空白なしで）渡してください。',
                    ]
                  : [
                      'トークンを元の場所からもう一度丸ごとコピーしてください。ログ出力、テンプレート、シェルのクォートなどで切り詰められたり、折り返されたり、再エンコードされたりしていないか確認します。',
                    ],
  },
  'token.jwe': {
    title: () => 'トークンが暗号化されています（JWE）',
    detail: (a) =>
      `5つの部分からなる暗号化トークンです（alg ${a.alg ?? '?'}、enc ${a.enc ?? '?'}）。復号鍵がないとクレームは読めず、署名付き JWT を期待する API はこれを拒否します。${a.issuer === 'auth0' ? 'Auth0 テナントが直接暗号化したトークンです。リクエストに audience がないときに Auth0 が発行する、/userinfo エンドポイント専用のトークンで、API 用ではありません。' : ''}`,
    steps: (a) =>
      a.issuer === 'auth0'
        ? [
            'audience=<API の識別子>（Auth0 の API 設定の Identifier）を /authorize か /oauth/token のリクエスト、または SDK の authorizationParams.audience に指定してトークンを取得し、そのトークンを送ってください。API 用の署名付き JWT になります。',
          ]
        : [
            'API がどの種類のトークンを期待しているか確認し、この audience 向けの署名付き（JWS）アクセストークンを IdP に発行してもらってください。',
          ],
  },
  'token.opaque': {
    title: (a) =>
      a.form === 'sanctum'
        ? 'トークンは JWT ではなく Laravel Sanctum のトークンです'
        : a.form === 'google-access-token'
          ? 'トークンは ID トークンではなく Google の OAuth アクセストークンです'
          : a.form === 'api-key' && a.key !== undefined
            ? `トークンは JWT ではなく ${PRODUCT_KEY[a.key].name}です`
            : 'トークンが JWT ではありません（opaque トークン）',
    detail: (a) =>
      a.form === 'sanctum'
        ? 'Laravel Sanctum のパーソナルアクセストークン（{id}|{secret}）です。Sanctum は personal_access_tokens テーブルで照合するため、受け付けるのは Sanctum のガードだけです。JWT の検証器では読めません。'
        : a.form === 'google-access-token'
          ? 'Google の OAuth 2.0 アクセストークン（ya29.…）です。受け付けるのは Google 自身の API（*.googleapis.com）だけです。Cloud Run、Cloud Functions、Identity-Aware Proxy や Google の JWT を検証する API が求めるのは、aud がサービスの URL（IAP なら OAuth クライアント ID）の、Google が署名した ID トークンです。アクセストークンには 401 か 403（「Your client does not have permission to the requested URL」）を返します。'
          : a.form === 'api-key' && a.key !== undefined
            ? `${PRODUCT_KEY[a.key].product} が発行し、そのまま照合するキーです。読めるヘッダーやクレームはなく、JWT の検証器では受け付けられません。`
            : `JOSE ヘッダーのない${a.length}文字の参照トークンです。JWT の検証器では読めないため、API 側でイントロスペクションする必要があります。`,
    steps: (a) =>
      a.form === 'sanctum'
        ? [
            'API が Laravel なら、ルートが Sanctum のガード（auth:sanctum）を使っているか、トークンの行が残っていて期限切れでないか（expires_at、sanctum.expiration の設定）を確認してください。id と「|」を含む値全体を送ってください。',
            'API が JWT を求めているなら、その ID プロバイダーから JWT を取得してください。',
          ]
        : a.form === 'google-access-token'
          ? [
              SEND_GOOGLE_ID_TOKEN,
              'IAP の背後では、ID トークンの audience は URL ではなく IAP の OAuth クライアント ID です。呼び出し元には roles/run.invoker（Cloud Run）か IAP-secured Web App User（IAP）の権限も必要です。',
            ]
          : a.form === 'api-key' && a.key !== undefined
            ? [
                `${PRODUCT_KEY[a.key].product} が拒否したなら：${PRODUCT_KEY[a.key].check}`,
                `拒否した API が ${PRODUCT_KEY[a.key].product} のものではなく JWT を求めているなら、クライアントが送る資格情報を間違えています。API の ID プロバイダーが発行したアクセストークンを送ってください。`,
              ]
            : [OPAQUE_ISSUER_STEP[a.issuer ?? 'other']],
  },
  'token.id-token': {
    title: () => 'アクセストークンではなく ID トークンが送られています',
    detail: (a, f) =>
      `クレームに ${f.list(a.indicators)} があります。これは OpenID Connect の ID トークンです。クライアント（アプリ）向けのもので、API の呼び出しには使えません。`,
    steps: () => ['トークンレスポンスの id_token ではなく、access_token を送ってください。'],
  },
  'token.for-other-api': {
    title: (a) => OTHER_API_TITLES[a.api],
    detail: (a) => {
      const sent = a.host === null ? '' : `が、リクエストの送り先は ${a.host} です`;
      switch (a.api) {
        case 'microsoft-graph':
          return `aud は ${q(a.aud)}（Microsoft Graph）です${sent}。クライアントが Entra ID に Graph のスコープ（User.Read、https://graph.microsoft.com/.default）でトークンを要求し、それをそのまま送っています。Graph のトークンを検証できるのは Graph だけです${a.headerNonce ? '（ヘッダーに nonce があります）' : ''}。ほかの API では、どの鍵を使っても署名か audience の検証で失敗します。`;
        case 'okta-org':
          return `iss と aud が ${q(a.aud)}、つまり Okta の組織認可サーバーです${sent}。このアクセストークンは Okta 自身の API 用で、Okta はほかのアプリケーションで検証しないよう案内しています（形式も鍵も予告なく変わります）。`;
        case 'auth0-management':
          return `aud は ${q(a.aud)}、つまり Auth0 の Management API です${sent}。テナント管理用に発行されたトークン（ダッシュボードの API Explorer のトークン、または Management API を audience にした client credentials グラント）で、自分の API 用ではないため、API の audience 検証で拒否されます。`;
        case 'auth0-userinfo':
          return `aud はテナントの /userinfo エンドポイント ${q(a.aud)} だけです${sent}。クライアントが自分の API の audience を指定せずに Auth0 からトークンを取得しており、このトークンで呼べるのは /userinfo だけです。`;
      }
    },
    steps: (a) => {
      switch (a.api) {
        case 'microsoft-graph':
          return [
            ...(a.host === null
              ? ['このトークンの送り先を確認してください。有効なのは graph.microsoft.com への呼び出しだけです。']
              : []),
            'クライアントで、自分の API のスコープ（api://<API のアプリ ID>/.default、または「API の公開」で定義したスコープ）を指定してトークンを取得し、それを API に送ってください。',
            'API 側で Graph の audience を許可したり署名検証を外したりしないでください。Graph のトークンは Graph 以外では検証できません。',
          ];
        case 'okta-org':
          return [
            'トークンは、audience が自分の API のカスタム認可サーバー（Okta の API アクセス管理機能。組み込みのものは https://<org>/oauth2/default）から取得してください。https://<org>/oauth2/v1/ からではありません。',
            'API には、そのサーバーの issuer（https://<org>/oauth2/<サーバー ID>）と audience（組み込みのものなら api://default）を設定してください。',
          ];
        case 'auth0-management':
        case 'auth0-userinfo':
          return [
            'クライアントで、audience に自分の API の識別子（Dashboard > Applications > APIs の Identifier）を指定してトークンを要求してください（/authorize や /oauth/token のリクエスト、SDK なら authorizationParams.audience）。',
            ...(a.api === 'auth0-management'
              ? [
                  'API 側で Management API の audience を受け付けないでください。Management API のトークンはテナントの管理権限を持つため、ほかのサービスに渡すべきではありません。',
                ]
              : []),
          ];
      }
    },
  },
  'token.crit': {
    title: (a) =>
      a.problem === undefined
        ? 'トークンのヘッダーが、検証側の実装を必要とする拡張を指定しています（crit）'
        : a.problem === 'unencoded'
          ? 'トークンがエンコードされていないペイロード（b64: false）を使っています。JWT では使えません'
          : 'トークンの crit ヘッダーが不正です',
    detail: (a, f) => {
      const names = f.list(a.names.map(q));
      switch (a.problem) {
        case 'not-array':
          return 'crit は空でない文字列の配列でなければなりません（RFC 7515 §4.1.11）。検証側はトークンを拒否します。';
        case 'empty':
          return 'crit が空の配列です。RFC 7515 §4.1.11 はこれを禁じており、検証側はトークンを拒否します。';
        case 'registered':
          return `crit に JWS 自体が定義するパラメーター ${names} が入っています。RFC 7515 §4.1.11 で crit に入れられるのは拡張だけで、検証側はトークンを拒否します。`;
        case 'absent':
          return `crit が挙げる ${names} がヘッダーにありません。crit はヘッダーにあるパラメーターを挙げるもので、検証側はトークンを拒否します。`;
        case 'unencoded':
          return 'crit に b64 があり、b64 が false です（RFC 7797）。ペイロードが base64url エンコードされておらず、JWT の検証側は拒否します（jose: "JWTs MUST NOT use unencoded payload"）。';
        default:
          return `crit が ${names} を必須の拡張として指定しています。これを実装していない検証側は、署名が正しくてもトークンを拒否しなければなりません（RFC 7515 §4.1.11）。拡張を実装していない JWT ライブラリがほとんどです。`;
      }
    },
    steps: (a) =>
      a.problem === undefined
        ? [
            'API の JWT ライブラリが crit に挙がった拡張を実装しているか（jose の crit オプションのように受け入れる設定があるか）確認してください。なければ、発行元で拡張を必須として指定しないようにします。',
          ]
        : a.problem === 'unencoded'
          ? [
              '発行元で、ペイロードを base64url エンコードして JWT に署名するようにしてください。ヘッダーから b64（と crit のその項目）を外します。',
            ]
          : [
              '発行元のヘッダーの作り方を直してください。crit を付けるなら、ヘッダーにある拡張パラメーターだけを挙げます。',
            ],
  },
  'token.revoked': {
    title: (a) =>
      a.jwtAssertion !== undefined
        ? JWT_ASSERTION[a.jwtAssertion].title
        : a.passwordGrant === true
          ? 'トークンエンドポイントがユーザー名かパスワードを拒否しました（パスワードグラント）'
          : a.refreshToken === true
            ? REFRESH_REFUSED.title
            : 'トークンが失効しています',
    detail: (a) =>
      a.jwtAssertion !== undefined
        ? `トークンエンドポイント${via(a)}によると、${JWT_ASSERTION[a.jwtAssertion].detail}`
        : a.passwordGrant === true
          ? `トークンエンドポイント${via(a)}がパスワードグラントを拒否しました。クライアントが送ったユーザーのユーザー名とパスワードが受け付けられなかったため、トークンは発行されていません（失効したトークンもありません）。`
          : a.refreshToken === true
            ? REFRESH_REFUSED.detail(via(a), a.writerSaid === true)
            : `サーバー${via(a)}によると、トークンは失効しているか、すでに有効ではありません。`,
    steps: (a) =>
      a.jwtAssertion !== undefined
        ? a.via === 'docusign'
          ? // DocuSign の手順が iss・sub・aud・鍵ペアを示すので、一般的なクレームの手順（aud はトークン
            // エンドポイントの URL）は矛盾します。
            a.jwtAssertion === 'grant'
            ? [DOCUSIGN_ASSERTION_STEP]
            : [DOCUSIGN_ASSERTION_STEP, ...JWT_ASSERTION[a.jwtAssertion].steps]
          : JWT_ASSERTION[a.jwtAssertion].steps
        : a.passwordGrant === true
          ? PASSWORD_GRANT_STEPS
          : a.refreshToken === true
            ? REFRESH_REFUSED.steps(a.provider, a.via, a.writerSaid === true)
            : a.via === 'supabase-auth'
              ? [SUPABASE_SESSION_ENDED]
              : [
                  '再ログインするか、リフレッシュトークンで新しいトークンを取得してください。失効が想定外なら、IdP でセッションや権限付与（grant）の状態を確認してください。',
                ],
  },
  'token.type-mismatch': {
    title: (a) =>
      a.api === 'slack'
        ? 'Slack はこのメソッドにこの種類のトークンを受け付けません（not_allowed_token_type）'
        : a.api === 'x'
          ? 'X（Twitter）はこのエンドポイントにこの種類の認証を受け付けません（Unsupported Authentication）'
          : a.where === 'claim'
            ? `検証側がトークンの種類（${a.claim ?? 'typ'} クレーム）を受け付けていません`
            : a.proof === undefined
              ? '検証側がトークンの種類（typ）を受け付けていません'
              : a.proof === 'firebase-custom-token'
                ? 'ID トークンを送るべきところに Firebase のカスタムトークンが送られています'
                : `${PROOF_NAMES[a.proof]}がアクセストークンとして送られています`,
    detail: (a, f) => {
      if (a.api === 'slack')
        return 'Slack の Web API は not_allowed_token_type（"The token type used in this request is not allowed."）を返しました。このメソッドが受け付けるのは送られたものとは別の種類のトークン（ボットの xoxb-、ユーザーの xoxp-、アプリレベルの xapp-）です。';
      if (a.api === 'x')
        return 'X の API v2 は Unsupported Authentication（403）を返しました。このエンドポイントが受け付けるのは、送られたものとは別の種類の認証です。種類はアプリのみ（アプリの Bearer トークン）、OAuth 1.0a のユーザーコンテキスト（コンシューマーキーとユーザーのアクセストークン・シークレット）、OAuth 2.0 のユーザーコンテキスト（PKCE フローで得たユーザーのトークン）で、応答が受け付ける種類を挙げています。';
      if (a.proof === 'firebase-custom-token')
        return `${a.via === undefined ? '' : `検証側${via(a)}が拒否した`}トークンは Firebase のカスタムトークン（aud が Identity Toolkit）で、Admin SDK の createCustomToken() がクライアントのサインイン用に発行するものです。verifyIdToken() が受け付けるのは、クライアントがサインインした後に得る ID トークンだけです。`;
      if (a.proof !== undefined)
        return `トークンのヘッダーは typ "${a.typ ?? ''}" です。これは${lead(PROOF_NAMES[a.proof])}で、どの API もアクセストークンとしては受け付けません。`;
      const has =
        a.missing === true
          ? 'が、トークンには typ がありません'
          : a.typ === null
            ? ''
            : `が、トークンは "${a.typ}" です`;
      const accepts = a.expected.length === 0 ? '' : `。受け付けるのは ${quoted(a.expected, f)} です`;
      if (a.where === 'claim')
        return `検証側${via(a)}はトークンの ${a.claim ?? 'typ'} クレーム（JOSE ヘッダーではなくペイロード）を確認しています${has}${accepts}。`;
      return `検証側${via(a)}はトークンの typ ヘッダーを確認しています${has}${accepts}。`;
    },
    steps: (a, f) =>
      a.api === 'x'
        ? [
            'エンドポイントが受け付ける種類で送ってください。ユーザーとして動く操作（投稿、ブックマーク、/2/users/me）にはユーザーコンテキストのトークン（PKCE による OAuth 2.0、またはユーザーのアクセストークンとシークレットを使う OAuth 1.0a）、アプリのみを受け付けるところ（全期間検索、ストリームのルール）にはアプリの Bearer トークンです。',
          ]
        : a.api === 'slack'
          ? [
              'Slack のメソッドリファレンスでそのメソッドが受け付けるトークンの種類を確かめ、その種類を送ってください。アプリがユーザーとして動くならユーザートークン（xoxp-。OAuth & Permissions の User Token Scopes にスコープを追加し、アプリを再インストール）、ボットとして動くならボットトークン（xoxb-）です。',
              'スコープを追加してもトークンの種類は変わりません。ユーザー専用のメソッドには、どんなスコープを持つボットトークンも使えません。',
            ]
          : a.proof === 'dpop-proof'
            ? [
                'アクセストークンは "Authorization: DPoP <アクセストークン>"、証明（proof）は別の "DPoP: <proof>" ヘッダーで送ってください。2つが入れ替わっているようです。',
              ]
            : a.proof === 'firebase-custom-token'
              ? [
                  'クライアントでカスタムトークンを使ってサインイン（signInWithCustomToken）し、その後に得る ID トークン（user.getIdToken()）をサーバーに送ってください。',
                ]
              : a.proof !== undefined
                ? ['この JWT ではなく、認可サーバーがこの API 向けに発行したアクセストークンを送ってください。']
                : a.where === 'claim'
                  ? [
                      `検証側が期待する種類のトークンを送ってください${a.expected.length === 0 ? '' : `（${a.claim ?? 'typ'} が ${quoted(a.expected, f)}）`}。トークンレスポンスには複数（アクセス、リフレッシュ、ID）が含まれ、これは別の種類です。API 呼び出しには access_token、更新の呼び出しにだけ refresh_token を使います。`,
                      'このクレームはトークンの種類ごとに IdP が設定するもので、API 側の設定で受け付けるようにするものではありません。',
                    ]
                  : [
                      'トークンの typ ヘッダーと API が受け付ける値を比べてください。RFC 9068 のアクセストークンは "at+jwt" ですが、多くのライブラリは既定で "JWT" か typ なししか受け付けません。',
                      'API 側で発行元の typ を受け付けるようにする（Spring の JwtTypeValidator、Nimbus の JOSEObjectTypeVerifier、TokenValidationParameters.ValidTypes、jose の typ オプション）か、API が期待する種類を IdP に発行してもらってください。',
                      'typ が別の種類のトークン（ID トークン、ログアウトトークン）を示しているなら、アクセストークンを送ってください。',
                    ],
  },
  'token.sender-constrained': {
    title: (a) =>
      a.binding === 'mtls'
        ? 'トークンはクライアント証明書に紐付いていますが、検証側にその証明書が届いていません'
        : a.binding === null
          ? '送信者制約付きトークンの紐付けが満たされず、検証側が拒否しています'
          : a.scheme?.toLowerCase() === 'bearer'
            ? 'DPoP に紐付いたトークンが Bearer として送られています'
            : a.proofSent === false
              ? 'DPoP に紐付いたトークンが DPoP proof なしで送られています'
              : 'DPoP に紐付いたトークンの鍵の紐付けが満たされていません',
    detail: (a) => {
      const said = a.via === undefined ? '' : `検証側${via(a)}もそう報告しています。`;
      if (a.binding === 'mtls') {
        const forwarded =
          a.forwardedHeader === null
            ? ''
            : `リクエストには ${a.forwardedHeader} があります。トークンの紐付け先の証明書が入っているか確認してください。`;
        const sure =
          a.via === undefined
            ? 'TLS 接続そのものは貼り付けからは見えないため、確定ではなく有力な原因です。'
            : `検証側${via(a)}は、証明書がないか一致しないと報告しています。`;
        return `トークンの cnf クレームに証明書のサムプリント（x5t#S256）があり、発行時のクライアント証明書に紐付いています（RFC 8705）。その証明書を提示した TLS 接続でのみ、または TLS を終端するプロキシの背後では証明書が API に転送された場合にのみ受け付けられます。${forwarded}${sure}`;
      }
      if (a.binding === null)
        return `検証側${via(a)}は、トークンの紐付け先（cnf クレーム）の鍵または証明書をリクエストが証明していないため、トークンを拒否しました。`;
      const sent =
        a.scheme?.toLowerCase() === 'bearer'
          ? 'このリクエストは Bearer で送っていますが、DPoP に紐付いたトークンを Bearer で受け付けてはならないとされています。'
          : a.proofSent === false
            ? 'リクエストに DPoP ヘッダーが見当たりません。'
            : '';
      return `トークンの cnf クレームに鍵のサムプリント（jkt）があり、クライアントの DPoP 鍵に紐付いています（RFC 9449）。「Authorization: DPoP <トークン>」とその鍵で署名した DPoP proof を一緒に送った場合にのみ受け付けられます。${sent}${said}`;
    },
    steps: (a) =>
      a.binding === 'mtls'
        ? [
            'トークン発行時と同じクライアント証明書を、API への TLS 接続で提示してください（curl なら --cert と --key、HTTP クライアントならキーストア）。',
            'ゲートウェイやロードバランサーが TLS を終端している場合は、そこでクライアント証明書を要求して API に転送させ（Envoy の x-forwarded-client-cert、nginx の $ssl_client_escaped_cert をヘッダーに設定、AWS ALB の mTLS パススルーの X-Amzn-Mtls-Clientcert）、API 側でそのヘッダーから読み取るようにしてください。',
            'トークン発行後に証明書を更新した場合は、トークンを取り直してください。cnf の x5t#S256 は古い証明書のサムプリントです。',
          ]
        : a.binding === null
          ? [
              'トークンの cnf クレームをデコードしてください。jkt なら DPoP（「Authorization: DPoP <トークン>」とその鍵で署名した DPoP proof を送る）、x5t#S256 ならクライアント証明書（TLS 接続で提示するか、プロキシに転送させる）です。',
            ]
          : [
              'トークンは Bearer ではなく「Authorization: DPoP <アクセストークン>」で送り、リクエストごとに新しい proof を「DPoP: <proof>」ヘッダーに付けてください。',
              'proof はトークン発行時の鍵ペアで署名してください。jwk のサムプリント（RFC 7638）がトークンの cnf.jkt と一致する必要があります。その後に鍵を作り直したクライアント（再起動、別インスタンス）は、トークンも取り直す必要があります。',
              'proof の htm と htu をこのリクエストに合わせ、jti は新しく、iat は現在時刻にし、ath にはアクセストークンの SHA-256（base64url）を入れてください。',
            ],
  },
  'token.jwe-undecryptable': {
    title: () => '検証側がトークン（JWE）を復号できませんでした',
    detail: (a) =>
      `検証側${via(a)}は暗号化されたトークンを復号できませんでした${a.alg === null && a.enc === null ? '' : `（alg ${a.alg ?? '?'}、enc ${a.enc ?? '?'}）`}。検証側が持っていない鍵に向けて暗号化されたか、発行後に検証側の鍵やシークレットが変わっています。`,
    steps: () => [
      '発行元がどの鍵に向けて暗号化しているか（API の公開暗号鍵とその kid）と、API が対応する秘密鍵を持っているかを確認してください。鍵のローテーション前に暗号化されたトークンは新しい鍵では開けません。',
      '共有シークレットで暗号化するセッション Cookie（next-auth の NEXTAUTH_SECRET や AUTH_SECRET）なら、すべてのインスタンスが同じシークレットを使っているか確認してください。変わった後は Cookie を消して再ログインしてください。',
    ],
  },
  'alg.none': {
    title: () => 'トークンに署名がありません（alg: none）',
    detail: () =>
      '署名のないトークンは、どの検証器でも拒否しなければなりません。受け入れたサービスがあれば、セキュリティインシデントです。',
    steps: () => [
      'このトークンを発行したものを特定してください。正規の発行元が alg none のトークンを出すことはありません。受け入れたサービスがあれば、インシデントとして扱ってください。',
    ],
  },
  'alg.not-allowed': {
    title: (a) =>
      a.alg === null ? 'この署名アルゴリズムは許可されていません' : `署名アルゴリズム ${a.alg} は許可されていません`,
    detail: (a, f) =>
      a.platform !== undefined
        ? PLATFORM_ALG_DETAIL(a.platform, a.alg, a.allowed)
        : a.nimbusDefault === true
          ? `検証器${via(a)}は「別のアルゴリズムが期待されたか、一致する鍵がない」としており、トークンは ${a.alg ?? '?'} で署名されています。Spring Security の NimbusJwtDecoder は、設定しない限り RS256 しか信頼しません（jwk-set-uri や withJwkSetUri の場合。issuer-uri では鍵セットの鍵のアルゴリズムを信頼します）。`
          : a.reason === 'key-type'
            ? `トークンは ${a.alg ?? '?'} で署名されていますが、渡された鍵（${f.list(a.allowed)}）ではこのアルゴリズムを検証できません。典型的な HS256 と RS256 の取り違えか、別の用途の鍵です。`
            : a.reason === 'log'
              ? `検証器${via(a)}がトークンの署名アルゴリズム${a.alg === null ? '' : ` ${a.alg} `}を拒否しています。${a.allowed.length > 0 ? `受け付けるのは ${f.list(a.allowed)} だけです。` : ''}`
              : a.caseOf !== undefined
                ? `alg ${a.alg ?? '（なし）'} は許可リスト（${f.list(a.allowed)}）にありません。${q(a.caseOf)} とは大文字と小文字だけが違いますが、アルゴリズム名は大文字と小文字を区別します（${a.alg ?? '?'} と書いてください）。`
                : `alg ${a.alg ?? '（なし）'} は許可リスト（${f.list(a.allowed)}）にありません。`,
    steps: (a) => [
      ...(a.platform === undefined ? [] : [PLATFORM_STEP[a.platform]]),
      ...(a.via === 'jsonwebtoken' && a.reason === 'log' && a.allowed.length === 0
        ? [
            "jsonwebtoken は verify() に algorithms オプションがないと、受け付けるアルゴリズムを鍵から決めます。PEM の公開鍵か証明書なら RS/PS/ES、それ以外は HS だけです。RS256 のトークンがこう拒否されるのは、たいてい渡した鍵が読める公開鍵でないときです（環境変数でエスケープされたままの \\n、BEGIN/END 行の欠落、鍵の代わりに JWKS の URL を渡している）。crypto.createPublicKey で読めるか確かめ、algorithms: ['RS256']（発行元のもの）を明示してください。",
          ]
        : []),
      a.via === 'supabase-edge'
        ? SUPABASE_VERIFY_JWT_STEP
        : a.nimbusDefault === true
          ? `デコーダーに発行元のアルゴリズムを設定してください: spring.security.oauth2.resourceserver.jwt.jws-algorithms: ${a.alg ?? 'ES256'}、または NimbusJwtDecoder.withJwkSetUri(uri).jwsAlgorithm(SignatureAlgorithm.${a.alg ?? 'ES256'})。すでに設定済みなら、鍵セットにトークンの kid の ${a.alg ?? ''} 鍵があるか確かめてください。`
          : 'API が期待するアルゴリズムで発行元が署名するようにするか（IdP のクライアントの署名設定を確認します）、API 側で許可するアルゴリズムを直してください。',
    ],
  },
  'key.kid-missing': {
    title: (a) =>
      a.via === 'firebase-admin'
        ? 'トークンに kid がありません: Firebase の ID トークンではありません'
        : 'トークンに kid がなく、鍵セットには複数の鍵があります',
    detail: (a) =>
      a.via === 'firebase-admin'
        ? 'Firebase Auth が発行する ID トークンは必ず署名鍵 (kid、RS256) を名指しします。firebase-admin はカスタムトークンならそう名指しし、Auth Emulator に対して検証するときはこの確認を飛ばします。このトークンは別の所から来ています: Auth Emulator でのサインインを、エミュレーターに向いていない Admin SDK が検証しているか、別の発行元のトークン (アプリ独自のセッション JWT、他の ID プロバイダーのもの) です。'
        : `kid がないと、検証器は${a.keyCount === null ? '複数' : `${a.keyCount}個`}の鍵の中から推測するしかありません。多くの検証器は、どの鍵も選ばずに拒否します。`,
    steps: (a) =>
      a.via === 'firebase-admin'
        ? [
            FIREBASE_EMULATOR_STEP,
            'サインイン済みのクライアントの ID トークン (Firebase ユーザーの getIdToken()) を送ってください。別の発行元のトークンではなく: ヘッダーをデコードし、kid と RS256 があるか確かめてください。',
          ]
        : ['発行元でヘッダーに kid を入れるようにするか、検証器には署名用の鍵だけを渡してください。'],
  },
  'key.kid-unknown': {
    title: (a) =>
      a.rotatedIn === true
        ? `鍵 ${q(a.kid ?? '?')} は発行元が公開したばかりです`
        : a.credentialClaim !== undefined
          ? `トークンの ${a.credentialClaim} に合う資格情報がありません`
          : a.kid === null
            ? 'トークンの鍵が鍵セットにありません'
            : `鍵 ${q(a.kid)} が鍵セットにありません`,
    detail: (a) => {
      if (a.rotatedIn === true) {
        const before =
          a.available.length > 0
            ? `には ${a.available.map(q).join('、')} しかありませんでした`
            : 'にはこの鍵がありませんでした';
        return `先に ${a.jwksUri ?? 'JWKS の URL'} から取得した発行元の鍵セット${before}が、取り直すと ${q(a.kid ?? '?')} が含まれていました。発行元がこの鍵をローテーションで追加したばかりです。追加より前に鍵セットをキャッシュした検証器${via(a)}は、鍵セットを取り直すまでこのトークンを拒否します。`;
      }
      if (a.credentialClaim !== undefined)
        return `検証器${via(a)}は kid で鍵を探すのではなく、key がトークンの ${a.credentialClaim} クレームと一致するコンシューマーの JWT 資格情報を探します（Kong の jwt プラグイン、config.key_claim_name）。${a.credentialKey === undefined ? 'その値' : q(a.credentialKey)} に合う資格情報がありません。この発行元（環境）の資格情報を持つコンシューマーがないか、資格情報の key の綴りが違います（末尾のスラッシュ、http と https など）。`;
      if (a.caseOf !== undefined)
        return `トークンの kid は ${q(a.kid ?? '?')} ですが、鍵セットにあるのは大文字と小文字だけが違う ${q(a.caseOf)} です。kid は大文字と小文字も含めて完全に一致する必要があります。発行元と鍵セットで綴りが違っています。${a.verifiesWith === undefined ? '' : `署名は ${q(a.verifiesWith)} で検証できます。違うのは名前だけです。`}`;
      if (a.verifiesWith !== undefined)
        return `トークンの kid は ${q(a.kid ?? '?')} ですが、${a.jwksUri === undefined ? '' : `発行元が ${a.jwksUri} で公開している`}鍵セットにあるのは ${a.available.map(q).join('、')} です。署名は ${q(a.verifiesWith)} で検証できます。鍵は同じで、トークンのヘッダーと鍵セットとで名前が違うため、kid で鍵を探す検証器には見つかりません。ローテーションではありません。発行元の署名設定と鍵セットとで kid が食い違っています。`;
      if (a.jwksUri !== undefined) {
        const has =
          a.available.length > 0
            ? `にあるのは ${a.available.map(q).join('、')} です`
            : 'には kid の付いた鍵がありません';
        return `トークンの kid は ${q(a.kid ?? '?')} ですが、発行元が ${a.jwksUri} で公開している鍵セット${has}${REFETCH_NOTE[a.refetch ?? 'none']}。発行元がもう公開していない鍵で署名されたか、別の発行元（環境）のトークンです。`;
      }
      if (a.keysTried !== undefined && a.keysTried.length > 0)
        return a.kid === null
          ? `検証器${via(a)}は鍵 ${a.keysTried.map(q).join('、')} を試しましたが、${a.keysTried.length === 1 ? 'その鍵では' : 'どの鍵でも'}トークンを検証できませんでした。鍵のローテーション、JWKS キャッシュの古さ、環境の取り違えが考えられます。`
          : `トークンの kid ${q(a.kid)} は、検証器${via(a)}が試した鍵 ${a.keysTried.map(q).join('、')} の中にありません。鍵がローテーションされたか、検証器の JWKS キャッシュが古いか、別の環境のトークンです。`;
      if (a.hmacAlg !== undefined)
        return `トークンの kid は ${q(a.kid ?? '?')} ですが、渡された秘密にあるのは ${a.available.length > 0 ? `${a.available.map(q).join('、')} ` : 'kid のないものだけ'}です。このトークンは HMAC（${a.hmacAlg}）で署名されており、kid は署名に使った共有の秘密の名前です。その名前の秘密がありません。ローテーションで外された秘密か、別の環境の秘密です。`;
      return a.available.length > 0
        ? `トークンの kid は ${q(a.kid ?? '?')} ですが、鍵セットにあるのは ${a.available.map(q).join('、')} です。鍵がローテーションされたか、検証器の JWKS キャッシュが古いか、別の環境のトークンです。`
        : `検証器${via(a)}はこのトークンに合う鍵を見つけられませんでした。鍵のローテーション、JWKS キャッシュの古さ、環境の取り違えが考えられます。`;
    },
    steps: (a) =>
      a.credentialClaim !== undefined
        ? [
            `トークンの ${a.credentialClaim}${a.credentialKey === undefined ? ' ' : `（${q(a.credentialKey)}）`}を、コンシューマーの JWT 資格情報の key（Admin API の GET /consumers/<consumer>/jwt、または宣言的設定の jwt_secrets）と比べてください。その値とまったく同じ key の資格情報を追加する（RS256 なら rsa_public_key も）か、資格情報のある発行元のトークンを送ってください。`,
          ]
        : a.rotatedIn === true
          ? [
              'API の検証器に鍵セットを取り直させてから（再起動するか、鍵のキャッシュを消します）、リクエストを再試行してください。',
              '次のローテーションで同じことが起きないよう、未知の kid を受け取ったら JWKS を取り直す（クールダウン付きで）ように検証器を設定し、発行元には署名に使う十分前に新しい鍵を公開してもらってください。',
            ]
          : a.verifiesWith !== undefined
            ? [
                `発行元がトークンのヘッダーに書く kid と、鍵セットにあるその鍵の kid を揃えてください（発行元の署名鍵の設定か、公開している JWKS）。トークンは ${q(a.kid ?? '?')}、鍵セットは ${q(a.verifiesWith)} です。`,
                ...(a.jwksUri === undefined
                  ? [
                      'ここで確認した鍵セットがコピー（ファイルや設定値）なら、発行元の jwks_uri にあるものと比べてください。コピーの方で鍵の名前が違っている可能性があります。',
                    ]
                  : []),
              ]
            : a.jwksUri !== undefined
              ? [
                  'どの発行元（環境）がこのトークンを発行したのかを確認してください。トークンの iss を、API が期待する発行元と比べます。',
                  '以前は公開されていた kid なら、廃止された鍵で署名されたトークンです。新しいトークンを取得してください。',
                ]
              : a.hmacAlg !== undefined
                ? [
                    'API が、発行元の署名に使う秘密を同じ kid で持っているか確認してください（秘密や鍵の設定、この環境の環境変数）。トークンがこの環境の発行元のものかも確認します。',
                    '発行元が秘密をローテーションしたら、新しい秘密をその kid で API に渡し、古い秘密は署名済みのトークンの期限が切れるまで残してください。',
                  ]
                : [
                    '発行元の現在の JWKS を取得して kid を探してください。見つかれば、検証器を再起動するか鍵のキャッシュを更新します。',
                    '見つからなければ、どの発行元（環境）がこのトークンを発行したのかを確認してください。',
                  ],
  },
  'key.jwks-unavailable': {
    title: (a) =>
      a.fetcher === 'istiod'
        ? 'Istio のコントロールプレーン（istiod）がルールの JWKS を取得できていません'
        : '検証器が署名鍵を取得できていません',
    detail: (a) =>
      a.fetcher === 'istiod'
        ? 'istiod は各 RequestAuthentication の jwksUri を自分で取得し、その鍵をサイドカーに配ります。取得に失敗すると代わりのダミーの鍵セット（鍵は1つ、kid は "abc"）を配るため、どのトークンも拒否されます。多くは「Jwks doesn’t have key to match kid or alg from Jwt」として現れます。トークンの問題ではありません。'
        : `JWKS かディスカバリドキュメントの取得・解析に失敗しています${via(a)}。成功するまで、すべてのトークンが拒否されます。トークンの問題ではありません。`,
    steps: (a) =>
      a.fetcher === 'istiod'
        ? [
            'istiod のログで「Failed to fetch jwt public key from …」とその原因を確認し、istiod の Pod からルールの jwksUri を取得してみてください（DNS、外向き通信、TLS、応答の中身）。到達できる必要があるのはサイドカーではなく istiod です。',
            'istiod から届かない jwksUri（mTLS のメッシュ内のサービス、ワークロードからしか名前解決できないアドレスなど）なら、ルールの jwks フィールドに鍵を直接書くか、プロキシ自身に取得させてください（istiod の PILOT_JWT_ENABLE_REMOTE_JWKS=envoy と、鍵サーバー向けの ServiceEntry）。',
          ]
        : [
            '検証器のホストから、発行元の /.well-known/openid-configuration と jwks_uri を取得してみてください。DNS、外向き通信やプロキシのルール、TLS、レスポンスの中身を確認します。',
          ],
  },
  'signature.invalid': {
    title: (a) =>
      otherSignedRequest(a)
        ? SIGNED_REQUEST.title(a)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_UNTRUSTED.title
          : a.signedRequest === 'oauth1'
            ? 'リクエストの OAuth 1 署名が一致しません（トークンの問題ではありません）'
            : a.signedRequest !== undefined
              ? 'リクエストの AWS 署名（SigV4）が一致しません（トークンの問題ではありません）'
              : a.supabaseProject === undefined
                ? '署名を検証できません'
                : 'トークンが別の Supabase プロジェクトのもので、署名を検証できません',
    detail: (a) =>
      otherSignedRequest(a)
        ? SIGNED_REQUEST.detail(a, via(a))
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_UNTRUSTED.detail
          : a.signedRequest === 'oauth1'
            ? `API がコンシューマーキーとトークンに対応するコンシューマーシークレットとトークンシークレットでリクエストの OAuth 1 署名（oauth_signature）を計算したところ、別の値になりました${via(a)}。シークレット（コンシューマーのもの、トークンのもの、または別のコンシューマーのトークン）が違うか、クライアントが署名した署名ベース文字列が API 側のもの（メソッド、API から見た URL、クエリやフォームのパラメーター、エンコード）と違います。ベアラートークンや JWT の鍵は関係ありません。`
            : a.signedRequest !== undefined
              ? `サービスがアクセスキー ID に対応するシークレットキーでリクエストの署名バージョン 4 を計算したところ、別の値になりました${via(a)}。シークレットアクセスキーが違うか、署名の後にリクエストが変わっています（ヘッダー、パスのエンコード、スコープのリージョンやサービス）。ベアラートークンは関係ありません。`
              : a.supabaseProject === undefined
                ? a.kid !== null && a.keysTried?.includes(a.kid) === true
                  ? `検証器${via(a)}は試した鍵 ${a.keysTried.map(q).join('、')} の中にトークンが示す鍵 ${q(a.kid)} を見つけましたが、その鍵で署名を検証できませんでした。発行元が同じ kid のまま別の鍵で署名した（新しい kid を付けずにシークレットや鍵ペアを入れ替えた）か、途中でトークンが改変されています。`
                  : `署名が${a.kid === null ? '' : `鍵 ${q(a.kid)} と`}一致しません${via(a)}。シークレットか鍵が違う、途中でトークンが改変された、または別の発行元のトークンです。`
                : `署名が一致しません${via(a)}。トークンはプロジェクト ${q(a.supabaseProject.token)} のものですが、リクエストの送り先はプロジェクト ${q(a.supabaseProject.host)}（${a.supabaseProject.host}.supabase.co）です。プロジェクトごとに別のシークレットでキーとセッションに署名しています。`,
    steps: (a) =>
      a.platform !== undefined
        ? [PLATFORM_KEY_STEP[a.platform], PLATFORM_STEP[a.platform]]
        : otherSignedRequest(a)
          ? SIGNED_REQUEST.steps(a)
          : a.clientCertificate !== undefined
            ? CLIENT_CERT_UNTRUSTED.steps
            : a.signedRequest === 'oauth1'
              ? [
                  'クライアントが、コンシューマーキーと対になるコンシューマーシークレットと、oauth_token と対になるトークンシークレットで署名しているか（余分な空白がないか、別のアプリや環境のものでないか）、署名をライブラリに計算させているか確認してください。',
                  'クライアントが署名した署名ベース文字列（OAuth ライブラリのデバッグログ: メソッド、ベース URL、並べ替えたパラメーター）を、実際に送ったリクエストと比べてください。プロキシの後ろで API から見えるスキーム・ホスト・ポート・パス、クエリとボディのパラメーター、パーセントエンコードを確かめ、oauth_timestamp が現在の時刻かも確認してください。',
                ]
              : a.signedRequest !== undefined
                ? [
                    'シークレットアクセスキーがアクセスキー ID と対になるものか（余分な空白がないか、別のプロファイルのものでないか）確認し、実際に送るリクエストそのものに SDK で署名してください。',
                    a.signedFor === 's3'
                      ? 'S3 のエラーボディにある StringToSign と CanonicalRequest を、クライアント側のもの（SDK のデバッグログ）と比べてください。最初に違う行が、変わった箇所です。'
                      : a.signedFor === 'api-gateway'
                        ? 'API Gateway のエラーボディが示す、期待した値（"The Canonical String for this request should have been" と "The String-to-Sign should have been" の後）を、クライアント側のもの（SDK のデバッグログ）と比べてください。最初に違う行が、変わった箇所です（パス、署名したが送っていないヘッダー、ボディのハッシュであることが多いです）。'
                        : 'サービスが計算した CanonicalRequest と StringToSign（S3 や API Gateway のエラーボディに出ます）を、クライアント側のもの（SDK のデバッグログ）と比べてください。最初に違う行が、変わった箇所です。',
                  ]
                : a.authEmulator === true
                  ? [FIREBASE_EMULATOR_STEP]
                  : a.supabaseProject === undefined
                    ? [
                        (a.via !== undefined ? MEDIA_SDK_SIGNATURE[a.via] : undefined) ??
                          '検証器が発行元の現在の鍵（HMAC なら発行元と同じシークレット）を使っているか、トークンが改変されていないかを確認してください。',
                      ]
                    : [
                        '同じプロジェクトの URL とキー（SUPABASE_URL とそのプロジェクトの anon キー）を使い、ユーザーもそのプロジェクトでサインインさせてセッションのトークンを得てください。',
                      ],
  },
  'signature.valid': {
    title: () => '署名は正しく検証できました',
    detail: (a) => `${a.alg} の署名を${a.kid === null ? '渡された鍵' : ` kid ${q(a.kid)} `}で検証しました。`,
    steps: () => [],
  },
  'signature.unchecked': {
    title: () => '署名は確認していません',
    // A switch, not an object of every reason's words indexed by the one: that formatted all seven (the fetch
    // failure's and the issuer's templates too) for each report showing this finding, 6 of the 8 examples.
    detail: (a) => {
      switch (a.reason) {
        case 'no-key':
          return a.hmacAlg === undefined
            ? '鍵が渡されていません。kid と署名を確認するには、発行元の JWKS か公開鍵をトークンと一緒に貼り付けてください（CLI では --jwks）。'
            : a.algRefused === true
              ? `鍵は渡されていませんが、鍵で結論は変わりません。このトークンは HMAC（${a.hmacAlg}）で署名されており、検証器はこのアルゴリズムを受け付けないため、鍵を使う前にトークンを拒否しています。`
              : HMAC_UNCHECKED(a.hmacAlg);
        case 'masked':
          return '署名が伏せられています。';
        case 'absent':
          return '署名の部分がありません。';
        case 'no-matching-key':
          return '鍵セットにトークンと一致する鍵がありません。';
        case 'unsupported':
          return '渡された鍵は、このアルゴリズムには使えませんでした。';
        case 'issuer-not-trusted':
          return a.iss === undefined || a.iss === null
            ? 'トークンに iss がないため、鍵を取得する発行元がわかりません。何も取得していません。'
            : `トークンの発行元 ${q(a.iss)} は、鍵の取得先として設定された発行元ではないため、何も取得していません。貼り付けられたトークンが接続先を決めることはありません。`;
        case 'key-fetch-failed':
          return `発行元の鍵を${a.url === undefined || a.url === null ? '' : ` ${a.url} から`}取得できませんでした。${FETCH_FAILURE[a.failure ?? 'network'](a.httpStatus ?? null)}。kid と署名は確認していません。このツールは自身のネットワークから取得しているため、API の検証器でも同じことが起きているとは限りません。`;
      }
    },
    steps: (a) => {
      switch (a.reason) {
        case 'no-key':
          return a.hmacAlg === undefined
            ? [
                'kid と署名を確認するには、発行元の JWKS（jwks_uri が返す JSON）をトークンと一緒に貼り付けるか、CLI に --jwks jwks.json を付けて再実行してください。',
              ]
            : a.algRefused === true
              ? []
              : [HMAC_CHECK_STEP];
        case 'issuer-not-trusted':
          return a.hmacAlg !== undefined
            ? [HMAC_CHECK_STEP]
            : a.iss === undefined || a.iss === null
              ? []
              : [
                  'この発行元も確認したい場合は、運用者に JWT_DIAGNOSE_TRUSTED_ISSUERS へ追加してもらうか（CLI では --issuer <iss>）、JWKS をレポートと一緒に貼り付けてください。',
                ];
        case 'key-fetch-failed':
          return [
            a.failure === 'not-https' || a.failure === 'redirect-blocked'
              ? '設定された発行元または JWKS の URL を確認してください。発行元自身のホストの https である必要があります（http は運用者が許可したホストに限ります）。'
              : `API のホストから同じ URL を取得してみてください（curl -sv ${a.url ?? '<jwks_uri>'}）。そこでも失敗するなら、検証器も鍵を取得できていません（key.jwks-unavailable）。`,
          ];
        default:
          return [];
      }
    },
  },
  'time.expired': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.title(a.signedUrl, a.agoSeconds, f, a.via, a.validForSeconds)
        : a.presigned !== undefined && a.agoSeconds !== null
          ? `${PRESIGNED_NAME[a.presigned]}の有効期限が${at(-a.agoSeconds, f)}切れています`
          : a.platform !== undefined && a.limitSeconds !== undefined
            ? PLATFORM_AGE_TITLE(a.agoSeconds, f)
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.title(a.clientCertificate, a.agoSeconds, f)
              : a.awsSession === true
                ? AWS_SESSION.title
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.title
                  : a.snowflakeSession === true
                    ? SNOWFLAKE_SESSION_EXPIRED.title
                    : a.validForSeconds !== undefined
                      ? `検証器は期限切れと判断していますが、このトークンはあと${f.duration(a.validForSeconds)}有効です`
                      : a.exp === 0 && a.statedExp === undefined
                        ? EXP_ZERO.title
                        : a.agoSeconds === null
                          ? a.maxAge
                            ? '発行からの経過時間が検証器の上限（max age）を超えています'
                            : 'トークンの有効期限が切れています'
                          : `トークンの有効期限が${at(-a.agoSeconds, f)}切れています`,
    detail: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.detail(a.signedUrl, a.exp, a.agoSeconds, f, a.via, a.validForSeconds)
        : a.presigned !== undefined && a.exp !== null && (a.expiresSeconds !== undefined || epochExpiry(a.presigned))
          ? presignedDetail(a.presigned, a.exp, a.expiresSeconds, a.skewSeconds, f)
          : a.platform !== undefined && a.limitSeconds !== undefined && a.iat !== undefined
            ? platformAgeDetail(a.platform, a.iat, a.limitSeconds, f)
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.detail(a.clientCertificate, a.exp, f, via(a))
              : a.awsSession === true
                ? AWS_SESSION.detail()
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.detail
                  : a.snowflakeSession === true
                    ? SNOWFLAKE_SESSION_EXPIRED.detail
                    : a.validForSeconds !== undefined
                      ? `検証器${via(a)}はトークンを期限切れと判断していますが、貼り付けられたトークンは基準時刻であと${f.duration(a.validForSeconds)}有効です。リクエストが別の（古い、またはキャッシュされた）トークンを送っているか、検証器の時計が少なくともその分だけ進んでいます。`
                      : a.noRefreshToken === true
                        ? `クライアント自身の OAuth ライブラリ${via(a)}が持つアクセストークンは期限切れで、新しいトークンを得るためのリフレッシュトークンがないため、リクエストを送っていません。`
                        : a.exp === 0 && a.statedExp === undefined
                          ? EXP_ZERO.detail
                          : a.exp === null
                            ? saasVendor(a.via) !== null && !a.maxAge
                              ? `${namedThen(a.via as string)}によると、自身が発行したアクセストークンの期限が切れています。期限を判断するのも ${namedThen(a.via as string)}自身です。`
                              : `検証器${via(a)}によると、トークンは${a.maxAge ? '発行から時間が経ちすぎています（max age 超過）' : '期限切れです'}。`
                            : `exp は ${f.iso(a.exp)} で、許容誤差（${a.skewSeconds}秒）を含めても基準時刻より前です。${a.statedExp === undefined ? '' : `検証器のメッセージにある有効期限 ${f.iso(a.statedExp)} は、拒否したトークンのもので、貼り付けたトークンのものではありません。リクエストは、貼り付けたものとは別の（古い、またはキャッシュされた）トークンを送っています。`}`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EXPIRED.steps(a.signedUrl)
        : a.presigned !== undefined
          ? [PRESIGNED_STEP[a.presigned]]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform]]
            : a.clientCertificate !== undefined
              ? CLIENT_CERT_EXPIRED.steps(a.clientCertificate)
              : a.awsSession === true
                ? AWS_SESSION.steps
                : a.esApiKey === true
                  ? ES_API_KEY_EXPIRED.steps
                  : a.assertion !== undefined && a.validForSeconds === undefined
                    ? [PROXY_ASSERTION_EXPIRED_STEP(ASSERTION_PROXY[a.assertion])]
                    : a.snowflakeSession === true
                      ? SNOWFLAKE_SESSION_EXPIRED.steps
                      : a.statedExp !== undefined
                        ? [
                            '新しいトークンを取得（リフレッシュ）して再試行してください。',
                            'クライアントが送るトークンをどこから得ているか確認してください。クライアントのキャッシュ、古い変数、別環境の設定のいずれかが、貼り付けたものとは別のトークンを送ることがあります（iat やフィンガープリントを比べてください）。',
                          ]
                        : a.validForSeconds !== undefined
                          ? [
                              '失敗したリクエストが、ここに貼り付けたトークンを送っているか確認してください。クライアントのキャッシュ、古い変数、別環境の設定が古いトークンを送ることがあります（iat やフィンガープリントを比べてください）。',
                              '同じトークンなら、検証器ホストの時計を基準時刻と比べてください（NTP）。トークンの残り有効期間より大きく進んでいるはずです。',
                            ]
                          : a.noRefreshToken === true
                            ? [
                                'もう一度サインインして（または新しいトークンを発行して）、クライアントが有効なアクセストークンを持つようにしてください。',
                                'トークン1つの有効期間より長く動くクライアントでは、リフレッシュトークンを要求してトークンと一緒に保存するか（Google は access_type=offline、OpenID Connect は offline_access スコープ）、自分で更新できる方式（サービスアカウント、client credentials）を使ってください。',
                              ]
                            : [
                                (a.exp === 0 ? EXP_ZERO.step : null) ??
                                  lineLoginStep(a.via, 'expired') ??
                                  (a.via === 'aws-ecr' ? ECR_LOGIN_AGAIN : null) ??
                                  realtimeTokenExpired(a.via) ??
                                  (a.mintedFor === undefined
                                    ? null
                                    : mintedTokenExpired(a.mintedFor, productName(a.mintedFor))) ??
                                  dataPlaneTokenExpired(a.via) ??
                                  saasTokenExpired(a.via) ??
                                  '新しいトークンを取得（リフレッシュ）して再試行してください。新しいトークンでも失敗する場合は、検証器と発行元の時計を比べてください。',
                              ],
  },
  'time.borderline': {
    title: (a, f) =>
      a.presigned !== undefined
        ? `${PRESIGNED_NAME[a.presigned]}の有効期限${a.pastSeconds >= 0 ? `は${f.relative(-a.pastSeconds)}に切れていますが、許容誤差の範囲内です` : `が${at(-a.pastSeconds, f)}切れます`}`
        : a.pastSeconds >= 0
          ? Math.round(a.pastSeconds) === 0
            ? 'トークンの有効期限がちょうど今切れました（許容誤差の範囲内）'
            : `トークンの有効期限は${f.relative(-a.pastSeconds)}に切れていますが、許容誤差の範囲内です`
          : `トークンの有効期限が${at(-a.pastSeconds, f)}切れます`,
    detail: (a, f) =>
      a.presigned !== undefined && (a.expiresSeconds !== undefined || epochExpiry(a.presigned))
        ? presignedDetail(a.presigned, a.exp, a.expiresSeconds, a.skewSeconds, f)
        : a.pastSeconds >= 0
          ? `exp は ${f.iso(a.exp)} です。許容誤差（${a.skewSeconds}秒）があれば受け入れられますが、許容誤差がこれより小さい検証器では拒否されます。`
          : `exp は ${f.iso(a.exp)} で、残りが許容誤差（${a.skewSeconds}秒）を切っています。送信中のリクエストが期限後に届くことがあります（リフレッシュの競合）。`,
    steps: (a) => [
      a.presigned !== undefined
        ? PRESIGNED_STEP[a.presigned]
        : '401 を受けてからではなく、exp の少し前（残りが1分を切ったときなど）にトークンをリフレッシュしてください。',
    ],
  },
  'time.not-yet-valid': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.title(a.signedUrl, a.inSeconds, f, a.via)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.title(a.inSeconds, f)
          : a.validSinceSeconds !== undefined
            ? `検証器はまだ有効でないと判断していますが、このトークンは応答時点で${f.duration(a.validSinceSeconds)}前から有効でした`
            : a.inSeconds === null
              ? 'トークンはまだ有効になっていません'
              : `トークンはまだ有効ではありません（${f.relative(a.inSeconds)}から有効）`,
    detail: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.detail(a.signedUrl, a.nbf, f, a.via)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.detail(a.clientCertificate, a.nbf, f)
          : a.validSinceSeconds !== undefined
            ? `検証器${via(a)}はトークンがまだ有効期間に入っていない（nbf）と判断していますが、貼り付けられたトークンは、サーバーが応答した時刻（Date ヘッダー）の${f.duration(a.validSinceSeconds)}前から有効でした。検証器の時計が少なくともその分だけ遅れているか、リクエストが別のトークンを送っています。`
            : a.nbf === null
              ? `検証器${via(a)}によると、トークンはまだ有効期間に入っていません（nbf）。`
              : a.afterIatSeconds !== undefined
                ? `nbf は ${f.iso(a.nbf)} で、トークン自身の iat の${f.duration(a.afterIatSeconds)}後です。発行元は iat の時点で署名し、有効開始をそれより後にしています（設定やトークン要求での開始の遅延、あるいは寿命を exp ではなく nbf に足すコード）。iat は基準時刻より進んでいないので、時計のずれは原因ではありません。`
                : `nbf は ${f.iso(a.nbf)} で、許容誤差（${a.skewSeconds}秒）を超えて未来です。発行元の時計が検証器より進んでいる可能性があります。`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_EARLY.steps(a.signedUrl)
        : a.clientCertificate !== undefined
          ? CLIENT_CERT_EARLY.steps
          : a.validSinceSeconds !== undefined
            ? CLOCK_BEHIND
            : a.afterIatSeconds !== undefined
              ? [
                  '発行元が nbf を iat より後にしている理由（設定やトークン要求での開始の遅延、寿命を nbf に足すコードなど）を調べ、nbf を iat 以前にしてください。直すまでは、発行されるトークンはどれも nbf を過ぎるまで拒否されます。',
                ]
              : [
                  '発行元と検証器の時計（NTP）を比べてください。検証器側では、小さな時刻のずれを許容するように設定します。',
                ],
  },
  'time.issued-in-future': {
    title: (a, f) =>
      a.issuedAgoSeconds !== undefined
        ? `検証器は発行時刻が未来だと判断していますが、このトークンは${f.duration(a.issuedAgoSeconds)}前に発行されています`
        : a.aheadSeconds === null
          ? 'トークンの発行時刻が未来になっています'
          : `トークンの発行時刻が現在より${f.duration(a.aheadSeconds)}先になっています`,
    detail: (a, f) =>
      a.issuedAgoSeconds !== undefined
        ? `検証器${via(a)}は iat が未来の時刻だと判断していますが、貼り付けられたトークンは、サーバーが応答した時刻（Date ヘッダー）の${f.duration(a.issuedAgoSeconds)}前に発行されています。検証器の時計が少なくともその分だけ遅れているか、リクエストが別のトークンを送っています。`
        : a.iat === null
          ? `検証器${via(a)}によると、iat が未来の時刻です。`
          : `iat は ${f.iso(a.iat)} で、許容誤差（${a.skewSeconds}秒）を超えて未来です。発行元の時計が検証器より進んでいます。`,
    steps: (a) =>
      a.via === 'line-sdk'
        ? [lineLoginStep(a.via, 'sdkClock') as string]
        : a.issuedAgoSeconds !== undefined
          ? CLOCK_BEHIND
          : [
              '発行元と検証器のホストで NTP を確認し、検証器側で小さな時刻のずれを許容してください（PyJWT なら leeway、jose なら clockTolerance）。',
            ],
  },
  'time.no-exp': {
    title: () => 'トークンに exp がありません',
    detail: (a) =>
      a.via === undefined
        ? '有効期限がないため、exp を必須とする検証器では拒否されます。漏洩した場合は、いつまでも使えてしまいます。'
        : a.via === 'mcp-sdk'
          ? 'MCP SDK の requireBearerAuth が拒否しました。トークン検証器が返した AuthInfo に expiresAt がありません。トークンに exp がないか、検証器が渡していません。'
          : `検証器${via(a)}は exp を必須としていますが、トークンにありません。`,
    steps: (a) =>
      a.via === 'mcp-sdk'
        ? [
            'サーバーの verifyAccessToken が AuthInfo に expiresAt（トークンの exp、秒）を返すようにしてください。トークン自体に exp がなければ、発行元で有効期限を付けてください。',
          ]
        : ['アクセストークンに有効期限を付けるよう、発行元を設定してください。'],
  },
  'time.milliseconds': {
    title: (a) => `${a.claim} が秒ではなくミリ秒になっています`,
    detail: (a, f) =>
      `${a.claim} は ${a.value}（13桁）です。NumericDate はエポックからの秒数です。1000 で割ると ${f.iso(Math.floor(a.value / 1000))} になります。`,
    steps: () => [
      'トークンを発行するコードを直してください。Date.now() ではなく Math.floor(Date.now() / 1000) を使います。',
    ],
  },
  'time.invalid': {
    title: (a) => `${a.claim === null ? '時刻クレーム' : `${a.claim} `}が数値ではありません`,
    detail: (a) =>
      a.value === null
        ? `検証器${via(a)}が時刻クレームの型を拒否しています。`
        : `${a.claim === null ? '時刻クレーム' : `${a.claim} `}は ${a.value} です。NumericDate は0以上の秒数でなければなりません。`,
    steps: () => ['トークンを発行するコードを直し、exp、nbf、iat を秒数の数値で入れるようにしてください。'],
  },
  'time.inconsistent': {
    title: (a) => `${a.claim ?? 'nbf'} が exp より後になっています`,
    detail: (a, f) =>
      a.value === null || a.exp === null
        ? `検証器${via(a)}によると、有効期間の前後関係が矛盾しています。`
        : `${a.claim ?? 'nbf'} は ${f.iso(a.value)} ですが、exp は ${f.iso(a.exp)} です。このトークンが有効になる時間帯はありません。`,
    steps: () => ['発行元の有効期間の設定か、トークンを発行するコードを直してください。'],
  },
  'time.short-lifetime': {
    title: (a, f) => `トークンの寿命が${f.duration(a.ttlSeconds)}しかありません`,
    detail: () => 'exp − iat が5分未満です。リフレッシュが遅れたり時計がずれたりするたびに、断続的に 401 が出ます。',
    steps: () => ['アクセストークンの寿命を延ばすか、期限よりかなり前にリフレッシュしてください。'],
  },
  'time.long-lifetime': {
    title: (a, f) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_TOO_LONG.title(a.ttlSeconds, f, a.via)
        : a.platform !== undefined && (a.ttlSeconds === null || a.fromNowSeconds !== undefined)
          ? PLATFORM_LIFETIME_TITLE(a.platform, a.fromNowSeconds, f)
          : a.ttlSeconds === null
            ? 'トークンの寿命が検証器の上限を超えています'
            : `トークンの寿命が${f.duration(a.ttlSeconds)}と長すぎます`,
    detail: (a, f) =>
      a.signedUrl !== undefined && a.limitSeconds !== undefined
        ? SIGNED_URL_TOO_LONG.detail(a.ttlSeconds, a.limitSeconds, a.via)
        : a.platform !== undefined && a.limitSeconds !== undefined
          ? platformLifetimeDetail(a.platform, a.limitSeconds, a.ttlSeconds, a.fromNowSeconds, f)
          : a.via === undefined
            ? 'アクセストークンの exp − iat が24時間を超えています。漏洩した場合、長い間使えてしまいます。'
            : `検証器（${named(a.via)}）は exp をどこまで先にできるかに上限を設けており、このトークンはそれを超えています。`,
    steps: (a) =>
      a.signedUrl !== undefined
        ? SIGNED_URL_TOO_LONG.steps
        : a.assertionNoIat === true
          ? [
              'クライアントアサーションに iat（同期した時計での現在時刻）を入れてください。iat がないと、Keycloak は exp をクライアントのトークンエンドポイント署名の最大有効期限（既定60秒、クライアントの詳細設定）までしか先に認めません。または exp をその範囲内にしてください。',
            ]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform]]
            : a.via !== undefined && MEDIA_SDK_LIFETIME[a.via] !== undefined
              ? [MEDIA_SDK_LIFETIME[a.via] as string]
              : ['アクセストークンの寿命を短くし、リフレッシュトークンで更新するようにしてください。'],
  },
  'claim.aud-mismatch': {
    title: (a) =>
      a.near === undefined
        ? 'トークンが別の API（audience）向けに発行されています'
        : `aud が期待値と${a.near.difference === 'trailing-slash' ? '末尾のスラッシュ' : a.near.difference === 'case' ? '大文字・小文字' : 'スキーム（http / https）'}だけ違います`,
    detail: (a, f) =>
      a.compared === 'client_id'
        ? `トークンに aud がありません（Cognito のアクセストークンには aud がありません）。そのため API Gateway の JWT オーソライザーは client_id ${quoted(a.aud, f)} をオーソライザーの audience の一覧${a.expected.length > 0 ? `（${anyOf(a.expected, f)}）` : ''}と照合し、一覧にないと判断しました。`
        : a.compared === 'cognito-client_id'
          ? `トークンに aud がありません（Cognito のアクセストークンには aud がありません）。Cognito の検証器が代わりに照合する client_id ${quoted(a.aud, f)}（aws-jwt-verify の clientId）が、期待される ${anyOf(a.expected, f)} と一致しません${via(a)}。`
          : a.via === 'clerk' && a.aud.length > 0
            ? `トークンの azp（認可された当事者。トークンを得たフロントエンドのオリジン）${quoted(a.aud, f)} が、Clerk の検証器に渡された authorizedParties${a.expected.length > 0 ? `（${anyOf(a.expected, f)}）` : ''}にありません${via(a)}。Clerk のセッショントークンは audience の代わりに azp を持ちます。`
            : a.aud.length > 0
              ? a.receiver === 'cloud-run'
                ? `aud は別の Cloud Run サービスの URL ${quoted(a.aud, f)} ですが、リクエストの送り先は ${sp(anyOf(a.expected, f))}です。Cloud Run が受け付けるのは、aud が受信側サービス自身の URL の ID トークンだけです。`
                : a.receiver === 'microsoft-graph'
                  ? `aud は ${quoted(a.aud, f)} ですが、リクエストの送り先は Microsoft Graph です。Graph が検証するのは Graph 向けに発行されたトークン（aud が ${anyOf(a.expected, f)}）だけで、このトークンは別の API 向けに取得されています${a.aud.includes('00000002-0000-0000-c000-000000000000') ? '（廃止済みの Azure AD Graph、graph.windows.net 向け）' : ''}。`
                  : a.near !== undefined
                    ? `aud は ${quoted(a.aud, f)} ですが、API が期待しているのは ${sp(anyOf(a.expected, f))}です${via(a)}${writerSays(a)}。${q(a.near.aud)} と ${q(a.near.expected)} は同じ API の別の書き方ですが、検証器は audience を1文字単位の完全一致で比較します。`
                    : a.expected.length > 0
                      ? `aud は ${quoted(a.aud, f)} ですが、API が期待しているのは ${sp(anyOf(a.expected, f))}です${via(a)}${writerSays(a)}。`
                      : a.federation === true
                        ? `aud は ${quoted(a.aud, f)} で、${FEDERATION_AUDIENCE_LISTS[trustOf(a.via)]}です${via(a)}。`
                        : `aud は ${quoted(a.aud, f)} で、API が期待する値と一致しません${via(a)}。`
              : a.expected.length > 0
                ? `API は aud に ${anyOf(a.expected, f)} を期待していますが、トークンの aud はこれと一致しません${via(a)}${writerSays(a)}。`
                : a.federation === true
                  ? `トークンの aud は${lead(FEDERATION_AUDIENCE_LISTS[trustOf(a.via)])}です${via(a)}。`
                  : `トークンの aud が、API が期待する値と一致しません${via(a)}。`,
    steps: (a, f) =>
      a.platform !== undefined
        ? [PLATFORM_STEP[a.platform]]
        : a.compared === 'client_id'
          ? [
              `アプリクライアント ID ${q(a.aud[0] ?? '')} を JWT オーソライザーの Audience の一覧に加えるか（aws apigatewayv2 update-authorizer … --jwt-configuration Audience=<アプリクライアント ID>,Issuer=<ユーザープールの発行元>）、一覧にあるアプリクライアントでトークンを取得してください。ID トークンの aud にも同じアプリクライアント ID が入ります。`,
            ]
          : a.compared === 'cognito-client_id'
            ? [
                `API が期待するアプリクライアント（${anyOf(a.expected, f)}）でトークンを取得するか、アプリクライアント ID ${q(a.aud[0] ?? '')} を API の検証器が受け付けるクライアント ID（aws-jwt-verify の clientId）に加えてください。`,
              ]
            : a.via !== undefined && MEDIA_SDK_AUDIENCE[a.via] !== undefined
              ? [MEDIA_SDK_AUDIENCE[a.via] as string]
              : a.via === 'line-login'
                ? [lineLoginStep(a.via, 'audience') as string]
                : a.via === 'clerk'
                  ? [CLERK_AUTHORIZED_PARTIES]
                  : a.via === 'logto'
                    ? [LOGTO_MANAGEMENT_AUDIENCE]
                    : a.via === 'kinde'
                      ? [KINDE_AUDIENCE]
                      : a.via === 'botframework'
                        ? [BOT_APP_ID_STEP]
                        : a.via === 'sap-cloud-security'
                          ? [XSUAA_AUDIENCE_STEP]
                          : a.receiver === 'microsoft-graph' || a.via === 'microsoft-graph'
                            ? [
                                'Microsoft Graph 向けにトークンを取得してください。クライアント資格情報ならスコープ https://graph.microsoft.com/.default、委任なら User.Read などの Graph のスコープです。自分の API 向けや Azure AD Graph（https://graph.windows.net）向けのトークンは Graph に拒否されます。',
                              ]
                            : a.receiver === 'cloud-run'
                              ? [
                                  `受信側サービスの URL（${q(a.expected[0] ?? '')}）を audience にして ID トークンを取得してください（gcloud auth print-identity-token --audiences=<URL>、Go は idtoken.NewClient(ctx, "<URL>")、Node は GoogleAuth().getIdTokenClient("<URL>")）。Cloud Run が aud として受け付けるのは自身の URL か、サービスに設定したカスタムオーディエンスだけです。`,
                                ]
                              : a.near !== undefined
                                ? [
                                    `API が期待する audience と、トークンを要求するときの audience を同じ文字列に揃えてください。トークンは ${q(a.near.aud)}、API が期待しているのは ${q(a.near.expected)} です（Auth0 の API の Identifier や Entra の App ID URI は、入力したとおりの文字列で比較されます）。`,
                                  ]
                                : a.federation === true
                                  ? [federationAudienceStep(a.via, a.aud[0] ?? null)]
                                  : a.assertion !== undefined
                                    ? [PROXY_ASSERTION_AUDIENCE_STEP[a.assertion]]
                                    : a.noAudiencePassed === true
                                      ? [
                                          'PyJWT または python-jose の jwt.decode(token, key, algorithms=[…], audience="<API の audience>") で API の audience を渡してください。ここでの「Invalid audience」は、decode() に audience が渡されず、トークンに aud があるという意味です（PyJWT 2.x は不一致なら「Audience doesn’t match」。1.x と python-jose はどちらでも「Invalid audience」）。',
                                          'この API の audience 向けにトークンを取り直すか（トークン要求の audience / resource パラメーター）、API 側で期待する audience を直してください。',
                                        ]
                                      : [
                                          'この API の audience 向けにトークンを取り直すか（トークン要求の audience / resource パラメーター）、API 側で期待する audience を直してください。',
                                          ...(a.piiHidden === true
                                            ? [
                                                'IdentityModel はメッセージの値を隠しています（[PII … is hidden]）。値を見るには、本番以外の環境で起動時に IdentityModelEventSource.ShowPII = true（Microsoft.IdentityModel.Logging）を設定して再現し、表示される2つの値を比べてください。',
                                              ]
                                            : []),
                                        ],
  },
  'claim.aud-missing': {
    title: () => 'トークンに aud がありません',
    detail: (a) =>
      a.via === undefined
        ? 'audience を確認する検証器では拒否されます。'
        : `検証器${via(a)}は aud を必須としています。`,
    steps: () => [
      'aud が入るように、audience を指定してトークンを要求してください（Auth0 なら audience パラメーター、Entra ID なら API のスコープ）。',
    ],
  },
  'claim.iss-mismatch': {
    title: (a) =>
      a.entraTokenVersion === undefined
        ? 'トークンが別の発行元から発行されています'
        : `トークンは Entra ID の v${a.entraTokenVersion} 形式ですが、API は v${a.entraTokenVersion === '1.0' ? '2.0' : '1.0'} を期待しています`,
    detail: (a, f) =>
      (a.iss !== null
        ? a.expected.length > 0
          ? `iss は ${q(a.iss)} ですが、期待しているのは ${sp(anyOf(a.expected, f))}です${via(a)}${writerSays(a)}。`
          : a.federation === true
            ? `iss は ${q(a.iss)} で、${FEDERATION_ISSUER_LISTS[trustOf(a.via)]}です${via(a)}。トークン交換は拒否されました。`
            : `iss は ${q(a.iss)} で、期待する発行元と一致しません${via(a)}。`
        : a.expected.length > 0
          ? `iss が、期待する発行元 ${anyOf(a.expected, f)} と一致しません${via(a)}${writerSays(a)}。`
          : a.federation === true
            ? `トークンの iss は${lead(FEDERATION_ISSUER_LISTS[trustOf(a.via)])}です${via(a)}。トークン交換は拒否されました。`
            : a.b2cTfp === true
              ? `トークンの iss は Azure AD B2C の tfp 形式（https://<ドメイン>/tfp/<テナント>/<ユーザーフロー>/v2.0/）で、Microsoft.IdentityModel の AAD 発行元検証はこの形式を受け付けません${via(a)}。受け付けるのは https://<ドメイン>/<テナント>/v2.0/ だけです。`
              : `iss が、期待する発行元と一致しません${via(a)}。`) + ENTRA_VERSION_DETAIL[a.entraTokenVersion ?? ''],
    steps: (a) =>
      a.via === 'line-login'
        ? [lineLoginStep(a.via, 'issuer') as string]
        : a.entraTokenVersion === '1.0'
          ? [
              'API のアプリ登録（クライアントではなく API 側）のマニフェストで requestedAccessTokenVersion（旧マニフェストでは accessTokenAcceptedVersion）を 2 にしてから、トークンを取り直してください。または、API がテナントの v1.0 の発行元も受け入れるようにしてください。',
            ]
          : a.entraTokenVersion === '2.0'
            ? [
                'テナントの v2.0 の発行元（https://login.microsoftonline.com/<テナント>/v2.0）を API の有効な発行元に加えてください。または、API のアプリ登録の requestedAccessTokenVersion を 1 に戻してトークンを取り直してください。',
              ]
            : a.federation === true
              ? [federationIssuerStep(a.via, a.iss)]
              : a.b2cTfp === true
                ? [
                    // en と同じ出典。
                    'Azure AD B2C テナントでユーザーフローを開き（ユーザーフロー → 対象のフロー → 設定 → プロパティ）、トークンの互換性の設定で発行者（iss）要求を https://<ドメイン>/<テナント>/v2.0/ の形式にしてから、トークンを取り直してください。',
                  ]
                : [
                    'どの IdP（テナント、環境、リージョン）がトークンを発行したのか、API がどの発行元を信頼しているのかを確認してください。',
                    ...(a.piiHidden === true
                      ? [
                          'IdentityModel はメッセージの値を隠しています（[PII … is hidden]）。値を見るには、本番以外の環境で起動時に IdentityModelEventSource.ShowPII = true（Microsoft.IdentityModel.Logging）を設定して再現し、表示される2つの値を比べてください。',
                        ]
                      : []),
                  ],
  },
  'claim.iss-trailing-slash': {
    title: (a) =>
      `iss が期待値と${a.difference === 'trailing-slash' ? '末尾のスラッシュ' : a.difference === 'case' ? '大文字・小文字' : 'スキーム（http / https）'}だけ違います`,
    detail: (a) =>
      `iss は ${q(a.iss)}、期待値は ${q(a.expected)} です${via(a)}。検証器は発行元を1文字単位の完全一致で比較します。`,
    steps: (a) =>
      a.difference === 'scheme' && /^http:/i.test(a.iss) && /^https:/i.test(a.expected)
        ? [
            `発行元が公開用の https の URL（${q(a.expected)}）で自身を名乗るようにしてください。TLS を終端するプロキシーの後ろでは、指定しない限り、受けた http の接続から URL を組み立てます（Keycloak: --hostname に https の完全な URL を指定するか、--proxy-headers xforwarded を指定してプロキシーから X-Forwarded-Proto: https を送ります）。API が http の発行元を期待するようにはしないでください。`,
          ]
        : [
            `API が期待する発行元を ${q(a.iss)} に正確に合わせるか（発行元のディスカバリドキュメントからコピーします）、発行元に設定されている URL を直してください。`,
          ],
  },
  'claim.iss-missing': {
    title: () => 'トークンに iss がありません',
    detail: (a) =>
      a.via === undefined ? '発行元を確認する検証器では拒否されます。' : `検証器${via(a)}は iss を必須としています。`,
    steps: () => [
      'トークンが想定どおりの IdP から発行されているか確認してください。ほとんどの IdP は、すべてのトークンに iss を入れます。',
    ],
  },
  'claim.environment': {
    title: (a) => `トークンの ${a.claim} が${environmentIn(a.environment)}を指しています`,
    detail: (a) =>
      `${a.claim} は ${q(a.value)}（${environment(a.environment)}）ですが、${q(a.against)} に対して使われています。ある環境のトークンを別の環境に送っています。`,
    steps: () => [
      '呼び出し先と同じ環境の IdP からトークンを取得してください（クライアントの設定のベース URL、テナント、audience を確認します）。',
    ],
  },
  'claim.sub-missing': {
    title: (a) =>
      a.supabaseKey === undefined
        ? 'トークンに sub がありません'
        : `トークンは Supabase プロジェクトの ${a.supabaseKey} キーで、ユーザーのセッショントークンではありません`,
    detail: (a) =>
      a.supabaseKey === undefined
        ? 'subject がありません。Client Credentials フローのトークンでは珍しくありませんが、sub でユーザーを識別する API では識別できません。'
        : `role が "${a.supabaseKey}" で sub がありません。これはプロジェクトの ${a.supabaseKey} API キーで、ユーザーではなくデータベースのロールを表す有効期限の長い JWT です${a.via === undefined ? '' : `。検証側${via(a)}はユーザーのトークンを求めています`}。ユーザーとして動作するエンドポイント（Auth の /auth/v1/user や getUser()、auth.uid() を使う RLS ポリシー）には、サインインしたユーザーのアクセストークンが必要です。`,
    steps: (a) =>
      a.supabaseKey === undefined
        ? a.via === 'supabase-auth'
          ? [
              // en の同じ分岐と同じ出典。
              'サインインしたユーザーのアクセストークン（signIn… 後のセッションの access_token）を "Authorization: Bearer <access_token>" で送ってください。Supabase Auth のユーザー用エンドポイント（/auth/v1/user、getUser()）は、sub のない JWT であるプロジェクトの anon キーや service_role キーをこのように拒否します。キーは apikey ヘッダーにだけ入れます。',
            ]
          : []
        : [
            '先にユーザーをサインインさせ、セッションの access_token を "Authorization: Bearer <access_token>" で送ってください。プロジェクトのキーは apikey ヘッダーにだけ入れます。',
            ...(a.supabaseKey === 'service_role'
              ? [
                  'service_role キーはサーバーだけで使ってください。Row Level Security を迂回するため、クライアントに渡してはいけません。',
                ]
              : []),
          ],
  },
  'claim.required-missing': {
    title: (a) =>
      a.notString === true
        ? `クレーム ${a.claim ?? ''} が、検証器の求める文字列ではありません`
        : a.mismatch === true
          ? `${a.claim === null ? 'クレーム' : `クレーム ${a.claim} `}の値が、検証器の求める値ではありません`
          : a.claim === null
            ? '必須のクレームがありません'
            : `必須のクレーム ${a.claim} がありません`,
    detail: (a) =>
      a.notString === true
        ? `トークンの ${a.claim ?? 'そのクレーム'} が数値など文字列以外の値です。RFC 7519 では文字列と定められており、検証器${via(a)}はこれを拒否します。`
        : a.mismatch === true
          ? `トークンには ${a.claim ?? 'そのクレーム'} がありますが、検証器${via(a)}が求める値ではありません。`
          : a.claim === null
            ? `検証器${via(a)}が必須とするクレームが、トークンに含まれていません。`
            : `検証器${via(a)}は ${a.claim} を必須としていますが、トークンに含まれていません。`,
    steps: (a) => [
      a.notString === true
        ? `発行元で ${a.claim ?? 'そのクレーム'} を文字列として発行してください（整数ではなく str(user.id)）。流通中のトークンがすべて入れ替わるまでは、検証器側で型の確認を外すこともできます（PyJWT: options={"verify_${a.claim ?? 'sub'}": False}）。`
        : a.mismatch === true && a.via === 'line-login' && (a.claim === 'nonce' || a.claim === 'sub')
          ? (lineLoginStep(a.via, a.claim === 'nonce' ? 'nonce' : 'subject') as string)
          : a.mismatch === true && a.via === 'oauth2-proxy' && a.claim === 'email_verified'
            ? 'IdP はユーザーのメールアドレスを未確認としています（ID トークンの email_verified が false）。IdP でアドレスを確認済みにしてもらってから（または IdP 側で確認済みにしてから）、もう一度サインインしてください。ログインについては、oauth2-proxy は --insecure-oidc-allow-unverified-email で受け入れられます。一部のリリースでは、ベアラートークンの経路（--skip-jwt-bearer-tokens）がこのフラグに関係なく email_verified を確認するため（oauth2-proxy/oauth2-proxy#1152）、確認済みのメールアドレスしか通りません。'
            : a.mismatch === true
              ? 'トークンのクレームの値を API が求める値と比べ、発行元（ユーザーの情報、クレームマッピング、ルール、アクションなど）で値を直すか、API 側の求める値を見直してください。'
              : a.via === 'google-iap' && a.claim === 'email'
                ? 'サービスアカウントの ID トークンを email クレーム付きで取得してください。Google は求められたときだけ email を入れます。gcloud auth print-identity-token --include-email、IAM Credentials API の generateIdToken で includeEmail: true、メタデータサーバーの identity エンドポイントで format=full のいずれかです。audience は IAP の OAuth クライアント ID のままです。'
                : '発行元でクレームを追加するか（クレームマッピング、ルール、アクションなど）、API 側の必須クレームを見直してください。',
    ],
  },
  'claim.pii': {
    title: () => 'トークンに個人情報が含まれています',
    detail: (a, f) =>
      `${f.list(a.claims)} が入っています。JWT はエンコードされているだけで暗号化されていないため、トークンを持っている人なら誰でも読めます。`,
    steps: () => [],
  },
  'scope.insufficient': {
    title: (a, f) =>
      allCaseOnly(a)
        ? 'トークンのスコープは、必要なものと大文字・小文字だけが違います'
        : a.via === 'sap-approuter'
          ? 'ユーザーのトークンには、ルートが求めるスコープがどれもありません'
          : a.via === 'appwrite' && a.missing.length > 0
            ? `Appwrite の API キーに ${f.list(a.missing)} がありません`
            : a.missing.length === 0
              ? 'トークンに必要なスコープがありません'
              : a.anyOf === true
                ? `トークンには ${f.list(a.missing)} のどれもありません`
                : `トークンに ${f.list(a.missing)} がありません`,
    detail: (a, f) =>
      (a.via === 'sap-approuter' && a.required.length > 0
        ? `SAP アプリケーションルーターはこのルートに ${sp(anyOf(a.required, f))}を求めますが、ユーザーのトークンが持つのは ${a.granted.length === 0 ? 'そのどれでもないスコープ' : f.list(a.granted)} です。`
        : a.required.length === 0
          ? `サーバー${via(a)}によると、トークンの権限が足りません。${nestedRolesNote(a.nestedRoles, f)}`
          : a.grantsUnknown === true
            ? `サーバー${via(a)}によると必要なのは ${f.list(a.required)} です。${a.tokenUnreadable === true ? '貼られたトークンのクレームを読めない' : 'トークンが貼られていない'}ため、何が付与されているかはわかりません。`
            : `必要なのは ${sp(a.anyOf === true ? anyOf(a.required, f) : f.list(a.required))}で、${a.granted.length === 0 ? 'トークンには何も付与されていません' : `トークンに付与されているのは ${f.list(a.granted)} です`}。${nestedRolesNote(a.nestedRoles, f)}`) +
      (a.registryAction === undefined ? '' : registryScopeNote(a.registryAction)) +
      (a.caseOnly === undefined
        ? ''
        : `${a.caseOnly.map((c) => `${q(c.granted)} は必要な ${q(c.required)} と大文字・小文字だけが違います`).join('。')}。スコープは大文字・小文字も含めて完全一致で比べられます。`),
    steps: (a, f) => [
      ...(a.caseOnly === undefined
        ? []
        : [
            `ID プロバイダーでの定義（API やクライアントのスコープ）と、API が確認するスコープの綴りを揃えてください。トークンにあるのは ${f.list(a.caseOnly.map((c) => q(c.granted)))}、API が必要とするのは ${f.list(a.caseOnly.map((c) => q(c.required)))} です。`,
          ]),
      ...(a.nestedRoles === undefined
        ? []
        : [
            'ルールが hasRole か hasAuthority("ROLE_…") なら、Keycloak のロール（realm_access.roles、resource_access.<client>.roles）を ROLE_ 接頭辞付きで読む authorities converter を持つ JwtAuthenticationConverter を Spring に設定してください。',
          ]),
      ...(a.registryAction !== undefined
        ? registryScopeSteps(a.registryAction)
        : allCaseOnly(a)
          ? []
          : a.via === 'slack'
            ? [slackScopeStep(a.missing, f)]
            : a.via === 'figma'
              ? [FIGMA_SCOPE_STEP(a.missing.length === 0 ? 'エンドポイントが示すスコープ' : f.list(a.missing.map(q)))]
              : a.via === 'google-api'
                ? [GOOGLE_SCOPE_STEP]
                : a.via === 'sap-approuter'
                  ? [APPROUTER_SCOPE_STEP]
                  : a.via === 'appwrite'
                    ? [appwriteScopeStep(scopesToRequest(a), f)]
                    : a.via === 'commercetools' && scopesToRequest(a).length > 0
                      ? [commercetoolsScopeStep(scopesToRequest(a), f)]
                      : a.via === 'gitea' || a.via === 'forgejo'
                        ? [forgeScopeStep(a.via === 'gitea' ? 'Gitea' : 'Forgejo', scopesToRequest(a), f)]
                        : a.via === 'bitbucket'
                          ? [bitbucketScopeStep(scopesToRequest(a), f)]
                          : a.anyOf === true
                            ? [requestOneScope(a.missing, f)]
                            : [requestScopes(scopesToRequest(a), f)]),
    ],
  },

  'scope.format': {
    title: (a) =>
      a.problem === 'array-scope'
        ? 'scope がスペース区切りの文字列ではなく配列になっています'
        : `${a.claim} がカンマ区切りになっています`,
    detail: (a) =>
      a.problem === 'array-scope'
        ? 'RFC 8693 / RFC 9068 では、scope はスペース区切りの1つの文字列です。スペースで分割する検証器には、スコープが1つも見つかりません。'
        : `${a.claim} のスコープがカンマで区切られています。検証器はスペースで分割するので、全体を1つの長いスコープとして扱います。`,
    steps: () => ['発行元がスコープをスペース区切りで出すようにするか、API がこの形を読めるようにしてください。'],
  },
  'proxy.gateway-response': {
    title: (a) =>
      a.notGrpc === true
        ? 'gRPC サーバーの手前にあるものが応答しています（gRPC のレスポンスではありません）'
        : a.googleIam === true
          ? `サービスではなく ${a.product} の IAM チェックがリクエストを拒否しています`
          : a.functionKey === true
            ? '関数が動く前に Azure Functions のホストが関数キーを拒否しています'
            : a.easyAuth === true
              ? 'アプリが動く前に App Service の認証がリクエストを拒否しています'
              : a.missingUserAgent === true
                ? 'GitHub の API が User-Agent ヘッダーのないリクエストを拒否しています'
                : a.apiKey
                  ? `${a.product} が拒否したのはトークンではなく API キーです`
                  : a.ownReply === true
                    ? `アプリケーションではなく ${a.product} が応答しています`
                    : `アプリケーションではなく ${a.product} が応答した可能性があります`,
    detail: (a) =>
      a.notGrpc === true
        ? 'gRPC クライアントが受け取ったのは gRPC のレスポンスではなく、ただの HTTP の応答（引用したステータス）です。gRPC サーバーはどの呼び出しにも HTTP 200 で応答し、自分のステータスを grpc-status に入れます。サーバーの手前のプロキシ、ロードバランサー、CDN、WAF が応答しており（gRPC を有効にしていない Cloudflare、バックエンドへ HTTP/2 を通さないイングレス、アクセスルール）、サーバーは呼び出しもトークンも見ていない可能性があります。'
        : a.googleIam === true
          ? `このページは Google のフロントエンドのものです（${shownSignals(a.signals, '、')}）。${a.product} はサービスを動かす前に呼び出し元を確認します。通すのは、Google が署名した ID トークンで、aud がサービスの URL（またはサービスに設定したカスタムオーディエンス）のものを、roles/run.invoker（Cloud Run 起動元）を持つプリンシパルが送った場合です。トークンなし、OAuth アクセストークン（ya29.…）、別の audience の ID トークン、ロールの不足は、どれもこのページになります。サービスのコードにはリクエストが届いていません。${a.gcloudAccessToken === true ? 'リクエストのトークンは "gcloud auth print-access-token" で取得したもので、これはアクセストークンです。' : ''}`
          : a.functionKey === true
            ? `Functions のホストが、本文もチャレンジもない 401 を返しています（${shownSignals(a.signals, '、')}）。関数の承認レベル（Function または Admin）は、x-functions-key ヘッダーか code クエリーパラメーターで関数キーかホストキーを求めますが、送られていないか、送ったキーがこの関数やこのアプリのものではありません。ホストは関数が動く前にキーを確かめ、Bearer トークンは見ません。`
            : a.easyAuth === true
              ? `このページは App Service の認証（Easy Auth）のものです（${shownSignals(a.signals, '、')}）。Bearer トークンを認証モジュール自身が検証して拒否したため、アプリのログには何も残りません。`
              : a.missingUserAgent === true
                ? 'GitHub の API はすべてのリクエストに User-Agent ヘッダーを求め、ないとトークンを見る前に 403 を返します。送らないクライアントがあります（Cloudflare Workers の fetch、素の HTTP ライブラリなど）。'
                : a.apiKey
                  ? `レスポンスに ${a.product} の特徴があります（${shownSignals(a.signals, '、')}）。ゲートウェイはトークンを検証する前に API キー（サブスクリプションキーやアプリのキー）を確認して拒否しており、アプリケーションにはリクエストが届いていません。`
                  : `レスポンスに ${a.product} の特徴があります（${shownSignals(a.signals, '、')}）。アプリケーションにはリクエストが届いていない可能性があります。${
                      a.cognitoToken === 'access'
                        ? 'トークンは Cognito のアクセストークンです。REST API の Cognito ユーザープールオーソライザーは、メソッドに OAuth スコープが設定されていなければ ID トークンを受け付け、設定されているときだけ（そのスコープを含む）アクセストークンを受け付けます。'
                        : a.cognitoToken === 'id'
                          ? 'トークンは Cognito の ID トークンです。REST API の Cognito ユーザープールオーソライザーが ID トークンを受け付けるのは OAuth スコープのないメソッドだけで、スコープのあるメソッドはそのスコープを含むアクセストークンを求めます。'
                          : ''
                    }${a.supabaseVerifyJwt === undefined ? '' : EDGE_CHECK[a.supabaseVerifyJwt]}${
                      a.externalAuth === true
                        ? '貼り付けは auth-url アノテーションを設定しています。ingress-nginx はすべてのリクエストをまずその認証サービスに問い合わせ、401 か 403 が返るとサービスの本文ではなく自身のエラーページで応答します。'
                        : ''
                    }`,
    steps: gatewaySteps,
  },
  'proxy.waf-block': {
    title: (a) => `${a.product} がリクエストをブロックしています`,
    detail: (a) =>
      a.product === 'Zscaler Internet Access'
        ? '組織のフォワードプロキシ Zscaler Internet Access が、URL フィルタリング、クラウドアプリ、セキュリティのポリシーで、外へ出るリクエストをブロックしました（そのブロックページ）。API には届いておらず、トークンの問題ではありません。'
        : `WAF か CDN のルールで拒否されています${a.rule === null ? '' : `（エラー ${a.rule}）`}。トークンの問題ではありません。`,
    steps: (a) => [
      a.product === 'Zscaler Internet Access'
        ? 'ブロックページの理由（ブロックした URL カテゴリーやポリシー）を読み、Zscaler の管理者にこのホストを許可するよう依頼してください（カスタム URL カテゴリー、クラウドアプリや SSL インスペクションの例外）。スクリプトやテストからローカルや社内のホストへはプロキシを通さずに届きます（NO_PROXY / no_proxy）。'
        : 'WAF のイベントログでこのブロックを探し（Ray ID やリクエスト ID で検索します）、ルールかリクエストを調整してください。',
    ],
  },
  'proxy.authorizer-deny': {
    title: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.title
        : a.emptyReply === true
          ? 'Envoy 自身が空の 403 を返しています（外部認可 ext_authz による拒否）'
          : a.signIn === true
            ? `${a.product} の外部認証サービスがリクエストをサインインへ送りました`
            : a.authorizer === 'ext-authz'
              ? 'Envoy の外部認可サービスがリクエストを拒否しています'
              : a.authorizer === 'websocket-connect'
                ? 'API Gateway が $connect で WebSocket 接続を拒否しました'
                : a.policy === 'resource-policy'
                  ? 'API のリソースポリシーが呼び出し元を拒否しています'
                  : 'ゲートウェイのオーソライザーがリクエストを拒否しています',
    detail: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.detail
        : a.emptyReply === true
          ? 'この 403 には本文がなく、Envoy が背後のサービスからの応答すべてに付ける x-envoy-upstream-service-time もありません。応答したのは Envoy で、アプリケーションにはリクエストが届いていません。空の 403 は、ext_authz フィルターが外部認可サービス（OPA、oauth2-proxy、Authorino、自前のサービスなど）の拒否を受けたとき、また既定（status_on_error 403）ではそのサービスに届かなかったり失敗したりしたときにも返すものです。'
          : a.signIn === true
            ? `${a.authorizer === 'forward-auth' ? 'Traefik の forwardAuth ミドルウェアが、認証サーバーのリダイレクトをそのまま応答として返しました（「Remote error … StatusCode: 3xx」）。' : 'Envoy の ext_authz フィルターが、認可サービスのリダイレクトをそのまま応答として返しました（3xx でレスポンスコード詳細が ext_authz_denied）。'}サービス（oauth2-proxy、oidc-authservice、Pomerium、自前のサービスなど）が受け付けるサインインのセッションがなく、アプリケーションにはリクエストが届いていません。ブラウザーはリダイレクトに従ってサインインページへ進みますが、スクリプトや fetch() の呼び出しは 3xx そのものを受け取るか、サインインページが別のオリジンなら CORS エラーになります。`
            : a.authorizer === 'websocket-connect'
              ? 'API Gateway の WebSocket API へのハンドシェイクが 403 を受けました。API Gateway は接続を開く前に $connect ルートの認可（WebSocket API が $connect にだけ使える Lambda REQUEST オーソライザー、または IAM）を確かめ、それが拒否しました。オーソライザーが Deny（またはこの $connect の ARN を含まないポリシー）を返したか、IAM の呼び出し元にその ARN への execute-api:Invoke が許可されていません。背後のルートやバックエンドには接続が届いていません。'
              : a.authorizer === 'ext-authz'
                ? 'Envoy の ext_authz フィルターが外部認可サービス（OPA、oauth2-proxy、Authorino、自前のサービスなど）に問い合わせ、そのサービスがリクエストを拒否しました（レスポンスフラグ UAEX:「外部認可サービスによる拒否」）。応答したのは Envoy で、アプリケーションにはリクエストが届いていません。理由はそのサービスの判定にあり、Envoy やアプリケーションのログにはありません。'
                : a.policy === 'resource-policy'
                  ? a.principal === 'anonymous'
                    ? `${a.product} のリソースポリシーが匿名の呼び出し元を拒否しました。リクエストに IAM（SigV4）署名がなく、ポリシーがこの送信元（IP、VPC エンドポイント）からの匿名の呼び出しを許可していないか、Deny が当てはまっています。ベアラートークンは IAM の認証情報ではなく、拒否したのはトークンではなくポリシーです。`
                    : `${a.product} のリソースポリシーが${a.principal === undefined ? '呼び出し元' : `呼び出し元 ${a.principal}`}を拒否しました。送信元 IP、VPC エンドポイント、アカウントなどに対する明示的な Deny か、Allow がないことが原因です。拒否されたのはトークンではありません。`
                  : a.product === 'AWS AppSync'
                    ? 'AppSync の Lambda オーソライザーが isAuthorized: false を返しました。その場合 AppSync は、リゾルバーを実行する前にこの決まったメッセージで応答します。理由はオーソライザー関数自身のログにあります。'
                    : `${a.product} が明示的な拒否（explicit deny）を返しています。別のリソース用にキャッシュされたポリシーや、範囲が狭すぎるオーソライザーのポリシーが原因であることがよくあります。`,
    steps: (a) =>
      a.via === 'pusher'
        ? PUSHER_AUTH_ENDPOINT.steps
        : a.emptyReply === true
          ? [
              'Envoy のアクセスログでこのリクエストを探してください（または ext_authz のログレベルを debug に上げます）。レスポンスフラグ UAEX でレスポンスコード詳細が ext_authz_denied ならサービスによる拒否、ext_authz_error ならサービスの失敗です（アドレス、TLS、タイムアウト。OPA-Envoy プラグインが待ち受けていなくても同じ空の 403 になります）。',
              '拒否なら、このリクエストについてサービス自身のログを読んでください（OPA の決定ログには受け取った入力と結果が出ます）。どのルールが拒否したかが分かります。Envoy は HTTP の認可サービスにリクエストヘッダーの一部しか転送しません（ext_authz の allowed_headers）。',
            ]
          : a.signIn === true
            ? [
                'ブラウザーでサービスのページからサインインして再試行してください。リダイレクトが続くなら、このリクエストについてサービス自身のログ（なぜセッションがないと判断したか）を読み、そのセッション Cookie がこのホストに届いているか（Cookie の domain、SameSite、http での Secure）を確かめます。',
                'スクリプトや API クライアントなら、ブラウザーなしでサービスが受け付ける資格情報（検証するよう設定されたベアラートークン、通すパス）を送るか、リダイレクトの代わりに 401 を返させてください。oauth2-proxy は Accept: application/json を送るリクエストにはそうします（oauth2-proxy/oauth2-proxy#1522）。',
              ]
            : a.authorizer === 'websocket-connect'
              ? [
                  '$connect のオーソライザーの CloudWatch ログでこの接続を探し、識別ソースに何を受け取り、なぜ拒否したかを確かめてください。ブラウザーは WebSocket にヘッダーを付けられないので、トークンはクエリ文字列（wss://…/<stage>?token=…）で送り、オーソライザーの identitySource がそれを指している必要があります（route.request.querystring.token）。Node のクライアントならヘッダーでも送れます。',
                  'オーソライザーが返すポリシーを確認してください。Resource が arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/$connect を含む必要があります（別の接続やステージでキャッシュされた狭い ARN のポリシーはこの接続を拒否します）。IAM 認可なら、その ARN への execute-api:Invoke が許可された呼び出し元としてハンドシェイクに SigV4 署名をしてください。',
                ]
              : a.authorizer === 'ext-authz'
                ? [
                    '外部認可サービス自身のログ（OPA の決定ログ、oauth2-proxy のログ、そのサービスのログ）でこのリクエストを探してください。どのルールやチェックが拒否したかが分かります。',
                    '許可されるはずなら、サービスが受け取った内容とポリシーが読む内容を比べてください。Envoy は HTTP の認可サービスにリクエストヘッダーの一部しか転送しません（ext_authz の allowed_headers）。',
                  ]
                : a.policy === 'resource-policy'
                  ? [
                      'API のリソースポリシー（"aws apigateway get-rest-api --rest-api-id <id> --query policy"）に、この呼び出し元（aws:SourceIp、aws:SourceVpce、プリンシパル）に当たる Deny がないか、Allow が欠けていないかを確認してください。送信元 IP はアクセスログで確認できます。',
                      'リソースポリシーを変更したら、API をデプロイし直してください。変更は新しいデプロイにしか反映されません。',
                    ]
                  : a.product === 'AWS AppSync'
                    ? [
                        'このリクエストについて Lambda オーソライザーの CloudWatch ログを確認してください。Authorization ヘッダーの値を authorizationToken として受け取って判断しています。AppSync はその結果を ttlOverride（または API のオーソライザー TTL）秒間キャッシュします。',
                      ]
                    : [
                        'オーソライザーが返すポリシー（リソース ARN のワイルドカード）と、結果キャッシュの TTL を確認してください。キャッシュを無効にして再試行します。',
                      ],
  },
  'proxy.route-not-found': {
    title: () => 'ゲートウェイにこのルートがありません',
    detail: (a) =>
      `${a.product} は、存在しないパスやメソッドに認証エラーのような応答を返します。トークンではなく、URL、ステージ、メソッドを確認してください。`,
    steps: () => ['URL のパス、ステージ名、HTTP メソッドを、デプロイされている API と照らし合わせてください。'],
  },
  'policy.deny': {
    title: (a) =>
      a.signedRequest !== undefined
        ? 'AWS のポリシーでリクエストが拒否されています'
        : // サーバーが述べた拒否はトークンについて何も言いません（Firestore のルールは送られたトークンが期限切れでも拒否します）。
          // 「トークンに問題はなく」と言えるのは、トークンに問題がないときだけ出る推定の拒否です。
          a.stated
          ? a.via === 'harbor'
            ? 'Harbor が、見えたアカウントにリポジトリへのこの操作を認めませんでした'
            : a.unlikeVaultToken !== undefined
              ? 'Vault がリクエストを拒否しました: まず、Vault のどの形式でもないトークンを確かめてください'
              : a.via === 'node-vault'
                ? 'Vault がリクエストを拒否しました: 知らないトークンか、ポリシーです'
                : statedDenialTitle(a)
          : 'トークンに問題はなく、ポリシーでリクエストが拒否されています',
    detail: (a) =>
      a.signedRequest !== undefined && a.permission !== undefined
        ? `AWS は ${a.principal ?? '呼び出し元'} に、${a.resource === undefined ? '' : `${a.resource} に対する`}アクション ${q(a.permission)} を認めませんでした。${AWS_POLICY_SAYS[a.awsPolicy === 'identity' && a.explicitDeny ? 'identity-deny' : (a.awsPolicy ?? 'none')]}${a.explicitDeny ? '（明示的な Deny）' : ''}。ベアラートークンは関係ありません。`
        : a.signedRequest !== undefined
          ? `AWS はリクエストの署名を受け付けたうえで、アクセスポリシーで拒否しました${via(a)}。呼び出し元の IAM ポリシー、バケットやリソースのポリシー、ACL、組織の SCP、VPC エンドポイントポリシー、暗号化されたオブジェクトなら KMS キーポリシーのどれかです。ベアラートークンは関係ありません。`
          : a.stated && a.via === 'harbor'
            ? 'Harbor 自身の 401「unauthorized to access repository: <プロジェクト>/<リポジトリ>, action: <操作>」です。Harbor から見えたアカウントに、そのプロジェクトでその操作が許されていません。資格情報が届かなかったか受け付けられなかった（別のホスト名やポートへの docker login、失敗した資格情報ヘルパー）なら匿名の呼び出し元、そうでなければプロジェクトのロールや権限にその操作がないユーザーかロボットアカウント（robot$…）です。'
            : a.stated && a.unlikeVaultToken !== undefined
              ? `Vault は 403 permission denied を返しました。これはどのポリシーもそのパスを許可していないトークンにも、Vault が知らないトークンにも返す言葉です（古いリリースはこの言葉だけを返します）。貼り付けで設定されている ${a.unlikeVaultToken} は、Vault がトークンに付ける形式（hvs.、hvb.、s.、b. とランダムな部分。Vault 1.0 より前は UUID）のどれでもないため、この Vault のトークンではない可能性があります。プレースホルダー、打ち間違いや途中で切れた値、別の変数の値などです。ただし、その ID を手で設定した場合（開発サーバーの -dev-root-token-id、vault token create -id）は別です。`
              : a.stated && a.via === 'node-vault'
                ? 'Vault は 403 permission denied を返しました（node-vault）。どのポリシーもそのパスを許していないトークンにも、invalid token より先に、Vault が知らないトークンにもそう答えます。'
                : a.stated
                  ? a.permission === undefined && a.via === 'dataverse'
                    ? 'Microsoft Dataverse はトークンを受け入れましたが、この環境にそのプリンシパルに当たるユーザーがいません（0x80072560）。環境のアプリケーション ユーザーでないアプリ登録、環境に追加されていない人、または別のテナントのトークンです。'
                    : a.permission !== undefined && a.via === 'dataverse'
                      ? `Microsoft Dataverse は呼び出し元を認証しましたが、そのセキュリティロールは${a.resource === undefined ? '' : `テーブル ${a.resource} の`}特権 ${q(a.permission)} を与えていません。`
                      : a.permission !== undefined && a.via === 'magento'
                        ? `Magento は呼び出し元を認証しましたが、その ACL は呼び出し元にリソース ${q(a.permission)} を許可していません。`
                        : a.permission !== undefined
                          ? `サーバー${via(a)}の認可ポリシーがリクエストを拒否しました。IAM は呼び出し元に${a.resource === undefined ? '' : ` ${a.resource} での`}権限 ${q(a.permission)} の使用を認めていません。`
                          : statedDenialDetail(a)
                  : 'トークンは有効で、必要なスコープもそろっているように見えます。403 はリソース単位のポリシー（RBAC、テナント、所有者）によるものです。',
    steps: (a) =>
      a.via === 'aws-bedrock' || a.regionBlocked === true || (a.signedRequest !== undefined && a.via === 'aws-appsync')
        ? ownDenialSteps(a)
        : a.signedRequest !== undefined && a.permission !== undefined
          ? [awsDenialStep(a)]
          : a.signedRequest !== undefined
            ? [AWS_WHO_SIGNED_STEP]
            : a.stated && a.via === 'envoy'
              ? envoyRbacSteps(a)
              : a.stated && a.via === 'dataverse'
                ? [dataversePrivilegeStep(a.permission, a.resource)]
                : a.stated && a.keyRefusal !== undefined
                  ? [RESTRICTED_KEY_STEP[a.keyRefusal]]
                  : a.geminiModel === true
                    ? [GEMINI_MODEL_ACCESS]
                    : a.stated && a.permission !== undefined && a.via !== 'magento'
                      ? [gcpPermissionStep(a.permission, a.resource)]
                      : a.stated && a.unlikeVaultToken !== undefined
                        ? [
                            `まずトークンを確かめてください。同じ VAULT_ADDR と、リクエストが使った ${a.unlikeVaultToken} の値で vault token lookup を実行します（エラーになれば Vault はそのトークンを知りません。vault login かクライアントの認証方法でログインし直し、返されたトークンを使います）。`,
                            STATED_DENIAL_STEP.vault as string,
                          ]
                        : a.sas !== undefined
                          ? [sasDenialStep(a.sas)]
                          : a.stated && a.via !== undefined && STATED_DENIAL_STEP[a.via] !== undefined
                            ? [STATED_DENIAL_STEP[a.via] as string]
                            : a.stated && a.gateway !== undefined
                              ? [gatewayPolicyStep(a.gateway)]
                              : a.stated
                                ? [
                                    '拒否したサービスの認可設定で、この呼び出し元がこのリソースに対して何を許可されているか（ロール、テナント、所有者）を確認してください。',
                                  ]
                                : [
                                    'サービスのログで、このユーザーとリソースに対する認可ポリシー（ロール、テナント、所有者）を確認してください。',
                                  ],
  },
  'verifier.misconfigured': {
    title: (a) =>
      a.setup !== undefined
        ? SETUP_TITLES[a.setup]
        : a.subrequestStatus !== undefined
          ? `nginx の auth_request が認証サービスから ${a.subrequestStatus} を受け取りました`
          : a.oidcProvider !== undefined
            ? 'AWS アカウントにトークンの発行元の IAM OIDC ID プロバイダーがありません'
            : a.vaultRole !== undefined
              ? `Vault のこの認証マウントにロール "${a.vaultRole}" がありません`
              : a.wifProvider !== undefined
                ? 'クライアントが指定した名前の有効なワークロード ID プロバイダーが Google の STS にありません'
                : '検証器の設定に誤りがあります',
    detail: (a) =>
      a.setup !== undefined
        ? SETUP_DETAILS[a.setup]
        : a.subrequestStatus !== undefined
          ? `nginx の auth_request が認証サービスの応答として受け付けるのは 2xx（通す）、401、403（拒否）だけで、${a.subrequestStatus} ではクライアントに 500 を返します。${subrequestCause(a.subrequestStatus)}どのトークンでも同じように失敗します。`
          : a.oidcProvider !== undefined
            ? `AWS STS は、このアカウントにトークンの発行元${a.oidcProvider === null ? '' : `（${a.oidcProvider}）`}の IAM OIDC ID プロバイダーを見つけられませんでした。アカウントが発行元を信頼していないため、トークンの中身にかかわらず、そのトークンではどのロールも引き受けられません。`
            : a.vaultRole !== undefined
              ? `ログインはロール "${a.vaultRole}" を指定しましたが、送り先の JWT/OIDC 認証マウント（auth/<mount>/login）にその名前のロールはありません。Vault はトークンを読む前に拒否しているため、どのトークンでも同じように失敗します。`
              : a.wifProvider !== undefined
                ? `トークン交換は audience としてワークロード ID プールかプロバイダー${a.wifProvider === null ? '' : `（${a.wifProvider}）`}を指定しましたが、Google の STS にはその名前の有効なものがありません（invalid_target: 綴りの誤り、プロジェクト番号の代わりのプロジェクト ID、プールかプロバイダーの無効化や削除）。STS はトークンを読む前に交換を拒否しているため、どのトークンでも同じように失敗します。`
                : `検証器${via(a)}自身の設定、つまり鍵、シークレット、発行元や audience の設定に関するエラーです。どのトークンでも同じように失敗します。`,
    steps: (a) =>
      a.setup !== undefined
        ? SETUP_STEPS[a.setup]
        : a.oidcProvider !== undefined
          ? stsProviderSteps(a.oidcProvider)
          : a.subrequestStatus !== undefined
            ? [
                'auth_request の location の URL を同じ Cookie か Authorization ヘッダーで自分で呼び（curl -i）、2xx、401、403 のどれかが返るか確かめてください。',
                'auth_request はサインイン画面ではなく認証サービスの確認用エンドポイント（oauth2-proxy の /oauth2/auth、Authelia の /api/authz/auth-request、vouch-proxy の /validate）に向け、ブラウザーのサインインへは error_page 401 = /sign-in で送ってください。',
                '同じリクエストについて認証サービス自身のログを読んでください。',
              ]
            : a.vaultRole !== undefined
              ? [
                  'ログインを送ったマウントのロールを一覧し（vault list auth/<mount>/role）、ログインのロール名がそのどれかと完全に一致するか確認してください。ロールは作成したマウントにしかないため、ログインもそのマウントに送ります（既定は auth/jwt/login で、別のパスで有効にした認証方式には別のロールがあります）。',
                ]
              : a.via === 'fosite'
                ? [HYDRA_INTROSPECTION_CALLER]
                : a.via === 'wp-jwt-auth'
                  ? [WP_JWT_AUTH_SECRET_STEP]
                  : a.wifProvider !== undefined
                    ? [
                        WIF_PROVIDER_STEP,
                        'プールとプロバイダーが存在し、有効か確認してください: gcloud iam workload-identity-pools providers describe PROVIDER --workload-identity-pool=POOL --location=global --project=PROJECT（state が ACTIVE で、disabled が true でないこと。削除したものは約30日間 DELETED のままで、その間は gcloud … undelete で復元できます）。',
                      ]
                    : [
                        'API の JWT 設定（署名鍵か JWKS の URL、有効な発行元と audience、許可するアルゴリズム）を直して、再デプロイしてください。',
                      ],
  },
  'oauth.invalid-client': {
    title: (a) =>
      a.assertionKey !== undefined
        ? a.assertionKey === 'expired'
          ? 'クライアントアサーションに署名する証明書の期限が切れています'
          : 'ID プロバイダーがクライアントアサーションの署名を検証できませんでした'
        : a.secretExpired === true
          ? 'クライアントシークレットの期限が切れています'
          : a.dynamicClient === true
            ? `認可サーバーがクライアントの登録を認識しなくなっています${endpointSaid(a)}`
            : `トークンエンドポイントがクライアントの資格情報を拒否しました${endpointSaid(a)}`,
    detail: (a) =>
      a.dynamicClient === true
        ? `${a.via === undefined ? '認可サーバー' : isClientReporter(a.via) ? `認可サーバー（${namedThen(a.via)}の報告）` : `認可サーバー（${named(a.via)}）`}は、クライアントが以前に自分で登録したクライアント ID（MCP クライアントが行う動的クライアント登録）を拒否しました。サーバーの再デプロイ、クライアントストアの消去、登録の期限切れのいずれかで登録が失われ、クライアントは古い ID を使い続けています。トークンは発行されていないので、MCP サーバーはまだトークン付きで呼ばれていません。`
        : `${a.via === undefined || a.via === 'response body' ? 'トークンエンドポイント' : `トークンエンドポイント（${named(a.via)}）`}は、クライアント自身の認証（クライアント ID、シークレット、アサーション）を受け付けませんでした${a.description === null ? '' : `（${q(a.description)}）`}。トークンは発行されていないので、API はまだトークン付きで呼ばれていません。`,
    steps: (a) =>
      a.dynamicClient === true
        ? [
            'クライアントが保存している OAuth の状態を消して、登録とサインインをやり直させてください。mcp-remote は ~/.mcp-auth に保存しています（このフォルダーを削除）。Claude Code は /mcp → Clear authentication です。その後、接続し直してください。',
            'MCP サーバーを再起動・再デプロイするたびに起きるなら、その認可サーバーは登録をメモリーかリセットされるストアに置いています。登録を永続化し、知らないクライアント ID には 401 invalid_client を返してください。MCP クライアントはこれを受けて登録し直します。',
          ]
        : a.assertionKey !== undefined
          ? [
              a.assertionKey === 'expired'
                ? '証明書を作り直すか更新し、公開部分をアプリの登録にアップロードしてください（Entra ID: アプリの登録 → アプリ → 証明書とシークレット）。秘密鍵をクライアントが読む場所に配置し、期限切れのものは削除します。'
                : 'クライアントが署名に使う証明書を、アプリの登録にある証明書と比べてください（Entra ID: アプリの登録 → アプリ → 証明書とシークレット）。アサーションのヘッダーの拇印（x5t は SHA-1 のバイト列の base64url、x5t#S256 は SHA-256 のもの。ポータルに出る16進ではありません）が、そこにあるものでなければなりません。アップロードするか、登録済みの証明書を使うようにクライアントを直してください。',
              'クライアントが秘密鍵を丸ごと（PEM の行と改行を保ち、余計な \\r なしに）読んでいること、その証明書と対であること、client_id がこのアプリの登録のものであることを確認してください。',
            ]
          : a.platform !== undefined
            ? [PLATFORM_STEP[a.platform], PLATFORM_KEY_STEP[a.platform]]
            : [
                a.secretExpired === true
                  ? 'アプリのクライアントシークレットを作り直し（Entra ID: アプリの登録 → 証明書とシークレット）、クライアントが読む場所に設定して、有効期限を控えてください。'
                  : a.via === 'salesforce'
                    ? SALESFORCE_CLIENT
                    : a.via === 'paypal'
                      ? PAYPAL_CLIENT
                      : 'クライアントが送る ID とシークレットを確認してください。シークレットの ID ではなく値か、ローテーション後の現在のものか、シークレットストアから末尾の空白や改行が入っていないか、環境ごとのクライアントか。',
                'クライアントの認証方式（Authorization: Basic の client_secret_basic か、本文の client_secret_post か）が、IdP がこのクライアントに求める方式と合っているか確認してください。',
              ],
  },
  'oauth.unauthorized-client': {
    title: (a) => `このクライアントにはこのグラントが許可されていません${endpointSaid(a)}`,
    detail: (a) =>
      `${tokenEndpoint(a)}はクライアントを認識していますが、要求されたグラントをこのクライアントに許可していません${desc(a)}。トークンは発行されていないので、API はまだトークン付きで呼ばれていません。`,
    steps: (a) =>
      googleDelegation(a.description)
        ? [GOOGLE_DWD_STEP]
        : a.via === 'epic-games'
          ? [
              // en の EPIC_CLIENT_GRANTS と同じ（出典もそちら）。
              'Epic は発行する auth クライアントごとにグラントタイプを決めており、このクライアント ID にはこのグラントがありません。このグラントを持つ auth クライアントのクライアント ID とシークレットでトークンを要求する（Authorization: Basic ヘッダー）か、このクライアントが持つグラントでトークンを取得してください。',
            ]
          : [
              'IdP でこのクライアントにグラントを許可してください。Keycloak のクライアントクレデンシャルグラントには、クライアントで "Client authentication" と "Service accounts roles" を有効にする必要があります。Okta と Auth0 ではアプリケーションの許可するグラントタイプ、IdentityServer では AllowedGrantTypes です。',
              'または、クライアントが登録されているグラントで要求してください（ユーザーのサインインには authorization_code、サービス自身としては client_credentials）。',
            ],
  },
  'oauth.invalid-scope': {
    title: (a) =>
      a.redirect === true
        ? `認可エンドポイントが要求されたスコープを拒否しました${endpointSaid(a)}`
        : `トークンエンドポイントが要求されたスコープを拒否しました${endpointSaid(a)}`,
    detail: (a) =>
      a.redirect === true
        ? `${authorizationEndpoint(a)}は、サインイン要求のスコープを受け付けず${desc(a)}、エラーを付けてリダイレクトで戻しました。未知のスコープ、形式の誤り、またはこのクライアントに付与された範囲を超えています。認可コードもトークンも発行されていません。`
        : `${tokenEndpoint(a)}は、要求されたスコープ（またはリソース）を受け付けませんでした${desc(a)}。未知のスコープ、形式の誤り、またはこのクライアントに付与された範囲を超えています。トークンは発行されていません。`,
    steps: () => [
      'scope パラメーターと、クライアントに付与されているものを比べてください。Entra ID のクライアントクレデンシャルは "<resource>/.default"（または完全なスコープ URI）、Keycloak はクライアントに割り当てたクライアントスコープ、Auth0 は API の audience とアプリケーションに付与したスコープ、Okta は認可サーバーに定義したスコープです。',
      'スコープはカンマではなく空白で区切り、scope パラメーターは1回だけ送ってください。',
    ],
  },
  'oauth.unsupported-grant': {
    title: (a) =>
      a.via === 'thingsboard'
        ? 'ThingsBoard のサインインエンドポイントは POST しか受け付けません'
        : `トークンエンドポイントがこのグラントタイプに対応していません${endpointSaid(a)}`,
    detail: (a) =>
      a.via === 'thingsboard'
        ? 'ThingsBoard は資格情報を読む前にリクエストを拒否しました（"Authentication method not supported"、errorCode 10）。サインイン（/api/auth/login）とトークン更新（/api/auth/token）のエンドポイントは、POST 以外のメソッドにこう答えます。トークンは発行も検証もされていません。'
        : `${tokenEndpoint(a)}は、リクエストが指定した grant_type を提供していません${desc(a)}。トークンは発行されていません。`,
    steps: (a) =>
      a.via === 'thingsboard'
        ? [
            'サインインは POST /api/auth/login に JSON 本文 {"username": …, "password": …} で、更新は POST /api/auth/token に {"refreshToken": …} で送ってください（Content-Type: application/json）。GET、ブラウザーでの表示、POST を GET に変えるリダイレクトはこの応答になります。',
          ]
        : [
            'リクエスト本文の grant_type を確認してください。RFC 6749 の綴り（client_credentials、authorization_code、refresh_token、urn:ietf:params:oauth:grant-type:jwt-bearer）で、JSON やクエリ文字列ではなくフォーム形式（Content-Type: application/x-www-form-urlencoded）で送ります。',
            'リクエストの宛先がこの IdP のトークンエンドポイントか、そのグラントが有効か（ディスカバリドキュメントの grant_types_supported）を確認してください。',
          ],
  },
  'oauth.invalid-code': {
    title: (a) =>
      a.expired
        ? 'トークンエンドポイントが認可コードを拒否しました（引き換える前に期限切れ）'
        : 'トークンエンドポイントが認可コードを拒否しました（使用済み・期限切れ・不明）',
    detail: (a) =>
      `${tokenEndpoint(a)}は、サインインで返された認可コードを受け付けませんでした${a.expired ? '。有効期間を過ぎてから引き換えられています' : '。すでに引き換え済みか、期限切れか、このサーバーが発行したものではありません'}。これは API を呼ぶ前のサインインのコールバックで起きています。アクセストークンは発行されておらず、失効したものもありません。`,
    steps: (a) => [
      ...(a.savedState === true
        ? [
            'MCP クライアントが保存している OAuth の状態（以前の実行の PKCE 検証子と登録）を消して、サインインし直してください。mcp-remote なら rm -rf ~/.mcp-auth のあと MCP クライアントを再起動、Claude Code なら /mcp → Clear authentication です。',
          ]
        : []),
      a.expired
        ? 'コールバックが受け取ったらすぐにコードを引き換えてください（Keycloak のコードの有効期間は既定で1分）。コールバックが遅い・再試行されている、またはサーバーの時刻が大きくずれていないかを確認してください。'
        : 'コードは1回だけ引き換えてください。コールバックが2回動く（コールバック URL の再読み込みや戻るボタン、React StrictMode での effect の二重実行、2つのタブ、タイムアウト後の再試行）と同じコードが再送され、2回目の交換が失敗します。',
      'コードを交換するコールバックが、それを発行したのと同じ IdP（レルム、ノード、環境）に、同じクライアントと redirect_uri で問い合わせているか確認してください。',
      'サインインをやり直して新しいコードを取得してください。',
    ],
  },
  'oauth.discovery-failed': {
    title: (a) =>
      a.document === 'registration'
        ? '認可サーバーが動的クライアント登録（RFC 7591）に対応していません'
        : a.document === 'server-metadata'
          ? 'クライアントが認可サーバーのメタデータ（RFC 8414）を読み込めませんでした'
          : 'クライアントがサーバーの保護リソースメタデータ（RFC 9728）を読み込めませんでした',
    detail: (a) => {
      const got = a.httpStatus === null ? '' : `（リクエストの結果は HTTP ${a.httpStatus}）`;
      const before =
        'クライアントはトークンを要求する前に止まっています。サーバーにトークンは送られておらず、拒否されてもいません。';
      return a.document === 'registration'
        ? `認可サーバーのメタデータに registration_endpoint がなく、クライアント${via(a)}には代わりに使う自分のクライアント ID もないため、サインインを始められません。${before}`
        : a.document === 'server-metadata'
          ? `クライアント${via(a)}が認可サーバーのメタデータ（/.well-known/oauth-authorization-server または /.well-known/openid-configuration）を読めませんでした${got}。認可エンドポイントとトークンエンドポイントがわかりません。${before}`
          : `クライアント${via(a)}が、このサーバーの認可サーバーを示す保護リソースメタデータ（/.well-known/oauth-protected-resource）を読めませんでした${got}。${before}`;
    },
    steps: (a) =>
      a.document === 'registration'
        ? [
            '認可サーバーにクライアントを自分で登録し、その ID（とシークレット）をクライアントに設定してください。mcp-remote なら --static-oauth-client-info、Claude のカスタムコネクタなら OAuth クライアント ID とシークレットの欄です。',
            'または、認可サーバーで動的クライアント登録を有効にするか、対応していない認可サーバーの前に対応しているもの（OAuth プロキシ: FastMCP の OAuthProxy、Cloudflare の workers-oauth-provider）を置いてください。',
          ]
        : a.document === 'server-metadata'
          ? [
              '認可サーバーのメタデータを自分で取得してください: curl -i <発行元のオリジン>/.well-known/oauth-authorization-server<発行元のパス> と /.well-known/openid-configuration。どちらかがトークンなしで 200 と JSON（authorization_endpoint と token_endpoint を含む）を返す必要があります。',
              'パス付きの発行元（Okta の /oauth2/<id>、Keycloak の /realms/<realm>、Cognito のユーザープール）は複数の well-known URL で探されます。404 のときだけ次を試すクライアントは、400・401・403・405 で止まります（modelcontextprotocol/typescript-sdk#804、#879）。クライアントを更新するか、最初に探される場所にドキュメントを置いてください。',
              'OAuth ではなく API キーや固定トークンを受け付けるサーバーには、このメタデータはありません。その資格情報をクライアントのヘッダーに設定すれば、OAuth は始まりません。',
            ]
          : [
              'メタデータを自分で取得してください: 401 の resource_metadata が示す URL か、<サーバーのオリジン>/.well-known/oauth-protected-resource<サーバーのパス> を curl -i で。トークンなしで 200 と、authorization_servers に認可サーバーを挙げた JSON を返す必要があります。',
              'そこで 401、403、HTML ページが返るなら、well-known のパスを守っているもの（ゲートウェイ、CDN のボット対策、サーバー自身の認証ミドルウェア）があります。/.well-known/* を除外してください。404 のときだけルートのドキュメントに戻るクライアントは、それ以外で止まります（modelcontextprotocol/typescript-sdk#2783）。クライアントも更新してください。',
              'OAuth ではなく API キーや固定トークンを受け付けるサーバーには、このメタデータはありません。その資格情報をクライアントのヘッダーに設定すれば、OAuth は始まりません。',
            ],
  },
  'oauth.interaction-required': {
    title: (a) =>
      ({
        login: 'IdP がユーザーのサインインを求めています（サイレントでのトークン取得はできません）',
        consent: 'このトークンを発行する前に、IdP が同意を求めています',
        'account-selection': 'IdP がユーザーにアカウントの選択を求めています',
        interaction: 'トークンを発行する前に、IdP がユーザーの操作を求めています',
        mfa: 'トークンを発行する前に、IdP が多要素認証を求めています',
      })[a.reason],
    detail: (a) => {
      const who =
        a.provider === 'entra-id'
          ? 'Microsoft Entra ID'
          : a.provider === 'auth0'
            ? 'Auth0'
            : a.provider === 'google'
              ? 'Google'
              : 'IdP';
      const why = {
        login:
          'ユーザーなしで使えるサインイン済みのセッションがありません（セッションがない、終わっている、リフレッシュトークンがもう使えない、またはブラウザーでサードパーティ Cookie のブロックやプライベートウィンドウなどにより Cookie が送られていない）',
        consent:
          'アプリが求めるアクセス許可（スコープ）に、ユーザー（またはテナント全体としては管理者）がまだ同意していません',
        'account-selection': '複数のアカウントがサインインしており、どれを使うかを IdP が代わりに選びません',
        interaction: '名前の示されていない何らかの操作をユーザーに求めています',
        mfa: 'ポリシーが多要素認証（またはその登録）を求めており、サイレントやパスワードによる要求では行えません',
      }[a.reason];
      // コマンドラインツール（gcloud、Azure CLI、azd）はアプリではなく自身のログインコマンドでサインインし直す。
      const again =
        a.cli !== undefined || a.provider === 'google'
          ? 'ユーザーがサインインし直す必要があります'
          : 'アプリは対話的に要求し直す必要があります';
      // ツールが保存したサインインにはブラウザーのセッションがない: ポリシーがユーザーを求めたためリフレッシュが拒否された。
      const reason =
        a.reason === 'login' && (a.cli !== undefined || a.provider === 'google')
          ? '保存されたサインインをユーザーなしではもう更新できません（セッション継続時間やサインイン頻度のポリシーが終わらせたか、再認証の時期です）'
          : why;
      return `${who} は、ユーザーを介さずに行われたトークン要求を拒否しました${via(a)}。${reason}。トークンは発行されておらず、API が判定したトークンもありません。${again}。`;
    },
    steps: (a) =>
      a.provider === 'docusign'
        ? [
            'DocuSign の JWT グラントには、インテグレーションキーごとに一度ユーザーの同意が必要です。JWT の sub が示すユーザーでサインインした状態で https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=<インテグレーションキー>&redirect_uri=<キーに登録したリダイレクト URI>（本番は account.docusign.com）を開き、許可してください。または組織の管理者がドメインのユーザーについて同意を与えます。signature と impersonation の両方を求めます。',
          ]
        : [
            a.cli === 'azure-cli'
              ? 'az login をもう一度実行し（メッセージが --scope を示していればそれを付けて: az login --scope https://management.core.windows.net//.default）、コマンドを再実行してください。kubelogin、Terraform、SDK の AzureCliCredential もこのサインインを使います。'
              : a.cli === 'azd'
                ? 'azd auth login を実行し、コマンド（azd up、azd provision、azd deploy）を再実行してください。'
                : a.provider === 'google'
                  ? 'サインインし直してください: gcloud 自体には gcloud auth login、アプリケーションのデフォルト認証情報（Google のクライアントライブラリ、Terraform など手元で動かすツール）には gcloud auth application-default login を実行し、コマンドを再実行します。'
                  : a.provider === 'auth0'
                    ? 'getTokenSilently が login_required、consent_required、interaction_required で失敗したら、同じ audience と scope で loginWithRedirect か getTokenWithPopup に切り替えてください。'
                    : a.msal !== null
                      ? MSAL_INTERACTIVE_JA[a.msal]
                      : a.provider === 'entra-id'
                        ? 'エラー（MSAL の InteractionRequiredAuthError）を捕まえ、同じスコープで対話的な要求に切り替えてください。MSAL.js なら acquireTokenRedirect か acquireTokenPopup、MSAL.NET なら AcquireTokenInteractive、あるいは prompt=none を付けないサインインです。'
                        : 'エラーを捕まえ、同じスコープで対話的な要求に切り替えてください。prompt=none を付けないリダイレクトかポップアップでのサインインにすれば、ユーザーがサインイン、同意、アカウントの選択を行えます。',
            ...(a.reason === 'consent'
              ? [
                  a.provider === 'auth0'
                    ? 'localhost やファーストパーティでないアプリケーションでは同意を省略できません。実際のホスト名で動かすか、アプリケーションをファーストパーティにして API 側で同意の省略を許可してください。'
                    : a.provider === 'entra-id'
                      ? 'ユーザー自身が同意できない場合は、管理者が一度だけ同意を与えます。アプリの登録の「API のアクセス許可」→「管理者の同意を与えます」、または管理者の同意 URL を使ってください。アプリが求めるスコープが API の公開しているものかも確認してください。'
                      : 'ユーザー自身が同意できない場合は、管理者が IdP の管理コンソールでアプリケーションへの同意を与えてください。アプリが求めるスコープが API の公開しているものかも確認してください。',
                ]
              : []),
            ...(a.reason === 'mfa'
              ? [
                  'パスワード（ROPC）などの非対話フローでは MFA を満たせません。認可コードフロー（またはデバイスコード）を使うか、ユーザーが関わらないならクライアント資格情報のトークンを使ってください。',
                ]
              : []),
            // セッションを終わらせるサインインのポリシーは繰り返し効き、ユーザーのいないジョブでは応えられない。
            ...(a.cli !== undefined
              ? [
                  '繰り返し起きる場合は、条件付きアクセスのポリシー（サインインの頻度、MFA）が CLI のセッションを終わらせています。自動化はユーザーではなくサービスプリンシパル、マネージド ID、ワークロード ID で実行してください（az login --service-principal、az login --identity）。',
                ]
              : a.provider === 'google'
                ? [
                    '数時間ごとに繰り返す場合は、Google Workspace や Cloud Identity のセッション管理ポリシー（Google Cloud のセッション継続時間、support.google.com/a/answer/9368756）がセッションを終わらせており、端末のないジョブでは応えられません。スクリプトや CI はユーザーではなくサービスアカウント（権限借用、ワークロード ID）で実行してください。',
                  ]
                : []),
            // iframe はブラウザーのもの: MSAL.NET、Java、Python、Android はリフレッシュトークンで更新する。
            ...(a.reason === 'login' &&
            a.cli === undefined &&
            a.provider !== 'google' &&
            (a.msal === null || a.msal === 'js')
              ? [
                  'サインイン直後でもサイレントサインインが失敗し続けるなら、iframe 内の IdP にセッション Cookie が届いていません（サードパーティ Cookie のブロック）。iframe の代わりにリフレッシュトークンを使うか、IdP にカスタムドメインを使ってください。',
                ]
              : []),
          ],
  },
  'request.cors-rejected': {
    title: (a) =>
      a.browser === true
        ? 'ブラウザーの CORS プリフライトが失敗したため、リクエストもトークンも送られていません'
        : a.preflight
          ? 'サーバーの CORS チェックがプリフライトを拒否しました（トークンの問題ではありません）'
          : 'サーバーの CORS チェックがリクエストを拒否しました（トークンの問題ではありません）',
    detail: (a) => {
      if (a.browser === true)
        return 'ブラウザーによると、CORS のプリフライト（Authorization も Cookie も付けずに先に送る OPTIONS リクエスト）に、Access-Control-Allow-Origin 付きの成功応答が返りませんでした。そのため本来のリクエストは送られず、トークンは判定されていません。誰が拒否したかを示す OPTIONS のステータスは貼り付けにありません。';
      // Japanese puts what the preflight asked before the noun: 「https://app.example.com から POST を送ってよいか尋ねる OPTIONS」.
      const asked = [
        a.origin === null ? '' : `${a.origin} から`,
        a.method === null ? '' : `${a.method} を送ってよいか尋ねる`,
      ]
        .filter((x) => x !== '')
        .join(' ');
      const said = a.stated ? `。"Invalid CORS request" と返しています${via(a)}` : '';
      return a.preflight
        ? `このリクエストは CORS のプリフライト（${asked === '' ? '' : `${asked} `}OPTIONS）で、403 に Access-Control-Allow-Origin がありません${said}。サーバーの CORS 設定がその送信元、メソッド、リクエストヘッダーを許可していません${a.stated ? '' : '（または前段のレイヤーが OPTIONS を拒否しています）'}。ブラウザーはプリフライトにトークンを付けず、本来のリクエストは送られていません。`
        : `サーバーがリクエストの Origin${a.origin === null ? '' : `（${a.origin}）`}を "Invalid CORS request" で拒否しました${via(a)}。送信元、メソッド、ヘッダーが CORS 設定にありません。トークンは判定されていません。`;
    },
    steps: (a) => [
      ...(a.browser === true
        ? [
            'DevTools の Network で同じ URL への OPTIONS リクエストを探し（「Fetch/XHR」などの絞り込みは外します）、ステータスを確認してください。401 ならプリフライトに認証がかかっています。403、または Access-Control-Allow-Origin のない 2xx なら、CORS 設定が送信元、メソッド、ヘッダーを拒否しています。',
          ]
        : []),
      `呼び出し元の送信元（スキーム、ホスト、ポートまで正確に）、メソッド、リクエストヘッダー（Authorization を含む）を API の CORS 設定に加えてください（${CORS_WHERE[corsFrameworkOf(a)]}）。`,
      CORS_BEFORE_AUTH[corsFrameworkOf(a)],
    ],
  },
  'request.csrf-rejected': {
    title: () => 'トークンではなく CSRF 対策がリクエストを拒否しています',
    detail: (a) =>
      `フレームワークの CSRF 対策${via(a)}が、認証がトークンを読む前に、この${a.method === undefined ? '状態を変える' : ` ${a.method} `}リクエストを拒否しました。求められる CSRF トークン（Cookie と、それに対応するヘッダーまたはフォームフィールド）がないか、一致しませんでした。${a.bearerSent === true ? 'リクエストには Bearer トークンが付いていましたが、それは検証されていません。Bearer トークンを受け取るステートレスな API には CSRF チェックは不要です。' : ''}`,
    steps: (a) => {
      const api =
        CSRF_API_STEP[a.via ?? ''] ??
        'Bearer トークンで認証するステートレスな API なら、そのルートでフレームワークの CSRF チェックを外してください（Spring Security の csrf.disable() や ignoringRequestMatchers("/api/**")、Laravel の api ルート、Rails の skip_forgery_protection）。';
      const browser =
        CSRF_BROWSER_STEP[a.via ?? ''] ??
        'Cookie でサインインするブラウザーアプリなら、POST、PUT、PATCH、DELETE のたびにフレームワークが求めるトークンヘッダーを送ってください（XSRF-TOKEN Cookie の値を X-XSRF-TOKEN で、csrftoken Cookie の値を X-CSRFToken で）。';
      return a.bearerSent === true
        ? [
            api,
            browser,
            'トークンより先に CSRF チェックを直してください。トークンは検証されておらず、トークン自体の問題は、リクエストが CSRF チェックを通過してはじめて（401 として）現れます。',
          ]
        : [api, browser];
    },
  },
  'policy.service-not-enabled': SERVICE_NOT_ENABLED,
  'federation.no-match': {
    title: (a) => FEDERATION_TITLES[trustOf(a.via)],
    detail: (a, f) => {
      const named = [
        a.issuer === null ? null : `発行元 ${q(a.issuer)}`,
        a.subject === null ? null : `サブジェクト ${q(a.subject)}`,
        a.audience === null ? null : `audience ${q(a.audience)}`,
      ].filter((x): x is string => x !== null);
      const token = [
        a.tokenIss === null ? null : `iss ${q(a.tokenIss)}`,
        a.tokenSub === null ? null : `sub ${q(a.tokenSub)}`,
        a.tokenAud.length === 0 ? null : `aud ${quoted(a.tokenAud, f)}`,
      ].filter((x): x is string => x !== null);
      return [
        `${FEDERATION_TRUSTS[trustOf(a.via)]}${via(a)}は、提示されたトークンを受け入れなかったので、交換は拒否され、資格情報は発行されていません。`,
        named.length === 0 ? '' : `拒否はトークンの${lead(f.list(named))} を挙げています。`,
        a.claim !== null && a.claim !== 'sub' ? `満たされなかったのはクレーム ${q(a.claim)} の条件です。` : '',
        token.length === 0 ? '' : `貼られたトークンは${lead(f.list(token))} です。`,
      ].join('');
    },
    steps: (a) => [
      FEDERATION_STEPS[trustOf(a.via)],
      // 基盤の sub の形は、トークンか貼り付けがその基盤を示すときだけ。
      ...(a.workload === null
        ? []
        : [
            `${SUBJECT_FORMS[a.workload]}${trustOf(a.via) === 'entra' ? '。Entra ID は大文字と小文字を区別して比べます' : ''}${a.workload === 'kubernetes' && trustOf(a.via) === 'aws' ? IRSA_AUDIENCE : ''}。`,
          ]),
    ],
  },
  'token.differs-from-working': {
    title: (a) => `動くトークンと比べて ${a.differences.map((d) => d.field).join('、')} が違います`,
    detail: (a) =>
      `貼り付けにある動くトークン（${a.working}）との違い: ${a.differences
        .map((d) =>
          'lacks' in d
            ? `${d.field} に ${d.lacks.map(q).join(' ')} がありません（動くトークンにはあります）`
            : `${d.field} は${d.failing === null ? 'こちらになく' : `こちらが ${q(d.failing)}`}、${d.working === null ? '動くほうにはありません' : `動くほうが ${q(d.working)}`}`,
        )
        .join('。')}。`,
    steps: (a) =>
      workingSteps(a, {
        issuer:
          '失敗するトークンも、動くトークンと同じ発行者（テナント・環境）から、同じオーディエンスとクライアント向けに取得してください。呼び出し側が別環境の IdP やクライアントの設定になっている可能性があります。',
        key: '2つのトークンは別の鍵かアルゴリズムで署名されています。検証側の鍵セットに失敗するトークンの kid があるか、発行者の署名アルゴリズムを検証側が許可しているか確認してください。',
        grants:
          '動くトークンが持つ権限（そのクライアントやユーザーに割り当てられたスコープやロール）を、失敗する呼び出し側にも付与してください。',
      }),
  },
};

/** en/findings.ts の AGED_NOTE・AGED_STEP と同じ（出典は checks/stated-elapsed.ts）。 */
const AGED_NOTE =
  'しばらくしてから失敗するようになったと貼り付けにあります。時間が経ってから拒否されるトークンは、たいてい期限が切れていて（アクセストークンの有効期間は1時間のことが多い）、クライアントが新しいものを取得していません。';
const AGED_STEP =
  '失敗したリクエストが送ったトークンを（署名を伏せて）貼ってください。exp と失敗した時刻を比べれば、期限切れだったかどうかが分かります。期限切れなら、クライアントがサインイン時に得たトークンを使い続けず、exp の前に（または 401 を受けたときに）更新しているか確かめてください。';

/** en/findings.ts の CLOCK_NOTE・CLOCK_STEP と同じ（出典は checks/stated-elapsed.ts）。 */
const CLOCK_NOTE =
  '貼り付けは時計のずれを（事実として、または疑いとして）挙げています。発行者との時刻の差が許容するずれを超える検証器は、発行されたばかりのトークンをまだ有効でない（iat、nbf）として、期限内のトークンを期限切れとして拒否します。';
const CLOCK_STEP =
  'トークンを（署名を伏せて）応答の Date ヘッダーと一緒に貼ってください。iat、nbf、exp を検証器の時刻と比べれば、時刻のずれかどうかが分かります。そのうえで、クライアント、ID プロバイダー、API の各ホストの時刻同期（NTP）か、検証器の許容するずれを確かめてください。';

export const findings: FindingMessages = {
  ...byCode,
  'token.missing': {
    title: (a, f) =>
      ownNoToken(a)?.title ??
      (a.afterAWhile === true && a.saidSent !== true
        ? '時間が経ってから拒否されています（トークンは貼り付けにありません）'
        : a.clockNamed === true && a.saidSent !== true
          ? '貼り付けは時計のずれを挙げています（トークンは貼り付けにありません）'
          : byCode['token.missing'].title(a, f)),
    detail: (a, f) => {
      const own = ownNoToken(a);
      if (own !== null) return own.detail;
      const notes = `${a.afterAWhile === true ? AGED_NOTE : ''}${a.clockNamed === true ? CLOCK_NOTE : ''}`;
      if (notes === '') return byCode['token.missing'].detail(a, f);
      return a.saidSent === true
        ? `${byCode['token.missing'].detail(a, f)}${notes}`
        : `認証エラーですが、貼り付けにはトークンも、それを運んだリクエストもありません。${notes}`;
    },
    steps: (a, f) => {
      const product = ownNoToken(a);
      if (product !== null) return product.steps;
      const own = [
        ...(a.platform === undefined ? [] : [PLATFORM_STEP[a.platform], PLATFORM_KEY_STEP[a.platform]]),
        ...(a.clockNamed === true ? [CLOCK_STEP] : []),
        ...(a.afterAWhile === true ? [AGED_STEP] : []),
      ];
      const steps = byCode['token.missing'].steps(a, f);
      return own.length > 0 ? [...own, ...steps.filter((s) => s !== PASTE_SENT_TOKEN)] : steps;
    },
  },
};
