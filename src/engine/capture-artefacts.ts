/**
 * Two decorations a capture picks up on its way into a paste, undone like the chat's own (findings.md, "Paste
 * artefacts are undone, not reported"):
 *
 * - Wireshark's packet details pane (and `tshark -V`) prints each HTTP line with its CRLF spelled out: `Host: …\r\n`,
 *   and the blank line that ends the header block as `\r\n` alone (public captures: find_string ids 6593832846, a
 *   `tshark -V` request; 52599887991, a request and its response copied from the pane; 40243811570). Left there, the
 *   four characters end every field's value: the token's, the challenge's.
 * - A JSON capture (a HAR, its `"request"`/`"response"` objects) quoted line by line with `> ` (GitHub's and Slack's
 *   quote; atomx/nginx-http-auth-digest#26 quotes a whole Chrome HAR so): the markers sit between the JSON's tokens, so
 *   no object of it parses. A quoted line whose content opens with JSON punctuation (`{`, `}`, `[`, `]`, `"`) loses
 *   its markers; a curl -v trace's `> ` lines never open so (a request line, a field name, nothing).
 */

/** The characters Wireshark writes for a line's CRLF. */
const SPELLED_CRLF = '\\r\\n';

/** Whether the paste may hold Wireshark's spelled-out line ends: one search. */
export function mayHoldSpelledLineEnds(text: string): boolean {
  return text.indexOf(SPELLED_CRLF) >= 0;
}

/** Drops a spelled-out `\r\n` that ends its line (trailing blanks aside); one inside a line (a string literal) stays. */
export function dropSpelledLineEnds(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf(SPELLED_CRLF); at >= 0; at = text.indexOf(SPELLED_CRLF, at + 4)) {
    let e = at + 4;
    while (e < text.length && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
    if (e < text.length && text.charCodeAt(e) !== 0x0a) continue;
    out += text.slice(last, at);
    last = e;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Whether the paste may hold quoted lines: a line that opens with `>`. */
export function mayHoldQuotedLines(text: string): boolean {
  return text.charCodeAt(0) === 0x3e || text.indexOf('\n>') >= 0;
}

/**
 * Removes the quote markers of quoted lines whose content opens with JSON punctuation, when two or more do (one
 * quoted line of JSON parses as it is). Visits only the lines that open with `>`.
 */
export function unquoteJsonLines(text: string): string {
  let start = text.charCodeAt(0) === 0x3e ? 0 : text.indexOf('\n>') + 1;
  if (start === 0 && text.charCodeAt(0) !== 0x3e) return text;
  const cuts: number[] = []; // pairs: where a line's markers start, where its content starts
  for (;;) {
    let p = start;
    // Nested quotes (`> > `) are markers too.
    while (text.charCodeAt(p) === 0x3e && text.charCodeAt(p + 1) === 0x20) p += 2;
    if (p > start) {
      let q = p;
      while (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09) q++;
      if (opensJson(text.charCodeAt(q))) cuts.push(start, p);
    }
    const next = text.indexOf('\n>', start);
    if (next < 0) break;
    start = next + 1;
  }
  if (cuts.length < 4) return text;
  return withoutCuts(text, cuts);
}

function opensJson(c: number): boolean {
  return c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x22;
}

/**
 * A JSON log inside a quoted CSV cell, as a log console's "Download as CSV" writes it (CloudWatch Logs Insights'
 * `@timestamp,@message` export, audit-hh paste 36): RFC 4180 §2 rule 7 doubles each quote inside the cell
 * (`"{""level"":""warn"",…,""res"":{""statusCode"":401}}"`), so no object of it parses and none of its members is
 * read. Only a cell that opens a line or follows a comma, and whose value opens with `{"` (doubled), is undone.
 */
const CSV_JSON_CELL = '"{""';

/** Whether the paste may hold a JSON object in a CSV cell: one search. */
export function mayHoldCsvJson(text: string): boolean {
  return text.indexOf(CSV_JSON_CELL) >= 0;
}

/**
 * Each such cell's quotes undone: its enclosing quotes dropped and each `""` inside made `"`, to the cell's closing
 * quote (one not doubled) or its line's end. Each character is visited once.
 */
export function undoCsvJsonCells(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf(CSV_JSON_CELL); at >= 0; at = text.indexOf(CSV_JSON_CELL, at + 1)) {
    if (at < last) continue;
    const before = at === 0 ? 0x0a : text.charCodeAt(at - 1);
    if (before !== 0x0a && before !== 0x2c /* , */) continue;
    out += text.slice(last, at);
    let p = at + 1;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 0x0a) break;
      if (c === 0x22) {
        if (text.charCodeAt(p + 1) === 0x22) {
          out += '"';
          p += 2;
          continue;
        }
        p++;
        break;
      }
      out += text[p];
      p++;
    }
    last = p;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The text without the spans `cuts` lists as start, end pairs, in order and apart (the normaliser's passes that take
 * out a paste's artefacts: quote markers, a JSON log's quoting).
 */
export function withoutCuts(text: string, cuts: readonly number[]): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    out += text.slice(last, cuts[i]);
    last = cuts[i + 1] as number;
  }
  return out + text.slice(last);
}
