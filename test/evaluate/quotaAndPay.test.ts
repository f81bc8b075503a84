import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, computePay } from "../../src/index.js";
import { quotaPlaces } from "../../src/evaluate/quota.js";

const plans = bundledRulebook("logistics-plans-004").rulebook;
const month = bundledRulebook("service-month-2017-003").rulebook;
const quotaOf = (rulebook: typeof plans, award: string) => rulebook.scoredAwards.find((entry) => entry.id === award)!.quota!;

describe("quotaPlaces (the numbers come from the documents)", () => {
  test.each([
    [30, 3], // 12% of 30 = 3.6, at most 12% (篇11 第五条4)
    [25, 3],
    [8, 0],
    [100, 12],
    [0, 0],
  ])("篇11 excellent: 12%% of %i staff, rounded down → %i", (population, places) => {
    expect(quotaPlaces(quotaOf(plans, "staff-appraisal"), population)).toBe(places);
  });

  test.each([
    [15, 1], // 10% of 15 = 1.5, rounded down: one reading for every “按 N% 比例” (003 附1 二(三), 篇11 第五条4)
    [19, 1],
    [20, 2],
    [14, 1],
    [70, 7],
    [5, 0],
    [4, 0],
  ])("003 excellent individuals: 10%% of %i staff, rounded down → %i", (population, places) => {
    expect(quotaPlaces(quotaOf(month, "excellent-individual"), population)).toBe(places);
  });

  test("counts and per-category counts (003: 2 organisations, 7 teams; 篇14: 4 + 2 + 2 units)", () => {
    expect(quotaPlaces(quotaOf(month, "excellent-organisation"), 4)).toBe(2);
    expect(quotaPlaces(quotaOf(month, "excellent-team"), 22)).toBe(7);
    const units = quotaOf(plans, "excellent-service-unit");
    expect(["property", "shops", "catering"].map((category) => quotaPlaces(units, 27, category))).toEqual([4, 2, 2]);
    expect(() => quotaPlaces(units, 27, "bookshops")).toThrow(AwardRulesError);
    expect(() => quotaPlaces(units, -1, "shops")).toThrow(AwardRulesError);
  });
});

describe("computePay", () => {
  const rulebook = bundledRulebook("logistics-plans-004");
  const base = {
    outstanding: 300,
    faultDeductions: [20, 30],
    otherDeductions: 0,
    pool: 100000,
    outstandingTotal: 10000,
    deductionsTotal: 500,
    headcount: 50,
    upperTierHeadcount: 20,
    upperTier: 1,
  };

  test("篇1: reward = outstanding + post − deductions, two tiers 150 yuan apart, faults 10–100 yuan each", () => {
    // post pool = 100000 − 10000 + 500 = 90500; lower tier = (90500 − 150 × 20) / 50 = 1750; upper 1900; deductions 20 + 30 = 50.
    const upper = computePay(rulebook, { rule: "performance-pay", inputs: base });
    expect(upper.values).toEqual({ deductions: 50, postPool: 90500, postAverage: 1810, lowerTierPay: 1750, postPay: 1900, reward: 2150 });
    const lower = computePay(rulebook, { rule: "performance-pay", inputs: { ...base, outstanding: 0, faultDeductions: [], upperTier: 0 } });
    expect(lower.values.reward).toBe(1750);
    expect(upper.formulas.find((formula) => formula.name === "reward")?.citation).toBe("004 篇1 四");
  });

  test("篇11: 20 yuan a sick day, 30 a personal day", () => {
    expect(computePay(rulebook, { rule: "leave-deduction", inputs: { sickDays: 3, personalDays: 2 } }).values).toEqual({ deduction: 120, leaveDays: 5 });
  });

  test("篇13: points × yuan per point (the rate is an input: the plan gives none)", () => {
    expect(computePay(rulebook, { rule: "points-pay", inputs: { points: 85, yuanPerPoint: 2.5 } }).values.pay).toBe(212.5);
  });

  const issues = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof AwardRulesError) return error.issues.map((issue) => issue.path);
    }
    return undefined;
  };

  test("a missing, extra or non-finite input, and a division by zero, are typed errors", () => {
    expect(issues(() => computePay(rulebook, { rule: "points-pay", inputs: { points: 85 } }))).toEqual([["inputs", "yuanPerPoint"]]);
    expect(issues(() => computePay(rulebook, { rule: "points-pay", inputs: { points: 85, yuanPerPoint: 1, bonus: 3 } }))).toEqual([["inputs", "bonus"]]);
    expect(issues(() => computePay(rulebook, { rule: "points-pay", inputs: { points: Number.NaN, yuanPerPoint: 1 } }))).toEqual([["inputs", "points"]]);
    expect(issues(() => computePay(rulebook, { rule: "nothing", inputs: {} }))).toEqual([["rule"]]);
  });

  test("篇1: every input kept in its range, every problem at once (the tiers, the headcount, the 10–100 yuan per fault)", () => {
    const bad = { ...base, faultDeductions: [5, 150, 40], upperTierHeadcount: 60, headcount: 50.5, upperTier: 2, outstanding: -1 };
    expect(issues(() => computePay(rulebook, { rule: "performance-pay", inputs: bad }))?.sort()).toEqual(
      [
        ["inputs", "faultDeductions", 0],
        ["inputs", "faultDeductions", 1],
        ["inputs", "headcount"],
        ["inputs", "outstanding"],
        ["inputs", "upperTier"],
        ["inputs", "upperTierHeadcount"],
      ].sort(),
    );
    expect(issues(() => computePay(rulebook, { rule: "performance-pay", inputs: { ...base, faultDeductions: 50 } }))).toEqual([["inputs", "faultDeductions"]]);
  });

  test("篇1 covers staff on the establishment: a record outside it is refused with the clause", () => {
    const outside = { id: "P-1", employmentType: "privatelyEmployed" };
    const error = (() => {
      try {
        computePay(rulebook, { rule: "performance-pay", inputs: base, record: outside, asOf: "2024-12-31" });
      } catch (caught) {
        return caught as AwardRulesError;
      }
      return undefined;
    })();
    expect(error?.issues[0]).toMatchObject({ code: "outside_audience", path: ["record"], clause: "004 篇1 一" });
    expect(computePay(rulebook, { rule: "performance-pay", inputs: base, record: { id: "P-2", employmentType: "establishment" }, asOf: "2024-12-31" }).values.reward).toBe(2150);
  });
});
