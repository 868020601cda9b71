/**
 * Splits a paste into request/response exchanges, after the line scan: `curl -v -L` shows the redirect
 * and then the request it led to (which curl sends without the Authorization header when the host
 * changed), `curl -x` a CONNECT answered `200 Connection established` before the real response,
 * devtools a preflight before the call, an incident thread a 401, the refresh, and the next attempt.
 * The report is about the exchange of the chosen status; the others' fields must not be counted as
 * its own (two attempts are not "two Authorization headers").
 *
 * Linear: one walk over the request starts, the statuses and the fields, each already in order.
 */
import type { Exchange, HeaderField, StatusObservation } from '../http.js';
import type { Collector } from './collect.js';

export interface ExchangeSplit {
  exchanges: Exchange[];
  focus: number | null;
  requestShown: boolean;
  responseShown: boolean;
}

interface Draft {
  line: number;
  statusLine: number;
  request: boolean;
}

export function splitExchanges(c: Collector, chosen: StatusObservation | null): ExchangeSplit {
  const drafts = draftExchanges(c);
  const exchanges = mergeResponseFirst(drafts);
  if (exchanges.length > 1) {
    assign(c.headers, exchanges);
    assign(c.statuses, exchanges);
  }
  const focus = chosen === null || exchanges.length < 2 ? null : (chosen.exchange ?? 0);
  const out = exchanges.map((e) => ({ line: e.line, statusLine: e.statusLine }));
  if (focus === null) return { exchanges: out, focus, requestShown: c.requestShown, responseShown: c.responseShown };
  const from = exchanges[focus]?.line ?? 0;
  const to = exchanges[focus + 1]?.line ?? Number.MAX_SAFE_INTEGER;
  let requestShown = false;
  let responseShown = false;
  for (const { side, line } of c.shown) {
    if (line >= 0 && (line < from || line >= to)) continue;
    if (side === 'request') requestShown = true;
    else responseShown = true;
  }
  return { exchanges: out, focus, requestShown, responseShown };
}

/** A request start after an answered request begins a new exchange. Prose ("it returns 401") answers nothing. */
function draftExchanges(c: Collector): Draft[] {
  const statuses = c.statuses;
  const drafts: Draft[] = [{ line: 0, statusLine: -1, request: false }];
  let current = drafts[0] as Draft;
  let si = 0;
  const absorbStatusesBefore = (line: number): void => {
    for (; si < statuses.length && (statuses[si] as StatusObservation).line < line; si++) {
      const s = statuses[si] as StatusObservation;
      if (s.form !== 'prose' && current.statusLine < 0) current.statusLine = s.line;
    }
  };
  for (const li of c.requestStarts) {
    if (li < current.line) continue;
    absorbStatusesBefore(li);
    if (current.statusLine >= 0 && li > current.line) {
      current = { line: li, statusLine: -1, request: true };
      drafts.push(current);
    } else current.request = true;
  }
  absorbStatusesBefore(Number.MAX_SAFE_INTEGER);
  if (drafts.length > 1) {
    // A request shown by its fields alone (an Authorization line under the response) is a request too.
    let k = 0;
    for (const { side, line } of c.shown) {
      if (side !== 'request' || line < 0) continue;
      while (k + 1 < drafts.length && (drafts[k + 1] as Draft).line <= line) k++;
      (drafts[k] as Draft).request = true;
    }
  }
  return drafts;
}

/** A response pasted above its own request (`HTTP/1.1 401 …` then `GET /x …` with no answer) is one exchange. */
function mergeResponseFirst(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const next = drafts[k + 1];
    if (next !== undefined && d.statusLine >= 0 && !d.request && next.request && next.statusLine < 0) {
      out.push({ line: d.line, statusLine: d.statusLine, request: true });
      k++;
    } else out.push(d);
  }
  return out;
}

/** Sets `exchange` on items ordered by line. */
function assign(items: Array<HeaderField | StatusObservation>, exchanges: readonly Draft[]): void {
  let k = 0;
  let previousLine = -1;
  for (const item of items) {
    if (item.line < previousLine) k = 0;
    previousLine = item.line;
    while (k + 1 < exchanges.length && (exchanges[k + 1] as Draft).line <= item.line) k++;
    item.exchange = k;
  }
}
