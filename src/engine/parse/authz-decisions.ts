/**
 * Round audit-ag: the "no" of an authorization service a backend asks "may this caller do this?", as the service
 * answers it (the backend then answers its own caller 403): SpiceDB's CheckPermission, Amazon Verified Permissions'
 * IsAuthorized, Cerbos's CheckResources and its decision log, Ory Keto's check, Open Policy Agent's decision log. Each is read by the members only that service writes;
 * the denial is the service's policy refusing an identified caller (policy.deny), and the description names what the
 * answer names (the permissionship, the determining policies, the action and the matched policy).
 */
import type { StatedError } from './error-bodies.js';

type Json = Record<string, unknown>;
type Stated = Omit<StatedError, 'start' | 'end'>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The services whose denial this module reads: their description names what they denied (policy.deny's `decision`). */
export const DECIDING_SERVICES: ReadonlySet<string> = new Set([
  'spicedb',
  'aws-verified-permissions',
  'cerbos',
  'ory-keto',
  'opa',
]);

/** Entries of an answer's arrays looked at, at most (a batch answer of thousands says its first denial). */
const MAX_ENTRIES = 50;
const MAX_ACTIONS = 50;

/**
 * SpiceDB's CheckPermissionResponse (authzed/api authzed/api/v1/permission_service.proto, Permissionship), as its HTTP
 * gateway and the clients print it: `{"checkedAt":{"token":"…"},"permissionship":"PERMISSIONSHIP_NO_PERMISSION"}`.
 * CONDITIONAL_PERMISSION is a caveat the check could not decide for want of context it names
 * (`partialCaveatInfo.missingRequiredContext`): the caller is refused until the context is sent.
 */
function spicedb(o: Json): Stated | null {
  const permissionship = o.permissionship;
  if (permissionship === 'PERMISSIONSHIP_NO_PERMISSION')
    return { kind: 'forbidden', description: permissionship, scope: null, via: 'spicedb' };
  if (permissionship !== 'PERMISSIONSHIP_CONDITIONAL_PERMISSION') return null;
  const partial = o.partialCaveatInfo;
  const missing =
    isObject(partial) && Array.isArray(partial.missingRequiredContext) ? partial.missingRequiredContext : [];
  const names = missing.slice(0, 8).filter((m): m is string => typeof m === 'string');
  const description =
    names.length === 0 ? permissionship : `${permissionship} (missing caveat context: ${names.join(', ')})`;
  return { kind: 'forbidden', description, scope: null, via: 'spicedb' };
}

/**
 * Amazon Verified Permissions' IsAuthorized (and IsAuthorizedWithToken) output, `{"decision":"DENY",
 * "determiningPolicies":[{"policyId":"…"}],"errors":[…]}` (docs.aws.amazon.com/verifiedpermissions/latest/
 * apireference/API_IsAuthorized.html): no determining policy is Cedar's default deny (no permit matched), a listed one
 * a forbid that matched; an evaluation error means a policy could not be evaluated and counted for nothing.
 */
function verifiedPermissions(o: Json): Stated | null {
  if (o.decision !== 'DENY' || !Array.isArray(o.determiningPolicies)) return null;
  const ids = o.determiningPolicies
    .slice(0, 8)
    .map((p) => (isObject(p) ? str(p.policyId) : null))
    .filter((id): id is string => id !== null);
  const errors = Array.isArray(o.errors) ? o.errors : [];
  const error = errors.length > 0 && isObject(errors[0]) ? str(errors[0].errorDescription) : null;
  const decided = ids.length === 0 ? 'DENY, no determining policies' : `DENY by ${ids.join(', ')}`;
  return {
    kind: 'forbidden',
    description: error === null ? decided : `${decided}; ${error}`,
    scope: null,
    via: 'aws-verified-permissions',
  };
}

/** The first action a Cerbos answer denies, with its resource and the policy that decided it, when it names one. */
interface CerbosDenial {
  action: string;
  resource: string | null;
  policy: string | null;
}

/**
 * Cerbos's CheckResources answer (docs.cerbos.dev, API, "Check resources": `results[].resource {kind, id}` and
 * `results[].actions {<action>: "EFFECT_DENY"}`, with `meta.actions.<action>.matchedPolicy` when the request asked for
 * includeMeta), and its decision log's outputs (cerbos/audit/v1/audit.proto DecisionLogEntry, CheckOutput: `resourceId`
 * and `actions {<action>: {effect, policy}}`).
 */
function cerbosDenial(o: Json): CerbosDenial | null {
  const log = isObject(o.checkResources) ? o.checkResources : o;
  const entries = Array.isArray(o.results) ? o.results : Array.isArray(log.outputs) ? log.outputs : null;
  if (entries === null) return null;
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    if (!isObject(entry) || !isObject(entry.actions)) continue;
    const resource = isObject(entry.resource)
      ? [str(entry.resource.kind), str(entry.resource.id)].filter((v) => v !== null).join(' ') || null
      : str(entry.resourceId);
    let looked = 0;
    for (const action in entry.actions) {
      if (++looked > MAX_ACTIONS) break;
      const effect = entry.actions[action];
      if (effect === 'EFFECT_DENY') {
        const meta = isObject(entry.meta) && isObject(entry.meta.actions) ? entry.meta.actions[action] : null;
        return { action, resource, policy: isObject(meta) ? str(meta.matchedPolicy) : null };
      }
      if (isObject(effect) && effect.effect === 'EFFECT_DENY') return { action, resource, policy: str(effect.policy) };
    }
  }
  return null;
}

function cerbos(o: Json): Stated | null {
  const denial = cerbosDenial(o);
  if (denial === null) return null;
  const on = denial.resource === null ? '' : ` on ${denial.resource}`;
  const by = denial.policy === null ? '' : ` (${denial.policy})`;
  return { kind: 'forbidden', description: `${denial.action}${on}: EFFECT_DENY${by}`, scope: null, via: 'cerbos' };
}

/**
 * Ory Keto's check answer, `{"allowed":false}`, whose value its HTTP status mirrors (403 on the check endpoints that
 * answer a denial so: Keto's API reference, CheckPermissionResult "The content of the allowed field is mirrored in the
 * HTTP status code"; ory/keto's clients). The one member alone: an object with others is someone else's.
 */
function keto(o: Json): Stated | null {
  if (o.allowed !== false) return null;
  for (const key in o) if (key !== 'allowed') return null;
  return { kind: 'forbidden', description: 'allowed: false', scope: null, via: 'ory-keto' };
}

/**
 * Open Policy Agent's decision log entry, as its console logger prints it (openpolicyagent.org/docs/management-decision-logs:
 * `decision_id`, `path`, `input`, `result`, with `"msg":"Decision Log"`), and the Data API's answer with its
 * `decision_id` (`{"decision_id":"…","result":false}`): a `result` of false, or an object whose `allow` / `allowed` is
 * false (opa-envoy-plugin's `{"allowed": false, "headers": …}`), is the policy's denial at that path.
 */
function opa(o: Json): Stated | null {
  if (typeof o.decision_id !== 'string') return null;
  const result = o.result;
  const denied = result === false || (isObject(result) && (result.allow === false || result.allowed === false));
  if (!denied) return null;
  const path = str(o.path);
  return { kind: 'forbidden', description: path === null ? null : `${path}: denied`, scope: null, via: 'opa' };
}

/** The denial an authorization service's answer states; null for any other object. */
export function readAuthzDecision(o: Json): Stated | null {
  if (typeof o.decision_id === 'string') return opa(o);
  if (typeof o.permissionship === 'string') return spicedb(o);
  if (typeof o.decision === 'string') return verifiedPermissions(o);
  if (o.allowed === false) return keto(o);
  if (o.results !== undefined || o.checkResources !== undefined || o.outputs !== undefined) return cerbos(o);
  return null;
}
