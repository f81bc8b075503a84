import type { EvaluationContext } from "../context.js";
import type { CompiledParams } from "../params.js";
import { NOT_GIVEN, type FactDefinition } from "./types.js";

/** One year of an appraisal window: its rating, or `null` when the person served that year and no rating is given. */
export interface AppraisalYear {
  year: number;
  rating: string | null;
}

/** An appraisal window as read: the window's years, and the counted years with their ratings. */
export interface AppraisalWindow {
  years: number[];
  ratings: AppraisalYear[];
}

function windowYears(ctx: EvaluationContext, params: CompiledParams): number[] {
  return params.window === undefined ? [] : (ctx.window(params.window).years ?? []);
}

const absentIn = (ctx: EvaluationContext, field: "annualAppraisals" | "economicTargets", year: number): boolean => ctx.record.knownAbsent?.[field]?.includes(String(year)) === true;

/**
 * The appraisal ratings of the window's years. A year is not counted when the record says there
 * was no appraisal that year (`knownAbsent`), or when it is before the person's start in logistics
 * and has no rating; a year served with no rating is `null` (unknown).
 */
function readAppraisals(ctx: EvaluationContext, params: CompiledParams): AppraisalWindow {
  const ratings = ctx.record.annualAppraisals;
  const start = ctx.record.logisticsStartDate;
  const startYear = start === undefined ? undefined : Number(start.slice(0, 4));
  const years = windowYears(ctx, params);
  const counted: AppraisalYear[] = [];
  for (const year of years) {
    const key = String(year);
    const rating = ratings !== undefined && Object.hasOwn(ratings, key) ? ratings[key] : undefined;
    if (rating !== undefined) counted.push({ year, rating });
    else if (absentIn(ctx, "annualAppraisals", year)) continue;
    else if (startYear === undefined || year >= startYear) counted.push({ year, rating: null });
  }
  return { years, ratings: counted };
}

/**
 * (actual − target) ÷ target for the window's one year, rounded to 10 decimals; `null` when the
 * record says no target was set that year (`knownAbsent`: nothing was exceeded); unknown without
 * either.
 */
function readTargetExcess(ctx: EvaluationContext, params: CompiledParams): number | null | undefined {
  const year = windowYears(ctx, params)[0];
  if (year === undefined) return undefined;
  const targets = ctx.record.economicTargets;
  const entry = targets !== undefined && Object.hasOwn(targets, String(year)) ? targets[String(year)] : undefined;
  if (entry === undefined) return absentIn(ctx, "economicTargets", year) ? null : undefined;
  return Math.round(((entry.actual - entry.target) / entry.target) * 1e10) / 1e10;
}

/** Facts read by calendar year: annual appraisals, and the economic target's excess. */
export const yearlyFacts: Record<string, FactDefinition> = {
  annualAppraisals: {
    label: { zh: "学校职工年度考核等级", en: "annual appraisal ratings" },
    example: {
      fact: "annualAppraisals",
      params: { window: "lastThreeAppraisalYears" },
      operator: "appraisalPattern",
      value: { scale: "rating", rating: "excellent", minTimes: 1, othersAtLeast: "competent" },
    },
    inputs: ["annualAppraisals", "logisticsStartDate", "knownAbsent"],
    gives: "appraisals",
    params: { window: "years" },
    read: readAppraisals,
    missing: (_ctx, _params, value) => (value as AppraisalWindow).ratings.filter((entry) => entry.rating === null).map((entry) => `annualAppraisals[${entry.year}]`),
    describe: (value, params, language, labels) => {
      const windowLabel = params.window === undefined ? "" : labels.window(params.window)[language];
      const entries = (value as AppraisalWindow).ratings.map(
        (entry) => `${entry.year} ${entry.rating === null ? NOT_GIVEN[language] : labels.scaleValue("rating", entry.rating)[language]}`,
      );
      const list = entries.join(language === "zh" ? "、" : ", ") || (language === "zh" ? "无应计年度" : "no year counted");
      return language === "zh" ? `${windowLabel}考核 ${list}` : `appraisals (${windowLabel}): ${list}`;
    },
  },
  economicTargetExcess: {
    label: { zh: "超额完成经济指标的比例", en: "share by which the economic target was exceeded" },
    example: { fact: "economicTargetExcess", params: { window: "previousYear" }, operator: "greaterThanInclusive", value: 0.2 },
    inputs: ["economicTargets", "knownAbsent"],
    gives: "number",
    params: { window: "years" },
    read: readTargetExcess,
    missing: (ctx, params, value) => (value === undefined ? [`economicTargets[${windowYears(ctx, params)[0] ?? "?"}]`] : []),
    describe: (value, params, language, labels) => {
      const windowLabel = params.window === undefined ? "" : labels.window(params.window)[language];
      if (value === undefined) return language === "zh" ? `${windowLabel}经济指标：未提供` : `economic target (${windowLabel}): not given`;
      if (value === null) return language === "zh" ? `${windowLabel}未下达经济指标` : `no economic target was set (${windowLabel})`;
      const percent = `${Math.round((value as number) * 10000) / 100}%`;
      return language === "zh" ? `${windowLabel}超额完成经济指标 ${percent}` : `economic target exceeded by ${percent} (${windowLabel})`;
    },
  },
};
