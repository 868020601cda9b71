import { OWN_CREDENTIAL_TOOLS } from '../engine/parse/verifier-messages/dev-tools.js';

/**
 * The products whose "no credential" a request carrying a token also gets, their own step saying what they take
 * (WordPress's application password, Gitea's token header, Nextcloud's app password, Grafana's service account token).
 * One set for both catalogues: the tools are the engine's own list of those that read a credential of their own.
 */
export const SENT_OWN_CREDENTIAL: ReadonlySet<string> = new Set(['wordpress', 'woocommerce', ...OWN_CREDENTIAL_TOOLS]);
