import type { CodeArgs } from '../args.js';
import type { Context, TokenInfo } from '../context.js';
import { note } from '../evidence.js';
import { DEV_TOOL_VIAS } from '../parse/verifier-messages/dev-tools.js';
import { isAlgNone } from '../token/decode.js';
import { PRODUCT_KEY_PREFIXES } from '../token/product-key.js';
import type { FindingData } from '../types.js';
import { nonJwtCredential } from './credential-kind.js';
import { defineCheck, finding } from './define.js';
import { expVerdict, readTimeClaim, usableSeconds } from './time.js';
import { isAwsUserClaims } from './token-type.js';
import { unexpandedVariable } from './unexpanded.js';

/**
 * What was pasted: masked values (checks that need them are skipped), and a live credential, which the
 * report must lead with. `input.empty` is decided after all checks (diagnose.ts): it means nothing else fired.
 */
export const inputCheck = defineCheck({
  id: 'input',
  codes: ['input.masked', 'input.live-token', 'input.cut-payload'],
  run(ctx: Context) {
    const out: FindingData<'input.masked' | 'input.live-token' | 'input.cut-payload'>[] = [];
    // A payload pasted as JSON and cut: its claims were read up to the cut, and no claim after it is missing.
    if (ctx.cutJsonAt !== null && ctx.cutClaims !== null)
      out.push(
        finding(
          'input.cut-payload',
          { claims: Object.keys(ctx.cutClaims) },
          ctx.evidenceAt(ctx.cutJsonAt, ctx.text.length),
          'token',
        ),
      );
    // Any other live token pasted beside the one diagnosed is leaked just the same.
    for (const other of ctx.otherTokens) liveToken(ctx, other, out);
    const token = ctx.token;
    if (token === null) return out;
    const shape = token.decoded.shape;
    const markers = token.decoded.maskMarkers;
    if (shape.kind === 'masked') {
      // A `{{variable}}` the request sent as literal text masks nothing: authz-header.format reports it.
      if (unexpandedVariable(ctx) !== null) return out;
      // The product that refused takes no JWT (an API key, an ACL token): asking for a JWT's header and claims is no step.
      // Nor is it of a self-hosted tool that judges only its own opaque tokens (Nextcloud's OCS 997 beside a masked
      // Bearer value: its step asks for an app password, not a JWT's claims).
      const notJwt = ctx.hits.some((h) => nonJwtCredential(h.hit.id) !== null || DEV_TOOL_VIAS.has(h.hit.library));
      // A documentation's sample JWT (`Bearer abc.def.ghi`) is a writer's stand-in or what the client really sent: a
      // default, an example config or a test fixture nobody replaced. In the request's Authorization header the second
      // is a cause, and the finding says both (sample-31).
      if (shape.sample === true) {
        const sent = token.foundIn === 'authorization-header';
        out.push(
          finding(
            'input.masked',
            { markers, what: 'token', sample: true },
            token.evidence,
            token.source,
            sent ? 'warning' : undefined,
          ),
        );
        return out;
      }
      const args: CodeArgs['input.masked'] = notJwt ? { markers, what: 'token', notJwt } : { markers, what: 'token' };
      if (!notJwt && (maskedOpaque(token.decoded.raw, markers) || sentUnderTokenScheme(ctx))) args.opaque = true;
      out.push(finding('input.masked', args, token.evidence, token.source));
      return out;
    }
    if (shape.kind !== 'jws') return out;
    if (shape.payloadState === 'masked') {
      out.push(
        finding('input.masked', { markers, what: 'payload' }, note('payload-masked', { token: token.label }), 'token'),
      );
    } else if (shape.signature === 'masked' || (shape.signature === 'absent' && !isAlgNone(shape.header.alg))) {
      out.push(
        finding(
          'input.masked',
          { markers, what: 'signature' },
          note('signature-masked', { token: token.label, marker: markers[0] ?? null }),
          'token',
        ),
      );
    }
    liveToken(ctx, token, out);
    return out;
  },
});

/**
 * The value went as `Authorization: token <value>`, the scheme of an opaque key: Gitea's and Forgejo's access tokens
 * (docs.gitea.com/development/api-usage, `Authorization: token <token>`) and Django REST framework's
 * TokenAuthentication (its API guide: "Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"), each a random
 * key its server looks up. Masked whole, it has no JWT header or claims to paste again.
 */
function sentUnderTokenScheme(ctx: Context): boolean {
  return ctx.token?.foundIn === 'authorization-header' && ctx.authorization?.parsed.scheme?.toLowerCase() === 'token';
}

/**
 * A Google access token's prefix (`ya29.a0AfB_****`, a service account's `ya29.c.…`): its dot is the vendor's, and no
 * JWT opens with it. Google's refresh tokens (`1//0g…`) hold no dot and need no exception.
 */
const GOOGLE_ACCESS_PREFIX = 'ya29.';

/** The fewest letters and digits a mask must leave for what is left to say the token is no JWT. */
const MIN_SHOWN = 3;

/**
 * Whether a masked credential shows no JWT: what the mask left holds no dot (but a Google access token's own) and does
 * not open with `eyJ` (a JWT's header always does), opens with a letter or digit, and holds MIN_SHOWN of its own (`sk_live_****`, `ghp_XXXX…`, `abc1…xyz9`):
 * such a token has no header or payload to paste again; so does a vendor's key prefix before the mask. A mask over all
 * of it (`****`, `<token>`) says nothing either way.
 */
function maskedOpaque(raw: string, markers: readonly string[]): boolean {
  // Its head must show: a JWT masked but for its signature's tail (`***Xq3k`) shows no dot either.
  const first = raw.charCodeAt(0) | 0x20;
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39))) return false;
  // A variable's reference (`{{token}}`, `${TOKEN}`) stands for a value of any shape.
  if (raw.startsWith('eyJ') || raw.includes('{') || raw.includes('$')) return false;
  // A vendor's prefix names a key of its own (token/product-key.ts: `xoxb-`, `ghp_`, `sk_live_`…), whatever the mask
  // left after it: `xoxb-REDACTED` shows too few letters of its own, but no JWT opens so (left-jj).
  if (hasProductKeyPrefix(raw)) return true;
  if (raw.includes('.') && !raw.startsWith(GOOGLE_ACCESS_PREFIX)) return false;
  let shown = raw.toLowerCase();
  for (const marker of markers) shown = shown.split(marker.toLowerCase()).join('');
  // An x is a mask's letter as often as a token's (`XXXXXXXXXXX` is cut by its marker `xxxx` with some left).
  let alnum = 0;
  for (let i = 0; i < shown.length && alnum < MIN_SHOWN; i++) {
    const c = shown.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a && c !== 0x78) || (c >= 0x30 && c <= 0x39)) alnum++;
  }
  return alnum >= MIN_SHOWN;
}

function hasProductKeyPrefix(raw: string): boolean {
  for (const prefix of PRODUCT_KEY_PREFIXES) if (raw.startsWith(prefix) && raw.length > prefix.length) return true;
  return false;
}

/** findings.md: a JWS whose signature is present and unmasked and whose exp is in the future or absent. */
function liveToken(
  ctx: Context,
  token: TokenInfo,
  out: FindingData<'input.masked' | 'input.live-token' | 'input.cut-payload'>[],
): void {
  const shape = token.decoded.shape;
  if (shape.kind !== 'jws') return;
  if (shape.signature !== 'present' || typeof shape.header.alg !== 'string' || isAlgNone(shape.header.alg)) return;
  // An AWS front door's user-claims token keeps its exp in its JWS header (checks/token-type.ts, isAwsUserClaims).
  const payload = shape.payload;
  const timed = payload !== null && !('exp' in payload) && isAwsUserClaims(shape.header) ? shape.header : payload;
  const exp = usableSeconds(readTimeClaim(timed, 'exp'));
  // A log read the next morning is judged at its line's time, but a token that has expired since then is no longer
  // a live credential (and one still valid has the clock's remaining lifetime, not the line's).
  const now = ctx.nowSource === 'log-time' && ctx.clock !== null ? ctx.clock : ctx.now;
  // Without a reference time, assume it may still be live: the safe side for a leaked credential.
  if (exp !== null && now !== null && expVerdict(exp, now, ctx.skewSeconds) === 'expired') return;
  out.push(
    finding(
      'input.live-token',
      { alg: shape.header.alg, expiresInSeconds: exp === null || now === null ? null : exp - now },
      note('signature-present', { token: token.label, alg: shape.header.alg }),
      token.source,
    ),
  );
}
