import type { Allocation } from "../schema/allocation.js";
import type { Window } from "../schema/rulebook.js";
import type { Deadline } from "../schema/entitlements.js";
import type { Quota } from "../schema/scoring.js";
import { bilingual, code, escapeText } from "./markdown.js";

/** A quantity or place limit's number and unit. */
export interface Amount {
  value: number;
  unit: string;
}

/**
 * A quantity in words: its value and unit.
 *
 * @example
 * ```ts
 * amount({ value: 500, unit: "CNY per person" }); // "500 CNY per person"
 * ```
 */
export function amount(quantity: Amount): string {
  return `${quantity.value} ${escapeText(quantity.unit)}`;
}

const RANK_KEYS: Record<Allocation["ranking"][number]["by"], string> = {
  score: "score (highest first)",
  committeeRank: "committee rank",
  recordId: "record id",
};

/**
 * A deadline in words: the time allowed, or the date (and time) it falls on.
 *
 * @example
 * ```ts
 * describeDeadline({ id: "appeal", label, value: 7, unit: "days", source }); // "within 7 days"
 * describeDeadline({ id: "materials", label, date: "2017-12-30", time: "17:00", source }); // "by 17:00 on 2017-12-30"
 * ```
 */
export function describeDeadline(deadline: Deadline): string {
  if ("date" in deadline) return `by ${deadline.time ? `${deadline.time} on ` : ""}${code(deadline.date)}`;
  return `within ${amount(deadline)}`;
}

/**
 * An allocation in words: the ranking keys in order and what happens when a level is full.
 *
 * @example
 * ```ts
 * describeAllocation(award.allocation);
 * // "ranked by committee rank, then record id; when a level is full: `placeAtLowerLevel` …"
 * ```
 */
export function describeAllocation(allocation: Allocation): string {
  const full = allocation.whenLevelFull === "placeAtLowerLevel" ? "placed at the highest lower level they also qualify for that has room" : "left out";
  return `ranked by ${allocation.ranking.map((key) => RANK_KEYS[key.by]).join(", then ")}; when a level is full (${code(allocation.whenLevelFull)}): ${full}`;
}

/**
 * A window in words: its kind and extent.
 *
 * @example
 * ```ts
 * describeWindow({ kind: "yearsUpToAsOf", years: 3, label, source }); // "the 3 years up to the as-of date (`yearsUpToAsOf`)"
 * ```
 */
export function describeWindow(window: Window): string {
  const extent = ((): string => {
    switch (window.kind) {
      case "yearsUpToAsOf":
        return `the ${years(window.years)} up to the as-of date`;
      case "calendarYearsBeforeRound":
        return window.years === 1 ? "the calendar year before the round's year" : `the ${window.years} calendar years before the round's year`;
      case "untilAsOf":
        return "everything dated on or before the as-of date";
      case "calendarYearOfAsOf":
        return "the calendar year of the as-of date";
      case "academicYear":
        return `the school year containing the as-of date, starting on ${code(window.startsOn)}`;
      case "fixedDates":
        return `${code(window.from)} to ${code(window.to)}, both included`;
    }
  })();
  return `${extent} (${code(window.kind)})`;
}

const years = (count: number): string => (count === 1 ? "year" : `${count} years`);

const ROUNDING: Record<string, string> = { floor: "rounded down", ceil: "rounded up", roundHalfUp: "rounded half up" };

/**
 * A quota in words: a count, counts per category, or a share with its rounding.
 *
 * @example
 * ```ts
 * describeQuota({ kind: "count", value: 2, unit: "teams", source }); // "2 teams"
 * ```
 */
export function describeQuota(quota: Quota): string {
  switch (quota.kind) {
    case "count":
      return amount(quota);
    case "perCategory":
      return `${quota.counts.map((count) => `${code(count.category)} ${count.value}`).join(", ")} ${escapeText(quota.unit)}`;
    case "share": {
      const per = quota.per === undefined ? "" : ` per ${quota.per}`;
      return `${Number((quota.share * 100).toFixed(6))}% of ${bilingual(quota.of)}${per}, ${ROUNDING[quota.rounding] ?? quota.rounding} (${code(quota.rounding)})`;
    }
  }
}

/** A grade band's bounds. */
export interface Bounds {
  min?: { value: number; inclusive: boolean } | undefined;
  max?: { value: number; inclusive: boolean } | undefined;
}

/**
 * A grade band's bounds as an inequality on the score.
 *
 * @example
 * ```ts
 * describeBounds({ min: { value: 80, inclusive: true }, max: { value: 90, inclusive: false } }); // "80 ≤ score < 90"
 * ```
 */
export function describeBounds(band: Bounds): string {
  const lower = band.min === undefined ? "" : `${band.min.value} ${band.min.inclusive ? "≤" : "<"} `;
  const upper = band.max === undefined ? "" : ` ${band.max.inclusive ? "≤" : "<"} ${band.max.value}`;
  return lower === "" && upper === "" ? "any score" : `${lower}score${upper}`;
}
