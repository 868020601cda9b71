/**
 * テレメトリーの送信側の 401（token.missing の `sender`、round audit-xx）の言葉。出典は en/telemetry.ts の各項目に
 * あります。送信側は設定にある資格情報を毎回送るので、手順はその設定を指します。
 */
import type { TelemetrySender } from '../../engine/args.js';

export const SENDER_TITLE: Record<TelemetrySender, string> = {
  'otel-collector': 'バックエンドが OpenTelemetry Collector のエクスポートを未認証として拒否しています',
  'otel-sdk': 'バックエンドが OTLP エクスポーターのエクスポートを未認証として拒否しています',
  prometheus: 'エンドポイントが Prometheus のリクエストを未認証として拒否しています',
  promtail: 'Loki がクライアントのプッシュを未認証として拒否しています',
  'loki-tenant': 'Loki がリクエストにテナント ID（X-Scope-OrgID）を受け取っていません',
  beats: 'Elasticsearch が Beat を認証できませんでした',
  'fluent-bit': '送信先が Fluent Bit の出力を未認証として拒否しています',
  'splunk-hec': 'Splunk の HTTP Event Collector がトークンを受け取っていません（Token is required、code 2）',
  'elastic-apm': 'APM Server がエージェントからシークレットトークンも API キーも受け取っていません',
};

const FROM_CONFIG =
  '送信側は設定にある資格情報を毎回送るので、設定されていない、空になった（プロセスにない環境変数）、またはバックエンドが送られたものを受け付けない、のどれかです。貼り付けにはリクエストも資格情報もありません。';

/** Collector の otlphttp エクスポーターの 403（gRPC の PermissionDenied として記録）。出典は en/telemetry.ts。 */
export const SENDER_FORBIDDEN_TITLE = 'バックエンドが OpenTelemetry Collector の資格情報を拒否しています（403）';
export const SENDER_FORBIDDEN_DETAIL = `OpenTelemetry Collector の otlphttp エクスポーターは、バックエンドの HTTP 403 を gRPC の PermissionDenied として記録してデータを捨てています。バックエンドの応答は権限を名指ししておらず、多くの OTLP バックエンドは資格情報（取り込み用キー、トークン、組織やテナントのヘッダー）がない、または誤っているときにこう答えます。${FROM_CONFIG}`;

export const SENDER_DETAIL: Record<TelemetrySender, string> = {
  'otel-collector': `OpenTelemetry Collector は、エクスポーターがバックエンドから受けた 401（または gRPC の UNAUTHENTICATED）を記録してデータを捨てています。${FROM_CONFIG}`,
  'otel-sdk': `アプリケーションの OpenTelemetry SDK が、OTLP エクスポーターの受けた 401 を記録しています。${FROM_CONFIG}`,
  prometheus: `Prometheus（または Grafana Alloy、Grafana Agent）が、リモート書き込み先かスクレイプ対象の返した 401 を記録しています。${FROM_CONFIG}`,
  promtail: `Loki のクライアント（Promtail、Alloy の loki.write）が、プッシュへの 401 を記録しています。${FROM_CONFIG}`,
  'loki-tenant':
    'Loki（Mimir や Tempo も）は "no org id" と答えています。マルチテナント（auth_enabled、既定で有効）で動いていて、リクエストにテナントを示す X-Scope-OrgID ヘッダーがありませんでした。トークンが拒否されたのではなく、テナントのヘッダーがありません。',
  beats: `Beat が Elasticsearch の出力に接続できず、401 を記録しています。${FROM_CONFIG}`,
  'fluent-bit': `Fluent Bit の出力が、送信先の返した 401 を記録しています。${FROM_CONFIG}`,
  'splunk-hec':
    'Splunk の HTTP Event Collector は、リクエストにトークンがなかったと答えています（401、"Token is required"、code 2）。HEC は "Authorization: Splunk <token>" から読むので、送信側が Authorization ヘッダーを送らなかったか、トークンの設定が空になっています。',
  'elastic-apm':
    'APM Server は、エージェントのリクエストに "Authorization: Bearer <secret_token>" も "Authorization: ApiKey <base64(id:key)>" もなかったと答えています。サーバーが要求しているのに、エージェントに secret_token も api_key も設定されていないか、別のスキームで送っています。',
};

export const SENDER_STEPS: Record<TelemetrySender, readonly string[]> = {
  'otel-collector': [
    'ログにあるエクスポーター（otelcol.component.id や name）の headers（authorization、api-key、x-honeycomb-team など、バックエンドの文書にあるもの）か auth: authenticator を確認してください。authenticator は extensions と service.extensions の両方にある拡張（basicauth/client、bearertokenauth、oauth2client）を指している必要があります。',
    `\${env:NAME} と書いた値は、Collector のプロセスに NAME がないと空になります。Collector 自身の環境（Pod、コンテナ、サービスユニット）の変数を確認し、資格情報の種類・リージョン・ヘッダーをバックエンドの文書と照らし合わせてください。`,
  ],
  'otel-sdk': [
    'エクスポーターが送るヘッダーを確認してください: OTEL_EXPORTER_OTLP_HEADERS（または OTEL_EXPORTER_OTLP_TRACES_HEADERS、…_METRICS_…、…_LOGS_…）はカンマ区切りの key=value で、値の中の空白は %20 と書きます（Authorization=Bearer%20<token>）。コードならエクスポーターの headers 引数です。キーはバックエンドとリージョンのものなので、OTEL_EXPORTER_OTLP_ENDPOINT も確認してください。',
  ],
  prometheus: [
    'remote_write ブロック（または応答したターゲットの scrape_config）の資格情報を確認してください: basic_auth の username と password か password_file、または authorization の type と credentials か credentials_file（Alloy ならエンドポイントブロックの basic_auth）。ファイルが空か読めなければ何も送られません。',
    'Grafana Cloud なら、ユーザー名はスタックの Prometheus インスタンス ID（数字）、パスワードは metrics:write スコープのアクセスポリシートークンで、どちらもスタックの Prometheus の詳細ページにあります。',
  ],
  promtail: [
    'クライアントの資格情報を確認してください: Promtail の設定の clients（basic_auth の username と password か password_file、bearer_token か bearer_token_file）、または Alloy の loki.write のエンドポイントブロック。Grafana Cloud Logs なら、ユーザー名はスタックの Loki ユーザー ID（数字）、パスワードは logs:write スコープのアクセスポリシートークンです。',
  ],
  'loki-tenant': [
    'すべてのリクエストにテナント ID を付けてください: Promtail の clients や Alloy の loki.write のエンドポイントの tenant_id、Fluent Bit の loki 出力の tenant_id、または OpenTelemetry Collector のエクスポーターの headers に X-Scope-OrgID。Loki の前でユーザーを認証するゲートウェイが付ける構成なら、付けているか確認してください。',
    'シングルテナントの Loki なら、テナントなしで動かすこともできます: 設定で auth_enabled: false（すべてのコンポーネントで同じ値）。',
  ],
  beats: [
    `Beat の設定の output.elasticsearch を確認してください: username と password（キーストアにない \${ES_PWD} のような値は空になります）、または api_key をキーの id とキーをコロンでつないだ形（id:api_key）で。base64 にした形ではありません。filebeat test output（metricbeat test output など）で試せます。`,
  ],
  'fluent-bit': [
    `出力の資格情報を確認してください: es 出力なら HTTP_User と HTTP_Passwd をこの綴りで（HTTP_Password はキーではなく、パスワードが送られません。fluent/fluent-bit#1347）、Elastic Cloud なら Cloud_Auth、Amazon OpenSearch なら AWS_Auth。ほかの出力なら、その出力のキーやヘッダーの設定です。プロセスにない \${ENV_VAR} は空になります。`,
  ],
  'splunk-hec': [
    '送信側が読む場所にトークンを設定し（Collector の splunk_hec エクスポーターの token、Fluent Bit の splunk_token、Vector の default_token、またはそれらが展開する環境変数）、リクエストに "Authorization: Splunk <token>" が付いているか確認してください。curl -H "Authorization: Splunk <token>" https://<host>:8088/services/collector/event -d \'{"event":"test"}\' で試せます。',
  ],
  'elastic-apm': [
    'APM Server が要求する資格情報をエージェントに設定してください: サーバーの apm-server.auth.secret_token と同じ secret_token（ELASTIC_APM_SECRET_TOKEN）、または APM 用に作った API キーの api_key（ELASTIC_APM_API_KEY）。RUM（ブラウザー）エージェントはどちらも送らないので、サーバー側で匿名アクセスを許可する必要があります（apm-server.auth.anonymous）。',
  ],
};
