import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, computePay, quotaPlaces } from "../../src/index.js";

const plans = bundledRulebook("logistics-plans-004").rulebook;
const month = bundledRulebook("service-month-2017-003").rulebook;
const quotaOf = (rulebook: typeof plans, award: string) => rulebook.scoredAwards.find((entry) => entry.id === award)!.quota!;
const payRule = (id: string) => plans.payRules.find((rule) => rule.id === id)!;

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
    [15, 2], // 10% of 15 = 1.5, rounded half up (003 附1 二(三))
    [14, 1],
    [70, 7],
    [5, 1],
    [4, 0],
  ])("003 excellent individuals: 10%% of %i staff, rounded half up → %i", (population, places) => {
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
  test("篇1: reward = outstanding + post − deductions, two tiers 150 yuan apart", () => {
    // post pool = 100000 − 10000 + 500 = 90500; lower tier = (90500 − 150 × 20) / 50 = 1750; upper 1900.
    const upper = computePay(payRule("performance-pay"), {
      outstanding: 300, deductions: 50, pool: 100000, outstandingTotal: 10000, deductionsTotal: 500, headcount: 50, upperTierHeadcount: 20, upperTier: 1,
    });
    expect(upper).toEqual({ postPool: 90500, postAverage: 1810, lowerTierPay: 1750, postPay: 1900, reward: 2150 });
    const lower = computePay(payRule("performance-pay"), {
      outstanding: 0, deductions: 0, pool: 100000, outstandingTotal: 10000, deductionsTotal: 500, headcount: 50, upperTierHeadcount: 20, upperTier: 0,
    });
    expect(lower.reward).toBe(1750);
  });

  test("篇11: 20 yuan a sick day, 30 a personal day", () => {
    expect(computePay(payRule("leave-deduction"), { sickDays: 3, personalDays: 2 })).toEqual({ deduction: 120, leaveDays: 5 });
  });

  test("篇13: points × yuan per point (the rate is an input: the plan gives none)", () => {
    expect(computePay(payRule("points-pay"), { points: 85, yuanPerPoint: 2.5 }).pay).toBe(212.5);
  });

  test("a missing, extra or non-finite input, and a division by zero, are typed errors", () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof AwardRulesError) return error.issues[0]?.path;
      }
      return undefined;
    };
    expect(issues(() => computePay(payRule("points-pay"), { points: 85 }))).toEqual(["inputs", "yuanPerPoint"]);
    expect(issues(() => computePay(payRule("points-pay"), { points: 85, yuanPerPoint: 1, bonus: 3 }))).toEqual(["inputs", "bonus"]);
    expect(issues(() => computePay(payRule("points-pay"), { points: Number.NaN, yuanPerPoint: 1 }))).toEqual(["inputs", "points"]);
    expect(
      issues(() =>
        computePay(payRule("performance-pay"), {
          outstanding: 0, deductions: 0, pool: 1, outstandingTotal: 0, deductionsTotal: 0, headcount: 0, upperTierHeadcount: 0, upperTier: 0,
        }),
      ),
    ).toEqual(["formulas", "postAverage"]);
  });
});
