import type { Award } from "../schema/rulebookTypes.js";
import { checkObject } from "../door/checkOptions.js";
import { raise } from "../messages/issueOf.js";

/** The concrete dates of one round; a date the award's calendar does not give is null. */
export interface RoundDates {
  year: number;
  applicationOpens: string;
  applicationCloses: string;
  reviewAndPublicationBy: string | null;
  demonstrationPeriod: { from: string; to: string } | null;
  /** Periodic review deadlines, in order (empty when the calendar gives none). */
  halfYearReviewsDue: string[];
}

/**
 * The dates of an award's round held in a given year, from the calendar in its rule file.
 *
 * @example
 * ```ts
 * const dates = roundCalendar(award, 2026);
 * dates.applicationCloses;   // "2026-11-25"
 * dates.halfYearReviewsDue;  // ["2027-05-30", "2027-11-30"]
 * ```
 */
export function roundCalendar(award: Award, year: number): RoundDates {
  checkObject(award, "award");
  if (award.calendar === undefined) {
    raise("invalid_option", ["award", "calendar"], "calendar.none", { award: String(award.id) });
  }
  checkObject(award.calendar, "award.calendar");
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    raise("invalid_option", ["year"], "option.badYear", { got: String(year) });
  }
  const { calendar } = award;
  return {
    year,
    applicationOpens: `${year}-${calendar.applicationWindow.from}`,
    applicationCloses: `${year}-${calendar.applicationWindow.to}`,
    reviewAndPublicationBy: calendar.reviewAndPublicationBy ? `${year}-${calendar.reviewAndPublicationBy.day}` : null,
    demonstrationPeriod: calendar.demonstrationPeriod
      ? { from: `${year}-${calendar.demonstrationPeriod.from}`, to: `${year + calendar.demonstrationPeriod.toYearOffset}-${calendar.demonstrationPeriod.to}` }
      : null,
    halfYearReviewsDue: (calendar.halfYearReviewsDue?.dates ?? []).map((entry) => `${year + entry.yearOffset}-${entry.day}`).sort(),
  };
}
