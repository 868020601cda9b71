import type { Context } from '../context.js';
import type { HeaderField } from '../parse/http.js';

/**
 * The header forms that show what a client sent, not what a user typed: curl's `-v` trace (`> Authorization: …`) and
 * devtools' two-line copy (the browser's request). A curl command's `-H` is sent as typed too: a shell expands `$TOKEN`
 * but leaves `{{token}}` alone. Not the `name`/`value` JSON form: an Insomnia or Postman export of the request
 * definition has it too, and there the tool fills the variable in.
 */
const SENT_FORMS: ReadonlySet<string> = new Set(['curl-verbose', 'curl-arg', 'devtools-two-line']);

/**
 * API clients that fill in `{{name}}` at send time and add this User-Agent when they send: a request showing it is
 * their console's record of what went out (Postman's console, `PostmanRuntime/7.39.0`; Insomnia's timeline,
 * `insomnia/…`). An undefined variable is sent as its literal text (postmanlabs/postman-app-support#1846).
 */
const API_CLIENT_AGENTS = ['postmanruntime/', 'insomnia/'];

/**
 * `Bearer $TOKEN`, `Bearer ${token}` as the whole credential: a shell's or a template literal's variable, as written; or
 * PHP's `{$token}`, Ruby's `#{token}`, cmd.exe's `%TOKEN%` (decode.ts UNEXPANDED_VARIABLE).
 */
const SHELL_VARIABLE =
  /^[A-Za-z]{1,20}[ \t]+(\$\{?[A-Za-z_][A-Za-z0-9_]{0,63}\}?|\{\$[A-Za-z_][\w>-]{0,63}\}|#\{@?[A-Za-z_][\w.]{0,63}\}|%[A-Za-z_][A-Za-z0-9_]{0,63}%)[ \t]*$/;

/**
 * Whether a `$NAME` or `${name}` left in the header went out as written. curl's `-v` trace shows what curl sent, and a
 * browser's request what the page sent (a template literal written in quotes, not backticks, keeps its `${token}`). A
 * curl command is sent as the shell passes it: inside single quotes the shell expands nothing (POSIX, 2.2.2 Single-Quotes),
 * so `-H 'Authorization: Bearer $TOKEN'` sends the name; inside double quotes it sends the value, which the paste masks.
 */
function shellVariableSent(ctx: Context, field: HeaderField, variable: string): boolean {
  if (field.form === 'curl-verbose' || field.form === 'devtools-two-line') return true;
  // What quoting a curl argument's PHP, Ruby or cmd.exe variable had depends on the program and shell: only a trace says.
  if (field.form !== 'curl-arg' || ctx.http.status === null || variable.charCodeAt(0) !== 0x24) return false;
  // The field's span starts at the argument's opening quote (or just inside it).
  return ctx.text.charCodeAt(field.start) === 0x27 || ctx.text.charCodeAt(field.start - 1) === 0x27;
}

/**
 * The name of a request-file or API-client variable (`{{access_token}}`) that the request SENT unexpanded, or null.
 *
 * docs/findings.md reads `Bearer {{token}}` as a variable the tool fills in (input.masked), which holds for a request
 * file or an editor's header table. Where the paste shows the request as sent (a trace, a HAR, a curl command whose
 * answer is pasted, an API client's console) and the paste defines no value for it, the literal text went out: the
 * variable was undefined in the active environment, and that is the cause (authz-header.format).
 */
export function unexpandedVariable(ctx: Context): string | null {
  const authz = ctx.authorization;
  const token = ctx.token;
  if (authz === null || token === null || token.foundIn !== 'authorization-header') return null;
  // A value the paste defines (REST Client's `@token = eyJ…`) was decoded: the shape is no longer the variable's.
  if (token.decoded.shape.kind !== 'masked' || !token.decoded.maskMarkers.includes('$variable')) return null;
  const value = authz.field.value;
  const field = authz.field;
  const shell = SHELL_VARIABLE.exec(value);
  if (shell !== null) return shellVariableSent(ctx, field, shell[1] as string) ? (shell[1] as string) : null;
  const open = value.indexOf('{{');
  const close = open < 0 ? -1 : value.indexOf('}}', open + 2);
  if (close < 0) return null;
  const name = /[A-Za-z_][\w.-]*/.exec(value.slice(open + 2, close));
  if (name === null) return null;
  const sent =
    (SENT_FORMS.has(field.form) && (field.form !== 'curl-arg' || ctx.http.status !== null)) ||
    ctx.http.headers.some(
      (h) =>
        h.name === 'user-agent' &&
        h.side !== 'response' &&
        (h.exchange ?? 0) === (field.exchange ?? 0) &&
        API_CLIENT_AGENTS.some((a) => h.value.toLowerCase().startsWith(a)),
    );
  return sent ? name[0] : null;
}
