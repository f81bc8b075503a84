import type { Award } from "../schema/rulebook.js";
import { checkObject } from "../evaluate/checkOptions.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";

/** The concrete dates of one round. */
export interface RoundDates {
  year: number;
  applicationOpens: string;
  applicationCloses: string;
  reviewAndPublicationBy: string;
  demonstrationPeriod: { from: string; to: string };
  /** Half-year self-review deadlines, in order. */
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
  checkObject(checkObject(award, "award").calendar, "award.calendar");
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new AwardRulesError([{ code: "invalid_option", path: ["year"], message: `year must be a whole number from 1900 to 2199, got ${year}` }]);
  }
  const { calendar } = award;
  return {
    year,
    applicationOpens: `${year}-${calendar.applicationWindow.from}`,
    applicationCloses: `${year}-${calendar.applicationWindow.to}`,
    reviewAndPublicationBy: `${year}-${calendar.reviewAndPublicationBy.day}`,
    demonstrationPeriod: {
      from: `${year}-${calendar.demonstrationPeriod.from}`,
      to: `${year + calendar.demonstrationPeriod.toYearOffset}-${calendar.demonstrationPeriod.to}`,
    },
    halfYearReviewsDue: calendar.halfYearReviewsDue.dates.map((entry) => `${year + entry.yearOffset}-${entry.day}`).sort(),
  };
}
