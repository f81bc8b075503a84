import type { MessageId, ParamsOf } from "../../messages/catalog.js";
import { raise } from "../../messages/issueOf.js";
import { messageText } from "../../messages/registry.js";
import { mapValues } from "../../schema/describeField.js";
import type { JsonValue } from "../../schema/rulebookTypes.js";

/** Every rating an annual appraisal may hold (the candidate record's own list), read when first needed. */
let appraisalRatings: string[] | undefined;
const ratingsRecordsHold = (): string[] => (appraisalRatings ??= (mapValues("annualAppraisals") ?? []) as string[]);
import { FALSE, TRUE, UNKNOWN, type Tri } from "../context.js";
import type { Language } from "../facts/types.js";
import type { AppraisalWindow } from "../facts/yearlyFacts.js";
import { defineOperator, type OperatorScope } from "./types.js";

interface PatternArg {
  rating: string;
  ratingRank: number;
  minTimes: number;
  includingLatestYear: boolean;
  othersRank: number;
  ranks: Map<string, number>;
  ratingLabel: Label;
  othersLabel: Label;
  /** The scale's labels, by value (a rating the scale does not label is said as written). */
  labels: Map<string, Label>;
}

type Label = { zh: string; en: string };

/** Why a pattern fails, as the judgement found it: a year below the floor, the latest year not at the rating, or too few at it. */
type Finding = { kind: "below"; year: number; rating: string } | { kind: "latest"; year: number; rating: string | null } | { kind: "tooFew"; hits: number };

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
  const labels = new Map((scope.rulebook.scales[scale as string]?.values ?? []).map((entry) => [entry.value, entry.label] as const));
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
    ratingLabel: labelOf(labels, String(spec.rating)),
    othersLabel: labelOf(labels, String(spec.othersAtLeast)),
    labels,
  };
}

const labelOf = (labels: Map<string, Label>, value: string): Label => labels.get(value) ?? { zh: value, en: value };

/**
 * The one judgement of a pattern over a window's ratings; `found`, when given, is told why it
 * fails (the explanation's words), so the test and the words cannot disagree.
 */
function judge(window: AppraisalWindow | undefined, arg: PatternArg, found?: (finding: Finding) => void): Tri {
  if (!window || !Array.isArray(window.ratings) || !Array.isArray(window.years)) return FALSE;
  const entries = window.ratings;
  let hits = 0;
  let unknown = 0;
  for (const entry of entries) {
    if (entry.rating === null) unknown += 1;
    else {
      const rank = arg.ranks.get(entry.rating) ?? Number.NEGATIVE_INFINITY;
      if (rank >= arg.ratingRank) hits += 1;
      else if (rank < arg.othersRank) {
        found?.({ kind: "below", year: entry.year, rating: entry.rating });
        return FALSE;
      }
    }
  }
  if (arg.includingLatestYear) {
    const latestYear = window.years.at(-1);
    const latest = entries.find((entry) => entry.year === latestYear);
    if (latest === undefined || (latest.rating !== null && (arg.ranks.get(latest.rating) ?? Number.NEGATIVE_INFINITY) < arg.ratingRank)) {
      if (latestYear !== undefined) found?.({ kind: "latest", year: latestYear, rating: latest?.rating ?? null });
      return FALSE;
    }
  }
  if (hits + unknown < arg.minTimes) {
    found?.({ kind: "tooFew", hits });
    return FALSE;
  }
  if (unknown > 0) return UNKNOWN;
  return hits >= arg.minTimes ? TRUE : FALSE;
}

/** What a failing pattern lacked, in words (null when it does not fail). */
function lacking(window: AppraisalWindow, arg: PatternArg, hitYears: number[], language: Language): { kind: Finding["kind"]; text: string } | null {
  let finding: Finding | undefined;
  judge(window, arg, (found) => (finding = found));
  if (finding === undefined) return null;
  // a one-year window lacking its rating is said as that year's rating
  const only = window.years.length === 1 ? window.ratings[0] : undefined;
  if (finding.kind === "tooFew" && only !== undefined && only.rating !== null) finding = { kind: "latest", year: only.year, rating: only.rating };
  return { kind: finding.kind, text: lackingText(finding, arg, hitYears, language) };
}

function lackingText(finding: Finding, arg: PatternArg, hitYears: number[], language: Language): string {
  if (finding.kind === "below") return messageText("pattern.below", { year: finding.year, got: labelOf(arg.labels, finding.rating), floor: arg.othersLabel }, language);
  if (finding.kind === "latest")
    return messageText("pattern.latestNot", { year: finding.year, rating: arg.ratingLabel, got: finding.rating === null ? null : labelOf(arg.labels, finding.rating) }, language);
  return messageText("pattern.tooFew", { rating: arg.ratingLabel, need: arg.minTimes, got: finding.hits, years: hitYears }, language);
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
  test: (fact, arg) => judge(fact as AppraisalWindow | undefined, arg),
  summary: (fact, arg, language) => {
    const window = fact as AppraisalWindow | undefined;
    const hitYears = (window?.ratings ?? []).filter((entry) => entry.rating !== null && (arg.ranks.get(entry.rating) ?? -Infinity) >= arg.ratingRank).map((entry) => entry.year);
    const count = language === "zh" ? `：${arg.ratingLabel.zh} ${hitYears.length} 次` : `: ${arg.ratingLabel.en} ×${hitYears.length}`;
    const lacks = window === undefined || !Array.isArray(window.ratings) ? null : lacking(window, arg, hitYears, language);
    if (lacks === null) return count;
    // too few: the count is said within the words; otherwise the words follow the count
    return lacks.kind === "tooFew" ? `${language === "zh" ? "：" : ": "}${lacks.text}` : `${count}${language === "zh" ? "；" : "; "}${lacks.text}`;
  },
});
