import { raise } from "../messages/issueOf.js";
import type { Quota } from "../schema/rulebookTypes.js";
import { checkObject } from "../door/checkOptions.js";
import { describeValue } from "../text/describeValue.js";

/**
 * The number of places a quota gives: a count as is; a share of a population rounded by its
 * named rule (`floor`, `ceil`, `roundHalfUp`). Per-category quotas need `category`.
 *
 * @example
 * ```ts
 * const source = { document: "004", clause: "篇11 第五条4" };
 * quotaPlaces({ kind: "share", share: 0.12, of: { zh: "职工", en: "staff" }, rounding: "floor", source }, 30); // 3 (12% of 30 is 3.6)
 * ```
 */
export function quotaPlaces(quota: Quota, population: number, category?: string): number {
  checkObject(quota, "quota");
  if (!Number.isInteger(population) || population < 0) {
    raise("invalid_option", ["population"], "option.population", { got: describeValue(population) });
  }
  switch (quota.kind) {
    case "count":
      return quota.value;
    case "perCategory": {
      const entry = quota.counts.find((count) => count.category === category);
      if (!entry) {
        return raise("unknown_category", ["category"], "quota.noCategory", { got: describeValue(category) });
      }
      return entry.value;
    }
    case "share": {
      // Work in whole hundred-thousandths so 0.1 × 70 is exactly 7, not 7.000000000000001.
      const exact = Math.round(quota.share * 100000) * population;
      const whole = Math.floor(exact / 100000);
      const remainder = exact - whole * 100000;
      if (quota.rounding === "floor") return whole;
      if (quota.rounding === "ceil") return remainder > 0 ? whole + 1 : whole;
      return remainder * 2 >= 100000 ? whole + 1 : whole;
    }
  }
}
