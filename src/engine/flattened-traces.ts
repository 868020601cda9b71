/**
 * A curl -v trace whose lines were joined into one (`< HTTP/1.1 401 Unauthorized < date: … < www-authenticate: Bearer …`):
 * chat clients that drop single line breaks, and renderers that reflow a code block as a paragraph, leave its `< ` and
 * `> ` markers mid-line. The markers are curl's own (lib/http.c and tool_cb_dbg.c write `> ` before each line sent and
 * `< ` before each received), so where at least two of them open a header-like run on one line (`< name: value`, a
 * status line, a request line), each is put back at the start of its own line. A lone `a < b: c` in prose or code is
 * one run, and is left.
 */

/**
 * A marker and what follows it: a header name and its colon, a status line's `HTTP/`, or a request line's method and
 * path. Bounded runs of distinct classes (linear); the marker mid-line follows a space after a non-space.
 */
const RUN = /(^|\S )([<>]) (?=[A-Za-z][A-Za-z0-9-]{0,63}:|HTTP\/\d|[A-Z]{3,7} \/)/g;

/**
 * Whether the text may hold such a line: a `<` or `>` with a space on each side. Searched by the marker, not by
 * ` < `: a search led by a space stops at every word (~0.6 µs a paste, 0.7% of a diagnosis on the examples).
 */
export function mayHoldFlattenedTrace(text: string): boolean {
  return spacedMarker(text, '<') || spacedMarker(text, '>');
}

function spacedMarker(text: string, marker: string): boolean {
  const last = text.length - 1;
  for (let i = text.indexOf(marker, 1); i > 0 && i < last; i = text.indexOf(marker, i + 1))
    if (text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
  return false;
}

/** The text with each flattened trace line split back at its markers; the text itself when none is. */
export function splitFlattenedTraces(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.indexOf(' < ') < 0 && line.indexOf(' > ') < 0) continue;
    let runs = 0;
    RUN.lastIndex = 0;
    while (RUN.exec(line) !== null && runs < 2) runs++;
    if (runs < 2) continue;
    lines[i] = line.replace(RUN, (_m, before: string, marker: string) =>
      before === '' ? `${marker} ` : `${before.trimEnd()}\n${marker} `,
    );
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
