/**
 * Kubernetes API サーバーの x509 認証が拒否したクライアント証明書の言葉（time.expired、time.not-yet-valid、
 * signature.invalid の `clientCertificate`）。findings.ts を 1 コード 1 項目に保つため分けています。
 */
import type { ClientCertificate } from '../../engine/args.js';
import type { Format } from '../catalogue.js';

function serverClock(c: ClientCertificate, f: Format): string {
  return c.serverTime === undefined ? '' : `（サーバーの時計は ${f.iso(c.serverTime)}）`;
}

// en/client-certificate.ts と同じ出典（kubeconfig の client-certificate-data、kubeadm certs check-expiration / renew）。
const READ_KUBECONFIG_CERT =
  "kubectl が送る証明書の期限と発行者を確認してください: kubectl config view --raw --minify -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d | openssl x509 -noout -dates -issuer -subject（ファイルのパスなら openssl x509 -in <client-certificate のファイル>）。";

/** SSH 証明書の期限切れ（en の SSH_CERT_STEPS と同じ出典）。 */
const SSH_CERT_STEPS = [
  'ログインし直して新しい証明書を受け取ってください。Teleport なら tsh login（tsh status で今の証明書の “Valid until” が分かります）、ほかの SSH CA ならその署名（vault write ssh/sign/<ロール>、step ssh login）です。ssh-keygen -L -f <-cert.pub ファイル> で証明書の “Valid: from … to …” が表示されます。',
  '手元の時計で証明書がまだ有効なら、サーバーの時計と比べてください（ノードで timedatectl か date）。サーバーは自分の時計で証明書を判断するので、時計が進んでいると新しい証明書も期限切れとして拒否します。',
];

export const CLIENT_CERT_EXPIRED = {
  title: (c: ClientCertificate, ago: number | null, f: Format) => {
    const what = c.product === 'ssh' ? 'SSH 証明書' : 'クライアント証明書';
    return ago === null ? `${what}の有効期限が切れています` : `${what}の有効期限が ${f.relative(-ago)} に切れています`;
  },
  detail: (c: ClientCertificate, notAfter: number | null, f: Format, by: string) =>
    c.product === 'ssh'
      ? `クライアントが示した SSH 証明書が、検査したサーバーの時計で期限切れとして拒否されました${by}${notAfter === null ? '' : `。証明書の ValidBefore は ${f.iso(notAfter)} です`}。認証情報はログイン時に SSH CA が発行した短命の証明書（Teleport の tsh login、Vault の SSH シークレットエンジン、step-ca）で、Bearer トークンや鍵ペアだけではありません。`
      : `Kubernetes API サーバーは、リクエストのクライアント証明書を期限切れとして拒否しました${serverClock(c, f)}${notAfter === null ? '' : `。証明書の notAfter は ${f.iso(notAfter)} です`}。認証情報は kubeconfig（またはコンポーネント自身の kubeconfig）が TLS で示す証明書で、Bearer トークンではありません。`,
  steps: (c: ClientCertificate): string[] =>
    c.product === 'ssh'
      ? SSH_CERT_STEPS
      : [
          READ_KUBECONFIG_CERT,
          'kubeadm のクラスターでは、コントロールプレーンのノードで kubeadm certs check-expiration を実行し、kubeadm certs renew（all または該当するもの）で更新して、コントロールプレーンの Pod を再起動し、更新された /etc/kubernetes/admin.conf を失敗した kubeconfig にコピーしてください。',
          'ユーザー自身の証明書なら、新しい証明書に署名してもらい（CertificateSigningRequest の承認、またはクラスターの CA）、kubectl config set-credentials --client-certificate … --embed-certs で kubeconfig に入れてください。',
        ],
};

export const CLIENT_CERT_EARLY = {
  title: (inSeconds: number | null, f: Format) =>
    inSeconds === null
      ? 'API サーバーが読んだ時点で、クライアント証明書はまだ有効になっていませんでした'
      : `クライアント証明書はあと ${f.duration(inSeconds)} 有効になりません`,
  detail: (c: ClientCertificate, notBefore: number | null, f: Format) =>
    `Kubernetes API サーバーは、リクエストのクライアント証明書をまだ有効でないとして拒否しました${serverClock(c, f)}${notBefore === null ? '' : `。証明書の notBefore は ${f.iso(notBefore)} です`}。時計が進んでいる CA が発行した直後の証明書か、API サーバーの時計が遅れています。`,
  steps: [
    'API サーバーのホストと証明書に署名したホストの時計を比べ（timedatectl、chronyc tracking）、ずれている方を直してください。先の日付の証明書は notBefore になれば使えます。',
    READ_KUBECONFIG_CERT,
  ],
};

export const CLIENT_CERT_UNTRUSTED = {
  title: 'API サーバーはクライアント証明書の発行者を信頼していません',
  detail:
    'Kubernetes API サーバーは、リクエストのクライアント証明書をクライアント CA バンドル（--client-ca-file）の CA につなげられませんでした（x509 の “certificate signed by unknown authority”）。kubeconfig の証明書が別のクラスターのものか、クラスターの CA が入れ替わる前のものです。',
  steps: [
    READ_KUBECONFIG_CERT,
    'その発行者を API サーバーの --client-ca-file（kubeadm では /etc/kubernetes/pki/ca.crt）と比べてください: openssl verify -CAfile <ca.crt> <client.crt>。違っていれば、このクラスターが発行した kubeconfig（kubeadm の admin.conf、またはその CA が署名した証明書）を使ってください。',
  ],
};
