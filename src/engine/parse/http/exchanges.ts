/**
 * Splits a paste into request/response exchanges, after the line scan: `curl -v -L` shows the redirect
 * and then the request it led to (which curl sends without the Authorization header when the host
 * changed), `curl -x` a CONNECT answered `200 Connection established` before the real response,
 * devtools or a HAR a preflight before the call, an incident thread a 401, the refresh, and the next
 * attempt. The report is about the exchange of the chosen status; the others' fields must not be
 * counted as its own (two attempts are not "two Authorization headers").
 *
 * Linear: one walk over the request starts, the statuses and the fields, each in order.
 */
import type { Exchange, HeaderField, StatusObservation } from '../http.js';
import type { Collector } from './collect.js';

export interface ExchangeSplit {
  /** The status the paste is about, once exchanges are known (see `aboutTheApi`). */
  status: StatusObservation | null;
  exchanges: Exchange[];
  focus: number | null;
  requestShown: boolean;
  responseShown: boolean;
}

interface Draft {
  start: number;
  statusAt: number;
  request: boolean;
}

export function splitExchanges(
  c: Collector,
  first: StatusObservation | null,
  choose: (statuses: readonly StatusObservation[]) => StatusObservation | null,
): ExchangeSplit {
  const exchanges = mergeResponseFirst(draftExchanges(c));
  let chosen = first;
  if (exchanges.length > 1) {
    assign(c.headers, exchanges);
    assign(c.statuses, exchanges);
    chosen = aboutTheApi(c, exchanges, chosen, choose);
  }
  const unanswered = chosen === null ? -1 : callAfterPreflight(c, exchanges, chosen);
  if (unanswered >= 0) chosen = null;
  const focus = unanswered >= 0 ? unanswered : chosen === null || exchanges.length < 2 ? null : (chosen.exchange ?? 0);
  const out = exchanges.map((e) => ({ start: e.start, statusAt: e.statusAt }));
  if (focus === null) {
    const responseShown = c.responseShown && !shownOnlyForOthers(c, chosen);
    return { status: chosen, exchanges: out, focus, requestShown: c.requestShown, responseShown };
  }
  const from = exchanges[focus]?.start ?? 0;
  const to = exchanges[focus + 1]?.start ?? Number.MAX_SAFE_INTEGER;
  let requestShown = false;
  let responseShown = false;
  for (const { side, at } of c.shown) {
    if (at >= 0 && (at < from || at >= to)) continue;
    if (side === 'request') requestShown = true;
    else responseShown = true;
  }
  return { status: chosen, exchanges: out, focus, requestShown, responseShown };
}

/**
 * Whether every response field shown follows another status than the chosen one (the nearest status line before it
 * has another code): then those are that response's headers, and the chosen status's are not in the paste. A token
 * endpoint's `HTTP/1.1 400` with its Content-Type, then the API's 401 only told ("and GET /v1/orders → 401"): the 401
 * shows no headers, so it lacks no WWW-Authenticate ("Absent is not missing"). A field before every status, or under
 * a status of the chosen code, is the chosen response's. One walk over the statuses and the fields, both in order.
 */
function shownOnlyForOthers(c: Collector, chosen: StatusObservation | null): boolean {
  if (chosen === null || c.statuses.length < 2) return false;
  // Statuses or fields read out of the text's order (a HAR's JSON) have no line to sit under: not judged.
  for (let i = 1; i < c.statuses.length; i++)
    if ((c.statuses[i] as StatusObservation).start < (c.statuses[i - 1] as StatusObservation).start) return false;
  let s = -1;
  let last = -1;
  for (const { side, at } of c.shown) {
    if (side !== 'response') continue;
    if (at < last) return false;
    last = at;
    while (s + 1 < c.statuses.length && (c.statuses[s + 1] as StatusObservation).start <= at) s++;
    if (s < 0 || (c.statuses[s] as StatusObservation).code === chosen.code) return false;
  }
  return true;
}

/**
 * The exchange of the call a preflight came before, when the status is the preflight's own 2xx and the call's answer
 * is not in the paste (a HAR or devtools copy cut after the call's request): -1 otherwise. The 204 let the browser
 * send the call; it says nothing of how the call was answered, so the paste shows no status for it.
 */
function callAfterPreflight(c: Collector, exchanges: readonly Draft[], chosen: StatusObservation): number {
  if (c.preflights.length === 0 || exchanges.length < 2 || chosen.code < 200 || chosen.code > 299) return -1;
  const k = chosen.exchange ?? 0;
  const from = (exchanges[k] as Draft).start;
  if (!c.preflights.some((at) => at >= from && at < chosen.start)) return -1;
  for (let n = exchanges.length - 1; n > k; n--) {
    const e = exchanges[n] as Draft;
    if (e.request && e.statusAt < 0) return n;
  }
  return -1;
}

/**
 * A call to the token endpoint (a `…/token` URL, a `grant_type=` body: a refresh, client credentials) is
 * the client getting a token, not the API refusing one: when the paste also shows the API's answer, that
 * is the status the paste is about (a 401, then a refresh refused with 400/401/403 `invalid_grant`). It
 * carries no Authorization by design, so judging its request would report a missing header that is not.
 */
function aboutTheApi(
  c: Collector,
  exchanges: readonly Draft[],
  chosen: StatusObservation | null,
  choose: (statuses: readonly StatusObservation[]) => StatusObservation | null,
): StatusObservation | null {
  if (chosen === null || exchanges.length < 2) return chosen;
  const grants = grantRequests(c);
  const starts = c.requestStarts;
  /** Whether the request a status answers (the last one begun before it) is a token request. */
  const answersGrant = (s: StatusObservation): boolean => {
    let lo = -1;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= s.start) lo = mid;
      else hi = mid - 1;
    }
    return lo >= 0 && grants[lo] === true;
  };
  if (!answersGrant(chosen)) return chosen;
  return choose(c.statuses.filter((s) => !answersGrant(s))) ?? chosen;
}

/**
 * Per request start: its text (to the next start) names the token endpoint or a grant. The next
 * occurrence of each is found once and only moves forward, so the whole text is read once.
 */
function grantRequests(c: Collector): boolean[] {
  const text = c.text;
  const starts = c.requestStarts;
  const out: boolean[] = [];
  let grant = text.indexOf('grant_type');
  let endpoint = nextTokenEndpoint(text, 0);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] ?? text.length;
    while (grant >= 0 && grant < from) grant = text.indexOf('grant_type', grant + 10);
    while (endpoint >= 0 && endpoint < from) endpoint = nextTokenEndpoint(text, endpoint + 6);
    out.push((grant >= 0 && grant < to) || (endpoint >= 0 && endpoint < to));
  }
  return out;
}

/** The next `/token` ending a path (`/oauth/token`, `/oauth2/v2.0/token`, `…/openid-connect/token`), or -1. */
function nextTokenEndpoint(text: string, from: number): number {
  for (let at = text.indexOf('/token', from); at >= 0; at = text.indexOf('/token', at + 6)) {
    const after = text.charCodeAt(at + 6);
    if (Number.isNaN(after) || after === 0x20 || after === 0x0a || after === 0x22 || after === 0x27 || after === 0x3f)
      return at;
  }
  return -1;
}

/** A request start after an answered request begins a new exchange. Prose ("it returns 401") answers nothing. */
function draftExchanges(c: Collector): Draft[] {
  const statuses = c.statuses;
  const starts = c.requestStarts;
  // Lines come in order; HAR entries are read after the lines.
  for (let i = 1; i < starts.length; i++) {
    if ((starts[i - 1] as number) > (starts[i] as number)) {
      starts.sort((a, b) => a - b);
      break;
    }
  }
  const drafts: Draft[] = [{ start: 0, statusAt: -1, request: false }];
  let current = drafts[0] as Draft;
  let si = 0;
  const absorbStatusesBefore = (at: number): void => {
    for (; si < statuses.length && (statuses[si] as StatusObservation).start < at; si++) {
      const s = statuses[si] as StatusObservation;
      if (s.form !== 'prose' && current.statusAt < 0) current.statusAt = s.start;
    }
  };
  for (const at of starts) {
    if (at < current.start) continue;
    absorbStatusesBefore(at);
    if (current.statusAt >= 0 && at > current.start) {
      current = { start: at, statusAt: -1, request: true };
      drafts.push(current);
    } else current.request = true;
  }
  absorbStatusesBefore(Number.MAX_SAFE_INTEGER);
  if (drafts.length > 1) {
    // A request shown by its fields alone (an Authorization line under the response) is a request too.
    let k = 0;
    for (const { side, at } of c.shown) {
      if (side !== 'request' || at < 0) continue;
      while (k + 1 < drafts.length && (drafts[k + 1] as Draft).start <= at) k++;
      (drafts[k] as Draft).request = true;
    }
  }
  return drafts;
}

/** A response pasted above its own request (`HTTP/1.1 401 …` then `GET /x …` with no answer) is one exchange. */
function mergeResponseFirst(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const next = drafts[k + 1];
    if (next !== undefined && d.statusAt >= 0 && !d.request && next.request && next.statusAt < 0) {
      out.push({ start: d.start, statusAt: d.statusAt, request: true });
      k++;
    } else out.push(d);
  }
  return out;
}

/** Sets `exchange` on items ordered by offset. */
function assign(items: Array<HeaderField | StatusObservation>, exchanges: readonly Draft[]): void {
  let k = 0;
  for (const item of items) {
    while (k + 1 < exchanges.length && (exchanges[k + 1] as Draft).start <= item.start) k++;
    item.exchange = k;
  }
}
