import { isBase64Either } from './token/chars.js';

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

/** A flattened paste's lines glued back, and where each line after the first starts in `text`. */
export interface GluedLines {
  text: string;
  starts: number[];
}

/** The paste's lines glued back in both orders, or none when it is not one line of MIN_JOINS joins or more. */
export function unflattenedLines(text: string): GluedLines[] {
  if (text.includes('\n')) return [];
  let joins = 0;
  for (let at = text.indexOf(JOIN); at >= 0 && joins < MIN_JOINS; at = text.indexOf(JOIN, at + JOIN.length)) joins++;
  if (joins < MIN_JOINS) return [];
  const lines = text.split(JOIN);
  return [glued(lines), glued(lines.reverse())];
}

function glued(lines: readonly string[]): GluedLines {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    if (at > 0) starts.push(at);
    at += line.length;
  }
  return { text: lines.join(''), starts };
}

/** The most occurrences of one secret cut at the joins: a log of a hundred requests repeats a few. */
const MAX_OCCURRENCES = 8;

/**
 * The pieces the joins cut `secret` into where the glued lines hold it across them: the flattened paste holds those,
 * not the whole, and a piece shorter than the redactor's pieces (PIECE, of base64url only) is found by no other way: an
 * etcd token's `<letters>.<index>` rest, QStash's base64 rest ending `In0=` (round fuzz30, gen30.mjs pipe/etcd-token,
 * pipe/qstash-token). One search per occurrence; the line starts walked once each.
 */
export function piecesAcrossJoins(lines: GluedLines, secret: string): string[] {
  const pieces: string[] = [];
  let k = 0;
  let n = 0;
  for (let at = lines.text.indexOf(secret); at >= 0 && n < MAX_OCCURRENCES; at = lines.text.indexOf(secret, at + 1)) {
    n++;
    const end = at + secret.length;
    while (k < lines.starts.length && (lines.starts[k] as number) <= at) k++;
    let from = at;
    for (let j = k; j < lines.starts.length && (lines.starts[j] as number) < end; j++) {
      const cut = lines.starts[j] as number;
      pieces.push(lines.text.slice(from, cut));
      from = cut;
    }
    if (from > at) pieces.push(lines.text.slice(from, end));
  }
  return pieces;
}

/** The longest continuation read after a registered secret: a 4,096-bit key's base64'd PEM. */
const MAX_CONTINUATION = 8192;
/** The shortest continuation read: shorter, a word glued to the value by the join. */
const MIN_CONTINUATION = 16;

/**
 * The run of base64 that goes on in the glued lines right after `secret`, or null: a reader stops a value at its
 * longest (secrets.ts MAX_REST, 1,400), and a base64'd PEM is longer (Mux's `MUX_PRIVATE_KEY`, ~1,700), so its last lines,
 * each a word of the flattened paste, were shown (round fuzz30, gen29.mjs mux-private, rev-flat-pipe: 4 in 4).
 */
export function continuationAfter(lines: GluedLines, secret: string): string | null {
  const at = lines.text.indexOf(secret);
  if (at < 0) return null;
  const from = at + secret.length;
  const limit = Math.min(lines.text.length, from + MAX_CONTINUATION);
  let e = from;
  while (e < limit && isBase64Either(lines.text.charCodeAt(e))) e++;
  return e - from >= MIN_CONTINUATION ? lines.text.slice(from, e) : null;
}
