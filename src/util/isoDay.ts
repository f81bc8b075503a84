/**
 * A date's calendar day written `YYYY-MM-DD`, read in local time as date-fns' `parseISO` builds it
 * (so `isoDay(parseISO("2026-11-26"))` is "2026-11-26" in every time zone). Replaces date-fns'
 * `format`, whose locale machinery the library does not need.
 *
 * @example
 * ```ts
 * isoDay(new Date(2026, 10, 26)); // "2026-11-26"
 * ```
 */
export function isoDay(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, "0");
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/**
 * The local-time midnight of a `YYYY-MM-DD` day, as date-fns' `parseISO` gives it for a date
 * alone (years below 100 included), for the date-fns arithmetic that follows. Every date reaching
 * it was checked at the door; `parseISO`'s general ISO 8601 reader (times, weeks, zones) would
 * add to every browser bundle for nothing.
 *
 * @example
 * ```ts
 * isoDay(dayOf("2026-11-26")); // "2026-11-26"
 * ```
 */
export function dayOf(text: string): Date {
  const date = new Date(0);
  date.setFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  date.setHours(0, 0, 0, 0);
  return date;
}

/**
 * The year of a checked `YYYY-MM-DD` day, read from its first four digits (no substring made:
 * this runs for every dated leaf of every record).
 *
 * @example
 * ```ts
 * yearOfDay("2025-03-02"); // 2025
 * ```
 */
export function yearOfDay(day: string): number {
  return (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
}

/**
 * Whether the month and day of one checked `YYYY-MM-DD` day come before those of another
 * (`"2026-03-01"` before `"2020-11-26"`: March before November), compared digit by digit.
 *
 * @example
 * ```ts
 * monthDayBefore("2026-03-01", "2020-11-26"); // true
 * ```
 */
export function monthDayBefore(day: string, other: string): boolean {
  for (let at = 5; at < 10; at += 1) {
    const difference = day.charCodeAt(at) - other.charCodeAt(at);
    if (difference !== 0) return difference < 0;
  }
  return false;
}
