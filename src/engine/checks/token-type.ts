import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import type { FindingData } from '../types.js';

/** What a JWT's `typ` says it is, when that is never an access token (token.type-mismatch from the token check). */
type TypeMismatchProof = NonNullable<CodeArgs['token.type-mismatch']['proof']>;

/**
 * Explicitly typed JWTs (RFC 8725 §3.11) that are never access tokens, by their `typ` (media type, `application/`
 * optional, any case: RFC 7515 §4.1.9): a DPoP proof (RFC 9449), a back-channel logout token (OpenID Back-Channel
 * Logout 1.0), a security event token (RFC 8417), a signed introspection response (RFC 9701), a request object (RFC 9101).
 * Sent as the bearer token, any verifier refuses them; a DPoP proof there means the client swapped its two headers.
 */
const NOT_ACCESS_TOKEN_TYPES: ReadonlyMap<string, TypeMismatchProof> = new Map([
  ['dpop+jwt', 'dpop-proof'],
  ['logout+jwt', 'logout-token'],
  ['secevent+jwt', 'security-event'],
  ['token-introspection+jwt', 'introspection-response'],
  ['oauth-authz-req+jwt', 'request-object'],
]);

/**
 * Whether the token check found the token to be a JWT that is never an access token (a DPoP proof…): the access-token
 * claims it lacks (a DPoP proof has no iss, aud, sub or exp by design) are beside the point, and no finding of their own.
 */
export function isNonAccessToken(prior: readonly FindingData[], ctx: Context): boolean {
  for (const f of prior) if (f.code === 'token.type-mismatch' && f.args.proof !== undefined) return true;
  // The same JWT pasted alone (a DPoP proof copied from a `DPoP` header, `typ: dpop+jwt`, with htm, htu, jti and iat):
  // not sent as the bearer token, so no type-mismatch, but still no access token whose claims could be missing.
  return ctx.header !== null && notAnAccessToken(ctx.header.typ) !== null;
}

/**
 * The audience of a Firebase custom token, the JWT the Admin SDK's createCustomToken() mints for a client to exchange
 * with signInWithCustomToken() for an ID token (firebase/firebase-admin-node src/auth/token-verifier.ts,
 * FIREBASE_AUDIENCE: verifyIdToken() refuses a token with this `aud` as "a custom token").
 */
const FIREBASE_CUSTOM_TOKEN_AUDIENCE =
  'https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit';

/**
 * Whether the claims are a Firebase custom token's: Identity Toolkit's audience, or the legacy token-generator shape
 * (HS256, `v: 0`, `d.uid`), both of which token-verifier.ts's verifyContent names before anything else.
 */
export function isFirebaseCustomToken(
  header: Readonly<Record<string, unknown>> | null,
  claims: Readonly<Record<string, unknown>> | null,
): boolean {
  if (claims === null) return false;
  if (claims.aud === FIREBASE_CUSTOM_TOKEN_AUDIENCE) return true;
  const d = claims.d;
  return header?.alg === 'HS256' && claims.v === 0 && typeof d === 'object' && d !== null && 'uid' in d;
}

export function notAnAccessToken(typ: unknown): TypeMismatchProof | null {
  if (typeof typ !== 'string') return null;
  const lower = typ.toLowerCase();
  return NOT_ACCESS_TOKEN_TYPES.get(lower.startsWith('application/') ? lower.slice(12) : lower) ?? null;
}

/**
 * The user-claims token an AWS ALB's authenticate action passes on (`x-amzn-oidc-data`): its JWS header names the load
 * balancer as `signer` and carries `iss`, `client` and `exp`; its claims are the IdP's userinfo, with no `aud` by design
 * (docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html, "User claims encoding
 * and signature verification"; awslabs/aws-jwt-verify src/alb-verifier.ts: the ALB verifier sets `audience: null` and
 * checks `signer` and `client` in the header). Whether a claim is missing is read against that shape.
 */
export function isAlbUserClaims(header: Record<string, unknown> | null): boolean {
  const signer = header?.signer;
  return typeof signer === 'string' && signer.startsWith('arn:aws:elasticloadbalancing:');
}

/**
 * The user-claims token AWS Verified Access passes on (`x-amzn-ava-user-context`), of the ALB's shape: ES384, its JWS
 * header naming the Verified Access instance as `signer` and carrying `iss` and `exp` (120 seconds), its claims the
 * trust provider's user claims with no `aud` (docs.aws.amazon.com/verified-access/latest/ug/user-claims-passing.html).
 */
export function isVerifiedAccessUserClaims(header: Record<string, unknown> | null): boolean {
  const signer = header?.signer;
  return (
    typeof signer === 'string' &&
    /^arn:aws[a-z-]{0,12}:ec2:[a-z0-9-]{0,30}:\d{12}:verified-access-instance\//.test(signer)
  );
}

/** An AWS front door's user-claims token (ALB's authenticate action, Verified Access): iss and exp in its JWS header. */
export function isAwsUserClaims(header: Record<string, unknown> | null): boolean {
  return isAlbUserClaims(header) || isVerifiedAccessUserClaims(header);
}
