/**
 * Words several verifiers share, with nothing on their line naming which one wrote them: a bare `JWT expired` (jjwt's
 * DefaultJwtParser goes on with "at …" or "… milliseconds ago at …"; PostgREST's stands beside its PGRST301 code;
 * applications log it themselves in catch blocks: `System.out.println("JWT expired" + ex.getMessage())`) or `Expired
 * JWT` (Nimbus's DefaultJWTClaimsVerifier throws `new BadJWTException("Expired JWT")`, and so do applications' own
 * claim verifiers). They say what failed but not who said it: the finding names no library (`via`). A row that
 * recognises its library's own form of the words (java.ts, frameworks.ts) comes before these in the table, or scores
 * higher, and wins.
 */
import { ALONE, family, type Matcher } from './matcher.js';

/** The library name of these rows; checks/verifier-log.ts gives their findings no `via`. */
export const UNATTRIBUTED = 'unattributed';

const unattributed = family(UNATTRIBUTED);

export const UNATTRIBUTED_ROWS: readonly Matcher[] = [
  unattributed('jwt-expired', 'time.expired', 'JWT expired', { exactCase: true }),
  unattributed('expired-jwt', 'time.expired', 'Expired JWT', ALONE),
];
