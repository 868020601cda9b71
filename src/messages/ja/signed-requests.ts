/**
 * signature.invalid の `signedRequest` のうち AWS SigV4 以外の言葉（round audit-vv）：Webhook の生ボディへの署名、Slack の
 * リクエスト署名、他クラウドの署名付きリクエストや URL。findings.ts を 1 コード 1 項目に保つため分けています。
 */
import type { SignedRequest } from '../../engine/args.js';
import { hasProductName, productName } from '../product-names.js';

// AWS SigV4 and OAuth 1 have their own words in findings.ts.
type Scheme = Exclude<SignedRequest, 'aws-sigv4' | 'oauth1'>;
type SignedArgs = { signedRequest?: SignedRequest; stale?: true; headerUnread?: true; via?: string };

const SCHEME: Record<Scheme, { name: string; header: string; secret: string; body: boolean }> = {
  'stripe-webhook': {
    name: 'Stripe の Webhook 署名',
    header: 'Stripe-Signature',
    secret:
      'そのエンドポイント自身の署名シークレット（whsec_…。エンドポイントごとに別で、テストモードとライブモードでも違い、Stripe CLI の stripe listen はまた別のものを表示します）',
    body: true,
  },
  'github-webhook': {
    name: 'GitHub の Webhook 署名',
    header: 'X-Hub-Signature-256',
    secret: 'この Webhook に設定したシークレット（リポジトリ、Organization、GitHub App の設定）',
    body: true,
  },
  'slack-request': {
    name: 'Slack のリクエスト署名',
    header: 'X-Slack-Signature（と X-Slack-Request-Timestamp）',
    secret: 'アプリの Signing Secret（Basic Information → App Credentials。Client Secret やトークンではありません）',
    body: true,
  },
  svix: {
    name: 'Webhook の Svix 署名（Standard Webhooks：Clerk、Resend など）',
    header: 'svix-signature（と svix-id、svix-timestamp。または webhook-signature、webhook-id、webhook-timestamp）',
    secret: 'このエンドポイントの署名シークレット（whsec_…。提供元のダッシュボードでそのエンドポイントのもの）',
    body: true,
  },
  'discord-interactions': {
    name: 'Discord のインタラクション署名（Ed25519）',
    header: 'X-Signature-Ed25519（と X-Signature-Timestamp）',
    secret: 'アプリケーションの Public Key（General Information。Bot トークンや Client Secret ではありません）',
    body: true,
  },
  'shopify-webhook': {
    name: 'Shopify の HMAC',
    header: 'X-Shopify-Hmac-Sha256（OAuth コールバックやアプリプロキシでは hmac クエリパラメーター）',
    secret: 'Webhook を登録したアプリのクライアントシークレット（API シークレットキー）',
    body: true,
  },
  twilio: {
    name: 'Twilio のリクエスト署名',
    header: 'X-Twilio-Signature',
    secret: '番号やサービスを持つアカウントの Auth Token',
    body: false,
  },
  'line-webhook': {
    name: 'LINE の Webhook 署名',
    header: 'X-Line-Signature',
    secret: 'Messaging API チャネルのチャネルシークレット（チャネル基本設定。チャネルアクセストークンではありません）',
    body: true,
  },
  qstash: {
    name: 'QStash のリクエスト署名（Upstash-Signature の JWT）',
    header: 'Upstash-Signature',
    secret:
      '送ってきた QStash アカウントの現在と次の署名鍵（QStash コンソールの QSTASH_CURRENT_SIGNING_KEY と QSTASH_NEXT_SIGNING_KEY。QStash のトークンではありません）と、受信側の verify に渡す URL（QStash が呼んだ URL そのもの）',
    body: true,
  },
  'tencent-cloud': {
    name: 'リクエストの Tencent Cloud 署名（TC3-HMAC-SHA256）',
    header: 'Authorization',
    secret: 'SecretId と対になる SecretKey',
    body: false,
  },
  aliyun: {
    name: 'リクエストの Alibaba Cloud 署名',
    header: 'Signature（OSS では Authorization）',
    secret: 'AccessKey ID と対になる AccessKey Secret',
    body: false,
  },
  'gcs-signed-url': {
    name: '署名付き URL の Google Cloud Storage 署名',
    header: 'X-Goog-Signature（または Signature）クエリパラメーター',
    secret: 'URL に署名したサービスアカウントの鍵',
    body: false,
  },
  // en/signed-requests.ts と同じ出典。
  'azure-sas': {
    name: 'SAS トークンの署名',
    header: 'SharedAccessSignature の sig=',
    secret:
      'デバイスまたは共有アクセス ポリシーの現在のプライマリ キーかセカンダリ キー（その後に再生成されたキーなら、それで署名したトークンはすべて無効です）',
    body: false,
  },
};

/**
 * The words with a space where a Latin word meets Japanese (the catalogue's style: 「AWS 署名」「Shopify の HMAC が」), the
 * names being interpolated between Japanese words.
 */
function ja(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out = spaced(spaced(out, values[i] ?? ''), strings[i + 1] ?? '');
  return out;
}

const LATIN_END = /[A-Za-z0-9_)\]'"]$/;
const LATIN_START = /^[A-Za-z0-9_("']/;
const CJK_END = /[\u3040-\u30ff\u4e00-\u9fff]$/;
const CJK_START = /^[\u3040-\u30ff\u4e00-\u9fff]/;

function spaced(a: string, b: string): string {
  const gap = (LATIN_END.test(a) && CJK_START.test(b)) || (CJK_END.test(a) && LATIN_START.test(b));
  return gap ? `${a} ${b}` : a + b;
}

const isCloud = (s: Scheme) => s === 'tencent-cloud' || s === 'aliyun' || s === 'gcs-signed-url' || s === 'azure-sas';

/** AWS 以外の署名付きリクエストの言葉を使うかどうか。 */
export function otherSignedRequest(a: SignedArgs): a is SignedArgs & { signedRequest: Scheme } {
  return a.signedRequest !== undefined && a.signedRequest !== 'aws-sigv4' && a.signedRequest !== 'oauth1';
}

/** en の short と同じ: タイトルでは名前やヘッダーの括弧書きを省きます（詳細では全体を示します）。 */
const short = (words: string): string => {
  const paren = words.search(/ \(|（/);
  return paren === -1 ? words : words.slice(0, paren);
};

export const SIGNED_REQUEST = {
  title: (a: SignedArgs & { signedRequest: Scheme }) => {
    const s = SCHEME[a.signedRequest];
    if (a.stale === true)
      return ja`受信側が${short(s.name)}のタイムスタンプを許容範囲の外として拒否しました（トークンの問題ではありません）`;
    if (a.headerUnread === true)
      return ja`受信側が読める署名（${short(s.header)}）を見つけられませんでした（トークンの問題ではありません）`;
    return ja`${s.name}が一致しません（トークンの問題ではありません）`;
  },
  detail: (a: SignedArgs & { signedRequest: Scheme }, via: string) => {
    const s = SCHEME[a.signedRequest];
    // 受信側は利用者自身のコードです。製品名になる via（stripe）はそこで使われているライブラリで、製品そのものではありません。
    const receiver = a.via !== undefined && hasProductName(a.via) ? `（${productName(a.via)} のライブラリ）` : via;
    if (a.stale === true)
      return `受信側${receiver}が署名されたタイムスタンプを確認し、許容範囲（多くは5分）の外だと判断しました。配信が遅れたか再送された（後からのリトライ、記録したリクエストの再生）か、受信側の時計がずれています。拒否されたのはリクエストの署名で、トークンの期限切れではありません。`;
    if (a.headerUnread === true)
      return ja`受信側${receiver}は ${s.header} に読める署名を見つけられませんでした。ヘッダーが届いていない（プロキシが落とした、コードが別のヘッダー名を読んでいる）か、リクエストが提供元から来ていません。ベアラートークンは関係ありません。`;
    if (isCloud(a.signedRequest))
      return ja`サービスが${s.secret}で${s.name}を計算したところ、別の値になりました${via}。シークレットが違うか、署名の後にリクエストが変わっています（メソッド、パスやクエリ、ヘッダー、時刻）。ベアラートークンは関係ありません。`;
    return ja`受信側${receiver}がシークレットで${s.body ? '受け取ったリクエストボディに対して' : '見た URL とパラメーターに対して'}${s.name}を計算したところ、${s.header} ヘッダーと違う値になりました。${s.body ? '検証の前にボディが解析されて再シリアライズされた（ルートより前の JSON ボディパーサー）、' : '受信側が組み立てた URL が提供元の呼んだものと違う（プロキシでのスキーム、ホスト、ポート）、'}シークレットが別のエンドポイントやモードのもの、または途中でヘッダーが変わっています。ベアラートークンは関係ありません。`;
  },
  steps: (a: SignedArgs & { signedRequest: Scheme }) => {
    const s = SCHEME[a.signedRequest];
    if (a.stale === true)
      return [
        '受信側の時計を確認し（timedatectl、chronyc tracking。全インスタンスで NTP）、リクエストを届いた時点で検証しているか（キューや後からの再生で検証していないか）確認してください。',
        '提供元が古い配信を再送したのなら、新しい配信を送らせてください（リトライは新しい時刻で署名し直されます）。再送を受け入れるために許容範囲を広げないでください。',
      ];
    if (a.headerUnread === true)
      return [
        ja`${s.header} ヘッダーを提供元の名前どおりに読み（フレームワークは大文字小文字を変えたり、PHP の HTTP_STRIPE_SIGNATURE のように接頭辞を付けたりします）、プロキシやロードバランサーがそのまま転送しているか確認してください。`,
      ];
    if (isCloud(a.signedRequest))
      return [
        ja`署名する側が${s.secret}を使っているか（余分な空白がないか、別のアカウントやプロジェクトのものでないか）確認し、実際に送るリクエストそのものに SDK で署名してください。`,
        a.signedRequest === 'gcs-signed-url'
          ? '署名したときのメソッドで URL を呼び（action "read" は GET、"write" は PUT、"resumable" は POST）、署名したときのヘッダーをそのまま送ってください（署名時に Content-Type を指定したなら同じものを送り、指定しなかったなら送らない）。エラーボディの StringToSign が、サービスが期待した内容です。'
          : a.signedRequest === 'azure-sas'
            ? '接続文字列のキーからトークンを作り直してください（az iot hub generate-sas-token --device-id <id> --hub-name <hub>、または接続文字列を渡した SDK）。sr= はサービスが見るとおりのリソース URI（host/devices/<id>、URL エンコード）にします。文字が欠けたり余分だったりするキーや、別のハブのキーで署名したトークンは一致しません。'
            : 'サービスが示した署名対象の文字列を、クライアント側のものと比べてください。最初に違う箇所が、変わったところです。',
      ];
    return [
      s.body
        ? '受け取ったままの生のリクエストボディのバイト列で検証してください。Webhook のルートを JSON ボディパーサーより前に置き（そのルートには express.json() ではなく express.raw({ type: "application/json" })）、Next.js の API Routes では bodyParser を無効にするか Route Handler で request.text() を読み、Flask では request.json ではなく request.get_data() を使います。'
        : '提供元が呼んだ URL そのもの（送られたとおりのスキーム、ホスト、ポート、パス、クエリ。プロキシの後ろでは X-Forwarded-Proto と公開ホストから組み立て直す）と、送られたとおりのパラメーターで検証してください。',
      ja`${s.secret}を使ってください。`,
      ja`${s.header} がそのままコードに届いているか確認してください（プロキシ、ゲートウェイ、リクエストを送り直すテストツール）。`,
    ];
  },
};
