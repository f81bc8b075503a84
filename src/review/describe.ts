import type { Allocation, Window, Deadline, Quota } from "../schema/rulebookTypes.js";
import { amountText } from "../evaluate/words.js";
import { code, escapeText, pageWords, type PageWords } from "./markdown.js";

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
export function amount(quantity: Amount, words: PageWords = EN): string {
  if (words.language === "en") return `${quantity.value} ${escapeText(quantity.unit)}`;
  const zh = amountText(quantity.value, quantity.unit, "zh");
  // a unit the words do not know is shown as the rule file states it, in a code span
  return zh === `${quantity.value} ${quantity.unit}` ? `${quantity.value} ${code(quantity.unit)}` : zh;
}

const EN = pageWords("en");

/**
 * A deadline in words: the time allowed, or the date (and time) it falls on.
 *
 * @example
 * ```ts
 * describeDeadline({ id: "appeal", label, value: 7, unit: "days", source }); // "within 7 days"
 * describeDeadline({ id: "materials", label, date: "2017-12-30", time: "17:00", source }); // "by 17:00 on 2017-12-30"
 * ```
 */
export function describeDeadline(deadline: Deadline, words: PageWords = EN): string {
  if ("date" in deadline) return words.say("page.deadlineBy", { date: code(deadline.date), time: deadline.time || undefined });
  return words.say("page.deadlineWithin", { amount: amount(deadline, words) });
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
export function describeAllocation(allocation: Allocation, words: PageWords = EN): string {
  return words.say("page.allocation", {
    ranking: allocation.ranking.map((key) => key.by),
    whenFull: code(allocation.whenLevelFull),
    lower: allocation.whenLevelFull === "placeAtLowerLevel",
  });
}

/**
 * A window in words: its kind and extent.
 *
 * @example
 * ```ts
 * describeWindow({ kind: "yearsUpToAsOf", years: 3, label, source }); // "the 3 years up to the as-of date (`yearsUpToAsOf`)"
 * ```
 */
export function describeWindow(window: Window, words: PageWords = EN): string {
  return words.say("page.window", {
    kind: window.kind,
    kindCode: code(window.kind),
    years: "years" in window ? window.years : 0,
    startsOn: "startsOn" in window ? code(window.startsOn) : "",
    from: "from" in window ? code(window.from) : "",
    to: "to" in window ? code(window.to) : "",
  });
}

/**
 * A quota in words: a count, counts per category, or a share with its rounding.
 *
 * @example
 * ```ts
 * describeQuota({ kind: "count", value: 2, unit: "teams", source }); // "2 teams"
 * ```
 */
export function describeQuota(quota: Quota, words: PageWords = EN): string {
  switch (quota.kind) {
    case "count":
      return amount(quota, words);
    case "perCategory":
      if (words.language === "zh") return quota.counts.map((count) => `${code(count.category)} ${amount({ value: count.value, unit: quota.unit }, words)}`).join("，");
      return `${quota.counts.map((count) => `${code(count.category)} ${count.value}`).join(", ")} ${escapeText(quota.unit)}`;
    case "share":
      return words.say("page.share", {
        percent: Number((quota.share * 100).toFixed(6)),
        of: words.label(quota.of),
        per: quota.per === undefined ? undefined : words.language === "zh" ? code(quota.per) : quota.per,
        rounding: quota.rounding,
        roundingCode: code(quota.rounding),
      });
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
export function describeBounds(band: Bounds, words: PageWords = EN): string {
  const lower = band.min === undefined ? "" : `${band.min.value} ${band.min.inclusive ? "≤" : "<"} `;
  const upper = band.max === undefined ? "" : ` ${band.max.inclusive ? "≤" : "<"} ${band.max.value}`;
  return lower === "" && upper === "" ? words.phrase("any score") : words.say("page.bounds", { lower, upper });
}
