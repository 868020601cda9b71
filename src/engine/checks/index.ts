import { algCheck } from './alg.js';
import { authzHeaderCheck } from './authz-header.js';
import { bodyCheck } from './body.js';
import { challengeCheck } from './challenge.js';
import { claimsCheck } from './claims.js';
import type { Check } from './define.js';
import { inputCheck } from './input.js';
import { keyCheck } from './key.js';
import { otherApiCheck } from './other-api.js';
import { policyCheck } from './policy.js';
import { corsCheck } from './preflight.js';
import { proxyCheck } from './proxy.js';
import { scopeCheck } from './scope.js';
import { senderConstrainedCheck } from './sender-constrained.js';
import { statusCheck } from './status.js';
import { timeCheck } from './time.js';
import { tokenCheck } from './token.js';
import { verifierLogCheck } from './verifier-log.js';
import { workingTokenCheck } from './working-token.js';

/**
 * Every check, in the order they run. Checks that read earlier findings come after them
 * (token after authz-header, policy last). Ranking does not depend on this order: see rank.ts.
 */
export const checks: readonly Check[] = [
  inputCheck,
  statusCheck,
  proxyCheck,
  verifierLogCheck,
  bodyCheck,
  authzHeaderCheck,
  corsCheck,
  challengeCheck,
  tokenCheck,
  otherApiCheck,
  workingTokenCheck,
  algCheck,
  keyCheck,
  claimsCheck,
  timeCheck,
  scopeCheck,
  senderConstrainedCheck,
  policyCheck,
];
