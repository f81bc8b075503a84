import { expectTypeOf, test } from "vitest";
import { bundledRulebook, evaluate, evaluateVerdicts, loadRulebook } from "../../src/index.js";

const asOf = "2026-11-26";
const record = { id: "T-1" };

test("a result's level is narrowed by its status: a number once qualified, null otherwise", () => {
  const result = evaluate(bundledRulebook(), record, { asOf });
  // @ts-expect-error before narrowing, level may be null
  const unnarrowed: number = result.level;
  if (result.status === "qualified") {
    expectTypeOf(result.level).toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf(result.category).toEqualTypeOf<"management" | "party" | "staff">();
    expectTypeOf(result.ifApplied).toEqualTypeOf<null>();
  } else if (result.status === "notApplied") {
    expectTypeOf(result.level).toEqualTypeOf<null>();
    if (result.ifApplied.status === "qualified") expectTypeOf(result.ifApplied.level).toEqualTypeOf<1 | 2 | 3>();
  } else {
    expectTypeOf(result.level).toEqualTypeOf<null>();
    expectTypeOf(result.reward).toEqualTypeOf<null>();
  }
  expectTypeOf(unnarrowed).toBeNumber();
});

test("the fast path's result is narrowed the same way; a rulebook loaded at run time names numbers and strings", () => {
  const verdict = evaluateVerdicts(loadRulebook({}), record, { asOf });
  if (verdict.status === "qualified") {
    expectTypeOf(verdict.level).toEqualTypeOf<number>();
    expectTypeOf(verdict.category).toEqualTypeOf<string>();
  }
  if (verdict.status === "refused") expectTypeOf(verdict.category).toEqualTypeOf<null>();
});
