/**
 * A client certificate the Kubernetes API server's x509 authenticator refused for its dates (parse/verifier-messages/
 * frameworks.ts, the kubernetes client-cert rows), or an SSH certificate an SSH server refused (access-proxies.ts). The certificate is the credential, so its NotAfter and NotBefore take
 * the places of a token's exp and nbf; no pasted token's claims are compared with them. Go printed both the server's
 * clock and the certificate's bound; how far the bound lies from the reference time is what the reader acts on (a
 * certificate that expired last month is still expired), and the server's clock is kept for the words.
 */
import type { ClientCertificate, CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { zonedIsoSeconds } from '../time-parse.js';
import type { FindingData, Source } from '../types.js';
import { finding } from './define.js';

function seconds(printed: string | undefined): number | null {
  return printed === undefined ? null : zonedIsoSeconds(printed);
}

/** The libraries whose refusal is of an SSH certificate (verifier-messages/access-proxies.ts), not a TLS client's. */
const SSH_CERTIFICATE_VIAS: ReadonlySet<string> = new Set(['golang-ssh', 'teleport']);

function certificate(via: string, printedNow: string | undefined): ClientCertificate {
  const product = SSH_CERTIFICATE_VIAS.has(via) ? 'ssh' : 'kubernetes';
  const serverTime = seconds(printedNow);
  return serverTime === null ? { product } : { product, serverTime };
}

export function clientCertificateExpired(
  ctx: Context,
  via: string,
  at: string | undefined,
  printedNow: string | undefined,
  evidence: string,
  source: Exclude<Source, 'options'>,
): FindingData<'time.expired'> {
  const notAfter = seconds(at);
  const now = ctx.now ?? seconds(printedNow);
  const args: CodeArgs['time.expired'] = {
    via,
    exp: notAfter,
    agoSeconds: notAfter !== null && now !== null ? Math.max(0, now - notAfter) : null,
    skewSeconds: ctx.skewSeconds,
    maxAge: false,
    clientCertificate: certificate(via, printedNow),
  };
  return finding('time.expired', args, evidence, source);
}

export function clientCertificateEarly(
  ctx: Context,
  via: string,
  at: string | undefined,
  printedNow: string | undefined,
  evidence: string,
  source: Exclude<Source, 'options'>,
): FindingData<'time.not-yet-valid'> {
  const notBefore = seconds(at);
  const now = ctx.now ?? seconds(printedNow);
  const ahead = notBefore !== null && now !== null ? notBefore - now : null;
  const args: CodeArgs['time.not-yet-valid'] = {
    via,
    nbf: notBefore,
    // Still ahead at the reference time, the wait is real; passed since, only the server's clock then says it was early.
    inSeconds: ahead !== null && ahead > 0 ? ahead : null,
    skewSeconds: ctx.skewSeconds,
    clientCertificate: certificate(via, printedNow),
  };
  return finding('time.not-yet-valid', args, evidence, source);
}
