import type { Context } from '../context.js';
import { TOKEN_JUDGED } from './token-judged.js';

/**
 * Verifier libraries that run inside the application (parse/verifier-messages: python.ts, node.ts, go.ts, java.ts,
 * dotnet.ts, php.ts, ruby.ts, rust.ts, web.ts, more-stacks.ts, and the Python web frameworks' JWT packages). A gateway
 * or proxy product (envoy, kong, aws-apigateway, nginx, …) is not one: its words say an intermediary answered.
 */
const APPLICATION_VERIFIERS = new Set([
  'pyjwt',
  'authlib',
  'python-jose',
  'jwcrypto',
  'simplejwt',
  'flask-jwt-extended',
  'fastapi',
  'jsonwebtoken',
  'express-jwt',
  'express-oauth2-jwt-bearer',
  'jwks-rsa',
  'jose',
  'golang-jwt',
  'go-oidc',
  'jwx',
  'go-jose',
  'nimbus',
  'spring-security',
  'spring-security-oauth2',
  'jjwt',
  'java-jwt',
  'jose4j',
  'smallrye-jwt',
  'identitymodel',
  'aspnetcore',
  'php-jwt',
  'tymon-jwt-auth',
  'lcobucci-jwt',
  'ruby-jwt',
  'jsonwebtoken-rs',
  'jwt-simple',
  'gin-jwt',
  'jwtauth',
  'fastify-jwt',
  'passport-jwt',
  'hono-jwt',
  'koa-jwt',
  'gofiber-jwt',
  'echo-jwt',
  'guardian',
  'joken',
  'jwt-scala',
  'play-silhouette',
  'warden-jwt_auth',
  'jwt-kit',
  'micronaut-security',
]);

/**
 * The application verifier library whose log line in the paste judges the token's content (PyJWT's
 * ImmatureSignatureError, jsonwebtoken's TokenExpiredError), or null. Only a line shaped as a log's: the scanner's
 * `log` source is any text line, a response body too, and a body is the response's own words, whoever wrote them.
 */
export function applicationVerifierLogged(ctx: Context): string | null {
  for (const h of ctx.hits)
    if (
      h.source === 'log' &&
      APPLICATION_VERIFIERS.has(h.hit.library) &&
      TOKEN_JUDGED.test(h.hit.code) &&
      logShaped(ctx.text, h.hit.start)
    )
      return h.hit.library;
  return null;
}

/**
 * A line opened by a JSON or markup body (`{`, `[`, a quote, `<`): the response's. A log's line names an exception
 * class (`jwt.exceptions.ImmatureSignatureError: …`, `JsonWebTokenError: …`), starts with a date, a time, a level
 * (`[ERROR]`, Python logging's `ERROR:root:`) or a logger's dotted name (`c.a.security.JwtFilter : …`), carries an
 * upper-case level word near its start (a container's `api-1  | ERROR …`), or is followed by a stack frame. Prose that
 * says it quotes a log (`the log says: jwt expired`) is none of these: the person's words, not the application's line.
 */
const BODY_OPENER = /^(?:< )?\s{0,8}[{["“<]/;
const LOG_SHAPE =
  /[A-Za-z](?:Error|Exception)\b:|^(?:< )?\s{0,8}(?:\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d|\[?(?:INFO?|WARN(?:ING)?|ERROR?|DEBUG|DBG|ERR|TRACE|FATAL)\b|\[?[a-z][\w$]{0,40}(?:\.[\w$]{1,60}){2,8}\]?\s{0,4}[:-]\s)/i;
/** A level word in capitals within a line's first 60 characters (after a container's or process's prefix). */
const LEVEL_NEAR_START = /^[^\n]{0,60}?\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b/;
/** A stack frame opening the next line: Java's and Node's `    at …`, Python's `  File "…", line …`. */
const STACK_FRAME = /^\s{1,12}(?:at\s|File ")/;

/** Whether the line holding `at` is a log's (LOG_SHAPE) and not a body's (BODY_OPENER); the lines read are bounded. */
function logShaped(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 400);
  const nl = text.indexOf('\n', at);
  const line = text.slice(from, Math.min(nl === -1 ? text.length : nl, at + 400));
  if (BODY_OPENER.test(line)) return false;
  if (LOG_SHAPE.test(line) || LEVEL_NEAR_START.test(line)) return true;
  return nl !== -1 && STACK_FRAME.test(text.slice(nl + 1, nl + 81));
}
