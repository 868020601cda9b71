/**
 * Text a report shows, with the paste's control characters made visible. A quote copies the paste as it is, and a
 * paste can hold a NUL, an ESC that starts a terminal's escape sequence, a carriage return that hides the line before
 * it, or a C1 control that a terminal or Slack reads as one (round audit-yy quoted a NUL). Each becomes its `\uXXXX`
 * escape, which names it. A line break and a tab are how the paste laid itself out, and every renderer lays them out:
 * they stay.
 */

/** C0 controls but tab and line feed, DEL, C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with each control character but tab and line feed written as its `\uXXXX` escape. */
export function visibleText(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, escaped) : text;
}
