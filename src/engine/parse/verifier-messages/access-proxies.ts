/**
 * Zero-trust access layers in front of hosts (round audit-ac): the bastion or the SSH server that refused an engineer
 * who signed in to it, in its own words. These refusals come from the layer's policy (its roles, its tailnet policy
 * file), so they read as stated denials; the step names where that policy lives.
 *
 * - Teleport's client (gravitational/teleport lib/client/client.go, NodeClient's connect): an SSH handshake the node
 *   refused comes back as trace.AccessDenied("access denied to %v connecting to %v", login, node), tsh printing it as
 *   "ERROR: access denied to root connecting to node-1 on cluster …" (gravitational/teleport#16308: "Your user needs
 *   to have a role that grants access to the SSH node"); its RBAC (lib/services/role.go, CheckAccessToRule): "access
 *   denied to perform action %q on %q" (verb, resource; gravitational/teleport#2082).
 * - Tailscale SSH (tailscale/tailscale ssh/tailssh/tailssh.go): the banner "tailscale: tailnet policy does not permit
 *   you to SSH to this node" (or `… to SSH as user "<login>"`, its tests' user-mismatch case), the server's
 *   "tailssh: rejecting connection; no matching policy" (tailscale/tailscale#15533, #19531), and OpenSSH's client
 *   naming Tailscale's auth method when it gave up: "Permission denied (tailscale)." (tailscale/tailscale#5692, #5824).
 * - Teleport's auth server refusing a local user's sign-in (lib/auth: invalidUserPass2FError, trace.AccessDenied("invalid
 *   username, password or second factor"), on purpose one message for all three; tsh login prints it after "ERROR:"
 *   (gravitational/teleport#33932), its audit log's user.login event T1000W carries it as `error`.
 * - Tailscale's coordination server refusing the auth key a node logs in with (`tailscale up --auth-key`, tsnet's
 *   AuthKey, the container's TS_AUTHKEY): "backend error: invalid key: API key does not exist" (tailscale/tailscale#17047,
 *   as `tailscale status` keeps it: "The last login error was: invalid key: API key does not exist"; tsnet.Up prints
 *   "backend: invalid key: …"). The key expired, was a one-off key already used, was revoked, or is another tailnet's.
 * - The SSH certificate such a layer issued at login, refused as expired: Go's x/crypto/ssh (ssh/certs.go,
 *   CertChecker.CheckCert: "ssh: cert has expired"), which Teleport's nodes and tsh print as they are
 *   (gravitational/teleport#1465's audit event, #10936), and tsh's own "Your Teleport session has expired. Please login
 *   using 'tsh login'." (tool/tsh/common/git_credential.go, where utils.IsCertExpiredError matched those words). The
 *   credential is the certificate (time.expired's clientCertificate, product ssh), not a token.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family } from './matcher.js';

const teleport = family('teleport');
const golangSsh = family('golang-ssh');
const SSH_CERTIFICATE = { reason: 'client-certificate' } as const;
const tailscale = family('tailscale');

/**
 * Teleport's "access denied to <login>" right before " connecting to <node>": the row is filed under its second half,
 * whose `g` the scan's triggers hold (the first half holds none of them).
 */
const DENIED_LOGIN = /access denied to \S{1,64}$/;
const NODE = /^\S{1,253}/;

function connecting(f: Fragment): Reading | null {
  if (!DENIED_LOGIN.test(f.before(100))) return null;
  const m = NODE.exec(f.after(260));
  return m === null ? null : { extend: m[0].length };
}

export const ACCESS_PROXIES: readonly Matcher[] = [
  teleport('login-denied', 'policy.deny', ' connecting to ', { exactCase: true, read: connecting }),
  teleport('rbac', 'policy.deny', 'access denied to perform action "', { exactCase: true }),
  tailscale('ssh-policy', 'policy.deny', 'tailnet policy does not permit you to SSH', { exactCase: true }),
  tailscale('no-matching-policy', 'policy.deny', 'tailssh: rejecting connection; no matching policy', {
    exactCase: true,
  }),
  teleport('local-login-refused', 'challenge.invalid-token', 'invalid username, password or second factor', {
    exactCase: true,
  }),
  teleport('session-expired', 'time.expired', 'Your Teleport session has expired', {
    exactCase: true,
    args: SSH_CERTIFICATE,
  }),
  golangSsh('cert-expired', 'time.expired', 'ssh: cert has expired', { exactCase: true, args: SSH_CERTIFICATE }),
  tailscale('auth-key-unknown', 'challenge.invalid-token', 'invalid key: API key does not exist', { exactCase: true }),
  tailscale('permission-denied', 'policy.deny', 'Permission denied (tailscale).', { exactCase: true }),
];
