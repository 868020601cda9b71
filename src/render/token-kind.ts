import type { TokenSummary } from '../engine/types.js';

/**
 * The catalogue's name for the token's kind. A JWS whose header says alg none is named unsigned: "signed JWT" beside
 * alg.none's "the token is unsigned" contradicts it. A malformed token is named by the shape it was read as (a JWS).
 */
export function tokenKindKey(token: TokenSummary): 'jws' | 'unsigned' | 'jwe' | 'payload-only' {
  if (token.kind === 'malformed' || token.kind === 'jws') {
    const alg = token.header?.alg;
    return typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'unsigned' : 'jws';
  }
  return token.kind;
}
