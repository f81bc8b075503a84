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

/** The parts of a `YYYY-MM-DD` day. */
const partsOf = (day: string): [number, number, number] => [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];

/** A day written `YYYY-MM-DD` from its parts in UTC (the year set apart, so years before 100 stay themselves). */
function written(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** A day's midnight in UTC. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * A calendar day `YYYY-MM-DD` moved by whole years (back when negative); 29 February becomes
 * 28 February in a year without it, as date-fns' `addYears` does (a test holds them equal).
 *
 * @example
 * ```ts
 * addYearsToDay("2024-02-29", 1); // "2025-02-28"
 * addYearsToDay("2026-11-26", -3); // "2023-11-26"
 * ```
 */
export function addYearsToDay(day: string, years: number): string {
  const [year, month, date] = partsOf(day);
  const lastOfMonth = utcDay(year + years, month + 1, 0).getUTCDate();
  return written(utcDay(year + years, month, Math.min(date, lastOfMonth)));
}

/**
 * A calendar day `YYYY-MM-DD` moved by whole days (back when negative), as date-fns' `addDays`
 * does (a test holds them equal).
 *
 * @example
 * ```ts
 * addDaysToDay("2026-02-28", 1); // "2026-03-01"
 * addDaysToDay("2027-01-01", -1); // "2026-12-31"
 * ```
 */
export function addDaysToDay(day: string, days: number): string {
  const [year, month, date] = partsOf(day);
  return written(utcDay(year, month, date + days));
}
