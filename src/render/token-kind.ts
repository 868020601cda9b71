import type { TokenSummary } from '../engine/types.js';

/**
 * The catalogue's name for the token's kind. A JWS whose header says alg none is named unsigned: "signed JWT" beside
 * alg.none's "the token is unsigned" contradicts it. A malformed token is named by the shape it was read as (a JWS),
 * unless its header could not be read: then whether it is signed is not known, and "signed JWT" would say it is.
 */
export function tokenKindKey(token: TokenSummary): 'jws' | 'unsigned' | 'jwe' | 'payload-only' | 'header-unreadable' {
  if (token.kind === 'malformed' || token.kind === 'jws') {
    if (token.header === null) return 'header-unreadable';
    const alg = token.header?.alg;
    return typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'unsigned' : 'jws';
  }
  return token.kind;
}
