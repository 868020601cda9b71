import type { Context } from '../context.js';
import { statusQuote } from '../status-quote.js';
import { answeredInOwnWords, vendorRefusedCredential } from './answering-product.js';
import { defineCheck, finding } from './define.js';
import { downstreamRefusal } from './downstream.js';

/**
 * A status other than 401/403 is diagnosed anyway, but said. `status.mismatch` needs every other finding,
 * so the classifier (classify.ts) emits it after the checks have run.
 *
 * A 407 is a forward proxy's refusal (RFC 9110 §15.5.8, https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8: "the
 * client needs to authenticate itself in order to use a proxy", with a Proxy-Authenticate challenge): the request
 * stopped at the proxy, which reads Proxy-Authorization (§11.7.2), never the API's Authorization. That alone explains
 * the failure, so it is an error (docs/findings.md), with the proxy's scheme and realm as its args.
 */
export const statusCheck = defineCheck({
  id: 'status',
  codes: ['status.not-auth'],
  run(ctx: Context) {
    const status = ctx.http.status;
    if (status === null || status.code === 401 || status.code === 403) return [];
    if (status.code === 407) {
      const challenge = ctx.challengesInPaste.find((c) => c.field.name === 'proxy-authenticate');
      const first = challenge?.result.challenges[0];
      const realm = first?.params.realm;
      const proxy = { scheme: first?.scheme ?? null, realm: typeof realm === 'string' ? realm : null };
      const at = challenge?.field ?? status;
      const source = challenge === undefined ? 'status' : 'response-header';
      return [finding('status.not-auth', { status: 407, proxy }, ctx.evidenceAt(at.start, at.end), source, 'error')];
    }
    const downstream = downstreamRefusal(ctx);
    // Meta's Graph API answers an expired or revoked token with 400 and its OAuthException (code 190), Zoom a token
    // without a scope with 400 and its code 4711: the vendor's own refusal of the credential says what the 400 is, and
    // "not an authentication rejection as such" would contradict it.
    if (
      downstream === null &&
      status.code === 400 &&
      (vendorRefusedCredential(ctx) || receiverRefusedSignature(ctx) || rfcAnswers400(ctx))
    )
      return [];
    // Some vendors refuse a credential inside a 200 (New Relic's agent protocol answers an invalid license key with
    // 200 and a LicenseException body, sul-dlss/argo#149; Slack's Web API an invalid token with 200 and ok:false,
    // slackhq/slack-api-docs index_web.md): "a 2xx is a success, this response is not the failure" would
    // deny the refusal the report ranks first.
    if (downstream === null && status.code >= 200 && status.code < 300 && answeredInOwnWords(ctx)) return [];
    // gRPC answers every call with HTTP 200 and puts its status in grpc-status (grpc/grpc doc/PROTOCOL-HTTP2.md, "HTTP2
    // Transport Mapping"; gRPC-Web the same, doc/PROTOCOL-WEB.md): a 200 beside a stated gRPC refusal is that refusal's.
    if (downstream === null && status.code === 200 && ctx.stated.some((s) => s.via === 'grpc')) return [];
    const args =
      downstream !== null
        ? { status: status.code, downstream }
        : status.code >= 400 && status.code < 500 && nothingBeside(ctx)
          ? { status: status.code, noBody: true as const }
          : status.code >= 200 && status.code < 300 && graphqlRefusal(ctx)
            ? { status: status.code, graphql: true as const }
            : { status: status.code };
    // A downstream refusal explains the failure, as a 407 does (docs/findings.md): an error, not a note.
    if (downstream !== null) return [finding('status.not-auth', args, statusQuote(ctx, status), 'status', 'error')];
    return [finding('status.not-auth', args, statusQuote(ctx, status), 'status')];
  },
});

/**
 * The errors whose status is 400 by their RFC: a token endpoint answers every RFC 6749 §5.2 error with "HTTP 400 (Bad
 * Request) status code (unless specified otherwise)" (www.rfc-editor.org/rfc/rfc6749#section-5.2; invalid_client may
 * be 401), and a resource server answers RFC 6750 §3.1's invalid_request with 400
 * (www.rfc-editor.org/rfc/rfc6750#section-3.1). invalid_token (401) and insufficient_scope (403) are not among them: a
 * 400 carrying those keeps its note. An authorization endpoint's error comes back in a redirect, not a 400.
 */
const RFC_400_ERRORS: ReadonlySet<string> = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);
/** Verifier rows that read a token endpoint's refusal in a client's words (an SDK's "Token exchange failed"). */
const TOKEN_ENDPOINT_CODES: ReadonlySet<string> = new Set([
  'oauth.invalid-client',
  'oauth.unauthorized-client',
  'oauth.invalid-scope',
  'oauth.unsupported-grant',
  'oauth.invalid-code',
]);

/** Whether the 400 is the answer an RFC gives the error the paste states, so "not an authentication rejection" is wrong. */
function rfcAnswers400(ctx: Context): boolean {
  for (const s of ctx.stated) if (RFC_400_ERRORS.has(s.kind) && s.redirect !== true) return true;
  for (const { result } of ctx.challenges)
    for (const ch of result.challenges) if (ch.params.error === 'invalid_request') return true;
  for (const { hit } of ctx.hits) if (TOKEN_ENDPOINT_CODES.has(hit.code)) return true;
  return false;
}

/** Clouds' signed API calls (webhooks.ts's rows for them): their services answer with their own statuses. */
const CLOUD_SIGNED: ReadonlySet<string> = new Set(['aliyun', 'tencent-cloud']);

/**
 * Whether the refusal read is a receiver's verification of a signed request (a webhook's signature or timestamp,
 * parse/verifier-messages/webhooks.ts): a 400 is what receivers answer then, so "not an authentication status" would
 * contradict the finding that explains it. Stripe's webhook samples answer `status(400).send(\`Webhook Error:
 * ${err.message}\`)` (docs.stripe.com/webhooks), Svix's `except WebhookVerificationError as e: return
 * HttpResponse(status=400)` (docs.svix.com/receiving/verifying-payloads/how), Clerk's verifyWebhook example `new
 * Response('Webhook verification failed', { status: 400 })` (clerk.com/docs/references/backend/verify-webhook), and
 * LINE's console reports a receiver's "(400 Bad Request)" (bottender's verifyLINESignature sends 400,
 * Yoctol/bottender src/micro/verifyLINESignature.js). A 400 beside a bearer token and no signed-request words keeps
 * its note.
 */
function receiverRefusedSignature(ctx: Context): boolean {
  for (const h of ctx.hits) {
    const scheme = h.hit.args.signedBy;
    if (h.hit.code === 'signature.invalid' && scheme !== undefined && !CLOUD_SIGNED.has(scheme)) return true;
  }
  return false;
}

/**
 * The paste shows the status (and maybe headers) and nothing else: no body, log line or prose, no token and no stated
 * error. A 4xx's body is where the server says what it refused (RFC 9110 §15.5: the server "SHOULD send a
 * representation containing an explanation of the error situation"; RFC 9457's problem details; RFC 6749 §5.2's
 * error), so it is what to ask for. Only read for a status that is not 401 or 403.
 */
function nothingBeside(ctx: Context): boolean {
  if (ctx.stated.length > 0 || ctx.hits.length > 0 || ctx.token !== null || ctx.claims !== null) return false;
  for (const line of ctx.http.lines) {
    if (line.kind !== 'text') continue;
    for (let i = line.start; i < line.end; i++) if (ctx.text.charCodeAt(i) > 0x20) return false;
  }
  return true;
}

/** How many `"errors"` keys are looked at for a GraphQL response's array (a log of many says it early). */
const MAX_ERRORS_LOOKS = 8;

/**
 * A 2xx whose body is a GraphQL response's `errors` array (`{"errors":[…`, Apollo Client's `graphQLErrors`) with an
 * error or verifier message read in the paste: GraphQL servers answer authentication and authorization failures inside
 * a 200, in that array (the GraphQL-over-HTTP spec's application/json responses use 200 whatever the errors;
 * hasura/graphql-engine#2064 "All graphql clients expect responses to be HTTP 200"; graphql-python/graphene-django#804).
 * Gated on what was read (a stated error or a verifier row) before the text is searched.
 */
function graphqlRefusal(ctx: Context): boolean {
  if (ctx.stated.length === 0 && ctx.hits.length === 0) return false;
  const text = ctx.text;
  if (text.indexOf('graphQLErrors') >= 0) return true;
  let at = text.indexOf('"errors"');
  for (let n = 0; at >= 0 && n < MAX_ERRORS_LOOKS; n++) {
    let i = at + 8;
    while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a)) i++;
    if (text.charCodeAt(i) === 0x3a /* : */) {
      i++;
      while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a)) i++;
      if (text.charCodeAt(i) === 0x5b /* [ */) return true;
    }
    at = text.indexOf('"errors"', at + 8);
  }
  return false;
}
