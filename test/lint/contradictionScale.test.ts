import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Condition } from "../../src/index.js";
import { lintRulebook } from "../../src/lint/lintRulebook.js";
import { conflicts, leafConstraint } from "../../src/lint/constraints.js";
import { checkSatisfiable } from "../../src/lint/checkSatisfiable.js";
import { RulebookSchema } from "../../src/schema/index.js";
import { cite, tinyRulebookJson } from "../support/tinyRulebook.js";

const OPERATORS = ["equal", "notEqual", "in", "notIn", "greaterThan", "greaterThanInclusive", "lessThan", "lessThanInclusive"] as const;
const leaf = (id: string, operator: string, value: unknown): Condition => ({ id, ...cite(id), fact: "logisticsServiceYears", operator, value }) as Condition;
const all = (children: Condition[]): Condition => ({ id: "tree", ...cite("tree"), all: children });
const unreachable = (tree: Condition) => lintRulebook(tinyRulebookJson(tree)).filter((finding) => finding.code === "unreachable_level");

describe("the contradiction check over many bounds on one fact (issue 22, finding 5)", () => {
  test("10,000 leaves of different bounds on one fact lint quickly, and the check grows linearly", () => {
    const bounds = (count: number) =>
      Array.from({ length: count }, (_, index) => (index % 2 === 0 ? leaf(`lo${index}`, "greaterThanInclusive", index) : leaf(`hi${index}`, "lessThanInclusive", 20_000 + index)));
    lintRulebook(tinyRulebookJson(all(bounds(10)))); // warm
    const started = performance.now();
    expect(unreachable(all(bounds(10_000)))).toEqual([]);
    // 3.5 s before on a quiet machine (every pair compared; 10.5 s with the suite running beside it);
    // about 0.3 s now quiet: the bound is a ceiling for a busy machine, the ratio below is the real guard
    expect(performance.now() - started).toBeLessThan(4_000);
    // the check itself: four times the leaves take about four times as long (sixteen if quadratic); medians of 5
    const time = (count: number) => {
      const rulebook = RulebookSchema.parse(tinyRulebookJson(all(bounds(count))));
      const runs = Array.from({ length: 5 }, () => {
        const start = performance.now();
        checkSatisfiable(rulebook);
        return performance.now() - start;
      }).sort((a, b) => a - b);
      return runs[2]!;
    };
    expect(time(10_000) / time(2_500)).toBeLessThan(8);
  });

  test("a clash among them is found, naming the tightest bound it clashes with", () => {
    const bounds = Array.from({ length: 9_999 }, (_, index) => leaf(`lo${index}`, "greaterThanInclusive", index));
    const found = unreachable(all([...bounds, leaf("clash", "lessThan", 5)]));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("lo9998");
    expect(found[0]!.message).toContain("clash");
  });

  test("a level cannot hold exactly when some two of its leaves conflict (checked against every pair)", () => {
    const value = fc.integer({ min: 0, max: 4 });
    const arbitraryLeaf = fc.record({ operator: fc.constantFrom(...OPERATORS), value, list: fc.array(value, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(arbitraryLeaf, { minLength: 1, maxLength: 8 }), (specs) => {
        const leaves = specs.map((spec, index) => leaf(`l${index}`, spec.operator, spec.operator === "in" || spec.operator === "notIn" ? spec.list : spec.value));
        const constraints = leaves.map((node) => leafConstraint(node)!.constraint);
        const clash = constraints.some((a, i) => constraints.some((b, j) => j >= i && conflicts(a, b)));
        expect(unreachable(all(leaves)).length > 0).toBe(clash);
      }),
      { numRuns: 300, seed: 22 },
    );
  });
});
