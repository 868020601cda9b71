/**
 * A gRPC client that got a plain HTTP answer instead of a gRPC response. A gRPC server answers every call with HTTP 200
 * and puts its own status in `grpc-status` (grpc/grpc doc/PROTOCOL-HTTP2.md); a client that reads another HTTP status
 * makes one up from it and says so: Grpc.Net.Client's "Bad gRPC response. HTTP status code: 403" (grpc/grpc-dotnet
 * GrpcCall's ValidateHeaders; zitadel/zitadel#8857, Cloudflare answering for a server it did not pass gRPC to) and
 * grpcio's / gRPC core's "Received http2 header with status: 401". What answered was in front of the server.
 */
import type { Context } from '../context.js';

const NOT_GRPC = ['Bad gRPC response. HTTP status code: 40', 'Received http2 header with status: 40'] as const;

/** Where the client says the call's 401 or 403 came as a plain HTTP answer, or null. */
export function grpcAnsweredByIntermediary(ctx: Context): { start: number; end: number } | null {
  // The rarest fixed part of both first: most pastes hold neither.
  if (ctx.text.indexOf(' status', 0) < 0 || (ctx.text.indexOf('gRPC') < 0 && ctx.text.indexOf('http2') < 0))
    return null;
  for (const words of NOT_GRPC) {
    const at = ctx.text.indexOf(words);
    if (at < 0) continue;
    const digit = ctx.text.charCodeAt(at + words.length);
    // 401 or 403, and nothing more to the number.
    if (digit !== 0x31 && digit !== 0x33) continue;
    const next = ctx.text.charCodeAt(at + words.length + 1);
    if (next >= 0x30 && next <= 0x39) continue;
    return { start: at, end: at + words.length + 1 };
  }
  return null;
}
