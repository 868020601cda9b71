/**
 * Round audit-ag: the error lines RPC frameworks' clients print for a refused call, the framework's code in its own
 * framing: Twirp's Go client (`twirp error unauthenticated: invalid token`), connect-es (`ConnectError:
 * [unauthenticated] …`) and tRPC's client (`TRPCClientError: UNAUTHORIZED`). The code says which refusal it is; the
 * app's message after it says whether a token came (rpc-bodies.ts rpcStatedKind). Each anchor is found with `indexOf`,
 * and only a bounded window after it is read.
 */
import type { StatedError, StatedKind } from './error-bodies.js';
import { rpcStatedKind } from './rpc-bodies.js';

/** How far a message is read after its code, and how many occurrences of one anchor are looked at. */
const MESSAGE_MAX = 300;
const MAX_PER_ANCHOR = 100;

/** twitchtv/twirp errors.go, `(e *twerr) Error()`: `fmt.Sprintf("twirp error %s: %s", e.code, e.msg)`. */
export const TWIRP = 'twirp error ';
/**
 * connectrpc/connect-es packages/connect/src/connect-error.ts, createMessage: `[${codeToString(code)}] ${message}`
 * (`[code]` alone for an empty message), printed after the error's name.
 */
export const CONNECT = 'ConnectError: [';
/**
 * trpc/trpc packages/server/src/unstable-core-do-not-import/error/TRPCError.ts: a TRPCError thrown without a message
 * takes its code as the message, which the client's TRPCClientError carries (trpc/trpc's own tests snapshot
 * `[TRPCClientError: UNAUTHORIZED]`). A message the app wrote is the app's, and tRPC's error body (error-bodies.ts)
 * reads it; here only the code alone.
 */
export const TRPC_CLIENT = 'TRPCClientError: ';
const TRPC_CODES: ReadonlyMap<string, StatedKind> = new Map<string, StatedKind>([
  ['UNAUTHORIZED', 'unauthenticated'],
  ['FORBIDDEN', 'forbidden'],
]);

/** The rest of the line after `from`, at most MESSAGE_MAX characters, without a closing quote or bracket of a log. */
function messageAt(text: string, from: number): { message: string | null; end: number } {
  const nl = text.indexOf('\n', from);
  const end = Math.min(nl < 0 ? text.length : nl, from + MESSAGE_MAX);
  const message = text
    .slice(from, end)
    .replace(/["'`)\]}]+\s*$/, '')
    .trim();
  return { message: message === '' ? null : message, end };
}

function lineStart(text: string, i: number): number {
  return Math.max(text.lastIndexOf('\n', i - 1) + 1, i - MESSAGE_MAX);
}

function each(text: string, anchor: string, read: (i: number) => void): void {
  let n = 0;
  for (let i = text.indexOf(anchor); i >= 0 && n < MAX_PER_ANCHOR; i = text.indexOf(anchor, i + 1), n++) read(i);
}

/** A code name of the frameworks' form (`unauthenticated`, `permission_denied`) at `from`, and where it ends. */
const CODE_NAME = /^[a-z_]{4,20}/;

function push(out: StatedError[], kind: StatedKind, message: string | null, via: string, start: number, end: number) {
  out.push({ kind, description: message, scope: null, via, start, end });
}

function readTwirp(text: string, out: StatedError[]): void {
  each(text, TWIRP, (i) => {
    const from = i + TWIRP.length;
    const code = CODE_NAME.exec(text.slice(from, from + 21))?.[0];
    if (code === undefined || !text.startsWith(': ', from + code.length)) return;
    const { message, end } = messageAt(text, from + code.length + 2);
    const kind = rpcStatedKind(code, message);
    if (kind !== null) push(out, kind, message, 'twirp', lineStart(text, i), end);
  });
}

function readConnect(text: string, out: StatedError[]): void {
  each(text, CONNECT, (i) => {
    const from = i + CONNECT.length;
    const code = CODE_NAME.exec(text.slice(from, from + 21))?.[0];
    if (code === undefined || text.charAt(from + code.length) !== ']') return;
    const { message, end } = messageAt(text, from + code.length + 1);
    const kind = rpcStatedKind(code, message);
    if (kind !== null) push(out, kind, message, 'connect', lineStart(text, i), end);
  });
}

function readTrpcClient(text: string, out: StatedError[]): void {
  each(text, TRPC_CLIENT, (i) => {
    const from = i + TRPC_CLIENT.length;
    const code = /^[A-Z_]{6,12}(?![\w ])/.exec(text.slice(from, from + 14))?.[0];
    const kind = code === undefined ? undefined : TRPC_CODES.get(code);
    if (code === undefined || kind === undefined) return;
    push(out, kind, code, 'trpc', lineStart(text, i), from + code.length);
  });
}

/** Every RPC client's statement in `text`. */
export function readRpcClientErrors(text: string, out: StatedError[]): void {
  readTwirp(text, out);
  readConnect(text, out);
  readTrpcClient(text, out);
}
