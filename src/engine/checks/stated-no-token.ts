import type { Context } from '../context.js';
import { lineLocator } from '../parse/http.js';

/**
 * What servers answer a request that carried no token, in their own words. App and middleware code writes these, so no
 * one library owns them: "Missing Authorization header" (the MCP TypeScript SDK's requireBearerAuth,
 * modelcontextprotocol/typescript-sdk src/server/auth/middleware/bearerAuth.ts, as its error_description and body; an
 * MCP server's JSON-RPC error "Unauthorized: Missing Authorization header with Bearer token"; Gin, actix and FastAPI
 * handlers in public code), "Authorization header is missing" (Express, Fastify, Gin and Spring handlers in public code)
 * and "No token provided" (Express and Next.js handlers' `res.status(401).json({ message: "No token provided" })`).
 * Matched lower-cased, as whole phrases.
 */
const PHRASES = ['missing authorization header', 'authorization header is missing', 'no token provided'] as const;

export interface StatedNoToken {
  start: number;
  end: number;
  /** A response header's, else a body's or a log's (`log`, as for every verifier message read from a body). */
  source: 'response-header' | 'log';
}

/** Words before a phrase that turn it round ("is not missing authorization header", "isn't"). */
const NEGATED = /\b(?:not|never|isn't|wasn't|aren't)\s{1,4}$/;

/**
 * Where a body, a log line or a response header of the paste says the request came without a token or Authorization
 * header, or null. A request's header or a command that names the phrase states nothing. Asked only of a paste that
 * holds no token: one indexOf per phrase over the folded text.
 */
export function statedNoToken(ctx: Context): StatedNoToken | null {
  const lower = ctx.lower;
  let best: StatedNoToken | null = null;
  for (const phrase of PHRASES) {
    const at = lower.indexOf(phrase);
    if (at < 0 || (best !== null && at >= best.start)) continue;
    if (!standsAt(lower, at, phrase)) continue;
    const header = lineKindAt(ctx, at) !== 'text';
    if (header && !inResponseHeader(ctx, at)) continue;
    best = { start: at, end: at + phrase.length, source: header ? 'response-header' : 'log' };
  }
  return best;
}

/** The phrase found at `at` stands as said: a whole phrase, not turned round by a negation before it. */
function standsAt(lower: string, at: number, phrase: string): boolean {
  const end = at + phrase.length;
  if (isWordChar(lower.charCodeAt(at - 1)) || isWordChar(lower.charCodeAt(end))) return false;
  return !NEGATED.test(lower.slice(Math.max(0, at - 16), at));
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The kind of the line holding offset `at`. */
function lineKindAt(ctx: Context, at: number): string | null {
  return lineLocator(ctx.http)(at)?.kind ?? null;
}

function inResponseHeader(ctx: Context, at: number): boolean {
  for (const h of ctx.http.headers) if (h.side === 'response' && at >= h.start && at < h.end) return true;
  return false;
}

/**
 * Whether an RFC 6750 description says no token came, where the paste shows none: the MCP TypeScript SDK answers a
 * request without Authorization with `error="invalid_token", error_description="Missing Authorization header"` (its
 * requireBearerAuth, in the header and the body), which is no judgement of a token.
 */
export function descriptionSaysNoToken(ctx: Context, description: string | null): boolean {
  if (description === null || ctx.token !== null || ctx.authorization !== null) return false;
  const lower = description.slice(0, 300).toLowerCase();
  for (const phrase of PHRASES) {
    const at = lower.indexOf(phrase);
    if (at >= 0 && standsAt(lower, at, phrase)) return true;
  }
  return false;
}
