/**
 * クライアント自身の SDK が自分の資格情報について述べたことの文言（ラウンド clients2）: どこを探して見つからなかったか
 * （token.missing の `credentials`）、AWS の一時的な認証情報の期限切れ（time.expired の `awsSession`）、拒否された
 * リフレッシュ（token.revoked の `refreshToken`）。findings.ts をコードごとの項目のままにするため、ここに分けています。
 */
import type { ClientCredentials } from '../../engine/args.js';
import type { RefreshProvider } from '../../engine/checks/refresh-provider.js';

/** クライアントがトークンを得られなかった理由（「トークンを取得できませんでした。」の後に続きます）。 */
export const NO_CREDENTIALS: Record<ClientCredentials, string> = {
  'google-adc':
    'Google のアプリケーションのデフォルト認証情報（ADC: GOOGLE_APPLICATION_CREDENTIALS、gcloud の application-default login、メタデータサーバー）がどれも設定されていません',
  'azure-identity':
    'Azure Identity の資格情報チェーン（環境変数、ワークロード ID やマネージド ID、Azure CLI・azd・PowerShell のサインイン）のどれからもトークンを得られませんでした。各資格情報の理由はメッセージの下に並んでいます',
  'azure-cli': 'Azure CLI にサインインしているアカウントがありません',
  'kube-exec':
    'kubeconfig の exec 資格情報プラグインが失敗したか、インストールされていません。プラグイン自身のエラーはこの行の前に出力されています',
  session: 'サインインしているユーザーがいません（セッションが保存されていません）',
  'refresh-token':
    '要求した audience と scope のアクセストークンがキャッシュになく、それを取得するためのリフレッシュトークンもありません',
  'private-key':
    'クライアントが JWT やアサーションに署名する秘密鍵（PEM）を OpenSSL が読めなかったため、何も署名されず、トークンを付けたリクエストもありません',
  'docker-config':
    'Docker の設定（~/.docker/config.json と、そこで指定された資格情報ヘルパー）に、このレジストリのホスト名の資格情報がありません。そのホストに docker login していない、別のホスト名にログインした、またはヘルパーが何も返さなかった、のいずれかです',
  'credential-helper':
    '~/.docker/config.json が指定する資格情報ヘルパー（credsStore または credHelpers。docker-credential-desktop、-osxkeychain、-pass、-ecr-login など）がエラーで終了したため、送る資格情報がありません',
  'gcloud-account':
    'gcloud にアクティブなアカウントがありません。このユーザーや構成で gcloud auth login（または activate-service-account）が実行されていないか、構成にアカウントが指定されていません',
  'aws-sso':
    'AWS プロファイルの IAM Identity Center（SSO）セッションがないか期限切れで、更新もできなかったため、ロールの認証情報を取得できませんでした',
  'aws-credentials':
    'AWS の認証情報プロバイダーチェーンが、探す場所（環境変数、プロファイルの ~/.aws/credentials と ~/.aws/config、SSO、コンテナやインスタンスのロール）のどこにも認証情報を見つけられませんでした',
  'git-credentials':
    'git が HTTPS のリモートに使う資格情報を持たず（資格情報ヘルパーも保存済みの資格情報も応答せず）、ユーザー名とパスワードを尋ねることも許されていませんでした',
  'mssql-entra':
    'ログインの Authentication=ActiveDirectory… のモードに要る Microsoft Entra のトークンを、Entra ID から得られませんでした（ドライバーはログインの前にそれを求めます）。原因はメッセージの後に出ています（Entra ID の AADSTS エラー、フェデレーションの ADFS の MSIS7068、Entra ID やマネージド ID のエンドポイントに届かなかったときの ConnectException）',
};

export const NO_CREDENTIALS_STEPS: Record<ClientCredentials, string[]> = {
  'google-adc': [
    '手元では gcloud auth application-default login を実行してください。それ以外の環境では GOOGLE_APPLICATION_CREDENTIALS に認証情報ファイルを指定するか、ワークロードにサービスアカウントを割り当てて（Cloud Run、GKE の Workload Identity、VM）メタデータサーバーが応答するようにしてください。',
    'コンテナでは、環境変数が指すファイルがマウントされているか、メタデータサーバーを使う想定なら到達できるかを確認してください。',
  ],
  'azure-identity': [
    'メッセージの下に並ぶ各資格情報の理由を読み、使うつもりのものを直してください: 環境変数（AZURE_TENANT_ID、AZURE_CLIENT_ID とシークレットまたは証明書）、ワークロード ID（フェデレーションのトークンファイル）、ホストに割り当てたマネージド ID、開発機なら az login / azd auth login。',
  ],
  'azure-cli': [
    'az login を実行してください（マネージド ID のあるホストでは az login --identity、CI では az login --service-principal）。サブスクリプションが複数あるときは az account set --subscription … も実行してください。',
  ],
  'kube-exec': [
    'kubeconfig のプラグインコマンド（kubectl config view --minify の users[].user.exec）を手で実行してエラーを確認してください: aws eks get-token（AWS SSO セッションの期限切れなら aws sso login）、gke-gcloud-auth-plugin（gcloud auth login）、kubelogin（az login）。',
    '"not found" と出る場合は、プラグインをインストールするか、kubectl を動かすプロセスの PATH に入れてください。',
  ],
  session: [
    'セッションが必要な呼び出し（getUser、updateUser など）の前にユーザーをサインインさせるか、セッションがない状態をサインアウトとして扱ってください。サーバー側では、リクエストの認証 Cookie が Supabase クライアントに渡っているか確認してください。',
  ],
  'private-key': [
    'クライアントが読む鍵を確認してください: 本物の改行を含む PEM であること（環境変数には文字どおりの \\n が入っていることが多いので改行に戻すか、鍵を base64 で保存します）、-----BEGIN …----- と -----END …----- の行が欠けていないこと、前後に引用符や空白がないこと、.p12 や鍵ファイルの JSON ではなく PEM であること。',
    '鍵そのものが壊れているなら（Google のサービスアカウントの鍵ファイル、GitHub App の鍵）、新しい鍵をダウンロードして配置してください。',
  ],
  'refresh-token': [
    'ログイン時に offline_access を要求しているか、Auth0 の API 設定でオフラインアクセスが許可されているか、getTokenSilently がログイン時と同じ audience と scope を要求しているかを確認してください。そうでなければユーザーにもう一度サインインしてもらってください（または useRefreshTokensFallback を有効にしてください）。',
  ],
  'docker-config': [
    'イメージ名に書かれたとおりのレジストリのホストにログインしてください（docker login <ホスト>。Amazon ECR なら aws ecr get-login-password --region <リージョン> | docker login --username AWS --password-stdin <アカウント>.dkr.ecr.<リージョン>.amazonaws.com）。push やビルドを実行するのと同じユーザーで行います。',
    '別アカウントのレジストリのイメージ（FROM のベースイメージなど）には、そのホストへのログインが別に必要です。資格情報ヘルパー（credHelpers、credsStore）を使っている場合は、ヘルパーを手で実行してエラーを確認してください。',
  ],
  'credential-helper': [
    'ヘルパーを手で実行して、ヘルパー自身のエラーを確認してください: echo <レジストリのホスト> | docker-credential-<名前> get（pass のストアがロックされている・初期化されていない、SSH からキーチェーンに届かない、Docker Desktop が動いていない、ecr-login 用の AWS 資格情報がない、など）。',
    'ヘルパーを直す（pass / gpg のロック解除、Docker Desktop の起動、AWS 資格情報の設定）か、~/.docker/config.json から credsStore や credHelpers のそのホストを外して、docker login し直してください。',
  ],
  'gcloud-account': [
    'gcloud auth login を実行してください（サーバーや CI では gcloud auth activate-service-account --key-file=… かワークロード ID 連携）。サインイン済みのアカウントを使うなら gcloud config set account <アカウント> を実行します（gcloud auth list で一覧できます）。',
    'gcloud を別のユーザーとして動かすツール（sudo、サービス、コンテナ）はそのユーザーの構成を読みます。そのユーザーでサインインするか、CLOUDSDK_CONFIG をアカウントのある構成に向けてください。',
  ],
  'aws-sso': [
    'サインインし直してください: aws sso login --profile <プロファイル>（コマンドが使ったプロファイル: --profile または AWS_PROFILE）。その後コマンドを再実行します。',
    'それでも失敗する場合は、~/.aws/config のプロファイルの sso_session / sso_start_url と sso_region、ツールがトークンのある ~/.aws/sso/cache を持つユーザーとして動いているかを確認してください。',
  ],
  'aws-credentials': [
    'チェーンが探す場所に認証情報を用意してください: aws configure（アクセスキー）や aws configure sso でのプロファイル設定、実在するプロファイルを指す AWS_PROFILE か --profile、または環境変数 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY。AWS 上ではインスタンス・タスク・関数に割り当てたロールを使います。',
    '別のユーザーとして動くプロセス（sudo、サービス、コンテナ）はそのユーザーの ~/.aws を読みます。そのユーザーで aws configure list を実行して確認してください。',
  ],
  'git-credentials': [
    'git にそのホストの資格情報を渡してください: 資格情報ヘルパー（git config credential.helper、Git Credential Manager、gh auth setup-git）、~/.netrc の項目、CI ではジョブのトークン（actions/checkout の token、CI_JOB_TOKEN）。',
    'プライベートリポジトリの Go モジュールなら、GOPRIVATE にそのパスを設定し、git にトークンを渡す（git config --global url."https://<ユーザー>:<トークン>@github.com/".insteadOf "https://github.com/"、または ~/.netrc）か、SSH で取得してください。',
  ],
  'mssql-entra': [
    'ドライバーのメッセージの下の原因を読み、接続文字列のモードの認証情報を直してください: ActiveDirectoryPassword ならユーザーのパスワード（MFA のあるアカウントや、それを拒む ADFS にフェデレーションしたアカウントでは使えません。ActiveDirectoryInteractive かサービスプリンシパルを使います）。ActiveDirectoryServicePrincipal ならユーザーにアプリケーション ID、期限の切れていないクライアントシークレット、サーバーと同じテナント。ActiveDirectoryManagedIdentity（MSI）ならホストに割り当てた ID（ユーザー割り当てならそのクライアント ID をユーザーに）。ActiveDirectoryDefault なら DefaultAzureCredential が試す各ソース。',
    'ドライバーが対応する版の msal4j（Default と ManagedIdentity のモードでは azure-identity も）がクラスパスにあるか、ホストから login.microsoftonline.com（またはマネージド ID のエンドポイント）に届くかを確認してください。',
  ],
};

export const AWS_SESSION = {
  title: 'AWS の一時的な認証情報の有効期限が切れています',
  detail: () =>
    `AWS によると、リクエストの署名に使ったセッショントークンの有効期限が切れています。引き受けたロール、SSO、フェデレーションのセッションの一時的な認証情報（SigV4 で、JWT ではありません）が期限を過ぎています。`,
  steps: [
    '新しい認証情報を取得してください: aws sso login、ロールの再引き受け、または SDK の認証情報プロバイダーによる自動更新（環境変数に固定した AWS_SESSION_TOKEN は更新されません）。',
    'セッションより長く動くジョブでは、セッションの期間を延ばしてください（configure-aws-credentials の role-duration-seconds。ロールの最大セッション時間の範囲内）。',
  ],
};

/** プロバイダーごとの、リフレッシュトークンが使えなくなる理由（出典は en/client-sdks.ts の REFRESH_LIFETIMES）。 */
const REFRESH_LIFETIMES: Record<RefreshProvider | 'other', string> = {
  'entra-id':
    '繰り返し起きる場合は、Entra ID が無効にした理由を確認してください: 90日使われなかったものは期限切れになり（AADSTS700082）、パスワード変更や管理者によるユーザーのセッション取り消しですべて取り消されます。',
  auth0:
    '繰り返し起きる場合は、Auth0 のアプリのリフレッシュトークン設定（絶対有効期間と非アクティブ有効期間。ローテーションが有効なら、一度使ったリフレッシュトークンをもう一度使うとその系列全体が取り消されます）と、テナントのログ（Monitoring → Logs。交換の失敗 type ferrt が理由を示します）を確認してください。',
  keycloak:
    '繰り返し起きる場合は、レルムの SSO Session Idle と SSO Session Max（リフレッシュトークンはユーザーのセッションより長くは使えず、セッションはログアウトでも終わります）と、リフレッシュトークンを一回限りにする Revoke Refresh Token を確認してください。',
  okta: '繰り返し起きる場合は、認可サーバーのアクセスポリシーのルールにあるリフレッシュトークンの有効期間と「使われないと失効する」期間（組織の認可サーバーでは90日固定）を、またローテーションで再使用が拒否されていないかを確認してください。System Log に理由が出ます（outcome.reason invalid_refresh_token）。',
  google:
    '繰り返し起きる場合は、Google が無効にした理由を確認してください: ユーザーがアプリのアクセスを取り消した、6か月使われなかった、パスワードが変わった（Gmail のスコープ）、または OAuth 同意画面が「テスト」のままで、そのリフレッシュトークンは7日で失効します。',
  cognito:
    '繰り返し起きる場合は、アプリクライアントのリフレッシュトークンの有効期限（設定しなければ30日）と、トークンが取り消されていないか（RevokeToken、グローバルサインアウト）を確認してください。',
  supabase:
    '繰り返し起きる場合は、セッションを確認してください: Supabase は、使用済みの（再使用の猶予を過ぎた）リフレッシュトークンや、終了したセッション（サインアウト、時間制限、非アクティブによるタイムアウト）のものを拒否します。',
  firebase:
    '繰り返し起きる場合は、アカウントを確認してください: Firebase はパスワード変更やアカウントの無効化・削除でユーザーのトークンを無効にします。',
  other:
    '繰り返し起きる場合は、ID プロバイダーのリフレッシュトークンの有効期間（絶対と非アクティブ）、ローテーション（二度使ったリフレッシュトークンは拒否されます）、取り消し（サインアウト、パスワード変更）を確認してください。',
};

/** en と同じ: リフレッシュへのトークンエンドポイントの 401 は、たいていクライアント自身のこと（RFC 6749 §5.2 invalid_client）。 */
const REFRESH_CLIENT_STEP =
  'リフレッシュのリクエストが送るクライアントの認証情報を確認してください。client_id とクライアントシークレット（期限切れ、更新済み、別環境のもの）と、その送り方（HTTP Basic か client_secret_post か、クライアントの登録どおりか）です。トークンエンドポイントのレスポンスボディがエラーを示すので、それを貼ってください。';

export const REFRESH_REFUSED = {
  title: 'クライアントのリフレッシュが拒否されました',
  // en と同じ: 誰が述べたかは文の最後に（gcloud のようなクライアントを ID プロバイダーと呼ばないように）。
  detail: (via: string, writerSaid = false) =>
    writerSaid
      ? '貼られた文面によると、401 を受けたのはトークンのリフレッシュそのものです。トークンエンドポイントがリフレッシュを拒否したため、クライアントは新しいアクセストークンを得られませんでした（API がアクセストークンを判定したのではありません）。トークンエンドポイントが 401 を返すのは、クライアント自身の認証情報を受け付けないときです（RFC 6749 §5.2 の invalid_client: クライアントシークレットの誤り・期限切れ・更新、登録と違う送り方）。期限切れ・ローテーション済み・取り消し済みのリフレッシュトークンに 401 を返すプロバイダーもあります。どちらかはレスポンスボディの error（invalid_client か invalid_grant）でわかります。'
      : `ID プロバイダーが、クライアントのリフレッシュトークンまたはセッションを拒否しました（期限切れ、取り消し、使用済み、または不明）。そのためクライアントは新しいアクセストークンを得られませんでした${via}。`,
  steps: (provider: RefreshProvider | undefined, via?: string, writerSaid = false): string[] => [
    // Firebase CLI は自分の Google のリフレッシュトークンを持つ（firebase login）か、FIREBASE_TOKEN で受け取る（login:ci）。
    via === 'firebase-cli'
      ? 'firebase login --reauth を実行してください。CI では firebase login:ci で作った FIREBASE_TOKEN がそのリフレッシュトークンです。新しく作り直すか、できればサービスアカウント（GOOGLE_APPLICATION_CREDENTIALS、ワークロード ID 連携）でデプロイしてください。'
      : provider === 'entra-id'
        ? 'もう一度サインインして（az login、アプリのログイン）新しいリフレッシュトークンを取得してください。'
        : provider === 'google'
          ? 'もう一度サインインして新しいリフレッシュトークンを取得してください。アプリケーションのデフォルト認証情報（Terraform、Google のクライアントライブラリ）は gcloud auth application-default login、gcloud 自体は gcloud auth login、それ以外はアプリのログインです。'
          : 'もう一度サインインして（アプリのログイン）新しいリフレッシュトークンを取得してください。',
    REFRESH_LIFETIMES[provider ?? 'other'],
    ...(writerSaid ? [REFRESH_CLIENT_STEP] : []),
  ],
};
