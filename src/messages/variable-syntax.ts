/**
 * Which language's variable an unexpanded credential is (engine/token/decode.ts UNEXPANDED_VARIABLE, an API client's
 * `{{name}}` otherwise): the words say which quoting kept it as written, and the step how to substitute it.
 */
export type VariableSyntax = 'shell' | 'php' | 'ruby' | 'cmd' | 'client';

export function variableSyntax(variable: string | undefined): VariableSyntax {
  if (variable === undefined) return 'client';
  if (variable.startsWith('$')) return 'shell';
  if (variable.startsWith('{$')) return 'php';
  if (variable.startsWith('#{')) return 'ruby';
  return variable.startsWith('%') ? 'cmd' : 'client';
}

/** The variable as the request sent it: written out, or an API client's name in its braces. */
export function sentVariable(variable: string | undefined): string {
  return variableSyntax(variable) === 'client' ? `{{${variable ?? 'variable'}}}` : (variable as string);
}
