import type { Context } from '../context.js';
import { FAILED, WORKED } from '../parse/outcome-words.js';
import type { Signal } from './proxy.js';

/** A Cognito user pool's issuer, regional or global (`https://[issuer.]cognito-idp.<region>.amazonaws.com/<pool id>`). */
export const COGNITO_ISSUER =
  /^https:\/\/(?:issuer\.)?cognito-idp\.[a-z0-9-]{1,30}\.amazonaws\.com\/[A-Za-z0-9_-]{1,60}$/;

/** API Gateway's default UNAUTHORIZED body, folded, with and without a blank after the colon. */
const UNAUTHORIZED_BODIES = ['{"message":"unauthorized"}', '{"message": "unauthorized"}'] as const;

/** What the signal says, for the evidence and for the Cognito step below. */
export const API_GATEWAY_UNAUTHORIZED = '{"message":"Unauthorized"}';

/**
 * API Gateway's own UNAUTHORIZED gateway response to a request sent to an `*.execute-api.*` host: the status is 401
 * and the body `{"message":"Unauthorized"}` ("The gateway response when the custom or Amazon Cognito authorizer failed
 * to authenticate the caller", default 401: docs.aws.amazon.com/apigateway supported-gateway-response-types.html;
 * the curl paste of aws-amplify/amplify-android#935, which shows no status line). That body is everyone's, so the host
 * must name API Gateway, and a challenge means an HTTP API's JWT authorizer, whose own words then say why.
 */
export function apiGatewayUnauthorizedBody(ctx: Context, status: number | null, body: string): Signal | null {
  if (status !== null && status !== 401) return null;
  if (ctx.challenges.length > 0) return null;
  if (ctx.requestHost?.toLowerCase().includes('.execute-api.') !== true) return null;
  for (const text of UNAUTHORIZED_BODIES) {
    const at = body.indexOf(text);
    if (at >= 0)
      return {
        product: 'AWS API Gateway',
        signal: API_GATEWAY_UNAUTHORIZED,
        generated: true,
        log: [at, at + text.length],
      };
  }
  return null;
}

/** How a writer names an ID token, folded (`IDトークン` folds to `idトークン`). */
const ID_TOKEN_NAMES = ['id token', 'id_token', 'idtoken', 'id-token', 'idトークン'] as const;

/** Where one clause ends: `,` `;` and their Japanese forms, `。`. */
const CLAUSE_END = /[,;、，；。]/;

/** The clause of [from, to) holding `at`: a failure said of the access token before a comma is another clause's. */
function clauseAround(text: string, from: number, at: number, to: number): string {
  let s = at;
  while (s > from && !CLAUSE_END.test(text[s - 1] as string)) s--;
  let e = at;
  while (e < to && !CLAUSE_END.test(text[e] as string)) e++;
  return text.slice(s, e);
}

/**
 * The writer says the ID token works ("works with the id token", "IDトークンだと通ります"): in the clause naming it, words
 * of success and none of failure, so "the access token gets a 401, the ID token works" counts and "the ID token fails
 * too" does not.
 */
export function statedIdTokenWorks(ctx: Context): boolean {
  const lower = ctx.lower;
  for (const name of ID_TOKEN_NAMES) {
    let at = lower.indexOf(name);
    // A few lines at most: the first three mentions of each name.
    for (let n = 0; at >= 0 && n < 3; n++) {
      const start = lower.lastIndexOf('\n', at) + 1;
      let end = lower.indexOf('\n', at);
      if (end < 0) end = lower.length;
      const clause = clauseAround(ctx.text, Math.max(start, at - 150), at, Math.min(end, at + 150));
      if (WORKED.test(clause) && !FAILED.test(clause)) return true;
      at = lower.indexOf(name, end);
    }
  }
  return false;
}
