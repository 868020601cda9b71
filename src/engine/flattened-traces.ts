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

/** Whether the text may hold such a line: one search for each mid-line marker. */
export function mayHoldFlattenedTrace(text: string): boolean {
  return text.indexOf(' < ') >= 0 || text.indexOf(' > ') >= 0;
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
