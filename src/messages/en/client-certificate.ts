/**
 * Words for a client certificate the Kubernetes API server's x509 authenticator refused (time.expired's,
 * time.not-yet-valid's and signature.invalid's `clientCertificate`). Kept apart from findings.ts so that file stays one
 * entry per code.
 */
import type { ClientCertificate } from '../../engine/args.js';
import type { Format } from '../catalogue.js';

function serverClock(c: ClientCertificate, f: Format): string {
  return c.serverTime === undefined ? '' : ` (its clock read ${f.iso(c.serverTime)})`;
}

// The kubeconfig's client-certificate-data is the base64 of a PEM certificate (kubernetes.io/docs/concepts/
// configuration/organize-cluster-access-kubeconfig); kubeadm's own certificates and the admin.conf it writes are listed
// and renewed by `kubeadm certs check-expiration` / `kubeadm certs renew` (kubernetes.io/docs/tasks/administer-cluster/
// kubeadm/kubeadm-certs/, which also says the control plane's static Pods must be restarted to pick them up).
const READ_KUBECONFIG_CERT =
  "Read the dates and issuer of the certificate kubectl sends: kubectl config view --raw --minify -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d | openssl x509 -noout -dates -issuer -subject (or openssl x509 -in <client-certificate file> for a path).";

// An SSH certificate is judged by the server's clock against its ValidBefore (golang.org/x/crypto/ssh certs.go,
// CertChecker.CheckCert: "ssh: cert has expired"); Teleport's tsh login issues one for the role's session TTL and tsh
// status shows its "Valid until" (gravitational/teleport#10936); a node whose clock is off refuses a fresh one
// (gravitational/teleport#1465: "significant time difference between your server and local computer"; its docs'
// troubleshooting-server page since gravitational/teleport#37611). ssh-keygen -L prints a certificate's validity.
const SSH_CERT_STEPS = [
  'Log in again for a new certificate: tsh login for Teleport (tsh status shows the current one’s “Valid until”), or your SSH CA’s own signing (vault write ssh/sign/<role>, step ssh login); ssh-keygen -L -f <the -cert.pub file> prints a certificate’s “Valid: from … to …”.',
  'If the certificate is still valid by your clock, compare the server’s clock with it (timedatectl or date on the node): the server judges the certificate by its own clock, and one that runs ahead refuses fresh certificates as expired.',
];

export const CLIENT_CERT_EXPIRED = {
  title: (c: ClientCertificate, ago: number | null, f: Format) => {
    const what = c.product === 'ssh' ? 'The SSH certificate' : 'The client certificate';
    return ago === null ? `${what} has expired` : `${what} expired ${f.relative(-ago)}`;
  },
  detail: (c: ClientCertificate, notAfter: number | null, f: Format, by: string) =>
    c.product === 'ssh'
      ? `The SSH certificate the client presented was refused as expired${by}${notAfter === null ? '' : `: its ValidBefore is ${f.iso(notAfter)}`}, by the clock of the server that checked it. The credential is a short-lived certificate an SSH CA issued at login (Teleport’s tsh login, Vault’s SSH secrets engine, step-ca), not a bearer token or a key pair alone.`
      : `The Kubernetes API server refused the request’s client certificate as expired${serverClock(c, f)}${notAfter === null ? '' : `: its notAfter is ${f.iso(notAfter)}`}. The credential is the certificate the kubeconfig (or the component’s own kubeconfig) presents over TLS, not a bearer token.`,
  steps: (c: ClientCertificate): string[] =>
    c.product === 'ssh'
      ? SSH_CERT_STEPS
      : [
          READ_KUBECONFIG_CERT,
          'On a kubeadm cluster, run kubeadm certs check-expiration on a control-plane node; renew with kubeadm certs renew (all, or the one named), restart the control-plane Pods, and copy the renewed /etc/kubernetes/admin.conf to the kubeconfig that failed.',
          'For a user’s own certificate, have a new one signed (a CertificateSigningRequest approved, or the cluster CA) and put it in the kubeconfig with kubectl config set-credentials --client-certificate … --embed-certs.',
        ],
};

export const CLIENT_CERT_EARLY = {
  title: (inSeconds: number | null, f: Format) =>
    inSeconds === null
      ? 'The client certificate was not valid yet when the API server read it'
      : `The client certificate is not valid for another ${f.duration(inSeconds)}`,
  detail: (c: ClientCertificate, notBefore: number | null, f: Format) =>
    `The Kubernetes API server refused the request’s client certificate as not yet valid${serverClock(c, f)}${notBefore === null ? '' : `: its notBefore is ${f.iso(notBefore)}`}. Either the certificate was just issued by a CA whose clock is ahead, or the API server’s clock is behind.`,
  steps: [
    'Compare the clocks of the API server’s host and of the host that signed the certificate (timedatectl, chronyc tracking) and fix the one that is off; a certificate dated ahead becomes usable at its notBefore.',
    READ_KUBECONFIG_CERT,
  ],
};

export const CLIENT_CERT_UNTRUSTED = {
  title: 'The API server does not trust the client certificate’s issuer',
  detail:
    'The Kubernetes API server could not chain the request’s client certificate to a CA in its client CA bundle (--client-ca-file): x509 “certificate signed by unknown authority”. The kubeconfig holds a certificate from another cluster, or from before the cluster’s CA was replaced.',
  steps: [
    READ_KUBECONFIG_CERT,
    'Compare that issuer with the API server’s --client-ca-file (on kubeadm, /etc/kubernetes/pki/ca.crt): openssl verify -CAfile <ca.crt> <client.crt>. If they differ, use a kubeconfig issued by this cluster (kubeadm’s admin.conf, or a certificate signed by its CA).',
  ],
};
