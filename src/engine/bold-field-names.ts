/**
 * A field's name a paster made bold or italic in Slack (`*Status Code:* 401 Unauthorized`, `_Status Code:_ 401`,
 * `*WWW-Authenticate*: Bearer …`): Slack's mrkdwn marks "*bold*" and "_italic_" with a character either side of the
 * words (api.slack.com/reference/surfaces/formatting), and message.text keeps them. The status line's or a header's
 * name with a marker on it was no name the readers knew, and its value was lost (round "audit-ay": a devtools copy with
 * its labels bolded had no status). Only a name at a line's start (after blanks, quote markers and a bullet), of words
 * of name characters, the same marker either side, its colon inside or right after the closing one and a blank or the
 * line's end after: `*2* * 3` or `*TODO*` prose is left as it is.
 */
const BOLD_NAME =
  /^([ \t]{0,8}(?:(?:>|•|[-*] )[ \t]{0,3}){0,3})([*_])([A-Za-z][A-Za-z0-9_-]{0,63}(?: [A-Za-z][A-Za-z0-9_-]{0,31}){0,3})(?::\2|\2:)(?=[ \t]|$)/gm;

/** Whether the paste may hold a marked name: one search each for the ways the colon sits beside a marker. */
export function mayHoldBoldName(text: string): boolean {
  return text.indexOf(':*') >= 0 || text.indexOf('*:') >= 0 || text.indexOf(':_') >= 0 || text.indexOf('_:') >= 0;
}

/** Each marked name at a line's start written as the plain name and its colon. */
export function unboldFieldNames(text: string): string {
  return text.replace(BOLD_NAME, '$1$3:');
}
