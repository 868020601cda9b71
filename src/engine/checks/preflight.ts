import type { CodeArgs, CorsFramework } from '../args.js';
import type { Context } from '../context.js';
import { indexOfByTail } from '../parse/http/chars.js';
import { statusQuote } from '../status-quote.js';
import type { FindingData } from '../types.js';
import { defineCheck, finding } from './define.js';

/**
 * The browsers' console words for a refused preflight, lower-cased: Chromium's "… has been blocked by CORS policy:
 * Response to preflight request doesn't pass access control check: …" (gurucomputing/headscale-ui#126), its older
 * "Response for preflight has invalid HTTP status code 401" (Baeldung/rest-with-spring-boot#84,
 * Xabaril/JWTSimpleServer#15) and Firefox's "(Reason: CORS preflight response did not succeed). Status code: 401."
 * (MDN's CORSPreflightDidNotSucceed).
 */
const CONSOLE_WORDS = [
  'response to preflight request',
  'response for preflight',
  'cors preflight response did not succeed',
];

/** Whether a browser's console line in the paste says a preflight failed. */
export function browserSaysPreflightFailed(ctx: Context): boolean {
  // From its `flight`: `p`, `r` and `e` are at every few characters of a paste (~105 ns over an example against ~65).
  if (indexOfByTail(ctx.lower, 'preflight', 0, 3) < 0) return false;
  for (const w of CONSOLE_WORDS) if (ctx.lower.includes(w)) return true;
  return false;
}

/** The browser console's own line for the failed call: `OPTIONS https://api.example.com/x 401 (Unauthorized)`. */
const CONSOLE_LINE = /(?:^|\s)OPTIONS https?:\/\//;

/**
 * Whether the failed request is a CORS preflight: its method is OPTIONS (a devtools copy's "Request Method", curl -v's
 * request line), it asks with `Access-Control-Request-Method`, or the browser console says so. Browsers never send
 * Authorization (or cookies) on a preflight, so a 401 or 403 there is the server authenticating what it must let
 * through, whatever the client does.
 */
export function isPreflight(ctx: Context): boolean {
  if (ctx.http.request.method === 'OPTIONS') return true;
  for (const h of ctx.http.headers)
    if (h.side !== 'response' && h.name === 'access-control-request-method') return true;
  if (browserSaysPreflightFailed(ctx)) return true;
  const status = ctx.http.status;
  if (status === null) return false;
  const lineStart = ctx.text.lastIndexOf('\n', status.start) + 1;
  const before = ctx.text.slice(Math.max(lineStart, status.start - MAX_SAID), status.start);
  return CONSOLE_LINE.test(before) || (status.form === 'prose' && writerSaysPreflightFailed(before));
}

/**
 * The writer's sentence making the preflight what failed with the status: "the preflight (OPTIONS) fails with 401"
 * (aspnet/CORS#45), "OPTIONS request returns 401", 「プリフライトリクエストが401になる」. Only when nothing between the
 * word and the status turns to another request or says the preflight went through ("the preflight passes but the GET
 * returns 401", "it passed pre-flight check"): a clause break, a contrast, a success.
 */
const PREFLIGHT_WORD = /pre-?flight|プリフライト|\bOPTIONS\b/gi;
const OTHER_CLAUSE =
  /\b(?:but|however|while|whereas|then|pass(?:es|ed)?|succeed(?:s|ed)?|works?|ok|200)\b|[.;。、]\s|が通/i;
/** How far before the status the writer's words are read. */
const MAX_SAID = 120;

function writerSaysPreflightFailed(before: string): boolean {
  let last = -1;
  PREFLIGHT_WORD.lastIndex = 0;
  for (let m = PREFLIGHT_WORD.exec(before); m !== null; m = PREFLIGHT_WORD.exec(before)) {
    // Upper-case OPTIONS is the method; a lower-case "options" is any option.
    if (m[0].toLowerCase() === 'options' && m[0] !== 'OPTIONS') continue;
    last = m.index + m[0].length;
  }
  PREFLIGHT_WORD.lastIndex = 0;
  return last >= 0 && !OTHER_CLAUSE.test(before.slice(last));
}

/**
 * Spring's DefaultCorsProcessor.rejectRequest: "sets the response status to 403 and writes \"Invalid CORS request\""
 * (spring-projects/spring-framework spring-web/src/main/java/org/springframework/web/cors/DefaultCorsProcessor.java),
 * when the origin, the method or the requested headers are not in the CORS configuration, or a preflight finds none.
 */
const SPRING_CORS_REJECTED = 'Invalid CORS request';
const MAX_ORIGIN = 200;

/**
 * The server's CORS check refused the request, before any authentication: a preflight answered 403 whose response
 * headers carry no Access-Control-Allow-Origin (the Fetch standard's CORS check fails without it), or Spring's own
 * words for it. Only on a 403: a 401 on a preflight is an auth layer demanding the token a browser never sends there
 * (authz-header.missing says so). Gated on the status: other pastes pay one comparison.
 */
export const corsCheck = defineCheck({
  id: 'cors',
  codes: ['request.cors-rejected'] as const,
  run(ctx) {
    const status = ctx.http.status;
    if (status === null) return browserOnly(ctx);
    if (status.code !== 403) return [];
    const saidAt = ctx.text.indexOf(SPRING_CORS_REJECTED);
    const stated = saidAt >= 0;
    // isPreflight searches the text twice: a 403 whose response is not shown is no refused preflight, and was asked
    // it all the same (a bare `403 Forbidden`, most of them: round "perf30"). The browser's console line is the one
    // exception: it says the 403 answered the preflight, and the response it shows lacked what CORS needs.
    if (!stated && !ctx.http.responseShown && !browserSaysPreflightFailed(ctx)) return [];
    const preflight = isPreflight(ctx);
    if (!stated && !(preflight && !hasAllowOrigin(ctx))) return [];
    const args: CodeArgs['request.cors-rejected'] = {
      preflight,
      stated,
      origin: requestHeader(ctx, 'origin'),
      method: preflight ? requestHeader(ctx, 'access-control-request-method') : null,
    };
    if (stated) args.via = 'spring-framework';
    // Spring's own words already say Spring (`via`), which the steps read.
    const framework = stated ? null : corsFramework(ctx);
    if (framework !== null) args.corsFramework = framework;
    const evidence = stated ? ctx.evidenceAt(saidAt, saidAt + SPRING_CORS_REJECTED.length) : statusQuote(ctx, status);
    return [finding('request.cors-rejected', args, evidence, stated ? 'log' : 'status')];
  },
});

/**
 * Only the browser's console line, no status: the preflight failed (no 2xx with Access-Control-Allow-Origin), so the
 * real request and its token were never sent, whoever refused it. The status the OPTIONS got tells which (a 401: an auth
 * layer demanding the token no preflight carries; a 403: the CORS configuration), so the first step asks for it.
 */
function browserOnly(ctx: Context): FindingData<'request.cors-rejected'>[] {
  if (!browserSaysPreflightFailed(ctx)) return [];
  const at = ctx.lower.indexOf('preflight');
  const lineStart = ctx.text.lastIndexOf('\n', at) + 1;
  const nl = ctx.text.indexOf('\n', at);
  const lineEnd = nl < 0 ? ctx.text.length : nl;
  const args: CodeArgs['request.cors-rejected'] = {
    preflight: true,
    stated: false,
    origin: requestHeader(ctx, 'origin') ?? consoleOrigin(ctx.text.slice(lineStart, lineEnd)),
    method: requestHeader(ctx, 'access-control-request-method'),
    browser: true,
  };
  const framework = corsFramework(ctx);
  if (framework !== null) args.corsFramework = framework;
  return [finding('request.cors-rejected', args, ctx.evidenceAt(lineStart, lineEnd), 'log')];
}

/** The calling origin Chromium's console line names: "Access to fetch at '…' from origin 'http://localhost:3000' has been blocked". */
function consoleOrigin(line: string): string | null {
  const at = line.indexOf(" from origin '");
  if (at < 0) return null;
  const from = at + 14;
  const end = line.indexOf("'", from);
  if (end < 0 || end - from > MAX_ORIGIN) return null;
  const origin = line.slice(from, end);
  return /^https?:\/\/[^\s/]+$/.test(origin) ? origin : null;
}

// Spring named as a word or by its packages ("Spring Boot", org.springframework…), not letters inside another word.
const SPRING = /(?:^|[^a-z])spring(?:[^a-z]|framework|boot|$)/;

/**
 * The framework or gateway the paste shows behind the refused CORS request, whose own CORS settings the steps name:
 * Spring where its name is in the paste (its own "Invalid CORS request" is `via`), ASP.NET Core where its server (Kestrel) or
 * namespace is, Express where its X-Powered-By is, API Gateway where its x-amz-apigw-id is; none shown, the steps name
 * none (a browser's console line alone says nothing of the server). Paid only by a paste that reads as a refused CORS
 * request: a header scan and one linear regex.
 */
function corsFramework(ctx: Context): CorsFramework | null {
  for (const h of ctx.http.headers) {
    if (h.side === 'request') continue;
    const v = h.value.trim().toLowerCase();
    if (h.name === 'server' && v.startsWith('kestrel')) return 'aspnetcore';
    if (h.name === 'x-powered-by' && v.startsWith('express')) return 'express';
    if (h.name === 'x-amz-apigw-id') return 'aws-apigateway';
  }
  if (ctx.lower.includes('microsoft.aspnetcore')) return 'aspnetcore';
  return SPRING.test(ctx.lower) ? 'spring' : null;
}

function hasAllowOrigin(ctx: Context): boolean {
  for (const h of ctx.http.headers) if (h.name === 'access-control-allow-origin' && h.side !== 'request') return true;
  return false;
}

function requestHeader(ctx: Context, name: string): string | null {
  for (const h of ctx.http.headers) {
    if (h.name === name && h.side !== 'response') {
      const v = h.value.trim();
      return v.length === 0 ? null : v.slice(0, MAX_ORIGIN);
    }
  }
  return null;
}
