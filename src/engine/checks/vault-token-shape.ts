/**
 * Vault answers 403 "permission denied" both for a token none of whose policies grants the path and for a token it does
 * not know (older releases with those words alone, newer ones before "invalid token": hashicorp/vault#26687; a
 * maintainer pointing a bare "permission denied" at the token, hashicorp/vault#17246; `VAULT_TOKEN=foo vault read`
 * answered so, hashicorp/vault#1878). Where the paste sets the token the CLI or a client sent (`VAULT_TOKEN=…`,
 * `X-Vault-Token: …`) and its value has none of the forms Vault gives its tokens, the token comes first. Vault's forms:
 * `hvs.`/`hvb.`/`hvr.` since 1.10, `s.`/`b.`/`r.` before (hashicorp/vault sdk/helper/consts/token_consts.go), a UUID
 * before 1.0 (hashicorp/vault#3962's `97251e89-be25-e4d6-7086-00adddec93dc`). An ID set by hand (a dev server's
 * `-dev-root-token-id`, `vault token create -id`) has any form: the words say so. The value is never quoted.
 */

const NAMES = ['VAULT_TOKEN=', 'x-vault-token:'] as const;
const VAULT_PREFIXES = ['hvs.', 'hvb.', 'hvr.', 's.', 'b.', 'r.'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A value read after the name: up to a blank, a quote or the line's end. */
const VALUE = /^[ \t]*["']?([^\s"']{1,512})/;

/** Where the paste shows a Vault token whose value has none of Vault's forms: `VAULT_TOKEN` or `X-Vault-Token`; else null. */
export function unlikeVaultToken(text: string): 'VAULT_TOKEN' | 'X-Vault-Token' | null {
  for (const name of NAMES) {
    // The header's name in any case, the variable's as shells write it.
    const hay = name === 'VAULT_TOKEN=' ? text : text.toLowerCase();
    for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + name.length)) {
      const m = VALUE.exec(text.slice(at + name.length, at + name.length + 520));
      const value = m?.[1];
      // `$VAULT_TOKEN`, `${…}`, a mask: no value shown.
      if (value === undefined || value.startsWith('$') || value.includes('*') || value.startsWith('<')) continue;
      if (VAULT_PREFIXES.some((p) => value.startsWith(p)) || UUID.test(value)) return null;
      return name === 'VAULT_TOKEN=' ? 'VAULT_TOKEN' : 'X-Vault-Token';
    }
  }
  return null;
}
