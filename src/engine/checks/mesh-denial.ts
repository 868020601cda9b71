import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';

/**
 * Which mesh's Envoy stated an RBAC denial, and the policy it names. Envoy's RBAC filter answers "RBAC: access denied"
 * for Istio's AuthorizationPolicy, and for the meshes that compile their own rules into the same filter: Consul's
 * intentions (hashicorp/consul#8569, "use envoy's rbac filter to handle intentions entirely within envoy";
 * hashicorp/consul#23048 for the 403) and Kuma's MeshTrafficPermission (kumahq/kuma#5045; a 403 from `server: Kuma
 * Gateway`, kumahq/kuma-website#2322). Where to look differs by mesh, so the paste's own names decide it.
 */
export function envoyDenialArgs(ctx: Context): Pick<CodeArgs['policy.deny'], 'rbacPolicy' | 'mesh' | 'customPolicy'> {
  const out: Pick<CodeArgs['policy.deny'], 'rbacPolicy' | 'mesh' | 'customPolicy'> = {};
  const lower = ctx.lower;
  const policy = matchedPolicy(ctx.text);
  if (policy !== null) out.rbacPolicy = policy;
  // An AuthorizationPolicy with action CUSTOM in the paste, and no policy named: Istio's deny-all for a provider it
  // cannot use answers with the same words (istio/istio#55137: the oauth2-proxy provider, never called).
  else if (lower.includes('action: custom') || lower.includes('"action":"custom"')) out.customPolicy = true;
  if (lower.includes('kuma gateway') || lower.includes('kuma.io/') || lower.includes('meshtrafficpermission'))
    out.mesh = 'kuma';
  else if (lower.includes('consul')) out.mesh = 'consul';
  return out;
}

/** The access log's response-code details, `rbac_access_denied_matched_policy[ns[foo]-policy[bar]-rule[0]]`. */
const DETAILS = 'rbac_access_denied_matched_policy[';
/** The filter's debug line, `enforced denied, matched policy none`. */
const DEBUG = 'enforced denied, matched policy ';
/** The longest policy name read: Istio's are `ns[<63>]-policy[<253>]-rule[<n>]`. */
const MAX_NAME = 340;

/**
 * The policy the denial names, or null. The details' name may hold brackets of its own (Istio's `ns[…]-policy[…]`):
 * it ends at the `]` followed by a blank, a quote or the line's end, the details' own.
 */
function matchedPolicy(text: string): string | null {
  const details = text.indexOf(DETAILS);
  if (details >= 0) {
    const from = details + DETAILS.length;
    const rest = text.slice(from, from + MAX_NAME + 1);
    const name = /^([^\s"]{1,340}?)\](?=[\s"]|$)/.exec(rest)?.[1];
    if (name !== undefined) return name;
  }
  const debug = text.indexOf(DEBUG);
  if (debug < 0) return null;
  const from = debug + DEBUG.length;
  return /^[^\s,]{1,340}/.exec(text.slice(from, from + MAX_NAME))?.[0] ?? null;
}
