/**
 * A log flattened onto one line with ` | ` between its lines (a log viewer's copy, a ticket's one-line field,
 * `paste -s -d'|'`), newest first or not: a credential a terminal wrapped over two lines is then two words with a ` | ` and
 * other lines between them, in either order, and no reader joins them; a quote of the one line beside the 401 showed
 * the piece no reader took (round fuzz28, gen28x.mjs framing rev-flat-pipe: 20 of 149 of fuzz26's and fuzz27's shapes).
 * Its lines glued back, newest last and as pasted, are read again (build-context.ts), and a credential found there (a
 * wrap's head and rest made whole, or its name's) is registered with its pieces, which any run of the flattened paste
 * holding one then shows as its label. Only a paste of one line with MIN_JOINS joins or more: split once, linear.
 */

/** The join between two flattened lines. */
const JOIN = ' | ';
/** The fewest joins read as a flattened log: two lines are enough to part a wrap's head from its rest. */
const MIN_JOINS = 1;

/** The paste's lines glued back in both orders, or none when it is not one line of MIN_JOINS joins or more. */
export function unflattenedLines(text: string): string[] {
  if (text.includes('\n')) return [];
  let joins = 0;
  for (let at = text.indexOf(JOIN); at >= 0 && joins < MIN_JOINS; at = text.indexOf(JOIN, at + JOIN.length)) joins++;
  if (joins < MIN_JOINS) return [];
  const lines = text.split(JOIN);
  return [lines.join(''), lines.reverse().join('')];
}
