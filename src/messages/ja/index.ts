import type { Catalogue, Format, PastedParts } from '../catalogue.js';
import { isoOf, splitDuration } from '../time-format.js';
import { evidence } from './evidence.js';
import { findings, refinedBy, sameAdvice } from './findings.js';

/** 510 → "8分30秒", 7500 → "2時間5分", 273600 → "3日4時間": the same precision as the English catalogue. */
function duration(seconds: number): string {
  const { d, h, m, s } = splitDuration(seconds);
  if (d > 0) return h > 0 ? `${d}日${h}時間` : `${d}日`;
  if (h > 0) return m > 0 ? `${h}時間${m}分` : `${h}時間`;
  if (m > 0) return s > 0 && m < 10 ? `${m}分${s}秒` : `${m}分`;
  return `${s}秒`;
}

const format: Format = {
  iso: isoOf,
  duration,
  // An offset that rounds to zero seconds is 「たった今」, not 「0秒前」 (it stands alone in a time column).
  relative: (seconds) =>
    Math.round(seconds) === 0 ? 'たった今' : seconds < 0 ? `${duration(-seconds)}前` : `${duration(seconds)}後`,
  list: (items) => items.join('、'),
};

/** The Japanese catalogue. */
/** en/index.ts の WEBSOCKET_403 と同じ（出典も同じ）。 */
const WEBSOCKET_403 =
  '拒否されたのがブラウザーの WebSocket ハンドシェイクなら、その 403 は認証だけでなく、サーバーのオリジンチェックからも返ります（gorilla/websocket の Upgrader.CheckOrigin は既定でサーバー自身のホスト以外を拒否します）。ブラウザーは認証にヘッダーで応えられません。サーバーが許しているオリジンと、このハンドシェイクについてのサーバーのログを確認し、トークンがサーバーの読む場所（URL のクエリ文字列、Cookie、または最初のメッセージ）にあるかを確認してください。';

/**
 * The step about the request's credential: a signed URL's is its signature (re-signing it is the step, whether or not
 * a token was pasted); otherwise the token, unless one was pasted.
 */
function credentialStep(shown: PastedParts | undefined, token: string): string[] {
  if (shown?.signedUrl === true) return [SIGNED_URL];
  return shown?.token === true ? [] : [token];
}

const SIGNED_URL =
  'このリクエストの資格情報はトークンではなく URL の署名です。署名者の現在のキーで、このメソッド・ホスト・パス・署名対象ヘッダーのとおりに URL を署名し直してください（クライアントやプロキシがどれかを変えると署名は合わなくなります）。署名者にこのリクエストの権限があるかも確認してください。';

/** What to paste when nothing in the paste names the cause (Catalogue.ui.noCauseSteps, before withHandshake). */
function askForCause(status: number | null, shown?: PastedParts): string[] {
  // 「403 だけでは」 but 「ステータスだけでは」: a number takes a space before Japanese, a Japanese word none.
  const it = status === null ? 'ステータス' : `${status} `;
  const log =
    'このリクエストについてゲートウェイ、WAF、またはサービスの認証ミドルウェアが出したログを貼り付けてください。';
  const token =
    'トークンを送っている場合は、署名を伏せて貼り付けてください。スコープ、audience、有効期限を確認します。';
  const body = shown?.body === true;
  const challenge = shown?.challenge === true;
  // The status was read inside the body pasted (a GraphQL error's extensions, an SDK's printed error): that body
  // is all the response shown, and it says nothing of why.
  if (shown?.bodyOnly === true) {
    return [
      `貼り付けられたボディは、どこがなぜ拒否したのかを示していません。このリクエストについてゲートウェイ、WAF、またはサービスの認証ミドルウェアが出したログ${challenge ? '' : 'か、レスポンスのヘッダー（特に WWW-Authenticate ヘッダー、あれば）'}を貼り付けてください。`,
      ...credentialStep(shown, token),
    ];
  }
  if (body && challenge) {
    return [
      `${it}もそのヘッダーとボディも、どこがなぜ拒否したのかを示していません。このリクエストについてゲートウェイ、WAF、またはサービスの認証ミドルウェアが出したログを貼り付けてください。`,
      ...credentialStep(shown, token),
    ];
  }
  const ask = body
    ? `レスポンスのヘッダー、特に WWW-Authenticate ヘッダー（あれば）を貼り付けてください。${it}とボディだけでは、どこがなぜ拒否したのか分かりません。`
    : challenge
      ? `レスポンスのボディを貼り付けてください。${it}とヘッダーだけでは、どこがなぜ拒否したのか分かりません。`
      : `レスポンスのボディと WWW-Authenticate ヘッダー（あれば）を貼り付けてください。${it}だけでは、どこがなぜ拒否したのか分かりません。`;
  return [ask, log, ...credentialStep(shown, token)];
}

/** The no-cause steps, led for a browser’s WebSocket handshake refused with 403 by what else answers it so. */
function withHandshake(status: number | null, shown: PastedParts | undefined, steps: string[]): string[] {
  return status === 403 && shown?.websocket === true ? [WEBSOCKET_403, ...steps] : steps;
}

export const ja: Catalogue = {
  locale: 'ja',
  format,
  findings,
  sameAdvice,
  refinedBy,
  evidence,
  classification: {
    authentication: '認証エラー',
    authorization: '認可エラー',
    undetermined: '判定不能',
  },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  source: {
    status: 'ステータス',
    'request-header': 'リクエストヘッダー',
    'response-header': 'レスポンスヘッダー',
    token: 'トークン',
    log: 'ログ',
    key: '鍵',
    options: 'オプション',
  },
  verdict: {
    ok: '問題なし',
    expired: '期限切れ',
    borderline: '期限ぎりぎり',
    'not-yet-valid': '有効期間前',
    'in-future': '未来の時刻',
    invalid: '不正な値',
  },
  ui: {
    reportTitle: 'jwt-diagnose',
    statusLabel: 'ステータス',
    noStatus: 'ステータスなし',
    mostLikely: '最も可能性の高い原因',
    noFindings: '貼り付けられた内容には、拒否された理由を示すものがありませんでした。',
    findings: '検出結果',
    timeClaims: '時刻クレーム',
    claimAbsent: 'なし',
    challenges: 'チャレンジ（WWW-Authenticate）',
    token: 'トークン',
    nextSteps: '次の対応',
    evidence: '根拠',
    alsoSeen: '裏付け',
    sameEvidence: '上に引用した行と同じ',
    sourced: (label, source) => `${label}（${source}）`,
    more: '詳細',
    reference: (now, source, skew) =>
      now === null
        ? `基準時刻なし（--now で指定してください）、許容誤差 ${skew}秒`
        : `基準時刻 ${now}${source === 'date-header' ? '（レスポンスの Date ヘッダー）' : source === 'log-time' ? '（ログ行の時刻）' : ''}、許容誤差 ${skew}秒`,
    fingerprint: 'トークン',
    moreFindings: (n) => `…ほかに${n}件あります（全件は CLI の --format json で確認できます）`,
    moreSteps: (n) => `…ほかに${n}件の対応があります`,
    noCauseSteps: (status, shown) => withHandshake(status, shown, askForCause(status, shown)),
    noResponseStep:
      '失敗したリクエストのレスポンス（ステータス行、WWW-Authenticate ヘッダー、ボディ）か、API またはゲートウェイがそのリクエストについて出したログ行を貼り付けてください。トークンだけでは、拒否された理由が分かりません。',
    liveTokenBanner: '有効なトークンが貼られています。メッセージを削除して、トークンを失効させてください。',
    docsLink: 'ドキュメント',
    // 「残り35分」「8分前に期限切れ」: how an engineer says it, rather than 「有効期限8分前」.
    lifetime: (ttl, remaining, skew) =>
      [
        // exp before iat (time.inconsistent): no lifetime at all, not a positive one of the same size.
        ttl === null ? null : ttl < 0 ? `exp が iat より${duration(-ttl)}前` : `寿命 ${duration(ttl)}`,
        remaining === null
          ? null
          : Math.round(remaining) === 0
            ? 'ちょうど今期限切れ'
            : remaining > 0
              ? `残り${duration(remaining)}`
              : `${duration(-remaining)}前に期限切れ`,
        skew === null ? null : `発行元の時計が${duration(skew)}進んでいます`,
      ]
        .filter((x) => x !== null)
        .join('、'),
    tokenKind: {
      jws: '署名付き JWT',
      unsigned: '署名なし JWT',
      jwe: '暗号化された JWT（JWE）',
      'payload-only': 'ペイロード（JSON）',
      'header-unreadable': 'JWT（ヘッダーを読み取れません）',
    },
  },
  slack: {
    modalTitle: '401/403 を診断',
    modalSubmit: '診断する',
    modalClose: 'キャンセル',
    modalIntro: [
      '失敗したリクエストについて、手元にあるものを貼り付けてください。ステータス行、レスポンスやリクエストのヘッダー、JWT（伏せ字で構いません）、そのペイロード、検証器のログなどです。内容は保存しません。',
      'フォームを使わずに実行することもできます: `/jwt-diagnose aud=… iss=… scope=… skew=… alg=… lang=ja|en <貼り付ける内容>`',
    ].join('\n'),
    pasteLabel: 'レスポンス・ヘッダー・ログ',
    pastePlaceholder: 'HTTP/1.1 401 Unauthorized … WWW-Authenticate: Bearer error=…',
    tokenLabel: 'トークンまたはペイロード（JSON）',
    tokenPlaceholder: 'eyJhbGciOi…（伏せ字で可）または {"iss": …}',
    issuerLabel: '期待する発行元（iss）',
    audienceLabel: '期待する audience（aud）',
    scopesLabel: '必要なスコープ',
    scopesHint: 'スペースかカンマで区切ってください。',
    skewLabel: '時計のずれの許容範囲（秒）',
    skewHint: '空欄なら既定値を使います。',
    nothingToDiagnose: '診断する内容（レスポンス、ヘッダー、ログ、トークンのいずれか）を貼り付けてください。',
    shareButton: 'チャンネルに共有',
    sharedBy: (mention) => `${mention} さんが共有しました`,
    sharedNote: 'チャンネルに共有しました。',
    shareAbridged: (n) =>
      n > 0
        ? `文字数の上限に収めるため、検出結果${n}件と証拠の一部を省略しています。全体は /jwt-diagnose を実行して確認してください。`
        : '文字数の上限に収めるため、証拠の一部を省略しています。全体は /jwt-diagnose を実行して確認してください。',
    shareTooLarge:
      'このレポートは大きすぎるため、ここからは共有できません。内容をコピーするか、CLI（npx jwt-diagnose）を使ってください。',
    shareUnavailable:
      'このレポートはもう共有できません。/jwt-diagnose をもう一度実行して、新しいレポートを共有してください。',
    badOption: (name, expected) =>
      `\`${name}=\` を読み取れませんでした（${expected}を指定してください）。診断は行っていません。`,
    optionHints: {
      aud: 'audience を1つ、またはカンマ区切りで複数',
      iss: '発行元を1つ、またはカンマ区切りで複数',
      scope: 'カンマ区切りのスコープ',
      skew: '0〜86400 の整数の秒数',
      alg: 'RS256 や ES256 などの JWS アルゴリズム名（カンマ区切り）',
      lang: 'en または ja',
    },
    tokenOption: (name) =>
      `\`${name}=\` にトークン（JWT）が指定されています。ここには${{ iss: '期待する発行元', aud: '期待する audience ', scope: '必要なスコープ' }[name]}を指定し、トークンはオプションの後ろに署名を伏せて貼り付けてください。診断は行っていません。`,
    tokenField: (field) =>
      `トークン（JWT）が入力されています。ここには${{ iss: '期待する発行元', aud: '期待する audience ', scope: '必要なスコープ' }[field]}を入力し、トークンは「トークンまたはペイロード（JSON）」に署名を伏せて入力してください。`,
    modalFailed:
      '入力フォームを時間内に開けませんでした。`/jwt-diagnose` に続けて診断したい内容を入力するか、メッセージのショートカット「Diagnose 401/403」を使ってください。',
    failed: '診断中に問題が発生しました。もう一度試すか、CLI（npx jwt-diagnose）を使ってください。',
  },
  cli: {
    // Option descriptions are aligned for a terminal, where each Japanese character is two columns wide.
    usage: [
      '使い方: jwt-diagnose [オプション] [ファイル]',
      '',
      'リクエストが 401 または 403 で失敗した理由を、貼り付けた内容から診断します。',
      'ステータス行、ヘッダー、JWT（伏せ字で構いません）、そのペイロードの JSON、',
      '検証器のログ行を読み取れます。入力はファイルから読み込みます。',
      'ファイルを省略するか "-" を指定すると、標準入力から読み込みます。',
      '',
      'オプション:',
      '  --format text|json|blocks  出力形式（既定: text）',
      '  --now <時刻>               基準時刻。ISO-8601 かエポック秒（既定: 貼り付けた',
      '                             レスポンスに Date ヘッダーがあればその時刻、',
      '                             なければ現在時刻）',
      '  --skew <秒数>              時計のずれの許容範囲（既定: 60）',
      '  --expect-iss <iss>         期待する発行元（複数指定可）',
      '  --expect-aud <aud>         期待する audience（複数指定可）',
      '  --expect-alg <alg>         許可するアルゴリズム（複数指定可）',
      '  --require-scope <スコープ> 必要なスコープまたはロール（複数指定可）',
      '  --jwks <ファイル|URL>      kid と署名の確認に使う JWKS の JSON か PEM 公開鍵の',
      '                             ファイル、または取得する JWKS の URL',
      '  --issuer <iss>             信頼する発行元（複数指定可）。トークンの iss が',
      '                             一致すれば、公開鍵を探して取得します。',
      '                             iss=<URL> の形で JWKS の URL も指定できます',
      '  --allow-http <ホスト>      https だけでなく http での取得も許可するホスト',
      '                             （複数指定可）',
      '  --locale en|ja             レポートの言語（既定: en）',
      '  --help, --version',
      '',
      '終了ステータス: 0 = レポートを出力した、2 = 使い方の誤り',
    ].join('\n'),
    problem: (p) => {
      switch (p.kind) {
        case 'unknown-option':
          return `不明なオプションです: ${p.option}（--help を参照してください）`;
        case 'missing-value':
          return `${p.option} には値が必要です（--help を参照してください）`;
        case 'bad-value':
          return `${p.option}: ${
            {
              format: 'text、json、blocks のいずれかを指定してください',
              locale: 'en か ja を指定してください',
              skew: '0〜86400 の整数（秒）を指定してください',
              now: 'タイムゾーン付きの ISO-8601 時刻（2026-05-28T14:10:00Z）かエポック秒を指定してください',
              'non-empty': '空にはできません',
              url: 'http(s) の URL を指定してください',
              issuer: '発行元の URL（https://…、クエリなし）か、iss=<JWKS の URL> の形で指定してください',
              host: 'ホスト名かアドレスを指定してください（:ポート は任意です。スキームやパスは付けません）',
              alg: '登録どおりの JWS アルゴリズム名を指定してください（RS256、PS256、ES256、HS256、EdDSA など。大文字・小文字も区別します）',
            }[p.expected]
          }`;
        case 'token-as-value':
          return p.option === 'FILE'
            ? 'ファイルの引数がトークン（JWT）になっています。トークンは署名を伏せて標準入力から渡してください（echo "$TOKEN" | jwt-diagnose）'
            : `${p.option}: トークン（JWT）が指定されています。このオプションにはトークン以外の値を指定します（--help を参照）。トークンはオプションではなく、貼り付ける内容に含めてください`;
        case 'too-many-files':
          return `入力ファイルは1つまでです（${p.count}個指定されています）`;
        case 'unreadable-file':
        case 'unreadable-key':
          return `${p.kind === 'unreadable-key' ? '--jwks の ' : ''}${p.path} を読み込めません: ${
            {
              'not-found': 'ファイルがありません',
              directory: 'ディレクトリです',
              permission: 'アクセス権がありません',
              other: '読み込みエラーです',
            }[p.reason]
          }`;
        case 'bad-key':
          return `--jwks: ${
            {
              'private-key':
                'これは秘密鍵です。公開鍵か JWKS を指定してください。この秘密鍵は漏洩したものとして扱ってください',
              'not-public-pem': 'PEM が PUBLIC KEY でも CERTIFICATE でもありません',
              'not-json-or-pem': '鍵が JSON（JWKS または JWK）でも PEM 公開鍵でもありません',
              'not-object': '鍵の JSON がオブジェクトではありません',
              'no-keys': 'JWKS に "kty" を持つ鍵がありません',
              'not-jwk': '鍵の JSON が JWKS（{"keys": [...]}）でも JWK（"kty" あり）でもありません',
            }[p.reason]
          }`;
      }
    },
  },
};
