import { describe, expect, test } from "vitest";
import { failingLeaves } from "../../src/evaluate/trace.js";
import { bundledRulebook, evaluate } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";

describe("a refusal's reasons are the trace's", () => {
  test("on generated applications: the admission's failing leaves, then the applied category's audience, as their traces word them", () => {
    const random = mulberry32(17);
    let refused = 0;
    for (let index = 0; index < 3000; index += 1) {
      const result = evaluate(bundledRulebook(), syntheticRecord(random, index), { asOf: "2026-11-26" });
      if (result.status !== "refused") continue;
      refused += 1;
      const admission = result.application?.admission;
      const fromTraces = [
        ...(admission && admission.status === "fail" ? failingLeaves(admission) : []),
        ...result.excludedCategories.filter((category) => category.id === result.application?.category).map((category) => category.audience),
      ].map((trace) => ({ id: trace.id, reason: trace.reason, citation: trace.citation }));
      expect(result.refusal).toEqual(fromTraces);
    }
    expect(refused).toBeGreaterThan(300);
  });
});
