import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, evaluate, explain, parseCandidate } from "../../src/index.js";
import { checkResult } from "../../src/evaluate/checkResult.js";
import { checkShape } from "../../src/door/shape.js";
import { EVALUATION_RESULT } from "../../src/door/resultShapes.js";
import { benchRecord, mulberry32 } from "../bench/generate.js";

// The door for results handed back in has a fast path: a result straight from `evaluate`, its traces
// not yet built, is checked at its head and its traces are built by the library then. It must give
// what the full check gives, and fall back to the full check whenever a caller could have changed a trace.

const rulebook = bundledRulebook("model-post-000");
const options = { asOf: "2026-11-26" };
const random = mulberry32(20261205);
const records = Array.from({ length: 120 }, (_, index) => parseCandidate(benchRecord(random, index)));
const fresh = (index = 0) => evaluate(rulebook, records[index]!, options);
const refusedAt = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AwardRulesError);
    return (error as AwardRulesError).issues[0]?.path;
  }
  throw new Error("not refused");
};

describe("checkResult", () => {
  test("a fresh result checks to the same data as the full check of its JSON copy", () => {
    for (let index = 0; index < records.length; index += 1) {
      const copy = JSON.parse(JSON.stringify(fresh(index)));
      expect(checkResult(fresh(index), ["result"])).toEqual(checkShape(copy, EVALUATION_RESULT, ["result"]));
    }
  });

  test("explaining a fresh result writes what explaining one whose traces were read (the full check) writes", () => {
    for (let index = 0; index < records.length; index += 1) {
      for (const language of ["zh", "en"] as const) {
        const read = fresh(index);
        void read.categories; // built and handed out: the full check, and the full label walk, from here on
        expect(explain(fresh(index), { language })).toBe(explain(read, { language }));
      }
    }
  });

  test("a changed head is refused at the changed field", () => {
    const result = fresh() as unknown as Record<string, unknown>;
    result.summary = 5;
    expect(refusedAt(() => checkResult(result, ["result"]))).toEqual(["result", "summary"]);
  });

  test("a trace assigned before it was read is checked in full", () => {
    const result = fresh() as unknown as Record<string, unknown>;
    result.categories = [{ id: 3 }];
    expect(refusedAt(() => explain(result as never))).toEqual(["result", "categories", 0, "id"]);
  });

  test("a trace accessor replaced by the caller is checked in full", () => {
    const result = fresh();
    Object.defineProperty(result, "requirements", { value: { id: "x" }, enumerable: true });
    expect(refusedAt(() => explain(result))).toEqual(["result", "requirements", "kind"]);
  });

  test("an empty excluded list the caller filled is checked in full", () => {
    const index = records.findIndex((record) => evaluate(rulebook, record, options).excludedCategories.length === 0);
    const result = fresh(index);
    (result.excludedCategories as unknown[]).push({ id: "staff" });
    expect(refusedAt(() => explain(result))).toEqual(["result", "excludedCategories", 0, "audience"]);
  });

  test("traces read and then changed are checked in full", () => {
    const result = fresh();
    (result.categories[0]!.levels[0]!.conditions as { status: string }).status = "maybe";
    expect(refusedAt(() => explain(result))).toEqual(["result", "categories", 0, "levels", 0, "conditions", "status"]);
  });

  test("a getter the caller added to the head is read by the full check only", () => {
    const result = fresh();
    Object.defineProperty(result, "summary", { get: () => ({ zh: "甲", en: "A" }), enumerable: true });
    expect(() => explain(result)).not.toThrow(TypeError);
  });
});
