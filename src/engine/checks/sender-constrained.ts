import type { CodeArgs } from '../args.js';
import { codes } from '../codes.js';
import type { Context } from '../context.js';
import type { FindingData, Severity } from '../types.js';
import { defineCheck, finding } from './define.js';
import { notAnAccessToken } from './token-type.js';

type Args = CodeArgs['token.sender-constrained'];

/**
 * Request headers a TLS-terminating intermediary forwards the client certificate in, so that the verifier behind it
 * can compare it with a certificate-bound token: Envoy's XFCC (envoyproxy.io, HTTP header manipulation,
 * "x-forwarded-client-cert"), an AWS Application Load Balancer's mTLS passthrough (docs.aws.amazon.com,
 * elasticloadbalancing/latest/application/header-modification.html, "X-Amzn-Mtls-Clientcert"), and nginx's
 * `$ssl_client_escaped_cert` under the name Keycloak's NGINX lookup documents (keycloak.org docs-api,
 * NginxProxySslClientCertificateLookup: `proxy_set_header ssl-client-cert $ssl_client_escaped_cert`).
 */
const FORWARDED_CERTIFICATE = ['x-forwarded-client-cert', 'x-amzn-mtls-clientcert', 'ssl-client-cert'];

/**
 * A sender-constrained token (`cnf`) whose binding the request did not honour. A DPoP-bound token (RFC 9449 §6,
 * `cnf.jkt`) goes under the `DPoP` scheme with a proof in the `DPoP` header (§7.1), and a resource server must refuse
 * it under `Bearer` (§7.2): sent so, or under `DPoP` without a proof, it cannot pass. A certificate-bound token
 * (RFC 8705 §3.1, `cnf["x5t#S256"]`) goes under `Bearer`, and the paste cannot show the TLS connection: behind a 401 it
 * is a warning, the certificate not presented or not forwarded by the proxy that terminated TLS; a verifier saying so
 * (verifier-log) makes it an error.
 *
 * It runs after the token's own checks: a token that fails one of them (expired, another audience, a bad signature)
 * would still fail with the binding honoured, so there this finding is a warning and that defect leads.
 */
export const senderConstrainedCheck = defineCheck({
  id: 'sender-constrained',
  codes: ['token.sender-constrained'],
  run(ctx: Context, prior) {
    const cnf = ctx.claims?.cnf;
    // Cheap gate first: most tokens carry no cnf.
    if (cnf === undefined || cnf === null || typeof cnf !== 'object' || Array.isArray(cnf)) return [];
    const auth = ctx.authorization;
    // Only the request's own token: one pasted beside it (a token response, an older copy) was not what was sent.
    if (auth === null || ctx.token?.foundIn !== 'authorization-header') return [];
    const status = ctx.http.status?.code ?? null;
    if (status !== null && status >= 200 && status < 300) return [];
    // A DPoP proof (typ dpop+jwt) sent as the token carries no cnf; token.type-mismatch says what is wrong then.
    if (notAnAccessToken(ctx.header?.typ) !== null) return [];
    const scheme = auth.parsed.scheme;
    const evidence = ctx.evidenceAt(auth.field.start, auth.field.end);
    const binding = cnf as Record<string, unknown>;
    if (typeof binding.jkt === 'string') {
      const lower = scheme?.toLowerCase();
      const proofSent = ctx.http.requestShown ? dpopHeaderShown(ctx) : null;
      if (lower !== 'bearer' && !(lower === 'dpop' && proofSent === false)) return [];
      const args: Args = { binding: 'dpop', scheme, proofSent, forwardedHeader: null };
      return [finding('token.sender-constrained', args, evidence, 'request-header', severity(prior))];
    }
    if (typeof binding['x5t#S256'] === 'string' && status === 401) {
      const args: Args = { binding: 'mtls', scheme, proofSent: null, forwardedHeader: forwardedHeader(ctx) };
      return [finding('token.sender-constrained', args, evidence, 'request-header', 'warning')];
    }
    return [];
  },
});

function dpopHeaderShown(ctx: Context): boolean {
  for (const h of ctx.http.headers) if (h.name === 'dpop' && h.side !== 'response') return true;
  return false;
}

function forwardedHeader(ctx: Context): string | null {
  for (const h of ctx.http.headers) if (h.side !== 'response' && FORWARDED_CERTIFICATE.includes(h.name)) return h.name;
  return null;
}

/** Error, unless the token fails a check of its own (an error read from the token or its key), which then leads. */
function severity(prior: readonly FindingData[]): Severity {
  for (const f of prior) {
    if (f.source !== 'token' && f.source !== 'key') continue;
    if ((f.severity ?? codes[f.code].severity) === 'error') return 'warning';
  }
  return 'error';
}
