/**
 * Words several verifiers share, with nothing on their line naming which one wrote them: a bare `JWT expired` (jjwt's
 * DefaultJwtParser goes on with "at …" or "… milliseconds ago at …"; PostgREST's stands beside its PGRST301 code;
 * applications log it themselves in catch blocks: `System.out.println("JWT expired" + ex.getMessage())`) or `Expired
 * JWT` (Nimbus's DefaultJWTClaimsVerifier throws `new BadJWTException("Expired JWT")`, and so do applications' own
 * claim verifiers). They say what failed but not who said it: the finding names no library (`via`). A row that
 * recognises its library's own form of the words (java.ts, frameworks.ts) comes before these in the table, or scores
 * higher, and wins.
 */
import { ALONE, type Fragment, family, type Matcher, type Reading } from './matcher.js';

/** The library name of these rows; checks/verifier-log.ts gives their findings no `via`. */
export const UNATTRIBUTED = 'unattributed';

const unattributed = family(UNATTRIBUTED);

/** A JSON error member's key and opening quote right before the match (`"error":"`, `\"msg\": \"`). */
const ERROR_KEY = /"(?:error|err|message|msg|detail)\\?"\s?:\s?\\?"$/;

/** The words as a reply's whole `{"message":"…"}` body. */
function wholeMessage(f: Fragment): Reading | null {
  return /\{"message"\s?:\s?"$/.test(f.before(16)) && f.after(2) === '"}' ? {} : null;
}

export const UNATTRIBUTED_ROWS: readonly Matcher[] = [
  unattributed('jwt-expired', 'time.expired', 'JWT expired', { exactCase: true }),
  unattributed('expired-jwt', 'time.expired', 'Expired JWT', ALONE),
  // "Invalid signature" standing alone, with no Kong near (gateways.ts): a verifier's refusal of the signature, whose
  // verifier the paste does not name (Guzzle 5's `[reason phrase] Unauthorized : Invalid signature` from an OAuth 1
  // API, guzzle/guzzle#1066). Exact case, so that it, not jsonwebtoken's lower-case row, reads it.
  unattributed('invalid-signature', 'signature.invalid', 'Invalid signature', { ...ALONE, exactCase: true }),
  // Grafana's message-only API-key bodies (services.ts) with no Grafana near: an API refusing the key it was sent.
  // Only as the whole message (`{"message":"Invalid API key"}`): the words in prose, or a longer sentence, are not it.
  unattributed('expired-api-key-body', 'time.expired', 'Expired API key', { read: wholeMessage }),
  unattributed('invalid-api-key-body', 'challenge.invalid-token', 'Invalid API key', { read: wholeMessage }),
  // The error of the bearer-token authenticator Kubernetes-style API servers embed when the token authenticator refused
  // the token without saying why (`ErrInvalidToken = errors.New("invalid bearer token")`: kubeclipper/kubeclipper
  // pkg/authentication/request/bearertoken/bearertoken.go, as k8s.io/apiserver's), which such a service returns as its
  // 401's `{"error":…}` or logs as a structured record's `error`. The API server's own `err="…"` line is frameworks.ts's
  // row. Only as a whole JSON value: the words in prose are not a refusal.
  unattributed('invalid-bearer-token', 'challenge.invalid-token', 'invalid bearer token', {
    read: (f) => (ERROR_KEY.test(f.before(30)) && /^\\?"/.test(f.after(2)) ? {} : null),
  }),
];
