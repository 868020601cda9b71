/**
 * The finding codes a verifier-message row, or its reader, may name: exactly the ones checks/verifier-log.ts turns into
 * a finding. Its switch over a hit's code is exhaustive over this list, so a row naming a code nothing reports does not
 * compile (round left-z: Splunk HEC's code 3 was once mapped to `challenge.invalid-request`, which verifier-log
 * dropped without a word). A code is added here together with its case there.
 */
import type { FindingCode } from '../../codes.js';

export const ROW_CODES = [
  'time.expired',
  'time.not-yet-valid',
  'time.issued-in-future',
  'time.invalid',
  'time.inconsistent',
  'time.no-exp',
  'time.long-lifetime',
  'token.jwe',
  'key.kid-missing',
  'claim.aud-mismatch',
  'claim.aud-missing',
  'claim.iss-mismatch',
  'claim.iss-missing',
  'claim.sub-missing',
  'claim.required-missing',
  'signature.invalid',
  'key.kid-unknown',
  'key.jwks-unavailable',
  'alg.not-allowed',
  'alg.none',
  'token.malformed',
  'token.missing',
  'token.revoked',
  'token.type-mismatch',
  'token.id-token',
  'token.jwe-undecryptable',
  'oauth.invalid-client',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'oauth.invalid-code',
  'oauth.interaction-required',
  'oauth.discovery-failed',
  'federation.no-match',
  'authz-header.format',
  'authz-header.scheme',
  'authz-header.double-prefix',
  'scope.insufficient',
  'policy.deny',
  'policy.service-not-enabled',
  'proxy.authorizer-deny',
  'proxy.route-not-found',
  'verifier.misconfigured',
  'challenge.invalid-token',
  'challenge.invalid-request',
  'challenge.step-up',
  'token.sender-constrained',
  'request.csrf-rejected',
] as const satisfies readonly FindingCode[];

export type RowCode = (typeof ROW_CODES)[number];
