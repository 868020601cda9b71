/**
 * What the real-world paste tables (test/engine/formats-*.test.ts) build their pastes from: the tokens, the
 * status lines and the code lists every round uses. One copy, so a round adds rows, not another preamble.
 */
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW } from './catches.js';
import { CLAIMS, rs256 } from './tokens.js';

/** Signed, and expired 8 minutes before NOW. */
export const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
/** EXPIRED with its signature masked. */
export const EXPIRED_MASKED = `${EXPIRED.split('.').slice(0, 2).join('.')}.***`;
/** Valid at NOW, its signature masked (a paste that follows the advice). */
export const FRESH_MASKED = `${rs256(CLAIMS, { kid: 'k1' }).split('.').slice(0, 2).join('.')}.***`;

export const S200 = 'HTTP/1.1 200 OK';
export const S401 = 'HTTP/1.1 401 Unauthorized';
export const S403 = 'HTTP/1.1 403 Forbidden';
export const JSON_CT = 'Content-Type: application/json';
export const A401 = { status: 401, classification: 'authentication' } as const;
export const A403 = { status: 403, classification: 'authorization' } as const;
/** No status in the paste; a stated authentication failure decides. */
export const REFUSED = { status: null, classification: 'authentication' } as const;
/** No status in the paste; a stated denial decides. */
export const DENIED = { status: null, classification: 'authorization' } as const;
/** Nothing to classify: the paste states no failure. */
export const QUIET = { status: null, classification: 'undetermined' } as const;
/** What a reply that judged a token must never be read as. */
export const NOT_MISSING: FindingCode[] = ['token.missing', 'authz-header.missing'];
/** What a misread reply adds: a token, a header or a challenge read where there is none. */
export const MISREAD: FindingCode[] = ['token.malformed', 'authz-header.format', 'challenge.malformed', 'time.invalid'];
