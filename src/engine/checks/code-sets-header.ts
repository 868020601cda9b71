import type { Context } from '../context.js';

/** Occurrences of `bearer ` looked at, at most: a paste of code names the scheme a few times. */
const MAX_LOOKS = 20;
/** How far before the scheme the header's name is looked for (`HttpHeaders.authorizationHeader:⏎ 'Bearer $token'`). */
const NAME_WINDOW = 160;

/**
 * Where the paste's client code sets Authorization to "Bearer " followed by a variable: a string template (`'Bearer
 * $token'` in Dart or Kotlin, `` `Bearer ${token}` `` in JavaScript, `f"Bearer {token}"` in Python, `$"Bearer {token}"` in
 * C#) or a concatenation (`'Bearer ' + token`, `"Bearer " .. token`), with the header's name shortly before (cfug/dio#1290:
 * `HttpHeaders.authorizationHeader: 'Bearer $token'`). The code shows the header being set; what it held at run time
 * (an empty or undefined variable) is not shown.
 */
export function codeSetsAuthorization(ctx: Context): { start: number; end: number } | null {
  const lower = ctx.lower;
  let looks = 0;
  for (let i = lower.indexOf('bearer ', 0); i >= 0 && looks < MAX_LOOKS; i = lower.indexOf('bearer ', i + 7)) {
    looks++;
    const quote = i > 0 ? lower.charCodeAt(i - 1) : 0;
    // Inside a string literal: a quote or backtick opens it.
    if (quote !== 0x27 && quote !== 0x22 && quote !== 0x60) continue;
    if (!variableFollows(lower, i + 7, quote)) continue;
    const from = Math.max(0, i - NAME_WINDOW);
    if (lower.lastIndexOf('authorization', i) < from) continue;
    const lineEnd = lower.indexOf('\n', i);
    return { start: i - 1, end: lineEnd < 0 ? lower.length : lineEnd };
  }
  return null;
}

/** A variable right after `Bearer ` inside the literal (`$token`, `${token}`, `{token}`), or after it closes (` + token`). */
function variableFollows(lower: string, at: number, quote: number): boolean {
  const c = lower.charCodeAt(at);
  if (c === 0x24) return isIdentStart(lower.charCodeAt(at + 1)) || lower.charCodeAt(at + 1) === 0x7b;
  if (c === 0x7b) return isIdentStart(lower.charCodeAt(at + 1));
  if (c !== quote) return false;
  let j = at + 1;
  while (lower.charCodeAt(j) === 0x20) j++;
  const op = lower.charCodeAt(j);
  // `+` (JavaScript, Java, C#), `..` (Lua), `.` (PHP), `<>` (Elixir).
  if (op === 0x2b) j++;
  else if (op === 0x2e) j += lower.charCodeAt(j + 1) === 0x2e ? 2 : 1;
  else if (op === 0x3c && lower.charCodeAt(j + 1) === 0x3e) j += 2;
  else return false;
  while (lower.charCodeAt(j) === 0x20) j++;
  return isIdentStart(lower.charCodeAt(j)) || lower.charCodeAt(j) === 0x24;
}

function isIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x5f || (c >= 0x41 && c <= 0x5a);
}

/**
 * Client libraries' calls that send HTTP Basic credentials from the code's variables: httr2's `req_auth_basic(req,
 * username, password)` (r-lib/httr2#484), Python requests' `HTTPBasicAuth(user, password)`, Go's
 * `(*http.Request).SetBasicAuth(username, password)`, Spring's `HttpHeaders.setBasicAuth(username, password)`. Matched
 * in the paste's own case, as each library spells it.
 */
const BASIC_CALLS = ['req_auth_basic(', 'HTTPBasicAuth(', '.SetBasicAuth(', '.setBasicAuth('] as const;

/** Whether the paste's client code sends Basic credentials with one of those calls. */
export function codeSendsBasic(ctx: Context): boolean {
  if (ctx.lower.indexOf('basic') < 0) return false;
  return BASIC_CALLS.some((call) => ctx.text.includes(call));
}
