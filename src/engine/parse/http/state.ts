/**
 * The line scanner's state, shared by the line readers: the header block we are in (if any) and which
 * side it belongs to, whether we are in a message body, the field an obs-fold line would continue, and
 * the forward-only indexes that let most lines skip most readers.
 */
import type { HeaderField, HeaderForm, Side } from '../http.js';
import type { JsonObjectSpan } from '../json-spans.js';
import { NextIndex, skipBlanks } from './chars.js';
import { addField, type Collector, setKind } from './collect.js';
import { CommandFinder } from './command.js';
import { ENVOY_DUMP } from './envoy-dump.js';
import type { FieldSyntax } from './fields.js';
import { JAVA_MESSAGE_HEADER } from './java-message-header.js';
import { MULTIDICT } from './multidict.js';
import { knownHeaderSide } from './names.js';
import { ProseHints } from './prose.js';
import { APACHE_CONNECTION, KTOR_SECTION, NS_RESPONSE, RUBY_HASH_ENTRY } from './wire-log.js';

export interface Block {
  side: Side | null;
  /** The side comes from the paste's structure (a `<`/`>` trace, a section label), so names do not override it. */
  authoritative: boolean;
  /** A status, request or arrow line opened it: after its blank line comes the message body. */
  message: boolean;
  fields: number;
}

/** A field name looked up (ScanState.fieldName): its offsets, as written, lower-cased, and its side. */
export interface FieldName {
  start: number;
  end: number;
  name: string;
  lower: string;
  known: Side | null | undefined;
}

/** A field about to be recorded: where it is, and what its name says about its side. */
export interface PendingField {
  li: number;
  name: string;
  /** What the name says (see `knownHeaderSide`). */
  known: Side | null | undefined;
  form: HeaderForm;
  start: number;
  end: number;
  /** Where the value is; defaults to the last parsed field syntax and the field's end. */
  valueStart?: number;
  valueEnd?: number;
  quoted?: boolean;
  /** The value when the text does not hold it as such (code that builds it: `'Bearer ' + token`). */
  value?: string;
}

/**
 * The characters an arrow reader's arrow ends with (`->`, `=>`, `→`, `⇒`, `⟶`). One indexOf each: a regex for
 * the four was slower in a paste holding Japanese (a two-byte string), where each indexOf stays a native scan.
 */
const ARROWS = ['>', '→', '⇒', '⟶'];

/**
 * The markers of the client logs readClientLog (scan.ts) finds by a search (wire-log.ts). One regex tells whether a
 * paste holds any: over the examples ~200 ns a paste, against ~260 for the four searched one by one from a rarer
 * character each and ~440 as they were (each from its first character: ` -- re` stopped at every space).
 */
const CLIENT_LOG_MARKERS = /http-outgoing-| -- re|NSHTTPURLResponse|COMMON HEADERS|_header: '/;
/**
 * The word every Envoy dump marker (ENVOY_DUMP) holds: one indexOf before that regex. Its markers as alternatives of
 * CLIENT_LOG_MARKERS made that regex stop at every `r` as well (~710 ns a paste on the examples against ~330; round perf-i).
 */
const ENVOY_WORD = 'headers';

/** The empty time fields of curl's progress meter. */
const PROGRESS_METER = '--:--:--';

export class ScanState {
  readonly c: Collector;
  readonly text: string;
  readonly spans: readonly JsonObjectSpan[];
  block: Block | null = null;
  /** In a body: only field lines whose name tells their side are fields. */
  body = false;
  /** Inside the `> ` lines of a curl -v request (after `> GET … HTTP/1.1`). */
  curlRequest = false;
  /**
   * Inside a printed object literal (`{` … `}`): 'headers' when it is a headers object, 'hashtable' when it is
   * a PowerShell hashtable of headers (`-Headers @{`, `$headers = @{`: `"name"="value"` entries).
   */
  objectLiteral: 'headers' | 'hashtable' | 'other' | null = null;
  /**
   * Whether the printed object opened at line `open` is a headers object (field-lines.ts printedHeaders), once asked
   * for that object.
   */
  objectSided: { open: number; headers: boolean } | null = null;
  /** `* ` lines taken for curl info, to be turned back into text if the paste holds no curl -v output. */
  readonly bullets: number[] = [];
  /** Inside the fields Faraday's logger printed (wire-log.ts): the lines after its first field are fields too. */
  faraday = false;
  /** The side of the message Ktor's Logging plugin is printing (wire-log.ts), once a REQUEST/RESPONSE line was seen. */
  ktorSide: Side | null = null;
  /** The side of the headers Envoy's debug log is printing (envoy-dump.ts), once one of its markers was seen. */
  envoySide: Side | null = null;
  /** Inside Node's ClientRequest `_header` dump (node-request.ts): its `'…\r\n' +` lines are the request's fields. */
  nodeHeader = false;
  /** Lines holding a fetch() call, whose JSON options are read (null until one: most pastes hold none, no Set made). */
  fetchLines: Set<number> | null = null;
  /** Scratch space for field parsing, reused from line to line. */
  readonly syntax: FieldSyntax = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  readonly commands: CommandFinder;

  /** The last name fieldName looked up, by its offsets. */
  private readonly name: FieldName = { start: -1, end: -1, name: '', lower: '', known: undefined };

  /** The field an obs-fold continuation line would extend, its line and indentation. */
  private last: HeaderField | null = null;
  /** Whether the paste holds Python http.client's `reply: '…'` line (see httpClientTrace); null until asked. */
  private pythonTrace: boolean | null = null;
  /** Whether the paste holds Envoy's header dump (see envoyDump); null until asked. */
  private envoy: boolean | null = null;
  /** Where the paste names the WWW-Authenticate field, in order (see challengeNameWithin); null until asked. */
  private challengeNames: number[] | null = null;
  private challengeNext = 0;
  private lastLine = -1;
  private lastIndent = 0;
  private spanIndex = 0;
  /**
   * The next `:`, `：` and `=` ahead: where a label's colon is, and whether a line holds a separator a labelled
   * status needs, each found by one native search per occurrence instead of a character loop per line and reader
   * (a label's colon was looked for over up to 48 characters of every line that got that far). Made on first use.
   */
  private colons: NextIndex | null = null;
  private wideColons: NextIndex | null = null;
  private equals: NextIndex | null = null;
  private meters: NextIndex | null = null;
  /** Arrow characters ahead, so that lines without one skip the arrow reader (made on first use). */
  private arrows: NextIndex[] | null = null;
  private proseHints: ProseHints | null = null;
  /** Where the client debug logs' markers occur (wire-log.ts), made on first use. */
  private apacheMarks: NextIndex | null = null;
  private faradayMarks: NextIndex | null = null;
  private javaHeaders: NextIndex | null = null;
  private ktor: boolean | null = null;
  private ns: boolean | null = null;
  private rubyHashes: NextIndex | null = null;
  private multiDicts: NextIndex | null = null;
  private clientLogs: boolean | null = null;

  constructor(c: Collector, spans: readonly JsonObjectSpan[]) {
    this.c = c;
    this.text = c.text;
    this.spans = spans;
    this.commands = new CommandFinder(c.text);
  }

  /**
   * Whether the paste is Python http.client's debug trace (requests' and urllib3's debugging recipe,
   * `HTTPConnection.debuglevel = 1`): `reply: 'HTTP/1.1 401 Unauthorized\r\n'`, then each response field printed
   * as `header: Name: value` (CPython Lib/http/client.py, HTTPResponse.begin), after the request it sent (`send: b'…'`).
   * One search, on the first `send: ` or `header: ` line that asks.
   */
  httpClientTrace(): boolean {
    if (this.pythonTrace === null) this.pythonTrace = this.text.includes("reply: '");
    return this.pythonTrace;
  }

  /**
   * The first place in [p, end) where the paste names the WWW-Authenticate field, or -1: a text line can only quote a
   * challenge there (readChallengeInProse in scan.ts). One case-insensitive pass over the paste, on the first text line
   * that asks; lines ask in order, so p never decreases.
   */
  challengeNameWithin(p: number, end: number): number {
    if (this.challengeNames === null) {
      this.challengeNames = [];
      const re = /www-authenticate/gi;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) this.challengeNames.push(m.index);
    }
    const at = this.challengeNames;
    while (this.challengeNext < at.length && (at[this.challengeNext] as number) < p) this.challengeNext++;
    const next = at[this.challengeNext];
    return next !== undefined && next < end ? next : -1;
  }

  /** Whether the paste names the WWW-Authenticate field before `p` (a table's header row above its rows). */
  namesChallengeBefore(p: number): boolean {
    this.challengeNameWithin(p, p);
    return this.challengeNext > 0;
  }

  /** The first `:` or `：` in [p, limit), or -1; p must not decrease. */
  colonWithin(p: number, limit: number): number {
    this.colons ??= new NextIndex(this.text, ':');
    this.wideColons ??= new NextIndex(this.text, '\uff1a');
    const ascii = this.colons.from(p);
    const wide = this.wideColons.from(p);
    const colon = ascii >= 0 && (wide < 0 || ascii < wide) ? ascii : wide;
    return colon < limit ? colon : -1;
  }

  /**
   * Whether line `li`, [p, end), may be a field line of any form: it holds a `:` or a tab, or a line follows it
   * (a lone name's value line), or it is inside an object literal (`"name" = "value"`). p must not decrease.
   */
  mayBeField(li: number, p: number, end: number): boolean {
    if (li + 1 < this.c.lines.length || this.objectLiteral !== null) return true;
    this.colons ??= new NextIndex(this.text, ':');
    if (this.colons.within(p, end)) return true;
    // Searched forward (a native scan): `lastIndexOf` reads backward one character at a time, ~260 ns over a lone
    // signed token against ~20. This is the paste's last line, so the search stops at the paste's end.
    const tab = this.text.indexOf('\t', p);
    return tab >= 0 && tab < end;
  }

  /**
   * The field name at [start, end) as written, lower-cased, and what it says about its side (`knownHeaderSide`). A line
   * whose name is no known one (`JsonWebTokenError: …`, `RBAC: …`) is turned down by the known-field reader and comes
   * back with the same name to the field reader, which no longer copies, lower-cases and looks it up again. The
   * returned object is reused: read it before the next call.
   */
  fieldName(start: number, end: number): Readonly<FieldName> {
    const n = this.name;
    if (n.start !== start || n.end !== end) {
      n.start = start;
      n.end = end;
      n.name = this.text.slice(start, end);
      n.lower = n.name.toLowerCase();
      n.known = knownHeaderSide(n.lower);
    }
    return n;
  }

  /**
   * Whether [p, end) holds curl's progress meter's `--:--:--` (readCurlInfo asks on lines that start with a digit, as a
   * log line's timestamp does: one search for the paste instead of a copy of each such line searched). p must not
   * decrease.
   */
  progressMeterWithin(p: number, end: number): boolean {
    this.meters ??= new NextIndex(this.text, PROGRESS_METER);
    const at = this.meters.from(p);
    return at >= 0 && at + PROGRESS_METER.length <= end;
  }

  /**
   * Whether the paste may hold a line of a client debug log that readClientLog (scan.ts) finds by a search: Apache
   * HttpClient's connection id, Faraday's logger's marker, a printed NSHTTPURLResponse, Ktor's `COMMON HEADERS` or Envoy's
   * header dump. Most pastes hold none, and their lines skip those readers (asking them one by one was ~1% of a
   * diagnosis). One regex for the four (CLIENT_LOG_MARKERS), one indexOf for Envoy's, on the first line that asks.
   */
  mayHoldClientLog(): boolean {
    this.clientLogs ??=
      CLIENT_LOG_MARKERS.test(this.text) ||
      (this.text.indexOf(ENVOY_WORD) >= 0 && ENVOY_DUMP.test(this.text)) ||
      this.text.indexOf(JAVA_MESSAGE_HEADER) >= 0;
    return this.clientLogs;
  }

  /** Where Java's `MessageHeader@` occurs in [p, end) (java-message-header.ts), or -1; p must not decrease. */
  javaHeaderWithin(p: number, end: number): number {
    this.javaHeaders ??= new NextIndex(this.text, JAVA_MESSAGE_HEADER);
    const at = this.javaHeaders.from(p);
    return at >= 0 && at < end ? at : -1;
  }

  /** Where Apache HttpClient's connection id (`http-outgoing-`) occurs in [p, end), or -1; p must not decrease. */
  apacheWithin(p: number, end: number): number {
    // From its `-outgoing-`: `http` would stop the search at every `h` (~100 ns over an example paste against ~65).
    this.apacheMarks ??= new NextIndex(this.text, APACHE_CONNECTION, 4);
    const at = this.apacheMarks.from(p);
    return at >= 0 && at < end ? at : -1;
  }

  /** Whether the paste holds Envoy's header dump's markers (envoy-dump.ts): one search, on the first line that asks. */
  envoyDump(): boolean {
    this.envoy ??= this.text.indexOf(ENVOY_WORD) >= 0 && ENVOY_DUMP.test(this.text);
    return this.envoy;
  }

  /** Whether the paste holds Ktor's Logging plugin's `COMMON HEADERS` line: one search, on the first line that asks. */
  ktorLog(): boolean {
    this.ktor ??= this.text.indexOf(KTOR_SECTION) >= 0;
    return this.ktor;
  }

  /** Whether the paste holds a printed NSHTTPURLResponse: one search, on the first line that asks. */
  nsResponse(): boolean {
    // From its `HTTP`: an `N` is common in pastes (~75 ns over an example paste against ~40).
    this.ns ??= new NextIndex(this.text, NS_RESPONSE, 2).from(0) >= 0;
    return this.ns;
  }

  /** Where aiohttp's printed header multidict (`<CIMultiDictProxy(`) opens in [p, end), or -1; p must not decrease. */
  multiDictWithin(p: number, end: number): number {
    // From its `C`: a `<` is common in pastes.
    this.multiDicts ??= new NextIndex(this.text, MULTIDICT, 1);
    const at = this.multiDicts.from(p);
    return at >= 0 && at < end ? at : -1;
  }

  /** Where Ruby's inspect of a hash has an entry's `=>` in [p, end), or -1; p must not decrease. */
  rubyHashWithin(p: number, end: number): number {
    this.rubyHashes ??= new NextIndex(this.text, RUBY_HASH_ENTRY);
    const at = this.rubyHashes.from(p);
    return at >= 0 && at < end ? at : -1;
  }

  /** Where Ruby's Logger's ` -- ` before Faraday's `request: `/`response: ` occurs in [p, end), or -1. */
  faradayWithin(p: number, end: number): number {
    // From its `-`: the leading space stopped the search at every space (~340 ns over an example paste against ~65, 1% of
    // a diagnosis).
    this.faradayMarks ??= new NextIndex(this.text, ' -- re', 1);
    const at = this.faradayMarks.from(p);
    return at >= 0 && at < end ? at : -1;
  }

  /** Whether [p, end) holds a `:`, `：` or `=`; p must not decrease. */
  hasSeparator(p: number, end: number): boolean {
    this.equals ??= new NextIndex(this.text, '=');
    return this.colonWithin(p, end) >= 0 || this.equals.within(p, end);
  }

  /** Where the prose reader's access-log anchors occur in this paste (made on first use: some pastes hold no prose). */
  get prose(): ProseHints {
    this.proseHints ??= new ProseHints(this.text);
    return this.proseHints;
  }

  /** Leaves any header block; `intoBody`: what follows is a message body. */
  reset(intoBody: boolean): void {
    this.block = null;
    this.faraday = false;
    this.body = intoBody;
    this.last = null;
  }

  openBlock(side: Side | null, authoritative: boolean, message: boolean): void {
    this.block = { side, authoritative, message, fields: 0 };
    this.body = false;
    this.last = null;
  }

  /** A blank line ends a block, except a label's that has no fields yet ("Request headers:" then a blank line). */
  blankLine(): void {
    this.curlRequest = false;
    this.last = null;
    const block = this.block;
    if (block && (block.fields > 0 || block.message)) this.reset(block.message);
  }

  /** A line that is not a field ends a block; after a message's fields, it starts the body. */
  textLine(): void {
    if (this.block) this.reset(this.block.message || this.body);
    this.last = null;
  }

  /** Whether offset p (the start of a line's content) lies in a parsed JSON object; p must not decrease. */
  inJson(p: number): boolean {
    while (this.spanIndex < this.spans.length && (this.spans[this.spanIndex] as JsonObjectSpan).end <= p)
      this.spanIndex++;
    const span = this.spans[this.spanIndex];
    return span !== undefined && span.start <= p;
  }

  /** Whether an offset at or after the current line lies in the JSON object the current line is nearest to. */
  inJsonAhead(offset: number): boolean {
    const span = this.spans[this.spanIndex];
    return span !== undefined && span.start <= offset && offset < span.end;
  }

  /** Whether [p, end) holds an arrow character; p must not decrease. */
  hasArrow(p: number, end: number): boolean {
    this.arrows ??= ARROWS.map((a) => new NextIndex(this.text, a));
    for (const arrow of this.arrows) if (arrow.within(p, end)) return true;
    return false;
  }

  /** `{` or `headers: {` at the end of a line opens an object literal, `}` at the start of one closes it. */
  noteObjectLiteral(p: number, end: number): void {
    const text = this.text;
    if (text.charCodeAt(end - 1) === 0x7b) {
      const headers = end - p > 1 && text.slice(p, end).toLowerCase().includes('headers');
      this.objectLiteral = !headers ? 'other' : text.charCodeAt(end - 2) === 0x40 /* @ */ ? 'hashtable' : 'headers';
    } else if (text.charCodeAt(p) === 0x7d) this.objectLiteral = null;
  }

  /** Records a field of the current (or a new, inferred) block and marks its line. */
  pushField(f: PendingField): HeaderField {
    if (!this.block) this.openBlock(f.known === 'request' || f.known === 'response' ? f.known : null, false, false);
    const block = this.block as Block;
    let side: Side | null;
    if (block.authoritative) side = block.side;
    else if (f.known === 'request' || f.known === 'response')
      side = f.known; // a response never carries Authorization
    else side = block.side;
    // A block opened by a known name follows the last name that tells its side (devtools copies without labels).
    if (!block.authoritative && !block.message && side !== null) block.side = side;
    block.fields++;
    setKind(this.c, f.li, 'header');
    const valueStart = f.valueStart ?? this.syntax.valueStart;
    const valueEnd = f.valueEnd ?? f.end;
    const value = f.value ?? (valueStart < valueEnd ? this.text.slice(valueStart, valueEnd) : '');
    return addField(this.c, {
      name: f.name,
      value,
      side,
      quoted: f.quoted ?? false,
      form: f.form,
      start: f.start,
      end: f.end,
      line: f.li,
    });
  }

  /** The field a more indented next line would continue. */
  foldable(field: HeaderField, li: number, indent: number): void {
    this.last = field;
    this.lastLine = li;
    this.lastIndent = indent;
  }

  /** Whether line `li`, indented by `indent`, continues the last field (obsolete line folding). */
  folds(li: number, form: HeaderForm, indent: number): boolean {
    return (
      this.last !== null &&
      this.lastLine === li - 1 &&
      this.last.form === form &&
      this.block !== null &&
      indent > this.lastIndent
    );
  }

  /** Joins a continuation line [p, end) to the last field's value with one SP. */
  fold(li: number, p: number, end: number): number {
    const field = this.last as HeaderField;
    const from = skipBlanks(this.text, p, end);
    const more = this.text.slice(from, end);
    field.value = field.value === '' ? more : `${field.value} ${more}`;
    field.end = end;
    this.lastLine = li;
    setKind(this.c, li, 'header');
    return li;
  }

  forgetFold(): void {
    this.last = null;
  }
}
