/**
 * The finding codes: the product's stable vocabulary (see docs/findings.md and docs/codes/).
 *
 * The union is the source of truth. The catalogue below is a `Record` over it, so a code without
 * a severity or docs entry is a compile error, and the meta-tests read the union from here.
 */
export const FINDING_CODES = [
  'input.empty',
  'input.live-token',
  'input.masked',
  'input.cut-payload',
  'status.mismatch',
  'status.not-auth',
  'authz-header.missing',
  'authz-header.scheme',
  'authz-header.double-prefix',
  'authz-header.format',
  'authz-header.url-encoded',
  'challenge.missing',
  'challenge.no-error',
  'challenge.invalid-request',
  'challenge.invalid-token',
  'challenge.dpop-proof',
  'challenge.step-up',
  'challenge.insufficient-scope',
  'challenge.scheme-mismatch',
  'challenge.malformed',
  'token.missing',
  'token.malformed',
  'token.jwe',
  'token.opaque',
  'token.id-token',
  'token.for-other-api',
  'token.revoked',
  'token.type-mismatch',
  'token.sender-constrained',
  'token.jwe-undecryptable',
  'token.crit',
  'alg.none',
  'alg.not-allowed',
  'key.kid-missing',
  'key.kid-unknown',
  'key.jwks-unavailable',
  'signature.invalid',
  'signature.valid',
  'signature.unchecked',
  'time.expired',
  'time.borderline',
  'time.not-yet-valid',
  'time.issued-in-future',
  'time.no-exp',
  'time.milliseconds',
  'time.invalid',
  'time.inconsistent',
  'time.short-lifetime',
  'time.long-lifetime',
  'claim.aud-mismatch',
  'claim.aud-missing',
  'claim.iss-mismatch',
  'claim.iss-trailing-slash',
  'claim.iss-missing',
  'claim.environment',
  'claim.sub-missing',
  'claim.required-missing',
  'claim.pii',
  'scope.insufficient',
  'scope.format',
  'proxy.gateway-response',
  'proxy.waf-block',
  'proxy.authorizer-deny',
  'proxy.route-not-found',
  'policy.deny',
  'verifier.misconfigured',
  'oauth.invalid-client',
  'token.differs-from-working',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'federation.no-match',
  'oauth.invalid-code',
  'oauth.interaction-required',
  'request.csrf-rejected',
  'request.cors-rejected',
  'oauth.discovery-failed',
  'policy.service-not-enabled',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Codes added by this project beyond ../shared/spec/findings.md; documented in docs/findings.md. */
export const PROJECT_CODES: readonly FindingCode[] = [
  'challenge.dpop-proof',
  'token.revoked',
  'token.type-mismatch',
  'token.jwe-undecryptable',
  'key.jwks-unavailable',
  'claim.required-missing',
  'verifier.misconfigured',
  'oauth.invalid-client',
  'token.differs-from-working',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'federation.no-match',
  'challenge.step-up',
  'token.for-other-api',
  'token.sender-constrained',
  'oauth.invalid-code',
  'request.csrf-rejected',
  'request.cors-rejected',
  'token.crit',
  'input.cut-payload',
  'oauth.interaction-required',
  'oauth.discovery-failed',
  'policy.service-not-enabled',
];

export interface CodeInfo {
  /** Default severity; a check may change it only where docs/findings.md says so. */
  readonly severity: Severity;
  /**
   * A generic verdict ("the server said the token is invalid") that a more specific cause explains.
   * Ranked after specific causes of the same severity.
   */
  readonly envelope?: true;
}

export const codes = {
  'input.empty': { severity: 'info' },
  'input.live-token': { severity: 'warning' },
  'input.masked': { severity: 'info' },
  'input.cut-payload': { severity: 'info' },
  'status.mismatch': { severity: 'warning' },
  'status.not-auth': { severity: 'info' },
  'authz-header.missing': { severity: 'error' },
  'authz-header.scheme': { severity: 'error' },
  'authz-header.double-prefix': { severity: 'error' },
  'authz-header.format': { severity: 'error' },
  'authz-header.url-encoded': { severity: 'error' },
  'challenge.missing': { severity: 'warning' },
  'challenge.no-error': { severity: 'error' },
  'challenge.invalid-request': { severity: 'error', envelope: true },
  'challenge.invalid-token': { severity: 'error', envelope: true },
  'challenge.dpop-proof': { severity: 'error' },
  'challenge.step-up': { severity: 'error' },
  'challenge.insufficient-scope': { severity: 'error' },
  'challenge.scheme-mismatch': { severity: 'error' },
  'challenge.malformed': { severity: 'warning' },
  'token.missing': { severity: 'error' },
  'token.malformed': { severity: 'error' },
  'token.jwe': { severity: 'warning' },
  'token.opaque': { severity: 'warning' },
  'token.id-token': { severity: 'error' },
  'token.for-other-api': { severity: 'error' },
  'token.revoked': { severity: 'error' },
  'token.type-mismatch': { severity: 'error' },
  'token.sender-constrained': { severity: 'error' },
  'token.jwe-undecryptable': { severity: 'error' },
  'token.crit': { severity: 'warning' },
  'alg.none': { severity: 'error' },
  'alg.not-allowed': { severity: 'error' },
  'key.kid-missing': { severity: 'warning' },
  'key.kid-unknown': { severity: 'error' },
  'key.jwks-unavailable': { severity: 'error' },
  'signature.invalid': { severity: 'error' },
  'signature.valid': { severity: 'info' },
  'signature.unchecked': { severity: 'info' },
  'time.expired': { severity: 'error' },
  'time.borderline': { severity: 'warning' },
  'time.not-yet-valid': { severity: 'error' },
  'time.issued-in-future': { severity: 'error' },
  'time.no-exp': { severity: 'warning' },
  'time.milliseconds': { severity: 'error' },
  'time.invalid': { severity: 'error' },
  'time.inconsistent': { severity: 'warning' },
  'time.short-lifetime': { severity: 'warning' },
  'time.long-lifetime': { severity: 'warning' },
  'claim.aud-mismatch': { severity: 'error' },
  'claim.aud-missing': { severity: 'warning' },
  'claim.iss-mismatch': { severity: 'error' },
  'claim.iss-trailing-slash': { severity: 'error' },
  'claim.iss-missing': { severity: 'warning' },
  'claim.environment': { severity: 'error' },
  'claim.sub-missing': { severity: 'info' },
  'claim.required-missing': { severity: 'error' },
  'claim.pii': { severity: 'info' },
  'scope.insufficient': { severity: 'error' },
  'scope.format': { severity: 'warning' },
  'proxy.gateway-response': { severity: 'warning' },
  'proxy.waf-block': { severity: 'error' },
  'proxy.authorizer-deny': { severity: 'error' },
  'proxy.route-not-found': { severity: 'error' },
  'policy.deny': { severity: 'warning' },
  'verifier.misconfigured': { severity: 'error' },
  'oauth.invalid-client': { severity: 'error' },
  'token.differs-from-working': { severity: 'warning' },
  'oauth.unauthorized-client': { severity: 'error' },
  'oauth.invalid-scope': { severity: 'error' },
  'oauth.unsupported-grant': { severity: 'error' },
  'oauth.invalid-code': { severity: 'error' },
  'oauth.interaction-required': { severity: 'error' },
  'oauth.discovery-failed': { severity: 'error' },
  'federation.no-match': { severity: 'error' },
  'request.csrf-rejected': { severity: 'error' },
  'request.cors-rejected': { severity: 'error' },
  'policy.service-not-enabled': { severity: 'error' },
} as const satisfies Record<FindingCode, CodeInfo>;

/**
 * Codes that describe the paste, never why a request was refused: a live or masked token, the signature's state, personal
 * data, a long lifetime, an empty paste. Ranked first only when nothing else was found, they are then no "most likely"
 * cause, and the renderers say that nothing in the paste explains the refusal instead.
 */
const OBSERVATIONS: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'input.empty',
  'input.live-token',
  'input.masked',
  'input.cut-payload',
  'signature.valid',
  'signature.unchecked',
  'claim.pii',
  'time.long-lifetime',
]);

/**
 * Whether a finding of this code can be the cause of a refusal (see OBSERVATIONS). A long lifetime is one as an `error`:
 * a verifier or a platform refusing an exp too far ahead (checks/platform-limits.ts), not a risk noted.
 */
export function explainsRefusal(code: FindingCode, severity?: Severity): boolean {
  return !OBSERVATIONS.has(code) || (code === 'time.long-lifetime' && severity === 'error');
}

/** The documentation page of a code, relative to the project root. */
export function docsPath(code: FindingCode, locale: 'en' | 'ja' = 'en'): string {
  return locale === 'ja' ? `docs/ja/codes/${code}.md` : `docs/codes/${code}.md`;
}

export function isFindingCode(value: string): value is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(value);
}
