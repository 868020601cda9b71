import type { CodeArgs } from '../args.js';

/**
 * Words in a gRPC status's details that put the refusal on the connection's client certificate (mutual TLS), not on a
 * token in the call's metadata: "16 UNAUTHENTICATED: mTLS client certificate not presented" (a server's interceptor).
 * A certificate alone is not enough: a signing key's certificate is a token's affair.
 */
const CLIENT_CERTIFICATE = /\bmTLS\b|\bmutual TLS\b|\bclient[ -]?cert|\bTLS handshake\b/i;

/**
 * A component's own credential for a backend it connects to, which it reports as UNAUTHENTICATED to its caller: IBM's
 * block CSI driver, "Credential error has occurred while connecting to endpoint : {0} " (IBM/ibm-block-csi-driver
 * controllers/array_action/messages.py, CREDENTIALS_ERROR_MESSAGE: the storage system's user name and password).
 */
const COMPONENT_CREDENTIAL = /^credentials? error has occurred while connecting to endpoint/i;

/**
 * grpc-go's own status when the call's per-RPC credentials (an OAuth 2.0 token source, Google's default credentials, a
 * login interceptor) failed to give the call its metadata: "transport: per-RPC creds failed due to error: %v"
 * (grpc/grpc-go internal/transport/http2_client.go, getTrAuthData; zitadel/zitadel-go#434, "… ErrorType=server_error
 * Description=Errors.Internal"). The client never sent the call: the token source's error follows the words.
 */
const PER_RPC_CREDENTIALS = /^transport: per-RPC creds failed due to error\b/;

/** What a gRPC UNAUTHENTICATED's details say of the refusal; undefined when it gives none. */
export function grpcReason(details: string | null): CodeArgs['token.missing']['grpcReason'] {
  const d = details?.trim() ?? '';
  if (d === '') return undefined;
  if (PER_RPC_CREDENTIALS.test(d)) return 'per-rpc-credentials';
  if (COMPONENT_CREDENTIAL.test(d)) return 'component-credential';
  if (CLIENT_CERTIFICATE.test(d)) return 'client-certificate';
  return 'generic';
}
