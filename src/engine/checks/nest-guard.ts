/**
 * NestJS's own 401 for a guard's refusal, which says nothing of why: UnauthorizedException() with no message answers
 * `{"statusCode":401,"message":"Unauthorized"}` (the NestJS docs' passport recipe shows it from AuthGuard('jwt') on a
 * request without a token; nestjs/docs.nestjs.com content/recipes/passport.md; Nest 10's createBody puts `message`
 * first), and @nestjs/passport's AuthGuard throws that exception for every passport failure (`throw err || new
 * UnauthorizedException()` in handleRequest, its stack `at JwtAuthGuard.handleRequest (…/@nestjs/passport/dist/
 * auth.guard.js…)`, FabricaDeSinapse/nestjs-auth#1). passport-jwt's reason (`info`: "No auth token" from its
 * strategy.js when the extractor found none, jsonwebtoken's "jwt expired", "invalid signature") is dropped there.
 *
 * Gated by the rare `"statusCode"`; the patterns' quantifiers are bounded.
 */
import type { Context } from '../context.js';
import { NEST_HANDLER } from '../parse/client-errors.js';

const BODY = [
  /\{\s{0,8}"statusCode"\s{0,4}:\s{0,4}401\s{0,4},\s{0,8}"message"\s{0,4}:\s{0,4}"Unauthorized"\s{0,8}\}/,
  /\{\s{0,8}"message"\s{0,4}:\s{0,4}"Unauthorized"\s{0,4},\s{0,8}"statusCode"\s{0,4}:\s{0,4}401\s{0,8}\}/,
];
/**
 * Where the paste shows a framework's bare 401 (NestJS's body or AuthGuard's stack under the exception, ASP.NET Web
 * API's [Authorize] refusal: parse/client-errors.ts readWebApiDenied), or null.
 */
export function nestGuardRefusal(
  ctx: Context,
): { start: number; end: number; handler?: true; framework: 'nestjs' | 'aspnet-webapi' } | null {
  const text = ctx.text;
  if (text.includes('"statusCode"'))
    for (const re of BODY) {
      const m = re.exec(text);
      if (m !== null) return { start: m.index, end: m.index + m[0].length, framework: 'nestjs' };
    }
  const webApi = ctx.stated.find((st) => st.via === 'aspnet-webapi');
  if (webApi !== undefined) return { start: webApi.start, end: webApi.end, framework: 'aspnet-webapi' };
  // AuthGuard's stack under the exception (parse/client-errors.ts readNestGuard).
  const stack = ctx.stated.find((st) => st.via === 'nestjs');
  if (stack === undefined) return null;
  // Logged by the ExceptionsHandler as an unknown error (parse/client-errors.ts readNestHandler): the client got 500.
  return ctx.text.startsWith(NEST_HANDLER, stack.start)
    ? { start: stack.start, end: stack.end, handler: true, framework: 'nestjs' }
    : { start: stack.start, end: stack.end, framework: 'nestjs' };
}
