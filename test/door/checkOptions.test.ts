import { describe, expect, test } from "vitest";
import { createJsonRulesEngine } from "../../src/engines/jsonRulesEngine.js";
import { AwardRulesError, bundledRulebook, computePay, diffRulebooks, evaluateAll, evaluateCohort, safeEvaluateCohort } from "../../src/index.js";
import { quotaPlaces } from "../../src/evaluate/quota.js";
import { resolveWindow } from "../../src/compile/windows.js";
import { roundCalendar } from "../../src/compile/roundCalendar.js";

const rulebook = bundledRulebook();

function typed(run: () => unknown): { code: string; path: (string | number)[] } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AwardRulesError) return { code: error.issues[0]!.code, path: error.issues[0]!.path };
    throw error;
  }
  return undefined;
}

describe("public functions refuse bad arguments with a typed error, never a TypeError", () => {
  test.each([
    ["evaluateCohort without options", () => evaluateCohort(rulebook, [], undefined as never), ["options"]],
    ["evaluateCohort with a bad date", () => evaluateCohort(rulebook, [], { asOf: "garbage" }), ["asOf"]],
    ["evaluateCohort on null", () => evaluateCohort(rulebook, null as never, { asOf: "2026-11-26" }), ["records"]],
    ["diffRulebooks on null", () => diffRulebooks(rulebook, rulebook, null as never, { asOf: "2026-11-26" }), ["records"]],
    ["diffRulebooks without options", () => diffRulebooks(rulebook, rulebook, [], undefined as never), ["options"]],
    ["computePay without inputs", () => computePay(bundledRulebook("logistics-plans-004"), { rule: "points-pay", inputs: null as never }), ["inputs"]],
    ["quotaPlaces without a quota", () => quotaPlaces(undefined as never, 3), ["quota"]],
    ["resolveWindow with a bad date", () => resolveWindow(rulebook.rulebook.windows.threeYears!, "2026-13-45"), ["asOf"]],
    ["resolveWindow without a window", () => resolveWindow(null as never, "2026-11-26"), ["window"]],
    ["roundCalendar without an award", () => roundCalendar(null as never, 2026), ["award"]],
    ["roundCalendar of an award without a calendar", () => roundCalendar({ id: "x" } as never, 2026), ["award", "calendar"]],
    ["roundCalendar with a bad year", () => roundCalendar(rulebook.rulebook.awards[0]!, 26.5), ["year"]],
    ["evaluateAll without options", () => evaluateAll(rulebook, { id: "x" }, undefined as never), ["options"]],
    ["createJsonRulesEngine with a bad date", () => createJsonRulesEngine(rulebook, { id: "x" }, "bad"), ["asOf"]],
    ["createJsonRulesEngine with an unknown award", () => createJsonRulesEngine(rulebook, { id: "x" }, "2026-11-26", "nope"), ["awardId"]],
  ])("%s", (_name, run, path) => {
    expect(typed(run)?.path).toEqual(path);
  });

  test("safeEvaluateCohort returns the error instead of throwing", () => {
    const result = safeEvaluateCohort(rulebook, [], undefined as never);
    expect(result.success).toBe(false);
  });
});
