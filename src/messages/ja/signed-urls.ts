/**
 * 署名付き URL・共有アクセス署名（SAS）が日時のために拒否されたときの言葉（time.expired・time.not-yet-valid の
 * `signedUrl`、checks/signed-url-times.ts）。en/signed-urls.ts と同じ出典です。
 */
import type { SignedUrl, StorageSas } from '../../engine/args.js';
import type { Format } from '../catalogue.js';
import { productName } from '../product-names.js';

const NOUN: Record<SignedUrl['kind'], string> = {
  'presigned-url': '署名付き URL',
  'storage-sas': 'SAS',
  'sas-token': 'SAS トークン',
};

function refuser(via: string | undefined): string {
  return via === undefined ? 'サービス' : productName(via);
}

function lifetime(s: SignedUrl, exp: number, ago: number, f: Format, by: string): string {
  if (s.lifetimeSeconds === undefined || s.serverTime === undefined) return '';
  const signed = exp - s.lifetimeSeconds;
  return `有効期間は${s.lifetimeSeconds}秒（X-Amz-Expires）なので、署名した側の時計で ${f.iso(signed)} に署名されています。リクエストの直前に署名したのなら、その時計は ${by} より約${f.duration(s.serverTime - signed)}遅れています。そうでなければ、${f.duration(ago)}遅れて使われています。`;
}

const PRESIGN_AGAIN =
  '使う直前に URL を署名し直し、用途に足りる有効期限にしてください（aws s3 presign --expires-in、SDK の getSignedUrl / generate_presigned_url の expiresIn。SigV4 と Cloud Storage の V4 では最大7日で、署名した認証情報の有効期間より長くはできません）。キャッシュした URL やメールで送った URL は、それ自身の期限で使えなくなります。';
const SIGNER_CLOCK =
  '署名した直後の URL が拒否されるなら、署名するホストの時計を応答の ServerTime と比べてください（timedatectl、chronyc tracking）。URL の日時は署名した側の時計で付けられ、サービスの時計で判断されます。';
const NEW_SAS =
  '用途に足りる有効期限（se=）で SAS を作り直してください（az storage blob generate-sas --expiry、またはポータルの「共有アクセス トークン」。ユーザー委任 SAS は最大7日）。あるいは保存されたアクセス ポリシーを指定する SAS にすれば、新しい SAS を配らずに期限を延ばせます。';
const SAS_START =
  'st= を省く（Azure Storage が読んだ時点から有効になります）か、数分前に設定してください。署名した側の「今」を開始にすると、その時計が Azure より進んでいる間は拒否されます。';
const SAS_TOKEN_STEPS = [
  'トークンを作るホストの時計を確認してください（NTP、タイムゾーン、夏時間）。SDK は自分の「今」にトークンの有効期間を足して se= に署名するので、時計が Azure より遅れていると、作った時点で期限切れのトークンになります。',
  '手作業やスクリプトで作ったトークン（SharedAccessSignature sr=…&sig=…&se=…&skn=…）なら、se= を先にして作り直してください。接続文字列や資格情報を渡した SDK は、期限の前に自分で更新します。',
];

export const SIGNED_URL_EXPIRED = {
  title: (s: SignedUrl, ago: number | null, f: Format, via: string | undefined, validFor?: number) => {
    const what = NOUN[s.kind];
    if (validFor !== undefined)
      return `${refuser(via)} は期限切れとしていますが、この${what}はあと${f.duration(validFor)}有効です`;
    if (ago === null) return `${what}の有効期限が切れています`;
    return s.serverTime === undefined
      ? `${what}の有効期限が${f.relative(-ago)}に切れています`
      : `${refuser(via)} が受け取った時点で、${what}の有効期限は${f.duration(ago)}前に切れていました`;
  },
  detail: (
    s: SignedUrl,
    exp: number | null,
    ago: number | null,
    f: Format,
    via: string | undefined,
    validFor?: number,
  ) => {
    const by = refuser(via);
    const noun = NOUN[s.kind];
    const credential =
      s.kind === 'sas-token'
        ? '認証情報は共有アクセス署名トークン（SharedAccessSignature sr=…&se=…）で、名前空間やデバイスのキーで署名され、作ったホストの時計で日時が付けられます（クライアントが Microsoft Entra ID を使う場合は、そのトークンの exp）。'
        : `認証情報は${noun}自身の署名と日時で、トークンではありません。更新されることはなく、新しく署名し直します。`;
    if (exp === null) return `${by} によると、${noun}の有効期限が切れています。${credential}`;
    if (validFor !== undefined)
      return `${by} は${noun}を期限切れとしていますが、その有効期限 ${f.iso(exp)} は基準時刻の${f.duration(validFor)}後です。${by} がそれだけ進んだ時計で判断したか、リクエストが貼り付けたものとは別の${noun}を送っています。${credential}`;
    const window =
      s.start === undefined ? '' : `有効期間は ${f.iso(s.start)}（st=）から ${f.iso(exp)}（se=）までです。`;
    if (s.serverTime === undefined || ago === null)
      return `${by} は${noun}を期限切れとして拒否しました。有効期限は ${f.iso(exp)} です${s.lifetimeSeconds === undefined ? '' : `（署名から${s.lifetimeSeconds}秒後）`}。${window}${credential}`;
    return `${by} の応答には、${noun}の有効期限 ${f.iso(exp)} と、拒否した時点の自分の時計 ${f.iso(s.serverTime)} があります（${f.duration(ago)}後）。${window}${lifetime(s, exp, ago, f, by)}${credential}`;
  },
  steps: (s: SignedUrl): string[] =>
    s.kind === 'presigned-url' ? [PRESIGN_AGAIN, SIGNER_CLOCK] : s.kind === 'storage-sas' ? [NEW_SAS] : SAS_TOKEN_STEPS,
};

export const SIGNED_URL_EARLY = {
  title: (s: SignedUrl, inSeconds: number | null, f: Format, via: string | undefined) =>
    inSeconds === null
      ? `${refuser(via)} が読んだ時点で、${NOUN[s.kind]}はまだ有効ではありませんでした`
      : `${refuser(via)} が読んだ時点で、${NOUN[s.kind]}が有効になるまであと${f.duration(inSeconds)}ありました`,
  detail: (s: SignedUrl, nbf: number | null, f: Format, via: string | undefined) => {
    const by = refuser(via);
    const clock = s.serverTime === undefined ? '' : `（その時計は ${f.iso(s.serverTime)}）`;
    return s.kind === 'presigned-url'
      ? `${by} は、自分の時刻より後に署名されたとして${NOUN[s.kind]}を拒否しました${clock}。署名した側の時計が ${by} より進んでいるか、URL の X-Amz-Date が UTC の署名時刻ではありません（基本形式 20260528T140000Z。ローカル時刻やミリ秒だと未来の日時になります）。`
      : `${by} は、開始時刻${nbf === null ? '' : `（st=${f.iso(nbf)}）`}より前として${NOUN[s.kind]}を拒否しました${clock}。署名した側が、${by} より進んだ時計の「今」か、それより後の時刻を開始にしています。`;
  },
  steps: (s: SignedUrl): string[] =>
    s.kind === 'presigned-url'
      ? ['署名するホストの時計を合わせ（NTP）、現在の UTC 時刻を X-Amz-Date にして URL を署名し直してください。']
      : [SAS_START],
};

/** en/signed-urls.ts の sasDenialStep と同じ出典。 */
export function sasDenialStep(sas: StorageSas): string {
  const fields = [
    sas.permissions === null ? null : `sp=${sas.permissions}`,
    sas.resourceTypes === null ? null : `srt=${sas.resourceTypes}`,
  ].filter((x) => x !== null);
  const shown = fields.length === 0 ? '' : `（この SAS は ${fields.join('、')}）`;
  return `リクエストは SAS で認可されており${shown}、その項目ができることを限っています。sp= の権限（r 読み取り、a 追加、c 作成、w 書き込み、d 削除、l 一覧）に操作の権限が含まれ、アカウント SAS の srt= にリソースの種類（コンテナーの一覧は s サービス、BLOB の一覧は c コンテナー、BLOB は o オブジェクト）が含まれている必要があります。それらを含む SAS を作り直してください。${
    sas.delegation
      ? 'これはユーザー委任 SAS（skoid=）です。委任キーを取得した ID にも、操作を許すデータ ロール（書き込みなら Storage Blob Data Contributor、読み取りなら Reader）が必要です。sp= の内容にかかわらずです。'
      : ''
  }`;
}

/** en/signed-urls.ts の SIGNED_URL_TOO_LONG と同じ出典。 */
export const SIGNED_URL_TOO_LONG = {
  title: (ttl: number | null, f: Format, via: string | undefined) =>
    ttl === null
      ? `${refuser(via)} は署名付き URL を拒否しました: 7日より長い期間で署名されています`
      : `${refuser(via)} は署名付き URL を拒否しました: ${f.duration(ttl)}で署名されており、上限の7日を超えています`,
  detail: (ttl: number | null, limit: number, via: string | undefined) =>
    `${refuser(via)} が受け付ける SigV4 の署名付き URL の有効期間は最大${limit}秒（X-Amz-Expires、7日）です${ttl === null ? '' : `。この URL は${ttl}秒を求めています`}。署名に関係なく拒否されます。署名する側が X-Amz-Expires（秒。日時やミリ秒ではありません）を誤って計算したか、SigV4 の上限を超えています。`,
  steps: [
    '有効期限を604800秒以下にして署名してください（aws s3 presign --expires-in、SDK の expiresIn。独自の署名処理なら秒で書きます）。後で必要になったら新しい URL を署名します。もっと長く使うリンクには、独自の有効期限を持つ CloudFront の署名付き URL でオブジェクトを配信してください。',
  ],
};
