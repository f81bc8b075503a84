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
