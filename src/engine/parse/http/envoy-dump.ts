/**
 * Envoy's debug log of the headers it handles: a marker line, then one `'name', 'value'` line per header, as an Istio
 * sidecar or gateway prints them at debug level (envoyproxy/envoy#34227's `encoding headers via codec (end_stream=false):`
 * then `':status', '401'`, `'www-authenticate', 'Bearer realm="…", error="invalid_token"'`; conn_manager_impl.cc's
 * `request headers complete (end_stream=true):` for what the client sent, router.cc's `router decoding headers:` for
 * what Envoy forwards, `upstream headers complete: end_stream=…` for the service's answer). The side is the last
 * marker's; `:status` is the response's status, the other pseudo-headers (`:path`, `:method`, `:authority`) are no
 * header fields.
 */
import type { Side } from '../http.js';
import { isDigit } from './chars.js';
import { addStatus, setKind } from './collect.js';
import type { ScanState } from './state.js';

/** The markers, and the side of the headers printed after each. */
const MARKERS: ReadonlyArray<readonly [string, Side]> = [
  ['encoding headers via codec', 'response'],
  ['upstream headers complete', 'response'],
  ['request headers complete', 'request'],
  ['router decoding headers', 'request'],
];

/** Whether the paste may hold the dump: the words its markers share, one search (ScanState.envoyDump). */
export const ENVOY_DUMP = / headers (?:via codec|complete)|router decoding headers/;

/** The side a marker line in [p, end) opens, or null when it is none. Only the dump's lines ask (its paste holds one). */
export function envoyMarkerSide(text: string, p: number, end: number): Side | null {
  const line = text.slice(p, Math.min(end, p + 400));
  for (const [words, side] of MARKERS) if (line.includes(words)) return side;
  return null;
}

/** The longest header name read. */
const MAX_NAME = 100;

/**
 * A `'name', 'value'` line at p (its first character a quote), on the side the last marker opened: a field, or the
 * status. Returns the line, or -1 when it is no such line.
 */
export function readEnvoyHeaderLine(s: ScanState, li: number, p: number, end: number, side: Side): number {
  const text = s.text;
  let e = end;
  while (e > p && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x0d)) e--;
  if (text.charCodeAt(e - 1) !== 0x27 || e - p < 7) return -1;
  const sep = text.indexOf("', '", p + 1);
  if (sep < 0 || sep > p + 1 + MAX_NAME || sep + 4 > e - 1) return -1;
  const name = text.slice(p + 1, sep).toLowerCase();
  if (!/^:?[a-z0-9!#$%&*+.^_`|~-]{1,100}$/.test(name)) return -1;
  const valueStart = sep + 4;
  const valueEnd = e - 1;
  if (name.charCodeAt(0) === 0x3a /* : */) {
    if (name === ':status' && valueEnd - valueStart === 3) {
      const code = Number(text.slice(valueStart, valueEnd));
      if (isDigit(text.charCodeAt(valueStart)) && code >= 100 && code <= 599) {
        addStatus(s.c, code, null, 'labelled', p, e, li);
        setKind(s.c, li, 'status');
        s.openBlock('response', true, true);
        return li;
      }
    }
    setKind(s.c, li, 'header');
    return li;
  }
  if (!s.block || s.block.side !== side) s.openBlock(side, true, true);
  s.pushField({
    li,
    name,
    known: side,
    form: 'raw',
    start: p,
    end: e,
    valueStart,
    valueEnd,
    value: text.slice(valueStart, valueEnd),
  });
  return li;
}
