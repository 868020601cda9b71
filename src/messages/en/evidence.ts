import type { EvidenceMessages } from '../catalogue.js';

const q = (s: string) => JSON.stringify(s);

/**
 * English words for each evidence note: the phrases the checks used to write themselves, unchanged, so
 * English reports read as before. Lists are joined with ", " rather than Format.list's "and": an evidence
 * line is a terse record, not a sentence.
 */
export const evidence: EvidenceMessages = {
  'payload-masked': (a) => `${a.token} payload masked`,
  'signature-masked': (a) => `${a.token} signature ${a.marker === null ? 'removed' : `replaced by ${a.marker}`}`,
  'signature-present': (a) => `${a.token} (${a.alg}, signature present)`,
  'signature-unchecked': (a) =>
    `${a.token} signature ${a.signature === 'present' ? 'present, no key given' : a.signature}`,
  'issuer-not-trusted': (a) =>
    `${a.token} ${a.iss === null ? 'no iss' : `iss ${q(a.iss)}`}: not a trusted issuer, no key requested`,
  'key-fetch-failed': (a) =>
    `keys of ${a.issuer ?? a.url ?? 'the issuer'}: ${a.failure}${a.httpStatus === null ? '' : ` ${a.httpStatus}`}${a.url === null || a.issuer === null ? '' : ` (${a.url})`}`,
  'kid-not-in-set': (a) =>
    `kid: ${q(a.kid)}; key set kids: ${a.available.map(q).join(', ')}${a.jwksUri === null ? '' : ` (JWKS published at ${a.jwksUri}${a.refetched ? ', fetched again' : ''})`}`,
  'kid-rotated-in': (a) =>
    `kid: ${q(a.kid)}; not in the cached copy of ${a.jwksUri} (kids: ${a.before.map(q).join(', ')}), present when fetched again`,
  'kid-missing': (a) => `${a.token} header has no kid; ${a.keyCount} keys given`,
  'key-types': (a) => `alg: ${a.alg}; keys: ${a.keys.join(', ')}`,
  'signature-verified': (a) => `${a.token} verified with ${a.kid === null ? 'the key given' : `kid ${q(a.kid)}`}`,
  'signature-not-verified': (a) =>
    `${a.token} does not verify with ${a.keyCount === 1 ? 'the key given' : `${a.keyCount} keys`}`,
  'pem-cannot-verify': (a) => `alg: ${a.alg}; the PEM key cannot verify it`,
  'key-unusable': (a) => `${a.token} alg ${a.alg}: the key could not be used`,
  'no-token': () => 'no token in the input',
  'no-authorization-header': () => 'request headers shown, none is Authorization',
  'token-header': (a) => `${a.token} header: ${a.header}`,
  'header-alg': (a) => `${a.token} header alg: ${a.alg}`,
  'claims-present': (a) => `claims: ${a.claims.join(', ')}`,
  'claim-absent': (a) => `no ${a.claim} claim`,
  'scope-stated-vs-granted': (a) => `${a.stated} vs ${a.grants.length === 0 ? 'no scope claims' : a.grants.join('; ')}`,
  'no-grant-claims': () => 'no scope, scp, roles, permissions or groups claim',
};
