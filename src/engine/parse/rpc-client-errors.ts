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

/**
 * A gRPC status sent in HTTP headers, as a trailers-only response puts it and gRPC-Web proxies and browsers show it
 * (grpc/grpc doc/PROTOCOL-HTTP2.md, "Trailers-Only" and Status-Message's percent-encoding; doc/PROTOCOL-WEB.md): the
 * header line `grpc-status: 16` (UNAUTHENTICATED) or `7` (PERMISSION_DENIED), with its `grpc-message` on a line after
 * it. Only as header lines (at a line's start, curl -v's `< ` allowed): a test's string or a sentence is no response.
 */
export const GRPC_STATUS_HEADER = 'grpc-status: ';
const GRPC_MESSAGE = /(?:^|\n)[<\s]{0,3}grpc-message: ([^\r\n]{1,300})/i;

function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function readGrpcStatusHeader(text: string, out: StatedError[]): void {
  for (const anchor of [GRPC_STATUS_HEADER, 'Grpc-Status: ']) {
    each(text, anchor, (i) => {
      const start = lineStart(text, i);
      if (!/^[<\s]{0,3}$/.test(text.slice(start, i))) return;
      const from = i + anchor.length;
      const code = /^(16|7)\s*(?:\r?\n|$)/.exec(text.slice(from, from + 4))?.[1];
      if (code === undefined) return;
      const after = text.slice(from, from + 400);
      const m = GRPC_MESSAGE.exec(after);
      const message = m === null ? null : percentDecoded((m[1] as string).trim());
      const kind: StatedKind | null = code === '7' ? 'forbidden' : rpcStatedKind('unauthenticated', message);
      const end = m === null ? from + code.length : from + m.index + m[0].length;
      if (kind !== null) push(out, kind, message, 'grpc', start, end);
    });
  }
}

/** Every RPC client's statement in `text`. */
export function readRpcClientErrors(text: string, out: StatedError[]): void {
  readTwirp(text, out);
  readConnect(text, out);
  readTrpcClient(text, out);
  readGrpcStatusHeader(text, out);
}
