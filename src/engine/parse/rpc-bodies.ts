/**
 * Round audit-ag: the error bodies of RPC frameworks that answer over HTTP with their own envelope, not RFC 6750's:
 * Twirp's `{"code":…,"msg":…}`, Connect's `{"code":…,"message":…}`, and OpenFGA's `{"code":…,"message":…}` with its
 * own authentication codes. Each is read by its exact members (an object with others is someone else's), and only for
 * the codes that refuse a caller: the framework's `unauthenticated` (the app's message then says whether a token came)
 * and `permission_denied`, OpenFGA's authn codes and its access control's `forbidden`.
 */
import type { StatedError, StatedKind } from './error-bodies.js';
import { judgesToken, saysNoTokenCame } from './judged-token.js';

type Json = Record<string, unknown>;
type Stated = Omit<StatedError, 'start' | 'end'>;

/**
 * What the frameworks' two refusal codes state, by their lower-case names (twitchtv/twirp errors.go ErrorCode and
 * docs/spec_v7.md "Error codes"; connectrpc/connect-go code.go Code.String, the Connect protocol's error JSON): an
 * `unauthenticated` whose message judges a token says one came and was refused, one that says none came says so.
 */
export function rpcStatedKind(code: string, message: string | null): StatedKind | null {
  if (code === 'permission_denied') return 'forbidden';
  if (code !== 'unauthenticated') return null;
  return judgesToken(message) ? 'invalid_token' : saysNoTokenCame(message) ? 'no_token' : 'unauthenticated';
}

/**
 * OpenFGA's AuthErrorCode (openfga/api openfga/v1/errors_ignore.proto; the names the Java SDK lists in
 * docs/AuthErrorCode.md), which its HTTP gateway writes as the `code` with the message: `{"code":"bearer_token_missing",
 * "message":"missing bearer token"}` to a call without Authorization, `{"code":"unauthenticated","message":
 * "unauthenticated"}` to a preshared key it does not hold (openfga/openfga internal/authn/authn.go), the OIDC checks'
 * `auth_failed_invalid_*`, and `{"code":"forbidden","message":"the principal is not authorized to perform the
 * action"}` from its access control (openfga/api#190).
 */
const OPENFGA_CODES: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['bearer_token_missing', 'no_token'],
  ['auth_failed_invalid_bearer_token', 'invalid_token'],
  ['auth_failed_invalid_subject', 'invalid_token'],
  ['auth_failed_invalid_audience', 'invalid_token'],
  ['auth_failed_invalid_issuer', 'invalid_token'],
  ['invalid_claims', 'invalid_token'],
]);
const OPENFGA_FORBIDDEN = 'the principal is not authorized to perform the action';

/** Whether every member of `o` is one of `keys`. */
function onlyKeys(o: Json, keys: readonly string[]): boolean {
  for (const key in o) if (!keys.includes(key)) return false;
  return true;
}

const TWIRP_KEYS = ['code', 'msg', 'meta'] as const;
const CONNECT_KEYS = ['code', 'message', 'details'] as const;
const OPENFGA_KEYS = ['code', 'message'] as const;

/** The refusal an RPC framework's error body states; null for any other object. */
export function readRpcBody(o: Json): Stated | null {
  const code = o.code;
  if (typeof code !== 'string' || code.length > 40) return null;
  const message = typeof o.message === 'string' && o.message !== '' ? o.message : null;
  if (message !== null && onlyKeys(o, OPENFGA_KEYS)) {
    const openfga = OPENFGA_CODES.get(code);
    if (openfga !== undefined) return { kind: openfga, description: message, scope: null, via: 'openfga' };
    if (code === 'unauthenticated' && message === 'unauthenticated')
      return { kind: 'invalid_token', description: message, scope: null, via: 'openfga' };
    if (code === 'forbidden' && message === OPENFGA_FORBIDDEN)
      return { kind: 'forbidden', description: message, scope: null, via: 'openfga' };
  }
  // Twirp's error JSON: `code` and `msg`, `meta` when the server added any (docs/spec_v7.md, "Error responses").
  if (typeof o.msg === 'string' && onlyKeys(o, TWIRP_KEYS)) {
    const kind = rpcStatedKind(code, o.msg === '' ? null : o.msg);
    return kind === null ? null : { kind, description: o.msg === '' ? null : o.msg, scope: null, via: 'twirp' };
  }
  // Connect's unary error: `code`, and `message` and `details` when there are any (connectrpc.com/docs/protocol,
  // "Unary-Error"; connect-go writes no message for an error made without one).
  if ((message !== null || o.message === undefined) && onlyKeys(o, CONNECT_KEYS)) {
    const kind = rpcStatedKind(code, message);
    return kind === null ? null : { kind, description: message, scope: null, via: 'connect' };
  }
  return null;
}
