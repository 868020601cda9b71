/** Language-independent pieces of time formatting. */

const MS_PER_DAY = 86_400_000;
/** ECMAScript's time value range: ±100,000,000 days around the epoch (ECMA-262 §21.4.1.1). */
const MAX_TIME_MS = 8.64e15;

/** `00`…`99`, made once: a report formats a few times, each with five two-digit fields. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

function two(n: number): string {
  return TWO_DIGITS[n] as string;
}

/**
 * The year as `Date.prototype.toISOString` writes it: four digits in 0000–9999, else the expanded form,
 * a sign and six digits (`+010000`, `-000001`).
 */
function isoYear(y: number): string {
  if (y >= 0 && y <= 9999) return `${y}`.padStart(4, '0');
  return `${y < 0 ? '-' : '+'}${`${Math.abs(y)}`.padStart(6, '0')}`;
}

/**
 * Epoch seconds → `2026-05-28T14:02:11Z` (milliseconds shown only when there are any), exactly what
 * `new Date(seconds * 1000).toISOString()` gives without its `.000`. Computed with integer arithmetic
 * (civil-from-days, H. Hinnant's proleptic Gregorian algorithm) rather than through a Date: a report
 * formats the same few times many times over, and the Date round trip was a visible share of a
 * diagnosis. test/messages/time-format.test.ts holds it to toISOString over the whole Date range.
 */
export function isoOf(seconds: number): string {
  // Whole seconds from 1970 to 2038 (every `exp`, `iat` and `now` in practice) in int32 arithmetic, where V8 divides
  // by a constant with a multiplication: the general path's floating-point divisions made it 2.5 times as slow, and
  // it was 5% of the checks and the conclusion of the examples.
  if ((seconds | 0) === seconds && seconds >= 0) return isoOfInt32(seconds);
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS) return String(seconds);
  // TimeClip: a Date keeps the integer part of the milliseconds, towards zero (`+ 0` turns -0 into 0).
  const t = Math.trunc(ms) + 0;
  const days = Math.floor(t / MS_PER_DAY);
  const inDay = t - days * MS_PER_DAY;
  // Days since 0000-03-01, so that a leap day ends its year; eras of 400 years repeat exactly.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor((inDay % 3_600_000) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  const milli = inDay % 1000;
  // The usual case, a whole second in years 0000-9999 (isoChars).
  if (milli === 0 && year >= 0 && year <= 9999) return isoChars(year, month, day, h, m, s);
  const fraction = milli === 0 ? '' : `.${`${milli}`.padStart(3, '0')}`;
  return `${isoYear(year)}-${two(month)}-${two(day)}T${two(h)}:${two(m)}:${two(s)}${fraction}Z`;
}

/** isoOf for whole seconds in [0, 2^31): the same algorithm in integer arithmetic (`| 0` truncates, as floor does here). */
function isoOfInt32(seconds: number): string {
  const days = (seconds / 86_400) | 0;
  const inDay = seconds - days * 86_400;
  const z = days + 719_468;
  const era = (z / 146_097) | 0;
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = (inDay / 3600) | 0;
  const inHour = inDay - h * 3600;
  const m = (inHour / 60) | 0;
  const s = inHour - m * 60;
  return isoChars(year, month, day, h, m, s);
}

/**
 * `YYYY-MM-DDThh:mm:ssZ` from its fields (whole numbers, the year in 0-9999) as one string of 20 character codes: a
 * template builds it through a dozen intermediate strings, which was most of isoOf's cost.
 */
function isoChars(year: number, month: number, day: number, h: number, m: number, s: number): string {
  return String.fromCharCode(
    0x30 + ((year / 1000) | 0),
    0x30 + (((year / 100) | 0) % 10),
    0x30 + (((year / 10) | 0) % 10),
    0x30 + (year % 10),
    0x2d,
    0x30 + ((month / 10) | 0),
    0x30 + (month % 10),
    0x2d,
    0x30 + ((day / 10) | 0),
    0x30 + (day % 10),
    0x54,
    0x30 + ((h / 10) | 0),
    0x30 + (h % 10),
    0x3a,
    0x30 + ((m / 10) | 0),
    0x30 + (m % 10),
    0x3a,
    0x30 + ((s / 10) | 0),
    0x30 + (s % 10),
    0x5a,
  );
}

export function splitDuration(seconds: number): { d: number; h: number; m: number; s: number } {
  const total = Math.max(0, Math.round(Math.abs(seconds)));
  return {
    d: Math.floor(total / 86_400),
    h: Math.floor((total % 86_400) / 3600),
    m: Math.floor((total % 3600) / 60),
    s: total % 60,
  };
}
