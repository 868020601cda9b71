/**
 * Slack's emphasis around a paster's words (`*Status Code:* 401`, `_TokenExpiredError: jwt expired_`, `Bearer
 * *eyJ…*`): mrkdwn marks "*bold*" and "_italic_" with one character either side (api.slack.com/reference/surfaces/
 * formatting), and message.text keeps them. A name with a marker on it was no name the readers knew, a verifier's
 * class glued to an `_` no class, a token behind a `*` an opaque credential (round "audit-ay": a devtools copy with
 * bolded labels had no status, an italic `jwt expired` read as no token sent). The markers go, as the other paste
 * artefacts do.
 *
 * Slack's own rule, kept narrow: the opening marker starts a word (a line's start, a blank or `(` before it) and is
 * followed by no blank; the closing one is the next same marker on the line, after no blank, and ends a word (a blank,
 * the line's end or punctuation after it). A mask (`***`, `Bearer ****`), curl's `* Trying …`, a list's `* item`, a
 * glob (`*.acme-corp.com, *.acme.io`) and a snake_case name (`error_description`, `_ga=…; _gid=…`) have no such pair.
 * Each opening marker reads on only to the next same marker: the pieces read are disjoint, linear.
 */
const EMPHASIS = /(^|[ \t(])([*_])(?![\s*_])((?:(?!\2)[^\n]){0,4096}?)(?<!\s)\2(?=$|[\s.,;:!?)'"])/gm;

/** Whether the paste may hold emphasis: a marker at a word's start, one search each. */
export function mayHoldEmphasis(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    c === 0x2a ||
    c === 0x5f ||
    text.indexOf(' *') >= 0 ||
    text.indexOf('\n*') >= 0 ||
    text.indexOf(' _') >= 0 ||
    text.indexOf('\n_') >= 0 ||
    text.indexOf('(*') >= 0 ||
    text.indexOf('\t*') >= 0
  );
}

/** Each emphasised run written as its words. */
export function dropEmphasis(text: string): string {
  return text.replace(EMPHASIS, '$1$3');
}
