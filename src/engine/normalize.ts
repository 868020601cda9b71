import {
  dropSpelledLineEnds,
  mayHoldCsvJson,
  mayHoldQuotedLines,
  mayHoldSpelledLineEnds,
  undoCsvJsonCells,
  unquoteJsonLines,
} from './capture-artefacts.js';
import { joinCutAuthWords } from './cut-auth-words.js';
import { ESCAPED_NS_RESPONSE, unescapeNsResponses } from './escaped-ns-responses.js';
import { isFieldNameBeforeColon } from './field-names.js';
import { mayHoldFlattenedMessage, splitFlattenedMessages } from './flattened-messages.js';
import { mayHoldFlattenedTrace, splitFlattenedTraces } from './flattened-traces.js';
import { mayHoldMobileLog, stripMobileLogPrefixes } from './mobile-log-prefixes.js';
import { AF_BODY_KEY, decodeAfNetworkingBodies } from './nsdata-bodies.js';
import { indexOfByTail, startsWithCI } from './parse/http/chars.js';
import { knownHeaderSide } from './parse/http/names.js';
import { mayHoldQuoteBlock, unquoteQuoteBlocks } from './quote-blocks.js';
import { joinReflowedTokens } from './reflowed-tokens.js';
import { dropEmphasis, mayHoldEmphasis } from './slack-emphasis.js';
import { indexOfEyJ, isJwtChar } from './token/chars.js';
import { isAlgNone } from './token/decode.js';
import { hexTraceBytes, traceRecordLines } from './trace-hex.js';

/**
 * Undoes paste artefacts before any check runs (findings.md, "Paste artefacts are undone, not reported"):
 * Slack's `<url|label>` links, `&amp;`/`&lt;`/`&gt;` escapes and `*bold*`/`_italic_`, code fences, smart quotes from phone
 * keyboards, non-breaking and zero-width spaces, CRLF line ends, terminal colour codes, and line breaks a chat
 * client put inside a long JWT.
 *
 * One pass per concern, each linear; no regex with nested quantifiers.
 */
export function normalizePaste(input: string): string {
  let text = input;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  // Wireshark's packet details: each line's CRLF spelled out (`Host: …\r\n`), one search.
  if (mayHoldSpelledLineEnds(text)) text = dropSpelledLineEnds(text);
  // A JSON log in a CSV export's quoted cell (its quotes doubled), one search for the cell's opening.
  if (mayHoldCsvJson(text)) text = undoCsvJsonCells(text);
  // AFNetworking's error body as NSData's hex: decoded before the `<…>` around it could be taken for anything else.
  if (text.indexOf(AF_BODY_KEY) >= 0) text = decodeAfNetworkingBodies(text);
  // The same userInfo's response, an escaped string: unescaped onto lines of its own, one search for its opening.
  if (text.indexOf(ESCAPED_NS_RESPONSE) >= 0) text = unescapeNsResponses(text);
  if (text.indexOf('\x1b') >= 0) text = text.replace(ANSI_ESCAPES, '');
  if (text.indexOf('[0m') >= 0 || text.indexOf('[39m') >= 0) text = text.replace(BARE_SGR, '');
  if (text.indexOf('<') >= 0) text = unwrapSlackLinks(text);
  // `&nbsp;` too: a thread's or a wiki's HTML keeps an indented dump's blanks as it (yesmeck/waque#10's axios `_header`).
  if (text.indexOf('&') >= 0) text = text.replace(/&(lt|gt|amp|quot|#39|nbsp);/g, decodeEntity);
  if (mayHoldEmphasis(text)) text = dropEmphasis(text);
  // A page's HTML line breaks left at each line's end (`header: Pragma: No-cache<br />`, a debug trace copied from a
  // rendered page's source: find_string id 22710082585): not the line's, and a challenge with one ends in junk.
  if (text.indexOf('<br') >= 0) text = text.replace(LINE_END_BR, '');
  // Most pastes hold no backtick at all: one search tells, for the fences and the inline code alike.
  if (text.indexOf('`') >= 0) {
    if (text.indexOf('```') >= 0) {
      FENCE_PAIR.lastIndex = 0;
      text = text.replace(FENCE_PAIR, '$1$2').replaceAll('```', '\n');
    }
    // Two inline spans side by side inside a word (`` `head``tail` ``): one credential the paster cut in two.
    if (text.indexOf('``') >= 0) text = text.replace(SPANS_IN_WORD, '');
    text = text.replace(CODE_SPAN_CREDENTIAL, unwrapCredentialSpan);
    if (text.indexOf('`') >= 0) text = unwrapInlineCode(text);
  }
  // curl --trace-ascii's dump (and Insomnia's exported timeline, the same format): one search each for its records.
  if (text.indexOf('=> Send header') >= 0 || text.indexOf('<= Recv header') >= 0) text = unfoldTraceAscii(text);
  // A curl -v trace joined onto one line by a chat client: its mid-line markers, one search each.
  if (mayHoldFlattenedTrace(text)) text = splitFlattenedTraces(text);
  // A curl -i output joined onto one line: a start line with a known header name after it, one search for `HTTP/`.
  if (mayHoldFlattenedMessage(text)) text = splitFlattenedMessages(text);
  // k6's --http-debug under a logfmt logger (a CI log): its dumps escaped into `msg="…"`, one search for its source,
  // from its `=` (`source` stopped the search at every `s`: ~115 ns over an example paste against ~25).
  if (indexOfByTail(text, K6_DEBUG, 0, 6) >= 0) text = unfoldK6Dumps(text);
  // cloudflared access's debug log: the response to its WebSocket dial Go-quoted on one line, one search for its words.
  if (text.indexOf(CLOUDFLARED_RESPONSE) >= 0) text = unfoldCloudflaredResponses(text);
  // helm's --debug registry trace: a response's headers Go-quoted inside a logfmt `header="…"`, one search each (its
  // `msg=` from the `=`: an `m` is at every few characters of a paste, ~85 ns a paste over the examples against ~30).
  if (indexOfByTail(text, 'msg=Response', 0, 3) >= 0 && text.indexOf(' header="') >= 0)
    text = unfoldRegistryTrace(text);
  // A paste with a full-width colon is not ASCII: it is not measured to be told (a Japanese paste, where that count
  // cost about 0.3 µs, a fifth of normalising the devtools-ja example).
  const wideColon = text.indexOf('\uff1a') >= 0;
  if (wideColon) text = asciiColonAfterNames(text);
  // Smart quotes, primes, full-width quotes → ASCII; NBSP and friends → space; zero-width characters removed
  // (a zero-width space inside a token would split it). All of them are past ASCII: an ASCII paste (its
  // UTF-8 length is its length, a native count) skips the regex scan, which cost twice as much.
  if (wideColon || !isAscii(text)) text = text.replace(SPECIAL, replaceSpecial);
  // OkHttp's and Dio's logs behind logcat's or Flutter's prefix: two searches tell a paste may hold one.
  if (mayHoldMobileLog(text)) text = stripMobileLogPrefixes(text);
  // `Author⏎ization: Bearer`, `Authorization: Bear⏎er`: before the token's joins, which read the line it is on.
  text = joinCutAuthWords(text);
  if (text.indexOf('\n') >= 0 && indexOfByTail(text, 'eyJ') >= 0) text = joinWrappedTokens(text);
  // A token reflowed with blanks between its pieces (`eyJhbG ciOi…`): only a paste with an `eyJ` is read for one.
  if (indexOfEyJ(text) >= 0) text = joinReflowedTokens(text, isWholeSignature);
  // A HAR quoted line by line (`>   "name": …`): only the lines that open with `>` are visited, after a token a chat
  // wrapped inside one was joined (its piece repeats the marker).
  if (mayHoldQuotedLines(text)) {
    // A quote of anything but curl -v's request (quote-blocks.ts); then a HAR's quoted JSON beside a trace.
    if (mayHoldQuoteBlock(text)) text = unquoteQuoteBlocks(text);
    if (mayHoldQuotedLines(text)) text = unquoteJsonLines(text);
  }
  // The first of each needle, found once: joinWrappedChallenges starts from there rather than searching again.
  const lower = text.indexOf('uthenticate:');
  const upper = text.indexOf('UTHENTICATE:');
  if (lower >= 0 || upper >= 0) text = joinWrappedChallenges(text, lower, upper);
  return text;
}

/**
 * A closing fence and an opening one between two runs of token characters (`…head⏎```⏎```⏎tail…`): a paster who cut a
 * credential across two Slack code blocks. Each fence was read as a line break, and inside a JSON log's message, beside
 * the string's escaped breaks (`head\n```\n```\ntail`), that made five breaks between the head and its tail, where the
 * readers of a wrapped value's rest read one and a reflow's gap three: a quote of the tail's line showed it (round
 * "fuzz10", gen7.mjs shape "codeblocks" in harsh mode: 7 in 150, 18 in 300). The pair and the breaks around it are one
 * line break (the middle one, escaped or not, with the quote markers after it), so the two blocks' lines are the lines
 * they were (an escaped `\r\n` is one too). Bounded pieces between literal fences, a token character either side: linear.
 */
const FENCE_PAIR =
  /(?<=[A-Za-z0-9_-])(?:(?:\\{1,3}r)?\\{1,3}n|\n)?[ \t]{0,3}(?:>[ \t]?){0,4}```[ \t]{0,3}((?:\\{1,3}r)?\\{1,3}n|\n)([ \t]{0,3}(?:>[ \t]?){0,4})```(?:[ \t]{0,3}(?:(?:\\{1,3}r)?\\{1,3}n|\n)[ \t]{0,3}(?:>[ \t]?){0,4})?(?=[A-Za-z0-9_-])/g;

/** Two inline code spans' backticks, side by side inside a run of token characters: a closing one and an opening one. */
const SPANS_IN_WORD = /(?<=[A-Za-z0-9_-])``(?=[A-Za-z0-9_-])/g;

/**
 * An inline code span around one run of credential characters mid-line (`` Bearer `A39zIn6Yu…` ``,
 * `` client_secret=`OB1Chm…` ``): Slack's formatting of a credential the paster marked as code. The span was read as a
 * shell's command substitution (`` `cat token.txt` ``: no token shown, parse/authorization.ts) or its backtick as the
 * value's first character, and the credential, registered by no reader, was quoted whole (round "fuzz10", gen7.mjs
 * shape "codeblocks"). Only a run of RFC 6750's b64token characters but the dot, 16 or more, with upper and lower case and
 * a digit (looksLikeCredential): a command (`` `gcloud auth print-access-token` ``, `` `./token.sh` ``) has blanks or is
 * a word, and a URL or a host (Guzzle's `` `POST https://…/token` ``) has dots; a JWT's dots are its own (`eyJ…`: read as
 * an opaque token with a "`" in it otherwise). One class, bounded, from each backtick: linear.
 */
const CODE_SPAN_CREDENTIAL = /`([A-Za-z0-9\-_~+/]{16,1400}=*|eyJ[A-Za-z0-9\-_.]{16,8000})`/g;

function unwrapCredentialSpan(span: string, inner: string): string {
  return looksLikeCredential(inner) ? inner : span;
}

/** Whether `s` has upper and lower case letters and a digit, as a credential's random characters do. */
function looksLikeCredential(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);
}

/** The field k6 gives its --http-debug log lines. */
const K6_DEBUG = 'source=http-debug';
/** Where such a line's message starts: `msg="Request:\n…` or `msg="Response:\n…`. */
const K6_DUMP = /msg="(?=Re(?:quest|sponse):\\n)/;

/**
 * k6's `--http-debug` dumps as a logfmt logger writes them (k6 outside a terminal, or `--log-format=logfmt`): the
 * whole request or response in one quoted `msg="Request:\nGET … HTTP/1.1\nHost: …\n\n"`, its line breaks and quotes
 * escaped. Each is written back as k6 prints it on a terminal (`Request:`, the message's lines, then the line's other
 * fields), so the readers see the exchange they read there. Only lines of a paste holding k6's `source=http-debug`.
 */
function unfoldK6Dumps(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = K6_DUMP.exec(line);
    if (m === null) continue;
    const from = m.index + 5;
    let to = from;
    while (to < line.length && line.charCodeAt(to) !== 0x22) to += line.charCodeAt(to) === 0x5c ? 2 : 1;
    if (to >= line.length) continue;
    const dump = unescapeQuoted(line.slice(from, to));
    lines[i] = `${line.slice(0, m.index)}${dump.replace(/\n+$/, '')}\n${line.slice(to + 1).trim()}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** What cloudflared writes before the response it dumps. */
const CLOUDFLARED_RESPONSE = 'Websocket response: "';

/**
 * cloudflared access (tcp, ssh, rdp) at --loglevel debug: the response to its WebSocket dial through Cloudflare Access,
 * httputil.DumpResponse Go-quoted on the log line (cloudflare/cloudflared carrier/websocket.go: `log.Debug().Msgf(
 * "Websocket response: %q", r)`), so a 302 to Access's sign-in reads `"HTTP/1.1 302 Moved Temporarily\r\nLocation:
 * …\r\n\r\n"` (cloudflare/cloudflared#404, #364, #435). Each is written back as the response's own lines after the
 * log line's head, so the readers see its status and headers.
 */
function unfoldCloudflaredResponses(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const at = line.indexOf(CLOUDFLARED_RESPONSE);
    if (at < 0) continue;
    const from = at + CLOUDFLARED_RESPONSE.length;
    if (!line.startsWith('HTTP/', from)) continue;
    let to = from;
    while (to < line.length && line.charCodeAt(to) !== 0x22) to += line.charCodeAt(to) === 0x5c ? 2 : 1;
    if (to >= line.length) continue;
    const dump = unescapeQuoted(line.slice(from, to));
    lines[i] =
      `${line.slice(0, at + CLOUDFLARED_RESPONSE.length - 2)}\n${dump.replace(/\n+$/, '')}\n${line.slice(to + 1).trim()}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** A trace line's headers: `header="` after the response's `msg=Response`. */
const TRACE_HEADER = /\bmsg=Response\b[^\n]{0,200}? header="/;
/** One header as the trace prints it, `   %q: %q`, once its logfmt quoting is undone. */
const TRACE_FIELD = /^ *"([A-Za-z0-9-]{1,64})": "(.*)"$/;

/**
 * helm's registry client trace under --debug (helm/helm pkg/registry/transport.go, after oras's internal/trace/
 * transport.go): each response header printed as `   %q: %q`, the lines joined and logged by slog's text handler as
 * one `header="…"` (helm/helm#30987: `header="   \"Www-Authenticate\": \"Bearer realm=\\\"https://…\\\",…\""`),
 * so a header's quotes come escaped twice. Each header is written back on a line of its own (`Www-Authenticate: Bearer
 * realm="…",service="…"`) after the line's other fields, so the readers see the response's headers as sent.
 */
function unfoldRegistryTrace(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = TRACE_HEADER.exec(line);
    if (m === null) continue;
    const from = m.index + m[0].length;
    let to = from;
    while (to < line.length && line.charCodeAt(to) !== 0x22) to += line.charCodeAt(to) === 0x5c ? 2 : 1;
    if (to >= line.length) continue;
    const fields: string[] = [];
    for (const field of unescapeQuoted(line.slice(from, to)).split('\n')) {
      const f = TRACE_FIELD.exec(field);
      if (f !== null) fields.push(`${f[1]}: ${unescapeQuoted(f[2] as string)}`);
    }
    if (fields.length === 0) continue;
    lines[i] = `${line.slice(0, m.index + m[0].length - 8)}${line.slice(to + 1)}\n${fields.join('\n')}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A Go-quoted (logfmt) string's escapes undone: `\n`, `\t`, `\"`, `\\`, and `\r` dropped (the paste's line ends are
 * already LF); any other escape kept as written.
 */
function unescapeQuoted(value: string): string {
  return value.replace(/\\([nrt"\\])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '' : c === 't' ? '\t' : c));
}

/** How many characters curl --trace-ascii prints on one line of a record before it breaks it (curl's dump: 0x40). */
const TRACE_WIDTH = 64;
/** A record's line: its offset in hex (`0000: `, `0019: `), then up to TRACE_WIDTH characters. */
const TRACE_DATA_LINE = /^[0-9a-f]{4,8}: ?/;
/**
 * A record's header line (`=> Send header, 163 bytes (0xa3)`, `<= Recv data, …`), after the optional `--trace-time`
 * timestamp, `--trace-ids` ids (`[0-0] `) and an older curl's stream id.
 */
const TRACE_RECORD =
  /^(?:\d\d:\d\d:\d\d\.\d{6} )?(?:\[\d{1,6}-[\dx]{1,6}\] )?(?:\d{1,4} )?(=> Send|<= Recv) (header|data|SSL data)\b/;
/** curl's informational record, `== Info: …`. */
const TRACE_INFO = /^(?:\d\d:\d\d:\d\d\.\d{6} )?(?:\[\d{1,6}-[\dx]{1,6}\] )?== (?:\d{1,4} )?Info: ?/;

/**
 * curl --trace-ascii's dump written back as curl -v writes the same exchange (findings.md, "Paste artefacts are
 * undone"): each `=> Send header` record's lines become `> ` lines, each `<= Recv header` record's `< ` lines, a data
 * record's lines plain (the body), `== Info:` lines `* ` lines; the records' own lines go. The dump prints a record
 * 64 characters a line behind each line's hex offset (`0057: Authorization: Bearer eyJ…`, `0097: …rest of it`), and
 * breaks it early only after a CRLF: a line of 64 characters whose next line's offset is 64 on goes on there, and the
 * two are joined (a token or a challenge comes back whole). Lines outside a record are left as they are.
 */
function unfoldTraceAscii(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let prefix: string | null = null;
  let continues = false;
  let lastOffset = -1;
  // curl --trace's hex dump (trace-hex.ts): a record's bytes, gathered from its lines and written out when it ends.
  let hex: number[] | null = null;
  const flushHex = (): void => {
    if (hex !== null && prefix !== null) for (const l of traceRecordLines(hex)) out.push(prefix + l);
    hex = null;
  };
  for (const line of lines) {
    const record = TRACE_RECORD.exec(line);
    if (record !== null) {
      flushHex();
      const send = record[1] === '=> Send';
      prefix = record[2] === 'header' ? (send ? '> ' : '< ') : record[2] === 'data' ? '' : null;
      continues = false;
      continue;
    }
    const info = TRACE_INFO.exec(line);
    if (info !== null) {
      flushHex();
      out.push(`* ${line.slice(info[0].length)}`);
      prefix = null;
      continues = false;
      continue;
    }
    const data = prefix !== null ? TRACE_DATA_LINE.exec(line) : null;
    if (data === null || prefix === null) {
      flushHex();
      out.push(line);
      prefix = null;
      continues = false;
      continue;
    }
    const content = line.slice(data[0].length);
    const bytes = hexTraceBytes(content);
    if (bytes !== null) {
      hex ??= [];
      for (const b of bytes) hex.push(b);
      continue;
    }
    flushHex();
    const offset = Number.parseInt(line.slice(0, line.indexOf(':')), 16);
    // The line goes on the last one only where its offset is the last one's plus a full line: after a CRLF it is the
    // last one's plus its length and the two bytes (a 64-character field then a new one).
    if (continues && offset === lastOffset + TRACE_WIDTH && out.length > 0) out[out.length - 1] += content;
    else out.push(prefix + content);
    continues = content.length === TRACE_WIDTH;
    lastOffset = offset;
  }
  flushHex();
  return out.join('\n');
}

/** What follows `WWW-A` or `Proxy-A` in a challenge's field name, as written in either case. */
const CHALLENGE_NEEDLES = ['uthenticate:', 'UTHENTICATE:'] as const;

/** How many lines a wrapped challenge is joined over, at most. */
const MAX_CHALLENGE_PIECES = 4;
/** A line longer than this is no header line a terminal wrapped: it is not looked at (and not scanned again). */
const MAX_CHALLENGE_LINE = 8192;

/**
 * A WWW-Authenticate (or Proxy-Authenticate) line a terminal or a pager broke at its width inside a quoted string
 * (`…error="invalid_t⏎oken", error_description="…"`: the line is long, 60 or more characters, leaves a quote open,
 * and the next line closes it) or between parameters (`…error_descri⏎ption="…"`: see continuesParams). The break is
 * removed, as a chat client's inside a token is, so the challenge parses whole and no `challenge.malformed` comes of
 * it. Only lines whose field name is one of the two are looked at.
 *
 * Linear: the line breaks to remove are collected first and the text is rebuilt once; each line is measured once
 * however many times the needle occurs in it, and a line past MAX_CHALLENGE_LINE is passed over.
 */
function joinWrappedChallenges(text: string, firstLower: number, firstUpper: number): string {
  const cuts: number[] = [];
  for (const needle of CHALLENGE_NEEDLES) {
    let lineStart: number;
    let lineEnd = -1;
    const first = needle === 'uthenticate:' ? firstLower : firstUpper;
    for (let at = first; at >= 0; at = text.indexOf(needle, at + 1)) {
      // Another needle on a line already looked at (or joined) is passed over. A new line's start is found backward
      // from the needle, never past the last line's end: no character is scanned twice.
      if (at <= lineEnd) continue;
      lineStart = text.lastIndexOf('\n', at) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd - lineStart > MAX_CHALLENGE_LINE) continue;
      let k = lineStart;
      while (k < at && (text.charCodeAt(k) === 0x3c || text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
      const named =
        (k === at - 5 && startsWithCI(text, k, at, 'www-a')) || (k === at - 7 && startsWithCI(text, k, at, 'proxy-a'));
      if (!named) continue;
      // The joined line so far: its width and its quotes, grown piece by piece.
      let nl = lineEnd;
      let width = nl - lineStart;
      let quoteCount = quotes(text, lineStart, nl);
      // A line ending in a comma between auth-params, or inside a quoted string, is unfinished whatever its width: a
      // phone or a narrow pane broke it there (`Bearer realm="api",⏎error="invalid_token"`, `…="The access⏎token
      // expired"`). Another line narrower than a terminal's width was not wrapped.
      let unfinished = quoteCount % 2 === 1 || endsWithComma(text, at, nl);
      if (width < 60 && !unfinished) continue;
      for (let piece = 0; piece < MAX_CHALLENGE_PIECES && nl < text.length && (width >= 60 || unfinished); piece++) {
        let nextEnd = text.indexOf('\n', nl + 1);
        if (nextEnd < 0) nextEnd = text.length;
        if (nextEnd - nl > MAX_CHALLENGE_LINE) break;
        const pieceQuotes = quotes(text, nl + 1, nextEnd);
        const open = quoteCount % 2 === 1;
        // A line that opens a header field of its own (`WWW-Authenticate: Bearer …` after a value cut short) is none.
        if (
          open ? pieceQuotes === 0 || startsKnownField(text, nl + 1, nextEnd) : !continuesParams(text, nl + 1, nextEnd)
        )
          break;
        cuts.push(open && isWordBreak(text, lineStart, nl, nextEnd) ? -nl - 1 : nl);
        quoteCount += pieceQuotes;
        width += nextEnd - nl - 1;
        nl = nextEnd;
        unfinished = quoteCount % 2 === 1 || endsWithComma(text, at, nl);
      }
      lineEnd = nl;
    }
  }
  if (cuts.length === 0) return text;
  // A cut between words (stored as -nl-1) is written back as the space the wrap took.
  cuts.sort((x, y) => (x < 0 ? -x - 1 : x) - (y < 0 ? -y - 1 : y));
  const parts: string[] = [];
  let from = 0;
  for (const stored of cuts) {
    const cut = stored < 0 ? -stored - 1 : stored;
    if (cut < from) continue;
    parts.push(text.slice(from, cut));
    if (stored < 0) parts.push(' ');
    from = cut + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** How far a word on either side of a break is read to tell a word from a token-like run. */
const MAX_WORD = 40;

/**
 * Whether the break at `nl`, inside a quoted string that the line [nl + 1, nextEnd) goes on with, fell between two
 * words of prose, where a phone's or a chat client's wrap took a space (`error_description="The access⏎token
 * expired"`): the quoted string holds a blank on either side of the break (a sentence, not one value such as
 * `error="invalid_token"`), and the runs the break separates are letters only (the first may end a sentence or a
 * clause), with no lower-case letter followed by a capital (base64url, a camel-cased name) and no lone letter but `a`
 * and `I` (a terminal's wrap inside a word: `The access t⏎oken`). Any other break was inside
 * a run (a token, a terminal's wrap of an error code) and joins without a space. Reads at most a line each way.
 */
function isWordBreak(text: string, lineStart: number, nl: number, nextEnd: number): boolean {
  const open = text.lastIndexOf('"', nl - 1);
  const close = text.indexOf('"', nl + 1);
  if (open < lineStart || close < 0 || close > nextEnd) return false;
  const before = text.slice(open + 1, nl);
  const after = text.slice(nl + 1, close);
  if (!/[ \t]/.test(before) && !/[ \t]/.test(after)) return false;
  const left = /(?:^|[ \t])([A-Za-z]{1,40})[,.;:!?)]?$/.exec(before.slice(-MAX_WORD - 2));
  const right = /^([A-Za-z]{1,40})(?:[,.;:!?]*(?:[ \t]|$))/.exec(after.slice(0, MAX_WORD + 2));
  if (left === null || right === null) return false;
  return isWordLike(left[1] as string) && isWordLike(right[1] as string);
}

/** Letters that may be a word: no lower-case letter before a capital, and one letter only as `a` or `I`. */
function isWordLike(run: string): boolean {
  return (run.length > 1 || run === 'a' || run === 'A' || run === 'I') && !/[a-z][A-Z]/.test(run);
}

/**
 * The line [from, to) goes on with a challenge's auth-params broken outside a quoted string: the rest of a
 * parameter's name, then its `=` (`ption="The access token expired"`), or a `"` or `,` right away. A field line
 * (`Content-Type: …`) or a body is none.
 */
function continuesParams(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from <= 32) {
    const c = text.charCodeAt(k);
    if (!((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) && !(c >= 0x30 && c <= 0x39) && c !== 0x5f && c !== 0x2d) break;
    k++;
  }
  if (k >= to) return false;
  // Read only inside the line: at the paste's end `k` is the text's length, and an out-of-bounds charCodeAt made V8
  // deoptimise joinWrappedChallenges, which then called the builtin at this site for every paste after (scan.ts).
  const c = text.charCodeAt(k);
  return (c === 0x3d || ((c === 0x22 || c === 0x2c) && k === from)) && quotes(text, from, to) > 0;
}

/** Whether the line [from, to) starts with a header name the scanner knows and its `:` (`WWW-Authenticate:`). */
function startsKnownField(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from <= MAX_NAME_PIECE && isNameChar(text.charCodeAt(k))) k++;
  return k > from && text.charCodeAt(k) === 0x3a && knownHeaderSide(text.slice(from, k).toLowerCase()) !== undefined;
}

/** Whether the line [from, to) ends in a `,` (trailing blanks aside) after a `=`: an auth-param list left unfinished. */
function endsWithComma(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  if (text.charCodeAt(k) !== 0x2c) return false;
  const eq = text.indexOf('=', from);
  return eq >= 0 && eq < k;
}

/**
 * The `"` in [from, to). Read within the range only: an `indexOf` from `from` ran on to the paste's next quote, which in
 * a paste without one is its end, for every challenge line (thousands of `WWW-Authenticate: Bearer` lines: 1 MB took
 * 37× the time of 64 KB; round "fuzz2").
 */
function quotes(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 0x22) n++;
  return n;
}

/**
 * Terminal escape sequences, kept by logs written with colour to a file or a CI job's raw log (`\x1b[33m401\x1b[39m`):
 * CSI sequences (colours, cursor moves: ECMA-48 §5.4, parameters then intermediates then one final byte), OSC
 * sequences (a terminal hyperlink: bounded, and only with its terminator, so an unterminated one takes its two
 * characters alone), and two-character escapes. Each branch is classes in sequence: linear.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ESC and BEL is the point
const ANSI_ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/**
 * The same colour codes with their ESC lost on the way (a web log viewer, a chat client): `[33m401[39m`. Only looked
 * for when a reset code (`[0m`, `[39m`) shows the paste has them, and never before a `]` (`timeout [5m]`).
 */
const BARE_SGR = /\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m(?!\])/g;

/** An HTML line break at a line's end, blanks after it (`<br>`, `<br/>`, `<br />`, either case). */
const LINE_END_BR = /<br ?\/?>[ \t]*$/gim;

function decodeEntity(_match: string, name: string): string {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case '#39':
      return "'";
    case 'nbsp':
      // A no-break space, which the special-character pass below turns into a space.
      return '\u00a0';
    default:
      return '&';
  }
}

/**
 * Smart quotes, primes, NBSP and friends, zero-width characters, Unicode's line and paragraph separators, and the
 * full-width digits and `＝` of a Japanese input method left in full-width mode (`本番で４０１が返る`) (see
 * `replaceSpecial`).
 */
export const SPECIAL =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each character is listed on purpose
  /[\u2018\u2019\u201A\u201B\u2032\uFF07\u201C\u201D\u201E\u201F\u2033\uFF02\u00A0\u2007\u202F\u3000\u200B\u200C\u200D\u2060\uFEFF\uFF10-\uFF19\uFF1D\u2028\u2029]/g;

/** Every character is ASCII: any other takes two or more bytes in UTF-8 (a lone surrogate three). */
export function isAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

function replaceSpecial(c: string): string {
  switch (c) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
    case '\u201B':
    case '\u2032':
    case '\uFF07':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
    case '\u201F':
    case '\u2033':
    case '\uFF02':
      return '"';
    case '\u00A0':
    case '\u2007':
    case '\u202F':
    case '\u3000':
      return ' ';
    case '\uFF1D':
      return '=';
    // Unicode's line and paragraph separators are line breaks (a JSON string may hold them unescaped): inside a token a
    // reader took one for a character of the text, and a wrap's rest after it was quoted (round "fuzz22": FUZZ_RUNS=2000
    // mutations, a U+2028 in a token's header then a wrap at 109, in fuzz.ts's hyphenated-header seed).
    case '\u2028':
    case '\u2029':
      return '\n';
    default: {
      // Full-width digits: the same place in the text, one UTF-16 unit each.
      const code = c.charCodeAt(0);
      return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 0x30) : '';
    }
  }
}

/**
 * A line that is one Slack inline code span (`` `HTTP/2 401` ``, `` > `curl -i …` ``) is that line: the
 * backticks are formatting. Only a span that is the whole line (after quote markers), with no backtick
 * inside, so a shell's command substitution is left alone. One pass over the lines.
 */
function unwrapInlineCode(text: string): string {
  let out = '';
  let last = 0;
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let p = start;
    while (p < nl && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
    while (p + 1 < nl && text.charCodeAt(p) === 0x3e && text.charCodeAt(p + 1) === 0x20) p += 2;
    let e = nl;
    while (e > p && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
    if (e - p > 2 && text.charCodeAt(p) === 0x60 && text.charCodeAt(e - 1) === 0x60) {
      const inner = text.indexOf('`', p + 1);
      if (inner === e - 1) {
        out += `${text.slice(last, p)}${text.slice(p + 1, e - 1)}`;
        last = e;
      }
    }
    start = nl + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `Authorization：Bearer …`: a Japanese keyboard's full-width colon after an ASCII header name, at the start
 * of a line, is the field's colon. Japanese labels (`ステータスコード：401`) keep theirs: the label reader
 * knows them. Each colon looks back at most a header name's length.
 */
function asciiColonAfterNames(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('\uff1a'); at >= 0; at = text.indexOf('\uff1a', at + 1)) {
    let i = at;
    while (i > 0 && at - i <= 40 && isNameChar(text.charCodeAt(i - 1))) i--;
    if (i === at || at - i > 40) continue;
    let b = i;
    while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
    if (b > 0 && text.charCodeAt(b - 1) !== 0x0a) continue;
    out += `${text.slice(last, at)}:`;
    last = at + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

function isNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

const LINK_SCHEMES = ['http://', 'https://', 'mailto:'];

/**
 * `<https://x|label>` → `https://x`, `<mailto:a@b|a@b>` → `a@b`, `<https://x>` → `https://x`.
 * Only angle brackets that open with a link scheme are touched: `<redacted>` stays a mask.
 *
 * A label that is the target less the scheme is what the paster typed: Slack links a bare host (`"iss":
 * "auth.acme-corp.com"`, `Host: api.acme-corp.com`) as `<http://auth.acme-corp.com|auth.acme-corp.com>`, the scheme its
 * own ("the alt text of the url will be the original text", wee-slack/wee-slack#444). The target made the issuer
 * `http://auth.acme-corp.com` and an expected `auth.acme-corp.com` a mismatch (round "audit-ay").
 */
function unwrapSlackLinks(text: string): string {
  let out = '';
  let last = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const scheme = LINK_SCHEMES.find((s) => text.startsWith(s, i + 1));
    if (scheme === undefined) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    // The link ends at the first '>' or whitespace; a link never spans a line.
    let j = i + 1;
    let bar = -1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 0x3e /* > */ || c === 0x0a || c === 0x3c /* < */) break;
      if (c === 0x7c /* | */ && bar < 0) bar = j;
      j++;
    }
    if (j >= text.length || text.charCodeAt(j) !== 0x3e) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const target = bar >= 0 ? text.slice(i + 1, bar) : text.slice(i + 1, j);
    const label = bar >= 0 ? text.slice(bar + 1, j) : null;
    const typed = label !== null && (scheme === 'mailto:' || isSchemeLess(target, scheme, label));
    out += text.slice(last, i) + (typed ? label : target);
    last = j + 1;
    i = text.indexOf('<', last);
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Whether `label` is `target` without its `scheme`: Slack's link of a host typed bare. */
function isSchemeLess(target: string, scheme: string, label: string): boolean {
  return target.length === scheme.length + label.length && target.endsWith(label);
}

/**
 * What may follow the last piece of a wrapped token on its line: a closing quote, a mask (`.***`,
 * `[REDACTED]`), or a space and the rest of a log line (`…tail status=401`).
 */
function isTokenTerminator(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0x2a ||
    c === 0x3c ||
    c === 0x5b ||
    c === 0x28 ||
    c === 0x2026 ||
    c === 0x20 ||
    c === 0x09
  );
}

/** Whether text[p, k) is followed by `: ` and is no field's name: a token's last piece, a message after it. */
function isPieceBeforeMessage(text: string, p: number, k: number): boolean {
  return text.charCodeAt(k) === 0x3a && text.charCodeAt(k + 1) === 0x20 && !isFieldNameBeforeColon(text, p, k);
}

/** A line's leading indentation and quote markers (`> `): a wrapped piece repeats them when the whole paste has them. */
function prefixEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3e) break;
    i++;
  }
  return i;
}

/** Base64url lengths of complete signatures (RSA by key size 1024–8192, EC by curve, Ed25519/Ed448, HMAC by hash). */
const SIGNATURE_LENGTHS: Record<string, readonly number[]> = {
  RS: [171, 342, 512, 683, 1366],
  PS: [171, 342, 512, 683, 1366],
  ES256: [86],
  ES256K: [86],
  ES384: [128],
  ES512: [176],
  EdDSA: [86, 152],
  Ed25519: [86],
  HS256: [43],
  HS384: [64],
  HS512: [86],
};

/** Whether `length` is a complete signature's for `alg` (SIGNATURE_LENGTHS; an algorithm it does not list: no). */
function isWholeSignature(alg: string, length: number): boolean {
  return signatureLengthsOf(alg)?.includes(length) === true;
}

/** SIGNATURE_LENGTHS for an algorithm, RSA's by family. */
function signatureLengthsOf(alg: string): readonly number[] | undefined {
  return SIGNATURE_LENGTHS[alg] ?? SIGNATURE_LENGTHS[/^(RS|PS)\d+$/.test(alg) ? alg.slice(0, 2) : ''];
}

/** Longest header or payload segment decoded to tell whether it is complete; longer ones are joined regardless. */
const MAX_DECODED_SEGMENT = 16_384;

/** A header or payload segment that already decodes to a whole JSON object: a line break after it ends the token. */
function isCompleteJsonSegment(segment: string): boolean {
  if (segment.length < 4 || segment.length % 4 === 1 || segment.length > MAX_DECODED_SEGMENT) return false;
  // Cheap gate: a JSON object's last byte is "}". Only then decode the whole segment.
  const tail = Buffer.from(segment.slice(segment.length - (segment.length % 4 || 4)), 'base64url');
  if (tail[tail.length - 1] !== 0x7d) return false;
  try {
    const v: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v !== null && typeof v === 'object';
  } catch {
    return false;
  }
}

function headerOf(headerSegment: string): Record<string, unknown> | null {
  if (headerSegment.length > MAX_DECODED_SEGMENT) return null;
  try {
    const h: unknown = JSON.parse(Buffer.from(headerSegment, 'base64url').toString('utf8'));
    return h !== null && typeof h === 'object' ? (h as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A JWT in progress at the end of a line: its segments so far (joined pieces included). */
interface OpenToken {
  segments: string[];
  /** The decoded JOSE header, once the first segment is complete (null: it does not decode). */
  header: Record<string, unknown> | null | undefined;
  /** Only the first characters of a token (`e`, `eyJ`, `eyJhbG`): a token only if the next line goes on with it. */
  start?: true;
  /** The width of the line its last piece was joined from, which the wrap filled: the width it wraps at. */
  wrapWidth?: number;
}

/**
 * Whether the token is unfinished at a line break. A header or payload that does not yet decode to a
 * JSON object is unfinished, and so is a JWE short of its five parts; a signature is unfinished while
 * it is shorter than its algorithm's signature. For an unknown algorithm, token/find.ts's rule: the
 * line was long (wrapped at a width) and the signature so far is long too.
 */
function isUnfinished(tok: OpenToken, lineWidth: number): boolean {
  const n = tok.segments.length;
  const current = tok.segments[n - 1] ?? '';
  if (current === '') return true;
  if (n < 3) return !isCompleteJsonSegment(current);
  if (tok.header === undefined) tok.header = headerOf(tok.segments[0] ?? '');
  const alg = tok.header?.alg;
  if (typeof tok.header?.enc === 'string') return n < 5 || (current.length >= 40 && lineWidth >= 60);
  if (n > 3 || alg === 'none') return false;
  const lengths = typeof alg !== 'string' ? undefined : signatureLengthsOf(alg);
  // A signature of one key size's length can be the start of a longer one's (an RS256 signature of 171 characters, a
  // 1024-bit key's, is the first half of a 2048-bit key's): when the wrap filled this line as it filled the one before,
  // it goes on. Found by a scratch fuzzer, round "fuzz": the rest of the signature, not joined, was quoted as text.
  if (lengths !== undefined)
    return current.length < Math.max(...lengths) && (!lengths.includes(current.length) || tok.wrapWidth === lineWidth);
  return current.length >= 40 && lineWidth >= 60;
}

/**
 * Whether a token found in the paste looks cut where it ends (isUnfinished; `lineWidth`: the characters
 * of its line up to its end). What follows may then be the rest of it, even where joinWrappedTokens did
 * not join it: the redactor treats that as part of the token's secret.
 */
export function looksCut(raw: string, lineWidth: number): boolean {
  const segments = raw.split('.');
  return segments.length >= 2 && isUnfinished({ segments, header: undefined }, lineWidth);
}

/**
 * A JOSE header's first 16 characters when it starts with its `alg` (`{"alg":"RS25…`, as most signers write it), to
 * that algorithm's signature lengths: a token's whole signature is told by them without decoding its header.
 */
const WHOLE_BY_HEAD = new Map<string, readonly number[]>();
for (const alg of [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'HS256',
  'HS384',
  'HS512',
  'EdDSA',
]) {
  const lengths = signatureLengthsOf(alg);
  if (lengths !== undefined)
    WHOLE_BY_HEAD.set(Buffer.from(`{"alg":"${alg}"`).toString('base64url').slice(0, 16), lengths);
}

/**
 * How many characters of its signature a JWS found in the paste lacks when it looks cut (looksCut) and its rest was
 * not found next to it: its algorithm's longest signature less what it has (the longest of all for an algorithm
 * SIGNATURE_LENGTHS does not list); 0 when it looks whole. A signature of its algorithm's length, read from the head
 * of a header that starts with it (WHOLE_BY_HEAD), is whole unread: the usual paste decodes no header here.
 */
export function missingSignature(raw: string, lineWidth: number): number {
  const second = raw.indexOf('.', raw.indexOf('.') + 1);
  if (second < 0) return 0;
  const length = raw.length - second - 1;
  if (length === 0 || raw.indexOf('.', second + 1) >= 0) return 0;
  if (WHOLE_BY_HEAD.get(raw.slice(0, 16))?.includes(length) === true) return 0;
  const tok: OpenToken = { segments: raw.split('.'), header: undefined };
  if (!isUnfinished(tok, lineWidth)) return 0;
  const alg = tok.header?.alg;
  const lengths = (typeof alg === 'string' ? signatureLengthsOf(alg) : undefined) ?? [LONGEST_SIGNATURE];
  return Math.max(0, Math.max(...lengths) - length);
}

/**
 * How many characters of its signature a token found ending in its second dot (`h.p.`) lacks, when its header names a
 * signing algorithm: all of them (its algorithm's longest, or the longest of all). Cut right after that dot by a
 * spliced paste, its signature may sit several lines on (far-rest.ts: round "fix-d"). 0 for a header naming `none`
 * or naming no algorithm, or one that does not decode: an unsigned token ends in that dot, and nothing of it is missing.
 */
export function missingAfterDot(raw: string): number {
  const first = raw.indexOf('.');
  if (first < 0 || raw.indexOf('.', first + 1) !== raw.length - 1) return 0;
  const alg = headerOf(raw.slice(0, first))?.alg;
  if (typeof alg !== 'string' || alg === '' || isAlgNone(alg)) return 0;
  return Math.max(...(signatureLengthsOf(alg) ?? [LONGEST_SIGNATURE]));
}

/** The longest signature SIGNATURE_LENGTHS lists (RS/PS with an 8192-bit key). */
const LONGEST_SIGNATURE = 1366;

/**
 * The JWT a line ends in (a run of token characters starting `eyJ`), or null. A run of fewer than 10
 * characters is one only as the start of a token broken right there (`Bearer e⏎yJhbGci…`, `eyJ⏎hbGci…`):
 * the first characters of `eyJ` or more, and no dot yet; joinWrappedTokens checks the next line goes on.
 */
function trailingToken(text: string, lineStart: number, lineEnd: number): OpenToken | null {
  let i = lineEnd;
  while (i > lineStart && isJwtChar(text.charCodeAt(i - 1))) i--;
  // Both kinds of run below start with `e`: most lines end in another word, which is then not copied.
  if (i === lineEnd || text.charCodeAt(i) !== 0x65) return null;
  const run = text.slice(i, lineEnd);
  if (run.length >= 10 && run.startsWith('eyJ')) return { segments: run.split('.'), header: undefined };
  const isStart = run.startsWith('eyJ') || (run !== '' && 'eyJ'.startsWith(run));
  if (!isStart || run.length >= 10 || run.includes('.')) return null;
  return { segments: [run], header: undefined, start: true };
}

/** The longest piece taken for a header name of devtools' name-then-value layout. */
const MAX_NAME_PIECE = 40;

/**
 * The piece [p, k) is a header name on its own line (devtools' `authorization`, `x-request-id`), not the rest of a
 * token: a known name or family, short as names are, with no `_` or `.` (which no name has and a token piece may).
 * A 70-character piece of a signature that happens to start `x-` or `cf-` is the token's.
 */
function isHeaderNameLine(text: string, p: number, k: number): boolean {
  if (k - p > MAX_NAME_PIECE) return false;
  const piece = text.slice(p, k);
  if (piece.includes('_') || piece.includes('.')) return false;
  return knownHeaderSide(piece.toLowerCase()) !== undefined;
}

/**
 * A short last piece that ends in the dot before a mask (`0.***`, `In0.<redacted>`): the tail of a masked token a
 * terminal wrapped a few characters before its end, too short for a piece otherwise.
 */
function isMaskedTail(text: string, p: number, k: number): boolean {
  if (k === p || text.charCodeAt(k - 1) !== 0x2e) return false;
  const c = text.charCodeAt(k);
  return c === 0x2a || c === 0x5b || c === 0x3c || c === 0x2026;
}

/** The deepest hanging indent a wrapped piece is read after. */
const MAX_HANGING_INDENT = 40;

/**
 * A piece after a hanging indent [p, k) is taken only when the line before was wrapped at a width (60 or more
 * characters), the piece ends its line or a quote or mask follows it (not a space and more words, nor a call's
 * `(`), and it holds more than lower-case letters and dots: code indented under a line that ends in a token
 * (`  const f = …`, `    fc.integer(`) is no piece of it.
 */
function isHangingPiece(text: string, p: number, k: number, lineEnd: number, widthBefore: number): boolean {
  if (widthBefore < 60) return false;
  const after = k < lineEnd ? text.charCodeAt(k) : 0x22;
  if (after === 0x20 || after === 0x09 || after === 0x28) return false;
  for (let i = p; i < k; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x61 || c > 0x7a) && c !== 0x2e) return true;
  }
  return false;
}

/**
 * Joins the pieces of a JWT that a chat client or a terminal broke over several lines, in every form
 * (a header value, a curl argument, a JSON string, prose), so the header parser and the token finder
 * see one token. findings.md: such line breaks never produce a finding of their own.
 *
 * A piece is the next line's leading run of token characters (after the same indentation or `> `
 * quote markers as the line before, or a deeper indentation of blanks when the token is unfinished), at least
 * 4 long (or a shorter tail ending in the dot before a mask), followed by nothing, a closing quote, a mask or a space.
 * It is not joined when the token before it is finished (see isUnfinished), when it is a header name
 * of its own (devtools' name/value lines: `authorization`, `Bearer eyJ…`, `accept`), or when it starts
 * another token. One pass over the lines; each line is scanned at most twice.
 */
/**
 * Where the line ending at `nl` ends its text: before a quoted-printable soft line break (`=` at the line's end, RFC 2045
 * §6.7 rule 5: an email's body wrapped at 76 characters, an alert pasted from a mail client) right after a token's
 * character, which the wrap put inside the token; `nl` otherwise. A JWT holds no `=`, so the token goes on past it (round
 * "fuzz20", leakhand20.mjs: a query's token so wrapped was read cut, and the quoted last line showed its signature's rest).
 */
function softBreakAt(text: string, nl: number): number {
  return nl >= 2 && text.charCodeAt(nl - 1) === 0x3d && isJwtChar(text.charCodeAt(nl - 2)) ? nl - 1 : nl;
}

function joinWrappedTokens(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let lineStart = 0;
  let open: OpenToken | null = null;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    const end = softBreakAt(text, nl);
    const tok: OpenToken | null = open ?? trailingToken(text, lineStart, end);
    open = null;
    const next = nl + 1;
    if (tok !== null) {
      let nextEnd = text.indexOf('\n', next);
      if (nextEnd < 0) nextEnd = text.length;
      const nextFill = nextEnd < text.length ? softBreakAt(text, nextEnd) : nextEnd;
      // The piece starts right at the line start (a chat client's break) or after the same prefix as the line before.
      const prefix = prefixEnd(text, lineStart, nl) - lineStart;
      let p = prefix > 0 && text.startsWith(text.slice(lineStart, lineStart + prefix), next) ? next + prefix : next;
      // Or after a deeper indentation of blanks alone: a hanging indent (a log handler that wraps its message column,
      // `  ` before each piece when the header line had none). Only for a token that is unfinished (checked below).
      const hanging = p;
      while (
        p - hanging < MAX_HANGING_INDENT &&
        p < text.length &&
        (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)
      )
        p++;
      if (p - hanging === MAX_HANGING_INDENT) p = hanging;
      let k = p;
      while (k < nextEnd && isJwtChar(text.charCodeAt(k))) k++;
      const piece =
        (k - p >= 4 || isMaskedTail(text, p, k)) &&
        // A colon ends the last piece when a message goes on after it (`…tail: token is expired`), not a name's.
        (k === nextEnd ||
          k === nextFill ||
          isTokenTerminator(text.charCodeAt(k)) ||
          (k > p && isPieceBeforeMessage(text, p, k))) &&
        (p === hanging || isHangingPiece(text, p, k, nextEnd, nl - lineStart));
      const afterDot = text.charCodeAt(end - 1) === 0x2e;
      const head = tok.segments[0] ?? '';
      if (
        piece &&
        (tok.start !== true || (`${head}${text.slice(p, p + 3)}`.startsWith('eyJ') && head.length + k - p >= 10)) &&
        (afterDot || !text.startsWith('eyJ', p)) &&
        !isHeaderNameLine(text, p, k) &&
        ((p === hanging && text.charCodeAt(p) === 0x2e) || isUnfinished(tok, nl - lineStart))
      ) {
        out.push(text.slice(copied, end));
        copied = p;
        const more = text.slice(p, k).split('.');
        const last = tok.segments.length - 1;
        tok.segments[last] = `${tok.segments[last] ?? ''}${more[0] ?? ''}`;
        for (let m = 1; m < more.length; m++) tok.segments.push(more[m] ?? '');
        // The token goes on only if the piece filled its line.
        if (k === nextEnd || k === nextFill) {
          tok.wrapWidth = nl - lineStart;
          open = tok;
        }
      }
    }
    lineStart = next;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}
