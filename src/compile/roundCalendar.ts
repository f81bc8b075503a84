import type { Award } from "../schema/rulebook.js";
import { checkObject } from "../door/checkOptions.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";

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
    throw new AwardRulesError([{ code: "invalid_option", path: ["award", "calendar"], message: `award ${String(award.id)} has no calendar` }]);
  }
  checkObject(award.calendar, "award.calendar");
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new AwardRulesError([{ code: "invalid_option", path: ["year"], message: `year must be a whole number from 1900 to 2199, got ${year}` }]);
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
