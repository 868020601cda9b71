/**
 * Java's HttpURLConnection debug log (the `sun.net.www.protocol.http.HttpURLConnection` logger at FINE, as Spring Boot's
 * DEBUG or java.util.logging prints it): each message's header as its MessageHeader's toString, every pair in braces on
 * one line, the request line as a name with the value `null`, the status line as a value with the name `null`:
 *
 *     … HttpURLConnection writeRequests sun.net.www.MessageHeader@beb7276 pairs: {GET /v1/orders HTTP/1.1: null}{Authorization: Bearer …}{Host: …}
 *     … HttpURLConnection getInputStream0 sun.net.www.MessageHeader@febe4c15 pairs: {null: HTTP/1.1 401 Unauthorized}{WWW-Authenticate: Bearer …}
 *
 * (captures: wolfgangimig/itol#19; find_string ids 3569298410 (`@7045c9b5 8 pairs:`, newer JDKs count the pairs),
 * 6226228377, 32088439228, 18722103687). A line of it is a whole header: what its pairs do not hold, the message did not
 * carry.
 */
import { isHexDigit } from './chars.js';
import { setKind } from './collect.js';
import { parseColonField } from './fields.js';
import { readRequestLine } from './message-lines.js';
import { knownHeaderSide } from './names.js';
import type { ScanState } from './state.js';
import { readStatusLine } from './status.js';

/** The class name's end every such line holds, searched for (ScanState.javaHeaderWithin). */
export const JAVA_MESSAGE_HEADER = 'MessageHeader@';

const PAIRS = 'pairs: {';
/** How far past the class name the pairs may start: its hash, a space and the pairs' count. */
const MAX_HASH = 24;
/** The most pairs read from one line. */
const MAX_PAIRS = 64;
/** The request line's pair ends with its empty value. */
const NULL_VALUE = ': null';
const NULL_NAME = 'null: ';

/**
 * The MessageHeader dump whose class name starts at `at` on line li: its request or status line and its fields.
 * Returns the line, or -1 when no pairs follow the name.
 */
export function readJavaMessageHeader(s: ScanState, li: number, at: number, end: number): number {
  const text = s.text;
  let q = at + JAVA_MESSAGE_HEADER.length;
  const stop = Math.min(end, q + MAX_HASH);
  // The hash in hex, glued to the count on older JDKs (`@35a9782c11 pairs:`), a space before it on newer ones.
  while (q < stop && (isHexDigit(text.charCodeAt(q)) || text.charCodeAt(q) === 0x20)) q++;
  if (!text.startsWith(PAIRS, q)) return -1;
  let open = q + PAIRS.length - 1;
  for (let n = 0; n < MAX_PAIRS && open < end && text.charCodeAt(open) === 0x7b; n++) {
    const from = open + 1;
    let close = text.indexOf('}{', from);
    if (close < 0 || close >= end) close = text.charCodeAt(end - 1) === 0x7d ? end - 1 : end;
    readPair(s, li, from, close);
    open = close + 1;
  }
  s.reset(false);
  return li;
}

/** One `{name: value}` pair's inside, [from, to). */
function readPair(s: ScanState, li: number, from: number, to: number): void {
  const text = s.text;
  if (text.startsWith(NULL_NAME, from)) {
    if (readStatusLine(s.c, from + NULL_NAME.length, to, li)) {
      setKind(s.c, li, 'status');
      s.openBlock('response', true, true);
    }
    return;
  }
  if (to - from > NULL_VALUE.length && text.endsWith(NULL_VALUE, to)) {
    if (readRequestLine(s, li, from, to - NULL_VALUE.length)) s.openBlock('request', true, true);
    return;
  }
  if (!parseColonField(text, from, to, s.syntax)) return;
  const name = text.slice(from, s.syntax.nameEnd).toLowerCase();
  s.pushField({
    li,
    name,
    known: knownHeaderSide(name),
    form: 'raw',
    start: from,
    end: to,
    valueStart: s.syntax.valueStart,
    valueEnd: to,
  });
}
