import type { MessageId, ParamsOf } from "../../messages/catalog.js";
import { raise } from "../../messages/issueOf.js";
import { mapValues } from "../../schema/describeField.js";
import type { JsonValue } from "../../schema/condition.js";

/** Every rating an annual appraisal may hold (the candidate record's own list), read when first needed. */
let appraisalRatings: string[] | undefined;
const ratingsRecordsHold = (): string[] => (appraisalRatings ??= (mapValues("annualAppraisals") ?? []) as string[]);
import { FALSE, TRUE, UNKNOWN } from "../context.js";
import type { AppraisalWindow } from "../facts/yearlyFacts.js";
import { defineOperator, type OperatorScope } from "./types.js";

interface PatternArg {
  rating: string;
  ratingRank: number;
  minTimes: number;
  includingLatestYear: boolean;
  othersRank: number;
  ranks: Map<string, number>;
  ratingLabel: { zh: string; en: string };
}

const KEYS = new Set(["scale", "rating", "minTimes", "includingLatestYear", "othersAtLeast"]);

function prepare(value: unknown, scope: OperatorScope): PatternArg {
  const fail = <I extends MessageId>(messageId: I, params: ParamsOf<I>): never => raise("bad_value", ["value"], messageId, params, { ruleId: scope.ruleId });
  if (value === null || typeof value !== "object" || Array.isArray(value)) return fail("pattern.shape", {});
  const spec = value as Record<string, JsonValue>;
  for (const key of Object.keys(spec)) if (!KEYS.has(key)) fail("pattern.unknownKey", { key });
  const scale = spec.scale;
  const ranks = typeof scale === "string" ? scope.scales.get(scale) : undefined;
  if (!ranks) return fail("pattern.unknownScale", { scale, scales: [...scope.scales.keys()] });
  const values = [...ranks.keys()];
  const ratingRank = ranks.get(String(spec.rating));
  const othersRank = ranks.get(String(spec.othersAtLeast));
  if (ratingRank === undefined) fail("pattern.notOnScale", { which: "rating", value: spec.rating, scale: scale as string, values });
  if (othersRank === undefined) fail("pattern.notOnScale", { which: "othersAtLeast", value: spec.othersAtLeast, scale: scale as string, values });
  const unranked = ratingsRecordsHold().filter((rating) => !ranks.has(rating));
  if (unranked.length > 0) fail("pattern.scaleMissesRatings", { scale: scale as string, missing: unranked, values });
  if (typeof spec.minTimes !== "number" || !Number.isInteger(spec.minTimes) || spec.minTimes < 1) fail("pattern.minTimes", {});
  if (spec.includingLatestYear !== undefined && typeof spec.includingLatestYear !== "boolean") fail("pattern.includingLatestYear", {});
  return {
    rating: String(spec.rating),
    ratingRank: ratingRank as number,
    minTimes: spec.minTimes as number,
    includingLatestYear: spec.includingLatestYear === true,
    othersRank: othersRank as number,
    ranks,
    ratingLabel: scope.rulebook.scales[String(spec.scale)]?.values.find((entry) => entry.value === spec.rating)?.label ?? {
      zh: String(spec.rating),
      en: String(spec.rating),
    },
  };
}

/**
 * "At least k ratings of R (optionally including the window's latest year) and every other
 * rating at least X" over an appraisal window. A served year with no rating makes it unknown
 * unless the known years already decide it.
 *
 * @example
 * ```json
 * { "fact": "annualAppraisals", "params": { "window": "lastThreeAppraisalYears" },
 *   "operator": "appraisalPattern",
 *   "value": { "scale": "rating", "rating": "excellent", "minTimes": 2, "othersAtLeast": "competent" } }
 * ```
 */
export const appraisalPattern = defineOperator<PatternArg>({
  doc: {
    meaning: {
      zh: "考核窗口内至少 minTimes 次达到 rating（includingLatestYear：含最近一年），其他年度都在 othersAtLeast 以上",
      en: "at least minTimes ratings of rating or better in the window (includingLatestYear: the latest year among them), every other rating othersAtLeast or better",
    },
    value: { zh: "{ scale, rating, minTimes, includingLatestYear?, othersAtLeast }", en: "{ scale, rating, minTimes, includingLatestYear?, othersAtLeast }" },
    suits: ["appraisals"],
    example: {
      fact: "annualAppraisals",
      params: { window: "lastThreeAppraisalYears" },
      operator: "appraisalPattern",
      value: { scale: "rating", rating: "excellent", minTimes: 2, othersAtLeast: "good" },
    },
  },
  prepare,
  test: (fact, arg) => {
    const window = fact as AppraisalWindow | undefined;
    if (!window || !Array.isArray(window.ratings) || !Array.isArray(window.years)) return FALSE;
    const entries = window.ratings;
    let hits = 0;
    let unknown = 0;
    for (const entry of entries) {
      if (entry.rating === null) unknown += 1;
      else {
        const rank = arg.ranks.get(entry.rating) ?? Number.NEGATIVE_INFINITY;
        if (rank >= arg.ratingRank) hits += 1;
        else if (rank < arg.othersRank) return FALSE;
      }
    }
    if (arg.includingLatestYear) {
      const latestYear = window.years.at(-1);
      const latest = entries.find((entry) => entry.year === latestYear);
      if (latest === undefined) return FALSE;
      if (latest.rating !== null && (arg.ranks.get(latest.rating) ?? Number.NEGATIVE_INFINITY) < arg.ratingRank) return FALSE;
    }
    if (hits + unknown < arg.minTimes) return FALSE;
    if (unknown > 0) return UNKNOWN;
    return hits >= arg.minTimes ? TRUE : FALSE;
  },
  summary: (fact, arg, language) => {
    const entries = (fact as AppraisalWindow | undefined)?.ratings ?? [];
    const hits = entries.filter((entry) => entry.rating !== null && (arg.ranks.get(entry.rating) ?? -Infinity) >= arg.ratingRank).length;
    return language === "zh" ? `：${arg.ratingLabel.zh} ${hits} 次` : `: ${arg.ratingLabel.en} ×${hits}`;
  },
});
