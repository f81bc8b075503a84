import { describe, expect, test } from "vitest";
import { GENERATE_AFTER_CALLS, whenWarm } from "../../src/compile/whenWarm.js";
import { bundledRulebook, evaluate, evaluateVerdicts } from "../../src/index.js";

describe("whenWarm: the walk until the function is warm, then the generated code", () => {
  test("walks until its after-th call, generates once, then calls only what it generated", () => {
    const calls: string[] = [];
    let made = 0;
    const f = whenWarm(
      (a: number, b: number) => (calls.push("walk"), a + b),
      () => ((made += 1), (a: number, b: number) => (calls.push("generated"), a + b)),
      3,
    );
    expect([f(1, 2), f(1, 2), f(1, 2), f(1, 2), f(2, 2)]).toEqual([3, 3, 3, 3, 4]);
    expect(calls).toEqual(["walk", "walk", "walk", "generated", "generated"]);
    expect(made).toBe(1);
  });

  test("where no code can be made, it keeps walking", () => {
    let walks = 0;
    const f = whenWarm(
      (a: number) => ((walks += 1), a),
      () => undefined,
      2,
    );
    for (let i = 0; i < 10; i += 1) f(i, 0);
    expect(walks).toBe(10);
  });

  test("a fresh rulebook gives the same verdicts and results before and after its code is generated", () => {
    const record: Record<string, unknown> = {
      id: "W-1",
      partyMember: false,
      role: "staff",
      logisticsStartDate: "2015-09-01",
      annualAppraisals: { "2023": "good", "2024": "excellent", "2025": "excellent" },
    };
    const options = { asOf: "2026-11-26" };
    const rulebook = bundledRulebook();
    const cold = JSON.stringify([evaluateVerdicts(rulebook, record, options), evaluate(rulebook, record, options)]);
    for (let i = 0; i < GENERATE_AFTER_CALLS * 2; i += 1) evaluate(rulebook, record, options);
    expect(JSON.stringify([evaluateVerdicts(rulebook, record, options), evaluate(rulebook, record, options)])).toBe(cold);
  });
});
