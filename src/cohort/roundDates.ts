import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { roundCalendar, type RoundDates } from "../compile/roundCalendar.js";
import { AwardRulesError, type SafeResult } from "../errors/AwardRulesError.js";
import { raise } from "../messages/issueOf.js";
import { toSafe } from "../messages/issueOf.js";
import { unknownAwardIssue } from "../evaluate/unknownAward.js";
import { checkKnownKeys, checkText, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";

/**
 * Options of `roundDates`: the round's year, and the award (defaults to the rulebook's first).
 *
 * @example
 * ```ts
 * const options: RoundDatesOptions = { year: 2026, award: "model-post" };
 * ```
 */
export interface RoundDatesOptions {
  year: number;
  award?: string;
}

/**
 * The dates of a round held in a year, from the award's calendar in its rule file (000 §五(一)–(三),
 * §二): when applications open and close, the day review and publication are due, the term the
 * holders hold the title (the demonstration period), and the dates their reviews are due. An award
 * without a calendar, an unknown award or a year outside 1900–2199 is an `AwardRulesError`.
 *
 * @example
 * ```ts
 * const dates = roundDates(bundledRulebook(), { year: 2026 });
 * dates.applicationCloses;  // "2026-11-25"
 * dates.demonstrationPeriod; // { from: "2026-11-01", to: "2027-10-31" }
 * dates.halfYearReviewsDue;  // ["2027-05-30", "2027-11-30"]
 * ```
 */
export function roundDates(compiled: CompiledRulebook, options: RoundDatesOptions): RoundDates {
  checkCompiled(compiled);
  const given = readOptions(options, "options", { required: true });
  checkKnownKeys(given, ["year", "award"], []);
  const awardId = checkText(given.award, ["award"], { optional: true });
  const award = awardId === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === awardId);
  if (award === undefined) throw new AwardRulesError([unknownAwardIssue(compiled, awardId, "level")]);
  if (typeof given.year !== "number" || !Number.isInteger(given.year) || given.year < 1900 || given.year > 2199) {
    raise("invalid_option", ["year"], "option.badYear", { got: describeValue(given.year) });
  }
  return roundCalendar(award.award, given.year);
}

/**
 * `roundDates` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const dates = safeRoundDates(bundledRulebook(), { year: 2026 });
 * ```
 */
export function safeRoundDates(compiled: CompiledRulebook, options: RoundDatesOptions): SafeResult<RoundDates> {
  return toSafe(() => roundDates(compiled, options));
}
