/**
 * Epoch seconds from the two time strings every diagnosis reads: the caller's `now`
 * (`2026-05-28T14:10:00Z`) and the pasted `Date` header (`Thu, 28 May 2026 14:09:58 GMT`).
 *
 * `Date.parse` of either costs about as much as a small check of the diagnosis. These read the usual
 * shapes with integer arithmetic and return null for anything else, which the callers then give to
 * `Date.parse` as before. Only days 01–28 are taken (a day that a month may not have is left to
 * `Date.parse`, whatever it makes of it). test/engine/fast-paths.test.ts holds both to
 * `Math.floor(Date.parse(s) / 1000)`.
 */

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's days-from-civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The value of `n` decimal digits at `at`, or -1 when any is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Epoch milliseconds of a UTC date and time whose fields are in range. */
function utcMs(year: number, month: number, day: number, h: number, m: number, s: number): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((h * 60 + m) * 60 + s) * 1000;
}

/** Whether the fields are in the ranges the fast paths take (days 01–28 only, see above). */
function inRange(month: number, day: number, h: number, m: number, s: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 28 && h <= 23 && m <= 59 && s <= 59;
}

/**
 * `YYYY-MM-DDTHH:MM:SS` with no fraction or one of 1–3 digits, then `Z` or `±HH:MM` (the shape
 * options.ts's COMMON_ISO lets through, fractions of up to 3 digits): floor(Date.parse(s) / 1000), or
 * null for any other string.
 */
export function isoSeconds(s: string): number | null {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54) return null;
  if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const m = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (year < 0 || month < 0 || day < 0 || h < 0 || m < 0 || sec < 0 || !inRange(month, day, h, m, sec)) return null;
  let at = 19;
  if (s.charCodeAt(at) === 0x2e) {
    // The fraction is below a second: it cannot change the floored seconds.
    let k = at + 1;
    while (k < n && k <= at + 3 && digits(s, k, 1) >= 0) k++;
    if (k === at + 1) return null;
    at = k;
  }
  let offsetMinutes = 0;
  const sign = s.charCodeAt(at);
  if (sign === 0x5a /* Z */ && at + 1 === n) offsetMinutes = 0;
  else if ((sign === 0x2b || sign === 0x2d) && at + 6 === n && s.charCodeAt(at + 3) === 0x3a) {
    const oh = digits(s, at + 1, 2);
    const om = digits(s, at + 4, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return null;
    offsetMinutes = (sign === 0x2b ? 1 : -1) * (oh * 60 + om);
  } else return null;
  return Math.floor((utcMs(year, month, day, h, m, sec) - offsetMinutes * 60_000) / 1000);
}

/**
 * An ISO-8601 date and time with its zone: what isoSeconds leaves to Date.parse (days 29-31, longer fractions such as
 * Go's nanoseconds, and PHP's `DateTime::ISO8601`, whose offset has no colon: php-jwt's "Cannot handle token with nbf
 * prior to 2026-05-28T14:20:00+0000").
 */
const ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)$/;

/** isoSeconds, or for the wider zoned shapes verifiers print (ISO_WITH_ZONE) floor(Date.parse(s) / 1000); else null. */
export function zonedIsoSeconds(s: string): number | null {
  const fast = isoSeconds(s);
  if (fast !== null || !ISO_WITH_ZONE.test(s)) return fast;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

/** Month abbreviations of an HTTP date, as RFC 9110 spells them. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

/**
 * An IMF-fixdate exactly (`Thu, 28 May 2026 14:09:58 GMT`, RFC 9110 §5.6.7, what servers send):
 * floor(Date.parse(s) / 1000), or null for any other string. The weekday is not checked against the
 * date (Date.parse does not either), only that it is one. Years before 1000 are left to Date.parse.
 */
export function httpDateSeconds(s: string): number | null {
  if (s.length !== 29 || s.charCodeAt(3) !== 0x2c || s.charCodeAt(4) !== 0x20 || !s.endsWith(' GMT')) return null;
  if (s.charCodeAt(7) !== 0x20 || s.charCodeAt(11) !== 0x20 || s.charCodeAt(16) !== 0x20) return null;
  if (s.charCodeAt(19) !== 0x3a || s.charCodeAt(22) !== 0x3a) return null;
  if (!WEEKDAYS.has(s.slice(0, 3))) return null;
  const month = MONTHS.indexOf(s.slice(8, 11)) + 1;
  const day = digits(s, 5, 2);
  const year = digits(s, 12, 4);
  const h = digits(s, 17, 2);
  const m = digits(s, 20, 2);
  const sec = digits(s, 23, 2);
  // Date.parse's legacy parser reads a two-digit year as 19xx or 20xx, whatever the zeros before it.
  if (month < 1 || day < 0 || year < 1000 || h < 0 || m < 0 || sec < 0 || !inRange(month, day, h, m, sec)) return null;
  return Math.floor(utcMs(year, month, day, h, m, sec) / 1000);
}

const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/** httpDateSeconds, with the days 29–31 its fast path leaves out given to Date.parse (a SAS that expired on the 31st). */
export function imfDateSeconds(s: string): number | null {
  const fast = httpDateSeconds(s);
  if (fast !== null || !IMF_FIXDATE.test(s)) return fast;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}
