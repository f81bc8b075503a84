import { addDays } from "date-fns/addDays";
import { addYears } from "date-fns/addYears";
import { subYears } from "date-fns/subYears";
import { dayOf, isoDay, monthDayBefore, yearOfDay } from "../util/isoDay.js";
import type { Window, JsonValue } from "../schema/rulebookTypes.js";
import { checkAsOf, checkObject } from "../door/checkOptions.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import { isRealDate, isRealMonthDay } from "../schema/checks.js";

/** The most years a window spans (as the rule-file schema allows). */
export const WINDOW_YEARS_MAX = 100;

const refuse = <I extends MessageId>(field: string, messageId: I, params: ParamsOf<I>): never => raise("invalid_option", ["window", field], messageId, params);

/** A window's own fields, checked before anything is made from them (a rule file's schema checks the same). */
function checkWindow(window: Window): void {
  switch (window.kind) {
    case "yearsUpToAsOf":
    case "calendarYearsBeforeRound": {
      const years: unknown = window.years;
      if (typeof years !== "number" || !Number.isInteger(years) || years < 1 || years > WINDOW_YEARS_MAX) {
        refuse("years", "window.years", { max: WINDOW_YEARS_MAX, got: typeof years === "number" ? String(years) : typeof years });
      }
      return;
    }
    case "academicYear":
      if (typeof window.startsOn !== "string" || !/^\d{2}-\d{2}$/.test(window.startsOn) || !isRealMonthDay(window.startsOn)) refuse("startsOn", "window.startsOn", {});
      return;
    case "fixedDates":
      for (const field of ["from", "to"] as const) {
        const date: unknown = window[field];
        if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) refuse(field, "window.date", { field });
      }
      if (window.from > window.to) refuse("to", "window.order", { from: window.from, to: window.to });
      return;
    case "untilAsOf":
    case "calendarYearOfAsOf":
      return;
    default:
      refuse("kind", "window.unknownKind", { kind: (window as { kind?: JsonValue }).kind });
  }
}

/**
 * A window made concrete for one as-of date: dated events count when `from <= date <= to`
 * (ISO strings compare as dates); `years` lists the calendar years it covers, oldest first.
 */
export interface ResolvedWindow {
  from: string | null;
  to: string;
  years: number[] | null;
  /** The years as record keys ("2025"), when an evaluation has resolved them. */
  yearKeys?: readonly string[];
}

/**
 * The round's year for an as-of date: the calendar year of that date (a round evaluated in
 * Nov 2026 is the 2026 round).
 *
 * @example
 * ```ts
 * roundYearOf("2026-11-23"); // 2026
 * ```
 */
export function roundYearOf(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

/**
 * Full years from one `YYYY-MM-DD` date to a later one (a year is full on its anniversary;
 * a 29 Feb start completes its year on 1 Mar in common years). Plain string arithmetic, so
 * no time zone can shift it.
 *
 * @example
 * ```ts
 * fullYearsBetween("2025-11-26", "2026-11-26"); // 1
 * fullYearsBetween("2025-11-27", "2026-11-26"); // 0
 * ```
 */
export function fullYearsBetween(from: string, to: string): number {
  const years = yearOfDay(to) - yearOfDay(from);
  return monthDayBefore(to, from) ? years - 1 : years;
}

/**
 * Makes a window concrete for an as-of date, with date-fns:
 * - `yearsUpToAsOf` N: dated strictly after as-of minus N years, up to and including as-of;
 * - `calendarYearsBeforeRound` N: the N calendar years before the round's year;
 * - `untilAsOf`: everything up to and including as-of;
 * - `calendarYearOfAsOf`: 1 Jan to 31 Dec of the as-of date's year;
 * - `academicYear`: the school year containing as-of, from `startsOn` to the day before the next;
 * - `fixedDates`: the dates the rule file gives.
 *
 * A window whose fields are out of range (years outside 1–100, a day or date that does not exist,
 * an unknown kind) is refused with `invalid_option` before anything is made from it.
 *
 * @example
 * ```ts
 * resolveWindow({ kind: "yearsUpToAsOf", years: 3, label, source }, "2026-11-26");
 * // { from: "2023-11-27", to: "2026-11-26", years: null }
 * resolveWindow({ kind: "calendarYearsBeforeRound", years: 3, label, source }, "2026-11-26");
 * // { from: "2023-01-01", to: "2025-12-31", years: [2023, 2024, 2025] }
 * ```
 */
export function resolveWindow(window: Window, asOf: string): ResolvedWindow {
  checkObject(window, "window");
  checkAsOf(asOf);
  checkWindow(window);
  const asOfDate = dayOf(asOf);
  switch (window.kind) {
    case "yearsUpToAsOf":
      return { from: isoDay(addDays(subYears(asOfDate, window.years), 1)), to: asOf, years: null };
    case "calendarYearsBeforeRound": {
      const roundYear = roundYearOf(asOf);
      const years = Array.from({ length: window.years }, (_, index) => roundYear - window.years + index);
      return { from: `${years[0]}-01-01`, to: `${roundYear - 1}-12-31`, years };
    }
    case "untilAsOf":
      return { from: null, to: asOf, years: null };
    case "calendarYearOfAsOf": {
      const year = roundYearOf(asOf);
      return { from: `${year}-01-01`, to: `${year}-12-31`, years: [year] };
    }
    case "academicYear": {
      const year = roundYearOf(asOf);
      const startYear = asOf.slice(5) >= window.startsOn ? year : year - 1;
      const from = `${startYear}-${window.startsOn}`;
      return { from, to: isoDay(addDays(addYears(dayOf(from), 1), -1)), years: null };
    }
    case "fixedDates":
      return { from: window.from, to: window.to, years: null };
  }
}
